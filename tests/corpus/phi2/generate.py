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
import re
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

    def clin(self):
        f, l, c, role = self.r.choice([x for x in STAFF if x[2].split(",")[0] in ("MD", "NP", "PA-C")])
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
            toks = re.split(r"(\s+)", ln)
            out.append('<p class="MsoNormal">%s</p>' % "".join(
                spansplit(g, t) if (len(t) >= 5 and re.search(r"\d", t)) else esc(t) for t in toks))
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
        w.writerow(([ln] if ln else []) if isinstance(ln, str) else ln)
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


# ----------------------------------------------------------------------------------------------
# message assembly
# ----------------------------------------------------------------------------------------------
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ATTACH_FORMS = ("csv", "txt", "htmlatt", "json", "xml", "pdf", "hl7")
FORM_DESC = {
    "plain": "text/plain 7bit", "qp": "text/plain quoted-printable", "b64": "text/plain base64",
    "html": "text/html with span-split values", "alt": "multipart/alternative text+html",
    "csv": "multipart/mixed + CSV attachment", "txt": "multipart/mixed + TXT attachment",
    "htmlatt": "multipart/mixed + HTML attachment", "json": "multipart/mixed + JSON attachment",
    "xml": "multipart/mixed + XML attachment", "pdf": "multipart/mixed + PDF attachment",
    "hl7": "multipart/mixed + HL7 v2 attachment", "rfc822": "multipart/mixed + forwarded message/rfc822",
}
REPLIES = [
    "Thanks - looping in {n} who owns this now.", "Can you take a look when you get a chance?",
    "See below. Not sure this landed with the right team.", "Adding {n}.", "Any update on this one?",
    "Following up on the thread below.", "Got it, thanks. Forwarding for visibility.",
    "Per our call this morning - see the original at the bottom.", "{n} - is this yours?",
    "Bumping this.", "Resending since the first one bounced.", "FYI, see the first message in this chain.",
]


def rfc_date(dt):
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (WEEKDAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
                                                 dt.hour, dt.minute, dt.second,
                                                 "-0500" if 3 < dt.month < 11 else "-0600")


def outlook_date(dt):
    h = dt.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (WEEKDAYS_LONG[dt.weekday()], d_long(dt).split(" ")[0], dt.day, dt.year, h,
                                         dt.minute, "AM" if dt.hour < 12 else "PM")


def guid(g):
    h = "".join(g.r.choice("0123456789abcdef") for _ in range(32))
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], g.r.choice("89ab"), h[17:20], h[20:32])


def thread_wrap(g, text, subject, depth=3, top=None):
    """Wrap text as the oldest message of an Outlook-style reply chain `depth` replies deep."""
    dt = g.cur_dt
    chain = []
    people = [staff_addr(dict(first=f, last=l, cred=c, role=r)) for f, l, c, r in g.pick(STAFF, depth + 1)]
    if top:
        people[0] = top
    for i in range(depth):
        n = people[i + 1][0].split(",")[0]
        chain.append(g.pick(REPLIES).format(n=n.split(" ")[0]))
    out = [chain[0], "", people[0][0].split(",")[0], ""]
    for i in range(1, depth + 1):
        dt = dt - datetime.timedelta(hours=g.r.randint(1, 30), minutes=g.r.randint(0, 59))
        pre = "RE: " if i < depth else ""
        out += ["-----Original Message-----" if g.chance(0.3) else "_" * 32,
                "From: %s <%s>" % people[i], "Sent: %s" % outlook_date(dt), "To: %s" % people[i - 1][0],
                "Subject: %s%s" % (pre, subject), ""]
        if i < depth:
            out += [chain[i], ""]
    return "\n".join(out) + "\n" + text


def msip_header(g, which, dt):
    if which == "phi":
        gid, name = PHI_GUID, g.pick(PHI_LABEL_NAMES)
    elif which == "general":
        gid, name = GEN_GUID, "General"
    else:
        gid, name = INT_GUID, "Internal"
    p = "MSIP_Label_%s_" % gid
    parts = [p + "Enabled=true", p + "SetDate=%04d-%02d-%02dT%02d:%02d:%02dZ" % (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second),
             p + "Method=" + g.pick(["Standard", "Standard", "Privileged"]), p + "Name=" + name,
             p + "SiteId=" + TENANT, p + "ActionId=" + guid(g), p + "ContentBits=0"]
    if g.chance(0.5):
        parts = [parts[0], parts[4], parts[3], parts[2], parts[1], parts[5], parts[6]]
    sep = ";" + CRLF + " " if g.chance(0.6) else "; "
    return "msip_labels: " + sep.join(parts) + ";"


def text_leaf(g, text, allow7=True):
    if allow7 and all(ord(c) < 128 for c in text) and g.chance(0.5):
        return leaf('text/plain; charset="us-ascii"', text, "7bit")
    return leaf('text/plain; charset="utf-8"', text, "quoted-printable")


DEFAULT_COVERS = [
    ["Please see attached."], ["Attached as discussed.", "", "Thanks"],
    ["Sending this over per your request - let me know if anything is missing."],
    ["See the attachment.", "", "Sent from my iPhone"], ["Here you go."],
    ["Hi,", "", "File attached. Reach out with questions.", "", "Best,"],
    ["Attaching the document below for your review."],
]


def attachment(g, doc, form):
    base = doc.get("fname") or "document"
    if form == "csv":
        name = base + ".csv"
        return leaf('text/csv; charset="utf-8"; name="%s"' % name, doc_csv(doc),
                    g.pick(["base64", "quoted-printable"]), 'attachment; filename="%s"' % name)
    if form == "txt":
        name = base + ".txt"
        return leaf('text/plain; charset="utf-8"; name="%s"' % name, doc_text(doc),
                    g.pick(["base64", "quoted-printable"]), 'attachment; filename="%s"' % name)
    if form == "htmlatt":
        name = base + g.pick([".html", ".htm"])
        return leaf('text/html; charset="utf-8"; name="%s"' % name, doc_html(g, doc), "base64",
                    'attachment; filename="%s"' % name)
    if form == "json":
        name = base + ".json"
        return leaf('application/json; name="%s"' % name, doc_json(doc), "base64",
                    'attachment; filename="%s"' % name)
    if form == "xml":
        name = base + ".xml"
        ct = g.pick(["application/xml", "text/xml"])
        cte = "base64" if ct == "application/xml" else "quoted-printable"
        if ct == "text/xml":
            ct += '; charset="utf-8"'
        return leaf('%s; name="%s"' % (ct, name), doc_xml(doc), cte, 'attachment; filename="%s"' % name)
    if form == "pdf":
        name = base + ".pdf"
        lines = doc_text(doc).rstrip("\n").split("\n")
        stamp = g.cur_dt.strftime("%Y%m%d%H%M%S") + "-05'00'"
        data = make_pdf(doc.get("title", doc["subject"]), lines, g.pdf_flip(), stamp)
        return leaf('application/pdf; name="%s"' % name, data, "base64", 'attachment; filename="%s"' % name)
    if form == "hl7":
        name = base + ".hl7"
        msg = doc["hl7"]
        if g.chance(0.5):
            return leaf('x-application/hl7-v2+er7; name="%s"' % name, msg.replace("\n", "\r") + "\r", "base64",
                        'attachment; filename="%s"' % name)
        return leaf('text/plain; charset="us-ascii"; name="%s"' % name, fold(msg) + "\n", "7bit",
                    'attachment; filename="%s"' % name)
    raise ValueError(form)


