//! Test DNS: an in-process authoritative server (hickory-server 0.26) on `127.0.0.1:<random>`,
//! UDP and TCP on one port, so MX, A/AAAA, TXT and TLSA lookups (and DANE's DNSSEC) run
//! offline against real DNS messages. KumoMTA's test resolver is the model.
//!
//! Zones are built with [`Zone`]: plain, DNSSEC-signed with a fresh Ed25519 key (`signed`),
//! signed but with every data signature broken (`bogus`: the DNSKEY and its DS are right, the
//! RRSIGs over the data are not, so a validating resolver must fail), or answering SERVFAIL
//! for every name (`servfail`).
//!
//! The server also serves a signed root zone `.` (unless one is given) and delegates every
//! zone from its nearest served ancestor: NS, plus DS for signed zones. So, as on the real
//! Internet, one root key validates everything: signed zones come out `Proof::Secure`,
//! unsigned ones are proven `Proof::Insecure` (NSEC: delegation without DS), bogus ones fail.
//! Names under no zone get the root's NXDOMAIN.
//!
//! Trust anchors: [`TestDns::trust_anchors`] / [`TestDns::write_trust_anchor_file`] give the
//! root key (the file is the format `TrustAnchors::from_file` reads). NB hickory-resolver
//! 0.26 ignores `ResolverOpts::trust_anchor` (a path): load the file with
//! `TrustAnchors::from_file` and pass it to `ResolverBuilder::with_trust_anchor`.
//! [`TestDns::trust_anchor`] gives any signed zone's own key for
//! `TrustAnchors::insert_with_name` (NOT `insert`, which adds a root key only).
//! The server stops when the `TestDns` is dropped.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use hickory_proto::dnssec::crypto::Ed25519SigningKey;
use hickory_proto::dnssec::rdata::{DNSKEY, DNSSECRData, DS, RRSIG};
use hickory_proto::dnssec::{
    DigestType, DnssecSigner, PublicKeyBuf, SigningKey as _, TrustAnchors,
};
use hickory_proto::op::ResponseCode;
use hickory_proto::rr::rdata::tlsa::TLSA;
use hickory_proto::rr::rdata::{A, AAAA, MX, NS, SOA, TXT};
use hickory_proto::rr::{LowerName, Name, RData, Record, RecordSet, RecordType};
use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::{Resolver, TokioResolver};
use hickory_server::Server;
use hickory_server::dnssec::NxProofKind;
use hickory_server::net::runtime::Time;
use hickory_server::server::{Request, RequestHandler, ResponseHandler, ResponseInfo};
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, MessageResponseBuilder, ZoneType};
use tokio::net::{TcpListener, UdpSocket};
use tokio::task::JoinHandle;

const TTL: u32 = 300;
const SERIAL: u32 = 1;
/// Signatures stay valid this long after the zone is signed (inception is "now").
const SIG_LIFETIME: Duration = Duration::from_secs(7 * 24 * 3600);

/// One record of a zone: an owner name (absolute; a missing final dot is added) and its data.
#[derive(Clone, Debug)]
pub struct Rec {
    pub name: String,
    pub rdata: RData,
}

/// A zone to serve. Build it with `Zone::new(origin)` and the record methods.
#[derive(Clone, Debug)]
pub struct Zone {
    pub origin: String,
    pub records: Vec<Rec>,
    /// DNSSEC-sign with a fresh Ed25519 key (NSEC for denial).
    pub signed: bool,
    /// Answer SERVFAIL for every name at or under the origin.
    pub servfail: bool,
    /// Signed, but every RRSIG except the DNSKEY set's is corrupted: validation must fail.
    pub bogus: bool,
}

impl Zone {
    pub fn new(origin: &str) -> Zone {
        Zone {
            origin: origin.to_string(),
            records: Vec::new(),
            signed: false,
            servfail: false,
            bogus: false,
        }
    }

    /// Any record (CNAME, NS, ...): the escape hatch for types without a helper.
    pub fn record(mut self, name: &str, rdata: RData) -> Zone {
        self.records.push(Rec {
            name: name.to_string(),
            rdata,
        });
        self
    }

    pub fn mx(self, name: &str, preference: u16, exchange: &str) -> Zone {
        self.record(name, RData::MX(MX::new(preference, fqdn(exchange))))
    }

    /// RFC 7505 null MX: `MX 0 .` ("this domain accepts no mail").
    pub fn null_mx(self, name: &str) -> Zone {
        self.record(name, RData::MX(MX::new(0, Name::root())))
    }

    pub fn a(self, name: &str, ip: Ipv4Addr) -> Zone {
        self.record(name, RData::A(A(ip)))
    }

    pub fn aaaa(self, name: &str, ip: Ipv6Addr) -> Zone {
        self.record(name, RData::AAAA(AAAA(ip)))
    }

