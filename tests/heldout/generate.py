#!/usr/bin/env python3
"""Generate the held-out PHI evaluation set (messages/h0001.eml ... and labels.json).

Written from BRIEF.md only, by a writer who never read the classifier's code or
its other test data.  Standard library only; every random choice comes from one
random.Random seeded with SEED and nothing reads the clock, so two runs give
byte-identical output.

    python3 generate.py            # writes ./messages/*.eml and ./labels.json
"""

import base64
import csv
import datetime
import html
import html.entities
import io
import json
import os
import random
import re
import textwrap
import unicodedata
import zlib
from email import quoprimime
from email.header import Header
from email.utils import formataddr, format_datetime

SEED = 4410276
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.json")

PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GENERAL_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INTERNAL_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
TENANT_GUID = "3c9e7b52-8d41-4a6f-b2e0-71c5d9a8f416"
ORG = "riversidehealth.example"

POSITIVE_KINDS = ["lab_result", "referral", "clinical_note", "discharge", "appointment",
                  "medication", "registration", "billing_claim", "hl7", "ccda", "imaging",
                  "label", "mbi"]
NEGATIVE_KINDS = ["provider_directory", "prescriber_notice", "newsletter", "education",
                  "aggregate", "template", "birth_year", "id_shaped", "staff_admin",
                  "marketing", "name_only", "other_label", "general"]

# Form plan: for each kind, the ten forms its messages use.  Form codes:
#   7bit qp b64 html alt          -> body only (text/plain 7bit, QP, base64; text/html; m/alternative)
#   csv txt htmlatt json xml pdf hl7 -> a cover body plus an attachment of that type
#   fwd                            -> a cover body plus the real content as a message/rfc822 attachment
FORM_PLAN = {
    "lab_result":    ["7bit", "html", "alt", "qp", "pdf", "csv", "hl7", "fwd", "b64", "json"],
    "referral":      ["7bit", "qp", "html", "alt", "pdf", "txt", "fwd", "b64", "htmlatt", "alt"],
    "clinical_note": ["7bit", "qp", "b64", "html", "alt", "txt", "pdf", "fwd", "htmlatt", "json"],
    "discharge":     ["7bit", "html", "alt", "pdf", "txt", "hl7", "fwd", "qp", "b64", "xml"],
    "appointment":   ["7bit", "html", "alt", "csv", "qp", "hl7", "fwd", "b64", "pdf", "json"],
    "medication":    ["7bit", "qp", "html", "alt", "csv", "json", "pdf", "fwd", "b64", "txt"],
    "registration":  ["7bit", "html", "alt", "csv", "pdf", "json", "xml", "fwd", "qp", "b64"],
    "billing_claim": ["7bit", "html", "alt", "csv", "json", "xml", "pdf", "fwd", "qp", "b64"],
    "hl7":           ["hl7", "hl7", "hl7", "hl7", "hl7", "7bit", "b64", "fwd", "txt", "alt"],
    "ccda":          ["xml", "xml", "xml", "xml", "xml", "xml", "xml", "fwd", "htmlatt", "fwd"],
    "imaging":       ["7bit", "html", "alt", "pdf", "hl7", "fwd", "qp", "b64", "txt", "csv"],
    "label":         ["7bit", "html", "alt", "qp", "b64", "pdf", "csv", "fwd", "txt", "json"],
    "mbi":           ["7bit", "html", "alt", "csv", "pdf", "qp", "b64", "fwd", "json", "xml"],
    "provider_directory": ["html", "csv", "alt", "7bit", "pdf", "hl7", "xml", "json", "qp", "fwd"],
    "prescriber_notice":  ["7bit", "html", "alt", "qp", "b64", "pdf", "fwd", "txt", "htmlatt", "csv"],
    "newsletter":    ["html", "alt", "alt", "pdf", "qp", "b64", "7bit", "htmlatt", "txt", "fwd"],
    "education":     ["7bit", "alt", "html", "pdf", "qp", "b64", "txt", "fwd", "htmlatt", "json"],
    "aggregate":     ["csv", "json", "xml", "pdf", "html", "alt", "7bit", "qp", "b64", "fwd"],
    "template":      ["7bit", "html", "alt", "txt", "pdf", "hl7", "xml", "json", "csv", "fwd"],
    "birth_year":    ["7bit", "html", "alt", "qp", "b64", "pdf", "fwd", "txt", "htmlatt", "7bit"],
    "id_shaped":     ["7bit", "html", "alt", "csv", "pdf", "qp", "b64", "json", "xml", "fwd"],
    "staff_admin":   ["7bit", "html", "alt", "csv", "qp", "b64", "pdf", "fwd", "txt", "htmlatt"],
    "marketing":     ["html", "alt", "alt", "7bit", "qp", "b64", "pdf", "htmlatt", "fwd", "html"],
    "name_only":     ["7bit", "html", "alt", "csv", "qp", "b64", "pdf", "txt", "fwd", "json"],
    "other_label":   ["7bit", "html", "alt", "qp", "b64", "pdf", "csv", "fwd", "txt", "json"],
    "general":       ["7bit", "html", "alt", "hl7", "json", "xml", "csv", "qp", "b64", "fwd"],
}

BODY_FORMS = ("7bit", "qp", "b64", "html", "alt")
ATT_FORMS = ("csv", "txt", "htmlatt", "json", "xml", "pdf", "hl7")
PROSE_FORMS = {"7bit", "qp", "b64", "html", "alt", "txt", "pdf", "htmlatt", "fwd"}
DATA_FORMS = PROSE_FORMS | {"csv", "json", "xml"}


# --------------------------------------------------------------------------------------
# Identifier generators (with validators, asserted at generation time)
# --------------------------------------------------------------------------------------

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi_ok(npi):
    return len(npi) == 10 and npi.isdigit() and npi[0] in "12" and luhn_ok("80840" + npi)


def make_npi(rng):
    base = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            return base + c
    raise AssertionError


def dea_ok(dea):
    if not re.fullmatch(r"[A-Z]{2}\d{7}", dea):
        return False
    d = [int(c) for c in dea[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def make_dea(rng, last):
    first = rng.choice("ABFGM")
    second = last[0].upper() if last[0].isalpha() else "X"
    d = [rng.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    dea = first + second + "".join(map(str, d)) + str(chk)
    assert dea_ok(dea)
    return dea


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # A-Z less S, L, O, I, B, Z
MBI_NUM = "0123456789"


def mbi_ok(m):
    m = m.replace("-", "")
    if len(m) != 11:
        return False
    a, n, an = set(MBI_ALPHA), set(MBI_NUM), set(MBI_ALPHA + MBI_NUM)
    rules = [set("123456789"), a, an, n, a, an, n, a, a, n, n]
    return all(c in r for c, r in zip(m, rules))


def make_mbi(rng):
    rules = ["123456789", MBI_ALPHA, MBI_ALPHA + MBI_NUM, MBI_NUM, MBI_ALPHA,
             MBI_ALPHA + MBI_NUM, MBI_NUM, MBI_ALPHA, MBI_ALPHA, MBI_NUM, MBI_NUM]
    m = "".join(rng.choice(r) for r in rules)
    assert mbi_ok(m)
    return m


def fmt_mbi(m, dashed):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}" if dashed else m


FAMOUS_SSNS = {"078-05-1120", "219-09-9999", "123-45-6789", "111-11-1111", "457-55-5462"}


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    area, group, serial = m.groups()
    return (area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000" and s not in FAMOUS_SSNS)


def make_ssn(rng):
    while True:
        s = f"{rng.randrange(1, 900):03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        if ssn_ok(s):
            return s


def make_mrn(rng):
    return "RH" + "".join(rng.choice("0123456789") for _ in range(7))


def make_member(rng):
    return "RHP" + "".join(rng.choice("0123456789") for _ in range(9))


AREA_CODES = ["614", "937", "513", "330", "216", "419", "740", "380", "567"]


def make_phone(rng, style=0):
    a = rng.choice(AREA_CODES)
    n = rng.randrange(0, 100)
    if style == 1:
        return f"{a}-555-01{n:02d}"
    if style == 2:
        return f"{a}.555.01{n:02d}"
    return f"({a}) 555-01{n:02d}"


def clinic_phone(rng):
    return f"({rng.choice(AREA_CODES[:3])}) 555-01{rng.randrange(0, 100):02d}"


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------

ASCII_MAP = {
    "\u2014": "--", "\u2013": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2022": "*", "\u2026": "...", "\u00b5": "u", "\u2265": ">=", "\u2264": "<=", "\u00b0": " deg",
    "\u00a0": " ", "\u2192": "->", "\u00d7": "x", "\u00b1": "+/-", "\u00ae": "(R)", "\u2122": "(TM)",
    "\u00bd": "1/2", "\u2248": "~", "\u00b7": "-",
}


def asciify(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ch in ASCII_MAP:
            out.append(ASCII_MAP[ch])
        else:
            d = unicodedata.normalize("NFKD", ch)
            d = "".join(c for c in d if ord(c) < 128)
            out.append(d if d else "?")
    return "".join(out)


def slug(s):
    s = asciify(s).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def wrap(s, width=72):
    return textwrap.wrap(s, width=width, break_long_words=False, break_on_hyphens=False) or [""]


def fmt_date(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "wd":
        return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def fmt_time(h, m):
    ampm = "AM" if h < 12 else "PM"
    hh = h % 12 or 12
    return f"{hh}:{m:02d} {ampm}"


def money(x):
    return f"${x:,.2f}"


# --------------------------------------------------------------------------------------
# Invented people, places and clinical vocabulary
# --------------------------------------------------------------------------------------

FIRST_F = ["Maria", "Chidinma", "Priya", "Aaliyah", "Fatima", "Mei", "Olga", "Elena", "Siobhan",
           "Ngozi", "Ana", "Sofia", "Isabella", "Keisha", "Emily", "Lakshmi", "Agnieszka",
           "Guadalupe", "Amara", "Leila", "Nadia", "Bridget", "Precious", "Soo-ah", "Anjali",
           "Zainab", "Rosa", "Megan", "Olivia", "Ava", "Chloe", "Imani", "Svetlana", "Abena",
           "Hana", "Yuki", "Camila", "Deepa", "Aisha", "Tamika", "Farah", "Parisa", "Ileana",
           "Zanele", "Renée", "Zoë", "Thi Lan", "Marisol", "Gwendolyn", "Dorothy", "Beatriz",
           "Ifeoma", "Kateryna", "Nicole", "Jasmine", "Linda", "Patricia", "Rukhsana", "Esperanza"]
FIRST_M = ["James", "Thanh", "Dmitri", "Jorge", "Hamid", "Kenji", "Samuel", "Tyrone", "Rahul",
           "Mateo", "Yusuf", "Hyun-woo", "Kwame", "Giovanni", "Malik", "Connor", "Jamal",
           "Tomasz", "Carlos", "Minh", "Hiroshi", "Omar", "Sean", "DeShawn", "Jin", "Raj",
           "Ahmed", "Luis", "Patrick", "Ethan", "Noah", "Liam", "Darnell", "Andrei", "Kofi",
           "Diego", "Arjun", "Mohammed", "Xavier", "Vikram", "Reza", "Bogdan", "Thabo", "Ravi",
           "José", "François", "Björn", "Walter", "Harold", "Earl", "Gerald", "Vincent",
           "Emeka", "Oleksandr", "Marcus", "Robert", "Dennis", "Arturo", "Tuan"]
LAST = ["Okafor", "Nguyen", "Raman", "Volkov", "Johnson", "Mendoza", "Al-Sayed", "Bashir",
        "Kowalski", "Chen", "Tanaka", "Petrova", "Garcia", "Brennan", "O'Connor", "Patel",
        "Adeyemi", "Hernández", "Yilmaz", "Rodriguez", "Kim", "Wang", "Mensah", "Rossi",
        "Williams", "Washington", "Murphy", "Sullivan", "Jackson", "Iyer", "Nowak", "Lopez",
        "Tran", "Sato", "Osei", "Haddad", "Rahman", "Walsh", "Flores", "Gupta", "Ali", "Cruz",
        "Reyes", "Park", "Lee", "Ivanova", "Asante", "Moreno", "Kaur", "Singh", "Dubois",
        "Schmidt", "Novak", "Popescu", "Nkosi", "Abubakar", "Torres", "Delgado", "Fitzgerald",
        "Thompson", "Brooks", "Coleman", "Jenkins", "Castillo", "Zhou", "Liu", "Hoang", "Pham",
        "Morales", "Baptiste", "Pierre", "Jean-Louis", "Goldberg", "Cohen", "Friedman",
        "Shapiro", "Mahmoud", "Farouk", "Oyelaran", "Begay", "Yazzie", "Nakamura", "Silva",
        "Santos", "Pereira", "Kaminski", "Lindqvist", "Núñez", "Müller", "Whitaker",
        "Boateng", "Szabo", "Horvath", "Chowdhury", "Yamamoto", "Ferreira", "Kovacs"]

STREETS = ["Willow Bend Rd", "Juniper Ct", "Maple Hollow Dr", "Cedar Crest Ln", "Harbor View Ave",
           "Old Mill Rd", "Sycamore St", "Quarry Ridge Way", "Bluebird Ln", "Foxglove Cir",
           "Tanager Trl", "Larkspur Ave", "Prairie Wind Dr", "Kestrel Ct", "Orchard Park Blvd",
           "Stonegate Dr", "Heron Pointe Rd", "Briarwood Ave", "Elmhurst Pl", "Thistle Down Way"]
CITIES = [("Riverside", "OH", "453"), ("Millbrook", "OH", "454"), ("Eastgate", "OH", "452"),
          ("Fairview Heights", "OH", "453"), ("Lakeport", "OH", "438"), ("Oak Hollow", "OH", "450"),
          ("Brookhaven", "IN", "473"), ("New Albion", "KY", "410")]

CLINICS = [
    ("Riverside Cardiology", "Heart & Vascular Pavilion, Suite 210"),
    ("Riverside Endocrinology", "Medical Office Building B, 3rd floor"),
    ("Riverside Orthopedics & Sports Medicine", "North Campus, Building 4"),
    ("Riverside GI & Endoscopy Lab", "Main Hospital, Level 2"),
    ("Riverside Women's Health", "Eastgate Health Center, Suite 120"),
    ("Riverside Family Medicine – Eastgate", "Eastgate Health Center, Suite 100"),
    ("Riverside Neurology", "Medical Office Building A, Suite 450"),
    ("Riverside Pulmonary & Sleep", "Medical Office Building B, Suite 305"),
    ("Riverside Imaging Center – North", "North Campus, Building 2"),
    ("Riverside Oncology & Infusion", "Cancer Center, Level 1"),
    ("Riverside Nephrology", "Medical Office Building A, Suite 220"),
    ("Riverside Dermatology", "Fairview Heights Clinic"),
]

PARTNERS = [
    ("Maple Grove Skilled Nursing", "maplegrovesnf.example.org"),
    ("Lakeside Family Practice", "lakesidefp.example.org"),
    ("Summit Orthopedic Associates", "summitortho.example.org"),
    ("Harborview Home Health", "harborviewhh.example.org"),
    ("Meridian Reference Laboratories", "meridianlabs.example.org"),
    ("Great Lakes Mutual Insurance", "glmutual.example.org"),
    ("Northstar Medical Supply", "northstarsupply.example.org"),
    ("Bluefin Courier", "bluefincourier.example.org"),
    ("Crestline Pharmacy", "crestlinerx.example.org"),
    ("Valley Behavioral Health", "valleybh.example.org"),
]

SPECIALTIES = [
    ("Cardiology", "207RC0000X"), ("Endocrinology, Diabetes & Metabolism", "207RE0101X"),
    ("Family Medicine", "207Q00000X"), ("Internal Medicine", "207R00000X"),
    ("Orthopaedic Surgery", "207X00000X"), ("Gastroenterology", "207RG0100X"),
    ("Neurology", "2084N0400X"), ("Pulmonary Disease", "207RP1001X"),
    ("Diagnostic Radiology", "2085R0202X"), ("Hematology & Oncology", "207RH0003X"),
    ("Obstetrics & Gynecology", "207V00000X"), ("Nephrology", "207RN0300X"),
    ("Hospitalist", "208M00000X"), ("Pediatrics", "208000000X"), ("Psychiatry", "2084P0800X"),
]

# (code, description) - real ICD-10-CM codes
ICD = {
    "dm2": ("E11.9", "Type 2 diabetes mellitus without complications"),
    "dm2_hyper": ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    "htn": ("I10", "Essential (primary) hypertension"),
    "hld": ("E78.5", "Hyperlipidemia, unspecified"),
    "asthma": ("J45.909", "Unspecified asthma, uncomplicated"),
    "copd_ex": ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
    "pna": ("J18.9", "Pneumonia, unspecified organism"),
    "afib": ("I48.91", "Unspecified atrial fibrillation"),
    "hf": ("I50.9", "Heart failure, unspecified"),
    "ckd3": ("N18.30", "Chronic kidney disease, stage 3 unspecified"),
    "uti": ("N39.0", "Urinary tract infection, site not specified"),
    "chestpain": ("R07.9", "Chest pain, unspecified"),
    "lbp": ("M54.50", "Low back pain, unspecified"),
    "oa_knee": ("M17.11", "Unilateral primary osteoarthritis, right knee"),
    "dep": ("F32.A", "Depression, unspecified"),
    "gerd": ("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
    "hypothyroid": ("E03.9", "Hypothyroidism, unspecified"),
    "migraine": ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"),
    "ida": ("D50.9", "Iron deficiency anemia, unspecified"),
    "osa": ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
    "cellulitis": ("L03.115", "Cellulitis of right lower limb"),
    "sepsis": ("A41.9", "Sepsis, unspecified organism"),
    "nstemi": ("I21.4", "Non-ST elevation (NSTEMI) myocardial infarction"),
    "appendicitis": ("K35.80", "Unspecified acute appendicitis"),
    "hipfx": ("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"),
    "radiusfx": ("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture"),
    "insulin": ("Z79.4", "Long term (current) use of insulin"),
    "anticoag": ("Z79.01", "Long term (current) use of anticoagulants"),
    "prediabetes": ("R73.03", "Prediabetes"),
    "obesity": ("E66.9", "Obesity, unspecified"),
    "gdm": ("O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control"),
    "breast_ca": ("C50.911", "Malignant neoplasm of unspecified site of right female breast"),
    "ms": ("G35", "Multiple sclerosis"),
    "seizure": ("R56.9", "Unspecified convulsions"),
    "anxiety": ("F41.1", "Generalized anxiety disorder"),
    "screen_colon": ("Z12.11", "Encounter for screening for malignant neoplasm of colon"),
    "screen_breast": ("Z12.31", "Encounter for screening mammogram for malignant neoplasm of breast"),
    "pe": ("I26.99", "Other pulmonary embolism without acute cor pulmonale"),
    "dyspnea": ("R06.00", "Dyspnea, unspecified"),
    "hematuria": ("R31.9", "Hematuria, unspecified"),
}

# (name, dose, sig, rxnorm-ish code)
MEDS = [
    ("metformin", "500 mg tablet", "1 tablet by mouth twice daily with meals", "861007"),
    ("metformin ER", "750 mg tablet", "2 tablets by mouth with the evening meal", "860975"),
    ("lisinopril", "10 mg tablet", "1 tablet by mouth once daily", "314076"),
    ("atorvastatin", "40 mg tablet", "1 tablet by mouth at bedtime", "617311"),
    ("levothyroxine", "75 mcg tablet", "1 tablet by mouth every morning on an empty stomach", "966224"),
    ("apixaban", "5 mg tablet", "1 tablet by mouth twice daily", "1364445"),
    ("amoxicillin-clavulanate", "875-125 mg tablet", "1 tablet by mouth twice daily for 10 days", "562508"),
    ("sertraline", "50 mg tablet", "1 tablet by mouth once daily", "312941"),
    ("albuterol HFA", "90 mcg/actuation inhaler", "2 puffs every 4-6 hours as needed for wheeze", "745679"),
    ("insulin glargine", "100 units/mL pen", "22 units subcutaneously at bedtime", "261551"),
    ("furosemide", "40 mg tablet", "1 tablet by mouth once daily", "310429"),
    ("prednisone", "20 mg tablet", "2 tablets by mouth once daily for 5 days", "312617"),
    ("omeprazole", "20 mg capsule", "1 capsule by mouth daily before breakfast", "198053"),
    ("gabapentin", "300 mg capsule", "1 capsule by mouth three times daily", "310431"),
    ("warfarin", "5 mg tablet", "as directed by the anticoagulation clinic", "855332"),
    ("amlodipine", "5 mg tablet", "1 tablet by mouth once daily", "197361"),
    ("losartan", "50 mg tablet", "1 tablet by mouth once daily", "979485"),
    ("montelukast", "10 mg tablet", "1 tablet by mouth every evening", "997488"),
    ("cephalexin", "500 mg capsule", "1 capsule by mouth four times daily for 7 days", "309114"),
    ("metoprolol succinate", "25 mg ER tablet", "1 tablet by mouth once daily", "866427"),
    ("ondansetron", "4 mg ODT", "1 tablet on the tongue every 8 hours as needed for nausea", "312086"),
    ("empagliflozin", "10 mg tablet", "1 tablet by mouth once daily", "1545658"),
    ("tiotropium", "18 mcg inhalation capsule", "inhale contents of 1 capsule once daily", "485032"),
    ("hydrochlorothiazide", "25 mg tablet", "1 tablet by mouth once daily", "310798"),
]

# analyte: (name, unit, low, high, loinc, decimals, abnormal-high example)
LABS = {
    "a1c": ("Hemoglobin A1c", "%", 4.0, 5.6, "4548-4", 1),
    "glu": ("Glucose", "mg/dL", 70, 99, "2345-7", 0),
    "cr": ("Creatinine", "mg/dL", 0.60, 1.20, "2160-0", 2),
    "egfr": ("eGFR (CKD-EPI 2021)", "mL/min/1.73m2", 60, 120, "98979-8", 0),
    "k": ("Potassium", "mmol/L", 3.5, 5.1, "2823-3", 1),
    "na": ("Sodium", "mmol/L", 136, 145, "2951-2", 0),
    "bun": ("Urea nitrogen (BUN)", "mg/dL", 7, 20, "3094-0", 0),
    "hgb": ("Hemoglobin", "g/dL", 12.0, 15.5, "718-7", 1),
    "wbc": ("WBC", "10*3/uL", 4.0, 11.0, "6690-2", 1),
    "plt": ("Platelets", "10*3/uL", 150, 400, "777-3", 0),
    "mcv": ("MCV", "fL", 80, 100, "787-2", 0),
    "ferritin": ("Ferritin", "ng/mL", 15, 150, "2276-4", 0),
    "tsh": ("TSH", "mIU/L", 0.45, 4.50, "3016-3", 2),
    "ft4": ("Free T4", "ng/dL", 0.8, 1.8, "3024-7", 1),
    "ldl": ("LDL cholesterol (calc)", "mg/dL", 0, 99, "13457-7", 0),
    "hdl": ("HDL cholesterol", "mg/dL", 40, 100, "2085-9", 0),
    "tg": ("Triglycerides", "mg/dL", 0, 149, "2571-8", 0),
    "chol": ("Cholesterol, total", "mg/dL", 0, 199, "2093-3", 0),
    "alt": ("ALT", "U/L", 7, 56, "1742-6", 0),
    "inr": ("INR", "", 0.9, 1.1, "6301-6", 1),
    "trop": ("Troponin I, high sensitivity", "ng/L", 0, 34, "89579-7", 0),
    "bnp": ("BNP", "pg/mL", 0, 100, "30934-4", 0),
    "vitd": ("Vitamin D, 25-hydroxy", "ng/mL", 30, 100, "62292-8", 0),
    "psa": ("PSA", "ng/mL", 0.0, 4.0, "2857-1", 2),
    "crp": ("C-reactive protein", "mg/L", 0.0, 10.0, "1988-5", 1),
    "lact": ("Lactate", "mmol/L", 0.5, 2.0, "2524-7", 1),
    "uacr": ("Albumin/creatinine ratio, urine", "mg/g", 0, 29, "9318-7", 0),
}

PANELS = {
    "diabetes": ["a1c", "glu", "cr", "egfr", "uacr"],
    "thyroid": ["tsh", "ft4"],
    "lipid": ["chol", "ldl", "hdl", "tg"],
    "anemia": ["hgb", "mcv", "ferritin", "wbc", "plt"],
    "renal": ["na", "k", "bun", "cr", "egfr"],
    "cardiac": ["trop", "bnp", "k", "cr"],
    "misc": ["vitd", "alt", "crp"],
}

CPT = {
    "99213": "Office/outpatient visit, established patient, low MDM",
    "99214": "Office/outpatient visit, established patient, moderate MDM",
    "99204": "Office/outpatient visit, new patient, moderate MDM",
    "99284": "Emergency department visit, moderate MDM",
    "80053": "Comprehensive metabolic panel",
    "83036": "Hemoglobin; glycosylated (A1c)",
    "85025": "Complete blood count with automated differential",
    "36415": "Collection of venous blood by venipuncture",
    "71046": "Radiologic examination, chest; 2 views",
    "93000": "Electrocardiogram, routine ECG with at least 12 leads",
    "45378": "Colonoscopy, flexible; diagnostic",
    "73721": "MRI any joint of lower extremity; without contrast",
    "77067": "Screening mammography, bilateral, including CAD",
    "74177": "CT abdomen and pelvis; with contrast material",
    "93306": "Echocardiography, transthoracic, complete, with Doppler",
    "97110": "Therapeutic exercises, each 15 minutes",
}

DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the "
    "intended recipient(s) and may contain confidential and privileged information, including "
    "protected health information. Any unauthorized review, use, disclosure or distribution is "
    "prohibited. If you are not the intended recipient, please contact the sender by reply e-mail "
    "and destroy all copies of the original message.",
    "This message is intended only for the addressee and may contain information that is "
    "privileged or confidential under applicable law. If you received it in error, please notify "
    "the sender and delete it. Riverside Health will never ask for your password by e-mail.",
    "Caution: This email originated from outside of Riverside Health. Do not click links or open "
    "attachments unless you recognize the sender and know the content is safe.",
    "Riverside Health complies with applicable federal civil rights laws and does not discriminate "
    "on the basis of race, color, national origin, age, disability, or sex.",
    "Please consider the environment before printing this e-mail.",
    "The information in this e-mail may be protected by HIPAA and state privacy law. Re-disclosure "
    "without proper authorization is prohibited.",
]


class Person:
    """An invented person.  Patients get identifiers; staff and providers get work details."""

    def __init__(self, rng, sex=None, age=None, ref_date=None):
        self.sex = sex or rng.choice("FM")
        self.first = rng.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = rng.choice(LAST)
        self.middle = rng.choice("ABCDEFGHJKLMNPRST")
        ref = ref_date or datetime.date(2024, 3, 1)
        age = age if age is not None else rng.randrange(19, 90)
        dob = datetime.date(ref.year - age, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365))
        if (dob.month, dob.day) > (ref.month, ref.day):  # birthday still to come this year
            dob = dob.replace(year=dob.year - 1, day=min(dob.day, 28) if dob.month == 2 else dob.day)
        self.dob = dob
        self.age = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
        self.mrn = make_mrn(rng)
        self.member = make_member(rng)
        self.ssn = make_ssn(rng)
        self.mbi = make_mbi(rng)
        city, state, zip3 = rng.choice(CITIES)
        self.street = f"{rng.randrange(12, 9800)} {rng.choice(STREETS)}"
        if rng.random() < 0.3:
            self.street += f" Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}"
        self.city, self.state, self.zip = city, state, f"{zip3}{rng.randrange(0, 100):02d}"
        self.phone = make_phone(rng, rng.randrange(3))
        self.email = f"{slug(self.first)}.{slug(self.last)}{rng.randrange(10, 99)}@{rng.choice(['mail.example', 'inbox.example.org', 'homenet.example', 'post.example'])}"

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def rev(self):
        return f"{self.last}, {self.first}"

    @property
    def title(self):
        return "Mr." if self.sex == "M" else "Ms."

    @property
    def formal(self):
        return f"{self.title} {self.last}"

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def man(self):
        return "man" if self.sex == "M" else "woman"

    @property
    def address(self):
        return f"{self.street}, {self.city}, {self.state} {self.zip}"


class Worker:
    """A Riverside employee or partner contact (never a patient)."""

    def __init__(self, rng, title, dept, domain=ORG, cred=None, specialty=None, npi=False, dea=False):
        self.sex = rng.choice("FM")
        self.first = rng.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = rng.choice(LAST)
        self.title = title
        self.dept = dept
        self.cred = cred
        self.specialty = specialty
        self.domain = domain
        self.email = f"{slug(self.first)}.{slug(self.last)}@{domain}"
        self.phone = clinic_phone(rng)
        self.ext = f"x{rng.randrange(2000, 7999)}"
        self.npi = make_npi(rng) if npi else None
        self.dea = make_dea(rng, asciify(self.last)) if dea else None
        if self.npi:
            assert npi_ok(self.npi)

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def full(self):
        return f"{self.first} {self.last}, {self.cred}" if self.cred else self.name

    @property
    def dr(self):
        return f"Dr. {self.last}" if self.cred in ("MD", "DO") else self.name

    @property
    def display(self):
        return f"{self.last}, {self.first}"

    def addr(self, style=0):
        return (self.display if style == 0 else self.name, self.email)


# --------------------------------------------------------------------------------------
# Documents are lists of blocks; renderers turn them into text, HTML, PDF, CSV, JSON, XML
#   ("h", text) ("p", text) ("kv", [(k, v)]) ("table", headers, rows) ("list", items)
#   ("pre", text) ("sig", lines) ("disclaimer", text) ("quote", meta, blocks)
# --------------------------------------------------------------------------------------

def outlook_sent(dt):
    return f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year} {fmt_time(dt.hour, dt.minute)}"


def render_text(blocks, ascii_only=True, wrap_p=True, table_style="aligned", bullet="-"):
    lines = []

    def para(t):
        if wrap_p:
            lines.extend(wrap(t))
        else:
            lines.append(t)

    for b in blocks:
        t = b[0]
        if t == "h":
            lines.append(b[1])
            lines.append("")
        elif t == "p":
            para(b[1])
            lines.append("")
        elif t == "line":
            lines.append(b[1])
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 2
            for k, v in b[1]:
                lines.append((k + ":").ljust(w) + v if table_style == "aligned" else f"{k}: {v}")
            lines.append("")
        elif t == "table":
            headers, rows = b[1], b[2]
            if table_style == "aligned":
                widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]
                fmt = lambda r: "  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip()
                lines.append(fmt(headers))
                lines.append("  ".join("-" * w for w in widths))
                lines.extend(fmt(r) for r in rows)
            elif table_style == "pipe":
                lines.append("| " + " | ".join(headers) + " |")
                lines.append("|" + "|".join("---" for _ in headers) + "|")
                lines.extend("| " + " | ".join(str(c) for c in r) + " |" for r in rows)
            else:
                lines.append("\t".join(headers))
                lines.extend("\t".join(str(c) for c in r) for r in rows)
            lines.append("")
        elif t == "list":
            for i, it in enumerate(b[1], 1):
                lead = f"{i}. " if bullet == "1" else f"{bullet} "
                if wrap_p:
                    w = wrap(it, 72 - len(lead))
                    lines.append(lead + w[0])
                    lines.extend(" " * len(lead) + x for x in w[1:])
                else:
                    lines.append(lead + it)
            lines.append("")
        elif t == "pre":
            lines.extend(b[1].split("\n"))
            lines.append("")
        elif t == "sig":
            lines.extend(b[1])
            lines.append("")
        elif t == "disclaimer":
            para(b[1])
            lines.append("")
        elif t == "quote":
            meta, inner = b[1], b[2]
            inner_txt = render_text(inner, ascii_only, wrap_p, table_style, bullet).rstrip("\n")
            if meta.get("style") == "gmail":
                nm, em = meta["from"]
                dt = meta["sent"]
                lines.append(f"On {dt.strftime('%a')}, {dt.strftime('%b')} {dt.day}, {dt.year} at "
                             f"{fmt_time(dt.hour, dt.minute)} {nm} <{em}> wrote:")
                lines.extend(("> " + x).rstrip() for x in inner_txt.split("\n"))
            else:
                nm, em = meta["from"]
                lines.append("_" * 32)
                lines.append(f"From: {nm} <{em}>")
                lines.append(f"Sent: {outlook_sent(meta['sent'])}")
                lines.append(f"To: {meta['to']}")
                if meta.get("cc"):
                    lines.append(f"Cc: {meta['cc']}")
                lines.append(f"Subject: {meta['subject']}")
                lines.append("")
                lines.extend(inner_txt.split("\n"))
            lines.append("")
        else:
            raise ValueError(t)
    while lines and lines[-1] == "":
        lines.pop()
    out = "\n".join(x.rstrip() for x in lines) + "\n"
    return asciify(out) if ascii_only else out


ID_RE = re.compile(r"(RHP\d{9}|RH\d{7}|\d{3}-\d{2}-\d{4}|\d{1,2}/\d{1,2}/\d{4}|\b\d{10}\b|"
                   r"\b[1-9][A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4}\b|\(\d{3}\) 555-01\d\d|"
                   r"\b[A-Z]{2}\d{7}\b)")
SPAN_OPEN = ['<span>', '<span style="font-size:11.0pt">', '<span lang="EN-US">',
             '<span style="color:black">', "<span class=\"x_contentpasted0\">"]


class HtmlOpts:
    def __init__(self, rng, split=0.0, nbsp=False, entities=False, outlook=True):
        self.rng, self.split, self.nbsp, self.entities, self.outlook = rng, split, nbsp, entities, outlook
        self.did_split = False


def esc(s, o=None):
    s = html.escape(s, quote=False)
    if o is not None and o.entities:
        out = []
        for ch in s:
            if ord(ch) > 127 and o.rng.random() < 0.7:
                name = html.entities.codepoint2name.get(ord(ch))
                out.append(f"&{name};" if name and o.rng.random() < 0.5 else f"&#{ord(ch)};")
            elif ch == "'" and o.rng.random() < 0.5:
                out.append("&#39;")
            else:
                out.append(ch)
        s = "".join(out)
    return s


def split_spans(v, o):
    rng = o.rng
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", v):
        cuts = [v.rfind("/") + 1]
    elif v.startswith("RHP"):
        cuts = [rng.choice([3, 6])]
    elif re.fullmatch(r"RH\d{7}", v):
        cuts = [rng.choice([2, 4, 5])]
    elif re.fullmatch(r"\d{3}-\d{2}-\d{4}", v):
        cuts = sorted({4, 7} if rng.random() < 0.4 else {rng.choice([4, 7])})
    elif len(v) >= 2:
        cuts = [rng.randrange(1, len(v))]
    else:
        return esc(v, o)
    pieces, last = [], 0
    for c in cuts + [len(v)]:
        pieces.append(v[last:c])
        last = c
    op = rng.choice(SPAN_OPEN)
    o.did_split = True
    return "".join(f"{op}{esc(p, o)}</span>" for p in pieces if p)


NAME_RE = re.compile(r"\b([A-Z][a-z\u00e0-\u00ff]+(?:[-'][A-Za-z][a-z\u00e0-\u00ff]+)?) ([A-Z][a-z\u00e0-\u00ff]+(?:[-'][A-Z][a-z\u00e0-\u00ff]+)?)\b")


def html_names(text, o):
    """Escape text, sometimes wrapping capitalised word pairs (names, mostly) in separate <span>s."""
    out, pos = [], 0
    for m in NAME_RE.finditer(text):
        out.append(esc(text[pos:m.start()], o))
        if o.rng.random() < o.split * 0.35:
            op = o.rng.choice(SPAN_OPEN)
            sep = "&nbsp;" if o.nbsp and o.rng.random() < 0.5 else " "
            out.append(f"{op}{esc(m.group(1), o)}</span>{sep}{op}{esc(m.group(2), o)}</span>")
            o.did_split = True
        else:
            out.append(esc(m.group(0), o))
        pos = m.end()
    out.append(esc(text[pos:], o))
    return "".join(out)


def html_inline(text, o):
    """Escape text for HTML, splitting identifier-like values across <span>s when asked."""
    out, pos = [], 0
    for m in ID_RE.finditer(text):
        out.append(html_names(text[pos:m.start()], o))
        val = m.group(0)
        out.append(split_spans(val, o) if o.rng.random() < o.split else esc(val, o))
        pos = m.end()
    out.append(html_names(text[pos:], o))
    s = "".join(out)
    if o.nbsp:
        s = re.sub(r"\b(MRN|DOB|SSN|NPI|DEA|MBI|ID|Member|Claim|Patient|Invoice|PO|Order)(:?) ",
                   lambda m: m.group(1) + m.group(2) + "&nbsp;", s)
    return s


def html_value(v, o, name_like=False):
    if not ID_RE.search(v) and not name_like and len(v) >= 4 and o.rng.random() < o.split * 0.4:
        return split_spans(v, o)
    if name_like and o.rng.random() < o.split * 0.6 and " " in v.strip():
        parts = re.split(r"(\s+|,\s*)", v)
        op = o.rng.choice(SPAN_OPEN)
        o.did_split = True
        return "".join(f"{op}{esc(p, o)}</span>" if p.strip(" ,") else esc(p, o).replace(" ", "&nbsp;" if o.nbsp else " ")
                       for p in parts if p)
    return html_inline(v, o)


NAME_KEYS = ("patient", "name", "member", "beneficiary", "subscriber", "guarantor", "provider")


def render_html_blocks(blocks, o):
    p_open = '<p class="MsoNormal">' if o.outlook else "<p>"
    out = []
    for b in blocks:
        t = b[0]
        if t == "h":
            out.append(f'{p_open}<b><span style="font-size:13.0pt">{html_inline(b[1], o)}</span></b></p>' if o.outlook
                       else f"<h3>{html_inline(b[1], o)}</h3>")
        elif t == "p":
            out.append(f"{p_open}{html_inline(b[1], o)}</p>")
            if o.outlook:
                out.append(f"{p_open}&nbsp;</p>")
        elif t == "line":
            out.append(f"{p_open}{html_inline(b[1], o) if b[1] else '&nbsp;'}</p>")
        elif t == "kv":
            style = o.rng.randrange(3)
            if style == 0:
                out.append('<table border="0" cellspacing="0" cellpadding="2">')
                for k, v in b[1]:
                    nl = k.lower().startswith(NAME_KEYS)
                    out.append(f'<tr><td style="padding:2px 8px 2px 0"><b>{esc(k, o)}:</b></td>'
                               f"<td>{html_value(v, o, nl)}</td></tr>")
                out.append("</table>")
            elif style == 1:
                for k, v in b[1]:
                    nl = k.lower().startswith(NAME_KEYS)
                    out.append(f"{p_open}<b>{esc(k, o)}:</b>{'&nbsp;' if o.nbsp else ' '}{html_value(v, o, nl)}</p>")
            else:
                out.append("<div>")
                for k, v in b[1]:
                    nl = k.lower().startswith(NAME_KEYS)
                    out.append(f"<div>{esc(k, o)}:{'&nbsp;' if o.nbsp else ' '}{html_value(v, o, nl)}</div>")
                out.append("</div>")
            if o.outlook:
                out.append(f"{p_open}&nbsp;</p>")
        elif t == "table":
            headers, rows = b[1], b[2]
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" '
                       'style="border-collapse:collapse;border:none">')
            out.append("<tr>" + "".join(f'<th style="background:#D9E2F3;text-align:left">{esc(h, o)}</th>'
                                        for h in headers) + "</tr>")
            for r in rows:
                cells = []
                for h, c in zip(headers, r):
                    nl = h.lower().startswith(NAME_KEYS)
                    cells.append(f"<td>{html_value(str(c), o, nl)}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
            if o.outlook:
                out.append(f"{p_open}&nbsp;</p>")
        elif t == "list":
            out.append("<ul>")
            out.extend(f"<li>{html_inline(it, o)}</li>" for it in b[1])
            out.append("</ul>")
        elif t == "pre":
            out.append('<pre style="font-family:Consolas,monospace;font-size:10pt">')
            out.extend(html_inline(x, o) for x in b[1].split("\n"))
            out.append("</pre>")
        elif t == "sig":
            out.append(f"{p_open}" + "<br>\n".join(f'<span style="font-size:10.0pt;color:#44546A">{esc(x, o)}</span>'
                                                   for x in b[1]) + "</p>")
        elif t == "disclaimer":
            out.append(f'<p style="font-size:8.0pt;color:gray">{esc(b[1], o)}</p>')
        elif t == "quote":
            meta, inner = b[1], b[2]
            nm, em = meta["from"]
            dt = meta["sent"]
            if meta.get("style") == "gmail":
                out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                           f"On {dt.strftime('%a')}, {dt.strftime('%b')} {dt.day}, {dt.year} at "
                           f"{fmt_time(dt.hour, dt.minute)} {esc(nm, o)} &lt;{esc(em)}&gt; wrote:<br></div>")
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                out.extend(render_html_blocks(inner, o))
                out.append("</blockquote></div>")
            else:
                out.append('<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1">')
                hdr = (f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> '
                       f"{esc(nm, o)} &lt;{esc(em)}&gt;<br>\n<b>Sent:</b> {outlook_sent(dt)}<br>\n"
                       f"<b>To:</b> {esc(meta['to'], o)}<br>\n")
                if meta.get("cc"):
                    hdr += f"<b>Cc:</b> {esc(meta['cc'], o)}<br>\n"
                hdr += f"<b>Subject:</b> {esc(meta['subject'], o)}</font>"
                out.append(hdr)
                out.append("<div>&nbsp;</div></div>")
                out.extend(render_html_blocks(inner, o))
        else:
            raise ValueError(t)
    return out


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">"""


def render_html(blocks, o, title=None):
    body = render_html_blocks(blocks, o)
    if o.outlook:
        return OUTLOOK_HEAD + "\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n"
    t = f"<title>{esc(title)}</title>\n" if title else ""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n" + t +
            "<style>body{font-family:Arial,Helvetica,sans-serif;font-size:10pt} "
            "td,th{padding:3px 6px;border:1px solid #999} table{border-collapse:collapse}</style>\n"
            "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


# ---- PDF ---------------------------------------------------------------------------

def pdf_str(s):
    data = s.encode("cp1252", errors="strict") if all(
        _cp1252_ok(c) for c in s) else asciify(s).encode("cp1252")
    out = bytearray(b"(")
    for byte in data:
        if byte in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([byte])
        elif byte < 32 or byte > 126:
            out += f"\\{byte:03o}".encode()
        else:
            out.append(byte)
    out += b")"
    return bytes(out)


def _cp1252_ok(c):
    try:
        c.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def pdf_layout(blocks, title):
    """Turn blocks into pages of (x, y, font, size, text) draw commands."""
    items = []  # (kind, payload) where kind 'line' = list of (x, font, size, text), 'gap' = pts

    def add(segs, lead):
        items.append((segs, lead))

    add([(72, "F2", 15, title)], 24)
    for b in blocks:
        t = b[0]
        if t == "h":
            add([(72, "F2", 12, b[1])], 18)
        elif t in ("p", "disclaimer"):
            size = 8 if t == "disclaimer" else 10
            width = 118 if t == "disclaimer" else 92
            for ln in textwrap.wrap(b[1], width) or [""]:
                add([(72, "F1", size, ln)], size + 3)
            add([], 6)
        elif t == "line":
            add([(72, "F1", 10, b[1])], 13)
        elif t == "kv":
            kw = min(max(len(k) for k, _ in b[1]) * 5.6 + 14, 200)
            for k, v in b[1]:
                vals = textwrap.wrap(v, int((468 - kw) / 5.2)) or [""]
                add([(72, "F2", 10, k + ":"), (72 + kw, "F1", 10, vals[0])], 13)
                for extra in vals[1:]:
                    add([(72 + kw, "F1", 10, extra)], 13)
            add([], 6)
        elif t == "table":
            headers, rows = b[1], [[str(c) for c in r] for r in b[2]]
            size = 9
            widths = [max(len(str(r[i])) for r in [headers] + rows) * 4.9 + 12 for i in range(len(headers))]
            if sum(widths) > 480:
                size = 7
                widths = [max(len(str(r[i])) for r in [headers] + rows) * 3.9 + 8 for i in range(len(headers))]
            if sum(widths) <= 500:
                xs = [72]
                for w in widths[:-1]:
                    xs.append(xs[-1] + w)
                add([(x, "F2", size, h) for x, h in zip(xs, headers)], size + 5)
                for r in rows:
                    add([(x, "F1", size, c) for x, c in zip(xs, r)], size + 4)
            else:
                for r in rows:
                    txt = "; ".join(f"{h}: {c}" for h, c in zip(headers, r))
                    for ln in textwrap.wrap(txt, 100):
                        add([(72, "F1", 9, ln)], 12)
            add([], 8)
        elif t == "list":
            for it in b[1]:
                w = textwrap.wrap(it, 88) or [""]
                add([(80, "F1", 10, "-"), (92, "F1", 10, w[0])], 13)
                for extra in w[1:]:
                    add([(92, "F1", 10, extra)], 13)
            add([], 6)
        elif t == "pre":
            for ln in b[1].split("\n"):
                for chunk in [ln[i:i + 100] for i in range(0, max(len(ln), 1), 100)]:
                    add([(72, "F1", 8, chunk)], 10)
            add([], 6)
        elif t == "sig":
            for ln in b[1]:
                add([(72, "F1", 9, ln)], 11)
            add([], 6)
        elif t == "quote":
            meta, inner = b[1], b[2]
            nm, em = meta["from"]
            add([(72, "F2", 9, f"From: {nm} <{em}>")], 11)
            add([(72, "F1", 9, f"Sent: {outlook_sent(meta['sent'])}")], 11)
            add([(72, "F1", 9, f"Subject: {meta['subject']}")], 14)
            sub = pdf_layout(inner, "")
            items.extend(sub[1:])
        else:
            raise ValueError(t)
    return items


def make_pdf(blocks, title, compress, info_date, producer):
    items = pdf_layout(blocks, title)
    pages, cur, y = [], [], 740
    for segs, lead in items:
        if y - lead < 60:
            pages.append(cur)
            cur, y = [], 740
        y -= lead
        for x, font, size, text in segs:
            if text:
                cur.append((x, y, font, size, text))
    pages.append(cur)
    n_pages = len(pages)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = []
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    num = 5
    for i, page in enumerate(pages, 1):
        ops = []
        for x, yy, font, size, text in page:
            ops.append(b"BT\n/" + font.encode() + f" {size} Tf\n{x:.0f} {yy:.0f} Td\n".encode()
                       + pdf_str(text) + b" Tj\nET")
        ops.append(b"BT\n/F1 8 Tf\n480 36 Td\n" + pdf_str(f"Page {i} of {n_pages}") + b" Tj\nET")
        raw = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(raw, 9)
            stream = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            stream = f"<< /Length {len(raw)} >>\nstream\n".encode() + raw + b"endstream"
        page_no, content_no = num, num + 1
        objs[page_no] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
                         f"/F1 3 0 R /F2 4 0 R >> >> /Contents {content_no} 0 R >>").encode()
        objs[content_no] = stream
        kids.append(page_no)
        num += 2
    objs[2] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>").encode()
    info_no = num
    objs[info_no] = (b"<< /Title " + pdf_str(title) + b" /Producer " + pdf_str(producer) +
                     b" /CreationDate " + pdf_str(info_date) + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in range(1, info_no + 1):
        offsets[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {info_no + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for k in range(1, info_no + 1):
        out += f"{offsets[k]:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {info_no + 1} /Root 1 0 R /Info {info_no} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---- CSV / JSON / XML ---------------------------------------------------------------

def doc_parts(blocks):
    kv, tables, paras = [], [], []
    for b in blocks:
        if b[0] == "kv":
            kv.extend(b[1])
        elif b[0] == "table":
            tables.append((b[1], b[2]))
        elif b[0] in ("p", "line"):
            paras.append(b[1])
        elif b[0] == "list":
            paras.extend(b[1])
        elif b[0] == "quote":
            k2, t2, p2 = doc_parts(b[2])
            kv.extend(k2)
            tables.extend(t2)
            paras.extend(p2)
    return kv, tables, paras


def render_csv(blocks):
    kv, tables, _ = doc_parts(blocks)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if tables:
        headers, rows = tables[0]
        w.writerow([k for k, _ in kv] + list(headers))
        for r in rows:
            w.writerow([v for _, v in kv] + [str(c) for c in r])
    else:
        w.writerow(["Field", "Value"])
        for k, v in kv:
            w.writerow([k, v])
    return buf.getvalue()


def key_name(k):
    return re.sub(r"[^a-z0-9]+", "_", asciify(k).lower()).strip("_")


def render_json(blocks, title):
    kv, tables, paras = doc_parts(blocks)
    obj = {"document": title}
    for k, v in kv:
        obj[key_name(k)] = v
    for i, (headers, rows) in enumerate(tables):
        obj["rows" if i == 0 else f"rows_{i + 1}"] = [
            {key_name(h): str(c) for h, c in zip(headers, r)} for r in rows]
    if paras:
        obj["notes"] = paras
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def xesc(s):
    return html.escape(str(s), quote=True).replace("&#x27;", "&apos;")


def render_xml(blocks, root, title):
    kv, tables, paras = doc_parts(blocks)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<{root} title="{xesc(title)}">']
    for k, v in kv:
        out.append(f"  <{key_name(k) or 'field'}>{xesc(v)}</{key_name(k) or 'field'}>")
    for headers, rows in tables:
        out.append("  <items>")
        for r in rows:
            out.append("    <item>" + "".join(f"<{key_name(h)}>{xesc(c)}</{key_name(h)}>"
                                              for h, c in zip(headers, r)) + "</item>")
        out.append("  </items>")
    for p in paras:
        out.append(f"  <note>{xesc(p)}</note>")
    out.append(f"</{root}>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------
# MIME assembly (by hand, so that boundaries, folding and encodings are fully controlled)
# --------------------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary


def fold_header(name, value):
    assert all(ord(c) < 128 for c in value), (name, value)
    line = f"{name}: {value}"
    if len(line) <= 78:
        return (line + "\r\n").encode()
    tokens = re.split(r"(?<= )", line)  # keep the space at the end of each token
    out, cur = [], tokens[0] + (tokens[1] if len(tokens) > 1 else "")
    for tok in tokens[2:]:
        if cur and len(cur) + len(tok.rstrip()) > 78:
            out.append(cur.rstrip())
            cur = " " + tok
        else:
            cur += tok
    out.append(cur.rstrip())
    for ln in out:
        assert len(ln) <= 998
    return ("\r\n".join(out) + "\r\n").encode()


def serialize(part):
    out = bytearray()
    for n, v in part.headers:
        out += fold_header(n, v)
    out += b"\r\n"
    if part.children is not None:
        bnd = part.boundary.encode()
        for c in part.children:
            out += b"--" + bnd + b"\r\n" + serialize(c)
            if not out.endswith(b"\r\n"):
                out += b"\r\n"
        out += b"--" + bnd + b"--\r\n"
    else:
        out += part.body
    return bytes(out)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def b64_body(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def qp_body(text):
    enc = quoprimime.body_encode(text.encode("utf-8").decode("latin-1"), 76, "\r\n")
    if not enc.endswith("\r\n"):
        enc += "\r\n"
    return enc.encode("ascii")


def text_part(text, subtype, cte):
    if cte == "7bit":
        text = asciify(text)
        body = crlf(text).encode("ascii")
        charset = "us-ascii"
    elif cte == "quoted-printable":
        body = qp_body(text)
        charset = "utf-8"
    elif cte == "base64":
        body = b64_body(text.encode("utf-8"))
        charset = "utf-8"
    else:
        raise ValueError(cte)
    return Part([("Content-Type", f'text/{subtype}; charset="{charset}"'),
                  ("Content-Transfer-Encoding", cte)], body)


def rfc2822_date(dt):
    return format_datetime(dt)


def attachment_part(data, ctype, filename, cte, dt, rng):
    if cte == "base64":
        body = b64_body(data)
    elif cte == "quoted-printable":
        body = qp_body(data.decode("utf-8"))
    elif cte == "7bit":
        body = crlf(data.decode("ascii")).encode("ascii")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    else:
        raise ValueError(cte)
    gmt = dt.astimezone(datetime.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Description", filename),
               ("Content-Disposition", f'attachment; filename="{filename}"; size={len(data)}; '
                                       f'creation-date="{gmt}"; modification-date="{gmt}"'),
               ("Content-Transfer-Encoding", cte)]
    if rng.random() < 0.3:
        headers.insert(2, ("Content-ID", f"<{rng.getrandbits(64):016X}@namprd{rng.randrange(10, 20)}.prod.outlook.com>"))
    return Part(headers, body)


SERVER_PREFIX = ["SJ0PR", "BY5PR", "CH3PR", "DM6PR", "MN2PR", "PH0PR", "IA1PR", "CY8PR", "BL1PR", "SA1PR"]


def make_server(rng):
    return f"{rng.choice(SERVER_PREFIX)}{rng.randrange(10, 20)}MB{rng.randrange(1000, 9999)}"


def guid(rng):
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def msip_header(rng, which, dt):
    if which == "phi":
        g = PHI_GUID
        name = rng.choice(["Confidential - PHI", "Confidential PHI", "confidential-phi", "Confidential-PHI",
                           "Confidential PHI"])
    elif which == "general":
        g = GENERAL_GUID
        name = rng.choice(["General", "General", "general"])
    else:
        g = INTERNAL_GUID
        name = rng.choice(["Internal", "Internal Only", "internal"])
    set_date = dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = [("Enabled", "true"), ("SetDate", set_date), ("Method", rng.choice(["Standard", "Standard", "Privileged"])),
              ("Name", name), ("SiteId", TENANT_GUID), ("ActionId", guid(rng)), ("ContentBits", "0")]
    if rng.random() < 0.5:
        fields = [fields[0], fields[4], fields[3], fields[2], fields[1], fields[5], fields[6]]
    sep = "; " if rng.random() < 0.8 else ";"
    return sep.join(f"MSIP_Label_{g}_{k}={v}" for k, v in fields) + ";"


def addr_str(pairs):
    return ", ".join(formataddr((n, e), charset="utf-8") for n, e in pairs)


def enc_subject(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(linesep=" ", maxlinelen=900)


def thread_index(rng, replies):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22 + 5 * replies))).decode()


def message_headers(ctx, c, label, ctype_headers, has_attach):
    rng, dt, subject = ctx.rng, c.dt, c.subject
    server = make_server(rng)
    region = rng.randrange(10, 20)
    mid = f"<{server}{rng.getrandbits(128):032X}@{server}.namprd{region}.prod.outlook.com>"
    profile = c.profile
    h = []
    if profile != "minimal":
        h.append(("Received", f"from {server}.namprd{region}.prod.outlook.com "
                              f"(2603:10b6:a03:{rng.randrange(16, 999):x}::{rng.randrange(1, 60):x}) by "
                              f"{server}.namprd{region}.prod.outlook.com with HTTPS; {rfc2822_date(dt)}"))
    h.append(("From", addr_str([c.sender])))
    h.append(("To", addr_str(c.to)))
    if c.cc:
        h.append(("CC", addr_str(c.cc)))
    h.append(("Subject", enc_subject(subject)))
    if profile != "minimal":
        topic = re.sub(r"^((RE|FW|Fwd|FWD):\s*)+", "", subject, flags=re.I)
        h.append(("Thread-Topic", enc_subject(topic)))
        h.append(("Thread-Index", thread_index(rng, 1 if re.match(r"(RE|FW)", subject) else 0)))
    h.append(("Date", rfc2822_date(dt)))
    h.append(("Message-ID", mid))
    if c.in_reply_to and profile != "minimal":
        ref = f"<{make_server(rng)}{rng.getrandbits(128):032X}@namprd{region}.prod.outlook.com>"
        h.append(("References", ref))
        h.append(("In-Reply-To", ref))
    if profile in ("internal", "inbound"):
        h.append(("Accept-Language", "en-US"))
        h.append(("Content-Language", "en-US"))
        h.append(("X-MS-Has-Attach", "yes" if has_attach else ""))
        h.append(("X-MS-TNEF-Correlator", ""))
    elif profile == "system":
        h.append(("X-Mailer", rng.choice(["Interface Engine 6.4 (Notification Service)",
                                          "Riverside Notify 2.3", "PowerShell Send-MailMessage"])))
        h.append(("Content-Language", "en-US"))
    if label:
        h.append(("msip_labels", msip_header(rng, label, dt)))
    if profile in ("internal", "inbound", "system"):
        h.append(("x-ms-publictraffictype", "Email"))
        h.append(("X-MS-Exchange-Organization-SCL", "-1" if profile != "inbound" else "1"))
        h.append(("X-MS-Exchange-Organization-AuthSource", f"{server}.namprd{region}.prod.outlook.com"))
        h.append(("X-MS-Exchange-Organization-AuthAs", "Internal" if profile != "inbound" else "Anonymous"))
        h.append(("X-MS-Exchange-Organization-AuthMechanism", "04" if profile != "inbound" else "10"))
        h.append(("X-MS-Exchange-Organization-Network-Message-Id", guid(rng)))
        h.append(("X-MS-Exchange-Organization-MessageDirectionality",
                  "Originating" if profile != "inbound" else "Incoming"))
        if profile == "inbound":
            h.append(("Authentication-Results", f"spf=pass (sender IP is 192.0.2.{rng.randrange(2, 250)}) "
                                                f"smtp.mailfrom={c.sender[1].split('@')[1]}; dkim=pass "
                                                f"header.d={c.sender[1].split('@')[1]}; dmarc=pass action=none"))
            h.append(("X-MS-Exchange-Organization-ExpirationStartTime", dt.astimezone(
                datetime.timezone.utc).strftime("%d %b %Y %H:%M:%S.0000 (UTC)")))
    h.extend(ctype_headers)
    h.append(("MIME-Version", "1.0"))
    return h


# --------------------------------------------------------------------------------------
# Per-message context and content
# --------------------------------------------------------------------------------------

BASE_DAY = datetime.date(2023, 10, 2)


class Ctx:
    def __init__(self, rng, index, kind):
        self.rng, self.index, self.kind = rng, index, kind
        day = BASE_DAY + datetime.timedelta(days=rng.randrange(0, 400))
        while day.weekday() >= 5 and rng.random() < 0.85:
            day += datetime.timedelta(days=1)
        hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 21, 23, 2, 5])
        # US Eastern: EDT from the second Sunday of March to the first Sunday of November (approx.)
        edt = datetime.date(day.year, 3, 10) <= day < datetime.date(day.year, 11, 3)
        tz = datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))
        local = datetime.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=tz)
        self.dt = local if rng.random() < 0.4 else local.astimezone(datetime.timezone.utc)
        self.local = local
        self.date = day

    # people
    def patient(self, age=None, sex=None, lo=19, hi=90):
        return Person(self.rng, sex=sex, age=age if age is not None else self.rng.randrange(lo, hi), ref_date=self.date)

    def doc(self, specialty=None, cred=None):
        sp = specialty or self.rng.choice(SPECIALTIES)[0]
        return Worker(self.rng, "Physician", sp, cred=cred or self.rng.choice(["MD", "MD", "MD", "DO"]),
                      specialty=sp, npi=True, dea=True)

    def app(self, specialty=None):
        sp = specialty or self.rng.choice(SPECIALTIES)[0]
        cred = self.rng.choice(["NP", "PA-C", "APRN"])
        return Worker(self.rng, "Advanced Practice Provider", sp, cred=cred, specialty=sp, npi=True, dea=True)

    def nurse(self, dept=None):
        return Worker(self.rng, self.rng.choice(["RN", "RN Care Coordinator", "Charge Nurse", "Nurse Navigator"]),
                      dept or self.rng.choice(["4 North Med/Surg", "Cardiology Clinic", "Family Medicine", "ICU",
                                               "Endocrinology", "Oncology Infusion", "Emergency Department"]),
                      cred="RN")

    def staff(self, title, dept):
        return Worker(self.rng, title, dept)

    def partner(self, which=None):
        name, dom = which or self.rng.choice(PARTNERS)
        if any(x in name for x in ("Supply", "Courier", "Insurance")):
            titles = ["Account Representative", "Customer Service Specialist", "Accounts Receivable Specialist"]
        elif "Laborator" in name:
            titles = ["Client Services Representative", "Interface Analyst", "Laboratory Supervisor"]
        elif "Collaborative" in name:
            titles = ["Program Manager", "Events Coordinator"]
        elif "Pharmacy" in name:
            titles = ["Pharmacist", "Pharmacy Technician"]
        else:
            titles = ["Intake Coordinator", "Office Manager", "Care Coordinator", "Referral Specialist", "Admissions Coordinator"]
        w = Worker(self.rng, self.rng.choice(titles), name, domain=dom)
        return w

    def day(self, lo, hi):
        return self.date + datetime.timedelta(days=self.rng.randrange(lo, hi + 1))

    def when(self, lo, hi):
        """A datetime before the message, for quoted replies."""
        return self.local - datetime.timedelta(minutes=self.rng.randrange(lo, hi))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


