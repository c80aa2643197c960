//! Individually identifiable health information, on two axes (HIPAA's own
//! definition, 45 CFR 160.103): *identity* evidence (a patient's name in the
//! roles mail uses, patient identifiers, a date of birth) and *health* evidence
//! (diagnosis codes and conditions, lab results, medications, procedures,
//! encounters, payment for care). A message is PHI when both are present close
//! enough to belong together, or when a patient identifier that is PHI by
//! itself appears (SSN, MBI, MRN, health-plan member id, an HL7 message). An
//! SSN sent by a covered entity cannot be told apart from a patient's, so it
//! counts (fail closed); the detector already wants an SSN context word. A
//! provider's NPI or DEA number is evidence about a provider, not a patient:
//! alone it is not PHI.
//!
//! Each piece of evidence has a strength; a pair combines when the strengths
//! add up to [`COMBINES_AT`] (strong + anything, medium + medium) and the two
//! lie within [`NEAR`] bytes of each other in one text unit. The subject goes
//! with every unit. What leaves this module is evidence *kinds* and the basis
//! of the verdict, never matched text.

mod health;
mod identity;
pub mod lexicons;
mod provider_lines;
mod sender;
mod table;
mod writer;

use std::cell::LazyCell;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::detect::normal::Normalized;
use super::detect::{Detector, Finding};
pub use lexicons::{LexiconError, Lexicons};
pub use sender::SenderName;

/// Pairs further apart than this (bytes, in one text unit) do not combine.
pub const NEAR: usize = 1500;
/// Where "adjacent" stops: a line, a table cell, a column gap, or the end of a
/// sentence ("Charles Stone from ICU completed the CCRN certification. Flu
/// shots are …"). A sentence ends with a full stop after a word of three or
/// more lower-case letters or a digit, so "Dr. Snow" and "Mrs. Abdi" do not
/// end one; a question ("this week? Dr. wants MRI") goes on about its person.
static SEGMENT_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\n|\t|\||   +|(?:\p{Ll}{3}|[0-9])\.[ \t]+\p{Lu}")
        .expect("built-in segment pattern")
});

/// A line that opens a letter: "Dear …", "Hello …", "Hi …" (after any
/// indentation or quoting).
static GREETING_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t>]*(?:Dear|Hello|Hi|Hey|Estimado|Estimada)[ \t\xA0]+[A-Za-z]")
        .expect("built-in greeting-line pattern")
});

/// How far a weak identity (a bare name) reaches.
pub const NEAR_WEAK: usize = 300;
/// Identity strength + health strength at which a pair combines.
pub const COMBINES_AT: u8 = 4;
/// Within this many bytes ("Yusuf Petrov about depression", "O'Brien's MRI")
/// a pair needs one strength less.
pub const ADJACENT: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak = 1,
    Medium = 2,
    Strong = 3,
}

/// What points at an identifiable individual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityKind {
    /// A name in a patient role: "Patient: …", "my patient, …", "Member name …".
    PatientName,
    /// A name in a name field or reference line ("Name: …", "Re: …").
    NamedField,
    /// SSN, MBI, MRN or member id (the detectors'), an X12 claim's patient.
    PatientIdentifier,
    /// A date of birth (the detector's).
    DateOfBirth,
    /// "Dear Ms. Lopez," (not a doctor, not "Dear colleague").
    Salutation,
    /// "Mr. Abdi", "Ms. Pham" anywhere.
    TitledName,
    /// A C-CDA `patient` element with a name.
    ClinicalDocument,
    /// A common given name followed by a common surname, not a provider's.
    PersonName,
    /// The writer on their own or a family member's health ("my a1c says
    /// 9.8", "my son ... anxiety"): identified by the message's own address.
    SelfReport,
}

/// What says something about health, care or payment for care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HealthKind {
    /// An ICD-10-CM code in clinical context (the detector's).
    DiagnosisCode,
    /// A lab analyte with a value.
    LabResult,
    /// A drug name (with a dose: strong).
    Medication,
    /// A diagnosis or condition.
    Condition,
    Procedure,
    /// Admission, discharge, referral, appointment wording.
    Encounter,
    /// Claims, explanation of benefits, prior authorization.
    Payment,
}

