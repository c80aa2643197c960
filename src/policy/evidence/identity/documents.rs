//! Patients in structured documents: a C-CDA `<patient>`, a `<Patient>` in
//! another XML order or export, a FHIR `Patient` resource or subject.

use std::sync::LazyLock;

use regex::Regex;

/// A `<given>` or `<family>` element that holds a name (not `{{given_name}}`).
static CCDA_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<(?:\w+:)?(?:given|family)(?-u:\b)[^>]*>\s*[A-Z][A-Za-z'’-]+")
        .expect("built-in C-CDA name pattern")
});

/// How much of one `<patient>` element is read.
const ELEMENT_MAX: usize = 64 * 1024;

/// A `<Name>` (or `<FullName>`) element that holds a given name and a
/// surname: how other XML orders and exports write their patient.
static XML_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<(?:\w+:)?(?:Name|FullName|name|fullName)(?-u:\b)[^>]*>\s*[A-Z][a-z'’-]+(?:[ \t]+[A-Z]\.?)?[ \t]+[A-Z][A-Za-z'’-]+\s*</")
        .expect("built-in XML name pattern")
});

/// `<PatientName>Lamar Jenkins</PatientName>`, `<patient_name>…`.
static XML_PATIENT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"<(?:\w+:)?(?i:patient_?name)(?-u:\b)[^>]*>\s*[A-Z][A-Za-z'’-]+,?[ \t]+[A-Z][a-z'’-]+",
    )
    .expect("built-in XML patient-name pattern")
});

/// A `<patient>` element (C-CDA's, or `<Patient>` in another XML order or
/// export; up to its end tag) with a real name in it, or a
/// `<PatientName>` element filled in.
pub(super) fn ccda_patient(text: &str) -> Option<usize> {
    for (open, close) in [("<patient", "</patient>"), ("<Patient", "</Patient>")] {
        let mut from = 0;
        while let Some(off) = text[from..].find(open) {
            let start = from + off;
            let rest = &text[start..];
            // `<patientRole>` is no patient element (it holds one).
            if !rest[open.len()..].starts_with(['>', ' ', '\t', '\r', '\n']) {
                from = start + open.len();
                continue;
            }
            // An element is read up to its end tag or 64 KiB, and the next
            // one is looked for after that: each byte is read a bounded
            // number of times, however many unclosed `<patient>` a text holds.
            let bound = rest.floor_char_boundary(ELEMENT_MAX.min(rest.len()));
            let end = rest[..bound].find(close).unwrap_or(bound);
            let inside = &rest[..end];
            if CCDA_NAME.is_match(inside) || XML_NAME.is_match(inside) {
                return Some(start);
            }
            from = start + end.max(open.len());
        }
    }
    XML_PATIENT_NAME.find(text).map(|m| m.start())
}

/// A FHIR `Patient` resource with a family name filled in (not
/// `{{family}}`): the JSON counterpart of a C-CDA `<patient>`.
static FHIR_PATIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""resourceType"\s*:\s*"Patient""#).expect("built-in FHIR patient pattern")
});
static FHIR_FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""family"\s*:\s*"[A-Z][A-Za-z'’ -]+""#).expect("built-in FHIR family pattern")
});

/// A FHIR resource's `subject` (or `patient`) reference shown by a person's
/// name ("Ana Ogunleye" or "Ogunleye, Ana"): an Observation or
/// DiagnosticReport about that patient.
static FHIR_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(?:subject|patient)"\s*:\s*\{[^{}]{0,200}?"display"\s*:\s*"(?:[A-Z][a-z'’-]+(?: [A-Z]\.?)? [A-Z][A-Za-z'’-]+|[A-Z][A-Za-z'’-]+, [A-Z][a-z'’-]+)""#)
        .expect("built-in FHIR subject pattern")
});

/// A JSON object for a patient, a member or a rider with a full name in it
/// (`"rider": { "name": "Oscar Villalobos", …`), or a filled
/// `"patientName"` (also in DICOM's `FAMILY^GIVEN` form: an imaging import's
/// `"PatientName": "PEREIRA^IGNATIUS"`): the JSON counterpart of an XML
/// `<Patient>`.
static JSON_PATIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:"(?i:patient|member|subscriber|beneficiary|rider|client|resident)"\s*:\s*\{[^{}]{0,200}?"(?i:name|full_?name|display_?name)"|"(?i:patient|member|rider)_?(?:[Nn]ame|[Ff]ull_?[Nn]ame)")\s*:\s*"[A-Z][a-z'’-]+(?: [A-Z]\.?)? [A-Z][A-Za-z'’-]+"|"(?i:patient_?name)"\s*:\s*"[A-Z][A-Za-z'’-]+\^[A-Z][A-Za-z'’-]+"#)
        .expect("built-in JSON patient pattern")
});

/// A patient in a FHIR resource or another JSON object.
pub(super) fn fhir_patient(text: &str) -> Option<usize> {
    if !text.contains("\"resourceType\"") {
        // No object, no JSON patient: most mail need not be read for one.
        if !text.contains('{') {
            return None;
        }
        return JSON_PATIENT.find(text).map(|m| m.start());
    }
    if let Some(at) = FHIR_PATIENT.find(text).map(|m| m.start())
        && FHIR_FAMILY.is_match(&text[at..])
    {
        return Some(at);
    }
    FHIR_SUBJECT.find(text).map(|m| m.start())
}
