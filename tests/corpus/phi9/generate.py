#!/usr/bin/env python3
"""Generator for the phi9 corpus (Python 3, standard library only).

Writes messages/v0001.eml ... and labels.json. Deterministic: fixed seeds, no clock reads, no network,
no iteration over sets. Every MIME structure is built by hand with CRLF line ends; PDFs are hand-built
PDF 1.4 files with exact xref tables."""
import base64
import csv
import datetime
import io
import json
import os
import quopri
import random
import re
import shutil
import zlib
from html import escape as hesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
R = random.Random(990909)        # content
ORDER = random.Random(90909)     # file order
PREFIX = "v"
TENANT = "7b3e9d21-54c6-4f0a-8e2d-1c9f6a0b3d47"
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GENERAL_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INTERNAL_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
DOM = "riversidehealth.example"
POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration", "billing_claim",
       "hl7", "ccda", "imaging", "label", "mbi"]

# ----------------------------------------------------------------------------------------------- identifiers
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def npi():
    base = R.choice("12") + "".join(str(R.randrange(10)) for _ in range(8))
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            return base + c
    raise AssertionError


def dea(last, first_letter="B"):
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    second = asciify(last)[0].upper() if first_letter != "M" else asciify(last)[0].upper()
    return first_letter + second + "".join(map(str, d)) + str(c)


def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}"


def mbi(sep=""):
    A = MBI_ALPHA
    al = A + "0123456789"
    s = (R.choice("123456789") + R.choice(A) + R.choice(al) + str(R.randrange(10)), R.choice(A) + R.choice(al) + str(R.randrange(10)),
         R.choice(A) + R.choice(A) + str(R.randrange(10)) + str(R.randrange(10)))
    return sep.join(s)


def mrn():
    return "RH%07d" % R.randrange(1000000, 10000000)


def member():
    return "RHP%09d" % R.randrange(100000000, 1000000000)


AREAS = ["608", "414", "262", "920", "715", "312", "651"]


def phone(area=None):
    return f"({area or R.choice(AREAS)}) 555-01{R.randrange(100):02d}"


def ph2(area=None):
    return f"{area or R.choice(AREAS)}-555-01{R.randrange(100):02d}"


def asciify(s):
    import unicodedata
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    s = s.translate(str.maketrans({"\u0111": "d", "\u0110": "D", "\u0142": "l", "\u0141": "L", "\u00df": "ss", "\u00f8": "o", "\u00d8": "O"}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ----------------------------------------------------------------------------------------------- people
# (first, last, gender) from many naming traditions; staff are drawn from here by the rng.
# A larger pool built from first names and surnames of the same naming tradition; each generated staff member
# is used once, so one name never carries two different roles.
ORIGINS = [
    (["Adaeze", "Ngozi", "Chiamaka"], ["Chidi", "Emeka", "Ikechukwu"], ["Okonkwo", "Eze", "Nwosu", "Obi", "Uzor"]),
    (["Katarzyna", "Agnieszka", "Magdalena"], ["Tomasz", "Piotr", "Marek"], ["Wieczorek", "Kowalczyk", "Zielinski", "Nowak", "Wojcik"]),
    (["Priya", "Anjali", "Lakshmi", "Divya"], ["Vikram", "Arjun", "Ravi", "Sanjay"], ["Raghunathan", "Desai", "Mehta", "Iyer", "Krishnan", "Subramanian"]),
    (["Carmen", "Rosa", "Alejandra", "Beatriz"], ["Daniel", "Luis", "Jorge", "Rafael"], ["Castellanos", "Villanueva", "Navarro", "Fuentes", "Salazar", "Delgado"]),
    (["Mei-Ling", "Xiu", "Ying"], ["Wei", "Jun", "Hao"], ["Chou", "Zhang", "Liu", "Huang", "Lin"]),
    (["Abena", "Akosua", "Efua"], ["Kwame", "Kofi", "Yaw"], ["Asante", "Mensah", "Osei", "Boateng", "Owusu"]),
    (["Rebecca", "Ingrid", "Karin"], ["Erik", "Lars", "Magnus"], ["Lindqvist", "Halvorsen", "Sorensen", "Bergstrom", "Lindgren"]),
    (["Leila", "Rania", "Nour"], ["Omar", "Tariq", "Karim"], ["Haddad", "Mahmoud", "Khoury", "Saleh", "Nasser"]),
    (["Ji-yeon", "Sun-hee", "Min-ji"], ["Hyun-woo", "Jae-won", "Sung-min"], ["Park", "Cho", "Kim", "Choi", "Jung"]),
    (["Fatima", "Zainab", "Maryam", "Nadia"], ["Imran", "Bilal", "Usman"], ["Siddiqui", "Qureshi", "Hussain", "Shah", "Malik"]),
    (["Siobhan", "Bridget", "Aoife"], ["Sean", "Connor", "Declan"], ["Gallagher", "McCarthy", "Keane", "Fitzgerald", "Brennan"]),
    (["Lucia", "Elena", "Chiara"], ["Alessandro", "Marco", "Luca"], ["Benedetti", "Marchetti", "Ricci", "Conti", "Moretti"]),
    (["Linh", "Huong", "Mai"], ["Thanh", "Duc", "Minh"], ["Pham", "Tran", "Hoang", "Vo", "Dang"]),
    (["Grace", "Emily", "Megan", "Laura"], ["Michael", "Matthew", "Andrew", "Nathan"], ["Abernathy", "Caldwell", "Hartley", "Brooks", "Sutton", "Whitaker"]),
    (["Yuki", "Haruka", "Aiko"], ["Kenji", "Hiroshi", "Takeshi"], ["Morimoto", "Watanabe", "Tanaka", "Sato", "Kobayashi"]),
    (["Svetlana", "Natalia", "Olga"], ["Dmitri", "Sergei", "Alexei"], ["Volkov", "Ivanov", "Kuznetsov", "Petrov", "Sokolov"]),
    (["Aisha", "Amara", "Fatoumata"], ["Mamadou", "Ibrahima", "Ousmane"], ["Bello", "Diallo", "Traore", "Keita", "Sow"]),
    (["Rachel", "Miriam", "Leah"], ["Jonathan", "Ezra", "Yosef"], ["Feldman", "Goldstein", "Kaplan", "Adler", "Rosen"]),
    (["Tamika", "Imani", "Jasmine", "Keisha"], ["Jamal", "Darnell", "Marcus"], ["Robinson", "Washington", "Jefferson", "Carter", "Greene"]),
    (["Hannah", "Lena", "Sabine"], ["Stefan", "Markus", "Jonas"], ["Hoffmann", "Schultz", "Hartmann", "Becker", "Kraus"]),
    (["Sofia", "Eleni", "Katerina"], ["Nikos", "Giorgos", "Dimitris"], ["Papadopoulos", "Georgiou", "Nikolaidis", "Christodoulou"]),
    (["Farah", "Shirin", "Parisa"], ["Reza", "Dariush", "Kaveh"], ["Tehrani", "Karimi", "Rahimi", "Hosseini"]),
    (["Hodan", "Amina", "Faduma"], ["Abdirahman", "Abdi", "Mohamed"], ["Farah", "Warsame", "Hassan", "Ali"]),
    (["Marie-Claire", "Nadege", "Fabienne"], ["Jean-Baptiste", "Emmanuel", "Wesner"], ["Pierre", "Joseph", "Louis", "Charles"]),
    (["Hana", "Elif", "Zeynep"], ["Emre", "Mehmet", "Burak"], ["Yilmaz", "Demir", "Kaya", "Sahin"]),
    (["Maria", "Cristina", "Rowena"], ["Jose", "Ramon", "Paolo"], ["Santos", "Reyes", "Bautista", "Villareal", "Mendoza"]),
    (["Olga", "Ewa", "Irena"], ["Pavel", "Jakub", "Ondrej"], ["Novak", "Dvorak", "Horak", "Svoboda"]),
]
RESERVED = {"Thanh Nguyen", "Keisha Freeman", "Marisol Arredondo", "Gabriela Reyes", "Abdi Warsame", "Karim Haddad", "Jamal Robinson"}
POOL = []


def _fem(l):
    """Feminine surname forms where the tradition has them (Russian -ov/-in, Polish -ski)."""
    if re.search(r"(ov|ev|in)$", l) and l not in ("Lin",):
        return l + "a"
    if l.endswith("ski"):
        return l[:-1] + "a"
    return l


for fs, ms, ls in ORIGINS:
    for l in ls:
        for f in fs:
            POOL.append((f, _fem(l) if ls in (ORIGINS[1][2], ORIGINS[15][2]) else l, "f"))
        for f in ms:
            POOL.append((f, l, "m"))
POOL = [x for x in POOL if f"{x[0]} {x[1]}" not in RESERVED]
R.shuffle(POOL)
_pool_idx = [0]
_used_last = []


def person(title=None):
    """A staff member not used before; avoids repeating a surname used in the last 12 picks."""
    while True:
        f, l, g = POOL[_pool_idx[0] % len(POOL)]
        _pool_idx[0] += 1
        if l not in _used_last[-12:] or _pool_idx[0] > 4 * len(POOL):
            break
    _used_last.append(l)
    return P(f, l, g, title)


_EMAILS = {}


class P:
    def __init__(self, first, last, g="f", title=None, domain=DOM, email=None):
        self.first, self.last, self.g, self.title = first, last, g, title
        if not email:
            base = asciify(first[0] + last).lower().replace("'", "").replace("-", "")
            email = base + "@" + domain
            n = 2
            while email in _EMAILS and _EMAILS[email] != (first, last):
                email = f"{base}{n}@{domain}"
                n += 1
            _EMAILS[email] = (first, last)
        self.email = email
        self.name = f"{first} {last}"

    @property
    def disp(self):
        return self.name + (f", {self.title}" if self.title and self.title.isupper() else "")

    def addr(self):
        return hdr_name(self.disp, self.email)

    def sig(self, role=None, dept=None, phone_=None, org="Riverside Health"):
        lines = [self.disp]
        if role:
            lines.append(role)
        if dept:
            lines.append(dept)
        lines.append(org)
        lines.append(phone_ or phone())
        return "\n".join(lines)


def pdrs():
    return person("MD")


def ext(first, last, g, domain, title=None, email=None):
    return P(first, last, g, title, domain=domain, email=email)


# ----------------------------------------------------------------------------------------------- headers
def enc_word(s):
    if all(ord(c) < 128 for c in s):
        return s
    return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def hdr_name(name, email):
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()"]', name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{enc_word(name)} <{email}>"


def fold(name, value):
    """Fold a header at spaces to keep lines < 78 where possible."""
    line = f"{name}: "
    out = []
    for w in value.split(" "):
        if len(line) + len(w) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " " + w + " "
        else:
            line += w + " "
    out.append(line.rstrip())
    return out


def msip(kind):
    guid, name = {"phi": (PHI_GUID, "Confidential PHI"), "general": (GENERAL_GUID, "General"),
                  "internal": (INTERNAL_GUID, "Internal")}.get(kind[0], (kind[0], None))
    if len(kind) > 1:
        name = kind[1]
    parts = [f"MSIP_Label_{guid}_Enabled=true", f"MSIP_Label_{guid}_SetDate=2025-04-0{R.randrange(1, 9)}T1{R.randrange(10)}:2{R.randrange(10)}:0{R.randrange(10)}Z",
             f"MSIP_Label_{guid}_Method=" + R.choice(["Standard", "Privileged"])]
    if name is not None:
        parts.append(f"MSIP_Label_{guid}_Name={name}")
    parts += [f"MSIP_Label_{guid}_SiteId={TENANT}", f"MSIP_Label_{guid}_ActionId={uuid()}", f"MSIP_Label_{guid}_ContentBits=0"]
    lines = ["msip_labels: " + parts[0] + ";"]
    for p_ in parts[1:]:
        lines.append(" " + p_ + ";")
    lines[-1] = lines[-1].rstrip(";")
    return lines


def uuid():
    h = "%032x" % R.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[R.randrange(4)]}{h[17:20]}-{h[20:32]}"


def thread_index():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode()


HOSTS = ["SA1PR08MB6123", "BN6PR19MB2244", "CH3PR08MB7781", "DM8PR08MB5410", "PH0PR08MB9032", "MW4PR08MB8817"]
BASE_DATE = datetime.datetime(2025, 1, 6, 8, 5, 0, tzinfo=datetime.timezone.utc)


def fmt_date(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0000")


def outlook_date(dt):
    h = dt.hour % 12 or 12
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y ") + f"{h}:{dt.minute:02d} " + ("AM" if dt.hour < 12 else "PM")


# ----------------------------------------------------------------------------------------------- MIME parts
class Leaf:
    def __init__(self, ctype, data, enc="base64", filename=None, charset=None, inline=False, method=None, extra=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.ctype, self.data, self.enc, self.filename = ctype, data, enc, filename
        self.charset = charset if charset is not None else ("utf-8" if ctype.startswith("text/") else None)
        self.method = method
        self.extra = extra or ""

    def render(self):
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"'
        if self.method:
            ct += f"; method={self.method}"
        if self.filename:
            ct += f'; name="{self.filename}"'
        h = [f"Content-Type: {ct}"]
        if self.filename:
            h.append(f'Content-Description: {self.filename}')
            h.append(f'Content-Disposition: attachment; filename="{self.filename}"; size={len(self.data)}')
        h.append(f"Content-Transfer-Encoding: {self.enc}")
        data = self.data
        if self.enc == "base64":
            body = base64.encodebytes(data).decode().replace("\n", "\r\n")
        elif self.enc == "quoted-printable":
            t = data.replace(b"\r\n", b"\n")
            body = quopri.encodestring(t).decode("ascii").replace("\n", "\r\n")
            if not body.endswith("\r\n"):
                body += "\r\n"
        else:
            t = data.decode("ascii").replace("\r\n", "\n")
            body = t.replace("\n", "\r\n")
            if not body.endswith("\r\n"):
                body += "\r\n"
        return "\r\n".join(h) + "\r\n\r\n" + body

    def form(self):
        s = f"{self.ctype};{self.enc}"
        if self.filename:
            s += f' "{self.filename}"'
        if self.ctype == "application/pdf":
            s += " [flate]" if b"/FlateDecode" in self.data else " [uncompressed]"
        return s


class Multi:
    def __init__(self, sub, parts):
        self.sub, self.parts = sub, parts
        self.boundary = "_%03d_%s%s_" % (R.randrange(1000), HOSTS[R.randrange(len(HOSTS))], "%012X" % R.getrandbits(48))

    def render(self):
        out = [f'Content-Type: multipart/{self.sub};\r\n\tboundary="{self.boundary}"']
        if self.sub == "related":
            out[0] += ';\r\n\ttype="multipart/alternative"'
        body = ""
        for p_ in self.parts:
            body += f"--{self.boundary}\r\n" + p_.render() + "\r\n"
        body += f"--{self.boundary}--\r\n"
        return out[0] + "\r\n\r\n" + body

    def form(self):
        return f"multipart/{self.sub}(" + ", ".join(p_.form() for p_ in self.parts) + ")"


class Fwd:
    def __init__(self, raw, name="forwarded.eml"):
        self.raw, self.name = raw, name

    def render(self):
        return ("Content-Type: message/rfc822\r\n" f'Content-Disposition: attachment; filename="{self.name}"\r\n\r\n' + self.raw)

    def form(self):
        return f'message/rfc822 "{self.name}"'


def _wrap_line(line, width):
    m = re.match(r"^((?:> ?)*)(.*)$", line)
    pre, rest = m.group(1), m.group(2)
    out, cur = [], pre
    for w in rest.split(" "):
        if len(cur) + len(w) + 1 > width and cur.strip(" >"):
            out.append(cur.rstrip())
            cur = pre + w + " "
        else:
            cur += w + " "
    out.append(cur.rstrip())
    return out


def _table(line):
    return bool(re.search(r"\S {2,}\S|\t|\|", line)) or line.startswith((" ", ">"))


def _item(line):
    return bool(re.match(r"^\s*([-*\u2022]|\d+[.)]|\d{3,4} - |[A-Z][A-Za-z /#()-]{0,30}:\s)", line))


def _tabular(line):
    return _table(line) or _item(line)


def _join_prose(para):
    """Join hard-wrapped prose lines back into one line each; keep short lines (signatures, sign-offs),
    tables, list items' starts and header-like lines as they are."""
    lines = para.split("\n")
    out = [lines[0]]
    for ln in lines[1:]:
        prev = out[-1]
        if (len(prev) >= 60 and not _table(prev) and not _tabular(ln) and ln.strip()
                and not (prev.rstrip().endswith((".", "!", "?", ":")) and len(ln) < 40)):
            out[-1] = prev.rstrip() + " " + ln.strip()
        else:
            out.append(ln)
    return "\n".join(out)


def flow(text):
    """For QP/base64 bodies: prose paragraphs become one long line each (as Outlook writes them)."""
    return "\n\n".join(_join_prose(p_) for p_ in text.split("\n\n"))


def wrap7(text, width=76):
    """7bit bodies: re-flow prose at `width` columns; wrap any other line that is still too long."""
    out = []
    for ln in flow(text).split("\n"):
        out += _wrap_line(ln, width) if len(ln) > width else [ln]
    return "\n".join(out)


def T(text, enc="7bit", sub="plain"):
    """A text body. enc: 7bit | qp | b64."""
    text = text.strip("\n") + "\n"
    e = {"7bit": "7bit", "qp": "quoted-printable", "b64": "base64"}[enc]
    if sub == "plain":
        text = wrap7(text) if e == "7bit" else flow(text)
    if e == "7bit":
        text.encode("ascii")
    return Leaf("text/" + sub, text, e)


def H(body_html, enc="qp"):
    return T(html_doc(body_html), enc, "html")


def html_doc(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}td{font-family:"Calibri",sans-serif;font-size:10.0pt;}</style>\n'
            '</head>\n<body lang="EN-US">\n<div class="WordSection1">\n' + inner.strip() + "\n</div>\n</body>\n</html>\n")


def html_to_text(h):
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"\s*\n\s*", " ", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    import html as _h
    t = _h.unescape(t).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln.replace("\t", " | ")).strip(" |") for ln in t.split("\n")]
    out = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"


def ALT(body_html, plain=None, penc="qp", henc="qp", cal=None):
    plain = plain if plain is not None else html_to_text(body_html)
    parts = [T(plain, penc), H(body_html, henc)]
    if cal:
        parts.append(Leaf("text/calendar", cal.replace("\r\n", "\n").replace("\n", "\r\n"), "base64", method="REQUEST"))
    return Multi("alternative", parts)


def p(s):
    return "<p class=\"MsoNormal\">" + s + "</p>\n"


def ps(text):
    """Paragraphs of plain text -> HTML <p> with escaping; blank line separates paragraphs."""
    out = ""
    for para in text.strip().split("\n\n"):
        out += p(hesc(para).replace("\n", "<br>\n"))
        out += p("&nbsp;")
    return out


def htable(rows, header=True, border=1):
    s = f'<table border="{border}" cellspacing="0" cellpadding="3" style="border-collapse:collapse">\n'
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        s += "<tr>" + "".join(f"<{tag}>{c if isinstance(c, Raw) else hesc(str(c))}</{tag}>" for c in r) + "</tr>\n"
    return s + "</table>\n"


class Raw(str):
    pass


def ttable(rows, sep="  "):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append(sep.join("-" * w[i] for i in range(len(w))))
    return "\n".join(out)


def CSV(name, rows, enc="base64"):
    b = io.StringIO()
    csv.writer(b, lineterminator="\r\n").writerows(rows)
    return Leaf("text/csv", b.getvalue(), enc, name)


def TXT(name, text, enc="base64"):
    return Leaf("text/plain", text.strip("\n").replace("\n", "\r\n") + "\r\n", enc, name)


def JSONA(name, obj, enc="base64", ctype="application/json"):
    return Leaf(ctype, json.dumps(obj, indent=2, ensure_ascii=False) + "\n", enc, name, charset=None)


def XMLA(name, text, enc="base64", ctype="application/xml"):
    return Leaf(ctype, text.strip() + "\n", enc, name, charset=None)


def HTMLA(name, body_html, enc="base64"):
    return Leaf("text/html", html_doc(body_html), enc, name)


def HL7A(name, segs, ctype="x-application/hl7-v2+er7"):
    data = "\r".join(segs) + "\r"
    return Leaf(ctype, data, "base64", name, charset=None)


def VCARD(name, text):
    return Leaf("text/vcard", text.strip().replace("\n", "\r\n") + "\r\n", "base64", name)


# ----------------------------------------------------------------------------------------------- PDF
def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def PDF(name, lines, flate=False, title=None):
    """Hand-built PDF 1.4: Helvetica text, one content stream per page, exact xref offsets."""
    pages = [lines[i:i + 52] for i in range(0, len(lines), 52)] or [[]]
    objs = []  # list of bytes bodies, object number = index + 1
    n_pages = len(pages)
    font_num = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, pg in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font_num} 0 R /F2 {font_num + 1} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode())
        cs = ["BT"]
        y = 748
        first = True
        for ln in pg:
            bold = ln.startswith("**")
            txt = ln[2:] if bold else ln
            size = 12 if bold else 9.5
            cs.append(f"/{'F2' if bold else 'F1'} {size} Tf")
            if first:
                cs.append(f"54 {y} Td")
                first = False
            else:
                cs.append("0 -14 Td")
            cs.append(f"({pdf_esc(asciify(txt))}) Tj")
        if first:
            cs.append("/F1 9.5 Tf 54 748 Td () Tj")
        cs.append("ET")
        stream = ("\n".join(cs) + "\n").encode("latin-1")
        if flate:
            comp = zlib.compress(stream, 9)
            objs.append(f"<< /Length {len(comp)} /Filter /FlateDecode >>\nstream\n".encode() + comp + b"\nendstream")
        else:
            objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    info = f"<< /Producer (Riverside Health document services) /Title ({pdf_esc(asciify(title or name))}) >>".encode()
    objs.append(info)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, body in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + body + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return Leaf("application/pdf", out, "base64", name, charset=None)


# ----------------------------------------------------------------------------------------------- messages
MESSAGES = []
BANNER = ("CAUTION: This email originated from outside of Riverside Health. Do not click links or open attachments "
          "unless you recognize the sender and know the content is safe.\n\n")


def render_msg(frm, to, subj, body, cc=None, label=None, inbound=False, lang="en-US", dt=None, reply=False, minimal=False):
    dt = dt or BASE_DATE
    host = R.choice(HOSTS)
    h = []
    if inbound:
        sd = frm.email.split("@")[1]
        h += [f"Received: from mail-out.{sd} (203.0.113.{R.randrange(2, 250)}) by",
              f" {host}.namprd08.prod.{DOM} with Microsoft SMTP Server (version=TLS1_2) id 15.20.{R.randrange(7000, 8999)}.{R.randrange(10, 40)};",
              " " + fmt_date(dt + datetime.timedelta(seconds=R.randrange(2, 40))),
              f"Authentication-Results: spf=pass (sender IP is 203.0.113.{R.randrange(2, 250)})",
              f" smtp.mailfrom={sd}; dkim=pass (signature was verified) header.d={sd};dmarc=pass action=none",
              f" header.from={sd};compauth=pass reason=100"]
    h.append("From: " + (frm.addr() if isinstance(frm, P) else frm))
    tos = to if isinstance(to, list) else [to]
    h += fold("To", ", ".join(t.addr() if isinstance(t, P) else t for t in tos))
    if cc:
        ccs = cc if isinstance(cc, list) else [cc]
        h += fold("CC", ", ".join(t.addr() if isinstance(t, P) else t for t in ccs))
    h += fold("Subject", enc_word(subj))
    if not minimal:
        topic = re.sub(r"^((RE|FW|Fwd|AW|WG):\s*)+", "", subj, flags=re.I)
        h += fold("Thread-Topic", enc_word(topic))
        h.append("Thread-Index: " + thread_index())
    h.append("Date: " + fmt_date(dt))
    mid = "%016X" % R.getrandbits(64)
    h.append(f"Message-ID: <{host}{mid}@{host}.namprd08.prod.{DOM}>")
    if reply:
        ref = "%016X" % R.getrandbits(64)
        h.append(f"References: <{host}{ref}@{host}.namprd08.prod.{DOM}>")
        h.append(f"In-Reply-To: <{host}{ref}@{host}.namprd08.prod.{DOM}>")
    if not minimal:
        h.append("Accept-Language: en-US")
        h.append(f"Content-Language: {lang}")
        has_att = isinstance(body, Multi) and body.sub == "mixed"
        h.append("X-MS-Has-Attach: " + ("yes" if has_att else ""))
        h.append("X-MS-TNEF-Correlator:")
        if label:
            h += msip(label)
        h.append(f"X-MS-Exchange-Organization-Network-Message-Id: {uuid()}")
        h.append("X-MS-Exchange-Organization-AuthAs: " + ("Anonymous" if inbound else "Internal"))
        h.append(f"X-MS-Exchange-Organization-AuthSource: {host}.namprd08.prod.{DOM}")
        h.append("X-MS-Exchange-Organization-SCL: " + ("1" if inbound else "-1"))
        h.append("X-MS-Exchange-Organization-AuthMechanism: " + ("05" if inbound else "04"))
    h.append("MIME-Version: 1.0")
    return "\r\n".join(h) + "\r\n" + body.render()


def FWDMSG(frm, to, subj, body, dt_offset_days=3, name=None, **kw):
    dt = BASE_DATE + datetime.timedelta(days=R.randrange(1, 120), hours=R.randrange(0, 9), minutes=R.randrange(60))
    raw = render_msg(frm, to, subj, body, dt=dt, minimal=kw.pop("minimal", True), **kw)
    return Fwd(raw, name or (re.sub(r"[^A-Za-z0-9 _-]", "", asciify(subj))[:40].strip() or "message") + ".eml")


def add(kind, note, frm, to, subj, body, atts=None, **kw):
    if atts:
        body = Multi("mixed", [body] + list(atts))
    MESSAGES.append(dict(kind=kind, note=note, frm=frm, to=to, subj=subj, body=body, kw=kw))


def quote_hdr(frm, to, subj, days_back=1):
    dt = BASE_DATE + datetime.timedelta(days=R.randrange(20, 140), hours=R.randrange(0, 10), minutes=R.randrange(60))
    return (f"From: {frm.disp} <{frm.email}>\nSent: {outlook_date(dt)}\nTo: {to.disp if isinstance(to, P) else to}\n"
            f"Subject: {subj}\n")


def sig_block(p_, role, dept=None, ph=None):
    return "\n" + p_.sig(role, dept, ph)


