// sqlx::migrate! embeds the migration files at compile time, but on stable Rust
// cargo does not know the crate reads them: without this, a new migration is
// missing from an incremental build.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
