#!/usr/bin/env python3
"""Generate the labelled PHI evaluation corpus for phirelay's policy engine.

    python3 tests/corpus/generate.py

writes tests/corpus/messages/NNNN.eml, tests/corpus/labels.json and
tests/corpus/lexicon.txt.  Python 3 standard library only.  The output is
deterministic: one fixed seed (SEED below), no clock, no environment input.
Running it twice gives byte-identical files.

Every value is synthetic.  Names are invented ("Alex Sample"), domains are
reserved example domains (clinic.example, *.example.org/.net/.test) except the
consumer mailbox domains used on purpose for the recipient rule (gmail.com,
...), whose local parts are obviously fake.

The labelling rules (what is a TRUE instance of each detector) are written out
in README.md next to this file and re-checked, independently of this file, by
check_labels.py.  In short: an instance is one occurrence of a value in the
decoded text of the Subject or of one scanned MIME leaf part; checksum
detectors need a valid checksum; context detectors need a context word within
40 characters.  The generator keeps a margin around that 40: context words of
positives are at most 20 characters away, and shape-valid values that must NOT
count have no context word within 120 characters.
"""

import base64
import datetime
import email.utils
import html
import json
import os
import random
import re

SEED = 20250611  # fixed: never derive anything from the clock
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "messages")

DETECTORS = ["ssn", "mbi", "npi", "dea", "mrn", "dob", "icd10", "member_id", "hl7", "lexicon"]
TRIGGERS = ["subject_tag", "x_phi_header", "msip_label", "sender_rule", "recipient_rule"]