# =============================================================================================== POSITIVES
# ----------------------------------------------------------------------------------------------- lab_result
def pos_lab():
    K = "lab_result"
    # L1 informal reply chain, no identifiers
    rn, hosp = person("RN"), person("MD")
    add(K, "Nurse reports Mrs. Okafor's potassium 5.9 in a reply chain; name + room + result, no MRN/DOB", rn, hosp, "RE: 4W-18",
        T(f"""Dr. {hosp.last},

her potassium came back at 5.9 on the 0600 draw, lab says not hemolyzed. She's still on lisinopril 20 and
spironolactone 25 from home. Repeat EKG looks the same as admission to me, no peaked T waves that I can see,
but I'd like you to look at it.

Do you want me to hold the spironolactone and recheck at noon? Her daughter is at the bedside and is asking
whether this pushes discharge to tomorrow.

Thanks,
{rn.first}
{rn.sig('Charge Nurse', '4 West Cardiac Step-Down')}

{quote_hdr(hosp, rn, '4W-18')}
Can you page me when Mrs. Okafor's BMP is back? She's the CHF exacerbation in 18, diuresed hard overnight.
{hosp.first}
""", "7bit"), reply=True)

    # L2 lab letter to patient, no MRN/SSN, HTML alt with table
    doc = person("MD")
    pt = ext("Thanh", "Nguyen", "m", "mailbox.example.org")
    rows = [["Test", "Result", "Reference range", "Flag"], ["Total cholesterol", "238 mg/dL", "<200", "H"],
            ["LDL cholesterol (calc)", "161 mg/dL", "<100", "H"], ["HDL cholesterol", "38 mg/dL", ">40", "L"],
            ["Triglycerides", "196 mg/dL", "<150", "H"], ["Hemoglobin A1c", "5.9 %", "4.0-5.6", "H"]]
    add(K, "Result letter to Mr. Thanh Nguyen with lipid panel and A1c table; no MRN, SSN or DOB", doc, pt, "Your recent lab work",
        ALT(p(f"Dear Mr. Nguyen,") + p("&nbsp;") +
            p("Thank you for coming in for your fasting blood work on March 11. Your results are below. Your LDL (&ldquo;bad&rdquo;) "
              "cholesterol is higher than we would like, and your A1c is in the prediabetes range.") + p("&nbsp;") + htable(rows) + p("&nbsp;") +
            p("I recommend we start atorvastatin 20&nbsp;mg daily and that you meet with our dietitian. Please reply to this message or call "
              f"{phone('608')} to schedule. We will repeat the lipid panel in 8&nbsp;weeks.") + p("&nbsp;") +
            p(f"Sincerely,<br>{doc.disp}<br>Riverside Health Family Medicine &ndash; Eastgate")), lang="en-US")

    # L3 result mentioned in passing in a scheduling chain (QP)
    a, b, c = person("MD"), person(), person("RN")
    add(K, "Scheduling chain where a cardiologist mentions Ms. Ferreira's TSH 11.2 and free T4 in passing", a, [b, c],
        "RE: Thursday EP lab list",
        T(f"""{b.first} - swap is fine with me, put Castellanos first and Lindberg second.

One change: please take Ferreira off Thursday. Her TSH came back 11.2 (free T4 0.6) so I don't want to
cardiovert her until she's been on levothyroxine a few weeks. I'll call her myself today. Can you offer
her the 24th instead?

{a.first}

{quote_hdr(b, a, 'Thursday EP lab list')}
Hi Dr. {a.last}, Thursday is Castellanos (ablation), Lindberg (loop recorder), Ferreira (DCCV, 1 hr). Can we
swap the first two? Anesthesia has a late start.
{b.sig('EP Lab Scheduler', 'Heart & Vascular Institute')}
""", "qp"), reply=True)

    # L4 forwarded outside lab result as .eml
    s, nurse = person("MD"), person("RN")
    labsender = ext("Results", "Desk", "f", "northgate-labs.example.org", email="results@northgate-labs.example.org")
    inner = T("""NORTHGATE REFERENCE LABORATORIES - FINAL REPORT

Patient: KOWALSKI, DOROTA          Sex: F      DOB: 07/22/1988
Ordering: Riverside Health GI - Westfield
Collected: 04/02/2025 09:40        Reported: 04/04/2025 15:12

Tissue transglutaminase IgA      148 U/mL      (ref <4)        HIGH
Total IgA                        212 mg/dL     (ref 70-400)
Deamidated gliadin peptide IgG   61 U/mL       (ref <20)       HIGH

Comment: Pattern consistent with celiac disease. Correlate with small-bowel biopsy.
""", "7bit")
    add(K, "Forwarded outside-lab report (rfc822) with celiac serologies for a named patient with DOB", s, nurse,
        "FW: Northgate final", Multi("mixed", [T(f"""{nurse.first}, can you get her on the EGD schedule? This is positive.
Please let her know she should keep eating gluten until the biopsy.
{s.sig('Gastroenterology')}""", "7bit"),
            FWDMSG(labsender, s, "Final report - KOWALSKI, DOROTA", inner, name="Northgate final report.eml")]))

    # L5 CBC in FlateDecode PDF, no MRN
    hem, pcp = person("MD"), ext("Lorraine", "Whitaker", "f", "lakeshorefp.example.org", "MD")
    add(K, "Inbound-bound CBC report PDF (FlateDecode) for Abdi Warsame with DOB, sent to outside PCP", hem, pcp, "Results as requested",
        T(f"""Dr. Whitaker,

Attached are the counts you asked about. Short version: his platelets are recovering and the ANC is above
1,500 now, so I am comfortable with the dental extraction next week.

{hem.sig('Hematology/Oncology', 'Riverside Cancer Center')}""", "7bit"),
        [PDF("CBC_Warsame.pdf", ["**Riverside Health Laboratory - Hematology", "Patient: WARSAME, ABDI M", "DOB: 11/03/1971   Sex: M",
                                 "Collected: 03/27/2025 07:55   Received: 08:10   Verified: 08:42", "",
                                 "Test                    Result     Units      Reference", "WBC                     3.9        K/uL       4.0-11.0  L",
                                 "RBC                     3.71       M/uL       4.40-5.90 L", "Hemoglobin              11.2       g/dL       13.5-17.5 L",
                                 "Hematocrit              33.8       %          40-52     L", "MCV                     91         fL         80-100",
                                 "Platelets               118        K/uL       150-400   L", "Neutrophils (abs)       1.62       K/uL       1.8-7.7   L",
                                 "Lymphocytes (abs)       1.41       K/uL       1.0-4.8", "", "Smear reviewed: no blasts. Mild anisocytosis.",
                                 "Electronically verified by: M. Kaminski, MLS(ASCP)"], flate=True)])

    # L6 lithium level CSV, names in a table
    psy = person("MD")
    nurse = person("RN")
    rows = [["Patient", "Draw date", "Lithium (mmol/L)", "Creatinine (mg/dL)", "TSH (mIU/L)", "Action"],
            ["Brooks, Terrence", "2025-03-03", "1.31", "1.4", "3.2", "Hold 1 dose, recheck 5 days"],
            ["Alvarez, Ximena", "2025-03-03", "0.62", "0.8", "6.8", "Add TSH/FT4 in 6 wks"],
            ["Lindqvist, Per", "2025-03-04", "0.88", "1.0", "2.1", "No change"],
            ["Obuya, Wanjiru", "2025-03-05", "0.41", "0.7", "1.9", "Ask about adherence"],
            ["Carrasco, Benito", "2025-03-05", "1.02", "1.7", "4.0", "eGFR down - renal panel"]]
    add(K, "Psychiatry clinic lithium/creatinine/TSH level list (CSV) with patient names and actions", psy, nurse, "levels this week",
        T(f"""{nurse.first},
This week's lithium levels are in the sheet. Please call Mr. Brooks first (1.31, hold tonight's dose) and
Mr. Carrasco about his creatinine. The rest can go out as portal letters.
{psy.first}""", "7bit"), [CSV("lithium_levels_wk10.csv", rows)])

    # L7 patient's own lowercase e-mail
    pt = ext("Marisol", "Arredondo", "f", "homemail.example")
    doc = person("MD")
    add(K, "Patient's own lower-case e-mail asking about her A1c 8.4 and LDL 162 (inbound)", pt, doc, "question",
        T(f"""{BANNER}hi dr {doc.last.lower()},

i got the email that my labs were ready and i looked. my a1c came back 8.4 and the ldl was 162?? last time
the a1c was 7.6. is that bad? i have been taking the metformin 2x a day like you said but honestly not the
other one because it made my stomach hurt.

do i need to come in or can we talk on the phone. i work until 5.

thanks
marisol arredondo
{ph2('414')}""", "7bit"), inbound=True)

    # L8 parent writes about son's A1c (QP, inbound)
    mom = ext("Gabriela", "Reyes", "f", "familymail.example.org")
    cde = person("RN")
    add(K, "Mother writes that her son Mateo's A1c was 9.1 with CGM readings; family member identifies the child (inbound)", mom, cde,
        "Mateo - numbers since the pump change",
        T(f"""{BANNER}Hola {cde.first},

Quick update like you asked. My son's A1c was 9.1 at the lab on Monday (it was 8.2 in December). His Dexcom
average is 212 and he is going low almost every night around 3 am, lowest was 54 on Saturday.

We changed his basal from 0.45 to 0.40 overnight like Dr. Mehta said but the highs after school are still
bad. He is 12 and he is not always bolusing for his snack, I think that is the problem.

Can someone look at his Tandem settings before his appointment on the 28th?

Gracias,
Gabriela Reyes (Mateo's mom)
""", "qp"), inbound=True)

    # L9 portal message export as TXT
    doc, ma = person("MD"), person()
    export = f"""MyRiverside Patient Portal - Message Thread Export
Thread: "Iron results?"      Exported by: {ma.name} on 02/18/2025 14:05

[02/14/2025 08:12] FROM: Siobhan Keegan (patient)
Hi, the app says my ferritin was 6 and it's flagged low. Is that why I'm so tired? My periods have been
really heavy since the fall.

[02/14/2025 16:40] FROM: {doc.name}, MD
Hi Siobhan - yes, a ferritin of 6 ng/mL means your iron stores are very low, and your hemoglobin was 10.1,
so you have iron deficiency anemia. I'd like to start ferrous sulfate 325 mg every other day and refer you
to gynecology about the heavy bleeding.

[02/15/2025 09:03] FROM: Siobhan Keegan (patient)
OK thank you. Should I take it with orange juice?
"""
    add(K, "Portal message thread export (TXT) in which a patient asks about ferritin 6 and hemoglobin 10.1", ma, doc,
        "portal thread for chart", T(f"Dr. {doc.last}, exported thread attached for the chart as requested.\n\n{ma.sig('Medical Assistant', 'Women’s Health – Northfield')}", "qp"),
        [TXT("portal_thread_Keegan.txt", export)])

    # L10 portal export HTML attachment with urine culture
    rn, doc = person("RN"), person("MD")
    body = ("<h3>MyRiverside &ndash; Conversation export</h3>\n" + htable([
        ["Sent", "From", "Message"],
        ["03/19/2025 7:44 PM", "Eun-ji Baek", "Still burning when I pee and now my back hurts on the right side. Did the culture come back?"],
        ["03/20/2025 10:15 AM", f"{rn.name}, RN", "Hi Eun-ji, your urine culture grew E. coli, more than 100,000 CFU/mL. It is resistant to the "
                                                  "nitrofurantoin you were given. Dr. " + doc.last + " is sending cephalexin 500 mg twice a day for 7 days."],
        ["03/20/2025 10:31 AM", "Eun-ji Baek", "ok thank you. should i still come in friday?"]]))
    add(K, "Portal conversation export (HTML attachment): urine culture E. coli >100,000 CFU/mL, resistance and new antibiotic for a named patient",
        rn, doc, "FW: conversation", T(f"Forwarding so it's in your inbox - she has flank pain now, may need to be seen.\n{rn.first}", "7bit"),
        [HTMLA("Conversation_export.html", body)])

    # L11 name only in the subject
    path, surg = person("MD"), person("MD")
    add(K, "Pathology result (margins, nodes, ER/PR/HER2) where the patient's name appears only in the subject", path, surg,
        "Szabo, Ilona - final path",
        T(f"""Final is signed out. Left breast, lumpectomy with SLNB:

- Invasive ductal carcinoma, grade 2, 1.6 cm
- Margins negative, closest 4 mm (posterior)
- Sentinel nodes 0/3
- ER 95% strong, PR 60%, HER2 IHC 1+ (negative)
- Ki-67 about 15%

Oncotype will go out tomorrow. I can show it at breast conference Tuesday if you want.

{path.sig('Surgical Pathology')}""", "b64"))

    # L12 ED culture callback CSV, name in table column
    pharm = person("PharmD")
    rows = [["Name", "MRN", "ED visit", "Culture", "Organism", "Resistant to", "Discharge abx", "Callback"],
            ["Tomasina Faleolo", mrn(), "03/30", "Urine", "K. pneumoniae ESBL", "ceftriaxone; cephalexin", "cephalexin", "needs change - nitrofurantoin"],
            ["Harold Brandt", mrn(), "03/31", "Wound", "MRSA", "oxacillin", "cephalexin", "needs change - doxycycline"],
            ["Yesenia Olvera", mrn(), "03/31", "Urine", "E. coli", "ampicillin", "nitrofurantoin", "no change - letter"],
            ["Desmond Achterberg", mrn(), "04/01", "Blood 1/2", "Coag-neg staph", "-", "none", "likely contaminant - call PCP"]]
    add(K, "ED culture callback list (CSV): names and MRNs with organisms, resistance and antibiotic changes", pharm, person("MD"),
        "culture callbacks 3/30-4/1",
        T("Four callbacks from the weekend. Two need a change. The ESBL urine one is pregnant per triage note, so nitrofurantoin "
          "rather than cipro. I left voicemails for both.\n\n" + pharm.sig("Emergency Medicine Clinical Pharmacist"), "7bit"),
        [CSV("ed_culture_callbacks.csv", rows)])

    # L13 name in a forwarded header: patient forwards auto-notification
    pt = ext("Keisha", "Freeman", "f", "webmail.example")
    rn = person("RN")
    notif = ext("MyRiverside", "Notifications", "f", DOM, email="noreply-portal@" + DOM)
    inner = T("""Dear Keisha,

A new test result is available in MyRiverside.

Hemoglobin: 9.8 g/dL (Low)   Reference 12.0-15.5
Ferritin: 11 ng/mL (Low)     Reference 15-150

Your care team will contact you if any follow-up is needed. Log in to view the full report.
""", "7bit")
    add(K, "Patient forwards the portal's result notification (rfc822): her name is in the forwarded header/greeting, Hgb 9.8 and ferritin 11",
        pt, rn, "Fwd: New test result", Multi("mixed", [T(BANNER + "Is this normal?? I'm 22 weeks. Nobody called me.\n\nKeisha", "7bit"),
                                                        FWDMSG(notif, pt, "New test result in MyRiverside", inner, name="New test result.eml")]),
        inbound=True)

    # L14 post-vasectomy semen analysis letter, base64 plain
    uro = person("MD")
    add(K, "Letter to Mr. Bogdan Petrescu: post-vasectomy semen analysis with no sperm seen (base64 body)", uro,
        ext("Bogdan", "Petrescu", "m", "inbox.example.org"), "Your test result",
        T(f"""Dear Mr. Petrescu,

Your post-vasectomy semen analysis collected on February 24 showed no sperm (azoospermia) in the
specimen. This means the vasectomy was successful and you may stop using other contraception.

If you have any pain or swelling, please call the Urology clinic at {phone('262')}.

Sincerely,
{uro.disp}
Riverside Health Urology""", "b64"))

    # L15 sweat chloride for a child, QP HTML
    pul = person("MD")
    add(K, "Sweat chloride 72 mmol/L result letter to the parents of a named child (HTML body, QP)", pul,
        ext("Ayesha", "Chaudhry", "f", "homemail.example"), "Sweat test results for Zayan",
        H(p("Dear Mr. and Mrs. Chaudhry,") + p("&nbsp;") +
          p("I am writing about Zayan&rsquo;s sweat chloride test from April 8. The results were:") +
          htable([["Site", "Sweat weight", "Chloride"], ["Left arm", "42 mg", "72 mmol/L"], ["Right arm", "38 mg", "69 mmol/L"]]) +
          p("&nbsp;") + p("A sweat chloride of 60&nbsp;mmol/L or above on both arms is consistent with cystic fibrosis. "
                           "Together with his newborn screen this confirms the diagnosis. Our CF team would like to see Zayan "
                           "and both of you on Tuesday, April 15 at 1:00&nbsp;PM.") +
          p("&nbsp;") + p(f"Warm regards,<br>{pul.disp}<br>Pediatric Pulmonology &amp; Cystic Fibrosis Center"), "qp"))

    # L16 hepatitis B serology JSON webhook
    idoc = person("MD")
    hook = {"event": "result.final", "source": "northgate-labs", "accession": "NG25-0419-3381",
            "patient": {"family": "Oduya", "given": ["Emmanuel"], "birthDate": "1979-05-30", "sex": "male"},
            "orderingProvider": {"name": idoc.name, "npi": npi()},
            "observations": [
                {"code": "5196-1", "display": "Hepatitis B surface Ag", "value": "Reactive", "flag": "A"},
                {"code": "16935-9", "display": "Hepatitis B surface Ab", "value": "<3.1 mIU/mL", "flag": "N"},
                {"code": "13952-7", "display": "Hepatitis B core Ab total", "value": "Reactive", "flag": "A"},
                {"code": "29610-3", "display": "HBV DNA (quant)", "value": "18400 IU/mL", "flag": "H"}]}
    add(K, "Reference-lab webhook payload (JSON, inbound) with HBsAg reactive and HBV DNA for a named patient with birth date",
        ext("Interface", "Alerts", "f", "northgate-labs.example.org", email="interface-alerts@northgate-labs.example.org"), idoc,
        "Result delivery: NG25-0419-3381", T(BANNER + "A final result was delivered to your organization. Payload attached for your records.\n"
                                             "Northgate Reference Laboratories - Client Interfaces", "7bit"),
        [JSONA("NG25-0419-3381.json", hook)], inbound=True)

    # L17 PSA result XML
    urol = person("MD")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<LabReport xmlns="urn:example:lab:results:1" reportId="RPT-58812" status="final">
  <Patient>
    <Name><Family>Haugen</Family><Given>Leif</Given></Name>
    <BirthDate>1957-09-14</BirthDate>
    <Gender>M</Gender>
  </Patient>
  <Order placer="UR-20250312-07" orderedBy="{urol.name}"/>
  <Result code="2857-1" name="Prostate specific Ag" value="12.4" units="ng/mL" range="0.0-4.0" flag="H"/>
  <Result code="10886-0" name="PSA free" value="1.1" units="ng/mL"/>
  <Result code="12841-3" name="PSA free/total" value="9" units="%" flag="L"/>
  <Comment>Prior PSA 6.8 ng/mL (09/2024).</Comment>
</LabReport>"""
    add(K, "Results-interface XML with PSA 12.4 and free PSA for a named man with birth date", urol, person("RN"),
        "Haugen PSA - please schedule biopsy discussion", T("PSA more than doubled since September. Please get him in this week, "
                                                            "30 minutes, and order a prostate MRI ahead of the visit.\n" + urol.first, "7bit"),
        [XMLA("psa_result.xml", xml)])

    # L18 calendar invitation to discuss result
    uro2, sch = person("MD"), person()
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN={sch.name}:mailto:{sch.email}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN={uro2.name}:mailto:{uro2.email}
DESCRIPTION;LANGUAGE=en-US:Phone call with Raymond Tso re: PSA 9.6 (up from 4.
 1) and free PSA 8%. Discuss MRI and biopsy. Best number on file.
UID:040000008200E00074C5B7101A82E008000000005{R.getrandbits(64):016X}
SUMMARY;LANGUAGE=en-US:Call: Raymond Tso - PSA result
DTSTART;TZID=Central Standard Time:20250415T121500
DTEND;TZID=Central Standard Time:20250415T123000
CLASS:PUBLIC
PRIORITY:5
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
"""
    add(K, "Calendar invitation for a call with Raymond Tso about PSA 9.6 and free PSA 8 percent", sch, uro2,
        "Call: Raymond Tso - PSA result", ALT(p("Phone call with Raymond Tso re: PSA 9.6 (up from 4.1) and free PSA 8%. Discuss MRI and biopsy.") +
                                           p("Best number on file."), cal=cal))

    # L19 blood lead level letter, uncompressed PDF
    ped = person("MD")
    add(K, "Blood lead 7 mcg/dL letter for a named child, addressed to the parent (uncompressed PDF)", ped,
        ext("Tiffany", "Morales", "f", "homemail.example"), "Letter from Dr. " + ped.last,
        T(f"Ms. Morales, please see the attached letter about Jayden's test. Call us with any questions.\n\n{ped.sig('Pediatrics', 'Riverside Health Children’s Clinic – Southside')}", "qp"),
        [PDF("lead_letter.pdf", ["**Riverside Health Children's Clinic - Southside", "April 2, 2025", "", "To the parent or guardian of: Jayden Morales",
                                 "Date of birth: 06/18/2022", "", "Jayden's blood lead test from his 2-year check-up was 7 micrograms per deciliter (mcg/dL).",
                                 "The CDC blood lead reference value is 3.5 mcg/dL, so this level is above what we expect.",
                                 "", "What we will do:", " - Repeat a venous blood lead test within 3 months.",
                                 " - The county health department will contact you about a home visit to look for lead sources.",
                                 " - Please wash his hands before meals and naps and serve foods high in iron and calcium.", "",
                                 f"{ped.disp}", "Pediatrics"], flate=False)])

    # L20 resident sign-out in lower case
    r1, r2 = person("MD"), person("MD")
    add(K, "Resident sign-out text in lower case: bed 12 (ruiz) lactate 4.2 -> 2.1, blood cultures pending", r1, r2, "overnight",
        T(f"""few things for you tonight

bed 12 (ruiz) - urosepsis, lactate 4.2 -> 2.1 after 30/kg, bp ok now. bcx x2 pending, on cefepime. if
lactate creeps up again page icu.
bed 7 (mr. abernathy) - k 3.1, 40 po given at 1800, recheck with am labs. mg 1.6 also repleted.
bed 15 (ortega) - trop 0.04 -> 0.05, flat. chest pain free. just ekg if pain recurs.

{r1.first}""", "7bit"))

    # L21 tacrolimus level, base64 HTML
    coord = person("RN")
    add(K, "Transplant coordinator e-mail with Mrs. Iwasaki's tacrolimus trough 14.8 and dose change (HTML, base64)", coord, person("MD"),
        "tac level", H(p("Dr., Mrs. Yoko Iwasaki&rsquo;s (kidney, 3 months post-transplant) tacrolimus trough this morning is "
                          "<b>14.8 ng/mL</b> (goal 8&ndash;10). Creatinine 1.6, up from 1.3. She took her dose at 8 pm last night, so the timing is right.") +
                        p("&nbsp;") + p("Proposed: reduce Prograf from 4&nbsp;mg BID to 3&nbsp;mg BID, repeat trough and BMP Friday. OK to tell her?") +
                        p("&nbsp;") + p(f"{coord.disp}<br>Transplant Nurse Coordinator"), "b64"))

    # L22 Spanish result letter, QP es-US
    md = person("MD")
    add(K, "Spanish result letter (es-US, QP) to Sra. Guadalupe Herrera: TSH and free T4 values",
        md, ext("Guadalupe", "Herrera", "f", "correo.example"), "Resultados de sus análisis",
        T(f"""Estimada Sra. Herrera:

Le escribo para darle los resultados de los análisis de sangre del 7 de marzo.

- TSH: 0.02 mUI/L (normal 0.4-4.0) - bajo
- T4 libre: 3.1 ng/dL (normal 0.8-1.8) - alto

Estos resultados indican que su tiroides está trabajando demasiado (hipertiroidismo). Quisiera empezar
metimazol 10 mg al día y verla en la clínica de endocrinología en dos semanas. Por favor llame al
{phone('920')} para hacer la cita.

Atentamente,
{md.disp}
Riverside Health Medicina Interna""", "qp"), lang="es-US")

    # L23 troponin trend table with span-split DOB, PHI label, alt
    cardfel = person("MD")
    dobhtml = "<span>01/09/</span><span>1949</span>"
    add(K, "High-sensitivity troponin trend table for a named patient with a span-split DOB (alt, PHI label)", cardfel, person("MD"),
        "trend for tonight", ALT(p(f"FYI, Mr. Karim Haddad (DOB {dobhtml}) in ED bay 9:") +
                                 htable([["Time", "hs-cTnT (ng/L)", "Delta"], ["21:05", "19", Raw("&ndash;")], ["22:10", "47", "+28"], ["00:05", "112", "+65"]]) +
                                 p("Rising delta, meets NSTEMI criteria. Heparin started, cath lab notified for the morning.")), label=("phi", "Confidential PHI"))


