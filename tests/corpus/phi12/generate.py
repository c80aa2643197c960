#!/usr/bin/env python3
"""Generate the phi12 corpus: Riverside Health mail "as Outlook really sends it".

Standard library only. Deterministic: fixed seeds, fixed dates, no clock reads, no network, no iteration
over sets. Writes messages/z0001.eml ... and labels.json next to this file and prints the count per kind.

Layout of this file:
  1. primitives: seeds, names, identifiers, dates
  2. rendering: Outlook plain text and Word-generated HTML, quoted reply history, signatures, footers,
     ServiceNow/Jira/Teams/In Basket notification HTML, iCalendar, CSV/fixed-width/Excel-HTML/PDF exports
  3. MIME: parts, QP/base64, M365 headers, msip_labels
  4. the messages, one function each, grouped by kind
"""
import base64
import csv
import datetime as dt
import io
import json
import os
import random
import re
import textwrap
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
R = random.Random(1212012)          # all content
ORDER = random.Random(20251212)     # file order only
DOM = "riversidehealth.example"
TENANT = "3c9a7e21-5b04-4d6f-8e1a-7f2b9c0d4e16"
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GENERAL_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INTERNAL_GUID = "0a1b2c3d-0000-4000-8000-000000000002"

# ----------------------------------------------------------------------------------------------------
# 1. primitives
# ----------------------------------------------------------------------------------------------------
NAMES = {
    "anglo": (["Mary", "Linda", "Susan", "Karen", "Emily", "Megan", "Heather", "Rachel", "Lauren", "Abigail",
               "Hannah", "Caroline", "Brenda", "Diane", "Julie", "Kathleen", "Shannon", "Holly", "Amber", "Courtney",
               "Margaret", "Ruth", "Evelyn", "Dorothy", "Joan"],
              ["James", "Robert", "Michael", "William", "David", "Thomas", "Daniel", "Matthew", "Andrew", "Ryan",
               "Kevin", "Brian", "Gregory", "Scott", "Dennis", "Gary", "Tyler", "Nathan", "Colin", "Wayne",
               "Harold", "Walter", "Eugene", "Russell", "Dale"],
              ["Anderson", "Thompson", "Harris", "Walker", "Mitchell", "Campbell", "Bennett", "Hughes", "Foster",
               "Sullivan", "Murphy", "Reed", "Brooks", "Price", "Hayes", "Fletcher", "Whitaker", "Caldwell", "Pruitt",
               "Lindqvist", "Olsen", "Becker", "Schultz", "Hartman", "Keller", "Abernathy", "McAllister",
               "Donnelly", "Gallagher", "Pemberton", "Stroud", "Yoder", "Albright", "Kincaid"]),
    "hispanic": (["Maria", "Guadalupe", "Rosa", "Marisol", "Daniela", "Alejandra", "Veronica", "Lucia", "Ximena",
                  "Carmen", "Yesenia", "Araceli", "Paola", "Gabriela", "Alma", "Leticia"],
                 ["Jose", "Luis", "Carlos", "Miguel", "Alejandro", "Javier", "Ricardo", "Fernando", "Eduardo",
                  "Hector", "Ramon", "Jorge", "Mateo", "Santiago", "Rafael", "Ernesto"],
                 ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
                  "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Castillo", "Morales", "Ortiz", "Gutierrez",
                  "Quintero", "Vargas", "Delgado", "Salazar", "Cabrera", "Espinoza", "Villalobos"]),
    "black": (["Keisha", "Latoya", "Tamika", "Jasmine", "Aaliyah", "Imani", "Ebony", "Shanice", "Monique", "Denise",
               "Tiana", "Nia", "Gloria", "Bernice"],
              ["Deshawn", "Marcus", "Terrence", "Jamal", "Darnell", "Andre", "Malik", "Tyrone", "Reginald", "Cedric",
               "Jerome", "Darius", "Otis", "Lamar"],
              ["Washington", "Jefferson", "Jackson", "Robinson", "Coleman", "Simmons", "Banks", "Freeman", "Bryant",
               "Dorsey", "Mayfield", "Whitfield", "Boone", "Gaines", "Tolliver", "Merriweather", "Pettiford"]),
    "westafrican": (["Adaeze", "Chinonso", "Ngozi", "Folake", "Abena", "Ama", "Yetunde", "Funmilayo", "Ifeoma",
                     "Efua"],
                    ["Chukwuemeka", "Oluwaseun", "Kwame", "Kofi", "Adebayo", "Emeka", "Tunde", "Babajide", "Yaw",
                     "Obinna"],
                    ["Okafor", "Adeyemi", "Okonkwo", "Mensah", "Owusu", "Boateng", "Nwosu", "Oyelaran", "Eze", "Obi",
                     "Asante", "Ogunleye", "Afolabi", "Acheampong"]),
    "southasian": (["Priya", "Ananya", "Deepa", "Kavita", "Sunita", "Meera", "Neha", "Lakshmi", "Farhana", "Shreya",
                    "Pooja", "Nandini"],
                   ["Rahul", "Arjun", "Vikram", "Sanjay", "Rajesh", "Anil", "Imran", "Sandeep", "Karthik", "Harpreet",
                    "Nikhil", "Suresh"],
                   ["Patel", "Shah", "Raman", "Iyer", "Reddy", "Nair", "Gupta", "Chaudhary", "Sandhu", "Krishnan",
                    "Desai", "Banerjee", "Qureshi", "Malhotra", "Venkatesan", "Bhatt"]),
    "chinese": (["Mei", "Xiaoling", "Jing", "Wen", "Yan", "Hui", "Lan", "Qing"],
                ["Wei", "Jian", "Hao", "Zhiwei", "Ming", "Jun", "Bo", "Tao"],
                ["Chen", "Wang", "Zhang", "Liu", "Huang", "Zhao", "Wu", "Lin", "Xu", "Zhou"]),
    "vietnamese": (["Thanh", "Linh", "Ngoc", "Thuy", "Hoa", "Mai", "Trang", "Phuong"],
                   ["Minh", "Duc", "Quang", "Tuan", "Huy", "Khoa", "Long", "Bao"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Huynh"]),
    "korean": (["Jiyeon", "Soojin", "Eunji", "Hyejin", "Minji", "Seoyeon"],
               ["Minjun", "Jaehyun", "Sungho", "Donghyun", "Hyunwoo", "Joon"],
               ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"]),
    "filipino": (["Maricel", "Rowena", "Jocelyn", "Analyn", "Kristine", "Rhea"],
                 ["Rodel", "Jericho", "Ramil", "Arnel", "Noel", "Rommel"],
                 ["Santos", "Reyes", "Cruz", "Bautista", "Villanueva", "Aquino", "Manalo", "Pascual", "Dimaculangan"]),
    "arabic": (["Fatima", "Layla", "Noor", "Mariam", "Huda", "Rania", "Yasmin", "Amal"],
               ["Omar", "Khalid", "Yusuf", "Tariq", "Samir", "Ahmad", "Hassan", "Karim"],
               ["Haddad", "Khalil", "Nasser", "Farouk", "Saleh", "Mansour", "Darwish", "Hamdan", "Aziz", "Rahman"]),
    "easteuro": (["Agnieszka", "Katarzyna", "Olena", "Irina", "Svetlana", "Marta", "Natalia", "Ewa"],
                 ["Tomasz", "Piotr", "Dmitri", "Andrei", "Pavel", "Oleksandr", "Marek", "Bogdan"],
                 ["Kowalczyk", "Nowak", "Zielinski", "Shevchenko", "Kovalenko", "Popescu", "Horvath", "Dvorak",
                  "Novotny", "Lewandowski"]),
    "eastafrican": (["Hodan", "Amina", "Faduma", "Sahra", "Ayan", "Hibo", "Tigist", "Selam"],
                    ["Abdi", "Abdirahman", "Mohamed", "Dawit", "Yonas", "Bashir", "Mahad", "Tesfaye"],
                    ["Warsame", "Farah", "Abdullahi", "Hussein", "Osman", "Bekele", "Haile", "Gebremedhin", "Ali",
                     "Jama"]),
    "haitian": (["Mirlande", "Nadege", "Guerline", "Roseline", "Fabiola"],
                ["Jean", "Wilner", "Fritz", "Frantz", "Jacques"],
                ["Pierre", "Joseph", "Dorvil", "Baptiste", "Toussaint", "Celestin", "Jean-Louis"]),
    "japanese": (["Yuki", "Aiko", "Naomi", "Haruka", "Emi"],
                 ["Kenji", "Takeshi", "Hiroshi", "Daisuke", "Ryo"],
                 ["Tanaka", "Sato", "Nakamura", "Yamamoto", "Kobayashi", "Watanabe"]),
    "euro": (["Giulia", "Francesca", "Siobhan", "Maeve", "Colleen", "Gina", "Theresa", "Angela"],
             ["Anthony", "Vincent", "Salvatore", "Sean", "Patrick", "Declan", "Joseph", "Dominic"],
             ["Russo", "Esposito", "Romano", "Bianchi", "DeLuca", "O'Brien", "Fitzgerald", "Kavanagh", "Doyle",
              "Moretti"]),
}
ORIGINS = list(NAMES)
WEIGHTS = [9, 6, 6, 3, 4, 3, 3, 2, 2, 3, 3, 2, 2, 1, 3]
USED_PAIRS = set()
PRONOUN = {"F": ("she", "her", "her", "Ms."), "M": ("he", "him", "his", "Mr.")}


class Person:
    def __init__(self, first, last, sex, origin, domain=DOM):
        self.first, self.last, self.sex, self.origin = first, last, sex, origin
        self.domain = domain
        local = re.sub(r"[^A-Za-z.-]", "", f"{first}.{last}")
        self.email = f"{local}@{domain}"

    full = property(lambda s: f"{s.first} {s.last}")
    lf = property(lambda s: f"{s.last}, {s.first}")
    LF = property(lambda s: f"{s.last.upper()}, {s.first.upper()}")
    ini = property(lambda s: f"{s.first[0]}.{s.last[0]}.")
    he = property(lambda s: PRONOUN[s.sex][0])
    him = property(lambda s: PRONOUN[s.sex][1])
    his = property(lambda s: PRONOUN[s.sex][2])
    title = property(lambda s: f"{PRONOUN[s.sex][3]} {s.last}")

    @property
    def disp(self):
        return self.lf if self.domain == DOM else self.full

    @property
    def hdr(self):
        d = self.disp
        return (f'"{d}"' if "," in d else d) + f" <{self.email}>"

    @property
    def ol(self):  # as in an Outlook quoted header
        return f"{self.disp} <{self.email}>"


def pick_name(sex=None, origin=None):
    for _ in range(500):
        o = origin or R.choices(ORIGINS, WEIGHTS)[0]
        sx = sex or R.choice("FM")
        f, m, l = NAMES[o]
        first = R.choice(f if sx == "F" else m)
        last = R.choice(l)
        if (first, last) not in USED_PAIRS:
            USED_PAIRS.add((first, last))
            return first, last, sx, o
    raise RuntimeError("names exhausted")


def named(first, last, sex, domain=DOM):
    """A person whose name the message text fixes (still reserved so nobody else gets it)."""
    assert (first, last) not in USED_PAIRS, (first, last)
    USED_PAIRS.add((first, last))
    return Person(first, last, sex, "fixed", domain)


def phone(area=None):
    return f"({area or R.choice(['614', '740', '937', '330', '419'])}) 555-01{R.randrange(100):02d}"


def pager():
    return f"555-01{R.randrange(100):02d}"


def luhn_ok(npi10):
    total = 0
    for i, ch in enumerate(reversed("80840" + npi10)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi():
    base = R.choice("12") + "".join(str(R.randrange(10)) for _ in range(8))
    for c in "0123456789":
        if luhn_ok(base + c):
            return base + c


def dea(last, first_letter=None):
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return (first_letter or R.choice("ABF")) + re.sub("[^A-Z]", "", last.upper())[0] + "".join(map(str, d)) + str(c)


FAMOUS = {"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"}


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if s not in FAMOUS:
            return s


def ssn_shaped():
    """3-2-4 numbers used as order/invoice/ticket ids in negatives."""
    return f"{R.randint(100, 899):03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=False):
    an = MBI_A + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(an), str(R.randrange(10)), R.choice(MBI_A), R.choice(an),
         str(R.randrange(10)), R.choice(MBI_A), R.choice(MBI_A), str(R.randrange(10)), str(R.randrange(10))]
    s = "".join(c)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def digits(n, lead="123456789"):
    return R.choice(lead) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def mrn():
    return "RH" + digits(7, "1234567")


def member():
    return "RHP" + digits(9, "12")


STREETS = ["Maple Ave", "Oakwood Dr", "Cedar Ln", "Linden St", "Sycamore Ct", "Hickory Ridge Rd", "Willow Bend",
           "Riverview Dr", "Chestnut St", "Prospect Ave", "Mill Race Rd", "Orchard Hill Ln", "Kensington Pl",
           "Beechwood Rd", "Harbor View Ct", "Quarry Rd", "Lakeshore Blvd", "Tanager Way", "Juniper Ct",
           "Foxglove Ln"]
CITIES = [("Riverside", "43215"), ("Millbrook", "43068"), ("Fairview Heights", "43119"), ("Cedar Falls", "43081"),
          ("Oak Hollow", "43123"), ("Westbury", "43026"), ("Granville Park", "43054"), ("Linwood", "43232")]
REF_YEAR = 2025


class Patient(Person):
    def __init__(self, sex=None, age=None, origin=None):
        first, last, sx, o = pick_name(sex, origin)
        super().__init__(first, last, sx, o, "mail.example.net")
        self.age = age if age is not None else R.randint(24, 88)
        # birthdays fall Jan-Aug, messages Sep-Nov 2025, so age = 2025 - year throughout the set
        self.dob = dt.date(REF_YEAR - self.age, R.randint(1, 8), R.randint(1, 28))
        self.mrn = mrn()
        self.member = member()
        self.ssn = ssn()
        self.mbi = mbi()
        self.phone = phone()
        self.street = f"{R.randint(12, 9870)} {R.choice(STREETS)}"
        self.city, self.zip = R.choice(CITIES)
        self.email = re.sub(r"[^a-z.]", "", f"{first[0]}{last}{R.randint(2, 89)}".lower()) + "@mail.example.net"

    dobs = property(lambda s: f"{s.dob.month:02d}/{s.dob.day:02d}/{s.dob.year}")
    dobn = property(lambda s: f"{s.dob.month}/{s.dob.day}/{s.dob.year}")
    dob8 = property(lambda s: s.dob.strftime("%Y%m%d"))
    dobiso = property(lambda s: s.dob.isoformat())
    addr1 = property(lambda s: f"{s.street}, {s.city}, OH {s.zip}")
    sexw = property(lambda s: "female" if s.sex == "F" else "male")
    agesex = property(lambda s: f"{s.age}{s.sex}")


ROLES = {
    "md": (["MD"], ["Attending Physician", "Staff Physician"]),
    "do": (["DO"], ["Attending Physician"]),
    "hosp": (["MD", "DO"], ["Hospitalist"]),
    "np": (["APRN, CNP", "MSN, APRN, FNP-C", "DNP, APRN"], ["Nurse Practitioner"]),
    "pa": (["PA-C"], ["Physician Assistant"]),
    "rn": (["RN", "BSN, RN", "MSN, RN", "RN, CCRN"], ["Staff Nurse", "Registered Nurse", "Charge Nurse"]),
    "rnm": (["MSN, RN, NE-BC", "BSN, RN"], ["Nurse Manager", "Clinical Nurse Manager"]),
    "pharm": (["PharmD", "PharmD, BCPS", "RPh"], ["Clinical Pharmacist", "Pharmacist"]),
    "mls": (["MLS(ASCP)", "MT(ASCP)", "MLS(ASCP)CM"], ["Medical Laboratory Scientist", "Lab Supervisor"]),
    "ma": (["CMA", "RMA"], ["Medical Assistant"]),
    "coord": ([""], ["Referral Coordinator", "Scheduling Coordinator", "Patient Access Specialist"]),
    "admin": ([""], ["Administrative Assistant", "Practice Manager", "Department Coordinator"]),
    "it": ([""], ["Systems Analyst", "Application Analyst", "Integration Engineer", "Service Desk Analyst"]),
    "fin": ([""], ["Revenue Cycle Analyst", "Billing Specialist", "Accounts Payable Specialist"]),
    "mso": (["CPCS", "CPMSM", ""], ["Credentialing Specialist", "Medical Staff Coordinator"]),
    "rad": (["MD"], ["Radiologist"]),
    "path": (["MD"], ["Pathologist"]),
    "sw": (["LISW-S", "MSW, LSW"], ["Social Worker"]),
    "cm": (["RN, CCM", "BSN, RN, ACM-RN"], ["Case Manager"]),
    "supply": ([""], ["Supply Chain Buyer", "Materials Coordinator", "Purchasing Agent"]),
    "biomed": (["CBET", ""], ["Biomedical Technician", "Clinical Engineering Specialist"]),
}


def relative(p, sex, domain="mail.example.net"):
    """A family member sharing the patient's surname (first name unused with that surname)."""
    f, m, _ = NAMES[p.origin]
    for first in (f if sex == "F" else m):
        if (first, p.last) not in USED_PAIRS:
            USED_PAIRS.add((first, p.last))
            return Person(first, p.last, sex, p.origin, domain)
    raise RuntimeError("no relative name")


class Staff(Person):
    def __init__(self, role, dept=None, sex=None, origin=None, cred=None, title=None, domain=DOM):
        first, last, sx, o = pick_name(sex, origin)
        super().__init__(first, last, sx, o, domain)
        creds, titles = ROLES[role]
        self.role = role
        self.cred = cred if cred is not None else R.choice(creds)
        self.titl = title or R.choice(titles)
        self.dept = dept or ""
        self.pager = pager()
        self.phone = phone()
        self.prescriber = role in ("md", "do", "hosp", "np", "pa", "rad", "path")
        self.npi = npi() if self.prescriber else None
        self.dea = dea(last, "M" if role in ("np", "pa") else None) if role in ("md", "do", "hosp", "np", "pa") else None
        if self.cred in ("MD", "DO") or role in ("md", "do", "hosp", "rad", "path"):
            self.dr = f"Dr. {last}"
        else:
            self.dr = first

    @property
    def cname(self):
        return f"{self.first} {self.last}" + (f", {self.cred}" if self.cred else "")


def staff(role, dept=None, **kw):
    return Staff(role, dept, **kw)


def ext_person(domain, sex=None, origin=None):
    first, last, sx, o = pick_name(sex, origin)
    return Person(first, last, sx, o, domain)


class Box:
    """A shared mailbox or system sender."""
    def __init__(self, name, email):
        self.disp, self.email, self.full, self.first = name, email, name, name
        self.domain = email.split("@")[1]

    hdr = property(lambda s: f'"{s.disp}" <{s.email}>' if "," in s.disp else f"{s.disp} <{s.email}>")
    ol = property(lambda s: f"{s.disp} <{s.email}>")


# --- dates ------------------------------------------------------------------------------------------
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
START = dt.datetime(2025, 9, 8)
CUR = [START]


def tzoff(d):
    return -5 if d >= dt.datetime(2025, 11, 2, 2, 0) else -4


def rfc2822(d):
    o = tzoff(d)
    return (f"{DAYS[d.weekday()][:3]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} "
            f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} -0{abs(o)}00")


def utc(d):
    return d - dt.timedelta(hours=tzoff(d))


def rfcutc(d):
    u = utc(d)
    return f"{DAYS[u.weekday()][:3]}, {u.day:02d} {MONTHS[u.month - 1][:3]} {u.year} {u:%H:%M:%S} +0000"


def hm(d):
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def sent(d):
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {hm(d)}"


def mdy(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def mdys(d):
    return f"{d.month}/{d.day}/{d.year}"


def md(d):
    return f"{d.month}/{d.day}"


def longdate(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def dayname(d):
    return DAYS[d.weekday()]


def when(day=None, hour=None):
    """Pick the date of the next message (weekday, 07:00-18:59) and make it current."""
    if day is None:
        while True:
            d = START + dt.timedelta(days=R.randrange(80))
            if d.weekday() < 5:
                break
    else:
        d = day
    d = d.replace(hour=hour if hour is not None else R.randint(7, 18), minute=R.randrange(60), second=R.randrange(60))
    CUR[0] = d
    return d


def ago(minutes, base=None):
    """An earlier time in the same thread; daytime threads are not pushed into the small hours."""
    b = base or CUR[0]
    d = b - dt.timedelta(minutes=minutes, seconds=R.randrange(60))
    if d.hour < 6 and b.hour >= 6:
        d -= dt.timedelta(hours=8)
    return d


def later(days, base=None):
    """A weekday `days` from now (negative: in the past), moving away from today over weekends."""
    d = (base or CUR[0]) + dt.timedelta(days=days)
    step = 1 if days >= 0 else -1
    while d.weekday() >= 5:
        d += dt.timedelta(days=step)
    return d


def hexs(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def guid():
    h = hexs(32).lower()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


# ----------------------------------------------------------------------------------------------------
# 2. rendering
# ----------------------------------------------------------------------------------------------------
# Inline markup in block text: "\x02" toggles bold, "\x01" splits a run into separate <span>s (the way
# Word splits a value it has re-formatted, e.g. a DOB "03/14/\x011962").
FOOTERS = [
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
    "intended recipient(s) and may contain confidential and privileged information, including protected "
    "health information (PHI) protected by the Health Insurance Portability and Accountability Act (HIPAA). "
    "Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
    "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.",
    "This message and any attachments are intended only for the addressee and may contain information that "
    "is privileged, confidential, or protected health information under HIPAA and Ohio law. If you received "
    "this message in error, notify the sender immediately and delete it. Riverside Health will never ask for "
    "your password by e-mail.",
    "Riverside Health | Confidential. This e-mail may contain protected health information (PHI). Do not "
    "forward outside Riverside Health unless the recipient is authorized under HIPAA and the minimum "
    "necessary standard. Use [secure] in the subject line when sending PHI outside the organization.",
]
EXT_FOOTERS = {
    "lab": "NOTICE: This communication may contain protected health information (PHI) that is legally privileged "
           "and protected under HIPAA. It is intended only for the use of the recipient named above. If you are "
           "not the intended recipient, any disclosure, copying or distribution is strictly prohibited.",
    "payer": "This e-mail may contain protected health information subject to HIPAA. If you have received it in "
             "error, please notify the sender and delete it. Bluestem Health Plans, Inc.",
    "vendor": "The information in this e-mail is confidential and intended solely for the addressee. This message "
              "is not intended to contain protected health information (PHI); please do not send PHI to this "
              "address. HIPAA-covered content must be sent through the secure portal.",
}
CAUTION = ("CAUTION: This email originated from outside of Riverside Health. Do not click links or open "
           "attachments unless you recognize the sender and know the content is safe.")


def footer(i=None):
    return ("footer", FOOTERS[R.randrange(3) if i is None else i])


def strip_mk(s):
    return s.replace("\x02", "").replace("\x01", "")


def fill(s, width):
    out = []
    for line in s.split("\n"):
        if len(line) <= width or line.startswith((" ", ">")) or "  " in line:
            out.append(line)
            continue
        ind = "  " if line.startswith(("- ", "* ", "o ")) else ""
        m = re.match(r"(\d+[.)] )", line)
        if m:
            ind = " " * len(m.group(1))
        out.append(textwrap.fill(line, width, subsequent_indent=ind, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def table_text(rows):
    rows = [[strip_mk(str(c)) for c in r] for r in rows]
    n = max(len(r) for r in rows)
    w = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def hdr_text(h, style):
    lines = []
    if style == "orig":
        lines.append("-----Original Message-----")
    elif style == "owa":
        lines.append("________________________________")
    lines.append(f"From: {h['frm'].ol}")
    lines.append(f"Sent: {sent(h['date'])}")
    lines.append("To: " + "; ".join(p.ol if style == "orig" else p.disp for p in h["to"]))
    if h.get("cc"):
        lines.append("Cc: " + "; ".join(p.ol if style == "orig" else p.disp for p in h["cc"]))
    lines.append(f"Subject: {h['subject']}")
    return "\n".join(lines)


def render_text(blocks, wrap=0):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("p", "sig", "footer", "banner"):
            s = strip_mk(b[1])
            out.append(fill(s, wrap) if wrap else s)
        elif t == "pre":
            out.append(b[1])
        elif t == "table":
            out.append(table_text(b[1]))
        elif t == "hdr":
            out.append(hdr_text(b[1], b[2]))
        elif t == "raw":
            out.append(b[1])
        elif t == "gt":
            out.append(gt_text(b[1], b[2], b[3]))
        elif t == "blank":
            out.append("")
    return "\n\n".join(out).rstrip("\n") + "\n"


def gt_head(h, kind="gmail"):
    d = h["date"]
    if kind == "iphone":
        return f"On {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, at {hm(d)}, {h['frm'].full} <{h['frm'].email}> wrote:"
    return (f"On {DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} at {hm(d)} "
            f"{h['frm'].full} <{h['frm'].email}> wrote:")


def gt_text(h, inner_blocks, kind):
    inner = render_text(inner_blocks).rstrip("\n")
    q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
    return gt_head(h, kind) + "\n\n" + q if kind != "iphone" else gt_head(h, kind) + "\n\n" + q


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def inline(s, smart=True):
    s = esc(s)
    if smart:
        s = s.replace("'", "&#8217;")
    s = re.sub(r"  +", lambda m: " " + "&nbsp;" * (len(m.group(0)) - 1), s)
    out, bold = [], False
    for i, seg in enumerate(s.split("\x02")):
        if i:
            bold = not bold
        if not seg:
            continue
        parts = seg.split("\x01")
        if len(parts) > 1:
            seg = "".join(f'<span style="color:black">{p}</span>' if j % 2 else f"<span>{p}</span>"
                          for j, p in enumerate(parts))
        out.append(f"<b>{seg}</b>" if bold else seg)
    return "".join(out)


FONTS = [("Aptos", "12.0pt", "11.0pt"), ("Calibri", "11.0pt", "11.0pt")]


def html_head(font, size):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
w\\:* {{behavior:url(#default#VML);}}
.shape {{behavior:url(#default#VML);}}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:{font};}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0in;
\tfont-size:{size};
\tfont-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink
\t{{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{{mso-style-priority:34;
\tmargin-top:0in;
\tmargin-right:0in;
\tmargin-bottom:0in;
\tmargin-left:.5in;
\tfont-size:{size};
\tfont-family:"{font}",sans-serif;}}
span.EmailStyle20
\t{{mso-style-type:personal-reply;
\tfont-family:"{font}",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}}
@page WordSection1
\t{{size:8.5in 11.0in;
\tmargin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


EMPTY_P = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


def html_p(line, style=None):
    if not line.strip():
        return EMPTY_P
    if style:
        return f'<p class="MsoNormal"><span style="{style}">{inline(line)}<o:p></o:p></span></p>'
    return f'<p class="MsoNormal">{inline(line)}<o:p></o:p></p>'


def html_table(rows, head=True, grid=True):
    cls = "MsoTableGrid" if grid else "MsoNormalTable"
    border = "border:solid windowtext 1.0pt;" if grid else "border:solid #BFBFBF 1.0pt;"
    out = [f'<table class="{cls}" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, r in enumerate(rows):
        out.append("<tr>")
        for c in r:
            txt = inline(str(c))
            if head and i == 0:
                txt = f"<b>{txt}</b>"
            bg = "background:#D9E2F3;" if head and i == 0 else ""
            out.append(f'<td valign="top" style="{border}{bg}padding:0in 5.4pt 0in 5.4pt">'
                       f'<p class="MsoNormal">{txt}<o:p></o:p></p></td>')
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_hdr(h, font):
    st = f'font-size:11.0pt;font-family:&quot;{font}&quot;,sans-serif'
    to = "; ".join(esc(p.disp) for p in h["to"])
    lines = [f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">',
             f'<p class="MsoNormal"><b><span style="{st}">From:</span></b><span style="{st}"> {esc(h["frm"].ol)}<br>',
             f'<b>Sent:</b> {sent(h["date"])}<br>', f'<b>To:</b> {to}<br>']
    if h.get("cc"):
        lines.append("<b>Cc:</b> " + "; ".join(esc(p.disp) for p in h["cc"]) + "<br>")
    lines.append(f'<b>Subject:</b> {esc(h["subject"])}<o:p></o:p></span></p>')
    lines.append("</div>")
    return '<div id="mail-editor-reference-message-container">\n' + "\n".join(lines) + "\n</div>\n" + EMPTY_P


BANNER_HTML = ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" align="left" width="100%" '
               'style="width:100.0%;mso-cellspacing:0in;mso-yfti-tbllook:1184;mso-table-lspace:2.25pt;'
               'mso-table-rspace:2.25pt;mso-table-anchor-vertical:paragraph;mso-table-anchor-horizontal:column;'
               'mso-table-left:left;mso-padding-alt:0in 0in 0in 0in">\n<tr>\n'
               '<td style="background:#FFEB9C;padding:5.25pt 1.5pt 5.25pt 1.5pt"></td>\n'
               '<td width="100%" style="width:100.0%;background:#FFEB9C;padding:5.25pt 3.75pt 5.25pt 11.25pt">\n'
               '<div>\n<p class="MsoNormal" style="mso-element:frame;mso-element-frame-hspace:2.25pt;'
               'mso-element-wrap:around;mso-element-anchor-vertical:paragraph;mso-element-anchor-horizontal:column;'
               'mso-height-rule:exactly"><b><span style="font-size:9.0pt;color:#9C6500">CAUTION:</span></b>'
               '<span style="font-size:9.0pt;color:black"> This email originated from outside of Riverside Health. '
               'Do not click links or open attachments unless you recognize the sender and know the content is '
               'safe.<o:p></o:p></span></p>\n</div>\n</td>\n</tr>\n</table>\n'
               '<p class="MsoNormal"><span style="mso-fareast-font-family:&quot;Times New Roman&quot;">'
               '<o:p>&nbsp;</o:p></span></p>')


def render_html(blocks, font=None):
    font, size, hsize = font or R.choice(FONTS)
    out = [html_head(font, size)]
    for b in blocks:
        t = b[0]
        if t == "p":
            out.extend(html_p(ln) for ln in b[1].split("\n"))
            out.append(EMPTY_P)
        elif t == "sig":
            lines = b[1].split("\n")
            out.append(html_p(lines[0], "font-size:10.0pt;color:#1F3864"))
            out.extend(html_p(ln, "font-size:9.0pt;color:#595959") for ln in lines[1:])
            out.append(EMPTY_P)
        elif t == "footer":
            out.append(html_p(b[1], "font-size:7.5pt;color:gray"))
        elif t == "banner":
            out.append(BANNER_HTML)
        elif t == "pre":
            for ln in b[1].split("\n"):
                out.append('<p class="MsoNormal"><span style="font-size:10.0pt;font-family:&quot;Courier New&quot;">'
                           + (esc(ln).replace(" ", "&nbsp;") or "&nbsp;") + "<o:p></o:p></span></p>")
            out.append(EMPTY_P)
        elif t == "table":
            out.append(html_table(b[1], head=b[2] if len(b) > 2 else True))
            out.append(EMPTY_P)
        elif t == "hdr":
            out.append(html_hdr(b[1], font))
        elif t == "raw":
            out.append(b[2])
        elif t == "gt":
            inner = render_html_body(b[2])
            out.append(f'<div><p class="MsoNormal">{esc(gt_head(b[1], b[3]))}<o:p></o:p></p></div>\n'
                       f'<blockquote style="margin-top:5.0pt;margin-bottom:5.0pt" type="cite">\n{inner}\n</blockquote>')
        elif t == "blank":
            out.append(EMPTY_P)
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def render_html_body(blocks):
    full = render_html(blocks, FONTS[1])
    return full.split('<div class="WordSection1">\n', 1)[1].rsplit("</div>\n</body>", 1)[0]


# --- block helpers ----------------------------------------------------------------------------------
def P(*lines):
    return ("p", "\n".join(lines))


def TB(rows, head=True):
    return ("table", rows, head)


def PRE(text):
    return ("pre", text)


def SIG(p, extra=None, short=False):
    if isinstance(p, Box):
        return ("sig", p.disp)
    if short:
        return ("sig", p.cname if isinstance(p, Staff) else p.full)
    lines = [p.cname if isinstance(p, Staff) else p.full]
    if isinstance(p, Staff):
        lines.append(p.titl + (f" | {p.dept}" if p.dept else ""))
        lines.append("Riverside Health")
        v = R.randrange(4)
        if v == 0:
            lines.append(f"Office {p.phone} | Pager {p.pager}")
        elif v == 1:
            lines.append(f"P: {p.phone}")
        elif v == 2:
            lines.append(f"Phone {p.phone} | Secure Chat preferred")
        else:
            lines.append(f"{p.phone} (office) | pgr {p.pager}")
    if extra:
        lines.extend(extra if isinstance(extra, list) else [extra])
    return ("sig", "\n".join(lines))


def HDR(frm, to, subject, date, cc=(), style="outlook"):
    return ("hdr", {"frm": frm, "to": list(to), "cc": list(cc), "subject": subject, "date": date}, style)


def GT(frm, date, blocks, kind="gmail"):
    return ("gt", {"frm": frm, "date": date}, blocks, kind)


def BANNER():
    return ("banner", CAUTION)


def sig_text(p):
    return render_text([SIG(p)]).rstrip("\n")


# --- notification HTML (not Word-generated) ---------------------------------------------------------
def sn_html(instance, heading, intro, fields, desc=None, comments=(), ref=None, link="Click here to view"):
    rows = "\n".join(f'<tr><td style="padding:4px 12px 4px 0;color:#555;white-space:nowrap;vertical-align:top">'
                     f'{esc(k)}:</td><td style="padding:4px 0;vertical-align:top">{esc(v)}</td></tr>' for k, v in fields)
    parts = [f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body {{font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222}} td {{font-size:10pt}}</style></head>
<body><div><table width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse">
<tr><td style="background:#1f3b4d;padding:10px 16px;color:#ffffff;font-size:14pt">{esc(instance)}</td></tr>
<tr><td style="padding:14px 16px">
<table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td>
<p style="font-size:12pt;margin:0 0 10px 0"><b>{esc(heading)}</b></p>"""]
    for para in intro:
        parts.append(f'<p style="margin:0 0 8px 0">{esc(para)}</p>')
    parts.append(f'<table cellpadding="0" cellspacing="0" border="0" style="margin:6px 0 12px 0">\n{rows}\n</table>')
    if desc:
        parts.append('<p style="margin:0 0 4px 0;color:#555">Description:</p>')
        parts.append('<div style="border-left:3px solid #c9d3da;padding:4px 10px;margin:0 0 12px 0">'
                     + "<br>\n".join(esc(x) for x in desc.split("\n")) + "</div>")
    for who, when_, text in comments:
        parts.append(f'<p style="margin:8px 0 2px 0;color:#555">{esc(when_)} - {esc(who)} (Additional comments)</p>')
        parts.append('<div style="padding:2px 10px;margin:0 0 8px 0">' + "<br>\n".join(esc(x) for x in text.split("\n"))
                     + "</div>")
    parts.append(f'<p style="margin:12px 0"><a href="https://riversidehealth.service-now.example/nav_to.do" '
                 f'style="color:#0b6fb3">{esc(link)}</a></p>')
    parts.append("</td></tr></table></td></tr>")
    parts.append('<tr><td style="padding:8px 16px;color:#888;font-size:8pt">You are receiving this e-mail because you '
                 'are the caller, assignee or on the watch list. Do not reply to this unmonitored address.<br>')
    if ref:
        parts.append(f'<span style="color:#ffffff;font-size:1pt">Ref:{ref}</span>')
    parts.append("</td></tr></table></div></body></html>\n")
    return "\n".join(parts)


def sn_text(heading, intro, fields, desc=None, comments=(), ref=None):
    out = [heading, ""] + list(intro) + [""] + [f"{k}: {v}" for k, v in fields]
    if desc:
        out += ["", "Description:", desc]
    for who, when_, text in comments:
        out += ["", f"{when_} - {who} (Additional comments)", text]
    if ref:
        out += ["", f"Ref:{ref}"]
    return "\n".join(out) + "\n"


def jira_html(key, summary, actor, action, fields, body, comments=()):
    rows = "\n".join(f'<tr><th style="text-align:left;padding:2px 10px 2px 0;color:#6b778c;font-weight:normal">{esc(k)}</th>'
                     f'<td style="padding:2px 0">{esc(v)}</td></tr>' for k, v in fields)
    out = [f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<table id="background-table" cellpadding="0" cellspacing="0" width="100%" style="background:#f4f5f7">
<tr><td style="padding:10px 20px">
<table id="header-table" cellpadding="0" cellspacing="0" width="100%"><tr>
<td style="font-family:Arial,sans-serif;font-size:12px;color:#707070">{esc(actor)} <strong>{esc(action)}</strong></td>
</tr></table>
<table id="email-content" cellpadding="0" cellspacing="0" width="100%" style="background:#ffffff;border:1px solid #cccccc;border-radius:5px">
<tr><td style="padding:16px;font-family:Arial,sans-serif;font-size:14px;color:#333">
<p style="margin:0 0 6px 0;font-size:12px"><a href="https://jira.riversidehealth.example/browse/{key}" style="color:#3b73af">{key}</a></p>
<h2 style="margin:0 0 12px 0;font-size:18px">{esc(summary)}</h2>
<table cellpadding="0" cellspacing="0" style="font-size:13px;margin:0 0 12px 0">
{rows}
</table>"""]
    for para in body.split("\n\n"):
        out.append('<p style="margin:0 0 10px 0">' + "<br>\n".join(esc(x) for x in para.split("\n")) + "</p>")
    for who, when_, text in comments:
        out.append(f'<div style="border-top:1px solid #ddd;padding-top:8px;margin-top:8px"><b>{esc(who)}</b> '
                   f'<span style="color:#707070">{esc(when_)}</span><br>\n'
                   + "<br>\n".join(esc(x) for x in text.split("\n")) + "</div>")
    out.append(f"""</td></tr></table>
<table id="footer-table" cellpadding="0" cellspacing="0" width="100%"><tr>
<td style="font-family:Arial,sans-serif;font-size:10px;color:#999;padding-top:10px">This message was sent by Atlassian Jira (v9.12.8#9120008-sha1:{hexs(7).lower()})</td>
</tr></table>
</td></tr></table></body></html>
""")
    return "\n".join(out)


def jira_text(key, summary, actor, action, fields, body, comments=()):
    out = [f"[ https://jira.riversidehealth.example/browse/{key} ]", "", f"{actor} {action}", "-" * 40, "",
           f"{key}: {summary}"]
    out += [f"    {k}: {v}" for k, v in fields]
    out += ["", body]
    for who, when_, text in comments:
        out += ["", f"{who} commented ({when_}):", text]
    out += ["", "--", "This message was sent by Atlassian Jira (v9.12.8#9120008)"]
    return "\n".join(out) + "\n"


def teams_html(actor, where, msgs, kind="mention"):
    head = {"mention": f"{actor} mentioned you in {where}",
            "missed": f"You have unread messages in {where}",
            "reply": f"{actor} replied to a conversation in {where}"}[kind]
    items = "\n".join(
        f'<tr><td style="padding:10px 0 0 0"><table cellpadding="0" cellspacing="0" width="100%"><tr>'
        f'<td width="36" valign="top"><div style="width:32px;height:32px;border-radius:16px;background:#6264a7;'
        f'color:#fff;text-align:center;line-height:32px;font-size:12px">{esc(w[:1])}{esc(w.split()[-1][:1])}</div></td>'
        f'<td valign="top" style="padding-left:8px"><span style="font-weight:600;color:#242424">{esc(w)}</span> '
        f'<span style="color:#616161;font-size:12px">{esc(t)}</span><br>'
        f'<span style="color:#242424">{esc(m)}</span></td></tr></table></td></tr>' for w, t, m in msgs)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f5f5f5;font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px">
<table align="center" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;margin:20px auto">
<tr><td style="padding:20px 24px 0 24px"><span style="color:#6264a7;font-weight:600">Microsoft Teams</span></td></tr>
<tr><td style="padding:12px 24px 0 24px;font-size:18px;font-weight:600;color:#242424">{esc(head)}</td></tr>
<tr><td style="padding:0 24px"><table cellpadding="0" cellspacing="0" width="100%">
{items}
</table></td></tr>
<tr><td style="padding:20px 24px"><a href="https://teams.riversidehealth.example/l/message/19:meeting_{hexs(12).lower()}" style="background:#5b5fc7;color:#ffffff;padding:8px 16px;text-decoration:none;border-radius:4px">Reply in Teams</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;color:#616161;font-size:11px">You are receiving this e-mail because you have
missed activity in Microsoft Teams. To change how often you get these, go to Settings &gt; Notifications.<br>
Riverside Health tenant - this notification was sent from an unmonitored mailbox.</td></tr>
</table></body></html>
"""


def inbasket_html(folder, count, items, note=None):
    rows = "\n".join(f'<tr><td style="border-bottom:1px solid #ddd;padding:6px 8px">{esc(a)}</td>'
                     f'<td style="border-bottom:1px solid #ddd;padding:6px 8px">{esc(b)}</td>'
                     f'<td style="border-bottom:1px solid #ddd;padding:6px 8px">{esc(c)}</td></tr>' for a, b, c in items)
    extra = f'<p style="margin:12px 0">{esc(note)}</p>' if note else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:10pt">
<div style="background:#c8102e;color:#fff;padding:8px 12px;font-weight:bold">Riverside Epic - In Basket notification</div>
<div style="padding:12px">
<p style="margin:0 0 10px 0">You have {count} new message(s) in your In Basket folder <b>{esc(folder)}</b>.</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;border:1px solid #ddd;font-size:9pt">
<tr style="background:#f0f0f0"><th style="text-align:left;padding:6px 8px">Received</th><th style="text-align:left;padding:6px 8px">From</th><th style="text-align:left;padding:6px 8px">Subject / preview</th></tr>
{rows}
</table>
{extra}
<p style="margin:12px 0;color:#666;font-size:8pt">Log in to Hyperspace, Haiku or Canto to act on these messages. Replies to this
e-mail are not monitored. Notification rule: In Basket external notification (daily digest / high priority).</p>
</div></body></html>
"""


# --- iCalendar --------------------------------------------------------------------------------------
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(organizer, attendees, summary, start, minutes, location, description, method="REQUEST", uid=None):
    end = start + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
             "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT", f"ORGANIZER;CN={organizer.disp if ',' not in organizer.disp else organizer.full}:mailto:{organizer.email}"]
    for a in attendees:
        nm = a.disp if "," not in a.disp else a.full
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={nm}:mailto:{a.email}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(description)}",
              f"UID:{uid or '040000008200E00074C5B7101A82E00800000000' + hexs(40)}",
              f"SUMMARY;LANGUAGE=en-US:{ics_escape(summary)}",
              f"DTSTART;TZID=Eastern Standard Time:{start.strftime(f)}",
              f"DTEND;TZID=Eastern Standard Time:{end.strftime(f)}", "CLASS:PUBLIC", "PRIORITY:5",
              f"DTSTAMP:{utc(CUR[0]).strftime(f)}Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              f"LOCATION;LANGUAGE=en-US:{ics_escape(location)}", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in lines) + "\r\n"


TEAMS_JOIN = ("________________________________________________________________________________\n"
              "Microsoft Teams meeting\nJoin: https://teams.riversidehealth.example/l/meetup-join/19%3ameeting_{0}\n"
              "Meeting ID: {1}\nPasscode: {2}\n"
              "________________________________________________________________________________")


def teams_join():
    return TEAMS_JOIN.format(hexs(24).lower(), f"{digits(3)} {digits(3)} {digits(3)} {digits(3)}", hexs(6).lower())


# --- attachment exports -----------------------------------------------------------------------------
def csv_bytes(rows, bom=False):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    b = s.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + b) if bom else b


def fixed(cols, rows, sep=" "):
    """cols: list of (title, width, align)."""
    def fmt(vals):
        out = []
        for (t, w, a), v in zip(cols, vals):
            v = str(v)[:w]
            out.append(v.rjust(w) if a == "r" else v.ljust(w))
        return sep.join(out).rstrip()
    head = fmt([c[0] for c in cols])
    rule = sep.join("-" * c[1] for c in cols)
    return "\n".join([head, rule] + [fmt(r) for r in rows])


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def excel_html(sheet, rows, widths=None, title=None):
    n = max(len(r) for r in rows)
    widths = widths or [90] * n
    cols = "\n".join(f' <col width={w} style="mso-width-source:userset;width:{int(w * 0.75)}pt">' for w in widths)
    body = []
    if title:
        body.append(f' <tr height=20 style="height:15.0pt">\n  <td colspan={n} height=20 class=xl66 '
                    f'style="height:15.0pt">{esc(title)}</td>\n </tr>')
    for i, r in enumerate(rows):
        cls = "xl65" if i == 0 else "xl67"
        cells = "".join(f"<td class={cls}>{esc(str(c))}</td>" if str(c) else f"<td class={cls}></td>" for c in r)
        body.append(f' <tr height=20 style="height:15.0pt">\n  {cells}\n </tr>')
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<style>
<!--table
\t{{mso-displayed-decimal-separator:"\\.";
\tmso-displayed-thousand-separator:"\\,";}}
.style0
\t{{mso-number-format:General;
\ttext-align:general;
\tvertical-align:bottom;
\twhite-space:nowrap;
\tfont-size:11.0pt;
\tfont-family:Aptos, sans-serif;
\tmso-style-name:Normal;
\tmso-style-id:0;}}
td
\t{{mso-style-parent:style0;
\tpadding-top:1px;
\tpadding-right:1px;
\tpadding-left:1px;
\tfont-size:11.0pt;
\tfont-family:Aptos, sans-serif;
\tborder:none;
\twhite-space:nowrap;}}
.xl65
\t{{mso-style-parent:style0;
\tfont-weight:700;
\tbackground:#D9E1F2;
\tborder:.5pt solid windowtext;}}
.xl66
\t{{mso-style-parent:style0;
\tfont-size:14.0pt;
\tfont-weight:700;}}
.xl67
\t{{mso-style-parent:style0;
\tmso-number-format:"\\@";
\tborder:.5pt solid windowtext;}}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>{esc(sheet)}</x:Name>
    <x:WorksheetOptions>
     <x:FreezePanes/>
     <x:FrozenNoSplit/>
     <x:SplitHorizontal>1</x:SplitHorizontal>
     <x:TopRowBottomPane>1</x:TopRowBottomPane>
     <x:ActivePane>2</x:ActivePane>
     <x:Selected/>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>12300</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#467886" vlink="#96607D">

<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse;table-layout:fixed'>
{cols}
{chr(10).join(body)}
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
  {"".join(f'<td width={w} style="width:{int(w * 0.75)}pt"></td>' for w in widths)}
 </tr>
 <![endif]>
</table>

</body>

</html>
"""


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False, title="", author="", creator="Microsoft Word for Microsoft 365",
        producer="Microsoft: Print To PDF", per_page=54):
    """lines: str (Helvetica 10) or (style, str) with style 'h' (bold 13), 'b' (bold 10), 's' (8), 'm'
    (Courier 9 for fixed columns), or '---' for a page break."""
    pages, cur = [], []
    for ln in lines:
        if ln == "---" or len(cur) >= per_page:
            pages.append(cur)
            cur = []
            if ln == "---":
                continue
        cur.append(ln if isinstance(ln, tuple) else ("n", ln))
    if cur:
        pages.append(cur)
    fonts = {"n": ("F1", 10), "h": ("F2", 13), "b": ("F2", 10), "s": ("F1", 8), "m": ("F3", 9)}
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"}
    kids, n = [], 6
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "54 748 Td"]
        curf = ("F1", 10)
        for st, txt in pg:
            f = fonts[st]
            if f != curf:
                ops.append(f"/{f[0]} {f[1]} Tf")
                curf = f
            ops.append(f"({pdf_escape(txt)}) Tj")
            ops.append("T*")
        ops.append("ET")
        data = ("\n".join(ops) + "\n").encode("latin-1")
        if flate:
            data = zlib.compress(data, 9)
            objs[n + 1] = (f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n").encode() + data + b"\nendstream"
        else:
            objs[n + 1] = (f"<< /Length {len(data)} >>\nstream\n").encode() + data + b"\nendstream"
        objs[n] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
                   f"/F2 4 0 R /F3 5 0 R >> >> /Contents {n + 1} 0 R >>").encode()
        kids.append(n)
        n += 2
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    cd = CUR[0]
    stamp = f"D:{cd:%Y%m%d%H%M%S}-0{abs(tzoff(cd))}'00'"
    objs[n] = (f"<< /Title ({pdf_escape(title)}) /Author ({pdf_escape(author)}) /Creator ({pdf_escape(creator)}) "
               f"/Producer ({pdf_escape(producer)}) /CreationDate ({stamp}) /ModDate ({stamp}) >>").encode("latin-1")
    info = n
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in range(1, n + 1):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {n + 1}\n0000000000 65535 f \n".encode()
    for k in range(1, n + 1):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {n + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def hl7(*segs):
    return ("\r".join(segs) + "\r").encode("ascii")


def hl7ts(d, sec=False):
    return d.strftime("%Y%m%d%H%M%S" if sec else "%Y%m%d%H%M")


# ----------------------------------------------------------------------------------------------------
# 3. MIME
# ----------------------------------------------------------------------------------------------------
class Part:
    def __init__(self, ctype, data=None, cte="7bit", charset=None, filename=None, children=None, extra=None,
                 desc=None):
        self.ctype, self.data, self.cte, self.charset = ctype, data, cte, charset
        self.filename, self.children, self.extra, self.desc = filename, children, extra or [], desc


def qp_encode(data):
    out = []
    for line in data.split(b"\n"):
        enc = ["=%02X" % b if (b == 61 or b > 126 or (b < 32 and b != 9)) else chr(b) for b in line]
        if enc and enc[-1] in (" ", "\t"):
            enc[-1] = "=%02X" % ord(enc[-1])
        cur, res = "", []
        for tok in enc:
            if len(cur) + len(tok) > 75:
                res.append(cur + "=")
                cur = ""
            cur += tok
        res.append(cur)
        out.extend(res)
    return "\r\n".join(out)


def b64_encode(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n").rstrip("\r\n")


def T(text, cte="qp", charset=None):
    cte = {"b64": "base64"}.get(cte, cte)
    text = text.replace("\r\n", "\n")
    if charset is None:
        charset = "us-ascii" if text.isascii() else "utf-8"
    if cte == "7bit":
        assert text.isascii(), text[:80]
        assert max(len(x) for x in text.split("\n")) <= 998
    return Part("text/plain", text, cte, charset)


def H(html, cte="qp", charset=None):
    cte = {"b64": "base64"}.get(cte, cte)
    html = html.replace("\r\n", "\n")
    if charset is None:
        charset = "us-ascii" if html.isascii() else "utf-8"
    return Part("text/html", html, cte, charset)


def ALT(*parts):
    return Part("multipart/alternative", children=list(parts))


def MIX(*parts):
    return Part("multipart/mixed", children=list(parts))


def ATT(name, ctype, data):
    if isinstance(data, str):
        data = crlf(data).encode("utf-8") if not ctype.startswith(("x-application/hl7", "application/hl7")) \
            and not name.endswith(".hl7") else data.encode("ascii")
    return Part(ctype, data, "base64", filename=name)


def CAL(text):
    return Part("text/calendar", text, "base64", "utf-8", extra=["method=REQUEST"])


def RFC(raw):
    return Part("message/rfc822", raw, "7bit")


def outlook(blocks, text_cte="qp", html_cte="qp", font=None):
    """The multipart/alternative Outlook sends: text/plain rendering + Word HTML."""
    return ALT(T(render_text(blocks), text_cte), H(render_html(blocks, font), html_cte))


def plain(blocks, cte="7bit", wrap=None):
    if isinstance(blocks, str):
        return T(blocks, cte)
    return T(render_text(blocks, wrap if wrap is not None else (76 if cte == "7bit" else 0)), cte)


BCOUNT = [0]


def serialize(part, token, created=None):
    """Return (header lines, body str) for a part."""
    h = []
    if part.children is not None:
        BCOUNT[0] += 1
        b = f"_{'004' if part.ctype == 'multipart/mixed' else '000'}_{token}{BCOUNT[0]:02d}_"
        extra = '; type="multipart/alternative"' if part.ctype == "multipart/related" else ""
        h.append(f'Content-Type: {part.ctype};\r\n\tboundary="{b}"{extra}')
        body = []
        for c in part.children:
            ch, cb = serialize(c, token, created)
            body.append(f"--{b}\r\n" + "\r\n".join(ch) + "\r\n\r\n" + cb)
        return h, "\r\n".join(body) + f"\r\n--{b}--\r\n"
    if part.ctype == "message/rfc822":
        h.append("Content-Type: message/rfc822")
        h.append(f"Content-Disposition: attachment;\r\n\tcreation-date=\"{created}\";\r\n\tmodification-date=\"{created}\"")
        raw = part.data.decode("ascii")
        return h, raw if raw.endswith("\r\n") else raw + "\r\n"
    ct = part.ctype
    params = []
    if part.charset:
        params.append(f'charset="{part.charset}"')
    params += part.extra
    if part.filename:
        params.append(f'name="{part.filename}"')
    h.append(f"Content-Type: {ct}" + ("".join(";\r\n\t" + p if part.filename else "; " + p for p in params)))
    if part.filename:
        h.append(f"Content-Description: {part.filename}")
        size = len(part.data)
        h.append(f'Content-Disposition: attachment; filename="{part.filename}"; size={size};\r\n'
                 f'\tcreation-date="{created}";\r\n\tmodification-date="{created}"')
    h.append(f"Content-Transfer-Encoding: {part.cte}")
    data = part.data
    if isinstance(data, str):
        data = data.replace("\r\n", "\n")
        if part.cte in ("base64",):
            data = data.replace("\n", "\r\n")
        data = data.encode("utf-8")
    if part.cte == "quoted-printable" or part.cte == "qp":
        h[-1] = "Content-Transfer-Encoding: quoted-printable"
        body = qp_encode(data)
    elif part.cte == "base64":
        body = b64_encode(data)
    else:
        body = data.decode("ascii").replace("\n", "\r\n").rstrip("\r\n")
    return h, body + "\r\n"


def form_of(part):
    if part.children is not None:
        return part.ctype + "{" + "|".join(form_of(c) for c in part.children) + "}"
    if part.ctype == "message/rfc822":
        return "message/rfc822"
    cte = {"quoted-printable": "qp", "qp": "qp", "base64": "b64"}.get(part.cte, part.cte)
    s = f"{part.ctype};{cte}"
    if part.filename:
        s += f";name={part.filename}"
        if part.ctype == "application/pdf":
            s += ";flate" if b"/FlateDecode" in part.data else ";uncompressed"
    return s


def fold(name, value, width=76):
    """Fold a header at '; ' or ', ' (continuation lines start with a tab)."""
    line = f"{name}: {value}"
    if len(line) <= width:
        return line
    lines, cur = [], f"{name}:"
    for tok in re.split(r"(?<=[;,]) ", value):
        if len(cur) + 1 + len(tok) > width and cur != f"{name}:":
            lines.append(cur)
            cur = "\t" + tok
        else:
            cur += " " + tok
    lines.append(cur)
    return "\r\n".join(lines)


SERVERS = ["BN8PR04MB6211", "CH3PR04MB8842", "SA1PR04MB7730", "DM6PR04MB5517", "MN2PR04MB6980", "BL1PR04MB7301",
           "PH0PR04MB8114", "CY4PR04MB0627"]
REG = []
RESULTS = []


def reg(fn):
    REG.append(fn)
    return fn


def msip(kind, name=None):
    g = {"phi": PHI_GUID, "general": GENERAL_GUID, "internal": INTERNAL_GUID}[kind]
    p = f"MSIP_Label_{g}"
    d = utc(CUR[0]) - dt.timedelta(minutes=R.randint(1, 30))
    items = [f"{p}_Enabled=true", f"{p}_SetDate={d:%Y-%m-%dT%H:%M:%S}Z", f"{p}_Method=Standard"]
    if name is not None:
        items.append(f"{p}_Name={name}")
    items += [f"{p}_SiteId={TENANT}", f"{p}_ActionId={guid()}", f"{p}_ContentBits=0"]
    return "; ".join(items) + ";"


def addrlist(ps):
    return ", ".join(p.hdr for p in ps)


def M(kind, note, frm, to, subject, body, cc=(), label=None, inbound=False, depth=0, extra=(), lang="en-US",
      importance=None, auto=False, ext_tag=False, emit=True, date=None, xmailer=None):
    """Build one message. label: None or (kind, name) with kind in phi/general/internal."""
    d = date or CUR[0]
    srv = R.choice(SERVERS)
    token = srv + hexs(24)
    created = rfcutc(d - dt.timedelta(minutes=R.randint(1, 20)))
    BCOUNT[0] = 0
    if inbound or frm.domain != DOM:
        mid = f"<{hexs(16).lower()}.{digits(6)}@mail.{frm.domain}>"
    else:
        mid = f"<{token}@{srv}.namprd04.prod.mail.{DOM}>"
    topic = re.sub(r"^((RE|FW|Fwd|FWD|Re|Automatic reply|\[EXTERNAL\]):\s*)+", "", subject)
    subj = ("[EXTERNAL] " + subject) if ext_tag else subject
    H_ = []
    if inbound:
        ip = f"198.51.100.{R.randint(10, 240)}"
        H_.append(f"Received: from {srv}.namprd04.prod.mail.{DOM} (2603:10b6:806:{hexs(3).lower()}::{hexs(2).lower()})\r\n"
                  f" by {R.choice(SERVERS)}.namprd04.prod.mail.{DOM} with HTTPS; {rfcutc(d + dt.timedelta(seconds=3))}")
        H_.append(f"Received: from mail.{frm.domain} ({ip}) by\r\n {srv}.mail.protection.{DOM} ({ip}) with Microsoft SMTP"
                  f"\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.12; {rfcutc(d + dt.timedelta(seconds=2))}")
        H_.append(f"Authentication-Results: spf=pass (sender IP is {ip})\r\n smtp.mailfrom={frm.domain}; dkim=pass (signature was verified)"
                  f"\r\n header.d={frm.domain};dmarc=pass action=none\r\n header.from={frm.domain};compauth=pass reason=100")
    H_.append(fold("From", frm.hdr))
    H_.append(fold("To", addrlist(to)))
    if cc:
        H_.append(fold("CC", addrlist(cc)))
    H_.append(fold("Subject", subj))
    H_.append(fold("Thread-Topic", topic))
    H_.append("Thread-Index: " + base64.b64encode(bytes(R.randrange(256) for _ in range(22 + 5 * depth))).decode())
    if importance:
        H_.append(f"Importance: {importance}")
    if auto:
        H_.append("Auto-Submitted: auto-replied")
        H_.append("X-Auto-Response-Suppress: All")
    H_.append(f"Date: {rfc2822(d)}")
    H_.append(f"Message-ID: {mid}")
    if depth:
        ref = f"<{R.choice(SERVERS)}{hexs(24)}@{R.choice(SERVERS)}.namprd04.prod.mail.{DOM}>"
        H_.append(f"References: {ref}")
        H_.append(f"In-Reply-To: {ref}")
    H_.append(f"Accept-Language: {lang}")
    H_.append(f"Content-Language: {lang}")
    has_att = body.ctype == "multipart/mixed"
    H_.append("X-MS-Has-Attach: " + ("yes" if has_att else ""))
    H_.append("X-MS-TNEF-Correlator: ")
    if xmailer:
        H_.append(f"X-Mailer: {xmailer}")
    for e in extra:
        H_.append(e)
    if label:
        H_.append(fold("msip_labels", msip(*label)))
    H_.append("X-MS-Exchange-Organization-SCL: " + ("1" if inbound else "-1"))
    if inbound:
        H_.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        H_.append("X-MS-Exchange-Organization-MessageDirectionality: Incoming")
        H_.append(f"X-Forefront-Antispam-Report: CIP:{ip};CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;\r\n"
                  f" H:mail.{frm.domain};PTR:mail.{frm.domain};CAT:NONE;SFS:;DIR:INB;")
    else:
        H_.append(f"X-MS-Exchange-Organization-AuthSource: {srv}.namprd04.prod.mail.{DOM}")
        H_.append("X-MS-Exchange-Organization-AuthAs: Internal")
        H_.append("X-MS-Exchange-Organization-AuthMechanism: 04")
        H_.append("X-MS-Exchange-Organization-MessageDirectionality: Originating")
    H_.append(f"X-MS-Exchange-Organization-Network-Message-Id: {guid()}")
    H_.append("X-MS-Exchange-Organization-RecordReviewCfmType: 0")
    bh, bb = serialize(body, token, created)
    H_.extend(bh)
    H_.append("MIME-Version: 1.0")
    raw = ("\r\n".join(H_) + "\r\n\r\n" + bb).encode("ascii")
    if not emit:
        return raw
    form = form_of(body)
    if label:
        form += f";msip_label={label[1] if label[1] is not None else '(no _Name, ' + label[0] + ' GUID)'}"
    if inbound:
        form += ";inbound"
    RESULTS.append({"kind": kind, "note": note, "form": form, "raw": raw})
    return raw


def FWD(frm, to, subject, body, date, inbound=False):
    """An inner message for message/rfc822 (full headers, no Exchange organisation headers)."""
    mid = f"<{hexs(16).lower()}.{digits(6)}@mail.{frm.domain}>"
    H_ = [fold("From", frm.hdr), fold("To", addrlist(to)), fold("Subject", subject), f"Date: {rfc2822(date)}",
          f"Message-ID: {mid}"]
    BCOUNT[0] = 50
    bh, bb = serialize(body, "INNER" + hexs(20), rfcutc(date))
    H_.extend(bh)
    H_.append("MIME-Version: 1.0")
    return ("\r\n".join(H_) + "\r\n\r\n" + bb).encode("ascii")


POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration",
       "billing_claim", "hl7", "ccda", "imaging", "label", "mbi"]


# ----------------------------------------------------------------------------------------------------
# 4. messages
# ----------------------------------------------------------------------------------------------------
LABCS = Box("Riverside Lab Client Services", f"LabClientServices@{DOM}")
SNOW = Box("Riverside IT Service Desk", f"servicedesk@{DOM}")
JIRA = Box("Jira - Riverside", f"jira@jira.{DOM}")
TEAMS = Box("Microsoft Teams", f"noreply@teams.{DOM}")
EPIC = Box("Riverside Epic Notifications", f"epic-notify@{DOM}")
PORTAL = Box("MyRiverside Patient Portal", f"noreply@myriverside.{DOM}")
CRIT = Box("Radiology Critical Results", f"crc-noreply@{DOM}")
NRL = "northgatelab.example.org"      # reference laboratory
LAKE = "lakeviewfamilymed.example.org"  # outside primary care
BLUE = "bluestemhealth.example.org"    # payer
HIE = "clearwaterhie.example.org"      # health information exchange
SUMMIT = "summitimaging.example.org"   # outside imaging centre
JIRA_FP = lambda: f"X-JIRA-FingerPrint: {hexs(32).lower()}"  # noqa: E731


def chain(*msgs):
    """(header block or None, blocks) pairs, newest first -> one list of blocks."""
    out = []
    for h, bl in msgs:
        if h is not None:
            out.append(h)
        out.extend(bl)
    return out


def snref():
    return f"MSG{digits(7, '0123')}"


def inc(prefix="INC"):
    return f"{prefix}{digits(7, '0')}"


def yday(d=None, back=1):
    d = (d or CUR[0]) - dt.timedelta(days=back)
    return d


# ====================================================================================================
# lab_result (30)
# ====================================================================================================
@reg
def lab01():
    d = when(hour=9)
    sup = staff("mls", "Core Laboratory", title="Core Lab Supervisor")
    mgr = staff("rnm", "5 West Medical-Surgical")
    rn1, rn2 = staff("rn", "5 West", sex="F"), staff("rn", "5 West")
    h1, h2 = staff("hosp", "Hospital Medicine"), staff("hosp", "Hospital Medicine")
    p1, p2 = Patient("F", 74), Patient("M", 59)
    n = yday()
    rows = [["Called", "Patient", "DOB", "Loc", "Test", "Result", "Called to", "Read-back", "Provider notified"],
            [f"{md(n)} 04:41", p1.LF, p1.dobs, "5W-12", "Potassium", "6.8 mmol/L (C)", f"{rn1.first[0]}. {rn1.last}, RN",
             "Yes", f"05:32 {h1.dr}"],
            [f"{md(n)} 05:07", p2.LF, p2.dobs, "5W-27", "Hemoglobin", "6.4 g/dL (C)", f"{rn2.first[0]}. {rn2.last}, RN",
             "Yes", f"05:15 {h2.dr}"]]
    first = [P(f"Good morning {mgr.first},",
               f"Below are the two critical values our night shift phoned to 5 West on {md(n)}. For the potassium on "
               f"{p1.title}, the read-back is documented at 04:41 but the provider notification in the call log is "
               "05:32, which is outside the 15-minute window in LAB-114. Could you confirm whether the page went out "
               "earlier and just wasn't charted?"), TB(rows),
             P("The potassium was a non-hemolyzed lithium heparin sample; repeat at 06:10 was 6.5 mmol/L."),
             SIG(sup)]
    top = [P(f"Thanks {sup.first}.",
             f"I talked with {rn1.first}. She paged {h1.dr} at 04:45 and again at 05:20 - the first page is in the "
             "Vocera log but she only charted the callback time. I've asked her to add a late entry. Hyperkalemia "
             "protocol was started at 05:40 (calcium gluconate, insulin/D50) per the order set.",
             "We'll review the two-page workflow at Thursday huddle."), SIG(mgr), footer(0)]
    body = chain((None, top), (HDR(sup, [mgr], "Critical call log - 5 West overnight", ago(140), cc=[rn1]), first))
    M("lab_result", "Critical-value call log table (K 6.8, Hgb 6.4) with names and DOBs, nurse manager's reply on top; no MRN",
      mgr, [sup], "RE: Critical call log - 5 West overnight", outlook(body), cc=[rn1], depth=1)


@reg
def lab02():
    d = when()
    p = Patient("F", 67, "westafrican")
    pcp = ext_person(LAKE, "M")
    ma = ext_person(LAKE, "F")
    cs = staff("coord", "Laboratory Client Services", title="Client Services Representative")
    dates = [later(-200), later(-110), later(-21)]
    an = [("SODIUM", "mmol/L", "136-145", ["139", "137", "135 L"]),
          ("POTASSIUM", "mmol/L", "3.5-5.1", ["4.4", "4.9", "5.4 H"]),
          ("CHLORIDE", "mmol/L", "98-107", ["102", "104", "106"]),
          ("CO2", "mmol/L", "22-29", ["25", "23", "21 L"]),
          ("BUN", "mg/dL", "8-23", ["22", "29 H", "38 H"]),
          ("CREATININE", "mg/dL", "0.51-0.95", ["1.18 H", "1.36 H", "1.71 H"]),
          ("EGFR CKD-EPI 2021", "mL/min/1.73m2", ">=60", ["50 L", "42 L", "32 L"]),
          ("GLUCOSE", "mg/dL", "70-99", ["141 H", "158 H", "176 H"]),
          ("HEMOGLOBIN A1C", "%", "4.0-5.6", ["7.4 H", "7.9 H", "8.3 H"]),
          ("ALBUMIN, URINE/CREAT", "mg/g", "<30", ["88 H", "", "241 H"])]
    cols = [("TEST", 22, "l"), ("UNITS", 14, "l"), ("REF RANGE", 10, "l")] + [(mdy(x), 12, "r") for x in dates]
    rpt = "\n".join([
        "RIVERSIDE LABORATORY SERVICES                                  CUMULATIVE REPORT      PAGE 1 OF 1",
        "1400 RIVER PARKWAY  RIVERSIDE OH 43215             CLIA 36D0914472   LAB DIRECTOR: R. ACHARYA MD",
        "=" * 98,
        f"PATIENT: {p.LF:<32} MRN: {p.mrn:<12} DOB: {p.dobs}  SEX: {p.sex}",
        f"ORDERING: {pcp.last.upper()}, {pcp.first.upper()} MD (LAKEVIEW FAMILY MEDICINE)      PRINTED: {mdy(d)} {d:%H:%M}",
        "=" * 98, "",
        fixed(cols, [[a, u, rr] + v for a, u, rr, v in an]), "",
        "FLAGS: H=HIGH L=LOW C=CRITICAL        * eGFR calculated with the 2021 race-free CKD-EPI equation",
        "", "*** END OF REPORT ***"])
    blocks = [P(f"Hello {ma.first},",
                f"Attached is the cumulative chemistry report you requested for {pcp.first[0]}. {pcp.last}'s patient "
                f"(ordered from your office). Creatinine has risen on each of the last three draws, so we flagged it "
                "for your provider's attention as well."), P("Please let us know if you need the individual result PDFs."),
              SIG(cs), footer(0)]
    M("lab_result", "Fixed-width cumulative chemistry report (TXT) with name, MRN, DOB and rising creatinine, sent to an outside office",
      cs, [ma], "[secure] Requested cumulative report", MIX(outlook(blocks), ATT("CUMRPT_Lakeview.txt", "text/plain", rpt)))


@reg
def lab03():
    d = when()
    hosp = staff("hosp", "Hospital Medicine")
    fel = staff("md", "Nephrology", title="Nephrology Fellow")
    p = Patient("M", 71, "arabic")
    ds = [d - dt.timedelta(days=2), d - dt.timedelta(days=1), d]
    rows = [["", md(ds[0]), md(ds[1]), md(ds[2])],
            ["Na (mmol/L)", "138", "136", "134"], ["K (mmol/L)", "4.8", "5.3", "5.6"],
            ["CO2 (mmol/L)", "22", "19", "17"], ["BUN (mg/dL)", "41", "58", "72"],
            ["Creatinine (mg/dL)", "2.1", "3.0", "3.9"], ["Urine output (mL/24h)", "1,150", "620", "340"],
            ["Hgb (g/dL)", "10.8", "10.5", "10.1"], ["WBC (K/uL)", "9.2", "8.7", "8.1"]]
    top = [P(f"{fel.first} - trending the labs on {p.first} in 4W-12 (the {p.age}M with the AKI after the contrast "
             "study + vanc/pip-tazo). Creatinine is still climbing and he's down to 340 mL yesterday:"), TB(rows),
           P("Renal US was unremarkable, UA bland with muddy brown casts on the micro. Stopped the vanc Tuesday. "
             "Is there anything you'd want besides holding the lisinopril and a renal diet? Family asked "
             "about dialysis this morning and I'd rather you talk to them."), SIG(hosp)]
    M("lab_result", "Flowsheet-style BMP/CBC trend table for a patient known by first name and bed (AKI); no MRN",
      hosp, [fel], "Bed 12 labs", outlook(top))


@reg
def lab04():
    d = when()
    idmd = staff("md", "Infectious Diseases")
    ph = staff("pharm", "Antimicrobial Stewardship")
    p = Patient("M", 76, "arabic")
    col = later(-3)
    L = [("h", "RIVERSIDE LABORATORY SERVICES - MICROBIOLOGY"), ("b", "FINAL REPORT"), "",
         f"Patient: {p.LF}     DOB: {p.dobs}     Sex: {p.sexw.title()}",
         f"Location: 6 East / 6E-08        Attending: {idmd.last.upper()}, {idmd.first.upper()} MD",
         f"Collected: {mdy(col)} 22:14      Received: {mdy(col)} 22:51      Final: {mdy(d)} 06:02", "",
         ("b", "Source: Blood, peripheral venipuncture (set 1 of 2 and set 2 of 2)"),
         "Gram stain: Gram-positive cocci in clusters (both sets; time to positivity 14.2 h / 15.9 h)",
         "Rapid PCR (BCID2): Staphylococcus aureus DETECTED; mecA/C and MREJ DETECTED", "",
         ("b", "Organism 1: Staphylococcus aureus, methicillin-resistant (MRSA)"), "",
         ("m", "ANTIBIOTIC                      MIC (ug/mL)   INTERP"),
         ("m", "------------------------------  ------------  ------"),
         ("m", "Oxacillin                       >=4           R"),
         ("m", "Vancomycin                      1             S"),
         ("m", "Daptomycin                      0.5           S"),
         ("m", "Linezolid                       2             S"),
         ("m", "Clindamycin                     <=0.25        S"),
         ("m", "Inducible clindamycin (D-test)  Negative"),
         ("m", "Erythromycin                    >=8           R"),
         ("m", "Trimethoprim/Sulfamethoxazole   <=10          S"),
         ("m", "Tetracycline                    <=1           S"),
         ("m", "Levofloxacin                    >=8           R"),
         ("m", "Gentamicin                      <=0.5         S"),
         ("m", "Rifampin (combination only)     <=0.5         S"), "",
         "Repeat blood cultures drawn " + mdy(later(-1)) + ": no growth at 24 hours (preliminary).",
         ("s", "Interpretation per CLSI M100. Vancomycin MIC by broth microdilution."),
         ("s", f"Electronically verified by {ph.first[0]}. Lindqvist MLS(ASCP) on {mdy(d)} 06:02")]
    att = pdf(L, flate=True, title="Micro final report", author="Riverside LIS", creator="Sunquest Microbiology",
              producer="LIS PDF Export 4.2")
    q = [P(f"{ph.first}, can you send me the final sensi report on {p.title}? The preliminary only had the PCR."),
         SIG(idmd, short=True)]
    top = [P(f"{idmd.dr},", f"Final susceptibilities for {p.full}'s blood cultures are attached. Vancomycin MIC is 1 "
             "by BMD, so I'd continue vancomycin with AUC dosing (target AUC 400-600); current level-based estimate "
             "is 512 on 1,250 mg q12h. Daptomycin is an option if his creatinine keeps rising. Repeat cultures are "
             "no growth at 24 h so far - TEE is scheduled for tomorrow.",
             "Let me know if you want me to set up OPAT dosing once the line plan is final."), SIG(ph), footer(1)]
    body = chain((None, top), (HDR(idmd, [ph], "Blood cx sensis", ago(95)), q))
    M("lab_result", "MRSA blood culture final report with susceptibility table (flate PDF), name and DOB, ID/pharmacy chain; no MRN",
      ph, [idmd], "RE: Blood cx sensis", MIX(outlook(body), ATT("Micro_Final_Report.pdf", "application/pdf", att)),
      depth=1)


@reg
def lab05():
    d = when()
    np_ = staff("np", "Dermatology")
    co = staff("coord", "Dermatology - Mohs Surgery", title="Mohs Scheduling Coordinator")
    mohs = staff("md", "Dermatology")
    p = Patient("F", 63, "easteuro")
    text = "\n".join([
        f"Hi {co.first},", "",
        f"Path is back on {p.full} (DOB {p.dobs}) from her visit on {md(later(-6))}. She needs Mohs with "
        f"{mohs.dr} - ideally before the holidays since she travels in December.", "",
        "FINAL DIAGNOSIS:",
        "Skin, left nasal ala, shave biopsy:",
        "- Basal cell carcinoma, nodular and micronodular types.",
        "- Tumor extends to the deep and peripheral margins.", "",
        "Comment: The micronodular component is associated with a higher risk of subclinical extension.", "",
        "I already called her with the result and she's expecting your call for scheduling. Best number is the "
        f"cell on file ({p.phone}). She'd prefer mornings.", "",
        "Thanks!", np_.cname, f"Riverside Dermatology - Westbury | {np_.phone}"])
    M("lab_result", "Pathology snippet (BCC, margins involved) pasted in a 7bit note asking Mohs scheduling; name + DOB, no MRN",
      np_, [co], "Mohs referral - path back", plain(text, "7bit"))


@reg
def lab06():
    d = when()
    p = Patient("F", 46, "hispanic")
    prov = staff("md", "Internal Medicine")
    text = "\n".join([
        f"Dear {p.first},", "",
        f"Your recent lab results from {longdate(later(-3))} are now available. Here is a note from "
        f"{prov.dr}:", "",
        f"\"Hi {p.first} - your cholesterol is higher than we'd like. Your LDL ('bad' cholesterol) is 162 mg/dL; "
        "our goal for you is under 100 because of your diabetes. Your HDL is 44 and triglycerides 210. Your kidney "
        "and liver tests were normal, and your A1c improved to 7.1% from 7.8% - great work! I'd like to start "
        "atorvastatin 20 mg once daily. I sent it to your pharmacy on file. Let's recheck the lipid panel and liver "
        "tests in 3 months. Reply here if you have any questions.\"", "",
        "To see all of your results, log in to MyRiverside at https://myriverside.riversidehealth.example or use the "
        "MyRiverside app.", "",
        "Please do not reply to this e-mail. This mailbox is not monitored. For medical emergencies, call 911.", "",
        "You are receiving this message because you chose to receive the text of provider messages by e-mail in "
        "your MyRiverside notification settings. Riverside Health protects your health information as required by "
        "HIPAA; e-mail may not be secure. To stop receiving message content by e-mail, change your preferences in "
        "MyRiverside > Account Settings > Notifications."])
    M("lab_result", "Portal result message to the patient (first name in the salutation, full name in To:): lipids, A1c, statin start; no MRN",
      PORTAL, [p], "New test results are available", plain(text, "qp"), auto=False)


@reg
def lab07():
    d = when(hour=15)
    rn = staff("rn", "Anticoagulation Clinic", cred="BSN, RN", title="Anticoagulation Nurse")
    pcp = staff("md", "Family Medicine")
    p = Patient("M", 58, "black")
    text = "\n".join([
        f"{pcp.dr},", "",
        "FYI - telephone encounter below (also routed to your In Basket).", "",
        f"Telephone Encounter - {mdy(d)} {hm(d - dt.timedelta(minutes=40))}",
        f"Patient: {p.full}   DOB: {p.dobs}", "",
        f"Called {p.first} back re: INR 3.9 drawn this AM at the Linwood lab (goal 2.0-3.0, indication: "
        "atrial fibrillation, I48.91).",
        "Current regimen: warfarin 5 mg daily except 7.5 mg Mon/Fri (weekly total 40 mg).",
        "Reports no missed or extra doses. Started amoxicillin 500 mg TID on Tuesday (dental abscess) - likely "
        "contributing. No bleeding, bruising, dark stools or headache.",
        "Plan per protocol: HOLD tonight's dose, then resume usual schedule. Recheck INR Monday at Linwood.",
        "Reviewed bleeding precautions and when to go to the ED. Pt verbalized understanding, read back plan.", "",
        f"{rn.cname}", "Riverside Anticoagulation Clinic", f"{rn.phone}"])
    M("lab_result", "Nurse call-back note on INR 3.9 with warfarin dose plan (base64 text/plain); name + DOB, no MRN",
      rn, [pcp], "INR call back", plain(text, "base64"))


@reg
def lab08():
    d = when()
    pcp = staff("md", "Internal Medicine")
    ph = staff("pharm", "Ambulatory Pharmacy", cred="PharmD, BCACP", title="Clinical Pharmacist Practitioner")
    cmgr = staff("cm", "Population Health", title="RN Care Manager")
    ma = staff("ma", "Riverside Primary Care - Millbrook")
    p = Patient("F", 69, "anglo")
    t4, t3, t2 = ago(60 * 50), ago(60 * 30), ago(60 * 6)
    m4 = [P(f"Hi {cmgr.first},", f"Per {pcp.dr}, putting {p.full} (DOB {p.dobn}) on your list for the diabetes "
            "huddle. Labs from her visit this week:"),
          PRE("Hemoglobin A1c        9.8 %        (H)   prev 8.6 % (March)\n"
              "Glucose, fasting      212 mg/dL    (H)\n"
              "Creatinine            1.42 mg/dL   (H)\n"
              "eGFR (CKD-EPI 2021)   38 mL/min/1.73m2 (L)   prev 51\n"
              "Urine alb/creat       212 mg/g     (H)\n"
              "LDL cholesterol       118 mg/dL    (H)"),
          P("She is on metformin 1000 mg BID, glipizide 10 mg BID and lisinopril 20 mg. Lives alone, daughter helps "
            "with pill box."), SIG(ma)]
    m3 = [P(f"Adding {ph.first} - with the eGFR at 38 the metformin dose needs to come down, and she may be a "
            "candidate for an SGLT2 inhibitor given the albuminuria."), SIG(cmgr, short=True)]
    m2 = [P(f"Agree. Metformin max 1000 mg/day at eGFR 30-44. I'd suggest metformin 500 mg BID, stop glipizide "
            "(hypoglycemia risk, she lives alone) and start empagliflozin 10 mg daily; recheck BMP in 2 weeks. "
            f"Happy to see her in the pharmacist clinic. {pcp.dr}, OK to pend?"), SIG(ph)]
    m1 = [P("Agree with all of that - please pend and I'll sign. Let's keep her on the Thursday huddle agenda too."),
          SIG(pcp, short=True)]
    subj = "Diabetes huddle - add to list"
    body = chain((None, m1), (HDR(ph, [pcp, cmgr], "RE: " + subj, t2), m2),
                 (HDR(cmgr, [ph], "RE: " + subj, t3, cc=[pcp]), m3),
                 (HDR(ma, [cmgr], subj, t4, cc=[pcp]), m4))
    M("lab_result", "A1c 9.8%/eGFR 38 results three replies deep under Outlook history, named with DOB; General label; no MRN",
      pcp, [ph, cmgr], "RE: " + subj, outlook(body), cc=[ma], depth=3, label=("general", "General"))


@reg
def lab09():
    d = when(hour=7)
    fel = staff("md", "Cardiology", title="Cardiology Fellow")
    att = staff("md", "Cardiology")
    p = Patient("M", 62, "korean")
    mr = p.mrn
    text = "\n".join([
        f"{att.dr} -", "",
        f"Overnight heads-up on {p.first[0]}.{p.last[0]}. ({mr}), 5E-03, the {p.age}M admitted yesterday with "
        "chest pressure:", "",
        "- hs-troponin I: 38 ng/L (02:10) -> 412 ng/L (05:40)",
        "- ECG 05:45: new T-wave inversions V2-V4, no ST elevation",
        "- K 3.6, Mg 1.9, Hgb 13.8, Cr 1.02",
        "- TTE pending", "",
        "Started heparin drip per ACS nomogram, ASA 325 given, atorvastatin 80. Cath lab is aware; he's NPO after "
        "midnight in case you want him on the board today. Pain free on 2 L NC since 04:00.", "",
        f"{fel.first}", f"Cardiology fellow on call | pgr {fel.pager}"])
    M("lab_result", "Overnight troponin rise for a patient identified by initials + MRN (QP text/plain)",
      fel, [att], "5E-03 overnight", plain(text, "qp"), importance="High")


@reg
def lab10():
    d = when(hour=R.choice([2, 3, 4]))
    chg = staff("rn", "4 West ICU", title="Charge Nurse", cred="BSN, RN, CCRN")
    hs = staff("rnm", "Nursing Administration", title="House Supervisor")
    intens = staff("md", "Critical Care")
    p = Patient("M", 68, "easteuro")
    adm = later(-2)
    text = "\n".join([
        f"{hs.first} - bed update for 4 West ICU before the 0600 bed meeting.", "",
        f"Bed 7 ({p.first}, {p.agesex}, admitted {md(adm)} with urosepsis) is getting worse: lactate 4.1 at 0215, "
        "up from 2.6 at 2200. MAP 58-62 on norepinephrine 0.12 mcg/kg/min, second 1 L LR running. WBC 21.4, "
        "procalcitonin 18.6. Blood cx from admission now growing GNRs in 2/2 bottles. Urine output 15 mL/hr x 3 h.",
        "", f"{intens.dr} is at the bedside, vasopressin being added, and he'll likely need a second central "
        "line. I can't give up bed 7 for the OR overflow - can we use bed 12 once it's cleaned?", "",
        "Beds 2 and 9 are stable for transfer to stepdown in the AM.", "",
        chg.first, f"4W ICU charge | Vocera 'ICU Charge' | {chg.phone}"])
    M("lab_result", "Charge-nurse bed update: patient known by first name, age/sex and bed with lactate, WBC and cultures (7bit); no MRN",
      chg, [hs], "4W ICU bed 7", plain(text, "7bit"), importance="High")


@reg
def lab11():
    d = when()
    rn = staff("cm", "Population Health", title="Population Health RN")
    mgr = staff("rnm", "Population Health", title="Manager, Population Health")
    pcps = [staff("md", "Primary Care") for _ in range(3)]
    hdr = ["MRN", "Patient Name", "DOB", "Age", "Sex", "PCP", "Clinic", "Payer", "Last A1c", "Last A1c Date",
           "Prior A1c", "LDL", "eGFR", "UACR", "Last BP", "Statin", "SGLT2i/GLP1", "Last PCP Visit",
           "Next Appt", "Phone", "MyRiverside Active", "Outreach Status"]
    rows = [hdr]
    clinics = ["RPC Millbrook", "RPC Westbury", "RPC Linwood", "RPC Oak Hollow"]
    for i in range(9):
        p = Patient(age=R.randint(38, 80))
        a1 = round(R.uniform(9.1, 13.4), 1)
        la = later(-R.randint(10, 70))
        rows.append([p.mrn, p.LF, p.dobs, str(p.age), p.sex, R.choice(pcps).lf, R.choice(clinics),
                     R.choice(["Riverside Health Plan", "Medicare", "Medicaid - CareSource", "Commercial - Bluestem"]),
                     str(a1), mdy(la), str(round(a1 - R.uniform(-1.5, 2.0), 1)), str(R.randint(68, 171)),
                     str(R.randint(24, 96)), str(R.choice([12, 28, 44, 88, 150, 310])),
                     f"{R.randint(118, 168)}/{R.randint(66, 98)}", R.choice(["Y", "N"]), R.choice(["", "semaglutide", "empagliflozin", "dulaglutide"]),
                     mdy(later(-R.randint(20, 300))), R.choice(["", mdy(later(R.randint(3, 40)))]), p.phone,
                     R.choice(["Y", "N"]), R.choice(["Not started", "Left VM", "Scheduled", "Declined"])])
    blocks = [P(f"Hi {mgr.first},",
                "Attached is the October pull of the A1c > 9 registry (Reporting Workbench, 'DM - Uncontrolled, "
                "attributed'). 9 patients this month. I've started outreach on the ones marked Left VM. "
                "Two of them have no visit in over 6 months - flagging those for the PCPs."),
              P("The export has phone numbers so please don't forward outside the team."), SIG(rn), footer(2)]
    M("lab_result", "Wide Reporting Workbench CSV (22 columns): A1c > 9 registry with MRNs, DOBs, A1c/LDL/eGFR",
      rn, [mgr], "A1c >9 registry - October", MIX(outlook(blocks), ATT("DM_Uncontrolled_Oct.csv", "text/csv", csv_bytes(rows, bom=True))))


@reg
def lab12():
    d = when()
    rn = staff("rn", "Riverside Pediatrics - Linwood", title="Clinic RN")
    co = staff("coord", "Riverside Pediatrics - Linwood", title="Practice Manager")
    rows = [["Child", "DOB", "Age (mo)", "Parent/Guardian", "Phone", "Test", "Collected", "Type", "Result (ug/dL)",
             "Action", "Confirmatory due"]]
    for i in range(6):
        c = Patient(age=R.choice([1, 2, 3]))
        g = ext_person("mail.example.net")
        lvl = R.choice(["3.8", "4.6", "5.2", "7.9", "3.6", "11.4"])
        rows.append([c.full, c.dobs, str((d.year - c.dob.year) * 12 + d.month - c.dob.month), g.full, c.phone, "Lead, blood",
                     mdy(later(-R.randint(3, 20))), R.choice(["Capillary", "Venous"]), lvl,
                     "Venous confirm" if float(lvl) < 10 else "Venous confirm + home visit referral",
                     mdy(later(R.randint(7, 30)))])
    att = excel_html("Lead follow-up", rows, [150, 90, 70, 150, 110, 90, 90, 80, 100, 220, 120],
                     title="Elevated blood lead (>= 3.5 ug/dL) - follow-up list")
    text = "\n".join([f"{co.first},", "",
                      "Here's the lead follow-up list saved out of the spreadsheet (the shared drive copy is locked "
                      "again). Six kids at or above the 3.5 reference value this quarter; one is 11.4 and needs a "
                      "county referral for a home inspection. Can you get the confirmatory venous draws scheduled?",
                      "", "Thanks,", rn.cname])
    M("lab_result", "Excel 'Save as Web Page' list of children with elevated blood lead levels, guardians and phones; no MRN",
      rn, [co], "lead f/u list", MIX(T(text, "qp"), ATT("Lead_followup.html", "text/html", att)))


@reg
def lab13():
    d = when()
    hosp = staff("hosp", "Hospital Medicine")
    me = staff("np", "Hospital Medicine")
    p = Patient("F", 81, "westafrican")
    msg = (f"@{me.first} {me.last} {p.title} in 6-14 - Hgb 6.9 this AM, was 8.4 yesterday. Melena overnight per "
           "nursing. On apixaban for AF (last dose 20:00). Can you consent for 1 unit PRBC, type and cross is "
           "done, and page GI? I'll hold the apixaban and start pantoprazole 40 IV BID.")
    html = teams_html(hosp.full, "Hospitalist Team B (chat)", [(hosp.full, hm(d), msg),
                                                                 (hosp.full, hm(d), f"Her daughter is on the way - she'd like a call when you know the GI plan.")])
    M("lab_result", "Teams missed-mention e-mail carrying a chat about a named patient's hemoglobin drop and melena; no MRN",
      TEAMS, [me], f"{hosp.full} mentioned you in Hospitalist Team B (chat)", H(html, "qp"))


@reg
def lab14():
    d = when(hour=7)
    uro = staff("md", "Urology")
    p = Patient("M", 59, "vietnamese")
    q = Patient("F", 44, "anglo")
    items = [(f"{md(d)} 06:12", "Lab, Background", f"Result Note - {p.LF} (DOB {p.dobn}): PSA, total 8.7 ng/mL (H); "
              "prior 5.1 ng/mL (12 mo). Free PSA 9% (L)."),
             (f"{md(d)} 06:12", "Lab, Background", f"Result Note - {q.LF} (DOB {q.dobn}): Urinalysis with reflex "
              "culture: >100,000 CFU/mL Escherichia coli, ESBL POSITIVE. Resistant: ceftriaxone, levofloxacin. "
              "Susceptible: nitrofurantoin, fosfomycin.")]
    html = inbasket_html("Results - Abnormal", 2, items,
                         note="High priority results are sent to e-mail per the urology department notification rule.")
    M("lab_result", "Epic In Basket e-mail digest with two abnormal result notes (PSA, ESBL urine culture) by name and DOB; no MRN",
      EPIC, [uro], "In Basket: 2 new Results - Abnormal", H(html, "qp"))


@reg
def lab15():
    d = when()
    mls = staff("mls", "Core Laboratory")
    an = staff("it", "Laboratory Information Systems", title="LIS Analyst")
    rn = staff("rn", "3 North")
    p = Patient("F", 55, "black")
    num = inc()
    fields = [("Number", num), ("Caller", mls.full), ("Category", "Clinical Applications > Laboratory > Interface"),
              ("Impact", "2 - Moderate"), ("Urgency", "1 - High"), ("Priority", "P2"),
              ("Assignment group", "LIS - Interfaces"), ("Assigned to", an.full), ("State", "In Progress"),
              ("Configuration item", "Sunquest-to-Epic Results Interface (ORU)")]
    desc = (f"Potassium result for {p.full} (MRN {p.mrn}, DOB {p.dobs}), 3 North bed 14, is verified in "
            f"Sunquest at {md(d)} 08:42 (K 5.9 mmol/L, H) but did not file to Epic. Nurse {rn.first} {rn.last} "
            "called the lab because the chart still shows the 05:00 value (4.8). Result was phoned to the floor. "
            "Other results on the same accession (Na 137, Cr 1.9) also missing.")
    comments = [(an.full, f"{mdy(d)} 09:31", "Found the ORU in the engine error queue - OBX-5 had a trailing "
                 "comment that exceeded the field length. Resent manually, K 5.9 filed to Epic 09:29. "
                 "Opening a problem record for the length limit.")]
    intro = [f"{num} has been updated. A comment has been added by {an.full}."]
    html = sn_html("Riverside IT Service Desk", f"Incident {num} - Lab result not crossing to Epic", intro, fields,
                   desc, comments, ref=snref())
    M("lab_result", "ServiceNow incident notification: a named patient's potassium with MRN and DOB stuck in the results interface",
      SNOW, [mls], f"Incident {num} has been updated", ALT(T(sn_text(f"Incident {num} - Lab result not crossing to Epic", intro, fields, desc, comments), "qp"), H(html, "qp")))


@reg
def lab16():
    d = when()
    an = staff("it", "Laboratory Information Systems", title="LIS Build Analyst")
    path = staff("path", "Clinical Pathology", title="Medical Director, Chemistry")
    p = Patient("M", 17, "hispanic")
    key = f"LIS-{R.randint(1200, 1999)}"
    fields = [("Type", "Bug"), ("Priority", "High"), ("Status", "In Review"), ("Assignee", an.full),
              ("Reporter", path.full), ("Components", "Reference ranges"), ("Labels", "pediatrics, alkphos")]
    bodyt = (f"Pediatric alkaline phosphatase is being flagged against the adult range. Example from today: {p.full} "
             f"(MRN {p.mrn}, DOB {p.dobs}, {p.age} y male) ALP 318 U/L flagged H (adult range 40-129). For a "
             "17-year-old male the age-specific range is 82-331 U/L, so this should not have flagged, and the "
             "ordering office already called the family about a 'high liver test'.\n\n"
             "Please correct the age-partitioned ranges in the test build (ALKP, ALKP-ISO) and re-flag results "
             "filed since the 9/30 build move. Clinical follow-up with the ordering provider done by me.")
    comments = [(an.full, f"{mdy(d)} {hm(d)}", "Confirmed: the age partitions were dropped when the test was copied "
                 "to the new method code. Fix is in TST, moving to PRD tonight. 14 results need re-flagging, list in "
                 "the attachment on the ticket (restricted).")]
    M("lab_result", "Jira bug notification quoting a named adolescent's ALP result with MRN and DOB to show a reference-range flag error",
      JIRA, [path], f"[JIRA] ({key}) Pediatric ALP flagged against adult range",
      ALT(T(jira_text(key, "Pediatric ALP flagged against adult range", an.full, "commented on an issue", fields, bodyt, comments), "qp"),
          H(jira_html(key, "Pediatric ALP flagged against adult range", an.full, "commented on an issue", fields, bodyt, comments), "qp")),
      extra=[JIRA_FP()])


@reg
def lab18():
    d = when()
    p = Patient("F", 72, "anglo")
    cs = ext_person(NRL, "F")
    pcp = staff("md", "Internal Medicine")
    coll = later(-4)
    acc = f"NG{digits(8)}"
    obs = [("14685-3", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 148, "pg/mL", "L", "232-1245"),
           ("2284-8", "Folate [Mass/volume] in Serum or Plasma", 9.8, "ng/mL", "N", ">5.8"),
           ("13964-2", "Methylmalonate [Moles/volume] in Serum or Plasma", 0.71, "umol/L", "H", "0.00-0.40"),
           ("718-7", "Hemoglobin [Mass/volume] in Blood", 10.9, "g/dL", "L", "11.7-15.5"),
           ("787-2", "MCV [Entitic volume] by Automated count", 104, "fL", "H", "80-100")]
    entries = [{"fullUrl": "urn:uuid:" + guid(), "resource": {
        "resourceType": "Patient", "id": "pt1", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7712.1", "value": f"NRL-{digits(7)}"}],
        "name": [{"family": p.last, "given": [p.first]}], "gender": "female", "birthDate": p.dobiso,
        "telecom": [{"system": "phone", "value": p.phone}],
        "address": [{"line": [p.street], "city": p.city, "state": "OH", "postalCode": p.zip}]}}]
    for code, disp, val, unit, flag, rr in obs:
        entries.append({"fullUrl": "urn:uuid:" + guid(), "resource": {
            "resourceType": "Observation", "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}]},
            "subject": {"reference": "Patient/pt1"}, "effectiveDateTime": coll.strftime("%Y-%m-%dT09:20:00-04:00"),
            "valueQuantity": {"value": val, "unit": unit, "system": "http://unitsofmeasure.org"},
            "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": flag}]}],
            "referenceRange": [{"text": rr}]}})
    bundle = {"resourceType": "Bundle", "id": acc, "type": "collection",
              "timestamp": d.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "entry": entries}
    blocks = [BANNER(), P(f"{pcp.dr},",
                          f"Results for your patient {p.first} {p.last} (accession {acc}) are attached in FHIR JSON, "
                          "as requested for import into your EHR. Vitamin B12 is low with an elevated "
                          "methylmalonic acid and a macrocytic anemia."),
              P("Please contact Client Services with any questions."), SIG(cs, ["Client Services | Northgate Reference Laboratory", f"{phone()}"]),
              ("footer", EXT_FOOTERS["lab"])]
    M("lab_result", "Inbound reference-lab FHIR Bundle (JSON) with a named patient's B12, MMA and CBC; no Riverside MRN",
      cs, [pcp], f"Results available - accession {acc}", MIX(outlook(blocks), ATT(f"{acc}.json", "application/fhir+json",
                                                                                     json.dumps(bundle, indent=2))), inbound=True)


@reg
def lab19():
    d = when()
    p = Patient("M", 34, "southasian")
    idc = staff("md", "Infectious Diseases")
    cs = ext_person(NRL, "M")
    coll = later(-3)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<LabReport xmlns="urn:northgatelab:results:v3" reportId="NG{digits(8)}" status="FINAL" issued="{d:%Y-%m-%dT%H:%M:%S}">
  <Performer lab="Northgate Reference Laboratory" clia="36D2093117"/>
  <OrderingProvider npi="{idc.npi}" name="{idc.last}, {idc.first}" practice="Riverside Infectious Diseases"/>
  <Patient>
    <Name family="{p.last}" given="{p.first}"/>
    <BirthDate>{p.dobiso}</BirthDate>
    <Sex>M</Sex>
    <Phone>{p.phone}</Phone>
  </Patient>
  <Specimen collected="{coll:%Y-%m-%d}T08:05:00" type="Whole blood, lithium heparin"/>
  <Test code="QFTP" name="QuantiFERON-TB Gold Plus">
    <Result analyte="TB1 antigen minus Nil" value="2.41" units="IU/mL"/>
    <Result analyte="TB2 antigen minus Nil" value="3.02" units="IU/mL"/>
    <Result analyte="Nil" value="0.08" units="IU/mL"/>
    <Result analyte="Mitogen minus Nil" value="&gt;10.00" units="IU/mL"/>
    <Interpretation flag="A">POSITIVE</Interpretation>
    <Comment>M. tuberculosis infection likely. A positive result does not distinguish latent from active disease.</Comment>
  </Test>
</LabReport>
"""
    blocks = [BANNER(), P(f"Dr. {idc.last},", f"The attached result for {p.full} is positive. Per our notification policy for "
                          "positive TB screening results we are also calling your office today."),
              SIG(cs, ["Northgate Reference Laboratory - Client Services"]), ("footer", EXT_FOOTERS["lab"])]
    M("lab_result", "Inbound reference-lab XML report: positive QuantiFERON for a named patient with DOB; no MRN",
      cs, [idc], "Positive result notification", MIX(outlook(blocks), ATT("QFT_result.xml", "application/xml", xml)),
      inbound=True)


@reg
def lab17():
    d = when()
    cnm = staff("np", "Riverside Women's Health", cred="CNM, MSN", title="Certified Nurse-Midwife")
    lnd = staff("rnm", "Labor & Delivery", title="L&D Nurse Manager")
    p = Patient("F", 29, "haitian")
    edd = later(24)
    rows = [["Test", "Result", "Date"], ["Blood type / Rh", "O negative", "06/12"], ["Antibody screen", "Negative", "06/12"],
            ["RhIG", "Given 28 wk", md(later(-70))], ["Rubella IgG", "NON-IMMUNE (<5 IU/mL)", "06/12"],
            ["HBsAg / HIV / RPR", "Neg / Neg / Nonreactive", "06/12"], ["1-hr GTT", "152 mg/dL (H)", md(later(-75))],
            ["3-hr GTT", "95 / 196 / 171 / 128 - 2 abnormal (GDM)", md(later(-68))],
            ["GBS (35-37 wk)", "POSITIVE - penicillin allergy (rash); clindamycin S, erythromycin R", md(later(-2))],
            ["Hgb", "10.4 g/dL", md(later(-2))]]
    blocks = [P(f"Hi {lnd.first},",
                f"Heads up for L&D - {p.full}, DOB {p.dob.month:02d}/{p.dob.day:02d}/\x01{p.dob.year}, G2P1, EDD "
                f"{mdy(edd)}, plans to deliver here and has a few things the admitting nurse should see before she "
                "comes in:"), TB(rows),
              P("Her GBS is positive with a non-anaphylactic penicillin allergy - clindamycin is susceptible, so "
                "intrapartum clindamycin 900 mg IV q8h. GDM is diet-controlled, fasting sugars 80s-90s. She'll need "
                "MMR postpartum and RhIG if baby is Rh positive."),
              P("Prenatal records are in Epic; this is just so it isn't missed on the board."), SIG(cnm), footer(0)]
    html = render_html(blocks)
    M("lab_result", "Outlook HTML-only prenatal lab table (GBS positive, rubella non-immune, GDM) with a span-split DOB; no MRN",
      cnm, [lnd], "Heads up - delivering here", H(html, "base64"))


@reg
def lab20():
    d = when()
    p = Patient("M", 52, "hispanic")
    ucp = ext_person("northfieldurgentcare.example.org", "F")
    pcp = staff("md", "Family Medicine")
    vis = later(-1)
    L = [("h", "NORTHFIELD URGENT CARE - LABORATORY REPORT"), "2218 Commerce Pkwy, Millbrook OH 43068   Phone (614) 555-0162", "",
         f"Patient: {p.full}          DOB: {p.dobs}          Sex: M", f"Visit: {mdy(vis)} 19:42          Provider: {ucp.full}, PA-C",
         f"PCP on file: {pcp.full}, MD (Riverside Family Medicine)", "",
         ("b", "COMPREHENSIVE METABOLIC PANEL"),
         ("m", "Sodium               134    mmol/L   136-145   L"),
         ("m", "Potassium            4.0    mmol/L   3.5-5.1"),
         ("m", "Chloride             99     mmol/L   98-107"),
         ("m", "CO2                  20     mmol/L   22-29     L"),
         ("m", "Glucose              248    mg/dL    70-99     H"),
         ("m", "BUN                  19     mg/dL    6-20"),
         ("m", "Creatinine           1.05   mg/dL    0.70-1.20"),
         ("m", "Calcium              9.1    mg/dL    8.6-10.2"),
         ("m", "Total bilirubin      1.9    mg/dL    0.1-1.2   H"),
         ("m", "AST                  88     U/L      10-40     H"),
         ("m", "ALT                  74     U/L      7-56      H"),
         ("m", "Alkaline phosphatase 131    U/L      40-129    H"),
         ("m", "Albumin              4.1    g/dL     3.5-5.2"), "",
         ("b", "LIPASE"),
         ("m", "Lipase               1,264  U/L      13-60     H"),
         ("b", "TRIGLYCERIDES"),
         ("m", "Triglycerides        1,880  mg/dL    <150      H"), "",
         "Clinical note: Epigastric pain radiating to back x 1 day. Transferred to Riverside ED by private vehicle",
         "per patient preference after discussion of risks. Report faxed and e-mailed to PCP.",
         ("s", "Performed on Abbott i-STAT / Piccolo Xpress point-of-care analyzers. CLIA waived/moderate complexity.")]
    att = pdf(L, title="Lab report", author="Northfield Urgent Care", creator="Experity EMR", producer="Experity PDF")
    blocks = [BANNER(), P(f"Dr. {pcp.last},", f"Your patient {p.full} was seen at our Millbrook location last night. "
                          "Labs attached - lipase and triglycerides are markedly elevated, consistent with "
                          "hypertriglyceridemia-induced pancreatitis. He went to Riverside ED. Please follow up."),
              SIG(ucp, ["Northfield Urgent Care"]),
              ("footer", "This e-mail and attachments may contain protected health information. HIPAA requires that "
                         "you keep it confidential. If you are not the intended recipient, delete it and notify us.")]
    M("lab_result", "Inbound urgent-care lab report PDF (uncompressed): lipase 1,264 and triglycerides 1,880 for a named patient; no MRN",
      ucp, [pcp], "Patient seen at Millbrook location - labs", MIX(outlook(blocks), ATT("NUC_labs.pdf", "application/pdf", att)),
      inbound=True, ext_tag=True)


@reg
def lab21():
    d = when()
    p = Patient("F", 47, "anglo")
    pcp = staff("md", "Internal Medicine")
    hep = staff("md", "Gastroenterology & Hepatology")
    labp = ext_person(NRL, "M")
    t0 = ago(60 * 26)
    inner_blocks = [P(f"Dr. {pcp.last},", f"This is a courtesy notification of a positive result for your patient "
                      f"{p.full} (DOB {p.dobs})."),
                    PRE("Hepatitis C Virus Antibody        REACTIVE\n"
                        "HCV RNA, Quantitative PCR         1,240,000 IU/mL  (log10 6.09)\n"
                        "HCV Genotype                      1a\n"
                        "Collected " + mdy(later(-6)) + "   Reported " + mdy(t0)),
                    P("Final report is available in the Northgate provider portal."),
                    SIG(labp, ["Client Services, Northgate Reference Laboratory"]), ("footer", EXT_FOOTERS["lab"])]
    inner = FWD(labp, [pcp], "Positive result notification", outlook(inner_blocks), t0)
    top = [P(f"Hi {hep.first},", f"Forwarding the HCV result on {p.title} - treatment-naive, no cirrhosis on exam, "
             "platelets 221. Could your clinic see her for DAA therapy? She's willing to start soon. I've ordered a "
             "FibroScan."), SIG(pcp)]
    M("lab_result", "Forwarded (message/rfc822) reference-lab notice of HCV RNA and genotype for a named patient with DOB; no MRN",
      pcp, [hep], "FW: Positive result notification", MIX(outlook(top), RFC(inner)))


@reg
def lab22():
    d = when()
    ma = staff("ma", "Riverside Primary Care - Fairview")
    pcp = staff("md", "Internal Medicine", sex="F")
    cov = staff("do", "Internal Medicine")
    p = Patient("M", 77, "hispanic")
    t1 = ago(95)
    t2 = t1 + dt.timedelta(seconds=4)
    subj = "Lab results - callback needed"
    orig = [P(f"{pcp.dr},", f"{p.full} (DOB {p.dobn}) - BMP from this morning: potassium 3.0 mmol/L (L), magnesium "
              "1.4 mg/dL (L), creatinine 1.3 (baseline 1.1). He's on furosemide 40 mg BID since the last visit. He "
              "called asking if he should keep taking the extra dose. Please advise."), SIG(ma, short=True)]
    oof = [P(f"Thank you for your message. I am out of the office until {dayname(later(4))} and will have limited "
             f"access to e-mail. For patient care questions please contact {cov.dr}, who is covering my In Basket, "
             "or call the Fairview office."), P(f"{pcp.cname}")]
    top = [P(f"{cov.dr} - {pcp.dr} is out (auto-reply below) and you're covering her In Basket. Can you look at "
             f"{p.title}'s potassium? He's waiting on a call back this afternoon."), SIG(ma)]
    body = chain((None, top), (HDR(pcp, [ma], "Automatic reply: " + subj, t2), oof), (HDR(ma, [pcp], subj, t1), orig))
    M("lab_result", "Results under quoted history that includes the PCP's automatic reply; MA forwards to the covering doctor (K 3.0, Mg 1.4)",
      ma, [cov], "FW: " + subj, outlook(body), depth=2)


@reg
def lab23():
    d = when()
    nav = staff("rn", "Breast Center", title="Oncology Nurse Navigator", cred="BSN, RN, OCN")
    surg = staff("md", "Breast Surgery")
    sw = staff("sw", "Cancer Center")
    p = Patient("F", 51, "arabic")
    st = later(2).replace(hour=12, minute=30, second=0)
    desc = "\n".join([
        f"Pre-brief before we meet with {p.full} and her husband at 1:00.", "",
        "Core biopsy, right breast 10:00, 4 cm FN (US-guided):",
        "- Invasive ductal carcinoma, Nottingham grade 2 (3+2+2)",
        "- ER positive (95%, strong), PR positive (60%, moderate), HER2 1+ (negative), Ki-67 18%",
        "- DCIS, intermediate grade, present",
        "Axillary US: one indeterminate node - FNA pending.", "",
        "She has asked for her sister to join by phone. Interpreter not needed.",
        "", teams_join()])
    body_blocks = [P(desc)]
    cal = ics(nav, [surg, sw], f"Pre-brief: results visit {p.last}", st, 20, "Breast Center huddle room 2 / Teams",
              desc)
    M("lab_result", "Meeting invite (text/calendar) whose description carries a named patient's breast biopsy pathology and receptors; no MRN",
      nav, [surg, sw], f"Pre-brief: results visit {p.last}",
      ALT(T(render_text(body_blocks), "qp"), H(render_html(body_blocks), "qp"), CAL(cal)))


@reg
def lab24():
    d = when()
    endo = staff("md", "Endocrinology")
    ext = ext_person(LAKE, "F")
    p = Patient("M", 39, "black")
    t0 = ago(60 * 22)
    quoted = [P(f"Hi {ext.first},", f"Following up on {p.full} (DOB {p.dobs}), whom your office referred. His labs "
                "from Monday:"),
              PRE("TSH                 <0.01 mIU/L   (0.27-4.20)\nFree T4             3.1 ng/dL     (0.9-1.7)\n"
                  "Total T3            286 ng/dL     (80-200)\nTRAb (TSI)          6.8 IU/L      (<0.55)"),
              P("This is Graves disease. I started methimazole 20 mg daily and propranolol 20 mg TID. Baseline CBC "
                "and LFTs were normal. We'll see him in 4 weeks with repeat labs. Could you let his cardiologist "
                "know? He mentioned palpitations."), SIG(endo, short=True)]
    text = render_text([P("Thank you, Dr. " + endo.last + ". We will forward to cardiology and update his med list here. "
                          "He called us this morning and already picked up the prescriptions."),
                        P(f"{ext.full}, RN", "Lakeview Family Medicine"),
                        GT(endo, t0, quoted)])
    M("lab_result", "Inbound reply from an outside practice with '>'-quoted thyroid results and new Graves treatment (QP); no MRN",
      ext, [endo], "Re: Referral follow-up", plain(text, "qp"), inbound=True, depth=1)


@reg
def lab25():
    d = when()
    rt = staff("rn", "Respiratory Care", cred="RRT", title="Respiratory Therapist")
    pul = staff("md", "Pulmonary & Critical Care")
    p = Patient("M", 66, "black")
    t0 = ago(25)
    orig = "\n".join([f"{pul.dr},", "",
                      f"ABG on {p.title}, 3 North room 318, drawn 10:05 on 2 L NC:",
                      "  pH 7.28 / pCO2 62 / pO2 58 / HCO3 29 / SaO2 88%",
                      "Baseline from his last admission: pCO2 48. He's more somnolent than at 8 AM, following "
                      "commands. RR 24. Home BiPAP settings 14/6.", "",
                      "Do you want him on BiPAP now, and should I call the rapid response team?", "",
                      f"{rt.first} {rt.last}, RRT", f"ext. 4-{digits(4)}"])
    top = "\n".join(["Yes - BiPAP 14/6, FiO2 to keep sats 88-92%, repeat ABG in 1 hour. I'm on my way up. Call RRT "
                     "if he doesn't improve or can't protect his airway.", "", pul.dr, "", "",
                     "-----Original Message-----", f"From: {rt.ol}", f"Sent: {sent(t0)}", f"To: {pul.ol}",
                     "Subject: ABG 318", "", orig])
    M("lab_result", "'-----Original Message-----' plain reply: ABG for a patient named by title and room (7bit); no MRN",
      pul, [rt], "RE: ABG 318", plain(top, "7bit"), depth=1, importance="High")


@reg
def lab26():
    d = when()
    ob = staff("md", "Obstetrics & Gynecology", sex="F")
    rn = staff("rn", "Riverside Women's Health")
    p = Patient("F", 31, "westafrican")
    t0 = ago(50)
    quoted = [P(f"Hi {ob.dr},", f"{p.full}'s quantitative hCG came back 1,840 mIU/mL (was 1,120 on "
                f"{md(d - dt.timedelta(days=2))}) - a 64% rise in 48 hours. TVUS this morning: no intrauterine pregnancy seen, "
                "no adnexal mass, small amount of free fluid. She still has mild left-sided cramping, no bleeding. "
                "Vitals stable. She's asking what's next and whether she can go to work tomorrow."),
              P(f"Callback number {p.phone}."), P(rn.first)]
    text = render_text([P("Saw it. Will call her this afternoon - likely repeat hCG Thursday + US, strict ED "
                          "precautions. Ok for work."), P("Sent from my iPhone"), GT(rn, t0, quoted, "iphone")])
    M("lab_result", "Mobile reply ('Sent from my iPhone') above a '>'-quoted hCG trend and ultrasound for a patient of unknown location (QP); no MRN",
      ob, [rn], "Re: hCG result", plain(text, "qp"), depth=1, xmailer="iPhone Mail (22A3354)")


@reg
def lab27():
    d = when()
    nn = staff("np", "Newborn Nursery", cred="APRN, NNP-BC", title="Neonatal Nurse Practitioner")
    ped = ext_person("brightstartpeds.example.org", "M")
    mom = Patient("F", 27, "haitian")
    birth = later(-2).replace(hour=3, minute=18)
    blocks = [P(f"Dr. {ped.last},",
                f"Your newborn patient Baby Girl {mom.last} (mother {mom.full}), born {mdy(birth)} at 03:18, "
                "39w1d, had a total serum bilirubin of 14.8 mg/dL at 52 hours of life, which is above the AAP 2022 "
                "phototherapy threshold for her (no neurotoxicity risk factors, threshold 14.3). Direct bilirubin "
                "0.4. Mother O+, baby A+, DAT negative. Hgb 17.9, retic 4.1%."),
              P("We started phototherapy and will keep her tonight; repeat TSB at 06:00. If she is discharged "
                "tomorrow, she will need a bilirubin check and visit within 24-48 hours. Breastfeeding well, weight "
                "down 6.8% from birth weight."),
              P("Please call the nursery with questions."), SIG(nn), footer(0)]
    office = Box("Bright Start Pediatrics - Front Desk", "frontdesk@brightstartpeds.example.org")
    t0 = ago(2)
    auto = [BANNER(), P("Thank you for contacting Bright Start Pediatrics. This mailbox is checked Monday-Friday, 8 AM to "
                        "5 PM. Your message below has been forwarded to the provider's clinical team."),
            P("If this is about a newborn who needs to be seen within 24 hours, please also call our nurse line at "
              "(937) 555-0190."), P("Bright Start Pediatrics"),
            HDR(nn, [ped], "Newborn follow-up - bilirubin", t0, style="orig")] + blocks
    M("lab_result", "Outside practice's automatic reply quoting our note: newborn (Baby Girl + mother's name) bilirubin above phototherapy threshold; no MRN",
      office, [nn], "Automatic reply: Newborn follow-up - bilirubin", outlook(auto), inbound=True, auto=True, depth=1)


@reg
def lab28():
    d = when()
    rn = staff("rn", "Anticoagulation Clinic", cred="RN", title="Anticoagulation Nurse")
    ph = staff("pharm", "Anticoagulation Clinic")
    cols = [("PATIENT", 24, "l"), ("DOB", 10, "l"), ("INDICATION", 18, "l"), ("GOAL", 7, "l"), ("INR", 5, "r"),
            ("DRAWN", 10, "l"), ("WEEKLY MG", 9, "r"), ("CHANGE", 26, "l"), ("NEXT", 10, "l")]
    ind = ["AF", "Mech MVR", "DVT/PE", "AF", "LV thrombus", "AF", "DVT", "Mech AVR", "AF"]
    goal = {"Mech MVR": "2.5-3.5"}
    rows = []
    for i in range(9):
        p = Patient(age=R.randint(45, 91))
        inr = round(R.uniform(1.4, 4.4), 1)
        ind_ = ind[i]
        g = goal.get(ind_, "2.0-3.0")
        ch = "none" if 2.0 <= inr <= 3.0 else ("hold x1, -10%" if inr > 3.0 else "+10%, boost x1")
        rows.append([p.LF, p.dobs, ind_, g, f"{inr:.1f}", mdy(later(-R.randint(0, 2))), str(R.choice([25, 30, 35, 37.5, 40, 45, 52.5])), ch,
                     mdy(later(R.randint(5, 28)))])
    rpt = "\n".join(["RIVERSIDE ANTICOAGULATION CLINIC - DAILY INR LOG", f"Run date: {mdy(d)}   Pharmacist of record: {ph.full}", "",
                     fixed(cols, rows), "", f"Total patients: {len(rows)}   Out of range: "
                     f"{sum(1 for r in rows if r[7] != 'none')}", "", "Generated by report ANTICOAG_DAILY_LOG v3"])
    text = "\n".join([f"{ph.first},", "", "Daily INR log attached (fixed-width export, open in Notepad so the columns "
                      "line up). I've called the out-of-range patients except the last two - can you sign off the dose "
                      "changes before 3?", "", rn.cname])
    M("lab_result", "Fixed-width TXT anticoagulation log: nine named patients with DOB, INR and warfarin changes; no MRN",
      rn, [ph], "INR log", MIX(T(text, "7bit"), ATT(f"INR_log_{d:%Y%m%d}.txt", "text/plain", rpt)))


@reg
def lab29():
    d = when()
    mls = staff("mls", "Microbiology")
    ip = staff("rn", "Infection Prevention", cred="MSN, RN, CIC", title="Infection Preventionist")
    p = Patient("M", 64, "filipino")
    coll = later(-3)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Microbiology Report</title>
<style>body{{font-family:Arial;font-size:10pt}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:2px 6px}}</style></head>
<body>
<h3>RIVERSIDE LABORATORY SERVICES - MICROBIOLOGY</h3>
<p>Patient: <b>{esc(p.LF)}</b> &nbsp; MRN: {p.mrn} &nbsp; DOB: {p.dobs} &nbsp; Location: 7 North 7N-22</p>
<p>Accession: M{coll:%y}-{digits(5)} &nbsp; Source: Sputum, expectorated &nbsp; Collected: {mdy(coll)} 07:40</p>
<p>Gram stain: Many PMNs, few squamous epithelial cells. Many gram-negative rods.</p>
<p><b>Organism:</b> Klebsiella pneumoniae - CARBAPENEM RESISTANT (CRE). Carbapenemase PCR: KPC DETECTED.</p>
<table>
<tr><th>Antibiotic</th><th>MIC</th><th>Interp</th></tr>
<tr><td>Ampicillin/sulbactam</td><td>&gt;=32</td><td>R</td></tr>
<tr><td>Piperacillin/tazobactam</td><td>&gt;=128</td><td>R</td></tr>
<tr><td>Ceftriaxone</td><td>&gt;=64</td><td>R</td></tr>
<tr><td>Cefepime</td><td>&gt;=32</td><td>R</td></tr>
<tr><td>Meropenem</td><td>&gt;=16</td><td>R</td></tr>
<tr><td>Ceftazidime/avibactam</td><td>2</td><td>S</td></tr>
<tr><td>Meropenem/vaborbactam</td><td>1</td><td>S</td></tr>
<tr><td>Gentamicin</td><td>&lt;=1</td><td>S</td></tr>
<tr><td>Ciprofloxacin</td><td>&gt;=4</td><td>R</td></tr>
<tr><td>Trimethoprim/sulfamethoxazole</td><td>&gt;=320</td><td>R</td></tr>
</table>
<p>Contact precautions required. Infection Prevention notified {mdy(d)} {d:%H:%M}.</p>
</body></html>
"""
    top = [P(f"{ip.first},", f"New CRE (KPC) from sputum on 7 North, report attached. {p.title} has been on the unit "
             "since admission six days ago; roommate was moved to a private room this morning. Isolation sign is up."),
           SIG(mls), footer(1)]
    M("lab_result", "Microbiology report exported as an HTML attachment (KPC-producing Klebsiella) with name, MRN and DOB",
      mls, [ip], "CRE - 7 North", MIX(outlook(top), ATT("Micro_Report.html", "text/html", html)), importance="High")


@reg
def lab30():
    d = when()
    q = staff("rn", "Quality & Patient Safety", cred="MSN, RN, CPHQ", title="Quality Specialist")
    md_ = staff("md", "Critical Care", title="M&M Committee Chair")
    p = Patient("F", 58, "anglo")
    hdr = ["MRN", "Patient", "Unit", "Bed", "Date/Time", "Temp C", "HR", "RR", "SBP", "DBP", "MAP", "SpO2", "FiO2",
           "GCS", "UOP mL/h", "Lactate", "WBC", "Hgb", "Plt", "Creat", "K", "Glucose", "Vasopressor", "Dose"]
    rows = [hdr]
    t = later(-5).replace(hour=14, minute=0)
    lac = 1.8
    for i in range(10):
        lac = round(lac + R.uniform(0.1, 0.6), 1)
        rows.append([p.mrn, p.LF, "4W ICU", "4W-03", t.strftime("%m/%d/%Y %H:%M"), f"{R.uniform(37.6, 39.4):.1f}",
                     str(R.randint(104, 132)), str(R.randint(20, 32)), str(R.randint(78, 102)), str(R.randint(40, 58)),
                     str(R.randint(55, 70)), str(R.randint(88, 96)), R.choice(["0.40", "0.50", "0.60"]),
                     str(R.randint(11, 15)), str(R.randint(10, 45)), f"{lac}", f"{R.uniform(17, 26):.1f}",
                     f"{R.uniform(8.9, 10.5):.1f}", str(R.randint(88, 140)), f"{R.uniform(1.4, 2.6):.2f}",
                     f"{R.uniform(3.6, 5.4):.1f}", str(R.randint(140, 260)), "norepinephrine" if i > 3 else "",
                     f"{0.04 * (i - 3):.2f} mcg/kg/min" if i > 3 else ""])
        t += dt.timedelta(hours=2)
    text = "\n".join([f"{md_.dr},", "", f"Flowsheet export for the M&M case ({p.title}, 4W-03) is attached - vitals, labs "
                      "and pressor doses in 2-hour rows from the first SIRS criteria through the rapid response. "
                      "Please keep it in the committee folder only; it is identifiable.", "", q.cname])
    M("lab_result", "Wide ICU flowsheet CSV (24 columns) for one patient with MRN: vitals, lactate, WBC, pressors, for M&M review",
      q, [md_], "M&M case flowsheet", MIX(T(text, "qp"), ATT("flowsheet_export.csv", "text/csv", csv_bytes(rows))))


# ====================================================================================================
# referral (5)
# ====================================================================================================
@reg
def ref01():
    d = when()
    co = staff("coord", "Riverside Heart & Vascular", title="Referral Coordinator")
    ext = ext_person(LAKE, "F")
    pcp = ext_person(LAKE, "M")
    p = Patient("F", 67, "korean")
    t0 = ago(60 * 20)
    q = [BANNER(), P("Good afternoon,", f"Dr. {pcp.last} would like cardiology to see {p.full} for new-onset atrial "
                     "fibrillation found at her annual visit. Rate 96-110, asymptomatic except mild fatigue. "
                     f"CHA2DS2-VASc 3 (age, female, HTN). He started metoprolol succinate 25 mg daily and apixaban "
                     "5 mg BID. Echo has not been done yet."),
         P("She prefers the Westbury office and mornings. Her daughter will bring her. Can you let us know the "
           "appointment date?"), P(f"Thank you,", ext.full, "Referral Desk, Lakeview Family Medicine"),
         ("footer", "Lakeview Family Medicine - this message may contain confidential health information.")]
    top = [P(f"Hi {ext.first},", f"We have {p.first} {p.last} scheduled with Dr. Nakamura's team at Westbury on "
             f"{dayname(later(9))} {md(later(9))} at 9:20 AM (new patient, arrive 8:50), with an echo the same "
             "morning at 8:00. I left a voicemail for her daughter as well."),
           P("Could you fax or send the last office note and the ECG tracing before the visit?"), SIG(co), footer(2)]
    body = chain((None, top), (HDR(ext, [co], "Cardiology referral", t0), q))
    M("referral", "Reply chain: outside PCP's cardiology referral for new AF (named, no identifiers) and the coordinator's scheduling reply",
      co, [ext], "RE: Cardiology referral", outlook(body), depth=1)


@reg
def ref02():
    d = when()
    p = Patient("M", 48, "euro")
    ortho = ext_person("crestviewortho.example.org", "M")
    co = staff("coord", "Riverside Spine Center", title="Intake Coordinator")
    L = [("h", "CRESTVIEW ORTHOPAEDICS & SPORTS MEDICINE"), "410 Station Rd, Westbury OH 43026  |  Fax (614) 555-0177", "",
         ("b", "REFERRAL / CONSULTATION REQUEST"), "",
         f"To: Riverside Spine Center - Neurosurgery            Date: {mdy(d)}",
         f"Referring provider: {ortho.full}, MD    NPI: {npi()}", "",
         f"Patient: {p.full}        DOB: {p.dobs}        Sex: Male",
         f"Address: {p.addr1}", f"Phone: {p.phone}", "Insurance: Bluestem PPO (card copy attached on page 2)", "",
         ("b", "Reason for referral"), "Lumbar radiculopathy, right L5, with progressive weakness",
         "ICD-10-CM: M54.16 Radiculopathy, lumbar region;  M51.26 Other intervertebral disc displacement, lumbar", "",
         ("b", "History"), "48-year-old carpenter, 10 weeks of right buttock/leg pain after lifting. Failed 6 weeks PT,",
         "NSAIDs and a medrol dose pack. Right L4-5 transforaminal ESI on " + mdy(later(-21)) + " gave 2 days of relief.",
         "New right EHL and ankle dorsiflexion weakness 4/5 over the last 2 weeks. No bowel/bladder symptoms.", "",
         ("b", "Imaging"), "MRI L-spine " + mdy(later(-30)) + ": large right paracentral extrusion at L4-5 with caudal migration,",
         "severe right lateral recess stenosis compressing the traversing right L5 nerve root.", "",
         ("b", "Urgency"), "Urgent - please see within 2 weeks (progressive motor deficit).", "",
         "Signature: " + ortho.full + ", MD (electronically signed)",
         "---", ("b", "Page 2 - insurance card copy"), "Bluestem Health Plans PPO", f"Member: {p.full.upper()}",
         "Group: 00418-CARPENTERS LOCAL", "Rx BIN 610014"]
    att = pdf(L, flate=True, title="Referral", author="Crestview Orthopaedics", creator="Kofax eCopy",
              producer="eCopy PDF 9.4")
    blocks = [BANNER(), P("Please see the attached urgent referral. Patient has been told to expect your call."),
              P(ortho.full, "Crestview Orthopaedics"), ("footer", EXT_FOOTERS["vendor"].replace("This message is not intended to contain protected health information (PHI); please do not send PHI to this address. ", ""))]
    M("referral", "Inbound outside-orthopedics referral form (flate PDF) for lumbar radiculopathy with name, DOB, address, ICD-10",
      ortho, [co], "Urgent referral - spine", MIX(outlook(blocks), ATT("Referral_Crestview.pdf", "application/pdf", att)),
      inbound=True, ext_tag=True)


@reg
def ref03():
    d = when()
    pcp = staff("md", "Internal Medicine")
    gi = staff("md", "Gastroenterology")
    p = Patient("M", 56, "westafrican")
    msgs = [(pcp.full, hm(d - dt.timedelta(minutes=3)),
             f"@{gi.full} could your clinic see {p.full} in the next couple of weeks? Iron deficiency anemia "
             "(Hgb 9.8, ferritin 6) and a positive FIT last month. No prior colonoscopy. No anticoagulants."),
            (pcp.full, hm(d), "He's a bus driver so early morning slots are best. I placed the referral in Epic, just "
                              "want to make sure it doesn't sit in the work queue.")]
    html = teams_html(pcp.full, "GI - Primary Care referrals (channel)", msgs)
    M("referral", "Teams mention e-mail asking GI to see a named patient with iron-deficiency anemia and positive FIT",
      TEAMS, [gi], f"{pcp.full} mentioned you in GI - Primary Care referrals", H(html, "base64"))


@reg
def ref04():
    d = when()
    p = Patient("F", 9, "eastafrican")
    mom = ext_person("mail.example.net", "F", "eastafrican")
    chc = ext_person("eastsidechc.example.org", "F")
    co = staff("coord", "Pediatric Neurology", title="Intake Coordinator")
    neu = staff("md", "Pediatric Neurology")
    t0 = ago(60 * 28)
    inner_blocks = [P("To the Pediatric Neurology intake team,",
                      f"We are referring {p.full}, age {p.age}, for evaluation of new-onset seizures. Her mother, "
                      f"{mom.full}, reports two episodes in the past month of staring with lip-smacking lasting about "
                      "one minute, followed by confusion and sleepiness. The second episode happened at school. No "
                      "fever. Development normal, 3rd grade, good student."),
                    P("Exam today is normal. We have not started medication. EEG and MRI have not been done. Family "
                      "speaks Somali; mother prefers an interpreter for visits."),
                    P("Please call mother to schedule. Thank you."),
                    P(f"{chc.full}, MD", "Eastside Community Health Center - Pediatrics")]
    inner = FWD(chc, [co], "Referral - new onset seizures", outlook(inner_blocks), t0)
    top = [P(f"{neu.dr}, this came to the intake mailbox. First available new-seizure slot is "
             f"{dayname(later(6))} with you - OK to book and order the EEG ahead? Somali interpreter requested."),
           SIG(co)]
    M("referral", "Forwarded (rfc822) community health center referral of a named child with new seizures; no identifiers",
      co, [neu], "FW: Referral - new onset seizures", MIX(outlook(top), RFC(inner)))


@reg
def ref05():
    d = when()
    ed = staff("md", "Emergency Medicine")
    surg = staff("md", "General Surgery - Breast", sex="F")
    p = Patient("F", 34, "hispanic")
    t0 = ago(35)
    quoted = [P(f"Hi {surg.dr},", f"Could your clinic see {p.full} tomorrow or Thursday? 34F, 3 weeks postpartum, "
                "breastfeeding, left breast abscess ~3 cm on US today. I did a bedside aspiration (12 mL pus, sent for "
                "culture), started cephalexin 500 mg QID, she's afebrile and well appearing. She needs surgical "
                "follow-up in 24-48h for possible repeat aspiration."), P(f"Her cell is {p.phone}."),
              P(ed.dr, "Riverside ED")]
    text = render_text([P("Yes send her over - tell her to call 555-0148 first thing, we'll squeeze her in at 8."),
                        P("Sent from my iPhone"), GT(ed, t0, quoted, "iphone")])
    M("referral", "Mobile 'yes send her over' above a '>'-quoted ED request for surgical follow-up of a breast abscess (QP)",
      surg, [ed], "Re: Breast abscess f/u", plain(text, "qp"), depth=1, xmailer="iPhone Mail (22A3354)")


# ====================================================================================================
# clinical_note (5)
# ====================================================================================================
@reg
def note01():
    d = when()
    cdi = staff("rn", "Clinical Documentation Integrity", cred="RN, CCDS", title="CDI Specialist")
    hosp = staff("hosp", "Hospital Medicine")
    p = Patient("M", 73, "anglo")
    t0 = ago(80)
    orig = "\n".join([f"{hosp.dr},", "",
                      f"Query re: {p.full}, 5 East, admitted {md(later(-3))}. Your progress note documents 'respiratory "
                      "failure' with SpO2 84% on room air, RR 30, ABG pCO2 68/pH 7.27 and BiPAP started. Can you "
                      "clarify the acuity and type (acute, chronic, acute on chronic; hypoxic and/or hypercapnic)?",
                      "", cdi.cname])
    note = "\n".join([
        "Agree, I updated the note. Here is what's in today's progress note so you can close the query:", "",
        f"PROGRESS NOTE - Hospital Medicine - {mdy(d)}",
        f"{p.full}, {p.age} y.o. male, hospital day 4", "",
        "S: Breathing better, off BiPAP since last night, now 2 L NC. Cough productive, less purulent.",
        "O: T 37.1, HR 88, BP 134/78, RR 20, SpO2 91% 2 L. Scattered expiratory wheezes, no crackles. "
        "Mild bilateral ankle edema. BNP 640. Repeat ABG 7.36/52/68.", "",
        "A/P:",
        "1. Acute on chronic hypoxic and hypercapnic respiratory failure (J96.21, J96.22) due to COPD "
        "exacerbation (J44.1) - improving. Prednisone 40 mg day 4/5, azithromycin day 4/5, duonebs q4h. Wean O2 "
        "to home 2 L.",
        "2. Acute on chronic diastolic heart failure (I50.33) - furosemide 40 mg IV BID, net -1.8 L; transition to "
        "PO tomorrow.",
        "3. Type 2 diabetes with hyperglycemia (E11.65) from steroids - sliding scale + glargine 12 units.",
        "4. Tobacco use (F17.210) - nicotine patch 21 mg, cessation counseling done.", "",
        "Dispo: anticipate home with home health in 1-2 days.", "", hosp.dr])
    text = note + "\n\n" + hdr_text({"frm": cdi, "to": [hosp], "subject": "CDI query - respiratory failure specificity",
                                     "date": t0}, "outlook") + "\n\n" + orig + "\n"
    M("clinical_note", "Progress note with ICD-10-CM codes pasted into a reply to a CDI query, Outlook plain-text history (QP)",
      hosp, [cdi], "RE: CDI query - respiratory failure specificity", plain(text, "qp"), depth=1)


@reg
def note02():
    d = when()
    p = Patient("F", 38, "southasian")
    neu = ext_person("valleyneurology.example.org", "M")
    pcp = staff("md", "Family Medicine")
    vis = later(-5)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Consult Note</title>
<style>body{{font-family:'Segoe UI',Arial;font-size:10pt;margin:24px}} h2{{font-size:13pt}} .hdr td{{padding:1px 12px 1px 0}}</style></head>
<body>
<h2>Valley Neurology Associates - Outpatient Consultation</h2>
<table class="hdr"><tr><td>Patient:</td><td>{esc(p.full)}</td><td>DOB:</td><td>{p.dobs}</td></tr>
<tr><td>Date of service:</td><td>{mdy(vis)}</td><td>Referring:</td><td>{esc(pcp.full)}, MD</td></tr>
<tr><td>Consultant:</td><td>{esc(neu.full)}, MD</td><td>Visit type:</td><td>New patient</td></tr></table>
<h3>Reason for consultation</h3><p>Chronic migraine without aura, not intractable, refractory to two preventives.</p>
<h3>History of present illness</h3>
<p>{p.first} is a {p.age}-year-old right-handed woman with migraine since adolescence, now 18 headache days per month
(12 migraine days) for the past 8 months. Failed topiramate (cognitive slowing at 100 mg/day) and amitriptyline
(weight gain, drowsiness). Uses sumatriptan 100 mg about 10 days/month and ibuprofen most other days.
Headache diary reviewed. No red flags. Normal neurologic exam. MRI brain ({mdy(later(-60))}) normal.</p>
<h3>Assessment</h3>
<ol><li>Chronic migraine without aura, without status migrainosus (G43.709)</li>
<li>Medication overuse headache (G44.41)</li></ol>
<h3>Plan</h3>
<ul><li>Start erenumab 70 mg SC monthly (prior authorization submitted)</li>
<li>Limit acute treatment to 2 days/week; naproxen 500 mg for rescue instead of daily ibuprofen</li>
<li>Magnesium oxide 400 mg daily, riboflavin 400 mg daily</li>
<li>Return in 3 months with headache diary; consider onabotulinumtoxinA if inadequate response</li></ul>
<p>Thank you for this referral.</p>
<p>Electronically signed: {esc(neu.full)}, MD {mdy(vis)} 16:42</p>
</body></html>
"""
    blocks = [BANNER(), P(f"Dr. {pcp.last},", "Please find attached the consultation note for your patient seen in our "
                          "clinic. A copy has been sent to the patient portal."), P(neu.full, "Valley Neurology Associates"),
              ("footer", "CONFIDENTIAL: contains protected health information (PHI) under HIPAA. If received in error, "
                         "notify the sender and destroy all copies.")]
    M("clinical_note", "Inbound outside neurology consult note as an HTML attachment (chronic migraine, G43.709/G44.41), name + DOB",
      neu, [pcp], "Consult note", MIX(outlook(blocks), ATT("ConsultNote.html", "text/html", html)), inbound=True)


@reg
def note03():
    d = when()
    vend = Box("ScribeLink Transcription", "noreply@scribelink.example.org")
    ed = staff("md", "Emergency Medicine")
    p = Patient("M", 23, "black")
    job = f"J{digits(7)}"
    note = "\n".join([
        "EMERGENCY DEPARTMENT PROVIDER NOTE", f"Job #: {job}   Dictated: {mdy(d)} 02:41   Transcribed: {mdy(d)} 04:10",
        f"Patient: {p.LF}   DOB: {p.dobs}", f"Attending: {ed.LF} MD", "",
        "CHIEF COMPLAINT: Stab wound to left forearm.", "",
        "HISTORY OF PRESENT ILLNESS: The patient is a 23-year-old male who presents by private vehicle approximately "
        "30 minutes after sustaining a single stab wound to the volar left forearm during an altercation. He reports "
        "numbness of the thumb and index finger. Tetanus status unknown. Denies other injuries. Alcohol use tonight.",
        "", "PHYSICAL EXAMINATION: BP 142/88, HR 104, RR 18, SpO2 99%. 3 cm laceration volar left forearm, 6 cm "
        "proximal to the wrist crease, bleeding controlled with pressure. Decreased two-point discrimination in the "
        "median nerve distribution. FDS/FDP intact to the index finger, weak thumb flexion. Radial pulse 2+.", "",
        "MEDICAL DECISION MAKING: Concern for median nerve and FPL injury. X-ray negative for foreign body. Wound "
        "irrigated, loosely approximated. Tdap given. Cefazolin 2 g IV. Hand surgery consulted, will see in clinic "
        "within 72 hours for exploration and repair.", "",
        "DIAGNOSES: 1. Laceration without foreign body of left forearm (S51.812A). 2. Injury of median nerve at "
        "forearm level, left arm (S54.12XA). 3. Assault by knife (X99.1XXA).", "",
        "DISPOSITION: Discharged with splint, cephalexin, hand clinic follow-up. Police report filed by patient.",
        "", "<<Dictated but not read>>"])
    blocks = [BANNER(), P(f"Dr. {ed.last},", f"The transcription for job {job} is complete and attached for your review "
                          "and signature. Please sign in Epic within 72 hours."),
              P("ScribeLink Transcription Services"),
              ("footer", "ScribeLink is a HIPAA business associate of Riverside Health. This message contains protected "
                         "health information; do not forward.")]
    M("clinical_note", "Inbound transcription-vendor e-mail with an ED provider note (TXT) for a named patient, with ICD-10 codes",
      vend, [ed], f"Transcription complete - job {job}", MIX(outlook(blocks), ATT(f"{job}.txt", "text/plain", note)),
      inbound=True)


@reg
def note04():
    d = when()
    psy = staff("md", "Consultation-Liaison Psychiatry")
    hosp = staff("hosp", "Hospital Medicine")
    sw = staff("sw", "Hospital Medicine")
    p = Patient("F", 26, "anglo")
    msgs = [(psy.full, hm(d - dt.timedelta(minutes=12)),
             f"Saw {p.full} in 8-21. Intentional acetaminophen ingestion (~40 x 500 mg) after a breakup; "
             "acetylcysteine day 2, LFTs peaking. She endorses ongoing SI without plan today, history of MDD and "
             "one prior attempt at 19. She is on a 1:1 sitter. Not safe for discharge."),
            (psy.full, hm(d - dt.timedelta(minutes=10)), "Dx: MDD, recurrent, severe w/o psychotic features (F33.2). "
             "Starting sertraline 25 mg. When medically cleared -> inpatient psych; she agrees to voluntary admission."),
            (hosp.full, hm(d - dt.timedelta(minutes=4)), "Thanks. ALT 2,140 this AM, INR 1.6 - hepatology following. "
                                                         "Likely another 48 h of NAC."),
            (sw.full, hm(d), "I'll start the psych bed search for Thursday and call her mom (she signed the release).")]
    html = teams_html(psy.full, "8 North consults (group chat)", msgs, kind="missed")
    M("clinical_note", "Teams unread-messages digest with a C-L psychiatry consult discussion about a named patient's overdose and SI",
      TEAMS, [hosp], "You have 4 unread messages in 8 North consults", H(html, "qp"))


@reg
def note05():
    d = when()
    coord = staff("coord", "Cancer Center", title="Tumor Board Coordinator")
    docs = [staff("md", "Medical Oncology"), staff("rad", "Radiology"), staff("path", "Pathology"),
            staff("md", "Thoracic Surgery"), staff("md", "Radiation Oncology")]
    pts = [Patient("M", 71, "anglo"), Patient("F", 64, "chinese"), Patient("M", 58, "hispanic")]
    st = later(R.randint(2, 6)).replace(hour=7, minute=0, second=0)
    desc = "\n".join([
        "Thoracic Multidisciplinary Tumor Board - case list", "",
        f"1. {pts[0].full} (DOB {pts[0].dobn}) - RUL spiculated 2.8 cm mass, PET avid SUV 11, N2 station 4R "
        "positive on EBUS. Adenocarcinoma, PD-L1 60%, EGFR/ALK negative. C34.11. Q: neoadjuvant chemo-IO vs "
        "definitive chemoradiation.",
        f"2. {pts[1].full} (DOB {pts[1].dobn}) - EGFR exon 19 deletion NSCLC, on osimertinib 14 months, new 1.1 cm "
        "left adrenal lesion. C34.32, C79.72. Q: biopsy vs SBRT.",
        f"3. {pts[2].full} (DOB {pts[2].dobn}) - 9 mm part-solid LLL nodule, growing from 6 mm over 18 months, "
        "ex-smoker 40 pack-years. R91.1. Q: wedge resection vs navigational bronchoscopy.", "",
        "Presenters: please have images and slides loaded by 06:45.", "", teams_join()])
    cal = ics(coord, docs, "Thoracic Tumor Board", st, 60, "Cancer Center Conf Rm B / Microsoft Teams", desc)
    blocks = [P(desc)]
    M("clinical_note", "Tumor-board meeting invite (text/calendar) listing three named patients with DOB, findings and ICD-10 codes",
      coord, docs, "Thoracic Tumor Board", ALT(T(render_text(blocks), "qp"), H(render_html(blocks), "qp"), CAL(cal)))


# ====================================================================================================
# discharge (5)
# ====================================================================================================
@reg
def dc01():
    d = when()
    cm = staff("cm", "Case Management")
    snf = ext_person("maplecrestcare.example.org", "F")
    hosp = staff("hosp", "Hospital Medicine")
    p = Patient("F", 84, "euro")
    adm = later(-6)
    t0 = ago(70)
    L = [("h", "RIVERSIDE MEDICAL CENTER - DISCHARGE SUMMARY"), "",
         f"Patient: {p.full}    DOB: {p.dobs}    Admit: {mdy(adm)}    Discharge: {mdy(d)}",
         f"Attending: {hosp.full}, {hosp.cred}    Disposition: Skilled nursing facility (Maple Crest Care Center)", "",
         ("b", "Principal diagnosis"), "Closed displaced intertrochanteric fracture of right femur (S72.141A) after a fall at home",
         ("b", "Secondary diagnoses"), "Postoperative acute blood loss anemia (D62); Hyponatremia (E87.1);",
         "Hypertension (I10); Osteoporosis (M81.0); Mild cognitive impairment (G31.84)", "",
         ("b", "Procedures"), f"{mdy(later(-5))}: Intramedullary nail fixation, right hip (Dr. Okafor, Orthopedics)", "",
         ("b", "Hospital course"),
         "Admitted after a mechanical fall. Underwent IM nailing on hospital day 2 without complication. Post-op Hgb",
         "nadir 7.6, transfused 1 unit PRBC with appropriate rise to 8.9. Sodium 128 on admission, improved to 134",
         "with fluid restriction; HCTZ discontinued. Brief post-op delirium night 2, resolved. Working with PT:",
         "ambulating 40 ft with rolling walker, min assist. Pain controlled on acetaminophen and low-dose oxycodone.", "",
         ("b", "Discharge medications"),
         "- Acetaminophen 1,000 mg PO q8h", "- Oxycodone 2.5 mg PO q6h PRN severe pain (5-day supply)",
         "- Enoxaparin 40 mg SC daily x 28 days (VTE prophylaxis)", "- Amlodipine 5 mg PO daily",
         "- Senna-docusate 8.6/50 mg 2 tabs nightly", "- Calcium carbonate/vitamin D3 600 mg/800 IU BID",
         "- STOPPED: hydrochlorothiazide 25 mg (hyponatremia)", "",
         ("b", "Follow-up"), "Orthopedics clinic in 2 weeks for staple removal and x-ray. BMP and CBC in 1 week at SNF.",
         "Consider zoledronic acid after vitamin D repletion - PCP/endocrine.", "",
         ("s", f"Electronically signed by {hosp.full}, {hosp.cred} on {mdy(d)}")]
    att = pdf(L, flate=True, title="Discharge Summary", author=hosp.full, creator="Epic Hyperspace",
              producer="Epic PDF Print Service")
    q = [BANNER(), P("Hi,", f"We accepted {p.full} for admission this afternoon. Could you please send the discharge "
                     "summary, med list and last 24 h of MAR before transport? Our nurse will call for report at 2:00."),
         P(snf.full, "Admissions, Maple Crest Care Center")]
    top = [P(f"Hi {snf.first},", "Discharge summary attached (includes the med list). MAR will follow by fax. Transport is "
             f"booked for 3:30 with Riverside Mobility, and her son will meet her there."), SIG(cm), footer(0)]
    body = chain((None, top), (HDR(snf, [cm], "Admission - Riverside referral", t0), q))
    M("discharge", "Reply to a SNF's request with the discharge summary (flate PDF): hip fracture, transfusion, discharge meds",
      cm, [snf], "RE: Admission - Riverside referral", MIX(outlook(body), ATT("Discharge_Summary.pdf", "application/pdf", att)),
      depth=1)


@reg
def dc02():
    d = when()
    rn = staff("rn", "Same Day Surgery", cred="BSN, RN")
    p = Patient("F", 41, "black")
    surg = staff("md", "General Surgery")
    blocks = [P(f"Hi {p.first},", "As you asked before you left today, here is a copy of your discharge instructions "
                f"after your laparoscopic gallbladder removal with {surg.dr}."),
              P("\x02Activity\x02", "- Walk several times a day. No lifting over 10 pounds for 2 weeks.",
                "- You may shower tomorrow. Pat the incisions dry; leave the skin glue alone - it will peel off."),
              P("\x02Medicines\x02", "- Acetaminophen 1,000 mg every 8 hours for 3 days, then as needed.",
                "- Ibuprofen 600 mg every 6 hours with food as needed.",
                "- Oxycodone 5 mg, 1 tablet every 6 hours only if needed for severe pain (8 tablets prescribed).",
                "- Ondansetron 4 mg dissolving tablet every 8 hours as needed for nausea.",
                "- Resume your lisinopril tomorrow morning."),
              P("\x02Diet\x02", "Start with light, low-fat meals. Avoid greasy food for a week."),
              P("\x02Call us\x02 at (614) 555-0129 for a fever over 101.5 F, yellow skin or eyes, worsening belly pain, "
                "or redness or drainage from the incisions."),
              P(f"\x02Follow-up\x02: post-op phone call in 2 days; clinic visit with {surg.dr} on {dayname(later(14))} "
                f"{md(later(14))}."), SIG(rn), footer(1)]
    M("discharge", "Outlook HTML discharge instructions e-mailed to the patient after laparoscopic cholecystectomy (named in To: and greeting)",
      rn, [p], "Your discharge instructions", outlook(blocks))


@reg
def dc03():
    d = when()
    box = Box("Riverside Care Transitions", f"caretransitions@{DOM}")
    pcp = ext_person(LAKE, "F")
    hosp = staff("hosp", "Hospital Medicine")
    p = Patient("M", 79, "japanese")
    adm = later(-4)
    text = "\n".join([
        "DISCHARGE NOTIFICATION - Riverside Medical Center", "",
        f"Dr. {pcp.last},", "",
        f"Your patient {p.full} (DOB {p.dobs}) was discharged home with home health on {mdy(d)}.", "",
        f"Admission: {mdy(adm)}   Length of stay: 4 days   Attending: {hosp.full}, {hosp.cred}",
        "Principal diagnosis: Sepsis due to Escherichia coli urinary tract infection (A41.51, N39.0)",
        "Other: Acute kidney injury (N17.9), resolved; Benign prostatic hyperplasia with urinary retention (N40.1, R33.9)",
        "", "Changes to medications:",
        "  NEW      cefpodoxime 200 mg PO BID through " + mdy(later(5)),
        "  NEW      tamsulosin 0.4 mg PO nightly",
        "  HOLD     lisinopril 10 mg until seen by PCP (AKI)",
        "  CONTINUE metoprolol tartrate 25 mg BID, atorvastatin 40 mg nightly", "",
        "Follow-up needed: PCP visit within 7 days with BMP; urology referral placed for voiding trial.",
        "Home health: Riverside Home Care (skilled nursing, PT) starting tomorrow.", "",
        "The full discharge summary is available in the Riverside provider portal.", "",
        "This notification is sent automatically to the primary care provider on file. It contains protected health "
        "information and is intended only for the patient's treating provider under HIPAA. If you are not this "
        "patient's PCP, reply 'NOT MY PATIENT' and delete this message."])
    M("discharge", "Automated discharge notification to the outside PCP (base64 text/plain): sepsis/UTI, med changes, follow-up",
      box, [pcp], "Discharge notification", plain(text, "base64"))


@reg
def dc04():
    d = when()
    cm = staff("cm", "Riverside Health Plan - Care Management", title="RN Care Manager")
    sup = staff("rnm", "Riverside Health Plan - Care Management", title="Care Management Supervisor")
    hie = Box("ClearWater HIE Alerts", "alerts@clearwaterhie.example.org")
    p = Patient("F", 62, "black")
    t0 = ago(60 * 3)
    inner_text = "\n".join([
        "ClearWater HIE - Encounter Notification Service", "", "Event: DISCHARGE (A03)",
        f"Facility: Mercy Valley Hospital (non-Riverside)   Discharged: {mdy(t0)} 11:20", "",
        f"Patient: {p.LF}   DOB: {p.dobs}   Sex: F", f"Health plan member ID: {p.member}",
        f"Address: {p.addr1}", "",
        "Admit reason: Shortness of breath", "Discharge diagnoses: I50.23 Acute on chronic systolic heart failure; "
        "N18.31 Chronic kidney disease stage 3a", "Disposition: Home", "", "Attending: Mercy Valley Hospitalist Group",
        "", "You are receiving this alert because the patient is attributed to your organization's panel. Alerts "
        "contain PHI and are sent under the HIE participation agreement (HIPAA treatment/operations)."])
    inner = FWD(hie, [cm], f"HIE Alert: Discharge - {p.last.upper()}", T(inner_text, "7bit"), t0)
    top = [P(f"{sup.first} - FYI, one of our high-risk HF members was discharged from Mercy Valley today, second "
             "admission in 60 days. I'm calling her tomorrow for the TCM outreach and will get her in with heart "
             "failure clinic within 7 days."), SIG(cm)]
    M("discharge", "Forwarded HIE discharge alert (rfc822) for a plan member: HF admission at an outside hospital, member id",
      cm, [sup], f"FW: HIE Alert: Discharge - {p.last.upper()}", MIX(outlook(top), RFC(inner)))


@reg
def dc05():
    d = when(hour=7)
    cm = staff("cm", "Case Management", title="Case Management Lead")
    team = [staff("cm", "Case Management") for _ in range(2)]
    hdr = ["Unit", "Room", "Patient", "DOB", "Age", "Attending", "Admit Date", "Exp DC", "LOS", "Principal Dx",
           "ICD-10", "Payer", "Dispo", "DC Barriers", "Home Health", "DME", "Follow-up Appt", "Transport", "CM"]
    dx = [("CHF exacerbation", "I50.23"), ("COPD exacerbation", "J44.1"), ("Cellulitis LLE", "L03.116"),
          ("Pneumonia", "J18.9"), ("NSTEMI", "I21.4"), ("Hip fracture s/p ORIF", "S72.001A"), ("DKA", "E10.10"),
          ("GI bleed", "K92.2")]
    rows = [hdr]
    for i, (x, c) in enumerate(dx):
        p = Patient(age=R.randint(31, 92))
        a = later(-R.randint(2, 9))
        rows.append([R.choice(["5W", "5E", "6E", "7N"]), f"{R.randint(1, 32):02d}", p.LF, p.dobs, str(p.age),
                     staff("hosp", "Hospital Medicine").lf if i < 3 else R.choice(["Hospitalist A", "Hospitalist B"]),
                     mdy(a), mdy(d), str((d - a).days), x, c,
                     R.choice(["Medicare", "Riverside Health Plan", "Medicaid", "Bluestem"]),
                     R.choice(["Home", "Home w/ HH", "SNF", "IRF", "Home"]), R.choice(["", "Awaiting SNF auth", "O2 eval", "Ride"]),
                     R.choice(["", "Riverside Home Care", "Amedisys"]), R.choice(["", "RW", "O2", "Hospital bed"]),
                     R.choice(["PCP 7 days - scheduled", "Cardiology 14 days", "", "Ortho 2 wk"]),
                     R.choice(["Family", "Wheelchair van", "Ambulance"]), R.choice(team).first])
    blocks = [P("Morning team,", "Today's expected discharges are attached (export from the CM dashboard). Please update "
                "barriers by 10:00 for bed huddle. The SNF auth for 6E is still pending with the plan."), SIG(cm)]
    M("discharge", "Wide CSV (19 columns) of today's expected discharges: names, DOB, ICD-10 diagnoses, dispositions; carries the Internal label",
      cm, team, "Expected DCs today", MIX(outlook(blocks), ATT(f"ExpectedDC_{d:%m%d}.csv", "text/csv", csv_bytes(rows))),
      label=("internal", "Internal"))


# ====================================================================================================
# appointment (5)
# ====================================================================================================
@reg
def appt01():
    d = when()
    ls = staff("coord", "Language Services", title="Interpreter Scheduler")
    interp = staff("coord", "Language Services", title="Staff Interpreter - Vietnamese", origin="vietnamese")
    p = Patient("F", 74, "vietnamese")
    st = later(R.randint(3, 8)).replace(hour=10, minute=30, second=0)
    desc = "\n".join([f"In-person Vietnamese interpreter needed.", "",
                      f"Patient: {p.full} (DOB {p.dobn})",
                      "Appointment: Cardiology - stress echocardiogram, then follow-up visit with the cardiologist",
                      "Location: Riverside Heart & Vascular, Westbury, 2nd floor echo lab",
                      "Arrive 10:15. No caffeine 24 h before; patient was told to hold metoprolol the morning of the test.",
                      "Son will drive her; he does not want to interpret for results.", "",
                      "Please accept so the booking shows in the Language Services calendar."])
    cal = ics(ls, [interp], f"Interpreter (VIE) - {p.last}, {p.first} - Cardiology stress echo", st, 120,
              "Riverside Heart & Vascular - Westbury, Echo Lab", desc)
    blocks = [P(desc)]
    M("appointment", "Interpreter booking invite (text/calendar) for a named patient's stress echo and cardiology visit",
      ls, [interp], f"Interpreter (VIE) - {p.last}, {p.first} - Cardiology stress echo",
      ALT(T(render_text(blocks), "qp"), H(render_html(blocks), "qp"), CAL(cal)))


@reg
def appt02():
    d = when()
    rn = staff("rn", "MRI", title="MRI Nurse")
    fac = staff("it", "Facilities", title="Facilities Coordinator")
    p = Patient("M", 44, "anglo")
    num = inc("RITM")
    ap = later(R.randint(2, 6))
    fields = [("Request item", num), ("Catalog item", "Special equipment / room setup"), ("Requested for", rn.full),
              ("Location", "Riverside Medical Center - Imaging, MRI 2 (wide-bore)"), ("Needed by", f"{mdy(ap)} 06:30"),
              ("State", "Work in Progress"), ("Assignment group", "Facilities - Patient Equipment")]
    desc = (f"Bariatric transfer equipment for {p.full}, outpatient MRI lumbar spine with and without contrast on "
            f"{mdy(ap)} at 07:00 in the wide-bore magnet. Patient weight 236 kg, uses a power wheelchair. Need: "
            "MR-conditional bariatric stretcher, air transfer mattress (HoverMatt) and 4 staff for the transfer. "
            "Patient has had claustrophobia; oral lorazepam ordered by his neurologist.")
    intro = [f"Your request {num} has been updated."]
    comments = [(fac.full, f"{mdy(d)} {hm(d)}", "HoverMatt and MR-safe stretcher reserved and will be in MRI 2 by 06:30. "
                 "Transport lift team notified.")]
    html = sn_html("Riverside Service Portal", f"{num} - Special equipment for MRI appointment", intro, fields, desc,
                   comments, ref=snref())
    M("appointment", "ServiceNow request notification: equipment for a named patient's MRI appointment (weight, sedation plan)",
      SNOW, [rn], f"{num} updated - Special equipment / room setup",
      ALT(T(sn_text(f"{num} - Special equipment for MRI appointment", intro, fields, desc, comments, snref()), "qp"), H(html, "qp")))


@reg
def appt03():
    d = when()
    sup = staff("coord", "Riverside Primary Care - Oak Hollow", title="Front Desk Supervisor")
    team = [staff("coord", "Riverside Primary Care - Oak Hollow", title="Patient Access Representative") for _ in range(2)]
    provs = [staff("md", "Family Medicine"), staff("np", "Family Medicine"), staff("do", "Family Medicine")]
    hdr = ["Appt Date", "Appt Time", "Dept", "Provider", "Visit Type", "Length", "Patient", "DOB", "Age", "Sex",
           "Home Phone", "Mobile", "Preferred Language", "Interpreter", "Coverage", "Copay", "Reason for Visit",
           "Confirm Status", "Portal", "Notes"]
    reasons = ["Diabetes follow-up", "Annual physical + Pap", "Hypertension recheck", "Depression follow-up (PHQ-9)",
               "Knee pain", "Medicare annual wellness", "Well child 18 mo", "Prenatal intake", "Med refill - ADHD",
               "Post-ED follow-up (asthma)", "Abnormal TSH", "Hospital follow-up (CHF)"]
    rows = [hdr]
    t = later(1).replace(hour=8, minute=0)
    for i, rsn in enumerate(reasons):
        p = Patient(age=1 if "18 mo" in rsn else R.randint(19, 83),
                    sex="F" if ("Pap" in rsn or "Prenatal" in rsn) else None)
        lang = R.choice(["English", "English", "English", "Spanish", "Arabic", "Somali", "Nepali"])
        rows.append([mdy(t), f"{t:%H:%M}", "RPC OAK HOLLOW", R.choice(provs).lf.upper(),
                     R.choice(["OFFICE VISIT", "NEW PATIENT", "PHYSICAL", "FOLLOW UP"]), R.choice(["20", "40"]),
                     p.LF, p.dobs, str(p.age), p.sex, p.phone, phone(), lang, "Y" if lang != "English" else "N",
                     R.choice(["MEDICARE", "RIVERSIDE HEALTH PLAN", "MEDICAID", "BLUESTEM PPO", "SELF-PAY"]),
                     R.choice(["$0", "$20", "$35", "$0"]), rsn,
                     R.choice(["Confirmed", "Left message", "No answer", "Confirmed"]), R.choice(["Active", "Inactive"]),
                     R.choice(["", "Needs new insurance card", "Bring glucometer", ""])])
        t += dt.timedelta(minutes=20)
    blocks = [P("Hi both,", f"Tomorrow's schedule is attached for reminder calls. Interpreter needs are flagged - the "
                "Somali and Nepali visits need the phone line booked today. Please update the confirm status column "
                "and save it back to Teams by 3:00."), SIG(sup)]
    M("appointment", "Wide CSV (20 columns) of tomorrow's clinic schedule: names, DOB, phones, coverage and reasons for visit",
      sup, team, "Tomorrow's schedule for reminder calls", MIX(outlook(blocks), ATT(f"Sched_{later(1):%m%d}.csv", "text/csv", csv_bytes(rows, bom=True))))


@reg
def appt04():
    d = when()
    gi = staff("md", "Gastroenterology")
    sch = staff("coord", "Endoscopy", title="Endoscopy Scheduler")
    p = Patient("M", 61, "hispanic")
    old = later(2)
    t0 = ago(140)
    quoted = [P(f"{gi.dr},", f"{p.full}'s colonoscopy is booked {dayname(old)} {md(old)} at 7:30. He called to say he "
                "can't get a driver that day. Thursday 1:00 is open in your block if you want to move him. Prep "
                "instructions (split-dose GoLytely) already mailed; his diabetes meds need holding the morning of."),
              P(sch.first)]
    text = render_text([P("Yes move him to Thursday 1:00 and resend the prep sheet. Make sure he holds the "
                          "metformin that morning."), P("Sent from my iPhone"), GT(sch, t0, quoted, "iphone")])
    M("appointment", "Mobile reply moving a named patient's colonoscopy, '>'-quoted scheduler note (7bit)",
      gi, [sch], "Re: Colonoscopy reschedule", plain(text, "7bit"), depth=1, xmailer="iPhone Mail (22A3354)")


@reg
def appt05():
    d = when()
    osc = staff("coord", "Perioperative Services", title="OR Scheduler")
    anes = staff("md", "Anesthesiology", title="Pre-Anesthesia Testing Director")
    day = later(R.randint(2, 5))
    rows = [["Room", "Start", "Surgeon", "Patient", "DOB", "Age", "Procedure", "CPT", "Laterality", "Anes",
             "Class", "Pre-op Status", "Notes"]]
    procs = [("Laparoscopic cholecystectomy", "47562", "N/A"), ("Total knee arthroplasty", "27447", "Right"),
             ("Total hip arthroplasty", "27130", "Left"), ("Carpal tunnel release", "64721", "Right"),
             ("Laparoscopic inguinal hernia repair", "49650", "Left"), ("Thyroidectomy, total", "60240", "N/A"),
             ("Cystoscopy with ureteral stent", "52332", "Left"), ("Hysterectomy, laparoscopic", "58571", "N/A")]
    t = day.replace(hour=7, minute=30)
    surgeons = [staff("md", "Surgery") for _ in range(4)]
    for i, (pr, cpt, lat) in enumerate(procs):
        p = Patient(sex="F" if "Hysterectomy" in pr else None, age=R.randint(28, 81))
        rows.append([f"OR {1 + i % 4}", f"{t:%H:%M}", surgeons[i % 4].lf, p.LF, p.dobs, str(p.age), pr, cpt, lat,
                     R.choice(["GA", "GA", "MAC/regional"]), R.choice(["Outpatient", "Inpatient", "23h obs"]),
                     R.choice(["PAT complete", "PAT complete", "Needs cardiac clearance", "H&P missing"]),
                     R.choice(["", "Latex allergy", "OSA - CPAP", "Difficult airway hx", ""])])
        if i % 4 == 3:
            t += dt.timedelta(hours=2, minutes=30)
    att = excel_html("OR Schedule", rows, [50, 50, 140, 150, 80, 40, 230, 50, 70, 90, 80, 150, 150],
                     title=f"Main OR schedule - {longdate(day)}")
    blocks = [P(f"{anes.dr},", f"Draft OR schedule for {dayname(day)} attached. Two cases still flagged - the TKA needs "
                "cardiac clearance and the hernia repair has no H&P on the chart yet. Can PAT call them today?"),
              SIG(osc), footer(0)]
    M("appointment", "Excel HTML export of the OR schedule: named patients with DOB, procedures and CPT codes",
      osc, [anes], "OR schedule - draft", MIX(outlook(blocks), ATT("OR_Schedule.htm", "text/html", att)))


# ====================================================================================================
# medication (5)
# ====================================================================================================
@reg
def med01():
    d = when()
    ph = staff("pharm", "Inpatient Pharmacy")
    hosp = staff("hosp", "Hospital Medicine")
    p = Patient("F", 82, "black")
    t0 = ago(30)
    orig = "\n".join([f"Hi {ph.first},", "",
                      f"Quick check on {p.full} in 6E-11 - I ordered apixaban 5 mg BID for her new AF. Weight 56 kg, "
                      "creatinine 1.6 today. Is that the right dose?", "", hosp.dr])
    text = "\n".join([
        f"{hosp.dr},", "",
        "She meets 3 of 3 dose-reduction criteria (age >= 80, weight <= 60 kg, SCr >= 1.5), so the dose should be "
        "apixaban 2.5 mg PO BID. I've modified the order and noted it in the pharmacy intervention log. Also, she's "
        "on diltiazem 120 mg daily - no adjustment needed, but watch for bradycardia with her metoprolol.", "",
        f"{ph.cname}", f"Inpatient Pharmacy | ext. 4-{digits(4)}", "", "-----Original Message-----",
        f"From: {hosp.ol}", f"Sent: {sent(t0)}", f"To: {ph.ol}", "Subject: apixaban dose", "", orig])
    M("medication", "'-----Original Message-----' reply: pharmacist corrects a named patient's apixaban dose (7bit)",
      ph, [hosp], "RE: apixaban dose", plain(text, "7bit"), depth=1)


@reg
def med02():
    d = when()
    pcp = staff("md", "Internal Medicine")
    pts = [Patient(age=R.randint(30, 85)) for _ in range(3)]
    items = [(f"{md(d)} 08:{R.randint(10, 59)}", "Pharmacy - Kroger #482 (eRx)",
              f"Refill request: {pts[0].LF} (DOB {pts[0].dobn}) - sertraline 100 mg tablet, 1 PO daily, #90"),
             (f"{md(d)} 09:{R.randint(10, 59)}", "Pharmacy - Walgreens (eRx)",
              f"Refill request: {pts[1].LF} (DOB {pts[1].dobn}) - levothyroxine 88 mcg tablet, 1 PO daily before "
              "breakfast, #90. Last TSH 14 months ago."),
             (f"{md(d)} 09:{R.randint(10, 59)}", "Pharmacy - Riverside Outpatient Pharmacy",
              f"Rx change request: {pts[2].LF} (DOB {pts[2].dobn}) - insulin glargine U-100 pen not covered; plan "
              "prefers insulin glargine-yfgn. Current dose 26 units nightly.")]
    html = inbasket_html("Rx Request", 3, items, note="Requests older than 72 hours are routed to the pool.")
    M("medication", "In Basket Rx Request e-mail digest: three named patients with DOB and the drugs/doses requested",
      EPIC, [pcp], "In Basket: 3 new Rx Request", H(html, "qp"))


@reg
def med03():
    d = when()
    ph = staff("pharm", "Pharmacy Operations", title="Pharmacy Informatics Pharmacist")
    rnm = staff("rnm", "Emergency Department", title="ED Nurse Manager")
    nurses = [staff("rn", "Emergency Department") for _ in range(3)]
    recs = []
    meds = [("HYDROmorphone 1 mg/mL inj", "1 mg", "Pain"), ("LORazepam 2 mg/mL inj", "1 mg", "Seizure"),
            ("ketorolac 30 mg/mL inj", "15 mg", "Pain"), ("ondansetron 4 mg/2 mL inj", "4 mg", "Nausea"),
            ("fentaNYL 50 mcg/mL inj", "50 mcg", "Pain")]
    for i, (drug, dose, rsn) in enumerate(meds):
        p = Patient(age=R.randint(19, 77))
        t = later(-1).replace(hour=R.randint(0, 23), minute=R.randint(0, 59))
        recs.append({"cabinet": "ED-MAIN-02", "transactionTime": t.strftime("%Y-%m-%dT%H:%M:00"), "type": "OVERRIDE",
                     "patient": {"name": p.LF, "dob": p.dobiso, "encounterLocation": f"ED {R.randint(1, 40):02d}"},
                     "medication": drug, "quantity": dose, "overrideReason": rsn,
                     "user": nurses[i % 3].lf, "witness": nurses[(i + 1) % 3].lf if "fentaNYL" in drug or "HYDRO" in drug else None,
                     "orderMatched": i != 4, "minutesToOrder": None if i == 4 else R.randint(4, 41)})
    doc = {"report": "Override transactions without verified order within 60 minutes", "site": "Riverside Medical Center",
           "generated": d.strftime("%Y-%m-%dT%H:%M:%S"), "records": recs}
    blocks = [P(f"{rnm.first},", "Yesterday's ED override report is attached (JSON straight from the cabinet server - "
                "I haven't had time to make it pretty). One fentanyl override still has no matching order; can you "
                "follow up with the nurse so we can close it before the diversion committee meets?"), SIG(ph), footer(2)]
    M("medication", "Automated dispensing cabinet override report (JSON) naming ED patients with DOB, drugs and doses",
      ph, [rnm], "ED override report", MIX(outlook(blocks), ATT("override_report.json", "application/json", json.dumps(doc, indent=2))))


@reg
def med04():
    d = when()
    rn = staff("rn", "7 North", cred="BSN, RN")
    ph = staff("pharm", "Medication Safety", title="Medication Safety Officer")
    p = Patient("F", 69, "anglo")
    day = later(-1)
    cols = [("SCHED", 6, "l"), ("MEDICATION", 34, "l"), ("DOSE", 10, "l"), ("ROUTE", 6, "l"), ("GIVEN", 6, "l"),
            ("BY", 12, "l"), ("COMMENT", 30, "l")]
    rows = [["0600", "levothyroxine 75 mcg tab", "75 mcg", "PO", "0612", rn.last.upper()[:12], ""],
            ["0900", "metoprolol tartrate 25 mg tab", "25 mg", "PO", "0915", rn.last.upper()[:12], "HR 72 BP 128/70"],
            ["0900", "enoxaparin 40 mg/0.4 mL syringe", "40 mg", "SC", "0920", rn.last.upper()[:12], "L abdomen"],
            ["0900", "insulin lispro sliding scale", "4 units", "SC", "0905", rn.last.upper()[:12], "BG 212"],
            ["1300", "insulin lispro sliding scale", "6 units", "SC", "1310", rn.last.upper()[:12], "BG 244"],
            ["1300", "vancomycin 1,250 mg IVPB", "1250 mg", "IV", "----", "", "NOT GIVEN - line infiltrated"],
            ["1430", "vancomycin 1,250 mg IVPB", "1250 mg", "IV", "1431", rn.last.upper()[:12], "late - new PIV"],
            ["2100", "insulin glargine 100 units/mL", "18 units", "SC", "2112", "NIGHT RN", ""],
            ["2100", "atorvastatin 40 mg tab", "40 mg", "PO", "2112", "NIGHT RN", ""],
            ["PRN", "oxyCODONE 5 mg tab", "5 mg", "PO", "1645", rn.last.upper()[:12], "pain 7/10 R foot"]]
    rpt = "\n".join([f"MEDICATION ADMINISTRATION RECORD - {mdy(day)}", "RIVERSIDE MEDICAL CENTER   UNIT: 7 NORTH   ROOM 7N-14",
                     f"PATIENT: {p.LF}   DOB: {p.dobs}   WT: 81.2 KG   ALLERGIES: PENICILLIN (HIVES), CODEINE",
                     "DX: DIABETIC FOOT INFECTION, RIGHT (E11.621, L97.519)", "", fixed(cols, rows), "",
                     "** 1 DOSE NOT GIVEN / 1 LATE DOSE **"])
    blocks = [P(f"{ph.first},", f"As requested for the late-dose review, yesterday's MAR for {p.title} in 7N-14 is attached. The "
                "1300 vancomycin was delayed 90 minutes because the IV infiltrated and we needed a new line. Trough "
                "was drawn at the correct time relative to the actual dose."), SIG(rn)]
    M("medication", "Fixed-width MAR printout (TXT) for a named patient with DOB: insulin, vancomycin late dose, oxycodone",
      rn, [ph], "MAR for late-dose review", MIX(outlook(blocks), ATT("MAR_7N14.txt", "text/plain", rpt)))


@reg
def med05():
    d = when()
    icu = staff("np", "Medical ICU")
    rn = staff("rn", "Medical ICU", cred="BSN, RN, CCRN")
    p = Patient("M", 19, "eastafrican")
    msgs = [(rn.full, hm(d - dt.timedelta(minutes=6)),
             f"@{icu.full} {p.full} bed 4 - BG 238 and anion gap 14 on the 10:00 BMP. Insulin drip at 6 units/h, "
             "D5-1/2NS at 150. K 3.8."),
            (rn.full, hm(d), "Gap closed x2 now. OK to start glargine 20 units SC and stop the drip 2 hours later per "
                             "the DKA protocol? He's eating lunch.")]
    html = teams_html(rn.full, "MICU nursing - providers (chat)", msgs)
    M("medication", "Teams mention e-mail about a named DKA patient's insulin drip, glargine transition and fluids",
      TEAMS, [icu], f"{rn.full} mentioned you in MICU nursing - providers", H(html, "qp"))


# ====================================================================================================
# registration (5)
# ====================================================================================================
@reg
def reg01():
    d = when()
    sup = staff("coord", "Patient Access", title="Patient Access Supervisor")
    team = [staff("coord", "Patient Access", title="Patient Access Specialist") for _ in range(2)]
    hdr = ["Acct", "Enc Date", "Dept", "Patient", "DOB", "Sex", "SSN", "Address 1", "City", "State", "ZIP",
           "Home Phone", "Guarantor", "Guarantor Rel", "Primary Payer", "Subscriber ID", "Error Code", "Error Text",
           "Owner"]
    errs = [("REG-017", "SSN missing or invalid for guarantor"), ("ELG-221", "Subscriber ID not found"),
            ("REG-042", "Address failed USPS validation"), ("ELG-310", "Coverage terminated before DOS"),
            ("REG-009", "Guarantor DOB after patient DOB")]
    rows = [hdr]
    for i in range(7):
        p = Patient(age=R.randint(1, 88))
        gu = "Self" if p.age >= 18 else "Parent"
        e = R.choice(errs)
        rows.append([f"{digits(9)}", mdy(later(-R.randint(0, 3))), R.choice(["ED", "RMC OP LAB", "IMAGING", "RPC MILLBROOK"]),
                     p.LF, p.dobs, p.sex, p.ssn, p.street, p.city, "OH", p.zip, p.phone,
                     p.LF if gu == "Self" else ext_person("mail.example.net").lf.upper(), gu,
                     R.choice(["MEDICAID - CARESOURCE", "RIVERSIDE HEALTH PLAN", "BLUESTEM PPO", "MEDICARE"]),
                     R.choice([p.member, f"{digits(11)}", p.mbi]), e[0], e[1], R.choice(team).first])
    blocks = [P("Team,", "Registration error worklist for the weekend attached (Epic WQ export). The ELG errors need to "
                "be fixed before the claims go out Wednesday. Remember this file has SSNs - do not save it to your "
                "desktop."), SIG(sup), footer(0)]
    M("registration", "Wide registration-error worklist CSV (19 columns) with SSNs, DOBs, addresses and subscriber ids",
      sup, team, "Reg error WQ - weekend", MIX(outlook(blocks), ATT("REG_WQ_export.csv", "text/csv", csv_bytes(rows))))


@reg
def reg02():
    d = when()
    reg = staff("coord", "Patient Access - Emergency Department", title="ED Registrar")
    him = staff("coord", "Health Information Management", title="HIM Data Integrity Analyst")
    p = Patient("M", 37, "hispanic")
    t0 = ago(45)
    orig = [P(f"Hi {reg.first},", "The unidentified trauma patient from Saturday night (registered as TRAUMA, ZULU) has "
              "been identified by the family. Can you send me what you have from the face sheet so I can merge the "
              "accounts?"), SIG(him, short=True)]
    top = [P(f"Hi {him.first}, here's the info the family gave at the desk this morning:"),
           PRE(f"Legal name:      {p.LF}\nDOB:             {p.dobs}\nSSN:             {p.ssn}\n"
               f"Address:         {p.street}\n                 {p.city}, OH {p.zip}\nPhone:           {p.phone}\n"
               "Emergency contact: wife (same address)\nInsurance:       none - referred to financial counseling\n"
               "Current location: Trauma ICU, bed 2"),
           P("He was admitted through the ED as a level 1 trauma (motorcycle crash). Wife has his driver's licence if "
             "you need a copy."), SIG(reg)]
    body = chain((None, top), (HDR(him, [reg], "Trauma alias - ID'd", t0), orig))
    M("registration", "Reply chain: registrar sends the legal name, DOB, SSN and address of an identified trauma alias patient (QP)",
      reg, [him], "RE: Trauma alias - ID'd", plain(render_text(body), "qp"), depth=1)


@reg
def reg03():
    d = when()
    p = Patient("F", 58, "filipino")
    spouse = relative(p, "M")
    clinic = staff("coord", "Riverside Sleep Center", title="Front Office Coordinator")
    rn = staff("coord", "Patient Access", title="Pre-Registration Specialist")
    L = [("h", "RIVERSIDE HEALTH - NEW PATIENT REGISTRATION"), "Riverside Sleep Center", "",
         ("b", "PATIENT INFORMATION"), f"Last name: {p.last}        First name: {p.first}        MI: R",
         f"Date of birth: {p.dobs}        Sex: Female        Marital status: Married",
         f"Social Security Number: {p.ssn}", f"Address: {p.street}", f"City/State/ZIP: {p.city}, OH {p.zip}",
         f"Home phone: {p.phone}        E-mail: {p.email}", "Preferred language: English    Race: Asian    Ethnicity: Not Hispanic", "",
         ("b", "EMERGENCY CONTACT"), f"Name: {spouse.full}    Relationship: Spouse    Phone: {phone()}", "",
         ("b", "INSURANCE"), "Primary: Bluestem Health Plans PPO", f"Subscriber: {spouse.full}    Relationship: Spouse",
         f"Member ID: BSP{digits(9)}    Group: 77120", "", ("b", "REASON FOR VISIT"),
         "Referred by PCP for snoring, witnessed apneas, daytime sleepiness (Epworth 15). Possible sleep study.", "",
         "Signature on file: Y        Date: " + mdy(d)]
    att = pdf(L, title="Registration", author="Riverside Sleep Center", creator="HP Scan", producer="HP Smart")
    blocks = [P(f"{rn.first},", f"Registration packet for a new patient on {dayname(later(3))} attached. She filled it "
                "out on paper; can you build the account before the visit? SSN is on the form."), SIG(clinic)]
    M("registration", "Uncompressed PDF new-patient registration form with SSN, DOB, address and reason for visit (sleep apnea)",
      clinic, [rn], "New pt packet", MIX(outlook(blocks), ATT("NewPatient_Registration.pdf", "application/pdf", att)))


@reg
def reg04():
    d = when()
    it = staff("it", "Integration Services", title="Integration Engineer")
    pa = staff("coord", "Patient Access", title="Patient Access Systems Lead")
    pts = [Patient(age=R.randint(20, 85)) for _ in range(3)]
    recs = "\n".join(f"""  <Registration status="ERROR" code="PRE-REG-{R.randint(100, 199)}">
    <Patient>
      <Name><Family>{p.last}</Family><Given>{p.first}</Given></Name>
      <BirthDate>{p.dobiso}</BirthDate>
      <Sex>{p.sex}</Sex>
      <SSN>{p.ssn}</SSN>
      <Address><Line>{p.street}</Line><City>{p.city}</City><State>OH</State><Zip>{p.zip}</Zip></Address>
      <Phone type="home">{p.phone}</Phone>
    </Patient>
    <Visit><Department>RMC IMAGING</Department><ScheduledFor>{later(R.randint(1, 9)):%Y-%m-%d}T08:00:00</ScheduledFor><Order>{R.choice(['MRI BRAIN W/WO', 'CT ABD/PELVIS W', 'US THYROID', 'MAMMO DX BILAT'])}</Order></Visit>
    <Message>Kiosk pre-registration could not match patient; duplicate SSN candidate found</Message>
  </Registration>""" for p in pts)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<PreRegistrationBatch source="CheckInKiosk" environment="PRD" generated="{d:%Y-%m-%dT%H:%M:%S}">
{recs}
</PreRegistrationBatch>
"""
    blocks = [P(f"{pa.first},", "These three production pre-registrations from the imaging kiosks failed the patient "
                "match last night. XML from the error queue attached - the SSNs match existing charts under different "
                "names, so someone from your team needs to review before the appointments."), SIG(it)]
    M("registration", "Production kiosk pre-registration error batch (XML) with names, DOB, SSN, address and imaging orders",
      it, [pa], "Kiosk pre-reg match failures", MIX(outlook(blocks), ATT("prereg_errors.xml", "application/xml", xml)))


@reg
def reg05():
    d = when()
    him = staff("coord", "Health Information Management", title="HIM Data Integrity Analyst")
    an = staff("it", "Epic Identity", title="Identity Analyst")
    p = Patient("F", 45, "black")
    m1, m2 = p.mrn, mrn()
    num = inc("RITM")
    fields = [("Request item", num), ("Catalog item", "Patient record merge (EMPI)"), ("Requested for", him.full),
              ("Priority", "3 - Moderate"), ("State", "Pending approval"), ("Assignment group", "Epic Identity")]
    desc = (f"Duplicate record created at ED registration. Please merge MRN {m2} (created {mdy(later(-2))}, name "
            f"'{p.first} {p.last}-Smith') into MRN {m1}. Same person: {p.full}, DOB {p.dobs}, SSN {p.ssn}, "
            f"address {p.addr1}. Encounter on the duplicate: ED visit {mdy(later(-2))} for chest pain, troponin "
            "negative x2, discharged. Verified against driver's licence scan.")
    intro = [f"{num} has been submitted and is awaiting your approval."]
    html = sn_html("Riverside Service Portal", f"{num} - Patient record merge", intro, fields, desc, ref=snref(),
                   link="Approve or reject this request")
    M("registration", "ServiceNow merge request naming a patient with two MRNs, DOB, SSN, address and an ED chest-pain visit",
      SNOW, [an], f"Approval request {num} - Patient record merge", H(html, "qp"))


# ====================================================================================================
# billing_claim (5)
# ====================================================================================================
@reg
def bill01():
    d = when()
    p = Patient("M", 63, "euro")
    payer = Box("Bluestem Health Plans - Provider Services", f"provider.services@{BLUE}")
    pfs = staff("fin", "Patient Financial Services", title="Denials Specialist")
    clm = f"BHP{digits(11)}"
    dos = later(-45)
    L = [("h", "BLUESTEM HEALTH PLANS"), ("b", "PROVIDER EXPLANATION OF BENEFITS / REMITTANCE DETAIL"), "",
         f"Provider: RIVERSIDE MEDICAL CENTER    NPI: {npi()}    Remit date: {mdy(d)}",
         f"Check/EFT #: {digits(10)}", "",
         f"Patient: {p.LF}    Member ID: BHP{digits(9)}    DOB: {p.dobs}",
         f"Claim #: {clm}    Patient account: {digits(9)}    DOS: {mdy(dos)}",
         "Dx: K35.80 Unspecified acute appendicitis; K56.7 Ileus, unspecified", "",
         ("m", "LINE CPT/REV  DESCRIPTION                    BILLED     ALLOWED    PAID       PT RESP  CARC"),
         ("m", "1    0450     ED visit level 4 (99284)       1,842.00   612.40     489.92     122.48   1,2"),
         ("m", "2    0360     Lap appendectomy (44970)       14,220.00  5,910.00   4,728.00   1,182.00 2"),
         ("m", "3    0370     Anesthesia                     3,980.00   1,144.00   915.20     228.80   2"),
         ("m", "4    0300     Lab                            1,106.00   188.25     150.60     37.65    2"),
         ("m", "5    0120     Room & board x2 days           6,400.00   0.00       0.00       0.00     197"),
         ("m", "     TOTAL                                   27,548.00  7,854.65   6,283.72   1,570.93"), "",
         "CARC 1: Deductible amount. CARC 2: Coinsurance amount.",
         "CARC 197: Precertification/authorization/notification absent. Inpatient days denied; appeal within 180 days.",
         "", ("s", "This document contains protected health information. Bluestem Health Plans, Inc.")]
    att = pdf(L, flate=True, title="Provider EOB", author="Bluestem Health Plans", creator="Bluestem Remit Portal",
              producer="iText 7.2")
    blocks = [BANNER(), P("Please find attached the remittance detail you requested through the provider portal "
                          f"(case {digits(8)})."), P("Bluestem Provider Services"), ("footer", EXT_FOOTERS["payer"])]
    M("billing_claim", "Inbound payer EOB/remittance PDF (flate): appendectomy claim with CPT/revenue lines, ICD-10 and denial codes",
      payer, [pfs], "Remittance detail - requested", MIX(outlook(blocks), ATT(f"EOB_{clm}.pdf", "application/pdf", att)),
      inbound=True)


@reg
def bill02():
    d = when()
    an = staff("fin", "Revenue Cycle", title="Denials Analyst")
    mgr = staff("fin", "Revenue Cycle", title="Revenue Integrity Manager")
    hdr = ["Claim ID", "Patient Acct", "Patient Name", "DOB", "Member ID", "Payer", "Plan", "DOS From", "DOS To",
           "Attending", "CPT/HCPCS", "Modifier", "ICD-10 Primary", "ICD-10 Secondary", "Billed", "Allowed", "Paid",
           "CARC", "RARC", "Denial Category", "Appeal Deadline", "Work Status"]
    lines = [("99223", "", "I21.4", "I25.10", "CO-50", "N115", "Medical necessity"),
             ("70553", "", "G43.909", "", "CO-197", "M62", "Authorization"),
             ("27447", "RT", "M17.11", "E66.01", "CO-16", "MA130", "Missing information"),
             ("J9271", "JZ", "C34.90", "", "CO-4", "N519", "Coding/modifier"),
             ("93306", "", "R06.02", "I10", "CO-50", "N386", "Medical necessity"),
             ("99285", "25", "S06.0X1A", "W19.XXXA", "CO-29", "", "Timely filing")]
    rows = [hdr]
    for cpt, mod, d1, d2, carc, rarc, cat in lines:
        p = Patient(age=R.randint(22, 80))
        dos = later(-R.randint(20, 120))
        billed = R.randint(800, 28000)
        rows.append([f"RHC{digits(10)}", digits(9), p.LF, p.dobs, p.member, "Riverside Health Plan",
                     R.choice(["HMO Gold", "Medicare Advantage", "Exchange Silver"]), mdy(dos), mdy(dos),
                     staff("md", "Medicine").lf, cpt, mod, d1, d2, f"{billed:.2f}", "0.00", "0.00", carc, rarc, cat,
                     mdy(dos + dt.timedelta(days=180)), R.choice(["New", "Appeal drafted", "Pending records"])])
    blocks = [P(f"{mgr.first},", "Attached are this week's denials from Riverside Health Plan at claim-line level. "
                "The two CO-50s for cardiology look like they need the clinical notes attached; the CO-29 is ours "
                "(late filing after the clearinghouse outage)."), SIG(an), footer(2)]
    M("billing_claim", "Wide claim-line denial CSV (22 columns) with patient names, DOB, RHP member ids, CPT and ICD-10",
      an, [mgr], "RHP denials - week 42", MIX(outlook(blocks), ATT("RHP_denials_wk42.csv", "text/csv", csv_bytes(rows))))


@reg
def bill03():
    d = when()
    cod = staff("fin", "Coding", title="Coding Quality Analyst", cred="CPC, CCS")
    an = staff("it", "Revenue Cycle Applications", title="Claim Edit Analyst")
    p = Patient("F", 71, "anglo")
    key = f"RCA-{R.randint(300, 899)}"
    fields = [("Type", "Task"), ("Priority", "Medium"), ("Status", "Open"), ("Assignee", an.full), ("Reporter", cod.full),
              ("Components", "Claim scrubber rules")]
    bodyt = (f"New NCCI edit is holding a valid claim. Example: {p.full}, DOB {p.dobs}, Medicare, DOS "
             f"{mdy(later(-12))}, outpatient: CPT 45385 (colonoscopy with snare polypectomy) + 45380-59 (biopsy, "
             "separate lesion). Dx K63.5 polyp of colon, Z86.010 personal history of colonic polyps. The scrubber "
             "strips the 59 and holds the line for bundling.\n\nDocumentation supports separate lesions (ascending "
             "colon snare, sigmoid cold biopsy). Please update the rule to accept XS as well as 59 for this pair.")
    M("billing_claim", "Jira task notification citing a named Medicare patient's colonoscopy claim with CPT, modifiers and ICD-10",
      JIRA, [cod], f"[JIRA] ({key}) NCCI edit holding 45385/45380 with XS",
      ALT(T(jira_text(key, "NCCI edit holding 45385/45380 with XS", cod.full, "created an issue", fields, bodyt), "qp"),
          H(jira_html(key, "NCCI edit holding 45385/45380 with XS", cod.full, "created an issue", fields, bodyt), "qp")),
      extra=[JIRA_FP()])


@reg
def bill04():
    d = when()
    box = Box("Riverside Patient Financial Services", f"billingquestions@{DOM}")
    p = Patient("F", 79, "easteuro")
    dau = ext_person("mail.example.net", "F", "easteuro")
    t0 = ago(1)
    orig = "\n".join([
        "Hello,", "",
        f"I am writing for my mother, {p.full} (DOB {p.dobs}). She received a bill for $2,318.40 for her "
        f"ambulance ride and ER visit on {mdy(later(-40))} when she fell and broke her wrist. The statement says "
        "Medicare denied it but she has Medicare and a Bluestem supplement. Her account number is "
        f"{digits(9)}. She also had the cast put on at the orthopedic clinic - is that on this bill too?", "",
        "I have her permission and I am on her HIPAA release form. Please call me at " + phone() + ".", "",
        f"{dau.full}"])
    text = "\n".join([
        "Thank you for contacting Riverside Patient Financial Services.", "",
        "This is an automatic reply. We have received your message and a billing representative will respond within "
        "2 business days. If your account has been sent to collections, please call (614) 555-0138.", "",
        "For your security, do not send full Social Security or card numbers by e-mail.", "",
        "----- Your message -----", f"From: {dau.full} <{dau.email}>", f"Sent: {sent(t0)}",
        "Subject: Question about my mother's bill", "", orig])
    M("billing_claim", "Auto-reply from the billing mailbox quoting a daughter's message about her named mother's ER/ambulance bill (base64)",
      box, [dau], "Automatic reply: Question about my mother's bill", plain(text, "base64"), auto=True, depth=1)


@reg
def bill05():
    d = when()
    fc = staff("fin", "Financial Counseling", title="Financial Counselor")
    mgr = staff("fin", "Patient Financial Services", title="PFS Manager")
    rows = [["Guarantor", "Patient", "DOB", "Account", "Service Date", "Service", "Dept", "Charges", "Ins Paid",
             "Adjustments", "Balance", "Days", "Charity App", "FPL %", "Recommendation"]]
    svcs = [("ED visit + CT head", "ED"), ("Labor & delivery, vaginal", "L&D"), ("Outpatient chemo infusion", "Infusion"),
            ("Lap cholecystectomy", "Surgery"), ("MRI lumbar spine", "Imaging"), ("Inpatient - pneumonia 3 days", "Medicine")]
    for s, dep in svcs:
        p = Patient(sex="F" if "delivery" in s else None, age=R.randint(19, 64))
        ch = R.randint(1200, 38000)
        ins = 0 if R.random() < 0.5 else int(ch * 0.4)
        bal = ch - ins - int(ch * 0.1)
        rows.append([p.LF, p.LF, p.dobs, digits(9), mdy(later(-R.randint(30, 150))), s, dep, f"{ch:,.2f}",
                     f"{ins:,.2f}", f"{int(ch * 0.1):,.2f}", f"{bal:,.2f}", str(R.randint(31, 160)),
                     R.choice(["Received", "Pending docs", "Not started"]), str(R.choice([88, 134, 176, 212, 245])),
                     R.choice(["100% charity", "75% discount", "Payment plan", "Medicaid screen"])])
    att = excel_html("Charity review", rows, [160, 160, 80, 90, 90, 200, 80, 90, 80, 90, 90, 50, 100, 60, 140],
                     title="Self-pay balances > $1,000 - charity care review")
    blocks = [P(f"{mgr.first},", "Here's the charity care review list for committee (saved as web page so it opens on "
                "the conference room PC). Six accounts, two with applications complete."), SIG(fc), footer(1)]
    M("billing_claim", "Excel HTML export of self-pay accounts: named patients with DOB, services (e.g. chemo, delivery) and balances",
      fc, [mgr], "Charity committee list", MIX(outlook(blocks), ATT("Charity_review.htm", "text/html", att)))


# ====================================================================================================
# hl7 (5)
# ====================================================================================================
def msh(app, fac, rapp, rfac, d, typ, ctl, proc="P", ver="2.5.1"):
    return f"MSH|^~\\&|{app}|{fac}|{rapp}|{rfac}|{hl7ts(d, True)}||{typ}|{ctl}|{proc}|{ver}"


def pid(p, setid="1", extra_ids=""):
    return (f"PID|{setid}||{p.mrn}^^^RH^MR{extra_ids}||{p.last.upper()}^{p.first.upper()}^||{p.dob8}|{p.sex}|||"
            f"{p.street.upper()}^^{p.city.upper()}^OH^{p.zip}^USA||{p.phone.replace('(', '').replace(') ', '-')}")


@reg
def hl701():
    d = when()
    an = staff("it", "Integration Services", title="Integration Engineer")
    rep = staff("coord", "Patient Access", title="Patient Access Specialist")
    p = Patient("M", 52, "black")
    doc = staff("hosp", "Hospital Medicine")
    msg = hl7(msh("EPICADT", "RMC", "CERNERPHARM", "RMC", d, "ADT^A01^ADT_A01", f"{digits(10)}"),
              f"EVN|A01|{hl7ts(d, True)}", pid(p),
              f"PV1|1|I|5W^5W-18^A^RMC||||{doc.npi}^{doc.last.upper()}^{doc.first.upper()}|||MED||||7|||{doc.npi}^{doc.last.upper()}^{doc.first.upper()}|IN||||||||||||||||||||||||||{hl7ts(d)}",
              "DG1|1|I10|J18.9^Pneumonia, unspecified organism^I10|||A",
              "AL1|1|DA|70618^Penicillin^RXNORM|SV|Anaphylaxis")
    num = inc()
    fields = [("Number", num), ("Caller", rep.full), ("Category", "Interfaces > ADT"), ("Priority", "P3"),
              ("Assignment group", "Integration Services"), ("Assigned to", an.full), ("State", "Resolved")]
    desc = (f"Pharmacy system did not receive the admission for {p.full} (5W-18) - pharmacists could not verify "
            "orders for 40 minutes.")
    comments = [(an.full, f"{mdy(d)} {hm(d)}", "The A01 was rejected by the pharmacy interface because the AL1 segment "
                 "used RXNORM instead of the local allergen code table. Message attached for the vendor. Replayed "
                 "after the translation fix; pharmacy now shows the patient.")]
    intro = [f"Incident {num} has been resolved."]
    html = sn_html("Riverside IT Service Desk", f"Incident {num} - ADT not received by pharmacy system", intro, fields,
                   desc, comments, ref=snref())
    M("hl7", "ServiceNow incident notification with the failing ADT^A01 (PID: name, MRN, DOB, address; pneumonia DG1) attached",
      SNOW, [rep, an], f"Incident {num} has been resolved",
      MIX(ALT(T(sn_text(f"Incident {num} - ADT not received by pharmacy system", intro, fields, desc, comments), "qp"), H(html, "qp")),
          ATT("ADT_A01_failed.hl7", "x-application/hl7-v2+er7", msg)))


@reg
def hl702():
    d = when()
    an = staff("it", "Integration Services", title="Integration Engineer")
    vend = ext_person("cardiodx.example.org", "F")
    p = Patient("F", 66, "arabic")
    ordp = staff("md", "Cardiology")
    t0 = ago(60 * 5)
    msg = hl7(msh("CARDIODX", "CARDIODX", "EPICRES", "RMC", d - dt.timedelta(hours=6), "ORU^R01^ORU_R01", digits(9)),
              pid(p), f"ORC|RE|{digits(8)}^EPC|{digits(8)}^CDX",
              f"OBR|1|{digits(8)}^EPC|{digits(8)}^CDX|93224^Holter monitor 48h^CPT|||{hl7ts(later(-3))}|||||||||{ordp.npi}^{ordp.last.upper()}^{ordp.first.upper()}||||||{hl7ts(d - dt.timedelta(hours=6))}||CUS|F",
              "OBX|1|NM|8867-4^Heart rate mean^LN||74|/min|||||F",
              "OBX|2|NM|8889-8^Heart rate max^LN||164|/min|||||F",
              "OBX|3|TX|18844-1^Interpretation^LN||Paroxysmal atrial fibrillation, longest episode 3 h 12 min, burden 11%.~Pauses up to 3.4 s on termination of AF.||||||F",
              "OBX|4|FT|18844-1^Comment^LN||Consider evaluation for tachy-brady syndrome.||||||F")
    q = [BANNER(), P(f"Hi {an.first},", "Our monitoring shows the last three Holter results to Riverside went out with ACK AE. "
                     "Can you send us one of the rejected messages so we can see what your engine didn't like?"),
         P(vend.full, "Interface Support, CardioDx Monitoring")]
    top = [P(f"Hi {vend.first},", "Attached is one of the rejected ORU^R01s. The problem is OBX-2 'FT' in OBX 4 - our "
             "results interface only accepts TX/NM/ST. Can you switch the comment to TX or append it to OBX 3? "
             "Sending over the BAA-covered secure channel since it's a live patient result."), SIG(an)]
    body = chain((None, top), (HDR(vend, [an], "Rejected Holter results", t0), q))
    M("hl7", "Reply to a vendor with a rejected production ORU^R01 Holter result (text/plain .hl7): named patient, AF burden",
      an, [vend], "RE: Rejected Holter results", MIX(outlook(body), ATT("ORU_R01_rejected.hl7", "text/plain", msg)), depth=1)


@reg
def hl703():
    d = when()
    eng = Box("Rhapsody Alerts (PRD)", f"rhapsody-alerts@{DOM}")
    an = staff("it", "Integration Services", title="Integration Engineer")
    lead = staff("it", "Integration Services", title="Integration Team Lead")
    p = Patient("F", 38, "hispanic")
    t0 = ago(30)
    msg = hl7(msh("EPICADT", "RMC", "HIE", "CLEARWATER", t0, "ADT^A08^ADT_A01", digits(10)),
              f"EVN|A08|{hl7ts(t0, True)}", pid(p) + "|||S||" + digits(9) + "|" + p.ssn.replace("-", ""),
              f"PV1|1|O|OBCLINIC^^^RPC||||||||OB|||||||||{digits(9)}",
              "DG1|1|I10|O24.410^Gestational diabetes mellitus in pregnancy, diet controlled^I10",
              "DG1|2|I10|Z3A.30^30 weeks gestation of pregnancy^I10",
              "IN1|1|RHPHMO|RHP|Riverside Health Plan||||||||||||" + p.LF.replace(", ", "^") + "|SEL|" + p.dob8 + "||||||||||||||||||" + p.member)
    inner_text = "\n".join(["Rhapsody Integration Engine - PRD", f"Alert: Message in error queue > 15 min",
                            "Communication point: OUT_HIE_ADT", "Error: Connection reset by peer (HTTPS 502 from endpoint)",
                            "Messages queued: 214", "First message in queue attached.", "", "Do not reply."])
    inner = FWD(eng, [an], "[PRD] OUT_HIE_ADT error queue", MIX(T(inner_text, "7bit"),
                                                                 ATT("msg_000001.hl7", "x-application/hl7-v2+er7", msg)), t0)
    top = [P(f"{lead.first} - HIE endpoint has been down since 10:40; 214 ADTs queued. Forwarding the alert with the "
             "first queued message (it's a live patient, so please don't paste it into the vendor ticket). I opened "
             "a ticket with ClearWater."), SIG(an)]
    M("hl7", "Forwarded engine alert (rfc822) carrying a production ADT^A08 with PID (SSN in PID-19), gestational diabetes DG1, member id",
      an, [lead], "FW: [PRD] OUT_HIE_ADT error queue", MIX(outlook(top), RFC(inner)))


@reg
def hl704():
    d = when()
    an = staff("it", "Integration Services", title="Immunization Interface Analyst")
    rn = staff("rn", "Riverside Pediatrics - Westbury", title="Clinic Nurse Manager", cred="BSN, RN")
    p = Patient("M", 4, "southasian")
    mom = relative(p, "F")
    vx = later(-1)
    msg = hl7(msh("EPICIMM", "RPC-WESTBURY", "IMMREG", "OHDH", vx, "VXU^V04^VXU_V04", digits(10), "P", "2.5.1")
              + "|||ER|AL|||||Z22^CDCPHINVS",
              pid(p) + f"|||||||||||N", f"PD1|||||||||||02|N||||A", f"NK1|1|{mom.last.upper()}^{mom.first.upper()}|MTH^Mother^HL70063",
              f"ORC|RE||{digits(9)}^RPC",
              f"RXA|0|1|{hl7ts(vx)}||94^MMRV^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|||||||{digits(6)}|{mdy(later(300)).replace('/', '')}|MSD^Merck^MVX|||CP|A",
              "RXR|C38299^Subcutaneous^NCIT|LA^Left arm^HL70163",
              f"RXA|0|1|{hl7ts(vx)}||130^DTaP-IPV^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|||||||{digits(6)}|{mdy(later(400)).replace('/', '')}|SKB^GlaxoSmithKline^MVX|||CP|A",
              "RXR|C28161^Intramuscular^NCIT|RD^Right deltoid^HL70163")
    text = "\n".join([f"{rn.first},", "",
                      f"The state registry rejected yesterday's VXU for {p.full} (4-year visit: MMRV and DTaP-IPV). The "
                      "error is 'lot expiration date format invalid' - RXA-16 was sent as MMDDYYYY instead of "
                      "YYYYMMDD. The vaccines are charted correctly in Epic; this is our interface. I've attached the "
                      "message so you can confirm the lots match what's in the fridge log before I resend.", "",
                      f"{an.cname}", f"Integration Services | {an.phone}"])
    M("hl7", "VXU^V04 immunization message for a named 4-year-old (x-application/hl7-v2+er7) with a QP text body",
      an, [rn], "Registry rejection - 4 yr vaccines", MIX(T(text, "qp"), ATT("VXU_rejected.hl7", "x-application/hl7-v2+er7", msg)))


@reg
def hl705():
    d = when()
    him = staff("coord", "Health Information Management", title="HIM Interface Coordinator")
    an = staff("it", "Integration Services", title="Integration Engineer")
    pts = [Patient(age=R.randint(30, 90)) for _ in range(2)]
    docs = [staff("md", "Cardiology"), staff("md", "Pulmonary")]
    segs = [f"FHS|^~\\&|DICTATION|RMC|EPICMDM|RMC|{hl7ts(d, True)}||||F{digits(6)}",
            f"BHS|^~\\&|DICTATION|RMC|EPICMDM|RMC|{hl7ts(d, True)}||||B{digits(6)}"]
    notes = ["TTE: LVEF 30-35%, moderate functional MR, moderate pulmonary hypertension (RVSP 52 mmHg).",
             "PFT: severe obstruction, FEV1 38% predicted, FEV1/FVC 0.48, DLCO 41%. Consistent with COPD GOLD 3."]
    for i, p in enumerate(pts):
        segs += [msh("DICTATION", "RMC", "EPICMDM", "RMC", d, "MDM^T02^MDM_T02", digits(10)),
                 f"EVN|T02|{hl7ts(d, True)}", pid(p), f"PV1|1|O|CARDIO^^^RMC",
                 f"TXA|1|{['ECHO', 'PFT'][i]}|TX|{hl7ts(d)}|{docs[i].npi}^{docs[i].last.upper()}^{docs[i].first.upper()}||||||{digits(9)}||||||AU",
                 f"OBX|1|TX|{['ECHO', 'PFT'][i]}^Report^L||{notes[i]}||||||F"]
    segs += ["BTS|2", "FTS|1"]
    msg = ("\r".join(segs) + "\r").encode("ascii")
    blocks = [P(f"{an.first},", "Tonight's batch from the dictation system didn't file - both MDMs are still in the "
                "inbound folder. Attached is the batch file. Both reports are final and the cardiologists are asking "
                "why they can't see them in Epic."), SIG(him)]
    M("hl7", "FHS/BHS batch of two MDM^T02 reports (echo, PFT) with PIDs attached as application/hl7-v2",
      him, [an], "MDM batch not filing", MIX(outlook(blocks), ATT("MDM_batch.hl7", "application/hl7-v2", msg)))


# ====================================================================================================
# ccda (5)
# ====================================================================================================
def ccda(p, title, loinc, sections, author_org="Riverside Medical Center", doc_id=None, templ="2.16.840.1.113883.10.20.22.1.2"):
    secs = []
    for stitle, scode, rows in sections:
        tr = "\n".join("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
        th = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
        secs.append(f"""    <component>
      <section>
        <code code="{scode}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC"/>
        <title>{esc(stitle)}</title>
        <text><table border="1"><thead><tr>{th}</tr></thead><tbody>
{tr}
        </tbody></table></text>
      </section>
    </component>""")
    g = "F" if p.sex == "F" else "M"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="{templ}" extension="2015-08-01"/>
  <id root="{guid()}" extension="{doc_id or digits(10)}"/>
  <code code="{loinc}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{esc(title)}"/>
  <title>{esc(title)}</title>
  <effectiveTime value="{CUR[0]:%Y%m%d%H%M%S}-0{abs(tzoff(CUR[0]))}00"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7712.2.1" extension="{p.mrn}"/>
      <addr use="HP"><streetAddressLine>{esc(p.street)}</streetAddressLine><city>{esc(p.city)}</city><state>OH</state><postalCode>{p.zip}</postalCode><country>US</country></addr>
      <telecom use="HP" value="tel:{p.phone.replace('(', '+1-').replace(') ', '-')}"/>
      <patient>
        <name use="L"><given>{esc(p.first)}</given><family>{esc(p.last)}</family></name>
        <administrativeGenderCode code="{g}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{p.dob8}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{CUR[0]:%Y%m%d%H%M%S}"/>
    <assignedAuthor><id root="2.16.840.1.113883.4.6"/><representedOrganization><name>{esc(author_org)}</name></representedOrganization></assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.3.7712"/><name>{esc(author_org)}</name></representedCustodianOrganization></assignedCustodian></custodian>
  <component>
    <structuredBody>
{chr(10).join(secs)}
    </structuredBody>
  </component>
</ClinicalDocument>
"""


@reg
def ccda01():
    d = when()
    hie = Box("ClearWater HIE Document Delivery", "delivery@clearwaterhie.example.org")
    pcp = staff("md", "Family Medicine")
    p = Patient("M", 70, "anglo")
    xml = ccda(p, "Continuity of Care Document", "34133-9", [
        ("Problems", "11450-4", [["Problem", "ICD-10-CM", "Status", "Onset"], ["Chronic obstructive pulmonary disease", "J44.9", "Active", "2016"],
                                 ["Type 2 diabetes mellitus without complications", "E11.9", "Active", "2011"],
                                 ["Atherosclerotic heart disease", "I25.10", "Active", "2019"]]),
        ("Medications", "10160-0", [["Medication", "Sig", "Status"], ["tiotropium 18 mcg inhalation capsule", "1 cap inhaled daily", "Active"],
                                    ["metformin 1000 mg tablet", "1 tab PO BID", "Active"], ["clopidogrel 75 mg tablet", "1 tab PO daily", "Active"]]),
        ("Allergies", "48765-2", [["Substance", "Reaction", "Severity"], ["Sulfonamide antibiotics", "Rash", "Moderate"]]),
        ("Results", "30954-2", [["Test", "Value", "Date"], ["Hemoglobin A1c", "7.6 %", mdy(later(-30))], ["LDL cholesterol", "71 mg/dL", mdy(later(-30))]]),
        ("Encounters", "46240-8", [["Encounter", "Facility", "Date"], ["Emergency visit - COPD exacerbation", "Mercy Valley Hospital", mdy(later(-9))]])],
        author_org="Mercy Valley Hospital")
    blocks = [BANNER(), P("A clinical document has been delivered to your organization through ClearWater HIE on behalf "
                          "of Mercy Valley Hospital."), P(f"Patient: {p.full}   Document: Continuity of Care Document"),
              P("This message contains protected health information exchanged under HIPAA for treatment purposes."),
              P("ClearWater HIE")]
    M("ccda", "Inbound HIE delivery of a CCD (C-CDA XML) for a named patient: problems with ICD-10, meds, ED encounter",
      hie, [pcp], "Document delivery: Continuity of Care Document", MIX(outlook(blocks), ATT("CCD.xml", "application/xml", xml)),
      inbound=True)


@reg
def ccda02():
    d = when()
    hm_ = staff("cm", "Transitions of Care", title="Transitions Nurse")
    snf = ext_person("maplecrestcare.example.org", "M")
    p = Patient("F", 88, "anglo")
    xml = ccda(p, "Transfer Summary", "18761-7", [
        ("Reason for referral", "42349-1", [["Reason"], ["Skilled nursing for IV antibiotics and PT after hospitalization for pyelonephritis"]]),
        ("Problems", "11450-4", [["Problem", "ICD-10-CM"], ["Acute pyelonephritis", "N10"], ["Dementia, mild, without behavioral disturbance", "F03.A0"]]),
        ("Medications", "10160-0", [["Medication", "Sig"], ["ceftriaxone 1 g IV", "q24h through " + mdy(later(6))], ["donepezil 10 mg", "1 tab PO nightly"]]),
        ("Functional status", "47420-5", [["Item", "Status"], ["Ambulation", "Walker, contact guard"], ["Cognition", "Oriented x2"]])],
        templ="2.16.840.1.113883.10.20.22.1.13")
    blocks = [P(f"Hi {snf.first},", "Attached as discussed. Let me know if your system can't import it."), SIG(hm_)]
    M("ccda", "Transfer Summary C-CDA to a SNF with the PHI sensitivity label; body only says 'Attached as discussed'",
      hm_, [snf], "Transfer summary", MIX(outlook(blocks), ATT("TransferSummary.xml", "text/xml", xml)),
      label=("phi", "Confidential - PHI"))


@reg
def ccda03():
    d = when()
    pcp = staff("md", "Internal Medicine")
    cm = staff("cm", "Population Health", title="RN Care Manager")
    ext = ext_person("northridgehealth.example.org", "F")
    p = Patient("M", 57, "westafrican")
    t0 = ago(60 * 30)
    xml = ccda(p, "Progress Note", "11506-3", [
        ("Assessment and plan", "51847-2", [["Item", "Detail"], ["Hypertensive heart and chronic kidney disease with heart failure", "I13.0"],
                                            ["CKD stage 4", "N18.4"], ["Plan", "Start sacubitril/valsartan 24/26 mg BID; nephrology referral"]]),
        ("Vital signs", "8716-3", [["Measure", "Value"], ["BP", "162/94 mmHg"], ["Weight", "104.3 kg"]]),
        ("Results", "30954-2", [["Test", "Value"], ["Creatinine", "3.1 mg/dL"], ["eGFR", "23 mL/min/1.73m2"], ["NT-proBNP", "4,820 pg/mL"]])],
        author_org="Northridge Health Partners", templ="2.16.840.1.113883.10.20.22.1.9")
    inner_blocks = [BANNER(), P(f"Dr. {pcp.last},", f"Attached is the progress note from {p.full}'s visit with our heart failure "
                                "clinic, for your records."), P(ext.full, "Northridge Health Partners - Cardiology")]
    inner = FWD(ext, [pcp], "Progress note - shared patient", MIX(outlook(inner_blocks), ATT("ProgressNote.xml", "application/xml", xml)), t0)
    top = [P(f"{cm.first}, for his care plan - new HF med and nephrology referral from the outside cardiologist."),
           SIG(pcp, short=True)]
    M("ccda", "Forwarded (rfc822) outside progress note C-CDA (XML) for a named patient with CKD 4 and heart failure",
      pcp, [cm], "FW: Progress note - shared patient", MIX(outlook(top), RFC(inner)))


@reg
def ccda04():
    d = when()
    ref = staff("coord", "Riverside Orthopedics", title="Referral Coordinator")
    ext = ext_person("summitpt.example.org", "F")
    p = Patient("F", 36, "hispanic")
    t0 = ago(60 * 4)
    xml = ccda(p, "Referral Note", "57133-1", [
        ("Reason for referral", "42349-1", [["Reason"], ["Post-operative physical therapy after right ACL reconstruction (S83.511A)"]]),
        ("Procedures", "47519-4", [["Procedure", "Date"], ["Arthroscopic ACL reconstruction, hamstring autograft (CPT 29888)", mdy(later(-8))]]),
        ("Plan of treatment", "18776-5", [["Order", "Detail"], ["PT 2-3x/week x 12 weeks", "ACL protocol, brace locked in extension for ambulation 2 weeks"]])],
        templ="2.16.840.1.113883.10.20.22.1.14")
    q = [BANNER(), P(f"Hi {ref.first},", "We received the PT referral but the attachment came through as a fax image we can't "
                     "read. Could you resend the referral as a C-CDA or PDF?"), P(ext.full, "Summit Physical Therapy")]
    top = [P(f"Hi {ext.first},", "Resending as the C-CDA referral note from Epic. She'd like to start next week at your "
             "Granville Park clinic."), SIG(ref), footer(2)]
    body = chain((None, top), (HDR(ext, [ref], "PT referral - unreadable", t0), q))
    M("ccda", "Reply chain resending a Referral Note C-CDA (XML) for a named patient's ACL rehab to an outside PT clinic",
      ref, [ext], "RE: PT referral - unreadable", MIX(outlook(body), ATT("ReferralNote.xml", "application/xml", xml)), depth=1)


@reg
def ccda05():
    d = when()
    him = staff("coord", "Health Information Management", title="Release of Information Specialist")
    atty = ext_person("hollisterlaw.example.org", "M")
    p = Patient("M", 45, "black")
    secs = [("Problems", "11450-4", [["Problem", "ICD-10-CM", "Onset"], ["Fracture of shaft of left tibia, closed", "S82.202A", mdy(later(-90))],
                                     ["Post-traumatic stress disorder, acute", "F43.11", mdy(later(-60))]]),
            ("Procedures", "47519-4", [["Procedure", "Date"], ["Intramedullary nailing, left tibia", mdy(later(-89))]]),
            ("Medications", "10160-0", [["Medication", "Sig"], ["sertraline 50 mg", "daily"], ["ibuprofen 600 mg", "q6h PRN"]])]
    xml = ccda(p, "Summary of Episode Note", "34133-9", secs)
    rows = "".join(f"<h3>{esc(t)}</h3><table border='1'>" + "".join("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>" for r in rs) + "</table>"
                   for t, _, rs in secs)
    html = (f"<html><head><meta charset='utf-8'><title>Summary of Episode Note</title></head><body style='font-family:Arial'>"
            f"<h2>Summary of Episode Note</h2><p>{esc(p.full)} | DOB {p.dobs} | MRN {p.mrn} | Riverside Medical Center</p>"
            f"{rows}<p style='font-size:8pt'>Rendered with CDA.xsl for human-readable viewing.</p></body></html>\n")
    blocks = [P(f"Mr. {atty.last},", f"In response to the authorized request (HIPAA-compliant authorization signed by "
                f"{p.full}, received {mdy(later(-12))}), attached are the requested records: the C-CDA summary and a "
                "human-readable copy. The secure link expires in 14 days."), SIG(him), footer(0)]
    M("ccda", "Release-of-information e-mail to a law firm with a C-CDA (XML) and its HTML rendering: tibia fracture, PTSD",
      him, [atty], "Records request - response", MIX(outlook(blocks), ATT("SummaryOfEpisode.xml", "application/xml", xml),
                                                     ATT("SummaryOfEpisode.html", "text/html", html)))


# ====================================================================================================
# imaging (5)
# ====================================================================================================
@reg
def img01():
    d = when(hour=R.choice([1, 2, 22, 23]))
    rad = staff("rad", "Radiology - Neuroradiology")
    edd = staff("md", "Emergency Medicine")
    p = Patient("F", 77, "chinese")
    acc = f"CT{digits(8)}"
    fields = [("Priority", "CRITICAL - Category 1 (communicate within 60 min)"), ("Exam", "CT HEAD WITHOUT CONTRAST"),
              ("Accession", acc), ("Patient", f"{p.LF}  (DOB {p.dobs})"), ("Location", "ED - Room 14"),
              ("Ordering provider", edd.full), ("Radiologist", f"{rad.full}, MD"), ("Finding sent", f"{mdy(d)} {d:%H:%M}")]
    finding = ("New 3.2 cm left frontal intraparenchymal hemorrhage with 4 mm left-to-right midline shift and "
               "intraventricular extension. Patient is on apixaban per the order indication. Recommend emergent "
               "neurosurgery evaluation and anticoagulation reversal.")
    intro = ["A critical result requires your acknowledgement."]
    html = sn_html("Riverside Radiology - Critical Results Communication", "CRITICAL RESULT - acknowledgement required",
                   intro, fields, finding, link="Acknowledge receipt")
    M("imaging", "Radiology critical-results system notification: named patient's intracranial hemorrhage on head CT",
      CRIT, [edd], f"CRITICAL RESULT: {acc} - acknowledgement required",
      ALT(T(sn_text("CRITICAL RESULT - acknowledgement required", intro, fields, finding), "7bit"), H(html, "qp")),
      importance="High")


@reg
def img02():
    d = when()
    p = Patient("M", 49, "southasian")
    ctr = ext_person(SUMMIT, "F")
    orth = staff("md", "Orthopedics - Sports Medicine")
    ex = later(-1)
    L = [("h", "SUMMIT IMAGING CENTER"), "88 Tower Blvd, Suite 100, Riverside OH 43215   Tel (614) 555-0109", "",
         ("b", "MRI RIGHT SHOULDER WITHOUT CONTRAST"), "",
         f"Patient: {p.full}     DOB: {p.dobs}     Exam date: {mdy(ex)}",
         f"Referring: {orth.full}, MD (Riverside Orthopedics)     Accession: SIC{digits(7)}", "",
         ("b", "CLINICAL HISTORY"), "Right shoulder pain and weakness after a fall 6 weeks ago. Evaluate rotator cuff.", "",
         ("b", "FINDINGS"),
         "Full-thickness, full-width tear of the supraspinatus tendon with 2.1 cm medial retraction.",
         "High-grade partial articular-sided tear of the anterior infraspinatus.",
         "Mild fatty atrophy of the supraspinatus muscle (Goutallier grade 1).",
         "Subscapularis intact. Long head biceps tendinosis, no dislocation.",
         "Moderate acromioclavicular osteoarthritis. Small joint effusion, subacromial-subdeltoid bursitis.", "",
         ("b", "IMPRESSION"),
         "1. Full-thickness supraspinatus tear with 2.1 cm retraction and early fatty atrophy.",
         "2. High-grade partial-thickness infraspinatus tear.", "3. Moderate AC joint arthrosis.", "",
         ("s", f"Dictated and electronically signed by {ctr.full}, MD, Summit Imaging Radiology Associates, {mdy(ex)} 17:22")]
    att = pdf(L, title="MRI report", author="Summit Imaging Center", creator="PowerScribe 360", producer="PowerScribe PDF")
    blocks = [BANNER(), P(f"Dr. {orth.last},", "The final report for your patient is attached. Images are available on the "
                          "Summit image-share portal."), P("Summit Imaging Center - Results Desk"),
              ("footer", "Confidential: this message contains protected health information (PHI) under HIPAA. "
                         "Summit Imaging Center.")]
    M("imaging", "Inbound outside-imaging MRI shoulder report (uncompressed PDF) for a named patient with DOB",
      ctr, [orth], "Final report", MIX(outlook(blocks), ATT("MRI_R_Shoulder.pdf", "application/pdf", att)), inbound=True)


@reg
def img03():
    d = when()
    rad = staff("rad", "Breast Imaging", sex="F")
    nav = staff("rn", "Breast Center", title="Nurse Navigator", cred="RN, CN-BN")
    pcp = staff("md", "Family Medicine")
    p = Patient("F", 57, "black")
    t0 = ago(60 * 3)
    orig = [P(f"Hi {nav.first},", f"Diagnostic workup today on {p.full} (DOB {p.dobs}) - left breast 2:00, 6 cm FN, "
              "11 mm irregular hypoechoic mass with angular margins, no axillary adenopathy. BI-RADS 4C. I recommended "
              "US-guided core biopsy and she agreed. Can you get her on the biopsy schedule this week and let "
              f"{pcp.dr} know?"), SIG(rad, short=True)]
    top = [P(f"{rad.dr}, she's booked for {dayname(later(2))} at 9:00 with Dr. Lindqvist; pre-procedure call done, she "
             "holds her aspirin 5 days. I sent the result note to her PCP."), SIG(nav)]
    text = render_text(chain((None, top), (HDR(rad, [nav], "BI-RADS 4C - needs bx", t0, cc=[pcp]), orig)))
    M("imaging", "Reply chain (QP) about a named patient's BI-RADS 4C breast ultrasound and biopsy booking",
      nav, [rad], "RE: BI-RADS 4C - needs bx", plain(text, "qp"), cc=[pcp], depth=1)


@reg
def img04():
    d = when()
    rad = staff("rad", "Radiology - Body")
    hosp = staff("hosp", "Hospital Medicine")
    p = Patient("M", 66, "euro")
    msgs = [(rad.full, hm(d), f"@{hosp.full} CTA chest on {p.full} (6W-09) is positive for bilateral segmental PEs, "
                              "largest RLL. RV/LV ratio 1.1, no contrast reflux. Calling you now as well - "
                              "please check your Vocera.")]
    html = teams_html(rad.full, "Radiology - Hospitalist results (chat)", msgs)
    M("imaging", "Teams mention e-mail: radiologist reports a named patient's bilateral pulmonary emboli on CTA",
      TEAMS, [hosp], f"{rad.full} mentioned you in Radiology - Hospitalist results", H(html, "qp"))


@reg
def img05():
    d = when()
    co = staff("rn", "Radiology", title="Incidental Findings Navigator", cred="BSN, RN")
    mgr = staff("rnm", "Radiology", title="Radiology Quality Manager")
    cols = [("EXAM DATE", 10, "l"), ("PATIENT", 24, "l"), ("DOB", 10, "l"), ("EXAM", 22, "l"), ("FINDING", 38, "l"),
            ("REC", 22, "l"), ("DUE", 10, "l"), ("STATUS", 12, "l")]
    finds = [("CT ABD/PEL W", "2.4 cm R adrenal nodule, 28 HU", "Adrenal CT protocol", 12),
             ("CT CHEST W", "9 mm solid RUL nodule", "CT chest 3 months", 3),
             ("US ABDOMEN", "3.1 cm infrarenal AAA", "US 3 years", 36),
             ("CT A/P W", "1.8 cm pancreatic tail cyst", "MRI/MRCP 12 months", 12),
             ("CT CHEST WO", "Thyroid nodule 1.6 cm", "Thyroid US", 1),
             ("MRI L-SPINE", "Renal lesion, Bosniak IIF", "CT/MRI 6 months", 6)]
    rows = []
    for ex, fi, rec, mo in finds:
        p = Patient(age=R.randint(45, 84))
        e = later(-R.randint(30, 200))
        rows.append([mdy(e), p.LF, p.dobs, ex, fi, rec, mdy(e + dt.timedelta(days=30 * mo)),
                     R.choice(["OVERDUE", "SCHEDULED", "PCP NOTIFIED", "OVERDUE"])])
    rpt = "\n".join(["RIVERSIDE RADIOLOGY - INCIDENTAL FINDINGS TRACKING (ACR follow-up)", f"Run: {mdy(d)}", "",
                     fixed(cols, rows), "", "Source: PowerScribe Follow-up Manager export (fixed width)"])
    text = "\n".join([f"{mgr.first},", "", "Monthly incidental-findings tracking report attached. Three are overdue "
                      "with no PCP response; I'm sending certified letters to those patients this week.", "", co.cname])
    M("imaging", "Fixed-width TXT incidental-findings tracking report: named patients with DOB, findings and follow-up status",
      co, [mgr], "Incidental findings - monthly", MIX(T(text, "7bit"), ATT("IF_tracking.txt", "text/plain", rpt)))


# ====================================================================================================
# label (5) - PHI sensitivity label, innocuous body
# ====================================================================================================
@reg
def lbl01():
    d = when()
    a, b = staff("rn", "Care Coordination"), staff("cm", "Care Coordination")
    text = "Thanks - got it. Will take care of it this afternoon.\n\nSent from my iPhone\n"
    M("label", "Short mobile reply ('Sent from my iPhone') carrying the Confidential PHI label (7bit)",
      a, [b], "Re: Follow-up", plain(text, "7bit"), label=("phi", "Confidential PHI"), depth=1,
      xmailer="iPhone Mail (22A3354)")


@reg
def lbl02():
    d = when()
    a, b = staff("sw", "Social Work"), staff("cm", "Case Management")
    blocks = [P(f"Hi {b.first},", "Here's the updated version. Let me know if anything else needs changing before "
                "Friday."), SIG(a)]
    M("label", "Outlook HTML 'updated version' note with the Confidential - PHI label and nothing else",
      a, [b], "Updated version", outlook(blocks), label=("phi", "Confidential - PHI"))


@reg
def lbl03():
    d = when()
    org = staff("sw", "Palliative Care")
    att = [staff("md", "Palliative Care"), staff("cm", "Case Management"), staff("rn", "Palliative Care")]
    st = later(2).replace(hour=14, minute=0, second=0)
    desc = "Please join by Teams or in person.\n\n" + teams_join()
    cal = ics(org, att, "Care conference", st, 45, "7 North family room / Microsoft Teams", desc)
    M("label", "Meeting invite (text/calendar) 'Care conference' with only a Teams link, carrying the confidential-phi label",
      org, att, "Care conference", ALT(T(desc + "\n", "qp"), H(render_html([P(desc)]), "qp"), CAL(cal)),
      label=("phi", "confidential-phi"))


@reg
def lbl04():
    d = when()
    mgr = staff("rnm", "4 West ICU")
    rn = staff("rn", "4 West ICU")
    t0 = ago(40)
    text = render_text([P("Approved."), SIG(mgr, short=True),
                        HDR(rn, [mgr], "Saturday", t0),
                        P(f"Hi {mgr.first}, can I pick up the open 7p-7a on Saturday? I'm under 40 hours this week."),
                        P(rn.first)])
    M("label", "One-word 'Approved.' reply over an innocuous shift question; PHI label header present without _Name (QP)",
      mgr, [rn], "RE: Saturday", plain(text, "qp"), label=("phi", None), depth=1)


@reg
def lbl05():
    d = when()
    a, b = staff("md", "Internal Medicine"), staff("np", "Internal Medicine")
    text = "Call me when you get a chance - easier than typing it all out.\n\n" + a.first + "\n"
    M("label", "'Call me when you get a chance' (base64 text/plain) with the CONFIDENTIAL PHI label",
      a, [b], "Quick question", plain(text, "base64"), label=("phi", "CONFIDENTIAL PHI"))


# ====================================================================================================
# mbi (5)
# ====================================================================================================
@reg
def mbi01():
    d = when()
    el = staff("coord", "Patient Access - Eligibility", title="Eligibility Specialist")
    sup = staff("coord", "Patient Access - Eligibility", title="Eligibility Supervisor")
    hdr = ["Patient", "DOB", "Sex", "Address", "City", "ZIP", "MBI (old HICN retired)", "Part A Eff", "Part B Eff",
           "MA Plan", "MA Contract", "Service Date", "Dept", "Service", "Eligibility Result", "Action"]
    rows = [hdr]
    for i in range(7):
        p = Patient(age=R.randint(66, 94))
        rows.append([p.LF, p.dobs, p.sex, p.street, p.city, p.zip, p.mbi, f"{p.dob.month:02d}/01/{p.dob.year + 65}",
                     f"{p.dob.month:02d}/01/{p.dob.year + 65}", R.choice(["", "Bluestem Medicare Advantage", "Riverside Health Plan Medicare"]),
                     R.choice(["", f"H{digits(4)}"]), mdy(later(R.randint(1, 10))),
                     R.choice(["RMC IMAGING", "INFUSION", "CARDIOLOGY", "SLEEP LAB"]),
                     R.choice(["CT chest", "IV iron infusion", "Echocardiogram", "Sleep study", "PET/CT"]),
                     R.choice(["Active - Traditional Medicare", "MA plan on file differs", "MBI not found"]),
                     R.choice(["No action", "Update coverage", "Call patient for new card"])])
    blocks = [P(f"{sup.first},", "Medicare eligibility worklist for next week's outpatient services attached. Two "
                "MBIs came back not found - probably transposed characters at registration."), SIG(el)]
    M("mbi", "Wide Medicare eligibility worklist CSV (16 columns) with MBIs, names, DOB and scheduled services",
      el, [sup], "Medicare elig worklist", MIX(outlook(blocks), ATT("Medicare_elig.csv", "text/csv", csv_bytes(rows))))


@reg
def mbi02():
    d = when()
    reg = staff("coord", "Patient Access", title="Patient Access Specialist")
    p = Patient("M", 81, "japanese")
    son = relative(p, "M")
    t0 = ago(60 * 5)
    quoted = [P(f"Hello Mr. {son.last},", f"Thank you for calling about your father, {p.full}. Before his cardiac "
                f"rehab starts on {md(later(5))}, we need the Medicare number from his new red-white-and-blue card - "
                "the one on file was rejected. You can reply to this secure message."), P(reg.full, "Riverside Patient Access")]
    text = render_text([P(f"Hi {reg.first},"), P(f"Here it is from his new card: {p.mbi[:4]}-{p.mbi[4:7]}-{p.mbi[7:]}. "
                                                 f"Part A and B both effective {p.dob.month:02d}/01/{p.dob.year + 65}. "
                                                 "His Bluestem supplement card is the same."),
                        P("Thanks,", son.full), GT(reg, t0, quoted)])
    M("mbi", "Inbound reply from a patient's son giving his father's MBI (dashed) above a '>'-quoted cardiac-rehab request (QP)",
      son, [reg], "Re: Medicare card needed", plain(text, "qp"), inbound=True, depth=1)


@reg
def mbi03():
    d = when()
    ch = Box("Apex Clearinghouse Eligibility", "eligibility@apexclearing.example.org")
    el = staff("coord", "Patient Access - Eligibility", title="Eligibility Specialist")
    p = Patient("F", 72, "hispanic")
    doc = {"transaction": "271", "traceNumber": digits(10), "payer": {"name": "CMS MEDICARE PART A/B - JURISDICTION 15", "id": "15202"},
           "provider": {"name": "RIVERSIDE MEDICAL CENTER", "npi": npi()},
           "subscriber": {"lastName": p.last.upper(), "firstName": p.first.upper(), "memberId": p.mbi,
                          "dateOfBirth": p.dob8, "gender": "F",
                          "address": {"line1": p.street.upper(), "city": p.city.upper(), "state": "OH", "zip": p.zip}},
           "benefits": [{"code": "1", "serviceType": "30", "coverage": "Medicare Part A", "effective": f"{p.dob.year + 65}{p.dob.month:02d}01"},
                        {"code": "1", "serviceType": "30", "coverage": "Medicare Part B", "effective": f"{p.dob.year + 65}{p.dob.month:02d}01"},
                        {"code": "C", "serviceType": "30", "description": "Part B deductible remaining", "amount": "257.00"},
                        {"code": "R", "serviceType": "30", "description": "Other payer - Medicare Advantage", "entity": "BLUESTEM MEDICARE ADVANTAGE HMO",
                         "contract": f"H{digits(4)}", "effective": f"{d.year}0101"}],
           "serviceDate": later(3).strftime("%Y%m%d"), "requestedService": "Home health start of care"}
    blocks = [BANNER(), P("Your batch eligibility response is ready. One response is attached per your account's "
                          "exception settings (other payer found)."), P("Apex Clearinghouse"),
              ("footer", EXT_FOOTERS["vendor"])]
    M("mbi", "Inbound clearinghouse 271 response (JSON) with a named beneficiary's MBI, DOB and address before home-health start",
      ch, [el], "Eligibility exception - other payer found", MIX(outlook(blocks), ATT("271_response.json", "application/json", json.dumps(doc, indent=2))),
      inbound=True)


@reg
def mbi04():
    d = when()
    cm = staff("cm", "Utilization Review", title="UR Nurse", cred="RN")
    mgr = staff("rnm", "Utilization Review", title="UR Manager")
    rows = [["Patient", "MBI", "DOB", "Unit", "Obs Start", "Hours in Obs", "Reason for Obs", "MOON Delivered",
             "Delivered By", "Signed", "Interpreter", "Comment"]]
    rsns = ["Chest pain, r/o ACS", "Syncope", "Cellulitis", "Dehydration / AKI", "TIA", "Asthma exacerbation"]
    for r_ in rsns:
        p = Patient(age=R.randint(66, 93))
        st = d - dt.timedelta(hours=R.randint(10, 60))
        h_ = int((d - st).total_seconds() // 3600)
        rows.append([p.LF, p.mbi, p.dobs, R.choice(["CDU", "5W", "5E"]), st.strftime("%m/%d %H:%M"), str(h_), r_,
                     "Y" if h_ < 36 else "N", cm.lf if h_ < 36 else "", R.choice(["Y", "N - refused"]) if h_ < 36 else "",
                     R.choice(["", "Spanish", ""]), "" if h_ < 36 else "PAST 36 H - deliver now"])
    att = excel_html("MOON tracking", rows, [150, 110, 80, 50, 90, 60, 150, 70, 140, 80, 70, 180],
                     title="Medicare Outpatient Observation Notice (MOON) tracking")
    blocks = [P(f"{mgr.first},", "MOON tracker attached. Three beneficiaries passed 36 hours without a delivered notice "
                "- I'm heading to CDU now."), SIG(cm)]
    M("mbi", "Excel HTML export of MOON observation tracking: Medicare beneficiaries' names, MBIs, DOB and reasons for observation",
      cm, [mgr], "MOON tracker", MIX(outlook(blocks), ATT("MOON_tracker.htm", "text/html", att)))


@reg
def mbi05():
    d = when()
    an = staff("it", "Revenue Cycle Applications", title="Eligibility Interface Analyst")
    reg = staff("coord", "Patient Access", title="Patient Access Lead")
    p = Patient("M", 76, "black")
    key = f"RCA-{R.randint(900, 999)}"
    m = p.mbi
    fields = [("Type", "Bug"), ("Priority", "High"), ("Status", "In Progress"), ("Assignee", an.full), ("Reporter", reg.full)]
    bodyt = (f"Real-time eligibility keeps returning AAA*72 (invalid member id) for {p.full}, DOB {p.dobs}, scheduled "
             f"for dialysis access surgery on {mdy(later(4))}. MBI from his card: {m}. Registration entered it "
             "correctly on the coverage. Can you check the outbound 270 mapping? His surgery can't be cleared until eligibility returns active.")
    comments = [(an.full, f"{mdy(d)} {hm(d)}", "Found it - the coverage filing order put his old Medicare Advantage "
                 "plan first, and we sent the MBI to the MA payer. Re-sequenced; 271 now returns active Part A/B.")]
    M("mbi", "Jira bug notification about a named dialysis patient's MBI failing real-time eligibility",
      JIRA, [reg], f"[JIRA] ({key}) MBI rejected in real-time eligibility",
      ALT(T(jira_text(key, "MBI rejected in real-time eligibility", an.full, "commented on an issue", fields, bodyt, comments), "qp"),
          H(jira_html(key, "MBI rejected in real-time eligibility", an.full, "commented on an issue", fields, bodyt, comments), "qp")),
      extra=[JIRA_FP()])


# ====================================================================================================
# template (30) - blank forms, merge templates and placeholders; a few with marked example values
# ====================================================================================================
@reg
def tpl01():
    d = when()
    px = staff("admin", "Patient Experience", title="Patient Experience Specialist")
    mgr = staff("admin", "Patient Experience", title="Director, Patient Experience")
    lab = staff("path", "Laboratory Medicine", title="Laboratory Medical Director")
    t0 = ago(60 * 24)
    draft = [P("Revised wording below - please mark up by Friday:"),
             PRE("Dear [PATIENT FIRST NAME],\n\n"
                 "Your [TEST NAME] from [COLLECTION DATE] is now available. [RESULT SENTENCE]\n\n"
                 "[IF ABNORMAL: Your care team would like to talk with you about this result. Please call\n"
                 "[CLINIC NAME] at [CLINIC PHONE] to schedule a follow-up visit.]\n\n"
                 "[IF NORMAL: No action is needed. We will review this at your next visit.]\n\n"
                 "Sincerely,\n[PROVIDER NAME], [CREDENTIALS]\n[CLINIC NAME]"),
             P("Readability is grade 6.2 per the checker."), SIG(px), footer(1)]
    mid = [P(f"Looks good. One suggestion: '[RESULT SENTENCE]' should come from the result-specific snippet library, "
             "not free text, so staff can't paste values into the template by accident."), SIG(lab, short=True)]
    top = [P(f"Agree with {lab.dr}. {px.first}, please swap in the snippet token and send the final to the Epic letters "
             "team - we'll retire the old 'Dear Patient' version at the same time."), SIG(mgr), footer(1)]
    body = chain((None, top), (HDR(lab, [px, mgr], "RE: Result letter template - revision 3", ago(60 * 3)), mid),
                 (HDR(px, [mgr, lab], "Result letter template - revision 3", t0), draft))
    M("template", "Reply chain revising a result-letter template written in [BRACKET] placeholders; HIPAA footer, no patient",
      mgr, [px, lab], "RE: Result letter template - revision 3", outlook(body), depth=2)


@reg
def tpl02():
    d = when()
    an = staff("it", "Digital Health", title="Patient Engagement Analyst")
    amb = staff("rnm", "Ambulatory Operations", title="Ambulatory Nursing Director")
    key = f"DIGI-{R.randint(100, 499)}"
    fields = [("Type", "Story"), ("Priority", "Medium"), ("Status", "Ready for Review"), ("Assignee", an.full),
              ("Reporter", amb.full), ("Sprint", "DIGI Sprint 38")]
    bodyt = ("Updated SMS reminder templates (JSON config for the texting platform):\n\n"
             '{ "template_id": "APPT_REMINDER_72H",\n'
             '  "body": "Hi {{patient_first_name}}, this is Riverside Health reminding you of your appointment with '
             '{{provider_display_name}} on {{appt_date}} at {{appt_time}}. Reply C to confirm or R to reschedule." }\n\n'
             '{ "template_id": "APPT_REMINDER_2H",\n'
             '  "body": "{{patient_first_name}}, see you at {{appt_time}} at {{department_name}}. Parking: {{parking_url}}" }\n\n'
             "Per compliance, no visit type or department names that reveal a specialty (e.g. oncology, behavioral "
             "health) in the SMS body - {{department_name}} maps to the building name only.")
    M("template", "Jira story notification with SMS reminder templates full of {{mustache}} placeholders; no patient",
      JIRA, [amb], f"[JIRA] ({key}) SMS reminder templates v2 ready for review",
      ALT(T(jira_text(key, "SMS reminder templates v2", an.full, "updated an issue", fields, bodyt), "qp"),
          H(jira_html(key, "SMS reminder templates v2", an.full, "updated an issue", fields, bodyt), "qp")),
      extra=[JIRA_FP()])


@reg
def tpl03():
    d = when()
    gi = staff("admin", "Gastroenterology", title="GI Practice Manager")
    staffm = [staff("coord", "Gastroenterology", title="Scheduler") for _ in range(2)]
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<title>Colonoscopy recall letter</title>
<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif} span.MergeField{color:#1F4E79;background:#DDEBF7}</style>
</head><body lang=EN-US style='tab-interval:.5in'>
<div class=WordSection1>
<p class=MsoNormal><span class=MergeField>&lt;&lt;Today's Date&gt;&gt;</span></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><span class=MergeField>&lt;&lt;Patient Name&gt;&gt;</span><br>
<span class=MergeField>&lt;&lt;Address Line 1&gt;&gt;</span><br>
<span class=MergeField>&lt;&lt;City&gt;&gt;</span>, <span class=MergeField>&lt;&lt;State&gt;&gt;</span> <span class=MergeField>&lt;&lt;ZIP&gt;&gt;</span></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Dear <span class=MergeField>&lt;&lt;Patient First Name&gt;&gt;</span>,</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Our records show that you are due for a follow-up colonoscopy. Your doctor recommended this
exam be repeated in <span class=MergeField>&lt;&lt;Interval Years&gt;&gt;</span> years after your last procedure on
<span class=MergeField>&lt;&lt;Last Procedure Date&gt;&gt;</span>.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please call Riverside Gastroenterology at (614) 555-0152 to schedule. If you have had this exam
somewhere else, let us know so we can update your record.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Sincerely,</p>
<p class=MsoNormal><span class=MergeField>&lt;&lt;Provider Name&gt;&gt;</span></p>
</div></body></html>
"""
    blocks = [P("Hi both,", "Attached is the recall letter template saved as a web page so it opens without Word. The "
                "<<fields>> map to the recall report columns. Don't type over the fields; run the merge from the "
                "report so each letter fills itself."), SIG(gi)]
    M("template", "Word mail-merge recall letter saved as HTML (attachment) with <<Patient Name>>-style merge fields",
      gi, staffm, "Recall letter template", MIX(outlook(blocks), ATT("Colonoscopy_recall_template.htm", "text/html", html)))


@reg
def tpl04():
    d = when()
    hv = staff("admin", "Heart & Vascular", title="Office Manager")
    sec = staff("admin", "Heart & Vascular", title="Medical Secretary")
    text = "\n".join([
        f"Hi {sec.first},", "",
        "Below is the device-check reminder letter from the merge document. When you toggle field codes (Alt+F9) "
        "you'll see the { MERGEFIELD } codes; normal view shows the \u00abguillemets\u00bb. Please leave them as they are "
        "and only edit the body text.", "",
        "----------------------------------------------------------------",
        "\u00abLetterDate\u00bb", "",
        "\u00abPatientFullName\u00bb", "\u00abAddressLine1\u00bb", "\u00abCity\u00bb, \u00abState\u00bb \u00abZip\u00bb", "",
        "Dear \u00abPatientTitle\u00bb \u00abPatientLastName\u00bb,", "",
        "Your \u00abDeviceType\u00bb is due for its routine check on or after \u00abDueDate\u00bb. Remote monitoring "
        "transmissions are reviewed by our device clinic every \u00abIntervalMonths\u00bb months.", "",
        "{ MERGEFIELD ClinicPhone \\* MERGEFORMAT }", "",
        "\u00abPhysicianName\u00bb", "----------------------------------------------------------------", "",
        "Thanks!", hv.full])
    M("template", "Word merge letter text (UTF-8 QP) with \u00abMERGEFIELD\u00bb guillemet fields and a field-code line; no patient",
      hv, [sec], "Device check letter - merge fields", plain(text, "qp"))


@reg
def tpl05():
    d = when()
    pa = staff("coord", "Patient Access", title="Downtime Coordinator")
    mgrs = [staff("rnm", "Emergency Department"), staff("coord", "Patient Access", title="Patient Access Manager")]
    L = [("h", "RIVERSIDE HEALTH - DOWNTIME REGISTRATION FORM"), ("s", "Use only during Epic downtime. Enter into Epic within 4 hours of recovery."), "",
         "Downtime MRN label: ____________________________   Arrival date/time: ____/____/________  ____:____", "",
         ("b", "PATIENT"), "Last name: ______________________________  First name: ___________________________  MI: ___",
         "Date of birth: ____/____/________    Sex:  [ ] F  [ ] M  [ ] X    Preferred language: __________________",
         "SSN (optional): ______-____-________", "Street address: ___________________________________________________________",
         "City: ______________________________   State: ______   ZIP: ____________   Phone: (______) ______-__________", "",
         ("b", "EMERGENCY CONTACT"), "Name: ____________________________________  Relationship: ______________  Phone: ______________", "",
         ("b", "INSURANCE"), "Primary payer: ____________________________  Subscriber ID: _____________________________",
         "Subscriber name (if not patient): ____________________________  DOB: ____/____/________", "",
         ("b", "VISIT"), "Department: _______________________   Chief complaint: ____________________________________________",
         "Registrar initials: ______", "", ("s", "Form RH-REG-DT-01  rev. 09/2025")]
    att = pdf(L, flate=True, title="Downtime registration form", author="Patient Access", creator="Microsoft Word")
    blocks = [P("All,", "With the Epic upgrade downtime on Sunday 01:00-05:00, please print 50 blank copies of the "
                "attached downtime registration form for each registration area. The new version adds the preferred "
                "language line. Keep completed forms in the red binder until back-entry."), SIG(pa), footer(2)]
    M("template", "Blank downtime registration form (flate PDF) of ____ lines and ____/____/________ date blanks",
      pa, mgrs, "Downtime forms - print before Sunday", MIX(outlook(blocks), ATT("Downtime_Registration_Form.pdf", "application/pdf", att)))


@reg
def tpl06():
    d = when()
    hm_ = staff("coord", "Health Information Management", title="HIM Forms Coordinator")
    cm = staff("admin", "Forms Committee", title="Forms Committee Chair")
    form = "\n".join([
        "RIVERSIDE HEALTH  -  AUTHORIZATION TO RELEASE HEALTH INFORMATION (TEXT LAYOUT FOR KIOSK PRINTER)",
        "=" * 96,
        "Patient Name: (enter)                         DOB: XX/XX/XXXX        SSN: ***-**-****",
        "MRN: (enter)                                  Phone: (XXX) XXX-XXXX",
        "-" * 96,
        "I authorize Riverside Health to release the following records:",
        "  [ ] Discharge summary   [ ] Lab results   [ ] Imaging reports   [ ] Complete record",
        "  Dates of service: XX/XX/XXXX  to  XX/XX/XXXX",
        "To (name/organization): (enter)",
        "Purpose: [ ] Continuing care  [ ] Legal  [ ] Insurance  [ ] Personal  [ ] Other: (enter)",
        "-" * 96,
        "This authorization expires on XX/XX/XXXX or one year from signature.",
        "Signature of patient or legal representative: ______________________   Date: XX/XX/XXXX",
        "=" * 96,
        "FIELD   WIDTH  TYPE    SOURCE",
        "------  -----  ------  -----------------------------",
        "NAME    40     TEXT    kiosk entry (enter)",
        "DOB     10     DATE    XX/XX/XXXX",
        "SSN     11     MASKED  ***-**-**** (last 4 only)",
        "MRN     9      TEXT    scanned wristband/card"])
    blocks = [P(f"{cm.first},", "For the forms committee agenda: the kiosk version of the release-of-information form is "
                "attached as the printer text layout. Masked fields (***-**-****) print only the last four digits, "
                "and the (enter) fields are filled at the kiosk."), SIG(hm_)]
    M("template", "Kiosk text layout (TXT) of a blank release-of-information form: '(enter)', XX/XX/XXXX and ***-**-**** fields",
      hm_, [cm], "ROI form - kiosk layout", MIX(outlook(blocks), ATT("ROI_kiosk_layout.txt", "text/plain", form)))


@reg
def tpl07():
    d = when()
    hf = staff("np", "Heart Failure Clinic")
    team = [staff("hosp", "Hospital Medicine") for _ in range(2)]
    text = "\n".join([
        "Hi all,", "",
        "Several of you asked for the HF discharge SmartPhrase. It's shared as .HFDCRIVER - you can copy it into "
        "your personal list from the SmartPhrase Manager. Text below so you can see what it pulls:", "",
        "@NAME@ is a @AGE@ @SEX@ admitted on @ADMITDATE@ with acute on chronic {systolic/diastolic:31245} heart "
        "failure.",
        "Discharge weight: *** kg (dry weight goal ***).",
        "GDMT at discharge: @MEDSCLASS(BETA BLOCKERS)@ @MEDSCLASS(ARNI)@ @MEDSCLASS(SGLT2)@ @MEDSCLASS(MRA)@",
        "Diuretic plan: ***",
        "Follow-up: HF clinic within 7 days - {Yes/No:12345}; BMP on ***.",
        "Daily weights, 2 g sodium diet, call if weight up *** lb in a day or *** lb in a week.", "",
        "Remember: every *** must be replaced before you sign - the note won't let you sign with wildcards left.", "",
        hf.cname, "Heart Failure Clinic"])
    M("template", "SmartPhrase text (7bit) with @NAME@/@AGE@ SmartLinks, *** wildcards and {SmartList:id} picks; no patient",
      hf, team, "HF discharge SmartPhrase", plain(text, "7bit"))


@reg
def tpl08():
    d = when()
    a = staff("np", "Hospital Medicine")
    b = staff("hosp", "Hospital Medicine")
    msgs = [(a.full, hm(d - dt.timedelta(minutes=2)), "Does anyone have the sepsis reassessment dot phrase? I keep getting "
                                                     "the old one."),
            (b.full, hm(d), ".SEPSISREASSESS - 'Sepsis reassessment performed at *** after fluid bolus of *** mL/kg. "
                            "Vitals: @VS@. Capillary refill ***, skin ***. Lactate repeat: @LASTLAB(LACTATE)@.' "
                            "Fill the *** in and it satisfies the SEP-1 reassessment.")]
    html = teams_html(b.full, "Hospitalists (channel)", msgs, kind="reply")
    M("template", "Teams reply e-mail sharing a dot phrase with *** wildcards and @VS@/@LASTLAB@ tokens; no patient",
      TEAMS, [a], f"{b.full} replied to a conversation in Hospitalists", H(html, "qp"))


@reg
def tpl09():
    d = when()
    req = staff("admin", "Riverside Primary Care", title="Practice Manager")
    an = staff("it", "Epic Ambulatory", title="Letters Analyst")
    num = inc("RITM")
    fields = [("Request item", num), ("Catalog item", "Epic letter template change"), ("Requested for", req.full),
              ("Application", "Epic Ambulatory - Letters"), ("State", "Open"), ("Assignment group", "Epic Ambulatory")]
    desc = ("Please update the 'Normal results - no follow-up' letter (LTR 40117). New text:\n"
            "Dear [PATIENT NAME],\n"
            "Your recent [TEST] results were within the expected range. No changes to your care are needed.\n"
            "If you have questions, call [DEPARTMENT PHONE].\n"
            "[SIGNING PROVIDER]\n"
            "Also remove the DOB line under the address block - it is not needed in the letter.")
    intro = [f"{num} has been opened on your behalf."]
    html = sn_html("Riverside Service Portal", f"{num} - Epic letter template change", intro, fields, desc, ref=snref())
    M("template", "ServiceNow request notification to change a result-letter template written with [BRACKET] fields",
      SNOW, [req, an], f"{num} opened - Epic letter template change", H(html, "qp"))


@reg
def tpl10():
    d = when()
    org = staff("rnm", "Nursing Informatics", title="Nursing Informatics Specialist")
    att = [staff("rnm", "Nursing Practice Council"), staff("it", "Epic Inpatient", title="ClinDoc Analyst"),
           staff("pharm", "Pharmacy Informatics")]
    st = later(R.randint(3, 9)).replace(hour=13, minute=0, second=0)
    desc = "\n".join(["Agenda - new After Visit Summary (AVS) template", "",
                      "1. Header block: [PATIENT NAME], DOB @DOB@, [ATTENDING] - confirm print order",
                      "2. Medication section: 'START taking / CHANGE how you take / STOP taking' tables driven by @DCMEDS@",
                      "3. Follow-up block: [APPOINTMENT DATE] [TIME] [LOCATION] or '***' when unscheduled",
                      "4. Spanish version placeholders ([NOMBRE], [FECHA])",
                      "5. Go-live date", "", teams_join()])
    cal = ics(org, att, "AVS template review", st, 60, "Microsoft Teams Meeting", desc)
    M("template", "Meeting invite (text/calendar) to review an AVS template; agenda lists [PATIENT NAME], @DOB@ and *** fields",
      org, att, "AVS template review", ALT(T(desc + "\n", "qp"), H(render_html([P(desc)]), "qp"), CAL(cal)))


@reg
def tpl11():
    d = when()
    ph = staff("cm", "Population Health", title="Data Coordinator")
    vend = ext_person("carereach.example.org", "M")
    hdr = ["record_type", "patient_last_name", "patient_first_name", "dob_mmddyyyy", "sex", "mrn", "address_1",
           "city", "state", "zip", "phone_mobile", "language", "pcp_npi", "payer", "program_code", "gap_code",
           "gap_due_date", "consent_sms", "notes"]
    ex = ["EXAMPLE", "EXAMPLE", "PATIENT", "01/01/1900", "U", "XXXXXXXXX", "1 EXAMPLE ST", "ANYTOWN", "OH", "00000",
          "0000000000", "English", "0000000000", "EXAMPLE PAYER", "DM",
          "A1C", "MM/DD/YYYY", "Y", "EXAMPLE ROW - DELETE BEFORE UPLOAD"]
    rows = [hdr, ex]
    blocks = [P(f"Hi {vend.first},", "Here is the blank upload template you asked for, with the column "
                          "order we agreed. The second row is an example only (EXAMPLE/PATIENT, 01/01/1900) so your "
                          "parser can test - please delete it before the first real file. Real files will come "
                          "through SFTP, never e-mail."), SIG(ph), footer(0)]
    M("template", "Wide CSV upload template (19 columns): header plus one row marked EXAMPLE ROW - DELETE; no patient",
      ph, [vend], "Upload template", MIX(outlook(blocks), ATT("gap_outreach_template.csv", "text/csv", csv_bytes(rows))))


@reg
def tpl12():
    d = when()
    an = staff("it", "Integration Services", title="Interface Analyst")
    vend = ext_person("cardiodx.example.org", "M")
    msg = hl7("MSH|^~\\&|<SENDING_APP>|<SENDING_FAC>|EPICRES|RMC|<YYYYMMDDHHMMSS>||ORU^R01^ORU_R01|<CONTROL_ID>|T|2.5.1",
              "PID|1||<MRN>^^^RH^MR||<LAST>^<FIRST>^<MIDDLE>||<YYYYMMDD>|<F|M|U>|||<STREET>^^<CITY>^<ST>^<ZIP>",
              "ORC|RE|<EPIC_ORDER_ID>^EPC|<FILLER_ID>^<FILLER_APP>",
              "OBR|1|<EPIC_ORDER_ID>^EPC|<FILLER_ID>^<FILLER_APP>|<CPT>^<DESCRIPTION>^CPT|||<OBS_DATETIME>|||||||||<ORDERING_NPI>^<LAST>^<FIRST>||||||<RESULT_DATETIME>||<DIAG_SERV>|F",
              "OBX|1|NM|<LOINC>^<NAME>^LN||<VALUE>|<UNITS>|<RANGE>|<FLAG>|||F",
              "OBX|2|TX|18844-1^Interpretation^LN||<FREE TEXT - TX ONLY, NO FT>||||||F")
    blocks = [P(f"{vend.first},", "Attached is the ORU^R01 template for the Holter/event monitor results feed, with every "
                "field shown as a <PLACEHOLDER>. MSH-11 must be T for the test phase. Please send two or three test "
                "messages built from this template with obviously fake patients (last name ZZTEST) before we open the "
                "production route."), SIG(an)]
    M("template", "HL7 ORU^R01 interface template (.hl7) whose every field is a <PLACEHOLDER>, processing id T; no patient",
      an, [vend], "ORU template for results feed", MIX(outlook(blocks), ATT("ORU_R01_template.hl7", "x-application/hl7-v2+er7", msg)))


@reg
def tpl13():
    d = when()
    an = staff("it", "Interoperability", title="Interoperability Analyst")
    lead = staff("it", "Interoperability", title="Interoperability Manager")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Transition of Care template for the vendor document generator. Values in {{ }} are placeholders. -->
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="{{document_uuid}}"/>
  <code code="18761-7" codeSystem="2.16.840.1.113883.6.1" displayName="Transfer summary note"/>
  <title>Transfer Summary</title>
  <effectiveTime value="{{document_datetime}}"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7712.2.1" extension="{{mrn}}"/>
      <addr use="HP"><streetAddressLine>{{address_line_1}}</streetAddressLine><city>{{city}}</city><state>{{state}}</state><postalCode>{{zip}}</postalCode></addr>
      <telecom use="HP" value="tel:{{phone}}"/>
      <patient>
        <name use="L"><given>{{given_name}}</given><family>{{family_name}}</family></name>
        <administrativeGenderCode code="{{sex_code}}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{{birth_date_yyyymmdd}}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section><code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/><title>Problems</title><text>{{problem_table}}</text></section></component>
    <component><section><code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/><title>Medications</title><text>{{medication_table}}</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    blocks = [P(f"{lead.first},", "Template the vendor will use for the SNF transfer summaries is attached. All patient "
                "data comes in through the {{ }} placeholders at generation time; nothing is hard-coded. The "
                "template validates against the C-CDA R2.1 schematron except for the empty sections."), SIG(an)]
    M("template", "C-CDA skeleton (XML attachment) with {{given_name}}/{{mrn}}/{{birth_date_yyyymmdd}} placeholders",
      an, [lead], "ToC template - for review", MIX(outlook(blocks), ATT("ToC_template.xml", "application/xml", xml)))


@reg
def tpl14():
    d = when()
    dev = staff("it", "Digital Health", title="Integration Developer")
    arch = staff("it", "Enterprise Architecture", title="Solutions Architect")
    tpl = {"resourceType": "Patient", "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]},
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7712.2.1", "value": "${patient.mrn}"}],
           "name": [{"use": "official", "family": "${patient.family}", "given": ["${patient.given}"]}],
           "telecom": [{"system": "phone", "value": "${patient.phone}", "use": "mobile"}],
           "gender": "${patient.gender}", "birthDate": "${patient.birthDate}",
           "address": [{"line": ["${patient.address.line1}"], "city": "${patient.address.city}",
                        "state": "${patient.address.state}", "postalCode": "${patient.address.zip}"}],
           "_comment": "Liquid/Velocity-style template for the outbound FHIR adapter; ${...} are resolved at runtime."}
    blocks = [P(f"{arch.first},", "The Patient resource template for the new outbound adapter is attached. Values are "
                "all ${...} expressions resolved from the ADT feed at runtime."), SIG(dev)]
    M("template", "FHIR Patient resource template (JSON attachment) whose values are all ${patient.*} expressions",
      dev, [arch], "Patient resource template", MIX(outlook(blocks), ATT("Patient.template.json", "application/json", json.dumps(tpl, indent=2))))


@reg
def tpl15():
    d = when()
    vend = ext_person("mailmergepro.example.org", "F")
    mk = staff("admin", "Marketing & Communications", title="Marketing Specialist")
    mgr = staff("admin", "Marketing & Communications", title="Director of Marketing")
    t0 = ago(60 * 20)
    inner_blocks = [BANNER(), P(f"Hi {mk.first},", "Here is the proof of the flu-clinic letter template for your approval. "
                                "Fields in double angle brackets will be filled from your mailing list:"),
                    PRE("<<FIRST_NAME>> <<LAST_NAME>>\n<<ADDRESS_1>>\n<<CITY>>, <<STATE>> <<ZIP>>\n\n"
                        "Dear <<FIRST_NAME>>,\n\nFlu season is here. Riverside Health walk-in flu clinics are open\n"
                        "Saturdays 8-12 at <<NEAREST_CLINIC>>. No appointment needed.\n\n<<SIGNATURE_BLOCK>>"),
                    P("Please approve by Wednesday to make the print run."), P(vend.full, "MailMerge Pro Print Services"),
                    ("footer", EXT_FOOTERS["vendor"])]
    inner = FWD(vend, [mk], "Proof - flu clinic letter template", outlook(inner_blocks), t0)
    top = [P(f"{mgr.first} - proof from the print vendor for the flu-clinic mailer (template only, the list goes to "
             "them separately through SFTP). OK to approve?"), SIG(mk)]
    M("template", "Forwarded (rfc822) vendor proof of a mailer template with <<FIRST_NAME>> merge fields; no patient",
      mk, [mgr], "FW: Proof - flu clinic letter template", MIX(outlook(top), RFC(inner)))


@reg
def tpl16():
    d = when()
    ls = staff("coord", "Language Services", title="Language Services Coordinator")
    sch = staff("coord", "Central Scheduling", title="Central Scheduling Supervisor")
    text = "\n".join([
        f"Hola {sch.first},", "",
        "Aquí está el guion en español para las llamadas de recordatorio. Por favor no cambien los campos entre "
        "corchetes; el sistema los llena.", "",
        "\"Hola, ¿hablo con [NOMBRE DEL PACIENTE]? Le llamo de Riverside Health para recordarle su cita el "
        "[FECHA] a las [HORA] en [CLÍNICA]. Por favor llegue 15 minutos antes y traiga su tarjeta de seguro. "
        "Si necesita cambiar la cita, llame al [TELÉFONO DE LA CLÍNICA].\"", "",
        "Ejemplo de mensaje de voz: \"Este es un mensaje para [NOMBRE DEL PACIENTE] de parte de Riverside Health. "
        "Por favor llámenos al [TELÉFONO].\" (No dejen el motivo de la cita en el mensaje de voz.)", "",
        "Gracias,", ls.full, "Servicios de Idiomas"])
    M("template", "Spanish call script (UTF-8, base64 text/plain) with [NOMBRE DEL PACIENTE]/[FECHA] placeholders",
      ls, [sch], "Guion de recordatorio (espanol)", plain(text, "base64"), lang="es-US")


@reg
def tpl17():
    d = when()
    pa = staff("coord", "Prior Authorization", title="Prior Authorization Specialist")
    mgr = staff("coord", "Prior Authorization", title="Prior Authorization Supervisor")
    t0 = ago(60 * 6)
    orig = "\n".join([f"{pa.first},", "", "Can you send me the current fax cover template for imaging prior auths? The "
                      "one on the shared drive still has the old fax number.", "", mgr.first])
    text = "\n".join([
        f"{mgr.first},", "", "Here's the current one - copy/paste into the fax cover in RightFax:", "",
        "PRIOR AUTHORIZATION REQUEST - IMAGING",
        "To (payer): ______________________________   Fax: ______________________",
        "From: Riverside Health Prior Authorization   Fax: (614) 555-0166   Phone: (614) 555-0165",
        "Patient name: ______________________________   DOB: XX/XX/XXXX",
        "Member ID: ______________________   Group #: ____________",
        "Ordering provider: __________________________   NPI: __________",
        "Exam requested (CPT): __________   Diagnosis (ICD-10): __________",
        "Pages including cover: ____", "",
        "The 'Urgent' checkbox was removed per the payer contract language.", "",
        pa.cname, "", "-----Original Message-----", f"From: {mgr.ol}", f"Sent: {sent(t0)}", f"To: {pa.ol}",
        "Subject: PA fax cover", "", orig])
    M("template", "'-----Original Message-----' reply pasting a blank prior-auth fax cover (____ lines, XX/XX/XXXX) (QP)",
      pa, [mgr], "RE: PA fax cover", plain(text, "qp"), depth=1)


@reg
def tpl18():
    d = when()
    mgr = staff("rnm", "Riverside Urgent Care", title="Clinical Manager")
    rn = staff("rn", "Riverside Urgent Care")
    t0 = ago(25)
    quoted = [P(f"Hi {mgr.first}, where is the work note template? A patient is asking for one and I can't find the "
                "new version."), P(rn.first)]
    text = render_text([P("Shared drive > Urgent Care > Forms > Work_Note_2025.docx. Fields are [NAME], [DATE OF VISIT], "
                          "[RETURN DATE] and [RESTRICTIONS]. Don't put the diagnosis on it, just the dates."),
                        P("Sent from my iPhone"), GT(rn, t0, quoted, "iphone")])
    M("template", "Mobile reply (7bit, '>' quote) pointing to a work-note template and listing its [NAME]/[DATE] fields",
      mgr, [rn], "Re: work note template", plain(text, "7bit"), depth=1, xmailer="iPhone Mail (22A3354)")


@reg
def tpl19():
    d = when()
    sq = staff("rnm", "Perioperative Services", title="Perioperative Quality Coordinator")
    team = [staff("rnm", "Same Day Surgery"), staff("rnm", "Main OR")]
    L = [("h", "RIVERSIDE HEALTH"), ("b", "CONSENT FOR SURGERY OR PROCEDURE"), "",
         "Patient name: ______________________________________   Date of birth: ______________",
         "Procedure: ______________________________________________________________________",
         "Side/site (write out, no abbreviations): ____________________________________________",
         "Physician performing the procedure: __________________________________________", "",
         "I have been told about the nature of the procedure, its expected benefits, the reasonably foreseeable risks",
         "(including ____________________________________________), and alternatives, including no treatment.", "",
         "[ ] I consent to blood products if needed.   [ ] I refuse blood products.",
         "[ ] Interpreter used. Language: ______________  Interpreter ID: ___________", "",
         "Patient/representative signature: ____________________________  Date: ________  Time: ______",
         "Relationship if not patient: ____________________",
         "Witness: ____________________________  Physician: ____________________________", "",
         ("s", "Form PER-CONS-01  rev. 08/2025 - blank master; print on demand, do not pre-fill")]
    att = pdf(L, title="Consent for surgery - blank", author="Perioperative Services", creator="Microsoft Word")
    blocks = [P("Hi,", "The revised blank consent (site must now be written out) is attached. Please pull the old stock "
                "from the pre-op bays and replace with this version starting Monday."), SIG(sq)]
    M("template", "Blank surgical consent form (uncompressed PDF) with ____ lines only",
      sq, team, "Revised consent form", MIX(outlook(blocks), ATT("Consent_Surgery_blank.pdf", "application/pdf", att)))


@reg
def tpl20():
    d = when()
    mgr = staff("admin", "Riverside Primary Care - Westbury", title="Practice Manager")
    team = [staff("ma", "Riverside Primary Care - Westbury") for _ in range(3)]
    blocks = [P("Team,", "I saved the standard portal-invitation e-mail as an Outlook template (Home > New Items > More "
                "Items > Choose Form > User Templates > 'Portal invite'). This is what it looks like:"),
              ("raw", "----------", '<hr size="1" width="100%" align="center">'),
              P("Hi [First Name],", "Thanks for visiting Riverside Primary Care - Westbury today. You can see your visit "
                "summary, test results and messages from your care team in MyRiverside.",
                "Your activation code is [ACTIVATION CODE] (expires [EXPIRATION DATE]).",
                "Questions? Call us at (614) 555-0144."),
              ("raw", "----------", '<hr size="1" width="100%" align="center">'),
              P("Replace every [bracket] before you send, and send it only to the e-mail address the patient gives you at "
                "check-out."), SIG(mgr), footer(2)]
    M("template", "Outlook HTML-only e-mail showing a saved portal-invitation template with [First Name]/[ACTIVATION CODE]",
      mgr, team, "Portal invite e-mail template", H(render_html(blocks), "qp"))


@reg
def tpl21():
    d = when()
    rn = staff("rnm", "Ambulatory Nursing", title="Ambulatory Nursing Practice Specialist")
    team = [staff("rn", "Ambulatory Nursing") for _ in range(2)]
    blocks = [P("Hi all,", "Updated MyRiverside message templates for the RN pools are below (also in the shared "
                "SmartText library). The *** must be completed before sending:"),
              TB([["SmartText", "Use", "Text"],
                  ["RN PORTAL NORMAL LAB", "Normal results", "Hi ***, your *** results are normal. No changes are needed. - ***, RN"],
                  ["RN PORTAL REFILL SENT", "Refill done", "Hi ***, your refill for *** was sent to ***. Please allow 24 hours. - ***"],
                  ["RN PORTAL NEED VISIT", "Needs appt", "Hi ***, the doctor would like to see you before refilling ***. Please schedule at ***."],
                  ["RN PORTAL FORM RECEIVED", "Forms", "Hi ***, we received your *** form. It will be ready in *** business days."]]),
              P("Reminder: no abnormal results via template - those need a phone call first."), SIG(rn), footer(0)]
    M("template", "Outlook message listing portal reply SmartTexts with *** wildcards in a table (alternative)",
      rn, team, "Updated portal message templates", outlook(blocks))


@reg
def tpl22():
    d = when()
    an = staff("it", "Laboratory Information Systems", title="LIS Report Writer")
    mgr = staff("mls", "Core Laboratory", title="Laboratory Operations Manager")
    spec = "\n".join([
        "CUMULATIVE REPORT - OUTREACH CLIENTS - LAYOUT SPECIFICATION v4 (PRINTER: 132 COL)", "",
        "RIVERSIDE LABORATORY SERVICES                                  CUMULATIVE REPORT      PAGE XX OF XX",
        "PATIENT: XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX  MRN: XXXXXXXXX  DOB: XX/XX/XXXX  SEX: X",
        "ORDERING: XXXXXXXXXXXXXXXXXXXXXXXXX (XXXXXXXXXXXXXXXXXXXX)            PRINTED: XX/XX/XXXX XX:XX",
        "",
        "TEST                   UNITS          REF RANGE  XX/XX/XXXX   XX/XX/XXXX   XX/XX/XXXX",
        "---------------------- -------------- ---------- ------------ ------------ ------------",
        "XXXXXXXXXXXXXXXXXXXXXX XXXXXXXXXXXXXX XXXXXXXXXX     99999.99 H    99999.99      99999.99 C",
        "", "FIELD NOTES", "-----------",
        "- Columns repeat for the 3 most recent results; older results roll off the right edge.",
        "- Flag column: H, L, C or blank. Footnotes print under the table.",
        "- Name truncates at 30 characters; hyphenated names keep the hyphen."])
    text = "\n".join([f"{mgr.first},", "", "Layout spec for the new outreach cumulative report is attached (all X/9 "
                      "placeholders). Build moves to TST next week; I'll send a TEST-patient printout then.", "", an.cname])
    M("template", "Fixed-width report layout spec (TXT) made of XXXX/9999 and XX/XX/XXXX placeholders; no patient",
      an, [mgr], "Cum report layout v4", MIX(T(text, "7bit"), ATT("CumReport_layout_v4.txt", "text/plain", spec)))


@reg
def tpl23():
    d = when()
    q = staff("cm", "Quality & Registries", title="Registry Abstractor Lead")
    mgr = staff("admin", "Quality & Registries", title="Registry Manager")
    rows = [["Field", "Format", "Required", "Example (illustrative only)", "Notes"],
            ["patient_last", "Text(50)", "Y", "[LAST NAME]", "As on legal ID"],
            ["patient_first", "Text(50)", "Y", "[FIRST NAME]", ""],
            ["dob", "MM/DD/YYYY", "Y", "e.g. 01/31/1970", "Format example only"],
            ["mrn", "Text(9)", "Y", "RH#######", "Riverside MRN"],
            ["arrival_dt", "MM/DD/YYYY HH:MM", "Y", "e.g. 03/05/2025 14:20", ""],
            ["lkw_dt", "MM/DD/YYYY HH:MM", "N", "e.g. 03/05/2025 13:05", "Last known well"],
            ["nihss_initial", "Integer 0-42", "Y", "e.g. 7", ""],
            ["tpa_given", "Y/N", "Y", "Y", ""],
            ["door_to_needle_min", "Integer", "C", "e.g. 38", "Required if tpa_given = Y"],
            ["discharge_disposition", "Code list", "Y", "see tab 2", ""]]
    att = excel_html("Data dictionary", rows, [160, 140, 70, 200, 220], title="Stroke registry upload - data dictionary v2")
    blocks = [P(f"{mgr.first},", "Data dictionary for the stroke registry upload attached (saved as web page). The "
                "example column is formatting guidance only - no patient data in this file."), SIG(q)]
    M("template", "Excel HTML data dictionary with [LAST NAME] placeholders and 'e.g.' format examples; no patient",
      q, [mgr], "Stroke registry data dictionary", MIX(outlook(blocks), ATT("Stroke_data_dictionary.htm", "text/html", att)))


@reg
def tpl24():
    d = when()
    dev = staff("it", "Automation Center of Excellence", title="Power Platform Developer")
    own = staff("admin", "Radiology Scheduling", title="Scheduling Manager")
    flow = {"definition": {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                           "triggers": {"When_a_row_is_added": {"type": "OpenApiConnection", "inputs": {"parameters": {"dataset": "RadSchedulingList"}}}},
                           "actions": {"Compose_message": {"type": "Compose",
                                                           "inputs": "Hello @{triggerBody()?['PatientFirstName']}, your @{triggerBody()?['ExamType']} is confirmed for @{formatDateTime(triggerBody()?['ExamDate'],'MM/dd/yyyy')}."},
                                       "Send_an_email": {"type": "OpenApiConnection",
                                                         "inputs": {"parameters": {"emailMessage/To": "@{triggerBody()?['PatientEmail']}",
                                                                                   "emailMessage/Subject": "Your Riverside appointment",
                                                                                   "emailMessage/Body": "@{outputs('Compose_message')}"}}}}},
            "note": "Flow definition export - expressions are placeholders evaluated per row; no data stored in the flow."}
    blocks = [P(f"{own.first},", "Exported flow definition attached for your review before it's turned on. Each "
                "@{...} expression is a placeholder filled from the SharePoint list row. Compliance asked that the exam "
                "type be removed from the subject line, which is done."), SIG(dev)]
    M("template", "Power Automate flow definition (JSON) with @{triggerBody()...} placeholder expressions; no data",
      dev, [own], "Appointment confirmation flow - review", MIX(outlook(blocks), ATT("ApptConfirmFlow.json", "application/json", json.dumps(flow, indent=2))))


@reg
def tpl25():
    d = when()
    an = staff("it", "Clinical Applications", title="Forms Developer")
    ed = staff("rnm", "Emergency Department", title="ED Nurse Educator")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<FormTemplate id="ED-TRIAGE-DOWNTIME" version="3" status="blank">
  <Instructions>Template only. Fields are empty until completed on paper during downtime.</Instructions>
  <Section name="Patient">
    <Field name="PatientName" type="text" value="(enter)"/>
    <Field name="DateOfBirth" type="date" format="MM/DD/YYYY" value="XX/XX/XXXX"/>
    <Field name="ArrivalTime" type="time" value=""/>
  </Section>
  <Section name="Triage">
    <Field name="ChiefComplaint" type="text" value="(enter)"/>
    <Field name="ESI" type="choice" options="1,2,3,4,5" value=""/>
    <Field name="BP" type="text" value="___/___"/>
    <Field name="HR" type="int" value=""/>
    <Field name="SpO2" type="int" value=""/>
    <Field name="PainScore" type="int" min="0" max="10" value=""/>
    <Field name="Allergies" type="text" value="(enter)"/>
  </Section>
</FormTemplate>
"""
    blocks = [P(f"{ed.first},", "The downtime triage form template is attached in the forms-engine XML. Fields show "
                "'(enter)' or XX/XX/XXXX until a nurse fills them on paper. Let me know if ESI needs a rationale field."),
              SIG(an)]
    M("template", "Forms-engine XML template for downtime triage with '(enter)' and XX/XX/XXXX values; no patient",
      an, [ed], "Downtime triage form XML", MIX(outlook(blocks), ATT("ED_triage_downtime.xml", "application/xml", xml)))


@reg
def tpl26():
    d = when()
    ed = staff("rn", "Patient Education", title="Patient Education Coordinator", cred="MSN, RN")
    lab = staff("mls", "Laboratory Outreach", title="Outreach Manager")
    L = [("h", "How to read your lab report"), "Riverside Health patient education handout", "",
         "Your lab report lists each test, your result, the units and a reference range. Below is an EXAMPLE report.",
         "The person and values are made up (\"Pat Sample\") to show where each item appears.", "",
         ("b", "SAMPLE REPORT - NOT A REAL PATIENT"),
         ("m", "Patient: SAMPLE, PAT          DOB: XX/XX/XXXX"),
         ("m", "TEST            RESULT   UNITS    REFERENCE   FLAG"),
         ("m", "Glucose         105      mg/dL    70-99       H"),
         ("m", "Potassium       4.2      mmol/L   3.5-5.1"),
         ("m", "Hemoglobin      13.1     g/dL     12.0-15.5"), "",
         "1. The FLAG column shows H (high) or L (low) when a result is outside the reference range.",
         "2. A result slightly outside the range is not always a problem. Your care team will explain it.",
         "3. Questions? Send a MyRiverside message to your care team."]
    att = pdf(L, flate=True, title="How to read your lab report", author="Patient Education", creator="Adobe InDesign 20.0")
    blocks = [P(f"{lab.first},", "Final handout for the outreach draw stations attached. The sample report uses the "
                "made-up 'Pat Sample' and XX/XX/XXXX so nobody mistakes it for a real result."), SIG(ed)]
    M("template", "Patient-education PDF (flate) with a 'SAMPLE REPORT - NOT A REAL PATIENT' for 'Pat Sample'",
      ed, [lab], "Lab report handout - final", MIX(outlook(blocks), ATT("How_to_read_your_lab_report.pdf", "application/pdf", att)))


@reg
def tpl27():
    d = when()
    pa = staff("coord", "Central Scheduling", title="Central Scheduling Manager")
    it = staff("it", "Messaging", title="Exchange Administrator")
    t0 = ago(60 * 2)
    orig = [P(f"{pa.first}, send me the final wording for the shared-mailbox auto-reply and I'll turn it on tonight."),
            SIG(it, short=True)]
    top = [P("Final text below. Exchange can't fill merge fields, so before you paste it in, replace each bracketed "
             "part with the text in parentheses:"),
           PRE("Thank you for contacting Riverside Central Scheduling.\n"
               "If you are writing about [PATIENT NAME]'s appointment (use: 'an appointment'), please do not include\n"
               "test results, diagnoses or Social Security numbers in e-mail.\n"
               "We answer messages within [X] business days (use: 2).\n"
               "For urgent needs call (614) 555-0131."),
           SIG(pa)]
    body = chain((None, top), (HDR(it, [pa], "Auto-reply for scheduling mailbox", t0), orig))
    M("template", "Reply chain (QP) drafting an auto-reply text that contains [PATIENT NAME]/[X] placeholders",
      pa, [it], "RE: Auto-reply for scheduling mailbox", plain(render_text(body), "qp"), depth=1)


@reg
def tpl28():
    d = when()
    an = staff("it", "Epic Ambulatory", title="SmartTools Analyst")
    req = staff("md", "Pediatrics", title="Pediatrics Physician Champion")
    key = f"AMB-{R.randint(1000, 1999)}"
    fields = [("Type", "Build request"), ("Priority", "Low"), ("Status", "Done"), ("Assignee", an.full),
              ("Reporter", req.full)]
    bodyt = ("Built .PEDSCHOOLNOTE (shared, Pediatrics):\n\n"
             "To whom it may concern,\n@FNAME@ @LNAME@ (DOB @DOB@) was seen in our clinic on @TD@.\n"
             "{School excuse:50311} may return to school on ***.\nRestrictions: {None/PE restriction:50312}\n"
             "@ME@\n\nNo diagnosis is printed on the school note by design.")
    M("template", "Jira notification: SmartPhrase build with @FNAME@/@DOB@ SmartLinks, {SmartList:id} and *** wildcards",
      JIRA, [req], f"[JIRA] ({key}) .PEDSCHOOLNOTE built",
      ALT(T(jira_text(key, ".PEDSCHOOLNOTE school note SmartPhrase", an.full, "resolved an issue", fields, bodyt), "qp"),
          H(jira_html(key, ".PEDSCHOOLNOTE school note SmartPhrase", an.full, "resolved an issue", fields, bodyt), "qp")),
      extra=[JIRA_FP()])


@reg
def tpl29():
    d = when()
    pe = staff("admin", "Digital Health", title="Patient Engagement Manager")
    vend = ext_person("textwell.example.org", "F")
    blocks = [BANNER(), P(f"Hi {pe.first},", "Below are the two-way texting templates configured in your TextWell tenant. "
                          "Variables in double braces are filled from the appointment feed. Example render uses "
                          "our demo record (\"Jamie Demo\") - nothing from your data."),
              TB([["Template", "Text"],
                  ["Confirm", "Hi {{first_name}}! Reply 1 to confirm your visit on {{appt_date}} at {{appt_time}}."],
                  ["Running late", "{{first_name}}, your provider is running about {{delay_minutes}} minutes behind."],
                  ["Example render (demo)", "Hi Jamie! Reply 1 to confirm your visit on 01/01 at 9:00 AM."]]),
              P(vend.full, "Customer Success, TextWell"), ("footer", EXT_FOOTERS["vendor"])]
    M("template", "Inbound vendor summary of SMS templates ({{first_name}}) with a 'demo record' example render",
      vend, [pe], "Your configured templates", outlook(blocks), inbound=True)


@reg
def tpl30():
    d = when()
    um = staff("cm", "Utilization Management", title="UM Nurse Lead")
    phys = staff("md", "Physician Advisor")
    t0 = ago(60 * 26)
    inner_blocks = [P("Letter of medical necessity - TEMPLATE", "Re: [Patient Name], DOB [DOB], Member ID [Member ID]",
                      "Dear [Payer] Medical Director,",
                      "I am writing on behalf of my patient to request coverage of [SERVICE/DRUG] for [DIAGNOSIS, ICD-10]. "
                      "[Summarize prior treatments tried and failed, with dates.] [State why the requested service is "
                      "medically necessary.]", "Sincerely,", "[Physician name, credentials, NPI]"), SIG(phys)]
    inner = FWD(phys, [um], "LMN template", outlook(inner_blocks), t0)
    top = [P("Forwarding the physician advisor's letter-of-medical-necessity template for the UM team folder. Please use "
             "this one going forward instead of editing old letters."), SIG(um), footer(1)]
    M("template", "Forwarded (rfc822) letter-of-medical-necessity template full of [Patient Name]/[DOB] placeholders",
      um, [staff("cm", "Utilization Management")], "FW: LMN template", MIX(outlook(top), RFC(inner)))


# ====================================================================================================
# id_shaped (30) - identifier-shaped numbers that are not patient identifiers; staff names, no patient
# ====================================================================================================
@reg
def ids01():
    d = when()
    um = staff("rnm", "6 South Telemetry", title="Unit Manager")
    buy = staff("supply", "Supply Chain")
    o = ssn_shaped()
    t0 = ago(60 * 5)
    q = [P(f"Hi {buy.first},", "We're down to two cases of the radiolucent ECG electrodes (Cardinal 31050522) and the "
           f"order I placed Monday - order # {o} - still shows backordered. Is there a substitute we can get today? "
           "Telemetry goes through about a case a day."), SIG(um)]
    top = [P(f"Hi {um.first},", f"Order {o} is on manufacturer backorder until the 28th. I've substituted the 3M Red Dot "
             f"2570 (item 1184420) - 6 cases on order {ssn_shaped()}, arriving on tomorrow's 06:00 truck. I'll cancel "
             "the backordered line once they land."), SIG(buy), footer(0)]
    body = chain((None, top), (HDR(um, [buy], "Backordered electrodes", t0), q))
    M("id_shaped", "Reply chain about backordered ECG electrodes with SSN-shaped order numbers (3-2-4) and a 7-digit item number; no patient",
      buy, [um], "RE: Backordered electrodes", outlook(body), depth=1)


@reg
def ids02():
    d = when()
    spd = staff("supply", "Sterile Processing", title="SPD Loaner Coordinator")
    orrn = staff("rnm", "Main OR", title="OR Materials Manager")
    trk = [f"1Z{hexs(6)}{digits(10)}", f"{digits(4)} {digits(4)} {digits(4)}"]
    text = "\n".join([f"{orrn.first},", "",
                      "Loaner sets for Thursday's spine block are on the way:", "",
                      f"  Medline ship-to 100482291 - UPS {trk[0]} - 4 containers (lumbar fusion set A/B)",
                      f"  Globex Ortho - FedEx {trk[1]} - 2 containers (revision instruments)", "",
                      "Both scheduled to arrive by 10:30 tomorrow, which gives us the 24 hours for decontam and "
                      "sterilization. I'll confirm when they're checked in.", "", spd.cname, f"SPD | {spd.phone}"])
    M("id_shaped", "Loaner-instrument shipping note with UPS/FedEx tracking numbers and a 9-digit ship-to account (7bit); no patient",
      spd, [orrn], "Loaner tracking - Thursday spine", plain(text, "7bit"))


@reg
def ids03():
    d = when()
    vend = ext_person("dialysupply.example.org", "M")
    ap = staff("fin", "Accounts Payable")
    inv = ssn_shaped()
    L = [("h", "DIALYSUPPLY SOLUTIONS, INC."), "900 Commerce Way, Columbus OH 43219   Remit: PO Box 1180", "",
         ("b", f"INVOICE {inv}"), f"Invoice date: {mdy(d)}      Terms: Net 45      Customer #: {digits(6)}",
         f"Bill to: Riverside Health - Accounts Payable      PO: 45{digits(8)}", "",
         ("m", "ITEM        DESCRIPTION                          QTY   UNIT      EXT"),
         ("m", "DS-16021    Bicarbonate cartridge 650 g          240   14.20     3,408.00"),
         ("m", "DS-20455    Bloodline set, AV, standard          300   9.85      2,955.00"),
         ("m", "DS-31180    Dialyzer, high-flux 1.8 m2           300   21.40     6,420.00"),
         ("m", "DS-00090    Freight                              1     185.00    185.00"),
         ("m", "                                                 TOTAL          12,968.00"), "",
         f"Please reference invoice {inv} on remittance."]
    att = pdf(L, flate=True, title=f"Invoice {inv}", author="DialySupply AR", creator="NetSuite", producer="NetSuite PDF")
    blocks = [BANNER(), P("Hello,", f"Attached is invoice {inv} for the September dialysis unit supplies. Please remit by "
                          "ACH per our W-9 on file."), P(vend.full, "Accounts Receivable, DialySupply Solutions")]
    M("id_shaped", "Inbound supplier invoice (flate PDF) whose invoice number is SSN-shaped; dialysis supplies, no patient",
      vend, [ap], f"Invoice {inv}", MIX(outlook(blocks), ATT(f"INV_{inv}.pdf", "application/pdf", att)), inbound=True)


@reg
def ids04():
    d = when()
    rn = staff("rn", "Labor & Delivery", sex="F")
    sec = staff("it", "Security Systems", title="Access Control Technician")
    num = inc()
    badge = digits(9)
    fields = [("Number", num), ("Caller", rn.full), ("Category", "Security > Badge access"), ("Priority", "P3"),
              ("Assignment group", "Security Systems"), ("Assigned to", sec.full), ("State", "Resolved")]
    desc = (f"Badge {badge} stopped opening the L&D med room and the OR 5 corridor after my badge was reprinted. "
            "Employee ID " + digits(7) + ".")
    comments = [(sec.full, f"{mdy(d)} {hm(d)}", f"Reprinted badge had a new card number ({digits(9)}); the old one "
                 f"({badge}) was still assigned to your access groups. Moved L&D and OR access to the new card.")]
    intro = [f"Incident {num} has been resolved."]
    html = sn_html("Riverside IT Service Desk", f"Incident {num} - Badge access", intro, fields, desc, comments, ref=snref())
    M("id_shaped", "ServiceNow badge-access incident with 9-digit badge numbers and a 7-digit employee id for a nurse; no patient",
      SNOW, [rn], f"Incident {num} has been resolved", H(html, "qp"))


@reg
def ids05():
    d = when()
    bm = staff("biomed", "Clinical Engineering")
    mgr = staff("biomed", "Clinical Engineering", title="Clinical Engineering Manager")
    hdr = ["Asset Tag", "Serial Number", "Manufacturer", "Model", "Description", "Department", "Location", "Cost Center",
           "PO Number", "Install Date", "Warranty End", "Last PM", "Next PM", "PM Status", "Risk Class", "Owner", "Notes"]
    rows = [hdr]
    items = [("Baxter", "Spectrum IQ", "Infusion pump"), ("Philips", "IntelliVue MX450", "Patient monitor"),
             ("GE", "MAC 5500 HD", "ECG cart"), ("Stryker", "ProCuity", "Bed"), ("Zoll", "R Series", "Defibrillator"),
             ("Hillrom", "Welch Allyn Connex", "Vitals monitor"), ("Masimo", "Radical-7", "Pulse oximeter"),
             ("Alaris", "8015 PC Unit", "Infusion pump")]
    for mfr, model, desc in items:
        inst = later(-R.randint(400, 3000))
        rows.append([digits(7), f"{hexs(2)}{digits(8)}", mfr, model, desc, R.choice(["5W", "6E", "ED", "4W ICU", "OR"]),
                     f"Rm {R.randint(100, 699)}", f"CC{digits(5)}", f"45{digits(8)}", mdy(inst),
                     mdy(inst + dt.timedelta(days=1095)), mdy(later(-R.randint(10, 300))), mdy(later(R.randint(5, 200))),
                     R.choice(["Current", "Due", "Overdue"]), R.choice(["High", "Medium"]), bm.lf, ""])
    blocks = [P(f"{mgr.first},", "Quarterly asset export for the Joint Commission tracer attached. Asset tags are the "
                "7-digit CMMS numbers; PO numbers are from Lawson. One defibrillator PM is overdue - it's out for "
                "repair."), SIG(bm)]
    M("id_shaped", "Wide CMMS asset export CSV (17 columns): 7-digit asset tags, serials, 10-digit POs, install dates; no patient",
      bm, [mgr], "Asset export - Q3", MIX(outlook(blocks), ATT("CMMS_assets_Q3.csv", "text/csv", csv_bytes(rows))))


@reg
def ids06():
    d = when()
    tel = staff("it", "Telecommunications", title="Telecom Coordinator")
    pfs = staff("fin", "Patient Financial Services", title="PFS Manager")
    names = [staff("fin", "Patient Financial Services") for _ in range(6)]
    lines = [f"  {n.lf:<28} ext. {R.randint(4, 6)}-{digits(4)}   DID {phone('614')}" for n in names]
    text = "\n".join([f"{pfs.first},", "", "Here are the new extensions for the team's move to the Linwood building on "
                      "the 14th. Voicemail boxes move with the extension; greetings need to be re-recorded.", ""] + lines +
                     ["", "Main PFS line (614) 555-0138 rolls to the hunt group at ext. 5-2200.", "", tel.cname])
    t0 = ago(60 * 27)
    text += "\n\n" + render_text([HDR(pfs, [tel], "Extensions for the Linwood move", t0, style="owa"),
                                   P(f"Hi {tel.first}, can you send the new extension list for my team before the move? "
                                     "I need it for the door signs."), SIG(pfs, short=True)])
    M("id_shaped", "Telecom reply (QP, quoted request below) listing staff names with extensions and DIDs; no patient",
      tel, [pfs], "RE: Extensions for the Linwood move", plain(text, "qp"), depth=1)


@reg
def ids07():
    d = when()
    bm = staff("biomed", "Clinical Engineering")
    buy = staff("supply", "Supply Chain")
    cols = [("LINE", 4, "r"), ("MFR PART NO", 14, "l"), ("DESCRIPTION", 34, "l"), ("QTY", 4, "r"), ("UNIT $", 9, "r"),
            ("FOR", 18, "l")]
    desc = ["Ventilator exhalation valve assy", "Flow sensor, reusable", "O2 cell, galvanic", "Battery pack 14.4V",
            "Fan filter kit", "Touchscreen bezel"]
    rows = [[str(i + 1), mbi(dashed=True), x, str(R.randint(1, 6)), f"{R.uniform(40, 900):.2f}", "Resp Therapy PM"]
            for i, x in enumerate(desc)]
    rpt = "\n".join(["CLINICAL ENGINEERING - PARTS REQUISITION", f"Requested by: {bm.full}   Date: {mdy(d)}",
                     "Vendor: Hamilton Medical parts desk   Quote: Q-" + digits(6), "", fixed(cols, rows), "",
                     "Part numbers are the manufacturer's 11-character format (NNNN-NNN-NNNN), not internal item numbers."])
    text = "\n".join([f"{buy.first},", "", "Parts requisition for the ventilator PMs is attached (fixed-width, from the "
                      "CMMS). Please order against the service contract PO.", "", bm.cname])
    M("id_shaped", "Fixed-width parts requisition (TXT) whose manufacturer part numbers are MBI-shaped; no patient",
      bm, [buy], "Vent PM parts", MIX(T(text, "qp"), ATT("parts_req.txt", "text/plain", rpt)))


@reg
def ids08():
    d = when()
    hr = staff("admin", "Human Resources", title="HR Business Partner")
    cno = staff("rnm", "Nursing Administration", title="Chief Nursing Officer")
    rows = [["Name", "Department", "Hire Date", "Years", "Award"]]
    for yrs in [40, 35, 35, 30, 25, 25, 20]:
        s = staff("rn", "Nursing")
        hd = dt.date(2025 - yrs, R.randint(9, 12), R.randint(1, 28))
        rows.append([s.full, R.choice(["5 West", "ED", "NICU", "OR", "Dialysis", "L&D"]), f"{hd.month:02d}/{hd.day:02d}/{hd.year}",
                     str(yrs), "Crystal" if yrs >= 35 else "Gold pin"])
    blocks = [P(f"{cno.first},", "Here is the list of nurses reaching a service "
                "milestone this fall for the recognition dinner. Hire dates are from Workday."), TB(rows),
              P("Invitations go out Friday; please let me know if anyone should be added."), SIG(hr)]
    M("id_shaped", "Outlook table of nurses' service anniversaries with DOB-shaped hire dates (MM/DD/YYYY); no health information",
      hr, [cno], "Service milestones - fall dinner", outlook(blocks))


@reg
def ids09():
    d = when()
    bm = staff("biomed", "Clinical Engineering", title="Infusion Systems Specialist")
    ph = staff("pharm", "Pharmacy Informatics")
    pumps = [{"serial": digits(10, "12"), "assetTag": digits(7), "model": "8015", "module": "8100 LVP",
              "firmware": R.choice(["12.1.2", "12.1.3"]), "druglibrary": "RH-ADULT-v42", "lastSync": (d - dt.timedelta(hours=R.randint(1, 90))).strftime("%Y-%m-%dT%H:%M:%S"),
              "unit": R.choice(["5W", "6E", "4W ICU", "ED"])} for _ in range(6)]
    doc = {"export": "Infusion server - devices not on current drug library", "generated": d.strftime("%Y-%m-%dT%H:%M:%S"),
           "currentLibrary": "RH-ADULT-v43", "devices": pumps}
    blocks = [P(f"{ph.first},", "These six pumps haven't picked up drug library v43. Serials are the 10-digit BD "
                "numbers on the back label; asset tags are ours. I'll pull them for a manual push this afternoon."),
              SIG(bm)]
    M("id_shaped", "Infusion-pump server export (JSON): 10-digit (NPI-length) serials and 7-digit asset tags; no patient",
      bm, [ph], "Pumps not on library v43", MIX(outlook(blocks), ATT("pumps_not_current.json", "application/json", json.dumps(doc, indent=2))))


@reg
def ids10():
    d = when()
    org = staff("admin", "Supply Chain", title="Value Analysis Coordinator")
    att = [staff("rnm", "Main OR"), staff("supply", "Supply Chain"), staff("md", "General Surgery")]
    conf = ssn_shaped()
    st = later(R.randint(4, 10)).replace(hour=12, minute=0, second=0)
    desc = "\n".join(["Vendor demo: surgical stapler evaluation (lunch provided by vendor)",
                      f"Room reservation confirmation #: {conf} (Conference Center B, 12:00-13:00)",
                      f"Catering order #: {ssn_shaped()}", "Vendor rep check-in via Reptrax required.", "", teams_join()])
    cal = ics(org, att, "Value analysis - stapler demo", st, 60, f"Conference Center B (conf # {conf})", desc)
    M("id_shaped", "Meeting invite (text/calendar) for a vendor demo with SSN-shaped room and catering confirmation numbers",
      org, att, "Value analysis - stapler demo", ALT(T(desc + "\n", "qp"), H(render_html([P(desc)]), "qp"), CAL(cal)))


@reg
def ids11():
    d = when()
    an = staff("it", "Workforce Systems", title="UKG Analyst")
    pay = staff("fin", "Payroll", title="Payroll Supervisor")
    key = f"WFM-{R.randint(200, 699)}"
    e1, e2 = staff("rn", "NICU"), staff("rn", "NICU")
    fields = [("Type", "Bug"), ("Priority", "High"), ("Status", "In Progress"), ("Assignee", an.full), ("Reporter", pay.full)]
    bodyt = (f"Two NICU employees have swapped punches since the badge import on Sunday: {e1.full} (employee ID "
             f"{digits(7)}, badge {digits(9)}) and {e2.full} (employee ID {digits(7)}, badge {digits(9)}). Both hired "
             f"{mdy(later(-R.randint(400, 900)))}. Punches for the 10/12 pay period need to be moved before the payroll "
             "close on Tuesday.")
    M("id_shaped", "Jira bug about swapped timeclock punches: staff names with 7-digit employee ids and 9-digit badges",
      JIRA, [pay], f"[JIRA] ({key}) Punches swapped after badge import",
      ALT(T(jira_text(key, "Punches swapped after badge import", pay.full, "created an issue", fields, bodyt), "qp"),
          H(jira_html(key, "Punches swapped after badge import", pay.full, "created an issue", fields, bodyt), "qp")),
      extra=[JIRA_FP()])


@reg
def ids12():
    d = when()
    a = staff("supply", "Supply Chain", title="Buyer")
    b = staff("admin", "Facilities", title="Facilities Project Manager")
    po = "45" + digits(8)
    msgs = [(a.full, hm(d - dt.timedelta(minutes=5)), f"PO {po} for the 3rd floor flooring is approved and sent to the vendor."),
            (a.full, hm(d), f"Vendor quote Q-{digits(6)} referenced on the PO; their job number is {digits(10)}.")]
    html = teams_html(a.full, "Facilities - Projects (channel)", msgs, kind="missed")
    M("id_shaped", "Teams missed-messages e-mail with a 10-digit PO and a 10-digit vendor job number (NPI-length); no patient",
      TEAMS, [b], "You have 2 unread messages in Facilities - Projects", H(html, "qp"))


@reg
def ids13():
    d = when()
    a = staff("rn", "5 West", title="Charge Nurse")
    b = staff("biomed", "Clinical Engineering")
    msgs = [(a.full, hm(d - dt.timedelta(minutes=8)), f"Pump #{digits(7)} on 5W is alarming 'channel error' - tagged it "
                                                      "out of service and put it in the dirty utility room."),
            (a.full, hm(d), f"Can someone swap it? We're short. Loaner #{digits(7)} from 6E would work.")]
    html = teams_html(a.full, "Clinical Engineering requests (chat)", msgs, kind="missed")
    M("id_shaped", "Teams e-mail from a charge nurse about broken pumps with 7-digit (MRN-length) asset numbers; no patient",
      TEAMS, [b], "You have 2 unread messages in Clinical Engineering requests", H(html, "qp"))


@reg
def ids14():
    d = when()
    ap = Box("Riverside Accounts Payable", f"ap.invoices@{DOM}")
    vend = ext_person("linenworks.example.org", "F")
    inv = ssn_shaped()
    text = "\n".join(["Thank you. This is an automated reply from Riverside Health Accounts Payable.", "",
                      f"We received your message and attachment(s). Invoice number detected: {inv}", f"AP reference: APR-{digits(8)}",
                      "", "Invoices are paid according to the terms on the purchase order. Please do not send duplicate "
                      "copies. For payment status, use the supplier portal or call (614) 555-0121.", "",
                      "Riverside Health Accounts Payable"])
    M("id_shaped", "Accounts-payable auto-reply (7bit) echoing an SSN-shaped invoice number to a linen vendor",
      ap, [vend], f"Automatic reply: Invoice {inv}", plain(text, "7bit"), auto=True, depth=1)


@reg
def ids15():
    d = when()
    a = staff("rnm", "Main OR", title="OR Charge Nurse")
    b = staff("supply", "Sterile Processing", title="SPD Supervisor")
    t0 = ago(15)
    quoted = [P(f"{a.first} - loaner tray from Globex is on the case cart for OR 6. Serial {digits(4)}-{digits(4)}-{digits(2)}, "
                f"load #{digits(6)}."), P(b.first)]
    text = render_text([P("Got it, thanks. Count matches the sheet."), P("Sent from my iPhone"), GT(b, t0, quoted, "iphone")])
    M("id_shaped", "Mobile reply (QP) about a loaner tray serial and sterilizer load number; no patient",
      a, [b], "Re: Globex tray", plain(text, "qp"), depth=1, xmailer="iPhone Mail (22A3354)")


@reg
def ids16():
    d = when()
    vend = Box("MedLine Distribution - Shipping", "shipnotify@medlinedist.example.org")
    buy = staff("supply", "Supply Chain")
    rec = staff("supply", "Receiving", title="Receiving Lead")
    t0 = ago(60 * 3)
    inner_text = "\n".join(["SHIPMENT NOTIFICATION", "", f"Customer: RIVERSIDE HEALTH   Ship-to: {digits(9)}",
                            f"PO: 45{digits(8)}   Order: {digits(8)}   Invoice: {ssn_shaped()}",
                            f"Carrier: ESTES FREIGHT   PRO #: {digits(10)}   Pallets: 3", "",
                            "Lines:", f"  GLV-1180  Exam glove nitrile M  80 cs  lot {digits(6)}  exp {mdy(later(900))}",
                            f"  SYR-0310  Syringe 10 mL luer lock  24 cs  lot {hexs(2)}{digits(5)}  exp {mdy(later(1400))}",
                            "", "Estimated delivery: next business day by 10:00."])
    inner = FWD(vend, [buy], "Shipment notification", T(inner_text, "7bit"), t0)
    top = [P(f"{rec.first}, heads up - three pallets tomorrow morning on Estes."), SIG(buy)]
    M("id_shaped", "Forwarded (rfc822) distributor shipment notice: ship-to account, PO, PRO and SSN-shaped invoice numbers",
      buy, [rec], "FW: Shipment notification", MIX(outlook(top), RFC(inner)))


@reg
def ids17():
    d = when()
    vend = ext_person("vaxdist.example.org", "M")
    ph = staff("pharm", "Pharmacy Purchasing", title="Pharmacy Buyer")
    items = "\n".join(f"""    <Item line="{i + 1}">
      <GTIN>{digits(14, '0')}</GTIN>
      <NDC>{digits(5)}-{digits(4)}-{digits(2)}</NDC>
      <Description>{desc}</Description>
      <Lot>{hexs(2)}{digits(4)}</Lot>
      <Expiration>{later(R.randint(200, 700)):%Y-%m-%d}</Expiration>
      <Quantity uom="EA">{q}</Quantity>
    </Item>""" for i, (desc, q) in enumerate([("Influenza vaccine quadrivalent PFS 0.5 mL", 200),
                                              ("Tdap vaccine PFS 0.5 mL", 50), ("Hepatitis B vaccine 20 mcg/mL vial", 40)]))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<AdvanceShipNotice version="4010-mapped">
  <ASNNumber>{digits(10)}</ASNNumber>
  <ShipDate>{d:%Y-%m-%d}</ShipDate>
  <ShipTo account="{digits(9)}">Riverside Health Pharmacy Receiving</ShipTo>
  <PurchaseOrder>45{digits(8)}</PurchaseOrder>
  <Items>
{items}
  </Items>
</AdvanceShipNotice>
"""
    blocks = [BANNER(), P(f"Hi {ph.first},", "ASN for this week's vaccine shipment attached (cold chain, 2 shippers)."),
              P(vend.full, "VaxDist Customer Care")]
    M("id_shaped", "Inbound vaccine advance ship notice (XML): GTINs, NDCs, lots, expiry dates, 9-digit account; no patient",
      vend, [ph], "ASN - vaccine shipment", MIX(outlook(blocks), ATT("ASN.xml", "application/xml", xml)), inbound=True)


@reg
def ids18():
    d = when()
    an = staff("it", "Integration Services", title="Interface Analyst")
    bed = staff("rnm", "Patient Flow", title="Patient Flow Manager")
    segs = [msh("EPICADT", "RMC", "TELETRACK", "RMC", d, "MFN^M05^MFN_M05", digits(10)),
            f"MFI|LOC^Location master file^HL70175||UPD|||AL"]
    for u, rooms in (("5W", (12, 14)), ("6E", (3, 4))):
        for rm in range(*rooms):
            segs.append(f"MFE|MAD|{digits(6)}|{hl7ts(d, True)}|{u}^{u}-{rm:02d}^A^RMC|PL")
            segs.append(f"LOC|{u}^{u}-{rm:02d}^A^RMC|{u} room {rm}|R|RMC||{digits(7)}")
            segs.append(f"LCH|{u}^{u}-{rm:02d}^A^RMC|||IFL^Infection control isolation capable^HL70324|N")
    msg = ("\r".join(segs) + "\r").encode("ascii")
    blocks = [P(f"{bed.first},", "Attached is the MFN^M05 location update that adds the renovated 5W and 6E rooms to "
                "TeleTracking. No patient data - location master only. Please confirm the rooms appear on the bed "
                "board before Monday's opening."), SIG(an)]
    M("id_shaped", "HL7 MFN^M05 location master update (no PID) with 6- and 7-digit location ids; no patient",
      an, [bed], "New rooms - location master", MIX(outlook(blocks), ATT("MFN_M05_locations.hl7", "x-application/hl7-v2+er7", msg)))


@reg
def ids19():
    d = when()
    vend = ext_person("surgitechsupply.example.org", "F")
    rec = staff("supply", "Receiving", title="Receiving Clerk")
    L = [("h", "SURGITECH SUPPLY - PACKING SLIP"), f"Ship date: {mdy(d)}   Packing slip: PS-{digits(7)}",
         f"Customer PO: 45{digits(8)}   Ship-to account: {digits(9)}", "",
         ("m", "ITEM          DESCRIPTION                    LOT        EXP         QTY"),
         ("m", f"ST-45-120     Stapler reload 45 mm blue      {digits(6)}     {mdy(later(700))}  24"),
         ("m", f"ST-60-140     Stapler reload 60 mm gold      {digits(6)}     {mdy(later(640))}  12"),
         ("m", f"TR-5-100      Trocar 5 mm bladeless          {digits(6)}     {mdy(later(900))}  30"), "",
         "Inspect on receipt. Report damaged cartons within 48 hours."]
    att = pdf(L, title="Packing slip", author="SurgiTech Supply", creator="SAP", producer="SAP PDF")
    blocks = [BANNER(), P(f"Hi {rec.first},", "Packing slip attached for today's delivery - the 60 mm reloads were short "
                          "shipped on the last order and are included here."), P(vend.full, "SurgiTech Supply")]
    M("id_shaped", "Inbound packing slip (uncompressed PDF) with lot numbers and MM/DD/YYYY expiry dates; no patient",
      vend, [rec], "Packing slip", MIX(outlook(blocks), ATT("PackingSlip.pdf", "application/pdf", att)), inbound=True)


@reg
def ids20():
    d = when()
    pay = staff("fin", "Payroll", title="Payroll Specialist")
    mgr = staff("rnm", "Emergency Department", title="ED Director")
    hdr = ["Employee ID", "Badge", "Last Name", "First Name", "Job Code", "Job Title", "Dept", "Hire Date", "FTE",
           "Pay Period End", "REG Hrs", "OT Hrs", "PTO Hrs", "HOL Hrs", "Shift Diff Hrs", "On-Call Hrs", "Approver",
           "Approval Status"]
    rows = [hdr]
    for i in range(8):
        s = staff("rn", "Emergency Department")
        hd = later(-R.randint(300, 9000))
        rows.append([digits(7), digits(9), s.last, s.first, "RN200", "Registered Nurse", "ED", mdy(hd),
                     R.choice(["1.0", "0.9", "0.6"]), mdy(later(-2)), str(R.choice([72, 64, 80, 36])),
                     str(R.choice([0, 4, 12, 0])), str(R.choice([0, 8, 12])), "0", str(R.randint(0, 36)),
                     str(R.choice([0, 12])), mgr.lf, R.choice(["Approved", "Pending"])])
    blocks = [P(f"{mgr.first},", "Timecard export for the pay period attached. Three are still pending your approval - "
                "payroll closes at noon Tuesday."), SIG(pay)]
    M("id_shaped", "Wide timekeeping CSV (18 columns): employee ids, badges, hire dates, hours by pay code; no health data",
      pay, [mgr], "ED timecards - pending approval", MIX(outlook(blocks), ATT("ED_timecards.csv", "text/csv", csv_bytes(rows))))


@reg
def ids21():
    d = when()
    cap = staff("fin", "Finance - Capital", title="Capital Budget Analyst")
    cfo = staff("admin", "Finance", title="Director of Finance")
    rows = [["Asset Tag", "Serial", "Description", "Department", "Acquired", "Cost", "Useful Life", "Replace FY",
             "Request #"]]
    for x in ["C-arm, mobile fluoroscopy", "Ultrasound, cardiac", "Anesthesia machine", "Sterilizer, steam",
              "CT scanner 128-slice", "Endoscope washer"]:
        rows.append([digits(7), f"{hexs(3)}{digits(7)}", x, R.choice(["Imaging", "OR", "SPD", "Cardiology", "GI"]),
                     mdy(later(-R.randint(2000, 4000))), f"${R.randint(40, 1400) * 1000:,}", "7",
                     f"FY{R.choice([26, 27])}", ssn_shaped()])
    att = excel_html("Capital replacement", rows, [80, 110, 220, 100, 90, 100, 70, 80, 100], title="FY26-27 capital replacement candidates")
    blocks = [P(f"{cfo.first},", "Replacement candidates for the capital committee attached. Request numbers are from the "
                "capital request system (format NNN-NN-NNNN)."), SIG(cap)]
    M("id_shaped", "Excel HTML capital list: 7-digit asset tags, serials and SSN-shaped capital request numbers; no patient",
      cap, [cfo], "Capital replacement candidates", MIX(outlook(blocks), ATT("Capital_replacement.htm", "text/html", att)),
      label=("internal", "Internal"))


@reg
def ids22():
    d = when()
    box = Box("Amazon Business", "order-update@business.amazon.example")
    ed = staff("admin", "Education Department", title="Education Coordinator")
    o = f"{digits(3)}-{digits(7)}-{digits(7)}"
    text = "\n".join([f"Hello {ed.first},", "", f"Your order #{o} has shipped.", "",
                      "  2 x Laminating pouches, 3 mil, letter (200 ct)", "  1 x Whiteboard markers, assorted (24 ct)", "",
                      f"Arriving {dayname(later(2))}. Track package: TBA{digits(12)}", "",
                      "Ship to: Riverside Health, Education Dept, 1400 River Parkway, Riverside OH 43215",
                      f"Business account PO: 45{digits(8)}", "", "Thank you for shopping with Amazon Business."])
    M("id_shaped", "Retail order shipment e-mail (base64) with a 3-7-7 order number, tracking id and PO; no patient",
      box, [ed], f"Shipped: your order #{o}", plain(text, "base64"), inbound=True)


@reg
def ids23():
    d = when()
    park = staff("admin", "Parking & Transportation", title="Parking Coordinator")
    mgr = staff("rnm", "Dialysis Unit", title="Dialysis Nurse Manager")
    staffp = [staff("rn", "Dialysis Unit") for _ in range(4)]
    lines = [f"  {s.lf:<26} permit {ssn_shaped()}   plate OH {hexs(3)}-{digits(4)}" for s in staffp]
    text = "\n".join([f"Hi {mgr.first},", "", "Because of the garage C construction, your staff's permits move to lot F "
                      "starting the 3rd. New hang tags are ready for pickup at the parking office:", ""] + lines +
                     ["", "Old permits stop working at the garage gate on the 3rd.", "", park.cname])
    t0 = ago(60 * 4)
    text += "\n\n" + render_text([HDR(mgr, [park], "Parking for dialysis staff", t0),
                                   P("Hi, my early-shift staff were told their garage C permits are changing. Which lot "
                                     "and when? They arrive at 04:45."), SIG(mgr, short=True)])
    M("id_shaped", "Parking reply (QP, quoted question) with staff names, SSN-shaped permit numbers and plates; no patient",
      park, [mgr], "RE: Parking for dialysis staff", plain(text, "qp"), depth=1)


@reg
def ids24():
    d = when()
    an = staff("it", "Imaging Informatics", title="PACS Administrator")
    mgr = staff("admin", "Imaging", title="Imaging Operations Manager")
    key = f"PACS-{R.randint(100, 499)}"
    techs = [staff("coord", "Ultrasound", title="Sonographer", cred="RDMS") for _ in range(3)]
    fields = [("Type", "Task"), ("Priority", "Low"), ("Status", "Done"), ("Assignee", an.full), ("Reporter", mgr.full)]
    bodyt = "Reporting-workstation licence keys reassigned after the hardware refresh:\n" + "\n".join(
        f"  {t.full}: key {mbi()} (workstation US-RW-{R.randint(1, 9)})" for t in techs) + \
        "\nKeys are vendor licence strings and are not linked to any patient or study."
    M("id_shaped", "Jira task listing sonographers' software licence keys that follow the MBI character rules; no patient",
      JIRA, [mgr], f"[JIRA] ({key}) Licence keys reassigned",
      ALT(T(jira_text(key, "Licence keys reassigned", an.full, "resolved an issue", fields, bodyt), "qp"),
          H(jira_html(key, "Licence keys reassigned", an.full, "resolved an issue", fields, bodyt), "qp")),
      extra=[JIRA_FP()])


@reg
def ids25():
    d = when()
    hr = staff("admin", "Human Resources", title="Onboarding Specialist")
    mgr = staff("rnm", "4 West ICU", title="ICU Nurse Manager")
    nh = staff("rn", "4 West ICU")
    num = inc("RITM")
    fields = [("Request item", num), ("Catalog item", "New hire - clinical access"), ("Requested for", nh.full),
              ("Employee ID", digits(7)), ("Start date", mdy(later(10))), ("Job code", "RN200 Registered Nurse"),
              ("Department", "4 West ICU"), ("Manager", mgr.full), ("State", "Work in Progress")]
    desc = ("Accounts requested: network/e-mail, Epic (ICU RN template), Pyxis, Vocera, badge (card number assigned at "
            "photo). Temporary Epic training ID TRN" + digits(5) + ".")
    intro = [f"{num} has been updated."]
    html = sn_html("Riverside Service Portal", f"{num} - New hire clinical access", intro, fields, desc, ref=snref())
    M("id_shaped", "ServiceNow new-hire access request with a 7-digit employee id and start date for an ICU nurse; no patient",
      SNOW, [mgr, hr], f"{num} updated - New hire clinical access",
      ALT(T(sn_text(f"{num} - New hire clinical access", intro, fields, desc), "qp"), H(html, "qp")))


@reg
def ids26():
    d = when()
    ph = staff("pharm", "Central Pharmacy", title="Pharmacy Operations Manager")
    cour = staff("supply", "Courier Services", title="Courier Dispatcher")
    rows = [["Tote #", "From", "To", "Picked up", "Delivered", "Driver"]]
    drivers = [staff("supply", "Courier Services", title="Courier") for _ in range(2)]
    t = d.replace(hour=6, minute=0)
    for site in ["RPC Millbrook", "RPC Westbury", "Infusion Center", "RPC Linwood", "Oak Hollow ASC"]:
        t += dt.timedelta(minutes=R.randint(20, 45))
        rows.append([ssn_shaped(), "Central Pharmacy", site, f"{t:%H:%M}", f"{(t + dt.timedelta(minutes=R.randint(15, 40))):%H:%M}",
                     R.choice(drivers).full])
    blocks = [P(f"{ph.first},", "This morning's pharmacy tote manifest is below. All five totes signed for; tote numbers "
                "are the barcode numbers on the lids."), TB(rows), SIG(cour)]
    M("id_shaped", "Courier manifest table (alternative) of pharmacy totes with SSN-shaped tote numbers and driver names",
      cour, [ph], "Tote manifest - AM run", outlook(blocks))


@reg
def ids27():
    d = when()
    tel = staff("it", "Telecommunications", title="Telecom Analyst")
    mgr = staff("admin", "Patient Access", title="Call Center Manager")
    cols = [("EXT", 7, "l"), ("USER", 26, "l"), ("CALLS IN", 8, "r"), ("CALLS OUT", 9, "r"), ("AVG SEC", 7, "r"),
            ("ABANDON", 7, "r")]
    rows = []
    for i in range(8):
        s = staff("coord", "Patient Access")
        rows.append([f"5-{digits(4)}", s.lf, str(R.randint(80, 420)), str(R.randint(10, 120)), str(R.randint(90, 320)),
                     str(R.randint(0, 14))])
    rpt = "\n".join(["CISCO UCM - EXTENSION USAGE REPORT", f"Period: {mdy(later(-7))} - {mdy(later(-1))}   Hunt group: 5-2200",
                     "", fixed(cols, rows)])
    text = "\n".join([f"{mgr.first},", "", "Weekly extension usage for the call center attached (fixed-width).", "", tel.cname])
    M("id_shaped", "Fixed-width extension usage report (TXT) listing staff, extensions and call counts; no patient",
      tel, [mgr], "Extension usage - weekly", MIX(T(text, "7bit"), ATT("ext_usage.txt", "text/plain", rpt)))


@reg
def ids28():
    d = when()
    spd = staff("supply", "Sterile Processing", title="SPD Educator")
    q = staff("rn", "Infection Prevention", cred="MSN, RN, CIC", title="Infection Preventionist")
    loads = [{"load": f"{d:%y%m%d}-{R.randint(1, 4)}-{digits(3)}", "sterilizer": f"STEAM-{R.randint(1, 4)}", "cycle": "Prevac 270F 4 min",
              "biologicalIndicator": {"lot": hexs(2) + digits(5), "result": "Negative", "readAt": "24 min"},
              "trays": [{"trayId": f"TR{digits(6)}", "name": n} for n in R.sample(["Major basic", "Lap chole", "Ortho small frag", "C-section", "Hand set"], 2)],
              "operator": staff("supply", "Sterile Processing").full} for _ in range(3)]
    doc = {"report": "Sterilizer load records", "date": d.strftime("%Y-%m-%d"), "loads": loads}
    blocks = [P(f"{q.first},", "Load records for the BI audit attached as the JSON export from the tracking system. All "
                "BIs negative."), SIG(spd)]
    M("id_shaped", "Sterilizer load-record export (JSON) with load numbers, BI lots and tray ids; no patient",
      spd, [q], "Load records for BI audit", MIX(outlook(blocks), ATT("load_records.json", "application/json", json.dumps(doc, indent=2))))


@reg
def ids29():
    d = when()
    vend = ext_person("officeplus.example.org", "M")
    ap = staff("fin", "Accounts Payable")
    inv = ssn_shaped()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<cXML payloadID="{digits(10)}.{digits(4)}@officeplus.example.org" timestamp="{d:%Y-%m-%dT%H:%M:%S}-04:00" version="1.2.050">
  <Header>
    <From><Credential domain="DUNS"><Identity>{digits(9)}</Identity></Credential></From>
    <To><Credential domain="NetworkID"><Identity>RIVERSIDEHEALTH</Identity></Credential></To>
  </Header>
  <Request>
    <InvoiceDetailRequest>
      <InvoiceDetailRequestHeader invoiceID="{inv}" purpose="standard" operation="new" invoiceDate="{d:%Y-%m-%d}"/>
      <InvoiceDetailOrder>
        <InvoiceDetailOrderInfo><OrderReference orderID="45{digits(8)}"/></InvoiceDetailOrderInfo>
        <InvoiceDetailItem invoiceLineNumber="1" quantity="40"><UnitPrice><Money currency="USD">38.10</Money></UnitPrice><Description>Copy paper, 10 ream case</Description></InvoiceDetailItem>
        <InvoiceDetailItem invoiceLineNumber="2" quantity="12"><UnitPrice><Money currency="USD">54.99</Money></UnitPrice><Description>Toner, black, high yield</Description></InvoiceDetailItem>
      </InvoiceDetailOrder>
    </InvoiceDetailRequest>
  </Request>
</cXML>
"""
    blocks = [BANNER(), P("Hello AP team,", f"cXML for invoice {inv} attached since the network upload failed."),
              P(vend.full, "OfficePlus e-commerce")]
    M("id_shaped", "Inbound cXML invoice (XML) with an SSN-shaped invoiceID, 9-digit DUNS and PO; office supplies",
      vend, [ap], f"cXML invoice {inv}", MIX(outlook(blocks), ATT(f"invoice_{inv}.xml", "application/xml", xml)), inbound=True)


@reg
def ids30():
    d = when()
    vend = ext_person("calibrapro.example.org", "F")
    bm = staff("biomed", "Clinical Engineering")
    cert = ssn_shaped()
    L = [("h", "CALIBRAPRO METROLOGY SERVICES"), ("b", "CERTIFICATE OF CALIBRATION"), "",
         f"Certificate No.: {cert}        Date of calibration: {mdy(later(-2))}",
         f"Customer: Riverside Health - Clinical Engineering        Technician: {bm.full} (witness)",
         f"Instrument: Electrical safety analyzer, Fluke ESA620   Serial: {digits(7)}   Asset: {digits(7)}", "",
         ("m", "FUNCTION            NOMINAL     AS FOUND    AS LEFT     TOL        RESULT"),
         ("m", "Mains voltage       120.0 V     120.3 V     120.1 V     +/-2%      PASS"),
         ("m", "Leakage current     100 uA      101 uA      100 uA      +/-1%      PASS"),
         ("m", "Ground resistance   0.200 ohm   0.203 ohm   0.201 ohm   +/-2%      PASS"), "",
         f"Next calibration due: {mdy(later(365))}", "Traceable to NIST. ISO/IEC 17025 accredited."]
    att = pdf(L, flate=True, title=f"Cert {cert}", author="CalibraPro", creator="CalLab Manager")
    blocks = [BANNER(), P(f"Hi {bm.first},", f"Calibration certificate {cert} for your safety analyzer is attached."),
              P(vend.full, "CalibraPro Metrology")]
    M("id_shaped", "Inbound calibration certificate (flate PDF) with an SSN-shaped certificate number and 7-digit asset/serial",
      vend, [bm], f"Calibration certificate {cert}", MIX(outlook(blocks), ATT(f"Cert_{cert}.pdf", "application/pdf", att)), inbound=True)


# ====================================================================================================
# provider_directory (30) - providers' own identifiers, schedules and what they treat; no patient
# ====================================================================================================
TAX = {"Cardiology": "207RC0000X", "Family Medicine": "207Q00000X", "Internal Medicine": "207R00000X",
       "Neurology": "2084N0400X", "Psychiatry": "2084P0800X", "Gastroenterology": "207RG0100X",
       "Orthopaedic Surgery": "207X00000X", "Dermatology": "207N00000X", "Pediatrics": "208000000X",
       "Nurse Practitioner - Family": "363LF0000X", "Physician Assistant": "363A00000X", "Hospitalist": "208M00000X",
       "Endocrinology": "207RE0101X", "Obstetrics & Gynecology": "207V00000X", "Psychologist": "103T00000X"}
LIC = lambda: f"35.{digits(6, '0123')}"  # noqa: E731


@reg
def dir01():
    d = when()
    mso = staff("mso", "Medical Staff Office", title="Medical Staff Coordinator")
    sat = later(R.randint(1, 5))
    while sat.weekday() != 5:
        sat += dt.timedelta(days=1)
    rows = [["Service", "Saturday " + md(sat), "Sunday " + md(sat + dt.timedelta(days=1)), "Pager"]]
    for svc in ["Cardiology", "GI", "Neurology", "General Surgery", "Orthopedics", "Urology", "Nephrology", "ENT"]:
        a, b = staff("md", svc), staff("md", svc)
        rows.append([svc, a.dr, b.dr, f"{a.pager} / {b.pager}"])
    blocks = [P("All,", "Weekend specialty on-call below and in Amion. Please page through the operator if the pager "
                "doesn't answer within 15 minutes."), TB(rows), SIG(mso), footer(0)]
    M("provider_directory", "Weekend specialty on-call table (Outlook HTML) with physicians and pagers; no patient",
      mso, [Box("Hospitalists - all", f"hospitalists@{DOM}"), Box("ED Physicians", f"edphysicians@{DOM}")],
      f"Weekend on-call {md(sat)}-{md(sat + dt.timedelta(days=1))}", outlook(blocks))


@reg
def dir02():
    d = when()
    cred = staff("mso", "Medical Staff Office", title="Credentialing Specialist")
    doc = staff("md", "Endocrinology")
    t0 = ago(60 * 26)
    q = [P(f"{doc.dr},", "Your reappointment file is missing a current DEA registration and the renewed Ohio licence. "
           "Could you send copies or the numbers and expiration dates? The committee meets on the 20th."), SIG(cred)]
    top = [P(f"Hi {cred.first},", "Here you go:"),
           PRE(f"NPI:        {doc.npi}\nDEA:        {doc.dea}  exp {mdy(later(700))}\n"
               f"Ohio lic:   {LIC()}  exp {mdy(later(540))}\nBoard cert: ABIM Endocrinology, Diabetes & Metabolism - "
               f"MOC current"),
           P("PDF copies are in the OneDrive folder I shared. Let me know if you need anything else."), SIG(doc)]
    body = chain((None, top), (HDR(cred, [doc], "Reappointment - missing documents", t0), q))
    M("provider_directory", "Reply chain: an endocrinologist sends NPI, DEA and licence numbers for reappointment",
      doc, [cred], "RE: Reappointment - missing documents", outlook(body), depth=1)


@reg
def dir03():
    d = when()
    pe = staff("mso", "Provider Enrollment", title="Provider Enrollment Specialist")
    payer = ext_person(BLUE, "F")
    hdr = ["Action", "Effective Date", "Last Name", "First Name", "Credential", "NPI", "Taxonomy", "Specialty",
           "Practice Name", "Service Address", "City", "State", "ZIP", "Phone", "Accepting New Patients",
           "Languages", "Board Certified", "Hospital Affiliation", "Gender"]
    rows = [hdr]
    for spec in ["Family Medicine", "Cardiology", "Nurse Practitioner - Family", "Psychiatry", "Dermatology",
                 "Pediatrics", "Obstetrics & Gynecology"]:
        role = "np" if "Nurse" in spec else "md"
        s = staff(role, spec)
        c, z = R.choice(CITIES)
        rows.append([R.choice(["ADD", "ADD", "TERM", "CHANGE"]), mdy(later(R.randint(5, 40))), s.last, s.first,
                     s.cred, s.npi, TAX[spec], spec, f"Riverside {spec.split(' -')[0]}", f"{R.randint(100, 4000)} {R.choice(STREETS)}",
                     c, "OH", z, phone("614"), R.choice(["Y", "N"]), R.choice(["English", "English; Spanish", "English; Arabic"]),
                     "Y", "Riverside Medical Center", s.sex])
    blocks = [P(f"Hi {payer.first},", "Attached is our November roster update for the Bluestem directory (adds, terms and "
                "changes). Please confirm receipt and the load date."), SIG(pe), footer(2)]
    M("provider_directory", "Wide payer roster CSV (19 columns): providers' NPIs, taxonomies, addresses, accepting new patients",
      pe, [payer], "Roster update - Riverside Health", MIX(outlook(blocks), ATT("Riverside_roster_update.csv", "text/csv", csv_bytes(rows))))


@reg
def dir04():
    d = when()
    mk = staff("admin", "Physician Relations", title="Physician Liaison")
    L = [("h", "RIVERSIDE HEALTH - SPECIALTY REFERRAL GUIDE"), "For referring offices. Updated " + longdate(d), ""]
    for spec, conds in [("Endocrinology", "diabetes (type 1, type 2, pumps/CGM), thyroid nodules and cancer, osteoporosis, adrenal and pituitary disorders"),
                        ("Gastroenterology", "GERD, IBD (Crohn's disease, ulcerative colitis), liver disease, colon cancer screening, pancreatitis"),
                        ("Neurology", "epilepsy, migraine, multiple sclerosis, Parkinson's disease, stroke follow-up, neuropathy"),
                        ("Rheumatology", "rheumatoid arthritis, lupus, gout, psoriatic arthritis, vasculitis"),
                        ("Pulmonology", "COPD, asthma, interstitial lung disease, lung nodules, sleep apnea")]:
        L.append(("b", spec))
        L.append("Conditions treated: " + conds)
        for _ in range(2):
            s = staff("md", spec)
            L.append(f"  {s.full}, {s.cred}   NPI {s.npi}   Referral line {phone('614')}   Fax {phone('614')}")
        L.append("")
    L += [("s", "Referrals: send through Epic Care Link or fax with the last office note. Urgent: call the referral line.")]
    att = pdf(L, flate=True, title="Specialty Referral Guide", author="Physician Relations", creator="Adobe InDesign 20.0")
    blocks = [P("Hello,", "Our updated specialty referral guide is attached, listing conditions treated, providers and "
                "referral lines for each specialty."), SIG(mk)]
    M("provider_directory", "Referral guide (flate PDF): specialties with conditions treated, physicians' NPIs and referral lines",
      mk, [ext_person(LAKE, "F")], "Riverside specialty referral guide", MIX(outlook(blocks), ATT("Referral_Guide.pdf", "application/pdf", att)))


@reg
def dir05():
    d = when()
    web = staff("admin", "Digital Marketing", title="Web Content Manager")
    neu = [staff("md", "Neurology") for _ in range(3)]
    cards = "\n".join(f"""<div class="provider-card">
  <h3>{esc(s.full)}, {s.cred}</h3>
  <p class="specialty">Neurology{' - Epilepsy' if i == 0 else ' - Headache Medicine' if i == 1 else ' - Movement Disorders'}</p>
  <p>Treats: {'epilepsy, first seizure, EEG monitoring, vagus nerve stimulation' if i == 0 else 'migraine, cluster headache, botulinum toxin for chronic migraine, CGRP therapies' if i == 1 else "Parkinson's disease, essential tremor, dystonia, deep brain stimulation programming"}</p>
  <p>NPI {s.npi} &middot; Accepting new patients &middot; Languages: English{', Spanish' if i == 2 else ''}</p>
  <p>Appointments: {phone('614')}</p>
</div>""" for i, s in enumerate(neu))
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Find a Doctor - Neurology (PROOF)</title>
<style>.provider-card{{border:1px solid #ccc;padding:12px;margin:8px 0;font-family:Arial}}</style></head>
<body><h1>Neurology at Riverside Health</h1>
<p>Our neurologists diagnose and treat conditions of the brain, spinal cord and nerves.</p>
{cards}
</body></html>
"""
    blocks = [P("Hi Drs. " + ", ".join(s.last for s in neu) + ",", "Proof of your updated Find a Doctor profiles is "
                "attached. Please confirm the conditions-treated lists by Friday so we can publish."), SIG(web)]
    M("provider_directory", "Find-a-Doctor proof (HTML attachment): neurologists, conditions they treat, NPIs, phone",
      web, neu, "Profile proof - please review", MIX(outlook(blocks), ATT("FindADoctor_Neurology_proof.html", "text/html", html)))


@reg
def dir06():
    d = when()
    nppes = Box("NPPES Notifications", "nppes-noreply@npiregistry.example.org")
    doc = staff("md", "Family Medicine")
    cred = staff("mso", "Provider Enrollment", title="Provider Enrollment Specialist")
    t0 = ago(60 * 20)
    inner_text = "\n".join(["National Plan and Provider Enumeration System (NPPES)", "",
                            f"Dear {doc.full},", "",
                            f"Your update to NPI {doc.npi} was processed on {mdy(t0)}.", "",
                            "Changes applied:", "  Practice location address: Riverside Primary Care - Westbury, "
                            f"{R.randint(100, 900)} {R.choice(STREETS)}, Westbury OH 43026",
                            f"  Primary taxonomy: {TAX['Family Medicine']} (Family Medicine)", "",
                            "Please do not reply to this automated message."])
    inner = FWD(nppes, [doc], "NPPES update confirmation", T(inner_text, "7bit"), t0)
    top = [P(f"{cred.first} - forwarding the NPPES confirmation for my new practice location, as you asked."),
           SIG(doc, short=True)]
    M("provider_directory", "Forwarded (rfc822) NPPES confirmation of a physician's NPI practice-location update",
      doc, [cred], "FW: NPPES update confirmation", MIX(outlook(top), RFC(inner)))


@reg
def dir07():
    d = when()
    hosp = staff("hosp", "Hospital Medicine")
    op = staff("coord", "Hospital Operator", title="Operator")
    gi = staff("md", "Gastroenterology")
    msgs = [(hosp.full, hm(d - dt.timedelta(minutes=3)), "Who's on for GI tonight? Amion says TBD."),
            (op.full, hm(d), f"{gi.dr} is on until 7 AM, pager {gi.pager}. Backup is the fellow on call through the "
                             "operator.")]
    html = teams_html(op.full, "Hospital operators (chat)", msgs, kind="reply")
    M("provider_directory", "Teams reply e-mail: who is on call for GI tonight, with the physician's pager; no patient",
      TEAMS, [hosp], f"{op.full} replied in Hospital operators", H(html, "qp"))


@reg
def dir08():
    d = when()
    mso = staff("mso", "Medical Staff Office", title="Medical Staff Manager")
    members = [staff("md", "Credentials Committee") for _ in range(4)]
    apps = [staff(R.choice(["md", "np", "pa"]), "Applicants") for _ in range(5)]
    st = later(R.randint(5, 12)).replace(hour=7, minute=0, second=0)
    desc = "\n".join(["Credentials Committee - applicants for initial appointment", ""] +
                     [f"{i + 1}. {a.full}, {a.cred} - NPI {a.npi} - {R.choice(['Cardiology', 'Hospital Medicine', 'Orthopedics', 'Emergency Medicine', 'Psychiatry'])}"
                      for i, a in enumerate(apps)] +
                     ["", "Files are in the MSO SharePoint. Please review before the meeting.", "", teams_join()])
    cal = ics(mso, members, "Credentials Committee", st, 60, "Admin Conference Room 3 / Teams", desc)
    M("provider_directory", "Credentials Committee invite (text/calendar) listing applicants with NPIs and specialties",
      mso, members, "Credentials Committee", ALT(T(desc + "\n", "qp"), H(render_html([P(desc)]), "qp"), CAL(cal)))


@reg
def dir09():
    d = when()
    mso = staff("mso", "Medical Staff Office", title="Provider Data Specialist")
    an = staff("it", "Epic Provider Master", title="Provider Master Analyst")
    doc = staff("np", "Pain Management")
    num = inc("RITM")
    new_dea = dea(doc.last, "M")
    fields = [("Request item", num), ("Catalog item", "Provider master file (SER) update"), ("Requested for", doc.full),
              ("Provider NPI", doc.npi), ("State", "Closed Complete"), ("Assignment group", "Epic Provider Master")]
    desc = (f"Update DEA for {doc.full}, {doc.cred} (NPI {doc.npi}): old DEA {doc.dea} expired; new DEA {new_dea} "
            f"effective {mdy(later(-3))}, schedules 2, 2N, 3, 3N, 4, 5. Ohio APRN licence and CTP certificate unchanged. "
            "Also add the Oak Hollow pain clinic as a practice location.")
    intro = [f"{num} has been completed."]
    html = sn_html("Riverside Service Portal", f"{num} - Provider master file update", intro, fields, desc, ref=snref())
    M("provider_directory", "ServiceNow provider-master request updating a nurse practitioner's DEA (mid-level 'M') and location",
      SNOW, [mso], f"{num} completed - Provider master file update",
      ALT(T(sn_text(f"{num} - Provider master file update", intro, fields, desc), "qp"), H(html, "qp")))


@reg
def dir10():
    d = when()
    web = staff("admin", "Digital Marketing", title="Web Producer")
    mgr = staff("admin", "Digital Marketing", title="Digital Marketing Manager")
    key = f"WEB-{R.randint(300, 899)}"
    docs = [staff("md", "Rheumatology"), staff("md", "Rheumatology"), staff("np", "Rheumatology")]
    fields = [("Type", "Content update"), ("Priority", "Medium"), ("Status", "In Progress"), ("Assignee", web.full), ("Reporter", mgr.full)]
    bodyt = "Add 'conditions treated' to the rheumatology profiles:\n" + "\n".join(
        f"- {s.full}, {s.cred} (NPI {s.npi}): rheumatoid arthritis, lupus, gout, {R.choice(['vasculitis', 'scleroderma', 'myositis'])}, osteoporosis"
        for s in docs) + "\nAll three accepting new patients at Westbury; referral required for Medicaid plans."
    M("provider_directory", "Jira content-update notification: rheumatology providers' NPIs and the conditions they treat",
      JIRA, [web], f"[JIRA] ({key}) Rheumatology profiles - conditions treated",
      ALT(T(jira_text(key, "Rheumatology profiles - conditions treated", mgr.full, "assigned an issue to you", fields, bodyt), "qp"),
          H(jira_html(key, "Rheumatology profiles - conditions treated", mgr.full, "assigned an issue to you", fields, bodyt), "qp")),
      extra=[JIRA_FP()])


@reg
def dir11():
    d = when()
    vend = ext_person("providerdirectoryhub.example.org", "M")
    it = staff("it", "Interoperability", title="Interoperability Analyst")
    entries = []
    for spec in ["Cardiology", "Psychiatry", "Pediatrics"]:
        s = staff("md", spec)
        entries.append({"resource": {"resourceType": "Practitioner", "id": f"pr-{digits(6)}",
                                     "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": s.npi}],
                                     "name": [{"family": s.last, "given": [s.first], "suffix": [s.cred]}],
                                     "gender": "female" if s.sex == "F" else "male"}})
        entries.append({"resource": {"resourceType": "PractitionerRole", "id": f"prr-{digits(6)}",
                                     "practitioner": {"display": s.full},
                                     "organization": {"display": "Riverside Health"},
                                     "specialty": [{"coding": [{"system": "http://nucc.org/provider-taxonomy", "code": TAX[spec], "display": spec}]}],
                                     "telecom": [{"system": "phone", "value": phone("614")}],
                                     "newpatients": True}})
    bundle = {"resourceType": "Bundle", "type": "searchset", "total": 3, "entry": entries}
    blocks = [BANNER(), P(f"Hi {it.first},", "Attached is the validation extract from the directory hub for your three "
                          "test providers. NPIs validated against NPPES."), P(vend.full, "Provider Directory Hub - Onboarding")]
    M("provider_directory", "Inbound FHIR Practitioner/PractitionerRole bundle (JSON) with NPIs, taxonomies and phones",
      vend, [it], "Directory extract - validation", MIX(outlook(blocks), ATT("directory_extract.json", "application/fhir+json", json.dumps(bundle, indent=2))),
      inbound=True)


@reg
def dir12():
    d = when()
    pe = staff("mso", "Provider Enrollment", title="Payer Enrollment Coordinator")
    payer = ext_person("heartlandcare.example.org", "M")
    provs = "\n".join(f"""  <Provider action="ADD">
    <NPI>{s.npi}</NPI><LastName>{s.last}</LastName><FirstName>{s.first}</FirstName><Degree>{s.cred}</Degree>
    <Taxonomy>{TAX[sp]}</Taxonomy><Specialty>{esc(sp)}</Specialty>
    <Location name="Riverside {esc(sp)}" phone="{phone('614')}" acceptingNewPatients="Y"/>
    <EffectiveDate>{later(30):%Y-%m-%d}</EffectiveDate>
  </Provider>""" for sp in ["Obstetrics & Gynecology", "Family Medicine", "Psychologist"]
                      for s in [staff("md", sp, cred="PsyD" if sp == "Psychologist" else None)])
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ProviderRoster group="Riverside Health" groupNPI="{npi()}" submitted="{d:%Y-%m-%d}">
{provs}
</ProviderRoster>
"""
    blocks = [P(f"Hi {payer.first},", "Roster adds for Heartland Care Medicaid attached in your XML format."), SIG(pe)]
    M("provider_directory", "Medicaid plan roster adds (XML): NPIs, taxonomies, specialties and locations; no patient",
      pe, [payer], "Roster adds - XML", MIX(outlook(blocks), ATT("roster_adds.xml", "application/xml", xml)))


@reg
def dir13():
    d = when()
    an = staff("it", "Integration Services", title="Interface Analyst")
    mso = staff("mso", "Medical Staff Office", title="Provider Data Specialist")
    segs = [msh("EPICSER", "RMC", "PHARMSYS", "RMC", d, "MFN^M02^MFN_M02", digits(10)), "MFI|PRA^Practitioner master file^HL70175||UPD|||AL"]
    for spec in ["Hospitalist", "Cardiology", "Physician Assistant"]:
        role = "pa" if "Assistant" in spec else "md"
        s = staff(role, spec)
        segs += [f"MFE|MAD|{digits(6)}|{hl7ts(d, True)}|{s.npi}^{s.last.upper()}^{s.first.upper()}|CWE",
                 f"STF|{s.npi}|{s.npi}^NPI|{s.last.upper()}^{s.first.upper()}^^^{s.cred.replace('-', '')}|P|{s.sex}|||A|||{phone('614').replace('(', '').replace(') ', '-')}^WPN",
                 f"PRA|{s.npi}^{s.last.upper()}|RMC|I|{spec.upper()}||{s.dea}^DEA~{LIC()}^SL^OH"]
    msg = ("\r".join(segs) + "\r").encode("ascii")
    blocks = [P(f"{mso.first},", "The pharmacy system rejected last night's practitioner update (MFN^M02). Attached. The "
                "PA's DEA is in the PRA segment correctly; the rejection is for the licence type 'SL' - their table "
                "wants 'MD'. I'll map it."), SIG(an)]
    M("provider_directory", "HL7 MFN^M02 practitioner master (STF/PRA with NPIs, DEA numbers, licences); no PID",
      an, [mso], "MFN M02 rejected by pharmacy", MIX(outlook(blocks), ATT("MFN_M02.hl7", "x-application/hl7-v2+er7", msg)))


@reg
def dir14():
    d = when()
    sch = staff("admin", "Emergency Medicine", title="ED Physician Scheduler")
    docs = [staff("md", "Emergency Medicine") for _ in range(6)]
    cols = [("DATE", 10, "l"), ("DAY", 3, "l"), ("07-15", 18, "l"), ("11-19", 18, "l"), ("15-23", 18, "l"),
            ("23-07", 18, "l"), ("APP", 18, "l")]
    rows = []
    t = later(1)
    for i in range(7):
        dd = t + dt.timedelta(days=i)
        rows.append([mdy(dd), DAYS[dd.weekday()][:3]] + [R.choice(docs).lf[:18] for _ in range(4)] +
                    [staff("pa", "Emergency Medicine").lf[:18] if i < 2 else R.choice(docs).lf[:18]])
    rpt = "\n".join(["RIVERSIDE MEDICAL CENTER - EMERGENCY DEPARTMENT PHYSICIAN SCHEDULE", f"Published {mdy(d)}", "",
                     fixed(cols, rows), "", "Swaps must be approved by the medical director and entered in the scheduling system."])
    text = "\n".join(["All,", "", "Next week's ED physician schedule attached (fixed-width export).", "", sch.cname])
    M("provider_directory", "Fixed-width ED physician shift schedule (TXT) naming physicians and APPs; no patient",
      sch, docs[:3], "ED schedule - next week", MIX(T(text, "7bit"), ATT("ED_schedule.txt", "text/plain", rpt)))


@reg
def dir15():
    d = when()
    bh = staff("admin", "Behavioral Health", title="Behavioral Health Access Coordinator")
    rows = [["Name", "Credential", "NPI", "Services", "Ages", "Location", "Telehealth", "Accepting", "Phone"]]
    for sv in ["Depression, anxiety, PTSD (CPT, PE)", "ADHD evaluation and medication management", "Eating disorders",
               "Substance use disorder - buprenorphine", "Perinatal mood disorders", "Couples and family therapy"]:
        r = R.choice(["md", "np", "sw"])
        s = staff(r, "Behavioral Health")
        rows.append([s.full, s.cred, s.npi or npi(), sv, R.choice(["18+", "6-17", "12+", "All"]),
                     R.choice(["Millbrook", "Linwood", "Virtual only"]), R.choice(["Yes", "No"]), R.choice(["Yes", "Waitlist"]),
                     phone("614")])
    att = excel_html("BH directory", rows, [160, 90, 100, 280, 60, 100, 70, 80, 110], title="Behavioral Health provider directory")
    blocks = [P("Hi PCP offices,", "Updated behavioral health directory attached - use it to match referrals to the right "
                "clinician. Waitlist status is as of this morning."), SIG(bh)]
    M("provider_directory", "Excel HTML behavioral-health directory: clinicians, NPIs, services offered, accepting status",
      bh, [Box("Primary Care Managers", f"pcmanagers@{DOM}")], "BH directory update", MIX(outlook(blocks), ATT("BH_directory.htm", "text/html", att)))


@reg
def dir16():
    d = when()
    mk = staff("admin", "Marketing & Communications", title="Communications Specialist")
    doc = staff("md", "Urology")
    L = [("h", "Welcome to Riverside Urology"), "", f"{doc.full}, MD, FACS", "Board certified in urology",
         "Conditions treated: kidney stones, enlarged prostate (BPH), urinary incontinence, prostate and bladder cancer,",
         "robotic surgery for prostate and kidney conditions.", "",
         f"Now accepting new patients at Riverside Urology - Granville Park.   Appointments: {phone('614')}",
         f"NPI {doc.npi}", "", ("s", "Riverside Health - provider announcement flyer")]
    att = pdf(L, title="New provider flyer", author="Marketing", creator="Canva")
    blocks = [P(f"{doc.dr},", "Final version of your welcome flyer is attached; it goes to referring offices next week."), SIG(mk)]
    M("provider_directory", "New-urologist announcement flyer (uncompressed PDF) with conditions treated and NPI",
      mk, [doc], "Your welcome flyer", MIX(outlook(blocks), ATT("Welcome_Urology.pdf", "application/pdf", att)))


@reg
def dir17():
    d = when(hour=17)
    cov = staff("md", "Nephrology")
    out = staff("md", "Nephrology")
    op = Box("Hospital Operators", f"operators@{DOM}")
    text = "\n".join([f"Operators - I'm covering for {out.dr} tonight and tomorrow. Please page me at {cov.pager} for "
                      "nephrology calls until 7 AM Saturday.", "", cov.dr, "", "Sent from my iPhone"])
    M("provider_directory", "Mobile note (7bit) to the operators: covering nephrologist and pager; no patient",
      cov, [op], "Nephrology coverage tonight", plain(text, "7bit"), xmailer="iPhone Mail (22A3354)")


@reg
def dir18():
    d = when()
    mso = staff("mso", "Medical Staff Office", title="Licensure Coordinator")
    provs = [staff(R.choice(["md", "np", "pa"]), "Medical Staff") for _ in range(5)]
    lines = [f"  {s.lf:<26} {s.cred:<14} licence {LIC()}  expires {mdy(later(R.randint(10, 60)))}" for s in provs]
    text = "\n".join(["Hello,", "", "Our records show your Ohio professional licence expires within 60 days. Please renew "
                      "online with the state board and send the renewal confirmation to the Medical Staff Office. "
                      "Practicing with an expired licence results in automatic suspension of privileges.", ""] + lines +
                     ["", mso.cname, "Medical Staff Office", footer(1)[1]])
    M("provider_directory", "Licence-expiry reminder (QP) listing clinicians with licence numbers and dates; HIPAA footer",
      mso, provs, "Licence renewal due", plain(text, "qp"))


@reg
def dir19():
    d = when()
    doc = staff("md", "Anesthesiology")
    mso = staff("mso", "Medical Staff Office", title="Credentialing Specialist")
    text = "\n".join([f"Hi {mso.first},", "", "Pasting the DEA renewal confirmation since the PDF won't download:", "",
                      "  DEA REGISTRATION RENEWAL - CONFIRMATION",
                      f"  Registrant: {doc.full.upper()}, MD", f"  DEA Number: {doc.dea}",
                      "  Business activity: Practitioner", "  Schedules: 2, 2N, 3, 3N, 4, 5",
                      f"  Expiration: {mdy(later(1095))}",
                      f"  Registered address: Riverside Medical Center, Department of Anesthesiology, Riverside OH 43215", "",
                      f"My NPI is {doc.npi} if you need it for the file.", "", doc.dr])
    M("provider_directory", "Anesthesiologist's DEA renewal confirmation pasted into a base64 text/plain e-mail; no patient",
      doc, [mso], "DEA renewal", plain(text, "base64"))


@reg
def dir20():
    d = when()
    doc = staff("md", "Cardiology")
    cov = staff("md", "Cardiology")
    sender = staff("coord", "Riverside Heart & Vascular", title="Scheduling Coordinator")
    ret = later(R.randint(5, 10))
    blocks = [P(f"I am out of the office until {dayname(ret)}, {longdate(ret)}, with no access to e-mail."),
              P(f"For clinical questions please contact {cov.dr} (pager {cov.pager}) or the cardiology fellow on call "
                "through the operator. For scheduling, call Riverside Heart & Vascular at (614) 555-0124."),
              P(doc.dr, "Interventional Cardiology | NPI " + doc.npi)]
    M("provider_directory", "Cardiologist's automatic reply naming the covering physician and pager; no patient",
      doc, [sender], "Automatic reply: Clinic template change", outlook(blocks), auto=True, depth=1)


@reg
def dir21():
    d = when()
    oc = staff("admin", "Riverside Orthopedics", title="Referral Specialist Lead")
    team = [staff("coord", "Riverside Orthopedics") for _ in range(2)]
    rows = [["Body area / condition", "Send to", "Notes"]]
    for area in ["Hand & wrist (carpal tunnel, trigger finger, fractures)", "Shoulder & elbow (rotator cuff, instability)",
                 "Spine (radiculopathy, stenosis)", "Hip & knee arthritis / joint replacement", "Sports medicine (ACL, meniscus)",
                 "Foot & ankle (bunions, Achilles)"]:
        s = staff("md", "Orthopaedic Surgery")
        rows.append([area, f"{s.dr} (NPI {s.npi})", R.choice(["Needs x-ray first", "MRI if available", "Urgent fractures same week", ""])])
    blocks = [P("Team,", "Quick reference for routing new ortho referrals by body area. Please use this instead of the old "
                "sheet taped to the monitor."), TB(rows), SIG(oc), footer(2)]
    t0 = ago(60 * 3)
    blocks += [HDR(team[0], [oc], "Which surgeon for hands?", t0),
               P(f"{oc.first}, new referrals keep coming in for hand problems and I never know who to route them to. Is "
                 "there an updated list?"), SIG(team[0], short=True)]
    M("provider_directory", "Reply chain with an orthopedic referral routing table: surgeons, NPIs and the conditions each takes",
      oc, team, "RE: Which surgeon for hands?", outlook(blocks), depth=1)


@reg
def dir22():
    d = when()
    lead = staff("hosp", "Hospital Medicine", title="Hospitalist Medical Director")
    rows = [["Pod", "Units", "Day Hospitalist", "Day Pager", "APP", "APP Pager", "Night", "Night Pager"]]
    for pod in ["A", "B", "C", "D"]:
        h1, a1, n1 = staff("hosp", "Hospital Medicine"), staff("np", "Hospital Medicine"), staff("hosp", "Hospital Medicine")
        rows.append([pod, R.choice(["5W/5E", "6E/6W", "7N", "4E"]), h1.full, h1.pager, a1.full, a1.pager, n1.full, n1.pager])
    blocks = [P("All,", f"Hospitalist pod assignments for the week of {md(later(3))} are attached for the unit boards."),
              SIG(lead)]
    M("provider_directory", "Hospitalist pod-assignment CSV: hospitalists, APPs and pagers by unit; no patient",
      lead, [Box("Nurse Managers", f"nursemanagers@{DOM}")], "Hospitalist pods - next week",
      MIX(outlook(blocks), ATT("hospitalist_pods.csv", "text/csv", csv_bytes(rows))))


@reg
def dir23():
    d = when()
    cmo = staff("md", "Office of the CMO", title="Chief Medical Officer")
    rows = [["Provider", "Specialty", "Location", "Start", "NPI"]]
    for spec in ["Pulmonology", "Infectious Diseases", "OB/GYN", "Hospital Medicine", "Family Medicine (NP)"]:
        s = staff("np" if "NP" in spec else "md", spec)
        rows.append([f"{s.full}, {s.cred}", spec, R.choice(["RMC", "Westbury", "Linwood", "Millbrook"]), mdy(later(R.randint(3, 30))), s.npi])
    blocks = [P("Colleagues,", "Please welcome the following clinicians joining Riverside Health this month. All are "
                "accepting new patients; referrals through Epic as usual."), TB(rows), SIG(cmo)]
    M("provider_directory", "HTML-only CMO announcement of new clinicians with specialties, start dates and NPIs",
      cmo, [Box("Medical Staff - all", f"medstaff@{DOM}")], "Welcome our new clinicians", H(render_html(blocks), "base64"))


@reg
def dir24():
    d = when()
    caqh = Box("CAQH ProView", "noreply@proview.caqh.example.org")
    doc = staff("md", "Pediatrics")
    blocks = [BANNER(), P(f"Dear {doc.full},", f"It is time to re-attest your CAQH ProView profile (CAQH Provider ID "
                          f"{digits(8)}). Health plans rely on your attested information - NPI {doc.npi}, practice "
                          "locations, DEA and licence - for credentialing and directories."),
              P(f"Please log in and re-attest by {longdate(later(14))}."), P("CAQH ProView"),
              ("footer", "This is an automated message. CAQH does not request protected health information; do not "
                         "include PHI in replies. HIPAA-covered data should never be sent by e-mail.")]
    M("provider_directory", "Inbound CAQH re-attestation reminder with a pediatrician's NPI and provider id; PHI/HIPAA footer",
      caqh, [doc], "Action required: re-attest your profile", H(render_html(blocks), "qp"), inbound=True, ext_tag=True)


@reg
def dir25():
    d = when()
    pe = staff("mso", "Provider Enrollment", title="Provider Enrollment Specialist")
    mgr = staff("mso", "Provider Enrollment", title="Enrollment Manager")
    t0 = ago(60 * 30)
    provs = [staff(R.choice(["md", "np"]), "Primary Care") for _ in range(4)]
    orig = "\n".join([f"{pe.first},", "", "Ohio Medicaid sent revalidation notices for four of our providers. Can you "
                      "pull their NPIs and taxonomies so we can file this week?", "", mgr.first])
    lines = [f"  {s.lf:<24} NPI {s.npi}  taxonomy {TAX['Nurse Practitioner - Family'] if s.role == 'np' else TAX['Family Medicine']}  "
             f"revalidate by {mdy(later(R.randint(20, 60)))}" for s in provs]
    text = "\n".join([f"{mgr.first},", "", "Here they are:", ""] + lines +
                     ["", "All four have current licences; I'll submit in PNM by Friday.", "", pe.cname, "",
                      "-----Original Message-----", f"From: {mgr.ol}", f"Sent: {sent(t0)}", f"To: {pe.ol}",
                      "Subject: Medicaid revalidation", "", orig])
    M("provider_directory", "'-----Original Message-----' reply (QP) listing providers' NPIs and taxonomies for Medicaid revalidation",
      pe, [mgr], "RE: Medicaid revalidation", plain(text, "qp"), depth=1)


@reg
def dir26():
    d = when()
    mso = staff("mso", "Medical Staff Office", title="Credentialing Specialist")
    cvo = ext_person("verifiedcvo.example.org", "F")
    s = staff("md", "General Surgery")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ProviderProfile source="CVO" exported="{d:%Y-%m-%d}">
  <Name first="{s.first}" last="{s.last}" degree="MD"/>
  <NPI>{s.npi}</NPI>
  <DEA number="{s.dea}" state="OH" expires="{later(800):%Y-%m-%d}"/>
  <StateLicense state="OH" number="{LIC()}" expires="{later(500):%Y-%m-%d}" status="Active"/>
  <BoardCertification board="American Board of Surgery" specialty="Surgery" status="Certified" expires="{later(2000):%Y-%m-%d}"/>
  <Education school="Example State University College of Medicine" degree="MD" year="2012"/>
  <Training program="Riverside Health General Surgery Residency" start="2012-07-01" end="2017-06-30"/>
  <MalpracticeClaims count="0"/>
  <SanctionsCheck oig="Clear" sam="Clear" stateBoard="Clear" checked="{d:%Y-%m-%d}"/>
</ProviderProfile>
"""
    blocks = [BANNER(), P(f"Hi {mso.first},", f"Primary-source verification results for Dr. {s.last} are attached."),
              P(cvo.full, "Verified CVO")]
    M("provider_directory", "Inbound CVO verification profile (XML): surgeon's NPI, DEA, licence, board and sanctions checks",
      cvo, [mso], "PSV complete", MIX(outlook(blocks), ATT("PSV_profile.xml", "application/xml", xml)), inbound=True)


@reg
def dir27():
    d = when()
    th = staff("admin", "Virtual Care", title="Virtual Care Program Manager")
    it = staff("it", "Virtual Care", title="Virtual Care Analyst")
    provs = []
    for spec in ["Psychiatry", "Endocrinology", "Neurology", "Family Medicine"]:
        s = staff("md", spec)
        provs.append({"name": s.full, "npi": s.npi, "specialty": spec, "licensedStates": R.sample(["OH", "IN", "KY", "PA", "WV", "MI"], 3),
                      "visitTypes": ["video", "phone"] if spec != "Neurology" else ["video"],
                      "conditions": {"Psychiatry": ["depression", "anxiety", "bipolar disorder"], "Endocrinology": ["diabetes", "thyroid disease"],
                                     "Neurology": ["headache", "epilepsy follow-up"], "Family Medicine": ["urgent care", "chronic disease follow-up"]}[spec]})
    doc = {"directory": "Virtual visit providers", "updated": d.strftime("%Y-%m-%d"), "providers": provs}
    blocks = [P(f"{it.first},", "Updated JSON for the virtual-visit provider picker (licensure states drive which "
                "providers a patient can choose by location)."), SIG(th)]
    M("provider_directory", "Virtual-visit provider directory (JSON): NPIs, licensed states, conditions handled",
      th, [it], "Virtual provider directory JSON", MIX(outlook(blocks), ATT("virtual_providers.json", "application/json", json.dumps(doc, indent=2))))


@reg
def dir28():
    d = when()
    mso = staff("mso", "Medical Staff Office", title="Medical Staff Manager")
    chair = staff("md", "Surgery", title="Chair, Department of Surgery")
    L = [("h", "DEPARTMENT OF SURGERY - PRIVILEGES APPROVED BY THE BOARD"), f"Board meeting: {mdy(later(-2))}", ""]
    for pr in ["Robotic-assisted general surgery", "Laparoscopic bariatric surgery", "Breast surgery incl. oncoplastic",
               "Trauma and surgical critical care", "Endocrine surgery (thyroid, parathyroid)"]:
        s = staff("md", "Surgery")
        L.append(f"{s.full}, MD   NPI {s.npi}   Category: {R.choice(['Active', 'Provisional', 'Courtesy'])}")
        L.append(f"   Privileges: {pr}; FPPE {R.choice(['3 proctored cases', '5 proctored cases', 'chart review x10'])}")
    L += ["", ("s", "Confidential peer review document - Ohio Revised Code 2305.252")]
    att = pdf(L, flate=True, title="Privileges approved", author="Medical Staff Office")
    blocks = [P(f"{chair.dr},", "Board-approved privileges for the department attached for your records."), SIG(mso)]
    M("provider_directory", "Board-approved surgical privileges roster (flate PDF) with surgeons' NPIs and FPPE; no patient",
      mso, [chair], "Privileges approved - Surgery", MIX(outlook(blocks), ATT("Surgery_privileges.pdf", "application/pdf", att)))


@reg
def dir29():
    d = when()
    payer = ext_person(BLUE, "F")
    pe = staff("mso", "Provider Enrollment", title="Provider Enrollment Specialist")
    doc = staff("np", "Dermatology")
    t0 = ago(60 * 48)
    inner_blocks = [BANNER(), P(f"Dear {doc.full},", f"Bluestem Health Plans has approved your participation as a "
                                f"network provider effective {mdy(later(7))}. Provider NPI: {doc.npi}. Specialty: "
                                "Dermatology (nurse practitioner). Your directory listing will show Riverside "
                                "Dermatology - Westbury, accepting new patients."),
                    P(payer.full, "Network Management, Bluestem Health Plans"), ("footer", EXT_FOOTERS["payer"])]
    inner = FWD(payer, [doc], "Credentialing approval", outlook(inner_blocks), t0)
    top = [P(f"{pe.first} - approval letter from Bluestem for your file."), SIG(doc, short=True)]
    M("provider_directory", "Forwarded (rfc822) payer credentialing approval for a dermatology NP with NPI; payer HIPAA footer",
      doc, [pe], "FW: Credentialing approval", MIX(outlook(top), RFC(inner)))


@reg
def dir30():
    d = when()
    ph = staff("pharm", "Pharmacy Compliance", title="Controlled Substance Compliance Pharmacist")
    mso = staff("mso", "Medical Staff Office", title="Medical Staff Manager")
    cols = [("PRESCRIBER", 24, "l"), ("CRED", 8, "l"), ("NPI", 10, "l"), ("DEA", 9, "l"), ("DEA EXP", 10, "l"),
            ("OH LICENCE", 9, "l"), ("LIC EXP", 10, "l")]
    rows = []
    for r in ["md", "np", "pa", "md", "do", "np"]:
        s = staff(r, "Medical Staff")
        rows.append([s.lf, s.cred.split(",")[0], s.npi, s.dea, mdy(later(R.randint(5, 90))), LIC(), mdy(later(R.randint(30, 400)))])
    rpt = "\n".join(["PRESCRIBER DEA / LICENCE EXPIRATION REPORT (NEXT 90 DAYS)", f"Run {mdy(d)}", "", fixed(cols, rows), "",
                     "Prescribers with an expired DEA are blocked from controlled-substance orders in Epic and the cabinets."])
    blocks = [P(f"{mso.first},", "Monthly DEA/licence expiration report attached. Six prescribers expire within 90 days."),
              SIG(ph)]
    M("provider_directory", "Fixed-width prescriber DEA/licence expiration report (TXT) with NPIs and valid DEA numbers",
      ph, [mso], "DEA/licence expirations", MIX(outlook(blocks), ATT("DEA_expirations.txt", "text/plain", rpt)))


# ====================================================================================================
# prescriber_notice (4)
# ====================================================================================================
@reg
def pn01():
    d = when()
    ph = staff("pharm", "Pharmacy & Therapeutics", title="Formulary Pharmacist")
    doc = staff("hosp", "Hospital Medicine")
    t0 = ago(60 * 4)
    q = [P(f"{ph.first}, does the DOAC change mean I have to switch patients who are already on rivaroxaban at admission?"),
         SIG(doc, short=True)]
    top = [P(f"Hi {doc.dr},", "No - patients admitted on rivaroxaban can continue it (it stays available as a "
             "non-formulary continuation). The change only applies to new starts:"),
           TB([["Effective " + longdate(later(14)), "Change"],
               ["Apixaban", "Preferred DOAC for new starts (AF, VTE treatment)"],
               ["Rivaroxaban", "Non-formulary for new starts; continue home therapy"],
               ["Dabigatran", "Restricted to patients who cannot take apixaban; idarucizumab on formulary"],
               ["Enoxaparin", "No change; renal dosing alert when CrCl < 30 mL/min"]]),
           P("The P&T summary and the order-set changes go out in Friday's pharmacy bulletin."), SIG(ph), footer(0)]
    body = chain((None, top), (HDR(doc, [ph], "DOAC formulary change", t0), q))
    M("prescriber_notice", "Reply chain explaining a DOAC formulary change to a hospitalist (table of drugs); no patient",
      ph, [doc], "RE: DOAC formulary change", outlook(body), depth=1)


@reg
def pn02():
    d = when()
    it = staff("it", "Epic Security", title="EPCS Administrator")
    text = "\n".join(["Prescribers,", "",
                      f"Your EPCS two-factor token (Imprivata/ID Me) must be re-proofed by {longdate(later(21))}. DEA "
                      "rules (21 CFR 1311) require identity proofing and two-factor authentication to sign "
                      "electronic prescriptions for controlled substances. If your token lapses, Epic will block "
                      "signing of Schedule II-V prescriptions until it is restored.", "",
                      "To re-proof: Epic > Epic button > Security > EPCS Enrollment, then follow the prompts. It takes "
                      "about five minutes. Your DEA registration itself is not affected.", "",
                      "Questions: Service Desk, (614) 555-0199, option 3.", "", it.cname, "Epic Security"])
    M("prescriber_notice", "EPCS two-factor re-proofing notice to prescribers (QP) citing DEA rules; no patient",
      it, [Box("All Prescribers", f"prescribers@{DOM}")], "Action needed: EPCS token re-proofing", plain(text, "qp"))


@reg
def pn03():
    d = when()
    whs = Box("Cardinal-West Recall Notifications", "recalls@cardinalwest.example.org")
    ph = staff("pharm", "Pharmacy Purchasing", title="Pharmacy Buyer")
    ms = staff("pharm", "Medication Safety", title="Medication Safety Officer")
    t0 = ago(60 * 5)
    inner_text = "\n".join(["URGENT: DRUG RECALL - PHARMACY/RETAIL LEVEL", "",
                            "Product: Potassium Chloride Extended-Release Tablets USP, 20 mEq, 100-count bottles",
                            f"NDC: {digits(5)}-{digits(3)}-{digits(2)}   Lots: {hexs(2)}{digits(5)}, {hexs(2)}{digits(5)}",
                            "Reason: Failed dissolution testing; tablets may release potassium too quickly, which could "
                            "cause hyperkalemia in some patients.",
                            "Action: Quarantine affected lots and return to the distribution center. Do not dispense.",
                            "", "This notice is sent to all accounts that purchased affected lots in the last 12 months."])
    inner = FWD(whs, [ph], "URGENT: Drug recall - Potassium chloride ER 20 mEq", T(inner_text, "7bit"), t0)
    top = [P(f"{ms.first} - we received 6 bottles of one of these lots in August. Pyxis and the outpatient pharmacy "
             "are being checked now; I'll send you the count. No action needed by prescribers beyond the usual "
             "substitution from the other lot."), SIG(ph)]
    M("prescriber_notice", "Forwarded (rfc822) wholesaler recall of potassium chloride ER lots; no patient",
      ph, [ms], "FW: URGENT: Drug recall - Potassium chloride ER 20 mEq", MIX(outlook(top), RFC(inner)))


@reg
def pn04():
    d = when()
    cme = staff("admin", "Continuing Medical Education", title="CME Coordinator")
    att = [Box("All Prescribers", f"prescribers@{DOM}")]
    st = later(R.randint(5, 15)).replace(hour=12, minute=0, second=0)
    desc = "\n".join(["Required for DEA-registered prescribers: 'Safer Opioid Prescribing 2025' (1.0 AMA PRA Category 1)",
                      "Covers the Ohio acute pain prescribing limits, OARRS checks, naloxone co-prescribing and the "
                      "MATE Act training requirement.", "Lunch provided in person.", "", teams_join()])
    cal = ics(cme, att, "Safer Opioid Prescribing 2025 (CME)", st, 60, "Auditorium A / Microsoft Teams", desc)
    M("prescriber_notice", "CME meeting invite (text/calendar) for DEA-registered prescribers on opioid prescribing rules",
      cme, att, "Safer Opioid Prescribing 2025 (CME)", ALT(T(desc + "\n", "qp"), H(render_html([P(desc)]), "qp"), CAL(cal)))


# ====================================================================================================
# newsletter (4)
# ====================================================================================================
@reg
def nl01():
    d = when()
    lab = staff("path", "Laboratory Medicine", title="Laboratory Medical Director")
    L = [("h", "LAB NOTES - Riverside Laboratory Services"), f"{MONTHS[d.month - 1]} {d.year}", "",
         ("b", "eGFR: race-free CKD-EPI 2021 for all adults"),
         "All creatinine results now report eGFR with the 2021 equation. Expect small changes in staging near",
         "60 mL/min/1.73m2. Cystatin C-based eGFR is available for confirmation (order EGFRCYS).", "",
         ("b", "Vitamin D, 25-hydroxy: new assay"), "Reference interval 30-100 ng/mL unchanged; results may run ~5% lower.", "",
         ("b", "Hemoglobin A1c"), "A1c >= 6.5% on two occasions supports the diagnosis of diabetes; 5.7-6.4% indicates",
         "increased risk. A1c is unreliable with hemolytic anemia, recent transfusion or hemoglobin variants.", "",
         ("b", "Send-out turnaround"), "Most reference-lab tests now result in 2-4 days after the courier change.", "",
         ("s", f"Questions: {lab.full}, MD, Laboratory Medical Director")]
    att = pdf(L, flate=True, title="Lab Notes", author="Laboratory Medicine", creator="Microsoft Publisher")
    blocks = [P("Colleagues,", "This month's Lab Notes is attached."), SIG(lab)]
    M("newsletter", "Lab newsletter (flate PDF) quoting eGFR equation, vitamin D and A1c thresholds; no individual",
      lab, [Box("Medical Staff - all", f"medstaff@{DOM}")], "Lab Notes", MIX(outlook(blocks), ATT("LabNotes.pdf", "application/pdf", att)))


@reg
def nl02():
    d = when()
    ed = staff("rnm", "Nursing Professional Development", title="Wound Care Nurse Specialist", cred="MSN, RN, CWOCN")
    blocks = [P("\x02Skin Matters - Nursing Quality Bulletin\x02"),
              P("Pressure injury documentation tips:",
                "- Stage from the deepest tissue you can see. Unstageable (L89.xx0 codes end in 0) means the base is "
                "covered by slough or eschar.",
                "- Deep tissue pressure injury codes end in 6 (e.g. L89.156 for sacral region).",
                "- Device-related injuries are staged the same way; note the device."),
              P("Unit spotlight: 6 East went 120 days without a hospital-acquired stage 2+ pressure injury. The unit "
                "credits two-hour turns with the new wedge system and daily skin rounds."),
              P("Reminder: CAUTI prevention - remove Foley catheters when no longer indicated; the nurse-driven removal "
                "protocol applies to all adult inpatient units."), SIG(ed), footer(1)]
    M("newsletter", "HTML-only nursing quality bulletin quoting pressure-injury ICD-10 code patterns and unit results",
      ed, [Box("Nursing - all", f"nursing@{DOM}")], "Skin Matters", H(render_html(blocks), "qp"))


@reg
def nl03():
    d = when()
    cod = staff("fin", "Coding", title="Coding Educator", cred="RHIT, CCS")
    text = "\n".join(["CODING CORNER - Sepsis", "",
                      "Sepsis without acute organ dysfunction: code the infection's systemic code (e.g. A41.9 Sepsis, "
                      "unspecified organism).", "",
                      "Severe sepsis: add R65.20 (without septic shock) or R65.21 (with septic shock), plus a code for "
                      "each associated acute organ dysfunction, e.g. N17.9 acute kidney failure.", "",
                      "Sequencing: when sepsis is present on admission and meets the definition of principal diagnosis, "
                      "the systemic infection code is sequenced first, followed by the localized infection (e.g. J18.9 "
                      "pneumonia).", "",
                      "Documentation tip: 'urosepsis' has no ICD-10-CM code. Ask the provider whether they mean UTI or "
                      "sepsis due to UTI.", "", cod.cname, "Coding Education"])
    M("newsletter", "Coding-corner e-mail (7bit) quoting sepsis ICD-10 codes and sequencing rules; no individual",
      cod, [Box("Coding - all", f"coding@{DOM}")], "Coding Corner: sepsis", plain(text, "7bit"))


@reg
def nl04():
    d = when()
    ph = staff("pharm", "Drug Information", title="Drug Information Pharmacist")
    blocks = [P("\x02Pharmacy Pearls\x02 - " + MONTHS[d.month - 1] + " edition"),
              P("1. Linezolid + SSRIs: serotonin syndrome risk is low but real; monitor rather than avoid.",
                "2. Fluoroquinolones + QT: avoid with other QT-prolonging drugs when QTc > 500 ms.",
                "3. Trimethoprim-sulfamethoxazole raises potassium - check a BMP in 3-5 days in older adults on "
                "ACE inhibitors.",
                "4. Apixaban dose reduction requires 2 of 3: age >= 80, weight <= 60 kg, SCr >= 1.5 mg/dL."),
              P("Shortage update: IV metoprolol supply is stable again; amiodarone premix remains limited."),
              SIG(ph), footer(2)]
    M("newsletter", "Pharmacy pearls newsletter (alternative) on interactions and dosing rules; no individual",
      ph, [Box("Medical Staff - all", f"medstaff@{DOM}")], "Pharmacy Pearls", outlook(blocks))


# ====================================================================================================
# education (4)
# ====================================================================================================
@reg
def edu01():
    d = when()
    ed = staff("rnm", "Nursing Professional Development", title="Sepsis Program Coordinator")
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>SEP-1 bundle quick guide</title></head>
<body style="font-family:Arial;font-size:11pt">
<h2>Severe sepsis / septic shock bundle (SEP-1)</h2>
<h3>Within 3 hours of time zero</h3>
<ul><li>Initial lactate</li><li>Blood cultures before antibiotics</li><li>Broad-spectrum antibiotics</li>
<li>30 mL/kg crystalloid for hypotension or lactate &gt;= 4 mmol/L</li></ul>
<h3>Within 6 hours</h3>
<ul><li>Repeat lactate if initial &gt; 2 mmol/L</li><li>Vasopressors for persistent hypotension after fluids (MAP &lt; 65)</li>
<li>Reassessment of volume status and tissue perfusion - document it</li></ul>
<p>Time zero = when the last criterion for severe sepsis is met (documentation of suspected infection + 2 SIRS + organ dysfunction).</p>
</body></html>
"""
    blocks = [P("Hi educators,", "Quick guide for the sepsis skills fair is attached as a web page so it can go on the "
                "unit tablets."), SIG(ed)]
    M("education", "Sepsis bundle quick guide (HTML attachment) with lactate and MAP thresholds; no individual",
      ed, [Box("Unit Educators", f"uniteducators@{DOM}")], "Sepsis quick guide", MIX(outlook(blocks), ATT("SEP1_quick_guide.html", "text/html", html)))


@reg
def edu02():
    d = when()
    ed = staff("rn", "Diabetes Education", title="Inpatient Diabetes Educator", cred="RN, CDCES")
    att = [Box("5 West Nursing", f"5westrn@{DOM}"), Box("6 East Nursing", f"6eastrn@{DOM}")]
    st = later(R.randint(3, 10)).replace(hour=14, minute=30, second=0)
    desc = "\n".join(["In-service: insulin pumps and CGMs in the hospital", "",
                      "- When patients may keep their pump on (policy NUR-312) and when it must come off (MRI, CT, DKA)",
                      "- Hybrid closed-loop systems: what the nurse documents each shift",
                      "- CGM readings vs point-of-care glucose: POC still drives treatment decisions", "",
                      "30 minutes, repeated at 14:30 and 15:15. Counts toward annual competency."])
    cal = ics(ed, att, "In-service: insulin pumps & CGM", st, 30, "5 West conference room", desc)
    M("education", "In-service meeting invite (text/calendar) about insulin pumps and CGMs; no individual",
      ed, att, "In-service: insulin pumps & CGM", ALT(T(desc + "\n", "qp"), H(render_html([P(desc)]), "qp"), CAL(cal)))


@reg
def edu03():
    d = when()
    res = staff("md", "Internal Medicine", title="Chief Resident")
    att_ = staff("md", "Internal Medicine", title="Program Director")
    t0 = ago(60 * 20)
    q = [P(f"{res.first}, can you send the morning report case so I can prepare the teaching points? Keep it "
           "de-identified."), SIG(att_, short=True)]
    top = [P(f"{att_.dr} - case for Thursday (composite, details changed, no identifiers):"),
           P("A man in his late 50s presents with two weeks of fatigue and polyuria. Glucose 612 mg/dL, sodium 128 "
             "(corrected 137), serum osmolality 338, bicarbonate 22, small ketones. He was recently started on a "
             "high-dose steroid for a rheumatologic flare."),
           P("Teaching points: HHS vs DKA, corrected sodium, fluid strategy, insulin timing, steroid-induced "
             "hyperglycemia."), SIG(res)]
    text = render_text(chain((None, top), (HDR(att_, [res], "Morning report case", t0), q)))
    M("education", "Reply chain (QP) with a de-identified composite teaching case (HHS); no identifiers",
      res, [att_], "RE: Morning report case", plain(text, "qp"), depth=1)


@reg
def edu04():
    d = when()
    sc = staff("rn", "Stroke Program", title="Stroke Program Coordinator", cred="MSN, RN, SCRN")
    L = [("h", "NIH Stroke Scale - quick reference for nurses"), "",
         "1a Level of consciousness (0-3)   1b LOC questions (0-2)   1c LOC commands (0-2)",
         "2 Best gaze (0-2)   3 Visual fields (0-3)   4 Facial palsy (0-3)",
         "5 Motor arm, each (0-4)   6 Motor leg, each (0-4)   7 Limb ataxia (0-2)",
         "8 Sensory (0-2)   9 Best language (0-3)   10 Dysarthria (0-2)   11 Extinction/inattention (0-2)", "",
         "Total 0-42. A score of 0 does not rule out posterior circulation stroke.",
         "Certification renews every 2 years through the online module."]
    att = pdf(L, title="NIHSS quick reference", author="Stroke Program", creator="Microsoft Word")
    blocks = [P("All,", "NIHSS quick-reference card attached for the badge buddies. Recertification is due for many of "
                "you this quarter."), SIG(sc)]
    M("education", "NIH Stroke Scale quick reference (uncompressed PDF); no individual",
      sc, [Box("ED Nursing", f"ednursing@{DOM}")], "NIHSS reference card", MIX(outlook(blocks), ATT("NIHSS_quickref.pdf", "application/pdf", att)))


# ====================================================================================================
# aggregate (4)
# ====================================================================================================
@reg
def agg01():
    d = when()
    ip = staff("rn", "Infection Prevention", cred="MSN, RN, CIC", title="Infection Prevention Manager")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    hdr = ["Unit", "Measure"] + months + ["YTD Events", "YTD Device Days", "Rate per 1000", "SIR", "Target"]
    rows = [hdr]
    for u in ["4W ICU", "MICU", "5W", "6E", "7N", "NICU"]:
        for meas in ["CLABSI", "CAUTI"]:
            ev = [R.choice([0, 0, 0, 1]) for _ in months]
            days = R.randint(1800, 6200)
            rows.append([u, meas] + [str(x) for x in ev] + [str(sum(ev)), str(days), f"{1000 * sum(ev) / days:.2f}",
                                                             f"{R.uniform(0.2, 1.4):.2f}", "< 1.00"])
    blocks = [P("Quality Council,", "Year-to-date device-associated infection data by unit attached. Counts only; no "
                "patient-level data in this file."), SIG(ip)]
    M("aggregate", "Wide CSV (16 columns) of CLABSI/CAUTI counts, device days, rates and SIRs by unit; no individual",
      ip, [Box("Quality Council", f"qualitycouncil@{DOM}")], "HAI YTD by unit", MIX(outlook(blocks), ATT("HAI_YTD.csv", "text/csv", csv_bytes(rows))))


@reg
def agg02():
    d = when()
    an = staff("fin", "Decision Support", title="Decision Support Analyst")
    cmo = staff("md", "Office of the CMO", title="VP Quality")
    rows = [["MS-DRG", "Description", "Discharges", "30-day Readmits", "Rate %", "Expected %", "O/E"]]
    for drg, desc in [("291", "Heart failure & shock w MCC"), ("190", "COPD w MCC"), ("193", "Simple pneumonia w MCC"),
                      ("871", "Septicemia w/o MV >96 hrs w MCC"), ("683", "Renal failure w CC"), ("470", "Major joint replacement w/o MCC")]:
        n = R.randint(80, 640)
        r = R.randint(4, int(n * 0.24))
        exp = R.uniform(8, 22)
        rows.append([drg, desc, str(n), str(r), f"{100 * r / n:.1f}", f"{exp:.1f}", f"{(100 * r / n) / exp:.2f}"])
    att = excel_html("Readmissions", rows, [60, 240, 80, 100, 60, 80, 50], title="30-day all-cause readmissions by MS-DRG - FY25")
    blocks = [P(f"{cmo.dr},", "Readmission rates by DRG for the board quality report attached. Aggregate only."), SIG(an)]
    M("aggregate", "Excel HTML table of readmission counts and rates by MS-DRG; aggregate only",
      an, [cmo], "Readmissions by DRG - FY25", MIX(outlook(blocks), ATT("Readmits_by_DRG.htm", "text/html", att)))


@reg
def agg03():
    d = when()
    q = staff("rn", "Quality & Patient Safety", title="Sepsis Data Abstractor")
    mgr = staff("rnm", "Emergency Department")
    msgs = [(q.full, hm(d), "Q3 SEP-1 compliance: 74% (157/212 cases passed). Top failure: repeat lactate not drawn "
                           "within 6 h (31 cases). ED is at 81%, inpatient units 62%. Slides for the sepsis committee "
                           "are in the Files tab.")]
    html = teams_html(q.full, "Sepsis Committee (channel)", msgs, kind="mention")
    M("aggregate", "Teams e-mail with quarterly SEP-1 compliance percentages and counts; no individual",
      TEAMS, [mgr], f"{q.full} mentioned you in Sepsis Committee", H(html, "qp"))


@reg
def agg04():
    d = when()
    an = staff("fin", "Decision Support", title="ED Operations Analyst")
    ed = staff("rnm", "Emergency Department", title="ED Director")
    cols = [("HOUR", 5, "l"), ("ARRIVALS", 9, "r"), ("ADMITS", 8, "r"), ("LWBS", 6, "r"), ("MEDIAN DTP MIN", 15, "r"),
            ("MEDIAN LOS MIN", 15, "r")]
    rows = []
    for h in range(0, 24, 2):
        rows.append([f"{h:02d}:00", str(R.randint(40, 260)), str(R.randint(8, 70)), str(R.randint(0, 18)),
                     str(R.randint(12, 58)), str(R.randint(180, 420))])
    rpt = "\n".join(["RIVERSIDE MEDICAL CENTER ED - ARRIVALS BY HOUR (SEPTEMBER, ALL DAYS)", "", fixed(cols, rows, sep="   "), "",
                     "Counts of visits; no patient-level data."])
    blocks = [P(f"{ed.first},", "Arrivals by hour for staffing planning attached (fixed-width)."), SIG(an),
              HDR(ed, [an], "ED arrivals by hour", ago(60 * 50)),
              P(f"{an.first}, could you pull September arrivals by 2-hour block? I'm rebuilding the mid-shift for "
                "winter."), SIG(ed, short=True)]
    M("aggregate", "Fixed-width ED arrivals-by-hour report (TXT) with counts and medians; no individual",
      an, [ed], "RE: ED arrivals by hour", MIX(outlook(blocks), ATT("ED_arrivals_by_hour.txt", "text/plain", rpt)), depth=1)


# ====================================================================================================
# birth_year (4)
# ====================================================================================================
@reg
def by01():
    d = when()
    ceo = staff("admin", "Executive Office", title="President and CEO")
    ret = staff("md", "Family Medicine", origin="westafrican")
    hr = staff("admin", "Human Resources", title="HR Director")
    t0 = ago(60 * 3)
    q = [P("All,", f"After 34 years with Riverside, {ret.dr} will retire at the end of the month. Born in 1954 in Lagos, "
           f"{ret.first} came to Ohio for residency in 1981 and joined the Millbrook practice in 1991, where three "
           "generations of families came to know {him} as the doctor who remembered everyone's name.".replace("{him}", ret.him)),
         P("Please join us for a reception in the Atrium on the 28th at 4 PM."), SIG(ceo)]
    top = [P("What a career - congratulations! HR will have the card at the front desk through Friday for anyone who "
             "wants to sign it."), SIG(hr)]
    body = chain((None, top), (HDR(ceo, [Box("All Staff", f"allstaff@{DOM}")], "Celebrating a retirement", t0), q))
    M("birth_year", "Reply-all on a retirement announcement giving the physician's birth year and birthplace; no health content",
      hr, [Box("All Staff", f"allstaff@{DOM}")], "RE: Celebrating a retirement", outlook(body), depth=1)


@reg
def by02():
    d = when()
    uc = staff("admin", "5 West", title="Unit Secretary")
    nm = [staff("rn", "5 West") for _ in range(5)]
    lines = [f"  {MONTHS[11][:3]} {R.randint(1, 31)} - {s.first} {s.last[0]}." for s in nm]
    text = "\n".join(["Hi 5 West!", "", "December birthdays (cake on the 15th in the break room):", ""] + lines +
                     ["", f"And {nm[0].first} celebrates a big one - born in 1975, so it's the 50th!", "", uc.first])
    M("birth_year", "Unit birthday list (QP) with one staff member's birth year; no health content",
      uc, [Box("5 West staff", f"5weststaff@{DOM}")], "December birthdays", plain(text, "qp"))


@reg
def by03():
    d = when()
    fnd = staff("admin", "Riverside Health Foundation", title="Foundation Communications Manager")
    text = "\n".join(["Foundation board -", "",
                      "Draft donor profile for the annual report, for your review:", "",
                      "Eleanor Whitcombe, born in 1931 on a farm outside Millbrook, taught high-school chemistry for "
                      "38 years. Her gift to the Riverside Health Foundation this year endows four nursing "
                      "scholarships for graduates of Millbrook High. \"Teachers and nurses both change lives,\" she "
                      "says.", "",
                      "Mrs. Whitcombe has approved this text and the photo.", "", fnd.cname])
    M("birth_year", "Foundation donor profile (7bit) with the donor's birth year; a gift for scholarships, no health content",
      fnd, [Box("Foundation Board", f"foundationboard@{DOM}")], "Donor profile draft", plain(text, "7bit"))


@reg
def by04():
    d = when()
    arch = staff("admin", "Marketing & Communications", title="Archivist")
    text = "\n".join(["Riverside history minute", "",
                      "Riverside Medical Center opened in 1923 with 40 beds, founded by Dr. Amos Whitcombe-Hale "
                      "(1880-1961), a surgeon born in Zanesville, and Sister Mary Agnes Doyle (1889-1970), who ran the "
                      "nursing school until 1952. The original building still stands behind the parking garage.", "",
                      "Photos from the archive will be on display in the lobby during Founders Week.", "", arch.cname])
    M("birth_year", "History note (base64) with founders' birth and death years; no health information",
      arch, [Box("All Staff", f"allstaff@{DOM}")], "History minute: founders week", plain(text, "base64"))


# ====================================================================================================
# staff_admin (4)
# ====================================================================================================
@reg
def sa01():
    d = when()
    mgr = staff("rnm", "PACU", title="PACU Nurse Manager")
    days = [later(7) + dt.timedelta(days=i) for i in range(14)]
    hdr = ["Name", "Role", "FTE"] + [f"{x.month}/{x.day}" for x in days]
    rows = [hdr]
    for i in range(8):
        s = staff("rn", "PACU")
        rows.append([s.lf, "RN", R.choice(["0.9", "0.6", "1.0"])] + [R.choice(["D", "D", "E", "", "", "OC"]) for _ in days])
    ch = staff("rn", "PACU", title="Charge Nurse")
    blocks = [P("PACU team,", "The schedule for the next two weeks is posted and attached. D = 07-1930, E = 11-2330, "
                "OC = on call. Trade requests through the scheduling app by Friday."), SIG(mgr),
              HDR(ch, [mgr], "Schedule for the next period", ago(60 * 30)),
              P(f"{mgr.first}, when will the next schedule be out? A few people are asking about the Thanksgiving week."),
              SIG(ch, short=True)]
    M("staff_admin", "Wide two-week PACU shift schedule CSV (17 columns) with staff names; no health content",
      mgr, [Box("PACU staff", f"pacustaff@{DOM}")], "RE: Schedule for the next period", MIX(outlook(blocks), ATT("PACU_schedule.csv", "text/csv", csv_bytes(rows))), depth=1)


@reg
def sa02():
    d = when()
    mgr = staff("rnm", "Cardiac Cath Lab", title="Cath Lab Manager")
    rn = staff("rn", "Cardiac Cath Lab", cred="RN, RCIS")
    t0 = ago(60 * 6)
    q = [P(f"Hi {mgr.first}, I can take Thanksgiving call if someone covers my Dec 24. {rn.first}"), SIG(rn, short=True)]
    top = [P(f"Thanks {rn.first} - done. Updated holiday call below:"),
           TB([["Holiday", "Primary", "Backup"], ["Thanksgiving", rn.full, staff("rn", "Cath Lab").full],
               ["Dec 24", staff("rn", "Cath Lab").full, staff("rn", "Cath Lab").full],
               ["Dec 25", staff("rn", "Cath Lab").full, staff("rn", "Cath Lab").full]]), SIG(mgr)]
    body = chain((None, top), (HDR(rn, [mgr], "Holiday call", t0), q))
    M("staff_admin", "Reply chain swapping holiday call in the cath lab (table of staff); no health content",
      mgr, [rn], "RE: Holiday call", outlook(body), depth=1)


@reg
def sa03():
    d = when()
    rn = staff("rnm", "Outpatient Infusion", title="Infusion Center Manager")
    snd = staff("pharm", "Oncology Pharmacy")
    ret = later(R.randint(4, 9))
    blocks = [P(f"Thank you for your e-mail. I am on vacation and will return on {dayname(ret)}, {longdate(ret)}."),
              P("For staffing or scheduling questions, please contact the charge nurse at (614) 555-0187. For urgent "
                "operational issues, contact the house supervisor."), P(rn.full)]
    M("staff_admin", "Out-of-office automatic reply (vacation) from a manager with the charge-nurse number",
      rn, [snd], "Automatic reply: Chair capacity for December", outlook(blocks), auto=True, depth=1)


@reg
def sa04():
    d = when()
    mgr = staff("rnm", "Labor & Delivery", title="L&D Nurse Manager")
    rn = staff("rn", "Labor & Delivery")
    msgs = [(rn.full, hm(d), f"@{mgr.full} my timecard for last week is missing the Sunday shift - I clocked in at the "
                             "OB triage clock which was offline. Can you add 07:00-19:30 and approve?")]
    html = teams_html(rn.full, "L&D staff (chat)", msgs)
    M("staff_admin", "Teams mention e-mail asking a manager to fix a missed timeclock punch; no health content",
      TEAMS, [mgr], f"{rn.full} mentioned you in L&D staff", H(html, "qp"))


# ====================================================================================================
# marketing (4)
# ====================================================================================================
@reg
def mk01():
    d = when()
    mk = staff("admin", "Community Health", title="Community Outreach Manager")
    blocks = [P("\x02Riverside Community Health Fair\x02", f"Saturday, {longdate(later(12))}, 9 AM - 1 PM, Millbrook Community Center"),
              P("Free for everyone:", "- Blood pressure and glucose screenings", "- Flu and COVID-19 vaccines (bring your insurance card if you have one)",
                "- Ask-a-pharmacist medication reviews", "- Kids' bike helmet giveaway"),
              P("No appointment needed. Spanish, Arabic and Somali interpreters on site."),
              P("Please share with your patients and community partners!"), SIG(mk), footer(2)]
    M("marketing", "Community health fair promotion (alternative) with free screenings; no individual",
      mk, [Box("Community Partners", f"communitypartners@{DOM}")], "Health fair - please share", outlook(blocks))


@reg
def mk02():
    d = when()
    rec = staff("admin", "Talent Acquisition", title="Nurse Recruiter")
    cand = ext_person("mail.example.net", "F")
    t0 = ago(60 * 28)
    q = [P("Hi,", "I saw the ICU night-shift posting. Is there a sign-on bonus for experienced nurses, and do you "
           "sponsor CCRN certification?"), P(cand.full)]
    top = [P(f"Hi {cand.first},", "Thanks for your interest! Details for requisition REQ-" + digits(5) + ":",
             "- Registered Nurse, Medical ICU (4 West), nights, 36 h/week",
             "- Sign-on bonus up to $15,000 for 2+ years ICU experience",
             "- CCRN exam fee and review course reimbursed; certification differential $2/h",
             "- Apply at careers.riversidehealth.example; I'll watch for your application."), SIG(rec)]
    body = chain((None, top), (HDR(cand, [rec], "ICU night position", t0), q))
    M("marketing", "Recruiter's reply (QP) about an ICU RN job posting and sign-on bonus; no health content",
      rec, [cand], "RE: ICU night position", plain(render_text(body), "qp"), depth=1)


@reg
def mk03():
    d = when()
    mk = staff("admin", "Marketing & Communications", title="Campaign Manager")
    L = [("h", "It's time for your mammogram"), "",
         "Women 40 and older should have a screening mammogram every year or two - talk with your provider about what's",
         "right for you.", "", ("b", "Riverside Breast Centers"), "3D mammography - walk-ins welcome Tuesdays and Thursdays",
         "Evening hours in Westbury and Millbrook", "Schedule online or call (614) 555-0178", "",
         ("s", "Most insurance plans cover annual screening mammograms at no cost.")]
    att = pdf(L, flate=True, title="Mammogram flyer", author="Marketing", creator="Canva")
    blocks = [P("Hi clinic managers,", "October campaign flyer attached for waiting rooms and social posts."), SIG(mk)]
    M("marketing", "Screening-mammogram campaign flyer (flate PDF) for the public; no individual",
      mk, [Box("Clinic Managers", f"clinicmanagers@{DOM}")], "October mammogram flyer", MIX(outlook(blocks), ATT("Mammo_flyer.pdf", "application/pdf", att)))


@reg
def mk04():
    d = when()
    soc = Box("Ohio Society of Health-System Pharmacists", "events@ohshp.example.org")
    ph = staff("pharm", "Pharmacy Administration", title="Director of Pharmacy")
    mgr = staff("pharm", "Pharmacy Administration", title="Pharmacy Manager")
    t0 = ago(60 * 30)
    inner_blocks = [BANNER(), P("You're invited to the OSHP Fall Clinical Meeting", f"{longdate(later(30))} - Columbus",
                                "Sessions: antimicrobial stewardship update, GLP-1 shortages, technician career ladders.",
                                "Early registration ends Friday."), P("OSHP Events")]
    inner = FWD(soc, [ph], "Fall Clinical Meeting - registration open", outlook(inner_blocks), t0)
    top = [P(f"{mgr.first} - can we send two residents? Budget line is education/travel."), SIG(ph)]
    M("marketing", "Forwarded (rfc822) professional-society conference invitation; no individual",
      ph, [mgr], "FW: Fall Clinical Meeting - registration open", MIX(outlook(top), RFC(inner)))


# ====================================================================================================
# name_only (4)
# ====================================================================================================
@reg
def no01():
    d = when()
    vc = staff("admin", "Volunteer Services", title="Volunteer Coordinator")
    rows = [["Volunteer", "Shift", "Post", "Phone"]]
    for _ in range(8):
        v = ext_person("mail.example.net")
        rows.append([v.full, R.choice(["Mon AM", "Tue PM", "Wed AM", "Sat AM"]), R.choice(["Main lobby desk", "Gift shop", "Surgery waiting", "Wayfinding"]), phone()])
    lead = staff("admin", "Volunteer Services", title="Lobby Volunteer Lead")
    blocks = [P(f"Hi {lead.first},", "Updated volunteer roster for November attached."), SIG(vc),
              HDR(lead, [vc], "November roster?", ago(60 * 6)),
              P("Do you have the November roster yet? Two of my Saturday people moved to Tuesdays."), SIG(lead, short=True)]
    M("name_only", "Reply with a volunteer roster CSV (names, shifts, phones) under the quoted request; no health content",
      vc, [lead], "RE: November roster?", MIX(outlook(blocks), ATT("volunteers_nov.csv", "text/csv", csv_bytes(rows))), depth=1)


@reg
def no02():
    d = when()
    fnd = staff("admin", "Riverside Health Foundation", title="Events Manager")
    rows = [["Table", "Guest", "Guest of", "Meal", "RSVP"]]
    for t in range(1, 6):
        for _ in range(2):
            g = ext_person("mail.example.net")
            rows.append([str(t), g.full, R.choice(["Sponsor - Millbrook Bank", "Board member", "Medical staff", "Sponsor - Linwood Dental"]),
                         R.choice(["Beef", "Salmon", "Vegetarian"]), R.choice(["Yes", "Yes", "Pending"])])
    att = excel_html("Gala seating", rows, [50, 180, 200, 90, 60], title="Foundation Gala - seating chart")
    blocks = [P("Hi team,", "Seating chart for the gala attached (web page export). Table 1 is the sponsor table."), SIG(fnd)]
    M("name_only", "Excel HTML gala seating chart with guest names and meal choices; no health content",
      fnd, [Box("Foundation Staff", f"foundation@{DOM}")], "Gala seating chart", MIX(outlook(blocks), ATT("Gala_seating.htm", "text/html", att)))


@reg
def no03():
    d = when()
    cno = staff("rnm", "Nursing Administration", title="Magnet Program Director")
    hon = [staff("rn", u) for u in ["NICU", "5 West", "Emergency Department"]]
    blocks = [P("Please join me in congratulating this quarter's DAISY Award honorees:"),
              TB([["Honoree", "Unit"]] + [[h.full + ", " + h.cred, h.dept] for h in hon]),
              P("The celebration is Thursday at 2 PM on each unit - cinnamon rolls included."), SIG(cno)]
    M("name_only", "Award announcement (alternative) listing nurse honorees and units; no health content",
      cno, [Box("Nursing - all", f"nursing@{DOM}")], "DAISY honorees", outlook(blocks))


@reg
def no04():
    d = when()
    fnd = staff("admin", "Riverside Health Foundation", title="Donor Relations Officer")
    donors = "\n".join(f"""  <Recipient>
    <Name>{esc(p.full)}</Name>
    <Address>{R.randint(12, 9000)} {R.choice(STREETS)}, {R.choice(CITIES)[0]}, OH</Address>
    <CardType>{R.choice(['Holiday - corporate', 'Holiday - individual'])}</CardType>
  </Recipient>""" for p in [ext_person("mail.example.net") for _ in range(5)])
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<MailingList name="Foundation holiday cards - sponsors" exported="{d:%Y-%m-%d}">
{donors}
</MailingList>
"""
    blocks = [P("Hi print shop,", "Mailing list for the sponsor holiday cards attached as XML for the addressing "
                "machine."), SIG(fnd)]
    M("name_only", "Holiday-card mailing list (XML) of event sponsors' names and addresses; no health content",
      fnd, [Box("Print Shop", f"printshop@{DOM}")], "Holiday card list", MIX(outlook(blocks), ATT("holiday_cards.xml", "application/xml", xml)))


# ====================================================================================================
# other_label (4)
# ====================================================================================================
@reg
def ol01():
    d = when()
    cfo = staff("admin", "Finance", title="Chief Financial Officer")
    vp = staff("admin", "Operations", title="VP Operations")
    t0 = ago(60 * 5)
    q = [P(f"{cfo.first}, do we have room in FY26 for the second MRI? The wait for outpatient MRI is over 3 weeks."),
         SIG(vp, short=True)]
    top = [P("Only if we defer the parking garage repairs to FY27. I'll bring both options to the capital committee. "
             "Draft numbers: MRI $2.9M installed, garage $2.2M."), SIG(cfo)]
    body = chain((None, top), (HDR(vp, [cfo], "FY26 capital", t0), q))
    M("other_label", "Capital planning reply chain with the Internal sensitivity label; no patient",
      cfo, [vp], "RE: FY26 capital", outlook(body), depth=1, label=("internal", "Internal"))


@reg
def ol02():
    d = when()
    fs = staff("admin", "Food & Nutrition Services", title="Retail Food Manager")
    blocks = [P("\x02Riverside Cafe - this week\x02"),
              TB([["Day", "Entree", "Vegetarian"], ["Mon", "Chicken tikka masala", "Chana masala"],
                  ["Tue", "Tacos al pastor", "Black bean tacos"], ["Wed", "Pot roast", "Mushroom stroganoff"],
                  ["Thu", "Jollof rice with chicken", "Vegetable jollof"], ["Fri", "Fish and chips", "Falafel wrap"]]),
              SIG(fs)]
    M("other_label", "Cafeteria menu (HTML only) with the General sensitivity label",
      fs, [Box("All Staff", f"allstaff@{DOM}")], "Cafe menu this week", H(render_html(blocks), "qp"),
      label=("general", "General"))


@reg
def ol03():
    d = when()
    ea = staff("admin", "Executive Office", title="Executive Assistant to the CEO")
    board = [staff("admin", "Board of Trustees", title="Trustee") for _ in range(3)]
    st = later(R.randint(5, 20)).replace(hour=16, minute=0, second=0)
    desc = "Board of Trustees - regular meeting. Board book will be posted to the portal one week prior.\n\n" + teams_join()
    cal = ics(ea, board, "Board of Trustees - regular meeting", st, 120, "Boardroom, 8th floor / Teams", desc)
    M("other_label", "Board meeting invite (text/calendar) with the Internal sensitivity label",
      ea, board, "Board of Trustees - regular meeting", ALT(T(desc + "\n", "qp"), H(render_html([P(desc)]), "qp"), CAL(cal)),
      label=("internal", "Internal"))


@reg
def ol04():
    d = when()
    sec = staff("it", "Information Security", title="Security Awareness Lead")
    text = "\n".join(["Leaders,", "",
                      "Results of the October phishing simulation ('Your parking permit is expiring'):", "",
                      "  Sent: 9,412   Clicked: 611 (6.5%)   Reported: 2,380 (25.3%)", "",
                      "Departments with click rates over 10% will get a short refresher module. Thank you to everyone who "
                      "used the Report Phish button.", "", sec.cname])
    M("other_label", "Phishing-simulation results (7bit) with the General sensitivity label; aggregate staff counts",
      sec, [Box("Leaders", f"leaders@{DOM}")], "October phishing simulation results", plain(text, "7bit"),
      label=("general", "General"))


# ====================================================================================================
# general (4)
# ====================================================================================================
@reg
def ge01():
    d = when()
    chg = inc("CHG")
    fields = [("Change", chg), ("Type", "Normal"), ("Risk", "Moderate"), ("Configuration item", "Epic Production"),
              ("Planned start", f"{mdy(later(5))} 01:00"), ("Planned end", f"{mdy(later(5))} 05:00"),
              ("State", "Scheduled"), ("Assignment group", "Epic Technical Services")]
    desc = ("Epic November update. Hyperspace, Haiku, Canto and MyRiverside read-only 01:00-05:00. Downtime "
            "procedures in effect; BCA workstations will have reports as of 00:45.")
    intro = [f"Change {chg} is scheduled. You are receiving this because you are on the change notification list."]
    html = sn_html("Riverside IT Change Management", f"Scheduled change {chg} - Epic November update", intro, fields, desc, ref=snref())
    M("general", "ServiceNow change notification for an Epic downtime window; no patient",
      SNOW, [Box("Clinical Leaders", f"clinicalleaders@{DOM}")], f"Scheduled change {chg} - Epic November update", H(html, "qp"))


@reg
def ge02():
    d = when()
    vend = ext_person("brightlinemedia.example.org", "M")
    mk = staff("admin", "Marketing & Communications", title="Marketing Director")
    t0 = ago(60 * 22)
    quoted = [P(f"Hi {vend.first},", "We received invoice BLM-" + digits(5) + " for the billboard flight but it shows 8 "
                "weeks instead of the 6 in the contract. Can you send a corrected invoice?"), P(mk.full)]
    text = render_text([BANNER(), P(f"Hi {mk.first},", "You're right - corrected invoice will come from our AR team today "
                                    "with 6 weeks ($18,600). Apologies for the mix-up."), P(vend.full, "Brightline Media"),
                        GT(mk, t0, quoted)])
    M("general", "Inbound vendor reply (QP, '>' quoting) correcting a billboard invoice; finance, no patient",
      vend, [mk], "Re: Billboard invoice", plain(text, "qp"), inbound=True, depth=1)


@reg
def ge03():
    d = when()
    box = Box("ImageWorks Support", "support@imageworks.example.org")
    an = staff("it", "Imaging Informatics", title="PACS Administrator")
    text = "\n".join(["This is an automated acknowledgement.", "",
                      f"Your support case CS-{digits(7)} ('Workstation hanging protocol resets after update') has been "
                      "created with priority P3. An engineer will contact you within 1 business day.", "",
                      "Please do not send patient images or protected health information (PHI) by e-mail; use the "
                      "secure upload link in the case portal. HIPAA business associate agreement on file.", "",
                      "ImageWorks Customer Support"])
    M("general", "Vendor support auto-acknowledgement (7bit) of a PACS workstation case; PHI/HIPAA warning text",
      box, [an], "Automatic reply: Workstation hanging protocol resets", plain(text, "7bit"), inbound=True, auto=True, depth=1)


@reg
def ge04():
    d = when()
    doc = staff("md", "Internal Medicine")
    items = [(f"{md(d)} 06:00", "Results", "3 new (normal)"), (f"{md(d)} 06:00", "Patient Medical Advice Requests", "2 new"),
             (f"{md(d)} 06:00", "Rx Request", "5 new"), (f"{md(d)} 06:00", "Cosign Clinic Orders", "1 new")]
    html = inbasket_html("Daily digest (all folders)", 11, items,
                         note="Digest shows folder counts only. Open In Basket to see message details.")
    M("general", "In Basket daily digest e-mail listing folder counts only; no patient",
      EPIC, [doc], "In Basket daily digest: 11 new messages", H(html, "qp"))


# === MAIN ===
def main():
    for fn in REG:
        fn()
    idx = list(range(len(RESULTS)))
    ORDER.shuffle(idx)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for n, i in enumerate(idx, 1):
        r = RESULTS[i]
        name = f"z{n:04d}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(r["raw"])
        labels.append({"file": name, "phi": r["kind"] in POS, "kind": r["kind"], "form": r["form"], "note": r["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1)
        fh.write("\n")
    counts = {}
    for l in labels:
        counts[l["kind"]] = counts.get(l["kind"], 0) + 1
    for k in sorted(counts):
        print(f"{k:<20} {counts[k]}")
    print(f"total {len(labels)}")


if __name__ == "__main__":
    main()