class Content:
    def __init__(self, subject, sender, to, blocks, note, **kw):
        self.subject, self.sender, self.to, self.blocks, self.note = subject, sender, to, blocks, note
        self.cc = kw.get("cc", [])
        self.cover = kw.get("cover")
        self.title = kw.get("title", "Document")
        self.fname = kw.get("fname", "document")
        self.hl7 = kw.get("hl7")
        self.xml = kw.get("xml")
        self.xml_root = kw.get("xml_root", "Export")
        self.json = kw.get("json")
        self.csv = kw.get("csv")
        self.profile = kw.get("profile", "internal")
        self.in_reply_to = kw.get("reply", False) or bool(re.match(r"RE:", subject, re.I))
        self.forwarder = kw.get("forwarder")
        self.hl7_note = kw.get("hl7_note")  # replaces note when the form is an HL7 attachment


def closing(ctx):
    return ctx.pick(["Thanks,", "Thank you,", "Best,", "Regards,", "Thanks!", "Best regards,", "Sincerely,", "Thx,"])


def sig_block(ctx, w, short=False):
    if short:
        return ("sig", [closing(ctx), w.first])
    lines = [closing(ctx), w.full if w.cred else w.name, w.title]
    if w.domain == ORG:
        lines.append(f"{w.dept} | Riverside Health")
        lines.append(ctx.pick([f"Office {w.phone}", f"P: {w.phone} | Ext. {w.ext[1:]}", f"{w.phone}",
                               f"Tel {w.phone}  Fax {clinic_phone(ctx.rng)}"]))
        if ctx.chance(0.3):
            lines.append(ctx.pick(["Pronouns: she/her" if w.sex == "F" else "Pronouns: he/him", "Riverside Health — Care that comes home",
                                   "Working hours: Mon–Thu 7:00–5:30"]))
    else:
        lines.append(w.dept)
        lines.append(w.phone)
    return ("sig", lines)


def disclaimer(ctx, c_external=False):
    if c_external:
        # partners do not sign with Riverside's own notices
        return ctx.pick([("disclaimer", DISCLAIMERS[0]), ("disclaimer", DISCLAIMERS[2]), ("disclaimer", DISCLAIMERS[4]),
                         ("disclaimer", DISCLAIMERS[5]), None, None])
    if ctx.chance(0.45):
        return ("disclaimer", ctx.pick([DISCLAIMERS[0], DISCLAIMERS[1], DISCLAIMERS[3], DISCLAIMERS[4], DISCLAIMERS[5]]))
    return None


def finish(ctx, blocks, w, short=False, external=False):
    out = list(blocks) + [sig_block(ctx, w, short)]
    d = disclaimer(ctx, external or w.domain != ORG)
    if d:
        out.append(d)
    return out


def greet(ctx, name):
    return ("p", ctx.pick([f"Hi {name},", f"Hello {name},", f"{name[:1].upper() + name[1:]},", f"Good morning {name},",
                              f"Hi {name} -", f"Dear {name},"]))


def lab_value(rng, key, mode):
    name, unit, lo, hi, loinc, dec = LABS[key]
    span = hi - lo if hi > lo else max(hi, 1)
    if mode == "low" and lo <= 0:
        mode = "high"
    if mode == "high":
        v = hi + span * rng.uniform(0.15, 0.9)
        flag = "H"
    elif mode == "low":
        v = max(lo - span * rng.uniform(0.1, 0.4), lo * 0.5)
        flag = "L"
    else:
        v = lo + span * rng.uniform(0.1, 0.9)
        flag = ""
    if key == "egfr":
        v = rng.randrange(38, 59) if mode == "low" else rng.randrange(62, 110)
        flag = "L" if mode == "low" else ""
    if key == "ldl" and mode == "low":
        v, flag = rng.uniform(60, 95), ""
    val = f"{v:.{dec}f}"
    rng_txt = f"{lo:.{dec}f}-{hi:.{dec}f}" if lo > 0 else f"<{hi + (1 if dec == 0 else 0):.{dec}f}"
    if key == "egfr":
        rng_txt = ">=60"
    return name, val, unit, rng_txt, flag, loinc


def panel_results(ctx, panel, n_abn=1):
    keys = list(PANELS[panel])
    abn = set(ctx.rng.sample(range(len(keys)), min(n_abn, len(keys))))
    out = []
    for i, k in enumerate(keys):
        mode = ctx.pick(["high", "high", "low"]) if i in abn else "normal"
        if k in ("egfr",) and mode == "high":
            mode = "low"
        out.append(lab_value(ctx.rng, k, mode))
    return out


GENERIC_COVERS = [
    "Please see attached.",
    "Attached as requested.",
    "Here is the file we talked about this morning. Let me know if anything looks off.",
    "Sending this over before the 2:00 call.",
    "See the attachment - I couldn't paste it into the message body without losing the formatting.",
    "Attaching the document for your review. No rush, end of week is fine.",
    "FYI, attached.",
    "The attached is the latest version; it replaces the one I sent yesterday.",
    "Per our conversation, attached is the information. Reach out with any questions.",
    "Scanned and attached.",
]


def generic_cover(ctx, c):
    disp, addr = c.to[0] if c.to else ("", "")
    if "," in disp:
        to_first = first_of(disp)
    elif "." in addr.split("@")[0] and len(disp.split()) == 2:
        to_first = disp.split()[0]
    else:
        to_first = ctx.pick(["all", "team", "everyone"])
    blocks = []
    if ctx.chance(0.7):
        blocks.append(greet(ctx, to_first))
    blocks.append(("p", ctx.pick(GENERIC_COVERS)))
    return blocks


def first_of(display):
    if "," in display:
        return display.split(",", 1)[1].strip().split(" ")[0]
    return display.split(" ")[0]


def res_table(res, with_flag=True, with_range=True):
    headers = ["Test", "Result", "Units"] + (["Reference range"] if with_range else []) + (["Flag"] if with_flag else [])
    rows = []
    for name, val, unit, rg, flag, _ in res:
        r = [name, val, unit or "-"]
        if with_range:
            r.append(rg)
        if with_flag:
            r.append(flag or "")
        rows.append(r)
    return ("table", headers, rows)


PLAN_BY_PANEL = {
    "diabetes": ["Because your A1c is above the goal of 7% we agreed on, I would like to increase your metformin "
                 "to 1000 mg twice daily. Please schedule a visit in 3 months so we can recheck it.",
                 "Your urine albumin is slightly elevated, which can be an early sign of kidney strain from diabetes. "
                 "I am adding lisinopril 5 mg daily to protect your kidneys."],
    "thyroid": ["Your TSH is higher than normal, which means your thyroid medicine dose is a little low. I have "
                "sent a new prescription for levothyroxine 88 mcg daily; we will recheck the level in 6 weeks.",
                "These results are consistent with an underactive thyroid. Let's talk about starting "
                "levothyroxine at your next appointment."],
    "lipid": ["Your LDL (\u201cbad\u201d) cholesterol is above the target for someone with your history. I recommend "
              "starting atorvastatin 20 mg at bedtime, and we will repeat the panel in 8 to 12 weeks.",
              "Your triglycerides are high. Cutting back on sugary drinks and alcohol usually helps a lot; we will "
              "recheck in three months."],
    "anemia": ["Your hemoglobin and ferritin are low, which points to iron deficiency anemia. Please start ferrous "
               "sulfate 325 mg every other day with a glass of orange juice, and I have placed a referral to GI to "
               "look for a source of blood loss.",
               "Your blood count shows mild anemia. I would like to repeat it in one month along with an iron panel."],
    "renal": ["Your kidney function (creatinine and eGFR) is a bit worse than last time. Please avoid ibuprofen "
              "(Advil, Motrin) and naproxen (Aleve), drink plenty of water, and we will repeat the test in two weeks.",
              "Your potassium is slightly high. Please hold your lisinopril until we repeat the test on Monday."],
}