    /// One TXT record; text past 255 bytes is split into several character-strings
    /// (RFC 1035 §3.3.14), as a DKIM key record must be: readers concatenate them.
    pub fn txt(self, name: &str, text: &str) -> Zone {
        let strings = text.as_bytes().chunks(255).collect::<Vec<_>>();
        self.record(name, RData::TXT(TXT::from_bytes(strings)))
    }

    /// RFC 6698 TLSA, e.g. `.tlsa("_25._tcp.mx1.example.test.", 3, 1, 1, sha256_of_spki)`.
    pub fn tlsa(self, name: &str, usage: u8, selector: u8, matching: u8, data: Vec<u8>) -> Zone {
        let tlsa = TLSA::new(usage.into(), selector.into(), matching.into(), data);
        self.record(name, RData::TLSA(tlsa))
    }

    pub fn signed(mut self) -> Zone {
        self.signed = true;
        self
    }

    pub fn servfail(mut self) -> Zone {
        self.servfail = true;
        self
    }

    /// Signed, then every data signature corrupted (implies `signed`).
    pub fn bogus(mut self) -> Zone {
        self.signed = true;
        self.bogus = true;
        self
    }
}

/// A running DNS server; dropping it stops the server.
pub struct TestDns {
    /// UDP and TCP, same port.
    pub addr: SocketAddr,
    /// The DNSKEY of every signed zone (the root included), by origin.
    keys: Vec<(Name, PublicKeyBuf)>,
    task: JoinHandle<()>,
}

impl TestDns {
    /// Builds (and signs) the zones, plus a signed root zone `.` when none is given, and
    /// serves them on the current tokio runtime. Each zone is delegated from its nearest
    /// served ancestor (NS, and DS when signed), so the root key anchors them all.
    pub async fn start(zones: Vec<Zone>) -> TestDns {
        let (served, keys) = build_all(with_root(zones));
        let (udp, tcp) = bind_same_port().await;
        let addr = udp.local_addr().expect("udp local addr");
        let mut server = Server::new(Handler { zones: served });
        server.register_socket(udp);
        server.register_listener(tcp, Duration::from_secs(10), 4096);
        let task = tokio::spawn(async move {
            // Aborting this task drops `server`, whose JoinSet aborts its socket tasks.
            let _ = server.block_until_done().await;
        });
        TestDns { addr, keys, task }
    }

    /// The DNSKEY public key of the signed zone `origin` (`"."` for the root), for
    /// `anchors.insert_with_name(&key, LowerName::from(Name::from_ascii(origin)?))`.
    pub fn trust_anchor(&self, origin: &str) -> PublicKeyBuf {
        let origin = fqdn(origin);
        self.keys
            .iter()
            .find(|(name, _)| *name == origin)
            .map(|(_, key)| key.clone())
            .unwrap_or_else(|| panic!("no signed zone {origin} on this test DNS server"))
    }

    /// The test root's key and nothing else (no IANA keys): what a validating resolver needs.
    /// Signed zones validate through their DS chain, unsigned ones are proven Insecure.
    pub fn trust_anchors(&self) -> TrustAnchors {
        let mut anchors = TrustAnchors::empty();
        anchors.insert(&self.trust_anchor("."));
        anchors
    }

    /// The root anchor as a DNSKEY line, the format `TrustAnchors::from_file`
    /// (hickory-proto `serialize::txt::trust_anchor`) reads: `. 300 IN DNSKEY 257 3 15 <base64>`.
    pub fn trust_anchor_text(&self) -> String {
        let key = DNSKEY::from_key(&self.trust_anchor("."));
        format!(". {TTL} IN DNSKEY {key}\n")
    }

    pub fn write_trust_anchor_file(&self, path: &Path) {
        std::fs::write(path, self.trust_anchor_text())
            .unwrap_or_else(|e| panic!("write trust anchor file {}: {e}", path.display()));
    }

    /// A resolver config with this server as its only name server (UDP, then TCP).
    pub fn resolver_config(&self) -> ResolverConfig {
        let mut udp = ConnectionConfig::udp();
        udp.port = self.addr.port();
        let mut tcp = ConnectionConfig::tcp();
        tcp.port = self.addr.port();
        let ns = NameServerConfig::new(self.addr.ip(), true, vec![udp, tcp]);
        ResolverConfig::from_name_servers(vec![ns])
    }

    /// Short timeouts and one attempt: a test should fail fast, not wait out retries.
    pub fn resolver_opts() -> ResolverOpts {
        let mut opts = ResolverOpts::default();
        opts.timeout = Duration::from_secs(2);
        opts.attempts = 1;
        opts
    }

    /// A non-validating resolver pointed at this server (every proof is Indeterminate).
    pub fn resolver(&self) -> TokioResolver {
        self.builder().build().expect("build resolver")
    }

