//! Delimited tables (CSV, TSV, pipe tables): a value's column header is its
//! context, however many rows down it sits. The detectors look for a context
//! word within a few characters; in `MRN,Last,First,DOB,SSN` the word is one
//! line up and dozens of characters away, so the header is read here instead.

use super::super::detect::Detector;

/// The longest stretch of a row read for a value's column.
const MAX_ROW: usize = 4096;

/// How a row splits into its cells.
enum Columns {
    /// Cells between one delimiter (CSV, TSV, pipe tables).
    Delimited(char),
    /// A fixed-width report: where each column starts in its line (bytes),
    /// read from the dash ruler under the header.
    Fixed(Vec<usize>),
}

pub(super) struct Table {
    columns: Columns,
    header: Vec<String>,
    /// Byte offset where the rows start (the line after the header).
    body: usize,
    /// Byte offset where the rows end (the text's end for a table that opens
    /// the text).
    end: usize,
}

impl Table {
    /// A table that opens the text: the first non-empty line, when it and the
    /// line after it have the same number (at least two) of one delimiter.
    /// Failing that, the first tab- or bar-delimited table inside the text
    /// (a roster pasted into a letter), which ends at the first line with fewer
    /// cells than its header; commas and semicolons are too common in prose
    /// to start one there.
    /// Failing both, a fixed-width report: a header over a ruler of dashes
    /// ("PATIENT     DOB        INR" over "--------- ---------- ---").
    pub fn find(text: &str) -> Option<Table> {
        Self::opening(text)
            .or_else(|| Self::embedded(text))
            .or_else(|| Self::ruled(text))
    }

    fn ruled(text: &str) -> Option<Table> {
        let mut header: Option<&str> = None;
        for (at, line) in lines_at(text) {
            let bare = line.trim_end_matches(['\r', '\n']);
            if bare.trim().is_empty() {
                continue;
            }
            let starts = ruler_columns(bare);
            if let (Some(head), true) = (header, starts.len() >= 2) {
                let cells = fixed_cells(head, &starts);
                if cells.iter().filter(|c| !c.is_empty()).count() >= 2 {
                    let body = at + line.len();
                    // The report's rows end at its first blank line.
                    let end = lines_at(text)
                        .skip_while(|(a, _)| *a < body)
                        .find(|(_, l)| l.trim().is_empty())
                        .map_or(text.len(), |(a, _)| a);
                    return Some(Table {
                        columns: Columns::Fixed(starts),
                        header: cells,
                        body,
                        end,
                    });
                }
            }
            header = Some(bare);
        }
        None
    }

    fn opening(text: &str) -> Option<Table> {
        let mut lines = lines_at(text);
        let (start, head) = lines.by_ref().find(|(_, l)| !l.trim().is_empty())?;
        let (_, next) = lines.next()?;
        // A row may have more cells than its header ("Nguyen, Tigist",APRN, FNP-C):
        // exports quote a cell with a comma, and not every writer does.
        let delim = [',', '\t', '|', ';'].into_iter().find(|d| {
            let head = delimiters(head, *d);
            head >= 2 && delimiters(next, *d) >= head
        })?;
        Some(Table::new(delim, head, start + head.len(), text.len()))
    }

    /// Blank lines between rows are skipped: HTML tables leave them.
    fn embedded(text: &str) -> Option<Table> {
        let mut lines = lines_at(text)
            .filter(|(_, l)| !l.trim().is_empty())
            .peekable();
        while let Some((start, head)) = lines.next() {
            let &(_, next) = lines.peek()?;
            let Some(delim) = ['\t', '|'].into_iter().find(|d| {
                let head = delimiters(head, *d);
                head >= 2 && delimiters(next, *d) >= head
            }) else {
                continue;
            };
            let cells = delimiters(head, delim);
            let body = start + head.len();
            let end = lines_at(text)
                .skip_while(|(at, _)| *at < body)
                .find(|(_, l)| !l.trim().is_empty() && delimiters(l, delim) < cells)
                .map_or(text.len(), |(at, _)| at);
            return Some(Table::new(delim, head, body, end));
        }
        None
    }

    fn new(delim: char, head: &str, body: usize, end: usize) -> Table {
        Table {
            columns: Columns::Delimited(delim),
            // Only the line end goes: a leading delimiter (HTML cells as tabs)
            // is an empty first cell, and the columns count from it.
            header: head
                .trim_end_matches(['\r', '\n'])
                .split(delim)
                .map(|c| c.trim().to_ascii_lowercase())
                .collect(),
            body,
            end,
        }
    }

