//! The mail the portal writes: the pickup notice, the one-time code, notes to
//! the original sender and secure replies. Each becomes a [`Submission`] that
//! the acceptance stage prepares (signs, seals) inside the portal's own commit.
//!
//! Notices, codes and notes hold no message content: the organisation's name,
//! the sender's address, a date, a link or a code. Replies carry what the reader
//! wrote and are classified like any client's mail, at least `tls-required`.

use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;

use crate::accept::{self, Client, Envelope, Recipient, Submission};
use crate::audit::details::{Internal, Origin};
use crate::config::PortalConfig;
use crate::store::{BodyType, Protection};
use crate::util::now_us;

const DEFAULT_NOTICE: &str = "\
{sender} sent you a secure message through {organisation}.

To read it, open this link and ask for a one-time code, which we send to
this address:

    {link}

The message can be read until {expires}. After that it is deleted.

If you did not expect this message, you can ignore it.
";

/// Facts a notice may show (none of them from the message's content).
pub struct NoticeFacts<'a> {
    pub recipient: &'a str,
    pub sender: &'a str,
    pub link: &'a str,
    /// The expiry as a UTC date, e.g. "2026-12-31 23:59 UTC".
    pub expires: &'a str,
}

/// The notice of one pickup.
pub fn notice(cfg: &PortalConfig, hostname: &str, pickup: &str, f: &NoticeFacts) -> Submission {
    let template = cfg.notice_template.as_deref().unwrap_or(DEFAULT_NOTICE);
    let body = fill(template, cfg, f);
    let subject = cfg
        .notice_subject
        .replace("{organisation}", &cfg.organisation);
    let content = relay_mail(cfg, f.recipient, &subject, body);
    let origin = Internal::PortalNotice {
        pickup: pickup.to_string(),
    };
    submission(hostname, "", f.recipient, content, origin)
}

/// The one-time code for the reader of one pickup.
pub fn code(
    cfg: &PortalConfig,
    hostname: &str,
    pickup: &str,
    recipient: &str,
    code: &str,
) -> Submission {
    let minutes = cfg.code_ttl.as_secs().div_ceil(60);
    let body = format!(
        "Your one-time code for the {} secure message portal is:\n\n    {code}\n\n\
         It is valid for {minutes} minutes. If you did not ask for it, you can ignore this message.\n",
        cfg.organisation
    );
    let subject = format!("Your code for {}", cfg.organisation);
    let content = relay_mail(cfg, recipient, &subject, body);
    let origin = Internal::PortalCode {
        pickup: pickup.to_string(),
    };
    submission(hostname, "", recipient, content, origin)
}

/// A note to the original sender about a pickup (no subject, no content).
pub fn sender_note(
    cfg: &PortalConfig,
    hostname: &str,
    pickup: &str,
    sender: &str,
    text: &str,
) -> Submission {
    let subject = format!("Secure message status ({})", cfg.organisation);
    let content = relay_mail(cfg, sender, &subject, text.to_string());
    let origin = Internal::PortalSenderNote {
        pickup: pickup.to_string(),
    };
    submission(hostname, "", sender, content, origin)
}

fn fill(template: &str, cfg: &PortalConfig, f: &NoticeFacts) -> String {
    template
        .replace("{organisation}", &cfg.organisation)
        .replace("{sender}", f.sender)
        .replace("{expires}", f.expires)
        .replace("{link}", f.link)
}

/// A plain-text message from the portal's address.
fn relay_mail(cfg: &PortalConfig, to: &str, subject: &str, body: String) -> Vec<u8> {
    MessageBuilder::new()
        .from(Address::new_address(
            Some(cfg.organisation.as_str()),
            cfg.notice_from.as_str(),
        ))
        .to(to)
        .subject(subject)
        .header("Auto-Submitted", Raw::new("auto-generated"))
        .text_body(body)
        .write_to_vec()
        .unwrap_or_default()
}

fn submission(
    hostname: &str,
    mail_from: &str,
    to: &str,
    content: Vec<u8>,
    origin: Internal,
) -> Submission {
    Submission {
        id: accept::new_queue_id(),
        received_at_us: now_us(),
        envelope: Envelope {
            // The null reverse-path: nothing bounces back to an automated notice.
            mail_from: mail_from.to_string(),
            recipients: vec![Recipient {
                address: to.to_string(),
                notify: Some("never".into()),
                orcpt: None,
            }],
            body_type: BodyType::EightBitMime,
            smtputf8: false,
            requiretls: false,
            tls_required_no: false,
            dsn_ret: None,
            dsn_envid: None,
        },
        content,
        origin: Origin::Internal(origin),
        client: Client::local(hostname),
        actor: "portal".into(),
        // A link, a code or a status with no content: the recipient's own
        // server may lack verified TLS (that is why the portal is used).
        floor: Protection::Deliver,
        may_refuse: false,
        // Written by phirelay from the config, an address and a date.
        relay_written: true,
        arc: None,
    }
}

/// What the reader wrote on the reply form.
pub struct ReplyInput<'a> {
    pub reader: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub in_reply_to: Option<&'a str>,
    pub text: &'a str,
    pub attachments: Vec<(String, String, Vec<u8>)>,
}

/// A secure reply to the original sender: classified like client mail and sent
/// at least at `tls-required`.
pub fn reply(
    cfg: &PortalConfig,
    hostname: &str,
    pickup: &str,
    client_ip: &str,
    r: ReplyInput,
) -> Submission {
    let display = format!("{} (via {} secure portal)", r.reader, cfg.organisation);
    let mut m = MessageBuilder::new()
        .from(Address::new_address(Some(display), cfg.notice_from.clone()))
        .reply_to(r.reader)
        .to(r.to)
        .subject(reply_subject(r.subject))
        .header("X-Phirelay-Portal-Reply", Raw::new(pickup.to_string()))
        .text_body(r.text.to_string());
    if let Some(id) = r.in_reply_to {
        m = m.in_reply_to(id.to_string()).references(id.to_string());
    }
    for (content_type, name, bytes) in r.attachments {
        m = m.attachment(content_type, name, bytes);
    }
    let mut sub = submission(
        hostname,
        &cfg.notice_from,
        r.to,
        m.write_to_vec().unwrap_or_default(),
        Internal::PortalReply {
            pickup: pickup.to_string(),
            client_ip: client_ip.to_string(),
        },
    );
    sub.envelope.recipients[0].notify = None;
    sub.floor = Protection::TlsRequired;
    sub.relay_written = false;
    sub
}

fn reply_subject(original: &str) -> String {
    let s: String = original
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    match s.to_ascii_lowercase().starts_with("re:") {
        true => s,
        false => format!("Re: {s}"),
    }
}
