//! Dates of birth: a calendar date near "DOB", "date of birth", "birth date", "born".
//!
//! Date forms: `MM/DD/YYYY` (also `-` or `.`, the same separator twice; `DD/MM` is accepted
//! when only that reading is a date), `MM/DD/YY` (`/` or `-` only), `YYYY-MM-DD` (or `/`),
//! `Month D, YYYY` and `D Month YYYY` (full or three-letter month names, any case, an
//! optional ordinal suffix and full stop). Validation: a real calendar day (leap years
//! included) and, for four-digit years, 1900 up to the current year.
//!
//! Mail is full of dates, so without a context word a date is reported but never counted.
//!
//! | candidate                          | score |
//! |------------------------------------|-------|
//! | valid date, four-digit year, context | 0.9 |
//! | valid date, two-digit year, context  | 0.75 |
//! | valid date, no context               | 0.1 / 0.05 (not counted) |
//! | impossible date or year              | not reported |

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::text::days_in_month;
use super::{Cx, Detector, Finding};

pub(super) const CONTEXT: &[&str] = &[
    "dob",
    "d.o.b",
    "date of birth",
    "birth date",
    "birthdate",
    // JSON and DICOM keys: "dateOfBirth", "PatientBirthDate".
    "dateofbirth",
    "patientbirthdate",
    "birthday",
    "born",
    // Spanish: "Mi fecha de nacimiento es 08/05/1965".
    "fecha de nacimiento",
];

pub(super) static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?\
                 |sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    // Spaces, tabs or NBSP (`&nbsp;`) between the words of a written date.
    let sp = r"[\t \x{A0}]+";
    let numeric =
        r"(?P<m1>[0-9]{1,2})(?P<s1>[/.-])(?P<d1>[0-9]{1,2})(?P<s2>[/.-])(?P<y1>[0-9]{4}|[0-9]{2})";
    let iso = r"(?P<y2>[0-9]{4})[-/](?P<m2>[0-9]{1,2})[-/](?P<d2>[0-9]{1,2})";
    let month_first = format!(
        r"(?P<mn3>{month})\.?{sp}(?P<d3>[0-9]{{1,2}})(?:st|nd|rd|th)?,?{sp}(?P<y3>[0-9]{{4}})"
    );
    let day_first = format!(
        r"(?P<d4>[0-9]{{1,2}})(?:st|nd|rd|th)?{sp}(?:of{sp})?(?P<mn4>{month})\.?,?{sp}(?P<y4>[0-9]{{4}})"
    );
    // ASCII word boundaries keep the fast DFA; the month names are ASCII anyway.
    let pattern = format!(r"(?i)(?-u:\b)(?:{numeric}|{iso}|{month_first}|{day_first})(?-u:\b)");
    Regex::new(&pattern).expect("built-in date pattern")
});

pub(super) fn scan(cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
    for c in cx
        .screened
        .only(Detector::Dob, CANDIDATE.captures_iter(cx.text))
    {
        let Some(whole) = c.get(0) else { continue };
        let Some(short_year) = valid_date(&c, cx.year) else {
            continue;
        };
        let span = (whole.start(), whole.end());
        // "turns 50 on November 27, 2024 - born in 1974": the birth year is
        // given, and it is not this date's: the date is some other day.
        let near = cx.near(span, Detector::Dob)
            && !born_another_year(cx.text, whole.end(), whole.as_str());
        let score = match (near, short_year) {
            (true, false) => 0.9,
            (true, true) => 0.75,
            (false, false) => 0.1,
            (false, true) => 0.05,
        };
        out.push(Finding {
            detector: Detector::Dob,
            score,
            span,
            category: None,
        });
    }
}

/// "born in 1974" right after a date whose year is another.
fn born_another_year(text: &str, end: usize, date: &str) -> bool {
    static BORN_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^.\n]{0,12}?(?-u:\b)born(?:[ \t]+in)?[ \t]+((?:19|20)[0-9]{2})(?-u:\b)")
            .expect("built-in born-in pattern")
    });
    let Some(year) = text
        .get(end..)
        .and_then(|rest| BORN_IN.captures(rest))
        .and_then(|c| c.get(1))
    else {
        return false;
    };
    date.len() >= 4 && !date.ends_with(year.as_str()) && !date.starts_with(year.as_str())
}