def render_body(g, mime, doc, form):
    text = doc_text(doc)
    if doc.get("thread") and form in ("plain", "qp", "b64", "html", "alt"):
        text = thread_wrap(g, text, doc["subject"], top=doc["frm"])
        hdoc = dict(doc, body=text.rstrip("\n").split("\n"), fields=None, table=doc.get("table"), tail=None)
        if doc.get("table"):  # table already inside text; keep the HTML table, drop it from text body lines
            tt = table_text(*doc["table"])
            hdoc["body"] = [ln for ln in hdoc["body"] if ln not in tt]
    else:
        hdoc = doc
    if form == "plain":
        return leaf('text/plain; charset="us-ascii"', fold(text), "7bit")
    if form == "qp":
        return leaf('text/plain; charset="utf-8"', text, "quoted-printable")
    if form == "b64":
        return leaf('text/plain; charset="utf-8"', text, "base64")
    if form == "html":
        return leaf('text/html; charset="utf-8"', doc_html(g, hdoc), "quoted-printable")
    if form == "alt":
        return mime.multi("alternative", [text_leaf(g, text), leaf('text/html; charset="utf-8"', doc_html(g, hdoc), "quoted-printable")])
    if form in ATTACH_FORMS:
        cover = "\n".join(doc.get("cover") or g.pick(DEFAULT_COVERS)) + "\n"
        if g.chance(0.3):
            body = mime.multi("alternative", [text_leaf(g, cover), leaf('text/html; charset="utf-8"', doc_html(g, {"body": cover.rstrip("\n").split("\n")}), "quoted-printable")])
        else:
            body = text_leaf(g, cover)
        return mime.multi("mixed", [body, attachment(g, doc, form)], preamble=g.chance(0.4))
    if form == "rfc822":
        inner_dt = g.cur_dt - datetime.timedelta(hours=g.r.randint(2, 96), minutes=g.r.randint(0, 59))
        ifrm = doc.get("inner_frm") or doc["frm"]
        ito = doc.get("inner_to") or doc["to"]
        itext = thread_wrap(g, text, doc["subject"], top=ifrm) if (doc.get("thread") or g.chance(0.5)) else text
        ih = ["From: " + fmt_addr(ifrm), "To: " + ", ".join(fmt_addr(a) for a in ito),
              "Subject: " + enc_word(doc["subject"]), "Date: " + rfc_date(inner_dt),
              "Message-ID: <%s@%s>" % (guid(g).replace("-", "").upper()[:20], fold(ifrm[1].split("@")[1])),
              "MIME-Version: 1.0"]
        ient = text_leaf(g, itext)
        inner = CRLF.join(ih) + CRLF + serialize(ient)
        cover = "\n".join(doc.get("fwd_cover") or g.pick(DEFAULT_COVERS + [["Forwarding - see the original message attached."], ["FYI"]])) + "\n"
        fname = fold(doc["subject"])[:40].strip().replace('"', "") or "message"
        part = (["Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="%s.eml"' % fname], inner)
        return mime.multi("mixed", [text_leaf(g, cover), part])
    raise ValueError(form)


def build_message(g, mime, doc, form):
    dt = g.cur_dt
    ent = render_body(g, mime, doc, form)
    subject = doc["subject"]
    if form == "rfc822" and not subject.upper().startswith("FW"):
        subject = g.pick(["FW: ", "Fwd: ", "FW: "]) + subject
    m365 = doc.get("m365", g.chance(0.88))
    host = "%s%02dMB%04d" % (g.pick(["SA1PR", "BN8PR", "CH3PR", "MN2PR", "DM6PR"]), g.r.randint(1, 19), g.r.randint(1000, 9999))
    h = ["From: " + fmt_addr(doc["frm"])]
    tos = [fmt_addr(a) for a in doc["to"]]
    h.append("To: " + ("," + CRLF + "\t").join(tos))
    if doc.get("cc"):
        h.append("CC: " + ("," + CRLF + "\t").join(fmt_addr(a) for a in doc["cc"]))
    h.append("Subject: " + enc_word(subject))
    if m365:
        h.append("Thread-Topic: " + enc_word(subject.split(": ", 1)[-1] if subject[:3].upper() in ("RE:", "FW:") else subject))
        h.append("Thread-Index: " + base64.b64encode(bytes(g.r.randint(0, 255) for _ in range(22))).decode())
    h.append("Date: " + rfc_date(dt))
    h.append("Message-ID: <%s@%s.namprd%02d.prod.outlook.%s>" % (
        host + "".join(g.r.choice("0123456789ABCDEF") for _ in range(12)), host, g.r.randint(1, 19), DOMAIN)
        if m365 else "Message-ID: <%s@mail.%s>" % (guid(g), doc["frm"][1].split("@")[1]))
    if m365:
        h.append("Accept-Language: en-US")
        h.append("Content-Language: " + doc.get("lang", "en-US"))
        h.append("X-MS-Has-Attach: " + ("yes" if form in ATTACH_FORMS or form == "rfc822" else ""))
        h.append("X-MS-TNEF-Correlator: ")
    lab = doc.get("label")
    if lab:
        h.append(msip_header(g, lab, dt))
    h.append("MIME-Version: 1.0")
    hdrs, body = ent
    h += hdrs
    if m365:
        h.append("X-MS-Exchange-Organization-SCL: -1")
        h.append("X-MS-Exchange-Organization-AuthAs: " + ("Internal" if doc["frm"][1].endswith(DOMAIN) else "Anonymous"))
        h.append("X-MS-Exchange-Organization-AuthSource: " + host + ".namprd%02d.prod.outlook.com" % g.r.randint(1, 19))
        h.append("X-MS-Exchange-Organization-Network-Message-Id: " + guid(g))
        h.append("X-MS-Exchange-Organization-MessageDirectionality: " + ("Originating" if doc["frm"][1].endswith(DOMAIN) else "Incoming"))
    return CRLF.join(h) + CRLF + CRLF + body


# ----------------------------------------------------------------------------------------------
# helpers for content
# ----------------------------------------------------------------------------------------------
EXT_ORGS = [("Lakeshore Orthopaedic Associates", "lakeshoreortho.example.org"),
            ("Northpoint Cardiology Group", "northpointheart.example.org"),
            ("St. Brigid Medical Center", "stbrigid.example.org"), ("Harbor Dialysis Partners", "harbordialysis.example.org"),
            ("Meridian Home Health", "meridianhh.example.org"), ("Copperline Imaging", "copperlineimaging.example.org"),
            ("Walden Skilled Nursing & Rehab", "waldensnf.example.org"), ("Bayfront Community Pharmacy", "bayfrontrx.example.org")]


def pt_email(p):
    return (fold("%s %s" % (p["first"], p["last"])), "%s%s%d@mail.example" % (
        fold(p["first"]).lower().split(" ")[0][:6], fold(p["last"]).lower().replace("-", "")[:6], p["dob"].year % 100))


def ext_addr(g, role=None):
    org, dom = g.pick(EXT_ORGS)
    if role:
        return ("%s %s" % (org, role), "%s@%s" % (role.lower().replace(" ", "."), dom)), org
    f, l, _, _ = g.pick(PATIENTS)
    return ("%s %s" % (fold(f).split(" ")[0], fold(l)), email_of(f.split(" ")[0], l, dom)), org


def portal():
    return ("MyRiverside Patient Portal", "noreply@portal." + DOMAIN)


def dist(name):
    return (name, name.lower().replace(" ", "").replace("&", "and") + "@" + DOMAIN)


def addr_lines(p):
    a = p["addr"]
    return "%s, %s, %s %s" % a


def hl7_ts(dt, secs=False):
    return dt.strftime("%Y%m%d%H%M%S" if secs else "%Y%m%d%H%M")


def hl7_pid(g, p, with_ssn=None):
    a = p["addr"]
    ssn = p["ssn"].replace("-", "") if (with_ssn if with_ssn is not None else g.chance(0.5)) else ""
    mid = p["mid"] or ""
    return "PID|1||%s^^^RH^MR||%s^%s^%s||%s|%s|||%s^^%s^%s^%s^USA||%s|||||%d|%s" % (
        p["mrn"], fold(p["last"]).upper(), fold(p["first"]).upper(), mid, p["dob"].strftime("%Y%m%d"), p["sex"],
        fold(a[0]), a[1], a[2], a[3], p["phone"].replace("(", "").replace(") ", "").replace("-", ""),
        g.r.randint(40000000, 49999999), ssn)


def hl7_msh(g, typ, dt, recv=None):
    return "MSH|^~\\&|EPIC|RIVERSIDE|%s|%s|%s||%s|%s|P|2.5.1" % (
        recv or g.pick(["LABSYS", "PACS", "HIE", "CLOVERLEAF", "RXHUB"]), g.pick(["RH_LAB", "RH_RAD", "STATEHIE", "RH_ENT"]),
        hl7_ts(dt, True), typ, "%d" % g.r.randint(10000000, 99999999))


def staff_sig(s):
    return ["%s %s%s" % (s["first"], s["last"], (", " + s["cred"]) if s["cred"] else ""), s["role"].capitalize(),
            "Riverside Health"]


def lab_rows(g, n, abnormal_first=True):
    labs = g.pick(LABS, n)
    rows = []
    for i, lab in enumerate(labs):
        rows.append(list(g.lab_value(lab, abnormal=True if (abnormal_first and i == 0) else None)))
    return rows


# ----------------------------------------------------------------------------------------------
# positive kinds
# ----------------------------------------------------------------------------------------------
def k_lab_result(g, form, i):
    p = g.patient()
    s = g.clin()
    dt = g.cur_dt
    coll = (dt - datetime.timedelta(days=g.r.randint(0, 3))).date()
    if form == "hl7":
        rows = lab_rows(g, 4)
        segs = [hl7_msh(g, "ORU^R01^ORU_R01", dt), hl7_pid(g, p),
                "PV1|1|O|RHLAB^^^RIVERSIDE||||%s^%s^%s|||||||||||%d" % (g.npi(), fold(s["last"]).upper(), fold(s["first"]).upper(), g.r.randint(5000000, 5999999)),
                "ORC|RE|%d|%d" % (g.r.randint(100000, 999999), g.r.randint(100000, 999999)),
                "OBR|1|%d|%d|80048^BASIC METABOLIC PANEL^CPT|||%s|||||||||||||||%s||F" % (g.r.randint(100000, 999999), g.r.randint(100000, 999999), hl7_ts(dt), hl7_ts(dt))]
        for j, (a, v, u, rg, f) in enumerate(rows, 1):
            segs.append("OBX|%d|NM|%s||%s|%s|%s|%s|||F" % (j, fold(a).upper().replace(",", ""), v, u, rg, f))
        subj = g.pick(["Interface queue - held result", "ORU stuck in error queue", "result didn't file to chart"])
        return dict(subject=subj, frm=staff_addr(g.staff()), to=[dist("Lab Interface Team")], hl7="\n".join(segs),
                    cover=["The attached ORU hit the error queue overnight (OBX units mismatch). Can someone refile?", "", "Thanks"],
                    fname="ORU_%s" % dt.strftime("%Y%m%d"), title="ORU", note="HL7 ORU with PID (name, DOB, MRN) and lab values")
    v = form
    if v in ("csv", "json", "htmlatt"):
        rows = []
        for _ in range(g.r.randint(4, 7)):
            q = g.patient()
            a, val, u, rg, f = g.lab_value(g.pick(LABS), abnormal=True)
            rows.append(["A%d" % g.r.randint(2400000, 2499999), nm(q, "lastfirst"), d_us(q["dob"]), q["mrn"] if g.chance(0.6) else "",
                         d_us(coll), a, val, u, rg, f or "H", nm(s, "title") if False else s["last"]])
        return dict(subject=g.pick(["Abnormal results - overnight", "daily flag report", "Results needing callback"]),
                    frm=("Riverside Lab Reporting", "labreports@" + DOMAIN), to=[dist("Family Medicine Nurses")],
                    csv_pre=["Riverside Health Laboratory - Abnormal Result Callback List", "Run: " + d_us(dt.date()), "Location: Family Medicine - Millbrook", ""],
                    table=(["Accession", "Patient", "DOB", "MRN", "Collected", "Test", "Result", "Units", "Reference", "Flag", "Ordering"], rows),
                    fname="abnormal_callbacks_%s" % dt.strftime("%m%d"), title="Abnormal Result Callback List",
                    cover=["Callback list attached, please work by end of day."],
                    note="callback list of named patients with DOB and abnormal lab values")
    if v in ("pdf", "qp") and g.chance(0.5) or v == "b64" and g.chance(0.5):
        # Spanish letter
        rows = lab_rows(g, 3)
        tr = {"%": "%"}
        body = ["Estimado(a) %s:" % nm(p, "full"), "",
                "Le escribimos para informarle sobre los resultados de sus análisis de sangre del %s." % d_es(coll),
                "Su médico(a), la Dra. %s, revisó los resultados." % s["last"],
                "Algunos valores están fuera del rango normal. Por favor llame a la clínica al %s para hablar sobre el siguiente paso." % g.phone(), ""]
        return dict(subject="Resultados de laboratorio", frm=portal(), to=[pt_email(p)], lang="es-US",
                    body=body, table=(["Prueba", "Resultado", "Unidades", "Rango de referencia", "Indicador"], [[a, v_, u, rg, f] for a, v_, u, rg, f in rows]),
                    tail=["Atentamente,", "Clínica de Medicina Familiar - Riverside Health"], fname="resultados",
                    title="Resultados de laboratorio", note="Spanish patient letter: named patient + lab values (no MRN)")
    if v in ("html", "alt", "plain") and g.chance(0.6):
        a, val, u, rg, f = g.lab_value(g.pick(LABS[:6]), abnormal=True)
        body = ["Hi %s," % nm(p, "first"), "",
                "I looked over the bloodwork you had drawn on %s. Your %s came back at %s %s (normal range %s)." % (d_long(coll), a, val, u, rg),
                g.pick(["That's a bit higher than I'd like, so let's recheck it in 3 months and talk about diet changes at your next visit.",
                        "I'd like you to come in for a repeat draw next week - no need to fast.",
                        "Please keep taking your %s as prescribed and we'll go over it together at your follow-up." % g.pick(DRUGS)[0]]),
                "", "Take care,", "%s %s, %s" % (s["first"], s["last"], s["cred"] or "MD")]
        return dict(subject=g.pick(["New message from your care team", "Your test results", "Re: question about my labs"]),
                    frm=portal(), to=[pt_email(p)], body=body, note="portal message to a named patient about their own lab value, no identifiers")
    rows = lab_rows(g, g.r.randint(3, 6))
    style = g.pick(["lastfirst", "lfm", "full"])
    body = [g.pick(["pt %s, MRN %s - labs below. pls f/u, call pt w/ results" % (nm(p, style), p["mrn"]),
                    "%s (DOB %s) labs from %s resulted. %s flagged, MD notified." % (nm(p, style), d_us(p["dob"]), d_us(coll), rows[0][0]),
                    "Result for %s, %d%s, MRN: %s. Repeat in AM." % (nm(p, style), p["age"], p["sex"], p["mrn"])]), ""]
    return dict(subject=g.pick(["Results", "labs", "FYI - flagged value", "Re: AM labs", "callback"]), frm=staff_addr(s),
                to=[staff_addr(g.staff())], body=body, table=(["Test", "Result", "Units", "Ref range", "Flag"], rows),
                tail=[nm(s, "initials") if False else "%s %s" % (s["first"][0] + ".", s["last"])], fname="labs_%s" % fold(p["last"]).lower(),
                title="Laboratory Results", thread=(form in ("rfc822",)),
                note="named patient with MRN/DOB and lab results")


def k_referral(g, form, i):
    p = g.patient()
    s = g.clin()
    spec = g.pick(["cardiology", "GI", "nephrology", "ortho", "pulm", "neurology", "endocrine", "wound care", "sleep medicine"])
    dx = g.pick(ICD)
    org_addr, org = ext_addr(g)
    v = g.r.randint(0, 3)
    if v == 0:
        body = ["Dr. %s," % org_addr[0].split(" ")[-1], "",
                "I'd like to refer %s, a %d-year-old %s, for evaluation of %s." % (nm(p, "full"), p["age"], "man" if p["sex"] == "M" else "woman", dx[1].lower()),
                "Hx notable for %s and %s. Currently on %s %s." % (g.pick(ICD)[1].lower(), g.pick(ICD)[1].lower(), *g.pick(DRUGS)),
                "%s would prefer morning appointments; %s daughter can drive." % ("He" if p["sex"] == "M" else "She", "his" if p["sex"] == "M" else "her"),
                "", "Recent notes and imaging will follow via fax.", "", "Thank you,"]
        return dict(subject=g.pick(["Referral", "New referral", "Consult request"]), frm=staff_addr(s), to=[org_addr],
                    body=body, tail=staff_sig(s), fname="referral_letter", title="Referral Letter",
                    note="provider referral letter: named patient + diagnosis, no identifiers")
    if v == 1:
        body = ["Hey - can you get %s in with %s? %s, s/p %s last month, now w/ worsening sx. Needs to be seen w/in 2 wks." % (
            nm(p, "title"), spec, g.pick(["72 y/o", "pt", "nice lady", "pleasant gentleman"]) if True else "", g.pick(PROCEDURES)),
                "dx: %s" % dx[1], "", "thx", s["first"]]
        return dict(subject=g.pick(["quick favor", "can you squeeze this one in", "referral - urgent-ish"]), frm=staff_addr(s),
                    to=[staff_addr(g.staff())], body=body, thread=g.chance(0.5), fname="note", title="Referral request",
                    note="staff shorthand asking to schedule a named patient (title+surname) with a specialty for a condition")
    if v == 2:
        fields = [("Patient", nm(p, "lfm")), ("Referred to", "%s - %s" % (org, spec)), ("Reason", dx[1]),
                  ("Priority", g.pick(["Routine", "Urgent", "Expedited"])), ("Referring provider", "%s %s, %s" % (s["first"], s["last"], s["cred"] or "MD")),
                  ("Notes", g.pick(["Pt prefers Spanish-speaking provider", "Wheelchair van needed", "Family member interprets", "Please call pt to schedule"]))]
        return dict(subject=g.pick(["Referral received", "Outgoing referral", "Referral status update"]), frm=dist("Referral Coordinators"),
                    to=[org_addr], body=["Outgoing referral summary below."], fields=fields, fname="referral_%d" % g.r.randint(1000, 9999),
                    title="Outgoing Referral", note="referral summary: named patient + reason for referral")
    body = ["Thank you for referring %s %s to our %s service." % (nm(p, "first"), p["last"], spec),
            "We saw %s on %s. Impression: %s. Plan: %s." % ("him" if p["sex"] == "M" else "her", d_long(g.cur_dt.date()), dx[1].lower(),
                                                           g.pick(["start %s %s" % g.pick(DRUGS), "schedule %s" % g.pick(PROCEDURES), "return in 6 weeks"])),
            "", "We will keep you updated.", "", "Sincerely,", org_addr[0], org]
    return dict(subject=g.pick(["Consult note", "Thank you for your referral", "Re: referral"]), frm=org_addr, to=[staff_addr(s)],
                body=body, fname="consult_reply", title="Consult Reply", note="consultant reply on a named referred patient with impression/plan")


def k_clinical_note(g, form, i):
    p = g.patient()
    s = g.clin()
    dxs = g.pick(ICD, 3)
    with_codes = g.chance(0.5)
    meds = g.pick(DRUGS, 3)
    if g.chance(0.5):
        body = ["PROGRESS NOTE - %s" % d_us(g.cur_dt.date()), "Patient: %s   MRN: %s" % (nm(p, "lastfirst"), p["mrn"]) if g.chance(0.5) else "Pt: %s, %d y/o %s" % (nm(p, "full"), p["age"], p["sex"]),
                "", "S: %d y/o %s w/ hx %s presents c/o %s x %d days. Denies fever/chills." % (
                    p["age"], p["sex"], ", ".join(d[1].split(",")[0].lower() for d in dxs[1:]), g.pick(["SOB on exertion", "intermittent chest tightness", "R knee pain", "poor sleep", "polyuria", "productive cough"]), g.r.randint(2, 14)),
                "O: BP %d/%d, HR %d, SpO2 %d%% RA. %s" % (g.r.randint(110, 168), g.r.randint(62, 98), g.r.randint(58, 112), g.r.randint(89, 99), g.pick(["Lungs w/ scattered wheeze.", "Trace BLE edema.", "R knee effusion, +crepitus.", "NAD."])),
                "A/P:"]
        for n, d in enumerate(dxs, 1):
            body.append("  %d. %s%s - %s" % (n, d[1], (" (%s)" % d[0]) if with_codes else "", g.pick(["continue current tx", "titrate", "f/u 4 wks", "labs today", "refer"])))
        body += ["Meds: " + "; ".join("%s %s" % m for m in meds), "", "%s %s, %s" % (s["first"], s["last"], s["cred"] or "MD")]
        subj = g.pick(["note for cosign", "Progress note", "please review", "clinic note", "cosign pls"])
    else:
        body = ["Telephone encounter %s" % d_us(g.cur_dt.date()), "",
                "Called %s back re: %s. %s reports %s since starting %s." % (nm(p, "title"), g.pick(["med side effects", "BP readings at home", "wound drainage", "blood sugars"]),
                                                                            "He" if p["sex"] == "M" else "She", g.pick(["dizziness", "nausea", "fatigue", "ankle swelling", "a dry cough"]), meds[0][0]),
                "Advised hold x 48 hrs and recheck. Pt verbalized understanding." + (" Dx %s %s." % dxs[0] if with_codes else ""),
                "", "-- " + s["first"]]
        subj = g.pick(["phone note", "FYI called pt", "tel enc", "Follow-up"])
    return dict(subject=subj, frm=staff_addr(s), to=[staff_addr(g.staff())], body=body, fname="note_%s" % g.cur_dt.strftime("%m%d"),
                title="Clinical Note", thread=(form == "plain" and g.chance(0.4)),
                note="clinical note on a named patient %s ICD-10 codes" % ("with" if with_codes else "without"))


def k_discharge(g, form, i):
    p = g.patient()
    s = g.clin()
    adm = (g.cur_dt - datetime.timedelta(days=g.r.randint(2, 9))).date()
    dc = g.cur_dt.date()
    dx = g.pick(ICD)
    meds = g.pick(DRUGS, 4)
    if g.chance(0.25):
        body = ["Instrucciones de alta para %s" % nm(p, "full"), "",
                "Usted estuvo hospitalizado(a) del %s al %s por %s." % (d_es(adm), d_es(dc), g.pick(["neumonía", "una infección urinaria", "insuficiencia cardíaca", "celulitis en la pierna derecha"])),
                "Medicamentos nuevos:"] + ["  - %s %s" % m for m in meds[:2]] + [
                "Cita de seguimiento con su médico en 7 días. Llame al %s si tiene fiebre mayor de 38.3 °C o dificultad para respirar." % g.phone()]
        return dict(subject="Instrucciones de alta", frm=portal(), to=[pt_email(p)], body=body, lang="es-US", fname="instrucciones_alta",
                    title="Instrucciones de alta", note="Spanish discharge instructions naming the patient and the admission")
    if g.chance(0.4):
        body = ["pt %s d/c'd home today w/ %s. %s" % (nm(p, g.pick(["lastfirst", "title", "full"])), g.pick(["VNA", "home O2 2L", "PICC for IV abx", "walker", "family"]),
                                                      g.pick(["Needs PCP f/u 1 wk.", "SNF declined.", "Transport at 1400.", "F/u w/ cards 2 wks."])),
                "dx %s" % dx[1], "", s["first"]]
        return dict(subject=g.pick(["d/c today", "discharge", "4W update"]), frm=staff_addr(s), to=[dist("Case Management 4 West")], body=body,
                    thread=g.chance(0.3), fname="dc", title="Discharge", note="staff note that a named patient was discharged, with diagnosis")
    fields = [("Patient", nm(p, "lfm")), ("MRN", p["mrn"]), ("DOB", d_us(p["dob"])), ("Admit date", d_us(adm)),
              ("Discharge date", d_us(dc)), ("Attending", "%s %s, %s" % (s["first"], s["last"], s["cred"] or "MD")),
              ("Principal diagnosis", "%s %s" % dx), ("Disposition", g.pick(["Home", "Home with home health", "SNF - Walden Skilled Nursing", "Acute rehab"]))]
    if g.chance(0.4):
        fields = [f for f in fields if f[0] != "MRN"]
    body = ["DISCHARGE SUMMARY", "", "Hospital course: %d y/o admitted with %s. Treated with %s; improved." % (p["age"], dx[1].lower(), meds[0][0]),
            "Discharge medications:"] + ["  %s %s" % m for m in meds] + ["", "Follow-up: PCP in 7 days; labs (BMP) in 1 week."]
    return dict(subject=g.pick(["Discharge summary", "DC summary for signature", "Transition of care"]), frm=staff_addr(s),
                to=[ext_addr(g)[0]], body=body, fields=fields, fname="discharge_summary", title="Discharge Summary",
                cover=g.pick([None, ["Discharge summary attached for your records."], ["DC summary for %s attached." % nm(p, "title")]]),
                note="discharge summary with named patient, dates, diagnosis and meds")


def k_appointment(g, form, i):
    p = g.patient()
    s = g.clin()
    when = g.cur_dt + datetime.timedelta(days=g.r.randint(1, 40), hours=g.r.randint(-3, 4))
    clinic = g.pick(CLINICS)
    proc = g.pick(PROCEDURES)
    if form == "qp" and g.chance(0.6) or form == "b64" and g.chance(0.3):
        body = ["Hola %s:" % nm(p, "first"), "",
                "Le recordamos su cita para %s el %s a las %d:%02d en %s." % (proc, d_es(when.date()), when.hour % 12 or 12, when.minute, clinic),
                "Por favor llegue 15 minutos antes y traiga su tarjeta de seguro.",
                "Para cambiar la cita llame al %s." % g.phone(), "", "Riverside Health"]
        return dict(subject="Recordatorio de cita", frm=portal(), to=[pt_email(p)], body=body, lang="es-US",
                    note="Spanish appointment reminder: named patient + procedure + clinic")
    if form in ("csv", "json", "htmlatt", "pdf") and g.chance(0.7):
        rows = []
        t = when.replace(hour=7, minute=30)
        for _ in range(g.r.randint(5, 8)):
            q = g.patient()
            rows.append([t.strftime("%H:%M"), nm(q, "lastfirst"), d_us(q["dob"]), g.pick(PROCEDURES), g.pick(["New", "F/U", "Pre-op", "Post-op"]), g.pick(["", "interp: Spanish", "wheelchair", "NPO since MN"])])
            t += datetime.timedelta(minutes=g.pick([15, 20, 30, 45]))
        return dict(subject=g.pick(["Tomorrow's schedule", "schedule - %s" % clinic.split(" ")[0], "add-ons"]), frm=staff_addr(g.staff()),
                    to=[dist("Clinic Front Desk")], csv_pre=["%s - schedule for %s" % (clinic, d_us(when.date())), ""],
                    table=(["Time", "Patient", "DOB", "Visit / Procedure", "Type", "Notes"], rows), fname="schedule_%s" % when.strftime("%Y%m%d"),
                    title="Clinic Schedule", note="clinic schedule listing named patients with DOB and procedures")
    v = g.r.randint(0, 2)
    if v == 0:
        body = ["Dear %s," % nm(p, "title"), "",
                "This is a reminder of your upcoming appointment:", ""]
        fields = [("Date", d_long(when.date())), ("Time", "%d:%02d %s" % (when.hour % 12 or 12, when.minute, "AM" if when.hour < 12 else "PM")),
                  ("Location", clinic), ("Provider", "%s %s, %s" % (s["first"], s["last"], s["cred"] or "MD")), ("Visit", proc)]
        return dict(subject=g.pick(["Appointment reminder", "Upcoming visit", "Your appointment"]), frm=portal(), to=[pt_email(p)],
                    body=body, fields=fields, tail=["Reply C to confirm or call %s to reschedule." % g.phone()],
                    fname="appointment", title="Appointment Reminder", note="reminder to a named patient with procedure and specialty clinic")
    if v == 1:
        body = ["%s called - needs to r/s %s %s from %s. Prefers afternoons. cb %s" % (nm(p, g.pick(["full", "lastfirst"])), clinic.split(" ")[0].lower(), proc, d_us(when.date()), p["phone"]),
                "", g.pick(["can you find a slot?", "pls advise", "nothing open till next month?"])]
        return dict(subject=g.pick(["r/s request", "call back", "scheduling"]), frm=staff_addr(g.staff()), to=[staff_addr(s)], body=body,
                    thread=g.chance(0.4), note="staff note: named patient rescheduling a specialty procedure")
    body = ["Hi %s - I have you down for %s with Dr. %s on %s. Please stop %s 3 days prior as discussed." % (
        nm(p, "first"), proc, s["last"], d_long(when.date()), g.pick(["apixaban", "warfarin", "aspirin", "ibuprofen"])),
            "", "The %s" % clinic]
    return dict(subject=g.pick(["Re: my procedure", "prep instructions", "Scheduling"]), frm=staff_addr(g.staff()), to=[pt_email(p)], body=body,
                note="message to a named patient about a scheduled procedure and med hold")


def k_medication(g, form, i):
    p = g.patient()
    s = g.clin()
    drug, sig = g.pick(DRUGS)
    org = g.pick(["Bayfront Community Pharmacy", "Riverside Outpatient Pharmacy", "Eastgate Drug & Compounding"])
    org_addr = (org, "rx@%s.example.org" % fold(org).split(" ")[0].lower())
    if form in ("csv", "json", "xml") or g.chance(0.15):
        meds = g.pick(DRUGS, g.r.randint(4, 7))
        rows = [[m, sg, g.pick(["Continue", "Continue", "Changed", "New", "Stop"]), d_us(g.date(2023, 2024))] for m, sg in meds]
        return dict(subject=g.pick(["med rec", "Medication reconciliation", "home med list"]), frm=staff_addr(s), to=[staff_addr(g.staff())],
                    body=["Medication reconciliation for %s (DOB %s)." % (nm(p, "full"), d_us(p["dob"]))],
                    csv_pre=["Medication Reconciliation", "Patient: %s" % nm(p, "lastfirst"), "DOB: %s" % d_us(p["dob"]), ""],
                    table=(["Medication", "Sig", "Action", "Last filled"], rows), fname="medrec_%s" % fold(p["last"]).lower().replace("-", ""),
                    json={"patient": {"name": nm(p, "full"), "birthDate": p["dob"].isoformat(), "mrn": p["mrn"]},
                          "medications": [{"name": r[0], "sig": r[1], "action": r[2], "lastFilled": r[3]} for r in rows]},
                    title="Medication Reconciliation", note="medication list tied to a named patient with DOB")
    v = g.r.randint(0, 3)
    if v == 0:
        body = ["Refill request received for %s, DOB %s:" % (nm(p, "lfm"), d_us(p["dob"])), "",
                "  %s %s  #%d  RF x%d" % (drug, sig, g.pick([30, 60, 90, 180]), g.r.randint(0, 3)), "",
                "Last OV %s. OK to refill?" % d_us(g.date(2023, 2024))]
        return dict(subject=g.pick(["Refill request", "Rx renewal", "refill?"]), frm=org_addr, to=[staff_addr(s)], body=body,
                    note="pharmacy refill request: named patient + DOB + drug/dose")
    if v == 1:
        body = ["%s - pls d/c %s, start %s %s. pt has %s. called in to %s." % (
            nm(p, "title"), g.pick(DRUGS)[0], drug, sig, g.pick(["CrCl 28", "new AF", "rash on amoxicillin", "GI upset"]), org),
                "", "- " + s["first"]]
        return dict(subject=g.pick(["med change", "Rx", "update"]), frm=staff_addr(s), to=[staff_addr(g.staff())], body=body,
                    thread=g.chance(0.5), note="staff note changing a named patient's medications")
    if v == 2:
        body = ["Dear %s," % nm(p, "full"), "",
                "Dr. %s has changed the dose of your %s. The new instructions are:" % (s["last"], drug), "",
                "    %s %s" % (drug, sig), "",
                "A new prescription was sent to %s. Please bring all your pill bottles to your next visit." % org,
                "", "Riverside Health Pharmacy Services"]
        return dict(subject=g.pick(["Change to your medication", "Your prescription", "Important: new instructions"]), frm=portal(),
                    to=[pt_email(p)], body=body, fname="med_letter", title="Medication Change",
                    note="letter to a named patient about their medication and dose")
    body = ["Thi Lan Nguyen" if False else "Kính gửi %s," % nm(p, "full"), "",
            "Bác sĩ %s đã kê toa thuốc mới cho quý vị: %s %s." % (s["last"], drug, sig),
            "Vui lòng gọi %s nếu có câu hỏi." % g.phone(), "", "Riverside Health"] if g.chance(0.4) else [
        "Hello %s," % nm(p, "first"), "",
        "Your %s is ready for pickup at %s. Copay: $%d.00." % (drug, org, g.pick([0, 5, 10, 15, 40])),
        "Directions: %s." % sig, "", "Reply STOP to opt out of pharmacy texts."]
    vi = body[0].startswith("K")
    return dict(subject="Thông báo thuốc" if vi else g.pick(["Your prescription", "Ready for pickup", "Pharmacy notice"]), frm=org_addr, to=[pt_email(p)], body=body,
                lang="vi-VN" if body[0].startswith("K") else "en-US", note="pharmacy notice to a named patient naming drug and dose")


def k_registration(g, form, i):
    p = g.patient()
    a = p["addr"]
    ins = g.pick(PAYERS)
    fields = [("Last name", p["last"]), ("First name", p["first"]), ("MI", p["mid"]), ("Date of birth", d_us(p["dob"])),
              ("Sex", p["sex"]), ("SSN", p["ssn"]), ("Address", a[0]), ("City/State/ZIP", "%s, %s %s" % a[1:]),
              ("Phone", p["phone"]), ("Primary insurance", ins), ("Member ID", p["member"]),
              ("Emergency contact", "%s (%s) %s" % (g.pick(["Rosa", "Kofi", "Mai", "Dana", "Ahmed", "Lupe"]), g.pick(["spouse", "daughter", "son", "sister"]), g.phone())),
              ("Reason for visit", g.pick(["New patient - establish care", "ED registration", "Pre-admission testing", "Outpatient imaging"]))]
    if g.chance(0.3):
        fields = [f for f in fields if f[0] != "Member ID"]
    v = g.r.randint(0, 2)
    if form in ("csv", "json", "htmlatt") and g.chance(0.6):
        rows = []
        for _ in range(g.r.randint(3, 6)):
            q = g.patient()
            rows.append([nm(q, "lastfirst"), d_us(q["dob"]), q["ssn"] if g.chance(0.7) else "", q["mrn"], g.pick(["Missing insurance card", "SSN mismatch w/ payer", "Address undeliverable", "Duplicate MRN suspected"])])
        return dict(subject=g.pick(["Reg errors - work queue", "Registration QA", "registration worklist"]), frm=dist("Patient Access"),
                    to=[dist("Registration Leads")], csv_pre=["Patient Access - registration exceptions", "Generated for: Eastgate ED", "", ""],
                    table=(["Patient", "DOB", "SSN", "MRN", "Issue"], rows), fname="reg_exceptions", title="Registration Exceptions",
                    note="registration exception list: patient names with DOB/SSN/MRN")
    if v == 0:
        return dict(subject=g.pick(["New patient intake", "Intake form", "Pre-registration"]), frm=portal() if g.chance(0.5) else dist("Patient Access"),
                    to=[dist("Patient Access")], body=["A new intake form was submitted through the portal.", ""], fields=fields,
                    fname="intake_%s" % g.cur_dt.strftime("%Y%m%d"), title="Patient Intake Form",
                    note="intake form with patient name, SSN, DOB, address, insurance")
    if v == 1:
        body = ["Pt at window says %s SSN is %s not what we have on file. DOB %s. Can you fix in reg before %s claim drops?" % (
            nm(p, "lastfirst"), p["ssn"], d_us(p["dob"]), "the"), "", "-%s" % g.staff()["first"]]
        return dict(subject=g.pick(["SSN correction", "fix reg", "demographics"]), frm=staff_addr(g.staff()), to=[dist("Patient Access")],
                    body=body, thread=g.chance(0.4), note="registration correction: named patient with SSN and DOB")
    return dict(subject=g.pick(["Registration", "Face sheet", "admission packet"]), frm=staff_addr(g.staff()), to=[staff_addr(g.staff())],
                body=["Face sheet below for tonight's direct admit."], fields=fields + [("MRN", p["mrn"])], fname="facesheet",
                title="Face Sheet", note="face sheet with SSN, DOB, address, MRN")


def k_billing_claim(g, form, i):
    p = g.patient()
    dos = g.date()
    cpts = g.pick(CPT, g.r.randint(1, 3))
    dx = g.pick(ICD, 2)
    claim = "%d%07d" % (g.r.randint(24, 24), g.r.randint(0, 9999999))
    v = g.r.randint(0, 3)
    rows = []
    for c, d in cpts:
        billed = g.r.randint(80, 4200)
        allowed = int(billed * g.r.uniform(0.3, 0.8))
        rows.append([d_us(dos), c, d, dx[0][0], "$%d.00" % billed, "$%d.00" % allowed, "$%d.00" % int(allowed * 0.8), "$%d.00" % (allowed - int(allowed * 0.8))])
    table = (["DOS", "CPT", "Description", "ICD-10", "Billed", "Allowed", "Plan paid", "Patient resp."], rows)
    if v == 0 or form in ("csv", "pdf"):
        fields = [("Member", nm(p, "full")), ("Member ID", p["member"]), ("Claim #", claim), ("Provider", "Riverside Health"),
                  ("Diagnoses", "; ".join("%s %s" % d for d in dx))]
        return dict(subject=g.pick(["Explanation of Benefits", "Your EOB is ready", "Claim processed"]), frm=("Riverside Health Plan", "eob@rhplan.example.org"),
                    to=[pt_email(p)], body=["THIS IS NOT A BILL.", ""], fields=fields, table=table, csv_pre=["Riverside Health Plan - Explanation of Benefits", "Member ID: " + p["member"], ""],
                    fname="EOB_%s" % claim, title="Explanation of Benefits", note="EOB: member name + member id + CPT/ICD for services")
    if v == 1:
        body = ["Claim %s for %s (member %s) denied - CO-197 no precert. DOS %s, %s %s." % (claim, nm(p, "lastfirst"), p["member"], d_us(dos), cpts[0][0], cpts[0][1]),
                "Can we get a retro auth? dx was %s." % dx[0][0], "", "Lindsey"]
        return dict(subject=g.pick(["denial", "CO-197", "appeal?"]), frm=staff_addr(g.staff()), to=[dist("Utilization Review")], body=body,
                    thread=g.chance(0.5), note="claim denial naming a patient, member id, CPT and ICD")
    if v == 2:
        fields = [("Patient", nm(p, "lfm")), ("DOB", d_us(p["dob"])), ("Member ID", p["member"] if g.chance(0.6) else "(pending)"),
                  ("Requested service", "%s %s" % cpts[0]), ("Diagnosis", "%s - %s" % dx[0]), ("Ordering provider", "Dr. %s" % g.staff()["last"]),
                  ("Requested date", d_us(dos))]
        return dict(subject=g.pick(["Prior auth request", "PA submission", "auth needed"]), frm=dist("Prior Authorization"),
                    to=[("RHP Utilization Mgmt", "um@rhplan.example.org")], body=["Please review the following prior authorization request."],
                    fields=fields, fname="prior_auth", title="Prior Authorization Request", note="prior auth: named patient + CPT + ICD")
    bal = g.r.randint(40, 900)
    body = ["Dear %s," % nm(p, "title"), "",
            "Our records show a balance of $%d.%02d for services on %s (%s)." % (bal, g.r.randint(0, 99), d_long(dos), cpts[0][1].lower()),
            "Your insurance has paid its portion. Pay online or call Patient Financial Services at %s." % g.phone(), "", "Riverside Health Patient Financial Services"]
    return dict(subject=g.pick(["Statement", "Balance due", "Your bill"]), frm=("Riverside Billing", "billing@" + DOMAIN), to=[pt_email(p)], body=body,
                table=table if g.chance(0.5) else None, fname="statement", title="Patient Statement",
                note="patient statement: named patient, date of service, service billed")


def k_hl7(g, form, i):
    p = g.patient()
    dt = g.cur_dt
    s = g.staff()
    typ = g.pick(["ADT^A01^ADT_A01", "ADT^A03^ADT_A03", "ADT^A04^ADT_A01", "ADT^A08^ADT_A01", "ORM^O01^ORM_O01", "SIU^S12^SIU_S12", "ORU^R01^ORU_R01"])
    segs = [hl7_msh(g, typ, dt), "EVN|%s|%s" % (typ[4:7], hl7_ts(dt)), hl7_pid(g, p),
            "PV1|1|%s|%s^%s^%d^RIVERSIDE||||%s^%s^%s|||%s||||||||%s|%d" % (
                g.pick(["I", "E", "O"]), g.pick(["4W", "ICU", "ED", "5E"]), g.r.randint(401, 499), g.r.randint(1, 2), g.npi(), fold(s["last"]).upper(), fold(s["first"]).upper(),
                g.pick(["MED", "SUR", "CAR"]), g.pick(["V", "I"]), g.r.randint(5000000, 5999999))]
    dx = g.pick(ICD)
    if typ.startswith("ADT"):
        segs.append("DG1|1||%s^%s^I10||%s|A" % (dx[0], fold(dx[1]).upper(), hl7_ts(dt)))
        segs.append("IN1|1|RHP01|RHPLAN|RIVERSIDE HEALTH PLAN|||||||||||%s^%s|18|%s||||||||||||||||||%s" % (fold(p["last"]).upper(), fold(p["first"]).upper(), p["dob"].strftime("%Y%m%d"), p["member"]))
    elif typ.startswith("ORM"):
        segs.append("ORC|NW|%d" % g.r.randint(100000, 999999))
        segs.append("OBR|1|%d||%s^%s^CPT|||%s" % (g.r.randint(100000, 999999), g.pick(CPT)[0], "ORDER", hl7_ts(dt)))
        segs.append("DG1|1||%s^%s^I10" % (dx[0], fold(dx[1]).upper()))
    elif typ.startswith("SIU"):
        segs.insert(1, "SCH|%d||||||%s^^HL70276|30|MIN|^^30^%s" % (g.r.randint(100000, 999999), g.pick(["ROUTINE", "FOLLOWUP"]), hl7_ts(dt + datetime.timedelta(days=5))))
        segs.append("AIL|1||%s" % fold(g.pick(CLINICS)).upper().replace(" ", "_")[:20])
    else:
        for j, (a, v, u, rg, f) in enumerate(lab_rows(g, 3), 1):
            segs.append("OBX|%d|NM|%s||%s|%s|%s|%s|||F" % (j, fold(a).upper(), v, u, rg, f))
    msg = "\n".join(segs)
    cover = g.pick([["Seeing AE on this one from the %s feed - PID-8 mapping? Raw message attached." % typ[:3]],
                    ["Attached is the message that failed validation. Segment counts look off."],
                    ["Vendor asked for a sample from prod; attaching the one from last night. Do not forward outside."]])
    if form in ("plain", "b64", "txt"):
        return dict(subject=g.pick(["interface error", "%s failing" % typ[:7], "Cloverleaf alert", "msg stuck"]), frm=staff_addr(g.staff()),
                    to=[dist("Integration Team")], body=cover + ["", "----- raw -----"] + segs + ["----- end -----"],
                    fname="%s_%s" % (typ[:3], dt.strftime("%H%M%S")), title="HL7", thread=(form == "plain"),
                    note="HL7 v2 %s pasted in body with PID (name, DOB, MRN)" % typ[:7])
    return dict(subject=g.pick(["interface error", "%s failing" % typ[:7], "NACK from HIE", "sample msg", "AE on inbound"]),
                frm=staff_addr(g.staff()), to=[dist("Integration Team")], hl7=msg, cover=cover,
                body=segs, fname="%s_%s" % (typ[:3], dt.strftime("%Y%m%d%H%M")), title="HL7 message",
                note="HL7 v2 %s with PID segment (name, DOB, MRN, address)" % typ[:7])


def ccda_xml(g, p, placeholders=False, with_mrn=True):
    dt = g.cur_dt
    dxs = g.pick(ICD, 3)
    meds = g.pick(DRUGS, 3)
    labs = lab_rows(g, 3)
    if placeholders:
        P = dict(id="{{mrn}}", street="{{street}}", city="{{city}}", state="{{state}}", zip="{{zip}}", tel="{{phone}}",
                 given="{{given_name}}", family="{{family_name}}", sex="{{gender_code}}", dob="{{birth_date_yyyymmdd}}")
    else:
        a = p["addr"]
        P = dict(id=p["mrn"] if with_mrn else "%d" % g.r.randint(10000000, 99999999), street=a[0], city=a[1], state=a[2], zip=a[3],
                 tel="+1-" + p["phone"].replace("(", "").replace(") ", "-"), given=p["first"], family=p["last"], sex=p["sex"],
                 dob=p["dob"].strftime("%Y%m%d"))
    root = "2.16.840.1.113883.3.7710.1" if (with_mrn or placeholders) else "2.16.840.1.113883.3.9921.4"
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">',
         '  <realmCode code="US"/>', '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>',
         '  <id root="%s"/>' % guid(g),
         '  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>',
         "  <title>%s</title>" % ("Continuity of Care Document (TEMPLATE)" if placeholders else "Continuity of Care Document"),
         '  <effectiveTime value="%s"/>' % (dt.strftime("%Y%m%d%H%M%S") + "-0500"),
         '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>', '  <languageCode code="en-US"/>',
         "  <recordTarget>", "    <patientRole>", '      <id root="%s" extension="%s"/>' % (root, esc(P["id"])),
         '      <addr use="HP"><streetAddressLine>%s</streetAddressLine><city>%s</city><state>%s</state><postalCode>%s</postalCode><country>US</country></addr>' % tuple(esc(P[k]) for k in ("street", "city", "state", "zip")),
         '      <telecom value="tel:%s" use="HP"/>' % esc(P["tel"]), "      <patient>",
         '        <name use="L"><given>%s</given><family>%s</family></name>' % (esc(P["given"]), esc(P["family"])),
         '        <administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/>' % esc(P["sex"]),
         '        <birthTime value="%s"/>' % esc(P["dob"]), "      </patient>", "    </patientRole>", "  </recordTarget>",
         "  <author><time value=\"%s\"/><assignedAuthor><id root=\"2.16.840.1.113883.4.6\" extension=\"%s\"/>"
         "<assignedPerson><name><given>%s</given><family>%s</family></name></assignedPerson></assignedAuthor></author>" % (
             dt.strftime("%Y%m%d"), g.npi(), esc(g.staff()["first"]), esc(g.staff()["last"])),
         "  <component>", "    <structuredBody>",
         '      <component><section><templateId root="2.16.840.1.113883.10.20.22.2.5.1" extension="2015-08-01"/>',
         '        <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/><title>Problems</title>',
         "        <text><list>" + "".join("<item>%s (%s)</item>" % (esc(d[1]), d[0]) for d in dxs) + "</list></text>"]
    if placeholders:
        x.append('        <entry><act classCode="ACT" moodCode="EVN"><code code="{{problem_code}}" codeSystem="2.16.840.1.113883.6.90"/></act></entry>')
        x[-2] = "        <text><list><item>{{problem_display}} ({{problem_code}})</item></list></text>"
    else:
        for d in dxs:
            x.append('        <entry><observation classCode="OBS" moodCode="EVN"><value xsi:type="CD" code="%s" codeSystem="2.16.840.1.113883.6.90" displayName="%s"/></observation></entry>' % (d[0], esc(d[1])))
    x += ["      </section></component>",
          '      <component><section><templateId root="2.16.840.1.113883.10.20.22.2.1.1" extension="2014-06-09"/>',
          '        <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of Medication use"/><title>Medications</title>',
          "        <text><table><tbody>" + ("<tr><td>{{medication}}</td><td>{{sig}}</td></tr>" if placeholders else "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(m), esc(sg)) for m, sg in meds)) + "</tbody></table></text>",
          "      </section></component>",
          '      <component><section><templateId root="2.16.840.1.113883.10.20.22.2.3.1" extension="2015-08-01"/>',
          '        <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Relevant diagnostic tests/laboratory data"/><title>Results</title>',
          "        <text><table><tbody>" + ("<tr><td>{{analyte}}</td><td>{{value}} {{unit}}</td></tr>" if placeholders else "".join("<tr><td>%s</td><td>%s %s</td><td>%s</td></tr>" % (esc(a), v, esc(u), esc(rg)) for a, v, u, rg, f in labs)) + "</tbody></table></text>",
          "      </section></component>", "    </structuredBody>", "  </component>", "</ClinicalDocument>"]
    return "\n".join(x) + "\n"


def k_ccda(g, form, i):
    p = g.patient()
    with_mrn = g.chance(0.6)
    org_addr, org = ext_addr(g)
    xml = ccda_xml(g, p, with_mrn=with_mrn)
    cover = g.pick([["CCD for transition of care attached."], ["Summary of care document attached per our DSM agreement.", "", "HIM Department"],
                    ["Attached is the C-CDA from %s's visit. Please reconcile problems and meds." % nm(p, "title")],
                    ["Attached, as requested by your office."]])
    return dict(subject=g.pick(["Summary of care", "CCD", "Transition of care document", "records request", "Requested records"]),
                frm=org_addr if g.chance(0.5) else dist("HIM Release of Information"), to=[staff_addr(g.staff()) if g.chance(0.5) else ext_addr(g)[0]],
                xml=xml, cover=cover, body=xml.split("\n"), fname="CCD_%s" % guid(g)[:8], title="C-CDA",
                note="C-CDA with recordTarget patient (name, DOB, address%s) and problems/meds/results" % (", MRN" if with_mrn else ", outside id"))


def k_imaging(g, form, i):
    p = g.patient()
    s = g.clin()
    study = g.pick([("CT CHEST WITHOUT CONTRAST", "4 mm right upper lobe nodule, unchanged. No consolidation.", "Stable small RUL nodule. Follow-up CT in 12 months per Fleischner."),
                    ("MRI LUMBAR SPINE WITHOUT CONTRAST", "L4-L5 broad-based disc protrusion with moderate left foraminal narrowing.", "L4-L5 disc protrusion contacting the descending left L5 nerve root."),
                    ("CT ABDOMEN/PELVIS WITH CONTRAST", "Dilated fluid-filled appendix measuring 11 mm with periappendiceal stranding.", "Acute uncomplicated appendicitis."),
                    ("XR KNEE 3 VIEWS RIGHT", "Severe medial joint space narrowing with osteophytes.", "Severe tricompartmental osteoarthritis, medial predominant."),
                    ("US RENAL COMPLETE", "Right kidney 9.1 cm with increased echogenicity. No hydronephrosis.", "Echogenic kidneys compatible with medical renal disease."),
                    ("MAMMO SCREENING BILATERAL W/ TOMO", "Heterogeneously dense. 7 mm focal asymmetry left breast, upper outer quadrant.", "BI-RADS 0: additional imaging evaluation needed.")])
    acc = "RAD%d" % g.r.randint(10000000, 99999999)
    if form == "hl7":
        segs = [hl7_msh(g, "ORU^R01^ORU_R01", g.cur_dt, "PACS"), hl7_pid(g, p),
                "OBR|1||%s|%s^%s|||%s" % (acc, g.r.randint(70000, 79999), study[0], hl7_ts(g.cur_dt)),
                "OBX|1|TX|FINDINGS||%s||||||F" % study[1], "OBX|2|TX|IMPRESSION||%s||||||F" % study[2]]
        return dict(subject=g.pick(["PACS result not crossing", "rad report - interface"]), frm=staff_addr(g.staff()), to=[dist("Integration Team")],
                    hl7="\n".join(segs), cover=["Report finalized in PowerScribe but not in Epic. Message attached."], fname=acc,
                    title="Radiology ORU", note="radiology ORU with PID and report text")
    if form in ("csv", "json"):
        rows = []
        for _ in range(g.r.randint(4, 7)):
            q = g.patient()
            rows.append(["RAD%d" % g.r.randint(10000000, 99999999), nm(q, "lastfirst"), d_us(q["dob"]), q["mrn"], g.pick(["CT", "MR", "US", "XR", "MG"]),
                         g.pick(["CT HEAD WO", "MRI BRAIN W/WO", "US RENAL", "XR CHEST 2V", "MAMMO DX LEFT"]), g.pick(["Unread", "Prelim", "Final"])])
        return dict(subject=g.pick(["Worklist backlog", "unread studies", "overnight reads"]), frm=staff_addr(g.staff()), to=[dist("Radiology Reading Room")],
                    csv_pre=["Radiology worklist export", "Site: Riverside Main", ""], table=(["Accession", "Patient", "DOB", "MRN", "Modality", "Exam", "Status"], rows),
                    fname="worklist", title="Radiology Worklist", note="worklist of named patients with DOB/MRN and imaging exams")
    fields = [("Patient", nm(p, g.pick(["lastfirst", "lfm", "full"]))), ("DOB", d_us(p["dob"])), ("Accession", acc), ("Exam", study[0]),
              ("Ordering", "Dr. %s" % s["last"])]
    if g.chance(0.4):
        fields.insert(2, ("MRN", p["mrn"]))
    body = ["FINDINGS: " + study[1], "", "IMPRESSION: " + study[2], "", "Electronically signed by %s %s, MD" % (g.staff()["first"], g.staff()["last"])]
    if g.chance(0.3):
        body = ["Critical/unexpected finding communicated to Dr. %s by phone at %s." % (s["last"], g.cur_dt.strftime("%H:%M")), ""] + body
    return dict(subject=g.pick(["Rad report", "imaging result", "Final read", "Results"]), frm=("Riverside Radiology", "radiology@" + DOMAIN),
                to=[staff_addr(s)], fields=fields, body=body, fname="report_%s" % acc, title="Radiology Report",
                note="radiology report for a named patient with findings")


INNOCUOUS = [
    ("Friday lunch order", ["Hi all,", "", "Putting in the Friday lunch order at 10. Reply with sandwich or salad.", "", "Thanks!"]),
    ("Room booked", ["Conference room 4B is booked for Thursday 2-3 pm. Dial-in is in the invite."]),
    ("slides", ["Can you send me the updated slide deck before the huddle tomorrow?"]),
    ("Re: parking garage", ["Level 3 is closed again this week for resurfacing. Use the Elm St lot."]),
    ("Thanks", ["Thanks for covering this morning, I owe you one."]),
    ("printer", ["The printer by the nurses' station is jammed again. Ticket is in."]),
    ("agenda", ["Agenda for Monday:", "1. Budget", "2. Summer schedule", "3. Open floor"]),
    ("quick q", ["Are we still on for 3? I can move it if needed."]),
]


def k_label(g, form, i):
    subj, body = g.pick(INNOCUOUS)
    s = g.staff()
    hl7 = None
    if form == "hl7":
        hl7 = "MSH|^~\\&|CLOVERLEAF|RIVERSIDE|EPIC|RIVERSIDE|%s||ACK^A01|%d|P|2.5.1\nMSA|AA|%d" % (hl7_ts(g.cur_dt, True), g.r.randint(10000000, 99999999), g.r.randint(10000000, 99999999))
    table = (["Item", "Qty", "Notes"], [["Turkey club", "3", ""], ["Garden salad", "2", "no onion"], ["Cookies", "1 dozen", ""]]) if form in ("csv", "json", "xml", "pdf", "htmlatt") else None
    return dict(subject=subj, frm=staff_addr(s), to=[staff_addr(g.staff())], body=body, table=table, hl7=hl7, label="phi",
                fname=g.pick(["notes", "order", "agenda", "attachment"]), title="Notes", m365=True,
                note="body innocuous but carries the Confidential-PHI sensitivity label (GUID %s)" % PHI_GUID[:8])


def k_mbi(g, form, i):
    p = g.patient()
    if p["age"] < 65 and g.chance(0.85):
        p["dob"] = p["dob"].replace(year=g.r.randint(1935, 1958), day=min(p["dob"].day, 28))
        p["age"] = 2024 - p["dob"].year
    m = g.mbi()
    m_show = g.pick([m, m[:4] + "-" + m[4:7] + "-" + m[7:]])
    if form == "hl7":
        segs = [hl7_msh(g, "ADT^A08^ADT_A01", g.cur_dt), "EVN|A08|%s" % hl7_ts(g.cur_dt), hl7_pid(g, p, with_ssn=False),
                "IN1|1|MCR|MEDICARE|MEDICARE PART A AND B|||||||||||%s^%s|18|%s||||||||||||||||||%s" % (fold(p["last"]).upper(), fold(p["first"]).upper(), p["dob"].strftime("%Y%m%d"), m)]
        return dict(subject="A08 insurance update", frm=staff_addr(g.staff()), to=[dist("Integration Team")], hl7="\n".join(segs),
                    cover=["Medicare update message attached - IN1-36 now carries the MBI."], fname="A08_mcr", title="ADT A08",
                    note="ADT with patient PID and Medicare MBI in IN1-36")
    if form in ("csv", "json", "xml") or g.chance(0.15):
        rows = []
        for _ in range(g.r.randint(4, 7)):
            q = g.patient()
            rows.append([nm(q, "lastfirst"), d_us(q["dob"]), g.mbi(), g.pick(["Attributed", "New", "Dropped - moved out of area"]), g.pick(["Dr. Obi", "Dr. Reyes", "Dr. Stoltzfus"])])
        return dict(subject=g.pick(["ACO attribution file", "CMS beneficiary list", "attribution changes Q3"]), frm=dist("Population Health"),
                    to=[dist("Care Management")], csv_pre=["Riverside ACO - beneficiary attribution", "Performance year 2024", ""],
                    table=(["Beneficiary", "DOB", "MBI", "Status", "PCP"], rows), fname="aco_attribution", title="ACO Attribution",
                    note="beneficiary list: names + DOB + Medicare MBIs")
    v = g.r.randint(0, 2)
    if v == 0:
        body = ["Please update %s's registration - Medicare card shows MBI %s (old HICN on file). DOB %s." % (nm(p, "full"), m_show, d_us(p["dob"])),
                "Eligibility came back active Part A/B.", "", "thx"]
        return dict(subject=g.pick(["MBI update", "Medicare #", "coverage"]), frm=staff_addr(g.staff()), to=[dist("Patient Access")], body=body,
                    thread=g.chance(0.5), note="named patient + Medicare Beneficiary Identifier in registration context")
    if v == 1:
        fields = [("Beneficiary", nm(p, "lastfirst")), ("MBI", m_show), ("DOB", d_us(p["dob"])), ("Part A", "Active 0%d/01/%d" % (g.r.randint(1, 9), g.r.randint(2008, 2023))),
                  ("Part B", "Active"), ("MSP", g.pick(["None", "Employer group health plan", "Workers comp"]))]
        return dict(subject=g.pick(["Eligibility response", "270/271 result", "HETS check"]), frm=("Eligibility Service", "elig@clearinghouse.example.org"),
                    to=[dist("Patient Access")], body=["Eligibility inquiry result:"], fields=fields, fname="elig_271", title="Medicare Eligibility",
                    note="Medicare eligibility response: beneficiary name + MBI")
    body = ["Medicare Secondary Payer questionnaire", "", "Patient: %s" % nm(p, "lfm"), "Medicare number: %s" % m_show,
            "1. Are you receiving black lung benefits? No", "2. Is the service related to a work injury? No",
            "3. Are you covered by a group health plan through current employment? %s" % g.pick(["Yes - spouse", "No"])]
    return dict(subject=g.pick(["MSP form", "MSPQ", "secondary payer"]), frm=dist("Patient Access"), to=[dist("Billing Office")], body=body,
                fname="mspq", title="MSP Questionnaire", note="MSP questionnaire: named patient + MBI")


# ----------------------------------------------------------------------------------------------
# negative kinds
# ----------------------------------------------------------------------------------------------
def prov_rows(g, n, dea=False):
    rows = []
    for s in g.pick(PRESCRIBERS, min(n, len(PRESCRIBERS))):
        row = ["%s %s" % (s["first"] if isinstance(s, dict) else s[0], s[1]), s[2] or "MD", s[3].capitalize(), g.npi()]
        if dea:
            row.append(g.dea(s[1]))
            row.append(d_us(g.date(2025, 2026)))
        row += [g.pick(["Main campus", "Eastgate", "Millbrook", "Lakeview"]), "%s %s" % (g.phone(), g.ext()) if not dea else g.ext()]
        rows.append(row)
    return rows


def k_provider_directory(g, form, i):
    dea = g.chance(0.35)
    rows = prov_rows(g, g.r.randint(5, 9), dea)
    head = ["Provider", "Credential", "Specialty", "NPI"] + (["DEA", "DEA exp."] if dea else []) + ["Location", "Phone" if not dea else "Ext"]
    if dea:
        subj = g.pick(["Credentialing roster - Q4", "MSO roster update", "recredentialing batch"])
        body = ["Below is the recredentialing batch going to the committee on the %s. Please verify NPI/DEA before Friday." % g.pick(["14th", "21st", "3rd"])]
        frm = dist("Medical Staff Office")
    else:
        subj = g.pick(["Provider directory update", "New providers this month", "Updated on-call & directory", "Find-a-Doctor changes"])
        body = [g.pick(["Please welcome the following providers and update any printed directories.",
                        "Directory changes effective %s:" % d_long(g.date()), "Updated provider listing for the referral line below."])]
        frm = dist("Physician Relations")
    return dict(subject=subj, frm=frm, to=[dist("All Clinic Managers")], body=body, table=(head, rows),
                csv_pre=["Riverside Health provider listing", ""], fname="providers", title="Provider Directory",
                note="provider names with their own NPI%s; no patient" % ("/DEA" if dea else ""))


PRESCRIBERS = [x for x in STAFF if x[2].split(",")[0] in ("MD", "NP", "PA-C")]


def k_prescriber_notice(g, form, i):
    f_, l_, c_, r_ = g.pick(PRESCRIBERS)
    s = dict(first=f_, last=l_, cred=c_, role=r_)
    n = g.npi()
    d = g.dea(s["last"])
    v = g.r.randint(0, 4)
    if v == 0:
        body = ["Dr. %s," % s["last"], "", "Our records show DEA registration %s expires on %s." % (d, d_long(g.date(2024, 2025))),
                "Renew at least 45 days in advance and upload the new certificate to the credentialing portal.", "", "Medical Staff Office"]
        subj = g.pick(["DEA renewal reminder", "Action needed: registration expiring"])
    elif v == 1:
        body = ["All prescribers:", "", "Please update your NPI in the e-prescribing portal by %s. Claims from the new Medicaid MCO will reject without Type 1 NPI in the prescriber field." % d_long(g.date()),
                "Example of where it goes: Profile > Identifiers > NPI (e.g. %s)." % n, "", "Pharmacy Informatics"]
        subj = g.pick(["Update your NPI in the portal", "Prescriber profile update"])
    elif v == 2:
        body = ["Your EPCS two-factor token is due for re-enrollment.", "Prescriber: %s %s, %s   NPI %s   DEA %s" % (s["first"], s["last"], s["cred"] or "MD", n, d),
                "Schedule identity proofing with the service desk (%s)." % g.ext(), "", "EPCS Program"]
        subj = g.pick(["EPCS re-enrollment", "Token expiring"])
    elif v == 3:
        body = ["Reminder: state law requires a PDMP check before prescribing opioids (e.g., oxycodone, hydrocodone) or benzodiazepines for more than 3 days.",
                "Audit will sample prescribers in Q3. No action needed if you check the PDMP through the Epic integration.", "", "Controlled Substance Stewardship"]
        subj = g.pick(["PDMP reminder", "controlled substance prescribing"])
    else:
        body = ["Prescribers whose state controlled-substance license renews this quarter:"]
        subj = "CSR renewals due"
    table = None
    if v == 4 or form in ("csv", "json"):
        table = (["Prescriber", "NPI", "DEA", "State CSR exp."], [["%s %s" % (x[0], x[1]), g.npi(), g.dea(x[1]), d_us(g.date(2024, 2025))] for x in g.pick(PRESCRIBERS, 5)])
    return dict(subject=subj, frm=dist("Medical Staff Office"), to=[staff_addr(s)] if v in (0, 2) else [dist("All Prescribers")], body=body,
                table=table, fname="prescriber_notice", title="Prescriber Notice", note="prescriber's own NPI/DEA or prescribing policy; no patient")


def k_newsletter(g, form, i):
    a, b, c = g.pick(STAFF, 3)
    e = g.pick([x for x in STAFF if x[3] in ("diabetes educator", "clinical pharmacist", "care coordinator", "infusion nurse", "discharge planner")])
    items = [
        "Congratulations to %s %s, %s, our new %s! %s will lead the outpatient program for adults with type 2 diabetes (E11.9) and prediabetes." % (e[0], e[1], e[2], e[3], e[0]),
        "Heart Month: %s %s, %s, gave a talk on hypertension control - the clinic hit 71%% of patients below 140/90 this quarter." % (b[0], b[1], b[2] or "MD"),
        "Welcome back %s %s from the Global Health trip to Ghana, where the team ran malaria and sickle cell screening clinics." % (c[0], c[1]),
        "Sepsis awareness: remember SEP-1 - lactate within 3 hours, 30 mL/kg crystalloid for hypotension or lactate >= 4 mmol/L.",
        "Pharmacy corner: the formulary now prefers empagliflozin over dapagliflozin; semaglutide supply has stabilized.",
        "The 5 West team celebrated 365 days without a CLABSI. Great work, everyone!",
        "Coding tip: F32.A (depression, unspecified) should only be used when documentation is truly non-specific.",
    ]
    pick = g.pick(items, 4)
    body = [g.pick(["THE RIVERSIDE ROUNDS - staff newsletter", "Nursing News - %s edition" % g.pick(["Spring", "Summer", "Fall"]), "Quality & Safety Bulletin"]), ""]
    for it in pick:
        body += ["* " + it, ""]
    body.append("Have news to share? Email communications@%s." % DOMAIN)
    return dict(subject=g.pick(["Riverside Rounds", "This week at Riverside", "Nursing News", "Bulletin"]), frm=dist("Internal Communications"),
                to=[dist("All Staff")], body=body, fname="newsletter", title="Staff Newsletter",
                table=(["Section", "Item"], [[str(k + 1), it] for k, it in enumerate(pick)]) if form in ("csv",) else None,
                note="staff newsletter: named employees + health topics/ICD codes, no patient")


def k_education(g, form, i):
    v = g.r.randint(0, 4)
    if v == 0:
        labs = g.pick(LABS, 6)
        rows = [[a, u, ("<%s" % fmt_num(hi, dec)) if lo == 0 else "%s-%s" % (fmt_num(lo, dec), fmt_num(hi, dec))] for a, u, lo, hi, dec in labs]
        return dict(subject=g.pick(["Updated reference ranges", "Lab reference intervals - effective next month"]), frm=dist("Laboratory Medicine"), to=[dist("All Clinicians")],
                    body=["The following adult reference intervals change with the new analyzer. HbA1c at or above 6.5% remains diagnostic for diabetes."],
                    table=(["Analyte", "Units", "Adult reference"], rows), fname="reference_ranges", title="Reference Intervals",
                    note="reference ranges and analytes, no individual")
    if v == 1:
        codes = g.pick(ICD, 4)
        body = ["Coding education: specificity matters", ""] + ["- %s: %s" % c for c in codes] + ["",
                "Tip: when documentation supports it, E11.65 is preferred over E11.9 for uncontrolled type 2 diabetes with hyperglycemia.",
                "Questions: HIM Coding Education"]
        return dict(subject=g.pick(["Coding tip of the week", "ICD-10 update", "Documentation reminder"]), frm=dist("HIM Coding Education"),
                    to=[dist("Hospitalists")], body=body, table=(["Code", "Description"], [list(c) for c in codes]) if form in ("csv", "json", "xml") else None,
                    fname="coding_tip", title="Coding Education", note="ICD-10 codes quoted for education, no patient")
    if v == 2:
        body = ["Case study (de-identified) for M&M conference", "",
                "A man in his 60s with a history of atrial fibrillation on apixaban presented with melena. Hemoglobin was 7.1 g/dL.",
                "He received 2 units of PRBCs; EGD showed a duodenal ulcer. Anticoagulation was held for 7 days.",
                "Teaching points: reversal agents (andexanet alfa), timing of resumption, PPI co-therapy.", "",
                "All identifiers have been removed per policy HIM-114."]
        return dict(subject=g.pick(["M&M case", "Case conference materials", "Teaching case"]), frm=staff_addr(g.staff()), to=[dist("Internal Medicine Residents")],
                    body=body, fname="case_study", title="De-identified Case Study", note="de-identified case study, no identifiable person")
    if v == 3:
        body = ["Cómo controlar la presión arterial en casa", "",
                "- Mida su presión a la misma hora todos los días.", "- Reduzca la sal a menos de 2,300 mg al día.",
                "- Tome sus medicamentos como se los recetaron, por ejemplo lisinopril o amlodipino.",
                "- Llame a su clínica si la presión es mayor de 180/120."]
        return dict(subject="Folleto educativo - presión arterial", frm=dist("Patient Education"), to=[dist("Family Medicine Nurses")], body=body, lang="es-US",
                    fname="folleto_presion", title="Folleto educativo", note="generic Spanish patient-education handout, no individual")
    body = ["Insulin storage reminder", "", "Unopened insulin glargine pens: refrigerate at 36-46 F until expiration.",
            "In-use pens: room temperature up to 28 days. Discard if frozen.", "Document the open date on the pen label."]
    return dict(subject=g.pick(["Med safety reminder", "Insulin storage", "Nursing education"]), frm=dist("Pharmacy Education"), to=[dist("Nursing All Units")],
                body=body, fname="insulin_storage", title="Medication Education", note="drug handling education, no patient")


def k_aggregate(g, form, i):
    units = ["4 West", "5 East", "ICU", "Step-down", "ED", "L&D"]
    v = g.r.randint(0, 2)
    if v == 0:
        rows = [[u, str(g.r.randint(80, 900)), str(g.r.randint(0, 14)), "%.1f%%" % g.r.uniform(5, 19)] for u in units]
        body = ["Q%d readmission and sepsis summary. %d patients met sepsis criteria hospital-wide; SEP-1 compliance %d%%." % (g.r.randint(1, 4), g.r.randint(20, 80), g.r.randint(58, 91))]
        head = ["Unit", "Discharges", "Sepsis cases", "30-day readmit rate"]
    elif v == 1:
        codes = g.pick(ICD, 6)
        rows = [[c, d, str(g.r.randint(5, 400)), str(g.r.randint(1, 40))] for c, d in codes]
        body = ["Top discharge diagnoses this quarter (counts only, cells <11 suppressed in external copy)."]
        head = ["ICD-10", "Description", "Encounters", "Readmissions"]
    else:
        rows = [[m, str(g.r.randint(0, 6)), str(g.r.randint(1000, 9000)), "%.2f" % g.r.uniform(0, 1.5)] for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]]
        body = ["CLABSI rates by month, all ICUs. Target SIR < 0.8."]
        head = ["Month", "CLABSI", "Central line days", "SIR"]
    return dict(subject=g.pick(["Quality dashboard", "Q3 metrics", "monthly numbers", "Results"]), frm=dist("Quality Analytics"), to=[dist("Quality Committee")],
                body=body, table=(head, rows), csv_pre=["Riverside Health Quality Analytics - aggregate report", "No patient-level data", ""],
                fname="quality_metrics", title="Quality Metrics", note="aggregate counts/rates, no individual")


def k_template(g, form, i):
    if form == "hl7":
        hl7 = "\n".join(["MSH|^~\\&|{{sending_app}}|RIVERSIDE|{{receiving_app}}|{{facility}}|{{yyyymmddhhmmss}}||ADT^A04^ADT_A01|{{control_id}}|P|2.5.1",
                         "EVN|A04|{{yyyymmddhhmm}}", "PID|1||{{MRN}}^^^RH^MR||{{LAST}}^{{FIRST}}^{{MI}}||{{DOB_YYYYMMDD}}|{{SEX}}|||{{street}}^^{{city}}^{{st}}^{{zip}}||{{phone}}",
                         "PV1|1|O|{{location}}||||{{attending_npi}}^{{attending_last}}^{{attending_first}}"])
        return dict(subject=g.pick(["A04 spec for the new vendor", "HL7 mapping template"]), frm=staff_addr(g.staff()), to=[("Vendor Integration", "integration@vendor.example.org")],
                    hl7=hl7, cover=["Template message for the spec attached - placeholders only, no production data."], fname="A04_template",
                    title="HL7 template", note="HL7 template with {{placeholders}}, no real patient")
    if form == "xml":
        return dict(subject="CCD template for review", frm=staff_addr(g.staff()), to=[dist("HIM Release of Information")], xml=ccda_xml(g, None, placeholders=True),
                    cover=["C-CDA template with placeholders for the new ROI vendor build."], fname="ccd_template", title="CCD template",
                    note="C-CDA template with placeholders only")
    v = g.r.randint(0, 2)
    if v == 0:
        fields = [("Patient", "[NAME]"), ("DOB", "__/__/____"), ("MRN", "RH_______"), ("SSN", "___-__-____"), ("Member ID", "RHP#########"),
                  ("Reason for visit", "________________"), ("Allergies", "[ ] NKDA  [ ] see list")]
        body = ["Please start using the revised intake form below (v3.2). Blank copy for printing attached to the SharePoint page."]
        subj = g.pick(["Revised intake form", "Form update", "new registration template"])
    elif v == 1:
        fields = [("To", "{{patient_name}}"), ("Appointment", "{{appt_date}} at {{appt_time}}"), ("Location", "{{department_name}}"),
                  ("Prep", "{{prep_instructions}}")]
        body = ["Dear {{patient_first_name}},", "", "This is a reminder of your upcoming visit with {{provider_name}}.", "",
                "Reviewers: this is the draft reminder template for the new texting vendor. Merge fields in double braces."]
        subj = g.pick(["Reminder template draft", "Text template for review"])
    else:
        fields = [("Patient name", "<<Last>>, <<First>>"), ("Date of birth", "MM/DD/YYYY"), ("Diagnosis (ICD-10)", "<<code>> - <<description>>"),
                  ("Medication / dose", "<<drug>> <<dose>>"), ("Prescriber signature", "______________________")]
        body = ["Prior authorization cover sheet template - fill all fields before faxing."]
        subj = g.pick(["PA cover sheet", "Fax template"])
    return dict(subject=subj, frm=staff_addr(g.staff()), to=[dist("Patient Access")], body=body, fields=fields, fname="template",
                title="Template", note="form/template with placeholders only")


def k_birth_year(g, form, i):
    s = g.staff()
    v = g.r.randint(0, 3)
    if v == 0:
        rows = [["%s %s" % (x[0], x[1]), x[3].capitalize(), g.pick(MONTHS) + " %d" % g.r.randint(1, 28)] for x in g.pick(STAFF, 6)]
        return dict(subject=g.pick(["October birthdays!", "Birthdays this month", "cake in the break room"]), frm=dist("Unit Council 4 West"), to=[dist("4 West Staff")],
                    body=["Happy birthday to our team members celebrating this month! Cake Thursday at 2 pm."], table=(["Name", "Role", "Birthday"], rows),
                    fname="birthdays", title="Birthdays", note="staff birthdays, no health context")
    if v == 1:
        body = ["Founders' Day", "", "Riverside's founder, Dr. Hollis Whitfield Sr., was born in 1950 in Port Alden and opened the first clinic on Water Street in 1979.",
                "Join us in the atrium on %s for a short history talk and the unveiling of his portrait." % d_long(g.date())]
        return dict(subject="Founders' Day", frm=dist("Riverside Foundation"), to=[dist("All Staff")], body=body, fname="founders_day",
                    title="Founders' Day", note="founder's birth year, no health context")
    if v == 2:
        body = ["Please join us in celebrating %s %s's retirement after 38 years in Environmental Services." % (s["first"], s["last"]),
                "%s (born 1959, a Millbrook native) started here at 27 and never missed a holiday party." % s["first"],
                "Reception %s, 3-5 pm, Conference Center B." % d_long(g.date())]
        return dict(subject=g.pick(["Retirement celebration", "Farewell party"]), frm=dist("Human Resources"), to=[dist("All Staff")], body=body,
                    fname="retirement", title="Retirement", note="staff birth year in a retirement note, no health info")
    bday = g.pick(["March 3", "June 18", "August 9", "October 27"])
    body = ["Our longest-serving volunteer, Wilhelmina Tso, turns 100 on %s (born %s, 1924)!" % (bday, bday),
            "She has staffed the gift shop every Tuesday since 1987. Cards can be dropped at the volunteer office."]
    return dict(subject="Happy 100th!", frm=dist("Volunteer Services"), to=[dist("All Staff")], body=body, fname="centenarian",
                title="Volunteer birthday", note="volunteer birthday/birth year, no health context")


def ssn_shaped(g):
    return "%03d-%02d-%04d" % (g.r.randint(100, 899), g.r.randint(10, 99), g.r.randint(1000, 9999))


def k_id_shaped(g, form, i):
    v = g.r.randint(0, 3)
    hl7 = None
    if form == "hl7":
        hl7 = "MSH|^~\\&|RXHUB|RIVERSIDE|EPIC|RIVERSIDE|%s||ACK^O01|%s|P|2.5.1\nMSA|AE|%s|Invalid order number 4410-27-6610" % (
            hl7_ts(g.cur_dt, True), ssn_shaped(g).replace("-", ""), ssn_shaped(g).replace("-", ""))
    if v == 0 or form == "csv":
        rows = [["INV " + ssn_shaped(g), d_us(g.date()), g.pick(["Medline", "Cardinal", "Owens & Minor", "Stryker"]), "$%d.%02d" % (g.r.randint(100, 90000), g.r.randint(0, 99)),
                 "PO-%d" % g.r.randint(4500000000, 4599999999)] for _ in range(g.r.randint(5, 8))]
        return dict(subject=g.pick(["Invoices past due", "AP aging", "remittance"]), frm=dist("Accounts Payable"), to=[("Vendor AR", "ar@medsupply.example.org")],
                    body=["The invoices below were paid in the last ACH run. Invoice numbers are in your 3-2-4 format."], table=(["Invoice", "Date", "Vendor", "Amount", "PO"], rows),
                    hl7=hl7, fname="remittance", title="Remittance", note="invoice ids shaped like SSNs, POs, no person")
    if v == 1:
        rows = [["1Z%s" % "".join(g.r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)), "PN %d-%04d-%02d" % (g.r.randint(100, 999), g.r.randint(0, 9999), g.r.randint(0, 99)),
                 g.pick(["IV pump channel", "SpO2 sensor (adult)", "Suction canister 1500 mL", "Glucometer strips"]), str(g.r.randint(1, 40))] for _ in range(5)]
        return dict(subject=g.pick(["Shipment tracking", "backorder update", "Order shipped"]), frm=("Order Desk", "orders@medsupply.example.org"), to=[dist("Supply Chain")],
                    body=["Order %s shipped from Memphis DC. Call %s %s with questions." % (ssn_shaped(g), g.phone(), g.ext())],
                    table=(["Tracking", "Part number", "Item", "Qty"], rows), hl7=hl7, fname="shipment", title="Shipment", note="tracking/part/order numbers, no person")
    if v == 2:
        body = ["Ticket INC%07d updated." % g.r.randint(0, 9999999), "",
                "Asset tag RH-%07d (Dell OptiPlex, 5 West nurses' station) reimaged. Replacement RH-%07d staged." % (g.r.randint(0, 9999999), g.r.randint(0, 9999999)),
                "Serial %s. Room %d%s. Call ext %d if the badge tap still fails." % ("".join(g.r.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(7)), g.r.randint(4, 7), "%03d" % g.r.randint(1, 60), g.r.randint(2000, 7999))]
        return dict(subject=g.pick(["Ticket update", "Your request has been resolved", "RITM follow-up"]), frm=("Riverside IT Service Desk", "servicedesk@" + DOMAIN),
                    to=[staff_addr(g.staff())], body=body, hl7=hl7, fname="ticket", title="IT Ticket", note="ticket numbers/asset tags shaped like identifiers; no patient")
    body = ["Updated phone tree for the Eastgate campus:", ""] + ["%s ...... %s %s" % (d, g.phone(), g.ext()) for d in ["Main desk", "Lab draw station", "Radiology scheduling", "Security", "Dietary"]] + [
        "", "Conference bridge: 1-877-555-0144, access code %s#" % ssn_shaped(g).replace("-", "")]
    return dict(subject=g.pick(["Phone list", "extensions"]), frm=dist("Telecom"), to=[dist("All Staff")], body=body, hl7=hl7,
                fname="phone_list", title="Phone list", note="phone numbers/extensions and access codes; no patient")


