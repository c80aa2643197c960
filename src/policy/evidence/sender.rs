//! The message's own sender. Mail through the relay is sent by the
//! organisation's people (Microsoft 365 and Google Workspace route their
//! users' outbound mail here; a patient's mail reaches it only forwarded by
//! staff), so the name in the top-level `From` is a member of staff's. Where
//! that name stands bare in the text ("Thanks,\nCarlos Brooks" closing a
//! how-to with example values), it is the writer signing, not a patient.
//! Only a bare name: "Patient: Carlos Brooks", a record's name field or a
//! writer's "my" (see `writer.rs`) still count, so staff writing about their
//! own care stay protected.

/// A sender's display name as given name and surname.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SenderName {
    given: String,
    surname: String,
}

impl SenderName {
    /// "Carlos Brooks", "Brooks, Carlos", "Carlos J. Brooks, RN": `None` for
    /// a name of one word (a shared mailbox, "Lab Results" has two but is
    /// never found as a person's name).
    pub fn parse(display: &str) -> Option<Self> {
        let display = display.trim().trim_matches('"');
        let name = match display.split_once(',') {
            // "Brooks, Carlos": the part after the comma has lower case.
            Some((last, first)) if first.chars().any(char::is_lowercase) => {
                format!("{first} {last}")
            }
            // "Carlos Brooks, RN": credentials after the comma.
            Some((name, _)) => name.to_string(),
            None => display.to_string(),
        };
        let words: Vec<&str> = name
            .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '-')
            .filter(|w| w.chars().count() > 1)
            .collect();
        match (words.first(), words.last()) {
            (Some(g), Some(s)) if words.len() >= 2 => Some(Self {
                given: g.to_lowercase(),
                surname: s.to_lowercase(),
            }),
            _ => None,
        }
    }

    /// The name at `at` in `text` is this sender's, in either order
    /// ("Carlos Brooks", "Carlos J. Brooks", "Brooks, Carlos"), on one line.
    pub fn is_at(&self, text: &str, at: usize) -> bool {
        let at = text.floor_char_boundary(at.min(text.len()));
        let end = text.ceil_char_boundary((at + 64).min(text.len()));
        let line = text[at..end].split('\n').next().unwrap_or("");
        let words: Vec<String> = line
            .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '-')
            .filter(|w| w.chars().count() > 1)
            .take(4)
            .map(str::to_lowercase)
            .collect();
        let is = |i: usize, w: &str| words.get(i).is_some_and(|x| x == w);
        (is(0, &self.given) && (1..4).any(|i| is(i, &self.surname)))
            || (is(0, &self.surname) && is(1, &self.given))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_in_both_orders() {
        let a = SenderName::parse("Carlos Brooks").unwrap();
        assert_eq!(SenderName::parse("\"Brooks, Carlos\""), Some(a.clone()));
        assert_eq!(SenderName::parse("Carlos J. Brooks, RN"), Some(a.clone()));
        assert_eq!(SenderName::parse("Radiology"), None);
        assert!(a.is_at("Thanks,\nCarlos Brooks\n", 8));
        assert!(a.is_at("BROOKS, CARLOS", 0));
        assert!(a.is_at("Carlos J. Brooks", 0));
        assert!(!a.is_at("Carlos Mendez", 0));
        assert!(!a.is_at("Carlos\nBrooks", 0));
    }
}
