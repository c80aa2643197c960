#!/usr/bin/env python3
"""Fourth development corpus (phi4) for the Riverside Health PHI classifier.

Standard library only.  Fixed seed, no clock reads: every run writes byte-identical
messages/sNNNN.eml and labels.json next to this file.

Emphasis of this set: hard cases on both sides of the line - patient-written phone mail
(lowercase, typos, first names and nicknames), names that are also English words or places,
identifiers written loosely (MBIs with spaces/dashes, member ids with prefixes, chart numbers
in free text), deep Outlook/Gmail reply chains whose PHI is only in the oldest quoted message,
and negatives that look clinical (directories with NPIs, coding newsletters, templates,
birth years, SSN-shaped order numbers, de-identified cases, dashboards, recalls).
"""
import base64
import datetime
import json
import os
import random
import re
import shutil
import unicodedata
import zlib

SEED = 20250404
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
REF = datetime.date(2025, 4, 1)
BASE_DT = datetime.datetime(2025, 4, 1, 7, 0, 0)
TENANT = "d7e2f4a1-5c3b-4a8e-9f1d-3b6c8e2a7f15"
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GEN_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INT_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
DOM = "riversidehealth.example"

# --------------------------------------------------------------------------- people
FIRST = [
    ("Maria", "F"), ("Jose", "M"), ("Luis", "M"), ("Ana", "F"), ("Carmen", "F"), ("Miguel", "M"), ("Yesenia", "F"),
    ("Hector", "M"), ("Aaliyah", "F"), ("DeAndre", "M"), ("Tamika", "F"), ("Marcus", "M"), ("Jasmine", "F"),
    ("Terrence", "M"), ("Wei", "M"), ("Lina", "F"), ("Jun", "M"), ("Mai", "F"), ("Tuan", "M"), ("Linh", "F"),
    ("Hyun-woo", "M"), ("Ji-ho", "U"), ("Priya", "F"), ("Arjun", "M"), ("Deepa", "F"), ("Sanjay", "M"),
    ("Ahmed", "M"), ("Layla", "F"), ("Yasmin", "F"), ("Hassan", "M"), ("Chidi", "M"), ("Adaeze", "F"),
    ("Kwabena", "M"), ("Efua", "F"), ("Hamza", "M"), ("Fartun", "F"), ("Olga", "F"), ("Pavel", "M"),
    ("Giovanni", "M"), ("Bridget", "F"), ("Declan", "M"), ("Susan", "F"), ("Thomas", "M"), ("Donna", "F"),
    ("Gary", "M"), ("Karen", "F"), ("Kevin", "M"), ("Brittany", "F"), ("Cody", "M"), ("Ruth", "F"),
    ("Harold", "M"), ("Gloria", "F"), ("Eugene", "M"), ("Mildred", "F"), ("Lorenzo", "M"), ("Teresa", "F"),
    ("Alejandro", "M"), ("Xochitl", "F"), ("Keanu", "M"), ("Noelani", "F"), ("Tsering", "U"), ("Nasra", "F"),
    ("Abdirahman", "M"), ("Marisol", "F"), ("Emmanuel", "M"), ("Naomi", "F"), ("Ezra", "M"), ("Chaya", "F"),
    ("Ingrid", "F"), ("Lars", "M"), ("Elena", "F"), ("Nikhil", "M"), ("Shanice", "F"), ("Darnell", "M"),
    ("Robert", "M"), ("Patricia", "F"), ("Elizabeth", "F"), ("Charles", "M"), ("Dorothy", "F"), ("Henry", "M"),
]
# first names that are also common English words (the hard cases)
WORD_FIRST = [
    ("Rose", "F"), ("Faith", "F"), ("Hope", "F"), ("Grace", "F"), ("Will", "M"), ("Bill", "M"), ("Mark", "M"),
    ("Jordan", "U"), ("Paris", "F"), ("Austin", "M"), ("Chase", "M"), ("Summer", "F"), ("Dawn", "F"), ("Joy", "F"),
    ("April", "F"), ("June", "F"), ("Iris", "F"), ("Ivy", "F"), ("Holly", "F"), ("Frank", "M"), ("Guy", "M"),
    ("Sunny", "U"), ("Autumn", "F"), ("Ruby", "F"), ("Crystal", "F"), ("Drew", "U"), ("Wade", "M"), ("Reed", "M"),
    ("Rich", "M"), ("Pat", "U"), ("Destiny", "F"), ("Hunter", "M"), ("Sky", "U"), ("Melody", "F"), ("Cash", "M"),
]
LAST = [
    "Garcia", "Lopez", "Hernandez", "Martinez", "Gonzalez", "Ramirez", "Morales", "Ortiz", "Castillo", "Mendoza",
    "Johnson", "Williams", "Jackson", "Washington", "Robinson", "Harris", "Thompson", "Walker", "Nguyen", "Tran",
    "Le", "Pham", "Kim", "Park", "Chen", "Liu", "Zhang", "Patel", "Shah", "Reddy", "Iyer", "Chowdhury", "Khan",
    "Haddad", "Mansour", "Okonkwo", "Eze", "Boateng", "Asante", "Warsame", "Hussein", "Novak", "Petrov",
    "Kowalczyk", "Romano", "Ferraro", "Gallagher", "O'Neill", "Schultz", "Meyer", "Larson", "Olson", "Andersen",
    "Sato", "Yamamoto", "Kahananui", "Tso", "Nez", "Benally", "Goldstein", "Friedman", "Katz", "Alvarez",
    "Delacroix", "LeBlanc", "Broussard", "Dominguez", "Espinoza", "Sorensen", "Lindqvist", "Mahmoud", "Sandoval",
]
# surnames that are also words or places (the hard cases)
WORD_LAST = [
    "Wood", "Brown", "Young", "King", "Rice", "Hill", "Lane", "Chase", "Jordan", "Rose", "Bell", "Stone", "Marsh",
    "Fields", "Price", "Banks", "Love", "Fox", "Hunter", "Baker", "Cook", "Little", "Long", "Moody", "Sharp",
    "Street", "Church", "House", "Hall", "Parks", "Green", "White", "Gray", "Golden", "Summers", "Winters",
    "Wells", "Major", "Best", "Black", "Waters", "Rivers", "Woods", "Frost", "Snow", "Strong", "Sweet", "Power",
    "Paris", "Austin", "Dallas", "Houston", "London", "Holland", "England", "Page", "Day", "Knight", "Bishop",
]
NICK = {"Robert": "Bobby", "William": "Billy", "Elizabeth": "Betsy", "Patricia": "Patty", "Charles": "Chuck",
        "Dorothy": "Dot", "Henry": "Hank", "Will": "Willie", "Bill": "Billy", "Rose": "Rosie", "Frank": "Frankie",
        "Grace": "Gracie", "Mark": "Marky", "Hope": "Hopey", "Summer": "Sum", "Chase": "Chasey", "Austin": "Aus",
        "Jordan": "Jojo", "Dawn": "Dawnie", "Faith": "Fay", "Rich": "Richie", "Harold": "Harry", "Eugene": "Gene",
        "Mildred": "Millie", "Thomas": "Tommy", "Susan": "Sue", "Gary": "G", "Donna": "Donnie", "Teresa": "Tere",
        "Alejandro": "Alex", "Marisol": "Mari", "Kevin": "Kev", "Jasmine": "Jaz", "Marcus": "Marc"}
STREETS = ["Wood Ln", "King St", "Hill Rd", "Rose Ave", "Chase Ct", "Summer St", "Jordan Dr", "Grace St",
           "Church St", "Mill Pond Rd", "Birch Hollow Dr", "Kingsley Ave", "Prospect Hill Rd", "Lincoln Ave",
           "W Jefferson St", "Bluff Rd", "Fox Run", "Dawn Ct", "Paris Ave", "Austin Blvd", "Orchard Ln"]
CITIES = [("Springfield", "IL", "627"), ("Decatur", "IL", "625"), ("Champaign", "IL", "618"), ("Paris", "IL", "619"),
          ("Moline", "IL", "612"), ("Galesburg", "IL", "614"), ("Quincy", "IL", "623"), ("Iowa City", "IA", "522"),
          ("Burlington", "IA", "526"), ("Janesville", "WI", "535"), ("Hope", "IN", "472"), ("Marion", "IN", "469")]
AREAS = ["217", "309", "815", "563", "608", "765", "319", "224"]
MAILDOMS = ["mail.example", "inbox.example", "cellmail.example.net", "webmail.example.org", "homenet.example.net"]
LANGS = ["Spanish", "Vietnamese", "Arabic", "Somali", "Mandarin", "Korean", "Russian", "Amharic", "Haitian Creole",
         "Hmong", "Tagalog", "Polish", "Bosnian", "Karen", "Swahili"]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


class Person:
    def __init__(self, first, last, sex, mi):
        self.first, self.last, self.sex, self.mi = first, last, sex, mi

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def nick(self):
        return NICK.get(self.first, self.first)

    def title(self):
        return {"F": R.choice(["Ms.", "Mrs."]), "M": "Mr."}.get(self.sex, "Mx.") + " " + self.last

    def pron(self):
        return {"F": ("she", "her"), "M": ("he", "his")}.get(self.sex, ("they", "their"))

    def style(self, s):
        return {"fl": self.full, "LF": f"{self.last.upper()}, {self.first.upper()}",
                "lf": f"{self.last}, {self.first}", "fml": f"{self.first} {self.mi}. {self.last}", "f": self.first,
                "title": self.title(), "nick": f"{self.nick} {self.last}", "lower": self.full.lower(),
                "hl7": f"{ascii_fold(self.last).upper()}^{ascii_fold(self.first).upper()}^{self.mi}"}[s]

    def any_style(self):
        return self.style(R.choice(["fl", "fl", "LF", "lf", "fml", "title", "nick"]))


USED_NAMES = set()


def person(sex=None, word=None):
    """word=None: ordinary names; 'first'/'last'/'both': names that are also English words or places."""
    while True:
        fpool = WORD_FIRST if word in ("first", "both") else FIRST
        lpool = WORD_LAST if word in ("last", "both") else LAST
        first, sx = R.choice(fpool)
        if sex and sx != sex:
            continue
        last = R.choice(lpool)
        if (first, last) in USED_NAMES or first == last:
            continue
        USED_NAMES.add((first, last))
        return Person(first, last, sx, R.choice("ABCDEFGHJKLMNPRSTW"))


def wordy():
    return R.choice(["first", "last", "both", "both"])


def ssn():
    """SSN with valid structure (area not 000/666/9xx, group not 00, serial not 0000)."""
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if v in ("078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"):
            continue
        return v


def ssn_shaped():
    """A number in NNN-NN-NNNN shape that is not an SSN (order, invoice, part numbers)."""
    return f"{R.randint(100, 899):03d}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi_raw():
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A), R.choice(MBI_A),
         R.choice("0123456789"), R.choice("0123456789")]
    s = "".join(c)
    if s == "1EG4TE5MK73":
        return mbi_raw()
    return s


def mbi_fmt(s, how):
    if how == "dash":
        return f"{s[:4]}-{s[4:7]}-{s[7:]}"
    if how == "space":
        return f"{s[:4]} {s[4:7]} {s[7:]}"
    if how == "lower-space":
        return f"{s[:4]} {s[4:7]} {s[7:]}".lower()
    if how == "lower":
        return s.lower()
    return s


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


def legacy_chart():
    return "00" + str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(5))


def phone(area=None, style="paren"):
    a, n = area or R.choice(AREAS), f"{R.randint(0, 99):02d}"
    if style == "dash":
        return f"{a}-555-01{n}"
    if style == "dot":
        return f"{a}.555.01{n}"
    if style == "bare":
        return f"{a}55501{n}"
    return f"({a}) 555-01{n}"


def addr():
    city, st, z = R.choice(CITIES)
    return (f"{R.randint(12, 9870)} {R.choice(STREETS)}", city, st, f"{z}{R.randint(0, 99):02d}")


class Patient(Person):
    pass


def email_local(p, sep=None):
    f = ascii_fold(p.first).lower().replace("-", "")
    l_ = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    return R.choice([f + (sep if sep is not None else R.choice([".", "_", ""])) + l_, f[0] + l_, f + l_[0], l_ + f[0],
                     NICK.get(p.first, p.first).lower().replace(" ", "") + l_[:1]])


def rename(p, first):
    p.first = first
    p.email = email_local(p) + R.choice(["", str(R.randint(1, 99))]) + "@" + R.choice(MAILDOMS)
    return p


def patient(lo=18, hi=88, sex=None, word=None):
    p = person(sex, word)
    p.__class__ = Patient
    p.age = R.randint(lo, hi)
    p.dob = REF - datetime.timedelta(days=p.age * 365 + R.randint(10, 350))
    p.mrn, p.member, p.ssn, p.mbi, p.chart = mrn(), member(), ssn(), mbi_raw(), legacy_chart()
    p.addr = addr()
    p.phone = phone()
    p.email = email_local(p) + R.choice(["", str(R.randint(1, 99)), str(p.dob.year)[2:]]) + "@" + R.choice(MAILDOMS)
    p.lang = R.choice(LANGS)
    return p


def dob(p, style="us"):
    d = p.dob
    return {"us": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(), "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "hl7": f"{d.year}{d.month:02d}{d.day:02d}", "short": f"{d.month}/{d.day}/{str(d.year)[2:]}",
            "nodash": f"{d.month}/{d.day}/{d.year}", "dash": f"{d.month:02d}-{d.day:02d}-{d.year}"}[style]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DEPTS = ["Cardiology", "Endocrinology", "Family Medicine", "Internal Medicine", "Oncology", "Orthopedics",
         "Nephrology", "Pulmonology", "Gastroenterology", "Behavioral Health", "Neurology", "Pediatrics",
         "OB/GYN", "Urology", "Rheumatology", "Podiatry", "Wound Care"]
CLINICS = ["Riverside Cardiology - Prospect Hill", "Riverside Family Medicine - Kingsley",
           "Riverside Endocrinology - MOB 3", "Riverside Internal Medicine - Paris Ave",
           "Riverside GI & Endoscopy Center", "Riverside Orthopedics - Fox Run",
           "Riverside Kidney Care - Summer St", "Riverside Lung & Sleep - Main Campus",
           "Riverside Behavioral Health - Church St", "Riverside Women's Health - Rose Ave"]


class Staff(Person):
    pass


def staff(role="RN", dept=None, cred=None, word=None):
    p = person(word=word)
    p.__class__ = Staff
    p.role = role
    p.dept = dept or R.choice(DEPTS)
    p.cred = cred if cred is not None else {"MD": R.choice(["MD", "MD", "DO"]), "NP": "APRN, FNP-C", "PA": "PA-C",
                                            "RN": "RN", "MA": "CMA", "RPh": "PharmD"}.get(role, "")
    local = (ascii_fold(p.first).lower().replace("-", "") + "." +
             ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", ""))
    p.email = f"{local}@{DOM}"
    p.ext = f"x{R.randint(2, 7)}{R.randint(100, 999)}"
    p.npi = npi()
    p.dea = dea(p.last)
    return p


ME = {}


def me(role, dept, cred):
    """The same staff member for the same (role, dept, cred) within one message (sender = signer)."""
    if (role, dept, cred) not in ME:
        ME[(role, dept, cred)] = staff(role, dept, cred)
    return ME[(role, dept, cred)]


def staff_named(first, role="RN", dept=None, cred=None):
    p = staff(role, dept, cred)
    p.first = first
    p.email = f"{first.lower()}.{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '').replace('.', '')}@{DOM}"
    return p


def prov(dept=None, word=None):
    return staff(R.choice(["MD", "MD", "MD", "NP", "PA"]), dept, word=word)


def nurse(dept=None, word=None):
    return staff(R.choice(["RN", "RN", "MA"]), dept, word=word)


def dr(p):
    return f"Dr. {p.last}"


def disp(p):
    return f"{p.last}, {p.first}"


def addr_of(p):
    return (disp(p) if isinstance(p, Staff) else p.full, p.email)


def ext_person(domain, word=None):
    p = person(word=word)
    p.email = (f"{ascii_fold(p.first)[0].lower()}{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')}@{domain}")
    return p


def sig(s, mobile=False):
    if mobile:
        return "\n\n" + R.choice(["Sent from my iPhone", "Get Outlook for iOS", "Sent from my Galaxy", "Get Outlook for Android"])
    cred = f", {s.cred}" if s.cred else ""
    title = {"MD": "Attending Physician", "NP": "Nurse Practitioner", "PA": "Physician Assistant",
             "RN": R.choice(["Clinical Nurse", "RN Care Coordinator", "Charge Nurse"]), "MA": "Medical Assistant"}.get(s.role, s.role)
    lines = [f"{s.first} {s.last}{cred}", f"{title} | {s.dept}", "Riverside Health", f"{phone('217')} {s.ext} | {s.email}"]
    return "\n\n" + "\n".join(lines)


DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) "
              "and may contain confidential and privileged information. Any unauthorized review, use, disclosure or "
              "distribution is prohibited. If you are not the intended recipient, please contact the sender and destroy all copies.")


def disclaimer(p=0.3):
    return ("\n\n" + DISCLAIMER) if R.random() < p else ""


# --------------------------------------------------------------------------- dates
def msg_dt():
    return BASE_DT + datetime.timedelta(days=R.randint(0, 1), minutes=R.randint(0, 660), seconds=R.randint(0, 59))


def rfc_date(dt, tz="+0000"):
    return (f"{WD[dt.weekday()][:3]}, {dt.day} {MONTHS[dt.month - 1][:3]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {tz}")


def sent_line(dt):
    h_ = dt.hour % 12 or 12
    return f"{WD[dt.weekday()]}, {MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h_}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def gmail_line(dt):
    h_ = dt.hour % 12 or 12
    return f"{WD[dt.weekday()][:3]}, {MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at {h_}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def iphone_line(dt):
    h_ = dt.hour % 12 or 12
    return f"{MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}, at {h_}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def d_us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_short(d):
    return f"{d.month}/{d.day}"


def d_long(d):
    return f"{WD[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"


def future(lo=2, hi=40):
    return REF + datetime.timedelta(days=R.randint(lo, hi))


def past(lo=1, hi=30):
    return REF - datetime.timedelta(days=R.randint(lo, hi))


def appt_dt(lo=2, hi=35):
    d = future(lo, hi)
    return datetime.datetime(d.year, d.month, d.day, R.choice([7, 8, 9, 10, 13, 14, 15]), R.choice([0, 15, 30, 45]))


# --------------------------------------------------------------------------- reply chains
def thread(msgs):
    """msgs: oldest first; each dict(frm=(name,email), to=str, subject, body, client in outlook/gmail/iphone).
    Returns the newest message's body with the older ones quoted beneath it, as each client would."""
    t0 = datetime.datetime(2025, 3, 24, 8, 0) + datetime.timedelta(minutes=R.randint(0, 600))
    for m in msgs:
        m["dt"] = t0
        t0 = t0 + datetime.timedelta(minutes=R.randint(20, 1500))
    acc = msgs[0]["body"].rstrip("\n")
    for prev, m in zip(msgs, msgs[1:]):
        client = m.get("client", "outlook")
        if client == "outlook":
            q = ["", "", "________________________________", f"From: {prev['frm'][0]} <{prev['frm'][1]}>",
                 f"Sent: {sent_line(prev['dt'])}", f"To: {prev['to']}"]
            if prev.get("cc"):
                q.append(f"Cc: {prev['cc']}")
            q += [f"Subject: {prev['subject']}", "", acc]
            acc = m["body"].rstrip("\n") + "\n".join(q)
        else:
            head = (f"On {gmail_line(prev['dt'])} {prev['frm'][0]} <{prev['frm'][1]}> wrote:" if client == "gmail"
                    else f"On {iphone_line(prev['dt'])}, {prev['frm'][0]} <{prev['frm'][1]}> wrote:")
            quoted = "\n".join((">" + ln if ln.startswith(">") else "> " + ln) if ln else ">" for ln in acc.split("\n"))
            acc = m["body"].rstrip("\n") + "\n\n" + head + "\n" + quoted
    return acc


def subj_chain(base, n):
    """Subject as it drifts down a chain of n replies/forwards."""
    s = base
    for _ in range(n):
        s = R.choice(["RE: ", "FW: ", "Re: ", "RE: "]) + s
    return s[:120]


# --------------------------------------------------------------------------- patient-written text
TYPOS = {"the": ["teh", "th"], "tomorrow": ["tmrw", "tomorow", "2morrow"], "because": ["bc", "cuz", "becuase"],
         "you": ["u", "yu"], "are": ["r"], "please": ["pls", "plz", "pleas"], "appointment": ["appt", "apointment", "appt."],
         "doctor": ["dr", "doc"], "prescription": ["perscription", "rx", "presciption"], "thanks": ["thx", "tks", "thanx"],
         "really": ["realy", "rly"], "about": ["abt", "abut"], "know": ["kno", "no"], "should": ["shud", "shld"],
         "with": ["w", "wit"], "morning": ["am", "mornin"], "have": ["hav", "have"], "something": ["somthing", "smthing"],
         "again": ["agian", "agin"], "your": ["ur", "you're"], "what": ["wat", "wht"], "think": ["thnk"], "tonight": ["tonite"],
         "received": ["recieved"], "pharmacy": ["pharmacey", "pharmecy"], "which": ["wich"], "until": ["untill", "til"]}


def phoneify(text, level=2):
    """lowercase, drop some punctuation and apostrophes, and sprinkle typos; digits are left alone."""
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        new = []
        for w in words:
            core = w.lower()
            strip = core.strip(".,!?")
            if strip in TYPOS and R.random() < 0.25 * level:
                core = core.replace(strip, R.choice(TYPOS[strip]))
            if level >= 2 and not any(ch.isdigit() for ch in core):
                core = core.replace("'", "")
                if R.random() < 0.6:
                    core = core.rstrip(".,")
            new.append(core)
        out.append(" ".join(new))
    return "\n".join(out)


# --------------------------------------------------------------------------- clinical vocab
DX = [("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), ("E11.9", "Type 2 diabetes mellitus without complications"),
      ("I10", "Essential (primary) hypertension"), ("I50.22", "Chronic systolic (congestive) heart failure"),
      ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), ("J45.40", "Moderate persistent asthma, uncomplicated"),
      ("N18.4", "Chronic kidney disease, stage 4 (severe)"), ("F32.1", "Major depressive disorder, single episode, moderate"),
      ("F41.1", "Generalized anxiety disorder"), ("M17.11", "Unilateral primary osteoarthritis, right knee"),
      ("E78.5", "Hyperlipidemia, unspecified"), ("E03.9", "Hypothyroidism, unspecified"), ("I48.91", "Unspecified atrial fibrillation"),
      ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), ("D50.9", "Iron deficiency anemia, unspecified"),
      ("N39.0", "Urinary tract infection, site not specified"), ("J18.9", "Pneumonia, unspecified organism"),
      ("L03.115", "Cellulitis of right lower limb"), ("C50.911", "Malignant neoplasm of unspecified site of right female breast"),
      ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"), ("R07.9", "Chest pain, unspecified"),
      ("E11.621", "Type 2 diabetes mellitus with foot ulcer"), ("L97.412", "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed"),
      ("K57.32", "Diverticulitis of large intestine without perforation or abscess without bleeding"),
      ("F10.20", "Alcohol dependence, uncomplicated"), ("I63.9", "Cerebral infarction, unspecified"),
      ("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"),
      ("O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled"), ("B27.90", "Infectious mononucleosis, unspecified without complication"),
      ("G30.9", "Alzheimer's disease, unspecified"), ("M54.16", "Radiculopathy, lumbar region")]
MEDS = [("metformin", "1000 mg", "twice daily with meals"), ("lisinopril", "20 mg", "once daily"),
        ("atorvastatin", "40 mg", "nightly"), ("amlodipine", "10 mg", "once daily"), ("levothyroxine", "100 mcg", "every morning"),
        ("insulin glargine", "28 units", "at bedtime"), ("apixaban", "5 mg", "twice daily"), ("rivaroxaban", "20 mg", "with supper"),
        ("furosemide", "40 mg", "every morning"), ("sertraline", "50 mg", "once daily"), ("donepezil", "10 mg", "at bedtime"),
        ("albuterol HFA", "90 mcg", "2 puffs every 4-6 hours as needed"), ("pantoprazole", "40 mg", "before breakfast"),
        ("gabapentin", "300 mg", "three times daily"), ("metoprolol succinate", "50 mg", "once daily"),
        ("semaglutide", "1 mg", "subcutaneously once weekly"), ("empagliflozin", "10 mg", "once daily"),
        ("warfarin", "5 mg", "daily except 2.5 mg on Sundays"), ("prednisone", "20 mg", "daily for 5 days"),
        ("amoxicillin-clavulanate", "875 mg", "twice daily for 10 days"), ("buprenorphine-naloxone", "8 mg/2 mg", "one film daily"),
        ("quetiapine", "100 mg", "at bedtime"), ("tamsulosin", "0.4 mg", "after supper"), ("hydroxychloroquine", "200 mg", "twice daily")]
LABS = [("Hemoglobin A1c", "4548-4", "%", "4.0-5.6", lambda: round(R.uniform(8.1, 12.4), 1)),
        ("Glucose", "2345-7", "mg/dL", "70-99", lambda: R.randint(188, 412)),
        ("Creatinine", "2160-0", "mg/dL", "0.57-1.00", lambda: round(R.uniform(1.4, 3.9), 2)),
        ("eGFR", "98979-8", "mL/min/1.73m2", ">59", lambda: R.randint(12, 48)),
        ("Potassium", "2823-3", "mmol/L", "3.5-5.2", lambda: round(R.uniform(5.6, 6.7), 1)),
        ("Sodium", "2951-2", "mmol/L", "134-144", lambda: R.randint(121, 130)),
        ("TSH", "3016-3", "uIU/mL", "0.450-4.500", lambda: round(R.uniform(6.2, 21.0), 2)),
        ("LDL Cholesterol", "13457-7", "mg/dL", "0-99", lambda: R.randint(151, 236)),
        ("Hemoglobin", "718-7", "g/dL", "12.0-15.5", lambda: round(R.uniform(6.8, 9.9), 1)),
        ("Platelets", "777-3", "x10E3/uL", "150-450", lambda: R.randint(38, 110)),
        ("INR", "6301-6", "", "0.9-1.1", lambda: round(R.uniform(3.6, 5.8), 1)),
        ("Troponin I, high sensitivity", "89579-7", "ng/L", "0-34", lambda: R.randint(58, 940)),
        ("ALT", "1742-6", "IU/L", "0-32", lambda: R.randint(96, 310)),
        ("Ferritin", "2276-4", "ng/mL", "15-150", lambda: R.randint(3, 10)),
        ("PSA", "2857-1", "ng/mL", "0.0-4.0", lambda: round(R.uniform(5.4, 16.2), 1)),
        ("Magnesium", "19123-9", "mg/dL", "1.6-2.3", lambda: round(R.uniform(1.0, 1.4), 1))]
CPT = [("99214", "Office/outpatient visit, established, moderate MDM"), ("99285", "Emergency department visit, high MDM"),
       ("45378", "Colonoscopy, flexible; diagnostic"), ("70553", "MRI brain without and with contrast"),
       ("72148", "MRI lumbar spine without contrast"), ("74177", "CT abdomen and pelvis with contrast"),
       ("93306", "Echocardiography, transthoracic, complete"), ("95810", "Polysomnography, attended"),
       ("27447", "Arthroplasty, knee, total"), ("77067", "Screening mammography, bilateral"),
       ("90837", "Psychotherapy, 60 minutes"), ("97110", "Therapeutic exercise, each 15 minutes"),
       ("A0427", "Ambulance service, ALS emergency transport"), ("E0601", "Continuous positive airway pressure (CPAP) device"),
       ("J1745", "Injection, infliximab, 10 mg"), ("11042", "Debridement, subcutaneous tissue, first 20 sq cm")]


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
    h_ = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return f"{h_[:8]}-{h_[8:12]}-4{h_[13:16]}-{R.choice('89ab')}{h_[17:20]}-{h_[20:32]}"


# --------------------------------------------------------------------------- MIME
class Part:
    def __init__(self, ctype, data=None, enc="7bit", filename=None, parts=None, params=None, form=None, inline=False):
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
    """Return list of lines (no terminators): part headers, blank line, body."""
    h_ = []
    if part.parts is not None:
        b = boundary()
        extra = "".join(f'; {k}="{v}"' for k, v in part.params.items())
        h_ += fold("Content-Type", f'{part.ctype}; boundary="{b}"{extra}')
        body = []
        for sp in part.parts:
            body.append(f"--{b}")
            body += serialize(sp)
            body.append("")
        body[-1:] = [f"--{b}--", ""]
        return h_ + [""] + body
    if part.ctype == "message/rfc822":
        h_.append("Content-Type: message/rfc822")
        h_.append("Content-Transfer-Encoding: 7bit")
        if part.filename:
            h_ += fold("Content-Disposition", f'attachment; filename="{part.filename}"')
        return h_ + [""] + part.data
    ct = part.ctype
    if ct.startswith("text/"):
        txt = part.data if isinstance(part.data, str) else part.data.decode("utf-8")
        ct = text_ctype(ct, txt)
    extra = "".join(f"; {k}={v}" for k, v in part.params.items())
    if part.filename:
        h_ += fold("Content-Type", f'{ct}{extra}; name="{part.filename}"')
    else:
        h_ += fold("Content-Type", f"{ct}{extra}")
    enc = part.enc
    if isinstance(part.data, str) and enc == "7bit" and not is_ascii(part.data):
        enc = "quoted-printable"
    if isinstance(part.data, str) and enc == "7bit" and any(len(x) > 990 for x in part.data.split("\n")):
        enc = "quoted-printable"
    part.enc = enc
    h_.append(f"Content-Transfer-Encoding: {enc}")
    if part.filename:
        h_ += fold("Content-Disposition", f'{"inline" if part.inline else "attachment"}; filename="{part.filename}"')
    if enc == "7bit":
        body = part.data.split("\n")
    elif enc == "quoted-printable":
        body = qp_lines(part.data)
    else:
        raw = part.data
        if isinstance(raw, str):
            raw = raw.replace("\n", "\r\n").encode("utf-8")
        body = b64_lines(raw)
    return h_ + [""] + body


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
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) + f"] /Count {n_pages} >>").encode()
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
    objs[info_id] = f"<< /Title ({pdf_esc(title)}) /Producer (Riverside DocGen 4.3) /CreationDate (D:20250401090000Z) >>".encode()
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


def pdf_part(filename, title, lines, compress=None):
    data, comp = make_pdf(title, lines, compress)
    p = Part("application/pdf", data, "base64", filename)
    p.form = "pdf-flate" if comp else "pdf"
    p.text = title + "\n" + "\n".join(lines)
    return p


def att(kind, filename, data, **kw):
    """Attachment helper: kind in csv, txt, html, json, xml, hl7, hl7txt."""
    if kind == "csv":
        p = Part("text/csv", data, kw.get("enc", "7bit"), filename, form="csv")
    elif kind == "txt":
        p = Part("text/plain", data, kw.get("enc", "7bit"), filename, form="txt")
    elif kind == "html":
        p = Part("text/html", data, kw.get("enc", "quoted-printable"), filename, form="html-att")
    elif kind == "json":
        p = Part("application/json", data.replace("\n", "\r\n").encode(), "base64", filename, form="json")
    elif kind == "xml":
        if kw.get("b64", True):
            p = Part("application/xml", data.replace("\n", "\r\n").encode(), "base64", filename, form="xml")
        else:
            p = Part("text/xml", data, "7bit", filename, form="xml")
    elif kind == "hl7":
        p = Part("x-application/hl7-v2+er7", data.replace("\n", "\r").encode(), "base64", filename, form="hl7")
    elif kind == "hl7txt":
        p = Part("text/plain", data, "7bit", filename, form="hl7")
    else:
        raise ValueError(kind)
    p.text = data
    return p