# ----------------------------------------------------------------------------------------------- referral
def pos_referral():
    K = "referral"
    pcp, rheum = person("MD"), person("MD")
    add(K, "PCP-to-rheumatology referral for Ana Lucia Ortega with findings; no identifiers", pcp, rheum, "New referral",
        T(f"""Dr. {rheum.last},

I'd be grateful if you could see Ana Lucia Ortega, a 41-year-old teacher with eight weeks of symmetric
swelling in the MCPs and wrists and about an hour of morning stiffness. RF is 88, anti-CCP >250, CRP 24.
Hand X-rays show no erosions yet. I started prednisone 10 mg daily last week, which helped a lot.

She is anxious to get on something longer term before the school year ends. Any chance of an
appointment in the next two weeks?

Thank you,
{pcp.sig('Internal Medicine', 'Riverside Health Primary Care - Maple Ridge')}""", "7bit"))

    # inbound fax-to-email referral form, FlateDecode PDF
    fax = ext("Fax", "Gateway", "f", "prairiefamilymed.example.org", email="efax@prairiefamilymed.example.org")
    neph = person()
    add(K, "Inbound fax-to-email nephrology referral form (FlateDecode PDF) for a named patient with DOB, CKD 3b", fax, neph,
        "Fax from 414-555-0163 (3 pages)", T(BANNER + "You have received a 3-page fax. The document is attached as a PDF.\n\nSender CSID: PRAIRIE FAMILY MED", "7bit"),
        [PDF("fax_0414_0163.pdf", ["**PRAIRIE FAMILY MEDICINE - REFERRAL REQUEST", "To: Riverside Health Nephrology     Fax: (608) 555-0148",
                                   "Date: 03/18/2025", "", "Patient name: Clifford Amundsen", "DOB: 02/27/1954      Phone: (414) 555-0129",
                                   "Insurance: Medicare + AARP supplement", "", "Reason for referral: Chronic kidney disease stage 3b (N18.32),",
                                   "eGFR 38 -> 33 over 12 months, UACR 410 mg/g. Type 2 diabetes (E11.22), hypertension.",
                                   "Current meds: metformin 500 mg BID, lisinopril 40 mg, amlodipine 10 mg, empagliflozin 10 mg.",
                                   "Question: evaluation for progression, anemia (Hgb 10.9) and whether to stop metformin.",
                                   "Urgency: routine, within 4-6 weeks", "", f"Referring: Noreen Callahan, DO   NPI {npi()}"], flate=True)],
        inbound=True)

    # ortho -> physiatry in a QP reply chain
    ortho, pmr = person("MD"), person("MD")
    add(K, "Orthopedics asks physiatry to take over a named patient's lumbar radiculopathy care (QP reply chain)", ortho, pmr,
        "RE: spine pt", T(f"""{pmr.first},

Yes, that's him - Mr. Gustavo Pereira, 58, L5 radiculopathy on the left with an L4-5 disc extrusion on the
MRI from March 2. No weakness, no bladder symptoms, so he isn't a surgical candidate right now.
Gabapentin 300 TID hasn't touched it. Would you see him for an ESI and a PT plan? He'd rather avoid
surgery if there's any way.

Thanks,
{ortho.first}

{quote_hdr(pmr, ortho, 'spine pt')}
Happy to help. Is this the gentleman you mentioned at the conference, the bus driver?
""", "qp"), reply=True)

    # genetic counseling referral HTML
    onc, gc = person("MD"), person()
    add(K, "Referral to genetic counseling for a named patient with breast cancer and family history (HTML, QP)", onc, gc,
        "Genetics referral", H(p(f"Hi {gc.first},") + p("&nbsp;") +
                                p("Please schedule Rachel Abramowitz (she&rsquo;s 36) for hereditary cancer counseling. She was just diagnosed with "
                                  "triple-negative breast cancer and her mother had ovarian cancer at 52. She is Ashkenazi Jewish. Results may change her "
                                  "surgical plan (she is considering bilateral mastectomy), so sooner is better &ndash; ideally before her surgical consult on 4/22.") +
                                p("&nbsp;") + p(f"{onc.disp}<br>Breast Medical Oncology")))

    # behavioral health referral JSON (inbound)
    plat = ext("Referral", "Network", "f", "carebridge.example.org", email="no-reply@carebridge.example.org")
    obj = {"referralId": "CB-7741920", "status": "sent", "created": "2025-04-03T16:22:00-05:00",
           "from": {"organization": "Riverside Health Emergency Department", "clinician": "Lakshmi Iyer, MD"},
           "to": {"organization": "Lakeview Behavioral Health - Intensive Outpatient"},
           "patient": {"name": "Trevor Kincaid", "birthDate": "2002-10-07", "phone": ph2("608")},
           "reason": "Major depressive disorder, single episode, severe (F32.2); passive suicidal ideation without plan; safety plan completed in ED",
           "requestedService": "Adult IOP intake within 72 hours", "consent": "patient verbal consent documented"}
    add(K, "Closed-loop referral platform payload (JSON, inbound) sending a named ED patient with F32.2 to an IOP", plat, person("LCSW"),
        "Referral update CB-7741920", T(BANNER + "A referral you sent has been delivered. Details attached.\nCareBridge Referral Network", "7bit"),
        [JSONA("CB-7741920.json", obj)], inbound=True)

    # lymphedema therapy referral TXT attachment
    so, ot = person("MD"), person("OTR/L")
    add(K, "Lymphedema therapy referral (TXT) for a named patient after axillary dissection", so, ot, "OT referral",
        T("Referral attached. She can start now that the drains are out.\n" + so.first, "7bit"),
        [TXT("referral_lymphedema.txt", f"""REFERRAL - OUTPATIENT OCCUPATIONAL THERAPY (LYMPHEDEMA)
Patient: Bernadette Okafor-Lewis
Referring: {so.name}, MD, Surgical Oncology
Diagnosis: Lymphedema of right upper limb after axillary node dissection (I97.2); malignant
neoplasm of right breast (C50.911)
Findings: right arm circumference +2.4 cm at 10 cm above the olecranon; pitting edema grade 1
Order: complete decongestive therapy, evaluate and treat, 2x/week for 6 weeks; garment fitting
Precautions: no BP or venipuncture right arm
""")])

    # cardiac rehab referral XML
    card = person("MD")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ReferralOrder xmlns="urn:example:orders:1">
  <Service>Phase II Cardiac Rehabilitation</Service>
  <Patient><Name>Lamar Jenkins</Name><Age>63</Age><Phone>{ph2('608')}</Phone></Patient>
  <Indication code="I21.4">Non-ST elevation myocardial infarction, 03/02/2025</Indication>
  <Indication code="Z95.5">Drug-eluting stent to LAD</Indication>
  <EjectionFraction>45%</EjectionFraction>
  <Sessions>36</Sessions>
  <OrderingClinician>{card.name}, MD</OrderingClinician>
</ReferralOrder>"""
    add(K, "Cardiac rehab referral order (XML) for a named patient after NSTEMI and stent", card, person(),
        "Rehab order", T("Please schedule intake. He's motivated.", "7bit"), [XMLA("cardiac_rehab_referral.xml", xml)])

    # forwarded outside urgent care referral to ENT
    uc = ext("Brandon", "Tilley", "m", "quickcare.example.org", "PA-C")
    ent_sch, ent = person(), person("MD")
    inner = T(f"""Hello,

Referring Naomi Feldstein (DOB 12/02/1996) for ENT follow-up. She was seen here 4/5 with a left
peritonsillar abscess, needle-aspirated 4 mL of pus, started on amoxicillin-clavulanate 875 mg BID and
one dose of dexamethasone. This is her third episode of severe tonsillitis this year. Please evaluate
for tonsillectomy.

Brandon Tilley, PA-C
QuickCare Urgent Care - Lakeside
{phone('262')}""", "7bit")
    add(K, "Scheduler forwards an outside urgent-care ENT referral (rfc822) for a named patient with DOB and abscess history", ent_sch, ent,
        "FW: ENT referral", Multi("mixed", [T(f"Dr. {ent.last}, this came to the general inbox. OK to book her in a new-patient slot next week?\n{ent_sch.first}", "7bit"),
                                            FWDMSG(uc, "ENT Referrals <entreferrals@" + DOM + ">", "ENT referral - Feldstein", inner, name="ENT referral.eml", inbound=False)]))


# ----------------------------------------------------------------------------------------------- clinical_note
def pos_note():
    K = "clinical_note"
    h1 = person("MD")
    note_html = (p("<b>Hospital Medicine &ndash; Admission H&amp;P (excerpt)</b>") +
                 p("<b>Patient:</b> Anders Bjornsen &nbsp; <b>Age:</b> 77 &nbsp; <b>Room:</b> 6S-04") +
                 p("<b>HPI:</b> Three days of productive cough, fever to 38.9, confusion per wife. CXR with right lower lobe consolidation.") +
                 p("<b>Assessment/Plan:</b>") +
                 htable([["Problem", "ICD-10-CM", "Plan"], ["Community-acquired pneumonia, RLL", "J18.1", "ceftriaxone + azithromycin"],
                         ["Sepsis, no shock", "A41.9", "lactate 2.8, 30 mL/kg given"], ["Acute metabolic encephalopathy", "G93.41", "delirium precautions"],
                         ["Chronic atrial fibrillation", "I48.20", "continue apixaban 5 mg BID"]]))
    add(K, "Admission H&P excerpt with ICD-10-CM problem table for a named patient (alt)", h1, person("MD"), "H&P for your review",
        ALT(note_html), cc=person("RN"))

    rn, doc = person("RN"), person("MD")
    add(K, "Nursing restraint note for a named ICU patient, no codes", rn, doc, "restraint documentation",
        T(f"""Dr. {doc.last}, documentation below for the renewal.

0215 - Mr. Isaiah Whitlock pulled at ET tube twice despite redirection, RASS +2. Bilateral soft wrist
restraints applied per order. Propofol at 30 mcg/kg/min, fentanyl 50 mcg/hr.
0400 - circulation, sensation, skin intact both wrists. ROM done. Remains agitated intermittently.
0600 - RASS +1. Restraints continued. Needs renewed order by 0815.

{rn.sig('MICU')}""", "7bit"), label=("general",))

    psy = person("MD")
    add(K, "Psychiatry consult note (uncompressed PDF) for a named inpatient with F10.231 and capacity assessment", psy, person("MD"),
        "CL psych consult note", T("Note attached; also in the chart. Happy to discuss.\n" + psy.first, "7bit"),
        [PDF("CL_consult.pdf", ["**Consultation-Liaison Psychiatry - Consult Note", "Patient: Walter Pruitt, 61 y/o man      Unit: 7N-22",
                                "Requested by: Hospital Medicine, for agitation and capacity to leave AMA", "",
                                "History: alcohol use disorder, severe; last drink 3 days before admission; CIWA peaked at 22.",
                                "Exam: disoriented to date, visual hallucinations (insects on the wall), tremor, diaphoresis.",
                                "", "Diagnoses:", "  F10.231  Alcohol dependence with withdrawal delirium",
                                "  F10.20   Alcohol use disorder, severe", "", "Capacity: lacks capacity to refuse treatment or leave at this time.",
                                "Recommendations: phenobarbital protocol, thiamine 500 mg IV TID x3 days, sitter, reassess daily.",
                                f"{psy.name}, MD - Psychiatry"], flate=False)])

    rd = person("RD")
    add(K, "Dietitian assessment (TXT attachment) for a named patient with malnutrition and tube-feeding plan", rd, person("MD"),
        "nutrition assessment", T("Assessment attached, recommendations in the last section.\n" + rd.sig("Clinical Dietitian"), "qp"),
        [TXT("nutrition_assessment.txt", """NUTRITION ASSESSMENT
Patient: Dolores Quintanilla, 84 F, 5W-09
Weight 41.2 kg (usual 49 kg, 16% loss in 3 months); BMI 17.1
Intake <50% of estimated needs for >5 days; bilateral temporal wasting; grip weak
Diagnosis: Severe protein-calorie malnutrition (E43) related to dysphagia after stroke
Plan: start Jevity 1.5 via NG at 20 mL/h, advance 10 mL/h q8h to goal 45 mL/h; free water 150 mL q6h;
check phosphorus, magnesium, potassium daily x3 (refeeding risk)
""")])

    ot = person("OTR/L")
    add(K, "OT treatment note (base64 plain) for a named patient after stroke", ot, person("MD"), "OT update",
        T(f"""Quick update on Mr. Sadiq Rahmani (left MCA stroke, day 6):

- Right arm: trace shoulder flexion, no grasp yet. Started NMES to wrist extensors.
- ADLs: max assist for upper-body dressing, mod assist grooming seated.
- Cognition: follows 1-step commands, expressive aphasia, uses yes/no reliably.
- Recommend acute inpatient rehab; he tolerated 3 hours of therapy today.

{ot.sig('Occupational Therapy')}""", "b64"))

    ch = person("MDiv")
    add(K, "Spiritual-care note (QP) about a named dying patient, comfort care and family wishes", ch, person("RN"), "Chaplain visit 9W",
        T(f"""Visited Mrs. Fumiko Sato and family in 9W-03 this afternoon. She has moved to comfort care for
metastatic pancreatic cancer and is sleeping most of the time on the hydromorphone drip. Her son asked
for a Buddhist priest from their temple; I have called Rev. Okamura, who can come at 7 pm. The family
would like the room quiet, no vital signs overnight if the team agrees.

{ch.sig('Staff Chaplain', 'Spiritual Care')}""", "qp"))

    vend = ext("Scribe", "Service", "f", "ambiscribe.example.org", email="drafts@ambiscribe.example.org")
    doc = person("MD")
    draft = {"draftId": "as-20250321-5521", "encounterDate": "2025-03-21", "clinician": doc.name,
             "patient": {"displayName": "Ravi Chandrasekar", "age": 49},
             "sections": {"chiefComplaint": "Follow-up of gout and hypertension",
                          "hpi": "Two flares of podagra since January, each about 5 days, treated with colchicine. Uric acid 9.2 in February.",
                          "assessmentPlan": ["Gout, recurrent (M10.071): start allopurinol 100 mg daily, titrate to urate <6; colchicine 0.6 mg daily prophylaxis x 3 months",
                                             "Essential hypertension (I10): BP 148/94, change hydrochlorothiazide to losartan 50 mg"]},
             "status": "awaiting clinician review"}
    add(K, "Ambient AI-scribe draft note (JSON, inbound) for a named patient with gout and hypertension plan", vend, doc,
        "Draft note ready for review", T(BANNER + "Your draft note is ready. Review and sign in the EHR. A copy of the structured draft is attached.", "7bit"),
        [JSONA("draft_as-20250321-5521.json", draft)], inbound=True)

    edoc, peer = person("MD"), person("MD")
    inner = T("""ED PROVIDER NOTE
Patient: Lucinda Marsh, 29 F
CC: headache, worst of life, onset during exercise 2 hours ago
Exam: GCS 15, no meningismus, no focal deficits
CT head non-contrast at 2.5 h: no hemorrhage
Dx: Thunderclap headache (R51.9). Discussed LP vs CTA; patient declined LP. CTA head and neck negative.
Dispo: discharged with neurology follow-up, return precautions reviewed
""", "7bit")
    add(K, "Forwarded ED provider note (rfc822) for a named patient with thunderclap headache, sent for a peer opinion", edoc, peer,
        "FW: what would you have done?", Multi("mixed", [T(f"{peer.first}, curious if you'd have pushed harder on the LP here. Note attached.", "7bit"),
                                                        FWDMSG(edoc, edoc, "ED note - Marsh", inner, name="ED note.eml")]))


# ----------------------------------------------------------------------------------------------- discharge
def pos_discharge():
    K = "discharge"
    hosp = person("MD")
    pcp = ext("Harriet", "Lindqvist", "f", "bayviewinternal.example.org", "MD")
    add(K, "Discharge summary e-mailed to an outside PCP for a named patient with COPD exacerbation (QP)", hosp, pcp,
        "Discharge - your patient", T(f"""Dr. Lindqvist,

Your patient Mr. Eugene Castellano was discharged home today after a 4-day stay for an acute COPD
exacerbation (J44.1) triggered by RSV. He needed BiPAP the first night only.

Discharge medications: prednisone 40 mg daily to finish 5 days (2 left), tiotropium/olodaterol 2 puffs
daily (new), albuterol as needed, azithromycin stopped. Home O2 2 L with exertion; resting sat 92% on
room air.

Follow-up: please see him within 7 days; pulmonary rehab referral placed. Spirometry in 6 weeks.

{hosp.sig('Hospital Medicine')}""", "qp"), label=("internal",))

    ortho = person("MD")
    add(K, "Total knee arthroplasty discharge instructions (FlateDecode PDF) for a named patient", ortho,
        ext("Clarence", "Whitmore", "m", "homemail.example"), "Your discharge papers",
        T("Mr. Whitmore, as promised here is a copy of your discharge instructions. Call us with any questions.", "7bit"),
        [PDF("discharge_instructions_Whitmore.pdf", ["**Riverside Health Orthopedics - Discharge Instructions", "Patient: Clarence Whitmore",
                                                    "Procedure: Right total knee arthroplasty, 04/07/2025   Discharged: 04/09/2025", "",
                                                    "Medications:", "  Apixaban 2.5 mg twice daily for 14 days (blood clot prevention)",
                                                    "  Oxycodone 5 mg every 6 hours as needed for severe pain (20 tablets)",
                                                    "  Acetaminophen 1,000 mg every 8 hours", "  Celecoxib 200 mg daily for 10 days", "",
                                                    "Wound: keep the dressing dry and in place until your visit on 04/21.",
                                                    "Call for: fever over 101.5 F, calf pain or swelling, drainage from the incision.",
                                                    "Physical therapy: home PT 3 times a week; outpatient PT starts week 3."], flate=True)])

    cm, snf = person("RN"), ext("Admissions", "Office", "f", "oakhollowrehab.example.org", email="admissions@oakhollowrehab.example.org")
    body = (p("<b>Transfer summary &ndash; to Oak Hollow Rehabilitation</b>") +
            htable([["Patient", "Loretta Vance, 82 F"], ["Admitted / discharged", "03/28/2025 &rarr; 04/04/2025"],
                    ["Principal diagnosis", "Closed fracture of left femoral neck (S72.002A), s/p hemiarthroplasty 03/29"],
                    ["Secondary", "Hypertension; stage 3a CKD; mild dementia"],
                    ["Weight bearing", "WBAT left leg, posterior hip precautions"],
                    ["Medications", "enoxaparin 40 mg SC daily x 28 d; acetaminophen 650 mg q6h; donepezil 10 mg qhs; amlodipine 5 mg"],
                    ["Follow-up", "Ortho clinic 04/15 for staple removal"]], header=False))
    body = body.replace("&amp;rarr;", "&rarr;")
    add(K, "Transfer summary (HTML attachment) to a rehab facility for a named patient after hip fracture", cm, snf, "Transfer packet",
        T("Packet attached for tomorrow's 10 am transfer. Face sheet and MAR to follow by fax.\n" + cm.sig("RN Case Manager"), "7bit"),
        [HTMLA("transfer_summary.html", body)])

    nn = person("RN")
    add(K, "Newborn discharge note to the pediatric office about a named baby and mother", nn,
        ext("Front", "Desk", "f", "sunrisepeds.example.org", email="frontdesk@sunrisepeds.example.org"), "Newborn going home today",
        T(f"""Hello Sunrise Pediatrics,

Baby boy Amaechi (mother Chiamaka Amaechi) is being discharged today at 36 hours. Born 04/10 at 39+2 by
vaginal delivery, birth weight 3,410 g, discharge weight 3,240 g (5% loss). Bilirubin 9.8 at 34 hours,
low-intermediate risk. Hep B vaccine given. Hearing screen passed both ears. Breastfeeding well.

Parents chose your office; first visit requested for 04/14.

{nn.sig('Mother-Baby Unit')}""", "7bit"))

    hosp2 = person("MD")
    add(K, "Against-medical-advice discharge notification for a named patient with endocarditis (base64 plain)", hosp2, person("MD"),
        "AMA discharge - heads up", T(f"""Heads up for ID clinic: Mr. Cody Brannigan left AMA at 1400 today, day 9 of 42 for MSSA
tricuspid valve endocarditis. PICC removed before he left. He accepted a prescription for cefadroxil 1 g BID
(I know, not ideal) and agreed to come to ID clinic Friday. Harm-reduction kit and naloxone given.

{hosp2.sig('Hospital Medicine')}""", "b64"))


# ----------------------------------------------------------------------------------------------- appointment
def pos_appt():
    K = "appointment"
    sch = person()
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Pulmonary Function Lab:mailto:pftlab@{DOM}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN={sch.name}:mailto:{sch.email}
DESCRIPTION;LANGUAGE=en-US:Full PFT with DLCO and 6-minute walk for Winifred
 Achebe (interstitial lung disease follow-up). Hold albuterol 6 h before.
SUMMARY;LANGUAGE=en-US:PFT + 6MWT - Winifred Achebe
DTSTART;TZID=Central Standard Time:20250422T083000
DTEND;TZID=Central Standard Time:20250422T100000
UID:040000008200E00074C5B7101A82E00800000000{R.getrandbits(64):016X}
LOCATION;LANGUAGE=en-US:Pulmonary Function Lab, 2nd floor
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    add(K, "Calendar invitation booking a named patient's PFT and 6-minute walk for ILD follow-up", sch, person("MD"),
        "PFT + 6MWT - Winifred Achebe", ALT(p("Full PFT with DLCO and 6-minute walk for Winifred Achebe (interstitial lung disease follow-up).") +
                                           p("Hold albuterol 6 h before."), cal=cal))

    inf = person("RN")
    rows = [["Chair", "Time", "Patient", "Therapy", "Duration", "Notes"],
            ["3", "08:00", "Benedetta Rossi", "IVIG 2 g/kg (day 1 of 2)", "5 h", "premed acetaminophen/diphenhydramine"],
            ["5", "08:30", "Kofi Antwi", "Infliximab 5 mg/kg", "2 h", "TB screen current"],
            ["6", "09:00", "Marguerite Lanier", "Iron sucrose 200 mg", "30 min", "dose 3 of 5"],
            ["8", "11:00", "Hyun-jin Seo", "Ocrelizumab 600 mg", "3.5 h", "first full dose"]]
    add(K, "Infusion-centre chair schedule (CSV) with named patients and therapies", inf, person(), "Tomorrow's chairs",
        T("Updated chair list for Tuesday. Please confirm pharmacy has the IVIG lot in.\n" + inf.first, "qp"), [CSV("infusion_chairs_0415.csv", rows)])

    bar = person()
    add(K, "Bariatric surgery appointment confirmation for a named patient with procedure and pre-op steps (HTML, base64)", bar,
        ext("Denise", "Holloway", "f", "mailbox.example.org"), "Appointment confirmation",
        H(p("Dear Ms. Holloway,") + p("&nbsp;") + p("Your <b>laparoscopic sleeve gastrectomy</b> with Dr. Navarro is confirmed:") +
          htable([["Date", "Monday, May 12, 2025"], ["Arrive", "5:30 AM, Surgery Center entrance B"], ["Pre-op liquid diet", "starts May 5"],
                  ["Pre-op visit", "May 1 at 2:00 PM (labs, EKG, anesthesia)"]], header=False) +
          p("Please stop phentermine 2 weeks before surgery.") + p(f"Riverside Bariatric &amp; Metabolic Surgery<br>{phone('608')}"), "b64"))

    sch2 = person()
    add(K, "Vietnamese-named patient's echocardiogram appointment in a QP body with accented name and RFC 2047 subject",
        sch2, ext("Lan", "Nguyễn", "f", "homemail.example"), "Lịch hẹn siêu âm tim - Nguyễn Thị Lan",
        T(f"""Kính gửi bà Nguyễn Thị Lan,

Lịch hẹn siêu âm tim (echocardiogram) của bà: thứ Năm, 24/04/2025 lúc 10:30 sáng,
Riverside Heart & Vascular, tầng 3. Bác sĩ muốn kiểm tra lại van hai lá (mitral regurgitation).

Dear Mrs. Nguyen, your echocardiogram to recheck your mitral valve is Thursday 04/24 at 10:30 AM.
An interpreter will meet you at check-in.

{sch2.sig('Scheduling', 'Heart & Vascular Institute')}""", "qp"), lang="vi-VN")

    tr = person()
    obj = {"tripRequest": {"id": "NEMT-250417-0093", "mode": "wheelchair van", "recurring": "Mon/Wed/Fri",
                           "rider": {"name": "Oscar Villalobos", "phone": ph2("414"), "pickup": "2218 Harmon Ave Apt 4, Lakeside"},
                           "destination": "Riverside Dialysis - North, chair 11", "appointmentTime": "06:15", "returnAfter": "10:30",
                           "reason": "in-center hemodialysis (ESRD)", "mobility": "wheelchair, can stand-pivot"}}
    add(K, "Non-emergency transport booking (JSON) for a named dialysis patient's recurring appointments", tr,
        ext("Dispatch", "Desk", "f", "rideassist.example.org", email="dispatch@rideassist.example.org"), "Standing order",
        T("Please set up the attached standing order starting next Monday. Thank you.\n" + tr.sig("Social Work Assistant", "Riverside Dialysis - North"), "7bit"),
        [JSONA("NEMT-250417-0093.json", obj)])


# ----------------------------------------------------------------------------------------------- medication
def pos_med():
    K = "medication"
    rh = person("MD")
    add(K, "Methotrexate dose change for a named patient, with folic acid and lab monitoring", rh, person("RN"), "MTX change",
        T(f"""Please call Mrs. Priscilla Ogundipe: increase methotrexate from 15 mg to 20 mg weekly (Fridays),
continue folic acid 1 mg daily. CBC and hepatic panel in 4 weeks. New Rx sent to her Walgreens.
{rh.first}""", "7bit"))

    cde = person("RN")
    add(K, "Insulin pump settings (TXT attachment) for a named adult patient", cde, person("MD"), "pump settings for sign-off",
        T("Settings attached for your co-sign.\n" + cde.sig("Certified Diabetes Care and Education Specialist"), "7bit"),
        [TXT("pump_settings.txt", """Insulin pump settings - Darius Fenwick (type 1 diabetes, Omnipod 5)
Insulin: insulin lispro U-100
Basal (manual mode): 00:00 0.80 u/h | 04:00 0.95 u/h | 10:00 0.85 u/h | 21:00 0.75 u/h
Insulin:carb ratio: breakfast 1:8, lunch 1:10, dinner 1:9
Correction factor: 1 u per 40 mg/dL above 120
Target glucose (automated mode): 110 mg/dL
Active insulin time: 3 h
""")])

    ad = person("MD")
    add(K, "Buprenorphine-naloxone induction plan for a named patient (QP)", ad, person("PharmD"), "home induction",
        T(f"""Mr. Travis Holcomb is doing a home induction starting Saturday. Plan: wait until COWS-type symptoms
(at least 12 h after last fentanyl use), then buprenorphine-naloxone 4/1 mg SL, repeat 4 mg after 1 h if
still in withdrawal, max 16 mg day 1. Day 2 onward 16/4 mg daily. Dispensed 7 days, naloxone 4 mg nasal
spray too. Please counsel him at pickup.

{ad.sig('Addiction Medicine')}""", "qp"))

    sp = ext("Shipping", "Updates", "f", "apexspecialtyrx.example.org", email="notifications@apexspecialtyrx.example.org")
    add(K, "Specialty pharmacy shipment notice (inbound HTML) with patient name, drug and dose", sp, person("RN"),
        "Shipment scheduled", H(p(BANNER) + p("Shipment scheduled for your patient:") +
                               htable([["Patient", "Rosalind Mbeki"], ["Medication", "Adalimumab-adaz 40 mg/0.4 mL pen, every 14 days"],
                                       ["Quantity", "2 pens (28-day supply)"], ["Deliver", "04/16/2025 by 12 PM, signature required"],
                                       ["Prescriber", "Riverside Health Dermatology"]], header=False) +
                               p("Apex Specialty Pharmacy &ndash; Patient Care Team")), inbound=True)

    ph = person("PharmD")
    add(K, "Medication list (uncompressed PDF) reconciled for a named patient at a pharmacist visit", ph, person("MD"), "med list",
        T("Reconciled list from today's visit attached.\n" + ph.sig("Ambulatory Care Pharmacist"), "7bit"),
        [PDF("med_list.pdf", ["**Medication List - reviewed 03/31/2025", "Patient: Ignatius O'Rourke    Age: 79", "",
                              "Apixaban 5 mg tablet - 1 tab twice daily (atrial fibrillation)",
                              "Metoprolol succinate 50 mg - 1 tab daily", "Furosemide 40 mg - 1 tab every morning",
                              "Potassium chloride ER 20 mEq - 1 tab daily", "Sertraline 50 mg - 1 tab daily",
                              "STOPPED: aspirin 81 mg (duplicate antithrombotic), diphenhydramine at bedtime (Beers list)",
                              "Allergies: penicillin (hives)"], flate=False)])


# ----------------------------------------------------------------------------------------------- registration
def pos_reg():
    K = "registration"
    reg = person()
    add(K, "Registration correction: named patient's SSN, DOB and address on an ED registration", reg, person(), "Correction needed",
        T(f"""Hi, please correct the registration for today's ED visit:

Name: Delbert Kingsley
DOB: 08/19/1966 (was entered as 08/16/1966)
SSN: {ssn()}
Address: 4410 Quarry Rd, Apt 2B, Westfield (moved in January)
Phone: {phone('608')}
Guarantor: self. Insurance card scanned.

{reg.sig('Patient Access Representative', 'Emergency Department Registration')}""", "7bit"), label=("phi", "confidential-phi"))

    pa = person()
    add(K, "Insurance card scan cover TXT with a named patient's demographics, SSN and member id", pa, person(), "card scan index",
        T("Index file for the scanned cards attached.", "7bit"),
        [TXT("scan_index.txt", f"""SCAN BATCH 2025-04-08 / Registration - Northfield Clinic
