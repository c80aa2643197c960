#!/usr/bin/env python3
"""Generate the phi2 development corpus (second writer) of Riverside Health e-mail.

Standard library only.  Fixed seed, no clock reads: every run writes byte-identical
messages/qNNNN.eml files and labels.json next to this script.

    python3 generate.py            # writes ./messages and ./labels.json
    python3 generate.py OUTDIR     # writes OUTDIR/messages and OUTDIR/labels.json
"""
import base64
import csv
import datetime
import html
import io
import json
import os
import random
import sys
import unicodedata
import zlib

SEED = 4410276
CRLF = "\r\n"
DOMAIN = "riversidehealth.example"
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GEN_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INT_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
TENANT = "3c9d7e21-58a4-4b6f-8e0d-71a2f5c4b9e6"
PHI_LABEL_NAMES = ["Confidential - PHI", "Confidential PHI", "confidential-phi", "Confidential-PHI",
                   "CONFIDENTIAL PHI"]

# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------
# (first, middle initial, last, sex)
PATIENTS = [
    ("Oluwaseun", "T", "Adebayo-Smith", "M"), ("Thi Lan", "", "Nguyen", "F"), ("Tavita", "S", "Faleolo", "M"),
    ("Zbigniew", "J", "Kowalczyk", "M"), ("Hyun-jung", "", "Baek", "F"), ("Guadalupe", "M", "Villaseñor", "F"),
    ("Xiomara", "L", "Betancourt", "F"), ("Dariusz", "P", "Wróbel", "M"), ("Mei-Ling", "", "Tsai", "F"),
    ("Rajesh", "K", "Venkataraman", "M"), ("Aaliyah", "D", "Washington", "F"), ("DeShawn", "R", "Pritchett", "M"),
    ("Fatima", "Z", "Al-Mansouri", "F"), ("Yusuf", "A", "Haddad", "M"), ("Nadia", "V", "Petrović", "F"),
    ("Svetlana", "I", "Obolenskaya", "F"), ("Keoni", "K", "Kahananui", "M"), ("Malia", "T", "Tuipulotu", "F"),
    ("Sione", "F", "Havili", "M"), ("Amara", "N", "Chukwuemeka", "F"), ("Kwame", "O", "Mensah", "M"),
    ("Abebe", "G", "Tesfaye", "M"), ("Haruto", "", "Nakamura", "M"), ("Yuki", "", "Ishikawa", "F"),
    ("Ji-woo", "", "Park", "F"), ("Sanjay", "M", "Bhattacharya", "M"), ("Lakshmi", "S", "Iyer", "F"),
    ("Priyanka", "R", "Deshmukh", "F"), ("Mohammed", "I", "Qureshi", "M"), ("Aisha", "B", "Siddiqui", "F"),
    ("Esperanza", "C", "Ochoa", "F"), ("Joaquín", "E", "Barrera", "M"), ("María José", "", "Castillo", "F"),
    ("Rosa Elena", "", "Quintanilla", "F"), ("Jean-Baptiste", "", "Toussaint", "M"), ("Marie-Claire", "", "Dupuis", "F"),
    ("Bogdan", "C", "Marinescu", "M"), ("Oksana", "M", "Hrytsenko", "F"), ("Vladimir", "A", "Lysenko", "M"),
    ("Eleni", "G", "Papadopoulos", "F"), ("Giovanni", "P", "Ruggiero", "M"), ("Siobhan", "M", "Gallagher", "F"),
    ("Eamon", "J", "Fitzgerald", "M"), ("Margaret", "A", "Holloway", "F"), ("Dale", "E", "Kowalski", "M"),
    ("Brenda", "K", "Lutz", "F"), ("Cody", "W", "Rasmussen", "M"), ("Tyrone", "L", "Givens", "M"),
    ("Latoya", "S", "Hairston", "F"), ("Shaniqua", "M", "Boykin", "F"), ("Wei", "", "Zhang", "M"),
    ("Xiuying", "", "Liu", "F"), ("Haoran", "", "Chen", "M"), ("Minh", "Q", "Tran", "M"), ("Bao", "", "Pham", "M"),
    ("Phuong", "T", "Le", "F"), ("Somchai", "", "Rattanakorn", "M"), ("Nalani", "K", "Akana", "F"),
    ("Leilani", "M", "Kealoha", "F"), ("Pita", "", "Taufa", "M"), ("Mele", "L", "Fifita", "F"),
    ("Tenzin", "", "Dorje", "M"), ("Aroha", "", "Ngata", "F"), ("Ibrahima", "", "Diallo", "M"),
    ("Fatoumata", "B", "Keita", "F"), ("Chidi", "E", "Okafor", "M"), ("Ngozi", "A", "Eze", "F"),
    ("Tariq", "H", "Rahman", "M"), ("Layla", "N", "Hassan", "F"), ("Omar", "F", "Farouk", "M"),
    ("Yael", "R", "Rosenberg", "F"), ("Moshe", "D", "Feldman", "M"), ("Agnieszka", "B", "Nowak", "F"),
    ("Piotr", "K", "Zieliński", "M"), ("Katarzyna", "E", "Szymańska", "F"), ("Dmitri", "S", "Volkov", "M"),
    ("Irina", "V", "Sokolova", "F"), ("Goran", "", "Jovanović", "M"), ("Mirela", "", "Kovačević", "F"),
    ("Hamid", "R", "Karimi", "M"), ("Shirin", "", "Tehrani", "F"), ("Arjun", "V", "Malhotra", "M"),
    ("Navdeep", "S", "Sandhu", "M"), ("Harpreet", "K", "Gill", "F"), ("Carmen", "I", "Rosario", "F"),
    ("Luis Alberto", "", "Ferrer", "M"), ("Yesenia", "P", "Montalvo", "F"), ("Wanda", "J", "Pettigrew", "F"),
    ("Earl", "T", "Stackhouse", "M"), ("Hollis", "B", "Whitfield", "M"), ("Juniper", "A", "Castellanos", "F"),
    ("Ryota", "", "Fujimoto", "M"), ("Soo-ah", "", "Cho", "F"), ("Duc", "V", "Hoang", "M"),
    ("Tuyet Mai", "", "Vo", "F"), ("Anahera", "", "Walker", "F"), ("Kalani", "", "Pua", "M"),
    ("Dorothy", "E", "Vandermeer", "F"), ("Gerald", "C", "Okonkwo", "M"), ("Ifeoma", "C", "Okonkwo", "F"),
    ("Bartholomew", "R", "Quist", "M"), ("Consuelo", "", "Arreola", "F"), ("Teodoro", "", "Lumbang", "M"),
    ("Marisol", "", "Dagohoy", "F"), ("Aleksandr", "", "Grinberg", "M"), ("Halona", "", "Yazzie", "F"),
    ("Ahanu", "", "Begay", "M"), ("Sefa", "", "Leota", "F"), ("Ilse", "M", "Brandvold", "F"),
]

