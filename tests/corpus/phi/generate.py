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