# abnormal results that go with each PLAN_BY_PANEL text (same order)
PLAN_ABNORMAL = {
    "diabetes": [{"a1c": "high", "glu": "high"}, {"uacr": "high", "a1c": "high"}],
    "thyroid": [{"tsh": "high"}, {"tsh": "high", "ft4": "low"}],
    "lipid": [{"ldl": "high", "chol": "high"}, {"tg": "high"}],
    "anemia": [{"hgb": "low", "ferritin": "low", "mcv": "low"}, {"hgb": "low"}],
    "renal": [{"cr": "high", "egfr": "low", "bun": "high"}, {"k": "high"}],
}


def lab_letter(ctx):
    p = ctx.patient(lo=25, hi=85)
    doc = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine", "Endocrinology, Diabetes & Metabolism"]))
    panel = ctx.pick(list(PLAN_BY_PANEL))
    which = ctx.rng.randrange(2)
    plan_text = PLAN_BY_PANEL[panel][which]
    forced = PLAN_ABNORMAL[panel][which]
    res = [lab_value(ctx.rng, k, forced.get(k, "normal")) for k in PANELS[panel]]
    drawn = ctx.day(-12, -2)
    loc = ctx.pick(["Eastgate", "North Campus", "Fairview Heights", "Main Hospital outpatient"])
    blocks = [("line", f"RE: {p.name}" + ctx.pick(["", f", DOB {fmt_date(p.dob, 'us')}"])), ("line", ""),
              ("line", ctx.pick([f"Dear {p.formal},", f"Dear {p.first},", f"Hi {p.first},"])), ("line", "")]
    blocks.append(("p", ctx.pick([
        f"I have reviewed the blood work you had drawn on {fmt_date(drawn, 'long')} at our {loc} lab.",
        f"Your lab results from {fmt_date(drawn, 'wd')} are back, and I wanted to go over them with you.",
        f"Thank you for getting your labs done so quickly after our visit. Here is a summary of the results "
        f"from {fmt_date(drawn, 'us')}."])))
    abnormal = [r for r in res if r[4]]
    if ctx.chance(0.5):
        blocks.append(res_table(res, with_flag=ctx.chance(0.6)))
    else:
        sents = []
        for name, val, unit, rg, flag, _ in res:
            if flag:
                sents.append(f"Your {name} was {val} {unit}, which is {'higher' if flag == 'H' else 'lower'} than "
                             f"the normal range of {rg}.")
            else:
                sents.append(f"{name} was normal at {val} {unit}.")
        blocks.append(("p", " ".join(sents)))
    blocks.append(("p", plan_text))
    blocks.append(("p", ctx.pick([
        f"If you have any questions, please call the clinic at {clinic_phone(ctx.rng)} or send me a message "
        f"through the patient portal.",
        "Please don't hesitate to reach out if anything is unclear.",
        "Let us know if you have trouble getting the new prescription filled."])))
    blocks = finish(ctx, blocks, doc)
    subject = ctx.pick(["Your recent results", "Results", "Lab results from your visit", "Message from your care team",
                        "Follow-up", "Checking in"])
    a = abnormal[0] if abnormal else res[0]
    note = f"Named patient {p.name} with {panel} results ({a[0]} {a[1]} {a[2]}); letter without MRN or SSN"
    return Content(subject, doc.addr(1), [(p.name, p.email)], blocks, note, title="Laboratory Results",
                   fname=ctx.pick(["results_letter", "lab_letter", f"{slug(p.last)}_results"]), profile="internal")


def hl7_ts(dt):
    return dt.strftime("%Y%m%d%H%M")


def pid_segment(p, ident="mrn", ssn=False, setid=1):
    ids = []
    if ident in ("mrn", "both"):
        ids.append(f"{p.mrn}^^^RH^MR")
    if ident in ("member", "both"):
        ids.append(f"{p.member}^^^RHP^MB")
    if ident == "lab":
        ids.append(f"L{p.mrn[2:]}{len(p.last)}^^^MRL^PI")
    phone = re.sub(r"\D", "", p.phone)
    return (f"PID|{setid}||{'~'.join(ids)}||{asciify(p.last).upper()}^{asciify(p.first).upper()}^{p.middle}||"
            f"{fmt_date(p.dob, 'hl7')}|{p.sex}|||{asciify(p.street).upper()}^^{p.city.upper()}^{p.state}^{p.zip}^USA||"
            f"^PRN^PH^^1^{phone[:3]}^{phone[3:]}|||||{p.mrn[2:]}{p.zip[-2:]}|{p.ssn.replace('-', '') if ssn else ''}")


def msh(ctx, mtype, control, app="EPIC", fac="RIVERSIDE", rapp="LIS", rfac="RIVERSIDE"):
    return f"MSH|^~\\&|{app}|{fac}|{rapp}|{rfac}|{ctx.dt.strftime('%Y%m%d%H%M%S')}||{mtype}|{control}|P|2.5.1"


def oru_lab(ctx, p, res, doc, ident="mrn", panel_code=("24323-8", "Comprehensive metabolic panel")):
    ctl = f"{ctx.rng.randrange(10**8, 10**9)}"
    coll = ctx.local - datetime.timedelta(hours=ctx.rng.randrange(2, 30))
    segs = [msh(ctx, "ORU^R01^ORU_R01", ctl, app=ctx.pick(["SUNQUEST", "MERIDIAN_LIS", "BEAKER"]), rapp="EPIC"),
            pid_segment(p, ident, ssn=False),
            f"PV1|1|O|{ctx.pick(['EGFM', 'NCLAB', 'MOBB3'])}^^^RIVERSIDE||||{doc.npi}^{asciify(doc.last).upper()}^"
            f"{asciify(doc.first).upper()}^^^^{doc.cred}^^^^NPI",
            f"ORC|RE|{ctl[:6]}|{ctl[3:]}||CM",
            f"OBR|1|{ctl[:6]}|{ctl[3:]}|{panel_code[0]}^{panel_code[1]}^LN|||{hl7_ts(coll)}|||||||||"
            f"{doc.npi}^{asciify(doc.last).upper()}^{asciify(doc.first).upper()}||||||{hl7_ts(ctx.local)}|||F"]
    for i, (name, val, unit, rg, flag, loinc) in enumerate(res, 1):
        segs.append(f"OBX|{i}|NM|{loinc}^{name}^LN||{val}|{unit}|{rg}|{flag}|||F|||{hl7_ts(coll)}")
    return "\r".join(segs) + "\r"


def lab_table(ctx):
    p = ctx.patient(lo=20, hi=92)
    doc = ctx.doc()
    panel = ctx.pick(list(PANELS))
    res = panel_results(ctx, panel, ctx.pick([0, 1, 2]))
    coll = ctx.day(-5, -1)
    ident = ctx.pick(["mrn", "mrn", "none", "dob"])
    kv = [("Patient", ctx.pick([p.rev, p.name]))]
    if ident in ("mrn", "dob"):
        kv.append(("DOB", fmt_date(p.dob, "us")))
    if ident == "mrn":
        kv.append(("MRN", p.mrn))
    kv += [("Collected", f"{fmt_date(coll, 'us')} {ctx.rng.randrange(6, 11):02d}:{ctx.rng.randrange(60):02d}"),
           ("Ordering provider", doc.full), ("Specimen", ctx.pick(["Serum", "Whole blood", "Plasma"]))]
    automated = ctx.chance(0.4)
    blocks = []
    if automated:
        lab = ctx.partner(PARTNERS[4])
        blocks.append(("h", ctx.pick(["FINAL REPORT", "Laboratory Report - Final", "RESULTS - FINAL"])))
        blocks += [("kv", kv), res_table(res)]
        blocks.append(("p", "H = above reference range, L = below reference range. Results verified by "
                            f"{lab.name}, MLS(ASCP). Reference ranges are specific to Meridian Reference Laboratories."))
        sender, profile = ("Meridian Results", f"results@{PARTNERS[4][1]}"), "inbound"
        to = [doc.addr()]
        d = disclaimer(ctx, True)
        if d:
            blocks.append(d)
    else:
        nurse = ctx.nurse()
        blocks.append(greet(ctx, doc.dr))
        blocks.append(("p", ctx.pick([
            "Results below for your patient. Flagged values are in the last column.",
            "Here are the labs you asked me to pull; the outside results were scanned in this morning.",
            f"{p.first}'s labs came back this afternoon - pasting them here since the interface is down."])))
        blocks += [("kv", kv), res_table(res)]
        blocks.append(("p", ctx.pick(["Let me know if you want me to call the patient.",
                                      "Should I schedule a follow-up visit or a repeat draw?",
                                      "I'll route to you in the chart as well."])))
        blocks = finish(ctx, blocks, nurse)
        sender, profile, to = nurse.addr(), "internal", [doc.addr()]
    subject = ctx.pick(["Results", "Labs", "FW: results", "Lab report", "Outside labs", "Results - please review"])
    ab = [r for r in res if r[4]]
    note = (f"Patient {p.name}{' with MRN' if ident == 'mrn' else (' with DOB' if ident == 'dob' else ' (name only)')} "
            f"and {'an' if panel[0] in 'aeiou' else 'a'} {panel} results table" + (f" ({ab[0][0]} {ab[0][1]} {ab[0][4]})" if ab else ""))
    hl7 = oru_lab(ctx, p, res, doc, ident="mrn" if ident == "mrn" else "lab")
    hl7_note = f"HL7 ORU^R01 with PID for {p.name} (DOB) and {panel} OBX results"
    return Content(subject, sender, to, blocks, note, title="Laboratory Report", hl7_note=hl7_note,
                   fname=ctx.pick(["lab_report", "results", f"RPT{ctx.rng.randrange(100000, 999999)}", "export"]),
                   hl7=hl7, profile=profile, xml_root="LabReport")


def lab_critical(ctx):
    p = ctx.patient(lo=30, hi=95)
    doc = ctx.doc("Hospitalist")
    mls = ctx.staff("Medical Laboratory Scientist", "Core Laboratory")
    key, mode = ctx.pick([("k", "high"), ("na", "low"), ("hgb", "low"), ("trop", "high"), ("lact", "high"),
                          ("glu", "high"), ("inr", "high")])
    name, val, unit, rg, flag, loinc = lab_value(ctx.rng, key, mode)
    if key == "k":
        val = f"{ctx.rng.uniform(6.2, 7.1):.1f}"
    if key == "na":
        val = f"{ctx.rng.randrange(118, 124)}"
    if key == "hgb":
        val = f"{ctx.rng.uniform(5.8, 6.7):.1f}"
    if key == "glu":
        val = f"{ctx.rng.randrange(480, 640)}"
    if key == "inr":
        val = f"{ctx.rng.uniform(5.2, 8.0):.1f}"
    if key == "lact":
        val = f"{ctx.rng.uniform(4.1, 6.5):.1f}"
    if key == "trop":
        val = f"{ctx.rng.randrange(180, 2400)}"
    flag = "HH" if mode == "high" else "LL"
    unit_loc = f"{ctx.pick(['3W', '4N', '5S', 'ICU', 'ED'])}-{ctx.rng.randrange(1, 40):02d}"
    t_res = ctx.local - datetime.timedelta(minutes=ctx.rng.randrange(5, 40))
    kv = [("Patient", p.rev), ("MRN", p.mrn) if ctx.chance(0.6) else ("Location", unit_loc),
          ("Test", name), ("Result", f"{val} {unit} ({flag})"), ("Reference", rg),
          ("Resulted", t_res.strftime("%m/%d/%Y %H:%M")), ("Called to", f"{doc.full} (covering)"),
          ("Read back", "Yes"), ("Called by", f"{mls.name}, MLS")]
    if ctx.chance(0.5):
        blocks = [("h", "CRITICAL VALUE NOTIFICATION"), ("kv", kv),
                  ("p", "This notification is generated for documentation of critical result communication. "
                        "Reply to this message only if the read-back above is incorrect.")]
        sender, profile = ("Core Lab Critical Values", f"lab-critical@{ORG}"), "system"
    else:
        blocks = [("line", ctx.pick([f"{doc.dr} -", "FYI"])),
                  ("p", f"Critical {name.lower()} on {p.first} {p.last} in {unit_loc}: {val} {unit}, repeat "
                        f"{'confirmed' if ctx.chance(0.5) else 'pending'}. Called to you at "
                        f"{t_res.strftime('%H:%M')} and read back. {ctx.pick(['Hemolysis index normal.', 'Specimen not hemolyzed.', 'Redraw requested by floor.'])}"),
                  ("sig", [mls.name + ", MLS(ASCP)", "Core Laboratory, Main Hospital", mls.ext])]
        sender, profile = mls.addr(), "internal"
    res = [(name, val, unit, rg, flag, loinc)]
    note = f"Critical {name} {val} {unit} for named inpatient {p.name}"
    return Content(ctx.pick(["Critical value", "CRITICAL RESULT", "Call documentation", "Lab call"]), sender,
                   [doc.addr()], blocks, note, title="Critical Value Notification", fname="critical_value",
                   hl7=oru_lab(ctx, p, res, doc, "mrn", ("24323-8", "Chemistry panel")), profile=profile,
                   hl7_note=f"HL7 ORU^R01 with PID for {p.name} (MRN, DOB) and critical {name} {val} {unit}")


def lab_thread(ctx):
    p = ctx.patient(sex="F", lo=35, hi=80)
    doc = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    nurse = ctx.nurse("Family Medicine")
    tsh = f"{ctx.rng.uniform(6.5, 11.9):.1f}"
    ft4 = f"{ctx.rng.uniform(0.9, 1.4):.1f}"
    dose = ctx.pick(["50 mcg", "75 mcg", "88 mcg", "100 mcg"])
    q = [greet(ctx, doc.dr),
         ("p", f"{p.name} sent a portal message asking about her thyroid results from last week. TSH came back "
               f"{tsh} mIU/L (ref 0.45-4.50), free T4 {ft4} ng/dL. She is currently on levothyroxine {dose} daily "
               f"and says she has been taking it with her coffee. Any changes you want me to pass along?"),
         sig_block(ctx, nurse)]
    top = [("p", ctx.pick([
        f"Thanks. TSH {tsh} with a normal free T4 is mild. Please remind her to take the levothyroxine on an empty "
        f"stomach 30-60 minutes before coffee and recheck TSH in 6 weeks; no dose change for now.",
        f"Let's go up to the next dose strength and recheck in 6-8 weeks. Can you send the new script for her and "
        f"let her know? Also make sure she separates it from her calcium.",
    ])), sig_block(ctx, doc, short=True)]
    blocks = top + [("quote", {"from": nurse.addr(1), "sent": ctx.when(60, 600), "to": doc.name,
                                "subject": "Thyroid results question", "style": "outlook"}, q)]
    note = f"Thread about named patient {p.name}: TSH {tsh}, free T4, levothyroxine dose"
    return Content("RE: Thyroid results question", doc.addr(), [nurse.addr()], blocks, note, reply=True,
                   title="Thyroid results", fname="message")


# ---- referral -------------------------------------------------------------------------

REFERRAL_CASES = [
    ("Cardiology", "progressive exertional dyspnea and a new systolic murmur",
     "He/She has a history of hypertension and hyperlipidemia. An ECG in the office showed left ventricular hypertrophy.",
     "evaluation for possible aortic stenosis and an echocardiogram"),
    ("Neurology", "two witnessed episodes of generalized shaking with loss of consciousness over the past month",
     "There is no prior seizure history. Basic labs including sodium and glucose were normal.",
     "evaluation for new-onset seizures and guidance on driving restrictions"),
    ("Gastroenterology", "iron deficiency anemia with intermittent dark stools",
     "Hemoglobin has drifted from 12.8 to 10.1 g/dL over six months despite oral iron.",
     "upper endoscopy and colonoscopy"),
    ("Orthopaedic Surgery", "right knee pain with locking after a twisting injury playing soccer",
     "X-rays show no fracture; exam is notable for medial joint line tenderness and a positive McMurray test.",
     "evaluation for a possible medial meniscus tear"),
    ("Endocrinology, Diabetes & Metabolism", "type 2 diabetes with an A1c of 10.2% despite metformin and empagliflozin",
     "He/She is open to starting insulin or a GLP-1 receptor agonist but would like to discuss options with a specialist.",
     "intensification of diabetes therapy"),
    ("Pulmonary Disease", "loud snoring, witnessed apneas and daytime sleepiness (Epworth 15)",
     "BMI is 36 and blood pressure has been hard to control on three agents.",
     "a sleep study and evaluation for obstructive sleep apnea"),
    ("Psychiatry", "worsening depression and anxiety despite sertraline 100 mg daily",
     "PHQ-9 today was 17. There is no suicidal ideation, and he/she is engaged in therapy.",
     "medication management"),
    ("Nephrology", "chronic kidney disease with an eGFR that has declined from 52 to 41 over the past year",
     "Urine albumin/creatinine ratio is 340 mg/g. He/She has longstanding diabetes and hypertension.",
     "co-management of CKD stage 3b"),
    ("Dermatology", "a changing pigmented lesion on the left upper back",
     "The lesion is about 8 mm with irregular borders and has darkened over the last three months per his/her spouse.",
     "evaluation and possible biopsy"),
]


SPEC_PARTNER = {
    "Cardiology": ("Tri-County Cardiology Associates", "tricountycardio.example.org"),
    "Neurology": ("Buckeye Neurology Group", "buckeyeneuro.example.org"),
    "Gastroenterology": ("Northside Gastroenterology", "northsidegi.example.org"),
    "Orthopaedic Surgery": PARTNERS[2],
    "Endocrinology, Diabetes & Metabolism": ("Lakeview Endocrine Center", "lakeviewendo.example.org"),
    "Pulmonary Disease": ("Summit Sleep & Lung", "summitsleep.example.org"),
    "Psychiatry": PARTNERS[9],
    "Nephrology": ("Valley Kidney Specialists", "valleykidney.example.org"),
    "Dermatology": ("Clearview Dermatology", "clearviewderm.example.org"),
}


def _pron(text, p):
    return (text.replace("He/She", p.he.capitalize()).replace("he/she", p.he).replace("his/her", p.his)
            .replace("him/her", p.him))


def ref_letter(ctx):
    p = ctx.patient(lo=35, hi=88)
    spec, why, hx, ask = ctx.pick(REFERRAL_CASES)
    me = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    external = ctx.chance(0.4)
    if external:
        part = SPEC_PARTNER[spec]
        them = Worker(ctx.rng, "Physician", part[0], domain=part[1], cred="MD", specialty=spec)
    else:
        them = ctx.doc(spec)
    blocks = [("line", f"Dear Dr. {them.last},"), ("line", ""),
              ("p", ctx.pick([f"Thank you for seeing {p.name}, a {p.age}-year-old {p.man} whom I follow in primary care, "
                              f"for {why}.",
                              f"I am referring {p.name} ({p.age}) to you for {why}.",
                              f"I would be grateful if you could see my patient {p.first} {p.last}. {p.he.capitalize()} is "
                              f"{p.age} and presents with {why}."])),
              ("p", _pron(hx, p)),
              ("p", f"I would appreciate your {ask}. " + ctx.pick([
                  f"Current medications are listed in the shared record; {p.he} has no known drug allergies.",
                  f"{p.he.capitalize()} is allergic to penicillin (hives).",
                  "Please let me know if you need anything else from our office."])),
              ("p", ctx.pick(["Thank you for your help with this patient's care.",
                              "I appreciate your help and look forward to your recommendations.",
                              "Many thanks."]))]
    blocks = finish(ctx, blocks, me)
    subject = ctx.pick(["Referral", f"New referral - {spec}", "Consult request", "Patient referral", "Request"])
    note = f"Referral letter naming patient {p.name} with clinical reason ({why[:40]}...); no identifiers"
    return Content(subject, me.addr(), [them.addr()], blocks, note, title="Referral Letter",
                   fname=ctx.pick(["referral_letter", f"referral_{slug(p.last)}", "consult_request"]),
                   profile="internal")


def ref_short(ctx):
    p = ctx.patient(lo=5, hi=85)
    spec, why, hx, ask = ctx.pick(REFERRAL_CASES)
    me = ctx.app(ctx.pick(["Family Medicine", "Pediatrics", "Internal Medicine"]))
    them = ctx.doc(spec)
    blocks = [greet(ctx, them.first),
              ("p", ctx.pick([f"Would you have room to see one of my patients, {p.name}, sometime in the next two weeks? "
                              f"{_pron('He/She', p)} has {why}.",
                              f"Any chance you could squeeze in {p.name}? {why[0].upper() + why[1:]}. {_pron(hx, p)}",
                              f"Quick favor - {p.first} {p.last} needs {ask}. {_pron(hx, p)}"])),
              ("p", ctx.pick(["Happy to send my notes. The referral is in the system.",
                              "Let me know if a phone call would be easier.",
                              f"{_pron('He/She', p)} prefers afternoons."]))]
    blocks = finish(ctx, blocks, me, short=ctx.chance(0.5))
    note = f"Named patient {p.name} referred to {spec} for {why[:40]}...; no identifiers"
    return Content(ctx.pick(["Quick question", "Can you see someone?", "Favor", "Next week?", "Referral"]),
                   me.addr(), [them.addr()], blocks, note, title="Referral request", fname="referral")


def ref_form(ctx):
    p = ctx.patient(lo=18, hi=88)
    spec, why, hx, ask = ctx.pick(REFERRAL_CASES)
    me = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    coord = ctx.staff("Referral Coordinator", "Patient Access Center")
    part = SPEC_PARTNER[spec]
    kv = [("Referral to", f"{spec} - {part[0]}"), ("Patient", p.name), ("Reason for referral", why),
          ("Pertinent history", _pron(hx, p)), ("Requested", ask), ("Urgency", ctx.pick(["Routine", "Urgent (within 7 days)", "Routine - next available"])),
          ("Referring provider", me.full), ("Records", ctx.pick(["Last office note attached", "Available on request", "Sent via Direct"]))]
    blocks = [("h", "OUTGOING REFERRAL"), ("kv", kv)]
    ext = ctx.partner(part)
    cover = [greet(ctx, ext.first), ("p", ctx.pick(["Attached is a new referral for your office. Please confirm receipt.",
                                                    "Please see the attached referral and let us know when it is scheduled."])),
             sig_block(ctx, coord)]
    blocks = [greet(ctx, ext.first), ("p", "Please see the referral below and confirm receipt.")] + blocks
    blocks = finish(ctx, blocks, coord)
    note = f"Referral form naming {p.name} with reason ({why[:40]}...); name only, no identifiers"
    return Content(ctx.pick(["New referral", "Referral", "Outgoing referral", "Please confirm receipt"]), coord.addr(),
                   [ext.addr(1)], blocks, note, cover=cover, title="Outgoing Referral", fname=ctx.pick(["referral", "outgoing_referral", "ref_form"]))


def ref_thread(ctx):
    p = ctx.patient(lo=20, hi=85)
    spec, why, hx, ask = ctx.pick(REFERRAL_CASES)
    me = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    part = SPEC_PARTNER[spec]
    ext = ctx.partner(part)
    appt = ctx.day(5, 20)
    orig = [greet(ctx, ext.first),
            ("p", f"I'm sending over a referral for {p.name} for {ask}. {p.he.capitalize()} has {why}."),
            sig_block(ctx, me, short=True)]
    top = [greet(ctx, me.dr),
           ("p", ctx.pick([f"We received the referral for {p.first} {p.last} and have offered {p.him} the first "
                           f"available appointment on {fmt_date(appt, 'wd')} at {fmt_time(ctx.rng.randrange(8, 16), ctx.pick([0, 15, 30, 45]))}.",
                           f"Got it - {p.first} is scheduled with our {spec.lower()} team on {fmt_date(appt, 'us')}. "
                           f"We asked {p.him} to bring a list of current medications."])),
           sig_block(ctx, ext)]
    d = disclaimer(ctx, True)
    blocks = top + ([d] if d else []) + [("quote", {"from": me.addr(1), "sent": ctx.when(600, 4000), "to": ext.name,
                                                      "subject": "Referral", "style": ctx.pick(["outlook", "gmail"])}, orig)]
    note = f"Reply from specialist office about referral of {p.name} ({why[:35]}...) with appointment date"
    return Content("RE: Referral", ext.addr(1), [me.addr()], blocks, note, reply=True, profile="inbound",
                   title="Referral", fname="referral_reply")


# ---- clinical_note --------------------------------------------------------------------

NOTE_CASES = [
    {"cc": "follow-up of diabetes and blood pressure", "codes": ["dm2_hyper", "htn", "hld"],
     "s": "Reports good adherence to metformin but admits to more snacking over the holidays. No polyuria, no "
          "hypoglycemia. Checks sugars twice a week, fasting 150s-180s.",
     "o": "BP 148/88, HR 76, BMI 33.1. Monofilament sensation intact bilaterally. A1c today 8.6%.",
     "plan": ["Add empagliflozin 10 mg daily; continue metformin 1000 mg BID",
              "Increase lisinopril to 20 mg daily; home BP log",
              "Diabetic eye exam referral; foot care reviewed", "Return in 3 months with labs"]},
    {"cc": "cough and fever for four days", "codes": ["pna"],
     "s": "Productive cough with yellow sputum, fevers to 101.8 F, pleuritic right-sided chest pain. Non-smoker.",
     "o": "T 38.4 C, RR 22, SpO2 93% on room air. Crackles right base. CXR: right lower lobe consolidation.",
     "plan": ["Amoxicillin-clavulanate 875-125 mg BID plus azithromycin 500 mg day 1 then 250 mg daily x4 days",
              "Return precautions reviewed; recheck in 48 hours by phone"]},
    {"cc": "palpitations", "codes": ["afib", "anticoag", "htn"],
     "s": "Intermittent palpitations for two weeks, worse with caffeine. No syncope. Mild exertional fatigue.",
     "o": "Irregularly irregular rhythm at 104. ECG: atrial fibrillation with rapid ventricular response, no acute ST changes.",
     "plan": ["Start metoprolol succinate 25 mg daily", "CHA2DS2-VASc 3: start apixaban 5 mg BID",
              "Echocardiogram and TSH ordered", "Cardiology follow-up in 2 weeks"]},
    {"cc": "low back pain after lifting", "codes": ["lbp"],
     "s": "Pain across the lower back since moving furniture 5 days ago. No leg weakness, no bowel or bladder changes.",
     "o": "Paraspinal tenderness L4-L5, straight-leg raise negative, strength 5/5, reflexes symmetric.",
     "plan": ["No imaging indicated", "Naproxen 500 mg BID with food x 7 days", "Physical therapy referral",
              "Return if red-flag symptoms develop"]},
    {"cc": "depressed mood", "codes": ["dep", "anxiety"],
     "s": "Low mood, poor sleep and loss of interest for about two months after a job loss. Denies suicidal ideation; "
          "safety plan reviewed.",
     "o": "PHQ-9 16, GAD-7 12. Affect constricted, thought process linear.",
     "plan": ["Start sertraline 50 mg daily", "Referral to behavioral health for CBT", "Follow-up in 4 weeks"]},
    {"cc": "shortness of breath and leg swelling", "codes": ["hf", "ckd3"],
     "s": "Weight up 3 kg in a week, needs two pillows to sleep. Ran out of furosemide five days ago.",
     "o": "JVP elevated, bibasilar crackles, 2+ pitting edema to the knees. BNP 1,240 pg/mL, creatinine 1.6 mg/dL.",
     "plan": ["Resume furosemide 40 mg BID x3 days then daily", "Daily weights; call if up more than 1 kg/day",
              "BMP in 1 week", "Heart failure clinic visit next week"]},
    {"cc": "headaches", "codes": ["migraine"],
     "s": "Throbbing unilateral headaches 6-8 days per month with nausea and light sensitivity. Uses ibuprofen most days.",
     "o": "Neuro exam normal. BP 118/72.",
     "plan": ["Sumatriptan 50 mg at onset, may repeat once in 2 hours", "Limit ibuprofen to 2 days/week",
              "Headache diary; consider topiramate prophylaxis at follow-up"]},
]


def note_soap(ctx):
    p = ctx.patient(lo=22, hi=88)
    case = ctx.pick(NOTE_CASES)
    prov = ctx.pick([ctx.doc, ctx.app])(ctx.pick(["Family Medicine", "Internal Medicine"]))
    with_codes = ctx.chance(0.6)
    hdr = [("Patient", p.name), ("Visit date", fmt_date(ctx.day(-3, 0), "us")), ("Provider", prov.full)]
    if ctx.chance(0.5):
        hdr.insert(1, ("DOB", fmt_date(p.dob, "us")))
    assess = [f"{ICD[k][1]} ({ICD[k][0]})" if with_codes else ICD[k][1] for k in case["codes"]]
    blocks = [("h", "Office Visit - Progress Note"), ("kv", hdr),
              ("p", f"S: {p.age} y/o {'M' if p.sex == 'M' else 'F'} here for {case['cc']}. {case['s']}"),
              ("p", f"O: {case['o']}"), ("line", "A:"), ("list", assess), ("line", "P:"), ("list", case["plan"])]
    rcpt = ctx.pick([ctx.doc("Cardiology"), ctx.nurse(), ctx.doc("Family Medicine")])
    intro = [greet(ctx, rcpt.first), ("p", ctx.pick(["Copy of today's note for your records.",
                                                     "Sharing my note from this morning - let me know if you disagree with the plan.",
                                                     "Note below since you asked about this patient in huddle."]))]
    blocks = finish(ctx, intro + blocks, prov)
    note = (f"Progress note for named patient {p.name}: {case['cc']}" +
            (f" with ICD-10-CM codes ({', '.join(ICD[k][0] for k in case['codes'])})" if with_codes else " (no codes)"))
    return Content(ctx.pick(["Note", "Today's visit", "FYI", "Copy of note", "Follow-up"]), prov.addr(), [rcpt.addr()],
                   blocks, note, title="Progress Note", fname=ctx.pick(["progress_note", "visit_note", "note"]))


def note_narrative(ctx):
    p = ctx.patient(lo=40, hi=92)
    case = ctx.pick(NOTE_CASES)
    hosp = ctx.doc("Hospitalist")
    pcp_part = ctx.pick([PARTNERS[1], None])
    if pcp_part:
        pcp = Worker(ctx.rng, "Physician", pcp_part[0], domain=pcp_part[1], cred="MD")
    else:
        pcp = ctx.doc("Family Medicine")
    blocks = [("line", f"Dr. {pcp.last},"),
              ("p", ctx.pick([
                  f"Your patient {p.name} is on our service. {p.he.capitalize()} came in with {case['cc']}. {case['s']}",
                  f"Wanted to give you a heads-up that {p.first} {p.last} was seen by our team overnight for {case['cc']}. {case['s']}"])),
              ("p", f"On exam: {case['o']}"),
              ("p", "Our plan: " + "; ".join((x[0].lower() + x[1:]) if x[1:2].islower() else x for x in case["plan"]) + "."),
              ("p", ctx.pick(["We will send the full summary when we discharge.", "Happy to talk by phone if helpful.",
                              f"{p.he.capitalize()} asked that we keep you in the loop."]))]
    blocks = finish(ctx, blocks, hosp, external=bool(pcp_part))
    note = f"Narrative clinical update naming {p.name} ({case['cc']}, exam and plan); no codes"
    return Content(ctx.pick(["Your patient", "Heads up", "Update", "FYI - admission"]), hosp.addr(), [pcp.addr()],
                   blocks, note, title="Clinical Update", fname="clinical_update")


def note_curbside(ctx):
    p = ctx.patient(lo=30, hi=85)
    case = ctx.pick(NOTE_CASES)
    asker = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    spec = ctx.doc(ctx.pick(["Cardiology", "Endocrinology, Diabetes & Metabolism", "Nephrology", "Neurology"]))
    q = [("p", f"Curbside: {p.name}, {p.age}{p.sex}, {case['cc']}. {case['o']} "
               f"Anything you'd do differently than: {case['plan'][0].lower()}?") if ctx.chance(0.4) else
         ("p", f"Curbside q re {p.name}, {p.age}{p.sex}: {case['cc']}. {case['o']} Thinking {case['plan'][0].lower()}. "
               f"Reasonable or would you rather see {p.him}?"),
         ("sig", [asker.first])]
    a = [("p", ctx.pick(["Reasonable. I'd add a BMP in a week and have a low threshold to send to me if not improving.",
                         "Agree. If no better in 2 weeks put in a formal consult and we'll get them in.",
                         "That's what I'd do. Happy to see in clinic if it doesn't settle."])),
         ("sig", [spec.first])]
    blocks = a + [("quote", {"from": asker.addr(1), "sent": ctx.when(30, 300), "to": spec.name, "subject": "curbside",
                             "style": "outlook"}, q)]
    note = f"Curbside thread naming patient {p.name} with {case['cc']} and exam findings"
    return Content("RE: curbside", spec.addr(), [asker.addr()], blocks, note, reply=True, title="Curbside",
                   fname="curbside")


def note_problems(ctx):
    p = ctx.patient(lo=45, hi=90)
    prov = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    keys = ctx.rng.sample(["dm2", "htn", "hld", "ckd3", "osa", "gerd", "hypothyroid", "oa_knee", "afib", "obesity",
                           "ida", "copd_ex", "dep"], ctx.rng.randrange(4, 7))
    rows = [[ICD[k][1], ICD[k][0], ctx.pick(["Active", "Active", "Chronic", "Resolved"]),
             str(ctx.rng.randrange(2008, 2024))] for k in keys]
    kv = [("Patient", p.rev), ("DOB", fmt_date(p.dob, ctx.pick(["us", "iso"])))]
    if ctx.chance(0.5):
        kv.append(("MRN", p.mrn))
    care = ctx.nurse("Care Management")
    blocks = [greet(ctx, care.first), ("p", "Problem list below for the transitional care call tomorrow."),
              ("kv", kv), ("table", ["Problem", "ICD-10-CM", "Status", "Noted"], rows)]
    blocks = finish(ctx, blocks, prov, short=True)
    note = f"Problem list with ICD-10-CM codes for identified patient {p.name}"
    return Content(ctx.pick(["Problem list", "For tomorrow", "Prep"]), prov.addr(), [care.addr()], blocks, note,
                   title="Problem List", fname=ctx.pick(["problem_list", "problems"]), xml_root="ProblemList")


# ---- discharge ------------------------------------------------------------------------

