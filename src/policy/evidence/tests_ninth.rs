//! The rules of the ninth, tenth and eleventh development sets' rounds
//! (docs/policy.md), each with the near misses it must leave alone.

use super::HealthKind;
use super::tests::verdict;

#[test]
fn a_qualitative_result_is_a_lab_result() {
    for (body, subject) in [
        (
            "L&D team - FYI for when she comes in: Mai Moua (36w2d, G2P1) is GBS positive on the 5/26 swab.",
            "GBS",
        ),
        (
            "Bed 512 - Mai Moua - admission MRSA nares PCR is POSITIVE. Contact precautions.",
            "Isolation",
        ),
        (
            "Mai Moua tested positive for influenza A this morning; oseltamivir started.",
            "Flu",
        ),
    ] {
        let e = verdict(subject, body);
        assert!(e.health.contains(&HealthKind::LabResult), "{body}: {e:?}");
        assert!(e.is_phi(), "{body}: {e:?}");
    }
}

#[test]
fn rules_and_environmental_tests_are_no_ones_result() {
    // A rule: "if ... positive" is no result.
    let rule = "Reminder from Mai Moua: if the GBS screen is positive, call the charge nurse.";
    let e = verdict("FYI", rule);
    assert!(!e.health.contains(&HealthKind::LabResult), "{e:?}");
    for body in [
        // A greeting to a colleague and a water test.
        "Hi Maricel,\n\nThe Legionella culture from the 4 West ice machine came back negative. We can reopen it.\n\nTom",
        // Quality control of a kit, not of a person.
        "Hi Priya,\n\nThe new lot of the strep A antigen test is positive on the positive control and negative on the negative control.\n\nSam",
        // A staff rule with a greeting.
        "Hi Maricel,\n\nRemember: staff who tested positive stay home 5 days.\n\nTom",
    ] {
        let e = verdict("FYI", body);
        assert!(!e.is_phi(), "{body}: {e:?}");
    }
}

#[test]
fn a_self_report_wrapped_at_the_line_end_is_one_sentence() {
    use super::IdentityKind;
    let e = verdict(
        "FW: Collection notice",
        "I was sent to collections for my ambulance ride and ER visit after my\nseizure in December.",
    );
    assert!(e.identity.contains(&IdentityKind::SelfReport), "{e:?}");
    // Near miss: a blank line ends what "my" was about.
    let e = verdict(
        "Agenda",
        "Slides are below my\n\nseizure first aid handout.",
    );
    assert!(!e.identity.contains(&IdentityKind::SelfReport), "{e:?}");
}

#[test]
fn committee_members_with_their_specialties_are_providers() {
    let members = "Peer Review Committee - quarterly meeting. Members: Jasmine Washington (Surgery, chair), Alejandra Salazar (Anesthesiology), Faduma Warsame (Internal Medicine), Ousmane Sow (Emergency Medicine).";
    let e = verdict("Peer Review Committee - Q2", members);
    assert!(!e.is_phi(), "{e:?}");
    // Near miss: one patient written the same way.
    let referral = "We received a referral for Dorothy Kaur (Nephrology, CKD stage 3b with a steady rise in creatinine). Can Dr. Russo see her?";
    assert!(verdict("urgent referral", referral).is_phi());
}

#[test]
fn a_name_over_a_department_is_a_signature() {
    let cdm = "CDM changes effective 04/01:\nCT abdomen/pelvis w contrast | 74177 | $2,840.00\nOndansetron inj 1 mg | J2405 | $4.10\n\nOmar Saleh\nRevenue Integrity\n";
    let e = verdict("CDM changes April", cdm);
    assert!(!e.is_phi(), "{e:?}");
    // Near miss: a patient's name over their clinic is no signature.
    let visit =
        "Omar Saleh\nCardiology clinic, ondansetron 4 mg given for nausea after the echo.\n";
    assert!(verdict("Visit", visit).is_phi());
}

#[test]
fn a_patient_element_in_any_xml_order_is_a_patient() {
    let order = "<ReferralOrder><Service>Phase II Cardiac Rehabilitation</Service><Patient><Name>Lamar Jenkins</Name><Age>63</Age></Patient><Indication>Non-ST elevation myocardial infarction</Indication></ReferralOrder>";
    assert!(verdict("Rehab order", order).is_phi());
    let flat = "<Order><PatientName>Lamar Jenkins</PatientName><Indication>NSTEMI, stent to LAD</Indication></Order>";
    assert!(verdict("Rehab order", flat).is_phi());
    // Near misses: the same order unfilled, and a clinician's name only.
    let template = "<ReferralOrder><Patient><Name>{{patient.name}}</Name></Patient><Indication>Non-ST elevation myocardial infarction</Indication></ReferralOrder>";
    assert!(!verdict("Order template", template).is_phi());
    let clinician = "<Protocol><Service>Cardiac Rehabilitation</Service><OrderingClinician><Name>Hannah Schultz</Name></OrderingClinician><Indication>NSTEMI</Indication></Protocol>";
    assert!(!verdict("Protocol", clinician).is_phi());
}

#[test]
fn a_patient_object_in_any_json_is_a_patient() {
    let trip = r#"{"tripRequest": {"rider": {"name": "Oscar Villalobos", "phone": "414-555-0119"}, "reason": "in-center hemodialysis (ESRD)"}}"#;
    assert!(verdict("Standing order", trip).is_phi());
    // Near misses: the driver's name, and the field left to be filled.
    let driver = r#"{"vehicle": {"driver": {"name": "Oscar Villalobos"}}, "service": "hemodialysis transport, wheelchair van"}"#;
    let e = verdict("Fleet", driver);
    assert!(
        !e.identity.contains(&super::IdentityKind::ClinicalDocument),
        "{e:?}"
    );
    let blank =
        r#"{"rider": {"name": "{{rider_name}}"}, "reason": "in-center hemodialysis (ESRD)"}"#;
    assert!(!verdict("Trip template", blank).is_phi());
}