def k_staff_admin(g, form, i):
    v = g.r.randint(0, 3)
    if v == 0:
        rows = [["%s %s" % (x[0], x[1]), x[2] or "-", g.pick(["D", "D", "N", "OFF", "E"]), g.pick(["D", "N", "OFF", "E"]), g.pick(["D", "N", "OFF"]), g.pick(["OFF", "D", "N"])] for x in g.pick(STAFF, 7)]
        return dict(subject=g.pick(["Schedule - next 4 weeks", "shift swaps", "holiday schedule posted"]), frm=staff_addr(g.staff()), to=[dist("4 West Staff")],
                    body=["Schedule for the next period is posted. Swaps need charge nurse approval."], table=(["Staff", "Cred", "Mon", "Tue", "Wed", "Thu"], rows),
                    fname="shift_schedule", title="Shift Schedule", note="staff names + shift schedule, no health data")
    if v == 1:
        body = ["Open enrollment runs %s through %s." % (d_long(datetime.date(2024, 11, 1)), d_long(datetime.date(2024, 11, 15))),
                "Plan options: Riverside PPO, Riverside HDHP with HSA, and dental/vision. Premiums increase 3.2% for 2025.",
                "Attend a benefits fair session or visit the HR portal. If you take no action your 2024 elections roll over (except FSA).", "", "Human Resources - Benefits"]
        return dict(subject=g.pick(["Open enrollment starts Nov 1", "Benefits enrolment 2025"]), frm=dist("HR Benefits"), to=[dist("All Staff")], body=body,
                    table=(["Plan", "Employee only", "Employee + family"], [["PPO", "$118/mo", "$412/mo"], ["HDHP", "$54/mo", "$198/mo"]]) if form in ("csv", "json", "xml", "pdf") else None,
                    fname="open_enrollment", title="Open Enrollment", note="benefits enrolment without any individual health data")
    if v == 2:
        rows = [["%s %s" % (x[0], x[1]), x[3].capitalize(), g.pick(["Complete", "Overdue", "Complete", "Due %s" % d_us(g.date())])] for x in g.pick(STAFF, 8)]
        return dict(subject=g.pick(["HealthStream compliance", "training overdue"]), frm=dist("Clinical Education"), to=[dist("Nurse Managers")],
                    body=["Annual HIPAA privacy and fire safety modules status by staff member:"], table=(["Employee", "Role", "Status"], rows),
                    fname="training", title="Training Compliance", note="staff training status, no health data")
    body = ["Reminder: the Elm Street garage closes for resurfacing %s. Staff with permits in lots C/D should park at the Riverside Church lot; shuttles run every 10 minutes." % d_long(g.date()),
            "", "Facilities & Parking"]
    return dict(subject=g.pick(["Parking changes", "garage closure"]), frm=dist("Facilities"), to=[dist("All Staff")], body=body, fname="parking",
                title="Parking notice", note="facilities notice, no person")


