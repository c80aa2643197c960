//! Identity evidence from the text itself: a name in a patient role
//! ("Patient: Maria Lopez", "my patient, John Smith", "Member name: LOPEZ,
//! MARIA"), in a name field or reference line ("Name:", "Re:"), a salutation to
//! someone who is not a doctor, a C-CDA `patient`, and, as weak support, a
//! common given name followed by a common surname. Structure first: a
//! capitalised word is a name only when a cue or the name lists say so, and a
//! name with a doctor's title or a clinical credential is a provider's.

use std::sync::LazyLock;

use regex::{Regex, RegexSet, SetMatches};

use super::{Hit, IdentityKind, Lexicons, Strength};

mod aged;
mod documents;
mod forms;
mod markers;
mod possessive;
mod roles;
pub(super) mod staff;
mod words;

use documents::{ccda_patient, fhir_patient};
pub(super) use markers::{
    declared_on_line, declares_no_real_person, holds_merge_fields, marked_as_example,
    test_patient_on_line,
};
pub(super) use possessive::possessive;
pub(super) use roles::surname_before_care;
use words::{NOT_NAMES, PLACE_AFTER, STATES};

/// One name: `First [M.] Last [Last]`, `Last, First`, or the upper-case forms.
const NAME: &str = r"((?:(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:['’-][A-Z]?\p{Ll}+)?|[A-Z]{2,}(?:['’-][A-Z]+)?)(?:[ \t\xA0]+[A-Z]\.?)?(?:[ \t\xA0]+(?:(?:O['’]|Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:['’-][A-Z]?\p{Ll}+)?|[A-Z]{2,}(?:['’-][A-Z]+)?)){1,2}|(?:(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:['’-][A-Z]?\p{Ll}+)?|[A-Z]{2,}),[ \t\xA0]+(?:(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+|[A-Z]{2,}))";

/// A cue word, then at most a few characters of punctuation, then a name.
static CUED: LazyLock<Regex> = LazyLock::new(|| {
    let cue = r"(?i:(?-u:\b)(patient|pt|client|resident|member|subscriber|beneficiary|enrollee|insured|guarantor|rider|passenger|saw|seen|see|seeing|examined|evaluated|treating|treated|admitted|discharged|referring|referred|refer|called about|calling about|name|this is|i'm|i am|my name is|re|regarding|fw|fwd|paciente|soy|me llamo)(?-u:\b)(?:'s)?(?:[ \t\xA0]+(?:full[ \t\xA0]+)?name)?)";
    let honorific = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Sr\(a\))\.?[ \t\xA0]+)?";
    Regex::new(&format!(
        r"(?:{cue}[ \t\xA0]*(?:[:#–-]|,|(?-u:\b)is(?-u:\b))?[ \t\xA0]*){{1,3}}(?:(?i:name)[ \t\xA0]*:[ \t\xA0]*)?{honorific}{NAME}"
    ))
    .expect("built-in name cue pattern")
});

static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^[ \t\xA0]*(?:Dear|Hi|Hello|Estimad[oa](?:/a)?|Querid[oa](?:/a)?|Hola)[ \t\xA0]+((?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor)\.?[ \t\xA0]+)?((?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:['’-][A-Z]?\p{Ll}+)?(?:[ \t\xA0]+(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:['’-][A-Z]?\p{Ll}+)?)?)[ \t\xA0]*(?:[,:!]|[-–—][ \t\xA0])",
    )
    .expect("built-in salutation pattern")
});

/// A body that opens by addressing someone: "Daniela," on its own line,
/// "Irina Horvath,", "Despina, here are …", "Good news, Stavros - an earlier
/// appointment …".
static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s{0,40}(?:(Good[ \t]+(?:news|morning|afternoon|evening)|Thanks|Thank[ \t]+you|Welcome|Congratulations)[ \t]*,[ \t]*)?((?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:-\p{Ll}+)?(?:[ \t]+(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')?[A-Z]\p{Ll}+(?:-[A-Z]?\p{Ll}+)?)?)(?:[ \t]*,[ \t]*\r?\n|,[ \t]+\p{Ll}|[ \t]+[-–—][ \t]+\p{Ll})")
        .expect("built-in greeting pattern")
});

static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:-\p{Ll}+)?)[ \t\xA0]+(?:[A-Z]\.[ \t\xA0]+)?((?:O'|Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:-[A-Z]\p{Ll}+)?(?-u:\b)|[A-Z]\.)")
        .expect("built-in person pattern")
});

