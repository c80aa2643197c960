//! The word lists behind the evidence: common given names and surnames (US
//! Census and SSA, public domain), ICD-10-CM codes (CMS, public domain), drug
//! names, lab analytes, and health wording (conditions, procedures, encounters,
//! payment). Shipped inside the binary from `data/lexicons/`; each can be
//! replaced by a file (`[policy.lexicons]`), read by the config loader and
//! handed over here as text. One aho-corasick automaton finds every health
//! term in one pass; names are looked up in hash sets. Built once per engine.

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

/// `[policy.lexicons]`: files that replace the shipped lists (one entry per
/// line, `#` comments). Paths as written; the config loader reads them.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LexiconFiles {
    pub given_names_file: Option<String>,
    pub surnames_file: Option<String>,
    pub icd10_codes_file: Option<String>,
    pub drugs_file: Option<String>,
    pub lab_analytes_file: Option<String>,
    pub health_terms_file: Option<String>,
    pub english_words_file: Option<String>,
}

/// One list: which key names it, and the shipped text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    GivenNames,
    Surnames,
    Icd10Codes,
    Drugs,
    LabAnalytes,
    /// Grouped by `## ` headers: diagnosis wording and conditions, procedures,
    /// encounter and care wording, payer and claim wording.
    HealthTerms,
    /// Common English words: a capitalised word outside this list (and the
    /// health lists) may be a name the census lists miss.
    EnglishWords,
}

impl List {
    pub const ALL: [List; 7] = [
        List::GivenNames,
        List::Surnames,
        List::Icd10Codes,
        List::Drugs,
        List::LabAnalytes,
        List::HealthTerms,
        List::EnglishWords,
    ];

    /// The config key (under `policy.lexicons`).
    pub fn key(self) -> &'static str {
        match self {
            List::GivenNames => "given_names_file",
            List::Surnames => "surnames_file",
            List::Icd10Codes => "icd10_codes_file",
            List::Drugs => "drugs_file",
            List::LabAnalytes => "lab_analytes_file",
            List::HealthTerms => "health_terms_file",
            List::EnglishWords => "english_words_file",
        }
    }

    pub fn shipped(self) -> &'static str {
        match self {
            List::GivenNames => include_str!("../../../data/lexicons/given_names.txt"),
            List::Surnames => include_str!("../../../data/lexicons/surnames.txt"),
            List::Icd10Codes => include_str!("../../../data/lexicons/icd10cm_codes.txt"),
            List::Drugs => include_str!("../../../data/lexicons/drugs.txt"),
            List::LabAnalytes => include_str!("../../../data/lexicons/lab_analytes.txt"),
            List::HealthTerms => include_str!("../../../data/lexicons/health_terms.txt"),
            List::EnglishWords => include_str!("../../../data/lexicons/english_words.txt"),
        }
    }

    pub fn path(self, files: &LexiconFiles) -> Option<&str> {
        match self {
            List::GivenNames => files.given_names_file.as_deref(),
            List::Surnames => files.surnames_file.as_deref(),
            List::Icd10Codes => files.icd10_codes_file.as_deref(),
            List::Drugs => files.drugs_file.as_deref(),
            List::LabAnalytes => files.lab_analytes_file.as_deref(),
            List::HealthTerms => files.health_terms_file.as_deref(),
            List::EnglishWords => files.english_words_file.as_deref(),
        }
    }
}

/// A list that cannot be used: the key, what is wrong (never the list's text
/// beyond a line number), and the fix.
#[derive(Debug, Clone, thiserror::Error)]
#[error("policy.lexicons.{key}: {problem}")]
pub struct LexiconError {
    pub key: &'static str,
    pub problem: String,
}

/// The entries of a list: trimmed, lower case (ICD codes: upper case, no dot),
/// `#` comments and blank lines dropped. Checked: an entry is printable, at
/// most 80 characters; an ICD-10-CM code is a letter, two characters, and up
/// to four more, letters and digits only.
pub fn entries(list: List, text: &str) -> Result<Vec<String>, LexiconError> {
    Ok(grouped(list, text)?.into_iter().map(|(_, e)| e).collect())
}

