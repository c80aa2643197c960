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
        if len(line) <= width + 2:
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


def outlook_sent(t):
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
    now = c.now
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
        pool = [p for p in PROVIDERS if (spec is None or p.specialty == spec) and p not in exclude]
        if not pool:
            pool = [p for p in PROVIDERS if p not in exclude]
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
    out = []
    paras = text.split("\n\n")
    i = 0
    for para in paras:
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines if ln) and any(lines):
            inner = "\n".join(ln[2:] if ln.startswith("> ") else ln[1:] for ln in lines)
            out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0in 0in 0in 6.0pt;'
                       'margin-left:4.8pt">\n%s\n</blockquote>' % text_to_html(inner))
            continue
        if lines and lines[0] == "________________________________":
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
            out.append(_para_html(lines[1:]) if len(lines) > 1 else "")
            out.append("</div>")
            continue
        if lines and lines[0] == "-- ":
            out.append('<p class="MsoNormal" style="color:#595959">%s</p>' % "<br>\n".join(esc(ln) for ln in lines[1:]))
            continue
        out.append(_para_html(lines))
        out.append('<p class="MsoNormal">&nbsp;</p>')
        i += 1
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
    return att_text(c, "xml", ctype, name, data, "base64")


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
    icd = c.pick(ICD)
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
             "Can Dr. %s see %s before %s?\n\n%s" % (p.name, spec, c.pick(REF_REASONS[spec]), to.last, p.him,
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