def k_marketing(g, form, i):
    v = g.r.randint(0, 4)
    a, b = g.pick(STAFF, 2)
    if v == 0:
        body = ["Now open: Riverside Urgent Care - Millbrook", "", "Walk in 8 am - 8 pm, 7 days a week. X-ray and lab on site.",
                "We treat sprains, flu, UTIs, minor cuts and more. Most insurance accepted, including Riverside Health Plan.", "Save your spot online."]
        subj = g.pick(["Now open in Millbrook", "Urgent care, closer to home"])
    elif v == 1:
        body = ["Conference: Cardiometabolic Update 2024", "", "8:00  Welcome - %s %s, %s" % (a[0], a[1], a[2] or "MD"),
                "8:15  GLP-1 receptor agonists beyond diabetes - %s %s" % (b[0], b[1]), "9:30  Heart failure with preserved EF: what's new",
                "10:45 CKD and SGLT2 inhibitors panel", "CME: 4.0 AMA PRA Category 1 Credits. Register by %s." % d_long(g.date())]
        subj = g.pick(["Save the date", "Conference agenda", "Register now: CME"])
    elif v == 2:
        body = ["Job posting: RN - Cardiac Step-down (nights, 0.9 FTE)", "", "Requirements: BSN, BLS/ACLS, 1 year telemetry experience.",
                "Sign-on bonus up to $15,000. Apply at careers.%s by %s." % (DOMAIN, d_long(g.date()))]
        subj = g.pick(["Now hiring", "Internal posting", "Job opportunity"])
    elif v == 3:
        body = ["Hi %s," % a[0], "", "MedSight AI helps health systems cut sepsis mortality by surfacing deterioration 6 hours earlier.",
                "Our customers see a 22% reduction in ICU transfers. Can I grab 15 minutes next week for a demo?", "", "Jordan Pell", "Enterprise Sales, MedSight Analytics"]
        subj = g.pick(["15 minutes?", "Sepsis prediction demo", "Quick intro"])
        return dict(subject=subj, frm=("Jordan Pell", "jpell@medsight.example.org"), to=[("%s %s" % (a[0], a[1]), email_of(a[0], a[1]))], body=body,
                    fname="medsight", title="MedSight", note="vendor pitch naming a staff member and a disease topic; no patient")
    else:
        body = ["¡Vacúnese contra la gripe!", "", "Clínicas gratuitas los sábados de octubre, 9 am - 1 pm, en el Centro Comunitario de Eastgate.",
                "Para mayores de 6 meses. No se necesita cita ni seguro médico.", "Más información: %s" % g.phone()]
        subj = "Clínica de vacunas contra la gripe"
        return dict(subject=subj, frm=dist("Community Outreach"), to=[("Eastgate Community Center", "info@eastgatecc.example.org")], body=body, lang="es-US",
                    fname="flu_clinic", title="Vacunas", note="public flu-shot marketing in Spanish; no individual")
    return dict(subject=subj, frm=dist("Marketing"), to=[dist("All Staff")] if v == 2 else [("Riverside Friends", "news@" + DOMAIN)], body=body,
                fname="promo", title="Riverside Health", note="marketing/conference/job posting; no patient")


