//! `[metrics]` checks beyond the listen address.

/// `metrics.destination_domains`: plain domain names (they become label values).
pub(super) fn metrics_domains(
    list: &[String],
    err: &mut impl FnMut(&str, String, &str),
) -> Vec<String> {
    const MOST: usize = 100;
    if list.len() > MOST {
        err(
            "metrics.destination_domains",
            format!("{} domains; at most {MOST}", list.len()),
            "list only the destinations worth a series of their own",
        );
    }
    let mut out = Vec::new();
    for (i, d) in list.iter().enumerate() {
        let d = d.trim().trim_end_matches('.').to_ascii_lowercase();
        let plain = !d.is_empty()
            && d.len() <= 253
            && d.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
        if plain {
            out.push(d);
        } else {
            err(
                &format!("metrics.destination_domains[{i}]"),
                format!("{d:?} is not a domain name"),
                "write a domain such as \"gmail.com\" (no address, no wildcard)",
            );
        }
    }
    out.sort();
    out.dedup();
    out
}
