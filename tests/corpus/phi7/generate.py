#!/usr/bin/env python3
"""Generator for the phi7 corpus (standard library only, deterministic).

Writes messages/v0001.eml ... and labels.json next to this file. Every random choice comes from one
random.Random with a fixed seed; no clock is read; nothing depends on set or dict hash order. MIME is
built by hand (CRLF line ends, quoted-printable and base64 at <= 76 columns, 7bit lines <= 998 octets),
PDFs are written by hand (PDF 1.4, Helvetica text drawn with Tj, optional FlateDecode, exact xref).
All people, numbers and addresses are invented; see README.md.
"""
import base64
import csv
import datetime
import io
import json
import os
import re
import shutil
import textwrap
import unicodedata
import zlib

import random

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
PREFIX = "v"
R = random.Random(770077)

ORG = "riversidehealth.example"
TENANT = "5d2e8f14-7a3c-4b91-a6e0-3f9c1d7b2e58"
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GEN_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INT_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
DIG = "0123456789"
HEX = "0123456789abcdef"

# ---------------------------------------------------------------------------------------------
# small text helpers


def fold_ascii(s):
    s = s.replace("\u0131", "i").replace("\u0130", "I").replace("\u00f8", "o").replace("\u00df", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("\u0111", "d").replace("\u0110", "D")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


LABEL_LINE = re.compile(r"[A-Z][A-Za-z0-9 /&()'.-]{0,30}:\s")


def _prose(l):
    t = l.strip()
    return bool(t) and "  " not in t and not LABEL_LINE.match(t) and not t.startswith((">", "|", "[", "#"))


def reflow(text):
    """Join prose lines that were hard-wrapped at ~115 columns in the source into one line per paragraph.
    Short lines (greetings, signatures), tables (double spaces), label lines ('Patient: ...') and quoted
    lines stay as they are."""
    src = text.split("\n")
    joined = []
    for line in src:
        if joined:
            prev = joined[-1]
            m = re.match(r"(\s*)([-*] |\d+[.)] )?", prev)
            hang = len(m.group(1)) + len(m.group(2) or "")
            cont_ok = (line[:hang].strip() == "" and len(line) - len(line.lstrip()) == hang) if hang else not line[:1].isspace()
            body_prev = prev[len(m.group(0)):]
            prose_prev = ("  " not in body_prev.strip()) if m.group(2) else _prose(body_prev)
            if len(prev) >= 95 and prose_prev and cont_ok and _prose(line) and not re.match(r"\s*([-*] |\d+[.)] )", line):
                joined[-1] = prev.rstrip() + " " + line.strip()
                continue
        joined.append(line)
    return "\n".join(joined)


def fill(text, width=76):
    """reflow(), then wrap long lines at `width` (list items keep a hanging indent) - used for 7bit bodies."""
    out = []
    for line in reflow(text).split("\n"):
        if len(line) <= width or "  " in line.strip():
            out.append(line)
            continue
        m = re.match(r"(\s*)([-*] |\d+[.)] )?", line)
        hang = " " * (len(m.group(1)) + len(m.group(2) or ""))
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=hang, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def dedent(s):
    """Like textwrap.dedent, but the indent is taken from the first non-blank line, so that multi-line values
    interpolated into an indented template (signatures, tables) do not stop the template from being dedented."""
    lines = s.strip("\n").split("\n")
    first = next(l for l in lines if l.strip())
    ind = first[:len(first) - len(first.lstrip())]
    return "\n".join(l[len(ind):] if l.startswith(ind) else l.lstrip(" ") if not l.strip() else l for l in lines).rstrip() + "\n"


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def guid():
    h = "".join(R.choice(HEX) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------------------------------------
# identifiers (all synthetic)

MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
FAMOUS_SSN = {"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"}
USED = set()


def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("no unique value")


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi():
    def one():
        base = R.choice("12") + "".join(R.choice(DIG) for _ in range(8))
        for c in DIG:
            if luhn_ok("80840" + base + c):
                return base + c
    return uniq(one)


def dea(last, first_letter=None):
    def one():
        d = [R.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        fl = first_letter or R.choice("ABF")
        return fl + fold_ascii(last)[0].upper() + "".join(map(str, d)) + str(chk)
    return uniq(one)


def mbi(sep=""):
    def one():
        a = MBI_ALPHA
        c = [R.choice("123456789"), R.choice(a), R.choice(a + DIG), R.choice(DIG), R.choice(a), R.choice(a + DIG),
             R.choice(DIG), R.choice(a), R.choice(a), R.choice(DIG), R.choice(DIG)]
        return "".join(c)
    v = uniq(one)
    return v[:4] + sep + v[4:7] + sep + v[7:] if sep else v


def ssn():
    def one():
        while True:
            a = R.randint(1, 899)
            if a == 666:
                continue
            v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
            if v not in FAMOUS_SSN:
                return v
    return uniq(one)


def mrn():
    return uniq(lambda: "RH" + str(R.randint(1000000, 9999999)))


def member():
    return uniq(lambda: "RHP" + str(R.randint(100000000, 999999999)))


AREAS = ["412", "724", "878", "814", "740"]


def phone(style=0, area=None):
    a = area or R.choice(AREAS)
    n = f"01{R.randint(0, 99):02d}"
    return [f"{a}-555-{n}", f"({a}) 555-{n}", f"{a}.555.{n}"][style]


def digits(n):
    return str(R.randint(1, 9)) + "".join(R.choice(DIG) for _ in range(n - 1))


def acc():
    return uniq(lambda: "A" + digits(8))


# real ICD-10-CM codes used in the corpus
ICD = {
    "E11.9": "Type 2 diabetes mellitus without complications",
    "E11.65": "Type 2 diabetes mellitus with hyperglycemia",
    "E11.22": "Type 2 diabetes mellitus with diabetic chronic kidney disease",
    "E10.9": "Type 1 diabetes mellitus without complications",
    "I10": "Essential (primary) hypertension",
    "I48.91": "Unspecified atrial fibrillation",
    "I50.22": "Chronic systolic (congestive) heart failure",
    "I50.9": "Heart failure, unspecified",
    "I21.4": "Non-ST elevation (NSTEMI) myocardial infarction",
    "I25.10": "Atherosclerotic heart disease of native coronary artery without angina pectoris",
    "I63.9": "Cerebral infarction, unspecified",
    "I26.99": "Other pulmonary embolism without acute cor pulmonale",
    "J44.1": "Chronic obstructive pulmonary disease with (acute) exacerbation",
    "J18.9": "Pneumonia, unspecified organism",
    "J45.909": "Unspecified asthma, uncomplicated",
    "N17.9": "Acute kidney failure, unspecified",
    "N18.32": "Chronic kidney disease, stage 3b",
    "N39.0": "Urinary tract infection, site not specified",
    "K35.80": "Unspecified acute appendicitis",
    "K80.20": "Calculus of gallbladder without cholecystitis without obstruction",
    "K57.32": "Diverticulitis of large intestine without perforation or abscess without bleeding",
    "K50.90": "Crohn's disease, unspecified, without complications",
    "M17.11": "Unilateral primary osteoarthritis, right knee",
    "M54.50": "Low back pain, unspecified",
    "M81.0": "Age-related osteoporosis without current pathological fracture",
    "M06.9": "Rheumatoid arthritis, unspecified",
    "S72.001A": "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture",
    "S52.501A": "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture",
    "C50.911": "Malignant neoplasm of unspecified site of right female breast",
    "C34.11": "Malignant neoplasm of upper lobe, right bronchus or lung",
    "C18.7": "Malignant neoplasm of sigmoid colon",
    "C61": "Malignant neoplasm of prostate",
    "F32.A": "Depression, unspecified",
    "F41.1": "Generalized anxiety disorder",
    "F11.20": "Opioid dependence, uncomplicated",
    "F10.20": "Alcohol dependence, uncomplicated",
    "G40.909": "Epilepsy, unspecified, not intractable, without status epilepticus",
    "G47.33": "Obstructive sleep apnea (adult) (pediatric)",
    "G20.A1": "Parkinson's disease without dyskinesia, without mention of fluctuations",
    "G30.9": "Alzheimer's disease, unspecified",
    "O24.410": "Gestational diabetes mellitus in pregnancy, diet controlled",
    "P59.9": "Neonatal jaundice, unspecified",
    "D50.9": "Iron deficiency anemia, unspecified",
    "E03.9": "Hypothyroidism, unspecified",
    "E78.5": "Hyperlipidemia, unspecified",
    "E66.01": "Morbid (severe) obesity due to excess calories",
    "R07.9": "Chest pain, unspecified",
    "A41.9": "Sepsis, unspecified organism",
    "B20": "Human immunodeficiency virus [HIV] disease",
    "L03.115": "Cellulitis of right lower limb",
    "L89.153": "Pressure ulcer of sacral region, stage 3",
    "Z12.31": "Encounter for screening mammogram for malignant neoplasm of breast",
    "Z51.11": "Encounter for antineoplastic chemotherapy",
    "Z79.01": "Long term (current) use of anticoagulants",
    "Z96.651": "Presence of right artificial knee joint",
    "H35.3211": "Exudative age-related macular degeneration, right eye, with active choroidal neovascularization",
    "R73.03": "Prediabetes",
    "H90.3": "Sensorineural hearing loss, bilateral",
}

# ---------------------------------------------------------------------------------------------
# people

TRAD = {
    "anglo": (["Emily", "Jacob", "Megan", "Tyler", "Sarah", "Brian", "Heather", "Kyle", "Laura", "Dale", "Rebecca", "Gary"],
              ["Miller", "Baker", "Thompson", "Collins", "Hughes", "Parker", "Reed", "Foster", "Sullivan", "Carter", "Bennett", "Ward"]),
    "afam": (["Keisha", "DeShawn", "Tamika", "Marcus", "Latoya", "Andre", "Imani", "Jamal", "Shanice", "Darnell", "Aaliyah", "Terrence"],
             ["Washington", "Jefferson", "Banks", "Jackson", "Freeman", "Robinson", "Coleman", "Booker", "Gaines", "Dorsey", "Mayfield", "Holloway"]),
    "hisp": (["Guadalupe", "Jos\u00e9", "Mar\u00eda", "Alejandro", "Luc\u00eda", "Jes\u00fas", "Ximena", "Rafael", "Marisol", "H\u00e9ctor", "Yesenia", "Joaqu\u00edn"],
             ["Hern\u00e1ndez", "Ram\u00edrez", "Villanueva", "Ortiz", "Casta\u00f1eda", "Morales", "Guti\u00e9rrez", "Pe\u00f1a", "Delgado", "Salazar", "Ibarra", "Fuentes"]),
    "chinese": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Lihua", "Zhiwei", "Yan", "Bo", "Qing"],
                ["Chen", "Liu", "Zhang", "Huang", "Zhou", "Wu", "Xu", "Lin", "Guo", "Tang"]),
    "viet": (["Thanh", "Linh", "Minh", "H\u01b0\u01a1ng", "\u0110\u1ee9c", "Ph\u01b0\u01a1ng", "Tu\u1ea5n", "Ng\u1ecdc", "Khanh", "Bao"],
             ["Nguy\u1ec5n", "Tr\u1ea7n", "Pham", "Le", "Vu", "Dang", "Bui", "Do", "Ho", "Truong"]),
    "korean": (["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Eun-ji", "Sung-min", "Da-eun", "Jae-hyun"],
               ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim"]),
    "southasian": (["Priya", "Arjun", "Ananya", "Rohan", "Deepika", "Vikram", "Sunita", "Rahul", "Harpreet", "Gurpreet"],
                   ["Patel", "Sharma", "Reddy", "Iyer", "Banerjee", "Gill", "Sandhu", "Menon", "Desai", "Kulkarni"]),
    "bangla_pak": (["Farhan", "Nasreen", "Imran", "Shabnam", "Tanvir", "Ayesha"], ["Rahman", "Qureshi", "Chaudhry", "Hossain", "Malik", "Siddiqui"]),
    "filipino": (["Maricel", "Rommel", "Jocelyn", "Arnel", "Rowena", "Jericho", "Liezl", "Danilo"],
                 ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino", "Manalo"]),
    "arabic": (["Omar", "Layla", "Khalid", "Fatima", "Yousef", "Rania", "Bashir", "Huda"],
               ["Haddad", "Al-Sayed", "Nasser", "Khoury", "Hussein", "Mansour", "Saleh", "Abboud"]),
    "nigerian": (["Chiamaka", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Babatunde", "Ngozi", "Efosa"],
                 ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Ogunleye", "Nwosu", "Osagie"]),
    "eastafrican": (["Abdi", "Hodan", "Tesfaye", "Meseret", "Yohannes", "Amina", "Dawit", "Saida"],
                    ["Mohamed", "Warsame", "Bekele", "Tadesse", "Haile", "Abdullahi", "Gebremedhin", "Farah"]),
    "slavic": (["Oksana", "Dmitri", "Katarzyna", "Pavel", "Svetlana", "Tomasz", "Irina", "Bohdan"],
               ["Kowalski", "Petrov", "Volkov", "Nowak", "Shevchenko", "Dvo\u0159\u00e1k", "Zielinski", "Ivanova"]),
    "italian": (["Giuseppe", "Francesca", "Salvatore", "Rosa", "Vincenzo", "Angela"], ["Russo", "Esposito", "Romano", "Colombo", "Ricci", "DeLuca"]),
    "irish": (["Siobhan", "Declan", "Aoife", "Cormac", "Niamh", "Padraig"], ["O'Brien", "Gallagher", "Kavanagh", "Doherty", "McCarthy", "Brennan"]),
    "japanese": (["Haruto", "Yuki", "Kenji", "Aiko", "Takeshi", "Emiko"], ["Nakamura", "Tanaka", "Watanabe", "Yamamoto", "Sato", "Kobayashi"]),
    "haitian": (["Jean-Baptiste", "Marie-Claude", "Wilner", "Nadège", "Fritz", "Guerline"], ["Pierre", "Jean-Louis", "Desrosiers", "Toussaint", "Charles", "Joseph"]),
    "hmong": (["Pa Nhia", "Tou", "Mai", "Xeng", "Bao", "Chue"], ["Thao", "Vang", "Xiong", "Yang", "Lor", "Moua"]),
    "persian": (["Dariush", "Shirin", "Kourosh", "Parisa", "Arash", "Niloufar"], ["Tehrani", "Hosseini", "Karimi", "Rostami", "Farahani", "Mahmoudi"]),
    "jewish": (["Miriam", "Avi", "Rivka", "Eli", "Shoshana", "Mordechai"], ["Goldberg", "Katz", "Rosenbaum", "Feldman", "Weiss", "Levine"]),
    "dine": (["Darlene", "Leroy", "Shandiin", "Marlon", "Nizhoni", "Harrison"], ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Tso"]),
    "greek": (["Eleni", "Dimitrios", "Sofia", "Konstantinos", "Athena", "Nikos"], ["Papadopoulos", "Georgiou", "Karras", "Alexiou", "Pappas", "Demos"]),
    "lusophone": (["Jo\u00e3o", "Concei\u00e7\u00e3o", "Thiago", "Fernanda", "Ant\u00f3nio", "Leonor"], ["Ferreira", "Gon\u00e7alves", "Pereira", "Carvalho", "Rodrigues", "Souza"]),
    "nordic": (["Bj\u00f6rn", "Ingrid", "Lars", "Astrid", "Sven", "Greta"], ["Lindqvist", "Johansson", "Halvorsen", "M\u00fcller", "Schneider", "Eriksen"]),
    "pacific": (["Leilani", "Sione", "Malia", "Tevita", "Losa", "Keoni"], ["Fonoti", "Taufa", "Tuilagi", "Kahananui", "Faleolo", "Mahe"]),
    "turkish_armenian": (["Emre", "Ay\u015fe", "Arman", "Lusine", "Mehmet", "Ani"], ["Y\u0131lmaz", "Demir", "Petrosyan", "Hakobyan", "\u00c7elik", "Sarkisian"]),
}
TRAD_KEYS = list(TRAD)
FEMALE = {"Emily", "Megan", "Sarah", "Heather", "Laura", "Rebecca", "Keisha", "Tamika", "Latoya", "Imani", "Shanice", "Aaliyah",
          "Guadalupe", "Mar\u00eda", "Luc\u00eda", "Ximena", "Marisol", "Yesenia", "Xiaoling", "Mei", "Lihua", "Yan", "Qing", "Linh",
          "H\u01b0\u01a1ng", "Ph\u01b0\u01a1ng", "Ng\u1ecdc", "Seo-yeon", "Eun-ji", "Da-eun", "Ji-woo", "Priya", "Ananya", "Deepika",
          "Sunita", "Harpreet", "Nasreen", "Shabnam", "Ayesha", "Maricel", "Jocelyn", "Rowena", "Liezl", "Layla", "Fatima", "Rania", "Huda",
          "Chiamaka", "Adaeze", "Funmilayo", "Ngozi", "Hodan", "Meseret", "Amina", "Saida", "Oksana", "Katarzyna", "Svetlana", "Irina",
          "Francesca", "Rosa", "Angela", "Siobhan", "Aoife", "Niamh", "Yuki", "Aiko", "Emiko", "Marie-Claude", "Nad\u00e8ge", "Guerline",
          "Pa Nhia", "Mai", "Shirin", "Parisa", "Niloufar", "Miriam", "Rivka", "Shoshana", "Darlene", "Shandiin", "Nizhoni", "Eleni", "Sofia",
          "Athena", "Concei\u00e7\u00e3o", "Fernanda", "Leonor", "Ingrid", "Astrid", "Greta", "Leilani", "Malia", "Losa", "Ay\u015fe",
          "Lusine", "Ani"}


def sex_of(first):
    return "F" if first in FEMALE else "M"


USED_NAMES = set()
_trad_cycle = []


def pick_name(trad=None, ascii_only=False, sex=None):
    global _trad_cycle
    if trad is None:
        if not _trad_cycle:
            _trad_cycle = TRAD_KEYS[:]
            R.shuffle(_trad_cycle)
        trad = _trad_cycle.pop()
    for t in [trad] + TRAD_KEYS:
        firsts, lasts = TRAD[t]
        free = [(f, l) for f in firsts for l in lasts if (f, l) not in USED_NAMES and (is_ascii(f + l) or not ascii_only)
                and (sex is None or sex_of(f) == sex)]
        if free:
            f, l = R.choice(free)
            USED_NAMES.add((f, l))
            return f, l
    raise RuntimeError("names exhausted")


class Person:
    def __init__(self, first, last, creds="", title="", dept="", domain=ORG, ext=None):
        self.first, self.last, self.creds, self.title, self.dept = first, last, creds, title, dept
        self.sex = sex_of(first)
        self.She = "She" if self.sex == "F" else "He"
        lp = re.sub(r"[^a-z.]", "", fold_ascii(f"{first}.{last}").lower().replace(" ", "").replace("'", ""))
        self.email = f"{lp}@{domain}"
        self.phone = phone(0)
        self.ext = ext

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def dr(self):
        return f"Dr. {self.last}"

    def addr(self, style="lastfirst"):
        disp = f"{self.last}, {self.first}" if style == "lastfirst" else self.full
        return fmt_addr(disp, self.email)

    def sig(self, short=False):
        name = self.full + (f", {self.creds}" if self.creds else "")
        if short:
            return name
        lines = [name]
        if self.title or self.dept:
            lines.append(" | ".join(x for x in (self.title, self.dept) if x))
        lines.append("Riverside Health")
        lines.append(f"P {self.phone}" + (f" | ext. {self.ext}" if self.ext else ""))
        return "\n".join(lines)


def fmt_addr(disp, email):
    if is_ascii(disp):
        return f'"{disp}" <{email}>' if ("," in disp or "." in disp) else f"{disp} <{email}>"
    return f"=?utf-8?B?{base64.b64encode(disp.encode('utf-8')).decode()}?= <{email}>"


def staff(creds="", title="", dept="", trad=None, domain=ORG):
    f, l = pick_name(trad)
    return Person(f, l, creds, title, dept, domain, ext=None if R.random() < 0.6 else str(R.randint(40000, 49999)))


def doctor(specialty, creds="MD", trad=None, domain=ORG):
    p = staff(creds, specialty, "", trad, domain)
    p.npi = npi()
    p.dea = dea(p.last, "M" if creds in ("NP", "PA-C", "CRNP") else None)
    p.specialty = specialty
    return p


STREETS = ["Carrick Ave", "Mulberry Ln", "Orchard Hill Rd", "Spruce St", "Laurel Ct", "Ridgeview Dr", "Cedar Hollow Rd",
           "Bluff St", "Wharton Ave", "Juniper Way", "Millbrook Rd", "Foundry St", "Sycamore Pl", "Kestrel Dr",
           "Canal St", "Hilltop Terrace", "Beacon Ave", "Harbor View Dr", "Tanner Rd", "Poplar Ave"]
TOWNS = [("Riverside", "PA", "150"), ("Millvale Crossing", "PA", "152"), ("Elm Ridge", "PA", "156"), ("Cold Spring", "OH", "439"),
         ("Harmon Falls", "PA", "160"), ("East Wyler", "PA", "153"), ("Bramford", "OH", "437"), ("Kettle Run", "WV", "260")]


class Patient:
    def __init__(self, trad=None, sex=None, age=None, ascii_only=False):
        self.first, self.last = pick_name(trad, ascii_only, sex)
        self.sex = sex_of(self.first)
        age = age if age is not None else R.randint(19, 88)
        self.dob_d = CUR.date() - datetime.timedelta(days=int(age * 365.25) + R.randint(1, 360))
        self.mrn = mrn()
        self.member = member()
        self.ssn = ssn()
        self.mbi = mbi()
        n, s = R.randint(12, 4980), R.choice(STREETS)
        t = R.choice(TOWNS)
        self.street = f"{n} {s}"
        self.town, self.state = t[0], t[1]
        self.zip = t[2] + f"{R.randint(1, 99):02d}"
        self.phone = phone(R.choice([0, 1]))
        self.age = age
        self._ms = R.choice(["Ms.", "Mrs.", "Ms."])

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def dob(self):
        return self.dob_d.strftime("%m/%d/%Y")

    @property
    def dob8(self):
        return self.dob_d.strftime("%Y%m%d")

    @property
    def title(self):
        return "Mr." if self.sex == "M" else self._ms

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
    def address(self):
        return f"{self.street}, {self.town}, {self.state} {self.zip}"


def partner(name, org_dom):
    f, l = pick_name()
    return Person(f, l, "", "", "", org_dom)


# ---------------------------------------------------------------------------------------------
# dates: every generator runs with CUR set to the message date

CUR = datetime.datetime(2024, 6, 3, 9, 0, 0)
START = datetime.date(2024, 3, 18)


def pick_date():
    while True:
        d = START + datetime.timedelta(days=R.randint(0, 215))
        if d.weekday() < 5 or R.random() < 0.08:
            break
    return datetime.datetime(d.year, d.month, d.day, R.randint(6, 18), R.randint(0, 59), R.randint(0, 59))


def day(n=0, fmt="%m/%d/%Y"):
    d = CUR + datetime.timedelta(days=n)
    s = d.strftime(fmt)
    return s.replace("{d}", str(d.day))


def _adj(n):
    """Date n days after the message date; future dates two or more days out are moved off weekends."""
    d = CUR + datetime.timedelta(days=n)
    while n >= 2 and d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def dlong(n=0):
    d = _adj(n)
    return d.strftime("%A, %B ") + str(d.day)


def dshort(n=0):
    d = _adj(n)
    return f"{d.month}/{d.day}"


def d8(n=0):
    return (CUR + datetime.timedelta(days=n)).strftime("%Y%m%d")


def ts(n=0, hh=None, mm=None):
    d = CUR + datetime.timedelta(days=n)
    return d.strftime("%Y%m%d") + f"{hh if hh is not None else R.randint(0, 23):02d}{mm if mm is not None else R.randint(0, 59):02d}"


def rfc_date(dt):
    off = "-0400" if datetime.date(2024, 3, 10) <= dt.date() < datetime.date(2024, 11, 3) else "-0500"
    return dt.strftime("%a, ") + str(dt.day) + dt.strftime(" %b %Y %H:%M:%S ") + off


# ---------------------------------------------------------------------------------------------
# MIME parts


class Leaf:
    def __init__(self, ctype, data, cte, filename=None, params=None, inline_name=False):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if cte == "7bit":
            try:
                data.decode("ascii")
            except UnicodeDecodeError:
                cte = "quoted-printable"
        filename = fold_ascii(filename).replace(" ", "_") if filename else filename
        self.ctype, self.data, self.cte, self.filename, self.params = ctype, data, cte, filename, params or []
        self.flate = None


class Multi:
    def __init__(self, sub, parts):
        self.sub, self.parts = sub, parts


class Fwd:
    def __init__(self, raw, name=None):
        self.raw, self.name = raw, name


def qp_encode(data):
    data = data.replace(b"\r\n", b"\n")
    out = []
    for line in data.split(b"\n"):
        toks = []
        for i, c in enumerate(line):
            if c == 0x3D or c > 126 or (c < 32 and c != 9) or (c in (32, 9) and i == len(line) - 1):
                toks.append("=%02X" % c)
            else:
                toks.append(chr(c))
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def enc_body(data, cte):
    if cte == "base64":
        s = base64.b64encode(data).decode("ascii")
        return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))
    if cte == "quoted-printable":
        return qp_encode(data)
    t = data.decode("ascii").replace("\r\n", "\n").replace("\r", "\n")
    return "\r\n".join(t.split("\n"))


BCOUNT = [0]


def boundary():
    BCOUNT[0] += 1
    return "_%03d_%s%s_" % (BCOUNT[0] % 1000, "".join(R.choice("0123456789ABCDEF") for _ in range(28)), "namp")


def render(part):
    """Return (header lines, body text) for a part."""
    if isinstance(part, Multi):
        b = boundary()
        extra = '; type="multipart/alternative"' if part.sub == "related" else ""
        hdr = [f"Content-Type: multipart/{part.sub};", f'\tboundary="{b}"{extra}']
        chunks = []
        for sp in part.parts:
            h, body = render(sp)
            chunks.append("--" + b + "\r\n" + "\r\n".join(h) + "\r\n\r\n" + body.rstrip("\r\n") + "\r\n")
        return hdr, "".join(chunks) + "--" + b + "--\r\n"
    if isinstance(part, Fwd):
        hdr = ["Content-Type: message/rfc822"]
        hdr.append("Content-Disposition: attachment" + (f';\r\n\tfilename="{part.name}"' if part.name else ""))
        return hdr, part.raw.decode("ascii").rstrip("\r\n")
    ct = part.ctype
    params = ""
    if ct.startswith("text/") or ct.endswith(("+xml", "/xml", "/json", "/csv")):
        params += '; charset="utf-8"'
    for p in part.params:
        params += "; " + p
    if part.filename:
        hdr = [f"Content-Type: {ct}{params};", f'\tname="{part.filename}"', f"Content-Description: {part.filename}",
               f'Content-Disposition: attachment; filename="{part.filename}"; size={len(part.data)};',
               f'\tcreation-date="{rfc_date(CUR)}";', f'\tmodification-date="{rfc_date(CUR)}"']
    else:
        hdr = [f"Content-Type: {ct}{params}"]
    hdr.append(f"Content-Transfer-Encoding: {part.cte}")
    return hdr, enc_body(part.data, part.cte)


def describe(part):
    if isinstance(part, Multi):
        return f"multipart/{part.sub}(" + ", ".join(describe(p) for p in part.parts) + ")"
    if isinstance(part, Fwd):
        return "message/rfc822(forwarded)"
    s = f"{part.ctype};{part.cte}"
    if part.filename:
        s += f";{part.filename}"
    if part.ctype == "application/pdf":
        s += ";flate" if part.flate else ";uncompressed"
    return s


def has_att(part):
    if isinstance(part, Multi):
        return any(has_att(p) for p in part.parts)
    return isinstance(part, Fwd) or bool(part.filename)


# ---------------------------------------------------------------------------------------------
# body and attachment builders


def P(text, cte="7bit"):
    text = fill(text) if cte == "7bit" else reflow(text)
    return Leaf("text/plain", text.replace("\n", "\r\n"), cte)


def auto_html(text):
    paras = reflow(text).strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [esc(x) for x in p.split("\n")]
        lines = [re.sub(r"^( +)", lambda m: "&nbsp;" * len(m.group(1)), x) for x in lines]
        out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_doc(inner, lang="EN-US"):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'table.rh {border-collapse:collapse;} table.rh td, table.rh th {border:1px solid #999; padding:2px 6px;}\n--></style>\n'
            f'</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + inner + "\n</div>\n</body>\n</html>\n")


def table(rows, head=True):
    out = ['<table class="rh" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c if str(c).startswith('<') else esc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def H(inner, cte="quoted-printable", full=True):
    return Leaf("text/html", html_doc(inner) if full else inner, cte)


def ALT(text, inner=None, cte="quoted-printable", cal=None):
    parts = [Leaf("text/plain", reflow(text).replace("\n", "\r\n"), cte),
             Leaf("text/html", html_doc(inner if inner is not None else auto_html(text)), cte)]
    if cal:
        parts.append(cal)
    return Multi("alternative", parts)


def CSV(name, rows, cte="base64"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return Leaf("text/csv" if R.random() < 0.7 else "application/vnd.ms-excel", buf.getvalue(), cte, name)


def TXT(name, text, cte="base64"):
    return Leaf("text/plain", text.replace("\n", "\r\n"), cte, name)


def HTMLA(name, inner, cte="base64", full=True):
    return Leaf("text/html", html_doc(inner) if full else inner, cte, name)


def JSONA(name, obj, cte="base64"):
    return Leaf("application/json", json.dumps(obj, indent=2, ensure_ascii=False) + "\n", cte, name)


def XMLA(name, text, cte="base64"):
    return Leaf("text/xml" if R.random() < 0.5 else "application/xml", text, cte, name)


def HL7A(name, segs, ctype=None):
    ctype = ctype or R.choice(["x-application/hl7-v2+er7", "text/plain", "application/hl7-v2"])
    return Leaf(ctype, "\r".join(segs) + "\r", "base64", name)


def VCF(name, text):
    return Leaf("text/vcard", text.replace("\n", "\r\n"), "7bit", name)


def pdf_escape(s):
    try:
        b = s.encode("cp1252")
    except UnicodeEncodeError:
        b = fold_ascii(s).encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages, flate=False, title="Document"):
    """pages: list of lists of lines; a line starting with '# ' is drawn bold and larger."""
    objs = {}
    n_pages = len(pages)
    first_page = 5
    kids = []
    num = first_page
    for _ in pages:
        kids.append(num)
        num += 2
    info_id = num
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for k, lines in zip(kids, pages):
        cs = [b"BT", b"/F1 10 Tf", b"54 738 Td"]
        cur = (b"/F1", 10)
        for ln in lines:
            if ln.startswith("# "):
                want, txt, lead = (b"/F2", 13), ln[2:], 18
            elif ln.startswith("## "):
                want, txt, lead = (b"/F2", 10), ln[3:], 14
            else:
                want, txt, lead = (b"/F1", 10), ln, 13
            if want != cur:
                cs.append(want[0] + b" " + str(want[1]).encode() + b" Tf")
                cur = want
            cs.append(b"(" + pdf_escape(txt) + b") Tj")
            cs.append(b"0 -" + str(lead).encode() + b" Td")
        cs.append(b"ET")
        stream = b"\n".join(cs) + b"\n"
        if flate:
            body = zlib.compress(stream, 9)
            objs[k + 1] = b"<< /Length " + str(len(body)).encode() + b" /Filter /FlateDecode >>\nstream\n" + body + b"\nendstream"
        else:
            objs[k + 1] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
        objs[k] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                   f"/Contents {k + 1} 0 R >>").encode()
    cd = CUR.strftime("D:%Y%m%d%H%M%S-04'00'")
    objs[info_id] = b"<< /Title (" + pdf_escape(title) + b") /Producer (Riverside Health document services) /CreationDate (" + cd.encode() + b") >>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for i in range(1, info_id + 1):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {info_id + 1}\n".encode() + b"0000000000 65535 f \n"
    for i in range(1, info_id + 1):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {info_id + 1} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def PDF(name, pages, flate=False, title=None):
    if pages and isinstance(pages[0], str):
        pages = [pages]
    lf = Leaf("application/pdf", make_pdf(pages, flate, title or name), "base64", name)
    lf.flate = flate
    return lf


def ical_fold(line):
    b = line.encode("utf-8")
    out = []
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b[cut:]
    out.append(b.decode("utf-8"))
    return "\r\n ".join(out)


def CAL(summary, start, minutes, location, description, organizer, attendees, uid=None):
    """start: datetime; inline text/calendar part (method REQUEST)."""
    end = start + datetime.timedelta(minutes=minutes)
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             f'ORGANIZER;CN="{organizer.full}":mailto:{organizer.email}']
    for a in attendees:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{a.full}":mailto:{a.email}')
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{desc}", f"UID:{uid or '040000008200E00074C5B7101A82E008' + ''.join(R.choice('0123456789ABCDEF') for _ in range(40))}",
              f"SUMMARY;LANGUAGE=en-US:{summary}", f"DTSTART;TZID=Eastern Standard Time:{start.strftime('%Y%m%dT%H%M%S')}",
              f"DTEND;TZID=Eastern Standard Time:{end.strftime('%Y%m%dT%H%M%S')}", "CLASS:PUBLIC", "PRIORITY:5",
              f"DTSTAMP:{CUR.strftime('%Y%m%dT%H%M%SZ')}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              f"LOCATION;LANGUAGE=en-US:{location.replace(',', chr(92) + ',')}", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
              "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(ical_fold(l) for l in lines) + "\r\n"
    return Leaf("text/calendar", text, "base64" if not is_ascii(text) else "7bit", params=["method=REQUEST"])


def at(n, hh, mm=0):
    d = _adj(max(n, 2)) if n >= 1 and (CUR + datetime.timedelta(days=n)).weekday() >= 5 else CUR + datetime.timedelta(days=n)
    return datetime.datetime(d.year, d.month, d.day, hh, mm)


# ---------------------------------------------------------------------------------------------
# message assembly


def enc_subject(s):
    if is_ascii(s):
        return s
    return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def fold_header(line):
    if len(line) <= 78:
        return [line]
    out, cur = [], ""
    for tok in re.split(r"(?<=;) |(?<=,) ", line):
        if cur and len(cur) + 1 + len(tok) > 78:
            out.append(cur)
            cur = "\t" + tok
        else:
            cur = tok if not cur else cur + " " + tok
    out.append(cur)
    return out


def msip(guid_, name, method="Standard"):
    g = f"MSIP_Label_{guid_}"
    parts = [f"{g}_Enabled=true", f"{g}_SetDate={(CUR + datetime.timedelta(hours=4)).strftime('%Y-%m-%dT%H:%M:%SZ')}",
             f"{g}_Method={method}"]
    if name is not None:
        parts.append(f"{g}_Name={name}")
    parts += [f"{g}_SiteId={TENANT}", f"{g}_ActionId={guid()}", f"{g}_ContentBits=0"]
    return "msip_labels: " + "; ".join(parts) + ";"


EXT_HOSTS = ["198.51.100.23", "203.0.113.41", "192.0.2.77", "198.51.100.140", "203.0.113.9"]


def thread_index():
    return base64.b64encode(bytes([1]) + bytes(R.randint(0, 255) for _ in range(21))).decode()


def message_id():
    srv = "".join(R.choice(["BN0PR11MB", "SA1PR11MB", "PH0PR11MB", "CH3PR11MB", "DM6PR11MB"])) + str(R.randint(1000, 9999))
    return f"<{srv}{''.join(R.choice('0123456789ABCDEF') for _ in range(24))}@{srv}.namprd11.prod.outlook.example>", srv


def build_raw(subject, frm, to, body, cc=None, label=None, inbound=False, lang="en-US", reply_to_id=None,
              extra=None, when=None, internal=True, minimal=False):
    when = when or CUR
    mid, srv = message_id()
    H = []
    if inbound:
        dom = re.search(r"@([^>]+)>?", frm).group(1)
        ip = R.choice(EXT_HOSTS)
        H.append(f"Received: from mail.{dom} ({ip}) by BN8NAM12FT0{R.randint(10, 99)}.mail.protection.outlook.example "
                 f"(10.13.182.{R.randint(2, 250)}) with Microsoft SMTP Server id 15.20.{R.randint(7000, 7999)}.{R.randint(10, 99)} "
                 f"via Frontend Transport; {rfc_date(when)}")
        H.append(f"Authentication-Results: spf=pass (sender IP is {ip}) smtp.mailfrom={dom}; dkim=pass (signature was verified) "
                 f"header.d={dom};dmarc=pass action=none header.from={dom};compauth=pass reason=100")
    H += [f"From: {frm}", f"To: {to}"]
    if cc:
        H.append(f"CC: {cc}")
    H.append(f"Subject: {enc_subject(subject)}")
    if not minimal:
        topic = re.sub(r"^((RE|FW|Fwd|FWD|Re|Fw):\s*)+", "", subject)
        H += [f"Thread-Topic: {enc_subject(topic)}", f"Thread-Index: {thread_index()}"]
    H += [f"Date: {rfc_date(when)}", f"Message-ID: {mid}"]
    if reply_to_id:
        H += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
    if not minimal:
        H += ["Accept-Language: en-US", f"Content-Language: {lang}", f"X-MS-Has-Attach: {'yes' if has_att(body) else ''}",
              "X-MS-TNEF-Correlator: "]
        if label:
            H.append(msip(*label))
        H += ["X-MS-Exchange-Organization-SCL: " + ("1" if inbound else "-1"),
              f"X-MS-Exchange-Organization-AuthSource: {srv}.namprd11.prod.outlook.example",
              "X-MS-Exchange-Organization-AuthAs: " + ("Anonymous" if inbound else "Internal"),
              f"X-MS-Exchange-Organization-Network-Message-Id: {guid()}",
              f"X-MS-Exchange-CrossTenant-id: {TENANT}"]
    for e in extra or []:
        H.append(e)
    H.append("MIME-Version: 1.0")
    ph, pb = render(body)
    lines = []
    for h in H:
        lines.extend(fold_header(h))
    text = "\r\n".join(lines + ph) + "\r\n\r\n" + pb.rstrip("\r\n") + "\r\n"
    return text.encode("ascii"), mid


POS_KINDS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration",
             "billing_claim", "hl7", "ccda", "imaging", "label", "mbi"]
NEG_KINDS = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year",
             "id_shaped", "staff_admin", "marketing", "name_only", "other_label", "general"]


class Msg:
    def __init__(self, kind, note, raw, form):
        self.kind, self.note, self.raw, self.form = kind, note, raw, form


def M(kind, note, subject, frm, to, body, atts=(), **kw):
    """Assemble one message; body is a part, atts are attachment parts."""
    if isinstance(body, str):
        body = P(body)
    if kind in POS_KINDS and kind != "label" and not kw.get("inbound") and kw.get("label") is None:
        x = R.random()
        if x < 0.10:
            kw["label"] = phil()
            note += "; sender also applied the PHI sensitivity label"
        elif x < 0.125:
            kw["label"] = (R.choice([GEN_GUID, INT_GUID]), None if R.random() < 0.3 else R.choice(["General", "Internal"]))
            note += "; sender applied a non-PHI label (General/Internal) although the content is PHI"
    tree = Multi("mixed", [body] + list(atts)) if atts else body
    raw, _ = build_raw(subject, frm, to, tree, **kw)
    return Msg(kind, note, raw, describe(tree))


def inner_msg(subject, frm, to, body, when=None, cc=None):
    """A forwarded message (for message/rfc822 parts)."""
    raw, _ = build_raw(subject, frm, to, body if not isinstance(body, str) else P(body), cc=cc, when=when, minimal=True)
    return raw


EXT_BANNER = ("[EXTERNAL] This message came from outside Riverside Health. Do not click links or open attachments "
              "unless you recognize the sender.\n\n")
CONF_FOOTER = ("CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended "
               "recipient(s) and may contain confidential information, including protected health information. If you "
               "are not the intended recipient, please contact the sender and destroy all copies.")

GENS = []


def gen(kind):
    def deco(f):
        GENS.append((kind, f))
        return f
    return deco


def dl(name, local):
    return fmt_addr(name, f"{local}@{ORG}")


# =============================================================================================
# NEGATIVES: id_shaped (numbers shaped like identifiers; nobody's health)


@gen("id_shaped")
def is_courier():
    lead = staff("", "Courier Services Lead", "Logistics")
    to = dl("Lab Specimen Processing", "lab.processing")
    rows = [["Route", "Pickup site", "Window", "Cooler ID", "Temp logger S/N", "Tracking #", "Bags"]]
    sites = ["Elm Ridge Primary Care", "Harmon Falls Urgent Care", "Cold Spring Family Medicine", "Riverside OB/GYN - Suite 210",
             "East Wyler Pediatrics", "Bramford Multispecialty"]
    for i, s in enumerate(sites):
        rows.append([f"R{R.randint(10, 19)}", s, f"{R.choice(['11:30', '12:15', '14:00', '15:45'])}-{R.choice(['12:00', '13:00', '16:30'])}",
                     f"CLR-{R.randint(1000, 9999)}", f"TL{R.randint(20, 29)}-{R.randint(100000, 999999)}",
                     f"1Z{''.join(R.choice('0123456789ABCDEFGHJKLMNPRTVWXY') for _ in range(6))}03{digits(8)}", str(R.randint(1, 6))])
    body = dedent(f"""
        Hi team,

        Attached is tomorrow's ({dlong(1)}) courier manifest for the reference-lab run. Two changes from the standing
        schedule: route R1{R.randint(0, 9)} picks up earlier at Harmon Falls because of the road closure on Tanner Rd, and
        the Bramford cooler has a new temperature logger (serial on the sheet).

        The manifest only carries cooler, logger and tracking numbers. Requisitions stay sealed in the bags, so nothing
        on this sheet needs to be scanned into the LIS.

        Thanks,
        {lead.sig()}
        """)
    return M("id_shaped", "courier manifest: cooler ids, logger serials, 1Z tracking numbers, pickup windows; no person's health",
             "Courier manifest for tomorrow", lead.addr(), to, P(body, "7bit"), [CSV(f"manifest_{d8(1)}.csv", rows)])


@gen("id_shaped")
def is_workorder():
    tech = staff("", "Facilities Technician II", "Plant Operations")
    mgr = staff("", "Manager", "Plant Operations")
    wos = [f"{R.randint(200, 799)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}" for _ in range(5)]
    body = dedent(f"""
        {mgr.first},

        Closing out the 6 North punch list from last night. All five work orders are complete except the headwall one:

        WO {wos[0]}  Rm 6114 Bed A - headwall outlet loose, replaced receptacle, tested OK
        WO {wos[1]}  Rm 6118 Bed B - bathroom pull cord cover cracked, replaced
        WO {wos[2]}  Rm 6121       - window blind stuck, re-strung
        WO {wos[3]}  Rm 6127 Bed A - headwall med-gas label missing (O2/VAC), ON HOLD, label kit on order
        WO {wos[4]}  Corridor 6N-C - ceiling tile stained near 6130, replaced, no active leak found

        Rooms 6114 and 6118 were empty during the work; charge nurse was notified before we entered 6121 and 6127.
        Parts charged to cost center 7420-110.

        {tech.sig()}
        """)
    return M("id_shaped", "facilities work orders shaped like SSNs with room and bed numbers; staff names only",
             f"6N punch list - WO {wos[0]} et al", tech.addr(), mgr.addr(), P(body, "7bit"))


@gen("id_shaped")
def is_server():
    eng = staff("", "Systems Engineer", "IS Infrastructure")
    inc = f"INC{digits(7)}"
    chg = f"CHG{digits(7)}"
    text = dedent(f"""
        Status update for {inc} - MARGARET (legacy imaging archive server) disk alert

        Summary: MARGARET-ARC02 hit 94% on the E: volume at 02:10. EDGAR-ARC03 (its mirror) is at 71%. No service
        interruption; PACS is reading from the primary cluster. Nothing was lost and no study data moved.

        What we did:
        - Purged 212 GB of expired transaction logs (retention 30 days) from E:\\logs\\dcm
        - Opened {chg} to extend the volume by 2 TB on the SAN ({dlong(2)}, 22:00-23:00)
        - Raised the alert threshold to page the on-call at 90% instead of 95%

        MARGARET and EDGAR are named after the first two radiology techs at the old Millvale campus, in case anyone
        wonders. Both are scheduled for decommission in Q4.

        {eng.sig()}
        """)
    inner = auto_html(text).replace("MARGARET-ARC02", "<b>MARGARET-ARC02</b>")
    return M("id_shaped", "IT incident about servers named like people (MARGARET, EDGAR) with INC/CHG numbers; no patient",
             f"{inc} MARGARET disk space - update", eng.addr(), dl("IS Service Desk Updates", "is.updates"), ALT(text, inner))


@gen("id_shaped")
def is_badges():
    sec = staff("", "Badge Office Coordinator", "Security")
    rows = [["Employee ID", "Name", "Department", "Badge #", "Old badge #", "Reason", "Access profile"]]
    depts = ["Environmental Services", "Food & Nutrition", "Pharmacy", "Respiratory Therapy", "Patient Access", "Surgical Services", "IS"]
    for i in range(9):
        f, l = pick_name()
        rows.append([f"E{R.randint(100000, 999999)}", f"{l}, {f}", R.choice(depts), str(R.randint(3000000, 3999999)),
                     str(R.randint(2000000, 2999999)), R.choice(["Damaged", "Name change", "Lost", "Photo update", "Dept transfer"]),
                     R.choice(["STD-CLIN", "STD-NONCLIN", "RX-VAULT", "OR-CORE", "DC-ROOM"])])
    body = dedent(f"""
        Good afternoon,

        Here is this week's reprint batch. Old badge numbers were deactivated in Lenel at 13:00 today; new badges can be
        picked up at the Security window (Tower B, lower level) from 7:00 to 15:30. Staff need a photo ID.

        Managers: please remind people in the "Lost" rows that the second lost badge in 12 months is charged $15.

        {sec.sig()}
        """)
    return M("id_shaped", "staff badge reprint list with employee ids, 7-digit badge numbers and names; no health content",
             "Badge reprints - week of " + day(0, "%m/%d"), sec.addr(), dl("Department Managers", "dept.managers"),
             P(body, "quoted-printable"), [CSV("badge_reprints.csv", rows)])


@gen("id_shaped")
def is_creditmemo():
    buyer = staff("", "Buyer", "Supply Chain")
    cm = f"CM-{R.randint(100000, 999999)}"
    inv = f"{R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    rep = partner("", "medsupply.example.org")
    body = dedent(f"""
        {EXT_BANNER}Hello {buyer.first},

        Following up on the damaged freight claim from {dshort(-9)}. We have issued credit memo {cm} against invoice
        {inv} for the crushed cases below. The credit will show on your next statement.

        Item 2B1324X  Sodium Chloride 0.9% 1000 mL bag   lot 24C118  qty 3 cs  $214.80
        Item 2B2064   Lactated Ringer's 1000 mL bag        lot 24B907  qty 1 cs   $88.40
        Item 2B0043   Sterile Water for Irrigation 1000 mL lot 23L552  qty 2 cs  $101.36
        Total credit: $404.56

        Please discard the damaged product per your policy; no return is needed. Reference our claim number
        FC{R.randint(1000000, 9999999)} if you call.

        {rep.full}
        Customer Service Representative
        Mid-Atlantic Medical Supply (example)
        {phone(1)}
        """)
    return M("id_shaped", "supplier credit memo: invoice number shaped like an SSN, item and lot numbers, IV fluid names; no patient",
             f"Credit memo {cm}", rep.addr("full"), buyer.addr(), P(body, "7bit"), inbound=True)


@gen("id_shaped")
def is_pt_survey():
    dirr = staff("MD", "Medical Director", "Laboratory")
    sup = staff("MLS(ASCP)", "Chemistry Supervisor", "Laboratory")
    ev = f"C-{R.choice('AB')} {CUR.year}"
    rows = [("Analyte", "Units", "Specimen", "Reported", "Target", "SDI", "Grade")]
    data = [("Glucose", "mg/dL", "C-06", "97", "96.2", "0.3", "Acceptable"), ("Sodium", "mmol/L", "C-06", "139", "140.1", "-0.6", "Acceptable"),
            ("Potassium", "mmol/L", "C-07", "4.9", "4.71", "1.1", "Acceptable"), ("Creatinine", "mg/dL", "C-07", "1.62", "1.55", "0.8", "Acceptable"),
            ("Calcium", "mg/dL", "C-08", "11.4", "10.6", "2.9", "Unacceptable"), ("ALT", "U/L", "C-08", "58", "55.9", "0.4", "Acceptable"),
            ("Total bilirubin", "mg/dL", "C-09", "3.1", "3.02", "0.2", "Acceptable"), ("Magnesium", "mg/dL", "C-09", "2.3", "2.28", "0.1", "Acceptable")]
    lines = ["# Proficiency Testing Evaluation Summary", f"Survey {ev} - General Chemistry - Riverside Health Core Laboratory",
             f"Evaluation received {day(-2)}. Instrument: chemistry line 2 (serial CX2-{R.randint(10000, 99999)})", ""]
    lines.append("## " + "  |  ".join(rows[0]))
    for r in data:
        lines.append("  |  ".join(r))
    lines += ["", "Score: 7/8 acceptable (88%). Calcium C-08 failed (SDI 2.9).",
              "Corrective action: investigation form PT-CA-07 opened; calcium calibration and reagent lot under review.",
              "PT specimens are commercial survey material; no patient samples are involved."]
    body = dedent(f"""
        Dr. {dirr.last},

        Our {ev} chemistry evaluation came back (PDF attached). One unacceptable result: calcium on specimen C-08,
        reported 11.4 mg/dL against a target of 10.6 (SDI 2.9). Everything else was within limits.

        I have pulled the calibration records and the reagent lot for that week and will have the investigation ready
        for your signature by {dlong(5)}. We need it filed within 30 days of the evaluation date.

        {sup.sig()}
        """)
    return M("id_shaped", "CAP-style proficiency testing evaluation with analyte values, targets and SDI; survey material, no patient",
             "PT evaluation - one unacceptable", sup.addr(), dirr.addr(), P(body, "quoted-printable"),
             [PDF(f"PT_{ev.replace(' ', '_')}_chem.pdf", lines, flate=True)])


@gen("id_shaped")
def is_bga():
    tech = staff("MLT", "Blood Gas Lab", "Laboratory")
    lead = staff("RRT", "Lead Therapist", "Respiratory Care")
    sn = f"GEM{R.randint(10000, 99999)}"
    text = dedent(f"""
        {lead.first} - heads up that the ICU blood gas analyzer (S/N {sn}) is out of service until the new cartridge
        finishes warm-up, about 40 minutes. Send ICU samples to the core lab pneumatic tube station 14 meanwhile.

        Cartridge lot {R.randint(1000, 9999)}{R.choice('ABC')} failed its Level 2 QC twice:
          pH       7.391  (range 7.405-7.455)
          pCO2     41 mmHg (range 36-44)
          pO2      98 mmHg (range 92-108)
          Lactate  2.9 mmol/L (range 2.2-3.0)
          Na+      138 mmol/L, K+ 4.1 mmol/L, iCa 1.18 mmol/L

        pH drifted low on both runs, everything else in range. Levels 1 and 3 passed. Cartridge pulled and a
        replacement from lot {R.randint(1000, 9999)}A is loading now. No patient results were released on the failing
        cartridge (lockout worked as designed).

        {tech.sig()}
        """)
    return M("id_shaped", "blood gas analyzer QC failure with control values and serial/lot numbers; explicitly no patient results",
             "ICU gas analyzer down ~40 min", tech.addr(), lead.addr(), P(text, "quoted-printable"))


@gen("id_shaped")
def is_pump():
    bme = staff("CBET", "Biomedical Technician", "Clinical Engineering")
    lib = f"RH-ADULT-{CUR.year}.{R.randint(2, 6)}"
    log = [f"# Drug library push log  {day(0, '%Y-%m-%d')}  server: alaris-ses-01", f"# library: {lib}  (approved by P&T {day(-20, '%Y-%m-%d')})",
           "timestamp,pcu_serial,module_serials,fw,unit,status,detail"]
    units = ["4E", "4W", "5E", "ICU2", "ED", "PACU", "6N"]
    for i in range(14):
        t = f"{day(0, '%Y-%m-%d')}T0{R.randint(1, 5)}:{R.randint(10, 59)}:{R.randint(10, 59)}"
        st = R.choice(["OK", "OK", "OK", "OK", "PENDING", "RETRY"])
        log.append(f"{t},{R.randint(10000000, 19999999)},{R.randint(20000000, 29999999)}|{R.randint(20000000, 29999999)},9.33.{R.randint(1, 4)},{R.choice(units)},{st},"
                   + ("library activated" if st == "OK" else "pump in use - will apply at next power cycle" if st == "PENDING" else "no wireless - docked next shift"))
    body = dedent(f"""
        All,

        Overnight wireless push of {lib} completed for 311 of 327 infusion pumps. Log attached. The heparin and insulin
        concentration updates from the last P&T meeting are in this version (heparin 25,000 units/250 mL hard max now
        2,500 units/h).

        PENDING pumps will pick up the library automatically the next time they are powered off. Please do not
        interrupt a running infusion to force it. RETRY pumps are ones that have not checked in; we will sweep those
        units on day shift.

        {bme.sig()}
        """)
    return M("id_shaped", "infusion pump drug-library push log: pump serials, firmware, drug concentration limits; no infusion or patient",
             f"Pump library {lib} rollout", bme.addr(), dl("Nurse Managers", "nurse.managers"), P(body, "7bit"),
             [TXT(f"push_log_{d8()}.txt", "\n".join(log) + "\n", "7bit")])


@gen("id_shaped")
def is_nursecall():
    sup = staff("RN", "House Supervisor", "Nursing Administration")
    rooms = ", ".join(f"{5100 + i}{'A/B' if i % 3 else ''}" for i in range(12, 25))
    body = dedent(f"""
        URGENT - NURSE CALL OUTAGE 5 WEST

        Effective now, the nurse call system is down on 5 West, rooms {rooms}. Dome lights and pillow speakers in those
        rooms are not working; staff terminals still work at the station.

        Until Rauland techs restore it (ticket RLD-{R.randint(100000, 999999)}, ETA 3 hours):
        - Hand bells have been placed in every room listed
        - Hourly rounding in those rooms, documented on the paper log at the station
        - Extra CNA pulled from the float pool to 5 West until 19:00

        Questions to the house supervisor, pager 4{R.randint(100, 999)} or {phone(0)}.

        {sup.sig(True)}
        House Supervisor
        """)
    return M("id_shaped", "nurse call outage listing room and bed numbers and a vendor ticket; no patient",
             "5W nurse call down", sup.addr(), dl("5 West Staff", "5west.staff"), P(body, "base64"))


@gen("id_shaped")
def is_fax():
    tel = staff("", "Telecom Analyst", "IS Telecommunications")
    rows = [["Department", "Old fax", "New fax (e-fax)", "Cutover"]]
    depts = ["Health Information Management", "Central Scheduling", "Pharmacy - Outpatient", "Case Management", "Cardiology Clinic",
             "Imaging Scheduling", "Patient Financial Services", "Wound Care Center"]
    used = set()
    for d_ in depts:
        o = phone(0, "412")
        n = phone(0, "878")
        rows.append([d_, o, n, dshort(R.randint(7, 20))])
    inner = "<p class=\"MsoNormal\">Hello,</p>\n<p class=\"MsoNormal\">As part of change CHG" + digits(7) + \
        " we are moving the remaining analog fax lines to the e-fax platform. The new numbers below go live on the cutover " \
        "date; the old numbers forward for 90 days.</p>\n" + table(rows) + \
        "\n<p class=\"MsoNormal\">Please update letterhead, fax cover sheets and the provider portal. Outbound faxes will show the new number " \
        "from the cutover date.</p>\n<p class=\"MsoNormal\">" + esc(tel.full) + "<br>Telecom Analyst, IS</p>"
    return M("id_shaped", "fax number migration table (555-01xx numbers) by department with change number; no patient",
             "Fax number changes", tel.addr(), dl("Department Managers", "dept.managers"), H(inner))


@gen("id_shaped")
def is_payroll():
    pay = staff("", "Payroll Specialist", "Payroll")
    emp = staff("RN", "", "Labor & Delivery")
    body = dedent(f"""
        Hi {emp.first},

        Your direct deposit change has been processed.

        Employee ID:       E{R.randint(100000, 999999)}
        Old account:       ******{R.randint(1000, 9999)} (checking)
        New account:       ******{R.randint(1000, 9999)} (checking), routing ending {R.randint(100, 999)}
        Effective pay date: {day(R.randint(6, 12))}

        Because the change landed after the cutoff, the pay date before that one will be a paper check (check
        #{R.randint(400000, 499999)}), mailed to your address on file. If you would rather pick it up, reply and we will hold it at
        the Payroll office, Administration Building room 214.

        {pay.sig()}
        """)
    return M("id_shaped", "payroll direct deposit confirmation for a named nurse: employee id, masked account, check number; nothing health-related",
             "Direct deposit change confirmed", pay.addr(), emp.addr(), P(body, "7bit"))


@gen("id_shaped")
def is_pcard():
    acct = staff("", "Accounts Payable Analyst", "Finance")
    holder = staff("", "Manager", "Sterile Processing")
    rows = [["Txn ID", "Post date", "Merchant", "Amount", "GL", "Cost center", "Receipt"]]
    for m_, amt in [("SHOPPER HARDWARE #2241", "86.14"), ("OFFICE DEPOT EXAMPLE", "212.59"), ("SCRUBS & MORE LLC", "640.00"),
                    ("AMAZON MKTPLC EXAMPLE", "39.98"), ("PA DEPT OF LABOR FEE", "25.00"), ("PIZZA CORNER MILLVALE", "118.75")]:
        rows.append([f"24{R.randint(100, 366)}{digits(9)}", day(-R.randint(3, 25), "%Y-%m-%d"), m_, amt, str(R.choice([71300, 71510, 72010, 74900])),
                     "6610-200", R.choice(["Y", "Y", "N"])])
    body = dedent(f"""
        {holder.first},

        Your p-card statement for the cycle ending {day(-2)} is attached. Two transactions are missing receipts (marked N).
        Please upload them in the card portal by {dlong(6)} or the card will be suspended per policy FIN-112.

        The pizza order needs an attendee list and business purpose (staff recognition is fine).

        {acct.sig()}
        """)
    return M("id_shaped", "p-card statement with long transaction ids, GL and cost centers for a named manager; finance only",
             "P-card reconciliation - receipts missing", acct.addr(), holder.addr(), P(body, "7bit"), [CSV("pcard_statement.csv", rows, "7bit")])


@gen("id_shaped")
def is_elevator():
    fac = staff("", "Director", "Facilities")
    ins = f"QEI-{R.randint(1000, 9999)}"
    lines = ["# Elevator Inspection Certificates - Main Campus", f"Inspection date: {day(-4)}   Inspector: state license {ins}", ""]
    for car, loc in [("P1", "Tower A passenger"), ("P2", "Tower A passenger"), ("S1", "Tower A service"), ("B3", "Tower B bed elevator"),
                     ("B4", "Tower B bed elevator"), ("F1", "Food service freight"), ("MOB-1", "Medical Office Bldg")]:
        lines.append(f"Car {car}  ({loc})  State ID {R.randint(10000, 99999)}  Cert No. {R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}  "
                     f"Capacity {R.choice([3500, 4000, 5000, 6000])} lb  Expires {day(365, '%m/%d/%Y')}  Result: {R.choice(['PASS', 'PASS', 'PASS', 'PASS w/ note'])}")
    lines += ["", "Note on B4: hoistway door restrictor adjusted during visit; re-test passed.",
              "Certificates must be posted in each car within 10 days of this notice."]
    body = dedent(f"""
        Attached are the new elevator certificates from this week's state inspection. Please print and post the one for
        your car; B3 and B4 (the bed elevators) need to go up first since Joint Commission is due this quarter.

        {fac.sig()}
        """)
    return M("id_shaped", "elevator inspection certificates: state ids, SSN-shaped certificate numbers, dates; no patient",
             "Elevator certificates", fac.addr(), dl("Facilities Supervisors", "facilities.sups"), P(body, "7bit"),
             [PDF("elevator_certificates.pdf", lines, flate=False)])


@gen("id_shaped")
def is_freezer():
    ph = staff("PharmD", "Pharmacy Operations Manager", "Pharmacy")
    logger = f"TL-{R.randint(100000, 999999)}"
    readings = []
    for h in range(0, 24, 2):
        t = -19.5 + R.random() * 2
        if 8 <= h <= 12:
            t = -13.0 + R.random() * 1.5
        readings.append({"time": f"{day(-1, '%Y-%m-%d')}T{h:02d}:00:00-04:00", "celsius": round(t, 1)})
    obj = {"device": {"logger_serial": logger, "unit": "Ambulatory Pharmacy Freezer 2", "probe": "glycol bottle", "firmware": "4.2.1"},
           "alarm_limits_c": {"low": -50.0, "high": -15.0}, "readings": readings,
           "excursion": {"start": readings[4]["time"], "end": readings[6]["time"], "max_c": max(r["celsius"] for r in readings)},
           "product_quarantined": [{"product": "varicella vaccine live", "lot": f"{R.randint(1, 9)}{R.choice('ABCDEFG')}{R.randint(100, 999)}{R.choice('ABC')}", "doses": 30},
                                   {"product": "MMRV vaccine", "lot": f"{R.randint(1, 9)}{R.choice('HJKLM')}{R.randint(100, 999)}", "doses": 10}]}
    body = dedent(f"""
        Team,

        Freezer 2 in the ambulatory pharmacy ran warm yesterday between 08:00 and 12:00 (peak {obj['excursion']['max_c']} C, limit -15 C).
        Logger export attached. Door gasket was found folded; Facilities replaced it.

        The varicella and MMRV doses are quarantined and labelled DO NOT USE while we wait for the manufacturers'
        stability determination. Please do not pull from Freezer 2 until I send an all-clear. No doses from the
        affected window were given - the clinic used Freezer 1 stock all morning.

        {ph.sig()}
        """)
    return M("id_shaped", "vaccine freezer temperature excursion: logger serial, readings, quarantined lots; states no doses given",
             "Freezer 2 excursion", ph.addr(), dl("Ambulatory Pharmacy", "amb.pharmacy"), P(body, "quoted-printable"),
             [JSONA(f"{logger}_export.json", obj)])


@gen("id_shaped")
def is_steril():
    spd = staff("CRCST", "Lead Technician", "Sterile Processing")
    rows = [["Sterilizer", "Load #", "Cycle", "Start", "BI lot", "BI result", "Trays", "Released by"]]
    for i in range(6):
        rows.append([f"STM-{R.randint(1, 4)}", f"{d8()}-{i + 1:03d}", R.choice(["Prevac 270F 4 min", "Prevac 275F 3 min", "Gravity 250F 30 min"]),
                     f"{R.randint(5, 14):02d}:{R.randint(0, 59):02d}", f"{R.randint(1000, 9999)}{R.choice('KLM')}", R.choice(["Neg", "Neg", "Neg", "Pending"]),
                     " / ".join(f"TR-{R.randint(10000, 99999)}" for _ in range(R.randint(2, 4))), f"badge {R.randint(3000000, 3999999)}"])
    inner = ("<p class=\"MsoNormal\">Load records for today's implant loads are below. Loads with a pending BI are quarantined "
             "on the cart by the window until the 24-minute read-out is complete. Do not pull trays from those loads.</p>\n"
             + table(rows) + "\n<p class=\"MsoNormal\">" + esc(spd.full) + ", CRCST<br>Sterile Processing</p>")
    return M("id_shaped", "autoclave load records: load/cycle/BI lot/tray ids and a technician badge number; no patient",
             "Implant load records", spd.addr(), dl("OR Charge Nurses", "or.charge"), H(inner, "base64"))


@gen("id_shaped")
def is_archive():
    rec = staff("", "Records Coordinator", "Finance")
    body = dedent(f"""
        Hi,

        Please schedule a retrieval for the following boxes (account RVH-{R.randint(1000, 9999)}). These are accounts-payable
        records needed for the cost-report audit:

        Box barcode     Contents                          Date range
        {R.randint(10000000, 99999999)}        AP vouchers                       01/02/1987 - 06/30/1987
        {R.randint(10000000, 99999999)}        AP vouchers                       07/01/1987 - 12/31/1987
        {R.randint(10000000, 99999999)}        Fixed asset register              01/04/1988 - 12/30/1988
        {R.randint(10000000, 99999999)}        General ledger detail             03/15/1962 - 12/31/1964

        The last box is the oldest we have; treat it as fragile. Deliver to Administration, room 118, attention me.
        Pick-up ticket when done: please reference PO {R.randint(4500000000, 4599999999)}.

        {rec.sig()}
        """)
    vend = "retrievals@ironleaf-storage.example.org"
    return M("id_shaped", "off-site records retrieval of finance boxes with barcodes and old DOB-like date ranges; no person",
             "Box retrieval request", rec.addr(), fmt_addr("Ironleaf Storage Retrievals", vend), P(body, "7bit"))


@gen("id_shaped")
def is_license():
    it = staff("", "Software Asset Manager", "IS")
    code = mbi("-")
    code2 = mbi("-")
    body = dedent(f"""
        Hi {R.choice(['all', 'team'])},

        The dictation microphones renewal is done. For the 40 new seats, the vendor issued two activation codes:

          Activation code (seats 1-25):  {code}
          Activation code (seats 26-40): {code2}

        Enter the code under Help > Activate in the desktop client. Each code is tied to our tenant and stops working
        after the seat count is reached. Contract {R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}, term {day(0, '%m/%d/%Y')} to {day(364, '%m/%d/%Y')},
        PO {R.randint(4500000000, 4599999999)}.

        Please do not paste the codes into tickets; send people to the Software Center article KB{digits(7)} instead.

        {it.sig()}
        """)
    return M("id_shaped", "software activation codes formatted exactly like MBIs plus a contract number shaped like an SSN; no person's health",
             "Dictation client activation codes", it.addr(), dl("IS Desktop Support", "desktop.support"), P(body, "quoted-printable"))


@gen("id_shaped")
def is_freight():
    dock = staff("", "Receiving Supervisor", "Supply Chain")
    carrier = partner("", "blueline-freight.example.org")
    pro = digits(10)
    body = dedent(f"""
        {EXT_BANNER}Good morning,

        Delivery appointment confirmation:

        PRO number:        {pro}
        BOL:               {R.randint(100000, 999999)}-{R.randint(10, 99)}
        Shipper:           bed manufacturer, Batesville-area plant
        Consignee:         Riverside Health - Receiving Dock 3, {R.randint(100, 999)} Foundry St
        Appointment:       {dlong(2)}, 07:30-08:30
        Pallets / weight:  14 pallets, 9,860 lb
        Contents:          12 ICU beds (crated), 2 pallets mattresses
        Liftgate:          no (dock-high)

        Driver will call {phone(0)} 30 minutes out. Please confirm dock 3 can take a 53 ft trailer.

        {carrier.full}
        Dispatch, Blueline Freight (example)
        """)
    return M("id_shaped", "freight delivery confirmation: PRO/BOL numbers, dock appointment, ICU bed shipment; nobody's health",
             f"Appt confirmed PRO {pro}", carrier.addr("full"), dock.addr(), P(body, "quoted-printable"), inbound=True)


@gen("id_shaped")
def is_grant():
    gm = staff("", "Grants Accountant", "Research Finance")
    pi = staff("PhD", "Principal Investigator", "Pulmonary Research")
    award = f"R01HL{R.randint(100000, 199999)}"
    rows = [["Budget line", "Budget", "Spent YTD", "Encumbered", "Remaining"],
            ["Personnel", "$312,400", "$198,215", "$52,070", "$62,115"], ["Fringe (31.2%)", "$97,469", "$61,843", "$16,246", "$19,380"],
            ["Supplies", "$48,000", "$31,502", "$4,118", "$12,380"], ["Participant incentives", "$18,000", "$7,450", "$0", "$10,550"],
            ["Travel", "$6,500", "$2,988", "$1,200", "$2,312"], ["F&A (58%)", "$279,361", "$174,612", "$42,640", "$62,109"]]
    text = f"""Dr. {pi.last},

Quarterly budget status for award {award}, fund {R.randint(60000, 69999)}, cost center 8840-{R.randint(100, 999)}, budget period {day(-200, '%m/%d/%Y')} - {day(165, '%m/%d/%Y')}.

You are at 63% spent with 45% of the period remaining, so on track. The participant-incentive line is underspent;
if enrollment is not going to catch up, consider a rebudget request before the RPPR is due.

{gm.sig()}"""
    inner = auto_html(text.rsplit("\n\n", 1)[0]) + table(rows) + auto_html(gm.sig())
    return M("id_shaped", "grant budget status: award, fund, cost-center numbers and dollar lines; research finance, no participant",
             f"{award} quarterly budget", gm.addr(), pi.addr(), ALT(text, inner))


@gen("id_shaped")
def is_pager():
    op = staff("", "Operator Services Supervisor", "Communications Center")
    rows = []
    for role in ["Code Blue team leader", "Rapid Response RN", "Stroke alert - neuro", "Trauma surgeon on call", "House supervisor",
                 "Anesthesia in-house", "Respiratory therapy ICU"]:
        p = staff()
        rows.append(f"  {role:<30} pager {R.randint(4000, 4999)}  ->  new {R.randint(7000, 7999)}   (current holder this week: {p.full})")
    body = "Hi all,\n\nOn " + dlong(3) + " at 07:00 we switch group pagers to the new paging vendor. Role-based numbers change as below;\n" \
        "the old numbers forward for 30 days. Callback for the operator is still " + phone(0) + ".\n\n" + "\n".join(rows) + \
        "\n\nPhysical pagers are swapped at the Communications Center (Tower A, basement) between 06:00 and 07:00 that day.\n\n" + op.sig() + "\n"
    return M("id_shaped", "group pager number changes with named staff holders and phone number; no patient",
             "Pager number changes", op.addr(), dl("All Clinical Leaders", "clinical.leaders"), P(body, "7bit"))


@gen("id_shaped")
def is_construction():
    pm = staff("", "Project Manager", "Design & Construction")
    lines = ["# Tower B 3rd Floor Renovation - Phasing Schedule", f"Issued {day(0)}  Project no. {R.randint(2020, 2024)}-{R.randint(100, 999)}", "",
             "## Phase 1   04/15/2024 - 06/28/2024   Rooms 3201-3212 (closed)",
             "## Phase 2   07/01/2024 - 09/13/2024   Rooms 3214-3230 (closed); 3201-3212 reopen 07/01",
             "## Phase 3   09/16/2024 - 11/22/2024   Nurses station, med room 3B-MED, soiled utility 3B-SU",
             "", "Utility shutdowns (ICRA Class IV barriers in place):",
             f"  Med gas zone valve 3B-2: {day(9, '%m/%d/%Y')} 22:00 - {day(10, '%m/%d/%Y')} 02:00",
             f"  Domestic water riser C: {day(16, '%m/%d/%Y')} 23:00 - 03:00",
             f"  Fire alarm panel FACP-3B: {day(23, '%m/%d/%Y')} 06:00 - 08:00 (fire watch posted)",
             "", "Contractor badge numbers are issued by Security; contractor contact: superintendent, " + phone(0)]
    body = dedent(f"""
        Attached is the updated phasing schedule for the 3B renovation. Phase 2 start moved a week later because of
        the air-handler delivery. Shutdown dates are in the PDF; I will send calendar holds for each one.

        {pm.sig()}
        """)
    return M("id_shaped", "construction phasing schedule full of dates and room numbers, utility shutdown windows; no patient",
             "3B renovation phasing - rev C", pm.addr(), dl("Tower B Stakeholders", "towerb.stakeholders"), P(body, "base64"),
             [PDF("3B_phasing_revC.pdf", lines, flate=True)])


@gen("id_shaped")
def is_ivr():
    tel = staff("", "Contact Center Systems Analyst", "Patient Access")
    xml = dedent(f"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ivrConfig version="{R.randint(3, 9)}.{R.randint(0, 9)}" environment="PROD" changeTicket="CHG{digits(7)}">
          <entryPoint dnis="{phone(0, '878')}" name="Main scheduling line" hours="07:00-19:00" tz="America/New_York">
            <prompt id="P100" file="welcome_en.wav" text="Thank you for calling Riverside Health scheduling."/>
            <menu id="M1">
              <option key="1" queue="Q-SCHED-PC" label="Primary care"/>
              <option key="2" queue="Q-SCHED-IMG" label="Imaging"/>
              <option key="3" queue="Q-SCHED-SPEC" label="Specialty clinics"/>
              <option key="4" queue="Q-BILLING" label="Billing questions"/>
              <option key="9" queue="Q-SPANISH" label="Espanol"/>
            </menu>
            <afterHours transfer="{phone(0, '878')}" label="Nurse advice line"/>
          </entryPoint>
          <entryPoint dnis="{phone(0, '412')}" name="Pharmacy refill line" hours="08:00-17:00" tz="America/New_York">
            <menu id="M2"><option key="1" queue="Q-RX-REFILL" label="Refills"/><option key="2" queue="Q-RX-TECH" label="Pharmacy staff"/></menu>
          </entryPoint>
        </ivrConfig>
        """)
    body = dedent(f"""
        Hi,

        Attached is the IVR configuration that goes live Saturday. Main change: option 9 (Spanish) now routes to its
        own queue, and the pharmacy refill line has a menu. Please sanity-check the DNIS numbers against your
        department's published numbers and reply by Thursday if anything is off.

        {tel.sig()}
        """)
    return M("id_shaped", "IVR phone-tree configuration XML with DNIS phone numbers, queue ids and a change ticket; no caller data",
             "IVR config for review", tel.addr(), dl("Access Center Leadership", "access.leaders"), P(body, "7bit"),
             [XMLA("ivr_config_prod.xml", xml)])


@gen("id_shaped")
def is_vendor_case():
    bme = staff("", "Imaging Equipment Specialist", "Clinical Engineering")
    fse = partner("", "medimaging-service.example.org")
    case = f"{R.randint(300, 799)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    inner_body = dedent(f"""
        Service case {case} - CT scanner, Riverside Health ED (system ID CT{R.randint(100000, 999999)})

        Error log excerpt:
        {day(-1, '%Y-%m-%d')} 03:14:07  ERR 0x{R.randint(4096, 65535):04X}  Gantry rotation speed deviation (axis 2)
        {day(-1, '%Y-%m-%d')} 03:14:09  WRN  Tube {R.randint(100000, 999999)} arc count 3 in 60 s
        {day(-1, '%Y-%m-%d')} 03:15:40  INF  Scan aborted by system, recon queue empty
        {day(-1, '%Y-%m-%d')} 03:22:12  INF  Warm-up completed, air calibration PASS

        Our remote session found a worn slip-ring brush. FSE dispatched for {dlong(1)} 06:00; parts on board
        (P/N {R.randint(1000000, 9999999)}-{R.randint(10, 99)}). Remote log review did not access any images or
        exam data.

        {fse.full}
        Field Service Engineer
        """)
    inner = inner_msg(f"Service case {case} - update", fse.addr("full"), bme.addr(), P(inner_body), when=CUR - datetime.timedelta(hours=5))
    body = dedent(f"""
        FYI - vendor update on the ED CT abort overnight. Engineer on site tomorrow 06:00; ED will divert CT to the
        Tower A scanner from 05:45 until released.

        {bme.sig()}
        """)
    return M("id_shaped", "forwarded vendor service case (SSN-shaped case number) with CT scanner error log; no images or patient",
             f"FW: Service case {case} - update", bme.addr(), dl("Imaging Leadership", "imaging.leaders"), P(body, "7bit"), [Fwd(inner)])


@gen("id_shaped")
def is_telemetry():
    cn = staff("RN", "Charge Nurse", "Cardiac Step-Down 4E")
    rows = [["Transmitter ID", "Assigned room/bed", "Battery", "Last seen", "Action"]]
    for i in range(8):
        rows.append([f"TX{R.randint(10000, 99999)}", f"4E-{R.randint(401, 430)}{R.choice(['A', 'B', ''])}", f"{R.randint(3, 40)}%",
                     f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}", R.choice(["swap battery", "swap battery", "return to biomed", "check leads box"])])
    text = dedent(f"""
        Night shift - before 04:00 please work through the transmitter list below. Batteries under 15% need swapping
        now; anything "return to biomed" goes in the grey bin by the clean utility with the tag filled in.

        This is the equipment report from the central station, not a patient list.

        {cn.sig(True)}
        """)
    inner = auto_html(text.split("\n\n")[0]) + table(rows) + auto_html("\n".join(text.split("\n\n")[1:]))
    return M("id_shaped", "telemetry transmitter battery report: transmitter ids with room/bed numbers; equipment only",
             "Tele batteries tonight", cn.addr(), dl("4E Night Shift", "4e.nights"), ALT(text, inner, "base64"))


@gen("id_shaped")
def is_deposit():
    cash = staff("", "Cashier Supervisor", "Food & Nutrition")
    tr = staff("", "Treasury Analyst", "Finance")
    body = dedent(f"""
        {tr.first},

        Yesterday's cafeteria and coffee cart deposit:

        Deposit slip      {digits(9)}
        Bag seal number   {R.randint(10000000, 99999999)}
        Cash              $2,184.00
        Coins             $36.15
        Checks            $0.00
        Register Z-tapes  Main cafe R1 #{R.randint(1000, 9999)}, R2 #{R.randint(1000, 9999)}; Tower B cart #{R.randint(100, 999)}
        Over/short        -$1.85 (register R2, cashier ID {R.randint(1000, 9999)})

        Armored car pickup was at 14:10, guard badge {R.randint(10000, 99999)}. Copy of the pickup receipt is in the safe log.

        {cash.sig()}
        """)
    return M("id_shaped", "cafeteria cash deposit with slip, bag seal, register and cashier id numbers; finance only",
             "Deposit " + day(-1, "%m/%d"), cash.addr(), tr.addr(), P(body, "quoted-printable"))


@gen("id_shaped")
def is_hvac():
    eng = staff("", "Chief Engineer", "Plant Operations")
    rows = [["Room", "ACH", "Pressure (in. w.c.)", "Temp (F)", "RH (%)", "Status"]]
    for r in ["OR 01", "OR 02", "OR 05", "OR 07", "OR 12", "Sterile core", "Cysto 1", "Endo 3"]:
        ach = R.randint(17, 26)
        rh = R.randint(34, 61)
        rows.append([r, str(ach), f"+0.0{R.randint(1, 6)}", str(R.randint(64, 71)), str(rh), "OUT (RH)" if rh > 60 else "OK"])
    text = dedent(f"""
        Monthly OR environmental readings are below. Relative humidity (RH) in one room drifted above 60%; the
        air handler AHU-7 reheat valve was recalibrated at 05:30 and the re-read was 52%.

        Readings are taken with the calibrated meter S/N {R.randint(1000000, 9999999)} and logged in TMS work order
        {R.randint(1000000, 9999999)}.

        {eng.sig()}
        """)
    inner = auto_html(text.split("\n\n")[0]) + table(rows) + auto_html("\n\n".join(text.split("\n\n")[1:]))
    return M("id_shaped", "OR air-handling readings (ACH, pressure, temperature, RH %) with meter serials; environment, no patient",
             "OR environmental readings", eng.addr(), dl("Perioperative Leadership", "periop.leaders"), ALT(text, inner))


@gen("id_shaped")
def is_keys():
    sec = staff("", "Locksmith", "Security")
    rows = []
    for i in range(6):
        p = staff()
        rows.append(f"  Key {R.choice('ABCDEFGH')}{R.randint(10, 99)}-{R.randint(100, 999)}  cabinet KC-{R.randint(1, 9)} hook {R.randint(1, 120):03d}  "
                    f"{p.full:<22} issued {day(-R.randint(10, 400), '%m/%d/%Y')}")
    body = "Annual key audit - Tower A\n\nThe following keys are signed out and have not been scanned in the last 90 days. Please ask each\n" \
        "holder to bring the key to the Security office for a quick scan, or report it lost so we can re-core.\n\n" + "\n".join(rows) + \
        "\n\nMaster keys (Tier 1) are being audited separately.\n\n" + sec.sig() + "\n"
    return M("id_shaped", "key audit list with key/cabinet/hook numbers, issue dates and staff names; no health content",
             "Key audit - action needed", sec.addr(), dl("Tower A Managers", "towera.managers"), P(body, "base64"))


# =============================================================================================
# NEGATIVES: template (placeholders, blank forms, explicitly fictional/test data)


@gen("template")
def tp_handlebars():
    dev = staff("", "Application Developer", "IS Clinical Apps")
    tpl = dedent("""
        <!-- rounding-list.hbs : daily rounding list e-mail, rendered by the notification service -->
        <h2>Rounding list - {{unit.name}} - {{formatDate listDate "MM/DD/YYYY"}}</h2>
        <table class="rh">
          <tr><th>Room</th><th>Patient</th><th>MRN</th><th>Age</th><th>Attending</th><th>Flags</th></tr>
          {{#each patients}}
          <tr>
            <td>{{room}}-{{bed}}</td>
            <td>{{lastName}}, {{firstName}}</td>
            <td>{{mrn}}</td>
            <td>{{age}}</td>
            <td>{{attending.displayName}}</td>
            <td>{{#if isolation}}<b>ISO: {{isolation}}</b>{{/if}} {{#if fallRisk}}FALL{{/if}}</td>
          </tr>
          {{else}}
          <tr><td colspan="6">No patients on this unit.</td></tr>
          {{/each}}
        </table>
        <p>Generated {{generatedAt}} for {{recipient.firstName}}. Do not forward outside Riverside Health.</p>
        """)
    body = dedent(f"""
        Hi all,

        PR #{R.randint(300, 900)} adds the Handlebars template for the rounding-list e-mail (file attached so reviewers
        without repo access can see it). Nothing is rendered yet; the template only has {{{{ }}}} placeholders. Please
        review the column order with the nursing informatics group before Friday.

        {dev.sig()}
        """)
    return M("template", "unrendered Handlebars rounding-list template with {{lastName}}/{{mrn}} placeholders; no data",
             "Review: rounding list template", dev.addr(), dl("Nursing Informatics", "nursing.informatics"), P(body, "7bit"),
             [HTMLA("rounding-list.hbs.html", tpl, full=False)])


@gen("template")
def tp_ampscript():
    mk = staff("", "Digital Marketing Specialist", "Marketing & Communications")
    text = dedent("""
        Draft reminder e-mail (Marketing Cloud). AMPscript is shown as-is; please comment on the wording only.

        ----
        %%[ SET @first = AttributeValue("FirstName") SET @clinic = AttributeValue("ClinicName") ]%%
        Hi %%=v(@first)=%%,

        This is a reminder of your visit at %%=v(@clinic)=%% on %%=FormatDate(AttributeValue("ApptDate"), "dddd, MMMM d")=%%
        at %%=AttributeValue("ApptTime")=%%. Please arrive 15 minutes early and bring your insurance card.

        Need to reschedule? Call %%=AttributeValue("ClinicPhone")=%% or use MyRiverside.
        ----

        Sample send will go to the seed list only (marketing staff inboxes).
        """)
    inner = auto_html(text).replace("%%=v(@first)=%%", '<span style="background:#ffff99">%%=v(@first)=%%</span>')
    return M("template", "Salesforce Marketing Cloud AMPscript reminder template (%%=v(@first)=%%) sent for wording review; no recipient data",
             "Wording review - visit reminder", mk.addr(), dl("Patient Experience Council", "px.council"), ALT(text + "\n" + mk.sig() + "\n", inner + auto_html(mk.sig())))


@gen("template")
def tp_pyformat():
    dev = staff("", "Integration Engineer", "IS Interfaces")
    rev = staff("", "Senior Engineer", "IS Interfaces")
    body = dedent(f"""
        {rev.first},

        Quick review please - this is the letter builder for the lab-result portal notification. The two format
        strings are below; the real values come from the message bus at runtime and never get logged.

            SUBJECT = "New result available for {{patient_first}}"
            BODY = (
                "Dear {{patient_first}} {{patient_last}},\\n"
                "A new result from {{ordering_dept}} was released on {{released:%B %d, %Y}}.\\n"
                "Log in to MyRiverside to view it."
            )
            LEGACY = "Pt %(last)s, %(first)s  DOB %(dob)s  acct %(acct)s"

        The LEGACY string is dead code from the old fax path - OK to delete it in this PR?

        Unit tests use first="Testy", last="McTestface", dob="1900-01-01" so nothing real is in the repo.

        {dev.sig()}
        """)
    return M("template", "code review of Python format strings ({patient_first}, %(dob)s) with joke test values; no real person",
             "Code review: result notification builder", dev.addr(), rev.addr(), P(body, "7bit"))


@gen("template")
def tp_sql():
    an = staff("", "Report Writer", "Business Intelligence")
    spec = dedent("""
        REPORT SPEC: ED Return Visits within 72 Hours   (request BI-RQ-2291)
        ======================================================================
        Parameters
          :start_dt     DATE      required, first day of the month
          :end_dt       DATE      required
          :facility     VARCHAR   'MAIN' | 'BRAMFORD' | 'ALL'

        Output columns (one row per return visit)
          patient_name   VARCHAR   LAST, FIRST
          mrn            CHAR(9)   format RH#######
          index_arrival  DATETIME
          return_arrival DATETIME
          index_dx       VARCHAR   ICD-10-CM principal dx of index visit
          return_dx      VARCHAR
          disposition    VARCHAR

        Query skeleton
          SELECT p.name_last || ', ' || p.name_first AS patient_name,
                 p.mrn, e1.arrival_dt AS index_arrival, e2.arrival_dt AS return_arrival,
                 e1.principal_dx AS index_dx, e2.principal_dx AS return_dx, e2.disposition
            FROM ed_encounter e1
            JOIN ed_encounter e2 ON e2.patient_id = e1.patient_id
                                AND e2.arrival_dt > e1.depart_dt
                                AND e2.arrival_dt <= e1.depart_dt + INTERVAL '72' HOUR
            JOIN patient p ON p.patient_id = e1.patient_id
           WHERE e1.arrival_dt BETWEEN :start_dt AND :end_dt
             AND (:facility = 'ALL' OR e1.facility = :facility);

        Distribution: ED medical director only (contains PHI once run). Secure folder, not e-mail.
        """)
    body = dedent(f"""
        Attached is the spec for the ED 72-hour return report. It is the design only - no output has been run yet.
        Once approved I will schedule it to drop into the ED quality secure folder.

        {an.sig()}
        """)
    return M("template", "report specification with SQL bind parameters (:start_dt, :facility) and RH####### format; no rows",
             "Spec for approval - ED returns report", an.addr(), dl("ED Quality", "ed.quality"), P(body, "quoted-printable"),
             [TXT("ED_return_visits_spec.txt", spec, "7bit")])


@gen("template")
def tp_xslt():
    dev = staff("", "Interoperability Analyst", "IS Interfaces")
    xsl = dedent("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:cda="urn:hl7-org:v3">
          <xsl:output method="html" indent="yes"/>
          <!-- Renders the header block of an incoming C-CDA for the outside-records viewer. -->
          <xsl:template match="/cda:ClinicalDocument">
            <div class="cda-header">
              <h1><xsl:value-of select="cda:title"/></h1>
              <p>Patient:
                <xsl:value-of select="cda:recordTarget/cda:patientRole/cda:patient/cda:name/cda:family"/>,
                <xsl:value-of select="cda:recordTarget/cda:patientRole/cda:patient/cda:name/cda:given[1]"/>
              </p>
              <p>DOB: <xsl:value-of select="cda:recordTarget/cda:patientRole/cda:patient/cda:birthTime/@value"/></p>
              <p>Source: <xsl:value-of select="cda:custodian/cda:assignedCustodian/cda:representedCustodianOrganization/cda:name"/></p>
            </div>
            <xsl:apply-templates select="cda:component/cda:structuredBody/cda:component/cda:section"/>
          </xsl:template>
          <xsl:template match="cda:section">
            <h2><xsl:value-of select="cda:title"/></h2>
            <xsl:copy-of select="cda:text/node()"/>
          </xsl:template>
        </xsl:stylesheet>
        """)
    body = dedent(f"""
        Attached is the updated stylesheet for the outside-records viewer. Change: given name now takes only the first
        <given> element so middle names stop running into the family name. No sample documents attached on purpose;
        test with the vendor's synthetic CCDs in TST.

        {dev.sig()}
        """)
    return M("template", "XSLT stylesheet that renders C-CDA recordTarget name/birthTime; code with XPath, no document data",
             "CDA viewer stylesheet v2", dev.addr(), dl("Interop Team", "interop.team"), P(body, "7bit"), [XMLA("cda_header.xsl.xml", xsl)])


@gen("template")
def tp_fhir_example():
    dev = staff("", "FHIR Developer", "IS Digital Health")
    obj = {"resourceType": "Patient", "id": "example-test-0001",
           "meta": {"tag": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data"}]},
           "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">TEST PATIENT - NOT A REAL PERSON</div>"},
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.0000.1", "value": "TEST-0001"}],
           "name": [{"family": "Test", "given": ["Patient"], "use": "official"}],
           "gender": "unknown", "birthDate": "1900-01-01",
           "address": [{"line": ["1 Example Way"], "city": "Anytown", "state": "ZZ", "postalCode": "00000"}],
           "telecom": [{"system": "phone", "value": "555-0100", "use": "home"}]}
    body = dedent(f"""
        For the app team: this is the only Patient resource you need for the sandbox. It is tagged HTEST and every
        field is a placeholder (Anytown, ZZ 00000, birthDate 1900-01-01). Please do not paste production resources
        into Jira tickets - use this one and change the id.

        {dev.sig()}
        """)
    return M("template", "FHIR Patient example tagged HTEST, 'Test, Patient', placeholder address and 1900-01-01; no real person",
             "Sandbox test Patient resource", dev.addr(), dl("Mobile App Team", "mobile.app"), P(body, "base64"), [JSONA("Patient-example-test.json", obj)])


@gen("template")
def tp_advance_directive():
    sw = staff("LCSW", "Social Worker", "Palliative Care")
    lines = ["# Advance Directive for Health Care (Pennsylvania) - blank form", "",
             "Name: ___________________________________   Date of birth: ____/____/________",
             "Address: ______________________________________________________________",
             "", "## Part 1. Health care power of attorney",
             "I appoint ______________________________ (phone ______________) as my health care agent.",
             "Alternate agent: ______________________________ (phone ______________)",
             "", "## Part 2. Living will - end-of-life instructions (initial one)",
             "____ I do not want cardiopulmonary resuscitation (CPR).",
             "____ I do not want mechanical ventilation.", "____ I want tube feeding for a trial of ____ days.",
             "____ I want all treatment to prolong my life.", "", "Signature: ______________________  Date: ____________",
             "Witness 1: ______________________   Witness 2: ______________________",
             "", "Form PAL-104 rev. 2024. Leave blank when printing for clinics."]
    body = dedent(f"""
        Hi {R.choice(['everyone', 'all'])},

        The clinics asked for a printable copy of the blank advance directive form. Attached (PDF, PAL-104). Please print
        on demand instead of stocking old versions - the 2022 version had the wrong witness section.

        {sw.sig()}
        """)
    return M("template", "blank advance directive PDF with underscore blanks for name/DOB/agent; no person",
             "Blank AD form for clinics", sw.addr(), dl("Ambulatory Clinic Managers", "amb.managers"), P(body, "7bit"),
             [PDF("PAL-104_advance_directive_blank.pdf", lines)])


@gen("template")
def tp_roi_checkbox():
    him = staff("RHIT", "Release of Information Lead", "Health Information Management")
    body = dedent(f"""
        Revised authorization form text for the web team (replaces HIM-07 on the public site). Layout:

        AUTHORIZATION TO USE OR DISCLOSE HEALTH INFORMATION

        Patient name: ______________________________   Date of birth: ___/___/_____
        Other names used: ______________________________
        I authorize Riverside Health to release records of care dated from ________ to ________
        to: ____________________________________________  Fax/e-mail: __________________

        Information to be released (check all that apply):
        [ ] Discharge summary        [ ] History and physical     [ ] Lab results
        [ ] Imaging reports          [ ] Medication list          [ ] Immunization record
        [ ] HIV/AIDS test results (must be initialed ____)
        [ ] Mental health records (must be initialed ____)
        [ ] Substance use disorder records (42 CFR Part 2 - separate consent required)

        Purpose: [ ] Continuing care  [ ] Insurance  [ ] Legal  [ ] Personal  [ ] Other: __________
        This authorization expires on ___/___/_____ or upon this event: ____________________

        Signature of patient or legal representative: __________________  Date: __________
        Relationship if not patient: ____________________

        Please keep the initials lines - Legal asked for them.

        {him.sig()}
        """)
    return M("template", "text of a blank HIPAA release-of-information authorization with [ ] checkboxes and blanks",
             "HIM-07 form text - web update", him.addr(), dl("Web Content Team", "web.content"), P(body, "quoted-printable"))


@gen("template")
def tp_sports_physical():
    ped = staff("MD", "Pediatrician", "Riverside Pediatrics")
    inner = dedent("""
        <h2>Pre-Participation Physical Evaluation - Student Athlete</h2>
        <p><i>Print blank. One per student. Clinic use only.</i></p>
        <table class="rh">
          <tr><td>Student name</td><td>______________________</td><td>Date of birth</td><td>__/__/____</td></tr>
          <tr><td>School</td><td>______________________</td><td>Sport(s)</td><td>______________________</td></tr>
          <tr><td>Height</td><td>_____ in</td><td>Weight</td><td>_____ lb</td></tr>
          <tr><td>BP</td><td>____/____</td><td>Pulse</td><td>_____</td></tr>
          <tr><td>Vision R</td><td>20/____</td><td>Vision L</td><td>20/____</td></tr>
        </table>
        <h3>History (student/parent to complete)</h3>
        <p>&#9744; Has a doctor ever restricted your sports participation?<br>
        &#9744; Have you ever passed out or nearly passed out during exercise?<br>
        &#9744; Chest pain or shortness of breath with exercise?<br>
        &#9744; Does anyone in your family have hypertrophic cardiomyopathy or sudden death before age 50?<br>
        &#9744; Concussion or head injury? Date: ________</p>
        <h3>Clearance</h3>
        <p>&#9744; Cleared without restriction &nbsp; &#9744; Cleared after evaluation for: __________ &nbsp; &#9744; Not cleared</p>
        <p>Examiner: ______________________ &nbsp; Date: __________</p>
        """)
    body = dedent(f"""
        Front desk - here is the blank sports physical form for the summer rush. Open in a browser and print. Parents
        can also download it from the website.

        {ped.sig(True)}
        """)
    return M("template", "blank sports pre-participation physical form (HTML) with health questions and empty fields",
             "Sports physical form", ped.addr(), dl("Pediatrics Front Desk", "peds.frontdesk"), P(body, "7bit"),
             [HTMLA("PPE_form_blank.html", inner)])


@gen("template")
def tp_training_example():
    cdi = staff("RN, CCDS", "Clinical Documentation Specialist", "CDI")
    body = dedent(f"""
        CDI Tip of the Month: documenting acute on chronic heart failure

        The example below is invented for teaching. "Pat Example" is not a patient and no chart was used.

        Example (fictional): Pat Example, 70s, admitted with dyspnea, weight up 4 kg, BNP 1,450 pg/mL, EF 30% on last
        echo, started on IV furosemide.
          Weak documentation:   "CHF exacerbation"
          Strong documentation: "Acute on chronic systolic (congestive) heart failure"
            -> I50.23 instead of I50.9

        Why it matters: acuity and type change severity of illness, expected length of stay and the quality data
        that is published about us.

        Questions? Reply to this e-mail or find us on Teams (CDI - Ask Us).

        {cdi.sig()}
        """)
    return M("template", "CDI education with an explicitly fictional example patient 'Pat Example' and ICD-10 codes",
             "CDI Tip of the Month", cdi.addr(), dl("Hospitalist Group", "hospitalists"), P(body, "7bit"))


@gen("template")
def tp_simlab():
    sim = staff("RN, CHSE", "Simulation Educator", "Center for Simulation")
    lines = ["# Simulation Scenario: Inferior STEMI with bradycardia", "Manikin: SimMan 3G (\"Harold\") - scenario for RN residency cohort",
             "ALL PATIENT DATA IN THIS SCENARIO IS FICTIONAL", "",
             "## Scenario stem", "Harold Simms (manikin), 64 y, chest pressure x 40 min, diaphoretic.",
             "Initial: HR 48, BP 86/54, RR 22, SpO2 93% RA. 12-lead: ST elevation II, III, aVF.", "",
             "## Expected learner actions", "1. Call rapid response / STEMI alert within 2 minutes",
             "2. Aspirin 324 mg chewed; hold nitroglycerin (hypotension, possible RV involvement)",
             "3. Atropine 1 mg IV for symptomatic bradycardia; prepare transcutaneous pacing",
             "4. SBAR hand-off to cath lab team", "", "## Debrief points", "- Right-sided leads (V4R)", "- Why nitrates are risky in RV infarct",
             "", "Fictional labs for the chart prop: troponin I hs 1,820 ng/L, K 4.2 mmol/L, creatinine 1.1 mg/dL"]
    body = dedent(f"""
        Facilitators,

        Scenario packet for next {dlong(7).split(',')[0]}'s RN residency sim is attached. Harold is the manikin; the chart prop
        and labs are all made up for the scenario. Please read the debrief points before the session.

        {sim.sig()}
        """)
    return M("template", "simulation scenario for a manikin named Harold with fictional vitals/labs, marked fictional",
             "Sim packet - STEMI scenario", sim.addr(), dl("Sim Facilitators", "sim.facilitators"), P(body, "quoted-printable"),
             [PDF("STEMI_brady_scenario.pdf", lines, flate=True)])


@gen("template")
def tp_coding_quiz():
    ed = staff("CPC, CCS", "Coding Educator", "HIM Coding")
    body = dedent(f"""
        Coding quiz #{R.randint(10, 40)} - outpatient. All cases are fictional; names are sample names.

        Case 1. Jane Doe SAMPLE, 58, seen for follow-up of type 2 diabetes with diabetic chronic kidney disease,
        stage 3b. On insulin glargine.
          Your codes: ______  ______  ______

        Case 2. John Doe SAMPLE, 71, screening mammogram ordered in error, converted to diagnostic for a palpable
        right breast lump.
          Your codes: ______  ______

        Case 3. Baby SAMPLE, 4 days, neonatal jaundice, bilirubin recheck.
          Your code: ______

        Answer key (do not peek): 1) E11.22, N18.32, Z79.4  2) N63.10 (not Z12.31)  3) P59.9

        Submit your answers in the LMS by {dlong(10)} for 1 CEU.

        {ed.sig()}
        """)
    return M("template", "coding quiz with sample names 'Jane Doe SAMPLE' and fictional cases with ICD-10 codes",
             "Coding quiz - outpatient", ed.addr(), dl("HIM Coders", "him.coders"), P(body, "base64"))


@gen("template")
def tp_orderset_spec():
    inf = staff("PharmD", "Pharmacy Informaticist", "IS Clinical Apps")
    rows = [["Section", "Order", "Default dose", "Route", "Frequency", "Pre-checked", "Build note"],
            ["Anticoagulation", "enoxaparin", "40 mg", "subcut", "q24h", "Y", "hide if CrCl < 30 (rule 4412)"],
            ["Anticoagulation", "heparin", "5,000 units", "subcut", "q8h", "N", "alternative when CrCl < 30"],
            ["Analgesia", "acetaminophen", "650 mg", "PO", "q6h PRN", "Y", "max 3 g/day warning"],
            ["Analgesia", "oxycodone", "5 mg", "PO", "q4h PRN", "N", "requires pain score field"],
            ["Labs", "Basic metabolic panel", "", "", "AM x 3 days", "Y", ""],
            ["Labs", "CBC with differential", "", "", "AM x 3 days", "Y", ""],
            ["Nursing", "Patient name and DOB on whiteboard", "", "", "once", "Y", "display <patient name> token from ADT"]]
    body = dedent(f"""
        Build spec for the revised post-op ortho order set is attached for P&T sign-off. This is configuration only:
        drug, default dose, pre-check status and rule references. Token fields like <patient name> are filled by the
        EHR at order time.

        {inf.sig()}
        """)
    return M("template", "EHR order-set build spec (CSV) with drugs/doses/rules and a <patient name> token; no patient",
             "Order set build spec - ortho post-op", inf.addr(), dl("P&T Committee", "pt.committee"), P(body, "7bit"), [CSV("ortho_postop_orderset_spec.csv", rows)])


@gen("template")
def tp_hl7_test():
    an = staff("", "Interface Analyst", "IS Interfaces")
    v = partner("", "labvendor-connect.example.org")
    segs = [f"MSH|^~\\&|RIV_ADT|RIVTST|LABVENDOR|TST|{ts()}||ADT^A04^ADT_A01|TST{digits(8)}|T|2.5.1",
            f"EVN|A04|{ts()}",
            "PID|1||TST0000001^^^RIVTST^MR||ZZTEST^INTERFACE^ONE||19000101|U|||1 TEST ST^^ANYTOWN^ZZ^00000||555-0100",
            "PV1|1|O|TSTCLINIC^^^RIVTST||||9999999999^TEST^PROVIDER",
            "NTE|1||TEST MESSAGE - NON-PRODUCTION - PROCESSING ID T"]
    body = dedent(f"""
        {v.first},

        Attached is the A04 from our TEST environment for the validation checklist (processing ID T, patient
        ZZTEST^INTERFACE^ONE, DOB 19000101). Please confirm your side parses PID-3 with our assigning authority RIVTST.
        We will not send anything from production until the checklist is signed.

        {an.sig()}
        """)
    return M("template", "HL7 ADT^A04 interface test message (processing ID T) with ZZTEST dummy patient and 19000101 DOB",
             "Validation message A04 (TEST)", an.addr(), v.addr("full"), P(body, "7bit"), [HL7A("RIVTST_A04_sample.hl7", segs)])


@gen("template")
def tp_merge_headers():
    ops = staff("", "Practice Operations Analyst", "Ambulatory Operations")
    rows = [["Patient_Last", "Patient_First", "DOB", "Preferred_Language", "Appt_Date", "Appt_Time", "Clinic", "Provider"],
            ["<<Last>>", "<<First>>", "<<MM/DD/YYYY>>", "<<EN/ES/ZH/VI>>", "<<MM/DD/YYYY>>", "<<HH:MM>>", "<<Clinic name>>", "<<Dr. Last>>"]]
    body = dedent(f"""
        Hi managers,

        For the recall-letter project, please use the attached column layout when you export your lists. Only the
        header row and one row of <<placeholders>> are in the file - fill it from your own clinic's report and save it
        in your clinic's secure folder, not e-mail.

        {ops.sig()}
        """)
    return M("template", "mail-merge CSV with header row and one row of <<placeholder>> values; no data",
             "Recall letter column layout", ops.addr(), dl("Ambulatory Clinic Managers", "amb.managers"), P(body, "quoted-printable"),
             [CSV("recall_merge_layout.csv", rows, "7bit")])


@gen("template")
def tp_noshow_letter():
    mgr = staff("", "Practice Manager", "Riverside Family Medicine")
    inner = dedent("""
        <p class="MsoNormal">Please start using this version of the missed-appointment letter. Replace every field in
        square brackets before printing; do not send a letter with brackets left in.</p>
        <hr>
        <p class="MsoNormal">[DATE]</p>
        <p class="MsoNormal">[PATIENT NAME]<br>[STREET ADDRESS]<br>[CITY], [STATE] [ZIP]</p>
        <p class="MsoNormal">Dear [PATIENT NAME],</p>
        <p class="MsoNormal">We missed you at your appointment with [PROVIDER] at [CLINIC] on [APPOINTMENT DATE].
        Regular visits help us take care of your health. Please call [CLINIC PHONE] to reschedule.</p>
        <p class="MsoNormal">If you have missed [NUMBER] appointments in the last 12 months, please review our
        attendance policy (enclosed).</p>
        <p class="MsoNormal">Sincerely,<br>[STAFF NAME], on behalf of [PROVIDER]</p>
        <hr>
        """)
    return M("template", "missed-appointment letter template with [PATIENT NAME]/[APPOINTMENT DATE] square-bracket fields",
             "Updated no-show letter", mgr.addr(), dl("Family Medicine Front Desk", "fm.frontdesk"), H(inner + auto_html(mgr.sig()), "7bit"))


@gen("template")
def tp_dictation_tokens():
    rad = staff("MD", "Section Chief", "Thoracic Imaging")
    body = dedent(f"""
        Residents - the new normal chest CT template is live in the dictation system. Fields between tildes are
        auto-filled from the order; everything else is default "normal" text you edit.

        EXAM: ~EXAM_DESCRIPTION~
        DATE: ~EXAM_DATE~
        PATIENT: ~PATIENT_NAME~   DOB: ~PATIENT_DOB~   ACCESSION: ~ACCESSION~
        INDICATION: ~REASON_FOR_EXAM~
        COMPARISON: [None.]
        TECHNIQUE: Axial CT images of the chest [with/without] IV contrast.
        FINDINGS:
          Lungs: No consolidation, mass or suspicious nodule. [ ]
          Pleura: No effusion or pneumothorax.
          Heart/mediastinum: Normal heart size. No lymphadenopathy.
          Upper abdomen: Unremarkable.
        IMPRESSION: [No acute cardiopulmonary abnormality.]

        Remember to delete bracketed text you do not use; the system blocks signing if a ~TOKEN~ is unresolved.

        {rad.sig()}
        """)
    return M("template", "radiology dictation template with ~PATIENT_NAME~/~PATIENT_DOB~ tokens and default normal text",
             "New chest CT template", rad.addr(), dl("Radiology Residents", "rad.residents"), P(body, "quoted-printable"))


@gen("template")
def tp_crystal():
    bi = staff("", "Report Developer", "Business Intelligence")
    spec = dedent("""
        Census Face Sheet - layout (Crystal Reports, census_facesheet.rpt v4)

        Page header
          <<FacilityName>>                            Printed: {PrintDate} {PrintTime}
        Group header 1: {Encounter.Unit}
          Unit: <<UnitName>>   Charge RN ext: <<UnitExt>>
        Details (one per encounter)
          {Patient.LastName}, {Patient.FirstName}  {Patient.MRN}  Age {@AgeYears}
          Room {Encounter.Room}-{Encounter.Bed}   Admit {Encounter.AdmitDate}
          Attending: {Provider.DisplayName}   Code status: {Encounter.CodeStatus}
          Allergies: {@AllergyList}
        Page footer
          CONFIDENTIAL - contains PHI when printed. Shred after shift.

        Formula @AgeYears: DateDiff("yyyy", {Patient.BirthDate}, CurrentDate)
        Formula @AllergyList: Join({Allergy.Substance}, "; ")
        """)
    body = dedent(f"""
        Layout attached for the face-sheet rewrite. Field names only - the report has not been run against
        production. Nursing asked for code status and allergies on the face sheet; please confirm the order.

        {bi.sig()}
        """)
    return M("template", "Crystal Reports layout with {Patient.LastName}/{Patient.MRN} fields and <<FacilityName>> tokens",
             "Face sheet layout v4", bi.addr(), dl("Nursing Informatics", "nursing.informatics"), P(body, "7bit"), [TXT("census_facesheet_layout.txt", spec, "quoted-printable")])


@gen("template")
def tp_zpl():
    lis = staff("MLS(ASCP)", "LIS Analyst", "Laboratory Information Systems")
    zpl = dedent("""
        ^XA
        ^DFR:SPECLBL.ZPL^FS
        ^CI28
        ^FO20,15^A0N,28,28^FN1"patient last, first"^FS
        ^FO20,50^A0N,22,22^FN2"date of birth"^FS
        ^FO260,50^A0N,22,22^FN3"MRN"^FS
        ^FO20,80^BY2^BCN,60,N,N,N^FN4"accession barcode"^FS
        ^FO20,150^A0N,20,20^FN5"collect date/time"^FS
        ^FO300,150^A0N,20,20^FN6"tube type"^FS
        ^XZ
        """)
    body = dedent(f"""
        Attached is the ZPL format stored on the new Zebra printers for specimen labels. It only defines field positions
        (^FN1-^FN6); the LIS sends the values at print time. If your printer prints a label with the literal text
        "patient last, first", the format loaded but the LIS merge failed - call us.

        {lis.sig()}
        """)
    return M("template", "ZPL specimen-label format with ^FN field slots labelled 'patient last, first', 'MRN'; no values",
             "Specimen label format (Zebra)", lis.addr(), dl("Lab Supervisors", "lab.supervisors"), P(body, "7bit"), [TXT("SPECLBL.zpl.txt", zpl, "7bit")])


@gen("template")
def tp_wristband():
    pa = staff("", "Patient Access Supervisor", "Patient Access")
    lines = ["# Wristband print test - NOT A PATIENT", "Printer: ED Registration 2 (Zebra HC100)", "",
             "Printed band content:", "   TEST, PATIENT        DOB 01/01/1900   Sex U", "   MRN TESTMRN01        FIN TESTFIN01",
             "   ALLERGY: NONE (TEST)                    [2D barcode: TESTMRN01]", "",
             "Check: barcode scans at bedside scanner as TESTMRN01 ........ PASS",
             "Check: name truncation at 24 characters ..................... PASS", "Check: band fits infant size insert ......................... FAIL - see note",
             "", "Note: infant insert clips the DOB. Ticket opened with vendor."]
    body = dedent(f"""
        Results of this morning's wristband printer test in the ED are attached. All prints used the TEST, PATIENT
        test record. The infant band layout needs work; adult bands are fine.

        {pa.sig()}
        """)
    return M("template", "wristband printer test with 'TEST, PATIENT', DOB 01/01/1900, TESTMRN01 - explicitly not a patient",
             "ED wristband printer test", pa.addr(), dl("Patient Access Leads", "access.leads"), P(body, "base64"), [PDF("wristband_test.pdf", lines)])


@gen("template")
def tp_proxy_form():
    pt = staff("", "MyRiverside Support Lead", "Digital Health")
    lines = ["# MyRiverside Proxy Access Request (blank)", "",
             "## Section A - Patient (the person whose record will be viewed)", "Name: ____________________________  Date of birth: __/__/____",
             "Phone: (___) ___-____   E-mail: ______________________", "",
             "## Section B - Proxy (the person requesting access)", "Name: ____________________________  Relationship: ______________",
             "Phone: (___) ___-____   E-mail: ______________________", "",
             "## Section C - Access level", "[ ] Full access   [ ] Scheduling and billing only   [ ] Until the patient turns 12",
             "", "Signatures: Patient ________________  Proxy ________________  Date ________", "",
             "Staff use: identity verified by ______ (initials)  ID type ______"]
    body = dedent(f"""
        Updated blank proxy access form for clinic printing (we removed the fax number section). The PDF has
        no pre-filled data; please recycle the old stock.

        {pt.sig()}
        """)
    return M("template", "blank patient-portal proxy access request PDF with empty name/DOB/phone fields",
             "Proxy access form - new version", pt.addr(), dl("Ambulatory Clinic Managers", "amb.managers"), P(body, "7bit"),
             [PDF("proxy_access_form_blank.pdf", lines, flate=True)])


@gen("template")
def tp_photo_consent():
    wc = staff("RN, CWOCN", "Wound Care Coordinator", "Wound Care Center")
    body = dedent(f"""
        Team - for clinical photography, use this consent text in the new tablet workflow. The tablet fills the
        grey fields; nothing below is a real entry.

        CONSENT FOR CLINICAL PHOTOGRAPHY
        I, [patient or representative name], consent to photographs of [body site] being taken by Riverside Health
        staff to document my care. Photos will be stored in my medical record only.
        [ ] I also agree to use of de-identified photos for staff education.
        [ ] I do NOT agree to education use.
        Patient signature ______________  Date ____/____/______
        If signed by representative: name ______________  relationship ______________

        Please stop using personal phones for wound photos - the tablet app is the only approved device.

        {wc.sig()}
        """)
    return M("template", "clinical photography consent text with [patient or representative name] and blank signature lines",
             "Photo consent text for tablets", wc.addr(), dl("Wound Care Team", "wound.team"), P(body, "quoted-printable"))


@gen("template")
def tp_discharge_instr():
    ed = staff("RN", "Heart Failure Nurse Educator", "Cardiology")
    inner = dedent("""
        <p class="MsoNormal">Final wording for the heart failure discharge instructions SmartText. Blanks are filled by
        the discharging nurse.</p>
        <div style="border:1px solid #888;padding:6px">
        <p class="MsoNormal"><b>Going home with heart failure</b></p>
        <p class="MsoNormal">Your target (dry) weight: ______ lb<br>
        Weigh yourself every morning after you urinate, before breakfast.<br>
        Call the HF clinic if you gain more than <b>3 lb in a day</b> or <b>5 lb in a week</b>.</p>
        <p class="MsoNormal">Fluid limit: ______ liters per day &nbsp;&nbsp; Sodium limit: 2,000 mg per day</p>
        <p class="MsoNormal">Follow up with Dr. ________________ in ____ days (date: ___/___/____).<br>
        Lab work (BMP) on: ___/___/____</p>
        <p class="MsoNormal">&#9744; furosemide ____ mg ____ times a day &nbsp; &#9744; metoprolol succinate ____ mg daily
        &nbsp; &#9744; sacubitril-valsartan ____ mg twice a day &nbsp; &#9744; spironolactone ____ mg daily</p>
        <p class="MsoNormal">Call 911 for chest pain, fainting, or trouble breathing at rest.</p>
        </div>
        """)
    return M("template", "heart-failure discharge instruction template with blanks for weight, follow-up doctor and doses",
             "HF discharge instructions - final", ed.addr(), dl("Cardiology Nursing", "cards.nursing"), H(inner + auto_html(ed.sig()), "base64"))


@gen("template")
def tp_referral_fax():
    ref = staff("", "Referral Coordinator", "Central Referrals")
    form = dedent("""
        RIVERSIDE HEALTH - OUTPATIENT REFERRAL REQUEST (fax to Central Referrals)

        Date: ____________
        Patient name: ______________________________  DOB: ____/____/______
        Phone: ______________  Insurance: ____________  Member ID: ______________
        Referring provider: ____________________  NPI: __________  Phone: ______________
        Refer to specialty: [ ] Cardiology [ ] GI [ ] Neurology [ ] Ortho [ ] Pulm [ ] Other ________
        Reason for referral: __________________________________________
        ICD-10 code(s): ________  ________
        Urgency: [ ] Routine (within 30 days)  [ ] Urgent (within 7 days - call also)
        Attach: recent notes, imaging, labs

        Office use: received ____  scheduled ____  by ____
        """)
    body = dedent(f"""
        Hello partner offices,

        Attached is the current blank referral form. Please discard older versions - they still list the old fax
        number. Completed forms go to the Central Referrals fax only, not to e-mail.

        {ref.sig()}
        """)
    ext = fmt_addr("Community Practice Managers", "practice-managers@rivercountyipa.example.org")
    return M("template", "blank outpatient referral fax form (TXT) with empty patient/NPI/ICD-10 fields",
             "Referral form (blank)", ref.addr(), ext, P(body, "7bit"), [TXT("referral_request_form.txt", form, "7bit")])


@gen("template")
def tp_spanish():
    lang = staff("", "Coordinadora de Servicios de Idiomas", "Language Services")
    body = dedent(f"""
        Hola equipo,

        Adjunto la traducción aprobada de la carta de recordatorio. Los campos entre corchetes se llenan en el sistema;
        no los traduzcan.

        ----
        Estimado/a [NOMBRE DEL PACIENTE]:

        Le recordamos su cita en [CLÍNICA] el [FECHA] a las [HORA] con [PROVEEDOR].
        Por favor traiga su tarjeta de seguro médico y la lista de sus medicamentos.
        Si necesita un intérprete, no tiene costo. Llame al [TELÉFONO DE LA CLÍNICA].
        ----

        Revisado por dos traductores certificados el {day(-3)}.

        {lang.sig()}
        """)
    return M("template", "approved Spanish reminder-letter translation with [NOMBRE DEL PACIENTE]/[FECHA] fields",
             "Traducción aprobada - carta de recordatorio", lang.addr(), dl("Language Services", "language.services"), P(body, "quoted-printable"),
             lang="es-US")


@gen("template")
def tp_zztest_patients():
    an = staff("", "Epic Ambulatory Analyst", "IS Clinical Apps")
    rows = [["Test patient (TST env)", "Scenario", "Problem list (build)", "Use for"],
            ["ZZTEST, ADULTDM", "adult, diabetes registry", "E11.65; I10", "registry and BPA testing"],
            ["ZZTEST, PEDSASTHMA", "child, asthma action plan", "J45.909", "peds SmartSet"],
            ["ZZTEST, OBPRENATAL", "pregnancy 28 weeks", "O24.410", "OB flowsheets"],
            ["ZZTEST, CHFREADMIT", "heart failure readmission", "I50.22; N18.32", "readmission risk score"],
            ["ZZTEST, NOPROBLEMS", "empty chart", "", "negative tests"]]
    body = dedent(f"""
        Upgrade testers,

        These are the test patients to use in the TST environment for the upgrade scripts. They are ZZTEST build
        records with made-up problem lists; none of them exists in production. Do not create new test patients with
        realistic names - use the ZZTEST prefix so reports filter them out.

        {an.sig()}
        """)
    return M("template", "list of ZZTEST build test patients with invented problem lists for upgrade testing; not real people",
             "Test patients for upgrade scripts", an.addr(), dl("Upgrade Testers", "upgrade.testers"), P(body, "base64"), [CSV("tst_test_patients.csv", rows)])


@gen("template")
def tp_forwarded_letter():
    lab = staff("MD", "Medical Director", "Outreach Laboratory")
    v = partner("", "lettershop.example.org")
    inner_text = dedent(f"""
        Proof for approval - "normal results" letter, job LS-{R.randint(10000, 99999)}

        $$LETTER_DATE$$

        $$PATIENT_FIRST$$ $$PATIENT_LAST$$
        $$ADDRESS_LINE_1$$
        $$CITY$$, $$STATE$$ $$ZIP$$

        Dear $$PATIENT_FIRST$$,

        The results of your recent tests ordered by $$ORDERING_PROVIDER$$ are normal. No action is needed. You can
        see the values in MyRiverside. If you have questions, call $$CLINIC_PHONE$$.

        Sincerely,
        $$ORDERING_PROVIDER$$

        Merge fields shown with $$ delimiters. Please approve or mark up by return e-mail.
        {v.full}, Account Manager
        """)
    inner = inner_msg("Proof - normal results letter", v.addr("full"), lab.addr(), P(inner_text), when=CUR - datetime.timedelta(days=1))
    body = dedent(f"""
        Forwarding the print vendor's proof for the normal-results letter. Merge fields only ($$PATIENT_FIRST$$ etc.);
        OK to approve from my side. Any objection from compliance?

        {lab.sig(True)}
        """)
    return M("template", "forwarded print-vendor proof of a results letter with $$PATIENT_FIRST$$ merge fields only",
             "FW: Proof - normal results letter", lab.addr(), dl("Compliance Office", "compliance"), P(body, "7bit"), [Fwd(inner)])


@gen("template")
def tp_calendar_shell():
    nav = staff("RN", "Pre-Admission Testing Nurse", "Pre-Admission Testing")
    team = [staff("RN", "", "Pre-Admission Testing") for _ in range(2)]
    desc = ("TEMPLATE - copy this hold and replace the bracketed text.\n\nSubject: [PATIENT LAST NAME] - pre-op call\n"
            "Call [PATIENT FIRST NAME] at [PHONE] two business days before surgery.\nScript: arrival time, NPO after midnight, "
            "hold [MEDICATION] per surgeon, bring ID and insurance card.\nDocument in the PAT call flowsheet.")
    text = "Shared calendar template for pre-op calls. Copy it into the PAT calendar and replace the brackets; do not\nedit the template itself.\n\n" + desc + "\n\n" + nav.sig(True) + "\n"
    cal = CAL("TEMPLATE - [PATIENT LAST NAME] - pre-op call", at(1, 8), 15, "PAT call room", desc, nav, team)
    return M("template", "calendar invitation that is a template shell with [PATIENT LAST NAME]/[PHONE] placeholders",
             "TEMPLATE - pre-op call hold", nav.addr(), ", ".join(p.addr() for p in team), ALT(text, None, "quoted-printable", cal))


@gen("template")
def tp_vendor_demo():
    mk = staff("", "Product Manager", "Digital Health")
    text = dedent(f"""
        Hi all,

        Screenshots from yesterday's kiosk check-in demo are in the shared folder. Captions for the slide deck:

        Slide 3: Welcome screen - "Welcome, Jane Doe SAMPLE" (demo account)
        Slide 4: Confirm details - DOB 01/01/1980 (demo), address 100 Demo Lane, Sampletown
        Slide 5: Copay screen - "$25.00 due today" (demo payment card 4111 test number)
        Slide 6: Questionnaire - "Any new allergies?" with the answer left blank

        Everything on screen is the vendor's demo tenant, marked SAMPLE in the header bar. Please keep the SAMPLE
        banner visible if you crop the images.

        {mk.sig()}
        """)
    inner = auto_html(text).replace("Jane Doe SAMPLE", "<b>Jane Doe SAMPLE</b>")
    return M("template", "demo screenshot captions using vendor demo account 'Jane Doe SAMPLE' with demo DOB and card",
             "Kiosk demo captions", mk.addr(), dl("Patient Access Leads", "access.leads"), ALT(text, inner, "base64"))


@gen("template")
def tp_xforms():
    dev = staff("", "Forms Developer", "IS Digital Health")
    xml = dedent("""
        <?xml version="1.0" encoding="UTF-8"?>
        <formDefinition id="intake-adult" version="7" locale="en-US">
          <section id="demographics" title="About you">
            <field id="legalName" type="text" required="true" label="Legal name" placeholder="Last, First Middle"/>
            <field id="dob" type="date" required="true" label="Date of birth" placeholder="MM/DD/YYYY"/>
            <field id="ssnLast4" type="text" required="false" label="Last 4 of SSN" mask="####"/>
            <field id="phone" type="tel" label="Mobile phone" placeholder="(###) ###-####"/>
          </section>
          <section id="history" title="Health history">
            <field id="conditions" type="multiselect" label="Conditions">
              <option value="E11.9">Diabetes</option><option value="I10">High blood pressure</option>
              <option value="J45.909">Asthma</option><option value="F32.A">Depression</option>
            </field>
            <field id="meds" type="repeat" label="Current medications" placeholder="Name, dose, how often"/>
            <field id="allergies" type="text" label="Allergies" placeholder="e.g. penicillin - hives"/>
          </section>
        </formDefinition>
        """)
    body = dedent(f"""
        Version 7 of the adult intake form definition is attached for review. Changes: SSN reduced to last 4 and
        optional; condition list mapped to ICD-10 codes for the problem-list import. This is the definition file only.

        {dev.sig()}
        """)
    return M("template", "intake form definition XML: field ids, masks (####), placeholders and condition-to-ICD mapping; no answers",
             "Intake form v7 definition", dev.addr(), dl("Digital Health Team", "digital.health"), P(body, "7bit"), [XMLA("intake-adult-v7.xml", xml)])


# =============================================================================================
# NEGATIVES: provider_directory (providers + health words + provider identifiers, no patient)

CONDITIONS = {
    "Cardiology": ["atrial fibrillation", "heart failure", "coronary artery disease", "valve disease"],
    "Electrophysiology": ["atrial fibrillation", "syncope", "pacemaker and defibrillator care", "ventricular tachycardia"],
    "Endocrinology": ["type 1 and type 2 diabetes", "thyroid nodules", "osteoporosis", "adrenal disorders"],
    "Gastroenterology": ["Crohn's disease", "ulcerative colitis", "fatty liver disease", "colon cancer screening"],
    "Neurology": ["epilepsy", "Parkinson's disease", "multiple sclerosis", "migraine"],
    "Rheumatology": ["rheumatoid arthritis", "lupus", "gout", "psoriatic arthritis"],
    "Pulmonology": ["COPD", "asthma", "interstitial lung disease", "sleep apnea"],
    "Nephrology": ["chronic kidney disease", "kidney stones", "resistant hypertension", "dialysis care"],
    "Orthopaedic Surgery": ["knee and hip replacement", "sports injuries", "rotator cuff tears", "fractures"],
    "Obstetrics & Gynecology": ["high-risk pregnancy", "endometriosis", "menopause care", "minimally invasive gynecologic surgery"],
    "Hematology/Oncology": ["breast cancer", "lymphoma", "sickle cell disease", "anemia"],
    "Infectious Diseases": ["HIV care", "hepatitis C", "bone and joint infections", "travel medicine"],
    "Family Medicine": ["preventive care", "diabetes", "high blood pressure", "well-child visits"],
    "Psychiatry": ["depression", "bipolar disorder", "anxiety disorders", "ADHD"],
    "Dermatology": ["psoriasis", "eczema", "skin cancer screening", "acne"],
    "Urology": ["kidney stones", "prostate cancer", "enlarged prostate", "incontinence"],
}
CLINICS = [("Riverside Heart & Vascular", "300 Beacon Ave, Suite 400, Riverside, PA 15001"), ("Elm Ridge Primary Care", "18 Orchard Hill Rd, Elm Ridge, PA 15602"),
           ("Tower A Specialty Clinics", "1200 Foundry St, Riverside, PA 15001"), ("Bramford Multispecialty", "77 Canal St, Bramford, OH 43701"),
           ("Harmon Falls Medical Office Building", "410 Tanner Rd, Harmon Falls, PA 16002"), ("Cold Spring Family Medicine", "9 Kestrel Dr, Cold Spring, OH 43901")]


def conds(spec, k=2):
    c = CONDITIONS[spec][:]
    R.shuffle(c)
    return c[:k]


@gen("provider_directory")
def pd_findadoc_json():
    web = staff("", "Web Content Manager", "Marketing & Communications")
    provs = []
    for spec in R.sample(list(CONDITIONS), 6):
        d = doctor(spec, R.choice(["MD", "DO", "MD", "CRNP"]))
        cl = R.choice(CLINICS)
        provs.append({"npi": d.npi, "name": {"first": d.first, "last": d.last, "suffix": d.creds}, "specialty": spec,
                      "conditionsTreated": conds(spec, 3), "languages": R.choice([["English"], ["English", "Spanish"], ["English", "Mandarin"], ["English", "Arabic"]]),
                      "acceptingNewPatients": R.choice([True, True, False]), "location": {"name": cl[0], "address": cl[1], "phone": phone(0)},
                      "photo": f"/images/providers/{d.npi}.jpg"})
    body = dedent(f"""
        Hi,

        Attached is this week's Find a Doctor export (changed records only) for the website rebuild. The vendor should
        load it into staging; the photo paths are relative to the CDN root. Two providers switched
        "acceptingNewPatients" to false this week.

        {web.sig()}
        """)
    return M("provider_directory", "Find-a-Doctor JSON export: providers with NPIs, specialties, conditions treated, locations",
             "Find a Doctor export - weekly delta", web.addr(), fmt_addr("Web Vendor Team", "riverside-team@webstudio.example.org"),
             P(body, "7bit"), [JSONA("findadoc_delta.json", {"generated": day(0, "%Y-%m-%d"), "providers": provs})])


@gen("provider_directory")
def pd_bio_html():
    mc = staff("", "Physician Relations Specialist", "Marketing & Communications")
    d = doctor("Electrophysiology", "MD")
    text = dedent(f"""
        Draft bio for approval - please reply with edits by {dlong(3)}.

        {d.full}, {d.creds}, FACC, FHRS
        Cardiac Electrophysiology | Riverside Heart & Vascular

        Dr. {d.last} treats atrial fibrillation and heart failure, and specializes in catheter ablation, left atrial
        appendage closure and implantable defibrillators. {d.She} completed residency at a university hospital in
        Ohio and an electrophysiology fellowship in Boston, and is board certified in cardiovascular disease and
        clinical cardiac electrophysiology.

        "Most people with AFib can live active lives. My job is to find the treatment that fits them."

        Languages: English, {R.choice(['Spanish', 'Hindi', 'French', 'Korean'])}
        NPI {d.npi}
        Clinic: 300 Beacon Ave, Suite 400 | Appointments {phone(0)}
        """)
    inner = auto_html(text).replace(d.full, f"<b>{esc(d.full)}</b>", 1)
    return M("provider_directory", "physician web bio: 'treats atrial fibrillation and heart failure', NPI, clinic; no patient",
             f"Bio draft - Dr. {d.last}", mc.addr(), d.addr(), ALT(text + "\n" + mc.sig() + "\n", inner + auto_html(mc.sig())))


@gen("provider_directory")
def pd_new_provider_photos():
    comms = staff("", "Internal Communications", "Marketing & Communications")
    ds = [doctor(s, c) for s, c in (("Gastroenterology", "MD"), ("Rheumatology", "DO"), ("Family Medicine", "CRNP"))]
    parts = []
    for d in ds:
        parts.append(f'<p class="MsoNormal"><img src="cid:photo_{d.last.lower().replace(" ", "")}" alt="Headshot of {esc(d.full)}" width="120"><br>'
                     f'<i>Pictured: {esc(d.full)}, {d.creds}</i></p>\n<p class="MsoNormal"><b>{esc(d.full)}, {d.creds}</b> joins {esc(d.specialty)} at '
                     f'{esc(R.choice(CLINICS)[0])}. {esc(d.first)} sees adults for {esc(" and ".join(conds(d.specialty)))}. NPI {d.npi}.</p>')
    group = f'<p class="MsoNormal"><i>Pictured at new-provider orientation (left to right): {", ".join(esc(d.full) for d in ds)} and Chief Medical Officer ' \
            f'{esc(staff("MD").full)}.</i></p>'
    inner = '<p class="MsoNormal"><b>Welcome our newest providers</b></p>\n' + "\n".join(parts) + "\n" + group + \
        '\n<p class="MsoNormal">Please help them feel at home. Referrals can be placed in the usual way; new-patient slots are open.</p>'
    return M("provider_directory", "new-provider welcome with photo captions, specialties, conditions they treat and NPIs",
             "Welcome our newest providers", comms.addr(), dl("All Staff", "allstaff"), H(inner, "quoted-printable"))


@gen("provider_directory")
def pd_oncall_weekend():
    sched = staff("", "Medical Staff Coordinator", "Medical Staff Office")
    rows = [["Service", "Fri 17:00 - Sat 07:00", "Sat", "Sun", "Backup", "Pager / cell"]]
    for spec in ["Cardiology", "Gastroenterology", "Neurology", "Orthopaedic Surgery", "Urology", "Pulmonology", "Nephrology"]:
        a, b, c = doctor(spec), doctor(spec), doctor(spec)
        rows.append([spec, f"Dr. {a.last}", f"Dr. {b.last}", f"Dr. {c.last}", f"Dr. {R.choice([a, b, c]).last}", f"{R.randint(4000, 4999)} / {phone(0)}"])
    fri = (4 - CUR.weekday()) % 7 or 7
    sun = CUR + datetime.timedelta(days=fri + 2)
    text = f"Weekend specialty on-call ({dshort(fri)} 17:00 - {sun.month}/{sun.day} 23:59). Call the operator for anything not on this list."
    inner = auto_html(text) + table(rows) + auto_html("Changes after Friday noon are posted in the on-call app only.\n\n" + sched.sig())
    return M("provider_directory", "weekend specialty on-call roster: physicians, pagers and 555-01xx cells; no patient",
             "Weekend on-call " + dshort(fri), sched.addr(), dl("ED Physicians", "ed.physicians"), ALT(text + "\n", inner))


@gen("provider_directory")
def pd_referral_network_csv():
    ref = staff("", "Network Development Manager", "Population Health")
    rows = [["Practice", "Provider", "Credentials", "NPI", "Specialty", "Address", "Phone", "Fax", "E-referral"]]
    for i in range(8):
        spec = R.choice(["Cardiology", "Electrophysiology", "Nephrology", "Endocrinology"])
        d = doctor(spec, R.choice(["MD", "DO"]), domain="partners.example.org")
        rows.append([R.choice(["Valley Cardiology Associates", "Three Rivers Kidney Care", "Northside Endocrine Group", "Summit Heart Partners"]),
                     f"{d.last}, {d.first}", d.creds, d.npi, spec, f"{R.randint(100, 999)} {R.choice(STREETS)}, {R.choice(TOWNS)[0]}",
                     phone(0), phone(0), R.choice(["Y", "N"])])
    body = dedent(f"""
        Attached is the preferred referral network for cardiometabolic specialties for the next contract year. Please
        load it into the referral-order preference list. NPIs were verified against NPPES last week.

        {ref.sig()}
        """)
    return M("provider_directory", "referral network CSV of outside specialists with Luhn-valid NPIs, addresses and phones",
             "Preferred network list - cardiometabolic", ref.addr(), dl("Referral Management", "referral.mgmt"), P(body, "7bit"), [CSV("preferred_network_cardiometabolic.csv", rows)])


@gen("provider_directory")
def pd_dea_renewals():
    cred = staff("CPCS", "Credentialing Specialist", "Medical Staff Office")
    rows = [["Provider", "Department", "NPI", "DEA registration", "Schedules", "DEA expires", "State CSR expires", "Status"]]
    for i in range(7):
        d = doctor(R.choice(list(CONDITIONS)), R.choice(["MD", "DO", "NP", "PA-C"]))
        rows.append([f"{d.last}, {d.first} {d.creds}", d.specialty, d.npi, d.dea, R.choice(["2, 2N, 3, 3N, 4, 5", "2, 2N, 3, 3N, 4, 5", "3, 4, 5"]),
                     day(R.randint(10, 80), "%m/%d/%Y"), day(R.randint(30, 300), "%m/%d/%Y"), R.choice(["Reminder sent", "Renewal submitted", "No response"])])
    body = dedent(f"""
        Department chairs,

        The following providers have a DEA registration expiring in the next 90 days. A lapsed DEA registration means
        controlled-substance orders are blocked in the EHR the next day. Please nudge anyone marked "No response".

        {cred.sig()}
        """)
    return M("provider_directory", "DEA registration expiry tracker with valid DEA numbers, NPIs and schedules; providers only",
             "DEA expirations - next 90 days", cred.addr(), dl("Department Chairs", "dept.chairs"), P(body, "quoted-printable"), [CSV("dea_expiring_90d.csv", rows)])


@gen("provider_directory")
def pd_csr_onboarding():
    ob = staff("", "Provider Onboarding Coordinator", "Medical Staff Office")
    d = doctor("Psychiatry", "MD")
    body = dedent(f"""
        Onboarding checklist - {d.full}, {d.creds} (Psychiatry), start date {day(21)}

        [x] NPI verified in NPPES: {d.npi}
        [x] State medical license: active, exp. 12/31/{CUR.year + 1}
        [x] DEA registration {d.dea} - needs address change to Riverside (submitted {day(-4)})
        [ ] State controlled substance registration - pending
        [ ] PDMP account - after CSR issued
        [x] Board certification: American Board of Psychiatry and Neurology
        [ ] EPCS token enrollment - IS will schedule after DEA address change
        [x] Payer enrollment started (Riverside Health Plan, Medicare, Medicaid)

        Clinic template: outpatient adult psychiatry, focus on depression, bipolar disorder and ADHD; 60-minute new
        visits. Dr. {d.last} will also cover the consult-liaison service one week per month.

        {ob.sig()}
        """)
    return M("provider_directory", "new psychiatrist onboarding checklist: NPI, DEA, CSR, EPCS, conditions the clinic will treat",
             f"Onboarding - Dr. {d.last}", ob.addr(), dl("Behavioral Health Leadership", "bh.leaders"), P(body, "7bit"))


@gen("provider_directory")
def pd_cred_committee():
    mso = staff("CPMSM", "Director", "Medical Staff Office")
    lines = ["# Credentials Committee - Agenda", f"Meeting {day(6)} 07:00, Board Room B", "", "## 1. Initial appointments"]
    for i in range(5):
        d = doctor(R.choice(list(CONDITIONS)), R.choice(["MD", "DO"]))
        lines.append(f"{d.full}, {d.creds} - {d.specialty} - NPI {d.npi} - privileges: core {d.specialty.lower()} - FPPE: 5 cases")
    lines += ["", "## 2. Reappointments (2-year cycle)"]
    for i in range(4):
        d = doctor(R.choice(list(CONDITIONS)), R.choice(["MD", "DO", "CRNP", "PA-C"]))
        lines.append(f"{d.full}, {d.creds} - {d.specialty} - NPI {d.npi} - no changes")
    lines += ["", "## 3. Policy", "Telemedicine privileging by proxy - second reading", "", "Confidential peer review document under state law."]
    body = dedent(f"""
        Committee members,

        Agenda and applicant list for {dlong(6)} are attached. Files are in the credentialing system for review.

        {mso.sig()}
        """)
    return M("provider_directory", "credentials committee agenda PDF listing applicants, specialties, NPIs and privileges",
             "Credentials Committee agenda", mso.addr(), dl("Credentials Committee", "credentials.committee"), P(body, "7bit"),
             [PDF("credentials_agenda.pdf", lines, flate=True)])


@gen("provider_directory")
def pd_medicaid_reval():
    enr = staff("", "Provider Enrollment Analyst", "Revenue Cycle")
    rows = []
    for i in range(6):
        d = doctor(R.choice(list(CONDITIONS)), R.choice(["MD", "DO", "CRNP", "PA-C"]))
        rows.append(f"  {d.last + ', ' + d.first:<28} NPI {d.npi}   MA ID {R.randint(1000000, 9999999)}-{R.randint(1, 9):04d}   due {day(R.randint(20, 90))}")
    body = "Hello,\n\nThese providers are due for Medicaid revalidation. I will pre-fill the applications; each provider needs to\n" \
        "sign the attestation page in DocuSign when it arrives.\n\n" + "\n".join(rows) + "\n\nIf revalidation lapses, claims for the " \
        "provider deny and cannot be rebilled retroactively.\n\n" + enr.sig() + "\n"
    return M("provider_directory", "Medicaid revalidation list of providers with NPIs and Medicaid provider ids; no patient",
             "Medicaid revalidation due", enr.addr(), dl("Practice Managers", "practice.managers"), P(body, "7bit"))


@gen("provider_directory")
def pd_holiday_hours():
    ops = staff("", "Director", "Ambulatory Operations")
    lines = []
    for cl in CLINICS[:5]:
        d1, d2 = doctor("Family Medicine"), doctor("Family Medicine", "CRNP")
        lines.append(f"{cl[0]} ({cl[1]})\n  {day(0, '%B')} holiday hours: 08:00-12:00. Providers in clinic: Dr. {d1.last}; {d2.full}, CRNP.\n"
                     f"  Walk-ins for flu shots and minor illness only. Phone {phone(0)}.")
    body = "Holiday hours for the long weekend:\n\n" + "\n\n".join(lines) + "\n\nAll other clinics closed. The nurse advice line is open 24/7.\n\n" + ops.sig() + "\n"
    return M("provider_directory", "clinic holiday hours with the providers working each site; services but no patient",
             "Holiday hours - clinics", ops.addr(), dl("Call Center", "call.center"), P(body, "quoted-printable"))


@gen("provider_directory")
def pd_hospitalist_blocks():
    lead = staff("MD", "Hospitalist Medical Director", "Hospital Medicine")
    docs = [doctor("Hospital Medicine") for _ in range(3)]
    desc = (f"Block {R.randint(10, 26)} hospitalist teams:\nTeam A: Dr. {docs[0].last} (NPI {docs[0].npi})\nTeam B: Dr. {docs[1].last} (NPI {docs[1].npi})\n"
            f"Nocturnist: Dr. {docs[2].last}\nAdmitting pager 4{R.randint(100, 999)}. Handoff 07:00 and 19:00 in the 4th floor workroom.")
    text = "Block schedule hold for the next rotation. Teams listed in the invite.\n\n" + desc + "\n\n" + lead.sig(True) + "\n"
    cal = CAL(f"Hospitalist block start - teams A/B/nights", at(7, 7), 30, "4th floor hospitalist workroom", desc, lead, docs)
    return M("provider_directory", "calendar invite for hospitalist block schedule naming physicians and NPIs",
             "Hospitalist block start", lead.addr(), ", ".join(d.addr() for d in docs), ALT(text, None, "quoted-printable", cal))


@gen("provider_directory")
def pd_language_list():
    ls = staff("", "Manager", "Language Services")
    rows = [["Provider", "Specialty", "Language(s) besides English", "Certified (QBS)", "Clinic"]]
    for lang in ["Spanish", "Mandarin", "Arabic", "Vietnamese", "Nepali", "Haitian Creole", "Russian", "Somali"]:
        d = doctor(R.choice(list(CONDITIONS)), R.choice(["MD", "DO", "CRNP"]))
        rows.append([f"{d.full}, {d.creds}", d.specialty, lang, R.choice(["Yes", "Yes", "In progress"]), R.choice(CLINICS)[0]])
    text = dedent(f"""
        Updated list of providers who have passed the bilingual proficiency screen and can see patients in their
        second language without an interpreter. Schedulers can use this when matching new-patient requests.

        {ls.sig()}
        """)
    inner = auto_html(text.split("\n\n")[0]) + table(rows) + auto_html(ls.sig())
    return M("provider_directory", "bilingual provider list with specialties and clinics; no patient",
             "Bilingual providers list", ls.addr(), dl("Central Scheduling", "central.scheduling"), H(inner, "base64"))


@gen("provider_directory")
def pd_tumor_board_roster():
    nav = staff("RN, OCN", "Cancer Program Coordinator", "Cancer Center")
    members = [("Medical oncology", doctor("Hematology/Oncology")), ("Radiation oncology", doctor("Radiation Oncology")),
               ("Breast surgery", doctor("Surgical Oncology")), ("Pathology", doctor("Pathology")), ("Radiology", doctor("Radiology")),
               ("Genetics", doctor("Genetic Counseling", "MS, CGC")), ("Plastic surgery", doctor("Plastic Surgery"))]
    lines = [f"  {role:<20} {d.full}, {d.creds}" for role, d in members]
    body = "Breast tumor board - required attendance roster for Commission on Cancer standards this year:\n\n" + "\n".join(lines) + \
        "\n\nMeets Thursdays 07:00, Cancer Center conference room 2 and on Teams. Case lists are sent separately through the\n" \
        "secure tumor board tool, not e-mail. Please name an alternate if you cannot attend.\n\n" + nav.sig() + "\n"
    return M("provider_directory", "tumor board membership roster by specialty; states case lists go elsewhere; no patient",
             "Breast tumor board roster", nav.addr(), dl("Breast Tumor Board", "breast.tb"), P(body, "base64"))


@gen("provider_directory")
def pd_urgent_care():
    uc = staff("", "Operations Manager", "Urgent Care")
    locs = []
    for town in ["Harmon Falls", "Bramford", "East Wyler", "Kettle Run"]:
        d1, d2 = doctor("Emergency Medicine", "DO"), doctor("Urgent Care", "PA-C")
        locs.append(f"Riverside Urgent Care - {town}\n  Open 08:00-20:00 daily. This week: Dr. {d1.last} (Mon-Wed), {d2.full}, PA-C (Thu-Sun)\n"
                    f"  X-ray on site; treats sprains, simple fractures, cuts, UTIs, sore throat. Phone {phone(0)}")
    body = "Urgent care staffing and services this week (for the nurse advice line):\n\n" + "\n\n".join(locs) + "\n\n" + uc.sig() + "\n"
    return M("provider_directory", "urgent care sites with providers on duty and conditions treated; no patient",
             "Urgent care staffing this week", uc.addr(), dl("Nurse Advice Line", "nurse.advice"), P(body, "quoted-printable"))


@gen("provider_directory")
def pd_faculty_research():
    pd_ = staff("MD", "Program Director", "Internal Medicine Residency")
    lines = ["INTERNAL MEDICINE RESIDENCY - FACULTY RESEARCH MENTORS", ""]
    for spec in ["Hematology/Oncology", "Nephrology", "Infectious Diseases", "Pulmonology", "Gastroenterology", "Endocrinology"]:
        d = doctor(spec)
        c = conds(spec, 2)
        lines.append(f"{d.full}, {d.creds} ({spec})\n  Interests: outcomes in {c[0]}; quality improvement in {c[1]} care.\n  Contact: {d.email}\n")
    body = dedent(f"""
        Interns,

        Attached is the list of faculty who are taking research mentees this year, with their interests. Reach out
        directly by {dlong(14)}. Projects with patient data need IRB approval before you touch any chart.

        {pd_.sig()}
        """)
    return M("provider_directory", "residency faculty mentor list with research interests in diseases; no patient",
             "Research mentors list", pd_.addr(), dl("IM Interns", "im.interns"), P(body, "7bit"), [TXT("research_mentors.txt", "\n".join(lines), "7bit")])


@gen("provider_directory")
def pd_bh_therapists():
    bh = staff("LCSW", "Clinical Manager", "Outpatient Behavioral Health")
    rows = [["Clinician", "License", "License #", "NPI", "Focus areas", "Ages", "Telehealth"]]
    focus = ["anxiety and panic disorder", "PTSD and trauma (CPT, EMDR)", "eating disorders", "perinatal depression", "OCD (ERP)",
             "substance use disorders", "grief", "adolescent depression"]
    for f_ in focus:
        d = doctor("Behavioral Health", R.choice(["LCSW", "LPC", "PsyD", "LMFT"]))
        rows.append([d.full, d.creds, f"{d.creds.replace('PsyD', 'PS')}{R.randint(1000, 99999):06d}", d.npi, f_, R.choice(["18+", "12+", "all ages"]),
                     R.choice(["Yes", "Yes", "No"])])
    inner = "<h2>Outpatient Behavioral Health - Therapist Directory</h2>\n" + table(rows) + \
        "\n<p>Intake line routes new referrals by focus area. Updated " + day(0) + ".</p>"
    body = dedent(f"""
        PCP offices asked for a one-page list of our therapists and what they focus on. Attached as a web page so it
        prints cleanly. Please share with your schedulers.

        {bh.sig()}
        """)
    return M("provider_directory", "therapist directory (HTML) with license numbers, NPIs and focus areas such as PTSD and eating disorders",
             "Therapist directory for PCP offices", bh.addr(), dl("Primary Care Managers", "pc.managers"), P(body, "7bit"),
             [HTMLA("therapist_directory.html", inner)])


@gen("provider_directory")
def pd_press_release():
    pr = staff("", "Media Relations Manager", "Marketing & Communications")
    d = doctor("Neurology", "MD")
    body = dedent(f"""
        FOR IMMEDIATE RELEASE

        Movement disorders specialist joins Riverside Health Neurology

        RIVERSIDE, Pa. ({day(0, '%B')} {CUR.day}, {CUR.year}) - Riverside Health welcomes neurologist {d.full}, {d.creds}, a
        fellowship-trained movement disorders specialist. Dr. {d.last} treats Parkinson's disease, essential tremor and
        dystonia, and will lead the new deep brain stimulation programming clinic at the Tower A Specialty Clinics.

        Dr. {d.last} earned a medical degree in Pennsylvania, completed neurology residency in Cleveland and a movement
        disorders fellowship in Chicago. {d.She} is board certified in neurology.

        New patients can be referred at {phone(0)}.

        Media contact: {pr.full}, {pr.phone}, {pr.email}
        ###
        """)
    return M("provider_directory", "press release about a neurologist who treats Parkinson's disease; no patient",
             "News release - movement disorders specialist", pr.addr(), fmt_addr("Regional Health Reporters", "health-desk@valleynews.example.org"),
             P(body, "7bit"))


@gen("provider_directory")
def pd_peer_reference():
    mso = staff("CPCS", "Credentialing Specialist", "Medical Staff Office")
    ref = doctor("Gastroenterology", domain="lakeshoremed.example.org")
    app = doctor("Gastroenterology")
    body = dedent(f"""
        Dr. {ref.last},

        {app.full}, {app.creds} (NPI {app.npi}) has applied for clinical privileges in gastroenterology at Riverside
        Health and listed you as a peer reference. Please complete the short form at the link below by {dlong(10)}.
        It asks you to rate, from direct observation over the last two years:

          - clinical judgment and procedural skill (colonoscopy, EGD, ERCP)
          - communication with patients and staff
          - professionalism and adherence to policy

        Your answers are confidential peer review information.

        https://credentialing.{ORG}/reference/{R.randint(100000, 999999)}

        {mso.sig()}
        """)
    return M("provider_directory", "peer reference request for a physician's privileges with NPI and procedures; no patient or applicant health",
             f"Peer reference request - Dr. {app.last}", mso.addr(), ref.addr(), P(body, "quoted-printable"))


@gen("provider_directory")
def pd_it_access():
    it = staff("", "Provider Access Analyst", "IS Identity & Access")
    ds = [doctor(s, c) for s, c in (("Urology", "MD"), ("Nephrology", "DO"), ("Obstetrics & Gynecology", "CRNP"))]
    rows = []
    for d in ds:
        rows.append(f"{d.full}, {d.creds} - {d.specialty}\n  NPI {d.npi} | DEA {d.dea} | EHR provider record SER {R.randint(100000, 999999)}\n"
                    f"  EPCS: token mailed, two-person identity proofing on {day(R.randint(2, 6))}\n  Login effective {day(R.randint(7, 14))}")
    body = "Provider build complete for next month's start dates:\n\n" + "\n\n".join(rows) + \
        "\n\nPlease do not share these numbers outside the onboarding team; they are needed for e-prescribing setup only.\n\n" + it.sig() + "\n"
    return M("provider_directory", "provider IT build: NPIs, DEA numbers, EHR provider records and EPCS setup; no patient",
             "Provider build complete", it.addr(), dl("Provider Onboarding", "provider.onboarding"), P(body, "7bit"))


@gen("provider_directory")
def pd_directory_xml():
    pe = staff("", "Provider Data Manager", "Riverside Health Plan")
    items = []
    for i in range(5):
        d = doctor(R.choice(list(CONDITIONS)), R.choice(["MD", "DO", "CRNP"]))
        cl = R.choice(CLINICS)
        items.append(f"""  <practitioner npi="{d.npi}" accepting="{R.choice(['Y', 'N'])}" verified="{day(-R.randint(1, 80), '%Y-%m-%d')}">
    <name><given>{esc(d.first)}</given><family>{esc(d.last)}</family><credential>{d.creds}</credential></name>
    <specialty>{esc(d.specialty)}</specialty>
    <location name="{esc(cl[0])}" phone="{phone(0)}">{esc(cl[1])}</location>
  </practitioner>""")
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<providerDirectory plan="Riverside Health Plan" quarter="Q' + str((CUR.month - 1) // 3 + 1) + \
        '">\n' + "\n".join(items) + "\n</providerDirectory>\n"
    body = dedent(f"""
        Quarterly directory attestation: please confirm each record in the attached file (address, phone, accepting
        new patients) for the health plan's online directory. Federal rules require us to verify every 90 days.
        Reply "confirmed" or send corrections by {dlong(9)}.

        {pe.sig()}
        """)
    return M("provider_directory", "health-plan directory attestation XML with practitioner NPIs, specialties, locations",
             "Directory attestation - action needed", pe.addr(), dl("Practice Managers", "practice.managers"), P(body, "7bit"),
             [XMLA("directory_attestation.xml", xml)])


@gen("provider_directory")
def pd_econsult_panel():
    pop = staff("MD", "Medical Director", "Population Health")
    rows = [["Specialty", "Reviewer(s)", "Turnaround", "Good e-consult questions"]]
    for spec, q in [("Endocrinology", "thyroid nodule work-up, insulin titration"), ("Nephrology", "CKD stage 3 management, hyperkalemia"),
                    ("Hematology/Oncology", "mild anemia, isolated thrombocytopenia"), ("Rheumatology", "positive ANA without symptoms"),
                    ("Dermatology", "rash photos, benign lesions")]:
        a, b = doctor(spec), doctor(spec)
        rows.append([spec, f"Dr. {a.last}, Dr. {b.last}", R.choice(["2 business days", "3 business days", "24 hours"]), q])
    text = dedent(f"""
        Reminder to primary care: e-consults are open for the specialties below. Use them for questions that do not
        need a visit. The reviewer answers in the chart.

        {pop.sig()}
        """)
    inner = auto_html(text.split("\n\n")[0]) + table(rows) + auto_html(pop.sig())
    return M("provider_directory", "e-consult reviewer panel by specialty with typical clinical questions; no patient",
             "E-consult panel", pop.addr(), dl("Primary Care Providers", "pc.providers"), ALT(text, inner))


@gen("provider_directory")
def pd_collab_agreement():
    mso = staff("", "Advanced Practice Coordinator", "Medical Staff Office")
    np_ = doctor("Cardiology", "CRNP")
    c1, c2 = doctor("Cardiology"), doctor("Cardiology")
    lines = ["# Collaborative Agreement - Certified Registered Nurse Practitioner", "",
             f"CRNP: {np_.full}   NPI {np_.npi}   PA license RN{R.randint(100000, 999999)}   CRNP license SP{R.randint(100000, 999999)}",
             f"Specialty: Cardiology (heart failure clinic)", "",
             f"Collaborating physician: {c1.full}, MD   NPI {c1.npi}", f"Backup collaborating physician: {c2.full}, MD   NPI {c2.npi}", "",
             "Scope: evaluation and management of chronic heart failure, titration of guideline-directed therapy",
             "(beta blockers, ARNI, SGLT2 inhibitors, mineralocorticoid antagonists), diuretic adjustment.",
             "Prescriptive authority: Schedule II limited to 30-day supply.", "", f"Effective {day(10)}; review annually.", "",
             "Signatures on file with the Medical Staff Office."]
    body = dedent(f"""
        Attached is the signed collaborative agreement for {np_.full}, CRNP, for your files. Please keep it with the
        clinic's credentialing binder.

        {mso.sig()}
        """)
    return M("provider_directory", "CRNP collaborative agreement PDF with NPIs, licence numbers and HF scope of practice; no patient",
             "Collaborative agreement - HF clinic", mso.addr(), dl("Heart Failure Clinic", "hf.clinic"), P(body, "7bit"),
             [PDF("collaborative_agreement.pdf", lines)])


@gen("provider_directory")
def pd_vcard():
    d = doctor("Infectious Diseases", "MD")
    vcf = dedent(f"""
        BEGIN:VCARD
        VERSION:3.0
        N:{d.last};{d.first};;;
        FN:{d.full}, MD
        ORG:Riverside Health;Infectious Diseases
        TITLE:Infectious Diseases Physician
        TEL;TYPE=WORK,VOICE:{phone(0)}
        TEL;TYPE=WORK,FAX:{phone(0)}
        EMAIL;TYPE=INTERNET:{d.email}
        ADR;TYPE=WORK:;;1200 Foundry St;Riverside;PA;15001;USA
        NOTE:NPI {d.npi}. Outpatient ID clinic: HIV care, hepatitis C, OPAT follow-up.
        END:VCARD
        """)
    body = dedent(f"""
        Hi {R.choice(['Karen', 'Jordan', 'Sam'])} - as promised, my contact card is attached for the county health department
        list. Best way to reach me for the hepatitis C elimination project is e-mail; clinic days are Tuesday and Thursday.

        {d.full}, MD
        Infectious Diseases | Riverside Health
        NPI {d.npi}
        """)
    return M("provider_directory", "physician sends own vCard with NPI and clinic focus (HIV, hepatitis C); no patient",
             "My contact card", d.addr(), fmt_addr("County Health Department", "epi@countyhealth.example.org"), P(body, "7bit"),
             [VCF(f"{d.last}.vcf", vcf)])


@gen("provider_directory")
def pd_printed_directory():
    mk = staff("", "Community Outreach Coordinator", "Marketing & Communications")
    lines = ["# Riverside Health - Find Care Near You (community edition)", ""]
    for cl in CLINICS:
        lines.append("## " + cl[0])
        lines.append(cl[1] + "   Appointments " + phone(0))
        for k in range(2):
            spec = R.choice(list(CONDITIONS))
            d = doctor(spec, R.choice(["MD", "DO", "CRNP"]))
            lines.append(f"  {d.full}, {d.creds} - {spec}: {', '.join(conds(spec, 2))}")
        lines.append("")
    body = dedent(f"""
        Final print file for the community directory mailer (PDF). It goes to print on {dlong(5)}. Last chance for
        corrections.

        {mk.sig()}
        """)
    return M("provider_directory", "community directory PDF: clinics, providers, specialties and conditions treated",
             "Community directory - final proof", mk.addr(), dl("Ambulatory Operations", "amb.ops"), P(body, "base64"),
             [PDF("find_care_community.pdf", lines, flate=True)])


@gen("provider_directory")
def pd_fwd_partner_request():
    pr = staff("", "Physician Liaison", "Business Development")
    ext = partner("", "lakeviewsnf.example.org")
    ortho = [doctor("Orthopaedic Surgery") for _ in range(4)]
    inner = inner_msg("Ortho surgeon list?", ext.addr("full"), pr.addr(), P(dedent(f"""
        Hi {pr.first},

        Our DON asked for an updated list of your orthopedic surgeons and who does joint replacement vs. trauma, so
        our admissions team knows whom to call with post-op questions. Phone numbers would help too.

        Thanks,
        {ext.full}
        Director of Admissions, Lakeview Skilled Nursing (example)
        """)), when=CUR - datetime.timedelta(hours=20))
    lst = "\n".join(f"  Dr. {d.full} - {R.choice(['hip and knee replacement', 'trauma and fractures', 'sports medicine and shoulder', 'spine'])} - office {phone(0)}"
                    for d in ortho)
    body = f"{ext.first},\n\nHere is the list (your original request is below/attached):\n\n{lst}\n\nAfter-hours post-op questions go through " \
           f"the operator, who pages the surgeon on call.\n\n{pr.sig()}\n"
    return M("provider_directory", "reply with ortho surgeon list and forwarded partner request (rfc822); no patient",
             "RE: Ortho surgeon list?", pr.addr(), ext.addr("full"), P(body, "quoted-printable"), [Fwd(inner)])


@gen("provider_directory")
def pd_sports_med():
    at_ = staff("ATC", "Athletic Trainer Coordinator", "Sports Medicine")
    games = []
    for school in ["Harmon Falls HS", "Elm Ridge HS", "Bramford Central", "East Wyler Academy"]:
        d = doctor("Sports Medicine", R.choice(["MD", "DO"]))
        games.append(f"  {school:<20} Friday home game: Dr. {d.last} (team physician), sideline concussion protocol lead")
    body = "Team physician coverage for the first football weekend:\n\n" + "\n".join(games) + \
        "\n\nAthletic trainers: bring the AED and splint kits; ambulance standby is confirmed for all four games.\n\n" + at_.sig() + "\n"
    return M("provider_directory", "team physician coverage by school for games; no athlete or injury named",
             "Friday night coverage", at_.addr(), dl("Sports Medicine Team", "sportsmed"), P(body, "7bit"))


@gen("provider_directory")
def pd_locum_notice():
    cmo = staff("MD", "Vice President, Medical Affairs", "Administration")
    d = doctor("Anesthesiology", "MD", domain="locumpartners.example.org")
    body = dedent(f"""
        Colleagues,

        {d.full}, {d.creds}, a locum tenens anesthesiologist, will cover the Bramford ambulatory surgery center from
        {day(7)} through {day(35)}. Temporary privileges were granted by the CMO and board chair under the medical staff
        bylaws. NPI {d.npi}. Dr. {d.last} has provided general and regional anesthesia (including peripheral nerve
        blocks) for outpatient orthopaedic and GI cases for 14 years.

        Please help with orientation - badge and EHR access are ready at the Bramford front desk.

        {cmo.sig()}
        """)
    return M("provider_directory", "temporary privileges notice for a locum anesthesiologist with NPI and scope; no patient",
             "Temporary privileges - Bramford ASC", cmo.addr(), dl("Bramford ASC Staff", "bramford.asc"), P(body, "quoted-printable"))


# =============================================================================================
# NEGATIVES: prescriber_notice


@gen("prescriber_notice")
def pn_epcs_token():
    it = staff("", "EPCS Program Lead", "IS Identity & Access")
    body = dedent(f"""
        Prescribers,

        Hard tokens used for electronic prescribing of controlled substances (EPCS) issued before {CUR.year - 3} expire on
        {day(30)}. After that date, signing a controlled-substance order with an old token will fail and the order
        will print for wet signature instead.

        What to do:
        1. Install the authenticator app on your phone (instructions on the IS intranet, article KB{digits(7)}).
        2. Book a 10-minute identity proofing visit with a second person - two-person logical access control is a DEA
           requirement and cannot be done by e-mail.
        3. Test by signing a practice order in the TRAIN environment.

        Questions: EPCS help line {phone(0)}.

        {it.sig()}
        """)
    return M("prescriber_notice", "EPCS token expiry notice to all prescribers; no provider numbers, no patient",
             "Action needed: EPCS token expiry", it.addr(), dl("All Prescribers", "all.prescribers"), P(body, "7bit"))


@gen("prescriber_notice")
def pn_dea_renew():
    cred = staff("CPCS", "Credentialing Specialist", "Medical Staff Office")
    d = doctor("Pain Medicine", "MD")
    body = dedent(f"""
        Dr. {d.last},

        Our records show DEA registration {d.dea} (schedules 2, 2N, 3, 3N, 4, 5) at the Riverside Pain Center address
        expires on {day(45)}. DEA sends one renewal notice to the registered e-mail about 60 days before; if you have not
        seen it, renew online at the DEA Diversion Control site.

        When renewing you will be asked to attest to the one-time 8-hour substance use disorder training. Your CME
        transcript shows 8.5 hours completed, so you can attest "yes".

        Please forward the new certificate to the Medical Staff Office. Your NPI ({d.npi}) does not change.

        {cred.sig()}
        """)
    return M("prescriber_notice", "DEA renewal reminder to one physician with the physician's own DEA and NPI; no patient",
             "DEA registration renewal", cred.addr(), d.addr(), P(body, "quoted-printable"))


@gen("prescriber_notice")
def pn_pdmp_mandate():
    ph = staff("PharmD", "Controlled Substance Compliance Pharmacist", "Pharmacy")
    inner = dedent("""
        <p class="MsoNormal"><b>Reminder: check the PDMP before you prescribe</b></p>
        <p class="MsoNormal">State law requires a PDMP query each time you prescribe an opioid or a benzodiazepine, and
        the first time you prescribe any other controlled substance to a patient. The EHR now launches the PDMP report
        automatically when you sign:</p>
        <ul><li>oxycodone, hydrocodone-acetaminophen, morphine, hydromorphone, tramadol, tapentadol</li>
        <li>lorazepam, alprazolam, clonazepam, diazepam</li>
        <li>zolpidem, pregabalin (new), gabapentin (state schedule V)</li></ul>
        <p class="MsoNormal">If the PDMP is down, document "PDMP unavailable" in the order comment; the report will run
        retrospectively. Audits for Q3 start next month.</p>
        """)
    return M("prescriber_notice", "PDMP query mandate reminder listing controlled drugs; no patient or provider ids",
             "PDMP checks - reminder", ph.addr(), dl("All Prescribers", "all.prescribers"), H(inner + auto_html(ph.sig())))


@gen("prescriber_notice")
def pn_npi_portal():
    pay = partner("", "keystonecare-health.example.org")
    body = dedent(f"""
        {EXT_BANNER}Dear provider,

        Keystone Care Health Plan (example) is moving to a new provider portal on {dlong(40)}. To keep receiving
        payments without interruption, each rendering provider must:

          - confirm the individual NPI and taxonomy code on file,
          - confirm the group NPI and TIN the provider bills under,
          - add an e-mail address for remittance notices.

        Log in with your current credentials and choose Profile > Update NPI. Records not confirmed by the go-live
        date will be suspended for new claims until updated.

        Provider Services: {phone(0)}, Monday-Friday 8-6.

        Keystone Care Health Plan - Provider Network Management
        """)
    return M("prescriber_notice", "payer notice asking providers to update their NPI in a portal; no numbers, no patient",
             "Action required: confirm your NPI in the new provider portal", pay.addr("full"), dl("Provider Enrollment", "provider.enrollment"),
             P(body, "base64"), inbound=True)


@gen("prescriber_notice")
def pn_mate_act():
    edu = staff("MD", "Director of Continuing Medical Education", "Medical Education")
    text = dedent(f"""
        Colleagues,

        Since June 2023, every DEA-registered prescriber must attest at the next DEA registration (initial or renewal)
        that they have completed a one-time total of 8 hours of training on treating and managing patients with opioid
        or other substance use disorders.

        Riverside CME offers the full 8 hours free:
          - "Buprenorphine in primary care" (2 h) - {dlong(12)}, noon
          - "Naloxone, fentanyl test strips and harm reduction" (1.5 h) - online
          - "Alcohol use disorder: naltrexone, acamprosate" (1.5 h) - online
          - "Pain and addiction: safer opioid prescribing" (3 h) - {dlong(19)}, evening

        Board certification in addiction medicine or addiction psychiatry also satisfies the requirement.

        {edu.sig()}
        """)
    return M("prescriber_notice", "DEA 8-hour SUD training requirement with CME offerings and drug names; no patient",
             "DEA 8-hour training - free CME", edu.addr(), dl("All Prescribers", "all.prescribers"), ALT(text))


@gen("prescriber_notice")
def pn_formulary():
    pt = staff("PharmD", "Formulary Manager", "Pharmacy")
    lines = ["# Pharmacy & Therapeutics - Formulary Changes", f"Effective {day(14)}", "",
             "## Additions", "dapagliflozin 10 mg tablet - heart failure and CKD indications",
             "tenecteplase 50 mg vial - acute ischemic stroke (0.25 mg/kg, max 25 mg)", "",
             "## Deletions / therapeutic interchange", "canagliflozin -> empagliflozin 10 mg daily (automatic interchange)",
             "rosuvastatin 40 mg remains preferred; pitavastatin removed", "insulin detemir -> insulin glargine U-100, unit for unit",
             "", "## Restrictions", "IV acetaminophen: restricted to patients NPO, max 24 hours",
             "daptomycin: Infectious Diseases approval after 72 hours", "", "Prescribers: existing orders will be converted by pharmacy."]
    body = dedent(f"""
        Summary of this month's P&T formulary decisions is attached. The glargine interchange applies to inpatient
        orders only; home detemir prescriptions are not affected.

        {pt.sig()}
        """)
    return M("prescriber_notice", "formulary change PDF with drug interchanges and restrictions; no patient",
             "Formulary changes effective " + dshort(14), pt.addr(), dl("Medical Staff", "medical.staff"), P(body, "7bit"),
             [PDF("formulary_changes.pdf", lines, flate=True)])


@gen("prescriber_notice")
def pn_ipledge():
    der = staff("MD", "Chief", "Dermatology")
    txt = dedent("""
        iPLEDGE REMS - prescriber checklist (isotretinoin)

        1. Re-attest as a prescriber in the iPLEDGE REMS system before your annual deadline.
        2. For each patient who can get pregnant: two negative pregnancy tests before the first prescription and one
           each month, counseling on two forms of contraception, monthly confirmation in the system.
        3. Prescriptions are limited to a 30-day supply; the pharmacy must dispense within 7 days of the test.
        4. Document counseling in the EHR using the dermatology isotretinoin SmartSet.

        This checklist contains no patient information. Send enrollment questions to the dermatology office manager.
        """)
    body = dedent(f"""
        Dermatology prescribers - annual iPLEDGE re-attestation is due this month. One-page checklist attached.

        {der.sig()}
        """)
    return M("prescriber_notice", "isotretinoin REMS re-attestation checklist for prescribers; generic rules, no patient",
             "iPLEDGE re-attestation", der.addr(), dl("Dermatology Providers", "derm.providers"), P(body, "quoted-printable"),
             [TXT("ipledge_checklist.txt", txt, "base64")])


@gen("prescriber_notice")
def pn_orp():
    enr = staff("", "Provider Enrollment Manager", "Revenue Cycle")
    rows = [["Prescriber", "Department", "NPI", "Medicaid ORP status", "Action"]]
    for i in range(6):
        d = doctor(R.choice(list(CONDITIONS)), R.choice(["MD", "DO", "CRNP", "PA-C"]))
        rows.append([f"{d.last}, {d.first} {d.creds}", d.specialty, d.npi, R.choice(["Not enrolled", "Application pending", "Expired"]),
                     "Complete ORP application"])
    body = dedent(f"""
        State Medicaid will deny pharmacy claims for prescriptions written by prescribers who are not enrolled as
        ordering/referring/prescribing (ORP) providers. The prescribers below are not enrolled yet. Please complete the
        short ORP application; our team can pre-fill it.

        {enr.sig()}
        """)
    return M("prescriber_notice", "Medicaid ORP enrollment notice with a CSV of prescribers and NPIs; no patient",
             "Medicaid ORP enrollment needed", enr.addr(), dl("Department Chairs", "dept.chairs"), P(body, "7bit"), [CSV("orp_not_enrolled.csv", rows, "7bit")])


@gen("prescriber_notice")
def pn_samples():
    cmo = staff("MD", "Chief Medical Officer", "Administration")
    body = dedent(f"""
        To all prescribers in Riverside clinics:

        Effective {day(30)}, drug samples are limited to the central sample closets managed by pharmacy. Changes:

        - No samples of controlled substances, ever.
        - Samples must be logged in the sample log (drug, strength, lot, expiration, quantity) at receipt.
        - Common samples we will continue to stock: inhaler starter kits (albuterol HFA, fluticasone-salmeterol),
          GLP-1 starter pens where the manufacturer offers them, and ophthalmic drops.
        - Expired samples go to the pharmaceutical waste bin, not the sharps container.

        Vendor representatives may drop samples only at the pharmacy window.

        {cmo.sig()}
        """)
    return M("prescriber_notice", "drug sample policy notice naming drug classes; no patient",
             "Sample closet policy", cmo.addr(), dl("All Prescribers", "all.prescribers"), P(body, "7bit"))


@gen("prescriber_notice")
def pn_erx_downtime():
    it = staff("", "Clinical Applications Manager", "IS Clinical Apps")
    inner = dedent(f"""
        <h2>E-prescribing downtime - {esc(dlong(3))}, 01:00-05:00</h2>
        <p>During the upgrade, outpatient prescriptions cannot be sent electronically.</p>
        <ol>
        <li>Use the downtime prescription pads in the locked drawer at each clinic (serially numbered).</li>
        <li>Each paper prescription must show: prescriber name, NPI, DEA number for controlled drugs, signature.</li>
        <li>Schedule II prescriptions: paper only during downtime; no phone-in.</li>
        <li>After the upgrade, document "paper Rx during downtime" in the order comment.</li>
        </ol>
        <p>Pharmacy on-call: {phone(0)}</p>
        """)
    body = dedent(f"""
        Prescribers on call overnight {dshort(3)} - downtime instructions attached (HTML, prints on one page).

        {it.sig()}
        """)
    return M("prescriber_notice", "e-prescribing downtime instructions (HTML attachment) mentioning NPI/DEA generically; no numbers, no patient",
             "eRx downtime " + dshort(3), it.addr(), dl("On-call Prescribers", "oncall.prescribers"), P(body, "base64"),
             [HTMLA("erx_downtime.html", inner)])


# =============================================================================================
# NEGATIVES: newsletter


@gen("newsletter")
def nl_coding():
    ed = staff("CCS", "Coding Quality Manager", "HIM Coding")
    body = dedent(f"""
        HIM CODING NEWS - {day(0, '%B %Y')}

        FY2025 ICD-10-CM code set takes effect October 1
        ------------------------------------------------
        * Diabetes in remission: new code E11.A, Type 2 diabetes mellitus without complications in remission. Only
          use when the provider documents remission; otherwise keep E11.9 or the complication code.
        * Familial adenomatous polyposis has its own code, D13.91.
        * Reminder: chronic systolic heart failure (I50.22) and CKD stage 3b (N18.32) need the stage and type
          documented - query the provider if the note only says "CHF" or "CKD".

        Productivity corner
        -------------------
        Average inpatient chart turnaround last month: 2.1 days (goal 3). Thank you!

        Coding clinics: Tuesdays 12:00 on Teams.

        {ed.sig()}
        """)
    return M("newsletter", "coding newsletter quoting ICD-10-CM codes (E11.A, D13.91, I50.22) with no individual",
             "HIM Coding News", ed.addr(), dl("HIM Coders", "him.coders"), P(body, "7bit"))


@gen("newsletter")
def nl_pt():
    ph = staff("PharmD", "Drug Information Pharmacist", "Pharmacy")
    inner = dedent("""
        <h2>Pharmacy Pipeline</h2>
        <h3>Shortages this month</h3>
        <table class="rh"><tr><th>Drug</th><th>Status</th><th>What to use</th></tr>
        <tr><td>amoxicillin oral suspension 400 mg/5 mL</td><td>intermittent</td><td>250 mg/5 mL with adjusted volume</td></tr>
        <tr><td>IV fluids: 0.9% sodium chloride 1000 mL</td><td>allocation</td><td>oral hydration when possible; 500 mL bags</td></tr>
        <tr><td>methylphenidate ER</td><td>backorder</td><td>alternate manufacturers; call pharmacy</td></tr>
        </table>
        <h3>Med safety corner</h3>
        <p>Look-alike/sound-alike pair of the month: <b>hydroxyzine</b> and <b>hydralazine</b>. Tall-man lettering
        (hydrOXYzine / hydrALAZINE) is now on all dispensing cabinets.</p>
        <h3>New on formulary</h3>
        <p>dapagliflozin 10 mg for HFrEF and CKD; tenecteplase for acute ischemic stroke.</p>
        """)
    return M("newsletter", "pharmacy newsletter: shortages, look-alike drugs, formulary news; no individual",
             "Pharmacy Pipeline - this month", ph.addr(), dl("All Staff", "allstaff"), ALT(
                 "Pharmacy Pipeline\n\nShortages: amoxicillin oral suspension 400 mg/5 mL (intermittent), 0.9% sodium chloride 1000 mL "
                 "(allocation), methylphenidate ER (backorder).\nMed safety: hydrOXYzine vs hydrALAZINE.\nNew on formulary: "
                 "dapagliflozin 10 mg, tenecteplase.\n", inner))


@gen("newsletter")
def nl_lab():
    lab = staff("MD", "Medical Director", "Laboratory")
    text = dedent(f"""
        LAB BULLETIN

        1. eGFR now reported with the race-free CKD-EPI 2021 equation. Values for some patients will shift by a few
           mL/min/1.73 m2. A result under 60 for 3 months still defines CKD.
        2. High-sensitivity troponin I: sex-specific 99th percentile limits are 16 ng/L (female) and 34 ng/L (male).
           The 0/1-hour algorithm order panel is in the ED order set.
        3. Hemoglobin A1c now runs on the new HPLC analyzer. Reference: below 5.7%; prediabetes 5.7-6.4%; diabetes
           6.5% or higher.
        4. Vitamin D, 25-hydroxy: send-out turnaround improves to 2 days.

        {lab.sig()}
        """)
    return M("newsletter", "lab bulletin with analytes, units and reference ranges (eGFR, hs-troponin, A1c); no individual",
             "Lab Bulletin", lab.addr(), dl("Medical Staff", "medical.staff"), ALT(text, None, "base64"))


@gen("newsletter")
def nl_nursing():
    cno = staff("DNP, RN", "Chief Nursing Officer", "Nursing Administration")
    winners = [staff("RN") for _ in range(3)]
    body = dedent(f"""
        NURSING NOTES

        DAISY Award honorees this quarter: {winners[0].full} (4 West), {winners[1].full} (NICU) and {winners[2].full}
        (Emergency Department). Nominations came from families and colleagues - congratulations!

        CAUTI prevention: catheter days fell 11% since the nurse-driven removal protocol started. Remember the
        indications checklist every shift and the 2-person insertion for all Foley placements.

        Clinical ladder applications are due {dlong(20)}.

        Fall prevention week: "Call, Don't Fall" signs are being replaced with the new bilingual version.

        {cno.sig()}
        """)
    return M("newsletter", "nursing newsletter: staff award winners, CAUTI rate trend, events; no patient",
             "Nursing Notes", cno.addr(), dl("All Nursing", "all.nursing"), P(body, "quoted-printable"))


@gen("newsletter")
def nl_quality():
    q = staff("", "Director", "Quality & Patient Safety")
    lines = ["# Quality Matters - quarterly newsletter", "", "## SEP-1 sepsis bundle", "Compliance rose from 61% to 74% this quarter.",
             "Common misses: repeat lactate within 6 hours when initial lactate > 2 mmol/L;",
             "30 mL/kg crystalloid documentation for hypotension or lactate >= 4 mmol/L.", "",
             "## Stroke", "Median door-to-needle time 38 minutes (goal < 45).", "",
             "## Safety stories", "A near miss with a look-alike heparin vial led to separate storage bins on all units.", "",
             "## Coming up", "Leapfrog survey submission, hand hygiene observers training."]
    body = dedent(f"""
        The new issue of Quality Matters is attached (PDF). Please post it in your break room.

        {q.sig()}
        """)
    return M("newsletter", "quality newsletter PDF with sepsis bundle rules, lactate thresholds and unit-level rates; no individual",
             "Quality Matters", q.addr(), dl("All Staff", "allstaff"), P(body, "7bit"), [PDF("quality_matters.pdf", lines, flate=True)])


@gen("newsletter")
def nl_ip():
    ip = staff("MPH, CIC", "Infection Preventionist", "Infection Prevention")
    inner = dedent("""
        <h2>IP Insider</h2>
        <p><b>C. difficile testing:</b> test only if the patient has 3 or more unformed stools in 24 hours and no
        laxatives in the previous 48 hours. The order now asks both questions.</p>
        <p><b>Hand hygiene:</b> system-wide compliance 91% (goal 90%). Top unit: Pediatrics.</p>
        <p><b>Measles:</b> cases reported in neighbouring states. Anyone with fever and rash: mask, airborne isolation
        room, call IP.</p>
        <p><b>Candida auris:</b> screening swab (axilla/groin) on admission for patients transferred from long-term
        acute care hospitals.</p>
        """)
    return M("newsletter", "infection prevention newsletter: testing criteria, hand hygiene rate, isolation guidance; no patient",
             "IP Insider", ip.addr(), dl("All Clinical Staff", "clinical.staff"), H(inner + auto_html(ip.sig()), "7bit"))


@gen("newsletter")
def nl_research():
    rs = staff("PhD", "Director", "Research Institute")
    txt = dedent(f"""
        RESEARCH INSTITUTE NEWSLETTER

        Now enrolling
        - Heart failure: SGLT2 inhibitor timing after hospitalization (NCT0{R.randint(5000000, 6999999)}). Adults admitted
          with heart failure, EF 40% or lower. Contact the cardiology research nurse.
        - Type 2 diabetes: once-weekly insulin vs daily glargine (NCT0{R.randint(5000000, 6999999)}).
        - COPD: home pulmonary rehab by video (NCT0{R.randint(5000000, 6999999)}).

        Grants awarded: 3 new federal awards this quarter totaling $4.1 million.
        Research Day abstracts due {day(30)}.
        IRB reminder: recruitment flyers need IRB approval before posting.

        {rs.sig()}
        """)
    body = "This month's research newsletter is attached.\n\n" + rs.sig(True) + "\n"
    return M("newsletter", "research newsletter listing enrolling trials with NCT numbers and criteria; no participant",
             "Research Institute newsletter", rs.addr(), dl("Research Community", "research.all"), P(body, "7bit"), [TXT("research_news.txt", txt, "quoted-printable")])


@gen("newsletter")
def nl_cancer():
    cc = staff("", "Cancer Center Outreach", "Cancer Center")
    body = dedent(f"""
        CANCER CENTER NEWS

        Colon cancer screening now starts at age 45 for average-risk adults. Options: colonoscopy every 10 years, FIT
        every year, or stool DNA test every 3 years.

        Lung cancer screening: low-dose CT every year for adults 50-80 with 20 pack-years who currently smoke or quit
        within 15 years.

        Survivorship clinic opens on Wednesdays in the Tower A Specialty Clinics.

        Relay for Life team sign-up is open.

        {cc.sig()}
        """)
    return M("newsletter", "cancer center newsletter with screening guidelines; no individual",
             "Cancer Center News", cc.addr(), dl("All Staff", "allstaff"), P(body, "base64"))


@gen("newsletter")
def nl_spanish():
    cm = staff("", "Coordinadora de Salud Comunitaria", "Community Health")
    body = dedent(f"""
        BOLETÍN DE SALUD COMUNITARIA - {day(0, '%m/%Y')}

        Diabetes: una hemoglobina A1c de 6.5 % o más indica diabetes. Entre 5.7 % y 6.4 % es prediabetes.
        Caminar 30 minutos al día ayuda a bajar el azúcar en la sangre.

        Presión arterial: la meta para la mayoría de los adultos es menos de 130/80 mmHg.

        Vacunas: la vacuna contra la influenza está disponible gratis en la feria de salud del sábado.

        Clases gratuitas en español: "Cocina saludable", martes a las 6 p. m., Centro Comunitario de Riverside.

        {cm.sig()}
        """)
    return M("newsletter", "Spanish community health newsletter with A1c and blood pressure thresholds; no individual",
             "Boletín de salud comunitaria", cm.addr(), fmt_addr("Lista comunitaria", "boletin-comunitario@" + ORG), P(body, "quoted-printable"),
             lang="es-US")


@gen("newsletter")
def nl_wellness():
    hr = staff("", "Wellness Program Manager", "Human Resources")
    lines = ["# Live Well @ Riverside - employee wellness newsletter", "",
             "## Know your numbers", "Blood pressure under 130/80 mmHg, LDL cholesterol under 100 mg/dL for most adults,",
             "fasting glucose 70-99 mg/dL. Free screenings at the wellness fair, Tower A lobby.", "",
             "## Move more challenge", "Teams of five, six weeks, step counts tracked in the app.", "",
             "## EAP", "The Employee Assistance Program offers 6 free confidential counseling sessions a year.", "",
             "## Recipe", "Black bean and sweet potato chili (380 kcal per serving)."]
    body = "Live Well newsletter attached.\n\n" + hr.sig(True) + "\n"
    return M("newsletter", "employee wellness newsletter PDF with general blood pressure/LDL/glucose targets; no individual",
             "Live Well newsletter", hr.addr(), dl("All Staff", "allstaff"), P(body, "quoted-printable"), [PDF("live_well.pdf", lines)])


# =============================================================================================
# NEGATIVES: education


@gen("education")
def ed_hipaa():
    pr = staff("", "Privacy Officer", "Compliance")
    body = dedent(f"""
        Annual privacy training is due by {dlong(21)}. A few reminders from this year's module:

        - PHI is any information that identifies a person AND relates to their health, care or payment. A name alone
          is not PHI; a name plus "admitted to 5 West" is.
        - Minimum necessary: open only the records you need for your job. Looking up a neighbour, a co-worker or
          yourself is a privacy violation and is audited.
        - E-mail outside Riverside that contains PHI must be sent with the "Confidential - PHI" sensitivity label,
          which encrypts it.
        - Lost phone or laptop? Report it to the Service Desk within one hour.

        The module takes about 25 minutes.

        {pr.sig()}
        """)
    return M("education", "privacy training reminder describing PHI in general terms; no individual",
             "Annual privacy training", pr.addr(), dl("All Staff", "allstaff"), P(body, "7bit"))


@gen("education")
def ed_insulin():
    ne = staff("RN, CDCES", "Diabetes Nurse Educator", "Nursing Education")
    body = dedent(f"""
        Insulin refresher for new graduates (from this week's skills day):

        * "Sliding scale alone" is gone. Orders are basal (e.g. insulin glargine at bedtime) + prandial (insulin lispro
          with meals) + correction, based on point-of-care glucose.
        * Check glucose within 30 minutes before meals; give prandial insulin only if the patient eats at least 50%.
        * Hypoglycemia protocol: glucose under 70 mg/dL -> 15 g fast carbohydrate (4 oz juice), recheck in 15 minutes,
          repeat until over 100 mg/dL. If unable to swallow: dextrose 50% 25 mL IV or glucagon 1 mg IM.
        * Two-nurse independent double check for all IV insulin infusions.

        Quiz in the LMS by Friday.

        {ne.sig()}
        """)
    return M("education", "nurse education on insulin regimens and hypoglycemia protocol with doses and thresholds; no patient",
             "Insulin refresher", ne.addr(), dl("Nurse Residents", "nurse.residents"), P(body, "quoted-printable"))


@gen("education")
def ed_sepsis():
    ed = staff("MSN, RN", "Clinical Nurse Specialist", "Critical Care")
    inner = dedent("""
        <h3>Sepsis screening - what triggers the alert</h3>
        <table class="rh">
        <tr><th>Criterion</th><th>Threshold</th></tr>
        <tr><td>Temperature</td><td>&gt; 38.3 &deg;C or &lt; 36 &deg;C</td></tr>
        <tr><td>Heart rate</td><td>&gt; 90 /min</td></tr>
        <tr><td>Respiratory rate</td><td>&gt; 20 /min</td></tr>
        <tr><td>WBC</td><td>&gt; 12,000 or &lt; 4,000 /&micro;L</td></tr>
        <tr><td>Lactate</td><td>&gt; 2 mmol/L</td></tr>
        </table>
        <p>Two SIRS criteria plus a suspected infection = positive screen: notify provider, draw blood cultures and
        lactate, start antibiotics within 1 hour for septic shock.</p>
        """)
    return M("education", "sepsis screening criteria table with vital-sign and lab thresholds; no patient",
             "Sepsis screening refresher", ed.addr(), dl("Med-Surg Nursing", "medsurg.nursing"), H(inner + auto_html(ed.sig())))


@gen("education")
def ed_stewardship():
    asp = staff("PharmD, BCIDP", "Antimicrobial Stewardship Pharmacist", "Pharmacy")
    text = dedent(f"""
        Stewardship tip: uncomplicated cellulitis

        - Most non-purulent cellulitis is streptococcal: cephalexin 500 mg four times daily, or cefazolin 2 g IV every
          8 hours if admitted.
        - MRSA coverage (doxycycline, trimethoprim-sulfamethoxazole) only for purulent infection or specific risks.
        - Duration: 5 days is enough for most; extend only if not improving.
        - Elevate the leg; mark the border - redness often looks worse on day 2 even when the antibiotic works.

        Fewer days = less C. difficile.

        {asp.sig()}
        """)
    return M("education", "antibiotic stewardship tip with drugs, doses and durations for cellulitis; no patient",
             "Stewardship tip - cellulitis", asp.addr(), dl("Hospitalist Group", "hospitalists"), ALT(text))


@gen("education")
def ed_nihss():
    st = staff("MSN, RN", "Stroke Program Coordinator", "Neuroscience")
    lines = ["# Stroke Alert Pocket Guide", "", "## Thrombolytic eligibility (summary)",
             "Last known well within 4.5 hours; no hemorrhage on CT; BP below 185/110 before treatment.",
             "Tenecteplase 0.25 mg/kg IV bolus (max 25 mg), or alteplase 0.9 mg/kg (max 90 mg).", "",
             "## NIHSS items", "1a LOC, 1b questions, 1c commands, 2 gaze, 3 visual fields, 4 facial palsy,",
             "5 motor arm, 6 motor leg, 7 ataxia, 8 sensory, 9 language, 10 dysarthria, 11 extinction.", "",
             "## After treatment", "Neuro checks and BP every 15 min x 2 h, then every 30 min x 6 h, then hourly x 16 h.",
             "Keep BP below 180/105 mmHg. No antithrombotics for 24 hours."]
    body = "Updated stroke pocket guide attached - print double-sided and cut.\n\n" + st.sig() + "\n"
    return M("education", "stroke pocket guide PDF with thrombolytic doses and NIHSS items; no patient",
             "Stroke pocket guide", st.addr(), dl("ED Nursing", "ed.nursing"), P(body, "7bit"), [PDF("stroke_pocket_guide.pdf", lines)])


@gen("education")
def ed_peds_dosing():
    ph = staff("PharmD", "Pediatric Clinical Pharmacist", "Pharmacy")
    txt = dedent("""
        PEDIATRIC WEIGHT-BASED DOSING - QUICK REFERENCE (always weigh in kg)

        acetaminophen     15 mg/kg PO every 6 h        max 75 mg/kg/day (not above 4,000 mg)
        ibuprofen         10 mg/kg PO every 6-8 h      over 6 months of age; max 40 mg/kg/day
        amoxicillin       45 mg/kg/dose PO every 12 h  acute otitis media (high dose)
        ondansetron       0.15 mg/kg PO/IV             max 4 mg per dose in most children
        dexamethasone     0.6 mg/kg PO once            croup; max 16 mg

        Example: a 20 kg child -> acetaminophen 300 mg. (Example weight, not a patient.)
        """)
    body = "Quick reference for the new pediatric ED fast track, attached as text so it can be pasted into the wiki.\n\n" + ph.sig() + "\n"
    return M("education", "pediatric dosing reference with mg/kg doses and an example weight; no patient",
             "Peds dosing reference", ph.addr(), dl("Peds ED", "peds.ed"), P(body, "7bit"), [TXT("peds_dosing_reference.txt", txt, "7bit")])


@gen("education")
def ed_ecg_quiz():
    card = staff("MD", "Cardiology Fellow", "Cardiology")
    body = dedent(f"""
        ECG of the week (teaching file, de-identified tracing from an ECG textbook library):

        Rate 44, regular. P waves march through; PR intervals progressively lengthen then a QRS is dropped.
        Narrow QRS. ST segments normal.

        What is the rhythm? What is the treatment if the patient is asymptomatic?

        Answer next week. Last week's answer: atrial flutter with 2:1 block (rate 150 is the clue).

        {card.sig()}
        """)
    return M("education", "ECG teaching quiz with a textbook tracing description; no patient",
             "ECG of the week", card.addr(), dl("IM Residents", "im.residents"), P(body, "base64"))


@gen("education")
def ed_lab_util():
    lab = staff("MD", "Laboratory Stewardship Chair", "Laboratory")
    body = dedent(f"""
        Choosing Wisely - lab edition:

        - Do not order daily CBC and BMP "just because". Order for a reason; the order now defaults to once.
        - 25-hydroxy vitamin D screening is not recommended for healthy adults.
        - Do not repeat hemoglobin A1c more often than every 3 months.
        - Procalcitonin helps decide when to stop antibiotics in lower respiratory infection; it does not rule out
          bacterial infection on its own.
        - Troponin: one high-sensitivity test at 0 and 1 hour is enough for most chest pain work-ups.

        Unneeded draws cost about $1.4 million a year and cause hospital-acquired anemia.

        {lab.sig()}
        """)
    return M("education", "lab utilization education naming tests and intervals; no patient",
             "Choosing Wisely - labs", lab.addr(), dl("Medical Staff", "medical.staff"), P(body, "7bit"))


@gen("education")
def ed_pressure_injury():
    wc = staff("RN, CWOCN", "Wound Ostomy Nurse", "Wound Care")
    inner = dedent("""
        <h2>Pressure injury staging - module 3</h2>
        <table class="rh">
        <tr><th>Stage</th><th>What you see</th><th>ICD-10-CM (sacrum example)</th></tr>
        <tr><td>1</td><td>Intact skin, non-blanchable redness</td><td>L89.151</td></tr>
        <tr><td>2</td><td>Partial-thickness loss, pink wound bed, no slough</td><td>L89.152</td></tr>
        <tr><td>3</td><td>Full-thickness skin loss, fat visible</td><td>L89.153</td></tr>
        <tr><td>4</td><td>Bone, tendon or muscle exposed</td><td>L89.154</td></tr>
        <tr><td>Unstageable</td><td>Base covered by slough or eschar</td><td>L89.150</td></tr>
        </table>
        <p>Photos in the module are from a licensed teaching library. Turn every 2 hours; float heels.</p>
        """)
    body = "Module 3 handout attached (HTML).\n\n" + wc.sig() + "\n"
    return M("education", "pressure injury staging handout (HTML) with L89.15x codes; no patient",
             "Pressure injury module 3", wc.addr(), dl("Med-Surg Nursing", "medsurg.nursing"), P(body, "quoted-printable"),
             [HTMLA("pressure_injury_staging.html", inner)])


@gen("education")
def ed_opioid_conversion():
    pal = staff("MD", "Palliative Care Physician", "Palliative Care")
    rows = [["Drug", "Route", "Equianalgesic dose (mg)", "MME factor", "Notes"],
            ["morphine", "PO", "30", "1", "reference"], ["morphine", "IV", "10", "3", ""],
            ["oxycodone", "PO", "20", "1.5", ""], ["hydromorphone", "PO", "7.5", "4", ""],
            ["hydromorphone", "IV", "1.5", "20", "high-alert"], ["fentanyl", "transdermal", "12 mcg/h ~ 30 mg PO morphine/day", "2.4", "not for opioid-naive"],
            ["methadone", "PO", "variable", "4.7 (CDC)", "consult palliative care"]]
    body = dedent(f"""
        Conversion table from today's palliative care lecture. Reduce the calculated dose by 25-50% for incomplete
        cross-tolerance when rotating opioids.

        {pal.sig()}
        """)
    return M("education", "opioid equianalgesic/MME table (CSV) from a lecture; no patient",
             "Opioid conversion table", pal.addr(), dl("IM Residents", "im.residents"), P(body, "7bit"), [CSV("opioid_conversion.csv", rows)])


# =============================================================================================
# NEGATIVES: aggregate


@gen("aggregate")
def ag_readmit():
    an = staff("", "Senior Data Analyst", "Quality Analytics")
    rows = [["Service line", "Index discharges", "30-day readmissions", "Rate", "Expected", "O/E"]]
    for sl in ["Heart failure", "COPD", "Pneumonia", "AMI", "Hip/knee replacement", "Sepsis", "All medicine"]:
        n = R.randint(80, 900)
        r = R.randint(int(n * 0.05), int(n * 0.2))
        e = round(r / n * (0.85 + R.random() * 0.3) * 100, 1)
        rows.append([sl, str(n), str(r), f"{r / n * 100:.1f}%", f"{e}%", f"{(r / n * 100) / e:.2f}"])
    body = dedent(f"""
        Readmission summary for the last 12 months is attached. Counts only; patient-level detail is on the secure
        dashboard for those with access.

        {an.sig()}
        """)
    return M("aggregate", "readmission counts and rates by service line (CSV); aggregate only",
             "Readmissions - 12 month summary", an.addr(), dl("Quality Council", "quality.council"), P(body, "7bit"), [CSV("readmissions_12mo.csv", rows)])


@gen("aggregate")
def ag_sepsis():
    q = staff("MD", "Sepsis Committee Chair", "Quality & Patient Safety")
    body = dedent(f"""
        Sepsis committee - Q{(CUR.month - 1) // 3} numbers:

        * 412 patients met sepsis criteria (A41.9 and related codes) across both hospitals; 96 had septic shock.
        * Mortality: 11.4% overall, 27% in septic shock (last quarter 13.0% / 31%).
        * Median time to antibiotics from ED arrival: 64 minutes.
        * 42 patients had sepsis onset after admission (hospital-onset), mostly urinary and line sources.

        Case reviews for the hospital-onset group will be discussed in the closed session.

        {q.sig()}
        """)
    return M("aggregate", "sepsis counts, mortality rates and timing across the hospital; no individual",
             "Sepsis numbers", q.addr(), dl("Sepsis Committee", "sepsis.committee"), P(body, "quoted-printable"))


@gen("aggregate")
def ag_clabsi():
    ip = staff("MPH, CIC", "Infection Preventionist", "Infection Prevention")
    rows = [["Unit", "Central line days", "CLABSI", "Rate /1,000", "Catheter days", "CAUTI", "Rate /1,000"]]
    for u in ["MICU", "SICU", "CVICU", "4 West", "5 East", "6 North", "Oncology"]:
        ld, cd = R.randint(300, 1400), R.randint(300, 1600)
        c1, c2 = R.randint(0, 2), R.randint(0, 3)
        rows.append([u, str(ld), str(c1), f"{c1 / ld * 1000:.2f}", str(cd), str(c2), f"{c2 / cd * 1000:.2f}"])
    inner = auto_html("Device-associated infection rates, rolling 6 months:") + table(rows) + auto_html("\n" + ip.sig())
    return M("aggregate", "CLABSI/CAUTI counts and rates per 1,000 device days by unit; aggregate",
             "Device infection rates", ip.addr(), dl("Nurse Managers", "nurse.managers"), H(inner, "base64"))


@gen("aggregate")
def ag_ed():
    ed = staff("MD", "ED Medical Director", "Emergency Medicine")
    text = dedent(f"""
        ED throughput, last month vs prior:

        Visits                         6,214   (5,988)
        Median door-to-provider        14 min  (19 min)
        Median length of stay, disch.  3.6 h   (3.9 h)
        Left without being seen        1.8%    (2.6%)
        Admission rate                 18.9%   (18.1%)
        Boarding hours > 4 h           1,102   (1,340)

        Provider-in-triage is working. Boarding is still our biggest problem.

        {ed.sig()}
        """)
    return M("aggregate", "ED throughput statistics month over month; aggregate only",
             "ED throughput - last month", ed.addr(), dl("ED Leadership", "ed.leaders"), ALT(text))


@gen("aggregate")
def ag_registry():
    reg = staff("CTR", "Cancer Registrar", "Cancer Center")
    lines = ["# Cancer Registry - Analytic Cases by Primary Site", f"Diagnosis year {CUR.year - 1}", "",
             "## Site                          Cases   Stage I-II   Stage III-IV"]
    for site, n in [("Breast", 212), ("Lung and bronchus", 168), ("Prostate", 141), ("Colon and rectum", 97), ("Melanoma", 44),
                    ("Pancreas", 31), ("Thyroid", 27), ("Other / unknown primary", 18)]:
        a = R.randint(int(n * 0.3), int(n * 0.7))
        lines.append(f"{site:<32}{n:>5}   {a:>10}   {n - a:>12}")
    lines += ["", "Cells with counts between 1 and 10 are suppressed (shown as <11) in county-level tables.",
              "Source: hospital cancer registry, de-identified aggregate."]
    body = "Annual registry summary for the cancer committee attached.\n\n" + reg.sig() + "\n"
    return M("aggregate", "cancer registry counts by site and stage (PDF); suppression note; aggregate",
             "Registry annual summary", reg.addr(), dl("Cancer Committee", "cancer.committee"), P(body, "7bit"), [PDF("registry_summary.pdf", lines, flate=True)])


@gen("aggregate")
def ag_hedis():
    pop = staff("", "Quality Measures Analyst", "Population Health")
    obj = {"measurementYear": CUR.year - 1, "population": "Riverside Health Plan commercial", "measures": [
        {"id": "HBD", "name": "Hemoglobin A1c control (<8.0%)", "denominator": 4812, "numerator": 3104, "rate": 0.645},
        {"id": "CBP", "name": "Controlling high blood pressure (<140/90)", "denominator": 6120, "numerator": 4223, "rate": 0.69},
        {"id": "BCS-E", "name": "Breast cancer screening", "denominator": 9033, "numerator": 6774, "rate": 0.75},
        {"id": "COL-E", "name": "Colorectal cancer screening", "denominator": 14410, "numerator": 9511, "rate": 0.66}]}
    body = "HEDIS final rates (JSON for the dashboard team).\n\n" + pop.sig() + "\n"
    return M("aggregate", "HEDIS measure numerators/denominators/rates in JSON; plan-level aggregate",
             "HEDIS final rates", pop.addr(), dl("Analytics Team", "analytics"), P(body, "quoted-printable"), [JSONA("hedis_final.json", obj)])


@gen("aggregate")
def ag_survey():
    px = staff("", "Patient Experience Manager", "Patient Experience")
    body = dedent(f"""
        HCAHPS top-box results, last quarter (n = 1,184 returned surveys):

        Communication with nurses        79%   (national 50th percentile: 79%)
        Communication with doctors       77%
        Responsiveness of staff          63%
        Communication about medicines    60%
        Cleanliness                      71%
        Quietness at night               55%
        Would recommend                  70%

        Quietness is our lowest domain again; the "quiet hours" pilot on 5 East starts next month.

        {px.sig()}
        """)
    return M("aggregate", "patient experience survey percentages; aggregate only",
             "HCAHPS results", px.addr(), dl("Nurse Managers", "nurse.managers"), P(body, "quoted-printable"))


@gen("aggregate")
def ag_births():
    ob = staff("MD", "Chair", "Obstetrics & Gynecology")
    body = dedent(f"""
        Birth center volume, year to date:

        Births                     1,486
        Cesarean rate (all)        29.8%
        NTSV cesarean rate         22.1%  (target 23.6%)
        VBAC rate                  14%
        Births at 39 weeks or later 71%
        NICU admissions            9.4% of births

        Thanks to everyone who worked on the labour support bundle - the NTSV rate is the lowest in five years.

        {ob.sig()}
        """)
    return M("aggregate", "birth center counts and cesarean rates; aggregate",
             "Birth center numbers YTD", ob.addr(), dl("Women's Health Staff", "womens.health"), P(body, "base64"))


@gen("aggregate")
def ag_deid():
    res = staff("PhD", "Data Steward", "Research Informatics")
    xml = dedent(f"""
        <?xml version="1.0" encoding="UTF-8"?>
        <datasetSummary id="DS-{R.randint(1000, 9999)}" method="HIPAA Safe Harbor" rows="18402">
          <variable name="age_band" type="category" values="18-34;35-49;50-64;65-79;80+"/>
          <variable name="sex" type="category" values="F;M;U"/>
          <variable name="zip3" type="category" note="3-digit ZIP; populations under 20,000 coded 000"/>
          <variable name="year_admit" type="integer" note="year only"/>
          <variable name="dx_group" type="category" values="HF;COPD;PNA;DM;CKD"/>
          <variable name="los_days" type="integer"/>
          <counts>
            <cell age_band="65-79" dx_group="HF" n="1922"/>
            <cell age_band="65-79" dx_group="COPD" n="1408"/>
            <cell age_band="80+" dx_group="HF" n="1311"/>
            <cell age_band="50-64" dx_group="DM" n="977"/>
          </counts>
        </datasetSummary>
        """)
    body = "Summary of the de-identified extract for the university collaboration is attached for the data committee.\n\n" + res.sig() + "\n"
    return M("aggregate", "de-identified dataset summary XML with age bands, 3-digit ZIP and counts; no individual",
             "De-identified extract summary", res.addr(), dl("Data Governance", "data.governance"), P(body, "7bit"), [XMLA("ds_summary.xml", xml)])


@gen("aggregate")
def ag_resp():
    lab = staff("MLS(ASCP)", "Microbiology Supervisor", "Laboratory")
    lines = ["Respiratory virus PCR positivity by week", "week_ending  tests  SARS-CoV-2  influenza_A  influenza_B  RSV"]
    for w in range(6):
        t = R.randint(300, 900)
        lines.append(f"{day(-7 * (5 - w), '%Y-%m-%d')}   {t:>4}   {R.uniform(3, 14):>5.1f}%     {R.uniform(0, 9):>5.1f}%     {R.uniform(0, 3):>5.1f}%   {R.uniform(0, 8):>5.1f}%")
    body = "Weekly respiratory virus positivity attached for the county health department and our infection prevention team.\n\n" + lab.sig() + "\n"
    return M("aggregate", "weekly respiratory virus test counts and positivity percentages (TXT); aggregate",
             "Respiratory virus positivity", lab.addr(), dl("Infection Prevention", "infection.prevention"), P(body, "7bit"),
             [TXT("resp_positivity.txt", "\n".join(lines) + "\n", "7bit")])


# =============================================================================================
# NEGATIVES: birth_year


@gen("birth_year")
def by_founder():
    hist = staff("", "Archivist", "Riverside Health Foundation")
    body = dedent(f"""
        This week in Riverside history

        Our founder, Dr. Harriet Okonjo-Bell, was born in 1950 in Kettle Run and opened the first Riverside clinic above a
        hardware store on Canal St in 1979 with two nurses and a borrowed X-ray machine. The foundation's new archive
        exhibit on the Tower A mezzanine has her original appointment book (blank pages only - the filled ones were
        destroyed decades ago) and the clinic sign.

        Stop by during lunch this month.

        {hist.sig()}
        """)
    return M("birth_year", "history note: founder born in 1950, no health context about her",
             "This week in Riverside history", hist.addr(), dl("All Staff", "allstaff"), P(body, "7bit"))


@gen("birth_year")
def by_birthdays():
    mgr = staff("RN", "Nurse Manager", "4 West")
    rows = [["Name", "Birthday"]]
    for i in range(6):
        p = staff()
        rows.append([p.full, day(R.randint(0, 28), "%B ") + str(R.randint(1, 28))])
    inner = auto_html(f"Happy birthday to our {day(0, '%B')} team members! Cake in the break room on Friday at 14:00.") + table(rows) + auto_html(mgr.sig())
    return M("birth_year", "staff birthday list (month and day) for a cake celebration; no health content",
             "Birthdays this month", mgr.addr(), dl("4 West Staff", "4west.staff"), H(inner))


@gen("birth_year")
def by_retirement():
    hr = staff("", "HR Business Partner", "Human Resources")
    r = staff("", "Unit Secretary", "Emergency Department")
    body = dedent(f"""
        Please join us to celebrate {r.full}'s retirement after 43 years!

        {r.first} was born in 1958 in Harmon Falls, started as a unit clerk in the old Canal St emergency room in 1981
        and has trained nearly every ED registration clerk since. {r.first} plans to travel with family and finally
        finish restoring a 1967 pickup truck.

        {dlong(10)}, 15:00-17:00, Tower A cafeteria, private dining room.

        {hr.sig()}
        """)
    return M("birth_year", "retirement party note with the staff member's birth year and career; nothing about health",
             f"Retirement celebration - {r.first}", hr.addr(), dl("ED Staff", "ed.staff"), P(body, "quoted-printable"))


@gen("birth_year")
def by_volunteer_100():
    vol = staff("", "Volunteer Services Manager", "Volunteer Services")
    v = staff()
    text = dedent(f"""
        Our longest-serving volunteer, {v.full}, turns 100 on {dlong(4)}! {v.first} was born on {dlong(4).split(', ')[1]}, {CUR.year - 100},
        and has staffed the information desk every Tuesday morning since 1988.

        Card signing at the Volunteer Office all week; party with the information desk crew on Tuesday at 10:30.

        {vol.sig()}
        """)
    return M("birth_year", "volunteer's 100th birthday with full birth date; no health content",
             "A very special birthday", vol.addr(), dl("All Staff", "allstaff"), ALT(text))


@gen("birth_year")
def by_history_exhibit():
    ar = staff("", "Archivist", "Riverside Health Foundation")
    lines = ["# Nurses of the Riverside Training School, 1912-1965", "", "Exhibit labels, panel 2:", "",
             "Agnes McTeer (born 1889) - first superintendent of nurses, 1912-1938.",
             "Lucille Dorsey-Hale (born 1907) - first Black graduate of the training school, class of 1929.",
             "Teresa Kowalczyk (born 1921) - Army Nurse Corps, returned as operating room supervisor, 1946.",
             "Mae Sato (born 1932) - founded the hospital's first intensive care unit in 1963.", "",
             "Photographs courtesy of the Riverside Health Foundation archive."]
    body = "Label text for panel 2 of the nursing history exhibit, for proofreading.\n\n" + ar.sig() + "\n"
    return M("birth_year", "history exhibit labels with historical nurses' birth years; no health content",
             "Exhibit label proof - panel 2", ar.addr(), dl("Nursing History Committee", "nursing.history"), P(body, "7bit"),
             [PDF("exhibit_panel2.pdf", lines)])


@gen("birth_year")
def by_board_bio():
    sec = staff("", "Board Secretary", "Administration")
    txt = dedent(f"""
        NEW BOARD MEMBERS - BIOGRAPHIES

        Reginald Tuilagi-Ward (b. 1961) is a retired civil engineer who led the Canal St bridge reconstruction. He
        chairs the Harmon Falls planning commission.

        Dr. Priyanka Venkataraman (b. 1974) is an economist at a regional university and a former bank examiner.

        Constance Abernathy-Liu (b. 1966) owns three family restaurants in Bramford and serves on the chamber of
        commerce.
        """)
    body = "Biographies for the annual report, attached. Please confirm spelling with each member.\n\n" + sec.sig() + "\n"
    return M("birth_year", "board member bios with birth years and careers; no health",
             "Board bios for annual report", sec.addr(), dl("Communications", "communications"), P(body, "quoted-printable"),
             [TXT("board_bios.txt", txt, "base64")])


@gen("birth_year")
def by_403b():
    ben = staff("", "Retirement Plan Administrator", "Human Resources")
    e = staff("", "Pharmacy Technician", "Pharmacy")
    body = dedent(f"""
        Hi {e.first},

        The retirement plan record keeper flagged a mismatch on your 403(b) account. Their file shows date of birth
        {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(1965, 1995)}; the payroll system has a different year. Could you bring a
        driver's licence or passport to the HR service desk so we can confirm which is right? It affects only the
        catch-up contribution eligibility age.

        {ben.sig()}
        """)
    return M("birth_year", "HR asks a staff member to confirm date of birth for a retirement account; no health information",
             "403(b) record check", ben.addr(), e.addr(), P(body, "base64"))


@gen("birth_year")
def by_scholarship():
    fnd = staff("", "Scholarship Coordinator", "Riverside Health Foundation")
    inner = dedent("""
        <p class="MsoNormal">Applications are open for the <b>Eugenia Marsh Memorial Nursing Scholarship</b>.</p>
        <p class="MsoNormal">Eugenia Marsh (1931-2010) taught at the Riverside School of Nursing for 34 years. Her
        family established the scholarship in 2011. Two awards of $5,000 each go to Riverside employees enrolled in
        an RN or BSN program.</p>
        <p class="MsoNormal">Deadline: the last Friday of the month. Apply through the Foundation intranet page.</p>
        """)
    return M("birth_year", "scholarship announcement with a namesake's birth and death years; no health detail",
             "Nursing scholarship applications open", fnd.addr(), dl("All Staff", "allstaff"), H(inner + auto_html(fnd.sig()), "7bit"))


@gen("birth_year")
def by_time_capsule():
    comms = staff("", "Internal Communications", "Marketing & Communications")
    body = dedent(f"""
        We opened the 1974 time capsule from the old Canal St cornerstone this morning. Highlights:

        - A letter from the 1974 hospital administrator, born 1921, predicting "computers that will fit in a room"
        - A cafeteria menu (meatloaf, 45 cents)
        - A nursing cap and a glass thermometer
        - The staff phone list, all four-digit extensions

        Photos on the intranet. The new capsule will be sealed at the Tower C groundbreaking - send ideas for what to
        put in it.

        {comms.sig()}
        """)
    return M("birth_year", "time capsule story mentioning an administrator born in 1921; no health information",
             "Time capsule opened", comms.addr(), dl("All Staff", "allstaff"), P(body, "7bit"))


@gen("birth_year")
def by_trivia():
    fun = staff("", "Engagement Committee", "Human Resources")
    body = dedent(f"""
        Friday trivia - match the leader to the birth year!

        A) our CEO     B) the CNO     C) the CFO     D) the longest-serving surgeon
        1) 1957        2) 1963        3) 1970        4) 1978

        Hints: one of them was born the year the first Riverside ambulance was bought; one shares a birthday with the
        hospital itself (founded 1963).

        Reply by noon with your answers - winner gets a parking spot by the front door for a week.

        {fun.sig()}
        """)
    return M("birth_year", "staff trivia about leaders' birth years; no health context",
             "Friday trivia", fun.addr(), dl("All Staff", "allstaff"), P(body, "quoted-printable"))


# =============================================================================================
# NEGATIVES: staff_admin


@gen("staff_admin")
def sa_schedule():
    mgr = staff("RN", "Nurse Manager", "5 East")
    rows = [["Name", "Role"] + [day(i, "%a %m/%d") for i in range(7)]]
    for i in range(8):
        p = staff()
        rows.append([p.full, R.choice(["RN", "RN", "RN", "CNA", "UC"])] + [R.choice(["D", "N", "-", "-", "D12", "N12", "PTO"]) for _ in range(7)])
    body = dedent(f"""
        Next week's schedule is attached (final). Trades must be approved in the scheduling app by Thursday.
        We are still short one night RN on Saturday - incentive shift posted.

        {mgr.sig()}
        """)
    return M("staff_admin", "unit shift schedule with staff names and shift codes; no health",
             "Schedule - next week (final)", mgr.addr(), dl("5 East Staff", "5east.staff"), P(body, "7bit"), [CSV("5E_schedule.csv", rows)])


@gen("staff_admin")
def sa_pto():
    mgr = staff("", "Manager", "Patient Financial Services")
    lines = [f"  {staff().full:<24} {day(R.randint(5, 40))} - {day(R.randint(41, 60))}  approved" for _ in range(5)]
    body = "PTO requests for the holiday period have been reviewed. Approved:\n\n" + "\n".join(lines) + \
        "\n\nTwo requests overlapped the month-end close and were declined; I have talked to both people.\n\n" + mgr.sig() + "\n"
    return M("staff_admin", "PTO approvals with staff names and dates, no reasons given", "Holiday PTO decisions", mgr.addr(),
             dl("PFS Team", "pfs.team"), P(body, "7bit"))


@gen("staff_admin")
def sa_orientation():
    ed = staff("", "Onboarding Specialist", "Human Resources")
    rows = [["Time", "Session", "Location"], ["07:30", "Welcome breakfast", "Tower A auditorium"], ["08:00", "Mission, values and culture", "Auditorium"],
            ["09:30", "Badge photos and parking", "Security office"], ["10:30", "Privacy and compliance", "Auditorium"],
            ["12:00", "Lunch with leaders", "Cafeteria PDR"], ["13:00", "Fire safety and emergency codes", "Auditorium"],
            ["14:30", "Benefits enrollment help", "HR service desk"]]
    inner = auto_html(f"Welcome! New employee orientation is {dlong(6)}. Agenda:") + table(rows) + auto_html("Wear comfortable shoes.\n\n" + ed.sig())
    return M("staff_admin", "new-hire orientation agenda; no individual health", "Orientation agenda", ed.addr(),
             dl("New Hires", "newhires"), H(inner))


@gen("staff_admin")
def sa_uniform():
    mgr = staff("", "Director", "Surgical Services")
    body = dedent(f"""
        Team,

        Starting {day(30)}, Surgical Services moves to color-coded scrubs:

          ceil blue - RNs        navy - surgical techs        wine - anesthesia techs
          grey - EVS             black - leadership

        Each person gets three sets; order your sizes in the uniform portal by {dlong(9)}. Hospital-laundered OR attire
        rules are unchanged - no home laundering of OR scrubs.

        {mgr.sig()}
        """)
    return M("staff_admin", "scrub color change and uniform ordering; no health", "New scrub colors", mgr.addr(),
             dl("Surgical Services", "surgical.services"), P(body, "quoted-printable"))


@gen("staff_admin")
def sa_review():
    hr = staff("", "Talent Manager", "Human Resources")
    text = dedent(f"""
        Performance review timeline:

        {day(7)}   self-evaluations open
        {day(28)}  self-evaluations due
        {day(42)}  manager reviews due
        {day(60)}  merit increases effective

        Goals for next year should be entered at the same time. Managers: calibration meetings are scheduled by
        division.

        {hr.sig()}
        """)
    return M("staff_admin", "annual performance review timeline; no health", "Review season timeline", hr.addr(),
             dl("All Staff", "allstaff"), ALT(text))


@gen("staff_admin")
def sa_float():
    st = staff("RN", "Staffing Office Coordinator", "Staffing Office")
    lines = [f"  {staff().full:<24} -> {R.choice(['4 West', '5 East', '6 North', 'ICU step-down', 'ED hold area'])}  {R.choice(['07-19', '19-07', '07-15'])}" for _ in range(7)]
    body = "Float pool assignments for tomorrow:\n\n" + "\n".join(lines) + "\n\nReport to the charge nurse at start of shift.\n\n" + st.sig() + "\n"
    return M("staff_admin", "float pool staff assignments to units; no health", "Float assignments tomorrow", st.addr(),
             dl("Float Pool", "float.pool"), P(body, "base64"))


@gen("staff_admin")
def sa_minutes():
    mgr = staff("", "Manager", "Environmental Services")
    lines = ["# EVS staff meeting - minutes", f"{day(-1)}  Attendance: 23", "",
             "1. New floor scrubbers arrive next month; training sign-up on the board.",
             "2. Terminal clean checklist updated (UV disinfection for isolation rooms).",
             "3. Overtime: please clock out on time; approval needed for any extra time.",
             "4. Recognition: thank you to the night crew for the Tower B move.", "",
             "Next meeting in four weeks."]
    body = "Minutes attached.\n\n" + mgr.sig() + "\n"
    return M("staff_admin", "staff meeting minutes PDF; operations only", "EVS meeting minutes", mgr.addr(),
             dl("EVS Team", "evs.team"), P(body, "7bit"), [PDF("evs_minutes.pdf", lines, flate=True)])


@gen("staff_admin")
def sa_competency():
    ed = staff("MSN, RN", "Nurse Educator", "Nursing Education")
    txt = dedent("""
        ANNUAL SKILLS COMPETENCY - MED/SURG RN
        [ ] Glucometer QC and patient testing (return demo)
        [ ] Restraint application and documentation
        [ ] Blood product administration
        [ ] PCA pump programming
        [ ] Wound vac dressing change
        [ ] Rapid response activation (simulation)
        Validator signature ____________  Date ________
        """)
    body = "Competency checklist for this year's skills fair is attached. Bring it with you to each station.\n\n" + ed.sig() + "\n"
    return M("staff_admin", "staff annual skills competency checklist; no one's health", "Skills fair checklist",
             ed.addr(), dl("Med-Surg Nursing", "medsurg.nursing"), P(body, "7bit"), [TXT("skills_checklist.txt", txt, "7bit")])


@gen("staff_admin")
def sa_policy_ack():
    cm = staff("", "Compliance Specialist", "Compliance")
    rows = "".join(f"<tr><td>{esc(staff().full)}</td><td>{R.choice(['Code of Conduct', 'Conflict of Interest', 'Workplace Violence'])}</td><td>{day(-R.randint(1, 20))}</td></tr>\n" for _ in range(6))
    inner = "<h3>Overdue policy attestations</h3>\n<table class=\"rh\"><tr><th>Employee</th><th>Policy</th><th>Due</th></tr>\n" + rows + "</table>"
    body = "Managers - list of overdue attestations for your team attached. Please remind them this week.\n\n" + cm.sig() + "\n"
    return M("staff_admin", "overdue policy attestation list (HTML) with staff names; no health", "Overdue attestations",
             cm.addr(), dl("Department Managers", "dept.managers"), P(body, "quoted-printable"), [HTMLA("overdue_attestations.html", inner)])


@gen("staff_admin")
def sa_interviews():
    rec = staff("", "Talent Acquisition Partner", "Human Resources")
    mgr = staff("RN", "Nurse Manager", "Cardiac Step-Down")
    lines = [f"  {day(3, '%a %m/%d')} {h}:00  {staff().full} - RN, nights (panel: {mgr.first}, charge RN)" for h in (9, 10, 13, 14)]
    body = f"{mgr.first},\n\nInterviews are booked:\n\n" + "\n".join(lines) + "\n\nResumes are in the applicant system. Room 4E-212.\n\n" + rec.sig() + "\n"
    return M("staff_admin", "interview schedule with candidate names; no health", "Interviews booked", rec.addr(), mgr.addr(), P(body, "7bit"))


# =============================================================================================
# NEGATIVES: marketing


@gen("marketing")
def mk_heart_seminar():
    mk = staff("", "Community Events", "Marketing & Communications")
    body = dedent(f"""
        Know Your Numbers: a free heart health evening

        {dlong(16)}, 6:00-7:30 p.m., Riverside Community Center

        Our cardiologists explain blood pressure, cholesterol and blood sugar numbers - what they mean and what to do.
        Free blood pressure checks, healthy snacks and a cooking demo.

        Register at riversidehealth.example/events or call {phone(0)}.

        You are receiving this because you subscribed to Riverside community events. Unsubscribe anytime.
        """)
    return M("marketing", "public heart-health seminar invitation to subscriber list", "Know your numbers - free heart event",
             mk.addr(), dl("Community Events List", "events-list"), P(body, "7bit"))


@gen("marketing")
def mk_job():
    ta = staff("", "Recruiter", "Talent Acquisition")
    inner = dedent(f"""
        <h2>Now hiring: Registered Nurses - Cardiac Step-Down</h2>
        <p>$15,000 sign-on bonus for experienced RNs. 12-hour shifts, self-scheduling, tuition reimbursement.</p>
        <ul><li>Active PA RN license</li><li>BLS and ACLS within 90 days</li><li>Telemetry experience preferred</li></ul>
        <p>Apply at careers.riversidehealth.example or text RNJOBS to our recruiting line {phone(0)}.</p>
        """)
    return M("marketing", "job posting for nurses; no individual", "We're hiring RNs", ta.addr(), fmt_addr("Nursing School Career Office", "careers@valleynursing.example.org"),
             H(inner + auto_html(ta.sig()), "quoted-printable"))


@gen("marketing")
def mk_conference():
    soc = partner("", "keystonestroke-society.example.org")
    text = dedent(f"""
        {EXT_BANNER}You're invited: Regional Stroke Symposium

        {dlong(40)}, 7:30 a.m.-3:30 p.m., Riverside Conference Center
        Topics: tenecteplase in practice, mobile stroke units, post-stroke depression, telestroke networks.
        6.0 AMA PRA Category 1 Credits. Free for EMS and nurses; $75 for physicians.

        Register by {dlong(25)}.

        {soc.full}
        Keystone Stroke Society (example)
        """)
    return M("marketing", "external conference invitation for a stroke symposium (inbound)", "Regional Stroke Symposium", soc.addr("full"),
             dl("Neuroscience Staff", "neuro.staff"), ALT(text), inbound=True)


@gen("marketing")
def mk_mammo_van():
    mk = staff("", "Outreach Coordinator", "Breast Center")
    body = dedent(f"""
        The Riverside mobile mammography van is coming to your neighbourhood:

        {dlong(5)}     Bramford Public Library          9 a.m.-3 p.m.
        {dlong(12)}    Harmon Falls Community Church    10 a.m.-4 p.m.
        {dlong(19)}    East Wyler Grocery parking lot   9 a.m.-2 p.m.

        Screening mammograms for women 40 and older, no doctor's order needed. Most insurance accepted; free
        screenings for uninsured women through the state program. Call {phone(0)} to book.
        """)
    return M("marketing", "mobile mammography van schedule sent to a community list", "Mammography van schedule",
             mk.addr(), dl("Community Health List", "community-list"), P(body, "quoted-printable"))


@gen("marketing")
def mk_joint_class():
    oc = staff("", "Orthopaedic Program Manager", "Orthopaedics")
    body = dedent(f"""
        Thinking about a knee or hip replacement? Join our free "Joint Camp" information session.

        Learn what to expect before, during and after surgery, meet our surgeons and physical therapists, and tour the
        orthopaedic unit. Family members welcome.

        Second Tuesday of every month, 5:30 p.m., Tower A Conference Room 3. Register at {phone(0)}.
        """)
    return M("marketing", "public class promotion for joint replacement", "Joint Camp info session", oc.addr(),
             dl("Community Events List", "events-list"), P(body, "base64"))


@gen("marketing")
def mk_virtual():
    dh = staff("", "Digital Marketing Lead", "Marketing & Communications")
    inner = dedent("""
        <h2>See a provider from your couch</h2>
        <p>Riverside Virtual Urgent Care treats colds, flu, pink eye, rashes and urinary symptoms by video, 7 a.m. to
        11 p.m. every day. $49 or your usual copay.</p>
        <p><a href="https://www.riversidehealth.example/virtual">Start a visit</a></p>
        <p style="font-size:9pt">You are receiving this newsletter because you signed up at riversidehealth.example.</p>
        """)
    return M("marketing", "virtual urgent care promotion to newsletter subscribers", "Feeling sick? Start a video visit",
             dh.addr(), dl("Riverside Newsletter", "newsletter"), H(inner, "base64"))


@gen("marketing")
def mk_maternity():
    mk = staff("", "Service Line Marketing", "Women's Health")
    lines = ["# Open House: the new Riverside Birth Center", f"{dlong(21)}, 10 a.m. - 2 p.m.", "",
             "Tour the 18 new private suites with soaking tubs", "Meet our midwives, OB-GYNs and lactation consultants",
             "Learn about our Level III NICU", "Free car seat checks", "", "Everyone welcome - no registration needed"]
    body = "Flyer for the birth center open house attached - please share.\n\n" + mk.sig() + "\n"
    return M("marketing", "birth center open-house flyer PDF to community partners", "Birth Center open house flyer",
             mk.addr(), fmt_addr("Community Partners", "partners@unitedwayriver.example.org"), P(body, "7bit"), [PDF("open_house_flyer.pdf", lines, flate=True)])


@gen("marketing")
def mk_sports_physicals():
    pc = staff("", "Practice Manager", "Riverside Family Medicine")
    body = dedent(f"""
        $20 sports physicals - {dlong(9)}, 8 a.m. to noon, all Riverside Family Medicine offices.

        Bring the school's physical form signed by a parent, and glasses if your child wears them. Walk-ins welcome.
        All proceeds go to the high school athletic trainer fund.
        """)
    return M("marketing", "sports physical event promotion to school district list", "$20 sports physicals", pc.addr(),
             fmt_addr("School District Families", "families@harmonfallssd.example.org"), P(body, "7bit"))


@gen("marketing")
def mk_gala():
    fn = staff("", "Events Director", "Riverside Health Foundation")
    text = dedent(f"""
        You're invited to the Riverside Health Foundation Gala

        Saturday evening, {dlong(45)}, at the Riverside Conference Center. Dinner, live music and a silent auction
        to support the new pediatric emergency department.

        Tickets $150; tables of ten available. RSVP by {dlong(30)}.

        {fn.sig()}
        """)
    return M("marketing", "foundation gala invitation to donors", "Gala invitation", fn.addr(), dl("Foundation Donors", "donors"), ALT(text, None, "base64"))


@gen("marketing")
def mk_career_fair():
    ta = staff("", "Recruitment Events", "Talent Acquisition")
    inner = dedent(f"""
        <h1>Healthcare Career Fair</h1>
        <p>{esc(dlong(14))}, 3-7 p.m., Tower A lobby</p>
        <p>On-the-spot interviews for: patient care technicians, pharmacy technicians, sterile processing, EVS, food service,
        registered nurses, respiratory therapists.</p>
        <p>Free parking in Garage B. Bring a resume.</p>
        """)
    body = "Career fair flyer attached for the workforce board's mailing.\n\n" + ta.sig() + "\n"
    return M("marketing", "career fair flyer (HTML attachment) for a workforce board", "Career fair flyer", ta.addr(),
             fmt_addr("County Workforce Board", "jobs@countyworkforce.example.org"), P(body, "quoted-printable"), [HTMLA("career_fair.html", inner)])


# =============================================================================================
# NEGATIVES: name_only (named people, nothing about health)


@gen("name_only")
def no_volunteers():
    vs = staff("", "Volunteer Coordinator", "Volunteer Services")
    rows = [["Volunteer", "Phone", "Assignment", "Day", "Shift"]]
    for i in range(8):
        f, l = pick_name()
        rows.append([f"{f} {l}", phone(0), R.choice(["Information desk", "Gift shop", "Wayfinding escort", "Mail delivery", "Chapel greeter"]),
                     R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.choice(["08:00-12:00", "12:00-16:00"])])
    body = "Volunteer assignments for next month are attached. Swaps through me please.\n\n" + vs.sig() + "\n"
    return M("name_only", "volunteer list with names, phones and desk assignments; nothing about health", "Volunteer assignments",
             vs.addr(), dl("Volunteer Leads", "volunteer.leads"), P(body, "7bit"), [CSV("volunteers.csv", rows, "7bit")])


@gen("name_only")
def no_raffle():
    gs = staff("", "Gift Shop Manager", "Auxiliary")
    w = [pick_name() for _ in range(3)]
    body = dedent(f"""
        Auxiliary raffle winners:

        Quilt: {w[0][0]} {w[0][1]} (ticket 0{R.randint(1000, 9999)})
        Gift basket: {w[1][0]} {w[1][1]} (ticket 0{R.randint(1000, 9999)})
        $100 gift card: {w[2][0]} {w[2][1]} (ticket 0{R.randint(1000, 9999)})

        Prizes can be picked up at the gift shop during open hours. Thank you for raising $3,412 for the auxiliary!

        {gs.sig()}
        """)
    return M("name_only", "raffle winners' names and ticket numbers; no health", "Raffle winners", gs.addr(), dl("Auxiliary Members", "auxiliary"), P(body, "7bit"))


@gen("name_only")
def no_donor_wall():
    fn = staff("", "Donor Relations Officer", "Riverside Health Foundation")
    names = [" ".join(pick_name()) for _ in range(10)]
    lines = ["# Donor Wall - new engravings", "", "## Benefactors ($10,000+)"] + names[:3] + ["", "## Friends ($1,000+)"] + names[3:] + ["", "Proof 2 - please check spelling."]
    body = "Engraving proof for the donor wall attached. Installation next month.\n\n" + fn.sig() + "\n"
    return M("name_only", "donor wall engraving proof with donor names only", "Donor wall proof", fn.addr(), dl("Foundation Staff", "foundation.staff"),
             P(body, "7bit"), [PDF("donor_wall_proof.pdf", lines)])


@gen("name_only")
def no_choir():
    ch = staff("", "Chaplain", "Spiritual Care")
    names = ", ".join(" ".join(pick_name()) for _ in range(6))
    body = dedent(f"""
        The Riverside Community Choir will perform in the Tower A atrium on {dlong(8)} at noon.

        Soloists: {names}.

        Staff and visitors are welcome; the concert is about 40 minutes.

        {ch.sig()}
        """)
    return M("name_only", "choir concert listing soloists' names; no health", "Atrium concert", ch.addr(), dl("All Staff", "allstaff"), P(body, "quoted-printable"))


@gen("name_only")
def no_artshow():
    ar = staff("", "Arts in Healing Coordinator", "Patient Experience")
    rows = [["Artist", "Title", "Medium"]]
    for t in ["River at Dawn", "Grandmother's Garden", "Steel Mill, 1962", "Blue Heron", "Kettle Run Falls"]:
        rows.append([" ".join(pick_name()), t, R.choice(["oil", "watercolor", "photograph", "quilted fabric"])])
    inner = auto_html("The community art show is hanging in the Tower B corridor this quarter. Artists and works:") + table(rows) + auto_html(ar.sig())
    return M("name_only", "community art show list of local artists; no health", "Art show artists", ar.addr(), dl("All Staff", "allstaff"), H(inner, "7bit"))


@gen("name_only")
def no_mentoring():
    ed = staff("", "Workforce Pipeline Manager", "Human Resources")
    names = "\n".join(f"  {' '.join(pick_name())} - {R.choice(['Harmon Falls HS', 'Elm Ridge HS', 'Bramford Central'])} - mentor: {staff().full}" for _ in range(6))
    body = f"Summer health-careers mentoring program - student/mentor pairs:\n\n{names}\n\nKickoff lunch on the first Monday.\n\n{ed.sig()}\n"
    return M("name_only", "student-mentor pairs for a careers program; no health", "Mentoring pairs", ed.addr(), dl("Mentors", "mentors"), P(body, "base64"))


@gen("name_only")
def no_lost_found():
    sec = staff("", "Security Officer", "Security")
    f, l = pick_name()
    body = dedent(f"""
        Lost and found log update: the black umbrella and the grey scarf found in the main lobby on {dshort(-2)} were
        claimed by {f} {l}, a visitor from the Rotary meeting in the conference center. Item numbers LF-{R.randint(1000, 9999)} and
        LF-{R.randint(1000, 9999)} closed.

        {sec.sig()}
        """)
    return M("name_only", "lost and found claim by a named conference visitor; no health", "Lost and found - claimed", sec.addr(),
             dl("Security Team", "security.team"), P(body, "7bit"))


@gen("name_only")
def no_garden():
    gd = staff("", "Sustainability Coordinator", "Facilities")
    plots = "\n".join(f"  Plot {i + 1:>2}: {' '.join(pick_name())}  {phone(0)}" for i in range(7))
    text = f"Community garden plots behind the Medical Office Building are assigned for the season:\n\n{plots}\n\nWater shut-off is at 8 p.m.\n\n{gd.sig()}\n"
    return M("name_only", "community garden plot assignments with names and phones", "Garden plots assigned", gd.addr(), dl("Garden Club", "garden.club"), ALT(text))


@gen("name_only")
def no_5k():
    ev = staff("", "Events Coordinator", "Riverside Health Foundation")
    regs = [{"bib": 100 + i, "name": " ".join(pick_name()), "shirt": R.choice(["S", "M", "L", "XL"]), "team": R.choice(["Team Riverside", "Bramford Runners", ""])} for i in range(6)]
    body = "Latest 5K registrations exported from the race site (JSON). Packet pickup Friday.\n\n" + ev.sig() + "\n"
    return M("name_only", "5K race registrants with bib numbers and shirt sizes; no health", "5K registrations", ev.addr(),
             dl("5K Committee", "5k.committee"), P(body, "7bit"), [JSONA("5k_registrations.json", {"race": "Riverside River Run 5K", "registrants": regs})])


@gen("name_only")
def no_bookclub():
    lib = staff("", "Medical Librarian", "Library Services")
    members = "".join(f"<li>{esc(' '.join(pick_name()))}</li>" for _ in range(7))
    inner = f"<h3>Lunchtime book club - members</h3><ul>{members}</ul><p>This month: a novel about a lighthouse keeper. Meets in the library, Thursday noon.</p>"
    body = "Member list for the book club attached so people can coordinate who brings snacks.\n\n" + lib.sig() + "\n"
    return M("name_only", "book club member list (HTML attachment); no health", "Book club members", lib.addr(), dl("Book Club", "book.club"),
             P(body, "7bit"), [HTMLA("book_club.html", inner)])


# =============================================================================================
# NEGATIVES: other_label (General / Internal sensitivity labels on ordinary mail)

OTHER_LABELS = [(GEN_GUID, "General"), (INT_GUID, "Internal"), (GEN_GUID, None), (INT_GUID, "internal"), (GEN_GUID, "GENERAL"),
                (INT_GUID, "Internal Only"), (GEN_GUID, "General"), (INT_GUID, None), (INT_GUID, "Internal"), (GEN_GUID, "general")]
_ol = [0]


def olabel():
    v = OTHER_LABELS[_ol[0] % len(OTHER_LABELS)]
    _ol[0] += 1
    return v


@gen("other_label")
def ol_budget():
    cfo = staff("", "Finance Director", "Finance")
    body = dedent(f"""
        Department heads,

        FY budget templates are in the shared finance folder. Capital requests over $5,000 need a quote and a
        one-paragraph justification. Due {dlong(21)}.

        {cfo.sig()}
        """)
    return M("other_label", "budget template notice carrying the Internal/General label; no PHI", "FY budget templates", cfo.addr(),
             dl("Department Heads", "dept.heads"), P(body, "7bit"), label=olabel())


@gen("other_label")
def ol_teams():
    it = staff("", "Collaboration Services", "IS")
    text = dedent(f"""
        Teams phone numbers for the Patient Access call center move to the new calling plan tonight at 22:00. Expect
        a 5-minute outage. Voicemail greetings will carry over.

        {it.sig()}
        """)
    return M("other_label", "IT change notice with a General label", "Teams calling change tonight", it.addr(), dl("Patient Access", "patient.access"),
             ALT(text), label=olabel())


@gen("other_label")
def ol_meeting():
    ch = staff("MD", "Chair", "Department of Medicine")
    body = dedent(f"""
        Department of Medicine meeting notes:

        - New hospitalist hires: three start next month.
        - Clinic templates: 20-minute follow-ups stay.
        - Teaching awards nominations due at month end.
        - Parking garage B repaving - use garage A next week.

        {ch.sig()}
        """)
    return M("other_label", "department meeting notes with Internal label", "Dept of Medicine - notes", ch.addr(), dl("Department of Medicine", "dom"),
             P(body, "quoted-printable"), label=olabel())


@gen("other_label")
def ol_vendor():
    sc = staff("", "Contract Manager", "Supply Chain")
    lines = ["# Contract summary - linen services", "Term: 3 years with two 1-year renewals", "Price: $0.61/lb clean linen delivered",
             "Service levels: 99% on-time delivery; 24-hour emergency delivery", "Termination: 90 days' notice"]
    body = "Contract summary attached for the value analysis committee.\n\n" + sc.sig() + "\n"
    return M("other_label", "vendor contract summary PDF with General label", "Linen contract summary", sc.addr(), dl("Value Analysis Committee", "vac"),
             P(body, "7bit"), [PDF("linen_contract_summary.pdf", lines, flate=True)], label=olabel())


@gen("other_label")
def ol_parking():
    fac = staff("", "Parking Manager", "Facilities")
    inner = auto_html(f"Garage B levels 3-4 close {dlong(4)} through {dlong(11)} for resurfacing. Staff permits are valid in Garage A and the "
                      "Canal St surface lot. Shuttle runs every 10 minutes.\n\n" + fac.sig())
    return M("other_label", "parking closure notice with a label that is not the PHI label", "Garage B closure", fac.addr(), dl("All Staff", "allstaff"),
             H(inner, "base64"), label=olabel())


@gen("other_label")
def ol_kpi():
    op = staff("", "VP Operations", "Administration")
    rows = [["Metric", "Target", "Actual"], ["Operating margin", "2.0%", "1.4%"], ["Days cash on hand", "180", "171"], ["Agency labor spend", "$1.2M", "$1.5M"],
            ["Supply cost per adjusted discharge", "$2,310", "$2,402"]]
    body = "Monthly operating scorecard attached.\n\n" + op.sig() + "\n"
    return M("other_label", "financial scorecard CSV with Internal label; no PHI", "Operating scorecard", op.addr(), dl("Leadership Team", "leadership"),
             P(body, "base64"), [CSV("scorecard.csv", rows)], label=olabel())


@gen("other_label")
def ol_training_room():
    ed = staff("", "Education Coordinator", "Organizational Development")
    body = dedent(f"""
        Training room 2 projector is being replaced {dlong(2)}. Sessions booked that day move to room 5 (same floor).
        The room calendar has been updated.

        {ed.sig()}
        """)
    return M("other_label", "room change notice with a General label", "Training room 2 - projector", ed.addr(), dl("Educators", "educators"),
             P(body, "7bit"), label=olabel())


@gen("other_label")
def ol_policy_draft():
    pol = staff("JD", "Policy Manager", "Compliance")
    txt = dedent("""
        DRAFT POLICY ADM-220: Remote Work for Non-Clinical Staff
        1. Eligibility is set by the department director.
        2. Employees must use a Riverside-managed device and the VPN.
        3. Printing work documents at home is not allowed.
        4. Home workspace must be private enough for confidential calls.
        """)
    body = "Draft for comment attached; comments due in two weeks.\n\n" + pol.sig() + "\n"
    return M("other_label", "policy draft TXT with Internal label; no PHI", "Draft ADM-220 for comment", pol.addr(), dl("Policy Reviewers", "policy.reviewers"),
             P(body, "quoted-printable"), [TXT("ADM-220_draft.txt", txt, "7bit")], label=olabel())


@gen("other_label")
def ol_fwd_vendor():
    it = staff("", "IT Vendor Manager", "IS")
    v = partner("", "cloudfax-vendor.example.org")
    inner = inner_msg("Maintenance window notice", v.addr("full"), it.addr(), P(dedent(f"""
        Scheduled maintenance: {dlong(6)} 00:00-02:00 ET. Inbound faxes will queue and deliver after the window.
        No action needed.
        {v.full}, Customer Success
        """)), when=CUR - datetime.timedelta(hours=3))
    body = "FYI - forwarding the e-fax vendor's maintenance notice.\n\n" + it.sig(True) + "\n"
    return M("other_label", "forwarded vendor maintenance notice with a General label", "FW: Maintenance window notice", it.addr(),
             dl("IS Service Desk", "servicedesk"), P(body, "7bit"), [Fwd(inner)], label=olabel())


@gen("other_label")
def ol_survey():
    hr = staff("", "Engagement Survey Lead", "Human Resources")
    text = dedent(f"""
        The employee engagement survey closes Friday. Participation is at 58%; our goal is 75%. Responses are
        confidential and reported only for groups of 5 or more.

        {hr.sig()}
        """)
    return M("other_label", "engagement survey reminder labelled General/Internal", "Engagement survey closes Friday", hr.addr(), dl("All Staff", "allstaff"),
             ALT(text, None, "base64"), label=olabel())


# =============================================================================================
# NEGATIVES: general (IT, vendor, shipping, finance)


@gen("general")
def gn_password():
    it = staff("", "Service Desk", "IS")
    body = dedent(f"""
        Your network password expires in 5 days. Change it from any Riverside computer with Ctrl+Alt+Del > Change a
        password, or at the self-service portal. Passwords must be 14 characters or more.

        Riverside IS will never ask for your password by e-mail or phone.

        Service Desk {phone(0)}
        """)
    return M("general", "password expiry notice", "Password expires in 5 days", it.addr(), staff().addr(), P(body, "7bit"))


@gen("general")
def gn_printer():
    it = staff("", "Desktop Support Technician", "IS")
    body = dedent(f"""
        Ticket RITM{digits(7)} update: the 4 West nurses' station printer (PRN-4W-02) had a failed fuser. Replaced and
        test page printed. Label printers on the unit were not affected.

        {it.sig()}
        """)
    return M("general", "printer repair ticket update", "RITM update - 4W printer", it.addr(), dl("4 West Charge", "4west.charge"), P(body, "quoted-printable"))


@gen("general")
def gn_recall():
    ph = staff("PharmD", "Pharmacy Buyer", "Pharmacy")
    body = dedent(f"""
        FDA class II recall - metformin hydrochloride extended-release 500 mg tablets, selected lots, because of NDMA
        above the acceptable intake limit. Our inventory check found no affected lots in the inpatient or outpatient
        pharmacies. Wholesaler has blocked the lots.

        No action for clinics. Retail pharmacies will handle outpatient questions.

        {ph.sig()}
        """)
    return M("general", "drug recall notice naming the drug but no patient", "Recall check - metformin ER", ph.addr(), dl("Pharmacy Staff", "pharmacy.staff"),
             P(body, "7bit"))


@gen("general")
def gn_shipping():
    sc = staff("", "Buyer", "Supply Chain")
    dist = partner("", "medsupply.example.org")
    text = dedent(f"""
        {EXT_BANNER}Hello {sc.first},

        Your order of nitrile exam gloves (sizes M and L, 240 cases) is delayed at the port. Revised delivery is
        {dshort(9)} instead of {dshort(2)}. We can substitute an equivalent glove from our Ohio warehouse if you approve
        by noon tomorrow.

        {dist.full}
        Customer Service, Mid-Atlantic Medical Supply (example)
        """)
    return M("general", "supplier notice of a glove shipment delay (inbound)", "Order delay notice", dist.addr("full"), sc.addr(), ALT(text),
             inbound=True)


@gen("general")
def gn_invoice():
    ap = staff("", "Accounts Payable", "Finance")
    mgr = staff("", "Director", "Facilities")
    body = dedent(f"""
        {mgr.first}, invoice INV-{R.randint(100000, 999999)} from the HVAC contractor ($18,240.00, chiller maintenance) needs your approval in the
        AP workflow. It is over the $10,000 threshold so it also routes to the VP.

        {ap.sig()}
        """)
    return M("general", "invoice approval request", "Invoice approval needed", ap.addr(), mgr.addr(), P(body, "base64"))


@gen("general")
def gn_phishing():
    sec = staff("", "Information Security Analyst", "IS Security")
    inner = dedent("""
        <p class="MsoNormal"><b>Phishing alert</b></p>
        <p class="MsoNormal">Several staff received an e-mail titled "Payroll adjustment - action required" with a link
        to a fake login page. Do not click it. If you entered your password, change it now and call the Service Desk.</p>
        <p class="MsoNormal">Use the Report Phish button in Outlook for anything suspicious.</p>
        """)
    return M("general", "phishing alert", "Phishing alert: fake payroll e-mail", sec.addr(), dl("All Staff", "allstaff"), H(inner + auto_html(sec.sig())))


@gen("general")
def gn_menu():
    fd = staff("", "Retail Food Manager", "Food & Nutrition")
    lines = ["Cafeteria menu - this week", "Mon: chicken tikka masala, vegetable curry", "Tue: tacos, black bean soup",
             "Wed: roast turkey, mushroom risotto", "Thu: pho bar", "Fri: fish fry, mac and cheese"]
    body = "This week's menu attached.\n\n" + fd.sig() + "\n"
    return M("general", "cafeteria menu (TXT)", "Cafe menu", fd.addr(), dl("All Staff", "allstaff"), P(body, "7bit"), [TXT("menu.txt", "\n".join(lines) + "\n", "base64")])


@gen("general")
def gn_software():
    it = staff("", "Change Manager", "IS")
    obj = {"change": f"CHG{digits(7)}", "system": "Outlook desktop", "version": "16.0.17928", "window": f"{day(2, '%Y-%m-%d')}T22:00/{day(3, '%Y-%m-%d')}T02:00",
           "impact": "restart required", "rollback": "uninstall via Software Center"}
    body = "Change record attached for the CAB packet.\n\n" + it.sig() + "\n"
    return M("general", "software change record JSON", "CAB packet - Outlook update", it.addr(), dl("CAB", "cab"), P(body, "quoted-printable"), [JSONA("change.json", obj)])


@gen("general")
def gn_variance():
    fin = staff("", "Financial Analyst", "Finance")
    mgr = staff("", "Manager", "Laboratory")
    body = dedent(f"""
        {mgr.first},

        Lab supplies were $42,300 over budget last month, mostly reagent price increases on the chemistry contract
        (+8%) and a one-time purchase of centrifuge rotors. Please add a short explanation in the variance tool.

        {fin.sig()}
        """)
    return M("general", "budget variance explanation request", "Variance explanation - lab supplies", fin.addr(), mgr.addr(), P(body, "7bit"))


@gen("general")
def gn_wifi():
    it = staff("", "Network Engineer", "IS Network")
    lines = ["# Wi-Fi upgrade schedule", "Tower A floors 1-3: week 1", "Tower A floors 4-7: week 2", "Tower B: week 3",
             "Medical Office Building: week 4", "Expect short drops (under 1 minute) when access points are swapped."]
    body = "Upgrade schedule attached.\n\n" + it.sig() + "\n"
    return M("general", "Wi-Fi upgrade schedule PDF", "Wi-Fi upgrade schedule", it.addr(), dl("All Staff", "allstaff"), P(body, "7bit"), [PDF("wifi_schedule.pdf", lines)])


@gen("general")
def gn_xml_feed():
    it = staff("", "Integration Engineer", "IS Interfaces")
    xml = dedent(f"""
        <?xml version="1.0" encoding="UTF-8"?>
        <interfaceStatus generated="{day(0, '%Y-%m-%d')}T06:00:00">
          <channel name="ADT_OUT_LAB" state="running" queued="0" errors24h="0"/>
          <channel name="ORU_IN_REFLAB" state="running" queued="3" errors24h="1"/>
          <channel name="SIU_OUT_PORTAL" state="stopped" queued="118" errors24h="0" note="stopped for vendor cert renewal"/>
        </interfaceStatus>
        """)
    body = "Morning interface status attached. SIU to the portal is paused for the vendor's certificate renewal; no data loss.\n\n" + it.sig() + "\n"
    return M("general", "interface channel status XML with counts only", "Interface status", it.addr(), dl("Interface Team", "interface.team"),
             P(body, "base64"), [XMLA("interface_status.xml", xml)])


# =============================================================================================
# POSITIVES helpers


def gen_n(kind, n):
    def deco(f):
        for v in range(n):
            GENS.append((kind, (lambda f=f, v=v: f(v))))
        return f
    return deco


def dob_span(p, style=0):
    d = p.dob_d
    if style == 0:
        return f"<span>{d.month:02d}/{d.day:02d}/</span><span>{d.year}</span>"
    return f"<span>{d.month:02d}</span>/<span>{d.day:02d}</span>/<span>{d.year}</span>"


def ext_person(domain="gmail.example", sex=None):
    f, l = pick_name(None, False, sex)
    return Person(f, l, domain=domain)


def hl7_name(p):
    return f"{fold_ascii(p.last).upper()}^{fold_ascii(p.first).upper()}"


def pid(p, ssn=False, acct=None):
    return (f"PID|1||{p.mrn}^^^RIVERSIDE^MR||{hl7_name(p)}||{p.dob8}|{p.sex}|||{fold_ascii(p.street)}^^{fold_ascii(p.town)}^{p.state}^{p.zip}"
            f"||{p.phone.replace('(', '').replace(') ', '-')}^PRN^PH|||||{acct or digits(9)}|{p.ssn.replace('-', '') if ssn else ''}")


def msh(typ, sending="EPIC", recv="LAB", ctrl=None, ver="2.5.1"):
    return f"MSH|^~\\&|{sending}|RIVERSIDE|{recv}|RIVERSIDE|{ts()}||{typ}|{ctrl or digits(10)}|P|{ver}"


def ccda_doc(p, title, loinc, sections, author, org="Riverside Health", extra_ids=True):
    """A small C-CDA-like ClinicalDocument. sections: list of (title, loinc, rows) with rows[0] as header."""
    def x(s):
        return esc(str(s))
    secs = []
    for st, sl, rows in sections:
        if isinstance(rows, str):
            txt = f"<paragraph>{x(rows)}</paragraph>"
        else:
            head = "".join(f"<th>{x(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{x(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            txt = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        secs.append(f"""      <component>
        <section>
          <code code="{sl}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC"/>
          <title>{x(st)}</title>
          <text>{txt}</text>
        </section>
      </component>""")
    eff = CUR.strftime("%Y%m%d%H%M%S") + "-0400"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.{R.randint(1000, 9999)}.1" extension="{digits(10)}"/>
  <code code="{loinc}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{x(title)}"/>
  <title>{x(title)}</title>
  <effectiveTime value="{eff}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7700.1" extension="{p.mrn}" assigningAuthorityName="Riverside Health MRN"/>
      <addr use="HP"><streetAddressLine>{x(p.street)}</streetAddressLine><city>{x(p.town)}</city><state>{p.state}</state><postalCode>{p.zip}</postalCode><country>US</country></addr>
      <telecom use="HP" value="tel:+1-{p.phone.replace('(', '').replace(') ', '-').replace('.', '-')}"/>
      <patient>
        <name use="L"><given>{x(p.first)}</given><family>{x(p.last)}</family></name>
        <administrativeGenderCode code="{p.sex}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{p.dob8}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{eff}"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{author.npi}"/>
      <assignedPerson><name><given>{x(author.first)}</given><family>{x(author.last)}</family><suffix>{x(author.creds)}</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian>
    <assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.4.6"/><name>{x(org)}</name></representedCustodianOrganization></assignedCustodian>
  </custodian>
  <component>
    <structuredBody>
{chr(10).join(secs)}
    </structuredBody>
  </component>
</ClinicalDocument>
"""


# =============================================================================================
# POSITIVES: lab_result


@gen("lab_result")
def lr_portal_greeting():
    p = Patient(age=R.randint(55, 80))
    rn = staff("RN", "Nurse", "Riverside Internal Medicine")
    doc = doctor("Internal Medicine")
    pe = Person(p.first, p.last, domain=R.choice(["gmail.example", "outlook.example", "yahoo.example"]))
    body = dedent(f"""
        Hi {p.title} {p.last},

        Dr. {doc.last} reviewed your blood work from {dlong(-1)}. Your potassium came back high at 5.8 (normal is 3.5 to
        5.1) and your kidney number, creatinine, was 1.6, a little higher than in March.

        Dr. {doc.last} would like you to stop the lisinopril for now and come back for a repeat potassium on Thursday.
        No appointment is needed for the lab - walk in any time after 7 a.m. Please avoid salt substitutes and
        bananas until then.

        If you feel weak, have palpitations or chest pain, go to the emergency room.

        {rn.sig()}
        """)
    return M("lab_result", "nurse writes to a named patient (name only in greeting) with potassium/creatinine results and a drug change",
             "Your lab results", rn.addr(), pe.addr("full"), P(body, "7bit"))


@gen("lab_result")
def lr_critical_call():
    p = Patient(age=R.randint(50, 85))
    lab = staff("MLS(ASCP)", "Core Lab", "Laboratory")
    rn = staff("RN", "Charge Nurse", "ED")
    rows = [["Called", "Patient", "MRN", "Test", "Result", "Flag", "Read back by"],
            [day(0, "%m/%d %H:%M"), p.lf, p.mrn, "Troponin I, high sensitivity", "412 ng/L", "CRIT H", f"{rn.first} {rn.last[0]}., RN"]]
    text = (f"Critical value notification, ED.\n\nPatient: {p.lf} (MRN {p.mrn})\nTroponin I, high sensitivity: 412 ng/L (critical >= 52 ng/L)\n"
            f"Called to {rn.full}, RN at {day(0, '%H:%M')}, read back confirmed.\n\n{lab.sig(True)}\n")
    inner = auto_html("Critical value notification, ED.") + table(rows) + auto_html("Read back confirmed per policy LAB-31.\n\n" + lab.sig(True))
    return M("lab_result", "critical troponin call log for a named patient with MRN (HTML table + plain)",
             "Critical value - ED", lab.addr(), rn.addr(), ALT(text, inner))


@gen("lab_result")
def lr_a1c_outreach_csv():
    cde = staff("RN, CDCES", "Diabetes Educator", "Population Health")
    pc = staff("MD", "Medical Director", "Elm Ridge Primary Care")
    rows = [["Last name", "First name", "DOB", "Last A1c (%)", "A1c date", "Last visit", "PCP"]]
    for i in range(7):
        p = Patient(age=R.randint(35, 78))
        rows.append([p.last, p.first, p.dob, f"{R.uniform(9.1, 13.4):.1f}", day(-R.randint(20, 120)), day(-R.randint(30, 200)), f"Dr. {pc.last}"])
    body = dedent(f"""
        Dr. {pc.last},

        Here are your patients whose last hemoglobin A1c was above 9% and who have no diabetes education visit on
        file. I'd like to call them this month to offer the group class. Let me know if anyone should be skipped.

        {cde.sig()}
        """)
    return M("lab_result", "outreach CSV of named patients with DOB and A1c values above 9%",
             "A1c > 9 outreach list", cde.addr(), pc.addr(), P(body, "quoted-printable"), [CSV("a1c_over9_elmridge.csv", rows)])


@gen("lab_result")
def lr_cmp_pdf():
    p = Patient(age=R.randint(45, 80))
    sec = staff("", "Medical Secretary", "Riverside Orthopaedics")
    ext = partner("", "valleyanesthesia.example.org")
    vals = [("Sodium", "137", "mmol/L", "136-145", ""), ("Potassium", "4.4", "mmol/L", "3.5-5.1", ""), ("Chloride", "101", "mmol/L", "98-107", ""),
            ("CO2", "24", "mmol/L", "22-29", ""), ("BUN", "27", "mg/dL", "8-23", "H"), ("Creatinine", "1.41", "mg/dL", "0.60-1.20", "H"),
            ("eGFR", "51", "mL/min/1.73m2", ">=60", "L"), ("Glucose", "162", "mg/dL", "70-99", "H"), ("Calcium", "9.4", "mg/dL", "8.6-10.3", ""),
            ("Albumin", "3.9", "g/dL", "3.5-5.2", ""), ("ALT", "22", "U/L", "7-52", ""), ("AST", "19", "U/L", "13-39", "")]
    lines = ["# Riverside Health Laboratory - Final Report", f"Patient: {p.lf}    DOB: {p.dob}    MRN: {p.mrn}    Sex: {p.sex}",
             f"Collected: {day(-2)} 07:42   Ordering: pre-operative evaluation, Riverside Orthopaedics", "",
             "## Comprehensive metabolic panel", "Test                Result   Units            Reference     Flag"]
    for t, v, u, r, f in vals:
        lines.append(f"{t:<20}{v:<9}{u:<17}{r:<14}{f}")
    lines += ["", "Performed at Riverside Health Core Laboratory, CLIA-certified."]
    body = dedent(f"""
        {ext.first},

        As requested for {p.title} {p.last}'s pre-op clearance (right total knee on {dshort(12)}), attached is the CMP from
        Tuesday. Dr. {staff('MD').last} noted the creatinine - let us know if anesthesia wants a repeat before surgery.

        {sec.sig()}
        """)
    return M("lab_result", "CMP lab report PDF (name, DOB, MRN) sent to an outside anesthesia group for pre-op clearance",
             f"Pre-op labs - {p.last}", sec.addr(), ext.addr("full"), P(body, "7bit"), [PDF(f"CMP_{fold_ascii(p.last)}.pdf", lines, flate=True)])


@gen("lab_result")
def lr_fwd_reflab():
    p = Patient(age=R.randint(20, 70))
    rl = partner("", "northeastreflab.example.org")
    np_ = doctor("Family Medicine", "CRNP")
    inner_text = dedent(f"""
        RESULT NOTIFICATION - Northeast Reference Laboratory (example)

        Patient: {p.full.upper()}   DOB: {p.dob}   Client: Riverside Family Medicine - Cold Spring
        Accession: NRL{digits(9)}   Collected: {day(-6)}

        Lyme disease antibody, IgM Western blot: POSITIVE (3 of 3 bands: 23, 39, 41 kDa)
        Lyme disease antibody, IgG Western blot: NEGATIVE (2 of 10 bands)

        Interpretation: consistent with early Lyme disease if symptoms began within 30 days.
        """)
    inner = inner_msg(f"Result notification - {p.last.upper()}", rl.addr("full"), np_.addr(), P(inner_text), when=CUR - datetime.timedelta(hours=6))
    body = dedent(f"""
        Forwarding - {p.first} {p.last} is the hiker with the rash I saw last week. Positive IgM blot. Please call {p.him}
        today and send doxycycline 100 mg twice daily for 14 days to {p.his} pharmacy if not already started.

        {np_.sig(True)}
        """)
    return M("lab_result", "forwarded reference-lab Lyme result for a named patient (rfc822) plus treatment instruction",
             f"FW: Result notification - {p.last.upper()}", np_.addr(), staff("RN").addr(), P(body, "7bit"), [Fwd(inner)])


@gen("lab_result")
def lr_path_letter():
    p = Patient(trad=R.choice(["nordic", "lusophone", "hisp", "turkish_armenian"]), age=R.randint(50, 75))
    gi = doctor("Gastroenterology")
    body = dedent(f"""
        Dear {p.title} {p.last},

        I'm writing with the results of the polyps removed during your colonoscopy on {dlong(-8)}. The pathologist found
        two tubular adenomas, both under 10 mm, removed completely. These are pre-cancerous polyps, and taking them out
        lowers your risk. There was no cancer.

        Because of these findings, your next colonoscopy should be in 7 years, around {CUR.year + 7}. We will send you
        a reminder.

        Sincerely,
        {gi.full}, {gi.creds}
        Riverside Gastroenterology
        """)
    pe = Person(p.first, p.last, domain="mail.example")
    return M("lab_result", "pathology result letter to a named patient (accented name, QP) with adenoma findings and surveillance interval",
             "Your pathology results", gi.addr(), pe.addr("full"), P(body, "quoted-printable"))


@gen("lab_result")
def lr_glucometer_txt():
    p = Patient(age=R.randint(40, 80))
    rn = staff("RN", "Staff Nurse", "6 North")
    cde = staff("RN, CDCES", "Inpatient Diabetes Nurse", "Diabetes Service")
    room = f"6{R.randint(10, 40)}"
    txt = [f"POC GLUCOSE DOWNLOAD - meter 6N-0{R.randint(1, 9)}", f"Patient: {p.lf}   MRN {p.mrn}   Room {room}", ""]
    for d_ in range(-2, 1):
        for hh, v in ((7, R.randint(190, 260)), (11, R.randint(220, 330)), (16, R.randint(200, 310)), (21, R.randint(180, 290))):
            txt.append(f"{day(d_, '%m/%d')} {hh:02d}:{R.randint(0, 59):02d}   {v} mg/dL")
    body = dedent(f"""
        {cde.first},

        Could you see {p.first} {p.last} in {room} today? Sugars have been running 200-330 on glargine 18 units and
        lispro correction only. Meter download attached. Started on prednisone 40 mg for COPD two days ago.

        {rn.sig(True)}
        """)
    return M("lab_result", "bedside glucose meter download (TXT) for a named inpatient with MRN; consult request",
             "Diabetes consult request", rn.addr(), cde.addr(), P(body, "7bit"), [TXT(f"poc_glucose_{d8()}.txt", "\n".join(txt) + "\n", "7bit")])


@gen("lab_result")
def lr_spanish():
    p = Patient(trad="hisp", age=R.randint(40, 70), sex="F")
    ma = staff("", "Asistente Médica", "Clínica Familiar Riverside")
    pe = Person(p.first, p.last, domain="correo.example")
    body = dedent(f"""
        Estimada Sra. {p.first} {p.last}:

        Le escribimos de parte de la Dra. {doctor('Family Medicine').last}. Su prueba de hemoglobina A1c del {day(-5)} salió en 7.9 %.
        La meta es menos de 7 %. Su colesterol LDL fue 128 mg/dL.

        La doctora quiere aumentar la metformina a 1000 mg dos veces al día y verla en la clínica en 3 meses. Por favor
        llame al {phone(0)} para hacer la cita.

        Atentamente,
        {ma.full}
        Clínica Familiar Riverside
        """)
    return M("lab_result", "Spanish result letter to a named patient with A1c and LDL values and a dose change",
             "Resultados de laboratorio", ma.addr(), pe.addr("full"), P(body, "quoted-printable"), lang="es-US")


@gen("lab_result")
def lr_hiv_vl():
    p = Patient(trad=R.choice(["nigerian", "afam", "eastafrican"]), age=R.randint(25, 60), sex="M")
    idn = staff("RN", "ID Clinic Nurse", "Infectious Diseases")
    cm = staff("MSW", "Ryan White Case Manager", "Infectious Diseases")
    body = dedent(f"""
        {cm.first},

        Good news for your recertification paperwork: {p.first}'s labs from {dshort(-4)} are back. HIV-1 RNA is undetectable
        (<20 copies/mL) and CD4 is 612 cells/uL (31%). He has been on Biktarvy without missed refills since January.

        That's {p.first} {p.last}, DOB {p.dob}. He asked whether the dental voucher can be renewed too.

        {idn.sig()}
        """)
    return M("lab_result", "HIV viral load and CD4 for a named patient with DOB, base64 body",
             "Labs for recert", idn.addr(), cm.addr(), P(body, "base64"))


@gen("lab_result")
def lr_gbs():
    p = Patient(trad="hmong", age=R.randint(22, 36), sex="F")
    mw = staff("CNM", "Certified Nurse Midwife", "Riverside Midwifery")
    ld = dl("Labor & Delivery Charge", "ld.charge")
    body = dedent(f"""
        L&D team - FYI for when she comes in: {p.first} {p.last} (36w2d, G2P1) is GBS positive on the {dshort(-3)} swab.
        Penicillin allergy listed as "rash as a child", low risk, so plan penicillin G per protocol. Husband speaks
        English; she prefers a Hmong interpreter.

        {mw.sig(True)}
        """)
    return M("lab_result", "prenatal GBS-positive result for a named pregnant patient sent to L&D",
             "GBS + FYI", mw.addr(), ld, P(body, "7bit"))


@gen("lab_result")
def lr_inr_json():
    p = Patient(age=R.randint(60, 88))
    svc = partner("", "homeinr-monitoring.example.org")
    ac = staff("PharmD", "Anticoagulation Pharmacist", "Anticoagulation Clinic")
    obj = {"service": "Home INR Self-Testing (example)", "patient": {"name": p.full, "dob": p.dob_d.isoformat(), "clinicPatientId": p.mrn},
           "therapy": {"drug": "warfarin", "targetRange": "2.0-3.0", "indication": "atrial fibrillation"},
           "results": [{"date": day(-21, "%Y-%m-%d"), "inr": 2.4}, {"date": day(-14, "%Y-%m-%d"), "inr": 2.7},
                       {"date": day(-7, "%Y-%m-%d"), "inr": 3.6}, {"date": day(0, "%Y-%m-%d"), "inr": 4.1, "flag": "HIGH"}]}
    body = dedent(f"""
        {EXT_BANNER}Out-of-range alert. The attached result file is for your patient {p.full}. Latest INR 4.1 (target
        2.0-3.0). The patient was told to expect a call from the clinic today.

        Home INR Monitoring Services (example) - clinical alerts desk
        """)
    return M("lab_result", "home INR monitoring JSON with named patient, DOB, MRN and high INR values (inbound)",
             "Out-of-range INR alert", svc.addr("full"), ac.addr(), P(body, "quoted-printable"), [JSONA("inr_alert.json", obj)], inbound=True)


@gen("lab_result")
def lr_mrsa_html():
    p = Patient(trad=R.choice(["arabic", "persian", "greek"]), age=R.randint(50, 85))
    ip = staff("RN, CIC", "Infection Preventionist", "Infection Prevention")
    rn = staff("RN", "Charge Nurse", "5 East")
    text = dedent(f"""
        Hi {rn.first},

        Bed 5{R.randint(10, 40)}B - {p.last}, {p.first} - admission MRSA nares PCR is POSITIVE. Please place on contact
        precautions and start the decolonization protocol (mupirocin nasal twice daily x 5 days, CHG bathing).

        {ip.sig()}
        """)
    inner = auto_html(text).replace("POSITIVE", "<b style='color:#c00'>POSITIVE</b>")
    return M("lab_result", "MRSA PCR positive for a named inpatient by bed, with isolation orders (HTML + plain)",
             "Isolation needed", ip.addr(), rn.addr(), ALT(text, inner))


@gen("lab_result")
def lr_urine_culture_reply():
    p = Patient(age=R.randint(25, 75), sex="F")
    np_ = doctor("Family Medicine", "CRNP")
    rn = staff("RN", "Triage Nurse", "Bramford Multispecialty")
    q = dedent(f"""
        From: {rn.full}
        Sent: {dlong(0)} 9:02 AM
        To: {np_.full}
        Subject: UA culture

        Urine culture back for {p.full} ({p.dob}) - E. coli >100,000 CFU/mL, resistant to ampicillin and TMP-SMX,
        sensitive to nitrofurantoin and cephalexin. She's still on the Bactrim from urgent care. Want to switch?
        """)
    body = f"Yes - stop Bactrim, start nitrofurantoin 100 mg twice daily x 5 days. Let her know.\n\n{np_.full}, CRNP\n\n" + \
        "\n".join("> " + l if l else ">" for l in q.strip().split("\n")) + "\n"
    return M("lab_result", "reply chain with a named patient's urine culture and susceptibilities plus antibiotic switch",
             "RE: UA culture", np_.addr(), rn.addr(), P(body, "7bit"))


# =============================================================================================
# POSITIVES: imaging


@gen("imaging")
def im_ct_nodule():
    p = Patient(age=R.randint(50, 78))
    rad = doctor("Radiology")
    pcp = doctor("Internal Medicine")
    body = dedent(f"""
        Dr. {pcp.last},

        Courtesy note on your patient {p.full} (DOB {p.dob}). CT abdomen/pelvis on {dshort(-1)} for flank pain showed a
        kidney stone, but also an incidental 9 mm solid nodule in the right lower lobe (image 41, series 3), not
        seen on the 2019 chest film. Per Fleischner guidelines, recommend CT chest in 3 months, or PET/CT given the
        smoking history.

        The full report is in the chart (accession {acc()}).

        {rad.full}, MD
        Body Imaging
        """)
    return M("imaging", "radiologist courtesy note on a named patient's incidental lung nodule with DOB and accession",
             "Incidental finding - please review", rad.addr(), pcp.addr(), P(body, "7bit"))


@gen("imaging")
def im_mri_lumbar():
    p = Patient(age=R.randint(30, 65))
    spine = doctor("Physical Medicine & Rehabilitation", "DO")
    text = dedent(f"""
        {p.title} {p.last},

        Your lumbar spine MRI from {dshort(-3)} showed a disc herniation at L5-S1 pressing on the right S1 nerve root, which
        fits the pain going down your right leg. There is no sign of anything dangerous such as infection or tumor.

        Next steps: physical therapy twice a week for 6 weeks, and we can discuss an epidural steroid injection at your
        follow-up on {dlong(14)}. Call sooner if you have weakness, numbness in the groin, or trouble with bladder or
        bowel control.

        {spine.full}, {spine.creds}
        Riverside Spine Center
        """)
    inner = auto_html(text)
    pe = Person(p.first, p.last, domain="outlook.example")
    return M("imaging", "MRI lumbar result explained to the named patient with follow-up plan (alternative parts)",
             "MRI results", spine.addr(), pe.addr("full"), ALT(text, inner, "base64"))


@gen("imaging")
def im_mammo_callback():
    p = Patient(age=R.randint(40, 72), sex="F")
    bc = staff("", "Breast Center Scheduler", "Breast Center")
    lines = ["# Riverside Breast Center", day(0, "%B ") + str(CUR.day) + day(0, ", %Y"), "", p.full, p.street, f"{p.town}, {p.state} {p.zip}", "",
             f"Dear {p.title} {p.last},", "", f"Your screening mammogram on {day(-4)} needs additional images. The result is BI-RADS 0:",
             "incomplete - additional imaging evaluation needed. This is common; most call-backs are not cancer.", "",
             "We have scheduled a diagnostic mammogram and ultrasound of the left breast:", f"   {dlong(6)} at 9:15 a.m., Tower A, 2nd floor",
             "", f"Questions: {phone(0)}", "", "Riverside Breast Center"]
    body = dedent(f"""
        Attached is the call-back letter for {p.full} for mailing today. Also sent to her portal.

        {bc.sig(True)}
        """)
    return M("imaging", "mammogram BI-RADS 0 call-back letter PDF with the patient's name and home address",
             "Call-back letter to mail", bc.addr(), dl("Breast Center Front Desk", "breast.frontdesk"), P(body, "7bit"), [PDF("callback_letter.pdf", lines)])


@gen("imaging")
def im_ob_us_txt():
    p = Patient(trad=R.choice(["southasian", "filipino", "chinese"]), age=R.randint(24, 40), sex="F")
    mfm = doctor("Maternal-Fetal Medicine")
    ob = doctor("Obstetrics & Gynecology")
    rep = dedent(f"""
        OBSTETRIC ULTRASOUND - DETAILED ANATOMY (76811)
        Patient: {p.lf}   DOB: {p.dob}   MRN: {p.mrn}
        LMP-based GA: 20w3d   EDD: {day(137)}
        Single live intrauterine pregnancy, FHR 148 bpm.
        Biometry: BPD 47 mm, HC 177 mm, AC 152 mm, FL 32 mm. EFW 338 g (41st percentile).
        Placenta: posterior, 1.2 cm from the internal os - low-lying.
        Anatomy: complete; no anomalies seen. Cervical length 36 mm.
        IMPRESSION: Low-lying placenta. Recommend follow-up transvaginal ultrasound at 32 weeks.
        {mfm.full}, MD - Maternal-Fetal Medicine
        """)
    body = dedent(f"""
        Dr. {ob.last} - anatomy scan report for your patient {p.first} {p.last} attached. Low-lying placenta; we will
        rescan her at 32 weeks. Please counsel about pelvic rest.

        {mfm.sig(True)}
        """)
    return M("imaging", "OB anatomy ultrasound report (TXT) with name, DOB, MRN, EDD and findings",
             "Anatomy scan report", mfm.addr(), ob.addr(), P(body, "quoted-printable"), [TXT("ob_us_report.txt", rep, "base64")])


@gen("imaging")
def im_fwd_uc_xray():
    p = Patient(age=R.randint(10, 17), sex="M")
    uc = partner("", "quickcare-urgent.example.org")
    ortho = doctor("Orthopaedic Surgery")
    parent = ext_person()
    inner_text = dedent(f"""
        Patient: {p.full}   DOB: {p.dob}
        XR WRIST 3 VIEWS RIGHT - {day(-1)}
        Findings: Transverse fracture of the distal radial metaphysis with 10 degrees dorsal angulation. Physis
        intact. Ulnar styloid intact.
        Impression: Distal radius fracture, right.
        Plan at urgent care: sugar-tong splint; follow up with orthopaedics within 1 week.
        """)
    inner = inner_msg("X-ray report", uc.addr("full"), parent.addr("full"), P(inner_text), when=CUR - datetime.timedelta(hours=18))
    body = dedent(f"""
        Hello,

        My son {p.first} broke his wrist at soccer and the urgent care told us to see orthopaedics this week. I'm forwarding
        the x-ray report they e-mailed me. Can Dr. {ortho.last} see him? His pediatrician is at Riverside Pediatrics.

        Thank you,
        {parent.full}
        {phone(0)}
        """)
    return M("imaging", "parent forwards a child's wrist x-ray report (rfc822) and asks for an orthopaedic appointment",
             "FW: X-ray report", parent.addr("full"), dl("Orthopaedics Scheduling", "ortho.scheduling"), P(body, "7bit"), [Fwd(inner)], inbound=True)


@gen("imaging")
def im_dexa():
    p = Patient(age=R.randint(60, 80), sex="F", trad=R.choice(["italian", "irish", "slavic", "japanese"]))
    endo = doctor("Endocrinology")
    pe = Person(p.first, p.last, domain="mail.example")
    body = dedent(f"""
        Dear {p.title} {p.last},

        Your bone density (DEXA) scan from {dlong(-7)} shows osteoporosis: T-score -2.8 at the lumbar spine and -2.3 at
        the left femoral neck. Compared with your scan in 2021, spine density fell 4%.

        I recommend starting alendronate 70 mg once a week, with calcium 1,200 mg and vitamin D 800 units daily. Please
        see the dentist before starting if you have any planned dental work. We will repeat the scan in 2 years.

        {endo.full}, {endo.creds}
        Riverside Endocrinology
        """)
    return M("imaging", "DEXA result letter to a named patient with T-scores and treatment (QP)",
             "Bone density results", endo.addr(), pe.addr("full"), P(body, "quoted-printable"))


@gen("imaging")
def im_echo():
    p = Patient(age=R.randint(50, 85))
    card = doctor("Cardiology")
    hf = staff("RN", "Heart Failure Nurse Navigator", "Cardiology")
    text = dedent(f"""
        {hf.first},

        Echo on {p.full} (MRN {p.mrn}) from this morning: LVEF 25-30%, global hypokinesis, moderate functional mitral
        regurgitation, RVSP 48 mmHg. New since the 2022 study (EF 50%). {p.he.capitalize()} meets criteria for the HF clinic -
        please get {p.him} in within 2 weeks and start the GDMT titration pathway.

        {card.sig(True)}
        """)
    inner = auto_html(text)
    return M("imaging", "echocardiogram result (EF 25-30%) for a named patient with MRN, sent to HF navigator",
             "New low EF - clinic referral", card.addr(), hf.addr(), ALT(text, inner, "base64"))


@gen("imaging")
def im_petct():
    p = Patient(age=R.randint(45, 80))
    rad = doctor("Nuclear Medicine")
    nav = staff("RN, OCN", "Thoracic Oncology Navigator", "Cancer Center")
    body = dedent(f"""
        {nav.first} - PET/CT for {p.last}, {p.first} is read (acc {acc()}). Right upper lobe mass 3.4 cm, SUVmax 14.2;
        FDG-avid right hilar (SUV 6.1) and subcarinal (SUV 5.4) nodes; no distant disease. Likely stage IIIA pending
        EBUS. Can you put {p.him} on Thursday's thoracic tumor board?

        {rad.sig(True)}
        """)
    return M("imaging", "PET/CT staging result for a named patient sent to the oncology navigator",
             "PET/CT read", rad.addr(), nav.addr(), P(body, "7bit"))


@gen("imaging")
def im_dicom_xml():
    p = Patient(age=R.randint(30, 85))
    pacs = staff("", "PACS Administrator", "Imaging Informatics")
    v = partner("", "cloudpacs-support.example.org")
    xml = dedent(f"""
        <?xml version="1.0" encoding="UTF-8"?>
        <NativeDicomModel>
          <DicomAttribute tag="00100010" keyword="PatientName" vr="PN"><PersonName number="1"><Alphabetic><FamilyName>{esc(fold_ascii(p.last).upper())}</FamilyName><GivenName>{esc(fold_ascii(p.first).upper())}</GivenName></Alphabetic></PersonName></DicomAttribute>
          <DicomAttribute tag="00100020" keyword="PatientID" vr="LO"><Value number="1">{p.mrn}</Value></DicomAttribute>
          <DicomAttribute tag="00100030" keyword="PatientBirthDate" vr="DA"><Value number="1">{p.dob8}</Value></DicomAttribute>
          <DicomAttribute tag="00080050" keyword="AccessionNumber" vr="SH"><Value number="1">{acc()}</Value></DicomAttribute>
          <DicomAttribute tag="00081030" keyword="StudyDescription" vr="LO"><Value number="1">CT HEAD WO CONTRAST</Value></DicomAttribute>
          <DicomAttribute tag="00081080" keyword="AdmittingDiagnosesDescription" vr="LO"><Value number="1">Fall, on apixaban</Value></DicomAttribute>
        </NativeDicomModel>
        """)
    body = dedent(f"""
        {v.first},

        Study still fails to route to the cloud archive (ticket {R.randint(100000, 999999)}). Header dump of the failing study attached as
        you asked. It is a real patient study, so please delete after troubleshooting.

        {pacs.sig()}
        """)
    return M("imaging", "DICOM header XML for a named patient's head CT (name, MRN, DOB, diagnosis) sent to PACS vendor",
             "Routing failure - header dump", pacs.addr(), v.addr("full"), P(body, "7bit"), [XMLA("dicom_header.xml", xml)])


@gen("imaging")
def im_vq():
    p = Patient(trad="korean", age=R.randint(30, 60), sex="F")
    rad = doctor("Nuclear Medicine")
    ob = doctor("Obstetrics & Gynecology")
    inner = dedent(f"""
        <p class="MsoNormal">Dr. {esc(ob.last)},</p>
        <p class="MsoNormal">Your patient <b>{esc(p.full)}</b>, DOB {dob_span(p)}, 31 weeks pregnant - V/Q scan today is
        <b>high probability</b> for pulmonary embolism (mismatched segmental defects in the right lower lobe and left
        lingula). ED has been called and heparin started.</p>
        <p class="MsoNormal">{esc(rad.full)}, MD<br>Nuclear Medicine</p>
        """)
    return M("imaging", "V/Q scan high probability for PE in a named pregnant patient, DOB split in spans (HTML only)",
             "V/Q result - urgent", rad.addr(), ob.addr(), H(inner, "quoted-printable"))


@gen("imaging")
def im_critical_csv():
    coord = staff("", "Radiology Quality Coordinator", "Radiology")
    qa = staff("MD", "Vice Chair for Quality", "Radiology")
    rows = [["Accession", "Patient", "MRN", "Exam", "Critical finding", "Communicated to", "Minutes to communicate"]]
    findings = [("CT HEAD", "acute subdural hematoma"), ("CTA CHEST", "pulmonary embolism"), ("XR CHEST", "tension pneumothorax"),
                ("US SCROTUM", "testicular torsion"), ("CT ABD", "free air"), ("MRI BRAIN", "acute infarct")]
    for ex, f in findings:
        p = Patient()
        rows.append([acc(), p.lf, p.mrn, ex, f, f"Dr. {staff().last}", str(R.randint(4, 58))])
    body = dedent(f"""
        Dr. {qa.last},

        Weekly critical-result communication log attached for the quality review. One outlier (58 minutes) - the ordering
        provider was in surgery; the backup pathway worked but was slow.

        {coord.sig()}
        """)
    return M("imaging", "critical imaging result log CSV with patient names, MRNs and findings",
             "Critical results log", coord.addr(), qa.addr(), P(body, "base64"), [CSV("critical_results_week.csv", rows)])


@gen("imaging")
def im_portable_cxr():
    p = Patient(age=R.randint(45, 85), sex="M")
    res = staff("MD", "Resident", "Critical Care")
    rad = doctor("Radiology")
    body = dedent(f"""
        Quick one - the gentleman in ICU bed 7, {p.title} {p.last}: portable chest film after the right IJ line shows
        the catheter tip at the cavoatrial junction, no pneumothorax. OK to use. Stable left lower lobe consolidation.
        ETT 4 cm above the carina.

        {rad.full}, MD
        """)
    return M("imaging", "portable chest x-ray read for an ICU patient identified by title, surname and bed",
             "Line check CXR", rad.addr(), res.addr(), P(body, "base64"))


# =============================================================================================
# POSITIVES: appointment


@gen("appointment")
def ap_cath_calendar():
    p = Patient(trad="arabic", age=R.randint(50, 75), sex="M")
    nav = staff("RN", "Cath Lab Nurse Navigator", "Cardiology")
    team = [staff("RN", "", "Cath Lab"), doctor("Cardiology")]
    desc = (f"Pre-procedure teaching for {p.title} {p.full} (MRN {p.mrn}) before left heart catheterization on {dlong(3)}.\n"
            f"Hold metformin 48 h after contrast. Arabic interpreter booked. Son will attend.")
    cal = CAL(f"Cath teaching - {p.last}", at(1, 14), 45, "Heart & Vascular, room 412", desc, nav, team)
    text = desc + "\n\n" + nav.sig(True) + "\n"
    return M("appointment", "calendar invitation for a named patient's pre-catheterization teaching with MRN",
             f"Cath teaching - {p.last}", nav.addr(), ", ".join(t.addr() for t in team), ALT(text, None, "quoted-printable", cal))


@gen("appointment")
def ap_endo_schedule_csv():
    ch = staff("RN", "Charge Nurse", "Endoscopy")
    rows = [["Time", "Patient", "DOB", "Procedure", "Physician", "Prep", "Ride confirmed"]]
    for hh in (7, 8, 9, 10, 11, 13):
        p = Patient(age=R.randint(45, 80))
        rows.append([f"{hh:02d}:{R.choice(['00', '30'])}", p.lf, p.dob, R.choice(["Colonoscopy", "EGD", "EGD + colonoscopy", "Flex sig"]),
                     f"Dr. {doctor('Gastroenterology').last}", R.choice(["split-dose PEG", "split-dose PEG", "n/a"]), R.choice(["Y", "Y", "N - call"])])
    body = dedent(f"""
        Tomorrow's schedule for room 2. Two rides still unconfirmed - front desk please call this afternoon, no procedure
        without a driver.

        {ch.sig(True)}
        """)
    return M("appointment", "endoscopy schedule CSV with patient names, DOBs and procedures",
             "Room 2 - tomorrow", ch.addr(), dl("Endoscopy Front Desk", "endo.frontdesk"), P(body, "7bit"), [CSV(f"endo_room2_{d8(1)}.csv", rows)])


@gen("appointment")
def ap_chemo_teaching():
    p = Patient(trad="dine", age=R.randint(45, 75), sex="F")
    rn = staff("RN, OCN", "Infusion Nurse Educator", "Cancer Center")
    sch = staff("", "Scheduler", "Cancer Center")
    body = dedent(f"""
        {sch.first},

        Ms. {p.last}'s chemo teaching has to move to {dlong(3)} at 1 p.m. - her daughter can only drive her that day.
        First cycle of carboplatin/paclitaxel stays on {dlong(8)}. Please move her port flush to the same visit as the
        teaching so she only makes one trip from Kettle Run.

        Thanks,
        {rn.sig(True)}
        """)
    return M("appointment", "named oncology patient's chemo teaching rescheduled, regimen and first-cycle date",
             "Reschedule teaching", rn.addr(), sch.addr(), P(body, "7bit"))


@gen("appointment")
def ap_rheum_patient():
    p = Patient(age=R.randint(30, 70))
    sch = staff("", "Patient Access Representative", "Rheumatology")
    r = doctor("Rheumatology")
    pe = Person(p.first, p.last, domain="gmail.example")
    inner = dedent(f"""
        <p class="MsoNormal">Hello {esc(p.first)},</p>
        <p class="MsoNormal">Your new-patient visit with <b>Dr. {esc(r.full)}</b> in <b>Rheumatology</b> is confirmed:</p>
        <table class="rh"><tr><td>Date</td><td>{esc(dlong(18))}</td></tr><tr><td>Time</td><td>10:40 a.m. (arrive 10:20)</td></tr>
        <tr><td>Place</td><td>Tower A Specialty Clinics, 3rd floor</td></tr>
        <tr><td>Reason</td><td>Referral for possible rheumatoid arthritis</td></tr></table>
        <p class="MsoNormal">Please have the x-rays of both hands done at any Riverside imaging site before the visit,
        and bring a list of your medicines.</p>
        <p class="MsoNormal">{esc(sch.full)}<br>Rheumatology scheduling, {phone(0)}</p>
        """)
    text = (f"Hello {p.first},\n\nYour new-patient visit with Dr. {r.full} in Rheumatology is confirmed for {dlong(18)} at 10:40 a.m. "
            f"(Tower A, 3rd floor). Reason: referral for possible rheumatoid arthritis. Please get hand x-rays first.\n\n{sch.full}\n")
    return M("appointment", "appointment confirmation to a named patient with specialty and reason (possible RA)",
             "Appointment confirmed", sch.addr(), pe.addr("full"), ALT(text, inner))


@gen("appointment")
def ap_sleep_study():
    p = Patient(age=R.randint(35, 70), sex="M")
    sl = staff("RPSGT", "Sleep Lab Coordinator", "Sleep Medicine")
    pcp = doctor("Family Medicine")
    body = dedent(f"""
        Dr. {pcp.last},

        Your patient {p.full} (DOB {p.dob}) is scheduled for an in-lab split-night polysomnogram on {dlong(11)} at 8:30 p.m.
        for suspected obstructive sleep apnea (STOP-BANG 6, BMI 38). His insurer denied a home study because of his
        COPD, so the in-lab study was authorized. Results usually take 7-10 days.

        {sl.sig()}
        """)
    return M("appointment", "sleep study booking for a named patient with DOB, suspected OSA, BMI",
             "Sleep study scheduled", sl.addr(), pcp.addr(), P(body, "quoted-printable"))


@gen("appointment")
def ap_preop_pdf():
    p = Patient(age=R.randint(30, 70))
    pat = staff("RN", "Pre-Admission Testing Nurse", "Surgical Services")
    lines = ["# Your surgery at Riverside Health", f"Patient: {p.full}   Date of birth: {p.dob}", "",
             f"Procedure: laparoscopic cholecystectomy (gallbladder removal) with Dr. {doctor('General Surgery').last}",
             f"Date: {dlong(9)}    Arrive: 6:00 a.m., Tower A Surgery Check-In, 2nd floor", "",
             "## Before surgery", "Nothing to eat after midnight. Clear liquids until 4:00 a.m.",
             "Take your metoprolol with a sip of water the morning of surgery.", "Stop ibuprofen and naproxen 7 days before.",
             "Hold your semaglutide injection for 1 week before surgery.", "", "## Bring", "Photo ID, insurance card, a driver.",
             "", f"Questions: Pre-Admission Testing {phone(0)}"]
    body = dedent(f"""
        Hi {p.first}, as we discussed on the phone, your pre-op instructions are attached. Please read them tonight.

        {pat.sig()}
        """)
    pe = Person(p.first, p.last, domain="yahoo.example")
    return M("appointment", "pre-op instruction PDF for a named patient with surgery date and medication holds",
             "Your surgery instructions", pat.addr(), pe.addr("full"), P(body, "7bit"), [PDF("preop_instructions.pdf", lines, flate=True)])


@gen("appointment")
def ap_transplant_itinerary():
    p = Patient(age=R.randint(35, 65))
    tc = staff("RN", "Transplant Coordinator", "Kidney Transplant")
    rows = [["Time", "Visit", "Location"], ["08:00", "Labs: HLA typing, PRA, CMV/EBV serologies", "Lab draw, Tower A 1st floor"],
            ["09:00", "Nephrology - Dr. " + doctor("Nephrology").last, "Transplant Clinic"], ["10:30", "Transplant surgery consult", "Transplant Clinic"],
            ["12:00", "Social work and financial counseling", "Room 5"], ["13:30", "Dietitian", "Room 7"], ["14:30", "CT angiogram abdomen", "Imaging, Tower B"]]
    inner = f"<h2>Kidney transplant evaluation day - {esc(p.full)}</h2><p>DOB {esc(p.dob)} &middot; dialysis MWF</p>" + table(rows) + \
        "<p>Please skip dialysis only if the dialysis unit agrees; bring a support person.</p>"
    body = dedent(f"""
        {p.first}, your evaluation-day itinerary is attached. Bring it with you on {dlong(20)}.

        {tc.sig()}
        """)
    pe = Person(p.first, p.last, domain="gmail.example")
    return M("appointment", "transplant evaluation itinerary (HTML attachment) for a named dialysis patient with DOB",
             "Evaluation day itinerary", tc.addr(), pe.addr("full"), P(body, "7bit"), [HTMLA("evaluation_itinerary.html", inner)])


@gen("appointment")
def ap_wound_followup():
    p = Patient(age=R.randint(55, 85))
    wc = staff("RN, CWS", "Wound Center Nurse", "Wound Care Center")
    hh = partner("", "caringhands-homehealth.example.org")
    body = dedent(f"""
        {hh.first},

        {p.full}'s next wound center visit is {dlong(7)} at 2:00 p.m. (right heel diabetic foot ulcer, Wagner 2). Please
        continue the silver alginate dressing three times a week until then and send measurements from Friday's visit.
        Offloading boot must stay on.

        {wc.sig()}
        """)
    return M("appointment", "wound clinic follow-up for a named patient with ulcer type and dressing orders to home health",
             "Next wound visit", wc.addr(), hh.addr("full"), P(body, "base64"))


@gen("appointment")
def ap_audiology_parent():
    p = Patient(age=R.randint(3, 8), sex=R.choice("FM"))
    mom = ext_person()
    body = dedent(f"""
        {EXT_BANNER}Hi,

        My {'daughter' if p.sex == 'F' else 'son'} {p.first} {p.last} (DOB {p.dob}) failed the hearing screen at school and the
        pediatrician put in a referral to audiology. The letter says to call but the line keeps disconnecting. Could
        you book {p.him} for a hearing test and ENT visit? Any Tuesday or Thursday after 3 works.

        Thanks,
        {mom.full}
        """)
    return M("appointment", "parent e-mails to book audiology/ENT for a named child with DOB after failed hearing screen",
             "Hearing test appointment", mom.addr("full"), dl("Audiology Scheduling", "audiology.scheduling"), P(body, "7bit"), inbound=True)


@gen("appointment")
def ap_bh_intake():
    p = Patient(age=R.randint(18, 60))
    ic = staff("LPC", "Intake Coordinator", "Outpatient Behavioral Health")
    th = doctor("Behavioral Health", "LCSW")
    body = dedent(f"""
        {th.first},

        New intake on your schedule: {p.full}, {dlong(4)} at 11:00 (telehealth). Referred by {p.his} PCP for panic attacks
        and depression, PHQ-9 of 17 at the referral visit, no current suicidal ideation reported. Prefers afternoons
        after this first visit.

        {ic.sig()}
        """)
    return M("appointment", "behavioral health intake booked for a named patient with symptoms and PHQ-9 score",
             "New intake", ic.addr(), th.addr(), P(body, "quoted-printable"))


@gen("appointment")
def ap_pt_knee():
    p = Patient(trad="slavic", age=R.randint(55, 80), sex="M")
    pt = staff("DPT", "Physical Therapist", "Outpatient Rehab")
    text = dedent(f"""
        Hi team,

        Mr. {p.last} ({p.full}) is 10 days out from a right total knee replacement. Booked twice a week for 6 weeks,
        starting {dlong(2)}, Harmon Falls clinic. Current flexion 85 degrees, extension -5. He's on aspirin 81 mg
        twice daily for DVT prophylaxis. Please keep him on the same PT each visit if possible.

        {pt.sig(True)}
        """)
    return M("appointment", "PT booking for a named patient after knee replacement with range of motion and medication",
             "PT schedule - TKA", pt.addr(), dl("Rehab Front Desk", "rehab.frontdesk"), ALT(text))


@gen("appointment")
def ap_eylea_spanish():
    p = Patient(trad="hisp", age=R.randint(65, 85))
    rc = staff("", "Coordinadora", "Retina Center")
    hija = ext_person("correo.example", "F")
    body = dedent(f"""
        Hola {hija.first},

        Le confirmo las próximas inyecciones de aflibercept (Eylea) en el ojo derecho para su {'mamá' if p.sex == 'F' else 'papá'}, {p.full}:

          {dlong(14)} - 9:30 a. m.
          {dlong(42)} - 9:30 a. m.
          {dlong(70)} - 10:00 a. m.

        Es para la degeneración macular húmeda. Recuerde que no puede manejar después de la inyección.

        Saludos,
        {rc.full}
        Centro de Retina Riverside
        """)
    return M("appointment", "Spanish: retina injection schedule for a named parent sent to the daughter (wet AMD)",
             "Citas de inyecciones", rc.addr(), hija.addr("full"), P(body, "quoted-printable"), lang="es-US")


@gen("appointment")
def ap_mri_sedation_json():
    p = Patient(age=R.randint(2, 9))
    sch = staff("", "Integration Analyst", "IS Interfaces")
    obj = {"appointmentId": f"APT{digits(9)}", "status": "booked", "start": f"{day(5, '%Y-%m-%d')}T07:30:00-04:00",
           "service": "MRI brain with and without contrast - pediatric sedation",
           "patient": {"mrn": p.mrn, "name": p.lf, "birthDate": p.dob_d.isoformat()},
           "reasonCode": [{"code": "G40.909", "display": ICD["G40.909"]}],
           "instructions": "NPO solids 6 h, clear liquids until 2 h before; anesthesia pre-call day before"}
    body = dedent(f"""
        Sample payload from the scheduling API that the portal rejected (schema error on reasonCode). This is a live
        booking, so the file is for the interface team only.

        {sch.sig()}
        """)
    return M("appointment", "scheduling API JSON for a named child's sedated MRI with MRN, DOB and epilepsy code",
             "Portal rejected appointment payload", sch.addr(), dl("Interface Team", "interface.team"), P(body, "7bit"), [JSONA("appointment_payload.json", obj)])


# =============================================================================================
# POSITIVES: discharge


@gen("discharge")
def dc_summary_plain():
    p = Patient(age=R.randint(55, 85))
    hosp = doctor("Hospital Medicine")
    pcp = doctor("Internal Medicine")
    body = dedent(f"""
        DISCHARGE SUMMARY
        Patient: {p.lf}    MRN: {p.mrn}    DOB: {p.dob}
        Admitted: {day(-5)}    Discharged: {day(0)}
        Attending: {hosp.full}, {hosp.creds}    PCP: Dr. {pcp.last}

        Diagnoses:
          1. COPD with acute exacerbation (J44.1)
          2. Community-acquired pneumonia, right lower lobe (J18.9)
          3. Type 2 diabetes with hyperglycemia (E11.65), steroid-related

        Course: Treated with ceftriaxone and azithromycin, prednisone 40 mg, nebulized albuterol/ipratropium. Weaned
        from 4 L to room air by day 4. Glucose managed with basal-bolus insulin.

        Discharge medications: prednisone 40 mg daily x 2 more days; cefpodoxime 200 mg twice daily x 3 days;
        tiotropium 18 mcg inhaled daily (new); albuterol HFA as needed; metformin 1000 mg twice daily (resume).

        Follow-up: PCP within 7 days; pulmonary function tests in 6 weeks.
        """)
    return M("discharge", "discharge summary with name, MRN, DOB, ICD-10 diagnoses and medications (plain 7bit)",
             "Discharge summary", hosp.addr(), pcp.addr(), P(body, "7bit"))


@gen("discharge")
def dc_snf_handoff():
    p = Patient(age=R.randint(70, 92))
    cm = staff("RN", "Case Manager", "Care Management")
    snf = partner("", "maplegrove-snf.example.org")
    rows = [["Medication", "Dose", "Route", "Frequency", "Last given"], ["apixaban", "2.5 mg", "PO", "twice daily", day(0, "%m/%d") + " 09:00"],
            ["furosemide", "20 mg", "PO", "daily", day(0, "%m/%d") + " 09:00"], ["metoprolol succinate", "25 mg", "PO", "daily", day(0, "%m/%d") + " 09:00"],
            ["acetaminophen", "650 mg", "PO", "every 6 h as needed", day(0, "%m/%d") + " 06:10"]]
    inner = auto_html(f"{snf.first},\n\nHand-off for {p.full} (DOB {p.dob}), transferring to Maple Grove today by wheelchair van at 14:00, room 118B.\n"
                      f"Admitted after a fall with left hip fracture (S72.002A), hemiarthroplasty {dshort(-4)}. Weight bearing as tolerated. "
                      "Atrial fibrillation on apixaban. Mild delirium resolved.") + table(rows) + auto_html("\nCall with questions.\n\n" + cm.sig())
    return M("discharge", "SNF transfer hand-off for a named patient with DOB, hip fracture code and medication table (HTML)",
             "Transfer today - hand-off", cm.addr(), snf.addr("full"), H(inner, "base64"))


@gen("discharge")
def dc_hf_pdf():
    p = Patient(age=R.randint(50, 85))
    rn = staff("RN", "Discharge Nurse", "Cardiac Step-Down")
    lines = [f"# Discharge Instructions - {p.full}", f"DOB {p.dob}   MRN {p.mrn}   Discharged {day(0)}", "",
             "Diagnosis: acute on chronic systolic heart failure (I50.23)", "Your dry weight: 182 lb. Weigh every morning.",
             "Call the HF clinic if you gain 3 lb in a day or 5 lb in a week.", "", "## Medicines",
             "sacubitril-valsartan 24-26 mg twice daily (NEW)", "metoprolol succinate 50 mg daily (DOSE INCREASED)",
             "furosemide 40 mg daily", "empagliflozin 10 mg daily (NEW)", "STOP lisinopril", "",
             "## Appointments", f"Heart failure clinic {dlong(6)} 10:00", f"Lab (BMP) {dlong(5)}"]
    body = dedent(f"""
        Copy of {p.first} {p.last}'s discharge instructions for the HF clinic chart prep, as requested.

        {rn.sig(True)}
        """)
    return M("discharge", "HF discharge instructions PDF with name, DOB, MRN, diagnosis and medication changes",
             "DC instructions - HF clinic", rn.addr(), dl("Heart Failure Clinic", "hf.clinic"), P(body, "quoted-printable"), [PDF("dc_instructions.pdf", lines, flate=True)])


@gen("discharge")
def dc_cm_note():
    p = Patient(trad="pacific", age=R.randint(45, 80))
    cm = staff("RN", "Case Manager", "Care Management")
    sw = staff("MSW", "Social Worker", "Care Management")
    body = dedent(f"""
        {sw.first} - update on {p.first} {p.last} on 4 West: plan is discharge home Thursday with home health (PT, RN for
        IV ertapenem through the PICC until {dshort(10)}). Family meeting went well; the nephew will stay with {p.him}.
        Still need the home infusion pharmacy to confirm the first delivery. Can you finish the Meals on Wheels form?

        {cm.sig(True)}
        """)
    return M("discharge", "case manager's discharge plan for a named inpatient (home health, IV antibiotic via PICC), no identifiers",
             "4W discharge Thursday", cm.addr(), sw.addr(), P(body, "7bit"))


@gen("discharge")
def dc_call_log_csv():
    rn = staff("RN", "Transitions Nurse", "Population Health")
    mgr = staff("RN", "Manager", "Population Health")
    rows = [["Patient", "DOB", "Discharged", "Dx", "Call 1", "Outcome", "Follow-up booked"]]
    for i in range(8):
        p = Patient(age=R.randint(40, 90))
        c = R.choice(["I50.9", "J44.1", "N39.0", "A41.9", "I63.9", "K57.32"])
        rows.append([p.lf, p.dob, day(-R.randint(1, 4)), c, day(0, "%m/%d"), R.choice(["reached - doing well", "reached - needs refill", "no answer - VM", "reached - back to ED"]),
                     R.choice(["Y", "N", "Y"])])
    body = "Post-discharge call log for today is attached.\n\n" + rn.sig(True) + "\n"
    return M("discharge", "post-discharge call log CSV with named patients, DOBs, discharge dates and diagnosis codes",
             "Post-discharge calls", rn.addr(), mgr.addr(), P(body, "7bit"), [CSV("pdc_calls.csv", rows, "base64")])


@gen("discharge")
def dc_ama():
    p = Patient(age=R.randint(25, 60), sex="M")
    hosp = doctor("Hospital Medicine")
    pcp = doctor("Family Medicine", domain="northsidefamily.example.org")
    body = dedent(f"""
        Dr. {pcp.last},

        Your patient {p.full} (DOB {p.dob}) left against medical advice this afternoon, day 2 of treatment for
        cellulitis of the right lower leg (L03.115) with early sepsis. Blood cultures pending. He declined the
        discharge prescription at first but accepted cephalexin 500 mg four times daily and doxycycline 100 mg twice
        daily. Capacity was documented. Please try to see him in the next 48 hours.

        {hosp.sig()}
        """)
    return M("discharge", "AMA discharge notice to outside PCP for a named patient with DOB, cellulitis and sepsis, base64",
             "AMA discharge - your patient", hosp.addr(), pcp.addr(), P(body, "base64"))


@gen("discharge")
def dc_nicu_baby():
    mom = Patient(trad="japanese", age=R.randint(25, 38), sex="F")
    nn = staff("NNP-BC", "Neonatal Nurse Practitioner", "NICU")
    ped = doctor("Pediatrics")
    body = dedent(f"""
        Dr. {ped.last},

        Baby Boy {mom.last} (mother {mom.full}, MRN {mom.mrn}) goes home from the NICU tomorrow. Born at 34w1d, now 36w4d,
        weight 2,310 g. Hyperbilirubinemia treated with phototherapy x 3 days (P59.0), last bilirubin 9.8 mg/dL. Feeds
        breast milk with 24 kcal fortifier. Hearing screen passed, car seat test passed. Hep B vaccine given.

        First visit with you is {dlong(2)}; please recheck bilirubin and weight.

        {nn.sig()}
        """)
    return M("discharge", "NICU discharge of 'Baby Boy <surname>' identified through the named mother with MRN (QP)",
             "NICU discharge tomorrow", nn.addr(), ped.addr(), P(body, "quoted-printable"))


@gen("discharge")
def dc_medrec_txt():
    p = Patient(age=R.randint(60, 90))
    ph = staff("PharmD", "Transitions Pharmacist", "Pharmacy")
    txt = dedent(f"""
        DISCHARGE MEDICATION RECONCILIATION
        {p.lf}   MRN {p.mrn}   DOB {p.dob}   Discharge {day(0)}

        CONTINUE  levothyroxine 88 mcg daily
        CONTINUE  atorvastatin 40 mg nightly
        CHANGE    lisinopril 20 mg -> 10 mg daily (AKI, creatinine 1.9 -> 1.3)
        NEW       cephalexin 500 mg four times daily through {day(4)} (UTI)
        STOP      glipizide 5 mg (hypoglycemia on admission, glucose 48 mg/dL)
        HOLD      ibuprofen - avoid NSAIDs
        """)
    body = f"Med rec for {p.first} {p.last} is attached for the PCP office fax.\n\n{ph.sig(True)}\n"
    return M("discharge", "discharge medication reconciliation TXT with name/MRN/DOB and changes tied to AKI and hypoglycemia",
             "Discharge med rec", ph.addr(), dl("Transitions Team", "transitions"), P(body, "7bit"), [TXT("discharge_medrec.txt", txt, "quoted-printable")])


@gen("discharge")
def dc_fwd_outside():
    p = Patient(age=R.randint(40, 80))
    oh = partner("", "stlukes-valley.example.org")
    pcp = doctor("Internal Medicine")
    ma = staff("", "Medical Assistant", "Riverside Internal Medicine")
    inner_text = dedent(f"""
        St. Luke's Valley Hospital (example) - Discharge Summary
        Patient: {p.full}   DOB: {p.dob}
        Admission {day(-9)} - Discharge {day(-3)}
        Diagnosis: NSTEMI (I21.4). Cardiac catheterization: 90% mid-LAD stenosis, drug-eluting stent placed.
        Discharge meds: aspirin 81 mg, ticagrelor 90 mg twice daily, atorvastatin 80 mg, metoprolol tartrate 25 mg twice daily.
        Follow up: cardiology 2 weeks, PCP 1 week. Cardiac rehab referral sent.
        """)
    inner = inner_msg(f"Discharge summary - {p.last}", oh.addr("full"), ma.addr(), P(inner_text), when=CUR - datetime.timedelta(days=1))
    body = dedent(f"""
        Dr. {pcp.last}, outside discharge summary for {p.first} {p.last} came in by e-mail (forwarded below). Hospital
        follow-up is booked for Monday. Should I add the stent to the problem list?

        {ma.sig(True)}
        """)
    return M("discharge", "forwarded outside-hospital discharge summary (rfc822) for a named patient with NSTEMI and stent",
             f"FW: Discharge summary - {p.last}", ma.addr(), pcp.addr(), P(body, "7bit"), [Fwd(inner)])


@gen("discharge")
def dc_readmit_alert():
    p = Patient(trad="nigerian", age=R.randint(55, 85))
    sys_ = fmt_addr("Care Alerts", f"care.alerts@{ORG}")
    inner = dedent(f"""
        <p class="MsoNormal"><b>30-day readmission alert</b></p>
        <table class="rh">
        <tr><td>Patient</td><td>{esc(p.full)}</td></tr>
        <tr><td>MRN</td><td>{p.mrn}</td></tr>
        <tr><td>DOB</td><td>{dob_span(p, 1)}</td></tr>
        <tr><td>Prior discharge</td><td>{esc(day(-17))} - COPD with acute exacerbation (J44.1)</td></tr>
        <tr><td>Readmitted</td><td>{esc(day(0))} 03:12 via ED - hypoxic respiratory failure</td></tr>
        <tr><td>Unit</td><td>MICU</td></tr>
        </table>
        <p class="MsoNormal">Transitions team: please complete the readmission review within 72 hours.</p>
        """)
    return M("discharge", "automated readmission alert (HTML) for a named patient with MRN, span-split DOB and diagnoses",
             "Readmission alert", sys_, dl("Transitions Team", "transitions"), H(inner, "quoted-printable"))


@gen("discharge")
def dc_hospice():
    p = Patient(trad="arabic", age=R.randint(70, 92))
    sw = staff("MSW", "Palliative Care Social Worker", "Palliative Care")
    hosp = partner("", "gentlerivershospice.example.org")
    text = dedent(f"""
        {hosp.first},

        Confirming {p.title} {p.full}'s transfer home with hospice tomorrow morning. Diagnosis metastatic pancreatic cancer;
        comfort-focused care. Home oxygen 2 L and hospital bed delivered today. Morphine oral solution 5 mg every 2 h
        as needed and lorazepam 0.5 mg as needed were sent to your pharmacy. Family prefers a female nurse and
        Arabic-speaking chaplain if available. DNR/POLST completed and goes with {p.him}.

        {sw.sig()}
        """)
    return M("discharge", "hospice discharge coordination for a named patient with cancer, medications and DNR",
             "Hospice transfer tomorrow", sw.addr(), hosp.addr("full"), ALT(text, None, "quoted-printable"))


@gen("discharge")
def dc_xml_notification():
    p = Patient(age=R.randint(30, 80))
    hie = fmt_addr("HIE Notifications", "notify@keystonehie.example.org")
    pcp = doctor("Family Medicine")
    xml = dedent(f"""
        <?xml version="1.0" encoding="UTF-8"?>
        <encounterNotification type="discharge" source="Riverside Health">
          <patient>
            <name><family>{esc(p.last)}</family><given>{esc(p.first)}</given></name>
            <birthDate>{p.dob_d.isoformat()}</birthDate>
            <identifier system="Riverside MRN">{p.mrn}</identifier>
            <address>{esc(p.address)}</address>
          </patient>
          <encounter class="inpatient" admit="{day(-3, '%Y-%m-%d')}" discharge="{day(0, '%Y-%m-%d')}" disposition="home">
            <diagnosis code="K35.80" system="ICD-10-CM">{ICD['K35.80']}</diagnosis>
            <procedure>laparoscopic appendectomy</procedure>
          </encounter>
          <attributedProvider>Dr. {esc(pcp.full)}</attributedProvider>
        </encounterNotification>
        """)
    body = dedent(f"""
        {EXT_BANNER}An encounter notification is available for a patient attributed to your practice. Details attached.

        Keystone HIE (example) - do not reply
        """)
    return M("discharge", "HIE discharge notification XML with name, DOB, MRN, address and appendicitis code (inbound)",
             "Encounter notification", hie, pcp.addr(), P(body, "7bit"), [XMLA("encounter_notification.xml", xml)], inbound=True)


# =============================================================================================
# POSITIVES: medication


@gen("medication")
def md_prior_auth():
    p = Patient(age=R.randint(25, 60))
    sp = partner("", "apexspecialtyrx.example.org")
    ma = staff("", "Prior Authorization Specialist", "Gastroenterology")
    body = dedent(f"""
        {EXT_BANNER}Hello {ma.first},

        We received the prescription for adalimumab 40 mg/0.4 mL pen, every other week, for {p.full} (DOB {p.dob}).
        The plan requires prior authorization with documentation of Crohn's disease (K50.90) and failure of a
        conventional therapy. Please fax chart notes showing the azathioprine trial and the latest colonoscopy.

        Once approved, our nurse will schedule injection teaching.

        {sp.full}
        Intake Specialist, Apex Specialty Pharmacy (example)
        {phone(1)}
        """)
    return M("medication", "specialty pharmacy needs prior auth for adalimumab for a named patient with DOB and Crohn's code (inbound)",
             "PA needed - adalimumab", sp.addr("full"), ma.addr(), P(body, "quoted-printable"), inbound=True)


@gen("medication")
def md_refill_casual():
    p = Patient(age=R.randint(30, 70))
    pe = Person(p.first, p.last, domain=R.choice(["gmail.example", "icloud.example"]))
    body = dedent(f"""
        hi its {p.first} {p.last}, i'm almost out of my sertraline 100mg and the pharmacy says the script expired. can dr
        {doctor('Family Medicine').last} send a new one to the walgreens-type place on canal st? i have maybe 3 pills left.
        also the new dose is working better, sleeping ok now

        thanks
        {p.first}
        """)
    return M("medication", "patient's casual refill request for sertraline with name (lower-case, inbound)",
             "refill", pe.addr("full"), dl("Riverside Family Medicine", "rfm.nurses"), P(body, "7bit"), inbound=True)


@gen("medication")
def md_warfarin():
    p = Patient(age=R.randint(60, 88))
    ac = staff("PharmD", "Anticoagulation Pharmacist", "Anticoagulation Clinic")
    rn = staff("RN", "Home Health Nurse", "Riverside Home Care")
    body = dedent(f"""
        {rn.first},

        Dosing for {p.lf} (DOB {p.dob}) after today's INR of 1.6 (goal 2.5-3.5, mechanical mitral
        valve):
          Warfarin 7.5 mg tonight and tomorrow, then resume 5 mg daily except 7.5 mg Mon/Fri.
          Enoxaparin 1 mg/kg (80 mg) subcut every 12 h until INR >= 2.5.
          Recheck INR {dlong(3)}.

        {ac.sig()}
        """)
    return M("medication", "warfarin and enoxaparin dosing for a named patient with DOB and INR",
             "Warfarin dosing", ac.addr(), rn.addr(), P(body, "quoted-printable"))


@gen("medication")
def md_insulin_pump():
    p = Patient(age=R.randint(13, 17))
    cde = staff("RN, CDCES", "Pediatric Diabetes Educator", "Pediatric Endocrinology")
    parent = ext_person()
    body = dedent(f"""
        Hi {parent.first},

        Dr. {doctor('Pediatric Endocrinology').last} reviewed {p.first}'s pump download. Changes starting tonight:

          Basal 00:00-04:00: 0.85 -> 0.75 units/h (overnight lows)
          Insulin-to-carb ratio breakfast: 1:10 -> 1:8
          Correction factor unchanged (1:45, target 110 mg/dL)

        Time in range was 58%, with 6% below 70. Please send another download in one week.

        {cde.sig()}
        """)
    return M("medication", "insulin pump setting changes for a named teenager sent to the parent",
             f"{p.first}'s pump changes", cde.addr(), parent.addr("full"), P(body, "quoted-printable"))


@gen("medication")
def md_medrec_discrepancy():
    p = Patient(trad=R.choice(["viet", "chinese", "korean"]), age=R.randint(60, 85))
    rn = staff("RN", "Admitting Nurse", "5 East")
    ph = staff("PharmD", "Clinical Pharmacist", "Pharmacy")
    inner = dedent(f"""
        <p class="MsoNormal">{esc(ph.first)}, could you look at the home med list for <b>{esc(p.full)}</b> in 5{R.randint(10, 40)}?</p>
        <table class="rh"><tr><th>Home list (pharmacy fill)</th><th>Patient/family report</th></tr>
        <tr><td>apixaban 5 mg twice daily</td><td>"stopped it last month, bruising"</td></tr>
        <tr><td>metoprolol tartrate 50 mg twice daily</td><td>takes once a day</td></tr>
        <tr><td>&mdash;</td><td>herbal: dong quai daily</td></tr></table>
        <p class="MsoNormal">Admitted for atrial fibrillation with RVR. Son is interpreting (Vietnamese); we requested a
        phone interpreter for the formal history.</p>
        <p class="MsoNormal">{esc(rn.full)}, RN</p>
        """)
    return M("medication", "med reconciliation discrepancy (HTML table) for a named inpatient: apixaban stopped, herbal use",
             "Home med discrepancy", rn.addr(), ph.addr(), H(inner, "quoted-printable"))


@gen("medication")
def md_pdmp():
    p = Patient(age=R.randint(30, 65))
    pm = doctor("Pain Medicine")
    pcp = doctor("Family Medicine")
    body = dedent(f"""
        Dr. {pcp.last},

        For {p.full}, DOB {p.dob}: I reviewed the PDMP today. Besides our oxycodone 10 mg (#90/30 days), there were two
        alprazolam 1 mg fills from an urgent care last month. Given the benzodiazepine overlap I am tapering oxycodone
        to 7.5 mg three times daily and prescribed naloxone 4 mg nasal spray. The opioid agreement was re-signed.
        Could you address the anxiety treatment on your side?

        {pm.sig()}
        """)
    return M("medication", "PDMP review and opioid taper for a named patient with DOB (base64 body)",
             "PDMP review", pm.addr(), pcp.addr(), P(body, "base64"))


@gen("medication")
def md_chemo_verify_pdf():
    p = Patient(age=R.randint(40, 75), sex="F")
    ph = staff("PharmD, BCOP", "Oncology Pharmacist", "Infusion Pharmacy")
    onc = doctor("Hematology/Oncology")
    ht = R.randint(155, 175)
    wt = R.randint(55, 95)
    lines = ["# Chemotherapy Order Verification", f"Patient: {p.lf}   MRN: {p.mrn}   DOB: {p.dob}",
             f"Diagnosis: malignant neoplasm of right female breast (C50.911)   Cycle 3 day 1   {day(1)}",
             f"Height {ht} cm   Weight {wt} kg   BSA {((ht * wt) / 3600) ** 0.5:.2f} m2", "",
             "## Regimen: dose-dense AC", "doxorubicin 60 mg/m2 IV push", "cyclophosphamide 600 mg/m2 IV over 30 min",
             "pegfilgrastim on-body injector day 2", "", "## Checks", "ANC 2.1 x10^3/uL (>= 1.5 OK)   Platelets 188 x10^3/uL",
             "Cumulative doxorubicin 180 mg/m2 (limit 450)", "Verified by: " + ph.full + ", PharmD"]
    body = dedent(f"""
        Dr. {onc.last}, verification sheet for tomorrow's cycle attached. Weight is down 3 kg; doses recalculated and within 5%.

        {ph.sig(True)}
        """)
    return M("medication", "chemotherapy verification PDF for a named patient (MRN, DOB, breast cancer code, doses)",
             "C3D1 verification", ph.addr(), onc.addr(), P(body, "7bit"), [PDF("chemo_verification.pdf", lines)])


@gen("medication")
def md_biktarvy_json():
    p = Patient(age=R.randint(22, 60))
    sp = partner("", "northstar-specialty.example.org")
    idn = staff("RN", "ID Clinic Nurse", "Infectious Diseases")
    obj = {"shipment": f"SHP{digits(8)}", "status": "delivered", "deliveredAt": f"{day(0, '%Y-%m-%d')}T13:42:00-04:00",
           "patient": {"name": p.full, "dob": p.dob_d.isoformat(), "address": p.address},
           "items": [{"drug": "bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg", "qty": 30, "daysSupply": 30}],
           "prescriber": f"Dr. {doctor('Infectious Diseases').last}", "nextRefillDue": day(25, "%Y-%m-%d")}
    body = dedent(f"""
        {EXT_BANNER}Delivery confirmation attached for your patient. Refill reminder will go out 5 days before due date.

        Northstar Specialty Pharmacy (example)
        """)
    return M("medication", "specialty pharmacy delivery JSON of an HIV regimen for a named patient with DOB and address (inbound)",
             "Delivery confirmation", sp.addr("full"), idn.addr(), P(body, "7bit"), [JSONA("delivery.json", obj)], inbound=True)


@gen("medication")
def md_vanc_rash():
    p = Patient(trad="slavic", age=R.randint(40, 80), sex="M")
    rn = staff("RN", "Staff Nurse", "6 North")
    text = dedent(f"""
        Dr. {staff('MD').last},

        Mr. {p.last} in 6{R.randint(10, 40)} developed flushing and an itchy rash on his face and upper chest about 20 minutes into
        his vancomycin infusion (1,250 mg). Vitals stable, no wheeze. I stopped the infusion. Likely infusion reaction
        (red man) - do you want it restarted over 2 hours with diphenhydramine 25 mg first?

        {rn.sig(True)}
        """)
    return M("medication", "infusion reaction to vancomycin for a named inpatient (surname + room)",
             "Vanc reaction 6N", rn.addr(), staff("MD").addr(), ALT(text))


@gen("medication")
def md_shingrix():
    p = Patient(age=R.randint(55, 80))
    rph = staff("PharmD", "Community Pharmacist", "Riverside Outpatient Pharmacy")
    pcp = doctor("Internal Medicine")
    body = dedent(f"""
        Dr. {pcp.last},

        FYI for the immunization record: {p.full}, DOB {p.dob}, received recombinant zoster vaccine (Shingrix) dose 2 today,
        lot {R.randint(1, 9)}{R.choice('ABCDEFG')}{R.randint(10, 99)}{R.choice('XYZ')}, left deltoid, at the outpatient pharmacy. Series complete. Submitted to the
        state registry.

        {rph.sig()}
        """)
    return M("medication", "vaccination notice for a named patient with DOB and lot number",
             "Immunization given", rph.addr(), pcp.addr(), P(body, "7bit"))


@gen("medication")
def md_home_infusion_csv():
    hi = staff("PharmD", "Home Infusion Pharmacist", "Riverside Home Infusion")
    idd = doctor("Infectious Diseases")
    rows = [["Patient", "DOB", "Drug", "Dose", "Frequency", "Stop date", "Weekly labs"]]
    for drug, dose, fr, labs in [("ceftriaxone", "2 g", "q24h", "CBC, BMP, LFTs"), ("daptomycin", "8 mg/kg", "q24h", "CBC, BMP, CK"),
                                 ("ertapenem", "1 g", "q24h", "CBC, BMP"), ("vancomycin", "1,250 mg", "q12h", "CBC, BMP, vanc trough"),
                                 ("cefazolin", "2 g", "q8h", "CBC, BMP")]:
        p = Patient(age=R.randint(30, 80))
        rows.append([p.lf, p.dob, drug, dose, fr, day(R.randint(5, 30)), labs])
    body = dedent(f"""
        Dr. {idd.last}, OPAT census for this week's review attached (5 patients). Daptomycin patient's CK is pending.

        {hi.sig()}
        """)
    return M("medication", "OPAT census CSV with named patients, DOBs, IV antibiotics and lab monitoring",
             "OPAT census", hi.addr(), idd.addr(), P(body, "quoted-printable"), [CSV("opat_census.csv", rows)])


@gen("medication")
def md_spanish_albuterol():
    child = Patient(trad="hisp", age=R.randint(4, 10))
    mom = ext_person("correo.example", "F")
    body = dedent(f"""
        Buenas tardes,

        Soy la mamá de {child.full}, fecha de nacimiento {child.dob}. Se le terminó el inhalador de albuterol y la
        escuela necesita otro para la enfermería. También necesita la receta del Flovent porque el asma está peor con
        el frío. La farmacia es la de la calle Canal.

        Gracias,
        {mom.full}
        {phone(0)}
        """)
    return M("medication", "Spanish: mother requests albuterol and fluticasone refills for a named child with DOB and asthma (inbound)",
             "Receta de inhalador", mom.addr("full"), dl("Riverside Pediatrics", "peds.nurses"), P(body, "quoted-printable"), inbound=True, lang="es-US")


@gen("medication")
def md_clozapine():
    p = Patient(age=R.randint(25, 55), sex="M")
    psy = doctor("Psychiatry")
    ph = staff("PharmD", "Outpatient Pharmacist", "Riverside Outpatient Pharmacy")
    body = dedent(f"""
        {ph.first},

        {p.full} ({p.dob}) - ANC today 1,850/uL, which is in the normal range for him. OK to dispense clozapine 300 mg
        nightly, 14-day supply. Monitoring stays every 2 weeks. He mentioned constipation; added docusate and senna.

        {psy.full}, MD
        """)
    return M("medication", "clozapine dispensing approval with ANC for a named patient with DOB",
             "OK to dispense", psy.addr(), ph.addr(), P(body, "7bit"))


# =============================================================================================
# POSITIVES: referral


@gen("referral")
def rf_cardiology_letter():
    p = Patient(age=R.randint(45, 80))
    pcp = doctor("Family Medicine")
    card = doctor("Cardiology")
    body = dedent(f"""
        Dr. {card.last},

        I'd appreciate your seeing {p.title} {p.full}, a {p.age}-year-old with new exertional chest tightness for three weeks.
        Resting ECG shows nonspecific T-wave changes in the lateral leads. Risk factors: hypertension, hyperlipidemia,
        former smoker. Currently on amlodipine and atorvastatin; I started aspirin 81 mg. Stress test vs. CTA - your
        call.

        Thank you,
        {pcp.full}, {pcp.creds}
        """)
    return M("referral", "referral letter for a named patient with chest pain history, no identifiers",
             "Referral - chest pain", pcp.addr(), card.addr(), P(body, "7bit"))


@gen("referral")
def rf_econsult_endo():
    p = Patient(age=R.randint(25, 65), sex="F")
    pcp = doctor("Internal Medicine")
    text = dedent(f"""
        E-consult request - Endocrinology

        Patient: {p.full}
        Question: 42-year-old woman with TSH 0.08 mIU/L and free T4 2.4 ng/dL, palpitations and 5 kg weight loss.
        Thyroid not enlarged on exam. Should I start methimazole while waiting for the uptake scan, or beta blocker
        only?

        {pcp.full}, {pcp.creds}
        """).replace("42-year-old", f"{p.age}-year-old")
    return M("referral", "e-consult to endocrinology about a named patient's hyperthyroid labs",
             "E-consult: endocrinology", pcp.addr(), dl("Endocrinology E-consults", "endo.econsult"), ALT(text))


@gen("referral")
def rf_outside_fax_pdf():
    p = Patient(age=R.randint(30, 75))
    op = partner("", "northsidefamily.example.org")
    lines = ["# Northside Family Practice (example) - Referral", f"Date: {day(0)}", "", f"Patient: {p.full}    DOB: {p.dob}",
             f"Phone: {p.phone}    Address: {p.address}", f"Insurance: Riverside Health Plan, member {p.member}", "",
             "Refer to: Orthopaedics - sports medicine", "Reason: right knee pain and locking x 2 months after twisting injury; MRI shows",
             "bucket-handle tear of the medial meniscus. ICD-10: S83.211A.", "Urgency: routine", "", "Referring: " + op.full + ", MD"]
    body = dedent(f"""
        {EXT_BANNER}Please see the attached referral. Records to follow by fax.

        Northside Family Practice referrals
        """)
    return M("referral", "outside referral PDF with name, DOB, address, member id, knee injury and ICD-10 code (inbound)",
             "Referral", op.addr("full"), dl("Orthopaedics Scheduling", "ortho.scheduling"), P(body, "7bit"), [PDF("referral.pdf", lines, flate=True)], inbound=True)


@gen("referral")
def rf_nutrition_child():
    p = Patient(age=R.randint(8, 14))
    ped = doctor("Pediatrics")
    text = dedent(f"""
        Referral to Pediatric Nutrition

        Please see {p.first} {p.last}, age {p.age}, BMI at the 98th percentile, acanthosis nigricans, A1c 6.0%. Family
        interested in the healthy-weight program; mother works evenings so late-afternoon visits preferred.

        {ped.full}, {ped.creds}
        """)
    return M("referral", "pediatric nutrition referral for a named child with BMI percentile and A1c",
             "Nutrition referral", ped.addr(), dl("Pediatric Nutrition", "peds.nutrition"), ALT(text, None, "base64"))


@gen("referral")
def rf_social_work():
    p = Patient(trad=R.choice(["afam", "anglo", "haitian"]), age=R.randint(40, 75))
    rn = staff("RN", "Care Coordinator", "Population Health")
    sw = staff("MSW", "Community Social Worker", "Population Health")
    body = dedent(f"""
        {sw.first},

        Referral for {p.full}: type 2 diabetes with A1c 10.8, insulin-requiring. {p.he.capitalize()} told me today {p.he} has been
        skipping insulin to make it last and is short on food at the end of each month. Lives alone in Harmon Falls, no
        car. Could you screen for SNAP, the food-as-medicine box program and transport help?

        {rn.sig()}
        """)
    return M("referral", "social work referral for a named diabetic patient with food insecurity",
             "SW referral - food insecurity", rn.addr(), sw.addr(), P(body, "quoted-printable"))


@gen("referral")
def rf_oncology():
    p = Patient(age=R.randint(50, 80), sex="M")
    uro = doctor("Urology")
    onc = doctor("Hematology/Oncology")
    body = dedent(f"""
        Dr. {onc.last},

        Referring {p.full} (MRN {p.mrn}) with newly diagnosed prostate adenocarcinoma (C61), Gleason 4+5=9, PSA 38 ng/mL,
        bone scan with two rib lesions. Started leuprolide today. He would like to discuss systemic options and
        clinical trials. His wife asks that appointments be in the morning.

        {uro.sig(True)}
        """)
    return M("referral", "oncology referral for a named patient with MRN, prostate cancer, Gleason/PSA (base64)",
             "Oncology referral", uro.addr(), onc.addr(), P(body, "base64"))


@gen("referral")
def rf_pt_txt():
    p = Patient(age=R.randint(30, 70))
    sm = doctor("Sports Medicine", "DO")
    txt = dedent(f"""
        PHYSICAL THERAPY REFERRAL
        Patient: {p.full}   DOB: {p.dob}
        Diagnosis: low back pain, unspecified (M54.50); lumbar strain
        Frequency: 2x/week x 6 weeks
        Plan: core stabilization, McKenzie extension protocol, home exercise program
        Precautions: none
        Signed: {sm.full}, DO   NPI {sm.npi}
        """)
    body = f"PT referral attached for {p.first} {p.last}.\n\n{sm.sig(True)}\n"
    return M("referral", "PT referral TXT with named patient, DOB and diagnosis code",
             "PT referral", sm.addr(), dl("Rehab Front Desk", "rehab.frontdesk"), P(body, "7bit"), [TXT("pt_referral.txt", txt, "7bit")])


@gen("referral")
def rf_partner_status():
    p = Patient(age=R.randint(55, 85))
    pt = partner("", "lakeshoremed.example.org")
    rc = staff("", "Referral Coordinator", "Central Referrals")
    body = dedent(f"""
        {EXT_BANNER}Hi {rc.first},

        Status check on the neurology referral we sent for {p.full} on {dshort(-20)} (new tremor, possible Parkinson's
        disease). The patient says nobody has called. Can you tell us if it was received and when the first opening is?

        {pt.full}
        Referral Coordinator, Lakeshore Medical Group (example)
        """)
    return M("referral", "external practice asks about a named patient's neurology referral for possible Parkinson's (inbound)",
             "Referral status?", pt.addr("full"), rc.addr(), P(body, "7bit"), inbound=True)


@gen("referral")
def rf_memory_daughter():
    p = Patient(trad=R.choice(["italian", "jewish", "greek", "irish"]), age=R.randint(75, 90))
    d_ = ext_person()
    body = dedent(f"""
        Hello,

        Our family doctor said to contact the memory clinic directly. My {'mother' if p.sex == 'F' else 'father'}, {p.full}, is {p.age} and over the last year has
        been getting lost driving, repeating questions, and last week left the stove on. {p.he.capitalize()} scored 21 on the
        test at the doctor's office. We would like an evaluation as soon as possible. I am {p.his} health care power of
        attorney.

        Thank you,
        {d_.full}
        {phone(0)}
        """)
    return M("referral", "adult child asks memory clinic to evaluate a named parent with cognitive decline (QP, inbound)",
             "Memory clinic evaluation", d_.addr("full"), dl("Memory Clinic", "memory.clinic"), P(body, "quoted-printable"), inbound=True)


@gen("referral")
def rf_genetics():
    p = Patient(trad="jewish", age=R.randint(28, 50), sex="F")
    bs = doctor("Breast Surgery")
    text = dedent(f"""
        Referral to Genetic Counseling

        {p.full}, {p.age}, Ashkenazi Jewish ancestry, mother with breast cancer at 44 and maternal aunt with ovarian
        cancer. Benign biopsy last month. Please evaluate for BRCA1/BRCA2 and panel testing.

        {bs.full}, {bs.creds}
        """)
    return M("referral", "genetic counseling referral for a named woman with family cancer history",
             "Genetics referral", bs.addr(), dl("Genetic Counseling", "genetics"), ALT(text))


@gen("referral")
def rf_fwd():
    p = Patient(age=R.randint(40, 75))
    pcp = doctor("Internal Medicine")
    gi = doctor("Gastroenterology")
    ma = staff("", "Referral Coordinator", "Gastroenterology")
    inner = inner_msg(f"GI referral - {p.last}", pcp.addr(), gi.addr(), P(dedent(f"""
        Dr. {gi.last},

        Could you see {p.full} for elevated liver enzymes (ALT 142, AST 98) and hepatic steatosis on ultrasound? BMI 36,
        A1c 6.8. Hepatitis B and C serologies negative. Alcohol: rare.

        {pcp.full}
        """)), when=CUR - datetime.timedelta(days=2))
    body = f"{ma.first} - please schedule as a new patient, fatty liver clinic.\n\n{gi.full}\n"
    return M("referral", "GI physician forwards (rfc822) a referral about a named patient's liver enzymes to scheduling",
             f"FW: GI referral - {p.last}", gi.addr(), ma.addr(), P(body, "7bit"), [Fwd(inner)])


# =============================================================================================
# POSITIVES: clinical_note


@gen("clinical_note")
def cn_progress_icd():
    p = Patient(age=R.randint(50, 85))
    hosp = doctor("Hospital Medicine")
    body = dedent(f"""
        Progress note - hospital day 3
        {p.lf}  MRN {p.mrn}

        S: Less short of breath. Slept flat for the first time.
        O: T 36.8, HR 82, BP 118/70, SpO2 95% 2 L. Net -2.4 L. Weight 88.1 kg (admit 91.0). Bibasilar crackles reduced.
           Creatinine 1.5 (1.3 admit). K 3.6.
        A/P:
          1. Acute on chronic systolic heart failure (I50.23) - continue furosemide 40 mg IV twice daily, one more day.
          2. AKI on CKD stage 3b (N17.9, N18.32) - mild bump, watch.
          3. Atrial fibrillation (I48.91) - rate controlled on metoprolol, apixaban continued.

        {hosp.full}, {hosp.creds}
        """)
    return M("clinical_note", "progress note with name, MRN, vitals, labs and ICD-10 codes (plain 7bit)",
             "Progress note for co-sign", hosp.addr(), doctor("Hospital Medicine").addr(), P(body, "7bit"))


@gen("clinical_note")
def cn_nursing_shift():
    p = Patient(age=R.randint(60, 90))
    rn = staff("RN", "Night Nurse", "4 West")
    body = dedent(f"""
        Shift note for {p.first} {p.last} (4{R.randint(10, 40)}), sending to day charge since the EHR was down 02:00-03:30:

        Confused overnight, pulled at the IV twice; reoriented, sitter requested. Voided 450 mL at 04:00. Pain 3/10 at
        the incision, oxycodone 5 mg at 01:15. Dressing dry. Bed alarm on. Daughter called at 23:00 and was updated.

        {rn.sig(True)}
        """)
    return M("clinical_note", "nursing shift note for a named patient with no identifiers beyond name/room",
             "Downtime shift note", rn.addr(), dl("4 West Charge", "4west.charge"), P(body, "quoted-printable"))


@gen("clinical_note")
def cn_consult_html():
    p = Patient(age=R.randint(30, 80))
    neph = doctor("Nephrology")
    inner = dedent(f"""
        <p class="MsoNormal"><b>Nephrology consult - {esc(p.lf)}</b> (MRN {p.mrn})</p>
        <p class="MsoNormal"><u>Reason:</u> acute kidney injury, creatinine 3.4 mg/dL from baseline 1.0.</p>
        <p class="MsoNormal"><u>Assessment:</u> pre-renal AKI (N17.9) after vomiting and diarrhea while taking lisinopril and
        ibuprofen; FENa 0.4%. No obstruction on ultrasound.</p>
        <p class="MsoNormal"><u>Recommendations:</u> hold lisinopril and NSAIDs; isotonic fluids 100 mL/h; BMP every 12 h;
        no indication for dialysis now.</p>
        <p class="MsoNormal">{esc(neph.full)}, {neph.creds}</p>
        """)
    return M("clinical_note", "nephrology consult note (HTML) for a named patient with MRN, AKI assessment and recommendations",
             "Consult note", neph.addr(), doctor("Hospital Medicine").addr(), H(inner))


@gen("clinical_note")
def cn_hp_txt():
    p = Patient(age=R.randint(20, 60))
    sur = doctor("General Surgery")
    txt = dedent(f"""
        HISTORY AND PHYSICAL
        Patient: {p.lf}   DOB {p.dob}   MRN {p.mrn}
        CC: right lower quadrant pain x 18 h
        HPI: periumbilical pain migrating to RLQ, anorexia, one episode of emesis. Tmax 38.2.
        PMH: asthma (J45.909). Meds: albuterol PRN. Allergies: penicillin (hives).
        Exam: RLQ tenderness with rebound, positive Rovsing sign.
        Labs: WBC 14.2, CRP 48 mg/L. CT: dilated appendix 11 mm with periappendiceal stranding.
        Assessment: acute appendicitis (K35.80).
        Plan: laparoscopic appendectomy tonight; cefoxitin not used (PCN allergy) -> ciprofloxacin + metronidazole.
        {sur.full}, MD
        """)
    body = f"H&P attached for the OR packet.\n\n{sur.sig(True)}\n"
    return M("clinical_note", "surgical H&P TXT with name, DOB, MRN, findings and appendicitis code",
             "H&P for OR", sur.addr(), dl("OR Scheduling", "or.scheduling"), P(body, "quoted-printable"), [TXT("HP.txt", txt, "base64")])


@gen("clinical_note")
def cn_bh_note():
    p = Patient(age=R.randint(20, 55))
    th = doctor("Behavioral Health", "LCSW")
    psy = doctor("Psychiatry")
    body = dedent(f"""
        Dr. {psy.last},

        Session summary for {p.full}: session 6 of CPT for PTSD (F43.10). PCL-5 down from 58 to 41. Nightmares 2-3 per week
        (was nightly). Passive death wish last month has not recurred; safety plan reviewed, no access to firearms
        confirmed with {p.his} partner. {p.he.capitalize()} asked whether prazosin could be increased - deferring to you.

        {th.sig(True)}
        """)
    return M("clinical_note", "therapy session summary for a named patient with PTSD code, scores and safety plan (base64)",
             "Session summary", th.addr(), psy.addr(), P(body, "base64"))


@gen("clinical_note")
def cn_ed_fwd_qa():
    p = Patient(age=R.randint(20, 80))
    edd = doctor("Emergency Medicine")
    qa = staff("MD", "ED Quality Director", "Emergency Medicine")
    inner = inner_msg(f"ED note - {p.last}", edd.addr(), edd.addr(), P(dedent(f"""
        ED PROVIDER NOTE - {p.full}, DOB {p.dob}
        CC: headache, worst of life, onset during exercise 3 h ago.
        Exam: GCS 15, neck stiffness, no focal deficits. BP 172/96.
        CT head non-contrast: no hemorrhage (within 6 h of onset).
        Plan: CTA head/neck negative. Discharged with neurology follow-up.
        """)), when=CUR - datetime.timedelta(days=10))
    body = dedent(f"""
        Forwarding my note for {p.last} for the peer review you asked about (return visit with subarachnoid hemorrhage).
        Happy to discuss.

        {edd.sig(True)}
        """)
    return M("clinical_note", "forwarded ED provider note (rfc822) for a named patient with DOB for quality review",
             f"FW: ED note - {p.last}", edd.addr(), qa.addr(), P(body, "7bit"), [Fwd(inner)])


@gen("clinical_note")
def cn_wound():
    p = Patient(age=R.randint(60, 95))
    wc = staff("RN, CWOCN", "Wound Nurse", "Wound Care")
    body = dedent(f"""
        Wound consult - {p.full} (room 5{R.randint(10, 40)})

        Sacral pressure injury, stage 3 (L89.153): 4.2 x 3.1 x 0.6 cm, 20% yellow slough, moderate serous drainage,
        periwound macerated. No tunneling.
        Plan: cleanse with saline, collagenase to slough, calcium alginate, foam border dressing daily. Low-air-loss
        mattress ordered. Turn every 2 hours. Nutrition consult for protein.

        {wc.sig(True)}
        """)
    return M("clinical_note", "wound consult note with named inpatient, stage 3 pressure injury code and measurements (QP)",
             "Wound consult", wc.addr(), dl("5 East Charge", "5east.charge"), P(body, "quoted-printable"))


@gen("clinical_note")
def cn_telehealth_json():
    p = Patient(age=R.randint(20, 70))
    vc = partner("", "virtualvisit-vendor.example.org")
    pcp = doctor("Family Medicine")
    obj = {"visitId": f"VV-{digits(8)}", "date": day(0, "%Y-%m-%d"), "patient": {"name": p.full, "dob": p.dob_d.isoformat(), "phone": p.phone},
           "clinician": "On-demand NP", "chiefComplaint": "dysuria and urinary frequency x 2 days",
           "assessment": {"code": "N39.0", "text": ICD["N39.0"]}, "plan": "nitrofurantoin 100 mg twice daily x 5 days; urine culture if not better in 48 h",
           "pcpNotification": f"Dr. {pcp.last}"}
    body = dedent(f"""
        {EXT_BANNER}A virtual visit summary for your patient is attached.

        Virtual Visit Services (example)
        """)
    return M("clinical_note", "telehealth visit summary JSON for a named patient with DOB, UTI code and plan (inbound)",
             "Virtual visit summary", vc.addr("full"), pcp.addr(), P(body, "quoted-printable"), [JSONA("visit_summary.json", obj)], inbound=True)


@gen("clinical_note")
def cn_opnote_pdf():
    p = Patient(age=R.randint(40, 80))
    sur = doctor("Orthopaedic Surgery")
    lines = ["# OPERATIVE NOTE", f"Patient: {p.lf}   MRN {p.mrn}   DOB {p.dob}   Date {day(0)}",
             "Preoperative diagnosis: unilateral primary osteoarthritis, right knee (M17.11)", "Procedure: right total knee arthroplasty (CPT 27447)",
             f"Surgeon: {sur.full}, MD   Anesthesia: spinal + adductor canal block", "EBL 150 mL. Tourniquet 62 min.",
             "Implants: cemented cruciate-retaining femoral and tibial components, patellar resurfacing.",
             "Complications: none. Disposition: PACU, stable.", "Plan: weight bearing as tolerated, aspirin 81 mg twice daily x 35 days."]
    body = f"Op note attached for the implant registry abstractor.\n\n{sur.sig(True)}\n"
    return M("clinical_note", "operative note PDF with name, MRN, DOB, diagnosis and CPT",
             "Op note - registry", sur.addr(), dl("Joint Registry", "joint.registry"), P(body, "7bit"), [PDF("op_note.pdf", lines, flate=True)])


@gen("clinical_note")
def cn_family_meeting():
    p = Patient(age=R.randint(70, 95), sex="M")
    pal = doctor("Palliative Care")
    text = dedent(f"""
        Family meeting summary - {p.full}, MICU bed {R.randint(1, 16)}

        Present: wife, two sons, ICU attending, palliative care, chaplain.
        Discussed: day 9 of ventilation for ARDS after aspiration pneumonia; failed two spontaneous breathing trials;
        prognosis for meaningful recovery poor. Family reports he would not want long-term ventilation or a
        tracheostomy.
        Decision: DNR; no tracheostomy; continue current support through Saturday so his daughter can arrive from
        Texas, then transition to comfort care.

        {pal.full}, {pal.creds}
        """)
    return M("clinical_note", "family meeting note for a named ICU patient with prognosis and code status (alternative parts)",
             "Family meeting summary", pal.addr(), dl("MICU Team", "micu.team"), ALT(text))


@gen("clinical_note")
def cn_dietitian():
    p = Patient(trad=R.choice(["southasian", "bangla_pak", "filipino"]), age=R.randint(40, 80))
    rd = staff("RD, LDN", "Clinical Dietitian", "Food & Nutrition")
    body = dedent(f"""
        Nutrition note - {p.full}

        Consulted for weight loss (8% in 3 months) and poor intake after stroke. Passed modified swallow study for
        minced-moist diet, mildly thick liquids. Estimated needs 1,800 kcal, 85 g protein. Intake 40% of meals.
        Plan: oral supplement twice daily, calorie count x 3 days, culturally preferred foods from the family allowed
        if texture-modified. Weigh twice weekly.

        {rd.sig(True)}
        """)
    return M("clinical_note", "dietitian note for a named patient after stroke with weight loss and diet plan",
             "Nutrition note", rd.addr(), dl("Stroke Unit Team", "stroke.unit"), P(body, "7bit"))


@gen("clinical_note")
def cn_fall_event():
    p = Patient(age=R.randint(65, 95))
    rn = staff("RN", "Charge Nurse", "6 North")
    mgr = staff("RN", "Nurse Manager", "6 North")
    body = dedent(f"""
        {mgr.first},

        Post-fall huddle summary: {p.title} {p.last} (6{R.randint(10, 40)}, {p.full}) fell at 03:10 walking to the bathroom
        without calling. Found on the floor, hit the left hip. Hip x-ray negative for fracture; CT head negative (on
        apixaban). Morse score was 65, bed alarm was off after the last toileting round. Safety event report filed.

        {rn.sig(True)}
        """)
    return M("clinical_note", "post-fall huddle summary for a named inpatient with imaging results and anticoagulant",
             "Fall - huddle summary", rn.addr(), mgr.addr(), P(body, "base64"))


# =============================================================================================
# POSITIVES: registration


@gen("registration")
def rg_intake_html():
    p = Patient(age=R.randint(20, 80))
    pa = staff("", "Patient Access Representative", "Patient Access")
    inner = dedent(f"""
        <p class="MsoNormal">Web intake submitted - please verify and build the registration.</p>
        <table class="rh">
        <tr><td>Name</td><td>{esc(p.lf)}</td></tr>
        <tr><td>Date of birth</td><td>{dob_span(p)}</td></tr>
        <tr><td>SSN</td><td>{p.ssn}</td></tr>
        <tr><td>Address</td><td>{esc(p.street)}<br>{esc(p.town)}, {p.state}&nbsp;{p.zip}</td></tr>
        <tr><td>Phone</td><td>{p.phone}</td></tr>
        <tr><td>Insurance</td><td>Riverside Health Plan &ndash; member {p.member}</td></tr>
        <tr><td>Reason for visit</td><td>New patient &ndash; primary care, high blood pressure</td></tr>
        </table>
        """)
    return M("registration", "web intake (HTML table) with SSN, span-split DOB, address, member id and reason for visit",
             "Web intake - verify", fmt_addr("MyRiverside Forms", f"forms@{ORG}"), pa.addr(), H(inner, "quoted-printable"))


@gen("registration")
def rg_ssn_fix():
    p = Patient(age=R.randint(20, 80))
    pa = staff("", "Registration Supervisor", "Patient Access")
    pfs = staff("", "Billing Specialist", "Patient Financial Services")
    wrong = p.ssn[:-1] + str((int(p.ssn[-1]) + 3) % 10)
    body = dedent(f"""
        {pfs.first},

        Corrected registration for {p.full}, MRN {p.mrn}, DOB {p.dob}: SSN was keyed as {wrong}; correct SSN is {p.ssn}
        (verified against the card today). Please rebill the {dshort(-12)} ED claim - it was rejected by Medicaid for the
        SSN mismatch.

        {pa.sig()}
        """)
    return M("registration", "registration correction with SSN, MRN, DOB and an ED claim for a named patient",
             "Registration correction", pa.addr(), pfs.addr(), P(body, "7bit"))


@gen("registration")
def rg_insurance_csv():
    pa = staff("", "Pre-Registration Specialist", "Patient Access")
    rows = [["Last", "First", "DOB", "Address", "Phone", "Payer", "Member ID", "Visit"]]
    for i in range(6):
        p = Patient()
        rows.append([p.last, p.first, p.dob, p.address, p.phone, "Riverside Health Plan", p.member,
                     R.choice(["MRI lumbar spine", "Colonoscopy", "Echo", "Sleep study", "Physical therapy eval", "CT chest"])])
    body = "Tomorrow's pre-registration list with insurance verified. Two need updated cards at check-in.\n\n" + pa.sig() + "\n"
    return M("registration", "pre-registration CSV with names, DOBs, addresses, member ids and scheduled services",
             "Pre-reg list - tomorrow", pa.addr(), dl("Imaging Registration", "imaging.registration"), P(body, "quoted-printable"), [CSV("prereg.csv", rows)])


@gen("registration")
def rg_facesheet_pdf():
    p = Patient(age=R.randint(20, 90))
    hm = staff("RHIT", "HIM Analyst", "Health Information Management")
    lines = ["# Riverside Health - Patient Face Sheet", f"Name: {p.lf}   MRN: {p.mrn}   DOB: {p.dob}   Sex: {p.sex}",
             f"SSN: {p.ssn}", f"Address: {p.address}", f"Phone: {p.phone}", "", f"Admit: {day(-2)}  Unit: 5 East  Attending: Dr. {doctor('Hospital Medicine').last}",
             "Admitting diagnosis: cellulitis of right lower limb (L03.115)", f"Guarantor: self   Primary insurance: Riverside Health Plan {p.member}",
             "Emergency contact: spouse, " + phone(0)]
    body = f"Face sheet for the insurance verification request attached.\n\n{hm.sig(True)}\n"
    return M("registration", "face sheet PDF with name, MRN, DOB, SSN, address, diagnosis and member id",
             "Face sheet", hm.addr(), dl("Utilization Review", "ur"), P(body, "7bit"), [PDF("facesheet.pdf", lines, flate=True)])


@gen("registration")
def rg_prereg_call():
    p = Patient(trad=R.choice(["haitian", "lusophone", "turkish_armenian"]), age=R.randint(30, 80))
    pa = staff("", "Pre-Registration Specialist", "Patient Access")
    body = dedent(f"""
        Pre-registration call completed for {p.full}:

        DOB {p.dob} / SSN {p.ssn}
        {p.address}
        Cell {p.phone}, prefers text; language: {R.choice(['Haitian Creole', 'Portuguese', 'Armenian'])} (interpreter requested)
        Procedure: cardiac MRI {dlong(4)}, 07:00
        Copay estimate given: $150

        {pa.sig(True)}
        """)
    return M("registration", "pre-registration call summary with DOB, SSN, address and scheduled cardiac MRI (QP, accented name)",
             "Pre-reg complete", pa.addr(), dl("Cardiac Imaging", "cardiac.imaging"), P(body, "quoted-printable"))


@gen("registration")
def rg_kiosk_json():
    p = Patient(age=R.randint(18, 85))
    an = staff("", "Kiosk Systems Analyst", "IS Digital Health")
    obj = {"kioskId": f"KSK-{R.randint(10, 99)}", "checkIn": f"{day(0, '%Y-%m-%d')}T08:12:44-04:00",
           "demographics": {"legalName": p.lf, "dob": p.dob_d.isoformat(), "ssn": p.ssn, "address": p.address, "phone": p.phone},
           "insurance": {"payer": "Riverside Health Plan", "memberId": p.member}, "visit": {"clinic": "Bramford Multispecialty", "reason": "follow-up, diabetes"},
           "error": "EMPI match ambiguous (2 candidates)"}
    body = dedent(f"""
        A kiosk check-in failed on the EMPI match; payload attached for the registration team to resolve manually. Please
        delete after the record is fixed.

        {an.sig()}
        """)
    return M("registration", "kiosk check-in JSON with SSN, DOB, address, member id and visit reason",
             "Kiosk check-in failed", an.addr(), dl("Patient Access Leads", "access.leads"), P(body, "base64"), [JSONA("kiosk_checkin.json", obj)])


@gen("registration")
def rg_fap_txt():
    p = Patient(age=R.randint(25, 65))
    fc = staff("", "Financial Counselor", "Patient Financial Services")
    txt = dedent(f"""
        FINANCIAL ASSISTANCE APPLICATION - data entry
        Applicant: {p.full}   DOB {p.dob}   SSN {p.ssn}
        Address: {p.address}
        Household size: 4   Monthly income: $2,640
        Accounts: ED visit {day(-30)} (kidney stone), CT abdomen, urology follow-up
        Medicaid screening: denied (income), marketplace: not enrolled
        Recommendation: 100% charity care
        """)
    body = f"Application keyed and attached for second review.\n\n{fc.sig(True)}\n"
    return M("registration", "financial assistance application TXT with SSN, DOB, address and services received",
             "FAP for review", fc.addr(), dl("Financial Assistance", "fap"), P(body, "7bit"), [TXT("fap.txt", txt, "7bit")])


@gen("registration")
def rg_newborn():
    mom = Patient(age=R.randint(20, 38), sex="F")
    baby_sex = R.choice(["Girl", "Boy"])
    reg = staff("", "Birth Registrar", "Women's Health")
    body = dedent(f"""
        Newborn registration for Baby {baby_sex} {mom.last}, born {day(0)} at {R.randint(0, 23):02d}:{R.randint(0, 59):02d}, 3,410 g.
        Mother: {mom.full}, MRN {mom.mrn}, DOB {mom.dob}, SSN on file {mom.ssn}.
        Address: {mom.address}
        Newborn MRN is pending - please link to the mother's Riverside Health Plan coverage ({mom.member}) for the first 30
        days. Birth certificate worksheet signed.

        {reg.sig(True)}
        """)
    return M("registration", "newborn registration linking baby to named mother with MRN, DOB, SSN, address, member id",
             "Newborn registration", reg.addr(), dl("Patient Access Leads", "access.leads"), P(body, "quoted-printable"))


@gen("registration")
def rg_merge():
    p = Patient(age=R.randint(20, 90))
    him = staff("RHIA", "EMPI Data Integrity Analyst", "Health Information Management")
    other = mrn()
    body = dedent(f"""
        Duplicate record merge request:

        Surviving record: MRN {p.mrn} - {p.lf}, DOB {p.dob}
        Non-surviving: MRN {other} - {p.last.upper()}, {p.first.upper()[:3]}, DOB {p.dob} (created by ED quick reg on {day(-1)})

        Same SSN last 4 and address. The ED encounter (chest pain, troponin drawn) needs to move to the surviving record
        before results post. Please approve.

        {him.sig()}
        """)
    return M("registration", "duplicate MRN merge request for a named patient with two MRNs, DOB and ED encounter",
             "Merge request", him.addr(), dl("EMPI Team", "empi"), P(body, "7bit"))


@gen("registration")
def rg_xml_export():
    p = Patient(age=R.randint(20, 80))
    an = staff("", "Interface Analyst", "IS Interfaces")
    xml = dedent(f"""
        <?xml version="1.0" encoding="UTF-8"?>
        <registration system="Riverside ADT" event="new-patient">
          <person>
            <name family="{esc(p.last)}" given="{esc(p.first)}"/>
            <birthDate>{p.dob_d.isoformat()}</birthDate>
            <sex>{p.sex}</sex>
            <ssn>{p.ssn}</ssn>
            <mrn>{p.mrn}</mrn>
            <address>{esc(p.address)}</address>
            <phone>{p.phone}</phone>
          </person>
          <coverage payer="Riverside Health Plan" memberId="{p.member}"/>
          <visit department="Riverside OB/GYN" reason="new OB visit"/>
        </registration>
        """)
    body = "Failed message from the registration feed attached (XML). Schema complains about the ssn element.\n\n" + an.sig() + "\n"
    return M("registration", "registration XML with SSN, DOB, MRN, address, member id and visit department",
             "Registration feed error", an.addr(), dl("Interface Team", "interface.team"), P(body, "7bit"), [XMLA("registration.xml", xml)])


@gen("registration")
def rg_spanish():
    p = Patient(trad="hisp", age=R.randint(20, 70))
    pa = staff("", "Representante Bilingüe", "Patient Access")
    text = dedent(f"""
        Registro completado (paciente nuevo):

        Nombre: {p.full}
        Fecha de nacimiento: {p.dob}
        Seguro Social: {p.ssn}
        Dirección: {p.address}
        Teléfono: {p.phone}
        Motivo: control de diabetes, primera cita con medicina familiar

        {pa.full}
        """)
    return M("registration", "Spanish registration summary with SSN, DOB, address and reason (diabetes)",
             "Registro completado", pa.addr(), dl("Clínica Familiar", "rfm.frontdesk"), ALT(text), lang="es-US")


# =============================================================================================
# POSITIVES: billing_claim


@gen("billing_claim")
def bc_eob_question():
    p = Patient(age=R.randint(25, 70))
    pe = Person(p.first, p.last, domain="gmail.example")
    body = dedent(f"""
        Hello,

        I got an explanation of benefits for my daughter's ER visit on {dshort(-40)} (broken arm) saying $1,240 is my
        responsibility because the radiologist was "out of network." We went to the Riverside ER, which is in network.
        My member ID is {p.member}, claim number {R.randint(24, 24)}{digits(9)}. Can someone review this?

        {p.full}
        {p.phone}
        """)
    return M("billing_claim", "plan member disputes an EOB for a child's ER visit with member id and claim number (inbound)",
             "EOB question", pe.addr("full"), dl("Health Plan Member Services", "member.services"), P(body, "7bit"), inbound=True)


@gen("billing_claim")
def bc_appeal_pdf():
    p = Patient(age=R.randint(40, 80))
    dm = staff("", "Denials Management Specialist", "Patient Financial Services")
    lines = ["# Level 1 Appeal", f"Re: {p.full}   DOB {p.dob}   Member {p.member}", f"Claim {digits(12)}   Date of service {day(-60)}", "",
             "Denied service: CPT 70553 MRI brain with and without contrast", "Denial reason: not medically necessary", "",
             "Clinical basis: new-onset seizure (R56.9) with focal features; CT head non-diagnostic.",
             "MRI is the recommended imaging per ACR appropriateness criteria.", "", "Enclosed: ED note, neurology consult, CT report.",
             "", dm.full + ", Denials Management"]
    body = f"Appeal letter for {p.last} attached for signature before we upload.\n\n{dm.sig(True)}\n"
    return M("billing_claim", "appeal letter PDF for a denied MRI: name, DOB, member id, claim, CPT and ICD",
             "Appeal for signature", dm.addr(), dl("PFS Denials", "pfs.denials"), P(body, "7bit"), [PDF("appeal_L1.pdf", lines)])


@gen("billing_claim")
def bc_edit_csv():
    cd = staff("CPC", "Coding Specialist", "Revenue Integrity")
    rows = [["Account", "Patient", "DOS", "CPT", "ICD-10", "Edit", "Action"]]
    for cpt, icd, ed_ in [("99214", "E11.65", "Missing modifier 25"), ("93306", "I50.9", "Diagnosis does not support"), ("45378", "Z12.11", "Screening vs diagnostic"),
                          ("71046", "J18.9", "Duplicate claim"), ("36415", "R73.03", "Bundled")]:
        p = Patient()
        rows.append([digits(9), p.lf, day(-R.randint(5, 30)), cpt, icd, ed_, "review"])
    body = "Today's claim edit worklist attached.\n\n" + cd.sig(True) + "\n"
    return M("billing_claim", "claim edit worklist CSV with patient names, CPT and ICD-10 codes",
             "Claim edits", cd.addr(), dl("Coding Team", "coding.team"), P(body, "quoted-printable"), [CSV("claim_edits.csv", rows)])


@gen("billing_claim")
def bc_payment_plan():
    p = Patient(age=R.randint(25, 70))
    pfs = staff("", "Patient Account Representative", "Patient Financial Services")
    pe = Person(p.first, p.last, domain="outlook.example")
    inner = dedent(f"""
        <p class="MsoNormal">Dear {esc(p.full)},</p>
        <p class="MsoNormal">Your payment plan has been set up for the balance from your gallbladder surgery on {esc(day(-50))}:</p>
        <table class="rh"><tr><td>Account</td><td>{digits(9)}</td></tr><tr><td>Balance</td><td>$2,880.00</td></tr>
        <tr><td>Monthly payment</td><td>$120.00 for 24 months, 0% interest</td></tr><tr><td>First payment</td><td>{esc(day(10))}</td></tr></table>
        <p class="MsoNormal">{esc(pfs.full)}<br>Patient Financial Services</p>
        """)
    return M("billing_claim", "payment plan confirmation to a named patient for a surgery balance (HTML)",
             "Your payment plan", pfs.addr(), pe.addr("full"), H(inner, "base64"))


@gen("billing_claim")
def bc_statement_pdf():
    p = Patient(age=R.randint(20, 80))
    pfs = staff("", "Billing Specialist", "Patient Financial Services")
    lines = ["# Riverside Health - Statement", f"{p.full}", p.street, f"{p.town}, {p.state} {p.zip}", "", f"Statement date {day(0)}   Account {digits(9)}", "",
             "Date        Description                              Charges   Insurance   You owe",
             f"{day(-35)}  Emergency department visit, level 4       $1,412.00   $1,102.00   $310.00",
             f"{day(-35)}  CT abdomen and pelvis with contrast       $2,140.00   $1,890.00   $250.00",
             f"{day(-35)}  Ondansetron injection                        $38.00      $38.00     $0.00", "", "Amount due: $560.00"]
    body = f"Reprinted statement for {p.full} (requested by phone) attached.\n\n{pfs.sig(True)}\n"
    return M("billing_claim", "patient statement PDF with name, address and itemized ED/CT charges",
             "Statement reprint", pfs.addr(), dl("PFS Mailroom", "pfs.mail"), P(body, "base64"), [PDF("statement.pdf", lines, flate=True)])


@gen("billing_claim")
def bc_precert_denial():
    p = Patient(age=R.randint(30, 70))
    um = partner("", "keystonecare-health.example.org")
    ur = staff("RN", "Utilization Review Nurse", "Care Management")
    body = dedent(f"""
        {EXT_BANNER}RE: Pre-certification request {R.randint(100000, 999999)}
        Member: {p.full}   DOB {p.dob}   Member ID KCH{digits(9)}
        Service: MRI lumbar spine without contrast (72148)
        Determination: DENIED - conservative therapy of 6 weeks not documented.
        Peer-to-peer available within 14 days at {phone(0)}.

        Utilization Management, Keystone Care Health Plan (example)
        """)
    return M("billing_claim", "payer pre-certification denial for a named member with DOB, member id and CPT (inbound)",
             "Pre-cert determination", um.addr("full"), ur.addr(), P(body, "7bit"), inbound=True)


@gen("billing_claim")
def bc_gfe_html():
    p = Patient(age=R.randint(20, 60))
    fc = staff("", "Price Estimate Specialist", "Patient Financial Services")
    inner = dedent(f"""
        <h2>Good Faith Estimate</h2>
        <p>Patient: {esc(p.full)} &nbsp; DOB {esc(p.dob)} &nbsp; Self-pay</p>
        <p>Scheduled: {esc(dlong(15))} &ndash; laparoscopic inguinal hernia repair (CPT 49650), diagnosis K40.90</p>
        <table class="rh"><tr><th>Item</th><th>Estimate</th></tr>
        <tr><td>Facility</td><td>$4,950</td></tr><tr><td>Surgeon</td><td>$1,380</td></tr><tr><td>Anesthesia</td><td>$720</td></tr>
        <tr><td>Total</td><td>$7,050</td></tr></table>
        <p>If the final bill is $400 or more above this estimate, you may dispute it.</p>
        """)
    body = f"Good faith estimate for {p.first} {p.last} attached; please send with the scheduling letter.\n\n{fc.sig(True)}\n"
    return M("billing_claim", "good faith estimate (HTML attachment) for a named self-pay patient with CPT and ICD",
             "GFE to send", fc.addr(), dl("Surgery Scheduling", "surgery.scheduling"), P(body, "7bit"), [HTMLA("good_faith_estimate.html", inner)])


@gen("billing_claim")
def bc_coding_query():
    p = Patient(age=R.randint(60, 90))
    cdi = staff("RN, CCDS", "Clinical Documentation Specialist", "CDI")
    hosp = doctor("Hospital Medicine")
    text = dedent(f"""
        Dr. {hosp.last},

        Coding query before final billing - {p.full}, account {digits(9)}, discharged {day(-3)}.
        The discharge summary says "CHF exacerbation." Echo shows EF 30% and the patient received IV diuresis.
        Can you clarify the type and acuity?
          [ ] Acute on chronic systolic heart failure (I50.23)
          [ ] Chronic systolic heart failure (I50.22)
          [ ] Other: ______
          [ ] Unable to determine

        {cdi.sig()}
        """)
    return M("billing_claim", "coding query for a named patient's account with heart failure options before billing",
             "Query before billing", cdi.addr(), hosp.addr(), ALT(text))


@gen("billing_claim")
def bc_refund():
    p = Patient(age=R.randint(20, 80))
    pfs = staff("", "Refund Specialist", "Patient Financial Services")
    body = dedent(f"""
        Refund request for approval:

        Patient: {p.full}, account {digits(9)}
        Services: physical therapy visits {day(-90)} - {day(-45)} (12 visits)
        Patient paid $480 in copays; Riverside Health Plan (member {p.member}) later reprocessed the claims with $0 copay
        under the new benefit. Credit balance $480 - refund to patient by check.

        {pfs.sig()}
        """)
    return M("billing_claim", "refund request for a named patient's physical therapy copays with member id (QP)",
             "Refund approval", pfs.addr(), dl("PFS Supervisors", "pfs.supervisors"), P(body, "quoted-printable"))


@gen("billing_claim")
def bc_workers_comp():
    p = Patient(age=R.randint(20, 60))
    oh = staff("", "Workers' Compensation Coordinator", "Occupational Health")
    ins = partner("", "commonwealth-wc.example.org")
    body = dedent(f"""
        {ins.first},

        Bill and records for claim WC-{digits(8)}: {p.full}, DOB {p.dob}, injured at work {day(-21)} (warehouse lifting). Seen
        at Riverside Occupational Health for lumbar strain (S39.012A), CPT 99203, x-ray 72100, and 4 PT visits. Modified
        duty, no lifting over 20 lb through {day(14)}.

        {oh.sig()}
        """)
    return M("billing_claim", "workers' comp bill for a named injured worker with DOB, diagnosis and CPT codes (base64)",
             "WC bill and records", oh.addr(), ins.addr("full"), P(body, "base64"))


@gen("billing_claim")
def bc_claim_status_json():
    p = Patient(age=R.randint(20, 80))
    an = staff("", "Revenue Cycle Analyst", "Patient Financial Services")
    obj = {"transaction": "276/277 claim status", "payer": "Riverside Health Plan",
           "subscriber": {"name": p.lf, "memberId": p.member, "dob": p.dob_d.isoformat()},
           "claim": {"id": digits(12), "dos": day(-25, "%Y-%m-%d"), "billed": 18420.00, "lines": [{"cpt": "47562", "dx": "K80.20"}]},
           "status": {"category": "F2", "description": "Finalized/Denial - The claim/line has been rejected", "reason": "Authorization number missing"}}
    body = "Status response for the lap chole claim attached - auth number missing. Can scheduling find the auth?\n\n" + an.sig() + "\n"
    return M("billing_claim", "claim status JSON with named subscriber, member id, DOB, CPT and diagnosis",
             "Claim status - auth missing", an.addr(), dl("Surgery Scheduling", "surgery.scheduling"), P(body, "7bit"), [JSONA("claim_status.json", obj)])


# =============================================================================================
# POSITIVES: hl7


def hl7_wrapper(kind_note, subject, segs, fname, intro, ctype=None, cte_body="7bit", frm=None, to=None):
    a = staff("", "Interface Analyst", "IS Interfaces")
    body = intro + "\n\n" + a.sig() + "\n"
    return M("hl7", kind_note, subject, frm or a.addr(), to or dl("Interface Team", "interface.team"), P(body, cte_body),
             [HL7A(fname, segs, ctype)])


@gen("hl7")
def h7_a01():
    p = Patient()
    segs = [msh("ADT^A01^ADT_A01", "EPIC", "TELETRACKING"), f"EVN|A01|{ts()}", pid(p, ssn=True),
            f"PV1|1|I|5E^5{R.randint(10, 40)}^A^RIVERSIDE||||{doctor('Hospital Medicine').npi}^{hl7_name(staff())}|||MED||||1|||||{digits(9)}",
            f"DG1|1||J18.9^{ICD['J18.9']}^I10||{ts()}|A"]
    return hl7_wrapper("ADT^A01 admission with PID (name, MRN, DOB, SSN) and pneumonia DG1, attached as .hl7",
                       "Engine alert: ADT_OUT_TT NAK", segs, "A01_nak.hl7",
                       "Bed-board interface returned AE for the attached A01 (PV1-3 bed not in master file). Resent after fix.")


@gen("hl7")
def h7_a02_inline():
    p = Patient()
    segs = [msh("ADT^A02^ADT_A02", "EPIC", "NURSECALL"), f"EVN|A02|{ts()}", pid(p), f"PV1|1|I|ICU2^{R.randint(1, 16)}^A^RIVERSIDE|||4W^4{R.randint(10, 40)}^B^RIVERSIDE",
            f"DG1|1||I21.4^{ICD['I21.4']}^I10"]
    a = staff("", "Interface Analyst", "IS Interfaces")
    body = "Transfer message that the nurse-call system dropped (pasted below, segments one per line):\n\n" + "\n".join(segs) + \
        "\n\nNurse call shows the patient still in the old room. Vendor ticket opened.\n\n" + a.sig() + "\n"
    return M("hl7", "ADT^A02 transfer pasted inline in a plain-text body with PID and NSTEMI DG1",
             "A02 dropped by nurse call", a.addr(), dl("Interface Team", "interface.team"), P(body, "quoted-printable"))


@gen("hl7")
def h7_a03():
    p = Patient()
    segs = [msh("ADT^A03^ADT_A03", "EPIC", "HIE"), f"EVN|A03|{ts()}", pid(p),
            f"PV1|1|I|6N^6{R.randint(10, 40)}^A^RIVERSIDE||||||||||||||||||||||||||||||||||01|||||||{ts(-4)}|{ts()}",
            f"DG1|1||K57.32^{ICD['K57.32']}^I10||{ts()}|F"]
    return hl7_wrapper("ADT^A03 discharge to HIE with PID and diverticulitis DG1", "HIE feed: A03 rejected", segs, "A03_rejected.hl7",
                       "HIE rejected this discharge (missing PV1-36 mapping). Please review the attached message.", "x-application/hl7-v2+er7")


@gen("hl7")
def h7_a08():
    p = Patient()
    segs = [msh("ADT^A08^ADT_A01", "EPIC", "PHARMACY"), f"EVN|A08|{ts()}", pid(p, ssn=True), f"PV1|1|O|RFM^^^RIVERSIDE",
            f"AL1|1|DA|70618^Penicillin^RxNorm|SV|anaphylaxis", f"IN1|1|RHP01|{R.randint(1000, 9999)}|Riverside Health Plan|||||||||||||{hl7_name(p)}|SEL|{p.dob8}||||||||||||||||||{p.member}"]
    return hl7_wrapper("ADT^A08 update with PID, SSN, penicillin allergy and IN1 member id", "A08 allergy update not filed", segs, "A08_allergy.hl7",
                       "Pharmacy system did not file the allergy from this A08. Attached for the vendor.", "text/plain")


@gen("hl7")
def h7_oru():
    p = Patient()
    segs = [msh("ORU^R01^ORU_R01", "SUNQUEST", "EPIC"), pid(p), f"ORC|RE|{digits(8)}|{digits(8)}",
            f"OBR|1|{digits(8)}|{digits(8)}|2345-7^Glucose^LN|||{ts(0, 7, 5)}",
            f"OBX|1|NM|2345-7^Glucose^LN||312|mg/dL|70-99|H|||F", f"OBX|2|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||11.2|%|<5.7|H|||F",
            f"OBX|3|NM|2160-0^Creatinine^LN||1.8|mg/dL|0.6-1.2|H|||F"]
    return hl7_wrapper("ORU^R01 with PID and glucose/A1c/creatinine OBX results", "ORU stuck in error queue", segs, "ORU_error.hl7",
                       "Result message stuck in the error queue since 06:10 (OBX-3 code not mapped for A1c). Results are not in the chart yet.")


@gen("hl7")
def h7_siu():
    p = Patient()
    segs = [msh("SIU^S12^SIU_S12", "EPIC", "PORTAL"), f"SCH|{digits(8)}|{digits(8)}|||||ROUTINE^Routine|NEWPT^New patient|30|min|^^30^{ts(7, 9, 0)}",
            pid(p), "PV1|1|O|ONC^^^RIVERSIDE", f"AIG|1||{doctor('Hematology/Oncology').npi}^{hl7_name(staff())}", "AIL|1||CANCERCTR^^^RIVERSIDE",
            f"NTE|1||New breast cancer consult (C50.911)"]
    return hl7_wrapper("SIU^S12 new oncology appointment with PID and breast cancer note", "SIU to portal failing", segs, "SIU_S12.hl7",
                       "Portal rejects this SIU because NTE follows AIL. Sample attached.")


@gen("hl7")
def h7_mdm():
    p = Patient()
    segs = [msh("MDM^T02^MDM_T02", "DICTATION", "EPIC"), f"EVN|T02|{ts()}", pid(p), "PV1|1|O|CARD^^^RIVERSIDE",
            f"TXA|1|CN|TX|{ts()}||||||||{digits(8)}||||||AU", "OBX|1|TX|CONSULT^Consult note||Cardiology consult: paroxysmal atrial fibrillation (I48.0), CHA2DS2-VASc 4. Start apixaban 5 mg twice daily.||||||F"]
    return hl7_wrapper("MDM^T02 transcription with PID and cardiology consult text", "MDM filing error", segs, "MDM_T02.hl7",
                       "Dictated note did not file - TXA-12 unique id duplicate. Message attached.", None, "base64")


@gen("hl7")
def h7_dft():
    p = Patient()
    segs = [msh("DFT^P03^DFT_P03", "EPIC", "BILLING"), f"EVN|P03|{ts()}", pid(p, ssn=True), "PV1|1|O|ENDO^^^RIVERSIDE",
            f"FT1|1|||{ts()}||CG|45380^Colonoscopy with biopsy^CPT||1|||||||||K63.5^Polyp of colon^I10"]
    return hl7_wrapper("DFT^P03 charge with PID, SSN, colonoscopy CPT and polyp diagnosis", "DFT charge rejected", segs, "DFT_P03.hl7",
                       "Charge rejected by billing (FT1-7 missing modifier). Attached.", "x-application/hl7-v2+er7")


@gen("hl7")
def h7_orm():
    p = Patient()
    segs = [msh("ORM^O01^ORM_O01", "EPIC", "RIS"), pid(p), "PV1|1|E|ED^^^RIVERSIDE", f"ORC|NW|{digits(8)}",
            f"OBR|1|{digits(8)}||CTHEADWO^CT head without contrast^L|STAT|{ts()}|||||||||{doctor('Emergency Medicine').npi}", "DG1|1||R51.9^Headache, unspecified^I10"]
    return hl7_wrapper("ORM^O01 stat CT order with PID and headache diagnosis", "Order not received by RIS", segs, "ORM_O01.hl7",
                       "Radiology says this stat order never arrived. It is in our outbound log (attached).")


@gen("hl7")
def h7_vxu():
    p = Patient(age=R.randint(0, 2))
    segs = [msh("VXU^V04^VXU_V04", "EPIC", "STATEIIS"), pid(p), f"NK1|1|{hl7_name(Patient(age=30))}|MTH^Mother^HL70063",
            "ORC|RE||" + digits(8), f"RXA|0|1|{ts()}||08^Hep B, adolescent or pediatric^CVX|0.5|mL||00^New immunization record^NIP001||||||{R.choice('ABCDEFG')}{R.randint(1000, 9999)}AA",
            f"RXA|0|1|{ts()}||20^DTaP^CVX|0.5|mL||00^New immunization record^NIP001"]
    return hl7_wrapper("VXU^V04 immunization message for a named infant with mother NK1", "Registry rejected VXU", segs, "VXU_V04.hl7",
                       "State registry rejected the attached VXU (NK1 relationship code). Two vaccines for this infant are not reported yet.", "text/plain", "quoted-printable")


@gen("hl7")
def h7_rde():
    p = Patient()
    segs = [msh("RDE^O11^RDE_O11", "EPIC", "OMNICELL"), pid(p), f"PV1|1|I|ICU1^{R.randint(1, 16)}^A^RIVERSIDE", f"ORC|NW|{digits(8)}",
            "RXE|^^^^^^Q12H|1597^enoxaparin^RxNorm|40||mg|syringe||||1", "RXR|SC^Subcutaneous"]
    return hl7_wrapper("RDE^O11 pharmacy order with PID and enoxaparin", "Cabinet profile missing order", segs, "RDE_O11.hl7",
                       "Dispensing cabinet did not profile this order - attached RDE for the vendor.")


@gen("hl7")
def h7_batch_a04():
    pts = [Patient() for _ in range(2)]
    segs = [f"FHS|^~\\&|EPIC|RIVERSIDE|REGISTRY|STATE|{ts()}", f"BHS|^~\\&|EPIC|RIVERSIDE|REGISTRY|STATE|{ts()}"]
    for p in pts:
        segs += [msh("ADT^A04^ADT_A01", "EPIC", "CANCERREG"), f"EVN|A04|{ts()}", pid(p), "PV1|1|O|ONC^^^RIVERSIDE", f"DG1|1||C18.7^{ICD['C18.7']}^I10"]
    segs += ["BTS|2", "FTS|1"]
    return hl7_wrapper("FHS/BHS batch of two ADT^A04 with PIDs and colon cancer DG1 to the cancer registry", "Cancer registry batch", segs, "cancer_registry_batch.hl7",
                       "Tonight's registry batch (2 messages) attached for validation before the SFTP push.")


# =============================================================================================
# POSITIVES: ccda


def ccda_msg(note, subject, p, title, loinc, sections, body, frm, to, fname, inbound=False, cte="7bit", author=None):
    author = author or doctor("Internal Medicine")
    xml = ccda_doc(p, title, loinc, sections, author)
    return M("ccda", note, subject, frm, to, P(body, cte), [XMLA(fname, xml)], inbound=inbound)


@gen("ccda")
def cd_ccd_hie():
    p = Patient()
    hie = fmt_addr("Keystone HIE Direct", "direct@keystonehie.example.org")
    pcp = doctor("Family Medicine")
    secs = [("Problems", "11450-4", [["Problem", "ICD-10-CM", "Status"], ["Hypertension", "I10", "active"], ["Hyperlipidemia", "E78.5", "active"], ["Prediabetes", "R73.03", "active"]]),
            ("Medications", "10160-0", [["Medication", "Sig"], ["lisinopril 20 mg", "1 tab daily"], ["atorvastatin 20 mg", "1 tab nightly"]]),
            ("Results", "30954-2", [["Test", "Value", "Date"], ["Hemoglobin A1c", "6.1 %", day(-30)], ["LDL cholesterol", "96 mg/dL", day(-30)]])]
    return ccda_msg("CCD from the HIE (XML attachment) with recordTarget name, DOB, MRN, address and problems/meds/results",
                    "CCD document received", p, "Continuity of Care Document", "34133-9", secs,
                    EXT_BANNER + "A Continuity of Care Document was delivered for your patient. See attachment.", hie, pcp.addr(), "CCD.xml", True)


@gen("ccda")
def cd_discharge_summary():
    p = Patient()
    hosp = doctor("Hospital Medicine")
    secs = [("Hospital Course", "8648-8", "Admitted with sepsis from a urinary source (A41.9, N39.0); treated with ceftriaxone; cultures grew E. coli."),
            ("Discharge Medications", "10183-2", [["Medication", "Sig"], ["cefpodoxime 200 mg", "twice daily x 5 days"]]),
            ("Discharge Diagnosis", "11535-2", [["Diagnosis", "Code"], ["Sepsis, unspecified organism", "A41.9"], ["Urinary tract infection", "N39.0"]])]
    snf = partner("", "maplegrove-snf.example.org")
    return ccda_msg("C-CDA discharge summary XML to a SNF with recordTarget and sepsis diagnoses", "Discharge summary C-CDA", p,
                    "Discharge Summary", "18842-5", secs, f"{snf.first}, discharge summary attached for {p.first} {p.last}, arriving today.",
                    hosp.addr(), snf.addr("full"), "DischargeSummary.xml", author=hosp)


@gen("ccda")
def cd_referral_note():
    p = Patient()
    pcp = doctor("Internal Medicine")
    secs = [("Reason for Referral", "42349-1", "Evaluation of chronic kidney disease stage 3b (N18.32) with proteinuria."),
            ("Results", "30954-2", [["Test", "Value"], ["eGFR", "38 mL/min/1.73m2"], ["Urine albumin/creatinine", "412 mg/g"]])]
    return ccda_msg("C-CDA referral note XML to nephrology with recordTarget and CKD results", "Referral note (C-CDA)", p,
                    "Referral Note", "57133-1", secs, "Referral note attached in C-CDA format for the nephrology intake queue.",
                    pcp.addr(), dl("Nephrology Intake", "neph.intake"), "ReferralNote.xml", cte="quoted-printable", author=pcp)


@gen("ccda")
def cd_consult():
    p = Patient()
    neuro = doctor("Neurology")
    secs = [("Assessment", "51848-0", "Focal epilepsy (G40.909); MRI shows left mesial temporal sclerosis."),
            ("Plan of Treatment", "18776-5", "Increase levetiracetam to 1,000 mg twice daily. No driving for 6 months per state law.")]
    pcp = doctor("Family Medicine", domain="northsidefamily.example.org")
    return ccda_msg("C-CDA consultation note XML to outside PCP with epilepsy assessment", "Consult note", p, "Consultation Note", "11488-4", secs,
                    f"Dr. {pcp.last}, consultation note for your patient {p.full} attached (C-CDA).", neuro.addr(), pcp.addr(), "ConsultNote.xml",
                    cte="base64", author=neuro)


@gen("ccda")
def cd_progress():
    p = Patient()
    rh = doctor("Rheumatology")
    secs = [("Problems", "11450-4", [["Problem", "Code"], ["Rheumatoid arthritis", "M06.9"]]),
            ("Medications", "10160-0", [["Medication", "Sig"], ["methotrexate 20 mg", "weekly"], ["folic acid 1 mg", "daily"]]),
            ("Vital Signs", "8716-3", [["Vital", "Value"], ["BP", "128/78"], ["Weight", "71 kg"]])]
    return ccda_msg("C-CDA progress note XML with recordTarget, RA and methotrexate", "Progress note export", p, "Progress Note", "11506-3", secs,
                    "Exported progress note for the research coordinator's chart abstraction - restricted folder only.", rh.addr(),
                    dl("Rheumatology Research", "rheum.research"), "ProgressNote.xml", author=rh)


@gen("ccda")
def cd_toc_inbound():
    p = Patient()
    oh = partner("", "stlukes-valley.example.org")
    secs = [("Encounters", "46240-8", [["Encounter", "Date"], ["Inpatient", day(-6)]]),
            ("Problems", "11450-4", [["Problem", "Code"], ["Cerebral infarction", "I63.9"], ["Atrial fibrillation", "I48.91"]]),
            ("Medications", "10160-0", [["Medication", "Sig"], ["apixaban 5 mg", "twice daily"], ["atorvastatin 80 mg", "nightly"]])]
    return ccda_msg("inbound transition-of-care C-CDA with stroke and AF for a named patient", "Transition of care document", p,
                    "Transition of Care/Referral Summary", "34133-9", secs, EXT_BANNER + "Transition of care summary for inpatient rehab admission attached.",
                    oh.addr("full"), dl("Inpatient Rehab Admissions", "irf.admissions"), "TOC.xml", True)


@gen("ccda")
def cd_accented():
    p = Patient(trad=R.choice(["viet", "turkish_armenian", "slavic", "lusophone"]))
    pcp = doctor("Family Medicine")
    secs = [("Immunizations", "11369-6", [["Vaccine", "Date"], ["Influenza, quadrivalent", day(-20)], ["Tdap", day(-400)]]),
            ("Allergies", "48765-2", [["Substance", "Reaction"], ["sulfamethoxazole", "rash"]])]
    return ccda_msg("C-CDA with accented patient name (UTF-8 XML) and immunizations/allergies", "Record for school", p, "Continuity of Care Document",
                    "34133-9", secs, f"Attached is the requested CCD for {fold_ascii(p.full)} for the school nurse.", pcp.addr(),
                    fmt_addr("School Nurse Office", "nurse@harmonfallssd.example.org"), "CCD_school.xml", cte="quoted-printable", author=pcp)


@gen("ccda")
def cd_html_plus_xml():
    p = Patient()
    card = doctor("Cardiology")
    xml = ccda_doc(p, "Procedure Note", "28570-0", [("Procedure", "47519-4", "Transthoracic echocardiogram: LVEF 35%, moderate mitral regurgitation.")], card)
    inner = f"<p>Procedure note for <b>{esc(p.full)}</b> (DOB {esc(p.dob)}) attached as C-CDA. Human-readable summary: TTE shows LVEF 35% with moderate MR.</p>"
    return M("ccda", "procedure note C-CDA XML plus HTML summary naming the patient with DOB and echo findings",
             "Procedure note", card.addr(), dl("Heart Failure Clinic", "hf.clinic"), ALT(f"Procedure note for {p.full} (DOB {p.dob}) attached as C-CDA.\n", inner),
             [XMLA("ProcedureNote.xml", xml)])


@gen("ccda")
def cd_fwd():
    p = Patient()
    pcp = doctor("Internal Medicine")
    ma = staff("", "HIM Specialist", "Health Information Management")
    xml = ccda_doc(p, "Continuity of Care Document", "34133-9", [("Problems", "11450-4", [["Problem", "Code"], ["Major depressive disorder", "F32.A"], ["GERD", "K21.9"]])], pcp)
    inner = inner_msg("Records request - CCD", pcp.addr(), ma.addr(), Multi("mixed", [P("CCD for the records request attached.\n"), XMLA("CCD.xml", xml)]),
                      when=CUR - datetime.timedelta(days=1))
    body = "Forwarding the CCD the clinic sent for the release-of-information request. Logging it now.\n\n" + ma.sig(True) + "\n"
    return M("ccda", "forwarded message (rfc822) containing a CCD XML with a named patient's depression diagnosis",
             "FW: Records request - CCD", ma.addr(), dl("Release of Information", "roi"), P(body, "7bit"), [Fwd(inner)])


@gen("ccda")
def cd_lab_section():
    p = Patient()
    lab = doctor("Pathology")
    secs = [("Results", "30954-2", [["Test", "Value", "Flag"], ["HCV RNA, quantitative", "1,240,000 IU/mL", "H"], ["HCV genotype", "1a", ""], ["ALT", "88 U/L", "H"]])]
    idd = doctor("Infectious Diseases")
    return ccda_msg("C-CDA results document with HCV viral load for a named patient", "HCV results document", p, "Laboratory Report", "11502-2", secs,
                    f"Dr. {idd.last}, results document for your hepatitis C referral attached.", lab.addr(), idd.addr(), "LabReport.xml", author=lab)


@gen("ccda")
def cd_patient_sends():
    p = Patient()
    pe = Person(p.first, p.last, domain="gmail.example")
    secs = [("Problems", "11450-4", [["Problem", "Code"], ["Type 1 diabetes", "E10.9"], ["Hypothyroidism", "E03.9"]]),
            ("Medications", "10160-0", [["Medication", "Sig"], ["insulin glargine", "22 units nightly"], ["levothyroxine 75 mcg", "daily"]])]
    return ccda_msg("patient e-mails own downloaded CCD (name, DOB, diabetes) before a new-patient visit", "My records for new patient visit", p,
                    "Continuity of Care Document", "34133-9", secs,
                    f"Hi, I'm a new patient on {dshort(5)}. I downloaded my health summary from my old doctor's portal - attached.\n\n{p.full}",
                    pe.addr("full"), dl("Endocrinology Front Desk", "endo.frontdesk"), "health_summary.xml", True)


# =============================================================================================
# POSITIVES: label (PHI sensitivity label; body innocuous)

PHI_NAMES = ["Confidential PHI", "Confidential - PHI", "confidential-phi", "CONFIDENTIAL PHI", "Confidential_PHI", "Confidential PHI",
             "Confidential - PHI", None, "confidential phi", "Confidential-PHI"]
_pl = [0]


def phil():
    v = PHI_NAMES[_pl[0] % len(PHI_NAMES)]
    _pl[0] += 1
    return (PHI_GUID, v, R.choice(["Standard", "Privileged"]))


LABEL_BODIES = [
    ("Approved.", "RE: Request"), ("Thanks - got it. Will review tonight.", "RE: Follow-up"), ("Can we talk at 2?", "Quick question"),
    ("See attached.", "Documents"), ("Yes, please go ahead and send it.", "RE: OK to send?"), ("Sorry, wrong thread - ignore my last message.", "RE: Update"),
    ("Call me on my cell when you're out of the meeting.", "Call me"), ("Done. Let me know if anything else is needed.", "RE: Request - done"),
    ("Forwarding for your awareness.", "FW: For awareness"), ("Agree with the plan.", "RE: Plan"),
]


@gen_n("label", 10)
def lb_generic(v):
    text, subj = LABEL_BODIES[v]
    a = staff(R.choice(["RN", "MD", "", "MSW", "PharmD"]), "", R.choice(["Care Management", "Oncology", "Hospital Medicine", "Pharmacy", "Social Work"]))
    b = staff()
    body_text = text + "\n\n" + a.sig(short=v % 2 == 0) + "\n"
    forms = [lambda: P(body_text, "7bit"), lambda: P(body_text, "quoted-printable"), lambda: ALT(body_text), lambda: P(body_text, "base64"),
             lambda: H(auto_html(body_text), "quoted-printable")]
    body = forms[v % len(forms)]()
    atts = []
    if v == 3:
        atts = [PDF("scan_0001.pdf", ["# Scanned document", "Page 1 of 1", "(see original in the secure folder)"], flate=True)]
    return M("label", "PHI sensitivity label GUID in msip_labels (name spelled '%s'); body innocuous" % (phil_peek()), subj, a.addr(), b.addr(), body, atts,
             label=phil())


def phil_peek():
    v = PHI_NAMES[_pl[0] % len(PHI_NAMES)]
    return v if v else "name omitted"


# =============================================================================================
# POSITIVES: mbi


@gen("mbi")
def mb_eligibility():
    p = Patient(age=R.randint(66, 90))
    pa = staff("", "Insurance Verification Specialist", "Patient Access")
    m = p.mbi[:4] + "-" + p.mbi[4:7] + "-" + p.mbi[7:]
    body = dedent(f"""
        Eligibility verified for tomorrow's admission:

        {p.lf}   DOB {p.dob}
        Medicare MBI {m}
        Part A effective {p.dob_d.month:02d}/01/{p.dob_d.year + 65}, Part B effective same date
        No Medicare Advantage plan on file; secondary: state Medigap plan G
        Scheduled: elective right total hip arthroplasty

        {pa.sig(True)}
        """)
    return M("mbi", "eligibility verification with a named patient's Medicare MBI (dashed), DOB and scheduled surgery",
             "Eligibility verified", pa.addr(), dl("Ortho Surgery Scheduling", "ortho.surgery"), P(body, "7bit"))


@gen("mbi")
def mb_family_card():
    p = Patient(age=R.randint(66, 90))
    son = ext_person()
    body = dedent(f"""
        {EXT_BANNER}Hello,

        My {'mother' if p.sex == 'F' else 'father'}, {p.full}, got a new Medicare card and the front desk asked me to send the number
        before {p.his} cardiology visit on Thursday. It is {p.mbi}. {p.his.capitalize()} birthday is {p.dob}. Please update
        {p.his} account.

        Thanks,
        {son.full}
        """)
    return M("mbi", "family member e-mails a named parent's new MBI with DOB before a cardiology visit (QP, inbound)",
             "New Medicare card", son.addr("full"), dl("Patient Access", "patient.access"), P(body, "quoted-printable"), inbound=True)


@gen("mbi")
def mb_hicn_html():
    p = Patient(age=R.randint(66, 90))
    pa = staff("", "Registration Specialist", "Patient Access")
    inner = dedent(f"""
        <p class="MsoNormal">Updated Medicare ID on the account below - the old SSN-based number was still on file and the
        claim for the {esc(day(-20))} cataract surgery rejected.</p>
        <table class="rh"><tr><td>Patient</td><td>{esc(p.lf)}</td></tr><tr><td>MRN</td><td>{p.mrn}</td></tr>
        <tr><td>Medicare Beneficiary Identifier</td><td>{p.mbi}</td></tr><tr><td>DOB</td><td>{dob_span(p)}</td></tr></table>
        <p class="MsoNormal">{esc(pa.full)}</p>
        """)
    return M("mbi", "account update with MBI, MRN and span-split DOB after a rejected cataract claim (HTML)",
             "Medicare ID updated", pa.addr(), dl("PFS Medicare Team", "pfs.medicare"), H(inner, "quoted-printable"))


@gen("mbi")
def mb_ma_csv():
    an = staff("", "Medicare Advantage Analyst", "Managed Care")
    rows = [["Beneficiary", "DOB", "MBI", "Plan on file", "CMS enrollment", "Last visit"]]
    for i in range(6):
        p = Patient(age=R.randint(66, 92))
        rows.append([p.lf, p.dob, p.mbi, R.choice(["Original Medicare", "RHP Medicare Advantage"]), R.choice(["RHP Medicare Advantage", "Original Medicare", "Other MA plan"]),
                     day(-R.randint(10, 200))])
    body = "Enrollment discrepancy list from the monthly CMS file attached. Please correct coverage before rebilling.\n\n" + an.sig() + "\n"
    return M("mbi", "Medicare enrollment discrepancy CSV with names, DOBs, MBIs and last visit dates",
             "MA enrollment discrepancies", an.addr(), dl("PFS Medicare Team", "pfs.medicare"), P(body, "7bit"), [CSV("ma_discrepancies.csv", rows)])


@gen("mbi")
def mb_home_health_noa():
    p = Patient(age=R.randint(66, 95))
    hh = staff("RN", "Intake Coordinator", "Riverside Home Care")
    body = dedent(f"""
        Notice of admission to submit today:

        Beneficiary: {p.full}   MBI {p.mbi}   DOB {p.dob}
        Start of care: {day(0)}
        Primary diagnosis: heart failure, unspecified (I50.9); secondary: type 2 diabetes (E11.9)
        Services: skilled nursing 2x/week, PT 2x/week
        Certifying physician: Dr. {doctor('Internal Medicine').last}

        {hh.sig(True)}
        """)
    return M("mbi", "home health notice of admission with MBI, DOB and diagnoses (base64)",
             "NOA to submit", hh.addr(), dl("Home Care Billing", "homecare.billing"), P(body, "base64"))


@gen("mbi")
def mb_oxygen_pdf():
    p = Patient(age=R.randint(66, 90))
    pul = doctor("Pulmonology")
    lines = ["# Home Oxygen Order / Certificate of Medical Necessity", f"Patient: {p.full}   DOB {p.dob}", f"Medicare MBI: {p.mbi}",
             f"Address: {p.address}", "", "Diagnosis: COPD with acute exacerbation (J44.1)", "Qualifying test: SpO2 86% on room air at rest, " + day(-1),
             "Order: oxygen 2 L/min via nasal cannula, continuous; portable concentrator", "Length of need: 99 months", "",
             f"Ordering physician: {pul.full}, MD   NPI {pul.npi}"]
    body = f"Oxygen CMN for {p.last} attached - please send to the DME supplier today, the patient goes home this afternoon.\n\n{pul.sig(True)}\n"
    return M("mbi", "home oxygen order PDF with MBI, DOB, address, COPD code and qualifying SpO2",
             "Oxygen order - DME", pul.addr(), dl("Case Management", "case.mgmt"), P(body, "7bit"), [PDF("oxygen_cmn.pdf", lines)])


@gen("mbi")
def mb_hospice_election():
    p = Patient(age=R.randint(70, 95))
    hc = staff("RN", "Hospice Admissions Nurse", "Riverside Hospice")
    txt = dedent(f"""
        HOSPICE ELECTION STATEMENT - summary for billing
        Beneficiary: {p.full}    MBI: {p.mbi}    DOB: {p.dob}
        Terminal diagnosis: Alzheimer's disease, unspecified (G30.9)
        Election date: {day(0)}    Attending: Dr. {doctor('Geriatrics').last}
        Signed by: health care power of attorney (daughter)
        """)
    body = f"Election statement summary attached for the NOE.\n\n{hc.sig(True)}\n"
    return M("mbi", "hospice election summary TXT with MBI, DOB and terminal diagnosis",
             "Hospice election - NOE", hc.addr(), dl("Hospice Billing", "hospice.billing"), P(body, "quoted-printable"), [TXT("election_summary.txt", txt, "base64")])


@gen("mbi")
def mb_msp():
    p = Patient(age=R.randint(66, 80))
    pa = staff("", "Patient Access Representative", "Patient Access")
    text = dedent(f"""
        MSP questionnaire completed at check-in for {p.full} (Medicare {p.mbi}): still working full time, employer group
        health plan through spouse's employer with over 20 employees, so Medicare is SECONDARY for today's outpatient
        chemotherapy infusion. Card copies scanned.

        {pa.full}
        """)
    return M("mbi", "Medicare secondary payer note for a named patient with MBI and chemotherapy visit",
             "MSP - Medicare secondary", pa.addr(), dl("Infusion Billing", "infusion.billing"), ALT(text))


@gen("mbi")
def mb_claim_json():
    p = Patient(age=R.randint(66, 90))
    an = staff("", "Claims Analyst", "Patient Financial Services")
    obj = {"claimId": digits(13), "payer": "Medicare Part B", "beneficiary": {"name": p.lf, "mbi": p.mbi, "dob": p.dob_d.isoformat()},
           "serviceDate": day(-14, "%Y-%m-%d"), "lines": [{"cpt": "99214", "dx": ["E11.65", "I10"]}, {"cpt": "83036", "dx": ["E11.65"]}],
           "reject": {"code": "N382", "text": "Missing/incomplete/invalid patient identifier"}}
    body = "Rejected Part B claim attached - MBI was keyed with an extra character. Corrected and resubmitted.\n\n" + an.sig() + "\n"
    return M("mbi", "rejected Medicare claim JSON with named beneficiary, MBI, DOB, CPT and diagnoses",
             "Part B reject - fixed", an.addr(), dl("PFS Medicare Team", "pfs.medicare"), P(body, "base64"), [JSONA("claim_reject.json", obj)])


@gen("mbi")
def mb_snf_3day():
    p = Patient(age=R.randint(70, 95))
    cm = staff("RN", "Case Manager", "Care Management")
    m = p.mbi[:4] + " " + p.mbi[4:7] + " " + p.mbi[7:]
    body = dedent(f"""
        {p.title} {p.last} in 4{R.randint(10, 40)} ({p.full}, Medicare {m}) - inpatient admission order was written on day 2, so
        only 2 qualifying inpatient midnights so far. SNF coverage needs 3. Planned discharge to rehab Friday is fine
        if {p.he} stays through Thursday night. Please confirm with the attending.

        {cm.sig(True)}
        """)
    return M("mbi", "case manager note with MBI written with spaces, SNF 3-midnight rule for a named inpatient",
             "SNF 3-day rule", cm.addr(), doctor("Hospital Medicine").addr(), P(body, "7bit"))


@gen("mbi")
def mb_xml_eligibility():
    p = Patient(age=R.randint(66, 90))
    an = staff("", "Interface Analyst", "IS Revenue Cycle")
    xml = dedent(f"""
        <?xml version="1.0" encoding="UTF-8"?>
        <eligibilityResponse source="HETS" requested="{day(0, '%Y-%m-%d')}">
          <subscriber>
            <name last="{esc(p.last)}" first="{esc(p.first)}"/>
            <mbi>{p.mbi}</mbi>
            <birthDate>{p.dob_d.isoformat()}</birthDate>
          </subscriber>
          <benefit part="A" status="active"/>
          <benefit part="B" status="active"/>
          <hospiceElection status="none"/>
          <homeHealthEpisode status="open" agency="non-Riverside"/>
        </eligibilityResponse>
        """)
    body = "Eligibility response that our parser choked on (home health episode element). Sample attached.\n\n" + an.sig() + "\n"
    return M("mbi", "Medicare eligibility response XML with named beneficiary, MBI, DOB and open home-health episode",
             "Eligibility parser error", an.addr(), dl("Interface Team", "interface.team"), P(body, "7bit"), [XMLA("eligibility_response.xml", xml)])


# =============================================================================================
# main


def main():
    global CUR
    msgs = []
    for kind, f in GENS:
        CUR = pick_date()
        m = f()
        assert m.kind == kind, (kind, m.kind)
        msgs.append(m)
    R.shuffle(msgs)
    if os.path.isdir(MSGDIR):
        shutil.rmtree(MSGDIR)
    os.makedirs(MSGDIR)
    labels = []
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}{i:04d}.eml"
        with open(os.path.join(MSGDIR, name), "wb") as fh:
            fh.write(m.raw)
        labels.append({"file": name, "phi": m.kind in POS_KINDS, "kind": m.kind, "form": m.form, "note": m.note})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=True)
        fh.write("\n")
    counts = {}
    for l in labels:
        counts[l["kind"]] = counts.get(l["kind"], 0) + 1
    for k in POS_KINDS + NEG_KINDS:
        print(f"{k:<20} {str(k in POS_KINDS).lower():<6} {counts.get(k, 0)}")
    npos = sum(l["phi"] for l in labels)
    print(f"total {len(labels)}  phi=true {npos}  phi=false {len(labels) - npos}")


if __name__ == "__main__":
    main()
