#!/usr/bin/env python3
"""phi6 corpus generator (Python 3.11, standard library only).

Writes messages/u0001.eml ... and labels.json. Fixed seed, no clock reads, no set/dict-order
dependence on PYTHONHASHSEED: the output is byte-identical on every run.
Every person, number and address in the output is invented.
"""
import base64
import datetime
import html as htmlmod
import json
import os
import random
import shutil
import textwrap
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
R = random.Random(60606)

PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GEN_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INT_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
TENANT = "9c4b7e21-5d3a-4f86-b0e2-71a4c6d8f115"
ORG = "riversidehealth.example"


def pick(*opts):
    return R.choice(opts)


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------
TRADITIONS = [
    ("anglo", "James Robert Michael William David Thomas Daniel Matthew Andrew Kevin Brian Gary Dennis",
     "Linda Susan Karen Emily Sarah Jessica Megan Laura Heather Carol Amanda Rachel Brenda",
     "Walker Bennett Hughes Foster Murphy Caldwell Whitaker Sullivan Harper Brooks Ellison Pratt Lowell Hargrove Tillman"),
    ("african_american", "Darnell Marcus Andre Jamal Terrence Malik Reginald DeShawn Cedric",
     "Keisha Tamika Latoya Imani Aaliyah Shanice Monique Ebony Jasmine",
     "Washington Jefferson Banks Freeman Gaines Jenkins Robinson Merritt Tolliver Battle Pettaway"),
    ("hispanic", "José Luis Carlos Miguel Jorge Alejandro Rafael Héctor Ernesto",
     "María Rosa Guadalupe Ana Lucía Marisol Yesenia Adriana Beatriz",
     "García Hernández Delgado Ramírez Morales Castillo Vargas Ochoa Fuentes Saldaña Ibáñez"),
    ("chinese", "Wei Jun Hao Zhiwei Ming Bo", "Mei Lan Yan Jing Xiaoling Hui",
     "Chen Wang Liu Zhang Huang Lin Zhou Xu Guo"),
    ("vietnamese", "Minh Tuan Duc Quang Khanh", "Hoa Thu Ngoc Linh Phuong",
     "Nguyen Tran Le Pham Vo Dang Bui"),
    ("korean", "Min-jun Ji-hoon Sung-ho Dong-hyun", "Seo-yeon Ji-woo Hye-jin Eun-ji",
     "Kim Park Choi Jung Kang Yoon Shin"),
    ("south_asian", "Rahul Arjun Vikram Sanjay Imran Karthik", "Priya Ananya Deepa Kavita Sunita Farzana",
     "Patel Mehta Reddy Iyer Chaudhry Banerjee Nair Desai Siddiqui"),
    ("filipino", "Rodrigo Jerome Noel Ramon", "Maricel Rowena Lourdes Jocelyn",
     "Santos Reyes Bautista Villanueva Mendoza Dizon Manalo"),
    ("arabic", "Omar Khalid Youssef Tariq Sami", "Layla Noor Samira Huda Rania",
     "Haddad Khoury Mansour Nasser Saleh Farah Aziz"),
    ("nigerian", "Chinedu Oluwaseun Emeka Tunde Ikenna", "Ngozi Adaeze Folake Chiamaka Funmilayo",
     "Okafor Adeyemi Nwosu Eze Balogun Okonkwo Adebayo"),
    ("east_african", "Abdirahman Dawit Mohamed Yonas Abdullahi", "Hodan Sahra Meron Tigist Fadumo",
     "Warsame Tesfaye Abdi Haile Mohamud Bekele Gebremedhin"),
    ("slavic", "Piotr Tomasz Andrzej Dmitri Sergei Bogdan", "Agnieszka Katarzyna Olga Irina Svetlana",
     "Kowalski Nowak Wisniewski Petrov Zielinski Sokolov Horvath"),
    ("italian", "Giuseppe Marco Vincent Anthony Salvatore", "Francesca Gina Teresa Angela",
     "Russo Esposito Romano DeLuca Marino Ferraro Costantino"),
    ("irish", "Sean Patrick Liam Declan Brendan", "Siobhan Maeve Colleen Bridget Niamh",
     "O'Brien Gallagher Kavanagh Donnelly McCarthy Byrne Flanagan"),
    ("japanese", "Hiroshi Kenji Takeshi Daisuke", "Yuki Aiko Emiko Haruka",
     "Tanaka Sato Nakamura Watanabe Yamamoto Ishikawa"),
    ("haitian", "Jean-Baptiste Wilner Frantz Reginald", "Marie-Claire Nadège Rose-Marie Fabienne",
     "Pierre Jean-Louis Toussaint Desir Baptiste Celestin"),
    ("hmong", "Tou Xeng Pao Kou", "Mai Kia Yer Pa Nou", "Vang Xiong Yang Thao Lor Moua"),
    ("persian", "Reza Dariush Kaveh Babak", "Shirin Parisa Leila Nasrin", "Karimi Hosseini Rahimi Tehrani Sadeghi"),
    ("jewish", "Avi Eli Noam Jacob Ari", "Miriam Rivka Talia Shira Dalia", "Goldberg Rosen Katz Friedman Levine Adler"),
    ("dine", "Raymond Darrell Leroy Wilson", "Shirley Loretta Darlene Verna", "Begay Yazzie Tsosie Benally Nez Etsitty"),
    ("greek", "Nikos Georgios Dimitri Stavros", "Eleni Katerina Sophia Despina",
     "Papadopoulos Georgiou Antonopoulos Karras Pappas"),
    ("lusophone", "João Thiago Rafael Gustavo", "Daniela Fernanda Camila Beatriz",
     "Costa Oliveira Souza Pereira Almeida Carvalho"),
    ("nordic_german", "Erik Lars Klaus Henrik", "Ingrid Greta Heidi Solveig",
     "Johansson Lindqvist Schneider Becker Halvorsen Brandt"),
]
TRADITIONS = [(t, m.split(), f.split(), l.split()) for t, m, f, l in TRADITIONS]
PERSONAL_DOMAINS = ["mailbox.example", "homemail.example.net", "webpost.example", "inbox.example.org",
                    "fastpost.example", "myisp.example.net", "famnet.example"]
USED_NAMES = []


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def slug(s):
    return ascii_fold(s).lower().replace("'", "").replace(" ", "").replace("-", "")


class P:
    def __init__(self, first, last, sex, trad):
        self.first, self.last, self.sex, self.trad = first, last, sex, trad
        self.full = f"{first} {last}"
        self.mi = chr(R.randint(65, 90))
        slug = lambda s: ascii_fold(s).lower().replace("'", "").replace(" ", "").replace("-", "")
        self.email = f"{slug(first)}.{slug(last)}@{ORG}"
        n = R.randint(1, 99)
        self.pemail = pick(f"{slug(first)}{slug(last)}{n}", f"{slug(first)[0]}{slug(last)}{n:02d}",
                           f"{slug(first)}.{slug(last)}", f"{slug(last)}.{slug(first)[0]}{R.randint(1960, 2004)}") + \
            "@" + R.choice(PERSONAL_DOMAINS)
        self.title_ = "Mr." if sex == "M" else pick("Ms.", "Mrs.", "Ms.")
        self.he = "he" if sex == "M" else "she"
        self.his = "his" if sex == "M" else "her"

    @property
    def lastfirst(self):
        return f"{self.last}, {self.first}"


def person(sex=None, trad=None):
    for _ in range(50):
        t = R.choice(TRADITIONS) if trad is None else [x for x in TRADITIONS if x[0] == trad][0]
        s = sex or R.choice("MF")
        first = R.choice(t[1] if s == "M" else t[2])
        last = R.choice(t[3])
        if f"{first} {last}" not in USED_NAMES:
            break
    USED_NAMES.append(f"{first} {last}")
    return P(first, last, s, t[0])


CREDS_MD = ["MD", "DO", "MD, PhD", "MD, FACP", "MD, MPH"]


def doctor(sex=None):
    p = person(sex)
    p.cred = R.choice(CREDS_MD)
    p.dr = f"Dr. {p.last}"
    return p


def staff(cred=None):
    p = person()
    p.cred = cred
    return p


# ----------------------------------------------------------------------------------------------
# identifiers (all synthetic)
# ----------------------------------------------------------------------------------------------
USED_IDS = []


def uniq(fn):
    for _ in range(100):
        v = fn()
        if v not in USED_IDS:
            USED_IDS.append(v)
            return v
    raise RuntimeError("id space")


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def mrn():
    return uniq(lambda: "RH" + str(R.randint(1, 9)) + digits(6))


def member_id():
    return uniq(lambda: "RHP" + str(R.randint(1, 9)) + digits(8))


FAMOUS = ["078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"]


def ssn():
    def f():
        a = R.randint(1, 899)
        while a == 666:
            a = R.randint(1, 899)
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    v = uniq(f)
    assert v not in FAMOUS
    return v


def luhn_digit(body9):
    s = "80840" + body9
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    def f():
        b = str(R.randint(1, 2)) + digits(8)
        return b + luhn_digit(b)
    return uniq(f)


def dea(last, kind=None):
    def f():
        d = [R.randint(0, 9) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        first = kind or pick("A", "B", "F", "M", "B", "F")
        second = ascii_fold(last)[0].upper()
        return first + second + "".join(map(str, d)) + str(c)
    return uniq(f)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(sep=""):
    def f():
        an = lambda: R.choice(MBI_ALPHA + "0123456789")
        a = lambda: R.choice(MBI_ALPHA)
        d = lambda: str(R.randint(0, 9))
        s = str(R.randint(1, 9)) + a() + an() + d() + a() + an() + d() + a() + a() + d() + d()
        return s
    v = uniq(f)
    if sep:
        return v[:4] + sep + v[4:7] + sep + v[7:]
    return v


def phone(area=None):
    area = area or R.choice(["312", "773", "630", "708", "847", "815", "217", "219", "414", "262"])
    return f"({area}) 555-01{R.randint(0, 99):02d}"


def phone_dash(area=None):
    area = area or R.choice(["312", "630", "708", "847", "815"])
    return f"{area}-555-01{R.randint(0, 99):02d}"


def accession(prefix=None):
    return uniq(lambda: (prefix or pick("A", "CT", "MR", "US", "XR", "NM")) + digits(2) + "-" + digits(6))


def claim_no():
    return uniq(lambda: pick("C", "CLM", "") + digits(11))


# ----------------------------------------------------------------------------------------------
# dates (no clock reads: everything derives from the seeded generator)
# ----------------------------------------------------------------------------------------------
BASE = datetime.date(2024, 1, 2)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def msg_date():
    d = BASE + datetime.timedelta(days=R.randint(0, 600))
    while d.weekday() >= 5 and chance(0.8):
        d += datetime.timedelta(days=1)
    return datetime.datetime(d.year, d.month, d.day, R.randint(11, 23), R.randint(0, 59), R.randint(0, 59))


def rfc_date(dt):
    return f"{WD[dt.weekday()]}, {dt.day} {MON[dt.month - 1]} {dt.year} {dt:%H:%M:%S} +0000"


def us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def longd(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def wlong(d):
    return f"{['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][d.weekday()]}, {longd(d)}"


def esd(d):
    return f"{DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]} de {d.year}"


def hl7d(d):
    return f"{d.year}{d.month:02d}{d.day:02d}"


def plus(dt, days):
    d = dt.date() if isinstance(dt, datetime.datetime) else dt
    return d + datetime.timedelta(days=days)


def weekday_after(dt, days):
    d = plus(dt, days)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def dob(lo=1932, hi=2006):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def age(b, at):
    at = at.date() if isinstance(at, datetime.datetime) else at
    return at.year - b.year - ((at.month, at.day) < (b.month, b.day))


def clock():
    h = R.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 16])
    m = R.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


# ----------------------------------------------------------------------------------------------
# places
# ----------------------------------------------------------------------------------------------
STREETS = ["Maple Ave", "Cedar Ln", "Kingsbury Rd", "Old Mill Rd", "W Harmon St", "Orchard Ct", "Juniper Dr",
           "N Lakeshore Blvd", "Elm Terrace", "Prairie View Dr", "Birchwood Cir", "S Canal St", "Wren Way",
           "Hollis Ave", "Quarry Rd", "Sycamore Pl", "E 143rd St", "Brennan Ave", "Tamarack Trl", "Fulton Ridge Rd"]
TOWNS = [("Millbrook", "IL", "60536"), ("Ashford", "IL", "60410"), ("Lakeview Heights", "IL", "60459"),
         ("Riverton", "IL", "60478"), ("Fairhaven", "IN", "46394"), ("Kessler", "WI", "53142"),
         ("Dunmore", "IL", "60426"), ("Oak Hollow", "IL", "60462"), ("Port Clement", "WI", "53158")]
SITES = ["Riverside Health Main Campus", "Riverside North Hospital", "Riverside Lakeview Medical Center",
         "Riverside Eastgate Clinic", "Riverside Ashford Outpatient Center", "Riverside Millbrook Family Medicine"]


def address():
    t = R.choice(TOWNS)
    unit = pick("", "", "", f" Apt {R.randint(1, 40)}{pick('', 'B', 'C')}", f" Unit {R.randint(100, 450)}")
    return f"{R.randint(12, 9899)} {R.choice(STREETS)}{unit}", f"{t[0]}, {t[1]} {t[2]}"


# ----------------------------------------------------------------------------------------------
# encoders
# ----------------------------------------------------------------------------------------------
def qp_encode(text):
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        enc = []
        b = line.encode("utf-8")
        for i, c in enumerate(b):
            ch = chr(c)
            if (33 <= c <= 126 and ch != "=") or (ch in " \t" and i != len(b) - 1):
                enc.append(ch)
            else:
                enc.append(f"={c:02X}")
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return out


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return [s[i:i + 76] for i in range(0, len(s), 76)] or [""]


def wrap7(text):
    lines = []
    for ln in text.replace("\r\n", "\n").split("\n"):
        if len(ln) <= 900:
            lines.append(ln)
        else:
            lines.extend(textwrap.wrap(ln, 76))
    return lines


def enc_header_word(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def addr(name, email):
    n = enc_header_word(name)
    if n == name and ("," in name or "." in name or "'" in name):
        n = '"' + name + '"'
    return f"{n} <{email}>"


# ----------------------------------------------------------------------------------------------
# PDF (1.4, Helvetica text; optional FlateDecode)
# ----------------------------------------------------------------------------------------------
def pdf_escape(s):
    s = ascii_fold(s)
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, flate=False, title="Document"):
    wrapped = []
    for ln in lines:
        if len(ln) > 95:
            wrapped.extend(textwrap.wrap(ln, 95, subsequent_indent="  "))
        else:
            wrapped.append(ln)
    pages = [wrapped[i:i + 54] for i in range(0, len(wrapped), 54)] or [[""]]
    objs = []
    npages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(npages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {npages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    f"/Contents {5 + 2 * i} 0 R >>".encode())
        body = ["BT", "/F1 10 Tf", "54 742 Td"]
        first = True
        for ln in pg:
            if not first:
                body.append("0 -13 Td")
            first = False
            body.append(f"({pdf_escape(ln)}) Tj")
        body.append("ET")
        raw = ("\n".join(body) + "\n").encode("latin-1")
        if flate:
            comp = zlib.compress(raw, 9)
            objs.append(f"<< /Length {len(comp)} /Filter /FlateDecode >>\nstream\n".encode() + comp + b"\nendstream")
        else:
            objs.append(f"<< /Length {len(raw)} >>\nstream\n".encode() + raw + b"\nendstream")
    objs.append(f"<< /Title ({pdf_escape(title)}) /Producer (Riverside DocGen 3.2) "
                f"/CreationDate (D:20240101000000Z) >>".encode())
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


# ----------------------------------------------------------------------------------------------
# MIME tree
# ----------------------------------------------------------------------------------------------
class Leaf:
    def __init__(self, ctype, data, cte, charset=None, filename=None, inline=False, params=""):
        self.ctype, self.data, self.cte, self.charset = ctype, data, cte, charset
        self.filename, self.inline, self.params = filename, inline, params
        self.flate = ctype == "application/pdf" and b"/FlateDecode" in data


class Multi:
    def __init__(self, sub, parts):
        self.sub, self.parts = sub, parts


class Fwd:
    def __init__(self, msgbytes, name):
        self.msgbytes, self.name = msgbytes, name


def boundary():
    return "_" + "".join(R.choice("0123456789ABCDEF") for _ in range(28)) + "_"


def render(node):
    """Return (header lines, body lines) for a node."""
    if isinstance(node, Multi):
        b = boundary()
        hdr = [f'Content-Type: multipart/{node.sub};', f'\tboundary="{b}"']
        body = []
        for p in node.parts:
            h, bd = render(p)
            body.append("--" + b)
            body.extend(h)
            body.append("")
            body.extend(bd)
        body.append("--" + b + "--")
        body.append("")
        return hdr, body
    if isinstance(node, Fwd):
        hdr = ["Content-Type: message/rfc822", f'Content-Disposition: attachment;\r\n\tfilename="{node.name}"',
               "Content-Transfer-Encoding: 7bit"]
        return hdr, node.msgbytes.decode("ascii").rstrip("\r\n").split("\r\n")
    ct = node.ctype
    ps = node.params
    if node.charset:
        ps += f'; charset="{node.charset}"'
    if node.filename:
        ps += f'; name="{node.filename}"'
    hdr = [f"Content-Type: {ct}{ps}"]
    if node.filename:
        hdr.append(f'Content-Description: {node.filename}')
        hdr.append(f'Content-Disposition: {"inline" if node.inline else "attachment"}; filename="{node.filename}"')
    hdr.append(f"Content-Transfer-Encoding: {node.cte}")
    if node.cte == "base64":
        body = b64_lines(node.data)
    elif node.cte == "quoted-printable":
        body = qp_encode(node.data.decode("utf-8"))
    else:
        body = wrap7(node.data.decode("ascii"))
    return hdr, body


def form_of(node):
    if isinstance(node, Multi):
        return f"multipart/{node.sub}(" + ", ".join(form_of(p) for p in node.parts) + ")"
    if isinstance(node, Fwd):
        return f"message/rfc822 '{node.name}'"
    s = f"{node.ctype} {node.cte}"
    if node.filename:
        s += f" '{node.filename}'"
    if node.ctype == "application/pdf":
        s += " FlateDecode" if node.flate else " uncompressed"
    return s


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def text_to_html(text, font=None):
    font = font or pick("Calibri,sans-serif", "Aptos,Calibri,sans-serif", "Segoe UI,Arial,sans-serif",
                        "Arial,Helvetica,sans-serif")
    paras = text.replace("\r\n", "\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        out.append("<p class=\"MsoNormal\">" + "<br>\n".join(lines) + "</p>")
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body lang=\"EN-US\"><div class=\"WordSection1\" style=\"font-family:{font};font-size:11pt\">\n"
            + "\n".join(out) + "\n</div></body></html>")


def html_doc(inner, font=None):
    font = font or pick("Calibri,sans-serif", "Aptos,Calibri,sans-serif", "Segoe UI,Arial,sans-serif")
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<style>td,th{{border:1px solid #999;padding:3px 6px}} table{{border-collapse:collapse}}</style></head>\n"
            f"<body><div style=\"font-family:{font};font-size:11pt\">\n{inner}\n</div></body></html>")


def text_leaf(text, cte):
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    return Leaf("text/plain", text.encode("utf-8"), cte, charset="utf-8" if cte != "7bit" else "us-ascii")


def html_leaf(h, cte="quoted-printable"):
    return Leaf("text/html", h.encode("utf-8"), cte, charset="utf-8")


# ----------------------------------------------------------------------------------------------
# message assembly
# ----------------------------------------------------------------------------------------------
class Att:
    def __init__(self, name, ctype, data, cte="base64"):
        self.name, self.ctype, self.data, self.cte = name, ctype, data, cte


def att_pdf(name, lines, flate, title=None):
    return Att(name, "application/pdf", make_pdf(lines, flate, title or name))


def att_text(name, text, ctype=None):
    ext = name.rsplit(".", 1)[-1].lower()
    ct = ctype or {"csv": "text/csv", "txt": "text/plain", "html": "text/html", "json": "application/json",
                   "xml": "application/xml", "hl7": "x-application/hl7-v2+er7"}[ext]
    data = text.encode("utf-8")
    if ext != "hl7":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return Att(name, ct, data, "base64")


def thread_index():
    return base64.b64encode(bytes(R.randint(0, 255) for _ in range(22))).decode("ascii")


def guid():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def msip(kind, name=None):
    g = {"phi": PHI_GUID, "general": GEN_GUID, "internal": INT_GUID}[kind]
    name = name or {"phi": "Confidential PHI", "general": "General", "internal": "Internal"}[kind]
    parts = [f"MSIP_Label_{g}_Enabled=true", f"MSIP_Label_{g}_SetDate=2024-0{R.randint(1, 9)}-{R.randint(10, 28)}T"
             f"{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z",
             f"MSIP_Label_{g}_Method={pick('Standard', 'Standard', 'Privileged')}",
             f"MSIP_Label_{g}_Name={name}", f"MSIP_Label_{g}_SiteId={TENANT}",
             f"MSIP_Label_{g}_ActionId={guid()}", f"MSIP_Label_{g}_ContentBits={pick('0', '1', '2', '3')}"]
    if chance(0.3):
        parts = parts[:1] + parts[4:5] + parts[1:4] + parts[5:]
    return "msip_labels: " + ";\r\n ".join(parts) + ";"


def server():
    return f"{pick('CH2PR04', 'BN8PR17', 'SA1PR12', 'DM6PR08', 'MN2PR19', 'IA1PR13')}MB{R.randint(1000, 9999)}"


def build(m, outer=True):
    """m: dict describing one message. Returns bytes."""
    dt = m["date"]
    text = m["text"]
    html = m.get("html")
    atts = m.get("atts", [])
    bf = m["bodyform"]
    cal = m.get("calendar")
    if bf == "alt" or cal:
        if html is None:
            html = text_to_html(text)
        parts = [text_leaf(text, pick("quoted-printable", "7bit") if is_ascii(text) else "quoted-printable"),
                 html_leaf(html, pick("quoted-printable", "base64", "quoted-printable"))]
        if cal:
            parts.append(Leaf("text/calendar", cal.encode("utf-8"), "7bit", charset="utf-8",
                              params="; method=REQUEST"))
        body = Multi("alternative", parts)
    elif bf == "html":
        body = html_leaf(html if html is not None else text_to_html(text), pick("quoted-printable", "quoted-printable", "base64"))
    elif bf == "plain7":
        body = text_leaf(text, "7bit")
    elif bf == "qp":
        body = text_leaf(text, "quoted-printable")
    elif bf == "b64":
        body = text_leaf(text, "base64")
    else:
        raise ValueError(bf)
    if atts:
        parts = [body]
        for a in atts:
            if isinstance(a, Fwd):
                parts.append(a)
            else:
                parts.append(Leaf(a.ctype, a.data, a.cte, filename=a.name))
        root = Multi("mixed", parts)
    else:
        root = body
    frm = m.get("from") or m["frm"]
    to = m["to"]
    subj = m["subject"]
    topic = subj
    for pre in ("RE: ", "Re: ", "FW: ", "Fwd: ", "FWD: ", "RE: RE: ", "RE: FW: "):
        if topic.startswith(pre):
            topic = topic[len(pre):]
    inbound = m.get("inbound", False)
    srv = server()
    H = []
    if inbound and outer:
        H.append(f"Received: from {srv}.namprd04.prod.riversidehealth.example (2603:10b6:{R.randint(100, 999)}::{R.randint(10, 99)})")
        H.append(f" by {server()}.namprd04.prod.riversidehealth.example with HTTPS; {rfc_date(dt)}")
        H.append(f"Received: from {m.get('relay', 'mx1.partner.example.org')} (198.51.100.{R.randint(2, 250)})")
        H.append(f" by mx.{ORG} with ESMTPS id {''.join(R.choice('0123456789abcdef') for _ in range(12))}; {rfc_date(dt)}")
    H.append(f"From: {addr(*frm)}")
    H.append("To: " + ",\r\n\t".join(addr(*t) for t in to))
    if m.get("cc"):
        H.append("CC: " + ",\r\n\t".join(addr(*t) for t in m["cc"]))
    H.append(f"Subject: {enc_header_word(subj)}")
    if outer:
        H.append(f"Thread-Topic: {enc_header_word(topic)}")
        H.append(f"Thread-Index: {thread_index()}")
    H.append(f"Date: {rfc_date(dt)}")
    mid = "".join(R.choice("0123456789ABCDEF") for _ in range(24))
    dom = frm[1].split("@")[1]
    H.append(f"Message-ID: <{srv}{mid}@{srv}.namprd04.prod.{dom}>" if dom == ORG else f"Message-ID: <{mid.lower()}@{dom}>")
    if m.get("reply"):
        r = "".join(R.choice("0123456789ABCDEF") for _ in range(24))
        H.append(f"References: <{server()}{r}@{ORG}>")
        H.append(f"In-Reply-To: <{server()}{r}@{ORG}>")
    if outer:
        H.append(f"Accept-Language: {m.get('lang', 'en-US')}, en-US" if m.get("lang", "en-US") != "en-US" else "Accept-Language: en-US")
        H.append(f"Content-Language: {m.get('lang', 'en-US')}")
        H.append(f"X-MS-Has-Attach: {'yes' if atts else ''}".rstrip())
        H.append("X-MS-TNEF-Correlator:")
        if m.get("label"):
            H.append(msip(*m["label"]))
        H.append(f"X-MS-Exchange-Organization-SCL: {'1' if inbound else '-1'}")
        H.append(f"X-MS-Exchange-Organization-AuthAs: {'Anonymous' if inbound else 'Internal'}")
        H.append(f"X-MS-Exchange-Organization-AuthSource: {server()}.namprd04.prod.{ORG}")
        if inbound:
            H.append("X-MS-Exchange-Organization-AuthMechanism: 04")
        H.append(f"X-MS-Exchange-Organization-Network-Message-Id: {guid()}")
        H.append(f"X-MS-Exchange-Organization-MessageDirectionality: {'Incoming' if inbound else 'Originating'}")
        H.append("X-MS-PublicTrafficType: Email")
    H.append("MIME-Version: 1.0")
    h2, b2 = render(root)
    lines = H + h2 + [""] + b2
    raw = "\r\n".join(lines)
    if not raw.endswith("\r\n"):
        raw += "\r\n"
    return raw.encode("ascii"), form_of(root)


# ----------------------------------------------------------------------------------------------
# shared prose pieces
# ----------------------------------------------------------------------------------------------
FOOTERS_PHI = [
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain protected health information (PHI) "
    "or other confidential information. If you are not the intended recipient, notify the sender and delete it.",
    "This message is intended only for the addressee and may contain information that is privileged and "
    "protected under HIPAA. Unauthorized review, use or disclosure is prohibited.",
    "Riverside Health: this communication may contain confidential patient information. If you received it in "
    "error, please reply to the sender and destroy all copies.",
    "PRIVILEGED & CONFIDENTIAL - may contain PHI. Do not forward outside Riverside Health without approval.",
]
FOOTERS_PLAIN = [
    "Riverside Health | Caring for our communities since 1921",
    "Please consider the environment before printing this e-mail.",
    "Riverside Health will never ask for your password by e-mail.",
    "",
]
EXT_BANNER = [
    "[EXTERNAL] This email originated from outside Riverside Health. Do not click links or open attachments "
    "unless you recognize the sender.",
    "CAUTION: External sender. Verify before opening attachments.",
    "** External Email ** Use caution with links and attachments.",
]


def footer(p=0.55):
    if chance(p):
        return "\n\n" + R.choice(FOOTERS_PHI)
    f = R.choice(FOOTERS_PLAIN)
    return ("\n\n" + f) if f else ""


def banner():
    return R.choice(EXT_BANNER) + "\n\n"


def sig(p, title, dept=None, cred=None, site=None):
    cred = cred if cred is not None else getattr(p, "cred", None)
    lines = [p.full + (f", {cred}" if cred else "")]
    lines.append(title)
    if dept:
        lines.append(dept)
    lines.append(site or pick("Riverside Health", "Riverside Health", R.choice(SITES)))
    ph = phone()
    lines.append(pick(f"Office: {ph}", f"P {ph}", f"Phone {ph}", f"{ph}", f"Direct: {ph} | Fax: {phone()}"))
    if chance(0.3):
        lines.append(pick("she/her", "he/him", "they/them") if chance(0.3) else p.email)
    return "\n".join(lines)


def greet(name):
    return pick(f"Hi {name},", f"Hello {name},", f"{name},", f"Good morning {name},", f"Dear {name},",
                f"Hi {name} -", f"Good afternoon, {name}.")


def thanks():
    return pick("Thanks,", "Thank you,", "Best,", "Regards,", "Thanks so much,", "Kind regards,", "Many thanks,",
                "Best regards,", "Respectfully,", "-")


def outlook_quote(frm, to, dt, subj, body):
    return ("\n\n________________________________\n"
            f"From: {frm.full} <{getattr(frm, 'addr', frm.email)}>\n"
            f"Sent: {wlong(dt)} {clock()}\n"
            f"To: {to.full} <{getattr(to, 'addr', to.email)}>\n"
            f"Subject: {subj}\n\n{body}")


def gmail_quote(who, email, dt, body):
    q = "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))
    return f"\n\nOn {WD[dt.weekday()]}, {MON[dt.month - 1]} {dt.day}, {dt.year} at {clock()} {who} <{email}> wrote:\n{q}"


def staffaddr(p):
    return (p.full + (f", {p.cred}" if getattr(p, "cred", None) and chance(0.5) else ""), p.email)


def dl(name, local):
    return (name, f"{local}@{ORG}")


# ==============================================================================================
# POSITIVES
# ==============================================================================================
LIPID_SETS = [
    [("Total cholesterol", 242, "mg/dL", "<200"), ("LDL cholesterol (calc)", 161, "mg/dL", "<100"),
     ("HDL cholesterol", 38, "mg/dL", ">40"), ("Triglycerides", 215, "mg/dL", "<150")],
    [("Total cholesterol", 188, "mg/dL", "<200"), ("LDL-C, direct", 109, "mg/dL", "<100"),
     ("HDL cholesterol", 61, "mg/dL", ">50"), ("Triglycerides", 92, "mg/dL", "<150")],
]


def lab_greeting_letter(dt):
    pt, dr = person(), doctor()
    a1c = round(R.uniform(6.6, 9.8), 1)
    lip = R.choice(LIPID_SETS)
    egfr = R.randint(48, 88)
    uacr = R.randint(12, 140)
    draw = plus(dt, -R.randint(2, 6))
    intro = pick(
        f"Dear {pt.first},",
        f"Dear {pt.title_} {pt.last},",
        f"{pt.first} -",
    )
    text = f"""{intro}

I hope you are doing well. I wanted to write instead of just releasing these to the portal, because there is a fair amount to go over and I would rather you hear my thinking than read the numbers cold.

{pick('First, the reassuring part.', 'Let me start with the good news.', 'Overall this is a mixed picture.')} Your kidney function has been stable for two years now, and your thyroid test from the spring did not need repeating. Nothing in this set worries me in an urgent way.

The part I want us to work on is blood sugar. {pick('We talked about this in clinic', 'As we discussed at your visit', 'You may remember we discussed this')}, and the three-month average is higher than where we want it. I am also a bit more concerned about cholesterol this time because of the family history you told me about.

Here are the numbers, drawn {longd(draw)} at the {R.choice(SITES)} lab:

  Hemoglobin A1c ............ {a1c} %      (goal under 7.0)
""" + "\n".join(f"  {n:<26} {v} {u}   (ref {r})" for n, v, u, r in lip) + f"""
  eGFR (CKD-EPI 2021) ....... {egfr} mL/min/1.73m2
  Urine albumin/creatinine .. {uacr} mg/g   (ref <30)

What I suggest: {pick('increase metformin ER to 1000 mg twice daily', 'add empagliflozin 10 mg once daily to your metformin', 'start semaglutide 0.25 mg weekly, increasing after four weeks')} and {pick('start atorvastatin 40 mg at bedtime', 'increase your rosuvastatin from 10 to 20 mg', 'continue your statin but we will recheck in 12 weeks')}. The pharmacy has the new prescriptions. Please repeat the A1c and urine test in about three months; the order is already in.

If you would like to talk it over by video before then, reply here or call the clinic at {phone()}.

Warmly,
{dr.full}, {dr.cred}
Internal Medicine, {R.choice(SITES)}"""
    return dict(subject=pick("Your recent labs", "A note about your results", "Lab follow-up from Dr. " + dr.last),
                frm=staffaddr(dr), to=[(pt.full, pt.pemail)], text=text,
                note=f"Physician letter to {pt.full}: name only in the greeting, A1c/lipid/UACR values and medication changes further down.")


def lab_subject_only(dt):
    pt, nurse = person(), staff("RN")
    tsh = round(R.uniform(6.1, 14.8), 2)
    ft4 = round(R.uniform(0.5, 0.8), 2)
    tpo = R.randint(90, 600)
    text = f"""The results below were released to you by {pick('your care team', 'the endocrinology nurse line', 'the clinic')}. Please read the comment from the nurse at the end.

THYROID PANEL  (collected {us(plus(dt, -3))})
TSH, 3rd generation ......... {tsh} mIU/L    H   [0.45-4.50]
Free T4 ...................... {ft4} ng/dL    L   [0.82-1.77]
Thyroid peroxidase Ab ........ {tpo} IU/mL    H   [0-34]

Comment from {nurse.first} {nurse.last}, RN:
These results fit with an underactive thyroid (Hashimoto's). {pick('Dr. ' + person().last + ' would like to start levothyroxine 50 mcg each morning on an empty stomach.', 'The doctor recommends starting levothyroxine 25 mcg daily and rechecking in 6 weeks.')} Take it 30-60 minutes before breakfast and separate it from iron or calcium by 4 hours. We will send a lab order for a repeat TSH in six weeks.

Do not reply to this automated message. Use the Message Center in the portal for questions."""
    subj = pick(f"New test result for {pt.full}", f"{pt.first} {pt.last[0]}., you have a new message from Endocrinology",
                f"Results available - {pt.full}")
    return dict(subject=subj, frm=("Riverside MyChart", f"noreply@mychart.{ORG}"), to=[(pt.full, pt.pemail)],
                text=text, bodyform=pick("html", "alt"),
                note="Portal notification: patient's name only in the subject line; body has a thyroid panel, diagnosis and a levothyroxine start.")


def lab_phone_note(dt):
    pt, rn, md = person(), staff("RN"), doctor()
    k = round(R.uniform(5.9, 6.6), 1)
    cr = round(R.uniform(1.6, 2.4), 2)
    text = f"""{greet(md.dr)}

FYI - lab called a critical on your pt {pt.full} ({pt.title_}), K+ {k} mmol/L (hemolysis index normal), creatinine {cr} mg/dL, up from {round(cr - R.uniform(0.4, 0.8), 2)} last month. Pt is on lisinopril 40 mg and spironolactone 25 mg.

I reached {('him' if pt.sex == 'M' else 'her')} at {clock()} at the home number. Denies palpitations or weakness. Told {('him' if pt.sex == 'M' else 'her')} to hold the spironolactone tonight and come in for a repeat BMP and ECG tomorrow morning - lab order pended for you to sign.

Please let me know if you want {('him' if pt.sex == 'M' else 'her')} sent to the ED instead.

{rn.first}
{rn.full}, RN | Nephrology Clinic | {phone()}"""
    return dict(subject=pick("critical K", "Critical value callback", "Pt callback - potassium"),
                frm=staffaddr(rn), to=[staffaddr(md)], text=text, bodyform=pick("plain7", "qp", "alt"),
                note=f"Nurse tells physician about critical potassium for named patient {pt.full}, with meds and plan.")


def lab_critical_log(dt):
    rows = []
    tech = staff("MLS(ASCP)")
    for _ in range(R.randint(3, 5)):
        pt = person()
        test, val = R.choice([("Troponin I, hs", f"{R.randint(480, 2900)} ng/L"), ("Glucose", f"{R.randint(28, 42)} mg/dL"),
                              ("Platelets", f"{R.randint(8, 19)} x10^3/uL"), ("Lactate", f"{round(R.uniform(4.1, 8.8), 1)} mmol/L"),
                              ("Sodium", f"{R.randint(116, 121)} mmol/L"), ("Blood culture", "Gram-positive cocci in clusters, 1 of 2 bottles")])
        rn = person()
        rows.append(f"{us(plus(dt, -1))} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}  {pt.last.upper()}, {pt.first.upper():<14} "
                    f"{mrn()}  {test:<16} {val:<26} called to {rn.first} {rn.last[0]}., RN, read back Y  ({tech.first[0]}{tech.last[0]})")
    log = ("RIVERSIDE HEALTH CORE LABORATORY - CRITICAL VALUE NOTIFICATION LOG\n"
           f"Shift: nights   Bench: Chemistry/Hematology/Micro   Printed by {tech.full}\n\n" + "\n".join(rows) +
           "\n\nAll notifications completed within 30 minutes: YES\n")
    sup = staff()
    text = f"""{greet(sup.first)}

Attached is last night's critical call log for the {pick('CAP', 'Joint Commission')} tracer. All read-backs documented. One call took 34 minutes because the unit phone rolled to voicemail - I put a note in the occurrence system.

{thanks()}
{sig(tech, 'Medical Laboratory Scientist', 'Core Laboratory')}{footer(0.8)}"""
    return dict(subject=pick("Critical call log", "Crit log for tracer", "Night shift criticals"),
                frm=staffaddr(tech), to=[staffaddr(sup)], text=text,
                atts=[att_text(f"critical_log_{hl7d(dt)}.txt", log)],
                note="TXT critical-value log listing named patients with MRNs and critical results.")


def lab_culture_csv(dt):
    ip = staff("RN, CIC")
    hdr = "Patient,DOB,Unit,Collected,Source,Organism,Antibiotic,MIC,Interp"
    panels = {"Escherichia coli (ESBL)": [("Ceftriaxone", ">=64", "R"), ("Meropenem", "<=0.25", "S"), ("Ciprofloxacin", ">=4", "R"), ("Nitrofurantoin", "<=16", "S")],
              "Klebsiella pneumoniae": [("Ceftriaxone", ">=64", "R"), ("Meropenem", ">=16", "R"), ("Ceftazidime/avibactam", "2", "S")],
              "Staphylococcus aureus (MRSA)": [("Oxacillin", ">=4", "R"), ("Vancomycin", "1", "S"), ("Doxycycline", "<=0.5", "S")],
              "Enterococcus faecium (VRE)": [("Vancomycin", ">=32", "R"), ("Ampicillin", ">=32", "R"), ("Linezolid", "2", "S")],
              "Pseudomonas aeruginosa": [("Piperacillin/tazobactam", "64", "R"), ("Cefepime", "16", "I"), ("Meropenem", "1", "S")]}
    orgs = list(panels)
    rows = []
    for _ in range(R.randint(2, 4)):
        pt = person()
        b = dob(1940, 1995)
        org = R.choice(orgs)
        unit, src = R.choice(['4W', '5E', 'MICU', 'SICU', '6N']), R.choice(['Urine, cath', 'Blood', 'Wound, sacral', 'Sputum'])
        for ab, mic, s in R.sample(panels[org], 2):
            rows.append(f"\"{pt.last}, {pt.first}\",{us(b)},{unit},{us(plus(dt, -2))},{src},{org},{ab},{mic},{s}")
    md = doctor()
    text = f"""{greet(md.dr)}

These are the MDRO hits from the past 72 hours for Stewardship rounds tomorrow. Two of them are new contact-isolation flags; the unit managers have been told.

{ip.first}
{sig(ip, 'Infection Preventionist', 'Infection Prevention & Control')}{footer(0.7)}"""
    return dict(subject=pick("MDRO list for rounds", "Resistant organisms - last 72h", "Stewardship rounds prep"),
                frm=staffaddr(ip), to=[staffaddr(md)], text=text,
                atts=[att_text("mdro_72h.csv", hdr + "\n" + "\n".join(rows) + "\n")],
                note="CSV of named patients with DOB, culture organisms and susceptibilities.")


def lab_patient_forward(dt):
    pt = person()
    spouse = person()
    vals = pick(("ferritin", f"{R.randint(4, 9)} ng/mL", "hemoglobin", f"{round(R.uniform(9.1, 10.4), 1)}"),
                ("PSA", f"{round(R.uniform(5.2, 9.7), 1)} ng/mL", "free PSA", f"{R.randint(8, 14)}%"),
                ("vitamin D", f"{R.randint(9, 17)} ng/mL", "calcium", f"{round(R.uniform(8.9, 9.6), 1)}"))
    body_prev = f"""Hi {pt.first},

Your labs are back. Your {vals[0]} is {vals[1]}, which is low/high enough that Dr. {person().last} wants to see you in 2-3 weeks. Your {vals[2]} was {vals[3]}. I have put a note on your chart so the front desk will offer you the first opening.

{person().first}, Care Team"""
    intro = pick(f"hey - see below from the doctor's office. can you put the appointment on our calendar? they said 2-3 weeks. i'm a little nervous about the {vals[0]} thing honestly",
                 f"Forwarding this so you have it. {vals[0].capitalize()} is {vals[1]} - I looked it up and it's out of range. Let's talk tonight.",
                 f"fyi. the {vals[0]} number again. can you drive me when they schedule it?")
    care = f"careteam.im@{ORG}"
    text = intro + f"\n\n{pt.first}\n\n---------- Forwarded message ---------\nFrom: Internal Medicine Care Team <{care}>\nDate: {wlong(plus(dt, -1))}\nSubject: Your results\nTo: {pt.full} <{pt.pemail}>\n\n" + body_prev
    return dict(subject=pick("Fwd: Your results", "Fwd: Your results", "Fw: Your results"),
                frm=(pt.full, pt.pemail), to=[(spouse.full, spouse.pemail)], cc=[("Internal Medicine Care Team", care)],
                text=text, inbound=True, relay="smtp.mailbox.example",
                note=f"Patient {pt.full} forwards own lab values ({vals[0]}) to a family member and cc's the clinic.")


def lab_genetic_pdf(dt):
    pt, gc = person(), staff("MS, CGC")
    b = dob(1960, 1995)
    gene, var = R.choice([("BRCA2", "c.5946del (p.Ser1982fs)"), ("BRCA1", "c.68_69del (p.Glu23fs)"),
                          ("MLH1", "c.1852_1854del (p.Lys618del)"), ("CHEK2", "c.1100del (p.Thr367fs)"),
                          ("PALB2", "c.3113G>A (p.Trp1038*)")])
    lines = ["HELIX GENOMICS REFERENCE LABORATORY (fictional)", "Hereditary Cancer Panel - 47 genes", "",
             f"Patient: {pt.lastfirst}     DOB: {us(b)}     Sex: {pt.sex}", f"Ordering provider: {doctor().full}, MD",
             f"Specimen: Saliva   Collected: {us(plus(dt, -24))}   Reported: {us(plus(dt, -2))}",
             f"Accession: HG{digits(8)}", "", "RESULT: POSITIVE - one pathogenic variant identified", "",
             f"Gene: {gene}   Variant: {var}   Zygosity: heterozygous   Classification: Pathogenic", "",
             "Interpretation: This result is consistent with a hereditary cancer predisposition syndrome.",
             "Cascade testing of first-degree relatives is recommended.", "",
             "Variants of uncertain significance: none reported.", "Genes analyzed: APC, ATM, BARD1, BRCA1, BRCA2, BRIP1, CDH1, CDK4, CDKN2A, CHEK2, ..."]
    text = f"""{greet(pick('Dr. ' + person().last, 'team'))}

{pt.first} {pt.last}'s panel resulted today (PDF attached). {pick(he_she(pt).capitalize(), 'The patient')} has a results visit with me on {longd(weekday_after(dt, 5))}; please hold off on releasing to the portal until then so we can disclose in person.

I will draft the family letter for cascade testing afterwards.

{sig(gc, 'Genetic Counselor', 'Cancer Genetics Program')}{footer(0.9)}"""
    return dict(subject=pick("Panel result - please hold release", "Genetics result", "Result in - disclosure visit scheduled"),
                frm=staffaddr(gc), to=[staffaddr(doctor())], text=text,
                atts=[att_pdf(f"HGX_{pt.last.replace(' ', '')}_report.pdf", lines, flate=chance(0.5))],
                note=f"Genetic counselor sends a named patient's pathogenic {gene} result (PDF) to a physician.")


def lab_spanish(dt):
    pt = person(trad="hispanic", sex="F")
    a1c = round(R.uniform(7.2, 10.5), 1)
    hb = round(R.uniform(9.0, 10.8), 1)
    text = f"""Estimada Sra. {pt.last}:

Le escribimos de la Clínica de Medicina Familiar de Riverside para informarle los resultados de sus análisis de sangre del {esd(plus(dt, -4))}.

- Hemoglobina A1c: {a1c} % (la meta es menos de 7 %)
- Hemoglobina: {hb} g/dL (lo normal es 12.0 a 15.5)
- Ferritina: {R.randint(5, 11)} ng/mL (baja)

La doctora recomienda aumentar la metformina a 1000 mg dos veces al día y empezar sulfato ferroso 325 mg un día sí y otro no. Ya mandamos las recetas a su farmacia.

Por favor haga una cita de seguimiento en 6 semanas. Si tiene preguntas, llámenos al {phone()} (oprima 2 para español).

Atentamente,
{person(trad='hispanic').full}, enfermera
Medicina Familiar - Riverside Health"""
    return dict(subject="Resultados de sus análisis", frm=("Medicina Familiar Riverside", f"familymed.millbrook@{ORG}"),
                to=[(pt.full, pt.pemail)], text=text, lang="es-US", bodyform=pick("qp", "b64", "alt"),
                note=f"Spanish result letter to {pt.full}: A1c, hemoglobin, ferritin and medication changes.")


def lab_prenatal(dt):
    pt = person(sex="F")
    b = dob(1988, 2003)
    ob = doctor()
    ga = R.randint(10, 14)
    rows = [("ABO/Rh", pick("O positive", "A negative", "B positive")), ("Antibody screen", "Negative"),
            ("Rubella IgG", pick("Immune", "Non-immune (7 IU/mL)")), ("HBsAg", "Nonreactive"), ("HIV-1/2 Ag/Ab", "Nonreactive"),
            ("Syphilis (RPR)", "Nonreactive"), ("Hemoglobin", f"{round(R.uniform(10.2, 12.8), 1)} g/dL"),
            ("Urine culture", pick("No growth", ">100,000 CFU/mL E. coli"))]
    trs = "\n".join(f"<tr><td>{a}</td><td>{v}</td></tr>" for a, v in rows)
    dobh = f"<span>{b.month:02d}/{b.day:02d}/</span><span>{b.year}</span>"
    html = html_doc(f"""<p>{ob.dr},</p>
<p>Prenatal panel for <b>{htmlmod.escape(pt.full)}</b> (DOB&nbsp;{dobh}), G{R.randint(1, 4)}P{R.randint(0, 2)}, {ga}w{R.randint(0, 6)}d by dating US:</p>
<table><tr><th>Test</th><th>Result</th></tr>
{trs}</table>
<p>Plan per your protocol; flagged items are in the In Basket. &nbsp;Next OB visit is booked.</p>
<p>{htmlmod.escape(staff().full)}, LPN<br>Women's Health - Ashford</p>""")
    text = f"{ob.dr},\n\nPrenatal panel for {pt.full} (DOB {us(b)}), {ga} weeks:\n" + "\n".join(f"  {a}: {v}" for a, v in rows) + \
        "\n\nPlan per your protocol; flagged items are in the In Basket."
    return dict(subject=pick("Prenatal labs", "New OB labs back", "OB panel"), frm=staffaddr(staff()), to=[staffaddr(ob)],
                text=text, html=html, bodyform=pick("html", "alt"),
                note="HTML table of a named pregnant patient's prenatal panel with a span-split DOB.")


def lab_vanco(dt):
    pharm, res = staff("PharmD"), doctor()
    pt = person()
    room = f"{R.randint(3, 8)}{pick('N', 'S', 'W', 'E')}-{R.randint(1, 36):02d}"
    tr = round(R.uniform(21, 29), 1)
    text = f"""{greet(res.first)}

Vanc level on {pt.full} in {room} came back {tr} mcg/mL (drawn 30 min before the 4th dose, so a true trough). AUC estimate from the two-level Bayesian fit is ~{R.randint(690, 840)} mg*h/L, above our 400-600 target, and SCr bumped to {round(R.uniform(1.3, 1.8), 1)} from {round(R.uniform(0.8, 1.0), 1)}.

Recommend: hold tonight's dose, change to {pick('1000 mg q24h', '750 mg q12h', '1250 mg q24h')} starting tomorrow AM, recheck SCr daily. I have entered the pharmacy-to-dose note; just need you to acknowledge.

{pharm.first}
{pharm.full}, PharmD, BCPS - Clinical Pharmacy, ext {R.randint(4000, 4999)}"""
    return dict(subject=pick("vanc level", "Vancomycin AUC", "Dose change rec"), frm=staffaddr(pharm), to=[staffaddr(res)],
                text=text, note=f"Pharmacist reports vancomycin level and renal change for named inpatient {pt.full} with room.")


def lab_fhir_json(dt):
    pt = person()
    b = dob(1945, 1990)
    m = mrn()
    obs = []
    for code, name, val, unit in R.sample([("2345-7", "Glucose [Mass/volume] in Serum or Plasma", R.randint(140, 260), "mg/dL"),
                                           ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", round(R.uniform(7.0, 9.9), 1), "%"),
                                           ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", round(R.uniform(1.2, 2.2), 2), "mg/dL"),
                                           ("33914-3", "eGFR", R.randint(28, 58), "mL/min/{1.73_m2}"),
                                           ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", round(R.uniform(3.0, 3.3), 1), "mmol/L")], 3):
        obs.append({"resource": {"resourceType": "Observation", "status": "final",
                                 "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": name}]},
                                 "subject": {"reference": "Patient/p1"},
                                 "effectiveDateTime": f"{plus(dt, -2).isoformat()}T07:42:00-05:00",
                                 "valueQuantity": {"value": val, "unit": unit}, "interpretation": [{"text": "High"}]}})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "p1",
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": m}],
                      "name": [{"family": ascii_fold(pt.last), "given": [ascii_fold(pt.first)]}], "birthDate": b.isoformat(),
                      "gender": "male" if pt.sex == "M" else "female"}}] + obs}
    eng = staff()
    text = f"""{greet(pick('team', 'all'))}

The reference-lab feed rejected this bundle overnight (unit string for eGFR did not map). Attaching the payload so Lab IS can fix the mapping and re-send to the chart - the patient's PCP is waiting on these.

{sig(eng, 'Integration Analyst', 'Interfaces & Integration')}"""
    return dict(subject=pick("Rejected result bundle", "FHIR feed reject - needs remap", "Result not filed"),
                frm=staffaddr(eng), to=[dl("Lab IS", "lab.is")], text=text,
                atts=[att_text("rejected_bundle.json", json.dumps(bundle, indent=2))],
                note="JSON FHIR bundle with a named patient, DOB, MRN and abnormal lab observations.")


def lab_bili(dt):
    mom = person(sex="F")
    ped = doctor()
    hrs = R.randint(30, 60)
    tsb = round(R.uniform(13.1, 17.8), 1)
    text = f"""{ped.dr},

Baby {pick('Boy', 'Girl')} {mom.last} (mother {mom.full}), born {us(plus(dt, -2))} at {R.randint(37, 40)}w, bili today at {hrs} hours of life: TSB {tsb} mg/dL, direct {round(R.uniform(0.2, 0.5), 1)}. That is {pick('1.2', '0.8', '1.9')} mg/dL below the 2022 AAP phototherapy threshold for this risk group. Mom is breastfeeding, baby down {R.randint(6, 9)}% from birth weight.

Our plan is repeat TSB in 12 hours and lactation consult; discharge likely tomorrow if stable. Can you see the baby in your office within 48 h of discharge?

{staff().full}, RN
Mother-Baby Unit, Riverside Lakeview"""
    return dict(subject=pick("newborn bili", "Baby - bilirubin and follow-up", "TSB result"),
                frm=staffaddr(staff()), to=[staffaddr(ped)], text=text,
                note=f"Newborn identified via mother {mom.full}; bilirubin value, weight loss and plan.")


def lab_hiv(dt):
    pt = person()
    md = doctor()
    vl = pick("<20 copies/mL (target not detected)", f"{R.randint(40, 180)} copies/mL")
    cd4 = R.randint(320, 890)
    text = f"""{md.first},

{pt.first} {pt.last[0]}{pt.last[1:]}'s labs from the 6-month visit: HIV-1 RNA {vl}, CD4 {cd4} cells/uL ({R.randint(22, 38)}%). Remains on bictegravir/emtricitabine/TAF, adherence good by pharmacy fill data. Hep B sAb still negative - can we offer Heplisav at the next visit?

Ryan White recertification is due next month; I will send the paperwork separately.

{person().full}, RN, Infectious Disease Clinic"""
    return dict(subject=pick("6-mo labs", "VL/CD4", "Labs back"), frm=staffaddr(staff()), to=[staffaddr(md)], text=text,
                bodyform=pick("qp", "plain7", "alt"), label=("phi", pick("Confidential PHI", "Confidential - PHI")) if chance(0.5) else None,
                note=f"HIV viral load, CD4 and ART regimen for named patient {pt.full}.")


def lab_uds(dt):
    pt = person()
    b = dob(1965, 1998)
    md = doctor()
    text = f"""{md.dr},

Confirmatory LC-MS/MS on {pt.full}, DOB {us(b)}, from the {longd(plus(dt, -9))} pain-clinic visit:
  oxycodone POSITIVE ({R.randint(400, 2200)} ng/mL), oxymorphone POSITIVE - consistent with prescribed oxycodone
  fentanyl NEGATIVE, norfentanyl NEGATIVE
  {pick('amphetamine POSITIVE (not prescribed)', 'THC-COOH POSITIVE (' + str(R.randint(20, 140)) + ' ng/mL)', 'benzodiazepines NEGATIVE')}

Per the controlled-substance agreement this needs a conversation at the next visit. I have not contacted the patient.

{person().full}
Toxicology, Riverside Reference Lab"""
    return dict(subject=pick("Confirmation result", "UDS confirmation", "Tox confirm"), frm=staffaddr(staff()), to=[staffaddr(md)],
                text=text, note="Urine drug confirmation results for a named patient with DOB.")


def lab_preop_pdf(dt):
    pt = person()
    b = dob(1940, 1975)
    surg = doctor()
    vals = [("Hemoglobin", f"{round(R.uniform(11.0, 14.8), 1)} g/dL"), ("Platelets", f"{R.randint(150, 380)} x10^3/uL"),
            ("INR", f"{round(R.uniform(0.9, 1.2), 1)}"), ("Creatinine", f"{round(R.uniform(0.7, 1.3), 2)} mg/dL"),
            ("Glucose", f"{R.randint(88, 180)} mg/dL"), ("Type & Screen", "O+, antibody screen negative"),
            ("ECG", pick("NSR, no acute changes", "sinus rhythm, LBBB (old)"))]
    lines = ["PRE-ADMISSION TESTING - RESULTS SUMMARY", f"{R.choice(SITES)}", "",
             f"Name: {pt.full}", f"DOB: {us(b)}", f"Procedure: {pick('Left total knee arthroplasty', 'Laparoscopic cholecystectomy', 'Right hip hemiarthroplasty', 'Lumbar laminectomy L4-5')}",
             f"Surgeon: {surg.full}, {surg.cred}", f"Surgery date: {us(weekday_after(dt, 7))}", ""] + \
        [f"{a:<18} {v}" for a, v in vals] + ["", f"Cleared by PAT NP: {staff().full}, APRN", "Anesthesia review: no further workup needed"]
    text = f"""{greet(pick('Surgery scheduling', surg.dr + "'s team"))}

PAT results attached for {pt.last}, {pt.first[0]}. Cleared for surgery - no repeat labs needed.

{sig(staff(), 'Pre-Admission Testing Coordinator')}"""
    return dict(subject=pick("PAT clearance", "Pre-op results", "Cleared for OR"), frm=staffaddr(staff()), to=[staffaddr(surg)],
                text=text, atts=[att_pdf("PAT_results.pdf", lines, flate=chance(0.5))],
                note="Pre-admission lab/ECG results PDF for a named surgical patient with DOB.")


def lab_coag_inr_table(dt):
    pt = person()
    rows = []
    d = plus(dt, -70)
    for _ in range(5):
        rows.append((us(d), round(R.uniform(1.6, 3.6), 1)))
        d = d + datetime.timedelta(days=R.randint(10, 16))
    html = html_doc(f"""<p>Hi {htmlmod.escape(pt.first)},</p>
<p>Here is the INR history you asked for so you can bring it to your cardiology visit:</p>
<table><tr><th>Date</th><th>INR</th></tr>{''.join(f'<tr><td>{a}</td><td>{v}</td></tr>' for a, v in rows)}</table>
<p>Your goal range is 2.0&ndash;3.0. Keep taking warfarin {pick('5 mg', '7.5 mg', '4 mg')} daily except {pick('Monday', 'Friday')} when you take half.</p>
<p>&mdash; Anticoagulation Clinic</p>""")
    text = f"Hi {pt.first},\n\nINR history:\n" + "\n".join(f"{a}  {v}" for a, v in rows) + "\n\nGoal 2.0-3.0. Keep taking warfarin as directed.\n\n- Anticoagulation Clinic"
    return dict(subject="INR history", frm=("Anticoagulation Clinic", f"anticoag@{ORG}"), to=[(pt.full, pt.pemail)],
                text=text, html=html, bodyform="html",
                note="HTML INR history table and warfarin dosing sent to a patient addressed by first name at a personal address.")


LAB_BUILDERS = [lab_greeting_letter, lab_subject_only, lab_phone_note, lab_critical_log, lab_culture_csv, lab_patient_forward,
                lab_genetic_pdf, lab_spanish, lab_prenatal, lab_vanco, lab_fhir_json, lab_bili, lab_hiv, lab_uds, lab_preop_pdf,
                lab_coag_inr_table]


def him(p):
    return "him" if p.sex == "M" else "her"


def img_name_acc_only(dt):
    pt, rad = person(), doctor()
    acc = accession("CT")
    sc = R.choice([("fall from standing, on apixaban", "There is a 9 mm acute subdural hematoma along the right convexity with 3 mm leftward midline shift.",
                    "Acute right subdural hematoma with mild mass effect. Neurosurgery notified."),
                   ("new left arm weakness x 2 hours", "Hypodensity in the right MCA territory with loss of gray-white differentiation in the insular ribbon.",
                    "Early right MCA infarct; ASPECTS 8. Stroke team paged."),
                   ("headache, worst of life", "No acute intracranial hemorrhage. Chronic small vessel ischemic change.",
                    "No acute intracranial abnormality. Consider CTA or LP if clinical concern for subarachnoid hemorrhage persists.")])
    text = f"""{ascii_fold(pt.last).upper()}, {ascii_fold(pt.first).upper()}    Acc# {acc}

CT HEAD WITHOUT CONTRAST

History: {sc[0]}.
Comparison: None available.

Findings: {sc[1]} Ventricles are proportionate. Calvarium intact.

Impression: {sc[2]}

Dictated by {rad.full}, {rad.cred}  {us(dt)} {R.randint(0, 23):02d}:{R.randint(10, 59)}"""
    return dict(subject=pick("report", "Prelim read", "CT head"), frm=("Radiology Reports", f"rad.reports@{ORG}"),
                to=[staffaddr(doctor())], text=text, bodyform=pick("plain7", "qp"),
                note="Radiology report whose only identifiers are the patient's name and an accession number.")


def img_mri_pdf(dt):
    pt, rad = person(), doctor()
    b = dob(1955, 2000)
    side = pick("RIGHT", "LEFT")
    lines = [f"{R.choice(SITES).upper()} - DEPARTMENT OF RADIOLOGY", "",
             f"Patient: {pt.full}   DOB: {us(b)}   MRN: {mrn()}", f"Exam: MRI {side} KNEE WITHOUT CONTRAST   Accession: {accession('MR')}",
             f"Date of service: {us(plus(dt, -1))}   Referring: {doctor().full}", "",
             "CLINICAL INDICATION: Twisting injury playing soccer, medial joint line pain, locking.", "",
             "FINDINGS:", "Menisci: Complex tear of the posterior horn and body of the medial meniscus with a displaced",
             "  bucket-handle fragment in the intercondylar notch.", "Ligaments: ACL fibers discontinuous at the femoral attachment,",
             "  consistent with complete tear. PCL, MCL, LCL intact.", "Cartilage: Grade 2 chondromalacia of the medial femoral condyle.",
             "Bone: Pivot-shift bone contusions of the lateral femoral condyle and posterolateral tibial plateau.",
             "Joint: Moderate effusion.", "", "IMPRESSION:", "1. Complete ACL tear.", "2. Displaced bucket-handle tear of the medial meniscus.",
             "3. Moderate joint effusion.", "", f"Electronically signed: {rad.full}, {rad.cred}"]
    text = f"""{greet('Dr. ' + person().last)}

Report for your patient attached - {pick('I called your office with the bucket-handle finding', 'flagging the displaced fragment', 'may need sooner ortho eval')}.

{sig(rad, 'Musculoskeletal Radiology')}"""
    return dict(subject=pick("MRI knee", "Outside report as requested", "MR report"), frm=staffaddr(rad),
                to=[("Summit Orthopaedics", f"referrals@summitortho.example.org")], text=text,
                atts=[att_pdf("MRI_knee_report.pdf", lines, flate=chance(0.6))],
                note="MRI knee report PDF with name, DOB and MRN sent to an outside orthopaedic practice.")


def img_mammo_letter(dt):
    pt = person(sex="F")
    b = dob(1950, 1984)
    s1, s2 = address()
    cat = pick("0", "0", "4")
    text = f"""{longd(dt)}

{pt.full}
{s1}
{s2}

Dear {pt.title_} {pt.last},

Thank you for having your {pick('screening', '3-D screening')} mammogram at Riverside Breast Center on {longd(plus(dt, -3))}.

""" + ("""Your mammogram showed an area that needs more imaging to complete the evaluation (BI-RADS category 0, incomplete). This is common: most women called back do not have cancer. We will call you to schedule a diagnostic mammogram and possibly an ultrasound.""" if cat == "0" else
       """The radiologist has recommended a biopsy of an area in your left breast (BI-RADS category 4, suspicious). Our nurse navigator will call you within two business days to explain the procedure and schedule it.""") + f"""

Your breast tissue is {pick('heterogeneously dense', 'extremely dense')}. Dense tissue can make it harder to find cancer on a mammogram and may be associated with an increased risk of breast cancer. Please talk with your health care provider about your breast density.

A copy of this report has been sent to your provider, {doctor().full}.

Riverside Breast Center  |  {phone()}"""
    return dict(subject="Your mammogram results", frm=("Riverside Breast Center", f"breastcenter@{ORG}"), to=[(pt.full, pt.pemail)],
                text=text, bodyform=pick("b64", "qp", "alt"),
                note=f"Lay mammography results letter (BI-RADS {cat}) to a named patient at her home address.")


def img_thyroid_us(dt):
    pt, rad, endo = person(), doctor(), doctor()
    sz = round(R.uniform(1.1, 2.6), 1)
    text = f"""{greet(endo.dr)}

Addendum on {pt.full}'s thyroid ultrasound from {longd(plus(dt, -2))} (acc {accession('US')}):

The right lower pole nodule measures {sz} x {round(sz * 0.8, 1)} x {round(sz * 0.7, 1)} cm, solid, hypoechoic, taller-than-wide, with punctate echogenic foci. ACR TI-RADS: TR5 ({R.randint(7, 10)} points). FNA recommended (>= 1.0 cm for TR5). The prior read described it as TR4 because the foci were called comet-tail artifact; on review they are not.

Sorry for the change - I have amended the report and the follow-up tracker.

{rad.full}, {rad.cred}"""
    return dict(subject=pick("Addendum - thyroid US", "Amended US report", "TI-RADS change"), frm=staffaddr(rad), to=[staffaddr(endo)],
                text=text, note="Radiologist's addendum upgrading a named patient's thyroid nodule to TR5 with FNA recommendation.")


def img_outside_cd(dt):
    pt = person()
    b = dob(1940, 1980)
    clerk = staff()
    text = f"""{banner()}Hello,

We are {R.choice(['Lakeshore Cancer Institute', 'Northgate Oncology Associates', 'Prairie Radiation Center'])} and {pt.full} (DOB {us(b)}) is establishing care with us for {pick('stage III non-small cell lung cancer', 'newly diagnosed lymphoma', 'metastatic colon cancer')}. Please push the following studies to our PACS (AE title LCI_PACS) or mail a CD:

- PET/CT skull base to mid-thigh, {us(plus(dt, -21))}
- CT chest with contrast, {us(plus(dt, -40))}
- MRI brain with and without, {us(plus(dt, -18))}

Signed authorization attached to the fax we sent yesterday. New-patient visit is {longd(weekday_after(dt, 6))} so we need them by then.

{clerk.full}
Medical Records / Image Exchange
{phone()}"""
    return dict(subject=pick("Image request", "Outside imaging needed", "Request for images"),
                frm=(clerk.full, f"{slug(clerk.first)}.{slug(clerk.last)}@lakeshorecancer.example.org"),
                to=[("Radiology Film Library", f"filelibrary@{ORG}")], text=text, inbound=True, relay="mail.lakeshorecancer.example.org",
                note="Outside oncology office requests a named patient's PET/CT and MRI studies, naming the cancer diagnosis.")


def img_critical_pe(dt):
    pt, rad, ed = person(), doctor(), doctor()
    text = f"""Critical result communication

Patient: {pt.full}
Location: ED {pick('Pod B', 'Bay 14', 'Room 22', 'Hallway 3')}
Exam: CTA chest (PE protocol)  acc {accession('CT')}

Finding: Saddle pulmonary embolus extending into both main pulmonary arteries. RV/LV ratio {round(R.uniform(1.1, 1.5), 1)} with flattening of the interventricular septum - right heart strain.

Communicated by {rad.full} to {ed.full} by phone at {R.randint(0, 23):02d}:{R.randint(10, 59)}; read-back confirmed. PERT activation recommended.

This notice is sent automatically to document closed-loop communication."""
    return dict(subject="Critical result communicated", frm=("PowerScribe Critical Results", f"critresults@{ORG}"),
                to=[staffaddr(ed)], cc=[staffaddr(rad)], text=text, bodyform=pick("alt", "plain7"),
                note="Closed-loop critical result notice: named ED patient with saddle PE.")


def img_dexa(dt):
    pt = person(sex=pick("F", "F", "M"))
    b = dob(1938, 1962)
    html = html_doc(f"""<p><b>DXA Bone Density</b> &ndash; {htmlmod.escape(pt.lastfirst)} &nbsp; DOB <span>{us(b)[:6]}</span><span>{b.year}</span></p>
<table><tr><th>Region</th><th>BMD g/cm&sup2;</th><th>T-score</th><th>Z-score</th></tr>
<tr><td>L1&ndash;L4</td><td>{round(R.uniform(0.72, 0.85), 3)}</td><td>{round(R.uniform(-3.1, -2.5), 1)}</td><td>{round(R.uniform(-1.5, -0.6), 1)}</td></tr>
<tr><td>Left femoral neck</td><td>{round(R.uniform(0.58, 0.7), 3)}</td><td>{round(R.uniform(-2.7, -2.0), 1)}</td><td>{round(R.uniform(-1.2, -0.3), 1)}</td></tr>
<tr><td>Total hip</td><td>{round(R.uniform(0.66, 0.78), 3)}</td><td>{round(R.uniform(-2.3, -1.6), 1)}</td><td>{round(R.uniform(-1.0, 0.0), 1)}</td></tr></table>
<p>Impression: Osteoporosis (WHO criteria). FRAX 10-year major osteoporotic fracture risk {R.randint(18, 31)}%, hip {round(R.uniform(3.1, 6.9), 1)}%. Consider pharmacologic therapy.</p>""")
    text = f"DXA Bone Density - {pt.lastfirst} DOB {us(b)}\nL1-L4 and femoral neck T-scores in the osteoporotic range. FRAX MOF risk elevated. Consider pharmacologic therapy."
    return dict(subject=pick("DXA", "Bone density report", "DEXA results"), frm=("Imaging Results", f"imaging.results@{ORG}"),
                to=[staffaddr(doctor())], text=text, html=html, bodyform=pick("html", "alt"),
                note="HTML DXA report table for a named patient with DOB (span-split) and an osteoporosis impression.")


def img_echo(dt):
    pt, cardio = person(), doctor()
    ef = R.randint(25, 40)
    text = f"""{pt.first} {pt.last} - TTE {us(plus(dt, -1))}

LVEF {ef}% by biplane Simpson's (was 55% in {dt.year - 2}). Global hypokinesis, worse inferolateral. Grade II diastolic dysfunction. Moderate functional MR. RVSP {R.randint(38, 55)} mmHg. No pericardial effusion.

{greet(pick('Heart failure team', 'HF clinic', 'Nurse navigators'))}
New HFrEF. Please get {him(pt)} into HF clinic within 2 weeks and start GDMT titration visits. I started sacubitril/valsartan 24/26 mg BID and metoprolol succinate 25 mg at discharge.

{cardio.full}, {cardio.cred} - Cardiology"""
    return dict(subject=pick("New low EF", "Echo - new cardiomyopathy", "HF clinic referral needed"), frm=staffaddr(cardio),
                to=[dl("Heart Failure Clinic", "hf.clinic")], text=text,
                note="Echo findings (new LVEF drop) and medications for a named patient.")


def img_telerad(dt):
    pt = person()
    a = R.randint(19, 88)
    sc = R.choice([("Right lower lobe airspace opacity with small parapneumonic effusion.", "Right lower lobe pneumonia."),
                   ("Moderate right apical pneumothorax, no mediastinal shift.", "Right pneumothorax, ~30%. Discussed with ED physician."),
                   ("Cardiomegaly with bilateral interstitial edema and small effusions.", "Findings consistent with CHF.")])
    text = f"""{banner()}PRELIMINARY READ - NightHawk Teleradiology (fictional)

Patient: {pt.last}, {pt.first}  Age/Sex: {a}{pt.sex}
Facility: Riverside North ED   Study: XR CHEST 2 VIEWS   Study UID: 1.2.840.{R.randint(10000, 99999)}.{R.randint(1, 9)}.{digits(10)}

Findings: {sc[0]}
Impression: {sc[1]}

Final read to follow by Riverside staff radiologist."""
    return dict(subject=f"Prelim: {ascii_fold(pt.last).upper()} XR CHEST", frm=("NightHawk Prelims", "prelims@nighthawkrad.example.org"),
                to=[dl("North ED Physicians", "north.ed.md")], text=text, inbound=True, relay="relay.nighthawkrad.example.org",
                bodyform=pick("plain7", "qp", "b64"), note="External teleradiology preliminary chest X-ray read for a named patient with age/sex.")


def img_nodule_tracker(dt):
    nav = staff("RN, OCN")
    rows = []
    for _ in range(R.randint(3, 4)):
        pt = person()
        rows.append(f"<tr><td>{htmlmod.escape(pt.full)}</td><td>{us(plus(dt, -R.randint(150, 400)))}</td><td>{R.choice(['6 mm solid RUL', '8 mm part-solid LLL', '5 mm GGO RML', '11 mm solid LUL'])}</td>"
                    f"<td>{R.choice(['CT 6-12 mo', 'CT 3 mo', 'PET/CT', 'CT 12 mo'])}</td><td>{R.choice(['Overdue - 2 letters sent', 'Scheduled ' + us(plus(dt, 9)), 'PCP notified'])}</td></tr>")
    html = html_doc(f"""<p>Hi {htmlmod.escape(person().first)},</p><p>Incidental pulmonary nodule follow-ups for your clinic this month (Fleischner 2017):</p>
<table><tr><th>Patient</th><th>Index CT</th><th>Nodule</th><th>Recommendation</th><th>Status</th></tr>{''.join(rows)}</table>
<p>Could your MA call the overdue ones? Thank you!<br>{htmlmod.escape(nav.full)}, RN &ndash; Lung Nodule Navigation</p>""")
    return dict(subject=pick("Nodule follow-ups due", "Incidental findings - your panel", "Overdue nodule CTs"),
                frm=staffaddr(nav), to=[staffaddr(staff())], text="Incidental pulmonary nodule follow-ups (see HTML table).", html=html,
                bodyform="html", note="HTML table of named patients with lung nodule findings and follow-up imaging status.")


def img_ir_para(dt):
    pt = person()
    text = f"""{greet('IR scheduling')}

Can we add {pt.full} ({pick('Rm', 'room')} {R.randint(401, 760)}) for an ultrasound-guided paracentesis today? Cirrhosis (EtOH, MELD {R.randint(14, 26)}), tense ascites, last tap {R.randint(8, 14)} days ago with {R.randint(5, 8)} L off. INR {round(R.uniform(1.4, 1.9), 1)}, plt {R.randint(60, 110)} - no products needed per SIR guidance. Albumin 25% ordered for after.

{sig(doctor(), 'Hepatology Fellow')}"""
    return dict(subject=pick("add-on para", "Paracentesis add-on today?", "IR add-on"), frm=staffaddr(doctor()),
                to=[dl("IR Scheduling", "ir.scheduling")], text=text, bodyform=pick("plain7", "alt"),
                note="Request for an imaging-guided procedure for a named inpatient with diagnosis and labs.")


def img_fetal(dt):
    pt = person(sex="F")
    b = dob(1986, 2002)
    ga = R.randint(19, 21)
    sc = R.choice([("Echogenic intracardiac focus, left ventricle. Remainder of survey normal.", "Isolated soft marker; low-risk cfDNA on file. No further imaging needed for this finding."),
                   ("Mild left pyelectasis (5 mm). Remainder of survey normal.", "Recommend follow-up renal ultrasound at 32 weeks."),
                   ("Two-vessel umbilical cord. Remainder of survey normal.", "Recommend growth scans every 4 weeks from 28 weeks.")])
    lines = ["MATERNAL-FETAL MEDICINE ULTRASOUND REPORT", f"Patient: {pt.full}   DOB: {us(b)}   LMP-based GA: {ga}w{R.randint(0, 6)}d",
             f"Exam: Detailed fetal anatomic survey (CPT 76811)   Date: {us(plus(dt, -1))}", "",
             f"Fetal number: single   Presentation: {pick('cephalic', 'breech')}   FHR: {R.randint(135, 158)} bpm",
             f"EFW: {R.randint(280, 420)} g ({R.randint(18, 62)}th percentile)", f"Placenta: {pick('posterior, no previa', 'anterior, low-lying 1.4 cm from os')}",
             "", "Anatomy: " + sc[0], "", "Impression: " + sc[1], "", f"{doctor().full}, MD - Maternal-Fetal Medicine"]
    text = f"""Dear Dr. {person().last},

Please find attached the anatomy scan report for our shared patient. Happy to discuss.

{sig(staff(), 'MFM Sonographer, RDMS')}"""
    return dict(subject=pick("Anatomy scan", "MFM report", "US report - shared patient"), frm=staffaddr(staff()),
                to=[("Westbrook OB/GYN", "frontdesk@westbrookobgyn.example.org")], text=text,
                atts=[att_pdf("anatomy_scan.pdf", lines, flate=chance(0.5))],
                note="Fetal anatomy ultrasound report PDF with mother's name and DOB.")


def img_patient_disc(dt):
    pt = person()
    b = dob(1950, 1995)
    text = pick(
        f"hi, i had an MRI of my lower back at your Ashford place on {us(plus(dt, -12))} and my chiropractor wants the actual pictures not just the report. can i get a disc? my name is {pt.full} dob {us(b)}. the report said L5-S1 herniation touching the nerve. thanks",
        f"Hello - I need a copy of my CT scan images (abdomen/pelvis, done {longd(plus(dt, -30))} in the ER at Riverside North) for a second opinion at the university. The ER doctor said it showed diverticulitis with an abscess. Name: {pt.full}, birthdate {us(b)}. Can I pick it up or can you mail it? Thank you.",
        f"Good morning. This is {pt.full}, date of birth {us(b)}. I would like the images from my breast MRI ({us(plus(dt, -20))}) sent to my new surgeon. I'm having a lumpectomy next month. What do I need to sign?")
    return dict(subject=pick("copy of my scan", "Request - imaging disc", "images please"), frm=(pt.full, pt.pemail),
                to=[("Riverside Imaging Records", f"imaging.records@{ORG}")], text=text, inbound=True, relay="smtp.mailbox.example",
                bodyform=pick("b64", "plain7", "qp"), note="Patient from a personal address requests own imaging, giving name, DOB and the finding.")


def img_nuclear(dt):
    pt, md = person(), doctor()
    text = f"""Regadenoson SPECT MPI - {pt.lastfirst}

Rest/stress protocol, Tc-99m sestamibi. {pick('Medium-sized, moderate-intensity reversible defect in the inferior and inferolateral walls (LCx territory). Summed stress score 9, summed difference score 7.', 'Small fixed defect of the apex consistent with prior infarct; no ischemia.', 'Normal perfusion; gated LVEF 61%.')}
TID ratio {round(R.uniform(0.98, 1.25), 2)}. ECG: no diagnostic ST changes with regadenoson.

{md.dr}, please call with results; patient has cath scheduled only if ischemic.

Nuclear Cardiology Lab"""
    return dict(subject=pick("MPI result", "Stress test", "SPECT read"), frm=("Nuclear Cardiology", f"nuccard@{ORG}"), to=[staffaddr(md)],
                text=text, note="Nuclear stress perfusion result for a named patient.")


def img_dicom_txt(dt):
    pt = person()
    b = dob(1945, 1990)
    pacs = staff()
    meta = f"""(0008,0020) StudyDate            DA  {hl7d(plus(dt, -1))}
(0008,0050) AccessionNumber      SH  {accession('').lstrip('-')}
(0008,0060) Modality             CS  MR
(0008,1030) StudyDescription     LO  MRI BRAIN W WO CONTRAST - MS PROTOCOL
(0010,0010) PatientName          PN  {ascii_fold(pt.last).upper()}^{ascii_fold(pt.first).upper()}
(0010,0020) PatientID            LO  {mrn()}
(0010,0030) PatientBirthDate     DA  {hl7d(b)}
(0010,0040) PatientSex           CS  {pt.sex}
(0020,000D) StudyInstanceUID     UI  1.2.840.{R.randint(100000, 999999)}.3.{digits(12)}
(0032,1060) RequestedProcedureDescription LO  MS follow-up, new lesions?
"""
    text = f"""{greet(pick('Vendor support', 'Team'))}

This study will not route to the reading worklist - the modality worklist entry does not match the header after the merge. Header dump attached. Please do not reply-all; ticket #{R.randint(100000, 999999)}.

{sig(pacs, 'PACS Administrator', 'Imaging Informatics')}"""
    return dict(subject=pick("Study stuck - header mismatch", "Routing failure", "MR study not on worklist"), frm=staffaddr(pacs),
                to=[dl("Imaging Informatics", "imaging.informatics")], text=text, atts=[att_text("dicom_header.txt", meta)],
                note="DICOM header dump (TXT) with patient name, MRN, DOB and MS study description.")


IMG_BUILDERS = [img_name_acc_only, img_mri_pdf, img_mammo_letter, img_thyroid_us, img_outside_cd, img_critical_pe, img_dexa, img_echo,
                img_telerad, img_nodule_tracker, img_ir_para, img_fetal, img_patient_disc, img_nuclear, img_dicom_txt]


def ics(summary, start_d, start_t, minutes, location, desc, organizer, attendee):
    h, m = start_t
    st = f"{hl7d(start_d)}T{h:02d}{m:02d}00"
    e = datetime.datetime(start_d.year, start_d.month, start_d.day, h, m) + datetime.timedelta(minutes=minutes)
    en = f"{e:%Y%m%dT%H%M%S}"
    uid = "".join(R.choice("0123456789abcdef") for _ in range(32))
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=\"{attendee[0]}\":mailto:{attendee[1]}",
             f"DESCRIPTION;LANGUAGE=en-US:{desc}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{summary}",
             f"DTSTART;TZID=Central Standard Time:{st}", f"DTEND;TZID=Central Standard Time:{en}",
             f"LOCATION;LANGUAGE=en-US:{location}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74])
            ln = " " + ln[74:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def appt_infusion(dt):
    pt = person()
    d = weekday_after(dt, R.randint(2, 9))
    drug = pick("pembrolizumab (Keytruda)", "FOLFOX cycle 4", "rituximab", "trastuzumab", "carboplatin/paclitaxel, cycle 3")
    html = html_doc(f"""<table style="width:560px;border:0"><tr><td style="border:0;background:#0b4f6c;color:#fff;padding:12px">
<b>Riverside Cancer Center</b></td></tr><tr><td style="border:0;padding:12px">
<p>Hello {htmlmod.escape(pt.first)},</p>
<p>This is a reminder of your <b>oncology infusion</b> appointment:</p>
<p>{wlong(d)} at {clock()}<br>Infusion Suite, 3rd floor, Riverside Lakeview Medical Center<br>Treatment: {htmlmod.escape(drug)}<br>Nurse: {htmlmod.escape(person().full)}, RN, OCN</p>
<p>Please arrive 30 minutes early for labs. Bring a list of your current medications. Infusion typically takes {pick('2', '3', '4&frac12;')}&nbsp;hours; one visitor is welcome.</p>
<p><a href="https://mychart.{ORG}/appt">Confirm</a> &nbsp;|&nbsp; <a href="https://mychart.{ORG}/appt">Reschedule</a></p></td></tr></table>""")
    text = f"Hello {pt.first},\n\nReminder: oncology infusion on {wlong(d)}. Treatment: {drug}. Arrive 30 minutes early for labs.\n\nRiverside Cancer Center"
    return dict(subject=pick("Appointment reminder", "Upcoming appointment", "Your visit is coming up"),
                frm=("Riverside Cancer Center", f"cancercenter.noreply@{ORG}"), to=[(pt.full, pt.pemail)], text=text, html=html,
                bodyform=pick("html", "alt"), note=f"Reminder to {pt.full} for an oncology infusion, naming the drug regimen.")


def appt_colonoscopy_cal(dt):
    pt = person()
    d = weekday_after(dt, R.randint(10, 25))
    gi = doctor()
    desc = (f"{pt.full} - screening colonoscopy with {gi.full}. Prep: split-dose PEG (GoLYTELY). Clear liquids the day before. "
            f"Stop iron 7 days prior. A driver is required. Hold {pick('metformin the morning of', 'clopidogrel per cardiology', 'semaglutide 1 week before')}.")
    cal = ics(f"Colonoscopy - {pt.full}", d, (7, 30), 90, "Endoscopy Center, Riverside North, 2nd floor", desc,
              ("Endoscopy Scheduling", f"endo.scheduling@{ORG}"), (pt.full, pt.pemail))
    text = f"""Hello {pt.first},

Your colonoscopy with {gi.full} is scheduled for {wlong(d)}, arrival 7:00 AM. Prep instructions are in the calendar invitation and in the portal.

Endoscopy Scheduling | {phone()}"""
    return dict(subject=pick("Colonoscopy appointment", "Procedure scheduled"), frm=("Endoscopy Scheduling", f"endo.scheduling@{ORG}"),
                to=[(pt.full, pt.pemail)], text=text, calendar=cal, bodyform="alt",
                note="Calendar invitation (text/calendar) for a named patient's colonoscopy with prep and medication holds.")


def appt_mohs_chain(dt):
    pt = person()
    sch = staff()
    d1 = weekday_after(dt, 14)
    d2 = weekday_after(dt, 21)
    prev = f"""Hi {pt.first},

Dr. {doctor().last} has an opening for your Mohs surgery on the {pick('nose', 'left cheek', 'scalp', 'right ear')} (the basal cell carcinoma from your biopsy) on {wlong(d1)} at 7:30 AM. Plan for most of the day. Can you take it?

{sch.first}
Dermatologic Surgery"""
    text = pick(f"that day doesn't work, i have jury duty. anything the week after? mornings are best.\n\n{pt.first}",
                f"Hi {sch.first}, could we do {longd(d2)} instead? My daughter can drive me that day. Thanks, {pt.first}",
                f"Thank you. Is there anything later in the month? I'd rather get it done after my trip. - {pt.full}")
    text += gmail_quote(sch.full, sch.email, dt, prev)
    return dict(subject="Re: Mohs surgery date", frm=(pt.full, pt.pemail), to=[staffaddr(sch)], text=text, inbound=True,
                relay="smtp.webpost.example", reply=True, bodyform=pick("qp", "plain7", "b64"),
                note="Patient reply chain rescheduling Mohs surgery for a basal cell carcinoma.")


def appt_dialysis(dt):
    pt = person()
    text = f"""{greet(pt.first)}

Starting {longd(weekday_after(dt, 3))} your hemodialysis chair time at Riverside Ashford Dialysis moves from {pick('MWF 6:00 AM', 'TTS 11:30 AM')} to {pick('MWF 10:45 AM', 'TTS 2:15 PM', 'MWF 1:30 PM')} because we are opening a fourth shift. Your treatment length ({pick('3 h 45 min', '4 h', '3 h 30 min')}) and dialyzer do not change.

If this creates a problem with your transportation, call the social worker, {person().full}, at {phone()} before Friday.

Ashford Dialysis Unit"""
    return dict(subject=pick("Change to your treatment time", "Chair time change"), frm=("Ashford Dialysis", f"dialysis.ashford@{ORG}"),
                to=[(pt.full, pt.pemail)], text=text, note=f"Dialysis schedule change sent to named patient {pt.full}.")


def appt_cath_precall(dt):
    pt = person()
    d = weekday_after(dt, 2)
    text = f"""Dear {pt.title_} {pt.last},

This confirms your cardiac catheterization with possible stent on {wlong(d)}.
- Arrive at 6:00 AM at the Heart & Vascular Center, Main Campus, entrance C.
- Nothing to eat after midnight. You may take sips of water with your morning pills.
- Hold {pick('metformin the morning of the procedure and for 48 hours after', 'your water pill (furosemide) the morning of', 'your insulin glargine - take half of the usual dose the night before')}.
- Continue your aspirin 81 mg.
- Plan to stay 4-6 hours; someone must drive you home.

Questions: Cath Lab pre-procedure nurses, {phone()}.
"""
    return dict(subject="Procedure instructions", frm=("Heart & Vascular Center", f"cathlab.precall@{ORG}"), to=[(pt.full, pt.pemail)],
                text=text, bodyform=pick("plain7", "qp", "html"), note="Pre-procedure instructions for a named patient's cardiac catheterization.")


def appt_interpreter(dt):
    pt = person(trad=pick("east_african", "hmong", "vietnamese", "arabic"))
    lang = {"east_african": pick("Somali", "Amharic"), "hmong": "Hmong", "vietnamese": "Vietnamese", "arabic": "Arabic"}[pt.trad]
    d = weekday_after(dt, R.randint(2, 8))
    text = f"""Language Services request #{R.randint(40000, 49999)}

Patient: {pt.full}
Language: {lang}   Modality: {pick('in person', 'in person (patient prefers female interpreter)', 'video (VRI)')}
Date/time: {us(d)} {clock()}  ({pick('60', '90', '45')} min)
Clinic: {pick('Maternal-Fetal Medicine - 28-week glucose tolerance and growth scan', 'Hematology - new diagnosis of sickle cell trait counselling', 'Neurology - EEG results and seizure medication plan', 'Pulmonology - TB clinic, month 3 of treatment')}
Requested by: {staff().full}, {pick('MA', 'RN', 'Clinic Coordinator')}

Status: CONFIRMED - interpreter assigned: {person().full}"""
    return dict(subject=f"Interpreter confirmed - {lang}", frm=("Language Services", f"interpreters@{ORG}"), to=[staffaddr(staff())],
                text=text, note=f"Interpreter booking for named patient {pt.full} naming the clinic visit and its clinical purpose.")


def appt_transport(dt):
    pt = person()
    s1, s2 = address()
    text = f"""{banner()}Ride confirmed - Trip ID {R.randint(1000000, 9999999)}

Member: {pt.full}
Pickup: {s1}, {s2}  at {clock()}
Destination: Riverside Radiation Oncology, 2200 Riverside Pkwy
Purpose: radiation treatment (daily, fraction {R.randint(4, 25)} of {pick('28', '30', '33')})
Mobility: {pick('wheelchair - needs ramp van', 'ambulatory with walker', 'stretcher')}
Return: will-call

Please contact dispatch at {phone()} for changes."""
    return dict(subject="Trip confirmation", frm=("CareRide NEMT Dispatch", "dispatch@careride.example.org"),
                to=[dl("Radiation Oncology Front Desk", "radonc.frontdesk")], text=text, inbound=True, relay="mail.careride.example.org",
                bodyform=pick("plain7", "b64"), note="Non-emergency transport confirmation naming the patient, home address and daily radiation treatment.")


def appt_noshow_bh(dt):
    pt = person()
    s1, s2 = address()
    lines = [f"{longd(dt)}", "", pt.full, s1, s2, "", f"Dear {pt.first},", "",
             f"We missed you at your appointment with {person().full}, LCSW, at Riverside Behavioral Health on {longd(plus(dt, -2))}.",
             "We hope you are well. Missing sessions can make it harder to keep making progress with your depression and anxiety",
             "treatment plan, and your prescriber asked us to reach out.", "",
             f"Please call {phone()} to reschedule. If you are in crisis, call or text 988 any time.", "",
             "Riverside Behavioral Health - Outpatient Services"]
    return dict(subject=pick("Letter for mailing", "Missed appointment letter"), frm=staffaddr(staff()), to=[dl("BH Front Office", "bh.frontoffice")],
                text=f"Please print and mail the attached letter today - {pt.last}.\n\nThanks", atts=[att_pdf("missed_appt_letter.pdf", lines, flate=chance(0.5))],
                note="Behavioral-health missed-appointment letter (PDF) naming the patient, address and treatment for depression/anxiety.")


def appt_telepsych(dt):
    pt = person()
    d = weekday_after(dt, 1)
    text = f"""Hi {pt.first},

Your video visit with {doctor().full} (Psychiatry - medication management) is {wlong(d)} at {clock()}.

Join from your phone or computer: https://telehealth.{ORG}/v/{digits(9)}
Before the visit, please fill out the PHQ-9 and the lithium side-effect checklist in the portal. Your lithium level was drawn last week, so we will review it together.

If you cannot connect, we will call you at the number on file.

Riverside Telehealth"""
    return dict(subject=pick("Your video visit tomorrow", "Video visit link"), frm=("Riverside Telehealth", f"telehealth@{ORG}"),
                to=[(pt.full, pt.pemail)], text=text, note="Telepsychiatry visit link for named patient, mentioning lithium therapy.")


def appt_spanish_peds(dt):
    mom = person(trad="hispanic", sex="F")
    kid = pick("Mateo", "Sofía", "Valentina", "Santiago", "Camila", "Diego")
    d = weekday_after(dt, R.randint(3, 10))
    text = f"""Hola {mom.first}:

Le recordamos la cita de {kid} {mom.last} para su control de niño sano de los {pick('12 meses', '4 años', '18 meses')} el {esd(d)} a las {clock()} en Pediatría de Riverside Eastgate, con la Dra. {person().last}.

En esta visita le toca(n) la(s) vacuna(s) {pick('triple viral (SPR) y varicela', 'DTaP e IPV', 'hepatitis A')}. Traiga la cartilla de vacunación. También revisaremos el seguimiento del soplo cardíaco que se escuchó la vez pasada.

Para cambiar la cita llame al {phone()}.

Pediatría Riverside"""
    return dict(subject=f"Recordatorio de cita - {kid}", frm=("Pediatría Riverside", f"peds.eastgate@{ORG}"), to=[(mom.full, mom.pemail)],
                text=text, lang="es-US", bodyform=pick("qp", "b64"), note="Spanish well-child reminder naming the child, vaccines due and a heart-murmur follow-up.")


def appt_waitlist(dt):
    pt = person()
    d = weekday_after(dt, 2)
    text = f"""Good news, {pt.first} - an earlier appointment opened up.

Sleep Medicine with {doctor().full}
{wlong(d)} at {clock()}
Reason: follow-up of your sleep study (CPAP titration results)

Reply YES within 4 hours to take this slot. If we do not hear from you, your current appointment on {longd(plus(dt, 47))} stays as is.

Riverside Fast Pass"""
    return dict(subject="An earlier appointment is available", frm=("Riverside Fast Pass", f"fastpass@{ORG}"), to=[(pt.full, pt.pemail)],
                text=text, bodyform=pick("html", "alt", "qp"), note="Waitlist offer to named patient for a sleep-medicine follow-up of a sleep study.")


def appt_schedule_csv(dt):
    d = weekday_after(dt, 1)
    rows = ["Time,Patient,DOB,Visit type,Provider,Reason"]
    prov = doctor()
    for i in range(R.randint(6, 9)):
        pt = person()
        rows.append(f"{8 + i // 2}:{'00' if i % 2 == 0 else '30'},\"{pt.lastfirst}\",{us(dob())},{R.choice(['New', 'Return', 'Post-op', 'Telehealth'])},"
                    f"{prov.last},\"{R.choice(['rotator cuff tear', 'post-op L TKA wk 6', 'carpal tunnel EMG review', 'knee OA injection', 'ankle fx 2nd visit', 'hip pain, new'])}\"")
    ma = staff("CMA")
    text = f"""{greet(ma.first)}

Tomorrow's template for {prov.dr} attached - {he_she(prov)} is at the surgery center until 10, so the 8s need to be moved to the afternoon. Can you call them today?

{thanks()}
{person().first}"""
    return dict(subject=pick("Tomorrow's schedule", "Schedule - need to move 8am patients"), frm=staffaddr(staff()), to=[staffaddr(ma)],
                text=text, atts=[att_text(f"schedule_{hl7d(d)}.csv", "\n".join(rows) + "\n")],
                note="Clinic schedule CSV with named patients, DOBs and orthopaedic visit reasons.")


def appt_pt_poc(dt):
    pt = person()
    text = f"""{greet(pt.first)}

Here is your physical therapy schedule for the next 4 weeks (twice weekly) for your {pick('rotator cuff repair', 'ACL reconstruction', 'lumbar fusion', 'total hip replacement')} rehab:

""" + "\n".join(f"  {wlong(weekday_after(dt, 2 + 3 * i + (i // 2)))}  {clock()}" for i in range(8)) + f"""

Keep doing the home exercises 2x/day. Your insurance authorized 16 visits; these are visits {R.randint(3, 6)}-{R.randint(11, 14)}.

{person().full}, PT, DPT
Riverside Rehab - Ashford"""
    return dict(subject="PT schedule", frm=staffaddr(staff()), to=[(pt.full, pt.pemail)], text=text,
                note="Physical-therapy visit schedule for a named patient naming the surgery being rehabilitated.")


def appt_or_booking(dt):
    pt = person()
    b = dob(1945, 1990)
    surg = doctor()
    d = weekday_after(dt, R.randint(7, 20))
    sc = R.choice([("Robotic-assisted laparoscopic prostatectomy", "C61 malignant neoplasm of prostate", "da Vinci Xi", 240),
                   ("Laparoscopic sleeve gastrectomy", "E66.01 morbid obesity, BMI 44", "bariatric bed, long instruments", 150),
                   ("Right carotid endarterectomy", "I65.21 occlusion and stenosis of right carotid artery", "shunt tray, neuromonitoring", 150),
                   ("ORIF left distal radius", "S52.572A other intra-articular fracture of lower end of left radius", "mini C-arm", 90)])
    html = html_doc(f"""<p>OR Booking Request</p>
<table><tr><td>Patient</td><td>{htmlmod.escape(pt.full)}</td></tr><tr><td>DOB</td><td><span>{b.month:02d}</span>/<span>{b.day:02d}</span>/<span>{b.year}</span></td></tr>
<tr><td>Procedure</td><td>{sc[0]}</td></tr>
<tr><td>Dx</td><td>{sc[1]}</td></tr>
<tr><td>Surgeon</td><td>{htmlmod.escape(surg.full)}</td></tr><tr><td>Requested date</td><td>{us(d)} first case</td></tr>
<tr><td>Duration</td><td>{sc[3]} min</td></tr><tr><td>Anesthesia</td><td>General</td></tr><tr><td>Equipment</td><td>{sc[2]}</td></tr></table>""")
    return dict(subject="OR booking request", frm=staffaddr(staff()), to=[dl("OR Scheduling", "or.scheduling")],
                text=f"OR booking request for {pt.full} on {us(d)}.", html=html, bodyform=pick("html", "alt"),
                note="OR booking form (HTML) with a named patient, DOB, procedure and ICD-10-CM diagnosis.")


def appt_sms_gateway(dt):
    pt = person(sex="F")
    text = f"""SMS Gateway delivery failure report

To: +1 {phone_dash()}
Status: UNDELIVERED (carrier code 30007 - filtered)
Body:
"Riverside Fertility Center: Hi {pt.first}, reminder of your egg retrieval on {us(weekday_after(dt, 2))}. Trigger shot tonight at 9:30 PM exactly. Nothing to eat after midnight. Reply C to confirm."

Patient: {pt.full}   Contact preference: SMS then e-mail
Please follow up by phone."""
    return dict(subject="Undelivered SMS", frm=("Patient Messaging Platform", f"sms-gateway@{ORG}"), to=[dl("Fertility Center Nurses", "fertility.rn")],
                text=text, bodyform=pick("plain7", "qp"), note="Failed SMS report repeating a fertility procedure reminder for a named patient.")


def appt_rsv_vaccine(dt):
    pt = person()
    d = weekday_after(dt, 4)
    text = f"""{pt.full},

You are scheduled for your RSV vaccine (Arexvy) and your second shingles vaccine (Shingrix dose 2) on {wlong(d)} at {clock()} at Riverside Millbrook Family Medicine, nurse visit.

Because you told us you had a fever after dose 1, you may take acetaminophen afterward if needed.

To cancel, reply CANCEL."""
    return dict(subject="Nurse visit scheduled", frm=("Millbrook Family Medicine", f"familymed.millbrook@{ORG}"), to=[(pt.full, pt.pemail)],
                text=text, note="Vaccine appointment for a named patient with a prior reaction noted.")


def appt_hospice_visits(dt):
    pt = person()
    s1, s2 = address()
    text = f"""Team,

Updated visit plan for {pt.full} ({s1}, {s2}), hospice dx {pick('metastatic pancreatic cancer', 'end-stage COPD', 'ALS', 'end-stage heart failure')}:
- RN case manager: Mon/Thu
- Aide: daily for bathing
- Chaplain: {pick('Wednesday', 'Friday')} (family requested)
- MSW: this week re: caregiver fatigue
Comfort kit delivered {us(plus(dt, -1))}. Family has the on-call number.

{person().full}, RN - Riverside Hospice"""
    return dict(subject=pick("visit plan update", "IDT visit schedule"), frm=staffaddr(staff()), to=[dl("Hospice East Team", "hospice.east")],
                text=text, note="Hospice visit plan for a named patient with home address and terminal diagnosis.")


APPT_BUILDERS = [appt_infusion, appt_colonoscopy_cal, appt_mohs_chain, appt_dialysis, appt_cath_precall, appt_interpreter, appt_transport,
                 appt_noshow_bh, appt_telepsych, appt_spanish_peds, appt_waitlist, appt_schedule_csv, appt_pt_poc, appt_or_booking,
                 appt_sms_gateway, appt_rsv_vaccine, appt_hospice_visits]


def dc_summary_pdf(dt):
    pt, hosp = person(), doctor()
    b = dob(1935, 1975)
    adm = plus(dt, -R.randint(3, 8))
    sc = R.choice([("Acute on chronic systolic heart failure", "I50.23", "3 days of dyspnea and 6 kg weight gain", "furosemide 40 mg PO BID (NEW DOSE)"),
                   ("Community-acquired pneumonia, RLL", "J18.1", "fever, productive cough and hypoxia to 86%", "amoxicillin-clavulanate 875 mg PO BID x 5 days (NEW)"),
                   ("Diabetic ketoacidosis", "E11.10", "vomiting and glucose 512 with anion gap 24", "insulin glargine 22 units at bedtime (NEW)"),
                   ("Acute pyelonephritis with E. coli sepsis", "N10, A41.51", "flank pain, rigors, lactate 3.4", "cefpodoxime 200 mg PO BID x 10 days (NEW)")])
    lines = [f"DISCHARGE SUMMARY                           {pt.lastfirst.upper()}   DOB {us(b)}", "",
             f"Admitted: {us(adm)}   Discharged: {us(plus(dt, -1))}   Attending: {hosp.full}, {hosp.cred}",
             f"Principal diagnosis: {sc[0]} ({sc[1]})", "Secondary: Type 2 diabetes (E11.9); CKD stage 3a (N18.31); hypertension (I10)", "",
             "HOSPITAL COURSE:", f"Presented with {sc[2]}.",
             "Treated per pathway; clinical improvement by hospital day 3. Transitioned to oral therapy.", "",
             "DISCHARGE MEDICATIONS:", f"  {sc[3]}",
             "  metformin 500 mg PO BID (RESUME)", "  lisinopril 10 mg PO daily (HELD - recheck BMP)", "",
             f"FOLLOW-UP: PCP within 7 days; labs (BMP) on {us(plus(dt, 4))}.", "PENDING AT DISCHARGE: blood cultures (final).", "",
             f"Electronically signed by {hosp.full} on {us(plus(dt, -1))}"]
    pcp = doctor()
    text = f"""{greet(pcp.dr)}

Your patient was discharged yesterday; summary attached. {pick('Please note the held ACE inhibitor.', 'Cultures still pending - we will call you if they turn positive.', 'Several medication changes.')}

{sig(hosp, 'Hospitalist Service')}{footer(0.8)}"""
    return dict(subject=pick("Discharge summary", "DC summary for your patient", "Hospital discharge - FYI"), frm=staffaddr(hosp),
                to=[staffaddr(pcp)], text=text, atts=[att_pdf(f"DS_{slug(pt.last)}.pdf", lines, flate=chance(0.5))],
                note="Discharge summary PDF with the patient's name and DOB only in the page header, diagnoses and medications.")


def dc_instructions_chf(dt):
    pt = person()
    text = f"""{pt.first}, here are the instructions we went over before you left:

1. Weigh yourself every morning after you use the bathroom. Call us if you gain more than 2 lb in a day or 5 lb in a week. Your "dry weight" today was {R.randint(148, 231)} lb.
2. Take furosemide {pick('40', '20', '80')} mg every morning. It is a new dose.
3. Limit salt to 2,000 mg a day and fluids to 2 liters.
4. Your heart failure clinic visit is {longd(weekday_after(dt, 6))}.
5. Go to the ER for chest pain, fainting, or if you cannot lie flat to sleep.

Your nurse today was {person().first}. We are glad you are feeling better.

- 5 West Cardiac Step-Down, Riverside Main"""
    return dict(subject=pick("Your discharge instructions", "Going-home instructions"), frm=("5 West Cardiac", f"5west.cardiac@{ORG}"),
                to=[(pt.full, pt.pemail)], text=text, note="Heart-failure discharge instructions e-mailed to a named patient.")


def dc_snf_packet(dt):
    pt = person()
    b = dob(1928, 1955)
    cm = staff("RN, CCM")
    text = f"""{banner() if False else ''}{greet(pick('Admissions', 'Intake team'))}

Referral for {pt.full}, DOB {us(b)}, {age(b, dt)}{pt.sex}. Hospitalized since {us(plus(dt, -6))} for {pick('right hip fracture s/p hemiarthroplasty', 'stroke with left hemiparesis', 'sepsis from a UTI with deconditioning')}. Needs short-term rehab: PT/OT daily, weight bearing as tolerated. Incontinent at night, alert and oriented x3. Medicare A days available; {pick('3-night qualifying stay met', 'qualifying stay met')}. Medically ready {longd(plus(dt, 1))}.

H&P, last 48 h of notes, MAR and PT evals attached in our referral portal (packet {R.randint(100000, 999999)}). Can you accept?

{sig(cm, 'Case Manager', 'Care Management')}{footer(0.8)}"""
    return dict(subject=pick("Referral - SNF rehab bed", "Bed request", "Rehab referral for tomorrow"), frm=staffaddr(cm),
                to=[("Admissions", "admissions@maplegrovecare.example.org")], text=text,
                note="Case manager's skilled-nursing referral with named patient, DOB and hospital diagnosis.")


def dc_postcall(dt):
    pt = person()
    rn = staff("RN")
    text = f"""Post-discharge call, day {R.randint(2, 3)}

Spoke with {pt.full} {pick('and daughter', 'and spouse', '')} by phone. Discharged {us(plus(dt, -2))} after {pick('TAVR', 'CABG x3', 'laparoscopic colectomy', 'PCI to LAD')}.
- Pain {R.randint(2, 5)}/10, taking acetaminophen only.
- Incision clean per patient. No fever.
- Has all new meds: {pick('clopidogrel, atorvastatin 80', 'metoprolol, aspirin', 'enoxaparin injections x 28 days')}.
- Confirmed follow-up on {us(weekday_after(dt, 8))}.
No concerns escalated.

{rn.full}, RN"""
    return dict(subject=pick("Post-DC call", "Follow-up call documented"), frm=staffaddr(rn), to=[dl("Transitions of Care", "toc.team")],
                text=text, bodyform=pick("plain7", "qp", "alt"), note=f"Post-discharge phone call note for named patient {pt.full}.")


def dc_ama(dt):
    pt, ed = person(), doctor()
    pcp = doctor()
    sc = R.choice([("NSTEMI (troponin 1,840 ng/L)", "aspirin, atorvastatin and metoprolol"), ("new atrial fibrillation with RVR", "apixaban and diltiazem"),
                   ("alcohol withdrawal, CIWA 18", "a chlordiazepoxide taper and thiamine")])
    text = f"""{pcp.dr},

Courtesy note: your patient {pt.full} left against medical advice from 6 North at {clock()} today. Admitted {us(plus(dt, -1))} with {sc[0]}. Risks explained, patient had capacity, AMA form signed. Left with prescriptions for {sc[1]}. Please try to reach {him(pt)} this week.

{ed.full}, {ed.cred}
Hospital Medicine"""
    return dict(subject=pick("Your patient left AMA", "AMA discharge - FYI"), frm=staffaddr(ed), to=[staffaddr(pcp)], text=text,
                note="Against-medical-advice discharge notification naming the patient, diagnosis and prescriptions.")


def dc_newborn(dt):
    mom = person(sex="F")
    ped = doctor()
    b = plus(dt, -2)
    text = f"""Newborn discharge notification

Infant: {pick('Baby Girl', 'Baby Boy')} {mom.last} (named {pick('Amara', 'Leo', 'Noor', 'Ezra', 'Ximena', 'Kai', 'Isla')} by parents)
Mother: {mom.full}
DOB: {us(b)}  Birth weight {R.randint(2650, 4100)} g  Discharge weight {R.randint(2550, 3900)} g
Delivery: {pick('SVD', 'repeat C-section', 'vacuum-assisted')}  GBS {pick('negative', 'positive, adequately treated')}
Hep B vaccine given {us(b)}; vitamin K and erythromycin given.
Newborn screen sent; hearing screen {pick('passed both ears', 'referred right ear - outpatient retest ordered')}.
CCHD screen passed. TSB at 36 h: {round(R.uniform(7.0, 11.8), 1)} (low-intermediate risk).

Follow-up with {ped.full} in 1-2 days."""
    return dict(subject="Newborn discharge", frm=("Mother-Baby Unit", f"motherbaby@{ORG}"), to=[staffaddr(ped)], text=text,
                note="Newborn discharge record naming infant and mother with birth and screening details.")


def dc_medrec_csv(dt):
    pt = person()
    b = dob(1930, 1960)
    rows = ["Medication,Dose,Route,Frequency,Status,Last given"]
    for med in R.sample([("apixaban", "5 mg", "PO", "BID", "NEW"), ("metoprolol succinate", "50 mg", "PO", "daily", "CHANGED"),
                         ("furosemide", "40 mg", "PO", "daily", "CONTINUE"), ("insulin lispro", "per scale", "SC", "TID AC", "NEW"),
                         ("tamsulosin", "0.4 mg", "PO", "nightly", "CONTINUE"), ("warfarin", "-", "PO", "-", "STOPPED"),
                         ("potassium chloride", "20 mEq", "PO", "daily", "NEW"), ("donepezil", "10 mg", "PO", "nightly", "CONTINUE")], 6):
        rows.append(",".join(med) + f",{us(plus(dt, -1))} {R.randint(6, 21):02d}:00")
    text = f"""{banner() if False else ''}Hello {pick('Comfort Home Health', 'Bright Path Home Care')} intake,

Discharge med list for {pt.full} (DOB {us(b)}) attached for tomorrow's start-of-care visit. Note warfarin was stopped and apixaban started - please make sure the old bottles are removed from the pill organizer.

{sig(staff('PharmD'), 'Transitions-of-Care Pharmacist')}{footer(0.7)}"""
    return dict(subject=pick("Discharge meds for SOC visit", "Med list - home health start"), frm=staffaddr(staff("PharmD")),
                to=[("Intake", "intake@comforthomehealth.example.org")], text=text, atts=[att_text("discharge_meds.csv", "\n".join(rows) + "\n")],
                note="Discharge medication CSV for a named home-health patient with DOB.")


def dc_readmit_alert(dt):
    pt = person()
    text = f"""READMISSION ALERT

{pt.full} registered in the ED at {R.choice(SITES)} at {clock()} - {R.randint(6, 27)} days after discharge on {us(plus(dt, -R.randint(7, 28)))}.
Index admission: {pick('COPD exacerbation', 'heart failure', 'pneumonia', 'hip fracture')}
ED chief complaint today: {pick('shortness of breath', 'leg swelling', 'fever and cough', 'fall at home')}
Assigned care manager: {person().full}

You are receiving this because you are on the patient's care team."""
    return dict(subject="Readmission alert", frm=("Care Management Alerts", f"cm.alerts@{ORG}"), to=[staffaddr(staff("RN"))], text=text,
                bodyform=pick("html", "plain7", "b64"), note="Automated 30-day readmission alert naming the patient, index diagnosis and ED complaint.")


def dc_psych(dt):
    pt = person()
    cmh = pick("Northside Community Mental Health", "Lakeshore Behavioral Services")
    lines = ["RIVERSIDE HEALTH - INPATIENT PSYCHIATRY", "TRANSITION RECORD (42 CFR Part 2 does not apply; HIPAA PHI)", "",
             f"Patient: {pt.full}", f"Admission: {us(plus(dt, -12))}  Discharge: {us(plus(dt, -1))}  Legal status: voluntary",
             f"Diagnoses: {pick('Major depressive disorder, recurrent, severe without psychotic features (F33.2)', 'Bipolar I disorder, current episode manic, severe (F31.13)', 'Schizoaffective disorder, bipolar type (F25.0)')}",
             "Safety: suicide risk re-assessed at discharge (C-SSRS low); safety plan reviewed; no firearms in the home per family.",
             f"Medications: {pick('sertraline 150 mg daily; trazodone 50 mg qHS', 'lithium 600 mg BID (level 0.8); quetiapine 200 mg qHS', 'paliperidone palmitate 234 mg IM monthly (next due ' + us(plus(dt, 25)) + ')')}",
             f"Aftercare: {cmh} intake {us(weekday_after(dt, 3))}; bridge appointment with psychiatry NP.", "",
             f"Prepared by {person().full}, LCSW"]
    text = f"""{greet(pick('Intake coordinator', 'Team'))}

Attached is the transition record for the patient we discussed by phone. {pick('Intake is Thursday.', 'They have a ride arranged.', 'Please confirm receipt.')}

{sig(staff('LCSW'), 'Social Worker', 'Inpatient Psychiatry')}"""
    return dict(subject=pick("Transition record", "Aftercare referral"), frm=staffaddr(staff("LCSW")),
                to=[("Intake", f"intake@{slug(cmh.split()[0])}cmh.example.org")], text=text,
                atts=[att_pdf("transition_record.pdf", lines, flate=chance(0.5))],
                note="Psychiatric discharge transition record (PDF) for a named patient with diagnoses and medications.")


def dc_pending_results(dt):
    pt, pcp = person(), doctor()
    html = html_doc(f"""<p>Dear {htmlmod.escape(pcp.dr)},</p>
<p>{htmlmod.escape(pt.full)} was discharged on {longd(plus(dt, -1))}. The following results were <b>pending at discharge</b> and will route to you:</p>
<ul><li>Blood cultures x2 ({us(plus(dt, -3))}) &ndash; no growth at 48 h</li><li>Hepatitis C RNA &ndash; pending</li>
<li>Surgical pathology, {pick('appendix', 'gallbladder', 'colon polyp')} &ndash; pending</li></ul>
<p>Discharge diagnosis: {pick('acute appendicitis s/p laparoscopic appendectomy', 'acute cholecystitis s/p laparoscopic cholecystectomy', 'lower GI bleed, diverticular')}.</p>
<p>Riverside Hospital Medicine &ndash; Transitions Desk</p>""")
    return dict(subject="Results pending at discharge", frm=("Transitions Desk", f"transitions@{ORG}"), to=[staffaddr(pcp)],
                text=f"{pt.full}: results pending at discharge - see HTML.", html=html, bodyform=pick("html", "alt"),
                note="HTML notice of pending results after discharge for a named patient.")


def dc_discharge_lounge(dt):
    pt = person()
    rm = R.randint(4101, 7240)
    text = f"""{pick('Rm', 'Room')} {rm} - {pt.title_} {pt.last} - DC order in, ride at {clock()}. Going home on 2L O2 (new), concentrator delivered to house this AM per Lincare. Still needs {pick('nebulizer teaching', 'insulin pen teaching', 'wound vac change')} before {he_she(pt)} goes.

Can the lounge take {him(pt)} at noon so we can turn the bed? {pick('ED has 6 holds.', 'We have two admits waiting.')}

{person().first}, charge RN 7E"""
    return dict(subject=pick(f"{rm} DC", "discharge lounge?", "Bed turn"), frm=staffaddr(staff("RN")), to=[dl("Discharge Lounge", "dc.lounge")],
                cc=[dl("Bed Management", "bed.mgmt")], text=text, bodyform=pick("plain7", "qp"),
                note="Charge nurse coordinates a named patient's discharge with room number, new home oxygen and teaching needs.")


def dc_family(dt):
    pt = person()
    kid = person()
    text = f"""Hello,

My {pick('father', 'mother')}, {pt.full}, was discharged from Riverside North on {longd(plus(dt, -1))} after the {pick('stroke', 'heart attack', 'fall and broken hip')}. The paperwork says to take {pick('clopidogrel AND aspirin', 'apixaban 5 mg twice a day', 'enoxaparin shots for 4 weeks')} but the pharmacy only gave us one of them. Also the discharge sheet says follow up with neurology "in 2 weeks" but nobody called. Who do I talk to?

I'm on {his_or_her(pt)} HIPAA release form.

{kid.full}
{phone()}"""
    return dict(subject=pick("Question about dad's discharge" if pt.sex == "M" else "Question about mom's discharge", "discharge paperwork question"),
                frm=(kid.full, kid.pemail), to=[("Patient Relations", f"patientrelations@{ORG}")], text=text, inbound=True, relay="smtp.inbox.example.org",
                bodyform=pick("b64", "qp", "plain7"), note="Family member asks about a named parent's discharge medications and follow-up.")


def his_or_her(p):
    return "his" if p.sex == "M" else "her"


def dc_ed_sprain(dt):
    pt = person()
    b = dob(1990, 2008)
    sc = R.choice([("Sprain of right ankle, initial encounter (S93.401A)", "Ankle XR: no fracture", "ACE wrap, crutches", "Riverside Sports Medicine"),
                   ("Closed fracture of base of left 5th metatarsal (S92.352A)", "Foot XR: nondisplaced 5th metatarsal base fracture", "CAM boot, weight bear as tolerated", "Riverside Orthopaedics"),
                   ("Concussion without loss of consciousness (S06.0X0A)", "CT head: negative", "cognitive rest, no contact sports", "Riverside Sports Medicine concussion clinic")])
    text = f"""ED DISCHARGE - {pt.full}  DOB {us(b)}

Diagnosis: {sc[0]}
Imaging: {sc[1]}
Treatment: {sc[2]}, ibuprofen 600 mg q6h prn
Follow-up: {sc[3]} in 1 week - referral placed.
School/work note given.

Sent to patient portal and to PCP on file."""
    return dict(subject="ED visit summary", frm=("Emergency Department", f"ed.summaries@{ORG}"), to=[staffaddr(doctor())], text=text,
                bodyform=pick("alt", "b64", "plain7"), note="ED discharge summary for a named patient with DOB, ICD-10-CM diagnosis and treatment.")


def dc_spanish(dt):
    pt = person(trad=pick("hispanic", "lusophone"))
    sc = R.choice([("infección de la piel (celulitis) en la pierna izquierda", "cefalexina 500 mg cada 6 horas por 10 días", "Mantenga la pierna elevada."),
                   ("pancreatitis aguda", "omeprazol 40 mg antes del desayuno", "Dieta baja en grasa; no tome alcohol."),
                   ("neumonía", "amoxicilina con clavulanato 875 mg cada 12 horas por 7 días", "Tome muchos líquidos y descanse.")])
    text = f"""Sr(a). {pt.full}:

Estas son sus instrucciones de alta del {esd(plus(dt, -1))}.

Diagnóstico: {sc[0]}
Medicinas nuevas: {sc[1]}
Cuidados: {sc[2]}
Cita de seguimiento: Clínica de Medicina Interna, {esd(weekday_after(dt, 7))}.

Regrese a Emergencias si tiene fiebre de más de 38.5 °C, dolor fuerte o vómitos que no paran.

Enfermería 4 Oeste - Riverside"""
    return dict(subject="Instrucciones de alta", frm=("4 Oeste", f"4west@{ORG}"), to=[(pt.full, pt.pemail)], text=text, lang="es-US",
                bodyform=pick("qp", "b64", "alt"), note="Spanish discharge instructions to a named patient with diagnosis and medications.")


def dc_irf_accept(dt):
    pt = person()
    text = f"""{banner()}Good afternoon,

Prairie Rehabilitation Hospital has accepted {pt.full} for inpatient rehab. Bed available {longd(plus(dt, 1))} after 11:00. Rehab diagnosis: {pick('left MCA stroke with aphasia and right hemiparesis', 'traumatic brain injury', 'bilateral TKA', 'spinal cord injury, incomplete, C5 (AIS C)')}. Please send the final discharge summary, MAR and last 24 h of nursing notes with transport. Payer auth number {R.randint(10000000, 99999999)} obtained.

{person().full}
Admissions Liaison, Prairie Rehabilitation Hospital (fictional)
{phone()}"""
    return dict(subject=pick("Acceptance", "IRF acceptance - bed tomorrow"), frm=("Prairie Rehab Admissions", "admissions@prairierehab.example.org"),
                to=[staffaddr(staff("RN, CCM"))], text=text, inbound=True, relay="mx.prairierehab.example.org",
                note="Rehab facility accepts a named patient on discharge, naming the rehab diagnosis.")


def dc_fwd_summary(dt):
    pt = person()
    inner_text = f"""Discharge summary - {pt.full}

Admitted {us(plus(dt, -9))} for {pick('small bowel obstruction, managed nonoperatively', 'acute kidney injury on CKD 4', 'C. difficile colitis')}. Discharged home {us(plus(dt, -5))}.
Meds: {pick('oral vancomycin 125 mg QID x 10 days', 'hold losartan; resume after BMP', 'bowel regimen')}.
Follow up with PCP in 1 week."""
    inner = build(dict(date=datetime.datetime(plus(dt, -4).year, plus(dt, -4).month, plus(dt, -4).day, 15, 2, 0), text=inner_text,
                       bodyform="plain7", frm=staffaddr(doctor()), to=[staffaddr(doctor())], subject="DC summary"), outer=False)[0]
    text = f"""{greet(person().first)}

Forwarding as discussed - please add this patient to Thursday's transitions huddle.

{person().first}"""
    return dict(subject="FW: DC summary", frm=staffaddr(staff()), to=[staffaddr(staff())], text=text, atts=[Fwd(inner, "DC summary.eml")],
                note="Forwarded message (message/rfc822) containing a named patient's discharge summary.")


DC_BUILDERS = [dc_summary_pdf, dc_instructions_chf, dc_snf_packet, dc_postcall, dc_ama, dc_newborn, dc_medrec_csv, dc_readmit_alert,
               dc_psych, dc_pending_results, dc_discharge_lounge, dc_family, dc_ed_sprain, dc_spanish, dc_irf_accept, dc_fwd_summary]


def med_lowercase_refill(dt):
    pt = person()
    drug = pick("lisinopril 20mg", "my sertraline (100)", "the amlodipine 5", "levothyroxine 88 mcg", "atorvastatin 40", "my inhaler (symbicort)")
    text = pick(
        f"hi dr {doctor().last.lower()} its {pt.first.lower()} {pt.last.lower()}. i'm almost out of {drug} - like 3 pills left. can u send a refill to the walgreens on {R.choice(STREETS).lower()}? thx",
        f"hello, i need a refill on {drug}. pharmacy says they need a new script from you. i take it every morning. also my bp at home has been like 150/95 is that ok?? - {pt.first}",
        f"Hey, sorry to bug you. {drug} ran out yesterday, I was traveling. Can you call in 90 days this time? Same pharmacy as before. {pt.full}, born {us(dob())}")
    return dict(subject=pick("refill", "Refill please", "need my meds", "rx"), frm=(pt.full, pt.pemail),
                to=[("Internal Medicine Care Team", f"careteam.im@{ORG}")], text=text + pick("\n\nSent from my iPhone", "", "\n\n-- \nSent from Mail for Windows"),
                inbound=True, relay="smtp.fastpost.example", bodyform=pick("plain7", "b64", "qp"),
                note=f"Patient {pt.full} asks for a refill of a named drug from a personal address, in casual lower-case English.")


def med_spanish_refill(dt):
    pt = person(trad="hispanic")
    drug = pick("metformina de 500 mg", "losart\u00e1n 50 mg", "insulina Lantus", "atorvastatina 20 mg", "gabapentina 300 mg")
    text = f"""Buenas tardes,

Soy {pt.full}, paciente de la Dra. {person().last}. Necesito que me manden m\u00e1s {drug} a la farmacia CVS de Ashford porque ya casi se me acaba. Tambi\u00e9n quer\u00eda preguntar si puedo tomarla con el nuevo medicamento para la presi\u00f3n que me dieron en urgencias.

Mi fecha de nacimiento es {us(dob(1948, 1990))}.

Gracias,
{pt.first}"""
    return dict(subject=pick("Receta", "medicina", "Necesito receta"), frm=(pt.full, pt.pemail), to=[("Medicina Familiar Riverside", f"familymed.millbrook@{ORG}")],
                text=text, inbound=True, relay="smtp.homemail.example.net", lang="es-US", bodyform=pick("qp", "b64"),
                note="Spanish refill request from a named patient at a personal address with drug and DOB.")


def med_prior_auth(dt):
    pt = person()
    drug = R.choice([("Dupixent (dupilumab) 300 mg/2 mL pen", "moderate-to-severe atopic dermatitis (L20.89)"),
                     ("Ozempic (semaglutide) 1 mg", "type 2 diabetes, A1c 8.9% on metformin (E11.65)"),
                     ("Humira (adalimumab) 40 mg", "Crohn disease of small intestine (K50.00)"),
                     ("Nurtec ODT (rimegepant) 75 mg", "chronic migraine, failed 3 triptans (G43.709)"),
                     ("Entresto 49/51 mg", "HFrEF, EF 30% (I50.22)")])
    text = f"""Prior authorization submitted for {pt.full} - {drug[0]}

Diagnosis: {drug[1]}
Plan: {pick('Riverside Health Plan Commercial', 'BlueStar PPO', 'Medicaid MCO - Meridian', 'Medicare Part D - Horizon Rx')}
Submitted via CoverMyMeds key {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))} on {us(dt)}.
Step therapy documented: {pick('topical steroids and tacrolimus tried 6 months', 'metformin 2 g/day x 1 year', 'mesalamine and budesonide failed', 'sumatriptan, rizatriptan, eletriptan', 'lisinopril, then losartan')}.

Expected determination in 72 hours. I will message you if they ask for chart notes.

{person().full}
Pharmacy Prior Authorization Team"""
    return dict(subject=pick("PA submitted", "Prior auth update", "PA - awaiting determination"), frm=("PA Team", f"priorauth@{ORG}"),
                to=[staffaddr(doctor())], text=text, note="Prior-authorization update naming the patient after 'for', drug, diagnosis and step therapy.")


def med_clarify(dt):
    pt = person()
    rph = person()
    text = f"""{banner()}Dr. {person().last},

We received an e-prescription for {pt.full} (DOB {us(dob(1940, 1980))}): methotrexate 2.5 mg, sig "take 4 tablets by mouth daily". Methotrexate for {pick('rheumatoid arthritis', 'psoriasis')} is normally dosed weekly. Please confirm the intended frequency (e.g. 10 mg once WEEKLY) and whether folic acid should be added. We are holding the fill.

{rph.full}, RPh
{pick('Oakview Community Pharmacy', 'Harbor Drug #112')}  {phone()}"""
    return dict(subject="Rx clarification needed", frm=(rph.full, "rx@oakviewpharmacy.example.org"), to=[dl("Rheumatology Clinic", "rheum.clinic")],
                text=text, inbound=True, relay="mail.oakviewpharmacy.example.org", bodyform=pick("plain7", "qp", "html"),
                note="Community pharmacist clarifies a methotrexate dose for a named patient with DOB.")


def med_specialty_ship(dt):
    pt = person()
    s1, s2 = address()
    drug = pick("Humira Pen 40 mg/0.4 mL, 2 pens", "Enbrel SureClick 50 mg, 4 autoinjectors", "Skyrizi 150 mg/mL, 1 pen",
                "Biktarvy 50/200/25 mg, 30 tablets", "Xtandi 40 mg, 120 capsules")
    html = html_doc(f"""<p>Hi {htmlmod.escape(pt.first)},</p><p>Your refill has shipped.</p>
<table><tr><td>Medication</td><td>{drug}</td></tr><tr><td>Ship to</td><td>{htmlmod.escape(s1)}, {htmlmod.escape(s2)}</td></tr>
<tr><td>Delivery</td><td>{wlong(plus(dt, 1))} by 8 PM (signature required)</td></tr><tr><td>Copay</td><td>${R.choice(['0.00', '5.00', '25.00'])} (copay card applied)</td></tr></table>
<p>Refrigerate on arrival. Questions? Call a pharmacist 24/7 at {phone()}.</p><p>Riverside Specialty Pharmacy</p>""")
    return dict(subject="Your order has shipped", frm=("Riverside Specialty Pharmacy", f"specialtyrx@{ORG}"), to=[(pt.full, pt.pemail)],
                text=f"Hi {pt.first}, your refill of {drug} has shipped to {s1}.", html=html, bodyform=pick("html", "alt"),
                note="Specialty-pharmacy shipment notice with the patient's name, drug and home address.")


def med_inr_dosing(dt):
    pt = person()
    inr = round(R.uniform(1.5, 1.8), 1)
    text = f"""{greet(pt.first)}

Your INR today was {inr} (goal 2-3), a little low. New warfarin plan:
  Tonight: 7.5 mg (one and a half of the 5 mg tablets)
  Then: 5 mg every day except 7.5 mg on Mondays and Fridays
Recheck INR in 1 week ({longd(plus(dt, 7))}) at the Eastgate lab. Keep your leafy greens consistent - no need to avoid them.

{person().full}, PharmD
Anticoagulation Clinic"""
    return dict(subject="Warfarin dose", frm=("Anticoagulation Clinic", f"anticoag@{ORG}"), to=[(pt.full, pt.pemail)], text=text,
                bodyform=pick("plain7", "qp", "alt"), note="Anticoagulation clinic gives a named patient an INR value and new warfarin dosing.")


def med_nurse_room(dt):
    a, b = staff("RN"), staff("RN")
    pt = person()
    rm = f"{R.randint(4, 9)}{R.randint(10, 40)}"
    text = f"""{a.first} -

{pt.first} {pt.last[0]}. in {rm} - home med list from the daughter has {pick('clonazepam 1 mg TID', 'oxycodone 10 mg q6h', 'gabapentin 800 mg TID')} that isn't on our MAR. Pt says {he_she(pt)} takes it "most days". Can you flag for pharmacy med rec before the 2100 pass? I already paged the night hospitalist. CIWA is 4, vitals ok.

{b.first} (day shift, ext {R.randint(4000, 7999)})"""
    return dict(subject=pick(f"{rm} home med", "med rec question", f"Rm {rm}"), frm=staffaddr(b), to=[staffaddr(a)], text=text,
                bodyform=pick("plain7", "qp"),
                note="Nurse-to-nurse hand-off identifying the patient by first name, last initial and room, with a controlled-drug discrepancy (judgement call: identifiable in the hospital context).")


def he_she(p):
    return "he" if p.sex == "M" else "she"


def med_pump(dt):
    pt = person(sex=pick("M", "F"))
    text = f"""Hi {pt.first},

Here are the pump changes we agreed on after reviewing your Dexcom download (time in range {R.randint(48, 62)}%, lots of lows after 2 AM):

Basal (Omnipod 5 manual mode reference):
  12 AM - 3 AM: {round(R.uniform(0.55, 0.8), 2)} u/h  (was {round(R.uniform(0.85, 1.0), 2)})
  3 AM - 8 AM:  {round(R.uniform(0.9, 1.2), 2)} u/h
  8 AM - 12 AM: {round(R.uniform(0.8, 1.1), 2)} u/h
Insulin-to-carb ratio breakfast 1:{R.randint(6, 9)}, lunch/dinner 1:{R.randint(10, 14)}
Correction factor 1:{R.randint(35, 55)}, target 110 mg/dL

Upload again in 2 weeks and I will review.

{person().full}, RN, CDCES
Riverside Diabetes Center"""
    return dict(subject="Pump settings", frm=staffaddr(staff("RN, CDCES")), to=[(pt.full, pt.pemail)], text=text,
                note="Diabetes educator sends insulin-pump settings and CGM data to a named patient.")


def med_pap(dt):
    pt = person()
    b = dob(1940, 1965)
    s1, s2 = address()
    lines = ["PATIENT ASSISTANCE PROGRAM APPLICATION - PAGE 1 (fictional manufacturer program)", "",
             f"Patient name: {pt.full}            Date of birth: {us(b)}", f"Address: {s1}, {s2}", f"Phone: {phone()}",
             f"Household size: {R.randint(1, 4)}     Annual household income: ${R.randint(14, 31)},{R.randint(100, 999)}",
             "Insurance: Medicare Part D - in coverage gap", "",
             f"Medication requested: {pick('apixaban (Eliquis) 5 mg BID', 'empagliflozin (Jardiance) 10 mg daily', 'tiotropium (Spiriva) 18 mcg inhaled daily')}",
             f"Diagnosis: {pick('atrial fibrillation (I48.91)', 'type 2 diabetes with CKD (E11.22)', 'COPD (J44.9)')}",
             f"Prescriber: {doctor().full}   NPI {npi()}", "", "Patient signature: on file     Prescriber signature: on file"]
    text = f"""{greet(pick('Medication assistance team', person().first))}

Completed PAP application attached for faxing. Income documents are in the scanned media tab.

{sig(staff(), 'Financial Navigator', 'Pharmacy Access Program')}"""
    return dict(subject=pick("PAP application ready", "Assistance application"), frm=staffaddr(staff()), to=[dl("Pharmacy Access", "rx.access")],
                text=text, atts=[att_pdf("PAP_application.pdf", lines, flate=chance(0.5))],
                note="Patient-assistance application PDF: named patient, DOB, address, income, drug and diagnosis.")


def med_cs_agreement(dt):
    pt = person()
    text = f"""{pt.full} - controlled substance agreement renewal due

Current regimen: {pick('oxycodone ER 15 mg q12h + oxycodone IR 5 mg q6h prn', 'buprenorphine/naloxone 8/2 mg film BID', 'methadone 40 mg daily (pain)', 'hydrocodone/APAP 10/325 q8h prn')}
MME: {R.randint(30, 90)}   Naloxone on file: {pick('yes', 'no - please prescribe')}
Last PDMP check: {us(plus(dt, -R.randint(20, 90)))}   Last UDS: {us(plus(dt, -R.randint(30, 150)))}
Agreement signed: {us(plus(dt, -365))} (expired)

Please renew at the {longd(weekday_after(dt, 4))} visit.
- Pain Clinic RN"""
    return dict(subject="CSA renewal due", frm=staffaddr(staff("RN")), to=[staffaddr(doctor())], text=text,
                bodyform=pick("b64", "plain7", "html"), note="Controlled-substance agreement reminder naming the patient and opioid regimen.")


def med_chemo_verify(dt):
    pt = person()
    b = dob(1945, 1980)
    bsa = round(R.uniform(1.55, 2.15), 2)
    text = f"""Order verification - second check required

Patient: {pt.full}  DOB {us(b)}  Ht {R.randint(152, 190)} cm  Wt {R.randint(48, 104)} kg  BSA {bsa} m2
Regimen: mFOLFOX6, cycle {R.randint(2, 11)} day 1
  oxaliplatin 85 mg/m2 = {round(85 * bsa)} mg IV over 2 h
  leucovorin 400 mg/m2 = {round(400 * bsa)} mg IV over 2 h
  fluorouracil 400 mg/m2 bolus = {round(400 * bsa)} mg, then 2400 mg/m2 = {round(2400 * bsa)} mg CIVI over 46 h
ANC {round(R.uniform(1.6, 3.4), 1)}, plt {R.randint(110, 240)} - meets treatment parameters.
Grade 1 neuropathy noted; no dose reduction per attending.

First verifier: {person().full}, PharmD"""
    return dict(subject="2nd check - FOLFOX", frm=staffaddr(staff("PharmD")), to=[dl("Oncology Pharmacists", "onc.pharmacy")], text=text,
                note="Chemotherapy order verification for a named patient with DOB, BSA and doses.")


def med_home_infusion(dt):
    pt = person()
    s1, s2 = address()
    sc = R.choice([("MSSA bacteremia with vertebral osteomyelitis", "cefazolin 2 g IV q8h", "CBC w/diff, BMP, ESR/CRP"),
                   ("prosthetic joint infection, right knee (MRSA)", "daptomycin 8 mg/kg IV q24h", "CBC w/diff, BMP, CK"),
                   ("Lyme meningitis", "ceftriaxone 2 g IV q24h", "CBC w/diff, BMP, LFTs")])
    text = f"""{greet(pick('Intake', 'Home infusion team'))}

New referral: {pt.full}, {s1}, {s2}. Discharging {longd(plus(dt, 1))}.
Dx: {sc[0]}
Order: {sc[1]} via R basilic PICC (tip cavoatrial junction), end date {us(plus(dt, 42))}.
Weekly labs: {sc[2]} - fax to ID clinic.
ID follow-up in 2 weeks.

{sig(staff('RN'), 'OPAT Nurse Coordinator', 'Infectious Diseases')}"""
    return dict(subject=pick("OPAT referral", "Home IV antibiotics referral"), frm=staffaddr(staff("RN")),
                to=[("Intake", "intake@apexinfusion.example.org")], text=text,
                note="Outpatient IV antibiotic referral naming the patient, home address, infection and drug.")


def med_interaction(dt):
    pt = person()
    sc = R.choice([("clarithromycin", "simvastatin 40 mg", "rhabdomyolysis risk", "azithromycin instead, or hold the statin for the course"),
                   ("fluconazole 200 mg", "citalopram 40 mg (QTc 478 last week)", "additive QT prolongation", "a topical option or an ECG before the second dose"),
                   ("ciprofloxacin", "tizanidine 4 mg TID", "tizanidine levels up about 10-fold (contraindicated)", "nitrofurantoin if the culture allows")])
    text = f"""{greet(doctor().dr)}

Heads up on {pt.full}: you started {sc[0]} today and {he_she(pt)} is on {sc[1]}. That combination is a major interaction ({sc[2]}). Suggest {sc[3]}.

{person().first}, Ambulatory Clinical Pharmacist"""
    return dict(subject=pick("interaction", "DDI alert - please review"), frm=staffaddr(staff("PharmD")), to=[staffaddr(doctor())], text=text,
                bodyform=pick("qp", "alt"), note="Pharmacist drug-interaction warning for a named patient's two medications.")


def med_transfer(dt):
    pt = person()
    b = dob(1950, 1995)
    text = f"""{banner()}TRANSFER REQUEST
To: Riverside Outpatient Pharmacy - Eastgate
From: {pick('HarborCare Pharmacy #2281', 'Main Street Apothecary')}

Please transfer all remaining refills for:
  Patient: {pt.full}   DOB: {us(b)}
  Rx: {pick('escitalopram 10 mg #30, 3 refills', 'montelukast 10 mg #90, 1 refill', 'estradiol 1 mg #90, 2 refills', 'levetiracetam 500 mg #60, 5 refills')}
Patient moved and requested transfer. Pharmacist: {person().full}, RPh  Phone {phone()}"""
    return dict(subject="Rx transfer", frm=("HarborCare Pharmacy", "transfers@harborcarerx.example.org"), to=[("Eastgate Pharmacy", f"rx.eastgate@{ORG}")],
                text=text, inbound=True, relay="mail.harborcarerx.example.org", bodyform=pick("plain7", "b64"),
                note="Prescription transfer request naming the patient, DOB and drug.")


def med_app_json(dt):
    pt = person()
    meds = R.sample([{"name": "Metformin ER", "dose": "750 mg", "schedule": "with dinner"}, {"name": "Lisinopril", "dose": "10 mg", "schedule": "morning"},
                     {"name": "Sertraline", "dose": "50 mg", "schedule": "morning"}, {"name": "Levothyroxine", "dose": "75 mcg", "schedule": "before breakfast"},
                     {"name": "Albuterol HFA", "dose": "2 puffs", "schedule": "as needed"}, {"name": "Pantoprazole", "dose": "40 mg", "schedule": "morning"}], 4)
    data = {"export": "MedTracker", "version": "4.2", "profile": {"name": pt.full, "birthDate": dob(1960, 1999).isoformat()},
            "medications": meds, "missedDoses30d": R.randint(0, 7), "notes": pick("feeling dizzy in the afternoon", "", "ran out of sertraline for 3 days")}
    text = f"""Hi, this is {pt.first}. My nurse asked me to send my med list before my appointment so I exported it from my app (attached). Let me know if you can't open it.

{pt.first}"""
    return dict(subject="my medication list", frm=(pt.full, pt.pemail), to=[("Family Medicine Care Team", f"familymed.millbrook@{ORG}")],
                text=text, inbound=True, relay="smtp.famnet.example", atts=[att_text("medications.json", json.dumps(data, indent=2))],
                note="Patient sends own medication list as JSON from a tracking app, with name and birth date.")


MED_BUILDERS = [med_lowercase_refill, med_spanish_refill, med_prior_auth, med_clarify, med_specialty_ship, med_inr_dosing, med_nurse_room,
                med_pump, med_pap, med_cs_agreement, med_chemo_verify, med_home_infusion, med_interaction, med_transfer, med_app_json]


def ref_ortho(dt):
    pt = person()
    text = f"""{greet(doctor().dr)}

Would you see {pt.full}? {pick('Fifty-eight', 'Sixty-three', 'Forty-four', 'Seventy-one')}-year-old with {pick('right shoulder pain for 4 months, weak external rotation, MRI shows full-thickness supraspinatus tear', 'progressive left hip pain, XR with bone-on-bone OA, failed two steroid injections', 'trigger finger of the right ring finger, failed splinting')}. {pick('Works as a carpenter and wants to get back to it.', 'Lives alone and is struggling with stairs.', 'Diabetic, A1c 7.4.')}

Notes are in the shared chart. Thank you!

{sig(doctor(), 'Family Medicine')}"""
    return dict(subject=pick("Referral", "Would you see this patient?", "new consult"), frm=staffaddr(doctor()), to=[staffaddr(doctor())], text=text,
                note="Physician-to-physician referral for a named patient with clinical problem; no identifiers other than the name.")


def ref_external_fax_cover(dt):
    pt = person()
    sc = R.choice([("Pediatric Endocrinology", "short stature, height below 3rd percentile, bone age delayed"),
                   ("Gastroenterology", "chronic diarrhea and weight loss, celiac serology positive (tTG-IgA 84)"),
                   ("Allergy & Immunology", "suspected peanut anaphylaxis - hives and wheeze after a bite of cookie"),
                   ("Nephrology", "proteinuria 1.2 g/day, eGFR 58")])
    text = f"""{banner()}Referral from {pick('Lakeside Pediatrics', 'Crossroads Family Health', 'Valley Internal Medicine')}

Patient: {pt.full}
Referred to: Riverside {sc[0]}
Reason: {sc[1]}
Urgency: {pick('routine', 'urgent - within 2 weeks')}
Records: notes and labs to follow.

{person().full}, Referral Coordinator"""
    return dict(subject=pick("New referral", "Referral"), frm=("Referrals", "referrals@crossroadsfh.example.org"), to=[("Central Referrals", f"referrals@{ORG}")],
                text=text, inbound=True, relay="mx.crossroadsfh.example.org", bodyform=pick("plain7", "b64", "html"),
                note="Inbound referral naming the patient, destination specialty and clinical reason.")


def ref_behavioral(dt):
    pt = person()
    text = f"""Hi {person().first},

Warm handoff for Collaborative Care: {pt.first} {pt.last}, PHQ-9 {R.randint(15, 22)} today (was {R.randint(8, 12)} in the spring), endorses passive SI without plan - safety plan done in clinic, no access to firearms. Started escitalopram 10 mg today. Open to therapy, prefers evenings and telehealth.

Can your BHCM call {him(pt)} this week?

{sig(doctor(), 'Primary Care')}"""
    return dict(subject=pick("CoCM handoff", "Warm handoff"), frm=staffaddr(doctor()), to=[staffaddr(staff("LCSW"))], text=text,
                label=("phi", "Confidential PHI") if chance(0.4) else None,
                note="Primary-care referral to behavioral health naming the patient with PHQ-9, suicidal ideation screen and new SSRI.")


def ref_html_form(dt):
    pt = person()
    html = html_doc(f"""<h3>eConsult request &ndash; Dermatology</h3>
<table><tr><td>Patient</td><td>{htmlmod.escape(pt.full)}</td></tr><tr><td>Question</td><td>{pick('Changing pigmented lesion on the back, 8 mm, asymmetric. Biopsy here or refer?', 'Widespread plaques, suspect psoriasis vs. tinea. Photos attached in chart.', 'Recurrent hidradenitis in axillae despite doxycycline. Next step?')}</td></tr>
<tr><td>Meds</td><td>{pick('none', 'lisinopril, metformin', 'oral contraceptive')}</td></tr><tr><td>Requesting</td><td>{htmlmod.escape(doctor().full)}</td></tr></table>""")
    return dict(subject="eConsult - Dermatology", frm=("eConsult", f"econsult@{ORG}"), to=[dl("Dermatology eConsult", "derm.econsult")],
                text=f"eConsult for {pt.full}.", html=html, bodyform=pick("html", "alt"), note="eConsult referral form (HTML) with a named patient and skin problem.")


def ref_chain(dt):
    pt = person()
    sw = staff("LCSW")
    prev = f"""Is there any chance the memory clinic could see {pt.full} sooner than March? {pick('Family reports getting lost driving home twice.', 'MoCA 19/30, new since last year.', 'Left the stove on twice this month.')}

{sw.first}"""
    text = f"""{pick('Yes - I put', 'I added')} {him(pt)} on the cancellation list and flagged it urgent. Neuropsych testing can be ordered in the meantime.

{person().first}
Memory Disorders Clinic""" + outlook_quote(sw, staff(), dt, "memory clinic", prev)
    return dict(subject="RE: memory clinic", frm=staffaddr(staff()), to=[staffaddr(sw)], text=text, reply=True, label=("general", None),
                bodyform=pick("qp", "alt", "plain7"), note="Reply chain expediting a memory-clinic referral for a named patient with cognitive findings; sender applied the General label, content is still PHI.")


def ref_pdf_letter(dt):
    pt = person()
    lines = [f"{longd(dt)}", "", "Riverside Cardiothoracic Surgery", "", f"Re: {pt.full}", "",
             "Dear colleague,", "", f"I am referring {pt.title_} {pt.last} for evaluation of {pick('severe aortic stenosis (AVA 0.7 cm2, mean gradient 48 mmHg)', 'three-vessel coronary disease with diabetes', 'ascending aortic aneurysm 5.3 cm')}.",
             f"{he_she(pt).capitalize()} remains symptomatic with {pick('exertional dyspnea', 'angina at one block', 'presyncope')} despite medical therapy.",
             "Recent echo, cath report and CT angiography are attached in the HIE.", "", "Sincerely,", doctor().full + ", MD, FACC"]
    return dict(subject="Referral letter", frm=staffaddr(staff()), to=[dl("CT Surgery Intake", "ctsurgery.intake")],
                text="Referral letter attached.", atts=[att_pdf("referral_letter.pdf", lines, flate=chance(0.5))],
                note="Referral letter PDF naming the patient and cardiac diagnosis.")


def ref_wic(dt):
    pt = person(sex="F")
    text = f"""{banner()}Hola/Hi,

WIC office here. {pt.full} was told by her OB at Riverside that she has gestational diabetes and anemia. She is asking to be referred to your nutrition class and lactation services. She is {R.randint(24, 32)} weeks. Could someone call her? She prefers Spanish.

{person().full}, WIC Nutritionist"""
    return dict(subject="referral for nutrition", frm=("WIC County Office", "wic@countyhealth.example.org"), to=[("Nutrition Services", f"nutrition@{ORG}")],
                text=text, inbound=True, relay="mail.countyhealth.example.org",
                note="County WIC office referral naming a pregnant patient with gestational diabetes and anemia.")


REF_BUILDERS = [ref_ortho, ref_external_fax_cover, ref_behavioral, ref_html_form, ref_chain, ref_pdf_letter, ref_wic]


def note_progress(dt):
    pt = person()
    b = dob(1950, 1985)
    codes = chance(0.5)
    sc = R.choice([
        ("type 2 diabetes and hypertension", "Home sugars 140-180, no lows.", "Monofilament intact bilaterally.",
         ("T2DM, uncontrolled", "E11.65", "add glipizide 5 mg daily"), ("HTN", "I10", "increase amlodipine to 10 mg")),
        ("COPD and tobacco use", "Using albuterol 3x/day, one ED visit in winter.", "Scattered expiratory wheeze, no accessory muscle use.",
         ("COPD, moderate", "J44.9", "start tiotropium 18 mcg daily"), ("Tobacco use", "F17.210", "varenicline start, quit date set")),
        ("chronic low back pain and depression", "Pain 6/10, worse mornings, mood low since spring.", "Paraspinal tenderness L4-5, SLR negative.",
         ("Chronic low back pain", "M54.50", "PT referral, duloxetine 30 mg daily"), ("Depression", "F32.A", "PHQ-9 11, duloxetine covers both")),
    ])
    c = lambda x: f" ({x})" if codes else ""
    text = f"""PROGRESS NOTE - {pt.full} - DOB {us(b)} - {us(dt)}

S: Here for f/u of {sc[0]}. {sc[1]} No chest pain.
O: BP {R.randint(128, 162)}/{R.randint(74, 96)}, HR {R.randint(60, 96)}, BMI {round(R.uniform(27, 39), 1)}. {sc[2]}
A/P:
 1. {sc[3][0]}{c(sc[3][1])} - {sc[3][2]}
 2. {sc[4][0]}{c(sc[4][1])} - {sc[4][2]}
RTC 3 months."""
    return dict(subject=pick("note for co-sign", "Please co-sign", "note"), frm=staffaddr(staff("APRN")), to=[staffaddr(doctor())], text=text,
                bodyform=pick("plain7", "qp", "b64"), note="Progress note with named patient and DOB" + (", with ICD-10-CM codes." if codes else ", no ICD codes."))


def note_sbar_free(dt):
    pt = person()
    sc = R.choice([("new confusion and SpO2 84% on 2L", "ABG 7.28/68/58. Placed on BiPAP, transferred to step-down."),
                   ("SBP 78 and RR 8 after IV hydromorphone", "Naloxone 0.4 mg IV with improvement; 1 L LR bolus; opioid orders changed."),
                   ("HR 160s, new atrial fibrillation", "Diltiazem 10 mg IV x2, rate 105; heparin drip started.")])
    text = f"""Rapid response summary - {pt.title_} {pt.full}, 6 South

Called at {R.randint(0, 23):02d}:{R.randint(10, 59)} for {sc[0]}. {sc[1]}
Family updated at bedside. Attending aware. Code status: {pick('Full code', 'DNR/DNI (confirmed)')}.
"""
    return dict(subject="RRT summary", frm=("Rapid Response Team", f"rrt@{ORG}"), to=[dl("6 South Charge", "6south.charge")], text=text,
                note="Rapid-response event summary for a named patient with vitals, treatment and code status.")


def note_consult_html(dt):
    pt = person()
    html = html_doc(f"""<p><b>Nephrology consult</b> &ndash; {htmlmod.escape(pt.full)}</p>
<p><b>Reason:</b> AKI, creatinine {round(R.uniform(2.4, 4.1), 1)} from baseline 1.0.</p>
<p><b>Assessment:</b> Likely prerenal/ATN after {pick('contrast CT and diuresis', 'sepsis', 'NSAID use for gout')}. No emergent dialysis indication.</p>
<p><b>Recommendations:</b></p><ol><li>Hold lisinopril and ibuprofen.</li><li>LR 75 mL/h x 12 h, then reassess.</li><li>Renally dose {pick('cefepime', 'gabapentin', 'enoxaparin')}.</li><li>Daily BMP, strict I&amp;O.</li></ol>
<p>{htmlmod.escape(doctor().full)}, Nephrology &nbsp; pager {R.randint(3000, 3999)}</p>""")
    return dict(subject="Consult note", frm=staffaddr(doctor()), to=[staffaddr(doctor())], text=f"Nephrology consult for {pt.full}: AKI, recommendations inside.",
                html=html, bodyform=pick("html", "alt"), note="HTML nephrology consult note for a named patient, no ICD codes.")


def note_wound(dt):
    pt = person()
    text = f"""Wound care note - {pt.full} (home visit {us(dt)})

Stage {pick('3', '4')} pressure injury, sacrum: {round(R.uniform(2.5, 6.0), 1)} x {round(R.uniform(2.0, 4.5), 1)} x {round(R.uniform(0.4, 1.8), 1)} cm, {R.randint(40, 90)}% granulation, moderate serous drainage, no odor. Periwound macerated.
L89.15{pick('3', '4')}. NPWT continued at -125 mmHg, changed MWF. Nutrition consult re: albumin 2.8.
Photos uploaded to chart.
{person().full}, RN, CWOCN"""
    return dict(subject="wound note", frm=staffaddr(staff("RN")), to=[dl("Home Health Clinical", "hh.clinical")], text=text,
                bodyform=pick("plain7", "qp"), note="Home-health wound note for a named patient with ICD-10-CM L89 pressure-injury code.")


def note_txt_hp(dt):
    pt = person()
    b = dob(1940, 1990)
    sc = R.choice([
        ("abdominal pain", "RLQ pain x 18 h, anorexia, WBC 15.2", "HTN, HLD", "amlodipine, atorvastatin", "RLQ tenderness, + Rovsing", "CT A/P, surgery consult, NPO"),
        ("syncope", "witnessed syncope while standing in line, no prodrome, no incontinence", "GERD", "omeprazole", "orthostatic, otherwise normal", "telemetry, echo, orthostatics"),
        ("fever and rash", "3 days of fever to 39.4 and a malar rash flare", "SLE, lupus nephritis class III", "hydroxychloroquine, mycophenolate", "malar rash, oral ulcers", "rheum consult, complements, UA"),
    ])
    hp = f"""HISTORY AND PHYSICAL
Name: {pt.lastfirst}   DOB: {us(b)}   Admit: {us(dt)}
CC: {sc[0]}
HPI: {age(b, dt)}-year-old with {sc[2]} presenting with {sc[1]}.
PMH: {sc[2]}
Meds: {sc[3]}
Allergies: {pick('NKDA', 'penicillin (hives)', 'sulfa')}
Exam: {sc[4]}
Plan: {sc[5]}
"""
    text = f"{greet(person().first)}\n\nH&P attached for the chart audit sample you asked for.\n\n{person().first}"
    return dict(subject=pick("H&P for audit", "audit sample"), frm=staffaddr(staff()), to=[staffaddr(staff())], text=text,
                atts=[att_text("HP.txt", hp)], note="TXT history & physical for a named patient with DOB.")


def note_ob_triage(dt):
    pt = person(sex="F")
    sc = R.choice([("decreased fetal movement", "NST reactive, BPP 8/8.", "kick counts"), ("headache and BP 152/98", "Preeclampsia labs normal, P/C 0.18; repeat BP 134/86.", "home BP log twice daily"),
                   ("leaking fluid", "Nitrazine and fern negative, NST reactive.", "precautions reviewed")])
    text = f"""{pt.first} {pt.last}, G2P1 at {R.randint(30, 37)}w, seen in OB triage tonight for {sc[0]}. {sc[1]} Discharged home with {sc[2]}. Please see in clinic Monday.

{doctor().first}"""
    return dict(subject=pick("triage visit", "OB triage FYI"), frm=staffaddr(doctor()), to=[staffaddr(doctor())], text=text,
                bodyform=pick("b64", "plain7"), note="OB triage note for a named pregnant patient.")


def note_addendum_codes(dt):
    pt = person()
    text = f"""{greet(doctor().dr)}

Coding needs an addendum before we can drop the claim for {pt.full}'s {us(plus(dt, -6))} visit. The note says "diabetic foot ulcer" - please specify laterality, site and depth so we can code E11.621 with L97.{pick('412', '422', '512', '522')} instead of L98.499. A one-line addendum is fine.

{sig(staff('CCS'), 'Clinical Documentation Specialist', 'Health Information Management')}"""
    return dict(subject=pick("Documentation query", "Addendum needed"), frm=staffaddr(staff("CCS")), to=[staffaddr(doctor())], text=text,
                note="CDI query naming a patient and visit date with diagnosis and ICD-10-CM codes.")


NOTE_BUILDERS = [note_progress, note_sbar_free, note_consult_html, note_wound, note_txt_hp, note_ob_triage, note_addendum_codes]


def reg_intake_html(dt):
    pt = person()
    b = dob(1950, 2000)
    s1, s2 = address()
    html = html_doc(f"""<h3>New Patient Registration &ndash; submitted online</h3><table>
<tr><td>Legal name</td><td>{htmlmod.escape(pt.full)}</td></tr><tr><td>Date of birth</td><td>{us(b)}</td></tr>
<tr><td>SSN</td><td>{ssn()}</td></tr><tr><td>Address</td><td>{htmlmod.escape(s1)}<br>{htmlmod.escape(s2)}</td></tr>
<tr><td>Phone</td><td>{phone()}</td></tr><tr><td>Insurance</td><td>{pick('BlueStar PPO', 'Aetna Choice', 'Self-pay')}</td></tr>
<tr><td>Reason for visit</td><td>{pick('new patient physical', 'knee pain', 'establish care - diabetes')}</td></tr></table>""")
    return dict(subject="New online registration", frm=("Online Registration", f"registration@{ORG}"), to=[dl("Patient Access", "patient.access")],
                text=f"New registration: {pt.full}", html=html, bodyform=pick("html", "alt"), note="Online registration form with name, DOB, SSN, address and reason for visit.")


def reg_insurance_update(dt):
    pt = person()
    text = f"""{greet('Registration')}

Please update my insurance before my appointment on {longd(weekday_after(dt, 5))}. New plan through my job:
Riverside Health Plan, member ID {member_id()}, group {R.randint(10000, 99999)}
Subscriber: me, {pt.full}, DOB {us(dob(1970, 1998))}

Thanks,
{pt.first}"""
    return dict(subject="insurance update", frm=(pt.full, pt.pemail), to=[("Patient Access", f"patient.access@{ORG}")], text=text, inbound=True,
                relay="smtp.webpost.example", bodyform=pick("plain7", "qp"), note="Patient sends own name, DOB and Riverside Health Plan member id for an upcoming appointment.")


def reg_guarantor(dt):
    kid = person()
    par = person()
    text = f"""Guarantor correction for account of minor {kid.first} {par.last} (DOB {us(dob(2010, 2020))}):
Guarantor should be {par.full}, SSN {ssn()}, not the other parent. Custody order scanned to media on {us(dt)}.
Please re-bill the {us(plus(dt, -20))} ED visit accordingly.

{person().full}, Patient Financial Services"""
    return dict(subject="Guarantor correction", frm=staffaddr(staff()), to=[dl("Registration QA", "reg.qa")], text=text,
                bodyform=pick("b64", "plain7"), note="Guarantor correction with a minor patient's name/DOB, parent's SSN and an ED visit.")


def reg_newborn(dt):
    mom = person(sex="F")
    text = f"""Newborn registration

Baby: {pick('Girl', 'Boy')} {mom.last}, born {us(plus(dt, -1))} {R.randint(0, 23):02d}:{R.randint(10, 59)}, Riverside Lakeview L&D
Newborn MRN: {mrn()}
Mother: {mom.full}, MRN {mrn()}
Insurance: add to mother's plan within 30 days (BlueStar PPO)
Birth certificate worksheet completed; SSN application {pick('requested', 'declined')}."""
    return dict(subject="Newborn reg", frm=staffaddr(staff()), to=[dl("Patient Access", "patient.access")], text=text,
                note="Newborn registration with infant and mother MRNs and mother's name.")


def reg_pdf_face(dt):
    pt = person()
    b = dob(1940, 1995)
    s1, s2 = address()
    lines = ["RIVERSIDE HEALTH - PATIENT FACE SHEET", "", f"Name: {pt.lastfirst}   MRN: {mrn()}", f"DOB: {us(b)}   Sex: {pt.sex}   SSN: {ssn()}",
             f"Address: {s1}, {s2}", f"Home phone: {phone()}", f"Emergency contact: {person().full} ({pick('spouse', 'daughter', 'friend')}) {phone()}",
             f"Primary insurance: Riverside Health Plan  ID {member_id()}", f"Admit date: {us(plus(dt, -1))}   Service: {pick('Medicine', 'Surgery', 'Cardiology')}",
             f"Admitting dx: {pick('chest pain', 'cellulitis', 'syncope')}"]
    return dict(subject="Face sheet", frm=staffaddr(staff()), to=[("Maple Grove Care Admissions", "admissions@maplegrovecare.example.org")],
                text="Face sheet attached as requested.", atts=[att_pdf("facesheet.pdf", lines, flate=chance(0.5))],
                note="Face-sheet PDF with name, MRN, DOB, SSN, address, member id and admitting diagnosis.")


def reg_address_change(dt):
    pt = person()
    s1, s2 = address()
    text = f"""Demographics update for MRN {mrn()} ({pt.full}): new address {s1}, {s2}; new cell {phone()}. Verified with photo ID at check-in today. Old address returned mail x2."""
    return dict(subject="demographics update", frm=staffaddr(staff()), to=[dl("HIM Data Integrity", "him.integrity")], text=text,
                bodyform=pick("plain7", "qp"), note="Address change tied to an MRN and patient name (brief rule 2).")


def reg_csv_preadmit(dt):
    rows = ["Last,First,DOB,SSN,Address,Procedure date,Procedure"]
    for _ in range(R.randint(3, 5)):
        pt = person()
        s1, s2 = address()
        rows.append(f"{pt.last},{pt.first},{us(dob())},{ssn()},\"{s1}, {s2}\",{us(weekday_after(dt, R.randint(3, 12)))},"
                    f"{R.choice(['colonoscopy', 'cataract extraction', 'carpal tunnel release', 'hernia repair'])}")
    return dict(subject=pick("pre-registration list", "Pre-reg next week"), frm=staffaddr(staff()), to=[dl("Pre-Registration", "prereg")],
                text="Please pre-register these surgical patients and run eligibility.", atts=[att_text("prereg.csv", "\n".join(rows) + "\n")],
                note="Pre-registration CSV with names, DOBs, SSNs, addresses and procedures.")


REG_BUILDERS = [reg_intake_html, reg_insurance_update, reg_guarantor, reg_newborn, reg_pdf_face, reg_address_change, reg_csv_preadmit]


def bill_eob(dt):
    pt = person()
    html = html_doc(f"""<p>Explanation of Benefits &ndash; this is not a bill</p>
<p>Member: {htmlmod.escape(pt.full)} &nbsp; Member ID: {member_id()}</p>
<table><tr><th>Service date</th><th>Provider</th><th>Service</th><th>Billed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>{us(plus(dt, -30))}</td><td>Riverside North</td><td>{pick('MRI lumbar spine (72148)', 'Colonoscopy w/ biopsy (45380)', 'ED visit level 4 (99284)')}</td><td>${R.randint(900, 4200)}.00</td><td>${R.randint(300, 800)}.{R.randint(10, 99)}</td><td>${R.randint(50, 400)}.00</td></tr></table>""")
    return dict(subject="Your Explanation of Benefits is ready", frm=("Riverside Health Plan", f"eob@rhplan.{ORG}"), to=[(pt.full, pt.pemail)],
                text=f"EOB for {pt.full}.", html=html, bodyform=pick("html", "alt"), note="Health-plan EOB with member name, member id and services with CPT.")


def bill_denial(dt):
    pt = person()
    sc = R.choice([("CPT 97110 x 4 units (therapeutic exercise)", "M54.50", "functional goals and measured progress"),
                   ("CPT 70553 (MRI brain with and without contrast)", "R51.9", "the red-flag neurological findings documented"),
                   ("CPT 93306 (transthoracic echo)", "R01.1", "the new murmur and exertional dyspnea")])
    text = f"""Denial worklist item

Patient: {pt.full}   Acct {R.randint(10000000, 99999999)}   DOS {us(plus(dt, -45))}
Payer: BlueStar PPO   Claim {claim_no()}
CARC CO-50 (not medically necessary) for {sc[0]}; dx billed {sc[1]}.
Action: appeal with notes showing {sc[2]}. Due {us(plus(dt, 25))}.
"""
    return dict(subject="Denial - appeal needed", frm=("Denials Management", f"denials@{ORG}"), to=[staffaddr(staff())], text=text,
                bodyform=pick("plain7", "qp", "b64"), note="Claim denial naming the patient, CPT and ICD-10-CM codes.")


def bill_statement_question(dt):
    pt = person()
    text = f"""Hello,

I got a bill for ${R.randint(180, 2400)}.{R.randint(10, 99)} for my {pick('daughter', 'son')}'s ER visit on {longd(plus(dt, -50))} (account {R.randint(1000000, 9999999)}) - the broken wrist. Our insurance says it was billed as out-of-network but Riverside North is in network. Can you resubmit? Patient name is {pick('Aaliyah', 'Noah', 'Grace', 'Omar')} {pt.last}.

{pt.full}"""
    return dict(subject="question about my bill", frm=(pt.full, pt.pemail), to=[("Billing Customer Service", f"billing@{ORG}")], text=text,
                inbound=True, relay="smtp.inbox.example.org", note="Parent disputes a bill for a named child's ER visit with the injury.")


def bill_835_txt(dt):
    pt = person()
    seg = f"""ISA*00*          *00*          *ZZ*BLUESTAR       *ZZ*RIVERSIDE      *{hl7d(dt)[2:]}*1200*^*00501*{digits(9)}*0*P*:~
GS*HP*BLUESTAR*RIVERSIDE*{hl7d(dt)}*1200*{R.randint(1000, 9999)}*X*005010X221A1~
ST*835*0001~
BPR*I*{R.randint(100, 900)}.00*C*ACH*CCP*01*{digits(9)}*DA*{digits(10)}**01*{digits(9)}*DA*{digits(10)}*{hl7d(dt)}~
CLP*{R.randint(100000, 999999)}*1*{R.randint(300, 900)}*{R.randint(100, 299)}*{R.randint(20, 90)}*12*{claim_no()}*11*1~
NM1*QC*1*{ascii_fold(pt.last).upper()}*{ascii_fold(pt.first).upper()}****MI*{member_id()}~
SVC*HC:{pick('99214', '80053', '71046')}*{R.randint(150, 500)}*{R.randint(80, 200)}**1~
CAS*PR*1*{R.randint(20, 90)}~
SE*8*0001~
GE*1*1~
IEA*1*{digits(9)}~
"""
    return dict(subject="835 for posting review", frm=staffaddr(staff()), to=[dl("Cash Posting", "cash.posting")], text="Unposted remit attached - patient responsibility looks wrong.",
                atts=[att_text("remit_835.txt", seg)], note="835 remittance with a patient NM1 segment, member id and service codes.")


def bill_payment_plan(dt):
    pt = person()
    text = f"""{pt.title_} {pt.last},

Your payment plan for the balance from your {pick('gallbladder surgery', 'cardiac stress test', 'MRI and physical therapy', 'labor and delivery')} on {longd(plus(dt, -90))} is set up: {R.randint(6, 18)} monthly payments of ${R.randint(40, 180)}.00, starting {longd(plus(dt, 20))}. No interest.

If you believe you may qualify for financial assistance, you can still apply at any time.

Riverside Patient Financial Services"""
    return dict(subject="Payment plan confirmation", frm=("Patient Financial Services", f"pfs@{ORG}"), to=[(pt.full, pt.pemail)], text=text,
                bodyform=pick("alt", "qp", "html"), note="Payment-plan confirmation to a named patient naming the procedure billed.")


def bill_charity_xml(dt):
    pt = person()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<FinancialAssistanceApplication id="FA{digits(7)}">
  <Applicant><Name>{ascii_fold(pt.full)}</Name><DOB>{dob(1960, 1995).isoformat()}</DOB><SSN>{ssn()}</SSN></Applicant>
  <Household size="{R.randint(1, 5)}" annualIncome="{R.randint(18000, 42000)}"/>
  <Encounters><Encounter date="{plus(dt, -60).isoformat()}" service="{pick('Inpatient - appendectomy', 'ED - chest pain', 'Outpatient chemotherapy')}" balance="{R.randint(900, 14000)}.00"/></Encounters>
  <Determination>{pick('100% discount', '75% discount', 'pending documents')}</Determination>
</FinancialAssistanceApplication>
"""
    return dict(subject="FA determination", frm=staffaddr(staff()), to=[dl("PFS Supervisors", "pfs.supervisors")], text="Determination export attached for sign-off.",
                atts=[att_text("fa_application.xml", xml)], note="Financial-assistance XML with applicant name, DOB, SSN and billed encounter.")


BILL_BUILDERS = [bill_eob, bill_denial, bill_statement_question, bill_835_txt, bill_payment_plan, bill_charity_xml]


def hl7msg(segs):
    return "\r".join(segs) + "\r"


def msh(typ, app="EPIC", fac="RIVERSIDE", rcv="LAB", dt=None):
    ts = f"{hl7d(dt)}{R.randint(0, 23):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}"
    return f"MSH|^~\\&|{app}|{fac}|{rcv}|{fac}|{ts}||{typ}|{R.randint(10000000, 99999999)}|P|2.5.1"


def pid(pt, b, with_ssn=False):
    s1, s2 = address()
    city, rest = s2.split(", ")
    st, z = rest.split(" ")
    return (f"PID|1||{mrn()}^^^RH^MR||{ascii_fold(pt.last).upper()}^{ascii_fold(pt.first).upper()}^{pt.mi}||{hl7d(b)}|{pt.sex}|||"
            f"{s1}^^{city}^{st}^{z}||{phone().replace(' ', '')}|||||{R.randint(100000000, 999999999)}|{ssn() if with_ssn else ''}")


def hl7_att(dt, typ, body_segs, subject, note, text=None, name=None):
    pt = body_segs[0]
    return dict(subject=subject, frm=staffaddr(staff()), to=[dl("Interface Team", "interfaces")],
                text=text or pick("Message below failed at the engine - please review.", "Sample from production for the vendor ticket.", "Resending the one that errored."),
                atts=[Att(name or f"{typ.replace('^', '_')}_{R.randint(1000, 9999)}.hl7", pick("x-application/hl7-v2+er7", "text/plain"),
                          hl7msg(body_segs).encode("ascii"))], note=note)


def hl7_a04(dt):
    pt = person(); b = dob()
    segs = [msh("ADT^A04^ADT_A01", dt=dt), f"EVN|A04|{hl7d(dt)}0800", pid(pt, b, True),
            f"PV1|1|O|EASTGATE^^^RH||||{npi()}^{ascii_fold(doctor().last).upper()}^JOHN|||FM||||1", f"IN1|1|BSPPO|BS01|BLUESTAR PPO"]
    return hl7_att(dt, "ADT^A04", segs, pick("A04 reject", "ADT reg error"), "HL7 ADT^A04 registration with PID name, MRN, DOB, address and SSN.")


def hl7_a03(dt):
    pt = person(); b = dob()
    segs = [msh("ADT^A03^ADT_A03", dt=dt), f"EVN|A03|{hl7d(dt)}1412", pid(pt, b),
            f"PV1|1|I|6S^612^A^RH||||||HOSP||||||||||{R.randint(100000, 999999)}|||||||||||||||||01|||||||{hl7d(plus(dt, -4))}0900|{hl7d(dt)}1412",
            f"DG1|1||{pick('I50.23^Acute on chronic systolic HF', 'J18.9^Pneumonia, unspecified organism')}^I10||A"]
    return hl7_att(dt, "ADT^A03", segs, pick("A03 not crossing to billing", "discharge msg stuck"), "HL7 ADT^A03 discharge with PID and DG1 diagnosis.")


def hl7_oru(dt):
    pt = person(); b = dob()
    segs = [msh("ORU^R01^ORU_R01", app="SUNQUEST", rcv="EPIC", dt=dt), pid(pt, b),
            f"OBR|1|{R.randint(1000000, 9999999)}|{R.randint(1000000, 9999999)}|24331-1^Lipid panel^LN|||{hl7d(dt)}0710",
            f"OBX|1|NM|2093-3^Cholesterol^LN||{R.randint(190, 260)}|mg/dL|<200|H|||F",
            f"OBX|2|NM|13457-7^LDL calc^LN||{R.randint(120, 190)}|mg/dL|<100|H|||F",
            f"OBX|3|NM|2085-9^HDL^LN||{R.randint(30, 45)}|mg/dL|>40|L|||F"]
    return hl7_att(dt, "ORU^R01", segs, pick("ORU unsolicited result", "Result not filing"), "HL7 ORU^R01 with PID and lipid OBX values.")


def hl7_dft(dt):
    pt = person(); b = dob()
    segs = [msh("DFT^P03", app="PYXIS", rcv="EPIC", dt=dt), f"EVN|P03|{hl7d(dt)}", pid(pt, b),
            f"FT1|1|||{hl7d(dt)}||CG|{R.randint(100000, 999999)}^ONDANSETRON 4MG INJ|||1",
            f"FT1|2|||{hl7d(dt)}||CG|{R.randint(100000, 999999)}^HYDROMORPHONE 1MG INJ|||1"]
    return hl7_att(dt, "DFT^P03", segs, pick("charge interface", "DFT errors"), "HL7 DFT^P03 charges for drugs given to a patient with PID.")


def hl7_rde(dt):
    pt = person(); b = dob()
    segs = [msh("RDE^O11", app="EPIC", rcv="OMNICELL", dt=dt), pid(pt, b),
            f"ORC|NW|{R.randint(1000000, 9999999)}", f"RXE|^Q12H^HL7|{R.randint(10000, 99999)}^{pick('ENOXAPARIN 40MG/0.4ML', 'CEFTRIAXONE 1G', 'INSULIN GLARGINE 100U/ML')}|{pick('40', '1', '18')}||{pick('mg', 'g', 'units')}"]
    return hl7_att(dt, "RDE^O11", segs, "RDE to cabinet", "HL7 RDE^O11 pharmacy order with PID and drug.")


def hl7_bar(dt):
    pt = person(); b = dob()
    segs = [msh("BAR^P01", dt=dt), f"EVN|P01|{hl7d(dt)}", pid(pt, b, True), f"PV1|1|E|ED^^^RH",
            f"DG1|1||{pick('R07.9^Chest pain, unspecified', 'S72.001A^Fracture of right femoral neck')}^I10", f"IN1|1|MCR|MCR01|MEDICARE"]
    return hl7_att(dt, "BAR^P01", segs, "BAR with SSN in PID-19", "HL7 BAR^P01 with PID including SSN and a DG1 diagnosis.")


def hl7_inline_ack(dt):
    pt = person(); b = dob()
    m = pid(pt, b)
    text = f"""Engine alert - channel EPIC_ADT_OUT to RADIOLOGY

Error: AE - PID-7 date invalid for target
Original message (truncated):
{msh('ADT^A08^ADT_A01', dt=dt)}
EVN|A08|{hl7d(dt)}1010
{m}
PV1|1|O|IMG^^^RH
AL1|1|DA|{pick('PCN^Penicillin', 'IODINE^Iodinated contrast')}|SV|{pick('anaphylaxis', 'hives')}

Auto-generated by Corepoint (fictional) - do not reply"""
    return dict(subject="ALERT: AE on EPIC_ADT_OUT", frm=("Interface Engine", f"engine.alerts@{ORG}"), to=[dl("Interface Team", "interfaces")], text=text,
                bodyform=pick("plain7", "qp"), note="Engine error e-mail quoting an ADT^A08 inline with a PID and an allergy segment.")


def hl7_oml(dt):
    pt = person(); b = dob()
    sc = R.choice([("87491^Chlamydia trachomatis NAA^CPT", "Z11.3^Encounter for screening for infections with a predominantly sexual mode of transmission"),
                   ("87389^HIV-1/2 Ag/Ab^CPT", "Z11.4^Encounter for screening for HIV"),
                   ("81528^Multitarget stool DNA^CPT", "Z12.11^Encounter for screening for malignant neoplasm of colon")])
    segs = [msh("OML^O21", rcv="REFLAB", dt=dt), pid(pt, b), f"ORC|NW|{R.randint(1000000, 9999999)}",
            f"OBR|1|{R.randint(1000000, 9999999)}||{sc[0]}", f"DG1|1||{sc[1]}^I10"]
    return hl7_att(dt, "OML^O21", segs, "OML to reference lab", "HL7 OML^O21 lab order for a patient with PID and screening diagnosis.")


def hl7_batch(dt):
    segs = [f"FHS|^~\\&|EPIC|RIVERSIDE|REGISTRY|STATE|{hl7d(dt)}0200", f"BHS|^~\\&|EPIC|RIVERSIDE|REGISTRY|STATE|{hl7d(dt)}0200"]
    for _ in range(2):
        pt = person(); b = dob(2015, 2023)
        segs += [msh("VXU^V04^VXU_V04", rcv="IIS", dt=dt), pid(pt, b),
                 f"RXA|0|1|{hl7d(plus(dt, -1))}|{hl7d(plus(dt, -1))}|{pick('03^MMR', '21^varicella', '20^DTaP')}^CVX|0.5|mL"]
    segs += ["BTS|2", "FTS|1"]
    return hl7_att(dt, "VXU_batch", segs, "registry batch rejected", "HL7 FHS/BHS batch of VXU immunization messages for two children with PID.",
                   name="vxu_batch.hl7")


def hl7_a31_fwd(dt):
    pt = person(); b = dob()
    segs = [msh("ADT^A31", app="RHMPI", dt=dt), f"EVN|A31|{hl7d(dt)}", pid(pt, b, True),
            f"PD1|||RIVERSIDE EASTGATE|{npi()}^{ascii_fold(doctor().last).upper()}", "NK1|1|" + ascii_fold(person().last).upper() + "^JORDAN|SPO"]
    return hl7_att(dt, "ADT^A31", segs, "MPI update - duplicate?", "HL7 ADT^A31 person update with PID name, MRN, DOB and SSN (patient context: PCP in PD1).")


HL7_BUILDERS = [hl7_a04, hl7_a03, hl7_oru, hl7_dft, hl7_rde, hl7_bar, hl7_inline_ack, hl7_oml, hl7_batch, hl7_a31_fwd]


def ccda_doc(pt, b, title, sections, m=None):
    m = m or mrn()
    secs = "".join(f"""
      <component><section>
        <code code="{c}" codeSystem="2.16.840.1.113883.6.1"/><title>{t}</title>
        <text>{x}</text>
      </section></component>""" for c, t, x in sections)
    s1, s2 = address()
    city, rest = s2.split(", ")
    st, z = rest.split(" ")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9999" extension="{digits(10)}"/>
  <title>{title}</title>
  <effectiveTime value="{hl7d(b if False else datetime.date(2024, 1, 1))}"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.9999.1" extension="{m}"/>
    <addr use="HP"><streetAddressLine>{ascii_fold(s1)}</streetAddressLine><city>{city}</city><state>{st}</state><postalCode>{z}</postalCode></addr>
    <patient>
      <name><given>{ascii_fold(pt.first)}</given><family>{ascii_fold(pt.last)}</family></name>
      <administrativeGenderCode code="{pt.sex}" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="{hl7d(b)}"/>
    </patient>
  </patientRole></recordTarget>
  <component><structuredBody>{secs}
  </structuredBody></component>
</ClinicalDocument>
"""


PROB = ["Type 2 diabetes mellitus (E11.9)", "Essential hypertension (I10)", "Asthma, mild persistent (J45.30)", "Hypothyroidism (E03.9)",
        "Chronic kidney disease stage 3b (N18.32)", "Atrial fibrillation (I48.91)", "Major depressive disorder, single episode (F32.9)",
        "Osteoarthritis of knee (M17.9)", "Iron deficiency anemia (D50.9)"]
MEDS = ["metformin 1000 mg BID", "lisinopril 20 mg daily", "apixaban 5 mg BID", "levothyroxine 100 mcg daily", "albuterol HFA prn",
        "sertraline 100 mg daily", "atorvastatin 40 mg daily", "ferrous sulfate 325 mg daily"]


def ccda_builder(kind_title, note_text, subject):
    def f(dt):
        pt = person(); b = dob()
        secs = [("11450-4", "Problems", "; ".join(R.sample(PROB, 3))), ("10160-0", "Medications", "; ".join(R.sample(MEDS, 3))),
                ("48765-2", "Allergies", pick("No known drug allergies", "Penicillin - rash", "Sulfonamides - hives"))]
        if chance(0.6):
            secs.append(("30954-2", "Results", f"HbA1c {round(R.uniform(6.0, 9.5), 1)} %; creatinine {round(R.uniform(0.8, 1.9), 2)} mg/dL"))
        if chance(0.5):
            secs.append(("18776-5", "Plan of Treatment", pick("Follow up in 3 months", "Nephrology referral", "Repeat labs in 6 weeks")))
        xml = ccda_doc(pt, b, kind_title, secs)
        who = staff()
        text = pick(f"{greet(pick('HIE team', 'Team'))}\n\nThis {kind_title} from {pick('CareConnect HIE', 'the Direct inbox', 'Lakeshore Cancer Institute')} failed reconciliation. Attached for review.\n\n{who.first}",
                    f"Attached {kind_title.lower()} for the patient we transferred. Let me know if the XML does not import.\n\n{sig(who, 'HIM Specialist')}",
                    f"Per your request, the XML document is attached.\n\n{who.full}")
        return dict(subject=subject, frm=staffaddr(who), to=[dl(pick("HIE Support", "HIM Release of Information"), pick("hie.support", "him.roi"))],
                    text=text, atts=[att_text(pick("ccd.xml", "document.xml", f"CCDA_{digits(6)}.xml"), xml)], note=note_text)
    return f


def ccda_fwd(dt):
    pt = person(); b = dob()
    xml = ccda_doc(pt, b, "Referral Note", [("42349-1", "Reason for Referral", pick("Evaluation of chronic kidney disease stage 4", "Management of rheumatoid arthritis")),
                                            ("11450-4", "Problems", "; ".join(R.sample(PROB, 2)))])
    inner_dt = datetime.datetime(dt.year, dt.month, dt.day, 9, 14, 0)
    inner = build(dict(date=inner_dt, text="Referral document attached via Direct.", bodyform="plain7", frm=("Direct Messaging", "direct@valleyim.example.org"),
                       to=[dl("Referrals", "referrals")], subject="Direct message: Referral Note",
                       atts=[att_text("referral_note.xml", xml)]), outer=False)[0]
    return dict(subject="FW: Direct message: Referral Note", frm=staffaddr(staff()), to=[staffaddr(staff())],
                text="Forwarding the Direct message - can you file the attached referral note to the chart?", atts=[Fwd(inner, "Direct message.eml")],
                note="Forwarded Direct message containing a C-CDA referral note XML with patient name, DOB and MRN.")


CCDA_BUILDERS = [ccda_builder("Continuity of Care Document", "C-CDA CCD XML with patient name, DOB, address, MRN, problems and medications.", "CCD reconciliation failed"),
                 ccda_builder("Discharge Summary", "C-CDA discharge summary XML with a named patient and problem list.", "Discharge CDA"),
                 ccda_builder("Transition of Care Summary", "C-CDA transition-of-care XML for a named patient with problems and meds.", "ToC document"),
                 ccda_builder("Consultation Note", "C-CDA consultation note XML for a named patient.", "Consult note XML"),
                 ccda_fwd]


def label_builder(dt):
    who, to = staff(), staff()
    body = pick("Please see the attached when you get a chance.", "Call me when you're free - not urgent.", "Thanks, got it.",
                "Can we talk at 2?", "Following up on our conversation this morning.", "Looping you in. Details in Teams.",
                "Here you go.", "Done - let me know if anything else is needed.", "Please review before Thursday's meeting.",
                "Sending the updated version.", "As discussed.", "See below.", "Approved.")
    text = f"{greet(to.first)}\n\n{body}\n\n{thanks()}\n{who.first}"
    name = pick("Confidential PHI", "Confidential - PHI", "confidential-phi", "Confidential PHI", "CONFIDENTIAL PHI", "Confidential_PHI")
    return dict(subject=pick("Follow-up", "Quick question", "FW: update", "RE: call", "Review", "For you", "Update", "Thursday"),
                frm=staffaddr(who), to=[staffaddr(to)], text=text, label=("phi", name),
                note=f"Innocuous body; carries the PHI sensitivity label GUID (name spelled '{name}') - rule 3.")


def label_with_att(dt):
    d = label_builder(dt)
    lines = [pick("Meeting notes", "Working draft", "Agenda"), "", pick("Items to discuss: staffing, supply par levels, schedule.",
                                                                         "Draft for review - no changes since Tuesday.")]
    d["atts"] = [att_pdf(pick("notes.pdf", "draft.pdf", "agenda.pdf"), lines, flate=chance(0.5))]
    d["note"] = d["note"].replace("Innocuous body", "Innocuous body and attachment")
    return d


LABEL_BUILDERS = [label_builder, label_builder, label_with_att]


def mbi_far(dt):
    pt = person()
    kid = person()
    b = dob(1935, 1958)
    rel = "father" if pt.sex == "M" else "mother"
    clinic = pick("cardiology", "wound care", "memory", "urology", "podiatry")
    num = mbi(pick("", "-", ""))
    text = pick(
        f"""Hi,

I'm writing for my {rel}, {pt.full}. {he_she(pt).capitalize()} is coming to the {clinic} clinic next week and the front desk asked for the new card number. It's on the red white and blue card.

Born {us(b)}. {he_she(pt).capitalize()} also has a supplement plan through AARP.

The number is {num}

Thank you,
{kid.full}""",
        f"""hello - {pt.first} {pt.last} here (dob {us(b)}), i have the {clinic} appt on {longd(plus(dt, 6))}. you asked me to send the number off the new red white and blue card since the old one had my social on it. here it is:

{num}

my daughter typed this for me. thanks""")
    sender = kid if "Thank you" in text else pt
    return dict(subject=pick("card number", "new card", "number you asked for"), frm=(sender.full, sender.pemail), to=[("Patient Access", f"patient.access@{ORG}")], text=text,
                inbound=True, relay="smtp.myisp.example.net", bodyform=pick("plain7", "b64", "qp"),
                note="Patient or family member sends the patient's MBI (the word 'Medicare' never appears; 'red white and blue card') with DOB and a clinic visit.")


def mbi_eligibility(dt):
    pt = person()
    text = f"""Eligibility (270/271) result

Beneficiary: {pt.lastfirst.upper()}
MBI: {mbi()}
DOB: {us(dob(1930, 1959))}
Part A: active since {us(dob(1995, 2020))}   Part B: active
Medicare Advantage: none   Hospice election: none
Checked for {pick('outpatient PT', 'DME - CPAP', 'cardiac rehab')} order on {us(dt)}."""
    return dict(subject="eligibility check", frm=("Eligibility Bot", f"eligibility@{ORG}"), to=[staffaddr(staff())], text=text,
                bodyform=pick("alt", "plain7", "html"), note="Medicare eligibility response with beneficiary name, MBI and DOB for an ordered service.")


def mbi_csv(dt):
    rows = ["Name,MBI,DOB,Attributed PCP,Last AWV"]
    for _ in range(R.randint(4, 6)):
        pt = person()
        rows.append(f"\"{pt.lastfirst}\",{mbi()},{us(dob(1930, 1958))},{doctor().last},{us(plus(dt, -R.randint(200, 700)))}")
    return dict(subject="ACO attribution list", frm=staffaddr(staff()), to=[dl("Population Health", "pophealth")],
                text="Patients overdue for the annual wellness visit - please outreach.", atts=[att_text("aco_awv_overdue.csv", "\n".join(rows) + "\n")],
                note="ACO attribution CSV with beneficiary names, MBIs, DOBs and overdue wellness visits.")


def mbi_abn(dt):
    pt = person()
    lines = ["ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (ABN) - completed copy", "", f"Patient name: {pt.full}", f"Identification number: {mbi()}", "",
             f"Item: {pick('Vitamin D, 25-hydroxy (82306)', 'Screening PSA more often than covered', 'Annual eye exam (non-diabetic)')}",
             f"Reason Medicare may not pay: frequency limit", f"Estimated cost: ${R.randint(30, 180)}.00", "Option 1 chosen - patient signed"]
    return dict(subject="signed ABN", frm=staffaddr(staff()), to=[dl("Lab Billing", "lab.billing")], text="Scanned ABN attached.",
                atts=[att_pdf("ABN_signed.pdf", lines, flate=chance(0.5))], note="Completed ABN PDF with the patient's name, MBI and the service.")


def mbi_json(dt):
    pt = person()
    data = {"patient": {"name": ascii_fold(pt.full), "dob": dob(1930, 1958).isoformat(), "coverage": [{"payerId": "CMS-A-B", "subscriberId": mbi()}]},
            "encounter": {"date": dt.date().isoformat(), "type": pick("home health start of care", "DME delivery", "ambulance transport")}}
    return dict(subject="claim scrubber hold", frm=("Claim Scrubber", f"scrubber@{ORG}"), to=[dl("Revenue Integrity", "rev.integrity")],
                text="A claim failed the subscriber-id edit. Payload attached.", atts=[att_text("hold.json", json.dumps(data, indent=2))],
                note="JSON claim payload with patient name, DOB and MBI as subscriber id.")


def mbi_chain(dt):
    pt = person()
    prev = f"Can you check {pt.full}'s coverage? Admitting tonight for pneumonia. ID {mbi('-')}."
    text = "Checked - active Part A and B, no MA plan. OK to proceed." + outlook_quote(staff(), staff(), dt, "coverage", prev)
    return dict(subject="RE: coverage", frm=staffaddr(staff()), to=[staffaddr(staff())], text=text, reply=True, bodyform=pick("qp", "alt"),
                note="Reply chain with a patient's MBI (dashed) and admitting diagnosis.")


MBI_BUILDERS = [mbi_far, mbi_eligibility, mbi_csv, mbi_abn, mbi_json, mbi_chain]


# ==============================================================================================
# NEGATIVES
# ==============================================================================================
VENDORS = ["Midwest Linen Services", "Crestline Surgical Supply", "Apex Biomedical Repair", "Northfield Food Services", "Halvorsen Elevator Co.",
           "BrightPath Staffing", "Keystone Medical Gases", "Lakeside Document Shredding", "Prairie Office Products", "Summit HVAC Mechanical"]


def id_ach_remit(dt):
    v = R.choice(VENDORS)
    ap = staff()
    rows = "\n".join(f"  INV-{R.randint(200000, 999999)}   {us(plus(dt, -R.randint(20, 60)))}   ${R.randint(400, 19000):,}.{R.randint(10, 99)}" for _ in range(R.randint(3, 6)))
    text = f"""Remittance Advice - ACH Credit

Payer: Riverside Health (TIN 36-{R.randint(1000000, 9999999)})
Payee: {v}   Vendor #: {R.randint(100000000, 999999999)}
Payment date: {us(dt)}   Settlement: {us(plus(dt, 1))}
Receiving bank ABA/routing: 0{digits(8)}   Account: ******{digits(4)}
EFT trace number: 1{digits(14)}
Remit-to: PO Box {R.randint(1000, 9999)}, Chicago IL 60{R.randint(600, 699)}-{R.randint(1000, 9999)}

Invoices paid:
{rows}

Questions: Accounts Payable, {phone()} ext {R.randint(2000, 2999)}, {ap.email}"""
    return dict(subject=pick("Remittance advice", "ACH payment notification", "Payment remittance"), frm=("Riverside AP", f"ap.remit@{ORG}"),
                to=[(v, f"ar@{slug(v.split()[0])}.example.org")], text=text, bodyform=pick("plain7", "qp", "html"),
                note="Vendor ACH remittance: routing, masked account, EFT trace, TIN, ZIP+4 and invoice numbers - no patient.")


def id_ein_w9(dt):
    who = staff()
    text = f"""{greet(pick('Vendor Onboarding', 'Compliance team'))}

For the {pick('grant application', 'new supplier portal', 'SAM.gov renewal')} here are Riverside Health's entity identifiers:

  Legal name: Riverside Health System, Inc.
  EIN / TIN: 36-{R.randint(1000000, 9999999)}
  UEI (SAM): {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(12))}
  DUNS (legacy): {digits(9)}
  CAGE code: {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(5))}
  Medicare CCN (Main Campus): 14-{R.randint(1000, 1999):04d}
  CLIA (Core Lab): 14D{digits(7)}
  Organizational NPI: {npi()}
  Remit address: 2200 Riverside Pkwy, Millbrook IL 60536-{R.randint(1000, 9999)}

W-9 signed by the CFO is attached in the portal.

{sig(who, 'Senior Accountant', 'Finance')}"""
    return dict(subject=pick("Entity identifiers", "W-9 / UEI info", "Our TIN and CCN"), frm=staffaddr(who), to=[dl("Grants Office", "grants")], text=text,
                note="The hospital's own EIN, UEI, DUNS, CCN, CLIA and organisational NPI - no individual.")


def id_ndc_reorder(dt):
    buyer = staff()
    rows = ["NDC-11,Description,Pkg,On hand,Par,Order qty,Wholesaler item"]
    for d in R.sample([("00409-4888-10", "Ketorolac 30 mg/mL 1 mL vial", "25"), ("63323-0262-01", "Heparin 5,000 units/mL 1 mL", "25"),
                       ("00641-6006-10", "Ondansetron 4 mg/2 mL", "10"), ("25021-0222-10", "Cefazolin 1 g vial", "10"),
                       ("00338-0049-04", "Sodium chloride 0.9% 1000 mL", "12"), ("0409-1966-05", "Naloxone 0.4 mg/mL", "10"),
                       ("60505-0751-00", "Piperacillin/tazobactam 3.375 g", "10"), ("00074-7070-26", "Propofol 10 mg/mL 20 mL", "25")], 6):
        oh, par = R.randint(2, 30), R.randint(30, 80)
        rows.append(f"{d[0].replace('0409-1966-05', '00409-1966-05')},\"{d[1]}\",{d[2]},{oh},{par},{par - oh},{R.randint(1000000, 9999999)}")
    text = f"""{greet(pick('Purchasing', 'Rx buyer team'))}

Reorder for the Main Campus central pharmacy attached (PO {R.randint(4500000000, 4599999999)}). Ketorolac and heparin are on allocation - please ask the rep about the {dt.year} quota.

{sig(buyer, 'Pharmacy Buyer', 'Pharmacy Operations')}"""
    return dict(subject=pick("Weekly reorder", "Pharmacy reorder - NDC list"), frm=staffaddr(buyer), to=[dl("Pharmacy Purchasing", "rx.purchasing")], text=text,
                atts=[att_text("reorder.csv", "\n".join(rows) + "\n")], note="Pharmacy inventory reorder CSV with NDC-11 codes, quantities and a PO number.")


def id_parking(dt):
    rows = []
    for _ in range(R.randint(5, 8)):
        p = person()
        rows.append(f"{p.full:<24} {pick('IL', 'IN', 'WI')} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{R.randint(10000, 99999)}   permit {pick('G', 'E', 'P')}-{R.randint(10000, 99999)}   {pick('Garage B L3', 'Lot E', 'Garage A roof')}")
    text = f"""Security / Parking

The following staff permits were reissued after the gate reader upgrade. Plates are as registered on the form; please confirm yours is correct by Friday or the LPR camera will ticket you.

""" + "\n".join(rows) + f"""

Parking office: Garage A lobby, {phone()}"""
    return dict(subject=pick("Parking permit reissue", "LPR plate confirmation"), frm=("Parking Services", f"parking@{ORG}"), to=[dl("All Night Shift Staff", "nightshift.all")],
                text=text, bodyform=pick("plain7", "html", "b64"), note="Staff names with licence plates and parking permit numbers; nothing about health.")


def id_qc_lot(dt):
    tech = staff("MLS(ASCP)")
    sn = f"{pick('AU', 'CX', 'DX')}{digits(7)}"
    text = f"""Lot-to-lot verification - {pick('Glucose', 'Creatinine', 'Troponin I hs', 'TSH')}

Analyzer: {pick('Beckman AU5800', 'Roche cobas 8000 c702', 'Abbott Alinity ci')}  S/N {sn}
Reagent lot (old -> new): {digits(6)} -> {digits(6)}   exp {hl7d(plus(dt, 300))}
Calibrator lot: {digits(7)}

QC level 1: mean {R.randint(90, 102)} mg/dL, SD {round(R.uniform(1.0, 2.5), 1)}, CV {round(R.uniform(1.0, 2.4), 1)}%  (target 96 +/- 6)
QC level 2: mean {R.randint(268, 290)} mg/dL, SD {round(R.uniform(3.0, 6.0), 1)}, CV {round(R.uniform(1.1, 2.1), 1)}%  (target 280 +/- 14)
20 residual samples compared: slope {round(R.uniform(0.97, 1.03), 3)}, intercept {round(R.uniform(-1.5, 1.5), 2)}, r = 0.999 - ACCEPT

Westgard: no 1-3s or 2-2s violations. New lot in use from {us(plus(dt, 1))} 07:00.
{tech.full}, {tech.cred}"""
    return dict(subject=pick("Lot change verified", "New reagent lot - accepted"), frm=staffaddr(tech), to=[dl("Chemistry Bench", "lab.chemistry")], text=text,
                bodyform=pick("qp", "plain7", "alt"), note="Instrument serial, reagent/calibrator lots and QC statistics with units - no patient samples identified.")


def id_engine_log(dt):
    lines = []
    for _ in range(R.randint(6, 10)):
        lines.append(f"{dt.date().isoformat()}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(100, 999)} WARN "
                     f"chan={pick('LAB_ORU_IN', 'ADT_OUT_PACS', 'SIU_OUT_DENTAL', 'MFN_STAFF')} ctrlId={R.randint(10000000, 99999999)} "
                     f"{pick('ACK timeout 30000ms, retry 2/5', 'socket reset by peer 10.40.12.' + str(R.randint(2, 250)) + ':6661', 'queue depth 1,204 > threshold 1,000', 'AA received after 2 retries')}")
    text = f"""Interface engine - overnight warnings ({us(dt)})

""" + "\n".join(lines) + f"""

No messages dead-lettered. Root cause: LIS vendor patch window 01:00-02:30 (change {pick('CHG', 'CRQ')}{R.randint(1000000, 9999999)}).
No payloads are included in this summary."""
    return dict(subject="Overnight interface warnings", frm=("Integration Monitoring", f"int.monitor@{ORG}"), to=[dl("Interface Team", "interfaces")], text=text,
                bodyform=pick("plain7", "b64"), note="Interface engine warning log with message control ids, IPs and change numbers; no message payloads or patient segments.")


def id_census(dt):
    units = ["4 West Med/Surg", "5 East Ortho", "6 South Telemetry", "MICU", "SICU", "7 North Oncology", "Mother-Baby", "NICU"]
    rows = "".join(f"<tr><td>{u}</td><td>{R.randint(8, 32)}</td><td>{R.randint(10, 34)}</td><td>{R.randint(0, 6)}</td><td>{R.randint(0, 5)}</td></tr>" for u in units)
    html = html_doc(f"""<p>House census 06:00 &ndash; {wlong(dt)}</p><table><tr><th>Unit</th><th>Occupied</th><th>Staffed beds</th><th>Pending admits</th><th>Expected DCs</th></tr>{rows}</table>
<p>ED boarders: {R.randint(0, 14)} &nbsp; Diversion: no &nbsp; Bed huddle 09:30 in the command center (bridge {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}#).</p>""")
    return dict(subject=pick("06:00 census", "House census"), frm=("Patient Flow", f"patientflow@{ORG}"), to=[dl("Nursing Leadership", "nursing.leaders")],
                text="House census - see table.", html=html, bodyform="html", note="Unit-level census counts, bed numbers and a bridge code - no patient.")


def id_claim_batch(dt):
    text = f"""837P batch acknowledgement summary

Batch ID: {hl7d(dt)}-{R.randint(100, 999)}   Interchange control #: {digits(9)}   Group control #: {R.randint(1000, 9999)}
Claims submitted: {R.randint(800, 2400):,}   Accepted: {R.randint(780, 2380):,}   Rejected: {R.randint(3, 40)}
Total charges: ${R.randint(1, 4)},{R.randint(100, 999)},{R.randint(100, 999)}.{R.randint(10, 99)}
999 status: A (accepted)   277CA received {us(plus(dt, 1))}
Top rejection reasons: invalid rendering taxonomy (11), subscriber id format (7), missing referring NPI (5)

Rejected claims are on the 277CA worklist - please do not e-mail claim details."""
    return dict(subject=pick("Batch ack", "837 batch totals"), frm=("Clearinghouse Reports", "reports@claimbridge.example.org"), to=[dl("Billing Leads", "billing.leads")],
                text=text, inbound=True, relay="mta.claimbridge.example.org", bodyform=pick("plain7", "qp"),
                note="Claim batch control numbers and dollar totals, rejection counts by reason - no claim or patient details.")


def id_irb(dt):
    pi = doctor()
    text = f"""IRB notice - continuing review approved

Protocol: RH-IRB-{dt.year}-{R.randint(100, 999)}  ({pick('STRIDE-HF', 'ALPINE-CKD', 'BREATHE-2', 'NAVIGATE-Stroke')})
Sponsor protocol: {''.join(R.choice('ABCDEFGH') for _ in range(3))}-{R.randint(1000, 9999)}-{R.randint(100, 999)}
ClinicalTrials.gov: NCT0{digits(7)}
PI: {pi.full}, {pi.cred}
Approval period: {us(dt)} - {us(plus(dt, 364))}
Enrollment to date: {R.randint(12, 140)} of {R.randint(150, 300)} (site target)
Consent form version {R.randint(3, 9)}.{R.randint(0, 3)} dated {us(plus(dt, -30))} is the only version that may be used.

Office of Research Integrity"""
    return dict(subject="Continuing review approved", frm=("IRB Office", f"irb@{ORG}"), to=[staffaddr(pi)], text=text,
                note="IRB protocol, sponsor, NCT and version numbers with enrollment counts - no participant.")


def id_change_control(dt):
    d1 = plus(dt, R.randint(5, 20))
    text = f"""CHANGE NOTICE {pick('CHG', 'RFC')}{R.randint(1000000, 9999999)} - {pick('Epic upgrade to Nov 2024 release', 'Core switch firmware 17.9.4', 'PACS storage migration phase 2', 'Pyxis ES server patch')}

Window: {d1.isoformat()} 22:00 CT -> {plus(d1, 1).isoformat()} 04:00 CT ({hl7d(d1)}T220000/{hl7d(plus(d1, 1))}T040000)
Downtime procedures: {pick('BCA PCs refreshed at 21:00', 'paper order sets on every unit', 'read-only Hyperspace available')}
Back-out deadline: {plus(d1, 1).isoformat()} 02:30
Previous attempt: {(d1 - datetime.timedelta(days=14)).strftime('%d-%b-%y')} (rolled back, ticket INC{R.randint(1000000, 9999999)})
CAB approval: {us(plus(dt, 1))}, risk {pick('medium', 'high')}

Questions to the IT Service Desk, ext {R.randint(4000, 4999)}."""
    return dict(subject=pick("Planned downtime notice", "Change notice - downtime"), frm=("IT Change Management", f"change.mgmt@{ORG}"),
                to=[dl("All Riverside Staff", "allstaff")], text=text, bodyform=pick("alt", "html", "plain7"),
                note="Date-heavy change-control notice with change/incident ticket numbers.")


def id_ssn_shaped_invoice(dt):
    v = R.choice(VENDORS)
    inv = f"{R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    text = f"""{banner()}Dear Accounts Payable,

Our invoice {inv} dated {us(plus(dt, -35))} for {pick('linen rental, 4 West and 5 East', 'biomedical PM visits - infusion pumps', 'medical gas cylinder exchange')} is now 30 days past due (${R.randint(2, 40)},{R.randint(100, 999)}.00). Your PO reference is {R.randint(4500000000, 4599999999)}; vendor number on your side {R.randint(100000000, 999999999)}.

Please remit to ABA {digits(9)}, account ending {digits(4)}, or call me at {phone()} x{R.randint(100, 999)}.

{person().full}
Collections, {v}"""
    return dict(subject=f"Past due invoice {inv}", frm=(v, f"billing@{slug(v.split()[0])}.example.org"), to=[("Accounts Payable", f"ap@{ORG}")], text=text,
                inbound=True, relay="mail.vendor.example.org", bodyform=pick("plain7", "qp", "b64"),
                note="Vendor dunning letter whose invoice number is shaped like an SSN (ddd-dd-dddd); no patient.")


def id_biomed_serials(dt):
    rows = ["Asset tag,Device,Model,Serial,UDI-DI,Location,PM due"]
    for _ in range(R.randint(5, 8)):
        rows.append(f"BME{R.randint(100000, 999999)},{R.choice(['Infusion pump', 'Defibrillator', 'Vital signs monitor', 'Bladder scanner', 'Feeding pump'])},"
                    f"{R.choice(['Alaris 8015', 'LIFEPAK 20e', 'Connex VSM 6000', 'BladderScan Prime', 'Kangaroo ePump'])},{''.join(R.choice('0123456789ABCDEF') for _ in range(10))},"
                    f"0{digits(13)},{R.choice(['4W', '5E', 'ED', 'PACU', 'MICU'])},{plus(dt, R.randint(3, 40)).isoformat()}")
    return dict(subject="PM due list", frm=("Clinical Engineering", f"biomed@{ORG}"), to=[dl("Nurse Managers", "nurse.managers")],
                text="Devices due for preventive maintenance in the next 40 days - please locate and tag them.", atts=[att_text("pm_due.csv", "\n".join(rows) + "\n")],
                note="Biomed asset tags, serials and UDI device identifiers with unit locations.")


def id_phone_ext(dt):
    rows = [(u, f"x{R.randint(4000, 7999)}", phone_dash()) for u in ["4 West nurses' station", "5 East", "Pharmacy (inpatient)", "Lab specimen processing",
                                                                       "Radiology reading room", "Bed management", "Security dispatch", "Environmental services"]]
    text = "Updated unit phone list after the Teams Phone cutover:\n\n" + "\n".join(f"  {u:<30} {e:<7} {d}" for u, e, d in rows) + \
        f"\n\nOld 4-digit extensions forward until {longd(plus(dt, 30))}. Pagers unchanged."
    return dict(subject="New unit phone numbers", frm=("Telecom", f"telecom@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text,
                bodyform=pick("plain7", "qp"), note="Unit phone extensions and direct numbers only.")


def id_expense(dt):
    p = staff()
    text = f"""Expense report ER-{R.randint(100000, 999999)} approved

Employee: {p.full}   Employee ID {R.randint(100000, 999999)}
Cost center: {R.randint(1000, 9999)}-{R.randint(100, 999)}   GL {R.randint(60000, 69999)}.{R.randint(100, 999)}
Trip: {pick('AHA Scientific Sessions', 'ASHP Midyear', 'HIMSS', 'AONL annual meeting')}, {longd(plus(dt, -20))} - {longd(plus(dt, -16))}
Airline confirmation {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}, hotel folio {R.randint(1000000, 9999999)}
Reimbursement ${R.randint(600, 2800)}.{R.randint(10, 99)} by direct deposit on {us(plus(dt, 7))}."""
    return dict(subject="Expense report approved", frm=("Concur Notifications", f"expense@{ORG}"), to=[staffaddr(p)], text=text,
                note="Expense approval with employee id, cost centre, GL, airline and folio numbers; conference names only.")


def id_supply_recall_lot(dt):
    text = f"""Product hold - do not use

Item: {pick('Peripheral IV catheter 20G 1.16 in', 'Sterile surgical gown, XL', 'Foley catheter tray 16 Fr')}
Manufacturer catalog #: {R.randint(100000, 999999)}   Storeroom item: RHS{R.randint(1000000, 9999999)}
Lots affected: {', '.join(digits(8) for _ in range(3))}
GTIN (01){digits(14)}   Expiry (17){hl7d(plus(dt, 500))[2:]}
Reason: {pick('packaging seal failure', 'labeling error', 'particulate reported by another facility')}. No patient events reported at Riverside.
Units: pull from Omnicell supply cabinets and PAR carts; Materials Management will exchange."""
    return dict(subject=pick("PRODUCT HOLD", "Supply hold - pull lots"), frm=("Materials Management", f"materials@{ORG}"), to=[dl("Nurse Managers", "nurse.managers")],
                text=text, bodyform=pick("html", "alt", "b64"), note="Supply hold with catalog, storeroom, lot, GTIN and expiry numbers; explicitly no patient events.")


ID_BUILDERS = [id_ach_remit, id_ein_w9, id_ndc_reorder, id_parking, id_qc_lot, id_engine_log, id_census, id_claim_batch, id_irb, id_change_control,
               id_ssn_shaped_invoice, id_biomed_serials, id_phone_ext, id_expense, id_supply_recall_lot]


def mk_newsletter_named(dt):
    sub = person()
    topic = R.choice([
        ("colorectal cancer screening", "Colorectal cancer screening now starts at age 45 for people at average risk. Options include a colonoscopy every 10 years or a stool-based test you can do at home. If you are not sure which is right for you, ask your primary care clinician."),
        ("heart health", "February is American Heart Month. Knowing your numbers - blood pressure, cholesterol, blood sugar and BMI - is the first step. Free blood-pressure checks are available at every Riverside pharmacy, no appointment needed."),
        ("sun safety", "Most skin cancers are caused by UV exposure. Use a broad-spectrum SPF 30+ sunscreen and reapply every two hours. Our dermatology clinics offer free skin checks on the first Saturday in May."),
        ("lung cancer screening", "Adults 50 to 80 with a 20 pack-year smoking history may qualify for a yearly low-dose CT scan. Screening finds lung cancer early, when it is most treatable."),
        ("hearing health", "One in eight Americans has hearing loss in both ears. Our audiology team offers same-week hearing tests and the latest over-the-counter hearing aid fittings."),
    ])
    html = html_doc(f"""<table style="width:600px;border:0"><tr><td style="border:0;background:#2e6f40;color:#fff;padding:14px"><b>Riverside Well</b> &middot; {MONTHS[dt.month - 1]} edition</td></tr>
<tr><td style="border:0;padding:14px"><p>Hi {htmlmod.escape(sub.first)},</p><h2 style="font-size:16pt">Let's talk about {topic[0]}</h2><p>{topic[1]}</p>
<p><a href="https://www.{ORG}/well">Read more on the Riverside Well blog</a></p>
<p style="font-size:8pt;color:#666">You are receiving this because you subscribed to Riverside Well at a community event or on our website. This newsletter is general information, not medical advice. <a href="https://www.{ORG}/unsubscribe">Unsubscribe</a> &middot; Riverside Health, 2200 Riverside Pkwy, Millbrook IL 60536</p></td></tr></table>""")
    return dict(subject=pick(f"{sub.first}, this month: {topic[0]}", "Riverside Well - " + topic[0], "Your monthly health tips"),
                frm=("Riverside Well", f"news@e.{ORG}"), to=[(sub.full, sub.pemail)], text=f"Hi {sub.first},\n\n{topic[1]}\n\nUnsubscribe: https://www.{ORG}/unsubscribe",
                html=html, bodyform=pick("alt", "html"),
                note=f"Subscriber newsletter addressed to {sub.first} about {topic[0]} in general; says nothing about the recipient's own health.")


def mk_flu_allstaff(dt):
    text = f"""Flu shots are here!

All employees, medical staff, volunteers and students: the {dt.year}-{dt.year + 1 - 2000} influenza vaccine is available starting {wlong(plus(dt, 3))}.

- Walk-in: Employee Health, Main Campus lower level, Mon-Fri 7:00-15:30
- Rolling carts on every inpatient unit during the first two weeks
- Night shift: 23:00-01:00 in the cafeteria on Tuesdays and Thursdays
- Egg-free (Flublok) and high-dose options available

Bring your badge. Declinations and outside-vaccine documentation go through the Employee Health portal, not e-mail.

Employee Health & Wellness"""
    return dict(subject=pick("Flu vaccine clinics start Monday", "It's flu shot season", "Get your flu shot"), frm=("Employee Health", f"employeehealth@{ORG}"),
                to=[dl("All Riverside Staff", "allstaff")], text=text, bodyform=pick("html", "alt", "qp"),
                note="All-staff flu-shot campaign; no individual's vaccination status.")


def mk_pbm_benefit(dt):
    text = f"""Save on maintenance medications in {dt.year + (1 if dt.month > 9 else 0)}

The Riverside employee medical plan now offers 90-day supplies of maintenance medications (for example blood-pressure, cholesterol and thyroid medicines) through Riverside Outpatient Pharmacy mail order for two copays instead of three. Generic statins and metformin remain $0.

Open enrollment runs {longd(plus(dt, 10))} through {longd(plus(dt, 31))}. Compare plans in Workday > Benefits.

Questions: Benefits Service Center, {phone()}.
Human Resources - Total Rewards"""
    return dict(subject=pick("Open enrollment: pharmacy savings", "New mail-order pharmacy benefit"), frm=("HR Total Rewards", f"benefits@{ORG}"),
                to=[dl("All Benefits-Eligible Employees", "benefits.eligible")], text=text,
                note="Pharmacy-benefit promotion to all employees naming drug classes; no individual enrollment or health information.")


def mk_donor_appeal(dt):
    donor = person()
    html = html_doc(f"""<p>Dear {htmlmod.escape(donor.first)},</p>
<p>Last winter a grandfather from our region arrived at Riverside North by ambulance in the middle of a snowstorm. Our new helicopter pad and the stroke team it supports meant he was in the CT scanner within 14 minutes. (To protect his privacy, we are not sharing his name.)</p>
<p>Stories like his are why the Riverside Health Foundation is raising $4.2 million for a second mobile stroke unit. Every gift, of any size, brings care closer to home.</p>
<p><a href="https://give.{ORG}">Give today</a></p><p>With gratitude,<br>{htmlmod.escape(person().full)}<br>President, Riverside Health Foundation</p>
<p style="font-size:8pt">To stop receiving fundraising communications from Riverside Health Foundation, reply STOP or call {phone()}.</p>""")
    return dict(subject=pick("A race against time", "14 minutes", f"{donor.first}, will you help?"), frm=("Riverside Health Foundation", f"foundation@give.{ORG}"),
                to=[(donor.full, donor.pemail)], text=f"Dear {donor.first}, please support the mobile stroke unit campaign.", html=html, bodyform=pick("html", "alt"),
                note="Donor appeal to a named donor with an anonymous patient story (no name or identifiers); says nothing about the donor's health.")


def mk_health_fair(dt):
    lines = [f"COMMUNITY HEALTH FAIR - {wlong(weekday_after(dt, 18)).upper()}", "Ashford Community Center, 9 AM - 1 PM, free", "",
             "Free screenings: blood pressure, glucose (finger-stick), cholesterol, BMI, vision, balance", "",
             "What do the numbers mean? (sample chart)", "  BMI 18.5-24.9 healthy | 25-29.9 overweight | 30+ obesity",
             "  Total cholesterol under 200 mg/dL desirable | 200-239 borderline | 240+ high",
             "  Blood pressure under 120/80 normal | 130/80 or higher: stage 1 hypertension",
             "  Fasting glucose 100-125 mg/dL prediabetes | 126+ diabetes (confirm with your clinician)", "",
             "Flu and COVID-19 vaccines available. Bring your insurance card if you have one.", "Spanish, Vietnamese and Arabic interpreters on site."]
    text = f"""{greet(pick('Community partners', 'Friends', 'Parish nurses'))}

Please share the attached flyer with your congregations and clients. Printed copies are at the Ashford clinic front desk.

{sig(staff(), 'Community Health Outreach Coordinator')}"""
    return dict(subject=pick("Health fair flyer", "Please share: free screenings"), frm=staffaddr(staff()),
                to=[("Community Partners", f"partners@{ORG}")], text=text, atts=[att_pdf("health_fair_flyer.pdf", lines, flate=chance(0.5))],
                note="Health-fair flyer PDF with generic BMI/cholesterol/BP reference charts; no individual.")


def mk_release_notes(dt):
    ver = f"{R.randint(10, 12)}.{R.randint(0, 9)}.{R.randint(0, 20)}"
    text = f"""Riverside MyChart app {ver} - What's new

- Hello, dark mode! Toggle it in Settings.
- Test results now show a trend graph. (Screenshot: demo patient "Test, Patient" - A1c trend 5.6 -> 5.9 %, sample data only.)
- Faster check-in: upload your insurance card with the camera. (Screenshot uses the vendor's sample card for "Jane Sample".)
- Fixed: appointment reminders sometimes showed the wrong time zone.

Available on the App Store and Google Play. Share with patients who ask about the new look!

Digital Experience Team"""
    return dict(subject=f"MyChart app {ver} release notes", frm=("Digital Experience", f"digital@{ORG}"), to=[dl("Patient Access Staff", "patient.access.staff")],
                text=text, bodyform=pick("plain7", "alt", "b64"), note="Portal app release notes whose screenshot captions use obviously fake demo data.")


def mk_service_line(dt):
    sub = person()
    svc = R.choice([("Riverside Spine Center", "back and neck pain", "Most back pain gets better with physical therapy and time. When it doesn't, our spine team - physiatrists, surgeons and therapists under one roof - builds a plan with you."),
                    ("Riverside Women's Health", "menopause care", "Hot flashes, sleep changes and mood shifts are common. Our certified menopause practitioners offer evidence-based options, including non-hormonal treatments."),
                    ("Riverside Vein Clinic", "varicose veins", "Minimally invasive treatments take less than an hour and most people walk out the same day."),
                    ("Riverside Pelvic Health", "pelvic floor therapy", "Pelvic floor physical therapy helps with bladder leakage and pain after childbirth. No referral is needed for most plans.")])
    text = f"""Hi {sub.first},

{svc[2]}

Learn more about {svc[1]} at a free online talk on {wlong(weekday_after(dt, 12))} at 6 PM, or request an appointment at {phone()}.

{svc[0]}

You are receiving this e-mail because you signed up for Riverside Health news. Unsubscribe at any time."""
    return dict(subject=pick(f"Free talk: {svc[1]}", f"{sub.first}, learn about {svc[1]}"), frm=(svc[0], f"events@e.{ORG}"), to=[(sub.full, sub.pemail)], text=text,
                bodyform=pick("alt", "html", "qp"), note=f"Service-line promotion ({svc[1]}) to a named subscriber on a general list; not about the recipient's care.")


def mk_urgent_care_sms(dt):
    text = f"""NEW: Save your spot online at any Riverside Urgent Care.
Wait times right now: Ashford 15 min | Millbrook 40 min | Eastgate 5 min
Open 8 AM-8 PM, 7 days. X-ray and stitches on site. Most insurance accepted; self-pay visit $135.
https://urgentcare.{ORG}
Reply STOP to opt out."""
    return dict(subject="Skip the wait at Riverside Urgent Care", frm=("Riverside Urgent Care", f"hello@e.{ORG}"), to=[("Riverside Community List", f"community.list@e.{ORG}")],
                text=text, bodyform=pick("plain7", "b64"), note="Urgent-care promotion to a community list with prices and wait times.")


def mk_cme_invite(dt):
    text = f"""You're invited: Riverside Cardiometabolic Update {dt.year + 1}

Saturday, {longd(weekday_after(dt, 60))}, 7:30 AM - 1:00 PM, Riverside Conference Center and livestream
Topics: GLP-1 and GIP receptor agonists beyond diabetes; SGLT2 inhibitors in HFpEF (I50.3x); Lp(a) testing - who and when; CKD staging with the 2021 race-free eGFR equation.
Credit: 5.0 AMA PRA Category 1 Credits; 5.0 ACPE contact hours.
Fee: free for Riverside medical staff, $75 community clinicians.

Register: https://cme.{ORG}/cardiometabolic
Office of Continuing Medical Education"""
    return dict(subject="Save the date: Cardiometabolic Update", frm=("Riverside CME", f"cme@{ORG}"), to=[dl("Medical Staff", "medstaff")], text=text,
                bodyform=pick("alt", "html"), note="CME conference invitation listing drug classes and an ICD-10 category; no patient.")


def mk_app_referral_program(dt):
    sub = person()
    text = f"""{sub.first}, thanks for being part of Riverside's Community Advisory Panel!

This quarter we'd love your opinion on our new after-hours virtual care service. The 10-minute survey asks what you'd expect from a video visit at 10 PM, how much you'd pay, and whether you'd prefer chat or video. Panelists who complete it get a $15 gift card.

Survey link: https://survey.{ORG}/cap-q{R.randint(1, 4)}

Patient Experience Office"""
    return dict(subject="Your opinion: after-hours virtual care", frm=("Patient Experience", f"experience@{ORG}"), to=[(sub.full, sub.pemail)], text=text,
                note="Advisory-panel survey invitation to a named panelist about a service in general.")


def mk_job_posting(dt):
    text = f"""Now hiring: {pick('Travel-to-staff RNs, ICU and ED', 'Sterile Processing Technicians', 'Sonographers (RDMS)', 'Pharmacy Technicians, nights')}

$10,000 sign-on bonus | tuition support | {pick('self-scheduling', '4x10 schedules', 'no mandatory overtime')}
Hiring event {wlong(weekday_after(dt, 9))}, 10 AM - 4 PM, Riverside North lobby. On-the-spot interviews.
Apply: careers.{ORG}  |  Text JOBS to 555-0199

Riverside Health is an equal opportunity employer."""
    return dict(subject="Hiring event - bonuses available", frm=("Riverside Careers", f"careers@e.{ORG}"), to=[("Talent Community", f"talent.community@e.{ORG}")],
                text=text, bodyform=pick("html", "qp"), note="Job posting / hiring event promotion.")


def mk_maternity_tour(dt):
    text = f"""Virtual Birth Center tours now every Tuesday

Take a 30-minute live video tour of the Riverside Lakeview Birth Center: private suites, the Level III NICU, and our midwife-led low-intervention rooms. Bring your questions about epidurals, water labor, and rooming-in.

Register at https://www.{ORG}/birth-tour - open to anyone in the community.
Riverside Women & Children's"""
    return dict(subject="Birth Center tours", frm=("Riverside Women & Children's", f"events@e.{ORG}"), to=[("Community List", f"community.list@e.{ORG}")],
                text=text, bodyform=pick("alt", "plain7"), note="Birth-center tour promotion to a general community list (not to a named person).")


def mk_portal_signup(dt):
    sub = person()
    text = f"""Hi {sub.first},

Thanks for visiting our booth at the {pick('County Fair', 'Juneteenth Festival', 'Lunar New Year Festival', 'Farmers Market')}! As promised, here is how to sign up for the free Riverside MyChart patient portal:

1. Download the app or visit mychart.{ORG}
2. Choose "Sign up now" and verify your identity
3. Explore: schedule visits, message your care team, pay bills

Questions? Our portal help line is {phone()}.

Riverside Community Outreach"""
    return dict(subject="How to sign up for MyChart", frm=("Community Outreach", f"outreach@{ORG}"), to=[(sub.full, sub.pemail)], text=text,
                bodyform=pick("qp", "alt", "plain7"), note="Portal sign-up instructions to a named festival visitor; no health information or patient status implied.")


MK_BUILDERS = [mk_newsletter_named, mk_flu_allstaff, mk_pbm_benefit, mk_donor_appeal, mk_health_fair, mk_release_notes, mk_service_line,
               mk_urgent_care_sms, mk_cme_invite, mk_app_referral_program, mk_job_posting, mk_maternity_tour, mk_portal_signup]


def tp_guillemet(dt):
    text = """Template: RESULT_NORMAL_LETTER_v4 (Word mail merge)

«LetterDate»

«FirstName» «LastName»
«Address1»
«City», «State» «Zip»

Dear «Salutation» «LastName»,

Your recent «TestName» performed on «CollectionDate» was within normal limits. No further action is needed at this time. Please continue to follow up with «ProviderName» as scheduled.

Sincerely,
«ProviderName», «ProviderCredentials»

[Merge source: Epic Reporting Workbench extract "Normal results - mail". Do not edit field names.]"""
    return dict(subject=pick("Letter template for review", "Updated normal-result template"), frm=staffaddr(staff()), to=[dl("Patient Communications", "pt.comms")],
                text=text, bodyform=pick("qp", "b64"), note="Word mail-merge letter template with «guillemet» merge fields, no values.")


def tp_at_fields(dt):
    text = """Updated SmartText for the Cardiology post-cath letter - please review before Friday.

@PATNAME@ (@AGE@ @SEX@) underwent @PROCNAME@ on @PROCDATE@ via the @ACCESS@ approach.
Findings: ***
Stents placed: {YES/NO:12345}
Antiplatelet plan: {DAPT DURATION:22314}
Follow-up with @ATTPROV@ in *** weeks.

Dot phrases in this family: .CATHLETTER, .CATHFINDINGS, .DAPTPLAN
Owner: Cardiology Informatics. Do not add hard-coded values."""
    return dict(subject=pick("SmartText review", "Post-cath letter template"), frm=staffaddr(staff()), to=[dl("Cardiology Informatics", "cards.informatics")],
                text=text, bodyform=pick("plain7", "alt"), note="Epic SmartText with @PATNAME@/@AGE@ tokens, *** blanks and SmartList ids.")


def tp_jinja(dt):
    tpl = """{% extends "base_letter.html" %}
{% block body %}
<p>Dear {{ patient.first_name | title }},</p>
<p>Our records show your {{ order.test_name }} was collected on {{ order.collected | date("MMMM d, yyyy") }}.</p>
<p>Date of birth on file: {{ patient.dob | date("MM/dd/yyyy") }} &mdash; if this is wrong, call {{ clinic.phone }}.</p>
{% if result.abnormal %}<p>{{ provider.name }} will contact you to discuss.</p>{% endif %}
{% endblock %}
"""
    text = f"""{greet(person().first)}

PR #{R.randint(1000, 2999)} changes the result-letter template (attached). Filters now use the new `date` helper. Unit tests use the fixture patient "Fixture Person" with dob 1900-01-01.

{sig(staff(), 'Software Engineer', 'Digital Products')}"""
    return dict(subject=f"PR #{R.randint(1000, 2999)}: result letter template", frm=staffaddr(staff()), to=[dl("Digital Products", "digital.products")],
                text=text, atts=[att_text("result_letter.html", tpl)], note="Jinja-style HTML template ({{ patient.dob | date }}) with an obviously fictional fixture.")


def tp_percent(dt):
    text = """SMS template library - Scheduling (v{0})

APPT_REMIND_48H: "Hi %FNAME%, reminder of your visit at %LOCATION% on %APPTDATE% at %APPTTIME%. Reply C to confirm, R to reschedule."
APPT_PREP_FAST: "%FNAME%, please do not eat after midnight before your visit on %APPTDATE%."
APPT_NOSHOW: "We missed you today, %FNAME%. Call %CLINICPHONE% to reschedule."
DOB_VERIFY: "For your security, reply with your date of birth (%DOB% format MM/DD/YYYY)."

Character limit 160. Do not include clinic type or reason for visit in any template.""".replace("{0}", f"{R.randint(2, 9)}.{R.randint(0, 9)}")
    return dict(subject="SMS templates - scheduling", frm=staffaddr(staff()), to=[dl("Access Center Leads", "access.leads")], text=text,
                bodyform=pick("b64", "plain7"), note="SMS template library with %FNAME%/%DOB% tokens.")


def tp_double_bracket(dt):
    html = html_doc("""<h3>Release of Information &ndash; cover letter (template)</h3>
<p>[[TODAY]]</p><p>[[REQUESTOR_NAME]]<br>[[REQUESTOR_ADDRESS]]</p>
<p>Re: [[PATIENT_NAME]] &nbsp; DOB [[DOB]] &nbsp; MRN [[MRN]]</p>
<p>Enclosed are the records you requested for dates of service [[DOS_FROM]] through [[DOS_TO]]. Pages: [[PAGE_COUNT]]. Fee: $[[FEE]].</p>
<p>Redisclosure of these records is prohibited without further authorization.</p>
<p>[[ROI_SPECIALIST]], Health Information Management</p>""")
    return dict(subject=pick("ROI cover letter template", "New ROI template"), frm=staffaddr(staff()), to=[dl("HIM Release of Information", "him.roi")],
                text="ROI cover letter template - see HTML.", html=html, bodyform="html", note="ROI cover-letter template with [[DOB]]/[[MRN]] placeholders.")


def tp_blank_requisition(dt):
    lines = ["RIVERSIDE HEALTH OUTPATIENT LABORATORY REQUISITION", "", "Patient name: ______________________________   DOB: __/__/____",
             "MRN: RH_______   Sex: [ ] M  [ ] F  [ ] X", "Insurance ID: ________________   Ordering provider: ______________  NPI: __________", "",
             "[ ] CBC w/ diff (85025)   [ ] CMP (80053)   [ ] Lipid panel (80061)   [ ] HbA1c (83036)",
             "[ ] TSH (84443)   [ ] PSA, screening (G0103)   [ ] Urinalysis (81003)   [ ] Vitamin D (82306)", "",
             "Diagnosis code(s) (ICD-10-CM): ________  ________  ________", "Fasting: [ ] yes [ ] no     Collection date/time: ____________", "",
             "Form LAB-101 rev " + f"{MON[dt.month - 1]}-{dt.year}"]
    return dict(subject="Blank requisition - updated", frm=("Lab Outreach", f"lab.outreach@{ORG}"), to=[dl("Clinic Managers", "clinic.managers")],
                text="The updated blank requisition is attached. Please recycle old stock (rev 2022).", atts=[att_pdf("LAB-101_blank.pdf", lines, flate=chance(0.5))],
                note="Blank lab requisition PDF with underscores and CPT codes; no patient.")


def tp_consent(dt):
    lines = ["CONSENT FOR TELEHEALTH SERVICES (blank)", "", "I, ______________________ (patient or legal representative), date of birth ___/___/______,",
             "consent to receive health care services by video or telephone from Riverside Health.", "",
             "I understand that: the visit may not be as complete as an in-person exam; I may decline at any time; my information",
             "will be protected as required by HIPAA.", "", "Signature: ____________________   Date: __________   Relationship: __________",
             "Interpreter used: [ ] yes  Name/ID: ________"]
    return dict(subject="Telehealth consent form", frm=staffaddr(staff()), to=[dl("Telehealth Coordinators", "telehealth.coord")], text="Final blank consent attached.",
                atts=[att_pdf("telehealth_consent_blank.pdf", lines, flate=chance(0.5))], note="Blank telehealth consent form PDF.")


def tp_callcenter_macros(dt):
    text = """Access Center macro library - update

#PAIN_TRIAGE
"I'm sorry you're hurting, <caller first name>. I'm going to ask a few questions so the nurse can help. On a scale of 0 to 10..."

#PHARMACY_REFILL
"I can send a refill request for <medication> to <provider>. Which pharmacy should we use?"

#VERIFY
"Can you please confirm the patient's full name and date of birth?" -> document as VERIFIED (never type the DOB in the note)

#RECORDS
"Medical records requests go to HIM at the number I'll give you."

Macros are in Genesys under Scripts > Access Center > 2025."""
    return dict(subject="Macro library update", frm=staffaddr(staff()), to=[dl("Access Center Agents", "access.agents")], text=text,
                bodyform=pick("qp", "alt"), note="Call-centre script macros with <caller first name>/<medication> prompts.")


def tp_interface_spec(dt):
    rows = ["Segment,Field,Name,Required,Example (ILLUSTRATIVE ONLY)",
            "PID,3,Patient identifier list,R,RH#######^^^RH^MR",
            "PID,5,Patient name,R,EXAMPLE^TEST^A",
            "PID,7,Date of birth,R,YYYYMMDD",
            "PID,8,Administrative sex,R,M|F|X|U",
            "PID,11,Address,O,<street>^^<city>^<state>^<zip>",
            "PID,19,SSN,X (never send),n/a",
            "IN1,36,Policy number,O,RHP#########"]
    text = f"""{greet(pick('Vendor team', 'Partners'))}

Attached is the inbound ADT field spec for the new {pick('home-monitoring', 'dental', 'wound-care')} interface. Example values are placeholders - do not send production data in testing; use the TEST environment and the "ZZTEST" patients only.

{sig(staff(), 'Interface Analyst')}"""
    return dict(subject="ADT interface spec", frm=staffaddr(staff()), to=[("Vendor Integration", "integration@homemonitor.example.org")], text=text,
                atts=[att_text("adt_field_spec.csv", "\n".join(rows) + "\n")], note="Interface spec CSV listing PID fields with masked example values (RH#######).")


def tp_quiz(dt):
    text = """HIPAA refresher - quiz answers (for facilitators)

Q1. A nurse e-mails "Patient: [NAME], DOB [DATE], admitted for [DIAGNOSIS]" to a vendor. Is the template itself PHI?  -> No; placeholders identify no one.
Q2. A screenshot shows "Test, Patient" in the training environment. PHI? -> No, fictional test record.
Q3. A hallway whiteboard lists first names and room numbers with diet orders. PHI? -> Yes, in a real unit.
Q4. What is the minimum necessary standard? -> Use/disclose only what is needed for the purpose.

Score 80% to pass. Quiz closes at the end of the month."""
    return dict(subject="Quiz answer key - facilitators only", frm=("Privacy Office", f"privacy@{ORG}"), to=[dl("Privacy Champions", "privacy.champions")], text=text,
                bodyform=pick("plain7", "html"), note="Training quiz answer key with placeholders and fictional test-patient references only.")


def tp_json_schema(dt):
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "AppointmentReminderPayload",
              "type": "object", "required": ["recipient", "appointment"],
              "properties": {"recipient": {"type": "object", "properties": {"firstName": {"type": "string", "examples": ["<first name>"]},
                                                                             "dob": {"type": "string", "format": "date", "examples": ["YYYY-MM-DD"]}}},
                             "appointment": {"type": "object", "properties": {"start": {"type": "string", "format": "date-time"},
                                                                               "departmentId": {"type": "string", "examples": ["DEPT-0000"]}}}}}
    return dict(subject="Reminder payload schema v2", frm=staffaddr(staff()), to=[dl("Digital Products", "digital.products")],
                text="Schema attached. Note: reason-for-visit was removed from the payload on purpose.", atts=[att_text("reminder_schema.json", json.dumps(schema, indent=2))],
                note="JSON schema with placeholder examples ('<first name>', 'YYYY-MM-DD').")


def tp_fax_cover_html(dt):
    tpl = """<html><body><h2>FAX COVER</h2><table border="1"><tr><td>To:</td><td>_________________</td></tr><tr><td>Fax:</td><td>(___) ___-____</td></tr>
<tr><td>Patient:</td><td>_________________ DOB ___/___/_____</td></tr><tr><td>Pages:</td><td>___</td></tr></table>
<p>The documents accompanying this fax may contain confidential health information. If you received this in error, call the sender.</p></body></html>"""
    return dict(subject="Fax cover sheet (blank)", frm=staffaddr(staff()), to=[dl("Clinic Front Desks", "frontdesks")], text="New blank fax cover attached - HTML so it prints from any PC.",
                atts=[att_text("fax_cover_blank.html", tpl)], note="Blank HTML fax cover with underscore lines.")


def tp_hl7_sample(dt):
    segs = [f"MSH|^~\\&|<SENDING_APP>|<FACILITY>|<RECEIVING_APP>|<FACILITY>|<YYYYMMDDHHMMSS>||ORU^R01|<CONTROL_ID>|T|2.5.1",
            "PID|1||<MRN>^^^RH^MR||<LAST>^<FIRST>||<YYYYMMDD>|<SEX>", "OBR|1|<PLACER>|<FILLER>|<LOINC>^<TEST NAME>^LN",
            "OBX|1|NM|<LOINC>^<ANALYTE>^LN||<VALUE>|<UNITS>|<REF RANGE>|<FLAG>|||F"]
    return dict(subject="ORU layout for validation", frm=staffaddr(staff()), to=[("Vendor Integration", "integration@reflab.example.org")],
                text="Layout attached with tokens only (processing id T).", atts=[Att("oru_layout.hl7", "text/plain", hl7msg(segs).encode("ascii"))],
                note="HL7 ORU layout where every patient field is a <TOKEN>.")


def tp_xml_skeleton(dt):
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Continuity of Care Document (template)</title>
  <recordTarget><patientRole><id root="2.16.840.1.113883.3.9999.1" extension="${mrn}"/>
    <patient><name><given>${given}</given><family>${family}</family></name><birthTime value="${birthDate}"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section><title>Problems</title><text>${problemList}</text></section></component></structuredBody></component>
</ClinicalDocument>
"""
    return dict(subject="CCD template for HIE onboarding", frm=staffaddr(staff()), to=[("HIE Onboarding", "onboarding@careconnect-hie.example.org")],
                text="Our CCD skeleton with ${} tokens, per your onboarding checklist.", atts=[att_text("ccd_template.xml", xml)],
                note="C-CDA skeleton XML with ${mrn}/${given} tokens.")


def tp_letter_pdf_sample(dt):
    lines = ["SAMPLE - NOT A REAL PATIENT", "", "Dear Test Patient,", "",
             "This is a sample of the new appointment-confirmation letter layout. Fields shown in brackets are filled from the",
             "scheduling system: [Clinic], [Date], [Time], [Arrival instructions].", "", "Rendering notes: logo 1.2 in, margins 0.75 in, font 11 pt."]
    return dict(subject="Letter layout proof", frm=("PrintShop Proofs", "proofs@printshop.example.org"), to=[dl("Patient Communications", "pt.comms")],
                text=f"{banner()}Proof attached for approval.", inbound=True, relay="mail.printshop.example.org",
                atts=[att_pdf("proof_appt_letter.pdf", lines, flate=chance(0.5))], note="Print-vendor letter proof labelled SAMPLE with 'Test Patient' and [bracket] fields.")


def tp_mailchimp_cal(dt):
    text = """Hi *|FNAME|*,

You're registered for {{event.name}} on {{event.date}}. Add it to your calendar and we'll see you there.

Manage preferences: *|UPDATE_PROFILE|*"""
    return dict(subject="Registration confirmation template", frm=staffaddr(staff()), to=[dl("Marketing Ops", "marketing.ops")], text=text,
                bodyform=pick("qp", "plain7", "b64"), note="Event confirmation template with *|FNAME|* and {{event.*}} tokens.")


TP_BUILDERS = [tp_guillemet, tp_at_fields, tp_jinja, tp_percent, tp_double_bracket, tp_blank_requisition, tp_consent, tp_callcenter_macros,
               tp_interface_spec, tp_quiz, tp_json_schema, tp_fax_cover_html, tp_hl7_sample, tp_xml_skeleton, tp_letter_pdf_sample, tp_mailchimp_cal]


def tp_dotphrase_ob(dt):
    text = """New dot phrase for OB new-patient visits: .OBNEWRH

G***P***  at ***w***d by {Dating method:31822}
EDD: ***
Blood type: {ABO/Rh:31823}   Rubella: {Immune/Non-immune:31824}
Plan:
 - Prenatal panel ordered {Yes/No:1}
 - Genetic screening offered: {cfDNA/quad/declined:31825}
 - Aspirin 81 mg from 12 weeks if {Risk factors:31826}

Please copy to your personal SmartPhrase list before go-live."""
    return dict(subject="New OB dot phrase", frm=staffaddr(staff()), to=[dl("Women's Health Providers", "wh.providers")], text=text,
                bodyform=pick("plain7", "alt"), note="OB dot phrase with *** blanks and {SmartList} pick-lists; no patient.")


def tp_erb(dt):
    tpl = """<%# app/views/reminders/visit.text.erb %>
Hi <%= @recipient.first_name %>,
Your visit with <%= @provider.display_name %> is on <%= l(@appointment.starts_at, format: :long) %>.
<% if @appointment.requires_fasting? %>Please do not eat after midnight.<% end %>
Reply STOP to opt out.
"""
    return dict(subject="ERB reminder template", frm=staffaddr(staff()), to=[dl("Digital Products", "digital.products")],
                text="Ruby view for the reminder service attached (text/plain version).", atts=[att_text("visit.text.txt", tpl)],
                note="ERB template with <%= @recipient.first_name %> tokens, TXT attachment.")


def tp_medrec_worksheet(dt):
    text = """MEDICATION RECONCILIATION WORKSHEET (blank - print double-sided)

Patient label here: ______________________
Source of list: [ ] patient  [ ] family  [ ] pharmacy fill history  [ ] outside records

Medication name | Dose | Route | Frequency | Last dose taken | Continue / Hold / Stop
________________|______|_______|___________|_________________|______________________
________________|______|_______|___________|_________________|______________________
________________|______|_______|___________|_________________|______________________

Allergies: __________________   Reviewed by: ____________ RN/PharmD   Date: __/__/____"""
    return dict(subject="Blank med rec worksheet", frm=staffaddr(staff("PharmD")), to=[dl("ED Nurses", "ed.nurses")], text=text,
                bodyform=pick("qp", "b64"), note="Blank medication-reconciliation worksheet with underscore lines.")


def tp_survey(dt):
    text = """Post-visit survey - e-mail body (draft)

Subject line: How was your visit on {{survey.visit_date}}?

Hi {{survey.recipient_first}},
You recently visited {{survey.location_name}}. Would you take 3 minutes to tell us about it?
[Start survey]

Rules: never merge department names that reveal a service line (e.g., behavioral health, oncology, fertility); use the campus name instead."""
    return dict(subject="Survey e-mail draft", frm=("Patient Experience", f"experience@{ORG}"), to=[dl("Marketing Ops", "marketing.ops")], text=text,
                bodyform=pick("alt", "qp"), note="Survey invitation template with {{survey.*}} tokens and a privacy rule.")


def tp_voicemail(dt):
    text = """Voicemail script - approved by Privacy (use word-for-word)

"Hello, this is [your first name] from Riverside Health calling for [patient FIRST name only]. Please call us back at [clinic main number]. Thank you."

Do NOT leave: the clinic or department name, test names, results, or the reason for the call.
If the greeting names a different person, hang up without leaving a message."""
    return dict(subject="Approved voicemail script", frm=("Privacy Office", f"privacy@{ORG}"), to=[dl("Ambulatory Staff", "ambulatory.staff")], text=text,
                bodyform=pick("plain7", "html"), note="Approved voicemail script with [patient FIRST name only] placeholders.")


TP_BUILDERS += [tp_dotphrase_ob, tp_erb, tp_medrec_worksheet, tp_survey, tp_voicemail]


def mk_blood_drive(dt):
    d = weekday_after(dt, 14)
    text = f"""Give blood, give life

Riverside Health and the regional blood center are hosting a blood drive on {wlong(d)}, 7 AM - 5 PM, Main Campus auditorium. O-negative and platelet donors are especially needed this summer.
Walk-ins welcome; appointments at https://donate.bloodcenter.example.org/riverside
Every donor gets a T-shirt and a coupon for the cafeteria."""
    return dict(subject="Blood drive - sign up", frm=("Community Relations", f"community@{ORG}"), to=[dl("All Riverside Staff", "allstaff")],
                cc=[("Community List", f"community.list@e.{ORG}")], text=text, bodyform=pick("html", "alt"), note="Blood drive promotion to staff and a community list.")


def mk_drive_thru(dt):
    sub = person()
    text = f"""Hi {sub.first},

Riverside Outpatient Pharmacy - Eastgate now has a drive-thru window! Pick up prescriptions without leaving your car, Monday-Saturday 8 AM-8 PM. You can also transfer prescriptions from any pharmacy in the app.

Community members are welcome - you don't need a Riverside doctor to use our pharmacy.

See you soon!
Riverside Outpatient Pharmacy"""
    return dict(subject="New: pharmacy drive-thru", frm=("Riverside Outpatient Pharmacy", f"pharmacy@e.{ORG}"), to=[(sub.full, sub.pemail)], text=text,
                bodyform=pick("qp", "plain7"), note="Pharmacy service promotion to a named subscriber; no prescription or health detail.")


MK_BUILDERS += [mk_blood_drive, mk_drive_thru]


def pd_payer_roster(dt):
    rows = ["Provider Last,Provider First,Credential,NPI,Taxonomy,Specialty,Practice Address,City,State,ZIP,Phone,Accepting New"]
    tax = [("207Q00000X", "Family Medicine"), ("207R00000X", "Internal Medicine"), ("208000000X", "Pediatrics"), ("207V00000X", "Obstetrics & Gynecology"),
           ("207RC0000X", "Cardiovascular Disease"), ("2084N0400X", "Neurology"), ("363L00000X", "Nurse Practitioner"), ("363A00000X", "Physician Assistant")]
    for _ in range(R.randint(6, 10)):
        d = person()
        t = R.choice(tax)
        s1, s2 = address()
        city, rest = s2.split(", ")
        st, z = rest.split(" ")
        rows.append(f"{d.last},{d.first},{pick('MD', 'DO', 'APRN', 'PA-C')},{npi()},{t[0]},{t[1]},\"{s1}\",{city},{st},{z}-{R.randint(1000, 9999)},{phone()},{pick('Y', 'N')}")
    text = f"""{banner()}Hello Riverside Provider Data team,

Attached is the quarterly network roster as loaded in our directory. Per the No Surprises Act directory accuracy rules, please attest or send corrections within 30 days.

{person().full}
Provider Network Management, BlueStar Health Plan (fictional)"""
    return dict(subject="Quarterly directory attestation", frm=("BlueStar Provider Network", "network@bluestarhealth.example.org"), to=[("Provider Data", f"provider.data@{ORG}")],
                text=text, inbound=True, relay="mail.bluestarhealth.example.org", atts=[att_text("network_roster.csv", "\n".join(rows) + "\n")],
                note="Payer network roster CSV: clinicians' NPIs, taxonomy codes and practice addresses; no patients.")


def pd_privileges(dt):
    d = doctor()
    procs = R.sample(["Diagnostic colonoscopy", "EGD with biopsy", "ERCP", "Moderate sedation", "Fluoroscopy (operator)", "Central line placement",
                      "Thoracentesis", "Robotic-assisted surgery (da Vinci)", "Laparoscopic cholecystectomy", "Bronchoscopy with EBUS"], 5)
    text = f"""Medical Staff Office - privileges granted

{d.full}, {d.cred}  |  NPI {npi()}  |  Department of {pick('Surgery', 'Medicine', 'Gastroenterology')}
Appointment: {pick('Active', 'Courtesy', 'Provisional (FPPE)')} staff, {us(dt)} - {us(plus(dt, 730))}
Core privileges: {pick('General Surgery', 'Internal Medicine', 'Gastroenterology')} core
Special privileges:
""" + "\n".join(f"  - {p}" for p in procs) + f"""
FPPE proctor: {doctor().full}, {R.randint(5, 10)} cases
Board certification verified: {pick('ABS', 'ABIM', 'ABIM-GI')} through {dt.year + R.randint(2, 8)}

Credentials Committee approved {us(plus(dt, -7))}; Board ratified {us(plus(dt, -2))}."""
    return dict(subject="Privileges approved", frm=("Medical Staff Office", f"medstaff.office@{ORG}"), to=[dl("OR and Procedure Scheduling", "procedure.scheduling")],
                text=text, bodyform=pick("plain7", "qp", "alt"), note="Privileging notice for a physician with NPI and procedure list; no patient.")


def pd_grand_rounds_bio(dt):
    d = doctor()
    text = f"""Grand Rounds - {wlong(weekday_after(dt, 7))}, 7:30 AM, Auditorium B and Teams

"{pick('Heart failure with preserved ejection fraction: what changed in 2024', 'Sepsis after SEP-1: what the data show', 'Long COVID clinics - two years in', 'Obesity medicine for the generalist')}"

Speaker: {d.full}, {d.cred}
{d.first} {d.last} is professor of medicine at {pick('Lakeshore University', 'Prairie State College of Medicine', 'Northbrook Medical School')} and directs the {pick('heart failure program', 'sepsis research group', 'post-COVID clinic', 'weight management center')}. Dr. {d.last} completed residency at {pick('Boston', 'Chicago', 'Cleveland', 'San Diego')} and fellowship at {pick('Duke', 'Mayo Clinic', 'Johns Hopkins', 'UCSF')}, and has published more than {R.randint(40, 160)} papers. {he_she(d).capitalize()} lives in {R.choice(TOWNS)[0]} with {his_or_her(d)} family and two dogs.

Disclosures: consulting for {pick('a device manufacturer', 'none')}. 1.0 AMA PRA Category 1 Credit."""
    return dict(subject="Grand Rounds this week", frm=("Department of Medicine", f"dom@{ORG}"), to=[dl("Department of Medicine", "dom.all")], text=text,
                bodyform=pick("html", "alt", "qp"), note="Grand-rounds speaker biography; professional details only.")


def pd_telehealth_licensure(dt):
    rows = "".join(f"<tr><td>{htmlmod.escape(p.full)}, {pick('MD', 'DO', 'APRN', 'PsyD', 'LCSW')}</td><td>{', '.join(R.sample(['IL', 'IN', 'WI', 'MI', 'IA', 'MN', 'MO'], R.randint(2, 5)))}</td>"
                   f"<td>{pick('IMLC', 'PSYPACT', 'NLC', 'individual licenses')}</td><td>{us(plus(dt, R.randint(60, 700)))}</td></tr>" for p in [person() for _ in range(R.randint(6, 9))])
    html = html_doc(f"""<p>Virtual Care licensure grid &ndash; updated {us(dt)}</p><table><tr><th>Clinician</th><th>States licensed</th><th>Compact</th><th>Next expiry</th></tr>{rows}</table>
<p>Schedulers: only book out-of-state video visits with clinicians licensed in the patient's location state at the time of the visit.</p>""")
    return dict(subject="Telehealth licensure grid", frm=("Virtual Care Operations", f"virtualcare@{ORG}"), to=[dl("Access Center Leads", "access.leads")],
                text="Licensure grid - see table.", html=html, bodyform="html", note="Clinician licensure-by-state grid; no patients.")


def pd_new_providers(dt):
    ds = [doctor() for _ in range(R.randint(2, 4))]
    text = f"""Please welcome our newest clinicians (effective {longd(plus(dt, 14))}):

""" + "\n\n".join(f"{d.full}, {d.cred} - {pick('Pulmonology', 'Endocrinology', 'Pediatric Gastroenterology', 'Sports Medicine', 'Geriatrics', 'Hematology/Oncology')}\n  {R.choice(SITES)} | NPI {npi()} | Accepting new patients | Languages: English, {pick('Spanish', 'Mandarin', 'Arabic', 'Tagalog', 'Amharic', 'Hindi', 'Polish')}" for d in ds) + f"""

Referral line: {phone()}. Find-a-Doctor profiles go live next week."""
    return dict(subject="New provider announcement", frm=("Physician Relations", f"physician.relations@{ORG}"), to=[dl("Referring Offices", "referring.offices")],
                text=text, bodyform=pick("alt", "plain7"), note="New-clinician announcement with NPIs, specialties and languages.")


def pd_dea_roster(dt):
    rows = []
    for _ in range(R.randint(4, 7)):
        d = doctor()
        rows.append(f"  {d.lastfirst:<26} NPI {npi()}  DEA {dea(d.last)}  exp {us(plus(dt, R.randint(30, 900)))}  state CSR {R.randint(300000, 399999)}")
    text = "Outpatient pharmacy prescriber file - controlled-substance prescribers verified this month\n\n" + "\n".join(rows) + \
        "\n\nPharmacists: verify DEA registration and schedule before filling C-II prescriptions from prescribers not on this list."
    return dict(subject="Verified prescriber list", frm=("Outpatient Pharmacy", f"rx.outpatient@{ORG}"), to=[dl("Outpatient Pharmacists", "rx.pharmacists")], text=text,
                bodyform=pick("plain7", "qp", "b64"), note="Prescriber DEA/NPI verification list; prescribers' own identifiers only.")


def pd_medstaff_notice(dt):
    d = doctor()
    text = f"""Medical Staff Office notice

Effective {longd(plus(dt, 1))}, {d.full}, {d.cred} ({pick('Anesthesiology', 'Radiology', 'Hospital Medicine', 'Emergency Medicine')}) {pick('has resigned from the medical staff to join a practice in Colorado', 'has transferred to the Lakeview campus', 'has completed FPPE and moved to Active staff', 'has retired after 31 years at Riverside')}. Please update call schedules and order routing.

{pick('Open orders under Dr. ' + d.last + ' will be reassigned to the department chair.', 'No action is needed for existing patients.', 'Cross-coverage: ' + doctor().full + '.')}

Medical Staff Services, {phone()}"""
    return dict(subject="Medical staff update", frm=("Medical Staff Office", f"medstaff.office@{ORG}"), to=[dl("Medical Staff", "medstaff")], text=text,
                bodyform=pick("plain7", "alt"), note="Medical-staff status notice (resignation/leave/retirement) with no reason or health detail.")


def pd_oncall_pdf(dt):
    lines = [f"ON-CALL SCHEDULE - {MONTHS[dt.month - 1].upper()} {dt.year} - {pick('CARDIOLOGY', 'GENERAL SURGERY', 'NEUROLOGY', 'UROLOGY')}", ""]
    docs = [doctor() for _ in range(4)]
    for i in range(1, 29, 3):
        lines.append(f"{MON[dt.month - 1]} {i:2d}-{i + 2:2d}   {R.choice(docs).full:<26} pager {R.randint(3000, 3999)}   cell {phone()}")
    lines += ["", "Backup: department chair. Transfer center 24/7: " + phone()]
    return dict(subject="Call schedule", frm=staffaddr(staff()), to=[dl("Hospital Operators", "operators")], text="Next month's call schedule attached.",
                atts=[att_pdf("call_schedule.pdf", lines, flate=chance(0.5))], note="On-call schedule PDF with clinicians' pagers and phones.")


def pd_fhir_json(dt):
    ents = []
    for _ in range(R.randint(3, 5)):
        d = person()
        ents.append({"resource": {"resourceType": "PractitionerRole", "practitioner": {"display": f"{ascii_fold(d.full)}, {pick('MD', 'DO', 'NP')}"},
                                  "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi()}],
                                  "specialty": [{"coding": [{"system": "http://nucc.org/provider-taxonomy", "code": pick("207Q00000X", "207R00000X", "2084N0400X", "207RC0000X")}]}],
                                  "location": [{"display": R.choice(SITES)}], "telecom": [{"system": "phone", "value": phone()}]}})
    bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(ents), "entry": ents}
    return dict(subject="Directory API sample", frm=staffaddr(staff()), to=[("Partner API", "api@healthapp.example.org")],
                text="Sample PractitionerRole search output from our public directory API (production data is public directory info only).",
                atts=[att_text("practitionerrole.json", json.dumps(bundle, indent=2))], note="FHIR PractitionerRole JSON (public directory: NPI, taxonomy, phone).")


def pd_locum_xml(dt):
    items = "".join(f"""
  <Provider><Name>{ascii_fold(d.full)}</Name><Credential>{pick('MD', 'DO', 'CRNA')}</Credential><NPI>{npi()}</NPI>
    <Specialty>{pick('Anesthesiology', 'Hospitalist', 'Emergency Medicine', 'Radiology')}</Specialty><Start>{plus(dt, 7).isoformat()}</Start><End>{plus(dt, 90).isoformat()}</End></Provider>""" for d in [person() for _ in range(R.randint(2, 4))])
    xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<LocumAssignments agency="Meridian Locums (fictional)">{items}\n</LocumAssignments>\n'
    return dict(subject="Locum assignments - credentialing packets", frm=("Meridian Locums", "credentialing@meridianlocums.example.org"), to=[("Medical Staff Office", f"medstaff.office@{ORG}")],
                text=f"{banner()}Upcoming locum assignments attached (XML for your credentialing system).", inbound=True, relay="mail.meridianlocums.example.org",
                atts=[att_text("locums.xml", xml)], note="Locum assignment XML: clinician names, NPIs and dates.")


def pd_caqh(dt):
    d = doctor()
    text = f"""{greet(d.dr)}

Your CAQH ProView attestation expires on {longd(plus(dt, 12))}. Please log in and re-attest; BlueStar and Meridian will suspend your network participation if it lapses. While you're in there, your {pick('malpractice certificate', 'DEA certificate', 'state license')} on file expires {us(plus(dt, 40))}.

Your CAQH ID: {R.randint(10000000, 19999999)}   NPI: {npi()}

{sig(staff(), 'Credentialing Specialist', 'Provider Enrollment')}"""
    return dict(subject="CAQH re-attestation due", frm=staffaddr(staff()), to=[staffaddr(d)], text=text, note="CAQH re-attestation reminder with the physician's own CAQH id and NPI.")


def pd_retirement(dt):
    d = doctor()
    yrs = R.randint(25, 41)
    text = f"""Celebrating {d.full}

After {yrs} years of caring for families in {R.choice(TOWNS)[0]}, {d.dr} will retire from Riverside {pick('Family Medicine', 'Pediatrics', 'OB/GYN')} on {longd(plus(dt, 45))}. Please join us for cake in the Ashford clinic break room on {wlong(weekday_after(dt, 40))} at 3 PM.

Dr. {d.last}'s patients will receive a letter introducing {doctor().full}, who will assume the practice."""
    return dict(subject=f"Retirement: Dr. {d.last}", frm=("Ashford Clinic", f"ashford.clinic@{ORG}"), to=[dl("Ashford Staff", "ashford.staff")], text=text,
                bodyform=pick("alt", "qp", "html"), note="Physician retirement notice; no reason or health information.")


PD_BUILDERS = [pd_payer_roster, pd_privileges, pd_grand_rounds_bio, pd_telehealth_licensure, pd_new_providers, pd_dea_roster, pd_medstaff_notice,
               pd_oncall_pdf, pd_fhir_json, pd_locum_xml, pd_caqh, pd_retirement]


def pn_dea_renewal(dt):
    d = doctor()
    text = f"""{greet(d.dr)}

Our records show your DEA registration {dea(d.last)} (Schedules 2, 2N, 3, 3N, 4, 5) for the Riverside Main Campus address expires {longd(plus(dt, 45))}. Renew online at the DEA Diversion Control site; the renewal fee is reimbursed through the Medical Staff Office. Send us the new certificate so we can update Epic and the outpatient pharmacy prescriber file.

NPI on file: {npi()}
{sig(staff(), 'Credentialing Coordinator', 'Medical Staff Services')}"""
    return dict(subject="DEA registration expiring", frm=staffaddr(staff()), to=[staffaddr(d)], text=text, note="Prescriber's own DEA renewal reminder with DEA and NPI; no patient.")


def pn_epcs(dt):
    text = f"""EPCS two-factor token migration - action required by {longd(plus(dt, 21))}

All prescribers of controlled substances must move from the hard token to the Imprivata ePCS mobile app. Steps:
1. Install the app on your phone.
2. Visit the identity-proofing station (Main Campus library, Tue/Thu 10-2) with a government photo ID.
3. Complete a test EPCS order in the training environment (use patient "ZZTEST, EPCS").

Residents: your supervising attending's DEA is not a substitute for your own institutional DEA suffix.
Pharmacy Informatics"""
    return dict(subject="EPCS token migration", frm=("Pharmacy Informatics", f"rx.informatics@{ORG}"), to=[dl("All Prescribers", "prescribers.all")], text=text,
                bodyform=pick("alt", "html", "plain7"), note="EPCS token migration notice to all prescribers; test patient is fictional.")


def pn_formulary(dt):
    text = f"""P&T Committee formulary changes (effective {longd(plus(dt, 14))})

ADDED: tirzepatide (Mounjaro) - restricted to Endocrinology and Obesity Medicine for initiation
ADDED: nirmatrelvir/ritonavir - ID-approved order set with interaction checker
REMOVED: ranitidine (all forms), metoclopramide 15 mg tablets
THERAPEUTIC INTERCHANGE: pantoprazole for omeprazole/esomeprazole inpatient; apixaban 2.5/5 mg preferred DOAC
CRITERIA UPDATE: IV iron sucrose preferred over ferric carboxymaltose unless documented intolerance

Questions: drug information line ext {R.randint(4100, 4199)}."""
    return dict(subject="Formulary update", frm=("Pharmacy & Therapeutics", f"pandt@{ORG}"), to=[dl("Medical Staff", "medstaff")], text=text,
                bodyform=pick("qp", "alt"), note="P&T formulary change notice listing drugs only.")


def pn_naloxone(dt):
    text = f"""Reminder: state naloxone co-prescribing requirement

Prescribers must offer a naloxone prescription when issuing an opioid prescription of 90 MME/day or more, or any opioid with a benzodiazepine. The Epic BPA now fires at signing; the "Naloxone offered - declined" reason satisfies the rule.

PDMP check remains mandatory before any Schedule II prescription. {R.randint(82, 97)}% of Riverside prescribers were compliant last quarter.
Opioid Stewardship Committee"""
    return dict(subject="Naloxone co-prescribing", frm=("Opioid Stewardship", f"opioid.stewardship@{ORG}"), to=[dl("All Prescribers", "prescribers.all")], text=text,
                bodyform=pick("plain7", "html"), note="Prescribing rule reminder with a compliance percentage; no patient.")


def pn_rems(dt):
    d = doctor()
    drug = pick(("Clozapine REMS", "clozapine"), ("iPLEDGE", "isotretinoin"), ("TIRF REMS", "transmucosal fentanyl"), ("Opvee/buprenorphine", "buprenorphine"))
    text = f"""{greet(d.dr)}

Your prescriber certification in {drug[0]} lapses on {us(plus(dt, 20))}. Without it, the outpatient pharmacy cannot dispense {drug[1]} under your name. Recertify through the REMS portal (about 20 minutes) and forward the confirmation.

Your prescriber NPI: {npi()}
Outpatient Pharmacy Compliance"""
    return dict(subject=f"{drug[0]} certification", frm=("Pharmacy Compliance", f"rx.compliance@{ORG}"), to=[staffaddr(d)], text=text,
                note="REMS prescriber-certification reminder with prescriber NPI only.")


def pn_state_license(dt):
    rows = ["Prescriber,NPI,IL controlled substance license,Expires,Status"]
    for _ in range(R.randint(5, 8)):
        d = doctor()
        rows.append(f"\"{d.lastfirst}\",{npi()},{pick('336', '436')}.{R.randint(100000, 199999)},{us(plus(dt, R.randint(-10, 120)))},{pick('Active', 'Renewal pending', 'Expired')}")
    return dict(subject="State CS license audit", frm=staffaddr(staff()), to=[dl("Department Chairs", "chairs")],
                text="State controlled-substance license audit attached. Prescribers marked Expired have EPCS suspended until renewal.",
                atts=[att_text("cs_license_audit.csv", "\n".join(rows) + "\n")], note="Prescriber state CS license CSV with NPIs; no patients.")


def pn_recall(dt):
    text = f"""Drug recall - Class II

Product: {pick('metformin ER 500 mg tablets (NDMA)', 'valsartan 160 mg tablets (nitrosamine impurity)', 'lidocaine 2% jelly 30 mL (microbial contamination)')}
NDC {R.randint(10000, 69999)}-{R.randint(100, 999)}-{R.randint(10, 99)}, lots {digits(6)}, {digits(6)}
Riverside stock quarantined {us(dt)}. Outpatient pharmacies will contact affected patients directly through the standard recall process - prescribers do not need to act unless a patient asks.
Pharmacy Quality & Safety"""
    return dict(subject="Drug recall notice", frm=("Pharmacy Quality", f"rx.quality@{ORG}"), to=[dl("All Prescribers", "prescribers.all")], text=text,
                bodyform=pick("b64", "alt"), note="Drug recall notice naming product, NDC and lots; no patient.")


def pn_pdmp_delegate(dt):
    d = doctor()
    dlg = staff("RN")
    text = f"""{greet(d.first)}

{dlg.full}, RN has been approved as your PDMP delegate. {he_she(dlg).capitalize()} can run PDMP reports on your behalf starting today; you remain responsible for reviewing them before prescribing. Your PDMP account is linked to DEA {dea(d.last)} and NPI {npi()}.

Compliance Office"""
    return dict(subject="PDMP delegate approved", frm=("Compliance Office", f"compliance@{ORG}"), to=[staffaddr(d)], cc=[staffaddr(dlg)], text=text,
                bodyform=pick("plain7", "qp"), note="PDMP delegate approval naming prescriber and delegate with prescriber identifiers.")


PN_BUILDERS = [pn_dea_renewal, pn_epcs, pn_formulary, pn_naloxone, pn_rems, pn_state_license, pn_recall, pn_pdmp_delegate]


def nl_lab(dt):
    text = f"""Lab Lines - {MONTHS[dt.month - 1]} {dt.year}

NEW TEST: high-sensitivity troponin I replaces the 4th-generation assay on {longd(plus(dt, 20))}. Units change from ng/mL to ng/L (multiply by 1,000). The 99th percentile URL is 17 ng/L for women and 35 ng/L for men. A 0/1-hour algorithm is built into the ED order set.

REFERENCE RANGE UPDATE: eGFR now reported with the 2021 CKD-EPI equation without race. Expect slightly lower eGFR in some patients formerly reported with the race coefficient.

REMINDER: Lavender tops for HbA1c; a value >= 6.5% on two occasions is diagnostic of diabetes (E11.-).

Questions: {person().full}, Lab Medical Director"""
    return dict(subject="Lab Lines newsletter", frm=("Laboratory Services", f"lab@{ORG}"), to=[dl("Clinical Staff", "clinical.staff")], text=text,
                bodyform=pick("alt", "html", "qp"), note="Laboratory newsletter with analytes, units, reference ranges and ICD codes; no patient.")


def nl_nursing(dt):
    who = person()
    text = f"""The Nightingale Note - nursing newsletter

DAISY Award: congratulations to {who.full}, RN, of {pick('5 East', 'the NICU', 'the Burn Unit', 'PACU')}, nominated by a family for "explaining everything twice without ever making us feel rushed."
Falls: our unit-level falls with injury dropped {R.randint(10, 35)}% after the hourly rounding pilot.
Skills fair: CRRT, chest tubes and the new Alaris guardrails library on {longd(plus(dt, 10))}.
Certification: {R.randint(40, 70)} nurses earned specialty certification this year!"""
    return dict(subject="The Nightingale Note", frm=("Nursing Practice", f"nursing.practice@{ORG}"), to=[dl("All Nursing", "nursing.all")], text=text,
                bodyform=pick("html", "alt", "plain7"), note="Nursing newsletter with an award to a nurse and unit-level falls trend; no patient identified.")


def nl_ip(dt):
    text = f"""Infection Prevention Bulletin

C. difficile (A04.72): hospital-onset rate {round(R.uniform(2.0, 5.5), 1)} per 10,000 patient-days this quarter (NHSN SIR {round(R.uniform(0.5, 1.1), 2)}). Reminder: soap-and-water hand hygiene for C. diff rooms; alcohol gel does not kill spores.
Measles: {R.randint(1, 5)} cases reported in the county. Place any patient with fever and rash in an airborne infection isolation room and page IP.
Candida auris screening: now required for admissions from long-term acute care hospitals.
Hand hygiene compliance: {R.randint(84, 96)}%."""
    return dict(subject="IP Bulletin", frm=("Infection Prevention", f"ip@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text,
                note="Infection-prevention bulletin with rates, county case counts and ICD code; no individual.")


def nl_research(dt):
    text = f"""Research Roundup

Now enrolling: {pick('STRIDE-HF (adults with HFpEF, BMI >= 30)', 'ALPINE-CKD (adults with CKD stage 3-4 and type 2 diabetes)', 'BREATHE-2 (COPD with frequent exacerbations)')}. Refer interested patients to the research nurse line, {phone()}.
Publication: Riverside investigators report that a pharmacist-led transitions program reduced 30-day readmissions from 18% to 13% (n = 1,204).
Grant: $2.1 million PCORI award for rural telehealth hypertension control."""
    return dict(subject="Research Roundup", frm=("Research Institute", f"research@{ORG}"), to=[dl("Medical Staff", "medstaff")], text=text,
                bodyform=pick("qp", "b64"), note="Research newsletter with enrollment criteria and aggregate results; no participant.")


def nl_pharmacy(dt):
    text = f"""Rx Pearls - Pharmacy & Therapeutics newsletter

Pearl 1: Hold SGLT2 inhibitors (empagliflozin, dapagliflozin) 3 days before elective surgery to reduce euglycemic DKA risk (4 days for ertugliflozin).
Pearl 2: GLP-1 receptor agonists and anesthesia - the multisociety guidance now favors a liquid diet 24 h before procedures rather than routinely holding weekly injections.
Pearl 3: Vancomycin AUC-guided dosing (target 400-600 mg*h/L) replaced trough-only monitoring on all adult units.
Shortage watch: {pick('IV fluids', 'amoxicillin suspension', 'methylphenidate ER')}."""
    return dict(subject="Rx Pearls", frm=("Pharmacy & Therapeutics", f"pandt@{ORG}"), to=[dl("Clinical Staff", "clinical.staff")], text=text,
                bodyform=pick("alt", "plain7"), note="Pharmacy newsletter with drug guidance; no patient.")


def nl_quality(dt):
    text = f"""Quality Corner - {MONTHS[dt.month - 1]}

Sepsis SEP-1 bundle compliance: {R.randint(60, 78)}% (goal 75%). Biggest miss: repeat lactate within 6 hours when the first is > 2 mmol/L.
CAUTI: {R.randint(0, 4)} events house-wide. Catheter days down {R.randint(5, 20)}%.
Patient experience: "Communication about medicines" top-box score {R.randint(58, 72)}%.
Thank you to the 6 South team for {R.randint(200, 420)} days without a CLABSI!"""
    return dict(subject="Quality Corner", frm=("Quality & Patient Safety", f"quality@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text,
                bodyform=pick("html", "qp"), note="Quality newsletter with aggregate measures; no patient.")


NL_BUILDERS = [nl_lab, nl_nursing, nl_ip, nl_research, nl_pharmacy, nl_quality]


def ed_coding(dt):
    text = f"""Coding Clinic corner: documenting heart failure

Specify type and acuity so coders can use the specific code:
  I50.21 acute systolic (HFrEF)         I50.31 acute diastolic (HFpEF)
  I50.23 acute on chronic systolic      I50.33 acute on chronic diastolic
  I50.43 acute on chronic combined
"CHF" alone codes to I50.9 and lowers the expected mortality and CC/MCC capture. With hypertension, HF is presumed linked: use I11.0 plus the I50.- code. With CKD too: I13.0.
Next month: sepsis and SIRS (R65.20, R65.21)."""
    return dict(subject="Documentation tip: heart failure", frm=("CDI Program", f"cdi@{ORG}"), to=[dl("Hospitalists", "hospitalists")], text=text,
                bodyform=pick("plain7", "alt"), note="Coding education listing ICD-10-CM codes; no patient.")


def ed_insulin(dt):
    lines = ["INPATIENT INSULIN - QUICK REFERENCE (education handout)", "", "Basal-bolus is preferred over sliding scale alone.",
             "Starting total daily dose: 0.3-0.5 units/kg (0.2-0.3 for age > 70 or eGFR < 45).", "Give 50% as basal (glargine) and 50% as prandial (lispro) divided with meals.",
             "Correction: add lispro per the sensitivity scale when glucose > 150 mg/dL.", "Hypoglycemia (< 70 mg/dL): 15 g fast carbs or D50 25 mL IV if NPO; recheck in 15 min.",
             "HbA1c on admission if none in 3 months."]
    return dict(subject="Insulin quick reference", frm=("Diabetes Education", f"diabetes.ed@{ORG}"), to=[dl("Nursing and Residents", "nursing.residents")],
                text="Updated quick-reference handout attached for badge cards.", atts=[att_pdf("insulin_quickref.pdf", lines, flate=chance(0.5))],
                note="Insulin dosing education PDF with thresholds and units; no patient.")


def ed_sepsis(dt):
    text = """Sepsis - what to do in the first hour (education)

1. Measure lactate; re-measure if initial lactate > 2 mmol/L.
2. Blood cultures before antibiotics.
3. Broad-spectrum antibiotics (e.g., piperacillin-tazobactam 4.5 g IV, plus vancomycin if MRSA risk).
4. 30 mL/kg crystalloid for hypotension or lactate >= 4 mmol/L.
5. Vasopressors (norepinephrine) if MAP < 65 mmHg during or after fluids.
qSOFA: RR >= 22, altered mentation, SBP <= 100. Two or more = higher risk."""
    return dict(subject="Sepsis hour-1 refresher", frm=("Clinical Education", f"clinical.ed@{ORG}"), to=[dl("ED Staff", "ed.staff")], text=text,
                bodyform=pick("qp", "html"), note="Sepsis protocol education with drugs and thresholds.")


def ed_case_free_module(dt):
    text = f"""Learning module {R.randint(100, 199)}: anticoagulation reversal

Warfarin with major bleeding: 4-factor PCC 25-50 units/kg based on INR, plus vitamin K 10 mg IV.
Dabigatran: idarucizumab 5 g IV.
Apixaban/rivaroxaban: andexanet alfa or 4F-PCC 50 units/kg per institutional protocol.
Heparin: protamine 1 mg per 100 units given in the last 2-3 hours.
Complete the 10-question post-test by {longd(plus(dt, 30))} for 1.0 contact hour."""
    return dict(subject="Learning module assigned", frm=("HealthStream", f"learning@{ORG}"), to=[staffaddr(staff("RN"))], text=text,
                note="Assigned e-learning module with reversal-agent dosing; no patient.")


def ed_screening_guideline(dt):
    html = html_doc("""<p><b>Primary care screening cheat sheet (USPSTF)</b></p><table>
<tr><th>Screen</th><th>Who</th><th>How often</th></tr><tr><td>Colorectal cancer</td><td>45&ndash;75</td><td>Colonoscopy q10y / FIT yearly</td></tr>
<tr><td>Breast cancer</td><td>Women 40&ndash;74</td><td>Mammogram q2y</td></tr><tr><td>Lung cancer</td><td>50&ndash;80, 20 pack-years</td><td>LDCT yearly</td></tr>
<tr><td>Hepatitis C</td><td>18&ndash;79</td><td>Once</td></tr><tr><td>Prediabetes/T2D</td><td>35&ndash;70 with overweight</td><td>q3y (HbA1c 5.7&ndash;6.4% = prediabetes)</td></tr></table>""")
    return dict(subject="Screening cheat sheet", frm=("Primary Care Education", f"pc.education@{ORG}"), to=[dl("Primary Care Clinicians", "pc.clinicians")],
                text="Screening cheat sheet - see table.", html=html, bodyform=pick("html", "alt"), note="Screening guideline table with ages and intervals.")


def ed_hipaa_training(dt):
    text = """Privacy minute: texting and e-mail

- Use secure chat (Epic Secure Chat) for patient details, never personal SMS.
- External e-mail containing PHI must carry the "Confidential - PHI" sensitivity label, which encrypts it.
- De-identified means all 18 HIPAA identifiers are removed; initials plus a room number are NOT de-identified.
- Report misdirected e-mail to the Privacy Office within 24 hours."""
    return dict(subject="Privacy minute", frm=("Privacy Office", f"privacy@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text,
                bodyform=pick("plain7", "b64"), note="Privacy training tip mentioning the PHI label by name (header carries no label); no patient.")


def ed_ecg(dt):
    text = f"""ECG rounds - self-study #{R.randint(10, 40)}

Criteria for LVH (Sokolow-Lyon): S in V1 + R in V5 or V6 >= 35 mm.
STEMI: new ST elevation at the J point in 2 contiguous leads >= 1 mm (except V2-V3: >= 2 mm men >= 40 y, >= 2.5 mm men < 40 y, >= 1.5 mm women).
QTc: prolonged > 450 ms (men) / > 460 ms (women); high risk > 500 ms.
Practice tracings (anonymized, from the ECG textbook library) are on the SharePoint page."""
    return dict(subject="ECG rounds self-study", frm=("Cardiology Fellowship", f"cards.fellowship@{ORG}"), to=[dl("Residents", "residents")], text=text,
                bodyform=pick("alt", "qp"), note="ECG education with criteria; practice tracings are textbook, not patient records.")


ED_BUILDERS = [ed_coding, ed_insulin, ed_sepsis, ed_case_free_module, ed_screening_guideline, ed_hipaa_training, ed_ecg]


def ed_stroke(dt):
    text = f"""Stroke alert refresher - {pick('tenecteplase', 'thrombolysis', 'door-to-needle')} update

Effective {longd(plus(dt, 10))} the stroke order set switches from alteplase to tenecteplase 0.25 mg/kg IV bolus (max 25 mg).
Eligibility window: last known well <= 4.5 hours. Blood pressure must be < 185/110 mmHg before the bolus and < 180/105 for 24 hours after.
Hold for: glucose < 50 mg/dL, platelets < 100 x10^3/uL, INR > 1.7, DOAC within 48 h (unless specific level normal).
Large-vessel occlusion: CTA head/neck for NIHSS >= 6; thrombectomy window up to 24 h with perfusion mismatch.
Our median door-to-needle time last quarter: {R.randint(28, 44)} minutes (goal <= 45)."""
    return dict(subject="Stroke alert refresher", frm=("Stroke Program", f"stroke.program@{ORG}"), to=[dl("ED and Neuro Staff", "ed.neuro")], text=text,
                bodyform=pick("html", "plain7"), note="Stroke thrombolysis education with dosing and thresholds; aggregate door-to-needle median only.")


def ed_peds_dosing(dt):
    lines = ["PEDIATRIC WEIGHT-BASED DOSING - POCKET CARD (education)", "", "Acetaminophen 15 mg/kg PO q6h (max 75 mg/kg/day)",
             "Ibuprofen 10 mg/kg PO q6h (age > 6 months)", "Amoxicillin (otitis media) 80-90 mg/kg/day divided BID",
             "Ondansetron 0.15 mg/kg (max 4 mg)", f"Dexamethasone (croup) 0.6 mg/kg PO once (max {pick('10', '16')} mg)", "",
             f"Always weigh in kilograms. Card revision {MON[dt.month - 1]}-{dt.year}."]
    return dict(subject="Peds dosing pocket card", frm=("Pediatric Education", f"peds.education@{ORG}"), to=[dl("ED Staff", "ed.staff")],
                text="New pocket card attached - printed copies at the ED desk.", atts=[att_pdf("peds_dosing_card.pdf", lines, flate=chance(0.5))],
                note="Pediatric dosing education card (PDF) with mg/kg doses; no patient.")


ED_BUILDERS += [ed_stroke, ed_peds_dosing]


def ag_dashboard(dt):
    rows = ["Clinic,Patients with diabetes,A1c < 8%,BP < 140/90,Statin prescribed"]
    for c in ["Ashford FM", "Millbrook FM", "Eastgate IM", "Lakeview IM", "North Peds (n/a)", "Riverton FQHC"]:
        n = R.randint(180, 1400)
        rows.append(f"{c},{n},{R.randint(55, 78)}%,{R.randint(60, 81)}%,{R.randint(70, 90)}%")
    return dict(subject="Diabetes quality dashboard", frm=("Population Health Analytics", f"pophealth.analytics@{ORG}"), to=[dl("Primary Care Leaders", "pc.leaders")],
                text="Quarterly diabetes measures by clinic attached (counts and rates only).", atts=[att_text("diabetes_measures.csv", "\n".join(rows) + "\n")],
                note="Clinic-level diabetes quality counts and rates; no patient.")


def ag_ed_volume(dt):
    text = f"""ED weekly volume - week ending {us(dt)}

Total visits: {R.randint(1400, 2100):,}   Admitted: {R.randint(18, 26)}%   LWBS: {round(R.uniform(1.0, 3.5), 1)}%
Top chief complaints: abdominal pain ({R.randint(150, 260)}), chest pain ({R.randint(120, 200)}), shortness of breath ({R.randint(90, 170)}), ILI ({R.randint(40, 190)})
Behavioral health boarders > 24 h: {R.randint(3, 15)}
Median door-to-provider: {R.randint(12, 35)} min"""
    return dict(subject="ED weekly volume", frm=("ED Operations", f"ed.ops@{ORG}"), to=[dl("ED Leadership", "ed.leaders")], text=text,
                bodyform=pick("plain7", "html", "qp"), note="Weekly ED volume statistics; aggregate only.")


def ag_cancer_registry(dt):
    html = html_doc(f"""<p>Cancer Registry annual summary ({dt.year - 1})</p><table><tr><th>Site</th><th>Analytic cases</th><th>Stage I&ndash;II</th></tr>
<tr><td>Breast</td><td>{R.randint(250, 380)}</td><td>{R.randint(70, 82)}%</td></tr><tr><td>Lung</td><td>{R.randint(150, 260)}</td><td>{R.randint(28, 40)}%</td></tr>
<tr><td>Colorectal</td><td>{R.randint(90, 170)}</td><td>{R.randint(40, 55)}%</td></tr><tr><td>Pancreas</td><td>{R.randint(30, 60)}</td><td>{R.randint(10, 20)}%</td></tr>
<tr><td>Other sites with fewer than 11 cases</td><td>suppressed</td><td>&ndash;</td></tr></table>""")
    return dict(subject="Cancer registry summary", frm=("Cancer Registry", f"cancer.registry@{ORG}"), to=[dl("Cancer Committee", "cancer.committee")],
                text="Annual summary - see table.", html=html, bodyform=pick("html", "alt"), note="Registry counts by cancer site with small cells suppressed.")


def ag_readmit(dt):
    lines = [f"30-DAY READMISSION REPORT - Q{(dt.month - 1) // 3 + 1} {dt.year}", ""] + \
        [f"{c:<28} index {R.randint(120, 900):>4}   readmits {R.randint(10, 140):>3}   rate {round(R.uniform(9, 22), 1)}%" for c in
         ["Heart failure", "Pneumonia", "COPD", "AMI", "Elective hip/knee", "Sepsis"]] + ["", "Risk-adjusted per CMS methodology. No patient-level data in this report."]
    return dict(subject="Readmission report", frm=("Quality Analytics", f"quality.analytics@{ORG}"), to=[dl("Quality Council", "quality.council")],
                text="Quarterly readmission report attached.", atts=[att_pdf("readmissions_q.pdf", lines, flate=chance(0.5))], note="Condition-level readmission counts and rates (PDF).")


def ag_deid_json(dt):
    data = {"dataset": "sepsis_cohort_deid", "rows": R.randint(2000, 9000), "ageBands": {"18-44": R.randint(300, 900), "45-64": R.randint(800, 2000), "65-89": R.randint(1000, 3000), "90+": R.randint(10, 60)},
            "mortality30d": round(R.uniform(0.08, 0.18), 3), "method": "HIPAA Safe Harbor; dates shifted; ZIP3 only where population > 20,000"}
    return dict(subject="De-identified extract summary", frm=("Research Data Warehouse", f"rdw@{ORG}"), to=[staffaddr(doctor())],
                text="Summary of the de-identified extract for your approved protocol attached.", atts=[att_text("extract_summary.json", json.dumps(data, indent=2))],
                note="Summary of a de-identified dataset: counts by age band and a mortality rate.")


def ag_vaccine_rates(dt):
    text = f"""Community immunization rates by ZIP3 (from the state registry, public report)

606: influenza {R.randint(38, 52)}%, COVID-19 updated dose {R.randint(15, 30)}%
604: influenza {R.randint(38, 52)}%, COVID-19 updated dose {R.randint(15, 30)}%
534: influenza {R.randint(38, 52)}%, COVID-19 updated dose {R.randint(15, 30)}%
Kindergarten MMR 2-dose coverage, county: {round(R.uniform(88, 95), 1)}%"""
    return dict(subject="Community vaccination rates", frm=("Community Health", f"community.health@{ORG}"), to=[dl("Outreach Team", "outreach")], text=text,
                bodyform=pick("b64", "plain7"), note="Public community immunization rates by 3-digit ZIP; aggregate.")


def ag_staffing_ratio(dt):
    text = f"""HCAHPS & outcomes by unit - {MONTHS[dt.month - 1]}

Pressure injuries stage 2+: 4W {R.randint(0, 3)}, 5E {R.randint(0, 3)}, 6S {R.randint(0, 3)} (per 1,000 patient-days: {round(R.uniform(0.2, 1.5), 2)})
Falls with injury: house {R.randint(1, 6)}
Restraint use: {round(R.uniform(1, 4), 1)} per 1,000 patient-days
Median LOS: {round(R.uniform(3.9, 5.2), 1)} days (CMI {round(R.uniform(1.6, 2.1), 2)})"""
    return dict(subject="Unit outcomes", frm=("Nursing Quality", f"nursing.quality@{ORG}"), to=[dl("Nurse Managers", "nurse.managers")], text=text,
                bodyform=pick("alt", "qp"), note="Unit-level event counts and rates.")


AG_BUILDERS = [ag_dashboard, ag_ed_volume, ag_cancer_registry, ag_readmit, ag_deid_json, ag_vaccine_rates, ag_staffing_ratio]


def by_founder(dt):
    text = f"""This week in Riverside history

Our founder, Dr. Eleanor Whitcombe, was born in {R.choice([1878, 1881, 1884])} on a farm outside Millbrook and opened a 12-bed cottage hospital in 1921 with money raised at church suppers. The original bell from that building hangs in the Main Campus atrium. Visit the archives display on the 1st floor through {longd(plus(dt, 30))}."""
    return dict(subject="Riverside history", frm=("Communications", f"communications@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text,
                bodyform=pick("html", "plain7"), note="Founder's birth year in a history note; no health context.")


def by_birthday(dt):
    p = staff()
    n = int(pick("30", "40", "50", "60"))
    d = plus(dt, 2)
    text = f"""Happy birthday to {p.full} in {pick('Patient Access', 'Pharmacy', 'Environmental Services', 'the Cath Lab', 'Food & Nutrition')}! {p.first} turns {n} on {longd(d)} - born in {d.year - n}, the same year {pick('the Main Campus tower opened', 'we got our first MRI', 'the cafeteria started taco Tuesday')}. Cake in the break room at 2!"""
    return dict(subject=f"Birthday cake for {p.first}!", frm=staffaddr(staff()), to=[dl("Department", "dept.team")], text=text,
                bodyform=pick("qp", "plain7", "b64"), note="Staff birthday announcement with age and birth year; no health context.")


def by_anniversary(dt):
    ps = [staff() for _ in range(R.randint(3, 5))]
    text = "Service anniversaries this month\n\n" + "\n".join(f"  {p.full} - {R.randint(5, 40)} years (joined {R.randint(1985, 2019)})" for p in ps) + "\n\nThank you for your dedication!"
    return dict(subject="Service anniversaries", frm=("Human Resources", f"hr@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text,
                bodyform=pick("alt", "plain7"), note="Staff service anniversaries and hire years; no health context.")


def by_centenarian_volunteer(dt):
    v = person()
    text = f"""Volunteer spotlight: {v.full}

Born in {R.randint(1928, 1936)}, {v.first} has volunteered at the Riverside North gift shop every Tuesday for 22 years and still runs the holiday wreath sale. "{pick('I like to keep busy', 'It is the best part of my week', 'The staff are my second family')}," {he_she(v)} says."""
    return dict(subject="Volunteer spotlight", frm=("Volunteer Services", f"volunteers@{ORG}"), to=[dl("Volunteers", "volunteers")], text=text,
                bodyform=pick("html", "qp"), note="Volunteer profile with birth year; no health information.")


def by_alumni(dt):
    text = f"""Riverside School of Nursing - class of {R.choice([1974, 1979, 1984, 1989])} reunion

Classmates born in the early {pick('50s', '60s')}, this one's for you! Join us {wlong(plus(dt, 60))} at the Millbrook Country Club. Organizer: {person().full}. RSVP by {longd(plus(dt, 30))}."""
    return dict(subject="Nursing school reunion", frm=("Alumni Relations", f"alumni@{ORG}"), to=[("Nursing Alumni", f"nursing.alumni@e.{ORG}")], text=text,
                bodyform=pick("plain7", "b64"), note="Reunion invitation referring to birth decades; no health context.")


def by_retirement_party(dt):
    p = staff()
    text = f"""{p.full} is retiring!

Born in {R.randint(1955, 1962)} and hired as a unit clerk in {R.randint(1978, 1990)}, {p.first} has been the heart of {pick('Medical Records', 'the Ashford clinic front desk', 'Sterile Processing', 'the switchboard')} for decades. Send-off lunch {wlong(weekday_after(dt, 10))}, noon, Conference Room 2B. Card in the mailroom."""
    return dict(subject=f"Retirement lunch for {p.first}", frm=staffaddr(staff()), to=[dl("Department", "dept.team")], text=text,
                bodyform=pick("alt", "qp"), note="Retirement announcement with birth and hire years; no health context.")


def by_hr_verification(dt):
    p = staff()
    text = f"""{greet(p.first)}

To finish your I-9 re-verification, please confirm the date of birth on your Workday profile ({MONTHS[R.randint(0, 11)]} {R.randint(1965, 2000)}) matches your passport and bring the document to HR by {longd(plus(dt, 7))}.

HR Operations"""
    return dict(subject="I-9 re-verification", frm=("HR Operations", f"hrops@{ORG}"), to=[staffaddr(p)], text=text, note="Employee's birth month/year for I-9 verification; no health context.")


def by_history_csv(dt):
    rows = ["Name,Role,Born,Years served"] + [f"\"{d.full}\",{pick('Chief of Staff', 'Chief Nursing Officer', 'President')},{R.randint(1890, 1950)},{R.randint(1921, 1990)}-{R.randint(1991, 2015)}" for d in [person() for _ in range(5)]]
    return dict(subject="Leadership portraits - captions", frm=("Archives", f"archives@{ORG}"), to=[dl("Communications", "communications")],
                text="Caption data for the leadership portrait wall attached.", atts=[att_text("portrait_captions.csv", "\n".join(rows) + "\n")],
                note="Historical leaders' birth years and tenure (CSV); no health context.")


BY_BUILDERS = [by_founder, by_birthday, by_anniversary, by_centenarian_volunteer, by_alumni, by_retirement_party, by_hr_verification, by_history_csv]


def sa_schedule(dt):
    ps = [staff("RN") for _ in range(6)]
    text = f"""4 West schedule - week of {longd(plus(dt, 7))}

Days (0700-1930): {', '.join(p.first + ' ' + p.last[0] + '.' for p in ps[:3])}
Nights (1900-0730): {', '.join(p.first + ' ' + p.last[0] + '.' for p in ps[3:])}
Charge: {ps[0].first} (days), {ps[3].first} (nights)
Open shifts: Sat night x2 - incentive pay applies. Swap requests through Kronos by Thursday."""
    return dict(subject="Schedule posted", frm=staffaddr(staff()), to=[dl("4 West Nursing", "4west.rn")], text=text, bodyform=pick("plain7", "qp"),
                note="Staff shift schedule with names; nothing about anyone's health.")


def sa_orientation(dt):
    p = staff()
    text = f"""{greet(p.first)}

Welcome to Riverside! Your new-hire orientation is {wlong(weekday_after(dt, 5))}, 8:00 AM, Education Center room 110. Bring two forms of ID for I-9, your signed offer letter, and wear comfortable shoes for the campus tour. Parking: Garage B, level 4.

Talent Acquisition"""
    return dict(subject="Orientation details", frm=("Talent Acquisition", f"talent@{ORG}"), to=[(p.full, p.pemail)], text=text, note="New-hire orientation logistics.")


def sa_minutes(dt):
    lines = ["PRACTICE COUNCIL MINUTES", f"Date: {us(dt)}  Present: " + ", ".join(staff().full for _ in range(4)), "",
             "1. Budget: travel freeze through Q3.", "2. Badge-access changes on the 6th floor.", "3. Holiday coverage volunteers needed.", "4. Next meeting in 4 weeks."]
    return dict(subject="Council minutes", frm=staffaddr(staff()), to=[dl("Practice Council", "practice.council")], text="Minutes attached.",
                atts=[att_pdf("minutes.pdf", lines, flate=chance(0.5))], note="Meeting minutes PDF with attendee names only.")


def sa_pto(dt):
    p = staff()
    text = f"""Time-off request approved

Employee: {p.full}
Dates: {us(plus(dt, 20))} - {us(plus(dt, 24))}
Type: vacation
Approver: {staff().full}"""
    return dict(subject="PTO approved", frm=("Workday", f"workday@{ORG}"), to=[staffaddr(p)], text=text, bodyform=pick("html", "alt"),
                note="Vacation PTO approval; no reason related to health.")


def sa_competency(dt):
    rows = ["Employee,Unit,Restraint module,Fire safety,Badge renewal"]
    for _ in range(R.randint(5, 8)):
        p = staff()
        rows.append(f"\"{p.lastfirst}\",{R.choice(['4W', '5E', 'ED', 'OR'])},{pick('Done', 'Overdue')},{pick('Done', 'Done', 'Overdue')},{us(plus(dt, R.randint(10, 300)))}")
    return dict(subject="Annual competencies - overdue", frm=("Clinical Education", f"clinical.ed@{ORG}"), to=[dl("Nurse Managers", "nurse.managers")],
                text="Completion status attached; please remind your staff.", atts=[att_text("competencies.csv", "\n".join(rows) + "\n")],
                note="Staff training completion CSV; no health information.")


def sa_holiday(dt):
    text = f"""Holiday coverage sign-up

Thanksgiving and the winter holidays are on the sign-up sheet on the breakroom board. Each RN works one major holiday; seniority breaks ties. Per diem staff get first pick of extra shifts.
- {staff().full}, Nurse Manager"""
    return dict(subject="Holiday sign-up", frm=staffaddr(staff()), to=[dl("5 East Staff", "5east.staff")], text=text, bodyform=pick("plain7", "b64"), note="Holiday coverage sign-up.")


def sa_chain(dt):
    a, b = staff(), staff()
    prev = f"Can you cover my Tuesday 7a on {us(plus(dt, 6))}? I'll take your Saturday."
    text = f"Sure, swapped in Kronos. - {b.first}" + outlook_quote(a, b, dt, "shift swap", prev)
    return dict(subject="RE: shift swap", frm=staffaddr(b), to=[staffaddr(a)], text=text, reply=True, bodyform=pick("qp", "alt"), note="Shift swap chain between staff.")


def sa_cal_meeting(dt):
    d = weekday_after(dt, 3)
    org = staff()
    cal = ics("Staff meeting - 6 South", d, (14, 0), 60, "6 South conference room / Teams", "Agenda: supply par levels, new bed alarms, summer schedule.",
              staffaddr(org), dl("6 South Staff", "6south.staff"))
    return dict(subject="Staff meeting - 6 South", frm=staffaddr(org), to=[dl("6 South Staff", "6south.staff")], text="Agenda: supply par levels, new bed alarms, summer schedule.",
                calendar=cal, bodyform="alt", note="Staff meeting invitation (text/calendar); no patient.")


SA_BUILDERS = [sa_schedule, sa_orientation, sa_minutes, sa_pto, sa_competency, sa_holiday, sa_chain, sa_cal_meeting]


def no_volunteers(dt):
    ps = [person() for _ in range(R.randint(6, 10))]
    text = "Information desk volunteers - next month\n\n" + "\n".join(f"  {WD[i % 5]} {pick('8-12', '12-4')}: {p.full}, {phone()}" for i, p in enumerate(ps))
    return dict(subject="Volunteer roster", frm=("Volunteer Services", f"volunteers@{ORG}"), to=[dl("Volunteers", "volunteers")], text=text,
                bodyform=pick("plain7", "qp"), note="Volunteer roster with names and phones; nothing implies patient status.")


def no_donors(dt):
    ps = [person() for _ in range(R.randint(8, 14))]
    html = html_doc("<p>Thank you to our Foundation Circle members:</p><ul>" + "".join(f"<li>{htmlmod.escape(p.full)}</li>" for p in ps) + "</ul>")
    return dict(subject="Foundation Circle honor roll", frm=("Riverside Health Foundation", f"foundation@give.{ORG}"), to=[dl("Board of Directors", "board")],
                text="Honor roll - see HTML.", html=html, bodyform="html", note="Donor honor roll (names only).")


def no_raffle(dt):
    ps = [person() for _ in range(3)]
    text = f"Gift shop raffle winners: {ps[0].full} (quilt), {ps[1].full} (gift basket), {ps[2].full} (parking pass). Prizes at the gift shop counter."
    return dict(subject="Raffle winners", frm=("Auxiliary", f"auxiliary@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text, bodyform=pick("b64", "alt"),
                note="Raffle winners; names only.")


def no_contractors(dt):
    rows = ["Name,Company,Badge,Area,Escort"] + [f"\"{p.full}\",{R.choice(VENDORS)},TMP-{R.randint(1000, 9999)},{R.choice(['Roof', 'Mechanical room B2', 'Loading dock'])},{pick('Y', 'N')}" for p in [person() for _ in range(6)]]
    return dict(subject="Contractor sign-in", frm=("Facilities", f"facilities@{ORG}"), to=[dl("Security", "security")], text="This week's contractor list attached.",
                atts=[att_text("contractors.csv", "\n".join(rows) + "\n")], note="Contractor sign-in CSV with names and temporary badges.")


def no_scholarship(dt):
    ps = [person() for _ in range(R.randint(3, 5))]
    text = "Congratulations to the Riverside Auxiliary scholarship recipients:\n\n" + "\n".join(f"  {p.full} - {pick('Millbrook HS', 'Ashford Central HS', 'Riverton Academy')}, plans to study {pick('nursing', 'pharmacy', 'respiratory therapy', 'radiologic technology')}" for p in ps)
    return dict(subject="Scholarship recipients", frm=("Auxiliary", f"auxiliary@{ORG}"), to=[dl("Auxiliary Members", "auxiliary.members")], text=text,
                bodyform=pick("alt", "plain7"), note="Scholarship recipients and schools; no health information.")


def no_choir(dt):
    ps = [person() for _ in range(R.randint(8, 12))]
    text = "Holiday choir - section list\n\nSopranos: " + ", ".join(p.full for p in ps[:4]) + "\nAltos: " + ", ".join(p.full for p in ps[4:7]) + "\nTenors/Basses: " + ", ".join(p.full for p in ps[7:]) + \
        f"\n\nRehearsal {wlong(weekday_after(dt, 4))} 5:30 PM, chapel."
    return dict(subject="Choir sections", frm=staffaddr(staff()), to=[dl("Holiday Choir", "choir")], text=text, bodyform=pick("qp", "plain7"), note="Choir section list; names only.")


def no_cafe_catering(dt):
    ps = [person() for _ in range(R.randint(6, 9))]
    lines = ["BOARD DINNER - PLACE CARDS", ""] + [f"{p.full} - {pick('chicken', 'salmon', 'vegetarian')}" for p in ps]
    return dict(subject="Place cards", frm=("Food & Nutrition Catering", f"catering@{ORG}"), to=[dl("Executive Assistants", "exec.assistants")],
                text="Place card list for Thursday attached.", atts=[att_pdf("place_cards.pdf", lines, flate=chance(0.5))], note="Dinner guest list with meal choices (not diets for medical reasons).")


def no_library(dt):
    p = person()
    text = f"""{greet(p.first)}

The book you reserved at the Riverside Community Health Library, "{pick('The Emperor of All Maladies', 'Being Mortal', 'The Body Keeps the Score', 'Five Days at Memorial')}", is ready for pickup at the Main Campus library desk until {longd(plus(dt, 7))}.

Community Health Library"""
    return dict(subject="Your hold is ready", frm=("Community Health Library", f"library@{ORG}"), to=[(p.full, p.pemail)], text=text,
                note="Library hold notice to a named community member for a popular-science book; no health information about the person.")


NO_BUILDERS = [no_volunteers, no_donors, no_raffle, no_contractors, no_scholarship, no_choir, no_cafe_catering, no_library]


def ol_builder(dt):
    topic = R.choice([("Q3 capital budget", "Attached are the final capital requests. Imaging replacements are ranked 1-3."),
                      ("Parking garage closure", "Garage A level 2 closes for resurfacing next week."),
                      ("Policy review", "Please review the updated travel policy before the committee meets."),
                      ("Vendor contract", "Legal approved the redlines; awaiting signature."),
                      ("Town hall slides", "Slides for the CEO town hall are attached for rehearsal."),
                      ("Space planning", "The 3rd floor swing space plan is final."),
                      ("Org chart", "Updated org chart after the reorganization."),
                      ("Audit timeline", "External auditors arrive on site next month."),
                      ("Teams migration", "Channel clean-up must be done before the migration."),
                      ("Strategic plan", "Draft pillars for the 2026 plan."),
                      ("Supply chain", "Glove supplier change effective next quarter.")])
    who, to = staff(), staff()
    kind = pick("general", "internal")
    text = f"{greet(to.first)}\n\n{topic[1]}\n\n{thanks()}\n{sig(who, pick('Director', 'Manager', 'Analyst', 'Coordinator'))}"
    atts = []
    if chance(0.3):
        atts = [att_pdf(pick("summary.pdf", "draft.pdf"), [topic[0], "", topic[1]], flate=chance(0.5))]
    return dict(subject=topic[0], frm=staffaddr(who), to=[staffaddr(to)], text=text, label=(kind, None if chance(0.7) else kind.capitalize()), atts=atts,
                note=f"Operational mail ({topic[0]}) carrying the '{kind.capitalize()}' sensitivity label, not the PHI label.")


OL_BUILDERS = [ol_builder]


def gn_it_outage(dt):
    text = f"""IT Service Desk: {pick('Wi-Fi (RH-Staff) intermittent on the 5th floor', 'Printing delays from Citrix', 'Imprivata badge tap slow', 'VPN reconnect issue')}
Status: investigating. Workaround: {pick('use the wired dock', 'print from the local workstation', 'type your password', 'restart the client')}.
Incident INC{R.randint(1000000, 9999999)}. Next update in 60 minutes."""
    return dict(subject="IT incident", frm=("IT Service Desk", f"servicedesk@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text, bodyform=pick("plain7", "html"), note="IT incident notice.")


def gn_shipping(dt):
    text = f"""{banner()}Your shipment is on the way

Order {R.randint(10000000, 99999999)} - {pick('2 pallets copy paper', '12 cases exam gloves (nitrile, M)', 'replacement keyboards x40', 'IV poles x 24')}
Carrier: {pick('UPS Freight', 'FedEx Ground', 'XPO')}  Tracking {pick('1Z', '')}{digits(16)}
Deliver to: Riverside Main Campus Receiving Dock 3, 2200 Riverside Pkwy, Millbrook IL 60536-{R.randint(1000, 9999)}
Estimated delivery: {wlong(plus(dt, 2))}"""
    return dict(subject="Shipment notification", frm=("Crestline Orders", "orders@crestline.example.org"), to=[("Receiving", f"receiving@{ORG}")], text=text,
                inbound=True, relay="mail.crestline.example.org", bodyform=pick("alt", "b64"), note="Vendor shipping notification.")


def gn_invoice_pdf(dt):
    lines = [f"INVOICE {R.randint(100000, 999999)}", f"Date: {us(dt)}", "Bill to: Riverside Health, Accounts Payable", "",
             f"Elevator maintenance, {pick('March', 'April', 'Q2')}   ${R.randint(3000, 9000)}.00", f"After-hours call-out   ${R.randint(400, 1200)}.00", "", "Terms: net 45"]
    return dict(subject="Invoice", frm=("Halvorsen Elevator", "billing@halvorsen.example.org"), to=[("Accounts Payable", f"ap@{ORG}")], text=f"{banner()}Invoice attached.",
                inbound=True, relay="mail.halvorsen.example.org", atts=[att_pdf("invoice.pdf", lines, flate=chance(0.5))], note="Vendor invoice PDF.")


def gn_forwarded_vendor(dt):
    inner = build(dict(date=datetime.datetime(dt.year, dt.month, dt.day, 8, 0, 0), text="Your quote for 40 replacement workstation monitors is attached. Valid 30 days.",
                       bodyform="plain7", frm=("Sales", "sales@prairieoffice.example.org"), to=[staffaddr(staff())], subject="Quote Q-" + str(R.randint(10000, 99999))), outer=False)[0]
    return dict(subject="FW: Quote", frm=staffaddr(staff()), to=[dl("IT Procurement", "it.procurement")], text="Forwarding for approval.", atts=[Fwd(inner, "Quote.eml")],
                note="Forwarded vendor quote (message/rfc822).")


def gn_phishing(dt):
    text = f"""Phishing simulation results - {MONTHS[dt.month - 1]}

Click rate: {round(R.uniform(3, 9), 1)}% (down from {round(R.uniform(9, 14), 1)}%). Report rate: {R.randint(40, 70)}%.
The lure was a fake "voicemail transcript" from an external sender. Remember: look for the [EXTERNAL] banner.
Information Security"""
    return dict(subject="Phishing test results", frm=("Information Security", f"infosec@{ORG}"), to=[dl("All Riverside Staff", "allstaff")], text=text, bodyform=pick("qp", "alt"),
                note="Security awareness statistics.")


def gn_cafeteria_json(dt):
    menu = {"week": plus(dt, 3).isoformat(), "specials": [{"day": d, "entree": e} for d, e in zip(["Mon", "Tue", "Wed"], R.sample(["turkey chili", "pho", "jollof rice", "pierogi", "chana masala", "fish tacos"], 3))]}
    return dict(subject="Menu feed", frm=("Food Services", f"foodservices@{ORG}"), to=[dl("Digital Signage", "signage")], text="Menu JSON for the lobby screens.",
                atts=[att_text("menu.json", json.dumps(menu, indent=2))], note="Cafeteria menu JSON.")


def gn_budget_xml(dt):
    xml = f'<?xml version="1.0"?>\n<BudgetTransfer id="BT{R.randint(10000, 99999)}"><From cc="{R.randint(1000, 9999)}"/><To cc="{R.randint(1000, 9999)}"/><Amount>{R.randint(1000, 90000)}.00</Amount></BudgetTransfer>\n'
    return dict(subject="Budget transfer", frm=staffaddr(staff()), to=[dl("Finance", "finance")], text="Transfer file attached.", atts=[att_text("transfer.xml", xml)],
                note="Budget transfer XML between cost centres.")


def gn_hl7_mfn(dt):
    segs = [f"MSH|^~\\&|EPIC|RIVERSIDE|LIS|RIVERSIDE|{hl7d(dt)}0300||MFN^M02|{R.randint(10000000, 99999999)}|P|2.5.1", f"MFI|PRA||UPD|||AL",
            f"MFE|MUP|||{npi()}", f"STF||{npi()}|{ascii_fold(person().last).upper()}^{ascii_fold(person().first).upper()}|||||A"]
    return dict(subject="Staff master file update", frm=staffaddr(staff()), to=[dl("Interface Team", "interfaces")], text="MFN for the new hospitalist - staff master only.",
                atts=[Att("mfn_staff.hl7", "x-application/hl7-v2+er7", hl7msg(segs).encode("ascii"))], note="HL7 MFN staff master-file update (clinician, no patient).")


def gn_html_att_report(dt):
    tpl = f"<html><body><h1>Uptime report</h1><p>Epic: 99.9{R.randint(0, 9)}% | PACS: 99.8{R.randint(0, 9)}% | Network: 99.99%</p></body></html>"
    return dict(subject="Monthly uptime", frm=("IT Operations", f"itops@{ORG}"), to=[dl("IT Leadership", "it.leaders")], text="Report attached.",
                atts=[att_text("uptime.html", tpl)], note="IT uptime report (HTML attachment).")


def gn_txt_log(dt):
    log = "\n".join(f"{plus(dt, -1).isoformat()} {R.randint(0, 23):02d}:{R.randint(10, 59)} backup job {pick('SQL-FIN', 'FILESRV2', 'EXCH-ARCH')} {pick('OK', 'OK', 'WARN: slow')}" for _ in range(6))
    return dict(subject="Backup summary", frm=("Backup Monitor", f"backup@{ORG}"), to=[dl("Infrastructure", "infra")], text="Nightly backup log attached.",
                atts=[att_text("backup.txt", log + "\n")], note="Backup job log (TXT).")


def gn_cal_vendor(dt):
    d = weekday_after(dt, 6)
    cal = ics("Vendor demo - nurse call system", d, (10, 0), 60, "Teams", "Demo of the new nurse call platform. Demo data only.",
              staffaddr(staff()), dl("Nursing Informatics", "nursing.informatics"))
    return dict(subject="Vendor demo - nurse call", frm=staffaddr(staff()), to=[dl("Nursing Informatics", "nursing.informatics")], text="Demo of the new nurse call platform.",
                calendar=cal, bodyform="alt", note="Vendor demo meeting invitation (text/calendar).")


GN_BUILDERS = [gn_it_outage, gn_shipping, gn_invoice_pdf, gn_forwarded_vendor, gn_phishing, gn_cafeteria_json, gn_budget_xml, gn_hl7_mfn, gn_html_att_report,
               gn_txt_log, gn_cal_vendor]


def note_html_att(dt):
    pt = person()
    b = dob(1940, 1990)
    page = html_doc(f"""<h2>Clinic Note</h2><p><b>{htmlmod.escape(pt.full)}</b> &nbsp; DOB {us(b)}</p>
<p><b>Assessment:</b> {pick('Rheumatoid arthritis, seropositive, moderate activity (CDAI 18)', 'Migraine without aura, 10 headache days/month', 'Gout, recurrent flares of the first MTP')}.</p>
<p><b>Plan:</b> {pick('Start methotrexate 15 mg weekly with folic acid; labs in 4 weeks.', 'Start topiramate 25 mg nightly; headache diary.', 'Start allopurinol 100 mg daily with colchicine prophylaxis.')}</p>""")
    return dict(subject=pick("Note export", "Clinic note for outside records"), frm=staffaddr(staff()), to=[("Records", "records@valleyim.example.org")],
                text="Requested clinic note attached (HTML export).", atts=[att_text("clinic_note.html", page)],
                note="HTML-attachment clinic note for a named patient with DOB, assessment and plan.")


NOTE_BUILDERS.append(note_html_att)


def bill_collections(dt):
    pt = person()
    s1, s2 = address()
    lines = ["FINAL NOTICE", "", pt.full, s1, s2, "", f"Account {R.randint(10000000, 99999999)}   Balance ${R.randint(200, 3200)}.{R.randint(10, 99)}",
             f"Services: {pick('Emergency department visit and CT scan', 'Outpatient surgery - knee arthroscopy', 'Sleep study (polysomnography)')} on {us(plus(dt, -150))}",
             "", "If you cannot pay, you may qualify for financial assistance. Call us before the account is referred to an agency."]
    return dict(subject="Final notice letters - batch", frm=("Patient Financial Services", f"pfs@{ORG}"), to=[dl("Print Center", "print.center")],
                text="One letter in this batch needs manual review (address change) - attached.", atts=[att_pdf("final_notice.pdf", lines, flate=chance(0.5))],
                note="Collection letter PDF with a named patient, address and the services billed.")


def bill_cob(dt):
    pt = person()
    text = f"""Coordination of benefits questionnaire - response received

Patient: {pt.full}
Primary: Riverside Health Plan, member {member_id()}
Secondary: spouse's plan (BlueStar PPO)
Accident-related: {pick('No', 'Yes - motor vehicle accident ' + us(plus(dt, -70)))}
Claims on hold: {R.randint(2, 6)} ({pick('physical therapy', 'orthopedic follow-up', 'ED visit')})
Released for reprocessing {us(dt)}."""
    return dict(subject="COB response", frm=("Claims Operations", f"claims.ops@rhplan.{ORG}"), to=[staffaddr(staff())], text=text, bodyform=pick("plain7", "qp"),
                note="Coordination-of-benefits record with patient name, member id and held claims for care.")


BILL_BUILDERS += [bill_collections, bill_cob]


def pd_match_list(dt):
    rows = "\n".join(f"  {p.full}, MD - {pick('Lakeshore University', 'Prairie State', 'Northbrook', 'University of the Pacific Rim (fictional)')} School of Medicine - {pick('Internal Medicine', 'Family Medicine', 'Emergency Medicine', 'Transitional Year')}" for p in [person() for _ in range(R.randint(5, 8))])
    text = f"Welcome to our incoming interns (start {longd(plus(dt, 90))}):\n\n{rows}\n\nBadge photos and Epic training are scheduled in June.\nGraduate Medical Education"
    return dict(subject="Match results - welcome interns", frm=("GME Office", f"gme@{ORG}"), to=[dl("Medical Staff", "medstaff")], text=text,
                bodyform=pick("alt", "html"), note="Incoming resident list with schools and programs.")


def pd_affiliation_letter(dt):
    d = doctor()
    lines = [longd(dt), "", "To whom it may concern:", "", f"This letter verifies that {d.full}, {d.cred}, NPI {npi()}, has held {pick('Active', 'Courtesy')} medical staff membership",
             f"and clinical privileges in {pick('Internal Medicine', 'Anesthesiology', 'Orthopaedic Surgery')} at Riverside Health since {R.randint(2005, 2020)}.", "",
             "No adverse actions have been taken against these privileges.", "", "Medical Staff Services"]
    return dict(subject="Affiliation verification", frm=("Medical Staff Office", f"medstaff.office@{ORG}"), to=[("Credentialing", "credentialing@lakeviewasc.example.org")],
                text="Verification letter attached.", atts=[att_pdf("affiliation_verification.pdf", lines, flate=chance(0.5))], note="Physician affiliation verification letter (PDF) with NPI.")


def pd_board_cert(dt):
    rows = ["Physician,NPI,Board,Certification expires"] + [f"\"{d.lastfirst}\",{npi()},{pick('ABIM', 'ABFM', 'ABEM', 'ABS', 'ABR', 'ABP')},{us(plus(dt, R.randint(10, 200)))}" for d in [person() for _ in range(R.randint(5, 8))]]
    return dict(subject="Board certifications expiring", frm=staffaddr(staff()), to=[dl("Department Chairs", "chairs")], text="Physicians with board certification expiring in the next 6 months.",
                atts=[att_text("board_cert_expiring.csv", "\n".join(rows) + "\n")], note="Board-certification expiry CSV with physician NPIs.")


def pd_preceptors(dt):
    text = "APP student preceptors - fall term\n\n" + "\n".join(f"  {p.full}, {pick('APRN, FNP-BC', 'PA-C', 'APRN, AGACNP-BC')} - {R.choice(SITES)} - {pick('Mon/Wed', 'Tue/Thu', 'Fri')}" for p in [person() for _ in range(R.randint(4, 7))]) + \
        "\n\nStudents must complete HIPAA and badge training before day one."
    return dict(subject="Preceptor assignments", frm=("APP Education", f"app.education@{ORG}"), to=[dl("APP Leadership", "app.leaders")], text=text,
                bodyform=pick("plain7", "qp"), note="Advanced-practice preceptor list; clinicians only.")


PD_BUILDERS += [pd_match_list, pd_affiliation_letter, pd_board_cert, pd_preceptors]


# ==============================================================================================
# plan and output
# ==============================================================================================
POS_KINDS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration", "billing_claim",
             "hl7", "ccda", "imaging", "label", "mbi"]
PLAN = [
    ("lab_result", LAB_BUILDERS + [lab_greeting_letter]),
    ("imaging", IMG_BUILDERS + [img_name_acc_only]),
    ("appointment", APPT_BUILDERS),
    ("discharge", DC_BUILDERS),
    ("medication", MED_BUILDERS + [med_lowercase_refill]),
    ("referral", REF_BUILDERS + [ref_ortho, ref_external_fax_cover, ref_chain]),
    ("clinical_note", NOTE_BUILDERS + [note_progress, note_sbar_free]),
    ("registration", REG_BUILDERS + [reg_insurance_update, reg_address_change, reg_guarantor]),
    ("billing_claim", BILL_BUILDERS + [bill_denial, bill_eob]),
    ("hl7", HL7_BUILDERS),
    ("ccda", CCDA_BUILDERS + CCDA_BUILDERS),
    ("label", [label_builder] * 7 + [label_with_att] * 3),
    ("mbi", MBI_BUILDERS + [mbi_far, mbi_eligibility, mbi_csv, mbi_chain]),
    ("id_shaped", ID_BUILDERS + [id_ach_remit, id_qc_lot, id_engine_log, id_ssn_shaped_invoice, id_ndc_reorder, id_change_control, id_biomed_serials]),
    ("marketing", MK_BUILDERS + [mk_newsletter_named, mk_newsletter_named, mk_service_line, mk_service_line, mk_job_posting, mk_portal_signup]),
    ("template", TP_BUILDERS),
    ("provider_directory", PD_BUILDERS + [pd_payer_roster, pd_privileges, pd_new_providers, pd_dea_roster, pd_caqh]),
    ("prescriber_notice", PN_BUILDERS + [pn_dea_renewal, pn_rems]),
    ("newsletter", NL_BUILDERS + [nl_nursing, nl_ip, nl_quality, nl_lab]),
    ("education", ED_BUILDERS + [ed_case_free_module]),
    ("aggregate", AG_BUILDERS + [ag_dashboard, ag_ed_volume, ag_staffing_ratio]),
    ("birth_year", BY_BUILDERS + [by_birthday, by_retirement_party]),
    ("staff_admin", SA_BUILDERS + [sa_schedule, sa_pto]),
    ("name_only", NO_BUILDERS + [no_volunteers, no_scholarship]),
    ("other_label", OL_BUILDERS * 10),
    ("general", GN_BUILDERS),
]
FORMS_NOATT = ["alt", "qp", "plain7", "html", "b64", "alt", "plain7", "qp", "html"]
FORMS_ATT = ["alt", "plain7", "html", "qp", "alt", "b64"]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    jobs = [(k, b) for k, bs in PLAN for b in bs]
    R.shuffle(jobs)
    counters = {True: [0, 0], False: [0, 0]}
    labels = []
    for i, (kind, fn) in enumerate(jobs, 1):
        dt = msg_date()
        m = fn(dt)
        phi = kind in POS_KINDS
        m["date"] = dt
        m["from"] = m.pop("frm")
        atts = m.get("atts", [])
        if not m.get("bodyform"):
            c = counters[phi]
            if atts:
                m["bodyform"] = FORMS_ATT[c[1] % len(FORMS_ATT)]
                c[1] += 1
            else:
                m["bodyform"] = FORMS_NOATT[c[0] % len(FORMS_NOATT)]
                c[0] += 1
        if m.get("label") and m["label"][1] is None:
            m["label"] = (m["label"][0],)
        raw, form = build(m)
        name = f"u{i:04d}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        labels.append({"file": name, "phi": phi, "kind": kind, "form": form, "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1)
        fh.write("\n")
    counts = {}
    for l in labels:
        counts[l["kind"]] = counts.get(l["kind"], 0) + 1
    npos = sum(l["phi"] for l in labels)
    for k, _ in PLAN:
        print(f"{k:<20} {counts[k]}")
    print(f"total {len(labels)}  phi=true {npos} ({npos / len(labels):.1%})")


if __name__ == "__main__":
    main()
