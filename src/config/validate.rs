//! Load the file and turn it into a checked [`Config`]: parse addresses and CIDRs,
//! load the TLS certificate, check password hashes, resolve paths. Relative paths
//! are taken from the current working directory (systemd units use absolute ones).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ipnet::IpNet;

use super::error::{ConfigError, ConfigErrors, locate, missing_field};
use super::file::*;
use super::listen::ListenerConfig;

/// The checked configuration the daemon runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub path: PathBuf,
    pub hostname: String,
    pub node_id: String,
    pub data_dir: PathBuf,
    pub shutdown_grace: Duration,
    pub log_format: LogFormat,
    pub log_level: String,
    pub listeners: Vec<ListenerConfig>,
    /// `[tls]` when set: STARTTLS and implicit TLS use it (built by `wiring`).
    pub tls: Option<TlsSection>,
    pub allowed_networks: Vec<IpNet>,
    pub users: Vec<RelayUser>,
    pub limits: Limits,
    pub store: StoreConfig,
    pub queue: QueueSection,
    pub dns: DnsConfig,
    pub transport: TransportConfig,
    /// `[[dkim.key]]`; empty when `[dkim]` has none (loaded by `wiring`).
    pub dkim_keys: Vec<DkimKeySection>,
    /// `[policy]`, with the consumer-domains file merged in (compiled by `wiring`).
    pub policy: crate::policy::rules::PolicySection,
    /// `[portal]` when enabled.
    pub portal: Option<super::PortalConfig>,
    /// `[[source]]` profiles, checked.
    pub sources: Vec<super::Source>,
    /// `[metrics]` listen address, when enabled.
    pub metrics: Option<SocketAddr>,
    /// `metrics.destination_domains`, lower case, without a trailing dot.
    pub metrics_destination_domains: Vec<String>,
    /// `[suppression]`, when enabled.
    pub suppression: Option<super::Suppression>,
    /// `[api]`, when enabled.
    pub api: Option<super::ApiConfig>,
}

#[derive(Debug, Clone)]
pub struct DnsConfig {
    /// Empty: use /etc/resolv.conf.
    pub nameservers: Vec<SocketAddr>,
    pub timeout: Duration,
    pub dnssec: bool,
    pub trust_anchor_file: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct TransportConfig {
    pub helo_name: String,
    pub connect_timeout: Duration,
    pub command_timeout: Duration,
    pub data_init_timeout: Duration,
    pub data_done_timeout: Duration,
    /// The SMTP port of MX hosts: 25. Not a config key: a test seam the test
    /// suite sets in code (its MX hosts are unprivileged sinks on loopback).
    pub smtp_port: u16,
    pub routes: Vec<Route>,
    pub default_tls: TlsLevel,
    /// Per-domain levels (lower-case domain → level).
    pub tls_levels: Vec<(String, TlsLevel)>,
    pub mta_sts: bool,
    /// Extra PKIX trust anchors (DER), loaded from `extra_ca_files`.
    pub extra_cas: Vec<Vec<u8>>,
    /// The HTTPS port of MTA-STS policy hosts: 443. A test seam, as `smtp_port`.
    pub mta_sts_port: u16,
    /// See `[transport] honor_tls_required_no`.
    pub honor_tls_required_no: bool,
}

impl TransportConfig {
    pub fn tls_level(&self, domain: &str) -> TlsLevel {
        self.tls_levels
            .iter()
            .find(|(d, _)| d == domain)
            .map(|(_, l)| *l)
            .unwrap_or(self.default_tls)
    }
}

/// A static route: mail for `domain` ("*" = any) goes to `host:port`, not to the MX.
#[derive(Clone)]
pub struct Route {
    pub domain: String,
    pub host: String,
    pub port: u16,
    pub auth: Option<(String, crate::util::Secret)>,
}

impl std::fmt::Debug for Route {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Route({} -> {}:{}{})",
            self.domain,
            self.host,
            self.port,
            if self.auth.is_some() { ", auth" } else { "" }
        )
    }
}

pub type Limits = LimitsSection;

#[derive(Clone)]
pub struct RelayUser {
    pub name: String,
    /// Argon2 PHC string (checked to parse at load time).
    pub password_hash: String,
}

