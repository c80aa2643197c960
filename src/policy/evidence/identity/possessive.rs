//! A name in the possessive before care: "O'Brien's MRI", "Mei Ivanova's
//! fasting sugars", "Ximena Fuentes's next wound care visit".

use std::sync::LazyLock;

use regex::Regex;

use super::super::HealthKind;
use super::{Hit, IdentityKind, NOT_NAMES, Strength, hit, is_provider, words};

/// "Rose Rivers's glargine", "Ana Ruiz' MRI": two capitalised words in the
/// possessive, right before a clinical term.
static POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]\p{Ll}+(?:[ \t\xA0]+[A-Z]\.)?[ \t\xA0]+(?:O['’]|Mc|Mac)?[A-Z]\p{Ll}+)['’]s?[ \t\xA0]+")
        .expect("built-in possessive-name pattern")
});

/// A person whose medication, condition, result or procedure follows their
/// name in the possessive (given the unit's health evidence): the
/// possessive says whose it is, whatever the name lists say.
pub(in crate::policy::evidence) fn possessive(
    text: &str,
    health: &[Hit<HealthKind>],
    out: &mut Vec<Hit<IdentityKind>>,
) {
    let clinical_kind = |k: HealthKind| !matches!(k, HealthKind::Encounter | HealthKind::Payment);
    // Nothing clinical in the unit: no possessive can name whose it is, and
    // the pattern (no literal to look for first) need not read the text.
    if !health.iter().any(|h| clinical_kind(h.kind)) {
        return;
    }
    for c in POSSESSIVE.captures_iter(text) {
        let (Some(all), Some(name)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let clinical = health
            .iter()
            .any(|h| h.at == all.end() && clinical_kind(h.kind))
            || next_visit(text, all.end(), health);
        let not_name = words(name.as_str()).any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()));
        if clinical && !not_name && !is_provider(text, name.start(), name.end()) {
            out.push(hit(
                IdentityKind::PatientName,
                Strength::Medium,
                name.start(),
            ));
        }
    }
}

/// After a possessive name: "next", "last" or "upcoming" and, within the
/// next few words, care of any kind ("Ximena Fuentes's next wound center
/// visit", "Omar Haddad's last admission"): that person's own care.
fn next_visit(text: &str, at: usize, health: &[Hit<HealthKind>]) -> bool {
    const WHEN: &[&str] = &[
        "next ",
        "last ",
        "upcoming ",
        "recent ",
        "latest ",
        "follow-up ",
    ];
    let rest = text.get(at..).unwrap_or("");
    let Some(w) = WHEN.iter().find(|w| {
        rest.get(..w.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(w))
    }) else {
        return false;
    };
    let from = at + w.len();
    health.iter().any(|h| h.at >= from && h.at - from <= 32)
}