/// The entries with the `## ` group each is under (`Term::Condition` before
/// any group). In `health_terms_file` every entry must be under a group whose
/// header names diagnosis/condition, procedure, encounter/care or payer/claim.
pub fn grouped(list: List, text: &str) -> Result<Vec<(Term, String)>, LexiconError> {
    let mut out = Vec::new();
    let mut group: Option<Term> = None;
    for (i, line) in text.lines().enumerate() {
        let bad = |why: &str| LexiconError {
            key: list.key(),
            problem: format!("line {}: {why}", i + 1),
        };
        if let Some(header) = line.strip_prefix("## ")
            && list == List::HealthTerms
        {
            group = Some(group_of(header).ok_or_else(|| {
                bad("a `## ` group header must name diagnosis, conditions, procedures, encounter or payer")
            })?);
            continue;
        }
        let entry = line.split('#').next().unwrap_or("").trim();
        if entry.is_empty() {
            continue;
        }
        if list == List::HealthTerms && group.is_none() {
            return Err(bad("an entry before the first `## ` group header"));
        }
        let term = group.unwrap_or(Term::Condition);
        if entry.chars().count() > 80 || entry.chars().any(char::is_control) {
            return Err(bad(
                "an entry is longer than 80 characters or not printable",
            ));
        }
        if list == List::Icd10Codes {
            let code: String = entry.chars().filter(|c| *c != '.').collect();
            let code = code.to_ascii_uppercase();
            let shape = code.len() >= 3
                && code.len() <= 7
                && code.starts_with(|c: char| c.is_ascii_uppercase())
                && code.chars().all(|c| c.is_ascii_alphanumeric());
            if !shape {
                return Err(bad("not an ICD-10-CM code (like E119 or E11.9)"));
            }
            out.push((term, code));
        } else {
            out.push((term, entry.to_lowercase()));
        }
    }
    if out.is_empty() {
        return Err(LexiconError {
            key: list.key(),
            problem: "the list is empty".into(),
        });
    }
    Ok(out)
}

fn group_of(header: &str) -> Option<Term> {
    let h = header.to_ascii_lowercase();
    if h.contains("diagnos") || h.contains("condition") {
        Some(Term::Condition)
    } else if h.contains("procedure") {
        Some(Term::Procedure)
    } else if h.contains("encounter") || h.contains("care") {
        Some(Term::Encounter)
    } else if h.contains("payer") || h.contains("claim") || h.contains("billing") {
        Some(Term::Payment)
    } else {
        None
    }
}

/// The text after a term ends the word: nothing alphanumeric follows, or only
/// a plural or verb ending does ("testing", "infusions", "referred").
fn ends_word(after: &str) -> bool {
    let word_end = |t: &str| !t.chars().next().is_some_and(char::is_alphanumeric);
    word_end(after)
        || ["s", "es", "ing", "ed"].iter().any(|suffix| {
            after
                .get(..suffix.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(suffix))
                && word_end(&after[suffix.len()..])
        })
}

/// A generic drug name as Spanish writes it (the INN with a vowel added):
/// metformin → metformina, amlodipine → amlodipina, furosemide → furosemida.
/// Mail to and from Spanish-speaking patients names their drugs this way.
fn spanish_generic(drug: &str) -> Option<String> {
    if drug.contains(' ') || drug.len() < 6 {
        return None;
    }
    if let Some(stem) = drug.strip_suffix("ine") {
        return Some(format!("{stem}ina"));
    }
    if let Some(stem) = drug.strip_suffix("ide") {
        return Some(format!("{stem}ida"));
    }
    drug.ends_with("in").then(|| format!("{drug}a"))
}

/// What a health term is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Drug,
    Analyte,
    Condition,
    Procedure,
    Encounter,
    Payment,
}

pub struct Lexicons {
    pub given: HashSet<String>,
    pub surnames: HashSet<String>,
    pub icd10: HashSet<String>,
    /// English words and one-word health terms: not names.
    common: HashSet<String>,
    health: AhoCorasick,
    terms: Vec<Term>,
}

impl std::fmt::Debug for Lexicons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicons")
            .field("given", &self.given.len())
            .field("surnames", &self.surnames.len())
            .field("icd10", &self.icd10.len())
            .field("health_terms", &self.terms.len())
            .finish()
    }
}

static SHIPPED: LazyLock<Result<Arc<Lexicons>, LexiconError>> =
    LazyLock::new(|| Lexicons::build(&|_| None).map(Arc::new));

impl Lexicons {
    /// The shipped lists (built once per process).
    pub fn shipped() -> Result<Arc<Lexicons>, LexiconError> {
        SHIPPED.clone()
    }