/// Why the verdict is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Identity and health evidence that belong together.
    IdentityAndHealth,
    /// A patient identifier that is PHI by itself.
    PatientIdentifier,
    /// Identity evidence, but nothing about health near it.
    IdentityOnly,
    /// Health evidence, but no identifiable individual.
    HealthOnly,
    /// Both, but too weak or too far apart to belong together.
    NotCombined,
    None,
}

impl Basis {
    pub fn is_phi(self) -> bool {
        matches!(self, Basis::IdentityAndHealth | Basis::PatientIdentifier)
    }

    /// The verdict in words, for `policy test` and the audit record.
    pub fn why(self) -> &'static str {
        match self {
            Basis::IdentityAndHealth => {
                "an identifiable person and something about their health, close together: PHI"
            }
            Basis::PatientIdentifier => {
                "a patient identifier that is PHI by itself (SSN, MBI, MRN, member id, HL7 patient): PHI"
            }
            Basis::IdentityOnly => "a person, but nothing about health near them: not PHI",
            Basis::HealthOnly => "health content, but no identifiable person: not PHI",
            Basis::NotCombined => {
                "a person and health content, but too weak or too far apart to belong together: not PHI"
            }
            // Names are looked for only beside health content (see `units`).
            Basis::None => "no health content and no patient identifier: not PHI",
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Hit<K> {
    kind: K,
    strength: Strength,
    at: usize,
    /// The segment (line, or table cell) `at` is in, set once the unit is scanned.
    line: usize,
}

/// The evidence of one text unit (the subject, a body, an attachment).
#[derive(Debug, Default)]
pub struct Unit {
    identity: Vec<Hit<IdentityKind>>,
    health: Vec<Hit<HealthKind>>,
    /// A patient identifier that is PHI by itself.
    standalone: bool,
    /// Where the lines that open a letter start ("Dear …", "Hi …"), when
    /// the unit has a salutation: each greeting reaches to the next.
    greetings: Vec<usize>,
}

/// The message's evidence: kinds found (sorted, each once) and the verdict.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub identity: Vec<IdentityKind>,
    pub health: Vec<HealthKind>,
    pub basis: Basis,
    /// `basis` in words.
    pub why: &'static str,
}

impl Evidence {
    /// Nothing found (a message that was not read).
    pub fn none() -> Self {
        Self {
            identity: Vec::new(),
            health: Vec::new(),
            basis: Basis::None,
            why: Basis::None.why(),
        }
    }

    pub fn is_phi(&self) -> bool {
        self.basis.is_phi()
    }
}

/// One unit of text as the detectors left it: the text, its normalised form
/// (made once for the detectors and the evidence) and their findings in it.
pub(in crate::policy) struct Scanned<'t> {
    pub text: &'t str,
    pub norm: Normalized<'t>,
    pub findings: Vec<Finding>,
}

/// The evidence of a message's units (`scanned[0]` is the subject).
///
/// Health evidence is read first. Names are looked for only when some unit
/// has health evidence (or an ICD-10-CM code): without it no name can make
/// the message PHI, so the name patterns, the costliest pass, are not run. Its
/// identifiers (SSN, MBI, MRN, member id, DOB, HL7, X12) are read either way.
/// `senders`: the top-level `From`'s display names (see `sender.rs`).
pub(in crate::policy) fn units(
    scanned: &[Scanned],
    lex: &Lexicons,
    senders: &[SenderName],
) -> Vec<Unit> {
    let health: Vec<Vec<Hit<HealthKind>>> = scanned
        .iter()
        .map(|s| {
            let mut h = Vec::new();
            health::scan(s.text, &s.norm, lex, &mut h);
            h
        })
        .collect();
    let names = health.iter().any(|h| !h.is_empty())
        || scanned
            .iter()
            .any(|s| s.findings.iter().any(|f| f.detector == Detector::Icd10));
    scanned
        .iter()
        .zip(health)
        .map(|(s, h)| unit(s.text, &s.findings, lex, h, names, senders))
        .collect()
}

