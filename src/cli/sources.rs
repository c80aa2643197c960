//! `phirelay sources update`: refresh the sending ranges of a cloud upstream
//! into a file that a `[[source]]` names as `networks_file`. Microsoft's list
//! comes from its endpoints JSON (downloaded by the admin, so the relay needs
//! no Internet access at run time); Google's from the SPF tree of
//! `_spf.google.com` through `[dns]`. The file is replaced atomically, and
//! never with an empty list.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use ipnet::IpNet;

use super::ConfigArg;
use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum SourcesVerb {
    /// Write the current sending ranges of Microsoft 365 or Google Workspace to a file.
    Update {
        #[command(flatten)]
        config: ConfigArg,
        /// "m365" or "google".
        #[arg(long)]
        kind: String,
        /// m365: Microsoft's endpoints JSON (https://endpoints.office.com/endpoints/worldwide?clientrequestid=<GUID>).
        #[arg(long)]
        from: Option<PathBuf>,
        /// google: the SPF record to walk. Default: _spf.google.com.
        #[arg(long, default_value = "_spf.google.com")]
        spf: String,
        /// The file to write (a `networks_file`).
        #[arg(long)]
        out: PathBuf,
    },
}

impl SourcesVerb {
    pub fn config(&self) -> &ConfigArg {
        match self {
            SourcesVerb::Update { config, .. } => config,
        }
    }
}

pub async fn run(verb: SourcesVerb, cfg: Config) -> ExitCode {
    let SourcesVerb::Update {
        kind,
        from,
        spf,
        out,
        ..
    } = verb;
    let (nets, origin) = match (kind.as_str(), from) {
        ("m365", Some(file)) => match m365_ranges(&file) {
            Ok(n) => (n, format!("Microsoft endpoints JSON {}", file.display())),
            Err(e) => return fail(&e, 2),
        },
        ("m365", None) => return fail("m365 needs --from <endpoints JSON file>", 2),
        ("google", _) => match google_ranges(&cfg, &spf).await {
            Ok(n) => (n, format!("the SPF tree of {spf}")),
            Err(e) => return fail(&e, 3),
        },
        _ => return fail("--kind must be m365 or google", 2),
    };
    if nets.is_empty() {
        return fail("no ranges found; the file is left as it was", 1);
    }
    match write_atomically(&out, &nets, &origin) {
        Ok(()) => {
            println!(
                "sources update: {} ranges written to {}",
                nets.len(),
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&format!("cannot write {}: {e}", out.display()), 3),
    }
}

fn fail(why: &str, code: u8) -> ExitCode {
    eprintln!("phirelay sources update: {why}");
    ExitCode::from(code)
}

/// The "Exchange" endpoints on port 25: Exchange Online's sending addresses.
fn m365_ranges(file: &Path) -> Result<Vec<IpNet>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", file.display()))?;
    let mut nets = Vec::new();
    for entry in json.as_array().map(Vec::as_slice).unwrap_or_default() {
        let exchange = entry["serviceArea"] == "Exchange";
        let smtp = entry["tcpPorts"]
            .as_str()
            .is_some_and(|p| p.split(',').any(|p| p.trim() == "25"));
        if !(exchange && smtp) {
            continue;
        }
        for ip in entry["ips"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if let Some(n) = ip.as_str().and_then(|s| s.parse::<IpNet>().ok()) {
                nets.push(n);
            }
        }
    }
    nets.sort();
    nets.dedup();
    Ok(nets)
}

/// ip4: and ip6: of an SPF record and its includes (at most 10 lookups, RFC 7208 §4.6.4).
async fn google_ranges(cfg: &Config, root: &str) -> Result<Vec<IpNet>, String> {
    let dns = crate::dns::Dns::new(&cfg.dns)
        .await
        .map_err(|e| e.to_string())?;
    let mut todo = vec![root.trim_end_matches('.').to_string()];
    let mut seen = Vec::new();
    let mut nets = Vec::new();
    while let Some(name) = todo.pop() {
        if seen.contains(&name) {
            continue;
        }
        if seen.len() >= 10 {
            return Err(format!("more than 10 SPF lookups from {root}"));
        }
        let records = dns.txt(&name).await.map_err(|e| format!("{name}: {e}"))?;
        let spf = records.records().iter().find(|t| t.starts_with("v=spf1"));
        for term in spf
            .map(|s| s.split_whitespace().collect::<Vec<_>>())
            .unwrap_or_default()
        {
            if let Some(inc) = term.strip_prefix("include:") {
                todo.push(inc.trim_end_matches('.').to_string());
            } else if let Some(n) = term
                .strip_prefix("ip4:")
                .or_else(|| term.strip_prefix("ip6:"))
            {
                let n = n
                    .parse::<IpNet>()
                    .or_else(|_| n.parse::<std::net::IpAddr>().map(IpNet::from));
                nets.extend(n.ok());
            }
        }
        seen.push(name);
    }
    nets.sort();
    nets.dedup();
    Ok(nets)
}

fn write_atomically(out: &Path, nets: &[IpNet], origin: &str) -> std::io::Result<()> {
    let mut text = format!(
        "# Written by `phirelay sources update` on {} from {origin}.\n",
        crate::util::utc_minute(crate::util::now_us())
    );
    for n in nets {
        text.push_str(&format!("{n}\n"));
    }
    use std::io::Write;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = out.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&tmp, out)
}
