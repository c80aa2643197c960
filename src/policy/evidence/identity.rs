//! Identity evidence from the text itself: a name in a patient role
//! ("Patient: Maria Lopez", "my patient, John Smith", "Member name: LOPEZ,
//! MARIA"), in a name field or reference line ("Name:", "Re:"), a salutation to
//! someone who is not a doctor, a C-CDA `patient`, and, as weak support, a
//! common given name followed by a common surname. Structure first: a
//! capitalised word is a name only when a cue or the name lists say so, and a
//! name with a doctor's title or a clinical credential is a provider's.

use std::sync::LazyLock;

use regex::Regex;

use super::{Hit, IdentityKind, Lexicons, Strength};

/// One name: `First [M.] Last [Last]`, `Last, First`, or the upper-case forms.
const NAME: &str = r"((?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?|[A-Z]{2,}(?:['’-][A-Z]+)?)(?:[ \t]+[A-Z]\.?)?(?:[ \t]+(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?|[A-Z]{2,}(?:['’-][A-Z]+)?)){1,2}|(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?|[A-Z]{2,}),[ \t]*(?:[A-Z][a-z]+|[A-Z]{2,}))";

/// A cue word, then at most a few characters of punctuation, then a name.
static CUED: LazyLock<Regex> = LazyLock::new(|| {
    let cue = r"(?i:\b(patient|pt|client|resident|member|subscriber|beneficiary|enrollee|insured|guarantor|name|re|regarding|fw|fwd)\b(?:'s)?(?:[ \t]+(?:full[ \t]+)?name)?)";
    let honorific = r"(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)?";
    Regex::new(&format!(
        r"(?:{cue}[ \t]*(?:[:#–-]|,|\bis\b)?[ \t]*){{1,3}}(?:(?i:name)[ \t]*:[ \t]*)?{honorific}{NAME}"
    ))
    .expect("built-in name cue pattern")
});

static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^[ \t]*(?:Dear|Hi|Hello)[ \t]+((?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor)\.?[ \t]+)?([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)?)[ \t]*[,:!]",
    )
    .expect("built-in salutation pattern")
});

static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
        .expect("built-in person pattern")
});

static CCDA_PATIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<(?:\w+:)?patient\b[^>]*>.{0,2000}?<(?:\w+:)?(?:given|family)\b")
        .expect("built-in C-CDA pattern")
});

/// Capitalised words that start no person's name in mail (departments,
/// organisations, document words), so "Patient Portal Access" is no name.
const NOT_NAMES: &[&str] = &[
    "portal",
    "safety",
    "care",
    "services",
    "service",
    "health",
    "center",
    "centre",
    "hospital",
    "medical",
    "department",
    "team",
    "education",
    "experience",
    "relations",
    "access",
    "information",
    "record",
    "records",
    "account",
    "accounts",
    "support",
    "financial",
    "office",
    "clinic",
    "group",
    "plan",
    "number",
    "id",
    "date",
    "list",
    "form",
    "forms",
    "update",
    "updates",
    "notice",
    "meeting",
    "schedule",
    "report",
    "reports",
    "policy",
    "week",
    "month",
    "day",
    "review",
    "program",
    "committee",
    "council",
    "survey",
    "satisfaction",
    "engagement",
    "advocate",
    "advocacy",
    "navigator",
    "unknown",
    "doe",
    "test",
    "sample",
    "example",
    "name",
    "first",
    "last",
    "middle",
    "full",
    "the",
    "and",
    "of",
    "for",
    "your",
    "our",
    "all",
    "new",
    "monthly",
    "annual",
    "quarterly",
    "weekly",
    "daily",
    "staff",
    "colleague",
    "colleagues",
    "provider",
    "providers",
    "team",
    "member",
    "members",
    "patient",
    "patients",
];

/// Credentials after a name that make it a provider's.
static CREDENTIAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?[ \t]*(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA|PA-C|PhD|PharmD|DDS|DMD|FNP|APRN|LCSW|CNM|FACC|FACP|MBBS|DNP|BSN|MSN|CRNA)\b")
        .expect("built-in credential pattern")
});

fn words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| w.len() > 1)
}

/// A provider's name: a doctor's title before it or a credential after it.
fn is_provider(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let titled = ["Dr", "Dr.", "Doctor", "Prof.", "Professor"]
        .iter()
        .any(|t| before.ends_with(t));
    titled || CREDENTIAL_AFTER.is_match(&text[end..])
}

/// The name is made of name words: none is a known non-name, and at least
/// one is in the given-name or surname list.
fn plausible(name: &str, lex: &Lexicons) -> bool {
    let mut any_listed = false;
    for w in words(name) {
        let lower = w.to_lowercase();
        if NOT_NAMES.contains(&lower.as_str()) {
            return false;
        }
        any_listed |= lex.is_given(w) || lex.is_surname(w);
    }
    any_listed
}

pub(super) fn scan(text: &str, lex: &Lexicons, out: &mut Vec<Hit<IdentityKind>>) {
    for c in CUED.captures_iter(text) {
        let (Some(cue), Some(name)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if !plausible(name.as_str(), lex) || is_provider(text, name.start(), name.end()) {
            continue;
        }
        let patient_role = !matches!(
            cue.as_str().to_ascii_lowercase().as_str(),
            "name" | "re" | "regarding" | "fw" | "fwd"
        );
        out.push(match patient_role {
            true => hit(IdentityKind::PatientName, Strength::Strong, name.start()),
            false => hit(IdentityKind::NamedField, Strength::Medium, name.start()),
        });
    }
    for c in SALUTATION.captures_iter(text) {
        let doctor = c
            .get(1)
            .is_some_and(|t| t.as_str().trim_end_matches('.').trim().starts_with("D"));
        let Some(name) = c.get(2) else { continue };
        let titled = c.get(1).is_some();
        if doctor || !(titled || plausible(name.as_str(), lex)) {
            continue;
        }
        if words(name.as_str()).any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str())) {
            continue;
        }
        out.push(hit(
            IdentityKind::Salutation,
            Strength::Medium,
            name.start(),
        ));
    }
    for c in PERSON.captures_iter(text) {
        let (Some(first), Some(last)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let listed = lex.is_given(first.as_str()) && lex.is_surname(last.as_str());
        if listed && !is_provider(text, first.start(), last.end()) {
            out.push(hit(IdentityKind::PersonName, Strength::Weak, first.start()));
        }
    }
    if let Some(m) = CCDA_PATIENT.find(text) {
        out.push(hit(
            IdentityKind::ClinicalDocument,
            Strength::Strong,
            m.start(),
        ));
    }
}

fn hit(kind: IdentityKind, strength: Strength, at: usize) -> Hit<IdentityKind> {
    Hit { kind, strength, at }
}
