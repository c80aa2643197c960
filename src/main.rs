//! The `phirelay` binary: parse the command line and run the verb.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // A panic's message may hold input (a header, an address): log where it
    // happened, never what it said (no PHI in logs).
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_else(|| "unknown location".into());
        eprintln!("phirelay: internal error (panic) at {at}; details withheld");
    }));
    // Every file phirelay creates (database, WAL, keys) is for its user only,
    // whatever the caller's umask and whichever verb runs.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    // One crypto provider for the whole process (rustls, sqlx, hickory, mail-auth).
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let cli = phirelay::cli::Cli::parse();
    phirelay::cli::run(cli)
}
