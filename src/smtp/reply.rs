//! Every reply the SMTP server sends, in one place: code, RFC 3463 enhanced code
//! and a bland text. Internal reasons go to the log, never to the wire, and no
//! reply ever echoes message content.

use std::borrow::Cow;
use std::fmt::Write;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    pub enhanced: &'static str,
    pub text: Cow<'static, str>,
}

impl Reply {
    pub const fn new(code: u16, enhanced: &'static str, text: &'static str) -> Self {
        Self {
            code,
            enhanced,
            text: Cow::Borrowed(text),
        }
    }

    pub fn owned(code: u16, enhanced: &'static str, text: String) -> Self {
        Self {
            code,
            enhanced,
            text: Cow::Owned(text),
        }
    }

    pub fn is_error(&self) -> bool {
        self.code >= 400
    }

    /// Wire form, multi-line when the text has several lines (RFC 5321 §4.2.1).
    pub fn write_to(&self, out: &mut Vec<u8>) {
        let mut s = String::new();
        let lines: Vec<&str> = self.text.split('\n').collect();
        for (i, line) in lines.iter().enumerate() {
            let sep = if i + 1 == lines.len() { ' ' } else { '-' };
            if self.enhanced.is_empty() {
                let _ = write!(s, "{}{}{}\r\n", self.code, sep, line);
            } else {
                let _ = write!(s, "{}{}{} {}\r\n", self.code, sep, self.enhanced, line);
            }
        }
        out.extend_from_slice(s.as_bytes());
    }
}

// Session-level.
pub const BUSY_GLOBAL: Reply = Reply::new(421, "4.7.0", "Too many connections, try again later");
pub const BUSY_PER_IP: Reply = Reply::new(421, "4.7.0", "Too many connections from your address");
pub const TIMEOUT: Reply = Reply::new(421, "4.4.2", "Timeout, closing connection");
pub const TOO_MANY_ERRORS: Reply = Reply::new(421, "4.7.0", "Too many errors, closing connection");
pub const TOO_MANY_COMMANDS: Reply =
    Reply::new(421, "4.7.0", "Too many commands, closing connection");
pub const SHUTTING_DOWN: Reply = Reply::new(421, "4.3.2", "Service shutting down, try again later");
pub const BYE: Reply = Reply::new(221, "2.0.0", "Bye");
pub const OK: Reply = Reply::new(250, "2.0.0", "Ok");
pub const HELP: Reply = Reply::new(214, "2.0.0", "See RFC 5321");
pub const VRFY: Reply = Reply::new(
    252,
    "2.5.0",
    "Cannot VRFY user, but will accept message and attempt delivery",
);

// Syntax and sequence (RFC 5321 §4.2.4, RFC 3463 X.5.x).
pub const UNKNOWN_COMMAND: Reply = Reply::new(500, "5.5.1", "Command unrecognized");
pub const LINE_TOO_LONG: Reply = Reply::new(500, "5.5.2", "Line too long");
pub const BARE_LF_COMMAND: Reply = Reply::new(500, "5.5.2", "Command line must end with CRLF");
pub const SYNTAX: Reply = Reply::new(501, "5.5.4", "Syntax error in parameters or arguments");
pub const BAD_PARAM_VALUE: Reply = Reply::new(501, "5.5.4", "Invalid parameter value");
pub const AUTH_THROTTLED: Reply = Reply::new(
    421,
    "4.7.0",
    "Too many authentication failures, try again later",
);
pub const AUTH_BUSY: Reply = Reply::new(454, "4.7.0", "Temporary authentication failure");
pub const OVER_BUDGET: Reply = Reply::new(
    451,
    "4.3.1",
    "Insufficient system resources, try again later",
);
pub const BAD_SENDER: Reply = Reply::new(501, "5.1.7", "Bad sender address syntax");
pub const BAD_RECIPIENT: Reply = Reply::new(501, "5.1.3", "Bad recipient address syntax");
pub const NOT_IMPLEMENTED: Reply = Reply::new(502, "5.5.1", "Command not implemented");
pub const UNSUPPORTED_PARAM: Reply =
    Reply::new(555, "5.5.4", "Parameter not recognized or not implemented");
pub const NEED_HELO: Reply = Reply::new(503, "5.5.1", "Send EHLO or HELO first");
pub const NESTED_MAIL: Reply = Reply::new(503, "5.5.1", "Sender already specified");
pub const NEED_MAIL: Reply = Reply::new(503, "5.5.1", "Send MAIL first");
pub const NEED_RCPT: Reply = Reply::new(554, "5.5.1", "No valid recipients");
pub const NEED_UTF8: Reply = Reply::new(553, "5.6.7", "Non-ASCII address needs SMTPUTF8");

