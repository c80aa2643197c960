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
        self.dob = datetime.date(ref.year - age, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365))
        if self.dob >= ref.replace(year=ref.year - age + 1):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        self.age = (ref - self.dob).days // 365
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


def html_inline(text, o):
    """Escape text for HTML, splitting identifier-like values across <span>s when asked."""
    out, pos = [], 0
    for m in ID_RE.finditer(text):
        out.append(esc(text[pos:m.start()], o))
        val = m.group(0)
        out.append(split_spans(val, o) if o.rng.random() < o.split else esc(val, o))
        pos = m.end()
    out.append(esc(text[pos:], o))
    s = "".join(out)
    if o.nbsp:
        s = re.sub(r"\b(MRN|DOB|SSN|NPI|DEA|MBI|ID|Member|Claim|Patient|Invoice|PO|Order)(:?) ",
                   lambda m: m.group(1) + m.group(2) + "&nbsp;", s)
    return s


def html_value(v, o, name_like=False):
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
            out.append(f"{p_open}{html_inline(b[1], o)}</p>")
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
    out, cur = [], ""
    for tok in tokens:
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


def message_headers(ctx, c, label, ctype_headers, has_attach, subject):
    rng, dt = ctx.rng, ctx.dt
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
        w = Worker(self.rng, self.rng.choice(["Intake Coordinator", "Office Manager", "Care Coordinator",
                                              "Account Representative", "Referral Specialist"]), name, domain=dom)
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
            lines.append(ctx.pick(["Pronouns: she/her", "Pronouns: he/him", "Riverside Health — Care that comes home",
                                   "Working hours: Mon–Thu 7:00–5:30"]))
    else:
        lines.append(w.dept)
        lines.append(w.phone)
    return ("sig", lines)


def disclaimer(ctx, c_external=False):
    if c_external and ctx.chance(0.5):
        return ("disclaimer", DISCLAIMERS[2])
    if ctx.chance(0.45):
        return ("disclaimer", ctx.pick([DISCLAIMERS[0], DISCLAIMERS[1], DISCLAIMERS[3], DISCLAIMERS[4], DISCLAIMERS[5]]))
    return None


def finish(ctx, blocks, w, short=False, external=False):
    out = list(blocks) + [sig_block(ctx, w, short)]
    d = disclaimer(ctx, external)
    if d:
        out.append(d)
    return out


def greet(ctx, name):
    return ("line", ctx.pick([f"Hi {name},", f"Hello {name},", f"{name},", f"Good morning {name},",
                              f"Hi {name} -", f"Dear {name},"]))


def lab_value(rng, key, mode):
    name, unit, lo, hi, loinc, dec = LABS[key]
    span = hi - lo if hi > lo else max(hi, 1)
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
    to_first = c.to[0][0].split(",")[-1].strip().split(" ")[0] if c.to else "team"
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


def lab_letter(ctx):
    p = ctx.patient(lo=25, hi=85)
    doc = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine", "Endocrinology, Diabetes & Metabolism"]))
    panel = ctx.pick(list(PLAN_BY_PANEL))
    res = panel_results(ctx, panel, ctx.pick([1, 1, 2]))
    drawn = ctx.day(-12, -2)
    loc = ctx.pick(["Eastgate", "North Campus", "Fairview Heights", "Main Hospital outpatient"])
    blocks = [("line", ctx.pick([f"Dear {p.formal},", f"Dear {p.first},", f"Hi {p.first},", f"{p.name},"])), ("line", "")]
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
    blocks.append(("p", ctx.pick(PLAN_BY_PANEL[panel])))
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
            f"and a {panel} results table" + (f" ({ab[0][0]} {ab[0][1]} {ab[0][4]})" if ab else ""))
    hl7 = oru_lab(ctx, p, res, doc, ident="mrn" if ident == "mrn" else "lab")
    return Content(subject, sender, to, blocks, note, title="Laboratory Report",
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
                   hl7=oru_lab(ctx, p, res, doc, "mrn", ("24323-8", "Chemistry panel")), profile=profile)


def lab_thread(ctx):
    p = ctx.patient(sex="F", lo=35, hi=80)
    doc = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    nurse = ctx.nurse("Family Medicine")
    tsh = f"{ctx.rng.uniform(6.5, 11.9):.1f}"
    ft4 = f"{ctx.rng.uniform(0.9, 1.4):.1f}"
    dose = ctx.pick(["50 mcg", "75 mcg", "88 mcg", "100 mcg"])
    q = [greet(ctx, doc.dr),
         ("p", f"Mrs. {p.last} sent a portal message asking about her thyroid results from last week. TSH came back "
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
    note = f"Thread about named patient Mrs. {p.last}: TSH {tsh}, free T4, levothyroxine dose"
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


def _pron(text, p):
    return (text.replace("He/She", p.he.capitalize()).replace("he/she", p.he).replace("his/her", p.his)
            .replace("him/her", p.him))


def ref_letter(ctx):
    p = ctx.patient(lo=18, hi=88)
    spec, why, hx, ask = ctx.pick(REFERRAL_CASES)
    me = ctx.doc(ctx.pick(["Family Medicine", "Internal Medicine"]))
    external = ctx.chance(0.4)
    if external:
        part = ctx.pick([PARTNERS[1], PARTNERS[2], PARTNERS[9]])
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
    part = ctx.pick([PARTNERS[1], PARTNERS[2], PARTNERS[9]])
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
    part = ctx.pick([PARTNERS[1], PARTNERS[2], PARTNERS[9]])
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
