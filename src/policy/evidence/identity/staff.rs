//! A name that a job title introduces: "Field engineer Jasmine Marsh is
//! scheduled", "the pharmacy buyer, Naomi Fitzgerald,", "charge nurse Ana
//! Ruiz". Staff, vendors' people and clinicians are written so; a patient is
//! not ("Patient Jasmine Marsh", "the patient, Maria Lopez,"). And a name in a
//! field that says who did the work: "Witness: Lucia Brooks", "Verified by:
//! …", `"restocked_by": "Joanne Reyes"`, `<technician>…`.

use std::sync::LazyLock;

use regex::Regex;

/// The head nouns of job titles that come before a name.
const TITLES: &[&str] = &[
    "administrator",
    "analyst",
    "buyer",
    "chaplain",
    "clerk",
    "colleague",
    "consultant",
    "contractor",
    "coordinator",
    "courier",
    "coworker",
    "dietitian",
    "director",
    "driver",
    "educator",
    "engineer",
    "hospitalist",
    "interpreter",
    "liaison",
    "manager",
    "midwife",
    "nurse",
    "officer",
    "pharmacist",
    "recruiter",
    "rep",
    "representative",
    "scheduler",
    "specialist",
    "supervisor",
    "surgeon",
    "tech",
    "technician",
    "technologist",
    "therapist",
    "vendor",
];

/// The words right before `start`, on its line, end with a job title (and at
/// most a comma): the name at `start` is a member of staff's.
pub(in crate::policy::evidence) fn titled_as_staff(text: &str, start: usize) -> bool {
    let before = line_before(text, start);
    let before = before.trim_end_matches([' ', '\t', '\u{a0}']);
    let before = before.strip_suffix(',').unwrap_or(before);
    // A title ends the text before the name, not a list or a sentence.
    if before.ends_with(|c: char| !c.is_alphabetic()) {
        return false;
    }
    before
        .split(|c: char| !c.is_alphabetic())
        .next_back()
        .is_some_and(|w| TITLES.contains(&w.to_lowercase().as_str()))
}

/// Right before care wording: a job title, a name and a verb, so the care
/// wording is that person's work ("Field engineer Jasmine Marsh is
/// scheduled for today", "Courier Tom Reyes was scheduled for 14:00").
static STAFF_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:(?-u:\b)(?:{}))[ \t,]+[A-Z]\p{{Ll}}+(?:[ \t]+[A-Z]\p{{Ll}}+){{0,2}},?[ \t]+(?i:is|was|will[ \t]+be|has[ \t]+been|are|were)[ \t]+$",
        TITLES.join("|")
    ))
    .expect("built-in staff-subject pattern")
});

/// The care wording at `at` is what a titled member of staff is doing.
pub(in crate::policy::evidence) fn staff_subject_before(text: &str, at: usize) -> bool {
    let at = text.floor_char_boundary(at.min(text.len()));
    let from = text.floor_char_boundary(at.saturating_sub(80));
    STAFF_SUBJECT.is_match(&text[from..at])
}

/// A field label (plain, JSON key or XML tag) naming who did the work, right
/// before a name: "Entered by: ", `"witness": "`, `<verifiedBy>`. "By" only
/// after a past participle ("restocked_by"), so "Baby:" is no such field.
static WORKER_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:^|[^a-z])(?:[a-z]+ed[ _-]?by|(?:[a-z]+[ _-])?(?:witness|witnessed|pharmacist|technician|tech|author|reviewer|approver|verifier|requester|requestor|assignee|signer|cosigner|preparer|scribe|employee|courier|driver|operator|counter|engineer|buyer|custodian))["']?[ \t]*(?::|=|>)[ \t]*["']?$"#)
        .expect("built-in worker-field pattern")
});

/// The name at `start` fills a field that names who did the work.
pub(in crate::policy::evidence) fn in_a_workers_field(text: &str, start: usize) -> bool {
    WORKER_FIELD.is_match(line_before(text, start))
}

/// The text of `start`'s line before it (bounded: see `line_around`).
fn line_before(text: &str, start: usize) -> &str {
    let (line_start, _) = crate::policy::evidence::line_around(text, start);
    let start = text.floor_char_boundary(start.min(text.len()));
    &text[line_start..start]
}

#[cfg(test)]
mod tests {
    use super::{in_a_workers_field, titled_as_staff};

    fn at_name(text: &str, name: &str) -> bool {
        titled_as_staff(text, text.find(name).unwrap())
    }

    #[test]
    fn a_title_before_a_name_is_staff() {
        assert!(at_name(
            "Field engineer Jasmine Marsh is scheduled for today",
            "Jasmine"
        ));
        assert!(at_name(
            "Questions to the pharmacy buyer, Naomi Fitzgerald, x7984.",
            "Naomi"
        ));
        assert!(at_name("Charge Nurse Ana Ruiz called", "Ana"));
    }

    #[test]
    fn a_patient_or_a_list_is_not() {
        assert!(!at_name("Patient Jasmine Marsh is scheduled", "Jasmine"));
        assert!(!at_name("the patient, Maria Lopez, was admitted", "Maria"));
        assert!(!at_name("Nurse:\nMaria Lopez", "Maria"));
        assert!(!at_name("Seen by the nurse. Maria Lopez", "Maria"));
        assert!(!at_name("Maria Lopez", "Maria"));
    }

    fn in_field(text: &str, name: &str) -> bool {
        in_a_workers_field(text, text.find(name).unwrap())
    }

    #[test]
    fn a_workers_field_holds_staff() {
        assert!(in_field("Witness: Lucia Brooks", "Lucia"));
        assert!(in_field("Verified by:\tLucia Brooks", "Lucia"));
        assert!(in_field(r#"  "restocked_by": "Joanne Reyes","#, "Joanne"));
        assert!(in_field("<verifiedBy>Joanne Reyes</verifiedBy>", "Joanne"));
        assert!(!in_field("Patient: Lucia Brooks", "Lucia"));
        assert!(!in_field(r#""patient_name": "Lucia Brooks""#, "Lucia"));
        assert!(!in_field("Emergency contact: Lucia Brooks", "Lucia"));
        assert!(!in_field("Lucia Brooks", "Lucia"));
        assert!(!in_field("Mother: Ana Ruiz\nBaby: Lucia Brooks", "Lucia"));
    }

    #[test]
    fn care_wording_after_a_titled_name_is_their_work() {
        let visit = "Field engineer Jasmine Marsh is scheduled for today";
        assert!(super::staff_subject_before(
            visit,
            visit.find("scheduled").unwrap()
        ));
        let patient = "Patient Jasmine Marsh is scheduled for a colonoscopy";
        assert!(!super::staff_subject_before(
            patient,
            patient.find("scheduled").unwrap()
        ));
    }
}
