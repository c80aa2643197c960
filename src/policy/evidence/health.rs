//! Health evidence from the text itself, found in one pass of the lexicon
//! automaton: a lab analyte with a value after it (strong: "HbA1c 7.2 %",
//! "Potassium: 5.9 mmol/L"), a drug with a dose (strong: "metformin 500 mg"),
//! a drug alone, conditions, procedures, encounter and payment wording
//! (medium). An analyte with no value is only a mention (weak): newsletters
//! quote reference ranges without a patient.

use std::sync::LazyLock;

use regex::Regex;

use super::identity::staff::staff_subject_before;
use super::lexicons::Term;
use super::{HealthKind, Hit, Lexicons, Strength};
use crate::policy::detect::normal::Normalized;

/// A result value right after an analyte: separators, its unit in
/// parentheses as a flowsheet writes it ("Creatinine (mg/dL)  2.1  3.0"), an
/// optional flag word, a comparator, a number.
static VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t:=|,()\[\]-]{0,6}(?:\([^()\n]{1,14}\)[ \t:=|-]{0,6})?(?i:(?:level|levels|result|results|value|test|was|were|is|of|now|today|measured|came back|at|returned|remains|up to|down to|increased to|decreased to)[ \t:)]{1,3}){0,3}[<>≤≥]?[ \t]*[0-9]+(?:[.,/][0-9]+)?")
        .expect("built-in lab value pattern")
});

/// A value after a comparator ("HbA1c > 9", "lactate >2 mmol/L triggers"):
/// how rules, dashboards and guidelines quote a cut-off. A result reported
/// that way is still a lab value, but not a strong one.
static THRESHOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t:=|,()\[\]-]{0,6}(?:of[ \t]+)?(?:[<>≤≥]|&[lg]t;)")
        .expect("built-in threshold pattern")
});

/// After a condition or procedure, the name of a service, an event or a place
/// (care wording), not a person's diagnosis: "diabetes prevention program",
/// "heart failure clinic", "Diabetes Center", "breast cancer awareness
/// month", "Surgery waiting room".
static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[ \t]+(?:(?:prevention|care|management|self management|education|support|transitions?|awareness|research|treatment|wellness|screening|and)[ \t]+){0,2}(?:program|programme|programs|clinic|center|centre|service|services|unit|team|department|month|week|educators?|class|classes|foundation|society|association|institute|initiative|campaign|fair|walk|waiting[ \t]+(?:room|area)|lobby|desk|wing|suite|lounge|office)(?-u:\b)")
        .expect("built-in institution pattern")
});

/// After a test or a procedure, the thing used for it: "ECG electrodes",
/// "SpO2 sensor", "troponin reagent", "MRI scanner". A supply order or a
/// service ticket names these; no one's care is in them. (Not a meter or a
/// monitor: "her glucose meter reads 320", "Holter monitor results" are a
/// patient's.)
static EQUIPMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[ \t-]+(?:[a-z]+[ \t]+)?(?:electrodes?|leads?|sensors?|probes?|cables?|cuffs?|kits?|trays?|pouch(?:es)?|cartridges?|reagents?|calibrators?|controls?|strips?|paper|gel|supplies|supply|carts?|machines?|modules?|analy[sz]ers?|scanners?|transducers?|printers?|workstations?|consoles?|coils?|equipment|devices?|software|licen[cs]es?)(?-u:\b)")
        .expect("built-in equipment pattern")
});

/// Near a drug: it is stock, not someone's therapy ("restock count … for
/// hydromorphone 2 mg/mL", "Heparin sodium 5,000 units/mL | NDC … | Lot …",
/// `"item": "HYDROmorphone 2 mg/mL"`). A dose there is a product's strength.
static STOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:restock(?:ed|ing)?|in[ \t]+stock|stock(?:ed|ing)?[ \t]+(?:level|levels|location)|inventory|shortage|back-?order(?:ed)?|par[ \t]+levels?|recall(?:ed)?|lot[ \t]+(?:number|numbers|no\.?|#)|lots|NDC|wholesaler|formulary|carpuject|item|sku|product)(?-u:\b)")
        .expect("built-in stock pattern")
});

/// After a condition, procedure or care word, the people who work in that
/// service or the group that runs it: "dialysis staff", "EMERGENCY
/// DEPARTMENT PHYSICIAN SCHEDULE", "Sepsis Committee", "oncology nurses".
/// The words name a workforce, not anyone's care.
static WORKFORCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[ \t]+(?:(?:and|&|on-call|call|shift|day|night|weekend|unit|department|clinic)[ \t]+){0,2}(?:staff|staffing|physicians?|nurses|nursing[ \t]+staff|techs|technicians|technologists|providers|doctors|clinicians|hospitalists|attendings|committee|council|workgroup|work[ \t]+group|task[ \t]+force|channel|huddle)(?-u:\b)")
        .expect("built-in workforce pattern")
});

/// A value that is the low end of a range: "5.7-6.4", "70 to 99".
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^0-9]{0,40}?[0-9]+(?:[.,][0-9]+)?[ \t]*(?:[-–]|to)[ \t]*[0-9]")
        .expect("built-in range pattern")
});

