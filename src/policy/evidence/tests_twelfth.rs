//! The rules of the eleventh set's second round and the twelfth set's
//! (docs/policy.md), each with the near misses it must leave alone.

use super::SenderName;
use super::tests::{verdict, verdict_sent_by};

/// The verdict on `body` in a message whose `From` display name is `from`.
fn verdict_from(from: &str, body: &str) -> super::Evidence {
    let senders: Vec<SenderName> = SenderName::parse(from).into_iter().collect();
    verdict_sent_by(&senders, "Reminder", body)
}

const HOW_TO: &str = "Team,\n\nExample of a correctly completed prior-auth block:\n\n  Requested: MRI lumbar spine (72148)\n  Diagnosis: M54.16 lumbar radiculopathy\n\nCarlos Brooks";

#[test]
fn the_senders_own_name_is_the_writer_signing() {
    let e = verdict_from("Carlos Brooks", HOW_TO);
    assert!(!e.is_phi(), "{e:?}");
    let e = verdict_from("\"Brooks, Carlos\"", HOW_TO);
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn someone_elses_name_or_a_patients_role_still_counts() {
    // The same text from another sender: the name is somebody else's.
    let e = verdict_from("Dana White", HOW_TO);
    assert!(e.is_phi(), "{e:?}");
    // A sender who is the patient in a record's role stays protected.
    let e = verdict_from(
        "Carlos Brooks",
        "Patient: Carlos Brooks\nDiagnosis: M54.16 lumbar radiculopathy",
    );
    assert!(e.is_phi(), "{e:?}");
    // So does a sender writing of their own care.
    let e = verdict_from(
        "Carlos Brooks",
        "my a1c came back 9.8 and I started metformin 500 mg\n\nCarlos Brooks",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_job_title_before_a_name_makes_it_staff() {
    for body in [
        "Questions to the pharmacy buyer, Naomi Fitzgerald, about heparin sodium 5,000 units/mL vials.",
        "Charge nurse Naomi Fitzgerald counted the hydromorphone 2 mg/mL carpujects.",
    ] {
        let e = verdict("Stock", body);
        assert!(!e.is_phi(), "{body}: {e:?}");
    }
    let e = verdict(
        "Update",
        "Questions about the patient, Naomi Fitzgerald, on heparin 5,000 units twice daily.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_workers_field_holds_staff_and_a_patients_field_a_patient() {
    let staff = "{\n  \"item\": \"vancomycin 1 g\",\n  \"witness\": \"Lucia Brooks\",\n  \"verified_by\": \"Joanne Reyes\"\n}";
    let e = verdict("Discrepancy", staff);
    assert!(!e.is_phi(), "{e:?}");
    let patient =
        "{\n  \"patient\": \"Lucia Brooks\",\n  \"order\": \"vancomycin 1 g IV every 12 hours\"\n}";
    let e = verdict("Order", patient);
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn supplies_for_a_test_are_no_ones_test() {
    let order = "Hello Wei Whitaker,\n\nYour order has shipped:\n  ECG electrodes, foam, adult   qty 4\n  SpO2 sensor, adult, single-use   qty 3\n";
    let e = verdict("Order confirmed", order);
    assert!(e.health.is_empty(), "{e:?}");
    let e = verdict(
        "Results",
        "Hello Wei Whitaker,\n\nYour ECG showed atrial fibrillation; we will call you.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_dose_in_stock_wording_is_a_products_strength() {
    let restock = "Lucia,\n\nThe overnight restock count came up 2 short for hydromorphone 2 mg/mL.\n\nJoanne";
    let e = verdict("Discrepancy", restock);
    assert!(!e.is_phi(), "{e:?}");
    // A named patient given a recalled lot is still that patient's dose.
    let e = verdict(
        "Recall follow-up",
        "Maria Lopez received heparin 5,000 units from recalled lot DH98169 on 3/2.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn accepting_new_patients_is_a_listing_not_a_visit() {
    let e = verdict(
        "Directory",
        "Dear Hannah Schmidt,\n\nPlease confirm whether each provider is accepting new patients.",
    );
    assert!(!e.is_phi(), "{e:?}");
    let e = verdict(
        "Your visit",
        "Dear Hannah Schmidt,\n\nYour new patient visit with cardiology is on May 3 at 9:00.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_date_with_its_format_is_a_job_aids_example() {
    let aid = "2. Date of birth:   01/01/1980  (MM/DD/YYYY)\n6. Insurance plan / member ID:   Example Health Plan";
    let e = verdict("Job aid", aid);
    assert!(!e.is_phi(), "{e:?}");
    let form = "2. Date of birth:   03/14/1962\n6. Insurance plan / member ID:   Buckeye Health Plan, claim pending";
    let e = verdict("Registration", form);
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_greeting_reaches_to_the_next_one() {
    let rendered = "Maria,\n\nThis is how it renders on our test patient:\n\n  Dear Testing Patient,\n  Your TSH was 2.1 mIU/L. Keep taking levothyroxine 75 mcg every morning.\n\nWalter";
    let e = verdict("SmartPhrase built", rendered);
    assert!(!e.is_phi(), "{e:?}");
    // Maria's own result.
    let e = verdict(
        "Results",
        "Maria,\n\nYour TSH was 2.1 mIU/L. Keep taking levothyroxine 75 mcg every morning.",
    );
    assert!(e.is_phi(), "{e:?}");
    // A real patient's letter under a colleague's greeting: its own greeting counts.
    let e = verdict(
        "FYI",
        "Maria,\n\nSent today:\n\n  Dear Mr. Lopez,\n  Your TSH was 2.1 mIU/L. Keep taking levothyroxine 75 mcg.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_directorys_columns_are_about_its_providers() {
    let directory = "Dear Hannah Schmidt,\n\nProvider\tSpecialty\tNPI\tAccepting new patients\nAnita Ogunleye\tBehavioral Health\t1234567893\tYes\nThuy Morales\tCardiology\t1245319599\tYes\n";
    let e = verdict("Directory verification", directory);
    assert!(!e.is_phi(), "{e:?}");
    let referrals = "Patient\tSpecialty\tReason\nAnita Ogunleye\tCardiology\tatrial fibrillation, new\nThuy Morales\tEndocrinology\ttype 2 diabetes, A1c 9.1\n";
    let e = verdict("Referrals", referrals);
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_vendors_visit_is_the_engineers_schedule() {
    let ticket = "Dear Raj Carver,\n\nWe opened service ticket 4471 for the chemistry module. Field engineer Jasmine Marsh is scheduled for today between 13:00 and 15:00.\n\nLing";
    let e = verdict("Service ticket", ticket);
    assert!(!e.is_phi(), "{e:?}");
    let visit = "Dear Raj Carver,\n\nYou are scheduled for a colonoscopy on May 3 at 9:00.";
    let e = verdict("Your procedure", visit);
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_training_patient_is_declared_not_real() {
    let storyboard = "Darnell,\n\nScreen 3 shows the chart of Zztrain, Betty (81-year-old training patient). Narration: metoprolol tartrate 25 mg BID, apixaban 5 mg BID.\n\nSung";
    let e = verdict("Storyboard", storyboard);
    assert!(!e.is_phi(), "{e:?}");
    // "training" of a real patient's family is no declaration.
    let real = "Darnell,\n\nBetty Nguyen (81) starts apixaban 5 mg BID today; her daughter had inhaler training yesterday.\n\nSung";
    let e = verdict("Anticoagulation", real);
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_services_workforce_is_no_ones_care() {
    let parking = "Holly,\n\nPermits for the dialysis staff:\n  Kincaid, Ruth     permit 4471\n  Albright, James   permit 4472\n";
    let e = verdict("Parking", parking);
    assert!(!e.is_phi(), "{e:?}");
    for body in [
        "EMERGENCY DEPARTMENT PHYSICIAN SCHEDULE\nMon  Mansour, Khalid   Xu, Jun\n",
        "Ananya Venkatesan mentioned you in Sepsis Committee (channel)",
    ] {
        let e = verdict("Schedule", body);
        assert!(!e.is_phi(), "{body}: {e:?}");
    }
    let e = verdict(
        "Dialysis",
        "Kincaid, Ruth - dialysis moved to Tuesday 06:00.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_part_number_shaped_like_an_mbi_is_a_part() {
    let parts = "LINE MFR PART NO    DESCRIPTION                QTY\n   1 9C68-AD5-VN16  Ventilator exhalation valve   3\n";
    let e = verdict("Parts", parts);
    assert!(!e.is_phi(), "{e:?}");
    let e = verdict(
        "Medicare",
        "Her Medicare MBI is 9C68-AD5-VN16 for the claim.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn a_data_dictionarys_example_column_is_nobodys() {
    let dictionary = "Field\tExample\tNotes\nDOB\t01/31/1970\tFormat example only\nDiagnosis\tI63.9 cerebral infarction\tICD-10-CM\n";
    let e = verdict("Data dictionary", dictionary);
    assert!(!e.is_phi(), "{e:?}");
    let record = "Field\tValue\tNotes\nDOB\t01/31/1970\tverified\nDiagnosis\tI63.9 cerebral infarction\tICD-10-CM\n";
    let e = verdict("Registry record", record);
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn conditions_treated_head_a_list_not_a_patient() {
    let guide = "Gastroenterology\nConditions treated: GERD, IBD (Crohn's disease, ulcerative colitis), liver disease\n";
    let e = verdict("Referral guide", guide);
    assert!(!e.is_phi(), "{e:?}");
    let e = verdict(
        "Consult",
        "Patient: Gerd Ibsen\nCrohn's disease flare, starting prednisone 40 mg daily.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn flowsheets_reports_and_families_name_patients_with_results() {
    let trend = "Courtney - trending the labs on Samir in 4W-12:\n\n                    11/8   11/9\nCreatinine (mg/dL)   2.1    3.0\nBUN (mg/dL)          41     58\n";
    let e = verdict("Bed 12 labs", trend);
    assert!(e.is_phi(), "{e:?}");
    let report = "DAILY INR LOG\n\nPATIENT                  DOB        INDICATION   INR\n------------------------ ---------- ------------ ----\nHUANG, QING              02/11/1976 DVT/PE       3.1\n";
    let e = verdict("INR log", report);
    assert!(e.is_phi(), "{e:?}");
    let family = "Pre-brief before we meet with Noor Hamdan and her husband at 1:00.\n\nCore biopsy, right breast: invasive ductal carcinoma, grade 2.";
    let e = verdict("Pre-brief", family);
    assert!(e.is_phi(), "{e:?}");
    let change = "Mei Ivanova's fasting sugars are high this week. Increase glargine from 18 to 22 units nightly.";
    let e = verdict("Insulin", change);
    assert!(e.is_phi(), "{e:?}");
    // A reference range under a flowsheet's unit is no result.
    let e = verdict(
        "Lab newsletter",
        "Ask Samir Haddad: Creatinine (mg/dL) 0.6-1.2 is the adult reference range.",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn a_fhir_subject_written_surname_first_is_a_patient() {
    let observation = "{\n  \"resourceType\": \"Observation\",\n  \"code\": {\"text\": \"Creatinine\"},\n  \"subject\": {\"display\": \"Ogunleye, Ana\", \"identifier\": {\"value\": \"RH1500334\"}},\n  \"valueQuantity\": {\"value\": 3.4, \"unit\": \"mg/dL\"}\n}";
    let e = verdict("PRD message", observation);
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn sign_outs_and_case_lists_name_their_patients() {
    let sign_out = "few things for you tonight\nbed 12 (ruiz) - urosepsis, lactate 4.2 -> 2.1, on cefepime.\nSvetlana";
    let e = verdict("overnight", sign_out);
    assert!(e.is_phi(), "{e:?}");
    let cases = "Hi Dr. Tanaka, Thursday is Castellanos (ablation), Lindberg (loop recorder). Can we swap the first two?\n\nNgozi";
    let e = verdict("EP lab list", cases);
    assert!(e.is_phi(), "{e:?}");
    let mrsa = "Maricel,\n\nBed 512B - Demos, Dimitrios - admission MRSA nares PCR is POSITIVE. Contact precautions.";
    let e = verdict("Isolation", mrsa);
    assert!(e.is_phi(), "{e:?}");
    // A service's slots and a bed's status name nobody.
    for body in [
        "Cardiology (ablation) has two slots Thursday; Electrophysiology (loop recorder) one.",
        "bed 12 (isolation) - terminal clean after C. diff, lactate analyzer moved to bed 14.",
    ] {
        let e = verdict("Slots", body);
        assert!(!e.is_phi(), "{body}: {e:?}");
    }
}

#[test]
fn hyphenated_terms_match_as_the_text_is_normalised() {
    // The lexicon's "alpha-fetoprotein" and "phq-9" are matched against the
    // normalised text, where hyphens are spaces: they once never matched.
    for body in [
        "Angela Esposito: alpha-fetoprotein 12 ng/mL on 3/2.",
        "Angela Esposito, new intake: PHQ-9 of 17 at the referral visit.",
    ] {
        let e = verdict("Results", body);
        assert!(
            e.health.contains(&super::HealthKind::LabResult),
            "{body}: {e:?}"
        );
    }
}

#[test]
fn a_possessive_before_next_visit_is_the_patients() {
    // Names in no list: only the possessive before "next" care says whose.
    let e = verdict(
        "Schedule",
        "Zephyr Quill's next follow-up appointment is Tuesday at 9. Bring the dressing supplies; the diabetic foot ulcer is healing.",
    );
    assert!(e.is_phi(), "{e:?}");
    // Without "next" (or "last", "upcoming"), an appointment is no one's.
    let e = verdict(
        "Schedule",
        "Zephyr Quill's follow-up appointment is Tuesday at 9. Bring the dressing supplies; the diabetic foot ulcer is healing.",
    );
    assert!(!e.is_phi(), "{e:?}");
    let e = verdict(
        "Rota",
        "Ximena Fuentes's next shift is Wednesday; the diabetic foot ulcer class moved to Friday.",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn days_months_states_and_lists_of_surnames_are_no_one() {
    for (subject, body) in [
        (
            "Advisory",
            "Starting Monday, a best practice advisory will suggest naloxone 4 mg nasal spray with opioid orders.",
        ),
        (
            "Days of therapy",
            "DAYS OF THERAPY PER 1,000 PATIENT DAYS, FEBRUARY\n\nVancomycin IV 131\nCefepime 88\n",
        ),
        (
            "Press release",
            "MILLBROOK, Ohio - Riverside Health today announced that robotic prostate surgery will be offered five days a week.",
        ),
        (
            "Minutes",
            "Present: Harris, Cole, Lopez, Ortiz, Tanabe\n\n1. The chest pain clinic move is scheduled for the 18th.",
        ),
        (
            "Shortage feed",
            "<item name=\"Sodium chloride 0.9% injection, 1,000 mL bag\" status=\"Allocated\"/>\n<item name=\"Lactated Ringer's injection, 1,000 mL bag\"/>",
        ),
    ] {
        let e = verdict(subject, body);
        assert!(!e.is_phi(), "{body}: {e:?}");
    }
    // A patient written "Surname, Given" still is one.
    let e = verdict(
        "Coding query",
        "For Harris, Cole (DOS 01/29) the diagnosis entered was I25.10, atherosclerotic heart disease.",
    );
    assert!(e.is_phi(), "{e:?}");
}

#[test]
fn records_in_capitals_ages_with_sex_and_dicom_names_are_patients() {
    for (subject, body) in [
        (
            "H&P",
            "HISTORY AND PHYSICAL - FERREIRA, GUSTAVO, 77M\n\nWBC 15.2, lactate 1.6, procalcitonin 1.9.",
        ),
        (
            "CXR prelim",
            "Vivian Reedley, 59F, ED bed 9:\n\nCHEST, 2 VIEWS\nRight lower lobe consolidation, pneumonia.",
        ),
        (
            "Import failed",
            "{\n  \"PatientName\": \"PEREIRA^IGNATIUS\",\n  \"ReasonForStudy\": \"Staging, newly diagnosed small cell lung cancer\"\n}",
        ),
    ] {
        let e = verdict(subject, body);
        assert!(e.is_phi(), "{body}: {e:?}");
    }
    // Two capitalised words that are not a listed surname and given name.
    let e = verdict(
        "Orders",
        "ORDERS: CBC, BMP and PHYSICAL, OCCUPATIONAL therapy for pneumonia patients.",
    );
    assert!(!e.is_phi(), "{e:?}");
}

#[test]
fn a_patients_meter_monitor_or_implant_is_still_theirs() {
    // A meter or a monitor is no supply: the reading stays a result.
    let e = verdict(
        "Call",
        "Maria Lopez called: her glucose meter reads 320 this morning.",
    );
    assert!(e.health.contains(&super::HealthKind::LabResult), "{e:?}");
}