    /// The header cell of the column `at` falls in (rows only).
    fn header_of<'a>(&'a self, text: &str, at: usize) -> Option<&'a str> {
        if !self.in_rows(at) || at > text.len() {
            return None;
        }
        // Rows are read up to 4 KiB from their start: looking further back for
        // each value of one huge line would be quadratic.
        let mut from = at.saturating_sub(MAX_ROW);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let line_start = match text[from..at].rfind('\n') {
            Some(i) => from + i + 1,
            None if from == 0 => 0,
            None => return None,
        };
        let column = match &self.columns {
            Columns::Delimited(delim) => delimiters(&text[line_start..at], *delim),
            Columns::Fixed(starts) => starts
                .partition_point(|s| *s <= at - line_start)
                .saturating_sub(1),
        };
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
            // Who holds or services the organisation's equipment. (Not
            // "serial": a recall list of patients' implants has one.)
            "owner",
            "custodian",
            "technician",
            "assigned to",
            "requested by",
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
        // "Accepting new patients" is a directory's column about the
        // provider, not a column of patients.
        let names = |words: &[&str]| {
            self.header
                .iter()
                .filter(|h| !h.contains("new patients"))
                .any(|h| words.iter().any(|w| h.contains(w)))
        };
        names(PROVIDER) && !names(PATIENT)
    }

    /// `at` lies in the rows (after the header line, before the table ends).
    pub fn in_rows(&self, at: usize) -> bool {
        (self.body..self.end).contains(&at)
    }

    /// `at` sits under a header that names a patient ("Patient", "Patient
    /// name", "Member", "Resident"): a name there is a patient's, as after
    /// "Patient:".
    pub fn names_a_patient(&self, text: &str, at: usize) -> bool {
        const PATIENT: &[&str] = &["patient", "member", "resident", "beneficiary", "enrollee"];
        // One patient ("Patient", "PatientName", "member_name"), not a count
        // or a status about patients ("New patients", "Patients seen").
        let one = |w: &str| {
            PATIENT
                .iter()
                .any(|p| w.starts_with(p) && w.strip_prefix(p) != Some("s"))
        };
        self.header_of(text, at).is_some_and(|h| {
            h.split(|c: char| !c.is_alphanumeric()).any(one)
                && !["id", "#", "number", "mrn"].iter().any(|w| h.contains(w))
        })
    }

    /// `at` sits under a header that names a place in the organisation
    /// ("Department", "Unit", "Location") or a clinician's specialty: "ICU"
    /// or "Behavioral Health" there is where someone works, not someone's care.
    pub fn names_a_place(&self, text: &str, at: usize) -> bool {
        const PLACE: &[&str] = &[
            "department",
            "dept",
            "unit",
            "location",
            "site",
            "ward",
            "specialty",
        ];
        self.header_of(text, at).is_some_and(|h| {
            h.split(|c: char| !c.is_alphanumeric())
                .any(|w| PLACE.contains(&w))
        })
    }

    /// `at` sits under a header that says its values are examples ("Example",
    /// "Sample value", "Format example"): a data dictionary's, nobody's.
    pub fn marks_as_example(&self, text: &str, at: usize) -> bool {
        self.header_of(text, at).is_some_and(|h| {
            h.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| matches!(w, "example" | "examples" | "sample" | "e.g"))
        })
    }

    /// A value of `detector` sits under a header that names it (and does not
    /// call it a sample: "Sample DOB", "Test MRN").
    pub fn labels(&self, text: &str, at: usize, detector: Detector) -> bool {
        let Some(h) = self.header_of(text, at) else {
            return false;
        };
        const NOT_REAL: &[&str] = &[
            "sample",
            "example",
            "test",
            "fictional",
            "training",
            "dummy",
        ];
        // Whole words: "Latest DOB" is no test.
        if h.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| NOT_REAL.contains(&w))
        {
            return false;
        }
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

/// The text's lines (with their line ends) and where each starts.
fn lines_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0usize, |pos, l| {
        let start = *pos;
        *pos += l.len();
        Some((start, l))
    })
}

/// Where the runs of three or more dashes of a ruler line start ("----
/// ------ ---"); nothing when the line holds anything but dashes and spaces.
fn ruler_columns(line: &str) -> Vec<usize> {
    if !line
        .bytes()
        .all(|b| matches!(b, b'-' | b' ' | b'\t' | b'='))
    {
        return Vec::new();
    }
    let bytes = line.as_bytes();
    let mut starts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'-' | b'=') {
            let run = bytes[i..]
                .iter()
                .take_while(|b| matches!(b, b'-' | b'='))
                .count();
            if run >= 3 {
                starts.push(i);
            }
            i += run;
        } else {
            i += 1;
        }
    }
    starts
}

