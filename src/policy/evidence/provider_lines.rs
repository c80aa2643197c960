//! A name on the line of a provider identifier is the provider's: "Gaines,
//! Tasha   Obstetrics & Gynecology   NPI 1709218204" is a roster row, with
//! or without a header that says so. A line that also names a patient
//! ("Patient: …  Rendering NPI …", a claim row with a DOB) keeps its names.

use super::{Hit, IdentityKind, line_around};
use crate::policy::detect::{Detector, Finding};

/// Drop the plain names (no role cue) that share a line with an NPI or DEA
/// number the detectors counted.
pub(super) fn drop_names_on_provider_lines(
    text: &str,
    findings: &[&Finding],
    identity: &mut Vec<Hit<IdentityKind>>,
) {
    let lines: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| matches!(f.detector, Detector::Npi | Detector::Dea) && f.counts())
        .map(|f| line_around(text, f.span.0))
        .filter(|(a, b)| !names_a_patient(&text[*a..*b]))
        .collect();
    if lines.is_empty() {
        return;
    }
    identity.retain(|h| {
        !matches!(h.kind, IdentityKind::PersonName | IdentityKind::NamedField)
            || !lines.iter().any(|(a, b)| (*a..*b).contains(&h.at))
    });
}

/// The line speaks of a patient or carries a patient's particulars.
fn names_a_patient(line: &str) -> bool {
    const CUES: &[&str] = &[
        "patient",
        "pt",
        "member",
        "dob",
        "mrn",
        "birth",
        "subscriber",
    ];
    line.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| CUES.contains(&w.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::evidence::Strength;

    fn finding(detector: Detector, at: usize) -> Finding {
        Finding {
            detector,
            score: 0.9,
            span: (at, at + 10),
            category: None,
        }
    }

    fn name(kind: IdentityKind, at: usize) -> Hit<IdentityKind> {
        Hit {
            kind,
            strength: Strength::Medium,
            at,
            line: 0,
        }
    }

    #[test]
    fn a_roster_row_names_its_provider_and_a_claim_row_its_patient() {
        let text = "Gaines, Tasha   OB/GYN   NPI 1709218204\nPatient Lee, Kim  Rendering NPI 1502357209\nNguyen, Trang  Family Medicine\n";
        let npi1 = text.find("1709").unwrap();
        let npi2 = text.find("1502").unwrap();
        let f = [finding(Detector::Npi, npi1), finding(Detector::Npi, npi2)];
        let refs: Vec<&Finding> = f.iter().collect();
        let mut ids = vec![
            name(IdentityKind::NamedField, 0),
            name(IdentityKind::NamedField, text.find("Lee").unwrap()),
            name(IdentityKind::NamedField, text.find("Nguyen").unwrap()),
            name(IdentityKind::PatientName, 2),
        ];
        drop_names_on_provider_lines(text, &refs, &mut ids);
        let left: Vec<usize> = ids.iter().map(|h| h.at).collect();
        assert_eq!(
            left,
            [text.find("Lee").unwrap(), text.find("Nguyen").unwrap(), 2],
            "the roster's name goes; the claim's patient, a name on another line and a cued name stay"
        );
    }
}
