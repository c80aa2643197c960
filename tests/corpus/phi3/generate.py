#!/usr/bin/env python3
"""Third development corpus (phi3) for the Riverside Health PHI classifier.

Standard library only.  Fixed seed, no clock reads: every run writes byte-identical
messages/rNNNN.eml and labels.json next to this file.
"""
import base64
import datetime
import json
import os
import random
import shutil
import unicodedata
import zlib

SEED = 20250333
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
REF = datetime.date(2025, 3, 1)
BASE_DT = datetime.datetime(2025, 3, 1, 7, 0, 0)
TENANT = "b3c1d5e7-2a4f-4c6e-8d1b-5f7a9c3e1d24"
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GEN_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INT_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
DOM = "riversidehealth.example"

# --------------------------------------------------------------------------- people
FIRST = [
    ("Maria", "F"), ("Jose", "M"), ("Guadalupe", "F"), ("Luis", "M"), ("Ximena", "F"), ("Mateo", "M"),
    ("Aaliyah", "F"), ("DeShawn", "M"), ("Latoya", "F"), ("Tyrone", "M"), ("Keisha", "F"), ("Jamal", "M"),
    ("Wei", "M"), ("Mei", "F"), ("Hiroshi", "M"), ("Yuki", "F"), ("Min-jun", "M"), ("Seo-yeon", "F"),
    ("Priya", "F"), ("Rahul", "M"), ("Sunita", "F"), ("Anil", "M"), ("Mohammed", "M"), ("Fatima", "F"),
    ("Aisha", "F"), ("Omar", "M"), ("Olumide", "M"), ("Ngozi", "F"), ("Chinedu", "M"), ("Kwame", "M"),
    ("Abebe", "M"), ("Tigist", "F"), ("Svetlana", "F"), ("Dmitri", "M"), ("Giuseppe", "M"), ("Siobhan", "F"),
    ("Patrick", "M"), ("Mary", "F"), ("John", "M"), ("Robert", "M"), ("Linda", "F"), ("Jennifer", "F"),
    ("Michael", "M"), ("Barbara", "F"), ("Ashley", "F"), ("Tyler", "M"), ("Kayla", "F"), ("Dakota", "U"),
    ("Leilani", "F"), ("Kalani", "U"), ("Bao", "M"), ("Thanh", "F"), ("Hoa", "F"), ("Tenzin", "U"),
    ("Yusuf", "M"), ("Sofia", "F"), ("Camila", "F"), ("Santiago", "M"), ("Esperanza", "F"), ("Ramon", "M"),
    ("Beatriz", "F"), ("Emeka", "M"), ("Amara", "F"), ("Kofi", "M"), ("Esther", "F"), ("Shira", "F"),
    ("Moshe", "M"), ("Dolores", "F"), ("Ethel", "F"), ("Earl", "M"), ("Clarence", "M"), ("Willie", "U"),
    ("William", "M"), ("Elizabeth", "F"), ("Margaret", "F"), ("Richard", "M"), ("James", "M"),
    ("Katherine", "F"), ("Anthony", "M"), ("Patricia", "F"), ("Francisco", "M"), ("Christopher", "M"),
    ("Deborah", "F"), ("Samuel", "M"), ("Jayden", "M"), ("Brianna", "F"), ("Hunter", "M"), ("Destiny", "F"),
    ("Nadia", "F"), ("Tariq", "M"), ("Ines", "F"), ("Joaquin", "M"), ("Haruto", "M"), ("Anh", "F"),
]
LAST = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
    "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel",
    "Kim", "Chen", "Wang", "Tran", "Pham", "Singh", "Shah", "Khan", "Ali", "Ahmed", "Okafor", "Adeyemi",
    "Mensah", "Osei", "Abdi", "Mohamud", "Begay", "Yazzie", "Tsosie", "Kealoha", "Nakamura", "Tanaka",
    "Park", "Choi", "Kowalski", "Nowak", "Ivanova", "O'Brien", "McCarthy", "Murphy", "Schmidt", "Rossi",
    "Esposito", "Goldberg", "Cohen", "Levy", "Washington", "Banks", "Freeman", "Fontenot", "Thibodeaux",
    "Haddad", "Nasser", "Abboud", "Sandoval", "Delgado", "Castillo", "Vargas", "Romero", "Gutierrez",
    "Silva", "Santos", "Kaur", "Gill", "Desai", "Iyer", "Reddy", "Mehta", "Villanueva", "De La Cruz",
    "St. Germain", "Van Der Berg", "Lopez-Garcia", "Bui", "Vang", "Xiong", "Hakimi", "Tesfaye", "Kiplagat",
]
NICK = {"Robert": "Bob", "William": "Bill", "Guadalupe": "Lupe", "Elizabeth": "Liz", "Margaret": "Peggy",
        "Richard": "Rick", "James": "Jim", "Katherine": "Kate", "Jennifer": "Jen", "Michael": "Mike",
        "Anthony": "Tony", "Patricia": "Trish", "Francisco": "Paco", "Christopher": "Chris",
        "Deborah": "Debbie", "Samuel": "Sam", "Dolores": "Lola", "Mohammed": "Mo", "Barbara": "Barb",
        "Jose": "Pepe", "Esperanza": "Espe", "Clarence": "Clancy", "Santiago": "Santi"}
STREETS = ["Elm St", "Maple Ave", "Cedar Ln", "Oak Ridge Dr", "Willow Ct", "Lakeview Rd", "Pine St",
           "Sunset Blvd", "Mill Creek Rd", "Harbor Way", "Chestnut St", "Prairie View Dr", "Magnolia Ave",
           "Riverbend Rd", "Cottonwood Trl", "Juniper Pl", "W 14th St", "N Main St", "Orchard Hill Rd"]
CITIES = [("Springfield", "IL", "627"), ("Rockford", "IL", "611"), ("Peoria", "IL", "616"),
          ("Davenport", "IA", "528"), ("Kenosha", "WI", "531"), ("Gary", "IN", "464"),
          ("Joliet", "IL", "604"), ("Bloomington", "IL", "617"), ("Dubuque", "IA", "520"),
          ("Racine", "WI", "534")]
AREAS = ["217", "309", "815", "563", "262", "219", "779", "630"]
MAILDOMS = ["mail.example", "inbox.example", "webmail.example", "netmail.example"]
LANGS = ["Spanish", "Vietnamese", "Arabic", "Somali", "Mandarin", "Korean", "Russian", "Amharic",
         "Haitian Creole", "Hmong", "Navajo", "Tagalog"]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


class Person:
    def __init__(self, first, last, sex, mi):
        self.first, self.last, self.sex, self.mi = first, last, sex, mi

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def title(self):
        return {"F": R.choice(["Ms.", "Mrs.", "Ms."]), "M": "Mr."}.get(self.sex, "Mx.") + " " + self.last

    def pron(self):
        return {"F": ("she", "her"), "M": ("he", "his")}.get(self.sex, ("they", "their"))

    def style(self, s):
        if s == "fl":
            return self.full
        if s == "LF":
            return f"{self.last.upper()}, {self.first.upper()}"
        if s == "Lf":
            return f"{self.last.upper()}, {self.first}"
        if s == "lf":
            return f"{self.last}, {self.first}"
        if s == "fml":
            return f"{self.first} {self.mi}. {self.last}"
        if s == "f":
            return self.first
        if s == "title":
            return self.title()
        if s == "nick":
            return f"{NICK.get(self.first, self.first)} {self.last}"
        if s == "lower":
            return self.full.lower()
        if s == "hl7":
            return f"{ascii_fold(self.last).upper()}^{ascii_fold(self.first).upper()}^{self.mi}"
        raise ValueError(s)

    def any_style(self):
        return self.style(R.choice(["fl", "fl", "LF", "lf", "fml", "title", "nick", "Lf"]))


USED_NAMES = set()


def person(sex=None):
    while True:
        first, sx = R.choice(FIRST)
        if sex and sx != sex:
            continue
        last = R.choice(LAST)
        if (first, last) in USED_NAMES:
            continue
        USED_NAMES.add((first, last))
        return Person(first, last, sx, R.choice("ABCDEFGHJKLMNPRSTW"))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if v in ("078-05-1120", "219-09-9999", "123-45-6789"):
            continue
        return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi(dashes=False):
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A), R.choice(MBI_A),
         R.choice("0123456789"), R.choice("0123456789")]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


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


def npi():
    base = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return base + str(luhn_digit("80840" + base))


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFGM") + ascii_fold(last)[0].upper() + "".join(map(str, d)) + str(chk)


def mrn():
    return "RH" + str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(6))


def member():
    return "RHP" + str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(8))


def phone(area=None):
    return f"({area or R.choice(AREAS)}) 555-01{R.randint(0, 99):02d}"


def addr():
    city, st, z = R.choice(CITIES)
    return (f"{R.randint(12, 9870)} {R.choice(STREETS)}", city, st, f"{z}{R.randint(0, 99):02d}")


class Patient(Person):
    pass


def patient(lo=18, hi=92, sex=None):
    p = person(sex)
    p.__class__ = Patient
    p.age = R.randint(lo, hi)
    p.dob = REF - datetime.timedelta(days=p.age * 365 + R.randint(10, 350))
    p.mrn, p.member, p.ssn = mrn(), member(), ssn()
    p.mbi = mbi()
    p.addr = addr()
    p.phone = phone()
    p.email = (ascii_fold(p.first).lower().replace("-", "") + R.choice([".", "_", ""])
               + ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
               + R.choice(["", str(R.randint(1, 99)), str(p.dob.year)[2:]]) + "@" + R.choice(MAILDOMS))
    p.lang = R.choice(LANGS)
    return p


def dob(p, style="us"):
    d = p.dob
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "short":
        return f"{d.month}/{d.day}/{str(d.year)[2:]}"
    raise ValueError(style)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DEPTS = ["Cardiology", "Endocrinology", "Family Medicine", "Internal Medicine", "Oncology", "Orthopedics",
         "Nephrology", "Pulmonology", "Gastroenterology", "Behavioral Health", "Neurology", "Pediatrics",
         "OB/GYN", "Urology", "Rheumatology"]
CLINICS = ["Riverside Cardiology - Oak Street", "Riverside Family Medicine - Eastgate",
           "Riverside Endocrinology - Medical Office Bldg 2", "Riverside Internal Medicine - Northpoint",
           "Riverside GI & Endoscopy Center", "Riverside Orthopedics - Westfield",
           "Riverside Nephrology & Dialysis - Lakeside", "Riverside Pulmonary Clinic - Main Campus",
           "Riverside Behavioral Health - Harbor Way", "Riverside Women's Health - Eastgate"]


class Staff(Person):
    pass


STAFF_CACHE = {}


def staff(role="RN", dept=None, cred=None):
    key = (role, dept, cred)
    if dept is not None and cred is not None and key in STAFF_CACHE:
        return STAFF_CACHE[key]
    p = person()
    p.__class__ = Staff
    p.role = role
    p.dept = dept or R.choice(DEPTS)
    p.cred = cred if cred is not None else {"MD": R.choice(["MD", "MD", "DO"]), "NP": "APRN, FNP-C",
                                            "PA": "PA-C", "RN": "RN", "MA": "CMA", "RPh": "PharmD, RPh"}.get(role, "")
    local = (ascii_fold(p.first).lower().replace("-", "") + "." +
             ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", ""))
    p.email = f"{local}@{DOM}"
    p.ext = f"x{R.randint(2, 7)}{R.randint(100, 999)}"
    p.npi = npi()
    p.dea = dea(p.last)
    if dept is not None and cred is not None:
        STAFF_CACHE[key] = p
    return p


def dr(p):
    return f"Dr. {p.last}"


def disp(p):
    """Outlook display name 'Last, First'."""
    return f"{p.last}, {p.first}"


def addr_of(p):
    return (disp(p) if isinstance(p, Staff) else p.full, p.email)


STAFF_LAST = [None]


def sig(s, mobile=False):
    STAFF_LAST[0] = s
    if mobile:
        return "\n" + R.choice(["Sent from my iPhone", "Get Outlook for iOS", "Sent from my Galaxy",
                                "Get Outlook for Android", "Sent from my iPad"])
    cred = f", {s.cred}" if s.cred else ""
    lines = [f"{s.first} {s.last}{cred}"]
    title = {"MD": "Attending Physician", "NP": "Nurse Practitioner", "PA": "Physician Assistant",
             "RN": R.choice(["Clinical Nurse", "RN Care Coordinator", "Charge Nurse"]),
             "MA": "Medical Assistant"}.get(s.role, s.role)
    lines.append(f"{title} | {s.dept}")
    lines.append("Riverside Health")
    lines.append(f"{phone('217')} {s.ext} | {s.email}")
    if R.random() < 0.4:
        lines.append(R.choice([{"F": "Pronouns: she/her", "M": "Pronouns: he/him"}.get(s.sex, "Pronouns: they/them"),
                               "Proud to be a Magnet(R) organization", "Please consider the environment before printing."]))
    return "\n\n" + "\n".join(lines)


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended "
    "recipient(s) and may contain confidential and privileged information, including protected health "
    "information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.",
    "This message is intended only for the addressee and may contain information that is privileged or "
    "confidential under state and federal law (including HIPAA). If you received it in error, notify "
    "the sender and delete it. Riverside Health never asks for passwords by e-mail.",
    "*** EXTERNAL EMAIL *** Use caution with links and attachments from outside Riverside Health.",
]


def disclaimer(p=0.35):
    return ("\n\n" + R.choice(DISCLAIMERS[:2])) if R.random() < p else ""


# --------------------------------------------------------------------------- dates
def msg_dt():
    return BASE_DT + datetime.timedelta(days=R.randint(0, 1), minutes=R.randint(0, 660), seconds=R.randint(0, 59))


def qdt():
    """timestamp of a quoted earlier message (a day or two before the reply)"""
    return datetime.datetime(2025, 2, 27, 7, 0) + datetime.timedelta(days=R.randint(0, 1), minutes=R.randint(0, 600))


def rfc_date(dt, tz="+0000"):
    return (f"{WD[dt.weekday()][:3]}, {dt.day} {MONTHS[dt.month - 1][:3]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {tz}")


def sent_line(dt):
    h = dt.hour % 12 or 12
    return f"{WD[dt.weekday()]}, {MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def gmail_line(dt):
    h = dt.hour % 12 or 12
    return f"{WD[dt.weekday()][:3]}, {MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at {h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def d_us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_short(d):
    return f"{d.month}/{d.day}"


def d_long(d):
    return f"{WD[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def future(days_lo=2, days_hi=40):
    return REF + datetime.timedelta(days=R.randint(days_lo, days_hi))


def past(days_lo=1, days_hi=30):
    return REF - datetime.timedelta(days=R.randint(days_lo, days_hi))


def outlook_quote(frm, dt, to, subject, body, cc=None):
    q = ["", "", "________________________________", f"From: {frm}", f"Sent: {sent_line(dt)}", f"To: {to}"]
    if cc:
        q.append(f"Cc: {cc}")
    q += [f"Subject: {subject}", "", body]
    return "\n".join(q)


def gmail_quote(dt, name, email, body):
    return f"\n\nOn {gmail_line(dt)} {name} <{email}> wrote:\n" + "\n".join(
        ("> " + ln) if ln else ">" for ln in body.split("\n"))


