//! The `[[source]]` gate of a listener that names profiles (the checks are in
//! `source.rs`): at MAIL the connection and envelope sender narrow the
//! profiles to candidates, at the end of DATA one candidate must pass every
//! header check. A refusal is `550 5.7.1 Not authorised: <check>` (`554
//! 5.4.6` for a loop, `451 4.4.3` when a DKIM key lookup failed for now) with
//! a `rejected` event (`reason` `source_check`, the profile and the check;
//! at MAIL aggregated per client address like relay denials); nothing is
//! stored.

use mail_auth::{AuthenticatedMessage, DkimResult};

use super::envelope::Envelope;
use super::reply::Reply;
use super::session::{Session, canonical_ip};
use super::source::{self, Check, Connection, Failure, MessageFacts};
use crate::arc::{ArcInput, Chain};
use crate::audit::details::{RejectReason, SourceAuth};
use crate::config::Source;

impl Session {
    /// The listener's profiles, in its `sources` order.
    fn profiles(&self) -> Vec<&Source> {
        self.lcfg
            .sources
            .iter()
            .filter_map(|n| self.srv.cfg.sources.iter().find(|s| &s.name == n))
            .collect()
    }

    /// At MAIL: the candidate profiles' names (empty when the listener names
    /// none), or None after refusing.
    pub(super) async fn source_gate_mail(&mut self, sender: &str) -> Option<Vec<String>> {
        if self.lcfg.sources.is_empty() {
            return Some(Vec::new());
        }
        let conn = Connection {
            ip: canonical_ip(self.peer),
            certificate: self.client_cert.as_deref(),
            auth_user: self.auth_user.as_deref(),
        };
        match source::candidates(&self.profiles(), &conn, sender) {
            Ok(found) => Some(found.iter().map(|s| s.name.clone()).collect()),
            Err(f) => {
                self.refuse_source(&f, sender, true).await;
                None
            }
        }
    }

    /// At the end of DATA: what authorises the message (its route header
    /// taken out of `body`); Err after refusing.
    pub(super) async fn source_gate_data(
        &mut self,
        env: &Envelope,
        body: &mut Vec<u8>,
    ) -> Result<Option<(SourceAuth, Option<ArcInput>)>, ()> {
        if self.lcfg.sources.is_empty() {
            return Ok(None);
        }
        let candidates: Vec<&Source> = self
            .profiles()
            .into_iter()
            .filter(|s| env.sources.contains(&s.name))
            .collect();
        if let Some(s) = candidates
            .iter()
            .find(|s| self.srv.loop_guard.seen(body, &s.name))
        {
            let f = Failure {
                source: s.name.clone(),
                check: Check::Loop,
            };
            self.refuse_source(&f, &env.from, false).await;
            return Err(());
        }
        let facts = MessageFacts::read(body);
        // Only cloud upstreams sign and seal on their side: mail of internal
        // apps and servers (auth, network) needs no lookups.
        let cloud = candidates
            .iter()
            .any(|s| !s.kind.certificate_names().is_empty());
        let (dkim, chain, dkim_temp) = match cloud {
            true => self.verify_received(body).await,
            false => (Vec::new(), Chain::None, false),
        };
        let mut passed: Vec<String> = dkim
            .iter()
            .filter(|(_, _, ok)| *ok)
            .map(|(d, _, _)| d.clone())
            .collect();
        passed.sort();
        passed.dedup();
        let mut first = None;
        for s in candidates {
            match source::message_check(s, &facts, &passed) {
                Ok(mut auth) => {
                    auth.arc_chain = match chain {
                        Chain::None => "none",
                        Chain::Pass => "pass",
                        Chain::Fail => "fail",
                    };
                    super::hygiene::clean(body, s, &auth);
                    // Sealed only with what was really verified on receipt.
                    let verified = cloud && self.srv.dkim_verifier.is_some();
                    let arc = verified.then(|| ArcInput {
                        chain,
                        dkim,
                        client_ip: canonical_ip(self.peer),
                        hostname: self.srv.cfg.hostname.clone(),
                    });
                    return Ok(Some((auth, arc)));
                }
                Err(check) => {
                    // A DNS failure must not bounce mail for good.
                    let check = match (check, dkim_temp) {
                        (Check::DkimSignature, true) => Check::DkimTemporary,
                        (c, _) => c,
                    };
                    first.get_or_insert(Failure {
                        source: s.name.clone(),
                        check,
                    });
                }
            }
        }
        let f = first.unwrap_or(Failure {
            source: String::new(),
            check: Check::SourceAddress,
        });
        self.refuse_source(&f, &env.from, false).await;
        Err(())
    }

    /// DKIM signatures (domain, selector, passed) and the ARC chain of the
    /// message as received, before the relay changes anything; and whether
    /// a key lookup failed for now (or there is no verifier at all).
    async fn verify_received(&self, body: &[u8]) -> (Vec<(String, String, bool)>, Chain, bool) {
        let (Some(verifier), Some(msg)) =
            (&self.srv.dkim_verifier, AuthenticatedMessage::parse(body))
        else {
            return (Vec::new(), Chain::None, self.srv.dkim_verifier.is_none());
        };
        let outputs = verifier.verify_dkim(&msg).await;
        let temp = outputs
            .iter()
            .any(|o| matches!(o.result(), DkimResult::TempError(_)));
        let dkim = outputs
            .iter()
            .filter_map(|o| {
                let s = o.signature()?;
                Some((
                    s.d.to_ascii_lowercase(),
                    s.s.clone(),
                    *o.result() == DkimResult::Pass,
                ))
            })
            .collect();
        let arc = verifier.verify_arc(&msg).await;
        let chain = match arc.result() {
            DkimResult::Pass => Chain::Pass,
            DkimResult::None => Chain::None,
            _ => Chain::Fail,
        };
        (dkim, chain, temp)
    }

    /// Refuse and audit; `at_mail`: before any source matched (anyone can
    /// try that), so the audit rows are aggregated per client address.
    async fn refuse_source(&mut self, f: &Failure, mail_from: &str, at_mail: bool) {
        let r = match f.check {
            Check::DkimTemporary => Reply::new(
                451,
                "4.4.3",
                "Temporary failure verifying the DKIM signature; try again later",
            ),
            Check::Loop => Reply::new(
                554,
                "5.4.6",
                "Routing loop detected: this message passed here before",
            ),
            _ => Reply::owned(
                550,
                "5.7.1",
                format!("Not authorised: {}", f.check.describe()),
            ),
        };
        tracing::info!(source = %f.source, check = f.check.as_str(), "source check failed");
        self.send(&r);
        let ip = canonical_ip(self.peer);
        if at_mail && self.srv.guard.failure(ip, f.check.as_str()) == super::guard::Record::Counted
        {
            return;
        }
        let mut d = self.rejected(&r, RejectReason::SourceCheck);
        d.mail_from = Some(mail_from.to_string());
        d.source = Some(f.source.clone());
        d.check = Some(f.check.as_str());
        self.audit_rejected(d, None).await;
    }
}
