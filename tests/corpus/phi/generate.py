#!/usr/bin/env python3
"""Generate the Riverside Health PHI development corpus.

Writes messages/pNNNN.eml and labels.json next to this file.

* Python 3.11 standard library only.
* Every random choice comes from random.Random objects seeded with fixed
  strings (SEED plus the kind and slot of the message), and the clock is never
  read, so two runs write byte-identical files from any working directory.
* Each message is built by hand (not with email.generator) so that the bytes
  are fully under our control: CRLF line ends, no line over 998 octets,
  base64 and quoted-printable lines of at most 76 characters, 7-bit clean.

The label of every message follows BRIEF.md (a copy of the brief this set was
written from).  Identifier rules used below:

* SSN: area 001-899 except 666, group 01-99, serial 0001-9999, never one of
  the famous sample numbers.
* NPI: 10 digits starting 1 or 2, last digit is the Luhn check digit computed
  over "80840" + the first nine digits.
* DEA: 2 letters + 7 digits; (d1+d3+d5) + 2*(d2+d4+d6), last digit of that
  sum is d7.  Second letter is the registrant's last-name initial.
* MBI: 11 characters, CMS rules: C A AN N A AN N A A N N where A excludes
  S L O I B Z, position 1 is 1-9.
* MRN: "RH" + 7 digits.  Member id: "RHP" + 9 digits.
"""
import base64
import datetime as dt
import html as htmlmod
import json
import os
import random
import textwrap
import unicodedata
import zlib
from email.utils import format_datetime

SEED = "riverside-phi-dev-2024"
HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.json")

PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GENERAL_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INTERNAL_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
TENANT_ID = "5d3c1a9e-7b42-4f08-a6e1-0c9b2d47e815"
ORG = "riversidehealth.example"
UTC = dt.timezone.utc
BASE_TIME = dt.datetime(2024, 8, 5, 13, 0, 0, tzinfo=UTC)


def rng_for(*parts):
    return random.Random("|".join((SEED,) + tuple(str(p) for p in parts)))


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
FAMOUS_SSNS = {"078-05-1120", "219-09-9999", "457-55-5462", "123-45-6789",
               "111-11-1111", "001-01-0001", "987-65-4320", "111-22-3333"}


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        v = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        if v not in FAMOUS_SSNS:
            return v


def ssn_ok(v):
    d = v.replace("-", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0 and v not in FAMOUS_SSNS


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def make_npi(r):
    base = r.choice("12") + "".join(r.choice("0123456789") for _ in range(8))
    return base + str(luhn_digit("80840" + base))


def npi_ok(v):
    return len(v) == 10 and v.isdigit() and luhn_digit("80840" + v[:9]) == int(v[9])


def make_dea(r, last, kind=None):
    kind = kind or r.choice("ABF")
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = ascii_fold(last)[0].upper()
    return kind + initial + "".join(map(str, d)) + str(chk)


def dea_ok(v):
    if len(v) != 9 or not v[:2].isalpha() or not v[2:].isdigit():
        return False
    d = [int(x) for x in v[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"   # A-Z without S L O I B Z


def make_mbi(r):
    n = lambda: r.choice("0123456789")
    a = lambda: r.choice(MBI_ALPHA)
    an = lambda: r.choice(MBI_ALPHA + "0123456789")
    while True:
        v = r.choice("123456789") + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()
        if v != "1EG4TE5MK73":
            return v


def mbi_ok(v):
    v = v.replace("-", "")
    if len(v) != 11:
        return False
    pat = "CAXNAXNAANN"
    for ch, p in zip(v, pat):
        if p == "C" and ch not in "123456789":
            return False
        if p == "N" and ch not in "0123456789":
            return False
        if p == "A" and ch not in MBI_ALPHA:
            return False
        if p == "X" and ch not in MBI_ALPHA + "0123456789":
            return False
    return True


def mbi_dash(v):
    return v[:4] + "-" + v[4:7] + "-" + v[7:]


def make_mrn(r):
    return "RH" + "".join(r.choice("0123456789") for _ in range(7))


def make_member(r):
    return "RHP" + "".join(r.choice("0123456789") for _ in range(9))


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
ASCII_MAP = {"\u2013": "-", "\u2014": "--", "\u2019": "'", "\u2018": "'", "\u201c": '"',
             "\u201d": '"', "\u2022": "*", "\u2026": "...", "\u00b0": " deg", "\u00b5": "u",
             "\u00d7": "x", "\u2265": ">=", "\u2264": "<=", "\u00b1": "+/-", "\u00bd": "1/2",
             "\u00a0": " ", "\u00ae": "(R)", "\u2122": "(TM)", "\u00a9": "(c)"}


def ascii_fold(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
            continue
        rep = ASCII_MAP.get(ch)
        if rep is None:
            rep = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) < 128)
        out.append(rep)
    return "".join(out)


def wrap_text(text, width=76):
    """Wrap long prose lines (keeps '> ' quote prefixes, leaves short lines)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 2 or _structured(line):
            out.append(line)
            continue
        prefix = ""
        body = line
        while body.startswith(">"):
            prefix += ">"
            body = body[1:]
            if body.startswith(" "):
                prefix += " "
                body = body[1:]
        indent = len(body) - len(body.lstrip(" "))
        sub = " " * indent
        pieces = textwrap.wrap(body.strip(" "), width=width - len(prefix) - indent,
                               break_long_words=False, break_on_hyphens=False)
        for p in pieces or [""]:
            out.append(prefix + sub + p)
    return "\n".join(out)


def _structured(line):
    """HL7/X12 segments, XML and table rows are never re-wrapped."""
    body = line.lstrip("> ")
    return ("|" in body or body.startswith("<") or body.startswith("  ")
            or (len(body) > 3 and body[:3].isalnum() and body[:3].upper() == body[:3] and body[3:4] in "|*"))


def esc(s):
    return htmlmod.escape(s, quote=True)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d_us(d):
    return "%02d/%02d/%04d" % (d.month, d.day, d.year)


def d_long(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def d_abbr(d):
    return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1][:3], d.year)


def d_iso(d):
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def d_hl7(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def t_hl7(t):
    return "%04d%02d%02d%02d%02d" % (t.year, t.month, t.day, t.hour, t.minute)


def d_wday(d):
    return "%s, %s" % (DAYS[d.weekday()], d_long(d))


def t_12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def local(t):
    """Quoted headers show Riverside local time (the Date: header is UTC)."""
    return t - dt.timedelta(hours=5) if t.tzinfo is not None else t


def outlook_sent(t):
    t = local(t)
    return "%s, %s %d, %d %s" % (DAYS[t.weekday()], MONTHS[t.month - 1], t.day, t.year, t_12(t))


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def fmt_table(headers, rows, sep=" | "):
    cols = list(zip(*([headers] + rows)))
    widths = [max(len(str(x)) for x in col) for col in cols]
    def line(vals):
        return sep.join(str(v).ljust(w) for v, w in zip(vals, widths)).rstrip()
    out = [line(headers), "-+-".join("-" * w for w in widths) if sep == " | " else "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def html_table(headers, rows, cls="data", raw=False):
    """rows of strings; when raw is True the cells are already HTML."""
    h = ['<table class="%s" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' % cls,
         "<tr>" + "".join('<th style="background:#DCE6F1;text-align:left">%s</th>' % esc(x) for x in headers) + "</tr>"]
    for row in rows:
        cells = [(x if raw else esc(str(x))) for x in row]
        h.append("<tr>" + "".join("<td>%s</td>" % x for x in cells) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def csv_bytes(headers, rows, crlf=True):
    def cell(v):
        v = str(v)
        if any(ch in v for ch in ',"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = "\r\n" if crlf else "\n"
    return (nl.join(",".join(cell(x) for x in row) for row in [headers] + rows) + nl).encode("utf-8")


# ---------------------------------------------------------------------------
# people and places (all invented)
# ---------------------------------------------------------------------------
FEMALE = ["Maria", "Aisha", "Priya", "Fatima", "Ana", "Keisha", "Guadalupe", "Siobhan", "Yesenia",
          "Mei", "Ingrid", "Nadia", "Leilani", "Esther", "Chloe", "Svetlana", "Amara", "Brianna",
          "Hana", "Ximena", "Margaret", "Linda", "Patricia", "Jennifer", "Elizabeth", "Barbara",
          "Susan", "Karen", "Nancy", "Dorothy", "Ashley", "Gloria", "Rosa", "Thu", "Adaeze",
          "Zo\u00eb", "Ren\u00e9e", "Lakshmi", "Tamika", "Colleen", "Yuki", "Daniela", "Shirin",
          "Beatriz", "Oksana", "Imani", "Rebecca", "Joan", "Mariana", "Sun-hee", "Farah", "Noor"]
MALE = ["James", "Wei", "Olumide", "Hiroshi", "Dmitri", "Mohammed", "Thanh", "Rahul", "Tyrone",
        "Kwame", "Alejandro", "Hyun-woo", "Tomasz", "Santiago", "Jamal", "Raj", "Oluwaseun",
        "Kenji", "Luis", "Deshawn", "Yusuf", "Robert", "Michael", "William", "David", "Richard",
        "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Ramon",
        "Harold", "Gerald", "Kevin", "Jos\u00e9", "Andr\u00e9s", "Bj\u00f6rn", "Emeka", "Arjun",
        "Mateo", "Cheng", "Samuel", "Patrick", "Ibrahim", "Marcus", "Viktor", "Darnell"]
LAST = ["Garcia", "Nguyen", "Patel", "Okafor", "Kowalski", "Johnson", "Williams", "Kim",
        "Hern\u00e1ndez", "Chen", "O'Brien", "Washington", "Rossi", "Haddad", "Yamamoto", "Novak",
        "Mensah", "Singh", "Friedman", "Castillo", "Abernathy", "Delgado", "Pham", "Adeyemi",
        "Lindqvist", "Murphy", "Rahman", "Sato", "Alvarez", "Brooks", "Ivanova", "Jackson",
        "M\u00fcller", "Oyelaran", "Park", "Quintero", "Reyes", "Sullivan", "Thompson", "Vasquez",
        "W\u00f3jcik", "Zhang", "Begay", "Kealoha", "Dubois", "Fitzgerald", "Abdi", "Esposito",
        "Whitaker", "Becker", "Tran", "Sanchez", "Cohen", "Kaur", "Morales", "Nakamura", "Osei",
        "Petrov", "Romero", "Schmidt", "Takahashi", "Villanueva", "Yilmaz", "Banerjee", "Coleman",
        "Gutierrez", "Hoang", "Ibarra", "Jovanovic", "Kaplan", "Lopez", "Mahmoud", "Nwosu",
        "Ortiz", "Russo", "Svensson", "Torres", "Underwood", "Wright", "Young", "Ferreira",
        "Goldberg", "Hashemi", "Lundgren", "McAllister", "Nakashima", "Obi", "Sokolov"]
STREETS = ["Willow Bend Rd", "Harbor Way", "Maple Ave", "Cedar Crest Dr", "Prairie View Ln",
           "N Elm St", "Lakeshore Blvd", "Old Mill Rd", "Juniper Ct", "Sycamore St",
           "Ridgecrest Ave", "Bluebird Ln", "Fox Run Dr", "W Orchard St", "Canal St",
           "Briar Patch Rd", "Summit Ave", "Kingfisher Ct", "Meadowlark Dr", "S Riverside Pkwy"]
CITIES = [("Cedar Grove", "IL", "60555"), ("Maple Falls", "IL", "60548"), ("North Ashford", "IL", "60571"),
          ("Linden Park", "IL", "60563"), ("Brookhaven", "IL", "60540"), ("Riverside Heights", "IL", "60559"),
          ("Elm Ridge", "IN", "46321"), ("Lake Tamsin", "WI", "53149")]
AREA = ["312", "630", "708", "815", "773", "219", "262"]

SPECIALTIES = [
    ("Cardiology", "Riverside Heart Institute, Suite 300"),
    ("Endocrinology", "Diabetes & Endocrine Center, Pavilion A, 2nd floor"),
    ("Gastroenterology", "Digestive Health Center, Pavilion B"),
    ("Orthopedic Surgery", "Bone & Joint Center, 4410 Harbor Way"),
    ("Pulmonology", "Lung & Sleep Center, Suite 210"),
    ("Nephrology", "Kidney Care Clinic, Suite 140"),
    ("Neurology", "Neuroscience Center, 5th floor"),
    ("Oncology", "Cancer Center, Pavilion C"),
    ("Behavioral Health", "Outpatient Behavioral Health, 88 Canal St"),
    ("Family Medicine", "Cedar Grove Primary Care"),
    ("Internal Medicine", "Main Campus Internal Medicine, Suite 120"),
    ("Obstetrics & Gynecology", "Women's Health Center, Pavilion A"),
    ("Dermatology", "Dermatology Clinic, Suite 410"),
    ("Urology", "Urology Associates, Suite 330"),
    ("Rheumatology", "Arthritis Center, Suite 225"),
    ("Physical Therapy", "Rehab Services, Lower Level"),
]
SPEC_FOCUS = {
    "Cardiology": "heart failure, atrial fibrillation, preventive cardiology",
    "Endocrinology": "diabetes, thyroid and adrenal disorders",
    "Gastroenterology": "IBD, colon cancer screening, liver disease",
    "Orthopedic Surgery": "joint replacement, sports medicine",
    "Pulmonology": "COPD, asthma, sleep apnea",
    "Nephrology": "chronic kidney disease, dialysis access",
    "Neurology": "epilepsy, stroke, headache",
    "Oncology": "breast and GI cancers",
    "Behavioral Health": "depression, anxiety, substance use disorders",
    "Family Medicine": "all ages, prenatal care",
    "Internal Medicine": "adult primary care",
    "Obstetrics & Gynecology": "high-risk pregnancy, minimally invasive surgery",
    "Dermatology": "skin cancer screening, psoriasis",
    "Urology": "kidney stones, BPH, prostate cancer",
    "Rheumatology": "rheumatoid arthritis, lupus",
    "Physical Therapy": "post-surgical rehab, vestibular therapy",
}
HOSPITAL_ADDR = "1200 River Road, Cedar Grove, IL 60555"
PARTNERS = [
    ("Northshore Reference Labs", "results", "northshore-labs.example.org"),
    ("Lakeview Orthopaedics", "referrals", "lakeviewortho.example.org"),
    ("Bluebird Pharmacy", "rx", "bluebirdrx.example.org"),
    ("Prairie Mutual Health", "claims", "prairiemutual.example.org"),
    ("St. Ansgar Medical Group", "intake", "stansgar.example.org"),
    ("Heartland Home Health", "coordination", "heartlandhh.example.org"),
    ("Oakmont Imaging", "reports", "oakmontimaging.example.org"),
    ("Cedar Valley SNF", "admissions", "cedarvalleysnf.example.org"),
]


class Person:
    def __init__(self, first, last, sex, email=None, **kw):
        self.first = first
        self.last = last
        self.sex = sex
        self.email = email or (ascii_fold(first).lower().replace(" ", "") + "." +
                               ascii_fold(last).lower().replace("'", "").replace(" ", "") + "@" + ORG)
        self.__dict__.update(kw)

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def lf(self):
        return "%s, %s" % (self.last, self.first)

    @property
    def hl7name(self):
        return "%s^%s" % (ascii_fold(self.last).upper(), ascii_fold(self.first).upper())

    @property
    def title(self):
        return "Ms." if self.sex == "F" else "Mr."

    @property
    def formal(self):
        return "%s %s" % (self.title, self.last)

    @property
    def he(self):
        return "she" if self.sex == "F" else "he"

    @property
    def his(self):
        return "her" if self.sex == "F" else "his"

    @property
    def him(self):
        return "her" if self.sex == "F" else "him"

    @property
    def display(self):
        cred = getattr(self, "cred", "")
        return self.name + (", " + cred if cred else "")


def _provider_roster():
    r = rng_for("providers")
    out = []
    used = set()
    creds = ["MD", "MD", "MD", "DO", "NP", "PA-C", "MD"]
    for i in range(48):
        while True:
            sex = r.choice("FM")
            first = r.choice(FEMALE if sex == "F" else MALE)
            last = r.choice(LAST)
            if (first, last) not in used:
                used.add((first, last))
                break
        spec = SPECIALTIES[i % len(SPECIALTIES)]
        cred = r.choice(creds) if spec[0] != "Physical Therapy" else "PT, DPT"
        p = Person(first, last, sex, cred=cred, specialty=spec[0], location=spec[1],
                   npi=make_npi(r), dea=make_dea(r, last, "M" if cred in ("NP", "PA-C") else r.choice("ABF")),
                   ext="01%02d" % r.randint(0, 99), area=r.choice(AREA),
                   license="036.%06d" % r.randint(100000, 999999))
        p.doc = ("Dr. " + last) if cred in ("MD", "DO") else p.name + ", " + cred
        out.append(p)
    return out


def _staff_roster():
    r = rng_for("staff")
    roles = [("Patient Access Representative", "Patient Access"), ("RN Care Coordinator", "Care Management"),
             ("Clinic Scheduler", "Ambulatory Scheduling"), ("Medical Assistant", "Primary Care"),
             ("Billing Specialist", "Patient Financial Services"), ("HIM Analyst", "Health Information Management"),
             ("Interface Analyst", "Information Services"), ("Charge Nurse", "4 West Med/Surg"),
             ("Pharmacist", "Pharmacy"), ("Lab Supervisor", "Laboratory Services"),
             ("Radiology Coordinator", "Imaging Services"), ("Case Manager", "Care Management"),
             ("Credentialing Specialist", "Medical Staff Office"), ("Facilities Manager", "Facilities"),
             ("HR Business Partner", "Human Resources"), ("Volunteer Coordinator", "Volunteer Services"),
             ("Marketing Manager", "Marketing & Communications"), ("Buyer", "Supply Chain"),
             ("Financial Analyst", "Finance"), ("Service Desk Lead", "IT Service Desk"),
             ("Quality Analyst", "Quality & Patient Safety"), ("Privacy Officer", "Compliance"),
             ("Referral Coordinator", "Referral Center"), ("Unit Secretary", "ICU")]
    out = []
    used = set()
    for i in range(72):
        while True:
            sex = r.choice("FM")
            first = r.choice(FEMALE if sex == "F" else MALE)
            last = r.choice(LAST)
            if (first, last) not in used:
                used.add((first, last))
                break
        role, dept = roles[i % len(roles)]
        out.append(Person(first, last, sex, role=role, dept=dept, ext="01%02d" % r.randint(0, 99),
                          area=r.choice(AREA)))
    return out


PROVIDERS = _provider_roster()
PRESCRIBERS = [p for p in PROVIDERS if p.cred in ("MD", "DO", "NP", "PA-C")]
STAFF = _staff_roster()


# clinical vocabularies (real codes)
ICD = [("E11.9", "Type 2 diabetes mellitus without complications"),
       ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
       ("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"),
       ("I10", "Essential (primary) hypertension"),
       ("I50.22", "Chronic systolic (congestive) heart failure"),
       ("I48.91", "Unspecified atrial fibrillation"),
       ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
       ("J45.40", "Moderate persistent asthma, uncomplicated"),
       ("J18.9", "Pneumonia, unspecified organism"),
       ("N18.32", "Chronic kidney disease, stage 3b"),
       ("N39.0", "Urinary tract infection, site not specified"),
       ("F32.1", "Major depressive disorder, single episode, moderate"),
       ("F41.1", "Generalized anxiety disorder"),
       ("E03.9", "Hypothyroidism, unspecified"),
       ("E78.5", "Hyperlipidemia, unspecified"),
       ("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
       ("M17.11", "Unilateral primary osteoarthritis, right knee"),
       ("M54.50", "Low back pain, unspecified"),
       ("R07.9", "Chest pain, unspecified"),
       ("R00.2", "Palpitations"),
       ("D50.9", "Iron deficiency anemia, unspecified"),
       ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
       ("A41.9", "Sepsis, unspecified organism"),
       ("I63.9", "Cerebral infarction, unspecified"),
       ("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"),
       ("C50.911", "Malignant neoplasm of unspecified site of right female breast"),
       ("R73.03", "Prediabetes"),
       ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
       ("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"),
       ("K80.20", "Calculus of gallbladder without cholecystitis without obstruction")]
ICD_D = dict(ICD)
CPT = [("99213", "Office/outpatient visit, established, low MDM"),
       ("99214", "Office/outpatient visit, established, moderate MDM"),
       ("99204", "Office/outpatient visit, new, moderate MDM"),
       ("80053", "Comprehensive metabolic panel"),
       ("85025", "CBC with automated differential"),
       ("83036", "Hemoglobin A1c"),
       ("80061", "Lipid panel"),
       ("84443", "TSH"),
       ("71046", "Chest x-ray, 2 views"),
       ("93000", "Electrocardiogram, complete"),
       ("93306", "Echocardiography, transthoracic, complete"),
       ("70450", "CT head/brain without contrast"),
       ("74177", "CT abdomen and pelvis with contrast"),
       ("73721", "MRI lower extremity joint without contrast"),
       ("77067", "Screening mammography, bilateral"),
       ("45378", "Colonoscopy, diagnostic"),
       ("45380", "Colonoscopy with biopsy"),
       ("36415", "Routine venipuncture"),
       ("97110", "Therapeutic exercise, each 15 min"),
       ("27447", "Total knee arthroplasty")]
CPT_D = dict(CPT)
# analyte, LOINC, unit, low, high, decimals, abnormal-high example
LABS = [("Hemoglobin A1c", "4548-4", "%", 4.0, 5.6, 1),
        ("Glucose, fasting", "1558-6", "mg/dL", 70, 99, 0),
        ("Creatinine", "2160-0", "mg/dL", 0.6, 1.3, 2),
        ("eGFR (CKD-EPI 2021)", "98979-8", "mL/min/1.73m2", 60, 120, 0),
        ("Potassium", "2823-3", "mmol/L", 3.5, 5.1, 1),
        ("Sodium", "2951-2", "mmol/L", 136, 145, 0),
        ("LDL cholesterol, calculated", "13457-7", "mg/dL", 0, 99, 0),
        ("TSH", "3016-3", "mIU/L", 0.40, 4.00, 2),
        ("Hemoglobin", "718-7", "g/dL", 12.0, 15.5, 1),
        ("WBC", "6690-2", "10*3/uL", 4.5, 11.0, 1),
        ("Platelets", "777-3", "10*3/uL", 150, 400, 0),
        ("ALT", "1742-6", "U/L", 7, 56, 0),
        ("INR", "6301-6", "", 0.8, 1.1, 1),
        ("PSA, total", "2857-1", "ng/mL", 0.0, 4.0, 2),
        ("Vitamin D, 25-hydroxy", "1989-3", "ng/mL", 30, 100, 0),
        ("Ferritin", "2276-4", "ng/mL", 30, 400, 0)]
LAB_BY_NAME = {x[0]: x for x in LABS}
# drug, strength, sig, rxnorm (None when we did not want to guess a code)
DRUGS = [("metformin", "500 mg tablet", "500 mg by mouth twice daily with meals", "861007"),
         ("lisinopril", "10 mg tablet", "10 mg by mouth once daily", "314076"),
         ("amlodipine", "5 mg tablet", "5 mg by mouth once daily", "197361"),
         ("atorvastatin", "40 mg tablet", "40 mg by mouth at bedtime", None),
         ("levothyroxine", "75 mcg tablet", "75 mcg by mouth every morning on an empty stomach", None),
         ("sertraline", "50 mg tablet", "50 mg by mouth once daily", "312940"),
         ("apixaban", "5 mg tablet", "5 mg by mouth twice daily", None),
         ("insulin glargine", "100 units/mL pen", "22 units subcutaneously at bedtime", None),
         ("albuterol HFA", "90 mcg/actuation inhaler", "2 puffs every 4-6 hours as needed for wheeze", None),
         ("metoprolol succinate", "25 mg ER tablet", "25 mg by mouth once daily", None),
         ("gabapentin", "300 mg capsule", "300 mg by mouth three times daily", None),
         ("warfarin", "5 mg tablet", "5 mg by mouth daily except 2.5 mg on Mondays and Fridays", None),
         ("furosemide", "40 mg tablet", "40 mg by mouth once daily", None),
         ("empagliflozin", "10 mg tablet", "10 mg by mouth once daily", None),
         ("semaglutide", "0.25 mg/0.5 mL pen", "0.25 mg subcutaneously once weekly", None),
         ("omeprazole", "20 mg DR capsule", "20 mg by mouth daily before breakfast", None),
         ("prednisone", "10 mg tablet", "40 mg daily for 5 days", None),
         ("amoxicillin-clavulanate", "875-125 mg tablet", "1 tablet by mouth twice daily for 7 days", None),
         ("tamsulosin", "0.4 mg capsule", "0.4 mg by mouth 30 minutes after the same meal daily", None),
         ("buprenorphine-naloxone", "8-2 mg film", "1 film under the tongue daily", None)]
DRUG_BY_NAME = {x[0]: x for x in DRUGS}


def icd_for(c, p=None, n=1):
    """n distinct ICD-10-CM codes that make sense together for person p."""
    while True:
        pool = [x for x in ICD if not (p is not None and ((x[0] == "C50.911" and p.sex != "F") or (x[0] == "N40.1" and p.sex != "M")))]
        pick = c.r.sample(pool, n)
        codes = [x[0] for x in pick]
        if "R73.03" in codes and any(x.startswith("E11") for x in codes):
            continue
        if sum(1 for x in codes if x.startswith("E11")) > 1:
            continue
        return pick


def lab_value(r, lab, flag=None):
    name, loinc, unit, lo, hi, dec = lab
    if flag is None:
        flag = r.choice(["", "", "H", "L"]) if name not in ("LDL cholesterol, calculated",) else r.choice(["", "H"])
    span = (hi - lo) if hi > lo else 1
    if flag == "H":
        v = hi + span * r.uniform(0.08, 0.6)
    elif flag == "L":
        v = max(lo - span * r.uniform(0.08, 0.4), lo * 0.5 if lo > 0 else 0.1)
    else:
        v = lo + span * r.uniform(0.15, 0.85)
    if name == "Hemoglobin A1c" and flag == "H":
        v = r.uniform(6.6, 10.4)
    if name == "eGFR (CKD-EPI 2021)":
        flag = "L" if flag else ""
        v = r.uniform(31, 58) if flag else r.uniform(62, 104)
    s = ("%." + str(dec) + "f") % v
    return s, flag


def ref_range(lab):
    name, loinc, unit, lo, hi, dec = lab
    if name == "eGFR (CKD-EPI 2021)":
        return ">=60"
    if name == "LDL cholesterol, calculated":
        return "<100"
    f = "%." + str(dec) + "f"
    return (f % lo) + "-" + (f % hi)


# ---------------------------------------------------------------------------
# PDF 1.4 writer: Helvetica text via BT / Tf / Td / Tj, exact xref offsets
# ---------------------------------------------------------------------------
def _pdf_str(s):
    b = ascii_fold(s).encode("latin-1", "replace")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def make_pdf(lines, title, flate, when, author="Riverside Health"):
    """lines: list of str or (str, size, bold).  Returns bytes of a PDF 1.4 file."""
    items = []
    for ln in lines:
        if isinstance(ln, tuple):
            text, size, bold = ln
        else:
            text, size, bold = ln, 10, False
        width = int(95 * 10 / size)
        parts = textwrap.wrap(text, width=width, break_long_words=True) if len(text) > width else [text]
        for p in parts or [""]:
            items.append((p, size, bold))
    pages = []
    cur, y = [], 750
    for it in items:
        step = it[1] + 4
        if y - step < 60 and cur:
            pages.append(cur)
            cur, y = [], 750
        cur.append(it)
        y -= step
    if cur or not pages:
        pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for pi, page in enumerate(pages):
        ops = ["BT"]
        prev = None
        first = True
        for text, size, bold in page:
            font = "/F2" if bold else "/F1"
            if (font, size) != prev:
                ops.append("%s %d Tf" % (font, size))
                prev = (font, size)
            if first:
                ops.append("50 760 Td")
                first = False
            else:
                ops.append("0 -%d Td" % (size + 4))
            ops.append(_pdf_str(text) + " Tj")
        ops.append("ET")
        ops.append("BT /F1 8 Tf 50 30 Td %s Tj ET" % _pdf_str("Page %d of %d" % (pi + 1, len(pages))))
        content = ("\n".join(ops) + "\n").encode("latin-1")
        if flate:
            data = zlib.compress(content, 9)
            sd = b"<< /Length %d /Filter /FlateDecode >>" % len(data)
        else:
            data = content
            sd = b"<< /Length %d >>" % len(data)
        objs[n + 1] = sd + b"\nstream\n" + data + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                   b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids).encode(), len(kids))
    stamp = "D:%04d%02d%02d%02d%02d%02dZ" % (when.year, when.month, when.day, when.hour, when.minute, when.second)
    objs[n] = ("<< /Title %s /Author %s /Producer (Riverside Health DocGen 4.2) /CreationDate (%s) >>"
               % (_pdf_str(title), _pdf_str(author), stamp)).encode("latin-1")
    info = n
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in range(1, n + 1):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (n + 1)
    out += b"0000000000 65535 f\r\n"
    for k in range(1, n + 1):
        out += b"%010d 00000 n\r\n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n + 1, info, xref)
    return bytes(out)


# ---------------------------------------------------------------------------
# MIME construction
# ---------------------------------------------------------------------------
def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return [s[i:i + 76] for i in range(0, len(s), 76)] or [""]


def qp_lines(text):
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        b = line.encode("utf-8")
        toks = []
        for i, byte in enumerate(b):
            if byte in (9, 32):
                toks.append("=%02X" % byte if i == len(b) - 1 else chr(byte))
            elif 33 <= byte <= 126 and byte != 61:
                toks.append(chr(byte))
            else:
                toks.append("=%02X" % byte)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return out


def enc_words(s):
    if all(ord(c) < 128 for c in s):
        return s
    chunks, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 39:
            chunks.append(cur)
            cur = ""
        cur += ch
    chunks.append(cur)
    return " ".join("=?utf-8?B?" + base64.b64encode(c.encode("utf-8")).decode("ascii") + "?=" for c in chunks)


def fmt_addr(name, email):
    if not name:
        return email
    if any(ord(c) >= 128 for c in name):
        return "%s <%s>" % (enc_words(name), email)
    if any(c in name for c in ',.()<>@;:"[]'):
        return '"%s" <%s>' % (name.replace('"', "'"), email)
    return "%s <%s>" % (name, email)


def fold(name, value, limit=78):
    line = "%s: %s" % (name, value)
    if len(line) <= limit:
        return [line]
    words = value.split(" ")
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return lines


class Leaf:
    def __init__(self, ctype, data, cte, charset=None, filename=None, inline=False, when=None,
                 ctype_params=""):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.charset, self.filename, self.inline, self.when = charset, filename, inline, when
        self.ctype_params = ctype_params

    def headers(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        if self.ctype_params:
            ct += "; " + self.ctype_params
        if self.filename:
            ct += '; name="%s"' % self.filename
        h = [("Content-Type", ct)]
        if self.filename:
            h.append(("Content-Description", self.filename))
            disp = "%s; filename=\"%s\"; size=%d" % ("inline" if self.inline else "attachment",
                                                      self.filename, len(self.data))
            if self.when is not None:
                stamp = format_datetime(self.when).replace("+0000", "GMT")
                disp += '; creation-date="%s"; modification-date="%s"' % (stamp, stamp)
            h.append(("Content-Disposition", disp))
        h.append(("Content-Transfer-Encoding", self.cte))
        return h

    def body(self):
        if self.cte in ("7bit", "8bit"):
            return self.data.decode("ascii").replace("\r\n", "\n").split("\n")
        if self.cte == "quoted-printable":
            return qp_lines(self.data.decode("utf-8"))
        return b64_lines(self.data)


class Multi:
    def __init__(self, subtype, parts, boundary, params=""):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params

    def headers(self):
        ct = 'multipart/%s;%s boundary="%s"' % (self.subtype, (" " + self.params + ";") if self.params else "",
                                                self.boundary)
        return [("Content-Type", ct)]

    def body(self):
        out = []
        for p in self.parts:
            out.append("--" + self.boundary)
            for k, v in p.headers():
                out.extend(fold(k, v))
            out.append("")
            out.extend(p.body())
        out.append("--" + self.boundary + "--")
        out.append("")
        return out


class Rfc822:
    def __init__(self, msg_bytes, filename=None):
        self.msg, self.filename = msg_bytes, filename

    def headers(self):
        h = [("Content-Type", "message/rfc822")]
        if self.filename:
            h.append(("Content-Disposition", 'attachment; filename="%s"' % self.filename))
        return h

    def body(self):
        t = self.msg.decode("ascii")
        assert t.endswith("\r\n")
        return t[:-2].split("\r\n")


class DeliveryStatus:
    def __init__(self, text):
        self.text = text

    def headers(self):
        return [("Content-Type", "message/delivery-status")]

    def body(self):
        return self.text.split("\n")


def serialize(header_pairs, root):
    lines = []
    for k, v in header_pairs:
        lines.extend(fold(k, v))
    lines.append("MIME-Version: 1.0")
    for k, v in root.headers():
        lines.extend(fold(k, v))
    lines.append("")
    lines.extend(root.body())
    while lines and lines[-1] == "" and len(lines) > 2:
        lines.pop()
    text = "\r\n".join(lines) + "\r\n"
    for ln in lines:
        assert len(ln.encode("ascii")) <= 998, ln[:80]
    return text.encode("ascii")


# ---------------------------------------------------------------------------
# HL7 v2 and C-CDA builders
# ---------------------------------------------------------------------------
def hl7_msh(r, t, mtype, sending="EPIC", facility="RIVERSIDE", receiving="LIS", rfac="RHLAB", ver="2.5.1"):
    ctrl = "%s%06d" % (mtype[:3], r.randint(1, 999999))
    return "MSH|^~\\&|%s|%s|%s|%s|%s||%s|%s|P|%s" % (sending, facility, receiving, rfac, t_hl7(t) + "00",
                                                       mtype, ctrl, ver)


def hl7_pid(p, with_ssn=False):
    addr = "%s^^%s^%s^%s^USA" % (ascii_fold(p.street).upper(), p.city.upper(), p.state, p.zip)
    phone = "^PRN^PH^^1^%s^%s" % (p.area, p.phone[-8:].replace("-", ""))
    return "PID|1||%s^^^RH^MR~%s^^^RHP^MB||%s^%s||%s|%s|||%s||%s|||%s|||%s" % (
        p.mrn, p.member, p.hl7name, p.mid or "", d_hl7(p.dob), p.sex, addr, phone,
        r_marital(p), p.ssn.replace("-", "") if with_ssn else "")


def r_marital(p):
    return "M" if (len(p.last) % 2 == 0) else "S"


def hl7_text(segments):
    return "\r".join(segments) + "\r"


def ccda_xml(c, p, author, sections, title="Continuity of Care Document", doc_type="34133-9",
             template="2.16.840.1.113883.10.20.22.1.2", placeholders=False):
    """Small but structurally faithful C-CDA R2.1 document."""
    r = c.r
    now = local(c.now)
    ts = "%04d%02d%02d%02d%02d%02d-0500" % (now.year, now.month, now.day, now.hour, now.minute, now.second)
    if placeholders:
        pid = '<id root="2.16.840.1.113883.3.9999.1" extension="{{mrn}}"/>'
        addr = ("<addr use=\"HP\"><streetAddressLine>{{street}}</streetAddressLine><city>{{city}}</city>"
                "<state>{{state}}</state><postalCode>{{zip}}</postalCode><country>US</country></addr>")
        tel = '<telecom use="HP" value="tel:{{phone}}"/>'
        name = "<name use=\"L\"><given>{{given_name}}</given><family>{{family_name}}</family></name>"
        gender = '<administrativeGenderCode code="{{sex}}" codeSystem="2.16.840.1.113883.5.1"/>'
        birth = '<birthTime value="{{birth_yyyymmdd}}"/>'
    else:
        pid = '<id root="2.16.840.1.113883.3.9999.1" extension="%s"/>' % p.mrn
        addr = ("<addr use=\"HP\"><streetAddressLine>%s</streetAddressLine><city>%s</city>"
                "<state>%s</state><postalCode>%s</postalCode><country>US</country></addr>"
                % (esc(p.street), esc(p.city), p.state, p.zip))
        tel = '<telecom use="HP" value="tel:+1-%s-%s"/>' % (p.area, p.phone[-8:])
        name = "<name use=\"L\"><given>%s</given><family>%s</family></name>" % (esc(p.first), esc(p.last))
        gender = ('<administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1" '
                  'displayName="%s"/>' % (p.sex, "Female" if p.sex == "F" else "Male"))
        birth = '<birthTime value="%s"/>' % d_hl7(p.dob)
    docid = "%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                               r.getrandbits(12), r.getrandbits(48))
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>',
         '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xmlns:sdtc="urn:hl7-org:sdtc">',
         '  <realmCode code="US"/>',
         '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
         '  <templateId root="%s" extension="2015-08-01"/>' % template,
         '  <id root="%s"/>' % docid,
         '  <code code="%s" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="%s"/>'
         % (doc_type, esc(title)),
         '  <title>%s</title>' % esc(title),
         '  <effectiveTime value="%s"/>' % ts,
         '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>',
         '  <languageCode code="en-US"/>',
         '  <recordTarget>',
         '    <patientRole>',
         '      ' + pid,
         '      ' + addr,
         '      ' + tel,
         '      <patient>',
         '        ' + name,
         '        ' + gender,
         '        ' + birth,
         '        <languageCommunication><languageCode code="en"/></languageCommunication>',
         '      </patient>',
         '    </patientRole>',
         '  </recordTarget>',
         '  <author>',
         '    <time value="%s"/>' % ts,
         '    <assignedAuthor>',
         '      <id root="2.16.840.1.113883.4.6" extension="%s"/>' % author.npi,
         '      <assignedPerson><name><given>%s</given><family>%s</family><suffix>%s</suffix></name></assignedPerson>'
         % (esc(author.first), esc(author.last), esc(author.cred)),
         '    </assignedAuthor>',
         '  </author>',
         '  <custodian><assignedCustodian><representedCustodianOrganization>',
         '    <id root="2.16.840.1.113883.3.9999"/>',
         '    <name>Riverside Health</name>',
         '  </representedCustodianOrganization></assignedCustodian></custodian>',
         '  <component>',
         '    <structuredBody>']
    for sec in sections:
        x.extend("      " + ln for ln in sec)
    x += ['    </structuredBody>', '  </component>', '</ClinicalDocument>']
    return ("\n".join(x) + "\n").encode("utf-8")


def ccda_problems(problems, placeholders=False):
    rows = "".join("<tr><td>%s</td><td>%s</td><td>Active</td></tr>" % (esc(d), c) for c, d in problems)
    sec = ['<component><section>',
           '  <templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>',
           '  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>',
           '  <title>Problems</title>',
           '  <text><table><thead><tr><th>Problem</th><th>ICD-10-CM</th><th>Status</th></tr></thead>'
           '<tbody>%s</tbody></table></text>' % rows]
    for code, disp in problems:
        sec += ['  <entry><act classCode="ACT" moodCode="EVN">',
                '    <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>',
                '    <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">',
                '      <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>',
                '      <value xsi:type="CD" code="%s" codeSystem="2.16.840.1.113883.6.90" '
                'codeSystemName="ICD-10-CM" displayName="%s"/>' % (code, esc(disp)),
                '    </observation></entryRelationship>',
                '  </act></entry>']
    sec.append('</section></component>')
    return sec


def ccda_meds(meds):
    rows = "".join("<tr><td>%s %s</td><td>%s</td></tr>" % (esc(d[0]), esc(d[1]), esc(d[2])) for d in meds)
    sec = ['<component><section>',
           '  <templateId root="2.16.840.1.113883.10.20.22.2.1.1" extension="2014-06-09"/>',
           '  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of Medication use"/>',
           '  <title>Medications</title>',
           '  <text><table><thead><tr><th>Medication</th><th>Instructions</th></tr></thead>'
           '<tbody>%s</tbody></table></text>' % rows]
    for d in meds:
        code = ('code="%s" codeSystem="2.16.840.1.113883.6.88" codeSystemName="RxNorm"' % d[3]) if d[3] else \
            'nullFlavor="OTH"'
        sec += ['  <entry><substanceAdministration classCode="SBADM" moodCode="INT">',
                '    <templateId root="2.16.840.1.113883.10.20.22.4.16" extension="2014-06-09"/>',
                '    <consumable><manufacturedProduct><manufacturedMaterial>',
                '      <code %s displayName="%s %s"/>' % (code, esc(d[0]), esc(d[1])),
                '    </manufacturedMaterial></manufacturedProduct></consumable>',
                '  </substanceAdministration></entry>']
    sec.append('</section></component>')
    return sec


def ccda_results(results, when):
    rows = "".join("<tr><td>%s</td><td>%s %s</td><td>%s</td><td>%s</td></tr>"
                   % (esc(l[0]), v, esc(l[2]), esc(ref_range(l)), f or "N") for l, v, f in results)
    sec = ['<component><section>',
           '  <templateId root="2.16.840.1.113883.10.20.22.2.3.1" extension="2015-08-01"/>',
           '  <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Relevant diagnostic tests"/>',
           '  <title>Results</title>',
           '  <text><table><thead><tr><th>Test</th><th>Result</th><th>Range</th><th>Flag</th></tr></thead>'
           '<tbody>%s</tbody></table></text>' % rows]
    for l, v, f in results:
        unit = l[2] or "1"
        sec += ['  <entry><organizer classCode="BATTERY" moodCode="EVN"><component>',
                '    <observation classCode="OBS" moodCode="EVN">',
                '      <templateId root="2.16.840.1.113883.10.20.22.4.2" extension="2015-08-01"/>',
                '      <code code="%s" codeSystem="2.16.840.1.113883.6.1" displayName="%s"/>' % (l[1], esc(l[0])),
                '      <effectiveTime value="%s"/>' % d_hl7(when),
                '      <value xsi:type="PQ" value="%s" unit="%s"/>' % (v, esc(unit)),
                '      <interpretationCode code="%s" codeSystem="2.16.840.1.113883.5.83"/>' % (f or "N"),
                '    </observation>',
                '  </component></organizer></entry>']
    sec.append('</section></component>')
    return sec


def ccda_narrative(title, loinc, text, tid):
    return ['<component><section>',
            '  <templateId root="%s"/>' % tid,
            '  <code code="%s" codeSystem="2.16.840.1.113883.6.1" displayName="%s"/>' % (loinc, esc(title)),
            '  <title>%s</title>' % esc(title),
            '  <text><paragraph>%s</paragraph></text>' % esc(text),
            '</section></component>']


# ---------------------------------------------------------------------------
# per-message context
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, kind, slot, phi):
        self.kind, self.slot, self.phi = kind, slot, phi
        self.r = rng_for(kind, slot)
        r = self.r
        self.now = BASE_TIME + dt.timedelta(days=r.randint(0, 290), minutes=r.randint(0, 560),
                                            seconds=r.randint(0, 59))
        if self.now.weekday() >= 5:
            self.now += dt.timedelta(days=7 - self.now.weekday())
        self.today = self.now.date()
        self._used_names = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def _name(self, sex=None):
        r = self.r
        while True:
            sex_ = sex or r.choice("FM")
            first = r.choice(FEMALE if sex_ == "F" else MALE)
            last = r.choice(LAST)
            if (first, last) not in self._used_names and last not in {n[1] for n in self._used_names}:
                self._used_names.add((first, last))
                return first, last, sex_

    def patient(self, min_age=19, max_age=88, sex=None, medicare=None):
        r = self.r
        first, last, sex = self._name(sex)
        age_days = r.randint(min_age * 365 + 20, max_age * 365 + 300)
        dob = self.today - dt.timedelta(days=age_days)
        city, state, zp = r.choice(CITIES)
        area = r.choice(AREA)
        p = Person(first, last, sex,
                   email="%s.%s%d@mail.example" % (ascii_fold(first).lower().replace(" ", ""),
                                                   ascii_fold(last).lower().replace("'", ""), r.randint(1, 99)),
                   dob=dob, mrn=make_mrn(r), member=make_member(r), ssn=make_ssn(r), mbi=make_mbi(r),
                   street="%d %s" % (r.randint(12, 9870), r.choice(STREETS)), city=city, state=state, zip=zp,
                   area=area, phone="(%s) 555-01%02d" % (area, r.randint(0, 99)),
                   mid=r.choice("ABCDEFGHJKLMNPRSTW"))
        p.age = age_on(dob, self.today)
        return p

    def prov(self, spec=None, exclude=()):
        pool = [p for p in PROVIDERS if (p.specialty == spec if spec else p in PRESCRIBERS) and p not in exclude]
        if not pool:
            pool = [p for p in PRESCRIBERS if p not in exclude]
        return self.r.choice(pool)

    def staff(self, dept=None, exclude=()):
        pool = [p for p in STAFF if (dept is None or dept in (p.dept, p.role)) and p not in exclude]
        if not pool:
            pool = [p for p in STAFF if p not in exclude]
        return self.r.choice(pool)

    def partner(self):
        name, box, dom = self.r.choice(PARTNERS)
        return Person(name, "", "X", email="%s@%s" % (box, dom), org=name)

    def ext_person(self, dom):
        first, last, sex = self._name()
        return Person(first, last, sex, email="%s.%s@%s" % (ascii_fold(first[0]).lower(),
                                                            ascii_fold(last).lower().replace("'", ""), dom))

    def day_ahead(self, lo=2, hi=40):
        d = self.today + dt.timedelta(days=self.r.randint(lo, hi))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def day_ago(self, lo=1, hi=20):
        d = self.today - dt.timedelta(days=self.r.randint(lo, hi))
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d

    def at(self, d, h0=7, h1=16):
        return dt.datetime(d.year, d.month, d.day, self.r.randint(h0, h1), self.r.choice([0, 15, 30, 45]))

    def earlier(self, minutes_lo=20, minutes_hi=2000):
        return self.now - dt.timedelta(minutes=self.r.randint(minutes_lo, minutes_hi))

    def hexid(self, n):
        return "".join(self.r.choice("0123456789ABCDEF") for _ in range(n))

    def guid(self):
        h = "".join(self.r.choice("0123456789abcdef") for _ in range(32))
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.r.choice("89ab"), h[17:20], h[20:32])

    def phone(self, p=None):
        if p is not None and hasattr(p, "ext"):
            return "(%s) 555-%s" % (p.area, p.ext)
        return "(%s) 555-01%02d" % (self.r.choice(AREA), self.r.randint(0, 99))


# signatures, disclaimers, quoting -------------------------------------------
DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
    "intended recipient(s) and may contain confidential and privileged information, including protected "
    "health information (PHI) protected by federal and state law. Any unauthorized review, use, disclosure "
    "or distribution is prohibited. If you are not the intended recipient, please contact the sender by "
    "reply e-mail and destroy all copies of the original message.",
    "This message may contain protected health information. If you received it in error, notify the "
    "sender immediately and delete it. Riverside Health will never ask for your password by e-mail.",
    "IMPORTANT: This communication is intended only for the addressee and may contain Protected Health "
    "Information (PHI) that is privileged and confidential under HIPAA (45 CFR Parts 160 and 164). "
    "Redisclosure without the patient's authorization is prohibited.",
    "Riverside Health | Caring for our river towns since 1952 | riversidehealth.example",
    "Please consider the environment before printing this e-mail.",
    "Notice: Riverside Health e-mail is monitored for security and compliance purposes. Messages that "
    "contain PHI must be sent encrypted to external recipients ([secure] in the subject) and labelled "
    "\"Confidential - PHI\" in Outlook.",
]
EXTERNAL_BANNER = ("CAUTION: This email originated from outside of Riverside Health. Do not click links or open "
                   "attachments unless you recognize the sender and know the content is safe.")


def disclaimer(c, p=0.55):
    if not c.chance(p):
        return ""
    return "\n\n" + c.pick(DISCLAIMERS)


def sig(c, p, style=None):
    style = style or c.pick(["full", "full", "short", "short", "initials", "mobile", "dept"])
    role = getattr(p, "role", None) or ("%s, %s" % (p.specialty, getattr(p, "cred", "")))
    dept = getattr(p, "dept", None) or getattr(p, "location", "")
    if style == "full":
        return "\n\n%s\n%s\n%s\nRiverside Health\n%s\nPhone %s | %s" % (
            p.display, role, dept, HOSPITAL_ADDR, c.phone(p), p.email)
    if style == "short":
        return "\n\n-- \n%s | %s\nRiverside Health | ext %s" % (p.display, role, p.ext)
    if style == "initials":
        return "\n\nThanks,\n%s%s" % (p.first[0], p.last[0])
    if style == "mobile":
        return "\n\n%s\n\nSent from my iPhone" % p.first
    return "\n\n%s\n%s\nRiverside Health" % (p.first, dept)


def q_outlook(frm, to, when, subject, body, cc=None):
    lines = ["", "", "________________________________",
             "From: %s <%s>" % (frm.name if frm.last else frm.first, frm.email),
             "Sent: %s" % outlook_sent(when),
             "To: %s" % "; ".join("%s <%s>" % (t.name if t.last else t.first, t.email) for t in to)]
    if cc:
        lines.append("Cc: %s" % "; ".join("%s <%s>" % (t.name, t.email) for t in cc))
    lines += ["Subject: %s" % subject, "", body]
    return "\n".join(lines)


def q_original(frm, to, when, subject, body):
    return "\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (
        frm.lf if frm.last else frm.first, outlook_sent(when), "; ".join(t.lf if t.last else t.first for t in to),
        subject, body)


def q_gt(frm, when, body):
    when = local(when)
    head = "On %s, %s %d, %d at %s, %s <%s> wrote:" % (DAYS[when.weekday()][:3], MONTHS[when.month - 1][:3],
                                                      when.day, when.year, t_12(when), frm.name, frm.email)
    return "\n\n" + head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))


# text -> Outlook HTML --------------------------------------------------------
OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
    '@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
    '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
    'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
    '.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
    '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
    'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
    '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n')
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def _para_html(lines):
    if any(" | " in ln or "-+-" in ln for ln in lines):
        return '<pre style="font-family:Consolas;font-size:10pt">%s</pre>' % "\n".join(esc(ln) for ln in lines)
    return '<p class="MsoNormal">%s</p>' % "<br>\n".join(esc(ln) for ln in lines)


def text_to_html(text):
    """Outlook-like HTML for a plain-text body: quoted runs become blockquotes."""
    lines = text.split("\n")
    out = []
    i = 0
    para = []

    def flush():
        if not para:
            return
        if para[0] == "________________________________":
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
            if len(para) > 1:
                out.append(_para_html(para[1:]))
            out.append("</div>")
        elif para[0] == "-- ":
            out.append('<p class="MsoNormal" style="color:#595959">%s</p>' % "<br>\n".join(esc(ln) for ln in para[1:]))
        else:
            out.append(_para_html(para))
        out.append('<p class="MsoNormal">&nbsp;</p>')
        del para[:]

    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            flush()
            quoted = []
            while i < len(lines) and lines[i].startswith(">"):
                q = lines[i]
                quoted.append(q[2:] if q.startswith("> ") else q[1:])
                i += 1
            out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0in 0in 0in 6.0pt;'
                       'margin-left:4.8pt">\n%s\n</blockquote>' % text_to_html("\n".join(quoted)))
            continue
        if ln == "":
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    return "\n".join(out)


def html_doc(inner):
    return OUTLOOK_HEAD + inner + "\n" + OUTLOOK_TAIL


def html_safe_lines(s):
    out = []
    for ln in s.split("\n"):
        if len(ln) > 300 and "<pre" not in ln:
            out.extend(textwrap.wrap(ln, width=200, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(ln)
    return "\n".join(out)


# attachments -----------------------------------------------------------------
class Att:
    def __init__(self, token, node):
        self.token, self.node = token, node


PDF_COUNTER = [0]


def att_pdf(c, name, lines, title, author="Riverside Health"):
    PDF_COUNTER[0] += 1
    flate = PDF_COUNTER[0] % 2 == 0
    data = make_pdf(lines, title, flate, c.now, author)
    return Att("pdf(flate)" if flate else "pdf", Leaf("application/pdf", data, "base64", filename=name, when=c.now))


def att_text(c, token, ctype, name, data, cte="base64", charset=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte == "7bit":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        data.decode("ascii")
    return Att(token, Leaf(ctype, data, cte, charset=charset, filename=name, when=c.now))


def att_csv(c, name, headers, rows, cte=None):
    cte = cte or c.pick(["base64", "base64", "7bit"])
    data = csv_bytes([ascii_fold(h) for h in headers], [[ascii_fold(str(x)) for x in r] for r in rows]) \
        if cte == "7bit" else csv_bytes(headers, rows)
    return att_text(c, "csv", "text/csv", name, data, cte, charset="utf-8" if cte != "7bit" else "us-ascii")


def att_txt(c, name, text, cte=None):
    cte = cte or c.pick(["base64", "7bit", "quoted-printable"])
    if cte == "7bit":
        text = wrap_text(ascii_fold(text), 90)
    return att_text(c, "txt", "text/plain", name, text, cte, charset="utf-8" if cte != "7bit" else "us-ascii")


def att_html(c, name, doc, cte=None):
    cte = cte or c.pick(["base64", "quoted-printable"])
    return att_text(c, "htmlatt", "text/html", name, html_safe_lines(doc), cte, charset="utf-8")


def att_json(c, name, obj, cte=None):
    data = json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    cte = cte or c.pick(["base64", "base64", "7bit"])
    if cte == "7bit":
        data = json.dumps(obj, indent=2, ensure_ascii=True) + "\n"
    return att_text(c, "json", "application/json", name, data, cte)


def att_xml(c, name, data, ctype=None):
    ctype = ctype or c.pick(["application/xml", "text/xml"])
    return att_text(c, "xml", ctype, name, data, "base64", charset="utf-8" if ctype == "text/xml" else None)


def att_hl7(c, name, segments, style=None):
    style = style or c.pick(["er7", "er7", "txt7", "txtb64"])
    if style == "er7":
        data = hl7_text(segments).encode("ascii")
        return Att("hl7", Leaf("x-application/hl7-v2+er7", data, "base64", filename=name, when=c.now))
    if style == "txt7":
        data = ("\r\n".join(segments) + "\r\n").encode("ascii")
        return Att("hl7", Leaf("text/plain", data, "7bit", charset="us-ascii", filename=name, when=c.now))
    data = hl7_text(segments).encode("ascii")
    return Att("hl7", Leaf("text/plain", data, "base64", charset="us-ascii", filename=name, when=c.now))


def att_fwd(c, inner, inner_form, filename=None):
    data, form = build(c, inner, inner_form, when=c.earlier(90, 6000), nested=True)
    return Att("fwd(%s)" % form, Rfc822(data, filename))


# headers -----------------------------------------------------------------------
def msip_value(c, which, name=None, style=None):
    guid = {"phi": PHI_GUID, "general": GENERAL_GUID, "internal": INTERNAL_GUID}[which]
    name = name or {"phi": "Confidential - PHI", "general": "General", "internal": "Internal"}[which]
    t = c.now - dt.timedelta(minutes=c.r.randint(1, 30))
    setdate = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (t.year, t.month, t.day, t.hour, t.minute, t.second)
    style = style or c.pick(["full", "full", "brief", "reordered"])
    if style == "full":
        parts = [("Enabled", "true"), ("SetDate", setdate), ("Method", c.pick(["Standard", "Privileged"])),
                 ("Name", name), ("SiteId", TENANT_ID), ("ActionId", c.guid()), ("ContentBits", "0")]
    elif style == "brief":
        parts = [("Enabled", "true"), ("SiteId", TENANT_ID), ("Name", name), ("Method", "Standard")]
    else:
        parts = [("ActionId", c.guid()), ("ContentBits", "0"), ("Enabled", "true"), ("Method", "Privileged"),
                 ("Name", name), ("SetDate", setdate), ("SiteId", TENANT_ID)]
    return " ".join("MSIP_Label_%s_%s=%s;" % (guid, k, v) for k, v in parts)


def make_headers(c, m, has_att, when, nested=False):
    r = c.r
    frm = m["from"]
    to = m["to"]
    cc = m.get("cc") or []
    subj = m["subject"]
    host = "%s%dPR%02dMB%04d" % (c.pick(["BN8", "SN6", "CH0", "DM6", "MW4", "PH0"]), r.randint(0, 9),
                                 r.randint(1, 19), r.randint(1000, 9999))
    mid = "<%s%s@%s.namprd%02d.prod.outlook.example>" % (host, c.hexid(20), host, r.randint(1, 19))
    h = []
    external = not frm.email.endswith("@" + ORG)
    minimal = m.get("minimal", False)
    h.append(("From", fmt_addr(frm.name if frm.last else frm.first, frm.email)))
    h.append(("To", ", ".join(fmt_addr(t.name if t.last else t.first, t.email) for t in to)))
    if cc:
        h.append(("CC", ", ".join(fmt_addr(t.name if t.last else t.first, t.email) for t in cc)))
    h.append(("Subject", enc_words(subj)))
    topic = subj
    for pre in ("RE: ", "Re: ", "FW: ", "Fwd: ", "FW: ", "RE: ", "Automatic reply: ", "Undeliverable: "):
        if topic.startswith(pre):
            topic = topic[len(pre):]
    if not minimal:
        h.append(("Thread-Topic", enc_words(topic)))
        h.append(("Thread-Index", base64.b64encode(bytes(r.getrandbits(8) for _ in range(22 + 5 * m.get("depth", 0)))).decode()))
    h.append(("Date", format_datetime(when)))
    h.append(("Message-ID", mid))
    if m.get("reply"):
        ref = "<%s%s@%s.namprd%02d.prod.outlook.example>" % (host, c.hexid(20), host, r.randint(1, 19))
        h.append(("References", ref))
        h.append(("In-Reply-To", ref))
    if not minimal:
        h.append(("Accept-Language", "en-US"))
        h.append(("Content-Language", m.get("lang", "en-US")))
        h.append(("X-MS-Has-Attach", "yes" if has_att else ""))
        h.append(("X-MS-TNEF-Correlator", ""))
    lab = m.get("label")
    if lab:
        h.append(("msip_labels", msip_value(c, lab[0], lab[1], lab[2] if len(lab) > 2 else None)))
    if not minimal:
        h.append(("X-MS-Exchange-Organization-SCL", "-1" if not external else str(r.choice([0, 1]))))
        h.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous" if external else "Internal"))
        h.append(("X-MS-Exchange-Organization-AuthSource", "%s.namprd11.prod.outlook.example" % host))
        h.append(("X-MS-Exchange-Organization-Network-Message-Id", c.guid()))
        h.append(("X-MS-Exchange-Organization-MessageDirectionality", "Incoming" if external else "Originating"))
        if m.get("importance"):
            h.append(("Importance", m["importance"]))
    else:
        h.append(("X-Mailer", m.get("mailer", "Riverside Notify 3.1")))
    if m.get("extra_headers"):
        h.extend(m["extra_headers"])
    return h


def body_node(c, m, form):
    text = m["text"]
    if m.get("banner"):
        text = EXTERNAL_BANNER + "\n\n" + text
    if m.get("html_full"):
        doc = m["html_full"]
    else:
        inner = m.get("html") or text_to_html(m["text"])
        if m.get("banner"):
            inner = ('<div style="background:#FFEB9C;border:1px solid #9C6500;padding:4px">'
                     '<span style="font-size:9pt">%s</span></div>\n' % esc(EXTERNAL_BANNER)) + inner
        doc = html_doc(inner)
    doc = html_safe_lines(doc)
    if form == "7bit":
        return Leaf("text/plain", wrap_text(ascii_fold(text)).encode("ascii"), "7bit", "us-ascii"), "7bit"
    if form == "qp":
        return Leaf("text/plain", text.encode("utf-8"), "quoted-printable", "utf-8"), "qp"
    if form == "b64":
        return Leaf("text/plain", text.encode("utf-8"), "base64", "utf-8"), "b64"
    if form == "html":
        return Leaf("text/html", doc.encode("utf-8"), "quoted-printable", "utf-8"), "html(qp)"
    if form == "html7":
        return Leaf("text/html", doc.encode("ascii", "xmlcharrefreplace"), "7bit", "us-ascii"), "html(7bit)"
    if form == "htmlb64":
        return Leaf("text/html", doc.encode("utf-8"), "base64", "utf-8"), "html(b64)"
    if form in ("alt", "alt7"):
        if form == "alt":
            plain = Leaf("text/plain", text.encode("utf-8"), "quoted-printable", "utf-8")
            hpart = Leaf("text/html", doc.encode("utf-8"), "quoted-printable", "utf-8")
        else:
            plain = Leaf("text/plain", wrap_text(ascii_fold(text)).encode("ascii"), "7bit", "us-ascii")
            hpart = Leaf("text/html", doc.encode("ascii", "xmlcharrefreplace"), "7bit", "us-ascii")
        return Multi("alternative", [plain, hpart], boundary(c, "alt")), "alt"
    raise ValueError(form)


def boundary(c, tag=""):
    host = "%s%dPR%02dMB%04d" % (c.pick(["BN8", "SN6", "CH0", "DM6"]), c.r.randint(0, 9), c.r.randint(1, 19),
                                 c.r.randint(1000, 9999))
    return "_%03d_%s%s%snamp_" % (c.r.randint(0, 9), host, c.hexid(24), host)


def build(c, m, form, when=None, nested=False):
    when = when or c.now
    body, bform = body_node(c, m, form)
    atts = m.get("atts") or []
    if m.get("report"):
        root = Multi("report", [body, DeliveryStatus(m["report"])] + [a.node for a in atts], boundary(c),
                     params="report-type=delivery-status")
    elif atts:
        root = Multi("mixed", [body] + [a.node for a in atts], boundary(c))
    else:
        root = body
    headers = make_headers(c, m, bool(atts), when, nested)
    label = bform + "".join("+" + a.token for a in atts)
    if m.get("report"):
        label = "report(" + label + ")"
    return serialize(headers, root), label


# ---------------------------------------------------------------------------
# shared content helpers
# ---------------------------------------------------------------------------
def M(subject, frm, to, text, **kw):
    d = {"subject": subject, "from": frm, "to": to if isinstance(to, list) else [to], "text": text}
    d.update(kw)
    return d


def panel(c, n=None, focus=None, abnormal=1):
    names = [x[0] for x in LABS]
    chosen = list(focus or [])
    n = n or c.r.randint(3, 6)
    pool = [x for x in names if x not in chosen]
    c.r.shuffle(pool)
    chosen += pool[:max(0, n - len(chosen))]
    out = []
    for i, name in enumerate(chosen):
        lab = LAB_BY_NAME[name]
        v, f = lab_value(c.r, lab, "H" if i < abnormal and c.chance(0.7) else "")
        out.append((lab, v, f))
    return out


def res_text(results):
    rows = [[l[0], v, l[2], ref_range(l), f] for l, v, f in results]
    return fmt_table(["Test", "Result", "Units", "Ref range", "Flag"], rows)


def res_html(results):
    rows = []
    for l, v, f in results:
        val = "<b>%s</b>" % v if f else v
        rows.append([esc(l[0]), val, esc(l[2]), esc(ref_range(l)), '<span style="color:#C00000">%s</span>' % f if f else ""])
    return html_table(["Test", "Result", "Units", "Reference", "Flag"], rows, raw=True)


LAB_STORIES = {
    "a1c": ("Hemoglobin A1c", "Your hemoglobin A1c, which reflects your average blood sugar over the last three "
            "months, came back at {v}%. Our goal for you is under 7%. {plan}",
            ["I would like to increase your metformin to 1000 mg twice daily. A new prescription has been sent "
             "to your pharmacy.", "Let's talk about adding a once-weekly medicine at your next visit.",
             "Please keep checking your sugars in the morning and bring your log to your next visit."]),
    "ldl": ("LDL cholesterol, calculated", "Your LDL (\"bad\") cholesterol was {v} mg/dL. {plan}",
            ["Because of your other risk factors I recommend starting atorvastatin 20 mg at bedtime.",
             "This is higher than we would like. Please continue the diet changes we discussed and we will "
             "recheck in three months.", "I'd like to increase your atorvastatin from 20 mg to 40 mg."]),
    "tsh": ("TSH", "Your thyroid test (TSH) was {v} mIU/L. {plan}",
            ["That tells me your levothyroxine dose is a little low; I am increasing it to 88 mcg daily.",
             "That is in the normal range, so please continue your current levothyroxine dose.",
             "We should recheck it in six weeks, since you recently changed brands."]),
    "hgb": ("Hemoglobin", "Your hemoglobin was {v} g/dL, which is a little low (mild anemia). {plan}",
            ["Your iron level was also low, so please start ferrous sulfate 325 mg every other day.",
             "I have ordered iron studies and would like you to come back for a quick blood draw.",
             "Given this result I think it is time for the colonoscopy we discussed."]),
    "egfr": ("eGFR (CKD-EPI 2021)", "Your kidney function test (eGFR) was {v} mL/min/1.73m2. {plan}",
             ["This is lower than last year. Please avoid ibuprofen and naproxen, and we will recheck in "
              "three months.", "I have placed a referral to nephrology so a kidney specialist can see you.",
              "Your other kidney numbers were stable, so no change for now."]),
    "psa": ("PSA, total", "Your PSA was {v} ng/mL. {plan}",
            ["This is above the usual range for your age; I'd like you to see urology for a repeat test.",
             "This is up slightly from last year; we will repeat it in three months."]),
    "vitd": ("Vitamin D, 25-hydroxy", "Your vitamin D level was {v} ng/mL. {plan}",
             ["Please take vitamin D3 2000 units daily.", "That is low; I've sent in a weekly 50,000 unit "
              "supplement for eight weeks."]),
}


def lab_story(c, p, key=None):
    key = key or c.pick(sorted(LAB_STORIES))
    if key == "psa" and p.sex == "F":
        key = "a1c"
    labname, tmpl, plans = LAB_STORIES[key]
    lab = LAB_BY_NAME[labname]
    flag = "L" if key in ("hgb", "egfr", "vitd") else "H"
    if key == "tsh":
        flag = c.pick(["H", ""])
    v, f = lab_value(c.r, lab, flag)
    return tmpl.format(v=v, plan=c.pick(plans)), (lab, v, f)


def doc_greet(c, doc):
    return c.pick(["Dr. %s," % doc.last, "Hi Dr. %s," % doc.last, "%s," % doc.first, "Good morning Dr. %s," % doc.last,
                   "Hello,"]) if getattr(doc, "cred", "") in ("MD", "DO") else c.pick(["Hi %s," % doc.first, "%s," % doc.first])


# ---------------------------------------------------------------------------
# POSITIVE kinds
# ---------------------------------------------------------------------------
def lab_letter(c):
    p = c.patient()
    doc = c.prov(c.pick(["Family Medicine", "Internal Medicine", "Endocrinology"]))
    para, res = lab_story(c, p)
    drawn = c.day_ago(2, 12)
    greet = c.pick(["Dear %s," % p.formal, "Hello %s," % p.first, "Dear %s %s," % (p.first, p.last)])
    intro = c.pick([
        "I have reviewed the blood work you had done on %s." % d_long(drawn),
        "Thank you for coming in for your labs last week. Here is a summary of what we found.",
        "Your test results from %s are back, and I wanted to explain them to you." % d_long(drawn)])
    closing = c.pick([
        "If you have questions, reply to this message or call the clinic at %s." % c.phone(doc),
        "Please schedule a follow-up visit in about three months. You can book online or call %s." % c.phone(doc),
        "No need to call unless you have questions."])
    text = "%s\n\n%s\n\n%s\n\n%s\n\nSincerely,\n%s\n%s" % (greet, intro, para, closing, doc.display, doc.location)
    text += disclaimer(c, 0.3)
    subj = c.pick(["Your recent results", "Results", "Message from your care team", "Follow-up", "Your lab work"])
    return M(subj, doc, Person(p.first, p.last, p.sex, email=p.email), text,
             note="letter to named patient %s with %s result and plan; no MRN/DOB/SSN at all" % (p.name, res[0][0]))


def lab_table(c):
    p = c.patient()
    res = panel(c)
    doc = c.prov()
    sender = c.staff("Laboratory Services")
    drawn = c.at(c.day_ago(0, 3), 6, 10)
    t = "%s\n\nThe results below were finalized this morning for your patient.\n\nPatient: %s\nMRN: %s\nDOB: %s\nCollected: %s %s\n\n%s\n\n%s" % (
        doc_greet(c, doc), p.lf, p.mrn, d_us(p.dob), d_us(drawn), t_12(drawn), res_text(res),
        c.pick(["Abnormal values are flagged. Let me know if you want the sample held for add-on testing.",
                "Specimen was slightly hemolyzed; potassium may be falsely elevated.",
                "Please acknowledge in the In Basket when reviewed."]))
    t += sig(c, sender) + disclaimer(c)
    dob_html = c.pick(["<span>%s</span>" % d_us(p.dob),
                       "<span lang=\"EN-US\">%02d/%02d/</span><span lang=\"EN-US\">%d</span>" % (p.dob.month, p.dob.day, p.dob.year)])
    h = ('<p class="MsoNormal">%s</p>\n<p class="MsoNormal">The results below were finalized this morning for your patient.</p>\n'
         '<table border="0" cellpadding="2"><tr><td><b>Patient</b></td><td>%s</td></tr>\n'
         '<tr><td><b>MRN</b></td><td>%s</td></tr>\n<tr><td><b>DOB</b></td><td>%s</td></tr>\n'
         '<tr><td><b>Collected</b></td><td>%s&nbsp;%s</td></tr></table>\n<p class="MsoNormal">&nbsp;</p>\n%s\n'
         % (esc(doc_greet(c, doc)), esc(p.lf), p.mrn, dob_html, d_us(drawn), t_12(drawn), res_html(res)))
    h += text_to_html(t.split(res_text(res), 1)[1])
    return M(c.pick(["Results", "Labs back", "FYI - results", "Result notification"]), sender, doc, t, html=h,
             note="clinician mail with table: patient name, MRN, DOB and %d lab results" % len(res))


def lab_critical(c):
    p = c.patient(40, 90)
    lab = LAB_BY_NAME[c.pick(["Potassium", "Hemoglobin", "Sodium", "INR"])]
    val = {"Potassium": c.pick(["6.4", "6.8", "2.7"]), "Hemoglobin": c.pick(["6.1", "5.8"]),
           "Sodium": c.pick(["118", "121"]), "INR": c.pick(["5.9", "7.2"])}[lab[0]]
    rn = c.staff("4 West Med/Surg")
    tech = c.staff("Laboratory Services")
    t0 = c.at(c.today, 0, 5)
    text = ("CRITICAL VALUE NOTIFICATION\n\n%s, %s  MRN %s  Rm %d%s\n%s %s %s (critical limit exceeded)\n"
            "Called to %s RN at %s, read-back verified.\nCalled by: %s, MLS(ASCP)\n"
            % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper(), p.mrn, c.r.randint(2, 6), c.pick(["12", "18", "31", "07"]),
               lab[0], val, lab[2], rn.name, "%02d%02d" % (t0.hour, t0.minute), tech.name))
    return M(c.pick(["Critical value", "Crit call log", "Notification"]), tech, [rn, c.prov("Internal Medicine")], text,
             importance="High", note="critical lab value for named inpatient with MRN")


def lab_csv(c):
    sender = c.staff("Laboratory Services")
    doc = c.prov()
    rows = []
    for _ in range(c.r.randint(4, 8)):
        p = c.patient()
        l, v, f = panel(c, 1)[0]
        rows.append([p.last, p.first, p.mrn, d_us(p.dob), l[0], v, l[2], ref_range(l), f, d_us(c.day_ago(0, 2))])
    text = c.pick(["Attached are the pending results for your panel from today's draw.",
                   "See attached. These came back after clinic closed.",
                   "%s - here is the export you asked for. Five of them still need follow-up calls." % doc.first]) \
        + sig(c, sender, "short") + disclaimer(c)
    return M(c.pick(["Export", "Pending list", "Results", "Today"]), sender, doc, text,
             atts=[att_csv(c, c.pick(["results_export.csv", "pending_results.csv", "labs.csv"]),
                           ["Last", "First", "MRN", "DOB", "Test", "Result", "Units", "Range", "Flag", "Collected"], rows)],
             note="CSV attachment: %d named patients with MRN, DOB and lab values; body has no PHI" % len(rows))


def lab_pdf(c):
    p = c.patient()
    partner = c.pick(PARTNERS[:1] + PARTNERS[6:7])
    res = panel(c, 6)
    doc = c.prov()
    sender = c.ext_person(partner[2])
    coll = c.day_ago(1, 6)
    lines = [("%s - Laboratory Report" % partner[0], 14, True), "",
             "Patient: %s    Sex: %s    DOB: %s    Age: %d" % (p.lf, p.sex, d_us(p.dob), p.age),
             "Riverside MRN: %s    Accession: NL%08d" % (p.mrn, c.r.randint(1, 99999999)),
             "Ordering provider: %s (NPI %s)" % (doc.display, doc.npi),
             "Collected: %s 07:42    Reported: %s" % (d_us(coll), d_us(c.today)), "",
             ("Test                              Result     Units          Reference     Flag", 10, True)]
    for l, v, f in res:
        lines.append("%-32s %-10s %-14s %-13s %s" % (l[0], v, l[2], ref_range(l), f))
    lines += ["", "Comment: results verified by second technologist.", "Medical director: R. Ahmadi, MD"]
    text = c.pick(["Please see the attached report for your patient.",
                   "Attached, as requested.", "Report attached. Hard copy to follow by fax."])
    text += "\n\n%s\n%s" % (sender.name, partner[0]) + disclaimer(c)
    return M(c.pick(["Report", "Lab report", "Requested results"]), sender, doc, text, banner=c.chance(0.7),
             atts=[att_pdf(c, "report_%d.pdf" % c.r.randint(10000, 99999), lines, "Laboratory Report", partner[0])],
             note="outside lab PDF report: named patient, DOB, MRN, %d results; body generic" % len(res))


def lab_thread(c):
    p = c.patient(50, 88)
    rn = c.staff("Care Management")
    doc = c.prov(c.pick(["Cardiology", "Internal Medicine"]))
    inr = c.pick(["3.8", "4.1", "1.6", "1.4"])
    t1 = c.earlier(300, 2400)
    q1 = ("Hi Dr. %s,\n\nAnticoag clinic here. %s's INR today is %s (goal 2.0-3.0). %s is taking warfarin 5 mg daily "
          "except 2.5 mg Mon/Fri and says %s hasn't missed doses. No bleeding. Do you want a dose change or recheck "
          "in a week?\n\n%s" % (doc.last, p.name, inr, p.he.capitalize(), p.he, rn.first))
    high = float(inr) > 3.0
    a1 = ("%s - hold tonight's dose, then resume at 2.5 mg Mon/Wed/Fri and 5 mg other days. Recheck Tuesday." if high else
          "%s - increase to 5 mg daily, 7.5 mg on Sundays. Recheck in 7 days.") % rn.first
    a2 = c.pick(["Thanks, called %s and reviewed the new schedule. %s verbalized understanding." % (p.first, p.he.capitalize()),
                 "Done. Appointment made for next Tuesday 9:40 at the anticoag clinic.",
                 "Got it, thank you!"])
    text = a2 + sig(c, rn, "short") + q_outlook(doc, [rn], c.earlier(60, 240), "RE: INR", a1) + \
        q_outlook(rn, [doc], t1, "INR", q1)
    return M("RE: INR", rn, doc, text, reply=True, depth=2,
             note="reply thread: named patient's INR value, warfarin dose change (PHI also in quoted text)")


def lab_json(c):
    p = c.patient()
    res = panel(c, 4)
    doc = c.prov()
    obj = {"messageType": "ResultNotification", "source": "RH-LIS", "sent": c.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
           "patient": {"mrn": p.mrn, "name": {"family": p.last, "given": [p.first]}, "birthDate": d_iso(p.dob),
                       "sex": p.sex},
           "orderingProvider": {"npi": doc.npi, "name": doc.name},
           "results": [{"loinc": l[1], "display": l[0], "value": v, "unit": l[2], "referenceRange": ref_range(l),
                        "abnormalFlag": f or "N", "status": "final"} for l, v, f in res]}
    ia = c.staff("Information Services")
    text = ("%s\n\nAttaching one of the payloads that failed to file into the chart overnight (queue RES-OUT). "
            "The others look the same - I think the provider lookup is failing. Can you check the mapping?"
            % c.pick(["Hi team,", "Morning all,", "Hey Priya,"])) + sig(c, ia)
    return M(c.pick(["Failed payload", "Interface errors overnight", "RES-OUT queue"]), ia, c.staff("Information Services", (ia,)),
             text, atts=[att_json(c, "result_%s.json" % c.hexid(6).lower(), obj)],
             note="JSON result payload: patient name, MRN, DOB and lab values; body only talks about interface")


def lab_portal(c):
    p = c.patient(25, 75)
    doc = c.prov(c.pick(["Family Medicine", "Internal Medicine", "Endocrinology"]))
    l = LAB_BY_NAME[c.pick(["TSH", "Hemoglobin A1c", "Vitamin D, 25-hydroxy", "Ferritin"])]
    v, f = lab_value(c.r, l, c.pick(["H", "L"]))
    text = ("%s\n\nI saw in the portal that my %s came back %s (%s %s). The range says %s. Is that something I "
            "should worry about? I've been feeling more tired than usual and my hair has been thinning. Should I "
            "change how I take my medicine or come in?\n\nThank you,\n%s\n%s" % (
                c.pick(["Hi Dr. %s," % doc.last, "Hello,", "Dear Dr. %s" % doc.last]), l[0],
                "high" if f == "H" else "low", v, l[2], ref_range(l), p.name, c.pick(["", "Sent from my phone"])))
    portal = Person("MyRiverside", "Portal", "X", email="noreply-portal@" + ORG)
    hdr = "New message from %s via MyRiverside\n\n" % p.name
    return M(c.pick(["New message: question about results", "Question", "Patient message"]), portal, doc,
             hdr + text, minimal=c.chance(0.5),
             note="patient writes about own %s result, signed with name" % l[0])


def lab_fwd(c):
    p = c.patient()
    partner = PARTNERS[0]
    ext = c.ext_person(partner[2])
    doc = c.prov()
    ma = c.staff("Primary Care")
    res = panel(c, 3)
    inner_text = ("Results for %s (DOB %s), collected %s, ordered by %s:\n\n%s\n\nThe full report is in the provider "
                  "portal.\n\n%s\nClient Services, %s" % (p.name, d_us(p.dob), d_us(c.day_ago(2, 5)), doc.display,
                                                          res_text(res), ext.name, partner[0]))
    inner = M("Results", ext, doc, inner_text, minimal=True, mailer="NL Client Services")
    text = c.pick(["%s, can you scan this into the chart? Thanks." % ma.first,
                   "FYI - forwarding so it gets abstracted. Please call the patient with the normal ones.",
                   "See attached."]) + sig(c, doc, "initials")
    return M(c.pick(["FW: Results", "Fwd", "FW: outside labs"]), doc, ma, text,
             atts=[att_fwd(c, inner, c.pick(["7bit", "qp"]), "Results.eml")],
             note="forwarded outside lab results (message/rfc822) for named patient with DOB")


def lab_txt(c):
    p = c.patient()
    res = panel(c, 5)
    doc = c.prov()
    sender = c.staff("Laboratory Services")
    body = ("RIVERSIDE HEALTH LABORATORY - CUMULATIVE REPORT\n\nName: %s\nMRN: %s   DOB: %s\nLocation: %s\n\n%s\n\n"
            "*** End of report ***\n" % (p.lf, p.mrn, d_us(p.dob), doc.location, res_text(res)))
    text = c.pick(["Cumulative report attached as requested.", "Here you go.", "Attached - let me know if you need the older values too."]) + sig(c, sender)
    return M(c.pick(["Cumulative", "RE: request", "Report"]), sender, doc, text,
             atts=[att_txt(c, "cumulative_%s.txt" % ascii_fold(p.last).lower().replace("'", ""), body)],
             note="TXT cumulative lab report for named patient with MRN/DOB")


# referral ---------------------------------------------------------------------
REF_REASONS = {
    "Cardiology": ["new-onset atrial fibrillation, rate controlled on metoprolol", "exertional chest pressure and an abnormal stress ECG",
                   "palpitations and a Holter showing frequent PVCs"],
    "Gastroenterology": ["iron deficiency anemia with a positive FIT test", "chronic diarrhea and weight loss over four months",
                         "elevated liver enzymes and fatty liver on ultrasound"],
    "Endocrinology": ["poorly controlled type 2 diabetes despite metformin and glipizide", "a 2.1 cm thyroid nodule",
                      "hypercalcemia with a high PTH"],
    "Orthopedic Surgery": ["right knee osteoarthritis that no longer responds to injections", "a rotator cuff tear on MRI",
                           "persistent hip pain after a fall in June"],
    "Nephrology": ["CKD stage 3b with a steady rise in creatinine", "proteinuria of 1.8 g/day"],
    "Neurology": ["new seizures", "migraines that have become daily", "a tremor that is worse with action"],
    "Pulmonology": ["COPD with two exacerbations this year", "a 9 mm lung nodule on CT", "suspected sleep apnea"],
    "Behavioral Health": ["depression that has not improved on sertraline 100 mg", "panic attacks and insomnia"],
    "Rheumatology": ["inflammatory arthritis with a positive anti-CCP", "suspected lupus"],
    "Urology": ["microscopic hematuria", "recurrent kidney stones"],
}


def referral_letter(c):
    spec = c.pick(sorted(REF_REASONS))
    reason = c.pick(REF_REASONS[spec])
    p = c.patient(22, 85)
    frm = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    to = c.prov(spec)
    hx = c.pick(["%s also has hypertension and hyperlipidemia, both well controlled." % p.he.capitalize(),
                 "Past history is notable for a cholecystectomy in 2015 and GERD.",
                 "%s is otherwise healthy and takes no regular medications." % p.he.capitalize(),
                 "%s lives with %s daughter, who usually comes to appointments." % (p.he.capitalize(), p.his)])
    text = ("Dear Dr. %s,\n\nThank you for seeing %s, a %d-year-old %s I follow in primary care, for %s. %s\n\n"
            "%s I'd appreciate your assessment and recommendations. Recent notes and results are in the shared "
            "chart.\n\nWith thanks,\n%s\n%s" % (
                to.last, p.name, p.age, "woman" if p.sex == "F" else "man", reason, hx,
                c.pick(["%s has been quite anxious about this." % p.he.capitalize(),
                        "%s prefers morning appointments and needs a Spanish interpreter." % p.he.capitalize(),
                        ""]), frm.display, frm.location)) + disclaimer(c, 0.4)
    return M(c.pick(["Referral", "New patient", "Consult request", "Would you see this patient?"]), frm, to, text,
             note="referral letter for named patient (%s) to %s, no MRN/DOB/SSN" % (p.name, spec))


def referral_short(c):
    spec = c.pick(sorted(REF_REASONS))
    p = c.patient()
    frm = c.prov(c.pick(["Family Medicine", "Internal Medicine", "Obstetrics & Gynecology"]))
    to = c.prov(spec)
    text = c.pick([
        "%s - any chance you can squeeze in %s this week? %s. I'm worried. Happy to talk. Cell %s." % (
            to.first, p.name, c.pick(REF_REASONS[spec]).capitalize(), c.phone()),
        "Can your team reach out to %s %s about %s? %s asked for a woman provider if possible." % (
            p.first, p.last, c.pick(REF_REASONS[spec]), p.he.capitalize()),
        "Sending over %s for %s. Order is in. Thanks!" % (p.name, c.pick(REF_REASONS[spec]))])
    return M(c.pick(["quick favor", "Squeeze in?", "Referral", "Follow-up"]), frm, to, text + sig(c, frm, "initials"),
             note="short curbside referral naming patient with reason")


def referral_form(c):
    spec = c.pick(sorted(REF_REASONS))
    p = c.patient()
    frm = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    coord = c.staff("Referral Center")
    icd = icd_for(c, p)[0]
    urg = c.pick(["Routine", "Urgent (within 2 weeks)", "Routine"])
    rows = [("Patient", p.name), ("Date of birth", d_us(p.dob)), ("Phone", p.phone), ("Referred to", "%s - %s" % (spec, to_loc(spec))),
            ("Reason", c.pick(REF_REASONS[spec])), ("Diagnosis", "%s %s" % icd), ("Urgency", urg),
            ("Insurance", c.pick(["Riverside Health Plan", "Medicare", "Prairie Mutual PPO"])), ("Referring", frm.display)]
    text = "Referral request\n\n" + "\n".join("%-15s %s" % (k + ":", v) for k, v in rows) + \
        "\n\nPlease schedule and notify the referring office." + sig(c, frm, "short")
    cells = []
    for k, v in rows:
        if k == "Date of birth":
            v_html = "<span>%02d/%02d/</span><span>%d</span>" % (p.dob.month, p.dob.day, p.dob.year)
        elif k == "Patient":
            v_html = esc(p.first) + "&nbsp;" + esc(p.last)
        else:
            v_html = esc(v)
        cells.append(['<b>%s</b>' % esc(k), v_html])
    h = ('<p class="MsoNormal"><b>Referral request</b></p>\n' + html_table(["Field", "Value"], cells, raw=True) +
         '\n<p class="MsoNormal">Please schedule and notify the referring office.</p>\n' + text_to_html(sig(c, frm, "short").strip("\n")))
    return M(c.pick(["Referral request", "New referral", "Ref"]), frm, coord, text, html=h,
             note="HTML referral form: named patient, DOB split across <span>s, %s, reason" % icd[0])


def to_loc(spec):
    return dict(SPECIALTIES).get(spec, "Main Campus")


def referral_pdf(c):
    spec = c.pick(sorted(REF_REASONS))
    p = c.patient()
    frm = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    to = c.prov(spec)
    outside = c.partner() if c.chance(0.5) else None
    reason = c.pick(REF_REASONS[spec])
    lines = [("Referral for Specialty Consultation", 14, True), "", "Date: %s" % d_long(c.today),
             "To: %s, %s" % (to.display, spec), "From: %s, %s" % (frm.display, frm.location), "",
             "Patient: %s" % p.name, "Date of birth: %s" % d_long(p.dob), "Home phone: %s" % p.phone,
             "Address: %s, %s, %s %s" % (p.street, p.city, p.state, p.zip), "",
             "Reason for referral: %s." % reason.capitalize(),
             "Current medications: %s; %s." % (DRUGS[c.r.randint(0, 5)][2], DRUGS[c.r.randint(6, 12)][2]),
             "Allergies: %s" % c.pick(["NKDA", "penicillin (rash)", "sulfa (hives)"]), "",
             "Thank you for seeing this patient."]
    text = c.pick(["Referral letter attached.", "Please see attached referral; records to follow.",
                   "Attached is the consult request we discussed by phone."]) + sig(c, frm)
    return M(c.pick(["Referral", "Consult", "Documents"]), frm, to, text,
             atts=[att_pdf(c, "Referral_%s.pdf" % d_iso(c.today), lines, "Referral")],
             note="referral PDF with patient name, DOB, address, reason, medications")


def referral_thread(c):
    spec = c.pick(sorted(REF_REASONS))
    p = c.patient()
    coord = c.staff("Referral Center")
    sched = c.staff("Ambulatory Scheduling", (coord,))
    to = c.prov(spec)
    d = c.day_ahead(3, 20)
    first = ("Hello,\n\nWe received a referral for %s (%s, %s). The referring office marked it urgent. "
             "Can Dr. %s see %s by %s?\n\n%s" % (p.name, spec, c.pick(REF_REASONS[spec]), to.last, p.him,
                                                       d_long(d), coord.name))
    second = "I can offer %s at %s with Dr. %s, or the following Monday with the NP." % (d_wday(d), t_12(c.at(d)), to.last)
    third = c.pick(["Booked the %s slot. %s's daughter will bring %s. Thank you!" % (DAYS[d.weekday()], p.first, p.him),
                    "Perfect, I'll call the patient now.", "Thanks - confirmed with %s." % p.first])
    text = third + sig(c, coord, "short") + q_outlook(sched, [coord], c.earlier(30, 200), "RE: urgent referral", second) + \
        q_outlook(coord, [sched], c.earlier(210, 900), "urgent referral", first)
    return M("RE: urgent referral", coord, sched, text, reply=True, depth=2,
             note="scheduling thread for named patient's %s referral (reason in quoted text)" % spec)


def referral_txt(c):
    spec = c.pick(sorted(REF_REASONS))
    p = c.patient()
    ext = c.partner()
    ext_p = c.ext_person(ext.email.split("@")[1])
    to = c.staff("Referral Center")
    body = ("REFERRAL\n\nFrom: %s, %s\nTo: Riverside Health %s\n\nPatient name: %s\nReason: %s\nHistory: %s\n"
            "Requested: evaluation and treatment\n" % (ext_p.name, ext.org, spec, p.name, c.pick(REF_REASONS[spec]),
                                                       c.pick(["HTN, T2DM", "none significant", "prior MI 2019, stent"])))
    text = "Good afternoon,\n\nPlease find the referral attached. Records will follow by fax.\n\n%s\n%s" % (ext_p.name, ext.org)
    return M(c.pick(["Referral", "New referral from %s" % ext.org, "Documents"]), ext_p, to, text, banner=True,
             atts=[att_txt(c, "referral.txt", body)], note="external referral TXT naming patient and reason, no ids")


def referral_fwd(c):
    spec = c.pick(sorted(REF_REASONS))
    p = c.patient()
    frm = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    doc = c.prov(spec)
    coord = c.staff("Referral Center")
    inner_text = ("Dr. %s,\n\nI'd like to refer %s to you for %s. %s has tried physical therapy without relief.\n\n"
                  "Thanks,\n%s" % (doc.last, p.name, c.pick(REF_REASONS[spec]), p.he.capitalize(), frm.display))
    inner = M("Referral", frm, doc, inner_text)
    text = c.pick(["%s, please get this one scheduled - new patient slot is fine." % coord.first,
                   "Forwarding - can you set this up?"]) + sig(c, doc, "initials")
    return M("FW: Referral", doc, coord, text, atts=[att_fwd(c, inner, c.pick(["html", "alt"]))],
             note="forwarded (rfc822) referral letter naming patient and reason")


def referral_json(c):
    spec = c.pick(sorted(REF_REASONS))
    p = c.patient()
    ext = c.partner()
    to = c.staff("Referral Center")
    obj = {"resourceType": "ServiceRequest", "status": "active", "intent": "order", "priority": "routine",
           "code": {"text": "Referral to %s" % spec},
           "subject": {"display": p.name},
           "reasonCode": [{"text": c.pick(REF_REASONS[spec])}],
           "requester": {"display": "%s" % ext.org}, "authoredOn": d_iso(c.today)}
    text = "Referral submitted through the partner API is attached for manual review (auto-match failed).\n\n-- Integration mailbox"
    return M("Referral needs review", Person("Integration", "Mailbox", "X", email="integration@" + ORG), to, text,
             minimal=True, atts=[att_json(c, "ServiceRequest.json", obj)],
             note="FHIR ServiceRequest JSON: named patient and referral reason")


def referral_family(c):
    spec = c.pick(["Physical Therapy", "Cardiology", "Neurology"])
    p = c.patient(70, 92)
    son = c._name()
    frm = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    hh = c.partner()
    text = ("Hi,\n\nPlease open a home health referral for %s %s for %s after %s hospital stay. %s son %s %s will be "
            "the contact and can be reached at %s. %s uses a walker and lives alone.\n\nThanks%s" % (
                p.title, p.last, c.pick(["PT/OT and a nursing visit for med teaching", "home PT twice weekly"]), p.his,
                p.his.capitalize(), son[0], p.last, c.phone(), p.he.capitalize(), sig(c, frm, "initials")))
    return M(c.pick(["Home health", "New referral", "Follow-up"]), frm, Person(hh.org, "", "X", email=hh.email), text,
             note="home health referral naming patient and family contact; no identifiers")


# clinical_note ------------------------------------------------------------------
NOTE_CASES = [
    ("E11.65", "follow-up of type 2 diabetes", "Reports fasting sugars 160-210. Missed several evening doses.",
     "A1c 8.6% today.", "Increase metformin to 1000 mg BID; start empagliflozin 10 mg daily. Diabetes education referral."),
    ("I50.22", "heart failure follow-up", "Two-pillow orthopnea, weight up 3 lb this week. Ankle swelling.",
     "BP 138/82, HR 88, 2+ pitting edema to mid-shin, JVP 9 cm.", "Increase furosemide to 40 mg BID x3 days, daily weights, BMP Friday."),
    ("J45.40", "asthma", "Night cough 3x/week, using albuterol most days.", "Scattered expiratory wheeze, SpO2 96% RA.",
     "Start budesonide-formoterol 160/4.5 two puffs BID. Asthma action plan reviewed."),
    ("F32.1", "depression follow-up", "Mood 'a little better', sleeping 6 hours, still low energy. Denies SI.",
     "PHQ-9 score 14 (was 19).", "Increase sertraline to 100 mg daily. Therapy referral placed. RTC 4 weeks."),
    ("M17.11", "right knee pain", "Pain with stairs, 6/10, morning stiffness under 30 minutes.",
     "Crepitus, small effusion, ROM 5-110 degrees.", "Steroid injection given today. Discussed arthroplasty referral if no relief."),
    ("N39.0", "urinary symptoms", "Dysuria and frequency for 3 days, no fever or flank pain.", "UA: positive leukocyte esterase and nitrite.",
     "Nitrofurantoin 100 mg BID x5 days. Culture sent."),
    ("I10", "hypertension check", "Home BP readings 145-160/90s. No headache or chest pain.", "BP 152/94 L arm seated.",
     "Add amlodipine 5 mg daily to lisinopril 20 mg. Recheck in 2 weeks."),
    ("E03.9", "hypothyroidism", "Fatigue and weight gain, adherent to levothyroxine 75 mcg.", "TSH 7.9 mIU/L.",
     "Increase levothyroxine to 88 mcg; repeat TSH in 6 weeks."),
    ("G47.33", "sleep apnea follow-up", "Using CPAP 4 hours/night; mask leak.", "AHI on download 9/h.",
     "Mask refit with DME; goal >6 h/night."),
]


def soap_text(c, p, case, with_codes):
    code, what, s, o, a = case
    doc = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    visit = c.day_ago(0, 6)
    lines = ["PROGRESS NOTE", "Patient: %s    Visit date: %s    Provider: %s" % (p.name, d_us(visit), doc.display)]
    if c.chance(0.5):
        lines.append("MRN: %s   DOB: %s" % (p.mrn, d_us(p.dob)))
    lines += ["", "S: %d-year-old %s here for %s. %s" % (p.age, "female" if p.sex == "F" else "male", what, s),
              "O: %s" % o, "A/P:"]
    if with_codes:
        lines.append("1. %s (%s) - %s" % (ICD_D[code], code, a))
        extra = c.pick([("E78.5", "continue atorvastatin 40 mg."), ("K21.9", "omeprazole 20 mg daily PRN."),
                        ("I10", "BP at goal, no change.")])
        lines.append("2. %s (%s) - %s" % (ICD_D[extra[0]], extra[0], extra[1]))
    else:
        lines.append("%s. %s" % (ICD_D[code].split(",")[0], a))
    lines += ["", "Electronically signed by %s on %s" % (doc.display, d_us(visit))]
    return "\n".join(lines), doc


def note_soap(c, with_codes=True):
    p = c.patient()
    case = c.pick(NOTE_CASES)
    note, doc = soap_text(c, p, case, with_codes)
    frm = c.staff(c.pick(["Health Information Management", "Primary Care"]))
    text = c.pick(["Per your request, the note from the visit is pasted below.", "Copy of note for the co-sign queue:",
                   "Dr. %s asked me to send this over before Friday's case review." % doc.last]) + "\n\n" + note + sig(c, frm) + disclaimer(c)
    return M(c.pick(["Note", "Visit note", "For co-sign", "Documentation"]), frm, c.prov(exclude=(doc,)), text,
             note="progress note for named patient, %s%s" % (case[0], " with ICD-10 codes" if with_codes else " (no codes in text)"))


def note_narrative(c):
    p = c.patient(30, 85)
    case = c.pick(NOTE_CASES)
    doc = c.prov(c.pick(["Family Medicine", "Internal Medicine", "Pulmonology", "Cardiology"]))
    other = c.prov(exclude=(doc,))
    text = ("%s\n\nQuick summary on %s, whom you saw in the spring. %s came in today for %s. %s On exam, %s "
            "My plan: %s\n\nI'd value your input if you have a minute before %s next visit.%s" % (
                doc_greet(c, other), p.name, p.he.capitalize(), case[1], case[2], case[3][0].lower() + case[3][1:],
                case[4][0].lower() + case[4][1:], p.his, sig(c, doc)))
    return M(c.pick(["Shared patient", "Your patient", "Update", "Quick summary"]), doc, other, text,
             note="narrative progress update about named patient (%s), no ICD codes" % case[1])


def note_nursing(c):
    p = c.patient(45, 90)
    rn = c.staff("4 West Med/Surg")
    doc = c.prov("Internal Medicine")
    bp = "%d/%d" % (c.r.randint(170, 190), c.r.randint(95, 110))
    text = ("Rm 4%02d %s %s - BP %s at 0200, HA 4/10. Hydralazine 10 mg IV given per PRN order, recheck %d/%d at 0245. "
            "Pt resting. Will cont to monitor.\n-%s RN" % (c.r.randint(1, 40), p.first, p.last[0] + ".", bp,
                                                         c.r.randint(140, 150), c.r.randint(80, 90), rn.first))
    return M(c.pick(["overnight", "FYI", "4W update"]), rn, doc, text,
             note="terse nursing note: patient first name + last initial + room, BP and IV drug given")


def note_txt(c):
    p = c.patient()
    case = c.pick(NOTE_CASES)
    note, doc = soap_text(c, p, case, True)
    frm = c.staff("Health Information Management")
    text = c.pick(["Attached is the note you requested for the records release.",
                   "Note attached for the audit sample.",
                   "Amended note attached; please replace the earlier version."]) + sig(c, frm)
    return M(c.pick(["Documentation", "Records", "Note"]), frm, c.staff("Compliance"), text,
             atts=[att_txt(c, "note_%s.txt" % d_hl7(c.today), note)],
             note="TXT attachment: progress note with patient name and %s" % case[0])


def note_pdf(c):
    p = c.patient()
    case = c.pick(NOTE_CASES)
    note, doc = soap_text(c, p, case, c.chance(0.5))
    to = c.partner()
    lines = [("Riverside Health - Office Visit", 13, True), ""] + note.split("\n")
    text = "%s\n\nAs requested, please find the office visit note attached.\n\nRegards,\n%s" % (
        c.pick(["Hello,", "Good afternoon,"]), c.staff("Health Information Management").name)
    return M(c.pick(["Requested records", "Records request #%d" % c.r.randint(20000, 99999), "Documents"]),
             c.staff("Health Information Management"), Person(to.org, "", "X", email=to.email), text,
             atts=[att_pdf(c, "OfficeVisit.pdf", lines, "Office Visit")],
             note="PDF visit note for named patient to outside organisation")


def note_consult_html(c):
    p = c.patient()
    doc = c.prov(c.pick(["Cardiology", "Nephrology", "Neurology"]))
    req = c.prov("Internal Medicine")
    code = {"Cardiology": "I48.91", "Nephrology": "N18.32", "Neurology": "I63.9"}[doc.specialty]
    dob_html = "<span>%s/</span><span>%s/%d</span>" % ("%02d" % p.dob.month, "%02d" % p.dob.day, p.dob.year)
    doc_html = ("<html><head><title>Consult Note</title></head><body style=\"font-family:Arial\">\n"
                "<h2>%s Consultation</h2>\n<table>\n<tr><td>Patient</td><td>%s</td></tr>\n"
                "<tr><td>DOB</td><td>%s</td></tr>\n<tr><td>MRN</td><td>%s</td></tr>\n"
                "<tr><td>Requested by</td><td>%s</td></tr>\n</table>\n"
                "<h3>Assessment</h3>\n<p>%s (%s). %s</p>\n<h3>Recommendations</h3>\n<ul><li>%s</li><li>%s</li></ul>\n"
                "<p>%s</p>\n</body></html>\n" % (
                    doc.specialty, esc(p.name), dob_html, p.mrn, esc(req.display), ICD_D[code], code,
                    "Patient seen and examined at bedside.",
                    c.pick(["Start apixaban 5 mg BID", "Avoid nephrotoxins; renally dose antibiotics", "MRI brain with DWI"]),
                    c.pick(["Echo before discharge", "Renal ultrasound", "Neurology follow-up in 6 weeks"]),
                    esc(doc.display)))
    text = "%s\n\nConsult note attached. Thanks for the interesting consult.%s" % (doc_greet(c, req), sig(c, doc, "initials"))
    return M(c.pick(["Consult", "RE: consult", "Note"]), doc, req, text,
             atts=[att_html(c, "ConsultNote.html", doc_html)],
             note="HTML consult note attachment: patient name, DOB (split spans), MRN, %s" % code)


def note_bh(c):
    p = c.patient(19, 60)
    th = c.prov("Behavioral Health")
    doc = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    text = ("%s\n\nI saw %s today for %s fourth therapy session. %s reports passive thoughts of death last week "
            "but no plan or intent; safety plan updated and %s partner is aware. GAD-7 16, PHQ-9 17. Diagnoses: "
            "F32.1 major depressive disorder, single episode, moderate; F41.1 generalized anxiety disorder. "
            "I'd support increasing the sertraline as you suggested. Next session in one week.\n\n%s" % (
                doc_greet(c, doc), p.name, p.his, p.he.capitalize(), p.his, th.display))
    return M(c.pick(["Shared patient", "Coordination of care", "Follow-up"]), th, doc, text + disclaimer(c, 0.8),
             note="behavioral health note naming patient, F32.1/F41.1, safety plan")


def note_curbside(c):
    p = c.patient(60, 85)
    asker = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    neph = c.prov("Nephrology")
    q = ("Quick curbside about my patient %s (%d). CKD 3b, creatinine up from 1.7 to 2.1 over 6 months, eGFR now 31. "
         "On lisinopril 20 and empagliflozin 10. K 5.3. Should I hold the ACE or is this expected? Happy to send "
         "a formal consult." % (p.name, p.age))
    a = ("Keep the empagliflozin; a small rise is expected. I'd drop lisinopril to 10 mg and recheck BMP in 2 weeks. "
         "If K stays >5.5 send %s our way." % p.him)
    inner = a + sig(c, neph, "initials") + q_gt(asker, c.earlier(400, 1500), q)
    text = c.pick(["Perfect, thank you!", "Will do. Appreciate it."]) + sig(c, asker, "initials") + \
        q_gt(neph, c.earlier(30, 300), inner)
    return M("Re: curbside", asker, neph, text, reply=True, depth=2,
             note="curbside thread (quoted replies) about named patient's CKD labs and meds")


def note_fwd(c):
    p = c.patient()
    case = c.pick(NOTE_CASES)
    note, doc = soap_text(c, p, case, c.chance(0.5))
    qa = c.staff("Quality & Patient Safety")
    inner = M("Note for review", doc, qa, "Note below.\n\n" + note)
    text = c.pick(["Forwarding for the peer review file.", "Please see attached note - flagged by coding."]) + sig(c, qa)
    return M("FW: Note for review", qa, c.staff("Compliance"), text, atts=[att_fwd(c, inner, c.pick(["7bit", "qp"]))],
             note="forwarded message containing visit note for named patient")


def note_telehealth(c):
    p = c.patient()
    case = c.pick(NOTE_CASES)
    doc = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    text = ("Video visit summary for %s\nDate: %s\nProvider: %s\n\nYou were seen today for %s.\n\nWhat we discussed: %s\n\n"
            "Your plan: %s\n\nNext steps: follow up in 4-6 weeks. Call 911 for chest pain or trouble breathing.\n\n"
            "\u2014 Riverside Virtual Care" % (p.name, d_long(c.today), doc.display, case[1], case[2], case[4]))
    return M("Your visit summary", Person("Riverside Virtual Care", "", "X", email="virtualcare@" + ORG),
             Person(p.first, p.last, p.sex, email=p.email), text, minimal=True,
             note="after-visit summary e-mailed to named patient: diagnosis and plan")


def note_dictation(c):
    p = c.patient()
    case = c.pick(NOTE_CASES)
    doc = c.prov()
    tx = c.partner()
    tx = Person("TransMed Dictation", "", "X", email="jobs@transmed.example.org")
    text = ("Job #%d  Author: %s  Dictated: %s\n\nPATIENT: %s\nDATE OF SERVICE: %s\n\nHISTORY OF PRESENT ILLNESS: "
            "The patient is a %d-year-old %s seen for %s. %s\n\nPHYSICAL EXAMINATION: %s\n\nIMPRESSION AND PLAN: %s (%s). %s\n\n"
            "D: %s  T: %s" % (c.r.randint(100000, 999999), doc.display, d_us(c.day_ago(1, 3)), p.name.upper(),
                               d_us(c.day_ago(1, 3)), p.age, "woman" if p.sex == "F" else "man", case[1], case[2], case[3],
                               ICD_D[case[0]], case[0], case[4], d_us(c.day_ago(1, 3)), d_us(c.today)))
    return M("Transcription ready", tx, doc, text, banner=True,
             note="transcribed dictation: named patient, HPI, exam, ICD-10 %s" % case[0])


# discharge ------------------------------------------------------------------------
DC_CASES = [("J18.9", "community-acquired pneumonia", "IV ceftriaxone and azithromycin, transitioned to oral",
             "amoxicillin-clavulanate 875-125 mg BID for 5 more days"),
            ("I50.22", "acute on chronic systolic heart failure", "IV diuresis with 6 lb weight loss",
             "furosemide 40 mg daily; metoprolol succinate 25 mg daily"),
            ("A41.9", "sepsis due to urinary source", "IV fluids and cefepime; blood cultures negative",
             "cephalexin 500 mg QID for 7 days"),
            ("I63.9", "acute ischemic stroke, left MCA territory", "tPA not given (outside window); aspirin and statin",
             "aspirin 81 mg daily; atorvastatin 80 mg nightly"),
            ("S72.001A", "right hip fracture after a fall", "hemiarthroplasty on hospital day 2",
             "apixaban 2.5 mg BID for 35 days; oxycodone 5 mg q6h PRN"),
            ("J44.1", "COPD exacerbation", "nebulizers, prednisone and doxycycline",
             "prednisone 40 mg daily to complete 5 days; tiotropium daily")]


def dc_summary_text(c, p, case, doc):
    adm = c.day_ago(4, 10)
    dcd = c.day_ago(0, 2)
    code, dx, course, meds = case
    dispo = c.pick(["home with family", "home with home health PT", "Cedar Valley SNF for rehab"])
    return ("DISCHARGE SUMMARY\n\nPatient: %s\nMRN: %s\nAdmitted: %s   Discharged: %s\nAttending: %s\n\n"
            "Principal diagnosis: %s (%s)\nHospital course: Admitted with %s. Treated with %s. %s\n"
            "Discharge medications: %s\nDisposition: %s\nFollow-up: PCP within 7 days; labs in 1 week.\n" % (
                p.name, p.mrn, d_us(adm), d_us(dcd), doc.display, ICD_D[code], code, dx, course,
                c.pick(["Ambulating independently at discharge.", "Tolerating diet.", "Afebrile for 48 hours."]),
                meds, dispo)), dispo


def dc_summary(c):
    p = c.patient(40, 92)
    case = c.pick(DC_CASES)
    doc = c.prov("Internal Medicine")
    pcp = c.prov("Family Medicine")
    summ, dispo = dc_summary_text(c, p, case, doc)
    text = "%s\n\nYour patient was discharged %s. Summary below for continuity.\n\n%s%s" % (
        doc_greet(c, pcp), c.pick(["yesterday", "this morning", "over the weekend"]), summ, sig(c, doc)) + disclaimer(c)
    return M(c.pick(["Discharge", "Your patient", "Hospital follow-up", "FYI"]), doc, pcp, text,
             note="discharge summary: named patient, MRN, %s, meds, disposition" % case[0])


def dc_instructions_html(c):
    p = c.patient(30, 90)
    case = c.pick(DC_CASES)
    rn = c.staff("Care Management")
    dob_split = "<span style='font-family:Calibri'>%02d/%02d/</span><span style='font-family:Calibri'>%d</span>" % (
        p.dob.month, p.dob.day, p.dob.year)
    fup = c.day_ahead(3, 10)
    rows = [["<b>Name</b>", "%s&nbsp;%s" % (esc(p.first), esc(p.last))], ["<b>Date of birth</b>", dob_split],
            ["<b>Reason for stay</b>", esc(case[1])], ["<b>Medicines</b>", esc(case[3])],
            ["<b>Follow-up</b>", "%s with your primary care doctor" % esc(d_wday(fup))]]
    h = ('<p class="MsoNormal">Hello,</p>\n<p class="MsoNormal">Here are the discharge instructions we reviewed '
         'together. Please keep them handy.</p>\n' + html_table(["", ""], rows, raw=True) +
         '\n<p class="MsoNormal">Call us at %s if you have a fever over 101&deg;F, shortness of breath or new '
         'confusion.</p>\n' % c.phone(rn) + text_to_html(sig(c, rn, "full").strip("\n")))
    text = ("Hello,\n\nHere are the discharge instructions we reviewed together. Please keep them handy.\n\n"
            "Name: %s\nDate of birth: %s\nReason for stay: %s\nMedicines: %s\nFollow-up: %s with your primary care doctor\n\n"
            "Call us at %s if you have a fever over 101\u00b0F, shortness of breath or new confusion." % (
                p.name, d_us(p.dob), case[1], case[3], d_wday(fup), c.phone(rn))) + sig(c, rn, "full")
    return M(c.pick(["Your discharge instructions", "Instructions", "After your stay"]), rn,
             Person(p.first, p.last, p.sex, email=p.email), text, html=h,
             note="discharge instructions to named patient; DOB split across <span>s; diagnosis + meds")


def dc_pdf(c):
    p = c.patient(40, 90)
    case = c.pick(DC_CASES)
    doc = c.prov("Internal Medicine")
    summ, dispo = dc_summary_text(c, p, case, doc)
    cm = c.staff("Care Management")
    snf = c.partner()
    lines = [("Riverside Health - Discharge Summary", 13, True), ""] + summ.split("\n")[2:] + [
        "", "Allergies: %s" % c.pick(["NKDA", "penicillin", "iodinated contrast"]),
        "Code status: %s" % c.pick(["Full code", "DNR/DNI"])]
    text = c.pick(["Discharge packet attached for tomorrow's transfer.", "Attached is the summary.",
                   "Summary and med list attached; the PT eval will follow."]) + sig(c, cm)
    return M(c.pick(["Transfer packet", "Discharge", "Documents for tomorrow"]), cm,
             Person(snf.org, "", "X", email=snf.email), text,
             atts=[att_pdf(c, "DischargeSummary.pdf", lines, "Discharge Summary")],
             note="PDF discharge summary: named patient, MRN, diagnosis, meds, code status")


def dc_notify(c):
    p = c.patient(40, 90)
    case = c.pick(DC_CASES)
    pcp = c.prov("Family Medicine")
    t = ("ADT NOTIFICATION - DISCHARGE\n\nPatient: %s  DOB: %s\nFacility: Riverside Health Main Campus\n"
         "Discharged: %s to %s\nReason for admission: %s\n\nYou are listed as the primary care provider. Please "
         "arrange a transition-of-care visit within 7 days." % (
             p.lf, d_us(p.dob), d_us(c.day_ago(0, 1)), c.pick(["home", "home with services", "SNF"]), case[1]))
    return M(c.pick(["ADT notification", "Notification", "Care alert"]),
             Person("Riverside Care Alerts", "", "X", email="carealerts@" + ORG), pcp, t, minimal=True,
             note="automated discharge notification: name, DOB, admission reason")


def dc_html_att(c):
    p = c.patient()
    case = c.pick(DC_CASES)
    rn = c.staff("4 West Med/Surg")
    doc = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>After Visit Summary</title></head>\n"
           "<body>\n<h1>After Visit Summary</h1>\n<p><b>%s</b> &middot; MRN %s</p>\n<h2>Why you were in the hospital</h2>\n"
           "<p>%s</p>\n<h2>Medicines to take</h2>\n<p>%s</p>\n<h2>Appointments</h2>\n<p>%s, %s</p>\n</body></html>\n" % (
               esc(p.name), p.mrn, esc(case[1]).capitalize(), esc(case[3]), d_wday(c.day_ahead(3, 12)),
               esc(c.prov().location)))
    text = "%s,\n\nAs promised, a copy of your after-visit summary is attached.%s" % (p.first, sig(c, rn, "short"))
    return M(c.pick(["Copy of your summary", "As requested", "Summary"]), rn, Person(p.first, p.last, p.sex, email=p.email),
             text, atts=[att_html(c, "AfterVisitSummary.html", doc)],
             note="HTML after-visit summary attachment: name, MRN, diagnosis, meds")


def dc_snf_txt(c):
    p = c.patient(65, 92)
    case = c.pick(DC_CASES)
    cm = c.staff("Care Management")
    snf = c.partner()
    body = ("TRANSFER FORM\nName: %s\nDOB: %s\nMedicare: %s\nDiagnosis: %s (%s)\nDiet: cardiac\nActivity: up with walker, 1 assist\n"
            "Meds: %s\n" % (p.name, d_us(p.dob), mbi_dash(p.mbi), ICD_D[case[0]], case[0], case[3]))
    text = "Transfer form attached for %s's admission tomorrow. Bed 14B confirmed.%s" % (p.formal, sig(c, cm))
    return M("Transfer form", cm, Person(snf.org, "", "X", email=snf.email), text,
             atts=[att_txt(c, "transfer.txt", body)], note="SNF transfer TXT: name, DOB, MBI, diagnosis, meds")


def dc_thread(c):
    p = c.patient(60, 90)
    cm = c.staff("Care Management")
    doc = c.prov("Internal Medicine")
    q = ("Is %s %s medically ready for discharge tomorrow? Family wants to take %s home but PT recommends SNF. "
         "%s O2 requirement is down to 2 L." % (p.title, p.last, p.him, p.his.capitalize()))
    a = "Yes from my side if sats stay >90% on 2 L overnight. Let's do a family meeting at 10."
    text = c.pick(["Family meeting set for 10:00 in the 4W conference room. Daughter and son attending.",
                   "OK, I'll let the daughter know."]) + sig(c, cm, "short") + q_original(doc, [cm], c.earlier(30, 200), "RE: dc planning", a) + \
        q_original(cm, [doc], c.earlier(300, 900), "dc planning", q)
    return M("RE: dc planning", cm, doc, text, reply=True, depth=2,
             note="discharge-planning thread about named inpatient (oxygen, SNF vs home)")


def dc_json(c):
    p = c.patient()
    case = c.pick(DC_CASES)
    obj = {"event": "discharge", "encounter": {"id": "E%09d" % c.r.randint(1, 999999999), "class": "inpatient",
                                               "dischargeDisposition": "home"},
           "patient": {"mrn": p.mrn, "name": p.lf, "dob": d_iso(p.dob), "phone": p.phone},
           "diagnoses": [{"system": "ICD-10-CM", "code": case[0], "display": ICD_D[case[0]]}],
           "followUp": {"withinDays": 7}}
    ia = c.staff("Information Services")
    text = "Sample message from the new transitions-of-care feed, for the vendor call at 2.%s" % sig(c, ia, "short")
    return M(c.pick(["TOC feed sample", "for the vendor call", "sample"]), ia, c.staff("Care Management"), text,
             atts=[att_json(c, "toc_event.json", obj)],
             note="JSON discharge event with real-looking patient name/MRN/DOB/diagnosis (not a placeholder sample)")


def dc_fwd(c):
    p = c.patient()
    case = c.pick(DC_CASES)
    doc = c.prov("Internal Medicine")
    pcp = c.prov("Family Medicine")
    summ, dispo = dc_summary_text(c, p, case, doc)
    inner = M("Discharge summary", doc, pcp, summ)
    ma = c.staff("Primary Care")
    text = "%s - please book a hospital follow-up with me next week.%s" % (ma.first, sig(c, pcp, "initials"))
    return M("FW: Discharge summary", pcp, ma, text, atts=[att_fwd(c, inner, c.pick(["7bit", "b64", "html"]))],
             note="forwarded discharge summary (rfc822), named patient with MRN")


# appointment --------------------------------------------------------------------------
PROCS = [("Gastroenterology", "colonoscopy", "Endoscopy Suite, Pavilion B, 2nd floor"),
         ("Cardiology", "transthoracic echocardiogram", "Heart Institute, Suite 300"),
         ("Cardiology", "nuclear stress test", "Heart Institute, Suite 310"),
         ("Orthopedic Surgery", "pre-operative visit for right knee replacement", "Bone & Joint Center"),
         ("Endocrinology", "diabetes follow-up", "Diabetes & Endocrine Center"),
         ("Pulmonology", "pulmonary function test", "Lung & Sleep Center"),
         ("Oncology", "chemotherapy infusion (cycle 3)", "Cancer Center Infusion, Pavilion C"),
         ("Obstetrics & Gynecology", "20-week anatomy ultrasound", "Women's Health Center"),
         ("Neurology", "EEG", "Neuroscience Center, 5th floor"),
         ("Behavioral Health", "therapy intake", "Outpatient Behavioral Health, 88 Canal St"),
         ("Nephrology", "dialysis access evaluation", "Kidney Care Clinic")]


def appt_pick(c, p):
    while True:
        pr = c.pick(PROCS)
        if pr[1].startswith("20-week") and p.sex != "F":
            continue
        return pr


def appt_reminder(c):
    p = c.patient(25, 80)
    spec, proc, loc = appt_pick(c, p)
    doc = c.prov(spec)
    d = c.day_ahead(2, 14)
    t = c.at(d)
    prep = {"colonoscopy": "Start the clear-liquid diet the day before and take the prep as instructed. You must "
                           "have a driver.",
            "nuclear stress test": "No caffeine for 24 hours before the test.",
            "pulmonary function test": "Do not use your inhaler for 4 hours before the test."}.get(proc, "Please arrive 15 minutes early.")
    text = ("%s\n\nThis is a reminder of your %s with %s on %s at %s.\n\nLocation: %s\n\n%s\n\nTo reschedule call %s. "
            "Reply C to confirm.\n\nRiverside Health %s" % (
                c.pick(["Hi %s," % p.first, "Dear %s," % p.formal, "Hello %s %s," % (p.first, p.last)]), proc,
                doc.doc if hasattr(doc, "doc") else doc.name, d_wday(d), t_12(t), loc, prep, c.phone(), spec))
    return M(c.pick(["Appointment reminder", "Upcoming appointment", "Reminder"]),
             Person("Riverside Scheduling", "", "X", email="scheduling@" + ORG), Person(p.first, p.last, p.sex, email=p.email),
             text, minimal=c.chance(0.4), note="reminder to named patient for %s (%s)" % (proc, spec))


def appt_spanish(c):
    p = c.patient(25, 80)
    spec, proc, loc = appt_pick(c, p)
    es = {"colonoscopy": "colonoscopia", "transthoracic echocardiogram": "ecocardiograma",
          "nuclear stress test": "prueba de esfuerzo nuclear", "diabetes follow-up": "cita de control de diabetes",
          "pulmonary function test": "prueba de funci\u00f3n pulmonar", "EEG": "electroencefalograma (EEG)",
          "therapy intake": "primera cita de terapia", "dialysis access evaluation": "evaluaci\u00f3n de acceso para di\u00e1lisis",
          "chemotherapy infusion (cycle 3)": "infusi\u00f3n de quimioterapia (ciclo 3)",
          "20-week anatomy ultrasound": "ultrasonido de la semana 20",
          "pre-operative visit for right knee replacement": "cita preoperatoria para reemplazo de rodilla derecha"}[proc]
    d = c.day_ahead(2, 14)
    t = c.at(d)
    dias = ["lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo"]
    meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
    text = ("Estimado/a %s %s:\n\nLe recordamos su %s el %s %d de %s a las %s en %s.\n\nPor favor llegue 15 minutos antes "
            "y traiga su tarjeta de seguro y la lista de sus medicamentos. Para cambiar la cita llame al %s.\n\n"
            "Atentamente,\nCentro de Citas de Riverside Health" % (
                p.first, p.last, es, dias[d.weekday()], d.day, meses[d.month - 1], t_12(t), loc, c.phone()))
    return M("Recordatorio de cita", Person("Riverside Health Citas", "", "X", email="citas@" + ORG),
             Person(p.first, p.last, p.sex, email=p.email), text, lang="es-US",
             note="Spanish appointment reminder to named patient for %s" % proc)


def appt_csv(c):
    sched = c.staff("Ambulatory Scheduling")
    spec, proc, loc = c.pick(PROCS[:6])
    doc = c.prov(spec)
    d = c.day_ahead(1, 5)
    rows = []
    for i in range(c.r.randint(5, 9)):
        p = c.patient()
        rows.append(["%02d:%02d" % (7 + i, c.pick([0, 30])), p.lf, p.mrn, d_us(p.dob), proc, doc.name,
                     c.pick(["", "", "needs interpreter", "wheelchair", "NPO since midnight"])])
    text = "Tomorrow's %s schedule for %s is attached.%s" % (spec, loc, sig(c, sched, "short"))
    return M(c.pick(["Schedule", "Tomorrow", "Day sheet"]), sched, c.staff("Primary Care"), text,
             atts=[att_csv(c, "schedule_%s.csv" % d_iso(d), ["Time", "Patient", "MRN", "DOB", "Procedure", "Provider", "Notes"], rows)],
             note="CSV day schedule: %d named patients with MRN/DOB and procedure" % len(rows))


def appt_resched(c):
    p = c.patient()
    spec, proc, loc = appt_pick(c, p)
    sched = c.staff("Ambulatory Scheduling")
    d1 = c.day_ahead(2, 6)
    d2 = c.day_ahead(8, 20)
    q = ("Hi, this is %s. I have my %s on %s but my ride fell through. Is there anything the week after? "
         "Mornings are best.\n\n%s\n%s" % (p.first, proc, d_long(d1), p.name, p.phone))
    a = ("Hi %s,\n\nNo problem. I moved your %s to %s at %s, %s. Your prep instructions stay the same.\n\n%s" % (
        p.first, proc, d_wday(d2), t_12(c.at(d2, 7, 11)), loc, sched.name))
    text = a + q_gt(Person(p.first, p.last, p.sex, email=p.email), c.earlier(60, 1500), q)
    return M("Re: my appointment", sched, Person(p.first, p.last, p.sex, email=p.email), text, reply=True,
             note="rescheduling exchange with named patient for %s" % proc)


def appt_prep(c):
    p = c.patient(45, 75)
    doc = c.prov("Gastroenterology")
    d = c.day_ahead(5, 20)
    text = ("Dear %s,\n\nYou are scheduled for a colonoscopy with %s on %s at %s. Because you take %s, please "
            "stop it %s before the procedure unless Dr. %s tells you otherwise. Because you have diabetes, take "
            "half of your usual insulin glargine dose the night before.\n\nPrep: split-dose polyethylene glycol "
            "(GoLYTELY), first half at 6 PM the evening before.\n\nEndoscopy Suite nurse line: %s" % (
                p.formal, doc.doc, d_wday(d), t_12(c.at(d, 7, 12)), c.pick(["apixaban", "clopidogrel", "warfarin"]),
                c.pick(["2 days", "5 days"]), doc.last, c.phone()))
    return M(c.pick(["Before your procedure", "Procedure instructions", "Instructions"]), doc,
             Person(p.first, p.last, p.sex, email=p.email), text,
             note="personalised colonoscopy prep for named patient (anticoagulant, insulin)")


def appt_hl7(c):
    p = c.patient()
    spec, proc, loc = appt_pick(c, p)
    doc = c.prov(spec)
    d = c.at(c.day_ahead(2, 20))
    segs = [hl7_msh(c.r, c.now, "SIU^S12^SIU_S12", "EPIC", "RIVERSIDE", "RADIANT", "RHIMG"),
            "SCH||%d|||||%s^%s||30|MIN|^^30^%s" % (c.r.randint(100000, 999999), proc.upper()[:20], proc, t_hl7(d)),
            hl7_pid(p),
            "PV1|1|O|%s^^^RIVERSIDE||||%s^%s^%s" % (spec[:4].upper(), doc.npi, ascii_fold(doc.last).upper(), ascii_fold(doc.first).upper()),
            "AIS|1||%s^%s|%s|30|MIN" % (c.r.randint(1000, 9999), proc, t_hl7(d)),
            "AIP|1||%s^%s^%s|%s" % (doc.npi, ascii_fold(doc.last).upper(), ascii_fold(doc.first).upper(), spec)]
    ia = c.staff("Information Services")
    text = "SIU attached - this one did not create an appointment in the downstream system. Ticket INC0%06d.%s" % (
        c.r.randint(100000, 999999), sig(c, ia, "short"))
    return M(c.pick(["SIU not filing", "INC follow-up", "interface"]), ia, c.staff("Information Services", (ia,)), text,
             atts=[att_hl7(c, "siu_s12.hl7", segs)], note="HL7 SIU^S12 with PID (name, DOB, MRN, address) and appointment")


def appt_json(c):
    p = c.patient()
    spec, proc, loc = appt_pick(c, p)
    d = c.at(c.day_ahead(2, 20))
    obj = {"resourceType": "Appointment", "status": "booked", "serviceType": [{"text": spec}],
           "description": proc, "start": "%sT%02d:%02d:00-05:00" % (d_iso(d), d.hour, d.minute),
           "participant": [{"actor": {"reference": "Patient/%s" % p.mrn, "display": p.name}, "status": "accepted"},
                           {"actor": {"display": c.prov(spec).display}, "status": "accepted"}]}
    ia = c.staff("Information Services")
    text = "Here is what the app sends us for a booking - note the reference format.%s" % sig(c, ia, "short")
    return M("booking payload", ia, c.staff("Ambulatory Scheduling"), text, atts=[att_json(c, "appointment.json", obj)],
             note="FHIR Appointment JSON: named patient (MRN reference) booked for %s" % proc)


def appt_pdf(c):
    p = c.patient()
    spec, proc, loc = appt_pick(c, p)
    doc = c.prov(spec)
    d = c.day_ahead(5, 30)
    lines = [("Riverside Health", 16, True), ("Appointment Confirmation", 12, True), "",
             d_long(c.today), "", p.name, p.street, "%s, %s %s" % (p.city, p.state, p.zip), "",
             "Dear %s," % p.formal, "",
             "Your %s with %s is scheduled for %s at %s." % (proc, doc.display, d_wday(d), t_12(c.at(d))),
             "Location: %s" % loc, "", "Please bring your insurance card and a photo ID.",
             "If you cannot keep this appointment, call %s at least 24 hours ahead." % c.phone()]
    sched = c.staff("Ambulatory Scheduling")
    text = "Hi %s,\n\nYour confirmation letter is attached, as you asked on the phone.%s" % (p.first, sig(c, sched))
    return M(c.pick(["Confirmation letter", "Your letter", "As discussed"]), sched,
             Person(p.first, p.last, p.sex, email=p.email), text,
             atts=[att_pdf(c, "Appointment_Letter.pdf", lines, "Appointment Confirmation")],
             note="PDF confirmation letter: named patient, home address, %s" % proc)


def appt_daysheet(c):
    doc = c.prov()
    ma = c.staff("Primary Care")
    rows = []
    for i in range(c.r.randint(5, 8)):
        p = c.patient()
        rows.append(["%d:%02d" % (8 + i, c.pick([0, 20, 40])), "%s, %s" % (p.last, p.first), str(p.age),
                     c.pick(["BP check", "DM f/u - A1c due", "post-hospital f/u (CHF)", "new pt: palpitations",
                             "depression f/u PHQ-9", "knee pain", "annual wellness"])])
    text = "Morning Dr. %s, here's your huddle sheet for today:\n\n%s\n\n%s" % (
        doc.last, fmt_table(["Time", "Patient", "Age", "Reason"], rows), c.pick(["Room 3 is out of service.", "Flu shots in stock.", ""]))
    h = '<p class="MsoNormal">Morning Dr. %s, here\'s your huddle sheet for today:</p>\n%s' % (
        esc(doc.last), html_table(["Time", "Patient", "Age", "Reason"], rows))
    return M(c.pick(["Huddle", "Today", "Schedule"]), ma, doc, text + sig(c, ma, "initials"), html=h,
             note="clinic huddle table: named patients with ages and visit reasons")


def appt_terse(c):
    p = c.patient(50, 90)
    echo = c.staff("Ambulatory Scheduling")
    text = c.pick(["Can you move %s %s's echo to Thursday afternoon? %s has dialysis Mon/Wed/Fri mornings." % (p.title, p.last, p.he.capitalize()),
                   "%s %s's MRI knee needs to be before %s - ortho wants it before the surgical consult." % (p.first, p.last, d_long(c.day_ahead(5, 12)))])
    doc = c.prov()
    return M(c.pick(["quick one", "move?", "schedule"]), doc, echo, text + sig(c, doc, "initials"),
             note="terse scheduling request naming patient + test/procedure")


def appt_noshow(c):
    p = c.patient()
    spec, proc, loc = appt_pick(c, p)
    text = ("%s,\n\nWe missed you at your %s appointment on %s. Your care matters to us. Please call %s to reschedule. "
            "If you no longer need this appointment, let us know.\n\n\u2014 %s, Riverside Health" % (
                p.first, spec, d_long(c.day_ago(1, 4)), c.phone(), loc))
    return M("We missed you", Person("Riverside Health", "", "X", email="noreply@" + ORG),
             Person(p.first, p.last, p.sex, email=p.email), text, minimal=True,
             note="missed-appointment notice to named patient naming specialty clinic (%s)" % spec)


# medication ----------------------------------------------------------------------------
def med_refill(c):
    p = c.patient(30, 88)
    drug = c.pick(DRUGS[:16])
    ph = PARTNERS[2]
    rph = c.ext_person(ph[2])
    doc = c.prov(c.pick(["Family Medicine", "Internal Medicine"]))
    text = ("REFILL REQUEST\n\nPatient: %s\nDOB: %s\nPhone: %s\nMedication: %s %s\nSig: %s\nQty: %d   Refills requested: 3\n"
            "Last filled: %s\nPrescriber: %s (NPI %s)\n\nPlease approve or deny via e-prescribing or reply to this message.\n\n"
            "%s, PharmD\n%s #%d" % (p.name, d_us(p.dob), p.phone, drug[0], drug[1], drug[2], c.pick([30, 60, 90, 180]),
                                    d_us(c.day_ago(25, 60)), doc.display, doc.npi, rph.name, ph[0], c.r.randint(10, 99)))
    return M(c.pick(["Refill request", "Rx renewal", "Request"]), rph, doc, text, banner=c.chance(0.6),
             note="pharmacy refill request: named patient, DOB, %s with dose" % drug[0])


def med_list_html(c):
    p = c.patient(55, 90)
    meds = c.r.sample(DRUGS[:15], c.r.randint(4, 7))
    rn = c.staff("Care Management")
    doc = c.prov("Internal Medicine")
    rows = [[d[0], d[1], d[2]] for d in meds]
    text = ("%s\n\nMedication list for %s as reconciled at today's transition call:\n\n%s\n\n%s" % (
        doc_greet(c, doc), p.name, fmt_table(["Drug", "Strength", "Directions"], rows),
        c.pick(["Patient is not taking the omeprazole - says it was stopped by GI.",
                "Daughter fills the pill box weekly.", "No discrepancies found."]))) + sig(c, rn)
    h = ('<p class="MsoNormal">%s</p>\n<p class="MsoNormal">Medication list for <b>%s</b> as reconciled at today\'s '
         'transition call:</p>\n%s\n' % (esc(doc_greet(c, doc)), esc(p.name), html_table(["Drug", "Strength", "Directions"], rows)))
    h += text_to_html(text.split(fmt_table(["Drug", "Strength", "Directions"], rows), 1)[1])
    return M(c.pick(["Med rec", "Medication list", "Transition call"]), rn, doc, text, html=h,
             note="reconciled medication table for named patient (%d drugs with doses)" % len(meds))


def med_clarify(c):
    p = c.patient()
    doc = c.prov()
    rph = c.staff("Pharmacy")
    q = ("Dr. %s,\n\nThe new order for %s reads metoprolol tartrate 250 mg PO BID. Usual max is 200 mg/day, and %s home dose "
         "was 25 mg BID. Did you mean 25 mg? Holding verification until I hear back.\n\n%s, PharmD" % (
             doc.last, p.name, p.his, rph.name))
    a = "Yes - 25 mg BID. Typo, sorry. Please correct."
    text = "Corrected and verified. Thanks for the quick reply." + sig(c, rph, "short") + \
        q_outlook(doc, [rph], c.earlier(10, 90), "RE: order clarification", a) + \
        q_outlook(rph, [doc], c.earlier(100, 300), "order clarification", q)
    return M("RE: order clarification", rph, doc, text, reply=True, depth=2,
             note="pharmacist/prescriber thread: named patient's metoprolol dose error")


def med_rec_txt(c):
    p = c.patient(60, 90)
    meds = c.r.sample(DRUGS[:16], 5)
    body = "MEDICATION RECONCILIATION\nPatient: %s   DOB: %s\nSource: patient + pharmacy fill history\n\n" % (p.name, d_us(p.dob))
    body += "\n".join("- %s %s: %s [%s]" % (d[0], d[1], d[2], c.pick(["continue", "continue", "HOLD", "changed"])) for d in meds)
    rph = c.staff("Pharmacy")
    text = "Med rec from the ED attached for the admitting team.%s" % sig(c, rph)
    return M(c.pick(["Med rec", "ED med history", "Admission meds"]), rph, c.prov("Internal Medicine"), text,
             atts=[att_txt(c, "medrec.txt", body)], note="TXT med reconciliation for named patient, DOB, 5 drugs+doses")


def med_anticoag(c):
    p = c.patient(55, 90)
    rn = c.staff("Care Management")
    inr = c.pick(["2.4", "1.7", "3.4"])
    text = ("Anticoagulation clinic note\n\n%s, INR %s today on warfarin 35 mg/week. Indication: atrial fibrillation "
            "(I48.91), goal 2-3. Plan: %s. Next INR %s.\n\nCalled patient, reviewed plan; %s repeated it back." % (
                p.name, inr, c.pick(["no change", "increase to 37.5 mg/week (7.5 mg Sundays)", "hold x1 then 32.5 mg/week"]),
                d_long(c.day_ahead(6, 14)), p.he))
    return M(c.pick(["Anticoag", "INR today", "Note"]), rn, c.prov("Cardiology"), text + sig(c, rn, "short"),
             note="anticoagulation note: named patient, INR, warfarin weekly dose, I48.91")


def med_portal(c):
    p = c.patient(25, 70)
    doc = c.prov(c.pick(["Family Medicine", "Behavioral Health", "Internal Medicine"]))
    drug = c.pick([DRUG_BY_NAME["sertraline"], DRUG_BY_NAME["levothyroxine"], DRUG_BY_NAME["insulin glargine"]])
    text = ("%s\n\nI'm almost out of my %s (%s) and the pharmacy says the prescription expired. I only have two days "
            "left. Can you send a new one to Bluebird Pharmacy on Maple Ave?\n\nThanks so much,\n%s" % (
                c.pick(["Hi Dr. %s," % doc.last, "Hello,"]), drug[0], drug[2], p.name))
    h = ('<div style="font-family:Arial;font-size:10pt"><p>%s</p><p>I&#8217;m almost out of my <b>%s</b> (%s) and the '
         'pharmacy says the prescription expired. I only have two days left. Can you send a new one to Bluebird '
         'Pharmacy on Maple&nbsp;Ave?</p><p>Thanks so much,<br>%s</p></div>' % (
             esc(text.split("\n")[0]), esc(drug[0]), esc(drug[2]), esc(p.name)))
    return M("New patient message", Person("MyRiverside", "Portal", "X", email="noreply-portal@" + ORG), doc,
             text, html=h, minimal=c.chance(0.5), note="portal message from named patient requesting %s refill" % drug[0])


def med_recall_list(c):
    rph = c.staff("Pharmacy")
    lot = "%s%d" % (c.pick(["AB", "KT", "M"]), c.r.randint(10000, 99999))
    rows = []
    drug = c.pick([("metformin ER", "500 mg", ["1 tab with evening meal", "2 tabs with evening meal", "1 tab BID"]),
                   ("valsartan", "160 mg", ["1 tab daily", "1 tab BID"]),
                   ("levothyroxine", "50 mcg", ["1 tab daily before breakfast", "1 tab daily, 2 tabs Sundays"])])
    for _ in range(c.r.randint(5, 9)):
        p = c.patient(30, 88)
        rows.append([p.lf, p.phone, "%s %s" % drug[:2], c.pick(drug[2]), lot, d_us(c.day_ago(5, 60))])
    text = ("Team,\n\nAttached is the outreach list for the %s %s recall (lot %s). Please call each patient today and "
            "document in the chart. Script is on the SharePoint.%s" % (drug[0], drug[1], lot, sig(c, rph)))
    return M(c.pick(["Recall outreach", "Call list", "Action needed today"]), rph, c.staff("Primary Care"), text,
             atts=[att_csv(c, "recall_outreach.csv", ["Patient", "Phone", "Drug", "Directions", "Lot", "Dispensed"], rows)],
             note="recall outreach CSV listing named patients dispensed the drug with dose (contrast: recall notice negatives)")


def med_pdf(c):
    p = c.patient(60, 90)
    meds = c.r.sample(DRUGS[:16], 5)
    rn = c.staff("Care Management")
    lines = [("My Medicine Schedule", 14, True), "Prepared for: %s" % p.name, "Date: %s" % d_long(c.today), ""]
    for when in ("Morning", "Noon", "Evening", "Bedtime"):
        lines.append((when, 11, True))
        for d in meds:
            if c.chance(0.4):
                lines.append("  %s %s - %s" % (d[0], d[1], d[2]))
    lines += ["", "Questions? Call the care team at %s." % c.phone(rn)]
    text = "%s,\n\nAs we discussed, here is your medicine schedule in large print.%s" % (p.first, sig(c, rn))
    return M(c.pick(["Your medicine schedule", "As discussed", "Medicines"]), rn, Person(p.first, p.last, p.sex, email=p.email),
             text, atts=[att_pdf(c, "MedicineSchedule.pdf", lines, "Medicine Schedule")],
             note="PDF medicine schedule prepared for named patient")


def med_json(c):
    p = c.patient()
    d = c.pick(DRUGS)
    doc = c.prov()
    obj = {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
           "medicationCodeableConcept": {"text": "%s %s" % (d[0], d[1])},
           "subject": {"reference": "Patient/%s" % p.mrn, "display": p.name},
           "authoredOn": d_iso(c.today), "requester": {"display": doc.display, "identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": doc.npi}},
           "dosageInstruction": [{"text": d[2]}], "dispenseRequest": {"numberOfRepeatsAllowed": 2}}
    ia = c.staff("Information Services")
    text = "Example from prod that the pharmacy vendor rejected (dosage text too long?). Attached.%s" % sig(c, ia, "short")
    return M("rejected eRx", ia, c.staff("Pharmacy"), text, atts=[att_json(c, "MedicationRequest.json", obj)],
             note="FHIR MedicationRequest JSON: named patient with MRN and %s dose" % d[0])


def med_terse(c):
    p = c.patient(60, 90)
    doc = c.prov(c.pick(["Cardiology", "Nephrology"]))
    rn = c.staff("Care Management")
    text = c.pick(["Pls increase %s's furosemide to 40 mg BID x 3 days, then back to daily. BMP Monday." % p.formal,
                   "%s %s - stop the lisinopril, start losartan 50 mg daily (cough). Thx" % (p.first, p.last),
                   "%s can hold metformin 500 mg until creatinine is back." % p.name])
    return M(c.pick(["order", "med change", "fyi"]), doc, rn, text + sig(c, doc, "initials"),
             note="terse medication change for named patient with drug and dose")


def med_hl7(c):
    p = c.patient()
    d = c.pick(DRUGS)
    doc = c.prov()
    segs = [hl7_msh(c.r, c.now, "RDE^O11^RDE_O11", "EPIC", "RIVERSIDE", "PYXIS", "RHPHARM"), hl7_pid(p),
            "PV1|1|I|4W^4%02d^A^RIVERSIDE" % c.r.randint(1, 40),
            "ORC|NW|%d|||||^BID^^%s" % (c.r.randint(100000, 999999), t_hl7(c.now)),
            "RXE|^BID^^%s|^%s %s|%s||%s|||||||%s^%s^%s" % (t_hl7(c.now), d[0].upper(), d[1].upper(), d[1].split()[0],
                                                      d[1].split()[1].upper() if len(d[1].split()) > 1 else "EA", doc.npi,
                                                      ascii_fold(doc.last).upper(), ascii_fold(doc.first).upper())]
    ia = c.staff("Information Services")
    text = "Cabinet profile did not update for this order. Raw RDE attached.%s" % sig(c, ia, "short")
    return M("RDE not crossing", ia, c.staff("Pharmacy"), text, atts=[att_hl7(c, "rde.hl7", segs)],
             note="HL7 RDE^O11 pharmacy order with PID and %s" % d[0])


def med_fwd(c):
    p = c.patient()
    d = c.pick(DRUGS[:16])
    ph = PARTNERS[2]
    rph = c.ext_person(ph[2])
    doc = c.prov()
    inner = M("Prior fill history", rph, doc, "Fill history for %s (DOB %s):\n\n%s" % (
        p.name, d_us(p.dob), "\n".join("%s  %s %s  qty 30" % (d_us(c.day_ago(30 * i + 1, 30 * i + 3)), d[0], d[1]) for i in range(4))))
    text = "Adherence looks fine per the pharmacy - see below.%s" % sig(c, doc, "initials")
    return M("FW: Prior fill history", doc, c.staff("Care Management"), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded pharmacy fill history for named patient (rfc822)")


# registration ------------------------------------------------------------------------------
INSURERS = ["Riverside Health Plan", "Prairie Mutual PPO", "Medicare Part B", "Illinois Medicaid (Harmony)", "Self-pay"]


def reg_fields(c, p, ssn_style="dash"):
    ins = c.pick(INSURERS[:2])
    ssn = p.ssn if ssn_style == "dash" else p.ssn.replace("-", "") if ssn_style == "plain" else p.ssn.replace("-", " ")
    ec = c._name()
    return [("Last name", p.last), ("First name", p.first), ("Date of birth", d_us(p.dob)), ("Sex", p.sex),
            ("SSN", ssn), ("Address", "%s, %s, %s %s" % (p.street, p.city, p.state, p.zip)), ("Phone", p.phone),
            ("Email", p.email), ("Insurance", ins), ("Member ID", p.member if ins.startswith("Riverside") else "PMH%08d" % c.r.randint(1, 99999999)),
            ("Emergency contact", "%s %s (%s) %s" % (ec[0], ec[1], c.pick(["spouse", "sister", "daughter", "friend"] if ec[2] == "F"
                                                                        else ["spouse", "brother", "son", "friend"]), c.phone())),
            ("MRN", p.mrn)]


def reg_plain(c):
    p = c.patient(18, 90)
    fields = reg_fields(c, p, c.pick(["dash", "dash", "plain", "space"]))
    par = c.staff("Patient Access")
    text = ("%s\n\nNew registration completed at %s. Please verify coverage before %s visit.\n\n%s\n\n%s" % (
        c.pick(["Hi,", "Team,", "Hello Billing,"]), c.pick(["the ED front desk", "Cedar Grove Primary Care", "the Pavilion A kiosk"]),
        p.his, "\n".join("%-18s %s" % (k + ":", v) for k, v in fields),
        c.pick(["Card scanned front and back.", "Patient did not have the card with them.", ""]))) + sig(c, par) + disclaimer(c)
    return M(c.pick(["New registration", "Verify coverage", "Registration", "Intake"]), par, c.staff("Patient Financial Services"),
             text, note="registration record: name, DOB, SSN, address, member id (no clinical detail; rule 2)")


def reg_html(c):
    p = c.patient(18, 90)
    fields = reg_fields(c, p)
    par = c.staff("Patient Access")
    rows = []
    for k, v in fields:
        if k == "Date of birth":
            vh = '<span style="color:black">%02d/%02d/</span><span style="color:black">%d</span>' % (p.dob.month, p.dob.day, p.dob.year)
        elif k == "SSN":
            vh = "%s&#8209;%s&#8209;%s" % tuple(p.ssn.split("-")) if c.chance(0.3) else "<span>%s</span>" % p.ssn
        else:
            vh = esc(v)
        rows.append(["<b>%s</b>" % esc(k), vh])
    text = "Pre-registration for %s's surgery next week:\n\n%s" % (p.first, "\n".join("%-18s %s" % (k + ":", v) for k, v in fields))
    text += sig(c, par)
    h = '<p class="MsoNormal">Pre-registration for %s&#8217;s surgery next week:</p>\n%s\n' % (esc(p.first), html_table(["Field", "Value"], rows, raw=True))
    h += text_to_html(sig(c, par).strip("\n"))
    return M(c.pick(["Pre-reg", "Pre-registration", "Surgery next week"]), par, c.staff("Patient Financial Services"), text, html=h,
             note="HTML pre-registration table: DOB split across <span>s, SSN, address, member id")


def reg_pdf(c):
    p = c.patient(18, 90)
    fields = reg_fields(c, p)
    lines = [("RIVERSIDE HEALTH - PATIENT REGISTRATION", 13, True), ""]
    lines += ["%s: %s" % kv for kv in fields]
    lines += ["", "Signature on file: YES     Date: %s" % d_us(c.today)]
    par = c.staff("Patient Access")
    text = c.pick(["Scanned registration attached.", "Here is the completed form.", "Form attached - originals in the drawer."]) + sig(c, par)
    return M(c.pick(["Scan", "Registration form", "Form"]), par, c.staff("Health Information Management"), text,
             atts=[att_pdf(c, "Registration_%s.pdf" % c.hexid(6), lines, "Patient Registration")],
             note="PDF registration form: name, DOB, SSN, address, insurance")


def reg_csv(c):
    par = c.staff("Patient Access")
    rows = []
    for _ in range(c.r.randint(4, 7)):
        p = c.patient(18, 90)
        rows.append([p.mrn, p.last, p.first, d_iso(p.dob), p.ssn, p.street, p.city, p.state, p.zip, p.phone])
    text = "Batch of registrations from the weekend that failed the address check. Please correct.%s" % sig(c, par, "short")
    return M(c.pick(["Weekend batch", "Address check failures", "Batch"]), par, c.staff("Patient Access", (par,)), text,
             atts=[att_csv(c, "reg_failures.csv", ["MRN", "Last", "First", "DOB", "SSN", "Street", "City", "State", "ZIP", "Phone"], rows)],
             note="CSV of %d registrations: MRN, name, DOB, SSN, address" % len(rows))


def reg_json(c):
    p = c.patient(18, 80)
    obj = {"submissionId": "PR-%s" % c.hexid(10), "submitted": c.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
           "patient": {"firstName": p.first, "lastName": p.last, "dateOfBirth": d_iso(p.dob), "sex": p.sex,
                       "ssn": p.ssn, "address": {"line": p.street, "city": p.city, "state": p.state, "postalCode": p.zip},
                       "phone": p.phone, "email": p.email},
           "coverage": {"payer": "Riverside Health Plan", "memberId": p.member},
           "reasonForVisit": c.pick(["New patient visit", "Annual physical", "Knee pain"])}
    text = "Online pre-registration could not be matched to an existing record. Submission attached for manual review.\n\n-- MyRiverside"
    return M("Unmatched pre-registration", Person("MyRiverside", "", "X", email="noreply-portal@" + ORG), c.staff("Patient Access"),
             text, minimal=True, atts=[att_json(c, "preregistration.json", obj)],
             note="pre-registration JSON: name, DOB, SSN, address, member id")


def reg_txt(c):
    p = c.patient(18, 90)
    fields = reg_fields(c, p)
    body = "FACE SHEET\n" + "=" * 40 + "\n" + "\n".join("%-20s %s" % (k.upper(), v) for k, v in fields) + "\n"
    par = c.staff("Patient Access")
    text = "Face sheet attached.%s" % sig(c, par)
    return M(c.pick(["Face sheet", "Registration", "For the chart"]), par, c.staff("Care Management"), text,
             atts=[att_txt(c, "facesheet.txt", body)], note="TXT face sheet: name, DOB, SSN, address, member id, MRN")


def reg_fwd(c):
    p = c.patient(18, 90)
    fields = reg_fields(c, p)
    par = c.staff("Patient Access")
    inner = M("Registration", par, c.staff("Patient Financial Services"), "\n".join("%s: %s" % kv for kv in fields))
    pfs = c.staff("Patient Financial Services")
    text = "This one came to me by mistake - forwarding to the right team.%s" % sig(c, pfs)
    return M("FW: Registration", pfs, c.staff("Patient Access", (par,)), text, atts=[att_fwd(c, inner, c.pick(["qp", "7bit"]))],
             note="forwarded registration (rfc822) with SSN/DOB/address")


def reg_ssn_fix(c):
    p = c.patient(18, 90)
    par = c.staff("Patient Access")
    pfs = c.staff("Patient Financial Services")
    wrong = make_ssn(c.r)
    q = ("Hi, the claim for %s keeps rejecting for subscriber mismatch. SSN on the account is %s but the card "
         "copy shows %s. DOB %s. Can you fix the account?" % (p.name, wrong, p.ssn, d_us(p.dob)))
    text = "Fixed - account now shows %s. Resubmit whenever ready.%s" % (p.ssn, sig(c, par, "short")) + \
        q_outlook(pfs, [par], c.earlier(60, 800), "account correction", q)
    return M("RE: account correction", par, pfs, text, reply=True, depth=1,
             note="thread correcting a named patient's SSN/DOB on the registration account")


def reg_htmlatt(c):
    p = c.patient(18, 90)
    fields = reg_fields(c, p)
    doc = ("<html><body><h2>Registration summary</h2>\n<table border=\"1\">\n" +
           "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(k), esc(v) if k != "Date of birth" else
                                                        "<span>%02d/%02d</span>/<span>%d</span>" % (p.dob.month, p.dob.day, p.dob.year))
                     for k, v in fields) + "\n</table>\n</body></html>\n")
    par = c.staff("Patient Access")
    text = "Summary from the kiosk attached. The patient also asked for a new card.%s" % sig(c, par, "short")
    return M(c.pick(["Kiosk summary", "Registration summary"]), par, c.staff("Patient Access", (par,)), text,
             atts=[att_html(c, "registration.html", doc)], note="HTML registration summary attachment with SSN, DOB, address")


# billing_claim ----------------------------------------------------------------------------
def bill_status(c):
    p = c.patient(20, 80)
    cpt = c.pick(CPT[3:])
    icd = icd_for(c, p)[0]
    pfs = c.staff("Patient Financial Services")
    payer = PARTNERS[3]
    rep = c.ext_person(payer[2])
    text = ("Hello %s,\n\nFollowing up on claim %s for %s (member ID %s), DOS %s, CPT %s (%s) with diagnosis %s. "
            "The claim shows 'pended for medical records' since %s. Records were faxed on %s. Can you confirm receipt "
            "and expected adjudication date?\n\nThank you,%s" % (
                rep.first, "C%010d" % c.r.randint(1, 9999999999), p.name, p.member, d_us(c.day_ago(20, 60)), cpt[0],
                cpt[1], icd[0], d_us(c.day_ago(10, 19)), d_us(c.day_ago(5, 9)), sig(c, pfs, "full")))
    return M(c.pick(["Claim status", "Follow-up", "Pended claim"]), pfs, rep, text + disclaimer(c),
             note="claim status inquiry: named patient, member id, CPT %s, ICD %s" % (cpt[0], icd[0]))


def bill_eob_pdf(c):
    p = c.patient(20, 80)
    lines_ = []
    total = 0
    for cpt in c.r.sample(CPT, 3):
        amt = c.r.randint(80, 1900)
        total += amt
        lines_.append("%s  %-44s $%8.2f  allowed $%8.2f" % (cpt[0], cpt[1][:44], amt, amt * 0.62))
    payer = PARTNERS[3]
    lines = [("%s - Explanation of Benefits" % payer[0], 13, True), "THIS IS NOT A BILL", "",
             "Member: %s    Member ID: %s" % (p.name, p.member), "Patient: %s" % p.name,
             "Provider: Riverside Health    Claim: %d" % c.r.randint(10 ** 9, 10 ** 10 - 1),
             "Dates of service: %s" % d_us(c.day_ago(20, 60)), "Diagnosis: %s" % icd_for(c, p)[0][0], ""] + lines_ + [
        "", "Billed: $%.2f   Plan paid: $%.2f   You may owe: $%.2f" % (total, total * 0.5, total * 0.12)]
    pfs = c.staff("Patient Financial Services")
    text = "EOB attached for the secondary billing.%s" % sig(c, pfs, "short")
    return M(c.pick(["EOB", "Secondary", "Documents"]), pfs, c.staff("Patient Financial Services", (pfs,)), text,
             atts=[att_pdf(c, "EOB.pdf", lines, "Explanation of Benefits", payer[0])],
             note="PDF EOB: member name, member id, CPT/ICD codes, amounts")


def bill_csv(c):
    rows = []
    for _ in range(c.r.randint(5, 10)):
        p = c.patient()
        cpt = c.pick(CPT)
        rows.append(["C%010d" % c.r.randint(1, 9999999999), p.lf, p.member, d_us(c.day_ago(15, 90)), cpt[0],
                     icd_for(c, p)[0][0], "%.2f" % c.r.uniform(90, 2400), c.pick(["CO-197", "CO-16", "PR-1", "CO-50"])])
    pfs = c.staff("Patient Financial Services")
    text = "Denials worklist for this week attached; CO-197 ones need auths retro'd.%s" % sig(c, pfs)
    return M(c.pick(["Denials", "Worklist", "This week"]), pfs, c.staff("Patient Financial Services", (pfs,)), text,
             atts=[att_csv(c, "denials.csv", ["Claim", "Patient", "Member ID", "DOS", "CPT", "ICD10", "Billed", "CARC"], rows)],
             note="CSV denials worklist: %d named members with member ids, CPT and ICD codes" % len(rows))


def bill_appeal(c):
    p = c.patient(40, 80)
    doc = c.prov(c.pick(["Orthopedic Surgery", "Cardiology", "Gastroenterology"]))
    proc = {"Orthopedic Surgery": ("73721", "MRI of the right knee", "M17.11"),
            "Cardiology": ("93306", "transthoracic echocardiogram", "I50.22"),
            "Gastroenterology": ("45380", "colonoscopy with biopsy", "D50.9")}[doc.specialty]
    text = ("%s\nAppeals Department\n\nRe: %s, Member ID %s, Claim %d\n\nTo whom it may concern:\n\nI am writing to appeal the "
            "denial of %s (CPT %s) performed on %s. The patient has %s (%s) and %s. The study was medically "
            "necessary and directly changed management.\n\nSincerely,\n%s" % (
                PARTNERS[3][0], p.name, p.member, c.r.randint(10 ** 9, 10 ** 10 - 1), proc[1], proc[0], d_long(c.day_ago(30, 80)),
                ICD_D[proc[2]].lower(), proc[2], c.pick(["failed six weeks of conservative therapy", "worsening symptoms despite treatment"]),
                doc.display))
    return M(c.pick(["Appeal", "Letter for signature", "Denial appeal"]), c.staff("Patient Financial Services"), doc, text,
             note="appeal letter: named member, member id, CPT %s, ICD %s" % (proc[0], proc[2]))


def bill_prior_auth(c):
    p = c.patient()
    doc = c.prov(c.pick(["Orthopedic Surgery", "Oncology", "Neurology"]))
    cpt = {"Orthopedic Surgery": "27447", "Oncology": "74177", "Neurology": "70450"}[doc.specialty]
    icd = {"Orthopedic Surgery": "M17.11", "Oncology": "C50.911", "Neurology": "I63.9"}[doc.specialty]
    if icd == "C50.911" and p.sex != "F":
        icd = "R07.9"
    rows = [["Member", p.name], ["Member ID", p.member], ["DOB", d_us(p.dob)], ["Service", "%s %s" % (cpt, CPT_D[cpt])],
            ["Diagnosis", "%s %s" % (icd, ICD_D[icd])], ["Ordering", "%s NPI %s" % (doc.display, doc.npi)],
            ["Status", c.pick(["Approved - auth #PA%07d" % c.r.randint(1, 9999999), "Pending clinicals", "Denied - peer-to-peer available"])]]
    text = "Prior authorization update:\n\n" + "\n".join("%-10s %s" % (k + ":", v) for k, v in rows)
    h = '<p class="MsoNormal"><b>Prior authorization update</b></p>\n' + html_table(["Item", "Detail"], rows)
    pa = c.staff("Patient Financial Services")
    return M(c.pick(["Auth update", "PA status", "Update"]), pa, doc, text + sig(c, pa), html=h,
             note="prior auth status table: member name, member id, DOB, CPT %s, ICD %s" % (cpt, icd))


def bill_dispute(c):
    p = c.patient(25, 75)
    amt = c.r.randint(400, 3200)
    text = ("Hello,\n\nI received a bill for $%d.%02d for my MRI on %s. My insurance (Riverside Health Plan, member number %s) "
            "told me it was covered after my deductible, which I already met in March with my gallbladder surgery. Can someone "
            "look into this before it goes to collections? Account number on the bill is %d.\n\n%s\n%s" % (
                amt, c.r.randint(0, 99), d_long(c.day_ago(40, 90)), p.member, c.r.randint(10 ** 7, 10 ** 8 - 1), p.name, p.phone))
    return M(c.pick(["Question about my bill", "Billing question", "Bill"]), Person(p.first, p.last, p.sex, email=p.email),
             Person("Patient Billing", "", "X", email="billing@" + ORG), text,
             note="patient disputes bill for MRI and mentions prior surgery; name + member id")


def bill_json(c):
    p = c.patient()
    cpt = c.pick(CPT)
    obj = {"claimId": "C%010d" % c.r.randint(1, 9999999999), "type": "professional",
           "subscriber": {"name": p.name, "memberId": p.member, "dob": d_iso(p.dob)},
           "lines": [{"cpt": cpt[0], "units": 1, "charge": round(c.r.uniform(80, 900), 2)}],
           "diagnoses": [x[0] for x in icd_for(c, p, 2)], "status": "rejected", "reason": "invalid subscriber id"}
    ia = c.staff("Information Services")
    text = "Clearinghouse rejection sample attached for the 277CA mapping discussion.%s" % sig(c, ia, "short")
    return M("277CA sample", ia, c.staff("Patient Financial Services"), text, atts=[att_json(c, "claim_rejection.json", obj)],
             note="claim JSON: subscriber name, member id, DOB, CPT and ICD codes")


def bill_837(c):
    p = c.patient()
    org_npi = make_npi(c.r)
    doc = c.prov()
    cpt = c.pick(CPT)
    icd = icd_for(c, p)[0]
    dos = c.day_ago(5, 30)
    segs = ["ISA*00*          *00*          *ZZ*RIVERSIDE      *ZZ*PRAIRIEMUT     *%s*1430*^*00501*%09d*0*P*:" % (
                d_hl7(c.today)[2:], c.r.randint(1, 999999999)),
            "GS*HC*RIVERSIDE*PRAIRIEMUT*%s*1430*905*X*005010X222A1" % d_hl7(c.today),
            "ST*837*0001*005010X222A1", "BHT*0019*00*%d*%s*1430*CH" % (c.r.randint(100000, 999999), d_hl7(c.today)),
            "NM1*85*2*RIVERSIDE HEALTH*****XX*%s" % org_npi,
            "HL*2*1*22*0", "SBR*P*18*******CI",
            "NM1*IL*1*%s*%s****MI*%s" % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper(), p.member),
            "N3*%s" % ascii_fold(p.street).upper(), "N4*%s*%s*%s" % (p.city.upper(), p.state, p.zip),
            "DMG*D8*%s*%s" % (d_hl7(p.dob), p.sex),
            "CLM*%d*%.2f***11:B:1*Y*A*Y*Y" % (c.r.randint(10 ** 6, 10 ** 7), c.r.uniform(90, 900)),
            "HI*ABK:%s" % icd[0].replace(".", ""),
            "NM1*82*1*%s*%s****XX*%s" % (ascii_fold(doc.last).upper(), ascii_fold(doc.first).upper(), doc.npi),
            "SV1*HC:%s*%.2f*UN*1***1" % (cpt[0], c.r.uniform(90, 900)), "DTP*472*D8*%s" % d_hl7(dos),
            "SE*16*0001", "GE*1*905", "IEA*1*%09d" % c.r.randint(1, 999999999)]
    pfs = c.staff("Patient Financial Services")
    text = "Here is the 837P the payer says they never received. Can you check the clearinghouse logs?%s" % sig(c, pfs)
    return M(c.pick(["837 question", "Missing claim", "Clearinghouse"]), pfs, c.staff("Information Services"), text,
             atts=[att_txt(c, "claim_837p.txt", "~\n".join(segs) + "~\n")],
             note="X12 837P claim as TXT: subscriber name, member id, DOB, address, ICD %s, CPT %s" % (icd[0], cpt[0]))


def bill_xml(c):
    p = c.patient()
    cpt = c.pick(CPT)
    icd = icd_for(c, p)[0]
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n<ClaimSubmission version="2.1">\n  <Claim id="C%010d">\n'
         '    <Subscriber><Name><Family>%s</Family><Given>%s</Given></Name><MemberId>%s</MemberId>'
         '<BirthDate>%s</BirthDate></Subscriber>\n    <Diagnosis system="ICD-10-CM">%s</Diagnosis>\n'
         '    <ServiceLine><Procedure system="CPT">%s</Procedure><Charge currency="USD">%.2f</Charge>'
         '<ServiceDate>%s</ServiceDate></ServiceLine>\n  </Claim>\n</ClaimSubmission>\n' % (
             c.r.randint(1, 9999999999), esc(p.last), esc(p.first), p.member, d_iso(p.dob), icd[0], cpt[0],
             c.r.uniform(80, 1500), d_iso(c.day_ago(5, 40))))
    pfs = c.staff("Patient Financial Services")
    text = "The payer portal export for the disputed claim is attached (XML).%s" % sig(c, pfs, "short")
    return M(c.pick(["Disputed claim", "Portal export"]), pfs, c.staff("Patient Financial Services", (pfs,)), text,
             atts=[att_xml(c, "claim.xml", x.encode("utf-8"))],
             note="claim XML: subscriber name, member id, DOB, ICD %s, CPT %s" % (icd[0], cpt[0]))


def bill_fwd(c):
    p = c.patient()
    payer = PARTNERS[3]
    rep = c.ext_person(payer[2])
    pfs = c.staff("Patient Financial Services")
    cpt = c.pick(CPT)
    inner = M("Claim determination", rep, pfs, ("Claim for member %s (%s) for CPT %s on %s was denied: service not covered "
                                                 "without prior authorization.\n\n%s\n%s" % (
                                                     p.name, p.member, cpt[0], d_us(c.day_ago(10, 50)), rep.name, payer[0])))
    text = "Please see the payer's reply below - can we get a retro auth?%s" % sig(c, pfs)
    return M("FW: Claim determination", pfs, c.staff("Patient Financial Services", (pfs,)), text,
             atts=[att_fwd(c, inner, c.pick(["html", "7bit"]))], note="forwarded payer denial naming member, member id, CPT")


def bill_elig(c):
    p = c.patient()
    text = ("Member %s - %s - eligibility active through 12/31. Copay $%d for %s, deductible met. "
            "No auth needed." % (p.member, p.name, c.pick([25, 40, 60]), c.pick(["99214", "99204", "97110 x12 visits"])))
    pa = c.staff("Patient Access")
    return M(c.pick(["elig", "verified", "RE: coverage"]), pa, c.staff("Ambulatory Scheduling"), text + sig(c, pa, "initials"),
             note="eligibility check: member id next to patient name with CPT (rule 2)")


def bill_payment_plan(c):
    p = c.patient()
    pfs = c.staff("Patient Financial Services")
    bal = c.r.randint(800, 6000)
    q = ("Hi, I'm %s. I can't pay the $%d balance from my hospital stay in one go (the pneumonia admission in %s). "
         "Is a payment plan possible? My account is %d." % (p.name, bal, MONTHS[c.day_ago(40, 120).month - 1], c.r.randint(10 ** 7, 10 ** 8 - 1)))
    a = ("Hi %s,\n\nYes - we can set up 12 monthly payments of $%.2f with no interest. I've also sent you the financial "
         "assistance application; based on what you told me you may qualify.\n\n%s" % (p.first, bal / 12.0, pfs.name))
    text = a + q_gt(Person(p.first, p.last, p.sex, email=p.email), c.earlier(60, 2000), q)
    return M("Re: payment plan", pfs, Person(p.first, p.last, p.sex, email=p.email), text, reply=True,
             note="payment-plan thread with named patient about balance for pneumonia admission")


def bill_statement_html(c):
    p = c.patient()
    cpt = c.r.sample(CPT, 3)
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>$%.2f</td></tr>\n" % (d_us(c.day_ago(20, 60)), k, esc(v), c.r.uniform(40, 700)) for k, v in cpt)
    doc = ("<html><body style=\"font-family:Verdana\">\n<h2>Riverside Health - Patient Statement</h2>\n"
           "<p>Guarantor: %s<br>%s<br>%s, %s %s</p>\n<p>Account: %d &nbsp; Statement date: %s</p>\n"
           "<table border=\"1\"><tr><th>Date</th><th>CPT</th><th>Description</th><th>Charge</th></tr>\n%s</table>\n"
           "<p>Amount due: $%.2f</p>\n</body></html>\n" % (esc(p.name), esc(p.street), esc(p.city), p.state, p.zip,
                                                          c.r.randint(10 ** 7, 10 ** 8 - 1), d_us(c.today), rows, c.r.uniform(50, 400)))
    pfs = c.staff("Patient Financial Services")
    text = "%s,\n\nA copy of your itemized statement is attached, as requested.%s" % (p.first, sig(c, pfs))
    return M("Itemized statement", pfs, Person(p.first, p.last, p.sex, email=p.email), text,
             atts=[att_html(c, "statement.html", doc)], note="HTML itemized statement: named patient, address, CPT lines")


# hl7 ----------------------------------------------------------------------------------------
def hl7_adt_segs(c, p, event, with_ssn=False):
    doc = c.prov("Internal Medicine")
    code = icd_for(c, p)[0]
    ts = t_hl7(c.now)
    mt = {"A01": "ADT^A01^ADT_A01", "A03": "ADT^A03^ADT_A03", "A04": "ADT^A04^ADT_A01", "A08": "ADT^A08^ADT_A01"}[event]
    nk = c._name()
    segs = [hl7_msh(c.r, c.now, mt, "EPIC", "RIVERSIDE", c.pick(["CAREALERTS", "HIE", "BEDTRACK"]), "RH"),
            "EVN|%s|%s" % (event, ts), hl7_pid(p, with_ssn),
            "NK1|1|%s^%s|%s|||%s" % (ascii_fold(nk[1]).upper(), ascii_fold(nk[0]).upper(),
                                     c.pick(["SPO^Spouse", "DAU^Daughter", "SIS^Sister"] if nk[2] == "F" else ["SPO^Spouse", "SON^Son", "BRO^Brother"]),
                                     "^PRN^PH^^1^%s^555%04d" % (c.pick(AREA), c.r.randint(100, 199))),
            "PV1|1|%s|%s||||%s^%s^%s|||MED||||1|||%s^%s^%s|%s|V%09d|||||||||||||||||||||||||%s%s" % (
                "O" if event == "A04" else "I", "4W^4%02d^A^RIVERSIDE" % c.r.randint(1, 40) if event != "A04" else "ED^^^RIVERSIDE",
                doc.npi, ascii_fold(doc.last).upper(), ascii_fold(doc.first).upper(), doc.npi, ascii_fold(doc.last).upper(),
                ascii_fold(doc.first).upper(), "IN" if event != "A04" else "ER", c.r.randint(1, 999999999), ts,
                ("|" + ts) if event == "A03" else ""),
            "DG1|1||%s^%s^I10||%s|A" % (code[0], code[1][:60], ts),
            "IN1|1|RHP01|%d|Riverside Health Plan|||||||||||%s|SEL|%s||||||||||||||||||%s" % (
                c.r.randint(10000, 99999), p.hl7name, d_hl7(p.dob), p.member)]
    return segs, code


def hl7_oru_segs(c, p, results=None, rad=None):
    doc = c.prov()
    ts = t_hl7(c.now)
    segs = [hl7_msh(c.r, c.now, "ORU^R01^ORU_R01", c.pick(["SUNQUEST", "RHLIS"]) if not rad else "RADIANT", "RHLAB" if not rad else "RHIMG", "EPIC", "RIVERSIDE"),
            hl7_pid(p), "PV1|1|O|%s^^^RIVERSIDE" % doc.specialty[:4].upper(),
            "ORC|RE|%d|%d" % (c.r.randint(10 ** 6, 10 ** 7), c.r.randint(10 ** 6, 10 ** 7))]
    if rad:
        segs.append("OBR|1|%d|%d|%s^%s^C4|||%s|||||||||%s^%s^%s||||||%s|||F" % (
            c.r.randint(10 ** 6, 10 ** 7), c.r.randint(10 ** 6, 10 ** 7), rad[1], rad[0], ts, doc.npi,
            ascii_fold(doc.last).upper(), ascii_fold(doc.first).upper(), ts))
        for i, ln in enumerate(("FINDINGS: " + rad[2]).split(". ") + ["IMPRESSION: " + rad[3]]):
            segs.append("OBX|%d|TX|%s^%s^C4||%s||||||F" % (i + 1, rad[1], rad[0], ln.strip()))
    else:
        segs.append("OBR|1|%d|%d|24323-8^Comprehensive metabolic panel^LN|||%s|||||||%s||%s^%s^%s||||||%s|||F" % (
            c.r.randint(10 ** 6, 10 ** 7), c.r.randint(10 ** 6, 10 ** 7), ts, ts, doc.npi, ascii_fold(doc.last).upper(),
            ascii_fold(doc.first).upper(), ts))
        for i, (l, v, f) in enumerate(results):
            segs.append("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F|||%s" % (i + 1, l[1], l[0], v, l[2], ref_range(l), f or "N", ts))
    return segs


def hl7_attached(c, event=None):
    p = c.patient()
    ia = c.staff("Information Services")
    event = event or c.pick(["A01", "A03", "A04", "A08", "ORU"])
    if event == "ORU":
        segs = hl7_oru_segs(c, p, panel(c, 4))
        what = "ORU^R01 with PID and OBX results"
    else:
        segs, code = hl7_adt_segs(c, p, event, with_ssn=c.chance(0.3))
        what = "ADT^%s with PID (name, DOB, MRN, address), NK1, DG1 %s" % (event, code[0])
    text = c.pick(["Attaching the message that errored in the engine at %s. The receiving side rejected it with AR." % t_12(c.now),
                   "Sample from prod for tomorrow's mapping review, as requested.",
                   "This one got stuck in the outbound queue. Can you take a look?",
                   "Vendor asked for an example message - do NOT forward this outside without scrubbing."]) + sig(c, ia, "short")
    return M(c.pick(["Engine error", "Sample message", "Queue stuck", "HL7"]), ia, c.staff("Information Services", (ia,)), text,
             atts=[att_hl7(c, c.pick(["msg.hl7", "adt_sample.hl7", "error_%d.hl7" % c.r.randint(1000, 9999)]), segs)],
             note="HL7 v2 attachment: " + what)


def hl7_inline(c):
    p = c.patient()
    segs, code = hl7_adt_segs(c, p, c.pick(["A01", "A08"]))
    alert = ("Interface: RH_ADT_OUT_HIE\nStatus: ERROR (AE)\nError: PID-11 state code invalid\nTime: %s\n\n"
             "Message:\n%s\n\nThis is an automated message from the Riverside integration engine." % (
                 format_datetime(c.now), "\n".join(segs)))
    return M("Interface alert: RH_ADT_OUT_HIE", Person("Integration Engine", "", "X", email="engine-alerts@" + ORG),
             c.staff("Information Services"), alert, minimal=True,
             note="automated interface alert with a raw ADT message (PID, DG1 %s) in the body" % code[0])


def hl7_fwd(c):
    p = c.patient()
    segs = hl7_oru_segs(c, p, panel(c, 3))
    alert = "Message rejected by EPIC:\n\n" + "\n".join(segs)
    inner = M("Rejected ORU", Person("Integration Engine", "", "X", email="engine-alerts@" + ORG), c.staff("Information Services"),
              alert, minimal=True)
    ia = c.staff("Information Services")
    text = "FYI - third one today with the same problem.%s" % sig(c, ia, "short")
    return M("FW: Rejected ORU", ia, c.staff("Information Services", (ia,)), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded engine alert containing a raw ORU with PID and results")


def hl7_html(c):
    p = c.patient()
    segs, code = hl7_adt_segs(c, p, "A03")
    ia = c.staff("Information Services")
    text = ("The A03 below closed the encounter but bed tracking still shows the patient in the room:\n\n%s\n\n"
            "Any ideas?%s" % ("\n".join(segs), sig(c, ia, "short")))
    h = ('<p class="MsoNormal">The A03 below closed the encounter but bed tracking still shows the patient in the room:</p>\n'
         '<pre style="font-family:Consolas;font-size:9pt">%s</pre>\n<p class="MsoNormal">Any ideas?</p>' % "\n".join(esc(s) for s in segs))
    return M("A03 vs bed board", ia, c.staff("Information Services", (ia,)), text, html=h,
             note="HL7 ADT^A03 discharge pasted into HTML <pre>: PID + DG1 %s" % code[0])


# ccda -----------------------------------------------------------------------------------------
CCDA_TYPES = [("Continuity of Care Document", "34133-9", "2.16.840.1.113883.10.20.22.1.2"),
              ("Referral Note", "57133-1", "2.16.840.1.113883.10.20.22.1.14"),
              ("Discharge Summary", "18842-5", "2.16.840.1.113883.10.20.22.1.8")]


def ccda_doc(c, p=None, kind=None):
    p = p or c.patient()
    author = c.prov()
    title, loinc, tid = kind or c.pick(CCDA_TYPES)
    probs = icd_for(c, p, c.r.randint(2, 4))
    meds = c.r.sample([d for d in DRUGS if d[3]], 2) + c.r.sample(DRUGS[3:12], 1)
    secs = [ccda_problems(probs), ccda_meds(meds), ccda_results(panel(c, 3), c.day_ago(1, 20))]
    if title == "Referral Note":
        secs.insert(0, ccda_narrative("Reason for Referral", "42349-1", "Evaluation of %s." % probs[0][1].lower(),
                                      "1.3.6.1.4.1.19376.1.5.3.1.3.1"))
    if title == "Discharge Summary":
        secs.insert(0, ccda_narrative("Hospital Course", "8648-8", "Admitted for %s; improved with treatment." % probs[0][1].lower(),
                                      "1.3.6.1.4.1.19376.1.5.3.1.3.5"))
    return ccda_xml(c, p, author, secs, title, loinc, tid), title, probs, p


def ccda_direct(c):
    data, title, probs, p = ccda_doc(c)
    partner = c.pick(PARTNERS[4:6] + PARTNERS[1:2])
    ext = c.ext_person(partner[2])
    to = c.staff(c.pick(["Health Information Management", "Referral Center", "Care Management"]))
    text = c.pick(["%s attached.\n\nThis message was sent via Direct secure messaging." % title,
                   "Hello,\n\nPlease find the %s for our shared patient attached.\n\n%s\n%s" % (title.lower(), ext.name, partner[0]),
                   "Records attached per your request dated %s." % d_us(c.day_ago(3, 10))])
    return M(c.pick(["Summary of care", "Records", "Direct message", "Document"]), ext, to, text, banner=c.chance(0.5),
             atts=[att_xml(c, "%s.xml" % title.replace(" ", ""), data)],
             note="C-CDA %s XML: recordTarget with name, DOB, MRN, address; problems %s" % (title, ",".join(x[0] for x in probs)))


def ccda_fwd(c):
    data, title, probs, p = ccda_doc(c)
    partner = c.pick(PARTNERS[4:6])
    ext = c.ext_person(partner[2])
    him = c.staff("Health Information Management")
    inner = M("Summary of care", ext, him, "Summary of care attached.", atts=[att_xml(c, "CCD.xml", data)])
    text = "Forwarding the CCD from %s for reconciliation.%s" % (partner[0], sig(c, him, "short"))
    return M("FW: Summary of care", him, c.prov(), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded message whose attachment is a C-CDA with patient demographics and problems")


def ccda_rendered(c):
    data, title, probs, p = ccda_doc(c)
    doc = ("<html><head><title>%s</title></head><body>\n<h1>%s</h1>\n<table><tr><td>Patient</td><td>%s</td></tr>\n"
           "<tr><td>Date of birth</td><td>%s</td></tr>\n<tr><td>Patient IDs</td><td>%s</td></tr></table>\n"
           "<h2>Problems</h2>\n<ul>%s</ul>\n</body></html>\n" % (esc(title), esc(title), esc(p.name), d_long(p.dob), p.mrn,
                                                            "".join("<li>%s (%s)</li>" % (esc(d), cd) for cd, d in probs)))
    him = c.staff("Health Information Management")
    text = "Human-readable version of the %s attached (rendered with the CDA stylesheet), plus the XML.%s" % (title, sig(c, him))
    return M(c.pick(["Rendered CCD", "Document"]), him, c.prov(), text,
             atts=[att_html(c, "CCD_rendered.html", doc), att_xml(c, "CCD.xml", data)],
             note="rendered C-CDA (HTML) and the XML for a named patient")


def ccda_inline(c):
    data, title, probs, p = ccda_doc(c)
    ia = c.staff("Information Services")
    xml_text = data.decode("utf-8")
    text = ("Validator complains about the effectiveTime in this one. Pasting the XML:\n\n%s\n%s" % (xml_text, sig(c, ia, "short")))
    return M("CDA validation", ia, c.staff("Information Services", (ia,)), text,
             note="C-CDA XML pasted into the body: named patient, DOB, MRN, problems")


# imaging --------------------------------------------------------------------------------------
RAD = [("CT angiography chest (PE protocol)", "71275",
        "Filling defects in the right lower lobe segmental pulmonary arteries consistent with acute pulmonary emboli. No right heart strain. No pleural effusion",
        "Acute right lower lobe segmental pulmonary emboli.", None),
       ("MRI right knee without contrast", "73721",
        "Complex tear of the posterior horn of the medial meniscus. Moderate joint effusion. Tricompartmental chondrosis",
        "Medial meniscus tear; moderate osteoarthritis.", None),
       ("Chest x-ray, 2 views", "71046", "Right lower lobe consolidation. No pleural effusion or pneumothorax. Heart size normal",
        "Right lower lobe pneumonia.", None),
       ("Screening mammogram, bilateral", "77067",
        "Scattered fibroglandular densities. A 9 mm irregular mass in the right breast at 10 o'clock, 4 cm from the nipple",
        "BI-RADS 0: incomplete. Diagnostic mammogram and ultrasound recommended.", "F"),
       ("CT head without contrast", "70450", "No acute intracranial hemorrhage. Chronic small vessel ischemic changes. Ventricles normal",
        "No acute intracranial abnormality.", None),
       ("Ultrasound abdomen, complete", "76700", "Multiple gallstones without gallbladder wall thickening. Common bile duct 4 mm",
        "Cholelithiasis without sonographic evidence of cholecystitis.", None),
       ("CT abdomen and pelvis with contrast", "74177", "Sigmoid diverticulitis with a small pericolic abscess measuring 2.1 cm. No free air",
        "Acute complicated sigmoid diverticulitis.", None)]


def rad_pick(c, p):
    while True:
        x = c.pick(RAD)
        if x[4] is None or x[4] == p.sex:
            return x


def rad_report(c, p, x, rad):
    ordering = c.prov()
    return ("RADIOLOGY REPORT\n\nPatient: %s    MRN: %s    DOB: %s\nExam: %s (CPT %s)\nDate of exam: %s\nOrdering: %s\n"
            "Clinical history: %s\n\nFINDINGS: %s.\n\nIMPRESSION: %s\n\nDictated by: %s, Radiology\nSigned: %s" % (
                p.name, p.mrn, d_us(p.dob), x[0], x[1], d_us(c.day_ago(0, 3)), ordering.display,
                c.pick(["shortness of breath", "pain", "follow-up", "screening", "fall"]), x[2], x[3], rad.name + ", MD",
                d_us(c.today))), ordering


def img_plain(c):
    p = c.patient(25, 88)
    x = rad_pick(c, p)
    rad = c.prov()
    rep, ordering = rad_report(c, p, x, rad)
    text = c.pick(["Final report below.", "%s - heads up on this one, see impression." % ordering.first.capitalize(),
                   "Report for your patient, copied below."]) + "\n\n" + rep + disclaimer(c)
    return M(c.pick(["Imaging result", "Report", "Final read", "Result"]), Person("Radiology Reports", "", "X", email="radiology@" + ORG),
             ordering, text, note="radiology report: named patient, MRN, DOB, %s with findings" % x[0])


def img_table(c):
    p = c.patient(25, 88)
    x = rad_pick(c, p)
    doc = c.prov()
    coord = c.staff("Imaging Services")
    rows = [["Patient", p.name], ["DOB", d_us(p.dob)], ["Exam", x[0]], ["Performed", d_us(c.day_ago(0, 2))], ["Impression", x[3]]]
    text = "%s\n\nResult notification:\n\n%s%s" % (doc_greet(c, doc), "\n".join("%-11s %s" % (k + ":", v) for k, v in rows), sig(c, coord))
    hrows = [[esc(k), esc(v) if k != "DOB" else "<span>%02d/%02d/</span><span>%d</span>" % (p.dob.month, p.dob.day, p.dob.year)]
             for k, v in rows]
    h = '<p class="MsoNormal">%s</p>\n<p class="MsoNormal">Result notification:</p>\n%s\n%s' % (
        esc(doc_greet(c, doc)), html_table(["", ""], hrows, raw=True), text_to_html(sig(c, coord).strip("\n")))
    return M(c.pick(["Result notification", "Imaging", "Finding"]), coord, doc, text, html=h,
             note="imaging result table: named patient, DOB (span-split in HTML), exam, impression")


def img_pdf(c):
    p = c.patient(25, 88)
    x = rad_pick(c, p)
    rad = c.prov()
    rep, ordering = rad_report(c, p, x, rad)
    partner = PARTNERS[6]
    lines = [("%s" % partner[0], 14, True), ""] + rep.split("\n")
    ext = c.ext_person(partner[2])
    text = c.pick(["Report attached.", "Please see attached final report.", "Attached is the outside read you requested."]) + \
        "\n\n%s\n%s" % (ext.name, partner[0])
    return M(c.pick(["Report", "Outside read", "Final report"]), ext, ordering, text, banner=c.chance(0.6),
             atts=[att_pdf(c, "RadiologyReport.pdf", lines, "Radiology Report", partner[0])],
             note="PDF radiology report (%s) for named patient with MRN/DOB" % x[0])


def img_txt(c):
    p = c.patient(25, 88)
    x = rad_pick(c, p)
    rep, ordering = rad_report(c, p, x, c.prov())
    coord = c.staff("Imaging Services")
    text = "Addendum version attached.%s" % sig(c, coord, "short")
    return M(c.pick(["Addendum", "Report"]), coord, ordering, text, atts=[att_txt(c, "report.txt", rep)],
             note="TXT radiology report for named patient")


def img_critical(c):
    p = c.patient(30, 88)
    doc = c.prov()
    text = ("CRITICAL RESULT COMMUNICATION\nExam: CTA chest\nPatient: %s (MRN %s)\nFinding: acute pulmonary embolism, right lower lobe\n"
            "Communicated to: %s by phone at %s; read-back confirmed.\nRadiologist: %s" % (
                p.lf, p.mrn, doc.display, t_12(c.now), c.prov().display))
    return M(c.pick(["Critical result", "ACR critical finding"]), Person("Radiology Reports", "", "X", email="radiology@" + ORG),
             doc, text, importance="High", minimal=c.chance(0.5), note="critical imaging finding (PE) for named patient with MRN")


def img_worklist(c):
    coord = c.staff("Imaging Services")
    rows = []
    for _ in range(c.r.randint(5, 9)):
        p = c.patient()
        x = rad_pick(c, p)
        rows.append([p.lf, p.mrn, str(p.age), x[0], c.pick(["scheduled", "arrived", "prior auth pending"]), c.pick(["", "claustrophobic", "contrast allergy - premedicate"])])
    text = "Tomorrow's MRI/CT worklist attached. Please flag any contrast issues.%s" % sig(c, coord)
    return M(c.pick(["Worklist", "Tomorrow"]), coord, c.staff("Imaging Services", (coord,)), text,
             atts=[att_csv(c, "worklist.csv", ["Patient", "MRN", "Age", "Exam", "Status", "Notes"], rows)],
             note="CSV imaging worklist: named patients, MRN, exam, allergy notes")


def img_htmlatt(c):
    p = c.patient(25, 88)
    x = rad_pick(c, p)
    rep, ordering = rad_report(c, p, x, c.prov())
    doc = "<html><body><pre>%s</pre></body></html>\n" % esc(rep)
    coord = c.staff("Imaging Services")
    text = "Report attached in HTML since the PDF printer is down.%s" % sig(c, coord, "short")
    return M("Report", coord, ordering, text, atts=[att_html(c, "report.html", doc)],
             note="HTML attachment with radiology report for named patient")


def img_fwd(c):
    p = c.patient(25, 88)
    x = rad_pick(c, p)
    rep, ordering = rad_report(c, p, x, c.prov())
    partner = PARTNERS[6]
    ext = c.ext_person(partner[2])
    inner = M("Final report", ext, ordering, rep)
    text = "Outside study - please import into PACS and attach to the encounter.%s" % sig(c, ordering, "initials")
    return M("FW: Final report", ordering, c.staff("Imaging Services"), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded outside radiology report (rfc822)")


def img_hl7(c):
    p = c.patient(25, 88)
    x = rad_pick(c, p)
    segs = hl7_oru_segs(c, p, rad=x)
    ia = c.staff("Information Services")
    text = "Radiology ORU that did not post to the chart, attached.%s" % sig(c, ia, "short")
    return M("RAD ORU", ia, c.staff("Imaging Services"), text, atts=[att_hl7(c, "rad_oru.hl7", segs)],
             note="HL7 ORU radiology result (%s) with PID" % x[0])


def img_json(c):
    p = c.patient(25, 88)
    x = rad_pick(c, p)
    obj = {"00100010": {"vr": "PN", "Value": [{"Alphabetic": "%s^%s" % (ascii_fold(p.last), ascii_fold(p.first))}]},
           "00100020": {"vr": "LO", "Value": [p.mrn]}, "00100030": {"vr": "DA", "Value": [d_hl7(p.dob)]},
           "00100040": {"vr": "CS", "Value": [p.sex]}, "00081030": {"vr": "LO", "Value": [x[0]]},
           "00080020": {"vr": "DA", "Value": [d_hl7(c.day_ago(0, 5))]},
           "0020000D": {"vr": "UI", "Value": ["1.2.840.113619.2.%d.%d" % (c.r.randint(100, 999), c.r.randint(10 ** 8, 10 ** 9))]}}
    pacs = c.staff("Imaging Services")
    text = "DICOMweb metadata for the study that will not route. Attached.%s" % sig(c, pacs, "short")
    return M("Routing failure", pacs, c.staff("Information Services"), text, atts=[att_json(c, "study_metadata.json", obj)],
             note="DICOM JSON metadata: PatientName, PatientID (MRN), BirthDate, study description")


# label ------------------------------------------------------------------------------------------
PHI_LABEL_NAMES = ["Confidential - PHI", "Confidential PHI", "confidential-phi", "Confidential_PHI", "CONFIDENTIAL - PHI",
                   "Confidential-PHI", "PHI"]
INNOCUOUS = ["Lunch at noon? The cafeteria has the taco bar today.",
             "Thanks! See you at the 2:00 meeting.",
             "Got it, will do.",
             "Can we move our 1:1 to Thursday? Something came up.",
             "Great work on the go-live yesterday, everyone.",
             "Reminder: the 3rd floor printer is out of toner, use the one by the elevators.",
             "Happy Friday! Donuts in the break room.",
             "Please see attached.",
             "Sounds good to me.",
             "Parking garage B is closed Monday for striping."]


def label_name(c):
    n = c.pick(PHI_LABEL_NAMES)
    return ascii_fold(n)


def label_chat(c):
    a = c.staff()
    b = c.staff(exclude=(a,))
    body = c.pick(INNOCUOUS)
    text = body + sig(c, a, c.pick(["initials", "short", "mobile"])) + disclaimer(c, 0.4)
    name = label_name(c)
    return M(c.pick(["Quick question", "RE: today", "Friday", "1:1", "thanks"]), a, b, text, label=("phi", name),
             reply=c.chance(0.3), note="Purview label GUID %s (name spelled '%s'); body innocuous" % (PHI_GUID[:8], name))


def label_att(c, what):
    a = c.staff()
    b = c.staff(exclude=(a,))
    name = label_name(c)
    if what == "pdf":
        att = att_pdf(c, "Agenda.pdf", [("Unit Council Agenda", 14, True), "", "1. Welcome", "2. Supply room reorganisation",
                                       "3. Holiday schedule sign-up", "4. Open floor"], "Agenda")
        body = "Agenda for Tuesday attached."
    elif what == "csv":
        att = att_csv(c, "supply_counts.csv", ["Item", "Par", "On hand"], [["Gauze 4x4", 200, 148], ["Saline flush 10 mL", 500, 410],
                                                                           ["Gloves M", 40, 22]])
        body = "Supply counts for the month."
    elif what == "json":
        att = att_json(c, "settings.json", {"theme": "dark", "refreshSeconds": 30, "dashboards": ["census", "staffing"]})
        body = "Here are the dashboard settings you wanted."
    elif what == "xml":
        att = att_xml(c, "printers.xml", b'<?xml version="1.0"?>\n<printers><printer name="4W-NURSE-01" ip="10.20.4.11"/></printers>\n')
        body = "Printer mapping attached."
    elif what == "txt":
        att = att_txt(c, "minutes.txt", "Minutes\n- Parking update\n- Holiday potluck sign-up\n- New badge readers next week\n")
        body = "Minutes from this morning."
    elif what == "html":
        att = att_html(c, "menu.html", "<html><body><h1>Cafe Menu</h1><p>Soup: minestrone</p></body></html>\n")
        body = "This week's cafe menu."
    elif what == "hl7":
        att = att_hl7(c, "ack.hl7", [hl7_msh(c.r, c.now, "ACK^A01^ACK", "HIE", "HIEHUB", "EPIC", "RIVERSIDE"),
                                     "MSA|AA|ADT%06d" % c.r.randint(1, 999999)])
        body = "ACK attached, looks fine."
    else:
        inner = M("Holiday schedule", c.staff(), a, "Holiday schedule sign-up is open until Friday.")
        att = att_fwd(c, inner, "7bit")
        body = "FYI"
    text = body + sig(c, a, "short")
    return M(c.pick(["See attached", "FYI", "Attached", "For Tuesday"]), a, b, text, label=("phi", name), atts=[att],
             note="Purview PHI label (GUID, name '%s'); body and %s attachment innocuous" % (name, what))


def label_wrong_name(c):
    a = c.staff()
    b = c.staff(exclude=(a,))
    text = c.pick(INNOCUOUS) + sig(c, a, "initials")
    return M(c.pick(["ok", "RE: ok", "Thanks"]), a, b, text, label=("phi", "Confidential"),
             note="PHI label GUID whose display name has drifted to just 'Confidential'; the GUID decides")


# mbi ----------------------------------------------------------------------------------------------
def mbi_fmt(c, v):
    return c.pick([v, mbi_dash(v), v])


def mbi_elig(c):
    p = c.patient(65, 92)
    pa = c.staff("Patient Access")
    text = ("%s\n\nMedicare eligibility checked for %s %s (DOB %s): MBI %s, Part A and B active, no MA plan on file. "
            "Okay to schedule the echo.%s" % (c.pick(["Hi,", "FYI", "Team -"]), p.first, p.last, d_us(p.dob), mbi_fmt(c, p.mbi),
                                              sig(c, pa, "short")))
    return M(c.pick(["Eligibility", "Medicare check", "verified"]), pa, c.staff("Ambulatory Scheduling"), text,
             note="Medicare eligibility for named patient with MBI and DOB")


def mbi_card(c):
    p = c.patient(65, 92)
    pa = c.staff("Patient Access")
    text = ("Dear %s,\n\nThank you for sending a copy of your new Medicare card. We have updated your account so future "
            "claims use your Medicare Number %s. Your old card with your Social Security-based number can be "
            "shredded.\n\nPatient Access Services\nRiverside Health" % (p.formal, mbi_dash(p.mbi)))
    return M("Your Medicare card", pa, Person(p.first, p.last, p.sex, email=p.email), text,
             note="letter to named patient confirming MBI on their hospital account (patient context, rule 2)")


def mbi_csv(c):
    rows = []
    for _ in range(c.r.randint(5, 9)):
        p = c.patient(65, 92)
        rows.append([p.mrn, p.lf, d_us(p.dob), p.mbi, c.pick(["A,B", "A,B,D", "A"])])
    pfs = c.staff("Patient Financial Services")
    text = "Updated MBI crosswalk for the accounts held for Medicare billing.%s" % sig(c, pfs)
    return M(c.pick(["MBI update", "Crosswalk"]), pfs, c.staff("Patient Financial Services", (pfs,)), text,
             atts=[att_csv(c, "mbi_crosswalk.csv", ["MRN", "Patient", "DOB", "MBI", "Parts"], rows)],
             note="CSV of patients with MRN, DOB and MBI")


def mbi_html(c):
    rows = []
    for _ in range(c.r.randint(4, 6)):
        p = c.patient(65, 92)
        rows.append([p.name, mbi_dash(p.mbi), c.pick(["Annual wellness visit due", "TCM visit due", "Attributed - no visit in 12 mo"])])
    q = c.staff("Quality & Patient Safety")
    doc = c.prov("Family Medicine")
    text = "%s\n\nACO attribution changes for your panel:\n\n%s%s" % (doc_greet(c, doc), fmt_table(["Beneficiary", "MBI", "Action"], rows), sig(c, q))
    h = '<p class="MsoNormal">%s</p>\n<p class="MsoNormal">ACO attribution changes for your panel:</p>\n%s\n%s' % (
        esc(doc_greet(c, doc)), html_table(["Beneficiary", "MBI", "Action"], rows), text_to_html(sig(c, q).strip("\n")))
    return M(c.pick(["ACO panel", "Attribution", "Your panel"]), q, doc, text, html=h,
             note="ACO beneficiary table: names, MBIs, visit due")


def mbi_abn(c):
    p = c.patient(65, 92)
    svc = c.pick([("Vitamin D, 25-hydroxy", "$62"), ("Screening EKG", "$48"), ("PSA screening (frequency)", "$55")])
    lines = [("Advance Beneficiary Notice of Non-coverage (ABN)", 13, True), "", "A. Notifier: Riverside Health, %s" % HOSPITAL_ADDR,
             "B. Patient Name: %s" % p.name, "C. Identification Number: %s" % p.mbi, "",
             "D. Medicare may not pay for: %s      E. Reason: frequency limit      F. Estimated cost: %s" % svc, "",
             "G. OPTIONS: [X] Option 1: I want the item listed above.", "H. Additional information:", "",
             "I. Signature: (on file)      J. Date: %s" % d_us(c.today)]
    pa = c.staff("Patient Access")
    text = "Signed ABN attached for the lab claim.%s" % sig(c, pa, "short")
    return M(c.pick(["ABN", "Signed form"]), pa, c.staff("Patient Financial Services"), text,
             atts=[att_pdf(c, "ABN_signed.pdf", lines, "ABN")], note="PDF ABN form: named beneficiary, MBI, service")


def mbi_json(c):
    p = c.patient(65, 92)
    obj = {"request": {"mbi": p.mbi, "lastName": p.last, "firstName": p.first, "dob": d_iso(p.dob)},
           "response": {"status": "active", "partA": {"effective": "%d-%02d-01" % (p.dob.year + 65, p.dob.month)},
                        "partB": {"effective": "%d-%02d-01" % (p.dob.year + 65, p.dob.month)}, "hospice": False}}
    ia = c.staff("Information Services")
    text = "HETS response the registration screen is mis-parsing. Attached.%s" % sig(c, ia, "short")
    return M("HETS parse issue", ia, c.staff("Patient Access"), text, atts=[att_json(c, "hets_271.json", obj)],
             note="Medicare eligibility JSON: MBI with name and DOB")


def mbi_271(c):
    p = c.patient(65, 92)
    segs = ["ST*271*0001*005010X279A1", "BHT*0022*11*%d*%s*1200" % (c.r.randint(10 ** 5, 10 ** 6), d_hl7(c.today)),
            "NM1*PR*2*CMS*****PI*CMS", "NM1*1P*2*RIVERSIDE HEALTH*****XX*%s" % make_npi(c.r),
            "NM1*IL*1*%s*%s****MI*%s" % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper(), p.mbi),
            "DMG*D8*%s*%s" % (d_hl7(p.dob), p.sex), "EB*1**30**MEDICARE PART A", "EB*1**30**MEDICARE PART B", "SE*9*0001"]
    pa = c.staff("Patient Access")
    text = "Raw 271 for the patient who says they have Part B - looks active to me.%s" % sig(c, pa, "short")
    return M("271 response", pa, c.staff("Patient Financial Services"), text, atts=[att_txt(c, "271.txt", "~\n".join(segs) + "~\n")],
             note="X12 271 eligibility response TXT: subscriber name, MBI, DOB")


def mbi_fwd(c):
    p = c.patient(65, 92)
    pa = c.staff("Patient Access")
    inner = M("Medicare number", Person(p.first, p.last, p.sex, email=p.email), pa,
              "Hello, my Medicare number is %s. Please update my account before my cataract surgery. %s" % (mbi_dash(p.mbi), p.name))
    text = "Patient sent this - can you update and re-bill the pre-op visit?%s" % sig(c, pa)
    return M("FW: Medicare number", pa, c.staff("Patient Financial Services"), text, atts=[att_fwd(c, inner, c.pick(["html", "7bit"]))],
             note="forwarded patient e-mail giving own MBI and upcoming surgery")


def mbi_terse(c):
    p = c.patient(65, 92)
    pa = c.staff("Patient Access")
    text = c.pick(["MBI for %s is %s (no dashes). The old HICN is no longer accepted." % (p.name, p.mbi),
                   "%s, %s - new MBI %s effective this month." % (ascii_fold(p.last).upper(), ascii_fold(p.first).upper(), mbi_dash(p.mbi))])
    return M(c.pick(["MBI", "update", "fix"]), pa, c.staff("Patient Financial Services"), text + sig(c, pa, "initials"),
             note="terse note: named patient with MBI")


def mbi_hl7(c):
    p = c.patient(65, 92)
    segs, code = hl7_adt_segs(c, p, "A08")
    segs.append("IN1|2|MCR|CMS|Medicare Part A/B|||||||||||%s|SEL|%s||||||||||||||||||%s" % (p.hl7name, d_hl7(p.dob), p.mbi))
    ia = c.staff("Information Services")
    text = "A08 with the Medicare IN1 attached - the MBI is landing in the wrong field downstream.%s" % sig(c, ia, "short")
    return M("IN1 mapping", ia, c.staff("Information Services", (ia,)), text, atts=[att_hl7(c, "a08_in1.hl7", segs)],
             note="HL7 ADT^A08 with PID and Medicare IN1 carrying MBI")


# ---------------------------------------------------------------------------
# NEGATIVE kinds
# ---------------------------------------------------------------------------
COMMS = Person("Riverside Communications", "", "X", email="communications@" + ORG)


def roster_rows(c, n, fields=("name", "cred", "spec", "npi", "addr", "phone")):
    provs = c.r.sample(PRESCRIBERS if "dea" in fields else PROVIDERS, n)
    rows = []
    for p in provs:
        row = []
        for f in fields:
            row.append({"name": p.lf, "cred": p.cred, "spec": p.specialty, "npi": p.npi, "addr": p.location,
                        "phone": c.phone(p), "dea": p.dea, "focus": SPEC_FOCUS[p.specialty],
                        "accepting": c.pick(["Yes", "Yes", "No", "Referral only"])}[f])
        rows.append(row)
    return rows, provs


# provider_directory ---------------------------------------------------------------------
def pd_html_table(c):
    rows, provs = roster_rows(c, c.r.randint(6, 10), ("name", "cred", "spec", "npi", "addr", "phone", "accepting"))
    hdr = ["Provider", "Cred.", "Specialty", "NPI", "Location", "Phone", "New patients"]
    coord = c.staff("Referral Center")
    text = ("Hi all,\n\nHere is the updated referral directory for %s. Changes are in bold in the HTML version.\n\n%s\n\n"
            "Fax for all referrals: (312) 555-0190.%s" % (MONTHS[c.today.month - 1], fmt_table(hdr, rows), sig(c, coord)))
    h = ('<p class="MsoNormal">Hi all,</p>\n<p class="MsoNormal">Here is the updated referral directory for %s.</p>\n%s\n'
         '<p class="MsoNormal">Fax for all referrals: (312)&nbsp;555-0190.</p>\n%s' % (
             MONTHS[c.today.month - 1], html_table(hdr, rows), text_to_html(sig(c, coord).strip("\n"))))
    return M(c.pick(["Referral directory", "Updated directory", "Directory - %s" % MONTHS[c.today.month - 1]]), coord,
             Person("Referral Coordinators", "", "X", email="referral-coordinators@" + ORG), text, html=h,
             note="provider directory table: provider names, NPIs, specialties, addresses; no patient")


def pd_csv(c):
    rows, provs = roster_rows(c, c.r.randint(10, 16), ("name", "cred", "spec", "npi", "addr", "phone", "focus"))
    ms = c.staff("Medical Staff Office")
    text = "Attached is the active medical staff roster export for the web team (Find a Doctor refresh).%s" % sig(c, ms)
    return M(c.pick(["Roster export", "Find a Doctor refresh", "Medical staff list"]), ms, c.staff("Marketing & Communications"), text,
             atts=[att_csv(c, "medical_staff.csv", ["Provider", "Credentials", "Specialty", "NPI", "Location", "Phone", "Clinical interests"], rows)],
             note="CSV provider roster with NPIs and clinical interests (diseases treated) - providers only")


def pd_pdf(c):
    rows, provs = roster_rows(c, c.r.randint(12, 20), ("name", "cred", "spec", "npi", "addr", "phone"))
    lines = [("Riverside Health Physician Directory", 15, True), "Edition: %s %d" % (MONTHS[c.today.month - 1], c.today.year), ""]
    for r_ in rows:
        lines.append(("%s, %s" % (r_[0], r_[1]), 10, True))
        lines.append("  %s  |  NPI %s  |  %s  |  %s" % (r_[2], r_[3], r_[4], r_[5]))
    text = "The new printed directory is attached; please replace the copies at the front desk.%s" % sig(c, c.staff("Marketing & Communications"))
    return M(c.pick(["Printed directory", "Directory PDF"]), c.staff("Marketing & Communications"), c.staff("Patient Access"), text,
             atts=[att_pdf(c, "PhysicianDirectory.pdf", lines, "Physician Directory")],
             note="PDF physician directory: names, specialties, NPIs, addresses; no patient")


def pd_fhir(c):
    provs = c.r.sample(PROVIDERS, c.r.randint(3, 5))
    entries = []
    for p in provs:
        entries.append({"resource": {"resourceType": "Practitioner", "id": "prac-%s" % p.npi,
                                     "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": p.npi}],
                                     "name": [{"family": p.last, "given": [p.first], "suffix": [p.cred]}],
                                     "gender": "female" if p.sex == "F" else "male",
                                     "address": [{"line": [p.location], "city": "Cedar Grove", "state": "IL", "postalCode": "60555"}],
                                     "telecom": [{"system": "phone", "value": c.phone(p)}]}})
        entries.append({"resource": {"resourceType": "PractitionerRole", "practitioner": {"reference": "Practitioner/prac-%s" % p.npi},
                                     "specialty": [{"text": p.specialty}], "availableTime": [{"daysOfWeek": ["mon", "wed", "fri"]}]}})
    obj = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    ia = c.staff("Information Services")
    text = "Provider directory bundle for the payer's FHIR endpoint (Da Vinci PDex Plan-Net test).%s" % sig(c, ia, "short")
    return M("Plan-Net test bundle", ia, c.ext_person("prairiemutual.example.org"), text, atts=[att_json(c, "practitioners.json", obj)],
             note="FHIR Practitioner/PractitionerRole bundle: provider names, NPIs, addresses; no Patient resource")


def pd_mfn(c):
    provs = c.r.sample(PRESCRIBERS, 3)
    segs = [hl7_msh(c.r, c.now, "MFN^M02^MFN_M02", "CREDENTIALING", "RIVERSIDE", "EPIC", "RIVERSIDE"),
            "MFI|PRA^Practitioner master file^HL70175||UPD|||AL"]
    for p in provs:
        segs += ["MFE|MAD|||%s^%s^%s" % (p.npi, ascii_fold(p.last).upper(), ascii_fold(p.first).upper()),
                 "STF|%s|%s^NPI|%s^%s^^^%s||%s|||A|%s|||^WPN^PH^^1^%s^555%s" % (
                     p.npi, p.npi, ascii_fold(p.last).upper(), ascii_fold(p.first).upper(), p.cred.split(",")[0], p.sex,
                     "MED", p.area, p.ext),
                 "PRA|%s|^%s|%s|I|%s|||%s^DEA" % (p.npi, p.specialty.upper(), p.cred.split(",")[0], p.specialty.upper(), p.dea)]
    ia = c.staff("Information Services")
    text = "Provider master file update from credentialing attached - three new practitioners.%s" % sig(c, ia, "short")
    return M(c.pick(["MFN update", "Provider master file"]), ia, c.staff("Information Services", (ia,)), text,
             atts=[att_hl7(c, "mfn_m02.hl7", segs)], note="HL7 MFN^M02 practitioner master file (STF/PRA with NPI, DEA); no PID")


def pd_welcome(c):
    provs = c.r.sample(PROVIDERS, 3)
    blocks = []
    for p in provs:
        blocks.append("%s (NPI %s) joins %s at %s. %s special interests include %s. %s completed fellowship training "
                      "at a Chicago academic center and speaks %s." % (
                          p.display, p.npi, p.specialty, p.location, p.his.capitalize(), SPEC_FOCUS[p.specialty], p.he.capitalize(),
                          c.pick(["English and Spanish", "English", "English and Mandarin", "English and Polish"])))
    text = ("Please join us in welcoming our newest providers!\n\n%s\n\nReferrals can be placed in the EHR as usual.\n\n"
            "\u2014 Medical Staff Office" % "\n\n".join(blocks))
    return M(c.pick(["Welcome our new providers", "New faces at Riverside", "Welcome!"]), c.staff("Medical Staff Office"),
             Person("All Medical Staff", "", "X", email="allmedstaff@" + ORG), text,
             note="new-provider announcement with NPIs and diseases they treat; no patient")


def pd_plain(c):
    spec = c.pick([s[0] for s in SPECIALTIES[:10]])
    provs = [p for p in PROVIDERS if p.specialty == spec] + c.r.sample(PROVIDERS, 2)
    lines = ["%s\n  NPI %s | %s | %s | %s" % (p.display, p.npi, p.specialty, p.location, c.phone(p)) for p in provs]
    coord = c.staff("Referral Center")
    text = ("Quick reference list for %s and covering providers, since the intranet page is down:\n\n%s\n\nUse the "
            "departmental fax for urgent referrals.%s" % (spec, "\n".join(lines), sig(c, coord)))
    return M(c.pick(["Quick reference", "Provider list", "While the intranet is down"]), coord,
             Person("Patient Access Team", "", "X", email="patientaccess@" + ORG), text,
             note="plain-text provider list with NPIs and locations; no patient")


def pd_xml(c):
    provs = c.r.sample(PROVIDERS, c.r.randint(4, 6))
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<ProviderRoster group="Riverside Health" effective="%s">' % d_iso(c.day_ahead(10, 30))]
    for p in provs:
        x.append('  <Provider npi="%s" taxonomy="%s"><Name>%s</Name><Specialty>%s</Specialty><Address>%s, %s</Address>'
                 '<AcceptingNewPatients>%s</AcceptingNewPatients></Provider>' % (
                     p.npi, c.pick(["207R00000X", "207Q00000X", "363LF0000X", "207RC0000X"]), esc(p.display), esc(p.specialty),
                     esc(p.location), HOSPITAL_ADDR, c.pick(["true", "false"])))
    x.append("</ProviderRoster>")
    ms = c.staff("Medical Staff Office")
    text = "Quarterly roster file for Prairie Mutual attached (XML per their spec).%s" % sig(c, ms)
    return M(c.pick(["Quarterly roster", "Roster file"]), ms, c.ext_person("prairiemutual.example.org"), text,
             atts=[att_xml(c, "roster.xml", ("\n".join(x) + "\n").encode("utf-8"))],
             note="payer roster XML: provider names, NPIs, taxonomy codes; no patient")


def pd_payer(c):
    provs = c.r.sample(PROVIDERS, 4)
    ext = c.ext_person("prairiemutual.example.org")
    rows = [[p.display, p.npi, p.specialty, c.pick(["Added to Tier 1", "Terminated %s" % d_us(c.day_ahead(10, 40)), "Address change"])] for p in provs]
    text = ("Dear Provider Relations,\n\nThe following network directory changes were processed:\n\n%s\n\nPlease review and "
            "reply within 30 days if any information is incorrect.\n\n%s\nProvider Data Management, Prairie Mutual Health" % (
                fmt_table(["Provider", "NPI", "Specialty", "Change"], rows), ext.name))
    h = ('<p>Dear Provider Relations,</p>\n<p>The following network directory changes were processed:</p>\n%s\n'
         '<p>Please review and reply within 30 days if any information is incorrect.</p>\n<p>%s<br>Provider Data Management, '
         'Prairie Mutual Health</p>' % (html_table(["Provider", "NPI", "Specialty", "Change"], rows), esc(ext.name)))
    return M("Network directory changes", ext, c.staff("Medical Staff Office"), text, html=h, banner=True,
             note="payer network directory update: provider names and NPIs; no patient")


def pd_fwd(c):
    inner = pd_plain(c)
    coord = c.staff("Referral Center")
    text = "Forwarding in case you didn't get it.%s" % sig(c, coord, "initials")
    return M("FW: " + inner["subject"], coord, c.staff("Ambulatory Scheduling"), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded provider list (NPIs, locations); no patient")


def pd_txt(c):
    rows, provs = roster_rows(c, 8, ("name", "cred", "spec", "npi", "dea"))
    body = "ON-CALL PRESCRIBER REFERENCE (pharmacy use)\n\n" + fmt_table(["Provider", "Cred", "Specialty", "NPI", "DEA"], rows) + "\n"
    rph = c.staff("Pharmacy")
    text = "Updated prescriber reference for the night pharmacists attached.%s" % sig(c, rph)
    return M("Prescriber reference", rph, c.staff("Pharmacy", (rph,)), text, atts=[att_txt(c, "prescribers.txt", body)],
             note="TXT prescriber list with NPIs and DEA numbers; no patient")


def pd_thread(c):
    p = c.pick(PROVIDERS)
    coord = c.staff("Referral Center")
    ms = c.staff("Medical Staff Office")
    q = ("Hi %s,\n\nThe directory still lists %s's fax as (312) 555-0178 and the NPI as %s. The fax changed when "
         "%s moved to %s. Can you update it?\n\n%s" % (ms.first, p.display, p.npi, p.he, p.location, coord.first))
    text = ("Updated - the NPI was correct, only the fax changed. It will show in tomorrow's refresh.%s" % sig(c, ms, "short") +
            q_outlook(coord, [ms], c.earlier(60, 900), "directory correction", q))
    return M("RE: directory correction", ms, coord, text, reply=True,
             note="thread correcting a provider's fax/NPI in the directory; no patient")


# prescriber_notice -------------------------------------------------------------------------
def pn_dea(c):
    p = c.prov()
    while p.cred not in ("MD", "DO", "NP", "PA-C"):
        p = c.prov()
    ms = c.staff("Medical Staff Office")
    exp = c.day_ahead(20, 75)
    text = ("Dear %s,\n\nOur records show that your DEA registration %s expires on %s. Please renew online through the DEA "
            "Diversion Control Division and send a copy of the new certificate to the Medical Staff Office. Prescribing of "
            "controlled substances will be suspended in the EHR if we do not receive it by the expiration date.\n\n"
            "NPI on file: %s\nState controlled substance license: %s\n\nThank you,%s" % (
                p.doc, p.dea, d_long(exp), p.npi, p.license, sig(c, ms, "full")))
    return M(c.pick(["DEA registration expiring", "Action required: DEA renewal", "Reminder"]), ms, p, text + disclaimer(c),
             note="DEA renewal reminder to a prescriber: provider's own DEA/NPI/license; no patient")


def pn_npi_portal(c):
    p = c.prov()
    text = ("Hello %s,\n\nTo keep receiving payments, please log in to the Provider Portal and confirm your NPI (%s) and "
            "taxonomy code by %s. Go to Profile > Identifiers > Update. If your NPI is already correct, click Confirm.\n\n"
            "Provider Enrollment, Prairie Mutual Health" % (p.first, p.npi, d_long(c.day_ahead(10, 30))))
    h = ('<div style="font-family:Arial"><p>Hello %s,</p><p>To keep receiving payments, please log in to the '
         '<a href="https://portal.prairiemutual.example.org">Provider Portal</a> and confirm your NPI (<b>%s</b>) and '
         'taxonomy code by %s.</p><p>Go to Profile &gt; Identifiers &gt; Update.</p><p>Provider Enrollment, Prairie Mutual '
         'Health</p></div>' % (esc(p.first), p.npi, d_long(c.day_ahead(10, 30))))
    return M("Update your NPI in the portal", Person("Provider Enrollment", "", "X", email="enrollment@prairiemutual.example.org"),
             p, text, html=h, banner=True, note="payer asks provider to update own NPI in portal; no patient")


def pn_epcs(c):
    p = c.prov()
    text = ("%s,\n\nYou are scheduled for EPCS (electronic prescribing of controlled substances) identity proofing on %s "
            "at %s in the IS training room. Bring a government photo ID, your DEA registration (%s) and your smartphone "
            "for the two-factor token. Your NPI %s is already loaded.\n\nInformation Services" % (
                p.doc, d_wday(c.day_ahead(2, 14)), t_12(c.at(c.today)), p.dea, p.npi))
    return M(c.pick(["EPCS enrollment", "Your EPCS appointment"]), c.staff("Information Services"), p, text,
             note="EPCS enrollment notice with the prescriber's DEA and NPI; no patient")


def pn_pecos(c):
    p = c.prov()
    text = ("Medicare Provider Enrollment Revalidation\n\nProvider: %s\nNPI: %s\nDue date: %s\n\nCMS requires all providers "
            "and suppliers to revalidate their enrollment every five years. Please sign the revalidation in PECOS; the "
            "Medical Staff Office has pre-filled the application.\n\nQuestions: credentialing@%s" % (
                p.display, p.npi, d_long(c.day_ahead(30, 90)), ORG))
    return M("Revalidation due", c.staff("Medical Staff Office"), p, text,
             note="Medicare PECOS revalidation notice for a provider's NPI; no patient")


def pn_credentialing_pdf(c):
    p = c.prov()
    lines = [("Reappointment Verification Summary", 13, True), "", "Practitioner: %s" % p.display, "Specialty: %s" % p.specialty,
             "NPI: %s" % p.npi, "DEA: %s (verified %s)" % (p.dea, d_us(c.day_ago(1, 10))),
             "State license: %s (active)" % p.license, "Board certification: verified", "OIG/SAM exclusion check: clear",
             "Malpractice: current", "", "Committee date: %s" % d_long(c.day_ahead(10, 30))]
    ms = c.staff("Medical Staff Office")
    text = "Verification summary attached for the credentials committee packet.%s" % sig(c, ms)
    return M(c.pick(["Reappointment packet", "Credentials committee"]), ms, c.prov(exclude=(p,)), text,
             atts=[att_pdf(c, "Reappointment_%s.pdf" % ascii_fold(p.last).replace("'", ""), lines, "Verification Summary")],
             note="credentialing PDF: provider's NPI, DEA, license; no patient")


def pn_csv(c):
    rows = [[p.lf, p.cred, p.dea, p.npi, d_us(c.day_ahead(5, 120))] for p in c.r.sample(PRESCRIBERS, 10)]
    ms = c.staff("Medical Staff Office")
    text = "DEA expirations in the next 120 days attached. Please nudge your providers.%s" % sig(c, ms)
    return M("DEA expirations", ms, Person("Department Administrators", "", "X", email="dept-admins@" + ORG), text,
             atts=[att_csv(c, "dea_expirations.csv", ["Provider", "Cred", "DEA", "NPI", "Expires"], rows)],
             note="CSV of prescribers with DEA and NPI expirations; no patient")


def pn_pdmp(c):
    text = ("To all prescribers with a controlled substance license:\n\nState law requires every prescriber to register with "
            "the Prescription Monitoring Program and to check the PMP before initiating a Schedule II opioid. Registration "
            "takes about ten minutes; have your DEA number and NPI ready. Integrated PMP lookups are available from the "
            "EHR's Rx toolbar \u2014 no separate login needed once you are registered.\n\nPharmacy & Therapeutics Committee")
    return M("PMP registration reminder", c.staff("Pharmacy"), Person("All Prescribers", "", "X", email="prescribers@" + ORG), text,
             note="policy reminder to prescribers about PDMP; mentions DEA/NPI generically; no patient")


def pn_txt(c):
    p = c.prov()
    body = ("CONTROLLED SUBSTANCE LICENSE RENEWAL CHECKLIST\n\nLicensee: %s\nLicense: %s\nDEA: %s\n\n1. Complete 3 hours of "
            "opioid prescribing CME.\n2. Renew the state license online.\n3. Renew DEA registration after the state license.\n"
            "4. Send both certificates to the Medical Staff Office.\n" % (p.display, p.license, p.dea))
    ms = c.staff("Medical Staff Office")
    text = "%s, personalised checklist attached.%s" % (p.doc, sig(c, ms, "short"))
    return M("Renewal checklist", ms, p, text, atts=[att_txt(c, "renewal_checklist.txt", body)],
             note="TXT license renewal checklist with the provider's own DEA; no patient")


def pn_fwd(c):
    p = c.prov()
    inner = M("DEA Registration Renewal Notification", Person("DEA Registration", "", "X", email="noreply@deadiversion.example.org"),
              p, ("Registration %s for %s is eligible for renewal. Renew online before %s to avoid a lapse." % (
                  p.dea, p.name.upper(), d_long(c.day_ahead(20, 60)))), minimal=True)
    text = "Is this legit or phishing? I thought I renewed last year.%s" % sig(c, p, "mobile")
    return M("FW: DEA Registration Renewal Notification", p, c.staff("Medical Staff Office"), text,
             atts=[att_fwd(c, inner, "7bit")], note="forwarded DEA renewal e-mail (provider DEA only); no patient")


def pn_json(c):
    provs = c.r.sample(PRESCRIBERS, 4)
    obj = {"sync": "credentials", "generated": c.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
           "practitioners": [{"npi": p.npi, "dea": p.dea, "name": p.name, "license": p.license, "schedules": ["2", "2N", "3", "4", "5"]}
                             for p in provs]}
    ia = c.staff("Information Services")
    text = "Credential sync payload for the e-prescribing vendor attached for review.%s" % sig(c, ia, "short")
    return M("credential sync", ia, c.staff("Medical Staff Office"), text, atts=[att_json(c, "credential_sync.json", obj)],
             note="JSON of prescriber NPIs, DEA numbers, licenses; no patient")


def pn_htmlatt(c):
    p = c.prov()
    doc = ("<html><body><h2>Certificate of Completion</h2><p>This certifies that <b>%s</b> (NPI %s) completed "
           "<i>Safe Opioid Prescribing 2024</i>, 3.0 AMA PRA Category 1 Credits, on %s.</p></body></html>\n" % (
               esc(p.display), p.npi, d_long(c.day_ago(1, 30))))
    text = "Your CME certificate is attached. Keep it for your DEA/state renewal.\n\nContinuing Medical Education Office"
    return M("Your CME certificate", c.staff("Medical Staff Office"), p, text, atts=[att_html(c, "certificate.html", doc)],
             note="HTML CME certificate naming provider and NPI; no patient")


# newsletter -------------------------------------------------------------------------------------
def nl_quality(c):
    n = c.r.randint(3, 9)
    text = ("QUALITY MATTERS \u2014 %s edition\n\nDiabetes control: An HbA1c of 6.5%% or higher on two occasions indicates "
            "diabetes; 5.7-6.4%% is prediabetes (R73.03). For patients with established type 2 diabetes, document the "
            "most specific code: E11.65 when hyperglycemia is present, E11.22 with diabetic CKD, and E11.9 only when "
            "there are no complications. Our HEDIS measure counts a patient as controlled at HbA1c < 8.0%%.\n\n"
            "Blood pressure: Controlling High Blood Pressure (CBP) uses the last reading of the year; < 140/90 passes.\n\n"
            "Kudos: %d primary care teams hit every measure in Q%d.\n\nQuestions? quality@%s" % (
                MONTHS[c.today.month - 1], n, (c.today.month - 1) // 3 + 1, ORG))
    return M(c.pick(["Quality Matters", "Quality newsletter", "This month in quality"]), COMMS,
             Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="newsletter quoting ICD-10 codes and HbA1c thresholds; no individual")


def nl_coding(c):
    text = ("CODING CORNER\n\nThis month: chronic kidney disease.\n\n- N18.30 (CKD stage 3 unspecified) was replaced in FY2021 "
            "by N18.31 (stage 3a) and N18.32 (stage 3b). Document the stage.\n- When diabetes and CKD coexist, code E11.22 "
            "first, then the N18.- code.\n- eGFR 30-44 mL/min/1.73m2 corresponds to stage 3b; 45-59 to stage 3a.\n- "
            "Hypertensive CKD: I12.9 with N18.- unless heart failure is present (then I13.-).\n\nTip: the problem list "
            "is not the claim. Update both.\n\n\u2014 HIM Coding Education")
    return M(c.pick(["Coding Corner", "Coding tip of the month"]), c.staff("Health Information Management"),
             Person("Providers", "", "X", email="providers@" + ORG), text,
             note="coding newsletter: ICD-10 codes and eGFR ranges; no patient")


def nl_lab(c):
    rows = [[l[0], l[2], ref_range(l)] for l in c.r.sample(LABS, 6)]
    text = ("LAB NEWS\n\nStarting %s the laboratory will report eGFR with the race-free CKD-EPI 2021 equation. Reference "
            "intervals for several tests have also been updated after our verification study:\n\n%s\n\nNo action is "
            "needed in order sets.\n\nLaboratory Services" % (d_long(c.day_ahead(5, 30)), fmt_table(["Analyte", "Units", "New reference interval"], rows)))
    h = ('<h2 style="color:#1F4E79">Lab News</h2>\n<p>Starting %s the laboratory will report eGFR with the race-free '
         'CKD-EPI 2021 equation. Reference intervals for several tests have also been updated:</p>\n%s\n<p>No action is needed '
         'in order sets.</p><p>Laboratory Services</p>' % (d_long(c.day_ahead(5, 30)), html_table(["Analyte", "Units", "New reference interval"], rows)))
    return M(c.pick(["Lab News", "Reference range changes"]), c.staff("Laboratory Services"),
             Person("All Clinical Staff", "", "X", email="clinical@" + ORG), text, html=h,
             note="lab newsletter with analytes, units and reference ranges; no patient")


def nl_pt(c):
    text = ("P&T UPDATE\n\nFormulary additions:\n* Empagliflozin 10 mg and 25 mg tablets (heart failure and T2DM, eGFR >= 20).\n"
            "* Semaglutide 0.25 mg -> 0.5 mg -> 1 mg weekly titration, restricted to endocrinology for new starts.\n\n"
            "Removals: glyburide (hypoglycemia risk in older adults; use glipizide 2.5-5 mg daily).\n\n"
            "Therapeutic interchange: atorvastatin 40 mg replaces simvastatin 80 mg automatically.\n\n"
            "Reminder: apixaban dose reduction to 2.5 mg BID only if 2 of 3: age >= 80, weight <= 60 kg, creatinine >= 1.5 mg/dL.")
    return M(c.pick(["P&T Update", "Formulary changes"]), c.staff("Pharmacy"), Person("All Prescribers", "", "X", email="prescribers@" + ORG),
             text, note="P&T newsletter: drugs and doses, dose-adjustment criteria; no patient")


def nl_safety(c):
    text = ("PATIENT SAFETY SPOTLIGHT\n\nLast month a patient on a medical unit received a second dose of enoxaparin after a "
            "transfer because the MAR showed the dose as not given. No harm resulted. The event was reported through "
            "SafetyNet and reviewed by the unit.\n\nWhat we changed: transfer hand-off now includes a last-dose field for "
            "anticoagulants.\n\nGood catch of the month goes to the 3 East night team for stopping a look-alike/sound-alike "
            "mix-up between hydralazine and hydroxyzine.\n\nReport events: SafetyNet icon on every desktop.")
    return M(c.pick(["Safety Spotlight", "Good catch of the month"]), c.staff("Quality & Patient Safety"),
             Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="safety newsletter describing an unidentified patient event; no identifier, not identifiable")


def nl_htmlatt(c):
    doc = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Riverside Rounds</title></head><body>\n"
           "<h1>Riverside Rounds</h1>\n<h2>Heart Failure Clinic turns one</h2>\n<p>The clinic saw 612 visits in its first year. "
           "30-day readmissions for I50.- diagnoses fell from 21% to 15%.</p>\n<h2>Sepsis bundle</h2>\n<p>Lactate &gt; 2 mmol/L "
           "triggers a repeat within 2 hours; 30 mL/kg crystalloid when lactate &ge; 4.</p>\n</body></html>\n")
    text = "This month's Riverside Rounds is attached. Enjoy!\n\n\u2014 Communications"
    return M("Riverside Rounds", COMMS, Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             atts=[att_html(c, "RiversideRounds.html", doc)], note="HTML newsletter attachment: aggregate stats, ICD category, lactate thresholds")


def nl_pdf(c):
    lines = [("Nursing Practice Newsletter", 15, True), MONTHS[c.today.month - 1] + " %d" % c.today.year, "",
             ("Hypoglycemia protocol refresher", 12, True),
             "Treat blood glucose < 70 mg/dL with 15 g of fast-acting carbohydrate; recheck in 15 minutes.",
             "If the patient is NPO, give dextrose 50% 25 mL IV per protocol.", "",
             ("Potassium replacement", 12, True), "Oral KCl 40 mEq for K 3.0-3.4 mmol/L; notify provider if K < 3.0.", "",
             ("Shout-outs", 12, True), "Congratulations to 4 West for 365 days without a CAUTI!"]
    text = "Please find the nursing practice newsletter attached.%s" % sig(c, c.staff("4 West Med/Surg"))
    return M(c.pick(["Nursing newsletter", "Practice update"]), c.staff("Care Management"),
             Person("Nursing All", "", "X", email="nursing@" + ORG), text, atts=[att_pdf(c, "NursingNewsletter.pdf", lines, "Newsletter")],
             note="PDF newsletter with glucose/potassium thresholds and protocol doses; no patient")


def nl_fwd(c):
    inner = nl_coding(c) if c.chance(0.5) else nl_quality(c)
    doc = c.prov()
    text = "Worth a read before the audit.%s" % sig(c, doc, "initials")
    return M("FW: " + inner["subject"], doc, c.prov(exclude=(doc,)), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded newsletter with codes/thresholds; no patient")


# education ------------------------------------------------------------------------------------
def ed_leaflet(c):
    d = c.pick([DRUG_BY_NAME["metformin"], DRUG_BY_NAME["apixaban"], DRUG_BY_NAME["levothyroxine"], DRUG_BY_NAME["sertraline"]])
    extra = {"metformin": "The usual starting dose is 500 mg once or twice daily with meals, increased slowly to as much as "
                          "2,000 mg per day. Stomach upset is common in the first weeks. Tell your care team if you are having "
                          "a CT scan with contrast.",
             "apixaban": "The usual dose for atrial fibrillation is 5 mg twice daily. Do not stop taking it without talking "
                         "to your prescriber. Call 911 for black stools, vomiting blood, or a severe headache.",
             "levothyroxine": "Take it on an empty stomach, 30-60 minutes before breakfast, with water only. Separate it from "
                              "calcium or iron by four hours. Your dose is adjusted based on blood tests (TSH).",
             "sertraline": "The usual starting dose is 50 mg once daily. It can take 4-6 weeks to feel the full effect. Do not "
                           "stop suddenly."}[d[0]]
    text = ("UNDERSTANDING YOUR MEDICINE: %s\n\nWhat it is for: %s\n\nHow to take it: %s\n\n%s\n\nThis leaflet is general "
            "information and does not replace advice from your own doctor or pharmacist.\n\nRiverside Health Pharmacy "
            "Patient Education, rev. %d" % (d[0].upper(), {"metformin": "type 2 diabetes", "apixaban": "preventing blood clots and stroke",
                                                         "levothyroxine": "an underactive thyroid", "sertraline": "depression and anxiety"}[d[0]],
                                           d[2] + " (typical)", extra, c.today.year))
    return M(c.pick(["Patient leaflet - %s" % d[0], "Updated handout", "Leaflet for review"]), c.staff("Pharmacy"),
             c.staff("Primary Care"), text, note="patient-education leaflet on %s with doses; no patient" % d[0])


def ed_a1c(c):
    text = ("What is an A1c?\n\nYour A1c test shows your average blood sugar over about 3 months.\n\n- Below 5.7%: normal\n"
            "- 5.7% to 6.4%: prediabetes\n- 6.5% or higher: diabetes\n\nMost adults with diabetes aim for an A1c below 7%. "
            "Your care team will set a goal that is right for you.\n\nTips: walk after meals, choose water over sweet drinks, "
            "and take your medicines as prescribed.")
    return M("Handout: What is an A1c?", c.staff("Care Management"), Person("Diabetes Educators", "", "X", email="cde@" + ORG), text,
             note="education handout with A1c ranges; no patient")


def ed_pdf(c):
    topic = c.pick(["inhaler", "warfarin", "heart failure"])
    body = {"inhaler": ["Shake the inhaler well.", "Breathe out fully.", "Press once while breathing in slowly.",
                        "Hold your breath for 10 seconds.", "Wait one minute before a second puff.",
                        "Rinse your mouth after using a steroid inhaler such as budesonide-formoterol 160/4.5 mcg."],
            "warfarin": ["Take warfarin at the same time every day.", "Keep vitamin K foods (spinach, kale) steady, not zero.",
                         "Your INR goal is usually 2.0 to 3.0.", "Tell every provider you take warfarin."],
            "heart failure": ["Weigh yourself every morning.", "Call if you gain 3 pounds in a day or 5 pounds in a week.",
                              "Limit salt to 2,000 mg per day.", "Take furosemide as prescribed, usually in the morning."]}[topic]
    lines = [("Living Well: %s" % topic.title(), 15, True), ""] + ["- " + b for b in body] + ["", "Riverside Health Patient Education"]
    text = "Updated %s handout attached for the clinic racks.%s" % (topic, sig(c, c.staff("Care Management")))
    return M(c.pick(["Handout", "Patient education update"]), c.staff("Care Management"), c.staff("Primary Care"), text,
             atts=[att_pdf(c, "LivingWell_%s.pdf" % topic.replace(" ", ""), lines, "Patient Education")],
             note="PDF patient-education handout (%s) with doses/targets; no patient" % topic)


def ed_sepsis(c):
    text = ("SEPSIS EDUCATION \u2014 required for all ED and inpatient RNs\n\nScreen positive when 2 or more SIRS criteria "
            "(temperature > 38.3 or < 36 C, HR > 90, RR > 20, WBC > 12 or < 4 x10^3/uL) plus suspected infection.\n\nBundle: "
            "lactate, blood cultures before antibiotics, broad-spectrum antibiotics within 1 hour, 30 mL/kg crystalloid for "
            "lactate >= 4 mmol/L or hypotension.\n\nDocumentation: A41.9 sepsis, unspecified organism; R65.20 severe sepsis "
            "without shock; R65.21 with septic shock.\n\nComplete the module in the learning system by %s." % d_long(c.day_ahead(10, 30)))
    return M("Required: sepsis module", c.staff("Quality & Patient Safety"), Person("Nursing All", "", "X", email="nursing@" + ORG), text,
             note="staff education: sepsis criteria, lab thresholds, ICD-10 codes; no patient")


def ed_hipaa(c):
    text = ("HIPAA MINUTE: what counts as PHI?\n\nPHI is health information that can be tied to a person. Examples of "
            "identifiers: name, date of birth, address, phone, Social Security number (XXX-XX-XXXX), Riverside MRN (the "
            "letters RH followed by seven digits), health-plan member ID, Medicare Beneficiary Identifier.\n\nWhen you "
            "e-mail PHI outside Riverside: put [secure] in the subject and apply the \"Confidential - PHI\" sensitivity "
            "label. Never put PHI in Teams chat with external guests.\n\nNot PHI: de-identified counts, a provider's NPI, "
            "published guidelines.\n\nQuestions: privacy@%s" % ORG)
    return M("HIPAA Minute", c.staff("Compliance"), Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="privacy training describing PHI, identifier formats and the label name; no actual patient or identifier")


def ed_vignette(c):
    age = c.r.randint(55, 80)
    text = ("Case of the week (de-identified)\n\nA %d-year-old woman with type 2 diabetes and stage 3b CKD presents with "
            "fatigue. Labs: potassium 5.9 mmol/L, creatinine 2.2 mg/dL, HbA1c 8.1%%. Medications include lisinopril 20 mg, "
            "spironolactone 25 mg and metformin 1000 mg twice daily.\n\nQuestions: 1) Which medication changes are most "
            "urgent? 2) Is metformin still appropriate at this eGFR?\n\nAnswers next week. \u2014 Internal Medicine Residency" % age)
    return M("Case of the week", c.prov("Internal Medicine"), Person("IM Residents", "", "X", email="im-residents@" + ORG), text,
             note="de-identified teaching vignette (age and sex only, no name/date/place); not identifiable")


def ed_txt(c):
    body = ("INSULIN CORRECTION SCALE (adult, non-ICU) - rapid-acting insulin before meals\n\nBG 151-200 mg/dL: 2 units\n"
            "BG 201-250: 4 units\nBG 251-300: 6 units\nBG 301-350: 8 units\nBG > 350: 10 units and call provider\n"
            "BG < 70: hold insulin, follow hypoglycemia protocol\n")
    text = "Attached is the revised correction scale approved at P&T.%s" % sig(c, c.staff("Pharmacy"))
    return M("Revised correction scale", c.staff("Pharmacy"), Person("Nursing All", "", "X", email="nursing@" + ORG), text,
             atts=[att_txt(c, "correction_scale.txt", body)], note="TXT insulin protocol with doses; no patient")


def ed_htmlatt(c):
    doc = ("<html><body><h1>Preparing for your colonoscopy</h1>\n<ol><li>Seven days before: stop iron pills.</li>"
           "<li>One day before: clear liquids only.</li><li>Evening before: drink the first half of your prep.</li>"
           "<li>Morning of: drink the second half 5 hours before your arrival time.</li></ol>\n"
           "<p>Patient: ____________________ &nbsp; Procedure date: ___/___/_____</p>\n</body></html>\n")
    text = "Here's the generic colonoscopy prep handout for the website.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("Prep handout for website", c.staff("Marketing & Communications"), c.prov("Gastroenterology"), text,
             atts=[att_html(c, "colonoscopy_prep.html", doc)], note="generic prep handout (blank patient line); no patient")


def ed_fwd(c):
    inner = M("Clinical update: RSV vaccine for adults 60+", Person("State Health Alert Network", "", "X", email="han@health.example.org"),
              c.prov(), ("Adults aged 75 and older, and adults 60-74 at increased risk, should receive a single dose of RSV "
                         "vaccine. Co-administration with influenza vaccine is acceptable. Report adverse events to VAERS."), minimal=True)
    doc = c.prov()
    text = "FYI for the clinic - let's discuss at huddle.%s" % sig(c, doc, "initials")
    return M("FW: Clinical update: RSV vaccine for adults 60+", doc, c.staff("Primary Care"), text,
             atts=[att_fwd(c, inner, c.pick(["7bit", "qp"]))], note="forwarded public-health guidance; no patient")


def ed_json(c):
    obj = {"articleId": "edu-%d" % c.r.randint(1000, 9999), "title": "Managing high blood pressure", "audience": "patients",
           "sections": [{"heading": "Targets", "text": "Most adults should aim for a blood pressure below 130/80 mmHg."},
                        {"heading": "Medicines", "text": "Common medicines include lisinopril 10-40 mg daily and amlodipine 5-10 mg daily."}],
           "codes": {"icd10": ["I10"]}, "reviewed": d_iso(c.day_ago(10, 60))}
    text = "Content package for the portal CMS attached.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("Portal content", c.staff("Marketing & Communications"), c.staff("Information Services"), text,
             atts=[att_json(c, "article.json", obj)], note="education article JSON with ICD code and doses; no patient")


def ed_cme(c):
    text = ("CME QUIZ \u2014 Grand Rounds follow-up\n\n1. Which HbA1c threshold is diagnostic of diabetes?\n   a) 5.7%  b) 6.0%  c) 6.5%  d) 7.0%\n"
            "2. Which ICD-10-CM code describes CKD stage 3b?\n   a) N18.31  b) N18.32  c) N18.4  d) E11.22\n"
            "3. Typical apixaban dose for AF with no dose-reduction criteria?\n   a) 2.5 mg BID  b) 5 mg BID  c) 10 mg daily\n\n"
            "Reply with your answers for 0.5 credits.")
    return M("Grand Rounds quiz", c.staff("Medical Staff Office"), Person("All Medical Staff", "", "X", email="allmedstaff@" + ORG), text,
             note="CME quiz quoting codes, thresholds and doses; no patient")


def ed_prep_generic(c):
    text = ("Before your procedure\n\n\u2022 Do not eat solid food after midnight.\n\u2022 You may take blood pressure medicine "
            "with a sip of water.\n\u2022 If you take insulin, usually take half of your long-acting dose the night before \u2014 "
            "confirm with your care team.\n\u2022 Bring a driver; you cannot drive for 24 hours after sedation.")
    return M("Standard pre-procedure instructions", c.staff("Ambulatory Scheduling"), c.staff("Ambulatory Scheduling"), text,
             note="generic pre-procedure instructions; no patient")


# aggregate ---------------------------------------------------------------------------------------
def agg_dashboard(c):
    q = (c.today.month - 1) // 3 + 1
    n = c.r.randint(30, 60)
    text = ("Q%d quality summary\n\n- %d patients met sepsis criteria (A41.9) in Q%d; bundle compliance %d%%.\n- 30-day "
            "heart-failure readmissions: %d of %d discharges (%.1f%%).\n- CLABSI: %d events, %.2f per 1,000 line days.\n- "
            "Median ED door-to-provider time: %d minutes.\n\nFull dashboard on the Quality SharePoint." % (
                q, n, q, c.r.randint(70, 92), c.r.randint(15, 30), c.r.randint(150, 220), c.r.uniform(10, 18),
                c.r.randint(0, 3), c.r.uniform(0.2, 1.1), c.r.randint(14, 35)))
    qa = c.staff("Quality & Patient Safety")
    return M(c.pick(["Q%d summary" % q, "Quality dashboard", "Numbers for the board"]), qa,
             Person("Leadership", "", "X", email="leadership@" + ORG), text + sig(c, qa),
             note="aggregate counts and rates (e.g. '%d patients had sepsis'); no individual" % n)


def agg_csv_codes(c):
    rows = [[code, desc, c.r.randint(5, 400), "%.1f" % c.r.uniform(2, 9)] for code, desc in c.r.sample(ICD, 10)]
    qa = c.staff("Quality & Patient Safety")
    text = "Top discharge diagnoses by volume for the fiscal year, attached.%s" % sig(c, qa)
    return M("Top diagnoses FY", qa, c.staff("Finance"), text,
             atts=[att_csv(c, "top_dx.csv", ["ICD10", "Description", "Discharges", "ALOS"], rows)],
             note="CSV of ICD-10 codes with counts and average length of stay; aggregate")


def agg_qrda(c):
    measures = [("CMS122v12", "Diabetes: Hemoglobin A1c (HbA1c) Poor Control (> 9%)"), ("CMS165v12", "Controlling High Blood Pressure")]
    m = c.pick(measures)
    ipop, denom, numer = c.r.randint(900, 2000), 0, 0
    denom = ipop - c.r.randint(10, 80)
    numer = int(denom * c.r.uniform(0.1, 0.7))
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
         '  <realmCode code="US"/>', '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
         '  <templateId root="2.16.840.1.113883.10.20.27.1.1" extension="2017-06-01"/>',
         '  <code code="55184-6" codeSystem="2.16.840.1.113883.6.1" displayName="Quality Reporting Document Architecture Calculated Summary Report"/>',
         '  <title>QRDA Category III Report</title>',
         '  <recordTarget><patientRole><id nullFlavor="NA"/></patientRole></recordTarget>',
         '  <component><structuredBody><component><section>',
         '    <title>Measure Section</title>',
         '    <text>%s - %s</text>' % m,
         '    <entry><organizer classCode="CLUSTER" moodCode="EVN">',
         '      <component><observation classCode="OBS" moodCode="EVN"><code code="IPOP"/><value xsi:type="INT" value="%d"/></observation></component>' % ipop,
         '      <component><observation classCode="OBS" moodCode="EVN"><code code="DENOM"/><value xsi:type="INT" value="%d"/></observation></component>' % denom,
         '      <component><observation classCode="OBS" moodCode="EVN"><code code="NUMER"/><value xsi:type="INT" value="%d"/></observation></component>' % numer,
         '    </organizer></entry>', '  </section></component></structuredBody></component>', '</ClinicalDocument>']
    qa = c.staff("Quality & Patient Safety")
    text = "QRDA III file for %s ready for submission - please sanity check the counts.%s" % (m[0], sig(c, qa))
    return M("QRDA III for review", qa, c.staff("Information Services"), text,
             atts=[att_xml(c, "qrda3_%s.xml" % m[0], ("\n".join(x) + "\n").encode("utf-8"))],
             note="QRDA Category III XML: population counts only (recordTarget nullFlavor); aggregate")


def agg_json(c):
    units = ["4 West", "3 East", "ICU", "ED", "5 North"]
    obj = {"report": "daily_census", "date": d_iso(c.today),
           "units": [{"unit": u, "census": c.r.randint(8, 34), "admissions": c.r.randint(0, 9), "discharges": c.r.randint(0, 9),
                      "isolation": c.r.randint(0, 4)} for u in units]}
    text = "Census feed sample for the new dashboard tile.%s" % sig(c, c.staff("Information Services"), "short")
    return M("census tile", c.staff("Information Services"), c.staff("Finance"), text, atts=[att_json(c, "census.json", obj)],
             note="JSON unit census counts; aggregate")


def agg_pdf(c):
    lines = [("Infection Prevention Quarterly Report", 14, True), "", "Hand hygiene compliance: %d%%" % c.r.randint(85, 97),
             "CAUTI: %d events (SIR %.2f)" % (c.r.randint(0, 4), c.r.uniform(0.3, 1.2)),
             "C. difficile hospital-onset: %d (SIR %.2f)" % (c.r.randint(1, 8), c.r.uniform(0.4, 1.3)),
             "MRSA bacteremia: %d" % c.r.randint(0, 2), "Influenza vaccination, staff: %d%%" % c.r.randint(88, 98)]
    ip = c.staff("Quality & Patient Safety")
    text = "Quarterly IP report attached for the committee.%s" % sig(c, ip)
    return M("IP quarterly report", ip, Person("Infection Control Committee", "", "X", email="ipc@" + ORG), text,
             atts=[att_pdf(c, "IP_Quarterly.pdf", lines, "Infection Prevention Report")], note="PDF of infection rates; aggregate")


def agg_deid(c):
    rows = []
    for i in range(c.r.randint(8, 12)):
        dx = c.pick(["E11.9", "E11.65", "E11.22", "R73.03"])
        a1c = c.r.uniform(5.7, 6.4) if dx == "R73.03" else c.r.uniform(6.5, 10.5) if dx == "E11.65" else c.r.uniform(6.1, 8.4)
        rows.append(["S%04d" % c.r.randint(1, 9999), c.pick(["40-44", "45-49", "55-59", "60-64", "65-69", "70-74"]),
                     c.pick(["F", "M"]), c.pick(["605", "604", "463", "531"]), str(c.today.year - 1), dx, "%.1f" % a1c])
    res = c.staff("Quality & Patient Safety")
    text = ("De-identified extract for the diabetes outcomes study (Safe Harbor: no names, no dates other than year, "
            "3-digit ZIP only, age bands, study IDs are random and not derived from the MRN). IRB #2024-117.%s" % sig(c, res))
    return M("De-identified extract", res, c.ext_person("stansgar.example.org"), text,
             atts=[att_csv(c, "deid_extract.csv", ["StudyID", "AgeBand", "Sex", "ZIP3", "Year", "ICD10", "HbA1c"], rows)],
             note="Safe-Harbor de-identified row-level extract (age bands, ZIP3, year); not identifiable")


def agg_readmit(c):
    units = ["4 West", "3 East", "5 North", "ICU", "Ortho"]
    rows = [[u, str(c.r.randint(80, 300)), str(c.r.randint(5, 40)), "%.1f%%" % c.r.uniform(6, 19)] for u in units]
    qa = c.staff("Quality & Patient Safety")
    text = "Readmission rates by unit, last 12 months:\n\n%s\n\nTarget is < 12%%.%s" % (fmt_table(["Unit", "Discharges", "Readmits", "Rate"], rows), sig(c, qa))
    h = '<p class="MsoNormal">Readmission rates by unit, last 12 months:</p>\n%s\n<p class="MsoNormal">Target is &lt; 12%%.</p>' % html_table(["Unit", "Discharges", "Readmits", "Rate"], rows)
    return M(c.pick(["Readmissions by unit", "Readmission rates"]), qa, Person("Nurse Managers", "", "X", email="nursemanagers@" + ORG),
             text, html=h, note="table of readmission counts/rates by unit; aggregate")


def agg_infection(c):
    text = ("CLABSI update: %d CLABSIs hospital-wide year to date versus %d at this time last year. Central-line days "
            "%d. The ICU has gone %d days without a CLABSI. Line-maintenance audits: %d%% compliant.\n\nThank you all." % (
                c.r.randint(1, 5), c.r.randint(5, 9), c.r.randint(5000, 9000), c.r.randint(100, 400), c.r.randint(88, 99)))
    return M("CLABSI update", c.staff("Quality & Patient Safety"), Person("Nursing All", "", "X", email="nursing@" + ORG), text,
             note="aggregate infection counts; no individual")


def agg_lab_volumes(c):
    rows = "".join("<tr><td>%s</td><td>%d</td><td>%d min</td></tr>\n" % (l[0], c.r.randint(500, 9000), c.r.randint(25, 90))
                   for l in c.r.sample(LABS, 6))
    doc = "<html><body><h2>Lab volumes and turnaround</h2><table border=\"1\"><tr><th>Test</th><th>Volume</th><th>Median TAT</th></tr>\n%s</table></body></html>\n" % rows
    text = "Monthly lab volume report attached.%s" % sig(c, c.staff("Laboratory Services"))
    return M("Lab volumes", c.staff("Laboratory Services"), c.staff("Finance"), text, atts=[att_html(c, "lab_volumes.html", doc)],
             note="HTML test volumes and turnaround times; aggregate")


def agg_fwd(c):
    inner = agg_dashboard(c)
    mgr = c.staff("Finance")
    text = "Forwarding for the board deck.%s" % sig(c, mgr, "initials")
    return M("FW: " + inner["subject"], mgr, c.staff("Finance", (mgr,)), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded aggregate quality summary")


def agg_txt(c):
    body = "ED THROUGHPUT - WEEKLY\n\n" + fmt_table(["Day", "Arrivals", "LWBS", "Admit %", "Median LOS (min)"],
                                                    [[DAYS[i][:3], str(c.r.randint(120, 220)), str(c.r.randint(0, 9)),
                                                      "%d%%" % c.r.randint(15, 28), str(c.r.randint(180, 320))] for i in range(7)]) + "\n"
    text = "Weekly throughput attached.%s" % sig(c, c.staff("Quality & Patient Safety"), "short")
    return M("ED weekly", c.staff("Quality & Patient Safety"), Person("ED Leadership", "", "X", email="ed-leaders@" + ORG), text,
             atts=[att_txt(c, "ed_weekly.txt", body)], note="TXT table of ED volume counts; aggregate")


def agg_ed(c):
    text = ("Yesterday in the ED: %d arrivals, %d admitted, %d transferred, %d left without being seen. Longest boarder "
            "waited %d hours. Flu-like illness made up %d%% of visits.\n\nBed huddle at 0800 and 1400." % (
                c.r.randint(150, 230), c.r.randint(25, 55), c.r.randint(1, 6), c.r.randint(0, 8), c.r.randint(6, 19), c.r.randint(5, 20)))
    return M("ED yesterday", c.staff("Care Management"), Person("Bed Huddle", "", "X", email="bedhuddle@" + ORG), text,
             note="daily ED aggregate counts; no individual")


# template -------------------------------------------------------------------------------------------
def tpl_referral(c):
    text = ("REFERRAL FORM (fax to (312) 555-0190)\n\nPatient: [NAME]\nDOB: __/__/____\nMRN: RH_______\nSSN (last 4): XXX-XX-____\n"
            "Phone: (___) ___-____\nReferred to: [SPECIALTY]\nReason for referral: ____________________\nICD-10 code(s): ______\n"
            "Urgency: [ ] Routine  [ ] Urgent\nReferring provider: [PROVIDER NAME], NPI __________\n\nPlease attach recent notes.")
    coord = c.staff("Referral Center")
    return M(c.pick(["Blank referral form", "Form", "Updated referral template"]), coord, c.staff("Primary Care"),
             "Here is the updated blank form - please stop using the old one.\n\n" + text + sig(c, coord),
             note="blank referral form with placeholders and underscores; no patient")


def tpl_mailmerge(c):
    text = ("Subject line: Reminder: your {{appointment_type}} on {{appointment_date}}\n\nHi {{patient_first_name}},\n\n"
            "This is a reminder of your {{appointment_type}} with {{provider_name}} on {{appointment_date}} at "
            "{{appointment_time}}.\nLocation: {{clinic_address}}\n\nReply C to confirm or call {{clinic_phone}}.\n\n"
            "{% if prep_required %}Please follow the prep instructions: {{prep_url}}{% endif %}")
    h = ("<p>Subject line: Reminder: your {{appointment_type}} on {{appointment_date}}</p>\n<p>Hi <b>{{patient_first_name}}</b>,</p>\n"
         "<p>This is a reminder of your {{appointment_type}} with {{provider_name}} on {{appointment_date}} at {{appointment_time}}.<br>"
         "Location: {{clinic_address}}</p>\n<p>Reply C to confirm or call {{clinic_phone}}.</p>\n"
         "<p>{% if prep_required %}Please follow the prep instructions: <a href=\"{{prep_url}}\">{{prep_url}}</a>{% endif %}</p>")
    mk = c.staff("Marketing & Communications")
    return M("Reminder template v3", mk, c.staff("Information Services"), "New reminder template for the campaign tool:\n\n" + text,
             html="<p>New reminder template for the campaign tool:</p>\n" + h, note="mail-merge template with {{patient_first_name}} placeholders")


def tpl_smartphrase(c):
    text = (".HFDC SmartPhrase (draft)\n\n@NAME@ is a @AGE@ y.o. @SEX@ admitted on @ADMITDT@ for acute on chronic heart "
            "failure. Discharge weight: *** kg. Discharge meds: @DCMEDS@\n\nFollow-up: PCP within 7 days; BMP in 1 week.\n"
            "Diagnosis: I50.-- (specify ***)\n\nPlease review and reply with edits.")
    doc = c.prov("Cardiology")
    return M("SmartPhrase for review", doc, c.staff("Information Services"), text + sig(c, doc, "initials"),
             note="EHR SmartPhrase template with @NAME@/@AGE@ tokens; no patient")


def tpl_hl7(c):
    segs = ["MSH|^~\\&|<SENDING_APP>|<SENDING_FACILITY>|<RECEIVING_APP>|<RECEIVING_FACILITY>|<YYYYMMDDHHMMSS>||ADT^A01^ADT_A01|<CONTROL_ID>|P|2.5.1",
            "EVN|A01|<YYYYMMDDHHMMSS>",
            "PID|1||<MRN>^^^RH^MR||<FAMILY>^<GIVEN>||<YYYYMMDD>|<SEX>|||<STREET>^^<CITY>^<ST>^<ZIP>",
            "PV1|1|I|<UNIT>^<ROOM>^<BED>^RIVERSIDE||||<ATTENDING_NPI>^<ATTENDING_NAME>",
            "DG1|1||<ICD10>^<DESCRIPTION>^I10"]
    ia = c.staff("Information Services")
    text = "Spec template for the HIE onboarding packet attached. Fill in the angle-bracket fields per the IG.%s" % sig(c, ia)
    return M("ADT template", ia, c.ext_person("stansgar.example.org"), text, atts=[att_hl7(c, "ADT_A01_template.hl7", segs)],
             note="HL7 ADT template with <MRN>/<FAMILY> placeholders; no patient")


def tpl_ccda(c):
    dummy = Person("", "", "F", dob=c.today, mrn="", street="", city="", state="", zip="", area="", phone="")
    data = ccda_xml(c, dummy, c.pick(PROVIDERS), [ccda_narrative("Problems", "11450-4", "{{problem_list}}", "2.16.840.1.113883.10.20.22.2.5.1"),
                                                  ccda_narrative("Medications", "10160-0", "{{medication_list}}", "2.16.840.1.113883.10.20.22.2.1.1")],
                    placeholders=True)
    ia = c.staff("Information Services")
    text = "Base CCD template (mustache placeholders) for the document service attached.%s" % sig(c, ia, "short")
    return M("CCD template", ia, c.staff("Information Services", (ia,)), text, atts=[att_xml(c, "ccd_template.xml", data)],
             note="C-CDA template XML: recordTarget fields are {{placeholders}}; author NPI only")


def tpl_json(c):
    obj = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "LabResultMessage",
           "example": {"patient": {"mrn": "<MRN>", "name": "<LAST>, <FIRST>", "birthDate": "YYYY-MM-DD"},
                       "results": [{"loinc": "4548-4", "display": "Hemoglobin A1c", "value": "<number>", "unit": "%"}]},
           "required": ["patient", "results"]}
    ia = c.staff("Information Services")
    text = "JSON schema + example for the vendor. The example uses placeholders only.%s" % sig(c, ia, "short")
    return M("Schema for vendor", ia, c.ext_person("northshore-labs.example.org"), text, atts=[att_json(c, "lab_result.schema.json", obj)],
             note="JSON schema/example with <MRN>/<LAST> placeholders; no patient")


def tpl_pdf(c):
    lines = [("NEW PATIENT INTAKE FORM", 15, True), "", "Name: ______________________________   Date of birth: ___/___/______",
             "Social Security number: ___-__-____   Sex: [ ] F [ ] M [ ] X", "Address: ______________________________________________",
             "Phone: (____) ____-______   E-mail: ______________________", "Insurance: ____________________  Member ID: RHP_________",
             "", "Medical history (check all that apply):", "[ ] Diabetes  [ ] High blood pressure  [ ] Asthma/COPD  [ ] Heart disease",
             "Current medications: _____________________________________", "Allergies: ______________________________________________",
             "", "Signature: ____________________   Date: ____/____/______"]
    pa = c.staff("Patient Access")
    text = "Blank intake form attached for printing at the front desk.%s" % sig(c, pa)
    return M("Intake form (blank)", pa, Person("Front Desk Staff", "", "X", email="frontdesk@" + ORG), text,
             atts=[att_pdf(c, "IntakeForm_blank.pdf", lines, "Intake Form")], note="blank PDF intake form; no patient")


def tpl_csv(c):
    rows = [["<LAST>", "<FIRST>", "RH#######", "MM/DD/YYYY", "XXX-XX-XXXX", "RHP#########", "<ICD10>"]]
    ia = c.staff("Information Services")
    text = "Import template for the registry load. Row 2 shows the expected formats; delete it before loading.%s" % sig(c, ia)
    return M("Registry import template", ia, c.staff("Quality & Patient Safety"), text,
             atts=[att_csv(c, "registry_template.csv", ["Last", "First", "MRN", "DOB", "SSN", "MemberID", "Dx"], rows)],
             note="CSV import template with format placeholders (RH#######, XXX-XX-XXXX); no patient")


def tpl_txt(c):
    body = ("DISCHARGE INSTRUCTIONS - TEMPLATE\n\nPatient name: ____________________\nYou were in the hospital for: ____________\n"
            "New medicines: ____________  Stop taking: ____________\nFollow up with: ____________ on __/__/____\n"
            "Call 911 if: chest pain, trouble breathing, confusion.\n")
    text = "Template attached for the unit binders.%s" % sig(c, c.staff("Care Management"))
    return M("DC instructions template", c.staff("Care Management"), Person("Nurse Managers", "", "X", email="nursemanagers@" + ORG), text,
             atts=[att_txt(c, "dc_template.txt", body)], note="blank discharge-instructions template; no patient")


def tpl_htmlatt(c):
    doc = ("<html><body><p>[DATE]</p><p>[PATIENT NAME]<br>[ADDRESS LINE 1]<br>[CITY], [STATE] [ZIP]</p>\n<p>Dear [PATIENT NAME],</p>\n"
           "<p>Your recent [TEST NAME] result was [RESULT]. [INTERPRETATION]</p>\n<p>Sincerely,<br>[PROVIDER NAME]</p></body></html>\n")
    text = "Results-letter template attached for the letters module.%s" % sig(c, c.staff("Information Services"))
    return M("Letter template", c.staff("Information Services"), c.prov(), text, atts=[att_html(c, "result_letter_template.html", doc)],
             note="HTML results-letter template with [PATIENT NAME] placeholders")


def tpl_fwd(c):
    inner = tpl_referral(c)
    pa = c.staff("Primary Care")
    text = "Please print a stack of these.%s" % sig(c, pa, "initials")
    return M("FW: " + inner["subject"], pa, c.staff("Primary Care", (pa,)), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded blank referral form with placeholders")


def tpl_letter(c):
    text = ("Dear <<Patient First Name>> <<Patient Last Name>>,\n\nYour <<Test>> result from <<Collection Date>> was "
            "<<Value>> <<Units>> (reference <<Range>>). <<Provider Comment>>\n\nIf you have questions please call "
            "<<Clinic Phone>>.\n\nSincerely,\n<<Provider Name>>\n\n[Merge fields are filled by the letters engine; do not edit "
            "the angle brackets.]")
    return M("Letter merge fields", c.staff("Health Information Management"), c.staff("Information Services"), text,
             note="letter template with <<merge fields>>; no patient")


def tpl_alt(c):
    text = ("Prior authorization request - template\n\nMember name: {MEMBER_NAME}\nMember ID: {MEMBER_ID}\nDOB: {DOB}\n"
            "Requested service (CPT): {CPT}\nDiagnosis (ICD-10): {ICD10}\nClinical rationale: {RATIONALE}\n\n"
            "Attach: last two office notes, imaging reports.")
    return M("PA request template", c.staff("Patient Financial Services"), Person("Department Administrators", "", "X", email="dept-admins@" + ORG),
             text, note="prior-auth template with {MEMBER_ID} placeholders")


# birth_year ---------------------------------------------------------------------------------------
def by_founder(c):
    f = c._name()
    text = ("From the archives\n\nDr. %s %s, born in 1950 in Maple Falls, founded the Riverside Heart Institute in 1988 "
            "with three cardiologists and a borrowed echo machine. %s grew up on a farm outside Cedar Grove and was the first "
            "in the family to attend college. The Institute celebrates its 36th anniversary this fall with a community open house." % (
                f[0], f[1], "She" if f[2] == "F" else "He"))
    return M(c.pick(["From the archives", "History corner"]), COMMS, Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="history piece: founder 'born in 1950'; no health information")


def by_birthdays(c):
    people = c.r.sample(STAFF, 6)
    rows = [[p.name, p.dept, "%s %d" % (MONTHS[c.today.month - 1], c.r.randint(1, 28))] for p in people]
    text = "Happy birthday to our %s birthday crew!\n\n%s\n\nCake in the 2nd floor break room Friday at 3." % (
        MONTHS[c.today.month - 1], fmt_table(["Name", "Department", "Birthday"], rows))
    h = '<p class="MsoNormal">Happy birthday to our %s birthday crew! &#127874;</p>\n%s\n<p class="MsoNormal">Cake in the 2nd floor break room Friday at 3.</p>' % (
        MONTHS[c.today.month - 1], html_table(["Name", "Department", "Birthday"], rows))
    return M("Birthdays this month", c.staff("Human Resources"), Person("Pavilion A Staff", "", "X", email="pavilion-a@" + ORG), text,
             html=h, note="staff birthday list (names + birthdays); no health context")


def by_csv(c):
    rows = [[p.last, p.first, p.dept, "%02d/%02d" % (c.r.randint(1, 12), c.r.randint(1, 28))] for p in c.r.sample(STAFF, 12)]
    hr = c.staff("Human Resources")
    text = "Birthday list for the recognition app import (month/day only, as agreed).%s" % sig(c, hr)
    return M("Birthday import", hr, c.staff("Information Services"), text,
             atts=[att_csv(c, "birthdays.csv", ["Last", "First", "Department", "Birthday"], rows)],
             note="CSV of staff birthdays; no health context")


def by_retirement(c):
    p = c.pick(STAFF)
    yr = c.r.randint(1952, 1962)
    text = ("Please join us in celebrating %s %s, who retires on %s after %d years at Riverside. Born in %d and raised in "
            "Linden Park, %s started as a unit secretary in %d and has worked in %s ever since. Reception in the Pavilion A "
            "atrium, 2-4 PM. Cards can be dropped off at the HR desk." % (
                p.first, p.last, d_long(c.day_ahead(5, 30)), c.today.year - yr - 22, yr, p.he, yr + 22, p.dept))
    return M(c.pick(["Retirement celebration", "Join us!"]), c.staff("Human Resources"), Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="retirement notice with staff member's birth year; no health info")


def by_history_pdf(c):
    lines = [("Riverside Health: 72 Years of Care", 15, True), "", "1952  Riverside Community Hospital opens with 40 beds.",
             "1961  Dr. Walter Brandt (1919-2004) establishes the first ICU in the county.",
             "1978  Nursing school graduates its 1,000th nurse.", "1988  Heart Institute founded by a cardiologist born in 1950.",
             "2015  Pavilion C and the Cancer Center open.", "2024  Riverside joins the regional health information exchange."]
    text = "Timeline panel for the lobby display - final proof attached.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("Lobby timeline proof", c.staff("Marketing & Communications"), c.staff("Facilities"), text,
             atts=[att_pdf(c, "Timeline.pdf", lines, "Timeline")], note="history PDF with birth/death years of founders; no health info")


def by_alumni(c):
    text = ("Riverside School of Nursing Class of 1972 \u2014 50+ reunion!\n\nClassmates were mostly born in 1950 and 1951, "
            "and we hear several still work per diem. Join us on %s at the Cedar Grove Golf Club. RSVP to the Foundation "
            "by replying to this e-mail." % d_long(c.day_ahead(20, 60)))
    return M("Class of 1972 reunion", Person("Riverside Foundation", "", "X", email="foundation@" + ORG),
             Person("Alumni", "", "X", email="alumni@" + ORG), text, note="alumni reunion mentioning birth years; no health info")


def by_volunteer100(c):
    v = c._name("F")
    text = ("Our longest-serving volunteer, %s %s, turns 100 this week! Born June 2, 1925, %s has staffed the gift shop "
            "every Tuesday since 1979. Stop by the gift shop on Tuesday to wish her a happy birthday." % (v[0], v[1], v[0]))
    return M("100 years young", c.staff("Volunteer Services"), Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="volunteer's full birth date in a celebration note; no health info")


def by_fwd(c):
    inner = by_founder(c)
    mk = c.staff("Marketing & Communications")
    text = "The Gazette picked up our founder story.%s" % sig(c, mk, "short")
    return M("FW: From the archives", mk, c.staff("Marketing & Communications", (mk,)), text, atts=[att_fwd(c, inner, "qp")],
             note="forwarded history piece with founder's birth year")


def by_txt(c):
    body = ("Gala remarks (draft)\n\nGood evening. In 1952 my grandfather, born in 1921 in a farmhouse near Brookhaven, "
            "joined the first board of Riverside Community Hospital. ...\n")
    text = "Draft remarks attached - please check the dates.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("Gala remarks", c.staff("Marketing & Communications"), Person("Foundation Board", "", "X", email="board@" + ORG), text,
             atts=[att_txt(c, "remarks.txt", body)], note="speech draft with a birth year; no health info")


def by_hr(c):
    text = ("Reminder: employees born in %d or earlier are eligible for the age-50 catch-up contribution to the 403(b) plan this "
            "year. The annual catch-up limit is $7,500. Update your election in the benefits portal by %s." % (
                c.today.year - 50, d_long(c.day_ahead(10, 40))))
    return M("403(b) catch-up contributions", c.staff("Human Resources"), Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="HR benefits notice with a birth-year cutoff; no individual, no health")


def by_json(c):
    obj = {"celebrations": [{"name": p.name, "department": p.dept, "birthday": "%02d-%02d" % (c.r.randint(1, 12), c.r.randint(1, 28)),
                             "serviceYears": c.r.randint(1, 35)} for p in c.r.sample(STAFF, 5)]}
    text = "Sample export for the recognition kiosk.%s" % sig(c, c.staff("Information Services"), "short")
    return M("kiosk export", c.staff("Information Services"), c.staff("Human Resources"), text, atts=[att_json(c, "celebrations.json", obj)],
             note="JSON of staff birthdays/service years; no health context")


def by_profile(c):
    p = c.pick(PROVIDERS)
    doc = ("<html><body><h2>Meet the team: %s</h2><p>Born in Lagos in 1979 and raised in Houston, %s joined Riverside in 2016. "
           "Outside work %s coaches youth soccer and bakes sourdough.</p></body></html>\n" % (esc(p.display), esc(p.first), p.he))
    text = "Profile for the next issue attached.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("Meet the team", c.staff("Marketing & Communications"), c.staff("Marketing & Communications"), text,
             atts=[att_html(c, "profile.html", doc)], note="staff profile with birth year; no health info")


def by_awards(c):
    ps = c.r.sample(STAFF, 3)
    text = "Service award honorees:\n\n" + "\n".join("- %s (%s), born in %d, %d years of service" % (
        p.name, p.dept, c.r.randint(1955, 1975), c.r.randint(20, 40)) for p in ps) + "\n\nDinner is at 6 PM at the Riverside Inn."
    return M("Service awards", c.staff("Human Resources"), Person("Leadership", "", "X", email="leadership@" + ORG), text,
             note="award bios with birth years; no health info")


# id_shaped ------------------------------------------------------------------------------------------
def id_po(c):
    po = make_ssn(c.r)
    text = ("Hi,\n\nPO %s for 40 cases of nitrile gloves (size M, part NG-4410-M) was received short by 6 cases. Vendor "
            "invoice INV-%s references the same PO. Please hold payment until the backorder ships.\n\nDock ext. 0142" % (
                po, make_ssn(c.r)))
    b = c.staff("Supply Chain")
    return M(c.pick(["Short shipment", "PO discrepancy"]), b, c.staff("Finance"), text + sig(c, b, "short"),
             note="PO and invoice numbers shaped like SSNs (ddd-dd-dddd); supply context")


def id_tracking(c):
    ups = "1Z%s%s" % (c.hexid(6), "".join(c.r.choice("0123456789") for _ in range(10)))
    fedex = "".join(c.r.choice("0123456789") for _ in range(12))
    text = ("Your order has shipped.\n\nOrder: %s\nCarrier: UPS  Tracking: %s\nSecond box: FedEx %s\nShip to: Riverside Health "
            "Receiving, %s\n\nItems: infusion pump tubing sets (REF 2426-0007) x 200" % (make_ssn(c.r), ups, fedex, HOSPITAL_ADDR))
    h = text_to_html(text)
    return M("Your order has shipped", Person("MedSupply Direct", "", "X", email="orders@medsupply.example.org"), c.staff("Supply Chain"),
             text, html=h, note="shipping notice with SSN-shaped order number and tracking numbers")


def id_invoice_pdf(c):
    inv = make_ssn(c.r)
    lines = [("MedSupply Direct - INVOICE", 14, True), "", "Invoice: %s    Date: %s" % (inv, d_us(c.today)),
             "Customer: Riverside Health Receiving", "Customer no.: %d" % c.r.randint(100000, 999999), "",
             "Part no.       Description                         Qty   Unit     Total",
             "NG-4410-M      Nitrile exam gloves, M              40    $18.20   $728.00",
             "2426-0007      Pump tubing set                     200   $4.15    $830.00",
             "", "Remit to: PO Box 5510, Springfield IL 62701    Federal tax ID 36-%07d" % c.r.randint(0, 9999999)]
    text = "Invoice %s attached. Net 30.\n\nAccounts Receivable\nMedSupply Direct" % inv
    return M("Invoice %s" % inv, Person("MedSupply AR", "", "X", email="ar@medsupply.example.org"), c.staff("Finance"), text,
             atts=[att_pdf(c, "Invoice_%s.pdf" % inv.replace("-", ""), lines, "Invoice", "MedSupply Direct")],
             note="vendor invoice whose number is SSN-shaped; part numbers, tax id")


def id_orders_csv(c):
    rows = [[make_ssn(c.r), d_us(c.day_ago(1, 40)), c.pick(["Gloves M", "Saline 10 mL", "Gauze 4x4", "IV start kit"]),
             c.r.randint(1, 50), "%.2f" % c.r.uniform(20, 900)] for _ in range(8)]
    b = c.staff("Supply Chain")
    text = "Open orders report attached (order numbers are in the legacy ddd-dd-dddd format).%s" % sig(c, b)
    return M("Open orders", b, c.staff("Finance"), text, atts=[att_csv(c, "open_orders.csv", ["Order", "Date", "Item", "Qty", "Amount"], rows)],
             note="CSV of SSN-shaped order numbers with supplies; no person")


def id_asset(c):
    tag = "RH" + "".join(c.r.choice("0123456789") for _ in range(7))
    fm = c.staff("Facilities")
    text = ("Biomed work order\n\nAsset tag: %s\nDevice: infusion pump (large volume), Bay 4, 3 East clean utility\n"
            "Issue: preventive maintenance overdue since %s\nWork order: WO-%d\n\nPlease pull from service until PM is done." % (
                tag, d_us(c.day_ago(3, 30)), c.r.randint(100000, 999999)))
    return M(c.pick(["PM overdue", "Work order"]), fm, c.staff("4 West Med/Surg"), text + sig(c, fm, "short"),
             note="biomed asset tag in MRN shape (RH+7 digits) but it labels a device; no patient")


def id_extensions(c):
    ps = c.r.sample(STAFF, 8)
    text = "Updated phone list for Patient Access:\n\n" + "\n".join("%-24s ext %s   pager 555-01%02d" % (p.name, p.ext, c.r.randint(0, 99)) for p in ps) + \
        "\n\nMain line (312) 555-0100. Fax 555-0199. Effective %s." % d_us(c.day_ahead(1, 10))
    return M("Phone list", c.staff("Patient Access"), Person("Patient Access Team", "", "X", email="patientaccess@" + ORG), text,
             note="phone extensions, pagers and dates; staff only")


def id_json(c):
    obj = {"shipmentId": make_ssn(c.r), "carrier": "UPS", "tracking": "1Z%s" % c.hexid(16),
           "items": [{"sku": "NG-4410-M", "qty": 40}, {"sku": "2426-0007", "qty": 200}], "shipDate": d_iso(c.today)}
    text = "ASN payload attached - the shipmentId looks like an SSN, which is tripping the DLP rule.%s" % sig(c, c.staff("Information Services"), "short")
    return M("ASN payload", c.staff("Information Services"), c.staff("Supply Chain"), text, atts=[att_json(c, "asn.json", obj)],
             note="shipment JSON with SSN-shaped shipment id; no person")


def id_xml(c):
    x = ('<?xml version="1.0"?>\n<PurchaseOrder number="%s" date="%s">\n  <Vendor id="V%05d">MedSupply Direct</Vendor>\n'
         '  <Line part="NG-4410-M" qty="40" price="18.20"/>\n  <Line part="2426-0007" qty="200" price="4.15"/>\n'
         '  <ShipTo>%s</ShipTo>\n</PurchaseOrder>\n' % (make_ssn(c.r), d_iso(c.today), c.r.randint(1, 99999), HOSPITAL_ADDR))
    text = "PO XML for the EDI test attached.%s" % sig(c, c.staff("Supply Chain"))
    return M("EDI test PO", c.staff("Supply Chain"), Person("MedSupply EDI", "", "X", email="edi@medsupply.example.org"), text,
             atts=[att_xml(c, "po.xml", x.encode())], note="purchase-order XML with SSN-shaped PO number")


def id_txt(c):
    body = "PACKING LIST\nOrder %s\nCarton 1 of 3  Lot 24-118-7702  Exp 2026-09-30\nCarton 2 of 3  Lot 24-118-7703\nCarton 3 of 3  Lot 24-121-0041\n" % make_ssn(c.r)
    text = "Packing list attached for the receiving log.%s" % sig(c, c.staff("Supply Chain"), "short")
    return M("Packing list", c.staff("Supply Chain"), c.staff("Supply Chain"), text, atts=[att_txt(c, "packing_list.txt", body)],
             note="packing list with SSN-shaped order number and lot numbers")


def id_fwd(c):
    inner = id_tracking(c)
    b = c.staff("Supply Chain")
    text = "Which dock is this going to?%s" % sig(c, b, "initials")
    return M("FW: Your order has shipped", b, c.staff("Facilities"), text, atts=[att_fwd(c, inner, "html")],
             note="forwarded shipping notice with SSN-shaped order number")


def id_dates(c):
    text = ("Facilities notice\n\nThe east wing, dedicated 03/14/1962, will have its original boilers replaced between %s and %s. "
            "Building permit 62-0314-1962. Contractor badge numbers 4471-22 through 4471-39. Questions to ext. 0131." % (
                d_us(c.day_ahead(5, 10)), d_us(c.day_ahead(20, 40))))
    return M("East wing boiler replacement", c.staff("Facilities"), Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="DOB-shaped building dedication date, permit and badge numbers; no person")


def id_lot(c):
    text = ("Supply notice: gloves lot 2024-0312-1960 and lot 2024-0315-1961 have a packaging defect. Please return unopened boxes "
            "to Central Supply. Replacement part number NG-4410-M, catalog 512-40-3317.")
    return M("Supply notice", c.staff("Supply Chain"), Person("Nurse Managers", "", "X", email="nursemanagers@" + ORG), text,
             note="lot numbers containing date-like digits and a catalog number shaped like an SSN")


def id_conference(c):
    code = make_ssn(c.r).replace("-", " ")
    text = ("Budget review call\n\nDial-in: (312) 555-0142\nParticipant code: %s#\nMeeting ID: %d %d %d\n\nAgenda: FY capital "
            "requests, contract labor." % (code, c.r.randint(100, 999), c.r.randint(100, 999), c.r.randint(1000, 9999)))
    return M("Budget review call", c.staff("Finance"), Person("Directors", "", "X", email="directors@" + ORG), text,
             note="conference participant code with SSN structure (ddd dd dddd); no person")


def id_remit(c):
    doc = ("<html><body><h3>Remittance advice</h3><p>Check no. %d &middot; EFT trace %s</p><p>Payee: Riverside Health, EIN 36-%07d</p>"
           "<table border=\"1\"><tr><th>Invoice</th><th>Amount</th></tr><tr><td>%s</td><td>$1,558.00</td></tr></table></body></html>\n" % (
               c.r.randint(100000, 999999), make_ssn(c.r).replace("-", ""), c.r.randint(0, 9999999), make_ssn(c.r)))
    text = "Remittance attached.\n\nMedSupply Direct AR"
    return M("Remittance advice", Person("MedSupply AR", "", "X", email="ar@medsupply.example.org"), c.staff("Finance"), text,
             atts=[att_html(c, "remittance.html", doc)], note="remittance with check, 9-digit trace and SSN-shaped invoice; vendor finance")


# staff_admin ------------------------------------------------------------------------------------
def sa_shift_csv(c):
    ps = c.r.sample(STAFF, 10)
    start = c.day_ahead(3, 10)
    rows = [[p.name, p.role, *[c.pick(["D", "N", "E", "off", "off"]) for _ in range(7)]] for p in ps]
    mgr = c.staff("4 West Med/Surg")
    text = "Schedule for the week of %s attached. Swaps need manager approval by Thursday.%s" % (d_long(start), sig(c, mgr))
    return M(c.pick(["Schedule", "Next week's schedule", "Shift schedule"]), mgr, Person("4 West Staff", "", "X", email="4west@" + ORG), text,
             atts=[att_csv(c, "schedule.csv", ["Name", "Role"] + [DAYS[i][:3] for i in range(7)], rows)],
             note="staff shift schedule (names + shifts); no health information")


def sa_hipaa(c):
    p = c.pick(STAFF)
    text = ("Hi %s,\n\nOur records show your annual HIPAA privacy and security training is due by %s. The module covers "
            "how to handle protected health information, minimum necessary, and how to report a suspected breach. It takes "
            "about 25 minutes.\n\nCompliance Office" % (p.first, d_long(c.day_ahead(5, 20))))
    return M("Training due", c.staff("Compliance"), p, text + disclaimer(c, 0.7),
             note="training reminder to a staff member mentioning PHI generically; no health info about anyone")


def sa_parking(c):
    ps = c.r.sample(STAFF, 5)
    text = ("Parking changes effective %s:\n\n%s\n\nGarage B level 3 is reserved for night shift. Hang tags are at the "
            "security desk \u2014 bring your badge." % (d_long(c.day_ahead(3, 15)), "\n".join("%s \u2192 Garage %s, level %d" % (
                p.name, c.pick("ABC"), c.r.randint(1, 4)) for p in ps)))
    return M("Parking assignments", c.staff("Facilities"), Person("Affected Staff", "", "X", email="parking@" + ORG), text,
             note="staff parking assignments; names only")


def sa_benefits(c):
    text = ("Open enrollment runs %s through %s.\n\nWhat's new: the Riverside Health Plan PPO deductible stays at $750; the HSA "
            "employer contribution rises to $600. Dental adds a second cleaning. Vision is unchanged.\n\nBenefits fairs: Pavilion A "
            "atrium, Tuesdays 11-1.\n\nHR Benefits" % (d_long(c.day_ahead(5, 10)), d_long(c.day_ahead(20, 30))))
    return M("Open enrollment", c.staff("Human Resources"), Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="benefits open-enrollment announcement; no individual health information")


def sa_ooo(c):
    p = c.pick(STAFF + PROVIDERS)
    back = c.day_ahead(2, 10)
    cover = c.pick(STAFF)
    text = ("I am out of the office until %s with limited access to e-mail. For urgent matters please contact %s at "
            "ext. %s. If this is a clinical emergency, call the operator and ask for the on-call provider.%s" % (
                d_long(back), cover.name, cover.ext, disclaimer(c, 0.9)))
    sender = Person(p.first, p.last, p.sex, email=p.email)
    return M("Automatic reply: %s" % c.pick(["Follow-up", "Results", "Question", "Schedule"]), sender, c.pick(STAFF), text,
             minimal=c.chance(0.4), extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
             note="out-of-office auto-reply with PHI disclaimer; no patient")


def sa_oncall(c):
    rows = []
    for i in range(7):
        d = c.today + dt.timedelta(days=i)
        p = c.pick(PRESCRIBERS)
        rows.append([d_us(d), p.display, p.specialty, "pager 555-01%02d" % c.r.randint(0, 99)])
    text = "On-call schedule this week:\n\n%s\n\nCall the operator if the pager does not answer in 10 minutes." % fmt_table(["Date", "Provider", "Service", "Contact"], rows)
    return M("On-call this week", c.staff("Medical Staff Office"), Person("Operators", "", "X", email="operators@" + ORG), text,
             note="physician on-call schedule (names, specialties, pagers); no patient")


def sa_minutes(c):
    body = ("Staff meeting minutes - %s\n\nAttendees: %s\n\n1. Holiday schedule posted.\n2. New badge readers on 4W doors.\n"
            "3. Reminder: lock workstations when stepping away (PHI on screens).\n4. Potluck Friday.\n" % (
                d_long(c.day_ago(1, 5)), ", ".join(p.name for p in c.r.sample(STAFF, 6))))
    mgr = c.staff("4 West Med/Surg")
    text = "Minutes attached.%s" % sig(c, mgr)
    return M("Minutes", mgr, Person("4 West Staff", "", "X", email="4west@" + ORG), text, atts=[att_txt(c, "minutes.txt", body)],
             note="staff meeting minutes; names, no health info")


def sa_directory_pdf(c):
    lines = [("Patient Access Phone Directory", 14, True), ""] + ["%-26s %-30s ext %s" % (p.name, p.role, p.ext) for p in c.r.sample(STAFF, 16)]
    text = "Updated departmental directory attached.%s" % sig(c, c.staff("Patient Access"))
    return M("Directory update", c.staff("Patient Access"), Person("Patient Access Team", "", "X", email="patientaccess@" + ORG), text,
             atts=[att_pdf(c, "Directory.pdf", lines, "Directory")], note="staff phone directory PDF; no health info")


def sa_onboarding(c):
    p = c.pick(STAFF)
    text = ("Welcome %s!\n\nYour first day is %s. Report to HR at 8:00 AM (Pavilion A, room 110) for badge photo and I-9 "
            "verification. Your manager is %s. Parking: Garage C.\n\nHuman Resources" % (p.first, d_wday(c.day_ahead(5, 15)), c.pick(STAFF).name))
    return M("Welcome to Riverside", c.staff("Human Resources"), p, text, note="new-hire onboarding; no health info")


def sa_json(c):
    obj = {"rota": [{"name": p.name, "role": p.role, "shift": c.pick(["0700-1930", "1900-0730"]), "date": d_iso(c.day_ahead(1, 7))}
                    for p in c.r.sample(STAFF, 5)]}
    text = "Staffing export for the agency portal.%s" % sig(c, c.staff("Information Services"), "short")
    return M("Staffing export", c.staff("Information Services"), c.staff("Human Resources"), text, atts=[att_json(c, "rota.json", obj)],
             note="JSON staff rota; no health info")


def sa_fwd(c):
    inner = sa_benefits(c)
    mgr = c.staff()
    text = "Reminder from HR below.%s" % sig(c, mgr, "initials")
    return M("FW: Open enrollment", mgr, Person("Team", "", "X", email="team@" + ORG), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded benefits notice; no health info")


def sa_htmlatt(c):
    doc = "<html><body><h3>BLS recertification roster</h3><table border=\"1\">%s</table></body></html>\n" % "".join(
        "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(p.name), esc(p.dept), d_us(c.day_ahead(5, 60))) for p in c.r.sample(STAFF, 8))
    text = "BLS class roster attached.%s" % sig(c, c.staff("Human Resources"))
    return M("BLS roster", c.staff("Human Resources"), Person("Educators", "", "X", email="educators@" + ORG), text,
             atts=[att_html(c, "bls_roster.html", doc)], note="training roster (staff names, class dates); no health info")


def sa_swap(c):
    a, b = c.r.sample(STAFF, 2)
    mgr = c.staff("4 West Med/Surg")
    q = "Hi %s, can I swap my Saturday night (the 14th) with %s's Tuesday day shift? We both agreed.\n\n%s" % (mgr.first, b.first, a.first)
    text = "Approved, updated in the scheduling system.%s" % sig(c, mgr, "short") + q_outlook(a, [mgr], c.earlier(60, 800), "shift swap", q, [b])
    return M("RE: shift swap", mgr, a, text, cc=[b], reply=True, note="shift-swap thread (staff names + shifts); no health info")


# marketing --------------------------------------------------------------------------------------
def mk_heart(c):
    h = ('<table width="600" align="center" style="font-family:Georgia"><tr><td><h1 style="color:#A50021">Your heart. Our '
         'expertise.</h1><p>The Riverside Heart Institute now offers same-week appointments for chest pain, palpitations and '
         'high blood pressure. Our cardiologists treat atrial fibrillation, heart failure and coronary artery disease using the '
         'latest techniques, including TAVR and catheter ablation.</p><p><a href="https://riversidehealth.example/heart">Book '
         'online</a> or call (312) 555-0150.</p></td></tr></table>')
    text = ("Your heart. Our expertise.\n\nThe Riverside Heart Institute now offers same-week appointments for chest pain, "
            "palpitations and high blood pressure. Our cardiologists treat atrial fibrillation, heart failure and coronary artery "
            "disease.\n\nBook online: https://riversidehealth.example/heart or call (312) 555-0150.\n\nUnsubscribe: reply STOP")
    return M("Same-week heart appointments", Person("Riverside Health", "", "X", email="news@" + ORG),
             Person("Community Subscribers", "", "X", email="subscribers@lists.riversidehealth.example"), text,
             html_full="<html><body>%s</body></html>\n" % h, minimal=True, note="service marketing to the public; conditions named, no patient")


def mk_fair(c):
    text = ("Community Health Fair \u2014 %s, 9 AM-1 PM, Cedar Grove Community Center\n\nFree blood pressure checks, cholesterol "
            "and glucose screening (fasting not required), flu shots, and skin-cancer checks. Healthy cooking demo at 11.\n\n"
            "No registration needed." % d_wday(c.day_ahead(10, 40)))
    return M("Free community health fair", COMMS, Person("Community Partners", "", "X", email="partners@lists.riversidehealth.example"), text,
             note="public health-fair promotion; no patient")


def mk_flu(c):
    text = ("FLU SHOT CLINICS ARE OPEN\n\nWalk in at any Riverside primary care office Monday-Saturday. High-dose vaccine "
            "available for adults 65+. Most insurance accepted; $35 self-pay. Children 6 months and older welcome.")
    return M("Flu shots now available", COMMS, Person("Community Subscribers", "", "X", email="subscribers@lists.riversidehealth.example"), text,
             minimal=True, note="public flu-vaccine marketing; no patient")


def mk_job(c):
    role = c.pick([("Registered Nurse - ICU", "$5,000 sign-on bonus; 3x12 schedule; BSN preferred; ACLS required."),
                   ("Clinical Pharmacist", "PharmD, IL license, PGY1 preferred; anticoagulation and renal dosing experience."),
                   ("Medical Assistant - Family Medicine", "CMA or RMA; EHR experience; Spanish bilingual a plus.")])
    text = ("Now hiring: %s\n\n%s\n\nRiverside Health offers tuition reimbursement, 403(b) match and on-site child care. Apply at "
            "careers.riversidehealth.example, requisition %d.\n\nRiverside Health is an equal opportunity employer." % (role[0], role[1], c.r.randint(10000, 99999)))
    return M("Now hiring: " + role[0], c.staff("Human Resources"), Person("Job Alerts", "", "X", email="jobalerts@lists.riversidehealth.example"), text,
             note="job posting; no patient")


def mk_conference(c):
    text = ("You're invited: Riverside Cardiometabolic Symposium\n\n%s, 8 AM-4 PM, Riverside Conference Center.\nTopics: GLP-1 "
            "receptor agonists beyond diabetes; SGLT2 inhibitors in HFpEF; lipoprotein(a) testing; hypertension in pregnancy.\n"
            "6.0 AMA PRA Category 1 Credits. Registration $95 (free for Riverside staff)." % d_wday(c.day_ahead(20, 60)))
    return M("Save the date: Cardiometabolic Symposium", c.staff("Medical Staff Office"),
             Person("Regional Clinicians", "", "X", email="cme-list@lists.riversidehealth.example"), text,
             note="conference invitation naming drugs/conditions; no patient")


def mk_recall(c):
    drug = c.pick([("valsartan 160 mg tablets", "NDC 0000-5522-30", "N-nitrosamine impurity above the acceptable intake limit"),
                   ("metformin ER 500 mg tablets", "NDC 0000-4410-90", "NDMA above the acceptable daily intake"),
                   ("levothyroxine 50 mcg tablets", "NDC 0000-3316-10", "sub-potency")])
    text = ("DRUG RECALL NOTICE\n\nProduct: %s\n%s, lots %s and %s\nReason: %s\nLevel: consumer\n\nPharmacy has removed the "
            "affected lots from automated dispensing cabinets. Patients should not stop taking their medicine before talking to "
            "their prescriber or pharmacist; a replacement lot is in stock." % (
                drug[0], drug[1], "%s%d" % (c.pick(["AB", "KT"]), c.r.randint(10000, 99999)), "%s%d" % (c.pick(["AB", "KT"]), c.r.randint(10000, 99999)), drug[2]))
    return M(c.pick(["Recall notice", "Drug recall"]), c.staff("Pharmacy"), Person("All Clinical Staff", "", "X", email="clinical@" + ORG), text,
             note="drug recall notice naming drug, dose and lots; no patient")


def mk_spanish(c):
    text = ("\u00a1Cuide su coraz\u00f3n!\n\nEl Instituto del Coraz\u00f3n de Riverside ofrece citas la misma semana para dolor de "
            "pecho, palpitaciones y presi\u00f3n alta. Hablamos espa\u00f1ol.\n\nLlame al (312) 555-0150.")
    return M("Cuide su coraz\u00f3n", Person("Riverside Health", "", "X", email="news@" + ORG),
             Person("Suscriptores", "", "X", email="subscribers@lists.riversidehealth.example"), text, lang="es-US", minimal=True,
             note="Spanish-language service marketing; no patient")


def mk_flyer_htmlatt(c):
    doc = ("<html><body style=\"font-family:Arial\"><h1>Mammograms save lives</h1><p>October is Breast Cancer Awareness Month. "
           "Women 40 and older: schedule your screening mammogram (no referral needed). Saturday hours in October.</p>"
           "<p>Call (312) 555-0160.</p></body></html>\n")
    text = "Flyer for the lobby screens attached.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("October flyer", c.staff("Marketing & Communications"), c.staff("Facilities"), text, atts=[att_html(c, "flyer.html", doc)],
             note="screening-mammogram marketing flyer; no patient")


def mk_pdf(c):
    lines = [("Riverside Bone & Joint Center", 16, True), "", "Back in motion.", "Same-day knee and hip replacement for eligible patients.",
             "Physical therapy in the same building.", "Most insurance accepted.", "", "Call (312) 555-0170 to schedule a consultation."]
    text = "Brochure proof attached for sign-off.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("Brochure proof", c.staff("Marketing & Communications"), c.prov("Orthopedic Surgery"), text,
             atts=[att_pdf(c, "Brochure_Ortho.pdf", lines, "Brochure")], note="service brochure PDF; no patient")


def mk_webinar(c):
    text = ("Free webinar: Living well with diabetes\n%s at 6 PM\n\nJoin our certified diabetes educators to learn how to read "
            "food labels, what your A1c means, and how newer medicines like semaglutide work. Register: "
            "https://riversidehealth.example/events" % d_wday(c.day_ahead(5, 30)))
    return M("Free webinar: Living well with diabetes", COMMS, Person("Community Subscribers", "", "X", email="subscribers@lists.riversidehealth.example"),
             text, note="public education webinar promotion; no patient")


def mk_fwd(c):
    inner = mk_conference(c)
    doc = c.prov()
    text = "Anyone want to go together?%s" % sig(c, doc, "initials")
    return M("FW: Save the date", doc, c.prov(exclude=(doc,)), text, atts=[att_fwd(c, inner, "7bit")],
             note="forwarded conference invitation; no patient")


def mk_booths(c):
    rows = [[c.pick(["Cardiology", "Diabetes education", "Dermatology", "Nutrition", "Pharmacy", "Sleep Center"]), "Booth %d" % i,
             c.pick(STAFF).name] for i in range(1, 8)]
    text = "Health fair booth assignments attached.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("Booth assignments", c.staff("Marketing & Communications"), Person("Health Fair Volunteers", "", "X", email="fair@" + ORG), text,
             atts=[att_csv(c, "booths.csv", ["Service", "Booth", "Staff lead"], rows)], note="event logistics CSV; staff names only")


# name_only --------------------------------------------------------------------------------------
def no_volunteers(c):
    rows = []
    for _ in range(c.r.randint(8, 14)):
        f, l, s = c._name()
        rows.append([l, f, c.pick(["Gift shop", "Info desk", "Pet therapy", "Wayfinding", "Chapel"]), c.pick(["Mon AM", "Tue PM", "Wed AM", "Sat"]),
                     "(%s) 555-01%02d" % (c.pick(AREA), c.r.randint(0, 99))])
    vs = c.staff("Volunteer Services")
    text = "Volunteer roster for next month attached.%s" % sig(c, vs)
    return M("Volunteer roster", vs, Person("Department Leads", "", "X", email="dept-leads@" + ORG), text,
             atts=[att_csv(c, "volunteers.csv", ["Last", "First", "Assignment", "Shift", "Phone"], rows)],
             note="volunteer list with names and phones; no health info")


def no_parking(c):
    f, l, s = c._name()
    text = ("Parking permit approved\n\nName: %s %s\nPermit: G-%05d\nVehicle: %s, plate %s\nValid: %s to %s\nLot: Visitor Garage A" % (
        f, l, c.r.randint(1, 99999), c.pick(["Gray Honda CR-V", "Blue Ford F-150", "White Toyota Camry"]),
        "%s %d" % (c.pick(["CV", "BK", "DL"]), c.r.randint(10000, 99999)), d_us(c.today), d_us(c.day_ahead(80, 120))))
    return M("Parking permit approved", Person("Parking Services", "", "X", email="parking@" + ORG),
             Person(f, l, s, email="%s.%s@mail.example" % (ascii_fold(f).lower(), ascii_fold(l).lower().replace("'", ""))), text,
             note="parking permit for a named person; no health info")


def no_gala(c):
    lines = [("Riverside Foundation Gala - Seating", 14, True), ""]
    for t in range(1, 7):
        names = [" ".join(c._name()[:2]) for _ in range(4)]
        lines.append("Table %d: %s" % (t, ", ".join(names)))
    text = "Final seating chart attached.%s" % sig(c, c.staff("Marketing & Communications"))
    return M("Seating chart", Person("Riverside Foundation", "", "X", email="foundation@" + ORG), c.staff("Facilities"), text,
             atts=[att_pdf(c, "Seating.pdf", lines, "Seating")], note="gala seating chart (guest names); no health info")


def no_bookclub(c):
    names = [" ".join(c._name()[:2]) for _ in range(6)]
    text = ("Book club this month: \u201cThe Covenant of Water\u201d. Hosts: %s. Attending so far: %s. Bring a snack to share!" % (
        names[0], ", ".join(names[1:])))
    return M("Book club", c.pick(STAFF), Person("Book Club", "", "X", email="bookclub@" + ORG), text, note="book-club names; no health info")


def no_raffle(c):
    names = [" ".join(c._name()[:2]) for _ in range(3)]
    text = "Congratulations to our raffle winners: %s (Bears tickets), %s (spa basket) and %s (gift card). Pick up prizes at the Foundation office." % tuple(names)
    return M("Raffle winners", Person("Riverside Foundation", "", "X", email="foundation@" + ORG), Person("All Staff", "", "X", email="allstaff@" + ORG),
             text, note="raffle winners' names; no health info")


def no_scholarship(c):
    names = [" ".join(c._name()[:2]) for _ in range(4)]
    text = ("The Riverside Foundation is proud to announce this year's nursing scholarship recipients:\n\n%s\n\nEach receives "
            "$5,000 toward tuition at the Riverside School of Nursing." % "\n".join("- " + n for n in names))
    return M("Scholarship recipients", Person("Riverside Foundation", "", "X", email="foundation@" + ORG),
             Person("All Staff", "", "X", email="allstaff@" + ORG), text, note="scholarship recipients' names; no health info")


def no_run(c):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%d</td><td>%d:%02d</td></tr>" % (i + 1, esc(" ".join(c._name()[:2])), c.r.randint(18, 70),
                                                                                    c.r.randint(18, 35), c.r.randint(0, 59)) for i in range(8))
    doc = "<html><body><h2>Riverside 5K results</h2><table border=\"1\"><tr><th>Place</th><th>Name</th><th>Age</th><th>Time</th></tr>%s</table></body></html>\n" % rows
    text = "Race results attached - thanks to all who ran for the Foundation!%s" % sig(c, c.staff("Marketing & Communications"))
    return M("5K results", c.staff("Marketing & Communications"), Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             atts=[att_html(c, "5k_results.html", doc)], note="charity race results (names, ages, times); no health info")


def no_lostfound(c):
    f, l, s = c._name()
    text = "Security has a wallet belonging to %s %s at the main desk (found in Garage A). Please pick it up with ID." % (f, l)
    return M("Lost and found", c.staff("Facilities"), Person("Security", "", "X", email="security@" + ORG), text,
             note="lost-and-found naming a person; no health info")


def no_locker(c):
    rows = [[" ".join(c._name()[:2]), "L-%03d" % c.r.randint(1, 300)] for _ in range(6)]
    text = "Locker assignments:\n\n" + fmt_table(["Name", "Locker"], rows)
    return M("Locker assignments", c.staff("Facilities"), Person("Volunteers", "", "X", email="volunteers@" + ORG), text,
             note="locker list with names; no health info")


def no_choir(c):
    names = [" ".join(c._name()[:2]) for _ in range(5)]
    text = "Holiday choir rehearsal Thursday 5:30 in the chapel. Soloists: %s. Accompanist: %s." % (", ".join(names[:4]), names[4])
    return M("Choir rehearsal", c.pick(STAFF), Person("Choir", "", "X", email="choir@" + ORG), text, note="choir names; no health info")


def no_giftshop(c):
    f, l, s = c._name()
    text = ("Order confirmation\n\nCustomer: %s %s\nItems: balloon bouquet, teddy bear\nPickup: gift shop counter, %s after 2 PM\n"
            "Total: $38.50 (paid)" % (f, l, d_long(c.day_ahead(1, 3))))
    return M("Gift shop order", Person("Gift Shop", "", "X", email="giftshop@" + ORG),
             Person(f, l, s, email="%s%d@mail.example" % (ascii_fold(l).lower().replace("'", ""), c.r.randint(1, 99))), text,
             note="gift-shop order for a named customer (pickup, no patient or room); no health info")


def no_json(c):
    obj = {"badges": [{"name": " ".join(c._name()[:2]), "type": "volunteer", "expires": d_iso(c.day_ahead(100, 300))} for _ in range(5)]}
    text = "Volunteer badge export attached.%s" % sig(c, c.staff("Volunteer Services"), "short")
    return M("Badge export", c.staff("Volunteer Services"), c.staff("Facilities"), text, atts=[att_json(c, "badges.json", obj)],
             note="JSON volunteer badges (names); no health info")


def no_fwd(c):
    inner = no_raffle(c)
    s = c.staff()
    text = "You won!%s" % sig(c, s, "initials")
    return M("FW: Raffle winners", s, c.staff(exclude=(s,)), text, atts=[att_fwd(c, inner, "7bit")], note="forwarded raffle winners")


def no_txt(c):
    body = "CARPOOL - CEDAR GROVE ROUTE\n" + "\n".join("%s  pickup %s" % (" ".join(c._name()[:2]), c.pick(["6:10", "6:20", "6:35"])) for _ in range(5)) + "\n"
    text = "Carpool list attached.%s" % sig(c, c.staff(), "initials")
    return M("Carpool", c.staff(), Person("Carpool", "", "X", email="carpool@" + ORG), text, atts=[att_txt(c, "carpool.txt", body)],
             note="carpool names and times; no health info")


# other_label ---------------------------------------------------------------------------------
def ol_label(c, which=None):
    which = which or c.pick(["general", "internal"])
    name = c.pick({"general": ["General", "General", "general"], "internal": ["Internal", "Internal", "INTERNAL"]}[which])
    return (which, name)


def ol_chat(c):
    a = c.staff()
    b = c.staff(exclude=(a,))
    lab = ol_label(c)
    return M(c.pick(["Quick question", "today", "thanks"]), a, b, c.pick(INNOCUOUS) + sig(c, a, "initials") + disclaimer(c, 0.5), label=lab,
             note="'%s' sensitivity label (GUID %s...), innocuous body" % (lab[1], {"general": GENERAL_GUID, "internal": INTERNAL_GUID}[lab[0]][:13]))


def ol_policy(c):
    text = ("Reminder of the labelling policy:\n\n- Apply \"Confidential - PHI\" to any message that contains patient information.\n"
            "- \"Internal\" is for business information that should stay inside Riverside.\n- \"General\" is for anything that could "
            "be shared publicly.\n\nThe DLP service will block external mail that contains MRNs, SSNs or member IDs without the PHI "
            "label.\n\nPrivacy Office")
    return M("Sensitivity labels - reminder", c.staff("Compliance"), Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             label=("internal", "Internal"), note="Internal label; policy text names the PHI label but carries no PHI")


def ol_att(c, what):
    lab = ol_label(c)
    s = c.staff()
    if what == "csv":
        att = att_csv(c, "budget.csv", ["Cost center", "Budget", "Actual"], [["4W nursing", 1200000, 1187000], ["Pharmacy", 880000, 910500]])
        body = "Budget vs actual attached."
        note = "budget CSV"
    elif what == "pdf":
        att = att_pdf(c, "Policy.pdf", [("Policy: Clean desk", 13, True), "Lock screens and file papers at the end of each shift."], "Policy")
        body = "Policy attached for sign-off."
        note = "policy PDF"
    elif what == "json":
        att = att_json(c, "dashboard.json", {"tiles": ["census", "ED wait", "OR utilisation"], "refresh": 300})
        body = "Dashboard config."
        note = "config JSON"
    elif what == "xml":
        att = att_xml(c, "qrda_counts.xml", b'<?xml version="1.0"?>\n<Counts measure="CMS165v12" denominator="1204" numerator="871"/>\n')
        body = "Counts for the BP measure."
        note = "aggregate counts XML"
    elif what == "hl7":
        att = att_hl7(c, "ack.hl7", [hl7_msh(c.r, c.now, "ACK^R01^ACK", "RHLAB", "RIVERSIDE", "EPIC", "RIVERSIDE"), "MSA|AA|ORU%06d" % c.r.randint(1, 999999)])
        body = "ACK from the lab system - the interface is back up."
        note = "HL7 ACK (no PID)"
    elif what == "txt":
        att = att_txt(c, "agenda.txt", "Agenda\n1. Budget\n2. Staffing\n3. Capital requests\n")
        body = "Agenda attached."
        note = "agenda TXT"
    elif what == "html":
        att = att_html(c, "newsletter.html", "<html><body><h2>IT News</h2><p>Windows 11 upgrades continue on 3 East.</p></body></html>\n")
        body = "IT news."
        note = "IT newsletter HTML"
    else:
        inner = M("Capital requests", c.staff("Finance"), s, "Capital requests are due on the 15th.")
        att = att_fwd(c, inner, "7bit")
        body = "See below."
        note = "forwarded finance note"
    return M(c.pick(["See attached", "FYI", "For review"]), s, c.staff(exclude=(s,)), body + sig(c, s, "short"), label=lab, atts=[att],
             note="'%s' label with %s; no PHI" % (lab[1], note))


def ol_clinical_general(c):
    text = ("Sharing the updated hypertension pathway: start with lisinopril 10 mg or amlodipine 5 mg; target < 130/80; recheck "
            "BMP 2 weeks after starting an ACE inhibitor. Code I10 for essential hypertension.")
    return M("HTN pathway", c.prov("Internal Medicine"), Person("Primary Care Providers", "", "X", email="pcp@" + ORG), text,
             label=("general", "General"), note="General label on a clinical guideline (drug, dose, ICD code) with no patient")


def ol_aggregate_internal(c):
    text = "Internal only: %d sepsis cases in Q%d, bundle compliance %d%%, 2 mortalities under review (case numbers withheld)." % (
        c.r.randint(30, 60), c.r.randint(1, 4), c.r.randint(70, 90))
    return M("Sepsis numbers", c.staff("Quality & Patient Safety"), Person("Leadership", "", "X", email="leadership@" + ORG), text,
             label=("internal", "Internal"), note="Internal label on aggregate statistics; no individual")


# general ---------------------------------------------------------------------------------------
IT = Person("IT Service Desk", "", "X", email="servicedesk@" + ORG)


def gen_password(c):
    p = c.pick(STAFF)
    text = ("Hello %s,\n\nYour network password will expire in %d days. Change it from any Riverside workstation with "
            "Ctrl+Alt+Del > Change a password, or at https://passwordreset.riversidehealth.example.\n\nThe Service Desk will "
            "never ask for your password.\n\nIT Service Desk, ext. 0111" % (p.first, c.r.randint(3, 14)))
    return M("Password expiring soon", IT, p, text, minimal=c.chance(0.5), note="IT password expiry notice")


def gen_maintenance(c):
    d = c.day_ahead(2, 20)
    text = ("Planned maintenance\n\nWhen: %s, 11 PM to 3 AM\nWhat: storage array firmware update\nImpact: the EHR will be in "
            "read-only downtime mode; use downtime forms and the BCA PCs on each unit. Printing of PHI-containing reports is "
            "available from the BCA PCs.\n\nChange ticket CHG0%06d" % (d_wday(d), c.r.randint(100000, 999999)))
    return M("Planned maintenance %s" % d_us(d), IT, Person("All Staff", "", "X", email="allstaff@" + ORG), text,
             note="IT maintenance notice (mentions PHI generically)")


def gen_invoice_pdf(c):
    lines = [("Lakeshore Linen Services - Invoice", 14, True), "", "Invoice 2024-%05d  Date %s" % (c.r.randint(1, 99999), d_us(c.today)),
             "Scrubs laundering, 4,210 lb @ $0.62", "Isolation gowns, 1,300 @ $0.48", "", "Total due: $3,234.20"]
    text = "Invoice attached. Thank you for your business.\n\nLakeshore Linen Services"
    return M("Invoice", Person("Lakeshore Linen AR", "", "X", email="ar@lakeshorelinen.example.org"), c.staff("Finance"), text,
             atts=[att_pdf(c, "Invoice.pdf", lines, "Invoice", "Lakeshore Linen")], banner=True, note="vendor invoice PDF")


def gen_shipping(c):
    text = ("Your shipment is out for delivery.\n\nOrder 88-%05d \u2014 2 pallets, toner and paper\nExpected: today by 5 PM\n"
            "Delivery to: Riverside Health Receiving Dock B" % c.r.randint(1, 99999))
    return M("Out for delivery", Person("OfficeWorks", "", "X", email="shipping@officeworks.example.org"), c.staff("Supply Chain"), text,
             note="shipping notification")


def gen_budget_csv(c):
    rows = [[cc, c.r.randint(100000, 900000), c.r.randint(100000, 900000)] for cc in ["4W Nursing", "ICU Nursing", "Pharmacy", "Lab", "Imaging", "IT"]]
    fa = c.staff("Finance")
    text = "Month-end variance report attached.%s" % sig(c, fa)
    return M("Month-end variance", fa, Person("Directors", "", "X", email="directors@" + ORG), text,
             atts=[att_csv(c, "variance.csv", ["Cost center", "Budget", "Actual"], rows)], note="finance CSV")


def gen_hl7_ack(c):
    segs = [hl7_msh(c.r, c.now, "ACK^A01^ACK", "HIE", "HIEHUB", "EPIC", "RIVERSIDE"), "MSA|AE|ADT%06d|Connection reset; resend" % c.r.randint(1, 999999)]
    text = "Automated: negative acknowledgement received. Engine will retry in 5 minutes."
    return M("NACK received", Person("Integration Engine", "", "X", email="engine-alerts@" + ORG), c.staff("Information Services"), text,
             minimal=True, atts=[att_hl7(c, "nack.hl7", segs)], note="HL7 ACK/NACK with MSH/MSA only; no PID")


def gen_json(c):
    obj = {"service": "label-sync", "tenant": TENANT_ID, "retry": {"max": 5, "backoffSeconds": 30}, "endpoints": ["https://graph.example.org/v1.0"]}
    text = "Config for the label-sync job attached.%s" % sig(c, c.staff("Information Services"), "short")
    return M("label-sync config", c.staff("Information Services"), c.staff("Information Services"), text,
             atts=[att_json(c, "config.json", obj)], note="IT config JSON")


def gen_xml(c):
    x = b'<?xml version="1.0"?>\n<Inventory site="Main"><Item sku="TONER-410" qty="12"/><Item sku="PAPER-8511" qty="40"/></Inventory>\n'
    text = "Inventory snapshot attached.%s" % sig(c, c.staff("Supply Chain"), "short")
    return M("Inventory snapshot", c.staff("Supply Chain"), c.staff("Finance"), text, atts=[att_xml(c, "inventory.xml", x)], note="inventory XML")


def gen_ooo(c):
    p = c.pick(STAFF)
    text = ("Thank you for your message. I am on vacation until %s. For vendor invoices please contact ap@%s.%s" % (
        d_long(c.day_ahead(3, 12)), ORG, disclaimer(c, 0.9)))
    return M("Automatic reply: Invoice", Person(p.first, p.last, p.sex, email=p.email), Person("MedSupply AR", "", "X", email="ar@medsupply.example.org"),
             text, extra_headers=[("Auto-Submitted", "auto-replied")], note="out-of-office reply with PHI disclaimer")


def gen_phish(c):
    text = ("Heads up: we are seeing phishing e-mails that look like Microsoft 365 password resets from "
            "\"m365-support@secure-login.example.org\". Do not click the link. Use the Report Phish button.\n\nInformation Security")
    return M("Phishing alert", IT, Person("All Staff", "", "X", email="allstaff@" + ORG), text, note="security awareness notice")


def gen_license(c):
    text = ("Hi,\n\nOur Adobe Acrobat licenses (qty 250, contract %d) renew on %s. Please confirm the count by Friday; "
            "unused seats can be removed.\n\nThanks,\nSoftware Asset Management" % (c.r.randint(100000, 999999), d_long(c.day_ahead(20, 60))))
    return M("License renewal", c.staff("IT Service Desk"), c.staff("Finance"), text, note="software license renewal")


def gen_downtime(c):
    text = ("EHR downtime drill on %s at 02:00. During the drill use paper MAR and downtime order forms; keep any printed PHI "
            "in the unit's locked bin for shredding. Unit leaders: confirm your BCA PC prints.\n\nClinical Informatics" % d_long(c.day_ahead(3, 20)))
    return M("Downtime drill", c.staff("Information Services"), Person("Unit Leaders", "", "X", email="unitleaders@" + ORG), text,
             note="downtime drill notice mentioning PHI handling; no patient")


def gen_fwd(c):
    inner = gen_shipping(c)
    s = c.staff("Supply Chain")
    text = "Dock B please.%s" % sig(c, s, "initials")
    return M("FW: Out for delivery", s, c.staff("Facilities"), text, atts=[att_fwd(c, inner, "7bit")], note="forwarded shipping notice")


def gen_txt(c):
    body = "\n".join("%s INFO job=label-sync status=ok items=%d" % (c.now.strftime("%Y-%m-%dT%H:%M:%SZ"), c.r.randint(10, 900)) for _ in range(5)) + "\n"
    text = "Log excerpt attached - job ran fine last night.%s" % sig(c, c.staff("Information Services"), "short")
    return M("job log", c.staff("Information Services"), c.staff("Information Services"), text, atts=[att_txt(c, "job.log.txt", body)],
             note="IT log excerpt")


def lab_ndr(c):
    """Non-delivery report: the bounced original (a results letter) comes back as message/rfc822."""
    inner = lab_letter(c)
    bad = inner["to"][0].email.replace("@mail.example", "@mial.example")
    inner["to"] = [Person(inner["to"][0].first, inner["to"][0].last, "X", email=bad)]
    status = ("Reporting-MTA: dns;BN8PR11MB3604.namprd11.prod.outlook.example\n\nFinal-Recipient: rfc822;%s\nAction: failed\n"
              "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" % bad)
    text = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at mial.example.\n\nOffice 365\n\nAction Required\n"
            "Unknown To address" % (bad, bad.split("@")[0]))
    return M("Undeliverable: " + inner["subject"], Person("Microsoft Outlook", "", "X", email="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + ORG),
             inner["from"], text, report=status, minimal=True, atts=[att_fwd(c, inner, "qp")],
             note="non-delivery report returning a results letter to a named patient (message/rfc822 inside multipart/report)")


# ---------------------------------------------------------------------------
# the plan: kind -> list of (template, body form[, args])
# ---------------------------------------------------------------------------
P = lambda fn, form, *args: (fn, form, args)

PLAN_POS = {
    "lab_result": [P(lab_letter, "7bit"), P(lab_letter, "qp"), P(lab_letter, "b64"), P(lab_table, "html"), P(lab_table, "alt"),
                   P(lab_critical, "7bit"), P(lab_csv, "7bit"), P(lab_pdf, "alt"), P(lab_pdf, "qp"), P(lab_thread, "qp"),
                   P(lab_json, "7bit"), P(lab_portal, "html7"), P(lab_fwd, "7bit"), P(lab_txt, "htmlb64"), P(lab_ndr, "7bit")],
    "referral": [P(referral_letter, "7bit"), P(referral_letter, "qp"), P(referral_letter, "b64"), P(referral_short, "7bit"),
                 P(referral_short, "html"), P(referral_form, "html"), P(referral_form, "alt"), P(referral_pdf, "alt"),
                 P(referral_thread, "qp"), P(referral_txt, "7bit"), P(referral_fwd, "html7"), P(referral_json, "7bit"),
                 P(referral_family, "7bit"), P(referral_short, "qp")],
    "clinical_note": [P(note_soap, "7bit", True), P(note_soap, "qp", True), P(note_soap, "b64", False), P(note_narrative, "html"),
                      P(note_narrative, "alt"), P(note_txt, "7bit"), P(note_pdf, "alt"), P(note_nursing, "7bit"),
                      P(note_consult_html, "7bit"), P(note_bh, "qp"), P(note_curbside, "html"), P(note_fwd, "7bit"),
                      P(note_telehealth, "b64"), P(note_dictation, "qp")],
    "discharge": [P(dc_summary, "7bit"), P(dc_summary, "qp"), P(dc_instructions_html, "html"), P(dc_instructions_html, "alt"),
                  P(dc_pdf, "7bit"), P(dc_pdf, "html"), P(dc_notify, "b64"), P(dc_notify, "7bit"), P(dc_html_att, "alt"),
                  P(dc_snf_txt, "7bit"), P(dc_thread, "qp"), P(dc_json, "7bit"), P(dc_fwd, "7bit"), P(dc_summary, "b64")],
    "appointment": [P(appt_reminder, "7bit"), P(appt_reminder, "qp"), P(appt_reminder, "html"), P(appt_spanish, "qp"),
                    P(appt_spanish, "html"), P(appt_csv, "7bit"), P(appt_resched, "alt"), P(appt_prep, "b64"), P(appt_hl7, "7bit"),
                    P(appt_json, "7bit"), P(appt_pdf, "alt"), P(appt_daysheet, "html"), P(appt_terse, "7bit"), P(appt_noshow, "qp")],
    "medication": [P(med_refill, "7bit"), P(med_refill, "qp"), P(med_list_html, "html"), P(med_list_html, "alt"), P(med_clarify, "qp"),
                   P(med_rec_txt, "7bit"), P(med_anticoag, "b64"), P(med_portal, "html"), P(med_recall_list, "7bit"), P(med_pdf, "alt"),
                   P(med_json, "7bit"), P(med_terse, "7bit"), P(med_hl7, "7bit"), P(med_fwd, "html")],
    "registration": [P(reg_plain, "7bit"), P(reg_plain, "qp"), P(reg_plain, "b64"), P(reg_plain, "alt7"), P(reg_html, "html"),
                     P(reg_html, "alt"), P(reg_pdf, "alt"), P(reg_pdf, "7bit"), P(reg_csv, "7bit"), P(reg_json, "7bit"),
                     P(reg_txt, "7bit"), P(reg_fwd, "qp"), P(reg_ssn_fix, "qp"), P(reg_htmlatt, "html")],
    "billing_claim": [P(bill_status, "7bit"), P(bill_status, "qp"), P(bill_eob_pdf, "alt"), P(bill_csv, "7bit"), P(bill_appeal, "b64"),
                      P(bill_prior_auth, "html"), P(bill_dispute, "alt"), P(bill_json, "7bit"), P(bill_837, "7bit"), P(bill_xml, "7bit"),
                      P(bill_fwd, "html"), P(bill_elig, "7bit"), P(bill_payment_plan, "qp"), P(bill_statement_html, "7bit")],
    "hl7": [P(hl7_attached, "7bit", "A01"), P(hl7_attached, "alt", "A03"), P(hl7_attached, "html", "A04"), P(hl7_attached, "b64", "A08"),
            P(hl7_attached, "7bit", "ORU"), P(hl7_attached, "qp", "ORU"), P(hl7_attached, "alt7", "ORU"), P(hl7_attached, "html7", "A01"),
            P(hl7_inline, "7bit"), P(hl7_inline, "qp"), P(hl7_fwd, "7bit"), P(hl7_html, "html"), P(hl7_html, "alt"),
            P(hl7_attached, "7bit", "A08")],
    "ccda": [P(ccda_direct, "7bit"), P(ccda_direct, "qp"), P(ccda_direct, "html"), P(ccda_direct, "alt"), P(ccda_direct, "b64"),
             P(ccda_direct, "7bit"), P(ccda_direct, "html7"), P(ccda_fwd, "7bit"), P(ccda_fwd, "qp"), P(ccda_rendered, "7bit"),
             P(ccda_rendered, "alt"), P(ccda_inline, "7bit"), P(ccda_inline, "b64"), P(ccda_direct, "alt7")],
    "imaging": [P(img_plain, "7bit"), P(img_plain, "qp"), P(img_plain, "b64"), P(img_table, "html"), P(img_table, "alt"),
                P(img_pdf, "alt"), P(img_pdf, "7bit"), P(img_txt, "7bit"), P(img_critical, "7bit"), P(img_worklist, "7bit"),
                P(img_htmlatt, "html"), P(img_fwd, "7bit"), P(img_hl7, "alt"), P(img_json, "7bit")],
    "label": [P(label_chat, "7bit"), P(label_chat, "qp"), P(label_chat, "b64"), P(label_chat, "html"), P(label_chat, "alt"),
              P(label_att, "alt", "pdf"), P(label_att, "7bit", "csv"), P(label_att, "7bit", "json"), P(label_att, "qp", "xml"),
              P(label_att, "html", "txt"), P(label_att, "7bit", "html"), P(label_att, "7bit", "hl7"), P(label_att, "7bit", "fwd"),
              P(label_wrong_name, "7bit")],
    "mbi": [P(mbi_elig, "7bit"), P(mbi_elig, "qp"), P(mbi_card, "b64"), P(mbi_card, "html"), P(mbi_csv, "7bit"), P(mbi_html, "html"),
            P(mbi_html, "alt"), P(mbi_abn, "alt"), P(mbi_json, "7bit"), P(mbi_271, "7bit"), P(mbi_fwd, "html"), P(mbi_terse, "7bit"),
            P(mbi_terse, "qp"), P(mbi_hl7, "7bit")],
}

PLAN_NEG = {
    "provider_directory": [P(pd_html_table, "html"), P(pd_html_table, "alt"), P(pd_csv, "7bit"), P(pd_pdf, "alt"), P(pd_fhir, "7bit"),
                           P(pd_mfn, "7bit"), P(pd_welcome, "qp"), P(pd_plain, "7bit"), P(pd_plain, "b64"), P(pd_xml, "7bit"),
                           P(pd_payer, "html"), P(pd_fwd, "7bit"), P(pd_txt, "qp"), P(pd_thread, "qp")],
    "prescriber_notice": [P(pn_dea, "7bit"), P(pn_dea, "qp"), P(pn_dea, "b64"), P(pn_npi_portal, "html"), P(pn_npi_portal, "7bit"),
                          P(pn_epcs, "alt"), P(pn_pecos, "b64"), P(pn_credentialing_pdf, "7bit"), P(pn_csv, "7bit"), P(pn_pdmp, "qp"),
                          P(pn_txt, "7bit"), P(pn_fwd, "html"), P(pn_json, "7bit"), P(pn_htmlatt, "alt")],
    "newsletter": [P(nl_quality, "html"), P(nl_quality, "htmlb64"), P(nl_coding, "7bit"), P(nl_coding, "qp"), P(nl_lab, "alt"),
                   P(nl_lab, "html7"), P(nl_pt, "b64"), P(nl_pt, "qp"), P(nl_safety, "html"), P(nl_htmlatt, "7bit"), P(nl_pdf, "alt"),
                   P(nl_fwd, "7bit"), P(nl_safety, "7bit"), P(nl_quality, "alt")],
    "education": [P(ed_leaflet, "7bit"), P(ed_leaflet, "qp"), P(ed_a1c, "html"), P(ed_pdf, "alt"), P(ed_pdf, "7bit"), P(ed_sepsis, "b64"),
                  P(ed_hipaa, "alt"), P(ed_vignette, "qp"), P(ed_txt, "7bit"), P(ed_htmlatt, "html"), P(ed_fwd, "7bit"), P(ed_json, "7bit"),
                  P(ed_cme, "7bit"), P(ed_prep_generic, "html7")],
    "aggregate": [P(agg_dashboard, "7bit"), P(agg_dashboard, "qp"), P(agg_csv_codes, "7bit"), P(agg_qrda, "7bit"), P(agg_json, "7bit"),
                  P(agg_pdf, "alt"), P(agg_deid, "7bit"), P(agg_readmit, "html"), P(agg_readmit, "alt"), P(agg_infection, "b64"),
                  P(agg_lab_volumes, "7bit"), P(agg_fwd, "qp"), P(agg_txt, "7bit"), P(agg_ed, "html7")],
    "template": [P(tpl_referral, "7bit"), P(tpl_mailmerge, "html"), P(tpl_smartphrase, "qp"), P(tpl_hl7, "7bit"), P(tpl_ccda, "7bit"),
                 P(tpl_json, "7bit"), P(tpl_pdf, "alt"), P(tpl_csv, "7bit"), P(tpl_txt, "b64"), P(tpl_htmlatt, "alt"), P(tpl_fwd, "7bit"),
                 P(tpl_letter, "b64"), P(tpl_alt, "alt"), P(tpl_referral, "qp")],
    "birth_year": [P(by_founder, "7bit"), P(by_birthdays, "html"), P(by_csv, "7bit"), P(by_retirement, "qp"), P(by_history_pdf, "alt"),
                   P(by_alumni, "b64"), P(by_volunteer100, "html7"), P(by_fwd, "7bit"), P(by_txt, "7bit"), P(by_hr, "7bit"),
                   P(by_json, "7bit"), P(by_profile, "html"), P(by_awards, "alt"), P(by_founder, "qp")],
    "id_shaped": [P(id_po, "7bit"), P(id_tracking, "html"), P(id_invoice_pdf, "alt"), P(id_orders_csv, "7bit"), P(id_asset, "qp"),
                  P(id_extensions, "b64"), P(id_json, "7bit"), P(id_xml, "7bit"), P(id_txt, "7bit"), P(id_fwd, "7bit"),
                  P(id_dates, "html7"), P(id_lot, "alt"), P(id_conference, "qp"), P(id_remit, "7bit")],
    "staff_admin": [P(sa_shift_csv, "7bit"), P(sa_hipaa, "7bit"), P(sa_parking, "qp"), P(sa_benefits, "html"), P(sa_ooo, "7bit"),
                    P(sa_ooo, "b64"), P(sa_oncall, "alt"), P(sa_minutes, "7bit"), P(sa_directory_pdf, "alt"), P(sa_onboarding, "html7"),
                    P(sa_json, "7bit"), P(sa_fwd, "7bit"), P(sa_htmlatt, "html"), P(sa_swap, "qp")],
    "marketing": [P(mk_heart, "html"), P(mk_fair, "alt"), P(mk_flu, "7bit"), P(mk_job, "qp"), P(mk_conference, "b64"), P(mk_recall, "7bit"),
                  P(mk_spanish, "html"), P(mk_flyer_htmlatt, "7bit"), P(mk_pdf, "alt"), P(mk_webinar, "html7"), P(mk_fwd, "7bit"),
                  P(mk_booths, "7bit"), P(mk_job, "alt"), P(mk_recall, "html")],
    "name_only": [P(no_volunteers, "7bit"), P(no_parking, "7bit"), P(no_gala, "alt"), P(no_bookclub, "qp"), P(no_raffle, "html"),
                  P(no_scholarship, "b64"), P(no_run, "7bit"), P(no_lostfound, "7bit"), P(no_locker, "alt"), P(no_choir, "html7"),
                  P(no_giftshop, "qp"), P(no_json, "7bit"), P(no_fwd, "7bit"), P(no_txt, "7bit")],
    "other_label": [P(ol_chat, "7bit"), P(ol_chat, "qp"), P(ol_chat, "html"), P(ol_policy, "alt"), P(ol_att, "7bit", "csv"),
                    P(ol_att, "alt", "pdf"), P(ol_att, "7bit", "json"), P(ol_att, "b64", "xml"), P(ol_att, "7bit", "hl7"),
                    P(ol_att, "qp", "txt"), P(ol_att, "html", "html"), P(ol_att, "7bit", "fwd"), P(ol_clinical_general, "7bit"),
                    P(ol_aggregate_internal, "b64")],
    "general": [P(gen_password, "7bit"), P(gen_maintenance, "html"), P(gen_invoice_pdf, "alt"), P(gen_shipping, "qp"),
                P(gen_budget_csv, "7bit"), P(gen_hl7_ack, "7bit"), P(gen_json, "7bit"), P(gen_xml, "7bit"), P(gen_ooo, "b64"),
                P(gen_phish, "html7"), P(gen_license, "alt"), P(gen_downtime, "qp"), P(gen_fwd, "7bit"), P(gen_txt, "7bit")],
}

FORM_TOKENS = ["7bit", "qp", "b64", "html", "alt", "csv", "txt", "htmlatt", "json", "xml", "pdf", "hl7", "fwd"]


def form_tokens(form):
    """'alt+pdf(flate)+fwd(7bit)' -> {'alt', 'pdf', 'fwd'}; a report(...) wrapper is looked through."""
    if form.startswith("report("):
        form = form[len("report("):-1]
    out, depth, cur = [], 0, ""
    for ch in form:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "+" and depth == 0:
            out.append(cur)
            cur = ""
            continue
        if depth == 0 and ch not in "()":
            cur += ch
    out.append(cur)
    return set(out)


def main():
    entries = []
    for plan, phi in ((PLAN_POS, True), (PLAN_NEG, False)):
        for kind, slots in plan.items():
            for i, (fn, form, args) in enumerate(slots):
                entries.append((kind, i, phi, fn, form, args))
    rng_for("order").shuffle(entries)
    os.makedirs(MSG_DIR, exist_ok=True)
    for name in sorted(os.listdir(MSG_DIR)):
        if name.startswith("p") and name.endswith(".eml"):
            os.remove(os.path.join(MSG_DIR, name))
    PDF_COUNTER[0] = 0
    labels = []
    cover = {True: set(), False: set()}
    for n, (kind, i, phi, fn, form, args) in enumerate(entries, 1):
        c = Ctx(kind, i, phi)
        m = fn(c, *args)
        note = m["note"]
        if kind not in ("label", "other_label") and not m.get("label"):
            x = c.r.random()
            if phi and x < 0.12:
                m["label"] = ("phi", label_name(c))
                note += "; also carries the PHI label"
            elif phi and x < 0.17:
                m["label"] = ol_label(c)
                note += "; labelled %s by the sender, but the content is PHI" % m["label"][1]
            elif not phi and x < 0.14:
                m["label"] = ol_label(c)
                note += "; carries the %s label (not PHI)" % m["label"][1]
        if m.get("label") and m["label"][0] == "phi":
            assert phi
        data, form_label = build(c, m, form)
        fname = "p%04d.eml" % n
        with open(os.path.join(MSG_DIR, fname), "wb") as f:
            f.write(data)
        cover[phi] |= form_tokens(form_label)
        labels.append({"file": fname, "phi": phi, "kind": kind, "form": form_label, "note": note})
    with open(LABELS, "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, indent=1, ensure_ascii=True)
        f.write("\n")
    for phi in (True, False):
        missing = [t for t in FORM_TOKENS if t not in cover[phi]]
        assert not missing, ("forms missing", phi, missing)
    print("wrote %d messages (%d PHI, %d not PHI) to %s" % (
        len(labels), sum(1 for l in labels if l["phi"]), sum(1 for l in labels if not l["phi"]), MSG_DIR))


if __name__ == "__main__":
    main()
