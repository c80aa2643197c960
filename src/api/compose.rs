//! `POST /v1/messages`: the JSON an application sends, checked field by field,
//! then built into an RFC 5322 message by mail-builder. Nothing a client writes
//! reaches a header unchecked: addresses are normalised, names and subjects
//! must be free of control characters, extra headers may not replace the ones
//! phirelay and the policy depend on.

use std::collections::BTreeMap;

use base64::Engine as _;
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use serde::Deserialize;
use utoipa::ToSchema;

use super::problem::ApiError;
use crate::accept::address::{normalize_address, safe_path};
use crate::store::Protection;

/// `"a@b.example"` or `{"email": "a@b.example", "name": "A"}`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum AddressIn {
    Plain(String),
    Named {
        email: String,
        #[serde(default)]
        name: Option<String>,
    },
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttachmentIn {
    pub filename: String,
    pub content_type: String,
    /// Base64 (standard alphabet, padding optional).
    pub content: String,
}

/// What the caller asks for on top of the policy: it can only raise it.
#[derive(Debug, Default, Clone, Copy, Deserialize, PartialEq, Eq, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProtectionIn {
    #[default]
    Auto,
    TlsRequired,
    Portal,
}

impl ProtectionIn {
    /// The floor under the policy's decision.
    pub fn floor(self) -> Protection {
        match self {
            ProtectionIn::Auto => Protection::Deliver,
            ProtectionIn::TlsRequired => Protection::TlsRequired,
            ProtectionIn::Portal => Protection::Portal,
        }
    }
}

/// The body of `POST /v1/messages`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SendRequest {
    pub from: AddressIn,
    #[serde(default)]
    pub to: Vec<AddressIn>,
    #[serde(default)]
    pub cc: Vec<AddressIn>,
    #[serde(default)]
    pub bcc: Vec<AddressIn>,
    #[serde(default)]
    pub reply_to: Option<AddressIn>,
    pub subject: String,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub html: Option<String>,
    #[serde(default)]
    pub attachments: Vec<AttachmentIn>,
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    #[serde(default)]
    pub protection: ProtectionIn,
    /// The application's own keys and values (at most 20; keys of 1 to 40
    /// letters, digits, `_`, `-`, `.`; values of at most 500 characters).
    /// Stored sealed and shown in the message's status; never delivered,
    /// never in a webhook.
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
}

/// A checked request: the envelope and the message bytes.
pub struct Composed {
    pub mail_from: String,
    pub recipients: Vec<String>,
    pub content: Vec<u8>,
    pub floor: Protection,
    /// `metadata` as JSON, when the request had any.
    pub metadata: Option<String>,
}

/// Header fields an application may not set: phirelay writes them, or the
/// policy and the transport depend on them being phirelay's.
const RESERVED: &[&str] = &[
    "from",
    "to",
    "cc",
    "bcc",
    "reply-to",
    "subject",
    "date",
    "message-id",
    "received",
    "return-path",
    "sender",
    "mime-version",
    "dkim-signature",
    "authentication-results",
    "tls-required",
    "require-recipient-valid-since",
];
const RESERVED_PREFIXES: &[&str] = &["content-", "arc-", "x-phirelay-", "resent-"];

fn invalid(field: impl Into<String>, detail: impl Into<String>) -> ApiError {
    ApiError::Invalid {
        field: field.into(),
        detail: detail.into(),
    }
}

/// Text that goes into a header: no control characters (a CR or LF would
/// start a new header), within the line limit.
fn header_text(field: &str, text: &str, max: usize) -> Result<(), ApiError> {
    if text.chars().any(|c| c.is_control() && c != '\t') {
        return Err(invalid(field, "control characters are not allowed"));
    }
    if text.len() > max {
        return Err(invalid(field, format!("longer than {max} bytes")));
    }
    Ok(())
}

/// One plain address (no display name, no angle brackets), normalised; the
/// JSON fields and the raw route's envelope alike.
pub(super) fn plain_address(field: &str, email: &str) -> Result<String, ApiError> {
    let email = email.trim();
    let plain = !email.is_empty()
        && safe_path(email)
        && !email.contains(['<', '>', ' ', '"', ',', ';'])
        && email.contains('@');
    plain
        .then(|| normalize_address(email))
        .flatten()
        .ok_or_else(|| invalid(field, "not an email address"))
}