rng = random.Random(SEED)
USED = set()  # every generated identifier is unique across the corpus

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def fresh(fn):
    """Call fn() until it returns a value not used anywhere else in the corpus."""
    for _ in range(10000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not find a fresh value")


# ---------------------------------------------------------------------------
# Identifier algorithms
# ---------------------------------------------------------------------------

# US Social Security Number, AAA-GG-SSSS.
#   area   AAA : 001-899, but never 666   (000, 666 and 900-999 are never issued)
#   group  GG  : 01-99                    (00 is never issued)
#   serial SSSS: 0001-9999                (0000 is never issued)
# There is no check digit.  Values that are famous samples or were
# published/misused are avoided for positives so that an engine with a block
# list scores the same.
SSN_BLOCKLIST = {"123456789", "078051120", "219099999", "457555462", "111111111", "987654321"}


def ssn_valid(digits9):
    a, g, s = int(digits9[:3]), int(digits9[3:5]), int(digits9[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


def fmt_ssn(d, style):
    if style == "dash":
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    if style == "space":
        return f"{d[:3]} {d[3:5]} {d[5:]}"
    return d


def gen_ssn(area=None, group=None, serial=None):
    def make():
        a = area if area is not None else rng.choice([x for x in range(1, 900) if x != 666])
        g = group if group is not None else rng.randint(1, 99)
        s = serial if serial is not None else rng.randint(1, 9999)
        return f"{a:03d}{g:02d}{s:04d}"

    while True:
        v = fresh(make)
        if v not in SSN_BLOCKLIST and ssn_valid(v):
            return v


def gen_bad_ssn(kind):
    """SSN-shaped value with context that is NOT an SSN (invalid ranges)."""
    def make():
        a = rng.choice([x for x in range(1, 900) if x != 666])
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        if kind == "area000":
            a = 0
        elif kind == "area666":
            a = 666
        elif kind == "area9xx":
            a = rng.randint(900, 999)
        elif kind == "group00":
            g = 0
        elif kind == "serial0000":
            s = 0
        return f"{a:03d}{g:02d}{s:04d}"

    v = fresh(make)
    assert not ssn_valid(v)
    return v


# Medicare Beneficiary Identifier (CMS "MBI format specifications").
# 11 characters, position by position:
#   1 C  numeric 1-9          5 A   alphabetic       9 A   alphabetic
#   2 A  alphabetic           6 AN  alpha or numeric 10 N  numeric 0-9
#   3 AN alpha or numeric     7 N   numeric 0-9     11 N  numeric 0-9
#   4 N  numeric 0-9          8 A   alphabetic
# Alphabetic = A-Z without S, L, O, I, B, Z (20 letters).  No check digit.
# Printed either as 11 characters or with dashes after positions 4 and 7
# (1EG4-TE5-MK73).  Upper case only.
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_EXCLUDED = "SLOIBZ"
MBI_POS = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]


def mbi_valid(s):
    s = s.replace("-", "") if re.fullmatch(r"\w{4}-\w{3}-\w{4}", s) else s
    if len(s) != 11:
        return False
    for ch, kind in zip(s, MBI_POS):
        if kind == "C" and ch not in "123456789":
            return False
        if kind == "N" and ch not in DIGITS:
            return False
        if kind == "A" and ch not in MBI_ALPHA:
            return False
        if kind == "AN" and ch not in MBI_ALPHA + DIGITS:
            return False
    return True


def fmt_mbi(s, dashed):
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def gen_mbi(pos6_alpha=False):
    def make():
        out = []
        for i, kind in enumerate(MBI_POS):
            if kind == "C":
                out.append(rng.choice("123456789"))
            elif kind == "N":
                out.append(rng.choice(DIGITS))
            elif kind == "A":
                out.append(rng.choice(MBI_ALPHA))
            else:
                pool = MBI_ALPHA if (i == 5 and pos6_alpha) else MBI_ALPHA + DIGITS
                out.append(rng.choice(pool))
        return "".join(out)

    v = fresh(make)
    assert mbi_valid(v)
    return v


def gen_bad_mbi(kind):
    """11-character MBI look-alike that breaks exactly one format rule."""
    def make():
        s = list(gen_mbi(pos6_alpha=True))
        USED.discard("".join(s))
        if kind == "excluded":  # an excluded letter in an alphabetic position
            s[rng.choice([1, 4, 7, 8])] = rng.choice(MBI_EXCLUDED)
        elif kind == "zero_first":  # position 1 must be 1-9
            s[0] = "0"
        elif kind == "letter_in_numeric":  # letter at position 4, 7, 10 or 11
            s[rng.choice([3, 6, 9, 10])] = rng.choice(MBI_ALPHA)
        elif kind == "digit_in_alpha":  # digit at position 2, 5, 8 or 9
            s[rng.choice([1, 4, 7, 8])] = rng.choice(DIGITS)
        elif kind == "short":
            s = s[:10]
        elif kind == "long":
            s = s + [rng.choice(DIGITS)]
        return "".join(s)

    v = fresh(make)
    assert not mbi_valid(v), v
    return v


# National Provider Identifier: 10 digits, first digit 1 or 2, last digit a
# Luhn check digit computed over the constant prefix 80840 followed by the
# first 9 digits (ISO/IEC 7812 card-issuer prefix for US health).  Equivalent:
# the standard Luhn over the 9 digits plus 24.
def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # rightmost payload digit gets doubled (check digit follows it)
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_valid(number):
    return luhn_check_digit(number[:-1]) == int(number[-1])


def npi_valid(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_valid("80840" + s)


assert npi_valid("1234567893")  # the CMS worked example


def gen_npi():
    def make():
        body = rng.choice("12") + "".join(rng.choice(DIGITS) for _ in range(8))
        return body + str(luhn_check_digit("80840" + body))

    v = fresh(make)
    assert npi_valid(v)
    return v


def gen_bad_10digits(first=None):
    """10 digits that fail the NPI Luhn check (whatever the first digit)."""
    def make():
        f = first if first is not None else rng.choice("12")
        body = f + "".join(rng.choice(DIGITS) for _ in range(8))
        good = luhn_check_digit("80840" + body)
        return body + str((good + rng.randint(1, 9)) % 10)

    v = fresh(make)
    assert not luhn_valid("80840" + v)
    return v


# DEA registration number: 2 letters + 7 digits d1..d7.
#   letter 1: registrant type; positives use A, B, F, G or M
#   letter 2: first letter of the registrant's last name
#   check   : d7 == (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) mod 10
DEA_FIRST = "ABFGM"


def dea_check(d6):
    d = [int(c) for c in d6]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10


def dea_valid(s):
    return (re.fullmatch(r"[A-Z]{2}\d{7}", s) is not None
            and dea_check(s[2:8]) == int(s[8]))


assert dea_valid("AB1234563")


def gen_dea(last_initial=None):
    def make():
        d6 = "".join(rng.choice(DIGITS) for _ in range(6))
        return rng.choice(DEA_FIRST) + (last_initial or rng.choice(UPPER)) + d6 + str(dea_check(d6))

    v = fresh(make)
    assert dea_valid(v)
    return v


def gen_bad_dea():
    def make():
        d6 = "".join(rng.choice(DIGITS) for _ in range(6))
        bad = (dea_check(d6) + rng.randint(1, 9)) % 10
        return rng.choice(DEA_FIRST) + rng.choice(UPPER) + d6 + str(bad)

    v = fresh(make)
    assert not dea_valid(v)
    return v


# MRN, organisation-defined (the corpus's organisation uses two patterns):
#   (a) "MRN-" followed by exactly 7 digits          e.g. MRN-0042137
#   (b) exactly 8 digits with an MRN context word ("MRN", "medical record")
#       within 40 characters                          e.g. MRN: 40213377
def gen_mrn7():
    return fresh(lambda: "MRN-" + "".join(rng.choice(DIGITS) for _ in range(7)))


def gen_digits(n, first=None):
    def make():
        f = first if first is not None else rng.choice("123456789")
        return f + "".join(rng.choice(DIGITS) for _ in range(n - 1))
    return fresh(make)


# Health-plan member id (configurable; the corpus's plan uses [A-Z]{3}\d{9})
# with "member id"/"subscriber id"/"member #"/"member no." within 40 characters.
def gen_member():
    return fresh(lambda: "".join(rng.choice(UPPER) for _ in range(3))
                 + "".join(rng.choice(DIGITS) for _ in range(9)))


# ICD-10-CM codes actually in the code set (codes are public, not PHI).  Only
# codes of the shape letter + 2 digits (+ "." + 1-4 characters) are used.
ICD_CODES = {
    "E11.9": "type 2 without complications", "I10": "essential (primary) hypertension",
    "J45.909": "unspecified, uncomplicated", "E78.5": "hyperlipidemia, unspecified",
    "F32.9": "single episode, unspecified", "K21.9": "reflux without esophagitis",
    "N39.0": "urinary tract infection, site not specified", "J06.9": "acute upper respiratory infection",
    "Z00.00": "general adult examination", "E66.9": "obesity, unspecified",
    "G43.909": "migraine, unspecified", "R51.9": "headache, unspecified",
    "F41.1": "generalized anxiety", "I25.10": "atherosclerotic heart disease",
    "E03.9": "hypothyroidism, unspecified", "J44.9": "chronic obstructive pulmonary disease, unspecified",
    "L40.0": "psoriasis vulgaris", "K57.30": "diverticulosis of large intestine",
    "C50.911": "malignant neoplasm of right female breast", "O24.419": "gestational, unspecified control",
    "S52.501A": "fracture of right radius, initial encounter", "T78.40XA": "allergy, unspecified, initial encounter",
    "Z79.4": "long term (current) use of insulin", "M54.50": "low back pain, unspecified",
    "R07.9": "chest pain, unspecified", "R10.9": "abdominal pain, unspecified", "H52.4": "presbyopia",
    "E55.9": "vitamin D deficiency, unspecified", "D64.9": "anemia, unspecified",
    "J02.9": "acute pharyngitis, unspecified", "M17.11": "primary osteoarthritis, right knee",
    "G47.33": "obstructive sleep apnea", "F90.0": "attention-deficit, predominantly inattentive",
    "N18.30": "chronic kidney stage 3 unspecified", "I48.91": "atrial fibrillation, unspecified",
    "Z23": "encounter for immunization", "R73.03": "prediabetes", "F17.210": "nicotine dependence, cigarettes",
}
ICD_LIST = list(ICD_CODES)

# The lexicon (written to lexicon.txt).  No term is a whole-word sub-phrase of
# another, so matches never overlap.  Deliberately NOT in the lexicon because
# they are ordinary English: "AIDS" (hearing aids), "lithium" alone (batteries),
# "insulin" alone, "cancer" alone.
LEXICON = {
    "diagnosis": [
        "diabetes mellitus", "hepatitis C", "hepatitis B", "HIV", "major depressive disorder",
        "bipolar disorder", "schizophrenia", "chronic kidney disease", "congestive heart failure",
        "breast cancer", "opioid use disorder", "alcohol use disorder", "tuberculosis",
        "multiple sclerosis", "epilepsy", "chlamydia", "syphilis", "anorexia nervosa", "COPD", "asthma",
    ],
    "drug": [
        "metformin", "insulin glargine", "lisinopril", "atorvastatin", "sertraline", "buprenorphine",
        "methadone", "adalimumab", "tenofovir", "sofosbuvir", "lithium carbonate", "warfarin",
        "levothyroxine", "quetiapine", "emtricitabine", "naltrexone",
    ],
    "procedure": [
        "colonoscopy", "mammogram", "chemotherapy", "dialysis", "appendectomy", "cholecystectomy",
        "coronary artery bypass graft", "knee arthroplasty", "hysterectomy", "bronchoscopy",
    ],
}
LEX_ALL = [t for k in ("diagnosis", "drug", "procedure") for t in LEXICON[k]]

# Words that contain or resemble lexicon terms but are NOT lexicon matches
# (whole-word, case-insensitive matching must reject them).
LEX_NEAR_MISSES = [
    ("archive", "contains 'hiv' inside a word"), ("archived", "contains 'hiv' inside a word"),
    ("HIVE", "HIV + letter"), ("chives", "contains 'hiv' inside a word"),
    ("lithium-ion", "'lithium' without 'carbonate'"), ("graft", "'graft' without 'coronary artery bypass'"),
    ("bipolar junction", "'bipolar' without 'disorder'"), ("insulated", "not 'insulin glargine'"),
    ("Asthmatix", "brand-like word containing 'asthma'"),
]

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def rand_date(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def fmt_date(d, style):
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


DATE_STYLES = ["us", "us_short", "iso", "long", "abbr", "dmy"]


def gen_date_str(y0, y1):
    return fresh(lambda: fmt_date(rand_date(y0, y1), rng.choice(DATE_STYLES)))


# ---------------------------------------------------------------------------
# Building blocks: instances, prose blocks, records, HL7
# ---------------------------------------------------------------------------

def P(det, value, why):
    return {"detector": det, "value": value, "positive": True, "why": why}


def N(det, value, why):
    return {"detector": det, "value": value, "positive": False, "why": why}


class Block:
    """kind: 'prose' (text), 'record' (list of (label, key, value, inst|None)),
    'hl7' (text with \n line ends), 'filler' (text)."""

    def __init__(self, kind, text=None, insts=None, items=None):
        self.kind = kind
        self.text = text
        self.insts = insts or []
        self.items = items or []

    def all_insts(self):
        if self.kind == "record":
            return [it[3] for it in self.items if it[3] is not None]
        return list(self.insts)


FILLERS = [
    "Please let the front desk know if anything in this note looks out of date, and we will correct it before the end of the business day.",
    "Our office hours change slightly during the holidays, so please check the clinic website before you plan a visit or make a phone call.",
    "This message was sent from a monitored mailbox; replies are read by the care coordination team during normal working hours only.",
    "Parking in the north garage is free for visitors, and the shuttle from the main entrance runs every fifteen minutes on weekdays.",
    "We appreciate your patience while the new scheduling system is rolled out across all of our clinic locations over the coming weeks.",
    "If you need an interpreter for your next visit, tell us a few days ahead and we will arrange one at no cost to you or your family.",
    "The lobby coffee cart is now open on weekday mornings, and the gift shop has moved next to the elevators on the ground floor.",
    "Remember that our phone lines are busiest on Monday mornings, so the afternoon is usually the quickest time to reach someone.",
    "Thank you for helping us keep our records tidy; small corrections like this one save everyone a really surprising amount of time.",
    "The east entrance will be closed for repainting next week, so please use the main glass doors on the south side of the building.",
]
for _f in FILLERS:
    assert len(_f) >= 125, (len(_f), _f)


def filler():
    return Block("filler", text=rng.choice(FILLERS))


PEOPLE = ["Alex Sample", "Jordan Testcase", "Casey Placeholder", "Riley Example", "Morgan Synthetic",
          "Taylor Fixture", "Jamie Mockwell", "Quinn Dummyson", "Avery Specimen", "Robin Notreal"]


def person():
    return rng.choice(PEOPLE)


# --- positive prose templates per detector ------------------------------------------------
# {v} is the value.  Context words are at most 20 characters away from {v}.

def pos_ssn_prose():
    d = gen_ssn()
    style = rng.choice(["dash", "dash", "dash", "space", "plain"])
    v = fmt_ssn(d, style)
    t = rng.choice([
        "Patient SSN: {v} (verified at intake).",
        "Social Security Number {v} was confirmed against the intake form.",
        "SS# {v} is now on the registration record.",
        "Please update the social security number to {v} in the account.",
        "The number {v} (SSN) was entered with a typo last week.",
        "For the claim form we need the SSN {v} of the subscriber.",
    ])
    return Block("prose", t.format(v=v), [P("ssn", v, f"valid ranges, {style}, context word")])


def pos_mbi_prose():
    dashed = rng.random() < 0.4
    m = gen_mbi(pos6_alpha=dashed)
    v = fmt_mbi(m, dashed)
    t = rng.choice([
        "Medicare Beneficiary Identifier: {v}",
        "MBI {v} replaces the old card number.",
        "Please bill Medicare under MBI {v} for this visit.",
        "The new Medicare card shows {v} as the MBI.",
        "Medicare number (MBI): {v}",
    ])
    return Block("prose", t.format(v=v), [P("mbi", v, "CMS MBI format" + (", dashed" if dashed else ""))])


def pos_npi_prose():
    v = gen_npi()
    t = rng.choice([
        "Referring provider NPI: {v}.",
        "Please use NPI {v} for the ordering clinician.",
        "National Provider Identifier {v} belongs to the attending.",
        "Rendering NPI {v} must appear on box 24J of the claim.",
        "The NPI on file is {v}.",
    ])
    return Block("prose", t.format(v=v), [P("npi", v, "Luhn valid with 80840 prefix")])


def pos_dea_prose():
    v = gen_dea()
    t = rng.choice([
        "Prescriber DEA: {v}.",
        "DEA number {v} is registered to the covering physician.",
        "The controlled-substance order lists DEA {v}.",
        "Please confirm DEA registration {v} before dispensing.",
    ])
    return Block("prose", t.format(v=v), [P("dea", v, "DEA checksum valid")])


def pos_mrn_prose():
    if rng.random() < 0.5:
        v = gen_mrn7()
        t = rng.choice(["Chart {v} has been updated.", "Record {v} was merged with the duplicate.",
                        "Please attach the scan to {v}.", "Lab results filed under {v}."])
        why = "org pattern MRN-\\d{7}"
    else:
        v = gen_digits(8)
        t = rng.choice(["MRN: {v}", "Medical record number {v} was reactivated.",
                        "Please pull medical record #{v} for the review.", "MRN {v} is the surviving record."])
        why = "8 digits after MRN context"
    return Block("prose", t.format(v=v), [P("mrn", v, why)])


def pos_dob_prose():
    v = gen_date_str(1934, 2016)
    t = rng.choice([
        "DOB: {v}", "Date of birth: {v}.", "The patient was born {v} in Springfield.",
        "Born on {v}, per the registration form.", "Please correct the birth date to {v}.",
        "D.O.B. {v}", "Birthdate {v} does not match the insurance card.", "{v} (DOB) confirmed by phone.",
    ])
    return Block("prose", t.format(v=v), [P("dob", v, "date near DOB context")])


def pos_icd_prose(n=1):
    codes = rng.sample(ICD_LIST, n)
    if n == 1:
        c = codes[0]
        t = rng.choice([
            "Diagnosis: {v}", "Dx {v}, follow up in three months.", "ICD-10: {v}",
            "ICD-10-CM code {v} was added to the problem list.", "Primary diagnosis {v} ({d}).",
            "Diagnosed {v} at the last visit.",
        ])
        return Block("prose", t.format(v=c, d=ICD_CODES[c]), [P("icd10", c, "ICD-10-CM code with clinical context")])
    text = "Diagnoses: " + ", ".join(codes) + "."
    return Block("prose", text, [P("icd10", c, "code in a list after 'Diagnoses:'") for c in codes])


def pos_member_prose():
    v = gen_member()
    t = rng.choice([
        "Member ID: {v}", "Subscriber ID {v} is active through the plan year.",
        "Please verify member # {v} with the payer.", "Member no. {v} was added to the claim.",
        "The subscriber id {v} appears on the front of the card.",
    ])
    return Block("prose", t.format(v=v), [P("member_id", v, "plan pattern [A-Z]{3}\\d{9} after member/subscriber id")])


def pos_lexicon_prose(k=None):
    k = k or rng.choice([1, 1, 2])
    terms = rng.sample(LEX_ALL, k)
    if k == 1:
        t = rng.choice([
            "History of {a}, stable on the current plan.", "Follow-up for {a} is due next quarter.",
            "The referral mentions {a} in the summary section.", "Please schedule the {a} review with the team.",
        ])
        text = t.format(a=terms[0])
    else:
        t = rng.choice([
            "Problem list includes {a}; the care plan also covers {b}.",
            "Notes mention {a} and, separately, {b}.",
        ])
        text = t.format(a=terms[0], b=terms[1])
    return Block("prose", text, [P("lexicon", x, "lexicon term") for x in terms])


# --- HL7 v2 ----------------------------------------------------------------------------------
# One instance per MSH segment.  PID fields are chosen so no other detector
# matches inside HL7 (PID-3 has 7 digits and no "MRN" text, PID-7 is a compact
# YYYYMMDD date with no DOB word, PID-19 is empty, no DG1 segment).

def hl7_message(ctrl):
    last, first = rng.choice(PEOPLE).upper().split()[::-1]
    dob = rand_date(1940, 2010).strftime("%Y%m%d")
    ts = rand_date(2024, 2025).strftime("%Y%m%d") + f"{rng.randint(7, 18):02d}{rng.randint(0, 59):02d}00"
    pid3 = "".join(rng.choice(DIGITS) for _ in range(7))
    kind = rng.choice(["ADT^A04", "ORU^R01", "ADT^A08", "SIU^S12"])
    segs = [
        f"MSH|^~\\&|EHRAPP|CLINIC|RECVAPP|PARTNER|{ts}||{kind}|CTL{ctrl:05d}|P|2.5.1",
        f"EVN|{kind.split('^')[1]}|{ts}",
        f"PID|1||{pid3}^^^CLINIC^MR||{last}^{first}||{dob}|{rng.choice('FMU')}|||100 MAIN ST^^SPRINGFIELD^ZZ^00000",
        "PV1|1|O|CLINIC^^^EXAMPLE",
    ]
    if kind.startswith("ORU"):
        segs[1] = f"OBR|1||ORD{ctrl:05d}|GLU^GLUCOSE^L|||{ts}"
        segs.append(f"OBX|1|NM|GLU^GLUCOSE^L||{rng.randint(70, 140)}|mg/dL|70-99|N|||F")
    return "\n".join(segs)


HL7_CTRL = [0]


def pos_hl7_block(n=1):
    msgs = []
    for _ in range(n):
        HL7_CTRL[0] += 1
        msgs.append(hl7_message(HL7_CTRL[0]))
    insts = [P("hl7", f"CTL{HL7_CTRL[0] - n + i + 1:05d}", "MSH segment starting an HL7 v2 message") for i in range(n)]
    return Block("hl7", "\n".join(msgs), insts)


# --- negatives (near misses), prose ---------------------------------------------------------
# Context-less negatives contain NO context word of their detector, and are
# separated from other blocks by a filler (>= 125 characters).

PHONES = ["555-010-4477", "(555) 010-2291", "+1 555 010 8830", "555.010.3164", "1-555-010-7702", "(555) 010-9045"]


def neg_ssn_prose(kind=None):
    kind = kind or rng.choice(["ctx_bad", "ctx_bad", "noctx_dash", "noctx_plain", "noctx_space", "phone"])
    if kind == "phone":
        v = rng.choice(PHONES)
        t = rng.choice(["Questions? Call {v} during business hours.", "Our new front desk line is {v}.",
                        "Text {v} to confirm the pickup window."])
        return Block("prose", t.format(v=v), [N("ssn", v, "formatted phone number (9+ digits in groups)")])
    if kind == "literal":
        v = "123-45-6789"
        return Block("prose", "Order #123-45-6789 has shipped.", [N("ssn", v, "the issue's example: order number, no SSN context")])
    if kind == "ctx_bad":
        bad = rng.choice(["area000", "area666", "area9xx", "group00", "serial0000"])
        v = fmt_ssn(gen_bad_ssn(bad), rng.choice(["dash", "dash", "plain"]))
        t = rng.choice(["SSN: {v}", "Social security number {v} was rejected by the payer.",
                        "SS# {v} (placeholder from the old system)."])
        return Block("prose", t.format(v=v), [N("ssn", v, f"SSN context but invalid range ({bad})")])
    d = gen_ssn()
    if kind == "noctx_dash":
        v = fmt_ssn(d, "dash")
        t = rng.choice(["Order #{v} has shipped.", "Confirmation code {v} is attached to your booking.",
                        "Your ticket reference is {v}.", "Warranty claim {v} was approved."])
    elif kind == "noctx_plain":
        v = d
        t = rng.choice(["Order number {v} is ready for pickup.", "Reference {v} was credited to your account.",
                        "Loyalty card {v} earned two points today.", "Transaction {v} completed."])
    else:
        v = fmt_ssn(d, "space")
        t = rng.choice(["Catalogue item {v} is back in stock.", "Meter reading {v} was recorded."])
    return Block("prose", t.format(v=v), [N("ssn", v, f"valid-range SSN shape without context ({kind})")])


def neg_mbi_prose(kind=None):
    kind = kind or rng.choice(["excluded", "zero_first", "letter_in_numeric", "digit_in_alpha", "short", "long", "ups"])
    if kind == "ups":
        v = fresh(lambda: "1Z" + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
                  + "".join(rng.choice(DIGITS) for _ in range(10)))
        t = rng.choice(["UPS tracking {v} shows delivered.", "Your parcel ({v}) is out for delivery."])
        return Block("prose", t.format(v=v), [N("mbi", v, "UPS 1Z tracking number (alphanumeric, starts with a digit)")])
    v = gen_bad_mbi(kind)
    if rng.random() < 0.6:
        t = rng.choice(["MBI: {v}", "Medicare MBI {v} was returned as not found.", "Medicare number {v}"])
        why = f"MBI context but format broken ({kind})"
    else:
        t = rng.choice(["Voucher {v} can be redeemed online.", "Serial {v} is printed under the lid."])
        why = f"MBI look-alike without context ({kind})"
    return Block("prose", t.format(v=v), [N("mbi", v, why)])


def neg_npi_prose(kind=None):
    kind = kind or rng.choice(["ctx_bad", "ctx_bad", "noctx_bad", "phone10", "fedex"])
    if kind == "ctx_bad":
        v = gen_bad_10digits()
        t = rng.choice(["NPI: {v}", "Provider NPI {v} failed validation.", "National Provider Identifier {v} (typo)"])
        return Block("prose", t.format(v=v), [N("npi", v, "NPI context, bad Luhn check digit")])
    if kind == "noctx_bad":
        v = gen_bad_10digits()
        t = rng.choice(["Purchase order {v} was approved.", "Account {v} is past due.", "Invoice {v} is attached."])
        return Block("prose", t.format(v=v), [N("npi", v, "10 digits, bad Luhn, no context")])
    if kind == "phone10":
        v = gen_bad_10digits(first="5")
        t = "Call us at {v} with any questions."
        return Block("prose", t.format(v=v), [N("npi", v, "unformatted 10-digit phone number (fails Luhn)")])
    v = gen_digits(12)
    t = rng.choice(["FedEx tracking {v} is in transit.", "Shipment {v} left the depot."])
    return Block("prose", t.format(v=v), [N("npi", v, "FedEx 12-digit tracking number")])


def neg_dea_prose(kind=None):
    kind = kind or rng.choice(["ctx", "ctx", "noctx"])
    v = gen_bad_dea()
    if kind == "ctx":
        t = rng.choice(["DEA: {v}", "DEA number {v} failed the check.", "Prescriber DEA {v} (as typed by the caller)"])
        return Block("prose", t.format(v=v), [N("dea", v, "DEA context, bad checksum")])
    t = rng.choice(["Booking reference {v} is confirmed.", "Flight voucher {v} expires soon.", "Locker code {v}"])
    return Block("prose", t.format(v=v), [N("dea", v, "DEA shape, bad checksum, no context")])


def neg_mrn_prose(kind=None):
    kind = kind or rng.choice(["short_prefix", "seven_after_colon", "invoice8", "po8", "compact_date"])
    if kind == "short_prefix":
        v = fresh(lambda: "MRN-" + "".join(rng.choice(DIGITS) for _ in range(rng.choice([4, 5, 6]))))
        t = "Legacy chart {v} was retired."
        why = "MRN- prefix with too few digits (org pattern needs 7)"
    elif kind == "seven_after_colon":
        v = gen_digits(7)
        t = "MRN: {v} (old seven-digit format, no longer valid)"
        why = "MRN context but 7 digits (org pattern needs 8)"
    elif kind == "invoice8":
        v = gen_digits(8)
        t = rng.choice(["Invoice {v} is due at the end of the month.", "Ticket {v} was closed."])
        why = "8 digits without MRN context"
    elif kind == "po8":
        v = gen_digits(8)
        t = rng.choice(["PO {v} covers the replacement chairs.", "Batch {v} passed inspection."])
        why = "8 digits without MRN context"
    else:
        v = fresh(lambda: rand_date(2023, 2026).strftime("%Y%m%d"))
        t = "Build {v} is the release candidate."
        why = "compact date (8 digits) without MRN context"
    return Block("prose", t.format(v=v), [N("mrn", v, why)])


def neg_dob_prose():
    v = gen_date_str(2023, 2026) if rng.random() < 0.8 else gen_date_str(1950, 1999)
    t = rng.choice([
        "Your appointment is on {v} at the east clinic.", "Invoice payment is due {v}.",
        "The package shipped {v} from the warehouse.", "The webinar on {v} will be recorded.",
        "Our building opened on {v}, and we celebrate that every year.", "The policy renewal date is {v}.",
        "The lease ends {v}.",
    ])
    return Block("prose", t.format(v=v), [N("dob", v, "ordinary date without DOB context")])


def neg_icd_prose(kind=None):
    kind = kind or rng.choice(["part", "part", "room", "icd9"])
    if kind == "icd9":
        v = rng.choice(["250.00", "401.9", "272.4", "493.90", "311"])
        t = rng.choice(["Dx code {v} (ICD-9, retired) appears on the old claim.",
                        "Old diagnosis code {v} is an ICD-9 code and must be mapped."])
        return Block("prose", t.format(v=v), [N("icd10", v, "ICD-9 code with clinical context (not ICD-10 shape)")])
    if kind == "part":
        v = rng.choice(ICD_LIST)
        t = rng.choice(["Replacement part {v} widget is back in stock.", "The {v} bracket ships in packs of ten.",
                        "Model {v} gasket fits the older pumps.", "SKU {v} was discontinued by the vendor."])
        return Block("prose", t.format(v=v), [N("icd10", v, "ICD-shaped part number without clinical context")])
    v = rng.choice(["B12", "C22", "F32", "J45", "A04", "K21", "M54", "R51"])
    t = rng.choice(["Conference room {v} is booked for the retro.", "Meet at gate {v} in the north terminal.",
                    "Your seat is {v} on the morning flight.", "Locker {v} is free again."])
    return Block("prose", t.format(v=v), [N("icd10", v, "letter+2 digits without clinical context")])


def neg_member_prose(kind=None):
    kind = kind or rng.choice(["noctx", "noctx", "ctx_wrong"])
    if kind == "noctx":
        v = gen_member()
        t = rng.choice(["Gift card {v} has a balance of twelve dollars.", "Reservation code {v} is confirmed.",
                        "Parcel locker pickup code {v}", "Warranty registration {v} was received."])
        return Block("prose", t.format(v=v), [N("member_id", v, "plan shape without member/subscriber context")])
    v = fresh(lambda: rng.choice([
        "".join(rng.choice(UPPER) for _ in range(3)) + "".join(rng.choice(DIGITS) for _ in range(8)),
        "".join(rng.choice(UPPER) for _ in range(3)) + "".join(rng.choice(DIGITS) for _ in range(10)),
        "".join(rng.choice(UPPER) for _ in range(4)) + "".join(rng.choice(DIGITS) for _ in range(9)),
    ]))
    t = rng.choice(["Member ID: {v} (rejected, wrong length)", "Subscriber ID {v} does not match the plan format."])
    return Block("prose", t.format(v=v), [N("member_id", v, "member context but wrong shape")])


HL7_NEGATIVES = [
    ("order_id|sku|qty|price\n40017|WID-22|3|19.99\n40018|WID-31|1|4.50", "pipe-delimited CSV, not HL7"),
    ("if (a|b) { return c || d; }", "code snippet with pipes"),
    ("| Name | Team | Room |\n|------|------|------|\n| Pat  | Ops  | 4    |", "Markdown table"),
    ("ps aux | grep nginx | wc -l", "shell pipeline"),
    ("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *250114*0830*^*00501*000000905*0*P*:~", "X12 EDI interchange header"),
    ("cat access.log | cut -d'|' -f2 | sort | uniq -c", "shell pipeline with pipe delimiter"),
    ("key|value\ncolor|blue\nsize|large", "pipe-delimited key/value list"),
    ("flags = READ | WRITE | EXEC;", "bitwise-or flags in code"),
]


def neg_hl7_block():
    text, why = rng.choice(HL7_NEGATIVES)
    return Block("hl7", text, [N("hl7", text.split("\n")[0][:40], why)])


def neg_lexicon_prose():
    w, why = rng.choice(LEX_NEAR_MISSES)
    t = {
        "archive": "The old newsletters are in the archive on the website.",
        "archived": "Last year's photos have been archived for safekeeping.",
        "HIVE": "Ticket HIVE-42 tracks the new badge readers.",
        "chives": "Top the soup with fresh chives and a little pepper.",
        "lithium-ion": "Please recycle lithium-ion batteries at the front desk box.",
        "graft": "Our gardening club will show how to graft apple trees on Saturday.",
        "bipolar junction": "The electronics class covers the bipolar junction transistor this week.",
        "insulated": "Insulated water bottles are on sale in the gift shop.",
        "Asthmatix": "The Asthmatix air purifier demo was moved to the lobby.",
    }[w]
    return Block("prose", t, [N("lexicon", w, why)])


POS_PROSE = {"ssn": pos_ssn_prose, "mbi": pos_mbi_prose, "npi": pos_npi_prose, "dea": pos_dea_prose,
             "mrn": pos_mrn_prose, "dob": pos_dob_prose, "icd10": pos_icd_prose, "member_id": pos_member_prose,
             "hl7": pos_hl7_block, "lexicon": pos_lexicon_prose}
NEG_PROSE = {"ssn": neg_ssn_prose, "mbi": neg_mbi_prose, "npi": neg_npi_prose, "dea": neg_dea_prose,
             "mrn": neg_mrn_prose, "dob": neg_dob_prose, "icd10": neg_icd_prose, "member_id": neg_member_prose,
             "hl7": neg_hl7_block, "lexicon": neg_lexicon_prose}


# --- record items (key/value; used for CSV, JSON, XML tables, HTML tables, "Key: value" text)
# (human label, machine key, value, inst).  Labels/keys carry the context word.

def pos_item(det):
    if det == "ssn":
        v = fmt_ssn(gen_ssn(), rng.choice(["dash", "dash", "plain"]))
        return (rng.choice(["SSN", "Social Security Number"]), rng.choice(["ssn", "social_security_number"]), v,
                P("ssn", v, "valid ranges, context in field name"))
    if det == "mbi":
        m = gen_mbi(pos6_alpha=True)
        v = fmt_mbi(m, rng.random() < 0.3)
        return ("Medicare MBI", "medicare_mbi", v, P("mbi", v, "CMS MBI format"))
    if det == "npi":
        v = gen_npi()
        return ("NPI", rng.choice(["npi", "provider_npi"]), v, P("npi", v, "Luhn valid with 80840 prefix"))
    if det == "dea":
        v = gen_dea()
        return ("DEA", rng.choice(["dea", "dea_number"]), v, P("dea", v, "DEA checksum valid"))
    if det == "mrn":
        if rng.random() < 0.5:
            v = gen_mrn7()
            return ("Chart", "chart", v, P("mrn", v, "org pattern MRN-\\d{7}"))
        v = gen_digits(8)
        return ("MRN", rng.choice(["mrn", "medical_record_number"]), v, P("mrn", v, "8 digits, MRN context in field name"))
    if det == "dob":
        v = gen_date_str(1934, 2016)
        return (rng.choice(["DOB", "Date of birth", "Birth date"]), rng.choice(["dob", "date_of_birth", "birth_date"]), v,
                P("dob", v, "date with DOB field name"))
    if det == "icd10":
        v = rng.choice(ICD_LIST)
        return (rng.choice(["Diagnosis", "Dx", "ICD-10"]), rng.choice(["diagnosis_code", "dx", "icd10"]), v,
                P("icd10", v, "code with clinical field name"))
    if det == "member_id":
        v = gen_member()
        return (rng.choice(["Member ID", "Subscriber ID"]), rng.choice(["member_id", "subscriber_id"]), v,
                P("member_id", v, "plan pattern with member field name"))
    if det == "lexicon":
        cat = rng.choice(["diagnosis", "drug", "procedure"])
        v = rng.choice(LEXICON[cat])
        label = {"diagnosis": "Problem", "drug": "Medication", "procedure": "Procedure"}[cat]
        return (label, label.lower(), v, P("lexicon", v, f"lexicon term ({cat})"))
    raise ValueError(det)


def neg_item_ctx(det):
    """Context-bearing near-miss items (safe to mix with positives in a record)."""
    if det == "ssn":
        bad = rng.choice(["area000", "area666", "area9xx", "group00", "serial0000"])
        v = fmt_ssn(gen_bad_ssn(bad), "dash")
        return ("SSN", "ssn", v, N("ssn", v, f"SSN context but invalid range ({bad})"))
    if det == "mbi":
        kind = rng.choice(["excluded", "zero_first", "letter_in_numeric", "digit_in_alpha", "short", "long"])
        v = gen_bad_mbi(kind)
        return ("Medicare MBI", "medicare_mbi", v, N("mbi", v, f"MBI format broken ({kind})"))
    if det == "npi":
        v = gen_bad_10digits()
        return ("NPI", "npi", v, N("npi", v, "NPI context, bad Luhn"))
    if det == "dea":
        v = gen_bad_dea()
        return ("DEA", "dea", v, N("dea", v, "DEA context, bad checksum"))
    if det == "mrn":
        v = gen_digits(7)
        return ("MRN", "mrn", v, N("mrn", v, "MRN context but 7 digits"))
    if det == "member_id":
        v = fresh(lambda: "".join(rng.choice(UPPER) for _ in range(3)) + "".join(rng.choice(DIGITS) for _ in range(8)))
        return ("Member ID", "member_id", v, N("member_id", v, "member context but 8 digits"))
    if det == "icd10":
        v = rng.choice(["250.00", "401.9", "272.4"])
        return ("Diagnosis (ICD-9)", "dx_icd9", v, N("icd10", v, "ICD-9 code with clinical context"))
    raise ValueError(det)


def neg_item_noctx(det):
    """Context-free look-alikes (only in 'business' records, never with context words)."""
    if det == "ssn":
        v = fmt_ssn(gen_ssn(), rng.choice(["dash", "plain"]))
        return ("Order", "order_id", v, N("ssn", v, "valid-range SSN shape, no context"))
    if det == "mbi":
        v = fresh(lambda: "1Z" + "".join(rng.choice(UPPER + DIGITS) for _ in range(6)) + "".join(rng.choice(DIGITS) for _ in range(10)))
        return ("Tracking", "tracking", v, N("mbi", v, "UPS 1Z tracking number"))
    if det == "npi":
        v = gen_bad_10digits()
        return ("PO number", "po_number", v, N("npi", v, "10 digits, bad Luhn, no context"))
    if det == "dea":
        v = gen_bad_dea()
        return ("Booking", "booking_ref", v, N("dea", v, "DEA shape, bad checksum, no context"))
    if det == "mrn":
        v = gen_digits(8)
        return ("Invoice", "invoice", v, N("mrn", v, "8 digits without MRN context"))
    if det == "dob":
        v = gen_date_str(2023, 2026)
        return (rng.choice(["Ship date", "Due date", "Order date"]), rng.choice(["ship_date", "due_date", "order_date"]), v,
                N("dob", v, "ordinary date, no DOB context"))
    if det == "icd10":
        v = rng.choice(ICD_LIST)
        return ("Part", "part_number", v, N("icd10", v, "ICD-shaped part number without clinical context"))
    if det == "member_id":
        v = gen_member()
        return ("Gift card", "gift_card", v, N("member_id", v, "plan shape without member context"))
    raise ValueError(det)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def render_plain(blocks, greeting=True, utf8=False):
    out = []
    if greeting:
        out.append(rng.choice(["Hello,", "Hi team,", "Good morning,"]) if not utf8 else rng.choice(["Hi Zoë,", "Bonjour Renée,"]))
    prev_content = False
    for b in blocks:
        if b.kind != "filler" and prev_content:
            out.append(filler().text)
        if b.kind == "record":
            out.append("\n".join(f"{lab}: {val}" for lab, _k, val, _i in b.items))
        else:
            out.append(b.text)
        prev_content = b.kind != "filler"
    out.append("Thanks,\nFront Desk Team\nExample Community Clinic" + (" — Springfield" if utf8 else ""))
    return "\n\n".join(out) + "\n"


def html_inline(text, insts, deco):
    """Escape text and decorate the values in it (tags, entities, &nbsp;)."""
    s = html.escape(text, quote=False)
    for inst in insts:
        v = html.escape(inst["value"], quote=False)
        if v not in s:
            continue
        r = rng.random() if deco else 1.0
        if r < 0.25:
            s = s.replace(v, f"<b>{v}</b>", 1)
        elif r < 0.40:
            s = s.replace(v, f'<span class="id">{v}</span>', 1)
        elif r < 0.55 and ("-" in v or "/" in v):
            s = s.replace(v, v.replace("-", "&#45;").replace("/", "&#x2F;"), 1)
        elif r < 0.70 and " " in v and inst["detector"] == "lexicon":
            s = s.replace(v, v.replace(" ", "&nbsp;"), 1)
    if deco and rng.random() < 0.3:
        s = s.replace(": ", ":&nbsp;", 1)
    return s


def render_html(blocks, deco=True):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>Message</title>',
           '<style>p { margin: 0 0 8px; } td, th { padding: 2px 6px; }</style></head>',
           '<body>', '<p>Hello,</p>']
    prev_content = False
    for b in blocks:
        if b.kind != "filler" and prev_content:
            out.append(f"<p>{html.escape(filler().text, quote=False)}</p>")
        if b.kind == "record":
            out.append('<table border="1"><tr><th>Field</th><th>Value</th></tr>')
            for lab, _k, val, inst in b.items:
                cell = html_inline(val, [inst] if inst else [], deco)
                out.append(f"<tr><td>{html.escape(lab)}</td><td>{cell}</td></tr>")
            out.append("</table>")
        elif b.kind == "hl7":
            out.append("<pre>\n" + html.escape(b.text, quote=False) + "\n</pre>")
        else:
            tag = rng.choice(["p", "p", "div"])
            out.append(f"<{tag}>{html_inline(b.text, b.insts, deco)}</{tag}>")
        prev_content = b.kind != "filler"
    out.append("<p>Thanks,<br>Front Desk Team<br>Example Community Clinic &amp; Partners</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_csv(blocks):
    rows = ["field,value"]
    for b in blocks:
        assert b.kind == "record"
        for lab, _k, val, _i in b.items:
            v = f'"{val}"' if "," in val else val
            rows.append(f"{lab},{v}")
    return "\n".join(rows) + "\n"


def render_json(blocks):
    fields = []
    for b in blocks:
        assert b.kind == "record"
        for _lab, key, val, _i in b.items:
            fields.append({key: val})
    doc = {"resourceType": "ExportRecord", "source": "clinic.example", "fields": fields}
    return json.dumps(doc, indent=2) + "\n"


def render_xml(blocks):
    rows = []
    for b in blocks:
        assert b.kind == "record"
        for lab, _k, val, _i in b.items:
            rows.append(f"            <tr><td>{html.escape(lab)}</td><td>{html.escape(val)}</td></tr>")
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ClinicalDocument xmlns="urn:hl7-org:v3">',
        '  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>',
        '  <title>Continuity of Care Document</title>',
        '  <component>',
        '    <structuredBody>',
        '      <component>',
        '        <section>',
        '          <title>Summary</title>',
        '          <text>',
        '            <table>',
        *rows,
        '            </table>',
        '          </text>',
        '        </section>',
        '      </component>',
        '    </structuredBody>',
        '  </component>',
        '</ClinicalDocument>',
    ]) + "\n"


def render_txt(blocks):
    return render_plain(blocks, greeting=False)


def render_hl7(blocks):
    return "\n".join(b.text for b in blocks) + "\n"


# --- transfer encodings -------------------------------------------------------------------

def qp_encode(data):
    """Quoted-printable (RFC 2045 6.7): CRLF hard breaks, soft breaks '=' so
    that no encoded line exceeds 76 characters.  A bare CR (HL7 segment
    separator) is encoded as =0D."""
    out_lines = []
    for raw in data.split(b"\r\n"):
        enc = []
        for i, byte in enumerate(raw):
            ch = chr(byte)
            last = i == len(raw) - 1
            if byte in (0x20, 0x09) and not last:
                enc.append(ch)
            elif 33 <= byte <= 126 and byte != 0x3D:
                enc.append(ch)
            else:
                enc.append(f"={byte:02X}")
        line, cur = [], ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                line.append(cur + "=")
                cur = ""
            cur += tok
        line.append(cur)
        out_lines.extend(line)
    if out_lines and out_lines[-1] == "":
        out_lines.pop()
    return out_lines


def encode_body(data, enc):
    if enc == "7bit":
        text = data.decode("ascii")
        assert "\r" not in text.replace("\r\n", "")
        lines = text.split("\r\n")
        if lines and lines[-1] == "":
            lines.pop()
        assert all(len(x) <= 998 for x in lines)
        return lines
    if enc == "quoted-printable":
        return qp_encode(data)
    if enc == "base64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n").split("\n")
    raise ValueError(enc)


ENC_SHORT = {"7bit": "7bit", "quoted-printable": "qp", "base64": "base64"}


class Leaf:
    def __init__(self, ctype, text, enc, where, filename=None, blocks=None, raw=None, insts=None):
        self.ctype, self.text, self.enc, self.where = ctype, text, enc, where
        self.filename, self.blocks, self.raw = filename, blocks or [], raw
        self.extra_insts = insts or []

    def insts(self):
        out = []
        for b in self.blocks:
            for i in b.all_insts():
                out.append(dict(i, where=self.where, encoding=ENC_SHORT[self.enc]))
        for i in self.extra_insts:
            out.append(dict(i, where=self.where, encoding=ENC_SHORT[self.enc]))
        return out

    def lines(self):
        if self.raw is not None:
            data = self.raw
        else:
            data = self.text.encode("utf-8")
        if self.enc == "7bit":
            try:
                data.decode("ascii")
            except UnicodeDecodeError:
                self.enc = "quoted-printable"
        ct = self.ctype
        if ct.startswith("text/"):
            ct += '; charset="utf-8"'
        if self.filename:
            ct += f'; name="{self.filename}"'
        hdr = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {self.enc}"]
        if self.filename:
            hdr.append(f'Content-Disposition: attachment; filename="{self.filename}"')
        return hdr + [""] + encode_body(data, self.enc)


BOUNDARY_SEQ = [0]  # boundaries are numbered, not random: deterministic output


class Multi:
    def __init__(self, subtype, parts):
        self.subtype, self.parts = subtype, parts

    def insts(self):
        return [i for p in self.parts for i in p.insts()]

    def leaves(self):
        for p in self.parts:
            if isinstance(p, Multi):
                yield from p.leaves()
            elif isinstance(p, Rfc822):
                yield from p.leaves()
            else:
                yield p

    def lines(self):
        BOUNDARY_SEQ[0] += 1
        boundary = f"=_phirelay_corpus_{BOUNDARY_SEQ[0]:05d}"
        out = [f'Content-Type: multipart/{self.subtype}; boundary="{boundary}"', ""]
        out.append("This is a multi-part message in MIME format.")
        for p in self.parts:
            out.append(f"--{boundary}")
            out.extend(p.lines())
        out.append(f"--{boundary}--")
        return out


class Rfc822:
    """A forwarded message attached as message/rfc822."""

    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def insts(self):
        return self.body.insts()

    def leaves(self):
        if isinstance(self.body, Multi):
            yield from self.body.leaves()
        else:
            yield self.body

    def lines(self):
        return (["Content-Type: message/rfc822", "Content-Disposition: attachment", ""]
                + self.headers + ["MIME-Version: 1.0"] + self.body.lines())


# ---------------------------------------------------------------------------
# Message assembly
# ---------------------------------------------------------------------------

BASE_DATE = datetime.datetime(2025, 1, 6, 8, 0, 0, tzinfo=datetime.timezone.utc)

MSIP_PHI_LABELS = [
    ("3f5b1c2a-9d4e-4b7a-8c61-2e0f9a7d4b15", "Confidential-PHI"),
    ("a7c2e9d1-5b3f-4e8a-9f20-6d1c4b8e7a03", "Highly Confidential - Patient Data"),
]
MSIP_OTHER_LABELS = [
    ("0b8e4f6c-2a1d-4c9e-b7f3-91e5d2a6c480", "General"),
    ("c4d9a1e7-8f2b-4b6d-a3e5-7f0c2b9d1e64", "Public"),
    ("e2f7b3c9-1d6a-4f8e-8c2b-5a9d0e3f7b21", "Confidential-Internal"),
]
MSIP_SITE = "9a1e7c3b-4d2f-4e6a-b8c0-1f5d3a7e9c42"


def msip_header(guid, name, enabled):
    setdate = (BASE_DATE + datetime.timedelta(days=rng.randint(0, 90))).strftime("%Y-%m-%dT%H:%M:%SZ")
    action = "%08x-%04x-4%03x-8%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                              rng.getrandbits(12), rng.getrandbits(48))
    p = f"MSIP_Label_{guid}"
    fields = [f"{p}_Enabled={'true' if enabled else 'false'}", f"{p}_SetDate={setdate}", f"{p}_Method=Standard",
              f"{p}_Name={name}", f"{p}_SiteId={MSIP_SITE}", f"{p}_ActionId={action}", f"{p}_ContentBits=0"]
    # folded: one field per line, continuation lines start with a space
    return "msip_labels: " + ";\r\n ".join(fields) + ";"


CONSUMER_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com"]
DEFAULT_FROM = ["Front Desk <frontdesk@clinic.example>", "Dr. Robin Notreal <rnotreal@clinic.example>",
                "Care Coordination <care@clinic.example>", "Records Office <records@clinic.example>"]
DEFAULT_TO = ["records@partner.example.org", "Claims Intake <claims@payer.example.net>",
              "referrals@specialty.example.org", "lab-results@lab.example.test"]
NEG_FROM = ["Shop Updates <updates@shop.example.net>", "Community News <news@community.example.org>",
            "Build Bot <ci@dev.example.test>", "Facilities <facilities@clinic.example>"]


def encode_subject(s, mode=None):
    if mode is None:
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            mode = "B"
    # RFC 2047: each encoded-word at most 75 characters, never splitting a
    # UTF-8 sequence; words are separated by folding whitespace (ignored when decoding).
    def enc_word(chunk):
        data = chunk.encode("utf-8")
        if mode == "B":
            return "=?UTF-8?B?" + base64.b64encode(data).decode("ascii") + "?="
        q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or chr(b) in "!*+-/") else
                    ("_" if b == 32 else f"={b:02X}") for b in data)
        return "=?UTF-8?Q?" + q + "?="

    words, cur = [], ""
    for ch in s:
        if len(enc_word(cur + ch)) > 75:
            words.append(enc_word(cur))
            cur = ""
        cur += ch
    words.append(enc_word(cur))
    return "\r\n ".join(words)