# --------------------------------------------------------------------------- clinical vocab
DX = [("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), ("E11.9", "Type 2 diabetes mellitus without complications"),
      ("I10", "Essential (primary) hypertension"), ("I50.22", "Chronic systolic (congestive) heart failure"),
      ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
      ("J45.40", "Moderate persistent asthma, uncomplicated"), ("N18.4", "Chronic kidney disease, stage 4 (severe)"),
      ("F32.1", "Major depressive disorder, single episode, moderate"), ("F41.1", "Generalized anxiety disorder"),
      ("M17.11", "Unilateral primary osteoarthritis, right knee"), ("E78.5", "Hyperlipidemia, unspecified"),
      ("E03.9", "Hypothyroidism, unspecified"), ("I48.91", "Unspecified atrial fibrillation"),
      ("K21.9", "Gastro-esophageal reflux disease without esophagitis"), ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
      ("D50.9", "Iron deficiency anemia, unspecified"), ("N39.0", "Urinary tract infection, site not specified"),
      ("J18.9", "Pneumonia, unspecified organism"), ("L03.115", "Cellulitis of right lower limb"),
      ("M81.0", "Age-related osteoporosis without current pathological fracture"),
      ("C50.911", "Malignant neoplasm of unspecified site of right female breast"),
      ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"),
      ("R07.9", "Chest pain, unspecified"), ("E55.9", "Vitamin D deficiency, unspecified"),
      ("O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled"), ("B20", "Human immunodeficiency virus [HIV] disease"),
      ("F10.20", "Alcohol dependence, uncomplicated"), ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
      ("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"), ("M54.50", "Low back pain, unspecified")]
MEDS = [("metformin", "1000 mg", "twice daily with meals"), ("lisinopril", "20 mg", "once daily"),
        ("atorvastatin", "40 mg", "nightly"), ("amlodipine", "5 mg", "once daily"),
        ("levothyroxine", "88 mcg", "every morning on an empty stomach"), ("insulin glargine", "22 units", "at bedtime"),
        ("apixaban", "5 mg", "twice daily"), ("furosemide", "40 mg", "every morning"), ("sertraline", "100 mg", "once daily"),
        ("escitalopram", "10 mg", "once daily"), ("albuterol HFA", "90 mcg", "2 puffs every 4-6 hours as needed"),
        ("omeprazole", "20 mg", "before breakfast"), ("gabapentin", "300 mg", "three times daily"),
        ("metoprolol succinate", "50 mg", "once daily"), ("losartan", "50 mg", "once daily"),
        ("semaglutide", "0.5 mg", "subcutaneously once weekly"), ("empagliflozin", "10 mg", "once daily"),
        ("carvedilol", "12.5 mg", "twice daily"), ("spironolactone", "25 mg", "once daily"),
        ("montelukast", "10 mg", "at bedtime"), ("tamsulosin", "0.4 mg", "30 minutes after dinner"),
        ("buprenorphine-naloxone", "8 mg/2 mg", "one film sublingually daily"), ("methotrexate", "15 mg", "once weekly on Mondays"),
        ("clopidogrel", "75 mg", "once daily"), ("warfarin", "5 mg", "daily except 7.5 mg on Mon/Fri")]
LABS = [("Hemoglobin A1c", "4548-4", "%", "4.0-5.6", lambda: round(R.uniform(6.6, 11.4), 1)),
        ("Glucose, fasting", "1558-6", "mg/dL", "70-99", lambda: R.randint(118, 310)),
        ("Creatinine", "2160-0", "mg/dL", "0.57-1.00", lambda: round(R.uniform(1.3, 3.6), 2)),
        ("eGFR (CKD-EPI 2021)", "98979-8", "mL/min/1.73m2", ">59", lambda: R.randint(14, 52)),
        ("Potassium", "2823-3", "mmol/L", "3.5-5.2", lambda: round(R.uniform(5.4, 6.6), 1)),
        ("Sodium", "2951-2", "mmol/L", "134-144", lambda: R.randint(122, 131)),
        ("TSH", "3016-3", "uIU/mL", "0.450-4.500", lambda: round(R.uniform(6.1, 19.0), 2)),
        ("LDL Cholesterol Calc", "13457-7", "mg/dL", "0-99", lambda: R.randint(142, 221)),
        ("Hemoglobin", "718-7", "g/dL", "11.1-15.9", lambda: round(R.uniform(7.1, 10.2), 1)),
        ("Platelets", "777-3", "x10E3/uL", "150-450", lambda: R.randint(41, 118)),
        ("INR", "6301-6", "", "0.9-1.2", lambda: round(R.uniform(3.4, 5.2), 1)),
        ("NT-proBNP", "33762-6", "pg/mL", "0-300", lambda: R.randint(1400, 9800)),
        ("ALT", "1742-6", "IU/L", "0-32", lambda: R.randint(88, 240)),
        ("Vitamin D, 25-Hydroxy", "62292-8", "ng/mL", "30.0-100.0", lambda: round(R.uniform(6.0, 18.0), 1)),
        ("Ferritin", "2276-4", "ng/mL", "15-150", lambda: R.randint(3, 11)),
        ("PSA", "2857-1", "ng/mL", "0.0-4.0", lambda: round(R.uniform(5.1, 14.8), 1)),
        ("Microalbumin/Creatinine Ratio, Urine", "9318-7", "mg/g creat", "0-29", lambda: R.randint(45, 620))]
CPT = [("99214", "Office/outpatient visit, established, moderate MDM"), ("99204", "Office/outpatient visit, new, moderate MDM"),
       ("45378", "Colonoscopy, flexible; diagnostic"), ("45385", "Colonoscopy with removal of lesion by snare"),
       ("70553", "MRI brain without and with contrast"), ("72148", "MRI lumbar spine without contrast"),
       ("74177", "CT abdomen and pelvis with contrast"), ("93306", "Echocardiography, transthoracic, complete"),
       ("95810", "Polysomnography, attended, 4 or more parameters"), ("27447", "Arthroplasty, knee, total"),
       ("29881", "Arthroscopy, knee, with meniscectomy"), ("77067", "Screening mammography, bilateral"),
       ("90837", "Psychotherapy, 60 minutes"), ("97110", "Therapeutic exercise, each 15 minutes"),
       ("43239", "EGD with biopsy"), ("80053", "Comprehensive metabolic panel"), ("83036", "Hemoglobin; glycosylated (A1C)"),
       ("J0897", "Injection, denosumab, 1 mg"), ("96413", "Chemotherapy administration, IV infusion, up to 1 hour")]
PROVIDER_ROLES = ["MD", "MD", "MD", "NP", "PA"]


def lab_values(n):
    picks = R.sample(LABS, n)
    return [(nm, loinc, unit, rng, f()) for nm, loinc, unit, rng, f in picks]


def flag(val, rng):
    try:
        if rng.startswith(">"):
            return "L" if float(val) <= float(rng[1:]) else ""
        lo, hi = rng.split("-")
        v = float(val)
        return "H" if v > float(hi) else ("L" if v < float(lo) else "")
    except ValueError:
        return ""


def uid():
    return "".join(R.choice("0123456789ABCDEF") for _ in range(8))


def guid():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


# --------------------------------------------------------------------------- MIME
class Part:
    def __init__(self, ctype, data=None, enc="7bit", filename=None, parts=None, params=None, form=None,
                 inline=False):
        self.ctype, self.data, self.enc, self.filename = ctype, data, enc, filename
        self.parts, self.params, self.form, self.inline = parts, params or {}, form, inline


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_word(s):
    if is_ascii(s):
        return s
    return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def qp_lines(text):
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        toks = []
        for i, c in enumerate(b):
            if c == 0x3D or c > 126 or (c < 32 and c != 9) or (c in (9, 32) and i == len(b) - 1):
                toks.append("=%02X" % c)
            elif c == 0x2E and i == 0:
                toks.append("=2E")
            else:
                toks.append(chr(c))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return out


def b64_lines(raw):
    s = base64.b64encode(raw).decode()
    return [s[i:i + 76] for i in range(0, len(s), 76)] or [""]


def fold(name, value):
    """Fold a header at spaces so that physical lines stay short (<= 78 where possible)."""
    line = f"{name}: {value}"
    if len(line) <= 78:
        return [line]
    out, cur, first = [], f"{name}:", True
    for w in value.split(" "):
        if not first and len(cur) + 1 + len(w) > 78:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
        first = False
    out.append(cur)
    return out


BOUNDARY_N = [0]


def boundary():
    BOUNDARY_N[0] += 1
    return f"_00{BOUNDARY_N[0] % 10}_{uid()}{uid()}{uid()}namp_"


def text_ctype(ctype, text):
    return f'{ctype}; charset="{"us-ascii" if is_ascii(text) else "utf-8"}"'


def serialize(part):
    """Return list of lines (no line terminators): part headers, blank line, body."""
    h = []
    if part.parts is not None:
        b = boundary()
        extra = "".join(f'; {k}="{v}"' for k, v in part.params.items())
        h += fold("Content-Type", f'{part.ctype}; boundary="{b}"{extra}')
        body = []
        for sp in part.parts:
            body.append(f"--{b}")
            body += serialize(sp)
            body.append("")
        body[-1:] = [f"--{b}--", ""]
        return h + [""] + body
    if part.ctype == "message/rfc822":
        h.append("Content-Type: message/rfc822")
        h.append("Content-Transfer-Encoding: 7bit")
        if part.filename:
            h += fold("Content-Disposition", f'attachment; filename="{part.filename}"')
        return h + [""] + part.data
    ct = part.ctype
    if ct.startswith("text/"):
        txt = part.data if isinstance(part.data, str) else part.data.decode("utf-8")
        ct = text_ctype(ct, txt)
    extra = "".join(f"; {k}={v}" for k, v in part.params.items())
    if part.filename:
        h += fold("Content-Type", f'{ct}{extra}; name="{part.filename}"')
    else:
        h += fold("Content-Type", f"{ct}{extra}")
    enc = part.enc
    if isinstance(part.data, str) and enc == "7bit" and not is_ascii(part.data):
        enc = "quoted-printable"
    if isinstance(part.data, str) and enc == "7bit" and any(len(x) > 990 for x in part.data.split("\n")):
        enc = "quoted-printable"
    part.enc = enc
    h.append(f"Content-Transfer-Encoding: {enc}")
    if part.filename:
        disp_ = "inline" if part.inline else "attachment"
        h += fold("Content-Disposition", f'{disp_}; filename="{part.filename}"')
    if enc == "7bit":
        body = part.data.split("\n")
    elif enc == "quoted-printable":
        body = qp_lines(part.data)
    else:
        raw = part.data
        if isinstance(raw, str):
            raw = raw.replace("\n", "\r\n").encode("utf-8")
        body = b64_lines(raw)
    return h + [""] + body


# --------------------------------------------------------------------------- PDF
PDF_N = [0]


def pdf_esc(s):
    s = ascii_fold(s)
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines, compress=None):
    PDF_N[0] += 1
    if compress is None:
        compress = PDF_N[0] % 2 == 0
    wrapped = []
    for ln in lines:
        while len(ln) > 95:
            cut = ln.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            wrapped.append(ln[:cut])
            ln = "    " + ln[cut:].lstrip()
        wrapped.append(ln)
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)] or [[]]
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) +
               f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, pl in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                     f"/Contents {cid} 0 R >>").encode()
        cs = []
        y = 750
        if i == 0:
            cs.append(f"BT /F1 14 Tf 54 {y} Td ({pdf_esc(title)}) Tj ET")
            y -= 26
        for ln in pl:
            cs.append(f"BT /F1 10 Tf 54 {y} Td ({pdf_esc(ln)}) Tj ET")
            y -= 13
        cs.append(f"BT /F1 8 Tf 54 30 Td (Page {i + 1} of {n_pages}) Tj ET")
        raw = ("\n".join(cs) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(raw, 9)
            objs[cid] = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            objs[cid] = f"<< /Length {len(raw)} >>\nstream\n".encode() + raw + b"endstream"
    info_id = max(objs) + 1
    objs[info_id] = f"<< /Title ({pdf_esc(title)}) /Producer (Riverside DocGen 4.2) /CreationDate (D:20250301090000Z) >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {info_id + 1}\n".encode() + b"0000000000 65535 f \n"
    for k in range(1, info_id + 1):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {info_id + 1} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out), compress


def pdf_part(filename, title, lines):
    data, comp = make_pdf(title, lines)
    p = Part("application/pdf", data, "base64", filename)
    p.form = "pdf-flate" if comp else "pdf"
    return p


def att(kind, filename, data, **kw):
    """Attachment helper: kind in csv, txt, html, json, xml, hl7, hl7x, ics."""
    if kind == "csv":
        return Part("text/csv", data, kw.get("enc", "7bit"), filename, form="csv")
    if kind == "txt":
        return Part("text/plain", data, kw.get("enc", "7bit"), filename, form="txt")
    if kind == "html":
        return Part("text/html", data, kw.get("enc", "quoted-printable"), filename, form="html-att")
    if kind == "json":
        return Part("application/json", data.replace("\n", "\r\n").encode(), "base64", filename, form="json")
    if kind == "xml":
        if kw.get("b64", True):
            return Part("application/xml", data.replace("\n", "\r\n").encode(), "base64", filename, form="xml")
        return Part("text/xml", data, "7bit", filename, form="xml")
    if kind == "hl7":  # er7 with real CR segment terminators, base64
        return Part("x-application/hl7-v2+er7", data.replace("\n", "\r").encode(), "base64", filename, form="hl7")
    if kind == "hl7txt":
        return Part("text/plain", data, "7bit", filename, form="hl7")
    if kind == "ics":
        return Part("text/calendar", data, "7bit", filename, params={"method": "REQUEST"}, form="ics")
    raise ValueError(kind)


def h(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def text_to_html(text):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>',
           '<body lang="EN-US" link="#0563C1"><div class="WordSection1">']
    for para in text.split("\n"):
        if para.startswith(">"):
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{h(para.lstrip("> "))}</blockquote>')
        elif para.strip() == "________________________________":
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
        elif para.strip() == "":
            out.append('<p class="MsoNormal">&nbsp;</p>')
        else:
            body = h(para)
            if body.startswith(("From:", "Sent:", "To:", "Subject:", "Cc:")):
                k, _, v = body.partition(":")
                body = f"<b>{k}:</b>&nbsp;{v.strip()}"
            out.append(f'<p class="MsoNormal">{body}</p>')
    out.append("</div></body></html>")
    return "\n".join(out)


# --------------------------------------------------------------------------- message assembly
BODY_FORMS = ["plain7", "qp", "b64", "html", "alt"]


def label_header(which, name=None):
    gid = {"phi": PHI_GUID, "general": GEN_GUID, "internal": INT_GUID}[which]
    name = name or {"phi": "Confidential - PHI", "general": "General", "internal": "Internal"}[which]
    p = f"MSIP_Label_{gid}"
    return (f"{p}_Enabled=true; {p}_SetDate=2025-02-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z; "
            f"{p}_Method={R.choice(['Standard', 'Privileged', 'Standard'])}; {p}_Name={name}; "
            f"{p}_SiteId={TENANT}; {p}_ActionId={guid()}; {p}_ContentBits={R.choice(['0', '1', '2'])};")


def build(spec, inner=False):
    """spec keys: frm (name,email), to [(name,email)], cc, subject, text, html, body_form, atts, style,
    label (which,name), ics, headers, dt"""
    dt = spec.get("dt") or msg_dt()
    spec["dt"] = dt
    style = spec.get("style", "m365")
    text = spec["text"].strip("\n") + "\n"
    form = spec.get("body_form") or "plain7"
    html = spec.get("html")
    forms = []
    if spec.get("ics"):
        body = Part("multipart/alternative", parts=[Part("text/plain", text, "quoted-printable"),
                                                    Part("text/calendar", spec["ics"], "7bit", params={"method": "REQUEST"})])
        forms.append("calendar")
        forms.append("alt")
    elif form == "plain7":
        body = Part("text/plain", text, "7bit")
    elif form == "qp":
        body = Part("text/plain", text, "quoted-printable")
    elif form == "b64":
        body = Part("text/plain", text, "base64")
    elif form == "html":
        body = Part("text/html", html or text_to_html(text), R.choice(["quoted-printable", "quoted-printable", "base64"]))
    else:
        body = Part("multipart/alternative", parts=[Part("text/plain", text, "quoted-printable"),
                                                    Part("text/html", html or text_to_html(text), "quoted-printable")])
    atts = spec.get("atts") or []
    root = Part("multipart/mixed", parts=[body] + atts) if atts else body
    lines = []
    frm = spec["frm"]
    to = spec["to"]

    def addrs(lst):
        return ", ".join(f'"{enc_word(n)}" <{e}>' if ("," in n or not is_ascii(n)) else f"{n} <{e}>" for n, e in lst)

    if style in ("m365", "ext"):
        srv = f"{R.choice(['BN0PR04', 'CH3PR12', 'SA1PR09', 'MN2PR17', 'DM6PR11'])}MB{R.randint(1000, 9999)}"
        lines += fold("From", addrs([frm]))
        lines += fold("To", addrs(to))
        if spec.get("cc"):
            lines += fold("CC", addrs(spec["cc"]))
        lines += fold("Subject", enc_word(spec["subject"]))
        topic = spec["subject"]
        for pre in ("RE: ", "FW: ", "Re: ", "Fwd: ", "FW: ", "RE: "):
            while topic.startswith(pre):
                topic = topic[len(pre):]
        lines += fold("Thread-Topic", enc_word(topic))
        lines.append("Thread-Index: " + base64.b64encode(bytes([1]) + bytes(R.randint(0, 255) for _ in range(21))).decode())
        lines.append("Date: " + rfc_date(dt))
        lines.append(f"Message-ID: <{srv}{uid()}{uid()}@{srv}.namprd{R.randint(10, 19)}.prod.outlook.example>")
        if spec.get("in_reply_to", R.random() < 0.5) and spec["subject"].startswith(("RE", "Re")):
            lines.append(f"In-Reply-To: <{srv}{uid()}{uid()}@{srv}.namprd{R.randint(10, 19)}.prod.outlook.example>")
        lines.append("Accept-Language: en-US")
        lines.append("Content-Language: en-US")
        lines.append("X-MS-Has-Attach: " + ("yes" if atts else ""))
        lines.append("X-MS-TNEF-Correlator:")
        if spec.get("label"):
            lines += fold("msip_labels", label_header(*spec["label"]))
        for hh in spec.get("headers", []):
            lines += fold(*hh.split(": ", 1))
        lines.append(f"X-MS-Exchange-Organization-SCL: {-1 if style == 'm365' else 1}")
        lines.append(f"X-MS-Exchange-Organization-AuthSource: {srv}.namprd{R.randint(10, 19)}.prod.outlook.example")
        lines.append("X-MS-Exchange-Organization-AuthAs: " + ("Internal" if style == "m365" else "Anonymous"))
        lines.append(f"X-MS-Exchange-Organization-Network-Message-Id: {guid()}")
        if style == "ext":
            lines.append("X-MS-Exchange-Organization-MessageDirectionality: Incoming")
    else:
        tz = R.choice(["-0600", "-0500"])
        if style == "gmail":
            lines.append(f"Message-ID: <CA{uid()}{uid()}{uid()}@mail.{frm[1].split('@')[1]}>")
        else:
            lines.append(f"Message-ID: <{uid()}.{uid()}@{frm[1].split('@')[1]}>")
        lines.append("Date: " + rfc_date(dt, tz))
        lines += fold("From", addrs([frm]))
        lines += fold("To", addrs(to))
        if spec.get("cc"):
            lines += fold("Cc", addrs(spec["cc"]))
        lines += fold("Subject", enc_word(spec["subject"]))
        if spec.get("label"):
            lines += fold("msip_labels", label_header(*spec["label"]))
        for hh in spec.get("headers", []):
            lines += fold(*hh.split(": ", 1))
        if style == "gmail":
            lines.append("Content-Language: en-US")
    lines.append("MIME-Version: 1.0")
    lines += serialize(root)
    if not forms:
        forms.append(form)
    if body.ctype == "text/plain":
        forms = [{"7bit": "plain7", "quoted-printable": "qp", "base64": "b64"}[body.enc]]
    for a in atts:
        forms.append(a.form or a.ctype)
    spec["forms"] = forms
    return lines


def rfc822_part(inner_spec, filename=None):
    lines = build(inner_spec, inner=True)
    p = Part("message/rfc822", lines, filename=filename)
    p.form = "rfc822"
    return p


def describe(forms):
    names = {"plain7": "text/plain 7bit", "qp": "text/plain quoted-printable", "b64": "text/plain base64",
             "html": "text/html", "alt": "multipart/alternative", "calendar": "text/calendar invite",
             "pdf": "PDF attachment", "pdf-flate": "PDF attachment (FlateDecode)", "csv": "CSV attachment",
             "txt": "TXT attachment", "html-att": "HTML attachment", "json": "JSON attachment",
             "xml": "XML attachment", "hl7": "HL7 v2 attachment", "rfc822": "forwarded message/rfc822",
             "ics": ".ics attachment"}
    return " + ".join(names.get(f, f) for f in forms)


# =========================================================================== POSITIVE KINDS
def prov(dept=None):
    return staff(R.choice(PROVIDER_ROLES), dept)


def nurse(dept=None):
    return staff(R.choice(["RN", "RN", "MA"]), dept)


def ext_person(domain):
    p = person()
    p.email = f"{ascii_fold(p.first)[0].lower()}{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '').replace('.', '')}@{domain}"
    return p


def spanned_dob(p):
    d = p.dob
    return f"<span>{d.month:02d}/{d.day:02d}/</span><span>{d.year}</span>"


def html_wrap(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + inner + "\n</body></html>")


