//! The TOML file as written by the admin: serde structs, one per section.
//! Unknown keys are errors (a typo must not silently fall back to a default).
//! Each field's doc ends with its default; `docs/configuration.md` mirrors them.

use serde::Deserialize;

#[derive(Debug, Deserialize, serde::Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    #[serde(default)]
    pub server: ServerSection,
    #[serde(default)]
    pub log: LogSection,
    /// `[[listener]]` blocks. Default: one plain-SMTP listener on 127.0.0.1:2525.
    #[serde(default)]
    pub listener: Vec<ListenerSection>,
    pub tls: Option<TlsSection>,
    #[serde(default)]
    pub relay: RelaySection,
    #[serde(default)]
    pub limits: LimitsSection,
    #[serde(default)]
    pub store: StoreSection,
    #[serde(default)]
    pub queue: QueueSection,
    #[serde(default)]
    pub dns: DnsSection,
    #[serde(default)]
    pub transport: TransportSection,
    #[serde(default)]
    pub dkim: DkimSection,
    #[serde(default)]
    pub policy: crate::policy::rules::PolicySection,
    /// `[[source]]`: upstream profiles (`src/config/sources.rs`).
    #[serde(default)]
    pub source: Vec<super::sources::SourceSection>,
    /// `[portal]`: the secure web portal (`src/config/portal.rs`).
    #[serde(default)]
    pub portal: super::portal::PortalSection,
    #[serde(default)]
    pub metrics: MetricsSection,
    #[serde(default)]
    pub suppression: SuppressionSection,
    /// `[api]`: the HTTP submission API (`src/config/api.rs`).
    #[serde(default)]
    pub api: super::api::ApiSection,
}

/// `[suppression]`: refuse new mail to addresses that keep hard-bouncing
/// (docs/delivery.md#suppression). Off by default.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct SuppressionSection {
    /// Refuse RCPT for suppressed addresses. Default: false.
    pub enabled: bool,
    /// Hard bounces (class 5 from the receiver) within `window_secs` that
    /// suppress an address. Default: 2.
    pub hard_bounces: u32,
    /// How far back hard bounces count. Default: 2592000 (30 days).
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub window_secs: u64,
}

impl Default for SuppressionSection {
    fn default() -> Self {
        Self {
            enabled: false,
            hard_bounces: 2,
            window_secs: 30 * 86_400,
        }
    }
}

/// `[metrics]`: the Prometheus endpoint (docs/metrics.md).
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetricsSection {
    /// Serve /metrics, /healthz and /readyz. Default: false.
    pub enabled: bool,
    /// "IP:port" of the plain-HTTP listener; keep it on loopback or a management
    /// network. Default: "127.0.0.1:9465".
    pub listen: String,
    /// The destination domains that get their own `domain` label in
    /// `phirelay_destination_results_total`; every other domain is `other`
    /// (labels stay a set the admin chose, never what clients send).
    /// Default: the large mailbox providers.
    pub destination_domains: Vec<String>,
}

/// Where most patients' mailboxes are: their delivery rates are the ones to watch.
pub const MAILBOX_PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "comcast.net",
    "att.net",
];