# (first, last, credential, role)
STAFF = [
    ("Priya", "Raman", "RN, CDCES", "diabetes educator"), ("Marcus", "Oyelaran", "MD", "hospitalist"),
    ("Ana Lucía", "Reyes", "NP", "family medicine"), ("Daniel", "Whitcombe", "PA-C", "orthopedics"),
    ("Yiwen", "Chen", "PharmD", "clinical pharmacist"), ("Rebecca", "Stoltzfus", "MD", "cardiology"),
    ("Tomasz", "Grabowski", "MD", "pulmonology"), ("Adaeze", "Nwosu", "MD", "nephrology"),
    ("Kenji", "Watanabe", "MD", "radiology"), ("Samantha", "Birch", "RN", "charge nurse 4 West"),
    ("Hector", "Galarza", "MD", "emergency medicine"), ("Leah", "Abramowitz", "LCSW", "social work"),
    ("Farid", "Nazari", "MD", "gastroenterology"), ("Noelani", "Kahale", "RN", "care coordinator"),
    ("Olga", "Tereshchenko", "MD", "endocrinology"), ("Bryce", "Dunlap", "", "interface analyst"),
    ("Keisha", "Ransome", "", "patient access supervisor"), ("Ruth", "Engebretson", "CPC", "coding specialist"),
    ("Vikram", "Subramanian", "MD", "oncology"), ("Paulo", "Tuilagi", "RN", "infusion nurse"),
    ("Lindsey", "Marchetti", "", "revenue cycle analyst"), ("Gabriela", "Sandoval", "MA", "clinic scheduler"),
    ("Emeka", "Obi", "MD", "internal medicine"), ("Hana", "Yoshida", "PT, DPT", "physical therapy"),
    ("Curtis", "Vanlandingham", "", "IT service desk"), ("Mariam", "Abdi", "RN", "discharge planner"),
    ("Jorge", "Villalobos", "", "supply chain"), ("Anneliese", "Voss", "MD", "obstetrics"),
    ("Thanh", "Dao", "PharmD", "outpatient pharmacy"), ("Rosalind", "Achterberg", "", "HR business partner"),
    ("Desmond", "Kariuki", "MD", "infectious disease"), ("Beatriz", "Albuquerque", "RN", "quality"),
]