/// "NOWAK, Agnieszka": a surname in capitals, a comma, a given name: how
/// records and schedules write a person.
static RECORD_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z]{2,}(?:['-][A-Z]+)?|(?:O['’]|Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:['-][A-Z]?\p{Ll}+)?),[ \t\xA0]*((?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:-\p{Ll}+)?|[A-Z]{2,}-[A-Z]{2,}|[A-Z]{2,})(?-u:\b)")
        .expect("built-in record-name pattern")
});

/// "Min-jun Lee was seen in our clinic", "Jose Hall went home", "Nasrin Rahimi
/// registered in the ED", "Sunita Patel, G2P1 at 36w, seen in OB triage", "Wade Parks
/// on 4 West is medically ready for discharge", "Travis Moore, admitted for
/// DKA", "Ana Nwosu and baby girl discharged home": a name (and where they
/// lie) followed by what happened to a patient.
static NAME_THEN_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{NAME}(?:[ \t\xA0]+(?:on|in)[ \t\xA0]+[0-9A-Z][0-9A-Za-z-]*(?:[ \t\xA0]+[0-9A-Z][0-9A-Za-z-]*)?)?(?:,[ \t\xA0][^,\n]{{1,30}},)?(?:[ \t\xA0]+(?:(?:registered|arrived|checked[ \t\xA0]+in|seen)[ \t\xA0]+(?:in|at)[ \t\xA0]+(?:the[ \t\xA0]+)?(?:[A-Z]{{2,}}[ \t\xA0]+)?(?:ED|ER|emergency|triage|urgent[ \t\xA0]+care|clinic)|(?:was|is|has been|had been|will be)[ \t\xA0]+(?:seen|admitted|readmitted|discharged|diagnosed|treated|scheduled|referred|evaluated|transferred|started on|brought in|medically ready|ready for discharge|going home|being discharged|being admitted|being transferred)|went home|came in|presented|presents)|,?[ \t\xA0]+(?:and[ \t\xA0]+(?:baby|her|his)[ \t\xA0]+\p{{Ll}}+[ \t\xA0]+)?(?:admitted|readmitted|discharged|transferred)[ \t\xA0]+(?:for|to|home|with|from|overnight|today|yesterday|last|on|[0-9]{{1,2}}/[0-9]{{1,2}}))(?-u:\b)"
    ))
    .expect("built-in name-then-care pattern")
});

/// "her chart # is 00412387": a chart number written out in free text (a
/// legacy record number, whatever the configured MRN format). Not "chart of
/// accounts #": the number must follow "chart" and its number word directly.
static CHART_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)chart[ \t\xA0]*(?:#|no\.|num(?:ber)?(?-u:\b))[ \t\xA0]*(?:is[ \t\xA0]+)?[:#]?[ \t\xA0]*[0-9]{6,10}(?-u:\b)")
        .expect("built-in chart-number pattern")
});

/// "Acc# CT24-351960", "Accession: 24-0193377": an imaging study's or a
/// specimen's number, which points at one patient's encounter.
static ACCESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:acc(?:ession)?[ \t\xA0]*(?:#|no\.|num(?:ber)?(?-u:\b))|accession(?-u:\b))[ \t\xA0]*:?[ \t\xA0]*[A-Z]{0,4}[0-9]{2}[A-Z0-9-]{3,14}(?-u:\b)")
        .expect("built-in accession-number pattern")
});

/// "Mr. Abdi", "Ms. Pham": a person, whatever the name lists say.
static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Sr\(a\))\.?[ \t\xA0]+((?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)?[A-Z]\p{Ll}+(?:['’-][A-Z]?\p{Ll}+)?)")
        .expect("built-in titled-name pattern")
});

/// Credentials after a name that make it a provider's or a staff member's
/// (coders, health-information and compliance staff sign with theirs too).
static CREDENTIAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[ \t\xA0]+[A-Z]\p{Ll}+(?:-[A-Z]\p{Ll}+)?)?,?[ \t\xA0]*(?:MD|M\.D\.|DO|D\.O\.|RN|LPN|CNA|NP|PA|PA-C|PhD|PharmD|RPh|DDS|DMD|FNP|FNP-C|APRN|CRNP|ACNP|AGNP|LCSW|LICSW|LMSW|MSW|LPC|LMFT|PsyD|CNM|FACC|FACP|FACS|MBBS|DNP|BSN|MSN|CRNA|MA|CMA|PT|DPT|OT|OTR|SLP|CCC-SLP|RD|RDN|CDE|CDCES|MPH|MBA|MHA|MS|CPhT|EMT|Paramedic|MLS|MLT|CLS|HTL|SBB|RRT|RDCS|RDMS|RVT|CNMT|BCPS|BCOP|BCCCP|BCACP|CIC|CWS|CWOCN|CCRN|CEN|CNOR|OCN|CPC|CCS|CCS-P|COC|CRC|RHIA|RHIT|CHC|CHPC|CHPS|CPCO|CPHQ|CPHIMS|CPSM|CPA|PMP|CMPE|FACHE|SHRM-CP|SHRM-SCP)(?-u:\b)")
        .expect("built-in credential pattern")
});