def k_name_only(g, form, i):
    people = [g.patient() for _ in range(g.r.randint(5, 8))]
    v = g.r.randint(0, 3)
    if v == 0:
        rows = [[nm(p, "full"), g.pick(["Gift shop", "Information desk", "Pet therapy", "Chapel", "Wayfinding"]), g.pick(["Mon AM", "Tue PM", "Sat AM", "Thu PM"]), p["phone"]] for p in people]
        return dict(subject=g.pick(["Volunteer roster", "Volunteer shifts - November"]), frm=dist("Volunteer Services"), to=[dist("Volunteer Leads")],
                    body=["Updated volunteer roster attached/below. Please welcome our new volunteers!"], table=(["Volunteer", "Assignment", "Shift", "Phone"], rows),
                    fname="volunteers", title="Volunteer Roster", note="volunteer names/phones, no health info")
    if v == 1:
        rows = [[nm(p, "lastfirst"), "Contractor - %s" % g.pick(["Turner Construction", "Otis Elevator", "Siemens"]), "Lot %s" % g.pick("CDEF"), "%d" % g.r.randint(10000, 99999), d_us(g.date())] for p in people]
        return dict(subject=g.pick(["Parking permits issued", "permit list"]), frm=dist("Parking Services"), to=[dist("Security")],
                    body=["Temporary parking permits issued this week to contractor staff:"], table=(["Name", "Affiliation", "Lot", "Permit #", "Expires"], rows),
                    fname="permits", title="Parking Permits", note="contractor names with parking permits, no health info")
    if v == 2:
        p = people[0]
        body = ["Dear %s and %s %s," % (nm(p, "title"), "Mr." if p["sex"] == "F" else "Mrs.", p["last"]), "",
                "Thank you for your generous gift of $%d to the Riverside Foundation's new pediatric playground fund." % g.pick([250, 500, 1000, 2500]),
                "Your support helps make Riverside a welcoming place for the whole community.", "", "With gratitude,", "Riverside Foundation"]
        return dict(subject=g.pick(["Thank you for your gift", "With gratitude"]), frm=dist("Riverside Foundation"), to=[pt_email(p)], body=body,
                    fname="thank_you", title="Donation Thank You", note="donor thank-you naming donors, no health info")
    rows = [[nm(p, "full"), "Table %d" % g.r.randint(1, 30), g.pick(["Chicken", "Salmon", "Vegetarian"])] for p in people]
    return dict(subject=g.pick(["Gala seating chart", "Gala RSVPs"]), frm=dist("Riverside Foundation"), to=[dist("Events Team")],
                body=["Seating for the Harvest Gala on %s:" % d_long(g.date())], table=(["Guest", "Table", "Entree"], rows),
                fname="gala_seating", title="Gala Seating", note="gala guest names, no health info")