/// A dose right after a drug name, or a change of dose ("glargine from 18
/// to 22 units").
static DOSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t:,(-]{0,4}(?:[A-Za-z]+[ \t]+){0,2}(?:[0-9]+(?:[.,][0-9]+)?[ \t]*(?:to|-|–)[ \t]*)?[0-9]+(?:[.,][0-9]+)?[ \t]*(?i:mg|mcg|µg|g|ml|mL|units?|iu|meq|%|tabs?|tablets?|capsules?|puffs?)(?-u:\b)")
        .expect("built-in dose pattern")
});

/// Before a drug: someone is taking it now ("she is still on the", "he's on
/// his", "is she still on"). A person's current therapy, as strong as a dose.
static TAKING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:she|he|they)(?:(?:'s|[ \t\r\n]+(?:is|was|are|were|has been|have been|remains))(?:[ \t\r\n]+(?:still|now|currently|already))?|[ \t\r\n]+(?:still|now|currently|already))[ \t\r\n]+on(?:[ \t\r\n]+(?:the|her|his|their))?[ \t\r\n]*$")
        .expect("built-in taking pattern")
});

/// A clinical record field at the start of a line: "Diagnosis: …",
/// "Impression: …", "Reason for referral: …".
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t]*(?:diagnosis|diagnoses|dx|impression|reason for (?:visit|referral|consult)|reason|chief complaint|assessment|assessment and plan|history|hpi|findings|indication|procedure|exam|medications?|allergies|plan|problem list|results?|clinical (?:notes?|history))[ \t]*:[ \t]*[A-Za-z0-9]")
        .expect("built-in record-field pattern")
});

/// "your Dermatology appointment", "your Endocrinology video follow-up": a
/// visit to a named service, said to the person who has it. (The lexicon's
/// "your appointment" does not reach across the service's name.)
static YOUR_VISIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:your)[ \t\xA0]+(?:(?i:upcoming|next|scheduled)[ \t\xA0]+)?[A-Z][a-z]+[ \t\xA0]+(?:[a-z]+[ \t\xA0]+)?((?i:appointment|visit|follow-up|follow up|consult|procedure|surgery))(?-u:\b)")
        .expect("built-in your-visit pattern")
});

/// A qualitative result: a test and its finding ("MRSA nares PCR is
/// POSITIVE", "is GBS positive on the 5/26 swab", "the culture came back
/// negative", "tested positive for influenza A"). Not after "if", "when" or
/// "whether": "if the screen is positive, repeat it" is a rule, not a result.
static QUALITATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:PCR|culture|swab|screen|screening|antigen|antibody|test|panel|assay|smear|titer|biopsy)[ \t]+(?:is|was|came[ \t]+back|returned|resulted)|(?:is|was|tested|screened|came[ \t]+back)(?:[ \t]+[A-Za-z0-9+-]{2,8})?)[ \t]+(?:positive|negative|detected|not[ \t]+detected|reactive|non-?reactive)(?-u:\b)")
        .expect("built-in qualitative result pattern")
});

pub(super) fn scan(text: &str, norm: &Normalized, lex: &Lexicons, out: &mut Vec<Hit<HealthKind>>) {
    for visit in YOUR_VISIT.captures_iter(text).filter_map(|c| c.get(1)) {
        out.push(Hit {
            kind: HealthKind::Encounter,
            strength: Strength::Medium,
            at: visit.start(),
            line: 0,
        });
    }
    for m in QUALITATIVE.find_iter(text) {
        if !conditional(text, m.start()) {
            out.push(Hit {
                kind: HealthKind::LabResult,
                strength: Strength::Medium,
                at: m.start(),
                line: 0,
            });
        }
    }
    for m in FIELD.find_iter(text) {
        out.push(Hit {
            kind: HealthKind::Encounter,
            strength: Strength::Medium,
            at: m.start(),
            line: 0,
        });
    }
    let n = norm.as_str();
    let mut drug_ended = None;
    for (term, start, end) in lex.health_terms(n) {
        let after = tail(n, end, 60);
        // The range's dash is a space in the normalised text: read the original.
        let range = || RANGE.is_match(tail(text, norm.original(end), 60));
        // "Sodium Chloride 0.9% 1000 mL": a salt in a product's name, no
        // result; "Heparin sodium 5,000 units/mL", "losartan potassium
        // 50 mg": a drug's salt form, a dose.
        let salt_of_a_drug = drug_ended
            .is_some_and(|e: usize| n.get(e..start).is_some_and(|gap| gap.trim().is_empty()));
        if term == Term::Drug {
            drug_ended = Some(end);
        }
        if term == Term::Analyte && (salt(n, start, end) || salt_of_a_drug) {
            continue;
        }
        if matches!(term, Term::Analyte | Term::Procedure) && EQUIPMENT.is_match(after) {
            continue;
        }
        if matches!(term, Term::Condition | Term::Procedure | Term::Encounter)
            && WORKFORCE.is_match(after)
        {
            continue;
        }
        let (kind, strength) = match term {
            // A reference range ("HbA1c 5.7-6.4%") is teaching, not a result.
            Term::Analyte if VALUE.is_match(after) && !range() => match THRESHOLD.is_match(after) {
                true => (HealthKind::LabResult, Strength::Medium),
                false => (HealthKind::LabResult, Strength::Strong),
            },
            // A service is care wording, not someone's diagnosis.
            Term::Condition | Term::Procedure if INSTITUTION.is_match(after) => {
                (HealthKind::Encounter, Strength::Medium)
            }
            Term::Analyte => (HealthKind::LabResult, Strength::Weak),
            Term::Drug if taking(text, norm.original(start)) => {
                (HealthKind::Medication, Strength::Strong)
            }
            Term::Drug if DOSE.is_match(after) => match stock(text, norm.original(start)) {
                true => (HealthKind::Medication, Strength::Medium),
                false => (HealthKind::Medication, Strength::Strong),
            },
            Term::Drug => (HealthKind::Medication, Strength::Medium),
            Term::Condition if having(text, norm.original(start)) => {
                (HealthKind::Condition, Strength::Strong)
            }
            Term::Condition => (HealthKind::Condition, Strength::Medium),
            Term::Procedure => (HealthKind::Procedure, Strength::Medium),
            // "accepting new patients": a directory's listing, nobody's visit.
            Term::Encounter if accepting(n, start) => continue,
            // "Field engineer Jasmine Marsh is scheduled for today": her work.
            Term::Encounter if staff_subject_before(text, norm.original(start)) => continue,
            Term::Encounter => (HealthKind::Encounter, Strength::Medium),
            Term::Payment => (HealthKind::Payment, Strength::Medium),
        };
        out.push(Hit {
            kind,
            strength,
            at: norm.original(start),
            line: 0,
        });
    }
}

