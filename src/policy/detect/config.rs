//! `[policy.detectors]`: which detectors run, the context window, the organisation's MRN and
//! member-id formats, and the lexicons. Unknown keys are errors; each field's doc ends with
//! its default. Setting a list replaces its default list.

use serde::Deserialize;

use super::Detector;

/// The largest `context_window` accepted (characters each side).
pub const MAX_CONTEXT_WINDOW: usize = 400;

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DetectorConfig {
    /// Detectors to run, by name: ssn, mbi, npi, dea, mrn, dob, icd10, member_id, hl7,
    /// lexicon. Default: all ten.
    pub enabled: Vec<Detector>,
    /// Characters searched either side of a candidate for its context words (0..=400).
    /// Default: 40.
    pub context_window: usize,
    /// MRN formats as regular expressions (`\d`, `\w`, `\b` are ASCII; when a pattern has a
    /// capture group, group 1 is the identifier). A match counts only with an `mrn_context`
    /// word nearby (a pattern may carry its own, as the first default does).
    /// Default: `(?i)\bMRN[:#\s-]*([0-9]{6,10})\b` and `\b[0-9]{7,8}\b`.
    pub mrn_patterns: Vec<String>,
    /// Context words for MRNs, matched case-insensitively as whole words.
    /// Default: mrn, medical record, med rec, patient id, patient #, chart number, chart #, chart no.
    pub mrn_context: Vec<String>,
    /// Health-plan member id formats, as `mrn_patterns`; count only near a `member_id_context`
    /// word. No all-digit default: in a record, the NPI or phone number on the next line
    /// would count too. Default: `\b[A-Z]{3}[0-9]{6,12}\b` (alpha prefix), `\b[A-Z][0-9]{8,10}\b`.
    pub member_id_patterns: Vec<String>,
    /// Context words for member ids. Default: member id, member #, member number, member no,
    /// plan id, subscriber id, subscriber #, subscriber number, policy number, policy #, policy no,
    /// group number, group #, group no, insurance id, medicaid id, health plan id.
    pub member_id_context: Vec<String>,
    /// Lexicon terms by category. Default: a short list of unambiguous terms per category.
    pub lexicon: LexiconConfig,
}

/// `[policy.detectors.lexicon]`: terms matched case-insensitively as whole words.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LexiconConfig {
    /// Diagnoses and conditions. Default: about 40 (e.g. "type 2 diabetes", "schizophrenia").
    pub diagnoses: Vec<String>,
    /// Drug names. Default: about 50 (e.g. "metformin", "buprenorphine").
    pub drugs: Vec<String>,
    /// Procedures. Default: about 40 (e.g. "colonoscopy", "hemodialysis").
    pub procedures: Vec<String>,
}

/// A configuration problem: the key (as `policy.detectors.mrn_patterns[1]`), what is wrong,
/// and how to fix it. Holds config text only, never message text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("key `{key}`: {problem}; fix: {fix}")]
pub struct DetectorError {
    pub key: String,
    pub problem: String,
    pub fix: String,
}

impl DetectorError {
    pub(super) fn new(key: String, problem: impl Into<String>, fix: impl Into<String>) -> Self {
        Self {
            key,
            problem: problem.into(),
            fix: fix.into(),
        }
    }
}

pub(super) fn key(field: &str, index: usize) -> String {
    format!("policy.detectors.{field}[{index}]")
}

