//! Medicare Beneficiary Identifiers (CMS's MBI format): 11 characters, upper case,
//! position 1 a digit 1–9; 2, 5, 8, 9 a letter; 3 and 6 a letter or digit; 4, 7, 10, 11 a
//! digit. Letters exclude S, L, O, I, B and Z. CMS prints it as `1EG4-TE5-MK73`: dashes
//! after the 4th and 7th characters are accepted, both or neither.
//!
//! The format is specific (a random 11-character upper-case token fits about once in
//! 10 000), so a valid MBI counts even without a context word ("MBI", "Medicare", ...).
//!
//! | candidate                       | score |
//! |---------------------------------|-------|
//! | valid format, context           | 0.95  |
//! | valid format, no context        | 0.7   |
//! | dashes at only one place        | not reported |
//! | CMS's published example         | 0.3 (never counts) |
//! | labelled a key or serial, no context | not reported |

use std::sync::LazyLock;

use regex::Regex;

use super::{Cx, Detector, Finding};

pub(super) const CONTEXT: &[&str] = &[
    "mbi",
    "medicare",
    "beneficiary",
    "hicn",
    "medicare id",
    "medicare number",
];

/// `L` is the MBI letter set: A–Z without S, L, O, I, B, Z.
pub(super) static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    let l = "[AC-HJKMNP-RT-Y]";
    let pattern = format!(
        r"(?-u:\b)[1-9]{l}[0-9AC-HJKMNP-RT-Y][0-9]-?{l}[0-9AC-HJKMNP-RT-Y][0-9]-?{l}{l}[0-9]{{2}}(?-u:\b)"
    );
    Regex::new(&pattern).expect("built-in MBI pattern")
});

/// The MBI as people type it: lower case, or grouped 4-3-4 by spaces or hyphens in any
/// mix ("5x33 j22 gw36"). Counted only in a text with an MBI context word:
/// unanchored, a lower-case 11-character token is too common. Grouped forms
/// must be next to the word.
static LOOSE: LazyLock<Regex> = LazyLock::new(|| {
    let l = "[AC-HJKMNP-RT-Y]";
    // Up to three: an HTML cell or `<span>`s leave runs of spaces.
    let sep = r"(?:[ \t-]|\xA0){0,3}";
    let pattern = format!(
        r"(?i)(?-u:\b)[1-9]{l}[0-9AC-HJKMNP-RT-Y][0-9]{sep}{l}[0-9AC-HJKMNP-RT-Y][0-9]{sep}{l}{l}[0-9]{{2}}(?-u:\b)"
    );
    Regex::new(&pattern).expect("built-in loose MBI pattern")
});

/// CMS's published example MBI: in mail it is documentation, never a person.
const EXAMPLE: &str = "1EG4TE5MK73";

/// Words that name the token as a key or serial on its own line before it
/// ("license key 7X80-DX9-PP26"): software keys can share the MBI's shape.
static KEY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:licen[cs]e|product|activation|serial|sku|key|voucher|coupon)(?-u:\b)[^\n]{0,32}$")
        .expect("built-in key-label pattern")
});

/// Software keys or parts by name anywhere before the token: a table of keys
/// puts the label in its header, rows above the value ("Product | Seats |
/// Licence key", "LINE MFR PART NO DESCRIPTION"); manufacturers' part numbers
/// can share the MBI's shape too.
/// Only "licence/product/activation key" (or "code"): a patient's mail can well speak of a
/// "registration code" before an unlabelled Medicare number.
static KEYS_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?:licen[cs]e|product|activation|confirmation) (?:keys?|codes?)|(?:part|catalog|catalogue|model)[ \t]+(?:no|nos|numbers?)(?-u:\b)|(?:part|catalog|model)[ \t]*#)",
    )
    .expect("built-in key-name pattern")
});

/// `keys_named_at`: where the text first names software keys (found once per
/// text: looking again before every candidate would be quadratic).
fn labelled_as_a_key(text: &str, start: usize, keys_named_at: Option<usize>) -> bool {
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    KEY_LABEL.is_match(&text[from..start]) || keys_named_at.is_some_and(|at| at < start)
}

