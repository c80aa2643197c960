//! A stored message as the reader sees it: headers shown as text, the body as
//! text or as sanitised HTML (ammonia: no script, no event handlers, no
//! styles, no forms; images only from the message itself, through the
//! portal), and the attachments with their types and sizes.

use std::collections::HashMap;

use mail_parser::{MessageParser, MimeHeaders};

/// What the message page shows.
pub struct MessageView {
    pub subject: String,
    pub from: String,
    pub to: String,
    pub date: String,
    pub message_id: Option<String>,
    /// The reply goes here: the From address, else the envelope sender.
    pub reply_to: String,
    pub text: String,
    /// Sanitised HTML, when the message has an HTML body.
    pub html: Option<String>,
    pub attachments: Vec<AttachmentInfo>,
}

pub struct AttachmentInfo {
    /// 1-based position among the message's attachments (the URL's number).
    pub index: usize,
    pub name: String,
    pub content_type: String,
    pub size: String,
}

/// One attachment's bytes, for download or as an inline image.
pub struct AttachmentData {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Parse `raw` for the reader of pickup link `token`.
pub fn view(raw: &[u8], token: &str, envelope_sender: &str) -> MessageView {
    let Some(msg) = MessageParser::default().parse(raw) else {
        return unreadable(envelope_sender);
    };
    let first = |a: Option<&mail_parser::Address>| {
        a.and_then(|a| a.first()).map(|a| {
            let addr = a.address().unwrap_or_default();
            match a.name() {
                Some(n) if !n.is_empty() => format!("{n} <{addr}>"),
                _ => addr.to_string(),
            }
        })
    };
    let from_addr = msg
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .filter(|a| a.contains('@'))
        .map(str::to_string);
    let mut cids = HashMap::new();
    let attachments = msg
        .attachments()
        .enumerate()
        .map(|(i, part)| {
            if let Some(cid) = part.content_id() {
                cids.insert(cid.trim_matches(['<', '>']).to_string(), i + 1);
            }
            AttachmentInfo {
                index: i + 1,
                name: name_of(part, i + 1),
                content_type: type_of(part),
                size: human_size(part.contents().len() as u64),
            }
        })
        .collect();
    let html = (msg.html_body_count() > 0 && !only_text_html(&msg))
        .then(|| msg.body_html(0).map(|h| sanitise(&h, token, cids)))
        .flatten();
    MessageView {
        subject: msg.subject().unwrap_or("(no subject)").to_string(),
        from: first(msg.from()).unwrap_or_else(|| envelope_sender.to_string()),
        to: first(msg.to()).unwrap_or_default(),
        date: msg.date().map(|d| d.to_rfc822()).unwrap_or_default(),
        message_id: msg.message_id().map(|m| format!("<{m}>")),
        reply_to: from_addr.unwrap_or_else(|| envelope_sender.to_string()),
        text: msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html,
        attachments,
    }
}

/// mail-parser derives an HTML body from a text-only message; show those as text.
fn only_text_html(msg: &mail_parser::Message) -> bool {
    msg.html_part(0)
        .is_some_and(|p| !p.is_content_type("text", "html"))
}

fn unreadable(envelope_sender: &str) -> MessageView {
    MessageView {
        subject: "(message could not be read)".into(),
        from: envelope_sender.to_string(),
        to: String::new(),
        date: String::new(),
        message_id: None,
        reply_to: envelope_sender.to_string(),
        text: String::new(),
        html: None,
        attachments: Vec::new(),
    }
}

/// Attachment `index` (1-based), if there is one.
pub fn attachment(raw: &[u8], index: usize) -> Option<AttachmentData> {
    let msg = MessageParser::default().parse(raw)?;
    let part = msg.attachments().nth(index.checked_sub(1)?)?;
    Some(AttachmentData {
        name: name_of(part, index),
        content_type: type_of(part),
        bytes: part.contents().to_vec(),
    })
}

fn name_of(part: &mail_parser::MessagePart, index: usize) -> String {
    let name: String = part
        .attachment_name()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '/' | '\\' | '"'))
        .take(120)
        .collect();
    match name.trim() {
        "" => format!("attachment-{index}"),
        n => n.to_string(),
    }
}

fn type_of(part: &mail_parser::MessagePart) -> String {
    let t = part.content_type().map_or_else(
        || "application/octet-stream".to_string(),
        |ct| match ct.subtype() {
            Some(sub) => format!("{}/{}", ct.ctype(), sub),
            None => ct.ctype().to_string(),
        },
    );
    // Only a plain token/token reaches a Content-Type header.
    let ok = t.len() <= 100
        && t.split('/').count() == 2
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/.+-_".contains(c));
    match ok {
        true => t.to_ascii_lowercase(),
        false => "application/octet-stream".into(),
    }
}

