//! Names in the roles care mail gives a patient without the word "patient":
//! the subject of a care document ("Discharge summary - Youssef Aziz",
//! "visit plan for Dawit Bekele", "Vanc level on Lan Xu"), the object of a
//! care action ("has accepted Guadalupe Morales for inpatient rehab"), an
//! inpatient by room ("Chiamaka A. in 631", "Rm 7233 - Ms. Levine"), a newborn
//! ("Baby Girl Pereira"), and a name over a street address (a letter's
//! address block). Each is medium evidence: it combines with medium health
//! evidence, as a "Re:" line does. The name must still be a name (the lists,
//! or not an English word), never a doctor's, never a placeholder.

use std::sync::LazyLock;

use regex::Regex;

use super::super::{HealthKind, Hit, IdentityKind, Lexicons, Strength};
use super::words::{NOT_NAMES, ORGANISATION_WORDS};

/// A care document or result, then "for", "on", a dash or a colon, then a
/// name; a few lower-case words may come between ("the neurology referral
/// we sent for …", "New intake on your schedule: …", "update on …").
static DOCUMENT_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:(?-u:\b)(?:summary|report|results?|plan|orders?|referral|consult|consultation|note|instructions|labs|level|levels|imaging|prescription|refill|admission|discharge|follow-up|claim|addendum|transport|ride|interpreter|authorization|auth|h&p|read|study|scan|echo|biopsy|pathology|culture|infusion|intake|update))[ \t\xA0]+(?:(?:below|above|attached|here|we|i|you|they|sent|made|placed|faxed|ordered|wrote|written|signed|on|your|our|my|the|this|new)[ \t\xA0]+){{0,3}}(?:for|on|-|–|:)[ \t\xA0]+(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t\xA0]+)?{}",
        super::NAME
    ))
    .expect("built-in care-document pattern")
});

/// A relative named in apposition: "My father, Dimitrios Papadopoulos, is
/// 88", "para su mamá, Guadalupe Morales": mail about a family member's care.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:(?-u:\b)(?:my|your|his|her|their|our|su|mi)[ \t\xA0]+(?:father|mother|dad|mom|mum|son|daughter|husband|wife|spouse|partner|brother|sister|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|child|baby|aunt|uncle|mamá|mama|papá|papa|madre|padre|hijo|hija|esposo|esposa|abuela|abuelo|hermano|hermana))[ \t\xA0]*,[ \t\xA0]*{}",
        super::NAME
    ))
    .expect("built-in relative pattern")
});

/// Someone with their family: "meet with Noor Hamdan and her husband at
/// 1:00", "Luis Ortega and his daughter": a patient and the family who come
/// with them.
static WITH_FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{}[ \t\xA0]+and[ \t\xA0]+(?:her|his|their)[ \t\xA0]+(?i:husband|wife|spouse|partner|daughter|son|mother|mom|father|dad|parents|family|caregiver|sister|brother)(?-u:\b)",
        super::NAME
    ))
    .expect("built-in with-family pattern")
});

/// A care action on someone: "accepted Guadalupe Morales for inpatient rehab".
static CARE_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:(?-u:\b)(?:accepted|admitting|admit|transferring|discharging|rooming|roomed|triaged|consented|prepped|spoke with|spoke to|talked with|talked to|left (?:a )?message for|lvm for|(?:post-discharge|follow-up|discharge|transition) call with))[ \t\xA0]+(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t\xA0]+)?{}",
        super::NAME
    ))
    .expect("built-in care-action pattern")
});

/// "Chiamaka A. in 631", "Ana Ruiz in room 12B": a person in a numbered room.
pub(super) static IN_ROOM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]\p{Ll}+[ \t\xA0]+(?:[A-Z]\.|[A-Z]\p{Ll}+))[ \t\xA0]+(?:in|on)[ \t\xA0]+(?:(?i:rm|room|bed)\.?[ \t\xA0]*)?([0-9]{3,4})[A-Z]?(?-u:\b)")
        .expect("built-in person-in-room pattern")
});