DC_CASES = [
    ("pna", ["htn"], "community-acquired pneumonia", "treated with IV ceftriaxone and azithromycin, transitioned to oral "
     "cefpodoxime on day 3 after defervescence; oxygen weaned to room air", ["cefpodoxime 200 mg BID x 4 more days"]),
    ("hf", ["ckd3", "afib"], "acute on chronic heart failure", "diuresed 4.2 kg with IV furosemide; creatinine peaked at "
     "1.9 and returned to 1.5", ["furosemide 40 mg BID", "metoprolol succinate 50 mg daily", "apixaban 5 mg BID"]),
    ("cellulitis", ["dm2"], "cellulitis of the right lower leg", "received IV cefazolin for 48 hours with rapid "
     "improvement in erythema", ["cephalexin 500 mg QID x 5 days", "metformin 1000 mg BID (resumed)"]),
    ("hipfx", ["htn", "osa"], "right femoral neck fracture after a fall", "underwent hemiarthroplasty on hospital day 1; "
     "weight bearing as tolerated with PT", ["enoxaparin 40 mg SC daily x 28 days", "oxycodone 5 mg q6h PRN severe pain",
                                             "acetaminophen 1 g q8h"]),
    ("nstemi", ["hld", "dm2"], "NSTEMI", "cardiac catheterization showed 90% mid-LAD stenosis treated with a drug-eluting "
     "stent", ["aspirin 81 mg daily", "ticagrelor 90 mg BID", "atorvastatin 80 mg nightly", "metoprolol tartrate 25 mg BID"]),
    ("copd_ex", ["htn"], "COPD exacerbation", "treated with nebulized bronchodilators, prednisone and doxycycline",
     ["prednisone 40 mg daily x 2 more days", "tiotropium 18 mcg inhaled daily", "albuterol HFA 2 puffs q4h PRN"]),
    ("appendicitis", [], "acute appendicitis", "underwent laparoscopic appendectomy without complication",
     ["ibuprofen 600 mg q6h PRN", "acetaminophen 650 mg q6h PRN"]),
    ("sepsis", ["uti", "dm2"], "sepsis from a urinary source", "lactate 3.8 on arrival, received 30 mL/kg fluids and "
     "ceftriaxone; urine culture grew E. coli sensitive to cephalexin", ["cephalexin 500 mg QID x 7 days"]),
]


def dc_summary(ctx):
    p = ctx.patient(lo=30, hi=94)
    main, others, label, course, meds = ctx.pick(DC_CASES)
    att = ctx.doc("Hospitalist")
    adm = ctx.day(-9, -3)
    dis = adm + datetime.timedelta(days=ctx.rng.randrange(2, 6))
    fu = dis + datetime.timedelta(days=ctx.rng.randrange(5, 14))
    kv = [("Patient", p.rev), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us")),
          ("Admitted", fmt_date(adm, "us")), ("Discharged", fmt_date(dis, "us")), ("Attending", att.full),
          ("Disposition", ctx.pick(["Home", "Home with home health", "Skilled nursing facility"]))]
    if ctx.chance(0.35):
        kv = [x for x in kv if x[0] != "MRN"]
    blocks = [("h", "DISCHARGE SUMMARY"), ("kv", kv), ("line", "Discharge diagnoses:"),
              ("list", [f"{ICD[main][1]} ({ICD[main][0]}) - principal"] + [f"{ICD[k][1]} ({ICD[k][0]})" for k in others]),
              ("p", f"Hospital course: {p.age}-year-old {p.man} admitted with {label}; {course}. "
                    f"{p.he.capitalize()} was discharged in stable condition."),
              ("line", "Discharge medications:"), ("list", meds),
              ("p", f"Follow-up: PCP within 7 days ({fmt_date(fu, 'us')}). "
                    + ctx.pick(["Repeat BMP at that visit.", "CBC in one week.", "Cardiology in 2 weeks.", ""]))]
    pcp = ctx.doc("Family Medicine")
    cover = [greet(ctx, pcp.dr), ("p", ctx.pick(["Discharge paperwork attached for your patient.",
                                                 "Attached, for the 7-day follow-up visit.",
                                                 "Please see the attached summary."])), sig_block(ctx, att, True)]
    full = finish(ctx, [greet(ctx, pcp.dr), ("p", "Discharge summary below for the follow-up visit.")] + blocks, att)
    segs = [msh(ctx, "ADT^A03^ADT_A03", str(ctx.rng.randrange(10**9)), rapp="HIE", rfac="OHIE"),
            f"EVN|A03|{dis.strftime('%Y%m%d')}1130", pid_segment(p, "mrn"),
            f"PV1|1|I|4N^{ctx.rng.randrange(400, 440)}^A^RIVERSIDE||||{att.npi}^{asciify(att.last).upper()}^"
            f"{asciify(att.first).upper()}^^^^MD^^^^NPI||||||||||||{ctx.rng.randrange(10**7, 10**8)}||||||||||||||||"
            f"|01|||||||{adm.strftime('%Y%m%d')}0815|{dis.strftime('%Y%m%d')}1130",
            f"DG1|1||{ICD[main][0]}^{ICD[main][1]}^I10||{adm.strftime('%Y%m%d')}|F"]
    note = f"Discharge summary for {p.name}: {label}, {ICD[main][0]}, discharge meds and follow-up"
    return Content(ctx.pick(["Discharge summary", "Summary", "Follow-up needed", "Hospital follow-up"]), att.addr(),
                   [pcp.addr()], full, note, cover=cover, title="Discharge Summary",
                   fname=ctx.pick(["discharge_summary", "DS", f"dc_{dis.strftime('%m%d')}"]), hl7="\r".join(segs) + "\r",
                   xml_root="DischargeSummary",
                   hl7_note=f"HL7 ADT^A03 discharge of {p.name} (PID with MRN, DOB) with DG1 {ICD[main][0]} ({label})")


def dc_instructions(ctx):
    p = ctx.patient(lo=25, hi=88)
    main, others, label, course, meds = ctx.pick(DC_CASES)
    nurse = ctx.nurse("4 North Med/Surg")
    fu = ctx.day(4, 12)
    blocks = [("h", "Your Discharge Instructions"),
              ("p", f"{p.name}, you were in Riverside Main Hospital for {label}. Here is what to do next."),
              ("line", "Medicines to take:"), ("list", meds),
              ("line", "Call us or go to the Emergency Department if you have:"),
              ("list", ctx.pick([["fever over 101 F", "trouble breathing", "chest pain"],
                                 ["weight gain of more than 2 pounds in a day", "new swelling", "fainting"],
                                 ["redness spreading past the marked line", "fever or chills", "pus from the wound"]])),
              ("p", f"Your follow-up appointment is on {fmt_date(fu, 'wd')} with your primary care doctor. "
                    f"Bring this sheet and all of your pill bottles.")]
    blocks = finish(ctx, [("line", f"Hi {p.first},"), ("p", ctx.pick([
        "As promised, here is a copy of your discharge instructions.", "You asked for an electronic copy of your instructions - here it is."]))]
                    + blocks, nurse)
    note = f"Discharge instructions for named patient {p.name} ({label}) with medications and follow-up"
    return Content(ctx.pick(["Your instructions", "Copy you asked for", "Going home"]), nurse.addr(), [(p.name, p.email)],
                   blocks, note, title="Discharge Instructions", fname="discharge_instructions")


def dc_bedboard(ctx):
    pts = [ctx.patient(lo=35, hi=95) for _ in range(ctx.rng.randrange(1, 4))]
    charge = ctx.nurse("4 North Med/Surg")
    evs = ctx.staff("Environmental Services Supervisor", "EVS")
    lines = []
    for p in pts:
        lines.append(f"4N-{ctx.rng.randrange(400, 440)} {p.rev} - " + ctx.pick([
            f"d/c order in, ride at {ctx.rng.randrange(1, 5)}pm, needs home O2 set up before leaving",
            "discharged home 14:20, tele box returned", "to Maple Grove SNF by wheelchair van 15:00, report called",
            "d/c pending PT clearance after hip surgery"]))
    blocks = [("line", "Bed board update:"), ("list", lines),
              ("p", ctx.pick(["Please clean for admits from the ED.", "ED is holding 6, we need these rooms turned fast.",
                              "Thanks EVS!"]))]
    blocks = finish(ctx, blocks, charge, short=True)
    note = f"Bed-board e-mail naming patient(s) ({pts[0].name}) with discharge status and care needs"
    return Content(ctx.pick(["Dirties", "4N rooms", "Beds", "Turnover"]), charge.addr(), [evs.addr()], blocks, note,
                   title="Bed board", fname="bedboard")


def dc_snf(ctx):
    p = ctx.patient(lo=70, hi=96)
    cm = ctx.nurse("Care Management")
    snf = ctx.partner(PARTNERS[0])
    main, others, label, course, meds = ctx.pick([c for c in DC_CASES if c[0] in ("hipfx", "hf", "copd_ex", "sepsis")])
    t = ctx.day(1, 2)
    orig = [greet(ctx, snf.first), ("p", f"Sending a referral for short-term rehab: {p.name}, {p.age}, admitted with {label}. "
                                         f"{course[0].upper() + course[1:]}. Needs PT/OT, skilled nursing for medication management."),
            sig_block(ctx, cm, True)]
    top = [greet(ctx, cm.first), ("p", f"Maple Grove can accept {p.formal}. We have a bed for {fmt_date(t, 'wd')} after 10:00. "
                                       f"Please send the discharge summary, MAR and the {ctx.pick(['PT notes', 'last 24h vitals', 'COVID result'])} with transport."),
           sig_block(ctx, snf)]
    blocks = top + [("quote", {"from": cm.addr(1), "sent": ctx.when(300, 3000), "to": snf.name, "subject": "Rehab referral",
                               "style": "outlook"}, orig)]
    note = f"SNF transfer thread for named patient {p.name} ({label}) with care needs"
    return Content("RE: Rehab referral", snf.addr(1), [cm.addr()], blocks, note, reply=True, profile="inbound",
                   title="Transfer", fname="transfer")


# ---- appointment ----------------------------------------------------------------------

APPT_REASONS = [
    ("Riverside Cardiology", "an echocardiogram", "Echocardiogram, transthoracic", "93306"),
    ("Riverside Cardiology", "a stress test", "Exercise stress test", "93015"),
    ("Riverside GI & Endoscopy Lab", "a colonoscopy", "Colonoscopy", "45378"),
    ("Riverside Endocrinology", "diabetes follow-up", "Diabetes follow-up", "99214"),
    ("Riverside Imaging Center – North", "an MRI of the left knee", "MRI knee without contrast", "73721"),
    ("Riverside Women's Health", "your annual exam and Pap test", "Well woman exam", "99396"),
    ("Riverside Oncology & Infusion", "your infusion (cycle 3)", "Chemotherapy infusion, cycle 3", "96413"),
    ("Riverside Pulmonary & Sleep", "an overnight sleep study", "Polysomnography", "95810"),
    ("Riverside Neurology", "an EEG", "Routine EEG", "95816"),
    ("Riverside Dermatology", "a skin biopsy", "Skin biopsy", "11102"),
]


def appt_reminder(ctx):
    p = ctx.patient(lo=18, hi=88)
    clinic, reason, proc, cpt = ctx.pick(APPT_REASONS)
    if "Women" in clinic:
        p = ctx.patient(sex="F", lo=21, hi=65)
    prov = ctx.doc()
    d = ctx.day(2, 14)
    t = fmt_time(ctx.rng.randrange(7, 16), ctx.pick([0, 15, 30, 45]))
    loc = dict(CLINICS).get(clinic, "Main Hospital")
    blocks = ctx.pick([[("line", f"Appointment for: {p.name}"), ("line", ""), ("line", f"Hello {p.first},")],
                       [("line", f"Dear {p.name},")], [("line", f"Hi {p.first} {p.last},")]]) + [
              ("p", f"This is a reminder that you have an appointment at {clinic} on {fmt_date(d, 'wd')} at {t} "
                    f"with {prov.dr} for {reason}."),
              ("p", f"Location: {loc}. Please arrive 15 minutes early and bring your insurance card and a photo ID."),
              ("p", ctx.pick(["To cancel or reschedule, reply to this message or call us at " + clinic_phone(ctx.rng) + ".",
                              "If you need an interpreter, let us know at least 48 hours in advance.",
                              "Parking is free in the North garage; validate your ticket at the front desk."]))]
    blocks = finish(ctx, blocks, ctx.staff("Patient Scheduler", clinic))
    note = f"Appointment reminder naming {p.name} for {reason} at {clinic}"
    return Content(ctx.pick(["Appointment reminder", "Your upcoming visit", "Reminder", "See you soon"]),
                   ("Riverside Health Scheduling", f"scheduling@{ORG}"), [(p.name, p.email)], blocks, note,
                   title="Appointment Reminder", fname="appointment", profile=ctx.pick(["system", "internal"]))


def appt_schedule(ctx):
    clinic, reason, proc, cpt = ctx.pick(APPT_REASONS)
    prov = ctx.doc()
    rows = []
    pts = []
    for i in range(ctx.rng.randrange(4, 9)):
        p = ctx.patient(lo=20, hi=89)
        pts.append(p)
        h, m = 7 + (i * 40) // 60, (i * 40) % 60
        rows.append([f"{h:02d}:{m:02d}", p.rev, fmt_date(p.dob, "us"), ctx.pick([proc, proc, "Follow-up", "New patient"]),
                     prov.last])
    kv = [("Clinic", clinic), ("Date", fmt_date(ctx.day(1, 3), "us"))]
    ma = ctx.staff("Medical Assistant", clinic)
    blocks = [greet(ctx, "team"), ("p", ctx.pick(["Tomorrow's schedule below. Two add-ons at the end.",
                                                  "Here's the list for the morning session - please pre-chart.",
                                                  "Schedule for the day; rooms 3 and 4 are ours."])),
              ("kv", kv), ("table", ["Time", "Patient", "DOB", "Visit type", "Provider"], rows)]
    blocks = finish(ctx, blocks, ma, short=True)
    p = pts[0]
    segs = [msh(ctx, "SIU^S12^SIU_S12", str(ctx.rng.randrange(10**9)), rapp="SCHED"),
            f"SCH|{ctx.rng.randrange(10**6, 10**7)}|||||{cpt}^{proc}|ROUTINE|{proc}|40|MIN|^^40^{ctx.day(1, 3).strftime('%Y%m%d')}0700",
            pid_segment(p, "mrn"), f"AIS|1||{cpt}^{proc}^C4", f"AIL|1||{clinic.split(' –')[0].upper()[:20]}",
            f"AIP|1||{prov.npi}^{asciify(prov.last).upper()}^{asciify(prov.first).upper()}^^^^MD"]
    note = f"Clinic schedule listing {len(rows)} named patients with DOB and visit type ({proc})"
    return Content(ctx.pick(["Tomorrow", "Schedule", "AM session", "List for the day"]), ma.addr(), [(f"{clinic} Staff", f"clinicstaff.{slug(clinic)[:12]}@{ORG}")],
                   blocks, note, title="Clinic Schedule", fname=ctx.pick(["schedule", "appt_list", "clinic_schedule"]),
                   hl7="\r".join(segs) + "\r", xml_root="Schedule",
                   hl7_note=f"HL7 SIU^S12 booking {proc} for {p.name} (PID with MRN, DOB, address)")


def appt_reschedule(ctx):
    p = ctx.patient(lo=20, hi=85)
    clinic, reason, proc, cpt = ctx.pick(APPT_REASONS)
    a = ctx.nurse()
    s = ctx.staff("Patient Scheduler", clinic)
    new = ctx.day(2, 10)
    orig = [greet(ctx, s.first), ("p", f"Can we move {p.name}'s {proc.lower()} to later in the week? "
                                       + ctx.pick([f"{p.he.capitalize()} can't get a ride on the original day.",
                                                   f"{p.he.capitalize()} has a conflict with dialysis.",
                                                   "The prep instructions weren't mailed in time."])), sig_block(ctx, a, True)]
    top = [("p", f"Done - moved to {fmt_date(new, 'wd')} at {fmt_time(ctx.rng.randrange(7, 15), 30)}, {clinic}. "
                 f"I'll send {p.him} a letter and a portal message."), sig_block(ctx, s, True)]
    blocks = top + [("quote", {"from": a.addr(1), "sent": ctx.when(30, 900), "to": s.name, "subject": "Reschedule?",
                               "style": "outlook"}, orig)]
    note = f"Reschedule thread for named patient {p.name}'s {proc.lower()} at {clinic}"
    return Content("RE: Reschedule?", s.addr(), [a.addr()], blocks, note, reply=True, title="Reschedule", fname="reschedule")


def appt_prep(ctx):
    p = ctx.patient(lo=45, hi=80)
    gi = ctx.doc("Gastroenterology")
    d = ctx.day(7, 21)
    blocks = [("line", f"Patient: {p.name}   DOB: {fmt_date(p.dob, 'us')}") if ctx.chance(0.5) else ("line", f"For: {p.name}"),
              ("line", ""), ("line", f"Dear {p.formal},"),
              ("p", f"Your colonoscopy with {gi.dr} at the Riverside GI & Endoscopy Lab is scheduled for "
                    f"{fmt_date(d, 'long')}. Please check in at Main Hospital, Level 2, at "
                    f"{fmt_time(ctx.rng.randrange(6, 12), ctx.pick([0, 30]))}."),
              ("line", "Preparation:"),
              ("list", ["Stop iron pills and fiber supplements 5 days before.",
                        "The day before: clear liquids only; begin the split-dose PEG-3350 prep at 6 PM.",
                        "Take the second half of the prep 5 hours before your arrival time.",
                        "You must have an adult drive you home - you will receive sedation."]),
              ("p", ctx.pick(["If you take blood thinners (warfarin, apixaban, clopidogrel), call us - you may need to stop them.",
                              "If you have diabetes, take half of your usual insulin dose the night before."]))]
    blocks = finish(ctx, blocks, ctx.nurse("GI & Endoscopy Lab"))
    note = f"Procedure appointment (colonoscopy with {gi.dr}) for named patient {p.name}"
    return Content(ctx.pick(["Your procedure", "Instructions", "Preparing for your visit"]),
                   ("Riverside GI & Endoscopy Lab", f"gi.lab@{ORG}"), [(p.name, p.email)], blocks, note,
                   title="Colonoscopy Instructions", fname="prep_instructions")


# ---- medication -----------------------------------------------------------------------

def med_refill(ctx):
    p = ctx.patient(lo=25, hi=90)
    drug, dose, sig, rx = ctx.pick(MEDS[:6] + MEDS[10:12] + MEDS[15:20] + MEDS[21:22])
    pharm = ctx.partner(PARTNERS[8])
    prov = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    last = ctx.day(-95, -60)
    kv = [("Patient", p.name.upper() if ctx.chance(0.4) else p.name), ("DOB", fmt_date(p.dob, "us")),
          ("Medication", f"{drug} {dose}"), ("Sig", sig), ("Quantity", ctx.pick(["#90", "#30", "#180"])),
          ("Refills requested", ctx.pick(["1", "3"])), ("Last filled", fmt_date(last, "us")),
          ("Pharmacy", f"Crestline Pharmacy #{ctx.rng.randrange(100, 999)}, {clinic_phone(ctx.rng)}")]
    blocks = [("h", "REFILL AUTHORIZATION REQUEST"), ("kv", kv),
              ("p", f"Prescriber: {prov.full}. Please approve or deny by replying to this message or faxing this form back."),
              ("disclaimer", DISCLAIMERS[0])]
    note = f"Pharmacy refill request: {drug} {dose} for {p.name} with DOB"
    return Content(ctx.pick(["Refill request", "Rx renewal", "Refill authorization", "Request #" + str(ctx.rng.randrange(10**5, 10**6))]),
                   ("Crestline Pharmacy eRx", f"erx@{PARTNERS[8][1]}"), [prov.addr()], blocks, note,
                   title="Refill Authorization Request", fname=ctx.pick(["refill_request", "rx_request"]), profile="inbound",
                   xml_root="RefillRequest")


def med_rec(ctx):
    p = ctx.patient(lo=55, hi=92)
    pharm = ctx.staff("Clinical Pharmacist", "Pharmacy")
    pharm.cred = "PharmD"
    meds = ctx.rng.sample(MEDS, ctx.rng.randrange(4, 8))
    rows = [[m[0], m[1], m[2], ctx.pick(["Continue", "Continue", "Changed", "Stop", "New"])] for m in meds]
    kv = [("Patient", p.rev), ("MRN", p.mrn)] if ctx.chance(0.6) else [("Patient", p.name), ("DOB", fmt_date(p.dob, "us"))]
    kv.append(("Reconciled", fmt_date(ctx.date, "us")))
    prov = ctx.doc("Hospitalist")
    blocks = [greet(ctx, prov.dr), ("p", ctx.pick(["Admission med rec below. Two discrepancies with what the patient reports - see Action column.",
                                                   "Completed the discharge med rec. Please review before signing.",
                                                   "Here's the reconciled list from the pharmacy fill history."])),
              ("kv", kv), ("table", ["Medication", "Strength/form", "Directions", "Action"], rows)]
    blocks = finish(ctx, blocks, pharm)
    note = f"Medication reconciliation for {p.name} listing {meds[0][0]} {meds[0][1]} and others"
    return Content(ctx.pick(["Med rec", "Meds", "Medication list", "Please review"]), pharm.addr(), [prov.addr()], blocks, note,
                   title="Medication Reconciliation", fname=ctx.pick(["med_rec", "medications", "medlist"]), xml_root="MedicationList")


def med_warfarin(ctx):
    p = ctx.patient(lo=50, hi=90)
    inr = f"{ctx.rng.uniform(1.4, 4.2):.1f}"
    acc = ctx.staff("Anticoagulation Pharmacist", "Anticoagulation Clinic")
    acc.cred = "PharmD"
    pcp = ctx.doc("Family Medicine")
    hi = float(inr) > 3.0
    lo = float(inr) < 2.0
    plan = ("hold tonight's dose, then warfarin 5 mg daily except 2.5 mg on Mondays and Fridays" if hi else
            "take one extra 2.5 mg tablet tonight, then increase to 5 mg daily except 7.5 mg on Wednesdays" if lo else
            "no change - continue warfarin 5 mg daily")
    blocks = [greet(ctx, pcp.dr),
              ("p", f"INR today {inr} for {p.name} (goal 2.0-3.0, indication {ctx.pick(['atrial fibrillation', 'mechanical mitral valve (goal 2.5-3.5)', 'DVT'])}). "
                    f"Plan: {plan}. Recheck INR in {ctx.pick(['1 week', '5 days', '2 weeks'])}."),
              ("p", ctx.pick(["Patient reports eating more leafy greens than usual.", "Recently finished a course of Bactrim.",
                              "No bleeding or bruising reported.", "Missed two doses last week."]))]
    blocks = finish(ctx, blocks, acc)
    note = f"Anticoagulation dose change: INR {inr} and warfarin dosing for named patient {p.name}"
    return Content(ctx.pick(["INR", "Dose change", "Anticoag update", "FYI"]), acc.addr(), [pcp.addr()], blocks, note,
                   title="Anticoagulation Note", fname="inr_note")


def med_newrx(ctx):
    p = ctx.patient(lo=18, hi=75)
    drug, dose, sig, rx = ctx.pick([MEDS[7], MEDS[12], MEDS[13], MEDS[17], MEDS[21], MEDS[2], MEDS[3]])
    prov = ctx.pick([ctx.doc, ctx.app])(ctx.pick(["Family Medicine", "Internal Medicine"]))
    side = {"sertraline": "nausea or trouble sleeping for the first week or two; it can take 4-6 weeks to work",
            "omeprazole": "headache; take it 30 minutes before breakfast",
            "gabapentin": "dizziness or sleepiness; avoid alcohol and driving until you know how it affects you",
            "montelukast": "mood changes or vivid dreams - stop it and call us if that happens",
            "empagliflozin": "more frequent urination and a higher risk of yeast infections; stay hydrated",
            "lisinopril": "a dry cough or dizziness when standing up",
            "atorvastatin": "muscle aches - let us know if they are severe"}.get(drug, "upset stomach")
    blocks = [("line", ctx.pick([f"Dear {p.first},", f"Hi {p.first},"])),
              ("p", f"{p.name}, as we discussed, I have sent a prescription for {drug} {dose} to your pharmacy. Directions: {sig}."),
              ("p", f"The most common side effects are {side}."),
              ("p", ctx.pick(["Let's check in by video in a month to see how it's going.",
                              "Please schedule a follow-up in 6 weeks; we'll check labs at that time.",
                              "Reply here if the pharmacy says it needs prior authorization."]))]
    blocks = finish(ctx, blocks, prov)
    note = f"New prescription {drug} {dose} with directions for named patient {p.name}"
    return Content(ctx.pick(["Your new prescription", "Prescription sent", "Follow-up from today", "Medication"]),
                   prov.addr(1), [(p.name, p.email)], blocks, note, title="Prescription", fname="prescription_info")


# ---- registration ---------------------------------------------------------------------

def reg_kv(ctx, p, with_ins=True):
    ec = Person(ctx.rng)
    kv = [("Patient name", f"{p.last}, {p.first} {p.middle}"), ("Date of birth", fmt_date(p.dob, ctx.pick(["us", "us", "long"]))),
          ("Sex", "Female" if p.sex == "F" else "Male"), ("SSN", p.ssn), ("Address", p.address), ("Phone", p.phone),
          ("Email", p.email), ("Preferred language", ctx.pick(["English", "English", "Spanish", "Vietnamese", "Arabic", "Somali"]))]
    if with_ins:
        kv.append(("Primary insurance", ctx.pick(["Riverside Health Plan", "Great Lakes Mutual PPO", "Medicaid", "Self-pay"])))
    kv.append(("Emergency contact", f"{ec.name} ({ctx.pick(['spouse', 'daughter', 'son', 'sister', 'friend'])}) {ec.phone}"))
    return kv


def reg_intake(ctx):
    p = ctx.patient(lo=18, hi=80)
    desk = ctx.staff("Patient Access Representative", "Eastgate Registration")
    fin = ctx.staff("Insurance Verification Specialist", "Patient Financial Services")
    kv = reg_kv(ctx, p)
    blocks = [greet(ctx, fin.first),
              ("p", ctx.pick(["New patient registration from the Eastgate front desk - please verify insurance before the visit.",
                              "Walk-in registration below. The card scanner is down so I typed it in.",
                              "Please verify coverage for this new registration; patient is scheduled this week."])),
              ("h", "NEW PATIENT REGISTRATION"), ("kv", kv)]
    blocks = finish(ctx, blocks, desk)
    cover = [greet(ctx, fin.first), ("p", "New registration form attached for insurance verification."), sig_block(ctx, desk, True)]
    note = f"Registration form for {p.name} with SSN, DOB and home address"
    return Content(ctx.pick(["New registration", "Verify please", "Intake", "Walk-in"]), desk.addr(), [fin.addr()], blocks, note,
                   cover=cover, title="New Patient Registration", fname=ctx.pick(["registration", "intake_form", "scan_0042"]),
                   xml_root="PatientRegistration")


def reg_correction(ctx):
    p = ctx.patient(lo=20, hi=85)
    him = ctx.staff("HIM Data Integrity Analyst", "Health Information Management")
    desk = ctx.staff("Patient Access Supervisor", "Registration")
    wrong = p.ssn[:4] + p.ssn[5] + p.ssn[4] + p.ssn[6:]
    if wrong == p.ssn or not ssn_ok(wrong):
        last = (int(p.ssn[-1]) + ctx.rng.randrange(1, 9)) % 10
        wrong = p.ssn[:-1] + str(last)
        if not ssn_ok(wrong):
            wrong = p.ssn[:-4] + ("1" + p.ssn[-3:] if p.ssn[-4] != "1" else "2" + p.ssn[-3:])
    orig = [greet(ctx, desk.first),
            ("p", f"Please correct the SSN on {p.name}'s account (DOB {fmt_date(p.dob, 'us')}, MRN {p.mrn}). It was entered "
                  f"as {wrong} but the card on file shows {p.ssn}. This is holding up a claim."), sig_block(ctx, him, True)]
    top = [("p", ctx.pick(["Updated and re-verified. The claim should drop tonight.", "Fixed - thanks for catching it.",
                           "Corrected in registration; also merged the duplicate account."])), sig_block(ctx, desk, True)]
    blocks = top + [("quote", {"from": him.addr(1), "sent": ctx.when(60, 2000), "to": desk.name, "subject": "SSN correction",
                               "style": "outlook"}, orig)]
    note = f"Registration correction with SSN, DOB and MRN for patient {p.name}"
    return Content("RE: SSN correction", desk.addr(), [him.addr()], blocks, note, reply=True, title="Correction", fname="correction")


def reg_batch(ctx):
    pts = [ctx.patient(lo=18, hi=90) for _ in range(ctx.rng.randrange(3, 7))]
    rows = [[p.last, p.first, fmt_date(p.dob, "iso"), p.ssn, p.street, p.city, p.state, p.zip, p.phone] for p in pts]
    a = ctx.staff("Registration Analyst", "Patient Access")
    b = ctx.staff("Revenue Integrity Analyst", "Patient Financial Services")
    blocks = [greet(ctx, b.first), ("p", ctx.pick(["Yesterday's new registrations from the ED, for the eligibility batch.",
                                                   "Export of registrations missing insurance - can you run these through eligibility?"])),
              ("table", ["Last", "First", "DOB", "SSN", "Street", "City", "State", "ZIP", "Phone"], rows)]
    blocks = finish(ctx, blocks, a, short=True)
    note = f"Batch of {len(pts)} patient registrations (names, DOB, SSN, addresses) from the ED"
    return Content(ctx.pick(["Eligibility batch", "Registrations", "Export", "For tonight"]), a.addr(), [b.addr()], blocks, note,
                   title="Registrations export", fname=ctx.pick(["registrations", f"ed_reg_{ctx.date.strftime('%Y%m%d')}"]),
                   xml_root="Registrations")


def reg_charity(ctx):
    p = ctx.patient(lo=22, hi=64)
    fc = ctx.staff("Financial Counselor", "Patient Financial Services")
    mgr = ctx.staff("Financial Assistance Manager", "Patient Financial Services")
    kv = [("Applicant", p.name), ("DOB", fmt_date(p.dob, "us")), ("SSN", p.ssn), ("Address", p.address),
          ("Household size", str(ctx.rng.randrange(1, 6))), ("Annual household income", money(ctx.rng.randrange(14000, 52000))),
          ("Account balance", money(ctx.rng.randrange(800, 24000) + 0.37)),
          ("Services", ctx.pick(["ED visit and observation stay", "Labor and delivery", "Outpatient MRI and PT", "Inpatient admission"]))]
    blocks = [greet(ctx, mgr.first), ("p", "Financial assistance application for review. Income verified with two pay stubs; "
                                           "qualifies for 100% under the FAP at <200% FPL."), ("kv", kv)]
    blocks = finish(ctx, blocks, fc)
    note = f"Financial assistance application for {p.name} with SSN, DOB, address and balance for care"
    return Content(ctx.pick(["FAP application", "For approval", "Application"]), fc.addr(), [mgr.addr()], blocks, note,
                   title="Financial Assistance Application", fname="fap_application", xml_root="FinancialAssistance")


# ---- billing_claim --------------------------------------------------------------------

def claim_no(ctx):
    return f"{ctx.date.strftime('%y')}{ctx.rng.randrange(100, 366):03d}E{ctx.rng.randrange(10**7, 10**8)}"


