//! DNSSEC trust anchors from `[dns] trust_anchor_file`: DNSKEY lines (used as
//! they are) and DS lines (the form IANA publishes, RFC 7958). A DS anchor is
//! turned into the zone's key at start: the zone's DNSKEY set is fetched and a
//! key is trusted only when its digest matches the DS (RFC 4034 §5.1.4), so the
//! fetch itself needs no trust. No match is a start-up error, never a silent
//! fallback to no validation.

use std::path::Path;

use hickory_resolver::TokioResolver;
use hickory_resolver::proto::dnssec::rdata::{DNSKEY, DNSSECRData, DS};
use hickory_resolver::proto::dnssec::{Algorithm, DigestType, TrustAnchors};
use hickory_resolver::proto::rr::{LowerName, Name, RData, RecordType};

/// Why the anchors could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum AnchorError {
    #[error("cannot read it: {0}")]
    Read(String),
    #[error("line {line}: {reason}")]
    Line { line: usize, reason: String },
    #[error("no DS or DNSKEY records in it")]
    Empty,
    #[error("cannot fetch the DNSKEY records of {zone} to match its DS anchor: {reason}")]
    Fetch { zone: String, reason: String },
    #[error("no DNSKEY of {zone} matches its DS anchor (key tag {key_tag})")]
    NoMatch { zone: String, key_tag: u16 },
}

/// The file, parsed: DNSKEY text for hickory's own parser, and DS records.
pub struct AnchorFile {
    dnskey_lines: String,
    ds: Vec<(Name, DS)>,
}

impl AnchorFile {
    pub fn read(path: &Path) -> Result<Self, AnchorError> {
        let text = std::fs::read_to_string(path).map_err(|e| AnchorError::Read(e.to_string()))?;
        Self::parse(&text)
    }

    /// Zone-file lines: `owner [ttl] [class] DS|DNSKEY rdata`; `;` starts a comment.
    pub fn parse(text: &str) -> Result<Self, AnchorError> {
        let mut dnskey_lines = String::new();
        let mut ds = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split(';').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let tokens: Vec<&str> = line.split_whitespace().collect();
            let at = |t: &str| tokens.iter().position(|x| x.eq_ignore_ascii_case(t));
            let bad = |reason: String| AnchorError::Line {
                line: i + 1,
                reason,
            };
            if at("DNSKEY").is_some() {
                dnskey_lines.push_str(line);
                dnskey_lines.push('\n');
            } else if let Some(p) = at("DS") {
                let owner = Name::from_ascii(tokens[0]).map_err(|e| bad(e.to_string()))?;
                ds.push((owner, parse_ds(&tokens[p + 1..]).map_err(bad)?));
            } else {
                return Err(bad("only DS and DNSKEY records can be anchors".into()));
            }
        }
        if dnskey_lines.is_empty() && ds.is_empty() {
            return Err(AnchorError::Empty);
        }
        // DNSKEY lines are parsed exactly as hickory will use them.
        if !dnskey_lines.is_empty() {
            dnskey_lines
                .parse::<TrustAnchors>()
                .map_err(|e| AnchorError::Line {
                    line: 0,
                    reason: format!("DNSKEY records: {e}"),
                })?;
        }
        Ok(Self { dnskey_lines, ds })
    }

    pub fn has_ds(&self) -> bool {
        !self.ds.is_empty()
    }

    /// The anchors to validate with: the DNSKEY lines, plus, for each DS, the
    /// zone's keys whose digest it matches (fetched with `fetch`, not validated).
    pub async fn resolve(&self, fetch: &TokioResolver) -> Result<TrustAnchors, AnchorError> {
        let mut anchors = match self.dnskey_lines.is_empty() {
            true => TrustAnchors::empty(),
            false => self
                .dnskey_lines
                .parse::<TrustAnchors>()
                .map_err(|e| AnchorError::Line {
                    line: 0,
                    reason: e.to_string(),
                })?,
        };
        for (zone, ds) in &self.ds {
            let keys = zone_keys(fetch, zone).await?;
            let matching: Vec<&DNSKEY> = keys
                .iter()
                .filter(|k| ds.covers(zone, k).unwrap_or(false))
                .collect();
            if matching.is_empty() {
                return Err(AnchorError::NoMatch {
                    zone: zone.to_string(),
                    key_tag: ds.key_tag(),
                });
            }
            for key in matching {
                match zone.is_root() {
                    true => anchors.insert(key.public_key()),
                    false => anchors.insert_with_name(key.public_key(), LowerName::from(zone)),
                };
            }
        }
        Ok(anchors)
    }
}

fn parse_ds(rdata: &[&str]) -> Result<DS, String> {
    let [tag, alg, digest_type, digest @ ..] = rdata else {
        return Err("a DS record needs a key tag, an algorithm, a digest type and a digest".into());
    };
    let tag: u16 = tag
        .parse()
        .map_err(|_| format!("key tag {tag:?} is not a number"))?;
    let alg: u8 = alg
        .parse()
        .map_err(|_| format!("algorithm {alg:?} is not a number"))?;
    let dt: u8 = digest_type
        .parse()
        .map_err(|_| format!("digest type {digest_type:?} is not a number"))?;
    let digest_type = DigestType::from(dt);
    // SHA-1 DS digests are deprecated (RFC 8624 §3.3): not accepted as anchors.
    if !matches!(digest_type, DigestType::SHA256 | DigestType::SHA384) {
        return Err(format!(
            "digest type {dt} is not accepted (use 2, SHA-256, or 4, SHA-384)"
        ));
    }
    let hex: String = digest.concat();
    if hex.is_empty() {
        return Err("the digest is missing".into());
    }
    let bytes = hex::decode(&hex).map_err(|_| "the digest is not hexadecimal".to_string())?;
    Ok(DS::new(tag, Algorithm::from_u8(alg), digest_type, bytes))
}

async fn zone_keys(fetch: &TokioResolver, zone: &Name) -> Result<Vec<DNSKEY>, AnchorError> {
    let failed = |reason: String| AnchorError::Fetch {
        zone: zone.to_string(),
        reason,
    };
    let lookup = fetch
        .lookup(zone.clone(), RecordType::DNSKEY)
        .await
        .map_err(|e| failed(e.to_string()))?;
    Ok(lookup
        .answers()
        .iter()
        .filter_map(|r| match &r.data {
            RData::DNSSEC(DNSSECRData::DNSKEY(k)) => Some(k.clone()),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ds_lines_parse_and_garbage_is_refused() {
        let iana =
            ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n";
        let f = AnchorFile::parse(iana).unwrap();
        assert!(f.has_ds());
        assert_eq!(f.ds[0].1.key_tag(), 20326);
        let with_ttl = ". 172800 IN DS 38696 8 2 683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A4 C0FB2B16 ; 2024\n";
        assert!(AnchorFile::parse(with_ttl).is_ok());
        for bad in [
            "",
            "; only a comment\n",
            ". IN DS 20326 8 2 XYZ\n",
            ". IN DS 20326 8 9 E06D44B8\n",
            ". IN DS 20326 8 1 E06D44B8\n",
            ". IN DS abc 8 2 E06D44B8\n",
            ". IN A 192.0.2.1\n",
            ". IN DS 20326\n",
        ] {
            assert!(AnchorFile::parse(bad).is_err(), "{bad:?}");
        }
    }
}