fn words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| w.len() > 1)
}

/// A name on a header line of a quoted message (`From:`, `To:`, `Cc:`), or
/// followed by an address or a signature bar: the people writing, not the
/// people written about.
fn is_correspondent(text: &str, start: usize, end: usize) -> bool {
    // A header line's label is a few bytes before the name: looking back to
    // the start of every name's line made one huge line quadratic.
    let mut from = start.saturating_sub(256);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let line = text[line_start..start].trim_start().to_ascii_lowercase();
    let header = ["from:", "to:", "cc:", "bcc:", "sent:", "reply-to:"]
        .iter()
        .any(|h| line.starts_with(h));
    let after = text[end..].trim_start_matches([' ', '\t', ',', '"']);
    // "Omar Gill\nKey Account Manager", "Mark Summers, Territory Manager": a
    // signature, the writer's own name.
    // "Heather Foster, CBET\nBiomedical Technician": a credential in
    // capitals may sit between the name and the title.
    let rest = text[end..].trim_start_matches([' ', '\t', ',']);
    let rest = CAPS_CREDENTIAL
        .find(rest)
        .map_or(rest, |m| &rest[m.end()..]);
    let titled = JOB_TITLE.is_match(rest.trim_start_matches([' ', '\t', ',', '\r', '\n']));
    titled
        || header
        || after.starts_with(['<', '|', '@'])
        || after.starts_with("(")
            && after[1..]
                .split(')')
                .next()
                .is_some_and(|a| a.contains('@'))
}

/// A job title or a department at the start of a signature's second line or
/// after a comma: up to three capitalised words before a title's head noun
/// ("Physician Liaison", "Customer Service Representative", "Biomedical
/// Technician", "Revenue Integrity", "Patient Financial Services").
static JOB_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Sr\.?|[A-Z][\p{L}&/'-]*)[ \t]+){0,3}(?:Manager|Director|Representative|Integrity|Services|Operations|Department|Office|Committee|Compliance|Relations|Affairs|Administration|Informatics|Accounting|Finance|Purchasing|Procurement|Credentialing|Marketing|Communications|Rep|Specialist|Analyst|Coordinator|Executive|Liaison|Consultant|Administrator|Officer|Engineer|Assistant|Associate|Recruiter|Buyer|Technician|Technologist|Supervisor|Lead|Educator|Planner|Scheduler|Clerk|Developer|Architect|Advisor|Adviser|Auditor|Strategist|Partner|Owner|President|Vice[ \t]+President|VP)(?-u:\b)")
        .expect("built-in job-title pattern")
});

/// Credentials in capitals ending a signature's name line (", CBET", ", RN, BSN").
static CAPS_CREDENTIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z-]{1,7}(?:[ \t]*[,/][ \t]*[A-Z][A-Z-]{1,7}){0,3}[ \t]*\r?\n")
        .expect("built-in capitals-credential pattern")
});

/// A provider's identifier right after a name: "Benally, Darlene   NPI 28…".
static PROVIDER_ID_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t\xA0,|:(-]*(?:NPI|DEA)(?-u:\b)").expect("built-in provider-id pattern")
});

/// A specialty in parentheses right after a name, alone or before a comma:
/// "Jasmine Washington (Surgery, chair)", "Ousmane Sow (Emergency
/// Medicine)": how committee, call and referral lists write their members.
/// Only in a list of them (see [`in_specialty_roster`]): one patient is
/// written so too ("a referral for Dorothy Kaur (Nephrology, CKD 3b)").
static SPECIALTY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t\xA0]*\((?:[A-Z][a-z]+[ \t\xA0]+|&[ \t\xA0]+){0,3}(?:Surgery|Medicine|Pediatrics|Psychiatry|Obstetrics|Gynecology|Anesthesia|Nursing|Pharmacy|Orthopedics|Urology|Dermatology|Neurosurgery|[A-Z][a-z]+ology)[ \t\xA0]*[,)]")
        .expect("built-in specialty-after pattern")
});