LABELS = []


def parse_date(v):
    for f in ("%m/%d/%Y", "%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y"):
        try:
            return datetime.datetime.strptime(v, f).date()
        except ValueError:
            pass
    return None


def normalize(det, v):
    """Canonical form of a value, for value-based scoring (see README)."""
    if det in ("ssn", "mbi"):
        return re.sub(r"[\s-]", "", v).upper()
    if det == "dob":
        d = parse_date(v)
        return d.isoformat() if d else v
    if det == "lexicon":
        return re.sub(r"\s+", " ", v).lower()
    if det == "mrn" and v.startswith("MRN-"):
        return v[4:]  # the digits: an engine may report only the number after the prefix
    return v


def emit(idx, body, *, subject, from_=None, to=None, cc=None, extra_headers=(), triggers=(), trigger_negatives=(),
         subject_insts=(), subject_mode=None, note, category, reply_to=None):
    from_ = from_ or rng.choice(DEFAULT_FROM)
    to = to or rng.choice(DEFAULT_TO)
    date = BASE_DATE + datetime.timedelta(hours=7 * idx, minutes=rng.randint(0, 59))
    hdr = [f"From: {from_}", f"To: {to}"]
    if cc:
        hdr.append(f"Cc: {cc}")
    if reply_to:
        hdr.append(f"Reply-To: {reply_to}")
    hdr += [f"Subject: {encode_subject(subject, subject_mode)}",
            f"Date: {email.utils.format_datetime(date)}",
            f"Message-ID: <corpus.{idx:04d}@clinic.example>",
            "MIME-Version: 1.0"]
    hdr += list(extra_headers)
    lines = hdr + body.lines()
    text = "\r\n".join(lines) + "\r\n"
    for ln in text.split("\r\n"):
        assert len(ln) <= 998
    assert "\n" not in text.replace("\r\n", "")
    fname = f"{idx:04d}.eml"
    with open(os.path.join(OUT_DIR, fname), "wb") as fh:
        fh.write(text.encode("ascii"))

    subj_enc = {"B": "rfc2047-b", "Q": "rfc2047-q"}.get(subject_mode, "7bit")
    insts = [dict(i, where="subject", encoding=subj_enc) for i in subject_insts] + body.insts()
    counts = {d: 0 for d in DETECTORS}
    negs = {d: 0 for d in DETECTORS}
    for i in insts:
        (counts if i["positive"] else negs)[i["detector"]] += 1
    leaves = list(body.leaves()) if not isinstance(body, Leaf) else [body]
    where = []
    if subject_insts:
        where.append("subject")
    for lf in leaves:
        if lf.where not in where:
            where.append(lf.where)
    encs = []
    for lf in leaves:
        e = {"7bit": "7bit", "quoted-printable": "qp", "base64": "base64"}[lf.enc]
        if e not in encs:
            encs.append(e)
    label = {
        "file": fname,
        "category": category,
        "detectors": counts,
        "negatives": negs,
        "triggers": [t for t in TRIGGERS if t in triggers],
        "trigger_negatives": [t for t in TRIGGERS if t in trigger_negatives],
        "where": "|".join(where),
        "encoding": "|".join(encs),
        "note": note,
        "instances": [dict({k: i[k] for k in ("detector", "value", "positive", "where", "encoding", "why")},
                           normalized=normalize(i["detector"], i["value"])) for i in insts],
    }
    if subject_insts:
        label["subject_phi"] = True
    LABELS.append(label)


