//! `[[listener]]`: the SMTP listeners, checked.

use std::net::SocketAddr;

use super::file::{FileConfig, ListenerMode, ListenerSection};

#[derive(Debug, Clone)]
pub struct ListenerConfig {
    pub address: SocketAddr,
    pub mode: ListenerMode,
    pub require_auth: bool,
    pub require_tls: bool,
    /// `[[source]]` names this listener accepts from; empty: the
    /// `[relay]` rules (allowed networks, AUTH).
    pub sources: Vec<String>,
}

pub(super) fn listeners(
    f: &FileConfig,
    err: &mut impl FnMut(&str, String, &str),
) -> Vec<ListenerConfig> {
    let mut listeners = Vec::new();
    let sections = if f.listener.is_empty() {
        vec![ListenerSection {
            address: "127.0.0.1:2525".into(),
            mode: ListenerMode::Smtp,
            require_auth: false,
            require_tls: false,
            sources: Vec::new(),
        }]
    } else {
        f.listener.clone()
    };
    for (i, l) in sections.iter().enumerate() {
        match l.address.parse::<SocketAddr>() {
            Ok(address) => listeners.push(ListenerConfig {
                address,
                mode: l.mode,
                require_auth: l.require_auth,
                require_tls: l.require_tls,
                sources: l.sources.clone(),
            }),
            Err(_) => err(
                &format!("listener[{i}].address"),
                format!("{:?} is not an IP:port", l.address),
                "write it as \"127.0.0.1:2525\" or \"[::1]:465\" (no host names)",
            ),
        }
        let needs_tls = l.mode == ListenerMode::Submissions || l.require_tls;
        if needs_tls && f.tls.is_none() {
            err(
                &format!("listener[{i}].mode"),
                "this listener needs TLS but there is no [tls] section".into(),
                "add [tls] with cert and key, or use mode = \"smtp\" without require_tls",
            );
        }
        for name in &l.sources {
            let kind = f
                .source
                .iter()
                .find(|s| &s.name == name)
                .and_then(|s| s.kind);
            let certs = matches!(
                kind,
                Some(super::sources::SourceKindName::M365 | super::sources::SourceKindName::Google)
            );
            if certs && f.tls.is_none() {
                err(
                    &format!("listener[{i}].sources"),
                    format!(
                        "source {name:?} checks client certificates, which needs TLS, and there is no [tls] section"
                    ),
                    "add [tls] with cert and key (the upstream connects with STARTTLS)",
                );
            }
            if !f.source.iter().any(|s| &s.name == name) {
                err(
                    &format!("listener[{i}].sources"),
                    format!("no [[source]] is named {name:?}"),
                    "name a [[source]] defined in this file, or remove it",
                );
            }
        }
        if l.require_auth && f.relay.user.is_empty() {
            err(
                &format!("listener[{i}].require_auth"),
                "AUTH is required but no [[relay.user]] is configured".into(),
                "add a [[relay.user]] (see `phirelay hash-password`) or set require_auth = false",
            );
        }
    }

    if !f.relay.user.is_empty() && f.tls.is_none() {
        err(
            "relay.user",
            "AUTH is offered only over TLS and there is no [tls] section".into(),
            "add [tls] with cert and key, or remove the [[relay.user]] entries",
        );
    }
    listeners
}
