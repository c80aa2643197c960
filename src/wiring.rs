//! Wiring: each stage builds its own runtime object from its config section,
//! here, for `serve` and for `check-config` (which reports what would fail at
//! start: unreadable keys, bad certificates, patterns that do not compile).
//!
//! The config itself stays plain data ([`crate::config::Config`]); verbs that
//! only read the database (`queue list`, `audit verify`) never build these, so
//! they need no access to private keys.

use std::path::Path;
use std::sync::Arc;

use crate::accept::Preparer;
use crate::config::{
    Config, ConfigError, ConfigErrors, DkimKeySection, FileConfig, PolicyVersion, TlsSection,
};
use crate::dkim::Signer;
use crate::policy::engine::Engine;
use crate::policy::rules::PolicySection;
use crate::store::MasterKeys;

/// The built engines of one configuration.
pub struct Engines {
    /// Inbound TLS (STARTTLS and implicit TLS) when `[tls]` is set.
    pub tls: Option<Arc<rustls::ServerConfig>>,
    /// The same, asking clients for certificates (checked against the public
    /// roots and `[tls] client_ca_files`): for listeners with m365 or google
    /// `[[source]]` profiles, and the roots client certificates are verified against.
    pub tls_clients: Option<(Arc<rustls::ServerConfig>, Arc<rustls::RootCertStore>)>,
    pub dkim: Arc<Signer>,
    pub policy: Arc<Engine>,
    /// The policy version the engines were built from (named in `classified`).
    pub policy_version: Arc<PolicyVersion>,
}

/// The inbound TLS config that also asks for client certificates, and the
/// roots they are verified against.
fn client_tls(
    t: Option<&TlsSection>,
    err: &mut impl FnMut(String, String, String),
) -> Option<(Arc<rustls::ServerConfig>, Arc<rustls::RootCertStore>)> {
    let t = t?;
    let cas: Vec<std::path::PathBuf> = t.client_ca_files.iter().map(Into::into).collect();
    let built = crate::smtp::tls::client_roots(&cas).and_then(|roots| {
        crate::smtp::tls::server_config_with_clients(Path::new(&t.cert), Path::new(&t.key))
            .map(|c| (Arc::new(c), Arc::new(roots)))
    });
    match built {
        Ok(b) => Some(b),
        Err(e) if e.key == "client_ca_files" => {
            err(
                format!("tls.{}", e.key),
                e.problem,
                "point tls.client_ca_files at PEM CA certificates".into(),
            );
            None
        }
        // A certificate or key problem is reported once, for [tls] itself.
        Err(_) => None,
    }
}

/// The portal's certificate and key load and fit together.
fn portal_tls_problems<P: AsRef<Path>>(path: &Path, files: Option<(P, P)>) -> Vec<ConfigError> {
    let Some((cert, key)) = files else {
        return Vec::new();
    };
    match crate::smtp::tls::server_config(cert.as_ref(), key.as_ref()) {
        Ok(_) => Vec::new(),
        Err(e) => vec![ConfigError {
            file: path.to_path_buf(),
            key: format!("portal.{}", e.key),
            problem: e.problem,
            fix:
                "point portal.cert at a PEM certificate chain and portal.key at its PEM private key"
                    .into(),
        }],
    }
}

impl Engines {
    /// Build every engine, collecting every problem (file, key, fix).
    pub fn build(cfg: &Config) -> Result<Self, ConfigErrors> {
        let mut engines =
            Self::from_sections(&cfg.path, cfg.tls.as_ref(), &cfg.dkim_keys, &cfg.policy)?;
        let errs = portal_tls_problems(&cfg.path, cfg.portal.as_ref().map(|p| (&p.cert, &p.key)));
        if !errs.is_empty() {
            return Err(ConfigErrors(errs));
        }
        engines.policy_version = Arc::new(PolicyVersion::of(cfg));
        Ok(engines)
    }

    /// The problems building would meet, from the sections as parsed (for
    /// [`crate::config::load_with`]: reported with the loader's own).
    pub fn problems(path: &Path, f: &FileConfig) -> Vec<ConfigError> {
        let portal = (f.portal.enabled && !f.portal.cert.is_empty() && !f.portal.key.is_empty())
            .then(|| (Path::new(&f.portal.cert), Path::new(&f.portal.key)));
        let mut errs = match Self::from_sections(path, f.tls.as_ref(), &f.dkim.key, &f.policy) {
            Ok(_) => Vec::new(),
            Err(ConfigErrors(errs)) => errs,
        };
        errs.extend(portal_tls_problems(path, portal));
        errs
    }

    fn from_sections(
        path: &Path,
        tls: Option<&TlsSection>,
        dkim_keys: &[DkimKeySection],
        policy: &PolicySection,
    ) -> Result<Self, ConfigErrors> {
        let mut errs = Vec::new();
        let mut err = |key: String, problem: String, fix: String| {
            errs.push(ConfigError {
                file: path.to_path_buf(),
                key,
                problem,
                fix,
            })
        };
        let tls_section = tls;
        let tls = tls.and_then(|t| {
            match crate::smtp::tls::server_config(Path::new(&t.cert), Path::new(&t.key)) {
                Ok(c) => Some(Arc::new(c)),
                Err(e) => {
                    err(
                        format!("tls.{}", e.key),
                        e.problem,
                        "point tls.cert at a PEM certificate chain and tls.key at its PEM private key"
                            .into(),
                    );
                    None
                }
            }
        });
        let tls_clients = tls.as_ref().and_then(|_| client_tls(tls_section, &mut err));
        let dkim = Signer::load(dkim_keys).unwrap_or_else(|bad| {
            for (i, problem) in bad {
                err(
                    format!("dkim.key[{i}].private_key"),
                    problem.to_string(),
                    problem.fix(),
                );
            }
            Signer::default()
        });
        let policy = Engine::new(policy.clone()).map_err(|problem| {
            err(
                "policy.detectors".into(),
                problem.to_string(),
                "fix the pattern (regular expressions in the Rust regex syntax) or remove it"
                    .into(),
            )
        });
        match (policy, errs.is_empty()) {
            (Ok(policy), true) => Ok(Self {
                tls,
                tls_clients,
                dkim: Arc::new(dkim),
                policy: Arc::new(policy),
                policy_version: Arc::new(PolicyVersion {
                    sha256: String::new(),
                    document: String::new(),
                }),
            }),
            _ => Err(ConfigErrors(errs)),
        }
    }

    /// The acceptance stage's engines, sealing under `keys`.
    pub fn preparer(&self, keys: Arc<MasterKeys>) -> Arc<Preparer> {
        Arc::new(Preparer::new(
            self.policy.clone(),
            self.policy_version.clone(),
            self.dkim.clone(),
            keys,
        ))
    }
}
