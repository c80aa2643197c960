//! Delivery test worlds: an in-process DNS server, SMTP sinks as MX hosts on
//! distinct 127.0.0.x addresses (one shared port, which the relay's
//! the relay's `smtp_port` test seam points at), and a relay that delivers to them.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use phirelay::store::RecipientState;

use super::client::{Client, queue_id};
use super::dns::{TestDns, Zone};
use super::relay::{RelayOpts, TestRelay};
use super::sink::{Sink, SinkOpts};

/// A port free on every 127.0.0.x we use (bound on .2, then released).
pub fn shared_port() -> u16 {
    loop {
        let l = std::net::TcpListener::bind("127.0.0.2:0").expect("bind");
        let port = l.local_addr().expect("addr").port();
        drop(l);
        if (3..=9).all(|i| std::net::TcpListener::bind((Ipv4Addr::new(127, 0, 0, i), port)).is_ok())
        {
            return port;
        }
    }
}

pub fn mx_addr(host_octet: u8, port: u16) -> SocketAddr {
    SocketAddr::from((Ipv4Addr::new(127, 0, 0, host_octet), port))
}

/// The `[dns]`, `[transport]` and `[queue]` sections for a delivering test relay;
/// DNSSEC is validated against the test server's own root key (in `anchor`).
pub fn delivery_toml(
    dns: &TestDns,
    anchor: &std::path::Path,
    queue_extra: &str,
    transport_extra: &str,
) -> String {
    dns.write_trust_anchor_file(anchor);
    format!(
        "[dns]\nnameservers = [\"{}\"]\ntimeout_secs = 2\ntrust_anchor_file = \"{}\"\n\n\
         [transport]\nconnect_timeout_secs = 5\ncommand_timeout_secs = 10\n{transport_extra}\n\n\
         [queue]\npoll_interval_ms = 100\nretry_schedule_secs = [1]\n{idle}{queue_extra}\n",
        dns.addr,
        anchor.display(),
        idle = if queue_extra.contains("connection_idle_ms") {
            ""
        } else {
            "connection_idle_ms = 300\n"
        },
    )
}

/// A zone with one MX for `domain` at 127.0.0.`octet`.
pub fn mx_zone(domain: &str, octet: u8) -> Zone {
    let mx = format!("mx.{domain}.");
    Zone::new(&format!("{domain}."))
        .mx(&format!("{domain}."), 10, &mx)
        .a(&mx, Ipv4Addr::new(127, 0, 0, octet))
}

pub struct World {
    pub dns: TestDns,
    pub port: u16,
    pub relay: TestRelay,
    pub files: tempfile::TempDir,
}

impl World {
    /// DNS with `zones`, and a delivering relay (`queue_extra`: more `[queue]` keys;
    /// `extra`: more sections).
    pub async fn start(zones: Vec<Zone>, queue_extra: &str, extra: &str) -> World {
        Self::start_with(zones, queue_extra, "", extra).await
    }

    /// As [`start`](Self::start), with more `[transport]` keys.
    pub async fn start_with(
        zones: Vec<Zone>,
        queue_extra: &str,
        transport_extra: &str,
        extra: &str,
    ) -> World {
        Self::start_sts(zones, queue_extra, transport_extra, extra, None).await
    }

    /// As [`start_with`](Self::start_with), fetching MTA-STS policies from
    /// `mta_sts_port` on loopback.
    pub async fn start_sts(
        zones: Vec<Zone>,
        queue_extra: &str,
        transport_extra: &str,
        extra: &str,
        mta_sts_port: Option<u16>,
    ) -> World {
        Self::start_listener(zones, queue_extra, transport_extra, extra, mta_sts_port, "").await
    }

    /// As [`start_sts`](Self::start_sts), with more keys for the relay's
    /// `[[listener]]` (e.g. `sources = ["m365"]`).
    pub async fn start_listener(
        zones: Vec<Zone>,
        queue_extra: &str,
        transport_extra: &str,
        extra: &str,
        mta_sts_port: Option<u16>,
        listener_extra: &str,
    ) -> World {
        Self::start_full(
            zones,
            queue_extra,
            transport_extra,
            extra,
            mta_sts_port,
            listener_extra,
            None,
        )
        .await
    }

