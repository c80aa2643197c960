#!/usr/bin/env python3
"""Generator for the phi8 corpus (Riverside Health PHI relay, see BRIEF.md).

Python 3 standard library only. Deterministic: one fixed seed for content (random.Random(880808)), a second
fixed seed for file order, no clock reads, no network, no iteration over sets. Writes messages/w0001.eml ...
and labels.json next to this file and prints the number of messages per kind.

MIME is built by hand: CRLF line ends, quoted-printable and base64 at <= 76 columns, 7bit prose re-flowed at
76 columns, RFC 2047 display names and subjects. PDFs are real PDF 1.4 files written by hand (Helvetica text
drawn with BT/Tf/Td/Tj/ET, optional FlateDecode, exact xref table).
"""
import base64
import csv
import datetime
import html as htmlmod
import io
import json
import os
import random
import re
import textwrap
import zlib
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
R = random.Random(880808)
ORDER_SEED = 80808
PREFIX = "w"
DOM = "riversidehealth.example"
TENANT = "3c9d7e21-84b6-4f0a-b2d5-91e6a0c47f58"
GUID = {"phi": "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03",
        "general": "0a1b2c3d-0000-4000-8000-000000000001",
        "internal": "0a1b2c3d-0000-4000-8000-000000000002"}
POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration",
       "billing_claim", "hl7", "ccda", "imaging", "label", "mbi"]
NEG = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year",
       "id_shaped", "staff_admin", "marketing", "name_only", "other_label", "general"]

# ----------------------------------------------------------------------------------------------------------
# identifiers (all synthetic, all obeying the structural rules the brief asks for)
DIG = "0123456789"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
FAMOUS_SSN = ("078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462")
AREAS = ["614", "740", "937", "513", "419", "330", "216", "440", "567", "380"]


def digits(n):
    return "".join(R.choice(DIG) for _ in range(n))


def mrn():
    return "RH" + digits(7)


def member():
    return "RHP" + digits(9)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if v not in FAMOUS_SSN:
            return v


def _luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def npi():
    base = R.choice("12") + digits(8)
    for c in DIG:
        if _luhn_ok("80840" + base + c):
            return base + c
    raise AssertionError


def dea(last, first_letter="B"):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    letter = re.sub(r"[^A-Z]", "", last.upper())[0]
    return first_letter + letter + "".join(map(str, d)) + str(chk)


def mbi(sep=""):
    an = MBI_A + DIG
    s = "".join([R.choice("123456789"), R.choice(MBI_A), R.choice(an), R.choice(DIG), R.choice(MBI_A), R.choice(an),
                 R.choice(DIG), R.choice(MBI_A), R.choice(MBI_A), R.choice(DIG), R.choice(DIG)])
    return s if not sep else s[:4] + sep + s[4:7] + sep + s[7:]


def phone(area=None, paren=False):
    a = area or R.choice(AREAS)
    n = f"01{R.randrange(100):02d}"
    return f"({a}) 555-{n}" if paren else f"{a}-555-{n}"


def guid():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


STREETS = ["Maple Hollow Dr", "Kessler Ave", "Orchard Bend Rd", "W Fifth St", "Cedar Crest Ln", "Brookside Ct",
           "Hilltop Pkwy", "Linden Ave", "Sycamore Ridge Rd", "Quarry Run", "E Mound St", "Willow Glen Way",
           "Tamarack Cir", "Old Mill Rd", "Harbor View Dr", "Pheasant Run", "N Elm St", "Creekstone Blvd"]
CITIES = [("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Riverside", "OH", "454"), ("Chillicothe", "OH", "456"),
          ("Lancaster", "OH", "431"), ("Marion", "OH", "433"), ("Newark", "OH", "430"), ("Zanesville", "OH", "437"),
          ("Springfield", "OH", "455"), ("Delaware", "OH", "430")]


def address(one_line=True):
    st = f"{R.randint(100, 9899)} {R.choice(STREETS)}"
    c, s, z = R.choice(CITIES)
    z = z + f"{R.randint(1, 99):02d}"
    if R.random() < 0.25:
        st += f", Apt {R.randint(1, 40)}{R.choice('ABCD')}"
    return f"{st}, {c}, {s} {z}" if one_line else (st, c, s, z)


# ----------------------------------------------------------------------------------------------------------
# dates: CUR is the date of the message being built (set by main() before each builder runs)
CUR = datetime.datetime(2025, 3, 3, 9, 0)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def day(offset=0):
    return (CUR + datetime.timedelta(days=offset)).date()


def wday(offset=1):
    """next weekday at or after offset days"""
    d = day(offset)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def mdy(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def ymd(d):
    return d.isoformat()


def h7(d):
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def long(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def dname(d):
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()]


def dob(lo, hi):
    age = R.randint(lo, hi)
    base = day(0)
    d = datetime.date(base.year - age, R.randint(1, 12), R.randint(1, 28))
    return d


def age_of(d):
    b = day(0)
    return b.year - d.year - ((b.month, b.day) < (d.month, d.day))


# ----------------------------------------------------------------------------------------------------------
# people (invented; names from many traditions)
POOLS = [
    ("anglo", ["James", "Robert", "Gregory", "Dennis", "Kyle", "Brian", "Wayne", "Curtis"],
     ["Linda", "Patricia", "Karen", "Megan", "Heather", "Donna", "Brenda", "Carol"],
     ["Whitaker", "Holloway", "Prescott", "Dunham", "Ellison", "Barlow", "Hensley", "Pruitt", "Caldwell", "Mercer",
      "Ashby", "Lockhart"]),
    ("black", ["DeShawn", "Marcus", "Terrence", "Jamal", "Darnell", "Andre"],
     ["Aaliyah", "Imani", "Latoya", "Keisha", "Tasha", "Monique"],
     ["Brooks", "Jefferson", "Freeman", "Battle", "Mayfield", "Boykins", "Toliver", "Gaines"]),
    ("hispanic", ["Luis", "Alejandro", "Jorge", "Miguel", "Rafael", "Hector"],
     ["Guadalupe", "Maria", "Rosa", "Ximena", "Yesenia", "Marisol"],
     ["Ortega", "Mendoza", "Salazar", "Castillo", "Villarreal", "Zamora", "Ibarra", "Quintero"]),
    ("yoruba", ["Adebayo", "Oluwaseun", "Babatunde", "Tunde"], ["Folasade", "Yetunde", "Omolara", "Funmilayo"],
     ["Oyelaran", "Adeyemi", "Ogunleye", "Akinola", "Balogun"]),
    ("igbo", ["Chinedu", "Emeka", "Obinna"], ["Ngozi", "Chiamaka", "Adaeze"], ["Okafor", "Nwosu", "Eze", "Okonkwo"]),
    ("ethiopian", ["Tesfaye", "Dawit", "Yonas"], ["Hiwot", "Selamawit", "Meron"],
     ["Bekele", "Tadesse", "Gebremariam", "Haile"]),
    ("somali", ["Abdirahman", "Mohamed", "Abdullahi"], ["Hodan", "Fadumo", "Ifrah"], ["Warsame", "Abdi", "Farah", "Aden"]),
    ("vietnamese", ["Minh", "Tuan", "Quang", "Huy"], ["Lan", "Thao", "Ngoc", "Linh"],
     ["Nguyen", "Tran", "Pham", "Le", "Vo", "Dang"]),
    ("chinese", ["Wei", "Jun", "Hao", "Zhiwei"], ["Mei", "Xiu", "Lihua", "Yan"], ["Zhang", "Lin", "Chen", "Wu", "Zhou"]),
    ("korean", ["Min-jun", "Sung-ho", "Jae-won"], ["Ji-woo", "Eun-ji", "Soo-yeon"], ["Park", "Kim", "Choi", "Yoon", "Han"]),
    ("japanese", ["Haruto", "Kenji", "Takeshi"], ["Yui", "Akiko", "Emiko"],
     ["Sato", "Tanaka", "Watanabe", "Nakamura", "Kobayashi"]),
    ("indian", ["Arjun", "Rohan", "Vikram", "Sanjay"], ["Priya", "Ananya", "Kavitha", "Deepa"],
     ["Raman", "Mehta", "Iyer", "Reddy", "Krishnan", "Bhatt"]),
    ("pakistani", ["Imran", "Bilal", "Faisal"], ["Ayesha", "Sana", "Rabia"], ["Siddiqui", "Qureshi", "Chaudhry", "Malik"]),
    ("arab", ["Omar", "Khalid", "Yousef", "Tariq"], ["Layla", "Rania", "Huda", "Nour"],
     ["Haddad", "Nasser", "Khoury", "Saleh", "Mansour"]),
    ("persian", ["Hamid", "Reza", "Dariush"], ["Shirin", "Parisa", "Mahnaz"], ["Rahimi", "Farahani", "Tehrani", "Karimi"]),
    ("turkish", ["Emre", "Burak", "Mehmet"], ["Elif", "Zeynep", "Ayse"], ["Yilmaz", "Demir", "Kaya", "Ozturk"]),
    ("polish", ["Tomasz", "Piotr", "Krzysztof"], ["Agnieszka", "Katarzyna", "Magdalena"],
     ["Kowalczyk", "Nowak", "Wisniewski", "Zielinski"]),
    ("ukrainian", ["Dmytro", "Oleksandr", "Taras"], ["Olena", "Iryna", "Oksana"],
     ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko"]),
    ("greek", ["Nikos", "Giorgos", "Dimitrios"], ["Eleni", "Sofia", "Katerina"], ["Papadopoulos", "Georgiou", "Karras"]),
    ("italian", ["Marco", "Salvatore", "Vincenzo"], ["Giulia", "Francesca", "Rosalia"],
     ["Rossi", "Esposito", "Lombardi", "DeLuca", "Ferraro"]),
    ("irish", ["Declan", "Padraig", "Ciaran"], ["Siobhan", "Aoife", "Maeve"], ["Byrne", "Gallagher", "Donnelly", "Kavanagh"]),
    ("filipino", ["Rommel", "Jericho", "Arnel"], ["Rowena", "Maricel", "Jocelyn"],
     ["Dela Cruz", "Bautista", "Santos", "Villanueva", "Manalo"]),
    ("hmong", ["Pao", "Tou", "Kou"], ["Mai", "Pa", "Xee"], ["Vang", "Xiong", "Thao", "Yang", "Lor"]),
    ("navajo", ["Darrell", "Leonard", "Vernon"], ["Loretta", "Rena", "Delphine"], ["Begay", "Tsosie", "Yazzie", "Benally"]),
    ("haitian", ["Wilner", "Fritz", "Jean-Robert"], ["Wideline", "Nadege", "Marie-Claude"],
     ["Pierre", "Jean-Baptiste", "Louissaint", "Dorvil"]),
    ("jewish", ["Avi", "Eli", "Noam"], ["Miriam", "Rivka", "Talia"], ["Goldberg", "Rosen", "Feldman", "Katz"]),
    ("pacific", ["Sione", "Tavita", "Losa"], ["Mele", "Leilani", "Sina"], ["Faleolo", "Tuilagi", "Fifita", "Taufa"]),
    ("german", ["Lukas", "Dieter", "Stefan"], ["Ingrid", "Heike", "Greta"], ["Becker", "Hoffmann", "Schreiber", "Vogel"]),
]
EXTRA = {
    "yoruba": (["Olumide", "Kayode"], ["Bukola", "Titilayo"], ["Oladipo", "Fashola"]),
    "igbo": (["Ikenna", "Chukwudi"], ["Nneka", "Ifeoma"], ["Obi", "Anyanwu", "Igwe"]),
    "ethiopian": (["Mulugeta", "Bereket"], ["Tigist", "Bethlehem"], ["Alemu", "Wolde", "Kebede"]),
    "somali": (["Hassan", "Yusuf", "Ahmed"], ["Amina", "Sahra", "Khadra"], ["Osman", "Ali", "Nur", "Jama"]),
    "vietnamese": (["Khanh", "Bao"], ["Huong", "Trang"], ["Hoang", "Bui"]),
    "chinese": (["Yong", "Feng"], ["Jing", "Hui"], ["Huang", "Liu", "Guo"]),
    "korean": (["Dong-hyun", "Hyun-woo"], ["Seo-yeon", "Ha-eun"], ["Jung", "Kang", "Lim"]),
    "japanese": (["Daiki", "Hiroshi"], ["Naomi", "Sakura"], ["Ito", "Yamamoto", "Suzuki"]),
    "indian": (["Aditya", "Karthik"], ["Lakshmi", "Meera"], ["Nair", "Patel", "Desai"]),
    "pakistani": (["Usman", "Hamza", "Asif"], ["Hina", "Mariam", "Nadia"], ["Sheikh", "Butt", "Rana", "Akhtar"]),
    "arab": (["Samir", "Nabil"], ["Dina", "Mona"], ["Haddad", "Aziz", "Jaber"]),
    "persian": (["Kaveh", "Arash", "Behzad"], ["Nasrin", "Leila", "Roya"], ["Hosseini", "Moradi", "Jafari", "Sadeghi"]),
    "turkish": (["Kemal", "Serkan", "Onur"], ["Deniz", "Ebru", "Gul"], ["Celik", "Sahin", "Arslan", "Dogan"]),
    "polish": (["Marek", "Pawel", "Grzegorz"], ["Ewa", "Joanna", "Beata"], ["Wojcik", "Kaminski", "Lewandowski", "Mazur"]),
    "ukrainian": (["Andriy", "Bohdan", "Yurii"], ["Halyna", "Natalia", "Svitlana"], ["Melnyk", "Kravchenko", "Boyko", "Marchenko"]),
    "greek": (["Kostas", "Stavros", "Yannis"], ["Despina", "Maria", "Anastasia"], ["Nikolaidis", "Vlachos", "Economou", "Stavrou"]),
    "italian": (["Giuseppe", "Antonio", "Paolo"], ["Lucia", "Teresa", "Chiara"], ["Romano", "Colombo", "Ricci", "Marino"]),
    "irish": (["Eamon", "Liam", "Sean"], ["Niamh", "Orla", "Brigid"], ["Doyle", "Quinn", "Brennan", "Callahan"]),
    "filipino": (["Ramon", "Efren", "Noel"], ["Cristina", "Liza", "Analyn"], ["Reyes", "Mendoza", "Aquino", "Garcia"]),
    "hmong": (["Nou", "Chue", "Yeng"], ["Kia", "Yer", "Nou"], ["Her", "Moua", "Lee", "Vue"]),
    "navajo": (["Harrison", "Ernest", "Calvin"], ["Marlene", "Arlene", "Juanita"], ["Nez", "Joe", "Etsitty", "Manygoats"]),
    "haitian": (["Jean-Claude", "Ricardo", "Ernso"], ["Rose-Marie", "Fabienne", "Guerline"], ["Joseph", "Etienne", "Desir", "Augustin"]),
    "jewish": (["Ari", "Daniel", "Micah"], ["Shira", "Dalia", "Naomi"], ["Shapiro", "Levin", "Weiss", "Adler"]),
    "pacific": (["Manu", "Ioane", "Viliami"], ["Ana", "Lupe", "Malia"], ["Leota", "Tupou", "Salave'a", "Mataele"]),
    "german": (["Klaus", "Jurgen", "Matthias"], ["Sabine", "Ute", "Anke"], ["Richter", "Krause", "Neumann", "Schulz"]),
    "anglo": (["Douglas", "Randall", "Scott"], ["Sharon", "Tammy", "Kristin"], ["Fairbanks", "Whitfield", "Sutton", "Harlow"]),
    "black": (["Cedric", "Reginald", "Malik"], ["Shanice", "Tiana", "Ebony"], ["Coleman", "Hairston", "Pettaway", "Gilliam"]),
    "hispanic": (["Ernesto", "Ramiro", "Joaquin"], ["Lucia", "Veronica", "Adriana"], ["Cervantes", "Esparza", "Robles", "Trevino"]),
}
POOLS = [(c, m + EXTRA.get(c, ([], [], []))[0], f + EXTRA.get(c, ([], [], []))[1], l + EXTRA.get(c, ([], [], []))[2])
         for c, m, f, l in POOLS]
_USED = set()


class Person:
    def __init__(self, first, last, g, role="", cred="", dept="", domain=DOM, email=None, org="Riverside Health"):
        self.first, self.last, self.g = first, last, g
        self.role, self.cred, self.dept, self.org = role, cred, dept, org
        local = re.sub(r"[^a-z.\-]", "", f"{first}.{last}".lower().replace(" ", ""))
        self.email = email or f"{local}@{domain}"
        self.phone = phone()

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def title(self):
        return "Mr." if self.g == "m" else "Ms."

    @property
    def mr(self):
        return f"{self.title} {self.last}"

    @property
    def dr(self):
        return f"Dr. {self.last}"

    he = property(lambda s: "he" if s.g == "m" else "she")
    He = property(lambda s: "He" if s.g == "m" else "She")
    his = property(lambda s: "his" if s.g == "m" else "her")
    His = property(lambda s: "His" if s.g == "m" else "Her")
    him = property(lambda s: "him" if s.g == "m" else "her")

    @property
    def named(self):
        return f"{self.full}, {self.cred}" if self.cred else self.full

    @property
    def sig(self):
        lines = [self.named]
        if self.role:
            lines.append(self.role + (f", {self.dept}" if self.dept else ""))
        lines.append(f"{self.org} | {self.phone}")
        return "\n".join(lines)


def P(culture=None, g=None):
    """a new, unused invented person"""
    for _ in range(500):
        pool = R.choice(POOLS) if culture is None else [p for p in POOLS if p[0] == culture][0]
        gg = g or R.choice("mf")
        first = R.choice(pool[1] if gg == "m" else pool[2])
        last = R.choice(pool[3])
        if (first, last) not in _USED:
            _USED.add((first, last))
            return Person(first, last, gg)
    raise AssertionError("name pool exhausted")


def S(role="", cred="", dept="", culture=None, g=None):
    p = P(culture, g)
    p.role, p.cred, p.dept = role, cred, dept
    return p


def X(domain, role="", cred="", org="", culture=None, g=None):
    """an external correspondent at a partner domain (*.example.org)"""
    p = P(culture, g)
    p.role, p.cred, p.org = role, cred, org or domain.split(".")[0].replace("-", " ").title()
    local = re.sub(r"[^a-z.\-]", "", f"{p.first[0]}{p.last}".lower().replace(" ", ""))
    p.email = f"{local}@{domain}"
    return p


def box(name, email):
    return Person(name, "", "n", email=email)


def Named(first, last, g, **kw):
    _USED.add((first, last))
    return Person(first, last, g, **kw)


# ----------------------------------------------------------------------------------------------------------
# text helpers
EXT_BANNER = ("CAUTION: This email originated from outside of Riverside Health. Do not click links or open "
              "attachments unless you recognize the sender and know the content is safe.")


def reflow(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((" ", "\t", "|")) or "  " in line.strip():
            out.append(line)
        elif line.startswith("> "):
            out.extend("> " + x for x in textwrap.wrap(line[2:], width - 2, break_long_words=False,
                                                        break_on_hyphens=False))
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def sent(d, hh=None, mm=None):
    hh = R.randint(7, 17) if hh is None else hh
    mm = R.randint(0, 59) if mm is None else mm
    ap = "AM" if hh < 12 else "PM"
    h12 = hh % 12 or 12
    return f"{dname(d)}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h12}:{mm:02d} {ap}"


def quote(frm, to, subject, body, offset=-1):
    """an Outlook-style plain-text quoted message"""
    d = day(offset)
    return (f"\n\n________________________________\nFrom: {frm.full} <{frm.email}>\nSent: {sent(d)}\n"
            f"To: {to.full} <{to.email}>\nSubject: {subject}\n\n{body}")


def strip_html(h):
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+$", "", x).replace("\t", "  ").strip() for x in t.split("\n")]
    out = []
    for x in lines:
        if x or (out and out[-1]):
            out.append(x)
    return "\n".join(out).strip() + "\n"


CSS = ("<style><!-- p.MsoNormal, li.MsoNormal {margin:0in; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} "
       "table.t {border-collapse:collapse;} table.t td, table.t th {border:1px solid #999; padding:2px 6px;} --></style>")


def page(inner, lang="EN-US"):
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n" + CSS +
            f"\n</head>\n<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n" +
            inner + "\n</div>\n</body>\n</html>\n")


def paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p class=\"MsoNormal\">" + block.replace("\n", "<br>\n") + "</p>")
        out.append("<p class=\"MsoNormal\">&nbsp;</p>")
    return "\n".join(out[:-1])


def table(head, rows, cls="t"):
    h = "<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
    b = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class=\"{cls}\">\n{h}\n{b}\n</table>"


def csvtext(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def fixed(rows, widths=None):
    """plain-text fixed-width table"""
    widths = widths or [max(len(str(r[i])) for r in rows) + 2 for i in range(len(rows[0]))]
    return "\n".join("".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


# ----------------------------------------------------------------------------------------------------------
# PDF 1.4 by hand
def pdf(lines, flate=False, title="Document", when=None):
    wrapped = []
    for ln in lines:
        bold = ln.startswith("# ")
        ln = ln[2:] if bold else ln
        chunks = textwrap.wrap(ln, 92, break_long_words=True) or [""]
        wrapped.extend((c, bold) for c in chunks)
    pages = [wrapped[i:i + 54] for i in range(0, max(1, len(wrapped)), 54)] or [[]]
    when = when or day(0)
    objs = {}
    n_pages = len(pages)
    page_ids = [6 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) +
               f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    objs[5] = (f"<< /Title ({esc(title)}) /Producer (Riverside Health document services) "
               f"/CreationDate (D:{h7(when)}090000-05'00') >>").encode()
    for i, pg in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
                     f"/F2 4 0 R >> >> /Contents {cid} 0 R >>").encode()
        ops = []
        y = 748
        for text, bold in pg:
            text.encode("latin-1")
            ops.append(f"BT /{'F2' if bold else 'F1'} {11 if bold else 10} Tf 54 {y} Td ({esc(text)}) Tj ET")
            y -= 13
        if not ops:
            ops.append("BT /F1 10 Tf 54 748 Td ( ) Tj ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if flate:
            stream = zlib.compress(stream, 9)
            objs[cid] = (f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n").encode() + stream + \
                b"\nendstream"
        else:
            objs[cid] = (f"<< /Length {len(stream)} >>\nstream\n").encode() + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    nmax = max(objs)
    for k in range(1, nmax + 1):
        offsets[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {nmax + 1}\n".encode() + b"0000000000 65535 f \n"
    for k in range(1, nmax + 1):
        out += f"{offsets[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {nmax + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


# ----------------------------------------------------------------------------------------------------------
# MIME tree
CT_BY_EXT = {"csv": "text/csv", "txt": "text/plain", "html": "text/html", "htm": "text/html",
             "json": "application/json", "xml": "application/xml", "pdf": "application/pdf",
             "hl7": "x-application/hl7-v2+er7", "ics": "text/calendar", "vcf": "text/vcard", "log": "text/plain",
             "yaml": "text/plain"}


def T(text, cte="7bit"):
    return {"t": "leaf", "ct": "text/plain", "data": text, "cte": cte}


def H(h, cte="quoted-printable"):
    return {"t": "leaf", "ct": "text/html", "data": h, "cte": cte}


def ALT(text, h, cte_t="quoted-printable", cte_h="quoted-printable", cal=None):
    parts = [T(text, cte_t), H(h, cte_h)]
    if cal is not None:
        parts.append({"t": "leaf", "ct": "text/calendar", "data": cal, "cte": "base64", "params": "; method=REQUEST"})
    return {"t": "multi", "sub": "alternative", "parts": parts}


def HALT(h, cte="quoted-printable"):
    """multipart/alternative with plain text derived from the HTML"""
    return ALT(strip_html(h), h, "quoted-printable", cte)


def A(fn, data, ct=None, cte="base64", pdf_flate=None):
    ext = fn.rsplit(".", 1)[-1].lower()
    return {"t": "leaf", "ct": ct or CT_BY_EXT[ext], "data": data, "cte": cte, "fn": fn, "pdf": pdf_flate}


def PDF(fn, lines, flate=False, title=None):
    return A(fn, pdf(lines, flate, title or fn.rsplit(".", 1)[0]), pdf_flate=flate)


def MIX(*parts):
    return {"t": "multi", "sub": "mixed", "parts": list(parts)}


def FWD(fn, inner):
    return {"t": "rfc822", "fn": fn, "inner": inner}


def qp_encode(text):
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        toks = []
        for i, c in enumerate(b):
            if c == 61 or c > 126 or (c < 32 and c != 9) or (c in (32, 9) and i == len(b) - 1):
                toks.append("=%02X" % c)
            else:
                toks.append(chr(c))
        cur = ""
        for tok in toks:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out)


def b64_encode(data):
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n").rstrip("\r\n")


_BCOUNT = [0]


def boundary():
    _BCOUNT[0] += 1
    return f"_{_BCOUNT[0] % 1000:03d}_{hexs(12)}{R.choice(['SA1PR04MB', 'BN8PR04MB', 'CH3PR04MB', 'DM6PR04MB'])}" \
           f"{R.randint(1000, 9999)}namp_"


def render(node):
    """returns (list of header lines, body text with CRLF)"""
    if node["t"] == "leaf":
        ct, cte, data = node["ct"], node["cte"], node["data"]
        params = ""
        if ct.startswith("text/"):
            params += "; charset=\"utf-8\""
        params += node.get("params", "")
        fn = node.get("fn")
        hdr = []
        if fn:
            params += f";\r\n\tname=\"{fn}\""
        hdr.append(f"Content-Type: {ct}{params}")
        if fn:
            hdr.append(f"Content-Description: {fn}")
            hdr.append(f"Content-Disposition: attachment;\r\n\tfilename=\"{fn}\"; size={len(data if isinstance(data, bytes) else data.encode('utf-8'))}")
        hdr.append(f"Content-Transfer-Encoding: {cte}")
        if isinstance(data, str):
            if ct == "text/plain" and not fn and cte == "7bit":
                data = reflow(data)
            raw = data.replace("\r\n", "\n")
        else:
            raw = None
        if cte == "7bit":
            raw.encode("ascii")
            body = raw.replace("\n", "\r\n")
            for ln in body.split("\r\n"):
                assert len(ln) <= 998, ln[:60]
        elif cte == "quoted-printable":
            body = qp_encode(raw)
        elif cte == "base64":
            b = data if isinstance(data, bytes) else data.encode("utf-8")
            if isinstance(data, str) and ct.startswith("text/") and ct != "text/calendar" and not (fn or "").endswith(".hl7"):
                b = data.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
            body = b64_encode(b)
        else:
            raise ValueError(cte)
        return hdr, body
    if node["t"] == "multi":
        bd = boundary()
        hdr = [f"Content-Type: multipart/{node['sub']};\r\n\tboundary=\"{bd}\""]
        chunks = []
        for p in node["parts"]:
            ph, pb = render(p)
            chunks.append(f"--{bd}\r\n" + "\r\n".join(ph) + "\r\n\r\n" + pb + "\r\n")
        return hdr, "".join(chunks) + f"--{bd}--\r\n"
    if node["t"] == "rfc822":
        inner = node["inner"]
        text = "\r\n".join(inner["headers"]) + "\r\n\r\n" + inner["body"]
        hdr = ["Content-Type: message/rfc822", f"Content-Description: {node['fn']}",
               f"Content-Disposition: attachment;\r\n\tfilename=\"{node['fn']}\"", "Content-Transfer-Encoding: 7bit"]
        return hdr, text.rstrip("\r\n")
    raise ValueError(node["t"])


def form_of(node):
    if node["t"] == "leaf":
        s = f"{node['ct']};{node['cte']}"
        if node.get("fn"):
            s += f" '{node['fn']}'"
        if node.get("pdf") is not None:
            s += ";flate" if node["pdf"] else ";uncompressed"
        return s
    if node["t"] == "multi":
        return f"multipart/{node['sub']}[" + ", ".join(form_of(p) for p in node["parts"]) + "]"
    return f"message/rfc822 '{node['fn']}'[" + form_of(node["inner"]["node"]) + "]"


def has_att(node):
    if node["t"] == "leaf":
        return bool(node.get("fn"))
    if node["t"] == "rfc822":
        return True
    return any(has_att(p) for p in node["parts"])


def enc_addr(p):
    name = p.named if p.last else p.first
    return formataddr((name, p.email), charset="utf-8")


def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def rfcdate(dt):
    # US Eastern: EDT from the second Sunday of March to the first Sunday of November (2025)
    edt = datetime.datetime(2025, 3, 9, 2) <= dt < datetime.datetime(2025, 11, 2, 2)
    off = "-0400" if edt else "-0500"
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][dt.month - 1]
    return f"{wd}, {dt.day:02d} {mo} {dt.year} {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {off}"


LABEL_NAMES = {"phi": "Confidential PHI", "general": "General", "internal": "Internal"}


def msip(label):
    kind, _, name = label.partition(":")
    g = GUID[kind]
    name = name if name else LABEL_NAMES[kind]
    items = [f"MSIP_Label_{g}_Enabled=true", f"MSIP_Label_{g}_SetDate={ymd(day(0))}T{CUR.hour + 4:02d}:{CUR.minute:02d}:"
             f"{R.randint(0, 59):02d}Z", f"MSIP_Label_{g}_Method={R.choice(['Standard', 'Privileged'])}"]
    if name != "-":
        items.append(f"MSIP_Label_{g}_Name={name}")
    items += [f"MSIP_Label_{g}_SiteId={TENANT}", f"MSIP_Label_{g}_ActionId={guid()}",
              f"MSIP_Label_{g}_ContentBits=0"]
    return "msip_labels: " + ";\r\n ".join(items) + ";"


def build(subject, frm, to, node, cc=(), label=None, inbound=False, lang="en-US", when=None, inner=False,
          importance=None, reply=False):
    when = when or CUR
    hdr = []
    fdom = frm.email.split("@")[1]
    if inbound and not inner:
        ip = f"203.0.113.{R.randint(2, 250)}"
        srv = f"{R.choice(['BN1NAM02', 'CO1NAM11', 'DM3NAM05', 'MW2NAM12'])}FT{R.randint(10, 99)}"
        hdr.append(f"Received: from mail.{fdom} ({ip}) by\r\n {srv}.mail.protection.outlook.com (10.13.{R.randint(1, 250)}.{R.randint(1, 250)})"
                   f" with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n"
                   f" 15.20.{R.randint(7000, 8999)}.{R.randint(10, 99)}; {rfcdate(when)}")
        hdr.append(f"Authentication-Results: spf=pass (sender IP is {ip})\r\n smtp.mailfrom={fdom}; dkim=pass (signature was verified)\r\n"
                   f" header.d={fdom};dmarc=pass action=none header.from={fdom};compauth=pass reason=100")
    hdr.append(f"From: {enc_addr(frm)}")
    hdr.append("To: " + ",\r\n\t".join(enc_addr(t) for t in to))
    if cc:
        hdr.append("Cc: " + ",\r\n\t".join(enc_addr(t) for t in cc))
    hdr.append(f"Subject: {enc_hdr(subject)}")
    if not inner:
        topic = re.sub(r"^((RE|FW|Fwd|FWD|Re|Fw|RV):\s*)+", "", subject)
        hdr.append(f"Thread-Topic: {enc_hdr(topic)}")
        hdr.append("Thread-Index: " + base64.b64encode(bytes(R.randrange(256) for _ in range(22 + 5 * reply))).decode())
    hdr.append(f"Date: {rfcdate(when)}")
    mid_host = f"{R.choice(['SA1PR04MB', 'BN8PR04MB', 'CH3PR04MB', 'DM6PR04MB'])}{R.randint(1000, 9999)}"
    hdr.append(f"Message-ID: <{mid_host}{hexs(24)}@{mid_host}.namprd04.prod.{fdom}>")
    if reply and not inner:
        ref = f"<{mid_host}{hexs(24)}@{mid_host}.namprd04.prod.{DOM}>"
        hdr.append(f"References: {ref}")
        hdr.append(f"In-Reply-To: {ref}")
    if importance:
        hdr.append(f"Importance: {importance}")
    if not inner:
        hdr.append("Accept-Language: en-US")
        hdr.append(f"Content-Language: {lang}")
        hdr.append("X-MS-Has-Attach: " + ("yes" if has_att(node) else ""))
        hdr.append("X-MS-TNEF-Correlator:")
        if label:
            hdr.append(msip(label))
        hdr.append(f"X-MS-Exchange-Organization-SCL: {1 if inbound else -1}")
        hdr.append(f"X-MS-Exchange-Organization-AuthAs: {'Anonymous' if inbound else 'Internal'}")
        if not inbound:
            hdr.append("X-MS-Exchange-Organization-AuthMechanism: 04")
            hdr.append(f"X-MS-Exchange-Organization-AuthSource: {mid_host}.namprd04.prod.outlook.com")
        hdr.append(f"X-MS-Exchange-Organization-Network-Message-Id: {guid()}")
        hdr.append(f"X-MS-Exchange-Organization-MessageDirectionality: {'Incoming' if inbound else 'Originating'}")
    hdr.append("MIME-Version: 1.0")
    ch, body = render(node)
    return {"headers": hdr + ch, "body": body, "node": node}


def inner_msg(subject, frm, to, node, offset=-1, cc=()):
    """a message to be forwarded as message/rfc822"""
    when = CUR + datetime.timedelta(days=offset, hours=R.randint(-3, 3))
    return build(subject, frm, to, node, cc=cc, when=when, inner=True)


# ----------------------------------------------------------------------------------------------------------
# registry
BUILDERS = []


def reg(kind):
    def deco(fn):
        BUILDERS.append((kind, fn))
        return fn
    return deco


def M(note, subject, frm, to, node, **kw):
    return {"note": note, "subject": subject, "frm": frm, "to": to, "node": node, "kw": kw}


# ----------------------------------------------------------------------------------------------------------
# structured-document helpers
def hl7(*segs):
    return "\r".join(segs) + "\r"


def msh(typ, ctrl=None, sending="EPIC^RIVERSIDE", receiving="RECEIVER^FAC", pid_mode="P", ver="2.5.1"):
    ts = f"{h7(day(0))}{CUR.hour:02d}{CUR.minute:02d}{R.randint(0, 59):02d}"
    ctrl = ctrl or f"{R.randint(10**8, 10**9 - 1)}"
    return f"MSH|^~\\&|{sending.replace('^', '|')}|{receiving.replace('^', '|')}|{ts}||{typ}|{ctrl}|{pid_mode}|{ver}"


def pid_seg(p, mrn_, dob_, addr=None, ssn_=None, acct=None, setid=1):
    st, c, s, z = addr or address(False)
    ph = phone()
    return (f"PID|{setid}||{mrn_}^^^RH^MR||{p.last.upper()}^{p.first.upper()}^^^^^L||{h7(dob_)}|{p.g.upper() if p.g in 'mf' else 'U'}"
            f"|||{st}^^{c}^{s}^{z}^USA^H||^PRN^PH^^1^{ph[:3]}^{ph[4:].replace('-', '')}|||||{acct or 'A' + digits(9)}|{ssn_ or ''}")


def ccda(title, loinc, p, mrn_, dob_, author, sections, lang="en-US", addr=None, org="Riverside Health Main Campus"):
    st, c, s, z = addr or address(False)
    ph = phone()
    secs = []
    for stitle, scode, text in sections:
        secs.append(f"""      <component>
        <section>
          <code code="{scode}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC"/>
          <title>{htmlmod.escape(stitle)}</title>
          <text>{text}</text>
        </section>
      </component>""")
    g = "M" if p.g == "m" else "F"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="{R.randint(10**7, 10**8 - 1)}"/>
  <code code="{loinc}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{htmlmod.escape(title)}"/>
  <title>{htmlmod.escape(title)}</title>
  <effectiveTime value="{h7(day(0))}{CUR.hour:02d}{CUR.minute:02d}00-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="{lang}"/>
  <recordTarget>
    <patientRole>
      <id extension="{mrn_}" root="2.16.840.1.113883.19.5.99999.2" assigningAuthorityName="Riverside Health"/>
      <addr use="HP">
        <streetAddressLine>{htmlmod.escape(st)}</streetAddressLine>
        <city>{c}</city><state>{s}</state><postalCode>{z}</postalCode><country>US</country>
      </addr>
      <telecom value="tel:+1-{ph}" use="HP"/>
      <patient>
        <name use="L"><given>{htmlmod.escape(p.first)}</given><family>{htmlmod.escape(p.last)}</family></name>
        <administrativeGenderCode code="{g}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{h7(dob_)}"/>
        <languageCommunication><languageCode code="{lang.split('-')[0]}"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{h7(day(0))}"/>
    <assignedAuthor>
      <id extension="{npi()}" root="2.16.840.1.113883.4.6"/>
      <assignedPerson><name><given>{author.first}</given><family>{author.last}</family><suffix>{author.cred}</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian>
    <assignedCustodian>
      <representedCustodianOrganization>
        <id root="2.16.840.1.113883.19.5.99999.3"/>
        <name>{org}</name>
      </representedCustodianOrganization>
    </assignedCustodian>
  </custodian>
  <component>
    <structuredBody>
{chr(10).join(secs)}
    </structuredBody>
  </component>
</ClinicalDocument>
"""


def xtable(head, rows):
    h = "<thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead>"
    b = "<tbody>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</tbody>"
    return f"<table border=\"1\">{h}{b}</table>"


def ics(uid, summary, start, minutes, location, desc, organizer, attendees, method="REQUEST"):
    def fold(line):
        out = []
        while len(line) > 74:
            out.append(line[:74])
            line = " " + line[74:]
        out.append(line)
        return "\r\n".join(out)
    end = start + datetime.timedelta(minutes=minutes)
    f = lambda dt: dt.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"ORGANIZER;CN=\"{organizer.full}\":mailto:{organizer.email}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{a.full}\":mailto:{a.email}")
    esc = lambda t: t.replace(chr(92), chr(92) * 2).replace(";", chr(92) + ";").replace(",", chr(92) + ",")
    dsc = esc(desc).replace(chr(10), BSN)
    summary, location = esc(summary), esc(location)
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{dsc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
              f"DTSTART;TZID=Eastern Standard Time:{f(start)}", f"DTEND;TZID=Eastern Standard Time:{f(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{f(CUR)}Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              f"LOCATION;LANGUAGE=en-US:{location}", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
              "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


BSN = chr(92) + "n"


def at(d, hh, mm=0):
    return datetime.datetime(d.year, d.month, d.day, hh, mm)


# ==========================================================================================================
# POSITIVES
# ==========================================================================================================
# ---- lab_result -------------------------------------------------------------------------------------------
@reg("lab_result")
def _():
    pt = P()
    rn = S("Care Coordinator", "RN", "Riverside Family Medicine - Eastland")
    doc = S("Physician", "MD", "Riverside Family Medicine - Eastland")
    body = f"""Dr. {doc.last},

{pt.full}'s BMP from this morning came back with potassium 6.1 mmol/L (ref 3.5-5.1) and creatinine 1.9 mg/dL, up from 1.4 in the fall. No hemolysis comment from the lab. {pt.He} started spironolactone 25 mg two weeks ago and is still on lisinopril 40 mg daily.

I reached {pt.him} at home at 10:40. {pt.He} denies palpitations or weakness. Do you want {pt.him} to hold the spironolactone and come in for a repeat BMP and ECG today, or go to the ED?

Thanks,
{rn.sig}"""
    return M("named patient with potassium 6.1 and creatinine, medication context; no MRN", "Call back today?", rn, [doc],
             T(body))


@reg("lab_result")
def _():
    pt = P("vietnamese", "f")
    rn = S("Nurse", "RN", "Riverside Internal Medicine - Worthington")
    d = dob(50, 66)
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first.lower()}.{pt.last.lower()}{d.year % 100}@mailbox.example")
    rows = [("Hemoglobin A1c", "8.4 %", "4.0 - 5.6 %", "H"), ("LDL cholesterol (calc)", "142 mg/dL", "&lt; 100 mg/dL", "H"),
            ("HDL cholesterol", "38 mg/dL", "&gt; 40 mg/dL", "L"), ("Triglycerides", "231 mg/dL", "&lt; 150 mg/dL", "H"),
            ("eGFR (CKD-EPI 2021)", "74 mL/min/1.73m&sup2;", "&gt; 60", "")]
    h = page(paras(f"Dear {pt.first},") + "\n<p class=\"MsoNormal\">&nbsp;</p>\n" +
             f"<p class=\"MsoNormal\">Here are the results of the blood work you had drawn on {long(day(-3))} for "
             f"<b>{pt.full}</b>, date of birth <span>{d.month:02d}/{d.day:02d}/</span><span>{d.year}</span>.</p>\n"
             "<p class=\"MsoNormal\">&nbsp;</p>\n" + table(["Test", "Your result", "Reference range", "Flag"], rows) +
             "\n<p class=\"MsoNormal\">&nbsp;</p>\n" +
             paras(f"Your A1c went up from 7.6&nbsp;% in the summer. Dr. Raman would like to increase your metformin to "
                   f"1000&nbsp;mg twice a day and start atorvastatin 40&nbsp;mg at bedtime. Please call us at "
                   f"{rn.phone} to set up a visit in the next two weeks.\n\nTake care,\n{rn.full}, RN"))
    return M("secure e-mail result letter: named patient + span-split DOB + A1c/lipids + medication change",
             "Your recent results", rn, [pe], HALT(h), label="phi:Confidential - PHI")


@reg("lab_result")
def _():
    ph = S("Anticoagulation Pharmacist", "PharmD", "Anticoagulation Clinic")
    doc = S("Medical Director, Anticoagulation Clinic", "MD")
    rows = [["MRN", "Patient", "Draw date", "INR", "Goal", "Weekly warfarin (mg)", "Indication", "Action"]]
    for ind, goal in [("Mechanical mitral valve", "2.5-3.5"), ("Atrial fibrillation", "2.0-3.0"), ("DVT left leg", "2.0-3.0"),
                      ("Atrial fibrillation", "2.0-3.0"), ("PE", "2.0-3.0"), ("LV thrombus", "2.0-3.0")]:
        p = P()
        inr = f"{R.uniform(1.4, 4.6):.1f}"
        wk = R.choice(["27.5", "30", "35", "42.5", "45", "22.5"])
        act = "hold x1, recheck 3 days" if float(inr) > 3.8 else ("increase 10 %" if float(inr) < 1.8 else "no change")
        rows.append([mrn(), p.lf, mdy(day(-1)), inr, goal, wk, ind, act])
    body = f"""{doc.dr},

Attached are yesterday's point-of-care INRs that fell outside goal or need a co-signature for the dose change. Two patients are above 3.8; both were called and told to hold tonight's dose. Please review and sign in the encounter by noon.

{ph.sig}"""
    return M("CSV of named patients with MRN, INR values, warfarin doses and indications", "INRs for co-sign", ph, [doc],
             MIX(T(body, "quoted-printable"), A(f"inr_review_{h7(day(0))}.csv", csvtext(rows), cte="quoted-printable")))


@reg("lab_result")
def _():
    pt = P()
    m, d = mrn(), dob(38, 70)
    ext = X("lakeshore-hepatology.example.org", "Practice Manager", org="Lakeshore Hepatology Associates")
    hs = S("HIM Release of Information Specialist", "", "Health Information Management")
    lines = ["# Riverside Health Laboratory Services - Cumulative Report", f"Patient: {pt.lf}    MRN: {m}    DOB: {mdy(d)}",
             f"Ordering: Riverside GI & Hepatology    Collected: {mdy(day(-6))} 07:52    Reported: {mdy(day(-6))} 11:18", "",
             "# Hepatic Function Panel", "Test                      Result      Units     Reference    Flag",
             "ALT                       186         U/L       7-56         H", "AST                       142         U/L       10-40        H",
             "Alkaline phosphatase      131         U/L       44-147", "Total bilirubin           2.3         mg/dL     0.1-1.2      H",
             "Direct bilirubin          1.1         mg/dL     0.0-0.3      H", "Albumin                   3.1         g/dL      3.5-5.0      L",
             "Total protein             6.4         g/dL      6.0-8.3", "", "# Coagulation", "INR                       1.6                   0.9-1.1      H",
             "", "# Hepatitis", "HCV antibody              Reactive", "HCV RNA, quantitative     1,840,000   IU/mL     Not detected H",
             "HCV genotype              1a", "", "Comment: Results called to and read back by the clinic RN.",
             "Electronically verified by the laboratory. Page 1 of 1."]
    body = f"""Hello {ext.first},

Per the signed authorization on file, attached are the requested lab results for {pt.full} ahead of the new-patient appointment with your practice.

Please let me know if you need the imaging reports as well.

{hs.sig}"""
    return M("hepatic panel and HCV RNA PDF for a named patient with MRN and DOB, released to an outside practice",
             "Requested records", hs, [ext], MIX(T(body), PDF(f"{pt.last}_labs.pdf", lines, flate=True)),
             label="phi:Confidential PHI")


@reg("lab_result")
def _():
    pt = Named("Zoë", "Ferreira", "f")
    np_ = S("Nurse Practitioner", "APRN-CNP", "Riverside Endocrinology")
    doc = S("Endocrinologist", "MD", "Riverside Endocrinology")
    body = f"""{doc.first},

Quick heads-up on Zoë Ferreira (thyroid nodule follow-up, seen by you in January). Labs from Tuesday:

  TSH       0.02 mIU/L   (0.45-4.50)  L
  Free T4   2.9 ng/dL    (0.8-1.8)    H
  Total T3  248 ng/dL    (80-200)     H
  TRAb      pending

She called the nurse line with palpitations and a 4 kg weight loss since Christmas. Heart rate 112 at the pharmacy kiosk. I started propranolol 10 mg TID and will see her Friday. Do you want a thyroid uptake and scan before methimazole?

{np_.sig}"""
    return M("named patient (accented name, base64 body) with TSH/free T4/T3 and new propranolol", "Zoë - thyroid labs",
             np_, [doc], T(body, "base64"))


@reg("lab_result")
def _():
    pt = P()
    d = dob(30, 62)
    lab = X("keystone-reflab.example.org", "Client Services", org="Keystone Reference Laboratory")
    doc = S("Infectious Diseases", "MD", "Riverside ID Clinic")
    ma = S("Medical Assistant", "CMA", "Riverside ID Clinic")
    acc = f"KR{digits(8)}"
    inner_body = f"""{EXT_BANNER}

KEYSTONE REFERENCE LABORATORY - FINAL REPORT

Patient: {pt.last.upper()}, {pt.first.upper()}
DOB: {mdy(d)}    Sex: {pt.g.upper()}
Accession: {acc}    Client: Riverside ID Clinic
Collected: {mdy(day(-5))}    Received: {mdy(day(-4))}    Final: {mdy(day(-1))}

HIV-1 RNA, QUANTITATIVE, REAL-TIME PCR
  Result: 48,200 copies/mL   (log10 4.68)      Ref: Not detected
HIV-1 GENOTYPE (RT/PR/INT)
  Major resistance mutations: K103N (NNRTI)
  Predicted: efavirenz - resistant; rilpivirine - intermediate
CD4 T-CELL ABSOLUTE
  Result: 212 cells/uL   (490-1740)   L

Questions: Keystone Client Services {phone()}"""
    inner = inner_msg(f"Final report {acc}", lab, [ma], T(inner_body), offset=-1)
    body = f"""Dr. {doc.last} - forwarding the Keystone report for {pt.first} {pt.last}; it came to the clinic mailbox, not the inbox in the chart. Viral load is up and the genotype shows K103N. {pt.He} is scheduled with you on {dname(wday(3))}.

{ma.first}"""
    return M("forwarded reference-lab report: named patient with DOB, HIV viral load, genotype and CD4", "FW: Final report",
             ma, [doc], MIX(T(body), FWD(f"Final report {acc}.eml", inner)), label="phi:confidential-phi")


@reg("lab_result")
def _():
    pt = P()
    m, d = mrn(), dob(45, 80)
    hie = X("ohio-valley-hie.example.org", "Interface Analyst", org="Ohio Valley HIE")
    nurse = S("Nephrology Nurse Navigator", "RN", "Riverside Kidney Care")
    bundle = {"resourceType": "Bundle", "type": "collection", "timestamp": f"{ymd(day(0))}T08:14:00-05:00", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pt1", "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99999.2", "value": m}],
                      "name": [{"family": pt.last, "given": [pt.first]}], "gender": "male" if pt.g == "m" else "female",
                      "birthDate": ymd(d)}},
        {"resource": {"resourceType": "Observation", "id": "egfr1", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "98979-8",
                                           "display": "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"}]},
                      "subject": {"reference": "Patient/pt1"}, "effectiveDateTime": f"{ymd(day(-2))}T07:30:00-05:00",
                      "valueQuantity": {"value": 24, "unit": "mL/min/{1.73_m2}"},
                      "interpretation": [{"coding": [{"code": "L"}]}]}},
        {"resource": {"resourceType": "Observation", "id": "uacr1", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "9318-7", "display": "Albumin/Creatinine [Mass Ratio] in Urine"}]},
                      "subject": {"reference": "Patient/pt1"}, "effectiveDateTime": f"{ymd(day(-2))}T07:30:00-05:00",
                      "valueQuantity": {"value": 612, "unit": "mg/g"}, "interpretation": [{"coding": [{"code": "H"}]}]}}]}
    body = f"""{EXT_BANNER}

{nurse.first},

The outside-lab feed you asked about is live. Here is the first bundle we pushed for one of your CKD patients so you can confirm it landed under the right MRN (eGFR 24 and UACR 612 from the Dayton draw station).

{hie.full}
Interface Analyst, Ohio Valley HIE"""
    return M("inbound FHIR bundle JSON: Patient (name, MRN, DOB) with eGFR and UACR observations", "Test of outside-lab feed - please confirm",
             hie, [nurse], MIX(T(body), A("bundle_0001.json", json.dumps(bundle, indent=2))), inbound=True)


@reg("lab_result")
def _():
    mom = P("igbo", "f")
    ped = X("kidsfirst-peds.example.org", "Pediatrician", "MD", org="Kids First Pediatrics")
    rn = S("Newborn Nursery", "RN", "Mother-Baby Unit")
    body = f"""Dr. {ped.last},

Baby Girl {mom.last} (mother {mom.full}), born {long(day(-2))} at 38w2d, is going home today. Her transcutaneous bilirubin at 52 hours was 13.8 and the serum total bilirubin drawn at 54 hours is 14.2 mg/dL (direct 0.4). On the AAP 2022 nomogram that is 1.6 below the phototherapy threshold for her risk group, so no phototherapy. Mom is O+, baby A+, DAT negative. Breastfeeding, 7% below birth weight.

Per protocol she needs a repeat TSB within 24-48 hours. Please see her in your office on {dname(wday(1))} - the family has your 9:30 slot.

Thank you,
{rn.sig}"""
    return M("newborn identified through the named mother, bilirubin values and follow-up appointment; QP body",
             "Newborn follow-up", rn, [ped], T(body, "quoted-printable"))


# ---- referral ---------------------------------------------------------------------------------------------
@reg("referral")
def _():
    pt = P("black", "f")
    pcp = S("Family Physician", "DO", "Riverside Primary Care - Hilliard")
    cards = S("Cardiologist", "MD", "Riverside Heart & Vascular")
    body = f"""Hi {cards.first},

Could you see {pt.full} in the next week or two? She is 58, with hypertension and type 2 diabetes, and describes pressure in her chest walking up the hill to her bus stop that goes away with rest. Resting ECG in clinic today showed new T-wave inversions in V4-V6 compared with last year. Troponin was negative. I started aspirin 81 mg and metoprolol succinate 25 mg and gave her nitroglycerin SL with instructions.

She prefers afternoons and can be reached at {phone()}.

Thanks,
{pcp.sig}"""
    return M("referral letter: named patient with symptoms, ECG findings and new medications; no identifiers", "Could you see her?",
             pcp, [cards], T(body))


@reg("referral")
def _():
    pt = P()
    d = dob(52, 74)
    pcp = X("greenfield-family.example.org", "Family Medicine", "MD", org="Greenfield Family Practice")
    gi = box("Riverside GI Referrals", f"gi.referrals@{DOM}")
    h = page(paras(f"{EXT_BANNER}\n\nTo the Riverside GI scheduling team,") + "\n" +
             table(["Field", "Value"], [["Patient", pt.full], ["DOB", f"<span>{d.month:02d}/</span><span>{d.day:02d}/{d.year}</span>"],
                                        ["Reason", "Positive FIT (R19.5); iron-deficiency anemia (D50.9)"],
                                        ["Hgb / ferritin", "10.2 g/dL / 6 ng/mL"], ["Requested", "Diagnostic colonoscopy (45378), EGD if indicated"],
                                        ["Anticoagulation", "None"], ["Insurance", "Riverside Health Plan PPO"]]) +
             "\n" + paras(f"Last colonoscopy was never done. Patient is aware and would like the first available.\n\n{pcp.full}, MD\n"
                          f"Greenfield Family Practice | fax {phone()}"))
    return M("inbound HTML referral table: named patient, DOB split across spans, positive FIT and anemia", "New referral - GI",
             pcp, [gi], H(h), inbound=True)


@reg("referral")
def _():
    pt = P()
    mem, d = member(), dob(35, 64)
    doc = S("Internal Medicine", "MD", "Riverside Internal Medicine - Grove City")
    sleep = box("Sleep Medicine Intake", f"sleep.intake@{DOM}")
    lines = ["# REFERRAL / CONSULT REQUEST", f"Date: {mdy(day(0))}", "To: Riverside Sleep Disorders Center",
             f"From: {doc.full}, MD - Riverside Internal Medicine, Grove City", "",
             f"Patient name: {pt.full}", f"Date of birth: {mdy(d)}", f"Health plan: Riverside Health Plan   Member ID: {mem}",
             "", "Reason for referral: suspected obstructive sleep apnea (R06.83 snoring, G47.10 hypersomnia)",
             "STOP-BANG 6/8. Epworth Sleepiness Scale 16. BMI 38.2. Neck circumference 45 cm.",
             "Witnessed apneas per spouse. Resistant hypertension on three agents.", "",
             "Requested: home sleep apnea test or in-lab polysomnography, then CPAP titration if indicated.",
             "Prior authorization: not required for HSAT under this plan.", "", "Signature on file"]
    body = f"Please schedule the attached referral. Thanks - {doc.first}"
    return M("uncompressed PDF referral form: named patient, DOB, member id, sleep apnea findings", "Referral", doc, [sleep],
             MIX(T(body), PDF("sleep_referral.pdf", lines, flate=False)))


@reg("referral")
def _():
    pt = P()
    ortho = S("Orthopaedic Surgery - Sports Medicine", "MD", "Riverside Orthopaedics")
    pt_dept = box("Riverside Rehab - Polaris", f"rehab.polaris@{DOM}")
    txt = f"""PHYSICAL THERAPY REFERRAL
==========================
Patient:     {pt.full}
Surgery:     Right arthroscopic rotator cuff repair (29827), subacromial decompression
Date:        {mdy(day(-9))}
Dx:          M75.121 Complete rotator cuff tear, right shoulder, not specified as traumatic

Protocol:    Riverside RCR protocol, large tear (3 cm, double-row)
  Weeks 0-6:  sling at all times except exercises; PROM only, ER to 30 deg, FF to 120 deg
  Weeks 6-12: AAROM -> AROM; no resisted IR/ER
  Week 12+:   strengthening per protocol

Frequency:   2x/week x 12 weeks
Precautions: Diabetic (A1c 7.9). Smoker - counselled.
Ordering:    {ortho.full}, MD
"""
    body = f"""Hi team,

Referral for {pt.first} {pt.last} attached. {pt.He} lives closest to Polaris and would like early-morning visits. First visit should be at post-op week 2.

{ortho.sig}"""
    return M("TXT referral: named patient, surgery, ICD-10 M75.121, diabetes, PT protocol", "PT referral", ortho, [pt_dept],
             MIX(T(body, "quoted-printable"), A("PT_referral.txt", txt, cte="7bit")), label="general:General")


@reg("referral")
def _():
    pt = Named("Guadalupe", "Ortega", "f")
    mf = S("Médica de familia", "MD", "Riverside Clínica Latina", culture="hispanic", g="f")
    endo = S("Endocrinología", "MD", "Riverside Endocrinology")
    body = f"""Estimada Dra. {endo.last}:

Le refiero a la Sra. Guadalupe Ortega, de 61 años, con diabetes tipo 2 de difícil control. A pesar de metformina 1000 mg dos veces al día, glipizida 10 mg y dulaglutida 1.5 mg semanal, su A1c de este mes es 10.3 %. Tiene neuropatía periférica en ambos pies y microalbuminuria (UACR 88 mg/g).

Ella solo habla español; por favor programe la cita con intérprete. Su hija Marisol la acompaña y prefiere que la llamen por la tarde.

Muchas gracias,
{mf.full}, MD
Riverside Clínica Latina | {mf.phone}"""
    return M("Spanish referral (QP, accents): named patient with diabetes, A1c, neuropathy and medications", "Referencia - endocrinología",
             mf, [endo], T(body, "quoted-printable"), lang="es-US")


@reg("referral")
def _():
    pt = P()
    d = dob(20, 45)
    derm = X("summit-derm.example.org", "Dermatologist", "MD", org="Summit Dermatology")
    rheum = S("Rheumatology", "MD", "Riverside Rheumatology")
    intake = S("Referral Coordinator", "", "Riverside Rheumatology")
    inner_body = f"""{EXT_BANNER}

Dear Riverside Rheumatology,

I am referring {pt.full} (DOB {mdy(d)}) whom I treat for plaque psoriasis (L40.0), 12% BSA, on ustekinumab since last spring. Over the past three months {pt.he} has developed swelling of the right second and third fingers (dactylitis), morning stiffness of 90 minutes and heel pain. CRP 2.8 mg/dL. I suspect psoriatic arthritis (L40.50) and would value your assessment and a possible change of biologic.

Sincerely,
{derm.full}, MD
Summit Dermatology | {phone()}"""
    inner = inner_msg("Referral - possible PsA", derm, [intake], T(inner_body), offset=-2)
    body = f"""Dr. {rheum.last}, can you review this outside referral? The derm office wants to know whether we can see {pt.him} in the next month or whether it should go through the new-patient queue.

{intake.sig}"""
    return M("forwarded outside referral (rfc822): named patient, DOB, psoriasis, biologic, suspected psoriatic arthritis",
             "FW: Referral - possible PsA", intake, [rheum], MIX(T(body), FWD("Referral - possible PsA.eml", inner)))


@reg("referral")
def _():
    pt = P()
    d, mem = dob(60, 85), member()
    ep = X("carelink-referrals.example.org", "", org="CareLink e-Referral")
    pod = box("Riverside Vascular Surgery", f"vascular.referrals@{DOM}")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ReferralRequest xmlns="urn:example:carelink:referral:v2" id="CL-{digits(7)}" status="sent">
  <Created>{ymd(day(0))}T10:22:00-05:00</Created>
  <Urgency>urgent</Urgency>
  <Patient>
    <Name><Family>{pt.last}</Family><Given>{pt.first}</Given></Name>
    <BirthDate>{ymd(d)}</BirthDate>
    <Sex>{pt.g.upper()}</Sex>
    <Coverage payer="Riverside Health Plan" memberId="{mem}"/>
    <Phone>{phone()}</Phone>
  </Patient>
  <ReferringProvider npi="{npi()}">Ashland Podiatry Group</ReferringProvider>
  <ReferredTo specialty="Vascular Surgery">Riverside Vascular Surgery</ReferredTo>
  <Reason>
    <Diagnosis system="ICD-10-CM" code="I70.235">Atherosclerosis of native arteries of right leg with ulceration of other part of foot</Diagnosis>
    <Diagnosis system="ICD-10-CM" code="L97.512">Non-pressure chronic ulcer of other part of right foot with fat layer exposed</Diagnosis>
    <Note>ABI 0.48 right. Ulcer 1.8 x 1.2 cm lateral 5th metatarsal head, not healing after 8 weeks of offloading.</Note>
  </Reason>
</ReferralRequest>
"""
    body = f"""{EXT_BANNER}

A new urgent e-referral has been sent to Riverside Vascular Surgery through CareLink. The referral document is attached. Log in to CareLink to accept or decline.

This is an automated message. Do not reply."""
    return M("inbound e-referral XML: named patient, DOB, member id, PAD with foot ulcer ICD-10 codes", "New urgent referral received",
             ep, [pod], MIX(T(body), A("referral.xml", xml)), inbound=True)


# ---- clinical_note ----------------------------------------------------------------------------------------
@reg("clinical_note")
def _():
    pt = P("polish", "f")
    rn = S("Charge Nurse, 5 North", "RN", "5 North Medical")
    mgr = S("Nurse Manager, 5 North", "MSN, RN")
    body = f"""{mgr.first},

FYI for the safety huddle. Mrs. {pt.last} in 5N-12 (the 84-year-old with the hip fracture, post-op day 2) was found sitting on the floor next to the bed at 03:10. Bed alarm was on but the sensor pad had slipped. No head strike per her report; she is on apixaban so we did a CT head per protocol - negative. She has been more confused since yesterday evening (CAM positive), likely delirium; hospitalist stopped the oxycodone and started scheduled acetaminophen. Daughter {P('polish', 'f').first} was called at 04:00.

Sitter requested for tonight. Incident report #{digits(6)} filed.

{rn.sig}"""
    return M("nursing note: named patient by room and surname with fall, anticoagulant, CT, delirium", "Overnight event 5N",
             rn, [mgr], T(body))


@reg("clinical_note")
def _():
    pt = P()
    m = mrn()
    hosp = S("Hospitalist", "MD", "Hospital Medicine")
    cards = S("Cardiology fellow", "MD", "Cardiology")
    rows = [["Problem", "ICD-10-CM", "Plan"],
            ["Acute on chronic systolic heart failure", "I50.23", "IV furosemide 80 mg BID, net -1.8 L; daily weights"],
            ["CKD stage 4", "N18.4", "Cr 3.1 (baseline 2.7); hold sacubitril/valsartan"],
            ["Type 2 diabetes with hyperglycemia", "E11.65", "glargine 18 units + correction"],
            ["Persistent atrial fibrillation", "I48.19", "rate controlled on metoprolol; apixaban 2.5 mg BID"]]
    h = page(paras(f"{cards.first},\n\nProgress note for today on {pt.full} (MRN {m}), 6 West bed 18, so you have it before rounds:") +
             "\n" + table(rows[0], rows[1:]) + "\n" +
             paras(f"EF 25% on the echo from Monday. {pt.He} is still on 3 L nasal cannula. Question for you: is {pt.he} a candidate "
                   f"for right heart cath before we push diuresis further?\n\n{hosp.full}, MD\nHospital Medicine | pager 4417"))
    return M("HTML progress note table: named patient with MRN and ICD-10-CM coded problems and plan", "6W-18 progress note",
             hosp, [cards], H(h), label="phi:Confidential PHI")


@reg("clinical_note")
def _():
    pt = P()
    th = S("Licensed Independent Social Worker", "LISW-S", "Riverside Behavioral Health - Outpatient")
    psy = S("Psychiatrist", "MD", "Riverside Behavioral Health - Outpatient")
    body = f"""Dr. {psy.last},

Session summary for our shared patient {pt.full} (seen today, 60 min, CPT 90837):

- Dx: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder
- PHQ-9 today 17 (was 12 four weeks ago), GAD-7 14
- Reports passive SI without plan or intent since the layoff; C-SSRS screen: low risk. Safety plan reviewed and updated; {pt.he} agreed to remove the firearm from the home to {pt.his} brother's.
- Sleep 4-5 hours. Still taking sertraline 100 mg but missed several doses.

I think a medication review before {pt.his} scheduled visit in six weeks would help. Can your team move {pt.him} up?

{th.sig}"""
    return M("therapy note (base64 body): named patient with F33.1/F41.1, PHQ-9, suicidality screen, sertraline", "Shared patient - session summary",
             th, [psy], T(body, "base64"), label="phi:Confidential - PHI")


@reg("clinical_note")
def _():
    pt = P()
    m, d = mrn(), dob(40, 78)
    idd = S("Infectious Diseases", "MD", "ID Consult Service")
    ortho = S("Orthopaedic Trauma", "MD", "Orthopaedics")
    lines = ["# INFECTIOUS DISEASES CONSULTATION", f"Patient: {pt.lf}   MRN: {m}   DOB: {mdy(d)}   Location: 7E-04",
             f"Date of service: {mdy(day(0))}   Requesting: {ortho.full}, MD (Orthopaedics)", "",
             "Reason: Infected hardware, left tibia, 5 months after ORIF.", "",
             "HPI: Draining sinus over the lateral incision for 3 weeks; fever to 38.6 C. MRI shows osteomyelitis adjacent to the plate.",
             "Intra-operative cultures (3 of 3): methicillin-resistant Staphylococcus aureus, vancomycin MIC 1.", "",
             "Assessment: T84.7XXA infection due to internal orthopaedic prosthetic devices; M86.162 other acute osteomyelitis, left tibia.",
             "", "Recommendations:", "1. Vancomycin IV, pharmacy to dose to AUC 400-600.",
             "2. Add rifampin 300 mg PO BID once hardware retained and cultures cleared.", "3. PICC placement; plan 6 weeks IV therapy through OPAT.",
             "4. Weekly CBC, BMP, CRP, vancomycin level.", "", f"{idd.full}, MD - Infectious Diseases"]
    return M("ID consult PDF (FlateDecode): named patient, MRN, DOB, osteomyelitis, MRSA, antibiotics", "Consult note",
             idd, [ortho], MIX(T(f"{ortho.dr}, consult note attached. Happy to discuss. - {idd.first}"),
                               PDF("ID_consult.pdf", lines, flate=True)))


@reg("clinical_note")
def _():
    pt = P()
    wn = S("Wound, Ostomy and Continence Nurse", "BSN, RN, CWOCN", "Wound Care")
    hh = X("heartland-homehealth.example.org", "Clinical Manager", "RN", org="Heartland Home Health")
    txt = f"""WOUND ASSESSMENT - {mdy(day(0))}
Patient: {pt.full}
Location: Sacrum/coccyx
Classification: Stage 4 pressure injury (L89.154)
Size: 4.2 cm L x 3.1 cm W x 1.8 cm D; tunneling 2.0 cm at 12 o'clock
Wound bed: 70% granulation, 30% slough; bone not palpable
Exudate: moderate serosanguineous, no odor
Periwound: macerated 0.5 cm
Pain: 4/10 with dressing change

Treatment:
  Negative pressure wound therapy 125 mmHg continuous, black foam, change M/W/F
  Low-air-loss mattress; turn q2h; Prevalon boots
  Protein supplement BID (albumin 2.6)

Next WOC visit: {mdy(wday(7))}
"""
    body = f"""{EXT_BANNER if False else ''}Hi {hh.first},

Attached is today's wound assessment for {pt.first} {pt.last} so your nurse has the NPWT settings before the first home visit on {dname(wday(2))}. KCI is delivering the home unit tomorrow.

{wn.sig}"""
    return M("wound assessment TXT: named patient with stage 4 pressure injury, measurements and treatment", "NPWT settings",
             wn, [hh], MIX(T(body.lstrip()), A("wound_assessment.txt", txt)), label="general:general")


@reg("clinical_note")
def _():
    pt = P()
    ed = S("Emergency Medicine", "MD", "Emergency Department - Main")
    pa = S("Physician Assistant", "PA-C", "Emergency Department - Main")
    q = quote(pa, ed, "Laceration last night", f"""Dr. {ed.last},

Can you co-sign the procedure note for {pt.full} (ED bed 14 last night)? 6 cm laceration to the right palm from a broken glass, S61.411A. Irrigated, explored - no tendon involvement, full flexion/extension. Closed with 8 simple interrupted 4-0 nylon. Tdap given. Sutures out in 10-14 days.

{pa.full}, PA-C""")
    body = f"""Signed. Please also add the digital nerve exam to the note - sensation intact to light touch in all fingertips, two-point discrimination 5 mm.

{ed.full}, MD{q}"""
    return M("reply chain (QP): ED procedure note for named patient with laceration ICD-10 code, repair, vaccine",
             "RE: Laceration last night", ed, [pa], T(body, "quoted-printable"), reply=True)


@reg("clinical_note")
def _():
    pt = P()
    m, d = mrn(), dob(25, 70)
    vendor = X("virtuvisit.example.org", "Integration Services", org="VirtuVisit")
    it = S("Integration Engineer", "", "IS Interfaces")
    doc = S("Telehealth Medical Director", "MD")
    note = {"visitId": f"VV-{digits(8)}", "visitType": "telehealth-video", "start": f"{ymd(day(-1))}T14:00:00-05:00",
            "durationMin": 22, "patient": {"name": {"given": pt.first, "family": pt.last}, "mrn": m, "birthDate": ymd(d),
                                           "state": "OH"},
            "provider": {"name": doc.full, "npi": npi()},
            "note": {"chiefComplaint": "Burning with urination x 3 days",
                     "hpi": "Dysuria, frequency, suprapubic pressure. No fever, flank pain or vaginal discharge. Not pregnant.",
                     "assessment": [{"code": "N30.00", "system": "ICD-10-CM", "display": "Acute cystitis without hematuria"}],
                     "plan": "Nitrofurantoin monohydrate/macrocrystals 100 mg PO BID x 5 days. Return if fever or flank pain.",
                     "prescriptions": [{"drug": "nitrofurantoin 100 mg capsule", "sig": "1 cap BID x5d", "qty": 10}]}}
    body = f"""{EXT_BANNER}

{it.first},

As requested, here is one of yesterday's visit-note payloads that failed to post (HTTP 422 from your endpoint - 'provider NPI not found'). Payload attached unchanged so you can replay it after the NPI mapping fix.

{vendor.full}
VirtuVisit Integration Services"""
    return M("inbound telehealth note JSON: named patient with MRN, DOB, cystitis diagnosis and prescription", "Failed note posts",
             vendor, [it], MIX(T(body), A("visit_note_failed.json", json.dumps(note, indent=2))), inbound=True)


@reg("clinical_note")
def _():
    pt = P()
    slp = S("Speech-Language Pathologist", "MS, CCC-SLP", "Rehabilitation Services")
    hosp = S("Hospitalist", "MD", "Hospital Medicine")
    h = page(paras(f"Dr. {hosp.last},\n\nClinical swallow evaluation completed for <b>{pt.full}</b> (4 West, room 411) after the "
                   "left MCA stroke.") +
             "\n<ul>\n<li>Mild right facial droop, reduced lingual strength</li>\n<li>Wet vocal quality and delayed cough after "
                   "thin liquids by cup</li>\n<li>Nectar-thick liquids and puree: no overt signs of aspiration</li>\n</ul>\n" +
             paras("Recommendations: dysphagia 1 (puree) diet with mildly thick liquids, meds crushed in puree, upright 90 degrees, "
                   "1:1 supervision with meals. Modified barium swallow study scheduled for tomorrow 10:00.\n\n"
                   f"{slp.full}, MS, CCC-SLP"))
    return M("multipart/alternative swallow evaluation: named patient, room, stroke, aspiration signs, diet", "Swallow eval 411",
             slp, [hosp], HALT(h))


# ---- discharge --------------------------------------------------------------------------------------------
@reg("discharge")
def _():
    pt = P()
    m = mrn()
    hosp = S("Hospitalist", "MD", "Hospital Medicine")
    pcp = X("northside-im.example.org", "Internal Medicine", "MD", org="Northside Internal Medicine")
    body = f"""Dr. {pcp.last},

Your patient {pt.full} (Riverside MRN {m}) was discharged home today after a 3-day stay.

Diagnosis: NSTEMI (I21.4). Cath {long(day(-2))}: 90% mid-LAD, treated with one drug-eluting stent. EF 45%.
Discharge medications (new): aspirin 81 mg daily, ticagrelor 90 mg BID (12 months), atorvastatin 80 mg daily, metoprolol succinate 50 mg daily, lisinopril 5 mg daily, nitroglycerin 0.4 mg SL PRN.
Stopped: naproxen.
Follow-up: cardiology in 2 weeks, cardiac rehab referral placed; please see {pt.him} within 7 days and check a BMP.

{hosp.sig}"""
    return M("discharge summary to outside PCP: named patient with MRN, NSTEMI, stent, discharge medications", "Discharge - your patient",
             hosp, [pcp], T(body), label="phi:Confidential PHI")


@reg("discharge")
def _():
    pt = P()
    m, d = mrn(), dob(30, 60)
    rn = S("Discharge Nurse", "RN", "Surgical Short Stay")
    lines = ["# Riverside Health - Discharge Instructions", f"Name: {pt.full}    MRN: {m}    DOB: {mdy(d)}",
             f"Admitted: {mdy(day(-1))}    Discharged: {mdy(day(0))}", "Procedure: Laparoscopic cholecystectomy (47562)",
             "Diagnosis: Calculus of gallbladder with acute cholecystitis (K80.00)", "",
             "# Medications", "Oxycodone 5 mg every 6 hours as needed for severe pain (12 tablets, no refills)",
             "Acetaminophen 1000 mg every 8 hours (do not exceed 3000 mg per day)", "Docusate 100 mg twice daily while taking oxycodone",
             "", "# Activity", "No lifting over 10 lb for 2 weeks. You may shower in 24 hours.", "",
             "# Call us if", "Fever over 101.5 F, yellowing of the skin, worsening belly pain, redness at incisions.", "",
             f"Follow-up: General Surgery clinic {mdy(wday(12))} 2:15 PM", "Patient signature on file   Nurse: " + rn.full + ", RN"]
    body = f"Discharge paperwork for {pt.first} attached - {pt.he} asked for an e-mailed copy for {pt.his} employer's leave paperwork. Sending to the secure inbox only."
    return M("uncompressed PDF discharge instructions: named patient, MRN, DOB, cholecystectomy, opioid prescription",
             "Discharge paperwork", rn, [box("Surgical Short Stay", f"shortstay@{DOM}")],
             MIX(T(body), PDF("discharge_instructions.pdf", lines, flate=False)))


@reg("discharge")
def _():
    pt = P("hmong", "f")
    ob = S("Obstetrics", "MD", "Riverside Women's Center")
    pcp = X("eastside-chc.example.org", "Nurse Midwife", "CNM", org="Eastside Community Health Center")
    h = page("<h2>Postpartum Discharge Summary</h2>\n" + table(["", ""], [
        ["Patient", pt.full], ["Delivery", f"{long(day(-2))}, 39w1d, primary low transverse cesarean (O32.1XX0 breech)"],
        ["Estimated blood loss", "1,150 mL; Hgb 11.8 &rarr; 8.9 g/dL"], ["Complications", "Gestational hypertension (O13.3); BP max 152/98"],
        ["Infant", "Female, 3,240 g, Apgars 8/9, rooming in, breastfeeding"],
        ["Discharge meds", "Nifedipine ER 30 mg daily; ferrous sulfate 325 mg every other day; ibuprofen 600 mg q6h PRN"],
        ["Follow-up", "BP check in 72 hours at your clinic; incision check 2 weeks; postpartum visit 6 weeks"]]) +
             "\n" + paras(f"Prepared by {ob.full}, MD"))
    body = f"""{pcp.first}, the patient asked that her postpartum care continue at Eastside. Summary attached; she needs a blood pressure check on {dname(wday(3))}.

{ob.sig}"""
    return M("HTML attachment postpartum discharge summary: named patient with delivery, complications, medications",
             "Postpartum follow-up", ob, [pcp], MIX(T(body), A("postpartum_summary.html", h, cte="quoted-printable")))


@reg("discharge")
def _():
    pt = P()
    cm = S("Case Manager", "RN, CCM", "Care Management")
    snf = X("maplecrest-rehab.example.org", "Admissions Coordinator", org="Maplecrest Rehabilitation Center")
    body = f"""{snf.first},

Hand-off for {pt.full}, arriving by wheelchair van at about 14:00 today, room 212B as confirmed.

- Admitted for sepsis from a urinary source (A41.51, E. coli bacteremia); now afebrile 72 h
- Antibiotic: ceftriaxone 2 g IV q24h through {mdy(day(6))} via right-arm midline (placed {mdy(day(-3))})
- Baseline Alzheimer dementia; oriented x1, redirectable; wanders in the evening
- Type 2 diabetes on glargine 14 units nightly; fingersticks AC/HS
- Code status: DNR/DNI (form signed by health-care POA, son {P().first})
- Skin: stage 2 on the left heel, foam dressing

Last doses given here: ceftriaxone 09:12, glargine last night 21:00.

{cm.sig}"""
    return M("SNF hand-off (QP): named patient with sepsis, IV antibiotic, dementia, code status", "Transfer this afternoon",
             cm, [snf], T(body, "quoted-printable"))


@reg("discharge")
def _():
    cm = S("Transitions of Care Coordinator", "RN", "Care Management")
    hha = X("buckeye-homecare.example.org", "Intake", org="Buckeye Home Care")
    rows = [["Discharge date", "Patient", "DOB", "Phone", "Primary diagnosis", "Services ordered", "Start of care"]]
    for dx, svc in [("J44.1 COPD with acute exacerbation", "SN, PT, home O2 2 L"), ("I50.33 acute on chronic diastolic HF", "SN, telemonitoring"),
                    ("S72.001A fracture of right femoral neck, s/p hemiarthroplasty", "PT, OT, SN"),
                    ("L03.116 cellulitis of left lower limb", "SN for IV cefazolin via PICC"),
                    ("E11.52 type 2 DM with peripheral angiopathy with gangrene, s/p BKA", "SN, PT, OT, MSW")]:
        p = P()
        rows.append([mdy(day(0)), p.lf, mdy(dob(55, 92)), phone(), dx, svc, mdy(day(1))])
    body = f"""{EXT_BANNER if False else ''}Good afternoon,

Today's home-health referrals from Riverside Main are attached. All five accepted by phone this morning. Face-to-face encounter notes are in the shared portal.

{cm.sig}"""
    return M("CSV of today's discharges to home health: named patients, DOB, phone, diagnoses, services",
             "Today's referrals", cm, [hha], MIX(T(body.lstrip(), "quoted-printable"), A(f"hh_referrals_{h7(day(0))}.csv", csvtext(rows))))


@reg("discharge")
def _():
    child = P("somali")
    mom = P("somali", "f")
    rn = S("Pediatric Nurse", "RN", "Riverside Children's - 3 Tower")
    sn = X("hilltop-schools.example.org", "School Nurse", "RN", org="Hilltop City Schools")
    body = f"""Hello {sn.first},

With permission from {child.first}'s mother, {mom.full}, I am sending the asthma discharge plan so the school has it before {child.first} returns on {dname(wday(2))}.

{child.first} {child.last} (grade 3) was admitted for two nights with a moderate persistent asthma exacerbation (J45.41). Home medicines:
 - Fluticasone/salmeterol 100/50 one inhalation twice daily
 - Albuterol HFA 2-4 puffs every 4 hours as needed with spacer - please keep one at school
 - Prednisolone 30 mg daily, 2 more days (given at home)

Green/yellow/red zone action plan attached in the chart and printed for the family. Please call the family or 911 if {child.he} is in the red zone.

{rn.sig}"""
    return M("pediatric asthma discharge to school nurse (base64): named child and mother, diagnosis, medications",
             "Return to school plan", rn, [sn], T(body, "base64"))


@reg("discharge")
def _():
    pt = P()
    mem, d = member(), dob(45, 80)
    it = box("Riverside ADT Notifications", f"adt.notify@{DOM}")
    plan = X("riversidehealthplan.example.org", "Utilization Management", org="Riverside Health Plan")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<EncounterNotification xmlns="urn:example:rhp:en:1" version="1.3">
  <Event type="discharge" timestamp="{ymd(day(0))}T13:41:00-05:00"/>
  <Member id="{mem}">
    <Name last="{pt.last}" first="{pt.first}"/>
    <DOB>{ymd(d)}</DOB>
  </Member>
  <Facility npi="{npi()}">Riverside Health Main Campus</Facility>
  <Admit date="{ymd(day(-4))}" class="inpatient"/>
  <Diagnoses>
    <Dx seq="1" code="J18.9">Pneumonia, unspecified organism</Dx>
    <Dx seq="2" code="J96.01">Acute respiratory failure with hypoxia</Dx>
    <Dx seq="3" code="E11.9">Type 2 diabetes mellitus without complications</Dx>
  </Diagnoses>
  <Disposition code="01">Home or self care</Disposition>
  <FollowUp>PCP within 7 days; home oxygen 2 L/min continuous</FollowUp>
</EncounterNotification>
"""
    body = "Automated encounter notification for a Riverside Health Plan member. Attachment follows the RHP EN 1.3 schema."
    return M("discharge notification XML to the health plan: member id, name, DOB, diagnoses", "Encounter notification",
             it, [plan], MIX(T(body), A(f"EN_{digits(6)}.xml", xml, cte="quoted-printable")))


# ---- appointment ------------------------------------------------------------------------------------------
@reg("appointment")
def _():
    pt = P("persian", "m")
    sch = S("Endoscopy Scheduler", "", "Riverside Digestive Health")
    gi = S("Gastroenterologist", "MD", "Riverside Digestive Health")
    nurse = S("Endoscopy Nurse", "RN", "Riverside Digestive Health")
    d = wday(9)
    start = at(d, 7, 30)
    desc = (f"Patient: {pt.full}\nProcedure: colonoscopy with possible polypectomy (surveillance, history of "
            f"tubular adenoma Z86.010)\nPrep: split-dose PEG; hold apixaban 48 h per cardiology\nDriver required.")
    cal = ics(f"{hexs(32)}", f"Colonoscopy - {pt.full}", start, 45, "Endoscopy Suite 2, Riverside Main", desc, sch, [gi, nurse])
    text = f"{desc}\n\nArrival 06:45. Please accept to hold the room."
    h = page(paras(text.replace("\n", "<br>\n")))
    return M("calendar invitation: named patient's colonoscopy with history code and anticoagulant hold", f"Colonoscopy - {pt.last}",
             sch, [gi, nurse], ALT(text, h, cal=cal))


@reg("appointment")
def _():
    pt = P()
    sch = S("Radiology Scheduling", "", "Imaging Services")
    d = wday(4)
    body = f"""Hi {pt.first},

This confirms your MRI of the brain with and without contrast on {dname(d)}, {long(d)} at 6:40 PM at Riverside Imaging - Dublin (6100 Post Rd, Suite 100). Dr. Iyer ordered it to follow up on your migraines with the new numbness in your left hand.

Because you told us you are claustrophobic, Dr. Iyer has prescribed lorazepam 1 mg to take 30 minutes before the scan; you will need a driver. Your last creatinine was normal so no new lab is needed.

Please reply or call {sch.phone} if you need to reschedule.

{sch.sig}"""
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first[0].lower()}{pt.last.lower()}@webmail.example")
    return M("appointment confirmation to named patient: brain MRI, symptoms, sedative prescription", "Appointment confirmation",
             sch, [pe], T(body))


@reg("appointment")
def _():
    pt = P()
    d = dob(55, 82)
    mohs = S("Mohs Surgery Coordinator", "", "Riverside Dermatology")
    h = page(paras(f"Dear {pt.mr},") + "\n" + paras(
        f"Your Mohs surgery for the basal cell carcinoma on your left nasal ala (biopsy {mdy(day(-20))}) is scheduled:") +
             "\n" + table(["Date", "Check-in", "Location"], [[long(wday(15)), "7:15 AM", "Riverside Dermatology - Upper Arlington, 2nd floor"]]) +
             "\n" + paras(f"Date of birth on file: <span>{d.month:02d}/{d.day:02d}</span>/<span>{d.year}</span>. Please continue your "
                          "aspirin. Eat breakfast. Plan for the whole day; a repair with Dr. Whitfield may follow the same afternoon.\n\n"
                          f"{mohs.full}\nMohs Surgery Coordinator | {mohs.phone}"))
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.last.lower()}.family@mailbox.example")
    return M("HTML appointment letter (alt): named patient, skin cancer site, Mohs surgery date, DOB", "Your surgery date",
             mohs, [pe], HALT(h, "base64"))


@reg("appointment")
def _():
    ch = S("Charge Nurse, Dialysis", "RN", "Riverside Dialysis - Westland")
    med = S("Nephrologist", "MD", "Riverside Kidney Care")
    rows = [["Chair", "Shift", "Patient", "Days", "Access", "Dry wt (kg)", "Notes"]]
    for i in range(1, 9):
        p = P()
        rows.append([str(i), R.choice(["1st 05:30", "2nd 11:00", "3rd 16:15"]), p.lf, R.choice(["MWF", "TThS"]),
                     R.choice(["L AVF", "R AVG", "R IJ TDC"]), f"{R.uniform(52, 118):.1f}",
                     R.choice(["", "needs hep B booster", "Kt/V 1.1 - extend 15 min", "holiday schedule", "PTH 890 - cinacalcet"])])
    body = f"""Dr. {med.last},

Updated chair assignments for next week attached (two transient patients added to chairs 7-8). Please confirm the dry weights you changed at rounds.

{ch.first}"""
    return M("dialysis chair schedule CSV: named patients with session times, vascular access, dry weights, notes",
             "Chair schedule next week", ch, [med], MIX(T(body), A("chairs_next_week.csv", csvtext(rows), cte="7bit")), label="internal:Internal")


@reg("appointment")
def _():
    pt = P()
    nav = S("Oncology Nurse Navigator", "RN, OCN", "Riverside Cancer Center")
    body = f"""Hi {pt.first},

I spoke with Dr. Okafor. Because your neutrophil count was 0.9 on Monday, your cycle 4 of FOLFOX is moved one week, from {long(wday(1))} to {long(wday(8))}, same chair time (8:00 AM, infusion suite B). You will have labs drawn at 7:15 that morning. Your pump disconnect will be the following {dname(wday(10))}.

Keep taking the ondansetron as needed, and call the 24-hour line at {nav.phone} for a fever of 100.4 F or higher.

Warmly,
{nav.full}, RN, OCN"""
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first.lower()}{R.randint(10, 99)}@mailbox.example")
    return M("chemotherapy reschedule to named patient (QP): regimen, neutrophil count, infusion times", "Change to your treatment date",
             nav, [pe], T(body, "quoted-printable"), label="phi:Confidential PHI")


@reg("appointment")
def _():
    pt = P()
    m, d = mrn(), dob(45, 78)
    pat = S("Pre-Admission Testing", "RN", "Pre-Admission Testing")
    d2 = wday(10)
    lines = ["# Riverside Health - Pre-Operative Instructions", f"Patient: {pt.full}      MRN: {m}      DOB: {mdy(d)}",
             f"Procedure: Right total knee arthroplasty (27447)    Surgeon: Dr. Hensley", f"Date: {dname(d2)} {long(d2)}    Arrive: 5:30 AM",
             "Location: Riverside Main, Surgery Check-in, 2nd floor", "", "# Medications",
             "STOP clopidogrel 5 days before surgery (last dose " + mdy(d2 - datetime.timedelta(days=6)) + ")",
             "STOP metformin the evening before. Take metoprolol with a sip of water the morning of surgery.",
             "Insulin glargine: take 80% of your usual dose (16 units) the night before.", "", "# Before surgery",
             "Nothing to eat after midnight. Clear liquids until 3:30 AM.", "Shower with chlorhexidine the night before and the morning of surgery.",
             "", "Questions: Pre-Admission Testing " + pat.phone]
    body = f"{pt.first} - your pre-op instructions are attached. - {pat.full}, RN"
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.last.lower()}{pt.first[0].lower()}@webmail.example")
    return M("pre-op instruction PDF (FlateDecode): named patient, MRN, DOB, knee replacement date, medication holds",
             "Instructions for surgery", pat, [pe], MIX(T(body), PDF("preop_instructions.pdf", lines, flate=True)))


@reg("appointment")
def _():
    pt = P("ethiopian", "f")
    d = dob(22, 38)
    vendor = X("bookwell-sched.example.org", "Notifications", org="BookWell Scheduling")
    it = S("Ambulatory Applications Analyst", "", "IS Ambulatory")
    payload = {"event": "appointment.booked", "id": f"evt_{hexs(16).lower()}", "created": f"{ymd(day(0))}T09:03:12Z",
               "data": {"appointment": {"id": f"apt_{digits(9)}", "start": f"{ymd(wday(12))}T13:20:00-05:00", "durationMin": 30,
                                        "department": "Riverside Women's Center - OB", "visitType": "OB RETURN 28 WK",
                                        "reason": "28-week visit, glucose tolerance test, Tdap, RhoGAM (Rh negative)"},
                        "patient": {"firstName": pt.first, "lastName": pt.last, "dob": ymd(d), "phone": phone(),
                                    "email": f"{pt.first.lower()}.{pt.last.lower()}@mailbox.example"},
                        "provider": {"name": "Rena Begay, CNM"}}}
    body = f"""{EXT_BANNER}

Hi {it.first},

Webhook delivery to your endpoint has failed 25 times since 06:00 ET (TLS handshake error). Sample payload attached; retries continue for 72 hours.

BookWell Notifications"""
    return M("inbound webhook JSON: named pregnant patient, DOB, prenatal visit with GTT and RhoGAM", "Webhook delivery failures",
             vendor, [it], MIX(T(body), A("sample_payload.json", json.dumps(payload, indent=2), cte="quoted-printable")), inbound=True)


@reg("appointment")
def _():
    pt = P("chinese")
    dau = X("mailbox.example", "", culture="chinese", g="f")
    dau.last = pt.last
    dau.email = f"{dau.first.lower()}.{pt.last.lower()}@mailbox.example"
    clinic = box("Riverside Memory Clinic", f"memoryclinic@{DOM}")
    mem_rn = S("Memory Clinic Nurse", "RN", "Riverside Neurology")
    d = wday(6)
    inner_body = f"""Reminder from Riverside Health

{pt.first} {pt.last}, you have an upcoming appointment:
  {dname(d)}, {long(d)} at 10:00 AM
  Riverside Memory Clinic - Neuropsychological testing (3 hours)
  Provider: Neuropsychology Testing Team

Please bring your glasses, hearing aids and a list of your medications.
Reply C to confirm. Call {phone()} to reschedule."""
    inner = inner_msg("Appointment reminder", box("Riverside Health Reminders", f"reminders@{DOM}"), [dau], T(inner_body), offset=-1)
    body = f"""Hello,

I am {pt.first} {pt.last}'s daughter and I manage {pt.his} appointments. {pt.He} has the neuropsychological testing below but {pt.his} donepezil was just increased and {pt.he} has been very tired, and I cannot take off work that day. Could we move it to a {dname(wday(13))} or any Friday? Forwarding the reminder so you know which one.

Thank you,
{dau.first} {pt.last}"""
    return M("family member forwards a reminder (rfc822): named parent's memory-clinic testing and dementia medication",
             "FW: Appointment reminder", dau, [clinic], MIX(T(body), FWD("Appointment reminder.eml", inner)), inbound=True, cc=[mem_rn])


# ---- medication -------------------------------------------------------------------------------------------
@reg("medication")
def _():
    pt = P("anglo", "m")
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first.lower()}{pt.last.lower()}{R.randint(50, 79)}@webmail.example")
    office = box("Riverside Primary Care - Lancaster", f"pc.lancaster@{DOM}")
    body = f"""hi this is {pt.first.lower()} {pt.last.lower()}, i see dr prescott. i am almost out of my lisinopril 20 mg and the metoprolol 25, pharmacy says they need a new script from you. also the new cholesterol pill (rosuvastatin) makes my legs ache, can i stop it?
kroger on main st in lancaster
thanks"""
    return M("patient's own lower-case refill request: name + antihypertensives + statin side effect", "refill", pe, [office],
             T(body), inbound=True)


@reg("medication")
def _():
    pt = P()
    m = mrn()
    ph = S("Clinical Pharmacist", "PharmD, BCPS", "Pharmacy - Transitions of Care")
    hosp = S("Hospitalist", "MD", "Hospital Medicine")
    rows = [["Home medication", "Dose", "Admission plan", "Discharge"],
            ["Apixaban", "5 mg BID", "Held for procedure", "Resume tonight"],
            ["Empagliflozin", "10 mg daily", "Held (NPO)", "Resume"],
            ["Sacubitril/valsartan", "49/51 mg BID", "Continued", "Continue"],
            ["Spironolactone", "25 mg daily", "Held, K 5.6", "<b>Stop</b>"],
            ["Furosemide", "40 mg daily", "IV 40 mg BID", "40 mg BID x 5 days then daily"],
            ["Ibuprofen (OTC)", "400 mg PRN", "&mdash;", "<b>Stop</b> - counselled"]]
    h = page(paras(f"Dr. {hosp.last},\n\nMed rec for {pt.full} (MRN&nbsp;{m}) before discharge:") + "\n" + table(rows[0], rows[1:]) +
             "\n" + paras(f"Patient uses a pill organizer filled by {pt.his} daughter. Teach-back done.\n\n{ph.full}, PharmD, BCPS"))
    return M("HTML medication reconciliation: named patient with MRN and home/discharge medications", "Med rec before discharge",
             ph, [hosp], H(h, "7bit" if False else "quoted-printable"))


@reg("medication")
def _():
    pt = P()
    mem, d = member(), dob(28, 55)
    pa = S("Prior Authorization Specialist", "CPhT", "Specialty Pharmacy")
    rheum = S("Rheumatologist", "MD", "Riverside Rheumatology")
    body = f"""Dr. {rheum.last},

Prior authorization for adalimumab-adaz (Hyrimoz) 40 mg SC every 14 days for {pt.full}, DOB {mdy(d)}, Riverside Health Plan member {mem}, was DENIED today. Reason: step therapy - the plan requires documented trial of methotrexate at >= 15 mg weekly for 12 weeks.

Chart shows methotrexate 20 mg weekly from last March to August, stopped for ALT 3x ULN. If you agree, I will submit the appeal with the hepatic panel and your note of {mdy(day(-40))} as evidence of intolerance.

{pa.sig}"""
    return M("prior-auth denial (base64 body): named patient, DOB, member id, biologic, prior methotrexate toxicity",
             "PA update", pa, [rheum], T(body, "base64"))


@reg("medication")
def _():
    ph = S("Pharmacokinetics Pharmacist", "PharmD", "Inpatient Pharmacy")
    idd = S("Infectious Diseases", "MD", "ID Consult Service")
    rows = [["Unit-Bed", "Patient", "MRN", "Indication", "Regimen", "Last level", "AUC est", "Plan"]]
    for ind in ["MRSA bacteremia", "Vertebral osteomyelitis", "HCAP", "Prosthetic joint infection", "Meningitis (empiric)"]:
        p = P()
        reg_ = R.choice(["1250 mg q12h", "1000 mg q8h", "1500 mg q24h", "750 mg q12h"])
        lvl = f"{R.uniform(8, 24):.1f} mcg/mL"
        rows.append([f"{R.choice(['4W', '5N', '6W', '7E', 'MICU'])}-{R.randint(1, 30):02d}", p.lf, mrn(), ind, reg_, lvl,
                     str(R.randint(350, 720)), R.choice(["continue", "decrease dose", "hold, recheck SCr", "extend interval"])])
    body = f"Dr. {idd.last} - today's vancomycin dosing list. Two AUCs above 600; we adjusted and will recheck levels tomorrow. - {ph.first}"
    return M("CSV: named inpatients with MRN, vancomycin regimens, levels and indications", "Vanc list", ph, [idd],
             MIX(T(body), A("vanco_daily.csv", csvtext(rows), cte="base64")), label="phi:Confidential - PHI")


@reg("medication")
def _():
    pt = P()
    hos = X("gentle-harbor-hospice.example.org", "Hospice RN Case Manager", "RN", org="Gentle Harbor Hospice")
    ph = box("Riverside Outpatient Pharmacy", f"rx.outpatient@{DOM}")
    txt = f"""COMFORT KIT ORDER
Patient: {pt.full}
Hospice diagnosis: C34.90 malignant neoplasm of lung, metastatic to bone and liver
Attending: Dr. Kavanagh
Allergies: sulfa

1. Morphine sulfate oral solution 20 mg/mL - 0.25 mL (5 mg) SL q2h PRN pain or dyspnea - 30 mL
2. Lorazepam 0.5 mg tab - 1 tab SL q4h PRN anxiety - #12
3. Haloperidol 2 mg/mL oral conc - 0.5 mg SL q4h PRN agitation/nausea - 15 mL
4. Atropine 1% ophthalmic drops - 2 drops SL q4h PRN secretions - 5 mL
5. Bisacodyl 10 mg suppository PR daily PRN - #6

Deliver to home today; family (spouse) will sign.
"""
    body = f"""{EXT_BANNER}

Please fill the attached comfort kit order for delivery today. The written CII script is being faxed by Dr. Kavanagh's office.

{hos.full}, RN
Gentle Harbor Hospice | {hos.phone}"""
    return M("inbound hospice comfort-kit TXT: named patient, metastatic lung cancer, opioid and PRN orders", "Comfort kit",
             hos, [ph], MIX(T(body), A("comfort_kit.txt", txt, cte="quoted-printable")), inbound=True)


@reg("medication")
def _():
    pt = P("korean", "m")
    cde = S("Certified Diabetes Care and Education Specialist", "RN, CDCES", "Riverside Diabetes Center")
    body = f"""Hi {pt.first},

Thanks for sending your meter readings. Your fasting sugars this week were 168-214, so per Dr. Tanaka's titration plan:

  * Increase insulin glargine (Basaglar) from 22 units to 26 units at bedtime, starting tonight.
  * Keep lispro at 6 units with each meal, plus your correction scale (1 unit for every 50 over 150).
  * If any reading is under 70: 15 g fast sugar, recheck in 15 minutes, and reduce glargine back to 22 units.

Send me your readings again next {dname(wday(7))}. Your next A1c is due in {MONTHS[(day(60)).month - 1]}.

{cde.full}, RN, CDCES
Riverside Diabetes Center | {cde.phone}"""
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first.lower().replace('-', '')}.{pt.last.lower()}@mailbox.example")
    return M("insulin titration instructions to named patient (QP): glucose readings and doses", "Your insulin dose",
             cde, [pe], T(body, "quoted-printable"))


@reg("medication")
def _():
    pt = P()
    d = dob(40, 75)
    doc = S("Cardiologist", "MD", "Riverside Heart & Vascular")
    it = S("e-Prescribing Analyst", "", "IS Pharmacy Applications")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">
  <Header>
    <To Qualifier="P">{digits(7)}</To>
    <From Qualifier="C">RIVERSIDEHEART</From>
    <MessageID>{hexs(20)}</MessageID>
    <SentTime>{ymd(day(0))}T11:02:45.0Z</SentTime>
  </Header>
  <Body>
    <NewRx>
      <Patient>
        <HumanPatient>
          <Name><LastName>{pt.last}</LastName><FirstName>{pt.first}</FirstName></Name>
          <Gender>{pt.g.upper()}</Gender>
          <DateOfBirth><Date>{ymd(d)}</Date></DateOfBirth>
          <Address><AddressLine1>{address(False)[0]}</AddressLine1><City>Newark</City><StateProvince>OH</StateProvince><PostalCode>43055</PostalCode><CountryCode>US</CountryCode></Address>
        </HumanPatient>
      </Patient>
      <Prescriber>
        <NonVeterinarian>
          <Identification><NPI>{npi()}</NPI></Identification>
          <Name><LastName>{doc.last}</LastName><FirstName>{doc.first}</FirstName></Name>
        </NonVeterinarian>
      </Prescriber>
      <MedicationPrescribed>
        <DrugDescription>Sacubitril 49 mg / valsartan 51 mg oral tablet</DrugDescription>
        <Quantity><Value>60</Value><CodeListQualifier>38</CodeListQualifier></Quantity>
        <DaysSupply>30</DaysSupply>
        <Sig><SigText>Take 1 tablet by mouth twice daily. Stop lisinopril 36 hours before first dose.</SigText></Sig>
        <Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>I50.22</Code><Qualifier>ABF</Qualifier><Description>Chronic systolic (congestive) heart failure</Description></Primary></Diagnosis>
      </MedicationPrescribed>
    </NewRx>
  </Body>
</Message>
"""
    body = f"""{doc.first},

This is the NewRx that the pharmacy says never arrived. Our side shows it was transmitted at 11:02 with status 010 (accepted by the network). I have opened a ticket with the network and asked the pharmacy to check their queue.

{it.sig}"""
    return M("NCPDP SCRIPT NewRx XML: named patient, DOB, address, heart-failure drug and sig", "Missing e-script", it, [doc],
             MIX(T(body), A("NewRx.xml", xml)))


@reg("medication")
def _():
    pt = P()
    m, d = mrn(), dob(45, 75)
    onc = S("Medical Oncologist", "MD", "Riverside Cancer Center")
    ph = S("Oncology Pharmacist", "PharmD, BCOP", "Infusion Pharmacy")
    lines = ["# Chemotherapy Treatment Plan - Verification Copy", f"Patient: {pt.lf}   MRN: {m}   DOB: {mdy(d)}",
             "Height 172 cm   Weight 81.4 kg   BSA 1.95 m2", "Diagnosis: C18.7 malignant neoplasm of sigmoid colon, stage IIIB (adjuvant)",
             "Regimen: mFOLFOX6 every 14 days x 12 cycles   Cycle 1 Day 1: " + mdy(wday(5)), "",
             "Oxaliplatin 85 mg/m2 = 166 mg IV over 2 h", "Leucovorin 400 mg/m2 = 780 mg IV over 2 h",
             "Fluorouracil 400 mg/m2 = 780 mg IV push", "Fluorouracil 2400 mg/m2 = 4680 mg CIV over 46 h (ambulatory pump)",
             "", "Premedications: palonosetron 0.25 mg IV, dexamethasone 12 mg IV", "",
             "Hold parameters: ANC < 1.5, platelets < 75, grade 2 neuropathy", "DPYD genotype: normal metabolizer",
             "", f"Ordering: {onc.full}, MD     Verified: {ph.full}, PharmD"]
    body = f"{onc.first} - plan verified, C1D1 is {mdy(wday(5))}. PDF attached for your signature. - {ph.first}"
    return M("chemotherapy plan PDF (uncompressed): named patient, MRN, DOB, colon cancer, FOLFOX doses", "Plan verified",
             ph, [onc], MIX(T(body), PDF("mFOLFOX6_plan.pdf", lines, flate=False)))


# ---- registration -----------------------------------------------------------------------------------------
@reg("registration")
def _():
    pt = P()
    s, d = ssn(), dob(25, 70)
    pa = S("Patient Access Representative", "", "Patient Access - ED Registration")
    lead = S("Patient Access Lead", "", "Patient Access")
    body = f"""{lead.first},

Please correct the registration for {pt.full} (ED visit last night for chest pain). The SSN was keyed with two digits transposed and the claim will reject.

  Wrong SSN:    {s[:4]}{s[5]}{s[4]}{s[6:]}
  Correct SSN:  {s}
  DOB:          {mdy(d)}
  Address:      {address()}
  Guarantor:    self

{pt.He} showed me {pt.his} card at the bedside this morning. I could not update it because the account is already in final-billed status.

{pa.sig}"""
    return M("registration correction: named patient with SSN, DOB, address, ED visit", "Account correction", pa, [lead], T(body))


@reg("registration")
def _():
    pt = P("arab", "f")
    s, d = ssn(), dob(30, 65)
    kiosk = box("Riverside Online Check-In", f"checkin@{DOM}")
    reg_ = box("Patient Access - Westerville", f"access.westerville@{DOM}")
    st, c, stt, z = address(False)
    h = page("<h3>New patient intake - submitted online</h3>\n" + table(["Field", "Response"], [
        ["Legal name", pt.full], ["Date of birth", f"<span>{d.month:02d}/{d.day:02d}/</span><span>{d.year}</span>"],
        ["Social Security number", f"{s[:3]}-<span>{s[4:6]}</span>-{s[7:]}"], ["Address", f"{st}<br>{c}, {stt} {z}"],
        ["Phone", phone()], ["Preferred language", "Arabic (interpreter requested)"],
        ["Reason for visit", "New patient - high blood pressure and headaches"],
        ["Current medications", "amlodipine 5&nbsp;mg (from a clinic in Dearborn)"],
        ["Insurance", "Medicaid - CareSource"]]) + "\n" +
             paras("Submitted from the Westerville check-in page. Please verify identity and insurance at arrival."))
    return M("online intake form (alt): named patient, span-split DOB and SSN, address, reason for visit, medication",
             "New patient intake", kiosk, [reg_], HALT(h))


@reg("registration")
def _():
    pac = S("Pre-Registration Specialist", "", "Patient Access - Surgery")
    rows = [["Surgery date", "Patient", "DOB", "SSN last 4", "Procedure", "Surgeon", "Primary insurance", "Policy/Member #", "Verified"]]
    for proc in ["Laparoscopic appendectomy", "Right carpal tunnel release", "Cataract extraction w/ IOL, left", "Total hip arthroplasty, left",
                 "Hysteroscopy D&C", "Inguinal hernia repair, right", "Tonsillectomy and adenoidectomy"]:
        p = P()
        ins, memno = R.choice([("Riverside Health Plan", member()), ("Medicaid - Molina", "M" + digits(11)),
                                ("Aetna PPO", "W" + digits(9)), ("Self-pay", "")])
        rows.append([mdy(wday(1)), p.lf, mdy(dob(4, 85)), ssn()[-4:], proc, R.choice(["Hensley", "Adeyemi", "Karras", "Pham"]), ins, memno,
                     R.choice(["Y", "Y", "N - call"])])
    orr = box("OR Scheduling", f"or.scheduling@{DOM}")
    body = f"""Tomorrow's pre-registrations are attached. One self-pay was sent to financial counseling; two coverages still need verification before 06:00.

{pac.sig}"""
    return M("pre-registration CSV: named surgical patients with DOB, SSN last 4, procedures, member ids", "Pre-reg for tomorrow",
             pac, [orr], MIX(T(body, "quoted-printable"), A(f"prereg_{h7(wday(1))}.csv", csvtext(rows), cte="quoted-printable")))


@reg("registration")
def _():
    pt = P()
    m, s, d, mem = mrn(), ssn(), dob(35, 80), member()
    st, c, stt, z = address(False)
    emp = P()
    lines = ["# PATIENT FACE SHEET - Riverside Health Main Campus", f"Patient: {pt.lf}    MRN: {m}    Acct: A{digits(9)}",
             f"DOB: {mdy(d)}    Age: {age_of(d)}    Sex: {pt.g.upper()}    SSN: {s}", f"Address: {st}, {c}, {stt} {z}",
             f"Home phone: {phone()}    Marital status: Married    Language: English", "",
             f"Admit date: {mdy(day(-1))}    Admit type: Emergency    Unit: 4 West 09", "Attending: Dr. Mercer (Hospital Medicine)",
             "Admitting diagnosis: K85.10 biliary acute pancreatitis without necrosis or infection", "",
             "# Guarantor / Insurance", f"Guarantor: self    Employer: Marion Steel Fabricators", f"Primary: Riverside Health Plan HMO   Member ID: {mem}",
             "Secondary: none", "", "# Emergency contact", f"{emp.full} (spouse)  {phone()}", "",
             "Advance directive: none on file    Organ donor: yes"]
    cod = S("Coder", "CCS", "HIM Coding")
    uc = S("Utilization Review Nurse", "RN", "Care Management")
    body = f"{uc.first}, face sheet for the 4W-09 admission attached for the observation-vs-inpatient review. - {cod.first}"
    return M("face sheet PDF (FlateDecode): named patient, MRN, SSN, DOB, address, admitting diagnosis, member id",
             "Face sheet", cod, [uc], MIX(T(body), PDF("facesheet.pdf", lines, flate=True)), label="phi:CONFIDENTIAL PHI")


@reg("registration")
def _():
    pt = P()
    d = dob(20, 60)
    it = S("Patient Experience Technology Analyst", "", "IS Digital Front Door")
    kiosk = X("checkinpad.example.org", "Support", org="CheckInPad")
    payload = {"kioskId": "UC-POLARIS-02", "sessionId": hexs(12).lower(), "completedAt": f"{ymd(day(0))}T17:48:31-05:00",
               "patient": {"firstName": pt.first, "lastName": pt.last, "dateOfBirth": ymd(d), "sex": pt.g.upper(),
                           "address": address(), "mobile": phone(), "ssn": ssn()},
               "visit": {"location": "Riverside Urgent Care - Polaris", "reasonForVisit": "cough and fever 4 days, inhaler not helping",
                         "symptoms": ["fever", "cough", "shortness of breath"], "pregnant": "no"},
               "insurance": {"payer": "Riverside Health Plan", "memberId": member(), "cardImages": 2},
               "consents": {"treatment": True, "financial": True, "hipaaNotice": True}}
    body = f"""{EXT_BANNER}

Hi {it.first},

This is the check-in record that failed to file to your registration queue last night. The error was 'SSN field exceeds 9 characters' - the kiosk sends dashes. Attached as captured.

CheckInPad Support"""
    return M("inbound kiosk check-in JSON: named patient, DOB, SSN, address, member id, reason for visit", "Failed check-in record",
             kiosk, [it], MIX(T(body), A("checkin_record.json", json.dumps(payload, indent=2))), inbound=True)


@reg("registration")
def _():
    pt = P("haitian")
    s, d = ssn(), dob(25, 55)
    fc = S("Financial Counselor", "CHAA", "Patient Financial Services")
    sup = S("Financial Counseling Supervisor", "", "Patient Financial Services")
    body = f"""{sup.first},

Quick update on {pt.full} (admitted Tuesday, new diagnosis of acute myeloid leukemia, induction chemo started). {pt.He} is uninsured; I met with {pt.him} and {pt.his} sister today and started the Ohio Medicaid application:

  DOB {mdy(d)} | SSN {s} | household of 3 | lost job in {MONTHS[day(-60).month - 1]}
  Address: {address()}

Application submitted through the Benefits portal with a presumptive eligibility request. I also started our charity-care application in case Medicaid is delayed. Kreyol interpreter used (ID 4471).

{fc.sig}"""
    return M("financial counselling (QP): named uninsured patient, SSN, DOB, address, new leukemia diagnosis",
             "Medicaid app submitted", fc, [sup], T(body, "quoted-printable"))


@reg("registration")
def _():
    pt = P()
    d, s = dob(18, 90), ssn()
    portal = box("Riverside Portal Pre-Check-In", f"precheckin@{DOM}")
    reg_ = box("Patient Access - Grove City", f"access.grovecity@{DOM}")
    st, c, stt, z = address(False)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<PreCheckIn xmlns="urn:example:riverside:precheckin:2">
  <Submitted>{ymd(day(0))}T06:12:40-05:00</Submitted>
  <Appointment date="{ymd(wday(1))}" time="09:40" department="Riverside Podiatry - Grove City" visitType="NEW PATIENT"/>
  <Demographics>
    <LegalName><First>{pt.first}</First><Last>{pt.last}</Last></LegalName>
    <BirthDate>{ymd(d)}</BirthDate>
    <SSN>{s}</SSN>
    <Address><Line1>{st}</Line1><City>{c}</City><State>{stt}</State><Zip>{z}</Zip></Address>
    <Phone type="mobile">{phone()}</Phone>
  </Demographics>
  <Questionnaire>
    <Item q="Reason for today's visit">Ingrown toenail right big toe, red and draining</Item>
    <Item q="Do you have diabetes?">Yes - type 2, on metformin</Item>
    <Item q="Allergies">Penicillin (hives)</Item>
  </Questionnaire>
</PreCheckIn>
"""
    body = "Pre-check-in completed by patient. Demographic changes require verification at arrival. Record attached."
    return M("portal pre-check-in XML: named patient, DOB, SSN, address, reason for visit, diabetes, allergy",
             "Pre-check-in completed", portal, [reg_], MIX(T(body), A("precheckin.xml", xml, cte="base64")))


# ---- billing_claim ----------------------------------------------------------------------------------------
@reg("billing_claim")
def _():
    pt = P()
    mem = member()
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first.lower()}.{pt.last.lower()}@webmail.example")
    cs = box("Riverside Billing Customer Service", f"billing@{DOM}")
    body = f"""To whom it may concern,

I received a bill for $1,842.17 for my colonoscopy on {long(day(-55))}. It was a SCREENING colonoscopy - my doctor told me it would be covered 100%. My Riverside Health Plan member ID is {mem}. The bill shows CPT 45385 and a diagnosis of K63.5 (polyp of colon) instead of Z12.11. I understand they removed a polyp but the law says that should not change it to diagnostic.

Please re-code and re-submit the claim with the PT modifier, and put the account on hold until this is fixed.

{pt.full}
{address()}"""
    return M("patient billing dispute: name, member id, colonoscopy CPT/ICD codes, balance", "Billing question - colonoscopy",
             pe, [cs], T(body), inbound=True)


@reg("billing_claim")
def _():
    pt = P()
    mem = member()
    cs = S("Patient Financial Advocate", "", "Patient Financial Services")
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.last.lower()}{R.randint(1, 99)}@mailbox.example")
    rows = [["Date", "Service", "Billed", "Plan allowed", "Plan paid", "Your share"],
            [mdy(day(-30)), "ED visit, level 4 (99284)", "$1,420.00", "$612.40", "$412.40", "$200.00 copay"],
            [mdy(day(-30)), "CT abdomen/pelvis w/ contrast (74177)", "$2,960.00", "$744.18", "$595.34", "$148.84 coins."],
            [mdy(day(-30)), "Comprehensive metabolic panel (80053)", "$188.00", "$14.12", "$14.12", "$0.00"],
            [mdy(day(-30)), "Lipase (83690)", "$96.00", "$8.77", "$8.77", "$0.00"]]
    h = page(paras(f"Dear {pt.first},\n\nThank you for calling about your explanation of benefits (member ID {mem}). "
                   "Here is how your emergency visit for abdominal pain was processed:") + "\n" + table(rows[0], rows[1:]) + "\n" +
             paras(f"The CT showed diverticulitis, and the plan applied your ED copay and 20% coinsurance on imaging. Your balance of "
                   f"<b>$348.84</b> can be set up on a no-interest payment plan.\n\n{cs.full}\nPatient Financial Advocate | {cs.phone}"))
    return M("EOB explanation (alt): named patient, member id, ED visit CPT codes, diagnosis, amounts", "Your EOB",
             cs, [pe], HALT(h), label="phi:Confidential PHI")


@reg("billing_claim")
def _():
    den = S("Denials Management Analyst", "", "Revenue Cycle")
    mgr = S("Revenue Integrity Manager", "", "Revenue Cycle")
    rows = [["Claim #", "Patient", "Member ID", "DOS", "CPT", "ICD-10", "Billed", "CARC", "Denial reason"]]
    for cpt, icd, carc, why in [("93306", "I35.0", "50", "Not medically necessary per LCD"), ("97110", "M54.50", "119", "Visit limit reached"),
                                 ("70553", "G43.909", "197", "Precert absent"), ("99223", "J18.9", "N/A", "Inpatient vs observation"),
                                 ("95810", "G47.33", "16", "Missing sleep study interpretation"), ("88305", "C44.311", "97", "Bundled")]:
        p = P()
        rows.append([f"C{digits(10)}", p.lf, member(), mdy(day(-R.randint(20, 90))), cpt, icd, f"{R.randint(150, 6000)}.00", carc, why])
    body = f"{mgr.first}, this week's top denials from Riverside Health Plan attached for Thursday's meeting. - {den.first}"
    return M("claim-denial CSV: named patients, member ids, CPT and ICD-10 codes, denial reasons", "Denials this week",
             den, [mgr], MIX(T(body), A("rhp_denials_wk.csv", csvtext(rows))))


@reg("billing_claim")
def _():
    pt = P()
    m, mem, d = mrn(), member(), dob(40, 80)
    st, c, stt, z = address(False)
    lines = ["# Riverside Health - Itemized Statement", f"Statement date: {mdy(day(0))}    Account: A{digits(9)}",
             f"Patient: {pt.full}    MRN: {m}    DOB: {mdy(d)}", f"Mail to: {st}, {c}, {stt} {z}", f"Insurance: Riverside Health Plan {mem}",
             "", "Date        Rev  CPT/HCPCS  Description                                   Charges",
             f"{mdy(day(-40))}  0360 27130      Total hip arthroplasty                        $38,410.00",
             f"{mdy(day(-40))}  0278 C1776      Implant, hip prosthesis                       $11,902.00",
             f"{mdy(day(-40))}  0370 01214      Anesthesia, total hip                          $4,380.00",
             f"{mdy(day(-39))}  0424 97161      PT evaluation                                    $412.00",
             f"{mdy(day(-38))}  0250 J2405      Ondansetron injection                             $38.00", "",
             "Total charges $55,142.00   Insurance payments -$41,690.12   Adjustments -$12,201.88", "Patient balance due: $1,250.00 (deductible)",
             "", "Diagnosis: M16.12 unilateral primary osteoarthritis, left hip"]
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first.lower()}{pt.last.lower()}@webmail.example")
    cs = S("Billing Specialist", "", "Patient Financial Services")
    body = f"Dear {pt.first},\n\nAs requested, your itemized statement is attached.\n\n{cs.sig}"
    return M("itemized statement PDF (FlateDecode): named patient, MRN, DOB, member id, hip replacement charges",
             "Itemized statement", cs, [pe], MIX(T(body), PDF("itemized_statement.pdf", lines, flate=True)))


@reg("billing_claim")
def _():
    pt = P()
    mem, d = member(), dob(30, 64)
    ch = X("clearpath-edi.example.org", "Clearinghouse Support", org="ClearPath EDI")
    pb = S("Professional Billing Supervisor", "", "Physician Billing")
    claim = {"claimId": f"CLM{digits(9)}", "status": "REJECTED", "rejectCode": "A7:562", "rejectText": "Entity's National Provider Identifier (NPI) missing",
             "billingProvider": {"name": "Riverside Physician Group", "npi": npi()},
             "subscriber": {"memberId": mem, "lastName": pt.last, "firstName": pt.first, "dob": ymd(d), "payer": "Riverside Health Plan"},
             "serviceLines": [{"dos": ymd(day(-12)), "cpt": "99214", "modifiers": ["25"], "icd10": ["E11.65", "I10"], "charge": 245.0},
                              {"dos": ymd(day(-12)), "cpt": "83036", "icd10": ["E11.65"], "charge": 48.0},
                              {"dos": ymd(day(-12)), "cpt": "20610", "icd10": ["M17.11"], "charge": 310.0}],
             "renderingProvider": {"name": "Priya Raman MD", "npi": None}}
    body = f"""{EXT_BANNER}

Claim rejected at the front end (277CA). Details attached in JSON. Correct and resubmit within 5 business days.

{ch.full}
ClearPath EDI Support"""
    return M("inbound clearinghouse rejection JSON: named subscriber, member id, DOB, CPT and ICD-10 lines", "277CA rejection",
             ch, [pb], MIX(T(body), A("277CA_rejection.json", json.dumps(claim, indent=2))), inbound=True)


@reg("billing_claim")
def _():
    pt = P()
    mem, d = member(), dob(50, 75)
    ap = S("Appeals Coordinator", "RHIA", "Revenue Cycle")
    plan = X("riversidehealthplan.example.org", "Appeals and Grievances", org="Riverside Health Plan")
    body = f"""{EXT_BANNER if False else ''}RE: First-level appeal - {pt.full}, member ID {mem}, DOB {mdy(d)}
Claim C{digits(10)}, date of service {mdy(day(-48))}-{mdy(day(-45))}

Riverside Health requests reconsideration of the denial of inpatient status for this admission. The patient presented with diabetic ketoacidosis (E11.10): pH 7.08, bicarbonate 6 mEq/L, anion gap 28, glucose 612 mg/dL, requiring an insulin infusion in the ICU for 31 hours and two midnights of hospital care. This meets InterQual acute criteria and the two-midnight benchmark.

Enclosed: H&P, ICU flowsheets, endocrinology consult.

Sincerely,
{ap.full}, RHIA
Appeals Coordinator, Riverside Health"""
    return M("payer appeal letter (QP): named member with member id, DOB, DKA admission, labs", "Appeal - inpatient denial",
             ap, [plan], T(body.lstrip(), "quoted-printable"))


@reg("billing_claim")
def _():
    pts = [P() for _ in range(3)]
    ctrl = digits(9)
    edi = [f"ISA*00*          *00*          *ZZ*RHPLAN         *ZZ*RIVERSIDEHLTH  *{h7(day(0))[2:]}*0712*^*00501*{ctrl}*0*P*:~",
           f"GS*HP*RHPLAN*RIVERSIDEHLTH*{h7(day(0))}*0712*{ctrl[:6]}*X*005010X221A1~", "ST*835*0001~",
           f"BPR*I*4126.55*C*ACH*CCP*01*{digits(9)}*DA*{digits(10)}*1{digits(9)}**01*{digits(9)}*DA*{digits(10)}*{h7(day(2))}~",
           f"TRN*1*{digits(12)}*1{digits(9)}~", "N1*PR*RIVERSIDE HEALTH PLAN~", f"N1*PE*RIVERSIDE HEALTH*XX*{npi()}~"]
    for p, (cpt, chg, paid) in zip(pts, [("99285", "1820", "744.10"), ("93000", "86", "21.40"), ("74177", "2960", "3361.05")]):
        edi += [f"CLP*{digits(8)}*1*{chg}*{paid}*0*12*{digits(14)}*13*1~", f"NM1*QC*1*{p.last.upper()}*{p.first.upper()}****MI*{member()}~",
                f"DTM*232*{h7(day(-R.randint(20, 60)))}~", f"SVC*HC:{cpt}*{chg}*{paid}~", "CAS*CO*45*" + str(round(float(chg) - float(paid), 2)) + "~"]
    edi += ["SE*23*0001~", f"GE*1*{ctrl[:6]}~", f"IEA*1*{ctrl}~"]
    pc = S("Cash Posting Specialist", "", "Revenue Cycle")
    lead = S("Cash Posting Lead", "", "Revenue Cycle")
    body = f"""{lead.first},

The 835 below would not auto-post - the third CLP pays more than billed. Segments attached as text so you can see the NM1*QC patient loops. Can you call the plan?

{pc.sig}"""
    return M("835 remittance TXT: named patients (NM1*QC) with member ids, CPT codes and payments", "835 will not post",
             pc, [lead], MIX(T(body), A("835_exception.txt", "\n".join(edi) + "\n", cte="7bit")))


@reg("billing_claim")
def _():
    pt = P()
    ag = X("summit-recovery.example.org", "Collections", org="Summit Recovery Services")
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first.lower()}_{pt.last.lower()}@mailbox.example")
    cs = box("Riverside Billing Customer Service", f"billing@{DOM}")
    inner_body = f"""NOTICE OF COLLECTION ACCOUNT

{pt.full.upper()}
Original creditor: Riverside Health
Service: Ambulance transport and emergency department care, {mdy(day(-140))}
Account: SRS-{digits(8)}
Balance: $2,315.60

This is an attempt to collect a debt. Call {phone()} to arrange payment."""
    inner = inner_msg("Collection notice", ag, [pe], T(inner_body), offset=-2)
    body = f"""I was sent to collections for my ambulance ride and ER visit after my seizure in {MONTHS[day(-140).month - 1]}. I applied for financial assistance in the hospital and was told I qualified at 100%. Please pull this back from collections - forwarded notice below.

{pt.full}
{phone()}"""
    return M("patient forwards a collection notice (rfc822): name, ambulance/ED care after a seizure, balance, charity care",
             "FW: Collection notice", pe, [cs], MIX(T(body), FWD("Collection notice.eml", inner)), inbound=True)


# ---- hl7 --------------------------------------------------------------------------------------------------
def hl7_mail(note, subject, frm, to, body, fn, msg, ct="x-application/hl7-v2+er7", **kw):
    return M(note, subject, frm, to, MIX(T(body), A(fn, msg, ct=ct)), **kw)


@reg("hl7")
def _():
    pt = P()
    m, d = mrn(), dob(40, 85)
    it = S("Interface Analyst", "", "IS Integration")
    bed = S("Bed Management Analyst", "", "Patient Flow")
    msg = hl7(msh("ADT^A01^ADT_A01", receiving="TELETRACK^RIVERSIDE"), f"EVN|A01|{h7(day(0))}0412",
              pid_seg(pt, m, d, ssn_=ssn()), f"PV1|1|I|4W^409^B^RIVMAIN||||{npi()}^Mercer^Wayne^^^^MD|||MED||||7|||{npi()}^Mercer^Wayne^^^^MD|IN||RHP|||||||||||||||||||RIVMAIN||ADM|||{h7(day(0))}0355",
              "DG1|1||I50.23^Acute on chronic systolic (congestive) heart failure^I10||A",
              "AL1|1|DA|70618^Penicillin^RxNorm|MO|Hives")
    body = f"{bed.first}, here is the A01 from 03:55 that did not create a bed assignment in TeleTracking. PV1-3 looks right to me - 4W/409/B. Can you check the unit mapping on your side?\n\n{it.sig}"
    return hl7_mail("ADT^A01 HL7 attachment: PID with name, MRN, DOB, SSN, address; admit diagnosis", "A01 not creating bed",
                    it, [bed], body, "ADT_A01.hl7", msg)


@reg("hl7")
def _():
    pt = P()
    m, d = mrn(), dob(1, 17)
    mom = P(g="f")
    mom.last = pt.last
    lab = S("Laboratory Information Systems Analyst", "MLS(ASCP)", "Laboratory IS")
    it = S("Interface Engineer", "", "IS Integration")
    ts = h7(day(0)) + "0845"
    msg = hl7(msh("ORU^R01^ORU_R01", sending="SUNQUEST^RIVLAB", receiving="EPIC^RIVERSIDE"), pid_seg(pt, m, d),
              f"NK1|1|{pt.last.upper()}^{mom.first.upper()}|MTH^Mother",
              f"PV1|1|E|PEDED^12^^RIVCHILD",
              f"OBR|1|{digits(8)}|{digits(10)}|CBCD^CBC WITH DIFFERENTIAL^L|||{ts}|||||||||{npi()}^Gallagher^Maeve^^^^MD||||||{ts}||HM|F",
              f"OBX|1|NM|6690-2^WBC^LN||24.8|10*3/uL|4.5-13.5|H|||F|||{ts}",
              f"OBX|2|NM|718-7^Hemoglobin^LN||7.1|g/dL|11.5-15.5|LL|||F|||{ts}",
              f"OBX|3|NM|777-3^Platelets^LN||18|10*3/uL|150-450|LL|||F|||{ts}",
              f"OBX|4|NM|26446-3^Blasts/100 leukocytes^LN||62|%|0|HH|||F|||{ts}",
              "NTE|1||CRITICAL VALUES CALLED TO RN IN PED ED AND READ BACK. PATHOLOGIST REVIEW OF SMEAR TO FOLLOW.")
    body = f"""{it.first},

ORU from this morning for the peds ED. Results filed, but the NTE did not display in Results Review. Raw message attached (CR separators preserved).

{lab.sig}"""
    return hl7_mail("ORU^R01 HL7: child's PID (name, MRN, DOB), mother in NK1, CBC with blasts and critical values",
                    "NTE not displaying", lab, [it], body, "ORU_R01_ped.hl7", msg, ct="application/hl7-v2", label="phi:Confidential-PHI")


@reg("hl7")
def _():
    pt = P()
    m, d = mrn(), dob(30, 75)
    it = S("Integration Engineer", "", "IS Integration")
    rad = S("Radiology Informatics", "RT(R)", "Imaging IS")
    msg = hl7(msh("ORM^O01^ORM_O01", receiving="RADIANT^RIVERSIDE", ver="2.3"), pid_seg(pt, m, d),
              "PV1|1|O|RADCT^^^RIVMAIN",
              f"ORC|NW|{digits(9)}|||SC||^^^{h7(wday(1))}0930^^R||{h7(day(0))}1102|||{npi()}^Barlow^Carol^^^^MD",
              f"OBR|1|{digits(9)}||IMG1234^CT CHEST ANGIOGRAPHY W CONTRAST^RIVIMG|||{h7(day(0))}1102||||||Pleuritic chest pain, D-dimer 1.9, on OCPs r/o PE|||{npi()}^Barlow^Carol^^^^MD",
              "DG1|1||R07.81^Pleurodynia^I10", "NTE|1||Allergy: iodinated contrast - mild hives 2019. 13-h prednisone/diphenhydramine premedication ordered.")
    body = f"{rad.first} - ORM for the CTA that landed without an accession. Attached. - {it.first}"
    return hl7_mail("ORM^O01 HL7: named patient PID, CT angiography order with clinical indication and contrast allergy",
                    "Order without accession", it, [rad], body, "ORM_O01.hl7", msg, ct="text/plain")


@reg("hl7")
def _():
    pt = P()
    m, d = mrn(), dob(20, 70)
    sch = S("Scheduling Systems Analyst", "", "IS Access")
    vend = X("remindly.example.org", "Integration Support", org="Remindly")
    st = at(wday(5), 14, 0)
    msg = hl7(msh("SIU^S12^SIU_S12", receiving="REMINDLY^VENDOR"),
              f"SCH|{digits(8)}|{digits(8)}|||||BEHAV^Behavioral health follow-up|PSYCH^Psychiatry med management|50|min|^^50^{st.strftime('%Y%m%d%H%M')}",
              pid_seg(pt, m, d), "PV1|1|O|BHOP^^^RIVBH",
              "RGS|1", f"AIS|1||99214^Medication management, bipolar I disorder (F31.81)|{st.strftime('%Y%m%d%H%M')}|||50|min",
              f"AIP|1||{npi()}^Nakamura^Emiko^^^^MD|PSYCH")
    body = f"""{vend.first},

The attached SIU is being sent to you with the diagnosis in AIS-3. Please confirm your templates never print AIS-3 in the reminder text - that would disclose a psychiatric diagnosis to anyone reading the patient's phone. We are also changing the feed to blank that field.

{sch.sig}"""
    return hl7_mail("SIU^S12 HL7: named patient scheduled for psychiatry with bipolar diagnosis in AIS-3", "Reminder feed content",
                    sch, [vend], body, "SIU_S12.hl7", msg)


@reg("hl7")
def _():
    pt = P()
    m, d = mrn(), dob(45, 85)
    him = S("HIM Transcription Supervisor", "RHIT", "Health Information Management")
    it = S("Interface Analyst", "", "IS Integration")
    txt = ("OPERATIVE NOTE~PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis (K80.20).~PROCEDURE: Laparoscopic cholecystectomy."
           "~FINDINGS: Distended gallbladder with multiple stones; no choledocholithiasis on IOC.~EBL: 10 mL. Patient to PACU in stable condition.")
    msg = hl7(msh("MDM^T02^MDM_T02", sending="DICTATE^RIVHIM", receiving="EPIC^RIVERSIDE"), f"EVN|T02|{h7(day(0))}1510",
              pid_seg(pt, m, d), "PV1|1|I|OR^08^^RIVMAIN",
              f"TXA|1|OP^Operative Note|TX|{h7(day(0))}1130|{npi()}^Pruitt^Dennis^^^^MD||{h7(day(0))}1510|||||{digits(10)}||||AU",
              f"OBX|1|TX|OPNOTE||{txt.replace('~', '~')}||||||F")
    body = f"""{it.first},

Op note MDM attached - the '~' line breaks in OBX-5 are being shown literally instead of as new lines in the chart. Same for all dictations since the upgrade.

{him.sig}"""
    return hl7_mail("MDM^T02 HL7: named patient's operative note with diagnosis and findings", "Line breaks in op notes",
                    him, [it], body, "MDM_T02.hl7", msg)


@reg("hl7")
def _():
    pt = P()
    m, d = mrn(), dob(50, 90)
    ph = S("Pharmacy Informatics Pharmacist", "PharmD", "Pharmacy Informatics")
    it = S("Interface Engineer", "", "IS Integration")
    msg = hl7(msh("RDE^O11^RDE_O11", receiving="OMNICELL^RIVMAIN"), pid_seg(pt, m, d), "PV1|1|I|ICU^07^A^RIVMAIN",
              f"ORC|NW|{digits(9)}||||||||||{npi()}^Caldwell^Heather^^^^MD",
              "RXE|^^^{0}0800^^R|NOREPI^norepinephrine 16 mg/250 mL NS^RIVFORM|0.05||mcg/kg/min|IV infusion|Titrate to MAP >= 65; max 0.5 mcg/kg/min".format(h7(day(0))),
              "RXR|IV^Intravenous", "DG1|1||R65.21^Severe sepsis with septic shock^I10")
    body = f"{it.first} - RDE attached; the Omnicell profile shows the rate unit as 'mcg/min'. Patient is in ICU 7A. Please look before the next titration order. - {ph.first}"
    return hl7_mail("RDE^O11 HL7: named ICU patient, vasopressor order, septic shock diagnosis", "Rate unit mapping", ph, [it], body,
                    "RDE_O11.hl7", msg, importance="High")


@reg("hl7")
def _():
    pt = P()
    m, d = mrn(), dob(0, 2)
    mom = P(g="f")
    imm = S("Immunization Registry Coordinator", "RN", "Population Health")
    reg_ = X("ohio-imms.example.org", "Registry Help Desk", org="Ohio Immunization Registry")
    msg = hl7(msh("VXU^V04^VXU_V04", receiving="OHIOIMMS^STATE"), pid_seg(pt, m, d),
              f"PD1|||||||||||02^Reminder/recall - any method^HL70215", f"NK1|1|{mom.last.upper()}^{mom.first.upper()}|MTH^Mother^HL70063",
              f"ORC|RE||{digits(9)}",
              f"RXA|0|1|{h7(day(0))}||20^DTaP^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|||||||{R.choice('ABCDEFG')}{digits(5)}|{h7(day(300))}|SKB^GlaxoSmithKline^MVX|||CP|A",
              "RXR|C28161^Intramuscular^NCIT|RT^Right thigh^HL70163",
              f"RXA|0|1|{h7(day(0))}||116^Rotavirus, pentavalent^CVX|2|mL^mL^UCUM||00^New immunization record^NIP001|||||||{R.choice('HJKLMN')}{digits(6)}|{h7(day(200))}|MSD^Merck^MVX|||CP|A")
    body = f"""{reg_.first},

VXU attached that your system rejected with 'NK1 required for minor' - but NK1 is present. Can you tell us which field is failing?

{imm.sig}"""
    return hl7_mail("VXU^V04 HL7: infant PID with mother in NK1, vaccines administered", "VXU rejected", imm, [reg_], body,
                    "VXU_V04.hl7", msg)


@reg("hl7")
def _():
    pt = P()
    m, d = mrn(), dob(25, 80)
    it = S("Interface Analyst", "", "IS Integration")
    reg_ = S("Registration Systems Lead", "", "Patient Access")
    msg = hl7(msh("ADT^A03^ADT_A03", receiving="CAREMGMT^RIVERSIDE"), f"EVN|A03|{h7(day(0))}1627",
              pid_seg(pt, m, d, ssn_=ssn()), f"PV1|1|I|5N^512^A^RIVMAIN||||||||||||||||||||||||||||||||||01|||||{h7(day(-3))}0622|{h7(day(0))}1627",
              "DG1|1||N17.9^Acute kidney failure, unspecified^I10||F", "DG1|2||E86.0^Dehydration^I10||F")
    seg_text = msg.replace("\r", "\n")
    body = f"""{reg_.first},

Pasting the A03 here because the attachment filter stripped it last time. Discharge time in PV1-45 is correct but care management shows the patient still in house:

{seg_text}
{it.sig}"""
    return M("HL7 ADT^A03 pasted inline in a QP body: PID with name, MRN, DOB, SSN and discharge diagnoses",
             "A03 not closing encounter", it, [reg_], T(body, "quoted-printable"))


# ---- ccda -------------------------------------------------------------------------------------------------
def ccda_mail(note, subject, frm, to, body, fn, doc, cte="7bit", **kw):
    return M(note, subject, frm, to, MIX(T(body, cte), A(fn, doc)), **kw)


@reg("ccda")
def _():
    pt = P()
    m, d = mrn(), dob(55, 85)
    pcp = S("Family Physician", "MD", "Riverside Primary Care")
    ext = X("lakeview-cardiology.example.org", "Cardiologist", "MD", org="Lakeview Cardiology")
    doc = ccda("Continuity of Care Document", "34133-9", pt, m, d, pcp, [
        ("Problems", "11450-4", "<list><item>Essential hypertension (I10)</item><item>Paroxysmal atrial fibrillation (I48.0)</item><item>Hyperlipidemia (E78.5)</item></list>"),
        ("Medications", "10160-0", "<list><item>Apixaban 5 mg BID</item><item>Diltiazem ER 180 mg daily</item><item>Atorvastatin 40 mg daily</item></list>"),
        ("Allergies", "48765-2", "<list><item>Codeine - nausea</item></list>"),
        ("Results", "30954-2", "<table><tr><td>TSH</td><td>2.1 mIU/L</td></tr><tr><td>Creatinine</td><td>1.0 mg/dL</td></tr></table>")])
    body = f"""{EXT_BANNER if False else ''}Dr. {ext.last},

CCD attached for {pt.full} ahead of the ablation consult. Let me know if you cannot import it.

{pcp.sig}"""
    return ccda_mail("C-CDA CCD: recordTarget with name, MRN, DOB, address; problems, medications, results", "CCD for consult",
                     pcp, [ext], body.lstrip(), "CCD.xml", doc, label="phi:Confidential - PHI")


@reg("ccda")
def _():
    pt = P()
    m, d = mrn(), dob(20, 60)
    hosp = S("Hospitalist", "DO", "Hospital Medicine")
    fqhc = X("southside-chc.example.org", "Care Coordinator", "RN", org="Southside Community Health Center")
    doc = ccda("Discharge Summary", "18842-5", pt, m, d, hosp, [
        ("Hospital Course", "8648-8", "Admitted with diabetic ketoacidosis precipitated by missed insulin doses. Insulin infusion 22 h, transitioned to basal-bolus."),
        ("Discharge Diagnosis", "11535-2", "<list><item>E10.10 Type 1 diabetes mellitus with ketoacidosis without coma</item></list>"),
        ("Discharge Medications", "10183-2", "<list><item>Insulin glargine 24 units nightly</item><item>Insulin aspart 1 unit/10 g carbohydrate</item></list>"),
        ("Instructions", "69730-0", "Endocrinology follow-up in 1 week; diabetes education completed; glucagon prescribed.")])
    body = f"{fqhc.first},\n\nDischarge summary (C-CDA) attached for your patient, discharged today.\n\n{hosp.sig}"
    return ccda_mail("C-CDA discharge summary: named patient with type 1 DM with DKA, insulin regimen", "Discharge summary",
                     hosp, [fqhc], body, "DischargeSummary.xml", doc)


@reg("ccda")
def _():
    pt = Named("José", "Ibáñez", "m")
    m, d = mrn(), dob(60, 80)
    urol = S("Urologist", "MD", "Riverside Urology")
    onc = S("Radiation Oncologist", "MD", "Riverside Cancer Center")
    doc = ccda("Referral Note", "57133-1", pt, m, d, urol, [
        ("Reason for Referral", "42349-1", "Intermediate-risk prostate adenocarcinoma (C61), Gleason 3+4=7, PSA 8.9 ng/mL; discuss external beam radiation vs surgery."),
        ("Problems", "11450-4", "<list><item>C61 Malignant neoplasm of prostate</item><item>N40.1 BPH with LUTS</item></list>"),
        ("Medications", "10160-0", "<list><item>Tamsulosin 0.4 mg daily</item></list>")], lang="es-US")
    body = f"""Dr. {onc.last},

Referral C-CDA for Sr. José Ibáñez attached. He prefers Spanish; his son will join the visit.

{urol.sig}"""
    return ccda_mail("C-CDA referral note with accented patient name (UTF-8 XML): prostate cancer, PSA, Gleason",
                     "Referral - radiation oncology", urol, [onc], body, "ReferralNote.xml", doc, cte="quoted-printable")


@reg("ccda")
def _():
    pt = P()
    m, d = mrn(), dob(30, 70)
    pulm = S("Pulmonologist", "MD", "Riverside Pulmonary")
    hie = box("HIE Document Exchange", f"hie.exchange@{DOM}")
    doc = ccda("Progress Note", "11506-3", pt, m, d, pulm, [
        ("Assessment", "51848-0", "Moderate persistent asthma (J45.40), poorly controlled; ACT score 13. FEV1 61% predicted."),
        ("Plan of Treatment", "18776-5", "Start budesonide/formoterol 160/4.5 two puffs BID; add montelukast 10 mg; allergy referral; recheck 6 weeks."),
        ("Vital Signs", "8716-3", "<table><tr><td>SpO2</td><td>95%</td></tr><tr><td>BMI</td><td>31.4</td></tr></table>")])
    body = "Progress note document queued for outbound query response. Attached for audit per HIE policy 4.2."
    return ccda_mail("C-CDA progress note: named patient with asthma, spirometry and plan", "Outbound document audit copy",
                     hie, [box("Privacy Office Audit", f"privacy.audit@{DOM}")], body, "ProgressNote.xml", doc)


@reg("ccda")
def _():
    pt = P()
    m, d = mrn(), dob(60, 90)
    geri = S("Geriatrician", "MD", "Riverside Senior Care")
    al = X("willowbrook-al.example.org", "Director of Nursing", "RN", org="Willowbrook Assisted Living")
    doc = ccda("Care Plan", "52521-2", pt, m, d, geri, [
        ("Health Concerns", "75310-3", "<list><item>Recurrent falls (R29.6)</item><item>Alzheimer disease, late onset (G30.1)</item><item>Orthostatic hypotension (I95.1)</item></list>"),
        ("Goals", "61146-7", "No falls in 90 days; maintain independent transfers with walker."),
        ("Interventions", "62387-6", "Taper donepezil evening dose to morning; stop tamsulosin; compression stockings; PT 2x/week; bed alarm at night.")])
    body = f"{al.first}, updated care plan for {pt.full} attached for your nursing staff. - {geri.full}, MD"
    inner = inner_msg("Updated care plan", geri, [al], MIX(T(body), A("CarePlan.xml", doc)), offset=-1)
    dn = S("Care Transitions Nurse", "RN", "Riverside Senior Care")
    return M("forwarded message (rfc822) containing a C-CDA care plan: named resident with dementia and falls",
             "FW: Updated care plan", dn, [geri], MIX(T(f"Dr. {geri.last}, Willowbrook says the XML would not import - resending your original below so they can try again. - {dn.first}"),
                                                     FWD("Updated care plan.eml", inner)))


@reg("ccda")
def _():
    pt = P()
    m, d = mrn(), dob(18, 50)
    pe = Person(pt.first, pt.last, pt.g, email=f"{pt.first.lower()}.{pt.last.lower()}@mailbox.example")
    rec = box("Riverside Health Information Management", f"him.requests@{DOM}")
    doc = ccda("Laboratory Report", "11502-2", pt, m, d, S("Pathologist", "MD"), [
        ("Results", "30954-2", "<table><tr><td>Celiac tTG-IgA</td><td>&gt;100 U/mL (ref &lt;4)</td></tr><tr><td>Total IgA</td><td>212 mg/dL</td></tr><tr><td>Duodenal biopsy</td><td>Marsh 3b villous atrophy</td></tr></table>"),
        ("Problems", "11450-4", "<list><item>K90.0 Celiac disease</item></list>")], org="Riverside Health Laboratory Services")
    body = f"""Hi,

I downloaded this from the patient portal ('Download my record') and I need it sent to my new gastroenterologist in Columbus - is the attached file what they need? It says my celiac results.

{pt.full}"""
    return ccda_mail("patient sends own C-CDA lab report: named patient with celiac serology and biopsy", "my records",
                     pe, [rec], body, "Lab_Report.xml", doc, inbound=True)


@reg("ccda")
def _():
    pt = P()
    m, d = mrn(), dob(40, 70)
    surg = S("Cardiothoracic Surgeon", "MD", "Riverside Heart & Vascular")
    ext = X("valleyview-cardiology.example.org", "Cardiologist", "MD", org="Valley View Cardiology")
    doc = ccda("Procedure Note", "28570-0", pt, m, d, surg, [
        ("Procedure Description", "29554-3", "Coronary artery bypass grafting x3 (LIMA-LAD, SVG-OM1, SVG-RCA), on pump, 84 min cross-clamp."),
        ("Procedure Indications", "59768-2", "Three-vessel coronary artery disease (I25.10) with unstable angina (I20.0); LVEF 40%."),
        ("Postprocedure Diagnosis", "59769-0", "Same; no complications."),
        ("Medications", "10160-0", "Aspirin 81 mg, atorvastatin 80 mg, metoprolol tartrate 25 mg BID, amiodarone 200 mg BID x 30 days.")])
    body = f"Dr. {ext.last},\n\nOperative summary for your patient {pt.full} attached (C-CDA R2.1).\n\n{surg.sig}"
    return M("C-CDA procedure note (base64 UTF-8 XML inside HTML+text alt): named patient with CABG and medications",
             "Operative summary", surg, [ext], MIX(ALT(body, page(paras(body))), A("ProcedureNote.xml", doc)),
             label="phi:Confidential PHI")


# ---- imaging ----------------------------------------------------------------------------------------------
@reg("imaging")
def _():
    pt = P()
    rad = S("Neuroradiologist", "MD", "Radiology")
    ed = S("Emergency Medicine", "MD", "Emergency Department - Main")
    body = f"""Dr. {ed.last},

Documenting my call at 22:14: CT head without contrast on {pt.full} (ED room 6) shows a 12 mm left frontal intraparenchymal hemorrhage with 3 mm of midline shift and surrounding edema. No intraventricular extension. {pt.He} is on warfarin per the history - INR was 3.4.

Recommend reversal with 4-factor PCC and vitamin K, neurosurgery consult, repeat CT in 6 hours. Final report signed in PACS.

{rad.sig}"""
    return M("critical imaging result: named patient with intracranial hemorrhage, anticoagulant and INR", "Critical result - room 6",
             rad, [ed], T(body), importance="High")


@reg("imaging")
def _():
    pt = P(g="f")
    m, d = mrn(), dob(40, 74)
    st, c, stt, z = address(False)
    bc = S("Breast Center Coordinator", "", "Riverside Breast Center")
    lines = [f"{mdy(day(0))}", "", pt.full, st, f"{c}, {stt} {z}", "", f"MRN: {m}    Date of birth: {mdy(d)}", "",
             f"Dear {pt.mr},", "", f"Thank you for having your mammogram at Riverside Breast Center on {long(day(-4))}.",
             "Your screening mammogram found an area that needs more images before a final result can be given",
             "(BI-RADS 0 - incomplete, left breast, focal asymmetry upper outer quadrant). Most call-backs are not cancer.",
             "", f"We have reserved a diagnostic mammogram and ultrasound for {dname(wday(6))}, {long(wday(6))} at 8:20 AM.",
             "A copy of this letter has been sent to your health-care provider.", "", "Sincerely,", "Riverside Breast Center"]
    body = f"Result letter attached for {pt.last} - she asked for an e-mailed copy in addition to the mailed one. - {bc.first}"
    return M("uncompressed PDF mammography call-back letter: named patient, home address, MRN, DOB, BI-RADS 0", "Letter copy",
             bc, [box("Riverside Breast Center Secure Outbox", f"breastcenter@{DOM}")],
             MIX(T(body), PDF("mammo_callback_letter.pdf", lines, flate=False)))


@reg("imaging")
def _():
    pt = P()
    us = S("Sonographer", "RDMS", "Imaging Services - Pickerington")
    rad = S("Radiologist", "MD", "Radiology")
    h = page(paras(f"Dr. {rad.last},\n\nPrelim worksheet for {pt.full}, RUQ ultrasound 14:30:") +
             "\n" + table(["Finding", "Measurement"], [["Gallbladder wall", "5.2 mm, thickened"], ["Pericholecystic fluid", "Present"],
                                                       ["Stones", "Multiple, largest 1.9 cm, impacted in neck"], ["Sonographic Murphy sign", "Positive"],
                                                       ["CBD", "5 mm"]]) + "\n" +
             paras(f"Looks like acute calculous cholecystitis to me. Surgery is waiting for your read before they take {pt.him} tonight.\n\n{us.full}, RDMS"))
    return M("HTML ultrasound worksheet: named patient with gallbladder findings (acute cholecystitis)", "RUQ prelim",
             us, [rad], H(h, "base64"))


@reg("imaging")
def _():
    pt = P()
    d = dob(18, 45)
    sm = S("Sports Medicine Physician", "MD", "Riverside Sports Medicine")
    at_ = X("capital-university.example.org", "Head Athletic Trainer", "ATC", org="Capital University Athletics")
    h = page(paras(f"{at_.first},\n\n{pt.full}'s MRI of the right knee (DOB {mdy(d)}) was read this morning:") +
             "\n<ul><li>Complete tear of the anterior cruciate ligament</li><li>Bucket-handle tear of the medial meniscus, flipped fragment</li>"
             "<li>Bone bruising lateral femoral condyle and posterolateral tibial plateau</li></ul>\n" +
             paras(f"{pt.He} signed the athletics release. Out for the season; surgical consult with Dr. Lockhart on {dname(wday(2))}. "
                   f"Please keep {pt.him} non-weight-bearing in the hinged brace until then.\n\n{sm.full}, MD"))
    return M("multipart/alternative knee MRI result to athletic trainer (with release): named athlete, DOB, ACL tear",
             "MRI result", sm, [at_], HALT(h))


@reg("imaging")
def _():
    pt = P()
    m = mrn()
    rad = S("Radiologist", "MD", "Radiology")
    txt = f"""RIVERSIDE HEALTH - DIAGNOSTIC RADIOLOGY REPORT
Patient: {pt.lf}    MRN: {m}
Exam: XR CHEST 2 VIEWS (71046)    Date: {mdy(day(0))}
Indication: Cough, fever, hypoxia

FINDINGS: Dense consolidation right lower lobe with air bronchograms. Small right pleural effusion. Heart size normal. No pneumothorax.
IMPRESSION: Right lower lobe pneumonia with small parapneumonic effusion. Follow-up radiograph in 6-8 weeks to document resolution.

Electronically signed: {rad.full}, MD
"""
    ucn = S("Urgent Care Physician", "DO", "Riverside Urgent Care - Canal Winchester")
    body = f"{ucn.dr}, the over-read of your urgent-care film is attached as text since your clinic's EHR inbox is down. - {rad.first}"
    return M("TXT radiology report: named patient with MRN, pneumonia and effusion", "Over-read", rad, [ucn],
             MIX(T(body), A("XR_chest_report.txt", txt, cte="base64")))


@reg("imaging")
def _():
    pt = P()
    nm = S("Nuclear Cardiology", "MD", "Riverside Heart & Vascular")
    body = f"""{pt.first} {pt.last} - regadenoson SPECT myocardial perfusion, {mdy(day(0))}:

- Moderate-size, severe reversible defect in the inferolateral wall (ischemia, about 15% of myocardium)
- Post-stress LVEF 48%, transient ischemic dilation ratio 1.21
- No ECG changes; typical regadenoson symptoms (flushing, dyspnea)

High-risk features. I recommended coronary angiography and called {pt.his} cardiologist; cath lab tentatively {dname(wday(1))}. Please continue aspirin and add metoprolol 25 mg BID.

{nm.sig}"""
    np_ = S("Cardiology Nurse Practitioner", "APRN-CNP", "Riverside Heart & Vascular")
    return M("nuclear stress test result (base64 body): named patient with ischemia and management", "Stress test - high risk",
             nm, [np_], T(body, "base64"))


@reg("imaging")
def _():
    pt = P()
    m, d = mrn(), dob(30, 80)
    pacs = S("PACS Administrator", "CIIP", "Imaging IS")
    vend = X("cloudread-teleradiology.example.org", "Support Engineer", org="CloudRead Teleradiology")
    qido = [{"00080020": {"vr": "DA", "Value": [h7(day(0))]}, "00080050": {"vr": "SH", "Value": [f"ACC{digits(8)}"]},
             "00080061": {"vr": "CS", "Value": ["CT"]}, "00081030": {"vr": "LO", "Value": ["CT ABDOMEN PELVIS W CONTRAST"]},
             "00100010": {"vr": "PN", "Value": [{"Alphabetic": f"{pt.last.upper()}^{pt.first.upper()}"}]},
             "00100020": {"vr": "LO", "Value": [m]}, "00100030": {"vr": "DA", "Value": [h7(d)]},
             "00100040": {"vr": "CS", "Value": [pt.g.upper()]}, "00321060": {"vr": "LO", "Value": ["RLQ pain, fever - r/o appendicitis"]},
             "0020000D": {"vr": "UI", "Value": [f"1.2.840.113619.2.{R.randint(100, 999)}.{digits(10)}.{digits(6)}"]}}]
    body = f"""{vend.first},

Here is the QIDO-RS response for the study your radiologist could not open overnight (appendicitis rule-out, ED). Study instance UID matches what we routed at 02:10. Can you check your gateway logs?

{pacs.sig}"""
    return M("DICOMweb QIDO JSON: patient name, MRN, DOB and CT indication for suspected appendicitis", "Study not opening",
             pacs, [vend], MIX(T(body), A("qido_response.json", json.dumps(qido, indent=1))))


# ---- label (PHI sensitivity label, innocuous body) --------------------------------------------------------
@reg("label")
def _():
    a, b = S("Revenue Cycle Director"), S("Patient Access Manager")
    return M("PHI sensitivity label (name 'Confidential PHI'); body just 'Approved.'", "RE: request", a, [b],
             T(f"Approved.\n\n{a.first}"), label="phi:Confidential PHI", reply=True)


@reg("label")
def _():
    a, b = S("Nurse Manager, 6 West", "MSN, RN"), S("Hospitalist", "MD")
    return M("PHI sensitivity label spelled 'confidential-phi'; QP body asks for a call", "Quick question", a, [b],
             T(f"Can you call me when you're out of rounds? It's about the family meeting tomorrow - nothing urgent.\n\n{a.first}", "quoted-printable"),
             label="phi:confidential-phi")


@reg("label")
def _():
    a, b = S("HIM Director", "RHIA"), S("Privacy Officer", "CHPC")
    h = page(paras(f"{b.first},<br><br>Attached as discussed. Let me know if you need the cover sheet re-scanned.<br><br>{a.full}"))
    lines = ["SCANNED DOCUMENT - COVER SHEET", f"Scanned {mdy(day(0))} by HIM imaging station 3", "Pages: 14"]
    return M("PHI sensitivity label 'Confidential - PHI'; HTML body 'Attached as discussed' and a one-line scan-cover PDF",
             "Attached as discussed", a, [b], MIX(H(h), PDF("scan_0412.pdf", lines, flate=True)), label="phi:Confidential - PHI")


@reg("label")
def _():
    a, b = S("Care Management Supervisor", "RN"), S("Social Worker", "LSW")
    return M("PHI sensitivity label with the name omitted (GUID only); base64 body 'see you at 2'", "2:00", a, [b],
             T(f"Works for me - see you at 2 in the 4th floor conference room.\n{a.first}", "base64"), label="phi:-")


@reg("label")
def _():
    a, b = S("Coding Manager", "CCS"), S("CDI Specialist", "RN, CCDS")
    rows = [["Week", "Queries sent", "Answered"], ["1", "42", "39"], ["2", "51", "47"]]
    return M("PHI sensitivity label 'CONFIDENTIAL PHI' on a message whose CSV has only weekly query counts", "Weekly numbers",
             a, [b], MIX(T("Numbers attached. Thanks for turning these around so fast.", "quoted-printable"), A("weekly.csv", csvtext(rows))),
             label="phi:CONFIDENTIAL PHI")


@reg("label")
def _():
    a, b = S("Patient Safety Specialist", "RN"), S("Quality Director", "MBA, RN")
    h = page(paras("Thanks - I'll bring copies.<br><br>" + a.first))
    return M("PHI sensitivity label 'Confidential_PHI' on a one-line HTML/plain alternative reply", "RE: RCA agenda",
             a, [b], HALT(h), label="phi:Confidential_PHI", reply=True)


# ---- mbi --------------------------------------------------------------------------------------------------
@reg("mbi")
def _():
    pt = P()
    d = dob(66, 90)
    pa = S("Patient Access Representative", "", "Patient Access - Main")
    body = f"""Eligibility check for {pt.full}, DOB {mdy(d)}, scheduled for outpatient cardiac rehab starting {dname(wday(3))}:

  MBI: {mbi('-')}
  Part A effective {mdy(datetime.date(d.year + 65, d.month, 1))}; Part B effective same
  No Medicare Advantage plan on file; Medigap with Anthem (supplement)

Rehab order is for I25.10 after PCI - covered under Part B, 36 sessions. Registered as Medicare primary.

{pa.sig}"""
    sup = S("Cardiac Rehab Coordinator", "RN")
    return M("Medicare eligibility with dashed MBI: named patient, DOB, cardiac rehab order and diagnosis", "Eligibility - rehab",
             pa, [sup], T(body))


@reg("mbi")
def _():
    pt = P(g="m")
    wife = X("webmail.example", "", g="f")
    wife.last = pt.last
    wife.email = f"{wife.first.lower()}.{pt.last.lower()}@webmail.example"
    office = box("Riverside Neurology - Front Desk", f"neuro.frontdesk@{DOM}")
    body = f"""Hello,

My husband {pt.full} got his new red-white-and-blue Medicare card in the mail. His Medicare number is now {mbi()} - please update it before his Parkinson's follow-up with Dr. Kobayashi on the {day(9).day}th so the claim doesn't bounce again like last time.

Thank you,
{wife.first} {pt.last}"""
    return M("spouse sends husband's new MBI with his Parkinson's follow-up appointment", "New Medicare number", wife, [office],
             T(body, "quoted-printable"), inbound=True)


@reg("mbi")
def _():
    pt = P()
    d = dob(67, 88)
    msp = S("Patient Access Representative", "", "Patient Access - Outpatient")
    h = page("<h3>Medicare Secondary Payer Questionnaire - completed</h3>\n" + table(["Item", "Answer"], [
        ["Beneficiary", pt.full], ["Medicare number", mbi()], ["Date of birth", f"<span>{mdy(d)[:6]}</span><span>{d.year}</span>"],
        ["Visit", "Outpatient infusion - IV iron (iron sucrose) for iron-deficiency anemia (D50.0)"],
        ["Black lung / VA / work-related?", "No / No / No"], ["Accident?", "No"],
        ["Employed / group health plan?", "Retired; spouse retired"], ["Result", "Medicare is primary"]]) +
             "\n" + paras(f"Completed at arrival by {msp.full}."))
    tgt = box("Infusion Center Billing", f"infusion.billing@{DOM}")
    return M("MSP questionnaire (alt): named beneficiary, MBI, span-split DOB, infusion for anemia", "MSPQ", msp, [tgt], HALT(h))


@reg("mbi")
def _():
    rc = S("Medicare Advantage Reconciliation Analyst", "", "Managed Care")
    mgr = S("Managed Care Contracts Manager")
    rows = [["Patient", "DOB", "MBI on account", "MBI from CMS", "Plan on account", "Plan per eligibility", "Open claims (DOS)"]]
    for _ in range(6):
        p = P()
        rows.append([p.lf, mdy(dob(66, 95)), mbi(), mbi(), "Original Medicare", R.choice(["Humana Gold Plus", "Aetna MA PPO", "UHC AARP MA"]),
                     f"{mdy(day(-R.randint(10, 90)))} {R.choice(['PT', 'infusion', 'cataract surgery', 'ED visit', 'echo'])}"])
    body = "Attached are the six accounts where the MBI on file does not match the CMS response and a Medicare Advantage plan is now primary. Claims for these dates of service need to be re-billed to the MA plans."
    return M("CSV: named patients with DOB, two MBIs each, MA plans and open claims with service types", "MBI mismatches",
             rc, [mgr], MIX(T(body, "quoted-printable"), A("mbi_mismatch.csv", csvtext(rows), cte="7bit")))


@reg("mbi")
def _():
    pt = P()
    d, mb = dob(68, 92), mbi()
    hh = S("Home Health Intake Coordinator", "RN", "Riverside Home Health")
    lines = ["# Notice of Admission (NOA) - Home Health", f"Patient: {pt.full}    DOB: {mdy(d)}", f"Medicare Beneficiary Identifier: {mb}",
             f"Start of care: {mdy(day(-1))}    Period: 30 days", "Primary diagnosis: I50.32 chronic diastolic (congestive) heart failure",
             "Secondary: J44.9 COPD; E11.9 type 2 diabetes; Z79.01 long-term anticoagulants",
             "Disciplines: SN 2w4, PT 2w3, HHA 1w4", "Certifying physician NPI: " + npi(), "", "Submitted via DDE: yes    Status: accepted"]
    bill = box("Home Health Billing", f"hh.billing@{DOM}")
    return M("home-health NOA PDF (FlateDecode): named patient, DOB, MBI, diagnoses, services", "NOA accepted",
             hh, [bill], MIX(T("NOA accepted, copy attached for the billing file.", "base64"), PDF("NOA.pdf", lines, flate=True)))


@reg("mbi")
def _():
    pt = P()
    d, mb = dob(66, 95), mbi()
    hos = X("gentle-harbor-hospice.example.org", "Intake Coordinator", org="Gentle Harbor Hospice")
    cm = S("Case Manager", "RN", "Care Management")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<HospiceElection xmlns="urn:example:ghh:noe:1">
  <Beneficiary>
    <Name>{pt.lf}</Name>
    <MBI>{mb}</MBI>
    <BirthDate>{ymd(d)}</BirthDate>
  </Beneficiary>
  <ElectionDate>{ymd(day(0))}</ElectionDate>
  <TerminalDiagnosis code="G12.21">Amyotrophic lateral sclerosis</TerminalDiagnosis>
  <AttendingPhysician npi="{npi()}">Kavanagh, Siobhan MD</AttendingPhysician>
  <LevelOfCare>Routine home care</LevelOfCare>
  <TransferFrom>Riverside Health Main Campus</TransferFrom>
</HospiceElection>
"""
    body = f"""{EXT_BANNER}

{cm.first}, election statement data attached; please confirm the discharge time so the NOE dates line up.

{hos.full}"""
    return M("inbound hospice election XML: named beneficiary, MBI, DOB, ALS terminal diagnosis", "Election for your discharge",
             hos, [cm], MIX(T(body), A("hospice_election.xml", xml)), inbound=True)


@reg("mbi")
def _():
    pt = P()
    mb = mbi()
    mbsp = mb[:4] + " " + mb[4:7] + " " + mb[7:]
    dme = X("ohio-mobility.example.org", "Intake", org="Ohio Mobility Supply")
    doc = S("Pulmonologist", "MD", "Riverside Pulmonary")
    inner_body = f"""{EXT_BANNER}

Dr. {doc.last},

We cannot deliver home oxygen for {pt.full} (Medicare {mbsp}) until we receive a signed order and the qualifying test. Per your notes {pt.he} has COPD (J44.9) with room-air SpO2 86% at rest on {mdy(day(-3))}. Please sign and return the attached order today if possible.

Ohio Mobility Supply - Intake"""
    inner = inner_msg("Oxygen order needed", dme, [doc], T(inner_body), offset=-1)
    ma = S("Medical Assistant", "CMA", "Riverside Pulmonary")
    body = f"{ma.first} - can you pull the oximetry and put the oxygen order in my folder? Forwarding the DME request. Thanks, {doc.first}"
    return M("forwarded DME request (rfc822): named patient with space-separated MBI, COPD and resting SpO2", "FW: Oxygen order needed",
             doc, [ma], MIX(T(body), FWD("Oxygen order needed.eml", inner)))


# ==========================================================================================================
# NEGATIVES - template (placeholders, explicitly fictional / test / training data)
# ==========================================================================================================
@reg("template")
def _():
    a = S("Clinical Informatics Analyst", "RN", "Clinical Informatics")
    b = S("Endocrinologist", "MD", "Riverside Endocrinology")
    body = f"""Dr. {b.last},

Your new SmartPhrase is built and shared with the endocrinology group. Definition below - the @ tokens pull from the chart when you type .DMFOLLOWUP in a note, and *** marks the blanks you must fill before signing (the note will not sign while a *** remains).

---- .DMFOLLOWUP (SmartPhrase ID 1844127) ----
@NAME@ is a @AGE@ @SEX@ seen today for follow-up of type 2 diabetes.
Last A1c: @LASTLAB(A1C)@   Prior: @LASTLABPRIOR(A1C)@
Current diabetes medications: @CMED(DIABETES)@
Hypoglycemia since last visit: {{YES/NO:20307}}
Home glucose log reviewed: ***
Foot exam: {{FOOT EXAM:31244}}
Eye exam due: @HMDUE(DIABETIC EYE EXAM)@
Assessment/plan: ***
---------------------------------------------

Nothing in the definition refers to a real patient; the tokens are empty until the phrase is used inside a chart.

{a.sig}"""
    return M("Epic SmartPhrase definition with @NAME@/@AGE@ tokens, SmartLists and *** blanks; no patient", "Your SmartPhrase is ready",
             a, [b], T(body))


@reg("template")
def _():
    a = S("Ambulatory Applications Analyst", "", "IS Ambulatory")
    b = S("Practice Manager", "", "Riverside Primary Care - Hilliard")
    h = page(paras(f"{b.first},<br><br>Here is the draft of the <b>Normal Results - Portal Letter</b> (letter template 30117) for review "
                   "before it goes to the letters committee. Tokens in <span style=\"color:#C00000\">red</span> are filled by the system at print time.") +
             "\n<div style=\"border:1px solid #888; padding:8px; margin:8px 0\">\n" +
             paras("<span style=\"color:#C00000\">@TODAYDATE@</span>\n\n<span style=\"color:#C00000\">@NAME@</span><br>"
                   "<span style=\"color:#C00000\">@ADDRESS@</span>\n\nDear <span style=\"color:#C00000\">@FNAME@</span>,\n\n"
                   "The results of your recent tests are normal:\n<span style=\"color:#C00000\">@RESULTS(LAST 30 DAYS)@</span>\n\n"
                   "No changes to your care are needed at this time. Please keep your next appointment on "
                   "<span style=\"color:#C00000\">@NEXTAPPT@</span>.\n\nSincerely,\n<span style=\"color:#C00000\">@ME@</span>") +
             "\n</div>\n" + paras(f"Please mark up any wording changes and send back by Friday.<br><br>{a.full}<br>Ambulatory Applications | {a.phone}"))
    return M("Epic letter template draft with @NAME@/@ADDRESS@/@RESULTS@ tokens in HTML; no patient", "Letter template for review",
             a, [b], HALT(h))


@reg("template")
def _():
    dev = S("Software Engineer", "", "IS Digital Health")
    lead = S("Engineering Manager", "", "IS Digital Health")
    j2 = """{# discharge_followup.txt.j2 - rendered by notify-svc; context built from the encounter at send time #}
Hello {{ patient.preferred_name | default(patient.first_name) }},

Thank you for choosing {{ facility.display_name }}. You went home on {{ encounter.discharge_date | date("%B %-d") }}.

{% if followups %}Your follow-up visits:
{% for appt in followups %}  - {{ appt.start | date("%a %b %-d at %-I:%M %p") }} with {{ appt.provider }} ({{ appt.department }})
{% endfor %}{% else %}Please call your primary care office to schedule a visit within 7 days.
{% endif %}
{% if meds_changed %}Some of your medicines changed. Review the list in your discharge papers or in the portal.{% endif %}

Questions? Call {{ facility.nurse_line }}.
{{ signature_block }}
"""
    body = f"""{lead.first},

PR #482 adds the discharge follow-up e-mail template (attached as text so the mail gateway does not strip it). The unit tests render it with the fixture context in tests/fixtures/ctx_empty.json (all fields empty strings) and ctx_sample.json, which uses the fake name "Sample Person" and no real data.

Can you review before the Thursday deploy?

{dev.sig}"""
    return M("Jinja2 template (TXT attachment) with {{ patient.first_name }} / {% for %} blocks; fixture data is empty or 'Sample Person'",
             "PR 482 - discharge follow-up template", dev, [lead], MIX(T(body), A("discharge_followup.txt.j2.txt", j2, cte="7bit")))


@reg("template")
def _():
    mk = S("Digital Engagement Specialist", "", "Marketing & Communications")
    it = S("Portal Analyst", "", "IS Digital Front Door")
    body = f"""Hi {it.first},

Copy for the new portal 'test result available' notification, written in Liquid for the messaging platform. Please paste as-is; the curly-brace variables are filled in by the platform.

Subject: {{{{ recipient.first_name | capitalize }}}}, you have a new message from Riverside Health

Body:
Hi {{{{ recipient.first_name | capitalize }}}},
{{% if message.category == "result" %}}A new test result is ready to view in Riverside MyHealth.{{% else %}}You have a new message in Riverside MyHealth.{{% endif %}}
For your privacy, we don't include details in e-mail. Sign in at {{{{ portal.url }}}} to read it.
{{% unless recipient.proxy == blank %}}You are receiving this as a proxy for {{{{ recipient.proxy_for_first_name }}}}.{{% endunless %}}

Footer: {{{{ footer.legal }}}} {{{{ footer.unsubscribe_link }}}}

Note the body deliberately contains no result, test name or diagnosis - only a sign-in prompt.

Thanks,
{mk.sig}"""
    return M("Liquid notification template (QP body) with {{ recipient.first_name }} and {% if %}; deliberately no result content",
             "Copy for result notification", mk, [it], T(body, "quoted-printable"))


@reg("template")
def _():
    a = S("Patient Communications Analyst", "", "Access Center")
    vend = X("textpoint-msg.example.org", "Onboarding Specialist", org="TextPoint Messaging")
    tpl = {"account": "riverside-health", "locale": "en-US", "engine": "mustache", "templates": [
        {"id": "appt_reminder_48h", "channel": "sms",
         "body": "Riverside Health: {{first_name}}, reminder of your visit on {{appt_date}} at {{appt_time}} at {{location_short}}. Reply C to confirm, R to reschedule."},
        {"id": "appt_reminder_2h", "channel": "sms", "body": "{{first_name}}, your visit at {{location_short}} is at {{appt_time}}. {{#parking_note}}{{parking_note}} {{/parking_note}}Reply STOP to opt out."},
        {"id": "waitlist_offer", "channel": "sms", "body": "An earlier time opened: {{offer_date}} {{offer_time}}. Reply YES within 30 min to take it."},
        {"id": "no_show_followup", "channel": "sms", "body": "We missed you today, {{first_name}}. Call {{dept_phone}} to reschedule."}],
        "rules": {"neverInclude": ["diagnosis", "visit_reason", "provider_specialty_for_behavioral_health"]}}
    body = f"""{vend.first},

Attached are our four SMS templates for the go-live. They are Mustache; please load them exactly as written. Note the rules block - we never send the visit reason or department for behavioral-health visits.

{a.sig}"""
    return M("Mustache SMS template set (JSON) with {{first_name}} placeholders and a never-include rule; no patient",
             "SMS templates for go-live", a, [vend], MIX(T(body), A("sms_templates.json", json.dumps(tpl, indent=2), cte="7bit")))


@reg("template")
def _():
    dev = S("Senior Developer", "", "IS Digital Health")
    rev = S("Developer", "", "IS Digital Health")
    body = f"""{rev.first},

Review notes on the Razor view for the referral status page (ReferralStatus.cshtml):

    @model ReferralStatusViewModel
    <h2>Referral for @Model.Patient.DisplayName</h2>
    <dl>
      <dt>Referred to</dt><dd>@Model.Specialty - @Model.Department</dd>
      <dt>Status</dt><dd>@Model.Status.ToDisplayString()</dd>
      @if (Model.ShowMrn) {{ <dt>MRN</dt><dd>@Model.Patient.Mrn</dd> }}
    </dl>

1. ShowMrn must default to false - the page can be printed.
2. Please use @Html.DisplayFor rather than string concatenation so encoding is applied.
3. The seed data in DevData.cs ('Patient, Demo' with MRN DEMO-0001) must not ship in the release build; wrap it in #if DEBUG.

Otherwise looks good.

{dev.sig}"""
    return M("code review of a Razor view (base64 body) with @Model.Patient.* placeholders and a 'Patient, Demo' seed record",
             "Review: ReferralStatus view", dev, [rev], T(body, "base64"))


@reg("template")
def _():
    dev = S("Application Developer", "", "IS Research Computing")
    pm = S("Research Program Manager", "", "Clinical Research Office")
    body = f"""{pm.first},

As discussed, here is the ERB partial the referral-tracking tool uses for the weekly summary e-mail. Everything inside <%= %> is filled at send time; in the staging screenshots you saw, the values came from the seed file, which contains only the placeholder record "Example, Referral (SEED)".

  <h1>Referral <%= @referral.number %></h1>
  <p>Patient: <%= @referral.patient.full_name %> (<%= @referral.patient.age %>)</p>
  <p>Reason: <%= @referral.reason_text %></p>
  <% @referral.attachments.each do |att| %>
    <li><%= link_to att.filename, att.url %></li>
  <% end %>
  <p>Status: <%= t("referral.status.#{{@referral.status}}") %></p>

I am removing the Reason line from the e-mail version so no clinical text leaves the app.

{dev.sig}"""
    return M("Rails ERB partial with <%= @referral.patient.full_name %> placeholders and a SEED record; no patient",
             "Weekly summary template", dev, [pm], T(body))


@reg("template")
def _():
    a = S("Patient Access Systems Analyst", "", "Patient Access")
    b = S("Web Content Manager", "", "Marketing & Communications")
    form = {"formforge_export": "2.4", "form": {"id": "frm_newpt_intake_v3", "title": "New Patient Intake", "status": "draft",
            "fields": [
                {"key": "patient_first_name", "label": "First name", "type": "text", "required": True, "maxLength": 40},
                {"key": "patient_last_name", "label": "Last name", "type": "text", "required": True, "maxLength": 60},
                {"key": "patient_dob", "label": "Date of birth", "type": "date", "format": "MM/DD/YYYY", "placeholder": "__/__/____"},
                {"key": "ssn", "label": "Social Security number (optional)", "type": "masked", "mask": "###-##-####", "placeholder": "XXX-XX-XXXX"},
                {"key": "reason", "label": "What is the main reason for your visit?", "type": "textarea"},
                {"key": "conditions", "label": "Do you have any of these conditions?", "type": "checkbox",
                 "options": ["Diabetes", "High blood pressure", "Asthma/COPD", "Heart disease", "Cancer", "Depression/anxiety"]},
                {"key": "medications", "label": "List your current medications and doses", "type": "repeater",
                 "fields": [{"key": "drug", "type": "text"}, {"key": "dose", "type": "text"}]}],
            "submissions": 0, "notifications": [{"to": f"access.westerville@{DOM}", "on": "submit"}]}}
    body = f"""{b.first},

Export of the draft intake form from FormForge attached (JSON). It has zero submissions - it has never been published. Can you match the field labels to the web style guide?

{a.sig}"""
    return M("form-builder export JSON: field definitions with masks and placeholders, zero submissions", "Intake form draft",
             a, [b], MIX(T(body, "quoted-printable"), A("frm_newpt_intake_v3.json", json.dumps(form, indent=2))))


@reg("template")
def _():
    a = S("Patient Experience Analyst", "", "Patient Experience")
    b = S("Director of Nursing Quality", "DNP, RN")
    qsf = {"SurveyEntry": {"SurveyName": "Post-discharge pain follow-up (DRAFT)", "SurveyStatus": "Inactive", "Responses": 0},
           "SurveyElements": [
               {"QID": "QID1", "Text": "Hi ${e://Field/FirstName}, thank you for staying with us at ${e://Field/UnitName}.", "Type": "DB"},
               {"QID": "QID2", "Text": "Since you went home, how would you rate your pain on most days? (0 = no pain, 10 = worst)", "Type": "Slider"},
               {"QID": "QID3", "Text": "Did you get your prescribed pain medicine filled?", "Type": "MC", "Choices": ["Yes", "No", "Not prescribed"]},
               {"QID": "QID4", "Text": "Would you like a nurse to call you? If yes, we will use ${e://Field/PhoneOnFile}.", "Type": "MC", "Choices": ["Yes", "No"]}],
           "EmbeddedData": ["FirstName", "UnitName", "PhoneOnFile", "DischargeDate"],
           "Notes": "Embedded data is passed from the discharge feed at distribution time; none is stored in this export."}
    body = f"""{b.first},

Here is the survey definition export for the post-discharge pain follow-up pilot. It is inactive and has no responses. Question 4 triggers a nurse call-back list that will go to the unit managers.

{a.sig}"""
    return M("survey-tool export (JSON) with ${e://Field/FirstName} piped text, 0 responses; no patient", "Pain follow-up survey draft",
             a, [b], MIX(T(body), A("pain_followup_survey.json", json.dumps(qsf, indent=2), cte="quoted-printable")))


@reg("template")
def _():
    qa = S("EHR Test Analyst", "", "IS Quality Assurance")
    lead = S("Inpatient Applications Manager", "", "IS Inpatient")
    body = f"""{lead.first},

Defect 7719 - description of the attached screenshots (attachments removed by the size limit, they are in the defect):

Screenshot 1: TST environment (purple banner "TEST - NOT FOR CLINICAL USE"), Results Review for the synthetic record "Tstonc, Ferritin" (TST-only patient created by QA, no real person), showing ferritin 8 ng/mL flagged L and hemoglobin 9.4 g/dL flagged L - values we entered through the test result simulator.
Screenshot 2: same record, the 'Trend' button greys out after the second result.
Screenshot 3: the Chart Review tab shows the result twice, once with the simulator's sending facility "SIM LAB 1".

Expected: one result row, trend available. Reproduced 3 of 3 in TST; not seen in PRD (no PRD records were opened).

{qa.sig}"""
    return M("defect report describing TEST-environment screenshots of a synthetic QA record with simulator lab values",
             "Defect 7719 - results duplicate in TST", qa, [lead], T(body, "quoted-printable"))


@reg("template")
def _():
    qa = S("EHR Test Analyst", "", "IS Quality Assurance")
    lead = S("Clinical Applications Lead", "", "IS Inpatient")
    rows = [["Step", "Test patient (synthetic, TST only)", "Action", "Expected result", "Pass/Fail"],
            ["1", "QATEST, ADULTONE (TST MRN TST900101)", "Admit to 4W via ADT", "Bed 4W-01 assigned; banner shows 'QATEST'", ""],
            ["2", "QATEST, ADULTONE", "Order CBC, BMP (test order set)", "Orders route to SIM LAB 1", ""],
            ["3", "QATEST, ADULTONE", "Simulate potassium 6.2 via result simulator", "Critical-value BPA fires to RN", ""],
            ["4", "QATEST, PEDSONE (TST MRN TST900102)", "Weight 12.0 kg; order acetaminophen 15 mg/kg", "Dose calculates to 180 mg", ""],
            ["5", "QATEST, OBONE (TST MRN TST900103)", "Place oxytocin order", "Pump programming check appears", ""],
            ["6", "All", "Discharge and purge", "Records purged from TST nightly", ""]]
    body = f"""{lead.first},

Regression script for Saturday's upgrade test attached. Every patient in it is a QATEST synthetic record in the TST environment (MRNs prefixed TST, DOB 01/01/1901); no production record is touched.

{qa.sig}"""
    return M("QA regression test script CSV with QATEST synthetic patients (TST MRNs, DOB 1901) and simulated values",
             "Upgrade regression script", qa, [lead], MIX(T(body), A("upgrade_regression_script.csv", csvtext(rows))))


@reg("template")
def _():
    ed = S("Clinical Educator", "MSN, RN", "Nursing Professional Development")
    mgrs = box("Nurse Managers - Medical/Surgical", f"nm.medsurg@{DOM}")
    txt = """RIVERSIDE HEALTH - EHR TRAINING ENVIRONMENT (TRN)
Nurse residency cohort, Day 3 - documentation lab
All patients below are FICTIONAL training patients that exist only in TRN.
They are reset every night at 02:00. Do not look for them in PRD.

Room  Training patient          Scenario
TRN1  Trainee, Alfa              Post-op day 1 laparoscopic colectomy; PCA hydromorphone
TRN2  Trainee, Bravo             CHF exacerbation; strict I&O; daily weight 92.4 kg
TRN3  Trainee, Charlie           DKA resolving; insulin drip transition to subcutaneous
TRN4  Trainee, Delta             COPD on BiPAP overnight; wean to 2 L nasal cannula
TRN5  Trainee, Echo              Fall risk, dementia; sitter order
TRN6  Trainee, Foxtrot           Blood transfusion 1 unit PRBC; vitals q15 min x 4

Learners log in with TRNRN01-TRNRN24 / password given in class.
"""
    body = f"""Managers,

For awareness: your new graduates will be charting on the TRN training patients below on {dname(wday(2))}. The scenarios are invented for the lab.

{ed.sig}"""
    return M("training-environment (TRN) roster of fictional 'Trainee, Alfa...' patients with invented scenarios (TXT)",
             "Residency Day 3 documentation lab", ed, [mgrs], MIX(T(body), A("TRN_patients_day3.txt", txt, cte="7bit")))


@reg("template")
def _():
    ph = S("Anticoagulation Pharmacist", "PharmD", "Anticoagulation Clinic")
    pe = S("Patient Education Coordinator", "MEd", "Patient Education")
    lines = ["# Your Warfarin (Coumadin) Plan", "", "Name: ______________________________    Date: ____/____/________",
             "", "Your INR goal range: _______ to _______", "Your tablet strength: [ ] 1 mg  [ ] 2 mg  [ ] 2.5 mg  [ ] 5 mg  [ ] other ____",
             "", "Day       Number of tablets    Total dose (mg)", "Monday    ________             ________", "Tuesday   ________             ________",
             "Wednesday ________             ________", "Thursday  ________             ________", "Friday    ________             ________",
             "Saturday  ________             ________", "Sunday    ________             ________", "",
             "Next INR check: ____/____/________ at ____________________", "",
             "# Call the clinic right away if you have", "- Black or bloody stools, blood in your urine, or vomiting blood",
             "- A bad fall or a hit to the head", "- Nosebleeds that do not stop in 10 minutes", "",
             "Keep your vitamin K intake steady: leafy greens are fine, but eat about the same amount each week.",
             "Riverside Anticoagulation Clinic   Phone: ____________________"]
    body = f"{pe.first}, final version of the blank warfarin plan handout for the print shop (PDF attached). - {ph.first}"
    return M("blank patient-education leaflet (uncompressed PDF): warfarin plan with blank name, INR goal and dose fields",
             "Warfarin handout - final", ph, [pe], MIX(T(body), PDF("warfarin_plan_blank.pdf", lines, flate=False)))


@reg("template")
def _():
    him = S("Release of Information Supervisor", "RHIT", "Health Information Management")
    team = box("HIM ROI Team", f"him.roi@{DOM}")
    body = f"""Team,

Please save these as Outlook Quick Parts (Insert > Quick Parts > Save Selection). Fill the brackets before sending; never paste record content into the body - records go only through the secure release portal.

[QP-ROI-1: request received]
Dear [Requester name],
We received your request for records of [Patient name] on [date received]. Requests are completed within 30 days. Your tracking number is [ROI number].

[QP-ROI-2: authorization incomplete]
Dear [Requester name],
The authorization we received is missing [signature / date / expiration / description of records]. Please return a completed form. A blank authorization is linked on riversidehealth.example/records.

[QP-ROI-3: records released]
Your requested records were released through the secure portal on [date]. The download link expires in 14 days.

{him.sig}"""
    return M("HIM Outlook Quick Parts (QP body) with [Patient name]/[Requester name] bracket placeholders", "New Quick Parts for ROI replies",
             him, [team], T(body, "quoted-printable"))


@reg("template")
def _():
    a = S("Clinic Operations Coordinator", "", "Riverside Orthopaedics")
    b = S("Practice Administrator", "", "Riverside Orthopaedics")
    fld = lambda n: f"<span style=\"background:#D9D9D9\">{{ MERGEFIELD {n} }}</span>"
    h = page(paras(f"{b.first},\n\nThe surgery-scheduling letter is set up as a Word mail-merge. Field codes (Alt+F9 view) below - the merge "
                   "source is the daily OR export, so nothing is stored in the document itself:") +
             "\n<div style=\"border:1px dashed #666; padding:8px\">\n" +
             paras(f"{fld('PatientFirstName')} {fld('PatientLastName')}<br>{fld('AddressLine1')}<br>{fld('City')}, {fld('State')} {fld('Zip')}\n\n"
                   f"Dear {fld('PatientFirstName')},\n\nYour surgery with Dr. {fld('SurgeonLastName')} is scheduled for {fld('SurgeryDate')}. "
                   f"Please arrive at {fld('ArrivalTime')}.\n{{ IF {{ MERGEFIELD NeedsClearance }} = \"Y\" \"You also need medical clearance from your "
                   f"primary care provider before this date.\" \"\" }}") + "\n</div>\n" +
             paras(f"I left the merge source disconnected in the attached copy of the document on the share.\n\n{a.full}"))
    return M("Word MERGEFIELD letter template in HTML with conditional IF field; merge source disconnected; no patient",
             "Surgery letter merge fields", a, [b], H(h, "quoted-printable"))


@reg("template")
def _():
    a = S("Telehealth Program Coordinator", "", "Virtual Care")
    leg = S("Contracts Attorney", "JD", "Office of General Counsel")
    h = page(paras(f"{leg.first},\n\nBelow is the telehealth consent as configured in the e-signature template library (template "
                   "'TH-CONSENT-2025'). The anchor strings in slashes are invisible tabs that the e-signature service replaces "
                   "with fields for whoever signs; the template itself has no signer.") +
             "\n<blockquote>\n" + paras("I, \\pt_name\\, consent to receive health care services from Riverside Health by video or "
                                        "telephone. I understand that [list of risks] ... I may withdraw consent at any time.\n\n"
                                        "Signature: \\sig1\\ &nbsp;&nbsp; Date: \\date1\\<br>If signed by a representative: \\rep_name\\, "
                                        "relationship \\rep_rel\\") +
             "\n</blockquote>\n" + paras(f"Could you confirm the legal wording before we publish it?\n\n{a.full}"))
    return M("e-signature consent template (alt) with \\pt_name\\ / \\sig1\\ anchor tabs; no signer", "Consent template wording",
             a, [leg], HALT(h))


@reg("template")
def _():
    ua = S("Utilization Management Manager", "RN")
    team = box("Prior Authorization Team", f"priorauth@{DOM}")
    lines = ["# PRIOR AUTHORIZATION REQUEST - OUTPATIENT SERVICES (blank form, rev. 2025-02)", "",
             "Member name: _________________________________  Member ID: ______________________",
             "Date of birth: ____/____/________   Phone: (_____) _____-________", "",
             "Requesting provider: ________________________  NPI: __________  Fax: _____________",
             "Servicing facility: _________________________  NPI: __________", "",
             "Service requested (CPT/HCPCS): __________  Units: _____  Start date: ____/____/____",
             "Diagnosis (ICD-10-CM): __________  __________  __________", "",
             "Clinical information (attach notes): _______________________________________________",
             "__________________________________________________________________________________", "",
             "Urgent? [ ] Yes - a delay could seriously jeopardize the member's life or health   [ ] No", "",
             "Signature of requesting provider: _______________________   Date: ____/____/________",
             "", "Fax completed form to the number for the member's plan. Incomplete forms are returned."]
    body = f"Team - the revised blank PA form is attached. Please delete older versions from your desktops. - {ua.first}"
    return M("blank prior-authorization request form (FlateDecode PDF) with empty member/DOB/NPI/ICD fields", "Revised PA form",
             ua, [team], MIX(T(body), PDF("PA_request_blank_rev2025-02.pdf", lines, flate=True)))


@reg("template")
def _():
    dev = S("FHIR Integration Developer", "", "IS Integration")
    bh = S("Behavioral Health Informatics Lead", "LISW-S")
    q = {"resourceType": "Questionnaire", "id": "phq-9-riverside", "url": "https://fhir.riversidehealth.example/Questionnaire/phq-9",
         "status": "draft", "title": "Patient Health Questionnaire-9 (PHQ-9)", "subjectType": ["Patient"],
         "code": [{"system": "http://loinc.org", "code": "44249-1", "display": "PHQ-9 quick depression assessment panel"}],
         "item": [{"linkId": f"q{i}", "type": "choice", "required": True, "text": t, "answerValueSet": "http://loinc.org/vs/LL358-3"}
                  for i, t in enumerate(["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless",
                                         "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
                                         "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating on things",
                                         "Moving or speaking slowly, or being fidgety or restless",
                                         "Thoughts that you would be better off dead, or of hurting yourself"], 1)] +
                 [{"linkId": "total", "type": "integer", "readOnly": True, "text": "Total score (calculated)"}]}
    body = f"""{bh.first},

Draft FHIR Questionnaire for the PHQ-9 attached. It is only the form definition - no QuestionnaireResponse, no subject. Item 9 will trigger the safety workflow when answered above 0 once we build the response handler.

{dev.sig}"""
    return M("FHIR Questionnaire resource (JSON) defining PHQ-9 items; definition only, no response or subject",
             "PHQ-9 Questionnaire draft", dev, [bh], MIX(T(body), A("Questionnaire-phq9.json", json.dumps(q, indent=2))))


@reg("template")
def _():
    a = S("Physician Builder", "MD", "Clinical Informatics")
    b = S("Clinical Informatics Analyst", "", "Clinical Informatics")
    body = f"""{b.first},

SmartList build request for the new headache note. Please create these lists and attach them to SmartText 'HEADACHE HPI':

{{HA LOCATION:60112}}  = unilateral right | unilateral left | bilateral | occipital | periorbital
{{HA RED FLAGS:60113}} (multi-select) = thunderclap onset | new after age 50 | fever/neck stiffness | focal deficit | papilledema | none
{{HA MOH:60114}}       = >= 10 days/month triptan use | >= 15 days/month simple analgesic use | no medication overuse

Default for red flags should be blank, not 'none', so the clinician must choose. Example rendering I mocked up with dummy text: "Headache is *** and {{HA LOCATION:60112}}."

{a.sig}"""
    return M("SmartList build request with {NAME:ID} list syntax, clinical choice values and *** blanks; no patient",
             "SmartList request - headache", a, [b], T(body))


@reg("template")
def _():
    a = S("Contact Center Manager", "", "Access Center")
    vend = X("textpoint-msg.example.org", "Compliance Reviewer", org="TextPoint Messaging")
    body = f"""{EXT_BANNER}

{a.first},

Your three WhatsApp-style templates were approved by the carrier. Numbered variables are positional; the sample values below are the dummy ones you entered on the form (not real people).

1) riverside_visit_reminder
   "Hello {{{{1}}}}, this is Riverside Health reminding you of your visit on {{{{2}}}} at {{{{3}}}}."
   sample: {{{{1}}}}=Alex, {{{{2}}}}=June 3, {{{{3}}}}=9:00 AM

2) riverside_portal_message
   "{{{{1}}}}, you have a new secure message. Sign in to the Riverside MyHealth app to read it."
   sample: {{{{1}}}}=Alex

3) riverside_bill_ready
   "Your Riverside Health statement is ready. Amount due: {{{{1}}}}. Pay at {{{{2}}}}."
   sample: {{{{1}}}}=$0.00, {{{{2}}}}=riversidehealth.example/pay

{vend.full}
Compliance Reviewer, TextPoint Messaging"""
    return M("inbound approval of messaging templates with positional {{1}} variables and dummy sample values ('Alex', $0.00)",
             "RE: Template approval request", vend, [a], T(body, "base64"), inbound=True, reply=True)


@reg("template")
def _():
    ph = S("Pharmacy Operations Manager", "PharmD", "Outpatient Pharmacy")
    it = S("Desktop Engineer", "", "IS End User Computing")
    xml = """<?xml version="1.0" encoding="utf-8"?>
<DieCutLabel Version="8.0" Units="twips">
  <PaperOrientation>Landscape</PaperOrientation>
  <Id>Address</Id>
  <PaperName>30252 Address</PaperName>
  <ObjectInfo>
    <TextObject>
      <Name>PATIENT_NAME</Name>
      <StyledText><Element><String>PATIENT_NAME</String><Attributes><Font Family="Arial" Size="12" Bold="True"/></Attributes></Element></StyledText>
    </TextObject>
    <Bounds X="331" Y="150" Width="4560" Height="300"/>
  </ObjectInfo>
  <ObjectInfo>
    <TextObject>
      <Name>DRUG_SIG</Name>
      <StyledText><Element><String>DRUG NAME STRENGTH / SIG LINE 1 / SIG LINE 2</String><Attributes><Font Family="Arial" Size="9"/></Attributes></Element></StyledText>
    </TextObject>
    <Bounds X="331" Y="480" Width="4560" Height="600"/>
  </ObjectInfo>
  <ObjectInfo>
    <BarcodeObject>
      <Name>RX_BARCODE</Name>
      <Text>RX0000000</Text>
      <Type>Code128Auto</Type>
    </BarcodeObject>
    <Bounds X="331" Y="1150" Width="3000" Height="360"/>
  </ObjectInfo>
</DieCutLabel>
"""
    body = f"""{it.first},

The bag-label layout for the new discharge-prescription printers is attached (.label XML). The objects named PATIENT_NAME and DRUG_SIG are placeholders the pharmacy system overwrites; RX0000000 is the layout's sample barcode. Please push it to the three printers in the outpatient pharmacy.

{ph.sig}"""
    return M("label-printer layout XML with PATIENT_NAME / DRUG_SIG placeholder objects and a sample barcode", "Bag label layout",
             ph, [it], MIX(T(body), A("discharge_bag_label.xml", xml)))


@reg("template")
def _():
    ed = S("Clinical Nurse Specialist", "MSN, APRN-CNS", "Critical Care")
    team = box("ICU Charge Nurses", f"icu.charge@{DOM}")
    blank = "&nbsp;" * 20
    h = ("<html><head><meta charset=\"utf-8\"><title>ICU SBAR handoff (blank)</title>" + CSS + "</head><body>\n"
         "<h2>ICU Nurse-to-Nurse Handoff - SBAR</h2>\n<p>Print double-sided. Complete at the bedside with the oncoming nurse.</p>\n" +
         table(["Section", "Prompt", "Notes"], [
             ["S - Situation", "Patient name / age / room / code status", blank], ["", "Reason for ICU admission", blank],
             ["B - Background", "Pertinent history, allergies, isolation", blank], ["", "Lines, drains, airways (insertion dates)", blank],
             ["A - Assessment", "Neuro / CV / Resp / GI / GU / Skin", blank], ["", "Drips and current rates", blank],
             ["R - Recommendation", "Pending tests, consults, family concerns", blank], ["", "Safety: CLABSI/CAUTI bundle, fall, restraints", blank]]) +
         "\n<p>Form ICU-HO-07 (rev. 03/2025). Do not file in the chart.</p>\n</body></html>\n")
    body = f"Charge nurses - updated blank SBAR handoff sheet attached (HTML so it prints from any workstation). - {ed.first}"
    return M("blank SBAR handoff sheet (HTML attachment) with empty prompt rows; no patient", "Updated SBAR sheet",
             ed, [team], MIX(T(body), A("ICU_SBAR_handoff_blank.html", h, cte="quoted-printable")))


@reg("template")
def _():
    sre = S("Site Reliability Engineer", "", "IS Infrastructure")
    oncall = box("IS Integration On-Call", f"integration.oncall@{DOM}")
    tpl = """{{/* alert-router: template for interface-down pages. Rendered with .Alert only; no message content is ever bound. */}}
{{ define "interface.page" }}
[{{ .Alert.Severity | upper }}] Interface {{ .Alert.Labels.interface }} on {{ .Alert.Labels.engine }} is {{ .Alert.Status }}
Queue depth: {{ .Alert.Annotations.queue_depth }} (threshold {{ .Alert.Annotations.threshold }})
Since: {{ .Alert.StartsAt.Format "2006-01-02 15:04 MST" }}
{{ if .Alert.Annotations.runbook }}Runbook: {{ .Alert.Annotations.runbook }}{{ end }}
{{ end }}
{{/* Deliberately no .Message, .Patient or .Segment fields - pages go to personal phones. */}}
"""
    body = f"""Team,

New paging template for interface alerts attached (Go text/template). Note the comment: alerts carry queue metadata only - never segment content such as PID.

{sre.sig}"""
    return M("Go text/template (TXT attachment) for interface alerts with {{ .Alert.* }} fields; explicitly excludes patient data",
             "New interface paging template", sre, [oncall], MIX(T(body, "quoted-printable"), A("interface_page.tmpl.txt", tpl)))


@reg("template")
def _():
    ie = S("Interface Engineer", "", "IS Integration")
    vend = X("labconnect-outreach.example.org", "Implementation Consultant", org="LabConnect Outreach")
    body = f"""{vend.first},

For the requisition print-back, our engine renders your FreeMarker template with the order context. This is what we have in the test channel; please confirm the variable names match your spec v4.2:

  <#-- requisition_header.ftl -->
  Patient: ${{order.patient.lastName?upper_case}}, ${{order.patient.firstName}}
  DOB: ${{order.patient.birthDate?string("MM/dd/yyyy")}}
  Ordering provider: ${{order.provider.name}} (NPI ${{order.provider.npi}})
  <#list order.tests as t>
    ${{t.code}}  ${{t.name}}  <#if t.fasting>FASTING</#if>
  </#list>
  Diagnosis codes: <#list order.diagnoses as d>${{d.code}}<#sep>, </#list>

We have only rendered it against your published sample order (patient 'SPECIMEN, SAMPLE').

{ie.sig}"""
    return M("FreeMarker requisition template (QP) with ${order.patient.lastName} placeholders; only a vendor sample order rendered",
             "Requisition template variables", ie, [vend], T(body, "quoted-printable"))


@reg("template")
def _():
    ie = S("Interoperability Analyst", "", "IS Integration")
    cons = X("ccda-validate.example.org", "Conformance Testing", org="C-CDA Validation Services")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Riverside outbound CCD skeleton. $TOKENS$ are replaced by the document service; nullFlavor marks sections with no data. -->
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1"/>
  <title>$DOC_TITLE$</title>
  <effectiveTime value="$DOC_TIME$"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="$PATIENT_ID$"/>
      <addr nullFlavor="UNK"/>
      <telecom nullFlavor="UNK"/>
      <patient>
        <name><given>$GIVEN$</given><family>$FAMILY$</family></name>
        <administrativeGenderCode code="$SEX$" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="$BIRTH_DATE$"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section nullFlavor="NI"><code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/><title>Problems</title><text>$PROBLEM_TABLE$</text></section></component>
    <component><section nullFlavor="NI"><code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/><title>Medications</title><text>$MED_TABLE$</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = f"""{cons.first},

Before we submit real test documents, could your validator check the structure of our CCD skeleton? Every demographic is a $TOKEN$ and each section carries nullFlavor, so it should fail only on the unresolved tokens.

{ie.sig}"""
    return M("C-CDA skeleton XML with $GIVEN$/$FAMILY$/$BIRTH_DATE$ tokens and nullFlavor sections; no patient",
             "Skeleton for structural validation", ie, [cons], MIX(T(body), A("ccd_skeleton.xml", xml)))


@reg("template")
def _():
    an = S("Financial Analyst", "", "Patient Financial Services")
    mgr = S("Patient Financial Services Manager")
    body = f"""{mgr.first},

This is the macro behind the statement-letter workbook. It reads column headers only - it fills the Word template from whatever rows are in the 'Data' sheet, and the copy I am sending has an empty Data sheet.

Sub BuildLetters()
    Dim ws As Worksheet: Set ws = ThisWorkbook.Sheets("Data")
    Dim r As Long, doc As Object
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        Set doc = wd.Documents.Add(Template:=TEMPLATE_PATH)
        doc.Content.Find.Execute FindText:="<<GuarantorName>>", ReplaceWith:=ws.Cells(r, 1).Value, Replace:=2
        doc.Content.Find.Execute FindText:="<<Balance>>", ReplaceWith:=Format(ws.Cells(r, 4).Value, "$#,##0.00"), Replace:=2
        doc.Content.Find.Execute FindText:="<<DueDate>>", ReplaceWith:=ws.Cells(r, 5).Value, Replace:=2
        doc.SaveAs2 OUT_DIR & "\\letter_" & r & ".pdf", 17
        doc.Close False
    Next r
End Sub

{an.sig}"""
    return M("VBA mail-merge macro (base64 body) replacing <<GuarantorName>>/<<Balance>> tokens; empty data sheet",
             "Statement letter macro", an, [mgr], T(body, "base64"))


@reg("template")
def _():
    cc = S("Nurse Triage Supervisor", "BSN, RN", "Access Center")
    team = box("Access Center Agents", f"access.agents@{DOM}")
    h = page("<h3>Call script - flu-like illness line (seasonal)</h3>\n" + paras(
        "<b>Greeting:</b> &quot;Thank you for calling Riverside Health, this is [your first name]. May I have the caller's name?&quot; "
        "&rarr; [caller name]\n\n<b>Identify:</b> &quot;Are you calling for yourself or someone else?&quot; If someone else: [patient name], "
        "[relationship], date of birth [MM/DD/YYYY].\n\n<b>Screen (read exactly):</b>\n1. Trouble breathing or chest pain? &rarr; "
        "<b>YES: transfer to triage RN immediately.</b>\n2. Fever of [____] for how many days? [____]\n3. Over 65, pregnant, or a chronic "
        "condition? [Y/N]\n\n<b>Close:</b> &quot;I've scheduled [patient name] for [date/time] at [location].&quot;") +
             "\n" + paras(f"Agents: do not type symptoms into the free-text appointment comment; use the structured screen.<br><br>{cc.full}"))
    return M("call-center script (alt) with [caller name]/[patient name]/[MM/DD/YYYY] blanks; no caller", "Flu line script",
             cc, [team], HALT(h))


@reg("template")
def _():
    ed = S("Educadora de pacientes", "RN", "Riverside Digestive Health", culture="hispanic")
    gi = S("Gastroenterology Practice Manager", "", "Riverside Digestive Health")
    body = f"""{gi.first},

Versión final en español de la hoja de preparación para colonoscopia, con los espacios en blanco que el personal llena a mano:

PREPARACIÓN PARA SU COLONOSCOPIA
Nombre: __________________________   Fecha del procedimiento: ____/____/______
Hora de llegada: ________   Médico: Dr(a). ______________________

5 días antes: deje de tomar suplementos de hierro. Si toma anticoagulantes (warfarina, apixabán, rivaroxabán), pregunte a su médico.
1 día antes: solo líquidos claros (caldo, gelatina sin color rojo, jugo de manzana).
Primera dosis del laxante a las ____:____ de la tarde; segunda dosis a las ____:____ de la mañana.
Necesita un acompañante adulto que maneje de regreso.

Traducción revisada por Servicios de Idiomas.

{ed.full}, RN"""
    return M("Spanish colonoscopy-prep leaflet (QP, accents, es-US) with blank name/date/time fields", "Hoja de preparación - versión final",
             ed, [gi], T(body, "quoted-printable"), lang="es-US")


@reg("template")
def _():
    ba = S("Business Analyst", "", "IS Revenue Cycle Applications")
    qa = S("Test Lead", "", "IS Quality Assurance")
    rows = [["Field", "Screen", "Mask / format", "Example shown to user", "Validation"],
            ["Patient legal last name", "Registration", "A-Z, space, hyphen, apostrophe", "(blank)", "required"],
            ["Date of birth", "Registration", "MM/DD/YYYY", "__/__/____", "not in future; age <= 120"],
            ["SSN", "Registration", "###-##-####", "XXX-XX-XXXX", "area not 000/666/9xx; group not 00; serial not 0000"],
            ["MRN", "Registration", "RH + 7 digits (system-assigned)", "RH#######", "read-only"],
            ["Health plan member ID", "Coverage", "RHP + 9 digits", "RHP#########", "checked against eligibility"],
            ["Medicare MBI", "Coverage", "11 characters, CMS rules", "1EG4-TE5-MK72 (CMS published example format)", "no S, L, O, I, B, Z"],
            ["Phone", "Registration", "(###) ###-####", "(___) ___-____", "10 digits"]]
    body = f"""{qa.first},

Field validation spec for the registration redesign attached (CSV). The 'example' column holds masks only; there is no sample data in it.

{ba.sig}"""
    return M("registration field-validation spec CSV: masks XXX-XX-XXXX, RH#######, RHP######### and __/__/____; no values",
             "Validation spec", ba, [qa], MIX(T(body), A("registration_field_validation.csv", csvtext(rows), cte="quoted-printable")))


@reg("template")
def _():
    bi = S("BI Developer", "", "Analytics")
    dir_ = S("Director of Care Management", "RN, MBA")
    h = page(paras(f"{dir_.first},\n\nMock-up of the readmission-risk worklist for Thursday's design review. <b>All rows are lorem-ipsum "
                   "placeholders</b> generated by the design tool; the real report will pull from the warehouse after the privacy review.") +
             "\n" + table(["Patient (placeholder)", "DOB", "Unit", "Risk score", "Top driver"], [
                 ["Lorem, Ipsum", "01/01/1901", "XX-00", "0.00", "Dolor sit amet"], ["Dolor, Sit", "01/01/1901", "XX-00", "0.00", "Consectetur"],
                 ["Amet, Consectetur", "01/01/1901", "XX-00", "0.00", "Adipiscing elit"]]) +
             "\n" + paras(f"Columns and sort order are what I want feedback on.<br><br>{bi.full}<br>Analytics"))
    return M("report mock-up (HTML) with lorem-ipsum placeholder rows and DOB 01/01/1901 clearly labelled as placeholders",
             "Worklist mock-up", bi, [dir_], H(h, "7bit" if False else "quoted-printable"))


@reg("template")
def _():
    lab = S("Laboratory Outreach Manager", "MLS(ASCP)", "Laboratory Outreach")
    cl = box("Outreach Client Services", f"lab.outreach@{DOM}")
    lines = ["# RIVERSIDE HEALTH LABORATORY - OUTREACH REQUISITION (BLANK)", "",
             "PATIENT LAST NAME ____________________ FIRST ______________ MI __   SEX [ ]M [ ]F [ ]X",
             "DATE OF BIRTH __ __ / __ __ / __ __ __ __     PHONE __________________",
             "ADDRESS ______________________________________________________________", "",
             "BILL TO: [ ] Insurance  [ ] Client  [ ] Patient     INSURANCE ID _____________________", "",
             "ORDERING PROVIDER ___________________________  NPI ______________", "",
             "ICD-10-CM (required): 1.________ 2.________ 3.________ 4.________", "",
             "[ ] 80053 Comprehensive metabolic panel     [ ] 85025 CBC w/ differential",
             "[ ] 83036 Hemoglobin A1c                    [ ] 80061 Lipid panel (fasting)",
             "[ ] 84443 TSH                               [ ] 81001 Urinalysis w/ microscopy",
             "[ ] 87086 Urine culture                     [ ] Other: ___________________", "",
             "COLLECTION DATE ____/____/______  TIME ____:____   COLLECTOR INITIALS ____"]
    body = "Client services - new blank requisition layout attached for the print vendor. Please review the CPT list."
    return M("blank outreach lab requisition (uncompressed PDF): empty patient/DOB/ICD fields and test checkboxes",
             "New requisition layout", lab, [cl], MIX(T(body, "quoted-printable"), PDF("requisition_blank.pdf", lines, flate=False)))


@reg("template")
def _():
    dev = S("Platform Engineer", "", "IS Digital Health")
    sec = S("Information Security Analyst", "CISSP", "Information Security")
    yaml = """# notify-engine rules (staging). Variables are resolved at send time; this file holds no data.
rules:
  - id: lab_result_ready
    channel: email
    subject: "New result available"
    body: |
      Hi ${recipient.first},
      A result is ready in Riverside MyHealth. Sign in to view it.
    suppress_if:
      - ${result.category} in [HIV, GENETIC, BEHAVIORAL_HEALTH, PREGNANCY]
      - ${recipient.age} < 13
  - id: appointment_cancelled
    channel: sms
    body: "${recipient.first}, your ${appt.date} visit was cancelled. Call ${dept.phone}."
masking:
  ssn: "***-**-${last4}"
  mrn: never_sent
"""
    body = f"""{sec.first},

For the security review: the staging rules file for the notification engine is attached (YAML as .txt). Please check the suppress_if list and the masking section. No recipient data lives in the file.

{dev.sig}"""
    return M("notification-engine YAML rules (TXT attachment) with ${recipient.first} variables and masking rules; no data",
             "Security review - notify rules", dev, [sec], MIX(T(body), A("notify_rules_staging.yaml.txt", yaml, cte="base64")))


@reg("template")
def _():
    ie = S("Interface Engineer", "", "IS Integration")
    lead = S("Integration Team Lead", "", "IS Integration")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<channel version="4.4.0">
  <name>OUT_LabOutreach_ORU</name>
  <description>Maps Epic ORU to LabConnect JSON. Exported from DEV without message history.</description>
  <destinationConnectors>
    <connector>
      <name>LabConnect REST</name>
      <transformer>
        <steps>
          <step><name>patientName</name><script>tmp['patient']['last'] = msg['PID']['PID.5']['PID.5.1'].toString();</script></step>
          <step><name>patientDob</name><script>tmp['patient']['dob'] = DateUtil.formatDate('yyyy-MM-dd', msg['PID']['PID.7']['PID.7.1'].toString());</script></step>
          <step><name>results</name><script>for each (obx in msg..OBX) { tmp['results'].push({code: obx['OBX.3']['OBX.3.1'].toString(), value: obx['OBX.5']['OBX.5.1'].toString()}); }</script></step>
        </steps>
      </transformer>
    </connector>
  </destinationConnectors>
  <properties><messageStorageMode>DISABLED</messageStorageMode><clearGlobalChannelMap>true</clearGlobalChannelMap></properties>
</channel>
"""
    body = f"""{lead.first},

Channel export for the outreach ORU mapping attached for code review. Exported from DEV with message storage disabled, so it carries the transformer mapping only (msg['PID']['PID.5'] etc.), no messages.

{ie.sig}"""
    return M("interface-engine channel export XML: PID.5/PID.7/OBX field mappings only, message storage disabled",
             "Channel export for review", ie, [lead], MIX(T(body), A("OUT_LabOutreach_ORU.xml", xml, cte="quoted-printable")))


@reg("template")
def _():
    ciso = S("Director, Clinical Applications", "")
    all_ = box("IS Clinical Applications", f"is.clinicalapps@{DOM}")
    body = f"""All,

Reminder of the naming convention for non-production patients (policy IS-114, section 3). Every test or training patient created in POC, TST, TRN or PLAY must:

  - use the last name ZZTESTING, ZZTRAINING or ZZPLAY followed by a NATO word as first name (e.g. ZZTESTING, ALFA)
  - use DOB 01/01/1901 unless the scenario needs an age, then 01/01 of the needed year
  - use address 1 Test Way, Nowhere, OH 00000 and phone 000-555-0100
  - never copy a production patient's name, date of birth or chart content, even partially

Records that do not follow the convention are deleted at the monthly sweep. Questions to the environment team.

{ciso.sig}"""
    return M("policy reminder on naming non-production test patients (ZZTESTING, ALFA; DOB 01/01/1901); no patient", "Test patient naming",
             ciso, [all_], T(body))


@reg("template")
def _():
    a = S("Voice Applications Developer", "", "IS Telecommunications")
    b = S("Access Center Director")
    ssml = """<?xml version="1.0" encoding="UTF-8"?>
<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">
  <!-- outbound reminder call; {slot} values are bound by the dialer at call time -->
  <p>Hello. This is Riverside Health calling for <break time="200ms"/>{first_name}.</p>
  <p>If this is {first_name}, press 1. Otherwise, please have {first_name} call us back at <say-as interpret-as="telephone">{callback_number}</say-as>.</p>
  <p>You have an appointment on <say-as interpret-as="date" format="md">{appt_date}</say-as> at <say-as interpret-as="time" format="hms12">{appt_time}</say-as>.</p>
  <p>To confirm, press 1. To cancel, press 2. To speak with someone, press 0.</p>
</speak>
"""
    body = f"""{b.first},

SSML for the new outbound reminder voice attached. The voice only says a first name until the person presses 1, and never says the clinic or reason.

{a.sig}"""
    return M("SSML voice-reminder template (XML) with {first_name}/{appt_date} slots; no patient", "Reminder voice script",
             a, [b], MIX(T(body), A("reminder_voice.xml", ssml)))


@reg("template")
def _():
    ph = S("Pharmacy Informatics Pharmacist", "PharmD", "Pharmacy Informatics")
    pt_ = box("P&T Committee", f"pt.committee@{DOM}")
    rows = [["Sig code", "Template", "Example rendering (dummy values)"],
            ["QD", "Take {dose} {unit} by mouth once daily", "Take 1 tablet by mouth once daily"],
            ["BID-MEAL", "Take {dose} {unit} by mouth twice daily with meals", "Take 2 tablets by mouth twice daily with meals"],
            ["TAPER", "Take {dose_1} {unit} daily for {days_1} days, then {dose_2} {unit} daily for {days_2} days", "Take 4 tablets daily for 3 days, then 2 tablets daily for 3 days"],
            ["INH-PRN", "Inhale {puffs} puffs every {hours} hours as needed for {indication}", "Inhale 2 puffs every 4 hours as needed for wheezing"],
            ["INJ-WK", "Inject {dose} {unit} under the skin once weekly on {weekday}", "Inject 0.25 mg under the skin once weekly on Monday"]]
    body = f"Committee - proposed standard sig templates for the e-prescribing upgrade. Example column uses dummy values only. - {ph.full}, PharmD"
    return M("e-prescribing sig template CSV with {dose}/{unit}/{indication} placeholders and dummy renderings", "Standard sigs",
             ph, [pt_], MIX(T(body), A("standard_sigs.csv", csvtext(rows))))


@reg("template")
def _():
    oh = S("Occupational Health Manager", "RN, COHN-S")
    clin = box("Riverside Urgent Care Providers", f"uc.providers@{DOM}")
    lines = ["# RIVERSIDE HEALTH - WORK / SCHOOL EXCUSE (template)", "", "Date: ____/____/________", "",
             "______________________________ was seen at Riverside Health on ____/____/________.", "",
             "[ ] May return to work/school on ____/____/________ with no restrictions.",
             "[ ] May return on ____/____/________ with these restrictions: ______________________",
             "    [ ] no lifting over ____ lb   [ ] seated work only   [ ] no climbing", "[ ] Excused from ____/____/________ through ____/____/________", "",
             "Diagnosis is not disclosed on this form unless the patient requests it in writing.", "",
             "Provider signature: ___________________________   Printed name: ______________________",
             "Riverside Urgent Care   Phone: ________________"]
    body = "Providers - replace the old work-note template with the attached one. It intentionally has no diagnosis field."
    return M("blank work/school excuse template (FlateDecode PDF) with underscores for name and dates; no patient",
             "New work note template", oh, [clin], MIX(T(body), PDF("work_school_note_template.pdf", lines, flate=True)))


@reg("template")
def _():
    vs = S("Birth Registrar", "", "Health Information Management")
    nurses = box("Labor and Delivery Nursing", f"ld.nursing@{DOM}")
    lines = ["# MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE (blank - rev. 2025)", "",
             "Child's name (first, middle, last): ______________________________________",
             "Mother's current legal name: ___________________  Name before first marriage: ______________",
             "Mother's date of birth: ____/____/______   Birthplace (state or country): ______________",
             "Residence address: ___________________________________  Inside city limits? [ ]Y [ ]N", "",
             "Mother's education: [ ] 8th grade or less [ ] 9th-12th no diploma [ ] HS/GED [ ] some college [ ] bachelor's [ ] master's+",
             "Is the mother of Hispanic origin? [ ] No [ ] Yes: ________________", "",
             "Request a Social Security number for the child? [ ] Yes [ ] No", "",
             "The completed worksheet is filed by the birth registrar; this blank is for printing on the unit."]
    body = "L&D - the state changed the worksheet; please print from the attached blank starting Monday. - Birth Registrar office"
    return M("blank birth-certificate worksheet (FlateDecode PDF) with empty fields for mother and child", "New birth worksheet",
             vs, [nurses], MIX(T(body), PDF("birth_worksheet_blank.pdf", lines, flate=True)))


@reg("template")
def _():
    lang_ = S("Language Services Manager", "CHI", "Language Services")
    web = S("Web Developer", "", "Marketing & Communications")
    h = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Interpreter request</title></head>
<body>
<form action="/api/interpreter-requests" method="post">
  <h1>Request an interpreter</h1>
  <label for="pt_name">Patient name</label> <input id="pt_name" name="patient_name" type="text" placeholder="Last, First" required>
  <label for="pt_dob">Date of birth</label> <input id="pt_dob" name="patient_dob" type="date">
  <label for="lang">Language</label>
  <select id="lang" name="language"><option>Spanish</option><option>Somali</option><option>Nepali</option><option>Arabic</option><option>ASL</option><option>Other</option></select>
  <label for="loc">Unit / clinic</label> <input id="loc" name="location" type="text" placeholder="e.g. 5 North, room number">
  <label for="mode">Mode</label> <select id="mode" name="mode"><option>In person</option><option>Video</option><option>Phone</option></select>
  <label for="when">Needed at</label> <input id="when" name="needed_at" type="datetime-local">
  <button type="submit">Send request</button>
</form>
</body></html>
"""
    body = f"""{web.first},

Attached is the HTML for the intranet interpreter-request form. It posts to our API and nothing is stored in the page itself. Could you apply the intranet stylesheet?

{lang_.sig}"""
    return M("HTML attachment: interpreter-request web form source with empty inputs and placeholders", "Interpreter form HTML",
             lang_, [web], MIX(T(body), A("interpreter_request_form.html", h, cte="base64")))


@reg("template")
def _():
    ds = S("Data Scientist", "PhD", "Analytics")
    irb = S("IRB Analyst", "", "Office of Research")
    rows = [["synthetic_id", "first", "last", "birthdate", "condition", "source"]]
    for cond in ["Hypertension", "Prediabetes", "Acute viral pharyngitis", "Osteoarthritis of knee", "Seasonal allergic rhinitis", "Sprain of ankle"]:
        f = R.choice(["Marcus", "Delia", "Kenton", "Rosalind", "Yuki", "Abel", "Corinne", "Hollis"])
        l = R.choice(["Bode", "Schaden", "Kuhlman", "Reichert", "Witting", "Gusikowski", "Osinski"])
        rows.append([f"syn-{hexs(8).lower()}", f"{f}{R.randint(100, 999)}", f"{l}{R.randint(10, 99)}",
                     ymd(datetime.date(R.randint(1940, 2010), R.randint(1, 12), R.randint(1, 28))), cond, "SYNTHETIC (Synthea generator)"])
    body = f"""{irb.first},

For the sandbox request: the attached sample is entirely computer-generated by the open-source Synthea simulator (the digits appended to the names are how Synthea marks its generated people). No record is derived from any Riverside patient. The full synthetic population is 10,000 records.

{ds.sig}"""
    return M("Synthea synthetic-population sample CSV, every row marked SYNTHETIC with generator-style numbered names",
             "Synthetic sample for sandbox request", ds, [irb], MIX(T(body), A("synthea_sample.csv", csvtext(rows), cte="7bit")))


@reg("template")
def _():
    vend = X("carenotify-saas.example.org", "Product Specialist", org="CareNotify")
    it = S("Portal Analyst", "", "IS Digital Front Door")
    mgr = S("Patient Experience Director")
    inner_body = f"""{EXT_BANNER}

Hi {it.first},

As requested, the list of merge variables available in CareNotify templates (release 12.3):

  %%RECIPIENT_FIRST%%     recipient first name
  %%RECIPIENT_LAST%%      recipient last name
  %%APPT_DATE%%           appointment date (locale formatted)
  %%APPT_TIME%%           appointment time
  %%DEPT_DISPLAY%%        department display name (can be suppressed per department)
  %%PROVIDER_DISPLAY%%    provider display name
  %%PREP_TEXT%%           free-text prep instructions from the visit type

The preview pane renders them with the dummy recipient "Pat Sample".

{vend.full}, CareNotify"""
    inner = inner_msg("Merge variables list", vend, [it], T(inner_body), offset=-3)
    body = f"""{mgr.first},

Forwarding the vendor's variable list. I suggest we never use %%PREP_TEXT%% for behavioral health and GI departments, since that text can reveal the reason for a visit.

{it.sig}"""
    return M("forwarded vendor list (rfc822) of %%RECIPIENT_FIRST%%-style merge variables; dummy 'Pat Sample' preview",
             "FW: Merge variables list", it, [mgr], MIX(T(body), FWD("Merge variables list.eml", inner)))


@reg("template")
def _():
    ie = S("Interface Engineer", "", "IS Integration")
    vend = X("labconnect-outreach.example.org", "Interface Specialist", org="LabConnect Outreach")
    msg = hl7("MSH|^~\\&|${SENDING_APP}|${SENDING_FAC}|LABCONNECT|OUTREACH|${MSG_TS}||ORU^R01^ORU_R01|${CONTROL_ID}|${PROC_ID}|2.5.1",
              "PID|1||${PATIENT_ID}^^^${ASSIGNING_AUTH}^MR||${FAMILY}^${GIVEN}||${BIRTH_DATE}|${SEX}",
              "OBR|1|${PLACER}|${FILLER}|${TEST_CODE}^${TEST_NAME}^L|||${COLLECTED_TS}",
              "OBX|${SEQ}|${VALUE_TYPE}|${LOINC}^${ANALYTE}^LN||${VALUE}|${UNITS}|${REF_RANGE}|${FLAG}|||F")
    body = f"""{vend.first},

Attached is the ORU template our engine fills for outreach results - every field value is a ${{TOKEN}}, so it is structure only. Please confirm your parser accepts OBX-2 'NM' and 'ST' in the positions shown, and we will send a populated test message from TST afterwards.

{ie.sig}"""
    return M("HL7 ORU template attachment whose PID/OBR/OBX values are all ${TOKEN} placeholders; no patient",
             "ORU template structure", ie, [vend], MIX(T(body), A("ORU_template.hl7", msg)))


# ==========================================================================================================
# NEGATIVES - id_shaped (numbers shaped like identifiers / dates, no patient)
# ==========================================================================================================
@reg("id_shaped")
def _():
    sc = S("Supply Chain Analyst - Perioperative", "", "Supply Chain")
    rep = X("stryden-ortho.example.org", "Consignment Representative", org="Stryden Orthopaedics")
    rows = [["REF", "Description", "Lot", "Expiry", "Bin", "Expected", "Counted", "Variance"]]
    for desc in ["Acetabular shell 54 mm", "Acetabular shell 56 mm", "Femoral stem size 4 std offset", "Femoral stem size 5 high offset",
                 "Ceramic head 36 mm +0", "Poly liner 36 mm 10 deg", "Tibial baseplate size 3", "Femoral component size 5 CR"]:
        exp = datetime.date(R.randint(2026, 2031), R.randint(1, 12), 1)
        e = R.randint(2, 6)
        c = e - R.choice([0, 0, 0, 1])
        rows.append([f"{R.randint(1000, 9999)}-{R.randint(10, 99)}-{R.randint(100, 999)}", desc, f"{digits(2)}{R.choice('ABCDEFGHJK')}{digits(5)}",
                     ymd(exp), f"OR-C{R.randint(1, 4)}-{R.randint(1, 12):02d}", str(e), str(c), str(c - e)])
    body = f"""{rep.first},

Quarterly consignment cycle count for the joint-replacement cabinets is attached. Two variances (-1) - both items were used in cases this week and should already be on your replenishment PO; can you confirm against your usage report?

{sc.sig}"""
    return M("implant consignment cycle count CSV: REF, lot numbers, expiry dates, bins; no patient or case detail",
             "Cycle count - joint cabinets", sc, [rep], MIX(T(body), A("consignment_cycle_count.csv", csvtext(rows))))


@reg("id_shaped")
def _():
    ce = S("Clinical Engineering Manager", "CBET", "Clinical Engineering")
    mgrs = box("Nursing Unit Managers", f"unit.managers@{DOM}")
    rows = []
    for dev_, mfr in [("Infusion pump channel", "Alaris"), ("Vital signs monitor", "Welch Allyn"), ("Defibrillator", "Zoll R Series"),
                      ("Bladder scanner", "BVI 9400"), ("Enteral feeding pump", "Kangaroo"), ("SCD compression pump", "Kendall 700"),
                      ("Patient lift", "Hill-Rom Likorall")]:
        rows.append([f"RHA{digits(9)}", dev_, mfr, f"SN {hexs(3)}{digits(6)}", f"{R.choice(['4W', '5N', '6W', '7E'])} clean utility", mdy(day(R.randint(3, 25)))])
    h = page(paras("Managers,\n\nThe devices below are due for preventive maintenance this month and have not been found on the units. "
                   "Please have staff look for the asset tag (RHA + 9 digits, silver label on the back) and place a PM-due tag on each:") + "\n" +
             table(["Asset tag", "Device", "Model", "Serial", "Last seen", "PM due"], rows) + "\n" +
             paras(f"Call ext. 4-2210 for pickup.<br><br>{ce.full}, CBET<br>Clinical Engineering"))
    return M("biomed PM-due list (HTML): asset tags 'RHA'+9 digits, serials, unit locations; devices only",
             "PM due - devices not located", ce, [mgrs], H(h))


@reg("id_shaped")
def _():
    buyer = S("Buyer", "", "Purchasing")
    appr = S("Director of Rehabilitation Services", "PT, DPT")
    body = f"""{appr.first},

Three purchase orders are waiting for your approval in the procurement system. The new PO format from the finance upgrade is 3-2-4 digits, so they look a bit like SSNs - they are not.

  PO {ssn()}   Drive Medical   12 bariatric wheelchairs (24 in seat)       $14,388.00
  PO {ssn()}   Medline         40 gait belts, 30 transfer boards             $2,116.40
  PO {ssn()}   Biodex          Balance system SD service agreement, 3 yrs    $9,750.00

Cost center 7410-Rehab. Quotes are attached to each PO in the system.

{buyer.sig}"""
    return M("purchase orders numbered 3-2-4 (SSN-shaped) for rehab equipment; no person's data", "POs awaiting approval",
             buyer, [appr], T(body))


@reg("id_shaped")
def _():
    ce = S("Biomedical Technician", "BMET II", "Clinical Engineering")
    vend = X("zolteq-service.example.org", "Returns Coordinator", org="ZolTeq Service")
    bp = R.randint(1000000, 8999999)
    body = f"""{EXT_BANNER}

{ce.first},

We have received the 18 recalled defibrillator battery packs (field action FA-{digits(4)}) you returned in three boxes:

  Box 1 - FedEx {digits(4)} {digits(4)} {digits(4)} - 6 packs, serials BP{bp:07d} through BP{bp + 5:07d}
  Box 2 - FedEx {digits(4)} {digits(4)} {digits(4)} - 6 packs
  Box 3 - UPS 1Z{hexs(6)}{digits(10)} - 6 packs

RMA {digits(8)} is closed. Your note said all packs were removed from service before the return and none failed in use; credit for the replacements will post to your account this week.

{vend.full}
Returns Coordinator, ZolTeq Service"""
    return M("inbound vendor receipt for recalled defibrillator batteries (QP): FedEx/UPS tracking numbers, serials, RMA; no patient",
             "RE: Battery returns shipped", vend, [ce], T(body, "quoted-printable"), inbound=True, reply=True)


@reg("id_shaped")
def _():
    it = S("PACS Systems Engineer", "", "Imaging IS")
    fin = S("IS Finance Analyst", "", "IS Finance")
    keys = "\n".join(f"  RAD-WS-{i:02d}   {'-'.join(hexs(5) for _ in range(5))}   exp {ymd(datetime.date(2026, 6, 30))}" for i in range(1, 7))
    body = f"""{fin.first},

The six diagnostic-workstation licences were renewed under contract C-{digits(6)}. New keys for the asset record:

{keys}

Invoice INV-{digits(7)} will come to you; PO {ssn()} covers it.

{it.sig}"""
    return M("software licence keys (base64 body) for radiology workstations, contract and SSN-shaped PO numbers; no patient",
             "Licence renewal keys", it, [fin], T(body, "base64"))


@reg("id_shaped")
def _():
    ap = S("Accounts Payable Specialist", "", "Finance")
    tre = S("Treasury Analyst", "", "Finance")
    txt = f"""REMITTANCE ADVICE - ACH CREDIT
Payer: Riverside Health (ABA {digits(9)}, acct ****{digits(4)})
Payee: Cardinal Ridge Surgical Supply  (ABA {digits(9)}, acct ****{digits(4)})
Trace: {digits(15)}   Effective: {ymd(day(1))}

Invoice            Invoice date   Amount
1962-0314-A        {ymd(day(-41))}     $4,212.60
1958-1107-A        {ymd(day(-38))}     $1,090.00
1971-0620-C        {ymd(day(-30))}       $318.45
Credit memo CM-{digits(5)}               -$212.00
Total                                $5,409.05
"""
    body = f"""{tre.first},

Remittance advice for today's ACH run to Cardinal Ridge attached. Note their invoice numbers start with a 4-digit catalogue year and month-day code (1962-0314 etc.) - they are not dates of anything.

{ap.sig}"""
    return M("ACH remittance TXT: routing numbers, masked accounts, invoice numbers that look like birth dates; vendor payment",
             "ACH remittance - Cardinal Ridge", ap, [tre], MIX(T(body), A("remittance_advice.txt", txt)))


@reg("id_shaped")
def _():
    ce = S("Clinical Engineering Director", "CCE")
    rt = S("Respiratory Therapy Manager", "RRT")
    sers = [f"VNT{digits(2)}{ymd(datetime.date(2019, R.randint(1, 12), R.randint(1, 28))).replace('-', '')}{digits(2)}" for _ in range(5)]
    h = page(paras(f"{rt.first},\n\nThe manufacturer's field safety notice (FSN-{digits(5)}) affects five of our ICU ventilators. The serial "
                   "numbers embed the build date (yyyymmdd in positions 6-13):") + "\n" +
             table(["Serial", "Location", "Software", "Action"], [[s, R.choice(["MICU pool", "SICU pool", "RT equipment room"]), "4.2.1",
                                                                 "software 4.3.0 by " + mdy(day(14))] for s in sers]) + "\n" +
             paras("The issue is an alarm-log display fault; the notice states no patient harm has been reported. We will swap each unit "
                   f"from the RT pool while it is updated.<br><br>{ce.full}, CCE"))
    return M("ventilator field safety notice (alt): serial numbers embedding build dates, software versions; no patient",
             "FSN - ventilator software", ce, [rt], HALT(h))


@reg("id_shaped")
def _():
    sup = S("Access Center Supervisor", "", "Access Center")
    team = box("Access Center - All Staff", f"access.all@{DOM}")
    rows = [["Queue / role", "Extension", "Backup ext."]]
    for q in ["Scheduling - primary care", "Scheduling - specialty", "Referral intake", "Financial clearance", "Interpreter line",
              "Supervisor desk", "Escalations"]:
        rows.append([q, f"x{R.randint(40000, 49999)}", f"x{R.randint(40000, 49999)}"])
    body = f"""Team,

After the phone-system migration, our internal extensions changed to five digits. Please update your speed dials:

{fixed(rows)}

The main number for patients is unchanged: {phone('614')}. Transfers to the nurse line are now *72 then the extension.

{sup.sig}"""
    return M("call-center extension list: five-digit extensions and a 555-01xx main number; no patient", "New extensions",
             sup, [team], T(body))


@reg("id_shaped")
def _():
    sec = S("Security Systems Administrator", "", "Protective Services")
    it = S("Data Center Manager", "", "IS Infrastructure")
    rows = [["timestamp", "reader", "door", "badge_no", "result"]]
    for i in range(14):
        rows.append([f"{ymd(day(-1))} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", f"RDR-{R.randint(10, 19)}",
                     R.choice(["DC1 mantrap outer", "DC1 mantrap inner", "DC1 cage 4"]), digits(7), R.choice(["GRANTED"] * 5 + ["DENIED - schedule"])])
    body = f"""{it.first},

Access log for the data-center readers for yesterday attached, as requested for the quarterly audit. Badge numbers only - you can resolve them to names in the badge system if needed. Two denials were a vendor arriving before the approved window.

{sec.sig}"""
    return M("data-center door access log CSV: timestamps, reader ids, 7-digit badge numbers; no health data", "Access log for audit",
             sec, [it], MIX(T(body, "quoted-printable"), A("dc_access_log.csv", csvtext(rows))))


@reg("id_shaped")
def _():
    fac = S("Facilities Project Manager", "", "Facilities & Construction")
    signs = X("wayline-signage.example.org", "Project Coordinator", org="Wayline Signage")
    lines = ["# Sign replacement schedule - Tower 2, floors 4-6", f"Issued {mdy(day(0))}   Contractor: Wayline Signage", "",
             "Room code    Old sign text          New sign text            Type    Install"]
    for fl in (4, 5, 6):
        for _ in range(4):
            rc = f"T2-{fl}{R.randint(1, 3)}{R.randint(0, 9)}{R.randint(0, 9)}"
            lines.append(f"{rc:<12} {R.choice(['Clean Utility', 'Soiled Utility', 'Staff Lounge', 'Med Room', 'Family Consult', 'Linen']):<22} "
                         f"{R.choice(['Clean Supply', 'Soiled Holding', 'Team Room', 'Medication Room', 'Consult Room', 'Linen']):<24} "
                         f"{R.choice(['ADA-1', 'ADA-2', 'FLAG']):<7} {mdy(day(R.randint(5, 30)))}")
    lines += ["", "Patient-room signs (T2-4xx, T2-5xx, T2-6xx rooms 01-30) are not in this phase."]
    body = f"{signs.first}, the room-code schedule for the Tower 2 sign change is attached. - {fac.first}"
    return M("wayfinding sign schedule PDF (uncompressed): room codes and install dates; no patient", "Tower 2 sign schedule",
             fac, [signs], MIX(T(body), PDF("tower2_sign_schedule.pdf", lines, flate=False)))


@reg("id_shaped")
def _():
    irb = S("IRB Manager", "CIP", "Office of Research")
    ch = S("IRB Chair", "MD")
    rows = []
    for title in ["Apixaban vs warfarin after bioprosthetic mitral valve replacement", "Home-based cardiac rehabilitation using wearables",
                  "Early mobility protocol in mechanically ventilated adults", "Text-message support for postpartum hypertension",
                  "Biomarkers of delirium after hip fracture surgery"]:
        pi = P()
        rows.append([f"IRB-{R.randint(2019, 2024)}-{digits(4)}", f"NCT0{digits(7)}", f"{hexs(3)}-{digits(3)}-{digits(3)}", title,
                     f"{pi.full}, MD", mdy(day(R.randint(10, 60))), R.choice(["Enrolling", "Closed to enrollment", "Data analysis"])])
    h = ("<html><head><meta charset=\"utf-8\"><title>Continuing review</title>" + CSS + "</head><body>\n<h2>Continuing review due - next 60 days</h2>\n" +
         table(["IRB #", "NCT", "Sponsor protocol", "Title", "PI", "Due", "Status"], rows) +
         "\n<p>Enrollment counts are reported on the continuing-review form, not here.</p>\n</body></html>\n")
    body = f"Dr. {ch.last}, upcoming continuing reviews attached (HTML). - {irb.first}"
    return M("IRB continuing-review tracker (HTML attachment): protocol, NCT and sponsor numbers, PIs, study titles; no participants",
             "Continuing reviews due", irb, [ch], MIX(T(body), A("continuing_review_due.html", h)))


@reg("id_shaped")
def _():
    sd = S("Service Desk Manager", "ITIL", "IS Service Desk")
    all_ = box("IS Service Desk Analysts", f"servicedesk.team@{DOM}")
    old = [ssn() for _ in range(3)]
    body = f"""Team,

Heads-up for the ticket-system migration this weekend:

1. Legacy tickets from the old system were numbered as nine digits with dashes (e.g. {old[0]}, {old[1]}). They are ticket numbers, not Social Security numbers; the DLP filter has been told to ignore the 'Legacy ticket #' field.
2. The even older call-log records used date-based ids (yyyymmdd-nnnn, e.g. 19620314-0042, 19880921-0117 - the first digits are only a sequence seed from the vendor, not a date).
3. New tickets will be INC/RITM/CHG + 7 digits.

Closed ticket {old[2]} (printer jam, 3 West) is a good example to test the lookup.

{sd.sig}"""
    return M("ticket-system migration: SSN-shaped legacy ticket numbers and DOB-like ids explicitly described as ticket ids",
             "Ticket migration this weekend", sd, [all_], T(body))


@reg("id_shaped")
def _():
    pu = S("Procurement Specialist", "", "Purchasing")
    nm = S("Nurse Manager, Cardiac ICU", "MSN, RN")
    rqs = [f"RQ{digits(7)}" for _ in range(4)]
    body = f"""{nm.first},

Your requisitions are through budget review:

  {rqs[0]}  Stryker ICU beds (2)                      approved
  {rqs[1]}  Recliner chairs, family, bariatric (3)     approved
  {rqs[2]}  Vein finder                               on hold - capital committee
  {rqs[3]}  Hover mats (10)                           approved

Requisition numbers are RQ plus seven digits - please quote them (not the PO) when you call the receiving dock at ext. 4-3390.

{pu.sig}"""
    return M("requisition numbers RQ+7 digits (MRN-like shape) for ICU equipment (QP); no patient", "Requisition status",
             pu, [nm], T(body, "quoted-printable"))


@reg("id_shaped")
def _():
    ev = S("Events Coordinator", "", "Nursing Professional Development")
    ed = S("Director of Nursing Education", "DNP, RN")
    rows = [["Registrant", "Unit", "Confirmation code", "Sessions"]]
    for _ in range(8):
        p = P()
        rows.append([p.full, R.choice(["4W", "5N", "MICU", "ED", "L&D", "PACU", "Peds"]), mbi("-"), R.choice(["A1, B2", "A2, B1", "Full day"])])
    body = f"""{ed.first},

Registrants so far for the Spring Nursing Research Day attached. The registration platform's confirmation codes happen to be 11 characters in a 4-3-4 pattern (e.g. {rows[1][2]}) - they only identify the conference registration.

{ev.sig}"""
    return M("nursing-conference registrant CSV: staff names, units and MBI-shaped (CMS-rule-valid) confirmation codes; no health",
             "Research Day registrants", ev, [ed], MIX(T(body), A("research_day_registrants.csv", csvtext(rows), cte="7bit")))


@reg("id_shaped")
def _():
    rt = S("Respiratory Therapy Supervisor", "RRT")
    vend = X("airgas-medical.example.org", "Account Manager", org="Buckeye Medical Gases")
    cyl = []
    for gas, size in [("Oxygen USP", "E"), ("Oxygen USP", "E"), ("Oxygen USP", "H"), ("Heliox 80/20", "H"), ("Nitrous oxide", "E"), ("Carbon dioxide", "E")]:
        dom_ = datetime.date(R.randint(1988, 2019), R.randint(1, 12), R.randint(1, 28))
        cyl.append(f"""  <Cylinder serial="{R.choice('ABCDEFGH')}{digits(6)}" gas="{gas}" size="{size}">
    <DOM>{mdy(dom_)}</DOM>
    <LastHydroTest>{mdy(datetime.date(R.randint(2017, 2024), R.randint(1, 12), 1))}</LastHydroTest>
    <Lot>{digits(2)}-{digits(4)}</Lot>
    <Location>{R.choice(['RT cage B1', '4W alcove', 'ED ambulance bay', 'OR core'])}</Location>
  </Cylinder>""")
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CylinderInventory site=\"Riverside Main\" date=\"" + ymd(day(0)) + "\">\n" + "\n".join(cyl) + "\n</CylinderInventory>\n"
    body = f"""{vend.first},

Inventory export attached. DOM is the cylinder date of manufacture from the shoulder stamp; a few older steel cylinders are due for hydrostatic retest. Please swap those on the next delivery.

{rt.sig}"""
    return M("medical-gas cylinder inventory XML: serials, DOM (date of manufacture), hydro-test dates, lots; no patient",
             "Cylinder inventory", rt, [vend], MIX(T(body), A("cylinder_inventory.xml", xml)))


@reg("id_shaped")
def _():
    ph = S("Pharmacy Buyer", "CPhT", "Pharmacy Purchasing")
    mgr = S("Pharmacy Operations Manager", "PharmD")
    lines = ["# WHOLESALER INVOICE", f"Invoice {digits(10)}   Date {mdy(day(-1))}   Account 0{digits(6)}   PO {ssn()}", "",
             "NDC            Description                                    Qty   Lot        Exp      Ext"]
    for ndc, d in [("00409-4888-02", "Heparin 5,000 units/mL 1 mL vial, 25s"), ("00338-0049-04", "Sodium chloride 0.9% 1000 mL, 12s"),
                   ("63323-0262-01", "Ondansetron 2 mg/mL 2 mL vial, 25s"), ("00143-9875-25", "Ketorolac 30 mg/mL 1 mL vial, 25s"),
                   ("70860-0200-10", "Vancomycin 1 g vial, 10s"), ("00641-6101-25", "Hydromorphone 2 mg/mL 1 mL, 25s")]:
        lines.append(f"{ndc}  {d:<46} {R.randint(1, 12):>3}   {hexs(2)}{digits(4):<6}   {R.randint(1, 12):02d}/{R.randint(2026, 2028)}  ${R.randint(40, 900)}.{digits(2)}")
    lines += ["", "Controlled substances ship separately under CSOS order numbers.", "Thank you for your business."]
    body = f"{mgr.first} - yesterday's invoice attached for the 3-way match; NDC and lot numbers have been received into inventory. - {ph.first}"
    return M("wholesaler invoice PDF (FlateDecode): NDCs, lot numbers, expiry dates, SSN-shaped PO; no patient", "Invoice for match",
             ph, [mgr], MIX(T(body), PDF("wholesaler_invoice.pdf", lines, flate=True)))


@reg("id_shaped")
def _():
    bb = S("Blood Bank Supervisor", "MLS(ASCP)SBB", "Transfusion Service")
    md = S("Transfusion Service Medical Director", "MD")
    rows = [["DIN", "Product code", "Component", "ABO/Rh", "Expires", "Status"]]
    for comp, code in [("RBC AS-1 leukoreduced", "E0336V00"), ("RBC AS-1 leukoreduced", "E0336V00"), ("Apheresis platelets", "E8340V00"),
                       ("Plasma FP24", "E2678V00"), ("Cryo pooled", "E3587V00"), ("RBC irradiated", "E4563V00")]:
        rows.append([f"W{digits(4)} {R.randint(24, 25)} {digits(6)}", code, comp, R.choice(["O NEG", "O POS", "A POS", "B NEG", "AB POS"]),
                     f"{ymd(day(R.randint(0, 3)))} 23:59", R.choice(["in inventory", "in inventory", "quarantine - visual", "to be discarded"])])
    body = f"""Dr. {md.last},

Units expiring in the next 72 hours, for the inventory huddle. None is crossmatched or allocated; two will go to the supplier's short-date program.

{bb.sig}"""
    return M("blood-bank inventory CSV: ISBT 128 DINs, product codes, expiry; explicitly unallocated units", "Short-dated units",
             bb, [md], MIX(T(body), A("short_dated_units.csv", csvtext(rows), cte="quoted-printable")))


@reg("id_shaped")
def _():
    lab = S("Chemistry Lead Technologist", "MLS(ASCP)", "Core Laboratory")
    md = S("Laboratory Medical Director", "MD, PhD")
    data = {"study": "reagent lot crossover", "analyte": "high-sensitivity troponin I", "units": "ng/L",
            "currentLot": f"{digits(5)}UN{digits(2)}", "newLot": f"{digits(5)}UN{digits(2)}", "calibratorLot": f"{digits(5)}C{digits(3)}",
            "samples": [{"id": f"XOVER-{i:02d}", "material": R.choice(["QC level 1", "QC level 2", "QC level 3", "CAP survey residual", "spiked pool"]),
                         "current": round(R.uniform(3, 1200), 1)} for i in range(1, 11)],
            "acceptance": "mean bias <= 10% or 3 ng/L", "result": "PASS", "note": "Materials are QC, survey and pooled residual material; no patient samples or results used."}
    for s_ in data["samples"]:
        s_["new"] = round(s_["current"] * R.uniform(0.95, 1.06), 1)
    body = f"""Dr. {md.last},

Troponin reagent lot crossover passed; data attached for your sign-off so the new lot can go live Monday.

{lab.sig}"""
    return M("reagent lot crossover JSON: reagent/calibrator lot numbers, QC material values; no patient samples", "Lot crossover - hs-TnI",
             lab, [md], MIX(T(body), A("hsTnI_lot_crossover.json", json.dumps(data, indent=2))))


@reg("id_shaped")
def _():
    evs = S("Environmental Services Manager", "", "Environmental Services")
    cno = S("Director of Patient Flow", "RN")
    rows = [["Unit", "Bed", "Dirty (bed status)", "Assigned", "Clean", "Turn time (min)", "Tech id"]]
    for _ in range(12):
        h1, m1 = R.randint(7, 20), R.randint(0, 59)
        tt = R.randint(28, 140)
        t0 = datetime.datetime(2025, 1, 1, h1, m1)
        rows.append([R.choice(["4W", "5N", "6W", "7E"]), f"{R.randint(1, 30):02d}{R.choice('AB')}", t0.strftime("%H:%M"),
                     (t0 + datetime.timedelta(minutes=R.randint(5, 40))).strftime("%H:%M"), (t0 + datetime.timedelta(minutes=tt)).strftime("%H:%M"),
                     str(tt), f"E{digits(5)}"])
    body = f"""{cno.first},

Yesterday's bed-turnover log for the four medical units. Median turn time 61 minutes; the long ones were isolation cleans (UV cycle added). Bed numbers and times only.

{evs.sig}"""
    return M("environmental-services bed-turnover CSV: bed numbers, timestamps, tech ids; no patient", "Bed turnover yesterday",
             evs, [cno], MIX(T(body), A("bed_turnover.csv", csvtext(rows))))


@reg("id_shaped")
def _():
    pm = S("IS Project Manager", "PMP", "IS PMO")
    team = [S("Interface Engineer", "", "IS Integration"), S("Laboratory IS Analyst", "MLS(ASCP)")]
    d = wday(4)
    bridge = f"{digits(3)} {digits(3)} {digits(3)}#"
    desc = (f"Cutover bridge for the lab interface engine move.\nDial-in: {phone('614')},,{bridge.replace(' ', '')}\n"
            f"Conference ID: {bridge}\nHost PIN: {digits(4)}\nChange record: CHG{digits(7)}\nRollback window ends 02:00.")
    cal = ics(hexs(32), "Lab interface cutover bridge", at(d, 22, 0), 240, "Teams / dial-in", desc, pm, team)
    h = page(paras(desc.replace("\n", "<br>\n")))
    return M("calendar invitation for a cutover bridge: dial-in 555-01xx, conference id and PIN, change number; no patient",
             "Lab interface cutover bridge", pm, team, ALT(desc, h, cal=cal))


@reg("id_shaped")
def _():
    prk = S("Parking Services Coordinator", "", "Parking & Transportation")
    sec = S("Security Systems Administrator", "", "Protective Services")
    lo = R.randint(20000, 40000)
    body = f"""{sec.first},

New batch of garage access cards received from the vendor:

  Facility code: {R.randint(100, 250)}
  Card numbers:  {lo} - {lo + 499} (500 cards, HID Prox 26-bit)
  Box labels:    PK-{h7(day(0))}-01 through PK-{h7(day(0))}-05
  Invoice:       {digits(8)}

Please load the range into the garage controllers as 'unassigned'. Cards are assigned to staff at the parking office.

{prk.sig}"""
    return M("garage access card batch: facility code, card number range, box labels; no person", "New card batch",
             prk, [sec], T(body))


@reg("id_shaped")
def _():
    pay = S("Payroll Specialist", "CPP", "Payroll")
    mgr = S("Nurse Manager, PACU", "BSN, RN")
    rows = [["Employee ID", "Date", "In", "Out", "Pay code", "Hours"]]
    for _ in range(10):
        h1 = R.choice([6, 7, 14, 18, 19])
        rows.append([f"E{digits(6)}", ymd(day(-R.randint(1, 7))), f"{h1:02d}:{R.choice(['00', '02', '55', '58'])}",
                     f"{(h1 + R.choice([8, 12])) % 24:02d}:{R.choice(['04', '30', '31', '11'])}", R.choice(["REG", "REG", "OT", "CALLBACK", "CHARGE"]),
                     R.choice(["8.00", "12.00", "12.50", "4.00"])])
    body = f"""{mgr.first},

Missed-punch exceptions for your PACU staff are attached (employee id, punch times, pay code). Please approve or correct in the timekeeping system by Monday 10:00 so they make this pay period.

{pay.sig}"""
    return M("timekeeping punch export CSV: employee ids, timestamps, pay codes (REG/OT/CALLBACK); no health or leave reason",
             "Missed punches to approve", pay, [mgr], MIX(T(body), A("pacu_missed_punches.csv", csvtext(rows))))


@reg("id_shaped")
def _():
    fl = S("Fleet Coordinator", "", "Patient Transport Services")
    risk = S("Insurance and Risk Analyst", "", "Risk Management")
    vins = []
    for _ in range(5):
        vins.append([f"1FD{hexs(5)}{R.choice('ABCDEFGHJKLMNPRSTVWXY')}{digits(7)}".replace("I", "J").replace("O", "0").replace("Q", "R"),
                     f"Medic {R.randint(1, 12)}", f"OH {R.choice('ABCDEFGHJ')}{R.choice('ABCDEFGHJ')}{R.choice('ABCDEFGHJ')} {digits(4)}",
                     str(R.randint(2017, 2024)), f"{R.randint(18000, 212000):,}"])
    h = page(paras(f"{risk.first},\n\nFor the auto-policy renewal, here are the five critical-care transport units:") + "\n" +
             table(["VIN", "Unit", "Plate", "Model year", "Odometer"], vins) + "\n" + paras(f"Thanks,<br>{fl.full}"))
    return M("ambulance fleet list (HTML): VINs, plate numbers, odometer readings; vehicles only", "Fleet list for renewal",
             fl, [risk], H(h))


@reg("id_shaped")
def _():
    fac = S("Pneumatic Tube System Technician", "", "Facilities")
    mgr = S("Facilities Operations Manager")
    lines = []
    for _ in range(14):
        lines.append(f"{ymd(day(-1))} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}  "
                     f"STN {R.randint(100, 480):03d} -> STN {R.randint(100, 480):03d}  carrier {hexs(6)}  "
                     f"{R.choice(['DELIVERED', 'DELIVERED', 'DELIVERED', 'E112 DIVERTER TIMEOUT', 'E207 CARRIER LOST IN ZONE 4', 'RETRY OK'])}")
    txt = "PTS transaction log - zone 4 diverter investigation\n" + "\n".join(lines) + "\n"
    body = f"""{mgr.first},

Log extract for the zone 4 diverter faults attached. Station numbers and carrier RFID ids only. The lost carrier was recovered empty in the blower room. Diverter D4-07 motor replaced at 06:10.

{fac.sig}"""
    return M("pneumatic tube log TXT: timestamps, station numbers, carrier ids, error codes; no specimen or patient",
             "Zone 4 diverter faults", fac, [mgr], MIX(T(body), A("pts_zone4_log.txt", txt, cte="quoted-printable")))


@reg("id_shaped")
def _():
    sc = S("Supply Chain Data Analyst", "", "Supply Chain")
    it = S("ERP Analyst", "", "IS Enterprise Applications")
    gtin = "0" + digits(13)
    body = f"""{it.first},

For the scanner parsing fix, here is how the catheter UDI barcode breaks into GS1 application identifiers:

  (01){gtin}(17){h7(day(700))[2:]}(10){hexs(2)}{digits(5)}(21){digits(9)}

  (01) GTIN               {gtin}
  (17) expiration YYMMDD  {h7(day(700))[2:]}   <- expiry, not a date of birth or service
  (10) lot                as printed
  (21) serial             9 digits

The scanner currently reads (17) as a 'date' field and rejects YYMMDD values above the current year. Please map (17) to the item expiry in the receiving transaction.

{sc.sig}"""
    return M("GS1 UDI barcode parsing note (QP): GTIN, expiry YYMMDD, lot and serial; no patient", "UDI parsing fix",
             sc, [it], T(body, "quoted-printable"))


@reg("id_shaped")
def _():
    net = S("Network Engineer", "CCNP", "IS Infrastructure")
    cab = box("IS Change Advisory Board", f"cab@{DOM}")
    ports = "\n".join(f"  SW-T2-5-{R.randint(1, 4):02d} Gi1/0/{R.randint(1, 48):<3} {':'.join(hexs(2) for _ in range(6))}  10.{R.randint(40, 60)}.{R.randint(1, 254)}.{R.randint(2, 254):<4} "
                      f"{R.choice(['wall jack', 'ceiling AP', 'nurse station PC', 'med cabinet', 'label printer'])} {R.choice(['T2-5', 'T2-5A'])}{R.randint(10, 60):02d}"
                      for _ in range(8))
    body = f"""CAB,

Change CHG{digits(7)} - VLAN move for Tower 2, floor 5, {dname(wday(3))} 01:00-03:00.

Ports affected (switch, port, MAC, IP, device, jack/room code):
{ports}

Clinical devices on the floor (monitors, pumps) use the wireless medical VLAN and are not affected. Back-out: revert the port profile.

{net.sig}"""
    return M("network change (base64 body): switch ports, MAC and IP addresses, jack/room codes; no patient", "CHG - T2-5 VLAN move",
             net, [cab], T(body, "base64"))


@reg("id_shaped")
def _():
    con = S("Construction Contracts Administrator", "", "Facilities & Construction")
    brk = X("heartland-ins-brokers.example.org", "Account Executive", org="Heartland Insurance Brokers")
    lines = ["# Certificates of insurance received - Tower 2 renovation", ""]
    for co in ["Keystone Mechanical LLC", "Brightline Electric Inc.", "Oak & Iron Builders", "Clearwater Plumbing", "Summit Fire Protection"]:
        lines.append(f"{co}")
        lines.append(f"   GL policy {R.choice(['CGL', 'GLO', 'BOP'])}{digits(7)}-{digits(2)}   {mdy(day(-R.randint(10, 200)))} to {mdy(day(R.randint(100, 360)))}   each occurrence $1,000,000")
        lines.append(f"   WC policy WC {digits(3)}-{digits(2)}-{digits(4)}   employer's liability $500,000   FEIN {R.randint(10, 99)}-{digits(7)}")
        lines.append("")
    lines.append("Riverside Health is named as additional insured on all GL policies.")
    body = f"{EXT_BANNER}\n\n{con.first},\n\nAs requested, the COIs for the Tower 2 contractors are summarized in the attached PDF.\n\n{brk.full}\nHeartland Insurance Brokers"
    return M("inbound broker summary of contractor certificates of insurance PDF (uncompressed): policy numbers, FEINs; companies only",
             "COIs - Tower 2", brk, [con], MIX(T(body), PDF("COI_summary_tower2.pdf", lines, flate=False)), inbound=True)


@reg("id_shaped")
def _():
    ap = S("Accounts Payable Supervisor", "", "Finance")
    bank = X("firstriver-bank.example.org", "Treasury Services", org="First River Bank")
    rows = [["Check #", "Issue date", "Payee", "Issued amount", "Presented amount", "Exception", "Decision"]]
    for payee in ["Midwest Linen Services", "Allied Courier LLC", "Ohio Dept of Taxation", "Greenway Landscaping", "TechServe Copier"]:
        amt = f"{R.randint(200, 20000)}.{digits(2)}"
        exc = R.choice(["amount mismatch", "payee name mismatch", "stale date"])
        pres = f"{float(amt) + R.choice([90, 900, 9.0]):.2f}" if exc == "amount mismatch" else amt
        issued = ymd(day(-R.randint(200, 240))) if exc == "stale date" else ymd(day(-R.randint(3, 20)))
        rows.append([digits(6), issued, payee, amt, pres, exc, "RETURN" if exc == "amount mismatch" else R.choice(["PAY", "RETURN"])])
    body = f"""{bank.first},

Positive-pay exception decisions for today attached. Two returns - please do not honor those items.

{ap.sig}"""
    return M("positive-pay exception CSV: check numbers, vendor payees, amounts; no patient", "Positive pay decisions",
             ap, [bank], MIX(T(body), A("positive_pay_decisions.csv", csvtext(rows), cte="base64")))


@reg("id_shaped")
def _():
    vm = S("Vendor Master Specialist", "", "Finance")
    mgr = S("Accounts Payable Manager")
    body = f"""{mgr.first},

W-9s received this week; vendor records updated with the EINs below. TIN matching with the IRS came back clean for all four.

  Valley Courier Services LLC        EIN {R.randint(10, 88)}-{digits(7)}
  Brightway Interpreting Inc.        EIN {R.randint(10, 88)}-{digits(7)}
  Ohio Sterile Processing Partners   EIN {R.randint(10, 88)}-{digits(7)}
  Second Street Catering             EIN {R.randint(10, 88)}-{digits(7)}

Remit-to addresses confirmed by phone with each vendor's main line.

{vm.sig}"""
    return M("vendor W-9 EINs (2-7 digit tax ids); companies only", "W-9 updates", vm, [mgr], T(body))


@reg("id_shaped")
def _():
    ln = S("Linen Services Manager", "", "Support Services")
    vend = X("midwest-linen.example.org", "Account Manager", org="Midwest Linen Services")
    reads = {"site": "Riverside Main", "reader": "DOCK-RFID-02", "window": f"{ymd(day(-1))}T00:00/{ymd(day(-1))}T23:59",
             "carts": [{"cartId": f"LC-{digits(4)}", "inbound": R.randint(180, 420), "outbound": R.randint(150, 400),
                        "tags": [f"E280{hexs(20)}" for _ in range(2)]} for _ in range(4)],
             "summary": {"scrubsOut": 1184, "scrubsReturned": 1012, "lossRate": "14.5%"}}
    body = f"""{vend.first},

Yesterday's dock RFID reads attached (sample tags included). Scrub loss is still above 12%; can we review the reader placement at the tunnel?

{ln.sig}"""
    return M("linen RFID read JSON: cart ids, EPC tag ids, counts; no person", "RFID reads", ln, [vend],
             MIX(T(body), A("linen_rfid_reads.json", json.dumps(reads, indent=2), cte="7bit")))


@reg("id_shaped")
def _():
    lis = S("Laboratory IS Analyst", "MLS(ASCP)", "Laboratory IS")
    lab = S("Core Laboratory Manager", "MLS(ASCP)")
    body = f"""{lab.first},

The hematology line interface dropped at 04:12 and reconnected at 04:31.

  Analyzer   Serial        LIS port   Last ACK (msg ctrl id)
  XN-10 #1   {digits(5)}         {R.randint(5000, 5999)}       {digits(10)}
  XN-10 #2   {digits(5)}         {R.randint(5000, 5999)}       {digits(10)}
  SP-50      {digits(5)}         {R.randint(5000, 5999)}       {digits(10)}

No results were affected: the analyzers buffered during the gap and all buffered results transmitted after reconnection (query of the result queue shows zero pending). Root cause: switch port flap, see CHG{digits(7)}.

{lis.sig}"""
    return M("analyzer interface outage note: serials, port numbers, message control ids; states no results affected",
             "Heme interface drop 04:12", lis, [lab], T(body, "quoted-printable"))


@reg("id_shaped")
def _():
    ph = S("Pharmacy Automation Coordinator", "CPhT", "Pharmacy")
    mgr = S("Pharmacy Operations Manager", "PharmD")
    rows = [[f"{u}-ADC{R.randint(1, 3)}", f"{digits(3)}-{digits(4)}", f"v{R.randint(1, 2)}.{R.randint(0, 9)}.{R.randint(10, 99)}",
             f"D{R.randint(1, 6)}-P{R.randint(1, 24):02d}", R.choice(["firmware updated", "bin reseated", "lidded pocket replaced"])]
            for u in ["4W", "5N", "6W", "7E", "MICU", "ED"]]
    h = page(paras(f"{mgr.first},\n\nOvernight dispensing-cabinet maintenance is complete:") + "\n" +
             table(["Cabinet", "Device #", "Firmware", "Drawer/pocket", "Work"], rows) + "\n" +
             paras(f"All cabinets synced with the pharmacy server at 05:40; no dispensing transactions were lost.<br><br>{ph.full}, CPhT"))
    return M("dispensing-cabinet maintenance (HTML): cabinet ids, device numbers, firmware, drawer/pocket codes; no patient",
             "ADC maintenance complete", ph, [mgr], H(h, "base64"))


@reg("id_shaped")
def _():
    an = S("Epic Analyst", "", "IS Inpatient")
    lead = S("Clinical Applications Lead")
    recs = "\n".join(f"  {ini} {digits(R.choice([5, 6, 7]))}   {what}" for ini, what in
                     [("LPP", "print group for discharge AVS"), ("HGX", "extension: fall-risk score"), ("LGL", "rule: nephrotoxic drug alert"),
                      ("ERX", "medication record (premixed vancomycin 1.25 g)"), ("EAP", "procedure record (POC lactate)"), ("SER", "resource: OR room 14")])
    body = f"""{lead.first},

Build tracker update for upgrade wave 3. Records migrated and validated in POC:

{recs}

All are build records (INI + record id), not patient records. Ready for TST migration on {dname(wday(2))}.

{an.sig}"""
    return M("EHR build tracker (QP): INI record ids (LPP, HGX, ERX, SER...), build descriptions; no patient record",
             "Wave 3 build status", an, [lead], T(body, "quoted-printable"))


@reg("id_shaped")
def _():
    sec = S("Security Operations Supervisor", "", "Protective Services")
    pri = S("Privacy Officer", "CHPC")
    body = f"""{pri.first},

As requested for the camera-retention policy update, the cameras covering public areas on the main campus:

  CAM-{digits(4)}  main lobby entrance        retention 30 days   NVR-02 ch {R.randint(1, 32)}
  CAM-{digits(4)}  ED ambulance bay           retention 30 days   NVR-02 ch {R.randint(1, 32)}
  CAM-{digits(4)}  garage level 2 stairwell   retention 14 days   NVR-04 ch {R.randint(1, 32)}
  CAM-{digits(4)}  pharmacy vault door        retention 90 days   NVR-01 ch {R.randint(1, 32)}

No cameras record inside patient rooms or exam rooms. Export requests continue to go through Protective Services with a case number.

{sec.sig}"""
    return M("security camera list: camera ids, NVR channels, retention days; public areas only", "Camera list for policy",
             sec, [pri], T(body))


@reg("id_shaped")
def _():
    ie = S("Interface Engineer", "", "IS Integration")
    vend = X("labconnect-outreach.example.org", "Interface Specialist", org="LabConnect Outreach")
    acks = []
    for _ in range(4):
        ctrl = digits(10)
        acks.append(hl7(f"MSH|^~\\&|LABCONNECT|OUTREACH|EPIC|RIVERSIDE|{h7(day(0))}{R.randint(0, 23):02d}{R.randint(10, 59)}00||ACK^R01^ACK|A{digits(9)}|P|2.5.1",
                        f"MSA|AE|{ctrl}|Segment sequence error", f"ERR|^^^100&Segment sequence error&HL70357|OBR^1|E|{R.choice(['207', '100'])}"))
    msg = "".join(acks)
    body = f"""{vend.first},

Your engine returned AE acknowledgements for four of our messages this morning (ACKs attached exactly as received). The ACKs carry only control ids; the originals are in our queue and we can resend once you confirm the OBR ordering fix.

{ie.sig}"""
    return M("HL7 ACK messages (MSH/MSA/ERR only, message control ids, no PID); interface error", "AE acknowledgements",
             ie, [vend], MIX(T(body), A("ack_errors.hl7", msg)))


@reg("id_shaped")
def _():
    leg = S("Paralegal", "", "Office of General Counsel")
    ctr = S("Director of Contracting")
    body = f"""{ctr.first},

The termination notices for the three expiring vendor agreements went out by certified mail this morning:

  Midwest Copier Leasing       USPS 9407 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}
  Allied Courier LLC           USPS 9407 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}
  Bright Screens Digital       USPS 9407 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}

Return receipts will be scanned to the contract file when they come back.

{leg.sig}"""
    return M("certified-mail article numbers for vendor contract notices; companies only", "Termination notices mailed",
             leg, [ctr], T(body))


@reg("id_shaped")
def _():
    pe = S("Patient Experience Data Analyst", "", "Patient Experience")
    vend = X("survey-partners.example.org", "Data Operations", org="Survey Partners")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<TransmissionControl xmlns="urn:example:sp:transmit:1">
  <FileName>RIVERSIDE_HCAHPS_{h7(day(-1))}.dat.pgp</FileName>
  <SentAt>{ymd(day(-1))}T23:40:12-05:00</SentAt>
  <SHA256>{hexs(64).lower()}</SHA256>
  <RecordCount>1482</RecordCount>
  <ByteCount>{R.randint(2000000, 4000000)}</ByteCount>
  <CCN>36-{digits(4)}</CCN>
  <SampleMonth>{day(-30).year}-{day(-30).month:02d}</SampleMonth>
  <Status>received; decrypted; record count matches</Status>
</TransmissionControl>
"""
    body = f"""{EXT_BANNER}

{pe.first},

Control record for last night's HCAHPS sample file attached. Counts match; the file itself stays on the SFTP server.

{vend.full}
Survey Partners Data Operations"""
    return M("survey-vendor transmission control XML: file name, hash, record count, CCN; no records", "Transmission control",
             vend, [pe], MIX(T(body), A("transmission_control.xml", xml)), inbound=True)


@reg("id_shaped")
def _():
    lab = S("Laboratory Operations Manager", "MLS(ASCP)")
    all_ = box("Laboratory Leads", f"lab.leads@{DOM}")
    lines = ["# Downtime accession ranges - reserved, unassigned", f"Issued {mdy(day(0))}", "",
             "Location              Range                           Labels printed"]
    start = R.randint(100, 400)
    for loc in ["Main ED", "Main core lab", "Children's ED", "Westland ED", "Polaris UC", "Outreach courier"]:
        lines.append(f"{loc:<21} D{day(0).year % 100}-{start:06d} to D{day(0).year % 100}-{start + 299:06d}      300")
        start += 300
    lines += ["", "These numbers are not linked to any patient until a downtime specimen is registered.",
              "Return unused label sheets to the core lab after each drill."]
    body = "Leads - new downtime accession ranges for the drill kits (PDF). Please swap the label sheets by Friday."
    return M("downtime accession-number ranges PDF (FlateDecode), explicitly unassigned; no patient", "Downtime ranges",
             lab, [all_], MIX(T(body), PDF("downtime_accession_ranges.pdf", lines, flate=True)))


@reg("id_shaped")
def _():
    sf = S("Safety Officer", "CHSP", "Environment of Care")
    eoc = box("Environment of Care Committee", f"eoc.committee@{DOM}")
    rows = [["AED serial", "Location", "Pads lot", "Pads expire", "Battery install", "Inspected", "OK"]]
    for loc in ["Main lobby", "Cafeteria", "Garage L1", "MOB 2 2nd floor", "Outpatient rehab gym", "Administration 4th floor"]:
        rows.append([digits(2) + hexs(1) + digits(6), loc, digits(7), ymd(day(R.randint(20, 700))), ymd(day(-R.randint(100, 900))),
                     ymd(day(-R.randint(0, 6))), R.choice(["Y", "Y", "Y", "N - pads replaced"])])
    body = "EOC committee - monthly AED inspection log attached (public-area units only)."
    return M("AED inspection CSV: serials, pad lots and expiry, battery dates; equipment only", "AED inspections",
             sf, [eoc], MIX(T(body, "quoted-printable"), A("aed_inspections.csv", csvtext(rows))))


@reg("id_shaped")
def _():
    it = S("Clinical Device Integration Engineer", "", "IS Integration")
    ce = S("Clinical Engineering Manager", "CBET")
    rows = [["Device", "Host", "Reported time", "NTP reference", "Drift"]]
    for dev_ in ["Bedside monitor central 4W", "Bedside monitor central MICU", "Fetal monitor gateway L&D", "Infusion pump server",
                 "ECG management system", "Glucose meter dock server"]:
        t = datetime.datetime(2025, 1, 1, 14, R.randint(0, 59), R.randint(0, 59))
        dr = R.choice([0, 1, -2, 47, 185, -63])
        rows.append([dev_, f"10.{R.randint(40, 60)}.{R.randint(1, 254)}.{R.randint(2, 254)}",
                     (t + datetime.timedelta(seconds=dr)).strftime(f"{ymd(day(0))} %H:%M:%S"), t.strftime(f"{ymd(day(0))} %H:%M:%S"), f"{dr:+d} s"])
    body = f"""{ce.first},

Clock-drift audit for the clinical device servers (time stamps read at the same instant):

{fixed(rows)}

Two systems drift by more than a minute; their time stamps on charted data could be out of order. Please point them at the hospital NTP servers.

{it.sig}"""
    return M("device clock-drift audit: host IPs and timestamps; servers only, no charted data", "Clock drift audit",
             it, [ce], T(body))


@reg("id_shaped")
def _():
    rc = S("Receiving Supervisor", "", "Supply Chain")
    buyer = S("Buyer", "", "Purchasing")
    vend = X("cardinal-ridge.example.org", "Shipping Notifications", org="Cardinal Ridge Surgical Supply")
    inner_body = f"""{EXT_BANNER}

ADVANCE SHIP NOTICE {digits(9)}
Ship to: Riverside Health Main - Receiving Dock 3
Your PO: {ssn()}        Our order: SO-{digits(7)}
Carrier: XPO LTL   PRO {digits(10)}   BOL {digits(11)}
Pallets: 3   Weight: 1,120 lb

Line  Item        Description                            Qty   Lot         Exp
1     {digits(6)}      Suture 3-0 PDS II SH 27 in           36    {hexs(3)}{digits(3)}      {ymd(day(900))}
2     {digits(6)}      Surgical gown XL reinforced          200   {digits(8)}    {ymd(day(1400))}
3     {digits(6)}      Foley tray 16 Fr with meter          80    {digits(7)}     {ymd(day(1100))}"""
    inner = inner_msg(f"ASN for PO", vend, [rc], T(inner_body), offset=0)
    body = f"{buyer.first} - ASN below for your PO; two lines short-shipped according to the pallet count. Forwarding for the backorder. - {rc.first}"
    return M("forwarded advance ship notice (rfc822): SSN-shaped PO, PRO/BOL numbers, item and lot numbers; supplies only",
             "FW: ASN for PO", rc, [buyer], MIX(T(body), FWD("ASN for PO.eml", inner)))


@reg("id_shaped")
def _():
    tel = S("Telecommunications Analyst", "", "IS Telecommunications")
    nm = S("Nurse Manager, 5 North", "MSN, RN")
    rows = [["Room", "Bedside phone DID", "Family lounge"]]
    for r in range(1, 9):
        rows.append([f"5N-{500 + r}", phone("614"), ""])
    rows[1][2] = phone("614")
    body = f"""{nm.first},

After the renovation, 5 North room phones have new direct-dial numbers (DIDs). Family members can call rooms directly; the unit desk number is unchanged.

{fixed(rows)}

Room cards with the new numbers will be printed by Monday. Numbers belong to the room, not to whoever is in it.

{tel.sig}"""
    return M("room direct-dial phone list (555-01xx) per room number; numbers belong to rooms, no occupant", "5N room phone numbers",
             tel, [nm], T(body))


# ==========================================================================================================
# NEGATIVES - provider_directory (clinicians' own identifiers, specialties, conditions treated; no patient)
# ==========================================================================================================
def doc_(spec, cred="MD", culture=None, g=None):
    p = S(spec, cred, culture=culture, g=g)
    p.npi = npi()
    return p


def lic(kind="MD"):
    return {"MD": f"35.{digits(6)}", "DO": f"34.{digits(6)}", "APRN": f"APRN.CNP.{digits(7)}", "PA": f"50.{digits(6)}",
            "RPH": f"03-3-{digits(5)}", "LISW": f"I.{digits(7)}", "CRNA": f"APRN.CRNA.{digits(7)}", "CNM": f"APRN.CNM.{digits(7)}"}[kind]


@reg("provider_directory")
def _():
    ms = S("Medical Staff Coordinator", "CPMSM", "Medical Staff Office")
    dirs = box("APP Directors", f"app.directors@{DOM}")
    rows = []
    for spec, k in [("Family NP - Urgent Care", "APRN"), ("PA-C - Orthopaedics", "PA"), ("Acute Care NP - MICU", "APRN"),
                    ("Psychiatric NP - Behavioral Health", "APRN"), ("CRNA - Anesthesia", "CRNA"), ("CNM - Women's Center", "CNM"), ("PA-C - Emergency", "PA")]:
        p = P()
        rows.append([p.full, spec, lic(k), mdy(day(R.randint(10, 80))), R.choice(["renewed - upload pending", "not started", "submitted to board"])])
    h = page(paras("Directors,\n\nOhio licences expiring in the next 90 days for your advanced practice providers. Privileges are suspended "
                   "automatically the day after expiry if the renewal is not verified:") + "\n" +
             table(["Provider", "Role / department", "Licence #", "Expires", "Status"], rows) + "\n" +
             paras(f"Please forward the board's renewal confirmation to the Medical Staff Office.<br><br>{ms.full}, CPMSM"))
    return M("APP licence-renewal tracker (HTML): provider names, roles, licence numbers, expiry; no patient", "Licences expiring in 90 days",
             ms, [dirs], H(h))


@reg("provider_directory")
def _():
    cr = S("Credentialing Specialist", "CPCS", "Provider Enrollment")
    mgr = S("Provider Enrollment Manager")
    rows = [["Provider", "Specialty", "NPI", "CAQH ID", "Last attested", "Due", "Status"]]
    for spec in ["Gastroenterology", "Nephrology", "Rheumatology", "Allergy and Immunology", "Pulmonary Disease", "Infectious Disease", "Endocrinology"]:
        p = doc_(spec)
        rows.append([f"{p.full}, MD", spec, p.npi, digits(8), mdy(day(-R.randint(100, 130))), mdy(day(R.randint(1, 20))), R.choice(["reminder sent", "attested", "overdue"])])
    body = f"{mgr.first}, CAQH re-attestation status attached. Three are overdue; I will call their offices today. - {cr.first}"
    return M("CAQH re-attestation CSV: physician names, specialties, NPIs, CAQH ids; no patient", "CAQH status",
             cr, [mgr], MIX(T(body), A("caqh_reattestation.csv", csvtext(rows))))


@reg("provider_directory")
def _():
    vc = S("Virtual Care Operations Manager", "", "Virtual Care")
    ms = S("Medical Staff Director", "")
    lines = ["TELEHEALTH CROSS-STATE LICENSURE ROSTER (IMLC)", f"as of {mdy(day(0))}", ""]
    for spec in ["Neurology - telestroke", "Psychiatry - tele-behavioral health", "Infectious Diseases - e-consults", "Dermatology - store-and-forward",
                 "Endocrinology - virtual diabetes clinic"]:
        p = doc_(spec)
        states = ", ".join(sorted(R.sample(["KY", "WV", "PA", "IN", "MI", "TN", "WI", "IA"], 3)))
        lines.append(f"{p.full}, MD | {spec} | NPI {p.npi} | OH {lic('MD')} | IMLC LOQ {digits(6)} | also licensed: {states}")
    txt = "\n".join(lines) + "\n"
    body = f"{ms.first}, updated roster of physicians licensed for cross-state telehealth. Sending as text for the policy appendix. - {vc.first}"
    return M("telehealth licensure roster TXT: physicians, specialties, NPIs, state licences, IMLC numbers; no patient",
             "IMLC roster update", vc, [ms], MIX(T(body), A("imlc_roster.txt", txt, cte="7bit")))


@reg("provider_directory")
def _():
    en = S("Payer Enrollment Analyst", "", "Provider Enrollment")
    plan = X("riversidehealthplan.example.org", "Network Management", org="Riverside Health Plan")
    provs = []
    for spec, tax in [("Cardiovascular Disease", "207RC0000X"), ("Clinical Cardiac Electrophysiology", "207RC0001X"),
                      ("Interventional Cardiology", "207RI0011X"), ("Cardiology NP", "363LA2200X")]:
        p = doc_(spec, "APRN-CNP" if "NP" in spec else "MD")
        provs.append({"name": p.full, "credential": p.cred, "npi": p.npi, "taxonomy": tax, "specialty": spec,
                      "locations": ["Riverside Heart & Vascular - Main", "Riverside Heart & Vascular - Polaris"],
                      "acceptingNewPatients": R.choice([True, False]), "effectiveDate": ymd(day(R.randint(10, 40))),
                      "conditionsTreated": ["atrial fibrillation", "heart failure", "coronary artery disease"]})
    body = f"""{plan.first},

Enrollment file for the four new cardiology providers joining the Riverside Heart & Vascular group (TIN on file). JSON per your network-load spec.

{en.sig}"""
    return M("payer-enrollment JSON: new cardiology providers with NPIs, taxonomy codes, locations, conditions treated",
             "New providers - enrollment file", en, [plan], MIX(T(body), A("enrollment_cardiology.json", json.dumps({"providers": provs}, indent=2))))


@reg("provider_directory")
def _():
    en = S("Provider Enrollment Manager")
    cfo = S("VP Revenue Cycle")
    grp = npi()
    body = f"""{cfo.first},

The NPPES update for our group NPI is complete:

  Organization (type 2): Riverside Physician Group, NPI {grp}
  Taxonomy added: 261QU0200X (Clinic/Center - Urgent Care)
  Practice location added: Riverside Urgent Care - Polaris, 8800 Lyra Dr, Columbus, OH 43240
  Authorized official: {cfo.full}

Individual NPIs (type 1) for the eight urgent-care clinicians are reassigned to the group in each payer's system next; no change to their own NPPES records is needed.

{en.sig}"""
    return M("NPPES group NPI update: organization NPI, taxonomy, practice location, official; no patient", "NPPES update done",
             en, [cfo], T(body))


@reg("provider_directory")
def _():
    an = S("Provider Data Analyst", "", "Revenue Cycle")
    mgr = S("Professional Billing Manager")
    items = []
    for spec, tax in [("Family Medicine", "207Q00000X"), ("Internal Medicine", "207R00000X"), ("Gastroenterology", "207RG0100X"),
                      ("Pulmonary Disease", "207RP1001X"), ("Nephrology", "207RN0300X"), ("Rheumatology", "207RR0500X"),
                      ("Diagnostic Radiology", "2085R0202X")]:
        p = doc_(spec)
        items.append(f"""  <Provider npi="{p.npi}">
    <Name>{p.lf}, MD</Name>
    <Taxonomy code="{tax}" primary="true">{spec}</Taxonomy>
    <BillingSpecialtyCode>{R.randint(1, 99):02d}</BillingSpecialtyCode>
  </Provider>""")
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TaxonomyCrosswalk generated=\"" + ymd(day(0)) + "\">\n" + "\n".join(items) + "\n</TaxonomyCrosswalk>\n"
    body = f"{mgr.first}, provider taxonomy-to-billing-specialty crosswalk attached for the claim-edit rule. - {an.first}"
    return M("taxonomy crosswalk XML: physician names, NPIs, taxonomy codes, billing specialty; no patient", "Taxonomy crosswalk",
             an, [mgr], MIX(T(body), A("taxonomy_crosswalk.xml", xml, cte="base64")))


@reg("provider_directory")
def _():
    cme = S("CME Coordinator", "", "Continuing Medical Education")
    all_ = box("Medical Staff - All", f"medstaff.all@{DOM}")
    rows = []
    for spec, topic in [("Epileptologist", "Drug-resistant epilepsy: when to refer for surgery"), ("Hepatologist", "MASLD in 2025: new names, new drugs"),
                        ("Pulmonologist", "Interstitial lung disease for the generalist"), ("Pediatric Endocrinologist", "Type 1 diabetes technology in teens"),
                        ("Geriatrician", "Deprescribing in frailty")]:
        p = doc_(spec)
        rows.append([wday(R.randint(5, 60)), f"{p.full}, MD", spec, topic])
    rows = [[long(r[0])] + r[1:] for r in sorted(rows, key=lambda r: r[0])]
    h = page(paras("Medicine Grand Rounds - spring series, Thursdays 12:00-13:00, Auditorium B and Teams:") + "\n" +
             table(["Date", "Speaker", "Specialty", "Topic"], rows) + "\n" +
             paras(f"1.0 AMA PRA Category 1 Credit&trade; each. Speakers' disclosures are posted in the CME portal.<br><br>{cme.full}"))
    return M("grand-rounds speaker list (alt): physicians, specialties and disease topics; no patient", "Grand Rounds spring series",
             cme, [all_], HALT(h))


@reg("provider_directory")
def _():
    mk = S("Service Line Marketing Manager", "", "Marketing & Communications")
    sl = S("Sleep Center Administrator")
    lines = ["# Riverside Sleep Disorders Center - Meet Our Team", ""]
    for cond in ["obstructive sleep apnea, CPAP intolerance and hypoglossal nerve stimulation", "insomnia (CBT-I) and circadian rhythm disorders",
                 "narcolepsy and idiopathic hypersomnia", "pediatric sleep apnea and parasomnias", "restless legs syndrome and sleep in heart failure"]:
        p = doc_("Sleep Medicine")
        lines += [f"# {p.full}, MD", f"Board certified in sleep medicine. Sees adults{' and children' if 'pediatric' in cond else ''}.",
                  f"Treats: {cond}.", f"NPI {p.npi}   Clinic: Riverside Sleep Center - {R.choice(['Main', 'Dublin', 'Westerville'])}", ""]
    lines.append("Appointments: ask your doctor for a referral or call the center.")
    body = f"{sl.first}, proof of the provider brochure for the sleep center attached - please check names and conditions. - {mk.first}"
    return M("sleep-center provider brochure PDF (FlateDecode): physicians, NPIs, conditions treated; no patient", "Brochure proof",
             mk, [sl], MIX(T(body), PDF("sleep_center_providers.pdf", lines, flate=True)))


@reg("provider_directory")
def _():
    ph = S("Director of Ambulatory Pharmacy", "PharmD")
    pcp = box("Primary Care Physicians", f"pc.physicians@{DOM}")
    lines = []
    for area in ["anticoagulation (warfarin, DOAC transitions)", "diabetes (insulin and GLP-1 titration)", "hypertension", "heart failure GDMT titration"]:
        p = S("Clinical Pharmacist Practitioner", "PharmD, BCACP")
        lines.append(f"  {p.full}, PharmD, BCACP - {area} - NPI {npi()} - Ohio RPh {lic('RPH')}")
    body = f"""Colleagues,

The pharmacists below are covered under the renewed collaborative practice agreement (CPA-2025-04) and may adjust therapy in these areas for patients you refer:

{chr(10).join(lines)}

Refer through the 'Amb referral to pharmacy' order. The signed CPA is on the policy site.

{ph.sig}"""
    return M("collaborative practice pharmacist roster (QP): names, practice areas, NPIs, pharmacist licence numbers; no patient",
             "Pharmacist CPA roster", ph, [pcp], T(body, "quoted-printable"))


@reg("provider_directory")
def _():
    med = S("Medical Director, Addiction Medicine", "MD, FASAM")
    ed = box("ED Physicians and APPs", f"ed.providers@{DOM}")
    rows = []
    for _ in range(4):
        p = doc_("Addiction Medicine")
        rows.append(f"  {p.full}, MD    NPI {p.npi}    DEA {dea(p.last)}    {R.choice(['Mon/Wed', 'Tue/Thu', 'Fri', 'Mon-Fri AM'])}")
    np_ = S("Psychiatric NP", "APRN-CNP")
    rows.append(f"  {np_.full}, APRN-CNP    NPI {npi()}    DEA {dea(np_.last, 'M')}    Tue/Thu PM")
    body = f"""ED colleagues,

The bridge clinic for opioid use disorder opens on the 1st in MOB 2, suite 140, weekdays 8:00-16:00. Walk-in starts for buprenorphine and long-acting injectable naltrexone; same-day or next-day appointments for patients you discharge from the ED.

Prescribers staffing the clinic:
{chr(10).join(rows)}

Referral: 'Amb referral to bridge clinic' order, or page the clinic nurse 3-7710.

{med.sig}"""
    return M("OUD bridge-clinic prescriber roster (base64 body): names, NPIs, valid DEA numbers, schedule; no patient",
             "Bridge clinic opens", med, [ed], T(body, "base64"))


@reg("provider_directory")
def _():
    sc = S("Stroke Program Coordinator", "MSN, RN, SCRN")
    eds = box("Affiliate ED Directors", f"affiliate.ed@{DOM}")
    rows = []
    for _ in range(6):
        p = doc_("Vascular Neurology")
        rows.append([f"{p.full}, MD", "Vascular neurology", p.npi, phone(), R.choice(["Week A nights", "Week A days", "Week B nights", "Week B days", "Weekends"])])
    h = page(paras("Affiliate ED directors,\n\nTelestroke panel for next quarter. Call the stroke hotline first; the cell numbers are for "
                   "backup when the hotline does not connect in 5 minutes.") + "\n" +
             table(["Neurologist", "Specialty", "NPI", "Backup cell", "Coverage"], rows) + "\n" +
             paras(f"Each neurologist is credentialed at all five affiliate hospitals by proxy.<br><br>{sc.full}"))
    return M("telestroke neurologist panel (HTML): names, NPIs, backup cells 555-01xx, coverage blocks; no patient",
             "Telestroke panel next quarter", sc, [eds], H(h, "base64"))


@reg("provider_directory")
def _():
    kd = S("Kidney Services Administrator")
    qa = S("Dialysis Quality Manager", "RN, CNN")
    rows = [["Facility", "CMS certification number", "Medical director", "NPI", "Stations", "Modalities"]]
    for fac, st, mod in [("Riverside Dialysis - Westland", 24, "in-center HD"), ("Riverside Dialysis - Eastland", 30, "in-center HD, nocturnal"),
                         ("Riverside Dialysis - Marion", 18, "in-center HD"), ("Riverside Home Dialysis Program", 0, "home HD, PD")]:
        p = doc_("Nephrology")
        rows.append([fac, f"36-{digits(4)}", f"{p.full}, MD", p.npi, str(st), mod])
    body = f"{qa.first}, medical director list for the CMS survey packet attached. - {kd.first}"
    return M("dialysis facility list CSV: CCNs, medical directors, NPIs, stations; no patient", "Medical directors for survey packet",
             kd, [qa], MIX(T(body), A("dialysis_medical_directors.csv", csvtext(rows), cte="quoted-printable")))


@reg("provider_directory")
def _():
    tx = S("Transplant Program Administrator", "MHA")
    qa = S("Transplant Quality Coordinator", "RN, CCTC")
    lines = ["# Riverside Transplant Institute - Key Personnel (program submission)", ""]
    for role, organ in [("Primary surgeon", "Kidney"), ("Primary physician", "Kidney"), ("Primary surgeon", "Liver"), ("Primary physician", "Liver"),
                        ("Additional surgeon", "Kidney/Pancreas")]:
        p = doc_("Transplant")
        spec = "Transplant surgery" if "surgeon" in role else ("Nephrology" if organ == "Kidney" else "Transplant hepatology")
        lines.append(f"{organ:<16} {role:<20} {p.full}, MD   NPI {p.npi}   {spec}")
    lines += ["", "Each listed individual's case logs and board certificates are in the program binder."]
    body = f"{qa.first}, key-personnel page for the program submission attached (uncompressed PDF, per the portal's requirement). - {tx.first}"
    return M("transplant key-personnel PDF (uncompressed): surgeons and physicians by organ program with NPIs; no patient",
             "Key personnel page", tx, [qa], MIX(T(body), PDF("transplant_key_personnel.pdf", lines, flate=False)))


@reg("provider_directory")
def _():
    mfm = S("MFM Division Chief", "MD")
    obs = box("Community Obstetricians", f"community.ob@{DOM}")
    docs = [doc_("Maternal-Fetal Medicine") for _ in range(4)]
    body = f"""Colleagues,

The maternal-fetal medicine consult line ({phone('614')}) is answered 24/7 by the MFM physician on call:

""" + "\n".join(f"  {d.full}, MD - NPI {d.npi} - special interest: {i}" for d, i in zip(docs, [
        "placenta accreta spectrum", "fetal growth restriction and Doppler", "pregestational diabetes and hypertension in pregnancy", "twin pregnancies and fetal therapy"])) + f"""

Call for: preterm labor before 32 weeks, severe preeclampsia, abnormal anatomy scans, or any transfer question. Outpatient consults can be requested through the referral portal.

{mfm.sig}"""
    return M("MFM consult-line directory: physicians, NPIs, clinical interests (pregnancy conditions); no patient", "MFM consult line",
             mfm, [obs], T(body))


@reg("provider_directory")
def _():
    ms = S("Medical Staff Director", "CPMSM")
    all_ = box("Medical Staff - All", f"medstaff.all@{DOM}")
    rows = []
    for spec, priv in [("Urology", "robotic-assisted radical prostatectomy"), ("Interventional Radiology", "Y-90 radioembolization"),
                       ("Cardiology", "transcatheter edge-to-edge mitral repair"), ("Gastroenterology", "endoscopic ultrasound with FNA"),
                       ("Pulmonary", "robotic bronchoscopy with navigation"), ("Neurosurgery", "deep brain stimulation lead placement")]:
        p = doc_(spec)
        rows.append([f"{p.full}, MD", spec, priv, "granted" if R.random() < 0.8 else "proctoring 5 cases"])
    h = page(paras("The Board of Trustees approved the following new or special privileges at its meeting this week:") + "\n" +
             table(["Practitioner", "Department", "Privilege", "Status"], rows) + "\n" + paras(f"{ms.full}, CPMSM<br>Medical Staff Office"))
    return M("new special privileges announcement (HTML): physicians, departments, procedures; no patient", "New privileges approved",
             ms, [all_], H(h))


@reg("provider_directory")
def _():
    ba = S("Ambulatory Build Analyst", "", "IS Ambulatory")
    pm = S("Practice Manager", "", "Riverside Endocrinology")
    rows = [["Provider", "NPI", "Visit type", "Length (min)", "Slots/day", "Notes"]]
    for _ in range(3):
        p = doc_("Endocrinology")
        for vt, ln in [("NEW THYROID NODULE", 40), ("NEW TYPE 1 DIABETES", 60), ("RETURN DIABETES", 20), ("OSTEOPOROSIS", 30)]:
            rows.append([f"{p.full}, MD", p.npi, vt, str(ln), str(R.randint(1, 6)), R.choice(["", "no Friday PM", "telehealth allowed", "pump clinic days only"])])
    body = f"{pm.first}, provider template build for the new endocrinology providers is attached for sign-off. - {ba.first}"
    return M("scheduling template build CSV: endocrinologists, NPIs, visit types named by condition; no patient", "Template build sign-off",
             ba, [pm], MIX(T(body), A("endo_templates.csv", csvtext(rows))))


@reg("provider_directory")
def _():
    cmo = S("Chief Medical Officer, Ambulatory", "MD")
    pcps = box("Primary Care Providers", f"pc.providers@{DOM}")
    lines = ["# Who to refer to - specialty quick guide (primary care)", f"Updated {mdy(day(0))}", ""]
    for cond, spec in [("Hepatitis C treatment", "Hepatology"), ("Resistant hypertension", "Nephrology"), ("Thyroid nodules > 1 cm", "Endocrinology"),
                       ("Inflammatory arthritis", "Rheumatology"), ("Memory loss workup", "Cognitive neurology"), ("Chronic cough > 8 weeks", "Pulmonary"),
                       ("Gender-affirming hormone therapy", "Endocrinology / Family Medicine"), ("Refractory GERD", "Gastroenterology")]:
        p = doc_(spec)
        lines.append(f"{cond:<34} {spec:<32} {p.full}, MD (NPI {p.npi})")
    lines += ["", "Use e-consult first for questions that may not need a visit."]
    body = "Primary care - the refreshed one-page referral guide is attached."
    return M("specialty referral guide PDF (uncompressed): conditions mapped to named specialists with NPIs; no patient",
             "Referral quick guide", cmo, [pcps], MIX(T(body, "quoted-printable"), PDF("referral_quick_guide.pdf", lines, flate=False)))


@reg("provider_directory")
def _():
    rk = S("Insurance and Risk Analyst", "", "Risk Management")
    ms = S("Medical Staff Coordinator", "CPMSM")
    lines = ["PROFESSIONAL LIABILITY COVERAGE - EMPLOYED PHYSICIANS (excerpt)", f"Policy period {ymd(day(-60))} to {ymd(day(305))}", ""]
    for spec in ["Obstetrics & Gynecology", "Neurosurgery", "Emergency Medicine", "General Surgery", "Anesthesiology", "Family Medicine"]:
        p = doc_(spec)
        lines.append(f"{p.lf:<28} {spec:<26} NPI {p.npi}  cert. {hexs(2)}-{digits(6)}  limits $1M/$3M  tail: n/a")
    txt = "\n".join(lines) + "\n"
    body = f"{ms.first}, coverage certificates for the reappointment files (excerpt attached as text). - {rk.first}"
    return M("malpractice coverage roster TXT: physicians, specialties, NPIs, certificate numbers; no claims or patients",
             "Coverage certificates", rk, [ms], MIX(T(body), A("coverage_excerpt.txt", txt, cte="quoted-printable")))


@reg("provider_directory")
def _():
    cr = S("Credentialing Specialist", "CPCS", "Medical Staff Office")
    ms = S("Medical Staff Director", "CPMSM")
    rows = [["Physician", "Board", "Certificate", "Initial", "MOC status", "Verified"]]
    for board, spec in [("ABIM", "Internal Medicine"), ("ABIM", "Cardiovascular Disease"), ("ABS", "Surgery"), ("ABEM", "Emergency Medicine"),
                        ("ABPN", "Psychiatry"), ("ABP", "Pediatrics"), ("ABR", "Diagnostic Radiology")]:
        p = doc_(spec)
        rows.append([f"{p.full}, MD", f"{board} - {spec}", digits(6), str(R.randint(1998, 2020)), R.choice(["meeting requirements", "due this year"]), ymd(day(0))])
    body = f"{ms.first}, board certification verifications for the April reappointment cycle attached. - {cr.first}"
    return M("board-certification verification CSV: physicians, boards, certificate numbers; no patient", "Board verifications",
             cr, [ms], MIX(T(body, "quoted-printable"), A("board_verifications.csv", csvtext(rows), cte="quoted-printable")))


@reg("provider_directory")
def _():
    d = doc_("Gastroenterology")
    web = S("Web Content Specialist", "", "Marketing & Communications")
    body = f"""Hi {web.first},

Please update my Find-a-Doctor profile:

Name: {d.full}, MD
NPI: {d.npi}
Specialty: Gastroenterology, advanced endoscopy
Conditions I treat (please replace the current list): Barrett's esophagus, achalasia, pancreatic cysts, bile-duct stones and strictures, gastrointestinal bleeding, colon polyps requiring endoscopic mucosal resection
Procedures: ERCP, EUS, EMR, POEM, radiofrequency ablation
Languages: English, Español
Locations: Riverside Digestive Health - Main and Dublin

Thanks!
{d.named}"""
    return M("physician's own Find-a-Doctor profile update (QP): NPI, conditions treated, procedures; no patient",
             "Profile update", d, [web], T(body, "quoted-printable"))


@reg("provider_directory")
def _():
    pn = S("Post-Acute Network Manager", "RN", "Care Management")
    snf = X("maplecrest-rehab.example.org", "Administrator", org="Maplecrest Rehabilitation Center")
    items = []
    for spec, svc in [("Podiatry", "diabetic foot care, nail debridement"), ("Wound care (APRN)", "pressure injuries, venous ulcers"),
                      ("Geriatric psychiatry", "dementia-related behaviors, depression"), ("Physiatry", "post-stroke and post-fracture rehab")]:
        p = doc_(spec, "APRN-CNP" if "APRN" in spec else ("DPM" if spec == "Podiatry" else "MD"))
        items.append(f"""  <Clinician npi="{p.npi}">
    <Name>{p.full}, {p.cred}</Name>
    <Specialty>{spec}</Specialty>
    <ServicesOffered>{svc}</ServicesOffered>
    <VisitDays>{R.choice(['Tuesday', 'Thursday', 'Monday and Friday'])}</VisitDays>
  </Clinician>""")
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SNFVisitingPanel partner=\"Maplecrest Rehabilitation Center\">\n" + "\n".join(items) + "\n</SNFVisitingPanel>\n"
    body = f"{snf.first}, the visiting-clinician panel for your building under the preferred-partner agreement is attached. - {pn.first}"
    return M("SNF visiting-clinician panel XML: clinicians, NPIs, specialties, services offered; no resident", "Visiting panel",
             pn, [snf], MIX(T(body), A("snf_visiting_panel.xml", xml)))


@reg("provider_directory")
def _():
    vc = S("Community Health Volunteer Coordinator", "", "Community Benefit")
    clinic = X("hope-free-clinic.example.org", "Clinic Director", org="Hope Free Clinic")
    lines = []
    for spec in ["Family Medicine", "Internal Medicine", "Cardiology", "Ophthalmology", "Dermatology", "Physician Assistant"]:
        p = S(spec, "PA-C" if "Assistant" in spec else "MD")
        k = "PA" if "Assistant" in spec else "MD"
        lines.append(f"  {p.full}, {p.cred:<5} {spec:<20} OH licence {lic(k)}   NPI {npi()}   {R.choice(['1st Tue', '2nd Sat', '3rd Thu', 'every Mon eve'])}")
    body = f"""{clinic.first},

Riverside volunteers for your spring clinic nights, with the licence and NPI information your malpractice carrier (FTCA volunteer program) requires:

{chr(10).join(lines)}

Each has completed your orientation. Let me know of any schedule conflicts.

{vc.sig}"""
    return M("free-clinic volunteer clinician roster: names, specialties, licences, NPIs, nights; no patient", "Spring volunteer roster",
             vc, [clinic], T(body))


@reg("provider_directory")
def _():
    gme = S("GME Program Coordinator", "C-TAGME", "Graduate Medical Education")
    en = S("Provider Enrollment Analyst", "", "Provider Enrollment")
    rows = [["Incoming resident", "Program", "PGY", "Medical school", "NPI", "Training licence", "Start"]]
    for prog in ["Internal Medicine", "Internal Medicine", "Family Medicine", "General Surgery", "Emergency Medicine", "Psychiatry", "Pediatrics"]:
        p = P()
        rows.append([p.full, prog, "1", R.choice(["Ohio State", "Wright State", "Univ. of Toledo", "Ross University", "AIIMS New Delhi", "Univ. of Ibadan"]),
                     npi(), f"57.{digits(6)}", ymd(datetime.date(2025, 6, 23))])
    body = f"{en.first}, NPIs and training licences for the incoming PGY-1 class attached for the e-prescribing setup. - {gme.first}"
    return M("incoming resident list CSV: names, programs, medical schools, NPIs, training licences; no patient", "Incoming residents",
             gme, [en], MIX(T(body), A("incoming_pgy1.csv", csvtext(rows))))


@reg("provider_directory")
def _():
    ct = S("Contract Manager", "", "Physician Services")
    leg = S("Associate General Counsel", "JD")
    lines = ["# EXHIBIT B - ANESTHESIA PROVIDERS (Professional Services Agreement)", "", "Physicians (anesthesiologists):"]
    for _ in range(4):
        p = doc_("Anesthesiology")
        lines.append(f"   {p.full}, MD   NPI {p.npi}   OH {lic('MD')}")
    lines.append("Certified registered nurse anesthetists:")
    for _ in range(5):
        p = S("CRNA", "CRNA")
        lines.append(f"   {p.full}, CRNA   NPI {npi()}   OH {lic('CRNA')}")
    lines += ["", "Coverage: 12 anesthetizing locations weekdays; 3 after hours; obstetric anesthesia in house 24/7."]
    body = f"{leg.first}, updated Exhibit B for the anesthesia agreement attached. - {ct.first}"
    return M("anesthesia contract exhibit PDF (FlateDecode): anesthesiologists and CRNAs with NPIs and licences; no patient",
             "Exhibit B update", ct, [leg], MIX(T(body), PDF("anesthesia_exhibit_B.pdf", lines, flate=True)))


@reg("provider_directory")
def _():
    lab = S("Laboratory Administrative Director", "MBA, MLS(ASCP)")
    all_ = box("Medical Staff - All", f"medstaff.all@{DOM}")
    docs = [doc_("Pathology") for _ in range(5)]
    body = f"""Colleagues,

Pathology coverage for the holiday weekend. Frozen sections and urgent consults: call the pathologist on call through the operator.

  Sat  {docs[0].full}, MD (surgical/GI pathology)      NPI {docs[0].npi}
  Sun  {docs[1].full}, MD (hematopathology)           NPI {docs[1].npi}
  Mon  {docs[2].full}, MD (neuropathology/autopsy)    NPI {docs[2].npi}
  Transfusion medicine: {docs[3].full}, MD, NPI {docs[3].npi}

CLIA laboratory director for the main laboratory (CLIA 36D{digits(7)}) remains {docs[4].full}, MD.

{lab.sig}"""
    return M("pathology on-call and CLIA director list (QP): pathologists, subspecialties, NPIs, CLIA number; no patient",
             "Pathology coverage - holiday", lab, [all_], T(body, "quoted-printable"))


@reg("provider_directory")
def _():
    rad = S("Radiology Operations Director", "RT(R), MBA")
    eds = box("Emergency and Hospital Medicine", f"ed.hm@{DOM}")
    rows = []
    for mod, spec in [("MRI brain/spine", "Neuroradiology"), ("CT angiography", "Cardiothoracic imaging"), ("Breast MRI / biopsy", "Breast imaging"),
                      ("Pediatric ultrasound", "Pediatric radiology"), ("PET/CT", "Nuclear medicine"), ("MSK MRI", "Musculoskeletal radiology")]:
        p = doc_(spec)
        rows.append([mod, f"{p.full}, MD", spec, p.npi, f"x{R.randint(40000, 49999)}"])
    h = page(paras("Subspecialty reading panel - who reads what on weekdays 07:00-17:00:") + "\n" +
             table(["Studies", "Radiologist", "Subspecialty", "NPI", "Reading room ext."], rows) + "\n" +
             paras(f"After hours all studies are read by the night team.<br><br>{rad.full}"))
    return M("radiology subspecialty reading panel (HTML): radiologists, NPIs, modalities, extensions; no patient", "Reading panel",
             rad, [eds], H(h))


@reg("provider_directory")
def _():
    dei = S("Health Equity Program Manager", "MPH", "Office of Health Equity")
    ac = box("Access Center Agents", f"access.agents@{DOM}")
    rows = []
    for spec, svc in [("Family Medicine", "primary care, PrEP, gender-affirming hormone therapy"), ("Endocrinology", "gender-affirming hormone therapy"),
                      ("Psychology", "gender identity support, letters of support for surgery"), ("Plastic Surgery", "chest reconstruction"),
                      ("Infectious Diseases", "HIV care and PrEP"), ("Obstetrics & Gynecology", "fertility preservation counselling")]:
        p = doc_(spec, "PsyD" if spec == "Psychology" else "MD")
        rows.append([f"{p.full}, {p.cred}", spec, svc, p.npi, R.choice(["Main", "Short North", "Dublin"])])
    h = ("<html><head><meta charset=\"utf-8\"><title>Affirming care directory</title>" + CSS + "</head><body>\n"
         "<h2>LGBTQ+ affirming care - provider directory (for schedulers)</h2>\n" +
         table(["Provider", "Specialty", "Services", "NPI", "Site"], rows) +
         "\n<p>Use the patient's chosen name and pronouns as listed in the chart.</p>\n</body></html>\n")
    body = f"Agents - the affirming-care provider directory is attached. Please use it when callers ask for these services. - {dei.first}"
    return M("affirming-care provider directory (HTML attachment): clinicians, specialties, services, NPIs; no patient",
             "Affirming care directory", dei, [ac], MIX(T(body), A("affirming_care_directory.html", h, cte="quoted-printable")))


@reg("provider_directory")
def _():
    dev = S("FHIR Integration Developer", "", "IS Integration")
    plan = X("riversidehealthplan.example.org", "Provider Directory API Team", org="Riverside Health Plan")
    entries = []
    for spec, code in [("Family Medicine", "207Q00000X"), ("Pediatrics", "208000000X"), ("Obstetrics & Gynecology", "207V00000X")]:
        p = doc_(spec)
        pid = f"prac-{hexs(6).lower()}"
        entries.append({"resource": {"resourceType": "Practitioner", "id": pid,
                                     "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": p.npi}],
                                     "name": [{"family": p.last, "given": [p.first], "suffix": ["MD"]}],
                                     "communication": [{"coding": [{"code": R.choice(["en", "es", "so", "ar"])}]}]}})
        entries.append({"resource": {"resourceType": "PractitionerRole", "id": f"role-{pid}", "practitioner": {"reference": f"Practitioner/{pid}"},
                                     "specialty": [{"coding": [{"system": "http://nucc.org/provider-taxonomy", "code": code, "display": spec}]}],
                                     "location": [{"display": "Riverside Primary Care - Hilliard"}], "newPatients": R.choice([True, False])}})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    body = f"""{plan.first},

Sample of our Practitioner/PractitionerRole feed for the plan's directory API (Plan-Net profile). Three providers; the production feed has 1,412.

{dev.sig}"""
    return M("FHIR Practitioner/PractitionerRole bundle (JSON): NPIs, names, languages, specialties; no Patient resource",
             "Directory feed sample", dev, [plan], MIX(T(body, "quoted-printable"), A("practitioner_feed_sample.json", json.dumps(bundle, indent=2))))


@reg("provider_directory")
def _():
    ie = S("Interface Engineer", "", "IS Integration")
    ms = S("Medical Staff Systems Analyst", "", "Medical Staff Office")
    segs = [msh("MFN^M02^MFN_M02", sending="MSOW^RIVMSO", receiving="EPIC^RIVERSIDE"), f"MFI|PRA^Practitioner Master File^HL70175||UPD|||AL"]
    for spec in ["Cardiology", "Orthopaedic Surgery", "Psychiatry"]:
        p = doc_(spec)
        d_ = dea(p.last)
        segs += [f"MFE|MAD|{digits(6)}|{h7(day(0))}|{p.npi}^{p.last.upper()}^{p.first.upper()}|CWE",
                 f"STF|{p.npi}|{p.npi}^^^NPI|{p.last.upper()}^{p.first.upper()}^^^^MD|P|{p.g.upper()}||A|{spec.upper()}||^WPN^PH^^1^614^555{R.randint(100, 199):04d}",
                 f"PRA|{p.npi}|RIVPG^Riverside Physician Group|I|{spec}^{spec}||{lic('MD')}^OH^MD~{d_}^US^DEA"]
    msg = hl7(*segs)
    body = f"""{ms.first},

MFN^M02 from the credentialing system for three newly appointed physicians is attached. PRA-6 carries the state licence and DEA number; please confirm these match the files before we let the feed update provider records in production.

{ie.sig}"""
    return M("HL7 MFN^M02 practitioner master-file message: STF/PRA with physician NPIs, licences, valid DEA numbers; no PID",
             "MFN for new appointments", ie, [ms], MIX(T(body), A("MFN_M02_practitioners.hl7", msg, ct="application/hl7-v2")))


@reg("provider_directory")
def _():
    him = S("Interoperability Analyst", "", "Health Information Management")
    pcps = box("Community Practice Managers", f"community.practices@{DOM}")
    rows = [["Clinician", "Specialty", "Direct address", "NPI"]]
    for spec in ["Cardiology", "Pulmonary", "Oncology", "Nephrology", "General Surgery", "Neurology", "Urology"]:
        p = doc_(spec)
        rows.append([f"{p.full}, MD", spec, f"{p.first[0].lower()}{re.sub(r'[^a-z]', '', p.last.lower())}@direct.{DOM}", p.npi])
    body = f"""Practice managers,

Direct secure-messaging addresses for Riverside specialists are attached, so your EHR can send referrals and receive consult notes directly instead of by fax.

{him.sig}"""
    return M("Direct secure-messaging address directory CSV: specialists, Direct addresses, NPIs; no patient",
             "Direct addresses for specialists", him, [pcps], MIX(T(body), A("direct_address_directory.csv", csvtext(rows), cte="base64")))


@reg("provider_directory")
def _():
    cme = S("CME Manager", "", "Continuing Medical Education")
    acc = S("CME Accreditation Specialist")
    lines = ["# Regional Heart Failure Symposium - Faculty and Disclosures", ""]
    for topic in ["GDMT titration in the clinic", "Cardiac amyloidosis: who to screen", "LVAD and transplant referral timing",
                  "SGLT2 inhibitors in HFpEF", "Remote monitoring of HF patients"]:
        p = doc_("Cardiology")
        disc = R.choice(["No relevant financial relationships", "Advisory board: Novamed (ended 2024)", "Research grant to institution: CardioWorks"])
        lines += [f"{p.full}, MD - Advanced heart failure and transplant cardiology - NPI {p.npi}", f"   Topic: {topic}", f"   Disclosure: {disc}", ""]
    body = f"{acc.first}, faculty and disclosure page for the symposium attached (FlateDecode PDF). - {cme.first}"
    return M("CME faculty disclosure PDF (FlateDecode): cardiologists, NPIs, topics, financial disclosures; no patient",
             "Faculty disclosures", cme, [acc], MIX(T(body), PDF("hf_symposium_faculty.pdf", lines, flate=True)))


@reg("provider_directory")
def _():
    pc = S("Palliative Care Program Director", "MD")
    hos = X("gentle-harbor-hospice.example.org", "Executive Director", org="Gentle Harbor Hospice")
    docs = [doc_("Hospice and Palliative Medicine") for _ in range(3)]
    body = f"""{hos.first},

For your CMS hospice certification file, the Riverside physicians who will serve as your attending and medical-director backups:

""" + "\n".join(f"  {d.full}, MD, HMDC - Hospice and palliative medicine - NPI {d.npi} - OH {lic('MD')}" for d in docs) + f"""

{docs[0].full} remains your primary medical director under the agreement; the others cover vacation and after-hours certification of terminal illness.

{pc.sig}"""
    return M("hospice medical-director coverage list (base64 body): physicians, NPIs, licences; no patient", "Medical director coverage",
             pc, [hos], T(body, "base64"))


@reg("provider_directory")
def _():
    oc = S("Pediatric Outreach Coordinator", "", "Riverside Children's")
    docs = [doc_("Pediatric Neurology"), doc_("Pediatric Pulmonology"), doc_("Pediatric Cardiology")]
    d = wday(12)
    desc = ("Outreach clinic day - Chillicothe Pediatric Center\n" +
            "\n".join(f"{x.full}, MD ({x.role}) - NPI {x.npi}" for x in docs) +
            "\nClinics: epilepsy and headache; asthma and cystic fibrosis; murmurs and syncope.\nRoom bookings only; patient lists come from the local schedule.")
    cal = ics(hexs(32), "Peds outreach - Chillicothe", at(d, 8, 0), 540, "Chillicothe Pediatric Center, 2nd floor", desc, oc, docs)
    h = page(paras(desc.replace("\n", "<br>\n")))
    return M("calendar invitation for a pediatric outreach clinic day: subspecialists, NPIs, conditions seen; no patient list",
             "Peds outreach - Chillicothe", oc, docs, ALT(desc, h, cal=cal))


@reg("provider_directory")
def _():
    cno = S("Chief Nursing Officer, APP Services", "DNP, APRN")
    ph = box("Pharmacy Leadership", f"pharmacy.leaders@{DOM}")
    rows = []
    for spec in ["Cardiology", "Oncology", "Hospital Medicine", "Psychiatry", "Pain Management"]:
        p = S(f"{spec} NP", "APRN-CNP")
        rows.append([f"{p.full}, APRN-CNP", spec, lic("APRN"), "Yes" if spec != "Psychiatry" else "Yes (CS schedule II-V)", dea(p.last, "M"), npi()])
    h = page(paras("Pharmacy leaders,\n\nAPRNs with prescriptive authority and DEA registration added this quarter. Please load them into the "
                   "prescriber file so their outpatient prescriptions are not rejected:") + "\n" +
             table(["APRN", "Specialty", "Ohio certificate", "Prescriptive authority", "DEA", "NPI"], rows) + "\n" +
             paras(f"{cno.full}, DNP, APRN"))
    return M("APRN prescriptive-authority list (alt): NPs, certificate numbers, valid mid-level DEA numbers, NPIs; no patient",
             "New APRN prescribers", cno, [ph], HALT(h))


@reg("provider_directory")
def _():
    oh = S("Occupational Health Clinic Manager", "", "Riverside Occupational Health")
    emp = X("buckeye-freight.example.org", "Safety Director", org="Buckeye Freight Lines")
    lines = []
    for _ in range(4):
        p = S("Occupational Medicine", R.choice(["MD", "DO", "APRN-CNP", "PA-C"]))
        lines.append(f"  {p.full}, {p.cred:<9} NRCME #{digits(10)}  NPI {npi()}  {R.choice(['Mon-Fri', 'Tue/Thu', 'Mon/Wed/Fri'])}")
    body = f"""{emp.first},

As requested for your driver program, our certified medical examiners for DOT physicals (all listed on the FMCSA National Registry):

{chr(10).join(lines)}

Walk-ins 7:30-15:00 at Riverside Occupational Health - Groveport. Drivers should bring the MCSA-5875 form and their medication list.

{oh.sig}"""
    return M("DOT medical examiner list: clinicians, National Registry numbers, NPIs, days; no driver", "DOT examiners",
             oh, [emp], T(body))


@reg("provider_directory")
def _():
    pc = S("Palliative Care Team Coordinator", "", "Palliative Medicine")
    hosp = box("Hospital Medicine Group", f"hospitalists@{DOM}")
    team = [doc_("Palliative Medicine"), doc_("Palliative Medicine")]
    np_ = S("Palliative NP", "APRN-CNP")
    sw = S("Palliative Social Worker", "LISW-S")
    ch = S("Chaplain", "MDiv, BCC")
    body = f"""Hospitalists,

Inpatient palliative care consult team for the next two weeks:

  Attending:   {team[0].full}, MD (week 1)  /  {team[1].full}, MD (week 2)   pager 7-2201
  NP:          {np_.full}, APRN-CNP                                      pager 7-2202
  Social work: {sw.full}, LISW-S                                         pager 7-2205
  Chaplain:    {ch.full}, MDiv, BCC                                      pager 7-2207

Consult for: goals-of-care conversations, complex symptom management (pain, dyspnea, nausea), family meetings, hospice transitions. Same-day response for consults placed before noon.

{pc.sig}"""
    return M("palliative care team roster: clinicians, pagers, consult reasons; no patient", "Palliative team - next two weeks",
             pc, [hosp], T(body))


@reg("provider_directory")
def _():
    dc = S("Device Clinic Manager", "RN, CCDS", "Riverside Heart & Vascular")
    ed = box("Emergency Department Charge Nurses", f"ed.charge@{DOM}")
    eps = [doc_("Clinical Cardiac Electrophysiology") for _ in range(3)]
    body = f"""ED charge nurses,

Updated contacts for pacemaker and ICD questions:

Electrophysiologists (manage pacemakers, ICDs, CRT devices, loop recorders):
""" + "\n".join(f"  {e.full}, MD - NPI {e.npi}" for e in eps) + f"""

Manufacturer representatives (device interrogation after hours, 24/7):
  Medtronic - {P().full} {phone()}
  Boston Scientific - {P().full} {phone()}
  Abbott - {P().full} {phone()}

Reps may interrogate a device only at the request of a Riverside clinician.

{dc.sig}"""
    return M("device-clinic contacts (QP): electrophysiologists with NPIs and vendor reps' phones; no patient",
             "Pacemaker/ICD contacts", dc, [ed], T(body, "quoted-printable"))


@reg("provider_directory")
def _():
    d = doc_("Rheumatology")
    plan = X("riversidehealthplan.example.org", "Provider Data Quality", org="Riverside Health Plan")
    ms = S("Provider Data Coordinator", "", "Provider Enrollment")
    inner_body = f"""{EXT_BANNER}

Dear Dr. {d.last},

Federal rules require us to verify your directory listing every 90 days. Our records show:

  Name: {d.full}, MD          NPI: {d.npi}
  Specialty: Rheumatology     Accepting new patients: Yes
  Conditions: rheumatoid arthritis, lupus, gout, vasculitis, psoriatic arthritis
  Location: Riverside Rheumatology, 3555 Olentangy River Rd, Columbus, OH 43214
  Phone: {phone('614')}

Reply 'CONFIRM' or send corrections within 30 days to avoid removal from the directory.

Riverside Health Plan - Provider Data Quality"""
    inner = inner_msg("Verify your directory listing", plan, [d], T(inner_body), offset=-2)
    body = f"{ms.first} - can you handle this? My new-patient status should now be 'No' until summer. - {d.first}"
    return M("physician forwards a plan directory-verification request (rfc822): own NPI, specialty, conditions; no patient",
             "FW: Verify your directory listing", d, [ms], MIX(T(body), FWD("Verify your directory listing.eml", inner)))


@reg("provider_directory")
def _():
    ac = S("Access Center Manager", "", "Access Center")
    agents = box("Access Center Agents", f"access.agents@{DOM}")
    rows = []
    for spec in ["Family Medicine", "Family Medicine", "Internal Medicine", "Pediatrics", "Dermatology", "Neurology", "Allergy & Immunology"]:
        p = doc_(spec, R.choice(["MD", "DO"]))
        rows.append([f"{p.full}, {p.cred}", spec, R.choice(["Hilliard", "Grove City", "Westerville", "Dublin"]),
                     R.choice(["<b>Open</b>", "Closed", "Open - age 18+ only", "Open - referrals only"]), R.choice(["English", "English, Spanish", "English, Hindi", "English, Somali"])])
    h = page(paras("Agents,\n\nNew-patient status as of this morning:") + "\n" +
             table(["Provider", "Specialty", "Office", "New patients", "Languages"], rows) + "\n" + paras(f"{ac.full}"))
    return M("accepting-new-patients status list (alt): providers, specialties, offices, languages; no patient",
             "New patient status", ac, [agents], HALT(h, "base64"))


@reg("provider_directory")
def _():
    ops = S("VP Ambulatory Operations")
    staff = box("Riverside Primary Care - Lancaster Staff", f"pc.lancaster.staff@{DOM}")
    leaving = doc_("Family Medicine")
    new1, new2 = doc_("Family Medicine"), S("Family NP", "APRN-CNP")
    body = f"""Team,

{leaving.full}, MD (NPI {leaving.npi}) will leave Riverside Primary Care - Lancaster at the end of next month to join a practice in another state. We thank {leaving.him} for eleven years of care for this community.

{leaving.His} panel will be followed by {new1.full}, MD, who joins us from Marion, and {new2.full}, APRN-CNP. Letters to patients go out next week by mail using the standard notice template; please use the approved script for calls and do not discuss individual patients' care plans by e-mail.

{ops.sig}"""
    return M("departing-physician notice: physician names and NPI, panel transfer described generically; no patient",
             "Provider transition - Lancaster", ops, [staff], T(body))


@reg("provider_directory")
def _():
    wc = S("Women's Center Manager", "", "Riverside Women's Center")
    call = box("Birth Center Front Desk", f"birthcenter.desk@{DOM}")
    cards = []
    for _ in range(3):
        p = S("Certified Nurse-Midwife", "CNM")
        cards.append("\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"N:{p.last};{p.first};;;CNM", f"FN:{p.full}, CNM",
                                  "ORG:Riverside Health;Women's Center - Midwifery", "TITLE:Certified Nurse-Midwife",
                                  f"TEL;TYPE=WORK,VOICE:{phone('614')}", f"EMAIL;TYPE=INTERNET:{p.email}",
                                  f"NOTE:NPI {npi()}. Prenatal care\\, water birth\\, VBAC counselling\\, postpartum and well-woman care.", "END:VCARD"]))
    body = f"Front desk - contact cards for the three midwives joining the birth center are attached (one .vcf). - {wc.first}"
    return M("vCard attachment with three midwives' contact cards, NPIs and services; no patient", "Midwife contact cards",
             wc, [call], MIX(T(body), A("midwives.vcf", "\r\n".join(cards) + "\r\n")))


@reg("provider_directory")
def _():
    rec = X("locumpath-staffing.example.org", "Senior Recruiter", org="LocumPath Staffing")
    chair = S("Chair, Department of Anesthesiology", "MD")
    p = P()
    n = npi()
    txt = f"""CANDIDATE SUMMARY - locum tenens, cardiac anesthesiology
Name: {p.full}, MD
NPI: {n}
Board certification: American Board of Anesthesiology - Anesthesiology (2011); Adult Cardiac Anesthesiology / Advanced PTE (2013)
Licences: Ohio {lic('MD')} (active); Kentucky (active); Indiana (inactive)
DEA: {dea(p.last)}
Fellowship: Adult cardiothoracic anesthesiology, 12 months
Case mix last 24 months: CABG, valve repair/replacement, TAVR, LVAD, thoracic aortic surgery
Availability: 2 weeks per month starting {MONTHS[day(45).month - 1]}
References: 3 received, all favorable
"""
    body = f"{EXT_BANNER}\n\nDr. {chair.last},\n\nSummary for the locum cardiac anesthesiologist candidate is attached; the CV and references have been uploaded to your credentialing portal.\n\n{rec.full}\nSenior Recruiter, LocumPath Staffing"
    return M("inbound locum-agency candidate summary TXT: physician's NPI, boards, licences, valid DEA, case mix; no patient",
             "Locum candidate - cardiac anesthesia", rec, [chair], MIX(T(body), A("locum_candidate_summary.txt", txt)), inbound=True)


# ==========================================================================================================
# NEGATIVES - the other kinds (a few each)
# ==========================================================================================================
@reg("prescriber_notice")
def _():
    pt_ = S("Chair, Pharmacy & Therapeutics Committee", "PharmD")
    pres = box("All Prescribers", f"prescribers.all@{DOM}")
    body = f"""Prescribers,

Starting next month the EHR will require a naloxone co-prescription (or a documented reason for not prescribing) whenever an outpatient opioid prescription brings the daily total to 50 morphine milligram equivalents (MME) or more, or when an opioid is prescribed with a benzodiazepine.

- Preferred product: naloxone 4 mg nasal spray, 2-pack
- The MME calculator in the prescribing activity now shows the running total
- Exceptions: hospice patients and patients who already have naloxone at home (select the reason)

The state board's rule and our policy PHARM-212 are linked on the intranet. Questions: the pharmacy informatics team.

{pt_.sig}"""
    return M("prescriber notice: naloxone co-prescribing rule at >= 50 MME; no patient", "Naloxone co-prescribing requirement",
             pt_, [pres], T(body), label="general:General")


@reg("prescriber_notice")
def _():
    cmp_ = S("Controlled Substance Compliance Pharmacist", "PharmD")
    med = S("Chief Medical Officer", "MD")
    rows = [["Prescriber", "NPI", "PDMP delegate", "Delegate role", "Last delegate login", "Action"]]
    for _ in range(6):
        p = doc_(R.choice(["Family Medicine", "Pain Medicine", "Psychiatry", "Orthopaedic Surgery"]))
        dlg = P()
        rows.append([f"{p.full}, MD", p.npi, dlg.full, R.choice(["RN", "LPN", "MA"]), ymd(day(-R.randint(1, 400))),
                     R.choice(["keep", "keep", "remove - left Riverside", "remove - inactive > 1 yr"])])
    body = f"Dr. {med.last}, annual PDMP delegate-account audit attached. Four delegate accounts should be removed; prescribers have been notified. - {cmp_.first}"
    return M("PDMP delegate-account audit CSV: prescribers with NPIs and their staff delegates; no patient or PDMP query content",
             "PDMP delegate audit", cmp_, [med], MIX(T(body), A("pdmp_delegate_audit.csv", csvtext(rows))))


@reg("newsletter")
def _():
    lab = S("Laboratory Medical Director", "MD, PhD")
    all_ = box("Riverside Clinicians", f"clinicians.all@{DOM}")
    h = page("<h2>Lab Notes - March</h2>\n<h3>High-sensitivity troponin I goes live</h3>\n" + paras(
        "On the 18th the core lab switches to a high-sensitivity troponin I assay reported in ng/L (not ng/mL). Sex-specific 99th-percentile "
        "upper reference limits: <b>women 16 ng/L, men 34 ng/L</b>. The ED 0/2-hour algorithm rules out MI when the 0-h value is &lt; 4 ng/L "
        "with symptoms &gt; 3 hours, or when the 0-h value is &lt; 12 ng/L and the 2-hour change is &lt; 3 ng/L.") +
             "\n<h3>Also this month</h3>\n<ul><li>Vitamin D (25-OH) moves to a once-daily run.</li>"
             "<li>eGFR is reported with the race-free CKD-EPI 2021 equation.</li>"
             "<li>Lactate: critical value now &ge; 4.0 mmol/L.</li></ul>\n" + paras(f"{lab.full}, MD, PhD"))
    return M("lab newsletter (alt): hs-troponin cut-offs and reference values; no individual", "Lab Notes - March", lab, [all_], HALT(h))


@reg("newsletter")
def _():
    ph = S("Formulary Manager", "PharmD, BCPS")
    all_ = box("Riverside Clinicians", f"clinicians.all@{DOM}")
    body = f"""PHARMACY UPDATE

1. GLP-1 receptor agonist supply. Semaglutide 0.25/0.5 mg pens remain on intermittent backorder. Tirzepatide is available. For new starts, consider dulaglutide. Documentation tip: for obesity management use E66.01 (morbid obesity due to excess calories) or E66.9 with the BMI Z-code (Z68.41 for BMI 40.0-44.9); payers reject claims without a BMI code.

2. Formulary changes approved by P&T: insulin degludec replaces insulin detemir; apixaban remains the preferred DOAC; nirmatrelvir/ritonavir stays restricted to ID approval for inpatients.

3. IV fluid conservation continues: use oral hydration when possible; 0.9% sodium chloride 1000 mL bags are allocated by unit.

{ph.sig}"""
    return M("pharmacy newsletter (QP): drug shortages, ICD-10 obesity codes, formulary; no individual", "Pharmacy Update",
             ph, [all_], T(body, "quoted-printable"))


@reg("education")
def _():
    ed = S("Critical Care Educator", "MSN, RN, CCRN")
    nurses = box("ICU and Step-down Nurses", f"icu.stepdown.rn@{DOM}")
    lines = ["# DKA Insulin Infusion - Self-Study Module", "", "Diagnostic criteria: glucose > 250 mg/dL, pH < 7.30, bicarbonate < 18 mEq/L,",
             "anion gap > 12, positive serum ketones (beta-hydroxybutyrate > 3 mmol/L).", "",
             "# Protocol steps", "1. Check potassium BEFORE starting insulin. If K < 3.3 mmol/L, hold insulin and replace potassium.",
             "2. Regular insulin infusion 0.1 units/kg/h (no bolus per our protocol).", "3. Glucose every hour; when glucose < 250 mg/dL add dextrose 5% to fluids.",
             "4. BMP every 2-4 hours; close the gap before transitioning.", "5. Overlap subcutaneous basal insulin 2 hours before stopping the drip.", "",
             "# Practice question", "A 70 kg adult in DKA has K 3.1 mmol/L. What do you do first?", "Answer: replace potassium and hold insulin until K >= 3.3.",
             "", "Complete the post-test in the learning system by the 30th."]
    body = "Nurses - DKA self-study module attached. This replaces the 2022 version."
    return M("nursing education PDF (uncompressed): DKA criteria, insulin drip protocol, practice question; no patient",
             "DKA module", ed, [nurses], MIX(T(body), PDF("DKA_self_study.pdf", lines, flate=False)), label="internal:Internal")


@reg("education")
def _():
    pr = S("Privacy Education Specialist", "CHPC", "Privacy Office")
    all_ = box("All Workforce", f"workforce.all@{DOM}")
    h = page("<h2>Privacy minute: minimum necessary</h2>\n" + paras(
        "Which of these are appropriate? Answers below.\n\n1. A unit clerk opens the chart of a patient on another unit to check whether a "
        "neighbor has been admitted.\n2. A coder reviews the operative note of a surgical case assigned to her for coding.\n3. A nurse e-mails "
        "a discharge summary to her personal address to finish reading at home.\n4. A billing representative confirms a caller's identity with "
        "two identifiers before discussing the balance.\n\n<b>Answers:</b> 2 and 4 are appropriate. 1 is snooping and is reported automatically "
        "by the access-monitoring system. 3 is a disclosure outside Riverside systems; use the secure remote portal instead.") +
             "\n" + paras(f"{pr.full}, CHPC"))
    return M("privacy education quiz (HTML): hypothetical scenarios with no named patient", "Privacy minute", pr, [all_], H(h))


@reg("aggregate")
def _():
    q = S("Quality Analyst", "", "Quality & Patient Safety")
    cno = S("Chief Nursing Officer", "DNP, RN")
    rows = [["Unit", "Patient days", "Falls", "Falls per 1,000 patient days", "Falls with injury", "Target"]]
    for u in ["4 West", "5 North", "6 West", "7 East", "Ortho/Neuro", "Oncology"]:
        pdays = R.randint(2200, 3400)
        f = R.randint(5, 14)
        rows.append([u, str(pdays), str(f), f"{1000 * f / pdays:.2f}", "<5 (suppressed)", "3.00"])
    body = f"{cno.first}, Q1 falls dashboard attached. Cells under 5 are suppressed per the data-release policy. - {q.first}"
    return M("aggregate falls dashboard CSV: unit-level counts and rates with small-cell suppression", "Q1 falls dashboard",
             q, [cno], MIX(T(body), A("falls_q1.csv", csvtext(rows))))


@reg("aggregate")
def _():
    mb = S("Microbiology Director", "PhD, D(ABMM)")
    asp = S("Antimicrobial Stewardship Pharmacist", "PharmD")
    orgs = []
    for org, n in [("Escherichia coli", 1842), ("Klebsiella pneumoniae", 512), ("Pseudomonas aeruginosa", 388), ("Staphylococcus aureus", 1101),
                   ("Enterococcus faecalis", 304)]:
        orgs.append({"organism": org, "isolates": n, "percentSusceptible": {ab: R.randint(55, 99) for ab in
                     (["ceftriaxone", "ciprofloxacin", "nitrofurantoin", "piperacillin-tazobactam"] if org not in ("Staphylococcus aureus", "Enterococcus faecalis")
                      else ["oxacillin", "vancomycin", "doxycycline", "trimethoprim-sulfamethoxazole"])}})
    data = {"antibiogram": f"Riverside Health Main {day(0).year - 1}", "method": "CLSI M39, first isolate per patient per year; organisms with >= 30 isolates",
            "organisms": orgs}
    body = f"{asp.first}, last year's cumulative antibiogram attached in JSON for the app. - {mb.first}"
    return M("cumulative antibiogram JSON: percent susceptible per organism, isolate counts >= 30; no individual", "Antibiogram",
             mb, [asp], MIX(T(body), A("antibiogram.json", json.dumps(data, indent=2))))


@reg("birth_year")
def _():
    hr = S("Employee Recognition Coordinator", "", "Human Resources")
    all_ = box("Riverside Main - All Staff", f"main.allstaff@{DOM}")
    p = P(g="f")
    body = f"""Colleagues,

Please join us on Friday at 14:00 in the Atrium to celebrate {p.full}, unit secretary on 5 North, who marks 45 years at Riverside this month. Born in 1958 in Zanesville, {p.first} started here in 1980 as a transport aide, and she still knows every shortcut between the towers.

Cake and coffee provided. Cards can be left at the 5 North desk.

{hr.sig}"""
    return M("staff service anniversary with birth year and career, nothing about health", "Celebrate 45 years", hr, [all_], T(body))


@reg("birth_year")
def _():
    fd = S("Foundation Communications Manager", "", "Riverside Health Foundation")
    all_ = box("Riverside Health - All Staff", f"allstaff@{DOM}")
    f = P(g="m")
    body = f"""From the archives

When the cornerstone of the original Riverside Hospital was laid in 1962, the ceremony was led by {f.full}, a pharmacist born in 1921 who had raised the first $40,000 door to door. The time capsule sealed behind the stone held a 1962 price list, a nurse's cap and a copy of the Dayton Daily News.

The stone is being moved to the new Heritage Garden this spring. Come see it on the 12th.

{fd.sig}"""
    return M("history piece: founder's birth year 1921 and the 1962 cornerstone (QP); no health information", "From the archives",
             fd, [all_], T(body, "quoted-printable"))


@reg("staff_admin")
def _():
    mgr = S("Perioperative Services Manager", "BSN, RN, CNOR")
    or_ = box("OR Nursing Staff", f"or.nursing@{DOM}")
    rows = []
    d0 = wday(3)
    for i in range(7):
        rows.append([f"{dname(d0 + datetime.timedelta(days=i))} {mdy(d0 + datetime.timedelta(days=i))}", P().full, P().full, P().full])
    h = page(paras("OR call schedule for next week (primary circulator / scrub / second call):") + "\n" +
             table(["Date", "Primary RN", "Scrub tech", "Second call"], rows) + "\n" +
             paras(f"Trades must be approved by me and entered in the staffing system.<br><br>{mgr.full}"))
    return M("OR call schedule (HTML): staff names by date; no health information", "OR call next week", mgr, [or_], H(h),
             label="internal:Internal")


@reg("staff_admin")
def _():
    hr = S("HR Business Partner", "SHRM-CP", "Human Resources")
    mgrs = box("People Managers", f"people.managers@{DOM}")
    body = f"""Managers,

Annual performance reviews are due in the talent system by the 31st. Reminders:

- Complete the self-review step before the manager review can open.
- Merit increases take effect the first full pay period in July.
- Calibration sessions by division are on the shared calendar.
- Do not add anything about an employee's health or leave to the review; route those questions to HR.

{hr.sig}"""
    return M("HR performance-review reminder (base64 body); explicitly no health content", "Performance reviews due",
             hr, [mgrs], T(body, "base64"))


@reg("marketing")
def _():
    mk = S("Community Outreach Manager", "", "Marketing & Communications")
    pub = box("Riverside Health Community List", f"community@{DOM}")
    h = page("<h2>Is weight-loss surgery right for you?</h2>\n" + paras(
        "Join Riverside Bariatric Surgery for a free information session, Tuesday evenings at 6:00 PM at the Riverside Wellness Center or online.\n\n"
        "You may qualify if your BMI is 40 or higher, or 35 or higher with a condition such as type 2 diabetes, high blood pressure or sleep apnea. "
        "Learn about sleeve gastrectomy and gastric bypass, what to expect, and insurance coverage.\n\nRegister at riversidehealth.example/weightloss "
        f"or call {phone('614')}."))
    return M("public marketing of a bariatric surgery seminar (alt): eligibility criteria, no individual", "Free weight-loss surgery seminar",
             mk, [pub], HALT(h))


@reg("marketing")
def _():
    ta = S("Talent Acquisition Partner", "", "Human Resources")
    job = box("Job Board Distribution", f"jobs@{DOM}")
    body = f"""NOW HIRING: Diagnostic Medical Sonographer (RDMS) - Riverside Imaging, Dublin

Full time, day shift with rotating weekends. Perform abdominal, OB/GYN, vascular and small-parts ultrasound. Requirements: RDMS (AB, OB/GYN) or ARRT(S); RVT preferred; BLS. Sign-on bonus $10,000.

Benefits: tuition reimbursement, 403(b) match, on-site child care.

Apply at riversidehealth.example/careers (job 25-{digits(5)}).

{ta.sig}"""
    return M("job posting for a sonographer (QP); no patient", "Job posting - sonographer", ta, [job], T(body, "quoted-printable"))


@reg("name_only")
def _():
    vs = S("Volunteer Services Coordinator", "", "Volunteer Services")
    all_ = box("Riverside Main - All Staff", f"main.allstaff@{DOM}")
    names = ", ".join(P().full for _ in range(10))
    body = f"""Friends,

The Riverside Community Choir spring concert is Sunday at 3:00 PM in the Atrium. Singing this year: {names}.

Free and open to the public; bring a friend.

{vs.sig}"""
    return M("community choir concert with a list of singers' names; nothing about health", "Choir concert Sunday", vs, [all_], T(body))


@reg("name_only")
def _():
    al = S("Alumni Relations Coordinator", "", "Riverside School of Nursing Alumni Association")
    comm = box("Reunion Committee", f"reunion.committee@{DOM}")
    rows = [["Name", "Class year", "City", "RSVP", "Guests"]]
    for _ in range(9):
        rows.append([P().full, str(R.choice([1975, 1985, 1995, 2000, 2015])), R.choice(["Columbus", "Dayton", "Marion", "Tampa", "Phoenix", "Newark"]),
                     R.choice(["yes", "yes", "no", "maybe"]), str(R.randint(0, 2))])
    body = f"Committee - RSVPs so far for the nursing school reunion attached. - {al.first}"
    return M("alumni reunion RSVP CSV: names, class years, cities; no health information", "Reunion RSVPs", al, [comm],
             MIX(T(body), A("reunion_rsvps.csv", csvtext(rows))))


@reg("other_label")
def _():
    it = S("IS Change Manager", "ITIL", "IS Service Management")
    all_ = box("Riverside Health - All Staff", f"allstaff@{DOM}")
    body = f"""Planned maintenance: the staff intranet and the policy library will be unavailable Saturday 22:00 to Sunday 02:00 for a server upgrade. Clinical systems are not affected.

{it.sig}"""
    return M("maintenance notice carrying the 'General' sensitivity label (GUID ...0001)", "Planned maintenance Saturday",
             it, [all_], T(body), label="general:General")


@reg("other_label")
def _():
    fin = S("Director of Financial Planning", "CPA")
    ldr = box("Finance Leadership", f"finance.leaders@{DOM}")
    h = page(paras("Notes from Tuesday's budget meeting:\n\n- FY26 capital requests due April 30; biomed replacement plan prioritized.\n"
                   "- Agency labor spend down 18% year over year.\n- The PHI-handling policy update (data loss prevention rules for e-mail) "
                   "is funded from the IS operating budget.\n\nNext meeting in two weeks.") + "\n" + paras(fin.full))
    return M("budget meeting notes carrying the 'Internal' label spelled 'Internal Only'; mentions PHI policy only", "Budget meeting notes",
             fin, [ldr], HALT(h), label="internal:Internal Only")


@reg("general")
def _():
    sc = S("Supply Chain Manager", "", "Supply Chain")
    mgrs = box("Nursing Unit Managers", f"unit.managers@{DOM}")
    body = f"""Managers,

Our nitrile exam glove supplier has a 3-week delay on size medium. We have switched to an equivalent product (same thickness, different box color) from our secondary supplier. Please do not hoard; par levels are unchanged.

{sc.sig}"""
    return M("supply notice about an exam-glove delay; no patient", "Glove substitution", sc, [mgrs], T(body))


@reg("general")
def _():
    sec = S("Security Awareness Lead", "", "Information Security")
    ldr = box("Department Directors", f"directors@{DOM}")
    rows = [[d, str(R.randint(40, 300)), f"{R.uniform(2, 14):.1f}%", f"{R.uniform(20, 60):.1f}%"] for d in
            ["Nursing", "Physician Group", "Revenue Cycle", "IS", "Support Services", "Laboratory"]]
    h = page(paras("Results of last month's phishing simulation ('Your parking permit is expiring'):") + "\n" +
             table(["Division", "Recipients", "Clicked", "Reported"], rows) + "\n" +
             paras(f"Thank you to everyone who used the Report button.<br><br>{sec.full}"))
    return M("phishing-simulation results by division (alt); no individual and no health data", "Phishing simulation results",
             sec, [ldr], HALT(h))


# ==========================================================================================================
# main
# ==========================================================================================================
def main():
    os.makedirs(MSGDIR, exist_ok=True)
    for f in sorted(os.listdir(MSGDIR)):
        if f.endswith(".eml"):
            os.remove(os.path.join(MSGDIR, f))
    order = list(range(len(BUILDERS)))
    random.Random(ORDER_SEED).shuffle(order)
    global CUR
    labels = []
    start = datetime.datetime(2025, 1, 6, 0, 0)
    for n, idx in enumerate(order, 1):
        kind, fn = BUILDERS[idx]
        d = start + datetime.timedelta(days=R.randint(0, 297))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        CUR = d.replace(hour=R.randint(7, 17), minute=R.randint(0, 59), second=R.randint(0, 59))
        spec = fn()
        kw = dict(spec["kw"])
        try:
            msg = build(spec["subject"], spec["frm"], spec["to"], spec["node"], **kw)
        except Exception:
            print("failed building:", kind, spec["note"])
            raise
        text = "\r\n".join(msg["headers"]) + "\r\n\r\n" + msg["body"]
        if not text.endswith("\r\n"):
            text += "\r\n"
        text.encode("ascii")
        name = f"{PREFIX}{n:04d}.eml"
        with open(os.path.join(MSGDIR, name), "wb") as fh:
            fh.write(text.encode("ascii"))
        labels.append({"file": name, "phi": kind in POS, "kind": kind, "form": form_of(spec["node"]), "note": spec["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=True)
        fh.write("\n")
    counts = {}
    for l in labels:
        counts[l["kind"]] = counts.get(l["kind"], 0) + 1
    for k in POS + NEG:
        print(f"{k:<20} {str(k in POS).lower():<6} {counts.get(k, 0)}")
    npos = sum(l["phi"] for l in labels)
    print(f"total {len(labels)}  phi=true {npos} ({npos / len(labels):.1%})")


if __name__ == "__main__":
    main()