def bill_eob(ctx):
    p = ctx.patient(lo=1, hi=80)
    dos = ctx.day(-60, -20)
    cpts = ctx.rng.sample(["99213", "99214", "80053", "83036", "85025", "36415", "93000", "71046"], ctx.rng.randrange(2, 5))
    rows, tot = [], [0, 0, 0, 0]
    for c in cpts:
        billed = ctx.rng.randrange(40, 420)
        allowed = round(billed * ctx.rng.uniform(0.35, 0.7), 2)
        paid = round(allowed * 0.8, 2)
        resp = round(allowed - paid, 2)
        rows.append([fmt_date(dos, "us"), c, CPT[c], money(billed), money(allowed), money(paid), money(resp)])
        tot = [tot[0] + billed, tot[1] + allowed, tot[2] + paid, tot[3] + resp]
    dx = ctx.pick(["dm2", "htn", "hld", "hypothyroid", "chestpain"])
    kv = [("Member", p.name), ("Member ID", p.member), ("Claim number", claim_no(ctx)), ("Provider", "Riverside Family Medicine"),
          ("Diagnosis", f"{ICD[dx][0]} {ICD[dx][1]}"), ("Total patient responsibility", money(tot[3]))]
    blocks = [("h", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL"), ("kv", kv),
              ("table", ["Date of service", "CPT", "Description", "Billed", "Allowed", "Paid", "Patient owes"], rows),
              ("p", "If you disagree with this decision you may appeal within 180 days. Call Member Services at (614) 555-0100.")]
    sender = ("Riverside Health Plan", f"eob@riversidehealthplan.example")
    pfs = ctx.staff("Billing Specialist", "Patient Financial Services")
    cover = [greet(ctx, pfs.first), ("p", "EOB for the claim you asked about is attached."), ("sig", ["RHP Provider Services"])]
    note = f"EOB for member {p.name} ({p.member}) with CPT codes, ICD {ICD[dx][0]} and amounts"
    return Content(ctx.pick(["Explanation of Benefits", "EOB", "Claim processed", "Your claim"]), sender, [pfs.addr()], blocks,
                   note, cover=cover, title="Explanation of Benefits", fname=ctx.pick(["EOB", "eob_statement", "claim_detail"]),
                   profile="system", xml_root="ExplanationOfBenefits")


def bill_appeal(ctx):
    p = ctx.patient(lo=30, hi=75)
    ca = ctx.staff("Denials & Appeals Specialist", "Patient Financial Services")
    payer = ctx.partner(PARTNERS[5])
    dos = ctx.day(-90, -30)
    cpt = ctx.pick(["73721", "74177", "93306", "97110"])
    dx = {"73721": "oa_knee", "74177": "appendicitis", "93306": "hf", "97110": "lbp"}[cpt]
    blocks = [("line", "Great Lakes Mutual Insurance - Appeals Unit"),
              ("line", f"Re: Claim {claim_no(ctx)} | Member {p.name} | ID {ctx.pick([p.member, 'GLM' + str(ctx.rng.randrange(10**8, 10**9))])}"),
              ("line", f"Date of service: {fmt_date(dos, 'us')}"), ("line", ""),
              ("p", f"We are writing to appeal the denial (CARC 50, not medically necessary) of CPT {cpt} ({CPT[cpt]}) "
                    f"billed with ICD-10-CM {ICD[dx][0]} ({ICD[dx][1]})."),
              ("p", ctx.pick([f"The patient completed six weeks of supervised physical therapy and NSAIDs without improvement, "
                              f"meeting your policy criteria. Office notes documenting the failed conservative treatment are enclosed.",
                              f"The study was ordered emergently; the attending's note documents the clinical findings that required it."])),
              ("p", "Please reprocess the claim for payment.")]
    blocks = finish(ctx, blocks, ca, external=True)
    note = f"Claim appeal for {p.name} with member id, CPT {cpt} and ICD {ICD[dx][0]}"
    return Content(ctx.pick(["Appeal", "Claim appeal", "Reconsideration request"]), ca.addr(), [payer.addr(1)], blocks, note,
                   title="Appeal Letter", fname=ctx.pick(["appeal", "appeal_letter"]))


def bill_priorauth(ctx):
    p = ctx.patient(lo=20, hi=78)
    pa = ctx.staff("Prior Authorization Coordinator", "Utilization Management")
    cpt, dx, summary = ctx.pick([("73721", "oa_knee", "Failed 8 weeks of PT, persistent effusion and mechanical symptoms."),
                                 ("93306", "afib", "New irregular rhythm on ECG; assess LV function before rate control."),
                                 ("95810", "osa", "Witnessed apneas, Epworth 16, resistant hypertension."),
                                 ("45378", "ida", "Hgb 9.8 g/dL, ferritin 6 ng/mL, positive FIT.")])
    prov = ctx.doc({"73721": "Orthopaedic Surgery", "93306": "Cardiology", "95810": "Pulmonary Disease",
                    "45378": "Gastroenterology"}[cpt])
    desc = CPT.get(cpt, "Polysomnography, attended")
    kv = [("Member name", p.name), ("Member ID", p.member), ("DOB", fmt_date(p.dob, "us")), ("Requesting provider", f"{prov.full} (NPI {prov.npi})"),
          ("Service", f"CPT {cpt} - {desc}"), ("Diagnosis", f"{ICD[dx][0]} - {ICD[dx][1]}"),
          ("Clinical summary", summary),
          ("Requested date", fmt_date(ctx.day(5, 20), "us"))]
    blocks = [("h", "PRIOR AUTHORIZATION REQUEST"), ("kv", kv)]
    to = ("RHP Utilization Review", f"um@riversidehealthplan.example")
    blocks = finish(ctx, [greet(ctx, "UM team"), ("p", "Please review the request below.")] + blocks, pa)
    note = f"Prior authorization for {p.name}, member {p.member}, CPT {cpt}, ICD {ICD[dx][0]}"
    return Content(ctx.pick(["Prior auth", "PA request", "Authorization", "Urgent review"]), pa.addr(), [to], blocks, note,
                   title="Prior Authorization Request", fname=ctx.pick(["prior_auth", "PA_request"]), xml_root="PriorAuthorization")


def bill_inquiry(ctx):
    p = ctx.patient(lo=25, hi=80)
    cs = ctx.staff("Customer Service Representative", "Patient Financial Services")
    bs = ctx.staff("Billing Specialist", "Patient Financial Services")
    dos = ctx.day(-80, -20)
    bal = money(ctx.rng.randrange(150, 3000) + 0.5)
    blocks = [greet(ctx, bs.first),
              ("p", f"{p.name} called about a {bal} balance for {p.his} {ctx.pick(['ED visit', 'outpatient MRI', 'lab work', 'urgent care visit'])} "
                    f"on {fmt_date(dos, 'us')}. {p.he.capitalize()} says Riverside Health Plan should have paid; the member ID on the "
                    f"account is wrong - it should be {p.member}. Can you check if the claim was resubmitted?"),
              ("p", f"Callback number {p.phone}. {ctx.pick(['Okay to leave a voicemail.', 'Prefers text.', 'Best after 5pm.'])}")]
    blocks = finish(ctx, blocks, cs)
    note = f"Billing inquiry: named patient {p.name}, member id and balance for a visit"
    return Content(ctx.pick(["Balance question", "Callback", "Account question", "Follow-up"]), cs.addr(), [bs.addr()], blocks,
                   note, title="Billing inquiry", fname="inquiry")


# ---- hl7 ------------------------------------------------------------------------------

def in1_segment(p, setid=1):
    f = [""] * 37
    f[0] = "IN1"
    f[1] = str(setid)
    f[2] = "RHP01^Riverside Health Plan PPO"
    f[3] = "RHP"
    f[4] = "RIVERSIDE HEALTH PLAN"
    f[16] = f"{asciify(p.last).upper()}^{asciify(p.first).upper()}"
    f[17] = "01^Self"
    f[18] = fmt_date(p.dob, "hl7")
    f[36] = p.member
    return "|".join(f)


def adt_message(ctx, p, event, doc, dx=None, ins=True, ident="both", ssn=True, nk1=True):
    ctl = str(ctx.rng.randrange(10**9, 10**10))
    ts = ctx.dt.strftime("%Y%m%d%H%M")
    unit = ctx.pick(["4N^412^A", "3W^318^B", "ICU^07^A", "5S^522^A", "ED^14^"])
    cls = "E" if unit.startswith("ED") else ("O" if event == "A04" else "I")
    segs = [msh(ctx, f"ADT^{event}^ADT_A01" if event in ("A01", "A04", "A08") else f"ADT^{event}^ADT_{event}", ctl,
                rapp=ctx.pick(["BEDBOARD", "HIE", "PHARMACY", "LIS"])),
            f"EVN|{event}|{ts}", pid_segment(p, ident, ssn=ssn)]
    if nk1:
        k = Person(ctx.rng)
        segs.append(f"NK1|1|{asciify(k.last).upper()}^{asciify(k.first).upper()}|{ctx.pick(['SPO^Spouse', 'CHD^Child', 'SIB^Sibling'])}|||"
                    f"^PRN^PH^^1^{re.sub(r'[^0-9]', '', k.phone)[:3]}^{re.sub(r'[^0-9]', '', k.phone)[3:]}")
    segs.append(f"PV1|1|{cls}|{unit}^RIVERSIDE||||{doc.npi}^{asciify(doc.last).upper()}^{asciify(doc.first).upper()}^^^^MD^^^^NPI"
                f"|||{ctx.pick(['MED', 'CAR', 'SUR', 'PUL'])}||||{ctx.pick(['1', '7'])}|||||{ctx.rng.randrange(10**7, 10**8)}")
    if dx:
        segs.append(f"DG1|1||{ICD[dx][0]}^{ICD[dx][1]}^I10||{ts}|{ctx.pick(['A', 'W'])}")
    if ins:
        segs.append(in1_segment(p))
    return "\r".join(segs) + "\r"


def hl7_as_text(h):
    return "\n".join(x for x in h.split("\r") if x)


def hl7_alert(ctx):
    p = ctx.patient(lo=18, hi=95)
    doc = ctx.doc()
    if ctx.chance(0.5):
        res = panel_results(ctx, ctx.pick(list(PANELS)), 1)
        h = oru_lab(ctx, p, res, doc, ctx.pick(["mrn", "lab"]))
        what = "ORU^R01"
    else:
        ev = ctx.pick(["A01", "A04", "A08", "A03"])
        dx = ctx.pick(["pna", "hf", "chestpain", "cellulitis", "sepsis", None])
        h = adt_message(ctx, p, ev, doc, dx=dx, ins=ctx.chance(0.6), ident=ctx.pick(["mrn", "both"]), ssn=ctx.chance(0.5))
        what = f"ADT^{ev}"
    chan = ctx.pick(["LAB_ORU_IN", "RESULTS_TO_PORTAL"]) if what.startswith("ORU") else ctx.pick(["ADT_OUT_HIE", "ADT_TO_BEDBOARD"])
    err = ctx.pick(["PID-7 date of birth failed validation", "OBX-6 unit not in dictionary", "PV1-3 location not mapped",
                    "Message rejected by downstream: AE - patient not found", "Timeout waiting for ACK (30s)"])
    head = [("h", "Interface Engine Alert"),
            ("kv", [("Channel", chan), ("Message type", what), ("Error", err),
                    ("Time", ctx.dt.strftime("%Y-%m-%d %H:%M:%S")), ("Retry", ctx.pick(["3 of 3 - queued for review", "suspended"]))])]
    blocks = head + [("line", "Message content:"), ("pre", hl7_as_text(h)),
                     ("p", "This is an automated message from the integration engine. Do not reply.")]
    cover = head + [("p", "The failed message is attached. This is an automated message from the integration engine. Do not reply.")]
    note = f"HL7 {what} message with PID for {p.name} (DOB, MRN{'/member id' if 'RHP' in h else ''}) pasted/attached to an interface alert"
    return Content(ctx.pick(["Interface alert", f"[ALERT] {chan}", "Message error", "Integration engine notification"]),
                   ("Integration Engine", f"ie-alerts@{ORG}"), [("Interface Team", f"interfaces@{ORG}")], blocks, note,
                   cover=cover, title="Interface Alert", fname=ctx.pick([f"msg_{ctx.rng.randrange(10**6, 10**7)}", "failed_message", chan.lower()]),
                   hl7=h, profile="system")


def hl7_analyst(ctx):
    p = ctx.patient(lo=20, hi=90)
    doc = ctx.doc()
    analyst = ctx.staff("Integration Analyst", "Information Services")
    vendor = ctx.partner(PARTNERS[4])
    res = panel_results(ctx, ctx.pick(["diabetes", "renal", "lipid", "cardiac"]), 1)
    h = oru_lab(ctx, p, res, doc, ctx.pick(["mrn", "lab"]))
    blocks = [greet(ctx, vendor.first),
              ("p", ctx.pick(["Here's the ORU that didn't post to the chart. Can you check OBX-6? I think the unit changed on your side.",
                              "This result came through with the wrong ordering provider - raw message below.",
                              "Resending the message from this morning; our engine shows it ACKed but it never filed."])),
              ("pre", hl7_as_text(h))]
    cover = [greet(ctx, vendor.first), ("p", "Attaching the raw message that failed - can you take a look?")]
    blocks = finish(ctx, blocks, analyst, external=False)
    cover = finish(ctx, cover, analyst)
    note = f"Raw HL7 ORU with PID ({p.name}, DOB) and lab OBX values sent to a vendor"
    return Content(ctx.pick(["Message not filing", "ORU issue", "Ticket 44812", "Result didn't post"]), analyst.addr(),
                   [vendor.addr(1)], blocks, note, cover=cover, title="HL7 message", fname=ctx.pick(["oru_sample", "message", "raw"]),
                   hl7=h)


def hl7_batch(ctx):
    msgs = []
    names = []
    for _ in range(ctx.rng.randrange(2, 5)):
        p = ctx.patient(lo=18, hi=95)
        names.append(p.name)
        msgs.append(adt_message(ctx, p, ctx.pick(["A01", "A03", "A08", "A04"]), ctx.doc(),
                                dx=ctx.pick(["pna", "hf", "nstemi", "uti", "copd_ex", None]), ins=ctx.chance(0.5),
                                ident=ctx.pick(["mrn", "both"]), ssn=ctx.chance(0.4), nk1=ctx.chance(0.5)))
    h = "".join(msgs)
    a = ctx.staff("Integration Analyst", "Information Services")
    b = ctx.staff("Clinical Applications Analyst", "Information Services")
    blocks = [greet(ctx, b.first), ("p", ctx.pick(["Sample ADT feed from prod for the bed board mapping work (pulled from the 2am batch).",
                                                   "Here are the messages that hit the error queue overnight."])),
              ("pre", hl7_as_text(h).replace("\nMSH", "\n\nMSH"))]
    cover = [greet(ctx, b.first), ("p", "Attached is the batch from the overnight queue. Please don't forward outside IS.")]
    note = f"Batch of {len(msgs)} HL7 ADT messages with PID segments (e.g. {names[0]}) and PV1/DG1"
    return Content(ctx.pick(["ADT sample", "Overnight queue", "Feed sample"]), a.addr(), [b.addr()], finish(ctx, blocks, a, short=True),
                   note, cover=finish(ctx, cover, a, short=True), title="ADT batch", fname=ctx.pick(["adt_batch", "queue_dump"]), hl7=h)


def hl7_rad(ctx):
    p = ctx.patient(lo=18, hi=90)
    rad = ctx.doc("Diagnostic Radiology")
    exam, findings, impression = ctx.pick(IMAGING)[:3]
    ctl = str(ctx.rng.randrange(10**8, 10**9))
    segs = [msh(ctx, "ORU^R01^ORU_R01", ctl, app="RADIANT", rapp="EPIC"), pid_segment(p, ctx.pick(["mrn", "both"])),
            f"OBR|1|{ctl[:7]}|{ctl[2:]}|{exam[1]}^{exam[0]}^C4|||{hl7_ts(ctx.local)}|||||||||{rad.npi}^{asciify(rad.last).upper()}||||||{hl7_ts(ctx.local)}|RAD|F"]
    for i, ln in enumerate(["EXAM: " + exam[0], "FINDINGS: " + findings, "IMPRESSION: " + impression], 1):
        segs.append(f"OBX|{i}|TX|{exam[1]}&GDT^{exam[0]}^C4||{ln}||||||F")
    h = "\r".join(segs) + "\r"
    a = ctx.staff("Integration Analyst", "Information Services")
    blocks = [greet(ctx, "team"), ("p", "Radiology result that went to the wrong provider inbox - raw message below for the RCA."),
              ("pre", hl7_as_text(h))]
    note = f"HL7 radiology ORU with PID for {p.name} and report text ({exam[0]})"
    return Content(ctx.pick(["RCA - misrouted result", "Routing issue", "FW: misfiled"]), a.addr(), [("IS Integration", f"is-integration@{ORG}")],
                   finish(ctx, blocks, a), note, cover=finish(ctx, [greet(ctx, "team"), ("p", "Raw message attached for the RCA.")], a),
                   title="Radiology ORU", fname="rad_oru", hl7=h)


# ---- ccda -----------------------------------------------------------------------------

CDA_TYPES = {
    "ccd": ("2.16.840.1.113883.10.20.22.1.2", "34133-9", "Summarization of Episode Note", "Continuity of Care Document"),
    "dc": ("2.16.840.1.113883.10.20.22.1.8", "18842-5", "Discharge summary", "Discharge Summary"),
    "ref": ("2.16.840.1.113883.10.20.22.1.14", "57133-1", "Referral note", "Referral Note"),
    "enc": ("2.16.840.1.113883.10.20.22.1.2", "34133-9", "Summarization of Episode Note", "Encounter Summary"),
}


def cda_xml(ctx, p, author, dtype, problems, meds, results, with_mrn=True, placeholders=False):
    tid, code, disp, title = CDA_TYPES[dtype]
    X = xesc
    eff = ctx.dt.strftime("%Y%m%d%H%M%S%z")
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>',
         '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
         '  <realmCode code="US"/>',
         '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
         '  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
         f'  <templateId root="{tid}" extension="2015-08-01"/>',
         f'  <id root="{guid(ctx.rng)}"/>',
         f'  <code code="{code}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{disp}"/>',
         f'  <title>{title}</title>',
         f'  <effectiveTime value="{eff}"/>',
         '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>',
         '  <languageCode code="en-US"/>',
         '  <recordTarget>', '    <patientRole>']
    if placeholders:
        L.append('      <id root="2.16.840.1.113883.3.7204.1.1" extension="{{mrn}}" assigningAuthorityName="Riverside Health MRN"/>')
        L += ['      <addr use="HP"><streetAddressLine>{{street}}</streetAddressLine><city>{{city}}</city>'
              '<state>{{state}}</state><postalCode>{{zip}}</postalCode><country>US</country></addr>',
              '      <telecom value="tel:{{phone}}" use="HP"/>', '      <patient>',
              '        <name use="L"><given>{{given_name}}</given><family>{{family_name}}</family></name>',
              '        <administrativeGenderCode code="{{sex}}" codeSystem="2.16.840.1.113883.5.1"/>',
              '        <birthTime value="{{birth_date_yyyymmdd}}"/>', '      </patient>']
    else:
        if with_mrn:
            L.append(f'      <id root="2.16.840.1.113883.3.7204.1.1" extension="{p.mrn}" assigningAuthorityName="Riverside Health MRN"/>')
        else:
            L.append(f'      <id root="2.16.840.1.113883.3.8851.2" extension="{ctx.rng.randrange(10**6, 10**7)}" assigningAuthorityName="Lakeside Family Practice"/>')
        ph = re.sub(r"\D", "", p.phone)
        L += [f'      <addr use="HP"><streetAddressLine>{X(p.street)}</streetAddressLine><city>{X(p.city)}</city>'
              f'<state>{p.state}</state><postalCode>{p.zip}</postalCode><country>US</country></addr>',
              f'      <telecom value="tel:+1-{ph[:3]}-{ph[3:6]}-{ph[6:]}" use="HP"/>', '      <patient>',
              f'        <name use="L"><given>{X(p.first)}</given><given>{p.middle}</given><family>{X(p.last)}</family></name>',
              f'        <administrativeGenderCode code="{p.sex}" codeSystem="2.16.840.1.113883.5.1" displayName="{"Female" if p.sex == "F" else "Male"}"/>',
              f'        <birthTime value="{fmt_date(p.dob, "hl7")}"/>',
              '        <languageCommunication><languageCode code="en"/></languageCommunication>', '      </patient>']
    L += ['    </patientRole>', '  </recordTarget>',
          '  <author>', f'    <time value="{eff}"/>', '    <assignedAuthor>',
          f'      <id root="2.16.840.1.113883.4.6" extension="{author.npi}"/>',
          f'      <assignedPerson><name><given>{X(author.first)}</given><family>{X(author.last)}</family>'
          f'<suffix>{author.cred}</suffix></name></assignedPerson>',
          '    </assignedAuthor>', '  </author>',
          '  <custodian><assignedCustodian><representedCustodianOrganization>',
          f'    <id root="2.16.840.1.113883.4.6" extension="{"1588667638" if getattr(author, "domain", ORG) == ORG else "1932176047"}"/>'
          f'<name>{X("Riverside Health" if getattr(author, "domain", ORG) == ORG else author.dept)}</name>',
          '  </representedCustodianOrganization></assignedCustodian></custodian>',
          '  <component>', '    <structuredBody>']

    def section(tid_, code_, name_, title_, headers, rows, entries):
        S = ['      <component>', '        <section>', f'          <templateId root="{tid_}" extension="2015-08-01"/>',
             f'          <code code="{code_}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{name_}"/>',
             f'          <title>{title_}</title>', '          <text>', '            <table border="1">',
             '              <thead><tr>' + "".join(f"<th>{X(h)}</th>" for h in headers) + '</tr></thead>', '              <tbody>']
        S += ['                <tr>' + "".join(f"<td>{X(c)}</td>" for c in r) + '</tr>' for r in rows]
        S += ['              </tbody>', '            </table>', '          </text>']
        S += entries
        S += ['        </section>', '      </component>']
        return S

    if placeholders:
        prob_rows = [["{{problem_name}}", "{{icd10_code}}", "{{status}}"]]
        prob_entries = ['          <!-- one entry per problem: value xsi:type="CD" code="{{icd10_code}}" -->']
    else:
        prob_rows = [[ICD[k][1], ICD[k][0], "Active"] for k in problems]
        prob_entries = []
        for k in problems:
            prob_entries += ['          <entry typeCode="DRIV"><act classCode="ACT" moodCode="EVN">',
                             '            <templateId root="2.16.840.1.113883.10.20.22.4.3" extension="2015-08-01"/>',
                             '            <statusCode code="active"/>',
                             '            <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">',
                             '              <templateId root="2.16.840.1.113883.10.20.22.4.4" extension="2015-08-01"/>',
                             '              <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>',
                             f'              <value xsi:type="CD" code="{ICD[k][0]}" codeSystem="2.16.840.1.113883.6.90" '
                             f'codeSystemName="ICD-10-CM" displayName="{X(ICD[k][1])}"/>',
                             '            </observation></entryRelationship>', '          </act></entry>']
    L += section("2.16.840.1.113883.10.20.22.2.5.1", "11450-4", "Problem list", "Problems",
                 ["Problem", "ICD-10-CM", "Status"], prob_rows, prob_entries)
    if placeholders:
        med_rows = [["{{medication}}", "{{dose}}", "{{directions}}"]]
        med_entries = []
    else:
        med_rows = [[m[0], m[1], m[2]] for m in meds]
        med_entries = []
        for m in meds:
            med_entries += ['          <entry typeCode="DRIV"><substanceAdministration classCode="SBADM" moodCode="INT">',
                            '            <templateId root="2.16.840.1.113883.10.20.22.4.16" extension="2014-06-09"/>',
                            '            <consumable><manufacturedProduct classCode="MANU">',
                            '              <templateId root="2.16.840.1.113883.10.20.22.4.23" extension="2014-06-09"/>',
                            f'              <manufacturedMaterial><code code="{m[3]}" codeSystem="2.16.840.1.113883.6.88" '
                            f'codeSystemName="RxNorm" displayName="{X(m[0] + " " + m[1])}"/></manufacturedMaterial>',
                            '            </manufacturedProduct></consumable>', '          </substanceAdministration></entry>']
    L += section("2.16.840.1.113883.10.20.22.2.1.1", "10160-0", "History of Medication use Narrative", "Medications",
                 ["Medication", "Strength", "Directions"], med_rows, med_entries)
    if results or placeholders:
        if placeholders:
            rrows = [["{{test_name}}", "{{value}}", "{{unit}}", "{{reference_range}}"]]
            rentries = []
        else:
            rrows = [[r[0], r[1], r[2], r[3]] for r in results]
            rentries = []
            for r in results:
                rentries += ['          <entry typeCode="DRIV"><observation classCode="OBS" moodCode="EVN">',
                             '            <templateId root="2.16.840.1.113883.10.20.22.4.2" extension="2015-08-01"/>',
                             f'            <code code="{r[5]}" codeSystem="2.16.840.1.113883.6.1" displayName="{X(r[0])}"/>',
                             f'            <value xsi:type="PQ" value="{r[1]}" unit="{X(r[2] or "1")}"/>',
                             f'            <interpretationCode code="{r[4] or "N"}" codeSystem="2.16.840.1.113883.5.83"/>',
                             '          </observation></entry>']
        L += section("2.16.840.1.113883.10.20.22.2.3.1", "30954-2", "Relevant diagnostic tests/laboratory data Narrative",
                     "Results", ["Test", "Value", "Unit", "Reference range"], rrows, rentries)
    L += ['    </structuredBody>', '  </component>', '</ClinicalDocument>']
    return "\n".join(L) + "\n"


def cda_blocks(p, title, problems, meds, results, with_mrn):
    kv = [("Patient", p.name), ("Date of birth", fmt_date(p.dob, "long")), ("Sex", "Female" if p.sex == "F" else "Male"),
          ("Address", p.address)]
    if with_mrn:
        kv.insert(1, ("MRN", p.mrn))
    blocks = [("h", title), ("kv", kv), ("h", "Problems"),
              ("table", ["Problem", "ICD-10-CM", "Status"], [[ICD[k][1], ICD[k][0], "Active"] for k in problems]),
              ("h", "Medications"), ("table", ["Medication", "Strength", "Directions"], [[m[0], m[1], m[2]] for m in meds])]
    if results:
        blocks += [("h", "Results"), res_table(results, with_flag=False)]
    return blocks


def ccda_doc(ctx):
    variant = ctx.pick(["direct", "hie", "transfer", "referral"])
    p = ctx.patient(lo=68, hi=95) if variant == "transfer" else ctx.patient(lo=2, hi=90)
    dtype = {"direct": "ccd", "hie": "enc", "transfer": "dc", "referral": "ref"}[variant]
    problems = ctx.rng.sample(["dm2", "htn", "hld", "asthma", "ckd3", "afib", "hf", "dep", "gerd", "hypothyroid", "osa"],
                              ctx.rng.randrange(2, 5))
    meds = ctx.rng.sample(MEDS, ctx.rng.randrange(2, 5))
    results = panel_results(ctx, ctx.pick(list(PANELS)), 1) if ctx.chance(0.7) else []
    with_mrn = variant in ("transfer", "referral")
    if variant == "direct":
        part = PARTNERS[1]
        author = Worker(ctx.rng, "Physician", part[0], domain=part[1], cred="MD", npi=True)
        sender, to, profile = (f"{author.name} (via Direct)", f"{slug(author.first)}.{slug(author.last)}@direct.{part[1]}"), \
            [("Riverside HIM Inbox", f"him.direct@{ORG}")], "inbound"
        cover = [("p", ctx.pick(["Please find the attached clinical summary for our mutual patient.",
                                 "This message was sent securely via Direct. The attached document contains a clinical summary."])),
                 ("sig", [author.full, part[0]])]
        subj = ctx.pick(["Clinical summary", "Direct message", "Summary of care"])
    elif variant == "hie":
        author = Worker(ctx.rng, "Physician", PARTNERS[1][0], domain=PARTNERS[1][1], cred="DO", npi=True)
        sender, to, profile = ("Ohio Health Information Exchange", "notifications@ohie.example.org"), [ctx.doc().addr()], "inbound"
        cover = [("p", "An encounter summary has been made available for a patient on your panel. The document is attached."),
                 ("p", "Please do not reply to this automated notification.")]
        subj = ctx.pick(["Encounter notification", "New document available", "HIE notification"])
    elif variant == "transfer":
        author = ctx.doc("Hospitalist")
        cm = ctx.nurse("Care Management")
        snf = ctx.partner(PARTNERS[0])
        sender, to, profile = cm.addr(), [snf.addr(1)], "internal"
        cover = [greet(ctx, snf.first), ("p", "Attached is the transfer document for tomorrow's admission to your facility, "
                                              "as requested."), sig_block(ctx, cm)]
        subj = ctx.pick(["Transfer packet", "For tomorrow", "Documents"])
    else:
        author = ctx.doc("Family Medicine")
        spec = ctx.partner(PARTNERS[2])
        sender, to, profile = author.addr(), [spec.addr(1)], "internal"
        cover = [greet(ctx, spec.first), ("p", "Referral note attached in C-CDA format for your EHR import."), sig_block(ctx, author, True)]
        subj = ctx.pick(["Referral note", "C-CDA", "Records"])
    xml = cda_xml(ctx, p, author, dtype, problems, meds, results, with_mrn)
    title = CDA_TYPES[dtype][3]
    blocks = cda_blocks(p, title, problems, meds, results, with_mrn)
    note = (f"C-CDA {title} with recordTarget for {p.name} (DOB{', MRN' if with_mrn else ''}), problems "
            f"({ICD[problems[0]][0]}), medications")
    return Content(subj, sender, to, blocks, note, cover=cover, title=title,
                   fname=ctx.pick(["CCD", "summary", "document", f"{title.replace(' ', '_')}", "C-CDA_export"]), xml=xml,
                   profile=profile)


# ---- imaging --------------------------------------------------------------------------

IMAGING = [
    (("CT angiography chest (PE protocol)", "71275"), "Filling defects in the right lower lobe segmental and subsegmental "
     "pulmonary arteries. RV/LV ratio 0.8. No pleural effusion.", "Acute right lower lobe pulmonary emboli without CT evidence of right heart strain."),
    (("MRI lumbar spine without contrast", "72148"), "L4-L5 broad-based disc protrusion with moderate left subarticular "
     "narrowing contacting the descending left L5 nerve root. Mild facet arthropathy.", "L4-L5 disc protrusion with left L5 nerve root contact."),
    (("Ultrasound abdomen, right upper quadrant", "76705"), "Gallbladder contains multiple shadowing stones with wall "
     "thickening to 5 mm and a positive sonographic Murphy sign. CBD 4 mm.", "Findings compatible with acute calculous cholecystitis."),
    (("Chest radiograph, 2 views", "71046"), "Right lower lobe airspace opacity. No pneumothorax. Heart size normal.",
     "Right lower lobe pneumonia. Follow-up radiograph in 6-8 weeks to document resolution."),
    (("Screening mammogram, bilateral with tomosynthesis", "77067"), "Heterogeneously dense breasts. New 9 mm irregular "
     "mass in the left breast upper outer quadrant at 2 o'clock, middle depth.", "BI-RADS 0: incomplete. Diagnostic mammogram and ultrasound recommended."),
    (("CT head without contrast", "70450"), "Crescentic hyperdense extra-axial collection along the right convexity measuring "
     "9 mm with 4 mm leftward midline shift.", "Acute right subdural hematoma with mass effect."),
    (("MRI brain with and without contrast", "70553"), "Multiple periventricular and juxtacortical T2/FLAIR hyperintensities, "
     "two with enhancement.", "Findings consistent with demyelinating disease with active lesions."),
    (("DEXA bone density", "77080"), "Lumbar spine T-score -2.7. Left femoral neck T-score -2.1.", "Osteoporosis."),
]


def img_report(ctx):
    p = ctx.patient(lo=25, hi=90)
    (exam, cpt), findings, impression = ctx.pick(IMAGING)
    if "mammogram" in exam:
        p = ctx.patient(sex="F", lo=40, hi=75)
    rad = ctx.doc("Diagnostic Radiology")
    ordering = ctx.doc()
    acc = f"A{ctx.rng.randrange(10**7, 10**8)}"
    kv = [("Patient", p.rev), ("DOB", fmt_date(p.dob, "us"))]
    if ctx.chance(0.6):
        kv.append(("MRN", p.mrn))
    kv += [("Accession", acc), ("Exam", exam), ("Exam date", fmt_date(ctx.day(-2, 0), "us")), ("Ordering", ordering.full)]
    hist = ctx.pick(["Shortness of breath, tachycardia.", "Back pain radiating to the left leg.", "RUQ pain, fever.",
                     "Cough and fever.", "Routine screening.", "Fall, headache.", "Numbness and visual changes.", "Postmenopausal."])
    blocks = [("h", "RADIOLOGY REPORT"), ("kv", kv), ("p", f"CLINICAL HISTORY: {hist}"),
              ("p", f"COMPARISON: {ctx.pick(['None.', 'Prior study from 2022.', 'Outside CT, report only.'])}"),
              ("p", f"FINDINGS: {findings}"), ("p", f"IMPRESSION: {impression}"),
              ("line", f"Electronically signed by {rad.full} on {ctx.dt.strftime('%m/%d/%Y %H:%M')}")]
    cover = [greet(ctx, ordering.dr), ("p", "Report attached, as requested by your office."), sig_block(ctx, rad, True)]
    full = finish(ctx, [greet(ctx, ordering.dr), ("p", ctx.pick(["Final read below.", "Report pasted below - called your nurse as well."]))] + blocks, rad, short=True)
    ctl = str(ctx.rng.randrange(10**8, 10**9))
    segs = [msh(ctx, "ORU^R01^ORU_R01", ctl, app="RADIANT", rapp="EPIC"), pid_segment(p, "mrn"),
            f"OBR|1|{acc}|{ctl}|{cpt}^{exam}^C4|||{hl7_ts(ctx.local)}|||||||||{ordering.npi}^{asciify(ordering.last).upper()}||||||{hl7_ts(ctx.local)}|RAD|F"]
    for i, ln in enumerate([f"FINDINGS: {findings}", f"IMPRESSION: {impression}"], 1):
        segs.append(f"OBX|{i}|TX|{cpt}&GDT^{exam}^C4||{ln}||||||F")
    note = f"Radiology report for {p.name} with DOB: {exam}, impression '{impression[:45]}...'"
    buf = io.StringIO()
    cw = csv.writer(buf, lineterminator="\r\n")
    cw.writerow([k for k, _ in kv] + ["Findings", "Impression"])
    cw.writerow([v for _, v in kv] + [findings, impression])
    return Content(ctx.pick(["Report", "Final read", "Imaging report", "Your patient's study"]), rad.addr(), [ordering.addr()],
                   full, note, cover=cover, title="Radiology Report", fname=ctx.pick(["report", acc, "rad_report"]),
                   hl7="\r".join(segs) + "\r", xml_root="RadiologyReport", csv=buf.getvalue(),
                   hl7_note=f"HL7 radiology ORU for {p.name} (PID with MRN, DOB): {exam}, impression '{impression[:40]}...'")


def img_critical(ctx):
    p = ctx.patient(lo=20, hi=92)
    (exam, cpt), findings, impression = ctx.pick([IMAGING[0], IMAGING[5], IMAGING[2]])
    rad = ctx.doc("Diagnostic Radiology")
    ed = ctx.doc("Emergency Medicine")
    kv = [("Patient", p.name), ("Location", ctx.pick(["ED 14", "ED 22", "4N-418", "ICU-06"])), ("Exam", exam),
          ("Critical finding", impression), ("Communicated to", ed.full), ("Time", ctx.dt.strftime("%H:%M")),
          ("Method", "Phone, read-back confirmed")]
    blocks = [("h", "CRITICAL RESULT COMMUNICATION"), ("kv", kv),
              ("p", "Documentation copy for the radiology critical results log.")]
    blocks = finish(ctx, blocks, rad, short=True)
    note = f"Critical imaging finding for named patient {p.name}: {impression[:50]}"
    return Content(ctx.pick(["Critical result", "Crit comm", "Documentation"]), rad.addr(), [("Radiology QA", f"rad.qa@{ORG}")],
                   blocks, note, title="Critical Result Communication", fname="critical_result", xml_root="CriticalResult")


def img_protocol(ctx):
    p = ctx.patient(lo=20, hi=75)
    tech = ctx.staff("MRI Technologist", "Riverside Imaging Center – North")
    rad = ctx.doc("Diagnostic Radiology")
    cr = f"{ctx.rng.uniform(0.6, 1.3):.1f}"
    blocks = [greet(ctx, rad.dr),
              ("p", f"MRI brain w/ and w/o ordered for {p.name} - hx of {ctx.pick(['MS', 'migraine with new aura', 'breast cancer (r/o mets)'])}. "
                    f"Last creatinine {cr} on {fmt_date(ctx.day(-40, -5), 'short')}, eGFR > 60. "
                    f"{ctx.pick(['No pacemaker per screening form.', 'Has a cochlear implant - MR conditional per card, see scan.', 'Claustrophobic, ordering provider gave lorazepam.'])} "
                    "OK to protocol as routine gad?"), sig_block(ctx, tech, True)]
    note = f"Imaging protocol question for named patient {p.name} with history and creatinine"
    return Content(ctx.pick(["Protocol?", "MRI question", "Quick q"]), tech.addr(), [rad.addr()], blocks, note,
                   title="Protocol question", fname="protocol")