/// (normalised address, display name) of one address field.
fn address(field: &str, a: &AddressIn) -> Result<(String, Option<String>), ApiError> {
    let (email, name) = match a {
        AddressIn::Plain(e) => (e.as_str(), None),
        AddressIn::Named { email, name } => (email.as_str(), name.as_deref()),
    };
    let normal = plain_address(field, email)?;
    if let Some(n) = name {
        header_text(&format!("{field}.name"), n, 200)?;
    }
    Ok((normal, name.map(String::from)))
}

fn address_list(
    field: &str,
    list: &[AddressIn],
) -> Result<Vec<(String, Option<String>)>, ApiError> {
    list.iter()
        .enumerate()
        .map(|(i, a)| address(&format!("{field}[{i}]"), a))
        .collect()
}

fn to_builder(list: &[(String, Option<String>)]) -> Address<'static> {
    Address::new_list(
        list.iter()
            .map(|(e, n)| Address::new_address(n.clone(), e.clone()))
            .collect(),
    )
}

fn extra_header(name: &str, value: &str) -> Result<(), ApiError> {
    let field = format!("headers.{name}");
    let well_formed = !name.is_empty()
        && name.len() <= 76
        && name.bytes().all(|b| (33..=126).contains(&b) && b != b':');
    if !well_formed {
        return Err(invalid(
            "headers",
            "a header name is not a valid field name",
        ));
    }
    let lower = name.to_ascii_lowercase();
    if RESERVED.contains(&lower.as_str()) || RESERVED_PREFIXES.iter().any(|p| lower.starts_with(p))
    {
        return Err(invalid(
            field,
            "this header is set by phirelay or by the request's own fields",
        ));
    }
    // Raw into the header: 8-bit text there would need SMTPUTF8 on the way
    // out (the subject and names are encoded; these are not).
    if !value.is_ascii() {
        return Err(invalid(field, "ASCII only"));
    }
    header_text(&field, value, 900)
}

fn attachment(i: usize, a: &AttachmentIn) -> Result<(String, String, Vec<u8>), ApiError> {
    let field = format!("attachments[{i}]");
    header_text(&format!("{field}.filename"), &a.filename, 255)?;
    if a.filename.trim().is_empty() {
        return Err(invalid(format!("{field}.filename"), "must not be empty"));
    }
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    };
    let ct_ok = a
        .content_type
        .split_once('/')
        .is_some_and(|(t, s)| token(t) && token(s));
    if !ct_ok {
        return Err(invalid(
            format!("{field}.content_type"),
            "not a type/subtype media type",
        ));
    }
    let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(a.content.trim().trim_end_matches('='))
        .map_err(|_| invalid(format!("{field}.content"), "not base64"))?;
    Ok((
        a.content_type.to_ascii_lowercase(),
        a.filename.clone(),
        bytes,
    ))
}

/// Check the request and build the message (`queue_id` names its Message-ID).
pub fn compose(
    req: SendRequest,
    hostname: &str,
    queue_id: &str,
    max_recipients: usize,
) -> Result<Composed, ApiError> {
    let (from, from_name) = address("from", &req.from)?;
    let to = address_list("to", &req.to)?;
    let cc = address_list("cc", &req.cc)?;
    let bcc = address_list("bcc", &req.bcc)?;
    let reply_to = req
        .reply_to
        .as_ref()
        .map(|a| address("reply_to", a))
        .transpose()?;
    let mut recipients: Vec<String> = Vec::new();
    for (a, _) in to.iter().chain(&cc).chain(&bcc) {
        if !recipients.iter().any(|r| r.eq_ignore_ascii_case(a)) {
            recipients.push(a.clone());
        }
    }
    if recipients.is_empty() {
        return Err(invalid(
            "to",
            "at least one recipient (to, cc or bcc) is required",
        ));
    }
    if recipients.len() > max_recipients {
        return Err(invalid(
            "to",
            format!("more than {max_recipients} recipients"),
        ));
    }
    header_text("subject", &req.subject, 900)?;
    if req.text.is_none() && req.html.is_none() {
        return Err(invalid("text", "text or html is required"));
    }
    for (name, value) in &req.headers {
        extra_header(name, value)?;
    }
    let metadata = metadata(&req.metadata)?;
    let attachments: Vec<_> = req
        .attachments
        .iter()
        .enumerate()
        .map(|(i, a)| attachment(i, a))
        .collect::<Result<_, _>>()?;

    let mut m = MessageBuilder::new()
        .from(Address::new_address(from_name, from.clone()))
        .subject(req.subject)
        .message_id(format!("{queue_id}@{hostname}"))
        .date(crate::util::now_us() / 1_000_000);
    if !to.is_empty() {
        m = m.to(to_builder(&to));
    }
    if !cc.is_empty() {
        m = m.cc(to_builder(&cc));
    }
    if let Some((e, n)) = reply_to {
        m = m.reply_to(Address::new_address(n, e));
    }
    for (name, value) in req.headers {
        m = m.header(name, Raw::new(value));
    }
    if let Some(text) = req.text {
        m = m.text_body(text);
    }
    if let Some(html) = req.html {
        m = m.html_body(html);
    }
    for (content_type, filename, bytes) in attachments {
        m = m.attachment(content_type, filename, bytes);
    }
    let content = m.write_to_vec().map_err(|_| ApiError::Unavailable)?;
    Ok(Composed {
        mail_from: from,
        recipients,
        content,
        floor: req.protection.floor(),
        metadata,
    })
}