# --- layouts ---------------------------------------------------------------------------------

ATT_TYPES = {
    "csv": ("text/csv", "export.csv", render_csv),
    "json": ("application/json", "record.json", render_json),
    "xml": ("application/xml", "summary.xml", render_xml),
    "txt": ("text/plain", "note.txt", render_txt),
}


def body_for(layout, enc, blocks, rec_blocks=None):
    """Build the MIME body for a layout.  blocks: prose/record/hl7 blocks for the
    text body.  rec_blocks: record blocks for a structured attachment."""
    utf8 = enc != "7bit"
    if layout == "plain":
        return Leaf("text/plain", crlf(render_plain(blocks, utf8=utf8)), enc, "body", blocks=blocks)
    if layout == "html":
        return Leaf("text/html", crlf(render_html(blocks)), enc, "html", blocks=blocks)
    if layout == "alt":
        return Multi("alternative", [
            Leaf("text/plain", crlf(render_plain(blocks, utf8=utf8)), enc, "body", blocks=blocks),
            Leaf("text/html", crlf(render_html(blocks)), enc, "html", blocks=blocks)])
    if layout.startswith("att:"):
        kind = layout[4:]
        intro = [Block("prose", "Please find the requested export attached.")]
        ctype, fname, fn = ATT_TYPES[kind]
        att_blocks = rec_blocks if kind != "txt" else (rec_blocks or blocks)
        main = Leaf("text/plain", crlf(render_plain(intro + (blocks if kind != "txt" and blocks else []))),
                    "7bit", "body", blocks=intro + (blocks if kind != "txt" and blocks else []))
        att = Leaf(ctype, crlf(fn(att_blocks)), enc, f"attachment:{kind}", filename=fname, blocks=att_blocks)
        return Multi("mixed", [main, att])
    if layout == "fwd":
        inner = Leaf("text/plain", crlf(render_plain(blocks)), enc, "forwarded:body", blocks=blocks)
        ih = ["From: Records Office <records@clinic.example>", "To: care@clinic.example",
              "Subject: Chart update", "Date: Mon, 02 Dec 2024 09:15:00 +0000",
              "Message-ID: <inner.%d@clinic.example>" % rng.randint(1000, 9999)]
        main = Leaf("text/plain", crlf("Forwarding the note below.\n"), "7bit", "body")
        return Multi("mixed", [main, Rfc822(ih, inner)])
    raise ValueError(layout)