/// A provider's or staff member's name: a doctor's or a job title before it,
/// a credential, a provider's NPI or DEA number or a specialty after it.
fn is_provider(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let titled = ["Dr", "Dr.", "Doctor", "Prof.", "Professor"]
        .iter()
        .any(|t| before.ends_with(t));
    let after = &text[end..];
    titled
        || staff::titled_as_staff(text, start)
        || staff::in_a_workers_field(text, start)
        || CREDENTIAL_AFTER.is_match(after)
        || PROVIDER_ID_AFTER.is_match(after)
        || SPECIALTY_AFTER.is_match(after) && in_specialty_roster(text, start, end)
}

/// Names with their specialty in parentheses more than once near this one
/// (within 1 KiB): a committee, a call schedule, a referral list. Bounded, so
/// that a text of nothing but such names is read in linear time.
fn in_specialty_roster(text: &str, start: usize, end: usize) -> bool {
    static MEMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"\p{{L}}{}",
            SPECIALTY_AFTER.as_str().trim_start_matches('^')
        ))
        .expect("built-in roster-member pattern")
    });
    let from = text.floor_char_boundary(start.saturating_sub(1024));
    let to = text.ceil_char_boundary((end + 1024).min(text.len()));
    MEMBER.find_iter(&text[from..to]).nth(1).is_some()
}

/// The name is made of name words: none is a known non-name, and (unless the
/// cue itself says "patient") at least one is in the given-name or surname list.
fn plausible(name: &str, lex: &Lexicons, cued: bool) -> bool {
    let mut any_listed = false;
    let mut all_uncommon = true;
    for w in words(name) {
        let lower = w.to_lowercase();
        if NOT_NAMES.contains(&lower.as_str()) {
            return false;
        }
        any_listed |= lex.is_given(w) || lex.is_surname(w);
        all_uncommon &= lex.is_uncommon(w);
    }
    any_listed || all_uncommon || cued
}

/// Words run on from a cue with nothing between ("Patient Monitoring
/// Consumables", "Member Services Team"): a name only if one of its words is
/// a listed name or not an English word. After "Rider:" or "Patient -", the
/// punctuation says a name follows ("Rider: Autumn Strong").
fn run_on_words(text: &str, cue_end: usize, name: &str, lex: &Lexicons) -> bool {
    let between = text.get(cue_end..).unwrap_or("").trim_start();
    let punctuated = between.starts_with([':', '#', '-', '–', ','])
        || between
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("is "));
    !punctuated
        && words(name).all(|w| !lex.is_given(w) && !lex.is_surname(w) && !lex.is_uncommon(w))
}

/// A name that stands for nobody: a placeholder ("John Q. Public", "Jane
/// Doe"), a test patient ("ZZTEST", "Test, Sample"), or one marked as an
/// example right after it ("John Q. Public (EXAMPLE)").
fn placeholder(text: &str, name: &str, end: usize) -> bool {
    const NOBODY: &[&str] = &[
        "doe",
        "roe",
        "public",
        "test",
        "testpatient",
        "sample",
        "example",
        "patient",
    ];
    let ws: Vec<String> = words(name).map(str::to_lowercase).collect();
    let last_is_nobody = ws.last().is_some_and(|w| NOBODY.contains(&w.as_str()));
    let first_is_nobody = ws
        .first()
        .is_some_and(|w| matches!(w.as_str(), "test" | "sample"));
    last_is_nobody
        || first_is_nobody
        || ws.iter().any(|w| w.starts_with("zz"))
        || marked_as_example(text, end)
}

/// The name appears elsewhere in the text as a provider's ("Dear Joan Evans,"
/// ... "Provider Joan Evans, MD"): the letter is to a clinician.
fn named_as_provider_elsewhere(text: &str, name: &str) -> bool {
    text.match_indices(name)
        .any(|(at, _)| is_provider(text, at, at + name.len()))
}

/// The name patterns with no literal the regex crate can look for first, in
/// one set: alone, each is a full pass of its lazy DFA over the text (as the
/// detectors' candidate patterns are: see `detect/screen.rs`). One pass of the
/// set says which of them match anywhere; only those run. `None` (the set
/// cannot be built) screens nothing.
static SCREEN: LazyLock<Option<RegexSet>> = LazyLock::new(|| {
    RegexSet::new([
        CUED.as_str(),
        SALUTATION.as_str(),
        PERSON.as_str(),
        NAME_THEN_CARE.as_str(),
        aged::NAME_AGE.as_str(),
        forms::CAPITALS.as_str(),
        forms::WRAPPED.as_str(),
        roles::IN_ROOM.as_str(),
        forms::LOWER_INTRO.as_str(),
        roles::IN_BED.as_str(),
    ])
    .ok()
});

