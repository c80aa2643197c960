//! Test PKI: a throwaway CA and server certificates made with rcgen, plus the rustls configs that
//! use them, so every TLS test runs a real handshake on loopback with nothing from the real Internet.
//!
//! `TestPki::new(hosts)` makes a CA and one server leaf it signs; `issue` signs more leaves (one per
//! test MX host); `self_signed` makes a CA-less leaf (DANE-EE `3 1 1` peers, "untrusted cert" cases).
//! Every leaf is valid for the given names plus the IP `127.0.0.1`; a name that parses as an IP
//! becomes an IP SAN. Keys are ECDSA P-256 (rcgen's default). All crypto is aws-lc-rs, like the relay.

use std::fs::{self, OpenOptions};
use std::io::Write as _;
use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::{ClientConfig, RootCertStore, ServerConfig};

/// A CA and a server leaf it signed.
pub struct TestPki {
    /// The CA certificate, PEM: what a client must trust.
    pub ca_pem: String,
    pub ca_der: Vec<u8>,
    /// The leaf made by `new` (its chain is leaf then CA).
    pub server: Leaf,
    issuer: Issuer<'static, KeyPair>,
}

/// A certificate with its key; `chain_*` is what a server presents.
pub struct Leaf {
    pub cert_pem: String,
    pub cert_der: Vec<u8>,
    /// PKCS#8.
    pub key_pem: String,
    pub key_der: Vec<u8>,
    /// Leaf first, then the CA (the CA is included so DANE-TA `2 x x` peers can match it).
    pub chain_pem: String,
    pub chain_der: Vec<Vec<u8>>,
}

impl TestPki {
    /// A new CA and a server leaf for `hosts` (+ `127.0.0.1`) signed by it.
    pub fn new(hosts: &[&str]) -> TestPki {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, "phirelay test CA");
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let key = KeyPair::generate().expect("generate CA key");
        let ca = params.self_signed(&key).expect("self-sign CA");
        let issuer = Issuer::new(params, key);
        let (ca_pem, ca_der) = (ca.pem(), ca.der().to_vec());
        let server = sign_leaf(&issuer, &ca_pem, &ca_der, hosts);
        TestPki {
            ca_pem,
            ca_der,
            server,
            issuer,
        }
    }

    /// Another leaf for `hosts` (+ `127.0.0.1`) signed by this CA.
    pub fn issue(&self, hosts: &[&str]) -> Leaf {
        sign_leaf(&self.issuer, &self.ca_pem, &self.ca_der, hosts)
    }

    /// A client certificate (TLS client authentication) for `hosts`, signed by this CA.
    pub fn issue_client(&self, hosts: &[&str]) -> Leaf {
        let key = KeyPair::generate().expect("generate leaf key");
        let mut params = leaf_params(hosts);
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
        let cert = params
            .signed_by(&key, &self.issuer)
            .expect("sign client leaf");
        Leaf::new(&cert, &key, Some((&self.ca_pem, &self.ca_der)))
    }

    /// A TLS client that trusts `server`'s CA and presents `client`.
    pub fn client_config_with_cert(server: &TestPki, client: &Leaf) -> Arc<ClientConfig> {
        let chain = client
            .chain_der
            .iter()
            .map(|d| CertificateDer::from(d.clone()))
            .collect();
        let key = rustls_pki_types::PrivateKeyDer::Pkcs8(client.key_der.clone().into());
        let config = ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("versions")
            .with_root_certificates(server.roots())
            .with_client_auth_cert(chain, key)
            .expect("client auth cert");
        Arc::new(config)
    }

    /// Writes the server chain and key as `server-chain.pem` and `server-key.pem` (mode 0600).
    pub fn write_server_files(&self, dir: &Path) -> (PathBuf, PathBuf) {
        self.server.write_files(dir, "server")
    }

    /// Writes the CA certificate as `ca.pem` (for the relay's extra CA roots).
    pub fn write_ca_file(&self, dir: &Path) -> PathBuf {
        let path = dir.join("ca.pem");
        fs::write(&path, &self.ca_pem).expect("write ca.pem");
        path
    }

    /// A root store holding only this CA.
    pub fn roots(&self) -> RootCertStore {
        let mut roots = RootCertStore::empty();
        roots
            .add(CertificateDer::from(self.ca_der.clone()))
            .expect("add test CA to roots");
        roots
    }

    /// A TLS client that trusts this CA and nothing else.
    pub fn client_config(&self) -> Arc<ClientConfig> {
        let config = ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("aws-lc-rs supports the default protocol versions")
            .with_root_certificates(self.roots())
            .with_no_client_auth();
        Arc::new(config)
    }
}

