//! The eighth development set's precision rules (docs/policy.md), each with
//! the message it must still catch.

use super::tests::verdict;

/// The eighth development set's precision rules, each with the message it
/// must still catch.
#[test]
fn a_greeting_is_not_adjacent_to_what_follows_it() {
    let e = verdict(
        "Exhibit B",
        "Lihua, updated Exhibit B for the anesthesia agreement attached. - Lukas",
    );
    assert!(!e.is_phi(), "{e:?}");
    // Near miss: a named patient next to the procedure still is.
    let e = verdict(
        "Pre-op",
        "Yusuf Petrov for anesthesia consult on Monday, ASA 2.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_column_about_patients_in_the_plural_names_no_patient() {
    let status = "Agents,\n\nNew-patient status:\n\n\tProvider\tSpecialty\tNew patients\n\tAgnieszka Wojcik, MD\tNeurology\tOpen\n\tKaveh Hosseini, MD\tAllergy\tClosed\n";
    assert!(!verdict("New patient status", status).is_phi());
    let schedule = "\tTime\tPatient\tReason\n\t08:00\tAna Ruiz\tHTN follow-up, lisinopril 20 mg\n\t08:20\tKim Lee\tA1c 8.1 %\n";
    assert!(verdict("Clinic list", schedule).is_phi());
}

#[test]
fn a_name_on_a_line_with_its_npi_is_the_providers() {
    let roster = "PROFESSIONAL LIABILITY COVERAGE (excerpt)\n\nGaines, Tasha    Obstetrics & Gynecology   NPI 1245319599  limits $1M/$3M\nStavrou, Anastasia   General Surgery   NPI 1679576722  limits $1M/$3M\n";
    assert!(!verdict("Coverage certificates", roster).is_phi());
    let claim = "Patient: Lopez, Maria   DOB 03/14/1961   Rendering NPI 1245319599\nDx: type 2 diabetes, A1c 9.2 %\n";
    assert!(verdict("Claim denied", claim).is_phi());
}

#[test]
fn shapes_disclaimed_or_labelled_as_other_numbers_identify_nobody() {
    let pos = "Three purchase orders wait for approval. The PO format is 3-2-4 digits, so they look a bit like SSNs - they are not.\n\n  PO 226-05-9075   12 bariatric wheelchairs\n";
    assert!(!verdict("POs awaiting approval", pos).is_phi());
    let tickets = "Legacy tickets (e.g. 266-98-5507) are ticket numbers, not Social Security numbers.\nClosed ticket 778-73-8599 (printer jam).";
    assert!(!verdict("Ticket migration", tickets).is_phi());
    let spec = "Medicare MBI mask: 1EG4-TE5-MK72 (CMS published example format)";
    assert!(!verdict("Field masks", spec).is_phi());
    // Near misses: a patient's SSN and MBI with their own labels.
    assert!(
        verdict(
            "Registration",
            "Patient SSN: 536-22-8174, insurance on file."
        )
        .is_phi()
    );
    assert!(
        verdict(
            "Eligibility",
            "Medicare MBI 1EG4-TE5-MK72 for Mr. Ortiz, eligible."
        )
        .is_phi()
    );
}

#[test]
fn synthetic_people_and_merge_templates_are_nobody() {
    let synthea = "For the sandbox: the attached sample is computer-generated (synthetic population).\n\nHollis723 Bode13, DOB-free, Hypertension, lisinopril 10 mg\n";
    assert!(!verdict("Synthetic sample", synthea).is_phi());
    let merge = "Karthik,\n\nThe letter is set up as a mail merge:\n\nDear { MERGEFIELD PatientFirstName },\nyour surgery with Dr. { MERGEFIELD SurgeonLastName } is scheduled; stop warfarin 5 days before.\n";
    assert!(!verdict("Surgery letter template", merge).is_phi());
    // Near miss: the same letter, merged.
    let merged = "Maria,\n\nyour surgery with Dr. Chen is scheduled for 6/12; stop warfarin 5 days before.\n";
    assert!(verdict("Your surgery", merged).is_phi());
}

#[test]
fn your_organisations_paperwork_is_not_your_care() {
    let e = verdict(
        "Coverage list",
        "Shirin,\n\nFor your hospice certification file, the physicians covering the program are listed below; each certifies terminal illness.\n",
    );
    assert!(!e.is_phi(), "{e:?}");
    let e = verdict(
        "Your visit",
        "Shirin,\n\nyour hospice admission is set for Monday; the nurse will review your morphine dose.\n",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn patients_being_tested_are_real_patients() {
    // "test patients" is also how a ward speaks of the patients it tests.
    let e = verdict(
        "Bay 3",
        "COVID test patients in bay 3: Maria Lopez is positive, started on remdesivir.",
    );
    assert!(e.is_phi(), "{e:?}");
}