/// The evidence in one unit of text, given the detectors' findings and the
/// health scan's hits in it; `names`: whether to look for names.
fn unit(
    text: &str,
    findings: &[Finding],
    lex: &Lexicons,
    health: Vec<Hit<HealthKind>>,
    names: bool,
    senders: &[SenderName],
) -> Unit {
    let mut u = Unit {
        health,
        ..Unit::default()
    };
    // Read only when something needs it: a text with no finding and no
    // evidence (most attachments, most subjects) costs no pass for it.
    let table = LazyCell::new(|| table::Table::find(text));
    // A value under a column header that names it counts as if the word were
    // next to it (the detectors only look a few characters either side).
    let headed: Vec<Finding> = findings
        .iter()
        .filter(|f| !f.counts())
        .filter(|f| {
            table
                .as_ref()
                .is_some_and(|t| t.labels(text, f.span.0, f.detector))
        })
        .map(|f| Finding { score: 1.0, ..*f })
        .collect();
    // A value in a data dictionary's "Example" column is nobody's.
    let example = |f: &Finding| {
        f.counts()
            && table
                .as_ref()
                .is_some_and(|t| t.marks_as_example(text, f.span.0))
    };
    let findings: Vec<&Finding> = findings
        .iter()
        .chain(&headed)
        .filter(|f| !example(f))
        .collect();
    read_findings(text, &findings, &mut u);
    if names {
        identity::scan(text, lex, &mut u.identity);
        provider_lines::drop_names_on_provider_lines(text, &findings, &mut u.identity);
        // The sender's own name, bare: the writer signing.
        u.identity.retain(|h| {
            h.kind != IdentityKind::PersonName || !senders.iter().any(|s| s.is_at(text, h.at))
        });
    }
    if identity::x12_has_patient(text) {
        u.standalone = true;
        u.identity.push(Hit {
            kind: IdentityKind::PatientIdentifier,
            strength: Strength::Strong,
            at: 0,
            line: 0,
        });
    }
    let no_real_person = LazyCell::new(|| identity::declares_no_real_person(text));
    if !u.identity.is_empty() && *no_real_person {
        u.identity.retain(|h| match h.kind {
            IdentityKind::PatientIdentifier | IdentityKind::DateOfBirth => true,
            IdentityKind::PatientName => !identity::declared_on_line(text, h.at),
            _ => false,
        });
    }
    // Both look for a person next to health evidence: none, nothing to read.
    if !u.health.is_empty() && !*no_real_person {
        writer::scan(text, &u.health, &mut u.identity);
        identity::possessive(text, &u.health, &mut u.identity);
        if names {
            identity::surname_before_care(text, lex, &u.health, &mut u.identity);
        }
    }
    weigh_greetings(text, &mut u);
    // A name in a column headed "Patient" is a patient's; care wording in a
    // "Department" column is a place.
    let any_hit = !u.identity.is_empty() || !u.health.is_empty();
    if let Some(t) = table_if(any_hit, &table) {
        u.health.retain(|h| !t.names_a_place(text, h.at));
        for h in u.identity.iter_mut() {
            if h.kind == IdentityKind::PersonName && t.names_a_patient(text, h.at) {
                h.kind = IdentityKind::PatientName;
                h.strength = Strength::Strong;
            }
        }
    }
    // Lines, and the columns of space-, tab- or bar-aligned tables, are
    // segments: "adjacent" never reaches across one.
    // A table of providers (its header names NPIs, specialties, credentials):
    // the names in its rows are providers', not patients'.
    if let Some(t) = table_if(!u.identity.is_empty(), &table)
        && t.lists_providers()
    {
        u.identity
            .retain(|h| h.kind == IdentityKind::PatientIdentifier || !t.in_rows(h.at));
    }
    // Segments only matter to a pair within this unit.
    if u.identity.is_empty() || u.health.is_empty() {
        return u;
    }
    let breaks: Vec<usize> = SEGMENT_BREAK.find_iter(text).map(|m| m.start()).collect();
    let line = |at: usize| breaks.partition_point(|b| *b < at);
    u.identity.iter_mut().for_each(|h| h.line = line(h.at));
    u.health.iter_mut().for_each(|h| h.line = line(h.at));
    u
}

