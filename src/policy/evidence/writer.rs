//! The writer speaking of their own health, or of a family member's: "my a1c
//! says 9.8", "is my mri still on", "my husband ... chest pain". Patients and
//! families write from their own mailboxes, in phone style, often with no name
//! in the text at all: the person identified is the message's author (its From
//! address travels with it). Evidence only when "my" is followed closely, in
//! the same sentence, by a clinical term — not encounter or payment wording
//! ("my appointment with HR", "my claim form"), and not a clinician's "my
//! patients with diabetes" — or when a family member ("my son", "my mom") is
//! spoken of with a clinical term shortly after. "I" with a verb of having or
//! taking ("i started metformin", "I've had chest pain") counts as "my" does,
//! unless the verb is followed by someone else ("I started him on").

use std::sync::LazyLock;

use regex::Regex;

use super::{HealthKind, Hit, IdentityKind, Strength};

/// How far after "my" the clinical term may start ("my thyroid lab came back tsh").
const OWN: usize = 40;
/// How far after "my son" the clinical term may start.
const FAMILY: usize = 300;

static MY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)my(?-u:\b)").expect("built-in 'my' pattern"));

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)my[ \t\xA0]+(?:wife|husband|partner|son|daughter|child|kid|baby|boy|girl|mom|mum|mother|dad|father|parent|grandma|grandmother|grandpa|grandfather|sister|brother|aunt|uncle)(?-u:\b)")
        .expect("built-in relative pattern")
});

/// The writer having or taking something: "I have", "i've had", "I started".
static I_HAVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)i(?:[ \t]+(?:have|had|was|am|started|take|took|got|stopped|ran[ \t]+out[ \t]+of)|'ve|'m|[ \t]+(?:have|had)[ \t]+been)(?-u:\b)")
        .expect("built-in 'I have' pattern")
});

/// After "I started": someone else is the subject of the care ("I started him
/// on", "I have the patient on", "I had your", "I have reviewed").
static SOMEONE_ELSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:him|her|them|his|their|your|patients?|reviewed|seen|ordered|prescribed|referred|discussed|attached|included|privilege|pleasure|honou?r|chance|opportunity|spoken|written|taught)(?-u:\b)")
        .expect("built-in someone-else pattern")
});

/// Between "my" and the term: words that make it a clinician's or an
/// organisation's ("my patients with", "my unit's sepsis rate", "my talk on"),
/// or the end of a sentence or a paragraph. A single line end is where the
/// mail client wrapped the sentence ("after my\nseizure"), not its end.
static NOT_OWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:patients?|practice|clinic|unit|team|department|staff|students?|residents?|interns?|colleagues?|class|talk|lecture|presentation|slides|research|study|article|opinion|experience)(?-u:\b)|[.!?;]|\n[ \t]*\r?\n")
        .expect("built-in not-own pattern")
});

/// Clinical, not encounter or payment wording.
fn clinical(h: &Hit<HealthKind>) -> bool {
    !matches!(h.kind, HealthKind::Encounter | HealthKind::Payment)
}

/// Self-report evidence in `text`, given the health evidence found in it.
pub(super) fn scan(text: &str, health: &[Hit<HealthKind>], out: &mut Vec<Hit<IdentityKind>>) {
    let first_after = |from: usize, reach: usize| {
        health
            .iter()
            .filter(|h| clinical(h) && h.at >= from && h.at - from <= reach)
            .map(|h| h.at)
            .min()
    };
    for m in MY.find_iter(text) {
        let Some(at) = first_after(m.end(), OWN) else {
            continue;
        };
        if text
            .get(m.end()..at)
            .is_some_and(|between| !NOT_OWN.is_match(between))
        {
            out.push(writer(m.start()));
        }
    }
    for m in I_HAVE.find_iter(text) {
        // "Class I was recalled", "Phase I was": a Roman numeral, not the writer.
        if numeral_before(text, m.start()) {
            continue;
        }
        let Some(at) = first_after(m.end(), OWN) else {
            continue;
        };
        if text
            .get(m.end()..at)
            .is_some_and(|between| !NOT_OWN.is_match(between) && !SOMEONE_ELSE.is_match(between))
        {
            out.push(writer(m.start()));
        }
    }
    for m in RELATIVE.find_iter(text) {
        if first_after(m.end(), FAMILY).is_some() {
            out.push(writer(m.start()));
        }
    }
}

/// The word before `at` makes the "I" a numeral ("Class I", "Type I").
fn numeral_before(text: &str, at: usize) -> bool {
    const NUMBERED: &[&str] = &[
        "class", "type", "phase", "stage", "grade", "level", "tier", "part", "section", "schedule",
        "appendix", "category", "chapter", "title", "volume",
    ];
    let mut from = at.saturating_sub(16);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    text[from..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| NUMBERED.contains(&w.to_ascii_lowercase().as_str()))
}

fn writer(at: usize) -> Hit<IdentityKind> {
    Hit {
        kind: IdentityKind::SelfReport,
        strength: Strength::Medium,
        at,
        line: 0,
    }
}