/// "Samir in 4W-12", "Ana in ICU 3": a first name in a unit's bed, as
/// sign-outs and trend mails name an inpatient.
pub(super) static IN_BED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]\p{Ll}+)[ \t\xA0]+in[ \t\xA0]+(?:[1-9][0-9]?[A-Z]{1,2}|ICU|CCU|NICU|PICU|MICU|SICU|CVICU|ED|PACU)[ \t\xA0]?[-–][ \t\xA0]?[0-9]{1,3}[A-Z]?(?-u:\b)|(?-u:\b)([A-Z]\p{Ll}+)[ \t\xA0]+in[ \t\xA0]+(?:ICU|CCU|NICU|PICU|MICU|SICU|CVICU|ED|PACU)[ \t\xA0]+(?i:bed[ \t\xA0]+)?[0-9]{1,3}(?-u:\b)")
        .expect("built-in person-in-bed pattern")
});

/// "Rm 7233 - Ms. Levine", "Bed 12: Ana Ruiz", "Bed 512B - Demos,
/// Dimitrios": a room, then who is in it.
static ROOM_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?i:rm|room|bed)\.?[ \t\xA0]*[0-9]{1,4}[A-Z]?[ \t\xA0]*[-–:,][ \t\xA0]*(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t\xA0]+)?([A-Z]\p{Ll}+(?:,?[ \t\xA0]+[A-Z]\p{Ll}+)?)")
        .expect("built-in room-then-name pattern")
});

/// "bed 12 (ruiz)", "Bed 7 (Mr. Abernathy)": a sign-out's bed and, in
/// parentheses, the surname of who is in it.
static BED_THEN_SURNAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:bed|rm|room)\.?[ \t\xA0]*[0-9]{1,4}[a-z]?[ \t\xA0]*\([ \t\xA0]*(?:(?:mr|mrs|ms|miss)\.?[ \t\xA0]*)?([a-z][a-z'-]+)[ \t\xA0]*\)")
        .expect("built-in bed-then-surname pattern")
});

/// "Baby Girl Pereira", "Baby Boy Nguyen": how a newborn is registered.
static NEWBORN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)Baby[ \t\xA0]+(?:Girl|Boy|[AB])[ \t\xA0]+([A-Z]\p{Ll}+|[A-Z]{2,})(?-u:\b)")
        .expect("built-in newborn pattern")
});

/// A street address on the line after a name: an address block. (Not in
/// parentheses after it: "our new site in Ashby Falls (2200 Deerfield
/// Pkwy)" is a place.)
static ADDRESS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t\xA0]*\r?\n[ \t\xA0]*[0-9]{1,6}[ \t\xA0]+(?:[NSEW]\.?[ \t\xA0]+)?(?:[A-Z0-9][A-Za-z0-9]*[ \t\xA0]+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Way|Blvd|Boulevard|Ct|Court|Pl|Place|Pkwy|Parkway|Ter|Terrace|Cir|Circle|Hwy|Trl|Trail|Loop|Row|Sq)(?-u:\b)")
        .expect("built-in address-after-name pattern")
});