impl DetectorConfig {
    /// Every problem at once (for `check-config`), patterns included.
    pub fn check(&self) -> Vec<DetectorError> {
        let mut errors = Vec::new();
        if self.context_window > MAX_CONTEXT_WINDOW {
            errors.push(DetectorError::new(
                "policy.detectors.context_window".into(),
                format!("{} is more than {MAX_CONTEXT_WINDOW}", self.context_window),
                "use a window of a sentence or two (default 40)",
            ));
        }
        for (field, list) in [
            ("mrn_patterns", &self.mrn_patterns),
            ("member_id_patterns", &self.member_id_patterns),
        ] {
            for (i, p) in list.iter().enumerate() {
                if let Err(e) = super::configured::compile(p, &key(field, i)) {
                    errors.push(e);
                }
            }
        }
        for (field, list) in [
            ("mrn_context", &self.mrn_context),
            ("member_id_context", &self.member_id_context),
            ("lexicon.diagnoses", &self.lexicon.diagnoses),
            ("lexicon.drugs", &self.lexicon.drugs),
            ("lexicon.procedures", &self.lexicon.procedures),
        ] {
            for (i, w) in list.iter().enumerate() {
                if w.trim().is_empty() {
                    errors.push(DetectorError::new(
                        key(field, i),
                        "empty word",
                        "remove it or write the word",
                    ));
                }
            }
        }
        errors
    }
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

impl Default for DetectorConfig {
    fn default() -> Self {
        Self {
            enabled: Detector::ALL.to_vec(),
            context_window: 40,
            mrn_patterns: strings(&[r"(?i)\bMRN[:#\s-]*([0-9]{6,10})\b", r"\b[0-9]{7,8}\b"]),
            mrn_context: strings(&[
                "mrn",
                "medical record",
                "med rec",
                "patient id",
                "patient #",
                "chart number",
                "chart #",
                "chart no",
            ]),
            member_id_patterns: strings(&[r"\b[A-Z]{3}[0-9]{6,12}\b", r"\b[A-Z][0-9]{8,10}\b"]),
            member_id_context: strings(&[
                "member id",
                "plan id",
                "member #",
                "member number",
                "member no",
                "subscriber id",
                "subscriber #",
                "subscriber number",
                "policy number",
                "policy #",
                "policy no",
                "group number",
                "group #",
                "group no",
                "insurance id",
                "medicaid id",
                "health plan id",
            ]),
            lexicon: LexiconConfig::default(),
        }
    }
}

impl Default for LexiconConfig {
    fn default() -> Self {
        Self {
            diagnoses: strings(&[
                "type 1 diabetes",
                "type 2 diabetes",
                "diabetes mellitus",
                "hypertension",
                "hyperlipidemia",
                "chronic kidney disease",
                "end-stage renal disease",
                "congestive heart failure",
                "atrial fibrillation",
                "myocardial infarction",
                "chronic obstructive pulmonary disease",
                "copd",
                "asthma",
                "pneumonia",
                "sepsis",
                "hiv",
                "hepatitis b",
                "hepatitis c",
                "tuberculosis",
                "schizophrenia",
                "bipolar disorder",
                "major depressive disorder",
                "generalized anxiety disorder",
                "post-traumatic stress disorder",
                "ptsd",
                "opioid use disorder",
                "alcohol use disorder",
                "substance use disorder",
                "dementia",
                "alzheimer's disease",
                "parkinson's disease",
                "multiple sclerosis",
                "epilepsy",
                "breast cancer",
                "prostate cancer",
                "lung cancer",
                "colorectal cancer",
                "leukemia",
                "lymphoma",
                "melanoma",
                "cirrhosis",
                "anorexia nervosa",
            ]),
            drugs: strings(&[
                "metformin",
                "insulin glargine",
                "insulin lispro",
                "lisinopril",
                "losartan",
                "amlodipine",
                "atorvastatin",
                "simvastatin",
                "rosuvastatin",
                "levothyroxine",
                "metoprolol",
                "warfarin",
                "apixaban",
                "rivaroxaban",
                "clopidogrel",
                "gabapentin",
                "sertraline",
                "fluoxetine",
                "escitalopram",
                "bupropion",
                "quetiapine",
                "aripiprazole",
                "risperidone",
                "olanzapine",
                "lithium carbonate",
                "lamotrigine",
                "oxycodone",
                "hydrocodone",
                "morphine",
                "fentanyl",
                "buprenorphine",
                "methadone",
                "naloxone",
                "naltrexone",
                "prednisone",
                "albuterol",
                "adalimumab",
                "semaglutide",
                "tirzepatide",
                "emtricitabine",
                "tenofovir",
                "methotrexate",
                "tamoxifen",
                "alprazolam",
                "lorazepam",
                "clonazepam",
                "methylphenidate",
                "amphetamine",
            ]),
            procedures: strings(&[
                "colonoscopy",
                "endoscopy",
                "mammogram",
                "biopsy",
                "mastectomy",
                "lumpectomy",
                "hysterectomy",
                "appendectomy",
                "cholecystectomy",
                "cesarean section",
                "c-section",
                "angioplasty",
                "coronary artery bypass",
                "cardiac catheterization",
                "echocardiogram",
                "hemodialysis",
                "dialysis",
                "chemotherapy",
                "radiation therapy",
                "knee replacement",
                "hip replacement",
                "arthroplasty",
                "spinal fusion",
                "bariatric surgery",
                "gastric bypass",
                "lumbar puncture",
                "bone marrow transplant",
                "kidney transplant",
                "liver transplant",
                "amniocentesis",
                "in vitro fertilization",
                "vasectomy",
                "abortion",
                "electroconvulsive therapy",
                "mri",
                "ct scan",
                "pet scan",
            ]),
        }
    }
}
