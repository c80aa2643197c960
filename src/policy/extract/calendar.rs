//! An iCalendar part (RFC 5545) as a person reads it: folded lines joined
//! (section 3.1: a line break followed by one space or tab continues the
//! line) and text values unescaped (section 3.3.11: `\,` `\;` `\\` and `\n`).
//! Read raw, "Jasmine Washington (Surgery\, chair)" and "(A\r\n nesthesiology)"
//! hide from every pattern what the invitation says in plain words.

use std::borrow::Cow;

/// The unfolded, unescaped text; borrowed when there is nothing to undo.
pub(super) fn readable(ics: &str) -> Cow<'_, str> {
    if !ics.contains(['\\', '\n']) {
        return Cow::Borrowed(ics);
    }
    let mut out = String::with_capacity(ics.len());
    let mut chars = ics.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' if matches!(chars.peek(), Some(' ' | '\t')) => {
                chars.next();
            }
            '\\' => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            },
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::readable;

    #[test]
    fn folded_lines_join_and_escapes_are_undone() {
        let ics = "DESCRIPTION:Members: Jasmine Washington (Surgery\\, chair)\\, Alejandra Salazar (A\r\n nesthesiology)\\; none attached.\\nSee you\r\nSUMMARY:Q2";
        assert_eq!(
            readable(ics),
            "DESCRIPTION:Members: Jasmine Washington (Surgery, chair), Alejandra Salazar (Anesthesiology); none attached.\nSee you\nSUMMARY:Q2"
        );
        assert_eq!(readable("plain"), "plain");
        assert_eq!(readable("ends with \\"), "ends with \\");
    }
}
