//! The portal as a person uses it, in headless Chromium (Debian's chromium and
//! chromedriver): at desktop and phone widths, link → code → message → print →
//! reply → sign out, a screenshot of each page into `docs/portal/`. The message
//! carries hostile HTML (script, event handlers, remote images and styles); the
//! browser must run none of it and fetch nothing remote (sanitiser and CSP).
//!
//! Slow, so ignored in the normal suite: `scripts/portal-browser.sh` installs
//! the browser when missing and runs it.

use std::path::PathBuf;
use std::time::Duration;

use crate::common::certs::self_signed;
use crate::common::https::{HttpsServer, Reply};
use crate::common::portal::{HOST, token_in};
use crate::common::webdriver::{Driver, available};
use crate::portal::rig;

const WAIT: Duration = Duration::from_secs(20);
const PNG_1X1: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

fn hostile_html(evil: &str) -> Vec<u8> {
    format!(
        "From: Dr Rivera <dr@dane.test>\r\nTo: a@notls.test\r\nSubject: Your lab results, Maria Lopez\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"m\"\r\n\r\n\
         --m\r\nContent-Type: multipart/related; boundary=\"r\"\r\n\r\n\
         --r\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
         <html><head><style>body {{ background: url(https://{evil}/style-bg.png) }}</style>\
         <link rel=\"stylesheet\" href=\"https://{evil}/remote.css\"><script>document.title='pwned'</script></head>\
         <body><p>Dear Maria Lopez,</p><p>Your <b>HbA1c</b> result is <b>9.1 %</b> (target below 7 %). \
         Please book a follow-up visit.</p>\
         <img src=\"cid:logo@clinic\" alt=\"Clinic logo\">\
         <img src=\"https://{evil}/pixel.gif\" onerror=\"document.title='pwned2'\">\
         <div style=\"background-image:url(https://{evil}/div-bg.png)\" onmouseover=\"document.title='pwned3'\">Results table below.</div>\
         <table><tr><th>Test</th><th>Result</th></tr><tr><td>HbA1c</td><td>9.1 %</td></tr></table>\
         <a href=\"javascript:document.title='pwned4'\" id=\"js-link\">details</a>\
         <iframe src=\"https://{evil}/frame\"></iframe></body></html>\r\n\
         --r\r\nContent-Type: image/png\r\nContent-ID: <logo@clinic>\r\nContent-Transfer-Encoding: base64\r\n\r\n\
         {PNG_1X1}\r\n--r--\r\n\
         --m\r\nContent-Type: application/pdf; name=\"labs.pdf\"\r\nContent-Disposition: attachment; filename=\"labs.pdf\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJSVFT0YK\r\n--m--\r\n"
    )
    .into_bytes()
}

fn shots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/portal");
    std::fs::create_dir_all(&dir).expect("docs/portal");
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium: scripts/portal-browser.sh"]
async fn a_person_reads_and_answers_in_chromium_at_desktop_and_phone_widths() {
    assert!(
        available(),
        "Chromium missing: run scripts/portal-browser.sh"
    );
    let driver = Driver::start().await;
    for (name, width, height) in [("desktop", 1280, 900), ("phone", 390, 844)] {
        person(&driver, name, width, height).await;
    }
}

async fn person(driver: &Driver, name: &str, width: u32, height: u32) {
    let r = rig("").await;
    let evil_leaf = self_signed(&["evil.test"]);
    let evil = HttpsServer::start(
        "127.0.0.1:0".parse().unwrap(),
        evil_leaf.server_config(),
        Reply::status(200),
    )
    .await;
    let id =
        r.w.send(
            "dr@dane.test",
            &["a@notls.test"],
            &hostile_html("evil.test"),
        )
        .await;
    assert!(r.reader_mx.wait_for_received(1, WAIT).await, "notice");
    let token = token_in(&r.reader_mx.received()[0].data);
    let rules = format!("MAP {HOST} {}, MAP evil.test {}", r.portal.addr, evil.addr);
    let profile = tempfile::tempdir().expect("profile");
    let b = driver.session(width, height, &rules, profile.path()).await;
    let base = format!("https://{HOST}/p/{token}");
    let shot = |page: &str| shots().join(format!("{name}-{page}.png"));

    b.goto(&base).await;
    b.wait_for("#code-request").await;
    b.screenshot(&shot("1-landing")).await;
    b.click("#send-code").await;
    let code = r.code(2).await;
    b.wait_for("#code").await;
    b.screenshot(&shot("2-code")).await;
    b.type_into("#code", &code).await;
    b.click("#verify-submit").await;
    b.wait_for("#message-body").await;
    let src = b.source().await;
    assert!(
        src.contains("HbA1c") && src.contains("id=\"message-body\""),
        "{src}"
    );
    b.screenshot(&shot("3-message")).await;

    // Nothing hostile ran, nothing remote was fetched; the inline image came from the portal.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        b.eval("return document.title").await,
        "Message · Example Clinic"
    );
    assert_eq!(
        evil.hits(),
        0,
        "remote content was fetched: {:?}",
        evil.requests()
    );
    let inline = b
        .eval("const i = document.querySelector('#message-body img'); return i ? [i.getAttribute('src'), i.naturalWidth] : null")
        .await;
    assert!(
        inline[0].as_str().unwrap_or("").starts_with("/p/"),
        "{inline}"
    );
    assert_eq!(
        inline[1], 1,
        "the inline image loaded from the portal: {inline}"
    );
    assert_eq!(b.eval("return document.querySelectorAll('script, iframe, link[href*=evil], [onerror], [onmouseover]').length").await, 0);

    b.click("#print-link").await;
    b.wait_for("body.print").await;
    b.screenshot(&shot("4-print")).await;
    b.goto(&format!("{base}/message")).await;
    b.wait_for("#reply-link").await;
    b.click("#reply-link").await;
    b.wait_for("#reply-form").await;
    b.type_into(
        "#reply-body",
        "Thank you. I booked the visit for Monday morning.",
    )
    .await;
    let upload = profile.path().join("insurance-card.txt");
    std::fs::write(&upload, b"member card, front and back").expect("upload file");
    b.type_into("#reply-files", &upload.display().to_string())
        .await;
    b.screenshot(&shot("5-reply")).await;
    b.click("#reply-send").await;
    b.wait_for("#reply-sent, #trouble, #forbidden").await;
    let after = b.source().await;
    assert!(after.contains("reply-sent"), "{after}");
    b.screenshot(&shot("6-reply-sent")).await;
    assert!(
        r.sender_mx.wait_for_received(1, WAIT).await,
        "the reply reaches the sender"
    );
    let reply = String::from_utf8_lossy(&r.sender_mx.received()[0].data).to_string();
    assert!(
        reply.contains("booked the visit") && reply.contains("insurance-card.txt"),
        "{reply}"
    );

    b.goto(&format!("{base}/message")).await;
    b.wait_for("#logout-submit").await;
    b.click("#logout-submit").await;
    b.wait_for("#logged-out").await;
    assert!(b.source().await.contains("logged-out"));
    b.screenshot(&shot("7-signed-out")).await;
    b.goto(&format!(
        "https://{HOST}/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    ))
    .await;
    b.wait_for("#gone").await;
    b.screenshot(&shot("8-link-not-valid")).await;
    assert!(b.source().await.contains("id=\"gone\""));
    b.quit().await;
    assert_eq!(evil.hits(), 0);
    let events = r.w.events(&id).await;
    assert!(events.iter().any(|e| e.0 == "replied"));
}