Patient: Marguerite Doucet  DOB 03/30/1981  SSN {ssn()}
Address: 77 Lantern Way, Northfield
Primary: Riverside Health Plan  Member ID {member()}  Group 40021
Secondary: none
Images: card_front.tif, card_back.tif, photo_id.tif
""")])

    nb = person()
    dob = "<span>04/</span><span>11/</span><span>2025</span>"
    add(K, "Newborn registration with the father's SSN as guarantor, span-split DOB (HTML, QP)", nb, person(), "newborn reg",
        H(p("Newborn added to guarantor account:") +
          htable([["Baby", "Ellison, Boy (Nora)"], ["DOB", Raw(dob)], ["Mother", "Nora Ellison"], ["Guarantor", "Patrick Ellison (father)"],
                  ["Guarantor SSN", ssn()], ["Address", "1208&nbsp;Orchard&nbsp;Ln, Maple Ridge"], ["Coverage", "Add to father's employer plan within 30 days"]],
                 header=False).replace("&amp;nbsp;", "&nbsp;")))

    fc = person()
    obj = {"intake": {"type": "financial assistance screening", "date": "2025-03-26",
                      "applicant": {"name": "Yolanda Pettiford", "dob": "1990-12-04", "ssn": ssn(), "address": "19 Birch Ct, Lakeside",
                                    "household": 4, "monthlyIncome": 2310},
                      "encounter": "Inpatient admission 03/20-03/24 (appendectomy)", "insurance": "none"}}
    add(K, "Financial-counselling intake (JSON) with applicant SSN, DOB, address and the admission it covers", fc, person(),
        "FA screening", T("Screening file attached; likely qualifies for 100% charity care.\n" + fc.sig("Financial Counselor"), "7bit"),
        [JSONA("fa_intake.json", obj)])

    cc = person()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<PreRegistration xmlns="urn:example:access:prereg">
  <Appointment dept="MRI - Main Campus" date="2025-04-19" time="07:20">MRI lumbar spine without contrast</Appointment>
  <Patient>
    <LastName>Szczepanski</LastName><FirstName>Henryk</FirstName>
    <DOB>1972-01-25</DOB><SSN>{ssn()}</SSN>
    <Street>603 Cedar Bluff Dr</Street><City>Westfield</City>
    <Phone>{ph2('262')}</Phone>
  </Patient>
  <Insurance plan="Riverside Health Plan" memberId="{member()}"/>
</PreRegistration>"""
    add(K, "Call-centre pre-registration (XML) with SSN, DOB and member id for a named MRI patient", cc, person(), "prereg batch",
        T("Pre-reg completed, file attached for upload.", "qp"), [XMLA("prereg_szczepanski.xml", xml)])


# ----------------------------------------------------------------------------------------------- billing_claim
def pos_billing():
    K = "billing_claim"
    pt = ext("Gerald", "Okonjo", "m", "inbox.example.org")
    add(K, "Patient disputes a level-5 ED facility charge (99285) for his own visit (inbound)", pt, "Patient Financial Services <pfs@" + DOM + ">",
        "Bill question", T(f"""{BANNER}To whom it may concern,

I received a bill for $3,412.00 for my ER visit on February 9. The line says "ED visit level 5 - 99285". I
was there for a sprained ankle and an X-ray and was in and out in two hours. My insurance paid only
$890. I think this was coded wrong. Account number on the bill is 70044182.

Please review and call me at {phone('262')}.

Gerald Okonjo""", "7bit"), inbound=True)

    cs = person()
    rows = [["Member ID", "Patient", "DOS", "CPT", "ICD-10", "Billed", "Status"],
            [member(), "Carlisle, Vernon", "2025-02-11", "45378", "Z12.11", "1840.00", "Pending - medical records"],
            [member(), "Pak, Soo-ah", "2025-02-13", "93306", "I34.0", "1215.00", "Denied CO-197 no auth"],
            [member(), "Herrera, Luz", "2025-02-14", "70553", "G43.909", "3120.00", "Paid 1388.42"],
            [member(), "Dunmore, Ethel", "2025-02-18", "27447", "M17.11", "42100.00", "In process"]]
    add(K, "Claim status worklist (CSV) with member ids, patient names, CPT and ICD-10 codes", cs, person(), "RHP claim status",
        T("Status pull from the payer portal. The echo denial needs a retro-auth request.\n" + cs.first, "7bit"), [CSV("rhp_claim_status.csv", rows)])

    pfs = person()
    add(K, "Itemized hospital statement (uncompressed PDF) for a named patient's inpatient stay", pfs,
        ext("Joanne", "Whitcomb", "f", "homemail.example"), "Itemized statement you requested",
        T("Ms. Whitcomb, the itemized statement you requested for your mother's stay is attached.\n" + pfs.sig("Patient Financial Services"), "qp"),
        [PDF("itemized_statement.pdf", ["**Riverside Health - Itemized Statement", "Patient: Agnes Whitcomb     Guarantor: Joanne Whitcomb",
                                        "Account: 88120457   Admit 01/14/2025  Discharge 01/19/2025", "",
                                        "Rev  Description                               Qty   Amount", "0120 Room & board, med/surg                  5    11,250.00",
                                        "0250 Pharmacy - piperacillin/tazobactam       15     1,380.00", "0300 Laboratory - blood culture x2             2       412.00",
                                        "0324 Chest X-ray 2 views (71046)                1       286.00", "0450 Emergency dept level 4 (99284)            1     1,740.00",
                                        "", "Total charges 15,068.00   Insurance payments -9,902.16   Patient balance 1,250.00"], flate=False)])

    um = person()
    add(K, "Prior-authorization approval for a named member (HTML alt) with CPT, ICD-10 and member id", um, person("MD"), "Auth approved",
        ALT(p("Good news &ndash; approved:") + htable([["Member", "Felicia Arrington"], ["Member ID", member()], ["Service", "MRI brain w/wo contrast (70553)"],
                                                       ["Diagnosis", "G35 Multiple sclerosis"], ["Auth #", "PA-2025-118830"], ["Valid", "04/10/2025&ndash;07/09/2025"]],
                                                      header=False).replace("&amp;ndash;", "&ndash;") + p(um.disp + "<br>Utilization Management")))

    fa = person()
    add(K, "Payment-plan approval for a named patient's surgery balance (QP)", fa, ext("Demetrius", "Lyle", "m", "mailbox.example.org"),
        "Your payment plan", T(f"""Dear Mr. Lyle,

Your payment plan for the balance from your gallbladder surgery on December 3 has been approved:
balance $2,640.00 after the 40% financial assistance discount, 12 monthly payments of $220.00, no
interest, first payment due May 1. You can pay in MyRiverside or by phone at {phone('608')}.

{fa.sig('Financial Assistance Office')}""", "qp"))


# ----------------------------------------------------------------------------------------------- hl7
def seg_msh(typ, ctrl, app="EPIC", fac="RIVERSIDE", to="LAB", tofac="RH", ts="20250414083011"):
    return f"MSH|^~\\&|{app}|{fac}|{to}|{tofac}|{ts}||{typ}|{ctrl}|P|2.5.1"


def pos_hl7():
    K = "hl7"
    ie = person()
    a04 = [seg_msh("ADT^A04^ADT_A01", "MSG004112"), "EVN|A04|20250414083011",
           f"PID|1||{mrn()}^^^RH^MR||MBEKI^THANDIWE^N||19880603|F|||82 HILLTOP RD^^LAKESIDE^WI^53012||{ph2('414')}|||S||7700441|{ssn()}",
           "PV1|1|O|OBGYN^CLINIC^1||||1122334^FARAH^ABDIRAHMAN^^^DR|||OBG||||1|||||7700441",
           "DG1|1||O09.521^Supervision of elderly primigravida, first trimester^I10|||A"]
    add(K, "ADT^A04 (.hl7, x-application/hl7-v2+er7) registering a named patient with PID, SSN and diagnosis", ie, person(),
        "A04 sample from prod for ticket", T("Here's the message that failed the OB routing rule. Please don't forward outside the team.\n" + ie.sig("Integration Engineer"), "7bit"),
        [HL7A("A04_MSG004112.hl7", a04)], label=("phi", "Confidential PHI"))

    mic = person()
    oru = [seg_msh("ORU^R01^ORU_R01", "MIC88201", app="BEAKER", to="EPIC"),
           f"PID|1||{mrn()}^^^RH^MR||DELACROIX^ODETTE||19510917|F",
           "OBR|1||M25-10442|600-7^Bacteria identified in Blood by Culture^LN|||20250412201500",
           "OBX|1|CWE|600-7^Bacteria identified^LN||3092008^Staphylococcus aureus^SCT||||||F",
           "OBX|2|ST|18993-6^Oxacillin susc^LN||R||||||F", "OBX|3|ST|19000-9^Vancomycin susc^LN||S (MIC 1)||||||F",
           "NTE|1||Critical value called to 6N RN at 04/13 06:10, read back."]
    add(K, "ORU^R01 microbiology result (application/hl7-v2) with MRSA bacteremia for a named patient", mic, person("MD"),
        "interface copy", T("Copy of the ORU for the blood culture you asked about.", "7bit"), [HL7A("ORU_MIC88201.hl7", oru, "application/hl7-v2")])

    ie2 = person()
    a08 = [seg_msh("ADT^A08^ADT_A01", "MSG004588"), "EVN|A08|20250415101500",
           f"PID|1||{mrn()}^^^RH^MR||ABERNATHY^COLIN^J||19640222|M|||14 MILL ST^^WESTFIELD^WI^53095",
           "PV1|1|I|5W^512^A||||2233445^LINDGREN^MATTHEW|||MED", "AL1|1|DA|70618^Penicillin^RxNorm|SV|anaphylaxis",
           f"IN1|1|RHP01|9900|RIVERSIDE HEALTH PLAN|||||||||||||||||||||||||||||||{member()}"]
    add(K, "ADT^A08 update (text/plain .hl7) with named inpatient, allergy and member id", ie2, person(), "A08 w/ allergy",
        T("Allergy update example for the mapping review.", "qp"), [HL7A("A08_MSG004588.hl7", a08, "text/plain")])

    chg = person()
    dft = [seg_msh("DFT^P03", "CHG55120", app="EPIC", to="BILLING"), "EVN|P03|20250411160000",
           f"PID|1||{mrn()}^^^RH^MR||OYELARAN^FOLAKE||19790811|F", "PV1|1|O|ENDO^SUITE2",
           "FT1|1|||20250411|20250411|CG|45380^Colonoscopy with biopsy^CPT4|||1|||||||||K63.5^Polyp of colon^I10"]
    add(K, "DFT^P03 charge message (.hl7) billing a named patient's colonoscopy with biopsy", chg, person(), "DFT not crossing",
        T("This charge never reached the billing system. Message attached.\n" + chg.sig("Charge Integrity Analyst"), "7bit"), [HL7A("DFT_CHG55120.hl7", dft)])

    bed = person("RN")
    a02 = [seg_msh("ADT^A02^ADT_A02", "MSG004901"), "EVN|A02|20250416031200",
           f"PID|1||{mrn()}^^^RH^MR||KARLSSON^BIRGITTA||19470504|F", "PV1|1|I|MICU^06^A||||3344556^OBI^IKECHUKWU|||MED",
           "PV2|||^Transfer to ICU for septic shock, norepinephrine started"]
    inner = Multi("mixed", [T("Bed board sent this twice. Attaching the A02.", "7bit"), HL7A("A02_MSG004901.hl7", a02)])
    add(K, "Forwarded message (rfc822) carrying an ADT^A02 ICU transfer for a named patient", bed, person(), "FW: duplicate transfer",
        Multi("mixed", [T("See attached - the duplicate transfer. Can IT look?", "7bit"),
                        FWDMSG(person(), bed, "duplicate A02", inner, name="duplicate A02.eml")]))


# ----------------------------------------------------------------------------------------------- ccda
def cda(title, code, given, family, dob, sex, sections, author="Riverside Health"):
    secs = ""
    for stitle, text in sections:
        secs += f"""      <component><section><title>{stitle}</title><text>{hesc(text)}</text></section></component>\n"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <code code="{code}" codeSystem="2.16.840.1.113883.6.1" displayName="{title}"/>
  <title>{title}</title>
  <effectiveTime value="20250410"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9999.1" extension="{mrn()}"/>
      <addr><streetAddressLine>{R.randrange(10, 9999)} {R.choice(['Oak', 'Linden', 'Prairie', 'Harbor', 'Kettle'])} St</streetAddressLine><city>Lakeside</city><state>WI</state></addr>
      <patient>
        <name><given>{given}</given><family>{family}</family></name>
        <administrativeGenderCode code="{sex}"/>
        <birthTime value="{dob}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><assignedAuthor><representedOrganization><name>{author}</name></representedOrganization></assignedAuthor></author>
  <component>
    <structuredBody>
{secs}    </structuredBody>
  </component>
</ClinicalDocument>"""


def pos_ccda():
    K = "ccda"
    him = person()
    add(K, "C-CDA CCD (XML) with <patient> name, birth time, problems and medications", him,
        ext("Records", "Request", "f", "lakeshorefp.example.org", email="records@lakeshorefp.example.org"), "Requested records",
        T("Per the signed authorization, the continuity of care document is attached.\n" + him.sig("Release of Information", "Health Information Management"), "7bit"),
        [XMLA("CCD.xml", cda("Continuity of Care Document", "34133-9", "Marvin", "Esposito", "19580316", "M",
                              [("Problems", "Type 2 diabetes mellitus with hyperglycemia (E11.65); chronic systolic heart failure (I50.22)"),
                               ("Medications", "sacubitril/valsartan 49/51 mg BID; empagliflozin 10 mg daily; insulin glargine 28 units nightly"),
                               ("Results", "HbA1c 8.8% (03/2025); NT-proBNP 1,240 pg/mL")]))], label=("phi", "Confidential_PHI"))

    tc = person("RN")
    inner = Multi("mixed", [T("Transfer summary attached.", "7bit"),
                            XMLA("transfer_summary.xml", cda("Transfer Summary", "18761-7", "Rosalie", "Baptiste", "19390802", "F",
                                                             [("Reason for transfer", "Acute on chronic hypoxic respiratory failure; requires ECMO evaluation"),
                                                              ("Hospital course", "Intubated 04/03 for COVID-19 pneumonia (U07.1); prone positioning x3")]))])
    add(K, "Forwarded message (rfc822) containing a C-CDA transfer summary for a named patient", tc, person("MD"), "FW: transfer from Mercy",
        Multi("mixed", [T("Forwarding the CDA from the sending hospital before she arrives.", "7bit"),
                        FWDMSG(ext("Transfer", "Center", "f", "mercyvalley.example.org", email="transfers@mercyvalley.example.org"), tc,
                               "Transfer summary", inner, name="Transfer summary.eml")]))

    con = person("MD")
    add(K, "C-CDA consultation note (XML) for a named patient with hepatology assessment", con, person("MD"), "Consult note CDA",
        T("The HIE bounced the consult note, sending directly. CDA attached.", "qp"),
        [XMLA("consult_note.xml", cda("Consultation Note", "11488-4", "Jerome", "Tillman", "19700121", "M",
                                       [("Assessment", "Alcohol-associated cirrhosis (K70.30), MELD-Na 19, ascites controlled"),
                                        ("Plan", "spironolactone 100 mg + furosemide 40 mg; liver transplant evaluation referral")]))])

    him2 = person()
    add(K, "C-CDA referral note (XML, base64) with an accented patient name", him2, person(), "CDA for referral",
        T("Referral CDA for the pediatric neurology packet.", "7bit"),
        [XMLA("referral_note.xml", cda("Referral Note", "57133-1", "Joaquín", "Peñaloza", "20150630", "M",
                                        [("Reason for referral", "Focal epilepsy with impairment of awareness (G40.209); two breakthrough seizures on levetiracetam")]))])

    hie = ext("HIE", "Query Service", "f", "wisconsinhie.example.org", email="query@wisconsinhie.example.org")
    add(K, "Inbound HIE query response with a C-CDA encounter summary for a named patient", hie, person("MD"),
        "Query response 5520193", T(BANNER + "Your patient-discovery query returned 1 document (attached).", "7bit"),
        [XMLA("encounter_summary.xml", cda("Encounter Summary", "34133-9", "Pauline", "Ngata", "19830527", "F",
                                            [("Encounter", "ED visit 02/28/2025, Mercy Valley Hospital: ectopic pregnancy, left tube (O00.102); methotrexate 50 mg/m2 given")],
                                            author="Mercy Valley Hospital"))], inbound=True)


# ----------------------------------------------------------------------------------------------- imaging
def pos_imaging():
    K = "imaging"
    bd = person("MD")
    add(K, "DEXA result letter with T-scores for a named patient (QP)", bd, ext("Evelyn", "Marchand", "f", "homemail.example"),
        "Bone density results", T(f"""Dear Mrs. Marchand,

Your bone density (DEXA) scan from March 20 shows osteoporosis:
  Lumbar spine L1-L4 T-score -2.8
  Left femoral neck T-score -2.3
Your 10-year risk of a hip fracture is 4.1%. I recommend alendronate 70 mg once a week, with calcium and
vitamin D. Please schedule a visit so we can talk about it.

{bd.disp}""", "qp"))

    echo = person("MD")
    add(K, "Echocardiogram report (TXT) for a named patient with reduced ejection fraction", echo, person("MD"), "echo read",
        T("Read attached. Called the floor.\n" + echo.first, "7bit"),
        [TXT("echo_report.txt", """TRANSTHORACIC ECHOCARDIOGRAM
Patient: Everett Lindsey   Age: 68   Indication: dyspnea, new LBBB
LV: moderately dilated, global hypokinesis, LVEF 30% (biplane)
RV: normal size and function
Valves: moderate functional mitral regurgitation
Impression: new cardiomyopathy with LVEF 30%; recommend ischemic evaluation
""")])

    nod = person("RN")
    add(K, "Incidental pulmonary nodule tracking list (HTML) with named patients, sizes and follow-up CT dates", nod, person("MD"),
        "nodule f/u due", H(p("Nodules due for follow-up CT this month:") +
                            htable([["Patient", "Found on", "Nodule", "Fleischner rec", "Due"], ["Harlan Pritchett", "CT abd 10/2024", "7 mm solid RLL", "CT 6-12 mo", "04/2025"],
                                    ["Marta Esquivel", "CTA chest 01/2025", "9 mm part-solid LUL", "CT 3-6 mo", "04/2025"],
                                    ["Chun Wai Leung", "CT chest 10/2024", "5 mm ground glass", "CT 6-12 mo", "04/2025"]]), "b64"))

    mfm = person("MD")
    add(K, "OB anatomy ultrasound report (FlateDecode PDF) for a named patient with findings", mfm, person("MD"), "anatomy scan",
        T("Report attached - please see the comment about the kidneys.", "7bit"),
        [PDF("anatomy_us.pdf", ["**Maternal-Fetal Medicine - Detailed Anatomy Ultrasound", "Patient: Kalani Akana    GA: 20w3d by LMP",
                                "Single live intrauterine pregnancy, anterior placenta, no previa.", "EFW 348 g (48th percentile).",
                                "Bilateral renal pelvis dilation: right 7 mm, left 6 mm (UTD A1).",
                                "Impression: mild bilateral pyelectasis; follow-up ultrasound at 32 weeks."], flate=True)])

    fd = person()
    add(K, "Film-library request to upload a named patient's outside MRI CD for a scheduled neurosurgery visit", fd, person(),
        "outside images", T(f"""Please upload the outside disc for Mr. Archibald Nwankwo: MRI cervical spine 03/02/2025 from
Lakeshore Imaging. He sees neurosurgery Thursday for cervical myelopathy and the surgeon wants the
images in PACS before the visit. Disc is at the front desk.

{fd.sig('Neurosurgery Front Desk')}""", "7bit"))


# ----------------------------------------------------------------------------------------------- label
def pos_label():
    K = "label"
    for i, (spell, txt, enc) in enumerate([
            ("Confidential PHI", "Approved - go ahead.", "7bit"),
            ("confidential-phi", "Can you send me the signed copy by end of day? Thanks.", "qp"),
            ("Confidential - PHI", "Moved to 3:30. Same room.", "7bit"),
            ("CONFIDENTIAL-PHI", "Thanks, got it.", "b64"),
            (None, "Please see attached.", "7bit")]):
        a, b = person(), person()
        if i == 4:
            add(K, "PHI sensitivity label GUID with the Name field omitted; body is one line plus a scan-cover PDF", a, b, "scan",
                T(txt, enc), [PDF("scan_0001.pdf", ["Scanned document", "Pages: 2"], flate=True)], label=(PHI_GUID, None))
        else:
            add(K, f"PHI sensitivity label GUID with the name spelled '{spell}'; the body is innocuous", a, b,
                ["Re: tomorrow", "signed copy", "time change", "RE: received"][i], T(txt + f"\n\n{a.first}", enc), label=(PHI_GUID, spell),
                reply=i in (0, 3))


# ----------------------------------------------------------------------------------------------- mbi
def pos_mbi():
    K = "mbi"
    el = person()
    add(K, "Medicare eligibility check for a named patient with a dashed MBI and upcoming surgery", el, person(), "Eligibility",
        T(f"""Verified Medicare Part A/B for Mrs. Hortensia Alcaraz, MBI {mbi('-')}, before her cataract surgery on
04/29. No MA plan on file, supplement is Medigap plan G. OK to proceed.
{el.first}""", "7bit"))

    reg = person()
    rows = [["Patient", "DOB", "MBI", "Appointment", "Issue"],
            ["Abernethy, Lowell", "1946-07-19", mbi(), "Cardiology 04/22", "HICN on file - update to MBI"],
            ["Dinh, Phuong", "1952-03-08", mbi(), "Ortho 04/23", "MBI mismatch vs card"],
            ["Ferraro, Concetta", "1939-12-30", mbi(), "Wound clinic 04/23", "MSP questionnaire missing"]]
    add(K, "Registration worklist (CSV) with named Medicare patients, DOBs, MBIs and appointments", reg, person(), "MBI fixes before visits",
        T("Please fix these before the visits.", "7bit"), [CSV("mbi_worklist.csv", rows)], label=("phi", "Confidential - PHI"))

    hh = person()
    add(K, "Home-health start-of-care form (uncompressed PDF) with a named patient's MBI and diagnosis", hh,
        ext("Intake", "Team", "f", "hearthhomehealth.example.org", email="intake@hearthhomehealth.example.org"), "SOC info",
        T("Start-of-care information attached.", "7bit"),
        [PDF("soc.pdf", ["**Home Health Start of Care", "Patient: Winston Achterberg", f"Medicare MBI: {mbi()}", "SOC date: 04/14/2025",
                         "Primary dx: Aftercare following joint replacement (Z47.1); presence of right artificial hip (Z96.641)",
                         "Services: PT 3w2, SN 1w3"], flate=False)])

    ca = person()
    add(K, "Medicare Secondary Payer note for a named patient with MBI (HTML alt)", ca, person(), "MSP follow-up",
        ALT(p("Called Mr. Reginald Pemberton about his MSP questionnaire for tomorrow&rsquo;s infusion. He is still working, "
              "employer plan is primary, Medicare secondary.") + p(f"MBI on file: {mbi(' ')}") + p(ca.disp)))

    wife = ext("Mildred", "Oyelowo", "f", "homemail.example")
    add(K, "Wife e-mails her husband's new MBI before his urology procedure (QP, inbound)", wife, person(), "new medicare number",
        T(f"""{BANNER}Hello,

Bernard got his new Medicare card. The number is {mbi()}. Please put it on his account before his
cystoscopy on Friday with Dr. Adler.

Thank you,
Mildred Oyelowo""", "qp"), inbound=True)


def positives():
    pos_lab()
    pos_referral()
    pos_note()
    pos_discharge()
    pos_appt()
    pos_med()
    pos_reg()
    pos_billing()
    pos_hl7()
    pos_ccda()
    pos_imaging()
    pos_label()
    pos_mbi()


# =============================================================================================== NEGATIVES
# ----------------------------------------------------------------------------------------------- template
def neg_template():
    K = "template"
    dev, rev = person(), person()
    add(K, "Code review of a Python string.Template for appointment letters: $pt_first/$pt_last placeholders, no values", dev, rev,
        "PR 412: letter renderer", T(f"""{rev.first},

Can you review PR 412 before Thursday? It swaps our hand-rolled replace() calls for string.Template so a
missing field raises instead of printing a blank.

    LETTER = Template(
        "Dear $pt_title $pt_last,\\n\\n"
        "This is a reminder of your $visit_type with $provider_display "
        "on $appt_date at $appt_time.\\n"
        "Please arrive $arrive_minutes minutes early.\\n")
    # raises KeyError if the extract is missing a column
    body = LETTER.substitute(fields)

The unit test uses an empty dict and asserts the KeyError. No extract data is in the repo.

{dev.sig('Application Developer', 'Digital Health Engineering')}""", "7bit"))

    a, b = person(), person()
    xsl = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:cda="urn:hl7-org:v3">
  <xsl:output method="html" indent="yes"/>
  <xsl:template match="/cda:ClinicalDocument">
    <h1><xsl:value-of select="cda:title"/></h1>
    <table class="demographics">
      <tr><th>Patient</th><td><xsl:value-of select="cda:recordTarget/cda:patientRole/cda:patient/cda:name/cda:given"/>
        <xsl:text> </xsl:text><xsl:value-of select="cda:recordTarget/cda:patientRole/cda:patient/cda:name/cda:family"/></td></tr>
      <tr><th>Date of birth</th><td><xsl:call-template name="fmt-date"><xsl:with-param name="ts" select="cda:recordTarget/cda:patientRole/cda:patient/cda:birthTime/@value"/></xsl:call-template></td></tr>
      <tr><th>Problems</th><td><xsl:apply-templates select="//cda:section[cda:code/@code='11450-4']"/></td></tr>
    </table>
  </xsl:template>
  <xsl:template name="fmt-date"><xsl:param name="ts"/><xsl:value-of select="concat(substring($ts,5,2),'/',substring($ts,7,2),'/',substring($ts,1,4))"/></xsl:template>
</xsl:stylesheet>"""
    add(K, "XSLT stylesheet that renders C-CDA demographics and problems: select expressions only, no document data (XML)", a, b,
        "Updated CDA viewer stylesheet", T("Attached is the stylesheet with the new date formatting. It does not include any sample CDA.\n" + a.first, "qp"),
        [XMLA("cda_viewer.xsl.xml", xsl)])

    rw = person()
    add(K, "Crystal Reports spec listing formula fields such as {PATIENT.LAST_NAME} and {LAB.RESULT_VALUE} (TXT)", rw, person(),
        "Report spec - abnormal results letter", T("Spec for the new letter report attached; please estimate.\n" + rw.sig("Report Writer", "Clinical Analytics"), "7bit"),
        [TXT("report_spec_abn_letter.txt", """REPORT SPEC: Abnormal Result Letter (Crystal Reports 2020)
Data source: CLARITY_RPT view V_ABN_RESULT_LETTER (parameter ?StartDate, ?EndDate, ?DeptID)

Page header:      Riverside Health logo, {@DeptAddressBlock}
Salutation:       "Dear " + {PATIENT.PREFERRED_NAME} + " " + {PATIENT.LAST_NAME} + ","
Body detail:      {LAB.COMPONENT_NAME}  {LAB.RESULT_VALUE} {LAB.UNITS}  (reference {LAB.REF_LOW}-{LAB.REF_HIGH})
Suppress if:      {LAB.ABNORMAL_FLAG} = "N"
Signature:        {PROVIDER.DISPLAY_NAME}, {PROVIDER.CREDENTIALS}
Footer:           Page N of M; "Printed " + ToText(CurrentDate)
Record selection: {LAB.RESULT_STATUS} = "Final" and {PATIENT.PORTAL_ACTIVE} = "N"
""")])

    ie = person()
    add(K, "Apache Velocity fax-cover template from the interface engine: $patient.name, #if blocks, no values (QP)", ie, person(),
        "Velocity template for AVS fax cover", T(f"""Here is the Velocity template we are deploying for the after-visit summary fax cover. Values are