def k_lab_result(i):
    p = patient(30, 85)
    md = prov(R.choice(["Internal Medicine", "Family Medicine", "Endocrinology"]))
    rn = nurse(md.dept)
    v = i % 6
    labs = lab_values(R.randint(2, 4))
    coll = past(1, 12)
    if v == 0:
        rows = "\n".join(f"  {nm:<38} {val!s:>8} {unit:<14} ref {rng:<12} {flag(val, rng)}" for nm, _, unit, rng, val in labs)
        text = (f"Dear {p.style(R.choice(['f', 'title', 'fl']))},\n\n{dr(md)} has reviewed the results of the blood work "
                f"collected on {d_us(coll)} at the {R.choice(['Eastgate', 'Northpoint', 'Main Campus'])} draw station.\n\n{rows}\n\n"
                f"Comment from {dr(md)}: \"{R.choice(['These numbers are higher than we want. Please keep your follow-up visit so we can adjust your treatment.', 'Your kidney function has dropped a little. Please drink plenty of water and avoid ibuprofen or naproxen; we will repeat this in two weeks.', 'I would like you to come in sooner than planned - the front desk will call you to schedule.'])}\"\n\n"
                "You can also see these results any time in RiversideConnect.\n\nRiverside Health Patient Portal - please do not reply to this automated message.")
        return dict(kind="lab_result", frm=("RiversideConnect", f"noreply@connect.{DOM}"), to=[(p.full, p.email)],
                    subject=R.choice(["Your test results", "New results are available", "Message about your recent lab work"]),
                    text=text, style="portal", note="portal results letter naming the patient with lab values and doctor's comment; no MRN")
    if v == 1:
        trs = "\n".join(f"<tr><td>{h(nm)}</td><td>{val}</td><td>{unit}</td><td>{rng}</td><td>{flag(val, rng)}</td></tr>" for nm, _, unit, rng, val in labs)
        html = html_wrap(f"<p>{dr(md)},</p><p>Results for <b>{h(p.full)}</b> (DOB&nbsp;{spanned_dob(p)}) came back this afternoon. "
                         f"Flagging because of the {h(labs[0][0])}.</p>\n<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
                         f"<tr><th>Test</th><th>Result</th><th>Units</th><th>Reference</th><th>Flag</th></tr>\n{trs}\n</table>"
                         f"<p>Do you want {p.pron()[1]} seen this week or just a phone call?</p><p>{h(rn.full)}, {rn.cred}</p>")
        text = (f"{dr(md)},\n\nResults for {p.full} (DOB {dob(p)}) came back this afternoon. Flagging because of the {labs[0][0]}.\n\n"
                + "\n".join(f"{nm}: {val} {unit} (ref {rng}) {flag(val, rng)}" for nm, _, unit, rng, val in labs)
                + f"\n\nDo you want {p.pron()[1]} seen this week or just a phone call?\n\n{rn.full}, {rn.cred}")
        return dict(kind="lab_result", frm=addr_of(rn), to=[addr_of(md)], subject="Results", text=text, html=html,
                    body_form=R.choice(["html", "alt"]), note="HTML table of a named patient's labs with DOB split across <span>s; no MRN")
    if v == 2:
        rows = ["Date/Time,MRN,Patient,Test,Result,Units,Ref Range,Called To,Read Back"]
        for _ in range(R.randint(4, 7)):
            q = patient(20, 90)
            nm, _, unit, rng, val = lab_values(1)[0]
            rows.append(f"{d_us(past(0, 2))} {R.randint(0, 23):02d}:{R.randint(0, 59):02d},{q.mrn},\"{q.style('lf')}\",{nm.replace(',', '')},{val},{unit},{rng},{staff('RN').style('fml')} RN,Y")
        text = (f"Attached is the critical value call log for {R.choice(['night shift', 'the weekend', 'yesterday'])}. "
                "Two calls exceeded the 30 minute window - please review before the lab quality huddle.\n"
                f"{sig(staff('Lab', 'Laboratory Services', 'MLS(ASCP)'))}{disclaimer()}")
        return dict(kind="lab_result", frm=addr_of(staff("Lab", "Laboratory Services", "MLS(ASCP)")), to=[("Lab Quality", f"labquality@{DOM}")],
                    subject=R.choice(["Critical call log", "FW: critical values"]), text=text,
                    atts=[att("csv", "critical_calls.csv", "\n".join(rows) + "\n")], label=("phi", "Confidential PHI") if R.random() < 0.3 else None,
                    note="CSV of named patients with MRNs and critical lab values")
    if v == 3:
        labname = R.choice(["Northpoint Reference Laboratory", "Lakeshore Clinical Labs", "Prairie Pathology Associates"])
        plines = [f"Patient: {p.style('LF')}    DOB: {dob(p)}    Sex: {p.sex}", f"Ordering: {md.style('LF')} {md.cred}   Collected: {d_us(coll)}",
                  f"Specimen ID: {R.randint(10, 99)}-{R.randint(100000, 999999)}", ""]
        plines += [f"{nm:<40}{val!s:<10}{unit:<14}{rng:<14}{flag(val, rng)}" for nm, _, unit, rng, val in labs]
        plines += ["", "Results verified by laboratory director. Critical values telephoned per policy."]
        text = (f"FAX COVER SHEET\n\nTo: {md.dept} / {dr(md)}\nFrom: {labname}\nFax: (217) 555-01{R.randint(10, 99)}\nPages: 2 (including cover)\n"
                f"Re: Outside results\n\nYou have received a fax. The document is attached as a PDF.\n\n{DISCLAIMERS[0]}")
        return dict(kind="lab_result", frm=(f"{labname} eFax", f"efax@{labname.split()[0].lower()}lab.example.org"),
                    to=[(f"{md.dept} Fax Inbox", f"fax.{md.dept.lower().replace(' ', '').replace('/', '')}@{DOM}")],
                    subject=f"Fax from {labname} ({R.randint(2, 3)} pages)", text=text, style="fax",
                    atts=[pdf_part(f"fax_{R.randint(100000, 999999)}.pdf", labname + " - Final Report", plines)],
                    note="fax-to-email: PDF lab report with patient name, DOB and abnormal values")
    if v == 4:
        nm, _, unit, rng, val = labs[0]
        q1 = (f"{p.style('title')} ({p.style('fml')}, DOB {dob(p, 'short')}) - {nm} {val} {unit} on today's draw, "
              f"was {labs[1][4]} {labs[1][2]} for {labs[1][0]} as well. Please advise.")
        text = (f"Can you call {p.style('title')} this afternoon? I'd like a repeat in 48h and {p.pron()[0]} should hold the "
                f"{R.choice(MEDS)[0]} until then. Ok to use the lab-only slot at Eastgate.\n\nThanks,\n{md.first}{sig(md, True)}"
                + outlook_quote(f"{disp(rn)} <{rn.email}>", qdt(), f"{disp(md)} <{md.email}>",
                                "abnormal result", q1))
        return dict(kind="lab_result", frm=addr_of(md), to=[addr_of(rn)], subject="RE: abnormal result", text=text,
                    note="Outlook reply chain about a named patient's abnormal lab values")
    pl = p.style("lower")
    nm, _, unit, rng, val = R.choice(labs)
    text = (f"hi dr {md.last.lower()}\n\nthis is {pl}. i saw my {nm.lower()} came back {val} on the app and it says {('high' if flag(val, rng) == 'H' else 'abnormal')} in red?? "
            f"is that bad. my mom had the same thing and ended up on dialysis so im kind of freaking out. "
            f"should i stop my {R.choice(MEDS)[0]}\n\nthanks\n{p.first.lower()}\n\nSent from my iPhone")
        # patient message arrives through the portal relay
    q = (f"New result: {nm}\nValue: {val} {unit}\nReference range: {rng}\n")
    text += gmail_quote(qdt(), "RiversideConnect", f"noreply@connect.{DOM}", q)
    return dict(kind="lab_result", frm=(p.full.lower(), p.email), to=[(disp(md), md.email)], subject="question about my results",
                text=text, style="gmail", note="patient-written lowercase message about own lab value, quoting portal result")


def k_referral(i):
    p = patient(5, 88)
    a = prov(R.choice(["Family Medicine", "Internal Medicine", "Pediatrics"]))
    spec_dept = R.choice(["Cardiology", "Nephrology", "Gastroenterology", "Neurology", "Rheumatology", "Pulmonology", "Behavioral Health", "Orthopedics"])
    b = prov(spec_dept)
    reason = {"Cardiology": "new-onset atrial fibrillation with rapid ventricular response, now rate controlled",
              "Nephrology": "CKD stage 4 with eGFR drifting from 28 to 21 over six months",
              "Gastroenterology": "positive FIT test and iron deficiency anemia",
              "Neurology": "three episodes of transient left arm numbness, MRI pending",
              "Rheumatology": "symmetric small-joint synovitis and a positive anti-CCP",
              "Pulmonology": "persistent 8 mm ground-glass nodule in the right upper lobe",
              "Behavioral Health": "worsening depression (PHQ-9 of 19) despite sertraline 100 mg",
              "Orthopedics": "right knee osteoarthritis failing injections, interested in arthroplasty"}[spec_dept]
    v = i % 5
    who = p.style(R.choice(["fl", "title", "fml", "nick"]))
    if v == 0:
        text = (f"Hi {dr(b)},\n\nI'd like to refer {who}, a {p.age}-year-old {('woman' if p.sex == 'F' else 'man' if p.sex == 'M' else 'patient')} I follow in primary care, "
                f"for {reason}. {p.pron()[0].capitalize()} is anxious about it and would prefer a morning slot if you have one. "
                f"I've put the order in; notes from {d_us(past())} are in the chart.\n\nThanks so much,\n{a.first}{sig(a)}{disclaimer()}")
        return dict(kind="referral", frm=addr_of(a), to=[addr_of(b)], subject=R.choice(["New referral", "Referral - would appreciate your input", "Can you see this patient?"]),
                    text=text, note="PCP-to-specialist referral naming the patient with reason; no identifiers")
    if v == 1:
        c1 = ext_person("lakeshoreclinic.example.org")
        body1 = (f"Good morning,\n\nWe are trying to place {p.style('fl')} with {spec_dept.lower()} for {reason}. Our network is booked out "
                 f"to June. Does Riverside have capacity? {p.pron()[0].capitalize()} has Medicaid and can travel on Tuesdays.\n\n{c1.full}\nReferral Coordinator, Lakeshore Community Clinic")
        text = (f"Hi {c1.first},\n\nYes - we can take {p.style('f')}. {dr(b)} has a new-patient slot {d_long(future())}. "
                f"Please fax the last two visit notes to 555-0117 and we'll call {p.pron()[1]} directly.\n\n{staff('Referral Coordinator', spec_dept, '').full}\n"
                f"Riverside {spec_dept} | Scheduling" + gmail_quote(qdt(), c1.full, c1.email, body1))
        return dict(kind="referral", frm=(disp(b), f"{spec_dept.lower().replace(' ', '')}.scheduling@{DOM}"), to=[(c1.full, c1.email)],
                    subject="Re: referral capacity", text=text, style="m365",
                    note="care-coordination thread between clinics about placing a named patient; no identifiers")
    if v == 2:
        org = R.choice(["Prairie Family Health", "Westfield Pediatrics", "Mercy Free Clinic"])
        html = html_wrap(f"<h3 style=\"color:#1f4e79\">Referral received</h3><table cellpadding=\"4\">"
                         f"<tr><td><b>Patient</b></td><td>{h(p.style('lf'))}</td></tr>"
                         f"<tr><td><b>From</b></td><td>{h(org)} &ndash; {h(a.full)}, {a.cred}</td></tr>"
                         f"<tr><td><b>To</b></td><td>Riverside {h(spec_dept)}</td></tr>"
                         f"<tr><td><b>Reason</b></td><td>{h(reason)}</td></tr>"
                         f"<tr><td><b>Priority</b></td><td>{R.choice(['Routine', 'Urgent', 'Routine'])}</td></tr></table>"
                         f"<p>Log in to the referral workqueue to accept or decline.</p>")
        text = (f"Referral received\n\nPatient: {p.style('lf')}\nFrom: {org} - {a.full}, {a.cred}\nTo: Riverside {spec_dept}\nReason: {reason}\n\n"
                "Log in to the referral workqueue to accept or decline.")
        return dict(kind="referral", frm=("eReferral Network", "notify@ereferral.example.org"), to=[(f"{spec_dept} Referrals", f"referrals@{DOM}")],
                    subject="Referral received", text=text, html=html, style="ext",
                    note="eReferral portal notification naming the patient and reason; no identifiers")
    if v == 3:
        c1 = ext_person("westfieldpeds.example.org")
        inner_text = (f"Dear Colleague,\n\nThank you for seeing {p.style('fl')} for {reason}. Past history includes {R.choice(DX)[1].lower()}. "
                      f"Current medicines: {', '.join(m[0] + ' ' + m[1] for m in R.sample(MEDS, 3))}.\n\nSincerely,\n{c1.full}, MD")
        inner = dict(frm=(c1.full, c1.email), to=[(f"Riverside {spec_dept}", f"referrals@{DOM}")], subject=f"Referral letter - {p.style('lf')}",
                     text=inner_text, style="ext", body_form="plain7")
        fw = nurse(spec_dept)
        text = f"Forwarding the attached letter for the intake queue - please scan to media.\n\n{sig(fw)}"
        return dict(kind="referral", frm=addr_of(fw), to=[(f"{spec_dept} Intake", f"intake@{DOM}")], subject="FW: referral letter",
                    text=text, atts=[rfc822_part(inner, "Referral letter.eml")],
                    note="forwarded message/rfc822 containing an outside referral letter for a named patient")
    letter = (f"REFERRAL\n\nTo: Riverside {spec_dept}\nFrom: {a.full}, {a.cred}\nDate: {d_us(past())}\n\nRe: {p.style('fml')}\n\n"
              f"Reason for referral: {reason}.\nRelevant history: {R.choice(DX)[1]}; {R.choice(DX)[1]}.\n"
              f"Please contact the patient directly to schedule.\n")
    text = f"{who} - referral letter attached. Let me know if you need anything else.\n{a.first}{sig(a, R.random() < 0.5)}"
    return dict(kind="referral", frm=addr_of(a), to=[addr_of(b)], subject="Referral", text=text,
                atts=[att("txt", "referral_letter.txt", letter)], note="TXT referral letter naming the patient and reason; no MRN/DOB")


def k_clinical_note(i):
    p = patient(4, 90)
    md = prov()
    v = i % 7
    dxs = R.sample(DX, 3)
    if v == 0:
        ap = "\n".join(f"{n + 1}. {d} ({c}) - {R.choice(['stable, continue current regimen', 'worsening; adjust therapy', 'new this visit; labs ordered', 'reviewed, counseling provided'])}" for n, (c, d) in enumerate(dxs))
        text = (f"FYI - see below, pt asked that you get a copy.\n\n----- Message from {md.style('lf')}, {md.cred} sent {d_us(past())} -----\n"
                f"Patient: {p.style('LF')}   DOB: {dob(p)}   MRN: {p.mrn}\n\nAssessment/Plan:\n{ap}\n\nFollow up in {R.randint(2, 12)} weeks.")
        return dict(kind="clinical_note", frm=addr_of(nurse(md.dept)), to=[addr_of(prov())], subject="FW: In Basket: CC'd chart", text=text,
                    note="EHR in-basket forward with patient name, DOB, MRN and assessment with ICD-10-CM codes")
    if v == 1:
        m = R.choice(MEDS)
        text = (f"S: {p.style('title')} returns for {dxs[0][1].lower()}. Reports {R.choice(['more fatigue', 'better sleep', 'two falls at home', 'nausea after doses'])} since last visit. "
                f"Taking {m[0]} {m[1]} {m[2]}.\nO: BP {R.randint(128, 172)}/{R.randint(72, 98)}, HR {R.randint(58, 104)}, wt {R.randint(120, 260)} lb. "
                f"Lungs clear. Trace edema.\nA: {dxs[0][1]}, {R.choice(['not at goal', 'improving', 'uncontrolled'])}.\nP: {R.choice(['titrate dose', 'add second agent', 'check labs in 2 weeks', 'refer to dietitian'])}; "
                f"return {R.randint(3, 8)} weeks.\n\n-- pasted from today's note, let me know if the plan makes sense before I sign\n{md.first}")
        return dict(kind="clinical_note", frm=addr_of(md), to=[addr_of(prov(md.dept))], subject="curbside", text=text,
                    note="SOAP note excerpt for a patient named by title+surname; no ICD codes, no identifiers")
    if v == 2:
        reading = R.randint(228, 390)
        text = (f"hi its {p.style('lower')}, my sugar was {reading} this morning and {R.randint(260, 400)} after lunch yesterday. "
                f"i been taking the {R.choice(['metformin', 'insulin', 'glipizide'])} like u said but i ran out of strips so couldnt check sunday. "
                f"feeling real thirsty and peeing alot. do i need to come in??\n\n{p.first.lower()}\n{p.phone}")
        return dict(kind="clinical_note", frm=(p.full.lower(), p.email), to=[(f"{md.dept} Nurse Line", f"nurseline@{DOM}")],
                    subject=R.choice(["sugar", "question", "(no subject)", "help"]), text=text, style="gmail",
                    note="patient-written lowercase message with own name, glucose readings and symptoms")
    if v == 3:
        rn = nurse(md.dept)
        text = (f"TELEPHONE ENCOUNTER\nCaller: {R.choice(['patient', 'daughter', 'husband', 'son'])}\nPatient: {p.style('lf')} (DOB {dob(p, 'short')})\n"
                f"Reason: {R.choice(['chest tightness since last night', 'fever 102.4 and productive cough', 'swelling in right calf', 'vomiting x3, unable to keep meds down'])}\n"
                f"Triage protocol: {R.choice(['Chest Pain - Adult', 'Cough - Adult', 'Leg Swelling', 'Vomiting - Adult'])}\n"
                f"Disposition: {R.choice(['See today in clinic', 'Go to ED now', 'Home care with callback in 24h'])}\n"
                f"Caller verbalized understanding.\n\n{rn.full}, {rn.cred}")
        return dict(kind="clinical_note", frm=addr_of(rn), to=[addr_of(md)], subject="Phone note", text=text,
                    note="nurse triage telephone note: named patient, DOB, symptoms and disposition")
    if v == 4:
        c, d = dxs[0]
        page = html_wrap(f"<h2>Consultation Note</h2><p><b>Patient:</b> {h(p.style('lf'))}<br><b>DOB:</b> {dob(p)}<br><b>MRN:</b> {p.mrn}</p>"
                         f"<h3>History of present illness</h3><p>{p.age}-year-old seen at the request of {h(dr(md))} for {h(d.lower())}.</p>"
                         f"<h3>Impression</h3><ul><li>{h(d)} &ndash; {c}</li><li>{h(dxs[1][1])} &ndash; {dxs[1][0]}</li></ul>"
                         f"<h3>Recommendations</h3><p>Start {R.choice(MEDS)[0]}; recheck in 6&nbsp;weeks.</p>")
        cons = prov()
        text = f"Consult note attached as requested.{sig(cons)}"
        return dict(kind="clinical_note", frm=addr_of(cons), to=[addr_of(md)], subject="Consult", text=text,
                    atts=[att("html", "consult_note.html", page)], note="HTML attachment: consultation note with name, DOB, MRN, ICD-10-CM codes")
    if v == 5:
        kid = patient(6, 17)
        ped = prov("Pediatrics")
        dd = past(1, 5)
        letter = (f"To whom it may concern:\n\n{kid.style('fl')} was seen in our clinic on {d_us(dd)} for {R.choice(['strep pharyngitis', 'influenza A', 'an asthma flare', 'a sprained ankle', 'acute gastroenteritis'])}. "
                  f"Please excuse {kid.pron()[1] if kid.sex != 'U' else 'their'} absence from {d_short(dd)} through {d_short(dd + datetime.timedelta(days=R.randint(2, 4)))}. "
                  f"{R.choice(['May return to school when fever-free for 24 hours.', 'No PE/gym for one week.', 'May use inhaler at school as needed.'])}\n\n{ped.full}, {ped.cred}\nRiverside Pediatrics")
        text = (f"Hello,\n\nHere is the school note you asked for at the visit. You can print it or forward it to the school office.\n\n{letter}")
        return dict(kind="clinical_note", frm=addr_of(ped), to=[(f"{R.choice(['Parent', 'Guardian'])} of {kid.first}", person().full.lower().replace(' ', '.') + "@" + R.choice(MAILDOMS))],
                    subject="School note", text=text, note="school excuse note for a named child with the diagnosis and visit date")
    plines = [f"Patient: {p.style('Lf')}   MRN: {p.mrn}", f"Date of service: {d_us(past())}   Provider: {md.full}, {md.cred}", "",
              "Chief complaint: follow-up", ""] + [f"{c}  {d}" for c, d in dxs] + ["", "Plan discussed with patient; questions answered."]
    text = f"Signed note for {p.style('fl')} attached for the outside records request.\n{sig(staff('HIM Specialist', 'Health Information Management', 'RHIT'))}"
    return dict(kind="clinical_note", frm=addr_of(staff("HIM Specialist", "Health Information Management", "RHIT")), to=[("Records", "records@prairiefamily.example.org")],
                subject="Records", text=text, style="m365", atts=[pdf_part("progress_note.pdf", "Progress Note", plines)],
                note="PDF progress note with name, MRN and diagnosis codes")