/// Which of [`SCREEN`]'s patterns may match (all when nothing was screened).
struct Screened(Option<SetMatches>);

impl Screened {
    fn may(&self, i: usize) -> bool {
        self.0.as_ref().is_none_or(|m| m.matched(i))
    }

    /// `matches` when the pattern may match, otherwise nothing (and no search).
    fn only<I: Iterator>(&self, i: usize, matches: I) -> std::iter::Take<I> {
        crate::policy::detect::screen::only_if(self.may(i), matches)
    }
}

pub(super) fn scan(text: &str, lex: &Lexicons, out: &mut Vec<Hit<IdentityKind>>) {
    scan_screened(text, lex, out, SCREEN.as_ref());
}

fn scan_screened(
    text: &str,
    lex: &Lexicons,
    out: &mut Vec<Hit<IdentityKind>>,
    screen: Option<&RegexSet>,
) {
    let screened = Screened(screen.map(|s| s.matches(text)));
    if screened.may(4) {
        aged::scan(text, lex, out);
    }
    if screened.may(5) {
        forms::capitals(text, lex, out);
    }
    if screened.may(6) {
        forms::wrapped(text, lex, out);
    }
    if screened.may(8) {
        forms::lower_case_introduction(text, lex, out);
    }
    cued_names(text, lex, &screened, out);
    salutations(text, lex, &screened, out);
    roles::scan(text, lex, screened.may(7), screened.may(9), out);
    persons(text, lex, &screened, out);
    names_then_care(text, lex, &screened, out);
    record_names(text, lex, out);
    if let Some(c) = GREETING.captures(text)
        && let (Some(name), Some(whole)) = (c.get(2), c.get(0))
        && greets(text, name, whole.end(), c.get(1).is_some(), lex)
    {
        out.push(hit(IdentityKind::Salutation, Strength::Weak, name.start()));
    }
    for c in TITLED.captures_iter(text) {
        if let Some(name) = c.get(1)
            && !NOT_NAMES.contains(&name.as_str().to_lowercase().as_str())
        {
            out.push(hit(
                IdentityKind::TitledName,
                Strength::Medium,
                name.start(),
            ));
        }
    }
    if let Some(at) = ccda_patient(text) {
        out.push(hit(IdentityKind::ClinicalDocument, Strength::Strong, at));
    }
    records(text, out);
    roles::addressed(text, out);
}

/// A common given name and surname ("Maria Lopez"), weak: not a provider's, a
/// correspondent's, a place's or a placeholder.
fn persons(text: &str, lex: &Lexicons, screened: &Screened, out: &mut Vec<Hit<IdentityKind>>) {
    for c in screened.only(2, PERSON.captures_iter(text)) {
        let (Some(first), Some(last)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let (f, l) = (first.as_str(), last.as_str());
        // "Hill Rd" ends a street's name: "18 Orchard Hill Rd".
        let next_word: String = text[last.end()..]
            .trim_start_matches([' ', '\t'])
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let place = PLACE_AFTER.contains(&l.to_lowercase().as_str())
            || PLACE_AFTER.contains(&next_word.to_lowercase().as_str());
        let not_name = place
            || [f, l]
                .iter()
                .any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()));
        let listed = match l.ends_with('.') {
            true => lex.is_given(f),
            false => {
                lex.is_given(f)
                    || lex.is_surname(l)
                    || lex.is_surname(f)
                    || (lex.is_uncommon(f) && lex.is_uncommon(l))
            }
        };
        if listed
            && !not_name
            && !is_provider(text, first.start(), last.end())
            && !is_correspondent(text, first.start(), last.end())
            && !placeholder(text, &text[first.start()..last.end()], last.end())
        {
            out.push(hit(IdentityKind::PersonName, Strength::Weak, first.start()));
        }
    }
}

