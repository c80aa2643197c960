//! HTML to text for the detectors, not for reading: comments are dropped, a `<script>` or
//! `<style>` element (with its content) and every other tag become one space (a newline
//! for block tags such as `<br>`, `<p>`, `<div>`, `<tr>`, `<li>`; a tab before each
//! `<td>` and `<th>`, so that a table reads as a tab-delimited one), entities are decoded
//! (mail-parser's table), and whitespace is kept as it is. A space per tag keeps table cells apart (`<td>SSN</td>
//! <td>250-11-1658</td>` must not become `SSN250-11-1658`, which hides both the context
//! word and the value); kept line breaks keep HL7 segments in `<pre>` on their own lines.
//! An inline tag (`<span>`, `<b>`, `<font>` …) inside a word or a value gives no space, as
//! a browser shows it: `<span>NA</span><span>KAMUR</span>` is "NAKAMUR", a date split in
//! spans one date; a word of three letters or more before digits keeps its space.
//!
//! A single forward scan, linear in the input whatever it holds: hostile markup
//! such as `<b&amp;` repeated with no `>` once made a regex over tags quadratic
//! (minutes for a 1 MiB body). Every search for a closing `>`, `-->` or
//! `</script` starts where the scan stands and is remembered when it fails, so
//! no byte is looked at more than a constant number of times.

use mail_parser::decoders::html::add_html_token;

const BLOCK_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "tr",
    "li",
    "ul",
    "ol",
    "table",
    "tbody",
    "thead",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "hr",
    "dd",
    "dt",
    "section",
    "article",
    "header",
    "footer",
];

pub(super) fn to_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase(); // same byte offsets, for case-free searches
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut s = Scan::default();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let token = match bytes[i] {
            b'<' => markup(&lower, i, &mut s),
            b'&' => entity(bytes, i),
            _ => None,
        };
        let Some((end, sep)) = token else {
            i += 1;
            continue;
        };
        out.push_str(&html[copied..i]);
        match sep {
            Sep::Nothing => {}
            // A value split by inline markup (`<span>03/14/</span><span>1962`)
            // stays one value: no space between a date or number's pieces.
            Sep::Space if splits_a_value(&out, &html[end..]) => {}
            // `<span>NA</span><span>KAMUR</span>`, `7V6</span><span>5XV8`: a
            // browser shows one word, and so does this.
            Sep::Inline
                if splits_a_value(&out, &html[end..]) || splits_a_word(&out, &html[end..]) => {}
            Sep::Inline => out.push(' '),
            Sep::Space => out.push(' '),
            Sep::Tab => out.push('\t'),
            Sep::Newline => out.push('\n'),
            Sep::Entity => add_html_token(&mut out, &bytes[i..end], false),
        }
        copied = end;
        i = end;
    }
    out.push_str(&html[copied..]);
    out
}

/// Text before an inline tag ends in a digit or a separator glued to one, and
/// the text after it starts with a digit (or the other way round): the tag sits
/// inside a date or number. Tags between words or cells still give a space.
fn splits_a_value(before: &str, after: &str) -> bool {
    let mut back = before.chars().rev();
    let last = back.next();
    // Look past the tags that follow at once (`</span><span>`), a few at most.
    let mut after = after;
    // Each look is bounded (64 bytes): hostile markup cannot make it quadratic.
    for _ in 0..4 {
        let Some(r) = after.strip_prefix('<') else {
            break;
        };
        let window = &r.as_bytes()[..r.len().min(64)];
        match window.iter().position(|b| *b == b'>') {
            Some(e) => after = &r[e + 1..],
            None => break,
        }
    }
    let after_first = after.chars().next();
    let digitish = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let sep = |c: Option<char>| matches!(c, Some('/' | '-' | '.'));
    (sep(last) && digitish(back.next()) && digitish(after_first))
        || (digitish(last) && sep(after_first))
}

