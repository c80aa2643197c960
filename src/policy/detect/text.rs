//! Small text helpers shared by the detectors: word edges, digits, the year, the calendar.

/// A letter or digit (any script) ends right before byte `i`.
pub(in crate::policy) fn word_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// A letter or digit (any script) starts at byte `i`.
pub(super) fn word_at(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The candidate is one group of a longer number: a separator from `seps` and a digit sit
/// right before it or right after it ("2024-123-45-6789", "123-45-6789-01").
pub(super) fn glued_to_number(text: &str, span: (usize, usize), seps: &[u8]) -> bool {
    let b = text.as_bytes();
    let before = span.0 >= 2 && seps.contains(&b[span.0 - 1]) && b[span.0 - 2].is_ascii_digit();
    let after = span.1 + 1 < b.len() && seps.contains(&b[span.1]) && b[span.1 + 1].is_ascii_digit();
    before || after
}

/// The ASCII digits of `s` as values 0..=9, in order, up to `N` of them; `None` when there
/// are not exactly `N`.
pub(super) fn digits<const N: usize>(s: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    let mut n = 0;
    for b in s.bytes().filter(u8::is_ascii_digit) {
        *out.get_mut(n)? = b - b'0';
        n += 1;
    }
    (n == N).then_some(out)
}

/// The current UTC year.
pub(super) fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    year_of_unix_day(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The proleptic Gregorian year of a day counted from 1970-01-01 (Hinnant's civil_from_days).
fn year_of_unix_day(day: i64) -> i32 {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let year = yoe + era * 400 + i64::from(mp >= 10);
    i32::try_from(year).unwrap_or(i32::MAX)
}

pub(super) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1..=12) of `year`; 0 for a month out of range.
pub(super) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The automaton for a term list: a DFA (about twice as fast a search as the
/// crate's default NFA, at several times its memory) while the list is the
/// size of the shipped lexicons; past that (an admin's own list of 100,000
/// drug names) the crate's choice, whose memory grows with the list, not with
/// the list times the alphabet.
pub(in crate::policy) fn automaton_kind<P: AsRef<[u8]>>(
    patterns: &[P],
) -> Option<aho_corasick::AhoCorasickKind> {
    const DFA_MAX_BYTES: usize = 256 * 1024;
    let bytes: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
    (bytes <= DFA_MAX_BYTES).then_some(aho_corasick::AhoCorasickKind::DFA)
}

/// The value at `start` is labelled, on its line just before it, as the
/// number of something other than a person: "PO 226-05-9075", "ticket
/// 778-73-8599", "WO 318-42-7765", "confirmation code 4AN5-EC6-KY54", or as
/// an example ("e.g. 266-98-5507"). Numbers of these kinds share the shapes of
/// SSNs and MBIs.
pub(super) fn labelled_as_other_number(text: &str, start: usize) -> bool {
    static LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)(?:(?-u:\b)(?:p\.?o\.?|purchase order|order|work order|wo|ticket|invoice|tracking|serial|lot|asset|certificate|cert\.?|confirmation|conf\.?|pro|bol|e\.g\.|i\.e\.)(?:[ \t]+(?:no\.?|number|code|id|#))?[ \t]*[#:]?[ \t]*|(?-u:\b)(?:e\.g\.|i\.e\.|for example|such as),?[ \t]*\(?)$",
        )
        .expect("built-in other-number label pattern")
    });
    let mut from = start.saturating_sub(32);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = &text[from..start];
    let line = before.rsplit('\n').next().unwrap_or(before);
    LABEL.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_numbers() {
        let t = "x 2024-123-45-6789 y";
        assert!(glued_to_number(t, (7, 18), b"-"));
        let t = "SSN 123-45-6789. Next";
        assert!(!glued_to_number(t, (4, 15), b"-./"));
        let t = "123-45-6789-01";
        assert!(glued_to_number(t, (0, 11), b"-"));
    }

    #[test]
    fn digits_exact() {
        assert_eq!(digits::<3>("1-2-3"), Some([1, 2, 3]));
        assert_eq!(digits::<3>("12"), None);
        assert_eq!(digits::<3>("1234"), None);
    }

    #[test]
    fn years() {
        assert_eq!(year_of_unix_day(0), 1970);
        assert_eq!(year_of_unix_day(-1), 1969);
        assert_eq!(year_of_unix_day(10_957), 2000); // 2000-01-01
        assert_eq!(year_of_unix_day(11_322), 2000); // 2000-12-31
        assert_eq!(year_of_unix_day(20_454), 2026); // 2026-01-01
        assert!(current_year() >= 2025);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2024, 13), 0);
    }
}