def h(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def text_to_html(text):
    """Outlook-ish HTML; '>' quoting becomes nested blockquotes, Outlook header blocks get bold labels."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>',
           '<body lang="EN-US" link="#0563C1"><div class="WordSection1">']
    depth = 0
    for para in text.split("\n"):
        d = 0
        while para.startswith(">"):
            d += 1
            para = para[1:]
            if para.startswith(" "):
                para = para[1:]
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        if para.strip() == "________________________________":
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
        elif para.strip() == "":
            out.append('<p class="MsoNormal">&nbsp;</p>')
        else:
            body = h(para).replace("  ", "&nbsp; ")
            if body.startswith(("From:", "Sent:", "To:", "Subject:", "Cc:")):
                k, _, v = body.partition(":")
                body = f"<b>{k}:</b>&nbsp;{v.strip()}"
            out.append(f'<p class="MsoNormal">{body}</p>')
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    out.append("</div></body></html>")
    return "\n".join(out)


def html_wrap(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + inner + "\n</body></html>")


def spanned(s, cut):
    return f"<span>{h(s[:cut])}</span><span>{h(s[cut:])}</span>"


def spanned_dob(p):
    d = p.dob
    return f"<span>{d.month:02d}/{d.day:02d}/</span><span>{d.year}</span>"


# --------------------------------------------------------------------------- message assembly
BODY_FORMS = ["plain7", "qp", "b64", "html", "alt"]


def label_header(which, name=None):
    gid = {"phi": PHI_GUID, "general": GEN_GUID, "internal": INT_GUID}[which]
    name = name or {"phi": "Confidential - PHI", "general": "General", "internal": "Internal"}[which]
    p = f"MSIP_Label_{gid}"
    return (f"{p}_Enabled=true; {p}_SetDate=2025-03-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z; "
            f"{p}_Method={R.choice(['Standard', 'Privileged'])}; {p}_Name={name}; "
            f"{p}_SiteId={TENANT}; {p}_ActionId={guid()}; {p}_ContentBits={R.choice(['0', '1', '2'])};")


def build(spec):
    """spec keys: frm (name,email), to [(name,email)], cc, subject, text, html, body_form, atts, style
    (m365/ext/gmail/phone/portal), label (which,name), ics, headers, dt"""
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
        forms += ["calendar", "alt"]
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
    frm, to = spec["frm"], spec["to"]

    def addrs(lst):
        return ", ".join(f'"{enc_word(n)}" <{e}>' if ("," in n or not is_ascii(n)) else f"{n} <{e}>" for n, e in lst)

    if style in ("m365", "ext"):
        srv = f"{R.choice(['BN0PR04', 'CH3PR12', 'SA1PR09', 'MN2PR17', 'DM6PR11', 'PH0PR19'])}MB{R.randint(1000, 9999)}"
        lines += fold("From", addrs([frm]))
        lines += fold("To", addrs(to))
        if spec.get("cc"):
            lines += fold("CC", addrs(spec["cc"]))
        lines += fold("Subject", enc_word(spec["subject"]))
        topic = spec["subject"]
        while topic[:4].upper() in ("RE: ", "FW: ") or topic[:5].lower() == "fwd: ":
            topic = topic[5:] if topic[:5].lower() == "fwd: " else topic[4:]
        lines += fold("Thread-Topic", enc_word(topic))
        lines.append("Thread-Index: " + base64.b64encode(bytes([1]) + bytes(R.randint(0, 255) for _ in range(21))).decode())
        lines.append("Date: " + rfc_date(dt))
        lines.append(f"Message-ID: <{srv}{uid()}{uid()}@{srv}.namprd{R.randint(10, 19)}.prod.outlook.example>")
        if spec["subject"][:3].upper() == "RE:" and R.random() < 0.6:
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
        tz = R.choice(["-0500", "-0500", "-0600"])
        dom_ = frm[1].split("@")[1]
        if style == "gmail":
            lines.append(f"Message-ID: <CA{uid()}{uid()}{uid()}{uid()}@mail.{dom_}>")
        elif style == "phone":
            lines.append(f"Message-ID: <{uid()}-{uid()[:4]}-{uid()[:4]}-{uid()[:4]}-{uid()}{uid()[:4]}@{dom_}>")
        else:
            lines.append(f"Message-ID: <{uid()}.{uid()}@{dom_}>")
        lines.append("Date: " + rfc_date(dt, tz))
        lines += fold("From", addrs([frm]))
        lines += fold("To", addrs(to))
        if spec.get("cc"):
            lines += fold("Cc", addrs(spec["cc"]))
        lines += fold("Subject", enc_word(spec["subject"]))
        if style == "phone":
            lines.append(R.choice(["X-Mailer: iPhone Mail (22D82)", "X-Mailer: iPhone Mail (22E240)",
                                   "User-Agent: Android", "X-Mailer: Samsung Mobile"]))
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
    if not inner_spec.get("body_form"):
        inner_spec["body_form"] = "plain7"
    lines = build(inner_spec)
    p = Part("message/rfc822", lines, filename=filename)
    p.form = "rfc822"
    p.text = inner_spec["text"] + "\n" + "\n".join(getattr(a, "text", "") for a in inner_spec.get("atts") or [])
    return p


def describe(forms):
    names = {"plain7": "text/plain 7bit", "qp": "text/plain quoted-printable", "b64": "text/plain base64",
             "html": "text/html", "alt": "multipart/alternative", "calendar": "text/calendar invite",
             "pdf": "PDF attachment", "pdf-flate": "PDF attachment (FlateDecode)", "csv": "CSV attachment",
             "txt": "TXT attachment", "html-att": "HTML attachment", "json": "JSON attachment",
             "xml": "XML attachment", "hl7": "HL7 v2 attachment", "rfc822": "forwarded message/rfc822"}
    return " + ".join(names.get(f, f) for f in forms)


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
              f"DTEND;TZID=Central Standard Time:{t(end)}", "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250401T150000Z",
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=en-US:{loc}", "BEGIN:VALARM",
              "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        while len(ln) > 75:
            out.append(ln[:75])
            ln = " " + ln[75:]
        out.append(ln)
    return "\n".join(out) + "\n"


def spec(kind, frm, to, subject, text, note, hard=(), **kw):
    d = dict(kind=kind, frm=frm, to=to, subject=subject, text=text, note=note, hard=set(hard))
    d.update(kw)
    return d


def patient_mail(p, sep=None):
    return (p.full if R.random() < 0.6 else p.first.lower() if R.random() < 0.5 else NICK.get(p.first, p.first), p.email)


PORTAL = ("RiversideConnect", f"noreply@connect.{DOM}")


# =========================================================================== helpers for positives
def relative(p, word=None, same_last=True, sex=None):
    r = person(sex=sex, word=word)
    if same_last:
        r.last = p.last
    r.email = email_local(r) + R.choice(["", str(R.randint(1, 99))]) + "@" + R.choice(MAILDOMS)
    return r


# =========================================================================== POSITIVE KINDS
def k_lab_result(i):
    v = i % 12
    if v == 0:
        p = patient(35, 72, word=wordy())
        md = prov("Endocrinology")
        a1c = round(R.uniform(8.6, 11.8), 1)
        text = R.choice([
            f"hi its {p.first}, got my lab results on the app and my a1c says {a1c}?? last time it was like 7 something. is that bad. "
            f"{dr(md)} said to email if it was high. also my feet are tingling at night",
            f"hey this is {p.first} {p.last[0]}. my a1c came back {a1c} on the portal. i been taking the metformin every day i swear. "
            f"do i need to come in before my appointment"])
        return spec("lab_result", patient_mail(p), [("Endocrinology Nurse Line", f"endo.nurses@{DOM}")],
                    R.choice(["a1c", "question", "my labs", "hi"]), phoneify(text) + "\n\nSent from my iPhone", style="phone",
                    body_form=R.choice(["plain7", "qp", "b64"]), hard=["lower", "word"],
                    note="patient phone mail, first name only, quoting own HbA1c from the portal; identifiable by sender address")
    if v == 1:
        p = patient(40, 85, word="both")
        md, rn = prov("Internal Medicine", word="first"), nurse("Internal Medicine")
        labs = lab_values(3)
        trs = "\n".join(f"<tr><td>{h(nm)}</td><td>{val}</td><td>{unit}</td><td>{rng}</td><td>{flag(val, rng)}</td></tr>" for nm, _, unit, rng, val in labs)
        html = html_wrap(f"<p>{h(dr(md))},</p><p>{h(p.first)}&nbsp;{h(p.last)} (DOB&nbsp;{spanned_dob(p)}) had labs drawn at the Kingsley draw "
                         f"station this morning. Flagging the {h(labs[0][0])}.</p>\n<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
                         f"<tr><th>Test</th><th>Result</th><th>Units</th><th>Ref</th><th>Flag</th></tr>\n{trs}\n</table>"
                         f"<p>Want {p.pron()[1]} in this week or a call?</p><p>{h(rn.full)}, {rn.cred}</p>")
        text = (f"{dr(md)},\n\n{p.full} (DOB {dob(p)}) had labs drawn at the Kingsley draw station this morning. Flagging the {labs[0][0]}.\n\n"
                + "\n".join(f"{nm}: {val} {unit} (ref {rng}) {flag(val, rng)}" for nm, _, unit, rng, val in labs)
                + f"\n\nWant {p.pron()[1]} in this week or a call?\n\n{rn.full}, {rn.cred}")
        return spec("lab_result", addr_of(rn), [addr_of(md)], "Results", text, html=html, body_form=R.choice(["html", "alt"]), hard=["word"],
                    note="HTML lab table for a patient whose first and last names are English words; DOB split across <span>s; no MRN")
    if v == 2:
        rows = ["Called At,MRN,Patient,Test,Result,Units,Called To,Read Back"]
        for _ in range(R.randint(4, 7)):
            q = patient(20, 90, word=R.choice([None, "first", "last", "both"]))
            nm, _, unit, rng, val = lab_values(1)[0]
            rows.append(f"2025-03-{R.randint(20, 31)} {R.randint(0, 23):02d}:{R.randint(0, 59):02d},{q.mrn},\"{q.style('lf')}\",{nm},{val},{unit},"
                        f"{nurse().full} RN,Y")
        lab = staff("Lab Supervisor", "Laboratory", "MLS(ASCP)")
        text = f"Critical value call log for last week attached for the CAP binder.\n{sig(lab)}"
        return spec("lab_result", addr_of(lab), [("Lab Quality", f"labquality@{DOM}")], "call log", text,
                    atts=[att("csv", "critical_calls.csv", "\n".join(rows) + "\n")], body_form="qp",
                    note="CSV critical-value log with patient names, MRNs and values")
    if v == 3:
        p = patient(50, 88, word="both")
        ext = ext_person("prairielabs.example.org")
        md, sch, mgr, rn = prov("Nephrology"), staff("Scheduler", "Nephrology", ""), staff("Practice Manager", "Nephrology", ""), nurse("Nephrology")
        nm, _, unit, rng, val = R.choice([x for x in lab_values(6) if x[0] in ("Potassium", "Creatinine", "eGFR", "Sodium", "Hemoglobin")] or lab_values(1))
        msgs = [dict(frm=(ext.full, ext.email), to=f"{disp(rn)} <{rn.email}>", subject="Critical result - please call",
                     body=f"Hello,\n\nCalling in writing as well: {p.full}, DOB {dob(p)}, drawn at our Galesburg site yesterday.\n"
                          f"{nm} {val} {unit} (ref {rng}). Ordering provider on the requisition is {md.full}.\n\n{ext.full}\nPrairie Reference Labs\n{phone('309')}",
                     client="outlook"),
                dict(frm=(disp(rn), rn.email), to=f"{disp(md)} <{md.email}>", subject="FW: Critical result - please call",
                     body="Forwarding - this came to the nurse pool, looks like yours.", client="outlook"),
                dict(frm=(disp(md), md.email), to=f"{disp(sch)} <{sch.email}>", subject="RE: Critical result - please call",
                     body="Can you find me a slot Thursday or Friday? 30 min.", client="outlook"),
                dict(frm=(disp(sch), sch.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: Critical result - please call",
                     body="Both days are blocked for the EHR upgrade training. Can I overbook?", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(sch)} <{sch.email}>", subject="RE: Critical result - please call",
                     body="Yes, overbook Friday 8:00. Thanks.", client="outlook")]
        text = thread(msgs)
        return spec("lab_result", addr_of(mgr), [addr_of(sch)], "RE: Critical result - please call", text, hard=["deep", "word"],
                    note="5-level Outlook chain; only the oldest quoted message names the patient with DOB and a critical value")
    if v == 4:
        ph, rn = staff("Clinical Pharmacist", "Anticoagulation Clinic", "PharmD"), nurse("Anticoagulation Clinic")
        c = legacy_chart()
        inr = round(R.uniform(4.1, 6.2), 1)
        text = R.choice([
            f"Hi,\n\npt's chart # is {c} (old Meditech number, she isn't in Epic yet). INR {inr} today on the fingerstick, no bleeding, "
            f"had two courses of Bactrim last week. I told her to hold tonight's warfarin. Recheck Monday?\n\n{rn.first}",
            f"Quick one - her chart # is {c}. INR came back {inr} at the Paris Ave site. Held one dose, recheck in 4 days. "
            f"She says she started a turmeric supplement.\n\n{rn.first}"])
        return spec("lab_result", addr_of(rn), [addr_of(ph)], R.choice(["INR", "quick q", "fingerstick"]), text, hard=["idfmt"],
                    note="INR value with a legacy chart number written in free text (no name); the chart number identifies the patient")
    if v == 5:
        p = patient(30, 80, word=R.choice(["first", "last"]))
        md = prov("Family Medicine")
        labs = lab_values(4)
        lines = ["RIVERSIDE HEALTH LABORATORY - FINAL REPORT", "", f"Patient: {p.style('LF')}", f"DOB: {dob(p)}   Sex: {p.sex}",
                 f"Ordering: {md.full}, {md.cred}", f"Collected: {d_us(past(1, 6))} 07:42", ""]
        lines += [f"{nm:<30} {val!s:>8} {unit:<14} {rng:<12} {flag(val, rng)}" for nm, _, unit, rng, val in labs]
        lines += ["", "Electronically verified by laboratory staff."]
        text = f"Report attached as requested by the patient's daughter (release on file).\n{sig(me('HIM Specialist', 'Health Information Management', 'RHIT'))}"
        return spec("lab_result", ("Release of Information", f"roi@{DOM}"), [("Records Requests", "records@lakeviewcare.example.org")], "Requested records",
                    text, atts=[pdf_part(f"lab_{uid()}.pdf", "Laboratory Report", lines)], note="PDF lab report with patient name, DOB and values")
    if v == 6:
        p = patient(60, 86, sex="M", word="both")
        kid = relative(p, word="first")
        k = R.choice(["potassium", "kidney numbers", "hemoglobin"])
        text = (f"hi this is {kid.first.lower()}, my dad {p.full.lower()} had bloodwork thursday at the {R.choice(['hill rd', 'king st', 'summer st'])} lab. "
                f"can someone tell us his {k}? he's on the list for dialysis and the portal says 'critical' in red but we dont understand it. "
                f"his birthday is {dob(p, 'nodash')} if you need it\nthank u\n{kid.first.lower()}")
        return spec("lab_result", (kid.full, kid.email), [("Riverside Kidney Care", f"kidneycare@{DOM}")], "my dads blood work",
                    phoneify(text, 1), style=R.choice(["phone", "gmail"]), body_form=R.choice(["plain7", "b64", "alt"]), hard=["lower", "word"],
                    note="family member's lowercase e-mail naming father, DOB and asking about his critical lab")
    if v == 7:
        p = patient(25, 80)
        labs = lab_values(3)
        bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "Patient", "id": "p1", "name": [{"family": p.last, "given": [p.first]}], "birthDate": dob(p, "iso"),
                          "telecom": [{"system": "phone", "value": p.phone}]}}] + [
            {"resource": {"resourceType": "Observation", "status": "final", "subject": {"reference": "Patient/p1"},
                          "code": {"coding": [{"system": "http://loinc.org", "code": loinc, "display": nm}]},
                          "valueQuantity": {"value": val, "unit": unit}, "referenceRange": [{"text": rng}]}} for nm, loinc, unit, rng, val in labs]}
        an = staff("Integration Analyst", "Interface Team", "")
        text = (f"The results API returned this bundle for the test we ran against prod this morning - notice the referenceRange is text only. "
                f"Attaching so the vendor can see the shape.\n{sig(an)}")
        return spec("lab_result", addr_of(an), [("Interface Team", f"interfaces@{DOM}")], "results API payload", text,
                    atts=[att("json", "bundle.json", json.dumps(bundle, indent=2))], note="FHIR JSON bundle with a named patient, birthDate and lab Observations")
    if v == 8:
        p = patient(28, 70, word="first")
        md = prov("Endocrinology", word="last")
        tsh = round(R.uniform(6.0, 14.0), 1)
        text = (f"dr {md.last} my thyriod lab came back tsh {tsh} and free t4 low. shud i go up on the levothyroxine, im on 75. "
                f"still so tired and my hair is falling out. thanks - {p.first}")
        return spec("lab_result", patient_mail(p), [addr_of(md)], "thyroid", phoneify(text), style="phone", body_form=R.choice(["qp", "b64"]),
                    hard=["lower", "word"], note="patient phone mail with typos, first name only, giving own TSH and dose")
    if v == 9:
        p = patient(20, 90, word=R.choice([None, "last"]))
        org = R.choice(["Escherichia coli", "Klebsiella pneumoniae", "Staphylococcus aureus (MRSA)", "Enterococcus faecalis"])
        txt = (f"MICROBIOLOGY - FINAL\nPatient: {p.style('lf')}    DOB: {dob(p)}    MRN: {p.mrn}\nSource: {R.choice(['Urine, clean catch', 'Wound, left foot', 'Blood, peripheral'])}\n"
               f"Organism: {org}  >100,000 CFU/mL\n\nSusceptibility (MIC):\n  Ampicillin          R\n  Cefazolin           S\n  Ciprofloxacin       R\n"
               f"  Nitrofurantoin      S\n  Trimethoprim/Sulfa  S\n")
        md = prov("Infectious Disease")
        text = f"Final culture attached - she's still on cipro from urgent care, which this is resistant to.\n\n{md.first}"
        return spec("lab_result", addr_of(md), [addr_of(prov())], "culture", text, atts=[att("txt", "culture_final.txt", txt)],
                    note="TXT culture report with patient name, DOB, MRN and organism")
    if v == 10:
        p = patient(45, 78, sex="M", word="first")
        md = prov("Urology", word="last")
        psa = round(R.uniform(5.6, 12.0), 1)
        text = (f"Dear {p.first},\n\n{dr(md)} reviewed your recent blood test.\n\nPSA (prostate specific antigen): {psa} ng/mL (normal 0.0-4.0)\n\n"
                f"This is higher than last year. {dr(md)} would like to see you to talk about next steps, which may include an MRI. "
                f"Please call {phone('217')} to schedule.\n\nRiverside Health Urology\nPlease do not reply to this message.")
        return spec("lab_result", PORTAL, [(p.full, p.email)], "A message about your test result", text, style="portal",
                    body_form=R.choice(["html", "alt"]), hard=["word"], note="portal letter greeting the patient by first name (a common word) with a PSA result")
    p = patient(40, 80)
    res, att_ = prov("Internal Medicine"), prov("Cardiology")
    t1, t2 = R.randint(12, 30), R.randint(60, 300)
    text = R.choice([f"can u check {p.mrn.lower()} trop? first was {t1} now {t2}. ekg no change. admitting to tele, want cards to see tonight or am",
                     f"hey - {p.mrn.lower()} 2nd hs trop {t2} (first {t1}), ED wants to know if u want heparin. call me x{R.randint(2000, 7999)}"])
    return spec("lab_result", addr_of(res), [addr_of(att_)], "trop", text + "\n\nSent from my iPhone", body_form="plain7", hard=["lower", "idfmt"],
                note="resident's phone note with a lowercase MRN and troponin values; MRN identifies the patient")


def k_referral(i):
    v = i % 12
    if v == 0:
        p = patient(45, 70, word="both")
        ext = ext_person("cornerstonefamilymed.example.org")
        text = (f"Hi GI team,\n\nReferring {p.full}, {p.age}, for diagnostic colonoscopy - positive FIT on {d_us(past(5, 40))}, no prior scope. "
                f"Mild iron deficiency. {p.pron()[0].capitalize()} prefers mornings and can be reached at {p.phone}.\n\nThanks!\n{ext.full}, MD\n"
                f"Cornerstone Family Medicine\nFax {phone('309')}")
        return spec("referral", (ext.full, ext.email), [("GI Referrals", f"gireferrals@{DOM}")], "New referral", text, style="gmail",
                    hard=["word"], note="outside PCP referral naming a patient (word-name) with age, phone and positive FIT; no identifiers like MRN")
    if v == 1:
        p = patient(45, 75, sex="F", word="both")
        md = prov("Family Medicine", word="last")
        text = (f"hi my name is {p.full} i need a referral to a foot dr for my diabetic ulcer on my right heel, its not healing and it smells. "
                f"my pcp is {dr(md)} at the kingsley office. i have the riverside plan. my number is {phone(style='dash')}. thank you")
        return spec("referral", patient_mail(p), [("Riverside Podiatry", f"podiatry@{DOM}")], "referral", phoneify(text),
                    style="phone", body_form=R.choice(["plain7", "qp"]), hard=["lower", "word"],
                    note="patient phone mail asking for a podiatry referral for her own diabetic foot ulcer")
    if v == 2:
        p = patient(30, 80, word="first")
        ext = ext_person("valleyortho.example.org")
        ref, sch, mgr, coord = staff("Referral Coordinator", "Orthopedics", ""), staff("Scheduler", "Orthopedics", ""), staff("Practice Manager", "Orthopedics", ""), staff("Coordinator", "Access Center", "")
        msgs = [dict(frm=(ext.full, ext.email), to=f"Ortho Referrals <orthoreferrals@{DOM}>", subject="Referral - knee",
                     body=(f"Please see {p.full} ({p.age} {p.sex}) for right knee pain, MRI {d_us(past(10, 60))} shows a complex medial meniscus tear "
                           f"and grade 3 chondromalacia. Failed 8 weeks of PT. Best number {p.phone}.\n\n{ext.full}, PA-C\nValley Sports Medicine"), client="outlook"),
                dict(frm=(disp(ref), ref.email), to=f"{disp(sch)} <{sch.email}>", subject="FW: Referral - knee", body="Please schedule.", client="outlook"),
                dict(frm=(disp(sch), sch.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: Referral - knee",
                     body="The Fox Run templates aren't built for May yet - can you check with the Access Center?", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(coord)} <{coord.email}>", subject="FW: Referral - knee",
                     body="Hi - when will the May templates be released?", client="outlook"),
                dict(frm=(disp(coord), coord.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: Referral - knee",
                     body="Released tonight after 6. Thanks for your patience.", client="outlook")]
        return spec("referral", addr_of(coord), [addr_of(mgr)], "RE: Referral - knee", thread(msgs), hard=["deep", "word"],
                    note="5-level chain about template release; only the oldest quoted message names the patient and knee MRI findings")
    if v == 3:
        p = patient(18, 85, word=R.choice([None, "first"]))
        md = prov("Family Medicine")
        spec_ = R.choice([("Cardiology", "new atrial fibrillation on ECG, CHA2DS2-VASc 3"), ("Rheumatology", "inflammatory arthritis, RF positive"),
                          ("Neurology", "new onset seizures x2"), ("Pulmonology", "8 mm RUL nodule on CT")])
        rows = [("Patient", h(p.full)), ("Age", str(p.age)), ("Referred to", spec_[0]), ("Reason", h(spec_[1])), ("Urgency", "Within 2 weeks"),
                ("Preferred language", p.lang), ("Phone", p.phone)]
        html = html_wrap("<h3>Riverside eReferral</h3><table cellpadding=\"4\" style=\"border:1px solid #999\">" +
                         "".join(f"<tr><td><b>{k}</b></td><td>{v_}</td></tr>" for k, v_ in rows) + f"</table><p>Referring: {h(md.full)}, {md.cred}</p>")
        text = "Riverside eReferral\n" + "\n".join(f"{k}: {v_}" for k, v_ in rows).replace("&amp;", "&") + f"\nReferring: {md.full}, {md.cred}"
        return spec("referral", ("Riverside eReferral", f"ereferral@{DOM}"), [(f"{spec_[0]} Intake", f"intake.{spec_[0].lower()}@{DOM}")],
                    "New eReferral", text, html=html, body_form=R.choice(["html", "alt"]), note="eReferral HTML table with name, age, phone and reason; no MRN")
    if v == 4:
        p = patient(20, 80, word=R.choice(["first", "last"]))
        md = prov("Internal Medicine")
        lines = [f"{d_long(past(1, 5))}", "", "Riverside Sleep Center", "Attn: Intake", "", f"RE: {p.full}   DOB {dob(p)}", "",
                 "Dear colleague,", "", f"I am referring {p.title()} for evaluation of suspected obstructive sleep apnea. {p.pron()[0].capitalize()} reports loud snoring, "
                 f"witnessed apneas and daytime sleepiness (Epworth 16). BMI 37. History of hypertension on {R.choice(MEDS)[0]}.", "",
                 "Please evaluate for polysomnography.", "", "Sincerely,", f"{md.full}, {md.cred}"]
        text = f"Referral letter attached.\n{sig(md)}"
        return spec("referral", addr_of(md), [("Sleep Center", f"sleep@{DOM}")], "referral letter", text,
                    atts=[pdf_part("referral_letter.pdf", "Referral Letter", lines)], note="PDF referral letter with name, DOB and sleep history")
    if v == 5:
        rows = ["Patient,Phone,Referred To,Reason,Days Pending"]
        for _ in range(R.randint(5, 8)):
            q = patient(5, 90, word=R.choice([None, None, "first", "both"]))
            rows.append(f"\"{q.full}\",{q.phone},{R.choice(['Cardiology', 'Dermatology', 'ENT', 'Behavioral Health', 'Podiatry'])},"
                        f"\"{R.choice(['palpitations', 'changing mole', 'chronic sinusitis', 'depression', 'ingrown toenail', 'hearing loss'])}\",{R.randint(8, 60)}")
        mgr = staff("Manager", "Access Center", "")
        text = f"Pending referral report attached - anything over 30 days please call again this week.\n{sig(mgr)}"
        return spec("referral", addr_of(mgr), [("Access Center", f"access@{DOM}")], "pending referrals", text,
                    atts=[att("csv", "pending_referrals.csv", "\n".join(rows) + "\n")], note="CSV of pending referrals with names, phones and reasons")
    if v == 6:
        p = patient(30, 80)
        md = prov("Family Medicine")
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<referralRequest id="{uid()}">\n  <patient>\n    <name><given>{h(p.first)}</given><family>{h(p.last)}</family></name>\n'
               f'    <birthDate>{dob(p, "iso")}</birthDate>\n    <phone>{p.phone}</phone>\n  </patient>\n  <specialty>Endocrinology</specialty>\n'
               f'  <reason code="E11.65">Type 2 diabetes with hyperglycemia, A1c above goal on three agents</reason>\n'
               f'  <requester npi="{md.npi}">{h(md.full)}</requester>\n</referralRequest>\n')
        text = "Outbound referral payload attached for the 360X pilot test."
        return spec("referral", addr_of(me("Integration Analyst", "Interface Team", "")), [("360X Pilot", "pilot@hieconnect.example.org")],
                    "360X test", text, atts=[att("xml", "referral.xml", xml, b64=R.random() < 0.5)], style="m365",
                    note="referral XML with patient name, birth date, phone and diagnosis")
    if v == 7:
        p = patient(30, 70, word="first")
        md, sl = prov("Family Medicine"), prov("Pulmonology")
        text = (f"{sl.first},\n\nCould you see {p.first} {p.last} in the sleep clinic? {p.age} y/o truck driver, falling asleep at lights, "
                f"STOP-BANG 6. {p.pron()[0].capitalize()} is worried about {p.pron()[1]} CDL. No identifiers in here on purpose - {p.pron()[0]}'s in Epic under {p.pron()[1]} full name.\n\nThanks,\n{md.first}")
        return spec("referral", addr_of(md), [addr_of(sl)], "curbside / referral", text, hard=["word"],
                    note="provider-to-provider referral naming the patient (first name is a common word) with sleep history")
    if v == 8:
        p = patient(11, 16, sex="M", word="first")
        mom = relative(p, sex="F")
        text = (f"hello, my son {p.first.lower()} is {p.age} and he goes to lincoln middle. the school counselor says he needs to see someone for anxiety, "
                f"he hasnt been sleeping and wont go to school some days. our pediatrician is at riverside. how do we get a referral for behavioral health? "
                f"you can call me at {phone(style='dash')}\n- {mom.first.lower()}")
        return spec("referral", (mom.full, mom.email), [("Behavioral Health Intake", f"bhintake@{DOM}")], "my son",
                    phoneify(text, 1), style=R.choice(["phone", "gmail"]), body_form=R.choice(["plain7", "alt"]), hard=["lower", "word"],
                    note="parent asks for a behavioral-health referral for her son by first name, age, school and her phone")
    if v == 9:
        p = patient(40, 85, word=R.choice(["last", "both"]))
        ext = ext_person("heartlandclinic.example.org")
        inner = dict(frm=("eFax Service", "noreply@faxrelay.example.net"), to=[("Cardiology Referrals", f"cardioreferrals@{DOM}")],
                     subject=f"Fax from {phone('319')} (3 pages)", style="ext", body_form="plain7",
                     text=(f"Fax received.\n\nOCR preview of page 1:\nREFERRAL FOR CONSULTATION\nPatient: {p.style('LF')}   DOB: {dob(p)}\n"
                           f"Reason: syncope x2, ECG with 2nd degree AV block type II\nReferring: {ext.full}, MD, Heartland Clinic"))
        rn = nurse("Cardiology")
        text = f"Forwarding the fax - needs to be seen this week per Dr. on call.\n\n{rn.first}"
        return spec("referral", addr_of(rn), [("Cardiology Scheduling", f"cardsched@{DOM}")], "FW: Fax from outside clinic", text,
                    atts=[rfc822_part(inner, "fax.eml")], note="forwarded fax notification whose OCR text names the patient, DOB and referral reason")
    if v == 10:
        p = patient(3, 6, sex="M", word=None)
        rename(p, R.choice(["William", "Robert"]))
        p.last = R.choice(WORD_LAST)
        md = prov("Pediatrics")
        text = (f"Hi Speech team,\n\nCan you get {NICK[p.first]} {p.last} in for a speech eval? He's {p.age}, maybe 20 words, mom is worried, hearing screen "
                f"was normal. Mom's cell {p.phone}. Nothing urgent.\n\n{md.first}")
        return spec("referral", addr_of(md), [("Pediatric Speech Therapy", f"speech@{DOM}")], "speech eval", text, hard=["word"],
                    note="referral for a child named only by nickname + surname with age, development concern and mom's phone")
    p = patient(68, 88, sex="F", word="both")
    dtr = relative(p, word="first", sex="F")
    office = staff("Front Desk", "Family Medicine", "")
    msgs = [dict(frm=(dtr.full, dtr.email), to=f"Riverside Family Medicine <familymed@{DOM}>", subject="referral for my mom",
                 body=(f"Hi, my mom {p.full} ({p.age}) has been short of breath and her ankles are swollen, the nurse at her visit said she should see "
                       f"cardiology. Can Dr. {R.choice(WORD_LAST)} put in the referral? Her number is {p.phone}.\n\nThanks,\n{dtr.first}"), client="gmail"),
            dict(frm=(disp(office), office.email), to=f"{dtr.full} <{dtr.email}>", subject="RE: referral for my mom",
                 body="Hi, I've sent this to the provider's nurse. Someone will call you.", client="outlook"),
            dict(frm=(dtr.full, dtr.email), to=f"{disp(office)} <{office.email}>", subject="Re: referral for my mom",
                 body="ok thank you!!", client="gmail"),
            dict(frm=(disp(office), office.email), to=f"Cardiology Referrals <cardioreferrals@{DOM}>", subject="FW: referral for my mom",
                 body="FYI see thread - daughter is waiting on a call.", client="outlook")]
    return spec("referral", addr_of(office), [("Cardiology Referrals", f"cardioreferrals@{DOM}")], "FW: referral for my mom", thread(msgs),
                hard=["deep", "word"], note="4-level Gmail/Outlook chain; oldest message from a daughter names her mother with symptoms needing cardiology")


def k_clinical_note(i):
    v = i % 12
    if v == 0:
        p = patient(40, 75, word=R.choice([None, "first", "both"]))
        val = R.randint(280, 460)
        text = R.choice([
            f"hi its {p.first} {p.last}, my sugar was {val} this am and i ran out of metformin on tuesday. feeling really thirsty and peeing alot. what should i do",
            f"this is {p.first}. sugars been {val - 40} to {val} all week even with the insulin. i missed my appt bc my car broke. can someone call me back"])
        return spec("clinical_note", patient_mail(p), [("Diabetes Nurse Line", f"diabetes@{DOM}")], R.choice(["sugar", "help", "hi", "high sugar"]),
                    phoneify(text) + R.choice(["\n\nSent from my iPhone", "", "\n\nSent from my Galaxy"]), style="phone",
                    body_form=R.choice(["plain7", "qp", "b64"]), hard=["lower"] + (["word"] if p.first in dict(WORD_FIRST) else []),
                    note="patient's lowercase phone mail reporting own glucose readings and symptoms")
    if v == 1:
        p = patient(40, 85, word="both")
        md = prov("Internal Medicine")
        dxs = R.sample(DX, 3)
        text = (f"---- In Basket message forwarded from Epic ----\nPatient: {p.full} [{p.mrn}]\nDOB: {dob(p)}\n\nAssessment/Plan:\n" +
                "\n".join(f"{n + 1}. {d} ({c})" for n, (c, d) in enumerate(dxs)) +
                f"\n\nPlan: recheck in 4 weeks; labs before visit.\n\n{md.full}, {md.cred}")
        return spec("clinical_note", addr_of(md), [addr_of(prov())], "FW: note", text, body_form="qp", hard=["word"],
                    note="EHR in-basket forward with word-name patient, MRN, DOB and ICD-10-CM assessment")
    if v == 2:
        p = patient(30, 85)
        md = prov("Neurology")
        dx = R.choice(DX)
        lines = ["PROGRESS NOTE", "", f"Patient: {p.full}    DOB: {dob(p)}    MRN: {p.mrn}", f"Date of service: {d_us(past(1, 10))}",
                 f"Provider: {md.full}, {md.cred}", "", "Subjective:", f"  {p.age} y/o with {dx[1].lower()} here for follow-up.",
                 "Objective:", f"  BP {R.randint(128, 168)}/{R.randint(78, 98)}  HR {R.randint(60, 104)}", "Assessment:", f"  {dx[1]} ({dx[0]})",
                 "Plan:", f"  Continue {R.choice(MEDS)[0]}; return in 3 months."]
        text = f"Note for the outside neurologist attached per patient request.\n{sig(me('HIM Specialist', 'Health Information Management', 'RHIT'))}"
        return spec("clinical_note", ("Release of Information", f"roi@{DOM}"), [("Records", "records@lakeshoreneuro.example.org")], "records",
                    text, atts=[pdf_part("progress_note.pdf", "Riverside Health", lines)], note="PDF progress note with name, DOB, MRN and diagnosis")
    if v == 3:
        p = patient(20, 90, word=R.choice([None, "first"]))
        rn = nurse("Family Medicine")
        txt = (f"TELEPHONE TRIAGE NOTE\nCaller: {R.choice(['self', 'spouse', 'daughter'])}\nPatient: {p.full}  DOB {dob(p)}  Ph {p.phone}\n"
               f"Complaint: {R.choice(['chest tightness with exertion x2 days', 'fever 102.4 and flank pain', 'worsening shortness of breath, 3 lb weight gain overnight'])}\n"
               f"Protocol: Schmitt-Thompson adult\nDisposition: {R.choice(['ED now', 'see today in clinic', 'urgent care within 4 hours'])}\nCaller agrees with plan.\n{rn.full}, {rn.cred}\n")
        return spec("clinical_note", addr_of(rn), [("Family Medicine Providers", f"fmproviders@{DOM}")], "triage",
                    "Triage note attached for co-sign.", atts=[att("txt", "triage_note.txt", txt)], note="TXT triage note with patient name, DOB, phone and symptoms")
    if v == 4:
        p = patient(9, 17, word="both")
        md = prov("Pediatrics")
        dx = R.choice([("infectious mononucleosis", "no contact sports for 4 weeks"), ("a concussion", "no PE or recess until cleared"),
                       ("a fractured wrist", "no PE for 6 weeks"), ("asthma exacerbation", "may use inhaler at school as needed")])
        text = (f"To the school nurse, Jefferson {R.choice(['Middle', 'High', 'Elementary'])} School:\n\nPlease excuse {p.full} from physical education. "
                f"{p.pron()[0].capitalize()} was seen in our clinic on {d_us(past(1, 6))} and is recovering from {dx[0]}; {dx[1]}.\n\n"
                f"{md.full}, {md.cred}\nRiverside Pediatrics {phone('217')}")
        return spec("clinical_note", addr_of(md), [("School Nurse", "nurse@jeffersonschools.example.org")], "school note", text, hard=["word"],
                    note="school excuse note naming a child (names are English words/places) and the illness")
    if v == 5:
        p = patient(25, 70, word=R.choice(["first", "both"]))
        a, b, c = staff("Front Desk", "Internal Medicine", ""), staff("Practice Manager", "Internal Medicine", ""), nurse("Internal Medicine")
        msgs = [dict(frm=(p.first if R.random() < 0.5 else p.full, p.email), to=f"Riverside Internal Medicine <im@{DOM}>", subject="question",
                     body=phoneify(f"hi this is {p.full}. since i started the new blood pressure pill my lips and tongue swelled up last night and it was hard to swallow for an hour. "
                                   f"its better now. should i keep taking it? my birthday is {dob(p, 'nodash')}"), client="gmail"),
                dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="FW: question", body="This came to the general inbox. Who monitors it now?", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(a)} <{a.email}>", subject="RE: question", body="Should go to the nurse pool. I'll fix the routing rule.", client="outlook"),
                dict(frm=(disp(a), a.email), to=f"{disp(c)} <{c.email}>", subject="FW: question", body="Per manager - forwarding to the nurse pool.", client="outlook")]
        if R.random() < 0.5:
            msgs.append(dict(frm=(disp(c), c.email), to=f"{disp(a)} <{a.email}>", subject="RE: question", body="Got it, thanks.", client="outlook"))
        last = msgs[-1]
        return spec("clinical_note", last["frm"], [(last["to"].split(" <")[0], last["to"].split("<")[1].rstrip(">"))], subj_chain("question", len(msgs) - 1),
                    thread(msgs), hard=["deep", "lower"], note="deep inbox-routing chain; only the oldest (patient's lowercase e-mail) names her and describes angioedema")
    if v == 6:
        p = patient(60, 89, sex="M")
        hosp = prov("Internal Medicine")
        text = R.choice([
            f"MRN {p.mrn} - {p.age}M s/p mechanical fall at home, on apixaban. CT head neg, CT C-spine neg. Hgb stable. Admitting to obs for PT/OT eval and syncope w/u. "
            f"Accepting: {hosp.full}.",
            f"Handoff: {p.mrn}, {p.age}yo M, GI bleed, got 2u PRBC, EGD in AM, NPO after midnight, protonix gtt."])
        return spec("clinical_note", addr_of(prov("Emergency Medicine")), [addr_of(hosp)], "admit", text, body_form=R.choice(["plain7", "qp"]), hard=["idfmt"],
                    note="ED admit handoff identifying the patient only by MRN, with age and clinical course")
    if v == 7:
        p = patient(20, 80, word=R.choice(["first", "last"]))
        md = prov("Rheumatology")
        dx = R.choice(DX)
        html = html_wrap(f"<p><b>Visit summary</b></p><p>Patient: <span>{h(p.first)}</span> <span>{h(p.last)}</span><br>"
                         f"DOB:&nbsp;{spanned_dob(p)}</p><p>Dx: {h(dx[1])} &ndash; <i>{dx[0]}</i><br>Plan: start {h(R.choice(MEDS)[0])}, "
                         f"labs in 6&nbsp;weeks.</p><p>&mdash; {h(md.full)}</p>")
        text = f"Visit summary\nPatient: {p.full}\nDOB: {dob(p)}\nDx: {dx[1]} - {dx[0]}\nPlan: see chart\n- {md.full}"
        return spec("clinical_note", addr_of(md), [addr_of(prov())], "visit summary", text, html=html, body_form=R.choice(["html", "alt"]),
                    note="HTML visit summary with name and DOB split across <span>s, entities, and an ICD-10 code")
    if v == 8:
        p = patient(13, 17, sex="F", word="first")
        mom = relative(p)
        sw = staff("Social Worker", "Behavioral Health", "LCSW")
        text = (f"Team,\n\nFollow-up on {p.first} (15 y/o, seen Tuesday). Safety plan reviewed; she denies current SI. Mom ({mom.first}) is the contact at "
                f"{p.phone}. Starting weekly CBT; PHQ-A 17 today. Please do not discuss at the front desk.\n\n{sw.full}, {sw.cred}")
        return spec("clinical_note", addr_of(sw), [("BH Team", f"bhteam@{DOM}")], "follow-up", text, hard=["word"],
                    note="behavioral-health note naming a teen by first name (a common word) with the mother's phone and PHQ-A score")
    if v == 9:
        p = patient(55, 78, sex="M", word="both")
        wife = relative(p, sex="F")
        md = prov("Cardiology", word="last")
        text = (f"this is {wife.first.lower()}, my husband {p.first.lower()} is having chest pain again since the stent they put in in january. "
                f"its on and off and goes into his left arm. should we go to the er or wait for {dr(md).lower()} tomorrow? he says hes fine but hes sweating")
        return spec("clinical_note", (wife.full, wife.email), [("Cardiology Nurse Line", f"cardionurse@{DOM}")], "my husband",
                    phoneify(text) + "\n\nSent from my iPhone", style="phone", body_form=R.choice(["plain7", "b64", "qp"]), hard=["lower", "word"],
                    note="wife's phone mail naming her husband by first name with his stent history and current chest pain; identifiable via sender")
    if v == 10:
        p = patient(25, 85)
        dxs = R.sample(DX, 2)
        payload = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "Patient", "id": "pt", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": p.mrn}],
                          "name": [{"text": p.full}], "birthDate": dob(p, "iso")}}] + [
            {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/pt"}, "clinicalStatus": {"text": "active"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": c, "display": d}]}}} for c, d in dxs]}
        an = staff("Integration Analyst", "Interface Team", "")
        return spec("clinical_note", addr_of(an), [("Interface Team", f"interfaces@{DOM}")], "problem list sync",
                    f"Problem list sync payload that failed validation - attached.\n{sig(an)}", atts=[att("json", "conditions.json", json.dumps(payload, indent=1))],
                    note="FHIR JSON with patient name, MRN, birthDate and Condition codes")
    p = patient(55, 89, sex="F", word="first")
    wc = staff("Wound Care Nurse", "Wound Care", "RN, CWON")
    text = (f"Hi Dr. {R.choice(WORD_LAST)},\n\nSaw {p.first} again today - her chart # is {p.chart} in the old system. Sacral stage 3 pressure injury now 4.1 x 3.2 cm, "
            f"depth 0.8, 30% slough. Switching to calcium alginate, offloading q2h. Home health aware.\n\n{wc.full}, {wc.cred}")
    return spec("clinical_note", addr_of(wc), [addr_of(prov("Wound Care"))], "wound update", text, hard=["idfmt", "word"],
                note="wound note naming the patient by first name (a common word) plus a free-text chart number")


def k_discharge(i):
    v = i % 12
    if v == 0:
        p = patient(40, 90, word=R.choice([None, "last"]))
        md = prov("Internal Medicine")
        dx = R.choice(DX)
        adm = past(4, 12)
        lines = ["DISCHARGE SUMMARY", "", f"Patient: {p.style('LF')}   MRN: {p.mrn}   DOB: {dob(p)}", f"Admitted: {d_us(adm)}   Discharged: {d_us(past(0, 2))}",
                 f"Attending: {md.full}, {md.cred}", "", f"Principal diagnosis: {dx[1]} ({dx[0]})", "", "Hospital course:",
                 f"  Treated with IV antibiotics and diuresis; improved.", "Discharge medications:"]
        lines += [f"  {m} {d} {f}" for m, d, f in R.sample(MEDS, 3)]
        lines += ["", f"Follow-up: PCP in 7 days.", f"Disposition: {R.choice(['Home', 'Home with home health', 'SNF'])}"]
        return spec("discharge", ("Riverside HIM", f"him@{DOM}"), [("Records", "records@maplecrestsnf.example.org")], "Discharge summary",
                    "Discharge summary attached.", atts=[pdf_part("discharge_summary.pdf", "Riverside Health", lines)],
                    note="PDF discharge summary with name, MRN, DOB, diagnosis and meds")
    if v == 1:
        rows = ["Discharge Date,MRN,Patient,Unit,Disposition,Dx"]
        for _ in range(R.randint(5, 9)):
            q = patient(20, 95, word=R.choice([None, None, "first", "both"]))
            dx = R.choice(DX)
            rows.append(f"{d_us(past(0, 3))},{q.mrn},\"{q.style('lf')}\",{R.choice(['4 West', '5 East', 'ICU', '3 North'])},"
                        f"{R.choice(['Home', 'SNF', 'Home w/ HH', 'Rehab'])},{dx[0]}")
        cm = staff("Case Manager", "Case Management", "RN")
        return spec("discharge", addr_of(cm), [("Post-Discharge Calls", f"postdccalls@{DOM}")], "yesterday's discharges",
                    f"Discharge list for callbacks attached.\n{sig(cm)}", atts=[att("csv", "discharges.csv", "\n".join(rows) + "\n")], body_form="b64",
                    note="CSV of discharged patients with names, MRNs, dispositions and ICD-10 codes")
    if v == 2:
        p = patient(65, 90, sex="M", word="both")
        cm, tr, mgr, sch = staff("Case Manager", "Case Management", "RN"), staff("Transport Coordinator", "Patient Transport", ""), staff("Manager", "Patient Transport", ""), staff("Dispatcher", "Patient Transport", "")
        snf = R.choice(["Maple Crest", "Rose Hill", "Summer Grove", "Kingsley Manor"])
        msgs = [dict(frm=(disp(cm), cm.email), to=f"{disp(tr)} <{tr.email}>", subject=f"DC to {snf}",
                     body=(f"{p.full} on 4 West is medically ready for discharge to {snf} SNF tomorrow. S/p right hip ORIF, weight bearing as tolerated, "
                           f"on enoxaparin x 4 weeks. Needs wheelchair van, O2 2L. Family ({R.choice(['son', 'wife', 'daughter'])}) will meet him there."), client="outlook"),
                dict(frm=(disp(tr), tr.email), to=f"{disp(mgr)} <{mgr.email}>", subject=f"FW: DC to {snf}",
                     body="We're short a van tomorrow AM. Can we use the contract vendor?", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(sch)} <{sch.email}>", subject=f"RE: DC to {snf}",
                     body="Yes, contract vendor is fine for anything before 11.", client="outlook"),
                dict(frm=(disp(sch), sch.email), to=f"{disp(mgr)} <{mgr.email}>", subject=f"RE: DC to {snf}", body="Booked 9:30.", client="outlook")]
        return spec("discharge", addr_of(sch), [addr_of(mgr)], f"RE: DC to {snf}", thread(msgs), hard=["deep", "word"],
                    note="transport-booking chain; only the oldest quoted message names the patient, his surgery and discharge to SNF")
    if v == 3:
        p = patient(70, 88, sex="M", word=R.choice([None, "last"]))
        kid = relative(p, word=R.choice([None, "first"]))
        drug = R.choice(["eliquis", "xarelto", "entresto", "jardiance"])
        text = (f"my dad {p.full.lower()} got discharged yesterday from 4 west after his heart failure stay, the papers say to take {drug} "
                f"but the pharmacy says its $480 and he cant afford it. he also doesnt have a follow up appt listed. who do i talk to?\n{kid.first.lower()} ({kid.first.lower()}'s phone {phone(style='dash')})")
        return spec("discharge", (kid.full, kid.email), [("Patient Experience", f"patientexperience@{DOM}")], "dad discharge",
                    phoneify(text, 2), style=R.choice(["phone", "gmail"]), body_form=R.choice(["plain7", "qp", "alt"]), hard=["lower"],
                    note="family member's lowercase mail about her father's discharge, diagnosis and discharge drug cost")
    if v == 4:
        p = patient(20, 80, word=R.choice(["first", "both"]))
        proc = R.choice(["laparoscopic cholecystectomy", "appendectomy", "right total knee replacement", "cardiac catheterization with stent"])
        html = html_wrap(f"<h2>Discharge Instructions</h2><p>Patient: <b>{h(p.full)}</b> &nbsp; DOB: {spanned_dob(p)}</p>"
                         f"<p>You had a <b>{h(proc)}</b> on {d_us(past(1, 3))}.</p><ul><li>Take {h(R.choice(MEDS)[0])} as directed</li>"
                         f"<li>No lifting over 10&nbsp;lb for 2 weeks</li><li>Call for fever &gt; 101.5&deg;F</li></ul>"
                         f"<p>Follow-up: {h(R.choice(CLINICS))}</p>")
        text = f"Discharge Instructions\nPatient: {p.full}  DOB: {dob(p)}\nYou had a {proc} on {d_us(past(1, 3))}.\nFollow-up scheduled."
        return spec("discharge", PORTAL, [(p.full, p.email)], "Your discharge instructions", text, html=html, style="portal",
                    body_form=R.choice(["html", "alt"]), hard=["word"], note="HTML discharge instructions with name, DOB (spans) and procedure")
    if v == 5:
        p = patient(70, 92, sex="F", word="both")
        snf = ext_person("rosehillcare.example.org")
        cm = staff("Case Manager", "Case Management", "RN")
        text = (f"Hi {cm.first},\n\nWe can accept {p.full} tomorrow after 1 PM. Please send the H&P, discharge med list, last two days of MAR and the "
                f"PT notes. Is she still on the heparin drip or switched to apixaban?\n\n{snf.full}\nAdmissions, Rose Hill Care Center")
        return spec("discharge", (snf.full, snf.email), [addr_of(cm)], "Re: referral", text, style="ext", hard=["word"],
                    note="SNF acceptance naming the patient (word names) with discharge timing and anticoagulation question")
    if v == 6:
        beds = []
        for _ in range(R.randint(4, 7)):
            q = patient(18, 95)
            beds.append({"bed": f"{R.choice(['4W', '5E', '3N'])}-{R.randint(1, 30):02d}", "patient": q.style("lf"), "mrn": q.mrn,
                         "expectedDischarge": d_us(future(0, 2)), "barrier": R.choice(["awaiting SNF bed", "needs PT clearance", "IV abx", "none"])})
        mgr = staff("Bed Manager", "Patient Flow", "RN")
        return spec("discharge", addr_of(mgr), [("Capacity Huddle", f"capacity@{DOM}")], "EDD export",
                    "Expected discharge export for the 10 AM huddle.", atts=[att("json", "edd.json", json.dumps({"unitCensus": beds}, indent=2))],
                    note="JSON bed-board export with patient names, MRNs and discharge barriers")
    if v == 7:
        p = patient(30, 80, word="both")
        hh = ext_person("heartlandhomehealth.example.org")
        text = (f"SOC request: {p.full} dc'd home today with a PICC, vancomycin 1.25 g IV q12h x 4 weeks for osteomyelitis of the right foot. "
                f"Weekly CBC, BMP, vanc trough to the ID clinic. Address {p.addr[0]}, {p.addr[1]}.\n{sig(me('Case Manager', 'Case Management', 'RN'))}")
        return spec("discharge", addr_of(me("Case Manager", "Case Management", "RN")), [(hh.full, hh.email)], "SOC request", text, hard=["word"],
                    note="home-health start-of-care request naming the patient, address, PICC and antibiotic")
    if v == 8:
        p = patient(30, 90, word=R.choice([None, "first"]))
        pcp = prov("Family Medicine")
        inner = dict(frm=("Riverside Care Alerts", f"carealerts@{DOM}"), to=[addr_of(pcp)], subject="Your patient was discharged",
                     body_form="plain7", text=(f"Encounter notification (ADT A03)\n\nPatient: {p.style('LF')}\nDOB: {dob(p)}\nFacility: Riverside Main - 5 East\n"
                                             f"Discharged: {d_us(past(0, 2))}\nReason for visit: {R.choice(DX)[1]}\nPlease arrange TCM follow-up within 7 days."))
        text = f"Can your team schedule the TCM visit? Forwarding the alert.\n\n{pcp.first}"
        return spec("discharge", addr_of(pcp), [("Family Medicine Scheduling", f"fmsched@{DOM}")], "FW: Your patient was discharged", text,
                    atts=[rfc822_part(inner, "alert.eml")], note="forwarded discharge alert (message/rfc822) with name, DOB and reason for visit")
    if v == 9:
        p = patient(1, 12, word=R.choice([None, "first"]))
        txt = (f"PEDIATRIC DISCHARGE INSTRUCTIONS\nChild: {p.full}   DOB: {dob(p)}\nDiagnosis: {R.choice(['bronchiolitis', 'croup', 'dehydration due to gastroenteritis'])}\n"
               f"- Suction nose before feeds\n- Return for breathing faster than 60/min or fewer than 3 wet diapers a day\n"
               f"Follow-up: pediatrician in 2 days\n")
        rn = nurse("Pediatrics")
        return spec("discharge", addr_of(rn), [("Peds Clinic", f"pedsclinic@{DOM}")], "dc instructions",
                    "Copy of the instructions we gave the family, for your follow-up.", atts=[att("txt", "dc_instructions.txt", txt)],
                    note="TXT pediatric discharge instructions with child's name, DOB and diagnosis")
    if v == 10:
        p = patient(50, 80, word=R.choice(["first", "both"]))
        ef = R.choice([25, 30, 35])
        text = (f"hi {R.choice(['dr ', 'nurse '])}{R.choice(WORD_LAST).lower()}, its {p.first.lower()} {p.last.lower()}. just got home from the hospital, they said my heart is "
                f"only pumping {ef}% and gave me a bunch of new meds. am i supposed to still take my old water pill too? also they said to weigh myself every day, "
                f"what number do i call about")
        return spec("discharge", patient_mail(p), [("Heart Failure Clinic", f"hfclinic@{DOM}")], "just got home", phoneify(text),
                    style="phone", body_form=R.choice(["plain7", "b64"]), hard=["lower", "word"],
                    note="patient's lowercase phone mail after discharge giving own ejection fraction and med confusion")
    p = patient(40, 85, word="first")
    cm, rn, mgr = staff("Case Manager", "Case Management", "RN"), nurse("Internal Medicine"), staff("Manager", "Case Management", "RN")
    msgs = [dict(frm=(disp(rn), rn.email), to=f"{disp(cm)} <{cm.email}>", subject="dc planning 5E",
                 body=(f"{p.first} {p.last} in 5E-14 will need home O2 at 3L and a hospital bed - COPD exacerbation, sats 86% on room air walking. "
                       f"Daughter is the caregiver."), client="outlook"),
            dict(frm=(disp(cm), cm.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: dc planning 5E", body="Can we discuss the DME vendor contract at 2?", client="outlook"),
            dict(frm=(disp(mgr), mgr.email), to=f"{disp(cm)} <{cm.email}>", subject="RE: dc planning 5E", body="Sure, my office.", client="outlook")]
    return spec("discharge", addr_of(mgr), [addr_of(cm)], "RE: dc planning 5E", thread(msgs), hard=["deep", "word"],
                note="3-level chain; only the oldest quoted message names the patient, room and COPD/oxygen needs")


def k_appointment(i):
    v = i % 12
    if v == 0:
        p = patient(45, 80, word="both")
        md = prov("Gastroenterology")
        rn = nurse("Gastroenterology")
        start = appt_dt()
        desc = (f"Pre-procedure prep call for {p.full} (colonoscopy {d_us(start.date() + datetime.timedelta(days=7))} with {dr(md)}). "
                f"Review split-dose prep, hold iron 7 days, {p.pron()[0]} is on insulin - half dose evening before. Call {p.phone}.")
        return spec("appointment", addr_of(rn), [addr_of(rn)], f"Prep call - {p.full}", desc,
                    ics=ics(f"Prep call - {p.full}", desc, start, 15, "Phone", addr_of(rn), [addr_of(rn)]), hard=["word"],
                    note="calendar invite whose summary and description name the patient (word names) with colonoscopy prep details")
    if v == 1:
        p = patient(40, 70, sex="F", word="first")
        day = R.choice(["thurs", "friday", "next mon"])
        text = R.choice([f"cant make my mammogram tmrw at 10, my boss wont let me off. can i do {day} instead? its the one where they called me back for more pictures on the left side\n- {p.first}",
                         f"hi its {p.first}, need to move my mammo callback appt, the ultrasound one. any time {day} works"])
        return spec("appointment", patient_mail(p), [("Breast Imaging Scheduling", f"breastimaging@{DOM}")], R.choice(["reschedule", "appt", "mammo"]),
                    phoneify(text), style="phone", body_form=R.choice(["plain7", "qp"]), hard=["lower", "word"],
                    note="patient's phone mail, first name only, rescheduling her diagnostic mammogram callback")
    if v == 2:
        p = patient(30, 85, word="first")
        start = appt_dt()
        text = (f"Interpreter request\n\nLanguage: {p.lang}\nPatient: {p.full}\nDate/time: {d_long(start.date())} {start.hour}:{start.minute:02d}\n"
                f"Clinic: {R.choice(CLINICS)}\nVisit: {R.choice(['chemotherapy teaching', 'pre-op visit for hysterectomy', 'new diagnosis of diabetes education', 'dialysis access consult'])}\n"
                f"In person preferred; video OK.\n\n{me('Scheduler', 'Oncology', '').full}")
        return spec("appointment", addr_of(me("Scheduler", "Oncology", "")), [("Language Services", f"interpreters@{DOM}")], "interpreter request",
                    text, hard=["word"], note="interpreter request naming the patient with date, clinic and visit purpose")
    if v == 3:
        p = patient(20, 80, word="both")
        sch, fac, it, mgr = staff("Scheduler", "Orthopedics", ""), staff("Facilities Coordinator", "Facilities", ""), staff("Analyst", "IT Service Desk", ""), staff("Practice Manager", "Orthopedics", "")
        msgs = [dict(frm=(disp(sch), sch.email), to=f"{disp(mgr)} <{mgr.email}>", subject="Tuesday clinic",
                     body=(f"Adding {p.full} to Tuesday 3:40 for the cortisone injection in the left shoulder (rotator cuff tendinopathy) - "
                           f"{p.pron()[0]} has a latex allergy so we need room 6."), client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(fac)} <{fac.email}>", subject="FW: Tuesday clinic", body="Is room 6 back from the flooring repair?", client="outlook"),
                dict(frm=(disp(fac), fac.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: Tuesday clinic", body="Flooring done Monday. Badge reader still offline.", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(it)} <{it.email}>", subject="FW: Tuesday clinic", body="Can IT get the badge reader up by Tuesday noon?", client="outlook"),
                dict(frm=(disp(it), it.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: Tuesday clinic", body="Ticket opened, tech scheduled Monday 2 PM.", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(sch)} <{sch.email}>", subject="RE: Tuesday clinic", body="All set - room 6 is good.", client="outlook")]
        return spec("appointment", addr_of(mgr), [addr_of(sch)], "RE: Tuesday clinic", thread(msgs), hard=["deep", "word"],
                    note="6-level facilities/IT chain; only the oldest quoted message names the patient, procedure and allergy")
    if v == 4:
        md = prov(R.choice(["Cardiology", "Oncology", "Nephrology"]))
        rows = ["Time,Patient,DOB,Visit Type,Provider"]
        t = datetime.datetime(2025, 4, 3, 8, 0)
        for _ in range(R.randint(6, 10)):
            q = patient(20, 90, word=R.choice([None, "first", "last"]))
            rows.append(f"{t.hour:02d}:{t.minute:02d},\"{q.style('lf')}\",{dob(q)},{R.choice(['Chemo infusion C3D1', 'Echo follow-up', 'New CKD consult', 'Post-cath check', 'Port flush'])},{md.last}")
            t += datetime.timedelta(minutes=R.choice([20, 30, 40]))
        return spec("appointment", addr_of(staff("Scheduler", md.dept, "")), [(f"{md.dept} Clinic", f"clinic.{md.dept.lower()}@{DOM}")], "Thursday schedule",
                    "Thursday's schedule attached.", atts=[att("csv", "schedule.csv", "\n".join(rows) + "\n", enc=R.choice(["7bit", "quoted-printable"]))],
                    note="CSV clinic schedule with patient names, DOBs and visit types")
    if v == 5:
        p = patient(50, 85, sex="M", word="both")
        md = prov("Cardiology")
        start = appt_dt()
        text = (f"Dear {p.full},\n\nThis is a reminder of your appointment:\n\n{d_long(start.date())} at {start.hour % 12 or 12}:{start.minute:02d} {'AM' if start.hour < 12 else 'PM'}\n"
                f"{md.full}, {md.cred} - {md.dept}\nRiverside Cardiology - Prospect Hill\n\nVisit type: Pacemaker check\nPlease bring your remote monitor.\n\nReply C to confirm.")
        html = html_wrap(f"<p>Dear {h(p.full)},</p><p>This is a reminder of your appointment:</p><p><b>{d_long(start.date())}</b> at "
                         f"{start.hour % 12 or 12}:{start.minute:02d}&nbsp;{'AM' if start.hour < 12 else 'PM'}<br>{h(md.full)}, {md.cred} &ndash; {md.dept}<br>"
                         f"Riverside Cardiology &ndash; Prospect Hill</p><p>Visit type: <b>Pacemaker check</b><br>Please bring your remote monitor.</p>")
        return spec("appointment", ("Riverside Reminders", f"reminders@{DOM}"), [(p.full, p.email)], "Appointment reminder", text, html=html,
                    style="portal", body_form=R.choice(["html", "alt"]), hard=["word"], note="reminder to a named patient (word names) with cardiology pacemaker check")
    if v == 6:
        p = patient(50, 85, sex="F", word="both")
        text = (f"Transport request - recurring\n\nRider: {p.full}\nPickup: {p.addr[0]}, {p.addr[1]}\nDestination: Riverside Kidney Care - Summer St\n"
                f"Days: Mon/Wed/Fri chair time 6:15 AM (hemodialysis)\nMobility: wheelchair, needs lift\nPhone: {p.phone}\n\n{me('Social Worker', 'Nephrology', 'LCSW').full}")
        return spec("appointment", addr_of(me("Social Worker", "Nephrology", "LCSW")), [("Ride Scheduling", "rides@countytransit.example.org")],
                    "recurring ride", text, style="m365", hard=["word"], note="recurring dialysis transport request with name, address and phone")
    if v == 7:
        p = patient(4, 9, sex="M", word=None)
        rename(p, R.choice(["William", "Robert", "Charles", "Henry"]))
        mom = relative(p, sex="F")
        text = (f"hi this is {p.last.lower()} {NICK[p.first].lower()}s mom. we need to move his tonsils surgery on the {future(5, 20).day}th, he has a fever and "
                f"a cough since yesterday. dr said not to come in if hes sick. can we do may? thank you\n{mom.first}")
        return spec("appointment", (mom.full, mom.email), [("ENT Surgery Scheduling", f"entsurgery@{DOM}")], "surgery",
                    phoneify(text, 2), style="phone", body_form=R.choice(["plain7", "qp", "b64"]), hard=["lower"],
                    note="parent's phone mail rescheduling her son's tonsillectomy, child named by nickname and surname")
    if v == 8:
        p = patient(25, 75, word="both")
        rn = nurse("Neurology")
        start = appt_dt()
        desc = f"{p.full} - EEG 60 min, sleep-deprived. Seizure 3/{R.randint(10, 28)}. Ride needed (no driving). Contact {p.phone}."
        return spec("appointment", addr_of(rn), [("Neurodiagnostics", f"eeg@{DOM}")], f"EEG {p.last}", desc,
                    ics=ics(f"EEG - {p.last}, {p.first}", desc, start, 60, "Neurodiagnostics Lab, MOB 3", addr_of(rn), [("Neurodiagnostics", f"eeg@{DOM}")]),
                    hard=["word"], note="calendar hold for an EEG naming the patient with seizure history")
    if v == 9:
        appts = []
        for _ in range(R.randint(3, 6)):
            q = patient(20, 90, word=R.choice([None, "first"]))
            appts.append({"resourceType": "Appointment", "status": "booked", "start": f"2025-04-{R.randint(3, 28):02d}T{R.randint(8, 16):02d}:00:00-05:00",
                          "serviceType": [{"text": R.choice(["Infusion - infliximab", "MRI brain w/wo", "Sleep study", "Stress echo"])}],
                          "participant": [{"actor": {"display": q.full, "reference": f"Patient/{q.mrn}"}}]})
        return spec("appointment", addr_of(me("Integration Analyst", "Interface Team", "")), [("Scheduling Vendor", "support@schedvendor.example.org")],
                    "sample appointments", "Sample from the prod feed (BAA on file).", style="m365",
                    atts=[att("json", "appointments.json", json.dumps({"entry": appts}, indent=2))], note="FHIR Appointment JSON naming patients with services and MRN references")
    if v == 10:
        p = patient(25, 70, word=R.choice(["first", "both"]))
        text = R.choice([f"is my mri still on for fri at 7? im really claustrophobic can i get the open one or something to relax. its for my back/sciatica\n{p.first}",
                         f"hey its {p.first}. do i need to fast for my ct scan tmrw? they said with contrast. also im allergic to iodine i think"])
        return spec("appointment", patient_mail(p), [("Imaging Scheduling", f"imagingsched@{DOM}")], R.choice(["mri", "scan tmrw", "question"]),
                    phoneify(text), style="phone", body_form=R.choice(["plain7", "qp", "b64"]), hard=["lower", "word"],
                    note="patient phone mail about own upcoming MRI/CT with clinical detail; identifiable by sender")
    p = patient(30, 85, word=R.choice([None, "first"]))
    start = appt_dt()
    lines = [f"{d_long(REF)}", "", p.full, p.addr[0], f"{p.addr[1]}, {p.addr[2]} {p.addr[3]}", "", f"Dear {p.title()},", "",
             f"Your sleep study is scheduled for {d_long(start.date())} at 8:30 PM at the Riverside Lung & Sleep Center.",
             "Please bring your CPAP mask if you have one, and your medication list.", "", "Riverside Lung & Sleep Center"]
    return spec("appointment", ("Riverside Lung & Sleep", f"sleep@{DOM}"), [(p.full, p.email)], "Your appointment letter",
                "Your appointment letter is attached.", atts=[pdf_part("appointment_letter.pdf", "Appointment Letter", lines)], style="portal",
                note="PDF appointment letter with name, home address and sleep study")


def k_medication(i):
    v = i % 12
    if v == 0:
        p = patient(50, 80, sex="M", word="last")
        rename(p, "Bill")
        drug = R.choice([("lisinopril", "20"), ("metoprolol", "50"), ("atorvastatin", "40")])
        text = (f"ran out of my {drug[0]} {drug[1]} this morning, can u send it to the walgreens on king st not the one on hill rd. i been on it for years. "
                f"dob {dob(p, 'nodash')}\n- bill")
        return spec("medication", (f"bill {p.last.lower()}", p.email), [("Refill Line", f"refills@{DOM}")], R.choice(["refill", "meds", "rx"]),
                    phoneify(text), style="phone", body_form=R.choice(["plain7", "qp"]), hard=["lower", "word"],
                    note="patient 'bill' asks for his own refill at the King St pharmacy; name and street names are English words")
    if v == 1:
        p = patient(30, 85, word=R.choice(["first", "both"]))
        m = R.choice(MEDS)
        lines = ["REFILL AUTHORIZATION REQUEST", "", "From: Hillside Pharmacy  Fax (217) 555-0142", "", f"Patient: {p.style('LF')}", f"DOB: {dob(p)}",
                 f"Drug: {m[0]} {m[1]}", f"Sig: {m[2]}", "Qty: 90   Refills requested: 3", "", "[ ] Approved   [ ] Denied   [ ] Needs visit", "", "Prescriber signature: ____________"]
        return spec("medication", ("eFax Service", "noreply@faxrelay.example.net"), [("Family Medicine Refills", f"fmrefills@{DOM}")],
                    f"Fax from Hillside Pharmacy (1 page)", "You have received a fax. See attached PDF.", style="ext",
                    atts=[pdf_part("fax.pdf", "Fax", lines)], hard=["word"], note="pharmacy refill fax PDF with patient name, DOB and drug/dose")
    if v == 2:
        p = patient(55, 90, word=R.choice([None, "last"]))
        rows = ["Medication,Dose,Frequency,Last Taken,Source"] + [f"{m},{d},\"{f}\",{d_us(past(0, 2))},{R.choice(['patient', 'pharmacy fill', 'bottle'])}" for m, d, f in R.sample(MEDS, 6)]
        ph = staff("Pharmacy Technician", "Pharmacy", "CPhT")
        text = f"Admission med rec for {p.style('lf')} (MRN {p.mrn}, 5 East) attached.\n{sig(ph)}"
        return spec("medication", addr_of(ph), [addr_of(prov("Internal Medicine"))], "med rec", text,
                    atts=[att("csv", "med_rec.csv", "\n".join(rows) + "\n")], note="med rec CSV for a named patient with MRN")
    if v == 3:
        p = patient(40, 80, word="both")
        rn, ph, mgr, it = nurse("Endocrinology"), staff("Clinical Pharmacist", "Pharmacy", "PharmD"), staff("Manager", "Pharmacy", "PharmD"), staff("Analyst", "Pharmacy Informatics", "")
        msgs = [dict(frm=(disp(rn), rn.email), to=f"{disp(ph)} <{ph.email}>", subject="dose change",
                     body=(f"Per Dr. {R.choice(WORD_LAST)}, {p.full}'s glargine goes from 24 to 30 units at bedtime starting tonight, and stop the glipizide "
                           f"(two lows under 60 this week). Can you update the outpatient list?"), client="outlook"),
                dict(frm=(disp(ph), ph.email), to=f"{disp(mgr)} <{mgr.email}>", subject="FW: dose change", body="The ambulatory list editor is throwing an error again.", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(it)} <{it.email}>", subject="FW: dose change", body="Can informatics look at the list editor error?", client="outlook"),
                dict(frm=(disp(it), it.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: dose change", body="Known issue after Tuesday's patch, fix goes in tonight.", client="gmail")]
        return spec("medication", addr_of(it), [addr_of(mgr)], "RE: dose change", thread(msgs), hard=["deep", "word"],
                    note="informatics chain; only the oldest quoted message names the patient with an insulin dose change")
    if v == 4:
        p = patient(60, 90, word=R.choice(["first", "last"]))
        meds = R.sample(MEDS, 5)
        trs = "".join(f"<tr><td>{h(m)}</td><td>{h(d)}</td><td>{h(f)}</td></tr>" for m, d, f in meds)
        html = html_wrap(f"<p>Med list for <b>{h(p.full)}</b> as of today (for the home health nurse):</p><table border=\"1\" cellpadding=\"3\">"
                         f"<tr><th>Drug</th><th>Dose</th><th>How</th></tr>{trs}</table><p>Allergies: sulfa (rash)</p>")
        text = f"Med list for {p.full}:\n" + "\n".join(f"- {m} {d} {f}" for m, d, f in meds) + "\nAllergies: sulfa (rash)"
        return spec("medication", addr_of(nurse("Family Medicine")), [("Home Health", "intake@heartlandhomehealth.example.org")], "med list",
                    text, html=html, body_form=R.choice(["html", "alt"]), hard=["word"], note="HTML med list table for a named patient")
    if v == 5:
        p = patient(20, 80)
        m = R.choice(MEDS)
        md = prov()
        erx = {"message": "NewRx", "patient": {"name": {"last": p.last, "first": p.first}, "dob": dob(p, "iso"), "address": list(p.addr)},
               "prescriber": {"name": md.full, "npi": md.npi, "dea": md.dea}, "drug": {"description": f"{m[0]} {m[1]}", "sig": m[2], "quantity": 30, "refills": 2}}
        return spec("medication", addr_of(me("Analyst", "Pharmacy Informatics", "")), [("eRx Support", "support@erxnetwork.example.org")],
                    "rejected NewRx", "NewRx rejected with code 900 - payload attached.", atts=[att("json", "newrx.json", json.dumps(erx, indent=2))],
                    note="eRx JSON with patient name, DOB, address and drug")
    if v == 6:
        p = patient(40, 85)
        meds = R.sample(MEDS, 4)
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<MedicationHistory>\n  <Patient>\n' f'    <Name>{h(p.style("lf"))}</Name>\n    <DOB>{dob(p, "iso")}</DOB>\n'
               f'    <Zip>{p.addr[3]}</Zip>\n  </Patient>\n' + "".join(f'  <Fill date="{d_us(past(3, 90))}" ndc="{R.randint(10000, 99999)}-{R.randint(100, 999)}-{R.randint(10, 99)}">'
                                                                      f'<Drug>{h(m)} {h(d)}</Drug><Pharmacy>Hillside Pharmacy</Pharmacy></Fill>\n' for m, d, _ in meds) + "</MedicationHistory>\n")
        return spec("medication", addr_of(me("Clinical Pharmacist", "Pharmacy", "PharmD")), [addr_of(prov())], "fill history",
                    "Outside fill history attached - he's getting apixaban from two pharmacies.", atts=[att("xml", "medhistory.xml", xml, b64=R.random() < 0.5)],
                    note="medication fill history XML with patient name, DOB and drugs")
    if v == 7:
        p = patient(75, 89, sex="F", word="first")
        rename(p, "Grace")
        kid = relative(p, word=R.choice([None, "first"]))
        text = (f"hi its {kid.first.lower()} {p.last.lower()}, my mom grace keeps forgetting her donepezil at night and then takes two in the morning. is that dangerous? "
                f"she also started getting diarrhea. should we get the patch instead? her dr is at the memory clinic")
        return spec("medication", (kid.full, kid.email), [("Memory Clinic", f"memoryclinic@{DOM}")], "moms medicine", phoneify(text),
                    style=R.choice(["phone", "gmail"]), body_form=R.choice(["plain7", "qp", "alt"]), hard=["lower", "word"],
                    note="family member's lowercase mail: mother 'grace' (a common word) double-dosing donepezil")
    if v == 8:
        p = patient(30, 65, sex="M", word="first")
        rename(p, "Austin")
        text = R.choice(["hi its austin, can i take ibuprofen with my xarelto? my knee is killing me from basketball. or just tylenol?",
                         "its austin again - i missed 2 days of my xarelto bc i was in chicago. do i double up or just restart"])
        return spec("medication", ("austin", p.email), [("Anticoagulation Clinic", f"anticoag@{DOM}")], R.choice(["question", "xarelto", "quick q"]),
                    phoneify(text), style="phone", body_form=R.choice(["plain7", "b64"]), hard=["lower", "word"],
                    note="patient 'austin' (also a place) asks about his own rivaroxaban; identifiable by sender address")
    if v == 9:
        p = patient(40, 85, word=R.choice([None, "both"]))
        ph = staff("Clinical Pharmacist", "Anticoagulation Clinic", "PharmD")
        text = (f"Anticoagulation note\n\n{p.full} (MRN {p.mrn}) - INR {round(R.uniform(1.4, 1.7), 1)} subtherapeutic on warfarin 5 mg daily; mechanical mitral valve.\n"
                f"Plan: increase to 7.5 mg Mon/Thu, 5 mg other days; enoxaparin 1 mg/kg bridge until INR >2.5.\n\n{ph.full}, {ph.cred}")
        return spec("medication", addr_of(ph), [addr_of(prov("Cardiology"))], "warfarin", text, body_form="b64",
                    note="pharmacist anticoagulation plan with name, MRN and doses")
    if v == 10:
        p = patient(18, 80, word=R.choice(["first", "last"]))
        md = prov()
        m = R.choice(MEDS)
        txt = (f"PRESCRIPTION\n{md.full}, {md.cred}   NPI {md.npi}   DEA {md.dea}\n\nPatient: {p.full}\nDOB: {dob(p)}\nAddress: {', '.join(p.addr)}\n\n"
               f"Rx: {m[0]} {m[1]}\nSig: {m[2]}\nDisp: #30  Refills: 1\n")
        return spec("medication", addr_of(md), [("Hillside Pharmacy", "rx@hillsidepharmacy.example.org")], "Rx",
                    "Printed prescription attached since the eRx is down.", atts=[att("txt", "rx.txt", txt)], hard=["word"],
                    note="TXT prescription with patient name, DOB, address and drug; prescriber NPI/DEA too")
    p = patient(50, 85, word="both")
    md = prov("Cardiology")
    text = (f"Please discontinue amiodarone for {p.full} - TSH came back 14 and new cough. Switch to dofetilide, admit for loading per protocol "
            f"next week.\n\n{md.first}")
    return spec("medication", addr_of(md), [("Cardiology Nurses", f"cardionurses@{DOM}")], "dc amio", text, hard=["word"],
                note="order to stop a drug for a named patient with lab and side-effect reason")


def k_registration(i):
    v = i % 12
    if v == 0:
        p = patient(18, 85, word=R.choice([None, "both"]))
        lines = ["PATIENT REGISTRATION", "", f"Name: {p.full}", f"DOB: {dob(p)}   Sex: {p.sex}", f"SSN: {p.ssn}", f"Address: {', '.join(p.addr)}",
                 f"Phone: {p.phone}", f"Insurance: Riverside Health Plan   Member ID: {p.member}", "Emergency contact: spouse", "",
                 "Reason for visit: new patient", "Signature on file"]
        return spec("registration", ("Kiosk Scanner", f"scanner-mob3@{DOM}"), [("Patient Access", f"patientaccess@{DOM}")], "Scanned document",
                    "Scanned from MOB3-KIOSK-02.", atts=[pdf_part("scan_0001.pdf", "Registration Form", lines)],
                    note="scanned registration form PDF with name, SSN, DOB, address and member id")
    if v == 1:
        p = patient(22, 70, word=R.choice(["first", "both"]))
        text = (f"hi, for my new patient appt next week here is my info they asked for. {p.full.lower()}, dob {dob(p, 'nodash')}, ssn {p.ssn}, "
                f"address {p.addr[0].lower()} {p.addr[1].lower()} {p.addr[3]}. my insurance card is riverside health plan. thx")
        return spec("registration", patient_mail(p), [("Patient Registration", f"registration@{DOM}")], "my info", phoneify(text, 1),
                    style="phone", body_form=R.choice(["plain7", "qp", "b64"]), hard=["lower"] + (["word"] if p.first in dict(WORD_FIRST) else []),
                    note="patient's own lowercase registration e-mail with SSN, DOB and address for a new-patient visit")
    if v == 2:
        rows = ["Last,First,DOB,SSN,Address,City,State,Zip,Phone"]
        for _ in range(R.randint(4, 8)):
            q = patient(0, 90, word=R.choice([None, "first", "last", "both"]))
            rows.append(f"\"{q.last}\",\"{q.first}\",{dob(q)},{q.ssn},\"{q.addr[0]}\",{q.addr[1]},{q.addr[2]},{q.addr[3]},{q.phone}")
        return spec("registration", addr_of(me("Supervisor", "Patient Access", "")), [("Registration QA", f"regqa@{DOM}")], "QA sample",
                    "Registration QA sample attached - check the SSN and address fields.", atts=[att("csv", "reg_qa.csv", "\n".join(rows) + "\n")],
                    note="CSV registration sample with names, DOBs, SSNs and addresses")
    if v == 3:
        p = patient(18, 90, word=R.choice(["first", "last"]))
        s = p.ssn
        html = html_wrap(f"<p>New registration from the online form:</p><table><tr><td>Name</td><td>{h(p.full)}</td></tr>"
                         f"<tr><td>DOB</td><td>{spanned_dob(p)}</td></tr><tr><td>SSN</td><td><span>{s[:3]}</span>-<span>{s[4:6]}</span>-<span>{s[7:]}</span></td></tr>"
                         f"<tr><td>Address</td><td>{h(p.addr[0])}<br>{h(p.addr[1])}, {p.addr[2]}&nbsp;{p.addr[3]}</td></tr><tr><td>Visit</td><td>Establish care</td></tr></table>")
        text = f"New registration from the online form:\nName: {p.full}\nDOB: {dob(p)}\nSSN: {s}\nAddress: {', '.join(p.addr)}\nVisit: Establish care"
        return spec("registration", ("Web Forms", f"webforms@{DOM}"), [("Patient Access", f"patientaccess@{DOM}")], "Form submission",
                    text, html=html, body_form=R.choice(["html", "alt"]), hard=["word"], note="HTML web-form registration with SSN and DOB split across <span>s")
    if v == 4:
        p = patient(25, 75, word="both")
        pa, sup, it = staff("Patient Access Rep", "Patient Access", ""), staff("Supervisor", "Patient Access", ""), staff("Analyst", "IT Service Desk", "")
        msgs = [dict(frm=(p.full, p.email), to=f"Patient Registration <registration@{DOM}>", subject="pre registration",
                     body=(f"Hello, pre-registering for my surgery on the {future(5, 20).day}th. {p.full}, DOB {dob(p)}, SSN {p.ssn}, "
                           f"{p.addr[0]}, {p.addr[1]} {p.addr[2]} {p.addr[3]}. Thank you."), client="gmail"),
                dict(frm=(disp(pa), pa.email), to=f"{disp(sup)} <{sup.email}>", subject="FW: pre registration", body="The prereg work queue won't let me attach e-mails.", client="outlook"),
                dict(frm=(disp(sup), sup.email), to=f"{disp(it)} <{it.email}>", subject="FW: pre registration", body="Can you check the work queue attach button?", client="outlook"),
                dict(frm=(disp(it), it.email), to=f"{disp(sup)} <{sup.email}>", subject="RE: pre registration", body="Cleared your cache remotely, try again.", client="outlook"),
                dict(frm=(disp(sup), sup.email), to=f"{disp(pa)} <{pa.email}>", subject="RE: pre registration", body="Try now.", client="outlook")]
        return spec("registration", addr_of(sup), [addr_of(pa)], "RE: pre registration", thread(msgs), hard=["deep", "word"],
                    note="5-level IT chain; only the oldest quoted message (patient's own) carries SSN, DOB and address for surgery")
    if v == 5:
        p = patient(18, 85)
        pat = {"resourceType": "Patient", "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": p.ssn.replace("-", "")},
                                                        {"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": p.mrn}],
               "name": [{"family": p.last, "given": [p.first, p.mi]}], "birthDate": dob(p, "iso"), "gender": {"F": "female", "M": "male"}.get(p.sex, "unknown"),
               "address": [{"line": [p.addr[0]], "city": p.addr[1], "state": p.addr[2], "postalCode": p.addr[3]}]}
        return spec("registration", addr_of(me("Integration Analyst", "Interface Team", "")), [("Interface Team", f"interfaces@{DOM}")], "patient create error",
                    "Patient $create failed on the SSN identifier system - payload attached.", atts=[att("json", "patient.json", json.dumps(pat, indent=2))],
                    note="FHIR Patient JSON with SSN, MRN, name, birthDate and address")
    if v == 6:
        p = patient(18, 85, word=R.choice([None, "last"]))
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Registration source="kiosk">\n  <Name last="{h(p.last)}" first="{h(p.first)}"/>\n  <DOB>{dob(p, "iso")}</DOB>\n'
               f'  <SSN>{p.ssn}</SSN>\n  <Address>{h(", ".join(p.addr))}</Address>\n  <Phone>{p.phone}</Phone>\n  <Guarantor relation="self"/>\n</Registration>\n')
        return spec("registration", ("Kiosk Platform", "alerts@kioskvendor.example.org"), [("Patient Access Systems", f"pasystems@{DOM}")],
                    "Failed submission", "A kiosk submission failed to post. Raw payload attached.", style="ext",
                    atts=[att("xml", "submission.xml", xml, b64=R.random() < 0.5)], note="kiosk registration XML with name, DOB, SSN and address")
    if v == 7:
        p = patient(18, 85, word=R.choice(["first", "both"]))
        txt = f"KIOSK CHECK-IN EXPORT\nNAME={p.style('LF')}\nDOB={dob(p)}\nSSN={p.ssn}\nADDR={p.addr[0]}|{p.addr[1]}|{p.addr[2]}|{p.addr[3]}\nPHONE={p.phone}\nCOPAY=25.00\n"
        return spec("registration", addr_of(me("Analyst", "IT Applications", "")), [("Kiosk Vendor", "support@kioskvendor.example.org")], "export sample",
                    "Export sample for the encoding bug (signed BAA).", atts=[att("txt", "kiosk_export.txt", txt)], hard=["word"],
                    note="TXT kiosk export with name, DOB, SSN and address")
    if v == 8:
        p = patient(18, 85, word="both")
        text = (f"Please merge duplicate records:\n\n  Keep:  {p.mrn}  {p.style('LF')}  DOB {dob(p)}  SSN {p.ssn}\n  Merge: {mrn()}  {p.style('LF')}  DOB {dob(p)}  SSN (blank)\n\n"
                f"Same address ({p.addr[0]}). Created when ED registered {p.pron()[1]} as a trauma alias.\n\n{me('HIM Specialist', 'Health Information Management', 'RHIT').full}")
        return spec("registration", addr_of(me("HIM Specialist", "Health Information Management", "RHIT")), [("EMPI Team", f"empi@{DOM}")], "merge request",
                    text, hard=["word"], note="duplicate-record merge request with two MRNs, SSN and DOB")
    if v == 9:
        p = patient(18, 80, word=R.choice(["first", "last"]))
        mid = p.member
        text = (f"Insurance card front:\n  RIVERSIDE HEALTH PLAN\n  Member: {p.style('LF')}\n  Member ID: {mid[:3]}-{mid[3:]}\n  Group: 0045-RH\n  PCP: {dr(prov())}\n"
                f"Back: Rx BIN 610014  PCN RHPRX\n\nDOB {dob(p)} - scanned at check-in, card was too faded for the scanner.\n{me('Patient Access Rep', 'Patient Access', '').first}")
        return spec("registration", addr_of(me("Patient Access Rep", "Patient Access", "")), [("Eligibility", f"eligibility@{DOM}")], "card",
                    text, hard=["idfmt", "word"], note="insurance card transcription with name, DOB and member id written with a dash after the RHP prefix")
    if v == 10:
        p = patient(25, 64, word=R.choice([None, "both"]))
        fc = staff("Financial Counselor", "Patient Financial Services", "")
        lines = ["FINANCIAL ASSISTANCE APPLICATION", "", f"Applicant: {p.full}", f"SSN: {p.ssn}    DOB: {dob(p)}", f"Address: {', '.join(p.addr)}",
                 "Household size: 4    Annual income: $31,200", f"Account: hospital stay {d_us(past(20, 60))} - {d_us(past(10, 19))}", "Balance: $18,442.10", "",
                 "Requested: 100% charity care"]
        return spec("registration", addr_of(fc), [("Financial Assistance", f"finassist@{DOM}")], "FAP application",
                    f"Completed application attached for review.\n{sig(fc)}", atts=[pdf_part("fap_application.pdf", "Financial Assistance", lines)],
                    note="financial-assistance application PDF with SSN, DOB, address and hospital stay balance")
    p = patient(18, 85, word="first")
    inner = dict(frm=("Online Pre-Registration", f"prereg-noreply@{DOM}"), to=[("Patient Access", f"patientaccess@{DOM}")], subject="New pre-registration",
                 body_form="plain7", text=f"Name: {p.full}\nDOB: {dob(p)}\nSSN: {p.ssn}\nAddress: {', '.join(p.addr)}\nScheduled service: MRI lumbar spine")
    return spec("registration", addr_of(me("Patient Access Rep", "Patient Access", "")), [("Patient Access Leads", f"paleads@{DOM}")],
                "FW: New pre-registration", "This one errored out - forwarding as an attachment.", atts=[rfc822_part(inner, "prereg.eml")], hard=["word"],
                note="forwarded pre-registration e-mail with name, DOB, SSN, address and scheduled MRI")


def k_billing_claim(i):
    v = i % 12
    if v == 0:
        p = patient(20, 80, word=R.choice(["first", "both"]))
        c = R.choice(CPT)
        dx = R.choice(DX)
        lines = ["EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "", f"Member: {p.full}   Member ID: {p.member}", f"Claim #: {R.randint(10**11, 10**12 - 1)}",
                 f"Date of service: {d_us(past(20, 60))}   Provider: Riverside Health", "", f"Service: {c[0]} {c[1]}", f"Diagnosis: {dx[0]}",
                 f"Billed: ${R.randint(300, 4000)}.00   Allowed: ${R.randint(100, 299)}.00   You owe: ${R.randint(20, 99)}.00"]
        return spec("billing_claim", ("Riverside Health Plan", f"eob@plan.{DOM}"), [(p.full, p.email)], "Your Explanation of Benefits",
                    "Your EOB is attached.", style="portal", atts=[pdf_part("EOB.pdf", "Riverside Health Plan", lines)], hard=["word"],
                    note="EOB PDF with member name, member id, CPT and ICD-10")
    if v == 1:
        p = patient(25, 65, sex="F", word="first")
        amt = R.randint(280, 1900)
        text = (f"why did i get a bill for ${amt} from the er visit on {d_short(past(20, 50))}? i thought my insurance covered it. my insurance id is {p.member} "
                f"and it was for my kidney stone. i cant pay this rn\n- {p.first}")
        return spec("billing_claim", patient_mail(p), [("Patient Billing", f"billing@{DOM}")], R.choice(["bill", "why am i being charged", "er bill"]),
                    phoneify(text), style="phone", body_form=R.choice(["plain7", "qp", "b64"]), hard=["lower", "word", "idfmt"],
                    note="patient phone mail with own member id, ER visit and kidney stone; first name only")
    if v == 2:
        rows = ["Claim,Patient,Member ID,DOS,CPT,ICD10,Denial"]
        for _ in range(R.randint(5, 9)):
            q = patient(18, 90, word=R.choice([None, "last", "both"]))
            rows.append(f"{R.randint(10**9, 10**10 - 1)},\"{q.style('lf')}\",{q.member},{d_us(past(30, 90))},{R.choice(CPT)[0]},{R.choice(DX)[0]},"
                        f"{R.choice(['CO-197 no auth', 'CO-16 missing info', 'CO-50 not medically necessary', 'PR-1 deductible'])}")
        return spec("billing_claim", addr_of(me("Denials Analyst", "Revenue Cycle", "")), [("Denials Team", f"denials@{DOM}")], "denials",
                    "This week's denials attached.", atts=[att("csv", "denials.csv", "\n".join(rows) + "\n")], note="CSV claim denials with names, member ids, CPT/ICD")
    if v == 3:
        p = patient(30, 85, word=R.choice([None, "both"]))
        c, dx = R.choice(CPT), R.choice(DX)
        edi = (f"ISA*00*          *00*          *ZZ*RIVERSIDE      *ZZ*RHPLAN         *250401*0930*^*00501*{R.randint(100000000, 999999999)}*0*P*:~\n"
               f"GS*HC*RIVERSIDE*RHPLAN*20250401*0930*1*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
               f"NM1*IL*1*{ascii_fold(p.last).upper()}*{ascii_fold(p.first).upper()}****MI*{p.member}~\nDMG*D8*{dob(p, 'hl7')}*{p.sex}~\n"
               f"CLM*{uid()}*{R.randint(200, 3000)}***11:B:1*Y*A*Y*Y~\nHI*ABK:{dx[0].replace('.', '')}~\nSV1*HC:{c[0]}*{R.randint(200, 3000)}*UN*1***1~\nSE*9*0001~\n")
        return spec("billing_claim", addr_of(me("Billing Analyst", "Revenue Cycle", "")), [("Clearinghouse Support", "support@claimshub.example.org")],
                    "837 rejection", "Rejected 837P attached (subscriber loop).", atts=[att("txt", "claim_837.txt", edi)],
                    note="X12 837P TXT with subscriber name, member id, DOB, ICD-10 and CPT")
    if v == 4:
        p = patient(30, 80, word=R.choice(["first", "last"]))
        c = R.choice([x for x in CPT if x[0] in ("70553", "72148", "27447", "95810", "J1745")])
        html = html_wrap(f"<h3>Prior Authorization Request</h3><p>Member: <b>{h(p.full)}</b><br>Member&nbsp;ID: {spanned(p.member, 3)}<br>DOB: {spanned_dob(p)}</p>"
                         f"<p>Service: {c[0]} &ndash; {h(c[1])}<br>Diagnosis: {R.choice(DX)[0]}<br>Clinical: failed conservative therapy &gt; 6&nbsp;weeks</p>")
        text = f"Prior Authorization Request\nMember: {p.full}\nMember ID: {p.member}\nDOB: {dob(p)}\nService: {c[0]} - {c[1]}"
        return spec("billing_claim", addr_of(me("Prior Auth Specialist", "Utilization Management", "")), [("Plan UM", "um@rhplan.example.org")],
                    "PA request", text, html=html, body_form=R.choice(["html", "alt"]), hard=["word"],
                    note="HTML prior-auth request with name, member id split across <span>s, DOB and CPT")
    if v == 5:
        p = patient(30, 80, word="both")
        pre = R.choice(["XJH", "ZGP", "YLW", "QMB"])
        ext_id = f"{pre}{R.randint(100000000, 999999999)}"
        text = (f"Coordination of benefits for {p.full} (DOB {dob(p)}): primary is Blue Prairie, member ID {ext_id} (prefix {pre}), secondary Riverside Health Plan "
                f"{p.member}. The {R.choice(CPT)[1].lower()} claim went to Riverside first and denied CO-22. Rebilling to primary.\n\n{me('Billing Analyst', 'Revenue Cycle', '').full}")
        return spec("billing_claim", addr_of(me("Billing Analyst", "Revenue Cycle", "")), [("COB Team", f"cob@{DOM}")], "COB", text,
                    hard=["idfmt", "word"], note="coordination-of-benefits note with a prefixed outside member id, RHP member id, name, DOB and service")
    if v == 6:
        p = patient(40, 85, word="first")
        a, b, c_ = staff("Appeals Specialist", "Revenue Cycle", ""), staff("Manager", "Revenue Cycle", ""), staff("Coordinator", "Revenue Cycle", "")
        msgs = [dict(frm=(disp(a), a.email), to="Appeals <appeals@rhplan.example.org>", subject="Level 1 appeal",
                     body=(f"Appealing denial of CPT 27447 for {p.full}, member {p.member}, DOS {d_us(past(40, 80))}. Severe tricompartmental OA (M17.11), "
                           f"failed injections and 6 months PT. Records attached."), client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(a)} <{a.email}>", subject="RE: Level 1 appeal", body="Did we ever get the fax confirmation?", client="outlook"),
                dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="RE: Level 1 appeal", body="Fax machine in the back office is jammed again.", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(c_)} <{c_.email}>", subject="FW: Level 1 appeal", body="Can you put in a facilities ticket for the fax?", client="outlook")]
        return spec("billing_claim", addr_of(b), [addr_of(c_)], "FW: Level 1 appeal", thread(msgs), hard=["deep", "word"],
                    note="fax-machine chain; only the oldest quoted message names the member with member id, CPT and diagnosis")
    if v == 7:
        p = patient(18, 85)
        claim = {"claimId": uid(), "patient": {"name": p.full, "dob": dob(p, "iso"), "memberId": p.member}, "serviceDate": d_us(past(10, 40)),
                 "lines": [{"cpt": c, "description": d, "charge": R.randint(100, 2500)} for c, d in R.sample(CPT, 2)], "diagnoses": [R.choice(DX)[0]]}
        return spec("billing_claim", addr_of(me("Billing Analyst", "Revenue Cycle", "")), [("Billing Vendor", "support@billingvendor.example.org")],
                    "claim JSON", "Claim that failed the scrubber - JSON attached.", atts=[att("json", "claim.json", json.dumps(claim, indent=2))],
                    note="claim JSON with patient name, DOB, member id, CPT and ICD")
    if v == 8:
        p = patient(30, 80, sex="M", word="both")
        text = (f"Account review: {p.full}, guarantor self, balance ${R.randint(900, 6000)}.{R.randint(10, 99)} for colonoscopy with polypectomy ({d_us(past(60, 120))}). "
                f"Three statements sent, no response. Recommend placing with the collection agency unless financial assistance applies.\n\n{me('Collections Specialist', 'Patient Financial Services', '').full}")
        return spec("billing_claim", addr_of(me("Collections Specialist", "Patient Financial Services", "")), [("PFS Leads", f"pfsleads@{DOM}")],
                    "account review", text, hard=["word"], note="collections review naming the patient with balance for a colonoscopy")
    if v == 9:
        p = patient(30, 85, word=R.choice(["first", "last"]))
        c = R.choice(CPT)
        text = (f"Dear {p.title()},\n\nWe reviewed the claim for {c[1].lower()} on {d_us(past(10, 40))} (member ID {p.member}). The service is denied because "
                f"prior authorization was not obtained. You may appeal within 60 days.\n\nRiverside Health Plan Member Services")
        return spec("billing_claim", ("Member Services", f"memberservices@plan.{DOM}"), [(p.full, p.email)], "Claim decision", text, style="portal",
                    body_form="b64", note="payer denial letter to a named member with member id and service")
    if v == 10:
        p = patient(25, 80, word=R.choice([None, "both"]))
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Remittance payer="Riverside Health Plan" check="{R.randint(100000, 999999)}">\n  <Claim id="{uid()}">\n'
               f'    <Patient name="{h(p.style("LF"))}" memberId="{p.member}"/>\n    <Service cpt="{R.choice(CPT)[0]}" dx="{R.choice(DX)[0]}" billed="{R.randint(200, 900)}.00" paid="{R.randint(50, 199)}.00"/>\n'
               f'    <Adjustment group="PR" reason="2" amount="{R.randint(10, 60)}.00"/>\n  </Claim>\n</Remittance>\n')
        return spec("billing_claim", ("Remit Services", "era@claimshub.example.org"), [("Cash Posting", f"cashposting@{DOM}")], "ERA",
                    "Remittance detail attached.", style="ext", atts=[att("xml", "remit.xml", xml)], note="remittance XML with patient name, member id, CPT and ICD")
    p = patient(25, 80, word="first")
    mid = p.member.lower()
    text = (f"hi i got a bill from the ambulance for $1,{R.randint(100, 899)} when i passed out at work. my insurance is riverside plan id {mid[:3]} {mid[3:]}. "
            f"can u bill them again? thx {p.first.lower()}")
    return spec("billing_claim", patient_mail(p), [("Patient Billing", f"billing@{DOM}")], "ambulance bill", phoneify(text),
                style="phone", body_form=R.choice(["plain7", "b64"]), hard=["lower", "idfmt", "word"],
                note="patient phone mail with a lowercase, space-separated member id and an ambulance bill for fainting")


def hl7_msg(p, typ, md, ids=("mrn", "ssn"), ts=None):
    ts = ts or f"2025{R.randint(3, 3):02d}{R.randint(10, 31)}{R.randint(10, 23)}{R.randint(10, 59)}00"
    pid3 = []
    if "mrn" in ids:
        pid3.append(f"{p.mrn}^^^RH^MR")
    if "ssn" in ids:
        pid3.append(f"{p.ssn.replace('-', '')}^^^SSA^SS")
    if "mbi" in ids:
        pid3.append(f"{p.mbi}^^^CMS^MC")
    seg = [f"MSH|^~\\&|EPIC|RIVERSIDE|{R.choice(['LAB', 'RADIANT', 'CLOVERLEAF', 'HIE', 'PHARMACY'])}|RHMAIN|{ts}||{typ}|{uid()}|P|2.5.1",
           f"EVN|{typ.split('^')[1]}|{ts}" if typ.startswith("ADT") else None,
           f"PID|1||{'~'.join(pid3)}||{p.style('hl7')}||{dob(p, 'hl7')}|{p.sex}|||{ascii_fold(p.addr[0]).upper()}^^{p.addr[1].upper()}^{p.addr[2]}^{p.addr[3]}||{p.phone}",
           f"PV1|1|{R.choice(['I', 'O', 'E'])}|{R.choice(['5E^512^A', '4W^408^B', 'ED^12^', 'CLIN^^'])}^RIVERSIDE||||{md.npi}^{ascii_fold(md.last).upper()}^{ascii_fold(md.first).upper()}^^^^MD"]
    if typ.startswith("ORU"):
        seg.append(f"ORC|RE|{R.randint(1000000, 9999999)}|{R.randint(1000000, 9999999)}")
        seg.append(f"OBR|1|{R.randint(1000000, 9999999)}|{R.randint(1000000, 9999999)}|24323-8^Comprehensive metabolic panel^LN|||{ts}")
        for n, (nm, loinc, unit, rng, val) in enumerate(lab_values(3)):
            seg.append(f"OBX|{n + 1}|NM|{loinc}^{nm}^LN||{val}|{unit}|{rng}|{flag(val, rng)}|||F")
    elif typ.startswith("SIU"):
        seg.insert(1, f"SCH||{R.randint(100000, 999999)}|||||{R.choice(['FOLLOWUP', 'NEWPT', 'PROC'])}|||30|MIN")
        seg.append(f"AIS|1||{R.choice(['93306^ECHO TTE', '45378^COLONOSCOPY', '70553^MRI BRAIN'])}|{ts}")
    else:
        dx = R.choice(DX)
        seg.append(f"DG1|1||{dx[0]}^{dx[1]}^I10||{ts}|A")
    return "\n".join(s for s in seg if s) + "\n"


HL7_TYPES = ["ADT^A01^ADT_A01", "ADT^A03^ADT_A03", "ADT^A08^ADT_A01", "ORU^R01^ORU_R01", "SIU^S12^SIU_S12", "ADT^A04^ADT_A01"]


def k_hl7(i):
    v = i % 12
    p = patient(1, 95, word=R.choice([None, "first", "last", "both"]))
    md = prov()
    an = staff("Integration Analyst", "Interface Team", "")
    typ = HL7_TYPES[i % len(HL7_TYPES)]
    tshort = "^".join(typ.split("^")[:2])
    err = R.choice(["PID-3 repetition 2 rejected (SS not allowed)", "PV1-3 location not mapped", "OBX-6 unit not in master file",
                    "AE: duplicate control id", "timed out waiting for ACK", "PID-11 zip fails validation"])
    wd = ["word"] if (p.first in dict(WORD_FIRST) or p.last in WORD_LAST) else []
    if v in (0, 9):
        msg = hl7_msg(p, typ, md)
        text = (f"Engine alert on {R.choice(['RH_ADT_OUT', 'LAB_ORU_IN', 'HIE_FEED', 'SCHED_SIU_OUT'])}: {err}.\nFailed message attached (er7).\n\n"
                f"Ticket INC{R.randint(1000000, 9999999)}\n{an.full}")
        return spec("hl7", addr_of(an), [("Interface Team", f"interfaces@{DOM}")], "engine error", text, atts=[att("hl7", f"failed_{uid()}.hl7", msg)],
                    hard=wd, note=f"HL7 v2 {tshort} er7 attachment with PID (name, DOB, MRN, SSN)")
    if v == 1:
        msg = hl7_msg(p, "ORU^R01^ORU_R01", md)
        text = f"Seeing this one stuck in the error queue, pasting below:\n\n{msg}\nAny idea why {err.split(' ')[0]} is failing?\n{an.first}"
        return spec("hl7", addr_of(an), [addr_of(me("Integration Engineer", "Interface Team", ""))], "error queue", text,
                    body_form=R.choice(["plain7", "qp"]), hard=wd, note="HL7 ORU^R01 pasted in the body with PID and lab OBX values")
    if v == 2:
        msg = hl7_msg(p, typ, md)
        return spec("hl7", addr_of(an), [("Vendor Support", "support@cloverleafvendor.example.org")], "sample message",
                    f"Production sample for the vendor's sign-off (approved by privacy).\n{sig(an)}", atts=[att("hl7txt", "sample.hl7", msg)],
                    label=("phi", "confidential-phi") if R.random() < 0.5 else None, hard=wd, note=f"text/plain .hl7 attachment with a production {tshort} PID segment")
    if v == 3:
        msg = hl7_msg(p, typ, md)
        inner = dict(frm=("Cloverleaf Monitor", f"cloverleaf@{DOM}"), to=[("Interface Team", f"interfaces@{DOM}")], subject=f"ALERT {err.split(' ')[0]}",
                     text=f"Thread {R.choice(['ADT_OUT_04', 'ORU_IN_02'])} error: {err}\nMessage attached.", atts=[att("hl7", "msg.hl7", msg)])
        return spec("hl7", addr_of(an), [addr_of(me("Integration Engineer", "Interface Team", ""))], "FW: ALERT",
                    "Forwarding the monitor alert - the attached message is the one the HIE rejected.", atts=[rfc822_part(inner, "alert.eml")], hard=wd,
                    note=f"forwarded alert (message/rfc822) containing an HL7 {tshort} attachment with PID")
    if v == 4:
        msg = hl7_msg(p, typ, md)
        eng, mgr, vend = staff("Integration Engineer", "Interface Team", ""), staff("Manager", "Interface Team", ""), ext_person("cloverleafvendor.example.org")
        pid = [s for s in msg.split("\n") if s.startswith("PID")][0]
        msgs = [dict(frm=(disp(an), an.email), to=f"{disp(eng)} <{eng.email}>", subject="PID question",
                     body=f"This PID is failing at the HIE:\n\n{pid}\n\nI think it's the SSN repetition.", client="outlook"),
                dict(frm=(disp(eng), eng.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: PID question", body="Need vendor help - opening a case.", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{vend.full} <{vend.email}>", subject="FW: PID question", body="Case 00{0} - can you join a call Thursday?".format(R.randint(10000, 99999)), client="outlook"),
                dict(frm=(vend.full, vend.email), to=f"{disp(mgr)} <{mgr.email}>", subject="Re: PID question", body="Thursday 2pm CT works. Sending invite.", client="gmail")]
        return spec("hl7", (vend.full, vend.email), [addr_of(mgr)], "Re: PID question", thread(msgs), style="ext", hard=["deep"] + wd,
                    note="vendor call-scheduling chain; only the oldest quoted message carries a pasted PID with name, DOB, MRN and SSN")
    if v == 5:
        msg = hl7_msg(p, "SIU^S12^SIU_S12", md)
        html = html_wrap(f"<p>Scheduling feed sample:</p><pre style=\"font-family:Consolas\">{h(msg)}</pre><p>{h(an.full)}</p>")
        return spec("hl7", addr_of(an), [("Scheduling Apps", f"schedapps@{DOM}")], "SIU sample", f"Scheduling feed sample:\n\n{msg}\n{an.full}",
                    html=html, body_form=R.choice(["html", "alt"]), hard=wd, note="HL7 SIU^S12 in an HTML <pre> block with PID and scheduled procedure")
    if v == 6:
        p = patient(66, 95, word=R.choice(["first", "both"]))
        msg = hl7_msg(p, "ADT^A08^ADT_A01", md, ids=("mrn", "mbi"))
        return spec("hl7", addr_of(an), [("HIE Onboarding", "onboarding@prairiehie.example.org")], "A08 with MBI",
                    "Example A08 showing where the MBI lands in PID-3 (type MC).", atts=[att("hl7", "a08_mbi.hl7", msg)], style="m365",
                    hard=["word"], note="HL7 ADT^A08 er7 attachment with MBI and MRN in PID-3 plus name and DOB")
    if v == 7:
        msg = hl7_msg(p, "ORU^R01^ORU_R01", md, ids=())
        return spec("hl7", addr_of(an), [("Lab Systems", f"labsystems@{DOM}")], "reference lab ORU", f"Reference lab ORU with no PID-3 at all - name/DOB only:\n\n{msg}",
                    body_form="qp", hard=wd, note="HL7 ORU pasted in body; PID has name, DOB, address and phone but no MRN/SSN")
    if v == 8:
        msg = hl7_msg(p, typ, md)
        return spec("hl7", addr_of(an), [("Interface Team", f"interfaces@{DOM}")], "resend",
                    "Resend file attached (text). Please replay after 2200.", atts=[att("hl7txt", "resend.hl7", msg)], body_form="qp", hard=wd,
                    note=f"text/plain .hl7 resend file with {tshort} and PID")
    if v == 10:
        msgs_ = [hl7_msg(patient(1, 95, word=R.choice([None, "first"])), "ADT^A04^ADT_A01", md) for _ in range(R.randint(3, 5))]
        batch = (f"FHS|^~\\&|EPIC|RIVERSIDE|HIE|PRAIRIE|20250401020000\nBHS|^~\\&|EPIC|RIVERSIDE|HIE|PRAIRIE|20250401020000\n" + "".join(msgs_) +
                 f"BTS|{len(msgs_)}\nFTS|1\n")
        return spec("hl7", addr_of(an), [("HIE Onboarding", "onboarding@prairiehie.example.org")], "nightly batch",
                    "Nightly batch that failed the upload - attached.", atts=[att("hl7", "batch.hl7", batch)], style="m365",
                    note="HL7 batch (FHS/BHS) er7 file with several ADT^A04 PIDs")
    msg = hl7_msg(p, "ADT^A03^ADT_A03", md)
    return spec("hl7", addr_of(an), [addr_of(me("Integration Engineer", "Interface Team", ""))], "A03 from last night",
                f"A03 from last night's outage, for the replay list:\n\n{msg}", body_form="b64", hard=wd,
                note="HL7 ADT^A03 pasted in a base64 body with PID and discharge diagnosis")


def ccda_xml(p, with_mrn=True):
    dxs, meds = R.sample(DX, 3), R.sample(MEDS, 3)
    idl = (f'<id root="2.16.840.1.113883.3.9999.1" extension="{p.mrn}" assigningAuthorityName="Riverside Health"/>' if with_mrn
           else '<id nullFlavor="UNK"/>')
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
  <effectiveTime value="20250401090000-0500"/>
  <recordTarget>
    <patientRole>
      {idl}
      <addr use="HP"><streetAddressLine>{h(p.addr[0])}</streetAddressLine><city>{h(p.addr[1])}</city><state>{p.addr[2]}</state><postalCode>{p.addr[3]}</postalCode></addr>
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
    v = i % 8
    p = patient(1, 95, word=R.choice([None, "first", "last", "both"]))
    md = prov()
    wd = ["word"] if (p.first in dict(WORD_FIRST) or p.last in WORD_LAST) else []
    xml = ccda_xml(p, with_mrn=(v != 1))
    if v == 0:
        ext = ext_person("direct.lakeshoreclinic.example.org")
        text = (f"This message was sent via Direct secure messaging.\n\nFrom: {ext.full}\nDocument: Continuity of Care Document (1 attachment)\n\n"
                f"Please reconcile into the chart before the visit on {d_short(future())}.")
        return spec("ccda", ("Direct Messaging", f"direct-inbound@direct.{DOM}"), [addr_of(md)], "Direct message received", text, style="ext",
                    atts=[att("xml", "CCD.xml", xml)], hard=wd, note="C-CDA XML attachment with <patient> name, DOB, address, problems and MRN")
    if v == 1:
        text = (f"HIE query returned an outside CCD for {p.style('lf')} - no Riverside MRN on it, matched on name/DOB. Attaching for the consult.\n"
                f"{sig(nurse(md.dept))}")
        return spec("ccda", addr_of(nurse(md.dept)), [addr_of(md)], "outside records", text, atts=[att("xml", "outside_ccd.xml", xml, b64=False)], hard=wd,
                    note="C-CDA (text/xml) from the HIE with name, DOB and problems but no MRN")
    if v == 2:
        inner = dict(frm=("Prairie HIE", "documents@prairiehie.example.org"), to=[addr_of(md)], subject="Document available",
                     text="A clinical document is attached.", style="ext", atts=[att("xml", "ccda.xml", xml)])
        return spec("ccda", addr_of(prov()), [addr_of(md)], "FW: Document available", f"Forwarding - this came to me but the patient is yours.\n{md.first}",
                    atts=[rfc822_part(inner, "Document available.eml")], hard=wd, note="forwarded message containing a C-CDA with demographics and problems")
    if v == 3:
        return spec("ccda", ("Riverside HIM", f"him@{DOM}"), [("Records", "records@maplecrestsnf.example.org")], "TOC summary",
                    f"Transition of care summary for {p.full} attached (C-CDA R2.1).\n\nRiverside Health HIM{disclaimer(0.8)}",
                    atts=[att("xml", "toc_summary.xml", xml)], hard=wd, note="outbound C-CDA transition summary naming the patient, with MRN")
    if v == 4:
        dxs = R.sample(DX, 3)
        rendered = html_wrap(f"<h1>Continuity of Care Document</h1><table><tr><td>Patient</td><td>{h(p.full)}</td></tr><tr><td>Birth date</td><td>{dob(p, 'long')}</td></tr>"
                             f"<tr><td>Address</td><td>{h(', '.join(p.addr))}</td></tr></table><h2>Problems</h2><ul>" +
                             "".join(f"<li>{h(d)} ({c})</li>" for c, d in dxs) + "</ul>")
        return spec("ccda", addr_of(me("HIM Specialist", "Health Information Management", "RHIT")), [("Patient Portal Support", f"portalsupport@{DOM}")],
                    "rendered CCD", "Rendered CCD (stylesheet applied) attached - the patient says the portal download is blank.",
                    atts=[att("html", "ccd_rendered.html", rendered)], hard=wd, note="HTML rendering of a C-CDA with patient name, birth date, address and problems")
    if v == 5:
        sch, mgr = staff("Scheduler", md.dept, ""), staff("Practice Manager", md.dept, "")
        msgs = [dict(frm=("Direct Messaging", f"direct-inbound@direct.{DOM}"), to=f"{disp(md)} <{md.email}>", subject="Direct message received",
                     body=f"Direct message from Lakeshore Clinic. Attached CCD for {p.full}, DOB {dob(p)}: referral for {R.choice(DX)[1].lower()}.", client="outlook"),
                dict(frm=(disp(md), md.email), to=f"{disp(sch)} <{sch.email}>", subject="FW: Direct message received", body="Please schedule a new-patient slot.", client="outlook"),
                dict(frm=(disp(sch), sch.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: Direct message received", body="New-patient slots are full until June. OK to open a Saturday?", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(sch)} <{sch.email}>", subject="RE: Direct message received", body="Yes, open two Saturday slots.", client="outlook")]
        return spec("ccda", addr_of(mgr), [addr_of(sch)], "RE: Direct message received", thread(msgs), atts=[att("xml", "CCD.xml", xml)],
                    hard=["deep"] + wd, note="scheduling chain whose oldest quote names the patient and DOB; the CCD XML is still attached")
    if v == 6:
        lines = ["CONTINUITY OF CARE DOCUMENT (rendered)", "", f"Patient: {p.full}", f"DOB: {dob(p)}   MRN: {p.mrn}", f"Address: {', '.join(p.addr)}", "", "Problems:"]
        lines += [f"  {c}  {d}" for c, d in R.sample(DX, 3)]
        return spec("ccda", addr_of(me("HIM Specialist", "Health Information Management", "RHIT")), [("Legal", "records@smithlaw.example.org")],
                    "records request", "Printed CCD attached per the signed authorization.", atts=[pdf_part("ccd.pdf", "Riverside Health", lines),
                                                                                                 att("xml", "ccd.xml", xml)], hard=wd,
                    note="CCD as PDF and XML with patient name, DOB, MRN, address and problems")
    return spec("ccda", addr_of(me("Integration Analyst", "Interface Team", "")), [("HIE Onboarding", "onboarding@prairiehie.example.org")],
                "CCD validation", "Our CCD fails the validator on the birthTime precision. Sample attached.", atts=[att("xml", "ccd_sample.xml", xml, b64=R.random() < 0.5)],
                style="m365", hard=wd, note="C-CDA XML sample with a real patient's recordTarget")


def k_imaging(i):
    v = i % 12
    if v == 0:
        p = patient(30, 90, word=R.choice([None, "last"]))
        exam = R.choice([("CT CHEST WITH CONTRAST", "8 mm spiculated nodule right upper lobe. Recommend PET-CT."),
                         ("MRI LUMBAR SPINE WITHOUT CONTRAST", "L4-5 broad-based disc protrusion with moderate left foraminal stenosis."),
                         ("US ABDOMEN COMPLETE", "Cholelithiasis with gallbladder wall thickening; findings suggest acute cholecystitis.")])
        lines = ["RADIOLOGY REPORT", "", f"Patient: {p.style('LF')}   DOB: {dob(p)}   MRN: {p.mrn}", f"Exam: {exam[0]}   Date: {d_us(past(1, 5))}", "",
                 "FINDINGS:", f"  {exam[1]}", "", "IMPRESSION:", f"  {exam[1].split('.')[0]}."]
        return spec("imaging", ("Riverside Radiology", f"radiology@{DOM}"), [addr_of(prov())], "Final report", "Final report attached.",
                    atts=[pdf_part("rad_report.pdf", "Riverside Radiology", lines)], note="PDF radiology report with name, DOB, MRN and findings")
    if v == 1:
        p = patient(30, 65, word=R.choice(["first", "both"]))
        text = (f"my mri report says 'broad based disc herniation l4-5 with mild canal stenosis' what does that mean?? do i need surgery. "
                f"the pain goes down my left leg. my appt w dr isnt till next month\n{p.first}")
        return spec("imaging", patient_mail(p), [("Spine Center", f"spine@{DOM}")], R.choice(["mri", "my results", "question"]), phoneify(text),
                    style="phone", body_form=R.choice(["plain7", "qp", "b64"]), hard=["lower", "word"],
                    note="patient phone mail quoting own MRI impression; first name only")
    if v == 2:
        p = patient(40, 90, word=R.choice([None, "both"]))
        rad = prov("Radiology")
        text = (f"CRITICAL RESULT NOTIFICATION\n\nPatient: {p.style('LF')}  MRN: {p.mrn}\nExam: CT head without contrast\nFinding: acute left MCA territory "
                f"infarct with hyperdense vessel sign.\nCommunicated to {prov('Emergency Medicine').full} at {R.randint(10, 23)}:{R.randint(10, 59)} by {rad.full}.")
        return spec("imaging", addr_of(rad), [("ED Attendings", f"edattendings@{DOM}")], "CRITICAL", text, body_form="qp",
                    note="critical imaging finding with name and MRN")
    if v == 3:
        rows = ["Accession,MRN,Patient,Exam,Priority,Reason"]
        for _ in range(R.randint(5, 9)):
            q = patient(18, 95, word=R.choice([None, "first", "last"]))
            rows.append(f"A{R.randint(10000000, 99999999)},{q.mrn},\"{q.style('lf')}\",{R.choice(['CT ABD/PEL W', 'MRI BRAIN W/WO', 'XR CHEST 2V', 'US RUQ'])},"
                        f"{R.choice(['STAT', 'Routine'])},\"{R.choice(['r/o PE', 'headache', 'fever', 'RUQ pain', 'fall'])}\"")
        return spec("imaging", addr_of(me("Lead Technologist", "Radiology", "RT(R)")), [("Radiology Techs", f"radtechs@{DOM}")], "backlog",
                    "Unread worklist as of 6 AM attached.", atts=[att("csv", "worklist.csv", "\n".join(rows) + "\n")], body_form="b64",
                    note="CSV imaging worklist with names, MRNs, exams and reasons")
    if v == 4:
        p = patient(40, 75, sex="F", word="both")
        html = html_wrap(f"<p>Dear {h(p.first)}&nbsp;{h(p.last)},</p><p>Your screening mammogram on {d_us(past(3, 10))} showed an area that needs "
                         f"additional pictures (BI-RADS&nbsp;0). This is common and most call-backs are not cancer.</p><p>Please call "
                         f"{phone('217')} to schedule a diagnostic mammogram and ultrasound.</p><p>Riverside Breast Imaging</p>")
        text = (f"Dear {p.full},\nYour screening mammogram on {d_us(past(3, 10))} needs additional pictures (BI-RADS 0). Please call to schedule a diagnostic mammogram.")
        return spec("imaging", ("Riverside Breast Imaging", f"breastimaging@{DOM}"), [(p.full, p.email)], "Your mammogram results", text, html=html,
                    style="portal", body_form=R.choice(["html", "alt"]), hard=["word"], note="mammogram call-back letter naming the patient (word names) with BI-RADS 0")
    if v == 5:
        p = patient(40, 85, word="first")
        rad, it, mgr = prov("Radiology"), staff("PACS Administrator", "Imaging IT", ""), staff("Manager", "Radiology", "")
        msgs = [dict(frm=(disp(rad), rad.email), to=f"{disp(prov())} <ordering@{DOM}>", subject="incidental finding",
                     body=(f"FYI {p.full} (MRN {p.mrn}) - incidental 4.2 cm infrarenal AAA on the CT done for kidney stones. Needs vascular referral."), client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(it)} <{it.email}>", subject="FW: incidental finding", body="Why did this go to a generic mailbox instead of the ordering provider?", client="outlook"),
                dict(frm=(disp(it), it.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: incidental finding", body="The provider directory sync failed overnight - fixed now.", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(it)} <{it.email}>", subject="RE: incidental finding", body="Thanks. Please add an alert for sync failures.", client="outlook"),
                dict(frm=(disp(it), it.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: incidental finding", body="Done - alert goes to the on-call pager.", client="outlook")]
        return spec("imaging", addr_of(it), [addr_of(mgr)], "RE: incidental finding", thread(msgs), hard=["deep", "word"],
                    note="5-level IT chain; only the oldest quoted message names the patient with MRN and an incidental AAA")
    if v == 6:
        p = patient(18, 90, word=R.choice(["first", "last"]))
        meta = {"StudyInstanceUID": f"1.2.840.113619.2.{R.randint(100, 999)}.{R.randint(10**8, 10**9)}", "PatientName": p.style("hl7").rsplit("^", 1)[0],
                "PatientID": p.mrn, "PatientBirthDate": dob(p, "hl7"), "Modality": "MR", "StudyDescription": "MRI BRAIN W/WO", "ReasonForStudy": "new seizures"}
        return spec("imaging", addr_of(me("PACS Administrator", "Imaging IT", "")), [("PACS Vendor", "support@pacsvendor.example.org")], "study stuck",
                    "Study metadata for the one stuck in the router.", atts=[att("json", "study.json", json.dumps(meta, indent=2))], style="m365",
                    hard=["word"], note="DICOM metadata JSON with PatientName, PatientID (MRN), birth date and reason")
    if v == 7:
        p = patient(18, 90)
        txt = (f"EXAM: XR RIGHT WRIST 3 VIEWS\nPATIENT: {p.style('LF')}  DOB {dob(p)}\nHISTORY: fall on outstretched hand\nFINDINGS: nondisplaced distal radius fracture.\n"
               f"IMPRESSION: Distal radius fracture.\n")
        return spec("imaging", addr_of(prov("Orthopedics")), [addr_of(prov("Emergency Medicine"))], "wrist", "Read attached - splint and ortho f/u.",
                    atts=[att("txt", "xr_wrist.txt", txt)], note="TXT x-ray report with name, DOB and fracture")
    if v == 8:
        p = patient(40, 85, sex="F", word="first")
        text = (f"Dr. {R.choice(WORD_LAST)}, {p.first} from Tuesday's clinic - her chart # is {p.chart} (Paris site, pre-Epic). Outside CT shows a "
                f"2.1 cm right adrenal mass, 38 HU. Do you want the adrenal protocol CT or go straight to labs?\n{nurse('Endocrinology').first}")
        return spec("imaging", addr_of(nurse("Endocrinology")), [addr_of(prov("Endocrinology"))], "outside CT", text, hard=["idfmt", "word"],
                    note="outside CT finding for a patient named by first name with a free-text chart number")
    if v == 9:
        p = patient(18, 90, word=R.choice([None, "both"]))
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ImagingOrder accession="A{R.randint(10000000, 99999999)}">\n  <Patient mrn="{p.mrn}" dob="{dob(p, "iso")}">{h(p.full)}</Patient>\n'
               f'  <Procedure code="74177">CT abdomen and pelvis with contrast</Procedure>\n  <Indication>RLQ pain, r/o appendicitis</Indication>\n</ImagingOrder>\n')
        return spec("imaging", addr_of(me("Integration Analyst", "Interface Team", "")), [("RIS Team", f"ris@{DOM}")], "order XML",
                    "Order XML that failed to file.", atts=[att("xml", "order.xml", xml)], note="imaging order XML with patient name, MRN, DOB and indication")
    if v == 10:
        p = patient(50, 80, sex="F", word="first")
        hus = relative(p, sex="M")
        text = (f"hi, my wife {p.first.lower()}'s ct showed a spot on her lung and they want a biopsy. can we get it done at the paris clinic instead of main campus? "
                f"its 2 hours closer. she's {p.age}. thanks {hus.first.lower()}")
        return spec("imaging", (hus.full, hus.email), [("Interventional Radiology", f"ir@{DOM}")], "biopsy", phoneify(text), style="phone",
                    body_form=R.choice(["plain7", "qp"]), hard=["lower", "word"],
                    note="husband's phone mail about his wife (first name a common word) with a lung spot and planned biopsy")
    p = patient(30, 85, word=R.choice(["first", "last"]))
    ext = ext_person("prairieimaging.example.org")
    inner = dict(frm=(ext.full, ext.email), to=[addr_of(prov())], subject="Outside read", style="ext",
                 text=f"Outside read for {p.full}, DOB {dob(p)}:\nMRI right knee - complete ACL tear, bone bruise lateral femoral condyle.\n{ext.full}, MD")
    return spec("imaging", addr_of(prov("Orthopedics")), [("Ortho Scheduling", f"orthosched@{DOM}")], "FW: Outside read",
                "Please get this patient in this week - forwarding the outside read.", atts=[rfc822_part(inner, "outside_read.eml")], hard=["word"],
                note="forwarded outside MRI read (message/rfc822) with name, DOB and ACL tear")


LABEL_NAMES = ["Confidential - PHI", "Confidential PHI", "confidential-phi", "Confidential_PHI", "CONFIDENTIAL - PHI", "Confidential-PHI"]


def k_label(i):
    v = i % 12
    lname = LABEL_NAMES[i % len(LABEL_NAMES)]
    a, b = staff(R.choice(["RN", "MD", "Analyst", "Coordinator"]), word=R.choice([None, "first"])), staff(R.choice(["RN", "MD", "Manager"]))
    base = dict(label=("phi", lname))
    note = f"msip_labels carries the PHI label GUID (name '{lname}')"
    if v in (0, 6):
        text = R.choice(["Please see attached. Let me know if anything is missing.", "Here is the file we talked about in huddle."]) + sig(a)
        return spec("label", addr_of(a), [addr_of(b)], R.choice(["Follow-up", "as discussed"]), text,
                    atts=[att("txt", "notes.txt", "Huddle items\n1. Weekend staffing\n2. Supply par levels\n3. Follow up from Tuesday\n")],
                    note=note + "; body and TXT attachment innocuous", **base)
    if v in (1, 7):
        text = phoneify(R.choice(["call me when u get a sec, easier than typing this one", "ok will do. talk at 3", "got it thx, on my way"])) + "\n\nSent from my iPhone"
        return spec("label", addr_of(a), [addr_of(b)], R.choice(["RE: quick question", "RE: Tuesday"]), text, body_form="plain7", hard=["lower"],
                    note=note + "; one-line lowercase phone reply", **base)
    if v in (2, 8):
        c, d = staff("Scheduler", word="first"), staff("Manager")
        msgs = [dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="Wed meeting", body="Can we move Wednesday's meeting to 3?", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="RE: Wed meeting", body="3 works for me. Adding Grace's team.", client="outlook"),
                dict(frm=(disp(c), c.email), to=f"{disp(d)} <{d.email}>", subject="RE: Wed meeting", body="Room 4B is booked at 3, trying 4C.", client="outlook"),
                dict(frm=(disp(d), d.email), to=f"{disp(a)} <{a.email}>", subject="RE: Wed meeting", body="4C confirmed.", client="outlook")]
        return spec("label", addr_of(d), [addr_of(a)], "RE: Wed meeting", thread(msgs), hard=["deep"],
                    note=note + "; body is a 4-level meeting-room chain", **base)
    if v in (3, 9):
        return spec("label", addr_of(a), [addr_of(b)], "handoff", "Can you review and sign off? No rush." + sig(a),
                    atts=[pdf_part("handoff.pdf", "Handoff", ["Unit handoff checklist", "", "- Rooms cleaned", "- Carts checked", "- Keys returned"])],
                    note=note + "; PDF checklist innocuous", **base)
    if v in (4, 10):
        inner = dict(frm=addr_of(b), to=[addr_of(a)], subject="see below", text="Looping you in.")
        return spec("label", addr_of(a), [addr_of(b)], "FW: see below", "Forwarding as discussed.", atts=[rfc822_part(inner, "see below.eml")],
                    note=note + "; forwarded message innocuous", **base)
    if v == 5:
        start = appt_dt()
        desc = "Case review. Details in the secure folder."
        return spec("label", addr_of(a), [addr_of(b)], "Case review", desc, ics=ics("Case review", desc, start, 30, "Teams", addr_of(a), [addr_of(b)]),
                    note=note + "; calendar invite with no details", **base)
    return spec("label", addr_of(a), [addr_of(b)], "list", "Updated list attached.",
                atts=[att("csv", "list.csv", "item,owner,due\nreview,team,Friday\nsign-off,manager,Monday\n")], note=note + "; CSV innocuous", **base)


def k_mbi(i):
    v = i % 12
    p = patient(65, 92, word=R.choice([None, "first", "last", "both"]))
    md = prov()
    wd = ["word"] if (p.first in dict(WORD_FIRST) or p.last in WORD_LAST) else []
    if v == 0:
        m = mbi_fmt(p.mbi, "lower-space")
        text = (f"hi its {p.first.lower()}, i got my new medicare card in the mail, the number is {m}. can u put it on file before my eye surgery on the "
                f"{future(3, 20).day}th? the old card had my social on it. thanks")
        return spec("mbi", patient_mail(p), [("Patient Registration", f"registration@{DOM}")], "new medicare card", phoneify(text),
                    style="phone", body_form=R.choice(["plain7", "qp"]), hard=["lower", "idfmt"] + wd,
                    note="patient phone mail giving own MBI in lowercase with spaces before eye surgery")
    if v == 1:
        m = mbi_fmt(p.mbi, "dash")
        text = (f"Eligibility (271) response\n\nSubscriber: {p.style('LF')}\nDOB: {dob(p)}\nMBI: {m}\nPart A effective: 0{R.randint(1, 9)}/01/20{R.randint(10, 22)}\n"
                f"Part B effective: 0{R.randint(1, 9)}/01/20{R.randint(10, 22)}\nMedicare Advantage: none on file\n\nChecked for the {R.choice(['echo', 'knee MRI', 'sleep study'])} on {d_short(future())}.")
        return spec("mbi", addr_of(me("Patient Access Rep", "Patient Access", "")), [("Pre-Registration", f"prereg@{DOM}")], "elig", text, hard=["idfmt"] + wd,
                    note="eligibility response with name, DOB and dashed MBI for a scheduled service")
    if v == 2:
        m = mbi_fmt(p.mbi, "space")
        text = (f"DME order: CPAP (E0601) with heated humidifier for {p.full}, DOB {dob(p)}, Medicare {m}. Sleep study AHI 34. Face-to-face {d_us(past())} "
                f"with {md.full} (NPI {md.npi}).\n{sig(me('DME Coordinator', 'Lung & Sleep', ''))}")
        return spec("mbi", addr_of(me("DME Coordinator", "Lung & Sleep", "")), [("Intake", "intake@prairiedme.example.org")], "DME order", text,
                    hard=["idfmt"] + wd, note="DME order with name, DOB, space-separated MBI and sleep study result")
    if v == 3:
        rows = ["Patient,DOB,MBI,PCP,AWV Due"]
        for n in range(R.randint(6, 10)):
            q = patient(65, 95, word=R.choice([None, "first", "last"]))
            rows.append(f"\"{q.style('lf')}\",{dob(q)},{mbi_fmt(q.mbi, R.choice(['raw', 'dash', 'space']))},{md.last},{d_us(future(1, 60))}")
        return spec("mbi", addr_of(me("Population Health Coordinator", "Population Health", "")), [("Outreach", f"outreach@{DOM}")], "AWV list",
                    "Annual wellness visit outreach list attached - please start calls this week.", atts=[att("csv", "awv_outreach.csv", "\n".join(rows) + "\n")],
                    hard=["idfmt"], note="CSV of named Medicare patients with DOB and MBIs in mixed formats")
    if v == 4:
        s = p.mbi
        html = html_wrap(f"<p>Please update Medicare for <b>{h(p.full)}</b> ({spanned_dob(p)}) before the cataract surgery:</p>"
                         f"<p>New MBI: <span>{s[:4]}</span>&nbsp;<span>{s[4:7]}</span>&nbsp;<span>{s[7:]}</span></p><p>Old HICN retired.</p>")
        text = f"Please update Medicare for {p.full} ({dob(p)}) before the cataract surgery:\nNew MBI: {mbi_fmt(s, 'space')}\nOld HICN retired."
        return spec("mbi", addr_of(me("Surgery Scheduler", "Ophthalmology", "")), [("Registration", f"registration@{DOM}")], "MBI update", text,
                    html=html, body_form=R.choice(["html", "alt"]), hard=["idfmt"] + wd, note="HTML with MBI split across <span>s and &nbsp;, name, DOB and surgery")
    if v == 5:
        req = {"transaction": "270", "subscriber": {"last": p.last, "first": p.first, "dob": dob(p, "iso"), "mbi": p.mbi}, "serviceTypeCodes": ["30", "AL"],
               "provider": {"npi": md.npi, "name": md.full}}
        return spec("mbi", addr_of(me("Analyst", "Revenue Cycle Systems", "")), [("Clearinghouse Support", "support@claimshub.example.org")],
                    "270 timeout", "Eligibility request that timed out - JSON attached.", atts=[att("json", "elig_270.json", json.dumps(req, indent=2))],
                    hard=wd, note="eligibility request JSON with subscriber name, DOB and MBI")
    if v == 6:
        m = mbi_fmt(p.mbi, R.choice(["space", "dash"]))
        lines = ["ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (ABN)", "", "A. Notifier: Riverside Health Laboratory", f"B. Patient Name: {p.full}",
                 f"C. Identification Number: {m}", "", f"D. Service: {R.choice(['Vitamin D, 25-hydroxy', 'PSA screening', 'Hemoglobin A1c'])}",
                 "E. Reason Medicare may not pay: frequency limit", "F. Estimated cost: $48.00", "", "OPTION 1 [X] signed on file"]
        return spec("mbi", addr_of(me("Lab Assistant", "Laboratory Services", "")), [("HIM Scanning", f"scanning@{DOM}")], "ABN",
                    "Signed ABN attached for scanning.", atts=[pdf_part("ABN_signed.pdf", "CMS-R-131", lines)], hard=["idfmt"] + wd,
                    note="ABN PDF with patient name, formatted MBI and lab service")
    if v == 7:
        kid = relative(p, word=R.choice([None, "first"]))
        pa, sup, fac = staff("Patient Access Rep", "Patient Access", ""), staff("Supervisor", "Patient Access", ""), staff("Facilities Coordinator", "Facilities", "")
        msgs = [dict(frm=(kid.full, kid.email), to=f"Registration <registration@{DOM}>", subject="dads medicare",
                     body=phoneify(f"my dad {p.full} has a new medicare number {mbi_fmt(p.mbi, 'dash')}, please update before his heart cath next week"), client="iphone"),
                dict(frm=(disp(pa), pa.email), to=f"{disp(sup)} <{sup.email}>", subject="FW: dads medicare", body="The scanner at desk 3 is down so I can't scan the card copy.", client="outlook"),
                dict(frm=(disp(sup), sup.email), to=f"{disp(fac)} <{fac.email}>", subject="FW: dads medicare", body="Can facilities swap the desk 3 scanner?", client="outlook"),
                dict(frm=(disp(fac), fac.email), to=f"{disp(sup)} <{sup.email}>", subject="RE: dads medicare", body="Swapped. Old one went to biomed.", client="outlook")]
        return spec("mbi", addr_of(fac), [addr_of(sup)], "RE: dads medicare", thread(msgs), hard=["deep", "idfmt", "lower"] + wd,
                    note="scanner chain; only the oldest quoted message (from a son/daughter's phone) has the father's name, dashed MBI and heart cath")
    if v == 8:
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<EligibilityInquiry>\n  <Subscriber>\n    <Name>{h(p.style("LF"))}</Name>\n    <BirthDate>{dob(p, "iso")}</BirthDate>\n'
               f'    <MedicareBeneficiaryIdentifier>{p.mbi}</MedicareBeneficiaryIdentifier>\n  </Subscriber>\n  <Service>Hospice election</Service>\n</EligibilityInquiry>\n')
        return spec("mbi", addr_of(me("Intake Coordinator", "Hospice", "")), [("Billing Systems", f"billingsystems@{DOM}")], "inquiry failing",
                    "Hospice elig inquiry keeps failing - XML attached.", atts=[att("xml", "inquiry.xml", xml, b64=R.random() < 0.5)], hard=wd,
                    note="eligibility XML with name, DOB and MBI for a hospice election")
    if v == 9:
        dtr = relative(p, word=R.choice([None, "first"]), sex="F")
        text = (f"Hi,\n\nMy mother {p.full} is being admitted for hip surgery Monday. Her Medicare number is {mbi_fmt(p.mbi, 'dash')} and she has the "
                f"AARP supplement. Her date of birth is {dob(p, 'long')}.\n\nThank you,\n{dtr.first}")
        return spec("mbi", (dtr.full, dtr.email), [("Pre-Admission", f"preadmission@{DOM}")], "mom's insurance", text, style="gmail",
                    body_form=R.choice(["alt", "plain7"]), hard=["idfmt"] + wd, note="daughter reports mother's name, DOB, dashed MBI and hip surgery")
    if v == 10:
        hh = ext_person("heartlandhomehealth.example.org")
        text = (f"Home health referral for {p.full} ({p.age} y/o) - skilled nursing for wound care after {R.choice(['hip fracture', 'CHF admission', 'knee replacement'])}.\n"
                f"MBI {mbi_fmt(p.mbi, 'dash')}. Face-to-face {d_us(past())} by {md.full}.\n\n{me('Case Manager', 'Case Management', 'RN').full}")
        return spec("mbi", addr_of(me("Case Manager", "Case Management", "RN")), [(hh.full, hh.email)], "HH referral", text, hard=["idfmt"] + wd,
                    note="home health referral with patient name and dashed MBI")
    txt = (f"HOSPICE ELECTION STATEMENT\nBeneficiary: {p.full}\nMBI: {mbi_fmt(p.mbi, 'space')}\nTerminal diagnosis: {R.choice(['C34.90 lung cancer', 'I50.22 heart failure', 'G30.9 Alzheimer disease'])}\n"
           f"Effective: {d_us(future(1, 5))}\nAttending: {md.full} NPI {md.npi}\n")
    return spec("mbi", addr_of(me("Intake Coordinator", "Hospice", "")), [("Hospice Billing", f"hospicebilling@{DOM}")], "election",
                "Election statement attached.", atts=[att("txt", "election.txt", txt)], hard=["idfmt"] + wd,
                note="TXT hospice election with name, spaced MBI and terminal diagnosis")


# =========================================================================== NEGATIVE KINDS
SITES = ["Paris Ave", "Kingsley", "Prospect Hill", "Fox Run", "Summer St", "Rose Ave", "Church St", "Main Campus"]


def k_provider_directory(i):
    v = i % 12
    mso = staff("Credentialing Specialist", "Medical Staff Office", "CPCS")
    provs = [prov(R.choice(DEPTS), word=R.choice([None, "first", "last", "both"])) for _ in range(R.randint(5, 8))]
    if v == 0:
        rows = ["Name,Credentials,Specialty,NPI,DEA,Location,Phone"] + [
            f"\"{q.style('lf')}\",{q.cred},{q.dept},{q.npi},{q.dea},{R.choice(SITES)},{phone('217')}" for q in provs]
        return spec("provider_directory", addr_of(mso), [("Web Team", f"web@{DOM}")], "directory extract",
                    f"Updated provider directory extract attached for the website refresh.\n{sig(mso)}", atts=[att("csv", "provider_directory.csv", "\n".join(rows) + "\n")],
                    hard=["hardneg", "word"], note="provider CSV with NPIs and DEAs (some word-name providers); no patients")
    if v == 1:
        q = provs[0]
        focus = R.choice(["diabetes, thyroid disease and obesity medicine", "heart failure and atrial fibrillation", "kidney stones and prostate cancer",
                          "sports injuries and knee replacement", "asthma, COPD and sleep apnea"])
        html = html_wrap(f"<h2>Welcome, {h(dr(q))}!</h2><p><b>{h(q.full)}, {q.cred}</b> joins {h(q.dept)} at our {R.choice(SITES)} clinic. "
                         f"{h(q.first)}'s clinical interests include {h(focus)}.</p><table border=\"1\" cellpadding=\"3\"><tr><th>NPI</th><td>{q.npi}</td></tr>"
                         f"<tr><th>Accepting new patients</th><td>Yes</td></tr><tr><th>Scheduling</th><td>{phone('217')}</td></tr></table>")
        text = f"Welcome, {dr(q)}! {q.full}, {q.cred} joins {q.dept}. Clinical interests: {focus}. NPI {q.npi}. Accepting new patients."
        return spec("provider_directory", ("Physician Relations", f"physicianrelations@{DOM}"), [("Referring Offices", f"referringoffices@{DOM}")],
                    "New provider", text, html=html, body_form=R.choice(["html", "alt"]), hard=["hardneg", "word"] if q.first in dict(WORD_FIRST) or q.last in WORD_LAST else ["hardneg"],
                    note="new-provider announcement with NPI and clinical interests (disease words about the specialty, not a person)")
    if v == 2:
        bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "Practitioner", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": q.npi}],
                          "name": [{"family": q.last, "given": [q.first], "suffix": [q.cred]}],
                          "qualification": [{"code": {"text": q.dept}}]}} for q in provs]}
        return spec("provider_directory", addr_of(me("Integration Analyst", "Interface Team", "")), [("Payer Directory", "directory@rhplan.example.org")],
                    "Practitioner export", "FHIR Practitioner export for the plan directory.", atts=[att("json", "practitioners.json", json.dumps(bundle, indent=1))],
                    hard=["hardneg"], note="FHIR Practitioner JSON with NPIs; no patient")
    if v == 3:
        xml = '<?xml version="1.0" encoding="UTF-8"?>\n<Roster org="Riverside Health">\n' + "".join(
            f'  <Provider npi="{q.npi}" dea="{q.dea}"><Name>{h(q.full)}</Name><Specialty>{h(q.dept)}</Specialty><Site>{R.choice(SITES)}</Site></Provider>\n' for q in provs) + "</Roster>\n"
        return spec("provider_directory", addr_of(mso), [("Payer Enrollment", "enrollment@rhplan.example.org")], "roster",
                    "Quarterly roster attached.", atts=[att("xml", "roster.xml", xml, b64=R.random() < 0.5)], style="m365", hard=["hardneg"],
                    note="XML provider roster with NPIs and DEAs; no patients")
    if v == 4:
        lines = ["RIVERSIDE HEALTH - PROVIDER DIRECTORY (Spring 2025)", ""] + [f"{q.full}, {q.cred}  |  {q.dept}  |  NPI {q.npi}  |  {R.choice(SITES)}  |  {phone('217')}" for q in provs]
        return spec("provider_directory", ("Physician Relations", f"physicianrelations@{DOM}"), [("Front Desks", f"frontdesks@{DOM}")], "Spring directory",
                    "Printable directory attached.", atts=[pdf_part("directory_spring2025.pdf", "Provider Directory", lines)], hard=["hardneg"],
                    note="PDF provider directory with NPIs and phones; no patients")
    if v == 5:
        q = provs[0]
        msg = (f"MSH|^~\\&|CRED|RIVERSIDE|EPIC|RIVERSIDE|20250401080000||MFN^M02^MFN_M02|{uid()}|P|2.5.1\nMFI|PRA^Practitioner^HL70175||UPD|||AL\n"
               f"MFE|MUP|||{q.npi}^{ascii_fold(q.last).upper()}^{ascii_fold(q.first).upper()}|CWE\nSTF|{q.npi}|{q.npi}^^^NPI|{ascii_fold(q.last).upper()}^{ascii_fold(q.first).upper()}|||||A\n"
               f"PRA|{q.npi}|{q.dept.upper()}||||{q.dea}^DEA\n")
        return spec("provider_directory", addr_of(me("Integration Analyst", "Interface Team", "")), [("Interface Team", f"interfaces@{DOM}")], "MFN update",
                    "Practitioner master file update attached.", atts=[att("hl7", "mfn_m02.hl7", msg)], hard=["hardneg"],
                    note="HL7 MFN^M02 practitioner master-file update with NPI/DEA; provider only, no PID")
    if v == 6:
        q = provs[0]
        text = (f"Hi {q.first},\n\nYour reappointment file is complete except for the DEA certificate. We have DEA {q.dea} and NPI {q.npi} on file; "
                f"the DEA expires {d_us(future(20, 60))}. Please upload the renewed certificate to the credentialing portal.\n{sig(mso)}")
        return spec("provider_directory", addr_of(mso), [addr_of(q)], "Reappointment", text, hard=["hardneg"] + (["word"] if q.first in dict(WORD_FIRST) else []),
                    note="credentialing mail with a provider's own NPI and DEA; no patient")
    if v == 7:
        q, a, b = provs[0], staff("Manager", "Medical Staff Office", ""), staff("Analyst", "Provider Data", "")
        msgs = [dict(frm=(disp(q), q.email), to=f"{disp(mso)} <{mso.email}>", subject="directory listing",
                     body=f"My listing still shows the old Austin Blvd office. I moved to {R.choice(SITES)} in January. NPI {q.npi}.", client="outlook"),
                dict(frm=(disp(mso), mso.email), to=f"{disp(b)} <{b.email}>", subject="FW: directory listing", body="Can provider data update the location?", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(a)} <{a.email}>", subject="RE: directory listing", body="Needs a manager approval in the new workflow.", client="outlook"),
                dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="RE: directory listing", body="Approved.", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(q)} <{q.email}>", subject="RE: directory listing", body="Updated - will show on the website tomorrow.", client="outlook")]
        return spec("provider_directory", addr_of(b), [addr_of(q)], "RE: directory listing", thread(msgs), hard=["hardneg", "deep"],
                    note="5-level directory-correction chain with a provider's NPI; no patient anywhere")
    if v == 8:
        q = provs[0]
        text = (f"Dear Provider Office,\n\nOur directory audit found a mismatch for {q.full}, {q.cred} (NPI {q.npi}): listed at {R.randint(100, 999)} Austin Blvd, "
                f"Paris, IL, phone {phone('217')}. Please confirm the practice location and whether the provider is accepting new patients within 30 days.\n\n"
                "Provider Data Management\nBlue Prairie Health Plan")
        return spec("provider_directory", ("Provider Data", "providerdata@blueprairie.example.org"), [("Credentialing", f"credentialing@{DOM}")], "Directory attestation",
                    text, style="ext", body_form="b64", hard=["hardneg", "word"], note="payer directory attestation about a provider's NPI and address (Austin, Paris as places)")
    if v == 9:
        q = provs[0]
        text = phoneify(f"hey can u fix my npi in the directory, its {q.npi} not the old one. also my dea is {q.dea}. patients keep calling the wrong office - {q.first}")
        return spec("provider_directory", addr_of(q), [addr_of(mso)], "npi", text + "\n\nSent from my iPhone", hard=["hardneg", "lower"],
                    note="provider's lowercase phone note about own NPI/DEA; 'patients' is generic, none identified")
    if v == 10:
        txt = "NPI|LAST|FIRST|TAXONOMY|SITE\n" + "".join(f"{q.npi}|{q.last.upper()}|{q.first.upper()}|{R.choice(['207R00000X', '207Q00000X', '208D00000X'])}|{R.choice(SITES)}\n" for q in provs)
        return spec("provider_directory", addr_of(me("Analyst", "Provider Data", "")), [("HIE Directory", "directory@prairiehie.example.org")], "NPI file",
                    "Pipe-delimited NPI file attached.", atts=[att("txt", "npi_file.txt", txt)], style="m365", hard=["hardneg"], note="TXT NPI/taxonomy file; providers only")
    html = html_wrap("<h1>Find a Doctor</h1><table border=\"1\"><tr><th>Provider</th><th>Specialty</th><th>NPI</th><th>Location</th></tr>" +
                     "".join(f"<tr><td>{h(q.full)}, {q.cred}</td><td>{h(q.dept)}</td><td>{q.npi}</td><td>{R.choice(SITES)}</td></tr>" for q in provs) + "</table>")
    return spec("provider_directory", ("Web Team", f"web@{DOM}"), [("Marketing", f"marketing@{DOM}")], "Find a Doctor page",
                "Static export of the Find a Doctor page for review.", atts=[att("html", "find_a_doctor.html", html)], hard=["hardneg"],
                note="HTML Find-a-Doctor export with NPIs; no patients")


def k_prescriber_notice(i):
    v = i % 12
    q = prov(word=R.choice([None, "first", "both"]))
    wd = ["word"] if q.first in dict(WORD_FIRST) or q.last in WORD_LAST else []
    if v == 0:
        text = (f"Dear {dr(q)},\n\nOur records show NPI {q.npi}. If your practice location or taxonomy changed, please update it in the Provider Portal by "
                f"{d_us(future(10, 30))} to avoid claim delays.\n\nRiverside Health Plan Provider Services")
        return spec("prescriber_notice", ("Provider Services", "providerservices@rhplan.example.org"), [addr_of(q)], "Action needed: verify your NPI",
                    text, style="ext", hard=["hardneg"] + wd, note="'update your NPI in the portal' notice to a provider; no patient")
    if v == 1:
        text = (f"Reminder: DEA registration {q.dea} for {q.full} expires on {d_us(future(20, 60))}. Renew at least 45 days ahead; controlled substance "
                f"prescribing (Schedules II-V) will be blocked in Epic on expiry.\n\nPharmacy & Therapeutics Office")
        return spec("prescriber_notice", ("P&T Office", f"pandt@{DOM}"), [addr_of(q)], "DEA renewal", text, body_form="qp", hard=["hardneg"] + wd,
                    note="DEA renewal reminder for a prescriber; no patient")
    if v == 2:
        n = R.randint(20, 80)
        text = (f"Illinois PMP reminder: prescribers must check the PMP before prescribing Schedule II opioids. Last quarter {n}% of Riverside opioid "
                f"prescriptions had a documented PMP check (goal 95%). Register with your DEA number and NPI at the state portal.")
        return spec("prescriber_notice", ("Opioid Stewardship", f"opioidstewardship@{DOM}"), [("All Prescribers", f"prescribers@{DOM}")], "PMP reminder",
                    text, body_form=R.choice(["plain7", "alt"]), hard=["hardneg"], note="PMP registration reminder with an aggregate rate; no patient")
    if v == 3:
        text = (f"Your EPCS hard token ends in {R.randint(1000, 9999)} and expires {d_us(future(5, 30))}. Without it you cannot e-prescribe oxycodone, "
                f"hydrocodone, buprenorphine or other controlled substances. Pick up a new token at the IT Service Desk (Hill Rd building, lower level).")
        return spec("prescriber_notice", ("IT Service Desk", f"servicedesk@{DOM}"), [addr_of(q)], "EPCS token", text, body_form="b64", hard=["hardneg", "word"],
                    note="EPCS token expiry notice quoting controlled drugs; no patient")
    if v == 4:
        text = ("Formulary changes effective May 1:\n- Semaglutide 0.25/0.5/1 mg pens: prior auth required for BMI < 30 without T2DM\n"
                "- Apixaban 5 mg BID preferred over rivaroxaban 20 mg daily for new AF starts\n- Insulin glargine biosimilar substituted automatically\n\n"
                "P&T Committee")
        return spec("prescriber_notice", ("P&T Committee", f"pandt@{DOM}"), [("All Prescribers", f"prescribers@{DOM}")], "Formulary update", text,
                    hard=["hardneg"], note="formulary change notice with drugs and doses; no patient")
    if v == 5:
        lot = f"{R.randint(10000, 99999)}{R.choice('ABC')}"
        lines = ["FDA CLASS II RECALL - PRESCRIBER NOTICE", "", "Product: Valsartan 160 mg tablets", f"Lots: {lot}, {R.randint(10000, 99999)}B",
                 "Reason: NDMA impurity above the acceptable intake limit", "", "Prescribers: identify patients on the affected lots through your pharmacy",
                 "and switch to an alternative ARB. Patients should not stop the medicine without talking to their prescriber."]
        return spec("prescriber_notice", ("Pharmacy Purchasing", f"rxpurchasing@{DOM}"), [("All Prescribers", f"prescribers@{DOM}")], "Recall notice",
                    "Recall notice from the manufacturer attached.", atts=[pdf_part("recall_notice.pdf", "Recall Notice", lines)], hard=["hardneg"],
                    note="drug recall notice to prescribers naming the drug and lots; 'patients' generic, none identified")
    if v == 6:
        lines = ["STATE LICENSE RENEWAL NOTICE", "", f"Licensee: {q.full}, {q.cred}", f"NPI: {q.npi}", f"DEA: {q.dea}", f"License expires: {d_us(future(30, 90))}",
                 "", "CME required: 150 hours including 1 hour on opioid prescribing."]
        return spec("prescriber_notice", ("Medical Staff Office", f"mso@{DOM}"), [addr_of(q)], "License renewal", "Notice attached.",
                    atts=[pdf_part("license_notice.pdf", "License Renewal", lines)], hard=["hardneg"] + wd, note="PDF license notice with a provider's NPI/DEA; no patient")
    if v == 7:
        text = ("REMS update: the clozapine REMS program now requires prescribers to re-certify by the end of the quarter. ANC monitoring thresholds are "
                "unchanged: >= 1500/uL for the general population, >= 1000/uL for benign ethnic neutropenia.\n\nBehavioral Health Pharmacy")
        return spec("prescriber_notice", ("BH Pharmacy", f"bhpharmacy@{DOM}"), [("Psychiatry Prescribers", f"psychprescribers@{DOM}")], "REMS",
                    text, body_form="qp", hard=["hardneg"], note="REMS notice quoting drug and lab thresholds; no patient")
    if v == 8:
        start = appt_dt()
        desc = "EPCS enrollment drop-in: bring your DEA certificate and state license. Identity proofing takes 10 minutes."
        return spec("prescriber_notice", ("IT Training", f"ittraining@{DOM}"), [("New Prescribers", f"newprescribers@{DOM}")], "EPCS enrollment",
                    desc, ics=ics("EPCS enrollment drop-in", desc, start, 120, "Kingsley MOB Room 210", ("IT Training", f"ittraining@{DOM}"), [("New Prescribers", f"newprescribers@{DOM}")]),
                    hard=["hardneg"], note="calendar invite for EPCS enrollment; no patient")
    if v == 9:
        a, b = staff("Coordinator", "Medical Staff Office", ""), staff("Manager", "Pharmacy", "PharmD")
        msgs = [dict(frm=(disp(q), q.email), to=f"{disp(a)} <{a.email}>", subject="DEA address", body=f"My DEA {q.dea} still lists the Summer St clinic. Does that matter for the new site?", client="outlook"),
                dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="RE: DEA address", body="Pharmacy - do they need a new registration per site?", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(q)} <{q.email}>", subject="RE: DEA address", body="Yes, one per state; a modification is enough for an address change in-state.", client="outlook")]
        return spec("prescriber_notice", addr_of(b), [addr_of(q)], "RE: DEA address", thread(msgs), hard=["hardneg", "deep", "word"],
                    note="3-level chain about a prescriber's DEA address; no patient")
    if v == 10:
        reg = {"prescriber": {"name": q.full, "npi": q.npi, "dea": q.dea, "stateLicense": f"036.{R.randint(100000, 199999)}"}, "service": "EPCS", "status": "pending identity proofing"}
        return spec("prescriber_notice", ("eRx Network", "noreply@erxnetwork.example.org"), [addr_of(q)], "Registration pending",
                    "Your prescriber registration is pending. Details attached.", style="ext", atts=[att("json", "registration.json", json.dumps(reg, indent=2))],
                    hard=["hardneg"] + wd, note="prescriber registration JSON with NPI/DEA; no patient")
    text = phoneify(f"my dea expires in june, who do i send the new cert to? also do i need to redo the epcs token thing - {q.first}")
    return spec("prescriber_notice", addr_of(q), [("Medical Staff Office", f"mso@{DOM}")], "dea", text + "\n\nSent from my iPhone", hard=["hardneg", "lower"],
                note="prescriber's lowercase phone note about own DEA renewal; no patient")


def k_newsletter(i):
    v = i % 12
    if v == 0:
        text = ("CODING CORNER - April\n\n1. Diabetes with hyperglycemia is E11.65; do not default to E11.9 when the A1c is above goal.\n"
                "2. Long-term insulin use: add Z79.4; oral hypoglycemics: Z79.84.\n3. CKD stage must be documented: N18.30-N18.5.\n"
                "4. Heart failure: I50.22 chronic systolic vs I50.32 chronic diastolic.\n\nQuestions? Reply to HIM Coding Education.")
        return spec("newsletter", ("HIM Coding Education", f"codingeducation@{DOM}"), [("Providers", f"providers@{DOM}")], "Coding Corner",
                    text, body_form=R.choice(["plain7", "qp"]), hard=["hardneg"], note="coding newsletter quoting ICD-10-CM codes; no individual")
    if v == 1:
        rows = [("Hemoglobin A1c", "4548-4", "4.0-5.6 %", ">= 6.5 % diagnostic for diabetes"), ("Potassium", "2823-3", "3.5-5.2 mmol/L", "> 6.0 critical"),
                ("Troponin I, hs", "89579-7", "0-34 ng/L", "> 34 abnormal; delta >= 5 in 2 h"), ("TSH", "3016-3", "0.450-4.500 uIU/mL", "new reagent lot")]
        html = html_wrap("<h2>Lab Bulletin</h2><p>New reference intervals take effect Monday.</p><table border=\"1\"><tr><th>Analyte</th><th>LOINC</th><th>Range</th><th>Note</th></tr>" +
                         "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{h(d)}</td></tr>" for a, b, c, d in rows) + "</table>")
        text = "Lab Bulletin\n" + "\n".join(f"{a} ({b}): {c}; {d}" for a, b, c, d in rows)
        return spec("newsletter", ("Laboratory Services", f"lab@{DOM}"), [("All Clinical Staff", f"clinicalstaff@{DOM}")], "Lab Bulletin", text,
                    html=html, body_form=R.choice(["html", "alt"]), hard=["hardneg"], note="lab newsletter with analytes, LOINC and reference ranges; no individual")
    if v == 2:
        a, b, c = staff("RN", "4 West", "RN", word="both"), staff("Pharmacist", "Pharmacy", "PharmD", word="first"), staff("RN", "ICU", "RN", word="last")
        text = (f"RIVERSIDE WEEKLY\n\nKudos to {a.full}, RN, whose sepsis bundle project on 4 West cut time-to-antibiotics by 40 minutes. "
                f"{b.full}, PharmD, will present 'Insulin safety in the elderly' at Thursday's noon conference. {c.full} from ICU completed the "
                f"CCRN certification. Flu shots are still available at Employee Health.\n\nMark your calendars: the spring gala is May 17.")
        return spec("newsletter", ("Riverside Communications", f"communications@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Riverside Weekly", text,
                    hard=["hardneg", "word"], note="staff news naming employees (word names) next to disease topics; nobody's own health")
    if v == 3:
        text = ("REVENUE CYCLE NEWS\n\nMedicare Beneficiary Identifiers: 11 characters, no S, L, O, I, B or Z. CMS's published example is 1EG4-TE5-MK73; "
                "the dashes are for display only and must not be keyed into the registration field. Position 1 is always 1-9, positions 2, 5, 8 and 9 are "
                "letters.\n\nMember ids for Riverside Health Plan start with RHP followed by nine digits.")
        return spec("newsletter", ("Revenue Cycle Education", f"rcedu@{DOM}"), [("Patient Access", f"patientaccess@{DOM}")], "Revenue Cycle News",
                    text, body_form="b64", hard=["hardneg", "idfmt"], note="newsletter explaining the MBI format with CMS's published sample MBI; no patient")
    if v == 4:
        lines = ["PHARMACY & THERAPEUTICS NEWSLETTER", "", "Vancomycin: AUC-guided dosing, target AUC/MIC 400-600.", "Enoxaparin: 1 mg/kg q12h; reduce to daily if CrCl < 30.",
                 "Hyperkalemia: treat K > 6.0 with calcium gluconate 1 g IV, insulin 10 units + dextrose.", "", "No patient information is included in this newsletter."]
        return spec("newsletter", ("P&T Committee", f"pandt@{DOM}"), [("All Clinical Staff", f"clinicalstaff@{DOM}")], "P&T newsletter", "This month's P&T newsletter is attached.",
                    atts=[pdf_part("pt_newsletter.pdf", "P&T Newsletter", lines)], hard=["hardneg"], note="PDF drug-dosing newsletter; no patient")
    if v == 5:
        inner = dict(frm=("IDPH Bulletin", "bulletin@idph.example.org"), to=[("Subscribers", "subscribers@idph.example.org")], subject="Measles advisory",
                     style="ext", text="Measles cases statewide: 14 confirmed, 3 hospitalized. Check MMR status (2 doses). Report suspected cases (B05.9) within 24 hours.")
        return spec("newsletter", addr_of(me("Infection Preventionist", "Infection Prevention", "RN, CIC")), [("ED Staff", f"edstaff@{DOM}")], "FW: Measles advisory",
                    "FYI - please review.", atts=[rfc822_part(inner, "measles.eml")], hard=["hardneg"], note="forwarded public-health bulletin with aggregate counts; no individual")
    if v == 6:
        text = ("SUMMER SAFETY\n\nHeat illness season: heat exhaustion (T67.5XXA) and heat stroke (T67.01XA) visits rise from dawn to dusk in July. "
                "Rose Garden water station opens June 1. Remind families: never leave children in cars, and hydrate before you feel thirsty.\n\n"
                "Hope to see you at the Summer Safety Fair!")
        return spec("newsletter", ("Community Health", f"communityhealth@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Summer safety", text,
                    body_form=R.choice(["plain7", "alt"]), hard=["hardneg", "word"], note="seasonal newsletter quoting ICD-10 codes; 'summer', 'dawn', 'rose', 'hope' as ordinary words")
    if v == 7:
        html = html_wrap("<h1>Nursing Practice Council</h1><p>Falls prevention: Morse score &ge; 45 = high risk. Bed alarm on, non-skid socks, hourly rounding.</p>"
                         "<p>Pressure injury: Braden &le; 18 triggers wound-care consult.</p>")
        return spec("newsletter", ("Nursing Practice Council", f"npc@{DOM}"), [("Nursing", f"nursing@{DOM}")], "Practice council update",
                    "Newsletter attached (HTML).", atts=[att("html", "npc_newsletter.html", html)], hard=["hardneg"], note="HTML newsletter attachment with clinical thresholds; no patient")
    if v == 8:
        text = ("ANTIMICROBIAL STEWARDSHIP\n\nUncomplicated cystitis (N30.00): nitrofurantoin 100 mg BID x 5 days. Avoid fluoroquinolones; local E. coli resistance "
                "to ciprofloxacin is 27%. Community-acquired pneumonia (J18.9): amoxicillin 1 g TID or doxycycline 100 mg BID.")
        return spec("newsletter", ("Antimicrobial Stewardship", f"stewardship@{DOM}"), [("Prescribers", f"prescribers@{DOM}")], "Stewardship tips", text,
                    body_form="qp", hard=["hardneg"], note="stewardship newsletter quoting ICD-10 codes and doses; no patient")
    if v == 9:
        text = ("CHASE THE FLU - employee campaign\n\nUnit standings (vaccination rate): 4 West 96%, ICU 94%, ED 88%, Paris Ave clinic 81%.\n"
                "Will your unit win the pizza party? Grace period for declination forms ends Friday.")
        return spec("newsletter", ("Employee Health", f"employeehealth@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Chase the Flu", text, body_form="b64",
                    hard=["hardneg", "word"], note="campaign newsletter with unit-level rates; 'Chase', 'Will', 'Grace', 'Paris' as ordinary words")
    if v == 10:
        text = ("HIM NEWS\n\nLegacy chart numbers (8 digits starting 00, from the old Meditech system) are retired Friday. After that, search by the Epic MRN "
                "(RH plus 7 digits). Paper charts in the Hill Rd warehouse are scheduled for shredding in June.")
        return spec("newsletter", ("Health Information Management", f"him@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "HIM News", text,
                    hard=["hardneg", "idfmt"], note="newsletter describing chart-number and MRN formats with no actual number or person")
    a, b, c = staff("Coder", "HIM", "CCS"), staff("Manager", "HIM", "RHIA"), prov()
    msgs = [dict(frm=("HIM Coding Education", f"codingeducation@{DOM}"), to=f"Providers <providers@{DOM}>", subject="Coding Corner",
                 body="Sepsis: A41.9 plus R65.20 for severe sepsis; R65.21 if septic shock. Document organ dysfunction explicitly.", client="outlook"),
            dict(frm=(disp(c), c.email), to=f"{disp(a)} <{a.email}>", subject="FW: Coding Corner", body="Is this the same as the old SEP-1 guidance?", client="outlook"),
            dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="RE: Coding Corner", body="Can you answer? I think SEP-1 is measures, not coding.", client="outlook"),
            dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="RE: Coding Corner", body="Correct - SEP-1 is a quality measure. Coding guidance is above.", client="outlook")]
    return spec("newsletter", addr_of(b), [addr_of(c)], "RE: Coding Corner", thread(msgs), hard=["hardneg", "deep"],
                note="4-level chain whose oldest message is a coding newsletter with ICD-10 codes; no individual")


def k_education(i):
    v = i % 12
    if v == 0:
        age = R.randint(40, 85)
        text = (f"CASE OF THE WEEK (de-identified)\n\nA {age}-year-old man with long-standing type 2 diabetes presents with 3 days of a red, hot right foot. "
                f"X-ray shows midfoot fragmentation. A1c 9.8%, ESR 42. What is the most likely diagnosis?\n\nAnswer Friday (hint: not cellulitis).")
        return spec("education", ("Podiatry Education", f"podiatryedu@{DOM}"), [("Residents", f"residents@{DOM}")], "Case of the week", text,
                    hard=["hardneg"], note="de-identified case vignette with age and labs only; no name, date or identifier")
    if v == 1:
        start = appt_dt()
        desc = ("Medicine Grand Rounds: 'Hyponatremia - a case-based approach'. Cases are de-identified. Speaker: " + prov("Nephrology", word="both").full +
                ". CME 1.0.")
        return spec("education", ("CME Office", f"cme@{DOM}"), [("Medical Staff", f"medicalstaff@{DOM}")], "Grand Rounds", desc,
                    ics=ics("Medicine Grand Rounds", desc, start, 60, "Auditorium A", ("CME Office", f"cme@{DOM}"), [("Medical Staff", f"medicalstaff@{DOM}")]),
                    hard=["hardneg", "word"], note="grand rounds calendar invite; speaker named (word name), cases de-identified")
    if v == 2:
        lines = ["MORBIDITY & MORTALITY CONFERENCE - CASE SUMMARY (de-identified)", "", "Patient: 60s, female", "Presentation: chest pain, initial troponin normal",
                 "Course: discharged from ED; returned 2 days later with NSTEMI", "Learning points:", "  - Use the 0/2 h hs-troponin algorithm", "  - Document HEART score",
                 "", "No names, dates or identifiers are included per the peer review policy."]
        return spec("education", ("Quality & Patient Safety", f"quality@{DOM}"), [("Emergency Medicine", f"emfaculty@{DOM}")], "M&M summary",
                    "Summary for Thursday's M&M attached. Protected peer review document.", atts=[pdf_part("mm_summary.pdf", "M&M", lines)], hard=["hardneg"],
                    note="de-identified M&M summary PDF (age range, no dates or names)")
    if v == 3:
        text = ("Policy reminder - hypoglycemia protocol: treat blood glucose < 70 mg/dL with 15 g fast carbohydrate, recheck in 15 minutes; if < 54 mg/dL or "
                "unable to swallow give dextrose 50% 25 mL IV or glucagon 1 mg IM. Document in the MAR.")
        return spec("education", ("Clinical Education", f"clinicaledu@{DOM}"), [("Nursing", f"nursing@{DOM}")], "Protocol reminder", text,
                    body_form="b64", hard=["hardneg"], note="policy mail with thresholds and doses; no individual")
    if v == 4:
        txt = ("SEPSIS SCREENING CRITERIA\n- Temp > 38.3 or < 36.0 C\n- HR > 90\n- RR > 20\n- WBC > 12,000 or < 4,000\n- Lactate >= 2 mmol/L\n"
               "Two SIRS criteria plus suspected infection -> page the sepsis nurse.\n")
        return spec("education", ("Clinical Education", f"clinicaledu@{DOM}"), [("ED Staff", f"edstaff@{DOM}")], "badge card text",
                    "Text for the new badge cards attached.", atts=[att("txt", "sepsis_badge.txt", txt)], hard=["hardneg"], note="education TXT with clinical criteria; no patient")
    if v == 5:
        html = html_wrap("<h2>ECG of the Month</h2><p>A man in his 50s with 20 minutes of chest pressure. ECG: ST elevation in II, III, aVF with reciprocal "
                         "depression in I and aVL.</p><p>Question: which artery?</p><p><i>Images are de-identified.</i></p>")
        return spec("education", ("Cardiology Education", f"cardioedu@{DOM}"), [("Residents", f"residents@{DOM}")], "ECG of the month",
                    "ECG of the month", html=html, body_form=R.choice(["html", "alt"]), hard=["hardneg"], note="de-identified ECG teaching case; no name/date")
    if v == 6:
        quiz = {"quiz": "Diabetes CME", "questions": [
            {"stem": "A 52-year-old woman has an A1c of 8.4% on metformin. Which agent reduces cardiovascular events?", "answer": "GLP-1 receptor agonist"},
            {"stem": "Which ICD-10-CM code describes type 2 diabetes with hyperglycemia?", "answer": "E11.65"}]}
        return spec("education", ("CME Office", f"cme@{DOM}"), [("LMS Admin", f"lms@{DOM}")], "quiz import", "Quiz JSON for the LMS import.",
                    atts=[att("json", "quiz.json", json.dumps(quiz, indent=2))], hard=["hardneg"], note="CME quiz JSON with generic vignettes and codes; no individual")
    if v == 7:
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<OrderSet name="DKA Adult">\n  <Order>Regular insulin 0.14 units/kg/h IV</Order>\n'
               '  <Order>Hold insulin if K &lt; 3.3 mmol/L</Order>\n  <Order>Add D5 when glucose &lt; 250 mg/dL</Order>\n</OrderSet>\n')
        return spec("education", ("Order Set Committee", f"ordersets@{DOM}"), [("Pharmacy Informatics", f"rxinformatics@{DOM}")], "DKA order set",
                    "Revised DKA order set for review.", atts=[att("xml", "dka_orderset.xml", xml)], hard=["hardneg"], note="order-set XML with doses and thresholds; no patient")
    if v == 8:
        a, b, c = prov("Internal Medicine"), staff("Chief Resident", "Internal Medicine", "MD", word="first"), staff("Coordinator", "GME", "")
        msgs = [dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="teaching case",
                     body="For noon conference: 30s male, new-onset DKA, glucose 612, pH 7.08, K 5.9 on arrival. Teaching point: K falls with insulin - replete before it drops under 3.3.", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="RE: teaching case", body="Can we get the auditorium Tuesday instead of the small room?", client="outlook"),
                dict(frm=(disp(c), c.email), to=f"{disp(b)} <{b.email}>", subject="RE: teaching case", body="Auditorium booked Tuesday 12-1. Lunch ordered.", client="outlook")]
        return spec("education", addr_of(c), [addr_of(b)], "RE: teaching case", thread(msgs), hard=["hardneg", "deep"],
                    note="room-booking chain whose oldest message is a de-identified teaching vignette (age range only)")
    if v == 9:
        text = phoneify("anyone have good slides on dka management? esp the k < 3.3 hold insulin part, teaching the interns tmrw")
        return spec("education", addr_of(me("Resident", "Internal Medicine", "MD")), [("IM Residents", f"imresidents@{DOM}")], "dka slides",
                    text + "\n\nSent from my iPhone", hard=["hardneg", "lower"], note="resident's lowercase request for teaching slides; no patient")
    if v == 10:
        sim = R.choice([("Bill Payne", "67"), ("Rose Garden", "72"), ("Hope Springs", "45")])
        text = (f"SIMULATION SCENARIO 12 (fictional manikin case)\n\nSimMan patient '{sim[0]}', {sim[1]}, presents with crushing chest pain. Learners should obtain a 12-lead "
                f"within 10 minutes and activate the cath lab. Manikin vitals: HR 112, BP 88/54.\n\nSim Center")
        return spec("education", ("Simulation Center", f"simcenter@{DOM}"), [("ED Nursing", f"ednursing@{DOM}")], "Sim scenario", text,
                    hard=["hardneg", "word"], note="simulation scenario with a fictional manikin 'patient' name; not a real individual")
    lines = ["LIVING WITH HEART FAILURE", "", "Weigh yourself every morning.", "Call your care team if you gain 3 pounds in a day or 5 pounds in a week.",
             "Limit salt to 2,000 mg a day.", "Take your water pill (furosemide) as prescribed."]
    return spec("education", ("Patient Education", f"patientedu@{DOM}"), [("Cardiology Clinics", f"cardioclinics@{DOM}")], "handout",
                "Updated patient-education handout attached for your waiting rooms.", atts=[pdf_part("hf_handout.pdf", "Patient Education", lines)],
                hard=["hardneg"], note="generic patient-education handout PDF; no individual")


def k_aggregate(i):
    v = i % 12
    if v == 0:
        n = R.randint(30, 60)
        text = (f"Diabetes dashboard - March\n\n{n} patients with HbA1c > 9% (down from {n + 7}).\n{R.randint(300, 600)} patients with diabetes on the panel; "
                f"{R.randint(60, 80)}% had an A1c in the last 6 months.\nEye exam completion: {R.randint(40, 60)}%.\n\nPopulation Health")
        return spec("aggregate", ("Population Health", f"pophealth@{DOM}"), [("Primary Care Leads", f"pcleads@{DOM}")], "Dashboard", text, hard=["hardneg"],
                    note="aggregate diabetes dashboard ('N patients with HbA1c > 9'); no individual")
    if v == 1:
        rows = ["Clinic,Patients with diabetes,A1c > 9,BP controlled %"] + [f"{s},{R.randint(200, 900)},{R.randint(15, 90)},{R.randint(55, 80)}" for s in SITES]
        return spec("aggregate", ("Population Health", f"pophealth@{DOM}"), [("Quality Committee", f"qualitycommittee@{DOM}")], "by clinic",
                    "Clinic-level counts attached.", atts=[att("csv", "clinic_counts.csv", "\n".join(rows) + "\n")], hard=["hardneg", "word"],
                    note="CSV clinic-level counts (site names like Paris Ave, Rose Ave); no individual")
    if v == 2:
        units = ["4 West", "5 East", "ICU", "3 North"]
        html = html_wrap("<h3>CLABSI / CAUTI - Q1</h3><table border=\"1\"><tr><th>Unit</th><th>Line days</th><th>CLABSI</th><th>Catheter days</th><th>CAUTI</th></tr>" +
                         "".join(f"<tr><td>{u}</td><td>{R.randint(300, 1200)}</td><td>{R.randint(0, 2)}</td><td>{R.randint(300, 1200)}</td><td>{R.randint(0, 3)}</td></tr>" for u in units) + "</table>")
        return spec("aggregate", ("Infection Prevention", f"ip@{DOM}"), [("Nurse Managers", f"nursemanagers@{DOM}")], "Q1 HAI", "Q1 HAI table", html=html,
                    body_form=R.choice(["html", "alt"]), hard=["hardneg"], note="HTML unit-level infection counts; no individual")
    if v == 3:
        reg = {"registry": "NCDR CathPCI", "quarter": "2025Q1", "cases": R.randint(200, 400), "doorToBalloonMedianMin": R.randint(55, 75),
               "inHospitalMortalityPct": round(R.uniform(1.0, 2.5), 1), "bleedingEventsPct": round(R.uniform(1.0, 3.0), 1)}
        return spec("aggregate", ("Cardiology Quality", f"cardioquality@{DOM}"), [("Cath Lab Leads", f"cathleads@{DOM}")], "registry totals",
                    "Registry totals attached.", atts=[att("json", "registry.json", json.dumps(reg, indent=2))], hard=["hardneg"], note="JSON registry totals; no individual")
    if v == 4:
        lines = ["QUARTERLY QUALITY REPORT - Q1 2025", "", f"Sepsis bundle compliance: {R.randint(60, 80)}%", f"30-day readmissions (HF): {round(R.uniform(15, 22), 1)}%",
                 f"Falls with injury: {R.randint(2, 9)}", f"Patients with HbA1c > 9: {R.randint(300, 500)} of {R.randint(3000, 4000)}"]
        return spec("aggregate", ("Quality & Patient Safety", f"quality@{DOM}"), [("Board Quality Committee", f"boardquality@{DOM}")], "Q1 report",
                    "Q1 report attached.", atts=[pdf_part("q1_quality.pdf", "Quality Report", lines)], hard=["hardneg"], note="PDF quality report with aggregate rates")
    if v == 5:
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<QRDA3 measure="CMS122v12" period="2024">\n'
               f'  <Population type="IPOP" count="{R.randint(3000, 5000)}"/>\n  <Population type="DENOM" count="{R.randint(2500, 3000)}"/>\n'
               f'  <Population type="NUMER" count="{R.randint(400, 700)}"/>\n  <Stratum name="age 18-64" count="{R.randint(1000, 2000)}"/>\n</QRDA3>\n')
        return spec("aggregate", ("Quality Reporting", f"qualityreporting@{DOM}"), [("CMS Submission Vendor", "submissions@qualityvendor.example.org")],
                    "QRDA III", "Aggregate QRDA III file for CMS122 (HbA1c poor control) attached.", atts=[att("xml", "qrda3_cms122.xml", xml)],
                    style="m365", hard=["hardneg"], note="QRDA III aggregate XML (population counts only); no individual")
    if v == 6:
        a, b, c = staff("Analyst", "Population Health", ""), staff("Director", "Quality", ""), staff("Coordinator", "Quality", "")
        msgs = [dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="numbers for board",
                     body="Final: 42 patients with HbA1c > 9 at Paris Ave, 61 at Kingsley; system-wide 11.8%. Readmissions 14.2%.", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="RE: numbers for board", body="Please put these on slide 4 and send me the deck by noon.", client="outlook"),
                dict(frm=(disp(c), c.email), to=f"{disp(b)} <{b.email}>", subject="RE: numbers for board", body="Deck sent. Printing 20 copies.", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="RE: numbers for board", body="Thanks - make it 25.", client="outlook")]
        return spec("aggregate", addr_of(b), [addr_of(c)], "RE: numbers for board", thread(msgs), hard=["hardneg", "deep"],
                    note="4-level chain whose oldest message has clinic-level counts only; no individual")
    if v == 7:
        text = phoneify(f"we had {R.randint(12, 20)} falls in march, {R.randint(2, 4)} with injury, ugh. can we talk at huddle about bed alarms on 4w")
        return spec("aggregate", addr_of(me("Nurse Manager", "4 West", "RN")), [("4 West Charge Nurses", f"4wcharge@{DOM}")], "falls", text + "\n\nSent from my iPhone",
                    hard=["hardneg", "lower"], note="manager's lowercase note with unit fall counts; no individual")
    if v == 8:
        rows = ["Unit,Eligible,Bundle met,Pct"] + [f"{u},{n},{m},{round(100 * m / n)}" for u in ["ED", "ICU", "4W", "5E"] for n, m in [(R.randint(20, 60), R.randint(10, 19))]]
        return spec("aggregate", ("Sepsis Committee", f"sepsis@{DOM}"), [("Nurse Managers", f"nursemanagers@{DOM}")], "SEP-1",
                    "March SEP-1 compliance by unit attached.", atts=[att("csv", "sep1.csv", "\n".join(rows) + "\n", enc="quoted-printable")], body_form="b64",
                    hard=["hardneg"], note="sepsis bundle compliance counts by unit; no individual")
    if v == 9:
        text = ("Readmissions - heart failure\n\nIndex admissions: 212\n30-day readmissions: 38 (17.9%)\nTop reasons: volume overload (21), AKI (6), arrhythmia (4)\n"
                "Patients aged 80+: 44% of readmissions.")
        return spec("aggregate", ("Cardiology Quality", f"cardioquality@{DOM}"), [("HF Program", f"hfprogram@{DOM}")], "HF readmissions", text,
                    body_form="qp", hard=["hardneg"], note="aggregate readmission counts and reasons; no individual")
    if v == 10:
        txt = "measure\tnumerator\tdenominator\n" + "".join(f"{m}\t{R.randint(50, 300)}\t{R.randint(301, 600)}\n" for m in ["A1c<8", "BP<140/90", "Statin", "Eye exam", "Kidney eval"])
        return spec("aggregate", ("Population Health", f"pophealth@{DOM}"), [("ACO Office", f"aco@{DOM}")], "measure export",
                    "Tab-delimited measure export.", atts=[att("txt", "measures.txt", txt)], hard=["hardneg"], note="TXT measure numerators/denominators")
    start = appt_dt()
    desc = f"Quality dashboard review. Pre-read: {R.randint(30, 50)} patients with HbA1c > 9 at Rose Ave; {R.randint(10, 20)} missed eye exams."
    return spec("aggregate", ("Quality Office", f"quality@{DOM}"), [("Primary Care Leads", f"pcleads@{DOM}")], "Dashboard review", desc,
                ics=ics("Dashboard review", desc, start, 60, "Teams", ("Quality Office", f"quality@{DOM}"), [("Primary Care Leads", f"pcleads@{DOM}")]),
                hard=["hardneg"], note="calendar invite with aggregate counts in the description")


def k_template(i):
    v = i % 12
    an = staff("Analyst", "IT Applications", "")
    if v == 0:
        text = ("TEMPLATE - results letter (do not send as is)\n\nDear {{patient_name}},\n\nYour {{test_name}} collected on {{collection_date}} was "
                "{{result_value}} {{units}} (reference {{ref_range}}). {{provider_comment}}\n\nSincerely,\n{{provider_name}}\n\nMRN: {{mrn}}   DOB: {{dob}}")
        return spec("template", addr_of(an), [("Letter Build", f"letterbuild@{DOM}")], "letter template v4", text, hard=["hardneg"],
                    note="mail-merge results letter with {{placeholders}} only")
    if v == 1:
        txt = "@NAME@ is a @AGE@ @SEX@ seen today for ***.\nA1c: @LASTA1C@\nAssessment: ***\nPlan: ***\nMRN: RH#######\nDOB: __/__/____\n"
        return spec("template", addr_of(prov()), [addr_of(prov())], "my smartphrase", "Here's the SmartPhrase I use for diabetes follow-ups.",
                    atts=[att("txt", "smartphrase.txt", txt)], hard=["hardneg"], note="SmartPhrase TXT with @tokens@ and blanks")
    if v == 2:
        lines = ["PATIENT REGISTRATION FORM", "", "Patient: [NAME] ______________________________", "DOB: [DOB] __/__/____   Sex: [ ] M [ ] F [ ] X",
                 "SSN: ___-__-____", "Medicare (MBI): ____ ___ ____", "Member ID: RHP_________", "Address: ____________________________________", "",
                 "Signature: ______________________  Date: __/__/____"]
        return spec("template", ("Forms Committee", f"forms@{DOM}"), [("Patient Access", f"patientaccess@{DOM}")], "Revised form",
                    "Blank revised registration form attached - please discard old stock.", atts=[pdf_part("registration_blank.pdf", "Riverside Health", lines)],
                    hard=["hardneg", "idfmt"], note="blank intake PDF with [NAME]/[DOB] placeholders and SSN/MBI/member-id blanks")
    if v == 3:
        html = html_wrap("<p>Hi {{patient_first_name}},</p><p>This is a reminder of your visit with {{provider}} on <b>{{appt_date}}</b> at {{location}}.</p>"
                         "<p>Reply C to confirm.</p><p style=\"color:#888\">Template RMD-07 &middot; merge fields: patient_first_name, provider, appt_date, location</p>")
        text = "Hi {{patient_first_name}},\nReminder of your visit with {{provider}} on {{appt_date}} at {{location}}.\nReply C to confirm."
        return spec("template", ("Patient Communications", f"patientcomms@{DOM}"), [("Marketing Ops", f"marketingops@{DOM}")], "reminder template",
                    text, html=html, body_form=R.choice(["html", "alt"]), hard=["hardneg"], note="HTML reminder template with merge fields")
    if v == 4:
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <recordTarget><patientRole>\n'
               '    <id extension="{{MRN}}" root="2.16.840.1.113883.3.9999.1"/>\n    <patient><name><given>{{GIVEN}}</given><family>{{FAMILY}}</family></name>'
               '<birthTime value="{{YYYYMMDD}}"/></patient>\n  </patientRole></recordTarget>\n</ClinicalDocument>\n')
        return spec("template", addr_of(me("Integration Analyst", "Interface Team", "")), [("HIE Project", f"hieproject@{DOM}")], "CCD skeleton",
                    "Skeleton CCD for the mapping workshop.", atts=[att("xml", "ccd_skeleton.xml", xml)], hard=["hardneg"], note="C-CDA skeleton XML with placeholders only")
    if v == 5:
        msg = ("MSH|^~\\&|EPIC|RIVERSIDE|{RECEIVER}|{FAC}|{YYYYMMDDHHMMSS}||ADT^A04^ADT_A01|{CONTROL_ID}|P|2.5.1\n"
               "PID|1||{MRN}^^^RH^MR~{SSN}^^^SSA^SS||{LAST}^{FIRST}^{MI}||{DOB}|{SEX}|||{STREET}^^{CITY}^{ST}^{ZIP}\nPV1|1|O|{DEPT}\nDG1|1||{ICD10}^{DX_TEXT}^I10\n")
        return spec("template", addr_of(me("Integration Analyst", "Interface Team", "")), [("Vendor Support", "support@cloverleafvendor.example.org")], "A04 spec",
                    "Field template for the A04 spec.", atts=[att("hl7txt", "a04_template.hl7", msg)], hard=["hardneg"], note="HL7 template with {PLACEHOLDER} fields; no person")
    if v == 6:
        tpl = {"resourceType": "Patient", "name": [{"family": "{{family}}", "given": ["{{given}}"]}], "birthDate": "{{birthDate}}",
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "{{mrn}}"}, {"system": "http://hl7.org/fhir/sid/us-mbi", "value": "{{mbi}}"}]}
        return spec("template", addr_of(me("Integration Analyst", "Interface Team", "")), [("FHIR Working Group", f"fhirwg@{DOM}")], "Patient template",
                    "Liquid template output shape for review.", atts=[att("json", "patient_template.json", json.dumps(tpl, indent=2))], hard=["hardneg"],
                    note="FHIR Patient JSON template with {{placeholders}}")
    if v == 7:
        csv_ = "LAST,FIRST,DOB,SSN,MRN,DIAGNOSIS\n<<LAST>>,<<FIRST>>,MM/DD/YYYY,XXX-XX-XXXX,RH#######,<<ICD10>>\n"
        return spec("template", addr_of(an), [("Registry Team", f"registry@{DOM}")], "import template",
                    "Import template for the registry load - header plus one placeholder row.", atts=[att("csv", "import_template.csv", csv_)], body_form="qp",
                    hard=["hardneg"], note="CSV import template with header and placeholder row only")
    if v == 8:
        text = ("Portal message template (Nurse Pool):\n\nHi [First Name],\n\nYour [TEST NAME] result from [DATE] is [VALUE]. [Dr. LAST NAME] reviewed it and "
                "[COMMENT]. Please call [CLINIC PHONE] with questions.\n\n[Nurse name], RN")
        return spec("template", addr_of(nurse("Family Medicine")), [("Nurse Pool", f"nursepool@{DOM}")], "message template", text, body_form="b64",
                    hard=["hardneg"], note="portal message template with [bracket] placeholders")
    if v == 9:
        text = ("ABN template for lab front desks:\n\nB. Patient Name: [PATIENT NAME]\nC. Identification Number: [MBI - format ____-___-____]\n"
                "D. Service: [TEST]\nF. Estimated cost: [$]\n\nPrint from the shared drive, not from old stock.")
        return spec("template", ("Lab Administration", f"labadmin@{DOM}"), [("Lab Front Desks", f"labfrontdesk@{DOM}")], "ABN template", text,
                    hard=["hardneg", "idfmt"], note="ABN template with [PATIENT NAME] and blank MBI mask; no person")
    if v == 10:
        start = appt_dt()
        desc = "[Patient Name] - [Procedure] - [Room]. Template for OR huddle holds; fill in from the schedule."
        return spec("template", ("Perioperative Services", f"periop@{DOM}"), [("OR Charge Nurses", f"orcharge@{DOM}")], "[Patient Name] - [Procedure]",
                    desc, ics=ics("[Patient Name] - [Procedure]", desc, start, 30, "[Room]", ("Perioperative Services", f"periop@{DOM}"), [("OR Charge Nurses", f"orcharge@{DOM}")]),
                    hard=["hardneg"], note="calendar-invite template with [bracket] placeholders")
    a, b, c = staff("Analyst", "Patient Communications", ""), staff("Manager", "Patient Communications", ""), staff("Compliance Specialist", "Compliance", "")
    msgs = [dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="new letter",
                 body="Draft: 'Dear {{first_name}}, your {{test}} on {{date}} was {{result}}.' OK to include the result in the e-mail body?", client="outlook"),
            dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="FW: new letter", body="Compliance - are results allowed in the e-mail?", client="outlook"),
            dict(frm=(disp(c), c.email), to=f"{disp(b)} <{b.email}>", subject="RE: new letter", body="No - link to the portal instead. Meeting Thursday to review?", client="outlook"),
            dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="RE: new letter", body="Thursday 10 works.", client="outlook")]
    return spec("template", addr_of(b), [addr_of(c)], "RE: new letter", thread(msgs), hard=["hardneg", "deep"],
                note="4-level chain reviewing a {{placeholder}} letter; no real patient")


def k_birth_year(i):
    v = i % 12
    if v == 0:
        p = person(sex="M", word="both")
        text = (f"80 YEARS OF RIVERSIDE\n\nDr. {p.full}, born in 1950 in Paris, Illinois, founded the Riverside Diabetes Center in 1982 with two nurses and a "
                "borrowed glucometer. Join us in the atrium Friday for cake and the unveiling of the history wall.")
        return spec("birth_year", ("Riverside Communications", f"communications@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "80 years", text,
                    hard=["hardneg", "word"], note="founder 'born in 1950' (word name; 'Diabetes Center' is the institution), no health info about him")
    if v == 1:
        people = [staff(R.choice(["RN", "MA", "Analyst", "Coordinator"]), word=R.choice(["first", "both"])) for _ in range(5)]
        text = "April birthdays in Revenue Cycle:\n\n" + "\n".join(f"{q.full} - April {R.randint(1, 30)}" for q in people) + "\n\nCake in the break room on the 15th!"
        return spec("birth_year", addr_of(me("Manager", "Revenue Cycle", "")), [("Revenue Cycle", f"revcycle@{DOM}")], "April birthdays", text,
                    hard=["hardneg", "word"], note="staff birthday announcement with word-name staff; no health info")
    if v == 2:
        q = staff("RN", R.choice(DEPTS), "RN", word="first")
        text = (f"Please join us in celebrating {q.full}, who retires on {d_short(future())} after 38 years. Born in 1961 in Galesburg, {q.first} started as a unit "
                f"clerk in 1987. Open house in the {q.dept} conference room, 2-4 PM.")
        return spec("birth_year", addr_of(staff("Nurse Manager", q.dept, "RN")), [(q.dept, f"team.{q.dept.lower().replace(' ', '').replace('/', '')}@{DOM}")],
                    "Retirement celebration", text, hard=["hardneg", "word"], note="retirement note with birth year; no health content")
    if v == 3:
        p = person(sex="F", word="first")
        text = (f"Happy 100th birthday to our longest-serving volunteer, {p.full} (born {MONTHS[R.randint(0, 11)]} 1925)! {p.first} has staffed the gift shop every "
                "Tuesday since 1989. Stop by for a card.")
        return spec("birth_year", ("Volunteer Services", f"volunteers@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Happy 100th!", text, body_form="qp",
                    hard=["hardneg", "word"], note="volunteer's 100th birthday and birth year, no health info")
    if v == 4:
        p = person(word="both")
        text = (f"The east lobby will be renamed the {p.last} Lobby in honor of {p.style('fml')} (1931-2019), a Quincy schoolteacher whose estate funded "
                "the new lobby and chapel. Dedication Saturday at 10.")
        return spec("birth_year", ("Riverside Foundation", f"foundation@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Lobby dedication", text,
                    hard=["hardneg", "word"], note="donor's birth/death years with no health information")
    if v == 5:
        people = [staff(R.choice(["RN", "Tech", "Clerk"]), word=R.choice([None, "first"])) for _ in range(4)]
        html = html_wrap("<h2>&#127874; May birthdays on 4 West</h2><ul>" + "".join(f"<li>{h(q.full)} &ndash; May&nbsp;{R.randint(1, 31)}</li>" for q in people) + "</ul><p>Potluck Friday!</p>")
        return spec("birth_year", addr_of(me("Unit Secretary", "4 West", "")), [("4 West", f"4west@{DOM}")], "May birthdays",
                    "May birthdays: " + ", ".join(q.full for q in people), html=html, body_form=R.choice(["html", "alt"]), hard=["hardneg"],
                    note="HTML staff birthday list; no health info")
    if v == 6:
        rows = ["Name,Birthday,Department"] + [f"\"{q.full}\",{MONTHS[R.randint(0, 11)][:3]} {R.randint(1, 28)},{q.dept}" for q in [staff("Staff", word=R.choice([None, "first", "both"])) for _ in range(8)]]
        return spec("birth_year", addr_of(me("Coordinator", "Employee Engagement", "")), [("Party Committee", f"partycommittee@{DOM}")], "birthday list",
                    "Birthday list for the monthly celebrations (from the opt-in form).", atts=[att("csv", "birthdays.csv", "\n".join(rows) + "\n")],
                    hard=["hardneg"], note="CSV of staff birthdays (month/day) from an opt-in form; no health info")
    if v == 7:
        text = ("HISTORY CORNER\n\nRiverside began in 1898 when Sister Mary Grace Hill (born 1861 in County Cork) opened a six-bed infirmary above the King Street "
                "bakery. The original building stood until 1954.")
        return spec("birth_year", ("Riverside Archives", f"archives@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "History corner", text, body_form="b64",
                    hard=["hardneg", "word"], note="historical founder's birth year; 'Grace', 'Hill', 'King' as names/streets; no health info")
    if v == 8:
        sender = staff_named(R.choice(["Dawn", "Joy", "Holly"]), "RN", "4 West", "RN")
        q = staff_named(R.choice(["Summer", "Ivy", "Faith", "June"]), "RN", "4 West", "RN")
        text = phoneify(f"hey its {sender.first.lower()}, bday cake for {q.first.lower()} in the breakroom at 2! she turns 50, born in 75 lol. dont tell her")
        return spec("birth_year", addr_of(sender), [("4 West", f"4west@{DOM}")], "cake!!", text + "\n\nSent from my iPhone",
                    hard=["hardneg", "lower", "word"], note="lowercase staff birthday note with birth year; no health info")
    if v == 9:
        p = person(word="first")
        text = (f"Board welcome: {p.full} joins the Riverside Board of Trustees. Born in 1962 in Austin, Texas, {p.first} spent 30 years in agricultural "
                "lending and chairs the Chase County Community Foundation.")
        return spec("birth_year", ("Board Office", f"board@{DOM}"), [("Leadership", f"leadership@{DOM}")], "Board welcome", text, hard=["hardneg", "word"],
                    note="board member bio with birth year; 'Austin', 'Chase' as places; no health info")
    if v == 10:
        p = person(word="both")
        lines = ["PLAQUE TEXT - FINAL", "", "The Riverside Healing Garden", f"given in loving memory of {p.full}", "1944 - 2021", "", "Teacher, gardener, friend."]
        return spec("birth_year", ("Riverside Foundation", f"foundation@{DOM}"), [("Facilities", f"facilities@{DOM}")], "plaque text",
                    "Final plaque text attached for the engraver.", atts=[pdf_part("plaque.pdf", "Plaque", lines)], hard=["hardneg", "word"],
                    note="memorial plaque with birth/death years; no health info")
    q = staff("Unit Secretary", "ICU", "", word="both")
    start = appt_dt()
    desc = f"Retirement party for {q.full} (b. 1959) - 40 years at Riverside! Cake and stories in the ICU conference room."
    return spec("birth_year", addr_of(me("Nurse Manager", "ICU", "RN")), [("ICU", f"icu@{DOM}")], f"Retirement party - {q.first}",
                desc, ics=ics(f"Retirement party - {q.full}", desc, start, 90, "ICU conference room", ("ICU Manager", f"icu.manager@{DOM}"), [("ICU", f"icu@{DOM}")]),
                hard=["hardneg", "word"], note="calendar invite for a retirement party with birth year; no health info")


def k_id_shaped(i):
    v = i % 12
    if v == 0:
        inv = [ssn_shaped() for _ in range(4)]
        text = ("Hi AP,\n\nThe following invoices are past due (our invoice ids use the NNN-NN-NNNN format):\n\n" +
                "\n".join(f"  Invoice {x}   ${R.randint(200, 9000)}.{R.randint(10, 99)}   PO 45{R.randint(10000, 99999)}" for x in inv) +
                "\n\nPlease remit by the 15th.\n\nPrairie Medical Supply - Accounts Receivable")
        return spec("id_shaped", ("Vendor AR", "ar@prairiemedsupply.example.org"), [("Accounts Payable", f"ap@{DOM}")], "Past due invoices", text, style="ext",
                    hard=["hardneg"], note="invoice ids shaped like SSNs; vendor finance, no person")
    if v == 1:
        text = (f"Your shipment has left the facility.\n\nTracking: 1Z{uid()}{R.randint(1000000, 9999999)}\nOrder: {ssn_shaped()}\nShip to: Riverside Health Receiving "
                f"Dock B, 2200 Riverside Pkwy\nContents: 12 cs nitrile gloves, 4 cs insulin syringes\nEstimated delivery: {d_long(future(1, 5))}")
        return spec("id_shaped", ("Shipping Notifications", "noreply@parcelco.example.org"), [("Receiving", f"receiving@{DOM}")], "Shipment notification",
                    text, style="ext", hard=["hardneg"], note="tracking number and SSN-shaped order number; no person")
    if v == 2:
        rows = ["Extension,Location"] + [f"x{R.randint(2, 7)}{R.randint(100, 999)},{R.choice(['4W nurse station', 'ED triage', 'Pharmacy IV room', 'Lab processing', 'Cath lab control'])}" for _ in range(8)]
        return spec("id_shaped", ("Telecom", f"telecom@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "new extensions",
                    "Phone extensions change Saturday night; list attached.", atts=[att("csv", "extensions.csv", "\n".join(rows) + "\n")], hard=["hardneg"],
                    note="phone extensions for locations; no person")
    if v == 3:
        rows = ["Asset Tag,Part Number,Serial,Description,Location"] + [
            f"RHA-{R.randint(100000, 999999)},{ssn_shaped()},SN{R.randint(10000000, 99999999)},{R.choice(['Infusion pump', 'Vital signs monitor', 'Glucometer', 'Bladder scanner'])},{R.choice(['4W', '5E', 'ED', 'ICU'])}" for _ in range(8)]
        return spec("id_shaped", ("Biomedical Engineering", f"biomed@{DOM}"), [("Nurse Managers", f"nursemanagers@{DOM}")], "PM due",
                    "Preventive maintenance list attached (part numbers NNN-NN-NNNN).", atts=[att("csv", "pm_due.csv", "\n".join(rows) + "\n")], body_form="b64",
                    hard=["hardneg"], note="asset tags and SSN-shaped part numbers; no person")
    if v == 4:
        payload = {"ticket": f"INC{R.randint(1000000, 9999999)}", "correlationId": guid(), "orderNumber": ssn_shaped(), "batch": R.randint(10000000, 99999999),
                   "timestamp": "2025-04-01T03:15:00Z", "errors": [{"code": "E1042", "msg": "timeout contacting print server PRN-04-0173"}]}
        return spec("id_shaped", addr_of(me("Analyst", "IT Service Desk", "")), [("Print Services", f"print@{DOM}")], "print queue errors",
                    "Payload from the failed batch attached.", atts=[att("json", "batch_error.json", json.dumps(payload, indent=2))], hard=["hardneg"],
                    note="IT payload with GUIDs and an SSN-shaped order number")
    if v == 5:
        items = "\n".join(f'  <line sku="{ssn_shaped()}" qty="{R.randint(1, 40)}">{d}</line>' for d in ["Sharps container 2 gal", "Suction canister", "Gauze 4x4", "Syringe 10 mL"])
        return spec("id_shaped", ("Supply Chain", f"supplychain@{DOM}"), [("Vendor EDI", "edi@prairiemedsupply.example.org")], f"PO {R.randint(4500000, 4599999)}",
                    "Purchase order attached.", atts=[att("xml", "po.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<purchaseOrder number="{ssn_shaped()}">\n{items}\n</purchaseOrder>\n')],
                    hard=["hardneg"], note="purchase order XML with SSN-shaped PO/SKU numbers")
    if v == 6:
        keys = [mbi_fmt(mbi_raw(), "dash") for _ in range(4)]
        text = ("Your dictation software licenses have been renewed.\n\n" + "\n".join(f"  Seat {n + 1}: license key {k}" for n, k in enumerate(keys)) +
                "\n\nKeys are case-insensitive. Activate within 30 days.\n\nVoiceScribe Licensing")
        return spec("id_shaped", ("VoiceScribe Licensing", "licensing@voicescribe.example.org"), [("IT Asset Management", f"itam@{DOM}")], "License renewal",
                    text, style="ext", hard=["hardneg", "idfmt"], note="software license keys that happen to have the MBI shape; no person, no Medicare context")
    if v == 7:
        rows = ["GL Account,Description,March,Budget"] + [f"{legacy_chart()},{d},{R.randint(1000, 90000)},{R.randint(1000, 90000)}" for d in ["Medical supplies", "Pharmacy drugs", "Linen", "Contract labor", "Dialysis supplies"]]
        text = f"March variance report attached. Chart of accounts # {legacy_chart()} (Medical supplies) is 18% over budget."
        return spec("id_shaped", ("Finance", f"finance@{DOM}"), [("Department Directors", f"directors@{DOM}")], "March variance", text,
                    atts=[att("csv", "variance.csv", "\n".join(rows) + "\n")], hard=["hardneg", "idfmt"],
                    note="'chart of accounts #' GL numbers shaped like legacy chart numbers; finance, no person")
    if v == 8:
        confs = [npi() for _ in range(4)]
        text = ("Your conference room bookings are confirmed:\n\n" + "\n".join(f"  Confirmation #{c}  Room {R.choice(['4A', '4B', 'Auditorium'])}  {d_us(future(1, 20))}" for c in confs))
        return spec("id_shaped", ("Room Booking", f"roombooking@{DOM}"), [addr_of(me("Coordinator", "GME", ""))], "Booking confirmations", text,
                    body_form="qp", hard=["hardneg"], note="10-digit confirmation numbers that pass the NPI check digit; not NPIs, no person")
    if v == 9:
        text = phoneify(f"order {ssn_shaped()} ships tmrw, the backordered glucose strips r on {ssn_shaped()}. invoice to follow - {person().first}")
        return spec("id_shaped", ("Sales Rep", "rep@prairiemedsupply.example.org"), [("Supply Chain", f"supplychain@{DOM}")], "ur order",
                    text + "\n\nSent from my iPhone", style="phone", hard=["hardneg", "lower"], note="vendor rep's lowercase text with SSN-shaped order numbers")
    if v == 10:
        rows = ["Badge,Door,Access Level"] + [f"B-{R.randint(1000000, 9999999)},{R.choice(['Pharmacy vault', 'Main lobby', 'OR suite', 'Data center'])},{R.randint(1, 5)}" for _ in range(7)]
        txt = "\n".join(rows) + "\n"
        return spec("id_shaped", ("Security", f"security@{DOM}"), [("Facilities", f"facilities@{DOM}")], "door audit", "Door access audit export (TXT).",
                    atts=[att("txt", "door_audit.txt", txt)], hard=["hardneg"], note="badge and door numbers (7-digit) with no person")
    a, b, c = staff("Buyer", "Supply Chain", ""), staff("Manager", "Supply Chain", ""), ext_person("prairiemedsupply.example.org")
    o = ssn_shaped()
    msgs = [dict(frm=(c.full, c.email), to=f"{disp(a)} <{a.email}>", subject=f"Order {o}", body=f"Order {o} (IV pole clamps) is backordered until the 20th.", client="gmail"),
            dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject=f"FW: Order {o}", body="Do we have a substitute?", client="outlook"),
            dict(frm=(disp(b), b.email), to=f"{disp(a)} <{a.email}>", subject=f"RE: Order {o}", body="Use the Medline equivalent, SKU on the shared sheet.", client="outlook"),
            dict(frm=(disp(a), a.email), to=f"{c.full} <{c.email}>", subject=f"RE: Order {o}", body="Please cancel and we'll reorder.", client="outlook")]
    return spec("id_shaped", addr_of(a), [(c.full, c.email)], f"RE: Order {o}", thread(msgs), hard=["hardneg", "deep"],
                note="4-level supply chain with an SSN-shaped order number in the subject and oldest quote; no person")


def k_staff_admin(i):
    v = i % 12
    if v == 0:
        people = [staff("RN", "4 West", "RN", word=R.choice(["first", "both"])) for _ in range(6)]
        text = "4 West schedule, week of 4/7:\n\n" + "\n".join(f"  {q.full:<22} {R.choice(['Days 7a-7p', 'Nights 7p-7a', 'Off', 'Days 7a-3p'])}" for q in people) + \
               "\n\nSwap requests by Thursday noon."
        return spec("staff_admin", addr_of(me("Nurse Manager", "4 West", "RN")), [("4 West", f"4west@{DOM}")], "schedule", text, hard=["word"],
                    note="shift schedule with word-name staff; nothing about anyone's health")
    if v == 1:
        text = ("Open enrollment reminder: the Riverside PPO premium is $142/month employee-only. The HSA plan adds $750 employer seed money. "
                "Vision and dental unchanged. Enrollment closes Friday.")
        return spec("staff_admin", ("HR Benefits", f"benefits@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Open enrollment", text, body_form="qp",
                    note="HR benefits mail with plan prices; no individual")
    if v == 2:
        text = ("Facilities update:\n- Lane closure on Hill Rd this summer for sewer work (June 2 - Aug 15).\n- The King St garage will open at dawn (5:30 AM) starting Monday.\n"
                "- Rose Ave entrance badge readers replaced Tuesday night.\nWill you please share with your night shift.")
        return spec("staff_admin", ("Facilities", f"facilities@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Facilities update", text, body_form="b64",
                    hard=["word"], note="facilities notice; 'Lane', 'Hill', 'King', 'dawn', 'Rose', 'Will' as ordinary words")
    if v == 3:
        a, b, c, d = staff("RN", "ICU", "RN", word="first"), staff("Charge Nurse", "ICU", "RN"), staff("Nurse Manager", "ICU", "RN"), staff("Staffing Coordinator", "Staffing Office", "")
        msgs = [dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="PTO swap", body="Can I swap my 4/19 night with Summer's 4/26 day?", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="RE: PTO swap", body="Fine by me if staffing approves.", client="outlook"),
                dict(frm=(disp(c), c.email), to=f"{disp(d)} <{d.email}>", subject="FW: PTO swap", body="Approve?", client="outlook"),
                dict(frm=(disp(d), d.email), to=f"{disp(c)} <{c.email}>", subject="RE: PTO swap", body="Approved, updated in the staffing system.", client="outlook"),
                dict(frm=(disp(c), c.email), to=f"{disp(a)} <{a.email}>", subject="RE: PTO swap", body="You're all set.", client="gmail")]
        return spec("staff_admin", addr_of(c), [addr_of(a)], "RE: PTO swap", thread(msgs), hard=["deep", "word"],
                    note="5-level PTO-swap chain (Outlook and Gmail quoting); scheduling only")
    if v == 4:
        rows = ["Employee,Department,HIPAA training,Fire safety,Due"] + [f"\"{q.full}\",{q.dept},{R.choice(['Complete', 'Overdue'])},{R.choice(['Complete', 'Overdue'])},{d_us(future(1, 30))}"
                                                                        for q in [staff("Staff", word=R.choice([None, "first", "last"])) for _ in range(8)]]
        return spec("staff_admin", ("Compliance Training", f"training@{DOM}"), [("Managers", f"managers@{DOM}")], "training status",
                    "Compliance training status attached.", atts=[att("csv", "training.csv", "\n".join(rows) + "\n")], note="training compliance list; no health info")
    if v == 5:
        q = staff("Manager", word="first")
        text = (f"I am out of the office until Monday with limited access to e-mail. For urgent matters contact {staff('Coordinator').full} at {phone('217')}.\n\n{q.full}")
        return spec("staff_admin", addr_of(q), [addr_of(staff("Analyst"))], "Automatic reply: budget", text, headers=["Auto-Submitted: auto-replied"],
                    note="out-of-office auto-reply; no patient")
    if v == 6:
        sender = staff_named(R.choice(["Grace", "Hope", "Faith", "Joy"]), "RN", "4 West", "RN")
        text = phoneify(f"hey its {sender.first.lower()} from 4w, can someone cover my sat day shift? my kid has a soccer tournament in paris (the one in il lol). will trade for any night")
        return spec("staff_admin", addr_of(sender), [("4 West", f"4west@{DOM}")], "sat shift", text + "\n\nSent from my iPhone",
                    hard=["lower", "word"], note="staff lowercase shift-cover request; kid's soccer, nothing about health")
    if v == 7:
        start = appt_dt()
        desc = "Monthly staff meeting: budget, parking changes, summer schedule. Brown-bag lunch."
        return spec("staff_admin", addr_of(me("Practice Manager", "Family Medicine", "")), [("Family Medicine Staff", f"fmstaff@{DOM}")], "Staff meeting",
                    desc, ics=ics("Staff meeting", desc, start, 60, "Kingsley break room", ("Family Medicine", f"fm@{DOM}"), [("Family Medicine Staff", f"fmstaff@{DOM}")]),
                    hard=["word"], note="staff meeting calendar invite; 'summer', 'brown-bag' as ordinary words")
    if v == 8:
        lines = ["DRESS CODE POLICY HR-112 (rev. 2025)", "", "Badges visible above the waist.", "Closed-toe shoes in clinical areas.", "No artificial nails for direct care staff.",
                 "Scrub colors by role: RN navy, tech gray, MA wine."]
        return spec("staff_admin", ("HR Policy", f"hrpolicy@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Policy update", "Revised dress code attached.",
                    atts=[pdf_part("dress_code.pdf", "HR Policy", lines)], note="HR policy PDF; no individual")
    if v == 9:
        text = ("Internal posting: Unit Secretary, 4 West, 0.9 FTE days. Requirements: HS diploma, medical terminology course. Apply in Workday by 4/15.")
        return spec("staff_admin", ("Talent Acquisition", f"careers@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Internal posting", text, body_form="alt",
                    note="internal job posting")
    if v == 10:
        text = ("Mark your calendars! The Rose Garden renovation wraps up in June. We hope to reopen it for the summer picnic - rice bowls and brown-bag "
                "desserts from the cafe. Grace period for RSVPs ends May 30.")
        return spec("staff_admin", ("Employee Engagement", f"engagement@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Rose Garden", text,
                    hard=["word"], note="staff event mail; 'Mark', 'Rose', 'hope', 'summer', 'rice', 'brown', 'Grace' as ordinary words")
    people = [(staff(R.choice(["RN", "Pharmacy Technician", "MA"]), R.choice(DEPTS), word=R.choice(["first", "both"]))) for _ in range(4)]
    html = html_wrap("<h3>Welcome new hires!</h3><ul>" + "".join(f"<li>{h(q.full)} &ndash; {h(q.role)}, {h(q.dept)}</li>" for q in people) + "</ul>")
    return spec("staff_admin", ("HR", f"hr@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Welcome new hires", "Welcome new hires: " + ", ".join(q.full for q in people),
                html=html, body_form=R.choice(["html", "alt"]), hard=["word"], note="new-hire welcome with word-name staff; no health info")


def k_marketing(i):
    v = i % 12
    if v == 0:
        lines = ["URGENT: DRUG RECALL", "", "Product: Metformin HCl extended-release 500 mg and 750 mg", f"Lots: {R.randint(10000, 99999)}A, {R.randint(10000, 99999)}B",
                 "Reason: NDMA above acceptable intake", "Action: quarantine stock and return to wholesaler."]
        return spec("marketing", ("Pharmacy Purchasing", f"rxpurchasing@{DOM}"), [("Pharmacy", f"pharmacy@{DOM}")], "Recall notice",
                    "Recall notice from the manufacturer attached; please pull stock today.", atts=[pdf_part("recall.pdf", "Recall Notice", lines)],
                    hard=["hardneg"], note="drug recall notice naming product and lots, no patient")
    if v == 1:
        text = ("SUMMER HEALTH FAIR - Saturday June 14, Rose Garden\n\nFree blood pressure checks, A1c screening, and a brown-bag talk on heart health. "
                "Faith community partners welcome. Bring the family!")
        return spec("marketing", ("Community Outreach", f"outreach@{DOM}"), [("Community List", "list@communitypartners.example.org")], "Summer Health Fair",
                    text, body_form="alt", hard=["hardneg", "word"], note="public health-fair marketing; 'Summer', 'Rose', 'Faith', 'brown' as ordinary words")
    if v == 2:
        text = ("You're invited: Midwest Diabetes Summit, Austin, TX, September 18-20. Sessions on CGM, GLP-1 access, and hypoglycemia in older adults. "
                "Early-bird registration $395.")
        return spec("marketing", ("Summit Team", "events@diabetessummit.example.org"), [("Endocrinology", f"endo@{DOM}")], "Summit invitation", text,
                    style="ext", hard=["hardneg", "word"], note="conference invitation (Austin as a place); no individual")
    if v == 3:
        text = ("Now hiring: Registered Nurse, Riverside Kidney Care - Summer St. Days, no weekends. $5,000 sign-on bonus. Apply at careers.riversidehealth.example.")
        return spec("marketing", ("Talent Acquisition", f"careers@{DOM}"), [("Job Board", "postings@jobboard.example.org")], "Job posting", text,
                    body_form="b64", note="public job posting")
    if v == 4:
        html = html_wrap("<h1>Hope starts here.</h1><p>The Riverside Cancer Center brings breast, lung and colon cancer specialists under one roof. "
                         "Same-week appointments. Call (217) 555-0100.</p>")
        return spec("marketing", ("Riverside Marketing", f"marketing@{DOM}"), [("Subscribers", "subscribers@riverside-news.example.org")], "Hope starts here",
                    "Hope starts here. The Riverside Cancer Center - same-week appointments.", html=html, body_form=R.choice(["html", "alt"]),
                    hard=["hardneg", "word"], note="service-line marketing ('Hope' as a word) naming cancers, no individual")
    if v == 5:
        text = ("Hi Pharmacy Director,\n\nOur biosimilar insulin glargine (100 units/mL) is now on the Riverside GPO contract at 38% below the reference product. "
                "Typical dose 0.2 units/kg daily. May I schedule 15 minutes?\n\nMark Summers, Territory Manager")
        return spec("marketing", ("Mark Summers", "msummers@biopharmaco.example.org"), [("Pharmacy Director", f"rxdirector@{DOM}")], "biosimilar pricing",
                    text, style="ext", hard=["hardneg", "word"], note="vendor pitch quoting drug and dose; word-name sender, no patient")
    if v == 6:
        html = html_wrap("<h2>FDA Recall: Valsartan 80 mg</h2><p>Lot numbers listed below. Patients should <b>not</b> stop taking their medicine without "
                         "talking to their doctor; pharmacies will exchange affected bottles.</p><ul><li>Lot 48211A</li><li>Lot 48213B</li></ul>")
        return spec("marketing", ("Riverside Pharmacy", f"pharmacy@{DOM}"), [("Pharmacy Customers", "customers@riverside-news.example.org")], "Recall notice",
                    "FDA recall of valsartan 80 mg lots 48211A and 48213B.", html=html, body_form="html", hard=["hardneg"],
                    note="public drug-recall notice; 'patients' generic, none identified")
    if v == 7:
        text = ("Run for Hope 5K - Paris, IL, May 10 at dawn (6:30 AM start). Proceeds support the Riverside Cancer Center. Register your team by May 1!")
        return spec("marketing", ("Riverside Foundation", f"foundation@{DOM}"), [("Community List", "list@communitypartners.example.org")], "Run for Hope",
                    text, hard=["hardneg", "word"], note="fundraiser marketing; 'Hope', 'Paris', 'dawn' as ordinary words")
    if v == 8:
        lines = ["FAITH & HEALTH PARTNERSHIP", "", "Congregational health ministers: free training on blood pressure screening.", "Thursdays at Grace Church, King St.",
                 "Sign up by calling (217) 555-0177."]
        return spec("marketing", ("Community Outreach", f"outreach@{DOM}"), [("Faith Partners", "partners@faithnetwork.example.org")], "Faith & Health",
                    "Flyer attached.", atts=[pdf_part("faith_health.pdf", "Faith & Health", lines)], hard=["hardneg", "word"],
                    note="outreach flyer ('Faith', 'Grace', 'King' as words/places); no individual")
    if v == 9:
        text = ("Riverside Orthopedics now offers same-day total knee replacement for eligible patients. Ask your doctor whether outpatient joint "
                "replacement is right for you.")
        return spec("marketing", ("Riverside Marketing", f"marketing@{DOM}"), [("Subscribers", "subscribers@riverside-news.example.org")], "Same-day knees",
                    text, body_form="qp", note="service-line marketing; no individual")
    if v == 10:
        start = appt_dt()
        desc = "Webinar: What's new in heart failure - SGLT2 inhibitors, GDMT titration. Open to community physicians."
        return spec("marketing", ("Physician Relations", f"physicianrelations@{DOM}"), [("Community Physicians", "list@communityphysicians.example.org")],
                    "Webinar", desc, ics=ics("HF webinar", desc, start, 60, "Teams", ("Physician Relations", f"physicianrelations@{DOM}"), [("Community Physicians", "list@communityphysicians.example.org")]),
                    hard=["hardneg"], note="webinar invitation; no individual")
    rows = ["NDC,Product,Lot,Expiry,Action"] + [f"{R.randint(10000, 99999)}-{R.randint(100, 999)}-{R.randint(10, 99)},Losartan 50 mg,{R.randint(10000, 99999)}{R.choice('AB')},2026-0{R.randint(1, 9)},Return" for _ in range(4)]
    return spec("marketing", ("Wholesaler Alerts", "alerts@rxwholesale.example.org"), [("Pharmacy Purchasing", f"rxpurchasing@{DOM}")], "Recall lots",
                "Affected lots attached.", style="ext", atts=[att("csv", "recall_lots.csv", "\n".join(rows) + "\n")], hard=["hardneg"],
                note="wholesaler recall lot list; no patient")


def k_name_only(i):
    v = i % 12
    if v == 0:
        rows = ["Name,Phone,Shift,Area"] + [f"\"{q.full}\",{phone()},{R.choice(['Tue AM', 'Wed PM', 'Sat AM'])},{R.choice(['Gift shop', 'Info desk', 'Garden'])}"
                                            for q in [person(word=R.choice(["first", "last", "both"])) for _ in range(8)]]
        return spec("name_only", ("Volunteer Services", f"volunteers@{DOM}"), [("Info Desk", f"infodesk@{DOM}")], "volunteer roster",
                    "Spring volunteer roster attached.", atts=[att("csv", "volunteers.csv", "\n".join(rows) + "\n")], hard=["word"],
                    note="volunteer list with word-name people and phones; no health info")
    if v == 1:
        p = person(sex="F", word="both")
        text = phoneify(f"hi its {p.full.lower()}, id like to volunteer at the gift shop this summer, im retired and free tues and thurs. my number is {phone(style='dash')}")
        return spec("name_only", (p.full, email_local(p) + "@" + R.choice(MAILDOMS)), [("Volunteer Services", f"volunteers@{DOM}")], "volunteering",
                    text, style="phone", body_form=R.choice(["plain7", "qp"]), hard=["lower", "word"],
                    note="lowercase phone mail from a named member of the public about volunteering; nothing about health or care")
    if v == 2:
        names = [person(word=R.choice([None, "first", "both"])).full for _ in range(5)]
        text = "Congratulations to the 2025 Riverside Foundation nursing scholarship winners:\n\n" + "\n".join(f"  {n}" for n in names)
        return spec("name_only", ("Riverside Foundation", f"foundation@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Scholarship winners", text,
                    body_form="b64", hard=["word"], note="scholarship winners; names only")
    if v == 3:
        rows = ["Permit,Name,Plate,Lot"] + [f"P{R.randint(1000, 9999)},\"{person(word=R.choice([None, 'first'])).full}\",{uid()[:7]},{R.choice(['King St garage', 'Hill Rd lot', 'Lot C'])}" for _ in range(8)]
        return spec("name_only", ("Parking Office", f"parking@{DOM}"), [("Security", f"security@{DOM}")], "permits", "New permits attached.",
                    atts=[att("csv", "permits.csv", "\n".join(rows) + "\n")], hard=["word"], note="parking permit list; names only")
    if v == 4:
        names = [person(word=R.choice([None, "both"])) for _ in range(6)]
        lines = ["2024 DONOR HONOR ROLL", ""] + [f"{p.full} - {R.choice(['Gold', 'Silver', 'Friend'])}" for p in names]
        return spec("name_only", ("Riverside Foundation", f"foundation@{DOM}"), [("Board", f"board@{DOM}")], "Honor roll", "Donor honor roll attached.",
                    atts=[pdf_part("honor_roll.pdf", "Honor Roll", lines)], hard=["word"], note="donor list PDF; names without health info")
    if v == 5:
        p = person(sex="M", word="both")
        text = phoneify(f"this is {p.full.lower()}, can u tell me if the foundation got my donation for the 5k? i mailed a check 2 weeks ago. thanks")
        return spec("name_only", (p.full, email_local(p) + "@" + R.choice(MAILDOMS)), [("Riverside Foundation", f"foundation@{DOM}")], "donation",
                    text, style="phone", body_form="plain7", hard=["lower", "word"], note="lowercase donor mail; named person, nothing about health or care")
    if v == 6:
        rows = ["Name,Company,Badge,Expires"] + [f"\"{person(word=R.choice([None, 'first'])).full}\",{R.choice(['Summit Electric', 'Chase Construction', 'Brown HVAC'])},C{R.randint(1000, 9999)},{d_us(future(10, 90))}" for _ in range(6)]
        return spec("name_only", ("Security", f"security@{DOM}"), [("Facilities", f"facilities@{DOM}")], "contractor badges", "Contractor badge list attached.",
                    atts=[att("csv", "contractors.csv", "\n".join(rows) + "\n")], body_form="qp", hard=["word"], note="contractor badge list; names only")
    if v == 7:
        q = staff("Director", "Finance", "", word="both")
        text = (f"Catering order #{R.randint(10000, 99999)}\nFor: {q.full}'s team (12 people)\nDelivery: Thursday 11:45, Church St conference room\n"
                "Menu: rice bowls, garden salad, lemonade\nBill to: cost center 4410")
        return spec("name_only", ("Cafe Catering", f"catering@{DOM}"), [addr_of(q)], "Catering confirmation", text, hard=["word"],
                    note="catering order naming a staff member; 'rice', 'bill' as ordinary words")
    if v == 8:
        q = staff("Patient Transporter", "Patient Transport", "", word="both")
        html = html_wrap(f"<h2>Employee of the Month: {h(q.full)}</h2><p>{h(q.first)} has worked in Patient Transport for 12 years and is known for their "
                         "smile and the fastest wheelchair in the building.</p>")
        return spec("name_only", ("HR", f"hr@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Employee of the month", f"Employee of the Month: {q.full}",
                    html=html, body_form=R.choice(["html", "alt"]), hard=["word"], note="employee of the month; name only")
    if v == 9:
        p = person(sex="F", word="first")
        text = phoneify(f"hi its {p.first.lower()}, i left my jacket at the nursing job fair on tuesday, its a blue north face. can someone check lost and found")
        return spec("name_only", (p.first.lower(), email_local(p) + "@" + R.choice(MAILDOMS)), [("Talent Acquisition", f"careers@{DOM}")], "jacket",
                    text, style="phone", body_form=R.choice(["plain7", "b64"]), hard=["lower", "word"],
                    note="job-fair attendee's lowercase note about a lost jacket; no health or care")
    if v == 10:
        names = [staff("Staff", word=R.choice(["first", "both"])).full for _ in range(6)]
        txt = "DAISY AWARD NOMINEES - Q1\n" + "\n".join(names) + "\n"
        return spec("name_only", ("Nursing Recognition", f"recognition@{DOM}"), [("Nursing", f"nursing@{DOM}")], "DAISY nominees", "Nominee list attached.",
                    atts=[att("txt", "nominees.txt", txt)], hard=["word"], note="award nominee list (staff); names only")
    a, b, c = staff("Coordinator", "Volunteer Services", "", word="first"), person(word="both"), staff("Manager", "Volunteer Services", "")
    b.email = email_local(b) + "@" + R.choice(MAILDOMS)
    msgs = [dict(frm=(b.full, b.email), to=f"{disp(a)} <{a.email}>", subject="orientation", body=f"Hi, this is {b.full}. Is volunteer orientation still Saturday at 9?", client="gmail"),
            dict(frm=(disp(a), a.email), to=f"{b.full} <{b.email}>", subject="RE: orientation", body="Yes - main lobby, bring a photo ID.", client="outlook"),
            dict(frm=(b.full, b.email), to=f"{disp(a)} <{a.email}>", subject="Re: orientation", body="great, see you then", client="iphone"),
            dict(frm=(disp(a), a.email), to=f"{disp(c)} <{c.email}>", subject="FW: orientation", body="One more for Saturday's orientation.", client="outlook")]
    return spec("name_only", addr_of(a), [addr_of(c)], "FW: orientation", thread(msgs), hard=["deep", "word"],
                note="4-level volunteer-orientation chain with a word-name member of the public; nothing about health")


OTHER_LABELS = [("general", "General"), ("internal", "Internal"), ("general", "general"), ("internal", "Internal Only"), ("general", "General - Anyone")]


def k_other_label(i):
    v = i % 12
    which, lname = OTHER_LABELS[i % len(OTHER_LABELS)]
    a, b = staff(R.choice(["Analyst", "Manager", "Coordinator"]), word=R.choice([None, "first"])), staff(R.choice(["Director", "Manager"]))
    base = dict(label=(which, lname))
    note = f"sensitivity label '{lname}' ({which}, not PHI)"
    if v in (0, 6):
        return spec("other_label", addr_of(a), [addr_of(b)], "Q2 budget", "Q2 budget draft attached for your review." + sig(a),
                    atts=[att("csv", "budget.csv", "line,amount\nsupplies,42000\nsoftware,18000\n")], note=note + " on budget mail", **base)
    if v in (1, 7):
        c, d = staff("Coordinator"), staff("Manager")
        msgs = [dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="offsite", body="Can we hold the leadership offsite in Paris Ave's big room?", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="RE: offsite", body="Please check availability May 8.", client="outlook"),
                dict(frm=(disp(c), c.email), to=f"{disp(d)} <{d.email}>", subject="RE: offsite", body="Available 8-12. Catering?", client="outlook"),
                dict(frm=(disp(d), d.email), to=f"{disp(a)} <{a.email}>", subject="RE: offsite", body="Yes, continental breakfast.", client="outlook")]
        return spec("other_label", addr_of(d), [addr_of(a)], "RE: offsite", thread(msgs), hard=["deep", "word"], note=note + " on a 4-level offsite-booking chain", **base)
    if v in (2, 8):
        return spec("other_label", addr_of(a), [addr_of(b)], "RE: Tuesday", phoneify("sounds good, see u tues at 10") + "\n\nSent from my iPhone",
                    hard=["lower"], note=note + " on a lowercase one-liner", **base)
    if v in (3, 9):
        return spec("other_label", addr_of(a), [addr_of(b)], "policy draft", "Draft policy attached.",
                    atts=[pdf_part("policy_draft.pdf", "Draft", ["Remote work policy draft", "", "Eligibility: non-clinical roles", "Equipment: laptop and headset"])],
                    note=note + " on a policy draft", **base)
    if v in (4, 10):
        return spec("other_label", addr_of(a), [addr_of(b)], "vendor contract", "Redlines from legal are in the shared folder. We hope to sign by Friday.",
                    body_form="html", hard=["word"], note=note + " on contract mail", **base)
    if v == 5:
        start = appt_dt()
        desc = "Leadership huddle."
        return spec("other_label", addr_of(a), [addr_of(b)], "Leadership huddle", desc, ics=ics("Leadership huddle", desc, start, 30, "Teams", addr_of(a), [addr_of(b)]),
                    note=note + " on a calendar invite", **base)
    inner = dict(frm=addr_of(b), to=[addr_of(a)], subject="minutes", text="Minutes from Tuesday's steering committee.")
    return spec("other_label", addr_of(a), [addr_of(b)], "FW: minutes", "Forwarding the minutes.", atts=[rfc822_part(inner, "minutes.eml")],
                note=note + " on a forwarded minutes e-mail", **base)


def k_general(i):
    v = i % 12
    if v == 0:
        payload = {"incident": f"INC{R.randint(1000000, 9999999)}", "service": "Citrix", "severity": 2, "startedAt": "2025-04-01T06:10:00Z",
                   "impact": "users at Paris Ave and Kingsley cannot launch Epic", "workaround": "use the VPN client"}
        return spec("general", ("IT Major Incident", f"majorincident@{DOM}"), [("IT Leadership", f"itleadership@{DOM}")], "Sev 2: Citrix",
                    "Incident details attached.", atts=[att("json", "incident.json", json.dumps(payload, indent=2))], note="IT incident with JSON payload")
    if v == 1:
        start = appt_dt()
        desc = "Epic downtime for the spring upgrade. Use downtime forms and the BCA PCs. Expected 02:00-05:00."
        return spec("general", ("IT Change Management", f"change@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Planned downtime", desc,
                    ics=ics("Epic downtime", desc, start, 180, "All sites", ("IT Change Management", f"change@{DOM}"), [("All Staff", f"allstaff@{DOM}")]),
                    note="calendar invite for IT downtime")
    if v == 2:
        a, b, c, d = staff("Analyst", "Finance", ""), staff("Manager", "Finance", ""), staff("Director", "Finance", ""), staff("VP", "Finance", "")
        msgs = [dict(frm=(disp(a), a.email), to=f"{disp(b)} <{b.email}>", subject="capital request", body="Capital request for two bladder scanners ($18,400) attached.", client="outlook"),
                dict(frm=(disp(b), b.email), to=f"{disp(c)} <{c.email}>", subject="FW: capital request", body="Recommend approval.", client="outlook"),
                dict(frm=(disp(c), c.email), to=f"{disp(d)} <{d.email}>", subject="FW: capital request", body="Within budget - approve?", client="outlook"),
                dict(frm=(disp(d), d.email), to=f"{disp(c)} <{c.email}>", subject="RE: capital request", body="Approved.", client="outlook"),
                dict(frm=(disp(c), c.email), to=f"{disp(a)} <{a.email}>", subject="RE: capital request", body="Approved - go ahead with the PO.", client="outlook")]
        return spec("general", addr_of(c), [addr_of(a)], "RE: capital request", thread(msgs), hard=["deep"], note="5-level finance approval chain")
    if v == 3:
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Shipment id="' + uid() + '">\n  <Item ndc="00002-8215-01">Insulin lispro 100 units/mL</Item>\n'
               '  <Item ndc="00597-0153-30">Empagliflozin 10 mg</Item>\n  <Item ndc="00003-0894-21">Apixaban 5 mg</Item>\n</Shipment>\n')
        return spec("general", ("Wholesaler EDI", "edi@rxwholesale.example.org"), [("Pharmacy Receiving", f"rxreceiving@{DOM}")], "ASN", "Advance ship notice attached.",
                    style="ext", atts=[att("xml", "asn.xml", xml, b64=False)], note="pharmacy shipment XML with drug names; no patient")
    if v == 4:
        lines = ["INVOICE", "", f"Invoice: {R.randint(100000, 999999)}", "Bill to: Riverside Health Accounts Payable", "Linen service - March", "Amount due: $14,220.00"]
        return spec("general", ("Linen Co Billing", "billing@linenco.example.org"), [("Accounts Payable", f"ap@{DOM}")], "Invoice", "Invoice attached.", style="ext",
                    atts=[pdf_part("invoice.pdf", "Invoice", lines)], note="vendor invoice PDF")
    if v == 5:
        ack = (f"MSH|^~\\&|HIE|PRAIRIE|EPIC|RIVERSIDE|20250401091500||ACK^A01^ACK|{uid()}|P|2.5.1\nMSA|AE|{uid()}|PID-3 identifier type not recognized\n"
               "ERR|||101^Required field missing^HL70357|E\n")
        return spec("general", addr_of(me("Integration Analyst", "Interface Team", "")), [("Interface Team", f"interfaces@{DOM}")], "NAKs",
                    "Sample NAK attached - all the same error.", atts=[att("hl7", "nak.hl7", ack)], note="HL7 ACK/NAK with MSA/ERR only; no PID")
    if v == 6:
        u, sd, t2, mgr, ven = staff("Coordinator", "Finance", "", word="both"), staff("Analyst", "IT Service Desk", ""), staff("Technician", "Desktop Support", ""), staff("Manager", "Desktop Support", ""), ext_person("dockvendor.example.org")
        msgs = [dict(frm=(disp(u), u.email), to=f"IT Service Desk <servicedesk@{DOM}>", subject="laptop won't dock", body="My laptop won't dock at the Church St office since Monday.", client="outlook"),
                dict(frm=(disp(sd), sd.email), to=f"{disp(t2)} <{t2.email}>", subject="FW: laptop won't dock", body=f"Ticket INC{R.randint(1000000, 9999999)} - please dispatch.", client="outlook"),
                dict(frm=(disp(t2), t2.email), to=f"{disp(mgr)} <{mgr.email}>", subject="RE: laptop won't dock", body="Firmware issue on the new docks. Need the vendor.", client="outlook"),
                dict(frm=(disp(mgr), mgr.email), to=f"{ven.full} <{ven.email}>", subject="FW: laptop won't dock", body="Can you send the firmware fix?", client="outlook"),
                dict(frm=(ven.full, ven.email), to=f"{disp(mgr)} <{mgr.email}>", subject="Re: laptop won't dock", body="Firmware 2.4.1 attached in our portal.", client="gmail"),
                dict(frm=(disp(mgr), mgr.email), to=f"{disp(u)} <{u.email}>", subject="RE: laptop won't dock", body="Fixed - please try docking again.", client="outlook")]
        return spec("general", addr_of(mgr), [addr_of(u)], "RE: laptop won't dock", thread(msgs), hard=["deep", "word"],
                    note="6-level IT ticket chain with a word-name employee; IT only")
    if v == 7:
        text = ("Treasury notice: effective May 1 the patient-payment lockbox moves to Chase Bank. Update the remit-to address on statements and the "
                "online bill pay page. ACH details unchanged.")
        return spec("general", ("Treasury", f"treasury@{DOM}"), [("Revenue Cycle Leads", f"rcleads@{DOM}")], "Lockbox change", text, body_form="qp",
                    hard=["word"], note="finance notice; 'Chase', 'bill' as ordinary words; no individual")
    if v == 8:
        text = phoneify("printer on 4w jammed again, paper tray 2, can someone come up. its the one by the pyxis")
        return spec("general", addr_of(me("Unit Secretary", "4 West", "")), [("IT Service Desk", f"servicedesk@{DOM}")], "printer",
                    text + "\n\nSent from my iPhone", hard=["lower"], note="lowercase IT request; no patient")
    if v == 9:
        text = (f"Your order has shipped.\n\nOrder: {R.randint(100000000, 999999999)}\nItems: 40 cs copy paper, 12 toner cartridges\nDeliver to: Riverside Health Dock B\n")
        return spec("general", ("Office Supply Co", "orders@officesupply.example.org"), [("Receiving", f"receiving@{DOM}")], "Shipped", text, style="ext",
                    body_form="b64", note="shipping notification")
    if v == 10:
        html = html_wrap("<h2>Facilities Weekly</h2><ul><li>Austin Blvd entrance closed Saturday for paving.</li><li>Summer HVAC changeover begins May 5.</li>"
                         "<li>Wood Ln lot re-striping.</li></ul>")
        return spec("general", ("Facilities", f"facilities@{DOM}"), [("All Staff", f"allstaff@{DOM}")], "Facilities Weekly", "Facilities Weekly", html=html,
                    body_form=R.choice(["html", "alt"]), hard=["word"], note="facilities newsletter; 'Austin', 'Summer', 'Wood' as places/words")
    inner = dict(frm=("Vendor Support", "support@pacsvendor.example.org"), to=[("Imaging IT", f"imagingit@{DOM}")], subject="Maintenance window", style="ext",
                 text="Scheduled maintenance Saturday 01:00-03:00 CT. No action required.")
    return spec("general", addr_of(me("PACS Administrator", "Imaging IT", "")), [("Radiology Leads", f"radleads@{DOM}")], "FW: Maintenance window",
                "FYI.", atts=[rfc822_part(inner, "maintenance.eml")], note="forwarded vendor maintenance notice")


# =========================================================================== driver
POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration", "billing_claim",
       "hl7", "ccda", "imaging", "label", "mbi"]
NEG = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year", "id_shaped",
       "staff_admin", "marketing", "name_only", "other_label", "general"]
PER_KIND = 12
HARD_TAGS = {"lower": "patient/staff phone-style lowercase text", "word": "names that are also words/places (or such words used plainly)",
             "idfmt": "loosely written identifiers (MBI spaces/dashes, prefixed member ids, free-text chart numbers)",
             "deep": "deep reply/forward chains (3-6 levels)", "hardneg": "hard negative from the brief's list"}


def main():
    if os.path.isdir(MSGDIR):
        shutil.rmtree(MSGDIR)
    os.makedirs(MSGDIR)
    jobs = [(k, i) for k in POS + NEG for i in range(PER_KIND)]
    R.shuffle(jobs)
    labels = []
    hard_count = {True: 0, False: 0}
    strict_count = {True: 0, False: 0}
    tag_count = {}
    for n, (k, i) in enumerate(jobs, 1):
        ME.clear()
        sp = globals()["k_" + k](i)
        assert sp["kind"] == k, (k, sp["kind"])
        if not sp.get("body_form"):
            sp["body_form"] = BODY_FORMS[(i + n) % 5]
        lines = build(sp)
        data = ("\r\n".join(lines) + "\r\n").encode("ascii")
        fn = f"s{n:04d}.eml"
        with open(os.path.join(MSGDIR, fn), "wb") as f:
            f.write(data)
        labels.append({"file": fn, "phi": k in POS, "kind": k, "form": describe(sp["forms"]), "note": sp["note"]})
        if sp["hard"]:
            hard_count[k in POS] += 1
        if sp["hard"] - {"hardneg"}:
            strict_count[k in POS] += 1
        for t in sp["hard"]:
            tag_count[(t, k in POS)] = tag_count.get((t, k in POS), 0) + 1
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, indent=1)
        f.write("\n")
    print(f"wrote {len(labels)} messages; hard cases: {hard_count[True]} positive, {hard_count[False]} negative "
          f"({hard_count[True] + hard_count[False]} of {len(labels)})")
    print(f"in the four emphasis categories (lower/word/idfmt/deep): {strict_count[True]} positive, {strict_count[False]} negative")
    for t in HARD_TAGS:
        print(f"  {t:<8} pos {tag_count.get((t, True), 0):>3}  neg {tag_count.get((t, False), 0):>3}  - {HARD_TAGS[t]}")


if __name__ == "__main__":
    main()