/// A name followed by what happened to a patient ("… was admitted").
fn names_then_care(
    text: &str,
    lex: &Lexicons,
    screened: &Screened,
    out: &mut Vec<Hit<IdentityKind>>,
) {
    for c in screened.only(3, NAME_THEN_CARE.captures_iter(text)) {
        let (Some(whole), Some(name)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // "X, admitted for …" with no "was": English words alone ("Cardiac
        // Rehab admitted for the spring cohort") are no name.
        let told = text[name.end()..whole.end()].split_whitespace().any(|w| {
            matches!(
                w,
                "was"
                    | "is"
                    | "has"
                    | "had"
                    | "will"
                    | "went"
                    | "came"
                    | "presented"
                    | "presents"
                    | "registered"
                    | "arrived"
                    | "checked"
                    | "seen"
            )
        });
        let name_like = words(name.as_str())
            .any(|w| lex.is_given(w) || lex.is_surname(w) || lex.is_uncommon(w));
        if (told || name_like)
            && plausible(name.as_str(), lex, true)
            && !is_provider(text, name.start(), name.end())
        {
            out.push(hit(
                IdentityKind::PatientName,
                Strength::Strong,
                name.start(),
            ));
        }
    }
}

/// "NOWAK, Agnieszka", "Gonzalez, Mary": how records write a person.
fn record_names(text: &str, lex: &Lexicons, out: &mut Vec<Hit<IdentityKind>>) {
    for c in RECORD_NAME.captures_iter(text) {
        let (Some(last), Some(first)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let (l, f) = (last.as_str(), first.as_str());
        // A surname in capitals is a record's; in mixed case ("Gonzalez, Mary")
        // both names must be in the lists ("Chicago, Illinois" is a place).
        let capitals = l.chars().all(|c| !c.is_lowercase());
        let name_like = |w: &str, listed: bool| listed || (capitals && lex.is_uncommon(w));
        // "YYYY,XXX-XX-XXXX": a layout's placeholder letters.
        let filler = |w: &str| {
            w.chars()
                .filter(|c| *c != '-')
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                == 1
        };
        // "Aiko Sato, Bao Lor, Harrison Begay": a list of given name and
        // surname, not "Lor, Harrison".
        let in_a_list = text[..last.start()]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit([' ', '\t', '\n', ',', '(']).next())
            .is_some_and(|w| {
                // A given name as written in prose ("Bao"), not a code
                // or a record's capitals ("RH4410276 LOPEZ, MARIA").
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
                    && (lex.is_given(w) || lex.is_uncommon(w))
            });
        // "FERREIRA, GUSTAVO": both in capitals only when both are listed
        // ("CBC, BMP", "PHYSICAL, OCCUPATIONAL" are no one).
        let shouted = f.len() > 1 && f.chars().all(|c| c.is_ascii_uppercase());
        if shouted && !(lex.is_surname(l) && lex.is_given(f)) {
            continue;
        }
        // "APRN, AGACNP-BC": credentials, not a surname and a given name.
        if !in_a_list
            && name_like(l, lex.is_surname(l))
            && name_like(f, lex.is_given(f))
            && !CREDENTIAL_AFTER.is_match(l)
            && !filler(l)
            && !filler(f)
            && !NOT_NAMES.contains(&f.to_lowercase().as_str())
            && !NOT_NAMES.contains(&l.to_lowercase().as_str())
            && !STATES.contains(&f.to_lowercase().as_str())
            && !a_list_of_surnames(text, first.end(), lex)
            && !is_provider(text, last.start(), first.end())
            && !is_correspondent(text, last.start(), first.end())
        {
            out.push(hit(
                IdentityKind::NamedField,
                Strength::Medium,
                last.start(),
            ));
        }
    }
}

/// Names after a cue ("Patient:", "Re:", "I saw"): a patient's, or a named field's.
fn cued_names(text: &str, lex: &Lexicons, screened: &Screened, out: &mut Vec<Hit<IdentityKind>>) {
    for c in screened.only(0, CUED.captures_iter(text)) {
        let (Some(cue), Some(name)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let patient_role = !matches!(
            cue.as_str().to_ascii_lowercase().as_str(),
            "name"
                | "this is"
                | "i'm"
                | "i am"
                | "my name is"
                | "re"
                | "regarding"
                | "fw"
                | "fwd"
                | "soy"
                | "me llamo"
        );
        let two_words = words(name.as_str()).count() >= 2;
        if !plausible(name.as_str(), lex, patient_role && two_words)
            || heads_a_list_of_conditions(text, c.get(0).map_or(0, |m| m.start()))
            || is_provider(text, name.start(), name.end())
            || placeholder(text, name.as_str(), name.end())
            || run_on_words(text, cue.end(), name.as_str(), lex)
        {
            continue;
        }
        out.push(match patient_role {
            true => hit(IdentityKind::PatientName, Strength::Strong, name.start()),
            false => hit(IdentityKind::NamedField, Strength::Medium, name.start()),
        });
    }
}

/// "Harris, Cole, Lopez, Ortiz": the pair is the start of a list of
/// surnames (attendees), when a listed surname follows after a comma.
fn a_list_of_surnames(text: &str, end: usize, lex: &Lexicons) -> bool {
    let Some(rest) = text[end..].strip_prefix(", ") else {
        return false;
    };
    let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    next.chars().next().is_some_and(char::is_uppercase) && lex.is_surname(&next)
}

/// "Conditions treated: GERD, IBD …", "Problems seen: …": the cue verb
/// labels a list of what a service treats, not a patient it treated.
fn heads_a_list_of_conditions(text: &str, cue_start: usize) -> bool {
    const LISTS: &[&str] = &[
        "conditions",
        "diseases",
        "disorders",
        "problems",
        "procedures",
        "services",
        "areas",
        "issues",
        "symptoms",
        "injuries",
        "cancers",
    ];
    text[..cue_start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| LISTS.contains(&w.to_lowercase().as_str()))
}

/// "Dear Ms. Garcia," and the like: a letter's addressee who is not a doctor.
fn salutations(text: &str, lex: &Lexicons, screened: &Screened, out: &mut Vec<Hit<IdentityKind>>) {
    for (n, c) in screened.only(1, SALUTATION.captures_iter(text)).enumerate() {
        let doctor = c
            .get(1)
            .is_some_and(|t| t.as_str().trim_end_matches('.').trim().starts_with("D"));
        let Some(name) = c.get(2) else { continue };
        let titled = c.get(1).is_some();
        let full_name = words(name.as_str()).count() >= 2;
        if doctor || !(titled || plausible(name.as_str(), lex, full_name)) {
            continue;
        }
        if words(name.as_str()).any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str())) {
            continue;
        }
        // "Dear Luca Georgiou, MD," or a name the letter also gives with a
        // credential: a clinician, as "Dear Dr. …" is.
        // The look elsewhere reads the whole text: a letter's first few
        // salutations only (more, and each would cost a pass: quadratic).
        if is_provider(text, name.start(), name.end())
            || full_name && n < 4 && named_as_provider_elsewhere(text, name.as_str())
            || placeholder(text, name.as_str(), name.end())
        {
            continue;
        }
        // "Dear Ms. Garcia," or "Dear Maria Garcia," is how letters to patients
        // open; "Hi Kenji," is how colleagues write to each other.
        // (Raised to medium when the text speaks of "your" care: see `unit`.)
        let strength = match titled || full_name {
            true => Strength::Medium,
            false => Strength::Weak,
        };
        out.push(hit(IdentityKind::Salutation, strength, name.start()));
    }
}

