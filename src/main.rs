//! The `phirelay` binary: parse the command line and run the verb.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // A panic's message may hold input (a header, an address): log where it
    // happened, never what it said (no PHI in logs).
    phirelay::panic_hook::install();
    // Every file phirelay creates (database, WAL, keys) is for its user only,
    // whatever the caller's umask and whichever verb runs.
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    // One crypto provider for the whole process (rustls, sqlx, hickory, mail-auth).
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let cli = phirelay::cli::Cli::parse();
    phirelay::cli::run(cli)
}
