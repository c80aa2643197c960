//! What the relay changes in mail from an authorised `[[source]]` before it is
//! accepted: the route secret and the cloud's internal headers go
//! (`X-MS-Exchange-CrossPremises-*` carries the user's client address,
//! `X-MS-Exchange-Organization-*` the tenant's internals), sensitivity labels of
//! another tenant are dropped from `msip_labels` (only the source's own tenant
//! may label its mail), and a loop marker is stamped: `X-Phirelay-Processed:
//! <source>; <HMAC>` over the source and the Message-ID, under a key derived
//! from the master key, so mail that comes back through the same source is
//! recognised and not processed twice. Markers phirelay did not make (or made
//! for another message) are removed.

use aws_lc_rs::hmac;

use crate::audit::details::SourceAuth;
use crate::config::{Source, SourceKind};

pub const MARKER: &str = "x-phirelay-processed";

/// Take out what must not travel on (see the module doc).
pub fn clean(body: &mut Vec<u8>, s: &Source, auth: &SourceAuth) {
    if let SourceKind::Google {
        route: Some((name, _)),
        ..
    } = &s.kind
    {
        crate::headers::take(body, name);
    }
    if let SourceKind::M365 { .. } = &s.kind {
        crate::headers::remove_where(body, |h| {
            h.starts_with("x-ms-exchange-crosspremises-")
                || h.starts_with("x-ms-exchange-organization-")
        });
        if let Some(tenant) = &auth.tenant_id {
            own_labels_only(body, tenant);
        }
    }
    crate::headers::take(body, MARKER);
}

/// Keep only the labels of `msip_labels` whose `_SiteId` is `tenant`.
fn own_labels_only(body: &mut Vec<u8>, tenant: &str) {
    let values = crate::headers::values(body, "msip_labels");
    if values.is_empty() {
        return;
    }
    let pairs: Vec<(String, String)> = values
        .iter()
        .flat_map(|v| v.split(';'))
        .filter_map(|p| p.trim().split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let guid_of = |k: &str| {
        k.strip_prefix("MSIP_Label_")
            .and_then(|r| r.split_once('_'))
            .map(|(g, _)| g.to_ascii_lowercase())
    };
    let own: Vec<String> = pairs
        .iter()
        .filter(|(k, v)| k.ends_with("_SiteId") && v.eq_ignore_ascii_case(tenant))
        .filter_map(|(k, _)| guid_of(k))
        .collect();
    let kept: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| guid_of(k).is_some_and(|g| own.contains(&g)))
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    crate::headers::take(body, "msip_labels");
    if !kept.is_empty() {
        let line = format!("msip_labels: {};\r\n", kept.join("; "));
        body.splice(0..0, line.into_bytes());
    }
}

/// Stamps and recognises the loop marker.
pub struct LoopGuard {
    key: hmac::Key,
}

impl LoopGuard {
    pub fn new(key: [u8; 32]) -> Self {
        Self {
            key: hmac::Key::new(hmac::HMAC_SHA256, &key),
        }
    }

    fn mac(&self, source: &str, message_id: &str) -> String {
        let tag = hmac::sign(
            &self.key,
            format!("phirelay-loop-v1\0{source}\0{message_id}").as_bytes(),
        );
        hex::encode(&tag.as_ref()[..16])
    }

    /// Add the marker for `source` (after the Message-ID is final).
    pub fn stamp(&self, content: &mut Vec<u8>, source: &str) {
        let id = message_id(content);
        let line = format!(
            "X-Phirelay-Processed: {source}; {}\r\n",
            self.mac(source, &id)
        );
        content.splice(0..0, line.into_bytes());
    }

    /// The message carries a valid marker of ours for `source`: it went
    /// through this source before.
    pub fn seen(&self, content: &[u8], source: &str) -> bool {
        let want = self.mac(source, &message_id(content));
        crate::headers::values(content, MARKER).iter().any(|v| {
            v.split_once(';').is_some_and(|(s, m)| {
                s.trim() == source
                    && aws_lc_rs::constant_time::verify_slices_are_equal(
                        m.trim().as_bytes(),
                        want.as_bytes(),
                    )
                    .is_ok()
            })
        })
    }
}

fn message_id(content: &[u8]) -> String {
    crate::headers::values(content, "message-id")
        .into_iter()
        .next()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_is_recognised_only_for_its_source_and_message() {
        let g = LoopGuard::new([7; 32]);
        let mut m = b"Message-ID: <a@x>\r\nSubject: s\r\n\r\nbody".to_vec();
        assert!(!g.seen(&m, "m365"));
        g.stamp(&mut m, "m365");
        assert!(g.seen(&m, "m365"));
        assert!(!g.seen(&m, "google"));
        let other = String::from_utf8(m.clone())
            .unwrap()
            .replace("<a@x>", "<b@x>");
        assert!(
            !g.seen(other.as_bytes(), "m365"),
            "a marker copied to another message"
        );
        assert!(!LoopGuard::new([8; 32]).seen(&m, "m365"), "another key");
    }

    #[test]
    fn foreign_tenants_labels_are_dropped() {
        let mut m = b"msip_labels: MSIP_Label_aaaa_Enabled=true; MSIP_Label_aaaa_SiteId=T1; MSIP_Label_aaaa_Name=PHI; MSIP_Label_bbbb_Enabled=true; MSIP_Label_bbbb_SiteId=T2;\r\nSubject: s\r\n\r\nb".to_vec();
        own_labels_only(&mut m, "t1");
        let text = String::from_utf8(m).unwrap();
        assert!(
            text.contains("MSIP_Label_aaaa_Name=PHI") && !text.contains("bbbb"),
            "{text}"
        );
        let mut none =
            b"msip_labels: MSIP_Label_bbbb_Enabled=true; MSIP_Label_bbbb_SiteId=T2;\r\n\r\nb"
                .to_vec();
        own_labels_only(&mut none, "t1");
        assert!(!String::from_utf8(none).unwrap().contains("msip_labels"));
    }
}