/// The opening greeting names a person: "Daniela," on its own line as long
/// as it is no known non-name; "Despina, here are …" if it is a name; "Anna -
/// see below" only with a listed name ("Readmissions - heart failure" is a
/// heading) or after "Good news," and the like.
fn greets(text: &str, name: regex::Match, end: usize, greeted: bool, lex: &Lexicons) -> bool {
    let n = name.as_str();
    let own_line = text[..end].ends_with('\n');
    let dashed = text[name.end()..end]
        .trim_start()
        .starts_with(['-', '–', '—']);
    let ok = match (own_line && words(n).count() == 1, dashed && !greeted) {
        (true, _) => !NOT_NAMES.contains(&n.to_lowercase().as_str()) && !plural_of_a_word(n, lex),
        (false, true) => {
            words(n).any(|w| lex.is_given(w) || lex.is_surname(w)) && plausible(n, lex, false)
        }
        (false, false) => plausible(n, lex, false),
    };
    ok && !is_provider(text, name.start(), name.end())
}

/// "Prescribers,", "Pharmacists,", "Nurses,": a greeting to a group, the
/// plural of an English word or of a role ("-ers", "-ists", "-ians"; the
/// word lists lack many), not a given name.
fn plural_of_a_word(word: &str, lex: &Lexicons) -> bool {
    const ROLE_PLURALS: &[&str] = &["ers", "ors", "ists", "ians", "ants", "ents", "ings"];
    let lower = word.to_lowercase();
    !lex.is_given(word)
        && (ROLE_PLURALS.iter().any(|s| lower.ends_with(s))
            || lower
                .strip_suffix('s')
                .is_some_and(|one| one.len() >= 3 && !lex.is_uncommon(one)))
}