STREETS = ["Larkspur Ct", "N Water St", "Juniper Ridge Rd", "E Kilbourn Ave", "Old Mill Ln", "Sawgrass Way",
           "Calle Alameda", "Thornapple Dr", "W Greenfield Ave", "Pinecrest Blvd", "Hollyhock Cir",
           "Riverbend Pkwy", "Maple Hollow Rd", "S 27th St", "Lakeshore Dr", "Quarry View Ter"]
CITIES = [("Millbrook", "WI", "530"), ("Riverside", "WI", "531"), ("Eastgate", "WI", "532"),
          ("Lakeview", "IL", "600"), ("Cedar Falls", "WI", "549"), ("Port Alden", "MI", "494"),
          ("Brookhaven", "IL", "601"), ("West Ardell", "WI", "535")]
AREAS = ["414", "262", "608", "920", "847", "312", "616"]

ICD = [
    ("E11.9", "Type 2 diabetes mellitus without complications"),
    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    ("I10", "Essential (primary) hypertension"),
    ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
    ("N18.30", "Chronic kidney disease, stage 3 unspecified"),
    ("I50.22", "Chronic systolic (congestive) heart failure"),
    ("J18.9", "Pneumonia, unspecified organism"),
    ("K35.80", "Unspecified acute appendicitis"),
    ("M17.11", "Unilateral primary osteoarthritis, right knee"),
    ("F32.A", "Depression, unspecified"),
    ("E78.5", "Hyperlipidemia, unspecified"),
    ("I48.91", "Unspecified atrial fibrillation"),
    ("N39.0", "Urinary tract infection, site not specified"),
    ("O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled"),
    ("C50.911", "Malignant neoplasm of unspecified site of right female breast"),
    ("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter"),
    ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"),
    ("J45.909", "Unspecified asthma, uncomplicated"),
    ("R07.9", "Chest pain, unspecified"),
    ("A41.9", "Sepsis, unspecified organism"),
    ("E03.9", "Hypothyroidism, unspecified"),
    ("D50.9", "Iron deficiency anemia, unspecified"),
    ("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
    ("L03.115", "Cellulitis of right lower limb"),
    ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
    ("K57.30", "Diverticulosis of large intestine without perforation or abscess without bleeding"),
]
DRUGS = [
    ("metformin", "500 mg PO BID with meals"), ("lisinopril", "10 mg PO daily"),
    ("atorvastatin", "40 mg PO nightly"), ("apixaban", "5 mg PO BID"), ("levothyroxine", "75 mcg PO daily"),
    ("insulin glargine", "22 units subcut at bedtime"), ("amoxicillin-clavulanate", "875-125 mg PO BID x 7 days"),
    ("sertraline", "50 mg PO daily"), ("albuterol HFA", "2 puffs q4h PRN wheeze"),
    ("furosemide", "40 mg PO daily"), ("prednisone", "40 mg PO daily x 5 days"),
    ("oxycodone", "5 mg PO q6h PRN severe pain"), ("ondansetron", "4 mg ODT q8h PRN nausea"),
    ("enoxaparin", "40 mg subcut daily"), ("semaglutide", "0.5 mg subcut once weekly"),
    ("warfarin", "5 mg PO daily, INR goal 2-3"), ("tiotropium", "18 mcg inhaled daily"),
    ("carvedilol", "12.5 mg PO BID"), ("pantoprazole", "40 mg PO daily before breakfast"),
    ("cephalexin", "500 mg PO QID x 10 days"), ("gabapentin", "300 mg PO TID"),
    ("empagliflozin", "10 mg PO daily"), ("ferrous sulfate", "325 mg PO every other day"),
]
# analyte, unit, low, high, decimals
LABS = [
    ("Hemoglobin A1c", "%", 4.0, 5.6, 1), ("Glucose, fasting", "mg/dL", 70, 99, 0),
    ("Creatinine", "mg/dL", 0.6, 1.2, 2), ("eGFR (CKD-EPI 2021)", "mL/min/1.73m2", 60, 120, 0),
    ("Potassium", "mmol/L", 3.5, 5.1, 1), ("Sodium", "mmol/L", 136, 145, 0),
    ("Hemoglobin", "g/dL", 12.0, 16.0, 1), ("WBC", "x10^3/uL", 4.0, 11.0, 1),
    ("Platelets", "x10^3/uL", 150, 400, 0), ("TSH", "mIU/L", 0.45, 4.5, 2),
    ("LDL cholesterol (calc)", "mg/dL", 0, 99, 0), ("INR", "", 0.9, 1.1, 1),
    ("Troponin I, high sensitivity", "ng/L", 0, 34, 0), ("NT-proBNP", "pg/mL", 0, 125, 0),
    ("ALT", "U/L", 7, 56, 0), ("Ferritin", "ng/mL", 24, 336, 0), ("25-OH Vitamin D", "ng/mL", 30, 100, 0),
    ("PSA, total", "ng/mL", 0, 4.0, 2), ("Magnesium", "mg/dL", 1.7, 2.2, 1), ("Lactate", "mmol/L", 0.5, 2.0, 1),
]
CPT = [("99213", "Office/outpatient visit, established, low MDM"),
       ("99214", "Office/outpatient visit, established, moderate MDM"),
       ("99285", "Emergency department visit, high MDM"), ("80053", "Comprehensive metabolic panel"),
       ("83036", "Hemoglobin; glycosylated (A1c)"), ("85025", "CBC with automated differential"),
       ("71046", "Radiologic exam, chest; 2 views"), ("93000", "Electrocardiogram, complete"),
       ("27447", "Total knee arthroplasty"), ("45378", "Colonoscopy, diagnostic"),
       ("74177", "CT abdomen and pelvis with contrast"), ("70553", "MRI brain without and with contrast"),
       ("97110", "Therapeutic exercise, each 15 min"), ("93306", "Echocardiography, TTE complete"),
       ("36415", "Collection of venous blood by venipuncture")]
CLINICS = ["Riverside Cardiology - Eastgate", "Riverside Endocrinology", "Family Medicine - Millbrook",
           "Pulmonary Clinic, Tower B 3rd floor", "Orthopedics & Sports Medicine", "Women's Health - Lakeview",
           "Nephrology Clinic", "GI Endoscopy Suite", "Sleep Disorders Center", "Infusion Center",
           "Wound Care Clinic", "Memory & Neurology Clinic"]
PROCEDURES = ["colonoscopy", "EGD", "nuclear stress test", "transthoracic echocardiogram",
              "MRI lumbar spine w/o contrast", "CT abdomen/pelvis with contrast", "DEXA scan",
              "screening mammogram", "right knee arthroscopy", "cataract extraction, left eye",
              "overnight polysomnography", "pulmonary function testing", "48-hour Holter monitor",
              "iron infusion (ferric carboxymaltose)", "cystoscopy"]
PAYERS = ["Riverside Health Plan", "Riverside Health Plan Medicare Advantage", "Riverside Health Plan - Marketplace"]


def fold(s):
    """ASCII-fold a string (for 7bit parts and PDF text)."""
    s = s.replace("\u2013", "-").replace("\u2014", "--").replace("\u2019", "'").replace("\u201c", '"')
    s = s.replace("\u201d", '"').replace("\u2022", "*").replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_people = 0
        order = list(range(len(PATIENTS)))
        self.r.shuffle(order)
        self.order = order

    # --- identifiers ------------------------------------------------------------------------
    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a == 666:
                continue
            v = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
            if v not in ("078-05-1120", "219-09-9999", "123-45-6789"):
                return v

    def mrn(self):
        return "RH%07d" % self.r.randint(0, 9999999)

    def member(self):
        return "RHP%09d" % self.r.randint(0, 999999999)

    def npi(self):
        base = str(self.r.choice([1, 2])) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return base + luhn_digit("80840" + base)

    def dea(self, last):
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        second = fold(last)[0].upper()
        return self.r.choice("ABFM") + second + "".join(map(str, d)) + str(chk)

    def mbi(self):
        a = "ACDEFGHJKMNPQRTUVWXY"
        n = "0123456789"
        pat = ["123456789", a, a + n, n, a, a + n, n, a, a, n, n]
        return "".join(self.r.choice(p) for p in pat)

    def phone(self):
        return "(%s) 555-01%02d" % (self.r.choice(AREAS), self.r.randint(0, 99))

    def ext(self):
        return "x%d" % self.r.randint(2000, 7999)

    def address(self):
        c, st, z = self.r.choice(CITIES)
        return ("%d %s" % (self.r.randint(12, 9870), self.r.choice(STREETS)), c, st, z + "%02d" % self.r.randint(1, 99))

    def date(self, y0=2024, y1=2024):
        d = datetime.date(y0, 1, 1) + datetime.timedelta(days=self.r.randint(0, 365 * (y1 - y0 + 1) - 1))
        return d

    def dob(self):
        return datetime.date(1932, 1, 1) + datetime.timedelta(days=self.r.randint(0, 365 * 88))

    def patient(self):
        p = PATIENTS[self.order[self.used_people % len(PATIENTS)]]
        self.used_people += 1
        first, mid, last, sex = p
        dob = self.dob()
        return dict(first=first, mid=mid, last=last, sex=sex, dob=dob, mrn=self.mrn(), ssn=self.ssn(),
                    member=self.member(), mbi=self.mbi(), phone=self.phone(), addr=self.address(),
                    age=2024 - dob.year)

    def staff(self):
        f, l, c, role = self.r.choice(STAFF)
        return dict(first=f, last=l, cred=c, role=role)

    def pick(self, seq, k=None):
        if k is None:
            return self.r.choice(seq)
        return self.r.sample(seq, k)

    def chance(self, p):
        return self.r.random() < p

    def lab_value(self, lab, abnormal=None):
        name, unit, lo, hi, dec = lab
        if abnormal is None:
            abnormal = self.chance(0.4)
        span = (hi - lo) or 1
        if abnormal:
            v = hi + span * self.r.uniform(0.1, 0.9) if self.chance(0.7) or lo == 0 else max(lo * self.r.uniform(0.4, 0.9), 0.1)
        else:
            v = lo + span * self.r.uniform(0.1, 0.9)
        flag = "" if lo <= v <= hi else ("H" if v > hi else "L")
        val = ("%." + str(dec) + "f") % v
        rng = ("<" + fmt_num(hi, dec)) if lo == 0 else ("%s-%s" % (fmt_num(lo, dec), fmt_num(hi, dec)))
        return name, val, unit, rng, flag


def fmt_num(v, dec):
    return ("%." + str(dec) + "f") % v


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def nm(p, style):
    f, l, m = p["first"], p["last"], p.get("mid", "")
    title = "Mr." if p.get("sex") == "M" else ("Mrs." if len(l) % 2 else "Ms.")
    if style == "full":
        return "%s %s" % (f, l)
    if style == "lastfirst":
        return "%s, %s" % (l.upper(), f)
    if style == "lfm":
        return "%s, %s %s." % (l, f, m) if m else "%s, %s" % (l, f)
    if style == "first":
        return f
    if style == "title":
        return "%s %s" % (title, l)
    if style == "initials":
        return "%s.%s." % (f[0], l[0])
    if style == "fml":
        return "%s %s. %s" % (f, m, l) if m else "%s %s" % (f, l)
    raise ValueError(style)


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_long(d):
    return "%s %d, %d" % (["January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December"][d.month - 1], d.day, d.year)


def d_es(d):
    return "%d de %s de %d" % (d.day, ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                       "septiembre", "octubre", "noviembre", "diciembre"][d.month - 1], d.year)


