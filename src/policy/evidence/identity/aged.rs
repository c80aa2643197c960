//! A name with an age: "Larry (age 9)", "Rosa Diaz, 67 y/o", "Kim Lee, a
//! 45-year-old", "Vivian Reedley, 59F". Mail gives a person's age when it speaks of them as a
//! patient (triage notes, hand-offs, consults); staff and authors are not
//! introduced by age. A name in the lists only, never a doctor's, never a
//! sample name.

use std::sync::LazyLock;

use regex::Regex;

use super::super::{Hit, IdentityKind, Lexicons, Strength};

pub(super) static NAME_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]\p{Ll}+(?:[ \t\xA0]+(?:[A-Z]\.[ \t\xA0]+)?[A-Z]\p{Ll}+(?:-[A-Z]\p{Ll}+)?)?)[ \t\xA0]*(?:,[ \t\xA0]*(?:an?[ \t\xA0]+)?|\([ \t\xA0]*)(?:(?i:age[ \t\xA0]*[0-9]{1,3}|[0-9]{1,3}[ \t\xA0-]*(?:y/?o|y\.o\.|yo|yrs?[ \t\xA0-]+old|years?[ \t\xA0-]+old|year-old))|[0-9]{1,3}[ \t\xA0]?[FM])(?-u:\b)")
        .expect("built-in name-and-age pattern")
});

pub(in crate::policy::evidence) fn scan(
    text: &str,
    lex: &Lexicons,
    out: &mut Vec<Hit<IdentityKind>>,
) {
    for c in NAME_AGE.captures_iter(text) {
        let Some(name) = c.get(1) else { continue };
        let listed = super::words(name.as_str()).any(|w| lex.is_given(w) || lex.is_surname(w));
        if listed
            && super::plausible(name.as_str(), lex, true)
            && !super::is_provider(text, name.start(), name.end())
            && !super::placeholder(text, name.as_str(), name.end())
        {
            out.push(Hit {
                kind: IdentityKind::PatientName,
                strength: Strength::Medium,
                at: name.start(),
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
        let mut out = Vec::new();
        scan(
            text,
            &Lexicons::shipped().expect("shipped lexicons"),
            &mut out,
        );
        out.len()
    }

    #[test]
    fn a_name_given_with_an_age() {
        assert_eq!(found("Amina Owens called about Larry (age 9). Fever"), 1);
        assert_eq!(found("Rosa Diaz, 67 y/o, seen for cough"), 1);
        assert_eq!(found("Karen Lee, a 45-year-old with asthma"), 1);
    }

    #[test]
    fn near_misses_are_no_patient() {
        assert_eq!(found("Dr. Karen Lee, 45 years old, joined the staff"), 0);
        assert_eq!(found("Jane Doe (age 40) is our sample patient"), 0);
        assert_eq!(found("Room 4 (age 9 months)"), 0, "not a name");
        assert_eq!(found("Karen Lee, 45 patients a day"), 0, "no age word");
        assert_eq!(found("Karen Lee (born 1950) founded the company"), 0);
    }
}
