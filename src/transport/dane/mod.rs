//! DANE for SMTP: authenticating an MX host's TLS certificate with DNSSEC-validated
//! TLSA records (RFC 7672 "SMTP Security via Opportunistic DANE TLS", RFC 7671 "DANE
//! Protocol: Updates and Operational Guidance", RFC 6698 "DANE TLSA"), as a rustls
//! [`ServerCertVerifier`].
//!
//! Pure logic: no DNS here. The caller passes the TLSA records it already looked up.
//!
//! # What callers must do
//!
//! - Pass only records from a **DNSSEC-secure** TLSA lookup of `_25._tcp.<mx host>`
//!   (RFC 7672 §2.2), for an MX host name that itself came from secure DNS. Records
//!   from an insecure or bogus answer must never reach this module: an attacker could
//!   have forged them.
//! - Filter with [`usable_records`] (or just call [`DaneVerifier::new`], which does).
//!   If no record is usable (`new` returns `None`) this verifier cannot be used: the
//!   host published secure but unusable TLSA records, and RFC 7672 §2.2 then still
//!   expects TLS, only without authentication (Postfix's "encrypt" level); it is no
//!   licence for cleartext and no reason to substitute PKIX.
//! - Give as reference identifiers the MX host name and, when the MX RRset itself was
//!   DNSSEC-secure, also the next-hop domain (RFC 7672 §3.2.2). They only matter for
//!   DANE-TA(2).
//! - Connect with [`client_config`] and send the MX host name as SNI (RFC 7672 §8.1).
//!   One verifier per connection attempt: it remembers the outcome of the last
//!   handshake ([`DaneVerifier::failure`], [`DaneVerifier::matched`]) for the audit
//!   evidence and TLS-RPT ([`DaneFailure::tlsrpt_result_type`]).
//! - When DANE applies and STARTTLS is missing or verification fails, the delivery to
//!   that MX fails (temporarily) and the next MX is tried. It **never** falls back to
//!   cleartext or to unauthenticated TLS (RFC 7672 §2.2, downgrade resistance).
//!
//! # Usages
//!
//! - **DANE-EE(3)** pins the server's own certificate or public key. A match
//!   authenticates the server *without* name checks and *without* validity dates
//!   (RFC 7672 §3.1.1, RFC 7671 §5.1): the key-to-name binding is made by the
//!   DNSSEC-signed TLSA record, not by the certificate, and its lifetime is the
//!   lifetime of the DNSSEC signatures. Self-signed and expired certificates are fine
//!   and common in DANE deployments.
//! - **DANE-TA(2)** names a trust anchor that must appear in the chain the server sends
//!   (or, for `2 0 0`, is carried in the record itself). The end-entity certificate
//!   must chain to it, with the usual checks (validity dates included), and must be
//!   valid for one of the reference identifiers (RFC 7672 §3.1.2 and §3.2.3; wildcard
//!   handling is webpki's: the leftmost label only).
//! - **PKIX-TA(0) / PKIX-EE(1)** are unusable for SMTP (RFC 7672 §3.1.3), as are
//!   unknown usages, selectors and matching types, and digests of the wrong length.
//!
//! Digest algorithm agility (RFC 7671 §9): for each usage and selector, only the
//! strongest digest present (SHA2-512 over SHA2-256) is used; `Full(0)` records are
//! always kept.

mod der_walk;
#[cfg(test)]
mod tests;
mod tlsa;
mod verify;

pub use tlsa::*;
pub use verify::*;
