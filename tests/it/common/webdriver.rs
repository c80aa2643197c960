//! Just enough of the W3C WebDriver protocol to drive headless Chromium
//! through chromedriver: open pages, find, click, type, run a script, take a
//! screenshot. JSON over HTTP on loopback; no extra crate.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A running chromedriver; killed on drop.
pub struct Driver {
    child: Child,
    base: String,
    http: reqwest::Client,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether Chromium and chromedriver are installed (scripts/portal-browser.sh
/// installs them).
pub fn available() -> bool {
    Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists()
}

impl Driver {
    pub async fn start() -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let child = Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let d = Driver {
            child,
            base: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::builder()
                .no_proxy()
                .build()
                .expect("client"),
        };
        for _ in 0..100 {
            if d.http
                .get(format!("{}/status", d.base))
                .send()
                .await
                .is_ok()
            {
                return d;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not start");
    }

    /// A headless browser session of `width`×`height`, with `host_rules`
    /// (Chromium's --host-resolver-rules) sending test host names to loopback.
    pub async fn session(
        &self,
        width: u32,
        height: u32,
        host_rules: &str,
        profile: &Path,
    ) -> Browser<'_> {
        let args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-dev-shm-usage".into(),
            "--ignore-certificate-errors".into(),
            format!("--window-size={width},{height}"),
            format!("--host-resolver-rules={host_rules}"),
            format!("--user-data-dir={}", profile.display()),
        ];
        let mut chrome = json!({"binary": "/usr/bin/chromium", "args": args});
        if width < 600 {
            // Chromium's windows are never narrower than 500 px: emulate the phone.
            chrome["mobileEmulation"] = json!({"deviceMetrics": {
                "width": width, "height": height, "pixelRatio": 1.0, "mobile": true, "touch": true}});
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "acceptInsecureCerts": true,
            "goog:chromeOptions": chrome
        }}});
        let v = self.call("POST", "/session", caps).await;
        let id = v["sessionId"].as_str().expect("session id").to_string();
        Browser { driver: self, id }
    }

    async fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let v = self.try_call(method, path, body).await;
        if v.get("error").is_some() {
            panic!("webdriver {method} {path}: {v}");
        }
        v
    }

    /// The call's `value`, errors included (`{"error": …}`).
    async fn try_call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.base);
        let req = match method {
            "GET" => self.http.get(url),
            "DELETE" => self.http.delete(url),
            _ => self
                .http
                .post(url)
                .header("Content-Type", "application/json")
                .body(body.to_string()),
        };
        let res = req.send().await.expect("webdriver request");
        let text = res.text().await.expect("webdriver body");
        let v: Value = serde_json::from_str(&text).expect("webdriver json");
        v["value"].clone()
    }
}

pub struct Browser<'a> {
    driver: &'a Driver,
    id: String,
}

impl Browser<'_> {
    async fn call(&self, method: &str, path: &str, body: Value) -> Value {
        self.driver
            .call(method, &format!("/session/{}{path}", self.id), body)
            .await
    }

    pub async fn goto(&self, url: &str) {
        self.call("POST", "/url", json!({ "url": url })).await;
    }

    pub async fn find(&self, css: &str) -> String {
        let v = self
            .call(
                "POST",
                "/element",
                json!({"using": "css selector", "value": css}),
            )
            .await;
        v[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("element {css}: {v}"))
            .to_string()
    }

    /// Wait (up to 10 s) until the page shows an element matching `css`.
    pub async fn wait_for(&self, css: &str) {
        let path = format!("/session/{}/element", self.id);
        for _ in 0..100 {
            let body = json!({"using": "css selector", "value": css});
            let v = self.driver.try_call("POST", &path, body).await;
            if v.get(ELEMENT).is_some() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no {css} on the page: {}", self.source().await);
    }

    pub async fn click(&self, css: &str) {
        let e = self.find(css).await;
        self.call("POST", &format!("/element/{e}/click"), json!({}))
            .await;
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css).await;
        self.call(
            "POST",
            &format!("/element/{e}/value"),
            json!({ "text": text }),
        )
        .await;
    }

    /// Run `script` in the page (WebDriver scripts are not bound by the page's CSP).
    pub async fn eval(&self, script: &str) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            json!({"script": script, "args": []}),
        )
        .await
    }

    pub async fn source(&self) -> String {
        let v = self.call("GET", "/source", Value::Null).await;
        v.as_str().unwrap_or("").to_string()
    }

    /// Save a PNG of the viewport's page to `path`.
    pub async fn screenshot(&self, path: &Path) {
        use base64::Engine;
        let v = self.call("GET", "/screenshot", Value::Null).await;
        let b64 = v.as_str().expect("png").to_string();
        let png = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .expect("base64 png");
        std::fs::write(path, png).expect("write screenshot");
    }

    pub async fn quit(self) {
        self.call("DELETE", "", Value::Null).await;
    }
}