/// An inline tag (`<span>`, `<b>`, `<font>` …) between two letters or digits
/// of one word: no space, as a browser shows it. A word of three or more
/// letters before a digit keeps its space (`<b>SSN</b><span>250-11-…` stays
/// "SSN 250-11-…", context word and value apart); identifiers split in two
/// letters or fewer (`RH</span>1234567`, an MBI's `1EG</span>4TE5…`) join.
fn splits_a_word(before: &str, after: &str) -> bool {
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    let after = past_tags(after);
    let Some(next) = after.chars().next() else {
        return false;
    };
    if !(last.is_alphanumeric() && next.is_alphanumeric()) {
        return false;
    }
    let letters_before = before
        .chars()
        .rev()
        .take(4)
        .take_while(|c| c.is_alphabetic())
        .count();
    !(next.is_ascii_digit() && letters_before >= 3)
}

/// `after` past the tags that follow at once (`</span><span>`), a few at most;
/// each look bounded (64 bytes) so hostile markup cannot make it quadratic.
fn past_tags(mut after: &str) -> &str {
    for _ in 0..4 {
        let Some(r) = after.strip_prefix('<') else {
            break;
        };
        let window = &r.as_bytes()[..r.len().min(64)];
        match window.iter().position(|b| *b == b'>') {
            Some(e) => after = &r[e + 1..],
            None => break,
        }
    }
    after
}

/// What a token turns into.
enum Sep {
    Nothing,
    Space,
    /// An inline tag: a space, unless it splits a word.
    Inline,
    Tab,
    Newline,
    Entity,
}

/// Where searches that ran to the end found nothing: they are not repeated.
#[derive(Default)]
struct Scan {
    /// The next `>` at or after the scan (None: not looked for yet or stale).
    next_gt: Option<usize>,
    no_gt_after: Option<usize>,
    no_comment_end: bool,
}

impl Scan {
    fn gt_from(&mut self, lower: &str, from: usize) -> Option<usize> {
        if self.no_gt_after.is_some_and(|p| p <= from) {
            return None;
        }
        if let Some(g) = self.next_gt.filter(|g| *g >= from) {
            return Some(g);
        }
        match lower[from..].find('>') {
            Some(off) => {
                self.next_gt = Some(from + off);
                self.next_gt
            }
            None => {
                self.no_gt_after = Some(from);
                None
            }
        }
    }
}

/// A tag, comment, script or style element at `i`: (end, separator), or None
/// when `<` is just text.
fn markup(lower: &str, i: usize, s: &mut Scan) -> Option<(usize, Sep)> {
    let rest = &lower[i..];
    if let Some(after) = rest.strip_prefix("<!--") {
        if s.no_comment_end {
            return Some((lower.len(), Sep::Nothing));
        }
        return Some(match after.find("-->") {
            Some(off) => (i + 4 + off + 3, Sep::Nothing),
            None => {
                s.no_comment_end = true;
                (lower.len(), Sep::Nothing)
            }
        });
    }
    for element in ["script", "style"] {
        let open = rest
            .strip_prefix('<')
            .and_then(|r| r.strip_prefix(element))
            .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()));
        if open {
            let close = format!("</{element}");
            let end = match rest.find(&close) {
                Some(off) => s.gt_from(lower, i + off).map_or(lower.len(), |g| g + 1),
                None => lower.len(),
            };
            return Some((end, Sep::Space));
        }
    }
    let starts_tag = rest[1..]
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'!' | b'?' | b'/'));
    if !starts_tag {
        return None;
    }
    let end = s.gt_from(lower, i + 1)? + 1;
    let tag = &lower[i..end];
    let sep = if is_block(tag) {
        Sep::Newline
    } else if opens_a_cell(tag) {
        Sep::Tab
    } else if is_inline(tag) {
        Sep::Inline
    } else {
        Sep::Space
    };
    Some((end, sep))
}

/// `<td …>` or `<th …>`: a table cell starts. A tab before each cell makes an
/// HTML table a tab-delimited one, so its header names its columns as a CSV's
/// does (`evidence/table.rs`).
fn opens_a_cell(tag: &str) -> bool {
    let name = tag
        .trim_start_matches('<')
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    name == "td" || name == "th"
}

