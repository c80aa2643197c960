//! Smoke tests for the harness itself: the private PostgreSQL cluster answers over its socket, and
//! the test PKI gives a real TLS handshake on loopback. If these fail, every other suite will too.

use std::os::unix::fs::PermissionsExt as _;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection as _, PgConnection};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::{TlsAcceptor, TlsConnector};

use crate::common::certs::{self, TestPki};
use crate::common::pg::PgCluster;

#[tokio::test]
async fn postgres_fresh_database_answers_select_1() {
    let pg = PgCluster::shared();
    let url = pg.fresh_database().await;
    assert!(url.contains("?host=/"), "socket URL: {url}");
    assert_ne!(url, pg.fresh_database().await, "each database is new");

    let pool = PgPoolOptions::new()
        .max_connections(2)
        .connect(&url)
        .await
        .expect("connect");
    let one: i32 = sqlx::query_scalar("select 1")
        .fetch_one(&pool)
        .await
        .expect("select 1");
    assert_eq!(one, 1);
    let fsync: String = sqlx::query_scalar("show fsync")
        .fetch_one(&pool)
        .await
        .expect("show");
    assert_eq!(fsync, "on");
    pool.close().await;
}

#[tokio::test]
async fn postgres_psql_runs_as_superuser_and_as_a_role() {
    let pg = PgCluster::shared();
    let url = pg.fresh_database().await;
    let db = url.split('?').next().unwrap().rsplit('/').next().unwrap();

    pg.psql_ok(
        db,
        "create role smoke_reader login; create table t (x int); insert into t values (7);",
    );
    assert_eq!(pg.psql_ok(db, "select x from t"), "7");

    let denied = pg.psql_as(db, "smoke_reader", "select x from t");
    assert!(
        !denied.status.success(),
        "ON_ERROR_STOP gives a failing status"
    );
    assert!(String::from_utf8_lossy(&denied.stderr).contains("permission denied"));

    let mut conn_as_reader = PgConnection::connect(&pg.admin_url(db, "smoke_reader"))
        .await
        .expect("connect as role");
    let who: String = sqlx::query_scalar("select current_user::text")
        .fetch_one(&mut conn_as_reader)
        .await
        .unwrap();
    assert_eq!(who, "smoke_reader");
}

#[tokio::test]
async fn tls_handshake_with_test_pki_and_written_files() {
    let pki = TestPki::new(&["mx.example.test"]);
    let dir = tempfile::tempdir().unwrap();
    let (chain_path, key_path) = pki.write_server_files(dir.path());
    let mode = std::fs::metadata(&key_path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "key file mode");

    // The server loads the files the way the relay will.
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&chain_path)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(chain.len(), 2, "leaf + CA");
    let key = PrivateKeyDer::from_pem_file(&key_path).unwrap();
    let server_config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(chain, key)
    .unwrap();
    let (addr, server) = echo_server(TlsAcceptor::from(Arc::new(server_config)), 2).await;

    for name in ["mx.example.test", "127.0.0.1"] {
        let connector = TlsConnector::from(pki.client_config());
        let tcp = TcpStream::connect(addr).await.unwrap();
        let server_name = ServerName::try_from(name.to_owned()).unwrap();
        let mut tls = connector.connect(server_name, tcp).await.expect(name);
        tls.write_all(b"ping").await.unwrap();
        let mut buf = [0u8; 4];
        tls.read_exact(&mut buf).await.unwrap();
        assert_eq!(&buf, b"ping");
        let (_, conn) = tls.get_ref();
        assert_eq!(
            conn.protocol_version(),
            Some(rustls::ProtocolVersion::TLSv1_3)
        );
    }
    server.await.unwrap();
}

#[tokio::test]
async fn self_signed_leaf_is_refused_by_pki_client() {
    let pki = TestPki::new(&["mx.example.test"]);
    let rogue = certs::self_signed(&["mx.example.test"]);
    let (addr, _server) = echo_server(TlsAcceptor::from(rogue.server_config()), 1).await;

    let connector = TlsConnector::from(pki.client_config());
    let tcp = TcpStream::connect(addr).await.unwrap();
    let name = ServerName::try_from("mx.example.test").unwrap();
    let err = connector
        .connect(name, tcp)
        .await
        .expect_err("untrusted leaf must fail");
    assert!(err.to_string().contains("UnknownIssuer"), "{err}");
}

/// Accepts `conns` TLS connections on 127.0.0.1 and echoes 4 bytes on each.
async fn echo_server(
    acceptor: TlsAcceptor,
    conns: usize,
) -> (std::net::SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        for _ in 0..conns {
            let (tcp, _) = listener.accept().await.unwrap();
            let Ok(mut tls) = acceptor.accept(tcp).await else {
                continue;
            };
            let mut buf = [0u8; 4];
            tls.read_exact(&mut buf).await.unwrap();
            tls.write_all(&buf).await.unwrap();
            tls.shutdown().await.ok();
        }
    });
    (addr, task)
}
