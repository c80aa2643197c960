//! Triggers: what marks a message as PHI whatever its text says: a subject tag,
//! a PHI header, a Microsoft 365 sensitivity label, a sender rule.
//!
//! Sensitivity labels arrive in the `msip_labels` header as
//! `MSIP_Label_<GUID>_Enabled=true; MSIP_Label_<GUID>_Name=<name>; …`. A label
//! matches by GUID (`msip_label_ids`: stable when a tenant renames the label)
//! or by name (`msip_label_names`), compared without case, spaces, hyphens or
//! underscores ("Confidential - PHI" = "confidential-phi"). A label whose
//! `_Enabled` is `false` does not count.

use super::rules::{PolicySection, sender_matches};

/// Trigger names, in order: subject_tag, x_phi_header, msip_label, sender_rule.
pub(super) fn fired(
    cfg: &PolicySection,
    subjects: &[String],
    headers: &[(String, String)],
    sender: &str,
) -> Vec<&'static str> {
    let mut triggers = Vec::new();
    if cfg.subject_tags.iter().any(|t| {
        let t = t.to_ascii_lowercase();
        subjects.iter().any(|s| s.contains(&t))
    }) {
        triggers.push("subject_tag");
    }
    if cfg.phi_headers.iter().any(|want| {
        let (name, value) = want.split_once(':').unwrap_or((want, ""));
        headers.iter().any(|(n, v)| {
            n.eq_ignore_ascii_case(name.trim()) && v.trim().eq_ignore_ascii_case(value.trim())
        })
    }) {
        triggers.push("x_phi_header");
    }
    let labelled = headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("msip_labels"))
        .any(|(_, v)| msip_matches(cfg, v));
    if labelled {
        triggers.push("msip_label");
    }
    if cfg.phi_senders.iter().any(|s| sender_matches(s, sender)) {
        triggers.push("sender_rule");
    }
    triggers
}

/// A label name as compared: lower case, without spaces, hyphens, underscores.
pub fn label_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '–'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// One `msip_labels` value names a configured label (by GUID or name) that is
/// not switched off.
fn msip_matches(cfg: &PolicySection, value: &str) -> bool {
    let names: Vec<String> = cfg.msip_label_names.iter().map(|n| label_key(n)).collect();
    let ids: Vec<String> = cfg
        .msip_label_ids
        .iter()
        .map(|g| g.to_ascii_lowercase())
        .collect();
    // GUID -> (enabled, name) for every label in the header.
    let mut labels: Vec<(String, Option<bool>, Option<String>)> = Vec::new();
    for kv in value.split(';') {
        let Some((k, v)) = kv.trim().split_once('=') else {
            continue;
        };
        let Some(rest) = k.trim().strip_prefix("MSIP_Label_") else {
            continue;
        };
        let Some((guid, field)) = rest.rsplit_once('_') else {
            continue;
        };
        let guid = guid.to_ascii_lowercase();
        let i = match labels.iter().position(|l| l.0 == guid) {
            Some(i) => i,
            None => {
                labels.push((guid, None, None));
                labels.len() - 1
            }
        };
        match field {
            "Enabled" => labels[i].1 = Some(!v.trim().eq_ignore_ascii_case("false")),
            "Name" => labels[i].2 = Some(label_key(v)),
            _ => {}
        }
    }
    labels.iter().any(|(guid, enabled, name)| {
        enabled != &Some(false)
            && (ids.contains(guid) || name.as_ref().is_some_and(|n| names.contains(n)))
    })
}

/// A label GUID as `msip_label_ids` takes it: 8-4-4-4-12 hexadecimal digits.
pub fn is_label_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUID: &str = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03";

    fn cfg(names: &[&str], ids: &[&str]) -> PolicySection {
        PolicySection {
            msip_label_names: names.iter().map(|s| s.to_string()).collect(),
            msip_label_ids: ids.iter().map(|s| s.to_string()).collect(),
            ..PolicySection::default()
        }
    }

    #[test]
    fn label_names_match_without_case_space_or_hyphen() {
        let c = cfg(&["Confidential - PHI"], &[]);
        for name in [
            "Confidential PHI",
            "confidential-phi",
            "CONFIDENTIAL_PHI",
            "Confidential - PHI",
        ] {
            let v = format!("MSIP_Label_{GUID}_Enabled=true; MSIP_Label_{GUID}_Name={name};");
            assert!(msip_matches(&c, &v), "{name}");
        }
        let other = format!("MSIP_Label_{GUID}_Enabled=true; MSIP_Label_{GUID}_Name=Confidential;");
        assert!(!msip_matches(&c, &other));
    }

    #[test]
    fn label_guids_match_whatever_the_name_and_disabled_labels_do_not() {
        let c = cfg(&[], &[&GUID.to_uppercase()]);
        let renamed =
            format!("MSIP_Label_{GUID}_Enabled=true; MSIP_Label_{GUID}_Name=Renamed Label;");
        assert!(msip_matches(&c, &renamed));
        let off = format!("MSIP_Label_{GUID}_Enabled=false; MSIP_Label_{GUID}_Name=x;");
        assert!(!msip_matches(&c, &off));
        let other = "MSIP_Label_0a1b2c3d-0000-4000-8000-000000000001_Enabled=true; MSIP_Label_0a1b2c3d-0000-4000-8000-000000000001_Name=General;";
        assert!(!msip_matches(&c, other));
    }

    #[test]
    fn guid_shape() {
        assert!(is_label_guid(GUID));
        assert!(!is_label_guid("6f1e2a4c-3b7d-4e0f-9a55"));
        assert!(!is_label_guid("Confidential PHI"));
        assert!(!is_label_guid("6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9fzz"));
    }
}