/// `&name;` or `&#123;` with at most 32 characters: bounded look-ahead.
fn entity(bytes: &[u8], i: usize) -> Option<(usize, Sep)> {
    let mut j = i + 1;
    if bytes.get(j) == Some(&b'#') {
        j += 1;
    }
    let start = j;
    while j < bytes.len() && j - start < 32 && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    (j > start && bytes.get(j) == Some(&b';')).then_some((j + 1, Sep::Entity))
}

fn is_block(tag: &str) -> bool {
    BLOCK_TAGS
        .iter()
        .any(|b| b.eq_ignore_ascii_case(tag_name(tag)))
}

/// Tags a browser lays out inside a line of text, with no space of their own.
fn is_inline(tag: &str) -> bool {
    const INLINE: &[&str] = &[
        "span", "b", "strong", "i", "em", "u", "font", "a", "small", "big", "sub", "sup", "mark",
        "s", "strike", "o:p",
    ];
    INLINE.iter().any(|t| t.eq_ignore_ascii_case(tag_name(tag)))
}

fn tag_name(tag: &str) -> &str {
    tag.trim_start_matches(['<', '/'])
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == ':'))
        .next()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn tags_become_separators() {
        assert_eq!(
            to_text("<table><tr><td>SSN</td><td>250&#45;11&#45;1658</td></tr></table>"),
            "\n\n\tSSN \t250-11-1658 \n\n"
        );
        assert_eq!(
            to_text("<p>DOB</p><p>03&#x2F;14&#x2F;1962</p>"),
            "\nDOB\n\n03/14/1962\n"
        );
        assert_eq!(to_text("<b>member</b>&nbsp;id"), " member \u{a0}id");
    }

    #[test]
    fn inline_tags_inside_a_word_join_it() {
        let text = |html: &str| to_text(html).trim().to_string();
        // As a browser shows them: one name, one MBI, one record number.
        assert_eq!(
            text("<span>NA</span><span>KAMUR</span><span>A, Haruto</span>"),
            "NAKAMURA, Haruto"
        );
        assert_eq!(
            text("<span>7V6</span><span>5XV8</span><span>PM46</span>"),
            "7V65XV8PM46"
        );
        assert_eq!(text("<b>RH</b>1234567"), "RH1234567");
        assert_eq!(
            text("<span>115</span>-<span>44</span>-<span>1727</span>"),
            "115-44-1727"
        );
        // Near misses: a context word and its value stay apart; words
        // between tags keep their space; a cell is still a cell.
        assert_eq!(
            text("<b>SSN</b><span>250-11-1658</span>"),
            "SSN  250-11-1658"
        );
        assert_eq!(text("<b>Patient:</b><span>Ana</span>"), "Patient:  Ana");
        assert_eq!(text("<td>A</td><td>B</td>"), "A \tB");
    }

    #[test]
    fn comments_scripts_styles_dropped() {
        assert_eq!(to_text("a<!-- SSN\n123 -->b"), "ab");
        assert_eq!(
            to_text("a<script>var x = '<b>';</script>b<STYLE>p{}</style >c"),
            "a b c"
        );
    }

    /// Hostile input that made the old regex quadratic: linear now (a hang
    /// guard, not a timing test; the benchmark measures speed).
    #[test]
    fn unclosed_markup_is_linear() {
        let bomb = "<b&amp;".repeat(200_000); // 1.4 MB, no '>'
        let t = std::time::Instant::now();
        let text = to_text(&bomb);
        assert!(text.contains("<b&"), "unclosed '<' stays text");
        let comment = format!("a{}", "<!--x".repeat(200_000));
        assert_eq!(to_text(&comment), "a");
        let script = "<script>".repeat(100_000);
        assert!(to_text(&script).trim().is_empty());
        assert!(t.elapsed() < std::time::Duration::from_secs(10));
    }

    #[test]
    fn text_that_only_looks_like_markup() {
        assert_eq!(to_text("if a < b && c > d"), "if a < b && c > d");
        assert_eq!(to_text("AT&T; &bogus; &amp;"), "AT&T; &bogus; &");
        assert_eq!(
            to_text("<pre>MSH|^~\\&amp;|A\rPID|1</pre>"),
            "\nMSH|^~\\&|A\rPID|1\n"
        );
    }
}