def email_of(first, last, dom=DOMAIN):
    a = fold(first).lower().replace(" ", "").replace("-", "")
    b = fold(last).lower().replace(" ", "").replace("-", "").replace("'", "")
    return "%s.%s@%s" % (a, b, dom)


def staff_addr(s):
    disp = "%s %s" % (s["first"], s["last"]) + ((", " + s["cred"]) if s["cred"] else "")
    return (disp, email_of(s["first"], s["last"]))


# ----------------------------------------------------------------------------------------------
# encoders
# ----------------------------------------------------------------------------------------------
def to_crlf(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", CRLF)


def qp_encode(text):
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        b = line.encode("utf-8")
        toks = []
        for i, byte in enumerate(b):
            if (33 <= byte <= 126 and byte != 61) or (byte in (32, 9) and i != len(b) - 1):
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
    return CRLF.join(out)


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def enc_word(s):
    if all(ord(c) < 128 for c in s):
        return s
    return "=?utf-8?B?%s?=" % base64.b64encode(s.encode("utf-8")).decode("ascii")


def fmt_addr(a):
    disp, mail = a
    if any(ord(c) >= 128 for c in disp):
        return "%s <%s>" % (enc_word(disp), mail)
    if "," in disp or "." in disp:
        return '"%s" <%s>' % (disp, mail)
    return "%s <%s>" % (disp, mail)


def esc(s):
    return html.escape(str(s), quote=False).encode("ascii", "xmlcharrefreplace").decode("ascii")


# ----------------------------------------------------------------------------------------------
# MIME entities: (header list, body string with CRLF)
# ----------------------------------------------------------------------------------------------
def leaf(ctype, payload, cte, disp=None):
    hdrs = ["Content-Type: " + ctype]
    if disp:
        hdrs.append("Content-Disposition: " + disp)
    hdrs.append("Content-Transfer-Encoding: " + cte)
    if cte == "base64":
        data = payload if isinstance(payload, bytes) else payload.encode("utf-8")
        body = b64_lines(data)
    elif cte == "quoted-printable":
        body = qp_encode(payload)
    else:
        body = to_crlf(payload)
        assert all(ord(c) < 128 for c in body), "non-ascii in 7bit part"
    return (hdrs, body)


def serialize(ent):
    hdrs, body = ent
    return CRLF.join(hdrs) + CRLF + CRLF + body


class Mime:
    def __init__(self, g):
        self.g = g

    def boundary(self):
        return "_%03d_%s_" % (self.g.r.randint(0, 999), "".join(self.g.r.choice("0123456789ABCDEF") for _ in range(24)))

    def multi(self, sub, parts, preamble=False):
        b = self.boundary()
        hdrs = ['Content-Type: multipart/%s;%s\tboundary="%s"' % (sub, CRLF, b)]
        chunks = []
        if preamble:
            chunks.append("This is a multi-part message in MIME format." + CRLF + CRLF)
        for p in parts:
            chunks.append("--" + b + CRLF + serialize(p) + CRLF)
        chunks.append("--" + b + "--" + CRLF)
        return (hdrs, "".join(chunks))


# ----------------------------------------------------------------------------------------------
# document rendering
# ----------------------------------------------------------------------------------------------
def table_text(headers, rows):
    cols = list(zip(*([headers] + [[str(c) for c in r] for r in rows])))
    widths = [max(len(c) for c in col) for col in cols]
    if sum(widths) + 3 * len(widths) > 150:
        return [" | ".join(headers)] + [" | ".join(str(c) for c in r) for r in rows]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()
    out = [line, "  ".join("-" * w for w in widths)]
    for r in rows:
        out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return out


def doc_text(doc):
    lines = list(doc.get("body", []))
    if doc.get("fields"):
        if lines:
            lines.append("")
        for k, v in doc["fields"]:
            lines.append("%s: %s" % (k, v) if k else str(v))
    if doc.get("table"):
        if lines:
            lines.append("")
        lines += table_text(*doc["table"])
    if doc.get("tail"):
        lines.append("")
        lines += doc["tail"]
    return "\n".join(lines) + "\n"


def spansplit(g, v):
    v = str(v)
    if len(v) < 5 or g.chance(0.25):
        return esc(v)
    if len(v) == 10 and v[2] == "/" and v[5] == "/":
        cuts = [6]
    elif len(v) > 9 and g.chance(0.5):
        cuts = sorted(g.r.sample(range(1, len(v)), 2))
    else:
        cuts = [g.r.randint(1, len(v) - 1)]
    pieces = [v[a:b] for a, b in zip([0] + cuts, cuts + [len(v)])]
    style = g.pick(["", "", ' style="font-family:Calibri,sans-serif"', ' class="x_value"', ' lang="EN-US"'])
    return "".join("<span%s>%s</span>" % (style, esc(p)) for p in pieces)


def doc_html(g, doc, full=True):
    out = []
    if full:
        out += ['<html xmlns:o="urn:schemas-microsoft-com:office:office">', "<head>",
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
                "<style>p.MsoNormal{margin:0in;font-size:11pt;font-family:Calibri,sans-serif}"
                " td,th{border:1px solid #999;padding:2px 6px}</style>", "</head>",
                '<body lang="EN-US" link="#0563C1">', '<div class="WordSection1">']
    if doc.get("title_html"):
        out.append("<h2>%s</h2>" % esc(doc["title_html"]))
    for ln in doc.get("body", []):
        if ln == "":
            out.append('<p class="MsoNormal">&nbsp;</p>')
        elif ln.startswith(">"):
            out.append('<blockquote style="border-left:1px solid #ccc;padding-left:6px">%s</blockquote>' % esc(ln.lstrip("> ")))
        else:
            out.append('<p class="MsoNormal">%s</p>' % esc(ln))
    if doc.get("fields"):
        out.append('<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">')
        for k, v in doc["fields"]:
            out.append("<tr><td><b>%s</b>&nbsp;</td><td>%s</td></tr>" % (esc(k + ":" if k else ""), spansplit(g, v)))
        out.append("</table>")
    if doc.get("table"):
        h, rows = doc["table"]
        out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">')
        out.append("<thead><tr>" + "".join("<th>%s</th>" % esc(x) for x in h) + "</tr></thead><tbody>")
        for row in rows:
            out.append("<tr>" + "".join("<td>%s</td>" % spansplit(g, c) for c in row) + "</tr>")
        out.append("</tbody></table>")
    if doc.get("tail"):
        out.append('<p class="MsoNormal">&nbsp;</p>')
        for ln in doc["tail"]:
            out.append('<p class="MsoNormal">%s</p>' % (esc(ln) if ln else "&nbsp;"))
    if full:
        out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def doc_csv(doc):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in doc.get("csv_pre", []):
        w.writerow([ln] if isinstance(ln, str) else ln)
    if doc.get("table"):
        h, rows = doc["table"]
        w.writerow(h)
        for row in rows:
            w.writerow(row)
    else:
        w.writerow(["field", "value"])
        for k, v in doc.get("fields", []):
            w.writerow([k, v])
        for i, ln in enumerate(doc.get("body", [])):
            if ln:
                w.writerow(["note_%02d" % i, ln])
    return buf.getvalue()


def doc_json(doc):
    if "json" in doc:
        obj = doc["json"]
    else:
        obj = {"documentType": doc.get("title", doc["subject"]), "source": "Riverside Health"}
        if doc.get("fields"):
            obj["fields"] = {k or "note": v for k, v in doc["fields"]}
        if doc.get("table"):
            h, rows = doc["table"]
            obj["rows"] = [dict(zip(h, row)) for row in rows]
        if doc.get("body"):
            obj["text"] = [ln for ln in doc["body"] if ln]
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def xml_tag(s):
    t = "".join(c if c.isalnum() else "_" for c in fold(s)).strip("_") or "field"
    return t if not t[0].isdigit() else "f_" + t


def doc_xml(doc):
    if "xml" in doc:
        return doc["xml"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<document type="%s" source="Riverside Health">' % esc(xml_tag(doc.get("title", "message")))]
    for ln in doc.get("body", []):
        if ln:
            out.append("  <para>%s</para>" % esc(ln))
    for k, v in doc.get("fields", []):
        out.append("  <%s>%s</%s>" % (xml_tag(k), esc(v), xml_tag(k)))
    if doc.get("table"):
        h, rows = doc["table"]
        out.append("  <rows>")
        for row in rows:
            out.append("    <row>" + "".join("<%s>%s</%s>" % (xml_tag(a), esc(b), xml_tag(a)) for a, b in zip(h, row)) + "</row>")
        out.append("  </rows>")
    out.append("</document>")
    return "\n".join(out) + "\n"


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines, compress, stamp):
    wrapped = []
    for ln in lines:
        ln = fold(ln)
        while len(ln) > 95:
            cut = ln.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            wrapped.append(ln[:cut])
            ln = "    " + ln[cut:].lstrip()
        wrapped.append(ln)
    per = 52
    pages = [wrapped[i:i + per] for i in range(0, len(wrapped), per)] or [[]]
    n_pages = len(pages)
    # objects: 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    objs = {}
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = ("<< /Title (%s) /Producer (Riverside DocGen 3.2) /CreationDate (D:%s) >>"
               % (pdf_escape(fold(title)), stamp)).encode()
    for i, pg in enumerate(pages):
        ops = ["BT", "/F1 13 Tf", "54 750 Td", "(%s) Tj" % pdf_escape(fold(title)) if i == 0 else "( ) Tj", "/F1 10 Tf"]
        first = True
        for ln in pg:
            ops.append("0 -%d Td" % (22 if first else 13))
            first = False
            ops.append("(%s) Tj" % pdf_escape(ln))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(stream, 9)
            sdict = "<< /Length %d /Filter /FlateDecode >>" % len(data)
        else:
            data = stream
            sdict = "<< /Length %d >>" % len(data)
        objs[5 + 2 * i] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode()
        objs[6 + 2 * i] = sdict.encode() + b"\nstream\n" + data + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k in range(1, len(objs) + 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