impl std::fmt::Debug for RelayUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RelayUser({}, <hash redacted>)", self.name)
    }
}

#[derive(Clone)]
pub struct StoreConfig {
    pub backend: StoreBackend,
    /// sqlx URL (sqlite: derived from `path`). May hold a password: never log it.
    pub url: String,
    pub master_key_file: PathBuf,
    pub create_master_key: bool,
    pub old_master_key_files: Vec<PathBuf>,
    /// Signs audit checkpoints (`phirelay audit checkpoint`).
    pub checkpoint_key_file: PathBuf,
    pub max_batch: usize,
    pub max_connections: u32,
}

impl std::fmt::Debug for StoreConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreConfig")
            .field("backend", &self.backend)
            .field("url", &redact_url(&self.url))
            .field("master_key_file", &self.master_key_file)
            .finish_non_exhaustive()
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}{}:***{}", &url[..s + 3], &creds[..c], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Read, parse and check the config file; every problem is reported at once.
pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
    load_with(path, |_, _| Vec::new())
}

/// As [`load`], with more checks of the parsed sections (what `check-config`
/// and `serve` build from them: keys, certificates, patterns), so that their
/// problems are reported together with the loader's.
pub fn load_with(
    path: &Path,
    more: impl FnOnce(&Path, &FileConfig) -> Vec<ConfigError>,
) -> Result<Config, ConfigErrors> {
    let err = |key: &str, problem: String, fix: &str| ConfigError {
        file: path.to_path_buf(),
        key: key.to_string(),
        problem,
        fix: fix.to_string(),
    };
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigErrors(vec![err(
            "",
            format!("cannot read the file: {e}"),
            "check the --config path and its permissions",
        )])
    })?;
    let file: FileConfig = toml::from_str(&text).map_err(|e| {
        let (key, at) = locate(&text, &e);
        let fix = match missing_field(e.message()) {
            Some(_) => "add the key to that table (see docs/configuration.md)",
            None => "correct the value or remove the key (see docs/configuration.md)",
        };
        ConfigErrors(vec![err(&key, format!("{at}{}", e.message()), fix)])
    })?;
    let extra = more(path, &file);
    match (check(path, file), extra.is_empty()) {
        (Ok(cfg), true) => Ok(cfg),
        (Ok(_), false) => Err(ConfigErrors(extra)),
        (Err(ConfigErrors(mut errs)), _) => {
            errs.extend(extra);
            Err(ConfigErrors(errs))
        }
    }
}