def k_other_label(g, form, i):
    lab = g.pick(["general", "internal"])
    hl7 = None
    if form == "hl7":
        hl7 = "MSH|^~\\&|CLOVERLEAF|RIVERSIDE|EPIC|RIVERSIDE|%s||ACK^A08|%d|T|2.5.1\nMSA|AA|%d|Test environment heartbeat" % (hl7_ts(g.cur_dt, True), g.r.randint(10000000, 99999999), g.r.randint(10000000, 99999999))
    v = g.r.randint(0, 3)
    if v == 0:
        body = ["Reminder: when e-mailing patient information outside Riverside, apply the Confidential - PHI sensitivity label from the Sensitivity menu.",
                "Internal-only mail without patient data should use Internal. This message itself contains no patient data.", "", "Privacy Office"]
        subj = g.pick(["How to label e-mail", "Sensitivity labels refresher"])
    elif v == 1:
        body = ["Draft policy NUR-212: Hypoglycemia management", "", "Treat glucose < 70 mg/dL with 15 g fast-acting carbohydrate; recheck in 15 minutes.",
                "If < 54 mg/dL or unable to swallow, give dextrose 50% 25 mL IV or glucagon 1 mg IM.", "Comments due to the P&P committee by Friday."]
        subj = g.pick(["Policy draft for comment", "P&P review"])
    elif v == 2:
        subj, body = g.pick(INNOCUOUS)
    else:
        body = ["FY25 capital requests are due %s. Include quotes and the equipment replacement justification form." % d_long(g.date()), "", "Finance"]
        subj = g.pick(["Capital requests", "Budget timeline"])
    table = (["Item", "Owner", "Due"], [["Review", "P&P", "Fri"], ["Sign-off", "CNO", "Mon"]]) if form in ("csv", "json", "xml") else None
    return dict(subject=subj, frm=staff_addr(g.staff()), to=[dist("Nursing Leadership")], body=body, table=table, hl7=hl7, label=lab, m365=True,
                fname="doc", title="Document", note="sensitivity label %s (not the PHI label); body has no patient" % lab.capitalize())