pub(super) fn scan(cx: &Cx<'_, '_>, out: &mut Vec<Finding>) {
    let keys_named_at = std::cell::LazyCell::new(|| KEYS_NAMED.find(cx.text).map(|m| m.start()));
    for m in cx
        .screened
        .only(Detector::Mbi, CANDIDATE.find_iter(cx.text))
    {
        // 11 without dashes, 13 with both; 12 is a single dash.
        if m.len() == 12 {
            continue;
        }
        let span = (m.start(), m.end());
        let context = cx.near(span, Detector::Mbi);
        let score = if m.as_str().replace('-', "") == EXAMPLE {
            // Reported, never counted (as SSA's published SSNs).
            0.3
        } else if context {
            0.95
        } else if labelled_as_a_key(cx.text, m.start(), *keys_named_at)
            || super::text::labelled_as_other_number(cx.text, m.start())
        {
            continue;
        } else {
            0.7
        };
        out.push(Finding {
            detector: Detector::Mbi,
            score,
            span,
            category: None,
        });
    }
    // The loosely typed forms the strict pattern does not take. They count
    // only next to an MBI context word: with none in the text, nothing to look for.
    if !cx.has_context(Detector::Mbi) {
        return;
    }
    for m in LOOSE.find_iter(cx.text) {
        let span = (m.start(), m.end());
        let canonical: String = m
            .as_str()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_uppercase();
        // Typed in lower case but whole (11 characters, no gaps), the token is
        // as specific as the printed form: the context word may be anywhere in
        // the text ("your Medicare coverage" … "number is 3um3d73jw24").
        let whole = m.len() == 11;
        if CANDIDATE
            .find(m.as_str())
            .is_some_and(|c| c.len() == m.len())
            || canonical == EXAMPLE
            || !(whole || cx.near(span, Detector::Mbi))
        {
            continue;
        }
        out.push(Finding {
            detector: Detector::Mbi,
            score: 0.9,
            span,
            category: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::{best, count, matched};
    use super::*;

    const D: Detector = Detector::Mbi;

    #[test]
    fn valid_mbis() {
        // CMS's format, plain and dashed (its own published example never
        // counts: `the_published_example_and_keys_are_not_people`).
        assert_eq!(matched(D, "MBI 2C19D28FT55"), ["2C19D28FT55"]);
        assert_eq!(matched(D, "Medicare: 3T77-XY0-CC12."), ["3T77-XY0-CC12"]);
        assert_eq!(best(D, "Medicare ID 2C19D28FT55"), 0.95);
        assert_eq!(best(D, "ref 9AA0A00AA00 ok"), 0.7, "counts without context");
        assert_eq!(count(D, "2C19D28FT55 and 3T77-XY0-CC12"), 2);
    }

    #[test]
    fn the_published_example_and_keys_are_not_people() {
        assert_eq!(best(D, "CMS's example MBI is 1EG4-TE5-MK73."), 0.3);
        assert_eq!(count(D, "Seat 1: license key 7X80-DX9-PP26"), 0);
        assert_eq!(count(D, "Activation code (seats 1-25):  7GR0-T77-JD43"), 0);
        assert_eq!(
            count(
                D,
                "The vendor issued two activation codes.\n\n  4D47-GV3-MA71"
            ),
            0
        );
        // Near miss: the Medicare number wins over the code's wording.
        assert_eq!(count(D, "Medicare number (new card): 7GR0-T77-JD43"), 1);
        // Near miss: a portal registration code is no software key.
        assert_eq!(
            count(
                D,
                "Your portal registration code is 4471.\nID 2D82-T59-AV47"
            ),
            1
        );
        // In a table of keys the label is the header, rows above.
        let table = "Product    Seats   Licence key\nDictaPro   350     2D82-T59-AV47\n";
        assert_eq!(count(D, table), 0);
        // A Medicare number next to its context word still counts.
        assert_eq!(
            count(D, "Licence keys renewed. Medicare MBI 2D82-T59-AV47"),
            1
        );
        assert_eq!(count(D, "Product key: 3D45MM7UF57"), 0);
        // Conference confirmation codes in the same shape, in a CSV's header
        // or labelled one by one.
        let csv = "Registrant,Unit,Confirmation code\nKim Lee,4W,4AN5-EC6-KY54\n";
        assert_eq!(count(D, csv), 0);
        assert_eq!(count(D, "Your ticket # 8NJ7-G66-EH65 is booked"), 0);
        // The MBI context outweighs a key word.
        assert_eq!(best(D, "Medicare key number 7X80-DX9-PP26"), 0.95);
        assert_eq!(best(D, "Beneficiary 7X80-DX9-PP26 seen today"), 0.95);
    }

    #[test]
    fn typed_loosely_with_context() {
        assert_eq!(
            matched(D, "new medicare number 3uj2-nn8-hw80, please"),
            ["3uj2-nn8-hw80"]
        );
        assert_eq!(matched(D, "Medicare card 5x33 j22 gw36"), ["5x33 j22 gw36"]);
        assert_eq!(best(D, "MBI: 4PP6 TE5-MK73"), 0.9);
        assert_eq!(best(D, "New MBI:  4PP6   PY0   MU94 "), 0.9);
        // Near misses: no context word, CMS's example, a key, wrong letters.
        assert_eq!(count(D, "ticket 5x33 j22 gw36 closed"), 0);
        assert_eq!(count(D, "MBI example: 1eg4 te5 mk73"), 0);
        assert_eq!(count(D, "license key 7x80 dx9 pp26"), 0);
        assert_eq!(count(D, "Medicare 5s33 j22 gw36"), 0);
    }

    #[test]
    fn whole_in_lower_case_with_context_anywhere() {
        let far = format!(
            "your Medicare coverage is on file.{}number is 3um3d73jw24.",
            " filler".repeat(40)
        );
        assert_eq!(matched(D, &far), ["3um3d73jw24"]);
        // Near misses: grouped forms still need the word next to them; with no
        // context word anywhere a lower-case token is nobody's.
        let grouped = format!(
            "Medicare card.{}number is 3um3 d73 jw24.",
            " filler".repeat(40)
        );
        assert_eq!(count(D, &grouped), 0);
        assert_eq!(count(D, "build 3um3d73jw24 deployed"), 0);
    }

    #[test]
    fn excluded_letters() {
        for bad in [
            "1SG4TE5MK73",
            "1EG4LE5MK73",
            "1EG4TE5MO73",
            "1IG4TE5MK73",
            "1EG4TB5MK73",
            "1EG4TE5ZK73",
        ] {
            assert_eq!(best(D, &format!("MBI {bad}")), 0.0, "{bad}");
        }
    }

    #[test]
    fn wrong_shapes() {
        for bad in [
            "0EG4TE5MK73",  // position 1 is 1-9
            "11G4TE5MK73",  // position 2 is a letter
            "1EGATE5MK73",  // position 4 is a digit
            "1EG4TE5MK7",   // ten characters
            "1EG4TE5MK734", // twelve
            "1EG4-TE5MK73", // one dash
            "1eg4te5mk73",  // lower case, and CMS's example
            "X1EG4TE5MK73", // glued to a letter
        ] {
            assert_eq!(best(D, &format!("MBI {bad} x")), 0.0, "{bad}");
        }
    }
}
