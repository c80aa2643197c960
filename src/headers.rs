//! Taking fields out of a message's header block, byte for byte: the rest of
//! the message (body included) is never touched. Used where phirelay removes
//! what must not travel on: a sender's portal passphrase, an upstream's route
//! secret, cloud-internal headers, foreign loop markers.

/// One header field: its lower-cased name, its unfolded value and its bytes.
struct Field<'a> {
    name: String,
    value: String,
    bytes: &'a [u8],
}

/// Where the header block ends (its blank line stays with the body).
fn header_end(content: &[u8]) -> usize {
    content
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(content.len(), |p| p + 2)
}

/// The fields of the header block, in order (a line that is neither a field
/// nor a continuation stays as a field without a name).
fn fields(content: &[u8]) -> (Vec<Field<'_>>, usize) {
    let end = header_end(content);
    let mut out: Vec<Field> = Vec::new();
    let mut i = 0;
    while i < end {
        let line_end = content[i..end]
            .windows(2)
            .position(|w| w == b"\r\n")
            .map_or(end, |p| i + p + 2);
        let line = &content[i..line_end];
        let folded = line.first().is_some_and(|b| *b == b' ' || *b == b'\t');
        match (folded, out.last_mut()) {
            (true, Some(f)) => {
                let start = f.bytes.as_ptr() as usize - content.as_ptr() as usize;
                f.bytes = &content[start..line_end];
                f.value.push(' ');
                f.value.push_str(String::from_utf8_lossy(line).trim());
            }
            _ => {
                let text = String::from_utf8_lossy(line);
                let (name, value) = text.split_once(':').unwrap_or(("", &text));
                out.push(Field {
                    name: name.trim().to_ascii_lowercase(),
                    value: value.trim().to_string(),
                    bytes: line,
                });
            }
        }
        i = line_end;
    }
    (out, end)
}

/// How many fields named `name` (lower case) the header block has. A byte
/// scan without allocation: it runs on every message in the SMTP session.
pub fn count(content: &[u8], name: &str) -> usize {
    let head = &content[..header_end(content)];
    head.split(|b| *b == b'\n')
        .filter(|line| {
            line.len() > name.len()
                && line[..name.len()].eq_ignore_ascii_case(name.as_bytes())
                && line[name.len()..].trim_ascii_start().first() == Some(&b':')
        })
        .count()
}

/// Remove every field for which `drop(name)` holds (`name` lower case);
/// returns the removed fields' unfolded values, in order.
pub fn remove_where(content: &mut Vec<u8>, drop: impl Fn(&str) -> bool) -> Vec<String> {
    let (fields, end) = fields(content);
    if !fields.iter().any(|f| drop(&f.name)) {
        return Vec::new();
    }
    let mut kept = Vec::with_capacity(content.len());
    let mut removed = Vec::new();
    for f in &fields {
        match drop(&f.name) {
            true => removed.push(f.value.clone()),
            false => kept.extend_from_slice(f.bytes),
        }
    }
    kept.extend_from_slice(&content[end..]);
    *content = kept;
    removed
}

/// Remove every field named `name` (any case); their values.
pub fn take(content: &mut Vec<u8>, name: &str) -> Vec<String> {
    let name = name.to_ascii_lowercase();
    remove_where(content, |n| n == name)
}

/// The unfolded values of every field named `name` (any case).
pub fn values(content: &[u8], name: &str) -> Vec<String> {
    let name = name.to_ascii_lowercase();
    fields(content)
        .0
        .into_iter()
        .filter(|f| f.name == name)
        .map(|f| f.value)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_counted_by_name_in_the_header_block_only() {
        let m = b"Received: a\r\n\tby b\r\nRECEIVED : c\r\nReceived-SPF: x\r\nX: Received: y\r\n\r\nReceived: body\r\n";
        assert_eq!(count(m, "received"), 2);
        assert_eq!(count(b"Subject: s\r\n", "received"), 0);
    }

    #[test]
    fn fields_go_with_their_folded_lines_and_the_body_stays() {
        let mut m = b"A: 1\r\nX-Gone: a\r\n b\r\nB: 2\r\n\r\nX-Gone: body\r\n".to_vec();
        assert_eq!(values(&m, "x-gone"), vec!["a b"]);
        assert_eq!(take(&mut m, "X-GONE"), vec!["a b"]);
        assert_eq!(m, b"A: 1\r\nB: 2\r\n\r\nX-Gone: body\r\n");
        let mut n = b"X-MS-Exchange-Organization-A: 1\r\nX-MS-Exchange-CrossPremises-B: 2\r\nKeep: 3\r\n\r\n".to_vec();
        let gone = remove_where(&mut n, |h| h.starts_with("x-ms-exchange-organization-"));
        assert_eq!(gone.len(), 1);
        assert!(n.starts_with(b"X-MS-Exchange-CrossPremises-B"));
        let mut same = b"A: 1\r\n\r\nbody".to_vec();
        assert!(take(&mut same, "b").is_empty());
        assert_eq!(same, b"A: 1\r\n\r\nbody");
    }
}