def k_general(g, form, i):
    v = g.r.randint(0, 4)
    hl7 = None
    if form == "hl7":
        hl7 = "MSH|^~\\&|EPIC|RIVERSIDE|LABSYS|RH_LAB|%s||ACK^R01|%d|P|2.5.1\nMSA|AR|%d|Application down for maintenance\nERR|||207^Application internal error^HL70357|E" % (
            hl7_ts(g.cur_dt, True), g.r.randint(10000000, 99999999), g.r.randint(10000000, 99999999))
        v = 0
    if v == 0:
        body = ["Maintenance window: the lab interface engine will be down %s 01:00-03:00 CT." % d_long(g.date()),
                "Messages will queue and replay automatically. Sample ACK from the test run attached for the vendor.", "", "Integration Team"]
        subj = g.pick(["Interface maintenance", "Downtime notice", "Change CHG%07d" % g.r.randint(0, 9999999)])
    elif v == 1:
        lot = "%s%d" % (g.pick(["A", "K", "T"]), g.r.randint(10000, 99999))
        body = ["VOLUNTARY RECALL - %s" % g.pick(["Heparin sodium 5,000 units/mL vials", "Metformin ER 500 mg tablets", "Cefazolin 1 g vials", "Ondansetron 4 mg ODT"]),
                "Lot %s, expiration 03/2026. Reason: %s." % (lot, g.pick(["NDMA above acceptable intake limit", "particulate matter", "labeling error"])),
                "Quarantine affected stock and return via the wholesaler. No patient-level action is required unless notified by Pharmacy."]
        subj = g.pick(["Drug recall notice", "Recall - action required", "FDA recall"])
    elif v == 2:
        body = ["Month-end close: please submit accruals by the 3rd business day. Cost center 41020 is over budget on agency staffing."]
        subj = g.pick(["Month-end close", "Budget variance"])
    elif v == 3:
        body = ["Your order has shipped.", "Carrier: UPS Ground", "Estimated delivery: %s" % d_long(g.date()), "Items: 12 cases exam gloves (M), 4 cases sharps containers 2 gal"]
        subj = g.pick(["Your order has shipped", "Delivery update"])
    else:
        body = ["Alert: disk usage on RH-EPICPRT02 at 91%. Threshold 90%.", "Host: rh-epicprt02.%s  Service: print queue" % DOMAIN, "Auto-ticket created."]
        subj = g.pick(["[ALERT] disk usage", "Monitoring alert"])
    table = None
    if form in ("csv", "json", "xml", "pdf") and v != 0:
        table = (["Key", "Value"], [["generated", d_us(g.cur_dt.date())], ["source", "Riverside Health"], ["category", subj]])
    return dict(subject=subj, frm=staff_addr(g.staff()) if v in (0, 2, 4) else ("Notifications", "notify@vendor.example.org"), to=[dist("Pharmacy") if v == 1 else dist("IT Operations")],
                body=body, table=table, hl7=hl7, fname="notice", title="Notice", note="IT/vendor/finance/recall mail; no patient")