#[test]
fn a_sprain_is_a_condition() {
    let e = verdict(
        "Bill question",
        "I received a bill for my ER visit. I was there for a sprained ankle and an X-ray.\nGerald Okonjo",
    );
    assert!(e.health.contains(&HealthKind::Condition), "{e:?}");
    assert!(e.is_phi(), "{e:?}");
}

/// The tenth set's precision rules.
#[test]
fn a_greeting_to_a_group_is_no_person() {
    let formulary =
        "Prescribers,\n\nRivaroxaban orders will be converted to apixaban 5 mg twice daily.\n";
    assert!(!verdict("Formulary change", formulary).is_phi());
    // Near miss: a first name on its own line over strong health evidence.
    let nurse =
        "Daniela,\n\nyour potassium came back at 5.9 mmol/L; please start the binder tonight.\n";
    assert!(verdict("Results", nurse).is_phi());
}

#[test]
fn your_practice_is_not_your_care() {
    let dea = "Hi Rafael,\nYour mid-level practitioner DEA registration is up for renewal. Confirm the schedules match your Ohio prescriptive authority and your telestroke consults.\n";
    assert!(!verdict("DEA renewal", dea).is_phi());
    // Near miss: a letter about the reader's own care.
    let care = "Hi Rafael,\nYour buprenorphine 8 mg prescription is ready, and your next visit is Monday.\n";
    assert!(verdict("Your prescription", care).is_phi());
}

#[test]
fn a_place_named_for_a_service_is_no_procedure() {
    let roster = "Name,Post,Day\nBrian Tran,Surgery waiting room,Mon\nSteven Murphy,Surgery waiting room,Fri\n";
    assert!(!verdict("Volunteer roster", roster).is_phi());
    // Near miss: a patient with their surgery.
    let list = "Name,Procedure,Day\nBrian Tran,Surgery (hernia repair),Mon\n";
    assert!(verdict("OR list", list).is_phi());
}

/// The eleventh set's rule: what staff write to say a record is not real.
#[test]
fn mock_ups_demos_and_test_environments_name_nobody() {
    for body in [
        "Hi Priya,\nHere is the mock-up of the colonoscopy result letter.\n\nDear Jordan Bell, your colonoscopy found two polyps; pathology showed tubular adenoma.\n",
        "Attached is the statement proof with the vendor's fake data.\nDear Sam Carter, CPT 80053 comprehensive metabolic panel $42.00, potassium 4.1 mmol/L\n",
        "Screens from the training environment: the learner opens Betty Lang's chart and reviews metformin 500 mg twice daily.\n",
    ] {
        let e = verdict("Mock-up", body);
        assert!(!e.is_phi(), "{body}: {e:?}");
    }
    // Near miss: a real patient mentioned in a thread about a test system
    // keeps a patient's role ("Patient: …" away from the declaration).
    let real = "The interface failed in the test environment again.\n\nSeparately, the production result that did not file:\nPatient: Maria Lopez\nCreatinine 3.4 mg/dL\n";
    assert!(verdict("Interface", real).is_phi());
}

#[test]
fn a_drugs_salt_form_is_no_lab_value_and_lab_staff_sign_with_credentials() {
    let recall =
        "Class II recall: Heparin sodium 5,000 units/mL vials, lots below. Pull stock today.";
    let e = verdict("Recall", recall);
    assert!(!e.health.contains(&HealthKind::LabResult), "{e:?}");
    // Near miss: a patient's sodium is a result.
    let e = verdict(
        "Labs",
        "Patient: Maria Lopez\nSodium 128 mmol/L this morning.",
    );
    assert!(e.health.contains(&HealthKind::LabResult), "{e:?}");
    assert!(e.is_phi());
    let qc = "Weekly QC: glucose level 2 trended up 1 SD.\nReviewed by Yasmin Lindqvist, MLS.";
    assert!(!verdict("Weekly QC", qc).is_phi());
}

#[test]
fn a_greeting_in_mail_about_a_registration_is_to_a_colleague() {
    let csos = "Tomasz,\nI signed CSOS order 250477887 under the hospital's DEA\nregistration:\n  fentanyl citrate 50 mcg/mL 2 mL vial   qty 25\nPlease receive into the vault.\n";
    assert!(!verdict("CSOS order signed", csos).is_phi());
    // Near miss: the same greeting over a patient's dose, no registration.
    let patient = "Tomasz,\nyour fentanyl patch 25 mcg/h is ready at the pharmacy.\n";
    assert!(verdict("Prescription ready", patient).is_phi());
}

#[test]
fn a_date_of_birth_beside_a_test_patient_is_nobodys() {
    let tst = "Order confirmation from RxRelay TST\nPatient: ZZTEST, DONALD   DOB: 01/01/1950\nOrder: atorvastatin 20 mg tablet, #30\n";
    assert!(!verdict("FW: [TST] Order confirmation", tst).is_phi());
    // Near miss: a real patient's date of birth, with a COVID TEST beside it.
    let real = "Patient: LOPEZ, MARIA   DOB: 03/14/1961   COVID TEST positive\nOrder: atorvastatin 20 mg tablet, #30\n";
    assert!(verdict("Order confirmation", real).is_phi());
}

#[test]
fn a_patients_bill_naming_the_providers_npi_is_still_theirs() {
    let bill = "Maria,\nyour claim for the MRI of your left knee was processed. Rendering provider NPI 1245319599. You owe $120.\n";
    assert!(verdict("Your claim", bill).is_phi());
}