impl Leaf {
    fn new(cert: &rcgen::Certificate, key: &KeyPair, ca: Option<(&str, &[u8])>) -> Leaf {
        let mut chain_pem = cert.pem();
        let mut chain_der = vec![cert.der().to_vec()];
        if let Some((ca_pem, ca_der)) = ca {
            chain_pem.push_str(ca_pem);
            chain_der.push(ca_der.to_vec());
        }
        Leaf {
            cert_pem: cert.pem(),
            cert_der: cert.der().to_vec(),
            key_pem: key.serialize_pem(),
            key_der: key.serialize_der(),
            chain_pem,
            chain_der,
        }
    }

    /// Writes `<stem>-chain.pem` and `<stem>-key.pem` (the key with mode 0600) into `dir`.
    pub fn write_files(&self, dir: &Path, stem: &str) -> (PathBuf, PathBuf) {
        let cert_path = dir.join(format!("{stem}-chain.pem"));
        let key_path = dir.join(format!("{stem}-key.pem"));
        fs::write(&cert_path, &self.chain_pem).expect("write certificate chain");
        let mut key_file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&key_path)
            .expect("create key file");
        // `mode` applies only on creation; make an existing file 0600 too.
        key_file
            .set_permissions(fs::Permissions::from_mode(0o600))
            .expect("chmod key file");
        key_file
            .write_all(self.key_pem.as_bytes())
            .expect("write key file");
        (cert_path, key_path)
    }

    /// A TLS server presenting this leaf's chain (no client auth).
    pub fn server_config(&self) -> Arc<ServerConfig> {
        let chain = self
            .chain_der
            .iter()
            .map(|d| CertificateDer::from(d.clone()))
            .collect();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone()));
        let config = ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("aws-lc-rs supports the default protocol versions")
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .expect("test leaf and key match");
        Arc::new(config)
    }
}

/// A leaf for `hosts` (+ `127.0.0.1`) that signs itself: no CA will vouch for it.
pub fn self_signed(hosts: &[&str]) -> Leaf {
    let key = KeyPair::generate().expect("generate key");
    let cert = leaf_params(hosts)
        .self_signed(&key)
        .expect("self-sign leaf");
    Leaf::new(&cert, &key, None)
}

/// As [`self_signed`], valid only until `days` days from now (UTC midnight).
pub fn self_signed_for_days(hosts: &[&str], days: i64) -> Leaf {
    let key = KeyPair::generate().expect("generate key");
    let mut params = leaf_params(hosts);
    let day = phirelay::util::utc_day(phirelay::util::now_us() + days * 86_400 * 1_000_000);
    let ymd: Vec<i32> = day
        .split('-')
        .map(|p| p.parse().expect("date part"))
        .collect();
    params.not_after = rcgen::date_time_ymd(ymd[0], ymd[1] as u8, ymd[2] as u8);
    let cert = params.self_signed(&key).expect("self-sign leaf");
    Leaf::new(&cert, &key, None)
}

fn sign_leaf(issuer: &Issuer<'_, KeyPair>, ca_pem: &str, ca_der: &[u8], hosts: &[&str]) -> Leaf {
    let key = KeyPair::generate().expect("generate leaf key");
    let cert = leaf_params(hosts)
        .signed_by(&key, issuer)
        .expect("sign leaf");
    Leaf::new(&cert, &key, Some((ca_pem, ca_der)))
}

fn leaf_params(hosts: &[&str]) -> CertificateParams {
    let mut names: Vec<String> = hosts.iter().map(|h| h.to_string()).collect();
    if !names.iter().any(|n| n == "127.0.0.1") {
        names.push("127.0.0.1".into());
    }
    let mut params = CertificateParams::new(names).expect("valid DNS names / IPs");
    params.distinguished_name.push(
        DnType::CommonName,
        hosts.first().copied().unwrap_or("127.0.0.1"),
    );
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.use_authority_key_identifier_extension = true;
    params
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}