# ----------------------------------------------------------------------------------------------
# plan and main
# ----------------------------------------------------------------------------------------------
POSITIVE = {
    "lab_result": (k_lab_result, "plain qp b64 html alt csv txt pdf json hl7 rfc822 htmlatt"),
    "referral": (k_referral, "plain qp alt html pdf txt rfc822 b64 plain qp htmlatt json"),
    "clinical_note": (k_clinical_note, "plain plain qp b64 txt pdf rfc822 alt html xml plain qp"),
    "discharge": (k_discharge, "pdf txt alt plain qp html b64 xml rfc822 pdf htmlatt json"),
    "appointment": (k_appointment, "plain html alt qp b64 csv plain rfc822 txt json pdf htmlatt"),
    "medication": (k_medication, "plain qp html alt b64 csv json pdf txt rfc822 xml plain"),
    "registration": (k_registration, "pdf csv html alt plain qp json xml b64 txt rfc822 htmlatt"),
    "billing_claim": (k_billing_claim, "csv pdf plain html alt json xml qp b64 txt rfc822 htmlatt"),
    "hl7": (k_hl7, "hl7 hl7 hl7 hl7 hl7 hl7 hl7 hl7 plain b64 txt rfc822"),
    "ccda": (k_ccda, "xml xml xml xml xml xml xml xml xml xml rfc822 rfc822"),
    "imaging": (k_imaging, "plain qp html alt pdf txt b64 hl7 rfc822 json csv htmlatt"),
    "label": (k_label, "plain qp b64 html alt csv txt pdf json xml hl7 rfc822"),
    "mbi": (k_mbi, "plain qp html alt csv pdf b64 txt json xml rfc822 hl7"),
}
NEGATIVE = {
    "provider_directory": (k_provider_directory, "html csv pdf alt plain json xml txt htmlatt qp b64 rfc822"),
    "prescriber_notice": (k_prescriber_notice, "plain qp html alt pdf b64 txt rfc822 plain json html csv"),
    "newsletter": (k_newsletter, "html alt qp pdf plain b64 htmlatt txt alt html rfc822 csv"),
    "education": (k_education, "plain qp html pdf alt b64 txt htmlatt csv json xml rfc822"),
    "aggregate": (k_aggregate, "csv html pdf alt json plain qp b64 txt xml htmlatt rfc822"),
    "template": (k_template, "plain html alt pdf txt hl7 xml json csv qp b64 rfc822"),
    "birth_year": (k_birth_year, "plain qp html alt b64 txt pdf rfc822 plain html csv json"),
    "id_shaped": (k_id_shaped, "plain csv html pdf json alt qp b64 txt xml hl7 rfc822"),
    "staff_admin": (k_staff_admin, "plain csv html alt qp pdf b64 txt rfc822 json htmlatt xml"),
    "marketing": (k_marketing, "html alt qp plain pdf b64 htmlatt txt rfc822 html alt json"),
    "name_only": (k_name_only, "csv plain html alt pdf txt qp b64 json rfc822 xml htmlatt"),
    "other_label": (k_other_label, "plain qp html alt b64 csv txt pdf json xml hl7 rfc822"),
    "general": (k_general, "plain hl7 json xml csv pdf html alt qp b64 txt rfc822"),
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    mdir = os.path.join(out, "messages")
    os.makedirs(mdir, exist_ok=True)
    for f in os.listdir(mdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(mdir, f))
    g = Gen(SEED)
    mime = Mime(g)
    flip = [0]

    def pdf_flip():
        flip[0] += 1
        return flip[0] % 2 == 0
    g.pdf_flip = pdf_flip
    plan = []
    for table, phi in ((POSITIVE, True), (NEGATIVE, False)):
        for kind, (fn, forms) in table.items():
            for idx, form in enumerate(forms.split()):
                plan.append((kind, phi, fn, form, idx))
    g.r.shuffle(plan)
    labels = []
    base = datetime.datetime(2024, 1, 3, 7, 0, 0)
    for n, (kind, phi, fn, form, idx) in enumerate(plan, 1):
        g.cur_dt = base + datetime.timedelta(minutes=n * 1290 // 2 + g.r.randint(0, 600))
        g.cur_dt = g.cur_dt.replace(hour=6 + g.cur_dt.hour % 16)
        doc = fn(g, form, idx)
        note = doc["note"]
        if not doc.get("label"):
            x = g.r.random()
            if phi and x < 0.07:
                doc["label"] = "phi"
                note += "; also carries the PHI sensitivity label"
            elif x > 0.85:
                doc["label"] = "general" if x > 0.93 else "internal"
                note += "; %s label (not PHI)" % doc["label"].capitalize()
        assert not (not phi and doc.get("label") == "phi")
        msg = build_message(g, mime, doc, form)
        name = "q%04d.eml" % n
        with open(os.path.join(mdir, name), "wb") as fh:
            fh.write(msg.encode("ascii"))
        labels.append({"file": name, "phi": phi, "kind": kind, "form": FORM_DESC[form], "note": note})
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(labels), mdir))


if __name__ == "__main__":
    main()