def hl7_body(layout, enc, blocks, att_name="feed.hl7", att_where="attachment:hl7"):
    """HL7 placement variants."""
    hl7_text = render_hl7(blocks)
    intro = [Block("prose", "HL7 feed output attached for the interface team.")]
    if layout == "hl7:body":
        return Leaf("text/plain", crlf("Interface message follows:\n\n" + hl7_text), enc, "body", blocks=blocks)
    if layout == "hl7:html":
        return Leaf("text/html", crlf(render_html(blocks, deco=False)), enc, "html", blocks=blocks)
    if layout == "hl7:att_text":
        main = Leaf("text/plain", crlf(render_plain(intro)), "7bit", "body", blocks=intro)
        att = Leaf("text/plain", crlf(hl7_text), enc, att_where, filename=att_name, blocks=blocks)
        return Multi("mixed", [main, att])
    if layout == "hl7:att_er7_cr":
        # real HL7 framing: segments separated by bare CR; only safe in base64 or QP
        main = Leaf("text/plain", crlf(render_plain(intro)), "7bit", "body", blocks=intro)
        raw = hl7_text.replace("\n", "\r").encode("ascii")
        att = Leaf("x-application/hl7-v2+er7", None, enc, "attachment:hl7", filename="adt.er7", blocks=blocks, raw=raw)
        return Multi("mixed", [main, att])
    if layout == "hl7:alt":
        return Multi("alternative", [
            Leaf("text/plain", crlf("Interface message follows:\n\n" + hl7_text), enc, "body", blocks=blocks),
            Leaf("text/html", crlf(render_html(blocks, deco=False)), enc, "html", blocks=blocks)])
    raise ValueError(layout)


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
PDF_TINY = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def binary_leaf():
    if rng.random() < 0.5:
        return Leaf("image/png", None, "base64", "attachment:png", filename="logo.png", raw=PNG_1x1)
    return Leaf("application/pdf", None, "base64", "attachment:pdf", filename="brochure.pdf", raw=PDF_TINY)


