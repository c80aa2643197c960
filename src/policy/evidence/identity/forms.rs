//! Names written in forms the mixed-case patterns do not take, each held to
//! both name lists (a given name, then a surname):
//! - in capitals: "POTASSIUM 2.6 mmol/L on ETHAN TURNER, rm 515" (also
//!   wrapped between the two). Lab systems,
//!   schedules and records write patients this way; headings are in capitals
//!   too ("PATIENT SAFETY", "GRACE PERIOD");
//! - wrapped: "for Dwayne\nJames." A mail client wraps lines at about 72
//!   characters, wherever the name falls; a line's last word and the next
//!   line's first are otherwise unrelated;
//! - in lower case after a self-introduction: "hi this is randall whitaker,
//!   i see dr prescott". Patients write to the portal or from a phone
//!   without capitals; only the introduction says a name follows, and the
//!   given name must be no English word ("this is grace period").

use std::sync::LazyLock;

use regex::Regex;

use super::super::{Hit, IdentityKind, Lexicons, Strength};

pub(super) static CAPITALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]{2,})(?:[ \t\xA0]+|[ \t\xA0]*\r?\n[ \t\xA0]*)([A-Z]{2,}(?:-[A-Z]{2,})?)(?-u:\b)")
        .expect("built-in capitals-name pattern")
});

pub(super) static WRAPPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]\p{Ll}+)[ \t\xA0]*\r?\n[ \t\xA0]*((?:O'|Mc|Mac)?[A-Z]\p{Ll}+(?:-[A-Z]\p{Ll}+)?)(?-u:\b)")
        .expect("built-in wrapped-name pattern")
});

pub(super) static LOWER_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?i:this[ \t]+is|my[ \t]+name[ \t]+is|i[ \t]+am|i'm|i’m)[ \t]+([a-z]{2,})[ \t]+([a-z]{3,}(?:-[a-z]{3,})?)(?-u:\b)")
        .expect("built-in lower-case introduction pattern")
});

pub(super) fn lower_case_introduction(
    text: &str,
    lex: &Lexicons,
    out: &mut Vec<Hit<IdentityKind>>,
) {
    for c in LOWER_INTRO.captures_iter(text) {
        let (Some(first), Some(last)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let (f, l) = (first.as_str(), last.as_str());
        if lex.is_given(f)
            && lex.is_uncommon(f)
            && l.split('-').any(|part| lex.is_surname(part))
            && !super::NOT_NAMES.contains(&f)
            && !super::NOT_NAMES.contains(&l)
        {
            out.push(Hit {
                kind: IdentityKind::NamedField,
                strength: Strength::Medium,
                at: first.start(),
                line: 0,
            });
        }
    }
}

pub(super) fn capitals(text: &str, lex: &Lexicons, out: &mut Vec<Hit<IdentityKind>>) {
    both_listed(text, &CAPITALS, lex, out);
}

pub(super) fn wrapped(text: &str, lex: &Lexicons, out: &mut Vec<Hit<IdentityKind>>) {
    both_listed(text, &WRAPPED, lex, out);
}

fn both_listed(text: &str, pattern: &Regex, lex: &Lexicons, out: &mut Vec<Hit<IdentityKind>>) {
    for c in pattern.captures_iter(text) {
        let (Some(first), Some(last)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let (f, l) = (first.as_str(), last.as_str());
        let not_name = [f, l]
            .iter()
            .any(|w| super::NOT_NAMES.contains(&w.to_lowercase().as_str()));
        if lex.is_given(f)
            && l.split('-').any(|part| lex.is_surname(part))
            && !not_name
            && !super::is_provider(text, first.start(), last.end())
            && !super::is_correspondent(text, first.start(), last.end())
            && !super::placeholder(text, &text[first.start()..last.end()], last.end())
        {
            out.push(Hit {
                kind: IdentityKind::PersonName,
                strength: Strength::Weak,
                at: first.start(),
                line: 0,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::Lexicons;
    use super::*;

    fn found(text: &str) -> usize {
        let lex = Lexicons::shipped().expect("shipped lexicons");
        let mut out = Vec::new();
        capitals(text, &lex, &mut out);
        wrapped(text, &lex, &mut out);
        lower_case_introduction(text, &lex, &mut out);
        out.len()
    }

    #[test]
    fn a_given_name_and_a_surname_in_capitals() {
        assert_eq!(
            found("POTASSIUM 2.6 mmol/L (critical) on ETHAN TURNER, rm 515"),
            1
        );
        assert_eq!(found("PT: MARIA GARCIA-LOPEZ"), 1);
        // Wrapped where the line ended.
        assert_eq!(found("(critical) on ETHAN\nTURNER, rm 515"), 1);
        assert_eq!(found("PATIENT SAFETY\nWEEK"), 0);
    }

    #[test]
    fn headings_and_providers_are_no_name() {
        assert_eq!(found("PATIENT SAFETY WEEK"), 0);
        assert_eq!(found("GRACE PERIOD ENDS"), 0);
        assert_eq!(found("Read by DR. ETHAN TURNER MD"), 0);
        assert_eq!(found("JOHN Q PUBLIC"), 0, "one letter is no surname");
    }

    #[test]
    fn a_name_wrapped_onto_the_next_line() {
        assert_eq!(
            found("the PA for tirzepatide 5 mg weekly for Dwayne\r\nJames. Their"),
            1
        );
        // A line's last word and the next line's first that are not both names.
        assert_eq!(found("Diabetes education with Maria\nPharmacy staff"), 0);
        assert_eq!(found("Patient,Provider,Reason\nMaria Lopez,Dr. Chen"), 0);
    }

    #[test]
    fn a_lower_case_name_after_an_introduction() {
        assert_eq!(found("hi this is randall whitaker, i see dr prescott"), 1);
        // English words after the same words are no name.
        assert_eq!(found("this is grace period for the claim"), 0);
        assert_eq!(found("i am going home"), 0);
        assert_eq!(found("hi this is randall"), 0, "a given name alone");
    }
}
