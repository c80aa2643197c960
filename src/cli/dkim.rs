//! `phirelay dkim keygen`: a new signing key (mode 0600) and its DNS record;
//! `phirelay dkim show-record`: the record of an existing key.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::config::DkimAlgorithm;

#[derive(Debug, Subcommand)]
pub enum DkimVerb {
    /// Write a new private key and print the TXT record to publish.
    Keygen {
        /// The signing domain (d=), e.g. example.org.
        #[arg(long)]
        domain: String,
        /// The selector (s=), e.g. 2026a.
        #[arg(long)]
        selector: String,
        /// rsa (RSA-2048, SHA-256) or ed25519 (RFC 8463).
        #[arg(long, value_parser = parse_algo)]
        algo: DkimAlgorithm,
        /// Where to write the key. Default: ./<selector>.<domain>.<algo>.pem
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Print the TXT record that publishes an existing private key's public half.
    ShowRecord {
        /// The private key file (PEM), as `[[dkim.key]] private_key`.
        keyfile: PathBuf,
        /// With --selector: print the whole zone line for this domain.
        #[arg(long, requires = "selector")]
        domain: Option<String>,
        #[arg(long, requires = "domain")]
        selector: Option<String>,
        /// One JSON object: the record, and its DNS name with --domain/--selector.
        #[arg(long)]
        json: bool,
    },
}

fn parse_algo(s: &str) -> Result<DkimAlgorithm, String> {
    match s {
        "rsa" => Ok(DkimAlgorithm::Rsa),
        "ed25519" => Ok(DkimAlgorithm::Ed25519),
        _ => Err("use rsa or ed25519".into()),
    }
}

pub fn run(verb: DkimVerb) -> ExitCode {
    match verb {
        DkimVerb::Keygen {
            domain,
            selector,
            algo,
            out,
        } => keygen(domain, selector, algo, out),
        DkimVerb::ShowRecord {
            keyfile,
            domain,
            selector,
            json,
        } => show_record(&keyfile, domain.zip(selector), json),
    }
}

/// `dkim show-record`: what to publish (or compare with what is published).
fn show_record(
    keyfile: &std::path::Path,
    name: Option<(String, String)>,
    as_json: bool,
) -> ExitCode {
    match crate::dkim::record_of(keyfile) {
        Ok(txt) => {
            if as_json {
                let name = name.map(|(d, s)| format!("{s}._domainkey.{d}."));
                println!(
                    "{}",
                    serde_json::json!({"name": name, "type": "TXT", "record": txt})
                );
                return ExitCode::SUCCESS;
            }
            match name {
                Some((domain, selector)) => println!(
                    "{selector}._domainkey.{domain}. IN TXT \"{}\"",
                    quote_chunks(&txt)
                ),
                None => println!("{txt}"),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("phirelay dkim show-record: {e}");
            ExitCode::from(2)
        }
    }
}

fn keygen(domain: String, selector: String, algo: DkimAlgorithm, out: Option<PathBuf>) -> ExitCode {
    let algo_name = match algo {
        DkimAlgorithm::Rsa => "rsa",
        DkimAlgorithm::Ed25519 => "ed25519",
    };
    let path = out.unwrap_or_else(|| PathBuf::from(format!("{selector}.{domain}.{algo_name}.pem")));
    let (pem, txt) = match crate::dkim::generate(algo) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("phirelay dkim keygen: {e}");
            return ExitCode::from(3);
        }
    };
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .and_then(|mut f| f.write_all(pem.as_bytes()).and_then(|()| f.sync_all()));
    if let Err(e) = written {
        eprintln!(
            "phirelay dkim keygen: cannot write {} ({e}); it must not exist yet",
            path.display()
        );
        return ExitCode::from(2);
    }
    println!("private key: {} (mode 0600)", path.display());
    println!();
    println!("publish this TXT record:");
    println!(
        "{selector}._domainkey.{domain}. IN TXT \"{}\"",
        quote_chunks(&txt)
    );
    println!();
    println!("and add to the config:");
    println!(
        "[[dkim.key]]\ndomain = \"{domain}\"\nselector = \"{selector}\"\nalgorithm = \"{algo_name}\"\nprivate_key = \"{}\"",
        path.display()
    );
    ExitCode::SUCCESS
}

/// DNS TXT strings hold at most 255 bytes: split, as zone files write it.
fn quote_chunks(txt: &str) -> String {
    txt.as_bytes()
        .chunks(250)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("\" \"")
}