filled at send time from the outbound message; nothing is stored with the template.

## avs_fax_cover.vm
TO: $!recipient.practiceName   FAX: $!recipient.fax
FROM: Riverside Health $!dept.name
RE: $!patient.name  (DOB $!date.format('MM/dd/yyyy', $patient.birthDate))
#if( $avs.hasFollowUp )
Follow-up requested: $avs.followUpWith in $avs.followUpInterval
#end
Pages: $pageCount (including cover)
CONFIDENTIALITY NOTICE: This facsimile contains protected health information ...

{ie.sig('Interface Analyst')}""", "qp"))

    pa = person()
    flow = {"definition": {"triggers": {"When_a_referral_row_is_added": {"type": "OpenApiConnection", "inputs": {"table": "ReferralQueue"}}},
                           "actions": {"Compose_subject": {"type": "Compose", "inputs": "New referral: @{triggerOutputs()?['body/PatientName']} - @{triggerOutputs()?['body/Specialty']}"},
                                       "Send_email": {"type": "OpenApiConnection",
                                                      "inputs": {"To": "@{triggerOutputs()?['body/SpecialtyInbox']}",
                                                                 "Body": "<p>Referral for @{triggerOutputs()?['body/PatientName']} (DOB @{formatDateTime(triggerOutputs()?['body/DOB'],'MM/dd/yyyy')}) was received.</p>",
                                                                 "Sensitivity": "Confidential - PHI"}}}},
            "runHistory": "not exported"}
    add(K, "Power Automate flow definition export (JSON) with @{triggerOutputs()} expressions; run history not exported", pa, person(),
        "Flow export for review", T("Flow definition attached (no run history). It applies the PHI label to the e-mails it sends.\n" + pa.first, "7bit"),
        [JSONA("referral_notify_flow.json", flow)])

    fm = person()
    xfdf = """<?xml version="1.0" encoding="UTF-8"?>
<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">
  <f href="Pediatric_Sports_Physical_Form.pdf"/>
  <fields>
    <field name="pt_last_name"><value></value></field>
    <field name="pt_first_name"><value></value></field>
    <field name="pt_dob"><value></value></field>
    <field name="sport"><value></value></field>
    <field name="hx_concussion"><value>Off</value></field>
    <field name="hx_syncope_exercise"><value>Off</value></field>
    <field name="bp_systolic"><value></value></field>
    <field name="cleared_status"><value></value></field>
    <field name="examiner_signature"><value></value></field>
  </fields>
</xfdf>"""
    add(K, "XFDF export of the empty fields of a fillable sports-physical form: every value empty or Off (XML)", fm, person(),
        "fillable form - field names", T("Exported the field list from the blank fillable form so the web team can map it.", "7bit"),
        [XMLA("sports_physical_fields.xfdf.xml", xfdf)])

    rs = person()
    add(K, "LaTeX class for research result-return letters with \\ptname{} macros left empty (base64 body)", rs, person(),
        "LaTeX letter class", T(r"""Sharing the class file we use for participant letters. Macros are set per letter by the
mail-merge script; the class itself has only defaults.

\ProvidesClass{rhletter}
\newcommand{\ptname}{\textbf{[participant name]}}
\newcommand{\studyid}{\texttt{------}}
\newcommand{\resultblock}{\emph{No result inserted.}}
\newcommand{\signer}{Principal Investigator}
\opening{Dear \ptname,}
Thank you for taking part in the study. \resultblock
\closing{Sincerely, \signer}
""" + "\n" + rs.sig("Research Coordinator", "Clinical Research Office"), "b64"))

    ac = person()
    add(K, "Blank POLST form (uncompressed PDF) sent for printing; every patient field is empty", ac, person(), "POLST print file",
        T("Print-ready blank POLST attached (pink card stock, 500 copies).\n" + ac.sig("Advance Care Planning Program"), "7bit"),
        [PDF("POLST_blank.pdf", ["**PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "Patient last name: ____________________   First: ________________",
                                 "Date of birth: ______________   Gender: [ ] M  [ ] F  [ ] X", "",
                                 "A. CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing)",
                                 "   [ ] Attempt resuscitation/CPR      [ ] Do not attempt resuscitation/DNR",
                                 "B. MEDICAL INTERVENTIONS", "   [ ] Full treatment   [ ] Selective treatment   [ ] Comfort-focused treatment",
                                 "C. ARTIFICIALLY ADMINISTERED NUTRITION", "   [ ] Long-term   [ ] Trial period   [ ] No artificial nutrition",
                                 "Signature of physician/NP/PA: ____________________  Date: __________"], flate=False)])

    bb = person()
    add(K, "Blank blood-transfusion consent form (FlateDecode PDF) for a form-committee review", bb, person(), "transfusion consent v7",
        T("Version 7 of the consent for committee review. Changes: added the alternatives paragraph.", "7bit"),
        [PDF("transfusion_consent_v7.pdf", ["**CONSENT FOR BLOOD TRANSFUSION", "Patient: _________________________",
                                            "Risks include fever, allergic reaction, fluid overload (TACO), lung injury (TRALI), and rarely",
                                            "infection (HIV about 1 in 1.5 million units; hepatitis C about 1 in 1.1 million).",
                                            "Alternatives: iron, erythropoietin, cell salvage, declining transfusion.",
                                            "[ ] I consent to red cells  [ ] plasma  [ ] platelets  [ ] cryoprecipitate",
                                            "Patient/representative signature: ______________  Relationship: ________",
                                            "Witness: ______________  Interpreter ID: ______"], flate=True)])

    ne = person("RN")
    grid = (p("<b>Medication Administration Record &ndash; blank downtime grid</b>") +
            htable([["Medication / dose / route / frequency", "0000", "0400", "0800", "1200", "1600", "2000", "Initials"]] +
                   [["", "", "", "", "", "", "", ""] for _ in range(6)]) +
            p("Patient label: affix here &#9633;&nbsp;&nbsp;&nbsp;Allergies: ____________"))
    add(K, "Blank downtime MAR grid (HTML attachment) with empty rows and a label box", ne, person("RN"), "Downtime MAR",
        T("Please print 20 copies for each unit's downtime binder.\n" + ne.sig("Nursing Informatics"), "7bit"), [HTMLA("downtime_MAR.html", grid)])

    fr = person("RN")
    morse = htable([["Item", "Scale", "Score"], ["History of falling (3 months)", "No 0 / Yes 25", ""], ["Secondary diagnosis", "No 0 / Yes 15", ""],
                    ["Ambulatory aid", "None/bed rest/nurse 0; crutches/cane/walker 15; furniture 30", ""], ["IV or heparin lock", "No 0 / Yes 20", ""],
                    ["Gait", "Normal 0; weak 10; impaired 20", ""], ["Mental status", "Oriented 0; forgets limitations 15", ""], ["Total", "", ""]])
    add(K, "Blank Morse Fall Scale scoring sheet with empty score column (alt)", fr, person("RN"), "fall scale card",
        ALT(p("Here is the pocket card version of the Morse scale for the new-hire packet. Score column intentionally blank.") + morse +
            p("&ge;45 high risk &nbsp;|&nbsp; 25&ndash;44 moderate &nbsp;|&nbsp; 0&ndash;24 low")))

    sc = person("RN")
    add(K, "Blank NIH Stroke Scale worksheet (FlateDecode PDF) for the stroke binder", sc, person(), "NIHSS worksheet",
        T("Updated worksheet attached.\n" + sc.sig("Stroke Program Coordinator"), "7bit"),
        [PDF("NIHSS_worksheet.pdf", ["**NIH STROKE SCALE - WORKSHEET", "Name/label: ______________________  Time: ______  Exam #: ___",
                                     "1a Level of consciousness (0-3): ___   1b LOC questions (0-2): ___   1c LOC commands (0-2): ___",
                                     "2 Best gaze (0-2): ___   3 Visual (0-3): ___   4 Facial palsy (0-3): ___",
                                     "5a Motor L arm (0-4): ___  5b R arm: ___   6a Motor L leg (0-4): ___  6b R leg: ___",
                                     "7 Limb ataxia (0-2): ___  8 Sensory (0-2): ___  9 Language (0-3): ___",
                                     "10 Dysarthria (0-2): ___  11 Extinction/inattention (0-2): ___", "TOTAL: ____  Examiner: __________"], flate=True)])

    rc = person()
    dd = [["Variable / Field Name", "Form Name", "Field Type", "Field Label", "Choices, Calculations, OR Slider Labels", "Text Validation Type OR Show Slider Number", "Identifier?"],
          ["record_id", "enrollment", "text", "Record ID", "", "", ""],
          ["dob", "enrollment", "text", "Date of birth", "", "date_mdy", "y"],
          ["sex", "enrollment", "radio", "Sex assigned at birth", "1, Female | 2, Male | 3, Intersex", "", ""],
          ["dx_icd10", "baseline", "text", "Primary diagnosis (ICD-10-CM)", "", "", ""],
          ["hba1c", "baseline", "text", "HbA1c (%)", "", "number", ""],
          ["egfr", "baseline", "text", "eGFR (mL/min/1.73m2)", "", "integer", ""],
          ["sglt2", "baseline", "yesno", "Currently on an SGLT2 inhibitor?", "", "", ""]]
    add(K, "REDCap data dictionary (CSV) for a diabetes-kidney registry: field definitions only, zero records", rc, person(),
        "data dictionary v2", T("Data dictionary for IRB submission attached. The project is in development mode with no records.\n" + rc.first, "qp"),
        [CSV("DKD_registry_DataDictionary.csv", dd)])

    fh = person()
    sd = {"resourceType": "StructureDefinition", "id": "rh-patient", "url": "http://fhir.riversidehealth.example/StructureDefinition/rh-patient",
          "name": "RHPatient", "status": "draft", "kind": "resource", "type": "Patient", "baseDefinition": "http://hl7.org/fhir/StructureDefinition/Patient",
          "derivation": "constraint",
          "differential": {"element": [
              {"id": "Patient.identifier", "path": "Patient.identifier", "min": 1, "mustSupport": True},
              {"id": "Patient.identifier:mrn", "path": "Patient.identifier", "sliceName": "mrn",
               "constraint": [{"key": "rh-mrn-1", "severity": "error", "human": "MRN is RH followed by seven digits",
                               "expression": "value.matches('^RH[0-9]{7}$')"}]},
              {"id": "Patient.name", "path": "Patient.name", "min": 1, "mustSupport": True},
              {"id": "Patient.birthDate", "path": "Patient.birthDate", "min": 1}]}}
    add(K, "FHIR StructureDefinition profiling Patient: constraints and regexes only, no Patient instance (JSON)", fh, person(),
        "rh-patient profile draft", T("Draft profile attached for the architecture review. No example instances are included yet.", "7bit"),
        [JSONA("StructureDefinition-rh-patient.json", sd)])

    ie3 = person()
    prof = """<?xml version="1.0" encoding="UTF-8"?>
<HL7v2xConformanceProfile HL7Version="2.5.1" ProfileType="Implementation">
  <MetaData Name="RH ADT Inbound" OrgName="Riverside Health" Version="3.0"/>
  <DynamicDef AccAck="NE" AppAck="AL"/>
  <Segment Name="PID" LongName="Patient Identification" Usage="R" Min="1" Max="1">
    <Field Name="Patient Identifier List" Usage="R" Min="1" Max="*" Datatype="CX" Length="250" ItemNo="00106"/>
    <Field Name="Patient Name" Usage="R" Min="1" Max="*" Datatype="XPN" Length="250" ItemNo="00108"/>
    <Field Name="Date/Time of Birth" Usage="RE" Min="0" Max="1" Datatype="TS" Length="26" ItemNo="00110"/>
    <Field Name="SSN Number - Patient" Usage="X" Min="0" Max="0" Datatype="ST" Length="16" ItemNo="00122"/>
  </Segment>
  <Segment Name="DG1" LongName="Diagnosis" Usage="O" Min="0" Max="*">
    <Field Name="Diagnosis Code" Usage="R" Min="1" Max="1" Datatype="CWE" Length="250" ItemNo="00377"/>
  </Segment>
</HL7v2xConformanceProfile>"""
    add(K, "HL7 v2 conformance profile (XML) defining PID/DG1 usage and lengths; no message instances", ie3, person(),
        "ADT conformance profile v3", T("Profile for partner onboarding. Note PID-19 SSN is now X (not supported).", "qp"),
        [XMLA("RH_ADT_inbound_profile.xml", prof)])

    edi = person()
    add(K, "837P companion-guide excerpt with angle-bracket element descriptions, no claim data (TXT)", edi, person(),
        "companion guide 5010 update", T("Updated excerpt attached for the clearinghouse.\n" + edi.sig("EDI Analyst", "Revenue Cycle"), "7bit"),
        [TXT("837P_companion_excerpt.txt", """Loop 2010BA Subscriber Name
NM1*IL*1*<Subscriber Last Name>*<Subscriber First Name>*<Middle Initial>***MI*<Member Identification Number>~
N3*<Subscriber Address Line>~
N4*<City>*<State Code>*<Postal Code>~
DMG*D8*<CCYYMMDD Date of Birth>*<Gender Code F|M|U>~
Loop 2300 Claim Information
CLM*<Patient Control Number>*<Total Charge>***<Place of Service>:B:1*Y*A*Y*Y~
HI*ABK:<Principal Diagnosis ICD-10-CM, no decimal>*ABF:<Other Diagnosis>~
Note: Riverside Health Plan member ids are sent in NM109 without spaces.
""")])

    sw = person("RN")
    add(K, "Blank patient-belongings inventory form pasted as text (QP) with tick boxes and empty lines", sw, person("RN"),
        "belongings form - final", T("""Final wording for the belongings form (goes to print Monday):

PATIENT BELONGINGS INVENTORY
Patient label ____________________    Unit/room ______
[ ] Dentures  upper / lower / partial     [ ] Hearing aid(s)  L / R
[ ] Eyeglasses / contacts                 [ ] Cane / walker
[ ] Wallet   cash counted by two staff: $_______   [ ] Phone / charger
[ ] Sent home with: __________________    [ ] To security safe, envelope # ______
Patient/representative signature ____________   Staff ____________  Date ______
""", "qp"))

    dn = person("DDS")
    add(K, "Blank periodontal charting form (uncompressed PDF) for the dental clinic", dn, person(), "perio chart form",
        T("New perio chart form attached; replaces the old two-sided one.", "7bit"),
        [PDF("perio_chart_blank.pdf", ["**RIVERSIDE HEALTH DENTAL - PERIODONTAL CHART", "Patient: __________________  Chart date: __________  Provider: ______",
                                       "Tooth:   1   2   3   4   5   6   7   8   9  10  11  12  13  14  15  16",
                                       "PD (B):  ___ ___ ___ ___ ___ ___ ___ ___ ___ ___ ___ ___ ___ ___ ___ ___",
                                       "BOP:     [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ] [ ]",
                                       "Mobility / furcation: ______________________", "Tooth:  32  31  30  29  28  27  26  25  24  23  22  21  20  19  18  17",
                                       "Classification: Stage ___  Grade ___"], flate=False)])

    tm = person()
    card = {"type": "AdaptiveCard", "version": "1.5", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "body": [{"type": "TextBlock", "text": "Consult request: ${consult.service}", "weight": "Bolder"},
                     {"type": "FactSet", "facts": [{"title": "Patient", "value": "${patient.displayName}"}, {"title": "Location", "value": "${patient.unit} ${patient.bed}"},
                                                   {"title": "Question", "value": "${consult.question}"}, {"title": "Urgency", "value": "${consult.urgency}"}]}],
            "actions": [{"type": "Action.OpenUrl", "title": "Open in EHR", "url": "${consult.deepLink}"}]}
    add(K, "Teams Adaptive Card template (JSON) with ${patient.displayName} bindings for consult notifications", tm, person(),
        "consult card template", T("Card template attached. Data binding happens in the bot; the template has no data.\n" + tm.first, "7bit"),
        [JSONA("consult_card.template.json", card)])

    crm = person()
    add(K, "CRM e-mail template with {!Contact.FirstName} merge fields (HTML, QP)", crm, person(), "CRM template: screening reminder",
        H(p("Template for approval (merge fields shown as they appear in the CRM):") + p("<hr>") +
          p("Hi {!Contact.FirstName},") + p("Our records show you may be due for {!Outreach__c.Screening_Type__c}. "
                                            "Schedule online at {!Outreach__c.Scheduling_Link__c} or call {!Location__c.Phone}.") +
          p("{!Sender.Signature}") + p("<hr>") + p(f"{crm.disp}<br>Population Health Outreach")))

    sv = person()
    add(K, "Patient-survey vendor fixed-width file layout (TXT): positions and field names, no records", sv, person(), "survey file layout v4",
        T("Layout v4 attached. Only the layout; the first production file goes through SFTP.", "7bit"),
        [TXT("survey_layout_v4.txt", """Pos   Len  Field                     Format
001   010  Facility code             X(10)
011   020  Patient last name         X(20)
031   015  Patient first name        X(15)
046   008  Date of birth             CCYYMMDD
054   008  Discharge/visit date      CCYYMMDD
062   003  Service line              ED|MED|SUR|OB|PED
065   001  Language                  E|S|O
066   010  Attending provider NPI    9(10)
Note: decedents, prisoners and patients with a no-survey flag are excluded upstream.
""")])

    hm = person()
    add(K, "Fax cover sheet template (uncompressed PDF) with checkboxes and blank lines", hm, person(), "new fax cover",
        T("New standard fax cover attached; please replace the old one in all departments.", "7bit"),
        [PDF("fax_cover.pdf", ["**RIVERSIDE HEALTH - FAX", "To: ______________________  Fax: ______________",
                               "From: ____________________  Phone: ____________", "Pages (incl. cover): ____",
                               "[ ] Urgent  [ ] For review  [ ] Please reply  [ ] Records request",
                               "Re: ____________________________________________",
                               "CONFIDENTIALITY: This fax may contain protected health information. If received in error, call the",
                               "sender and destroy all copies."], flate=False)])

    dme = person()
    add(K, "Vendor letter-of-medical-necessity template with guillemet merge fields «PatientName» (base64 body)", dme, person(),
        "LMN template from vendor", T("""The oxygen vendor sent their LMN template. Merge fields in guillemets; nothing is filled in.

«Today»
RE: «PatientName»   DOB «PatientDOB»
To whom it may concern:
I am the treating physician for «PatientName». «He/She» has «Diagnosis» («ICD10»). Resting SpO2 on room
air was «SpO2»% on «TestDate». I am prescribing «LiterFlow» L/min continuous oxygen.
«PhysicianName», «Credentials»  NPI «PhysicianNPI»
""" + "\n" + dme.sig("DME Coordinator"), "b64"))

    roi = person()
    add(K, "Blank authorization to release health information (FlateDecode PDF)", roi, person(), "ROI form rev 2025",
        T("Revised ROI authorization attached (adds the 42 CFR Part 2 checkbox).", "7bit"),
        [PDF("ROI_authorization_blank.pdf", ["**AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION", "Patient name: __________________  Date of birth: ____________",
                                             "Release from: [ ] Riverside Health   [ ] Other: ____________",
                                             "Release to: ___________________________________",
                                             "Information: [ ] Discharge summary [ ] Labs [ ] Imaging [ ] Mental health [ ] SUD records (42 CFR Part 2)",
                                             "Purpose: [ ] Continuing care [ ] Insurance [ ] Legal [ ] Personal",
                                             "This authorization expires on: __________", "Signature: _______________  Date: ________"], flate=True)])

    pr = person()
    add(K, "Notice of Privacy Practices acknowledgement form (HTML body) with empty signature lines", pr, person(), "NPP acknowledgement",
        H(p("<b>ACKNOWLEDGEMENT OF RECEIPT OF NOTICE OF PRIVACY PRACTICES</b>") +
          p("I acknowledge that I have received Riverside Health&rsquo;s Notice of Privacy Practices.") +
          htable([["Printed name", "&nbsp;"], ["Signature", "&nbsp;"], ["Date", "&nbsp;"], ["If not signed, reason (staff)", "&nbsp;"]], header=False).replace("&amp;nbsp;", "&nbsp;") +
          p(f"Sent by {pr.disp}, Privacy Office &ndash; please use this version from May 1."), "qp"))

    tcn = person("RN")
    add(K, "Blank transfer-centre intake checklist as plain text, with labels and empty fields", tcn, person("RN"), "intake checklist",
        T("""Transfer Center - inbound call checklist (blank, for the new binder):

Caller / facility: ____________   Callback: ____________
Patient: ____________   Age: ___   Weight (kg): ___
Reason for transfer: ______________________________
Accepting service: [ ] Med [ ] Surg [ ] Neuro [ ] Cardiology [ ] Trauma [ ] Peds
Level of care: [ ] Floor [ ] Step-down [ ] ICU     Isolation: [ ] None [ ] Contact [ ] Airborne
Code status: ______   Transport: [ ] ALS [ ] Critical care [ ] Air
Accepting physician: ____________   Time accepted: ______
""", "7bit"))

    abn = person()
    add(K, "Blank CMS Advance Beneficiary Notice (FlateDecode PDF) for registration desks", abn, person(), "ABN stock",
        T("Current ABN attached (form CMS-R-131, exp. 01/31/2026). Please discard older versions.", "qp"),
        [PDF("ABN_blank.pdf", ["**Advance Beneficiary Notice of Non-coverage (ABN)", "A. Notifier: Riverside Health",
                               "B. Patient Name: ______________________   C. Identification Number: ____________",
                               "NOTE: If Medicare doesn't pay for D. __________ below, you may have to pay.",
                               "D. ____________   E. Reason Medicare May Not Pay: ____________   F. Estimated Cost: ______",
                               "G. OPTIONS: [ ] OPTION 1  [ ] OPTION 2  [ ] OPTION 3", "I. Signature: ______________   J. Date: ______"], flate=True)])

    api = person()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "ReferralRequest", "type": "object",
              "required": ["patient", "service", "reason"],
              "properties": {"patient": {"type": "object", "required": ["familyName", "birthDate"],
                                         "properties": {"familyName": {"type": "string", "maxLength": 60}, "givenName": {"type": "string"},
                                                        "birthDate": {"type": "string", "format": "date"},
                                                        "mrn": {"type": "string", "pattern": "^RH[0-9]{7}$"},
                                                        "memberId": {"type": "string", "pattern": "^RHP[0-9]{9}$"}}},
                             "service": {"enum": ["cardiology", "gastroenterology", "neurology", "orthopedics"]},
                             "reason": {"type": "string", "description": "free text or ICD-10-CM code"}}}
    add(K, "JSON Schema for the referral API: types, enums and patterns only, no example values (JSON)", api, person(), "referral API schema",
        T("Schema v1.2 attached for the partner portal team.\n" + api.sig("Integration Architect"), "7bit"), [JSONA("ReferralRequest.schema.json", schema)])

    fe = person()
    add(K, "Code review comment on a JavaScript template literal ${pt.lastName} in the kiosk check-in screen", fe, person(),
        "kiosk greeting string", T(f"""Small thing from the kiosk code review: the greeting uses a template literal

    const greeting = `Welcome, ${{pt.preferredName ?? pt.firstName}} ${{pt.lastName.charAt(0)}}.`;

which shows the last initial. Privacy asked us to drop it so people behind you in line can't read it. I'll
change it to first name only. The Storybook fixture already uses an empty object.

{fe.first}""", "7bit"))

    ps1 = person()
    add(K, "PowerShell mailer script with a here-string of $($row.PatientFirst) placeholders (TXT)", ps1, person(), "script for the no-show letters",
        T("Script attached. It reads the export at run time; no data is in the script.", "7bit"),
        [TXT("Send-NoShowLetters.ps1.txt", """param([string]$ExportPath)
$rows = Import-Csv -Path $ExportPath
foreach ($row in $rows) {
    $body = @"
Dear $($row.PatientFirst) $($row.PatientLast),

We missed you at your $($row.DeptName) appointment on $($row.ApptDate). Please call $($row.DeptPhone)
to reschedule.
"@
    Send-MailMessage -To $row.PortalEmail -Subject "We missed you" -Body $body -SmtpServer smtp.riversidehealth.example
}
""")])

    mob = person()
    strings = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="appt_reminder_title">Upcoming visit</string>
    <string name="appt_reminder_body">Hi %1$s, your %2$s appointment with %3$s is on %4$s.</string>
    <string name="result_ready">%1$s, a new test result is ready to view.</string>
    <string name="rx_refill_ready">Your refill of %1$s is ready at %2$s.</string>
    <plurals name="unread_messages">
        <item quantity="one">%d new message from your care team</item>
        <item quantity="other">%d new messages from your care team</item>
    </plurals>
</resources>"""
    add(K, "Android strings.xml for the patient app with %1$s format arguments (XML)", mob, person(), "strings for translation",
        T("strings.xml attached for the translation vendor.", "7bit"), [XMLA("strings.xml", strings)])

    tr = person()
    add(K, "gettext .po excerpt translating portal notices to Spanish with %(first_name)s placeholders (QP, es-US)", tr, person(),
        "Traducciones del portal", T(f"""Hola, les envío las traducciones revisadas para el portal:

msgid "Hello %(first_name)s, your appointment is confirmed for %(date)s."
msgstr "Hola %(first_name)s, su cita está confirmada para el %(date)s."

msgid "A new result from %(lab_name)s is ready."
msgstr "Un nuevo resultado de %(lab_name)s está disponible."

msgid "Your prescription for %(drug)s has been sent to %(pharmacy)s."
msgstr "Su receta de %(drug)s fue enviada a %(pharmacy)s."

{tr.sig('Servicios de Idiomas')}""", "qp"), lang="es-US")

    nh = person()
    add(K, "Blank state newborn-hearing-screen report form (uncompressed PDF)", nh, person(), "EHDI form",
        T("State form for audiology, blank, attached.", "7bit"),
        [PDF("EHDI_report_blank.pdf", ["**NEWBORN HEARING SCREENING REPORT - STATE EHDI PROGRAM", "Infant name: ______________  Birth date: ______  Birth weight (g): ____",
                                       "Mother's name: ______________  Phone: ____________",
                                       "Screen method: [ ] OAE  [ ] AABR     Right ear: [ ] Pass [ ] Refer   Left ear: [ ] Pass [ ] Refer",
                                       "Risk factors: [ ] NICU > 5 days [ ] Family history [ ] CMV [ ] Craniofacial",
                                       "Screener: ______________  Facility: Riverside Health"], flate=False)])

    ip = person("RN")
    add(K, "Blank reportable-disease case report form (FlateDecode PDF) for the infection-prevention binder", ip, person(), "case report form",
        T("Blank form for the binder. Reports themselves go through the state portal.\n" + ip.sig("Infection Preventionist"), "7bit"),
        [PDF("case_report_blank.pdf", ["**CONFIDENTIAL CASE REPORT - REPORTABLE DISEASE", "Disease/condition: ______________",
                                       "Patient name: ______________  DOB: ____________  Sex: ___  County: ______",
                                       "Onset date: ______  Hospitalized: [ ] Y [ ] N  Died: [ ] Y [ ] N",
                                       "Lab: specimen ______ collected ______ result ______",
                                       "Reporter: ______________  Phone: ____________"], flate=True)])

    opo = person("RN")
    add(K, "Blank organ-donation referral call checklist (alt): trigger criteria and empty fields", opo, person("RN"), "OPO call checklist",
        ALT(p("Please post the updated checklist at each ICU desk:") +
            htable([["Trigger (call within 1 hour)", "Done"], ["GCS &le; 5 or loss of brainstem reflex", "&#9744;"],
                    ["Plan to withdraw life-sustaining therapy", "&#9744;"], ["Cardiac death imminent", "&#9744;"]]).replace("&amp;", "&") +
            p("Referral #: ________ &nbsp; OPO coordinator: ________ &nbsp; Time called: ______")))

    ed = person()
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN={ed.name}:mailto:{ed.email}
DESCRIPTION;LANGUAGE=en-US:Working session to finalize the merge fields in t
 he new after-visit summary letter: PatientPreferredName\\, VisitDate\\, Provi
 derName\\, FollowUpInterval\\, NewMedicationsList. Build environment only.