fn check(path: &Path, f: FileConfig) -> Result<Config, ConfigErrors> {
    let mut errs = Vec::new();
    let mut err = |key: &str, problem: String, fix: &str| {
        errs.push(ConfigError {
            file: path.to_path_buf(),
            key: key.to_string(),
            problem,
            fix: fix.to_string(),
        })
    };

    if f.server.hostname.trim().is_empty() || f.server.hostname.contains(char::is_whitespace) {
        err(
            "server.hostname",
            format!("{:?} is not a host name", f.server.hostname),
            "set it to this relay's fully qualified DNS name, e.g. \"relay.example.org\"",
        );
    }
    let data_dir = PathBuf::from(&f.server.data_dir);

    let listeners = super::listen::listeners(&f, &mut err);

    let (allowed_networks, users) = relay(&f, &mut err);

    limits_and_log(&f, &mut err);

    let store = store_config(&f.store, &data_dir, &mut err);
    let queue = queue(&f, &mut err);

    let nameservers = nameservers(&f, &mut err);

    let (routes, extra_cas) = transport_parts(&f, &mut err);

    let policy_section = policy_section(&f, &mut err);

    let portal = super::portal::portal(&f.portal, f.server.hostname.trim(), &mut err);
    let user_names: Vec<String> = f.relay.user.iter().map(|u| u.name.clone()).collect();
    let sources = super::sources::sources(&f.source, &user_names, &mut err);
    let metrics = match (
        f.metrics.enabled,
        f.metrics.listen.trim().parse::<SocketAddr>(),
    ) {
        (false, _) => None,
        (true, Ok(a)) => Some(a),
        (true, Err(_)) => {
            err(
                "metrics.listen",
                format!("{:?} is not an IP:port", f.metrics.listen),
                "use e.g. \"127.0.0.1:9465\"",
            );
            None
        }
    };

    let metrics_destination_domains =
        super::metrics::metrics_domains(&f.metrics.destination_domains, &mut err);
    let suppression = super::suppression::suppression(&f.suppression, &mut err);
    let api = super::api::api(&f.api, &mut err);

    if !errs.is_empty() {
        return Err(ConfigErrors(errs));
    }
    let hostname = f.server.hostname.trim().to_string();
    let t = &f.transport;
    Ok(Config {
        path: path.to_path_buf(),
        node_id: f.server.node_id.unwrap_or_else(|| hostname.clone()),
        hostname,
        data_dir,
        shutdown_grace: Duration::from_secs(f.server.shutdown_grace_secs),
        log_format: f.log.format,
        log_level: f.log.level,
        listeners,
        tls: f.tls,
        allowed_networks,
        users,
        limits: f.limits,
        store,
        queue,
        dns: DnsConfig {
            nameservers,
            timeout: Duration::from_secs(f.dns.timeout_secs.max(1)),
            dnssec: f.dns.dnssec,
            trust_anchor_file: f.dns.trust_anchor_file.as_ref().map(PathBuf::from),
        },
        transport: TransportConfig {
            helo_name: t
                .helo_name
                .clone()
                .unwrap_or_else(|| f.server.hostname.trim().to_string()),
            connect_timeout: Duration::from_secs(t.connect_timeout_secs.max(1)),
            command_timeout: Duration::from_secs(t.command_timeout_secs.max(1)),
            data_init_timeout: Duration::from_secs(t.data_init_timeout_secs.max(1)),
            data_done_timeout: Duration::from_secs(t.data_done_timeout_secs.max(1)),
            smtp_port: 25,
            routes,
            default_tls: t.default_tls,
            tls_levels: t
                .tls
                .iter()
                .map(|o| (o.domain.trim_end_matches('.').to_ascii_lowercase(), o.level))
                .collect(),
            mta_sts: t.mta_sts,
            honor_tls_required_no: t.honor_tls_required_no,
            extra_cas,
            mta_sts_port: 443,
        },
        dkim_keys: f.dkim.key,
        policy: policy_section,
        portal,
        sources,
        metrics,
        metrics_destination_domains,
        suppression,
        api,
    })
}

fn relay(f: &FileConfig, err: &mut impl FnMut(&str, String, &str)) -> (Vec<IpNet>, Vec<RelayUser>) {
    let mut allowed_networks = Vec::new();
    for (i, n) in f.relay.allowed_networks.iter().enumerate() {
        match parse_net(n) {
            Some(net) => allowed_networks.push(net),
            None => err(
                &format!("relay.allowed_networks[{i}]"),
                format!("{n:?} is not a CIDR"),
                "write networks as \"10.0.0.0/8\" or \"2001:db8::/32\" (a bare IP means /32 or /128)",
            ),
        }
    }
    // Also when several networks together cover an address family (0.0.0.0/1 +
    // 128.0.0.0/1): aggregated, they are a /0.
    if IpNet::aggregate(&allowed_networks)
        .iter()
        .any(|n| n.prefix_len() == 0)
    {
        err(
            "relay.allowed_networks",
            "these networks together cover every address (a /0): an open relay".into(),
            "list only your internal networks; remote clients should use AUTH",
        );
    }

    let mut users: Vec<RelayUser> = Vec::new();
    for (i, u) in f.relay.user.iter().enumerate() {
        let is_argon2 = argon2::PasswordHash::new(&u.password_hash)
            .is_ok_and(|h| h.algorithm.as_str().starts_with("argon2"));
        if users.iter().any(|x| x.name == u.name) {
            err(
                &format!("relay.user[{i}].name"),
                format!("user {:?} is listed twice", u.name),
                "keep one [[relay.user]] per name",
            );
        }
        if !is_argon2 {
            err(
                &format!("relay.user[{i}].password_hash"),
                format!("the hash for user {:?} is not an argon2 PHC string", u.name),
                "generate one with `phirelay hash-password` and paste its output",
            );
        }
        if u.name.is_empty() {
            err(
                &format!("relay.user[{i}].name"),
                "empty user name".into(),
                "give every user a name",
            );
        }
        users.push(RelayUser {
            name: u.name.clone(),
            password_hash: u.password_hash.clone(),
        });
    }
    (allowed_networks, users)
}