/// Greetings (see [`GREETING_LINE`]) and how much a first-name greeting weighs.
fn weigh_greetings(text: &str, u: &mut Unit) {
    // A letter that speaks of "your" care is to the patient: a first-name
    // greeting in it counts as much as "Dear Ms. …".
    // (Not in a mail-merge template: its "your" is its future reader's; not
    // in mail to a clinician about their own practice: "your DEA
    // registration", "your telestroke consults".)
    if u.identity
        .iter()
        .any(|h| h.kind == IdentityKind::Salutation)
    {
        u.greetings = GREETING_LINE.find_iter(text).map(|m| m.start()).collect();
    }
    let practice = about_a_practice(text);
    let yours: Vec<usize> = u
        .health
        .iter()
        .filter(|h| {
            speaks_of_your(text, h.at)
                && !generic_portal_wording(text, h.at)
                && !your_organisation(text, h.at)
        })
        .map(|h| h.at)
        .collect();
    if !yours.is_empty() && !identity::holds_merge_fields(text) && !practice {
        // The "your" of a letter quoted further down ("Maria, here is how it
        // renders: … Dear Testing Patient, your TSH …") is that letter's
        // reader's: another greeting between them ends the first one's reach.
        let greetings = &u.greetings;
        for h in u.identity.iter_mut() {
            let reaches = |y: &usize| !greeting_between(greetings, h.at, *y);
            if h.kind == IdentityKind::Salutation && yours.iter().any(reaches) {
                h.strength = h.strength.max(Strength::Medium);
            }
        }
    } else if practice {
        // "Tomasz, I signed CSOS order … under the hospital's DEA
        // registration: fentanyl 50 mcg/mL …": a first-name greeting in mail
        // about a practice's own registration is to a colleague.
        u.identity
            .retain(|h| !(h.kind == IdentityKind::Salutation && h.strength == Strength::Weak));
    }
}

/// A line opening another letter (see [`GREETING_LINE`]) lies after the
/// greeting at `from` and before `to`: the greeting does not reach `to`.
fn greeting_between(greetings: &[usize], from: usize, to: usize) -> bool {
    greetings.iter().any(|g| *g > from && *g < to)
}