SUMMARY;LANGUAGE=en-US:AVS letter template - merge field review
DTSTART;TZID=Central Standard Time:20250423T140000
DTEND;TZID=Central Standard Time:20250423T150000
UID:040000008200E00074C5B7101A82E00800000000{R.getrandbits(64):016X}
LOCATION;LANGUAGE=en-US:Teams
END:VEVENT
END:VCALENDAR
"""
    add(K, "Calendar invitation for a merge-field review session of an AVS letter template (build environment only)", ed, person(),
        "AVS letter template - merge field review",
        ALT(p("Working session to finalize the merge fields in the new after-visit summary letter: PatientPreferredName, VisitDate, ProviderName, "
              "FollowUpInterval, NewMedicationsList. Build environment only."), cal=cal))

    bi = person()
    rdl = """<?xml version="1.0" encoding="utf-8"?>
<Report xmlns="http://schemas.microsoft.com/sqlserver/reporting/2016/01/reportdefinition">
  <DataSets><DataSet Name="Readmits"><Query><DataSourceName>Clarity</DataSourceName>
    <CommandText>EXEC rpt.usp_Readmit30 @UnitId, @StartDate</CommandText></Query>
    <Fields><Field Name="PatientName"><DataField>PAT_NAME</DataField></Field><Field Name="IndexDx"><DataField>DX_NAME</DataField></Field></Fields>
  </DataSet></DataSets>
  <ReportSections><ReportSection><Body><ReportItems>
    <Textbox Name="txtPatient"><Paragraphs><Paragraph><TextRuns><TextRun><Value>=Fields!PatientName.Value</Value></TextRun></TextRuns></Paragraph></Paragraphs></Textbox>
    <Textbox Name="txtDx"><Paragraphs><Paragraph><TextRuns><TextRun><Value>=Fields!IndexDx.Value</Value></TextRun></TextRuns></Paragraph></Paragraphs></Textbox>
  </ReportItems></Body></ReportSection></ReportSections>
</Report>"""
    add(K, "SSRS report definition (RDL XML) with =Fields!PatientName.Value expressions, no rendered rows", bi, person(),
        "readmission report RDL", T("RDL for the readmission worklist attached for deployment to the report server.", "7bit"), [XMLA("Readmit30.rdl.xml", rdl)])

    ex = person()
    rows = [["Column", "Header", "Formula / rule"], ["A", "Last", "(from export)"], ["B", "First", "(from export)"], ["C", "Vaccine due", "(from export)"],
            ["D", "Greeting", '=CONCAT("Dear ",B2," ",A2,",")'], ["E", "Body", '=CONCAT("Our records show you are due for ",C2,".")'], ["F", "Send?", '=IF(C2="","N","Y")']]
    add(K, "Spreadsheet mail-merge layout (CSV) describing columns and formulas; no rows of people", ex, person(), "merge workbook layout",
        T("Layout of the outreach workbook so you can rebuild it; I deleted all rows before sending.", "b64"), [CSV("merge_workbook_layout.csv", rows)])

    web = person()
    th = (p("Thymeleaf fragment for the portal visit summary (for code review):") +
          "<pre>" + hesc("""<div th:fragment="visitHeader(visit)">
  <h2 th:text="|Visit summary for ${visit.patient.preferredName}|">Visit summary for Name</h2>
  <p th:text="${#temporals.format(visit.date, 'MMMM d, yyyy')}">Date</p>
  <ul><li th:each="dx : ${visit.diagnoses}" th:text="${dx.display}">Diagnosis</li></ul>
</div>""") + "</pre>")
    add(K, "Thymeleaf HTML fragment (HTML attachment) with ${visit.patient.preferredName} expressions and literal default text", web, person(),
        "visit summary fragment", T("Fragment attached for review.", "7bit"), [HTMLA("visitHeader.html", th)])

    vend = ext("Onboarding", "Team", "f", "faxflow.example.org", email="onboarding@faxflow.example.org")
    hi = person()
    inner = T("""Hello Riverside team,

For auto-indexing, please name the zones on your inbound referral templates as follows:
  PT_LAST   - patient last name zone (x=72, y=140, w=220, h=18)
  PT_FIRST  - patient first name zone
  PT_DOB    - date of birth zone, format MM/DD/YYYY
  REF_DX    - reason/diagnosis free text
  REF_NPI   - referring provider NPI, 10 digits
Zones left empty route the fax to the manual queue.

FaxFlow Onboarding""", "7bit")
    add(K, "Forwarded vendor guide (rfc822) naming auto-indexing zones PT_LAST/PT_DOB on fax templates; no fax content", hi, person(),
        "FW: zone naming", Multi("mixed", [T("FYI for the template rebuild.", "7bit"), FWDMSG(vend, hi, "Zone naming for auto-indexing", inner, name="Zone naming.eml")]))


# ----------------------------------------------------------------------------------------------- id_shaped
def neg_id():
    K = "id_shaped"
    spd = person()
    rows = [["Sterilizer", "Load #", "Cycle", "Date", "BI lot", "BI result (24 h)", "Released by"]]
    for i in range(6):
        rows.append([f"STM-0{i % 3 + 1}", f"L25-0314-{i + 17:03d}", R.choice(["Prevac 270F 4 min", "Gravity 250F 30 min", "Flash 270F 3 min"]),
                     "2025-03-14", f"BI{R.randrange(100000, 999999)}", "Negative (no growth)", R.choice(["KS", "MT", "DH", "JR"])])
    add(K, "Steam sterilizer load records (CSV): load numbers, BI lot numbers, 'no growth' results; no patient", spd, person(),
        "BI log wk 11", T("Weekly biological-indicator log attached. All loads released; no recalls.\n" + spd.sig("SPD Supervisor", "Sterile Processing"), "7bit"),
        [CSV("BI_log_wk11.csv", rows)])

    sp2 = person()
    add(K, "Instrument-tray barcode tracking with tray ids like TR-0314-1962 that look like dates; no patient", sp2, person(),
        "missing trays", T(f"""Two trays did not scan back into decon after Tuesday's cases:

  TR-0314-1962  Major ortho basic, 2 of 2 (last scan: OR 7 case cart, 03/18 14:22)
  TR-0922-1957  Small fragment set (last scan: OR 12, 03/18 16:05)
  TR-1108-2004  Laparoscopy camera set - found, scanned 03/19 07:10

Tray numbers are assigned from the instrument catalogue, not from cases. If you see them, please call
SPD at ext. 4-4417.

{sp2.sig('SPD Instrument Coordinator')}""", "7bit"))

    fl = person()
    add(K, "Fleet fuel-card transactions with masked card numbers, odometers and authorisation codes (base64 body)", fl, person(),
        "fuel card exceptions March", T(f"""Fuel card exceptions for March (courier and shuttle fleet):

Card ****4471  Unit 14 (Transit van)   03/04  22.6 gal  odo 88,214  auth 019443  - fuel type premium (policy: regular)
Card ****9102  Unit 22 (Shuttle bus)   03/11  41.0 gal  odo 130,577 auth 551209  - tank capacity exceeded?
Card ****0385  Unit 07 (Courier car)   03/27  11.2 gal  odo 61,040  auth 774120  - no driver PIN

Please have drivers sign the exception forms by Friday.
{fl.sig('Fleet Manager', 'Support Services')}""", "b64"))

    rx = person("PharmD")
    epcis = """<?xml version="1.0" encoding="UTF-8"?>
<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:1" schemaVersion="1.2" creationDate="2025-03-20T14:02:11Z">
  <EPCISBody><EventList>
    <ObjectEvent>
      <eventTime>2025-03-20T13:58:00Z</eventTime>
      <epcList>
        <epc>urn:epc:id:sgtin:0304545.028061.10047712553</epc>
        <epc>urn:epc:id:sgtin:0304545.028061.10047712554</epc>
      </epcList>
      <action>OBSERVE</action><bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
      <extension><ilmd><lotNumber>HX4471A</lotNumber><itemExpirationDate>2026-09-30</itemExpirationDate></ilmd></extension>
    </ObjectEvent>
  </EventList></EPCISBody>
</epcis:EPCISDocument>"""
    add(K, "DSCSA EPCIS shipping event (XML) with SGTIN serials, lot and expiry for a drug shipment; no patient", rx, person(),
        "DSCSA T3 for PO receipt", T("Transaction information for yesterday's wholesaler delivery attached for the DSCSA file.", "7bit"),
        [XMLA("epcis_shipment.xml", epcis)])

    bm = person()
    add(K, "Temperature-logger calibration certificates (uncompressed PDF): serials, NIST numbers, calibration dates", bm, person(),
        "logger certs 2025", T("Calibration certificates for the vaccine and blood fridges attached.\n" + bm.sig("Biomedical Engineering"), "7bit"),
        [PDF("logger_calibration.pdf", ["**Certificate of Calibration", "Data logger model TL-520, serial numbers:",
                                        "  TL520-19620314 (Pharmacy vaccine fridge 2)    as found +0.1 C   as left 0.0 C",
                                        "  TL520-19710822 (Blood bank fridge B)          as found -0.2 C   as left 0.0 C",
                                        "  TL520-20011107 (Lab reagent fridge 4)         as found +0.3 C   as left +0.1 C",
                                        "Reference thermometer NIST traceable, report 685/2511-24", "Calibration date 02/11/2025, due 02/11/2026"], flate=False)])

    ra = person()
    add(K, "Research-office notice with NIH grant award numbers and budget-period dates; no participants (QP)", ra, person("MD"),
        "NoA received", T(f"""Good news: the Notice of Award for year 3 arrived.

Award: 5R01HL158843-03   Budget period 04/01/2025-03/31/2026   Total $512,406
Subaward to Lakeshore University: 1U01DK130297-01A1 remains on hold pending their F&A agreement.
Please do not charge the new year's account (cost centre 44-1872) until the chart string is live.

{ra.sig('Grants Specialist', 'Office of Sponsored Programs')}""", "qp"))

    pk = person()
    add(K, "Staff parking citations with citation numbers and plate numbers; names of staff only", pk, person(), "garage citations",
        T(f"""The following staff vehicles were cited in the physician-only level of Garage C:

Citation 25-004411  plate WI ABX-4471  03/12 07:02
Citation 25-004432  plate WI 882-KTR   03/13 06:48
Citation 25-004498  plate IL DR7 1146  03/18 07:15

Fines go through payroll deduction unless appealed within 10 days.
{pk.sig('Parking & Transportation')}""", "7bit"))

    lib = person("MLIS")
    rows = [["ILL #", "Requester", "Citation", "PMID", "DOI", "ISSN"],
            ["ILL-25-0872", "K. Asante", "Tirzepatide once weekly for the treatment of obesity. N Engl J Med 2022", "35658024", "10.1056/NEJMoa2206038", "0028-4793"],
            ["ILL-25-0873", "M. Brennan", "Sepsis-3 definitions. JAMA 2016", "26903338", "10.1001/jama.2016.0287", "0098-7484"],
            ["ILL-25-0874", "S. Cho", "Pediatric DKA fluid rates. N Engl J Med 2018", "29897841", "10.1056/NEJMoa1716816", "0028-4793"]]
    add(K, "Interlibrary-loan requests (HTML table) with PMIDs, DOIs and ISSNs for disease articles; requesters are staff", lib, person(),
        "ILL requests filled", H(p("These interlibrary loan requests were filled today; PDFs are in your library account.") + htable(rows) + p(lib.disp + "<br>Medical Library"), "qp"))

    ap = person()
    add(K, "Bank wire confirmation (TXT) with IMAD/OMAD, routing and reference numbers for a vendor payment", ap, person(),
        "wire confirmation", T("Wire confirmation for the CT scanner down payment attached.", "7bit"),
        [TXT("wire_confirmation.txt", """OUTGOING WIRE CONFIRMATION
Value date: 2025-03-21    Amount: USD 412,500.00
Beneficiary: Example Imaging Systems LLC    Beneficiary bank ABA: 021000089
Reference: INV-CT-2025-0031 / PO 7712094
IMAD: 20250321MMQFMP2A000412    OMAD: 20250321B1QGC08C001377
Fed reference: 0321 0877 4412
""")])

    mdm = person()
    rows = [["Employee", "Dept", "Device", "IMEI", "ICCID (last 6)", "Issued"]]
    for pp in (person(), person(), person(), person()):
        rows.append([pp.name, R.choice(["Hospitalist", "Case Management", "Security", "EVS"]), "iPhone 15",
                     "35" + "".join(str(R.randrange(10)) for _ in range(13)), "".join(str(R.randrange(10)) for _ in range(6)), "2025-03-0" + str(R.randrange(1, 9))])
    add(K, "Mobile-device assignment list (CSV): staff names with IMEIs and SIM numbers", mdm, person(), "device assignments",
        T("New device assignments for the MDM import.", "7bit"), [CSV("device_assignments.csv", rows)])

    fac = person()
    add(K, "State elevator inspection certificates (FlateDecode PDF) with certificate and device numbers", fac, person(),
        "elevator certs", T("Certificates attached; originals are posted in each car.", "7bit"),
        [PDF("elevator_certificates.pdf", ["**STATE ELEVATOR CERTIFICATE OF OPERATION", "Device 19-4471 (Patient tower car 3)  Capacity 5,000 lb  Cert 2025-0314-88",
                                           "Device 19-4472 (Patient tower car 4)  Capacity 5,000 lb  Cert 2025-0314-89",
                                           "Device 07-1120 (Service car B)        Capacity 4,500 lb  Cert 2025-0314-90",
                                           "Inspection date 03/14/2025   Expires 03/31/2026   Inspector #1187"], flate=True)])

    fs = person()
    rows = [["Tag #", "Location", "Type", "Monthly check", "Annual due", "Hydro due"]]
    for i in range(6):
        rows.append([f"FE-{R.randrange(10000, 99999)}", R.choice(["5N corridor", "OR core", "Kitchen hood", "MRI zone 3", "ED ambulance bay", "Pharmacy"]),
                     R.choice(["ABC 10 lb", "CO2 10 lb", "K-class", "Non-magnetic water mist"]), "OK", "2025-09", str(R.choice([2026, 2027, 2029]))])
    add(K, "Fire-extinguisher inspection tags (CSV) with tag numbers and due dates", fs, person(), "extinguisher round",
        T("March extinguisher round complete; tags attached.\n" + fs.sig("Life Safety"), "qp"), [CSV("extinguisher_tags_mar.csv", rows)])

    wm = person()
    obj = {"program": "Water management - Legionella", "samplingEvent": "2025-Q1", "lab": "Example Environmental Labs",
           "results": [{"pointId": "WMP-5N-H-014", "location": "5N clean utility hot tap", "sampleNo": "EL25-03341", "result": "Not detected (<1 CFU/mL)"},
                       {"pointId": "WMP-ICU-H-002", "location": "MICU room 6 sink", "sampleNo": "EL25-03342", "result": "Not detected"},
                       {"pointId": "WMP-TWR-CT-01", "location": "Cooling tower 1", "sampleNo": "EL25-03343", "result": "L. pneumophila sg 2-14, 3 CFU/mL - remediation"}],
           "note": "Environmental samples only; no clinical specimens."}
    add(K, "Legionella environmental sampling results (JSON) by sampling point; no patients or clinical specimens", wm, person(),
        "Q1 Legionella sampling", T("Cooling tower 1 needs remediation per the plan; all taps were negative.", "7bit"), [JSONA("legionella_q1.json", obj)])

    hv = person()
    rows = [["Room", "Type", "Setpoint", "03/17", "03/18", "03/19", "Status"],
            ["4W-21", "AIIR (negative)", "&le; -0.01 in. w.c.", "-0.024", "-0.021", "-0.006", "ALARM 03/19 - damper reset"],
            ["4W-22", "AIIR (negative)", "&le; -0.01 in. w.c.", "-0.019", "-0.020", "-0.022", "OK"],
            ["BMT-08", "PE (positive)", "&ge; +0.01 in. w.c.", "+0.031", "+0.030", "+0.029", "OK"]]
    rows = [[Raw(c) if "&" in c else c for c in r] for r in rows]
    add(K, "Isolation-room pressure log (alt): room numbers and pressure readings; occupancy not recorded", hv, person(),
        "pressure room log", ALT(p("Daily pressure checks for the isolation rooms. This log records the room, not who is in it.") + htable(rows) +
                                 p(hv.disp + "<br>Facilities &ndash; HVAC")))

    it = person()
    add(K, "Workstation refresh list with asset serials and RHWS hostnames (QP)", it, person(), "refresh wave 3",
        T(f"""Wave 3 refresh (Cardiology clinic), old -> new:

RHWS-CARD-0412  SN 5CG1471KTR  ->  SN 5CG4410QXP
RHWS-CARD-0413  SN 5CG1471KTS  ->  SN 5CG4410QXR
RHWS-CARD-0419  SN 5CG1503LMN  ->  SN 5CG4410QXT
Imaging: Win11 23H2 gold image 2025.03; Imprivata agent 7.12; badge tap enabled.

{it.sig('Desktop Support')}""", "qp"))

    cr = person()
    add(K, "Specimen courier route manifest (TXT): stops, tote seal numbers and temperatures; tote contents not listed", cr, person(),
        "Route 6 manifest", T("Manifest for route 6 attached - tote 14 seal was broken on arrival, see note.", "7bit"),
        [TXT("route6_manifest.txt", """COURIER ROUTE 6 - 03/19/2025 - driver #0447
Stop  Site                          Pickup  Totes  Seal #        Temp (C)
1     Eastgate Clinic               13:05   2      SL-0081442    4.2
2     Maple Ridge Primary Care      13:40   1      SL-0081447    4.8
3     Northfield Women's Health     14:15   3      SL-0081451    21.0 (ambient tote)
4     Main lab receiving            15:02   -      -             -
Note: tote SL-0081447 seal broken at receiving; lab verified contents against its own log.
""")])

    ev = person()
    add(K, "Regulated medical waste manifest (FlateDecode PDF) with manifest tracking number and container counts", ev, person(),
        "RMW manifest", T("Manifest for today's pickup attached for the EVS file.", "7bit"),
        [PDF("rmw_manifest.pdf", ["**REGULATED MEDICAL WASTE MANIFEST", "Manifest tracking no. 002471553EXM", "Generator: Riverside Health Main Campus",
                                  "Containers: 44 red-bag boxes (UN3291), 12 sharps 18-gal, 3 pharmaceutical (non-hazardous)",
                                  "Gross weight 1,912 lb   Transporter permit TR-77104", "Treatment facility: Example Autoclave Services"], flate=True)])

    ph = person("PharmD")
    hosp_dea = dea("Riverside", "A")
    add(K, "Pharmacy DEA Form 222 order serials and the hospital pharmacy's own DEA number; no patient", ph, person(),
        "CII order forms", T(f"""Received the new book of DEA Form 222 order forms for the hospital pharmacy (registrant
DEA {hosp_dea}). Serial numbers 251044710 through 251044729. Forms 251044710-251044712 have been used for
this week's fentanyl and hydromorphone stock orders to the wholesaler; the copies are filed in the vault
binder.

{ph.sig('Pharmacy Operations Manager')}""", "7bit"))

    rv = person()
    rows = [["Return auth", "NDC", "Description", "Lot", "Exp", "Qty", "Credit"],
            ["RA-550183", "0409-1966-05", "Morphine sulfate 4 mg/mL", "HN4471", "2025-01", "25", "$18.75"],
            ["RA-550183", "0641-6125-25", "Hydromorphone 2 mg/mL", "KL0922", "2024-12", "10", "$9.10"],
            ["RA-550184", "0143-9505-01", "Ondansetron 4 mg/2 mL", "ZT1108", "2025-02", "40", "$6.00"]]
    add(K, "Reverse-distributor credit memo (CSV) for expired drug returns: NDCs, lots, return authorisations", rv, person(),
        "returns credit", T("Credit memo for the February expired returns.", "7bit"), [CSV("returns_credit_memo.csv", rows)])

    tel = person()
    add(K, "Telecom DID porting order (HTML) listing a block of 555-01xx numbers and port order ids", tel, person(),
        "DID port - Northfield", H(p("Port order PO-88714 for the Northfield clinic is scheduled for Saturday 04/26 at 06:00.") +
                                  htable([["DID range", "Current carrier", "Port order", "Destination"], ["(920) 555-0100 to 555-0149", "Example Telecom", "PO-88714", "Teams Phone"],
                                          ["(920) 555-0150 to 555-0199", "Example Telecom", "PO-88715", "Teams Phone"]]) +
                                  p(tel.disp + "<br>Unified Communications"), "qp"))

    pacs = person()
    add(K, "DICOM network settings for a new CT (base64 body): AE titles, IP addresses and ports", pacs, person(),
        "CT 4 DICOM config", T("""Please add the new scanner to the PACS and modality worklist:

Modality AE title: RHCT04MAIN    IP 10.44.17.31   port 104
PACS archive AE:   RHPACSARCH    IP 10.44.2.10    port 11112
MWL AE:            RHMWLBROKER   IP 10.44.2.22    port 3320
Storage commitment: enabled; MPPS: enabled
Test images only (phantom) until acceptance testing is signed off.
""" + "\n" + pacs.sig("PACS Administrator"), "b64"))

    ac = person()
    add(K, "Accreditation survey logistics with HCO id, event numbers and tracer topics (QP); no patient", ac, person(),
        "survey event numbers", T(f"""The survey event is confirmed: HCO ID 7104, event ID 4471922, tracer topics announced for Day 2 are
medication management (high-alert drugs), infection control (sterile processing) and the
environment of care. The surveyors have been told patient tracers will be chosen on site.

{ac.sig('Accreditation Manager')}""", "qp"))

    cfo = person()
    add(K, "Medicare cost-report worksheet S-2 extract (uncompressed PDF) with CCN, facility NPI and fiscal dates", cfo, person(),
        "S-2 draft", T("Draft S-2 attached for signature.", "7bit"),
        [PDF("S2_draft.pdf", ["**Worksheet S-2 Part I - Hospital and Health Care Complex Identification Data",
                              "Hospital: Riverside Health Main Campus    CCN 52-0447", f"Type 2 NPI {npi()}",
                              "Cost reporting period: 07/01/2024 - 06/30/2025", "Date certified: ____",
                              "Line 3: Subprovider IPF  CCN 52-S447    Line 4: Subprovider IRF  CCN 52-T447"], flate=False)])

    cp = person("PharmD")
    rows = [["Batch #", "Product", "Strength", "Units", "Compounded", "BUD", "Verified"],
            ["19620314-07", "Ketamine PF syringe", "10 mg/mL x 5 mL", "40", "2025-03-14", "2025-04-13", "RPh 2"],
            ["19620314-08", "Phenylephrine syringe", "100 mcg/mL x 10 mL", "60", "2025-03-14", "2025-04-13", "RPh 1"],
            ["19620315-01", "Succinylcholine syringe", "20 mg/mL x 10 mL", "30", "2025-03-15", "2025-04-14", "RPh 2"]]
    add(K, "Batch-compounding log (CSV) with date-shaped batch numbers and beyond-use dates for anesthesia syringes", cp, person(),
        "batch log", T("This week's batch log. The batch numbers are our YYYYMMDD-sequence, so they look like dates.", "7bit"), [CSV("batch_log.csv", rows)])

    lab = person("MLS")
    obj = {"survey": "Chemistry Core C-A 2025", "kitNumber": "C-A-2025-04471", "samples": [
        {"sampleId": "CHM-01", "analyte": "Potassium", "result": 5.9, "units": "mmol/L"}, {"sampleId": "CHM-01", "analyte": "Creatinine", "result": 2.41, "units": "mg/dL"},
        {"sampleId": "CHM-02", "analyte": "Glucose", "result": 312, "units": "mg/dL"}, {"sampleId": "CHM-03", "analyte": "Sodium", "result": 128, "units": "mmol/L"}],
        "submittedBy": lab.name, "note": "Proficiency-testing survey samples. Not patient specimens."}
    add(K, "Proficiency-testing survey submission (JSON): analyte results on PT sample ids, explicitly not patient specimens", lab, person(),
        "PT submission C-A", T("Copy of our submission for the chemistry PT survey, due Friday.", "7bit"), [JSONA("PT_CA_2025.json", obj)])

    poc = person("MLS")
    rows = [["Meter serial", "Unit", "Last dock", "QC lot (low / high)", "QC low", "QC high", "Status"],
            ["GM7-0314471", "5N", "03/19 06:12", "L41120 / H41121", "48 mg/dL", "302 mg/dL", "OK"],
            ["GM7-0314472", "ED", "03/18 22:40", "L41120 / H41121", "51", "296", "OK"],
            ["GM7-0922015", "4W", "03/12 11:02", "L40911 / H40912", "-", "-", "LOCKED - QC overdue"]]
    add(K, "Point-of-care glucose-meter QC docking report (HTML attachment): meter serials and control-solution lots", poc, person("RN"),
        "meter lockouts", T("One meter on 4W is locked for overdue QC; please run controls.\n" + poc.sig("POC Testing Coordinator"), "7bit"),
        [HTMLA("glucose_meter_qc.html", htable(rows))])

    em = person()
    add(K, "Disaster-drill amateur radio plan with FCC call signs and frequencies", em, person(), "radio plan for drill",
        T(f"""Radio plan for the Thursday exercise:

Net control: KD9QRH (hospital EOC) on 146.520 MHz simplex, backup 444.300 MHz (PL 123.0)
County EOC: W9RVH   Red Cross shelter: KC9ZMT
Hourly check-in at :00; message forms ICS-213 only; no patient information on the air.

