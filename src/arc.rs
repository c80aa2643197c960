//! ARC (RFC 8617) for mail from an upstream `[[source]]`: the relay changes
//! such mail (cloud headers removed, a loop marker added, a subject tag
//! stripped), which breaks the cloud's DKIM signature, so it records what it
//! verified on receipt (DKIM and the incoming ARC chain, `ArcInput`, gathered
//! by the SMTP entrance) and seals the message as it leaves: an
//! ARC-Authentication-Results, ARC-Message-Signature and ARC-Seal with the
//! From domain's DKIM key. A chain that already failed is not sealed again.

use std::net::IpAddr;

use mail_auth::arc::{ArcSealer, Set};
use mail_auth::common::crypto::DkimKey;
use mail_auth::common::headers::{Header, HeaderWriter};
use mail_auth::dkim::Done;
use mail_auth::{ArcOutput, AuthenticatedMessage, AuthenticationResults, DkimOutput, DkimResult};

/// The incoming chain as the entrance verified it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chain {
    None,
    Pass,
    Fail,
}

/// What the entrance verified on receipt, as plain data.
#[derive(Debug, Clone)]
pub struct ArcInput {
    pub chain: Chain,
    /// (signing domain, selector, passed) of each DKIM signature received.
    pub dkim: Vec<(String, String, bool)>,
    pub client_ip: IpAddr,
    /// This relay's name in the results (`authserv-id`).
    pub hostname: String,
}

/// The ARC header set for `message` (empty when there is no key for its
/// From domain, or the chain cannot be sealed).
pub fn seal(signer: &crate::dkim::Signer, message: &[u8], input: &ArcInput) -> Vec<u8> {
    let Some(sealer) = signer.sealer_for(message) else {
        return Vec::new();
    };
    let Some(msg) = AuthenticatedMessage::parse(message) else {
        return Vec::new();
    };
    match seal_parsed(sealer, &msg, input) {
        Ok(h) => h,
        Err(e) => {
            tracing::warn!(error = %e, "ARC seal not added");
            Vec::new()
        }
    }
}

fn seal_parsed(
    sealer: &ArcSealer<DkimKey, Done>,
    msg: &AuthenticatedMessage,
    input: &ArcInput,
) -> Result<Vec<u8>, mail_auth::Error> {
    let from = msg.from.first().map(|f| f.as_str()).unwrap_or("");
    let from_domain = from.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
    let outputs: Vec<DkimOutput> =
        msg.dkim_headers
            .iter()
            .map(|h| {
                let passed = input.dkim.iter().any(|(d, s, ok)| {
                    *ok && d.eq_ignore_ascii_case(&h.header.d) && *s == h.header.s
                });
                let out = match passed {
                    true => DkimOutput::pass(),
                    false => DkimOutput::fail(mail_auth::Error::Crypto(
                        mail_auth::common::crypto::CryptoError::FailedVerification,
                    )),
                };
                out.with_signature(&h.header)
            })
            .collect();
    let chain = incoming_chain(msg, input.chain);
    if !chain.can_be_sealed() {
        return Ok(Vec::new());
    }
    let results = AuthenticationResults::new(&input.hostname)
        .with_dkim_results(&outputs, from_domain)
        .with_arc_result(&chain, input.client_ip);
    let set = sealer.seal(msg, &results, &chain)?;
    Ok(set.to_header().into_bytes())
}

/// The incoming chain as mail-auth's sealer reads it: the verdict and the
/// newest set (the sealer numbers the new set after it).
fn incoming_chain<'x>(msg: &'x AuthenticatedMessage<'x>, chain: Chain) -> ArcOutput<'x> {
    let newest = msg.as_headers.iter().max_by_key(|h| h.header.i);
    let Some(seal) = newest else {
        return ArcOutput::default();
    };
    let i = seal.header.i;
    let ams = msg.ams_headers.iter().find(|h| h.header.i == i);
    let aar = msg.aar_headers.iter().find(|h| h.header.i == i);
    let result = match chain {
        Chain::Pass => DkimResult::Pass,
        _ => DkimResult::Fail(mail_auth::Error::Arc(mail_auth::arc::ArcError::BrokenChain)),
    };
    let (Some(ams), Some(aar)) = (ams, aar) else {
        return ArcOutput::default().with_result(result);
    };
    ArcOutput::default().with_result(result).with_set(Set {
        signature: Header {
            name: ams.name,
            value: ams.value,
            header: &ams.header,
        },
        seal: Header {
            name: seal.name,
            value: seal.value,
            header: &seal.header,
        },
        results: Header {
            name: aar.name,
            value: aar.value,
            header: &aar.header,
        },
    })
}