def k_discharge(i):
    p = patient(40, 95)
    hosp = prov("Internal Medicine")
    pcp = prov(R.choice(["Family Medicine", "Internal Medicine"]))
    adm = past(8, 20)
    dis = adm + datetime.timedelta(days=R.randint(2, 7))
    dx = R.choice([("I50.23", "Acute on chronic systolic heart failure"), ("J44.1", "COPD with acute exacerbation"),
                   ("J18.9", "Community-acquired pneumonia"), ("A41.9", "Sepsis, unspecified organism"),
                   ("S72.001A", "Fracture of right femoral neck"), ("N17.9", "Acute kidney injury"),
                   ("L03.115", "Cellulitis of right lower limb")])
    meds = R.sample(MEDS, 4)
    v = i % 6
    if v == 0:
        text = (f"DISCHARGE SUMMARY\n\nPatient: {p.style('LF')}\nDOB: {dob(p)}\nAdmit: {d_us(adm)}   Discharge: {d_us(dis)}\n"
                f"Attending: {hosp.full}, {hosp.cred}\nPCP: {pcp.full}\n\nPrincipal diagnosis: {dx[1]} ({dx[0]})\n"
                f"Hospital course: Treated with {R.choice(['IV diuresis', 'IV antibiotics', 'steroids and nebulizers', 'ORIF on hospital day 2'])}; "
                f"{R.choice(['improved steadily', 'course complicated by delirium, resolved', 'required 1 day in step-down'])}.\n\n"
                f"Discharge medications:\n" + "\n".join(f"- {m[0]} {m[1]} {m[2]}" for m in meds) +
                f"\n\nFollow-up: PCP within 7 days; labs (BMP) in 3-5 days.\nDisposition: {R.choice(['Home', 'Home with home health', 'Skilled nursing facility'])}\n")
        return dict(kind="discharge", frm=(f"Riverside Health HIM", f"him-noreply@{DOM}"), to=[addr_of(pcp)], subject=f"Discharge summary available",
                    text=text, note="discharge summary with name, DOB, diagnosis code, meds and follow-up")
    if v == 1:
        rn = staff("RN Care Coordinator", "Case Management", "RN, CCM")
        text = (f"Hi {dr(pcp)},\n\nQuick heads up - {p.style(R.choice(['title', 'fl']))} went home {d_long(dis)} after {R.randint(3, 6)} days with us for {dx[1].lower()}. "
                f"{p.pron()[0].capitalize()} lives alone and was confused about the new {meds[0][0]} dose. I set up a TOC call for Monday. "
                f"Can your office get {p.pron()[1]} in within 7 days? {p.pron()[0].capitalize()} prefers afternoons, daughter drives.\n\nThanks!\n{rn.first}{sig(rn)}")
        return dict(kind="discharge", frm=addr_of(rn), to=[addr_of(pcp)], subject="TOC - hospital follow up", text=text,
                    note="transitions-of-care nurse e-mail about a named patient's discharge and diagnosis")
    if v == 2:
        snf = ext_person("maplegrovesnf.example.org")
        cm = staff("Case Manager", "Case Management", "LCSW")
        q = (f"We reviewed the clinicals for {p.style('fl')} and can accept for skilled PT/OT. Need the signed H&P, last 48h MAR, "
             f"and COVID result. Bed available {d_long(dis)}.\n\n{snf.full}\nAdmissions, Maple Grove Rehabilitation")
        text = (f"Thanks {snf.first} - packet sent via fax. {p.style('title')} is medically ready; transport booked for 1400. "
                f"Note {p.pron()[0]} is on {meds[0][0]} {meds[0][1]} and needs a 2-person assist.\n\n{cm.full}, {cm.cred}\nCase Management, 5 West"
                + outlook_quote(f"{snf.full} <{snf.email}>", qdt(), f"{disp(cm)} <{cm.email}>", "Referral - Riverside 5W", q))
        return dict(kind="discharge", frm=addr_of(cm), to=[(snf.full, snf.email)], subject="RE: Referral - Riverside 5W", text=text,
                    note="SNF placement thread naming the patient, discharge plan and medication")
    if v == 3:
        plines = [f"Name: {p.style('fl')}      Date of birth: {dob(p, 'long')}", f"Discharged: {d_us(dis)} from Riverside Main Campus", "",
                  f"You were in the hospital for: {dx[1]}", "", "Your medicines:"] + [f"  {m[0]} {m[1]} - {m[2]}" for m in meds] + [
                  "", "Call your doctor or return if you have: shortness of breath, fever over 101, weight gain of 3 lb in a day.",
                  f"Follow-up appointment: {d_long(dis + datetime.timedelta(days=6))} with {pcp.full}"]
        text = f"Attached are your discharge instructions as promised. Please call 555-0142 with questions.\n\n{hosp.full}, {hosp.cred}"
        return dict(kind="discharge", frm=addr_of(hosp), to=[(p.full, p.email)], subject="Your instructions", text=text,
                    atts=[pdf_part("AVS_discharge.pdf", "After Visit Summary - Discharge Instructions", plines)],
                    note="PDF discharge instructions with name, DOB, diagnosis and medications")
    if v == 4:
        rows = ["Unit,Room,Patient,MRN,Discharge Time,Disposition,Follow-up Needed"]
        for _ in range(R.randint(5, 9)):
            q = patient(25, 95)
            rows.append(f"{R.choice(['4W', '5W', '6E', 'ICU', '3N'])},{R.randint(401, 640)},\"{q.style('Lf')}\",{q.mrn},{R.randint(9, 18)}:{R.choice(['00', '15', '30', '45'])},"
                        f"{R.choice(['Home', 'Home Health', 'SNF', 'Hospice', 'AMA'])},{R.choice(['PCP 7d', 'Cardiology 14d', 'Ortho 2wk', 'None'])}")
        text = f"Yesterday's discharge list for TOC calls is attached. AMA on 3N needs a same-day call.\n{sig(staff('RN Care Coordinator', 'Case Management', 'RN'))}"
        return dict(kind="discharge", frm=addr_of(staff("RN Care Coordinator", "Case Management", "RN")), to=[("TOC Team", f"toc@{DOM}")],
                    subject="discharges", text=text, atts=[att("csv", "discharges.csv", "\n".join(rows) + "\n")],
                    note="CSV of discharged patients with names, MRNs and disposition")
    hie = ("HIE Alerts", "alerts@prairiehie.example.org")
    inner_text = (f"ENCOUNTER NOTIFICATION\nEvent: Discharge\nFacility: St. Anne Regional (external)\nPatient: {p.style('LF')}\nDOB: {dob(p)}\n"
                  f"Discharge date: {d_us(dis)}\nDiagnosis: {dx[0]} {dx[1]}\nAttributed provider: {pcp.full}\n")
    inner = dict(frm=hie, to=[addr_of(pcp)], subject="Encounter notification", text=inner_text, style="ext", body_form="plain7")
    text = f"One of ours was discharged from St. Anne's - can you reach out for a TOC visit?\n\n{pcp.first}"
    return dict(kind="discharge", frm=addr_of(pcp), to=[("TOC Team", f"toc@{DOM}")], subject="FW: Encounter notification", text=text,
                atts=[rfc822_part(inner, "Encounter notification.eml")], note="forwarded HIE discharge notification (rfc822) with name, DOB, diagnosis")


def ics(summary, desc, start, minutes, loc, org, attendees):
    def t(dt):
        return f"{dt.year}{dt.month:02d}{dt.day:02d}T{dt.hour:02d}{dt.minute:02d}00"
    end = start + datetime.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Central Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{org[0]}\":mailto:{org[1]}"]
    for n, e in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{n}\":mailto:{e}")
    d = desc.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{d}", f"UID:040000008200E00074C5B7101A82E008000000{uid()}{uid()}",
              f"SUMMARY;LANGUAGE=en-US:{summary}", f"DTSTART;TZID=Central Standard Time:{t(start)}",
              f"DTEND;TZID=Central Standard Time:{t(end)}", "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250301T150000Z",
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=en-US:{loc}", "BEGIN:VALARM",
              "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:  # RFC 5545 folding at 75 octets
        while len(ln) > 75:
            out.append(ln[:75])
            ln = " " + ln[75:]
        out.append(ln)
    return "\n".join(out) + "\n"


def appt_dt():
    d = future(2, 35)
    return datetime.datetime(d.year, d.month, d.day, R.choice([7, 8, 9, 10, 13, 14, 15]), R.choice([0, 15, 30, 45]))


def k_appointment(i):
    p = patient(1, 90)
    md = prov()
    clinic = R.choice(CLINICS)
    when = appt_dt()
    v = i % 6
    proc = R.choice(["colonoscopy", "cardiac stress echo", "MRI of the lumbar spine", "right knee arthroscopy", "sleep study",
                     "EGD with biopsy", "DEXA scan", "chemotherapy infusion (cycle 3)", "new patient visit for thyroid nodule"])
    if v == 0:
        text = (f"Hello {p.style(R.choice(['f', 'fl']))},\n\nThis is a reminder of your upcoming appointment:\n\n"
                f"  {d_long(when)} at {when.hour % 12 or 12}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}\n  {md.full}, {md.cred} - {md.dept}\n  {clinic}\n  Visit type: {proc}\n\n"
                f"{R.choice(['Please arrive 15 minutes early and bring your medication list.', 'Nothing to eat or drink after midnight. You must have a driver.', 'Please complete your eCheck-In in RiversideConnect before you arrive.'])}\n\n"
                "Reply C to confirm or call 555-0100 to reschedule.\n\nRiverside Health")
        return dict(kind="appointment", frm=("Riverside Health Reminders", f"reminders@{DOM}"), to=[(p.full, p.email)],
                    subject=R.choice(["Appointment reminder", "Upcoming visit", "See you soon"]), text=text, style="portal",
                    note="appointment reminder to a named patient with specialty, clinic and procedure")
    if v == 1:
        rn = nurse(md.dept)
        desc = (f"Pre-procedure call: {p.style('lf')} - {proc}\nConfirm prep instructions, driver, anticoagulant hold "
                f"({R.choice(['apixaban', 'warfarin', 'clopidogrel', 'none'])}).\nCallback {p.phone}")
        text = (f"Pre-procedure call: {p.style('lf')} - {proc}\nWhen: {d_long(when)}\nWhere: Microsoft Teams / phone\n\n{desc}")
        return dict(kind="appointment", frm=addr_of(rn), to=[addr_of(md)], subject=f"Pre-op call - {p.style('lf')}",
                    text=text, ics=ics(f"Pre-op call - {p.style('lf')}", desc, when, 15, "Phone", addr_of(rn), [addr_of(md)]),
                    note="calendar invitation (text/calendar) naming the patient and the procedure")
    if v == 2:
        req = nurse(md.dept)
        text = (f"Interpreter request\n\nLanguage: {p.lang}\nPatient: {p.style('fl')}\nDate/time: {d_long(when)} {when.hour:02d}:{when.minute:02d}\n"
                f"Location: {clinic}\nVisit: {proc} with {md.full}\nModality: {R.choice(['In person', 'Video (VRI)', 'Phone'])}\n"
                f"Notes: {R.choice(['Patient prefers a female interpreter.', 'Family member should not interpret.', 'Consent discussion - please allow 60 min.'])}\n\n{req.full}{sig(req)}")
        return dict(kind="appointment", frm=addr_of(req), to=[("Interpreter Services", f"interpreters@{DOM}")], subject="Interpreter needed",
                    text=text, note="interpreter request for a named patient's visit, with procedure and clinic")
    if v == 3:
        text = (f"Hi, this is {p.style(R.choice(['lower', 'fl', 'nick']))}. I have my {proc} on {d_short(when)} but my work schedule changed, "
                f"can I move it to the week after? Also do I still take my {R.choice(MEDS)[0]} the morning of? Thank you\n\n"
                f"{p.first}\n{p.phone}\n\nSent from Yahoo Mail for Android")
        return dict(kind="appointment", frm=(p.full, p.email), to=[(f"{md.dept} Scheduling", f"scheduling@{DOM}")], subject="reschedule",
                    text=text, style="gmail", note="patient asks to reschedule a named procedure; name + procedure")
    if v == 4:
        sch = staff("Scheduler", md.dept, "")
        what = R.choice(["an infusion chair Thursday for IV iron", "Saturday dialysis, chair 6, while the family is out of town",
                         "the 7:30 cath lab slot for a diagnostic cath", "a 40-minute slot for a wound check and debridement"])
        text = (f"Hi team,\n\nCan we add {p.style(R.choice(['title', 'lf', 'fl']))} to {what}? {dr(md)} approved. "
                f"{p.pron()[0].capitalize()} is aware and has a ride.\n\nThanks,\n{sch.first}"
                + outlook_quote(f"{disp(md)} <{md.email}>", qdt(), f"{disp(sch)} <{sch.email}>",
                                "add-on", f"ok to add {p.style('f')} - see my note from today.\n{md.first}"))
        return dict(kind="appointment", frm=addr_of(sch), to=[(f"{md.dept} Front Desk", f"frontdesk.{md.dept.lower().replace(' ', '').replace('/', '')}@{DOM}")],
                    subject="RE: add-on", text=text, note="scheduling thread adding a named patient to a treatment/procedure slot")
    rows = ["Time,Patient,Phone,Provider,Visit Type,Language"]
    for _ in range(R.randint(6, 10)):
        q = patient(1, 90)
        rows.append(f"{R.randint(7, 16):02d}:{R.choice(['00', '20', '40'])},\"{q.style('lf')}\",{q.phone},{md.style('lf').replace(',', '')},"
                    f"{R.choice(['F/U diabetes', 'New OB', 'Well child', 'Post-op check', 'Colonoscopy consult', 'Depression f/u'])},{R.choice(['English', 'English', q.lang])}")
    text = f"Tomorrow's reminder call list is attached (clinic closed at noon Friday).\n{sig(staff('Scheduler', md.dept, ''))}"
    return dict(kind="appointment", frm=addr_of(staff("Scheduler", md.dept, "")), to=[("Front Desk", f"frontdesk@{DOM}")], subject="call list",
                text=text, atts=[att("csv", "reminder_calls.csv", "\n".join(rows) + "\n")],
                note="CSV of named patients, phones and visit types for reminder calls")


def k_medication(i):
    p = patient(18, 92)
    md = prov()
    m = R.choice(MEDS)
    v = i % 6
    if v == 0:
        ph = R.choice(["Mid-Valley Pharmacy", "Corner Drug #0412", "HealthMart on Main", "Lakeside Apothecary"])
        plines = [f"{ph} - REFILL AUTHORIZATION REQUEST", f"Fax to: {md.full}, {md.cred}   NPI {md.npi}", "",
                  f"Patient: {p.style('LF')}   DOB: {dob(p)}", f"Address: {p.addr[0]}, {p.addr[1]}, {p.addr[2]} {p.addr[3]}", "",
                  f"Medication: {m[0]} {m[1]}", f"Sig: {m[2]}", f"Qty: {R.choice([30, 60, 90, 180])}   Last fill: {d_us(past(20, 40))}   Refills remaining: 0", "",
                  "[ ] Approved  refills: ____     [ ] Denied - reason: ______________", "Prescriber signature: ____________________"]
        text = (f"eFax received from {ph}\nPages: 1\nReceived: {sent_line(qdt())}\n\nThe fax is attached as a PDF.")
        return dict(kind="medication", frm=(f"{ph} via eFax", "noreply@efax.example.org"), to=[(f"{md.dept} Refills", f"refills@{DOM}")],
                    subject=f"Fax received - {R.randint(1, 2)} page(s)", text=text, style="fax",
                    atts=[pdf_part("refill_request.pdf", "Refill Authorization Request", plines)],
                    note="pharmacy refill request fax (PDF) with patient name, DOB, drug and dose")
    if v == 1:
        text = (f"hello, i need a refill on my {m[0]} {m[1].replace(' ', '')} please, i only have {R.randint(1, 4)} left. "
                f"pharmacy is the walgreens on {R.choice(STREETS)}. also the {R.choice(MEDS)[0]} makes me dizzy is that normal\n\n"
                f"- {p.style(R.choice(['lower', 'f', 'fl']))}\n\nSent from my iPhone")
        return dict(kind="medication", frm=(p.first.lower(), p.email), to=[(f"{md.dept} Nurse Line", f"nurseline@{DOM}")],
                    subject=R.choice(["refill", "Refill please", "meds"]), text=text, style="gmail",
                    note="patient-written refill request naming self, drug and dose")
    if v == 2:
        inr = round(R.uniform(1.4, 4.6), 1)
        rn = staff("RN", "Anticoagulation Clinic", "RN")
        text = (f"{p.style('lf')} - INR today {inr} (goal 2.0-3.0).\n\nNew warfarin plan: {R.choice(['5 mg daily except 7.5 mg Mon/Fri', 'hold tonight, then 2.5 mg daily', '7.5 mg daily'])}. "
                f"Recheck INR in {R.choice(['1 week', '5 days', '2 weeks'])}. Patient notified by phone and verbalized understanding; "
                f"reports {R.choice(['no bleeding', 'one nosebleed last week', 'started amoxicillin from dentist'])}.\n\n{rn.full}, RN\nAnticoagulation Clinic")
        return dict(kind="medication", frm=addr_of(rn), to=[addr_of(md)], subject="INR", text=text,
                    note="anticoagulation clinic note: named patient, INR, warfarin dose change")
    if v == 3:
        meds = R.sample(MEDS, 5)
        trs = "\n".join(f"<tr><td>{h(a)}</td><td>{h(b)}</td><td>{h(c)}</td><td>{R.choice(['Continue', 'Continue', 'STOP', 'Changed'])}</td></tr>" for a, b, c in meds)
        html = html_wrap(f"<p>Med rec for <b>{h(p.style('fl'))}</b>, DOB&nbsp;{spanned_dob(p)}, completed with patient and daughter.</p>"
                         f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Drug</th><th>Dose</th><th>Directions</th><th>Action</th></tr>\n{trs}\n</table>"
                         "<p>Please reconcile the duplicate statin before discharge.</p>")
        text = (f"Med rec for {p.style('fl')}, DOB {dob(p)}, completed with patient and daughter.\n\n" +
                "\n".join(f"{a} {b} {c}" for a, b, c in meds) + "\n\nPlease reconcile the duplicate statin before discharge.")
        ph = staff("Clinical Pharmacist", "Pharmacy", "PharmD")
        return dict(kind="medication", frm=addr_of(ph), to=[addr_of(md)], subject="Med rec", text=text, html=html,
                    body_form=R.choice(["html", "alt"]), note="medication reconciliation table for a named patient (span-split DOB)")
    if v == 4:
        payload = {"messageType": "RxChangeRequest", "messageId": guid(), "sentTime": "2025-03-02T14:11:09Z",
                   "pharmacy": {"name": "Mid-Valley Pharmacy", "ncpdpId": str(R.randint(1000000, 9999999)), "phone": "217-555-0163"},
                   "prescriber": {"name": md.full, "npi": md.npi},
                   "patient": {"lastName": p.last, "firstName": p.first, "dateOfBirth": dob(p, "iso"), "gender": p.sex,
                               "address": {"line1": p.addr[0], "city": p.addr[1], "state": p.addr[2], "zip": p.addr[3]}},
                   "medicationPrescribed": {"drug": f"{m[0]} {m[1]}", "sig": m[2], "quantity": 90, "daysSupply": 90},
                   "changeReason": R.choice(["Therapeutic interchange - formulary", "Drug shortage", "Prior authorization required"]),
                   "medicationRequested": {"drug": f"{R.choice(MEDS)[0]}", "quantity": 90}}
        text = (f"The interface queue rejected this RxChange because the prescriber NPI is not mapped to a department. "
                f"Payload attached - can pharmacy informatics re-route it to {dr(md)}?\n{sig(staff('Analyst', 'Pharmacy Informatics', ''))}")
        return dict(kind="medication", frm=addr_of(staff("Analyst", "Pharmacy Informatics", "")), to=[("Pharmacy Informatics", f"rxinformatics@{DOM}")],
                    subject="RxChange stuck in queue", text=text, atts=[att("json", "rxchange.json", json.dumps(payload, indent=2))],
                    note="JSON RxChange payload with patient name, DOB, address and drug")
    rn = nurse(md.dept)
    q = (f"Pharmacy called - {p.style('title')}'s {m[0]} {m[1]} needs a prior auth now, {p.pron()[0]} has {R.randint(2, 5)} days left. "
         f"Do you want to switch to {R.choice(MEDS)[0]} or should I start the PA?")
    text = (f"Start the PA please, and give {p.pron()[1]} samples if we have them. {p.pron()[0].capitalize()} failed the alternative last year.\n{md.first}"
            + outlook_quote(f"{disp(rn)} <{rn.email}>", qdt(), f"{disp(md)} <{md.email}>", "pharmacy call", q))
    return dict(kind="medication", frm=addr_of(md), to=[addr_of(rn)], subject="RE: pharmacy call", text=text,
                label=("phi", "Confidential PHI") if R.random() < 0.4 else None,
                note="reply chain about a named patient's drug, dose and coverage")