/// Before a condition: someone has it ("she has gestational diabetes", "he
/// was diagnosed with", "she's got"). A person's own diagnosis, as strong as a
/// result; "if she has asthma" is a what-if, not a person.
static HAVING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:she|he)(?:'s[ \t\n]+got|[ \t\n]+(?:has|had|has[ \t\n]+had|was[ \t\n]+diagnosed[ \t\n]+with|has[ \t\n]+been[ \t\n]+diagnosed[ \t\n]+with|is[ \t\n]+being[ \t\n]+treated[ \t\n]+for))(?:[ \t\n]+(?:a|an|new|known|mild|moderate|severe|chronic|worsening|early|late))?[ \t\n]*$",
    )
    .expect("built-in having pattern")
});

/// The analyte at `start..end` of the normalised text is half of a salt's
/// name ("sodium chloride", "potassium phosphate", "calcium gluconate"): an
/// IV fluid or a drug, not a measured value.
fn salt(n: &str, start: usize, end: usize) -> bool {
    const CATIONS: &[&str] = &["sodium", "potassium", "calcium", "magnesium", "ammonium"];
    const ANIONS: &[&str] = &[
        "chloride",
        "bicarbonate",
        "phosphate",
        "phosphates",
        "sulfate",
        "citrate",
        "acetate",
        "lactate",
        "gluconate",
        "carbonate",
        "oxide",
    ];
    // `name="Sodium chloride 0.9%"`: the quote or bracket is no part of it.
    let before = n[..start]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let after = n[end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let word = &n[start..end];
    let is = |list: &[&str], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    (is(ANIONS, word) && is(CATIONS, before)) || (is(CATIONS, word) && is(ANIONS, after))
}

/// Stock wording within 100 bytes either side of `at`, not across a blank
/// line.
fn stock(text: &str, at: usize) -> bool {
    let from = text.floor_char_boundary(at.saturating_sub(100));
    let to = text.ceil_char_boundary((at + 100).min(text.len()));
    let before = text[from..at].rsplit("\n\n").next().unwrap_or("");
    let after = text[at..to].split("\n\n").next().unwrap_or("");
    STOCK.is_match(before) || STOCK.is_match(after)
}

/// "accepting" (or "accepts", "accept") is the word before `start` in the
/// normalised text.
fn accepting(n: &str, start: usize) -> bool {
    n[..start].split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "accepting" | "accepts" | "accept"
        )
    })
}

/// "she has" right before `at`, not after "if" or "whether".
fn having(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(56);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = &text[from..at];
    HAVING.find(before).is_some_and(|m| {
        let lead = before[..m.start()].trim_end().to_ascii_lowercase();
        !(lead.ends_with("if") || lead.ends_with("whether") || lead.ends_with("when"))
    })
}

/// "if", "when" or "whether" opens the clause that `at` is in (within the
/// sentence, a few words back).
fn conditional(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text[from..at]
        .rsplit(['.', ';', ':', '\n'])
        .next()
        .unwrap_or("");
    before.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_ascii_lowercase();
        matches!(
            w.as_str(),
            "if" | "when" | "whether" | "unless" | "who" | "whose"
        )
    })
}

/// "she is on" right before `at`.
fn taking(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    TAKING.is_match(&text[from..at])
}

/// At most `max` bytes of `text` from `from`, cut at a character boundary.
fn tail(text: &str, from: usize, max: usize) -> &str {
    let mut end = (from + max).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[from..end]
}