/// The detectors' findings as evidence: identifiers (some PHI by themselves),
/// dates of birth, ICD-10-CM codes.
fn read_findings(text: &str, findings: &[&Finding], u: &mut Unit) {
    // Read only when a finding asks.
    let mentions_patient = LazyCell::new(|| identity::mentions_patient(text));
    for f in findings.iter().filter(|f| !f.counts()) {
        // The organisation's own MRN or member-id format, without a context
        // word: not PHI by itself (an asset tag can share the shape), but it
        // supports strong health evidence.
        let strength = match f.detector {
            // A health-plan member id says who pays for someone's care.
            Detector::MemberId => Some(Strength::Medium),
            Detector::Mrn if *mentions_patient => Some(Strength::Medium),
            Detector::Mrn => Some(Strength::Weak),
            _ => None,
        };
        if let Some(strength) = strength {
            u.identity.push(Hit {
                kind: IdentityKind::PatientIdentifier,
                strength,
                at: f.span.0,
                line: 0,
            });
        }
    }
    for f in findings.iter().copied().filter(|f| f.counts()) {
        let at = f.span.0;
        let id = |kind, strength| Hit {
            kind,
            strength,
            at,
            line: 0,
        };
        match f.detector {
            // "1EG4-TE5-MK72 (CMS published example format)": nobody's.
            Detector::Ssn | Detector::Mbi | Detector::Mrn | Detector::MemberId
                if identity::marked_as_example(text, f.span.1) => {}
            Detector::Ssn | Detector::Mbi | Detector::Mrn | Detector::MemberId => {
                u.standalone = true;
                u.identity
                    .push(id(IdentityKind::PatientIdentifier, Strength::Strong));
            }
            // An HL7 message is a patient's only when it has a PID segment with a
            // name in it (an ACK or a template with <FIELDS> is not).
            Detector::Hl7 if identity::hl7_has_patient(&text[f.span.0..f.span.1]) => {
                u.standalone = true;
                u.identity
                    .push(id(IdentityKind::PatientIdentifier, Strength::Strong));
            }
            Detector::Hl7 => {}
            // "DOB 01/01/1980 (demo)": the sender says the value is nobody's.
            Detector::Dob if identity::marked_as_example(text, f.span.1) => {}
            // "Patient: ZZTEST, DONALD   DOB: 01/01/1950": a test patient's.
            Detector::Dob if identity::test_patient_on_line(text, f.span.0) => {}
            Detector::Dob => u
                .identity
                .push(id(IdentityKind::DateOfBirth, Strength::Medium)),
            Detector::Icd10 => u.health.push(Hit {
                kind: HealthKind::DiagnosisCode,
                strength: Strength::Strong,
                at,
                line: 0,
            }),
            // Provider identifiers are not evidence about a patient; lexicon terms
            // are found again (with their categories) by the health scan.
            Detector::Npi | Detector::Dea | Detector::Lexicon => {}
        }
    }
}

/// The bytes of the line holding `at`, at most 256 either side of it: a look
/// per hit back to the start of one huge line would be quadratic.
pub(in crate::policy::evidence) fn line_around(text: &str, at: usize) -> (usize, usize) {
    let at = text.floor_char_boundary(at.min(text.len()));
    let from = text.floor_char_boundary(at.saturating_sub(256));
    let to = text.ceil_char_boundary((at + 256).min(text.len()));
    let start = text[from..at].rfind('\n').map_or(from, |i| from + i + 1);
    let end = text[at..to].find('\n').map_or(to, |i| at + i);
    (start, end)
}

/// The text is about a clinician's own practice: their DEA registration,
/// credentialing, privileges, prescriptive authority. Its "your" is the
/// clinician's, not a patient's. (Not an NPI alone: a patient's bill names
/// the rendering provider's.)
fn about_a_practice(text: &str) -> bool {
    static PRACTICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:DEA\s+(?:registration|number|certificate)|credentialing|re-?credentialing|privileges|privileging|prescriptive\s+authority|prescribing\s+privileges|licensure|board\s+certification)(?-u:\b)")
            .expect("built-in clinician-practice pattern")
    });
    PRACTICE.is_match(text)
}

/// "message your care team": what every patient-portal invitation says, to
/// anyone; it does not make the greeting's person a patient.
fn generic_portal_wording(text: &str, at: usize) -> bool {
    text.get(at..at + 9)
        .is_some_and(|w| w.eq_ignore_ascii_case("care team"))
}

/// "your orthopedic surgeons", "your cardiology providers", "your hospice
/// certification file": the reader's organisation's staff (a plural) or its
/// paperwork, not the reader's own care.
fn your_organisation(text: &str, at: usize) -> bool {
    const STAFF: &[&str] = &[
        "certification",
        "accreditation",
        "credentialing",
        "file",
        "files",
        "binder",
        "roster",
        "directory",
        "contract",
        "survey",
        "audit",
        "committee",
        "surgeons",
        "physicians",
        "doctors",
        "providers",
        "clinicians",
        "nurses",
        "specialists",
        "staff",
        "teams",
        "departments",
        "practices",
        "clinics",
    ];
    let mut end = (at + 60).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[at..end]
        .split_whitespace()
        .take(3)
        .any(|w| STAFF.contains(&w.trim_end_matches([',', '.', ';']).to_lowercase().as_str()))
}