def k_registration(i):
    p = patient(18, 88)
    pa = staff("Patient Access Rep", "Patient Access", "")
    v = i % 5
    if v == 0:
        plines = ["PATIENT REGISTRATION / INTAKE", "", f"Legal name: {p.style('LF')}   Preferred name: {NICK.get(p.first, p.first)}",
                  f"Date of birth: {dob(p)}   Sex: {p.sex}   SSN: {p.ssn}", f"Address: {p.addr[0]}", f"          {p.addr[1]}, {p.addr[2]} {p.addr[3]}",
                  f"Phone: {p.phone}   E-mail: {p.email}", f"Preferred language: {R.choice(['English', p.lang])}", "",
                  f"Primary insurance: Riverside Health Plan   Member ID: {p.member}", f"Guarantor: Self   Employer: {R.choice(['Kenosha Unified', 'Acme Freight', 'Retired', 'Self-employed'])}",
                  f"Emergency contact: {person().full} ({R.choice(['spouse', 'daughter', 'brother', 'friend'])}) {phone()}", "",
                  "Patient signature on file."]
        text = f"Completed intake packet attached for scanning (walk-in at {R.choice(['Eastgate', 'Northpoint', 'Westfield'])}).\n\n{pa.full}\nPatient Access"
        return dict(kind="registration", frm=addr_of(pa), to=[("HIM Scanning", f"scanning@{DOM}")], subject="intake packet", text=text,
                    atts=[pdf_part("intake.pdf", "Riverside Health - Registration Form", plines)], note="PDF intake form with SSN, DOB, address, member id")
    if v == 1:
        html = html_wrap(f"<p>Registration summary:</p><table cellpadding=\"3\">"
                         f"<tr><td>Name</td><td>{h(p.style('lf'))}</td></tr>"
                         f"<tr><td>DOB</td><td>{spanned_dob(p)}</td></tr>"
                         f"<tr><td>SSN</td><td><span>{p.ssn[:3]}</span>-<span>{p.ssn[4:6]}</span>-<span>{p.ssn[7:]}</span></td></tr>"
                         f"<tr><td>Address</td><td>{h(p.addr[0])}<br>{h(p.addr[1])},&nbsp;{p.addr[2]}&nbsp;{p.addr[3]}</td></tr>"
                         f"<tr><td>Phone</td><td>{p.phone}</td></tr></table>"
                         f"<p>Please verify before the {R.choice(['MRI', 'surgery', 'infusion', 'new patient visit'])} on {d_short(future())}.</p>")
        text = (f"Registration summary:\nName: {p.style('lf')}\nDOB: {dob(p)}\nSSN: {p.ssn}\nAddress: {p.addr[0]}, {p.addr[1]}, {p.addr[2]} {p.addr[3]}\n"
                f"Phone: {p.phone}\n\nPlease verify before the visit.")
        return dict(kind="registration", frm=addr_of(pa), to=[("Pre-Registration", f"prereg@{DOM}")], subject="Pre-reg", text=text, html=html,
                    body_form=R.choice(["html", "alt"]), note="HTML registration summary with span-split DOB and SSN")
    if v == 2:
        wrong = ssn()
        text = (f"Hi HIM team,\n\nPlease correct the SSN on {p.style('LF')} (DOB {dob(p)}, MRN {p.mrn}). It was keyed as {wrong}; the card "
                f"shows {p.ssn}. Patient is scheduled for {R.choice(['labs', 'a mammogram', 'PT'])} Friday so claims will bounce if this isn't fixed.\n\n{pa.full}{sig(pa)}")
        return dict(kind="registration", frm=addr_of(pa), to=[("HIM Data Integrity", f"him.di@{DOM}")], subject="demographic correction",
                    text=text, note="registration correction with name, DOB, MRN and SSN")
    if v == 3:
        payload = {"source": "kiosk-eastgate-03", "checkinId": R.randint(100000, 999999), "timestamp": "2025-02-27T08:41:17-06:00",
                   "patient": {"name": {"given": p.first, "family": p.last, "middle": p.mi}, "birthDate": dob(p, "iso"),
                               "ssnLast4": p.ssn[-4:], "ssn": p.ssn, "address": ", ".join(p.addr[:3]) + " " + p.addr[3],
                               "phone": p.phone},
                   "coverage": {"payer": "Riverside Health Plan", "memberId": p.member},
                   "visit": {"department": R.choice(DEPTS), "reason": R.choice(["follow-up", "new patient", "lab only"])}}
        text = ("Kiosk check-ins from Eastgate are creating duplicate guarantor accounts since Monday's update. Sample payload "
                f"attached (real patient, so handle accordingly).\n\nTicket INC{R.randint(1000000, 9999999)}\n{sig(staff('Analyst', 'IT Applications', ''))}")
        return dict(kind="registration", frm=addr_of(staff("Analyst", "IT Applications", "")), to=[("Registration Applications", f"regapps@{DOM}")],
                    subject="kiosk duplicates", text=text, atts=[att("json", "checkin_payload.json", json.dumps(payload, indent=2))],
                    note="JSON kiosk check-in with name, DOB, SSN, address and member id")
    fc = staff("Financial Counselor", "Patient Financial Services", "")
    text = (f"{p.style('fl')} dropped off the charity care application. Household of {R.randint(1, 6)}, income below 200% FPL. "
            f"SSN {p.ssn}, DOB {dob(p, 'short')}, address {p.addr[0]}, {p.addr[1]}. Balance is for the ED visit in {MONTHS[R.randint(0, 1)]}. "
            f"Can you run the presumptive eligibility check?\n\n{fc.full}\nFinancial Counseling")
    return dict(kind="registration", frm=addr_of(fc), to=[("Financial Assistance", f"finaid@{DOM}")], subject="FAP application", text=text,
                note="charity-care application e-mail with name, SSN, DOB, address and ED visit")