def img_callback(ctx):
    p = ctx.patient(sex="F", lo=40, hi=74)
    d = ctx.day(-10, -3)
    nav = ctx.nurse("Breast Health Center")
    blocks = [("line", f"{p.name}"), ("line", p.street), ("line", f"{p.city}, {p.state} {p.zip}"), ("line", ""),
              ("line", f"Dear Ms. {p.last},"),
              ("p", f"Thank you for having your screening mammogram at Riverside Imaging Center on {fmt_date(d, 'long')}. "
                    "The radiologist would like additional pictures of one area to complete the evaluation (BI-RADS 0). "
                    "This is common - most callbacks turn out not to be cancer."),
              ("p", f"We have reserved a diagnostic mammogram and breast ultrasound for you on {fmt_date(ctx.day(3, 10), 'wd')}. "
                    f"Please call {clinic_phone(ctx.rng)} to confirm."),
              ("p", "A letter with the same information is being mailed to your home address.")]
    blocks = finish(ctx, blocks, nav)
    note = f"Mammography callback letter to named patient {p.name} (BI-RADS 0, follow-up imaging)"
    return Content(ctx.pick(["Your mammogram", "Follow-up imaging", "Breast Health Center"]), nav.addr(1), [(p.name, p.email)],
                   blocks, note, title="Mammography Result", fname="mammo_letter")


# ---- label (PHI sensitivity label on an innocuous message) ----------------------------

LABEL_NOTE = "Innocuous body, but the message carries the Confidential - PHI sensitivity label (GUID 6f1e2a4c-...)"


def lbl_lunch(ctx):
    a, b = ctx.staff(ctx.pick(["Unit Secretary", "Office Coordinator"]), "4 North"), ctx.nurse()
    blocks = [greet(ctx, ctx.pick(["all", "team", "everyone"])),
              ("p", ctx.pick(["Pizza is here in the 4th floor conference room. Grab it while it's hot!",
                              "Lunch for the staff meeting is set up in room 4107 - sandwiches and salads.",
                              "Reminder that the potluck is Friday. Sign-up sheet is on the break room fridge."]))]
    rows = [[ctx.pick(["Cheese", "Pepperoni", "Veggie", "Buffalo chicken"]), str(ctx.rng.randrange(1, 5))] for _ in range(4)]
    blocks.append(("table", ["Item", "Qty"], rows))
    blocks = finish(ctx, blocks, a, short=True)
    return Content(ctx.pick(["Lunch", "Food!", "Potluck", "Conference room"]), a.addr(), [("4N Staff", f"4n.staff@{ORG}")],
                   blocks, LABEL_NOTE, title="Lunch order", fname="lunch_order")


def lbl_huddle(ctx):
    mgr = ctx.staff("Nurse Manager", ctx.pick(["Cardiology Clinic", "5 South", "Endoscopy"]))
    items = ctx.rng.sample(["Next huddle Thursday at 8:15 in the small conference room.",
                            "The supply closet moved to room 4107.",
                            "Annual competencies are due by the end of the month.",
                            "Please welcome our new unit secretary, who starts Monday.",
                            "Badge readers on the east doors are being replaced Tuesday.",
                            "The glucometer docking station by room 12 is back in service."], 4)
    blocks = [greet(ctx, "team"), ("p", "Thanks for joining the huddle this morning. Quick recap:"), ("list", items)]
    blocks = finish(ctx, blocks, mgr)
    return Content(ctx.pick(["Huddle recap", "Notes from this morning", "Recap"]), mgr.addr(), [("Unit Staff", f"unit.staff@{ORG}")],
                   blocks, LABEL_NOTE, title="Huddle notes", fname="huddle_notes")


def lbl_thanks(ctx):
    a, b = ctx.staff("Quality Analyst", "Quality"), ctx.staff("Program Manager", "Quality")
    orig = [greet(ctx, a.first), ("p", ctx.pick(["Can you send me the updated slides before the 3:00?",
                                                 "Did the room booking for Tuesday go through?",
                                                 "Do you have the link for the webinar?"])), sig_block(ctx, b, True)]
    blocks = [("p", ctx.pick(["Got it, thanks!", "Done - sent a few minutes ago.", "Yes, all set. See you there."])),
              sig_block(ctx, a, True), ("quote", {"from": b.addr(1), "sent": ctx.when(20, 300), "to": a.name,
                                                  "subject": "Quick question", "style": "outlook"}, orig)]
    return Content("RE: Quick question", a.addr(), [b.addr()], blocks, LABEL_NOTE, reply=True, title="Reply", fname="reply")


def lbl_agenda(ctx):
    chair = ctx.staff("Director", ctx.pick(["Clinical Operations", "Nursing Quality", "Ambulatory Services"]))
    items = [["8:00", "Welcome and minutes", chair.name], ["8:10", "Staffing update", "Nursing leadership"],
             ["8:30", "Policy review: hand hygiene audit process", "Infection Prevention"],
             ["8:50", "Capital requests FY25", "Finance"], ["9:10", "Open discussion", "All"]]
    blocks = [("h", "Operations Committee - Agenda"), ("kv", [("Date", fmt_date(ctx.day(1, 7), "long")), ("Location", "Board Room B / Teams")]),
              ("table", ["Time", "Item", "Lead"], items)]
    cover = [greet(ctx, "all"), ("p", "Agenda for next week's committee meeting is attached."), sig_block(ctx, chair, True)]
    blocks = finish(ctx, [greet(ctx, "all")] + blocks, chair, short=True)
    return Content(ctx.pick(["Agenda", "Next week", "Committee meeting"]), chair.addr(), [("Ops Committee", f"ops.committee@{ORG}")],
                   blocks, LABEL_NOTE, cover=cover, title="Operations Committee Agenda", fname="agenda")


def lbl_callme(ctx):
    a, b = ctx.doc(), ctx.nurse()
    blocks = [("p", ctx.pick(["Call me when you get a chance.", "Can you give me a ring on my cell?",
                              "Stop by my office after rounds?", "Are you around at 4?"])), ("sig", [a.first])]
    return Content(ctx.pick(["Call me", "Quick", "(no subject)", "?"]), a.addr(), [b.addr()], blocks, LABEL_NOTE, title="Note",
                   fname="note")


# ---- mbi ------------------------------------------------------------------------------

def mbi_update(ctx):
    p = ctx.patient(lo=65, hi=94)
    dashed = ctx.chance(0.5)
    a = ctx.staff("Patient Access Representative", "Registration")
    b = ctx.staff("Insurance Verification Specialist", "Patient Financial Services")
    pa = ctx.day(-900, -30)
    blocks = [greet(ctx, b.first),
              ("p", f"Please add Medicare to {p.name}'s account ({ctx.pick(['DOB ' + fmt_date(p.dob, 'us'), 'MRN ' + p.mrn, 'seen in clinic today'])}). "
                    f"MBI {fmt_mbi(p.mbi, dashed)}, Part A effective {fmt_date(pa.replace(day=1), 'us')}, Part B effective "
                    f"{fmt_date(pa.replace(day=1), 'us')}. {p.he.capitalize()} turned 65 and the Medicare card was scanned at check-in."),
              ("p", ctx.pick(["Commercial plan termed at the end of last month.", "Keep the supplement as secondary.", "No secondary on file."]))]
    blocks = finish(ctx, blocks, a)
    note = f"Medicare Beneficiary Identifier for patient {p.name} in a registration update"
    return Content(ctx.pick(["Insurance update", "Add Medicare", "Coverage change", "Account update"]), a.addr(), [b.addr()], blocks,
                   note, title="Coverage update", fname="coverage_update")


def mbi_elig(ctx):
    p = ctx.patient(lo=65, hi=96)
    dashed = ctx.chance(0.3)
    kv = [("Beneficiary", f"{p.last.upper()}, {p.first.upper()}"), ("MBI", fmt_mbi(p.mbi, dashed)),
          ("Date of birth", fmt_date(p.dob, "us")), ("Part A", f"Active since {fmt_date(ctx.day(-3000, -400), 'us')}"),
          ("Part B", f"Active since {fmt_date(ctx.day(-3000, -400), 'us')}"),
          ("Medicare Advantage", ctx.pick(["None", "None", "H3655-012 (Great Lakes Mutual MA)"])),
          ("Deductible remaining", money(ctx.rng.randrange(0, 241))), ("Inquiry", ctx.dt.strftime("%m/%d/%Y %H:%M"))]
    blocks = [("h", "Medicare Eligibility Response (271)"), ("kv", kv),
              ("p", "Response generated by the eligibility service for scheduled services.")]
    cover = [("p", "Eligibility response attached for the scheduled visit."), ("p", "This mailbox is not monitored.")]
    note = f"Medicare eligibility response with MBI and DOB for beneficiary {p.name}"
    return Content(ctx.pick(["Eligibility response", "271 response", "Coverage verified"]),
                   ("Eligibility Service", f"eligibility@{ORG}"), [("Patient Access", f"patientaccess@{ORG}")], blocks, note,
                   cover=cover, title="Medicare Eligibility Response", fname=ctx.pick(["271_response", "eligibility"]),
                   profile="system", xml_root="EligibilityResponse")


def mbi_abn(ctx):
    p = ctx.patient(lo=66, hi=90)
    lab = ctx.staff("Outpatient Lab Lead", "Outpatient Laboratory")
    bill = ctx.staff("Billing Specialist", "Patient Financial Services")
    kv = [("Beneficiary", p.name), ("Medicare number (MBI)", fmt_mbi(p.mbi, ctx.chance(0.5))),
          ("Services", ctx.pick(["Vitamin D, 25-hydroxy (82306)", "Lipid panel (80061), screening frequency exceeded",
                                 "PSA screening (G0103)"])),
          ("Estimated cost", money(ctx.rng.randrange(30, 120))), ("Option chosen", "Option 1 - bill Medicare, responsible if denied"),
          ("Signed", fmt_date(ctx.date, "us"))]
    blocks = [greet(ctx, bill.first), ("p", "ABN signed at the Eastgate draw station today - details below so the claim gets the GA modifier."),
              ("kv", kv)]
    blocks = finish(ctx, blocks, lab)
    note = f"Advance Beneficiary Notice for {p.name} with MBI and the lab services"
    return Content(ctx.pick(["ABN", "ABN on file", "Modifier needed"]), lab.addr(), [bill.addr()], blocks, note,
                   title="ABN", fname="abn", xml_root="ABN")


def mbi_thread(ctx):
    p = ctx.patient(lo=66, hi=93)
    a = ctx.staff("Billing Specialist", "Patient Financial Services")
    b = ctx.staff("Coding Supervisor", "Patient Financial Services")
    orig = [greet(ctx, b.first), ("p", f"Which Medicare number should we bill for {p.name}? The claim for {p.his} "
                                       f"{ctx.pick(['cataract surgery', 'office visit', 'PT evaluation'])} rejected - the old number on the account is no longer valid."),
            sig_block(ctx, a, True)]
    top = [("p", f"Use the MBI from the card we scanned last week: {fmt_mbi(p.mbi, ctx.chance(0.5))}. I updated the account; go ahead and rebill."),
           sig_block(ctx, b, True)]
    blocks = top + [("quote", {"from": a.addr(1), "sent": ctx.when(60, 1500), "to": b.name, "subject": "Medicare number",
                               "style": "outlook"}, orig)]
    note = f"Thread giving the MBI for patient {p.name} to rebill a claim"
    return Content("RE: Medicare number", b.addr(), [a.addr()], blocks, note, reply=True, title="Medicare number", fname="mbi")


# ======================================================================================
# Hard negatives
# ======================================================================================

SPECIALTY_SITE = {"Cardiology": "Riverside Cardiology", "Endocrinology, Diabetes & Metabolism": "Riverside Endocrinology",
                  "Orthopaedic Surgery": "Riverside Orthopedics & Sports Medicine", "Gastroenterology": "Riverside GI & Endoscopy Lab",
                  "Neurology": "Riverside Neurology", "Pulmonary Disease": "Riverside Pulmonary & Sleep",
                  "Diagnostic Radiology": "Riverside Imaging Center – North", "Hematology & Oncology": "Riverside Oncology & Infusion",
                  "Obstetrics & Gynecology": "Riverside Women's Health", "Nephrology": "Riverside Nephrology",
                  "Hospitalist": "Main Hospital", "Family Medicine": "Riverside Family Medicine – Eastgate"}


def provider_rows(ctx, n):
    rows, docs = [], []
    for _ in range(n):
        sp = ctx.pick(SPECIALTIES)
        d = ctx.pick([ctx.doc, ctx.app])(sp[0])
        docs.append((d, sp))
        loc = SPECIALTY_SITE.get(sp[0]) or ctx.pick(["Riverside Family Medicine – Eastgate", "Main Hospital", "North Campus"])
        rows.append([f"{d.last}, {d.first}", d.cred, sp[0], d.npi, loc, d.phone])
    return rows, docs


def pd_table(ctx):
    rows, docs = provider_rows(ctx, ctx.rng.randrange(5, 10))
    ms = ctx.staff("Medical Staff Services Coordinator", "Medical Staff Office")
    blocks = [greet(ctx, ctx.pick(["all", "team", "Contact Center team"])),
              ("p", ctx.pick(["Updated provider directory for the Eastgate and North campus clinics. Please use this list "
                              "when booking new-patient visits.",
                              "Attached/below is the current list of providers accepting new patients.",
                              "Directory refresh for the call center scripts - NPIs verified against NPPES this week."])),
              ("table", ["Provider", "Credentials", "Specialty", "NPI", "Location", "Phone"], rows)]
    cover = [greet(ctx, "all"), ("p", "Updated provider directory attached."), sig_block(ctx, ms, True)]
    blocks = finish(ctx, blocks, ms)
    return Content(ctx.pick(["Provider directory", "Directory update", "Accepting new patients", "Updated list"]), ms.addr(),
                   [("Contact Center", f"contactcenter@{ORG}")], blocks,
                   "Provider directory: provider names, specialties and NPIs only; no patient", cover=cover,
                   title="Provider Directory", fname=ctx.pick(["provider_directory", "directory", "providers"]), xml_root="ProviderDirectory")


def pd_welcome(ctx):
    sp = ctx.pick(SPECIALTIES)
    d = ctx.doc(sp[0])
    cmo = ctx.doc("Internal Medicine")
    school = ctx.pick(["the Ohio State University College of Medicine", "Wright State University Boonshoft School of Medicine",
                       "the University of Michigan Medical School", "Howard University College of Medicine"])
    blocks = [greet(ctx, "colleagues"),
              ("p", f"Please join me in welcoming {d.full} to Riverside {sp[0]}. {d.first} completed medical school at {school} "
                    f"and residency at a large academic center, and is board certified in {sp[0].lower()}."),
              ("p", f"{d.dr} is accepting new patients at {SPECIALTY_SITE.get(sp[0], 'Riverside Family Medicine – Eastgate')} "
                    f"starting {fmt_date(ctx.day(7, 30), 'long')}."),
              ("kv", [("NPI", d.npi), ("Taxonomy", sp[1]), ("Scheduling line", clinic_phone(ctx.rng)),
                      ("Referrals", "Epic referral queue or fax " + clinic_phone(ctx.rng))])]
    blocks = finish(ctx, blocks, cmo)
    return Content(ctx.pick(["Welcome", f"Welcome Dr. {d.last}", "New provider"]), cmo.addr(), [("All Medical Staff", f"medstaff@{ORG}")],
                   blocks, "New-provider announcement with the provider's own NPI; no patient information",
                   title="New Provider Announcement", fname="welcome")


def pd_roster(ctx):
    rows = []
    for _ in range(ctx.rng.randrange(4, 8)):
        sp = ctx.pick(SPECIALTIES)
        d = ctx.doc(sp[0])
        rows.append([d.npi, d.last, d.first, d.cred, sp[1], "31-1" + str(ctx.rng.randrange(100000, 999999)),
                     fmt_date(ctx.day(-900, -10), "iso"), ctx.pick(["Y", "Y", "N"])])
    ps = ctx.staff("Payer Enrollment Specialist", "Managed Care")
    payer = ctx.partner(PARTNERS[5])
    blocks = [greet(ctx, payer.first), ("p", "Attached/below is our quarterly provider roster for Great Lakes Mutual. Two "
                                             "adds and one term this quarter."),
              ("table", ["NPI", "Last", "First", "Degree", "Taxonomy", "Group TIN", "Effective", "Accepting"], rows)]
    blocks = finish(ctx, blocks, ps, external=False)
    cover = finish(ctx, [greet(ctx, payer.first), ("p", "Quarterly roster attached.")], ps)
    return Content(ctx.pick(["Quarterly roster", "Roster submission", "Provider roster Q" + str(ctx.rng.randrange(1, 5))]),
                   ps.addr(), [payer.addr(1)], blocks, "Payer roster of provider NPIs/taxonomy/TIN; no patient",
                   cover=cover, title="Provider Roster", fname="roster", xml_root="ProviderRoster")


def pd_mfn(ctx):
    docs = [ctx.doc() for _ in range(ctx.rng.randrange(1, 4))]
    segs = [msh(ctx, "MFN^M02^MFN_M02", str(ctx.rng.randrange(10**9)), app="CREDENTIALING", rapp="EPIC"),
            f"MFI|PRA^Practitioner Master File^HL70175||UPD|||AL"]
    for d in docs:
        segs += [f"MFE|MAD|{ctx.rng.randrange(10**5, 10**6)}|{ctx.dt.strftime('%Y%m%d%H%M')}|{d.npi}^^^NPI|CWE",
                 f"STF|{d.npi}|{d.npi}^^^NPI|{asciify(d.last).upper()}^{asciify(d.first).upper()}^^^^{d.cred}|P|{d.sex}|||A|"
                 f"{d.specialty.upper().replace('&', 'AND')[:20]}||^WPN^PH^^1^{re.sub(r'[^0-9]', '', d.phone)[:3]}^{re.sub(r'[^0-9]', '', d.phone)[3:]}",
                 f"PRA|{d.npi}^^^NPI|RIVERSIDE^Riverside Health|I|{d.specialty.replace('&', chr(92) + 'T' + chr(92))}||{d.npi}^NPI~{d.dea}^DEA"]
    h = "\r".join(segs) + "\r"
    a = ctx.staff("Integration Analyst", "Information Services")
    blocks = [greet(ctx, "team"), ("p", "Test MFN from the credentialing system to the EHR provider master. Message below; "
                                        "PRA-6 carries NPI and DEA."), ("pre", hl7_as_text(h))]
    cover = [greet(ctx, "team"), ("p", "Test MFN from credentialing attached - please confirm the provider records updated.")]
    return Content(ctx.pick(["MFN test", "Provider master feed", "Credentialing interface"]), a.addr(),
                   [("IS Integration", f"is-integration@{ORG}")], finish(ctx, blocks, a), 
                   "HL7 MFN practitioner master file: provider NPI/DEA only; no PID or patient",
                   cover=finish(ctx, cover, a), title="MFN", fname="mfn_test", hl7=h)


def pn_dea(ctx):
    d = ctx.doc()
    exp = ctx.day(20, 90)
    ms = ctx.staff("Credentialing Specialist", "Medical Staff Office")
    blocks = [("line", f"Dear {d.dr},"),
              ("p", f"Our records show that your DEA registration {d.dea} expires on {fmt_date(exp, 'long')}. Please renew "
                    "online through the DEA Diversion Control Division at least 45 days before expiration and send a copy "
                    "of the new certificate to the Medical Staff Office."),
              ("p", "Prescribing privileges for Schedule II-V controlled substances (for example oxycodone, hydrocodone "
                    "and lorazepam) will be suspended in the EHR if the registration lapses."),
              ("kv", [("Provider", d.full), ("NPI", d.npi), ("DEA", d.dea), ("Expiration", fmt_date(exp, "us"))])]
    blocks = finish(ctx, blocks, ms)
    return Content(ctx.pick(["DEA renewal", "Action required: registration expiring", "Reminder"]), ms.addr(), [d.addr()],
                   blocks, "DEA renewal reminder to a prescriber with the prescriber's own DEA/NPI; no patient",
                   title="DEA Renewal Reminder", fname="dea_renewal")


def pn_npi_portal(ctx):
    it = ctx.staff("EHR Training Lead", "Information Services")
    d = ctx.doc()
    blocks = [greet(ctx, ctx.pick(["prescribers", "providers", "colleagues"])),
              ("p", "The e-prescribing vendor is updating its directory. Please log in to the provider portal and confirm that "
                    "your NPI, DEA number and state license are current by " + fmt_date(ctx.day(10, 30), "long") + "."),
              ("list", ["Go to Portal > My Profile > Identifiers.", "Update your NPI in the portal if it shows as missing.",
                        "Upload your DEA certificate (PDF) if it was renewed this year.",
                        "Questions: call the IS help desk at ext. 4357."]),
              ("p", f"Example of a complete profile: {d.full}, NPI {d.npi}, DEA {d.dea}.") if ctx.chance(0.5) else
              ("p", "Profiles that are not updated will not be able to send electronic prescriptions after the cutover.")]
    blocks = finish(ctx, blocks, it)
    return Content(ctx.pick(["Update your NPI in the portal", "Action needed: e-prescribing profile", "Prescriber profile"]),
                   it.addr(), [("All Prescribers", f"prescribers@{ORG}")], blocks,
                   "Prescriber notice about NPI/DEA in the portal; provider identifiers only, no patient",
                   title="Prescriber Profile Update", fname="prescriber_update")


def pn_epcs(ctx):
    ph = ctx.staff("Pharmacy Informatics Manager", "Pharmacy")
    ph.cred = "PharmD"
    blocks = [greet(ctx, "providers"),
              ("p", "Beginning next month, all prescriptions for Schedule II-V controlled substances must be sent via "
                    "Electronic Prescribing of Controlled Substances (EPCS). Paper prescriptions for oxycodone, "
                    "hydromorphone, methylphenidate, alprazolam and similar drugs will no longer be accepted by our outpatient pharmacies."),
              ("p", "To enroll, complete identity proofing and register a two-factor token (the authenticator app on your phone "
                    "is fine). Your DEA registration must list your practice address in this state."),
              ("p", "Enrollment sessions: Tuesdays 12:00-1:00 in the Medical Staff Lounge, or virtually.")]
    blocks = finish(ctx, blocks, ph)
    return Content(ctx.pick(["EPCS enrollment", "Controlled substance e-prescribing", "Action required"]), ph.addr(),
                   [("All Prescribers", f"prescribers@{ORG}")], blocks,
                   "EPCS enrollment notice naming drug classes; no individual patient", title="EPCS Enrollment", fname="epcs")


def pn_cred(ctx):
    d = ctx.pick([ctx.doc, ctx.app])()
    ms = ctx.staff("Credentialing Specialist", "Medical Staff Office")
    kv = [("Applicant", d.full), ("NPI", d.npi), ("DEA", d.dea), ("State license", f"{ctx.pick(['35', '34'])}.{ctx.rng.randrange(100000, 999999)}"),
          ("Board certification", f"{d.specialty}, expires {ctx.rng.randrange(2026, 2034)}"),
          ("Malpractice carrier", "Buckeye Physicians Mutual"), ("Reappointment due", fmt_date(ctx.day(30, 120), "us"))]
    blocks = [greet(ctx, d.first), ("p", "Your reappointment packet is almost complete. We still need the items marked below."),
              ("kv", kv), ("list", ["Signed attestation (page 4)", "Updated CV", "Copy of current DEA certificate"])]
    blocks = finish(ctx, blocks, ms)
    cover = finish(ctx, [greet(ctx, d.first), ("p", "Your reappointment checklist is attached.")], ms)
    return Content(ctx.pick(["Reappointment", "Credentialing - items needed", "Your packet"]), ms.addr(), [d.addr()], blocks,
                   "Credentialing checklist with the provider's own NPI/DEA/license; no patient", cover=cover,
                   title="Reappointment Checklist", fname="reappointment")


def nl_coding(ctx):
    cd = ctx.staff("Coding Education Specialist", "Health Information Management")
    blocks = [("h", "Coding Corner"),
              ("p", "E11.9 vs. E11.65: when the provider documents type 2 diabetes \u201cout of control\u201d or "
                    "\u201cpoorly controlled,\u201d the Alphabetic Index directs you to E11.65 (with hyperglycemia), not E11.9. "
                    "Add Z79.4 when the patient uses insulin long term, and Z79.84 for oral hypoglycemics."),
              ("p", "Reminder: as of October 1, CKD stage 3 must be coded to the fifth character - N18.30, N18.31 or N18.32."),
              ("table", ["Old habit", "Better choice", "Why"],
               [["R07.9 Chest pain, unspecified", "R07.89 Other chest pain", "When documented as pressure/tightness"],
                ["J18.9 Pneumonia, unspecified", "J15.9 Unspecified bacterial pneumonia", "If bacterial cause documented"],
                ["I50.9 Heart failure, unspecified", "I50.32 Chronic diastolic HF", "When type and acuity are documented"]]),
              ("p", "Questions? Join coding office hours Thursdays at 2:00.")]
    blocks = finish(ctx, blocks, cd)
    return Content(ctx.pick(["Coding Corner - March", "HIM Newsletter", "Coding tips"]), cd.addr(), [("HIM All", f"him.all@{ORG}")],
                   blocks, "Coding newsletter quoting ICD-10-CM codes generically; no individual", title="Coding Corner",
                   fname="coding_corner")


def nl_pt(ctx):
    ph = ctx.staff("Director of Pharmacy", "Pharmacy")
    ph.cred = "PharmD"
    blocks = [("h", "Pharmacy & Therapeutics Update"),
              ("list", ["Apixaban 5 mg BID is now the preferred oral anticoagulant for non-valvular atrial fibrillation; "
                        "rivaroxaban remains available for VTE treatment.",
                        "Semaglutide pens remain on shortage. Use dulaglutide as the formulary alternative.",
                        "Metformin ER 750 mg replaces 500 mg ER on the formulary; dose equivalently.",
                        "Insulin glargine biosimilar is now stocked; automatic interchange approved by P&T.",
                        "IV acetaminophen restricted to patients unable to take oral medications (criteria in the order set)."]),
              ("p", "Full minutes are on the Pharmacy intranet page.")]
    blocks = finish(ctx, blocks, ph)
    return Content(ctx.pick(["P&T update", "Formulary changes", "Pharmacy newsletter"]), ph.addr(), [("Medical Staff", f"medstaff@{ORG}")],
                   blocks, "Formulary newsletter naming drugs and doses generically; no patient", title="P&T Update", fname="pt_update")


def nl_lab(ctx):
    lab = ctx.doc("Pathology")
    blocks = [("h", "Laboratory Bulletin"),
              ("p", "Effective next month, the TSH reference interval changes to 0.45-4.50 mIU/L with the move to the new "
                    "immunoassay platform. Free T4 remains 0.8-1.8 ng/dL."),
              ("p", "Reminder on interpretation: an HbA1c of 6.5% or higher on two occasions indicates diabetes; 5.7-6.4% "
                    "indicates prediabetes (R73.03). Fasting glucose of 126 mg/dL or higher is diagnostic."),
              ("table", ["Analyte", "Old range", "New range", "Units"],
               [["TSH", "0.40-4.00", "0.45-4.50", "mIU/L"], ["Potassium", "3.5-5.3", "3.5-5.1", "mmol/L"],
                ["hs-Troponin I (female)", "<16", "<15", "ng/L"], ["hs-Troponin I (male)", "<34", "<34", "ng/L"]]),
              ("p", "Critical values are unchanged: potassium below 2.8 or above 6.2 mmol/L is called to the ordering provider.")]
    blocks = finish(ctx, blocks, lab)
    return Content(ctx.pick(["Lab bulletin", "Reference range changes", "Laboratory news"]), lab.addr(), [("All Clinical Staff", f"clinical.all@{ORG}")],
                   blocks, "Lab bulletin with analytes and reference ranges; no individual", title="Laboratory Bulletin", fname="lab_bulletin")


def nl_employee(ctx):
    comms = ctx.staff("Internal Communications Manager", "Marketing & Communications")
    names = [ctx.staff("x", "x").name for _ in range(3)]
    blocks = [("h", "Riverside Weekly"),
              ("p", f"Kudos corner: thank you to {names[0]} and {names[1]} from Environmental Services for turning around "
                    "the new wing ahead of schedule, and to the 4 North night shift for a perfect hand-hygiene audit."),
              ("p", "Quality snapshot: our hospital-acquired infection rate fell for the third straight quarter, and "
                    "the Joint Commission survey window opens in April."),
              ("p", f"Save the date: the spring 5K for the Riverside Foundation is May 18. Register with {names[2]} in Volunteer Services."),
              ("p", "Cafeteria: Taco Tuesday is back, and the coffee cart now takes badge payments.")]
    blocks = finish(ctx, blocks, comms)
    return Content(ctx.pick(["Riverside Weekly", "This week at Riverside", "Newsletter"]), comms.addr(), [("All Staff", f"allstaff@{ORG}")],
                   blocks, "Employee newsletter: staff kudos and aggregate quality news; no individual health information",
                   title="Riverside Weekly", fname="newsletter")


def ed_sepsis(ctx):
    ed = ctx.staff("Clinical Nurse Educator", "Nursing Education")
    ed.cred = "MSN, RN"
    blocks = [("h", "Sepsis Bundle Refresher (SEP-1)"),
              ("p", "Within 3 hours of time zero: measure lactate, obtain blood cultures before antibiotics, give broad-spectrum "
                    "antibiotics, and give 30 mL/kg crystalloid for hypotension or lactate of 4 mmol/L or higher."),
              ("p", "Within 6 hours: vasopressors for hypotension not responding to fluids (goal MAP 65 mmHg or more); repeat "
                    "lactate if the initial lactate was above 2 mmol/L."),
              ("list", ["A41.9 is the code for sepsis, unspecified organism; R65.20 severe sepsis without shock.",
                        "qSOFA: respiratory rate 22 or more, altered mentation, systolic BP 100 or less.",
                        "Document the time of the reassessment exam."]),
              ("p", "Complete the 15-minute module in the learning system by the end of the month.")]
    blocks = finish(ctx, blocks, ed)
    return Content(ctx.pick(["Education: sepsis", "Sepsis refresher", "Required learning"]), ed.addr(), [("Nursing - All", f"nursing@{ORG}")],
                   blocks, "Sepsis education with thresholds and codes; no individual", title="Sepsis Bundle Refresher",
                   fname="sepsis_refresher")


def ed_cme(ctx):
    cme = ctx.staff("CME Coordinator", "Medical Education")
    spk = ctx.doc("Cardiology")
    blocks = [greet(ctx, "colleagues"),
              ("p", f"Grand Rounds this Thursday: \u201cHypertension in 2024 - targets, combination therapy and home monitoring\u201d "
                    f"presented by {spk.full}."),
              ("line", "Learning objectives:"),
              ("list", ["Apply a BP target below 130/80 mmHg for most adults with hypertension.",
                        "Choose first-line agents: thiazide-type diuretic, ACE inhibitor or ARB, calcium channel blocker.",
                        "Interpret home and ambulatory BP readings.", "Recognize resistant hypertension and screen for primary aldosteronism."]),
              ("p", "1.0 AMA PRA Category 1 Credit. Auditorium A or Teams link in the calendar invite.")]
    blocks = finish(ctx, blocks, cme)
    return Content(ctx.pick(["Grand Rounds Thursday", "CME: hypertension", "This week's Grand Rounds"]), cme.addr(),
                   [("Medical Staff", f"medstaff@{ORG}")], blocks,
                   "CME invitation with guideline content; presenter named, no patient", title="Grand Rounds", fname="grand_rounds")


def ed_case(ctx):
    res = ctx.doc("Internal Medicine")
    blocks = [("h", "Morning Report - Teaching Case (fictional composite)"),
              ("p", "A 58-year-old man presents with 2 hours of substernal chest pressure radiating to the left arm, "
                    "diaphoresis and nausea. ECG shows 2 mm ST depression in V4-V6; initial high-sensitivity troponin is 48 ng/L."),
              ("line", "Questions:"),
              ("list", ["What is the most likely diagnosis, and which ICD-10-CM code applies? (I21.4)",
                        "What is the next step in management?", "When is early invasive strategy indicated?"]),
              ("p", "This case is a teaching composite and does not describe any real patient. Answers will be discussed Friday.")]
    blocks = finish(ctx, blocks, res)
    return Content(ctx.pick(["Morning report case", "Teaching case", "Case of the week"]), res.addr(), [("Residents", f"residents@{ORG}")],
                   blocks, "Fictional, unidentifiable teaching vignette; no individual", title="Teaching Case", fname="teaching_case")


def ed_insulin(ctx):
    ed = ctx.staff("Diabetes Educator", "Endocrinology")
    ed.cred = "RN, CDCES"
    rows = [["Glucose 70-149 mg/dL", "0 units"], ["150-199 mg/dL", "2 units"], ["200-249 mg/dL", "4 units"],
            ["250-299 mg/dL", "6 units"], ["300-349 mg/dL", "8 units"], ["350 or higher", "10 units and call provider"]]
    blocks = [("h", "Insulin correction scale - sensitive/usual/resistant"),
              ("p", "Below is the usual-sensitivity correction scale for rapid-acting insulin (insulin lispro) from the "
                    "revised order set. Hypoglycemia (glucose below 70 mg/dL): follow the hypoglycemia protocol, give 15 g "
                    "carbohydrate and recheck in 15 minutes."),
              ("table", ["Blood glucose", "Correction dose"], rows),
              ("p", "Quiz for the competency: what dose is given for a glucose of 262 mg/dL on the usual scale? (6 units)")]
    blocks = finish(ctx, blocks, ed)
    return Content(ctx.pick(["Insulin scale update", "Competency: insulin", "Education"]), ed.addr(), [("Nursing - All", f"nursing@{ORG}")],
                   blocks, "Insulin dosing education table; no individual", title="Insulin Correction Scale", fname="insulin_scale")