{em.sig('Emergency Management Coordinator')}""", "7bit"))

    fm = person()
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN={fm.name}:mailto:{fm.email}
DESCRIPTION;LANGUAGE=en-US:Monthly generator load-bank test. WO 25-031447. Ge
 nerators GEN-1 (SN 4471-0314-A) and GEN-2 (SN 4471-0922-B)\\, ATS-3 and ATS-
 5 transfer. Expect 10-second transfer on life-safety branch.
SUMMARY;LANGUAGE=en-US:Generator load-bank test WO 25-031447
DTSTART;TZID=Central Standard Time:20250420T050000
DTEND;TZID=Central Standard Time:20250420T070000
UID:040000008200E00074C5B7101A82E00800000000{R.getrandbits(64):016X}
LOCATION;LANGUAGE=en-US:Central Energy Plant
END:VEVENT
END:VCALENDAR
"""
    add(K, "Calendar invitation for a generator load-bank test with work-order and generator serial numbers", fm, person(),
        "Generator load-bank test WO 25-031447", ALT(p("Monthly generator load-bank test. WO 25-031447. Generators GEN-1 (SN 4471-0314-A) and GEN-2 "
                                                        "(SN 4471-0922-B), ATS-3 and ATS-5 transfer. Expect 10-second transfer on life-safety branch."), cal=cal))

    vf = person("RN")
    rows = [["Vaccine", "NDC", "Lot", "Exp", "Doses on hand", "Storage unit"],
            ["MMR II", "0006-4681-00", "Y014471", "2026-01-31", "30", "Fridge 2"], ["Tdap (Boostrix)", "58160-0842-52", "3K9T2", "2025-11-30", "45", "Fridge 2"],
            ["Influenza 2024-25 (quadrivalent)", "49281-0424-50", "UT8224JA", "2025-06-30", "12", "Fridge 1"], ["Varicella", "0006-4827-00", "Y009221", "2026-03-15", "8", "Freezer A"]]
    add(K, "Monthly vaccine inventory reconciliation (CSV): NDCs, lots, doses on hand; no administrations", vf, person(),
        "vaccine inventory", T("Inventory reconciliation for the clinic attached for the state program.", "qp"), [CSV("vaccine_inventory_mar.csv", rows)])

    sh = person()
    add(K, "Certificate of destruction (FlateDecode PDF) for shredding bins with bin numbers and weights", sh, person(),
        "shred certificate", T("Certificate of destruction for March attached for the privacy file.", "7bit"),
        [PDF("certificate_of_destruction.pdf", ["**CERTIFICATE OF DESTRUCTION", "Customer: Riverside Health  Account 60-44712",
                                                "Service date: 03/28/2025   Bins serviced: 118 (bin #B-1001 to B-1118)",
                                                "Method: on-site cross-cut shredding, NAID AAA certified", "Weight destroyed: 6,140 lb",
                                                "Operator: #2271"], flate=True)])

    rso = person()
    add(K, "Sealed radioactive source inventory (TXT) with source serial numbers and leak-test dates", rso, person(),
        "sealed source inventory", T("Semi-annual inventory attached for the RSO file.", "7bit"),
        [TXT("sealed_sources.txt", """SEALED SOURCE INVENTORY - Nuclear Medicine
Isotope  Activity (ref)     Serial       Use               Leak test      Result
Cs-137   200 uCi (2014)     CS-4471-14   dose calibrator   2025-03-10     <0.005 uCi PASS
Co-57    10 mCi (2024)      CO-0922-24   flood source      2025-03-10     <0.005 uCi PASS
Ba-133   250 uCi (2019)     BA-1108-19   constancy         2025-03-10     <0.005 uCi PASS
""")])

    lis = person()
    rows = [["Local test code", "Local name", "LOINC", "LOINC long name", "Units"],
            ["LAB1471", "Potassium, plasma", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L"],
            ["LAB1472", "Hemoglobin A1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"],
            ["LAB1473", "hs Troponin T", "67151-1", "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L"]]
    add(K, "LOINC mapping table (CSV) for new test build: local codes, LOINC codes and units", lis, person(), "LOINC map for sign-off",
        T("LOINC mappings for the three new tests; please sign off by Wednesday.", "7bit"), [CSV("loinc_map.csv", rows)])

    cdm = person()
    add(K, "Chargemaster update (alt) with CDM item numbers, revenue codes, CPT/HCPCS and prices; no patient", cdm, person(),
        "CDM changes April", ALT(p("CDM changes effective 04/01:") +
                                 htable([["CDM #", "Description", "Rev code", "CPT/HCPCS", "Price"], ["3004471", "CT abdomen/pelvis w contrast", "0352", "74177", "$2,840.00"],
                                         ["3004472", "Echo TTE complete", "0483", "93306", "$1,215.00"], ["2501108", "Ondansetron inj 1 mg", "0636", "J2405", "$4.10"]]) +
                                 p(cdm.disp + "<br>Revenue Integrity")))

    ie = person()
    m05 = [seg_msh("MFN^M05^MFN_M05", "LOC20250318", app="ADT", to="BEDBOARD"), "MFI|LOC^Location Master File|UPD|||AL",
           "MFE|MAD|||4W^21^A^RIVERSIDE|PL", "LOC|4W^21^A^RIVERSIDE|Airborne isolation room|R|RIVERSIDE MAIN",
           "LCH|4W^21^A^RIVERSIDE|||ISOL^Isolation capable^L|Y", "MFE|MAD|||4W^22^A^RIVERSIDE|PL", "LOC|4W^22^A^RIVERSIDE|Private room|R|RIVERSIDE MAIN"]
    add(K, "HL7 MFN^M05 location master-file message (.hl7): rooms and beds, no PID", ie, person(), "bed build M05",
        T("M05 for the two new 4W rooms attached for the bed board vendor.", "7bit"), [HL7A("MFN_M05_4W.hl7", m05)])

    lis2 = person()
    m08 = [seg_msh("MFN^M08^MFN_M08", "TST20250321", app="LIS", to="EPIC"), "MFI|OMA^Numerical Observation Master|UPD|||AL",
           "MFE|MAD|||LAB1473^hs Troponin T^L|CWE", "OM1|1|LAB1473^hs Troponin T^L|NM|N|Y|hsTnT",
           "OM2|1|ng/L|0|<14^^^^M~<10^^^^F"]
    add(K, "HL7 MFN^M08 test-definition message (application/hl7-v2): analyte, units and reference range, no PID", lis2, person(),
        "M08 for troponin", T("Master-file message for the new hs-troponin definition, for the interface test script.", "qp"),
        [HL7A("MFN_M08_troponin.hl7", m08, "application/hl7-v2")])

    mr = person()
    add(K, "Bulk-mail postage statement (QP) with USPS permit number and mailing ids; newsletter mailing, no recipients listed", mr, person(),
        "postage statement", T(f"""Postage statement for the spring community newsletter mailing:
Permit: Nonprofit Standard, Permit #4471   Mailing group 2025-03-A
Pieces: 48,210   Postage: $7,135.08   Drop date 03/31
CAPS debit reference 0331-447-1962
{mr.sig('Mail Services')}""", "qp"))

    gs = person()
    add(K, "Gift-shop card-terminal swap with merchant id, terminal ids and serials", gs, person(), "terminal swap",
        T(f"""Gift shop card terminals are being swapped Monday:
Merchant ID 4471-0922-1108   Terminal 01 TID 77104471 (SN 18-221-447)   Terminal 02 TID 77104472 (SN 18-221-448)
New PIN pads are P2PE validated. The old units go back in the prepaid box.
{gs.sig('Retail Services')}""", "7bit"))

    util = ext("Billing", "Dept", "f", "cityutilities.example.org", email="ebill@cityutilities.example.org")
    en = person()
    inner = T("""Your electric statement is ready.
Account 4471-0922-18   Service: 1200 Riverside Pkwy (Main campus CEP)
Meter 88104471  Billing period 02/14-03/15  Usage 1,284,000 kWh  Demand 2,410 kW
Amount due $118,402.77 by 04/10
""", "7bit")
    add(K, "Forwarded utility bill (rfc822) with account and meter numbers", en, person(), "FW: March electric",
        Multi("mixed", [T("For the energy dashboard. Demand charge jumped again.", "7bit"), FWDMSG(util, en, "Your statement is ready", inner, name="statement.eml")]))

    fd = person()
    add(K, "Cafeteria food-recall notice (HTML) with pack-date and lot codes that look like birth dates", fd, person(),
        "produce recall - cafe", H(p("The produce supplier recalled bagged romaine for possible E. coli O157:H7. We pulled these from the caf&eacute; and the tray line:") +
                                    htable([["Item", "Pack date code", "Lot", "Cases pulled"], ["Romaine hearts 6 ct", "031462", "RM-0314-A", "4"],
                                            ["Chopped romaine 2 lb", "031562", "RM-0315-C", "6"]]) +
                                    p("Pack date codes are MMDDYY-style codes from the supplier. No illnesses have been reported."), "b64"))

    lk = person()
    add(K, "Key and lock-core change log (TXT): key numbers, core numbers and staff who received keys", lk, person(), "core changes",
        T("Core change log for the pharmacy suite attached.", "7bit"),
        [TXT("core_change_log.txt", """Date        Door          Old core   New core   Keys issued (key #)
03/17/2025  PHM-104       C-4471     C-5520     PK-01 to PK-06
03/17/2025  PHM-106 vault C-4472     C-5521     PV-01, PV-02 (dual control)
03/18/2025  LAB-220       C-1108     C-5522     LK-11 to LK-18
""")])


# ----------------------------------------------------------------------------------------------- provider_directory
def docs(n, specs, title="MD"):
    out = []
    for i in range(n):
        d = person(R.choice(["MD", "MD", "DO"]) if title == "MD" else title)
        d.npi = npi()
        d.spec = specs[i % len(specs)]
        d.lic = f"{R.randrange(10000, 99999)}-{R.choice(['20', '21', '33'])}"
        out.append(d)
    return out


def neg_provider():
    K = "provider_directory"
    hm = person("MD")
    ds = docs(6, ["Hospital Medicine"])
    rows = [["Block", "Dates", "Day team", "NPI", "Nocturnist", "NPI"]]
    for i in range(3):
        a, b = ds[2 * i], ds[2 * i + 1]
        rows.append([f"Block {i + 7}", ["05/05-05/11", "05/12-05/18", "05/19-05/25"][i], a.name + ", " + a.title, a.npi, b.name + ", " + b.title, b.npi])
    add(K, "Hospitalist block sign-up sheet (CSV) with physicians' names and NPIs for billing; no patients", hm, ds[0],
        "May blocks - sign-up", T("Sheet attached with the May blocks filled in so far. NPIs are there because billing builds the rendering-provider file from it.\n" + hm.sig("Medical Director, Hospital Medicine"), "7bit"),
        [CSV("hospitalist_blocks_may.csv", rows)])

    nc = person()
    ds = docs(4, ["Cardiology", "Endocrinology", "Psychiatry", "Dermatology"])
    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<NetworkAdequacySubmission plan=\"Riverside Health Plan\" quarter=\"2025Q1\">\n"
    for d in ds:
        xml += (f"  <Provider npi=\"{d.npi}\" specialty=\"{d.spec}\" acceptingNew=\"{R.choice(['Y', 'N'])}\">\n"
                f"    <Name>{d.last}, {d.first}</Name><Site county=\"{R.choice(['Dane', 'Rock', 'Jefferson'])}\" timeMinutes=\"{R.randrange(10, 45)}\" distanceMiles=\"{R.randrange(5, 40)}\"/>\n  </Provider>\n")
    xml += "</NetworkAdequacySubmission>"
    add(K, "Payer network-adequacy submission (XML): providers' NPIs, specialties, counties and time/distance; no members", nc, person(),
        "NA file Q1", T("Q1 network adequacy file for the state. Provider-level rows only.\n" + nc.sig("Network Contracting Analyst", "Riverside Health Plan"), "qp"),
        [XMLA("network_adequacy_2025Q1.xml", xml)])

    tl = person()
    ds = docs(3, ["Psychiatry", "Neurology", "Infectious Disease"])
    obj = {"onboardingBatch": "TH-2025-04", "platform": "Riverside Virtual Care",
           "providers": [{"name": d.name, "credential": d.title, "npi": d.npi, "specialty": d.spec,
                          "stateLicenses": [{"state": "WI", "number": d.lic}, {"state": "IL", "number": f"036.{R.randrange(100000, 999999)}"}],
                          "dea": dea(d.last), "epcsReady": True, "visitTypes": ["new", "follow-up"]} for d in ds]}
    add(K, "Telehealth onboarding batch (JSON) with providers' NPIs, state licences and DEA numbers for e-prescribing", tl, person(),
        "virtual care onboarding batch", T("Batch for platform setup. These are the clinicians' own credentials; no patient scheduling yet.", "7bit"),
        [JSONA("TH-2025-04.json", obj)])

    cme = person()
    d = docs(1, ["Cardiology"])[0]
    add(K, "CME certificate (FlateDecode PDF) for a named physician with NPI and credits for a heart-failure course", cme, d,
        "Your CME certificate", T(f"Dr. {d.last}, your certificate for the heart failure update is attached.\n" + cme.sig("CME Office"), "7bit"),
        [PDF("CME_certificate.pdf", ["**CERTIFICATE OF ATTENDANCE", f"{d.name}, {d.title}    NPI {d.npi}",
                                     "attended 'Heart Failure 2025: GDMT, SGLT2 Inhibitors and Device Therapy'", "March 14, 2025 - Riverside Health Main Campus",
                                     "AMA PRA Category 1 Credits: 3.5   ABIM MOC points: 3.5", "Activity ID 25-HF-0314"], flate=True)])

    pr = person()
    ds = docs(4, ["Surgery", "Anesthesiology", "Internal Medicine", "Emergency Medicine"])
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN={pr.name}:mailto:{pr.email}
""" + "".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={d.name}:mailto:{d.email}\n" for d in ds) + f"""DESCRIPTION;LANGUAGE=en-US:Medical Staff Peer Review Committee - quarterly m
 eeting. Committee members: {ds[0].name} (Surgery\\, chair)\\, {ds[1].name} (A
 nesthesiology)\\, {ds[2].name} (Internal Medicine)\\, {ds[3].name} (Emergency
  Medicine). Review materials are in the peer-review system only\\; none are a
 ttached to this invitation.
SUMMARY;LANGUAGE=en-US:Peer Review Committee - Q2
DTSTART;TZID=Central Standard Time:20250506T070000
DTEND;TZID=Central Standard Time:20250506T080000
UID:040000008200E00074C5B7101A82E00800000000{R.getrandbits(64):016X}
LOCATION;LANGUAGE=en-US:Board Room 2
END:VEVENT
END:VCALENDAR
"""
    add(K, "Peer-review committee meeting invitation (calendar) listing members and specialties; no cases", pr, ds,
        "Peer Review Committee - Q2", ALT(p(f"Medical Staff Peer Review Committee &ndash; quarterly meeting. Members: {ds[0].name} (Surgery, chair), {ds[1].name} (Anesthesiology), "
                                           f"{ds[2].name} (Internal Medicine), {ds[3].name} (Emergency Medicine).") +
                                         p("Review materials are in the peer-review system only; none are attached to this invitation."), cal=cal))

    tb = person()
    ds = docs(6, ["Medical Oncology", "Radiation Oncology", "Thoracic Surgery", "Pulmonology", "Pathology", "Radiology"])
    add(K, "Thoracic tumour-board attendance roster (HTML) for CME: physicians and specialties; cases are not included", tb, person(),
        "tumor board attendance March", H(p("Attendance for the March thoracic tumor boards (for CME credit). The case lists are kept in the tumor-board system and are not part of this e-mail.") +
                                        htable([["Physician", "Specialty", "NPI", "Sessions attended"]] + [[d.name + ", " + d.title, d.spec, d.npi, str(R.randrange(2, 5))] for d in ds]) +
                                        p(tb.disp + "<br>Cancer Registry &amp; Conference Coordinator")))

    dm = person()
    rows = [["Ordering provider", "NPI", "Practice", "PECOS status", "Action"]]
    for d in docs(5, ["Family Medicine"]):
        rows.append([d.name + ", " + d.title, d.npi, R.choice(["Lakeshore Family Practice", "Prairie Family Medicine", "Bayview Internal Medicine"]),
                     R.choice(["Approved", "Approved", "Not found", "Opt-out"]), ""])
    add(K, "PECOS enrollment check (CSV) of outside ordering physicians' NPIs for DME and lab orders", dm, person(), "PECOS check",
        T("Ordering/referring check for the community physicians who send us orders. Anyone 'Not found' needs a letter.", "7bit"),
        [CSV("pecos_check_q2.csv", rows)])

    lo = person()
    ds = docs(5, ["Family Medicine", "Pediatrics", "OB/GYN"])
    body = (p("<b>Outreach Laboratory &ndash; client accounts and authorised ordering providers</b>") +
            htable([["Client #", "Practice", "Ordering provider", "NPI", "Courier route"]] +
                   [[f"C-{R.randrange(1000, 9999)}", R.choice(["Sunrise Pediatrics", "Lakeshore Family Practice", "Westfield OB/GYN"]), d.name + ", " + d.title, d.npi, str(R.randrange(1, 9))] for d in ds]))
    add(K, "Outreach-lab client list (HTML attachment): practices, ordering providers and NPIs; no specimens or patients", lo, person(),
        "client list for LIS build", T("Client list for the LIS provider dictionary update.", "7bit"), [HTMLA("outreach_clients.html", body)])

    gme = person()
    ds = docs(6, ["Internal Medicine", "Cardiovascular Disease", "Gastroenterology", "Pulmonary Disease", "Nephrology", "Infectious Disease"])
    add(K, "Residency faculty roster (TXT) for the accreditation system: board certifications and NPIs", gme, person("MD"),
        "faculty roster for WebADS", T("Faculty roster for the annual update attached. Please check your own row.", "7bit"),
        [TXT("faculty_roster.txt", ttable([["Faculty", "Degree", "Board / subspecialty", "Cert. year", "NPI"]] +
                                          [[d.name, d.title, "ABIM - " + d.spec, str(R.randrange(2005, 2023)), d.npi] for d in ds]))])

    cl = person()
    ds = docs(4, ["Family Medicine", "Pediatrics", "General Surgery", "Psychiatry"])
    studs = [person() for _ in range(4)]
    add(K, "Clerkship preceptor assignments (alt): medical students matched to physicians and clinic sites", cl, studs,
        "Block 5 preceptor assignments", ALT(p("Block 5 assignments:") +
                                             htable([["Student", "Clerkship", "Preceptor", "Site"]] +
                                                    [[s.name, d.spec, d.name + ", " + d.title, R.choice(["Eastgate Clinic", "Main Campus", "Maple Ridge"])] for s, d in zip(studs, ds)]) +
                                             p("Please contact your preceptor a week before you start.") + p(cl.disp + "<br>Undergraduate Medical Education")))

    cmp_ = person()
    rows = [["Physician", "NPI", "Manufacturer", "Nature of payment", "Amount", "Disputed?"]]
    for d in docs(5, ["Cardiology", "Orthopedic Surgery", "Endocrinology"]):
        rows.append([d.name, d.npi, R.choice(["Example Pharma Inc.", "Example Devices LLC", "Sample Biologics"]),
                     R.choice(["Food and beverage", "Consulting fee", "Travel and lodging", "Speaker honoraria"]), f"${R.randrange(20, 9000)}.{R.randrange(10, 99)}", "No"])
    add(K, "Open Payments pre-publication review (CSV): physicians' NPIs and industry payments", cmp_, person(), "Open Payments review period",
        T("The review period closes May 15. Please check your rows and tell us if you want to dispute anything.\n" + cmp_.sig("Compliance Analyst"), "qp"),
        [CSV("open_payments_review.csv", rows)])

    aco = person()
    obj = {"aco": "Riverside Health Partners ACO", "performanceYear": 2026, "participantTINs": [{"tin": "39-1447102", "legalName": "Riverside Health Physician Group"}],
           "participantProviders": [{"npi": d.npi, "name": d.name, "specialty": d.spec, "tin": "39-1447102"} for d in docs(5, ["Family Medicine", "Internal Medicine", "Geriatrics"])]}
    add(K, "ACO participant list (JSON) with TIN and clinicians' NPIs for the performance year; no beneficiaries", aco, person(), "participant list PY2026",
        T("Participant provider list for the CMS change request cycle attached.", "7bit"), [JSONA("aco_participants_PY2026.json", obj)])

    qm = person()
    ds = docs(5, ["Family Medicine", "Cardiology", "Dermatology", "Rheumatology"])
    add(K, "MIPS eligibility list (QP) with clinicians' NPIs and eligibility status", qm, person(), "MIPS eligibility 2025",
        T("2025 MIPS eligibility (group reporting) from the QPP lookup:\n\n" +
          ttable([["Clinician", "NPI", "Specialty", "Eligible"]] + [[d.name, d.npi, d.spec, R.choice(["Yes", "Yes", "Opt-in eligible"])] for d in ds]) +
          "\n\n" + qm.sig("Quality Reporting"), "qp"))

    rad = person("MD")
    ds = docs(4, ["Internal Medicine", "Emergency Medicine", "Orthopedic Surgery", "Neurology"])
    add(K, "List of ordering physicians with NPIs who have not completed imaging appropriate-use training", rad, ds,
        "AUC training reminder", T("Colleagues,\n\nOur records show the following ordering physicians have not completed the 20-minute appropriate-use "
                                   "criteria module for advanced imaging:\n\n" + "\n".join(f"  {d.name}, {d.title} ({d.spec}) - NPI {d.npi}" for d in ds) +
                                   "\n\nPlease finish it by May 31.\n" + rad.sig("Chair, Imaging Utilization Committee"), "7bit"))

    vr = person()
    ds = docs(4, ["Hospital Medicine", "Critical Care", "Emergency Medicine", "Palliative Care"])
    add(K, "Electronic death-registration system e-signature enrolment list with NPIs (base64 body); no decedents", vr, ds,
        "EDRS enrollment", T("The following physicians are now enrolled to certify electronically in the state system:\n\n" +
                             "\n".join(f"{d.name}, {d.title} - {d.spec} - NPI {d.npi} - licence {d.lic}" for d in ds) +
                             "\n\nLogin instructions follow separately.\n" + vr.sig("Vital Records Coordinator", "Health Information Management"), "b64"))

    rxp = person()
    ds = docs(4, ["Pain Medicine", "Family Medicine", "Psychiatry", "Orthopedic Surgery"])
    add(K, "Tamper-resistant prescription-pad reorder (uncompressed PDF) with prescribers' DEA numbers and NPIs", rxp, person(),
        "Rx pad order", T("Order form for the printer attached. Pads are imprinted with each prescriber's DEA and NPI.", "7bit"),
        [PDF("rx_pad_order.pdf", ["**TAMPER-RESISTANT PRESCRIPTION PAD ORDER", "Clinic: Riverside Health Westfield"] +
             [f"{d.name}, {d.title}  {d.spec}  DEA {dea(d.last)}  NPI {d.npi}  Qty 10 pads" for d in ds] + ["Ship to: Westfield clinic manager"], flate=False)])

    sm = person("ATC")
    ds = docs(4, ["Sports Medicine", "Orthopedic Surgery"])
    add(K, "High-school football sideline coverage schedule (HTML) with team physicians and NPIs", sm, ds, "sideline schedule fall",
        H(p("Fall sideline coverage:") + htable([["Date", "Game", "Physician", "NPI"]] +
                                                [[f"09/{5 + 7 * i:02d}", R.choice(["Westfield vs. Lakeside", "Maple Ridge vs. Northfield", "Eastgate vs. Westfield"]),
                                                  d.name + ", " + d.title, d.npi] for i, d in enumerate(ds)]) +
          p(sm.disp + "<br>Sports Medicine Outreach"), "b64"))

    vx = person("RN")
    rows = [["Name", "Role", "License #", "Station", "Shift"]]
    for i in range(6):
        s = person(R.choice(["RN", "LPN", "PharmD", "MD"]))
        rows.append([s.name, s.title, f"{R.randrange(100000, 999999)}-{R.choice(['30', '31', '40', '20'])}", f"Station {i + 1}", R.choice(["08:00-12:30", "12:00-16:30"])])
    add(K, "Community flu/COVID vaccination event staffing roster (CSV) with vaccinators' licence numbers", vx, person(), "vaccine event staffing",
        T("Staffing roster for Saturday's community vaccination event at the high school.", "7bit"), [CSV("vax_event_staffing.csv", rows)])

    emc = person()
    add(K, "Disaster-volunteer verification (TXT): volunteer clinicians' licences and ESAR-VHP levels", emc, person(), "volunteer verification",
        T("Verified volunteer list for the regional exercise attached.", "qp"),
        [TXT("esar_vhp_verification.txt", ttable([["Volunteer", "Profession", "License", "ESAR-VHP level", "Verified"]] +
                                                  [[d.name, d.spec, d.lic, R.choice(["1", "2", "3"]), "03/2025"] for d in docs(5, ["Physician - EM", "Physician - FM", "RN", "Paramedic"])]))])

    lc = person("RN")
    body = (p("<b>Lactation Services &ndash; staff directory</b>") +
            htable([["Consultant", "IBCLC #", "Recertification", "Coverage"]] +
                   [[s.name + ", RN, IBCLC", f"L-{R.randrange(10000, 99999)}", str(R.randrange(2025, 2030)), R.choice(["Mother-Baby", "NICU", "Outpatient"])] for s in [person() for _ in range(4)]]))
    add(K, "Lactation consultants directory (HTML attachment) with IBCLC numbers and coverage areas", lc, person(), "lactation directory",
        T("Updated directory for the unit boards.", "7bit"), [HTMLA("lactation_directory.html", body)])

    rc = person()
    pi_ = docs(1, ["Cardiology"])[0]
    subs = docs(3, ["Cardiology", "Internal Medicine", "Cardiology"])
    add(K, "FDA Form 1572 update (FlateDecode PDF) listing the investigator and sub-investigators; no participants", rc, pi_, "1572 update",
        T(f"Dr. {pi_.last}, updated 1572 for signature (adds two sub-investigators).", "7bit"),
        [PDF("1572_update.pdf", ["**FORM FDA 1572 - STATEMENT OF INVESTIGATOR (update)", f"1. Investigator: {pi_.name}, {pi_.title}   NPI {pi_.npi}",
                                 "3. Facility: Riverside Health Clinical Research Unit", "4. IRB: Riverside Health IRB (IRB00014471)",
                                 "6. Sub-investigators:"] + [f"   {d.name}, {d.title} ({d.spec})" for d in subs] +
             ["7. Protocol: Phase 3 study of an oral factor XIa inhibitor in atrial fibrillation"], flate=True)])

    st = person("PharmD")
    ds = docs(4, ["Infectious Disease"])
    add(K, "Restricted-antimicrobial approval pager list (QP): ID physicians and the drugs they approve", st, person(), "ID approvers April",
        T("Restricted antimicrobials (daptomycin, ceftazidime-avibactam, micafungin, linezolid) need ID approval. Approvers this month:\n\n" +
          "\n".join(f"  Week {i + 1}: {d.name}, {d.title} - pager {R.randrange(1000, 9999)}" for i, d in enumerate(ds)) +
          "\n\nAfter hours: ID fellow on call.\n" + st.sig("Antimicrobial Stewardship Pharmacist"), "qp"))

    lang = person()
    ds = docs(6, ["Family Medicine", "Pediatrics", "Internal Medicine", "OB/GYN"])
    langs = ["Spanish", "Vietnamese", "Hmong", "Arabic", "Somali", "Mandarin"]
    add(K, "Physicians-by-language directory (alt) with NPIs and specialties", lang, person(), "language concordance list",
        ALT(p("Physicians who have passed the medical-language assessment, for front-desk scheduling:") +
            htable([["Language", "Physician", "Specialty", "NPI"]] + [[langs[i], d.name + ", " + d.title, d.spec, d.npi] for i, d in enumerate(ds)]) +
            p(lang.disp + "<br>Language Services")))

    ans = person()
    ds = docs(4, ["Gastroenterology"])
    add(K, "Answering-service call-order update for a physician group; doctors and phone numbers only", ans,
        ext("Account", "Services", "f", "nightline.example.org", email="accounts@nightline.example.org"), "Call order update - GI",
        T("Please update the after-hours call order for Riverside GI effective May 1:\n\n" +
          "\n".join(f"{i + 1}. {d.name}, {d.title} - cell {phone('608')}" for i, d in enumerate(ds)) +
          "\n\nHospital operator backup: " + phone("608") + "\n" + ans.sig("Practice Manager", "Riverside GI"), "7bit"))

    plan = ext("Provider", "Relations", "f", "northstarhealthplan.example.org", email="providerrelations@northstarhealthplan.example.org")
    ds = docs(3, ["Orthopedic Surgery"])
    add(K, "Inbound health-plan quality-tier designation letter (FlateDecode PDF) for named physicians with NPIs", plan, person(),
        "Tier designation 2026", T(BANNER + "Please find attached the 2026 tier designations for your physicians.", "7bit"),
        [PDF("tier_designation_2026.pdf", ["**NorthStar Health Plan - Premium Designation Program 2026", "Specialty: Orthopedic Surgery (hip and knee)"] +
             [f"{d.name}, {d.title}  NPI {d.npi}  Quality: Meets  Cost efficiency: {R.choice(['Meets', 'Exceeds'])}  Tier {R.choice(['1', '1', '2'])}" for d in ds] +
             ["Designations are based on aggregate claims; no member-level data is included."], flate=True)], inbound=True)

    wc = person()
    ds = docs(3, ["Undersea and Hyperbaric Medicine", "Emergency Medicine"])
    add(K, "Hyperbaric medicine physicians with UHMS certification and NPIs for supervision coverage", wc, person(), "HBO supervision list",
        T("Physicians credentialed to supervise hyperbaric treatments (must be immediately available):\n\n" +
          "\n".join(f"- {d.name}, {d.title}, {d.spec}, UHMS-certified {R.randrange(2012, 2024)}, NPI {d.npi}" for d in ds) +
          "\n\n" + wc.sig("Wound Care & Hyperbaric Center Manager"), "7bit"))

    mk = person()
    rows = [["Physician", "Specialty", "NPI", "Photo slot", "Bio due"]]
    for i, d in enumerate(docs(5, ["Cardiology", "Neurosurgery", "Urology", "OB/GYN", "Oncology"])):
        rows.append([d.name + ", " + d.title, d.spec, d.npi, f"04/24 {9 + i}:00", "04/30"])
    add(K, "Website headshot and bio schedule (CSV) with physicians' specialties and NPIs", mk, person(), "headshots",
        T("Photo shoot schedule for the Find-a-Doctor refresh. Photographer will be in the atrium.", "7bit"), [CSV("headshot_schedule.csv", rows)])

    ms = person()
    ds = docs(4, ["Pathology", "Surgery", "Pediatrics", "Internal Medicine"])
    add(K, "Emeritus medical-staff list (TXT) with licence status", ms, person(), "emeritus list",
        T("Emeritus list for the annual dinner program and library access.", "7bit"),
        [TXT("emeritus_staff.txt", ttable([["Name", "Former department", "License", "Status", "Years on staff"]] +
                                          [[d.name + ", " + d.title, d.spec, d.lic, R.choice(["Retired/inactive", "Active - no practice"]), str(R.randrange(25, 44))] for d in ds]))])

    ep = person()
    rows = [["Prescriber", "Credential", "DEA", "NPI", "Token serial", "Identity proofed"]]
    for d in docs(3, ["Psychiatry", "Family Medicine"]):
        rows.append([d.name, d.title, dea(d.last), d.npi, f"TKN{R.randrange(10000000, 99999999)}", "2025-04-0" + str(R.randrange(1, 9))])
    for _ in range(2):
        m = person("NP")
        rows.append([m.name, "NP", dea(m.last, "M"), npi(), f"TKN{R.randrange(10000000, 99999999)}", "2025-04-1" + str(R.randrange(0, 9))])
    add(K, "EPCS two-factor token enrolment (CSV) with prescribers' DEA numbers, NPIs and token serials", ep, person(), "EPCS enrollment",
        T("EPCS enrolment batch ready for the logical access controls sign-off (DEA requires two people).", "7bit"), [CSV("epcs_enrollment.csv", rows)])

    li = person()
    ds = docs(4, ["Family Medicine", "Internal Medicine"])
    add(K, "Physician-liaison visit route (alt) to community practices with outside physicians' NPIs", li, person(), "liaison visits next week",
        ALT(p("Next week&rsquo;s community practice visits (new cardiology access line and the e-consult launch):") +
            htable([["Day", "Practice", "Physician", "NPI", "Topic"]] + [[["Mon", "Tue", "Wed", "Thu"][i], R.choice(["Lakeshore Family Practice", "Prairie Family Medicine", "Bayview Internal Medicine"]),
                                                                          d.name + ", " + d.title, d.npi, "cardiology access"] for i, d in enumerate(ds)]) +
            p(li.disp + "<br>Physician Relations")))

    fel = person()
    apps = [person("MD") for _ in range(4)]
    body = (p("<b>Cardiology fellowship &ndash; interview day, May 9</b>") +
            htable([["Applicant", "AAMC ID", "Residency program", "Interviewers"]] +
                   [[a.name + ", MD", str(R.randrange(12000000, 19999999)), R.choice(["Lakeshore University IM", "Example State IM", "Mercy Valley IM"]), "Drs. " + person().last + ", " + person().last] for a in apps]))
    add(K, "Fellowship interview-day schedule (HTML attachment) with applicants' AAMC ids and training programs", fel, person(), "interview day May 9",
        T("Interview day packet attached.", "7bit"), [HTMLA("interview_day.html", body)])

    fin = person()
    rows = [["Provider", "NPI", "Specialty", "CPT", "Units", "wRVU"]]
    for d in docs(3, ["Cardiology", "Gastroenterology", "Dermatology"]):
        for cpt, w in [("99214", 1.92), ("99215", 2.8)]:
            u = R.randrange(40, 160)
            rows.append([d.name, d.npi, d.spec, cpt, str(u), f"{u * w:.2f}"])
    add(K, "wRVU productivity report (CSV) by physician NPI and CPT code; provider-level totals only, no patients", fin, person(), "Q1 wRVU",
        T("Q1 wRVU by provider and code for the compensation committee.", "7bit"), [CSV("wrvu_q1.csv", rows)])

    ob = person("MD")
    ds = docs(3, ["OB/GYN"])
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN={ob.name}:mailto:{ob.email}
""" + "".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={d.name}:mailto:{d.email}\n" for d in ds) + f"""DESCRIPTION;LANGUAGE=en-US:Laborist coverage Labor & Delivery - Memorial D
 ay weekend. Fri: {ds[0].name} (NPI {ds[0].npi}). Sat: {ds[1].name} (NPI {ds[1].npi}
 ). Sun-Mon: {ds[2].name} (NPI {ds[2].npi}). NPIs needed for the rendering-provi
 der file.
SUMMARY;LANGUAGE=en-US:L&D laborist coverage - Memorial Day weekend
DTSTART;VALUE=DATE:20250523
DTEND;VALUE=DATE:20250527
UID:040000008200E00074C5B7101A82E00800000000{R.getrandbits(64):016X}
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    add(K, "L&D laborist holiday coverage calendar invitation with physicians' NPIs", ob, ds, "L&D laborist coverage - Memorial Day weekend",
        ALT(p(f"Laborist coverage Labor &amp; Delivery &ndash; Memorial Day weekend. Fri: {ds[0].name} (NPI {ds[0].npi}). Sat: {ds[1].name} (NPI {ds[1].npi}). "
              f"Sun&ndash;Mon: {ds[2].name} (NPI {ds[2].npi}). NPIs needed for the rendering-provider file."), cal=cal))

    pl = ext("Network", "Management", "f", "northstarhealthplan.example.org", email="network@northstarhealthplan.example.org")
    ds = docs(4, ["Chiropractic", "Acupuncture", "Massage Therapy (licensed)", "Chiropractic"], "DC")
    add(K, "Inbound plan notice (QP) listing complementary-medicine network practitioners with NPIs", pl, person(), "Complementary care network additions",
        T(BANNER + "The following practitioners joined the NorthStar complementary care network on April 1 and may receive referrals from your physicians:\n\n" +
          "\n".join(f"- {d.name}, {d.spec}, NPI {d.npi}, {R.choice(['Westfield', 'Lakeside', 'Northfield'])}" for d in ds) +
          "\n\nNorthStar Health Plan Network Management", "qp"), inbound=True)

    eye = person()
    obj = {"program": "Diabetic retinal exam network", "updated": "2025-04-01",
           "optometrists": [{"name": d.name, "credential": "OD", "npi": d.npi, "site": R.choice(["Eastgate Vision", "Lakeside Eye Care", "Maple Ridge Optical"]),
                             "retinalCamera": R.choice([True, False])} for d in docs(4, ["Optometry"], "OD")]}
    add(K, "Optometrist network file (JSON) for diabetic retinal exams: ODs, NPIs and sites; no patients", eye, person(), "retinal exam network",
        T("Network file for the referral order's preference list.", "7bit"), [JSONA("retinal_exam_network.json", obj)])

    bh = person("LCSW")
    crew = [person(R.choice(["LCSW", "LPC", "RN", "CPS"])) for _ in range(5)]
    add(K, "Mobile crisis team roster (base64 body) with clinicians' licence types and numbers", bh, person(), "crisis team roster Q2",
        T("Q2 mobile crisis roster:\n\n" + "\n".join(f"{c.name}, {c.title} - licence {R.randrange(1000, 9999)}-{R.choice(['123', '124', '125'])} - {R.choice(['days', 'evenings', 'overnights'])}" for c in crew) +
          "\n\n" + bh.sig("Behavioral Health Crisis Services Manager"), "b64"))

    hr = person()
    d = docs(1, ["Nephrology"])[0]
    pmu = [seg_msh("PMU^B01^PMU_B01", "PER20250407", app="MSO", to="EPIC"), "EVN|B01|20250407090000",
           f"STF|{d.npi}|{d.npi}^^^NPI|{d.last.upper()}^{d.first.upper()}^^^DR|P|M||A|NEPH^Nephrology",
           f"PRA|{d.npi}|NEPH|{d.title}|Y|NEPH^Nephrology|{d.npi}^NPI~{d.lic}^SL^WI",
           f"ORG|1||NEPH^Nephrology|Y"]
    add(K, "HL7 PMU^B01 personnel-record message (.hl7) adding a physician with NPI and licence; no PID", hr, person(),
        "PMU for new nephrologist", T("PMU message for the new nephrologist; please load to test first.", "7bit"), [HL7A("PMU_B01_new_neph.hl7", pmu)])

    part = ext("Outreach", "Team", "f", "mercyvalley.example.org", email="outreach@mercyvalley.example.org")
    mo = person()
    ds = docs(4, ["Vascular Surgery", "Interventional Cardiology", "Podiatry", "Wound Care"])
    inner = Multi("alternative", [T(html_to_text(htable([["Physician", "Specialty", "NPI", "Conditions treated"]] +
                                                         [[d.name + ", " + d.title, d.spec, d.npi, c] for d, c in zip(ds, ["peripheral artery disease, carotid stenosis",
                                                                                                                            "critical limb ischemia", "diabetic foot ulcers", "chronic wounds, venous ulcers"])])), "qp"),
                                  H(p("<b>Mercy Valley Limb Preservation Network</b>") +
                                    htable([["Physician", "Specialty", "NPI", "Conditions treated"]] +
                                           [[d.name + ", " + d.title, d.spec, d.npi, c] for d, c in zip(ds, ["peripheral artery disease, carotid stenosis",
                                                                                                              "critical limb ischemia", "diabetic foot ulcers", "chronic wounds, venous ulcers"])]))])
    add(K, "Forwarded referral-network brochure (rfc822) listing physicians with NPIs and conditions treated", mo, person("MD"),
        "FW: limb preservation network", Multi("mixed", [T("Their network brochure, in case our patients need a second opinion closer to home.", "7bit"),
                                                         FWDMSG(part, mo, "Mercy Valley Limb Preservation Network", inner, name="Limb preservation network.eml")]))

    dn = person("DDS")
    ds = docs(4, ["General Practice Residency faculty"], "DDS")
    add(K, "Dental GPR faculty list (uncompressed PDF) with NPIs and clinic days", dn, person(), "GPR faculty",
        T("Faculty list for the residency handbook.", "7bit"),
        [PDF("gpr_faculty.pdf", ["**Riverside Health Dental General Practice Residency - Faculty"] +
             [f"{d.name}, DDS  NPI {d.npi}  Clinic: {R.choice(['Mon/Wed', 'Tue/Thu', 'Fri'])}  Interests: {R.choice(['endodontics', 'oral surgery', 'special-needs dentistry', 'prosthodontics'])}" for d in ds],
             flate=False)])

    cc = person()
    ds = docs(4, ["Endocrinology", "Cardiology", "Sleep Medicine", "Geriatrics"])
    topics = ["Living well with type 2 diabetes", "Know your blood pressure numbers", "Snoring and sleep apnea", "Preventing falls at home"]
    add(K, "Community lecture-series speaker roster (QP) with physicians, specialties, NPIs and talk topics", cc, person(), "spring talk series speakers",
        T("Confirmed speakers for the spring library talk series:\n\n" +
          "\n".join(f"{['04/29', '05/06', '05/13', '05/20'][i]}  {d.name}, {d.title} ({d.spec}, NPI {d.npi}) - \"{topics[i]}\"" for i, d in enumerate(ds)) +
          "\n\n" + cc.sig("Community Health Education"), "qp"))


# ----------------------------------------------------------------------------------------------- the other negatives (2 each)
def neg_other():
    K = "prescriber_notice"
    ph = person("PharmD")
    add(K, "Notice to DEA-registered prescribers about the one-time 8-hour SUD training attestation at renewal; no patient", ph,
        "All Prescribers <allprescribers@" + DOM + ">", "DEA renewal - training attestation",
        T(f"""Colleagues,

When you renew your DEA registration you must attest to a one-time, 8-hour training on treating and
managing patients with opioid or other substance use disorders (MATE Act). Board certification in
addiction medicine or addiction psychiatry satisfies it. The Medical Staff Office has posted an
accredited 8-hour course in the learning system; completion certificates upload to your profile.

The X-waiver no longer exists, and any prescriber with a Schedule III registration may prescribe
buprenorphine for OUD.

{ph.sig('Medication Safety Officer')}""", "7bit"))

    fm = person("PharmD")
    add(K, "Formulary notice to prescribers about a new GLP-1 order panel and criteria (BMI >= 30; Internal label)", fm, "Medical Staff <medstaff@" + DOM + ">",
        "Formulary: GLP-1 order panel", ALT(p("Effective May 1 the P&amp;T Committee approved a new order panel for semaglutide and tirzepatide for weight management.") +
                                           htable([["Criterion", "Requirement"], ["BMI", "&ge; 30 kg/m&sup2;, or &ge; 27 with a weight-related comorbidity"],
                                                   ["Exclusions", "personal/family history of medullary thyroid carcinoma or MEN2"], ["Titration", "per package insert; do not skip steps during shortages"]]).replace("&amp;", "&") +
                                           p(fm.disp + "<br>Pharmacy &amp; Therapeutics")), label=("internal",))

    K = "newsletter"
    ip = person("RN")
    add(K, "Infection-prevention newsletter (HTML) on C. difficile test stewardship with ICD-10 A04.72 and unit-level tips; no patient", ip,
        "All Nursing <allnursing@" + DOM + ">", "IP Insider - April",
        H(p("<b>IP Insider &ndash; April</b>") + p("<b>Test the right stool.</b> Send C. difficile PCR only for &ge; 3 unformed stools in 24 hours and no laxatives in the last 48 hours. "
                                                    "A positive PCR in a colonized patient still codes as A04.72 (enterocolitis due to C. difficile, not specified as recurrent) and counts against our SIR.") +
          p("<b>Hand hygiene:</b> soap and water after caring for patients on contact-plus precautions; alcohol gel does not kill spores.") + p(ip.disp + "<br>Infection Prevention")))

    cd = person()
    add(K, "Coding newsletter (TXT attachment) on newer ICD-10-CM codes such as E11.A with documentation tips; no patient", cd,
        "Providers <providers@" + DOM + ">", "Coding Corner", T("This month's Coding Corner is attached.", "7bit"),
        [TXT("coding_corner.txt", """CODING CORNER - April
1. E11.A  Type 2 diabetes mellitus without complications in remission. Document "in remission" and the
   basis (e.g. A1c below 6.5% off glucose-lowering medication for at least 3 months).
2. Heart failure: specify type and acuity, e.g. I50.23 acute on chronic systolic (congestive) heart failure.
3. Sepsis: "urosepsis" has no code; document "sepsis due to UTI" with the organism if known.
4. Malnutrition: severity must be stated by the provider, not only the dietitian (E43 vs E44.0).
""")])

    K = "education"
    ed = person("RN")
    add(K, "Sepsis bundle self-study (FlateDecode PDF) with lactate thresholds and antibiotic timing; no individual", ed, "New Graduate RNs <newgradrn@" + DOM + ">",
        "Sepsis module for Thursday", T("Please complete the attached before Thursday's simulation.\n" + ed.sig("Clinical Educator"), "7bit"),
        [PDF("sepsis_self_study.pdf", ["**SEP-1 Bundle - Self-Study", "Within 3 hours: lactate; blood cultures before antibiotics; broad-spectrum antibiotics;",
                                       "30 mL/kg crystalloid for hypotension or lactate >= 4 mmol/L.", "Within 6 hours: repeat lactate if initial > 2; vasopressors for MAP < 65 after fluids.",
                                       "Quiz: A lactate of 3.1 mmol/L requires which of the following? (a) repeat lactate (b) vasopressors ...",
                                       "Answers on the last page."], flate=True)])

    cd2 = person("MD")
    add(K, "ECG teaching case (base64 body) about an unnamed hypothetical '58-year-old man'; no real patient", cd2, "IM Residents <imresidents@" + DOM + ">",
        "ECG of the week", T("""ECG of the week (teaching case, details invented for teaching):

A 58-year-old man has 40 minutes of chest pressure. The ECG shows 2 mm ST elevation in II, III and aVF with
reciprocal depression in I and aVL, and ST elevation in V4R.

Questions: Which artery? Why does V4R matter? Why be careful with nitroglycerin here?
Answers Friday at noon conference.
""" + "\n" + cd2.sig("Associate Program Director"), "b64"))

    K = "aggregate"
    q = person()
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<HAIReport period="2025Q1" suppression="cells with fewer than 11 device days suppressed">
  <Unit name="MICU"><CLABSI events="1" centralLineDays="1412" rate="0.71"/><CAUTI events="2" catheterDays="1630" rate="1.23"/></Unit>
  <Unit name="SICU"><CLABSI events="0" centralLineDays="1188" rate="0.00"/><CAUTI events="1" catheterDays="1402" rate="0.71"/></Unit>
  <Unit name="5N Med-Surg"><CLABSI events="0" centralLineDays="644" rate="0.00"/><CAUTI events="1" catheterDays="910" rate="1.10"/></Unit>
  <SIR measure="CLABSI" value="0.48"/><SIR measure="CAUTI" value="0.81"/>
</HAIReport>"""
    add(K, "Quarterly CLABSI/CAUTI rates and SIRs by unit (XML); counts and rates only", q, person(), "HAI Q1",
        T("Q1 HAI summary for the Quality Committee attached.", "7bit"), [XMLA("hai_2025Q1.xml", xml)])

    ed3 = person()
    add(K, "ED throughput monthly metrics (QP): visits, LWBS percentage and door-to-provider medians", ed3, person(), "ED metrics March",
        T("""March ED metrics:
Visits 6,214 (+4% vs Feb); admitted 21.8%; LWBS 2.9% (goal < 2%)
Median door-to-provider 24 min; median boarding time 5.6 h; 41 patients boarded > 12 h
Top chief complaints: abdominal pain, chest pain, shortness of breath
""", "qp"))

    K = "birth_year"
    vl = person()
    add(K, "Volunteer-office farewell mentioning a volunteer 'born in 1941' and her 30 years of service; no health", vl,
        "All Staff - Main Campus <allstaff-main@" + DOM + ">", "Thank you, Dorothy",
        T(f"""Please join us Friday at 2 pm in the atrium to thank Dorothy Kessler, who is retiring from the
information desk after 30 years. Dorothy was born in 1941 in this very town, walked to our old building
on Elm Street as a candy striper in 1956, and says she has given directions to "about a million people".

Cake and coffee provided.
{vl.sig('Volunteer Services Manager')}""", "7bit"))

    hr = person()
    rows = [["Name", "Department", "Birthday", "Milestone"]]
    for pp in (person(), person(), person(), person()):
        y = R.choice([1965, 1975, 1985, 1995])
        rows.append([pp.name, R.choice(["Pharmacy", "Patient Access", "Radiology", "Finance"]), f"06/{R.randrange(1, 29):02d}/{y}", f"{2025 - y}th"])
    add(K, "June staff birthday list (CSV) with birth dates and milestone ages for a celebration; no health", hr, person(), "June birthdays",
        T("June birthdays for the break-room board. Staff opted in to sharing.", "7bit"), [CSV("june_birthdays.csv", rows)])

    K = "staff_admin"
    ce = person("RN")
    add(K, "Annual competency-fair sign-up for nursing staff: names, stations and times", ce, "4 West Nursing <4westrn@" + DOM + ">",
        "Skills fair sign-up", T(f"""Skills fair sign-ups so far for 4 West (stations: restraints, blood administration, insulin pens,
Alaris pump update):

Tue 5/13 0700: {person().name}, {person().name}, {person().name}
Tue 5/13 1500: {person().name}, {person().name}
Wed 5/14 0700: {person().name}

Everyone must complete all four stations by May 31.
{ce.sig('Unit Educator, 4 West')}""", "7bit"))

    nm = person("RN")
    add(K, "Uniform colour-by-role policy reminder (HTML) with staff roles and colours", nm, "All Staff <allstaff@" + DOM + ">", "Uniform colors - July 1",
        H(p("Starting July 1, scrubs are colour-coded by role so patients can tell who is who:") +
          htable([["Role", "Colour"], ["Registered nurse", "Ceil blue"], ["Nursing assistant", "Burgundy"], ["Respiratory therapy", "Hunter green"], ["Pharmacy", "Black"]]) +
          p(nm.disp + "<br>Chief Nursing Officer"), "qp"))

    K = "marketing"
    mk = person()
    add(K, "Public offer of a $49 coronary calcium score screening with risk-factor criteria (alt); no individual", mk, "Community <community@" + DOM + ">",
        "Know your heart score", ALT(p("<b>Heart month special: coronary calcium score, $49</b>") +
                                     p("Recommended for adults 40&ndash;75 with risk factors such as high cholesterol, high blood pressure, smoking or a family history of early heart disease. "
                                       "No referral needed. Results are read by a board-certified cardiologist and sent to you and your doctor.") +
                                     p(f"Book online or call {phone('608')}.")))

    mk2 = person()
    add(K, "Maternity-centre tour invitation for expectant families (QP); no individual", mk2, "Community <community@" + DOM + ">",
        "Tour our Family Birth Center", T(f"""Expecting? Join us for a free tour of the Family Birth Center, with private labor suites,
tubs for water labor, a Level III NICU down the hall and 24/7 lactation support.

Tours every Saturday at 10 am and 1 pm. Bring your questions about epidurals, doulas and skin-to-skin.
Register at {phone('608')}.""", "qp"))

    K = "name_only"
    wl = person()
    rows = [["Place", "Runner", "Age group", "Time"]]
    for i in range(6):
        pp = person()
        rows.append([str(i + 1), pp.name, R.choice(["F 30-39", "M 40-49", "F 20-29", "M 50-59"]), f"{R.randrange(17, 26)}:{R.randrange(60):02d}"])
    add(K, "Hospital 5K results (CSV): runner names, age groups and finish times; no health information", wl, "All Staff <allstaff@" + DOM + ">",
        "5K results!", T("Thanks to all 312 runners and walkers! Top finishers attached; full results on the intranet.", "7bit"), [CSV("5k_results.csv", rows)])

    gs = person()
    add(K, "Gift-shop raffle winners listed by name; no health information", gs, "All Staff <allstaff@" + DOM + ">", "Raffle winners",
        T(f"""Congratulations to our spring raffle winners!
Quilt: {person().name}   Gift basket: {person().name}   Parking spot for a month: {person().name}
Proceeds ($2,140) go to the Auxiliary scholarship fund.
{gs.sig('Auxiliary Gift Shop')}""", "7bit"))

    K = "other_label"
    cm = person()
    add(K, "Capital equipment committee minutes carrying the 'Internal' sensitivity label; no patient", cm, person(), "Capital committee minutes",
        T("""Minutes - Capital Equipment Committee
Approved: replacement fluoroscopy unit ($1.2M), 40 smart pumps ($168k). Deferred: second robot.
Next meeting June 3.""", "qp"), label=("internal",))

    fs = person()
    add(K, "Cafeteria holiday hours carrying the 'General' sensitivity label", fs, "All Staff <allstaff@" + DOM + ">", "Memorial Day hours",
        T("Cafeteria hours Monday 5/26: 7 am - 2 pm. Grab-and-go open 24 hours. Vending restocked Sunday night.", "7bit"), label=("general",))

    K = "general"
    it = person()
    add(K, "IT notice about MFA number matching rollout", it, "All Staff <allstaff@" + DOM + ">", "MFA change on May 6",
        T(f"""Starting May 6, the Authenticator app will ask you to type the two-digit number shown on your screen
instead of tapping Approve. This stops "MFA fatigue" attacks. If you don't have the app, visit the
Tech Bar in the lobby or call the service desk at {phone('608')}.
{it.sig('Information Security')}""", "7bit"))

    pu = person()
    add(K, "Vendor price-increase letter for linen service (FlateDecode PDF) forwarded to supply chain", pu, person(), "linen pricing",
        T("Linen vendor's increase letter attached; 6.5% starting July. Can we push back?", "7bit"),
        [PDF("linen_price_notice.pdf", ["**Example Linen Services - Notice of Price Adjustment", "Effective 07/01/2025 prices increase 6.5% due to labor and fuel costs.",
                                        "Scrubs (set) $1.42 -> $1.51   Patient gown $0.88 -> $0.94   Bath blanket $0.71 -> $0.76",
                                        "Contract 2022-RH-014, section 7.2 (annual adjustment cap 7%)"], flate=True)])


# ----------------------------------------------------------------------------------------------- main
def main():
    positives()
    neg_template()
    neg_id()
    neg_provider()
    neg_other()
    msgs = list(MESSAGES)
    ORDER.shuffle(msgs)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = []
    counts = {}
    for i, m in enumerate(msgs):
        fn = f"{PREFIX}{i + 1:04d}.eml"
        dt = BASE_DATE + datetime.timedelta(hours=13 * i + R.randrange(0, 6), minutes=R.randrange(60), seconds=R.randrange(60))
        kw = dict(m["kw"])
        raw = render_msg(m["frm"], m["to"], m["subj"], m["body"], dt=dt, **kw)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw.encode("ascii"))
        labels.append({"file": fn, "phi": m["kind"] in POS, "kind": m["kind"], "form": m["body"].form(), "note": m["note"]})
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=True)
        fh.write("\n")
    for k in sorted(counts):
        print(f"{k:<20} {counts[k]}")
    print("total", len(labels))


if __name__ == "__main__":
    main()