fn limits_and_log(f: &FileConfig, err: &mut impl FnMut(&str, String, &str)) {
    let l = &f.limits;
    for (key, bad, fix) in [
        (
            "limits.max_recipients",
            l.max_recipients == 0,
            "use at least 1 (RFC 5321 asks for 100)",
        ),
        (
            "limits.max_command_line",
            l.max_command_line < 512,
            "use at least 512 (RFC 5321 §4.5.3.1.4)",
        ),
        (
            "limits.max_text_line",
            l.max_text_line < 998,
            "use at least 998 (RFC 5321 §4.5.3.1.6)",
        ),
        (
            "limits.max_message_size",
            l.max_message_size < 65536,
            "use at least 65536 (RFC 5321 §4.5.3.1.7)",
        ),
        (
            "limits.max_connections",
            l.max_connections == 0,
            "use at least 1",
        ),
        (
            "limits.max_connections_per_ip",
            l.max_connections_per_ip == 0,
            "use at least 1",
        ),
        (
            "limits.command_timeout_secs",
            l.command_timeout_secs == 0,
            "use a positive number of seconds (RFC 5321 suggests 300)",
        ),
        (
            "limits.data_timeout_secs",
            l.data_timeout_secs == 0,
            "use a positive number of seconds (RFC 5321 suggests 180)",
        ),
    ] {
        if bad {
            err(key, "value out of range".into(), fix);
        }
    }

    if !log_filter_ok(&f.log.level) {
        err(
            "log.level",
            format!("{:?} is not a log filter", f.log.level),
            "use a level (error, warn, info, debug, trace) or a filter such as \"phirelay=debug,info\"",
        );
    }
    if f.server
        .node_id
        .as_ref()
        .is_some_and(|n| n.trim().is_empty())
    {
        err(
            "server.node_id",
            "empty node id".into(),
            "remove it (the hostname is used) or give each node a distinct name",
        );
    }
}

fn queue(f: &FileConfig, err: &mut impl FnMut(&str, String, &str)) -> QueueSection {
    let queue = f.queue.clone();
    if queue.retry_schedule_secs.is_empty() || queue.retry_schedule_secs.contains(&0) {
        err(
            "queue.retry_schedule_secs",
            "the retry schedule must be a non-empty list of positive seconds".into(),
            "use e.g. [300, 600, 1200, 2400, 3600]",
        );
    }
    for (key, bad) in [
        ("queue.max_connections", queue.max_connections == 0),
        (
            "queue.max_connections_per_destination",
            queue.max_connections_per_destination == 0,
        ),
        (
            "queue.max_messages_per_connection",
            queue.max_messages_per_connection == 0,
        ),
        ("queue.lease_secs", queue.lease_secs < 60),
        ("queue.poll_interval_ms", queue.poll_interval_ms == 0),
        ("queue.max_in_memory", queue.max_in_memory == 0),
    ] {
        if bad {
            err(
                key,
                "value out of range".into(),
                "see docs/configuration.md for the allowed range",
            );
        }
    }
    queue
}

fn nameservers(f: &FileConfig, err: &mut impl FnMut(&str, String, &str)) -> Vec<SocketAddr> {
    let mut nameservers = Vec::new();
    for (i, n) in f.dns.nameservers.iter().enumerate() {
        match n.parse::<SocketAddr>().or_else(|_| {
            n.parse::<std::net::IpAddr>()
                .map(|ip| SocketAddr::new(ip, 53))
        }) {
            Ok(a) => nameservers.push(a),
            Err(_) => err(
                &format!("dns.nameservers[{i}]"),
                format!("{n:?} is not an IP or IP:port"),
                "write \"127.0.0.1:53\" or \"::1\"",
            ),
        }
    }
    if let Some(path) = &f.dns.trust_anchor_file {
        // Parsed here exactly as `serve` will; a DS anchor is matched against the
        // zone's DNSKEY set only at start (that needs DNS).
        if let Err(e) = crate::dns::AnchorFile::read(Path::new(path)) {
            err(
                "dns.trust_anchor_file",
                format!("{path}: {e}"),
                "list DS records (`. IN DS 20326 8 2 E06D…`, as IANA publishes them) or DNSKEY records (`. IN DNSKEY 257 3 8 …`), one per line; or remove the key to use the built-in IANA root anchors",
            );
        }
    }
    nameservers
}