# ---------------------------------------------------------------------------
# The corpus plan
# ---------------------------------------------------------------------------

LAYOUTS = [("plain", "7bit"), ("plain", "quoted-printable"), ("plain", "base64"),
           ("html", "7bit"), ("html", "quoted-printable"), ("html", "base64"),
           ("alt", "quoted-printable"), ("att:csv", "base64"), ("att:json", "7bit"),
           ("att:xml", "quoted-printable"), ("att:txt", "base64"), ("fwd", "7bit"),
           ("att:csv", "7bit"), ("att:json", "base64"), ("att:xml", "base64"), ("alt", "7bit")]
HL7_LAYOUTS = [("hl7:body", "7bit"), ("hl7:att_text", "7bit"), ("hl7:att_er7_cr", "base64"),
               ("hl7:att_text", "quoted-printable"), ("hl7:html", "7bit"), ("hl7:alt", "base64"),
               ("hl7:att_er7_cr", "quoted-printable"), ("hl7:body", "base64"), ("hl7:html", "quoted-printable"),
               ("hl7:att_text", "base64"), ("hl7:body", "quoted-printable"), ("hl7:att_er7_cr", "base64"),
               ("hl7:att_text", "7bit"), ("hl7:alt", "7bit")]

POS_SUBJECTS = ["Patient update", "Records request", "Referral paperwork", "Follow-up information",
                "Chart correction", "Claim question", "Registration details", "Visit summary"]
