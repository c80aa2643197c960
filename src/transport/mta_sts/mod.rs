//! MTA-STS (RFC 8461): the `_mta-sts` TXT record, the HTTPS policy file, MX pattern
//! matching, and the policy fetcher.
//!
//! - [`parse_txt`] / [`parse_txt_records`]: the TXT record (§3.1), parsed with mail-auth.
//!   Anything but exactly one `v=STSv1` record means "no policy".
//! - [`parse_policy`]: the policy file (§3.2). [`mx_matches`] and [`decide`]: which MX
//!   hosts a policy allows (§4.1) and what that means for delivery (§5).
//! - [`Fetcher`]: GET `https://mta-sts.<domain>/.well-known/mta-sts.txt` (§3.3) through
//!   the relay's own rustls config (PKIX) and DNS resolver ([`HickoryResolve`]).
//!
//! How the caller treats failures:
//! - TXT lookup fails or gives no valid record: use a cached, unexpired policy if there is
//!   one (§5.1); otherwise the domain has no MTA-STS.
//! - [`FetchError`] or [`PolicyError`] (every variant): never a delivery failure. Keep
//!   using a cached, unexpired policy; without one deliver as though the domain had no
//!   MTA-STS (§3.3, §5.1). Report it with [`FetchError::result_type`] (TLS-RPT, RFC 8460
//!   §4.3.2.1) and do not refetch for the same id for a while (§3.3 suggests >= 5 minutes).
//! - [`Decision::Refuse`] (enforce, MX not listed) and TLS failures under an enforce
//!   policy: do not deliver to that MX, but only ever fail temporarily: a permanent failure
//!   needs a fresh check for an updated policy first (§5.1).

mod fetch;
mod policy;

pub use fetch::*;
pub use policy::*;

#[cfg(test)]
mod tests;