pub(in crate::policy::evidence) fn scan(
    text: &str,
    lex: &Lexicons,
    may_be_in_room: bool,
    may_be_in_bed: bool,
    out: &mut Vec<Hit<IdentityKind>>,
) {
    for re in [&*DOCUMENT_FOR, &*CARE_ACTION, &*RELATIVE] {
        for c in re.captures_iter(text) {
            let Some(name) = c.get(1) else { continue };
            if is_someone(text, name.start(), name.end(), lex) {
                out.push(medium(name.start()));
            }
        }
    }
    // After a bed, a record's "Surname, Given" counts even when the words
    // are English ones ("Bed 512B - Demos, Dimitrios").
    for c in ROOM_THEN_NAME.captures_iter(text) {
        let Some(name) = c.get(1) else { continue };
        if is_someone(text, name.start(), name.end(), lex) || record_form(text, name, lex) {
            out.push(medium(name.start()));
        }
    }
    // Read only when the words are there: most mail has no "and her".
    let family = [" and her ", " and his ", " and their "]
        .iter()
        .any(|w| text.contains(w));
    if family {
        for c in WITH_FAMILY.captures_iter(text) {
            let Some(name) = c.get(1) else { continue };
            if is_someone(text, name.start(), name.end(), lex) {
                out.push(medium(name.start()));
            }
        }
    }
    let in_room =
        crate::policy::detect::screen::only_if(may_be_in_room, IN_ROOM.captures_iter(text));
    for c in in_room {
        let (Some(name), Some(room)) = (c.get(1), c.get(2)) else {
            continue;
        };
        // "Sara Lee in 2024": a year, not a room.
        let year = matches!(room.as_str().get(..2), Some("19" | "20")) && room.len() == 4;
        if !year && is_someone(text, name.start(), name.end(), lex) {
            out.push(medium(name.start()));
        }
    }
    let in_bed = crate::policy::detect::screen::only_if(may_be_in_bed, IN_BED.captures_iter(text));
    for c in in_bed {
        let Some(name) = c.get(1).or_else(|| c.get(2)) else {
            continue;
        };
        // A given name, or a word that is no English word ("Samir").
        let w = name.as_str();
        if (lex.is_given(w) || lex.is_uncommon(w))
            && is_someone(text, name.start(), name.end(), lex)
        {
            out.push(medium(name.start()));
        }
    }
    for c in BED_THEN_SURNAME.captures_iter(text) {
        // A listed surname, in any case: sign-outs are typed fast.
        if let Some(name) = c.get(1)
            && lex.is_surname(name.as_str())
        {
            out.push(medium(name.start()));
        }
    }
    for c in NEWBORN.captures_iter(text) {
        if let Some(name) = c.get(1)
            && !super::NOT_NAMES.contains(&name.as_str().to_lowercase().as_str())
        {
            out.push(medium(name.start()));
        }
    }
}

/// "Thursday is Castellanos (ablation), Lindberg (loop recorder)": a listed
/// surname with a procedure or condition in parentheses right after it, as
/// case lists and schedules write their patients.
pub(in crate::policy::evidence) fn surname_before_care(
    text: &str,
    lex: &Lexicons,
    health: &[Hit<HealthKind>],
    out: &mut Vec<Hit<IdentityKind>>,
) {
    for h in health
        .iter()
        .filter(|h| matches!(h.kind, HealthKind::Procedure | HealthKind::Condition))
    {
        let from = text.floor_char_boundary(h.at.saturating_sub(48));
        let before = text[from..h.at.min(text.len())].trim_end_matches([' ', '\t']);
        let Some(before) = before.strip_suffix('(') else {
            continue;
        };
        let before = before.trim_end_matches([' ', '\t']);
        // Past the character that ends the word before it, whatever its width.
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic() && *c != '\'' && *c != '-')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[word_start..];
        let start = from + word_start;
        if word.chars().next().is_some_and(char::is_uppercase)
            && lex.is_surname(word)
            && !NOT_NAMES.contains(&word.to_lowercase().as_str())
            && !super::is_provider(text, start, start + word.len())
        {
            out.push(medium(start));
        }
    }
}