impl Default for MetricsSection {
    fn default() -> Self {
        Self {
            enabled: false,
            listen: "127.0.0.1:9465".into(),
            destination_domains: MAILBOX_PROVIDERS.iter().map(|d| d.to_string()).collect(),
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSection {
    /// Our name in the greeting, EHLO reply, Received headers and Message-IDs. Default: "localhost".
    pub hostname: String,
    /// Directory for the SQLite database, the master key and other state. Default: "./var".
    pub data_dir: String,
    /// Name of this node in audit rows (several nodes may share one PostgreSQL). Default: hostname.
    pub node_id: Option<String>,
    /// Seconds that sessions in DATA get to finish after SIGTERM. Default: 30.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub shutdown_grace_secs: u64,
}

impl Default for ServerSection {
    fn default() -> Self {
        Self {
            hostname: "localhost".into(),
            data_dir: "./var".into(),
            node_id: None,
            shutdown_grace_secs: 30,
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSection {
    /// "text" or "json". Default: "text".
    pub format: LogFormat,
    /// A tracing filter, e.g. "info" or "phirelay=debug". Default: "info". RUST_LOG overrides it.
    pub level: String,
}

impl Default for LogSection {
    fn default() -> Self {
        Self {
            format: LogFormat::Text,
            level: "info".into(),
        }
    }
}

/// How a listener starts its sessions.
#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum ListenerMode {
    /// Plain SMTP with STARTTLS offered when `[tls]` is set (port 25/587 style).
    #[default]
    Smtp,
    /// Implicit TLS from the first byte (RFC 8314, port 465 style); needs `[tls]`.
    Submissions,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct ListenerSection {
    /// "IP:port" to bind, e.g. "127.0.0.1:2525" or "[::]:465". Required.
    pub address: String,
    /// "smtp" or "submissions". Default: "smtp".
    #[serde(default)]
    pub mode: ListenerMode,
    /// Refuse MAIL until the client has authenticated, even from allowed networks. Default: false.
    #[serde(default)]
    pub require_auth: bool,
    /// Refuse MAIL until the session is encrypted (STARTTLS or implicit TLS). Default: false.
    #[serde(default)]
    pub require_tls: bool,
    /// `[[source]]` names this listener accepts mail from (every check of one
    /// of them must pass). Default: [] (the `[relay]` rules: allowed networks, AUTH).
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct TlsSection {
    /// PEM certificate chain (leaf first). Required.
    pub cert: String,
    /// PEM private key (PKCS#8, PKCS#1 or SEC1). Required.
    pub key: String,
    /// More CA certificates (PEM files) that client certificates may chain to,
    /// besides the public roots (an upstream's client certificate is checked
    /// for `[[source]]` profiles of kind m365 and google). Default: [].
    #[serde(default)]
    pub client_ca_files: Vec<String>,
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct RelaySection {
    /// CIDRs whose clients may relay without AUTH. Default: ["127.0.0.0/8", "::1/128"].
    pub allowed_networks: Vec<String>,
    /// `[[relay.user]]` accounts for AUTH PLAIN/LOGIN (offered only over TLS). Default: none.
    pub user: Vec<UserSection>,
}

impl Default for RelaySection {
    fn default() -> Self {
        Self {
            allowed_networks: vec!["127.0.0.0/8".into(), "::1/128".into()],
            user: Vec::new(),
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct UserSection {
    /// Login name. Required.
    pub name: String,
    /// Argon2 PHC string from `phirelay hash-password`. Required.
    pub password_hash: String,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsSection {
    /// Largest message accepted, in bytes (advertised with SIZE). Default: 52428800 (50 MiB).
    pub max_message_size: u64,
    /// Recipients per message; the next one gets 452 4.5.3. Default: 100 (RFC 5321 §4.5.3.1.8 minimum).
    pub max_recipients: usize,
    /// Longest command line in octets including CRLF. Default: 2048 (512 plus the
    /// RFC 3461 and RFC 4954 extensions).
    pub max_command_line: usize,
    /// Longest text line in DATA in octets excluding CRLF. Default: 998 (RFC 5321 §4.5.3.1.6 / RFC 5322 §2.1.1).
    pub max_text_line: usize,
    /// Protocol errors before the session is closed with 421. Default: 10.
    pub max_errors: u32,
    /// Commands per session before it is closed with 421. Default: 10000.
    pub max_commands: u32,
    /// Messages per session. Default: 1000.
    pub max_messages_per_session: u32,
    /// Concurrent sessions in all. Default: 1000.
    pub max_connections: usize,
    /// Concurrent sessions from one client IP. Default: 100.
    pub max_connections_per_ip: usize,
    /// Seconds to wait for a command (RFC 5321 §4.5.3.2.7: at least 5 minutes). Default: 300.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub command_timeout_secs: u64,
    /// Seconds to wait for each chunk of DATA. Default: 180 (RFC 5321 §4.5.3.2.5 client side: 3 min).
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub data_timeout_secs: u64,
    /// Below this much free space in data_dir, MAIL gets 452 4.3.1. Default: 256.
    pub min_free_disk_mb: u64,
    /// AUTH failures from one client IP within `auth_failure_window_secs` before
    /// that IP gets 421 4.7.0 on AUTH for the rest of the window. Default: 10.
    pub max_auth_failures_per_ip: u32,
    /// The window of `max_auth_failures_per_ip`, in seconds. Default: 900.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub auth_failure_window_secs: u64,
    /// Password checks (argon2, ~19 MiB each) running at once; more get
    /// 454 4.7.0 (try again). Default: 4.
    pub max_concurrent_auth_checks: usize,
    /// A whole session, from connect to QUIT, in seconds (a client that drips a
    /// byte now and then is cut off with 421 4.4.2). Default: 3600.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub max_session_secs: u64,
    /// One DATA, from 354 to the final dot, in seconds. Default: 600.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub max_data_secs: u64,
    /// DATA bytes buffered across all sessions at once; a message that would go
    /// past it gets 451 4.3.1 (try again). Default: 1073741824 (1 GiB).
    pub max_inflight_bytes: u64,
}

impl Default for LimitsSection {
    fn default() -> Self {
        Self {
            max_message_size: 50 * 1024 * 1024,
            max_recipients: 100,
            max_command_line: 2048,
            max_text_line: 998,
            max_errors: 10,
            max_commands: 10_000,
            max_messages_per_session: 1000,
            max_connections: 1000,
            max_connections_per_ip: 100,
            command_timeout_secs: 300,
            data_timeout_secs: 180,
            min_free_disk_mb: 256,
            max_auth_failures_per_ip: 10,
            auth_failure_window_secs: 900,
            max_concurrent_auth_checks: 4,
            max_session_secs: 3600,
            max_data_secs: 600,
            max_inflight_bytes: 1 << 30,
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum StoreBackend {
    /// One file in data_dir, WAL, synchronous=FULL: the embedded default.
    #[default]
    Sqlite,
    /// Production and multi-node.
    Postgres,
}

#[derive(Debug, Deserialize, serde::Serialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct StoreSection {
    /// "sqlite" or "postgres". Default: "sqlite".
    pub backend: StoreBackend,
    /// SQLite database file (a relative path is taken from the working directory).
    /// Default: "<data_dir>/phirelay.db".
    pub path: Option<String>,
    /// PostgreSQL URL, e.g. "postgres://phirelay_relay@db/phirelay". Required for postgres.
    pub url: Option<String>,
    /// Master key file (32 random bytes, hex; a relative path is taken from the
    /// working directory). Default: "<data_dir>/master.key".
    pub master_key_file: Option<String>,
    /// Create the master key file when it is missing. Default: true for sqlite, false for
    /// postgres (every node of a cluster must share one key).
    pub create_master_key: Option<bool>,
    /// Older master keys, still used to unwrap messages stored before a rotation. Default: none.
    pub old_master_key_files: Vec<String>,
    /// Ed25519 key (PKCS#8) that signs audit checkpoints; `phirelay audit
    /// checkpoint` creates it (mode 0600) when missing. Default: "<data_dir>/audit-checkpoint.key".
    pub checkpoint_key_file: Option<String>,
    /// Most writes in one group commit, 1 to 4096. Default: 128.
    pub max_batch: Option<usize>,
    /// Database connections (postgres), at least 2. Default: 8.
    pub max_connections: Option<u32>,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields, default)]
pub struct QueueSection {
    /// Seconds to wait after each failed attempt; the last value repeats.
    /// Default: [300, 600, 1200, 2400, 3600] (close to Postfix: 5 min doubling to 1 h).
    #[serde(deserialize_with = "crate::util::duration::secs_list")]
    pub retry_schedule_secs: Vec<u64>,
    /// Seconds after acceptance when undelivered mail expires and bounces. Default: 432000 (5 days).
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub max_lifetime_secs: u64,
    /// Outbound SMTP connections in all. Default: 100.
    pub max_connections: usize,
    /// Outbound SMTP connections per destination domain. Default: 20.
    pub max_connections_per_destination: usize,
    /// Messages sent over one connection before it is closed. Default: 1000.
    pub max_messages_per_connection: u32,
    /// Milliseconds an idle outbound connection stays open for more mail to the
    /// same destination. Default: 2000.
    #[serde(deserialize_with = "crate::util::duration::millis")]
    pub connection_idle_ms: u64,
    /// Messages per second to one destination; 0 means no limit. Default: 0.
    pub max_rate_per_destination: u32,
    /// Seconds a destination is left alone after it answered 421 or 4.7.x. Default: 60.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub destination_backoff_secs: u64,
    /// Seconds a node holds the recipients it is delivering; after a crash another
    /// node (or this one, restarted) takes them over. Default: 900.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub lease_secs: u64,
    /// How often due mail is looked for in the store, in milliseconds. Default: 1000.
    #[serde(deserialize_with = "crate::util::duration::millis")]
    pub poll_interval_ms: u64,
    /// Messages held in memory for delivery at once. Default: 10000.
    pub max_in_memory: usize,
    /// Seconds after acceptance when held mail (kept encrypted for the portal)
    /// that no administrator released expires: the sender gets a DSN. Default:
    /// 2592000 (30 days).
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub held_lifetime_secs: u64,
    /// Seconds the sealed content of finished mail (every recipient delivered,
    /// bounced, expired or deleted, no portal pickup live) is kept before its key
    /// and ciphertext are destroyed; 0 destroys it at the next sweep. The audit
    /// record stays. Default: 604800 (7 days).
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub shred_delivered_after_secs: u64,
}

impl Default for QueueSection {
    fn default() -> Self {
        Self {
            retry_schedule_secs: vec![300, 600, 1200, 2400, 3600],
            max_lifetime_secs: 5 * 24 * 3600,
            max_connections: 100,
            max_connections_per_destination: 20,
            max_messages_per_connection: 1000,
            connection_idle_ms: 2000,
            max_rate_per_destination: 0,
            destination_backoff_secs: 60,
            lease_secs: 900,
            poll_interval_ms: 1000,
            max_in_memory: 10_000,
            held_lifetime_secs: 30 * 24 * 3600,
            shred_delivered_after_secs: 7 * 24 * 3600,
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields, default)]
pub struct DnsSection {
    /// Resolvers as "IP:port"; empty means /etc/resolv.conf. Default: [].
    pub nameservers: Vec<String>,
    /// Seconds per DNS query. Default: 5.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub timeout_secs: u64,
    /// Validate DNSSEC (needed for DANE; a bogus answer defers mail). Default: true.
    pub dnssec: bool,
    /// DNSKEY lines (zone-file format) to trust instead of the built-in IANA root
    /// keys. Default: unset (the IANA root anchors).
    pub trust_anchor_file: Option<String>,
}

impl Default for DnsSection {
    fn default() -> Self {
        Self {
            nameservers: Vec::new(),
            timeout_secs: 5,
            dnssec: true,
            trust_anchor_file: None,
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields, default)]
pub struct TransportSection {
    /// Name we give in EHLO. Default: server.hostname.
    pub helo_name: Option<String>,
    /// Seconds to set up a TCP connection. Default: 30.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub connect_timeout_secs: u64,
    /// Seconds for the greeting, EHLO, STARTTLS, MAIL and RCPT replies (RFC 5321 §4.5.3.2: 5 min). Default: 300.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub command_timeout_secs: u64,
    /// Seconds for the reply to DATA (RFC 5321 §4.5.3.2.3: 2 min). Default: 120.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub data_init_timeout_secs: u64,
    /// Seconds for the reply after the final dot (RFC 5321 §4.5.3.2.6: 10 min). Default: 600.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub data_done_timeout_secs: u64,
    /// `[[transport.route]]` static routes (smarthosts). Default: none.
    pub route: Vec<RouteSection>,
    /// The least TLS for every destination: none, may, encrypt, verify, dane or
    /// dane-only (see docs/tls.md). DANE and MTA-STS published by a destination
    /// always raise it. Default: "dane" (DANE when usable TLSA records exist,
    /// MTA-STS when a policy is published, otherwise opportunistic).
    pub default_tls: TlsLevel,
    /// `[[transport.tls]]` per-domain levels. Default: none.
    pub tls: Vec<TlsOverrideSection>,
    /// Honour MTA-STS policies (RFC 8461). Default: true.
    pub mta_sts: bool,
    /// PEM files of extra CAs trusted for PKIX verification (private PKI, tests),
    /// besides the Mozilla roots. Default: none.
    pub extra_ca_files: Vec<String>,
    /// Let a message's `TLS-Required: No` header (RFC 8689 §5) lower the opportunistic
    /// `dane` default to `may` (DANE and MTA-STS not enforced). Never lowers a level set
    /// per domain or a `default_tls` other than `dane`, and never applies to PHI.
    /// Default: false (a header written by the sender does not weaken transport security).
    pub honor_tls_required_no: bool,
}

/// Outbound TLS levels (Postfix's names where they exist).
#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum TlsLevel {
    /// Never STARTTLS.
    None,
    /// STARTTLS when offered, certificate not checked; clear text otherwise.
    May,
    /// TLS required, certificate not checked.
    Encrypt,
    /// TLS required, PKIX-valid certificate for the MX host name.
    Verify,
    /// DANE when the MX has usable, DNSSEC-secure TLSA records; else `may`.
    #[default]
    Dane,
    /// DANE required: without usable TLSA records the mail waits.
    DaneOnly,
}

impl TlsLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            TlsLevel::None => "none",
            TlsLevel::May => "may",
            TlsLevel::Encrypt => "encrypt",
            TlsLevel::Verify => "verify",
            TlsLevel::Dane => "dane",
            TlsLevel::DaneOnly => "dane-only",
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct TlsOverrideSection {
    /// Recipient domain. Required.
    pub domain: String,
    /// TLS level for it. Required.
    pub level: TlsLevel,
}

impl Default for TransportSection {
    fn default() -> Self {
        Self {
            helo_name: None,
            connect_timeout_secs: 30,
            command_timeout_secs: 300,
            data_init_timeout_secs: 120,
            data_done_timeout_secs: 600,
            route: Vec::new(),
            default_tls: TlsLevel::Dane,
            tls: Vec::new(),
            mta_sts: true,
            extra_ca_files: Vec::new(),
            honor_tls_required_no: false,
        }
    }
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RouteSection {
    /// Recipient domain this route is for, or "*" for every domain without a route of its own.
    pub domain: String,
    /// "host:port" or "[IP]:port"; a host name is resolved by A/AAAA, not MX. Required.
    pub host: String,
    /// User for AUTH PLAIN at the smarthost (sent only over TLS). Default: none.
    pub auth_user: Option<String>,
    /// File holding the password for auth_user (mode 0600). Default: none.
    pub auth_password_file: Option<String>,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone, Default)]
#[serde(deny_unknown_fields, default)]
pub struct DkimSection {
    /// `[[dkim.key]]` signing keys; a domain with an RSA and an Ed25519 key gets both
    /// signatures (RFC 8463). Default: none (no signing).
    pub key: Vec<DkimKeySection>,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DkimAlgorithm {
    Rsa,
    Ed25519,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct DkimKeySection {
    /// Signing domain (d=); mail whose From header is in this domain is signed. Required.
    pub domain: String,
    /// Selector (s=). Required.
    pub selector: String,
    /// "rsa" (RSA-SHA256) or "ed25519" (Ed25519-SHA256). Required.
    pub algorithm: DkimAlgorithm,
    /// PKCS#8 PEM private key, e.g. from `phirelay dkim keygen` (mode 0600). Required.
    pub private_key: String,
}