def k_billing_claim(i):
    p = patient(18, 90)
    md = prov()
    c = R.choice(CPT)
    dx = R.choice(DX)
    dos = past(15, 60)
    billed = R.randint(180, 4200)
    allowed = int(billed * R.uniform(0.35, 0.8))
    v = i % 6
    clm = f"{R.randint(2025000000, 2025999999)}{R.randint(10, 99)}"
    if v == 0:
        plines = ["RIVERSIDE HEALTH PLAN - EXPLANATION OF BENEFITS", "THIS IS NOT A BILL", "", f"Member: {p.style('fl')}",
                  f"Member ID: {p.member}   Group: {R.randint(10000, 99999)}", f"Claim number: {clm}   Provider: {md.full}", "",
                  "Date      Service                                   Billed     Allowed   Plan paid  You owe"]
        owe = R.randint(0, allowed // 3)
        plines.append(f"{d_us(dos)} {c[0]} {c[1][:36]:<36} ${billed:>8.2f} ${allowed:>8.2f} ${allowed - owe:>8.2f} ${owe:>7.2f}")
        plines += ["", f"Diagnosis: {dx[0]}", "Remark N130: Consult plan benefit documents for information about restrictions."]
        text = (f"Dear {p.style('title')},\n\nA new Explanation of Benefits is available for a claim processed on {d_us(past(1, 10))}. "
                "The EOB is attached as a PDF for your records.\n\nRiverside Health Plan Member Services\n1-800-555-0199 (TTY 711)")
        return dict(kind="billing_claim", frm=("Riverside Health Plan", "eob@riversidehealthplan.example.org"), to=[(p.full, p.email)],
                    subject="Your Explanation of Benefits", text=text, style="ext",
                    atts=[pdf_part(f"EOB_{clm}.pdf", "Explanation of Benefits", plines)], note="EOB PDF with member name, member id, CPT, ICD and amounts")
    if v == 1:
        plines = ["PRIOR AUTHORIZATION DETERMINATION", "", f"Member: {p.style('LF')}   DOB: {dob(p)}   Member ID: {p.member}",
                  f"Requesting provider: {md.full}, {md.cred} (NPI {md.npi})", f"Service: {c[0]} {c[1]}", f"Diagnosis: {dx[0]} {dx[1]}", "",
                  f"Decision: {R.choice(['APPROVED', 'APPROVED', 'PARTIALLY APPROVED'])}   Auth #: PA{R.randint(10000000, 99999999)}",
                  f"Valid: {d_us(REF)} - {d_us(REF + datetime.timedelta(days=90))}   Units: {R.randint(1, 12)}",
                  "This approval is not a guarantee of payment; benefits are subject to eligibility on the date of service."]
        text = (f"Please find the determination attached for your patient. Reference {clm[:8]}.\n\nUtilization Management\nRiverside Health Plan\n{DISCLAIMERS[1]}")
        return dict(kind="billing_claim", frm=("RHP Utilization Management", "um@riversidehealthplan.example.org"),
                    to=[(f"{md.dept} Prior Auth", f"priorauth@{DOM}")], subject="Determination letter", text=text, style="ext",
                    atts=[pdf_part("PA_determination.pdf", "Riverside Health Plan", plines)], note="prior authorization approval PDF with member name, DOB, id, CPT and ICD")
    if v == 2:
        reason = R.choice(["not medically necessary based on submitted documentation", "conservative therapy of 6 weeks not documented",
                           "service requires prior authorization, none on file", "out-of-network provider without referral"])
        html = html_wrap(f"<p>Dear {h(p.style('title'))}:</p><p>We reviewed the request for <b>{c[0]} &ndash; {h(c[1])}</b> "
                         f"for diagnosis {dx[0]} ({h(dx[1])}). The request is <b>denied</b>: {h(reason)}.</p>"
                         f"<p>Member ID: {p.member}<br>Date of service: {d_us(dos)}</p>"
                         "<p>You have 180 days to appeal. Call Member Services at 1-800-555-0199.</p>")
        text = (f"Dear {p.style('title')}:\n\nWe reviewed the request for {c[0]} - {c[1]} for diagnosis {dx[0]} ({dx[1]}). "
                f"The request is denied: {reason}.\n\nMember ID: {p.member}\nDate of service: {d_us(dos)}\n\nYou have 180 days to appeal.")
        return dict(kind="billing_claim", frm=("Riverside Health Plan Appeals", "appeals@riversidehealthplan.example.org"), to=[(p.full, p.email)],
                    subject="Notice of adverse benefit determination", text=text, html=html, style="ext",
                    note="payer denial letter to a named member with member id, CPT and ICD")
    if v == 3:
        rows = ["ClaimID,PatientName,MemberID,DOS,CPT,ICD10,Billed,Paid,Adj Reason"]
        for _ in range(R.randint(5, 9)):
            q = patient(18, 90)
            cc, dd = R.choice(CPT), R.choice(DX)
            b = R.randint(90, 3000)
            rows.append(f"{R.randint(2025000000, 2025999999)},\"{q.style('LF')}\",{q.member},{d_us(past(20, 80))},{cc[0]},{dd[0]},{b}.00,{int(b * 0.6)}.00,{R.choice(['CO-45', 'PR-1', 'PR-2', 'CO-97', 'CO-16'])}")
        text = f"835 summary from this week's remit is attached; three CO-16 denials need rework.\n{sig(staff('Billing Specialist', 'Revenue Cycle', 'CPC'))}"
        return dict(kind="billing_claim", frm=addr_of(staff("Billing Specialist", "Revenue Cycle", "CPC")), to=[("Denials Team", f"denials@{DOM}")],
                    subject="remit", text=text, atts=[att("csv", "remit_summary.csv", "\n".join(rows) + "\n")],
                    note="CSV remittance with patient names, member ids, CPT and ICD codes")
    if v == 4:
        text = (f"Hello,\n\nI got a bill for ${billed}.00 for my {R.choice(['colonoscopy', 'MRI', 'ER visit', 'sleep study'])} on {d_us(dos)}. "
                f"My insurance is Riverside Health Plan (member # {p.member}) and they told me it should have been covered as preventive. "
                f"Can someone look at this before it goes to collections?\n\n{p.style(R.choice(['fl', 'fml']))}\n{p.phone}")
        return dict(kind="billing_claim", frm=(p.full, p.email), to=[("Patient Billing", f"billing@{DOM}")], subject="bill question", text=text,
                    style="gmail", note="patient billing dispute naming self, member id, service and amount")
    coder = staff("Coding Specialist", "Health Information Management", "CCS")
    text = (f"{dr(md)},\n\nFor {p.style('lf')} (acct {R.randint(10000000, 99999999)}, DOS {d_us(dos)}) the note supports {c[0]} but the diagnosis "
            f"entered was {dx[0]} ({dx[1]}). Can you clarify whether {R.choice(DX)[0]} is also being treated? The claim is on hold until we hear back.\n\n{coder.full}, {coder.cred}\nCoding Query #{R.randint(10000, 99999)}")
    return dict(kind="billing_claim", frm=addr_of(coder), to=[addr_of(md)], subject="Coding query", text=text,
                note="coder query on a named patient's claim with CPT/ICD codes")


def hl7_msg(p, typ, md):
    ts = f"2025{R.randint(1, 2):02d}{R.randint(10, 28)}{R.randint(10, 23)}{R.randint(10, 59)}00"
    seg = [f"MSH|^~\\&|EPIC|RIVERSIDE|{R.choice(['LAB', 'RADIANT', 'CLOVERLEAF', 'HIE'])}|RHMAIN|{ts}||{typ}|{uid()}|P|2.5.1",
           f"EVN|{typ.split('^')[1]}|{ts}" if typ.startswith("ADT") else None,
           f"PID|1||{p.mrn}^^^RH^MR~{p.ssn.replace('-', '')}^^^SSA^SS||{p.style('hl7')}||{dob(p, 'hl7')}|{p.sex}|||{ascii_fold(p.addr[0]).upper()}^^{p.addr[1].upper()}^{p.addr[2]}^{p.addr[3]}||{p.phone}",
           f"PV1|1|{R.choice(['I', 'O', 'E'])}|{R.choice(['5W^512^A', '4W^408^B', 'ED^12^', 'CLIN^^'])}^RIVERSIDE||||{md.npi}^{ascii_fold(md.last).upper()}^{ascii_fold(md.first).upper()}^^^^MD"]
    if typ.startswith("ORU"):
        seg.append(f"ORC|RE|{R.randint(1000000, 9999999)}|{R.randint(1000000, 9999999)}")
        labs = lab_values(3)
        seg.append(f"OBR|1|{R.randint(1000000, 9999999)}|{R.randint(1000000, 9999999)}|24323-8^Comprehensive metabolic panel^LN|||{ts}")
        for n, (nm, loinc, unit, rng, val) in enumerate(labs):
            seg.append(f"OBX|{n + 1}|NM|{loinc}^{nm}^LN||{val}|{unit}|{rng}|{flag(val, rng)}|||F")
    elif typ.startswith("SIU"):
        seg.insert(1, f"SCH||{R.randint(100000, 999999)}|||||{R.choice(['FOLLOWUP', 'NEWPT', 'PROC'])}|||30|MIN")
    else:
        dx = R.choice(DX)
        seg.append(f"DG1|1||{dx[0]}^{dx[1]}^I10||{ts}|A")
    return "\n".join(s for s in seg if s) + "\n"


def k_hl7(i):
    p = patient(1, 95)
    md = prov()
    an = staff("Integration Analyst", "Interface Team", "")
    typ = R.choice(["ADT^A01^ADT_A01", "ADT^A03^ADT_A03", "ADT^A08^ADT_A01", "ORU^R01^ORU_R01", "SIU^S12^SIU_S12", "ADT^A04^ADT_A01"])
    msg = hl7_msg(p, typ, md)
    v = i % 3
    err = R.choice(["PID-3 repetition 2 rejected by receiver (SS not allowed)", "PV1-3 location not mapped", "OBX-6 unit not in master file",
                    "AE: duplicate control id", "message timed out waiting for ACK"])
    if v == 0:
        text = (f"Engine alert on {R.choice(['RH_ADT_OUT', 'LAB_ORU_IN', 'HIE_FEED', 'SCHED_SIU_OUT'])}: {err}.\nFailed message attached (er7). "
                f"Resending after the map fix.\n\nTicket INC{R.randint(1000000, 9999999)}\n{an.full}")
        return dict(kind="hl7", frm=addr_of(an), to=[("Interface Team", f"interfaces@{DOM}")], subject="engine error",
                    text=text, atts=[att("hl7", f"failed_{uid()}.hl7", msg)], note="HL7 v2 " + typ.split("^")[0] + "^" + typ.split("^")[1] + " attachment with PID (name, DOB, MRN, SSN)")
    if v == 1:
        text = f"Seeing this one in the error queue, pasting below:\n\n{msg}\nAny idea why {err.split(' ')[0]} is failing?\n{an.first}"
        return dict(kind="hl7", frm=addr_of(an), to=[addr_of(staff("Integration Engineer", "Interface Team", ""))], subject="error queue",
                    text=text, body_form=R.choice(["plain7", "qp"]), note="HL7 v2 message pasted in the body with a full PID segment")
    text = f"Sample from prod for the vendor's testing sign-off (approved by privacy).\n{sig(an)}"
    return dict(kind="hl7", frm=addr_of(an), to=[("Vendor Support", "support@cloverleafvendor.example.org")], subject="sample message",
                text=text, style="m365", atts=[att("hl7txt", "sample.hl7", msg)], label=("phi", "confidential-phi") if R.random() < 0.5 else None,
                note="text/plain .hl7 attachment with a production PID segment")


def ccda_xml(p, with_mrn=True):
    dxs = R.sample(DX, 3)
    meds = R.sample(MEDS, 3)
    idl = f'<id root="2.16.840.1.113883.3.9999.1" extension="{p.mrn}" assigningAuthorityName="Riverside Health"/>' if with_mrn else f'<id nullFlavor="UNK"/>'
    probs = "\n".join(f'          <entry><observation classCode="OBS" moodCode="EVN"><code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>'
                      f'<value xsi:type="CD" code="{c}" codeSystem="2.16.840.1.113883.6.90" displayName="{h(d)}"/></observation></entry>' for c, d in dxs)
    medx = "\n".join(f"          <tr><td>{h(a)} {h(b)}</td><td>{h(c)}</td></tr>" for a, b, c in meds)
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="{guid()}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250301090000-0600"/>
  <recordTarget>
    <patientRole>
      {idl}
      <addr use="HP"><streetAddressLine>{h(p.addr[0])}</streetAddressLine><city>{p.addr[1]}</city><state>{p.addr[2]}</state><postalCode>{p.addr[3]}</postalCode></addr>
      <telecom use="HP" value="tel:{p.phone}"/>
      <patient>
        <name use="L"><given>{h(p.first)}</given><given>{p.mi}</given><family>{h(p.last)}</family></name>
        <administrativeGenderCode code="{p.sex if p.sex != 'U' else 'UN'}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{dob(p, 'hl7')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component>
    <structuredBody>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
          <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
          <title>Problems</title>
{probs}
        </section>
      </component>
      <component>
        <section>
          <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
          <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
          <title>Medications</title>
          <text><table><thead><tr><th>Medication</th><th>Directions</th></tr></thead><tbody>
{medx}
          </tbody></table></text>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
'''


def k_ccda(i):
    p = patient(1, 95)
    md = prov()
    v = i % 4
    xml = ccda_xml(p, with_mrn=(v != 1))
    if v == 0:
        text = (f"This message was sent via Direct secure messaging.\n\nFrom: {ext_person('direct.lakeshoreclinic.example.org').full}\n"
                f"Document: Continuity of Care Document (1 attachment)\n\nPlease reconcile into the chart before the visit on {d_short(future())}.")
        return dict(kind="ccda", frm=("Direct Messaging", f"direct-inbound@direct.{DOM}"), to=[addr_of(md)], subject="Direct message received",
                    text=text, style="ext", atts=[att("xml", "CCD.xml", xml)], note="C-CDA XML attachment with <patient> name, DOB, address, problems and MRN")
    if v == 1:
        text = (f"HIE query returned an outside CCD for {p.style('lf')} - no Riverside MRN on it yet, matched on name/DOB. "
                f"Attaching for the nephrology consult.\n{sig(nurse(md.dept))}")
        return dict(kind="ccda", frm=addr_of(STAFF_LAST[0]), to=[addr_of(md)], subject="outside records", text=text,
                    atts=[att("xml", "outside_ccd.xml", xml, b64=False)], note="C-CDA (text/xml) from HIE with name/DOB/problems, no MRN")
    if v == 2:
        inner = dict(frm=("Prairie HIE", "documents@prairiehie.example.org"), to=[addr_of(md)], subject="Document available",
                     text="A clinical document is attached.", style="ext", body_form="plain7", atts=[att("xml", "ccda.xml", xml)])
        text = f"Forwarding - this came to my inbox but the patient is yours.\n{md.first}"
        return dict(kind="ccda", frm=addr_of(prov()), to=[addr_of(md)], subject="FW: Document available", text=text,
                    atts=[rfc822_part(inner, "Document available.eml")], note="forwarded message containing a C-CDA with patient demographics and problems")
    text = f"Transition of care summary for {p.style('fl')} attached (C-CDA R2.1).\n\nRiverside Health HIM{disclaimer(0.8)}"
    return dict(kind="ccda", frm=("Riverside HIM", f"him@{DOM}"), to=[("Records", "records@maplegrovesnf.example.org")], subject="TOC summary",
                text=text, atts=[att("xml", "toc_summary.xml", xml)], note="outbound C-CDA transition summary with patient name and MRN")


def k_imaging(i):
    p = patient(25, 92)
    md = prov()
    rad = staff("MD", "Radiology", "MD")
    study = R.choice([("CT chest without contrast", "8 mm solid nodule right upper lobe; Lung-RADS 4A. Recommend 3-month LDCT."),
                      ("MRI lumbar spine without contrast", "L4-5 broad-based disc protrusion with moderate left foraminal stenosis contacting the exiting L4 nerve root."),
                      ("US abdomen complete", "Cholelithiasis without sonographic evidence of acute cholecystitis. Hepatic steatosis."),
                      ("CTA chest (PE protocol)", "Acute pulmonary emboli in the right lower lobe segmental arteries. RV/LV ratio 1.1."),
                      ("XR chest 2 views", "Right lower lobe consolidation concerning for pneumonia. No effusion."),
                      ("CT head without contrast", "No acute intracranial hemorrhage. Chronic small vessel ischemic change."),
                      ("DEXA", "Lumbar spine T-score -2.8; left femoral neck T-score -2.4. Osteoporosis.")])
    v = i % 5
    if v == 0:
        birads = R.choice(["0 - Incomplete: additional imaging needed", "3 - Probably benign: 6-month follow-up", "4 - Suspicious: biopsy recommended"])
        text = (f"{p.style('fml')}\n{p.addr[0]}\n{p.addr[1]}, {p.addr[2]} {p.addr[3]}\n\nDear {p.style('title')},\n\nYour mammogram on {d_us(past())} "
                f"has been reviewed by {rad.full}, {rad.cred}. Result: BI-RADS {birads}.\n\nPlease call the Breast Center at 555-0131 to schedule "
                "your next step. Dense breast tissue can make cancer harder to see on a mammogram.\n\nRiverside Breast Imaging")
        return dict(kind="imaging", frm=("Riverside Breast Imaging", f"breastimaging@{DOM}"), to=[(p.full, p.email)], subject="Your mammogram result",
                    text=text, style="portal", note="mammography result letter with patient name, address and BI-RADS category")
    if v == 1:
        text = (f"{dr(md)},\n\nFYI report below for {p.style(R.choice(['lf', 'title']))}.\n\nEXAM: {study[0]}\nCLINICAL: {R.choice(DX)[1]}\n"
                f"IMPRESSION: {study[1]}\n\nElectronically signed by {rad.full}, {rad.cred}\n\n{staff('Radiology Coordinator', 'Radiology', '').first}")
        return dict(kind="imaging", frm=addr_of(staff("Radiology Coordinator", "Radiology", "")), to=[addr_of(md)], subject="report",
                    text=text, note="radiology impression for a named patient sent to ordering provider")
    if v == 2:
        text = (f"CRITICAL RESULT NOTIFICATION\n\nPatient: {p.style('LF')}  MRN: {p.mrn}\nExam: {study[0]}  Accession: {R.randint(10000000, 99999999)}\n"
                f"Finding: {study[1]}\nCommunicated to: {md.full} by {rad.full} at {R.randint(10, 23)}:{R.randint(10, 59)} (read-back confirmed)\n")
        return dict(kind="imaging", frm=("Radiology Critical Results", f"radcrit@{DOM}"), to=[addr_of(md)], subject="Critical result",
                    text=text, label=("phi", "Confidential - PHI") if R.random() < 0.5 else None, note="critical imaging finding with name and MRN")
    if v == 3:
        plines = [f"Patient: {p.style('LF')}   DOB: {dob(p)}", f"Exam: {study[0]}   Date: {d_us(past())}", f"Ordering: {md.full}", "",
                  "FINDINGS:", study[1], "", "IMPRESSION:", study[1].split(".")[0] + ".", "", f"Signed: {rad.full}, {rad.cred}"]
        on = nurse("Orthopedics")
        text = f"Outside imaging report attached for {p.style('title')}'s pre-op file.\n{sig(on)}"
        return dict(kind="imaging", frm=addr_of(on), to=[("Pre-Op Clinic", f"preop@{DOM}")], subject="imaging for pre-op",
                    text=text, atts=[pdf_part("imaging_report.pdf", "Radiology Report", plines)], note="PDF radiology report with name, DOB and findings")
    text = (f"{rad.full} shared images with you.\n\nPatient: {p.style('lf')}\nStudy: {study[0]} ({d_us(past())})\n"
            f"Comment: \"{R.choice(['Please look at the comparison from 2023, I think it has grown.', 'Tumor board Thursday - can you review?', 'Curbside on this one?'])}\"\n\n"
            "Open in Riverside Image Share (link expires in 7 days).")
    return dict(kind="imaging", frm=("Riverside Image Share", f"imageshare@{DOM}"), to=[addr_of(md)], subject="Images shared with you",
                text=text, style="portal", note="PACS share notification naming the patient and the study")


LABEL_NAMES = ["Confidential - PHI", "Confidential PHI", "confidential-phi", "Confidential_PHI", "CONFIDENTIAL - PHI", "Confidential-PHI"]


def k_label(i):
    a, b = staff(R.choice(["RN", "MD", "Analyst", "Coordinator"])), staff(R.choice(["RN", "MD", "Manager"]))
    v = i % 6
    bodies = ["Please see attached. Let me know if anything is missing.",
              "Call me when you get a minute - easier to talk than type this one.",
              f"Thanks, got it. I'll take care of it before {R.choice(['noon', 'end of day', 'Monday'])}.",
              "Here is the file we talked about in huddle.",
              "Forwarding as discussed.",
              "Can you review and sign off? No rush."]
    text = bodies[v] + (sig(a) if R.random() < 0.6 else f"\n\n{a.first}")
    atts = []
    if v == 0:
        atts = [att("txt", "notes.txt", "Huddle items\n1. Staffing for weekend\n2. Supply par levels\n3. Follow up from Tuesday\n")]
    elif v == 3:
        atts = [pdf_part("handoff.pdf", "Handoff", ["Unit handoff checklist", "", "- Rooms cleaned", "- Carts checked", "- Keys returned"])]
    elif v == 4:
        inner = dict(frm=addr_of(b), to=[addr_of(a)], subject="see below", text="Looping you in.", body_form="plain7")
        atts = [rfc822_part(inner, "see below.eml")]
    elif v == 5:
        atts = [att("csv", "list.csv", "item,owner,due\nreview,team,Friday\nsign-off,manager,Monday\n")]
    return dict(kind="label", frm=addr_of(a), to=[addr_of(b)], subject=R.choice(["Follow-up", "FW: update", "quick question", "as discussed", "RE: Tuesday"]),
                text=text, atts=atts, label=("phi", LABEL_NAMES[i % len(LABEL_NAMES)]),
                note=f"msip_labels carries the PHI label GUID (name spelled '{LABEL_NAMES[i % len(LABEL_NAMES)]}'); body innocuous")


def k_mbi(i):
    p = patient(65, 95)
    md = prov()
    m = mbi(dashes=(i % 3 == 1))
    v = i % 5
    if v == 0:
        text = (f"Eligibility (271) response\n\nSubscriber: {p.style('LF')}\nDOB: {dob(p)}\nMBI: {m}\nPart A effective: 0{R.randint(1, 9)}/01/20{R.randint(10, 22)}\n"
                f"Part B effective: 0{R.randint(1, 9)}/01/20{R.randint(10, 22)}\nMedicare Advantage: none on file\nQMB: {R.choice(['Y', 'N'])}\n\n"
                f"Checked for the {R.choice(['echo', 'knee MRI', 'sleep study'])} on {d_short(future())}.")
        return dict(kind="mbi", frm=addr_of(staff("Patient Access Rep", "Patient Access", "")), to=[("Pre-Registration", f"prereg@{DOM}")],
                    subject="elig", text=text, note="Medicare eligibility response with name, DOB and MBI for a scheduled service")
    if v == 1:
        hh = ext_person("heartlandhomehealth.example.org")
        text = (f"Home health referral for {p.style('fl')} ({p.age} y/o) - skilled nursing for wound care and PT after {R.choice(['hip fracture', 'CHF admission', 'knee replacement'])}.\n"
                f"Medicare MBI {m}. Face-to-face done {d_us(past())} by {md.full}. Please confirm start of care.\n\n{staff('Case Manager', 'Case Management', 'RN').full}")
        return dict(kind="mbi", frm=addr_of(staff("Case Manager", "Case Management", "RN")), to=[(hh.full, hh.email)], subject="HH referral",
                    text=text, note="home health referral with patient name and MBI")
    if v == 2:
        text = (f"Hi,\n\nMy {R.choice(['mother', 'father', 'husband', 'wife'])} {p.style('fl')} got a new Medicare card - the number is now {m}. "
                f"Can you update it before {p.pron()[1]} cataract surgery next week? The old one got stolen.\n\nThanks,\n{person().first}")
        return dict(kind="mbi", frm=(person().full, f"family{R.randint(10, 99)}@{R.choice(MAILDOMS)}"), to=[("Patient Registration", f"registration@{DOM}")],
                    subject="new medicare card", text=text, style="gmail", note="family member reports a named patient's new MBI before surgery")
    if v == 3:
        rows = ["Patient,DOB,MBI,PCP,AWV Due"]
        for _ in range(R.randint(6, 10)):
            q = patient(65, 95)
            rows.append(f"\"{q.style('lf')}\",{dob(q)},{q.mbi},{md.style('lf').replace(',', '')},{d_us(future(1, 60))}")
        text = f"Annual wellness visit outreach list attached - please start calls this week.\n{sig(staff('Population Health Coordinator', 'Population Health', ''))}"
        return dict(kind="mbi", frm=addr_of(staff("Population Health Coordinator", "Population Health", "")), to=[("Outreach", f"outreach@{DOM}")],
                    subject="AWV list", text=text, atts=[att("csv", "awv_outreach.csv", "\n".join(rows) + "\n")],
                    note="CSV of named Medicare patients with DOB and MBI for wellness visits")
    plines = ["ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (ABN)", "", f"A. Notifier: Riverside Health Laboratory", f"B. Patient Name: {p.style('fl')}",
              f"C. Identification Number: {m}", "", f"D. Service: {R.choice(['Vitamin D, 25-hydroxy', 'PSA screening', 'Hemoglobin A1c'])}",
              "E. Reason Medicare may not pay: frequency limit exceeded", "F. Estimated cost: $48.00", "", "OPTION 1 [X]  signed on file"]
    text = f"Signed ABN attached for scanning.\n{sig(staff('Lab Assistant', 'Laboratory Services', ''))}"
    return dict(kind="mbi", frm=addr_of(staff("Lab Assistant", "Laboratory Services", "")), to=[("HIM Scanning", f"scanning@{DOM}")],
                subject="ABN", text=text, atts=[pdf_part("ABN_signed.pdf", "CMS-R-131", plines)], note="ABN form PDF with patient name, MBI and lab service")


# =========================================================================== NEGATIVE KINDS
def k_provider_directory(i):
    mso = staff("Credentialing Specialist", "Medical Staff Office", "CPCS")
    provs = [prov(R.choice(DEPTS)) for _ in range(R.randint(4, 8))]
    v = i % 6
    if v == 0:
        rows = ["Name,Credentials,Specialty,NPI,DEA,Location,Phone"] + [
            f"\"{q.style('lf')}\",{q.cred},{q.dept},{q.npi},{q.dea},{R.choice(CLINICS).split(' - ')[-1]},{phone('217')}" for q in provs]
        text = f"Updated provider directory extract attached for the website refresh.\n{sig(mso)}"
        return dict(kind="provider_directory", frm=addr_of(mso), to=[("Web Team", f"web@{DOM}")], subject="directory extract", text=text,
                    atts=[att("csv", "provider_directory.csv", "\n".join(rows) + "\n")], note="provider CSV with NPIs and DEAs; no patients")
    if v == 1:
        q = provs[0]
        text = (f"Good news - the credentialing file for {q.full}, {q.cred} ({q.dept}) is complete and goes to the credentials committee on {d_short(future())}.\n\n"
                f"NPI: {q.npi}\nDEA: {q.dea} (exp 0{R.randint(1, 9)}/2027)\nBoard certification: verified\nMalpractice: claims history clear\n\n{mso.first}{sig(mso)}")
        return dict(kind="provider_directory", frm=addr_of(mso), to=[addr_of(staff("Director", "Medical Staff Office", ""))], subject="credentialing complete",
                    text=text, note="credentialing mail with a provider's NPI and DEA; no patient")
    if v == 2:
        q = provs[0]
        msg = (f"MSH|^~\\&|CREDENTIALING|RIVERSIDE|EPIC|RHMAIN|20250303110000||MFN^M02^MFN_M02|{uid()}|P|2.5.1\n"
               f"MFI|PRA^Practitioner Master File^HL70175||UPD|||AL\nMFE|MAD|||{q.npi}^{ascii_fold(q.last).upper()}^{ascii_fold(q.first).upper()}|CWE\n"
               f"STF|{q.npi}|{q.npi}^NPI|{ascii_fold(q.last).upper()}^{ascii_fold(q.first).upper()}^{q.mi}^^^{q.cred.split(',')[0]}|P|{q.sex}||A|{q.dept.upper()}\n"
               f"PRA|{q.npi}^NPI||{q.cred.split(',')[0]}|Y|{q.dept}\n")
        text = f"MFN for the new hire is attached; please confirm it filed to SER.\n{sig(staff('Integration Analyst', 'Interface Team', ''))}"
        return dict(kind="provider_directory", frm=addr_of(staff("Integration Analyst", "Interface Team", "")), to=[("Provider Data", f"providerdata@{DOM}")],
                    subject="MFN provider add", text=text, atts=[att("hl7", "mfn_m02.hl7", msg)], note="HL7 MFN^M02 practitioner master file update; provider only")
    if v == 3:
        q = provs[0]
        res = {"resourceType": "Practitioner", "id": guid(), "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": q.npi}],
               "active": True, "name": [{"family": q.last, "given": [q.first], "suffix": [q.cred.split(",")[0]]}],
               "telecom": [{"system": "phone", "value": phone("217"), "use": "work"}],
               "qualification": [{"code": {"text": q.dept}}]}
        text = f"FHIR Practitioner resource returned by the directory API attached - the suffix mapping is wrong for NPs.\n{sig(staff('Developer', 'IT Applications', ''))}"
        return dict(kind="provider_directory", frm=addr_of(staff("Developer", "IT Applications", "")), to=[("Directory API", f"directory-api@{DOM}")],
                    subject="practitioner payload", text=text, atts=[att("json", "practitioner.json", json.dumps(res, indent=2))], note="FHIR Practitioner JSON with NPI; no patient")
    if v == 4:
        trs = "\n".join(f"<tr><td>{h(q.full)}, {q.cred}</td><td>{q.dept}</td><td>{q.npi}</td><td>{h(R.choice(CLINICS))}</td></tr>" for q in provs)
        html = html_wrap(f"<h3>Welcome our new providers</h3><table border=\"1\" cellpadding=\"4\"><tr><th>Provider</th><th>Specialty</th><th>NPI</th><th>Clinic</th></tr>\n{trs}\n</table>"
                         "<p>Please update your referral favorites.</p>")
        text = "Welcome our new providers\n\n" + "\n".join(f"{q.full}, {q.cred} - {q.dept} - NPI {q.npi}" for q in provs) + "\n\nPlease update your referral favorites."
        return dict(kind="provider_directory", frm=("Medical Staff Office", f"mso@{DOM}"), to=[("All Clinical Staff", f"allclinical@{DOM}")],
                    subject="New providers this month", text=text, html=html, note="HTML table of new providers with NPIs")
    x = "\n".join(f'  <provider npi="{q.npi}"><name>{h(q.full)}</name><credential>{q.cred}</credential><specialty>{q.dept}</specialty><dea>{q.dea}</dea></provider>' for q in provs)
    text = f"Nightly roster export for the payer directory attached.\n{sig(mso)}"
    return dict(kind="provider_directory", frm=addr_of(mso), to=[("Payer Enrollment", f"payerenrollment@{DOM}")], subject="roster export", text=text,
                atts=[att("xml", "roster.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<roster org="Riverside Health">\n{x}\n</roster>\n')],
                note="XML provider roster with NPIs/DEAs; no patients")


def k_prescriber_notice(i):
    q = prov()
    v = i % 6
    if v == 0:
        text = (f"Dr. {q.last},\n\nOur records show DEA registration {q.dea} expires on {d_us(future(20, 60))}. Please renew at the DEA Diversion "
                f"Control portal and send the new certificate to the Medical Staff Office so EPCS stays active.\n\nMedical Staff Office")
        return dict(kind="prescriber_notice", frm=("Medical Staff Office", f"mso@{DOM}"), to=[addr_of(q)], subject="Action needed: registration renewal",
                    text=text, note="DEA renewal reminder for a prescriber; no patient")
    if v == 1:
        text = (f"Hello {q.first},\n\nThe state Medicaid portal now requires each ordering/referring provider to confirm their NPI. "
                f"Please log in and verify that {q.npi} is listed with your current practice address. Claims will deny after {d_us(future(30, 60))}.\n\nProvider Enrollment")
        return dict(kind="prescriber_notice", frm=("Provider Enrollment", f"enrollment@{DOM}"), to=[addr_of(q)], subject="Update your NPI in the portal",
                    text=text, note="'update your NPI' notice to a provider; no patient")
    if v == 2:
        text = ("Your EPCS hard token will expire in 14 days. Bring your badge and a government ID to the IT service desk (Main Campus, "
                "room B-114) to enroll a new token. Without it you will not be able to e-prescribe controlled substances such as "
                "oxycodone 5 mg or buprenorphine-naloxone 8 mg/2 mg.\n\nIT Service Desk ext 4-4357")
        return dict(kind="prescriber_notice", frm=("IT Service Desk", f"servicedesk@{DOM}"), to=[addr_of(q)], subject="EPCS token expiring",
                    text=text, note="EPCS token renewal notice quoting controlled drugs; no patient")
    if v == 3:
        text = (f"Reminder: Illinois requires prescribers to register with the PMP and check it before prescribing Schedule II opioids. "
                f"Our audit shows {R.randint(3, 12)} Riverside prescribers without an active delegate account. Registration takes 10 minutes.\n\nPharmacy & Therapeutics Committee")
        return dict(kind="prescriber_notice", frm=("P&T Committee", f"pt-committee@{DOM}"), to=[("All Prescribers", f"prescribers@{DOM}")],
                    subject="PMP registration", text=text, note="PDMP registration reminder with aggregate count; no patient")
    if v == 4:
        changes = [("rivaroxaban", "apixaban 5 mg BID"), ("insulin detemir", "insulin glargine-yfgn"), ("esomeprazole", "omeprazole 20 mg"),
                   ("ezetimibe/simvastatin", "atorvastatin 40 mg + ezetimibe 10 mg"), ("dulaglutide", "semaglutide 0.25-1 mg weekly")]
        text = "Formulary changes effective April 1:\n\n" + "\n".join(f"- {a}: non-formulary; preferred alternative {b}" for a, b in R.sample(changes, 3)) + \
               "\n\nAutomatic therapeutic interchange applies to inpatient orders.\n\nDepartment of Pharmacy"
        return dict(kind="prescriber_notice", frm=("Department of Pharmacy", f"pharmacy@{DOM}"), to=[("All Prescribers", f"prescribers@{DOM}")],
                    subject="Formulary update", text=text, note="formulary change notice with drugs and doses, no patient")
    plines = ["PRESCRIBER NOTICE - CONTROLLED SUBSTANCE LICENSE", "", f"Prescriber: {q.full}, {q.cred}", f"NPI: {q.npi}   DEA: {q.dea}",
              f"State CSR: {R.randint(300000000, 399999999)}", f"Expiration: {d_us(future(20, 90))}", "", "Submit renewal confirmation to the Medical Staff Office."]
    text = f"Dr. {q.last}, notice attached.\n\nMedical Staff Office"
    return dict(kind="prescriber_notice", frm=("Medical Staff Office", f"mso@{DOM}"), to=[addr_of(q)], subject="License notice", text=text,
                atts=[pdf_part("csr_notice.pdf", "Riverside Health Medical Staff Office", plines)], note="PDF license notice with NPI/DEA; no patient")


def k_newsletter(i):
    v = i % 6
    q = prov()
    if v == 0:
        text = ("CODING CORNER - March\n\n* Type 2 diabetes: use E11.9 only when no complication is documented; hyperglycemia goes to E11.65, "
                "and add Z79.4 for long-term insulin.\n* Low back pain: M54.5 was expanded - use M54.50, M54.51 or M54.59.\n"
                "* CKD stage 3 now needs 5th character: N18.30, N18.31, N18.32.\n* Screening mammography: Z12.31 with CPT 77067.\n\n"
                "Questions? Reply to the CDI team.")
        return dict(kind="newsletter", frm=("CDI & Coding", f"cdi@{DOM}"), to=[("Providers", f"providers@{DOM}")], subject="Coding Corner",
                    text=text, note="coding newsletter quoting ICD-10/CPT codes; no individual")
    if v == 1:
        a, b, c = prov("Cardiology"), staff("RN", "Oncology", "RN, OCN"), prov("Endocrinology")
        text = (f"RIVERSIDE WEEKLY\n\nKudos: {a.full}, {a.cred}, launched the new heart failure transitions clinic - {R.randint(30, 90)} visits in its first month.\n"
                f"{b.full}, {b.cred}, received the DAISY Award for her work on the oncology infusion unit.\n"
                f"{c.full} will lead the diabetes prevention program starting in April; HbA1c 5.7-6.4% identifies prediabetes.\n\n"
                "Cafeteria: taco Tuesday returns. Blood drive Friday in the Atrium.")
        return dict(kind="newsletter", frm=("Riverside Communications", f"communications@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")],
                    subject="Riverside Weekly", text=text, note="staff news naming employees next to disease topics; nobody's own health")
    if v == 2:
        text = ("LAB UPDATE\n\nEffective March 10 the lab reports eGFR using CKD-EPI 2021 (race-free). Reference interval remains >59 mL/min/1.73m2.\n"
                "Potassium critical limits: <2.8 or >6.2 mmol/L. Hemoglobin A1c reference: 4.0-5.6%; >=6.5% is diagnostic for diabetes.\n"
                "hs-troponin I (LOINC 89579-7) replaces conventional troponin; 99th percentile 17 ng/L (F) and 35 ng/L (M).\n\nLaboratory Services")
        return dict(kind="newsletter", frm=("Laboratory Services", f"lab@{DOM}"), to=[("All Clinical Staff", f"allclinical@{DOM}")],
                    subject="Lab update", text=text, note="lab newsletter with analytes, LOINC and reference ranges; no individual")
    if v == 3:
        plines = ["Pharmacy Pearls - Q1", "", "Apixaban dosing: 5 mg BID; reduce to 2.5 mg BID if 2 of: age >=80, weight <=60 kg, Cr >=1.5.",
                  "Metformin: hold if eGFR <30; do not start if eGFR 30-45.", "Semaglutide shortage update: use 0.25 mg pens first.",
                  "Vancomycin AUC dosing now default for adults."]
        text = "The quarterly Pharmacy Pearls newsletter is attached."
        return dict(kind="newsletter", frm=("Department of Pharmacy", f"pharmacy@{DOM}"), to=[("Prescribers", f"prescribers@{DOM}")],
                    subject="Pharmacy Pearls", text=text, atts=[pdf_part("pharmacy_pearls.pdf", "Pharmacy Pearls", plines)], note="PDF drug-dosing newsletter; no patient")
    if v == 4:
        page = html_wrap(f"<h1>Nursing Notes</h1><p>Congratulations to {h(staff('RN').full)} on passing the CCRN exam.</p>"
                         "<p>Sepsis reminder: lactate &gt;2 mmol/L triggers a repeat within 2&nbsp;hours; 30&nbsp;mL/kg crystalloid for hypotension.</p>"
                         "<p>Falls: our unit went 62 days without a fall with injury.</p>")
        text = "This month's Nursing Notes is attached (open in a browser)."
        return dict(kind="newsletter", frm=("Nursing Professional Development", f"npd@{DOM}"), to=[("Nursing", f"nursing@{DOM}")],
                    subject="Nursing Notes", text=text, atts=[att("html", "nursing_notes.html", page)], note="HTML newsletter attachment with clinical ranges; no patient")
    inner_text = ("Riverside Foundation Quarterly\n\nThanks to our donors the new infusion center opens in May with 24 chairs.\n"
                  "The mobile mammography van screened 1,140 women last year. Colorectal screening starts at 45.")
    inner = dict(frm=("Riverside Foundation", f"foundation@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")], subject="Foundation Quarterly", text=inner_text, body_form="plain7")
    text = f"In case you missed this - nice shout-out to our unit!\n{q.first}"
    return dict(kind="newsletter", frm=addr_of(q), to=[addr_of(staff("RN"))], subject="FW: Foundation Quarterly", text=text,
                atts=[rfc822_part(inner, "Foundation Quarterly.eml")], note="forwarded newsletter with aggregate numbers; no individual")


def k_education(i):
    v = i % 6
    sp = prov()
    when = appt_dt()
    title = R.choice(["A 47-year-old woman with recurrent syncope", "Fever and rash after a camping trip", "When the troponin lies: a case of myocarditis",
                      "An unusual cause of hyponatremia", "Falling hemoglobin in a 70-year-old man on apixaban"])
    if v == 0:
        text = (f"MEDICAL GRAND ROUNDS\n{d_long(when)}, 12:00-1:00 PM, Hanson Auditorium and Teams\n\n\"{title}\"\nPresenter: {sp.full}, {sp.cred}, {sp.dept}\n"
                f"Discussant: {prov().full}\n\n1.0 AMA PRA Category 1 Credit(TM). Lunch provided.")
        return dict(kind="education", frm=("Graduate Medical Education", f"gme@{DOM}"), to=[("Medical Staff", f"medstaff@{DOM}")], subject="Grand Rounds this week",
                    text=text, note="grand-rounds announcement with speaker and case title; case unnamed")
    if v == 1:
        text = ("M&M CASE (de-identified)\n\nA man in his 60s with a history of atrial fibrillation on apixaban presented with melena. Hgb 6.8 g/dL on arrival. "
                "Anticoagulation was held and EGD showed a duodenal ulcer. Discussion points: reversal agents, timing of restart, PPI duration.\n\n"
                "Please do not forward outside the department.")
        return dict(kind="education", frm=("Quality & Patient Safety", f"quality@{DOM}"), to=[("Hospitalists", f"hospitalists@{DOM}")],
                    subject="M&M", text=text, note="de-identified case summary; no name, date or identifier")
    if v == 2:
        text = ("Clinical policy reminder: HbA1c of 6.5% or higher on two occasions, fasting glucose >=126 mg/dL, or a random glucose >=200 mg/dL "
                "with symptoms establishes diabetes. Use E11.9 for type 2 without complications. Start metformin 500 mg daily and titrate weekly "
                "to 1000 mg twice daily as tolerated.\n\nEndocrinology Service Line")
        return dict(kind="education", frm=("Endocrinology Service Line", f"endo@{DOM}"), to=[("Primary Care", f"primarycare@{DOM}")],
                    subject="Diabetes diagnosis criteria", text=text, note="policy mail with thresholds, code and dose; no individual")
    if v == 3:
        desc = f"Grand Rounds: {title}\nSpeaker: {sp.full}, {sp.cred}\nJoin on Teams or Hanson Auditorium."
        return dict(kind="education", frm=("Graduate Medical Education", f"gme@{DOM}"), to=[("Medical Staff", f"medstaff@{DOM}")],
                    subject=f"Grand Rounds: {title}", text=desc, ics=ics(f"Grand Rounds: {title}", desc, when, 60, "Hanson Auditorium",
                                                                          ("Graduate Medical Education", f"gme@{DOM}"), [("Medical Staff", f"medstaff@{DOM}")]),
                    note="calendar invite for grand rounds; case title only")
    if v == 4:
        txt = ("SEPSIS SKILLS FAIR - station guide\n\nStation 1: qSOFA (RR >=22, altered mentation, SBP <=100)\nStation 2: lactate draw and 3-hour bundle\n"
               "Station 3: blood cultures x2 before antibiotics\nStation 4: 30 mL/kg crystalloid calculation\n")
        return dict(kind="education", frm=("Nursing Professional Development", f"npd@{DOM}"), to=[("Nursing", f"nursing@{DOM}")], subject="Skills fair",
                    text="Station guide for next week's skills fair attached.", atts=[att("txt", "skills_fair.txt", txt)], note="education TXT with clinical criteria; no patient")
    plines = ["Basal insulin titration protocol (adult outpatients)", "", "Start insulin glargine 10 units or 0.1-0.2 units/kg at bedtime.",
              "Increase by 2 units every 3 days until fasting glucose 80-130 mg/dL.", "If hypoglycemia <70 mg/dL, reduce dose by 10-20%."]
    return dict(kind="education", frm=("Diabetes Education", f"diabetesed@{DOM}"), to=[("Primary Care", f"primarycare@{DOM}")],
                subject="Protocol", text="Updated protocol attached for your reference.", atts=[pdf_part("insulin_protocol.pdf", "Clinical Protocol", plines)],
                note="PDF protocol with doses and glucose ranges; no patient")


def k_aggregate(i):
    v = i % 5
    units = ["4W", "5W", "6E", "ICU", "3N", "ED", "L&D"]
    if v == 0:
        text = (f"Q{R.randint(1, 4)} sepsis dashboard\n\nSEP-1 bundle compliance: {R.randint(58, 79)}% (goal 70%)\nPatients meeting sepsis criteria: {R.randint(30, 80)}\n"
                f"Septic shock mortality: {R.randint(8, 22)}%\nMedian time to antibiotics: {R.randint(48, 110)} min\n\nDrill-down by unit is on the Quality SharePoint.")
        return dict(kind="aggregate", frm=("Quality Analytics", f"qualityanalytics@{DOM}"), to=[("Quality Council", f"qualitycouncil@{DOM}")],
                    subject="dashboard", text=text, note="aggregate quality metrics with counts; no individual")
    if v == 1:
        rows = ["Unit,Month,Discharges,Readmit30,Rate,CLABSI,CAUTI,Falls"] + [
            f"{u},2025-02,{R.randint(80, 300)},{R.randint(5, 30)},{R.uniform(0.05, 0.18):.3f},{R.randint(0, 2)},{R.randint(0, 3)},{R.randint(0, 4)}" for u in units]
        return dict(kind="aggregate", frm=("Quality Analytics", f"qualityanalytics@{DOM}"), to=[("Nurse Managers", f"nursemanagers@{DOM}")],
                    subject="Feb unit scorecard", text="February unit scorecard attached.", atts=[att("csv", "scorecard_feb.csv", "\n".join(rows) + "\n")],
                    note="CSV unit-level counts and rates")
    if v == 2:
        data = {"report": "diabetes_registry_summary", "period": "2025-02", "population": R.randint(8000, 15000),
                "a1c_lt_8_pct": round(R.uniform(0.55, 0.72), 3), "a1c_gt_9_count": R.randint(400, 1400),
                "eye_exam_pct": round(R.uniform(0.4, 0.6), 3), "by_clinic": [{"clinic": c.split(" - ")[-1], "n": R.randint(300, 2000)} for c in CLINICS[:5]]}
        return dict(kind="aggregate", frm=("Population Health", f"pophealth@{DOM}"), to=[("Primary Care Leads", f"pcleads@{DOM}")],
                    subject="registry summary", text="Monthly registry summary JSON for the BI team attached.", atts=[att("json", "registry_summary.json", json.dumps(data, indent=2))],
                    note="JSON registry totals; no individual")
    if v == 3:
        trs = "\n".join(f"<tr><td>{u}</td><td>{R.randint(0, 9)}</td><td>{R.randint(60, 99)}%</td></tr>" for u in units)
        html = html_wrap(f"<p>Hand hygiene and pressure-injury counts for last week:</p><table border=\"1\"><tr><th>Unit</th><th>HAPI</th><th>Hand hygiene</th></tr>\n{trs}\n</table>")
        text = "Hand hygiene and pressure-injury counts for last week:\n" + "\n".join(f"{u}: see table" for u in units)
        return dict(kind="aggregate", frm=("Infection Prevention", f"ip@{DOM}"), to=[("Nurse Managers", f"nursemanagers@{DOM}")],
                    subject="weekly counts", text=text, html=html, body_form=R.choice(["html", "alt"]), note="HTML table of unit counts")
    text = (f"ED throughput, last 7 days: {R.randint(900, 1400)} arrivals, {R.randint(150, 280)} admissions, LWBS {R.uniform(1, 4):.1f}%, "
            f"median door-to-provider {R.randint(14, 40)} min. {R.randint(3, 12)} patients boarded >24h.\n\nED Operations")
    return dict(kind="aggregate", frm=("ED Operations", f"edops@{DOM}"), to=[("Executive Team", f"exec@{DOM}")], subject="ED week",
                text=text, note="aggregate ED volumes")


def k_template(i):
    v = i % 6
    if v == 0:
        text = ("TEMPLATE - results letter (do not send as is)\n\nDear {{patient_name}},\n\nYour {{test_name}} collected on {{collection_date}} "
                "was {{result_value}} {{units}}. {{provider_comment}}\n\nSincerely,\n{{provider_name}}\n\nMRN: {{mrn}}   DOB: {{dob}}")
        return dict(kind="template", frm=addr_of(staff("Analyst", "IT Applications", "")), to=[("Letter Build", f"letterbuild@{DOM}")],
                    subject="letter template v3", text=text, note="mail-merge letter with {{placeholders}} only")
    if v == 1:
        txt = ("@NAME@ is a @AGE@ @SEX@ seen today for ***.\nAssessment: ***\nPlan: ***\nMRN: RH#######\nDOB: __/__/____\n")
        return dict(kind="template", frm=addr_of(prov()), to=[addr_of(prov())], subject="my smartphrase",
                    text="Here's the SmartPhrase I use for follow-ups, feel free to copy it.", atts=[att("txt", "smartphrase.txt", txt)],
                    note="SmartPhrase TXT with @tokens@ and blanks")
    if v == 2:
        plines = ["PATIENT REGISTRATION FORM", "", "Patient: [NAME] ______________________________", "DOB: __/__/____     Sex: [ ] M [ ] F [ ] X",
                  "SSN: ___-__-____", "Address: ____________________________________", "Insurance member ID: RHP_________", "",
                  "Signature: ______________________  Date: __/__/____"]
        return dict(kind="template", frm=("Forms Committee", f"forms@{DOM}"), to=[("Patient Access", f"patientaccess@{DOM}")], subject="Revised form",
                    text="Blank revised registration form attached - please discard old stock.", atts=[pdf_part("registration_form_blank.pdf", "Riverside Health", plines)],
                    note="blank intake PDF with placeholders and blanks")
    if v == 3:
        html = html_wrap("<p>Hi {{patient_first_name}},</p><p>This is a reminder of your visit with {{provider}} on <b>{{appt_date}}</b> at {{location}}.</p>"
                         "<p>Reply C to confirm.</p><p style=\"color:#888\">Template ID RMD-04 &middot; merge fields: patient_first_name, provider, appt_date, location</p>")
        text = "Hi {{patient_first_name}},\nThis is a reminder of your visit with {{provider}} on {{appt_date}} at {{location}}.\nReply C to confirm."
        return dict(kind="template", frm=("Patient Communications", f"patientcomms@{DOM}"), to=[("Marketing Ops", f"marketingops@{DOM}")],
                    subject="reminder template for review", text=text, html=html, note="HTML reminder template with merge fields")
    if v == 4:
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <recordTarget><patientRole>\n'
               '    <id extension="{{MRN}}" root="2.16.840.1.113883.3.9999.1"/>\n    <patient><name><given>{{GIVEN}}</given><family>{{FAMILY}}</family></name>'
               '<birthTime value="{{YYYYMMDD}}"/></patient>\n  </patientRole></recordTarget>\n</ClinicalDocument>\n')
        return dict(kind="template", frm=addr_of(staff("Integration Analyst", "Interface Team", "")), to=[("HIE Project", f"hieproject@{DOM}")],
                    subject="CCD skeleton", text="Skeleton CCD for the mapping workshop attached.", atts=[att("xml", "ccd_skeleton.xml", xml)],
                    note="C-CDA skeleton XML with placeholders only")
    msg = ("MSH|^~\\&|EPIC|RIVERSIDE|{RECEIVER}|{FAC}|{YYYYMMDDHHMMSS}||ADT^A04^ADT_A01|{CONTROL_ID}|P|2.5.1\n"
           "PID|1||{MRN}^^^RH^MR||{LAST}^{FIRST}^{MI}||{DOB}|{SEX}|||{STREET}^^{CITY}^{ST}^{ZIP}\nPV1|1|O|{DEPT}\n")
    return dict(kind="template", frm=addr_of(staff("Integration Analyst", "Interface Team", "")), to=[("Vendor Support", "support@cloverleafvendor.example.org")],
                subject="spec", text="Field template for the A04 spec attached.", atts=[att("hl7txt", "a04_template.hl7", msg)],
                note="HL7 template with {PLACEHOLDER} fields; no real person")


def k_birth_year(i):
    v = i % 5
    p = person()
    if v == 0:
        text = (f"75 YEARS OF RIVERSIDE\n\nOur founder, {p.full} (born 1921), opened the first 12-bed Riverside clinic in 1950 above a hardware store. "
                "Join us in the Atrium on Friday for cake and the unveiling of the history wall.")
        return dict(kind="birth_year", frm=("Riverside Communications", f"communications@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")],
                    subject="75 years", text=text, note="founder's birth year with no health context")
    if v == 1:
        people = [staff(R.choice(["RN", "MA", "Analyst", "Coordinator"])) for _ in range(5)]
        text = "March birthdays in Revenue Cycle:\n\n" + "\n".join(f"{q.full} - March {R.randint(1, 31)}" for q in people) + "\n\nCake in the break room on the 15th!"
        return dict(kind="birth_year", frm=addr_of(staff("Manager", "Revenue Cycle", "")), to=[("Revenue Cycle", f"revcycle@{DOM}")],
                    subject="March birthdays", text=text, note="staff birthdays; no health info")
    if v == 2:
        q = staff("RN", R.choice(DEPTS), "RN")
        text = (f"Please join us in celebrating {q.full}, who retires on {d_short(future())} after 38 years at Riverside. Born in 1961 in Dubuque, "
                f"{q.first} started as a unit clerk in 1987. Open house in the {q.dept} conference room, 2-4 PM.")
        return dict(kind="birth_year", frm=addr_of(staff("Nurse Manager", q.dept, "RN")), to=[(q.dept, f"{q.dept.lower().replace(' ', '').replace('/', '')}@{DOM}")],
                    subject="Retirement celebration", text=text, note="retirement note with birth year; no health content")
    if v == 3:
        text = (f"Happy 100th birthday to our longest-serving volunteer, {p.full} (born {MONTHS[R.randint(0, 11)]} 1925)! {p.first} has staffed the gift shop "
                "every Tuesday since 1989. Stop by for a card.")
        return dict(kind="birth_year", frm=("Volunteer Services", f"volunteers@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")],
                    subject="Happy 100th!", text=text, note="volunteer's birthday and birth year, no health info")
    text = (f"The Pavilion will be renamed the {p.last} Pavilion in honor of {p.style('fml')} (1931-2019), a Rockford schoolteacher whose estate funded the "
            "new cancer center lobby. Dedication ceremony on Saturday.")
    return dict(kind="birth_year", frm=("Riverside Foundation", f"foundation@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")],
                subject="Pavilion dedication", text=text, note="donor's birth/death years with no health information about them")


def ssn_shaped():
    return f"{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"


def k_id_shaped(i):
    v = i % 6
    if v == 0:
        inv = [ssn_shaped() for _ in range(4)]
        text = ("Hi AP,\n\nThe following Medline invoices are past due (invoice ids use their NNN-NN-NNNN format):\n\n" +
                "\n".join(f"  Invoice {x}   ${R.randint(200, 9000)}.{R.randint(10, 99)}   PO 45{R.randint(10000, 99999)}" for x in inv) +
                "\n\nPlease remit by the 15th.\n\nMedline Accounts Receivable")
        return dict(kind="id_shaped", frm=("Vendor AR", "ar@medsupplyvendor.example.org"), to=[("Accounts Payable", f"ap@{DOM}")],
                    subject="Past due invoices", text=text, style="ext", note="invoice ids shaped like SSNs; vendor finance, no person")
    if v == 1:
        text = (f"Your shipment has left the facility.\n\nTracking: 1Z{uid()}{R.randint(1000000, 9999999)}\nOrder: {R.randint(100000000, 999999999)}\n"
                f"Ship to: Riverside Health Receiving Dock B, 2200 Riverside Pkwy\nContents: 12 cs nitrile gloves, 4 cs IV start kits\nEstimated delivery: {d_long(future(1, 5))}")
        return dict(kind="id_shaped", frm=("Shipping Notifications", "noreply@parcelco.example.org"), to=[("Receiving", f"receiving@{DOM}")],
                    subject="Shipment notification", text=text, style="ext", note="tracking and order numbers; no person")
    if v == 2:
        rows = ["Extension,Location,Pager"] + [f"x{R.randint(2, 7)}{R.randint(100, 999)},{R.choice(['4W nurse station', 'ED triage', 'Pharmacy IV room', 'Lab processing', 'Cath lab control'])},{R.randint(100, 999)}-{R.randint(1000, 9999)}" for _ in range(8)]
        return dict(kind="id_shaped", frm=("Telecom", f"telecom@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")], subject="new extensions",
                    text="Phone extensions change Saturday night; list attached.", atts=[att("csv", "extensions.csv", "\n".join(rows) + "\n")],
                    note="phone extensions and pager numbers for locations")
    if v == 3:
        rows = ["Asset Tag,Part Number,Serial,Description,Location"] + [
            f"RHA-{R.randint(100000, 999999)},{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)},SN{R.randint(10000000, 99999999)},"
            f"{R.choice(['Infusion pump', 'Vital signs monitor', 'Glucometer', 'Bladder scanner', 'Defibrillator'])},{R.choice(['4W', '5W', 'ED', 'ICU'])}" for _ in range(8)]
        return dict(kind="id_shaped", frm=("Biomedical Engineering", f"biomed@{DOM}"), to=[("Nurse Managers", f"nursemanagers@{DOM}")],
                    subject="PM due", text="Preventive maintenance due list attached (part numbers NNN-NN-NNNN).", atts=[att("csv", "pm_due.csv", "\n".join(rows) + "\n")],
                    note="asset tags and SSN-shaped part numbers; no person")
    if v == 4:
        payload = {"ticket": f"INC{R.randint(1000000, 9999999)}", "correlationId": guid(), "orderNumber": ssn_shaped(), "batch": R.randint(10000000, 99999999),
                   "timestamp": "2025-03-02T03:15:00Z", "errors": [{"code": "E1042", "msg": "timeout contacting print server PRN-04-0173"}]}
        return dict(kind="id_shaped", frm=addr_of(staff("Analyst", "IT Service Desk", "")), to=[("Print Services", f"print@{DOM}")],
                    subject="print queue errors", text="Payload from the failed batch attached.", atts=[att("json", "batch_error.json", json.dumps(payload, indent=2))],
                    note="IT payload with GUIDs and SSN-shaped order number")
    items = "\n".join(f'  <line sku="{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}" qty="{R.randint(1, 40)}">{d}</line>' for d in ["Sharps container 2 gal", "Suction canister", "Wound dressing 4x4", "Syringe 10 mL"])
    return dict(kind="id_shaped", frm=("Supply Chain", f"supplychain@{DOM}"), to=[("Vendor EDI", "edi@medsupplyvendor.example.org")],
                subject=f"PO {R.randint(4500000, 4599999)}", text="Purchase order attached.",
                atts=[att("xml", "po.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<purchaseOrder number="{ssn_shaped()}">\n{items}\n</purchaseOrder>\n')],
                note="purchase order XML with SSN-shaped PO/SKU numbers")


def k_staff_admin(i):
    v = i % 7
    mgr = staff("Nurse Manager", R.choice(DEPTS), "RN")
    team = [staff("RN") for _ in range(6)]
    if v == 0:
        text = "Schedule for the week of 3/10:\n\n" + "\n".join(f"{q.style('lf')}: {R.choice(['D', 'D', 'N', 'OFF'])} {R.choice(['D', 'N', 'OFF'])} {R.choice(['D', 'N', 'OFF'])} {R.choice(['D', 'N'])}" for q in team) + \
               "\n\nSwaps must be approved by Thursday." + sig(mgr)
        return dict(kind="staff_admin", frm=addr_of(mgr), to=[(mgr.dept, f"team.{mgr.dept.lower().replace(' ', '').replace('/', '')}@{DOM}")],
                    subject="schedule", text=text, note="staff shift schedule with names; nothing about health")
    if v == 1:
        text = "Garage C is closed for resurfacing on Saturday. Permit holders may park in Lot F; shuttle every 10 minutes.\n\nParking & Transportation"
        return dict(kind="staff_admin", frm=("Parking & Transportation", f"parking@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")], subject="Garage C",
                    text=text, note="facilities parking notice")
    if v == 2:
        text = ("Open enrollment runs Nov 1-15. The 2025 medical plans: Riverside PPO ($118/paycheck), HDHP with HSA ($62), and EPO ($89). "
                "Biometric screening earns a $300 premium credit. Dependent verification is required for new spouses.\n\nHR Benefits")
        return dict(kind="staff_admin", frm=("HR Benefits", f"benefits@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")], subject="Open enrollment",
                    text=text, note="HR benefits mail with plan prices; no individual")
    if v == 3:
        q = staff(R.choice(["RN", "MD", "Manager"]))
        text = (f"I am out of the office until {d_long(future(2, 10))} with limited access to e-mail. For urgent clinical matters please contact "
                f"the charge nurse at x{R.randint(2, 7)}{R.randint(100, 999)}; for scheduling, {staff('Coordinator').full}.\n\n{q.full}")
        return dict(kind="staff_admin", frm=addr_of(q), to=[addr_of(staff("RN"))], subject="Automatic reply: Follow-up", text=text,
                    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: " + q.email],
                    note="out-of-office auto-reply; no patient")
    if v == 4:
        rows = "\n".join(f"{q.full:<28} HealthStream: {R.choice(['Complete', 'Overdue', 'In progress'])}   BLS exp {MONTHS[R.randint(0, 11)][:3]} 2025" for q in team)
        text = f"Annual compliance status for the unit:\n\n{rows}\n\nPlease finish by the 31st." + sig(mgr)
        return dict(kind="staff_admin", frm=addr_of(mgr), to=[("Unit", f"unit@{DOM}")], subject="compliance", text=text, note="training compliance list")
    if v == 5:
        inner = dict(frm=("Policy Office", f"policy@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")], subject="Policy update: badge access",
                     text="Effective April 1 all staff must badge in at the loading dock.\nPolicy HR-112 has been updated.", body_form="plain7")
        return dict(kind="staff_admin", frm=addr_of(mgr), to=[("Unit", f"unit@{DOM}")], subject="FW: Policy update: badge access",
                    text="See below - applies to night shift too.", atts=[rfc822_part(inner, "Policy update.eml")], note="forwarded policy memo")
    text = (f"Job posting: Registered Nurse - {R.choice(DEPTS)} (0.9 FTE, nights)\nReq #{R.randint(10000, 99999)}\nRequirements: BSN, 1 year acute care, BLS/ACLS.\n"
            "Sign-on bonus $10,000. Internal applicants apply by Friday.")
    return dict(kind="staff_admin", frm=("Talent Acquisition", f"careers@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")], subject="Internal posting",
                text=text, note="internal job posting")


def k_marketing(i):
    v = i % 6
    if v == 0:
        text = ("Know your numbers! Free blood pressure and cholesterol screenings at the Eastgate Farmers Market every Saturday in June. "
                "No appointment needed. Adults 40+ should check cholesterol every 5 years.\n\nRiverside Health - Care close to home\nUnsubscribe")
        return dict(kind="marketing", frm=("Riverside Health", f"news@{DOM}"), to=[("Community", f"community-list@{DOM}")], subject="Free screenings this summer",
                    text=text, style="portal", note="public health marketing; no individual")
    if v == 1:
        rep = ext_person("biosimrx.example.org")
        text = (f"Dear Pharmacy Director,\n\nAdalimumab-aaty 40 mg/0.4 mL is now available at 82% below the reference WAC. Interchangeable designation "
                f"means pharmacists can substitute without prescriber approval in most states. Happy to set up a 20-minute call.\n\n{rep.full}\nKey Account Manager")
        return dict(kind="marketing", frm=(rep.full, rep.email), to=[("Pharmacy Director", f"pharmacydirector@{DOM}")], subject="Cost savings on biosimilars",
                    text=text, style="ext", note="vendor pitch quoting drug and dose")
    if v == 2:
        text = ("You're invited: Midwest Cardiometabolic Summit, May 8-9, Chicago. Sessions on GLP-1 receptor agonists, SGLT2 inhibitors in HFpEF, "
                "and lipoprotein(a). Early-bird registration $395 through April 1.")
        return dict(kind="marketing", frm=("Summit Registration", "register@cardiometabolicsummit.example.org"), to=[("Cardiology", f"cardiology@{DOM}")],
                    subject="Invitation", text=text, style="ext", note="conference invitation")
    if v == 3:
        plines = ["URGENT: DRUG RECALL", "", "Product: Metformin HCl extended-release tablets 500 mg and 750 mg", f"Lots: {R.randint(10000, 99999)}A, {R.randint(10000, 99999)}B",
                  "Reason: NDMA above acceptable intake limit", "Action: quarantine affected lots; return via reverse distributor."]
        return dict(kind="marketing", frm=("Pharmacy Purchasing", f"rxpurchasing@{DOM}"), to=[("Pharmacy", f"pharmacy@{DOM}")], subject="Recall notice",
                    text="Recall notice from the manufacturer attached; please pull stock today.", atts=[pdf_part("recall.pdf", "Recall Notice", plines)],
                    note="drug recall notice naming product and lots, no patient")
    if v == 4:
        text = ("Now hiring: Medical Assistants at Riverside Family Medicine - Eastgate. $21-$25/hour, tuition assistance, no nights. "
                "Apply at careers.riversidehealth.example.\n\nRiverside Health is an equal opportunity employer.")
        return dict(kind="marketing", frm=("Riverside Careers", f"careers@{DOM}"), to=[("Job Alerts", "jobalerts@jobboard.example.org")], subject="Now hiring",
                    text=text, note="public job posting")
    html = html_wrap("<h2>Joint pain holding you back?</h2><p>Join our orthopedic surgeons for a free seminar on knee and hip replacement, "
                     "Thursday 6&nbsp;PM at the Westfield Community Center. Light refreshments.</p><p><a href=\"https://www.riversidehealth.example/ortho\">Register</a></p>")
    return dict(kind="marketing", frm=("Riverside Orthopedics", f"ortho@{DOM}"), to=[("Community", f"community-list@{DOM}")], subject="Free joint pain seminar",
                text="Joint pain holding you back? Join our orthopedic surgeons for a free seminar Thursday 6 PM.", html=html, note="service-line marketing e-mail")


def k_name_only(i):
    v = i % 5
    if v == 0:
        rows = ["Volunteer,Shift,Area,Phone"] + [f"\"{person().style('lf')}\",{R.choice(['Mon AM', 'Tue PM', 'Wed AM', 'Sat AM'])},{R.choice(['Gift shop', 'Info desk', 'Wayfinding', 'Chapel'])},{phone()}" for _ in range(8)]
        return dict(kind="name_only", frm=("Volunteer Services", f"volunteers@{DOM}"), to=[("Info Desk Leads", f"infodesk@{DOM}")], subject="April volunteers",
                    text="April volunteer roster attached.", atts=[att("csv", "volunteers_april.csv", "\n".join(rows) + "\n")], note="volunteer list with names/phones; no health info")
    if v == 1:
        ps = [person() for _ in range(5)]
        text = "Parking permits ready for pick-up at the Security office:\n\n" + "\n".join(f"{q.style('LF')}  permit #{R.randint(1000, 9999)}  Lot {R.choice('ABCF')}" for q in ps)
        return dict(kind="name_only", frm=("Security", f"security@{DOM}"), to=[("Security Desk", f"securitydesk@{DOM}")], subject="permits", text=text,
                    note="parking permit list; names only")
    if v == 2:
        ps = [person() for _ in range(8)]
        html = html_wrap("<h3>Gala donor recognition - proof</h3><ul>" + "".join(f"<li>{h(q.style(R.choice(['fl', 'fml'])))}</li>" for q in ps) + "</ul><p>Please check spelling.</p>")
        text = "Gala donor recognition - proof\n\n" + "\n".join(q.full for q in ps) + "\n\nPlease check spelling."
        return dict(kind="name_only", frm=("Riverside Foundation", f"foundation@{DOM}"), to=[("Events", f"events@{DOM}")], subject="donor wall proof",
                    text=text, html=html, note="donor list; names without health info")
    if v == 3:
        ps = [person() for _ in range(4)]
        text = ("Congratulations to the 2025 Riverside scholarship recipients: " + ", ".join(q.full for q in ps) +
                ". Each receives $2,500 toward nursing or allied-health school.")
        return dict(kind="name_only", frm=("Riverside Foundation", f"foundation@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")], subject="Scholarship winners",
                    text=text, note="scholarship winners; names only")
    ps = [person() for _ in range(6)]
    text = ("Badges for Thursday's contractor walk-through:\n" + "\n".join(f"- {q.style(R.choice(['fl', 'lf', 'nick']))} ({R.choice(['Apex Electric', 'Northside Mechanical', 'Lakeside Glass'])})" for q in ps))
    return dict(kind="name_only", frm=("Facilities", f"facilities@{DOM}"), to=[("Security", f"security@{DOM}")], subject="visitor badges",
                text=text, note="contractor badge list; names only")


def k_other_label(i):
    which = "general" if i % 2 == 0 else "internal"
    name = R.choice(["General", "general", "General - Anyone"]) if which == "general" else R.choice(["Internal", "Internal Only", "internal"])
    v = i % 5
    a = staff(R.choice(["Manager", "Director", "Analyst"]))
    if v == 0:
        text = f"FY26 capital requests are due {d_short(future())}. Use the attached template; anything over $50k needs a business case.{sig(a)}"
        atts = [att("csv", "capital_template.csv", "Dept,Item,Cost,Justification\n,,,\n")]
    elif v == 1:
        text = ("Draft policy NUR-204 (IV line labeling) is out for comment. Change: label tubing with date/time at every bag change. "
                "Comments to the policy office by Friday." + sig(a))
        atts = []
    elif v == 2:
        text = f"Census this morning: {R.randint(280, 360)} inpatients, {R.randint(4, 20)} ED boarders, {R.randint(0, 6)} diversions overnight. Staffing huddle at 0900.{sig(a)}"
        atts = []
    elif v == 3:
        text = "Minutes from the EHR optimization committee are attached. Next meeting moved to the 2nd Tuesday."
        atts = [pdf_part("minutes.pdf", "EHR Optimization Committee - Minutes", ["Attendees: committee members", "1. Alert fatigue review", "2. Order set cleanup"])]
    else:
        text = "Reminder: the all-hands town hall is Thursday at noon. Questions can be submitted anonymously via the form."
        atts = []
    return dict(kind="other_label", frm=addr_of(a), to=[(f"{a.dept} Leaders", f"leaders@{DOM}")], subject=R.choice(["Follow-up", "update", "FYI", "Results"]),
                text=text, atts=atts, label=(which, name), note=f"sensitivity label '{name}' ({which}, not PHI) on ordinary business mail")


def k_general(i):
    v = i % 6
    if v == 0:
        payload = {"incident": f"INC{R.randint(1000000, 9999999)}", "service": "Citrix StoreFront", "severity": 2, "hosts": [f"rh-ctx-{R.randint(10, 99)}.{DOM}" for _ in range(3)],
                   "error": "HTTP 503 from load balancer pool", "opened": "2025-03-04T13:02:11Z"}
        return dict(kind="general", frm=("IT Service Desk", f"servicedesk@{DOM}"), to=[("Citrix Team", f"citrix@{DOM}")], subject="P2 incident",
                    text="Monitoring raised a P2; details attached.", atts=[att("json", "incident.json", json.dumps(payload, indent=2))], note="IT incident with JSON payload")
    if v == 1:
        ack = f"MSH|^~\\&|LAB|RHLAB|EPIC|RIVERSIDE|20250304101501||ACK^R01^ACK|{uid()}|P|2.5.1\nMSA|AE|{uid()}|Unknown receiving facility\nERR|||207^Application internal error^HL70357|E\n"
        return dict(kind="general", frm=addr_of(staff("Integration Analyst", "Interface Team", "")), to=[("Interface Team", f"interfaces@{DOM}")],
                    subject="NAKs from lab", text="Getting these NAKs every few minutes since the cert rotation - ACK sample attached.",
                    atts=[att("hl7", "ack_sample.hl7", ack)], note="HL7 ACK/NAK with MSA/ERR only; no PID")
    if v == 2:
        plines = ["INVOICE", f"Invoice no: {R.randint(100000, 999999)}   Date: {d_us(past())}", "Bill to: Riverside Health Accounts Payable", "",
                  "Annual maintenance - bladder scanners (12 units)      $8,400.00", "Freight                                                  $120.00", "Total due net 30              $8,520.00"]
        return dict(kind="general", frm=("Billing", "billing@biomedservice.example.org"), to=[("Accounts Payable", f"ap@{DOM}")], subject="Invoice",
                    text="Please find our invoice attached.", style="ext", atts=[pdf_part("invoice.pdf", "BioMed Service Co.", plines)], note="vendor invoice PDF")
    if v == 3:
        when = datetime.datetime(2025, 3, R.randint(8, 29), 1, 0)
        desc = "Planned EHR downtime 01:00-03:00 for the quarterly upgrade. Use downtime forms; BCA PCs will have reports."
        return dict(kind="general", frm=("IT Change Management", f"change@{DOM}"), to=[("All Staff", f"allstaff@{DOM}")], subject="Planned EHR downtime",
                    text=desc, ics=ics("Planned EHR downtime", desc, when, 120, "All sites", ("IT Change Management", f"change@{DOM}"), [("All Staff", f"allstaff@{DOM}")]),
                    note="calendar invite for IT downtime")
    if v == 4:
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<advanceShipNotice>\n  <shipment id="' + str(R.randint(10000000, 99999999)) + '" carrier="ParcelCo"/>\n'
               '  <item ndc="00093-7214-01" desc="Atorvastatin 40 mg tablets, 90 count" qty="24"/>\n  <item ndc="00378-0208-01" desc="Metformin 500 mg tablets, 100 count" qty="36"/>\n</advanceShipNotice>\n')
        return dict(kind="general", frm=("Wholesaler EDI", "edi@rxwholesale.example.org"), to=[("Pharmacy Receiving", f"rxreceiving@{DOM}")],
                    subject="ASN", text="Advance ship notice attached.", style="ext", atts=[att("xml", "asn.xml", xml, b64=False)], note="pharmacy shipment XML with drug names; no patient")
    a, b = staff("Analyst"), staff("Manager")
    text = (f"Approved - go ahead with the PO.\n{b.first}" + outlook_quote(f"{disp(a)} <{a.email}>", qdt(),
                                                                    f"{disp(b)} <{b.email}>", "laptop refresh", "Quote for 40 laptops is $38,960 incl. docks. OK to proceed?"))
    return dict(kind="general", frm=addr_of(b), to=[addr_of(a)], subject="RE: laptop refresh", text=text, note="finance approval reply chain")


# =========================================================================== driver
POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration", "billing_claim",
       "hl7", "ccda", "imaging", "label", "mbi"]
NEG = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year", "id_shaped",
       "staff_admin", "marketing", "name_only", "other_label", "general"]
PER_KIND = 11


def main():
    if os.path.isdir(MSGDIR):
        shutil.rmtree(MSGDIR)
    os.makedirs(MSGDIR)
    jobs = []
    for k in POS + NEG:
        for i in range(PER_KIND):
            jobs.append((k, i))
    R.shuffle(jobs)
    labels = []
    for n, (k, i) in enumerate(jobs, 1):
        STAFF_CACHE.clear()
        spec = globals()["k_" + k](i)
        if not spec.get("body_form"):
            spec["body_form"] = BODY_FORMS[(i + n) % 5]
        lines = build(spec)
        data = ("\r\n".join(lines) + "\r\n").encode("ascii")
        fn = f"r{n:04d}.eml"
        with open(os.path.join(MSGDIR, fn), "wb") as f:
            f.write(data)
        labels.append({"file": fn, "phi": k in POS, "kind": k, "form": describe(spec["forms"]), "note": spec["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, indent=1)
        f.write("\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