/// A bare name over a street address is a letter's addressee, or a person
/// whose home the mail gives: as good as a name field.
pub(in crate::policy::evidence) fn addressed(text: &str, hits: &mut [Hit<IdentityKind>]) {
    for h in hits.iter_mut() {
        if h.kind != IdentityKind::PersonName {
            continue;
        }
        // The name opens its line, as in an address block.
        let line_start = text[..h.at].trim_end_matches([' ', '\t']);
        if !(line_start.is_empty() || line_start.ends_with('\n')) {
            continue;
        }
        // A name is short: look no further than 64 bytes for its end (a line
        // of nothing but names would otherwise be read once per name).
        let rest = &text[h.at..];
        let mut reach = rest.len().min(64);
        while !rest.is_char_boundary(reach) {
            reach -= 1;
        }
        let name_end = rest[..reach]
            .find(|c: char| !(c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '-')))
            .unwrap_or(reach);
        // An organisation's or a building's name over its address is none.
        let organisation = rest[..name_end].split_whitespace().any(|w| {
            let w = w.trim_matches(['.', '\'']).to_lowercase();
            ORGANISATION_WORDS.contains(&w.as_str()) || NOT_NAMES.contains(&w.as_str())
        });
        if !organisation && ADDRESS_AFTER.is_match(&rest[name_end..]) {
            h.kind = IdentityKind::NamedField;
            h.strength = Strength::Medium;
        }
    }
}

/// "Demos, Dimitrios" after a bed: a record's "Surname, Given", one of them
/// a listed name or no English word (a surname can be one: "Demos"), and not
/// a provider's or a placeholder.
fn record_form(text: &str, name: regex::Match, lex: &Lexicons) -> bool {
    let n = name.as_str();
    n.contains(',')
        && super::words(n).any(|w| lex.is_given(w) || lex.is_surname(w) || lex.is_uncommon(w))
        && !super::words(n).any(|w| super::NOT_NAMES.contains(&w.to_lowercase().as_str()))
        && !super::is_provider(text, name.start(), name.end())
        && !super::placeholder(text, n, name.end())
}

fn is_someone(text: &str, start: usize, end: usize, lex: &Lexicons) -> bool {
    let name = &text[start..end];
    super::plausible(name, lex, false)
        && !super::is_provider(text, start, end)
        && !super::placeholder(text, name, end)
        && !super::is_correspondent(text, start, end)
}