NEG_SUBJECTS = ["Your order has shipped", "Monthly newsletter", "Invoice reminder", "Weekly build report",
                "Facilities notice", "Community events this month", "Team lunch", "Release notes"]


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for f in os.listdir(OUT_DIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT_DIR, f))
    idx = 0

    def nxt():
        nonlocal idx
        idx += 1
        return idx

    # 1. positives per detector --------------------------------------------------------------
    for det in DETECTORS:
        if det == "hl7":
            for j, (layout, enc) in enumerate(HL7_LAYOUTS):
                n = [1, 1, 2, 1, 1, 3, 1, 2][j % 8]
                blocks = [pos_hl7_block(n)]
                body = hl7_body(layout, enc, blocks)
                emit(nxt(), body, subject=rng.choice(POS_SUBJECTS), category="positive:hl7",
                     note=f"{n} HL7 v2 message(s) via {layout}, {enc}")
            continue
        for j, (layout, enc) in enumerate(LAYOUTS[:14]):
            k = [1, 2, 1, 3, 1, 2, 1][j % 7]
            if layout.startswith("att:") and layout != "att:txt":
                rec = [Block("record", items=[pos_item(det) for _ in range(k)])]
                if det in ("ssn", "npi", "dea", "mbi", "mrn", "icd10", "member_id") and j % 3 == 0:
                    rec[0].items.append(neg_item_ctx(det))
                body = body_for(layout, enc, [], rec)
                note = f"{k} {det} positive(s) in a {layout[4:]} attachment ({enc})"
            else:
                blocks = [POS_PROSE[det]() for _ in range(k)]
                if j % 4 == 1:
                    blocks.append(Block("record", items=[pos_item(det)] if det != "hl7" else []))
                body = body_for(layout, enc, blocks, None)
                note = f"{det} positives in {layout} ({enc})"
            tr = []
            extra = []
            if j == 5:
                extra.append("X-PHI: yes")
                tr.append("x_phi_header")
            emit(nxt(), body, subject=rng.choice(POS_SUBJECTS), extra_headers=extra, triggers=tr,
                 category=f"positive:{det}", note=note)

    # 2. hard negatives per detector -----------------------------------------------------------
    for det in DETECTORS:
        lays = HL7_LAYOUTS if det == "hl7" else LAYOUTS
        for j in range(10):
            layout, enc = lays[(j * 3 + 1) % len(lays)]
            k = [2, 3, 2, 2, 3][j % 5]
            if det == "hl7":
                blocks = [neg_hl7_block() for _ in range(k)]
                if layout in ("hl7:att_er7_cr",):
                    layout = "hl7:att_text"
                body = hl7_body(layout, enc, blocks, att_name="export.txt", att_where="attachment:txt")
                note = "pipe-delimited text and code that is not HL7 v2"
            elif layout.startswith("att:") and layout != "att:txt" and det not in ("lexicon",):
                if det == "dob":
                    rec = [Block("record", items=[neg_item_noctx(det) for _ in range(k)])]
                elif j % 2 == 0:
                    rec = [Block("record", items=[neg_item_noctx(det) for _ in range(k)])]
                else:
                    rec = [Block("record", items=[neg_item_ctx(det) for _ in range(k)])]
                body = body_for(layout, enc, [], rec)
                note = f"{det} near misses in a {layout[4:]} attachment"
            else:
                if layout.startswith("att:") and layout != "att:txt":
                    layout = "plain"
                blocks = [NEG_PROSE[det]() for _ in range(k)]
                body = body_for(layout, enc, blocks, None)
                note = f"{det} near misses in {layout} ({enc})"
            emit(nxt(), body, subject=rng.choice(NEG_SUBJECTS), from_=rng.choice(NEG_FROM),
                 category=f"negative:{det}", note=note)

    # 3. mixed clinical messages --------------------------------------------------------------
    for j in range(40):
        layout, enc = LAYOUTS[j % len(LAYOUTS)]
        dets = rng.sample(["ssn", "mbi", "npi", "dea", "mrn", "dob", "icd10", "member_id", "lexicon"], rng.randint(3, 6))
        rec = Block("record", items=[pos_item(d) for d in dets])
        prose = [pos_lexicon_prose(1)]
        if rng.random() < 0.5:
            prose.append(rng.choice([neg_dob_prose, neg_icd_prose, neg_lexicon_prose])())
        if layout.startswith("att:") and layout != "att:txt":
            body = body_for(layout, enc, prose, [rec])
        else:
            body = body_for(layout, enc, [rec] + prose, None)
        if j % 5 == 2:
            hl = pos_hl7_block(1)
            att = Leaf("text/plain", crlf(render_hl7([hl])), "7bit", "attachment:hl7", filename="msg.hl7", blocks=[hl])
            body = Multi("mixed", [body, att]) if not isinstance(body, Multi) or body.subtype != "mixed" else Multi("mixed", body.parts + [att])
        if j % 7 == 3:
            bl = binary_leaf()
            body = Multi("mixed", [body, bl]) if not isinstance(body, Multi) or body.subtype != "mixed" else Multi("mixed", body.parts + [bl])
        tr, extra = [], []
        if j % 6 == 0:
            g, nm = MSIP_PHI_LABELS[j % 2]
            extra.append(msip_header(g, nm, True))
            tr.append("msip_label")
        if j % 8 == 1:
            extra.append("X-PHI: yes")
            tr.append("x_phi_header")
        emit(nxt(), body, subject=rng.choice(POS_SUBJECTS), extra_headers=extra, triggers=tr,
             category="mixed", note=f"referral-style record with {', '.join(dets)} in {layout} ({enc})")

    # 4. triggers -------------------------------------------------------------------------------
    neutral_text = [
        "Attached is the schedule for next week. Let us know if any times need to change.",
        "Please review the attached form and send it back when you have a moment.",
        "Following up on our call earlier today; the paperwork is on its way.",
        "Here is the summary you asked for. Nothing else is needed from you right now.",
    ]

    def neutral_body(j):
        b = [Block("prose", rng.choice(neutral_text))]
        layout, enc = [("plain", "7bit"), ("html", "quoted-printable"), ("alt", "7bit"), ("plain", "base64")][j % 4]
        if j % 3 == 0:
            b.append(pos_lexicon_prose(1))
        return body_for(layout, enc, b), f"{layout} ({enc})"

    tag_subjects = ["[secure] Lab follow-up", "[SECURE] Referral packet", "Re: [Secure] Claim question",
                    "[encrypt] Statement copy", "[ENCRYPT] Records request", "Visit summary [encrypt]",
                    "[phi] Intake forms", "[PHI] Discharge paperwork", "Fwd: [Phi] Care plan",
                    "Updated forms [secure]", "[secure][phi] Eligibility", "RE: FW: [ENCRYPT] Prior auth",
                    "[sEcUrE] Mixed-case tag", "[encrypt] — résumé des soins", "[phi]Test without space",
                    "Question about billing [PHI]", "[Encrypt] Consult note", "[secure] Follow-up",
                    "[phi] Immunization record", "[SECURE] Sleep study results", "[secure] Imaging request",
                    "[phi] Authorization form"]
    for j, s in enumerate(tag_subjects):
        body, d = neutral_body(j)
        mode = "Q" if j in (13, 17) else ("B" if j == 21 else None)
        emit(nxt(), body, subject=s, subject_mode=mode, triggers=["subject_tag"], category="trigger:subject_tag",
             note=f"subject tag {s!r}" + (f" in an RFC 2047 {mode} encoded-word" if mode else "") + f"; body {d}")
    tag_negs = ["Secure your account today", "[secured] Shipping update", "[SECURITY] Patch window",
                "Encrypted backups completed", "[PHI-free] Newsletter", "(secure) Team offsite",
                "[sec] Quarterly review", "{phi} survey", "[encryption] training", "Secure messaging tips"]
    for j, s in enumerate(tag_negs):
        body, d = neutral_body(j + 1)
        if j == 3:  # tag in the body only
            body = body_for("plain", "7bit", [Block("prose", "Please add [secure] to the subject next time.")])
        emit(nxt(), body, subject=s, from_=rng.choice(NEG_FROM), trigger_negatives=["subject_tag"],
             category="negative:trigger", note=f"not a subject tag: {s!r}" + ("; '[secure]' appears only in the body" if j == 3 else ""))

    for j in range(20):
        body, d = neutral_body(j)
        v = ["yes", "Yes", "YES", " yes "][j % 4]
        emit(nxt(), body, subject=rng.choice(POS_SUBJECTS), extra_headers=[f"{['X-PHI', 'x-phi', 'X-Phi'][j % 3]}:{v if v.startswith(' ') else ' ' + v}"],
             triggers=["x_phi_header"], category="trigger:x_phi_header", note=f"X-PHI header value {v.strip()!r}; body {d}")
    for j, h in enumerate(["X-PHI: no", "X-PHI: false", "X-PHI-Reviewed: yes", "X-Not-PHI: yes", "X-PHI: none", "X-PHI-Scan: yes"]):
        body, d = neutral_body(j)
        emit(nxt(), body, subject=rng.choice(NEG_SUBJECTS), from_=rng.choice(NEG_FROM), extra_headers=[h],
             trigger_negatives=["x_phi_header"], category="negative:trigger", note=f"not an X-PHI trigger: {h!r}")

    for j in range(20):
        body, d = neutral_body(j)
        g, nm = MSIP_PHI_LABELS[j % 2]
        hdrs = [msip_header(g, nm, True)]
        if j % 3 == 1:  # one header carrying two labels: a disabled non-PHI label, then the enabled PHI label
            hdrs = ["msip_labels: " + msip_header(MSIP_OTHER_LABELS[0][0], MSIP_OTHER_LABELS[0][1], False)[13:-1]
                    + ";\r\n " + msip_header(g, nm, True)[13:]]
        emit(nxt(), body, subject=rng.choice(POS_SUBJECTS), extra_headers=hdrs, triggers=["msip_label"],
             category="trigger:msip_label", note=f"Microsoft 365 sensitivity label {nm!r} enabled; body {d}")
    for j in range(6):
        body, d = neutral_body(j)
        if j < 4:
            g, nm = MSIP_OTHER_LABELS[j % 3]
            h = msip_header(g, nm, True)
            why = f"non-PHI label {nm!r} enabled"
        else:
            g, nm = MSIP_PHI_LABELS[j % 2]
            h = msip_header(g, nm, False)
            why = f"PHI label {nm!r} present but Enabled=false"
        emit(nxt(), body, subject=rng.choice(NEG_SUBJECTS), from_=rng.choice(NEG_FROM), extra_headers=[h],
             trigger_negatives=["msip_label"], category="negative:trigger", note=why)

    senders = ["Clinic Billing <billing@clinic.example>", "billing@clinic.example", "BILLING@Clinic.Example",
               "\"Billing, Patient Accounts\" <billing@clinic.example>"]
    for j in range(20):
        if j % 2 == 0:
            body, d = neutral_body(j)
        else:
            blocks = [Block("prose", "Your statement for the recent visit is attached."),
                      Block("record", items=[("Statement", "statement", gen_digits(6), None), ("Amount due", "amount", "$40.00", None)])]
            body = body_for(["plain", "html"][j % 4 // 2], ["7bit", "quoted-printable"][j % 2], blocks)
            d = "statement"
        emit(nxt(), body, subject=rng.choice(["Your statement", "Balance reminder", "Payment received", "Billing question"]),
             from_=senders[j % 4], triggers=["sender_rule"], category="trigger:sender_rule",
             note=f"sender billing@clinic.example ({senders[j % 4]!r}); body {d}")
    sender_negs = ["billing@clinic.example.net", "Billing Team <billing-team@clinic.example>",
                   "\"billing@clinic.example\" <noreply@vendor.example.net>", "accounts@clinic.example",
                   "billing@partner.example.org", "Clinic Billing <notify@billing.clinic.example>"]
    for j, s in enumerate(sender_negs):
        body, d = neutral_body(j)
        emit(nxt(), body, subject="Billing question", from_=s, trigger_negatives=["sender_rule"],
             category="negative:trigger", note=f"sender is not billing@clinic.example: {s!r}")

    for j in range(20):
        body, d = neutral_body(j)
        dom = CONSUMER_DOMAINS[j % len(CONSUMER_DOMAINS)]
        local = f"test.patient{100 + j}"
        rcpt = f"{local}@{dom}" if j % 3 else f"Test Patient {j} <{local}@{dom.upper() if j % 5 == 0 else dom}>"
        to, cc = (rcpt, None) if j % 4 != 3 else ("records@partner.example.org", rcpt)
        emit(nxt(), body, subject=rng.choice(POS_SUBJECTS), to=to, cc=cc, triggers=["recipient_rule"],
             category="trigger:recipient_rule",
             note=f"recipient at consumer domain {dom} in {'Cc' if cc else 'To'}; body {d}")
    rcpt_negs = [("patient@gmail.com.example.net", None, "suffix trick: gmail.com.example.net"),
                 ("\"someone@gmail.com\" <intake@partner.example.org>", None, "consumer address only in display name"),
                 ("records@partner.example.org", None, "consumer address only in Reply-To"),
                 ("frontdesk@notgmail.example.org", None, "look-alike domain"),
                 ("claims@payer.example.net", "referrals@specialty.example.org", "business domains in To and Cc"),
                 ("user@mail.yahoo.example.org", None, "look-alike domain")]
    for j, (to, cc, why) in enumerate(rcpt_negs):
        body, d = neutral_body(j)
        emit(nxt(), body, subject=rng.choice(NEG_SUBJECTS), to=to, cc=cc, from_=rng.choice(NEG_FROM),
             reply_to="test.patient999@gmail.com" if "Reply-To" in why else None,
             trigger_negatives=["recipient_rule"], category="negative:trigger", note=f"no consumer recipient: {why}")

    # 5. PHI in the subject -----------------------------------------------------------------------
    subj_specs = []
    for det, tmpl in [("mrn", "Chart update {v}"), ("ssn", "SSN correction {v}"), ("member_id", "Eligibility, member ID {v}"),
                      ("dob", "DOB {v} mismatch on claim"), ("icd10", "Dx {v} follow-up"), ("npi", "NPI {v} enrollment"),
                      ("lexicon", "Re: {v} refill"), ("mbi", "MBI {v} question"), ("dea", "DEA {v} renewal"),
                      ("ssn", "Social Security {v} on file"), ("mrn", "MRN: {v}"), ("dob", "Born {v}: records")]:
        subj_specs.append((det, tmpl))
    for j, (det, tmpl) in enumerate(subj_specs):
        if det == "mrn":
            v = gen_mrn7() if "Chart" in tmpl else gen_digits(8)
        elif det == "ssn":
            v = fmt_ssn(gen_ssn(), "dash")
        elif det == "member_id":
            v = gen_member()
        elif det == "dob":
            v = fmt_date(rand_date(1940, 2010), "us")
            USED.add(v)
        elif det == "icd10":
            v = rng.choice(ICD_LIST)
        elif det == "npi":
            v = gen_npi()
        elif det == "lexicon":
            v = rng.choice(LEXICON["drug"])
        elif det == "mbi":
            v = fmt_mbi(gen_mbi(pos6_alpha=True), j % 2 == 0)
        else:
            v = gen_dea()
        s = tmpl.format(v=v)
        body, d = neutral_body(j + 1)
        mode = "B" if j in (3, 9) else ("Q" if j == 6 else None)
        tr = ["subject_tag"] if j % 4 == 0 else []
        if tr:
            s = "[secure] " + s
        emit(nxt(), body, subject=s, subject_mode=mode, triggers=tr,
             subject_insts=[P(det, v, "identifier in the Subject header")], category="subject_phi",
             note=f"{det} in the Subject" + (f" (RFC 2047 {mode} encoded-word)" if mode else "") + f"; body {d}")

    # 6. general hard negatives (newsletters, shipping, invoices, code) -------------------------
    news = [
        "This month the community garden opens two new beds, and volunteers are welcome on Saturday mornings.",
        "Our recipe of the month is a lemon and herb roast with seasonal vegetables; the full card is on the website.",
        "The walking club meets at the park gate every Tuesday evening, rain or shine, and newcomers are always welcome.",
        "Library hours are extended during the exam period, and the quiet rooms can be booked a week in advance.",
        "Remember to bring reusable bags to the farmers market, which now runs until the end of October.",
    ]
    code_snips = [
        ("def total(items):\n    return sum(i.price for i in items if i.qty | 0)", "python"),
        ("const mask = FLAG_A | FLAG_B;\nif (mask & FLAG_B) { render(); }", "javascript"),
        ("SELECT order_id, ship_date FROM orders WHERE status = 'sent' | 'held';", "sql"),
        ("ssn_pattern = r\"\\d{3}-\\d{2}-\\d{4}\"  # regex only, no number here", "regex text"),
        ("version = \"10.2.3\"\nbuild = 4471\nhash = \"9f3ac01be7\"", "config"),
    ]
    for j in range(44):
        kind = j % 4
        blocks = []
        if kind == 0:  # newsletter
            blocks.append(Block("prose", rng.choice(news)))
            blocks.append(neg_lexicon_prose())
            blocks.append(neg_dob_prose())
            if j % 8 == 0:
                blocks.append(neg_icd_prose("room"))
            subj, note = "Community newsletter", "lab-free newsletter with look-alike words and ordinary dates"
        elif kind == 1:  # shipping
            blocks.append(Block("prose", "Good news: your order is on its way."))
            blocks.append(neg_ssn_prose(rng.choice(["noctx_dash", "noctx_plain"])))
            blocks.append(neg_mbi_prose("ups"))
            blocks.append(neg_ssn_prose("literal" if j == 1 else "phone"))
            blocks.append(neg_npi_prose(rng.choice(["fedex", "phone10"])))
            blocks.append(neg_dob_prose())
            subj, note = "Your order has shipped", "shipping notice: order numbers, tracking numbers, phone, dates"
        elif kind == 2:  # invoice
            blocks.append(Block("record", items=[neg_item_noctx("mrn"), neg_item_noctx("dob"), neg_item_noctx("icd10"),
                                                 neg_item_noctx("member_id"), ("Amount", "amount", "$129.00", None)]))
            blocks.append(neg_dea_prose("noctx"))
            blocks.append(neg_npi_prose("noctx_bad"))
            subj, note = "Invoice reminder", "invoice: 8-digit invoice numbers, part numbers, due dates, booking refs"
        else:  # code
            code, lang = rng.choice(code_snips)
            blocks.append(Block("prose", f"Here is the {lang} snippet from the review:"))
            blocks.append(Block("hl7", code, [N("hl7", code.split(chr(10))[0][:40], f"{lang} code, not HL7")]))
            blocks.append(neg_hl7_block())
            blocks.append(neg_ssn_prose("noctx_plain"))
            subj, note = "Code review notes", "code snippets and pipe-delimited text"
        layout, enc = [("plain", "7bit"), ("html", "quoted-printable"), ("alt", "base64"), ("html", "7bit"),
                       ("plain", "quoted-printable"), ("alt", "7bit")][j % 6]
        body = body_for(layout, enc, blocks)
        if kind == 2 and j % 3 == 0:
            rec = [Block("record", items=[neg_item_noctx("ssn"), neg_item_noctx("npi"), neg_item_noctx("mbi")])]
            att = Leaf("text/csv", crlf(render_csv(rec)), "base64", "attachment:csv", filename="orders.csv", blocks=rec)
            body = Multi("mixed", [body, att])
        if kind == 0 and j % 3 == 0:
            body = Multi("mixed", [body, binary_leaf()])
        emit(nxt(), body, subject=subj, from_=rng.choice(NEG_FROM), category="negative:general", note=note)

    # 7. PHI in only one of the multipart/alternative parts -------------------------------------
    # A client that renders HTML never shows the text/plain part, and the other
    # way round; an engine must scan every alternative, not just the preferred one.
    for j in range(8):
        dets = rng.sample(["ssn", "mbi", "npi", "dea", "mrn", "dob", "icd10", "member_id", "lexicon"], 2)
        phi = [Block("record", items=[pos_item(d) for d in dets])]
        clean = [Block("prose", "Please see the details in the other version of this message.")]
        enc = ["7bit", "quoted-printable", "base64", "7bit"][j % 4]
        if j % 2 == 0:
            parts = [Leaf("text/plain", crlf(render_plain(phi)), enc, "body", blocks=phi),
                     Leaf("text/html", crlf(render_html(clean)), enc, "html", blocks=clean)]
            hidden = "text/plain"
        else:
            parts = [Leaf("text/plain", crlf(render_plain(clean)), enc, "body", blocks=clean),
                     Leaf("text/html", crlf(render_html(phi)), enc, "html", blocks=phi)]
            hidden = "text/html"
        emit(nxt(), Multi("alternative", parts), subject=rng.choice(POS_SUBJECTS), category="mixed",
             note=f"{', '.join(dets)} only in the {hidden} alternative ({enc}); the other alternative is clean")

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "lexicon.txt"), "w", encoding="utf-8") as fh:
        # one term per line, nothing else (matching rules: README.md)
        for t in LEX_ALL:
            fh.write(t + "\n")
    print(f"wrote {len(LABELS)} messages to {OUT_DIR}")


if __name__ == "__main__":
    main()