/// The unit's table, read from the text the first time something asks.
fn table_if<F: FnOnce() -> Option<table::Table>>(
    wanted: bool,
    table: &LazyCell<Option<table::Table>, F>,
) -> Option<&table::Table> {
    if wanted { table.as_ref() } else { None }
}

/// "your" (or Spanish "su", "sus") within three words before `at`.
fn speaks_of_your(text: &str, at: usize) -> bool {
    let mut start = at.saturating_sub(40);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let before = text[start..at].to_lowercase();
    // Within the sentence: "…your practice address. Claims" is not "your claim".
    let sentence = before
        .rsplit(['.', '!', '?', ':', '\n'])
        .next()
        .unwrap_or("");
    sentence
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| matches!(w, "your" | "you" | "su" | "sus"))
}

/// Fold the units into the message's verdict. `units[0]` is the subject: its
/// evidence goes with every other unit, whatever the distance.
pub fn assess(units: &[Unit]) -> Evidence {
    let mut identity: Vec<IdentityKind> = units
        .iter()
        .flat_map(|u| u.identity.iter().map(|h| h.kind))
        .collect();
    let mut health: Vec<HealthKind> = units
        .iter()
        .flat_map(|u| u.health.iter().map(|h| h.kind))
        .collect();
    identity.sort();
    identity.dedup();
    health.sort();
    health.dedup();
    let any_health = !health.is_empty();
    let basis = if units.iter().any(|u| u.standalone) {
        Basis::PatientIdentifier
    } else if combined(units) {
        Basis::IdentityAndHealth
    } else {
        match (identity.is_empty(), any_health) {
            (true, true) => Basis::HealthOnly,
            (false, false) => Basis::IdentityOnly,
            (false, true) => Basis::NotCombined,
            (true, false) => Basis::None,
        }
    };
    Evidence {
        identity,
        health,
        basis,
        why: basis.why(),
    }
}

/// Some identity and health evidence belong together: in one unit within
/// [`NEAR`] bytes, or one of them in the subject.
fn combined(units: &[Unit]) -> bool {
    let Some((subject, rest)) = units.split_first() else {
        return false;
    };
    let pairs =
        |ids: &[Hit<IdentityKind>], hs: &[Hit<HealthKind>], greetings: &[usize], near: bool| {
            ids.iter().any(|i| {
                hs.iter().any(|h| {
                    // A greeting reaches to the next one: the "Dear Testing
                    // Patient, your TSH …" quoted under "Maria," is not Maria's.
                    let greeting = i.kind == IdentityKind::Salutation;
                    if greeting && greeting_between(greetings, i.at, h.at) {
                        return false;
                    }
                    let gap = i.at.abs_diff(h.at);
                    let specific = !matches!(h.kind, HealthKind::Encounter | HealthKind::Payment);
                    let adjacent = gap <= ADJACENT && i.at < h.at && i.line == h.line;
                    // A greeting opens whatever sentence follows it ("Lihua, the
                    // anesthesia agreement …"): being next to it says nothing.
                    let bonus = u8::from(near && specific && adjacent && !greeting);
                    // A bare name goes with strong health only nearby: newsletters
                    // name staff a paragraph away from the codes they quote.
                    let reach = match i.strength {
                        Strength::Weak => NEAR_WEAK,
                        _ => NEAR,
                    };
                    i.strength as u8 + h.strength as u8 + bonus >= COMBINES_AT
                        && (!near || gap <= reach)
                })
            })
        };
    if pairs(&subject.identity, &subject.health, &[], false) {
        return true;
    }
    rest.iter().any(|u| {
        pairs(&u.identity, &u.health, &u.greetings, true)
            || pairs(&subject.identity, &u.health, &[], false)
            || pairs(&u.identity, &subject.health, &[], false)
    })
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_eighth;
#[cfg(test)]
mod tests_evasion;
#[cfg(test)]
mod tests_ninth;
#[cfg(test)]
mod tests_twelfth;