    /// As [`start`](Self::start), on the store of this `[store]` text
    /// (e.g. a PostgreSQL database) instead of SQLite in the temp dir.
    pub async fn start_on(zones: Vec<Zone>, extra: &str, store: Option<String>) -> World {
        Self::start_full(zones, "", "", extra, None, "", store).await
    }

    pub async fn start_full(
        zones: Vec<Zone>,
        queue_extra: &str,
        transport_extra: &str,
        extra: &str,
        mta_sts_port: Option<u16>,
        listener_extra: &str,
        store: Option<String>,
    ) -> World {
        let dns = TestDns::start(zones).await;
        let port = shared_port();
        let files = tempfile::tempdir().expect("tempdir");
        let anchor = files.path().join("root.anchor");
        let relay = TestRelay::with(RelayOpts {
            extra: format!(
                "{}\n{extra}",
                delivery_toml(&dns, &anchor, queue_extra, transport_extra)
            ),
            deliver: true,
            smtp_port: Some(port),
            mta_sts_port,
            listener_extra: listener_extra.to_string(),
            store,
            ..Default::default()
        })
        .await;
        World {
            dns,
            port,
            relay,
            files,
        }
    }

    pub async fn sink(&self, octet: u8, opts: SinkOpts) -> Sink {
        Sink::start(mx_addr(octet, self.port), opts).await
    }

    /// Submit one message over SMTP; returns its queue id.
    pub async fn send(&self, from: &str, to: &[&str], body: &[u8]) -> String {
        let mut c = Client::connect(self.relay.addr).await;
        c.hello().await;
        let r = c.send_mail(from, to, body).await;
        c.cmd("QUIT", 221).await;
        queue_id(&r)
    }

    /// Wait until every recipient of `id` is in a final state (or in `want`).
    pub async fn wait_final(&self, id: &str, timeout: Duration) -> Vec<RecipientState> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let states: Vec<_> = self
                .relay
                .store
                .recipients(id)
                .await
                .expect("recipients")
                .iter()
                .map(|r| r.state)
                .collect();
            let done = states.iter().all(|s| {
                matches!(
                    s,
                    RecipientState::Delivered | RecipientState::Bounced | RecipientState::Expired
                )
            });
            if done || tokio::time::Instant::now() > deadline {
                return states;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn events(&self, id: &str) -> Vec<(String, Option<String>, serde_json::Value)> {
        self.relay
            .store
            .audit_for_message(id)
            .await
            .expect("audit")
            .into_iter()
            .map(|r| {
                (
                    r.event,
                    r.recipient,
                    serde_json::from_str(&r.details).expect("json"),
                )
            })
            .collect()
    }
}

impl World {
    /// The `security` evidence and `tls` facts of the message's last attempt.
    pub async fn last_attempt(&self, id: &str) -> serde_json::Value {
        self.events(id)
            .await
            .into_iter()
            .rev()
            .find(|e| e.0 == "attempt")
            .map(|e| e.2)
            .expect("an attempt event")
    }

    /// Wait until the message has had at least `n` attempts.
    pub async fn wait_attempts(&self, id: &str, n: usize, timeout: Duration) -> usize {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let count = self
                .events(id)
                .await
                .iter()
                .filter(|e| e.0 == "attempt")
                .count();
            if count >= n || tokio::time::Instant::now() > deadline {
                return count;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl World {
    /// Stop the relay and start a new one on the same config and store.
    pub async fn restart(self) -> World {
        let World {
            dns,
            port,
            relay,
            files,
        } = self;
        let cfg = relay.cfg.clone();
        let dir = relay.shutdown_keep_dir().await;
        let relay = TestRelay::from_config(cfg, dir, true).await;
        World {
            dns,
            port,
            relay,
            files,
        }
    }
}
