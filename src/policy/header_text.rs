//! Text a reader sees in the header block besides the one Subject mail-parser
//! returns (its last): every Subject (clients show the first, so a second one
//! must not hide PHI), other unstructured headers (Thread-Topic, Comments,
//! Keywords) and the display names of address headers. RFC 2047 encoded words
//! are decoded by mail-parser.

use mail_parser::{Address, HeaderValue, MessageParser};

/// Unstructured headers worth scanning besides Subject.
const UNSTRUCTURED: &[&str] = &["thread-topic", "comments", "keywords", "x-subject"];
/// Address headers whose display names are scanned.
const ADDRESSES: &[&str] = &["from", "to", "cc", "bcc", "reply-to", "sender"];

/// One piece of header text and whether it is a Subject.
pub struct HeaderText {
    pub subject: bool,
    /// A display name of the top-level `From`: the sender's own name.
    pub sender: bool,
    pub text: String,
}

/// Every Subject value and every other piece of readable header text, in order.
pub fn header_texts(raw: &[u8]) -> Vec<HeaderText> {
    let Some(msg) = MessageParser::new().parse_headers(raw) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for h in msg.headers() {
        let name = h.name().to_ascii_lowercase();
        let subject = name == "subject";
        if subject || UNSTRUCTURED.contains(&name.as_str()) {
            push_text(&h.value, subject, &mut out);
        } else if ADDRESSES.contains(&name.as_str())
            && let HeaderValue::Address(a) = &h.value
        {
            push_names(a, name == "from", &mut out);
        }
    }
    out
}

fn push_text(v: &HeaderValue<'_>, subject: bool, out: &mut Vec<HeaderText>) {
    match v {
        HeaderValue::Text(t) => out.push(HeaderText {
            subject,
            sender: false,
            text: t.to_string(),
        }),
        HeaderValue::TextList(l) => out.extend(l.iter().map(|t| HeaderText {
            subject,
            sender: false,
            text: t.to_string(),
        })),
        _ => {}
    }
}

fn push_names(a: &Address<'_>, sender: bool, out: &mut Vec<HeaderText>) {
    for addr in a.iter() {
        if let Some(name) = addr.name() {
            out.push(HeaderText {
                subject: false,
                sender,
                text: name.to_string(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subject_and_display_names() {
        let raw = b"Subject: first 512-44-7360\r\nFrom: \"Jane Roe\" <j@x.org>\r\n\
                    Subject: second\r\nThread-Topic: topic\r\n\r\nbody";
        let t = header_texts(raw);
        let subjects: Vec<&str> = t
            .iter()
            .filter(|h| h.subject)
            .map(|h| h.text.as_str())
            .collect();
        assert_eq!(subjects, vec!["first 512-44-7360", "second"]);
        assert!(t.iter().any(|h| h.text == "Jane Roe" && h.sender));
        assert!(t.iter().any(|h| h.text == "topic"));
    }
}
