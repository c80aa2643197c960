//! What an entrance hands to the acceptance stage: the envelope, the bytes (with
//! the entrance's own trace headers already added), and who authorised them.

use crate::audit::details::Origin;
use crate::store::{BodyType, DsnRet, NewRecipient, Protection, TlsFacts};

/// One recipient as the entrance took it (the stage adds the decision).
#[derive(Debug, Clone)]
pub struct Recipient {
    pub address: String,
    /// RFC 3461 NOTIFY as a comma list (`success,failure,delay` or `never`).
    pub notify: Option<String>,
    pub orcpt: Option<String>,
}

impl From<NewRecipient> for Recipient {
    fn from(r: NewRecipient) -> Self {
        Self {
            address: r.address,
            notify: r.notify,
            orcpt: r.orcpt,
        }
    }
}

/// The envelope of a submission.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub mail_from: String,
    pub recipients: Vec<Recipient>,
    pub body_type: BodyType,
    pub smtputf8: bool,
    /// RFC 8689 REQUIRETLS was asked for.
    pub requiretls: bool,
    /// The message carries `TLS-Required: No` (RFC 8689 §5). Honoured only for
    /// mail the policy does not mark as PHI, and never with REQUIRETLS.
    pub tls_required_no: bool,
    pub dsn_ret: Option<DsnRet>,
    pub dsn_envid: Option<String>,
}

/// The client facts stored with the message (`messages` columns).
#[derive(Debug, Clone)]
pub struct Client {
    /// The client's address, or `local` for mail the relay wrote itself.
    pub ip: String,
    pub helo: String,
    pub auth_user: Option<String>,
    pub tls: Option<TlsFacts>,
}

impl Client {
    /// Mail the relay writes itself (DSNs, TLS reports).
    pub fn local(hostname: &str) -> Self {
        Self {
            ip: "local".into(),
            helo: hostname.to_string(),
            auth_user: None,
            tls: None,
        }
    }
}

/// Everything the acceptance stage needs for one message.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The queue id (the entrance may already have used it in a trace header).
    pub id: String,
    pub received_at_us: i64,
    pub envelope: Envelope,
    /// The message as it will be stored and sent, before DKIM.
    pub content: Vec<u8>,
    /// Who authorised it, for the `received` event.
    pub origin: Origin,
    pub client: Client,
    /// Who acts in the audit rows: `smtp:<ip>`, `queue:<node>`, ….
    pub actor: String,
    /// The least protection every recipient gets, whatever the classifier says
    /// (a DSN inherits the strictest decision of the message it reports on).
    pub floor: Protection,
    /// Mail the relay writes itself is never refused (it would be lost): what the
    /// policy would refuse is held for the portal instead.
    pub may_refuse: bool,
    /// Every byte was written by phirelay from data that holds no message
    /// content (a TLS report): nothing to classify, the floor decides. Never
    /// set for anything that carries a client's bytes (DSNs do: their headers).
    pub relay_written: bool,
    /// Mail from an upstream `[[source]]`: what was verified on receipt, so
    /// the message is ARC-sealed as it is signed (`crate::arc`).
    pub arc: Option<crate::arc::ArcInput>,
}

/// A new queue id: ULIDs sort by time, which keeps the queue's index warm.
pub fn new_queue_id() -> String {
    ulid::Ulid::new().to_string()
}