    /// The shipped lists, with `replaced(list)` giving a file's text instead.
    pub fn build(replaced: &dyn Fn(List) -> Option<String>) -> Result<Lexicons, LexiconError> {
        let list = |l: List| match replaced(l) {
            Some(text) => entries(l, &text),
            None => entries(l, l.shipped()),
        };
        let mut patterns: Vec<String> = Vec::new();
        let mut terms = Vec::new();
        let mut seen = HashSet::new();
        let text = |l: List| replaced(l).unwrap_or_else(|| l.shipped().to_string());
        let drugs = entries(List::Drugs, &text(List::Drugs))?;
        let analytes = entries(List::LabAnalytes, &text(List::LabAnalytes))?;
        let grouped_terms = grouped(List::HealthTerms, &text(List::HealthTerms))?;
        let spanish: Vec<String> = drugs.iter().filter_map(|d| spanish_generic(d)).collect();
        let all = drugs
            .into_iter()
            .chain(spanish)
            .map(|e| (Term::Drug, e))
            .chain(analytes.into_iter().map(|e| (Term::Analyte, e)))
            .chain(grouped_terms);
        let mut common: HashSet<String> = entries(List::EnglishWords, &text(List::EnglishWords))?
            .into_iter()
            .collect();
        for (term, e) in all {
            // Matched against the normalised text: "alpha-fetoprotein" and
            // "PHQ-9" are there as "alpha fetoprotein" and "phq 9".
            let e = crate::policy::detect::normal::phrase(&e);
            if !e.contains(' ') {
                common.insert(e.clone());
            }
            if seen.insert(e.clone()) {
                patterns.push(e);
                terms.push(term);
            }
        }
        let health = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(crate::policy::detect::text::automaton_kind(&patterns))
            .build(&patterns)
            .map_err(|e| LexiconError {
                key: "drugs_file",
                problem: format!("the terms do not fit in an automaton: {e}"),
            })?;
        Ok(Lexicons {
            given: list(List::GivenNames)?.into_iter().collect(),
            surnames: list(List::Surnames)?.into_iter().collect(),
            icd10: list(List::Icd10Codes)?.into_iter().collect(),
            common,
            health,
            terms,
        })
    }

    /// Every health term in `text` (ASCII case-insensitive, whole words):
    /// (kind, start, end). A match glued to a word does not hide a term that
    /// starts inside it ("transthoracic echo|cardiogram" then "echocardiogram"):
    /// the search goes on from the next character, not from the match's end.
    pub fn health_terms<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (Term, usize, usize)> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            while from <= text.len() {
                let m = self
                    .health
                    .find(aho_corasick::Input::new(text).range(from..))?;
                let glued_before = crate::policy::detect::text::word_before(text, m.start());
                let glued_after = !ends_word(&text[m.end()..]);
                if !glued_before && !glued_after {
                    from = m.end();
                    return Some((self.terms[m.pattern().as_usize()], m.start(), m.end()));
                }
                if m.start() >= text.len() {
                    return None;
                }
                // Strictly past the match's start: every turn moves on.
                from = text.ceil_char_boundary(m.start() + 1);
            }
            None
        })
    }

    pub fn is_given(&self, word: &str) -> bool {
        self.given.contains(&word.to_lowercase())
    }

    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(&word.to_lowercase())
    }

    /// Not an English word nor a one-word health term (so possibly a name).
    pub fn is_uncommon(&self, word: &str) -> bool {
        word.chars().count() >= 3 && !self.common.contains(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glued_match_does_not_hide_the_term_inside_it() {
        let terms = "## procedures, tests and treatments\nechocardiogram\ntransthoracic echo\n";
        let lex = Lexicons::build(&|list| (list == List::HealthTerms).then(|| terms.to_owned()))
            .expect("test lexicons");
        let text = "your transthoracic echocardiogram is on Monday";
        let found: Vec<&str> = lex
            .health_terms(text)
            .map(|(_, s, e)| &text[s..e])
            .collect();
        assert_eq!(found, ["echocardiogram"]);
        // Whole words still: neither term inside another word counts.
        assert_eq!(
            lex.health_terms("xechocardiogram transthoracic echolalia")
                .count(),
            0
        );
    }

    #[test]
    fn spanish_generic_names_are_drugs() {
        let lex = Lexicons::shipped().unwrap();
        let found: Vec<Term> = lex
            .health_terms("necesito metformina y furosemida")
            .map(|(t, _, _)| t)
            .collect();
        assert_eq!(found, vec![Term::Drug, Term::Drug]);
        assert_eq!(spanish_generic("amlodipine").as_deref(), Some("amlodipina"));
        assert_eq!(spanish_generic("lisinopril"), None);
        assert_eq!(spanish_generic("iron"), None, "too short to tell");
    }
}
