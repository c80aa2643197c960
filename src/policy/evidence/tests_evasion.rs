//! Tests that try to get around the precision rules on purpose: a sender who
//! writes "(sample)", "PO", "not SSNs", "(demo)" or "synthetic records" beside
//! a real patient's record. Each such word cancels only the one value it
//! touches; a patient named with their health is still PHI. What the words do
//! hide (a lone identifier) is what an administrator's `[[policy.rule]]`
//! `nonphi` covers (`rules.rs`, docs/policy.md "What the classifier is for").

use super::tests::verdict;

#[test]
fn an_evasion_word_cancels_only_the_value_it_touches() {
    let attempts = [
        "Patient SSN: 536-22-8174 (sample)\nMaria Lopez, DOB 03/14/1961, admitted for pneumonia.",
        "SSN 536-22-8174 (example). Maria Lopez has HIV.",
        "PO 536-22-8174 Maria Lopez A1c 9.2 %",
        "These are not SSNs: 536-22-8174 Maria Lopez, diagnosed with HIV, on Biktarvy.",
        "Maria Lopez DOB 03/14/1961 (demo) A1c 9.2 %, on metformin",
        "These do not look like SSNs. Ms. Lopez's Medicare number 1EG4-TE5-MK72, dialysis MWF.",
        "Ticket RH4410276: Maria Lopez, A1c 9.2 %",
        "Patient: Maria Lopez (example)\nDOB: 03/14/1961\nDx: HIV, viral load 40 copies/mL",
        "Patient: Maria Lopez\nDOB: 01/01/1901\nDx: HIV, viral load 40 copies/mL",
        // This session's words: a format after a date, an "Example" column,
        // a job title before someone else's name, stock wording by a dose.
        "Maria Lopez DOB 03/14/1961 (MM/DD/YYYY), A1c 9.2 %, on metformin",
        "Field\tExample\nPatient\tMaria Lopez\nSSN\t536-22-8174\nDx\tHIV, viral load 40 copies/mL\n",
        "Charge nurse Ana Ruiz reports that Maria Lopez was admitted with HIV pneumonia.",
        "Maria Lopez got heparin 5,000 units from the recalled lot; she has HIV.",
    ];
    for body in attempts {
        let e = verdict("Update", body);
        assert!(e.is_phi(), "{body}: {e:?}");
    }
}

#[test]
fn a_declaration_outweighs_a_named_patient_only_on_its_own_line() {
    // Written on the line before to hide the record, or about other records.
    for body in [
        "Synthetic record.\nPatient: Maria Lopez\nDx: type 2 diabetes, A1c 9.2 %",
        "We removed the synthetic records from the test system. The real one:\nPatient: Maria Lopez\nDx: type 2 diabetes, A1c 9.2 %",
        "Lorem ipsum.\nPatient: Maria Lopez\nDx: type 2 diabetes, A1c 9.2 %",
    ] {
        let e = verdict("Note", body);
        assert!(e.is_phi(), "{body}: {e:?}");
    }
    // Near miss: the declaration is of that very patient.
    let e = verdict(
        "Simulation day",
        "Every learner gets a fictional test patient: Reginald Jenkins, admitted for pneumonia.",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn a_lone_identifier_marked_as_an_example_is_what_the_words_can_hide() {
    // The limit, stated as a test so that a change to it is seen: with no
    // health content and no other identity, the marker wins. An admin who
    // needs more sets `nonphi` on a rule (rules.rs tests that it holds).
    let e = verdict(
        "Registration",
        "SSN 536-22-8174 (sample) for the registration of Maria Lopez.",
    );
    assert!(!e.is_phi(), "{e:?}");
    let e = verdict(
        "Registration",
        "SSN 536-22-8174 for the registration of Maria Lopez.",
    );
    assert!(e.is_phi(), "{e:?}");
}