def ag_dashboard(ctx):
    q = ctx.pick(["Q1", "Q2", "Q3", "Q4"])
    rows = []
    for u in ["4 North", "5 South", "3 West", "ICU", "Step-down", "Observation"]:
        adm = ctx.rng.randrange(180, 900)
        rows.append([u, str(adm), str(ctx.rng.randrange(3, 40)), f"{ctx.rng.uniform(8, 18):.1f}%",
                     f"{ctx.rng.uniform(0.5, 4.5):.1f}", str(ctx.rng.randrange(0, 4))])
    qa = ctx.staff("Quality Data Analyst", "Quality & Patient Safety")
    blocks = [greet(ctx, "all"), ("p", f"{q} inpatient quality dashboard by unit. All figures are counts or rates; no "
                                       "patient-level data is included."),
              ("table", ["Unit", "Admissions", "Sepsis cases", "30-day readmit", "Falls/1000 pt-days", "CLABSI"], rows)]
    blocks = finish(ctx, blocks, qa)
    cover = finish(ctx, [greet(ctx, "all"), ("p", f"{q} dashboard attached.")], qa)
    return Content(ctx.pick([f"{q} dashboard", "Quality dashboard", "Results"]), qa.addr(), [("Quality Council", f"quality.council@{ORG}")],
                   blocks, "Unit-level aggregate counts and rates only", cover=cover, title=f"{q} Quality Dashboard",
                   fname="quality_dashboard", xml_root="QualityDashboard")


def ag_memo(ctx):
    n = ctx.rng.randrange(30, 60)
    q = ctx.pick(["Q2", "Q3", "Q4"])
    qa = ctx.doc("Infectious Disease")
    blocks = [greet(ctx, "Sepsis Committee"),
              ("p", f"In {q}, {n} patients met sepsis criteria (A41.9 or R65.20) across both campuses, compared with {n + ctx.rng.randrange(-8, 9)} "
                    f"in the prior quarter. Bundle compliance was {ctx.rng.randrange(62, 90)}% and in-hospital mortality was "
                    f"{ctx.rng.uniform(6, 14):.1f}%."),
              ("p", f"The most common sources were urinary ({ctx.rng.randrange(30, 45)}%) and pulmonary ({ctx.rng.randrange(25, 40)}%). "
                    "Median time to antibiotics fell to 52 minutes."),
              ("p", "Cases below 5 are suppressed in the unit breakdown, per our de-identification policy.")]
    blocks = finish(ctx, blocks, qa)
    return Content(ctx.pick(["Sepsis numbers", f"{q} sepsis review", "Committee pre-read"]), qa.addr(), [("Sepsis Committee", f"sepsis.committee@{ORG}")],
                   blocks, f"Aggregate statistics ({n} patients with sepsis in {q}); no individual", title="Sepsis Review", fname="sepsis_review")


def ag_qrda(ctx):
    a = ctx.staff("eCQM Analyst", "Quality Reporting")
    measures = [("CMS122v12", "Diabetes: Hemoglobin A1c Poor Control (>9%)"), ("CMS165v12", "Controlling High Blood Pressure"),
                ("CMS130v12", "Colorectal Cancer Screening")]
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
         '  <realmCode code="US"/>', '  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
         '  <templateId root="2.16.840.1.113883.10.20.27.1.1" extension="2017-06-01"/>',
         f'  <id root="{guid(ctx.rng)}"/>',
         '  <code code="55184-6" codeSystem="2.16.840.1.113883.6.1" displayName="Quality Reporting Document Architecture Calculated Summary Report"/>',
         '  <title>QRDA Category III Report - Riverside Health</title>',
         f'  <effectiveTime value="{ctx.dt.strftime("%Y%m%d%H%M%S")}"/>',
         '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>',
         '  <recordTarget><patientRole><id nullFlavor="NA"/></patientRole></recordTarget>',
         '  <component><structuredBody>']
    rows = []
    for cms, title in measures:
        ipop = ctx.rng.randrange(800, 5000)
        den = ipop - ctx.rng.randrange(10, 200)
        num = int(den * ctx.rng.uniform(0.2, 0.8))
        rows.append([cms, title, str(ipop), str(den), str(num)])
        L += ['    <component><section>', f'      <title>{xesc(title)}</title>',
              f'      <entry><organizer classCode="CLUSTER" moodCode="EVN"><reference typeCode="REFR"><externalDocument classCode="DOC">'
              f'<id root="2.16.840.1.113883.4.738" extension="{cms}"/></externalDocument></reference>',
              f'        <component><observation classCode="OBS" moodCode="EVN"><code code="IPP"/><value xsi:type="INT" value="{ipop}"/></observation></component>',
              f'        <component><observation classCode="OBS" moodCode="EVN"><code code="DENOM"/><value xsi:type="INT" value="{den}"/></observation></component>',
              f'        <component><observation classCode="OBS" moodCode="EVN"><code code="NUMER"/><value xsi:type="INT" value="{num}"/></observation></component>',
              '      </organizer></entry>', '    </section></component>']
    L += ['  </structuredBody></component>', '</ClinicalDocument>']
    blocks = [greet(ctx, "team"), ("p", "Aggregate eCQM results for the reporting period (QRDA III)."),
              ("table", ["Measure", "Title", "Initial population", "Denominator", "Numerator"], rows)]
    cover = finish(ctx, [greet(ctx, "team"), ("p", "QRDA III file for the annual submission attached for sign-off.")], a)
    return Content(ctx.pick(["QRDA III for sign-off", "eCQM submission", "Annual submission file"]), a.addr(),
                   [("Quality Reporting", f"quality.reporting@{ORG}")], finish(ctx, blocks, a),
                   "QRDA Category III aggregate measure counts; no patient-level data", cover=cover, title="QRDA III",
                   fname="QRDA_III_submission", xml="\n".join(L) + "\n")


