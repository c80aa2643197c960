//! Delimited tables (CSV, TSV, pipe tables): a value's column header is its
//! context, however many rows down it sits. The detectors look for a context
//! word within a few characters; in `MRN,Last,First,DOB,SSN` the word is one
//! line up and dozens of characters away, so the header is read here instead.

use super::super::detect::Detector;

pub(super) struct Table {
    delim: char,
    header: Vec<String>,
    /// Byte offset where the rows start (the line after the header).
    body: usize,
}

impl Table {
    /// The first non-empty line, when it and the line after it have the same
    /// number (at least two) of one delimiter.
    pub fn find(text: &str) -> Option<Table> {
        let mut lines = text.split_inclusive('\n').scan(0usize, |pos, l| {
            let start = *pos;
            *pos += l.len();
            Some((start, l))
        });
        let (start, head) = lines.by_ref().find(|(_, l)| !l.trim().is_empty())?;
        let (_, next) = lines.next()?;
        // A row may have more cells than its header ("Nguyen, Tigist",APRN, FNP-C):
        // exports quote a cell with a comma, and not every writer does.
        let delim = [',', '\t', '|', ';'].into_iter().find(|d| {
            let head = delimiters(head, *d);
            head >= 2 && delimiters(next, *d) >= head
        })?;
        Some(Table {
            delim,
            header: head
                .trim()
                .split(delim)
                .map(|c| c.trim().to_ascii_lowercase())
                .collect(),
            body: start + head.len(),
        })
    }

    /// The header cell of the column `at` falls in (rows only).
    fn header_of<'a>(&'a self, text: &str, at: usize) -> Option<&'a str> {
        if at < self.body || at > text.len() {
            return None;
        }
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let column = delimiters(&text[line_start..at], self.delim);
        self.header.get(column).map(String::as_str)
    }

    /// The header names provider or workforce columns (NPI, specialty,
    /// credentials, employee, badge...) and no patient column: a referral list
    /// with "Patient" and "Referring provider" columns is a list of patients
    /// (fail closed). The names in its rows are staff, not patients.
    pub fn lists_providers(&self) -> bool {
        const PROVIDER: &[&str] = &[
            "employee",
            "staff",
            "badge",
            "volunteer",
            "attendee",
            "npi",
            "provider",
            "physician",
            "specialty",
            "credential",
            "dea",
            "taxonomy",
            "practitioner",
            "prescriber",
            "license",
        ];
        const PATIENT: &[&str] = &[
            "patient",
            "member",
            "subscriber",
            "mrn",
            "dob",
            "birth",
            "ssn",
            "diagnos",
            "dx",
        ];
        let names = |words: &[&str]| {
            self.header
                .iter()
                .any(|h| words.iter().any(|w| h.contains(w)))
        };
        names(PROVIDER) && !names(PATIENT)
    }

    /// `at` lies in the rows (after the header line).
    pub fn in_rows(&self, at: usize) -> bool {
        at >= self.body
    }

    /// A value of `detector` sits under a header that names it.
    pub fn labels(&self, text: &str, at: usize, detector: Detector) -> bool {
        let Some(h) = self.header_of(text, at) else {
            return false;
        };
        let words: &[&str] = match detector {
            Detector::Ssn => &["ssn", "social security"],
            Detector::Mrn => &["mrn", "medical record", "patient id", "chart"],
            Detector::MemberId => &["member", "subscriber", "policy"],
            Detector::Dob => &["dob", "birth"],
            _ => &[],
        };
        words.iter().any(|w| h.contains(w))
    }
}

/// How many `delim` lie outside double-quoted cells of `line`.
fn delimiters(line: &str, delim: char) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c == delim && !quoted => n += 1,
            _ => {}
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_names_its_column_rows_down() {
        let t = "MRN,Last,First,DOB,SSN\nRH1,Singh,Thanh,1956-02-15,543-15-4647\nRH2,Tran,K,2005-10-09,761-18-6789\n";
        let table = Table::find(t).unwrap();
        let ssn = t.rfind("761").unwrap();
        assert!(table.labels(t, ssn, Detector::Ssn));
        assert!(!table.labels(t, ssn, Detector::Mrn));
        let dob = t.find("2005").unwrap();
        assert!(table.labels(t, dob, Detector::Dob));
        assert!(
            !table.labels(t, 0, Detector::Mrn),
            "the header itself is no value"
        );
        assert!(Table::find("just prose, with a comma, or two\nand more prose\n").is_none());
    }

    #[test]
    fn quoted_cells_and_rosters() {
        let t = "Name,Credentials,Specialty,NPI\n\"Nguyen, Tigist\",APRN, FNP-C,Nephrology,1734456563\n";
        let table = Table::find(t).unwrap();
        assert!(table.lists_providers());
        let roster =
            "Employee,Department,HIPAA training\n\"Alejandro Jordan\",Wound Care,Overdue\n";
        assert!(Table::find(roster).unwrap().lists_providers());
        // Near miss: a patient column makes it a list of patients.
        let patients = "Patient,Employee,Reason\nAna Ruiz,Kim Lee,wound care\n";
        assert!(!Table::find(patients).unwrap().lists_providers());
    }
}