fn transport_parts(
    f: &FileConfig,
    err: &mut impl FnMut(&str, String, &str),
) -> (Vec<Route>, Vec<Vec<u8>>) {
    let t = &f.transport;
    let mut routes = Vec::new();
    for (i, r) in t.route.iter().enumerate() {
        let key = |k: &str| format!("transport.route[{i}].{k}");
        let Some((host, port)) = split_host_port(&r.host) else {
            err(
                &key("host"),
                format!("{:?} is not host:port", r.host),
                "write \"smarthost.example.org:587\" or \"[192.0.2.1]:25\"",
            );
            continue;
        };
        let auth = match (&r.auth_user, &r.auth_password_file) {
            (None, None) => None,
            (Some(u), Some(p)) => match read_secret(Path::new(p)) {
                Ok(pw) => Some((u.clone(), crate::util::Secret::new(pw))),
                Err(problem) => {
                    err(
                        &key("auth_password_file"),
                        problem,
                        "put the password in a file readable by phirelay only (chmod 600)",
                    );
                    None
                }
            },
            _ => {
                err(
                    &key("auth_user"),
                    "auth_user and auth_password_file go together".into(),
                    "set both or neither",
                );
                None
            }
        };
        routes.push(Route {
            domain: r.domain.trim().trim_end_matches('.').to_ascii_lowercase(),
            host,
            port,
            auth,
        });
    }
    let mut extra_cas = Vec::new();
    for (i, file) in t.extra_ca_files.iter().enumerate() {
        use rustls_pki_types::CertificateDer;
        use rustls_pki_types::pem::PemObject;
        match CertificateDer::pem_file_iter(file).and_then(|it| it.collect::<Result<Vec<_>, _>>()) {
            Ok(certs) if !certs.is_empty() => {
                extra_cas.extend(certs.into_iter().map(|c| c.to_vec()))
            }
            _ => err(
                &format!("transport.extra_ca_files[{i}]"),
                format!("{file} holds no PEM certificate"),
                "point it at a PEM file of CA certificates",
            ),
        }
    }
    (routes, extra_cas)
}

fn policy_section(
    f: &FileConfig,
    err: &mut impl FnMut(&str, String, &str),
) -> crate::policy::rules::PolicySection {
    let mut policy_section = f.policy.clone();
    if let Some(file) = &f.policy.consumer_domains_file {
        match std::fs::read_to_string(file) {
            Ok(text) => policy_section
                .consumer_domains
                .extend(crate::policy::rules::read_domain_list(&text)),
            Err(e) => err(
                "policy.consumer_domains_file",
                format!("cannot read {file}: {e}"),
                "point it at a readable file of domains, one per line (see config/consumer-domains.txt)",
            ),
        }
    }
    for (i, id) in f.policy.msip_label_ids.iter().enumerate() {
        if !crate::policy::triggers::is_label_guid(id) {
            err(
                &format!("policy.msip_label_ids[{i}]"),
                format!("{id:?} is not a label GUID"),
                "write the label's GUID as 8-4-4-4-12 hex digits (Purview shows it; in mail it follows MSIP_Label_)",
            );
        }
    }
    lexicon_files(f, &mut policy_section, err);
    for (i, r) in f.policy.rules.iter().enumerate() {
        if r.recipient_domains.is_empty() {
            err(
                &format!("policy.rule[{i}].recipient_domains"),
                format!("rule {:?} matches no domain", r.id),
                "list the recipient domains the rule is for",
            );
        }
    }
    policy_section
}