/// Records rather than prose: a chart number in free text, a FHIR patient.
fn records(text: &str, out: &mut Vec<Hit<IdentityKind>>) {
    // A record number, but not in the configured format: it supports health
    // evidence, it is not PHI by itself.
    for m in CHART_NUMBER
        .find_iter(text)
        .chain(ACCESSION.find_iter(text))
    {
        out.push(hit(
            IdentityKind::PatientIdentifier,
            Strength::Medium,
            m.start(),
        ));
    }
    if let Some(at) = fhir_patient(text) {
        out.push(hit(IdentityKind::ClinicalDocument, Strength::Strong, at));
    }
}

fn hit(kind: IdentityKind, strength: Strength, at: usize) -> Hit<IdentityKind> {
    Hit {
        kind,
        strength,
        at,
        line: 0,
    }
}

/// An HL7 v2 message whose PID segment identifies someone: a patient id
/// (PID-3) or a name (PID-5) that is filled in, not a `<PLACEHOLDER>` or
/// `{{field}}`. Fails closed: any real value in either makes it a patient's.
pub(super) fn hl7_has_patient(message: &str) -> bool {
    let filled =
        |field: &str| !field.contains(['<', '{', '[']) && field.chars().any(char::is_alphanumeric);
    // A test patient's family name ("ZZTEST^INTERFACE", "TEST^PATIENT"),
    // as interface validation sends: nobody's record.
    let test_patient = |field: &str| {
        let family = field.split('^').next().unwrap_or("").to_ascii_lowercase();
        family.starts_with("zz") || matches!(family.as_str(), "test" | "testpatient")
    };
    message.match_indices("PID|").any(|(i, _)| {
        let segment = message[i..].split(['\r', '\n']).next().unwrap_or("");
        let fields: Vec<&str> = segment.split('|').collect();
        !fields.get(5).is_some_and(|f| test_patient(f))
            && [3, 5]
                .iter()
                .any(|&n| fields.get(n).is_some_and(|f| filled(f)))
    })
}

/// An X12 health-care transaction (837 claim, 835 remittance, 270/271
/// eligibility, 278 authorisation) whose subscriber or patient loop
/// (`NM1*IL`, `NM1*QC`) names a person: a patient's, as an HL7 PID is.
pub(super) fn x12_has_patient(text: &str) -> bool {
    static X12: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)ST\*(?:837|835|270|271|276|277|278)\*").expect("built-in X12 pattern")
    });
    static NM1: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)NM1\*(?:IL|QC)\*1\*[A-Za-z][A-Za-z'’ -]*\*[A-Za-z]")
            .expect("built-in X12 NM1 pattern")
    });
    X12.is_match(text) && NM1.is_match(text)
}

/// The text speaks of a patient or a record number (so a number in the
/// organisation's MRN format is more likely one).
pub(super) fn mentions_patient(text: &str) -> bool {
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:patients?|pt|mrn|medical record|chart|patient_?(?:id|name))(?-u:\b)",
        )
        .expect("built-in patient-word pattern")
    });
    WORDS.is_match(text)
}

#[cfg(test)]
mod screen_tests {
    use super::*;

    /// Hits as comparable text (kind, strength, where).
    fn hits(text: &str, lex: &Lexicons, screen: Option<&RegexSet>) -> Vec<String> {
        let mut out = Vec::new();
        scan_screened(text, lex, &mut out, screen);
        out.iter()
            .map(|h| format!("{:?} {:?} {}", h.kind, h.strength, h.at))
            .collect()
    }

    #[test]
    fn the_screen_changes_no_identity_hit() {
        let lex = Lexicons::shipped().unwrap();
        assert!(SCREEN.is_some(), "the name patterns fit in one set");
        let mut compared = 0;
        let mut found = 0;
        for dir in [
            "tests/corpus/messages",
            "tests/corpus/phi/messages",
            "tests/corpus/phi2/messages",
            "tests/corpus/phi3/messages",
            "tests/corpus/phi4/messages",
        ] {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for e in entries.flatten() {
                let raw = String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).into_owned();
                for text in [raw.clone(), format!("Grüße — {raw}")] {
                    let with = hits(&text, &lex, SCREEN.as_ref());
                    assert_eq!(with, hits(&text, &lex, None), "{}", e.path().display());
                    compared += 1;
                    found += with.len();
                }
            }
        }
        assert!(
            compared > 2000 && found > 1000,
            "{compared} texts, {found} hits"
        );
    }
}
