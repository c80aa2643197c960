//! The docs are part of the product: every config key that docs/configuration.md
//! documents exists (the loader knows it), and every verb `phirelay --help`
//! lists (with its sub-verbs) has its section in docs/cli.md.

use std::path::Path;
use std::process::Command;

fn doc(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs")
            .join(name),
    )
    .expect("read doc")
}

/// (table header as written in TOML, key) for every key row of every section.
fn documented_keys() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut section: Option<String> = None;
    // Only tables whose header row is "| Key | …" list keys (others list values).
    let mut key_table = false;
    for line in doc("configuration.md").lines() {
        if !line.starts_with('|') {
            key_table = false;
        } else if line.starts_with("| Key") {
            key_table = true;
            continue;
        }
        if let Some(h) = line
            .strip_prefix("## ")
            .or_else(|| line.strip_prefix("### "))
        {
            // "`[store]`" or "`[[transport.route]]`": a section; other headings end it.
            let name = h.trim().trim_matches('`');
            section = (name.starts_with('[') && name.ends_with(']')).then(|| name.to_string());
            continue;
        }
        let (Some(sec), Some(row), true) = (&section, line.strip_prefix("| `"), key_table) else {
            continue;
        };
        let Some((key, _)) = row.split_once('`') else {
            continue;
        };
        // Rows that name sub-tables (`[[policy.rule]]`) are sections of their own.
        if key.starts_with('[') || key.contains(' ') {
            continue;
        }
        out.push((sec.clone(), key.to_string()));
    }
    out
}

#[test]
fn every_documented_config_key_exists() {
    let keys = documented_keys();
    assert!(keys.len() > 60, "parsed only {} keys", keys.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    let mut unknown = Vec::new();
    for (section, key) in keys {
        // A value of the wrong type is fine: the loader then says "invalid
        // type", which proves it knows the key; an unknown one says so.
        let text = format!("{section}\n{key} = \"\\u0001probe\"\n");
        std::fs::write(&path, text).unwrap();
        if let Err(e) = phirelay::config::load(&path) {
            let msg = e.to_string();
            if msg.contains("unknown field") || msg.contains("unknown variant `probe") {
                unknown.push(format!("{section} {key}: {msg}"));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "documented but unknown:\n{}",
        unknown.join("\n")
    );
}

fn help_verbs(args: &[&str]) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_phirelay"))
        .args(args)
        .arg("--help")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|v| v != "help")
        .collect()
}

#[test]
fn every_cli_verb_is_in_cli_md() {
    let cli = doc("cli.md");
    let verbs = help_verbs(&[]);
    assert!(verbs.len() >= 8, "{verbs:?}");
    let mut missing = Vec::new();
    for verb in &verbs {
        let subs = help_verbs(&[verb.as_str()]);
        if subs.is_empty() {
            if !cli.contains(&format!("## {verb}")) {
                missing.push(verb.clone());
            }
            continue;
        }
        for sub in subs {
            let full = format!("{verb} {sub}");
            let has_heading = cli.lines().any(|l| l.starts_with('#') && l.contains(&full));
            if !has_heading {
                missing.push(full);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "verbs without a section in docs/cli.md: {missing:?}"
    );
}

/// The example config checks from any directory (it once named the
/// consumer-domains list by a path relative to the repository).
#[test]
fn example_config_checks_from_another_directory() {
    let cwd = tempfile::tempdir().unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/phirelay.toml");
    let out = Command::new(env!("CARGO_BIN_EXE_phirelay"))
        .args(["check-config", "--config"])
        .arg(&example)
        .current_dir(cwd.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