def ag_icd_counts(ctx):
    keys = ctx.rng.sample(list(ICD), 8)
    rows = []
    for k in keys:
        enc = ctx.rng.randrange(40, 2000)
        rows.append([ICD[k][0], ICD[k][1], str(enc), str(ctx.rng.randrange(max(5, enc // 4), enc + 1))])
    rows.sort(key=lambda r: -int(r[2]))
    an = ctx.staff("Decision Support Analyst", "Finance - Decision Support")
    blocks = [greet(ctx, ctx.pick(["all", "team"])), ("p", "Top diagnosis codes by encounter volume for FY24 (all campuses)."),
              ("table", ["ICD-10-CM", "Description", "Encounters", "Unique patients"], rows)]
    cover = finish(ctx, [greet(ctx, "team"), ("p", "Volume extract attached, as requested for the service line review.")], an)
    return Content(ctx.pick(["Dx volumes", "FY24 volume extract", "Data request #" + str(ctx.rng.randrange(1000, 9999))]), an.addr(),
                   [("Service Line Leaders", f"serviceline@{ORG}")], finish(ctx, blocks, an),
                   "Counts of encounters/patients per ICD-10-CM code; aggregate only", cover=cover, title="Diagnosis volumes",
                   fname="dx_volumes", xml_root="DiagnosisVolumes")


def tp_letter(ctx):
    mkt = ctx.staff("Patient Experience Specialist", "Patient Experience")
    blocks = [greet(ctx, "team"),
              ("p", "Here is the approved results-letter template for the portal. Merge fields are in double braces; please "
                    "don't edit the wording without Compliance sign-off."),
              ("pre", "Dear {{patient_name}},\n\nYour test results from {{collection_date}} are now available.\n"
                      "{{result_table}}\n\nYour provider, {{provider_name}}, reviewed them on {{review_date}}.\n"
                      "Questions? Call {{clinic_phone}}.\n\nDOB on file: {{patient_dob}}   MRN: {{mrn}}")]
    blocks = finish(ctx, blocks, mkt)
    cover = finish(ctx, [greet(ctx, "team"), ("p", "Approved template attached.")], mkt)
    return Content(ctx.pick(["Results letter template", "Template - approved", "Portal letter"]), mkt.addr(),
                   [("Ambulatory Managers", f"amb.managers@{ORG}")], blocks,
                   "Letter template with {{placeholders}} only; no real patient", cover=cover, title="Results Letter Template",
                   fname="results_letter_template")


def tp_blank_form(ctx):
    a = ctx.staff("Forms Committee Coordinator", "Health Information Management")
    kv = [("Patient", "[NAME]"), ("DOB", "__/__/____"), ("SSN", "___-__-____"), ("MRN", "RH_______"),
          ("Address", "________________________"), ("Phone", "(___) ___-____"), ("Insurance / Member ID", "RHP_________"),
          ("Reason for visit", "[REASON]"), ("Signature", "____________________  Date: __/__/____")]
    blocks = [greet(ctx, "all"), ("p", "The revised intake form (v7) is below/attached. Print from the forms library only."),
              ("h", "PATIENT INTAKE FORM (BLANK)"), ("kv", kv)]
    blocks = finish(ctx, blocks, a)
    cover = finish(ctx, [greet(ctx, "all"), ("p", "Revised blank intake form v7 attached.")], a)
    return Content(ctx.pick(["Intake form v7", "Revised form", "Forms update"]), a.addr(), [("Front Desk Leads", f"frontdesk.leads@{ORG}")],
                   blocks, "Blank intake form with placeholders (DOB __/__/____, SSN ___-__-____); no patient", cover=cover,
                   title="Patient Intake Form (blank)", fname="intake_form_v7", xml_root="FormTemplate")


def tp_smartphrase(ctx):
    d = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    blocks = [greet(ctx, ctx.pick(["residents", "team"])),
              ("p", "Sharing my SmartPhrase for diabetes follow-up visits (.DMFU). Copy it into your personal list:"),
              ("pre", "@NAME@ is a @AGE@ @SEX@ here for follow-up of type 2 diabetes (E11.***).\n"
                      "Last A1c: @LASTA1C@  Goal: ***\nCurrent meds: @CMED@\n"
                      "Foot exam: {YES/NO:...}   Eye exam due: ***\nPlan: ***"),
              ("p", "The *** fields are wildcards - F2 jumps to each one.")]
    blocks = finish(ctx, blocks, d, short=True)
    return Content(ctx.pick(["SmartPhrase", "Template for DM visits", "Note template"]), d.addr(), [("Residents", f"residents@{ORG}")],
                   blocks, "Note template with @NAME@/*** placeholders; no real patient", title="SmartPhrase", fname="dmfu_smartphrase")


def tp_hl7(ctx):
    a = ctx.staff("Integration Analyst", "Information Services")
    h = "\r".join(["MSH|^~\\&|{{SENDING_APP}}|RIVERSIDE|{{RECEIVING_APP}}|{{RECEIVING_FACILITY}}|{{YYYYMMDDHHMMSS}}||ADT^A04^ADT_A01|{{CONTROL_ID}}|P|2.5.1",
                   "EVN|A04|{{YYYYMMDDHHMM}}",
                   "PID|1||{{MRN}}^^^RH^MR~{{MEMBER_ID}}^^^RHP^MB||{{LAST}}^{{FIRST}}^{{MIDDLE}}||{{DOB_YYYYMMDD}}|{{SEX}}|||{{STREET}}^^{{CITY}}^{{ST}}^{{ZIP}}^USA||{{PHONE}}|||||{{ACCOUNT}}|{{SSN}}",
                   "PV1|1|O|{{LOCATION}}^^^RIVERSIDE||||{{ATTENDING_NPI}}^{{ATTENDING_LAST}}^{{ATTENDING_FIRST}}",
                   "IN1|1|{{PLAN_ID}}|RHP|RIVERSIDE HEALTH PLAN"]) + "\r"
    blocks = [greet(ctx, "vendor team"), ("p", "Message template for the registration interface spec (section 4.2). Every value "
                                               "is a placeholder; test data will come from the TST environment only."),
              ("pre", hl7_as_text(h))]
    cover = [greet(ctx, "vendor team"), ("p", "Template message for spec section 4.2 attached (placeholders only).")]
    vend = ctx.partner(PARTNERS[6])
    return Content(ctx.pick(["Interface spec 4.2", "A04 template", "Spec question"]), a.addr(), [vend.addr(1)],
                   finish(ctx, blocks, a), "HL7 ADT template whose fields are all {{placeholders}}; no patient",
                   cover=finish(ctx, cover, a), title="ADT template", fname="adt_a04_template", hl7=h)


class _Placeholder:
    npi, first, last, cred = "{{author_npi}}", "{{author_given}}", "{{author_family}}", "{{credential}}"


def tp_ccda(ctx):
    a = ctx.staff("Interoperability Analyst", "Information Services")
    xml = cda_xml(ctx, None, _Placeholder, "ccd", [], [], [], placeholders=True)
    blocks = [greet(ctx, "team"), ("p", "C-CDA skeleton for the new HIE feed, with merge placeholders in double braces. Please "
                                        "review section template IDs before Friday.")]
    cover = finish(ctx, blocks, a)
    return Content(ctx.pick(["C-CDA skeleton", "CCD template", "HIE feed template"]), a.addr(), [("Interop Team", f"interop@{ORG}")],
                   cover, "C-CDA template whose recordTarget fields are {{placeholders}}; no patient", cover=cover,
                   title="C-CDA template", fname="ccd_template", xml=xml)


def tp_import(ctx):
    a = ctx.staff("Data Conversion Lead", "Information Services")
    headers = ["last_name", "first_name", "dob", "ssn", "mrn", "member_id", "diagnosis_code"]
    rows = [["<last name>", "<first name>", "YYYY-MM-DD", "###-##-####", "RH#######", "RHP#########", "<ICD-10-CM>"],
            ["{{last}}", "{{first}}", "{{dob}}", "{{ssn}}", "{{mrn}}", "{{member}}", "{{dx}}"]]
    blocks = [greet(ctx, "team"), ("p", "Import template for the legacy clinic conversion. Row 1 is the format spec, row 2 the "
                                        "merge syntax. Do NOT put real records in this file - use the SFTP drop for test loads."),
              ("table", headers, rows)]
    cover = finish(ctx, [greet(ctx, "team"), ("p", "Import template attached (format only, no data).")], a)
    return Content(ctx.pick(["Import template", "Conversion file spec", "Template"]), a.addr(), [("Conversion Team", f"conversion@{ORG}")],
                   finish(ctx, blocks, a), "Import template with format placeholders only; no patient records", cover=cover,
                   title="Import Template", fname="import_template", xml_root="ImportTemplate")


def by_founder(ctx):
    comms = ctx.staff("Foundation Director", "Riverside Foundation")
    yr = ctx.rng.randrange(1942, 1956)
    fn = ctx.pick(["Eleanor Whitfield", "Samuel Okonjo", "Margaret Ruiz", "Harold Lindqvist"])
    blocks = [greet(ctx, "friends"),
              ("p", f"This year we mark the 40th anniversary of the Riverside Foundation. Our founder, {fn}, was born in "
                    f"{yr} in a farmhouse outside Millbrook and started the foundation with a bake sale and a borrowed truck."),
              ("p", f"{fn.split()[0]} still volunteers at the gift shop every Tuesday and will cut the ribbon at the gala "
                    f"on {fmt_date(ctx.day(20, 60), 'long')}."),
              ("p", "Tickets and sponsorships are available on the Foundation website.")]
    blocks = finish(ctx, blocks, comms)
    return Content(ctx.pick(["40 years", "Founder's gala", "Save the date"]), comms.addr(), [("Foundation Friends", f"friends@{ORG}")],
                   blocks, f"Founder born in {yr}; biography with no health information", title="Anniversary", fname="anniversary")


def by_birthdays(ctx):
    hr = ctx.staff("Unit Secretary", ctx.pick(["4 North", "Pharmacy", "Patient Access"]))
    m = ctx.date.month
    rows = [[ctx.staff("x", "x").name, f"{ctx.date.strftime('%B')} {ctx.rng.randrange(1, 29)}",
             ctx.pick(["Day shift", "Night shift", "Weekend"])] for _ in range(ctx.rng.randrange(4, 8))]
    blocks = [greet(ctx, "team"), ("p", f"Happy birthday to everyone celebrating in {ctx.date.strftime('%B')}! Cake in the "
                                        "break room Friday at 2:00."),
              ("table", ["Name", "Birthday", "Shift"], rows)]
    blocks = finish(ctx, blocks, hr, short=True)
    return Content(ctx.pick(["Birthdays!", f"{ctx.date.strftime('%B')} birthdays", "Cake Friday"]), hr.addr(),
                   [("Unit Staff", f"unit.staff@{ORG}")], blocks, "Staff birthday list (names + birthdays), no health context",
                   title="Birthdays", fname="birthdays")


def by_retirement(ctx):
    w = ctx.staff(ctx.pick(["Director of Facilities", "Senior Buyer", "Payroll Manager"]), "Operations")
    yr = ctx.rng.randrange(1955, 1962)
    mgr = ctx.staff("Vice President, Operations", "Administration")
    blocks = [greet(ctx, "all"),
              ("p", f"After {ctx.rng.randrange(28, 41)} years with Riverside, {w.name} ({w.title}) is retiring. {w.first} was "
                    f"born in {yr} in Lakeport, joined us as a {ctx.pick(['courier', 'file clerk', 'maintenance tech'])} and never left."),
              ("p", f"Please join us for cake and stories in the Atrium on {fmt_date(ctx.day(5, 20), 'wd')} from 3:00 to 4:30. "
                    "Cards are at the Operations front desk.")]
    blocks = finish(ctx, blocks, mgr)
    return Content(ctx.pick(["Retirement celebration", f"Congratulations, {w.first}!", "Join us"]), mgr.addr(),
                   [("All Staff", f"allstaff@{ORG}")], blocks, f"Retirement note with birth year {yr}; no health information",
                   title="Retirement", fname="retirement")


def by_board(ctx):
    sec = ctx.staff("Board Liaison", "Administration")
    bios = []
    for desc in ctx.rng.sample(["retired CFO of a regional bank; chairs the Finance Committee.",
                                "attorney and former county commissioner.", "owner of a family construction firm in Oak Hollow.",
                                "professor of engineering at the state university.",
                                "former superintendent of Riverside City Schools."], 3):
        n = ctx.staff("x", "x").name
        bios.append(f"{n} (b. {ctx.rng.randrange(1950, 1980)}) - " + desc)
    blocks = [greet(ctx, "Trustees"), ("p", "Bios for the three nominees to the Board of Trustees, for Thursday's vote:"),
              ("list", bios)]
    blocks = finish(ctx, blocks, sec)
    return Content(ctx.pick(["Nominee bios", "Board nominations", "For Thursday"]), sec.addr(), [("Board of Trustees", f"trustees@{ORG}")],
                   blocks, "Board nominee bios with birth years; no health information", title="Nominee Bios", fname="nominee_bios")


def by_history(ctx):
    arch = ctx.staff("Archivist", "Riverside Foundation")
    blocks = [("h", "From the Archives"),
              ("p", "Riverside Hospital opened on March 14, 1924 with 40 beds. Its first superintendent, Clara Haverford "
                    "(1889-1961), kept the hospital open through the 1937 flood."),
              ("p", "The Whitaker Wing is named for Judge Amos Whitaker, born in 1902, who led the 1958 capital campaign."),
              ("p", "Visit the centennial exhibit in the main lobby through the end of the year.")]
    blocks = finish(ctx, blocks, arch)
    return Content(ctx.pick(["From the Archives", "Centennial", "100 years"]), arch.addr(), [("All Staff", f"allstaff@{ORG}")],
                   blocks, "Historical figures with birth years, no health information about them", title="From the Archives",
                   fname="archives")


# ---- id_shaped ------------------------------------------------------------------------

def ssn_shaped(ctx):
    return make_ssn(ctx.rng)


def id_invoice(ctx):
    vend = ctx.partner(PARTNERS[6])
    inv = ssn_shaped(ctx)
    po = f"PO-{ctx.rng.randrange(4500000, 4599999)}"
    items = [("Infusion set, 20 drops/mL", f"REF {ctx.rng.randrange(100, 999)}-{ctx.rng.randrange(1000, 9999)}"),
             ("Nitrile exam gloves, M, 200/bx", f"{ctx.rng.randrange(10**5, 10**6)}-M"),
             ("Blood pressure cuff, adult large", f"BP-{ctx.rng.randrange(1000, 9999)}-AL"),
             ("Specimen bags, biohazard 6x9", f"SB{ctx.rng.randrange(10**6, 10**7)}"),
             ("Pulse oximeter probe, disposable", f"{ctx.rng.randrange(100, 999)}-{ctx.rng.randrange(10, 99)}-{ctx.rng.randrange(1000, 9999)}")]
    rows = []
    total = 0
    for desc, part in ctx.rng.sample(items, 3):
        q = ctx.rng.randrange(2, 40)
        price = ctx.rng.randrange(5, 300) + 0.99
        total += q * price
        rows.append([part, desc, str(q), money(price), money(q * price)])
    kv = [("Invoice No.", inv), ("Invoice date", fmt_date(ctx.date, "us")), ("PO", po), ("Ship to", "Riverside Health - Central Supply, Dock 3"),
          ("Terms", "Net 45"), ("Amount due", money(total))]
    blocks = [greet(ctx, "Accounts Payable"), ("p", "Please find the invoice details below. Remit to the lockbox on file."),
              ("kv", kv), ("table", ["Part number", "Description", "Qty", "Unit price", "Extended"], rows)]
    blocks = finish(ctx, blocks, vend)
    cover = finish(ctx, [greet(ctx, "Accounts Payable"), ("p", f"Invoice {inv} for {po} is attached.")], vend)
    return Content(ctx.pick([f"Invoice {inv}", "Invoice", "Remittance request"]), vend.addr(1), [("Accounts Payable", f"ap@{ORG}")],
                   blocks, f"Vendor invoice whose number {inv} is SSN-shaped; part numbers and PO, no person or health data",
                   cover=cover, title=f"Invoice {inv}", fname=f"invoice_{inv.replace('-', '')}", profile="inbound", xml_root="Invoice")


def id_tracking(ctx):
    cour = ctx.partner(PARTNERS[7])
    order = str(ctx.rng.randrange(10**6, 10**7))
    trk = "1Z" + "".join(ctx.pick("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)) + str(ctx.rng.randrange(10**9, 10**10))
    blocks = [("p", f"Your order {order} has shipped."),
              ("kv", [("Tracking number", trk), ("Order number", order), ("Ship date", fmt_date(ctx.date, "us")),
                      ("Expected delivery", fmt_date(ctx.day(1, 4), "wd")), ("Packages", str(ctx.rng.randrange(1, 6))),
                      ("Weight", f"{ctx.rng.randrange(2, 80)} lb"), ("Reference", f"{ctx.rng.randrange(100, 999)}-{ctx.rng.randrange(10, 99)}-{ctx.rng.randrange(1000, 9999)}")]),
              ("p", "Questions? Call customer care at (513) 555-0187 and have your tracking number ready.")]
    return Content(ctx.pick(["Shipment notification", f"Order {order} shipped", "Your delivery"]), ("Bluefin Courier", f"noreply@{PARTNERS[7][1]}"),
                   [("Receiving Dock", f"receiving@{ORG}")], blocks,
                   "Shipping notice with order/tracking/reference numbers (one SSN-shaped); no person's health", profile="inbound",
                   title="Shipment", fname="shipment", xml_root="Shipment")


def id_extensions(ctx):
    tel = ctx.staff("Telecommunications Specialist", "Information Services")
    rows = [[d, f"x{ctx.rng.randrange(2000, 7999)}", clinic_phone(ctx.rng), f"{ctx.rng.randrange(100, 999)}-{ctx.rng.randrange(10, 99)}-{ctx.rng.randrange(1000, 9999)}"]
            for d in ["Admitting", "Central Supply", "Biomed", "Cafeteria", "Security", "IS Help Desk", "Switchboard"]]
    blocks = [greet(ctx, "all"), ("p", "The new phone system goes live Saturday. Updated department extensions and the circuit IDs "
                                       "for the cutover are below. Dial 9 for an outside line; 4357 (HELP) still reaches the help desk."),
              ("table", ["Department", "Extension", "Direct line", "Circuit ID"], rows)]
    blocks = finish(ctx, blocks, tel)
    return Content(ctx.pick(["New extensions", "Phone system cutover", "Directory"]), tel.addr(), [("All Staff", f"allstaff@{ORG}")],
                   blocks, "Department extensions and SSN-shaped circuit IDs; no person's health information",
                   title="Extensions", fname="extensions", xml_root="PhoneDirectory")


def id_assets(ctx):
    bm = ctx.staff("Biomedical Engineering Tech", "Clinical Engineering")
    rows = [[f"RH{ctx.rng.randrange(10**6, 10**7)}", ctx.pick(["Infusion pump", "Patient monitor", "Defibrillator", "Bed scale", "Suction regulator"]),
             f"WO-{ctx.date.year}-{ctx.rng.randrange(1000, 9999):05d}", ctx.pick(["PM due", "Battery replaced", "Failed electrical safety", "Returned to service"]),
             fmt_date(ctx.day(-10, 10), "us")] for _ in range(ctx.rng.randrange(4, 8))]
    blocks = [greet(ctx, "Clinical Engineering"), ("p", "Weekly PM status by asset tag. Asset tags are the RH-prefixed numbers on "
                                                        "the yellow barcode labels."),
              ("table", ["Asset tag", "Device", "Work order", "Status", "Date"], rows)]
    blocks = finish(ctx, blocks, bm)
    return Content(ctx.pick(["PM status", "Weekly asset report", "Work orders"]), bm.addr(), [("Clinical Engineering", f"clineng@{ORG}")],
                   blocks, "Biomed asset tags shaped RH+7 digits (not MRNs) and work orders; no patient",
                   title="PM Status", fname="pm_status", xml_root="AssetReport")


def id_rfp(ctx):
    buyer = ctx.staff("Strategic Sourcing Manager", "Supply Chain")
    rfp = f"RHP{ctx.date.year}{ctx.rng.randrange(10**4, 10**5)}"
    vend = ctx.partner(PARTNERS[6])
    blocks = [greet(ctx, vend.first),
              ("p", f"Riverside Health Procurement (RHP) has released solicitation {rfp} for patient-transport stretchers. "
                    f"Questions are due {fmt_date(ctx.day(5, 10), 'long')} and proposals {fmt_date(ctx.day(20, 40), 'long')}."),
              ("kv", [("Solicitation", rfp), ("Category", "Capital equipment"), ("Estimated quantity", str(ctx.rng.randrange(10, 60))),
                      ("Pre-bid call", f"{fmt_date(ctx.day(3, 8), 'us')} 10:00 ET, bridge 555-0142, code {ctx.rng.randrange(100000, 999999)}")])]
    blocks = finish(ctx, blocks, buyer)
    return Content(ctx.pick([f"Solicitation {rfp}", "RFP release", "Bid opportunity"]), buyer.addr(), [vend.addr(1)], blocks,
                   f"Procurement solicitation number {rfp} (shaped like a member id) with no person or health data",
                   title="Solicitation", fname="solicitation", xml_root="Solicitation")


def id_ndc(ctx):
    ph = ctx.staff("Pharmacy Buyer", "Pharmacy")
    rows = []
    for drug, form in [("Ondansetron 4 mg ODT", "30 ct"), ("Apixaban 5 mg tab", "60 ct"), ("Heparin 5,000 units/mL vial", "25 x 1 mL"),
                       ("Cefazolin 1 g vial", "25 ct"), ("Insulin lispro 100 units/mL vial", "10 mL")]:
        rows.append([f"{ctx.rng.randrange(10000, 99999)}-{ctx.rng.randrange(100, 999)}-{ctx.rng.randrange(10, 99)}", drug, form,
                     f"L{ctx.rng.randrange(10**5, 10**6)}", fmt_date(ctx.day(200, 900), "us"), str(ctx.rng.randrange(2, 30))])
    blocks = [greet(ctx, "team"), ("p", f"Wholesaler order {ctx.rng.randrange(10**7, 10**8)} received and checked in. Lot numbers and "
                                        "expirations below for the inventory log."),
              ("table", ["NDC", "Product", "Pack", "Lot", "Expires", "Qty"], ctx.rng.sample(rows, 4))]
    blocks = finish(ctx, blocks, ph)
    return Content(ctx.pick(["Order received", "Check-in", "Inventory"]), ph.addr(), [("Pharmacy Inventory", f"rx.inventory@{ORG}")],
                   blocks, "Drug shipment with NDC, lot and order numbers; drugs named, no patient",
                   title="Order Check-in", fname="order_checkin", xml_root="OrderCheckIn")


# ---- staff_admin ----------------------------------------------------------------------

def sa_schedule(ctx):
    mgr = ctx.staff("Nurse Manager", ctx.pick(["4 North", "ICU", "Emergency Department"]))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows = [[ctx.staff("x", "x").name] + [ctx.pick(["D", "D", "N", "-", "-", "E"]) for _ in days] for _ in range(ctx.rng.randrange(5, 9))]
    blocks = [greet(ctx, "team"), ("p", f"Schedule for the week of {fmt_date(ctx.day(7, 14), 'long')} is posted. D = 0700-1930, "
                                        "N = 1900-0730, E = 1100-2330. Swaps need manager approval by Wednesday."),
              ("table", ["Name"] + days, rows)]
    blocks = finish(ctx, blocks, mgr)
    cover = finish(ctx, [greet(ctx, "team"), ("p", "Next week's schedule attached.")], mgr)
    return Content(ctx.pick(["Schedule posted", "Next week", "Shift schedule"]), mgr.addr(), [("Unit Staff", f"unit.staff@{ORG}")],
                   blocks, "Staff shift schedule (names + shifts); nothing about anyone's health", cover=cover,
                   title="Shift Schedule", fname="schedule", xml_root="ShiftSchedule")


def sa_pto(ctx):
    w = ctx.staff(ctx.pick(["Registration Specialist", "Medical Assistant", "Pharmacy Technician"]), ctx.pick(["Patient Access", "Pharmacy", "Cardiology Clinic"]))
    mgr = ctx.staff("Manager", w.dept)
    a, b = ctx.day(14, 40), None
    b = a + datetime.timedelta(days=ctx.rng.randrange(1, 6))
    blocks = [greet(ctx, w.first), ("p", f"Your PTO request for {fmt_date(a, 'us')} - {fmt_date(b, 'us')} has been approved. "
                                         f"{ctx.pick(['Enjoy the trip!', 'Coverage is arranged.', 'Please update the shared calendar.'])}")]
    blocks = finish(ctx, blocks, mgr, short=True)
    return Content(ctx.pick(["PTO approved", "Time off", "Re: request"]), mgr.addr(), [w.addr()], blocks,
                   "PTO approval with dates only (no reason given); no health information", title="PTO", fname="pto")


def sa_hipaa(ctx):
    co = ctx.staff("Privacy Officer", "Compliance")
    blocks = [greet(ctx, "colleague"),
              ("p", "Your annual HIPAA Privacy & Security training is due by " + fmt_date(ctx.day(7, 21), "long") + ". The "
                    "module covers protected health information (PHI), minimum necessary, secure e-mail and how to report a breach."),
              ("p", "Reminder: apply the Confidential - PHI sensitivity label in Outlook whenever an e-mail contains patient "
                    "information, and never send PHI to a personal account."),
              ("p", "Staff who do not complete the module by the deadline will lose EHR access until it is done.")]
    blocks = finish(ctx, blocks, co)
    return Content(ctx.pick(["Annual training due", "Action required: HIPAA training", "Reminder"]), co.addr(), [("All Workforce", f"workforce@{ORG}")],
                   blocks, "HIPAA training reminder mentioning PHI in general; no individual", title="Training", fname="training")


def sa_oncall(ctx):
    chief = ctx.doc("Hospitalist")
    rows = [[fmt_date(ctx.day(i, i), "us"), ctx.doc("Hospitalist").full, f"{ctx.rng.randrange(2000, 2999)}", ctx.pick(["Main", "North"])]
            for i in range(1, 8)]
    blocks = [greet(ctx, "group"), ("p", "Nocturnist/on-call schedule for next week. Pager numbers listed; page operator is x0."),
              ("table", ["Date", "On call", "Pager", "Campus"], rows)]
    blocks = finish(ctx, blocks, chief)
    return Content(ctx.pick(["On-call next week", "Call schedule", "Nights"]), chief.addr(), [("Hospitalist Group", f"hospitalists@{ORG}")],
                   blocks, "Physician on-call roster (names, pagers); no patient, no personal health", title="On-call", fname="oncall",
                   xml_root="OnCall")


def sa_referral_bonus(ctx):
    hr = ctx.staff("Talent Acquisition Partner", "Human Resources")
    blocks = [greet(ctx, "Riverside team"),
              ("p", "Our employee referral program is back: refer an RN, respiratory therapist or sterile processing tech and earn "
                    "$2,500 after your referral completes 90 days."),
              ("list", ["Submit referrals through the careers portal under \u201cRefer a friend\u201d.",
                        "Referral must list you as the referring employee at application.",
                        "Bonuses are paid in the next regular payroll after eligibility."]),
              ("p", "Questions: hr.talent@riversidehealth.example")]
    blocks = finish(ctx, blocks, hr)
    return Content(ctx.pick(["Referral program", "Refer a friend", "Employee referral bonus"]), hr.addr(), [("All Staff", f"allstaff@{ORG}")],
                   blocks, "Employee referral (hiring) program; not a patient referral", title="Referral program", fname="referral_program")


# ---- marketing ------------------------------------------------------------------------

def mk_mammo(ctx):
    mk = ctx.staff("Marketing Manager", "Marketing & Communications")
    blocks = [("h", "Now offering 3D mammography in Fairview Heights"),
              ("p", "Screening mammograms with tomosynthesis find more cancers and lead to fewer callbacks. Women 40 and older "
                    "can schedule a screening without a doctor's order."),
              ("list", ["Evening and Saturday appointments", "Most insurance plans cover screening at no cost",
                        "Results posted to your portal within 2 business days"]),
              ("p", f"Book online or call {clinic_phone(ctx.rng)}."),
              ("p", "You are receiving this because you subscribed to Riverside Health news. Unsubscribe at any time.")]
    return Content(ctx.pick(["It's time for your screening", "Now open: 3D mammography", "Health news from Riverside"]),
                   ("Riverside Health", f"news@{ORG}"), [("Riverside Health Subscriber", f"subscriber@mail.example")], blocks,
                   "Service marketing to the public; no individual", profile="system", title="3D Mammography", fname="mammo_flyer")


def mk_job(ctx):
    hr = ctx.staff("Recruiter", "Human Resources")
    blocks = [("h", "Now hiring: Registered Nurse - Cardiac ICU (nights)"),
              ("p", "Riverside Main Hospital is seeking experienced RNs for our 16-bed Cardiac ICU. Care for post-cardiac surgery, "
                    "STEMI and cardiogenic shock patients alongside an intensivist-led team."),
              ("list", ["Active state RN license; BLS and ACLS required, CCRN preferred", "2+ years ICU experience",
                        "$12,000 sign-on bonus and night differential", "Tuition reimbursement"]),
              ("p", "Apply at careers.riversidehealth.example, requisition 24-0412.")]
    blocks = finish(ctx, blocks, hr)
    return Content(ctx.pick(["Now hiring", "Job posting: CVICU RN", "Career opportunity"]), hr.addr(), [("Nursing Schools List", f"nursing.partners@{ORG}")],
                   blocks, "Job posting; no individual", title="Job Posting", fname="job_posting")


def mk_conf(ctx):
    org = ctx.partner(("Great Lakes Sepsis Collaborative", "glsepsis.example.org"))
    sp = [ctx.doc("Infectious Disease").full, ctx.doc("Critical Care").full]
    blocks = [greet(ctx, "colleague"),
              ("p", f"You are invited to the 2024 Great Lakes Sepsis Summit, {fmt_date(ctx.day(40, 90), 'long')}, in Columbus. "
                    f"Keynotes by {sp[0]} and {sp[1]} on early recognition and fluid stewardship."),
              ("p", "Early-bird registration ends next month. Abstract submissions on quality improvement projects are welcome."),
              ("p", "To unsubscribe from conference mailings reply STOP.")]
    blocks = finish(ctx, blocks, org, external=True)
    return Content(ctx.pick(["You're invited", "Sepsis Summit 2024", "Call for abstracts"]), org.addr(1), [("Riverside Critical Care", f"critcare@{ORG}")],
                   blocks, "Conference invitation naming speakers; no patient", profile="inbound", title="Sepsis Summit", fname="summit")


def mk_recall(ctx):
    ph = ctx.staff("Medication Safety Officer", "Pharmacy")
    ph.cred = "PharmD"
    lot = f"{ctx.pick('ABCMX')}{ctx.rng.randrange(10**5, 10**6)}"
    drug = ctx.pick(["metformin ER 500 mg tablets", "losartan 50 mg tablets", "ondansetron 4 mg/2 mL injection", "heparin 1,000 units/mL vials"])
    blocks = [("h", "DRUG RECALL NOTICE"),
              ("p", f"The manufacturer has issued a voluntary recall of {drug}, lot {lot}, because of "
                    f"{ctx.pick(['an NDMA impurity above the acceptable intake limit', 'particulate matter found in vials', 'a labeling error'])}."),
              ("p", "Pharmacy has quarantined all affected stock. Nursing units: check automated dispensing cabinets and return any "
                    "units from this lot to pharmacy. Outpatients with questions should be directed to the pharmacy hotline."),
              ("p", "No action is required for other lots.")]
    blocks = finish(ctx, blocks, ph)
    return Content(ctx.pick(["Recall", "DRUG RECALL", "Action: quarantine lot " + lot]), ph.addr(), [("Nursing Leadership", f"nursing.leaders@{ORG}")],
                   blocks, f"Drug recall notice naming {drug}; no patient", title="Recall Notice", fname="recall_notice")


def mk_flu(ctx):
    ch = ctx.staff("Community Health Coordinator", "Community Health")
    blocks = [("h", "Free flu shots and health screenings"),
              ("p", f"Join Riverside Health at the Millbrook Community Center on {fmt_date(ctx.day(7, 30), 'wd')} from 10 to 2. "
                    "Free flu vaccines for ages 6 months and up, blood pressure checks and glucose screening. No appointment needed."),
              ("p", "A fasting glucose of 100-125 mg/dL means prediabetes; our educators will be on hand to explain your numbers."),
              ("p", "Spanish and Somali interpreters available.")]
    blocks = finish(ctx, blocks, ch)
    return Content(ctx.pick(["Community flu clinic", "Free screenings", "Health fair"]), ch.addr(), [("Community Partners", f"community.partners@{ORG}")],
                   blocks, "Public health-fair promotion; no individual", title="Health Fair", fname="health_fair")


# ---- name_only ------------------------------------------------------------------------

def no_volunteers(ctx):
    vs = ctx.staff("Volunteer Services Coordinator", "Volunteer Services")
    rows = [[Person(ctx.rng).name, ctx.pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), ctx.pick(["Main lobby desk", "Gift shop", "Surgery waiting", "Wayfinding"]),
             ctx.pick(["9-12", "12-3", "3-6"])] for _ in range(ctx.rng.randrange(5, 10))]
    blocks = [greet(ctx, "volunteers"), ("p", "Here is the volunteer schedule for next month. Please trade shifts through me."),
              ("table", ["Volunteer", "Day", "Post", "Hours"], rows)]
    blocks = finish(ctx, blocks, vs)
    cover = finish(ctx, [greet(ctx, "volunteers"), ("p", "Next month's schedule attached.")], vs)
    return Content(ctx.pick(["Volunteer schedule", "Next month", "Schedule"]), vs.addr(), [("Volunteers", f"volunteers@{ORG}")],
                   blocks, "Volunteer list: names and posts, no health information", cover=cover, title="Volunteer Schedule",
                   fname="volunteer_schedule", xml_root="VolunteerSchedule")


def no_parking(ctx):
    sec = ctx.staff("Parking Services Supervisor", "Security & Parking")
    rows = [[Person(ctx.rng).name, f"{ctx.pick(['OH', 'IN', 'KY'])} {ctx.pick('ABCDEFGHJK')}{ctx.pick('ABCDEFGHJK')}{ctx.pick('ABCDEFGHJK')}{ctx.rng.randrange(1000, 9999)}",
             ctx.pick(["Garage B", "Lot C", "North garage"]), fmt_date(ctx.day(10, 60), "us")] for _ in range(ctx.rng.randrange(4, 8))]
    blocks = [greet(ctx, "Security"), ("p", "Temporary parking permits issued this week (visitor/long-term). Please load the plates into the LPR system."),
              ("table", ["Name", "Plate", "Lot", "Valid through"], rows)]
    blocks = finish(ctx, blocks, sec)
    return Content(ctx.pick(["Parking permits", "Plates to load", "Permits"]), sec.addr(), [("Security Officers", f"security@{ORG}")],
                   blocks, "Parking permit list: names and plates only, no health information", title="Parking Permits",
                   fname="permits", xml_root="ParkingPermits")


def no_lostfound(ctx):
    p = Person(ctx.rng)
    sec = ctx.staff("Security Officer", "Security & Parking")
    blocks = [greet(ctx, "Front Desk"), ("p", f"A wallet belonging to {p.name} was turned in at the cafeteria register. It's at the "
                                              f"Security office (ground floor, east). If {p.first} calls or stops by the front desk, "
                                              "please send them our way with photo ID."),
              ("sig", [sec.name, "Security", sec.ext])]
    return Content(ctx.pick(["Lost and found", "Wallet turned in", "Found item"]), sec.addr(), [("Main Lobby Desk", f"lobby@{ORG}")],
                   blocks, f"Lost-and-found note naming {p.name}; no health information", title="Lost and found", fname="lost_found")


def no_donors(ctx):
    fd = ctx.staff("Development Officer", "Riverside Foundation")
    names = [Person(ctx.rng).name for _ in range(ctx.rng.randrange(6, 12))]
    blocks = [greet(ctx, "Foundation Board"), ("p", "Please join me in thanking the following donors to the Spring Appeal, whose names will "
                                                    "be added to the donor wall in the Atrium:"), ("list", names),
              ("p", "The appeal raised $214,000 for the new family lounge.")]
    blocks = finish(ctx, blocks, fd)
    return Content(ctx.pick(["Thank you, donors", "Donor wall", "Spring Appeal"]), fd.addr(), [("Foundation Board", f"foundation.board@{ORG}")],
                   blocks, "Donor names only; no health information", title="Donors", fname="donors")


def no_raffle(ctx):
    gs = ctx.staff("Gift Shop Manager", "Auxiliary")
    rows = [[Person(ctx.rng).name, ctx.pick(["Quilt", "Gift basket", "$50 cafeteria card", "Fleece blanket"]), f"T-{ctx.rng.randrange(1000, 9999)}"]
            for _ in range(4)]
    blocks = [greet(ctx, "Auxiliary"), ("p", "Holiday raffle winners are below. Prizes can be picked up at the gift shop with the ticket stub."),
              ("table", ["Winner", "Prize", "Ticket"], rows)]
    blocks = finish(ctx, blocks, gs, short=True)
    return Content(ctx.pick(["Raffle winners", "Congrats!", "Holiday raffle"]), gs.addr(), [("Auxiliary Members", f"auxiliary@{ORG}")],
                   blocks, "Raffle winners list: names and prizes, no health information", title="Raffle Winners", fname="raffle",
                   xml_root="Raffle")


# ---- other_label (General / Internal label, nothing sensitive) ------------------------

OTHER_NOTE = "Carries the {lab} sensitivity label (not the PHI label); body has no individual + health information"


def ol_policy(ctx):
    co = ctx.staff("Information Security Analyst", "Information Security")
    blocks = [greet(ctx, "all"),
              ("p", "Starting Monday, Outlook will prompt you to choose a sensitivity label on every new e-mail. Use:"),
              ("list", ["General - everyday business mail with nothing sensitive",
                        "Internal - Riverside-only information such as budgets or project plans",
                        "Confidential - PHI - any message containing patient information"]),
              ("p", "The label travels with the message. Do not downgrade a label that someone else applied.")]
    blocks = finish(ctx, blocks, co)
    return Content(ctx.pick(["Sensitivity labels go live", "New: labels in Outlook", "Reminder: labels"]), co.addr(),
                   [("All Workforce", f"workforce@{ORG}")], blocks, OTHER_NOTE, title="Sensitivity labels", fname="labels_faq")


def ol_budget(ctx):
    fin = ctx.staff("Financial Analyst", "Finance")
    rows = [[d, money(ctx.rng.randrange(200, 900) * 1000), money(ctx.rng.randrange(200, 900) * 1000)] for d in
            ["Nursing", "Pharmacy", "Imaging", "Facilities", "IS"]]
    blocks = [greet(ctx, "leaders"), ("p", "FY25 budget review is moved to Thursday 1:00 in Board Room B. Draft numbers below; "
                                           "please come ready to explain variances over 5%."),
              ("table", ["Department", "FY24 actual", "FY25 request"], rows)]
    blocks = finish(ctx, blocks, fin)
    cover = finish(ctx, [greet(ctx, "leaders"), ("p", "Draft FY25 budget attached for Thursday.")], fin)
    return Content(ctx.pick(["Budget review", "FY25 draft", "Thursday meeting"]), fin.addr(), [("Department Leaders", f"dept.leaders@{ORG}")],
                   blocks, OTHER_NOTE, cover=cover, title="FY25 Budget Draft", fname="fy25_budget", xml_root="Budget")


def ol_change(ctx):
    it = ctx.staff("Change Manager", "Information Services")
    blocks = [("h", f"Change CHG{ctx.rng.randrange(10**6, 10**7)} approved"),
              ("kv", [("System", ctx.pick(["Exchange Online connectors", "Wi-Fi controllers", "Citrix gateway"])),
                      ("Window", f"{fmt_date(ctx.day(2, 9), 'us')} 22:00-02:00"), ("Impact", "Brief reconnects possible"),
                      ("Rollback", "Documented in the change record")]),
              ("p", "No action needed by end users.")]
    blocks = finish(ctx, blocks, it)
    return Content(ctx.pick(["Change approved", "Maintenance window", "CAB decision"]), it.addr(), [("IS All", f"is.all@{ORG}")],
                   blocks, OTHER_NOTE, title="Change notice", fname="change_notice", xml_root="ChangeNotice")


def ol_reply(ctx):
    a, b = ctx.staff("Project Manager", "PMO"), ctx.staff("Director", "Facilities")
    orig = [greet(ctx, a.first), ("p", "The contractor says the east stairwell will reopen on the 15th."), sig_block(ctx, b, True)]
    blocks = [("p", ctx.pick(["Thanks for the update!", "Great news, thank you.", "Perfect - I'll let the team know."])),
              sig_block(ctx, a, True), ("quote", {"from": b.addr(1), "sent": ctx.when(20, 500), "to": a.name, "subject": "Stairwell",
                                                  "style": "outlook"}, orig)]
    return Content("RE: Stairwell", a.addr(), [b.addr()], blocks, OTHER_NOTE, reply=True, title="Reply", fname="reply")


def ol_supplies(ctx):
    sc = ctx.staff("Supply Chain Analyst", "Supply Chain")
    rows = [[i, str(ctx.rng.randrange(100, 5000)), str(ctx.rng.randrange(100, 5000))] for i in
            ["N95 respirators", "Isolation gowns", "Exam gloves (M)", "Saline flushes", "IV start kits"]]
    blocks = [greet(ctx, "team"), ("p", "Monthly PAR counts for the emergency stockpile."),
              ("table", ["Item", "On hand", "PAR level"], rows)]
    blocks = finish(ctx, blocks, sc)
    cover = finish(ctx, [greet(ctx, "team"), ("p", "Monthly stockpile counts attached.")], sc)
    return Content(ctx.pick(["Stockpile counts", "PAR report", "Monthly counts"]), sc.addr(), [("Emergency Management", f"em@{ORG}")],
                   blocks, OTHER_NOTE, cover=cover, title="Stockpile counts", fname="stockpile", xml_root="Stockpile")


# ---- general (IT, vendor, shipping, finance) ------------------------------------------

def gn_password(ctx):
    blocks = [("p", f"Your Riverside network password will expire in {ctx.rng.randrange(2, 14)} days."),
              ("p", "To change it, press Ctrl+Alt+Del on a Riverside computer and choose \u201cChange a password\u201d, or use the "
                    "self-service portal. IS will never ask for your password by e-mail or phone."),
              ("p", "IS Service Desk | ext. 4357 | 24/7")]
    return Content(ctx.pick(["Password expiration notice", "Your password expires soon", "Action required"]),
                   ("IS Service Desk", f"servicedesk@{ORG}"), [ctx.staff("x", "x").addr()], blocks,
                   "IT password notice; no person's health information", profile="system", title="Password notice", fname="notice")


def gn_downtime(ctx):
    it = ctx.staff("Clinical Applications Manager", "Information Services")
    d = ctx.day(3, 14)
    blocks = [("h", "Planned EHR downtime"),
              ("p", f"The EHR will be unavailable {fmt_date(d, 'wd')} from 02:00 to 04:00 for an upgrade. Downtime procedures apply: "
                    "use the read-only BCA workstations for medication administration records, paper orders and paper lab requisitions."),
              ("list", ["Print the 2300 census and MAR reports before 01:45.", "Back-enter paper documentation within 24 hours.",
                        "Command center: Main Hospital conference room 1, ext. 4100."])]
    blocks = finish(ctx, blocks, it)
    return Content(ctx.pick(["Planned downtime", "EHR upgrade - downtime", "Downtime this weekend"]), it.addr(),
                   [("All Clinical Staff", f"clinical.all@{ORG}")], blocks, "EHR downtime notice; no patient", title="Downtime",
                   fname="downtime_plan")


def gn_shipping(ctx):
    rc = ctx.staff("Receiving Lead", "Central Supply")
    blocks = [greet(ctx, "Central Supply"), ("p", f"Northstar's truck is running late - delivery moved to {fmt_date(ctx.day(1, 3), 'wd')} "
                                                  "after 1 PM. 14 pallets, mostly IV fluids. Dock 3 will be blocked 1-3."),
              ("p", "Please keep the fire lane clear for the liftgate.")]
    blocks = finish(ctx, blocks, rc, short=True)
    return Content(ctx.pick(["Delivery delay", "Truck late", "Dock 3"]), rc.addr(), [("Central Supply", f"centralsupply@{ORG}")],
                   blocks, "Shipping logistics; no person's health", title="Delivery", fname="delivery")


def gn_budget(ctx):
    fin = ctx.staff("Controller", "Finance")
    rows = [[m, money(ctx.rng.randrange(20, 40) * 10**6), money(ctx.rng.randrange(20, 40) * 10**6)] for m in ["Jul", "Aug", "Sep"]]
    blocks = [greet(ctx, "Finance Committee"), ("p", "Q1 operating results: net patient revenue slightly ahead of budget, supply expense "
                                                     "over by 3.1% driven by implants. Detail below."),
              ("table", ["Month", "Budget", "Actual"], rows)]
    blocks = finish(ctx, blocks, fin)
    cover = finish(ctx, [greet(ctx, "Finance Committee"), ("p", "Q1 variance report attached.")], fin)
    return Content(ctx.pick(["Q1 variance", "Monthly close", "Finance Committee pre-read"]), fin.addr(), [("Finance Committee", f"fincomm@{ORG}")],
                   blocks, "Finance variance report; no individual", cover=cover, title="Q1 Variance", fname="q1_variance",
                   xml_root="VarianceReport")


def gn_ack(ctx):
    ctl = str(ctx.rng.randrange(10**9, 10**10))
    h = "\r".join([msh(ctx, "ACK^A01^ACK", str(ctx.rng.randrange(10**9)), app="HIE", fac="OHIE", rapp="EPIC", rfac="RIVERSIDE"),
                   "MSA|" + ctx.pick([f"AA|{ctl}|Message accepted", f"AE|{ctl}|Duplicate control id",
                                      f"AR|{ctl}|Unsupported trigger event"])]) + "\r"
    blocks = [("h", "Interface heartbeat"), ("kv", [("Channel", "ADT_OUT_HIE"), ("Messages sent (24h)", str(ctx.rng.randrange(4000, 9000))),
                                                    ("Errors (24h)", str(ctx.rng.randrange(0, 12))), ("Last ACK", ctx.dt.strftime("%H:%M:%S"))]),
              ("line", "Last acknowledgement:"), ("pre", hl7_as_text(h))]
    cover = blocks[:2] + [("p", "Last acknowledgement attached.")]
    return Content(ctx.pick(["Heartbeat", "Daily interface summary", "ADT_OUT_HIE status"]), ("Integration Engine", f"ie-alerts@{ORG}"),
                   [("Interface Team", f"interfaces@{ORG}")], blocks, "HL7 ACK (MSH/MSA only) and channel counts; no PID or patient",
                   cover=cover, profile="system", title="Heartbeat", fname="last_ack", hl7=h)


def gn_api(ctx):
    dev = ctx.staff("Software Engineer", "Information Services")
    obj = {"service": "badge-sync", "environment": "prod", "endpoint": "https://api.riversidehealth.example/v2/badges",
           "retry": {"max_attempts": 5, "backoff_seconds": [1, 2, 4, 8, 16]}, "batch_size": 250,
           "schedule": "*/15 * * * *", "owner": dev.email, "ticket": f"INC{ctx.rng.randrange(10**6, 10**7)}"}
    blocks = [greet(ctx, "team"), ("p", "Config for the badge sync job after today's fix. Batch size lowered to 250 to stop the timeouts."),
              ("kv", [(k, json.dumps(v)) for k, v in obj.items()])]
    cover = finish(ctx, [greet(ctx, "team"), ("p", "Updated config attached.")], dev, short=True)
    return Content(ctx.pick(["badge-sync config", "Config change", "Fix deployed"]), dev.addr(), [("IS Dev", f"is.dev@{ORG}")],
                   finish(ctx, blocks, dev, short=True), "IT service configuration; no person's health", cover=cover,
                   title="badge-sync config", fname="badge_sync", json=json.dumps(obj, indent=2) + "\n", xml_root="Config")


def gn_stormwater(ctx):
    fac = ctx.staff("Environmental Compliance Manager", "Facilities")
    blocks = [greet(ctx, "Facilities"), ("p", "The EPA stormwater discharge permit for the North Campus is up for renewal. Outfall 002 "
                                              "sampling is scheduled for the next qualifying rain event; please keep the retention pond "
                                              "gate unlocked."),
              ("kv", [("Permit", f"OHR{ctx.rng.randrange(10**5, 10**6)}"), ("Sampling", "Total suspended solids, oil & grease, pH"),
                      ("Due", fmt_date(ctx.day(20, 50), "us"))])]
    blocks = finish(ctx, blocks, fac)
    return Content(ctx.pick(["Discharge permit", "Stormwater sampling", "Permit renewal"]), fac.addr(), [("Facilities", f"facilities@{ORG}")],
                   blocks, "'Discharge' in the environmental-permit sense; no patient", title="Permit", fname="permit",
                   xml_root="Permit")


# ======================================================================================
# Registry: kind -> templates with the forms each can be rendered in
# ======================================================================================

P, D = PROSE_FORMS, DATA_FORMS
H = {"hl7"}
TEMPLATES = {
    "lab_result": [(lab_letter, P), (lab_table, D | H), (lab_critical, D | H), (lab_thread, P)],
    "referral": [(ref_letter, P), (ref_short, P), (ref_form, D), (ref_thread, P)],
    "clinical_note": [(note_soap, P), (note_narrative, P), (note_curbside, P), (note_problems, D)],
    "discharge": [(dc_summary, D | H), (dc_instructions, P), (dc_bedboard, P), (dc_snf, P)],
    "appointment": [(appt_reminder, P), (appt_schedule, D | H), (appt_reschedule, P), (appt_prep, P)],
    "medication": [(med_refill, D), (med_rec, D), (med_warfarin, P), (med_newrx, P)],
    "registration": [(reg_intake, D), (reg_correction, P), (reg_batch, D), (reg_charity, D)],
    "billing_claim": [(bill_eob, D), (bill_appeal, P), (bill_priorauth, D), (bill_inquiry, P)],
    "hl7": [(hl7_alert, P | H), (hl7_analyst, P | H), (hl7_batch, P | H), (hl7_rad, P | H)],
    "ccda": [(ccda_doc, {"xml", "fwd", "htmlatt", "pdf"})],
    "imaging": [(img_report, D | H), (img_critical, D), (img_protocol, P), (img_callback, P)],
    "label": [(lbl_lunch, D), (lbl_huddle, P), (lbl_thanks, P), (lbl_agenda, D), (lbl_callme, P)],
    "mbi": [(mbi_update, P), (mbi_elig, D), (mbi_abn, D), (mbi_thread, P)],
    "provider_directory": [(pd_table, D), (pd_welcome, D), (pd_roster, D), (pd_mfn, P | H)],
    "prescriber_notice": [(pn_dea, D), (pn_npi_portal, P), (pn_epcs, P), (pn_cred, D)],
    "newsletter": [(nl_coding, P), (nl_pt, P), (nl_lab, P), (nl_employee, P)],
    "education": [(ed_sepsis, P), (ed_cme, P), (ed_case, P), (ed_insulin, D)],
    "aggregate": [(ag_dashboard, D), (ag_memo, P), (ag_qrda, P | {"xml"}), (ag_icd_counts, D)],
    "template": [(tp_letter, P), (tp_blank_form, D), (tp_smartphrase, P), (tp_hl7, P | H), (tp_ccda, {"xml", "fwd"}),
                 (tp_import, D)],
    "birth_year": [(by_founder, P), (by_birthdays, D), (by_retirement, P), (by_board, P), (by_history, P)],
    "id_shaped": [(id_invoice, D), (id_tracking, D), (id_extensions, D), (id_assets, D), (id_rfp, D), (id_ndc, D)],
    "staff_admin": [(sa_schedule, D), (sa_pto, P), (sa_hipaa, P), (sa_oncall, D), (sa_referral_bonus, P)],
    "marketing": [(mk_mammo, P), (mk_job, P), (mk_conf, P), (mk_recall, P), (mk_flu, P)],
    "name_only": [(no_volunteers, D), (no_parking, D), (no_lostfound, P), (no_donors, P), (no_raffle, D)],
    "other_label": [(ol_policy, P), (ol_budget, D), (ol_change, D), (ol_reply, P), (ol_supplies, D)],
    "general": [(gn_password, P), (gn_downtime, P), (gn_shipping, P), (gn_budget, D), (gn_ack, P | H), (gn_api, D),
                (gn_stormwater, D)],
}


# ======================================================================================
# Packaging a Content into a message in a given form
# ======================================================================================

class Env:
    """Header envelope for one message (outer or forwarded inner)."""

    def __init__(self, sender, to, cc, subject, profile, in_reply_to, dt):
        self.sender, self.to, self.cc, self.subject = sender, to, cc, subject
        self.profile, self.in_reply_to, self.dt = profile, in_reply_to, dt


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.pdf_count = 0
        self.bcount = 0

    def boundary(self, kind):
        self.bcount += 1
        pre = {"mixed": "_004_", "alternative": "_000_"}[kind]
        return f"{pre}{make_server(self.rng)}{self.rng.getrandbits(96):024X}namp_"

    def body(self, form, blocks, title=None):
        rng = self.rng
        desc = form
        if form in ("7bit", "qp", "b64"):
            txt = render_text(blocks, ascii_only=(form == "7bit"), wrap_p=(form == "7bit" or rng.random() < 0.4),
                              table_style=rng.choice(["aligned", "aligned", "pipe", "tab"]),
                              bullet=rng.choice(["-", "*", "\u2022", "1"]))
            cte = {"7bit": "7bit", "qp": "quoted-printable", "b64": "base64"}[form]
            return text_part(txt, "plain", cte), desc
        o = HtmlOpts(rng, split=rng.choice([0.0, 0.6, 0.9, 1.0]), nbsp=rng.random() < 0.6, entities=rng.random() < 0.5,
                     outlook=rng.random() < 0.8)
        h = render_html(blocks, o, title)
        hpart = text_part(h, "html", "quoted-printable" if rng.random() < 0.7 else "base64")
        if o.did_split:
            desc += "(spans)"
        if form == "html":
            return hpart, desc
        txt = render_text(blocks, ascii_only=False, wrap_p=rng.random() < 0.5,
                          table_style=rng.choice(["aligned", "tab"]), bullet=rng.choice(["-", "*"]))
        all_ascii = all(ord(ch) < 128 for ch in txt) and max(len(x) for x in txt.split("\n")) < 900
        tpart = text_part(txt, "plain", "7bit" if all_ascii and rng.random() < 0.4 else "quoted-printable")
        b = self.boundary("alternative")
        return Part([("Content-Type", f'multipart/alternative; boundary="{b}"')], children=[tpart, hpart], boundary=b), desc

    def attachment(self, form, c, ctx):
        rng = self.rng
        stem = c.fname
        if form == "pdf":
            compress = self.pdf_count % 2 == 0
            self.pdf_count += 1
            info_date = "D:" + ctx.dt.strftime("%Y%m%d%H%M%S") + ("Z" if ctx.dt.utcoffset().total_seconds() == 0 else
                                                                  ctx.dt.strftime("%z")[:3] + "'" + ctx.dt.strftime("%z")[3:] + "'")
            data = make_pdf(c.blocks, c.title, compress, info_date,
                            rng.choice(["Riverside Document Services", "Microsoft: Print To PDF", "Epic Print Service",
                                        "ReportServer 4.2"]))
            return attachment_part(data, "application/pdf", stem + ".pdf", "base64", ctx.dt, rng), \
                "pdf(flate)" if compress else "pdf(plain)"
        if form == "hl7":
            if rng.random() < 0.55:
                data = c.hl7.encode("ascii")
                return attachment_part(data, "x-application/hl7-v2+er7", stem + ".hl7", "base64", ctx.dt, rng), "hl7(er7)"
            data = crlf(c.hl7.rstrip("\r")).encode("ascii") + b"\r\n"
            return attachment_part(data, 'text/plain; charset="us-ascii"', stem + ".hl7",
                                   rng.choice(["7bit", "base64"]), ctx.dt, rng), "hl7(text)"
        if form == "csv":
            text, ctype, ext = (c.csv or render_csv(c.blocks)), 'text/csv; charset="utf-8"', "csv"
        elif form == "txt":
            text = render_text(c.blocks, ascii_only=rng.random() < 0.5, wrap_p=True, table_style="aligned")
            ctype, ext = 'text/plain; charset="utf-8"', "txt"
        elif form == "htmlatt":
            o = HtmlOpts(rng, split=rng.choice([0.0, 0.7, 1.0]), nbsp=rng.random() < 0.5, entities=rng.random() < 0.4, outlook=False)
            text, ctype, ext = render_html(c.blocks, o, c.title), 'text/html; charset="utf-8"', "html"
        elif form == "json":
            text, ctype, ext = (c.json or render_json(c.blocks, c.title)), "application/json", "json"
        elif form == "xml":
            text = c.xml or render_xml(c.blocks, c.xml_root, c.title)
            ctype, ext = rng.choice(["application/xml", "text/xml"]), "xml"
        else:
            raise ValueError(form)
        data = text.encode("utf-8")
        ascii_ok = all(b < 128 for b in data) and max(len(x) for x in data.split(b"\n")) < 900
        r = rng.random()
        cte = "base64" if r < 0.6 else ("quoted-printable" if r < 0.8 or not ascii_ok else "7bit")
        desc = {"htmlatt": "html-att", "xml": "ccda" if "ClinicalDocument" in text and "2.16.840.1.113883.10.20.22" in text else "xml"}.get(form, form)
        return attachment_part(data, ctype, f"{stem}.{ext}", cte, ctx.dt, rng), desc

    def message(self, ctx, kind, form, c, label, env, tpl_forms):
        rng = self.rng
        has_att = False
        if form in BODY_FORMS:
            top, desc = self.body(form, c.blocks, c.title)
        elif form in ATT_FORMS:
            signer = first_of(c.sender[0]) if "." in c.sender[1].split("@")[0] else c.sender[0]
            cover = c.cover or (generic_cover(ctx, c) + [("sig", [closing(ctx), signer])])
            cover_form = rng.choice(["7bit", "qp", "html", "alt", "alt"])
            bp, bdesc = self.body(cover_form, cover)
            ap, adesc = self.attachment(form, c, ctx)
            b = self.boundary("mixed")
            top = Part([("Content-Type", f'multipart/mixed; boundary="{b}"')], children=[bp, ap], boundary=b)
            desc = f"{bdesc}+{adesc}"
            has_att = True
        elif form == "fwd":
            inner_form = self.inner_form(kind, tpl_forms)
            inner_env = Env(c.sender, c.to, c.cc, c.subject, c.profile, c.in_reply_to,
                            ctx.dt - datetime.timedelta(minutes=rng.randrange(30, 4000)))
            inner_bytes, idesc = self.message(ctx, kind, inner_form, c, None, inner_env, tpl_forms)
            fw = c.forwarder or ctx.staff(rng.choice(["Practice Manager", "Administrative Assistant", "Operations Coordinator",
                                                      "Charge Nurse", "Supervisor"]), rng.choice(["Ambulatory Operations", "4 North",
                                                                                                  "Patient Access", "Quality"]))
            rc = ctx.staff(rng.choice(["Manager", "Director", "Analyst", "Coordinator"]), rng.choice(["Quality", "Operations", "Compliance", "Clinical Informatics"]))
            blocks = [greet(ctx, rc.first), ("p", rng.choice([
                "FYI - see the attached message.", "Forwarding as an attachment so the original headers are kept.",
                "Can you take a look at the message below and let me know how you want to handle it?",
                "Sending this along for your files.", "See attached. Thoughts?"])), sig_block(ctx, fw, short=rng.random() < 0.5)]
            d = disclaimer(ctx)
            if d:
                blocks.append(d)
            bp, bdesc = self.body(rng.choice(["7bit", "qp", "html", "alt"]), blocks)
            mp = Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment"),
                       ("Content-Transfer-Encoding", "7bit")], body=inner_bytes)
            b = self.boundary("mixed")
            top = Part([("Content-Type", f'multipart/mixed; boundary="{b}"')], children=[bp, mp], boundary=b)
            desc = f"{bdesc}+fwd[{idesc}]"
            env = Env(fw.addr(), [rc.addr()], [], "FW: " + c.subject, "internal", False, ctx.dt)
            has_att = True
        else:
            raise ValueError(form)
        top.headers = message_headers(ctx, env, label, top.headers, has_att)
        return serialize(top), desc

    def inner_form(self, kind, forms):
        rng = self.rng
        if "xml" in forms and not (forms & {"7bit", "html"}):
            return "xml"
        if kind == "hl7":
            return "hl7" if rng.random() < 0.7 else "7bit"
        if rng.random() < 0.3:
            atts = [f for f in ("pdf", "csv", "txt", "json") if f in forms]
            if atts:
                return rng.choice(atts)
        return rng.choice([f for f in ("7bit", "qp", "html", "alt", "alt", "b64") if f in forms])


def pick_label(ctx, kind):
    if kind == "label":
        return "phi"
    if kind == "other_label":
        return ctx.pick(["general", "internal"])
    r = ctx.rng.random()
    if kind in POSITIVE_KINDS:
        if r < 0.08:
            return "phi"
        if r < 0.20:
            return ctx.pick(["general", "internal"])
        return None
    return ctx.pick(["general", "internal"]) if r < 0.2 else None


def main():
    rng = random.Random(SEED)
    plan = [(k, f) for k in POSITIVE_KINDS + NEGATIVE_KINDS for f in FORM_PLAN[k]]
    rng.shuffle(plan)
    usage = {}
    builder = Builder(rng)
    os.makedirs(OUT_DIR, exist_ok=True)
    for name in sorted(os.listdir(OUT_DIR)):
        if re.fullmatch(r"h\d{4}\.eml", name):
            os.remove(os.path.join(OUT_DIR, name))
    labels = []
    for i, (kind, form) in enumerate(plan, 1):
        cands = [(fn, forms) for fn, forms in TEMPLATES[kind] if form in forms]
        if not cands:
            raise SystemExit(f"no template for {kind}/{form}")
        cands.sort(key=lambda t: usage.get(t[0].__name__, 0))
        least = usage.get(cands[0][0].__name__, 0)
        tied = [t for t in cands if usage.get(t[0].__name__, 0) == least]
        fn, forms = rng.choice(tied)
        usage[fn.__name__] = usage.get(fn.__name__, 0) + 1
        ctx = Ctx(rng, i, kind)
        c = fn(ctx)
        label = pick_label(ctx, kind)
        if c.profile == "internal" and rng.random() < 0.08:
            c.profile = "minimal"
        env = Env(c.sender, c.to, c.cc, c.subject, c.profile, c.in_reply_to, ctx.dt)
        data, desc = builder.message(ctx, kind, form, c, label, env, forms)
        phi = kind in POSITIVE_KINDS
        note = c.hl7_note if form == "hl7" and c.hl7_note else c.note
        if kind not in ("label", "other_label"):
            if label == "phi":
                note += "; also carries the Confidential - PHI label"
            elif label:
                note += f"; carries the {label.capitalize()} label" + (", which does not override the content" if phi else "")
        elif kind == "other_label":
            note = note.format(lab=label.capitalize())
        fname = f"h{i:04d}.eml"
        with open(os.path.join(OUT_DIR, fname), "wb") as fh:
            fh.write(data)
        labels.append({"file": fname, "phi": phi, "kind": kind, "form": desc, "note": note,
                       })
    with open(LABELS, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {len(labels)} messages to {OUT_DIR} and {LABELS}")


if __name__ == "__main__":
    main()