/// `metadata` checked, as JSON; None when empty.
fn metadata(m: &BTreeMap<String, String>) -> Result<Option<String>, ApiError> {
    if m.is_empty() {
        return Ok(None);
    }
    if m.len() > 20 {
        return Err(invalid("metadata", "at most 20 keys"));
    }
    for (k, v) in m {
        let key_ok = (1..=40).contains(&k.len())
            && k.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_-.".contains(&b));
        if !key_ok {
            return Err(invalid(
                "metadata",
                "keys are 1 to 40 letters, digits, `_`, `-` or `.`",
            ));
        }
        if v.chars().count() > 500 {
            return Err(invalid(format!("metadata.{k}"), "at most 500 characters"));
        }
    }
    Ok(serde_json::to_string(m).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(json: serde_json::Value) -> SendRequest {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn a_request_becomes_a_message_with_bcc_only_in_the_envelope() {
        let r = req(serde_json::json!({
            "from": {"email": "Clinic@Clinic.Example", "name": "The Clinic"},
            "to": ["p@example.org"], "bcc": ["audit@clinic.example"],
            "subject": "Your appointment", "text": "Tuesday 10:00",
            "attachments": [{"filename": "a.txt", "content_type": "text/plain", "content": "aGk="}],
            "headers": {"X-App-Ref": "r1"}
        }));
        let c = compose(r, "relay.test", "Q1", 100).unwrap();
        let text = String::from_utf8_lossy(&c.content);
        assert_eq!(c.mail_from, "Clinic@clinic.example");
        assert_eq!(c.recipients, ["p@example.org", "audit@clinic.example"]);
        assert!(text.contains("Message-ID: <Q1@relay.test>"), "{text}");
        assert!(text.contains("X-App-Ref: r1"));
        assert!(!text.to_ascii_lowercase().contains("bcc"), "{text}");
    }

    #[test]
    fn header_injection_and_reserved_headers_are_refused_by_field() {
        let field = |j: serde_json::Value| match compose(req(j), "h", "Q", 100) {
            Err(ApiError::Invalid { field, .. }) => field,
            other => panic!("{:?}", other.map(|c| c.content.len())),
        };
        let base = |extra: serde_json::Value| {
            let mut j = serde_json::json!({"from": "a@b.example", "to": ["c@d.example"], "subject": "s", "text": "t"});
            j.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            j
        };
        assert_eq!(
            field(base(
                serde_json::json!({"subject": "x\r\nBcc: e@f.example"})
            )),
            "subject"
        );
        assert_eq!(
            field(base(
                serde_json::json!({"headers": {"DKIM-Signature": "v=1"}})
            )),
            "headers.DKIM-Signature"
        );
        assert_eq!(
            field(base(
                serde_json::json!({"headers": {"X-A": "1\r\nTo: z@z.example"}})
            )),
            "headers.X-A"
        );
        assert_eq!(
            field(base(serde_json::json!({"to": ["c@d.example", "x\r\n@y"]}))),
            "to[1]"
        );
        assert_eq!(
            field(base(serde_json::json!({"headers": {"X-A": "caf\u{e9}"}}))),
            "headers.X-A"
        );
        assert_eq!(field(base(serde_json::json!({"to": []}))), "to");
        assert_eq!(
            field(base(
                serde_json::json!({"from": {"email": "a@b.example", "name": "A\nB"}})
            )),
            "from.name"
        );
    }
}