fn medium(at: usize) -> Hit<IdentityKind> {
    Hit {
        kind: IdentityKind::PatientName,
        strength: Strength::Medium,
        at,
        line: 0,
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
            true,
            true,
            &mut out,
        );
        out.len()
    }

    fn addressed_kind(text: &str, at: usize) -> IdentityKind {
        let mut hits = vec![Hit {
            kind: IdentityKind::PersonName,
            strength: Strength::Weak,
            at,
            line: 0,
        }];
        addressed(text, &mut hits);
        hits[0].kind
    }

    #[test]
    fn names_in_a_patients_roles() {
        assert_eq!(found("Discharge summary - Youssef Aziz\nAdmitted"), 1);
        assert_eq!(found("My father, Dimitrios Papadopoulos, is 88 and"), 1);
        assert_eq!(
            found("en el ojo derecho para su mamá, Guadalupe Morales:"),
            1
        );
        assert_eq!(
            found("the neurology referral we sent for Miriam Goldberg on 6/15"),
            1
        );
        assert_eq!(
            found("update on Tevita Taufa on 4 West: plan is discharge"),
            1
        );
        // Near misses: a list of clinics, a relative not named in apposition.
        assert_eq!(found("Referral network list for Maple Grove"), 0);
        assert_eq!(found("My father said Dimitrios Papadopoulos called"), 0);
        assert_eq!(found("Updated visit plan for Dawit Bekele, hospice"), 1);
        assert_eq!(found("Vanc level on Lan Xu came back 28.7"), 1);
        assert_eq!(found("has accepted Guadalupe Morales for rehab"), 1);
        assert_eq!(found("Chiamaka A. in 631 - home med list"), 1);
        assert_eq!(found("Rm 7233 - Ms. Levine - DC order in"), 1);
        assert_eq!(found("Baby Girl Pereira, born at 37w"), 1);
        assert_eq!(found("FYI report below for Brown, Dakota.\nEXAM: US"), 1);
        assert_eq!(
            found("48-hour post-discharge call with Kimberly Morgan: meds"),
            1
        );
    }

    #[test]
    fn a_first_name_in_a_units_bed_is_a_patient() {
        assert_eq!(found("trending the labs on Samir in 4W-12 (the 71M)"), 1);
        assert_eq!(found("Ana in ICU bed 3 is extubated"), 1);
        // A unit with no bed is where staff work.
        assert_eq!(found("Samir in 4W today, then clinic"), 0);
        assert_eq!(found("Samir in 2024-12 budget"), 0);
    }

    #[test]
    fn a_surname_in_a_beds_parentheses_is_a_patient() {
        assert_eq!(found("bed 12 (ruiz) - urosepsis, lactate 4.2"), 1);
        assert_eq!(found("Bed 7 (Mr. Abernathy) - k 3.1"), 1);
        assert_eq!(found("bed 12 (isolation) - urosepsis"), 0);
        assert_eq!(found("Bed 512B - Demos, Dimitrios - admission"), 1);
    }

    #[test]
    fn a_surname_before_care_in_parentheses_is_a_patient() {
        let lex = Lexicons::shipped().expect("shipped lexicons");
        let at_term = |text: &str, term: &str| {
            let health = [Hit {
                kind: HealthKind::Procedure,
                strength: Strength::Medium,
                at: text.find(term).unwrap(),
                line: 0,
            }];
            let mut out = Vec::new();
            surname_before_care(text, &lex, &health, &mut out);
            out.len()
        };
        assert_eq!(
            at_term("Thursday is Castellanos (ablation), then", "ablation"),
            1
        );
        assert_eq!(at_term("Cardiology (ablation) slots", "ablation"), 0);
        assert_eq!(
            at_term("Dr. Castellanos (ablation) is on call", "ablation"),
            0
        );
        // A wide character before the word is stepped over whole.
        assert_eq!(at_term("eGFR\u{a0}Castellanos (ablation)", "ablation"), 1);
        assert_eq!(at_term("—(ablation)", "ablation"), 0);
    }

    #[test]
    fn someone_with_their_family_is_a_patient() {
        assert_eq!(
            found("before we meet with Noor Hamdan and her husband at 1:00"),
            1
        );
        assert_eq!(found("Dr. Noor Hamdan and her team"), 0);
        assert_eq!(found("Noor Hamdan and her manager"), 0);
    }

    #[test]
    fn near_misses_are_nobody() {
        assert_eq!(found("Summary for Dr. Karen Lee"), 0, "a doctor");
        assert_eq!(found("Report for Jane Doe"), 0, "a placeholder");
        assert_eq!(found("Report for Patient Portal users"), 0, "not a name");
        assert_eq!(found("Meeting in 4012 at noon"), 0, "no name");
        assert_eq!(found("Sara Lee in 2024 joined the board"), 0, "a year");
        assert_eq!(
            found("Plan for Monday: inventory"),
            0,
            "a weekday is no name"
        );
        assert_eq!(found("Baby Girl Name here"), 0, "a template word");
    }

    #[test]
    fn a_name_over_a_street_is_a_named_field() {
        let letter = "Teresa Esposito\n4676 Maple Ave Apt 21C\nLakeview";
        assert_eq!(addressed_kind(letter, 0), IdentityKind::NamedField);
        let place = "Ashby Falls (2200\nDeerfield Pkwy), open 8 a.m.";
        assert_eq!(addressed_kind(place, 0), IdentityKind::PersonName);
        let mid_line = "Visit Ashby Falls\n2200 Deerfield Pkwy";
        assert_eq!(addressed_kind(mid_line, 6), IdentityKind::PersonName);
        let no_street = "Teresa Esposito\n4676 donors gave this year";
        assert_eq!(addressed_kind(no_street, 0), IdentityKind::PersonName);
    }
}
