//! Configuration: one TOML file, sections by pipeline stage.
//!
//! `load` reads the file, `validate` turns it into a checked [`Config`] and collects
//! *every* problem at once, each naming the file, the key and the fix
//! (`phirelay check-config` prints them all). Every key is documented in
//! `docs/configuration.md`; the commented example is `config/phirelay.toml`.
//! Secrets seen here: argon2 password hashes and the master-key path (never the key).

mod api;
mod error;
mod file;
mod listen;
mod metrics;
mod pg_url;
mod portal;
mod sources;
mod suppression;
mod validate;
mod version;

pub use api::{ApiConfig, ApiSection};
pub use error::{ConfigError, ConfigErrors};
pub use file::*;
pub use listen::ListenerConfig;
pub use portal::{PortalConfig, PortalSection, SenderNote};
pub use sources::{DomainPattern, Source, SourceKind, SourceSection};
pub use suppression::Suppression;
pub use validate::{
    Config, DnsConfig, RelayUser, Route, StoreConfig, TransportConfig, load, load_with,
    read_secret, redact_url,
};
pub use version::PolicyVersion;