/// The header's text over each fixed-width column, lower case.
fn fixed_cells(head: &str, starts: &[usize]) -> Vec<String> {
    starts
        .iter()
        .enumerate()
        .map(|(i, &from)| {
            let to = starts
                .get(i + 1)
                .copied()
                .unwrap_or(head.len())
                .min(head.len());
            let from = head.floor_char_boundary(from.min(to));
            let to = head.floor_char_boundary(to);
            head[from..to].trim().to_ascii_lowercase()
        })
        .collect()
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
        // An equipment export's "Owner" is staff; a "Serial" column alone
        // says nothing (a recall list of patients' implants has one).
        let assets = "Asset Tag,Model,Owner\n8347122,Spectrum IQ,\"Caldwell, Brenda\"\n";
        assert!(Table::find(assets).unwrap().lists_providers());
        let implants = "Name\tDevice\tSerial\nMaria Lopez\tpacemaker\tPJN4417\n";
        assert!(!Table::find(implants).unwrap().lists_providers());
        // Near miss: a patient column makes it a list of patients.
        let patients = "Patient,Employee,Reason\nAna Ruiz,Kim Lee,wound care\n";
        assert!(!Table::find(patients).unwrap().lists_providers());
    }

    #[test]
    fn a_roster_inside_a_letter_ends_where_its_rows_do() {
        let t = "Hello,\nPlease attest.\n\nProvider\tSpecialty\tNPI\nAna Cardenas\tOrthopedic Surgery\t2535462727\nJorge Santiago\tHematology\t1726116910\n\nThanks, Kim Lee\n";
        let table = Table::find(t).unwrap();
        assert!(table.lists_providers());
        assert!(table.in_rows(t.find("Jorge").unwrap()));
        assert!(
            !table.in_rows(t.find("Kim").unwrap()),
            "the signature is past the table"
        );
        assert!(!table.in_rows(t.find("Please").unwrap()));
        // An HTML schedule, cells as tabs: a name under "Patient" is a patient's.
        let t = "\tTime\tPatient\tReason\n\t08:00\tAna Ruiz\tHTN f/u\n\t08:20\tKim Lee\tAWV\n";
        let table = Table::find(t).unwrap();
        assert!(table.names_a_patient(t, t.find("Kim").unwrap()));
        assert!(!table.names_a_patient(t, t.find("AWV").unwrap()));
        let ids = "Patient ID\tName\tUnit\nRH1\tAna Ruiz\t4W\nRH2\tKim Lee\t4W\n";
        assert!(
            !Table::find(ids)
                .unwrap()
                .names_a_patient(ids, ids.find("RH2").unwrap())
        );
        // A column about patients in the plural is a status or a count.
        let status = "\tProvider\tNew patients\tOffice\n\tAna Ruiz, MD\tOpen\tDublin\n\tKim Lee, DO\tClosed\tDublin\n";
        let table = Table::find(status).unwrap();
        assert!(!table.names_a_patient(status, status.find("Closed").unwrap()));
        let camel = "PatientName,Unit,Bed\nAna Ruiz,4W,12\nKim Lee,4W,14\nLi Wu,5E,2\n";
        let table = Table::find(camel).unwrap();
        assert!(table.names_a_patient(camel, camel.find("Kim").unwrap()));
        let sample = "\tLearner\tSample DOB\n\tKim Lee\t01/01/1980\n\tAna Ruiz\t01/02/1980\n";
        let table = Table::find(sample).unwrap();
        assert!(!table.labels(sample, sample.find("01/02").unwrap(), Detector::Dob));
        let latest = "\tLearner\tLatest DOB\n\tKim Lee\t01/01/1980\n\tAna Ruiz\t01/02/1980\n";
        let table = Table::find(latest).unwrap();
        assert!(table.labels(latest, latest.find("01/02").unwrap(), Detector::Dob));
        // A fixed-width report: the ruler under the header gives the columns.
        let report = "INR LOG\n\nPATIENT        DOB        INR\n-------------- ---------- ---\nHUANG, QING    02/11/1976 3.1\n\nTotal: 1\n";
        let table = Table::find(report).unwrap();
        assert!(table.labels(report, report.find("02/11").unwrap(), Detector::Dob));
        assert!(table.names_a_patient(report, report.find("QING").unwrap()));
        assert!(!table.in_rows(report.find("Total").unwrap()));
        // Commas inside prose start no table.
        assert!(Table::find("Dear Ana,\nwe met, as agreed, on Monday.\nThe results, all of them, were fine, too.\n").is_none());
    }
}
