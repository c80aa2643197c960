//! What a text says of its own people or values: a mail-merge template, a
//! value marked as an example, people declared not real.

use std::sync::LazyLock;

use regex::Regex;

/// The text is a mail-merge template: it holds unfilled fields ("{ MERGEFIELD
/// PatientFirstName }", "«FirstName»", "{{patient.name}}", "<<LastName>>",
/// "%%FirstName%%", "$$PATIENT_FIRST$$", "[PATIENT NAME]").
pub(in crate::policy::evidence) fn holds_merge_fields(text: &str) -> bool {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\x7B[ \t]*MERGEFIELD[ \t]|«[A-Za-z_][A-Za-z0-9_ .]{0,40}»|\x7B\x7B[ \t]*[A-Za-z_#/][^\x7B\x7D\n]{0,40}\x7D\x7D|<<[A-Za-z_][A-Za-z0-9_ .]{0,40}>>|%%[A-Za-z_=@(][^%\n]{0,40}%%|\$\$[A-Z_]{2,40}\$\$|\[(?:PATIENT|MEMBER|FIRST|LAST)[A-Z _]{0,30}\]")
            .expect("built-in merge-field pattern")
    });
    FIELD.is_match(text)
}

/// The value that ends at `end` is marked as an example right after it
/// ("(EXAMPLE)", "[sample]", "(demo)", "(CMS published example format)"),
/// or followed by its format, as a job aid shows one ("01/01/1980
/// (MM/DD/YYYY)").
/// A few set words may lead to the marker and follow it ("(stress test)" and
/// "(test results attached)" mark nothing).
pub(in crate::policy::evidence) fn marked_as_example(text: &str, end: usize) -> bool {
    static MARKED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t\xA0]*[(\[](?:(?:(?i:cms|published|an?|for|just|only|illustrative|format)[ \t]+){0,3}(?i:example|sample|test|demo|fictional|placeholder|dummy)(?:[ \t]+(?i:only|format|value|data|number|id|patient|record|purposes))?|(?i:mm/dd/yyyy|mm/dd/yy|mm-dd-yyyy|dd/mm/yyyy|yyyy-mm-dd))[)\]]")
            .expect("built-in example-marker pattern")
    });
    text.get(end..).is_some_and(|rest| MARKED.is_match(rest))
}

/// What a text says when its people are not real: a de-identified case, a
/// fictional or simulated patient, a manikin, sample data. ("Prairie
/// Rehabilitation Hospital (fictional)" says so of a hospital, not of the
/// patient.)
static NOT_REAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:de-?identified|synthetic[ \t]+(?:patients?|records?|data|population|people|persons?|sample)|computer-generated|synthea|lorem[- ]ipsum|synthetic,|(?:fictional|fictitious)\)?(?:[ \t]+[a-z]+)?[ \t]+(?:patients?|persons?|people|cases?|characters?|names?|data|records?|personas?|example|scenario)|manikin|mannequin|simulation (?:scenario|case|patient)|simulated (?:patient|case)|standardi[sz]ed patient|hypothetical (?:patient|case)|sample (?:patient|record|data)|not[ \t]+(?:a[ \t]+)?real[ \t]+(?:patients?|persons?|people|data|records?)|mock-?ups?|(?:fake|dummy|demo|invented|made-up)[ \t]+(?:patients?|persons?|people|data|records?|names?|personas?|members?|values?)|demo[ \t]+(?:environment|account|site)|(?:test|testing|training|sandbox|non-production|build|playground)[ \t]+(?:environment|region|domain|instance|system)|training[ \t]+(?:patients?|personas?|charts?|scenarios?|cases?)|layout[ \t]+proof|test[ \t]+print|sample[ \t]+(?:letter|statement|message|report|output|payload|bundle|file|row|rows)|example[ \t]+(?:letter|statement|message|report|output|payload|response|request|bundle|file|row|rows|patient|member|record|values?))(?-u:\b)",
    )
    .expect("built-in not-a-real-person pattern")
});

/// The text says its people are not real. Names in it are then no evidence
/// (an identifier still is: "de-identified" does not make an SSN so), except
/// a name in a patient's role away from the declaration: see
/// [`declared_on_line`].
pub(in crate::policy::evidence) fn declares_no_real_person(text: &str) -> bool {
    NOT_REAL.is_match(text)
}

/// The line holding `at` itself declares its person not real ("Every learner
/// gets a fictional test patient: Reginald Jenkins"). A declaration elsewhere
/// ("we removed the synthetic records; the real one: Patient: Maria Lopez")
/// does not outweigh "Patient:", and one written on the line before a real
/// patient's record is exactly what a sender would write to hide it.
pub(in crate::policy::evidence) fn declared_on_line(text: &str, at: usize) -> bool {
    NOT_REAL.is_match(line(text, at))
}

/// A test patient's name on the line: a `ZZ…` surname, "TEST, DONALD",
/// "EXAMPLE, PAT", "Testing Patient". A date of birth beside it is that
/// nobody's, however real the date looks.
pub(in crate::policy::evidence) fn test_patient_on_line(text: &str, at: usize) -> bool {
    static TEST_PATIENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:[Zz][Zz][A-Za-z]{2,}|(?:TEST|EXAMPLE|SAMPLE|DEMO|DUMMY)[ \t]*,[ \t]*[A-Z]|(?:Test|Testing|Example|Sample|Demo|Dummy)[ \t]+Patient(?-u:\b))")
            .expect("built-in test-patient pattern")
    });
    TEST_PATIENT.is_match(line(text, at))
}

/// The line holding `at` (bounded: [`crate::policy::evidence::line_around`]).
fn line(text: &str, at: usize) -> &str {
    let (start, end) = crate::policy::evidence::line_around(text, at);
    &text[start..end]
}