fn num(c: &Captures<'_>, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

fn month_number(name: &str) -> Option<u32> {
    let abbr = name.get(..3)?.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months.iter().position(|m| *m == abbr).map(|i| i as u32 + 1)
}

/// `Some(two_digit_year)` when the captured date is a real day in a plausible year.
fn valid_date(c: &Captures<'_>, this_year: i32) -> Option<bool> {
    let real = |y: i32, m: u32, d: u32| d >= 1 && d <= days_in_month(y, m);
    // 1900 is the year systems write for "no date" (`1900-01-01`), and nobody
    // born then is a patient now. 1 January 1901 is the other null date
    // (test patients, mock-ups): not a day anyone's birth is recorded as.
    let plausible = |y: u32| (1901..=this_year).contains(&(y as i32));
    let null_date = |y: u32, m: u32, d: u32| y == 1901 && m == 1 && d == 1;
    if let Some(y) = c.name("y1") {
        let (a, b) = (num(c, "m1")?, num(c, "d1")?);
        let (s1, s2) = (c.name("s1")?.as_str(), c.name("s2")?.as_str());
        if s1 != s2 {
            return None;
        }
        let short = y.len() == 2;
        if short && s1 == "." {
            return None; // version numbers, IP address fragments
        }
        let year: u32 = y.as_str().parse().ok()?;
        if !short && (!plausible(year) || null_date(year, a, b)) {
            return None;
        }
        // A two-digit year: check the day against a leap year (29 February may be either).
        let y = if short { 2000 } else { year as i32 };
        return (real(y, a, b) || real(y, b, a)).then_some(short);
    }
    let (y, m, d) = if c.name("y2").is_some() {
        (num(c, "y2")?, num(c, "m2")?, num(c, "d2")?)
    } else if c.name("y3").is_some() {
        (
            num(c, "y3")?,
            month_number(c.name("mn3")?.as_str())?,
            num(c, "d3")?,
        )
    } else {
        (
            num(c, "y4")?,
            month_number(c.name("mn4")?.as_str())?,
            num(c, "d4")?,
        )
    };
    (plausible(y) && !null_date(y, m, d) && real(y as i32, m, d)).then_some(false)
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{best, count, matched};
    use super::*;

    const D: Detector = Detector::Dob;

    #[test]
    fn the_null_date_of_1900_is_no_birth_date() {
        assert_eq!(count(D, "DOB: 1900-01-01"), 0);
        assert_eq!(count(D, "Date of birth 01/01/1900"), 0);
        assert_eq!(count(D, "DOB 01/01/1901"), 0, "the other null date");
        assert_eq!(count(D, "DOB: 1901-01-01"), 0);
        assert_eq!(matched(D, "DOB: 03/14/1901"), ["03/14/1901"]);
        assert_eq!(matched(D, "DOB: 01/01/1951"), ["01/01/1951"]);
    }

    #[test]
    fn dates_near_birth_words() {
        assert_eq!(matched(D, "DOB: 03/14/1962"), ["03/14/1962"]);
        assert_eq!(matched(D, "Date of birth 1962-03-14."), ["1962-03-14"]);
        assert_eq!(
            matched(D, "born March 14, 1962 in Ohio"),
            ["March 14, 1962"]
        );
        assert_eq!(matched(D, "Birth date: 14 Mar. 1962"), ["14 Mar. 1962"]);
        // The birth year is given after the date, and it is another: some other day.
        assert!(
            matched(
                D,
                "Emiko turns 50 on November 27, 2024 - born in 1974, the year"
            )
            .is_empty()
        );
        // Near miss: the same year.
        assert_eq!(matched(D, "DOB 03/14/1962 (born in 1962)"), ["03/14/1962"]);
        assert_eq!(
            matched(D, "DOB:\u{a0}March\u{a0}4, 1962"),
            ["March\u{a0}4, 1962"]
        );
        assert_eq!(
            matched(D, "d.o.b. 14th of March 1962"),
            ["14th of March 1962"]
        );
        assert_eq!(matched(D, "DOB 3/4/62"), ["3/4/62"]);
        assert_eq!(matched(D, "DOB 14.03.1962 (dd.mm)"), ["14.03.1962"]);
        assert_eq!(best(D, "DOB 03/14/1962"), 0.9);
        assert_eq!(best(D, "DOB 03/14/62"), 0.75);
        assert_eq!(count(D, "Date of birth: 02/29/2000"), 1, "leap day");
    }

    #[test]
    fn dates_without_context_do_not_count() {
        assert_eq!(best(D, "Meeting on 03/14/2024 at noon"), 0.1);
        assert_eq!(count(D, "Meeting on 03/14/2024 at noon"), 0);
        assert_eq!(count(D, "Invoice dated March 14, 1962"), 0);
    }

    #[test]
    fn impossible_dates() {
        for bad in [
            "DOB 02/30/1962", // no 30 February
            "DOB 02/29/1962", // not a leap year
            "DOB 13/13/1962", // no month 13 either way
            "DOB 03/14/1899", // before 1900
            "DOB 03/14/2031", // in the future (tests run in 2025)
            "DOB 1962-14-03", // ISO is year-month-day only
            "DOB 03/14-1962", // mixed separators
            "DOB 1.2.62",     // dotted two-digit year
            "DOB Smarch 14, 1962",
        ] {
            assert_eq!(best(D, bad), 0.0, "{bad}");
        }
    }
}