// TLS and AUTH (RFC 3207, RFC 4954).
pub const TLS_READY: Reply = Reply::new(220, "2.0.0", "Ready to start TLS");
pub const TLS_UNAVAILABLE: Reply = Reply::new(454, "4.7.0", "TLS not available");
pub const TLS_ALREADY: Reply = Reply::new(503, "5.5.1", "TLS already active");
pub const TLS_REQUIRED: Reply = Reply::new(530, "5.7.0", "Must issue a STARTTLS command first");
pub const AUTH_NEEDS_TLS: Reply = Reply::new(
    538,
    "5.7.11",
    "Encryption required for requested authentication mechanism",
);
pub const AUTH_UNAVAILABLE: Reply = Reply::new(502, "5.5.1", "AUTH not available");
pub const AUTH_ALREADY: Reply = Reply::new(503, "5.5.1", "Already authenticated");
pub const AUTH_MECHANISM: Reply = Reply::new(504, "5.5.4", "Unrecognized authentication type");
pub const AUTH_OK: Reply = Reply::new(235, "2.7.0", "Authentication successful");
pub const AUTH_FAILED: Reply = Reply::new(535, "5.7.8", "Authentication credentials invalid");
pub const AUTH_CANCELLED: Reply = Reply::new(501, "5.0.0", "Authentication cancelled");
pub const REQUIRETLS_NEEDS_TLS: Reply = Reply::new(530, "5.7.10", "REQUIRETLS needs a TLS session");
pub const AUTH_REQUIRED: Reply = Reply::new(530, "5.7.0", "Authentication required");

// Envelope.
pub const SENDER_OK: Reply = Reply::new(250, "2.1.0", "Sender ok");
pub const RECIPIENT_OK: Reply = Reply::new(250, "2.1.5", "Recipient ok");
pub const RELAY_DENIED: Reply = Reply::new(554, "5.7.1", "Relay access denied");
/// `[suppression]`: the receiver refused this address for good, repeatedly.
pub const SUPPRESSED: Reply = Reply::new(
    550,
    "5.1.1",
    "Recipient suppressed after repeated permanent failures; ask the relay's administrator",
);
pub const TOO_MANY_RECIPIENTS: Reply = Reply::new(452, "4.5.3", "Too many recipients");
pub const TOO_MANY_MESSAGES: Reply = Reply::new(421, "4.7.0", "Too many messages in this session");
pub const LOW_DISK: Reply =
    Reply::new(452, "4.3.1", "Insufficient system storage, try again later");

// Message content.
pub const START_DATA: Reply = Reply::new(354, "", "End data with <CR><LF>.<CR><LF>");
pub const TOO_BIG: Reply = Reply::new(
    552,
    "5.3.4",
    "Message size exceeds fixed maximum message size",
);
pub const BARE_LINE_END: Reply = Reply::new(
    554,
    "5.6.0",
    "Message rejected: bare CR or LF found; lines must end with CRLF",
);
/// More `Received:` fields than [`super::data::MAX_HOPS`]: a mail loop (Postfix's hopcount_limit).
pub const TOO_MANY_HOPS: Reply = Reply::new(
    554,
    "5.4.6",
    "Message rejected: too many Received headers (mail loop)",
);
pub const NUL_IN_DATA: Reply = Reply::new(554, "5.6.0", "Message rejected: NUL character found");
pub const TEXT_LINE_TOO_LONG: Reply = Reply::new(500, "5.5.2", "Message rejected: line too long");
pub const POLICY_SUBJECT_PHI: Reply = Reply::new(
    550,
    "5.7.1",
    "Message refused: the subject appears to contain protected health information; remove it from the subject and send again",
);
pub const POLICY_REJECT: Reply = Reply::new(550, "5.7.1", "Message refused by the sending policy");
pub const LOCAL_ERROR: Reply =
    Reply::new(451, "4.3.0", "Local error in processing, try again later");

pub fn greeting(hostname: &str) -> Reply {
    Reply::owned(220, "", format!("{hostname} ESMTP phirelay"))
}

pub fn queued(id: &str) -> Reply {
    Reply::owned(250, "2.0.0", format!("Ok: queued as {id}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_forms() {
        let mut out = Vec::new();
        RELAY_DENIED.write_to(&mut out);
        START_DATA.write_to(&mut out);
        Reply::owned(250, "", "a\nb".into()).write_to(&mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "554 5.7.1 Relay access denied\r\n354 End data with <CR><LF>.<CR><LF>\r\n250-a\r\n250 b\r\n"
        );
    }
}