    /// A validating resolver anchored at this server's root key.
    pub fn validating_resolver(&self) -> TokioResolver {
        self.builder()
            .with_trust_anchor(Arc::new(self.trust_anchors()))
            .build()
            .expect("build validating resolver")
    }

    fn builder(&self) -> hickory_resolver::ResolverBuilder<TokioRuntimeProvider> {
        Resolver::builder_with_config(self.resolver_config(), TokioRuntimeProvider::default())
            .with_options(Self::resolver_opts())
    }
}

impl Drop for TestDns {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The zones plus a signed root, unless the caller gave one.
fn with_root(mut zones: Vec<Zone>) -> Vec<Zone> {
    if !zones.iter().any(|z| fqdn(&z.origin).is_root()) {
        zones.push(Zone::new(".").signed());
    }
    zones
}

/// Builds the zones deepest first, so each parent can publish its children's NS and DS.
/// Returns the served zones (deepest first, the routing order) and the signed zones' keys.
fn build_all(mut zones: Vec<Zone>) -> (Vec<Served>, Vec<(Name, PublicKeyBuf)>) {
    zones.sort_by_key(|z| std::cmp::Reverse(fqdn(&z.origin).num_labels()));
    let origins: Vec<Name> = zones.iter().map(|z| fqdn(&z.origin)).collect();
    let mut served = Vec::new();
    let mut keys: Vec<(Name, PublicKeyBuf)> = Vec::new();
    for (zone, origin) in zones.iter().zip(&origins) {
        assert_eq!(
            origins.iter().filter(|o| *o == origin).count(),
            1,
            "zone {origin} given twice"
        );
        let children = origins
            .iter()
            .filter(|child| parent_of(child, &origins).as_ref() == Some(origin));
        let delegations = children
            .flat_map(|child| delegation(child, &keys))
            .collect();
        let (handler, key) = build_zone(zone, origin, delegations);
        if let Some(key) = key {
            keys.push((origin.clone(), key));
        }
        let mut catalog = Catalog::new();
        catalog.upsert(LowerName::from(origin), vec![Arc::new(handler)]);
        served.push(Served {
            origin: LowerName::from(origin),
            catalog,
            servfail: zone.servfail,
        });
    }
    (served, keys)
}

/// The nearest served zone strictly above `origin`.
fn parent_of(origin: &Name, origins: &[Name]) -> Option<Name> {
    origins
        .iter()
        .filter(|o| *o != origin && o.zone_of(origin))
        .max_by_key(|o| o.num_labels())
        .cloned()
}

/// The records a parent publishes for a child zone: NS, and DS when the child is signed.
fn delegation(child: &Name, keys: &[(Name, PublicKeyBuf)]) -> Vec<Record> {
    let ns = RData::NS(NS(ns_name(child)));
    let mut records = vec![Record::from_rdata(child.clone(), TTL, ns)];
    if let Some((_, key)) = keys.iter().find(|(name, _)| name == child) {
        let ds = DS::from_key(key, child, DigestType::SHA256).expect("DS from DNSKEY");
        let ds = RData::DNSSEC(DNSSECRData::DS(ds));
        records.push(Record::from_rdata(child.clone(), TTL, ds));
    }
    records
}

/// `name` as an absolute name (a final dot is added when missing).
fn fqdn(name: &str) -> Name {
    let abs = if name.ends_with('.') {
        name.to_string()
    } else {
        format!("{name}.")
    };
    Name::from_ascii(&abs).unwrap_or_else(|e| panic!("bad DNS name {name:?}: {e}"))
}

/// The zone handler, and the DNSKEY a resolver must trust when the zone is signed.
fn build_zone(
    zone: &Zone,
    origin: &Name,
    delegations: Vec<Record>,
) -> (InMemoryZoneHandler, Option<PublicKeyBuf>) {
    let mut handler = InMemoryZoneHandler::<TokioRuntimeProvider>::empty(
        origin.clone(),
        ZoneType::Primary,
        AxfrPolicy::Deny,
        Some(NxProofKind::Nsec),
    );
    handler.upsert_mut(soa(origin), SERIAL);
    let apex_ns = RData::NS(NS(ns_name(origin)));
    handler.upsert_mut(Record::from_rdata(origin.clone(), TTL, apex_ns), SERIAL);
    for rec in &zone.records {
        let name = fqdn(&rec.name);
        assert!(
            origin.zone_of(&name),
            "{name} is not in zone {origin}: give each zone its own Zone"
        );
        handler.upsert_mut(Record::from_rdata(name, TTL, rec.rdata.clone()), SERIAL);
    }
    for record in delegations {
        handler.upsert_mut(record, SERIAL);
    }
    if !zone.signed {
        return (handler, None);
    }
    let key = sign(&mut handler, origin);
    if zone.bogus {
        corrupt_signatures(&mut handler);
    }
    (handler, Some(key))
}

/// `ns1.<origin>`: the (never queried) name server named by NS and SOA records.
fn ns_name(origin: &Name) -> Name {
    fqdn(&format!(
        "ns1.{}",
        origin.to_string().trim_start_matches('.')
    ))
}

fn soa(origin: &Name) -> Record {
    let mname = ns_name(origin);
    let rname = fqdn(&format!(
        "hostmaster.{}",
        origin.to_string().trim_start_matches('.')
    ));
    let soa = SOA::new(mname, rname, SERIAL, 3600, 600, 86400, TTL);
    Record::from_rdata(origin.clone(), TTL, RData::SOA(soa))
}

/// Signs every RRset with a fresh Ed25519 key (published as the zone's DNSKEY); returns the key.
fn sign(handler: &mut InMemoryZoneHandler, origin: &Name) -> PublicKeyBuf {
    let pkcs8 = Ed25519SigningKey::generate_pkcs8().expect("generate Ed25519 key");
    let key = Ed25519SigningKey::from_pkcs8(&pkcs8).expect("load Ed25519 key");
    let public = key.to_public_key().expect("Ed25519 public key");
    let signer = DnssecSigner::new(
        DNSKEY::from_key(&public),
        Box::new(key),
        origin.clone(),
        SIG_LIFETIME,
    );
    handler
        .add_zone_signing_key_mut(signer)
        .expect("add zone signing key");
    handler.secure_zone_mut().expect("sign zone");
    public
}

/// Flips one bit in every RRSIG except those over the DNSKEY set, so the key itself still
/// validates against the anchor but no data does (a "bogus" answer, RFC 4035 §4.3).
fn corrupt_signatures(handler: &mut InMemoryZoneHandler) {
    for rrset in handler.records_get_mut().values_mut() {
        if rrset.record_type() == RecordType::DNSKEY || rrset.rrsigs().is_empty() {
            continue;
        }
        let mut tampered: RecordSet = (**rrset).clone();
        let rrsigs = rrset.rrsigs().iter().map(corrupt_rrsig).collect();
        tampered.set_rrsigs(rrsigs);
        *rrset = Arc::new(tampered);
    }
}

fn corrupt_rrsig(record: &Record) -> Record {
    let RData::DNSSEC(DNSSECRData::RRSIG(rrsig)) = &record.data else {
        panic!("not an RRSIG: {record}");
    };
    let mut sig = rrsig.sig().to_vec();
    sig[0] ^= 0x01;
    let bad = RRSIG::from_sig(rrsig.input().clone(), sig);
    let mut out = record.clone();
    out.data = RData::DNSSEC(DNSSECRData::RRSIG(bad));
    out
}

/// UDP on a random loopback port, then TCP on the same port (retried if TCP's is taken).
async fn bind_same_port() -> (UdpSocket, TcpListener) {
    for _ in 0..50 {
        let udp = UdpSocket::bind((IpAddr::V4(Ipv4Addr::LOCALHOST), 0))
            .await
            .expect("bind DNS UDP socket");
        let addr = udp.local_addr().expect("udp local addr");
        if let Ok(tcp) = TcpListener::bind(addr).await {
            return (udp, tcp);
        }
    }
    panic!("no loopback port free for both UDP and TCP after 50 tries");
}

/// One zone in its own catalog, so the handler (not the catalog) picks the zone: a DS query
/// goes to the parent side of a zone cut (RFC 4035 §3.1.4.1).
struct Served {
    origin: LowerName,
    catalog: Catalog,
    servfail: bool,
}

/// Routes each query to the deepest zone holding it; SERVFAIL for zones that asked for it.
struct Handler {
    /// Deepest first.
    zones: Vec<Served>,
}

impl Handler {
    fn route(&self, request: &Request) -> Option<&Served> {
        let info = request.request_info().ok()?;
        let name = info.query.name();
        let owner = if info.query.query_type() == RecordType::DS && !name.is_root() {
            name.base_name()
        } else {
            name.clone()
        };
        self.zones.iter().find(|z| z.origin.zone_of(&owner))
    }
}

#[async_trait::async_trait]
impl RequestHandler for Handler {
    async fn handle_request<R: ResponseHandler, T: Time>(
        &self,
        request: &Request,
        mut response_handle: R,
    ) -> ResponseInfo {
        let code = match self.route(request) {
            Some(zone) if !zone.servfail => {
                return zone
                    .catalog
                    .handle_request::<R, T>(request, response_handle)
                    .await;
            }
            Some(_) => ResponseCode::ServFail,
            None => ResponseCode::Refused,
        };
        let response =
            MessageResponseBuilder::new(&request.queries, None).error_msg(&request.metadata, code);
        response_handle
            .send_response(response)
            .await
            .expect("send error response")
    }
}