/// `[policy.lexicons]`: each file set is read and checked here (the engine
/// gets the text), so `check-config` and `serve` refuse the same files.
fn lexicon_files(
    f: &FileConfig,
    policy: &mut crate::policy::rules::PolicySection,
    err: &mut impl FnMut(&str, String, &str),
) {
    use crate::policy::evidence::lexicons::{List, entries};
    for list in List::ALL {
        let Some(path) = list.path(&f.policy.lexicons) else {
            continue;
        };
        let key = format!("policy.lexicons.{}", list.key());
        match std::fs::read_to_string(path) {
            Ok(text) => match entries(list, &text) {
                Ok(_) => policy.lexicon_texts.push((list, text)),
                Err(e) => err(
                    &key,
                    format!("{path}: {}", e.problem),
                    "one entry per line, `#` comments; see the shipped list in data/lexicons/",
                ),
            },
            Err(e) => err(
                &key,
                format!("cannot read {path}: {e}"),
                "point it at a readable file, or remove the key to use the shipped list",
            ),
        }
    }
}

fn store_config(
    s: &StoreSection,
    data_dir: &Path,
    err: &mut impl FnMut(&str, String, &str),
) -> StoreConfig {
    let in_data = |p: &Option<String>, default: &str| match p {
        Some(p) => PathBuf::from(p),
        None => data_dir.join(default),
    };
    let url = match s.backend {
        StoreBackend::Sqlite => {
            if s.url.is_some() {
                err(
                    "store.url",
                    "url is for the postgres backend".into(),
                    "use store.path for SQLite, or set backend = \"postgres\"",
                );
            }
            let file = in_data(&s.path, "phirelay.db");
            format!("sqlite://{}?mode=rwc", file.display())
        }
        StoreBackend::Postgres => match &s.url {
            Some(u) if u.starts_with("postgres://") || u.starts_with("postgresql://") => {
                if let Err(why) = super::pg_url::check(u) {
                    err(
                        "store.url",
                        why,
                        "use a Unix socket (?host=/run/postgresql), a loopback host, or add \
                         sslmode=verify-full (with sslrootcert=... for a private CA)",
                    );
                }
                u.clone()
            }
            _ => {
                err(
                    "store.url",
                    "backend is postgres but url is missing or not a postgres:// URL".into(),
                    "set url = \"postgres://phirelay_relay@dbhost/phirelay\"",
                );
                String::new()
            }
        },
    };
    let max_batch = s.max_batch.unwrap_or(128);
    if max_batch == 0 {
        err(
            "store.max_batch",
            "must be at least 1".into(),
            "use 1..=1024",
        );
    }
    StoreConfig {
        backend: s.backend,
        url,
        master_key_file: in_data(&s.master_key_file, "master.key"),
        create_master_key: s
            .create_master_key
            .unwrap_or(s.backend == StoreBackend::Sqlite),
        old_master_key_files: s.old_master_key_files.iter().map(PathBuf::from).collect(),
        checkpoint_key_file: in_data(&s.checkpoint_key_file, "audit-checkpoint.key"),
        max_batch,
        max_connections: s.max_connections.unwrap_or(8),
    }
}

fn parse_net(s: &str) -> Option<IpNet> {
    s.parse::<IpNet>()
        .ok()
        .or_else(|| s.parse::<std::net::IpAddr>().ok().map(IpNet::from))
}

/// "host:port", "[v4 or v6 literal]:port".
fn split_host_port(s: &str) -> Option<(String, u16)> {
    let (host, port) = s.rsplit_once(':')?;
    let port = port.parse().ok()?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    (!host.is_empty()).then(|| (host.to_string(), port))
}

/// A secret from a file only its owner can read.
pub fn read_secret(path: &Path) -> Result<String, String> {
    use std::os::unix::fs::PermissionsExt;
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(format!("{} is readable by group or others", path.display()));
    }
    std::fs::read_to_string(path)
        .map(|s| s.trim_end_matches(['\r', '\n']).to_string())
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// A log filter whose every directive is a level or `target=level`. The
/// tracing syntax also takes a bare word as a target at every level, so a
/// typo of a level ("infoo") would be accepted and log nothing: refused.
fn log_filter_ok(filter: &str) -> bool {
    const LEVELS: &[&str] = &["off", "error", "warn", "info", "debug", "trace"];
    let level = |l: &str| LEVELS.contains(&l.trim().to_ascii_lowercase().as_str());
    tracing_subscriber::EnvFilter::try_new(filter).is_ok()
        && !filter.trim().is_empty()
        && filter.split(',').all(|d| match d.rsplit_once('=') {
            Some((target, l)) => !target.trim().is_empty() && level(l),
            None => level(d),
        })
}