fn human_size(n: u64) -> String {
    match n {
        n if n >= 1024 * 1024 => format!("{:.1} MB", n as f64 / (1024.0 * 1024.0)),
        n if n >= 1024 => format!("{} KB", n.div_ceil(1024)),
        n => format!("{n} bytes"),
    }
}

/// ammonia's safe subset, links that open without a referrer; `cid:` images
/// become the portal's own inline-image address and every other image source
/// is dropped; any other URL must be absolute `http`, `https` or `mailto`
/// (no relative link into the portal itself).
pub fn sanitise(html: &str, token: &str, cids: HashMap<String, usize>) -> String {
    let token = token.to_string();
    let mut b = ammonia::Builder::default();
    // Relative URLs pass ammonia's own check only so that the filter below,
    // which runs before it, can decide about every URL itself.
    b.url_relative(ammonia::UrlRelative::PassThrough)
        .add_url_schemes(["cid"])
        .link_rel(Some("noopener noreferrer nofollow"))
        .attribute_filter(
            move |element, attribute, value| match (element, attribute) {
                ("img", "src") => {
                    let cid = value.strip_prefix("cid:")?;
                    let n = cids.get(cid)?;
                    Some(format!("/p/{token}/inline/{n}").into())
                }
                (_, "href" | "src" | "cite" | "longdesc" | "action" | "srcset") => {
                    absolute(value).then(|| value.into())
                }
                _ => Some(value.into()),
            },
        );
    b.clean(html).to_string()
}

/// An absolute http, https or mailto URL.
fn absolute(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(html: &str) -> String {
        let mut cids = HashMap::new();
        cids.insert("logo@x".to_string(), 2);
        sanitise(html, "TOK", cids)
    }

    #[test]
    fn script_handlers_styles_and_remote_content_are_gone() {
        let out = clean(
            "<p onclick=\"x()\">Hi<script>alert(1)</script></p>\
             <style>body{background:url(https://evil.test/a)}</style>\
             <img src=\"https://evil.test/pixel.gif\"><img src=\"cid:logo@x\">\
             <div style=\"background:url(https://evil.test/b)\">x</div>\
             <a href=\"javascript:alert(1)\">j</a><a href=\"https://ok.test/\">ok</a>\
             <form action=\"https://evil.test\"><input name=a></form><iframe src=\"https://evil.test\"></iframe>",
        );
        for bad in [
            "script",
            "onclick",
            "evil.test",
            "style",
            "javascript",
            "form",
            "input",
            "iframe",
        ] {
            assert!(!out.contains(bad), "{bad} survived: {out}");
        }
        assert!(out.contains("src=\"/p/TOK/inline/2\""), "{out}");
        assert!(out.contains("href=\"https://ok.test/\""), "{out}");
        assert!(out.contains("noreferrer"), "{out}");
    }

    #[test]
    fn unknown_cids_and_relative_images_are_dropped() {
        let out = clean("<img src=\"cid:other\"><img src=\"/p/TOK/logout\"><a href=\"/x\">r</a>");
        assert!(!out.contains("src="), "{out}");
        assert!(!out.contains("href="), "{out}");
    }

    #[test]
    fn attachments_are_listed_with_safe_names_and_types() {
        let raw = b"From: A <a@x.org>\r\nTo: b@y.org\r\nSubject: Labs\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n\
--b\r\nContent-Type: application/pdf; name=\"../../etc/\\\"x.pdf\"\r\nContent-Disposition: attachment; filename=\"../../etc/x.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n";
        let v = view(raw, "T", "a@x.org");
        assert_eq!(v.subject, "Labs");
        assert_eq!(v.reply_to, "a@x.org");
        assert_eq!(v.attachments.len(), 1);
        assert!(
            !v.attachments[0].name.contains('/'),
            "{}",
            v.attachments[0].name
        );
        assert_eq!(v.attachments[0].content_type, "application/pdf");
        let a = attachment(raw, 1).unwrap();
        assert_eq!(a.bytes, b"%PDF-1.4\n");
        assert!(attachment(raw, 2).is_none());
        assert!(attachment(raw, 0).is_none());
        assert!(v.html.is_none());
        assert!(v.text.contains("See attached."));
    }
}
