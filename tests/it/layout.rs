//! The layout rules of docs/architecture.md, checked on the source tree: the
//! one-way arrows between stages, the acceptance stage as the only way into the
//! store, and the size limits (files ≤ 800 lines, functions ≤ ~120).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read src") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Non-comment lines of every file under `src/<stage>/` (or `src/<stage>.rs`).
fn stage_code(stage: &str) -> Vec<(PathBuf, String)> {
    let mut files = rust_files(&src().join(stage));
    let single = src().join(format!("{stage}.rs"));
    if single.exists() {
        files.push(single);
    }
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read");
            let code: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            (p, code.join("\n"))
        })
        .collect()
}

fn assert_no_import(stage: &str, forbidden: &[&str]) {
    for (path, code) in stage_code(stage) {
        for f in forbidden {
            assert!(
                !code.contains(f),
                "{} uses {f}: {stage}/ must not depend on it (docs/architecture.md)",
                path.display()
            );
        }
    }
}

#[test]
fn arrows_point_one_way() {
    // Inbound does not reach into outbound, nor into the queue's insides.
    assert_no_import("smtp", &["crate::transport", "crate::queue::"]);
    // Outbound does not depend on inbound.
    assert_no_import("transport", &["crate::smtp"]);
    assert_no_import("queue", &["crate::smtp"]);
    // The policy engine is pure: no store, no config loading.
    assert_no_import("policy", &["crate::store", "crate::config"]);
    // The portal is an entrance: it reaches the queue only through acceptance
    // and the store, never delivery.
    assert_no_import(
        "portal",
        &["crate::transport", "crate::queue::", "crate::smtp::session"],
    );
    // The acceptance stage does not know its entrances.
    assert_no_import("accept", &["crate::smtp", "crate::transport::client"]);
}

#[test]
fn the_acceptance_stage_is_the_only_caller_of_store_accept() {
    for p in rust_files(&src()) {
        if p.starts_with(src().join("accept")) || p.starts_with(src().join("store")) {
            continue;
        }
        let text = std::fs::read_to_string(&p).expect("read");
        assert!(
            !text.contains("store.accept(") && !text.contains(".store.accept("),
            "{} calls store.accept: go through crate::accept",
            p.display()
        );
    }
}

/// Lines of each `fn` body, by brace matching (strings with braces are rare
/// enough in this code base not to matter for a size check).
fn long_functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        let is_fn = [
            "fn ",
            "pub fn ",
            "async fn ",
            "pub async fn ",
            "pub(super) fn ",
            "pub(crate) fn ",
        ]
        .iter()
        .any(|p| t.starts_with(p))
            || t.starts_with("pub(super) async fn ")
            || t.starts_with("pub(crate) async fn ");
        if !is_fn || t.ends_with(';') {
            i += 1;
            continue;
        }
        let (mut depth, mut started, mut j) = (0i64, false, i);
        while j < lines.len() {
            for c in lines[j].chars() {
                match c {
                    '{' => {
                        depth += 1;
                        started = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if started && depth <= 0 {
                break;
            }
            j += 1;
        }
        out.push((t.chars().take(70).collect(), j - i + 1));
        i = if started { j + 1 } else { i + 1 };
    }
    out
}

#[test]
fn files_and_functions_stay_small() {
    // Table-driven data (the detector defaults) is fine long.
    let allowed = ["policy/detect/config.rs"];
    let mut problems = Vec::new();
    for p in rust_files(&src()) {
        let text = std::fs::read_to_string(&p).expect("read");
        let rel = p.strip_prefix(src()).unwrap_or(&p).display().to_string();
        let n = text.lines().count();
        if n > 800 {
            problems.push(format!("{rel}: {n} lines (over 800)"));
        }
        if allowed.contains(&rel.as_str()) {
            continue;
        }
        for (name, len) in long_functions(&text) {
            if len > 125 {
                problems.push(format!("{rel}: `{name}` is {len} lines (over ~120)"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A pattern written through a non-raw string once held a backspace where
/// `\b` was meant, and never matched: no source file holds a control
/// character (other than the line break) or a no-break space typed as such.
#[test]
fn no_source_file_holds_a_control_character() {
    let mut problems = Vec::new();
    for p in rust_files(&src()) {
        let text = std::fs::read_to_string(&p).expect("read");
        for (n, line) in text.lines().enumerate() {
            if line
                .chars()
                .any(|c| (c.is_control() && c != '\t') || c == '\u{a0}')
            {
                problems.push(format!("{}:{}", p.display(), n + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
