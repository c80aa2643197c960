use super::*;
use crate::policy::{DetectorConfig, Detectors};

fn verdict(subject: &str, body: &str) -> Evidence {
    let lex = Lexicons::shipped().unwrap();
    let det = Detectors::new(&DetectorConfig::default()).unwrap();
    let units: Vec<Unit> = [subject, body]
        .iter()
        .map(|t| unit(t, &det.scan(t), &lex))
        .collect();
    assess(&units)
}

#[test]
fn a_named_patient_with_a_lab_result_is_phi() {
    let e = verdict(
        "Your results",
        "Dear Ms. Garcia,\n\nYour hemoglobin A1c came back at 7.9 %, higher than last time.",
    );
    assert_eq!(e.basis, Basis::IdentityAndHealth, "{e:?}");
    assert!(e.identity.contains(&IdentityKind::Salutation));
    assert!(e.health.contains(&HealthKind::LabResult));
}

#[test]
fn a_referral_for_a_named_patient_is_phi() {
    let e = verdict(
        "Referral",
        "I am referring my patient, Robert Chen, to your clinic for evaluation of atrial fibrillation.",
    );
    assert_eq!(e.basis, Basis::IdentityAndHealth, "{e:?}");
    assert!(e.identity.contains(&IdentityKind::PatientName));
}

#[test]
fn a_provider_directory_is_not_phi() {
    let e = verdict(
        "Directory update",
        "Dr. Maria Lopez, MD  NPI 1234567893  Cardiology\nJohn Smith, NP  NPI 1245319599  Family medicine\n",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn a_newsletter_quoting_codes_and_ranges_is_not_phi() {
    let e = verdict(
        "Coding corner",
        "Reminder: diagnosis code E11.9 is type 2 diabetes without complications. An HbA1c of 6.5 % or more indicates diabetes. Dear colleagues, please update your templates.",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn a_template_with_placeholders_is_not_phi() {
    let e = verdict(
        "Template",
        "Patient: [NAME]\nDOB: __/__/____\nDiagnosis: {{diagnosis}}\nDear {{first_name}},\n",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn a_founders_birth_year_is_not_phi() {
    let e = verdict(
        "History",
        "Our founder, Helen Brooks, was born in 1950 and opened the first clinic in 1982.",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn an_order_number_shaped_like_an_ssn_is_not_phi() {
    let e = verdict("Payroll", "Your SSN 512-44-7360 is on file.");
    assert_eq!(
        e.basis,
        Basis::PatientIdentifier,
        "an SSN counts by itself: {e:?}"
    );
    let e = verdict(
        "Your order",
        "Order number 123-45-6789 has shipped. Tracking 1Z999.",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn a_name_in_a_patient_field_with_a_drug_is_phi() {
    let e = verdict(
        "",
        "Patient: SMITH, JOHN\nMedication: metformin 500 mg twice daily\n",
    );
    assert_eq!(e.basis, Basis::IdentityAndHealth, "{e:?}");
}

#[test]
fn a_staff_schedule_with_names_is_not_phi() {
    let e = verdict(
        "Schedule",
        "Hi team,\nJennifer Walsh covers the front desk Monday; Kevin Ortiz covers Tuesday.\n",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn a_subject_name_goes_with_the_body() {
    let e = verdict(
        "Re: Patient Laura Nguyen",
        "Discharge summary attached; she was diagnosed with pneumonia.",
    );
    assert!(e.is_phi(), "{e:?}");
}
