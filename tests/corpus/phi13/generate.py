#!/usr/bin/env python3
"""Generate the phi13 corpus: a fresh, plain sample of BRIEF.md (standard library only, deterministic).

Writes messages/t0001.eml ... and labels.json next to this file and prints the count per kind.
Every value is fixed: content comes from the scenarios below, identifiers from random.Random(1313013),
file order from random.Random(20260313); no clock, no network, no set iteration.
"""
import base64
import csv
import datetime as dt
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import textwrap
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
R = random.Random(1313013)
ORDER = random.Random(20260313)
DOM = "riversidehealth.example"
TENANT = "3c9f1a7e-5d2b-4c8a-b6e1-7f0d2a9c4e15"
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GEN_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INT_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration", "billing_claim",
       "hl7", "ccda", "imaging", "label", "mbi"]
NEG = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year", "id_shaped",
       "staff_admin", "marketing", "name_only", "other_label", "general"]
SERVERS = ["BY5PR04MB6980", "MN2PR11MB4391", "SA1PR04MB8820", "DM6PR04MB5057", "CH3PR04MB9012", "PH0PR04MB7315"]

# ----------------------------------------------------------------------------------------------------------------
# identifiers (all synthetic, all following the brief's rules)
# ----------------------------------------------------------------------------------------------------------------
FAMOUS = {"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"}
_used = set()


def _uniq(v):
    if v in _used:
        raise SystemExit(f"duplicate synthetic value {v}")
    _used.add(v)
    return v


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if v not in FAMOUS and v not in _used:
            return _uniq(v)


def luhn_digit(base9):
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    while True:
        b = str(R.choice("12")) + "".join(str(R.randint(0, 9)) for _ in range(8))
        v = b + luhn_digit(b)
        if v not in _used:
            return _uniq(v)


def dea(last, first_letter="A"):
    while True:
        d = [R.randint(0, 9) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        v = first_letter + last[0].upper() + "".join(map(str, d)) + str(c)
        if v not in _used:
            return _uniq(v)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=False):
    while True:
        an = lambda: R.choice(MBI_A + "0123456789")
        a = lambda: R.choice(MBI_A)
        n = lambda: str(R.randint(0, 9))
        v = str(R.randint(1, 9)) + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()
        if v not in _used:
            _uniq(v)
            return f"{v[:4]}-{v[4:7]}-{v[7:]}" if dashed else v


def mrn():
    while True:
        v = "RH" + "".join(str(R.randint(0, 9)) for _ in range(7))
        if v not in _used:
            return _uniq(v)


def member():
    while True:
        v = "RHP" + str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(8))
        if v not in _used:
            return _uniq(v)


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def phone(area="614"):
    return f"({area}) 555-01{R.randint(0, 99):02d}"


def phone_d(area="614"):
    return f"{area}-555-01{R.randint(0, 99):02d}"


def guid():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def hexs(n, upper=True):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


# ----------------------------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------------------------
_patients = {}


class Pt:
    """An invented patient (or plan member). Every (first, last) pair is used once in the corpus."""

    def __init__(self, first, last, sex, dob, middle=""):
        key = (first, last)
        if key in _patients:
            raise SystemExit(f"patient name reused: {first} {last}")
        _patients[key] = self
        self.first, self.last, self.sex, self.middle = first, last, sex, middle
        self.dob = dt.date.fromisoformat(dob)

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def LF(self):
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def us(self):
        return self.dob.strftime("%m/%d/%Y")

    @property
    def iso(self):
        return self.dob.isoformat()

    @property
    def hl7dob(self):
        return self.dob.strftime("%Y%m%d")

    def age(self, w):
        d = when(w).date()
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def He(self):
        return self.he.capitalize()

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def His(self):
        return self.his.capitalize()

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def title(self):
        return "Mr." if self.sex == "M" else "Ms."


STAFF = {
    # key: (display name, mailbox, signature title)
    "mehta": ("Anjali Mehta, MD", "anjali.mehta", "Hospitalist, Internal Medicine"),
    "okafor": ("Thomas Okafor, MD", "thomas.okafor", "Cardiology"),
    "lindqvist": ("Rebecca Lindqvist, MD", "rebecca.lindqvist", "Family Medicine, Riverside Eastgate Clinic"),
    "tanaka": ("Hiroshi Tanaka, MD", "hiroshi.tanaka", "Gastroenterology"),
    "restrepo": ("Camila Restrepo, MD", "camila.restrepo", "Pediatrics, Riverside Children's Clinic"),
    "abramowitz": ("Daniel Abramowitz, MD", "daniel.abramowitz", "Diagnostic Radiology"),
    "alsayed": ("Fatima Al-Sayed, MD", "fatima.alsayed", "Endocrinology"),
    "bell": ("Marcus Bell, MD", "marcus.bell", "Emergency Medicine"),
    "raman": ("Priya Raman, MD", "priya.raman", "Hematology/Oncology"),
    "osei": ("Samuel Osei, MD", "samuel.osei", "Nephrology"),
    "fitzgerald": ("Laura Fitzgerald, MD", "laura.fitzgerald", "Obstetrics and Gynecology"),
    "tran": ("Kevin Tran, MD", "kevin.tran", "Pathology and Laboratory Medicine"),
    "haddad": ("Nadia Haddad, MD", "nadia.haddad", "Infectious Diseases"),
    "kowalczyk": ("Piotr Kowalczyk, MD", "piotr.kowalczyk", "Orthopaedic Surgery"),
    "brown": ("Keisha Brown, RN", "keisha.brown", "RN, Eastgate Clinic"),
    "delgado": ("Maria Delgado, RN", "maria.delgado", "Charge Nurse, 5 West Medical"),
    "novak": ("Olivia Novak, RN", "olivia.novak", "RN Care Coordinator, Cardiology"),
    "wozniak": ("Tomasz Wozniak, RN", "tomasz.wozniak", "Charge Nurse, Medical ICU"),
    "kim": ("Grace Kim, RN", "grace.kim", "Nurse Navigator, Oncology"),
    "harris": ("Dwayne Harris, LPN", "dwayne.harris", "LPN, Family Medicine"),
    "hassan": ("Ahmed Hassan, PharmD", "ahmed.hassan", "Clinical Pharmacist"),
    "schultz": ("Jenna Schultz, PharmD", "jenna.schultz", "Ambulatory Pharmacist"),
    "mendoza": ("Carlos Mendoza, MLS(ASCP)", "carlos.mendoza", "Medical Laboratory Scientist, Core Lab"),
    "pham": ("Yvonne Pham", "yvonne.pham", "Laboratory Operations Supervisor"),
    "patel": ("Raj Patel, MLS(ASCP)", "raj.patel", "Microbiology"),
    "whitaker": ("Denise Whitaker, CPC", "denise.whitaker", "Professional Coding"),
    "ortega": ("Luis Ortega, RN, CCDS", "luis.ortega", "Clinical Documentation Integrity"),
    "cole": ("Brittany Cole", "brittany.cole", "Patient Scheduling"),
    "souza": ("Ana Souza", "ana.souza", "Scheduling, Imaging Services"),
    "jackson": ("Monique Jackson", "monique.jackson", "Patient Access Representative"),
    "mitchell": ("Tyrone Mitchell", "tyrone.mitchell", "Patient Access Supervisor"),
    "liu": ("Sharon Liu", "sharon.liu", "Patient Financial Services"),
    "doyle": ("Patrick Doyle", "patrick.doyle", "Billing Specialist, PFS"),
    "bose": ("Nikhil Bose", "nikhil.bose", "Integration Analyst, IS&T"),
    "gallagher": ("Erin Gallagher", "erin.gallagher", "Service Desk, IS&T"),
    "volkov": ("Sergei Volkov", "sergei.volkov", "Network Engineering, IS&T"),
    "ruiz": ("Janelle Ruiz, RHIA", "janelle.ruiz", "Health Information Management"),
    "anderson": ("Beth Anderson, RN, CCM", "beth.anderson", "Case Management"),
    "okoro": ("Imani Okoro, LCSW", "imani.okoro", "Social Work"),
    "price": ("Heather Price, CPCS", "heather.price", "Medical Staff Services"),
    "ellis": ("Jordan Ellis", "jordan.ellis", "Marketing and Communications"),
    "grant": ("Melissa Grant", "melissa.grant", "Human Resources"),
    "vnguyen": ("Victor Nguyen", "victor.nguyen", "Supply Chain"),
    "chen": ("Robert Chen", "robert.chen", "Finance"),
    "kowalski": ("Gary Kowalski", "gary.kowalski", "Facilities"),
    "feldman": ("Naomi Feldman, MD", "naomi.feldman", "Chief Quality Officer"),
    "mcallister": ("Sarah McAllister, MSN, RN", "sarah.mcallister", "Clinical Education"),
    "harper": ("Linda Harper", "linda.harper", "Volunteer Services"),
    "beaumont": ("Claire Beaumont", "claire.beaumont", "Riverside Health Foundation"),
    "popescu": ("Elena Popescu, RD", "elena.popescu", "Clinical Nutrition"),
    "washington": ("Jamal Washington, DPT", "jamal.washington", "Rehabilitation Services"),
    "ibrahim": ("Yusuf Ibrahim, PA-C", "yusuf.ibrahim", "Orthopaedics"),
    "sorensen": ("Kirsten Sorensen, CNM", "kirsten.sorensen", "Midwifery"),
    "reyes": ("Gabriel Reyes, RT(R)", "gabriel.reyes", "Imaging Services"),
    "obrien": ("Siobhan O'Brien, RN", "siobhan.obrien", "Infection Prevention"),
    "lopez": ("Daniela Lopez", "daniela.lopez", "Referral Coordinator"),
    "park": ("Joon Park, PharmD", "joon.park", "Pharmacy Informatics"),
    "adeyemi": ("Tolu Adeyemi, MD", "tolu.adeyemi", "Psychiatry"),
    "walsh": ("Connor Walsh", "connor.walsh", "Revenue Integrity"),
    "banerjee": ("Ritu Banerjee", "ritu.banerjee", "Medicare Compliance, PFS"),
}


def S(key, gal=False):
    disp, box, _ = STAFF[key]
    if gal:
        nm = disp.split(",")[0]
        first, last = nm.split(" ", 1)
        disp = f"{last}, {first}"
    return (disp, f"{box}@{DOM}")


def SIG(key, ext=None):
    disp, box, title = STAFF[key]
    lines = [disp, title, "Riverside Health"]
    if ext:
        lines.append(f"Office {phone()} | ext. {ext}")
    return "\n".join(lines)


def X(display, mailbox):
    return (display, mailbox)


def BOX(name, local):
    return (name, f"{local}@{DOM}")


# ----------------------------------------------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------------------------------------------
def when(w):
    return dt.datetime.strptime(w, "%Y-%m-%d %H:%M")


def utc(w):
    d = when(w) + dt.timedelta(seconds=_SECS.setdefault(w, R.randint(0, 59)))
    off = 4 if d >= dt.datetime(2026, 3, 8, 2, 0) else 5
    return d + dt.timedelta(hours=off)


_SECS = {}


def rfcdate(d, zone="+0000"):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + zone


def mdY(w, days=0):
    return (when(w) + dt.timedelta(days=days)).strftime("%m/%d/%Y")


def md(w, days=0):
    d = when(w) + dt.timedelta(days=days)
    return f"{d.month}/{d.day}"


def longdate(w, days=0):
    d = when(w) + dt.timedelta(days=days)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def ymd(w, days=0, hm=None):
    d = when(w) + dt.timedelta(days=days)
    return d.strftime("%Y%m%d") + (hm or "")


# ----------------------------------------------------------------------------------------------------------------
# body model: blocks rendered to Outlook-style plain text and to HTML
# ----------------------------------------------------------------------------------------------------------------
SPLIT = "\x01"   # a value split across two <span>s in HTML (joined in text)


class T:
    """A table block."""

    def __init__(self, head, rows, border=True):
        self.head, self.rows, self.border = head, rows, border


class Pre:
    def __init__(self, text):
        self.text = text


class Raw:
    def __init__(self, text, html):
        self.text, self.html = text, html


class Q:
    """Quoted earlier message in a reply (Outlook header block)."""

    def __init__(self, frm, w, to, subject, blocks, cc=None):
        self.frm, self.w, self.to, self.subject, self.blocks, self.cc = frm, w, to, subject, blocks, cc


def _who(p):
    return f"{p[0]} <{p[1]}>"


def _qdate(w):
    d = when(w)
    h = d.hour % 12 or 12
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + f"{h}:{d.minute:02d} " + ("PM" if d.hour >= 12 else "AM")


def render_text(blocks, wrap=False):
    out = []
    for b in blocks:
        if isinstance(b, str):
            t = b.replace(SPLIT, "")
            if wrap:
                t = "\n".join(textwrap.fill(ln, 76, break_long_words=False, break_on_hyphens=False) if len(ln) > 76 else ln
                              for ln in t.split("\n"))
            out.append(t)
        elif isinstance(b, T):
            hashead = any(b.head)
            cells = ([list(b.head)] if hashead else []) + [[str(c).replace(SPLIT, "") for c in r] for r in b.rows]
            w = [max(len(str(r[i])) for r in cells) for i in range(len(b.head))]
            lines = ["  ".join(str(c).ljust(w[i]) for i, c in enumerate(cells[0])).rstrip(),
                     "  ".join("-" * w[i] for i in range(len(w)))] if hashead else []
            if not hashead:
                w[0] += 1
                cells = [[r[0] + ":"] + r[1:] for r in cells]
            for r in (cells[1:] if hashead else cells):
                lines.append("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
            out.append("\n".join(lines))
        elif isinstance(b, Pre):
            out.append(b.text)
        elif isinstance(b, Raw):
            out.append(b.text)
        elif isinstance(b, Q):
            hdr = [f"From: {_who(b.frm)}", f"Sent: {_qdate(b.w)}", "To: " + "; ".join(_who(p) for p in b.to)]
            if b.cc:
                hdr.append("Cc: " + "; ".join(_who(p) for p in b.cc))
            hdr.append(f"Subject: {b.subject}")
            out.append("_" * 32 + "\n" + "\n".join(hdr) + "\n\n" + render_text(b.blocks, wrap))
    return "\n\n".join(out) + "\n"


def esc(s):
    h = htmlmod.escape(s, quote=True)
    h = re.sub(r"([^\s<>]*)\x01([0-9A-Za-z/-]*)", r"<span>\1</span><span>\2</span>", h)
    h = h.replace("  ", "&nbsp; ")
    return h


def render_html_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p class="MsoNormal">' + "<br>\r\n".join(esc(x) if x else "&nbsp;" for x in b.split("\n")) + "</p>")
        elif isinstance(b, T):
            st = ' border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"' if b.border else ' cellpadding="2"'
            rows = ["<tr>" + "".join(f"<th align=\"left\">{esc(str(h))}</th>" for h in b.head) + "</tr>"] if any(b.head) else []
            for r in b.rows:
                rows.append("<tr>" + "".join(f"<td>{esc(str(c)) if str(c) else '&nbsp;'}</td>" for c in r) + "</tr>")
            out.append(f"<table{st}>\r\n" + "\r\n".join(rows) + "\r\n</table>")
        elif isinstance(b, Pre):
            out.append('<pre style="font-family:Consolas,monospace;font-size:10pt">' + htmlmod.escape(b.text) + "</pre>")
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Q):
            hdr = [f"<b>From:</b> {esc(b.frm[0])} &lt;{b.frm[1]}&gt;", f"<b>Sent:</b> {esc(_qdate(b.w))}",
                   "<b>To:</b> " + "; ".join(f"{esc(p[0])} &lt;{p[1]}&gt;" for p in b.to)]
            if b.cc:
                hdr.append("<b>Cc:</b> " + "; ".join(f"{esc(p[0])} &lt;{p[1]}&gt;" for p in b.cc))
            hdr.append(f"<b>Subject:</b> {esc(b.subject)}")
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\r\n'
                       '<p class="MsoNormal">' + "<br>\r\n".join(hdr) + "</p>\r\n</div>\r\n" + render_html_blocks(b.blocks))
    return "\r\n".join(out)


def html_doc(blocks, lang="EN-US"):
    return ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
            '<style><!--\r\np.MsoNormal, li.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n'
            'table {font-size:10.0pt; font-family:"Calibri",sans-serif;}\r\n--></style>\r\n</head>\r\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72">\r\n<div class="WordSection1">\r\n'
            + render_html_blocks(blocks) + "\r\n</div>\r\n</body>\r\n</html>\r\n")


# ----------------------------------------------------------------------------------------------------------------
# transfer encodings
# ----------------------------------------------------------------------------------------------------------------
def crlf(s):
    return re.sub(r"\r?\n", "\r\n", s)


def qp_encode(text):
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        toks = []
        for ch in line.encode("utf-8"):
            toks.append(chr(ch) if (33 <= ch <= 126 and ch != 61) or ch == 32 else "=%02X" % ch)
        if toks and toks[-1] == " ":
            toks[-1] = "=20"
        cur = ""
        for tok in toks:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out)


def b64_encode(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n").rstrip("\r\n")


def hdr_word(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def addr_hdr(p):
    disp, box = p
    d = hdr_word(disp)
    if d == disp and re.search(r'[,.()"]', disp):
        d = '"' + disp.replace('"', '') + '"'
    return f"{d} <{box}>"


def fold(name, value):
    """Fold a header at whitespace (address lists only after commas) to lines of at most 78 characters where possible."""
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    toks = re.split(r"(?<=,) ", value) if name in ("To", "CC", "From") else value.split(" ")
    out, cur = [], f"{name}:"
    for t in toks:
        if len(cur) + 1 + len(t) > 78 and cur != f"{name}:":
            out.append(cur)
            cur = " " + t
        else:
            cur = cur + " " + t
    out.append(cur)
    return "\r\n".join(out)


# ----------------------------------------------------------------------------------------------------------------
# MIME parts
# ----------------------------------------------------------------------------------------------------------------
class Part:
    def __init__(self, ctype, data=None, cte=None, charset=None, filename=None, children=None, tag="", w=None, inner=None):
        self.ctype, self.data, self.cte, self.charset = ctype, data, cte, charset
        self.filename, self.children, self.tag, self.w, self.inner = filename, children, tag, w, inner

    def form(self):
        if self.children is not None:
            return self.ctype + "[" + ", ".join(c.form() for c in self.children) + "]"
        if self.ctype == "message/rfc822":
            return f'message/rfc822 "{self.filename}"[{self.inner}]'
        enc = {"7bit": "7bit", "quoted-printable": "qp", "base64": "b64"}[self.cte]
        s = f"{self.ctype} {enc}"
        if self.filename:
            s += f' "{self.filename}"'
        if self.tag and self.tag != "hl7":
            s += " " + self.tag
        return s

    def render(self):
        if self.children is not None:
            pre = "_000_" if self.ctype == "multipart/alternative" else "_004_"
            b = pre + SERVERS[R.randint(0, len(SERVERS) - 1)] + hexs(24) + "namp_"
            hdrs = [f'Content-Type: {self.ctype};\r\n\tboundary="{b}"']
            body = ""
            for c in self.children:
                body += f"--{b}\r\n" + c.render() + "\r\n"
            body += f"--{b}--\r\n"
            return "\r\n".join(hdrs) + "\r\n\r\n" + body
        if self.ctype == "message/rfc822":
            hdrs = ["Content-Type: message/rfc822", f'Content-Disposition: attachment;\r\n\tfilename="{self.filename}"']
            return "\r\n".join(hdrs) + "\r\n\r\n" + self.data.rstrip("\r\n") + "\r\n"
        raw = self.data
        if isinstance(raw, str) and self.tag != "hl7":
            raw = crlf(raw)
        if self.cte == "7bit":
            raw.encode("ascii")
            payload = crlf(raw).rstrip("\r\n")
        elif self.cte == "quoted-printable":
            payload = qp_encode(raw)
        else:
            payload = b64_encode(raw)
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"'
        if self.filename:
            ct += f';\r\n\tname="{self.filename}"'
        hdrs = [f"Content-Type: {ct}"]
        if self.filename:
            hdrs.append(f"Content-Description: {self.filename}")
            size = len(raw.encode("utf-8") if isinstance(raw, str) else raw)
            cd = rfcdate(utc(self.w) - dt.timedelta(minutes=3), "GMT").replace("+", "")
            hdrs.append(f'Content-Disposition: attachment; filename="{self.filename}"; size={size};\r\n'
                        f'\tcreation-date="{cd}";\r\n\tmodification-date="{cd}"')
        hdrs.append(f"Content-Transfer-Encoding: {self.cte}")
        return "\r\n".join(hdrs) + "\r\n\r\n" + payload + "\r\n"


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def body_parts(blocks, form, w):
    """form: plain7 | qp | b64 | html | html64 | alt | alt64"""
    if isinstance(blocks, str):
        blocks = [blocks]
    if form == "plain7":
        t = render_text(blocks, wrap=True)
        if not is_ascii(t):
            raise SystemExit("non-ASCII text in a 7bit body: " + t[:80])
        return Part("text/plain", t, "7bit", "us-ascii")
    if form == "qp":
        t = render_text(blocks)
        return Part("text/plain", t, "quoted-printable", "us-ascii" if is_ascii(t) else "utf-8")
    if form == "b64":
        return Part("text/plain", render_text(blocks), "base64", "utf-8")
    if form in ("html", "html64"):
        return Part("text/html", html_doc(blocks), "quoted-printable" if form == "html" else "base64", "utf-8")
    if form in ("alt", "alt64"):
        t = render_text(blocks)
        return Part("multipart/alternative", children=[
            Part("text/plain", t, "quoted-printable", "us-ascii" if is_ascii(t) else "utf-8"),
            Part("text/html", html_doc(blocks), "quoted-printable" if form == "alt" else "base64", "utf-8")])
    raise SystemExit("unknown body form " + form)


# ----------------------------------------------------------------------------------------------------------------
# attachments
# ----------------------------------------------------------------------------------------------------------------
def csv_att(name, rows):
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        wr.writerow(r)
    return ("csv", name, "text/csv", buf.getvalue(), "")


def txt_att(name, text):
    return ("txt", name, "text/plain", crlf(text.rstrip("\n") + "\n"), "")


def html_att(name, html):
    return ("html", name, "text/html", crlf(html), "")


def json_att(name, obj):
    return ("json", name, "application/json", json.dumps(obj, indent=2, ensure_ascii=False) + "\n", "")


def xml_att(name, xml, ctype="application/xml"):
    xml = xml.strip() + "\n"
    return ("xml", name, ctype, crlf(xml), "")


def hl7_att(name, segs, ctype="x-application/hl7-v2+er7"):
    return ("hl7", name, ctype, "\r".join(segs) + "\r", "")


def pdf_att(name, lines, flate=False, title=None):
    data = make_pdf(lines, flate=flate, title=title or name)
    return ("pdf", name, "application/pdf", data, "flate" if flate else "uncompressed")


def fwd_att(name, inner):
    """inner: a dict returned by mail(...) (not written as a file)."""
    return ("rfc822", name, "message/rfc822", inner, "")


# ----------------------------------------------------------------------------------------------------------------
# PDF 1.4 by hand
# ----------------------------------------------------------------------------------------------------------------
def _pdfstr(s):
    s = s.replace(SPLIT, "")
    s = s.encode("latin-1", "replace").decode("latin-1")
    s = "".join(c if 32 <= ord(c) < 127 else "?" for c in s)
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, flate=False, title="Document"):
    """lines: list of str or (style, str); style h=title, b=bold, m=monospace, n=normal. '' = blank line."""
    items = []
    for ln in lines:
        st, tx = (ln if isinstance(ln, tuple) else ("n", ln))
        width = {"h": 70, "b": 88, "m": 92, "n": 96}[st]
        if st != "m" and len(tx) > width:
            for piece in textwrap.wrap(tx, width):
                items.append((st, piece))
        else:
            items.append((st, tx))
    pages, cur, y = [], [], 750
    for st, tx in items:
        step = {"h": 20, "b": 15, "m": 12, "n": 14}[st]
        if y - step < 60:
            pages.append(cur)
            cur, y = [], 750
        cur.append((st, tx))
        y -= step
    pages.append(cur)
    fonts = {"h": ("F2", 14), "b": ("F2", 10), "m": ("F3", 9), "n": ("F1", 10)}
    streams = []
    for pg in pages:
        ops = ["BT", "50 760 Td"]
        font = None
        for st, tx in pg:
            f, size = fonts[st]
            step = {"h": 20, "b": 15, "m": 12, "n": 14}[st]
            if (f, size) != font:
                ops.append(f"/{f} {size} Tf")
                font = (f, size)
            ops.append(f"0 -{step} Td")
            if tx:
                ops.append(f"({_pdfstr(tx)}) Tj")
        ops.append("ET")
        streams.append(("\n".join(ops) + "\n").encode("latin-1"))
    objs = {}
    n_pages = len(pages)
    first_page = 6
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    for i, s in enumerate(streams):
        pno, cno = first_page + 2 * i, first_page + 2 * i + 1
        objs[pno] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {cno} 0 R "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>").encode()
        if flate:
            z = zlib.compress(s, 9)
            objs[cno] = f"<< /Length {len(z)} /Filter /FlateDecode >>\nstream\n".encode() + z + b"\nendstream"
        else:
            objs[cno] = f"<< /Length {len(s)} >>\nstream\n".encode() + s + b"\nendstream"
    info = first_page + 2 * n_pages
    objs[info] = (f"<< /Title ({_pdfstr(title)}) /Producer (Riverside Document Services 4.2) "
                  "/CreationDate (D:20260101000000Z) >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in range(1, info + 1):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {info + 1}\n".encode() + b"0000000000 65535 f \n"
    for k in range(1, info + 1):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {info + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


# ----------------------------------------------------------------------------------------------------------------
# C-CDA-like document
# ----------------------------------------------------------------------------------------------------------------
def ccda_doc(title, loinc, pt, mrn_, author, org, w, sections, addr=None, phone_=None, setid=None,
             aa=("2.16.840.1.113883.3.9913.2.1", "Riverside Health")):
    """sections: list of (title, loinc, [header], [[row]...]) or (title, loinc, text)."""
    x = esc_xml
    secs = []
    for sec in sections:
        stitle, scode = sec[0], sec[1]
        if len(sec) == 3:
            body = f"<paragraph>{x(sec[2])}</paragraph>"
        else:
            head, rows = sec[2], sec[3]
            body = ("<table border=\"1\"><thead><tr>" + "".join(f"<th>{x(h)}</th>" for h in head) + "</tr></thead><tbody>"
                    + "".join("<tr>" + "".join(f"<td>{x(str(c))}</td>" for c in r) + "</tr>" for r in rows)
                    + "</tbody></table>")
        secs.append(f"""    <component>
      <section>
        <code code="{scode}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC"/>
        <title>{x(stitle)}</title>
        <text>{body}</text>
      </section>
    </component>""")
    street, city, state, zp = addr or ("1 Main Street", "Millbrook", "OH", "43110")
    ts = ymd(w, 0, when(w).strftime("%H%M%S")) + "-0500"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9913.1" extension="{setid or digits(10)}"/>
  <code code="{loinc}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{x(title)}"/>
  <title>{x(title)}</title>
  <effectiveTime value="{ts}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="{aa[0]}" extension="{mrn_}" assigningAuthorityName="{x(aa[1])}"/>
      <addr use="HP"><streetAddressLine>{x(street)}</streetAddressLine><city>{city}</city><state>{state}</state><postalCode>{zp}</postalCode><country>US</country></addr>
      <telecom value="tel:{phone_ or phone_d()}" use="HP"/>
      <patient>
        <name use="L"><given>{x(pt.first)}</given><family>{x(pt.last)}</family></name>
        <administrativeGenderCode code="{pt.sex}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{pt.hl7dob}"/>
        <languageCommunication><languageCode code="en"/></languageCommunication>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="{ts}"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="{npi()}"/>
      <assignedPerson><name><given>{x(author[0])}</given><family>{x(author[1])}</family><suffix>{x(author[2])}</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian>
    <assignedCustodian><representedCustodianOrganization><name>{x(org)}</name></representedCustodianOrganization></assignedCustodian>
  </custodian>
  <component>
    <structuredBody>
{chr(10).join(secs)}
    </structuredBody>
  </component>
</ClinicalDocument>
"""


def esc_xml(s):
    return htmlmod.escape(str(s), quote=True)


# ----------------------------------------------------------------------------------------------------------------
# the message
# ----------------------------------------------------------------------------------------------------------------
MSGS = []
CURRENT_KIND = [None]


def _thread_index(depth):
    return base64.b64encode(bytes(R.randint(0, 255) for _ in range(22 + 5 * depth))).decode("ascii")


def _msip(label, w):
    kind, name = label
    g = {"phi": PHI_GUID, "general": GEN_GUID, "internal": INT_GUID}[kind]
    setd = utc(w).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = [f"MSIP_Label_{g}_Enabled=true", f"MSIP_Label_{g}_SetDate={setd}", f"MSIP_Label_{g}_Method=Standard"]
    if name is not None:
        parts.append(f"MSIP_Label_{g}_Name={name}")
    parts += [f"MSIP_Label_{g}_SiteId={TENANT}", f"MSIP_Label_{g}_ActionId={guid()}", f"MSIP_Label_{g}_ContentBits=0"]
    return "msip_labels: " + ";\r\n ".join(parts) + ";"


def mail(w, subj, frm, to, body, form, atts=(), cc=(), label=None, inbound=False, note="", m365=True, depth=0,
         importance=None, mailer=None, lang="en-US", reply_to_id=None, extra=(), _inner=False):
    d = utc(w)
    to = list(to) if isinstance(to, list) else [to]
    cc = list(cc)
    parts = body_parts(body, form, w)
    form_tag = form
    kids = []
    for kind, name, ctype, data, tag in atts:
        if kind == "rfc822":
            kids.append(Part("message/rfc822", data["bytes"], filename=name, inner=data["form"]))
        else:
            if ctype.startswith("text/") or ctype == "application/json" or ctype == "application/xml":
                charset = "utf-8"
            else:
                charset = None
            kids.append(Part(ctype, data, "base64", charset, filename=name, tag=tag or ("hl7" if kind == "hl7" else ""), w=w))
    top = Part("multipart/mixed", children=[parts] + kids) if kids else parts
    H = []
    if inbound and not _inner:
        host = frm[1].split("@")[1]
        ip = f"203.0.113.{R.randint(10, 250)}"
        srv = SERVERS[R.randint(0, len(SERVERS) - 1)]
        edge = f"MW4PR04CA{R.randint(1000, 9999)}.namprd04.prod.outlook.example"
        H.append(fold("Received", f"from {edge} (2001:db8:303:8c::{R.randint(1, 9)}) by {srv}.namprd04.prod.outlook.example "
                      f"(2001:db8:10a6:1b4::{R.randint(10, 99)}) with Microsoft SMTP Server (version=TLS1_2, "
                      f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(7000, 8999)}.{R.randint(10, 99)}; "
                      f"{rfcdate(d + dt.timedelta(seconds=4))}"))
        H.append(fold("Received", f"from mx1.{host} ({ip}) by {edge} (2001:db8:0:1::{R.randint(10, 99)}) with Microsoft "
                      f"SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(7000, 8999)}.{R.randint(10, 99)} "
                      f"via Frontend Transport; {rfcdate(d + dt.timedelta(seconds=2))}"))
        H.append(fold("Authentication-Results", f"spf=pass (sender IP is {ip}) smtp.mailfrom={host}; dkim=pass (signature "
                      f"was verified) header.d={host};dmarc=pass action=none header.from={host};compauth=pass reason=100"))
        H.append(f"Received-SPF: Pass ({edge.split('.')[0].lower()}.namprd04.prod.outlook.example: domain of {host} designates "
                 f"{ip} as permitted sender)")
    H.append(f"From: {addr_hdr(frm)}")
    H.append(fold("To", ", ".join(addr_hdr(p) for p in to)))
    if cc:
        H.append(fold("CC", ", ".join(addr_hdr(p) for p in cc)))
    H.append(fold("Subject", hdr_word(subj)))
    if m365:
        topic = re.sub(r"^((RE|FW|Fwd|AW|Re|Fw):\s*)+", "", subj)
        H.append(fold("Thread-Topic", hdr_word(topic)))
        H.append(f"Thread-Index: {_thread_index(depth)}")
    H.append(f"Date: {rfcdate(d)}")
    if inbound and not _inner:
        mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{hexs(10)}@mx1.{frm[1].split('@')[1]}>"
    elif m365:
        srv = SERVERS[R.randint(0, len(SERVERS) - 1)]
        mid = f"<{srv}{hexs(32)}@{srv}.namprd04.prod.outlook.example>"
    else:
        mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{hexs(8, False)}@{frm[1].split('@')[1]}>"
    H.append(f"Message-ID: {mid}")
    if reply_to_id or depth:
        prev = reply_to_id or f"<{SERVERS[0]}{hexs(32)}@{SERVERS[0]}.namprd04.prod.outlook.example>"
        H.append(f"In-Reply-To: {prev}")
        H.append(f"References: {prev}")
    if importance:
        H.append(f"Importance: {importance}")
        H.append("X-Priority: 1")
    for k, v in extra:
        H.append(fold(k, v))
    if m365:
        H.append(f"Accept-Language: {lang}")
        H.append(f"Content-Language: {lang}")
        H.append("X-MS-Has-Attach: " + ("yes" if kids else ""))
        H.append("X-MS-TNEF-Correlator: ")
        if label:
            H.append(_msip(label, w))
        if not _inner:
            H.append("X-MS-Exchange-Organization-SCL: " + ("1" if inbound else "-1"))
            H.append(f"X-MS-Exchange-Organization-AuthAs: {'Anonymous' if inbound else 'Internal'}")
            H.append(f"X-MS-Exchange-Organization-AuthSource: {SERVERS[R.randint(0, len(SERVERS) - 1)]}.namprd04.prod.outlook.example")
            H.append(f"X-MS-Exchange-Organization-Network-Message-Id: {guid()}")
            H.append(f"X-MS-Exchange-Organization-MessageDirectionality: {'Incoming' if inbound else 'Originating'}")
            if inbound:
                H.append(fold("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:US;LANG:en;SCL:1;SRV:;"
                              "IPV:NLI;SFV:NSPM;H:mx1;PTR:mx1;CAT:NONE;SFS:(13230040)(4022899009);DIR:INB;"))
    elif label:
        H.append(_msip(label, w))
    if mailer:
        H.append(f"X-Mailer: {mailer}")
    H.append("MIME-Version: 1.0")
    raw = "\r\n".join(H) + "\r\n" + top.render()
    raw = raw.rstrip("\r\n") + "\r\n"
    raw.encode("ascii")
    f = top.form()
    if label:
        f += f";msip_label={label[1] if label[1] is not None else label[0].upper() + ' (GUID only)'}"
    if inbound and not _inner:
        f += ";inbound"
    return {"bytes": raw, "form": f, "note": note}


def inner(*a, **k):
    k["_inner"] = True
    return mail(*a, **k)


SCEN = []


def sc(kind):
    def deco(fn):
        SCEN.append((kind, fn))
        return fn
    return deco


def PHI(name="Confidential - PHI"):
    return ("phi", name)


GENERAL = ("general", "General")
INTERNAL = ("internal", "Internal")


# ================================================================================================================
# POSITIVES
# ================================================================================================================
# ---------------------------------------------------------------------------------------------------------------
# lab_result (20)
# ---------------------------------------------------------------------------------------------------------------
@sc("lab_result")
def lab01():
    W = "2026-01-13 15:42"
    p = Pt("Marisol", "Quintero", "F", "1971-05-22")
    em = ("Marisol Quintero", "mquintero71@inbox.example.net")
    pdf = pdf_att("Quintero_results_letter.pdf", [
        ("h", "Riverside Health - Eastgate Family Medicine"), "2200 Eastgate Parkway, Millbrook, OH 43110  |  Phone (614) 555-0131", "",
        f"{longdate(W)}", "", p.name, "87 Larkspur Court", "Millbrook, OH 43112", "",
        f"Date of birth: {p.us}", "", f"Dear Ms. {p.last},", "",
        f"Dr. Rebecca Lindqvist has reviewed the blood tests drawn on {mdY(W, -6)}. Your results are below.", "",
        ("m", "TEST                     RESULT    FLAG   REFERENCE"),
        ("m", "Total cholesterol        238 mg/dL  H     <200"),
        ("m", "LDL cholesterol (calc)   161 mg/dL  H     <100"),
        ("m", "HDL cholesterol           49 mg/dL        >=40"),
        ("m", "Triglycerides            142 mg/dL        <150"),
        ("m", "ALT                       52 U/L    H     7-45"),
        ("m", "AST                       38 U/L          8-40"),
        ("m", "Glucose, fasting          96 mg/dL        70-99"), "",
        "Your LDL (bad) cholesterol is higher than we would like, and one liver enzyme (ALT) is mildly raised. Dr. Lindqvist",
        "recommends starting atorvastatin 20 mg once daily and repeating the liver tests in 8 weeks. A prescription has been",
        "sent to your pharmacy. Please limit alcohol and call us if you have muscle aches after starting the medicine.", "",
        "Sincerely,", "Keisha Brown, RN, for Rebecca Lindqvist, MD"], flate=False)
    body = [f"Dear Ms. {p.last},",
            "As you asked at your visit, I am sending your lab results by secure e-mail rather than by post. "
            "The letter from Dr. Lindqvist is attached as a PDF.",
            "In short: your LDL cholesterol is 161 and your ALT is 52, so she would like you to start atorvastatin and "
            "recheck the liver tests in about two months. Your sugar was normal.",
            "If you have questions please reply to this message or call the clinic at (614) 555-0131.",
            "Kind regards,\n" + SIG("brown")]
    return mail(W, "Your recent lab results", S("brown"), [em], body, "alt", [pdf],
                note="Nurse e-mails a patient her lipid/hepatic panel result letter (PDF, name + DOB + address, no MRN).")


@sc("lab_result")
def lab02():
    W = "2026-02-04 07:31"
    p = Pt("Harold", "Jenkins", "M", "1948-10-03")
    body = ["Maria,",
            "Documenting the critical call from overnight as requested for the unit log.",
            Pre(f"Patient:      {p.LF}\nDOB:          {p.us}\nLocation:     5W-518\n"
                f"Test:         Potassium, plasma (lithium heparin)\nResult:       6.8 mmol/L  (critical high; ref 3.5-5.1)\n"
                f"Specimen:     not hemolyzed, repeat on same tube 6.7\nCollected:    {md(W)} 01:40\n"
                f"Called to:    Jasmine Tillman, RN at 02:14 - read back verified\nCalled by:    C. Mendoza, core lab"),
            "Creatinine on the same draw was 3.9 (was 2.1 on Monday). Dr. Mehta's team was paged by the RN per her note.",
            "Carlos Mendoza\nCore Laboratory, night shift\next. 4471"]
    return mail(W, "critical call 0214", S("mendoza"), [S("delgado")], body, "plain7", cc=[S("pham")],
                note="Lab scientist documents a critical potassium call for a named inpatient with DOB and room (no MRN).")


@sc("lab_result")
def lab03():
    W = "2026-01-21 11:05"
    p = Pt("Leilani", "Kahale", "F", "1989-07-30")
    m = mrn()
    d = p.us
    body = ["Dr. Haddad,",
            f"Final report on the urine culture you asked about this morning. Patient {p.name}, DOB {d[:6]}{SPLIT}{d[6:]}, MRN {m}, "
            f"collected {mdY(W, -2)} (clean catch, ED).",
            "Organism: Escherichia coli, >100,000 CFU/mL. ESBL screen negative.",
            T(["Antibiotic", "MIC (mcg/mL)", "Interpretation"],
              [["Ampicillin", ">=32", "R"], ["Amoxicillin/clavulanate", "8", "S"], ["Cefazolin (urine)", "<=4", "S"],
               ["Ceftriaxone", "<=1", "S"], ["Ciprofloxacin", ">=4", "R"], ["Nitrofurantoin", "<=16", "S"],
               ["Trimethoprim/sulfamethoxazole", ">=320", "R"]]),
            "She is 24 weeks pregnant per the order comment, so I flagged nitrofurantoin and cefalexin (cefazolin surrogate) as the "
            "likely options. Let me know if you want additional agents tested.",
            "Raj Patel, MLS(ASCP)\nMicrobiology, Riverside Health Laboratory\next. 4480"]
    return mail(W, "Urine culture final", S("patel"), [S("haddad")], body, "html",
                note="Microbiology sends a named patient's urine culture susceptibility table (DOB split over spans, MRN).")


@sc("lab_result")
def lab04():
    W = "2026-02-17 16:20"
    p = Pt("Gerald", "Fontaine", "M", "1961-02-09")
    m = mrn()
    pdf = pdf_att("SP26-01884_surgical_pathology.pdf", [
        ("h", "Riverside Health Laboratory - Anatomic Pathology"), "SURGICAL PATHOLOGY REPORT", "",
        f"Patient: {p.LF}        MRN: {m}        DOB: {p.us}   Sex: M",
        f"Accession: SP26-01884     Collected: {mdY(W, -5)}     Received: {mdY(W, -5)}     Reported: {mdY(W, -1)}",
        "Submitting physician: Hiroshi Tanaka, MD (Gastroenterology)", "",
        ("b", "SPECIMENS"), "A. Colon, ascending, polypectomy", "B. Colon, sigmoid, polypectomy", "",
        ("b", "FINAL DIAGNOSIS"),
        "A. Ascending colon polyp: Tubular adenoma, 9 mm. Negative for high-grade dysplasia.",
        "B. Sigmoid colon polyp: Hyperplastic polyp.", "",
        ("b", "GROSS DESCRIPTION"),
        "A. Received in formalin labeled with the patient's name and 'ascending polyp' is a single tan polypoid fragment, "
        "0.9 x 0.6 x 0.4 cm. Entirely submitted in one cassette.",
        "B. Received in formalin labeled 'sigmoid polyp' are two tan fragments, 0.3 and 0.2 cm. Entirely submitted.", "",
        "Electronically signed by Kevin Tran, MD, Pathologist"], flate=True)
    body = ["Rebecca,",
            f"Your patient {p.name} had his screening colonoscopy with me last week. Pathology is back (attached): one 9 mm tubular "
            "adenoma, no high-grade dysplasia, plus a small hyperplastic polyp.",
            "I'd repeat colonoscopy in 3 years given the adenoma size and his family history (brother with colon cancer at 58). "
            "I've sent him a letter too.",
            "Best,\nHiroshi\n\n" + SIG("tanaka")]
    return mail(W, "Path back", S("tanaka"), [S("lindqvist")], body, "alt", [pdf],
                note="GI sends PCP a named patient's colon polyp pathology report (FlateDecode PDF with MRN and DOB).")


@sc("lab_result")
def lab05():
    W = "2026-03-03 10:12"
    p = Pt("Rashida", "Coleman", "F", "1966-11-17")
    rows = [["Patient", p.name, "", ""], ["DOB", p.us, "", ""], ["Meter", "ContourLink 3 (clinic download)", "", ""],
            ["Date", "Time", "Glucose (mg/dL)", "Tag"]]
    vals = [(-14, "07:02", 212, "Fasting"), (-14, "19:40", 265, "After meal"), (-13, "06:55", 198, "Fasting"),
            (-12, "07:10", 231, "Fasting"), (-12, "21:05", 288, "Bedtime"), (-11, "06:48", 187, "Fasting"),
            (-10, "07:15", 204, "Fasting"), (-9, "03:10", 64, "Night - symptoms"), (-9, "07:30", 176, "Fasting"),
            (-8, "06:58", 193, "Fasting"), (-7, "19:22", 246, "After meal"), (-6, "07:05", 182, "Fasting"),
            (-5, "07:01", 175, "Fasting"), (-4, "22:10", 259, "Bedtime"), (-3, "06:50", 169, "Fasting"),
            (-2, "07:12", 188, "Fasting"), (-1, "06:57", 171, "Fasting")]
    for dd, t, g, tag in vals:
        rows.append([mdY(W, dd), t, str(g), tag])
    body = ["Hi Dr. Al-Sayed,",
            f"Downloaded Ms. {p.last}'s meter at her pharmacotherapy visit today (CSV attached, 17 readings over two weeks).",
            "Fasting values are mostly 170-230 on glargine 28 units. There was one 64 at 03:10 on the night she skipped dinner. "
            "Bedtime readings are in the 250s-280s after larger evening meals.",
            "I suggested she keep glargine at 28 for now and we discuss adding mealtime insulin at dinner at her visit with you "
            "next week. Please let me know if you would rather titrate sooner.",
            "Thanks,\nJenna\n\n" + SIG("schultz")]
    return mail(W, "Meter download", S("schultz"), [S("alsayed")], body, "b64", [csv_att("glucose_download.csv", rows)],
                note="Ambulatory pharmacist sends an endocrinologist a named patient's point-of-care glucose meter download (CSV, no MRN).")


@sc("lab_result")
def lab06():
    W = "2026-01-28 13:47"
    p = Pt("Adaeze", "Nwosu", "F", "1958-04-02")
    q = Q(S("alsayed"), "2026-01-27 17:02", [S("lindqvist")], "Grand rounds - thyroid nodules",
          ["Rebecca - are you still able to co-present on Feb 19? I can take the ultrasound half if you do the primary care "
           "approach. Slides due to CME by the 12th.", "Fatima"])
    body = ["Yes, still on for the 19th, I'll send my half by the 10th.",
            f"Unrelated, while I have you: Mrs. {p.name} (DOB {p.us}) - her TSH came back 0.08 with a free T4 of 2.9 yesterday. "
            "She's lost about 8 lb and has a resting HR around 104. I started propranolol 10 mg TID. Could someone in endo see her "
            "in the next couple of weeks? I'll place the referral today.",
            "Thanks!\nRebecca", q]
    return mail(W, "RE: Grand rounds - thyroid nodules", S("lindqvist"), [S("alsayed")], body, "qp", depth=1,
                note="Reply about grand rounds that in passing gives a named patient's TSH/free T4 and asks for an endocrine visit.")


@sc("lab_result")
def lab07():
    W = "2026-02-11 09:26"
    p = Pt("Ruth", "Abernathy", "F", "1979-09-14")
    pt_addr = (p.name, "ruth.abernathy@webmail.example.net")
    q = Q(pt_addr, "2026-02-10 20:15", [S("harris")], "question about my blood test",
          ["Hi, I saw my blood test results in the mail today and my hemoglobin says 10.1 with an L next to it and ferritin 8. "
           "Is that bad? I have been really tired and out of breath on the stairs. Should I come in?", "Thank you, Ruth Abernathy"])
    body = [f"Good morning Ms. {p.last},",
            "Thank you for your message. I showed your results to Dr. Lindqvist this morning. Your hemoglobin of 10.1 is mildly low "
            "and your ferritin of 8 shows your iron stores are low, which can explain the tiredness and shortness of breath.",
            "Dr. Lindqvist would like you to start ferrous sulfate 325 mg every other day with a little orange juice, and she wants "
            "to see you in 2-3 weeks to talk about the heavy periods you mentioned in December. I will call you to book that.",
            "If you have chest pain, fainting, or black stools please go to the emergency department.",
            "Dwayne Harris, LPN\nEastgate Family Medicine\n(614) 555-0131", q]
    return mail(W, "RE: question about my blood test", S("harris"), [pt_addr], body, "b64", depth=1,
                note="LPN replies to a patient's e-mail about her low hemoglobin and ferritin with treatment advice (no MRN).")


@sc("lab_result")
def lab08():
    W = "2026-03-10 17:55"
    p = Pt("Venkat", "Subramanian", "M", "1962-12-01")
    cho = ("Daniel Cho, MD", f"daniel.cho@{DOM}")
    body = ["Dr. Okafor,",
            f"Pasting the CBC from clinic today for {p.name} ({p.age(W)}M, the new patient with exertional dyspnea I presented to you). "
            "Platelets look low to me, and the MCV is high - should I add B12/folate and a smear before the echo next week?",
            Pre("CBC WITH DIFFERENTIAL             Result    Units      Ref range\n"
                "WBC                               3.6 L     K/uL       4.0-11.0\n"
                "RBC                               3.41 L    M/uL       4.50-5.90\n"
                "Hemoglobin                        11.2 L    g/dL       13.5-17.5\n"
                "Hematocrit                        33.9 L    %          41.0-53.0\n"
                "MCV                               99.4 H    fL         80.0-98.0\n"
                "RDW                               16.8 H    %          11.5-14.5\n"
                "Platelets                         96 L      K/uL       150-400\n"
                "Neutrophils                       54        %\n"
                "Lymphocytes                       36        %\n"
                "Monocytes                         8         %\n"
                "Eosinophils                       2         %"),
            "Thanks,\nDaniel Cho, PGY-2\nInternal Medicine Residency"]
    return mail(W, "CBC question", cho, [S("okafor")], body, "plain7",
                note="Resident pastes a named clinic patient's CBC with differential into a question to the attending (no MRN).")


@sc("lab_result")
def lab09():
    W = "2026-02-24 06:18"
    p = Pt("Chiara", "Bianchi", "F", "1984-06-19")
    acc = "SRL" + digits(8)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ResultReport xmlns="urn:summitlab:results:2" version="2.3">
  <Laboratory name="Summit Reference Laboratories" clia="36D{digits(7)}"/>
  <Client account="RIV-0042" name="Riverside Health Rheumatology"/>
  <OrderingProvider name="Amir Farouk, MD"/>
  <Patient>
    <Name family="{p.last}" given="{p.first}"/>
    <BirthDate>{p.iso}</BirthDate>
    <Sex>F</Sex>
  </Patient>
  <Accession id="{acc}" collected="{(when(W) - dt.timedelta(days=3)).strftime('%Y-%m-%dT09:40:00')}" status="FINAL"/>
  <Result testCode="ANAIFA" name="ANA screen, IFA" value="Positive" flag="A"/>
  <Result testCode="ANATTR" name="ANA titer" value="1:640" flag="H"/>
  <Result testCode="ANAPAT" name="ANA pattern" value="Homogeneous"/>
  <Result testCode="DSDNACR" name="dsDNA Ab, Crithidia IFA" value="Positive 1:80" flag="A"/>
  <Result testCode="C3" loinc="4485-9" name="Complement C3" value="68" units="mg/dL" range="90-180" flag="L"/>
  <Result testCode="C4" loinc="4498-2" name="Complement C4" value="7" units="mg/dL" range="10-40" flag="L"/>
</ResultReport>"""
    body = [f"Results for accession {acc} are attached as an XML file for import into your EHR interface queue.",
            "One or more results on this report are outside the reference range. Ordering provider: Amir Farouk, MD.",
            "Summit Reference Laboratories - Client Services\n(614) 555-0177 | results@summitlab.example.org",
            "This e-mail and any attachment may contain confidential information intended only for the addressee."]
    return mail(W, f"Result report {acc}", X("Summit Reference Labs Results", "results@summitlab.example.org"),
                [BOX("Rheumatology Results", "rheum-results")], body, "b64", [xml_att(f"{acc}.xml", xml)], inbound=True,
                note="Inbound reference-lab XML report of a named patient's ANA, dsDNA and complement results (name + DOB).")


@sc("lab_result")
def lab10():
    W = "2026-01-16 08:03"
    p = Pt("Desmond", "Clarke", "M", "1953-08-25")
    readings = []
    for dd, v in ((-25, 2.4), (-18, 2.7), (-11, 3.1), (-4, 4.1)):
        readings.append({"date": (when(W) + dt.timedelta(days=dd)).strftime("%Y-%m-%d"), "inr": v,
                         "inRange": 2.0 <= v <= 3.0, "method": "CoaguChek INRange self-test"})
    obj = {"report": "weekly-inr-summary", "service": "CoagWatch Home Monitoring", "clinic": "Riverside Anticoagulation Clinic",
           "patient": {"name": p.name, "dob": p.iso, "phone": phone_d()}, "indication": "Atrial fibrillation",
           "anticoagulant": "warfarin", "targetRange": [2.0, 3.0], "readings": readings,
           "alerts": [{"date": readings[-1]["date"], "text": "INR above range (4.1). Patient reports no bleeding."}]}
    body = ["Riverside Anticoagulation Clinic,",
            f"Attached is this week's self-testing summary for your patient {p.name} (DOB {p.us}). The most recent INR of 4.1 is "
            "above his target range of 2.0-3.0. He reported no bleeding when our nurse called. Please review and send any dose "
            "change to the patient directly.",
            "CoagWatch Home Monitoring\nNurse line (800) 555-0188"]
    return mail(W, "Weekly summary", X("CoagWatch Home Monitoring", "reports@coagwatch.example.org"),
                [BOX("Anticoagulation Clinic", "anticoag.clinic")], body, "plain7", [json_att("inr_weekly.json", obj)],
                inbound=True, note="Inbound home INR monitoring service reports a named patient's out-of-range INR (JSON, no MRN).")


@sc("lab_result")
def lab11():
    W = "2026-03-05 14:36"
    p = Pt("Mateo", "Alvarez", "M", "2025-12-02")
    txt = f"""RIVERSIDE HEALTH LABORATORY - SPECIAL CHEMISTRY
SWEAT CHLORIDE TEST (QUANTITATIVE PILOCARPINE IONTOPHORESIS)

Patient name : {p.LF}
Date of birth: {p.us}      Sex: M
Ordering     : Camila Restrepo, MD
Collected    : {mdY(W, -1)} 10:15     Reported: {mdY(W)} 13:50

SITE         SWEAT WEIGHT (mg)   CHLORIDE (mmol/L)
Left arm     31                  72
Right arm    28                  69

INTERPRETATION
Chloride >= 60 mmol/L: consistent with a diagnosis of cystic fibrosis.
Result reviewed with the CF center pulmonologist on call.
Reference: <= 29 normal; 30-59 intermediate; >= 60 consistent with CF.
"""
    body = ["Dr. Restrepo,",
            f"Sweat chloride result for baby {p.name} attached (both sites 69-72 mmol/L, positive). He was referred after the "
            "elevated IRT on his newborn screen. I let Dr. Amadi at the CF center know and they can see the family Monday.",
            "Would you like us to send add-on CFTR genotyping from the stored sample?",
            "Yvonne Pham\nLaboratory Operations"]
    return mail(W, "Sweat test result", S("pham"), [S("restrepo")], body, "qp", [txt_att("sweat_chloride_result.txt", txt)],
                note="Lab supervisor sends a pediatrician a named infant's positive sweat chloride report (TXT, DOB, no MRN).")


@sc("lab_result")
def lab12():
    W = "2026-01-22 12:10"
    p = Pt("Amara", "Okonkwo", "F", "1995-03-11")
    rows = [("ABO/Rh", "O negative", ""), ("Antibody screen", "Negative", ""), ("Hemoglobin", "11.6 g/dL", "11.0-15.0"),
            ("Platelets", "228 K/uL", "150-400"), ("Rubella IgG", "Immune (24 IU/mL)", ">=10"), ("HBsAg", "Nonreactive", ""),
            ("HIV-1/2 Ag/Ab", "Nonreactive", ""), ("Syphilis (RPR)", "Nonreactive", ""), ("Hepatitis C Ab", "Nonreactive", ""),
            ("Urine culture", "No growth", ""), ("Varicella IgG", "Immune", "")]
    tr = "\r\n".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c) or '&nbsp;'}</td></tr>" for a, b, c in rows)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Prenatal panel</title></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<h2>Riverside Health Laboratory &ndash; Prenatal Panel</h2>
<p><b>Patient:</b> {esc(p.LF)}&nbsp;&nbsp; <b>DOB:</b> {p.us}&nbsp;&nbsp; <b>EDD:</b> {mdY(W, 196)}</p>
<p><b>Ordering:</b> Kirsten Sorensen, CNM&nbsp;&nbsp; <b>Collected:</b> {mdY(W, -3)}</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Test</th><th>Result</th><th>Reference</th></tr>
{tr}
</table>
<p>Final report. Reviewed by K. Sorensen, CNM on {mdY(W)}.</p>
</body></html>
"""
    body = ["Dr. Fitzgerald,",
            f"Initial OB labs for {p.name} attached. Everything is reassuring except she is O negative with a negative antibody "
            "screen, so she will need RhoGAM at 28 weeks and we will recheck the screen then. She is 12 weeks today, first "
            "pregnancy.",
            "I'll see her for her 16-week visit; flagging in case you want her on your high-risk list - I don't think she needs it.",
            "Kirsten\n" + SIG("sorensen")]
    return mail(W, "New OB labs", S("sorensen"), [S("fitzgerald")], body, "html", [html_att("prenatal_panel.html", html)],
                note="Midwife sends an obstetrician a named patient's prenatal panel (HTML attachment; Rh negative; no MRN).")


@sc("lab_result")
def lab13():
    W = "2026-02-06 10:44"
    p = Pt("Garrett", "Lindholm", "M", "1976-01-29")
    inn = inner("2026-02-05 16:30", "Lyme Western blot - call-back", X("Summit Lab Client Services", "clientservices@summitlab.example.org"),
                [S("haddad")],
                ["Dr. Haddad,",
                 f"As requested, the confirmatory Lyme testing for {p.name} (DOB {p.us}) is final:",
                 Pre("Lyme IgM Western blot: POSITIVE (bands 23, 39, 41 present)\n"
                     "Lyme IgG Western blot: NEGATIVE (3 of 10 bands)\n"
                     "Lyme total antibody screen (EIA): Positive, index 3.2"),
                 "The ordering note says onset of rash about 3 weeks before collection.",
                 "Summit Reference Laboratories Client Services"], "plain7")
    body = ["Rebecca -",
            f"FYI, forwarding the Lyme blot on your patient {p.name}. Early disease with a positive IgM in that time frame. "
            "I'd do doxycycline 100 mg BID x 14 days if not already started. Happy to see him if the knee swelling doesn't settle.",
            "Nadia"]
    return mail(W, "FW: Lyme Western blot - call-back", S("haddad"), [S("lindqvist")], body, "plain7",
                [fwd_att("Lyme Western blot - call-back.eml", inn)],
                note="ID physician forwards (message/rfc822) a reference lab's Lyme Western blot result for a named patient.")


@sc("lab_result")
def lab14():
    W = "2026-03-17 15:08"
    p = Pt("Huong", "Le", "F", "1970-09-08")
    m = mrn()
    coord = ("Whitney Sampson, RN", f"whitney.sampson@{DOM}")
    body = ["Dr. Osei,",
            f"{p.name} (MRN {m}), kidney transplant {when(W).year - 2}, called back re: this morning's labs:",
            T(["Test", "Today", "Last (2 wk ago)"],
              [["Tacrolimus trough", "14.2 ng/mL (goal 6-8)", "7.4"], ["Creatinine", "1.62 mg/dL", "1.18"],
               ["Potassium", "5.4 mmol/L", "4.6"], ["Magnesium", "1.5 mg/dL", "1.8"]]),
            "Trough was drawn 11.5 h after her evening dose, so it is a true trough. She started clarithromycin from urgent care "
            "5 days ago for sinusitis - I think that's the interaction. She is otherwise well, drinking OK.",
            "Can you advise on tacrolimus dose (currently 4 mg BID) and whether to switch the antibiotic? I'll arrange a repeat "
            "level Thursday.",
            "Whitney Sampson, RN\nTransplant Coordinator, Riverside Kidney Transplant Program"]
    return mail(W, "Tac level", coord, [S("osei")], body, "alt", importance="High",
                note="Transplant coordinator reports a named patient's high tacrolimus trough and creatinine rise (MRN) to nephrology.")


@sc("lab_result")
def lab15():
    W = "2026-03-19 11:30"
    p = Pt("Ethan", "Marsh", "M", "1986-05-06")
    body = [f"Dear Mr. {p.last},",
            f"Your post-vasectomy semen analysis from {mdY(W, -4)} showed no sperm seen on a centrifuged sample (azoospermia). "
            "This means the vasectomy has worked and you can stop using other contraception.",
            "There is a very small chance of the tubes rejoining later, so please let us know if anything changes. No further "
            "tests are needed unless Dr. Whitfield asks for one.",
            "Best wishes,\nNicole Baptiste, RN\nRiverside Urology\n(614) 555-0162"]
    return mail(W, "Your test result", ("Nicole Baptiste, RN", f"nicole.baptiste@{DOM}"),
                [(p.name, "ethan.marsh86@inbox.example.net")], body, "b64",
                note="Urology nurse e-mails a patient his post-vasectomy semen analysis result (no MRN).")


@sc("lab_result")
def lab16():
    W = "2026-01-30 09:50"
    p = Pt("Bernadette", "Okoye", "F", "1950-12-24")
    m = mrn()
    body = ["Dr. Kowalczyk / Yusuf,",
            f"Pre-op type and screen on {p.name}, MRN {m}, for her left total hip on {longdate(W, 10)}:",
            T(["Test", "Result"], [["ABO/Rh", "A positive"], ["Antibody screen", "POSITIVE"],
                                   ["Antibody identified", "Anti-K (Kell)"], ["DAT", "Negative"],
                                   ["Transfusion history", "2 units PRBC, 2019 (outside hospital)"]]),
            "We will need K-negative, crossmatch-compatible units. About 91% of donors are K-negative so supply isn't a problem, "
            "but please have the pre-op draw done at least 72 hours ahead so we can set up two units. Her card will be updated.",
            "Yvonne Pham\nLaboratory Operations / Blood Bank\next. 4402"]
    return mail(W, "Type and screen - upcoming hip", S("pham"), [S("kowalczyk"), S("ibrahim")], body, "html",
                note="Blood bank tells surgeons a named pre-op patient has anti-K antibodies (MRN, antibody workup table).")


@sc("lab_result")
def lab17():
    W = "2026-02-02 10:05"
    p = Pt("Oluwaseun", "Bakare", "M", "1990-07-21")
    body = ["Dr. Lindqvist,",
            f"I called Mr. {p.name} with his respiratory panel from Friday - influenza A POSITIVE (RSV and SARS-CoV-2 negative). "
            "He's day 3 of symptons, fever 101.2 this morning, no shortness of breath.",
            "He is asking for Tamiflu. He also lives with his mother who is on chemo - should she get prophylaxis through her "
            "oncologist? Pharmacy on file is Millbrook Drug on 5th.",
            "Dwayne"]
    return mail(W, "flu result call", S("harris"), [S("lindqvist")], body, "qp",
                note="LPN reports a named patient's positive influenza A PCR and asks about oseltamivir (no MRN).")


@sc("lab_result")
def lab18():
    W = "2026-03-12 09:15"
    mom = Pt("Lucia", "Sandoval", "F", "1997-02-14")
    baby = Pt("Baby Boy", "Sandoval", "M", "2026-03-07")
    body = ["Dr. Restrepo,",
            f"The Ohio Newborn Screening Program reports an ABNORMAL result for the infant below, who lists you as the "
            "follow-up pediatrician.",
            Pre(f"Infant:            {baby.first} {baby.last}\nDate of birth:     {baby.us}  (birth weight 3,210 g)\n"
                f"Mother:            {mom.name}, DOB {mom.us}\nBirth hospital:    Riverside Medical Center\n"
                f"Specimen collected: {mdY(W, -4)} at 26 hours of age\n\n"
                "Analyte            Result        Cut-off\nTSH (blood spot)   38 mIU/L      < 20 mIU/L\n"
                "T4                 5.1 ug/dL     low for age"),
            "Interpretation: possible congenital hypothyroidism. Please arrange a confirmatory serum TSH and free T4 today and "
            "notify the program of the outcome. Pediatric endocrinology consultation is recommended.",
            "Follow-up coordinator: Hannah Osterberg, RN\nNewborn Screening Program, (614) 555-0109\n"
            "Reply to nbs-followup@health.state.example.org"]
    return mail(W, "Newborn screen - action required", X("Newborn Screening Follow-up", "nbs-followup@health.state.example.org"),
                [S("restrepo")], body, "qp", inbound=True, importance="High",
                note="Inbound state newborn screening notice of a named infant's abnormal TSH (mother named, no MRN).")


@sc("lab_result")
def lab19():
    W = "2026-03-25 16:40"
    p = Pt("Jerome", "Whitfield", "M", "1968-04-27")
    cde = ("Rosa Jimenez, RN, CDCES", f"rosa.jimenez@{DOM}")
    body = ["Hi Dr. Lindqvist,",
            f"Saw {p.name} today for diabetes education. Point-of-care results from the visit:",
            T(["Test (POC)", "Result", "Previous"], [["Hemoglobin A1c", "9.4 %", "8.1 % (Oct)"],
                                                     ["Urine albumin/creatinine", "85 mg/g", "22 mg/g (last year)"],
                                                     ["Fingerstick glucose", "246 mg/dL (2 h after lunch)", ""]]),
            "He ran out of his metformin for about 6 weeks over the holidays (cost). We worked on a pharmacy assistance form. "
            "With the new albuminuria, would you consider an SGLT2 inhibitor and an ACE inhibitor? His BP was 142/88.",
            "Thanks,\nRosa"]
    return mail(W, "Education visit today", cde, [S("lindqvist")], body, "alt",
                note="Diabetes educator sends PCP a named patient's point-of-care A1c and urine albumin results (no MRN).")


@sc("lab_result")
def lab20():
    W = "2026-02-26 14:02"
    p = Pt("Svetlana", "Morozova", "F", "1974-03-31")
    m = mrn()
    body = ["Anjali,",
            f"Reviewed the peripheral smear on {p.name} ({m}, 5W-522) as requested.",
            T(["Finding", "Result"], [["Schistocytes", "3-5 per high-power field (about 2%)"], ["Platelets", "22 K/uL, confirmed on smear, no clumping"],
                                      ["Hemoglobin", "8.3 g/dL"], ["Reticulocytes", "6.8 %"], ["LDH", "1,240 U/L"],
                                      ["Haptoglobin", "<10 mg/dL"], ["Creatinine", "1.1 mg/dL"]]),
            "Picture is a microangiopathic hemolytic anemia. PLASMIC score is 6 by my count, so TTP is high on the list. I'd send "
            "ADAMTS13 before plasma exchange and call heme now - I've already let Dr. Raman know.",
            "Kevin Tran, MD\nPathology and Laboratory Medicine"]
    return mail(W, "Smear review", S("tran"), [S("mehta")], body, "html", cc=[S("raman")], importance="High",
                note="Pathologist reports a named inpatient's smear (schistocytes, thrombocytopenia) and hemolysis labs (MRN).")


# ---------------------------------------------------------------------------------------------------------------
# referral (10): named patient, mostly no identifiers
# ---------------------------------------------------------------------------------------------------------------
@sc("referral")
def ref01():
    W = "2026-01-08 12:22"
    p = Pt("Tobias", "Engel", "M", "1953-06-12")
    body = ["Thomas,",
            f"Could you or one of your parters see Tobias Engel in the next 2 weeks? He's {p.age(W)}, and at his physical today "
            "I heard a new 3/6 harsh systolic murmur at the right upper sternal border radiating to the carotids. He had one "
            "episode of lightheadedness climbing stairs at church last month but no true syncope.",
            "ECG shows LVH by voltage. I ordered a transthoracic echo for this week and put in the referral. He is on "
            "amlodipine 5 mg and atorvastatin 40 mg; I held off on starting anything else until you see him.",
            "His wife usually drives him - mornings are best.",
            "Thanks,\nRebecca"]
    return mail(W, "New murmur - could you see him?", S("lindqvist"), [S("okafor")], body, "plain7", cc=[S("novak")],
                note="PCP asks a cardiologist to see a named patient with a new systolic murmur (no identifiers beyond name and age).")


@sc("referral")
def ref02():
    W = "2026-01-20 15:10"
    p = Pt("Ines", "Carvalho", "F", "1982-10-05")
    np_ = ("Megan Schofield, NP", f"megan.schofield@{DOM}")
    ph = phone()
    pdf = pdf_att("Referral_Dermatology_Carvalho.pdf", [
        ("h", "Riverside Health - Outpatient Referral"), "", ("b", "Referred to: Dermatology (next available, priority: urgent)"),
        f"Referring provider: Megan Schofield, NP - Eastgate Family Medicine   Date: {mdY(W)}", "",
        f"Patient: {p.name}     DOB: {p.us}     Phone: {ph}",
        "Preferred language: Portuguese (interpreter requested)", "",
        ("b", "Reason for referral"),
        "Changing pigmented lesion, left upper back, 8 x 6 mm, irregular border and two shades of brown, patient reports it "
        "has enlarged over 4 months and itches. No prior skin cancer. Father had melanoma in his 60s.", "",
        ("b", "Question for specialist"), "Please evaluate for excision/biopsy.", "",
        ("b", "Attached"), "Dermatoscopic photo uploaded to media tab on the date of visit."])
    body = ["Hi Dermatology scheduling,",
            "Attached is an urgent referral for a changing mole (possible melanoma). The patient prefers Portuguese, so please book "
            "an interpreter. She can come any weekday afternoon.",
            "Thank you,\nMegan Schofield, NP\nEastgate Family Medicine"]
    return mail(W, "Urgent referral", np_, [BOX("Dermatology Scheduling", "derm.scheduling")], body, "alt", [pdf],
                note="NP sends dermatology an urgent referral form (PDF) for a named patient's changing pigmented lesion.")


@sc("referral")
def ref03():
    W = "2026-02-09 08:47"
    p = Pt("Kaito", "Yamamoto", "M", "2006-08-19")
    body = ["Jamal,",
            f"Sending you {p.name}, 19, left ACL reconstruction (BTB autograft) with Dr. Kowalczyk on {md(W, -12)}. Partial "
            "medial meniscectomy, no repair, so he can follow the standard accelerated protocol.",
            "- WBAT in hinged brace locked in extension for ambulation x 2 weeks\n- ROM 0-90 first 2 weeks, full by 6 weeks\n"
            "- No open-chain quad extension 90-45 until 12 weeks\n- Return-to-sport testing no earlier than 9 months",
            "He plays soccer for the college and is very motivated (maybe too motivated). Please see him twice a week. "
            "Referral is in the system.",
            "Thanks,\nYusuf\n\n" + SIG("ibrahim")]
    return mail(W, "PT after ACL", S("ibrahim"), [S("washington")], body, "qp",
                note="Orthopaedic PA refers a named post-ACL-reconstruction patient to physical therapy with a protocol.")


@sc("referral")
def ref04():
    W = "2026-02-25 16:33"
    p = Pt("Zoe", "Lambert", "F", "2010-11-23")
    body = ["Hello BH intake team,",
            f"I'd like to refer {p.name} ({p.age(W)} years old) for outpatient therapy and a psychiatry evaluation. Over the last "
            "3 months she has had worsening anxiety with panic attacks at school, and she has missed 11 school days since "
            "January. PHQ-A 14, GAD-7 16 today. She denies suicidal ideation or self-harm; no substance use.",
            "Mom (Danielle Lambert) is supportive and prefers telehealth after 3:30 pm. The family has Riverside Health Plan.",
            "I have not started medication - I'd value psychiatry's opinion on an SSRI.",
            "Thank you,\nCamila Restrepo, MD\nRiverside Children's Clinic"]
    return mail(W, "Referral", S("restrepo"), [BOX("Behavioral Health Intake", "bh.intake")], body, "b64",
                note="Pediatrician refers a named teenager with anxiety and panic attacks (PHQ-A/GAD-7 scores) to behavioral health.")


@sc("referral")
def ref05():
    W = "2026-03-04 11:18"
    p = Pt("Tariq", "Mahmoud", "M", "1999-01-15")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ReferralRequest xmlns="urn:valleychc:ereferral:1" id="VCHC-R-{digits(6)}" created="{when(W).strftime('%Y-%m-%dT%H:%M:00')}">
  <From organization="Valley Community Health Center" provider="Grace Adewale, MD" phone="614-555-0190"/>
  <To organization="Riverside Health" specialty="Endocrinology"/>
  <Priority>Routine - within 4 weeks</Priority>
  <Patient>
    <Name><Given>{p.first}</Given><Family>{p.last}</Family></Name>
    <BirthDate>{p.iso}</BirthDate>
    <Sex>M</Sex>
    <Phone>{phone_d()}</Phone>
    <Insurance payer="Ohio Medicaid MCO"/>
  </Patient>
  <Reason>Type 1 diabetes, poorly controlled; recurrent hypoglycemia overnight; interested in insulin pump/CGM.</Reason>
  <Diagnosis code="E10.65" system="ICD-10-CM">Type 1 diabetes mellitus with hyperglycemia</Diagnosis>
  <Diagnosis code="E10.649" system="ICD-10-CM">Type 1 diabetes mellitus with hypoglycemia without coma</Diagnosis>
  <RecentResults>
    <Result name="Hemoglobin A1c" value="10.2" units="%" date="{(when(W) - dt.timedelta(days=20)).strftime('%Y-%m-%d')}"/>
  </RecentResults>
  <CurrentMedications>
    <Medication>insulin glargine 24 units nightly</Medication>
    <Medication>insulin lispro sliding scale with meals</Medication>
  </CurrentMedications>
</ReferralRequest>"""
    body = ["Good morning,",
            "Please find attached an electronic referral from Valley Community Health Center for endocrinology. The referral "
            "packet is in XML for your intake system; a call-back number for our referral desk is below.",
            "Thank you for partnering with us.",
            "Referral Desk\nValley Community Health Center\n(614) 555-0190"]
    return mail(W, "Referral packet", X("VCHC Referral Desk", "referrals@valleychc.example.org"),
                [BOX("Endocrinology Referrals", "endo.referrals")], body, "html", [xml_att("referral_packet.xml", xml)],
                inbound=True, note="Inbound e-referral (XML) from a community health center for a named patient with type 1 diabetes.")


@sc("referral")
def ref06():
    W = "2026-01-26 14:55"
    p = Pt("Doris", "Kettering", "F", "1944-02-28")
    body = ["Hi Harbor Hospice admissions,",
            f"Dr. Raman asked me to send a hospice referral for {p.name}, {p.age(W)}, who has metastatic pancreatic "
            "adenocarcinoma with liver metastases. She finished her last cycle of gemcitabine/nab-paclitaxel in December and has "
            "decided with her family not to pursue more chemotherapy.",
            "Current issues: abdominal pain controlled on oxycodone ER 20 mg BID with 5 mg IR for breakthrough; poor appetite; "
            "ECOG 3. She lives with her daughter, Carol, in Millbrook and wants to stay at home. DNR/DNI signed.",
            "Her daughter's number is " + phone() + ". Dr. Raman is happy to remain attending.",
            "Thank you,\nGrace Kim, RN\nNurse Navigator, Riverside Cancer Center"]
    return mail(W, "New referral for home hospice", S("kim"), [X("Harbor Hospice Admissions", "admissions@harborhospice.example.org")],
                body, "html", cc=[S("raman")],
                note="Oncology nurse navigator refers a named patient with metastatic pancreatic cancer to home hospice.")


@sc("referral")
def ref07():
    W = "2026-02-13 09:05"
    rows = [["Referral ID", "Patient", "Referred to", "Reason", "Created", "Status"]]
    pts = [Pt("Nikolai", "Petrov", "M", "1957-05-05"), Pt("Hye-jin", "Cho", "F", "1988-09-30"),
           Pt("Darnell", "Foster", "M", "1972-03-22"), Pt("Maribel", "Ocampo", "F", "1965-07-07"),
           Pt("Augustine", "Mwangi", "M", "1949-12-10")]
    reasons = [("Pulmonology", "COPD with frequent exacerbations"), ("Gynecology", "Abnormal uterine bleeding"),
               ("Sleep Medicine", "Suspected obstructive sleep apnea"), ("Rheumatology", "Inflammatory arthritis of hands"),
               ("Urology", "Elevated PSA 7.8")]
    for i, (pp, (spec, why)) in enumerate(zip(pts, reasons)):
        rows.append([f"R{digits(7)}", pp.lf, spec, why, mdY(W, -(9 - i)), "Pending provider signature"])
    body = ["Hi Dr. Lindqvist,",
            "These five referrals are still waiting on your electronic signature before I can send them out (list attached). "
            "Two of them are more than a week old, and the rheumatology office has asked for the signed order.",
            "If any should be cancelled just let me know.",
            "Thanks!\nDaniela Lopez\nReferral Coordinator, Eastgate"]
    return mail(W, "Referrals pending signature", S("lopez"), [S("lindqvist")], body, "alt",
                [csv_att("pending_referrals.csv", rows)],
                note="Referral coordinator sends a CSV of named patients' pending referrals with specialty and reason.")


@sc("referral")
def ref08():
    W = "2026-03-09 10:27"
    p = Pt("Pedro", "Almeida", "M", "1963-04-14")
    inn = inner("2026-03-06 15:50", "Mr. Almeida - retina referral needed", X("Dr. Renee Castillo, OD", "rcastillo@clearviewoptometry.example.org"),
                [S("lindqvist")],
                ["Dear Dr. Lindqvist,",
                 f"I examined your patient {p.name} (DOB {p.us}) today for his annual diabetic eye exam. Dilated fundus exam shows "
                 "neovascularization of the disc in the right eye and scattered dot-blot hemorrhages in both eyes, consistent "
                 "with proliferative diabetic retinopathy OD and severe NPDR OS. Visual acuity 20/40 OD, 20/25 OS.",
                 "He needs to be seen by a retina specialist within 1-2 weeks for possible anti-VEGF injection or laser. He does "
                 "not have a retina specialist, so I would appreciate your referral under his plan.",
                 "Sincerely,\nRenee Castillo, OD\nClearview Optometry"], "plain7", m365=False)
    body = ["Retina team,",
            "Forwarding the optometrist's findings below - proliferative diabetic retinopathy in the right eye. I placed an urgent "
            "retina referral this morning; his last A1c was 8.9. Could you fit him in within two weeks?",
            "Thank you,\nRebecca Lindqvist, MD"]
    return mail(W, "FW: Mr. Almeida - retina referral needed", S("lindqvist"), [BOX("Retina Clinic", "retina.clinic")], body,
                "qp", [fwd_att("Mr. Almeida - retina referral needed.eml", inn)],
                note="PCP forwards (rfc822) an optometrist's findings and asks retina to see a named patient with proliferative retinopathy.")


@sc("referral")
def ref09():
    W = "2026-03-23 13:14"
    p = Pt("Ayaan", "Chaudhry", "M", "2023-10-09")
    obj = {"resourceType": "ServiceRequest", "id": "cbr-" + digits(8), "status": "active", "intent": "order",
           "priority": "routine",
           "code": {"text": "Speech-language pathology evaluation and treatment"},
           "subject": {"display": p.name, "birthDate": p.iso, "gender": "male"},
           "requester": {"display": "Harbor Pediatrics - Anjelica Duarte, MD"},
           "performer": [{"display": "Riverside Health Rehabilitation - Pediatric Speech"}],
           "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F80.1",
                                       "display": "Expressive language disorder"}]}],
           "note": [{"text": "29 months, about 15 words, no two-word phrases. Hearing screen passed. Parents speak Urdu and "
                             "English at home. Mother: Sana Chaudhry, prefers text messages."}],
           "authoredOn": when(W).strftime("%Y-%m-%d")}
    body = ["A new referral has been sent to your organization through CareBridge eReferral.",
            "Referral type: Pediatric speech therapy\nSending practice: Harbor Pediatrics\nPriority: Routine",
            "The referral is attached as a FHIR ServiceRequest (JSON). Sign in to CareBridge to accept or decline.",
            "CareBridge eReferral | support@carebridge.example.org"]
    return mail(W, "New referral received", X("CareBridge eReferral", "no-reply@carebridge.example.org"),
                [BOX("Rehab Scheduling", "rehab.scheduling")], body, "b64", [json_att("ServiceRequest.json", obj)], inbound=True,
                note="Inbound e-referral platform sends a named toddler's speech-therapy referral as FHIR JSON (DOB, F80.1).")


@sc("referral")
def ref10():
    W = "2026-01-14 10:02"
    p = Pt("Lorraine", "Pickett", "F", "1970-08-03")
    dr = ("Hamid Rezaei, MD", f"hamid.rezaei@{DOM}")
    txt = f"""RIVERSIDE HEALTH - NORTHSIDE PRIMARY CARE
REFERRAL LETTER

To:    Riverside Sleep Disorders Center
From:  Hamid Rezaei, MD, Family Medicine
Date:  {mdY(W)}

Re:    {p.name}    DOB {p.us}

Dear colleague,

Thank you for seeing Ms. {p.last}, a {p.age(W)}-year-old woman with loud snoring, witnessed apneas reported by her
husband, and daytime sleepiness (Epworth 15). STOP-BANG score 6. BMI 38.4, neck circumference 43 cm.
She has hypertension on lisinopril 20 mg and hydrochlorothiazide 25 mg, still 148/92 in clinic, and
new atrial fibrillation diagnosed last month, now on apixaban 5 mg BID.

I would appreciate evaluation for obstructive sleep apnea and a sleep study (home study if you feel
appropriate). She drives a school bus, so daytime sleepiness is a safety concern.

Sincerely,
Hamid Rezaei, MD
"""
    body = ["Sleep Center team,", "Referral letter attached for a patient with probable OSA. She drives a school bus, so I'd "
            "appreciate the earliest available slot.", "Thanks,\nHamid Rezaei, MD\nNorthside Primary Care"]
    return mail(W, "referral letter", dr, [BOX("Sleep Disorders Center", "sleep.center")], body, "plain7",
                [txt_att("referral_letter.txt", txt)],
                note="Family physician refers a named patient with suspected sleep apnea and atrial fibrillation (TXT letter, DOB).")


# ---------------------------------------------------------------------------------------------------------------
# clinical_note (10): with and without ICD-10-CM codes
# ---------------------------------------------------------------------------------------------------------------
@sc("clinical_note")
def cn01():
    W = "2026-01-09 18:40"
    p = Pt("Gustavo", "Ferreira", "M", "1948-11-30")
    night = ("Oren Feld, MD", f"oren.feld@{DOM}")
    body = ["Oren - pasting my H&P for the admission in 5W-514 so you have it for tonight.",
            Pre(f"HISTORY AND PHYSICAL - {p.LF}, {p.age(W)}M\n\n"
                "CC: cough, fever, worsening dyspnea x 4 days\n"
                "HPI: COPD (FEV1 42% in 2024), ex-smoker 50 pk-yr, home O2 2 L at night only. 4 days productive cough with\n"
                "green sputum, fever to 101.8, now dyspneic at rest. Sat 86% RA in ED, 92% on 3 L.\n"
                "Exam: T 38.4, HR 108, RR 26, BP 132/74. Coarse crackles R base, diffuse wheeze, accessory muscle use.\n"
                "Data: WBC 15.2, lactate 1.6, procalcitonin 1.9. CXR RLL consolidation. VBG 7.33/58.\n\n"
                "Assessment/Plan:\n"
                "1. Community-acquired pneumonia, RLL (J18.9) - ceftriaxone 1 g + azithromycin 500 mg, sputum cx, urine Ag\n"
                "2. COPD with acute exacerbation (J44.1) - prednisone 40 mg x 5 d, duonebs q4h, titrate O2 88-92%\n"
                "3. Acute on chronic hypercapnic respiratory failure (J96.22) - BiPAP at night, repeat VBG 2 h\n"
                "4. Type 2 diabetes (E11.9) - hold metformin, sliding scale while on steroids\n"
                "Code status: full code (confirmed with patient and son)"),
            "He looked tired at 6 pm - low threshold to call the ICU if the repeat gas is worse.",
            "Anjali"]
    return mail(W, "admission tonight", S("mehta"), [night], body, "plain7",
                note="Hospitalist pastes a named patient's H&P (pneumonia, COPD exacerbation) with ICD-10-CM codes for night cover.")


@sc("clinical_note")
def cn02():
    W = "2026-01-23 13:25"
    p = Pt("Marjorie", "Slate", "F", "1956-09-09")
    d = p.us
    body = ["Dr. Lindqvist,", "Thank you for referring your patient. My note from today:",
            T(["", ""], [["Patient", f"{p.name}"], ["DOB", f"{d[:6]}{SPLIT}{d[6:]}"], ["Visit", f"{mdY(W)}, Orthopaedic clinic"]]),
            f"Subjective: {p.age(W)}-year-old woman with 2 years of right knee pain, worse with stairs and after walking her dog; "
            "night pain twice a week. Tried naproxen and home exercises with partial relief.",
            "Objective: BMI 31. Small effusion, medial joint line tenderness, ROM 5-115 degrees, stable ligaments. X-ray: "
            "Kellgren-Lawrence grade 3 medial compartment narrowing with osteophytes.",
            "Assessment: Primary osteoarthritis, right knee (M17.11).",
            "Plan: Intra-articular triamcinolone 40 mg injected today under sterile technique, tolerated well. Referral to PT "
            "for quad strengthening. Discussed weight loss. Return in 3 months; if injections fail, discuss total knee "
            "arthroplasty.",
            "Piotr Kowalczyk, MD\nOrthopaedic Surgery"]
    return mail(W, "Consult note", S("kowalczyk"), [S("lindqvist")], body, "html",
                note="Orthopaedic consult note for a named patient with knee osteoarthritis (M17.11) and a steroid injection.")


@sc("clinical_note")
def cn03():
    W = "2026-02-05 15:15"
    p = Pt("Brandon", "Kessler", "M", "1991-03-03")
    pdf = pdf_att("Psychiatry_progress_note.pdf", [
        ("h", "Riverside Behavioral Health - Outpatient Psychiatry"), "PROGRESS NOTE", "",
        f"Patient: {p.name}      DOB: {p.us}      Visit date: {mdY(W)}      Provider: Tolu Adeyemi, MD", "",
        ("b", "Interval history"),
        "Mr. Kessler returns for medication follow-up. Mood 'a bit better, not there yet.' Sleeping 6 hours, appetite improving. "
        "Returned to work full-time 3 weeks ago. Denies SI/HI. No alcohol for 4 months.", "",
        ("b", "Mental status"),
        "Casually dressed, good eye contact, speech normal rate. Mood 'okay', affect constricted but reactive. Thought process "
        "linear. No psychotic symptoms. Insight and judgment fair.", "",
        ("b", "Measures"), "PHQ-9: 11 (was 19 in November). GAD-7: 8.", "",
        ("b", "Assessment"),
        "Major depressive disorder, recurrent, moderate (F33.1), partial response to sertraline 100 mg.",
        "Alcohol use disorder, mild, in early remission (F10.11).", "",
        ("b", "Plan"),
        "1. Increase sertraline to 150 mg daily. 2. Continue CBT with Ms. Alvarado weekly. 3. Safety plan reviewed. "
        "4. Return in 6 weeks.", "",
        "Electronically signed: Tolu Adeyemi, MD"], flate=True)
    body = ["Dr. Rezaei,",
            f"As discussed, my most recent note on our shared patient {p.name} is attached. Sertraline goes up to 150 mg today; "
            "please let me know if you see any side effects at his physical next month.",
            "Best,\nTolu Adeyemi, MD\nPsychiatry"]
    return mail(W, "Note for shared patient", S("adeyemi"), [("Hamid Rezaei, MD", f"hamid.rezaei@{DOM}")], body, "qp", [pdf],
                label=PHI("Confidential - PHI"),
                note="Psychiatrist sends a PCP a named patient's progress note (FlateDecode PDF, F33.1/F10.11) with the PHI label.")


@sc("clinical_note")
def cn04():
    W = "2026-02-18 07:58"
    p = Pt("Florence", "Adebayo", "F", "1939-05-17")
    wocn = ("Anita Sharma, RN, CWOCN", f"anita.sharma@{DOM}")
    body = ["Maria,",
            f"Wound consult done on Mrs. {p.last} in 510 yesterday afternoon. Summary for the day team:",
            "Sacrum: stage 3 pressure injury, 4.2 x 3.1 x 0.6 cm, 80% red granulation, 20% yellow slough at the base, moderate "
            "serous drainage, no odor, periwound intact but macerated at 6 o'clock. Not present on admission per the admission "
            "skin assessment (stage 1 noted then).",
            "Right heel: unstageable, 2.0 x 1.8 cm, intact dry eschar - leave intact, offload.",
            "Plan: cleanse with NS, calcium alginate to wound bed, bordered foam, change every 2 days and PRN. Low-air-loss "
            "mattress ordered. Turn q2h with wedges, heel boots on both feet. Dietitian consult placed (albumin 2.6).",
            "I'll re-measure Friday.",
            "Anita\nWound, Ostomy and Continence Nursing"]
    return mail(W, "wound consult 510", wocn, [S("delgado")], body, "b64",
                note="Wound nurse's consult note on a named inpatient's stage 3 sacral pressure injury (no codes).")


@sc("clinical_note")
def cn05():
    W = "2026-03-02 11:40"
    p = Pt("Raymond", "Duchene", "M", "1951-07-26")
    txt = f"""NUTRITION ASSESSMENT - INITIAL
Patient: {p.LF}     DOB {p.us}     Room 5W-503
Date: {mdY(W)}     Dietitian: Elena Popescu, RD, LD

Reason: Consult for poor intake / weight loss (MST score 4)

Anthropometrics
  Height 178 cm   Current weight 58.1 kg   BMI 18.3
  Usual weight 66 kg (6 months ago)  ->  12% loss in 6 months

Intake: < 50% of estimated energy needs for > 1 month (dysphagia to solids since radiation)
Physical exam: moderate temporal and clavicular muscle wasting, mild orbital fat loss

Nutrition diagnosis
  Moderate protein-calorie malnutrition (E44.0), related to head and neck cancer treatment,
  as evidenced by 12% weight loss in 6 months and intake < 50% of needs.
  Dysphagia, oropharyngeal phase (R13.12).

Estimated needs: 1,750-2,000 kcal/day (30-35 kcal/kg); protein 70-87 g/day (1.2-1.5 g/kg)

Plan
  1. Puree diet with thin liquids per SLP
  2. Oral nutrition supplement 1.5 kcal/mL, 237 mL three times daily
  3. Discuss PEG with team if intake remains < 60% after 5 days
  4. Weekly weights; calorie count x 3 days
"""
    body = ["Dr. Mehta,",
            f"My assessment on {p.name} is attached - he meets criteria for moderate malnutrition, so please add it to your "
            "problem list if you agree. I'd also like to raise the PEG question with ENT this week.",
            "Elena Popescu, RD, LD\nClinical Nutrition | ext. 4612"]
    return mail(W, "Nutrition assessment", S("popescu"), [S("mehta")], body, "alt", [txt_att("nutrition_assessment.txt", txt)],
                note="Dietitian's assessment of a named inpatient with malnutrition (E44.0, R13.12) as a TXT attachment.")


@sc("clinical_note")
def cn06():
    W = "2026-03-13 16:05"
    p = Pt("Sofia", "Petrakis", "F", "1994-12-12")
    np_ = ("Lena Hoffmann, NP", f"lena.hoffmann@{DOM}")
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Video visit summary</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<h3>Riverside Neurology &ndash; Video Visit Summary</h3>
<p><b>Patient:</b> {esc(p.name)} &nbsp; <b>Date of birth:</b> {p.us} &nbsp; <b>Visit:</b> {mdY(W)} (video)</p>
<p><b>Provider:</b> Lena Hoffmann, NP</p>
<h4>Reason for visit</h4>
<p>Follow-up of chronic migraine after starting topiramate.</p>
<h4>History</h4>
<p>Headache days have dropped from about 18 to 9 per month over 10 weeks on topiramate 50 mg twice daily. She
reports tingling in her fingers and some word-finding trouble at work. Using sumatriptan 100 mg about 6 times a month.
No aura changes. She is not planning pregnancy and uses an IUD.</p>
<h4>Assessment and plan</h4>
<ul>
<li>Chronic migraine without aura, improving; cognitive side effects on topiramate.</li>
<li>Reduce topiramate to 25 mg in the morning and 50 mg at night.</li>
<li>Discussed a CGRP monoclonal antibody if side effects persist; prior authorization would be needed.</li>
<li>Headache diary; limit triptan to fewer than 10 days per month.</li>
<li>Follow-up video visit in 8 weeks.</li>
</ul>
</body></html>
"""
    body = ["Dr. Lindqvist,",
            f"FYI - summary from today's video visit with your patient {p.name} is attached. Migraine days are down by half but "
            "she's having word-finding trouble on topiramate, so we're trimming the dose.",
            "Lena Hoffmann, NP\nRiverside Neurology"]
    return mail(W, "Video visit summary", np_, [S("lindqvist")], body, "alt", [html_att("video_visit_summary.html", html)],
                note="Neurology NP sends a named patient's telehealth visit summary for chronic migraine (HTML attachment, no codes).")


@sc("clinical_note")
def cn07():
    W = "2026-01-29 10:20"
    p = Pt("Ibrahim", "Diallo", "M", "1955-02-20")
    m = mrn()
    body = ["Dr. Mehta,",
            f"Clinical documentation query for {p.name}, MRN {m}, admitted {mdY(W, -4)} (5W-506).",
            "Your progress notes document 'CHF exacerbation'. The record also shows:",
            "- BNP 1,840 pg/mL on admission (prior 410)\n- Echo this admission: LVEF 25-30%, unchanged from last year\n"
            "- IV furosemide 40 mg BID, net negative 4.2 L\n- Home meds include carvedilol and sacubitril/valsartan",
            "Based on your clinical judgment, can you clarify the type and acuity of heart failure being treated?",
            "[ ] Acute on chronic systolic (congestive) heart failure (I50.23)\n[ ] Chronic systolic heart failure (I50.22)\n"
            "[ ] Heart failure, unspecified (I50.9)\n[ ] Other / unable to determine",
            "Please answer in an addendum to today's progress note rather than by reply. Thank you!",
            "Luis Ortega, RN, CCDS\nClinical Documentation Integrity | ext. 4530"]
    return mail(W, "Documentation query", S("ortega"), [S("mehta")], body, "qp",
                note="CDI specialist queries the physician on a named inpatient's heart failure (MRN, BNP, EF, I50.23 options).")


@sc("clinical_note")
def cn08():
    W = "2026-02-16 09:12"
    p = Pt("Cedric", "Boateng", "M", "1980-10-18")
    inn = inner("2026-02-14 23:48", "ED visit note", X("Lakeview Hospital ED", "ed-notes@lakeviewhospital.example.org"), [S("bell")],
                ["Dr. Bell,", "As requested by phone, the ED provider note for your shared patient is below.",
                 Pre(f"LAKEVIEW HOSPITAL EMERGENCY DEPARTMENT - PROVIDER NOTE\nPatient: {p.name}   DOB: {p.us}\n"
                     f"Arrival: {mdY(W, -2)} 19:06\n\n"
                     "HPI: 45M collapsed while playing basketball, witnessed brief LOC ~20 s, no seizure activity, no\n"
                     "incontinence. Felt palpitations just before. No prior episodes. Father died suddenly at 52.\n"
                     "Exam: alert, HR 88 regular, BP 128/80, no murmur. No injuries.\n"
                     "ECG: sinus rhythm, LVH voltage, deep septal Q waves, T inversions V4-V6.\n"
                     "Troponin <6 ng/L x2. K 4.1. Mg 2.0.\n"
                     "Impression: exertional syncope - concern for hypertrophic cardiomyopathy.\n"
                     "Disposition: left against advice for admission; agreed to echo and cardiology follow-up;\n"
                     "advised no exertion or driving until evaluated."),
                 "Lakeview Hospital Emergency Department"], "plain7", m365=False)
    body = ["Rebecca,",
            "Forwarding an outside ED note on your patient - exertional syncope with an ECG that looks like HCM. He left Lakeview "
            "before admission. I've asked cardiology to get him in this week; can your office make sure he gets the echo?",
            "Marcus"]
    return mail(W, "FW: ED visit note", S("bell"), [S("lindqvist")], body, "plain7", [fwd_att("ED visit note.eml", inn)],
                cc=[S("okafor")], note="ED physician forwards (rfc822) an outside hospital's ED note on a named patient's exertional syncope.")


@sc("clinical_note")
def cn09():
    W = "2026-03-18 14:48"
    p = Pt("Harold", "Voss", "M", "1959-01-06")
    dpm = ("Meera Iyer, DPM", f"meera.iyer@{DOM}")
    obj = {"resourceType": "Composition", "status": "final", "type": {"text": "Podiatry progress note"},
           "subject": {"display": p.name, "birthDate": p.iso},
           "date": when(W).strftime("%Y-%m-%dT%H:%M:00-04:00"), "author": [{"display": "Meera Iyer, DPM"}],
           "title": "Podiatry progress note",
           "section": [
               {"title": "Subjective", "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Wound on "
                "left plantar first metatarsal head x 6 weeks, offloading boot most of the day. No fever.</div>"}},
               {"title": "Objective", "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">1.6 x 1.2 x "
                "0.3 cm ulcer, granular base, no probe to bone, no cellulitis. Monofilament 0/10 sites bilaterally. DP/PT "
                "pulses 1+.</div>"}},
               {"title": "Assessment", "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Type 2 "
                "diabetes with foot ulcer (E11.621); non-pressure chronic ulcer of left foot with fat layer exposed "
                "(L97.522); diabetic polyneuropathy (E11.42).</div>"}},
               {"title": "Plan", "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Sharp "
                "debridement performed. Total contact cast applied. ABI ordered. Return in 1 week.</div>"}}]}
    body = ["Hi Dr. Al-Sayed,",
            f"Sharing my note on {p.name} (attached, FHIR JSON from our wound app). The left foot ulcer is slowly improving; "
            "I've moved him into a total contact cast. His A1c was 8.7 last month - anything you can do on the glucose side will "
            "help healing.",
            "Meera Iyer, DPM\nPodiatry"]
    return mail(W, "Foot ulcer update", dpm, [S("alsayed")], body, "html", [json_att("podiatry_note.json", obj)],
                note="Podiatrist sends a named patient's foot-ulcer progress note as FHIR JSON with E11.621/L97.522/E11.42.")


@sc("clinical_note")
def cn10():
    W = "2026-03-26 12:30"
    p = Pt("Louis", "Tremblay", "M", "1967-06-01")
    ot = ("Brianna Holt, OTR/L, CHT", f"brianna.holt@{DOM}")
    pdf = pdf_att("Hand_therapy_note.pdf", [
        ("h", "Riverside Rehabilitation - Hand Therapy"), "DAILY NOTE / RE-EVALUATION", "",
        f"Patient: {p.name}     DOB: {p.us}     Date: {mdY(W)}", "Referring: Yusuf Ibrahim, PA-C / Piotr Kowalczyk, MD", "",
        "S: 5 weeks after right open carpal tunnel release. Night numbness resolved. Pillar pain with gripping at work (mechanic).", "",
        "O: Incision healed, mild hypertrophic scar. Grip R 22 kg / L 41 kg. Lateral pinch R 6 kg / L 9 kg.",
        "Semmes-Weinstein 2.83 in all digits. QuickDASH 34.", "",
        "A: Expected progress; strength deficit and pillar pain limit return to full duty.", "",
        "P: Scar massage, silicone sheet at night, progressive grip strengthening, work simulation. 2x/week x 4 weeks.",
        "Recommend light duty (no more than 10 lb with the right hand) until re-evaluation.", "",
        "Brianna Holt, OTR/L, CHT"])
    body = ["Yusuf,",
            f"Re-eval note for {p.name} attached. Sensation is back to normal, but his grip is only about half the other side. "
            "He's asking about returning to full duty as a mechanic; I recommended light duty for 4 more weeks. Can you sign the "
            "work note if you agree?",
            "Thanks,\nBrianna"]
    return mail(W, "Re-eval after CTR", ot, [S("ibrahim")], body, "b64", [pdf],
                note="Hand therapist sends a named patient's post carpal tunnel release re-evaluation note (PDF, no codes).")


# ---------------------------------------------------------------------------------------------------------------
# discharge (10)
# ---------------------------------------------------------------------------------------------------------------
@sc("discharge")
def dis01():
    W = "2026-01-15 16:55"
    p = Pt("Winston", "Achebe", "M", "1946-04-04")
    m = mrn()
    pdf = pdf_att("Discharge_Summary.pdf", [
        ("h", "Riverside Medical Center - Discharge Summary"), "",
        f"Patient: {p.LF}    MRN: {m}    DOB: {p.us}",
        f"Admitted: {mdY(W, -5)}    Discharged: {mdY(W)}    Attending: Anjali Mehta, MD",
        "PCP: Elliot Hollis, MD (Millbrook Family Practice)", "",
        ("b", "Principal diagnosis"), "Acute on chronic diastolic heart failure (I50.33)", "",
        ("b", "Secondary diagnoses"), "Hypertensive heart and chronic kidney disease with heart failure, CKD stage 3b (I13.0, N18.32)",
        "Persistent atrial fibrillation (I48.19)", "",
        ("b", "Hospital course"),
        "Presented with 9 lb weight gain, orthopnea and leg edema after running out of furosemide. Diuresed with IV furosemide; "
        "net negative 6.1 L. Creatinine peaked at 2.0 and returned to 1.6. Rate controlled on metoprolol. Discharge weight "
        "84.2 kg.", "",
        ("b", "Discharge medications"),
        ("m", "furosemide        40 mg PO twice daily      CHANGED (was 40 mg daily)"),
        ("m", "metoprolol succ.  100 mg PO daily           CONTINUED"),
        ("m", "apixaban          5 mg PO twice daily       CONTINUED"),
        ("m", "spironolactone    12.5 mg PO daily          NEW"),
        ("m", "potassium chl.    STOPPED"), "",
        ("b", "Follow-up"), "PCP within 7 days with BMP. Heart failure clinic in 2 weeks. Daily weights; call if up 3 lb in a day.",
        "", "Electronically signed: Anjali Mehta, MD"], flate=True)
    body = ["Dr. Hollis,",
            f"Your patient {p.name} was discharged home today after a heart failure admission. The discharge summary is attached. "
            "Key changes: furosemide increased to 40 mg BID, spironolactone 12.5 mg started, potassium stopped. Please check a "
            "BMP at the 7-day visit.",
            "Best regards,\nAnjali Mehta, MD\nHospitalist, Riverside Medical Center"]
    return mail(W, "Discharge today", S("mehta"), [X("Elliot Hollis, MD", "ehollis@millbrookfp.example.org")], body, "alt", [pdf],
                label=PHI("Confidential PHI"),
                note="Hospitalist sends an outside PCP a named patient's heart-failure discharge summary (FlateDecode PDF, MRN).")


@sc("discharge")
def dis02():
    W = "2026-02-03 14:22"
    p = Pt("Farah", "Rahimi", "F", "1998-05-27")
    rn = ("Colleen Murphy, RN", f"colleen.murphy@{DOM}")
    body = [f"Hi {p.first},",
            f"As promised, here are your discharge instructions after your laparoscopic appendectomy with Dr. Whitcomb on "
            f"{md(W, -1)}.",
            T(["", ""], [["Pain", "Acetaminophen 1,000 mg every 8 hours; ibuprofen 600 mg every 6 hours with food. Oxycodone 5 mg only "
                                  "if needed (6 tablets prescribed)."],
                         ["Incisions", "You may shower tomorrow. Leave the skin glue alone; it will peel off in 1-2 weeks."],
                         ["Activity", "Walk several times a day. No lifting more than 10 lb for 2 weeks."],
                         ["Diet", "Regular diet as tolerated."],
                         ["Follow-up", f"Surgery clinic on {longdate(W, 13)} at 10:40 am."]]),
            "Call us at (614) 555-0153 for fever over 101, redness or drainage from the incisions, vomiting, or pain that is "
            "getting worse instead of better.",
            "Feel better soon!\nColleen Murphy, RN\nSurgical Unit 4 East"]
    return mail(W, "Your discharge instructions", rn, [(p.name, "farah.rahimi@inbox.example.net")], body, "html",
                note="Surgical nurse e-mails a named patient her post-appendectomy discharge instructions (medications, follow-up).")


@sc("discharge")
def dis03():
    W = "2026-02-12 10:35"
    p = Pt("Mildred", "Haugen", "F", "1937-09-02")
    m = mrn()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<TransferPacket system="Riverside CareTransitions" version="3.1" generated="{when(W).strftime('%Y-%m-%dT%H:%M:00')}">
  <Patient mrn="{m}" name="{p.LF}" dob="{p.iso}" sex="F"/>
  <Encounter admit="{(when(W) - dt.timedelta(days=4)).strftime('%Y-%m-%d')}" expectedDischarge="{(when(W) + dt.timedelta(days=1)).strftime('%Y-%m-%d')}" unit="6 East Ortho"/>
  <Destination type="SNF" name="Maple Grove Care Center"/>
  <Diagnosis code="S72.001A">Fracture of unspecified part of neck of right femur, initial encounter</Diagnosis>
  <Procedure date="{(when(W) - dt.timedelta(days=3)).strftime('%Y-%m-%d')}">Right hip hemiarthroplasty</Procedure>
  <Activity weightBearing="WBAT" precautions="Posterior hip precautions"/>
  <Medication name="enoxaparin" dose="40 mg" route="SC" frequency="daily" duration="28 days"/>
  <Medication name="acetaminophen" dose="650 mg" route="PO" frequency="every 6 hours"/>
  <Medication name="oxycodone" dose="2.5 mg" route="PO" frequency="every 6 hours as needed"/>
  <Medication name="donepezil" dose="10 mg" route="PO" frequency="nightly"/>
  <Note>Mild dementia; delirium on post-op day 1, resolved. Daughter Karen is health care POA.</Note>
</TransferPacket>"""
    body = ["Hi Maple Grove admissions,",
            f"Confirming the bed offer for {p.name} ({p.age(W)}F) - she is medically ready and we are planning transfer tomorrow "
            "around 11 am by wheelchair van. Right hip hemiarthroplasty, WBAT with posterior precautions, enoxaparin for 28 days.",
            "The transfer packet export is attached (XML for your admissions software); the signed discharge summary and MAR will "
            "go with her. Her daughter Karen has agreed to the placement.",
            "Beth Anderson, RN, CCM\nCase Management, 6 East\n(614) 555-0147"]
    return mail(W, "Transfer tomorrow", S("anderson"), [X("Maple Grove Admissions", "admissions@maplegrovecare.example.org")],
                body, "plain7", [xml_att("transfer_packet.xml", xml)],
                note="Case manager arranges a named hip-fracture patient's discharge to a SNF with an XML transfer packet (MRN).")


@sc("discharge")
def dis04():
    W = "2026-02-19 15:45"
    p = Pt("Kwame", "Asante", "M", "1950-12-15")
    body = ["Team,",
            f"Mr. {p.name} in 5W-517 is set for discharge tommorow morning:",
            "- Home O2 2 L/min by nasal cannula continuous (qualifying sat 85% on RA walking) - concentrator and portable tanks "
            "delivered to his home this afternoon, his nephew confirmed.\n- Home health RN/PT start Monday.\n"
            "- Prednisone taper and doxycycline sent to Millbrook Drug, already filled.\n"
            "- Pulmonary follow-up with Dr. Farouk's partner on the 3rd.",
            "Only open item is the rolling walker - PT to fit before he leaves. Please write the discharge order by 9 so transport "
            "can take him at 10.",
            "Beth Anderson, RN, CCM\nCase Management"]
    return mail(W, "D/C tomorrow 517", S("anderson"), [S("delgado"), S("mehta")], body, "qp",
                note="Case manager lists a named COPD patient's discharge arrangements (home oxygen, home health, meds).")


@sc("discharge")
def dis05():
    W = "2026-03-06 13:10"
    mom = Pt("Valentina", "Greco", "F", "1993-01-25")
    baby = Pt("Aurora", "Greco", "F", "2026-03-04")
    rn = ("Tamsin Wright, RN", f"tamsin.wright@{DOM}")
    body = ["Dr. Restrepo,",
            f"Newborn discharge today for baby girl {baby.name} (DOB {baby.us}, 39+2 wk, SVD), mother {mom.name}. She listed "
            "your office for follow-up.",
            "- Birth weight 3,480 g; discharge weight 3,265 g (-6.2%)\n- Breastfeeding well, 8-10 feeds/day, 4 wet diapers today\n"
            "- TcB 9.8 mg/dL at 48 h - low-intermediate risk zone, no phototherapy\n"
            "- Hep B vaccine given; vitamin K and erythromycin given\n- CCHD screen passed; hearing passed both ears\n"
            "- Newborn screen sent at 26 h",
            "Please see her in 48 hours (weight and jaundice check). Mom is O+, baby A+, DAT negative.",
            "Tamsin Wright, RN\nMother-Baby Unit"]
    return mail(W, "Newborn discharge", rn, [S("restrepo")], body, "b64",
                note="Mother-baby nurse sends a pediatrician a named newborn's discharge details (weights, bilirubin, screens).")


@sc("discharge")
def dis06():
    W = "2026-01-27 11:50"
    p = Pt("Ingrid", "Solberg", "F", "1958-08-14")
    rows = [["Patient", p.name, "DOB", p.us, ""], ["Discharge date", mdY(W), "", "", ""],
            ["Medication", "Dose", "Frequency", "Status", "Comment"],
            ["Levetiracetam", "750 mg", "twice daily", "NEW", "Started after seizure; do not stop abruptly"],
            ["Lisinopril", "10 mg", "daily", "CHANGED", "Reduced from 20 mg (BP low-normal)"],
            ["Atorvastatin", "40 mg", "nightly", "CONTINUED", ""],
            ["Aspirin", "81 mg", "daily", "CONTINUED", ""],
            ["Tramadol", "50 mg", "as needed", "STOPPED", "Lowers seizure threshold"],
            ["Sertraline", "50 mg", "daily", "CONTINUED", ""]]
    body = ["Hello Northside Primary Care,",
            f"Attached is the discharge medication reconciliation for your patient {p.name}, discharged today after a first "
            "unprovoked seizure (MRI showed an old left frontal infarct). Please note levetiracetam is new and tramadol was stopped.",
            "She may not drive for 6 months per state rules; neurology follow-up is arranged.",
            "Ahmed Hassan, PharmD\nClinical Pharmacist, Transitions of Care"]
    return mail(W, "Discharge med rec", S("hassan"), [BOX("Northside Primary Care", "northside.pcp")], body, "html",
                [csv_att("discharge_med_rec.csv", rows)],
                note="Pharmacist sends a PCP office a named patient's discharge medication reconciliation (CSV) after a seizure.")


@sc("discharge")
def dis07():
    W = "2026-02-27 08:25"
    p = Pt("Dante", "Russo", "M", "1977-11-11")
    txt = f"""DISCHARGE AGAINST MEDICAL ADVICE - SUMMARY
Patient: {p.name}   DOB {p.us}
Unit: 5 West   Date/time: {mdY(W, -1)} 22:40

Reason for admission: upper GI bleed (melena x 2 days), hemoglobin 7.9 g/dL on arrival, 1 unit PRBC given.
EGD was planned for this morning.

Patient requested to leave to care for his dog. Risks explained by Dr. Anjali Mehta in person, including
re-bleeding and death. Patient has decision-making capacity (alert, oriented, repeats risks back).
Patient signed the AMA form. Declined to wait for a final hemoglobin.

Given at departure: pantoprazole 40 mg twice daily x 8 weeks (prescription), instructions to return for
dizziness, black stool or vomiting blood, GI clinic phone number.
"""
    body = ["Dr. Lindqvist,",
            f"Heads up that your patient {p.name} left AMA last night before his EGD. He came in with melena and a hemoglobin of 7.9. "
            "The AMA summary is attached. I called him this morning and he agreed to come to the GI clinic; could your office "
            "follow up too and recheck a CBC this week?",
            "Thanks,\nAnjali Mehta, MD"]
    return mail(W, "Your patient left AMA", S("mehta"), [S("lindqvist")], body, "qp", [txt_att("AMA_summary.txt", txt)],
                importance="High", note="Hospitalist notifies the PCP that a named GI-bleed patient left against medical advice (TXT summary).")


@sc("discharge")
def dis08():
    W = "2026-03-20 15:30"
    p = Pt("Keanu", "Makoa", "M", "2001-04-30")
    obj = {"event": "discharge", "source": "Riverside Behavioral Health Inpatient", "timestamp": when(W).strftime("%Y-%m-%dT%H:%M:00-04:00"),
           "patient": {"name": {"given": p.first, "family": p.last}, "birthDate": p.iso, "phone": phone_d()},
           "encounter": {"admit": (when(W) - dt.timedelta(days=9)).strftime("%Y-%m-%d"), "unit": "BH2",
                         "dischargeDisposition": "Home with family"},
           "diagnoses": [{"code": "F32.2", "display": "Major depressive disorder, single episode, severe without psychotic features"}],
           "followUp": [{"type": "Outpatient psychiatry", "provider": "Tolu Adeyemi, MD",
                         "date": (when(W) + dt.timedelta(days=5)).strftime("%Y-%m-%d"), "time": "14:00"},
                        {"type": "Individual therapy", "provider": "Riverside Outpatient Behavioral Health",
                         "date": (when(W) + dt.timedelta(days=3)).strftime("%Y-%m-%d"), "time": "10:00"}],
           "medications": [{"name": "escitalopram", "dose": "10 mg daily"}, {"name": "hydroxyzine", "dose": "25 mg at bedtime as needed"}],
           "safetyPlan": True}
    body = ["Outpatient BH team,",
            f"{p.name} was discharged from BH2 today after a 9-day stay for severe depression with suicidal ideation. Follow-up "
            "is booked within 7 days (therapy in 3 days, Dr. Adeyemi in 5). The discharge event record is attached.",
            "Please call him if he misses the therapy appointment - his mother is the backup contact.",
            "Imani Okoro, LCSW\nBehavioral Health Social Work"]
    return mail(W, "Discharge - 7 day follow-up", S("okoro"), [BOX("Outpatient Behavioral Health", "obh.team")], body, "b64",
                [json_att("discharge_event.json", obj)],
                note="Social worker hands off a named patient's psychiatric discharge and 7-day follow-up (JSON event).")


@sc("discharge")
def dis09():
    W = "2026-01-19 10:40"
    p = Pt("Agnes", "Lombardi", "F", "1941-03-19")
    inn = inner("2026-01-16 17:22", "Discharge summary", X("St. Brendan Regional HIM", "him-release@stbrendan.example.org"),
                [S("novak")],
                ["Per your request, the discharge summary for the patient below.",
                 Pre(f"ST. BRENDAN REGIONAL MEDICAL CENTER - DISCHARGE SUMMARY\nPatient: {p.LF}   DOB: {p.us}\n"
                     f"Admission: {mdY(W, -8)}   Discharge: {mdY(W, -3)}\n\n"
                     "Diagnosis: acute ischemic stroke, left MCA territory (I63.512), due to cardioembolism from atrial\n"
                     "fibrillation (I48.91), newly diagnosed.\n"
                     "Course: tenecteplase not given (outside window). Residual mild right hand weakness and word-finding\n"
                     "difficulty. Swallow study passed. Apixaban 5 mg BID started on day 4.\n"
                     "Disposition: home with daughter, outpatient PT/OT/SLP.\n"
                     "Follow-up: cardiology for AF within 2 weeks; neurology 6 weeks."),
                 "St. Brendan Regional Medical Center, Health Information Management"], "plain7", m365=False)
    body = ["Dr. Okafor,",
            f"Forwarding the outside discharge summary for {p.name} - she had a stroke at St. Brendan's from new AF and was started on "
            "apixaban. She's due to see cardiology within 2 weeks; I've put her on your schedule for the 28th unless you'd prefer "
            "sooner.",
            "Olivia Novak, RN\nCardiology Care Coordinator"]
    return mail(W, "FW: Discharge summary", S("novak"), [S("okafor")], body, "plain7", [fwd_att("Discharge summary.eml", inn)],
                note="Care coordinator forwards (rfc822) an outside hospital's stroke discharge summary for a named patient.")


@sc("discharge")
def dis10():
    W = "2026-03-11 08:05"
    pts = [(Pt("Eugene", "Pollard", "M", "1952-02-02"), "502", "Pneumonia, on room air", "Needs home PT eval", "Home"),
           (Pt("Rosalind", "Aldridge", "F", "1960-06-21"), "508", "Cellulitis L leg, PO abx", "None", "Home"),
           (Pt("Tomas", "Echeverria", "M", "1939-10-28"), "511", "UTI/delirium, improving", "SNF bed pending insurance auth", "SNF"),
           (Pt("Priscilla", "Oduya", "F", "1971-01-08"), "519", "DKA resolved, new insulin", "Diabetes teaching at 10", "Home"),
           (Pt("Harvey", "Kleinman", "M", "1947-09-16"), "524", "CHF, diuresed", "Home O2 qualifying walk", "Home w/ HH")]
    tr = "\r\n".join(f"<tr><td>{r}</td><td>{esc(pp.lf)}</td><td>{esc(dx)}</td><td>{esc(bar)}</td><td>{dispo}</td></tr>"
                     for pp, r, dx, bar, dispo in pts)
    html = f"""<html><head><meta charset="utf-8"><title>5W expected discharges</title></head>
<body style="font-family:Calibri,sans-serif;font-size:10pt">
<p><b>5 West - Expected discharges {mdY(W)}</b> (huddle 08:30)</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Room</th><th>Patient</th><th>Clinical status</th><th>Barrier</th><th>Dispo</th></tr>
{tr}
</table>
<p>Prepared by Case Management. Please update barriers in the huddle.</p>
</body></html>
"""
    body = ["Good morning,", "Today's expected discharge list for 5 West is attached for the 08:30 huddle. Five possible, one "
            "waiting on SNF authorization.", "Beth"]
    return mail(W, "5W discharges today", S("anderson"), [S("delgado"), S("mehta"), S("okoro")], body, "alt",
                [html_att("5W_expected_discharges.html", html)],
                note="Case manager's discharge-huddle list (HTML attachment) of named inpatients with diagnoses and barriers.")


# ---------------------------------------------------------------------------------------------------------------
# appointment (10): named patient + clinic/specialty/procedure
# ---------------------------------------------------------------------------------------------------------------
@sc("appointment")
def app01():
    W = "2026-01-12 09:36"
    p = Pt("Terrence", "Holloway", "M", "1969-02-17")
    body = ["Hi Northside team,",
            f"{p.name} is scheduled for his MRI lumbar spine without contrast on {longdate(W, 4)} at 7:15 pm, Riverside Imaging "
            "Center - Westfield, 2nd floor. Please have him arrive 20 minutes early.",
            "The order says 'L5 radiculopathy, failed 6 weeks PT'. His implant screening form says he has a spinal cord "
            "stimulator trial from 2019 that was removed - can someone confirm nothing was left in place? If we can't confirm "
            "by Thursday noon we'll have to move him.",
            "Thanks,\nAna Souza\nScheduling, Imaging Services | ext. 4350"]
    return mail(W, "MRI L-spine Thursday", S("souza"), [BOX("Northside Primary Care", "northside.pcp")], body, "plain7",
                note="Imaging scheduler confirms a named patient's lumbar MRI appointment and asks about an implant history.")


@sc("appointment")
def app02():
    W = "2026-01-30 11:02"
    p = Pt("Lakshmi", "Venkataraman", "F", "1964-07-08")
    body = [f"Dear Ms. {p.last},",
            f"This is a reminder of your upper endoscopy (EGD) with Dr. Hiroshi Tanaka:",
            T(["", ""], [["Date", longdate(W, 5)], ["Arrival time", "8:00 am (procedure 9:00 am)"],
                         ["Location", "Riverside Endoscopy Center, 1400 Medical Park Drive, Suite 200"],
                         ["Reason", "Ongoing heartburn and trouble swallowing"]]),
            "Before your procedure:\n- Do not eat anything after midnight. You may have clear liquids until 5:00 am.\n"
            "- Take your blood pressure medicine with a sip of water.\n- Hold your semaglutide injection for 7 days before the "
            "procedure (skip this week's dose).\n- You will receive sedation, so an adult must drive you home.",
            "To reschedule please call (614) 555-0158.",
            "Riverside Endoscopy Center"]
    return mail(W, "Reminder: your procedure", BOX("Riverside Endoscopy Center", "endoscopy.scheduling"),
                [(p.name, "lakshmi.v@webmail.example.net")], body, "html",
                note="Endoscopy center reminds a named patient of her EGD with prep instructions and the reason for the procedure.")


@sc("appointment")
def app03():
    W = "2026-02-10 16:15"
    rows = [["Chair", "Time", "Patient", "DOB", "Regimen", "Cycle/Day", "Est. duration", "Notes"]]
    items = [("1", "07:30", Pt("Gloria", "Ashby", "F", "1955-03-09"), "FOLFOX", "C4D1", "4h + pump", "Port, pump disconnect Fri"),
             ("2", "08:00", Pt("Mohammed", "Saleh", "M", "1961-11-27"), "Pembrolizumab", "C7D1", "1h", "TSH drawn"),
             ("3", "08:00", Pt("Dorothy", "Quarles", "F", "1949-06-14"), "Carboplatin/paclitaxel", "C2D1", "5h", "Premeds; hx reaction"),
             ("4", "09:30", Pt("Andrzej", "Nowicki", "M", "1958-08-03"), "Zoledronic acid", "q12 wk", "30 min", "Check Ca, Cr"),
             ("5", "10:00", Pt("Keiko", "Fujimoto", "F", "1972-12-30"), "Trastuzumab", "C9D1", "1h", "Echo due"),
             ("6", "12:30", Pt("Bertram", "Ogilvie", "M", "1944-04-22"), "IV iron (ferric carboxymaltose)", "Dose 2", "30 min", "")]
    for ch, t, pp, reg, cyc, dur, nt in items:
        rows.append([ch, t, pp.lf, pp.us, reg, cyc, dur, nt])
    body = ["Infusion team,",
            f"Attached is tomorrow's ({md(W, 1)}) chair schedule - 6 patients so far, chairs 7 and 8 open for add-ons. Mrs. Quarles "
            "had a paclitaxel reaction last cycle so please put her in chair 3 near the station.",
            "Grace"]
    return mail(W, "Tomorrow's chairs", S("kim"), [BOX("Infusion Center RNs", "infusion.rn")], body, "qp",
                [csv_att("infusion_schedule.csv", rows)],
                note="Oncology navigator sends the infusion-chair schedule (CSV) with named patients, DOBs and chemo regimens.")


@sc("appointment")
def app04():
    W = "2026-02-20 10:48"
    p = Pt("Hana", "Kobayashi", "F", "1996-02-26")
    body = [f"Hi {p.first},",
            f"We need to move your 20-week anatomy ultrasound because the maternal-fetal medicine sonographer is out that day. "
            f"Your new appointment is {longdate(W, 12)} at 1:30 pm at the Women's Imaging Center (3rd floor). Your prenatal visit "
            "with Kirsten Sorensen, CNM stays the same day at 2:30 pm.",
            "Please drink 16 oz of water an hour before and don't empty your bladder. Your partner is welcome to come.",
            "Reply to this message or call (614) 555-0166 if the new time doesn't work.",
            "Brittany Cole\nPatient Scheduling, Women's Health"]
    return mail(W, "Your ultrasound appointment", S("cole"), [(p.name, "hana.k@inbox.example.net")], body, "b64",
                note="Scheduler moves a named pregnant patient's 20-week anatomy ultrasound and prenatal visit.")


@sc("appointment")
def app05():
    W = "2026-03-16 14:20"
    p = Pt("Clifford", "Barnes", "M", "1955-10-13")
    body = [f"Mr. {p.last},",
            f"Your right total knee replacement with Dr. Piotr Kowalczyk is booked for {longdate(W, 23)}. Before surgery you need a "
            "pre-operative evaluation:",
            T(["Appointment", "Date and time", "Where"],
              [["Pre-op clinic (history, exam, ECG, labs)", f"{mdY(W, 9)} 9:00 am", "Surgical Services, 2nd floor"],
               ["Joint replacement class", f"{mdY(W, 10)} 1:00 pm", "Rehab gym, Building B"],
               ["Cardiology clearance (Dr. Okafor)", f"{mdY(W, 11)} 10:20 am", "Heart & Vascular, Suite 310"]]),
            "Because you take clopidogrel, please do not stop it until the cardiology visit - Dr. Okafor will tell you when.",
            "Bring all your medicine bottles to the pre-op clinic.",
            "Brittany Cole\nSurgical Scheduling"]
    return mail(W, "Appointments before your surgery", S("cole"), [(p.name, "cbarnes55@webmail.example.net")], body, "alt",
                note="Scheduler sends a named patient his pre-operative appointments for a total knee replacement.")


@sc("appointment")
def app06():
    W = "2026-01-21 13:52"
    p = Pt("Roberto", "Vasquez", "M", "1966-05-19")
    dial = ("Felicia Grant-Moore, RN", f"felicia.grantmoore@{DOM}")
    body = ["Dr. Osei, Imani -",
            f"Starting next week {p.name} moves from MWF 1st shift to Tue/Thu/Sat 2nd shift (chair 14, on at 11:15) so he can keep "
            "his new job. Same prescription: 4 hours, 400 blood flow, 2K/2.5Ca bath, EDW 78.5 kg via L AV fistula.",
            "His transport company needs the new schedule in writing - Imani, can you send it? Labs will move to the first "
            "Tuesday of the month.",
            "Felicia\nCharge RN, Riverside Dialysis - Eastgate"]
    return mail(W, "chair change", dial, [S("osei"), S("okoro")], body, "qp",
                note="Dialysis charge nurse moves a named patient's hemodialysis schedule and restates his prescription.")


@sc("appointment")
def app07():
    W = "2026-02-23 12:05"
    p = Pt("Stanley", "Fitch", "M", "1944-11-05")
    aud = ("Carmen Ibarra, AuD", f"carmen.ibarra@{DOM}")
    pdf = pdf_att("Appointment_letter_Fitch.pdf", [
        ("h", "Riverside Audiology"), "1400 Medical Park Drive, Suite 120, Millbrook, OH 43110", "", longdate(W), "",
        p.name, "19 Quarry Road", "Millbrook, OH 43113", "", f"Dear Mr. {p.last},", "",
        "Your new hearing aids have arrived. Your fitting appointment is:", "",
        ("b", f"{longdate(W, 8)} at 2:00 pm with Carmen Ibarra, AuD (about 90 minutes)"), "",
        "At this visit we will program both hearing aids to your hearing test from last month (moderate-to-severe",
        "sensorineural hearing loss in both ears), check the fit, and show you how to use the charger and phone app.",
        "Please bring a family member if possible.", "", "Sincerely,", "Riverside Audiology"])
    body = [f"Hello Mr. {p.last},", "Your hearing aids are in! Your appointment letter is attached. We look forward to seeing you.",
            "Carmen Ibarra, AuD\nRiverside Audiology\n(614) 555-0124"]
    return mail(W, "Your hearing aids are here", aud, [(p.name, "stanfitch@inbox.example.net")], body, "html", [pdf],
                note="Audiologist sends a named patient his hearing-aid fitting appointment letter (PDF) mentioning his hearing loss.")


@sc("appointment")
def app08():
    W = "2026-03-02 07:42"
    p = Pt("Janice", "Whitlock", "F", "1951-01-31")
    trips = []
    for k in range(10):
        dd = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11][k]
        trips.append({"tripId": "BP" + digits(7), "date": (when(W) + dt.timedelta(days=dd)).strftime("%Y-%m-%d"),
                      "pickup": "08:05", "appointment": "08:30", "return": "09:30"})
    obj = {"vendor": "BrightPath Medical Transport", "account": "Riverside Radiation Oncology",
           "member": {"name": p.name, "dob": p.iso, "pickupAddress": "740 Willow Bend Drive, Apt 3C, Millbrook, OH 43112",
                      "phone": phone_d(), "mobility": "walker; needs assistance on stairs"},
           "destination": "Riverside Cancer Center - Radiation Oncology, 1500 Medical Park Drive",
           "purpose": "Daily radiation therapy (25 fractions)", "trips": trips}
    body = ["Hello Radiation Oncology scheduling,",
            f"We have booked transportation for your patient {p.name} for her daily radiation treatments - the first two weeks "
            "of rides are confirmed and attached. She uses a walker, so drivers will assist her to the front desk.",
            "Please let us know of any schedule changes at least 24 hours in advance.",
            "BrightPath Medical Transport - Dispatch\n(614) 555-0182"]
    return mail(W, "Ride confirmation", X("BrightPath Dispatch", "dispatch@brightpath.example.org"),
                [BOX("Radiation Oncology Scheduling", "radonc.scheduling")], body, "alt", [json_att("ride_manifest.json", obj)],
                inbound=True, note="Inbound medical transport confirms a named patient's rides to daily radiation therapy (JSON manifest).")


@sc("appointment")
def app09():
    W = "2026-03-13 15:35"
    ma = ("Jasmine Ortiz, CMA", f"jasmine.ortiz@{DOM}")
    kids = [("09:00", Pt("Elijah", "Banks", "M", "2024-03-21"), "24 mo well child", "Hep A #2"),
            ("09:15", Pt("Sophie", "Lindgren", "F", "2021-09-02"), "4 yr well child", "DTaP #5, IPV #4, MMR #2, Varicella #2"),
            ("09:30", Pt("Omar", "Farah", "M", "2025-09-10"), "6 mo well child", "DTaP #3, IPV #3, PCV20 #3, Hep B #3, Flu #1"),
            ("09:45", Pt("Amelia", "Tran-Nguyen", "F", "2014-05-15"), "Sports physical", "Tdap, MenACWY #1, HPV #1"),
            ("10:00", Pt("Lucas", "Oyelowo", "M", "2025-11-20"), "4 mo well child", "DTaP #2, IPV #2, PCV20 #2, Hib #2, RV #2")]
    lines = ["RIVERSIDE CHILDREN'S CLINIC - SATURDAY VACCINE CLINIC", f"Date: {mdY(W, 1)}    Provider: Camila Restrepo, MD", "",
             f"{'TIME':<7}{'PATIENT':<24}{'DOB':<12}{'VISIT':<20}VACCINES DUE"]
    for t, pp, v, vx in kids:
        lines.append(f"{t:<7}{pp.lf:<24}{pp.us:<12}{v:<20}{vx}")
    lines += ["", "Pull VIS sheets the night before. Omar Farah's mother asked for an Arabic interpreter."]
    body = ["Saturday clinic list attached - 5 kids so far, all need vaccines. I'll be there at 8:30 to pull the vaccines from "
            "the fridge.", "Jasmine"]
    return mail(W, "Sat clinic list", ma, [BOX("Children's Clinic Nurses", "cc.nurses")], body, "plain7",
                [txt_att("saturday_clinic.txt", "\n".join(lines))], cc=[S("restrepo")],
                note="Medical assistant sends the Saturday pediatric clinic list (TXT) with named children, DOBs, visits and vaccines due.")


@sc("appointment")
def app10():
    W = "2026-02-04 09:20"
    p = Pt("Priyanka", "Joshi", "F", "1987-12-09")
    html = f"""<html><head><meta charset="utf-8"><title>Allergy testing appointment</title></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<h3>Riverside Allergy &amp; Immunology</h3>
<p>Dear {esc(p.name)},</p>
<p>Your skin testing appointment with Dr. Naveen Rao is on <b>{longdate(W, 14)} at 8:30&nbsp;am</b>. Testing will look at
foods (peanut, tree nuts, shellfish) and environmental allergens because of your reaction in January.</p>
<p><b>Important:</b> stop these medicines before your visit:</p>
<ul>
<li>cetirizine (Zyrtec) &ndash; stop 7 days before</li>
<li>famotidine &ndash; stop 2 days before</li>
<li>Do <u>not</u> stop your inhaled steroid or your EpiPen prescription.</li>
</ul>
<p>Please wear a short-sleeved shirt. Testing takes about 2 hours.</p>
<p>Riverside Allergy &amp; Immunology &middot; (614) 555-0172</p>
</body></html>
"""
    body = [f"Hi {p.first},", "Attached are the details for your allergy testing appointment, including which medicines to stop "
            "beforehand. Please call us if you have questions.", "Thank you,\nAllergy & Immunology front desk"]
    return mail(W, "Appointment details", BOX("Allergy and Immunology", "allergy.clinic"), [(p.name, "pjoshi@inbox.example.net")],
                body, "b64", [html_att("appointment_details.html", html)],
                note="Allergy clinic sends a named patient her skin-testing appointment and medication holds (HTML attachment).")


# ---------------------------------------------------------------------------------------------------------------
# medication (10): named patient + drug + dose
# ---------------------------------------------------------------------------------------------------------------
@sc("medication")
def med01():
    W = "2026-01-07 14:02"
    p = Pt("Otto", "Reinholt", "M", "1945-08-08")
    body = ["Dr. Mehta,",
            f"Interaction flag on {p.name} (6W-612): fluconazole 400 mg load then 200 mg daily was started today for candidemia, "
            "and he is on warfarin 5 mg daily for his mechanical mitral valve. INR today 2.6 (goal 2.5-3.5).",
            "Fluconazole inhibits CYP2C9 and typically raises the INR significantly within 3-5 days. Suggest reducing warfarin "
            "by about 25-30% (e.g. 5 mg alternating with 2.5 mg) and daily INRs while on both. If ID is OK with it, "
            "micafungin would avoid the interaction altogether.",
            "I've put a note in the anticoagulation monitoring list.",
            "Ahmed Hassan, PharmD\nClinical Pharmacist | pager 2241"]
    return mail(W, "warfarin + fluconazole", S("hassan"), [S("mehta")], body, "plain7", cc=[S("haddad")],
                note="Pharmacist warns about a warfarin-fluconazole interaction for a named inpatient with doses and INR.")


@sc("medication")
def med02():
    W = "2026-01-22 09:14"
    p = Pt("Mei-Ling", "Zhou", "F", "1977-03-25")
    body = ["Dr. Lindqvist,",
            f"Refill request from {p.name} for levothyroxine 88 mcg daily, 90-day supply, to Millbrook Drug on 5th. Last TSH "
            "was 2.1 in September, last visit October. She has 4 pills left.",
            "OK to send 90 days with 1 refill? She also asked if she can take it at bedtime instead of mornings because of her "
            "work schedule.",
            "Dwayne Harris, LPN"]
    return mail(W, "refill", S("harris"), [S("lindqvist")], body, "qp",
                note="LPN relays a named patient's levothyroxine 88 mcg refill request with her last TSH.")


@sc("medication")
def med03():
    W = "2026-02-06 13:40"
    p = Pt("Kofi", "Mensah", "M", "1973-10-02")
    rows = [["Date", "Fasting glucose (mg/dL)", "Glargine dose (units)", "Hypoglycemia", "Comment"]]
    dose = 20
    for dd, g in ((-21, 214), (-18, 198), (-15, 186), (-12, 171), (-9, 162), (-6, 149), (-3, 138), (0, 131)):
        rows.append([mdY(W, dd), str(g), str(dose), "none", "increase 2 units" if g > 130 else "hold"])
        dose += 2 if g > 130 else 0
    body = ["Dr. Al-Sayed,",
            f"Titration log for {p.name} attached. He's been self-titrating glargine +2 units every 3 days per protocol, now 34 "
            "units, fasting sugars down from 214 to 131 with no lows. Metformin 1,000 mg BID unchanged.",
            "Plan is to stop at a fasting target of 80-130; he should reach it with the next step. Any objection to continuing?",
            "Jenna Schultz, PharmD"]
    return mail(W, "Basal titration log", S("schultz"), [S("alsayed")], body, "alt", [csv_att("glargine_titration.csv", rows)],
                note="Pharmacist sends a named patient's insulin glargine titration log (CSV, doses and glucose).")


@sc("medication")
def med04():
    W = "2026-02-17 10:25"
    p = Pt("Dwight", "Farrell", "M", "1962-07-04")
    pdf = pdf_att("Northgate_order_confirmation.pdf", [
        ("h", "Northgate Home Infusion - Order Confirmation"), "", f"Patient: {p.name}     DOB: {p.us}",
        "Address: 58 Orchard Lane, Millbrook, OH 43112", "Referring: Nadia Haddad, MD (Riverside Infectious Diseases)", "",
        ("b", "Therapy"), "Vancomycin 1,250 mg IV every 12 hours via right arm PICC", f"Start: {mdY(W, 1)}     Stop: {mdY(W, 39)} (6 weeks)",
        "Indication: vertebral osteomyelitis L3-L4 (MRSA, blood cultures)", "",
        ("b", "Monitoring"), "Weekly CBC, BMP, vancomycin trough (target AUC 400-600); first trough before 4th dose.",
        "Weekly ESR/CRP. Results to Dr. Haddad.", "",
        ("b", "Nursing"), "Home nursing visit for first dose and weekly PICC dressing change.", "",
        "Pharmacist: Naomi Okwu, PharmD     Northgate Home Infusion     (614) 555-0185"])
    body = [Raw("[EXTERNAL] This message came from outside Riverside Health.",
                '<table width="100%" style="background:#FFEB9C"><tr><td style="font-size:9pt">[EXTERNAL] This message came from '
                'outside Riverside Health.</td></tr></table>'),
            "Dr. Haddad,",
            f"We have accepted the home IV vancomycin referral for {p.name}. The order confirmation is attached; please sign and "
            "return it. First home dose tomorrow at 09:00 with our nurse.",
            "Naomi Okwu, PharmD\nNorthgate Home Infusion"]
    return mail(W, "Order confirmation", X("Northgate Home Infusion", "intake@northgateinfusion.example.org"), [S("haddad")],
                body, "html", [pdf], inbound=True,
                note="Inbound home-infusion pharmacy confirms IV vancomycin 1,250 mg q12h for a named osteomyelitis patient (PDF).")


@sc("medication")
def med05():
    W = "2026-03-04 20:10"
    p = Pt("Estelle", "Marchand", "F", "1940-01-22")
    meds = [("Metoprolol tartrate", "25 mg", "PO BID", "Continue"), ("Furosemide", "20 mg", "PO daily", "Hold - AKI"),
            ("Lisinopril", "10 mg", "PO daily", "Hold - AKI"), ("Donepezil", "5 mg", "PO nightly", "Continue"),
            ("Oxybutynin", "5 mg", "PO BID", "Discontinue - anticholinergic, delirium"),
            ("Calcium carbonate/vitamin D", "600 mg/400 IU", "PO BID", "Continue"), ("Alendronate", "70 mg", "PO weekly (Sun)", "Continue")]
    tr = "\r\n".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, b, c, d in meds)
    html = f"""<html><head><meta charset="utf-8"><title>Admission medication history</title></head><body>
<h3>Admission Medication History &ndash; Pharmacy</h3>
<p>Patient: <b>{esc(p.LF)}</b> &nbsp; DOB {p.us} &nbsp; Room 5W-509</p>
<p>Sources: patient's daughter, pharmacy fill history, pill bottles.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Medication</th><th>Dose</th><th>Route/frequency</th><th>Recommendation</th></tr>
{tr}
</table>
<p>Allergies: sulfa (rash). Last doses taken this morning per daughter.</p>
</body></html>
"""
    body = ["Dr. Mehta,",
            f"Admission med history for {p.name} attached. Recommend holding furosemide and lisinopril for the AKI and stopping "
            "oxybutynin given her delirium. Orders are pended for your review.",
            "Joon Park, PharmD (covering evening med rec)"]
    return mail(W, "Med history 509", S("park"), [S("mehta")], body, "b64", [html_att("admission_med_history.html", html)],
                note="Pharmacist's admission medication history (HTML attachment) for a named inpatient with recommendations.")


@sc("medication")
def med06():
    W = "2026-03-10 11:05"
    p = Pt("Rohan", "Kapoor", "M", "1993-09-17")
    obj = {"notification": "shipment_scheduled", "pharmacy": "Keystone Specialty Pharmacy",
           "patient": {"firstName": p.first, "lastName": p.last, "dateOfBirth": p.iso},
           "prescriber": "Hiroshi Tanaka, MD", "drug": "adalimumab-adaz 40 mg/0.4 mL prefilled pen",
           "sig": "Inject 40 mg subcutaneously every other week", "quantity": "2 pens (28 days)",
           "diagnosis": "Crohn's disease of small intestine (K50.00)",
           "shipDate": (when(W) + dt.timedelta(days=2)).strftime("%Y-%m-%d"), "deliverTo": "patient home", "copay": 5.00,
           "refillsRemaining": 5}
    body = ["Dear Dr. Tanaka's office,",
            f"This is to let you know the next shipment of adalimumab-adaz for your patient {p.name} has been scheduled. "
            "Details are attached. He has switched to the biosimilar as required by his plan; no action is needed unless the "
            "dose changes.",
            "Keystone Specialty Pharmacy\nPatient Care Team | (800) 555-0113"]
    return mail(W, "Shipment scheduled", X("Keystone Specialty Pharmacy", "careteam@keystonespecialty.example.org"),
                [BOX("GI Clinic", "gi.clinic")], body, "qp", [json_att("shipment.json", obj)], inbound=True,
                note="Inbound specialty pharmacy notice of a named Crohn's patient's adalimumab 40 mg shipment (JSON).")


@sc("medication")
def med07():
    W = "2026-01-16 12:12"
    p = Pt("Gwendolyn", "Shaw", "F", "1967-04-11")
    rheum = ("Amir Farouk, MD", f"amir.farouk@{DOM}")
    q = Q(S("schultz"), "2026-01-16 10:48", [rheum], "methotrexate Rx",
          [f"Dr. Farouk - the new methotrexate prescription for {p.name} reads '2.5 mg tabs, take 6 tablets by mouth daily'. "
           "I assume this should be weekly? I've put it on hold at our outpatient pharmacy. Also no folic acid on her list.", "Jenna"])
    body = ["Jenna - good catch, thank you. It should be:",
            "methotrexate 2.5 mg tablets: take 6 tablets (15 mg) by mouth ONCE WEEKLY on Mondays\n"
            "folic acid 1 mg by mouth daily",
            "I've cancelled and re-sent both. Her baseline CBC, LFTs and creatinine were fine last week. I'll call her to "
            "go over the weekly dosing again.",
            "Amir", q]
    return mail(W, "RE: methotrexate Rx", rheum, [S("schultz")], body, "html", depth=1,
                note="Rheumatologist corrects a named patient's methotrexate prescription from daily to 15 mg weekly (reply).")


@sc("medication")
def med08():
    W = "2026-02-24 16:50"
    p = Pt("Anthony", "Greco", "M", "1959-12-19")
    txt = f"""RIVERSIDE CANCER CENTER - CHEMOTHERAPY TREATMENT PLAN MODIFICATION
Patient : {p.LF}       DOB {p.us}
Plan    : mFOLFOX6 every 14 days (adjuvant, stage III colon adenocarcinoma)
BSA     : 1.96 m2     Weight 74.2 kg     Cycle 7 Day 1 on {mdY(W, 2)}

Reason for change: grade 2 peripheral sensory neuropathy (persistent tingling, difficulty with buttons)

DRUG                 PREVIOUS           NEW (cycle 7 on)
Oxaliplatin          85 mg/m2 (167 mg)  65 mg/m2 (127 mg)   IV over 2 h
Leucovorin           400 mg/m2 (784 mg) no change            IV over 2 h
Fluorouracil bolus   400 mg/m2 (784 mg) OMIT                 -
Fluorouracil infus.  2400 mg/m2 (4704 mg) no change          CIVI over 46 h

Pre-medications unchanged (ondansetron 16 mg, dexamethasone 12 mg).
Ordering: Priya Raman, MD
"""
    body = ["Oncology pharmacy,",
            f"Treatment plan change for {p.name} starting with Thursday's cycle 7 - oxaliplatin reduced to 65 mg/m2 and the 5-FU "
            "bolus omitted for neuropathy and last cycle's ANC of 1.2. Modification sheet attached; orders are signed.",
            "Priya Raman, MD"]
    return mail(W, "C7 dose change", S("raman"), [BOX("Oncology Pharmacy", "onc.pharmacy")], body, "plain7",
                [txt_att("plan_modification.txt", txt)], cc=[S("kim")],
                note="Oncologist sends pharmacy a named patient's FOLFOX dose reduction for neuropathy (TXT with doses).")


@sc("medication")
def med09():
    W = "2026-03-24 10:32"
    p = Pt("Lily", "Hargreaves", "F", "2021-08-29")
    body = ["Joon,",
            f"Quick dose check before I sign: {p.name}, {p.age(W)} yo, 17.2 kg, acute otitis media, failed amoxicillin 10 days ago? "
            "No - she had it in November, so this is a new episode, not a failure. No allergies.",
            "I'm planning high-dose amoxicillin 90 mg/kg/day divided BID = 774 mg BID. With 400 mg/5 mL that's 9.7 mL twice daily "
            "x 10 days. Does that look right, and can you round to a measurable volume?",
            "Camila"]
    return mail(W, "dose check", S("restrepo"), [S("park")], body, "b64",
                note="Pediatrician asks the pharmacist to check a named child's weight-based amoxicillin dose for otitis media.")


@sc("medication")
def med10():
    W = "2026-03-27 09:18"
    p = Pt("Curtis", "Ogden", "M", "1984-02-06")
    inn = inner("2026-03-26 17:45", "Clarification needed - sertraline", X("Millbrook Drug Pharmacy", "rx@millbrookdrug.example.org"),
                [S("lindqvist")],
                ["Prescriber: Rebecca Lindqvist, MD",
                 f"Patient: {p.name}   DOB: {p.us}",
                 "We received an e-prescription for sertraline 500 mg tablet, take 1 tablet daily, #30. Sertraline is not "
                 "available in 500 mg and the maximum daily dose is 200 mg. Did you intend 50 mg? The patient is waiting to start.",
                 "Please send a corrected prescription or call (614) 555-0194.",
                 "Millbrook Drug Pharmacy, 5th Street"], "plain7", m365=False)
    body = ["Dwayne,", "Please see below - typo on my part, it should be sertraline 50 mg daily. I've re-sent it; can you call "
            "the pharmacy to cancel the 500 mg one and let Mr. Ogden know it's ready?", "Thanks,\nRebecca"]
    return mail(W, "FW: Clarification needed - sertraline", S("lindqvist"), [S("harris")], body, "alt",
                [fwd_att("Clarification needed - sertraline.eml", inn)],
                note="PCP forwards (rfc822) a pharmacy's clarification about a named patient's sertraline dose error.")


# ---------------------------------------------------------------------------------------------------------------
# registration (10): SSN/DOB/address on intake forms
# ---------------------------------------------------------------------------------------------------------------
@sc("registration")
def reg01():
    W = "2026-01-06 10:15"
    p = Pt("Isabel", "Ferraz", "F", "1988-03-16")
    s_, mem = ssn(), member()
    pdf = pdf_att("New_patient_registration.pdf", [
        ("h", "Riverside Health - New Patient Registration"), "", ("b", "PATIENT INFORMATION"),
        f"Legal name: {p.last}, {p.first} M.       Preferred name: Bel", f"Date of birth: {p.us}     Sex: F",
        f"SSN: {s_}", "Address: 1127 Sycamore Ridge Road, Millbrook, OH 43112", f"Phone (cell): {phone()}",
        "E-mail: bel.ferraz@inbox.example.net", "Preferred language: English / Portuguese", "Marital status: Married", "",
        ("b", "INSURANCE"), f"Primary: Riverside Health Plan     Member ID: {mem}     Group: 00417",
        "Subscriber: self", "", ("b", "EMERGENCY CONTACT"), f"Rafael Ferraz (spouse)   {phone()}", "",
        ("b", "PRIMARY CARE PROVIDER"), "Requested: Rebecca Lindqvist, MD - Eastgate Family Medicine", "",
        f"Signed electronically by patient on {mdY(W, -1)}"], flate=True)
    body = ["Tyrone,", "Completed registration for a new Eastgate patient attached - her packet came in through the kiosk but the "
            "SSN didn't transfer, so I keyed it from the form. Can you verify before I release the account?", "Thanks,\nMonique"]
    return mail(W, "registration to verify", S("jackson"), [S("mitchell")], body, "plain7", [pdf],
                note="Registrar sends a named patient's registration form with SSN, DOB, address and member id (FlateDecode PDF).")


@sc("registration")
def reg02():
    W = "2026-01-19 06:50"
    p = Pt("Kareem", "Nasser", "M", "1983-07-29")
    s_ = ssn()
    d = p.us
    body = ["Patient Access day shift,",
            "Overnight ED quick registration converted to full registration - please complete insurance verification this morning.",
            T(["Field", "Value"], [["Name", f"{p.LF}"], ["DOB", f"{d[:6]}{SPLIT}{d[6:]}"], ["SSN", f"{s_[:4]}{SPLIT}{s_[4:]}"],
                                   ["Address", "302 Canal Street, Apt 5, Millbrook, OH 43110"], ["Phone", phone()],
                                   ["Arrival", f"{mdY(W, -1)} 22:47, ED"], ["Insurance", "Ohio Medicaid (card not presented)"],
                                   ["Emergency contact", f"Layla Nasser (wife) {phone()}"]]),
            "ID was verified with a driver's license. Patient is still in the ED.",
            "Marcus Rivera\nPatient Access, ED night shift"]
    return mail(W, "ED quick reg - full reg done", ("Marcus Rivera", f"marcus.rivera@{DOM}"), [BOX("Patient Access", "patient.access")],
                body, "html", note="ED registrar hands off a named patient's full registration with SSN and DOB (split across spans).")


@sc("registration")
def reg03():
    W = "2026-02-02 15:25"
    rows = [["Surgery date", "Last name", "First name", "DOB", "SSN", "Address", "Insurance", "Member ID", "Procedure", "Surgeon"]]
    items = [(Pt("Harold", "Beckwith", "M", "1952-05-30"), "Medicare A/B", "", "Cataract extraction, left", "Nwachukwu"),
             (Pt("Yesenia", "Campos", "F", "1979-10-12"), "Riverside Health Plan", member(), "Laparoscopic cholecystectomy", "Whitcomb"),
             (Pt("Dimitri", "Alexopoulos", "M", "1966-01-04"), "Riverside Health Plan", member(), "Right shoulder arthroscopy", "Kowalczyk"),
             (Pt("Thanh", "Vo", "F", "1990-06-23"), "Commercial - Keystone", "", "Hysteroscopy, D&C", "Fitzgerald")]
    streets = ["44 Birch Lane, Millbrook OH 43110", "2810 Prairie View Rd, Millbrook OH 43112", "9 Harbor Court, Lakeview OH 43120",
               "615 Elm Street Apt 2, Millbrook OH 43110"]
    for (pp, ins, mem, proc, sg), st in zip(items, streets):
        rows.append([mdY(W, 8), pp.last, pp.first, pp.us, ssn(), st, ins, mem, proc, sg])
    body = ["Hi all,", f"Pre-registration batch for surgeries on {md(W, 8)} is attached. Two still need insurance verification "
            "(Beckwith and Vo). Please work them by Wednesday.", "Tyrone Mitchell\nPatient Access Supervisor"]
    return mail(W, "pre-reg batch", S("mitchell"), [BOX("Pre-Registration Team", "prereg.team")], body, "qp",
                [csv_att("prereg_batch.csv", rows)],
                note="Supervisor sends a pre-registration CSV of named surgical patients with SSNs, DOBs, addresses and procedures.")


@sc("registration")
def reg04():
    W = "2026-02-11 19:40"
    p = Pt("Trevor", "Blackwood", "M", "1975-12-03")
    s_ = ssn()
    body = ["Hello,",
            "I was asked to send my information before my first appointment with dermatology on the 24th (for the rash on my "
            "hands). The online form kept timing out so here it is:",
            f"Name: {p.name}\nDate of birth: {p.us}\nSocial Security number: {s_}\nAddress: 88 Fenwick Street, Millbrook, OH 43112\n"
            f"Phone: {phone()}\nInsurance: Keystone Health Plan PPO, ID KHP{digits(8)}, group 55210\nEmployer: Millbrook Tool & Die",
            "Please let me know if you need anything else.",
            "Trevor Blackwood"]
    return mail(W, "my info for new patient appointment", (p.name, "tblackwood@webmail.example.net"),
                [BOX("Patient Access", "patient.access")], body, "b64", inbound=True,
                note="Inbound e-mail in which a patient sends his own SSN, DOB, address and insurance before a dermatology visit.")


@sc("registration")
def reg05():
    W = "2026-02-26 11:30"
    p = Pt("Yolanda", "Pierce", "F", "1985-04-07")
    s_ = ssn()
    fc = ("Andre Delacroix", f"andre.delacroix@{DOM}")
    body = ["Hi Ms. Pierce,",
            "Thank you for meeting with me yesterday about your hospital stay. To finish your Medicaid application I have "
            "filled in what you gave me - please check it and reply with any corrections:",
            T(["", ""], [["Applicant", p.name], ["Date of birth", p.us], ["SSN", s_], ["Address", "1550 Northview Ave, Apt 12, Millbrook, OH 43110"],
                         ["Household", "2 (you and your son, age 9)"], ["Monthly income", "$1,380 (part-time)"],
                         ["Hospital dates", f"{mdY(W, -20)} - {mdY(W, -16)} (admission for pneumonia)"]]),
            "I still need a copy of your last two pay stubs. Once I have those I'll submit the application, which can cover "
            "bills back to your admission.",
            "Andre Delacroix\nFinancial Counselor, Patient Financial Services\n(614) 555-0138"]
    return mail(W, "Medicaid application - please check", fc, [(p.name, "yolanda.pierce@inbox.example.net")], body, "alt",
                note="Financial counselor asks a named patient to check her Medicaid application (SSN, DOB, admission dates).")


@sc("registration")
def reg06():
    W = "2026-03-05 08:12"
    p = Pt("Lamar", "Dixon", "M", "1978-09-21")
    s_ = ssn()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<VerificationResponse vendor="ClearPath Eligibility" requestId="CPE-{digits(9)}" status="MATCH">
  <Request submitted="{when(W).strftime('%Y-%m-%dT%H:%M:00')}" facility="Riverside Medical Center" account="HAR{digits(8)}"/>
  <Demographics>
    <LastName>{p.last.upper()}</LastName>
    <FirstName>{p.first.upper()}</FirstName>
    <DOB>{p.iso}</DOB>
    <SSN>{s_}</SSN>
    <Address line1="2209 Kestrel Way" city="Millbrook" state="OH" zip="43112"/>
  </Demographics>
  <Coverage payer="Keystone Health Plan" plan="HMO Silver" memberId="KHP{digits(8)}" effective="2025-01-01" status="Active"/>
  <Coverage payer="Ohio Medicaid" status="Inactive" termed="2024-12-31"/>
  <Notes>Address on file with payer differs from registration (payer: 77 Lark St). Verify with patient.</Notes>
</VerificationResponse>"""
    body = ["Monique,",
            f"The insurance verification came back for the patient in ED bed 22 ({p.name}) - Keystone HMO is active and Medicaid "
            "termed. The payer has a different address, can you confirm with him before the account finalizes? XML attached.",
            "Tyrone"]
    return mail(W, "verification back - bed 22", S("mitchell"), [S("jackson")], body, "plain7",
                [xml_att("verification_response.xml", xml)],
                note="Patient Access forwards an insurance verification XML for a named ED patient with SSN, DOB and address.")


@sc("registration")
def reg07():
    W = "2026-03-09 14:45"
    p = Pt("Julia", "Brandt", "F", "1992-11-08")
    s_ = ssn()
    m = mrn()
    body = ["HIM / Patient Access,",
            f"Please update the legal name on MRN {m}: Julia Castellanos is now {p.name} (marriage certificate and new Social "
            "Security card seen at the registration desk today, copies scanned to the media tab).",
            f"DOB {p.us} and SSN {s_} are unchanged. New address: 415 Lindenwood Drive, Millbrook, OH 43112. Please keep the "
            "previous name as an alias so her prenatal records stay linked.",
            "Monique Jackson\nPatient Access Representative"]
    return mail(W, "Name change", S("jackson"), [S("ruiz"), BOX("Patient Access", "patient.access")], body, "qp",
                note="Registrar requests a legal name change for a named patient with MRN, DOB and SSN (prenatal records).")


@sc("registration")
def reg08():
    W = "2026-03-18 10:58"
    mom = Pt("Folasade", "Adeyinka", "F", "1994-08-12")
    baby = Pt("Zuri", "Adeyinka", "F", "2026-03-17")
    s_ = ssn()
    mem = member()
    d = mom.us
    body = ["Hi team,", "Newborn registration completed this morning:",
            T(["", ""], [["Newborn", f"{baby.name} (female)"], ["Date/time of birth", f"{baby.us} 23:14"],
                         ["Mother / guarantor", mom.name], ["Mother DOB", f"{d[:6]}{SPLIT}{d[6:]}"], ["Mother SSN", s_],
                         ["Address", "67 Meadowlark Circle, Millbrook, OH 43112"],
                         ["Coverage", f"Riverside Health Plan, newborn added under mother's member ID {mem}"]]),
            "The birth certificate worksheet is with medical records. Please add the baby to the plan within 30 days.",
            "Monique"]
    return mail(W, "newborn registration", S("jackson"), [BOX("Patient Access", "patient.access"), S("liu")], body, "html",
                note="Registrar records a named newborn's registration with the mother's SSN, DOB and member id.")


@sc("registration")
def reg09():
    W = "2026-01-23 09:33"
    p = Pt("Miguel", "Santana", "M", "2009-05-02")
    dad = Pt("Ernesto", "Santana", "M", "1976-02-18")
    obj = {"type": "guarantor_update", "account": "HAR" + digits(8), "patient": {"name": p.name, "dob": p.iso},
           "oldGuarantor": {"name": "Santana, Ana", "relationship": "Mother"},
           "newGuarantor": {"name": dad.lf, "relationship": "Father", "dob": dad.iso, "ssn": ssn(),
                            "address": "501 Creekside Drive, Millbrook, OH 43110", "phone": phone_d(), "employer": "Riverside Transit Authority"},
           "reason": "Custody order dated 2026-01-05 on file", "updatedBy": "tmitchell"}
    body = ["Sharon,",
            f"FYI - guarantor changed on {p.name}'s account (father is now guarantor per the custody order). Update record "
            "attached. Could PFS re-bill the open statement for his sports physical and ankle X-ray to the father?",
            "Tyrone"]
    return mail(W, "guarantor update", S("mitchell"), [S("liu")], body, "b64", [json_att("guarantor_update.json", obj)],
                note="Patient Access sends a guarantor update (JSON) with a named minor patient and his father's SSN and DOB.")


@sc("registration")
def reg10():
    W = "2026-02-13 13:05"
    p = Pt("Beatriz", "Lozano", "F", "1968-06-29")
    s_ = ssn()
    inn = inner("2026-02-13 11:40", "New patient - please register", ("Front Desk, Westfield Clinic", f"westfield.frontdesk@{DOM}"),
                [BOX("Patient Access", "patient.access")],
                ["Hi, our scanner is down - typed her form below. She's here today for a new-patient visit with Dr. Park-Kim "
                 "(diabetes follow-up from her old doctor).",
                 f"Name: {p.LF}\nDOB: {p.us}\nSSN: {s_}\nAddress: 14 Juniper Street, Westfield, OH 43125\nPhone: {phone()}\n"
                 "Insurance: Keystone Health Plan PPO (card copied)\nPCP: new - Westfield Clinic",
                 "Thanks! Westfield front desk"], "plain7")
    body = ["Monique - Westfield sent this one to the general box; can you take it? The patient is in the waiting room.",
            "Tyrone"]
    return mail(W, "FW: New patient - please register", S("mitchell"), [S("jackson")], body, "alt",
                [fwd_att("New patient - please register.eml", inn)],
                note="Forwarded (rfc822) clinic registration of a named patient with SSN, DOB and address for a diabetes visit.")


# ---------------------------------------------------------------------------------------------------------------
# billing_claim (10): claims, member ids, CPT/ICD, EOBs
# ---------------------------------------------------------------------------------------------------------------
@sc("billing_claim")
def bill01():
    W = "2026-01-13 11:18"
    p = Pt("Leonard", "Abbott", "M", "1957-03-27")
    body = ["Dr. Okafor,",
            f"Holding the professional claim for {p.name} (DOS {mdY(W, -6)}) for one question before it goes out:",
            "  99214   Office visit, established, moderate MDM\n  93000   ECG, 12-lead with interpretation\n"
            "  Dx: I10 essential hypertension; E78.5 hyperlipidemia; R00.2 palpitations; Z79.01 long-term anticoagulant use",
            "Since the ECG was ordered and done at the same visit, the E/M doesn't need modifier 25 for the 93000, but the note "
            "says you also did a separate 'pre-procedure evaluation' for his cardioversion. If that was a distinct service I need "
            "an addendum; otherwise I'll bill as above. Can you confirm by Friday?",
            "Thanks,\nDenise Whitaker, CPC\nProfessional Coding | ext. 4718"]
    return mail(W, "coding question - DOS " + md(W, -6), S("whitaker"), [S("okafor")], body, "plain7",
                note="Coder asks a cardiologist about a named patient's claim lines (CPT 99214/93000, ICD-10 codes).")


@sc("billing_claim")
def bill02():
    W = "2026-01-27 05:30"
    p = Pt("Marguerite", "Dubois", "F", "1960-10-20")
    mem = member()
    clm = digits(12)
    pdf = pdf_att(f"EOB_{clm}.pdf", [
        ("h", "Riverside Health Plan - Explanation of Benefits"), "THIS IS NOT A BILL", "",
        f"Member: {p.name}      Member ID: {mem}      Group: 00417", f"Patient: {p.name} (self)      Date of birth: {p.us}",
        f"Claim number: {clm}      Provider: Riverside Medical Center      Processed: {mdY(W, -2)}", "",
        ("m", "DOS         SERVICE                                CPT/REV   BILLED    ALLOWED  PLAN PAID  YOU OWE"),
        ("m", f"{mdY(W, -30)}  Colonoscopy w/ biopsy                  45380     2,840.00  1,120.00    896.00   224.00"),
        ("m", f"{mdY(W, -30)}  Pathology, surgical, level IV          88305       310.00    118.00     94.40    23.60"),
        ("m", f"{mdY(W, -30)}  Anesthesia, lower GI endoscopy         00811       960.00    402.00    321.60    80.40"),
        ("m", "                                                   TOTAL     4,110.00  1,640.00  1,312.00   328.00"), "",
        "Remark N1: Screening colonoscopy converted to diagnostic when a biopsy is taken; 20% coinsurance applies.",
        "Diagnosis on claim: Z12.11, K63.5 (polyp of colon).", "",
        "Questions? Member Services (800) 555-0116. Appeal rights are described on the back of this notice."], flate=True)
    body = ["Patient Financial Services,",
            f"Attached is the Explanation of Benefits for claim {clm} (member {p.name}). A copy has been mailed to the member.",
            "Riverside Health Plan - Claims Correspondence\nThis message was sent from an unmonitored mailbox."]
    return mail(W, f"EOB - claim {clm}", X("Riverside Health Plan Claims", "claims-noreply@riversidehealthplan.example.org"),
                [BOX("Patient Financial Services", "pfs")], body, "html", [pdf], inbound=True,
                note="Inbound health-plan EOB (FlateDecode PDF) for a named member's colonoscopy claim with member id, CPT and ICD.")


@sc("billing_claim")
def bill03():
    W = "2026-02-05 14:08"
    p = Pt("Yuki", "Matsumoto", "F", "1983-01-13")
    mem = member()
    clm = digits(12)
    pdf = pdf_att("Appeal_Matsumoto.pdf", [
        ("h", "Riverside Health - Patient Financial Services"), "", longdate(W), "", "Riverside Health Plan - Appeals Unit",
        "P.O. Box 4100, Millbrook, OH 43110", "", f"RE: Level 1 appeal - claim {clm}", f"Member: {p.name}   Member ID: {mem}   DOB: {p.us}",
        f"Service: MRI right knee without contrast (CPT 73721), DOS {mdY(W, -40)}", "Denial reason: no prior authorization on file", "",
        "To the Appeals Unit:", "",
        "We request reconsideration of the denial above. Ms. Matsumoto presented to the emergency department after a twisting",
        "injury with a locked knee and inability to bear weight (S83.211A, bucket-handle tear of medial meniscus). The MRI was",
        "performed urgently the next morning to guide same-week surgery, which is exempt from prior authorization under",
        "section 4.2 of the provider manual for urgent services. The ED note and MRI report are enclosed.", "",
        "Sincerely,", "Patrick Doyle, Billing Specialist", "Riverside Health Patient Financial Services"])
    body = ["Sharon,", f"Draft appeal for the {p.name} knee MRI denial is attached. I cited the urgent-services exemption. If you're "
            "OK with it I'll fax it with the ED note and MRI report today - deadline is next Friday.", "Patrick"]
    return mail(W, "appeal draft", S("doyle"), [S("liu")], body, "alt", [pdf],
                note="Billing specialist's appeal letter (PDF) for a named member's denied knee MRI claim (member id, CPT, ICD).")


@sc("billing_claim")
def bill04():
    W = "2026-02-16 20:55"
    p = Pt("Lorenzo", "Bellini", "M", "1971-05-05")
    body = ["To whom it may concern,",
            f"I received a bill for $412.00 for an MRI of my lower back on {mdY(W, -45)} (account ending 4471). My insurance "
            "is Riverside Health Plan and they told me the claim was processed with the wrong diagnosis, so it went to my "
            "deductible. My doctor ordered the MRI for the sciatica I've had since my fall at work in November.",
            "Can you please resubmit the claim or tell me what I need to do? I don't want this to go to collections.",
            f"Thank you,\n{p.name}\nDOB {p.us}\n{phone()}"]
    return mail(W, "question about my bill", (p.name, "lorenzo.bellini@inbox.example.net"), [BOX("Patient Billing", "billing")],
                body, "qp", inbound=True,
                note="Inbound: a named patient disputes a $412 bill for his lumbar MRI and describes the diagnosis.")


@sc("billing_claim")
def bill05():
    W = "2026-02-25 10:40"
    p = Pt("Harriet", "Coombs", "F", "1956-12-02")
    body = ["Dr. Tanaka,",
            f"Revenue integrity review on {p.name}'s colonoscopy from {mdY(W, -9)} (HAR {digits(9)}). The charge was entered as "
            "45380 (colonoscopy with biopsy), but the procedure note says the 12 mm sigmoid polyp was removed with a hot snare. "
            "That would be 45385 instead. The cecal biopsies for diarrhea were separate, so 45380-59 may also apply.",
            "Proposed correction:\n  45385      polypectomy by snare technique      K63.5\n"
            "  45380-59   biopsy, separate site               K52.9, R19.7",
            "Please reply to agree or correct, and I will resubmit before the filing deadline.",
            "Connor Walsh\nRevenue Integrity"]
    body = ["Agree with both - 45385 for the snare polypectomy and 45380-59 for the separate cecal biopsies. Go ahead.", "Hiroshi",
            Q(S("walsh"), "2026-02-25 08:05", [S("tanaka")], "charge correction needed", body)]
    return mail(W, "RE: charge correction needed", S("tanaka"), [S("walsh")], body, "b64", depth=1,
                note="Revenue integrity proposes corrected CPT/ICD codes for a named patient's colonoscopy charge.")


@sc("billing_claim")
def bill06():
    W = "2026-03-03 15:55"
    rows = [["Claim #", "Patient", "DOB", "Member ID", "DOS", "CPT", "Primary Dx", "Billed", "Status", "Days out"]]
    items = [(Pt("Ravi", "Shankar", "M", "1965-08-08"), "99223", "I21.4", "1,480.00", "Pended - records requested", 38),
             (Pt("Colette", "Armand", "F", "1972-02-11"), "29881", "S83.241A", "6,210.00", "Denied - CO-197 no auth", 44),
             (Pt("Jorge", "Benitez", "M", "1948-10-30"), "G0378", "R07.9", "2,960.00", "In process", 21),
             (Pt("Anneliese", "Kovacs", "F", "1989-04-04"), "59400", "O80", "5,730.00", "Pended - COB questionnaire", 52),
             (Pt("Samuel", "Ikenna", "M", "1959-07-15"), "93458", "I25.10", "9,880.00", "Denied - CO-50 medical necessity", 61)]
    for pp, cpt, dx, amt, st, days in items:
        rows.append([digits(12), pp.lf, pp.us, member(), mdY(W, -days - 5), cpt, dx, amt, st, str(days)])
    body = ["Connor,", "Here are the Riverside Health Plan claims over 30 days that I'd like to bring to Thursday's payer call. Two "
            "denials (no auth on the knee scope, medical necessity on the cath) need clinical review first - can your team pull the "
            "notes?", "Sharon Liu\nPatient Financial Services"]
    return mail(W, "RHP aged claims for Thursday", S("liu"), [S("walsh")], body, "html", [csv_att("rhp_aged_claims.csv", rows)],
                note="PFS sends aged claims (CSV) with named patients, DOBs, RHP member ids, CPT and diagnosis codes.")


@sc("billing_claim")
def bill07():
    W = "2026-03-12 04:15"
    claims = []
    for pp, cpt, billed, paid, pr in ((Pt("Ellen", "Brightwater", "F", "1977-09-23"), "99204", 310.00, 168.20, 40.00),
                                      (Pt("Ahmad", "Karimi", "M", "1954-03-08"), "71046", 142.00, 38.11, 0.00),
                                      (Pt("Grace", "Ndlovu", "F", "1999-12-01"), "81025", 45.00, 0.00, 11.60)):
        claims.append({"patientControlNumber": "HAR" + digits(8), "patient": {"name": pp.LF, "memberId": member(), "dob": pp.iso},
                       "claimStatus": "1" if paid else "4", "chargeAmount": billed, "paymentAmount": paid, "patientResponsibility": pr,
                       "serviceLines": [{"procedure": "HC:" + cpt, "charge": billed, "paid": paid,
                                         "adjustments": [{"group": "CO", "reason": "45", "amount": round(billed - paid - pr, 2)}]
                                         + ([{"group": "PR", "reason": "3", "amount": pr}] if pr else [])}]})
    obj = {"transaction": "835", "payer": "Riverside Health Plan", "payee": "Riverside Medical Center", "checkOrEft": "EFT",
           "traceNumber": digits(10), "paymentDate": when(W).strftime("%Y-%m-%d"), "claims": claims}
    body = ["Remittance advice ready.", f"Payer: Riverside Health Plan\nTrace number: {obj['traceNumber']}\nClaims: 3\n"
            "A JSON rendering of the 835 is attached for posting review.",
            "Meridian Clearinghouse - automated message. Do not reply."]
    return mail(W, "835 available", X("Meridian Clearinghouse", "era@meridianclearinghouse.example.org"),
                [BOX("Cash Posting", "cash.posting")], body, "qp", [json_att("era_835.json", obj)], inbound=True,
                note="Inbound clearinghouse 835 remittance (JSON) with named patients, member ids, CPT lines and payments.")


@sc("billing_claim")
def bill08():
    W = "2026-03-17 10:05"
    p = Pt("Desiree", "Whitmore", "F", "1981-07-19")
    body = [f"Dear Ms. {p.last},",
            f"Thank you for calling about the balance from your gallbladder surgery (laparoscopic cholecystectomy) on "
            f"{mdY(W, -62)}. After your insurance paid, the remaining balance is $2,340.00.",
            "As we discussed, we have set up an interest-free payment plan:",
            T(["", ""], [["Monthly payment", "$195.00"], ["Number of payments", "12"], ["First payment due", mdY(W, 14)],
                         ["Account", f"ending in {digits(4)}"]]),
            "You may also still apply for financial assistance - the application is on our website. If approved, your plan "
            "will be adjusted.",
            "Sincerely,\nSharon Liu\nPatient Financial Services\n(614) 555-0145"]
    return mail(W, "Your payment plan", S("liu"), [(p.name, "dwhitmore@webmail.example.net")], body, "b64",
                note="PFS confirms a payment plan for a named patient's cholecystectomy balance.")


@sc("billing_claim")
def bill09():
    W = "2026-01-20 13:30"
    p = Pt("Rafael", "Quinones", "M", "1986-08-30")
    clm = "WC-" + digits(8)
    txt = f"""RIVERSIDE HEALTH - WORKERS' COMPENSATION BILLING SUMMARY
Carrier claim no.: {clm}          Employer: Millbrook Tool & Die
Injured worker   : {p.LF}         DOB: {p.us}
Date of injury   : {mdY(W, -19)}      Body part: right hand

DOS         CPT     DESCRIPTION                              DX          CHARGE
{mdY(W, -19)}  99284   ED visit, high severity                  S62.614A    1,250.00
{mdY(W, -19)}  73130   X-ray hand, 3+ views                     S62.614A      186.00
{mdY(W, -19)}  29130   Finger splint, static                    S62.614A      142.00
{mdY(W, -12)}  99203   Hand clinic new patient visit            S62.614A      265.00
                                                          TOTAL          1,843.00

Diagnosis: displaced fracture of proximal phalanx of right little finger, initial encounter (S62.614A)
Work status: light duty, no use of right hand until {mdY(W, 9)}
"""
    body = ["Hello Ms. Albrecht,",
            f"Per your request, the itemized billing summary for claim {clm} is attached, with the ED and hand clinic visits. "
            "The UB-04 and CMS-1500 were mailed on the 14th. Please let me know if you need the medical records as well.",
            "Patrick Doyle\nBilling Specialist, Patient Financial Services"]
    return mail(W, f"Claim {clm} - itemized", S("doyle"), [X("Hilde Albrecht", "halbrecht@ohiomutualwc.example.org")], body,
                "plain7", [txt_att("itemized_summary.txt", txt)],
                note="Billing specialist sends a workers' comp carrier a named patient's itemized charges (TXT, CPT, ICD).")


@sc("billing_claim")
def bill10():
    W = "2026-03-30 09:48"
    p = Pt("Noor", "Haidari", "F", "1997-02-09")
    mem = member()
    inn = inner("2026-03-27 18:02", "Claim rejection report", X("Meridian Clearinghouse", "rejections@meridianclearinghouse.example.org"),
                [BOX("Patient Financial Services", "pfs")],
                ["Claim rejection - 277CA",
                 Pre(f"Patient:        {p.LF}\nDOB:            {p.us}\nSubscriber ID:  {mem[:-1]}\nPayer:          Riverside Health Plan\n"
                     f"DOS:            {mdY(W, -10)}\nBilled:         $345.00\nLines:          99203 (new patient visit), 87880 (strep test)\n"
                     "Diagnosis:      J02.0 streptococcal pharyngitis\n\n"
                     "Rejection:      A7:164 - Entity's contract/member id is invalid (member id must be RHP + 9 digits)"),
                 "Correct and resubmit within 5 business days."], "plain7", m365=False)
    body = ["Patrick,", f"Rejection below is a keying error - the member id is missing its last digit. Correct id from the card on file "
            f"is {mem}. Please fix and resubmit today.", "Sharon"]
    return mail(W, "FW: Claim rejection report", S("liu"), [S("doyle")], body, "alt", [fwd_att("Claim rejection report.eml", inn)],
                note="PFS forwards (rfc822) a clearinghouse rejection for a named patient's strep-throat claim and gives her member id.")


# ---------------------------------------------------------------------------------------------------------------
# hl7 (10): ADT/ORU/... with PID
# ---------------------------------------------------------------------------------------------------------------
_PNPI = {}


def pnpi(key):
    """A stable, Luhn-valid NPI for a Riverside provider used inside HL7 segments."""
    if key not in _PNPI:
        _PNPI[key] = npi()
    return _PNPI[key]


def msh(w, typ, ctrl, sending="EPIC", recv="RHAPSODY", rfac="RIVERSIDE"):
    return f"MSH|^~\\&|{sending}|RIVERSIDE|{recv}|{rfac}|{ymd(w, 0, when(w).strftime('%H%M%S'))}||{typ}|{ctrl}|P|2.5.1"


def pid(p, m, street, city, zp, ph, acct=None, s_=""):
    return (f"PID|1||{m}^^^RH^MR||{p.last.upper()}^{p.first.upper()}^^^^^L||{p.hl7dob}|{p.sex}|||{street}^^{city}^OH^{zp}^USA||"
            f"{ph}^PRN^PH|||||{acct or ('HAR' + digits(8))}|{s_}")


@sc("hl7")
def hl7_01():
    W = "2026-01-08 10:22"
    p = Pt("Delphine", "Arceneaux", "F", "1974-06-06")
    m = mrn()
    segs = [msh(W, "ADT^A04^ADT_A01", "MSG" + digits(8), recv="TRACKSYS", rfac="TRACKSYS"), f"EVN|A04|{ymd(W, 0, '101500')}",
            pid(p, m, "2016 Ridgeview Terrace", "Millbrook", "43112", "614-555-0104"),
            f"PV1|1|O|EGFM^EXAM4^^EASTGATE||||{pnpi('LINDQVIST')}^LINDQVIST^REBECCA^^^^MD|||FM||||||||OP|HAR" + digits(8),
            "DG1|1||M54.50^Low back pain, unspecified^I10C||20260108|W"]
    body = ["Hi TrackSys support,",
            "Your inbound interface rejected the registration below with 'AE - PV1-3 invalid location'. We send the location as "
            "department^room^^facility, which matches the spec you sent in December (v2.1, section 4.3). Can you check what "
            "format your side now expects?",
            Pre("\n".join(segs)),
            "Ack we received:\nMSA|AE|" + segs[0].split("|")[9] + "|PV1-3 invalid location",
            "Thanks,\nNikhil Bose\nIntegration Analyst, Riverside Health IS&T"]
    return mail(W, "ADT rejects - PV1-3", S("bose"), [X("TrackSys Support", "support@tracksys.example.org")], body, "plain7",
                note="Interface analyst pastes a rejected ADT^A04 with a named patient's PID (MRN, DOB, address) and a diagnosis.")


@sc("hl7")
def hl7_02():
    W = "2026-01-21 14:30"
    p = Pt("Fernando", "Aguilar", "M", "1963-09-12")
    m = mrn()
    t = ymd(W, -1, "0742")
    segs = [msh(W, "ORU^R01^ORU_R01", "LAB" + digits(9), sending="SUNQUEST", recv="EPIC"),
            pid(p, m, "415 Poplar Avenue", "Millbrook", "43110", "614-555-0112"),
            "PV1|1|O|EGFM^^^EASTGATE",
            f"ORC|RE|ORD{digits(7)}|L{digits(8)}",
            f"OBR|1|ORD{digits(7)}|L{digits(8)}|4548-4^Hemoglobin A1c^LN|||{t}|||||||||{pnpi('LINDQVIST')}^LINDQVIST^REBECCA|||||||{ymd(W, -1, '1315')}||CH|F",
            f"OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||8.6|%|4.0-5.6|H|||F|||{t}",
            f"OBX|2|NM|27353-2^Estimated average glucose^LN||200|mg/dL|||||F|||{t}"]
    body = ["Yvonne,",
            "One of yesterday's A1c results didnt file to the chart - Epic error 'OBR-16 provider not found'. The ordering NPI in "
            "OBR-16 looks fine to me, so I suspect the provider master was updated after the order. Message attached; can you "
            "have someone re-trigger it from Sunquest after I fix the provider record?",
            "Nikhil"]
    return mail(W, "A1c result not filing", S("bose"), [S("pham")], body, "alt",
                [hl7_att("ORU_R01_A1c.hl7", segs, "x-application/hl7-v2+er7")],
                note="Analyst attaches a failed ORU^R01 (x-application/hl7-v2+er7) with a named patient's PID and HbA1c result.")


@sc("hl7")
def hl7_03():
    W = "2026-02-03 09:05"
    p = Pt("Ophelia", "Nakamura", "F", "1938-07-13")
    m = mrn()
    s_ = ssn()
    segs = [msh(W, "ADT^A03^ADT_A03", "MSG" + digits(8), recv="CARELINK", rfac="CARELINKHIE"), f"EVN|A03|{ymd(W, -1, '154000')}",
            pid(p, m, "88 Chestnut Hill Road", "Lakeview", "43120", "614-555-0119", s_=s_),
            f"PV1|1|I|5W^503^A^RMC||||{pnpi('MEHTA')}^MEHTA^ANJALI^^^^MD||||||||||IP|HAR{digits(8)}|||||||||||||||||01|||RMC||||{ymd(W, -6, '2210')}|{ymd(W, -1, '1540')}",
            "DG1|1||J18.9^Pneumonia, unspecified organism^I10C||" + ymd(W, -6) + "|F",
            "DG1|2||N17.9^Acute kidney failure, unspecified^I10C||" + ymd(W, -6) + "|F"]
    body = ["CareLink HIE team,",
            "We're missing ACKs for discharge (A03) messages since Sunday night. Attaching one example that we resent this "
            "morning at 08:40 with no ACK back. Our engine shows the TCP connection open. Could you check your inbound queue?",
            "Nikhil Bose\nIntegration Analyst, Riverside Health IS&T\n(614) 555-0161"]
    return mail(W, "No ACKs for A03 since Sunday", S("bose"), [X("CareLink HIE Support", "support@carelinkhie.example.org")],
                body, "qp", [hl7_att("ADT_A03_example.hl7", segs, "text/plain")],
                note="Analyst sends the HIE an ADT^A03 (text/plain .hl7) with a named patient's PID including SSN, and diagnoses.")


@sc("hl7")
def hl7_04():
    W = "2026-02-12 22:18"
    p = Pt("Bartholomew", "Osei-Mensah", "M", "1991-10-22")
    m = mrn()
    segs = [msh(W, "ORM^O01^ORM_O01", "ORD" + digits(8), recv="FUJIRIS", rfac="RADIOLOGY"),
            pid(p, m, "9 Bluebird Lane", "Millbrook", "43112", "614-555-0127"),
            f"PV1|1|E|ED^T12^^RMC||||{pnpi('BELL')}^BELL^MARCUS^^^^MD",
            f"ORC|NW|ORD{digits(7)}|||||^^^{ymd(W, 0, '2205')}^^S",
            f"OBR|1|ORD{digits(7)}||CTHEADWO^CT HEAD WITHOUT CONTRAST^RADPROC|||{ymd(W, 0, '2205')}||||||Fall from ladder, GCS 14, on apixaban|||{pnpi('BELL')}^BELL^MARCUS||||||||CT|||^^^^^S",
            "DG1|1||S06.0X1A^Concussion with loss of consciousness of 30 minutes or less, initial encounter^I10C"]
    body = ["Service desk - urgent, ED order not crossing to RIS.",
            "Stat CT head for the patient below was signed at 22:05 and has not appeared on the CT worklist. Rhapsody shows the "
            "message errored with 'OBR-4 procedure code not mapped'. Pasting the message; the tech is doing the scan on a "
            "downtime requisition for now.",
            Pre("\n".join(segs)),
            "Please page the on-call integration analyst.",
            "Kendra Lowe, RN\nED Charge Nurse"]
    return mail(W, "URGENT ED order not crossing", ("Kendra Lowe, RN", f"kendra.lowe@{DOM}"), [BOX("IS&T Service Desk", "servicedesk")],
                body, "b64", importance="High",
                note="ED charge nurse pastes an ORM^O01 with a named patient's PID, CT head order reason and concussion code.")


@sc("hl7")
def hl7_05():
    W = "2026-02-20 11:45"
    p = Pt("Constance", "Whitford", "F", "1957-01-27")
    m = mrn()
    start = ymd(W, 6, "0940")
    segs = [msh(W, "SIU^S12^SIU_S12", "SCH" + digits(8), recv="ECHOVUE", rfac="CARDIO"),
            f"SCH|APT{digits(7)}||||||ECHO^Transthoracic echo^L|TTE|45|MIN|^^45^{start}^{ymd(W, 6, '1025')}",
            pid(p, m, "3301 Hawthorn Boulevard", "Millbrook", "43110", "614-555-0133"),
            "PV1|1|O|HVI^ECHO2^^RMC",
            "RGS|1|A",
            "AIS|1|A|93306^TTE complete with Doppler^CPT|" + start + "|||45|MIN",
            f"AIP|1|A|{pnpi('OKAFOR')}^OKAFOR^THOMAS^^^^MD|ATT",
            "NTE|1||Indication: dyspnea on exertion, murmur; prior EF 45% (2024)"]
    body = ["EchoVue team,",
            "Scheduled appointments are arriving in EchoVue without the AIS segment procedure, so techs see a blank exam type. "
            "Example SIU^S12 attached from this morning. Our spec puts the CPT in AIS-3 - does your parser read AIS or only SCH-7?",
            "Thanks,\nNikhil"]
    return mail(W, "SIU missing exam type", S("bose"), [X("EchoVue Interfaces", "interfaces@echovue.example.org")], body, "html",
                [hl7_att("SIU_S12_sample.hl7", segs, "x-application/hl7-v2+er7")],
                note="Analyst sends an echo vendor an SIU^S12 (HL7 attachment) with a named patient's PID and echo appointment.")


@sc("hl7")
def hl7_06():
    W = "2026-03-03 08:55"
    p = Pt("Evangeline", "Moreau", "F", "1949-04-16")
    keep, old = mrn(), mrn()
    segs = [msh(W, "ADT^A40^ADT_A39", "MRG" + digits(8), recv="ALLSYSTEMS"), f"EVN|A40|{ymd(W, 0, '084500')}",
            pid(p, keep, "27 Magnolia Court", "Millbrook", "43112", "614-555-0141"),
            f"MRG|{old}^^^RH^MR",
            "PV1|1|N"]
    body = ["Janelle,",
            f"HIM merge for the duplicate record on {p.name} went out at 08:45 (A40 attached). Surviving MRN {keep}, retired "
            f"{old}. The retired record had her {md(W, -30)} mammogram and the cardiology visit - please confirm both show on "
            "the surviving chart in PACS and the cardiology system before I close the ticket.",
            "Nikhil"]
    return mail(W, "Merge sent", S("bose"), [S("ruiz")], body, "plain7", [hl7_att("ADT_A40_merge.hl7", segs, "text/plain")],
                note="Analyst confirms an ADT^A40 merge of two MRNs for a named patient and mentions her mammogram and cardiology visit.")


@sc("hl7")
def hl7_07():
    W = "2026-03-09 06:40"
    p = Pt("Jonah", "Castellano", "M", "1980-11-04")
    m = mrn()
    t = ymd(W, -2, "2310")
    segs = [msh(W, "ORU^R01^ORU_R01", "MIC" + digits(8), sending="MICROLAB", recv="EPIC"),
            pid(p, m, "1202 Ironwood Street", "Millbrook", "43110", "614-555-0148"),
            "PV1|1|I|ICU^12^^RMC",
            f"OBR|1|ORD{digits(7)}|M{digits(8)}|600-7^Bacteria identified in Blood by Culture^LN|||{t}|||||||||{pnpi('HADDAD')}^HADDAD^NADIA||||||{ymd(W, 0, '0610')}||MB|P",
            "OBX|1|TX|664-3^Gram stain^LN||Gram positive cocci in clusters seen in 2 of 2 aerobic bottles||||||P",
            "OBX|2|ST|600-7^Organism^LN||Staphylococcus aureus (identification by MALDI-TOF)||||||P",
            "OBX|3|ST|MECA^mecA/MREJ PCR^L||DETECTED (MRSA)||||||P",
            "NTE|1||Critical result called to RN T. Wozniak 06:12, read back"]
    body = ["Nikhil,",
            "This preliminary blood culture result filed twice in the chart overnight - the second copy has status P but a "
            "different filler order number in OBR-3. Pasting it below. The ID team is worried the duplicate will trigger two "
            "sets of alerts.",
            Pre("\n".join(segs)),
            "Raj Patel\nMicrobiology"]
    return mail(W, "duplicate micro result", S("patel"), [S("bose")], body, "qp",
                note="Microbiology pastes a duplicated ORU^R01 with a named ICU patient's PID and MRSA blood culture.")


@sc("hl7")
def hl7_08():
    W = "2026-03-16 13:20"
    p = Pt("Philippa", "Sorensen-Hale", "F", "1968-08-21")
    m = mrn()
    segs = [msh(W, "MDM^T02^MDM_T02", "TRN" + digits(8), sending="SCRIBEWAVE", recv="EPIC"), f"EVN|T02|{ymd(W, 0, '125000')}",
            pid(p, m, "64 Sparrow Hill Road", "Millbrook", "43112", "614-555-0155"),
            "PV1|1|O|GENSURG^^^RMC",
            f"TXA|1|OP^Operative note|TX|{ymd(W, -1, '1610')}|{pnpi('WHITCOMB')}^WHITCOMB^DAVID^^^^MD||||||DOC{digits(7)}||||||AU",
            "OBX|1|TX|11504-8^Surgical operation note^LN||PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis (K80.20).||||||F",
            "OBX|2|TX|11504-8^Surgical operation note^LN||PROCEDURE: Laparoscopic cholecystectomy.||||||F",
            "OBX|3|TX|11504-8^Surgical operation note^LN||FINDINGS: Distended gallbladder with multiple stones, no acute inflammation.||||||F",
            "OBX|4|TX|11504-8^Surgical operation note^LN||EBL 10 mL. No complications. Discharged same day.||||||F"]
    body = ["Hi ScribeWave support,",
            "Your MDM^T02 messages are arriving with TXA-12 (unique document number) populated but TXA-17 (document status) set "
            "to 'AU', so Epic files them as unsigned. Sample attached. Surgeons sign in your portal before release, so we expect "
            "'LA'. Can you confirm the mapping?",
            "Nikhil Bose\nRiverside Health IS&T"]
    return mail(W, "TXA-17 status on op notes", S("bose"), [X("ScribeWave Support", "support@scribewave.example.org")], body, "b64",
                [hl7_att("MDM_T02_sample.hl7", segs, "x-application/hl7-v2+er7")],
                note="Analyst sends a transcription vendor an MDM^T02 with a named patient's PID and operative note text.")


@sc("hl7")
def hl7_09():
    W = "2026-02-09 07:25"
    p = Pt("Wren", "Halvorsen", "F", "2024-01-14")
    m = mrn()
    segs = ["MSH|^~\\&|OHIMMREG|OHDOH|EPIC|RIVERSIDE|" + ymd(W, 0, "070112") + "||RSP^K11^RSP_K11|Q" + digits(8) + "|P|2.5.1",
            "MSA|AA|QRY" + digits(8),
            "QAK|QRY" + digits(8) + "|OK|Z34^Request Immunization History^CDCPHINVS",
            f"PID|1||{m}^^^RH^MR~IR{digits(7)}^^^OHIMMREG^SR||{p.last.upper()}^{p.first.upper()}^^^^^L|LUND^MAREN^^^^^M|{p.hl7dob}|F",
            "RXA|0|1|20240314||20^DTaP^CVX|0.5|mL",
            "RXA|0|1|20240514||20^DTaP^CVX|0.5|mL",
            "RXA|0|1|20250115||03^MMR^CVX|0.5|mL",
            "RXA|0|1|20250115||21^Varicella^CVX|0.5|mL"]
    inn = inner("2026-02-09 07:02", "Interface alert: RSP parse error", ("Rhapsody Alerts", f"rhapsody-alerts@{DOM}"),
                [BOX("Integration Team", "integration.team")],
                ["Route: OHIMMREG_RSP_IN  Severity: Error",
                 "Error: PID-3 repetition 2 uses assigning authority OHIMMREG not in lookup table.",
                 "Message:", Pre("\n".join(segs))], "plain7", m365=False)
    body = ["Camila / Children's Clinic -",
            f"Heads up: the registry query for {p.name} errored this morning (alert forwarded). Her history from the registry is "
            "in the message - DTaP x2, MMR and varicella - if you need it for today's 2-year visit while we fix the lookup table.",
            "Nikhil"]
    return mail(W, "FW: Interface alert: RSP parse error", S("bose"), [S("restrepo")], body, "html",
                [fwd_att("Interface alert RSP parse error.eml", inn)],
                note="Analyst forwards (rfc822) an engine alert whose RSP^K11 carries a named toddler's PID and immunization history.")


@sc("hl7")
def hl7_10():
    W = "2026-03-25 10:10"
    p = Pt("Cornelius", "Van Dyke", "M", "1952-12-28")
    m = mrn()
    segs = [msh(W, "DFT^P03^DFT_P03", "CHG" + digits(8), sending="CUPID", recv="EPICPB"), f"EVN|P03|{ymd(W, -1, '161000')}",
            pid(p, m, "710 Sutton Place", "Millbrook", "43110", "614-555-0168"),
            "PV1|1|O|CATH^LAB2^^RMC",
            f"FT1|1|||{ymd(W, -1, '1400')}||CG|93458^Left heart cath with coronary angiography^CPT|||1||||||||||||{pnpi('OKAFOR')}^OKAFOR^THOMAS",
            f"FT1|2|||{ymd(W, -1, '1400')}||CG|92928^PCI with stent, single vessel^CPT|||1|||||||||RC|{pnpi('OKAFOR')}^OKAFOR^THOMAS",
            "DG1|1||I25.110^Atherosclerotic heart disease of native coronary artery with unstable angina pectoris^I10C"]
    body = ["Denise,",
            "The cath lab charge interface sent the DFT below with the RC modifier in FT1-20 instead of FT1-26, so the 92928 "
            "dropped without its modifier. Attaching the message; can you hold the claim while we correct the mapping?",
            "Nikhil"]
    return mail(W, "cath charges - modifier", S("bose"), [S("whitaker")], body, "alt",
                [hl7_att("DFT_P03_cath.hl7", segs, "x-application/hl7-v2+er7")],
                note="Analyst attaches a DFT^P03 with a named patient's PID, cath/PCI CPT charges and diagnosis.")


# ---------------------------------------------------------------------------------------------------------------
# ccda (10): C-CDA-like documents with a <patient>
# ---------------------------------------------------------------------------------------------------------------
PROB = "11450-4"
MEDS = "10160-0"
ALLG = "48765-2"
RES = "30954-2"
PLAN = "18776-5"
HPI = "10164-2"
ASMT = "51848-0"


@sc("ccda")
def ccda01():
    W = "2026-01-12 06:05"
    p = Pt("Rosemary", "Tolliver", "F", "1950-11-02")
    doc = ccda_doc("Continuity of Care Document", "34133-9", p, "MFP" + digits(6), ("Elliot", "Hollis", "MD"), "Millbrook Family Practice", W,
                   [("Problems", PROB, ["Problem", "ICD-10-CM", "Status"],
                     [["Type 2 diabetes mellitus without complications", "E11.9", "Active"],
                      ["Chronic obstructive pulmonary disease", "J44.9", "Active"], ["Osteoporosis", "M81.0", "Active"]]),
                    ("Medications", MEDS, ["Medication", "Sig"],
                     [["metformin 500 mg tablet", "1 tablet twice daily"], ["tiotropium 18 mcg inhaler", "1 inhalation daily"],
                      ["alendronate 70 mg tablet", "1 tablet weekly"]]),
                    ("Allergies", ALLG, ["Substance", "Reaction"], [["Penicillin", "Hives"]]),
                    ("Results", RES, ["Test", "Value", "Date"], [["Hemoglobin A1c", "7.2 %", mdY(W, -40)], ["eGFR", "61 mL/min/1.73m2", mdY(W, -40)]])],
                   addr=("52 Aspen Way", "Millbrook", "OH", "43112"), aa=("2.16.840.1.113883.3.7711.1", "Millbrook Family Practice"))
    body = ["CareLink HIE document delivery",
            "A Continuity of Care Document has been delivered to your organization for a patient with an upcoming appointment. "
            "The document is attached in C-CDA R2.1 format.",
            "Source: Millbrook Family Practice\nDocument type: Continuity of Care Document (34133-9)",
            "CareLink Health Information Exchange | support@carelinkhie.example.org"]
    return mail(W, "Document delivery", X("CareLink HIE", "delivery@carelinkhie.example.org"), [BOX("Eastgate Family Medicine", "eastgate.fm")],
                body, "plain7", [xml_att("CCD.xml", doc, "text/xml")], inbound=True,
                note="Inbound HIE delivers a C-CDA CCD with a named patient's problems, medications, allergies and results.")


@sc("ccda")
def ccda02():
    W = "2026-01-29 11:25"
    p = Pt("Emmanuel", "Adu-Brooks", "M", "1978-03-05")
    doc = ccda_doc("Referral Note", "57133-1", p, mrn(), ("Rebecca", "Lindqvist", "MD"), "Riverside Health", W,
                   [("Reason for Referral", "42349-1", "Chronic right shoulder pain with weakness; MRI shows full-thickness "
                     "supraspinatus tear. Please evaluate for repair."),
                    ("Problems", PROB, ["Problem", "ICD-10-CM"], [["Complete rotator cuff tear, right shoulder, nontraumatic", "M75.121"],
                                                                  ["Essential hypertension", "I10"]]),
                    ("Medications", MEDS, ["Medication", "Sig"], [["lisinopril 10 mg", "daily"], ["naproxen 500 mg", "twice daily as needed"]]),
                    ("Allergies", ALLG, ["Substance", "Reaction"], [["No known drug allergies", ""]])],
                   addr=("400 Quarry Lane", "Millbrook", "OH", "43110"))
    body = ["Dear Dr. Sandberg,",
            f"As we discussed by phone, attached is the referral note (C-CDA) for {p.name}, who has a full-thickness rotator cuff "
            "tear on MRI. He is a roofer and would like to discuss repair soon.",
            "Daniela Lopez\nReferral Coordinator for Rebecca Lindqvist, MD"]
    return mail(W, "Referral note", S("lopez"), [X("Erik Sandberg, MD", "esandberg@lakesideortho.example.org")], body, "qp",
                [xml_att("ReferralNote.xml", doc)],
                note="Referral coordinator sends an outside orthopaedist a C-CDA referral note for a named patient (rotator cuff tear).")


@sc("ccda")
def ccda03():
    W = "2026-02-09 15:12"
    p = Pt("Beatrice", "Kowalewski", "F", "1936-05-21")
    doc = ccda_doc("Discharge Summary", "18842-5", p, mrn(), ("Anjali", "Mehta", "MD"), "Riverside Medical Center", W,
                   [("Hospital Course", "8648-8", "Admitted with urosepsis due to E. coli; treated with ceftriaxone then oral "
                     "cefalexin. Delirium resolved by day 3. Ambulating with walker."),
                    ("Discharge Diagnosis", "11535-2", ["Diagnosis", "ICD-10-CM"], [["Sepsis due to Escherichia coli", "A41.51"],
                                                                                    ["Acute cystitis", "N30.00"], ["Delirium due to known physiological condition", "F05"]]),
                    ("Discharge Medications", "10183-2", ["Medication", "Sig"], [["cefalexin 500 mg", "every 6 hours x 5 more days"],
                                                                                 ["amlodipine 5 mg", "daily"]]),
                    ("Plan of Treatment", PLAN, "Skilled nursing facility for PT/OT. Repeat BMP in 1 week.")],
                   addr=("18 Willow Court", "Millbrook", "OH", "43110"))
    body = ["Maple Grove admissions,", f"Discharge summary (C-CDA) for {p.name}, transferring to you this afternoon, is attached. "
            "Paper copy travels with her.", "Janelle Ruiz, RHIA\nHealth Information Management"]
    return mail(W, "Discharge summary - today's transfer", S("ruiz"), [X("Maple Grove Admissions", "admissions@maplegrovecare.example.org")],
                body, "b64", [xml_att("DischargeSummary.xml", doc)], label=PHI("confidential-phi"),
                note="HIM sends a SNF a C-CDA discharge summary for a named patient (urosepsis, A41.51) with the PHI label.")


@sc("ccda")
def ccda04():
    W = "2026-02-18 10:02"
    p = Pt("Thaddeus", "Merriweather", "M", "1944-09-09")
    m = mrn()
    snippet = (f'<recordTarget>\n  <patientRole>\n    <id root="2.16.840.1.113883.3.9913.2.1" extension="{m}"/>\n'
               f'    <patient>\n      <name><given>{p.first}</given><family>{p.last}</family></name>\n'
               f'      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>\n'
               f'      <birthTime value="{p.hl7dob}"/>\n    </patient>\n  </patientRole>\n</recordTarget>\n...\n'
               '<observation classCode="OBS" moodCode="EVN">\n  <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>\n'
               '  <value xsi:type="CD" code="I48.20" codeSystem="2.16.840.1.113883.6.90" displayName="Chronic atrial fibrillation, unspecified"/>\n'
               '</observation>')
    body = ["Hi Nikhil,",
            "The state HIE validator rejected this morning's outbound CCD for the patient below with 'SHALL contain exactly one "
            "[1..1] value with @xsi:type=CD and @codeSystem=SNOMED CT'. It looks like our problem entries put ICD-10-CM in "
            "value. Relevant part of the document:",
            Pre(snippet),
            "Can we map value to SNOMED (49436004 for AF) and move ICD-10 to a translation element?",
            "Thanks,\nMegan Park-Kim\nInteroperability Analyst"]
    return mail(W, "CCD validation error", ("Megan Park-Kim", f"megan.parkkim@{DOM}"), [S("bose")], body, "html",
                note="Analyst pastes a C-CDA fragment with a named patient's recordTarget (MRN, DOB) and atrial fibrillation problem.")


@sc("ccda")
def ccda05():
    W = "2026-03-02 16:40"
    p = Pt("Naledi", "Khumalo", "F", "1986-12-17")
    doc = ccda_doc("Continuity of Care Document", "34133-9", p, mrn(), ("Rebecca", "Lindqvist", "MD"), "Riverside Health", W,
                   [("Problems", PROB, ["Problem", "ICD-10-CM", "Status"], [["Hypothyroidism", "E03.9", "Active"],
                                                                            ["Migraine without aura", "G43.009", "Active"]]),
                    ("Medications", MEDS, ["Medication", "Sig"], [["levothyroxine 75 mcg", "daily"], ["rizatriptan 10 mg", "as needed"]]),
                    ("Immunizations", "11369-6", ["Vaccine", "Date"], [["Influenza", mdY(W, -150)], ["Tdap", "2021-06-14"]]),
                    ("Results", RES, ["Test", "Value", "Date"], [["TSH", "2.4 mIU/L", mdY(W, -60)]])],
                   addr=("1731 Harbor View Drive", "Lakeview", "OH", "43120"))
    body = [f"Dear Ms. {p.last},",
            "As requested on your release-of-information form, a copy of your health summary is attached as a Continuity of Care "
            "Document (XML). Most patient apps can import this file; it can also be opened in a web browser.",
            "If you need the full chart or imaging, please complete the additional request form on our website.",
            "Janelle Ruiz, RHIA\nHealth Information Management\n(614) 555-0102"]
    return mail(W, "Your requested records", S("ruiz"), [(p.name, "naledi.khumalo@inbox.example.net")], body, "alt",
                [xml_att("HealthSummary_CCD.xml", doc)],
                note="HIM sends a named patient her own C-CDA health summary (problems, medications, TSH) on request.")


@sc("ccda")
def ccda06():
    W = "2026-03-06 12:15"
    p = Pt("Gideon", "Albrecht-Yoon", "M", "1970-07-07")
    sections = [("History of Present Illness", HPI, "Referred for progressive exertional dyspnea. Echo shows severe aortic "
                 "stenosis, valve area 0.8 cm2, mean gradient 46 mmHg, EF 55%."),
                ("Assessment", ASMT, ["Problem", "ICD-10-CM"], [["Nonrheumatic aortic (valve) stenosis", "I35.0"],
                                                               ["Hyperlipidemia", "E78.5"]]),
                ("Plan of Treatment", PLAN, "Refer to structural heart team for TAVR versus surgical AVR evaluation. CT TAVR protocol ordered.")]
    doc = ccda_doc("Consultation Note", "11488-4", p, mrn(), ("Thomas", "Okafor", "MD"), "Riverside Heart & Vascular", W, sections,
                   addr=("9 Lantern Street", "Millbrook", "OH", "43110"))
    html = (f"<html><head><meta charset=\"utf-8\"><title>Consultation Note</title></head><body>\r\n<h2>Consultation Note</h2>\r\n"
            f"<p><b>Patient:</b> {esc(p.name)} &nbsp; <b>DOB:</b> {p.us} &nbsp; <b>Author:</b> Thomas Okafor, MD</p>\r\n"
            "<h3>History of Present Illness</h3><p>Referred for progressive exertional dyspnea. Echo shows severe aortic stenosis, "
            "valve area 0.8 cm2, mean gradient 46 mmHg, EF 55%.</p>\r\n<h3>Assessment</h3><ul><li>Nonrheumatic aortic (valve) "
            "stenosis (I35.0)</li><li>Hyperlipidemia (E78.5)</li></ul>\r\n<h3>Plan</h3><p>Refer to structural heart team for TAVR "
            "versus surgical AVR evaluation. CT TAVR protocol ordered.</p>\r\n</body></html>\r\n")
    body = ["Dr. Hollis,", f"Thank you for sending {p.name}. My consultation note is attached both as a C-CDA and as a readable HTML "
            "copy. He has severe aortic stenosis; I've referred him to the structural heart team.", "Thomas Okafor, MD\nCardiology"]
    return mail(W, "Consultation note", S("okafor"), [X("Elliot Hollis, MD", "ehollis@millbrookfp.example.org")], body, "html",
                [xml_att("ConsultationNote.xml", doc), html_att("ConsultationNote.html", html)],
                note="Cardiologist sends an outside PCP a C-CDA consultation note plus its HTML rendering (named patient, aortic stenosis).")


@sc("ccda")
def ccda07():
    W = "2026-03-19 09:40"
    p = Pt("Loretta", "Bigelow", "F", "1945-02-14")
    doc = ccda_doc("Care Plan", "52521-2", p, mrn(), ("Beth", "Anderson", "RN"), "Riverside Health", W,
                   [("Health Concerns", "75310-3", ["Concern", "ICD-10-CM"], [["Heart failure with reduced ejection fraction", "I50.22"],
                                                                               ["History of falling", "Z91.81"]]),
                    ("Goals", "61146-7", "Daily weights, weight gain less than 3 lb/day; walk 10 minutes twice daily."),
                    ("Interventions", "62387-6", ["Intervention", "Frequency"], [["Home health RN visit", "2x/week x 4 weeks"],
                                                                                ["Home PT", "3x/week x 3 weeks"],
                                                                                ["Medication teaching (sacubitril/valsartan, furosemide)", "each visit"]])],
                   addr=("305 Cobblestone Road", "Millbrook", "OH", "43112"))
    body = ["Good morning Heartland Home Health,",
            f"Attached is the care plan document for {p.name}, discharged yesterday after a heart failure admission. Start of care "
            "is requested for tomorrow. Her daughter will be at the house after 10.",
            "Beth Anderson, RN, CCM\nCase Management"]
    return mail(W, "Care plan - SOC tomorrow", S("anderson"), [X("Heartland Home Health Intake", "intake@heartlandhh.example.org")],
                body, "plain7", [xml_att("CarePlan.xml", doc)],
                note="Case manager sends home health a C-CDA care plan for a named heart-failure patient.")


@sc("ccda")
def ccda08():
    W = "2026-02-27 14:05"
    p = Pt("Soren", "Lindahl", "M", "1983-05-09")
    doc = ccda_doc("Progress Note", "11506-3", p, "CV" + digits(6), ("Renee", "Castillo", "OD"), "Clearview Optometry", "2026-02-24 15:00",
                   [("Assessment", ASMT, ["Problem", "ICD-10-CM"], [["Keratoconus, stable, bilateral", "H18.613"]]),
                    ("Plan of Treatment", PLAN, "Refer to cornea specialist for corneal cross-linking evaluation. Scleral lens fitting.")],
                   addr=("2 Pinecrest Avenue", "Millbrook", "OH", "43110"), aa=("2.16.840.1.113883.3.8820.1", "Clearview Optometry"))
    inn = inner("2026-02-26 10:30", "Records for referral", X("Clearview Optometry", "office@clearviewoptometry.example.org"),
                [BOX("Ophthalmology Referrals", "eye.referrals")],
                ["Attached is the progress note for our mutual patient, referred for cornea evaluation.",
                 "Clearview Optometry"], "plain7", atts=[xml_att("ProgressNote.xml", doc)], m365=False)
    body = ["Dr. Vance,", f"Forwarding the outside records for {p.name} (keratoconus, cross-linking evaluation) - he's on your "
            "schedule for the 12th. The C-CDA is inside the forwarded message.", "Referral desk, Eye Center"]
    return mail(W, "FW: Records for referral", BOX("Eye Center Referrals", "eye.referrals"), [("Hollis Vance, MD", f"hollis.vance@{DOM}")],
                body, "qp", [fwd_att("Records for referral.eml", inn)],
                note="Referral desk forwards (rfc822) an optometrist's message carrying a C-CDA progress note for a named patient.")


@sc("ccda")
def ccda09():
    W = "2026-03-24 15:50"
    p = Pt("Marisa", "Delacroix-Hunt", "F", "1962-10-31")
    snippet = (f'<patient>\n  <name use="L"><given>{p.first}</given><family>{p.last}</family></name>\n'
               f'  <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>\n  <birthTime value="{p.hl7dob}"/>\n</patient>\n'
               '...\n<section>\n  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1"/>\n  <title>Medications</title>\n'
               '  <text><list><item>tamoxifen 20 mg daily</item><item>venlafaxine ER 37.5 mg daily</item></list></text>\n</section>\n'
               '...\n<section>\n  <code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/>\n  <title>Problems</title>\n'
               '  <text>Malignant neoplasm of upper-outer quadrant of left female breast, estrogen receptor positive (C50.412, Z17.0)</text>\n</section>')
    body = ["Hi VendorCare support (case 00418852),",
            "The oncology C-CDA your portal generated for the patient below is missing the medication entries - only the narrative "
            "text is present, so the receiving hospital can't reconcile tamoxifen. Excerpt:",
            Pre(snippet),
            "Can you confirm whether coded entries are disabled in our template?",
            "Nikhil Bose\nRiverside Health IS&T"]
    return mail(W, "Case 00418852 - C-CDA missing med entries", S("bose"), [X("VendorCare Support", "support@vendorcare.example.org")],
                body, "b64", note="Analyst pastes a C-CDA excerpt with a named patient's breast cancer problem and medications to a vendor.")


@sc("ccda")
def ccda10():
    W = "2026-01-16 13:35"
    p = Pt("Ezekiel", "Hawthorne", "M", "1958-06-25")
    m = mrn()
    doc = ccda_doc("Progress Note", "11506-3", p, m, ("Samuel", "Osei", "MD"), "Riverside Nephrology", W,
                   [("Assessment", ASMT, ["Problem", "ICD-10-CM"], [["Chronic kidney disease, stage 4", "N18.4"],
                                                                  ["Type 2 diabetes with diabetic CKD", "E11.22"],
                                                                  ["Anemia in CKD", "D63.1"]]),
                    ("Results", RES, ["Test", "Value"], [["Creatinine", "3.4 mg/dL"], ["eGFR", "19 mL/min/1.73m2"],
                                                         ["Hemoglobin", "9.6 g/dL"], ["Potassium", "5.2 mmol/L"]]),
                    ("Plan of Treatment", PLAN, "Refer for AV fistula mapping. Transplant evaluation referral. Start darbepoetin.")],
                   addr=("4417 Old Mill Road", "Millbrook", "OH", "43112"))
    pdf = pdf_att("ProgressNote.pdf", [("h", "Riverside Nephrology - Progress Note"), "",
                                        f"Patient: {p.name}   DOB: {p.us}   MRN: {m}   Date: {mdY(W)}", "",
                                        ("b", "Assessment"), "Chronic kidney disease, stage 4 (N18.4); type 2 diabetes with diabetic CKD (E11.22); anemia in CKD (D63.1).",
                                        "", ("b", "Results"), "Creatinine 3.4 mg/dL; eGFR 19; hemoglobin 9.6 g/dL; potassium 5.2 mmol/L.", "",
                                        ("b", "Plan"), "Refer for AV fistula mapping and transplant evaluation. Start darbepoetin.", "",
                                        "Samuel Osei, MD"], flate=True)
    body = ["Dr. Bhattacharya,", f"Progress note for our shared patient {p.name} attached as C-CDA and PDF. eGFR is now 19, so I've "
            "started the fistula and transplant referrals. Happy to talk about timing.", "Samuel Osei, MD\nNephrology"]
    return mail(W, "Progress note - shared patient", S("osei"), [X("Arjun Bhattacharya, MD", "abhattacharya@transplantcenter.example.org")],
                body, "alt", [xml_att("ProgressNote.xml", doc), pdf],
                note="Nephrologist sends a transplant center a C-CDA progress note plus FlateDecode PDF (named patient, CKD stage 4).")


# ---------------------------------------------------------------------------------------------------------------
# imaging (10)
# ---------------------------------------------------------------------------------------------------------------
@sc("imaging")
def img01():
    W = "2026-01-09 03:22"
    p = Pt("Vivian", "Reedley", "F", "1966-08-01")
    body = ["Dr. Bell,",
            f"Prelim on the ED chest film for {p.name}, {p.age(W)}F, ED bed 9:",
            Pre("CHEST, 2 VIEWS\nFINDINGS: Right lower lobe airspace consolidation with air bronchograms. No effusion or\n"
                "pneumothorax. Heart size normal. Incidental 8 mm nodule in the left upper lobe, new since 2022.\n"
                "IMPRESSION:\n1. Right lower lobe pneumonia.\n2. 8 mm LUL nodule - recommend CT chest in 3 months after\n"
                "   treatment of pneumonia (Fleischner, high-risk patient)."),
            "Final to follow in the morning. Please make sure the nodule follow-up gets into her discharge paperwork.",
            "Daniel Abramowitz, MD\nRadiology (overnight)"]
    return mail(W, "prelim CXR bed 9", S("abramowitz"), [S("bell")], body, "plain7",
                note="Overnight radiologist e-mails a named ED patient's chest X-ray prelim (pneumonia, incidental nodule).")


@sc("imaging")
def img02():
    W = "2026-01-23 16:02"
    p = Pt("Desmond", "Okereke", "M", "1961-03-13")
    m = mrn()
    pdf = pdf_att("CT_AP_report.pdf", [("h", "Riverside Imaging - Radiology Report"), "",
                                       f"Patient: {p.LF}   MRN: {m}   DOB: {p.us}", f"Exam: CT abdomen and pelvis with IV contrast   Date: {mdY(W, -1)}",
                                       "Indication: right flank pain, microscopic hematuria", "", ("b", "FINDINGS"),
                                       "Kidneys: 3.1 x 2.8 cm enhancing solid mass, interpolar right kidney, enhancing from 28 to 112 HU. No renal "
                                       "vein invasion. No hydronephrosis. Left kidney normal.",
                                       "Liver, pancreas, spleen, adrenals: unremarkable. No lymphadenopathy. No ascites.", "", ("b", "IMPRESSION"),
                                       "3.1 cm enhancing right renal mass, highly suspicious for renal cell carcinoma (Bosniak not applicable - solid).",
                                       "Urology referral recommended.", "", "Dictated by: Daniel Abramowitz, MD"], flate=True)
    body = ["Dr. Castro,", f"Sending you the CT on {p.name} - 3.1 cm solid enhancing right renal mass, suspicious for RCC. His PCP "
            "is aware and has placed the urology referral; he'd like to be seen soon because he is anxious.",
            "Report attached.", "Daniel Abramowitz, MD\nRadiology"]
    return mail(W, "CT - renal mass", S("abramowitz"), [("Miguel Castro, MD", f"miguel.castro@{DOM}")], body, "alt", [pdf],
                note="Radiologist sends urology a named patient's CT report of a suspicious renal mass (FlateDecode PDF, MRN).")


@sc("imaging")
def img03():
    W = "2026-02-05 10:30"
    p = Pt("Abigail", "Thorsen", "F", "1979-04-18")
    body = [f"Dear Ms. {p.last},",
            f"Thank you for having your diagnostic mammogram and ultrasound at Riverside Breast Imaging on {mdY(W, -2)}.",
            "Your result: BI-RADS 3 - Probably benign.",
            "We found a small, smooth, oval area (6 mm) in the left breast that is very likely benign (a fibroadenoma). To be safe, "
            f"we recommend a follow-up ultrasound of the left breast in 6 months, around {mdY(W, 182)}.",
            "A copy of this result has been sent to your provider, Kirsten Sorensen, CNM. Please call (614) 555-0170 to "
            "schedule your follow-up.",
            "Riverside Breast Imaging"]
    return mail(W, "Your breast imaging results", BOX("Riverside Breast Imaging", "breast.imaging"),
                [(p.name, "abby.thorsen@webmail.example.net")], body, "html",
                note="Breast imaging e-mails a named patient her BI-RADS 3 result and 6-month follow-up recommendation.")


@sc("imaging")
def img04():
    W = "2026-02-16 08:50"
    p = Pt("Noemi", "Vargas-Lind", "F", "1990-09-26")
    pdf = pdf_att("MRI_brain_report.pdf", [("h", "Lakeshore Imaging Center"), "MRI BRAIN WITH AND WITHOUT CONTRAST", "",
                                          f"Patient: {p.name}    DOB: {p.us}    Exam date: {mdY(W, -3)}",
                                          "Referring: Lena Hoffmann, NP (Riverside Neurology)", "Clinical: 2 weeks of left eye pain and blurred vision",
                                          "", ("b", "FINDINGS"),
                                          "Multiple ovoid T2/FLAIR hyperintense lesions perpendicular to the lateral ventricles (Dawson fingers), "
                                          "juxtacortical lesion in the right frontal lobe, and an infratentorial lesion in the left middle cerebellar "
                                          "peduncle. Two lesions enhance. Left optic nerve T2 hyperintensity with enhancement.", "",
                                          ("b", "IMPRESSION"),
                                          "Findings meet the 2017 McDonald criteria for dissemination in space and time; consistent with multiple "
                                          "sclerosis. Left optic neuritis.", "", "Read by: Harold Ng, MD, Neuroradiology"])
    body = ["Riverside Neurology,", f"Please find the MRI brain report for your patient {p.name} attached. The radiologist "
            "telephoned the preliminary result to Ms. Hoffmann on Friday.", "Lakeshore Imaging Center - Reports Desk\n(614) 555-0178"]
    return mail(W, "Report - MRI brain", X("Lakeshore Imaging Reports", "reports@lakeshoreimaging.example.org"),
                [BOX("Riverside Neurology", "neurology")], body, "qp", [pdf], inbound=True,
                note="Inbound imaging center sends a named patient's MRI brain report consistent with multiple sclerosis (PDF).")


@sc("imaging")
def img05():
    W = "2026-02-24 14:18"
    p = Pt("Franklin", "Aberdeen", "M", "1972-01-30")
    vt = ("Mireille Laurent, RVT", f"mireille.laurent@{DOM}")
    body = ["Yusuf,",
            f"Venous duplex on {p.name} (left leg, 9 days after his knee arthroscopy) is done:",
            "No deep vein thrombosis in the left common femoral, femoral, popliteal, posterior tibial or peroneal veins. Veins fully "
            "compressible with normal phasic flow. 4 cm Baker's cyst in the left popliteal fossa, which likely explains the calf "
            "swelling.",
            "Dr. Abramowitz will sign the final this afternoon.",
            "Mireille Laurent, RVT\nVascular Lab"]
    return mail(W, "duplex result", vt, [S("ibrahim")], body, "b64",
                note="Vascular technologist reports a named post-op patient's negative DVT duplex with a Baker's cyst.")


@sc("imaging")
def img06():
    W = "2026-03-04 09:55"
    p = Pt("Henrietta", "Okonjo", "F", "1953-11-19")
    txt = f"""RIVERSIDE IMAGING - BONE DENSITOMETRY (DXA)
Patient: {p.LF}    DOB: {p.us}    Sex: F    Exam date: {mdY(W, -1)}
Referring: Rebecca Lindqvist, MD
Indication: postmenopausal, prior wrist fracture 2023, on prednisone 5 mg daily

REGION            BMD (g/cm2)   T-SCORE   Z-SCORE
L1-L4             0.812         -2.8      -1.1
Left femoral neck 0.601         -2.5      -0.6
Left total hip    0.702         -2.1      -0.4

FRAX 10-year probability: major osteoporotic fracture 27%, hip fracture 6.1%
IMPRESSION: Osteoporosis (lowest T-score -2.8 at the lumbar spine). Compared with {when(W).year - 2}: L1-L4 BMD
decreased 4.6% (significant). Treatment recommended.
"""
    body = ["Dr. Lindqvist,",
            f"The DXA report for {p.name} is attached. Her spine T-score is now -2.8 with a 4.6% drop since the last scan, and her "
            "FRAX is high. Given the steroid use you may want to consider treatment.",
            "Gabriel Reyes, RT(R)(BD)\nImaging Services"]
    return mail(W, "DXA report", S("reyes"), [S("lindqvist")], body, "html", [txt_att("DXA_report.txt", txt)],
                note="Imaging tech sends a PCP a named patient's DXA report showing osteoporosis (TXT attachment).")


@sc("imaging")
def img07():
    W = "2026-03-11 15:40"
    p = Pt("Bernard", "Maalouf", "M", "1955-05-15")
    body = ["Rebecca,",
            f"Echo on {p.name} from this morning, in case you haven't seen it yet:",
            "- LVEF 35% by biplane Simpson's (was 55% in 2023)\n- Global hypokinesis, worse in the inferior wall\n"
            "- Mild-moderate functional MR\n- RVSP 42 mmHg\n- No pericardial effusion",
            "New cardiomyopathy - I'd like to get an ischemic workup (stress PET or cath) and start GDMT. I can see him in clinic "
            "Friday. Can your office hold his ibuprofen prescription in the meantime?",
            "Thomas"]
    return mail(W, "Echo - new low EF", S("okafor"), [S("lindqvist")], body, "qp", cc=[S("novak")],
                note="Cardiologist tells the PCP a named patient's echo shows a new LVEF of 35% and plans a workup.")


@sc("imaging")
def img08():
    W = "2026-03-20 11:10"
    rows = [["Exam date", "Patient", "DOB", "Pack-years", "Lung-RADS", "Finding", "Recommendation", "Navigator call"]]
    items = [(Pt("Clyde", "Pennington", "M", "1959-02-03"), 42, "2", "Stable 4 mm RUL nodule", "Annual LDCT", "Letter only"),
             (Pt("Marta", "Kowalska", "F", "1962-06-27"), 35, "3", "New 7 mm solid LLL nodule", "LDCT in 6 months", "Done"),
             (Pt("Russell", "Dunmore", "M", "1956-09-14"), 60, "4A", "9 mm solid RUL nodule", "LDCT in 3 months", "Pending"),
             (Pt("Gail", "Stonebridge", "F", "1964-12-05"), 31, "4B", "16 mm spiculated LUL nodule", "PET/CT and pulmonology", "Done - PET booked"),
             (Pt("Alvin", "Marchetti", "M", "1960-03-29"), 48, "1", "No nodules", "Annual LDCT", "Letter only")]
    for pp, pk, lr, fnd, rec, nav in items:
        rows.append([mdY(W, -R.randint(2, 9)), pp.lf, pp.us, str(pk), lr, fnd, rec, nav])
    body = ["Grace,", "This week's lung cancer screening results list is attached. One 4B (Ms. Stonebridge) already has a PET, "
            "and Mr. Dunmore's 4A still needs a navigator call.", "Gabriel Reyes\nImaging Services - Lung Screening Program"]
    return mail(W, "Lung screening results - week", S("reyes"), [S("kim")], body, "b64", [csv_att("ldct_results.csv", rows)],
                note="Lung screening program sends a CSV of named patients' low-dose CT Lung-RADS results and follow-up.")


@sc("imaging")
def img09():
    W = "2026-01-28 09:30"
    p = Pt("Ignatius", "Pereira", "M", "1947-12-08")
    obj = {"importJob": "CDI-" + digits(6), "status": "FAILED", "reason": "PatientID mismatch - no matching MRN",
           "study": {"PatientName": f"{p.last.upper()}^{p.first.upper()}", "PatientBirthDate": p.hl7dob, "PatientSex": "M",
                     "PatientID": "LK" + digits(7), "IssuerOfPatientID": "LAKEVIEW", "StudyDate": ymd(W, -12),
                     "StudyDescription": "CT CHEST WITH CONTRAST", "Modality": "CT", "InstitutionName": "Lakeview Hospital",
                     "AccessionNumber": "LVH" + digits(8), "NumberOfSeries": 4, "NumberOfInstances": 612,
                     "ReasonForStudy": "Staging, newly diagnosed small cell lung cancer"}}
    body = ["Hi PACS team,",
            f"The outside CD for {p.name} failed to import this morning (job details attached). He has his first oncology visit "
            "with Dr. Raman tomorrow and she needs the staging CT. Can someone reconcile it to his Riverside record manually?",
            "Ana Souza\nImaging Services"]
    return mail(W, "outside CD import failed", S("souza"), [BOX("PACS Administrators", "pacs.admin")], body, "plain7",
                [json_att("import_job.json", obj)],
                note="Scheduler reports a failed outside-CD import (JSON with DICOM PatientName/BirthDate and cancer staging CT).")


@sc("imaging")
def img10():
    W = "2026-03-26 13:45"
    p = Pt("Corinne", "Abernethy-Shah", "F", "1984-05-31")
    inn = inner("2026-03-25 16:20", "Ultrasound report", X("Lakeshore Imaging Reports", "reports@lakeshoreimaging.example.org"),
                [S("alsayed")],
                ["Report for your patient:",
                 Pre(f"THYROID ULTRASOUND\nPatient: {p.name}   DOB: {p.us}   Date: {mdY(W, -1)}\n\n"
                     "Right lobe: 1.8 cm solid hypoechoic nodule, taller-than-wide, smooth margins, no calcifications.\n"
                     "ACR TI-RADS: composition 2 + echogenicity 2 + shape 3 + margin 0 + foci 0 = 7 points, TR5.\n"
                     "Left lobe: 4 mm spongiform nodule, TR1.\nNo abnormal cervical lymph nodes.\n\n"
                     "IMPRESSION: TR5 right thyroid nodule 1.8 cm - FNA recommended."),
                 "Lakeshore Imaging Center"], "plain7", m365=False)
    body = ["Ana,", f"Please schedule an ultrasound-guided FNA of the right thyroid nodule for {p.name} within 2 weeks - outside "
            "report forwarded. She prefers Tuesday mornings.", "Thanks,\nFatima Al-Sayed, MD"]
    return mail(W, "FW: Ultrasound report", S("alsayed"), [S("souza")], body, "alt", [fwd_att("Ultrasound report.eml", inn)],
                note="Endocrinologist forwards (rfc822) an outside thyroid ultrasound (TR5 nodule) and requests an FNA for a named patient.")


# ---------------------------------------------------------------------------------------------------------------
# label (10): the PHI sensitivity label on an innocuous message
# ---------------------------------------------------------------------------------------------------------------
@sc("label")
def lab_l01():
    W = "2026-01-14 09:12"
    body = ["Received, I'll review it this afternoon and get back to you by end of day.", "Olivia"]
    return mail(W, "RE: for review", S("novak"), [S("okafor")], body, "plain7", label=PHI("Confidential - PHI"), depth=1,
                note="One-line acknowledgement; carries the PHI sensitivity label ('Confidential - PHI').")


@sc("label")
def lab_l02():
    W = "2026-02-02 13:48"
    body = ["Running about 10 minutes late to the 2:00, start without me.", "Sent from my iPhone"]
    return mail(W, "2:00", S("anderson"), [S("okoro")], body, "plain7", label=PHI("Confidential PHI"), mailer="iPhone Mail (22D72)",
                note="Mobile 'running late' note; innocuous body, PHI sensitivity label ('Confidential PHI').")


@sc("label")
def lab_l03():
    W = "2026-02-10 08:30"
    pdf = pdf_att("UPC_agenda.pdf", [("h", "5 West Unit Practice Council"), f"Agenda - {longdate(W, 2)}, 14:00, Conference Room 5B", "",
                                     "1. Approve minutes from last meeting", "2. New bedside shift report checklist - pilot feedback",
                                     "3. Supply room reorganization", "4. Spring skills fair stations", "5. Open floor", "",
                                     "Next meeting: second Thursday of next month"])
    body = ["Hi all,", "Agenda for Thursday is attached. Please add anything by Wednesday noon.", "Maria"]
    return mail(W, "Thursday", S("delgado"), [BOX("5 West Practice Council", "5w.upc")], body, "qp", [pdf],
                label=PHI("confidential-phi"),
                note="Unit council agenda (uncompressed PDF, no patient); message carries the PHI label ('confidential-phi').")


@sc("label")
def lab_l04():
    W = "2026-02-19 16:05"
    body = ["Can you call me on my cell when you're free? Nothing urgent, 15 minutes should do it.", "Thanks,\nPriya"]
    return mail(W, "quick call?", S("raman"), [S("kim")], body, "qp", label=PHI("CONFIDENTIAL PHI"),
                note="Request for a phone call; innocuous body, PHI sensitivity label ('CONFIDENTIAL PHI').")


@sc("label")
def lab_l05():
    W = "2026-03-02 10:44"
    body = ["Please see my comments in the shared document and let me know if you disagree with any of them.",
            "Best,\nLuis"]
    return mail(W, "comments", S("ortega"), [S("whitaker")], body, "b64", label=PHI(None),
                note="Pointer to comments in a shared document; PHI label GUID present without a _Name field.")


@sc("label")
def lab_l06():
    W = "2026-03-09 17:15"
    txt = ("Huddle notes - evening\n\n- Printer in room 3 fixed by IT (ticket closed)\n- Two new travel RNs start Monday; buddy "
           "assignments posted\n- Reminder: badge readers on the east stairwell are being replaced Tuesday\n- Next huddle 19:00\n")
    body = ["Notes from tonight's huddle attached.", "Tomasz"]
    return mail(W, "huddle notes", S("wozniak"), [BOX("MICU Nurses", "micu.rn")], body, "b64", [txt_att("huddle_notes.txt", txt)],
                label=PHI("Confidential-PHI"),
                note="Operational huddle notes (TXT, no patient); message carries the PHI label ('Confidential-PHI').")


@sc("label")
def lab_l07():
    W = "2026-01-22 11:20"
    body = ["Looping in Beth for awareness - she'll coordinate with the family on Monday.", "Imani"]
    return mail(W, "RE: Monday", S("okoro"), [S("mehta")], body, "html", cc=[S("anderson")], label=PHI("Confidential - PHI"),
                depth=1, note="Looping in a colleague; innocuous body, PHI sensitivity label ('Confidential - PHI').")


@sc("label")
def lab_l08():
    W = "2026-02-26 09:02"
    body = ["Sounds good, let's plan on Tuesday at 10 in my office.", "Fatima"]
    return mail(W, "RE: meeting", S("alsayed"), [S("schultz")], body, "html", label=PHI("Confidential PHI"), depth=2,
                note="Meeting confirmation; innocuous body, PHI sensitivity label ('Confidential PHI').")


@sc("label")
def lab_l09():
    W = "2026-03-12 14:30"
    html = ("<html><head><meta charset=\"utf-8\"><title>Links</title></head><body>\r\n<h3>Useful intranet links</h3>\r\n<ul>\r\n"
            "<li><a href=\"https://intranet.riversidehealth.example/policies\">Policy library</a></li>\r\n"
            "<li><a href=\"https://intranet.riversidehealth.example/forms\">Forms</a></li>\r\n"
            "<li><a href=\"https://intranet.riversidehealth.example/it\">IT self-service</a></li>\r\n</ul>\r\n</body></html>\r\n")
    body = ["Here's the link list you asked for.", "Janelle"]
    return mail(W, "links", S("ruiz"), [S("jackson")], body, "alt", [html_att("links.html", html)], label=PHI("confidential - phi"),
                note="List of intranet links (HTML attachment); message carries the PHI label ('confidential - phi').")


@sc("label")
def lab_l10():
    W = "2026-03-23 08:40"
    inn = inner("2026-03-20 15:00", "Room change", S("mcallister"), [BOX("Clinical Educators", "clin.educators")],
                ["Monday's meeting moves to Room 2B. Same time.", "Sarah"], "plain7")
    body = ["FYI - see below.", "Jamal"]
    return mail(W, "FW: Room change", S("washington"), [S("popescu")], body, "alt", [fwd_att("Room change.eml", inn)],
                label=PHI("Confidential PHI"),
                note="Forwarded room-change notice (rfc822); the outer message carries the PHI sensitivity label.")


# ---------------------------------------------------------------------------------------------------------------
# mbi (10): Medicare Beneficiary Identifier in a patient context
# ---------------------------------------------------------------------------------------------------------------
@sc("mbi")
def mbi01():
    W = "2026-01-07 08:20"
    p = Pt("Walter", "Szymanski", "M", "1954-02-11")
    body = ["Monique,",
            f"Eligibility for {p.name} (DOB {p.us}) came back 'subscriber not found' - the registration has his old red-white-"
            f"and-blue card number. His new Medicare card (MBI {mbi()}) was scanned to media yesterday. Please update the coverage "
            "and re-run eligibility before his cataract surgery Thursday.",
            "Tyrone"]
    return mail(W, "eligibility - new MBI", S("mitchell"), [S("jackson")], body, "plain7",
                note="Patient Access supervisor gives a named patient's new MBI before his cataract surgery.")


@sc("mbi")
def mbi02():
    W = "2026-01-19 14:40"
    p = Pt("Eunice", "Kaminski", "F", "1948-07-24")
    mb = mbi()
    pdf = pdf_att("MSP_questionnaire.pdf", [("h", "Medicare Secondary Payer (MSP) Questionnaire"), "Riverside Medical Center - Outpatient", "",
                                            f"Beneficiary: {p.name}     DOB: {p.us}     MBI: {mb}", f"Date of service: {mdY(W)}     Service: outpatient physical therapy (lumbar)", "",
                                            "Part I  - Black lung / research / VA / liability?   No", "Part II - Injury or illness due to an accident?   No",
                                            "Part III - Entitlement: age", "Part IV - Currently employed or covered by spouse's group plan?   No (retired 2013)",
                                            "", "Result: Medicare is primary.", "", "Completed by: M. Jackson, Patient Access"], flate=True)
    body = ["Hi Sharon,", f"MSP questionnaire for {p.name}'s PT series attached - Medicare primary. Scanning it to the account too.",
            "Monique"]
    return mail(W, "MSP form", S("jackson"), [S("liu")], body, "qp", [pdf],
                note="Registrar sends a named beneficiary's Medicare Secondary Payer questionnaire with her MBI (FlateDecode PDF).")


@sc("mbi")
def mbi03():
    W = "2026-02-04 10:50"
    rows = [["Patient", "DOB", "MBI", "PCP", "Last AWV", "Due", "Open gaps", "Phone"]]
    items = [(Pt("Horace", "Bellamy", "M", "1947-04-09"), "2024-11-18", "Colorectal screening; A1c"),
             (Pt("Imelda", "Sarmiento", "F", "1951-10-17"), "2025-01-06", "Mammogram"),
             (Pt("Chester", "Lyons", "M", "1943-06-02"), "2024-12-02", "Falls risk screen; pneumococcal"),
             (Pt("Hildegard", "Braun", "F", "1945-08-30"), "2025-02-10", "DXA"),
             (Pt("Lucius", "Ogunleye", "M", "1956-03-15"), "2024-10-21", "Diabetic eye exam; statin")]
    for pp, last, gaps in items:
        rows.append([pp.lf, pp.us, mbi(), "Lindqvist", last, "Overdue", gaps, phone_d()])
    body = ["Hi Brittany,", "Medicare annual wellness visits due for Dr. Lindqvist's panel are attached (G0439). Please call these "
            "five this week and book 40-minute AWV slots; the gaps column tells you which screening to bundle.",
            "Dwayne"]
    return mail(W, "AWV outreach list", S("harris"), [S("cole")], body, "alt", [csv_att("awv_outreach.csv", rows)],
                note="Outreach CSV of named Medicare patients with DOBs, MBIs, wellness-visit status and care gaps.")


@sc("mbi")
def mbi04():
    W = "2026-02-13 18:25"
    p = Pt("Gordon", "McAllen", "M", "1950-01-05")
    mb = mbi(dashed=True)
    body = ["Hello,",
            "Medicare sent me a new card because my old number was used fraudulently. Please update my file before my heart "
            "doctor appointment with Dr. Okafor next week and the blood thinner clinic.",
            f"Name: {p.name}\nDate of birth: {p.us}\nNew Medicare number: {mb}\nEffective: 01/01/2026",
            "Thank you,\nGordon McAllen"]
    return mail(W, "new Medicare card", (p.name, "gmcallen50@inbox.example.net"), [BOX("Patient Access", "patient.access")], body,
                "b64", inbound=True,
                note="Inbound: a named patient sends his new dashed MBI before cardiology and anticoagulation visits.")


@sc("mbi")
def mbi05():
    W = "2026-02-23 15:15"
    p = Pt("Philomena", "Tuck", "F", "1939-12-12")
    mb = mbi()
    d = p.us
    body = ["Dr. Lindqvist,",
            "Please review and sign the home health certification below (face-to-face was your visit on " + mdY(W, -5) + ").",
            T(["Field", "Entry"], [["Patient", p.name], ["DOB", f"{d[:6]}{SPLIT}{d[6:]}"], ["Medicare (MBI)", mb],
                                   ["Primary diagnosis", "I50.32 chronic diastolic heart failure"],
                                   ["Homebound status", "Requires walker and assistance of one person; leaving home takes considerable and taxing effort"],
                                   ["Services", "Skilled nursing 2x/week x 4 weeks; PT 2x/week x 4 weeks"],
                                   ["Agency", "Heartland Home Health"]]),
            "The agency needs the signed form within 30 days to bill.",
            "Grace Kim, RN"]
    return mail(W, "Home health cert to sign", S("kim"), [S("lindqvist")], body, "html",
                note="Nurse asks a PCP to sign a named patient's home health certification with her MBI, diagnosis and homebound status.")


@sc("mbi")
def mbi06():
    W = "2026-03-05 07:10"
    bens = []
    for pp, hcc, last, conds in ((Pt("Reginald", "Ashworth", "M", "1946-05-20"), 1.84, 2025, ["Diabetes with complications", "CHF"]),
                                 (Pt("Maude", "Fairweather", "F", "1941-09-03"), 2.31, 2025, ["COPD", "Major depression"]),
                                 (Pt("Lionel", "Baptiste", "M", "1953-11-27"), 0.96, 2024, ["Atrial fibrillation"]),
                                 (Pt("Odette", "Sinclair", "F", "1949-02-16"), 1.22, 2025, ["CKD stage 3b", "Rheumatoid arthritis"])):
        bens.append({"mbi": mbi(), "name": pp.name, "birthDate": pp.iso, "sex": pp.sex, "attributedProvider": "Rebecca Lindqvist, MD",
                     "riskScore": hcc, "lastVisitYear": last, "chronicConditions": conds})
    obj = {"file": "quarterly-attribution", "aco": "Central Ohio Care Partners ACO", "quarter": "2026Q1", "beneficiaries": bens}
    body = ["Riverside Eastgate practice lead,",
            "Your Q1 beneficiary attribution file is attached. Four beneficiaries were newly attributed to Dr. Lindqvist; please "
            "schedule annual wellness visits for any without a 2025 visit.",
            "Central Ohio Care Partners ACO - Analytics\nanalytics@cocpaco.example.org"]
    return mail(W, "Q1 attribution file", X("COCP ACO Analytics", "analytics@cocpaco.example.org"), [S("lindqvist"), S("harris")],
                body, "html", [json_att("attribution_2026Q1.json", obj)], inbound=True,
                note="Inbound ACO attribution file (JSON) with named beneficiaries' MBIs, DOBs, risk scores and chronic conditions.")


@sc("mbi")
def mbi07():
    W = "2026-03-13 11:45"
    p = Pt("Archibald", "Fenwick", "M", "1938-04-29")
    mb = mbi()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<NoticeOfElection xmlns="urn:harborhospice:noe:1">
  <Hospice name="Harbor Hospice" npi="{npi()}"/>
  <Beneficiary>
    <Name last="{p.last}" first="{p.first}"/>
    <BirthDate>{p.iso}</BirthDate>
    <MBI>{mb}</MBI>
  </Beneficiary>
  <ElectionDate>{(when(W) - dt.timedelta(days=2)).strftime('%Y-%m-%d')}</ElectionDate>
  <TerminalDiagnosis code="G30.1">Alzheimer's disease with late onset</TerminalDiagnosis>
  <AttendingPhysician name="Rebecca Lindqvist, MD" npi="{npi()}"/>
  <BenefitPeriod number="1" days="90"/>
</NoticeOfElection>"""
    body = ["Dwayne,",
            f"Harbor Hospice sent over the notice of election for {p.name} (attached). Dr. Lindqvist is listed as attending, so "
            "please make sure she signs the certification of terminal illness on Monday. His MBI on the NOE matches our file.",
            "Imani Okoro, LCSW"]
    return mail(W, "hospice NOE", S("okoro"), [S("harris")], body, "plain7", [xml_att("NOE.xml", xml)],
                note="Social worker forwards a hospice notice of election (XML) with a named beneficiary's MBI and terminal diagnosis.")


@sc("mbi")
def mbi08():
    W = "2026-03-18 13:25"
    p = Pt("Bettina", "Grunewald", "F", "1952-06-06")
    mb = mbi()
    body = ["Patrick,",
            f"The Medicare claim for {p.name}'s cardiac rehab sessions (93798 x 12, DOS {mdY(W, -40)} to {mdY(W, -10)}) rejected "
            "because registration still has the MBI typed with the letter O instead of zero. Correct MBI from her card is "
            f"{mb}. I've fixed registration; please rebill all 12 lines.",
            "Ritu Banerjee\nMedicare Compliance, PFS"]
    return mail(W, "cardiac rehab rejections", S("banerjee"), [S("doyle")], body, "qp",
                note="Medicare compliance corrects a named patient's MBI on rejected cardiac rehab claims (CPT 93798).")


@sc("mbi")
def mbi09():
    W = "2026-03-25 09:05"
    p = Pt("Ambrose", "Whitlock-Gray", "M", "1949-10-10")
    mb = mbi()
    txt = f"""ALLIED MEDICAL SUPPLY - CPAP RESUPPLY / COMPLIANCE REQUEST
Beneficiary : {p.name}
DOB         : {p.us}
MBI         : {mb}
Device      : CPAP, auto 5-15 cm H2O, heated humidifier, full face mask
Diagnosis   : G47.33 obstructive sleep apnea
Compliance  : 30-day download shows use >= 4 h on 26 of 30 nights (87%)

Needed from prescriber: signed face-to-face note within 31-91 days after setup documenting benefit,
and a standard written order for supplies.
"""
    body = ["Riverside Sleep Disorders Center,",
            f"We need the 90-day re-evaluation documents for your patient {p.name} to continue Medicare coverage of his CPAP. The "
            "compliance summary is attached.", "Allied Medical Supply - Documentation Team\n(614) 555-0191"]
    return mail(W, "Documentation request", X("Allied Medical Supply", "docs@alliedmedsupply.example.org"),
                [BOX("Sleep Disorders Center", "sleep.center")], body, "b64", [txt_att("cpap_compliance.txt", txt)], inbound=True,
                note="Inbound DME supplier requests documents for a named beneficiary's CPAP with his MBI and OSA diagnosis (TXT).")


@sc("mbi")
def mbi10():
    W = "2026-01-26 10:35"
    p = Pt("Henrik", "Solvang", "M", "1960-11-21")
    mb = mbi()
    inn = inner("2026-01-23 12:00", "Your enrollment is confirmed", X("Keystone Senior Choice", "enrollment@keystonehp.example.org"),
                [(p.name, "hsolvang@webmail.example.net")],
                [f"Dear {p.name},",
                 "Welcome to Keystone Senior Choice (HMO), a Medicare Advantage plan. Your enrollment is confirmed.",
                 f"Medicare number (MBI): {mb}\nPlan member ID: KSC{digits(9)}\nEffective date: 02/01/2026\n"
                 "Primary care provider: Rebecca Lindqvist, MD",
                 "Your first visit with your new PCP should be scheduled within 90 days. Your current prescriptions for "
                 "insulin glargine and lisinopril are on our formulary.",
                 "Keystone Senior Choice Member Services"], "plain7", m365=False)
    body = ["Hi,", "I'm forwarding my Medicare Advantage confirmation so you have the new plan on file for my appointment with "
            "Dr. Lindqvist in February.", "Henrik Solvang"]
    return mail(W, "Fwd: Your enrollment is confirmed", (p.name, "hsolvang@webmail.example.net"), [BOX("Eastgate Family Medicine", "eastgate.fm")],
                body, "alt", [fwd_att("Your enrollment is confirmed.eml", inn)], inbound=True,
                note="Inbound: a patient forwards (rfc822) his Medicare Advantage enrollment with MBI, PCP and medications.")


# ================================================================================================================
# NEGATIVES
# ================================================================================================================
# ---------------------------------------------------------------------------------------------------------------
# provider_directory (10): providers' own identifiers, no patient
# ---------------------------------------------------------------------------------------------------------------
@sc("provider_directory")
def pd01():
    W = "2026-01-05 09:00"
    rows = [("Oren Feld, MD", "Internal Medicine - Hospitalist", npi(), "2871"), ("Abena Asamoah, MD", "Internal Medicine - Hospitalist", npi(), "2872"),
            ("Lucas Moreira, DO", "Internal Medicine - Nocturnist", npi(), "2873"), ("Shreya Kulkarni, PA-C", "Hospital Medicine APP", npi(), "2874")]
    body = ["Good morning,",
            "Please welcome the following clinicians to the Hospital Medicine group, effective today. Their provider records are "
            "live in the EHR and the paging directory.",
            T(["Name", "Specialty", "NPI", "Pager"], [list(r) for r in rows]),
            "Operators: please add them to the hospitalist rotation in the on-call calendar.",
            SIG("price")]
    return mail(W, "New Hospital Medicine clinicians", S("price"), [BOX("All Medical Staff", "medstaff.all")], body, "plain7",
                note="Medical Staff Services welcomes new hospitalists with specialties, NPIs and pagers; no patient.")


@sc("provider_directory")
def pd02():
    W = "2026-01-16 14:20"
    rows = [["Provider", "Credential", "NPI", "DEA", "Location", "Phone", "Accepting new patients", "Languages"]]
    for nm, cr, loc, acc, lang in (("Okafor, Thomas", "MD", "Heart & Vascular, Suite 310", "Yes", "English"),
                                   ("Valdivia, Rocio", "MD", "Heart & Vascular, Suite 310", "Yes", "English; Spanish"),
                                   ("Hartmann, Klaus", "MD", "Westfield Clinic", "No", "English; German"),
                                   ("Novikova, Irina", "NP", "Heart & Vascular, Suite 310", "Yes", "English; Russian"),
                                   ("Adjei, Kwabena", "MD", "Eastgate Specialty Center", "Yes", "English; Twi")):
        rows.append([nm, cr, npi(), dea(nm, "M" if cr == "NP" else "B"), loc, phone_d(), acc, lang])
    body = ["Hi Jordan,", "Updated cardiology roster for the website and the printed referral guide is attached. Dr. Hartmann is no "
            "longer accepting new patients as of February; Irina Novikova is new.", "Olivia Novak\nCardiology"]
    return mail(W, "Cardiology roster update", S("novak"), [S("ellis")], body, "qp", [csv_att("cardiology_roster.csv", rows)],
                note="Cardiology roster CSV with providers' NPIs, DEA numbers, locations and languages; no patient.")


@sc("provider_directory")
def pd03():
    W = "2026-01-27 08:15"
    d = dea("Bell", "B")
    n = npi()
    body = ["Dr. Bell,",
            f"Our records show your DEA registration ({d}) expires on 03/31/2026. Please renew through the DEA Diversion portal "
            "and upload the new certificate to the credentialing portal before then, or your controlled-substance prescribing "
            "privileges in the EHR will be suspended.",
            f"While you're in the portal, please also confirm your practice address on file with NPPES for NPI {n} matches "
            "1400 Medical Park Drive; the payer enrollment team found an old address.",
            "Thank you,\n" + SIG("price")]
    return mail(W, "Action needed: DEA renewal and NPI address", S("price"), [S("bell")], body, "b64",
                note="Credentialing asks a physician to renew his DEA registration and update his NPI address; no patient.")


@sc("provider_directory")
def pd04():
    W = "2026-02-06 10:40"
    rows = []
    for nm, spec, addr_, acc in (("Camila Restrepo, MD", "Pediatrics", "Children's Clinic, 800 Birch St", "Yes"),
                                 ("Martin Achterberg, MD", "Pediatrics", "Children's Clinic, 800 Birch St", "No"),
                                 ("Leah Goldberg, CPNP", "Pediatrics", "Westfield Clinic, 22 Main St", "Yes"),
                                 ("Tunde Bakare-Lewis, MD", "Pediatric Pulmonology", "Specialty Center, 1400 Medical Park Dr", "Yes")):
        rows.append([nm, spec, npi(), addr_, acc])
    body = ["Hello Riverside Health provider relations,",
            "Our quarterly directory accuracy review requires you to confirm the following provider listings within 30 days. "
            "Please reply with corrections or 'no changes'.",
            T(["Provider", "Specialty", "NPI", "Practice location", "Accepting new patients"], rows),
            "Thank you,\nProvider Data Management\nKeystone Health Plan"]
    return mail(W, "Directory attestation - Q1", X("Keystone Provider Data", "providerdata@keystonehp.example.org"),
                [BOX("Provider Enrollment", "provider.enrollment")], body, "html", inbound=True,
                note="Inbound payer directory attestation listing pediatric providers' NPIs and locations; no patient.")


@sc("provider_directory")
def pd05():
    W = "2026-02-13 15:30"
    n = npi()
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dr. Leila Moradi - Find a Doctor</title></head>
<body style="font-family:Arial,sans-serif">
<h1>Leila Moradi, MD</h1>
<p><b>Specialty:</b> Endocrinology, Diabetes &amp; Metabolism &nbsp;|&nbsp; <b>NPI:</b> {n}</p>
<p><b>Location:</b> Riverside Specialty Center, 1400 Medical Park Drive, Suite 240 &nbsp;|&nbsp; <b>Phone:</b> (614) 555-0121</p>
<h2>Conditions treated</h2>
<ul><li>Type 1 and type 2 diabetes, insulin pumps and CGM</li><li>Thyroid nodules and thyroid cancer</li>
<li>Adrenal and pituitary disorders</li><li>Osteoporosis</li></ul>
<h2>Education</h2>
<p>MD, University of Michigan; Residency, Internal Medicine; Fellowship, Endocrinology</p>
<p>Languages: English, Farsi &nbsp;|&nbsp; Accepting new patients: Yes</p>
</body></html>
"""
    body = ["Hi Fatima,", "Here's the draft Find-a-Doctor profile for Dr. Moradi before it goes live on Monday. Can you confirm the "
            "conditions-treated list and her NPI?", "Jordan Ellis\nMarketing and Communications"]
    return mail(W, "Profile draft - Dr. Moradi", S("ellis"), [S("alsayed")], body, "alt", [html_att("moradi_profile.html", html)],
                note="Draft Find-a-Doctor profile (HTML) with a new endocrinologist's NPI and conditions treated; no patient.")


@sc("provider_directory")
def pd06():
    W = "2026-02-24 09:25"
    provs = []
    for fam, giv, tax, spec in (("Iyer", "Meera", "213ES0103X", "Podiatry - Foot & Ankle Surgery"),
                                ("Hoffmann", "Lena", "363LN0005X", "Neurology NP"),
                                ("Sorensen", "Kirsten", "367A00000X", "Certified Nurse Midwife"),
                                ("Ibarra", "Carmen", "231H00000X", "Audiology")):
        provs.append({"family": fam, "given": giv, "npi": npi(), "taxonomy": tax, "specialty": spec,
                      "locations": ["Riverside Specialty Center, 1400 Medical Park Dr, Millbrook OH 43110"],
                      "acceptingNewPatients": True, "telehealth": fam != "Iyer"})
    obj = {"rosterType": "monthly-adds", "group": "Riverside Health Physicians", "groupNpi": npi(), "tin": "XX-XXX" + digits(4),
           "effective": "2026-03-01", "providers": provs}
    body = ["Keystone provider enrollment team,", "Attached is our March roster of provider additions in your JSON format. All four "
            "should be linked to the existing group contract.", "Heather Price, CPCS\nMedical Staff Services / Payer Enrollment"]
    return mail(W, "March roster adds", S("price"), [X("Keystone Provider Enrollment", "enrollment@keystonehp.example.org")], body,
                "plain7", [json_att("roster_adds_2026-03.json", obj)],
                note="Outbound payer roster JSON with new providers' NPIs, taxonomies and locations; no patient.")


@sc("provider_directory")
def pd07():
    W = "2026-03-04 13:00"
    items = []
    for nm, lic, states in (("Adeyemi, Tolu", "35.1" + digits(5), "OH, KY, IN"), ("Hoffmann, Lena", "RN.NP." + digits(5), "OH"),
                            ("Alvarado, Rosa", "LPCC." + digits(5), "OH, PA")):
        items.append(f'  <Clinician name="{nm}" npi="{npi()}" license="{lic}" states="{states}" status="active"/>')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<ProviderSync source="Riverside Credentialing" target="VirtualVisit Platform" '
           f'generated="{when(W).strftime("%Y-%m-%dT%H:%M:00")}">\n' + "\n".join(items) + "\n</ProviderSync>")
    body = ["Hi team,", "Attached is this month's sync file for the virtual-visit platform - three behavioral health clinicians with "
            "their NPIs and licensed states. Rosa Alvarado's Pennsylvania license was approved last week.",
            "Heather Price\nMedical Staff Services"]
    return mail(W, "Virtual visit provider sync", S("price"), [S("bose")], body, "html", [xml_att("provider_sync.xml", xml)],
                note="Provider sync XML listing clinicians' NPIs, licences and licensed states for telehealth; no patient.")


@sc("provider_directory")
def pd08():
    W = "2026-03-10 10:10"
    n, d = npi(), dea("Castro", "B")
    pdf = pdf_att("Credentialing_summary_Castro.pdf", [("h", "Riverside Health - Initial Appointment Summary"), "",
                                                       "Applicant: Miguel Castro, MD", "Department: Surgery - Urology", f"NPI: {n}",
                                                       f"DEA: {d} (Schedules 2, 2N, 3, 3N, 4, 5), exp. 11/30/2027",
                                                       "Ohio medical license: 35.1" + digits(5) + ", exp. 01/01/2028",
                                                       "Board certification: American Board of Urology, 2019", "",
                                                       ("b", "Verifications"), "Education and training: verified (primary source)",
                                                       "NPDB query: no reports", "OIG/SAM exclusion: none", "Malpractice: 0 claims", "",
                                                       "Recommended privileges: Core urology, robotic-assisted surgery (proctoring x 5 cases)",
                                                       "", "Credentials Committee recommendation: approve"], flate=True)
    body = ["Committee members,", "The summary for Dr. Castro's initial appointment is attached for Thursday's Credentials Committee.",
            "Heather Price, CPCS"]
    return mail(W, "Credentials Committee - Castro", S("price"), [BOX("Credentials Committee", "cred.committee")], body, "alt", [pdf],
                note="Credentialing summary (FlateDecode PDF) with a urologist's NPI, DEA and licence; no patient.")


@sc("provider_directory")
def pd09():
    W = "2026-03-17 16:45"
    segs = [msh(W, "MFN^M02^MFN_M02", "MFN" + digits(8), sending="CREDENTIAL", recv="EPIC"), f"MFI|PRA^Practitioner master file^HL70175||UPD|||NE"]
    for fam, giv, deg, spec in (("RASMUSSEN", "ERIK", "MD", "ANES^Anesthesiology"), ("OKONJO-BAYO", "ADA", "MD", "EM^Emergency Medicine")):
        n = npi()
        segs += [f"MFE|MAD|||{n}^^NPI", f"STF|{n}^^NPI||{fam}^{giv}^^^^^{deg}|P|||A|RMC^Riverside Medical Center",
                 f"PRA|{n}^^NPI||{spec}|I|LOCUM||||{dea(fam, 'B')}^DEA"]
    body = ["Nikhil,", "Two locum tenens physicians start Monday (anesthesia and ED). The MFN from the credentialing system is "
            "attached - can you confirm it loaded to the provider master before Friday?", "Heather"]
    return mail(W, "Locums - provider master", S("price"), [S("bose")], body, "qp",
                [hl7_att("MFN_M02_locums.hl7", segs, "text/plain")],
                note="MFN^M02 provider master update (HL7) for two locum physicians with NPIs and DEA numbers; no PID.")


@sc("provider_directory")
def pd10():
    W = "2026-03-27 11:05"
    lic = "35.1" + digits(5)
    inn = inner("2026-03-26 09:14", "License verification", X("State Medical Board eLicense", "no-reply@med.state.example.org"),
                [S("price")],
                ["License verification result",
                 f"Name: Miguel Castro, MD\nLicense: {lic}\nType: Doctor of Medicine\nStatus: Active\nIssued: 02/15/2019\n"
                 "Expires: 01/01/2028\nBoard actions: None\nPractice address of record: 1400 Medical Park Drive, Millbrook OH 43110",
                 "This is a primary source verification generated by the State Medical Board."], "plain7", m365=False)
    body = ["Files: primary source verification for Dr. Castro's license, forwarded for his credentials file.", "Heather"]
    return mail(W, "FW: License verification", S("price"), [BOX("Credentialing Files", "cred.files")], body, "b64",
                [fwd_att("License verification.eml", inn)],
                note="Forwarded (rfc822) state licence verification for a physician; provider data only, no patient.")


# ---------------------------------------------------------------------------------------------------------------
# prescriber_notice (10)
# ---------------------------------------------------------------------------------------------------------------
@sc("prescriber_notice")
def pn01():
    W = "2026-01-06 07:45"
    d = dea("Raman", "B")
    body = ["Dr. Raman,",
            f"This is an automated reminder that DEA registration {d} expires in 60 days. Renew online at the DEA Diversion "
            "Control Division website. After renewal, forward the new certificate to pharmacy.compliance so your EPCS profile "
            "stays active.",
            "Riverside Pharmacy Compliance"]
    return mail(W, "DEA registration expires in 60 days", BOX("Pharmacy Compliance", "pharmacy.compliance"), [S("raman")], body,
                "plain7", m365=False, note="Automated DEA registration renewal reminder to a prescriber; no patient.")


@sc("prescriber_notice")
def pn02():
    W = "2026-01-15 11:30"
    body = ["New prescribers,",
            "To send prescriptions for controlled substances electronically (EPCS) you must complete identity proofing and "
            "enroll a two-factor token before your first shift:",
            "1. Complete identity proofing in the ID verification app (driver's license + selfie).\n"
            "2. Enroll the authenticator app on your phone under IT > EPCS Tokens.\n"
            "3. Have a second credentialed person approve your logical access in the EHR (two-person rule).\n"
            "4. Send a test prescription to the 'EPCS TEST PHARMACY' entry.",
            "Your DEA registration must list the Riverside practice address. Questions: pharmacy informatics, ext. 4620.",
            "Joon Park, PharmD\nPharmacy Informatics"]
    return mail(W, "EPCS setup for new prescribers", S("park"), [BOX("New Prescribers", "new.prescribers")], body, "qp",
                note="Instructions for electronic prescribing of controlled substances (EPCS) enrollment; no patient.")


@sc("prescriber_notice")
def pn03():
    W = "2026-01-26 13:15"
    pdf = pdf_att("PDMP_policy_PH-214.pdf", [("h", "Policy PH-214: Prescription Drug Monitoring Program (PDMP) Review"), "",
                                             "Effective: 03/01/2026     Owner: Pharmacy and Therapeutics Committee", "",
                                             ("b", "Policy"),
                                             "Prescribers must review the state PDMP before prescribing an opioid analgesic or a benzodiazepine "
                                             "when the prescription exceeds a 7-day supply, and at least every 90 days during continued therapy.",
                                             "", ("b", "Procedure"), "1. Use the integrated PDMP link in the EHR; the query is logged automatically.",
                                             "2. Document the review and any concerns in the prescribing encounter.",
                                             "3. Delegates (RN, MA) may run the query; the prescriber must review the result.", "",
                                             ("b", "Exceptions"), "Hospice patients; inpatient orders; supplies of 7 days or less after surgery."])
    body = ["All prescribers,", "The revised PDMP review policy (attached) takes effect March 1. The main change is the 90-day "
            "re-check for continuing therapy. The integrated EHR link counts as documentation.",
            "Pharmacy and Therapeutics Committee"]
    return mail(W, "Revised PDMP policy", BOX("P&T Committee", "pt.committee"), [BOX("All Prescribers", "prescribers.all")], body, "b64",
                [pdf], note="Policy notice (PDF) on PDMP review before opioid/benzodiazepine prescribing; no patient.")


@sc("prescriber_notice")
def pn04():
    W = "2026-02-03 10:00"
    body = ["Formulary update - effective " + longdate(W, 13),
            T(["Removed", "Preferred alternative", "Auto-substitution"],
              [["Esomeprazole 40 mg capsule", "Pantoprazole 40 mg tablet", "Yes - 1:1"],
               ["Esomeprazole IV 40 mg", "Pantoprazole IV 40 mg", "Yes - 1:1"],
               ["Olmesartan 20 mg", "Losartan 50 mg", "Yes - per P&T interchange table"]]),
            "Pantoprazole tablets must not be crushed; for feeding tubes use the oral suspension packet.",
            "Existing inpatient orders will be converted by pharmacy. Outpatient prescriptions are not affected.",
            "Pharmacy and Therapeutics Committee"]
    return mail(W, "Formulary changes", BOX("P&T Committee", "pt.committee"), [BOX("All Prescribers", "prescribers.all")], body, "html",
                note="Formulary change notice (esomeprazole to pantoprazole, therapeutic interchange); no patient.")


@sc("prescriber_notice")
def pn05():
    W = "2026-02-11 15:50"
    body = ["Clinic medical directors,",
            "Paper prescription pads will be retired on April 1. After that date:",
            "- All prescriptions, including Schedule II, go through the EHR (EPCS).\n- During downtime use the numbered "
            "tamper-resistant downtime pads kept in the clinic manager's locked drawer; each pad is logged out and back in.\n"
            "- Unused pads must be returned to pharmacy by March 27 for destruction and reconciliation.",
            "Please confirm that your clinic's pad inventory list is accurate by replying to this message.",
            "Ahmed Hassan, PharmD\nControlled Substance Compliance"]
    return mail(W, "Retiring paper Rx pads", S("hassan"), [BOX("Clinic Medical Directors", "clinic.directors")], body, "alt",
                note="Notice retiring paper prescription pads and the downtime-pad process; no patient.")


@sc("prescriber_notice")
def pn06():
    W = "2026-02-19 09:20"
    inn = inner("2026-02-18 17:00", "Recall notice - metformin ER 500 mg", X("Cardinal Point Wholesale Recalls", "recalls@cardinalpoint.example.org"),
                [BOX("Pharmacy Purchasing", "pharmacy.purchasing")],
                ["PRODUCT RECALL - CONSUMER LEVEL",
                 "Product: metformin hydrochloride extended-release tablets USP, 500 mg, bottles of 100\n"
                 "Lots: MTX24117, MTX24118, MTX24152    Expiry: 09/2026\nReason: N-nitrosodimethylamine (NDMA) above the acceptable intake limit",
                 "Action: quarantine and return affected lots. Prescribers may want to advise patients not to stop metformin "
                 "without talking to their prescriber, as stopping can be harmful.",
                 "Cardinal Point Wholesale - Recall Coordination"], "plain7", m365=False)
    body = ["Prescribers - FYI, forwarded recall below. Our outpatient pharmacies have pulled the affected lots; no inpatient stock was "
            "affected. Metformin ER from the other manufacturer remains available, so no prescription changes are needed.",
            "Jenna Schultz, PharmD"]
    return mail(W, "FW: Recall notice - metformin ER 500 mg", S("schultz"), [BOX("All Prescribers", "prescribers.all")], body,
                "plain7", [fwd_att("Recall notice - metformin ER 500 mg.eml", inn)],
                note="Forwarded (rfc822) metformin ER lot recall naming the drug and lots but no patient.")


@sc("prescriber_notice")
def pn07():
    W = "2026-02-27 12:00"
    txt = """PHARMACY PRACTICE MEMO 2026-04
Subject: Buprenorphine for opioid use disorder - prescribing requirements

1. No separate waiver. Any clinician with a current DEA registration that includes Schedule III may
   prescribe buprenorphine for opioid use disorder. Patient limits no longer apply.
2. Training. New or renewing DEA registrants attest to 8 hours of substance use disorder training
   (one time). Board certification in addiction medicine satisfies the requirement.
3. Formulary. Buprenorphine/naloxone sublingual film 8 mg/2 mg and 2 mg/0.5 mg; extended-release
   buprenorphine injection through the specialty pharmacy.
4. Support. The ED bridge clinic and the addiction consult service accept e-consults Monday-Friday.
"""
    body = ["Colleagues,", "Attached is the pharmacy practice memo summarizing current buprenorphine prescribing requirements. "
            "Questions to the addiction consult service.", "Jenna Schultz, PharmD"]
    return mail(W, "Buprenorphine prescribing memo", S("schultz"), [BOX("All Prescribers", "prescribers.all")], body, "qp",
                [txt_att("practice_memo_2026-04.txt", txt)],
                note="Practice memo (TXT) on buprenorphine prescribing requirements and DEA training; no patient.")


@sc("prescriber_notice")
def pn08():
    W = "2026-03-06 08:30"
    body = ["Starting Monday, a best practice advisory will fire when you prescribe:",
            "- an opioid at 50 morphine milligram equivalents (MME) per day or more, or\n- an opioid together with a benzodiazepine",
            "without an active naloxone prescription. The advisory offers a one-click order for naloxone 4 mg nasal spray (2-pack).",
            "You can dismiss it with a reason (e.g. patient already has naloxone at home). Reports of dismissal rates will be shared "
            "with departments quarterly.",
            "Joon Park, PharmD\nPharmacy Informatics"]
    return mail(W, "New naloxone advisory", S("park"), [BOX("All Prescribers", "prescribers.all")], body, "html",
                note="Notice of a naloxone co-prescribing advisory with MME thresholds; no patient.")


@sc("prescriber_notice")
def pn09():
    W = "2026-03-16 10:45"
    rows = [["Prescriber", "Department", "DEA", "DEA expiration", "Training attestation on file"]]
    for nm, dept, kind, exp, ok in (("Farouk, Amir", "Rheumatology", "B", "2026-05-31", "No"), ("Hoffmann, Lena", "Neurology", "M", "2026-06-30", "No"),
                                    ("Ibrahim, Yusuf", "Orthopaedics", "M", "2026-05-31", "Yes"), ("Rezaei, Hamid", "Family Medicine", "B", "2026-07-31", "No"),
                                    ("Tanaka, Hiroshi", "Gastroenterology", "B", "2026-06-30", "Yes")):
        rows.append([nm, dept, dea(nm.split(",")[0], kind), exp, ok])
    body = ["Department administrators,", "The attached list shows prescribers renewing their DEA registration in the next four "
            "months and whether their one-time substance use disorder training attestation is on file. Please remind those marked "
            "'No' to upload their certificate.", "Pharmacy Compliance"]
    return mail(W, "DEA renewals - training attestations", BOX("Pharmacy Compliance", "pharmacy.compliance"),
                [BOX("Department Administrators", "dept.admins")], body, "b64", [csv_att("dea_renewals.csv", rows)],
                note="CSV of prescribers' DEA numbers, expirations and training attestations; no patient.")


@sc("prescriber_notice")
def pn10():
    W = "2026-03-24 06:55"
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ShortageFeed xmlns="urn:cardinalpoint:shortage:2" generated="{when(W).strftime('%Y-%m-%dT%H:%M:00')}">
  <Item ndc="0338-0049-04" description="Sodium chloride 0.9% injection, 1,000 mL bag" status="Allocation" allocationPercent="80"
        expectedRecovery="2026-05"/>
  <Item ndc="0409-4888-10" description="Lactated Ringer's injection, 1,000 mL bag" status="Allocation" allocationPercent="70"
        expectedRecovery="2026-06"/>
  <Item ndc="0409-7983-02" description="Dextrose 5% injection, 250 mL bag" status="Available"/>
</ShortageFeed>"""
    body = ["Customer notice: large-volume parenteral allocations continue. Your weekly shortage feed is attached.",
            "Cardinal Point Wholesale - Customer Notifications"]
    return mail(W, "Weekly shortage feed", X("Cardinal Point Notifications", "notify@cardinalpoint.example.org"),
                [BOX("Pharmacy Purchasing", "pharmacy.purchasing"), S("hassan")], body, "alt", [xml_att("shortage_feed.xml", xml)],
                inbound=True, note="Inbound wholesaler shortage feed (XML) on IV fluid allocations; drug products only, no patient.")


# ---------------------------------------------------------------------------------------------------------------
# newsletter (10)
# ---------------------------------------------------------------------------------------------------------------
@sc("newsletter")
def nl01():
    W = "2026-01-09 12:00"
    body = ["QUALITY MATTERS - January",
            "1. I-PASS hand-offs: units using all five elements (Illness severity, Patient summary, Action list, Situation "
            "awareness, Synthesis by receiver) had fewer missed follow-ups in our fall audit.",
            "2. A1c testing: an A1c of 6.5% or higher on two occasions confirms diabetes; an A1c between 5.7% and 6.4% is "
            "prediabetes. Point-of-care A1c is for monitoring, not diagnosis.",
            "3. Blood culture contamination: our rate fell to 2.1% after the initial-specimen diversion devices were introduced.",
            "Questions or ideas for next month: quality@riversidehealth.example",
            "Naomi Feldman, MD\nChief Quality Officer"]
    return mail(W, "Quality Matters - January", S("feldman"), [BOX("All Staff", "allstaff")], body, "plain7",
                note="Quality newsletter with A1c diagnostic thresholds and unit-level rates; no individual patient.")


@sc("newsletter")
def nl02():
    W = "2026-01-22 08:00"
    body = ["LAB NOTES - New high-sensitivity troponin assay",
            "On February 10 the lab switches from the conventional troponin I assay to a high-sensitivity troponin I (hs-cTnI) "
            "reported in ng/L (not ng/mL).",
            T(["", "Female", "Male"], [["99th percentile upper reference limit", "16 ng/L", "34 ng/L"],
                                      ["Rule-out (0 h, symptoms > 3 h)", "< 5 ng/L", "< 5 ng/L"],
                                      ["Significant 0-1 h change", ">= 6 ng/L", ">= 6 ng/L"]]),
            "The ED chest pain pathway will use the 0/1-hour algorithm. Do not compare old and new values directly.",
            "Kevin Tran, MD, Medical Director, Clinical Chemistry"]
    return mail(W, "Lab Notes: hs-troponin", S("tran"), [BOX("All Clinicians", "clinicians.all")], body, "html",
                note="Lab newsletter with hs-troponin reference limits by sex; analytes and ranges only.")


@sc("newsletter")
def nl03():
    W = "2026-02-04 09:30"
    body = ["CODING CORNER - February",
            "Obesity classes: since October 2024, ICD-10-CM has codes for obesity class: E66.811 (class 1), E66.812 (class 2) "
            "and E66.813 (class 3). Pair them with a Z68 BMI code from the provider's or dietitian's documentation.",
            "Sepsis reminder: code the underlying infection first when sepsis is present on admission and meets criteria; "
            "R65.20/R65.21 only with documented organ dysfunction.",
            "Heart failure: document type and acuity - 'acute on chronic systolic' maps to I50.23, while 'CHF' alone maps to I50.9.",
            "Denise Whitaker, CPC, and the CDI team"]
    return mail(W, "Coding Corner", S("whitaker"), [BOX("Providers and Coders", "coding.news")], body, "qp",
                note="Coding newsletter quoting ICD-10-CM codes (E66.81x, R65.2x, I50.x) with no individual.")


@sc("newsletter")
def nl04():
    W = "2026-02-17 07:30"
    pdf = pdf_att("Pharmacy_Pearls_Feb.pdf", [("h", "Pharmacy Pearls - February"), "", ("b", "GLP-1 receptor agonists and procedures"),
                                               "Hold weekly GLP-1 RAs (semaglutide, dulaglutide, tirzepatide) for one week before elective "
                                               "procedures with sedation when the patient has GI symptoms; follow anesthesia guidance.", "",
                                               ("b", "Apixaban dosing"),
                                               "Reduce to 2.5 mg twice daily for atrial fibrillation only if two of: age 80 or older, weight 60 kg or "
                                               "less, serum creatinine 1.5 mg/dL or more.", "",
                                               ("b", "IV to PO conversions"), "Levofloxacin, linezolid and metronidazole have near-complete oral "
                                               "bioavailability; switch when the patient tolerates oral intake."], flate=True)
    body = ["Attached is this month's Pharmacy Pearls: GLP-1 agonists before procedures, apixaban dose reduction criteria, and IV-to-PO "
            "switches.", "Clinical Pharmacy Services"]
    return mail(W, "Pharmacy Pearls - February", S("hassan"), [BOX("All Clinicians", "clinicians.all")], body, "alt", [pdf],
                note="Pharmacy newsletter (FlateDecode PDF) with drug dosing rules; no individual patient.")


@sc("newsletter")
def nl05():
    W = "2026-02-26 14:00"
    html = """<html><head><meta charset="utf-8"><title>Nursing News</title></head><body style="font-family:Georgia,serif">
<h1>Nursing News &ndash; March</h1>
<h2>Smart pump library update</h2>
<p>The new drug library goes live March 10. Heparin now has a hard upper limit of 2,000 units/hour and insulin infusions
require a second-nurse check when the rate is changed by more than 5 units/hour.</p>
<h2>Fewer contaminated blood cultures</h2>
<p>Use the initial-specimen diversion device for every peripheral draw and scrub the bottle tops for 15 seconds.</p>
<h2>Shared governance</h2>
<p>Unit councils meet the second Thursday of the month. All nurses are welcome.</p>
</body></html>
"""
    body = ["The March Nursing News is attached - smart pump library changes, blood culture tips and shared governance dates.",
            "Office of the Chief Nursing Officer"]
    return mail(W, "Nursing News - March", BOX("Office of the CNO", "cno.office"), [BOX("All Nursing", "nursing.all")], body, "b64",
                [html_att("nursing_news_march.html", html)],
                note="Nursing newsletter (HTML attachment) with pump limits and practice tips; no patient.")


@sc("newsletter")
def nl06():
    W = "2026-03-05 10:15"
    body = ["INFECTION PREVENTION UPDATE",
            "C. difficile testing stewardship: send a stool PCR only when the patient has 3 or more unformed stools (Bristol 6-7) "
            "in 24 hours and has not received laxatives in the previous 48 hours. The lab will reject formed specimens.",
            "Contact precautions with soap-and-water hand hygiene remain required for confirmed cases; alcohol gel does not kill "
            "spores.",
            "Respiratory season: masks are recommended in waiting rooms through March.",
            "Siobhan O'Brien, RN, CIC\nInfection Prevention"]
    return mail(W, "Infection Prevention Update", S("obrien"), [BOX("All Staff", "allstaff")], body, "b64",
                note="Infection prevention newsletter on C. difficile testing criteria; no individual.")


@sc("newsletter")
def nl07():
    W = "2026-03-11 16:20"
    pdf = pdf_att("Diabetes_Center_Update.pdf", [("h", "Riverside Diabetes Center Update"), "Spring 2026", "",
                                                 "Continuous glucose monitors (CGM) are now covered by most plans for anyone on insulin, and for people "
                                                 "with problematic low blood sugar.", "",
                                                 "Targets: for most adults, an A1c below 7% and time in range (70-180 mg/dL) above 70%.", "",
                                                 "Classes: Diabetes Self-Management Education series starts April 7 (4 Tuesdays, 6-8 pm)."])
    body = ["Hello referring providers,", "Our spring update is attached with CGM coverage changes and class dates.",
            "Riverside Diabetes Center"]
    return mail(W, "Diabetes Center spring update", BOX("Riverside Diabetes Center", "diabetes.center"),
                [BOX("Referring Providers", "referring.providers")], body, "html", [pdf],
                note="Diabetes center update (PDF) with A1c and time-in-range targets; no individual patient.")


@sc("newsletter")
def nl08():
    W = "2026-03-18 08:45"
    body = ["RADIOLOGY BULLETIN",
            "IV iodinated contrast and kidney function: an eGFR of 30 mL/min/1.73 m2 or higher needs no special steps. Below 30, "
            "or with acute kidney injury, discuss the risks and benefits with radiology; do not withhold contrast when it is needed "
            "for a time-critical diagnosis.",
            "Metformin: stop at the time of contrast only if eGFR is below 30 or AKI is present; restart after 48 hours if kidney "
            "function is stable.",
            "Gadolinium: group II agents are used by default.",
            "Daniel Abramowitz, MD\nDiagnostic Radiology"]
    return mail(W, "Radiology Bulletin: contrast and kidney function", S("abramowitz"), [BOX("All Clinicians", "clinicians.all")],
                body, "alt", note="Radiology bulletin with eGFR thresholds for contrast and metformin; no individual.")


@sc("newsletter")
def nl09():
    W = "2026-03-20 13:30"
    txt = """RIVERSIDE CLINICAL RESEARCH - OPEN STUDIES (MARCH)

Study                      Area           Key inclusion                        Contact
HEART-LINK                 Cardiology     HFrEF, EF <= 40%, NYHA II-III          research.cardio
SLEEP-WELL                 Pulmonology    Newly diagnosed moderate-severe OSA    research.pulm
KIDNEY-SAFE                Nephrology     CKD stage 3b-4 with type 2 diabetes    research.renal
PEDS-ASTHMA-2              Pediatrics     Ages 6-11, persistent asthma           research.peds

Referrals: use the "Research Referral" order. Do not e-mail patient details; coordinators will
contact eligible patients through the research office.
"""
    body = ["This month's research newsletter: four studies are enrolling (list attached). Thank you to everyone who referred in "
            "February - enrollment targets were met for two studies.", "Clinical Research Office"]
    return mail(W, "Research news - open studies", BOX("Clinical Research Office", "research.office"), [BOX("All Clinicians", "clinicians.all")],
                body, "qp", [txt_att("open_studies_march.txt", txt)],
                note="Research newsletter (TXT) listing open studies and inclusion criteria; no patient.")


@sc("newsletter")
def nl10():
    W = "2026-01-30 09:05"
    inn = inner("2026-01-29 06:00", "Hospital Association Weekly", X("Ohio Hospital Forum", "newsletter@ohiohospitalforum.example.org"),
                [S("feldman")],
                ["HOSPITAL ASSOCIATION WEEKLY",
                 "- Workforce: state nursing school enrollment rose 6% this year.\n"
                 "- Measles: the health department reports 14 cases statewide this season; verify staff immunity documentation.\n"
                 "- Price transparency: updated machine-readable file guidance takes effect July 1.\n"
                 "- Webinar: rural obstetric readiness, February 18.",
                 "Unsubscribe | Ohio Hospital Forum"], "html", m365=False)
    body = ["FYI for the quality council - the measles item and the price transparency change are worth a look.", "Naomi"]
    return mail(W, "FW: Hospital Association Weekly", S("feldman"), [BOX("Quality Council", "quality.council")], body, "plain7",
                [fwd_att("Hospital Association Weekly.eml", inn)],
                note="Forwarded (rfc822) hospital association newsletter with statewide counts and policy news; no patient.")


# ---------------------------------------------------------------------------------------------------------------
# education (10)
# ---------------------------------------------------------------------------------------------------------------
@sc("education")
def ed01():
    W = "2026-01-08 13:00"
    body = ["Primary care team,",
            "This quarter's required module is 'Hypertension: diagnosis and treatment' (45 minutes, due March 31). Key points:",
            "- Stage 1 hypertension: 130-139/80-89 mmHg; stage 2: 140/90 or higher.\n- Confirm with home or ambulatory readings "
            "before diagnosing.\n- First-line drugs: thiazide diuretic, ACE inhibitor or ARB, or dihydropyridine calcium channel "
            "blocker.\n- Start two drugs when BP is 20/10 above goal.",
            "The post-test needs 80% to pass.",
            "Sarah McAllister, MSN, RN\nClinical Education"]
    return mail(W, "Required module: hypertension", S("mcallister"), [BOX("Primary Care Teams", "primarycare.all")], body, "plain7",
                note="Education module announcement with BP thresholds and first-line drug classes; no patient.")


@sc("education")
def ed02():
    W = "2026-01-20 10:30"
    pdf = pdf_att("Insulin_basics_for_nurses.pdf", [("h", "Insulin Basics for Nurses"), "Clinical Education - skills day handout", "",
                                                    ("b", "Types"), ("m", "Rapid-acting   lispro, aspart     onset 15 min   peak 1-2 h   duration 3-5 h"),
                                                    ("m", "Long-acting    glargine, detemir  onset 1-2 h    no peak        duration ~24 h"), "",
                                                    ("b", "Basal-bolus"), "Total daily dose about 0.4-0.5 units/kg: half basal, half divided over meals.", "",
                                                    ("b", "Hypoglycemia (glucose < 70 mg/dL)"),
                                                    "Give 15 g fast carbohydrate, recheck in 15 minutes, repeat if still below 70. "
                                                    "If unable to swallow: dextrose 50% 25 mL IV or glucagon 1 mg IM."], flate=True)
    body = ["Skills day participants,", "The insulin handout from today's session is attached for your reference.",
            "Sarah McAllister"]
    return mail(W, "Insulin handout", S("mcallister"), [BOX("Skills Day Participants", "skillsday")], body, "qp", [pdf],
                note="Staff education handout (FlateDecode PDF) on insulin types and hypoglycemia treatment; no patient.")


@sc("education")
def ed03():
    W = "2026-02-02 07:15"
    body = ["ECG OF THE WEEK",
            "Narrow-complex tachycardia at exactly 150 beats/min with sawtooth waves best seen in II, III and aVF.",
            "Answer: atrial flutter with 2:1 AV block. A regular rate of 150 should always make you look for hidden flutter waves; "
            "vagal maneuvers or adenosine can slow conduction and reveal them.",
            "Treatment options: rate control, anticoagulation by CHA2DS2-VASc as for atrial fibrillation, and referral for "
            "cavotricuspid isthmus ablation.",
            "Thomas Okafor, MD\nCardiology fellowship teaching series"]
    return mail(W, "ECG of the week", S("okafor"), [BOX("Residents", "residents")], body, "html",
                note="ECG teaching item on atrial flutter with 2:1 block; no patient details.")


@sc("education")
def ed04():
    W = "2026-02-12 12:30"
    body = ["Morning report case for Friday (fictional composite case for teaching; no real patient):",
            "A 67-year-old man presents with 3 days of fever, cough and confusion. BP 88/50, HR 118, RR 28, SpO2 89% on room air. "
            "Lactate 4.2 mmol/L, creatinine 2.1 mg/dL, WBC 19.",
            "Questions:\n1. Does he meet sepsis criteria, and what is his qSOFA?\n2. What fluid volume would you give in the first "
            "3 hours?\n3. Which antibiotics for severe community-acquired pneumonia?\n4. When would you start vasopressors?",
            "Anjali Mehta, MD\nInternal Medicine Residency - Chief Resident Office"]
    return mail(W, "Friday morning report case", S("mehta"), [BOX("Residents", "residents")], body, "b64",
                note="Teaching case explicitly marked as a fictional composite, no identifiers; education only.")


@sc("education")
def ed05():
    W = "2026-02-20 09:45"
    html = """<html><head><meta charset="utf-8"><title>Transfusion competency</title></head><body>
<h2>Annual Blood Transfusion Competency</h2>
<h3>Before the transfusion</h3>
<ol><li>Verify the order and consent.</li><li>Two-person bedside check of patient identifiers against the unit tag.</li>
<li>Baseline vital signs within 30 minutes before starting.</li></ol>
<h3>Signs of a reaction</h3>
<p>Fever (rise of 1&deg;C or more), chills, hives, back pain, shortness of breath, hypotension, dark urine.</p>
<h3>If a reaction is suspected</h3>
<ol><li>Stop the transfusion and keep the line open with normal saline.</li><li>Notify the provider and blood bank.</li>
<li>Send the bag and tubing to the blood bank.</li></ol>
<p>Complete the 10-question quiz in the learning system by March 31.</p>
</body></html>
"""
    body = ["All RNs,", "This year's transfusion competency content is attached. Please review before taking the quiz.",
            "Clinical Education"]
    return mail(W, "Transfusion competency", S("mcallister"), [BOX("All Nursing", "nursing.all")], body, "alt",
                [html_att("transfusion_competency.html", html)],
                note="Transfusion competency content (HTML attachment) listing reaction signs and steps; no patient.")


@sc("education")
def ed06():
    W = "2026-03-02 14:10"
    txt = """SPECIMEN COLLECTION QUICK GUIDE - ORDER OF DRAW

ORDER  TUBE                      ADDITIVE         COMMON TESTS
1      Blood culture bottles     broth            blood cultures
2      Light blue                sodium citrate   PT/INR, PTT (fill to the line)
3      Red / gold                clot activator   chemistry, serology
4      Green                     lithium heparin  BMP, troponin
5      Lavender                  EDTA             CBC, A1c
6      Gray                      sodium fluoride  lactate, glucose

Invert tubes gently: citrate 3-4 times, others 8-10 times. Lactate on ice, to the lab within 15 minutes.
"""
    body = ["New phlebotomy and nursing staff,", "Quick guide attached - please post it in the med rooms.", "Yvonne Pham\nLab Operations"]
    return mail(W, "Order of draw guide", S("pham"), [BOX("Nursing and Phlebotomy", "phlebotomy.nursing")], body, "qp",
                [txt_att("order_of_draw.txt", txt)],
                note="Specimen collection guide (TXT) with tube order of draw and analytes; no patient.")


@sc("education")
def ed07():
    W = "2026-03-09 11:20"
    obj = {"catalog": "Riverside Learning - Spring 2026", "courses": [
        {"id": "CLN-201", "title": "Sepsis recognition and the first hour", "hours": 1.0, "audience": ["RN", "MD", "APP"]},
        {"id": "CLN-215", "title": "Safe opioid prescribing", "hours": 2.0, "audience": ["MD", "APP"], "cme": True},
        {"id": "CLN-230", "title": "Delirium prevention in older adults", "hours": 0.75, "audience": ["RN", "PT", "OT"]},
        {"id": "CLN-244", "title": "Pediatric weight-based dosing", "hours": 1.0, "audience": ["RN", "PharmD"]}]}
    body = ["Hi Sarah,", "As requested, the spring course catalog export for your learning system import is attached. Let us know if "
            "the JSON shape works for the new connector.", "LearnPath Customer Success"]
    return mail(W, "Spring catalog export", X("LearnPath Customer Success", "success@learnpath.example.org"), [S("mcallister")], body,
                "alt", [json_att("course_catalog.json", obj)], inbound=True,
                note="Learning-system course catalog (JSON) with clinical course titles; no patient.")


@sc("education")
def ed08():
    W = "2026-03-13 08:25"
    rows = [["Drug", "Indication", "Dose (mg/kg/dose)", "Frequency", "Max single dose"],
            ["Acetaminophen", "Fever/pain", "15", "every 6 h", "1,000 mg"], ["Ibuprofen", "Fever/pain (>6 months)", "10", "every 6-8 h", "600 mg"],
            ["Amoxicillin (high dose)", "Acute otitis media", "45", "every 12 h", "2,000 mg"],
            ["Ondansetron", "Vomiting", "0.15", "every 8 h", "4 mg"], ["Dexamethasone", "Croup", "0.6", "once", "16 mg"]]
    body = ["Pediatric dosing reference for the education binder:",
            T(rows[0], rows[1:]),
            "CSV copy attached for the shared drive. Always double-check the weight in kilograms.",
            "Joon Park, PharmD"]
    return mail(W, "Peds dosing reference", S("park"), [BOX("Children's Clinic Nurses", "cc.nurses")], body, "html",
                [csv_att("peds_dosing_reference.csv", rows)],
                note="Pediatric weight-based dosing reference table (HTML body and CSV); no patient.")


@sc("education")
def ed09():
    W = "2026-03-19 15:40"
    body = ["ICU nurses,",
            "Reminder on CAM-ICU delirium screening every shift and with any change in mental status:",
            "Feature 1: acute change or fluctuating course of mental status\nFeature 2: inattention (letters attention test, "
            "'SAVEAHAART', more than 2 errors)\nFeature 3: altered level of consciousness (RASS other than 0)\n"
            "Feature 4: disorganized thinking",
            "Delirium is present with features 1 and 2 plus either 3 or 4. Screen only when RASS is -3 or higher.",
            "Tomasz Wozniak, RN\nMICU Charge Nurse / Unit Educator"]
    return mail(W, "CAM-ICU refresher", S("wozniak"), [BOX("MICU Nurses", "micu.rn")], body, "b64",
                note="CAM-ICU delirium screening refresher for ICU nurses; no patient.")


@sc("education")
def ed10():
    W = "2026-03-27 10:00"
    inn = inner("2026-03-26 16:30", "Anticoagulant reversal - quick guide", S("hassan"), [BOX("Pharmacy Department", "pharmacy.dept")],
                ["Quick guide for the ED and ICU:",
                 "- Warfarin with major bleeding: 4-factor PCC by INR and weight plus vitamin K 10 mg IV.\n"
                 "- Dabigatran: idarucizumab 5 g IV.\n- Apixaban or rivaroxaban: andexanet alfa or 4-factor PCC 50 units/kg per protocol.\n"
                 "- Heparin: protamine 1 mg per 100 units given in the last 2-3 hours.",
                 "Ahmed"], "plain7")
    body = ["Residents - worth keeping on your phone. Forwarding the pharmacy quick guide on anticoagulant reversal.", "Marcus Bell, MD"]
    return mail(W, "FW: Anticoagulant reversal - quick guide", S("bell"), [BOX("Residents", "residents")], body, "plain7",
                [fwd_att("Anticoagulant reversal - quick guide.eml", inn)],
                note="Forwarded (rfc822) pharmacy teaching guide on anticoagulant reversal doses; no patient.")


# ---------------------------------------------------------------------------------------------------------------
# aggregate (10): counts and rates, no individual
# ---------------------------------------------------------------------------------------------------------------
@sc("aggregate")
def ag01():
    W = "2026-02-03 08:10"
    body = ["ED leadership,", "January dashboard:",
            T(["Measure", "Jan", "Dec", "Target"], [["Arrivals", "6,412", "6,980", ""], ["Admitted", "1,187 (18.5%)", "1,305 (18.7%)", ""],
                                                    ["Left without being seen", "2.9%", "3.6%", "< 2%"],
                                                    ["Median door-to-provider", "21 min", "26 min", "< 20 min"],
                                                    ["Median boarding time (admits)", "4.8 h", "5.6 h", "< 4 h"]]),
            "Flu volumes dropped after the second week of January.",
            "ED Operations Analytics"]
    return mail(W, "ED dashboard - January", BOX("ED Operations Analytics", "ed.analytics"), [BOX("ED Leadership", "ed.leadership")],
                body, "plain7", note="Monthly ED volume and throughput statistics; no individual.")


@sc("aggregate")
def ag02():
    W = "2026-02-09 13:20"
    rows = [["Unit", "Patient days", "Falls", "Falls with injury", "Falls per 1,000 pt days", "Hand hygiene audits", "Hand hygiene compliance"]]
    for u, pdays, f, fi, aud, hh in (("4 East", 812, 2, 0, 120, "94%"), ("5 West", 905, 4, 1, 140, "91%"), ("6 East Ortho", 640, 3, 1, 95, "89%"),
                                     ("MICU", 410, 0, 0, 160, "97%"), ("BH2", 520, 1, 0, 60, "92%")):
        rows.append([u, str(pdays), str(f), str(fi), f"{1000 * f / pdays:.2f}", str(aud), hh])
    body = ["Nurse managers,", "January falls and hand hygiene by unit are attached. 5 West and 6 East Ortho are above the falls "
            "benchmark of 3.0 per 1,000 patient days; let's review at the quality council.", "Naomi Feldman, MD"]
    return mail(W, "Falls and hand hygiene - January", S("feldman"), [BOX("Nurse Managers", "nurse.managers")], body, "qp",
                [csv_att("falls_hh_jan.csv", rows)], note="Unit-level falls rates and hand hygiene compliance (CSV); no individual.")


@sc("aggregate")
def ag03():
    W = "2026-02-18 11:00"
    body = ["Flu vaccination season update (patients 6 months and older seen since September 1):",
            T(["Clinic", "Eligible patients seen", "Vaccinated", "Rate"],
              [["Eastgate Family Medicine", "8,214", "4,763", "58.0%"], ["Northside Primary Care", "6,032", "3,197", "53.0%"],
               ["Children's Clinic", "4,870", "3,019", "62.0%"], ["Westfield Clinic", "3,115", "1,464", "47.0%"]]),
            "Westfield is running a Saturday walk-in clinic in March to close the gap.",
            "Population Health Analytics"]
    return mail(W, "Flu vaccination rates by clinic", BOX("Population Health Analytics", "pophealth"), [BOX("Primary Care Leaders", "pc.leaders")],
                body, "html", note="Flu vaccination counts and rates by clinic; aggregate only.")


@sc("aggregate")
def ag04():
    W = "2026-02-25 09:30"
    pdf = pdf_att("Lab_volumes_Q4.pdf", [("h", "Laboratory Test Volumes - Q4 2025"), "",
                                          ("m", "TEST                 OCT      NOV      DEC      Q4 TOTAL   vs Q3"),
                                          ("m", "CBC                  18,402   17,955   18,870   55,227     +3.1%"),
                                          ("m", "BMP/CMP              21,310   20,874   22,046   64,230     +2.4%"),
                                          ("m", "Hemoglobin A1c        3,912    3,604    3,287   10,803     -1.8%"),
                                          ("m", "Troponin              2,840    2,911    3,304    9,055     +6.7%"),
                                          ("m", "Respiratory PCR       1,105    2,487    4,930    8,522   +148.0%"),
                                          ("m", "Blood cultures        1,644    1,702    1,889    5,235     +4.0%"), "",
                                          "Turnaround (median, ED): CBC 24 min, BMP 38 min, troponin 41 min."], flate=True)
    body = ["Lab leadership,", "Q4 volumes attached for the budget meeting. Respiratory PCR volume more than doubled in December.",
            "Yvonne Pham"]
    return mail(W, "Q4 test volumes", S("pham"), [BOX("Lab Leadership", "lab.leadership")], body, "alt", [pdf], label=INTERNAL,
                note="Quarterly lab test volumes (FlateDecode PDF) with the Internal label; aggregate only.")


@sc("aggregate")
def ag05():
    W = "2026-03-03 14:45"
    body = ["Diabetes registry summary - adults with diabetes, as of March 1:",
            "Eastgate: 1,942 patients; 17.8% with last A1c > 9% (down from 19.6%)\nNorthside: 1,516 patients; 21.2% > 9%\n"
            "Westfield: 884 patients; 24.0% > 9%\nAll clinics: 4,342 patients; 20.2% > 9%; 62% with a urine albumin test in "
            "the last 12 months",
            "Pharmacist-led titration visits started at Eastgate in November; we'll compare after two quarters.",
            "Population Health Analytics"]
    return mail(W, "Diabetes registry summary", BOX("Population Health Analytics", "pophealth"), [S("alsayed"), S("lindqvist")],
                body, "b64", note="Diabetes registry percentages by clinic (A1c > 9%); counts only.")


@sc("aggregate")
def ag06():
    W = "2026-03-10 10:05"
    html = """<html><head><meta charset="utf-8"><title>HCAHPS</title></head><body>
<h2>HCAHPS top-box scores, Q4 2025 (n = 1,204 surveys)</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Domain</th><th>Riverside</th><th>State average</th></tr>
<tr><td>Communication with nurses</td><td>79%</td><td>80%</td></tr>
<tr><td>Communication with doctors</td><td>81%</td><td>80%</td></tr>
<tr><td>Responsiveness of staff</td><td>64%</td><td>66%</td></tr>
<tr><td>Communication about medicines</td><td>60%</td><td>62%</td></tr>
<tr><td>Quietness at night</td><td>55%</td><td>61%</td></tr>
<tr><td>Would recommend</td><td>72%</td><td>70%</td></tr>
</table>
</body></html>
"""
    body = ["Riverside Health Patient Experience team,", "Your Q4 HCAHPS top-box summary is attached. Quietness at night remains the "
            "lowest domain compared with the state average.", "PressPoint Surveys - Client Reporting"]
    return mail(W, "HCAHPS Q4 summary", X("PressPoint Client Reporting", "reporting@presspointsurveys.example.org"),
                [BOX("Patient Experience Office", "patient.experience")], body, "html", [html_att("hcahps_q4.html", html)], inbound=True, note="Patient-experience survey percentages (HTML attachment); aggregate only.")


@sc("aggregate")
def ag07():
    W = "2026-03-16 07:50"
    obj = {"dashboard": "OR utilization", "period": "2026-02", "rooms": [
        {"room": "OR 1", "staffedHours": 200, "usedHours": 171, "utilization": 0.855, "firstCaseOnTime": 0.82},
        {"room": "OR 2", "staffedHours": 200, "usedHours": 158, "utilization": 0.79, "firstCaseOnTime": 0.77},
        {"room": "OR 3", "staffedHours": 160, "usedHours": 109, "utilization": 0.681, "firstCaseOnTime": 0.71},
        {"room": "Robot", "staffedHours": 120, "usedHours": 104, "utilization": 0.867, "firstCaseOnTime": 0.88}],
           "cases": {"total": 612, "addOn": 87, "cancelledSameDay": 19}}
    body = ["Perioperative committee,", "February OR utilization export attached. Same-day cancellations were 3.1% of cases.",
            "Perioperative Analytics"]
    return mail(W, "OR utilization - February", BOX("Perioperative Analytics", "periop.analytics"), [BOX("Perioperative Committee", "periop.committee")],
                body, "plain7", [json_att("or_utilization_2026-02.json", obj)],
                note="Operating room utilization statistics (JSON); no individual.")


@sc("aggregate")
def ag08():
    W = "2026-03-23 13:15"
    txt = """ANTIMICROBIAL USE - DAYS OF THERAPY (DOT) PER 1,000 PATIENT DAYS, FEBRUARY

AGENT                     ICU     MED/SURG   HOSPITAL
Piperacillin-tazobactam   112     41         52
Cefepime                   88     30         38
Vancomycin IV             131     47         60
Ceftriaxone                64     72         70
Meropenem                  29      6          9
Fluoroquinolones           14     11         11
TOTAL                     702    389        438

Benchmark (similar hospitals, SAAR): 0.94 overall.
"""
    body = ["Stewardship committee,", "February antibiotic use report attached. Vancomycin in the ICU remains high; we'll discuss MRSA "
            "nasal PCR de-escalation at the next meeting.", "Nadia Haddad, MD\nAntimicrobial Stewardship"]
    return mail(W, "Antibiotic use - February", S("haddad"), [BOX("Stewardship Committee", "stewardship")], body, "qp",
                [txt_att("dot_february.txt", txt)], note="Antibiotic days of therapy per 1,000 patient days by unit (TXT); aggregate only.")


@sc("aggregate")
def ag09():
    W = "2026-03-25 15:30"
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<RegistrySummary facility="Riverside Medical Center" year="2025" submittedTo="State Cancer Registry">
  <Site name="Breast" cases="212"/>
  <Site name="Lung and bronchus" cases="168"/>
  <Site name="Colon and rectum" cases="121"/>
  <Site name="Prostate" cases="134"/>
  <Site name="Melanoma of skin" cases="47"/>
  <Site name="Pancreas" cases="39"/>
  <Total analyticCases="1104" nonAnalyticCases="187"/>
</RegistrySummary>"""
    body = ["Cancer committee members,", "The 2025 annual case summary submitted to the state registry is attached (XML). Analytic cases "
            "rose 4% over 2024, driven by lung screening.", "Grace Kim, RN\nfor the Cancer Registry"]
    return mail(W, "2025 registry summary", S("kim"), [BOX("Cancer Committee", "cancer.committee")], body, "b64",
                [xml_att("registry_summary_2025.xml", xml)], note="Cancer registry case counts by site (XML); no individual.")


@sc("aggregate")
def ag10():
    W = "2026-01-14 16:00"
    pdf = pdf_att("Birth_statistics_2025.pdf", [("h", "Riverside Birthing Center - 2025 Statistics"), "",
                                                 ("m", "MONTH   BIRTHS   CESAREAN   RATE    VBAC"),
                                                 ("m", "Jan       142        41      28.9%   3"), ("m", "Feb       128        35      27.3%   2"),
                                                 ("m", "Mar       151        46      30.5%   4"), ("m", "Apr       139        38      27.3%   2"),
                                                 ("m", "May       147        40      27.2%   5"), ("m", "Jun       155        45      29.0%   3"),
                                                 ("m", "Jul       161        44      27.3%   4"), ("m", "Aug       158        47      29.7%   3"),
                                                 ("m", "Sep       149        42      28.2%   2"), ("m", "Oct       144        39      27.1%   4"),
                                                 ("m", "Nov       133        37      27.8%   3"), ("m", "Dec       137        36      26.3%   2"),
                                                 ("m", "TOTAL    1,744      490      28.1%  37"), "",
                                                 "NTSV cesarean rate: 23.4% (state target 23.9%)."])
    body = ["Hi all,", "2025 birth statistics attached for the annual report. Our NTSV cesarean rate met the state target for the first time.",
            "Laura Fitzgerald, MD\nMedical Director, Birthing Center"]
    return mail(W, "2025 birth statistics", S("fitzgerald"), [BOX("Women's Health Leadership", "womens.leadership")], body, "alt",
                [pdf], note="Monthly births and cesarean rates (uncompressed PDF); aggregate only.")


# ---------------------------------------------------------------------------------------------------------------
# template (10): placeholders, blank forms
# ---------------------------------------------------------------------------------------------------------------
@sc("template")
def tp01():
    W = "2026-01-12 10:45"
    body = ["Hi Rebecca,", "Here's the proposed wording for the normal-results letter in the new template library. Fields in brackets "
            "are filled by the system:",
            Pre("Dear [PATIENT NAME],\n\nYour recent [TEST NAME] test from [COLLECTION DATE] was normal. No changes to your care are\n"
                "needed at this time. Your next check is due in [INTERVAL].\n\nIf you have questions, call [CLINIC PHONE].\n\n"
                "Sincerely,\n[PROVIDER NAME]"),
            "If you're OK with it I'll ask IT to load it Friday.", "Keisha",
            Q(S("lindqvist"), "2026-01-09 16:12", [S("brown")], "result letter wording",
              ["Keisha, could you draft wording for a plain-language normal results letter? Short, no jargon.", "Rebecca"])]
    return mail(W, "RE: result letter wording", S("brown"), [S("lindqvist")], body, "plain7", depth=1,
                note="Draft result-letter template with [PATIENT NAME]/[TEST NAME] placeholders; no patient.")


@sc("template")
def tp02():
    W = "2026-01-21 09:10"
    pdf = pdf_att("Referral_form_blank.pdf", [("h", "Riverside Health - Outpatient Referral Form"), "",
                                              "Patient name: ______________________________   DOB: __/__/____",
                                              "Phone: (___) ___-____      Preferred language: ______________", "",
                                              "Referred to (specialty): ____________________   Priority:  [ ] Routine  [ ] Urgent", "",
                                              "Reason for referral: __________________________________________________",
                                              "____________________________________________________________________", "",
                                              "Diagnosis (ICD-10-CM): ________    Attached:  [ ] Notes  [ ] Imaging  [ ] Labs", "",
                                              "Referring provider: ______________________   Signature: ______________   Date: __/__/____"])
    body = ["Clinic managers,", "The updated blank referral form is attached for downtime use - please replace the old version in "
            "your downtime binders.", "Daniela Lopez\nReferral Coordinator"]
    return mail(W, "Updated downtime referral form", S("lopez"), [BOX("Clinic Managers", "clinic.managers")], body, "qp", [pdf],
                note="Blank referral form (PDF) with ____ fields and __/__/____ date; no patient.")


@sc("template")
def tp03():
    W = "2026-02-02 11:35"
    segs = ["MSH|^~\\&|EPIC|RIVERSIDE|[RECEIVING_APP]|[RECEIVING_FACILITY]|[YYYYMMDDHHMMSS]||ADT^A08^ADT_A01|[CONTROL_ID]|T|2.5.1",
            "EVN|A08|[YYYYMMDDHHMMSS]",
            "PID|1||[MRN]^^^RH^MR||[LAST_NAME]^[FIRST_NAME]^[MIDDLE]||[DOB_YYYYMMDD]|[SEX]|||[STREET]^^[CITY]^[STATE]^[ZIP]||[PHONE]",
            "PV1|1|[PATIENT_CLASS]|[UNIT]^[ROOM]^[BED]^[FACILITY]||||[ATTENDING_NPI]^[ATTENDING_LAST]^[ATTENDING_FIRST]"]
    body = ["Hi LinkWell integration team,",
            "As requested, the A08 template for your connectivity testing is attached. Every field in brackets is a placeholder; "
            "MSH-11 is T (test). Please build test messages from it with your own dummy values only.",
            "Nikhil Bose\nRiverside Health IS&T"]
    return mail(W, "A08 template for testing", S("bose"), [X("LinkWell Integration", "integration@linkwell.example.org")], body, "b64",
                [hl7_att("ADT_A08_template.hl7", segs, "text/plain")],
                note="HL7 ADT^A08 template (processing id T) whose fields are all [PLACEHOLDER]s; no patient.")


@sc("template")
def tp04():
    W = "2026-02-10 15:20"
    body = ["Hi team,", "New SmartPhrase .PREOPCALL is live. Text below for reference:",
            Pre("Pre-operative phone call for @NAME@ (@AGE@ @SEX@), DOB @DOB@.\nProcedure: *** with *** on ***.\n"
                "Arrival time: ***. NPO after midnight reviewed: {YES/NO:20012}.\nMedications to hold: ***\n"
                "Ride home confirmed: {YES/NO:20012}  Driver: ***\nCalled by @ME@ on @TD@."),
            "Use F2 to jump between the *** fields.", "Joon Park, PharmD\nPharmacy Informatics / EHR build"]
    return mail(W, "New SmartPhrase .PREOPCALL", S("park"), [BOX("Surgical Scheduling Nurses", "surg.rn")], body, "html",
                note="SmartPhrase template with @NAME@/@DOB@ tokens and *** fields; no patient.")


@sc("template")
def tp05():
    W = "2026-02-19 13:50"
    body = ["Jordan,", "Final text for the SMS/e-mail appointment reminder campaign. The merge fields are in double braces:",
            Pre("Hi {{patient_first_name}}, this is Riverside Health reminding you of your appointment with {{provider_name}} on\n"
                "{{appt_date}} at {{appt_time}} at {{location}}. Reply C to confirm or R to reschedule. Msg&data rates may apply."),
            "Compliance approved it this morning - no clinic names that reveal the specialty.", "Brittany Cole\nPatient Scheduling"]
    return mail(W, "Reminder text - final", S("cole"), [S("ellis")], body, "alt",
                note="Appointment-reminder merge template with {{patient_first_name}}-style fields; no patient.")


@sc("template")
def tp06():
    W = "2026-03-02 08:40"
    html = """<html><head><meta charset="utf-8"><title>Registration form</title></head><body style="font-family:Arial">
<h2>Patient Registration (paper downtime form)</h2>
<table cellpadding="6">
<tr><td>Legal name (last, first, middle)</td><td>________________________________</td></tr>
<tr><td>Date of birth</td><td>__/__/____</td></tr>
<tr><td>Social Security number</td><td>___-__-____</td></tr>
<tr><td>Address</td><td>________________________________</td></tr>
<tr><td>Phone</td><td>(___) ___-____</td></tr>
<tr><td>Insurance / member ID</td><td>________________  / ________________</td></tr>
<tr><td>Emergency contact</td><td>________________________________</td></tr>
</table>
<p>Registrar initials: ____ &nbsp; Date/time: __/__/____ __:__</p>
</body></html>
"""
    body = ["Registration staff,", "Attached is the HTML version of the downtime registration form for the shared drive. Print from "
            "the browser if the print shop copies run out.", "Tyrone Mitchell"]
    return mail(W, "Downtime registration form", S("mitchell"), [BOX("Patient Access", "patient.access")], body, "plain7",
                [html_att("registration_form_blank.html", html)],
                note="Blank downtime registration form (HTML) with ___-__-____ and __/__/____ fields; no patient.")


@sc("template")
def tp07():
    W = "2026-03-06 10:25"
    obj = {"resourceType": "Patient", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9913.2.1", "value": "${patient.mrn}"}],
           "name": [{"use": "official", "family": "${patient.family}", "given": ["${patient.given}"]}],
           "gender": "${patient.gender}", "birthDate": "${patient.birthDate}",
           "telecom": [{"system": "phone", "value": "${patient.phone}"}],
           "address": [{"line": ["${patient.street}"], "city": "${patient.city}", "state": "${patient.state}", "postalCode": "${patient.zip}"}]}
    body = ["Hi Nikhil,", "Here's the FHIR Patient template our API mapping will use - all values are ${...} substitution variables "
            "resolved at runtime. Can your team review the identifier system before we promote it to test?",
            "Priya Venkatesh\nInterlace API Services"]
    return mail(W, "Patient resource template", X("Priya Venkatesh", "pvenkatesh@interlaceapi.example.org"), [S("bose")], body, "qp",
                [json_att("Patient.template.json", obj)], inbound=True,
                note="FHIR Patient JSON template with ${patient.*} variables; no patient.")


@sc("template")
def tp08():
    W = "2026-03-12 14:00"
    rows = [["last_name", "first_name", "date_of_birth", "phone", "vaccine_requested", "preferred_time"],
            ["[LAST NAME]", "[FIRST NAME]", "MM/DD/YYYY", "(XXX) XXX-XXXX", "[Flu / COVID-19 / Tdap]", "[AM / PM]"]]
    body = ["Hi clinic leads,", "Please use the attached import template for community vaccine clinic sign-ups. Row 2 shows the format "
            "with placeholders - overwrite it, don't add a row below it.", "Population Health Outreach"]
    return mail(W, "Vaccine clinic sign-up template", BOX("Population Health Outreach", "pophealth.outreach"),
                [BOX("Clinic Managers", "clinic.managers")], body, "b64", [csv_att("signup_import_template.csv", rows)],
                note="CSV import template with [LAST NAME]/MM/DD/YYYY placeholders; no patient.")


@sc("template")
def tp09():
    W = "2026-03-18 09:55"
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<LetterTemplate id="NO-SHOW-01" version="3">
  <Header>Riverside Health - [CLINIC NAME]</Header>
  <Salutation>Dear [PATIENT NAME],</Salutation>
  <Paragraph>We missed you at your appointment on [APPOINTMENT DATE] at [APPOINTMENT TIME].</Paragraph>
  <Paragraph>Please call [CLINIC PHONE] to reschedule. If you no longer need this appointment, no action is required.</Paragraph>
  <Signature>[PROVIDER NAME]</Signature>
  <MergeFields>
    <Field name="PATIENT NAME" source="{{patient.display_name}}"/>
    <Field name="APPOINTMENT DATE" source="{{appt.date}}"/>
  </MergeFields>
</LetterTemplate>"""
    body = ["Brittany,", "The no-show letter template (XML for the letter engine) is attached with the merge fields mapped. Please check "
            "the wording before I load it.", "Nikhil"]
    return mail(W, "No-show letter template", S("bose"), [S("cole")], body, "html", [xml_att("no_show_template.xml", xml)],
                note="Letter template in XML with [PATIENT NAME] and {{...}} merge fields; no patient.")


@sc("template")
def tp10():
    W = "2026-03-26 11:40"
    inn = inner("2026-03-25 17:05", "Proof - financial assistance letter", X("PrintPoint Proofs", "proofs@printpoint.example.org"),
                [S("liu")],
                ["Proof for approval (job FA-0326):",
                 Pre("Dear <<GUARANTOR NAME>>,\n\nYour application for financial assistance dated XX/XX/XXXX has been <<DECISION>>.\n"
                     "Discount applied: <<PERCENT>>% of eligible charges on account <<ACCOUNT>>.\n\nPatient Financial Services"),
                 "Please reply APPROVED or send changes."], "plain7", m365=False)
    body = ["Connor - proof below looks right to me; can you double-check the discount wording before I approve?", "Sharon"]
    return mail(W, "FW: Proof - financial assistance letter", S("liu"), [S("walsh")], body, "alt",
                [fwd_att("Proof - financial assistance letter.eml", inn)],
                note="Forwarded (rfc822) print proof of a letter template with <<GUARANTOR NAME>> and XX/XX/XXXX; no patient.")


# ---------------------------------------------------------------------------------------------------------------
# birth_year (10): birth years and birthdays with no health context
# ---------------------------------------------------------------------------------------------------------------
@sc("birth_year")
def by01():
    W = "2026-01-16 12:30"
    body = ["Friends,",
            "After 38 years at Riverside, Donna Kraus retires on January 30. Donna was born in 1961 in Duluth, Minnesota, moved here "
            "for nursing school and never left. She has worked on every medical floor and trained more new graduates than anyone "
            "can count.",
            "Please join us for cake in the 5 West break room on the 30th at 2 pm.",
            "Maria Delgado"]
    return mail(W, "Donna's retirement", S("delgado"), [BOX("5 West Staff", "5w.staff")], body, "plain7",
                note="Retirement announcement with a nurse's birth year and birthplace; no health context.")


@sc("birth_year")
def by02():
    W = "2026-01-23 09:00"
    body = ["Lab team,", "Birthday cakes for February and March (we celebrate on the last Friday of the month):",
            "February: Tomas Herrera (Feb 3), Aisha Bello (Feb 11), Greg Nilsson (Feb 26)\n"
            "March: Paulina Wojcik (Mar 8), Dev Malhotra (Mar 19), Rosa Quinn (Mar 30)",
            "Sign-up sheet for bringing cake is on the break room fridge.", "Yvonne"]
    return mail(W, "Birthday cakes Feb/March", S("pham"), [BOX("Lab Staff", "lab.staff")], body, "qp",
                note="Staff birthday list for a cake rota; no health information.")


@sc("birth_year")
def by03():
    W = "2026-02-06 10:00"
    body = ["RIVERSIDE HISTORY CORNER",
            f"Our founder, Dr. Eleanor Whitcombe, was born on 03/14/{SPLIT}1888 in a farmhouse outside Millbrook. In 1921 she opened a "
            "twelve-bed hospital above the hardware store on Main Street with two nurses and a borrowed X-ray machine.",
            "Her portrait hangs in the main lobby; the original ledger from the first year is on display in the library this month.",
            "Marketing and Communications"]
    return mail(W, "History Corner: our founder", S("ellis"), [BOX("All Staff", "allstaff")], body, "html",
                note="History item with the founder's birth date (split across spans); no health context.")


@sc("birth_year")
def by04():
    W = "2026-02-13 14:25"
    body = ["Board of Trustees,",
            "The Foundation is pleased to announce a $2 million gift from the estate of Harold P. Strandberg to establish a "
            "nursing scholarship. Mr. Strandberg, born in 1937 in Stockholm, was a machinist and later owned a tool company in "
            "Millbrook. He asked that the scholarship favour first-generation college students.",
            "A dedication event is planned for May.",
            "Claire Beaumont\nRiverside Health Foundation"]
    return mail(W, "Gift announcement", S("beaumont"), [BOX("Board of Trustees", "trustees")], body, "b64",
                note="Donor announcement giving a benefactor's birth year; no health context.")


@sc("birth_year")
def by05():
    W = "2026-02-20 11:15"
    body = ["Retiree Club members,",
            "Our spring luncheon is April 14 at noon in the Community Room. This year we honor our longest-serving retiree, "
            "Mabel Ostrowski, who was born in 1929 and worked in the hospital kitchen and later the gift shop for 41 years.",
            "RSVP to Linda by April 1. Parking in Lot C will be reserved.",
            "Linda Harper\nVolunteer Services"]
    return mail(W, "Spring retiree luncheon", S("harper"), [BOX("Retiree Club", "retirees")], body, "alt",
                note="Retiree luncheon invitation naming a retiree's birth year; no health context.")


@sc("birth_year")
def by06():
    W = "2026-03-04 15:40"
    pdf = pdf_att("Volunteer_of_the_Year.pdf", [("h", "Volunteer of the Year: Corazon Villanueva"), "",
                                                "Corazon was born in 1952 in Manila and came to Ohio in 1978. She taught high school chemistry "
                                                "for 30 years before joining the information desk in 2016.", "",
                                                "In 2025 she gave 612 hours, trained 14 new volunteers and started the Saturday lobby piano program.", "",
                                                "Congratulations, Corazon!"])
    body = ["Hello volunteers,", "Please join me in congratulating Corazon Villanueva, our Volunteer of the Year! Her profile for the "
            "newsletter is attached.", "Linda Harper"]
    return mail(W, "Volunteer of the Year", S("harper"), [BOX("Volunteers", "volunteers")], body, "html", [pdf],
                note="Volunteer profile (PDF) with her birth year and birthplace; no health context.")


@sc("birth_year")
def by07():
    W = "2026-03-11 09:30"
    body = ["Trivia Tuesday!",
            "This week: In what year was our CEO, Marcus Oyelaran, born? Hint: it's the same year the hospital opened its first "
            "heliport. Answer: 1968.",
            "Next week's question: how many languages do our interpreters cover?",
            "Employee Engagement Committee"]
    return mail(W, "Trivia Tuesday", BOX("Employee Engagement", "engagement"), [BOX("All Staff", "allstaff")], body, "qp",
                note="Staff trivia giving the CEO's birth year; no health context.")


@sc("birth_year")
def by08():
    W = "2026-03-17 13:05"
    body = ["Hi all,",
            "For next month's 'Generations at Work' panel, our four panelists represent four decades: Ruth Abendroth (born 1958, "
            "Environmental Services), Carlos Ybarra (born 1974, Finance), Mei Tanabe (born 1989, Pharmacy) and Jaylen Brooks "
            "(born 2002, Patient Transport).",
            "Panel is April 9, 12:00-1:00 in the auditorium and on Teams.",
            "Melissa Grant\nHuman Resources"]
    return mail(W, "Generations at Work panel", S("grant"), [BOX("All Staff", "allstaff")], body, "b64",
                note="Panel announcement listing staff panelists' birth years; no health context.")


@sc("birth_year")
def by09():
    W = "2026-03-20 10:20"
    rows = [["Name", "Role", "Born", "Joined board", "Committee"], ["Evelyn Hargrove", "Chair", "1955", "2014", "Executive"],
            ["Dr. Samuel Achterberg", "Vice Chair", "1961", "2017", "Quality"], ["Priya Natarajan", "Treasurer", "1970", "2019", "Finance"],
            ["Martin Reyes-Dunn", "Secretary", "1966", "2020", "Governance"], ["Adaora Nnaji", "Trustee", "1982", "2023", "Community Benefit"]]
    body = ["Jordan,", "Board roster for the annual report is attached in the web CMS format, including birth years for the 'about our trustees' page as "
            "approved by each trustee.", "Claire Beaumont"]
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Trustees report="Annual Report 2025">\n'
           + "\n".join(f'  <Trustee name="{r[0]}" role="{r[1]}" born="{r[2]}" joined="{r[3]}" committee="{r[4]}"/>' for r in rows[1:])
           + "\n</Trustees>")
    return mail(W, "Trustee roster for annual report", S("beaumont"), [S("ellis")], body, "alt", [xml_att("trustees.xml", xml)],
                note="Board roster (XML for the web CMS) with trustees' birth years; no health context.")


@sc("birth_year")
def by10():
    W = "2026-03-30 08:50"
    inn = inner("2026-03-28 07:00", "Millbrook Courier: Local volunteer turns 100", X("Millbrook Courier", "news@millbrookcourier.example.org"),
                [S("harper")],
                ["MILLBROOK COURIER - COMMUNITY",
                 "Local volunteer turns 100",
                 "Augusta Pemberton, born on March 27, 1926, celebrated her 100th birthday on Friday with family and friends at the "
                 "Millbrook Public Library, where she still reads to children every Wednesday. Pemberton volunteered at Riverside "
                 "Health's gift shop for 25 years.",
                 "Read more at the Courier website."], "html", m365=False)
    body = ["Everyone - lovely article about Augusta, forwarded below. Cards can go to the Volunteer Office.", "Linda"]
    return mail(W, "FW: Millbrook Courier: Local volunteer turns 100", S("harper"), [BOX("Volunteers", "volunteers")], body, "plain7",
                [fwd_att("Local volunteer turns 100.eml", inn)],
                note="Forwarded (rfc822) news article on a former volunteer's 100th birthday; no health context.")


# ---------------------------------------------------------------------------------------------------------------
# id_shaped (10): numbers shaped like identifiers that are not
# ---------------------------------------------------------------------------------------------------------------
def ssn_shaped():
    while True:
        v = f"{R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
        if v not in FAMOUS:
            return v


@sc("id_shaped")
def id01():
    W = "2026-01-07 10:30"
    pos = [ssn_shaped() for _ in range(3)]
    body = ["Victor,",
            f"The three purchase orders for the new ICU beds are {pos[0]}, {pos[1]} and {pos[2]} (the new SAP format with dashes). "
            "Finance approved all three this morning. The vendor wnats delivery to Dock 2 the week of February 9.",
            "Can you confirm receiving has the dock booked?",
            "Robert Chen\nFinance",
            Q(S("vnguyen"), "2026-01-07 08:55", [S("chen")], "ICU bed POs",
              ["Robert - do we have PO numbers for the ICU beds yet? The vendor won't schedule delivery without them.", "Victor"])]
    return mail(W, "RE: ICU bed POs", S("chen"), [S("vnguyen")], body, "plain7", depth=1,
                note="Purchase order numbers shaped like SSNs (3-2-4) in a finance e-mail; no patient.")


@sc("id_shaped")
def id02():
    W = "2026-01-20 14:55"
    body = ["Victor Nguyen,", "The following shipments for account RIVERSIDE-WESTFIELD were picked up today:",
            T(["Carrier", "Tracking number", "Contents", "ETA"],
              [["FedEx", digits(12), "Exam tables (2)", mdY(W, 2)], ["FedEx", digits(12), "Wall-mounted otoscope sets (6)", mdY(W, 2)],
               ["UPS", "1Z" + hexs(6) + digits(10), "Waiting room chairs (24)", mdY(W, 3)]]),
            "ParcelStar Logistics - shipment notifications"]
    return mail(W, "Shipment notification", X("ParcelStar Notifications", "notify@parcelstar.example.org"), [S("vnguyen")], body, "qp",
                inbound=True,
                note="Carrier tracking numbers for furniture and equipment shipments; no patient.")


@sc("id_shaped")
def id03():
    W = "2026-02-04 06:40"
    invs = [ssn_shaped() for _ in range(4)]
    pdf = pdf_att("Statement_RIV.pdf", [("h", "Allied Medical Supply - Customer Statement"), f"Customer: Riverside Health (acct {digits(7)})",
                                        f"Statement date: {mdY(W)}", "",
                                        ("m", "INVOICE        DATE        DESCRIPTION                      AMOUNT"),
                                        ("m", f"{invs[0]}    {mdY(W, -40)}  Nitrile exam gloves, M, 100 cs     4,210.00"),
                                        ("m", f"{invs[1]}    {mdY(W, -33)}  IV start kits, 500                 1,875.50"),
                                        ("m", f"{invs[2]}    {mdY(W, -21)}  Suction canisters 1200 mL, 240       912.00"),
                                        ("m", f"{invs[3]}    {mdY(W, -9)}  Pulse oximeter probes, 300           2,640.00"),
                                        ("m", "                                            TOTAL DUE     9,637.50"), "",
                                        "Remit to: Allied Medical Supply, P.O. Box 2210, Columbus OH. Terms net 30."], flate=True)
    body = ["Accounts payable,", "Your monthly statement is attached. Invoice numbers follow our new 3-2-4 format.",
            "Allied Medical Supply - Accounts Receivable"]
    return mail(W, "Monthly statement", X("Allied Medical Supply AR", "ar@alliedmedsupply.example.org"),
                [BOX("Accounts Payable", "accounts.payable")], body, "html", [pdf], inbound=True,
                note="Inbound supplier statement (FlateDecode PDF) with SSN-shaped invoice numbers; no patient.")


@sc("id_shaped")
def id04():
    W = "2026-02-11 11:10"
    body = ["PFS staff,", "New phone assignments after the move to the 3rd floor (effective Monday):",
            T(["Name", "Extension", "Direct line"], [["Sharon Liu", "x4471", phone_d()], ["Patrick Doyle", "x4472", phone_d()],
                                                      ["Andre Delacroix", "x4473", phone_d()], ["Ritu Banerjee", "x4474", phone_d()],
                                                      ["Front window", "x4400", phone_d()]]),
            f"Fax number stays the same. The old 2nd-floor extensions ({'44' + SPLIT + '10'}-4419) forward for 30 days.",
            "Sergei Volkov\nNetwork Engineering / Telecom"]
    return mail(W, "New extensions - PFS", S("volkov"), [BOX("Patient Financial Services", "pfs")], body, "html",
                note="Staff extension and direct-line list (one value split across spans); no patient.")


@sc("id_shaped")
def id05():
    W = "2026-02-18 16:30"
    rows = [["Catalog #", "Manufacturer part #", "Description", "Qty", "Unit price"]]
    for desc, q, pr in (("Laparoscopic trocar 5 mm", 40, "38.50"), ("Suture passer", 12, "112.00"), ("Ligating clip applier, medium", 8, "245.00"),
                        ("Veress needle 120 mm", 30, "21.75"), ("Specimen retrieval bag 10 mm", 50, "29.90")):
        rows.append([digits(7), mbi(), desc, str(q), pr])
    body = ["Hi Victor,", "OR reorder list attached. Note the manufacturer part numbers changed to the new 11-character format.",
            "Thanks,\nKatrina Holm\nOR Inventory"]
    return mail(W, "OR reorder", ("Katrina Holm", f"katrina.holm@{DOM}"), [S("vnguyen")], body, "b64", [csv_att("or_reorder.csv", rows)],
                note="OR supply reorder CSV with 7-digit catalog numbers and MBI-shaped part numbers; no patient.")


@sc("id_shaped")
def id06():
    W = "2026-02-27 09:00"
    assets = [{"assetTag": digits(7), "serial": digits(10), "model": m, "location": loc, "pmDue": d}
              for m, loc, d in (("Vital signs monitor VS-900", "5 West", "2026-04-15"), ("Vital signs monitor VS-900", "5 West", "2026-04-15"),
                                ("Bladder scanner BS-3", "4 East", "2026-03-31"), ("Defibrillator AED-Pro", "Lobby", "2026-05-01"))]
    body = ["Hi biomed,", "Asset export for the spring PM schedule is attached. Serial numbers are the 10-digit ones on the back label.",
            "Gary Kowalski\nFacilities"]
    return mail(W, "PM asset export", S("kowalski"), [BOX("Biomedical Engineering", "biomed")], body, "alt",
                [json_att("pm_assets.json", {"export": "spring-pm", "assets": assets})],
                note="Equipment asset tags and 10-digit serial numbers (JSON); no patient.")


@sc("id_shaped")
def id07():
    W = "2026-03-05 10:50"
    segs = [msh(W, "MFN^M01^MFN_M01", "CDM" + digits(8), sending="SUPPLYMASTER", recv="EPIC"), "MFI|CDM^Charge description master^HL70175||UPD|||NE"]
    for desc, price in (("Knee immobilizer, universal", "84.00"), ("Cervical collar, adjustable", "61.00"), ("Walker, folding adult", "96.00")):
        item = digits(7)
        segs += [f"MFE|MAD|||{item}^{desc}^CDM", f"CDM|{item}^{desc}^CDM||{desc}|||||{ssn_shaped()}|{price}"]
    body = ["Connor,", "Supply master sent three new chargeable items this morning (MFN attached). CDM-8 carries the vendor's catalog "
            "number in a 3-2-4 dashed format - they're catalog numbers, please don't let the scrubber flag them.",
            "Victor"]
    return mail(W, "New chargeable supplies", S("vnguyen"), [S("walsh")], body, "plain7",
                [hl7_att("MFN_M01_supplies.hl7", segs, "x-application/hl7-v2+er7")],
                note="MFN^M01 charge master HL7 with 7-digit item numbers and SSN-shaped catalog numbers; no PID.")


@sc("id_shaped")
def id08():
    W = "2026-03-10 15:15"
    c1, c2 = ssn_shaped(), ssn_shaped()
    body = ["Hi Sarah,",
            f"Your bookings are confirmed. Auditorium A, April 2, 08:00-12:00: confirmation {c1}. Simulation lab, April 2, "
            f"13:00-17:00: confirmation {c2}.",
            "Catering for 40 is booked separately with Food Services. Please quote the confirmation number if you need to change "
            "the booking.",
            "Conference Services"]
    return mail(W, "Room booking confirmed", BOX("Conference Services", "conference.services"), [S("mcallister")], body, "b64",
                note="Room booking confirmation numbers shaped like SSNs; no patient.")


@sc("id_shaped")
def id09():
    W = "2026-03-19 13:40"
    lines = ["LOT / EXPIRY REPORT - CENTRAL SUPPLY", f"Printed {mdY(W)}", "",
             f"{'ITEM':<34}{'LOT':<14}{'EXPIRES':<12}QTY"]
    for item in ("Chlorhexidine 2% applicator 10.5 mL", "Sodium chloride flush 10 mL", "Povidone-iodine swabsticks",
                 "Sterile gauze 4x4 12-ply", "Blood culture bottle, aerobic"):
        exp = dt.date(2026, R.randint(4, 12), R.randint(1, 28)).strftime("%m/%d/%Y")
        lines.append(f"{item:<34}{'L' + digits(8):<14}{exp:<12}{R.randint(20, 400)}")
    lines += ["", "Items expiring within 60 days are moved to the front of the shelf."]
    body = ["Hi all,", "Monthly lot and expiry report attached - the chlorhexidine lot expires in April, please use it first.", "Victor"]
    return mail(W, "Lot/expiry report", S("vnguyen"), [BOX("Central Supply", "central.supply")], body, "qp",
                [txt_att("lot_expiry.txt", "\n".join(lines))],
                note="Supply lot numbers and DOB-shaped expiry dates (TXT); no patient.")


@sc("id_shaped")
def id10():
    W = "2026-03-25 08:35"
    on = ssn_shaped()
    inn = inner("2026-03-24 19:20", "Your order has shipped", X("OfficeDirect Orders", "orders@officedirect.example.org"),
                [S("vnguyen")],
                [f"Order {on} has shipped.", f"Ship to: Riverside Health, Receiving Dock 2\nItems: copy paper (40 cases), toner "
                 f"cartridges (12)\nCarrier: regional freight, PRO number {digits(10)}", "OfficeDirect"], "plain7", m365=False)
    body = ["Receiving - heads up, paper and toner arriving tomorrow (shipping notice below).", "Victor"]
    return mail(W, "FW: Your order has shipped", S("vnguyen"), [BOX("Receiving", "receiving")], body, "alt",
                [fwd_att("Your order has shipped.eml", inn)],
                note="Forwarded (rfc822) office-supply shipping notice with an SSN-shaped order number and a 10-digit PRO number.")


# ---------------------------------------------------------------------------------------------------------------
# staff_admin (10): staff names, nothing about anyone's health
# ---------------------------------------------------------------------------------------------------------------
@sc("staff_admin")
def sa01():
    W = "2026-01-09 15:00"
    rows = []
    names_d = ["Arroyo, J", "Brennan, K", "Chukwu, O", "Dahl, M", "Espinoza, R", "Fischer, L", "Gupta, A"]
    names_n = ["Haddon, P", "Iwasaki, T", "Jovanovic, S", "Kerr, D", "Lindstrom, E", "Mbeki, N", "Novak, B"]
    for k in range(7):
        rows.append(f'  <Day date="{(when(W) + dt.timedelta(days=3 + k)).strftime("%Y-%m-%d")}">'
                    f'<Shift code="D12" staff="{names_d[k]}; {names_d[(k + 3) % 7]}"/>'
                    f'<Shift code="N12" staff="{names_n[k]}; {names_n[(k + 2) % 7]}"/>'
                    f'<Charge staff="{"Wozniak, T" if k % 2 == 0 else "Dahl, M"}"/></Day>')
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<ScheduleExport unit="MICU" source="StaffScheduler">\n' + "\n".join(rows) + "\n</ScheduleExport>"
    body = ["MICU team,", "Schedule for the week of " + md(W, 3) + " is attached. Swaps must be approved by me by Wednesday. "
            "Two travel RNs start on the 14th and will be on days with a preceptor.", "Tomasz Wozniak, RN\nCharge Nurse, MICU"]
    return mail(W, "Schedule - week of " + md(W, 3), S("wozniak"), [BOX("MICU Nurses", "micu.rn")], body, "plain7",
                [xml_att("micu_schedule.xml", xml)], note="Nurse shift schedule export (XML) with staff names; nothing about anyone's health.")


@sc("staff_admin")
def sa02():
    W = "2026-01-22 13:30"
    body = ["All staff,",
            "The east parking garage (Lot E) will be closed Saturday 6 am to Sunday 10 pm for resurfacing. Staff who normally park in "
            "Lot E should use Lot C; a shuttle will run every 10 minutes from Lot C to the main entrance.",
            "Vehicles left in Lot E will be towed at the owner's expense.",
            "Gary Kowalski\nFacilities"]
    return mail(W, "Lot E closed this weekend", S("kowalski"), [BOX("All Staff", "allstaff")], body, "qp",
                note="Facilities notice of a parking garage closure; no health information.")


@sc("staff_admin")
def sa03():
    W = "2026-02-02 08:00"
    body = ["Reminder: annual compliance training is due February 28.",
            "Modules: Code of Conduct (20 min), Information Security (25 min), Workplace Safety (15 min). Find them under My "
            "Learning > Required.",
            "Managers can see their team's completion on the learning dashboard. Staff with incomplete training on March 1 will "
            "be unable to pick up extra shifts until it is done.",
            "Compliance Office"]
    return mail(W, "Annual compliance training due Feb 28", BOX("Compliance Office", "compliance"), [BOX("All Staff", "allstaff")],
                body, "b64", note="Compliance training deadline reminder; no health information.")


@sc("staff_admin")
def sa04():
    W = "2026-02-09 10:20"
    body = ["Hi Eastgate team!", "Lunar New Year potluck is Friday at 12:30 in the conference room. Sign-ups so far:",
            T(["Name", "Bringing"], [["Keisha Brown", "Mac and cheese"], ["Dwayne Harris", "Jollof rice"], ["Brittany Cole", "Spring rolls"],
                                     ["Dr. Lindqvist", "Swedish meatballs"], ["Mei Tanabe", "Dumplings"], ["Daniela Lopez", "Tres leches cake"]]),
            "We still need drinks and plates!", "Keisha"]
    return mail(W, "Potluck Friday", S("brown"), [BOX("Eastgate Staff", "eastgate.staff")], body, "html",
                note="Staff potluck sign-up list; names and dishes only.")


@sc("staff_admin")
def sa05():
    W = "2026-02-16 09:40"
    body = ["Managers,", "Timeline for this year's performance review cycle:",
            "- March 2: self-evaluations open\n- March 20: self-evaluations due\n- April 10: manager reviews due\n"
            "- April 24: calibration meetings complete\n- May 1: merit increases effective",
            "Training sessions on the new rating scale are on February 25 and 27 (Teams).",
            "Melissa Grant\nHuman Resources"]
    return mail(W, "Performance review timeline", S("grant"), [BOX("All Managers", "managers")], body, "alt", label=GENERAL,
                note="HR performance review timeline with the General label; no health information.")


@sc("staff_admin")
def sa06():
    W = "2026-02-23 16:10"
    body = ["Managers,",
            "Payroll closes Tuesday at noon because of the system upgrade. Please approve all timecards for the pay period ending "
            "Saturday by Monday 5 pm, and correct missed punches before aproving.",
            "Any timecard not approved by the deadline will be paid at scheduled hours and corrected on the next check.",
            "Payroll Department"]
    return mail(W, "Timecard approval deadline", BOX("Payroll", "payroll"), [BOX("All Managers", "managers")], body, "plain7",
                note="Payroll timecard approval reminder; no health information.")


@sc("staff_admin")
def sa07():
    W = "2026-03-02 11:25"
    pdf = pdf_att("Badge_photo_days.pdf", [("h", "Badge Photo Days - New Badge Design"), "",
                                           "All employees need a new photo for the redesigned ID badge by April 30.", "",
                                           ("m", "DATE        LOCATION                     TIME"),
                                           ("m", "March 10    Main lobby, Security desk    07:00-11:00"),
                                           ("m", "March 12    Eastgate Clinic              12:00-15:00"),
                                           ("m", "March 17    Main lobby, Security desk    15:00-19:00 (evening shift)"),
                                           ("m", "March 19    Westfield Clinic             09:00-12:00"), "",
                                           "Bring your current badge. Old badges are deactivated on May 1."])
    body = ["All staff,", "Badge photo schedule attached. Night shift staff can stop by Security any time after 19:00.", "Security Services"]
    return mail(W, "New badge photos", BOX("Security Services", "security"), [BOX("All Staff", "allstaff")], body, "qp", [pdf],
                note="Badge photo schedule (PDF); no health information.")


@sc("staff_admin")
def sa08():
    W = "2026-03-09 08:30"
    body = ["Team,",
            "Please welcome Natasha Ivanova, MSN, RN as the new nurse manager for 4 East, starting March 23. Natasha joins us from "
            "Lakeview Hospital, where she led the surgical step-down unit for six years. She completed her MSN at Ohio State.",
            "There will be a meet-and-greet in the 4 East lounge on March 24 at 07:30 and 19:30.",
            "Office of the Chief Nursing Officer"]
    return mail(W, "Welcome our new 4 East nurse manager", BOX("Office of the CNO", "cno.office"), [BOX("All Nursing", "nursing.all")],
                body, "b64", note="New nurse manager announcement; no health information.")


@sc("staff_admin")
def sa09():
    W = "2026-03-13 15:55"
    txt = """EASTGATE FAMILY MEDICINE - STAFF MEETING MINUTES
Present: Lindqvist, Brown, Harris, Cole, Lopez, Ortiz, Tanabe

1. Phones: new call-tree goes live March 30; front desk to record the greeting.
2. Supplies: order cutoff moves to Thursdays.
3. Room 4 exam table repair scheduled for the 18th.
4. Spring cleaning of the break room fridge - Friday the 20th.
5. Next meeting: April 10, 12:15.
"""
    body = ["Minutes from today's staff meeting are attached.", "Daniela"]
    return mail(W, "Staff meeting minutes", S("lopez"), [BOX("Eastgate Staff", "eastgate.staff")], body, "html",
                [txt_att("staff_meeting_minutes.txt", txt)], note="Clinic staff meeting minutes (TXT); operational items only.")


@sc("staff_admin")
def sa10():
    W = "2026-03-24 12:45"
    html = """<html><head><meta charset="utf-8"><title>Locker assignments</title></head><body>
<h3>4 East locker room &ndash; new assignments</h3>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Locker</th><th>Name</th><th>Shift</th></tr>
<tr><td>101</td><td>Ashford, Colleen</td><td>Days</td></tr>
<tr><td>102</td><td>Bautista, Ramon</td><td>Nights</td></tr>
<tr><td>103</td><td>Chen, Wei</td><td>Days</td></tr>
<tr><td>104</td><td>Diaz, Marisol</td><td>Nights</td></tr>
<tr><td>105</td><td>Evans, Tyler</td><td>Days</td></tr>
</table>
<p>Combination locks are available from the unit secretary.</p>
</body></html>
"""
    body = ["4 East team,", "Locker assignments after the renovation are attached. Please move your things by Friday.",
            "Natasha Ivanova, MSN, RN\nNurse Manager, 4 East"]
    return mail(W, "Locker assignments", ("Natasha Ivanova, MSN, RN", f"natasha.ivanova@{DOM}"), [BOX("4 East Staff", "4e.staff")],
                body, "alt", [html_att("locker_assignments.html", html)], note="Locker assignments (HTML) with staff names; no health information.")


# ---------------------------------------------------------------------------------------------------------------
# marketing (10): services to the public, jobs, conferences, recalls
# ---------------------------------------------------------------------------------------------------------------
@sc("marketing")
def mk01():
    W = "2026-01-13 10:00"
    body = ["Community partners,",
            "Riverside Health nurses will offer free blood pressure checks at the Millbrook Winter Farmers Market every Saturday in "
            "February, 9 am to noon, at the Grange Hall. No appointment needed.",
            "High blood pressure often has no symptoms. A reading of 130/80 or higher is worth a conversation with a doctor.",
            "Please share the attached flyer text in your newsletters.",
            "Jordan Ellis\nMarketing and Communications"]
    return mail(W, "Free BP checks at the farmers market", S("ellis"), [BOX("Community Partners", "community.partners")], body, "plain7",
                note="Public health outreach announcement for free blood pressure checks; no individual.")


@sc("marketing")
def mk02():
    W = "2026-01-28 09:15"
    body = ["Now open: Riverside Urgent Care - Westfield",
            "Walk-in care for minor illnesses and injuries, 8 am to 8 pm, 7 days a week. On-site X-ray and lab. Most insurance "
            "accepted.",
            "Address: 22 Main Street, Westfield  |  Phone: (614) 555-0125",
            "Save your spot online and wait from home.",
            "You are receiving this because you subscribed to Riverside Health news. Unsubscribe."]
    return mail(W, "Now open in Westfield", BOX("Riverside Health News", "news"), [BOX("Community Subscribers", "community.list")], body,
                "html", m365=False, note="Marketing e-mail announcing a new urgent care location; no individual.")


@sc("marketing")
def mk03():
    W = "2026-02-05 14:40"
    body = ["Job posting: Registered Nurse - Medical ICU (nights, full time)",
            "Riverside Medical Center is hiring experienced ICU nurses. $10,000 sign-on bonus for 2+ years of ICU experience. "
            "12-hour shifts, self-scheduling, tuition reimbursement and a nurse residency for new graduates.",
            "Requirements: Ohio RN licence, BLS and ACLS, CCRN preferred.",
            "Apply at careers.riversidehealth.example or reply to this e-mail to talk with a recruiter.",
            "Talent Acquisition"]
    return mail(W, "Now hiring: MICU RN nights", BOX("Talent Acquisition", "careers"), [BOX("Nursing Schools List", "nursing.schools")],
                body, "qp", note="Job posting for ICU nurses; no individual.")


@sc("marketing")
def mk04():
    W = "2026-02-12 11:00"
    body = ["You're invited: Central Ohio Cardiology Symposium",
            "Saturday, April 18, 2026, 7:30 am - 3:30 pm, Millbrook Convention Center",
            "Topics: hs-troponin pathways, heart failure with preserved EF, lipid targets after ACS, and a TAVR update.",
            "6.0 AMA PRA Category 1 Credits. Registration $95 for physicians, $45 for nurses and APPs.",
            "Register by March 31 at symposium.ohioheart.example.org.",
            "Ohio Heart Society"]
    return mail(W, "Invitation: Central Ohio Cardiology Symposium", X("Ohio Heart Society", "events@ohioheart.example.org"),
                [S("okafor")], body, "alt", inbound=True,
                note="Inbound conference invitation for a cardiology symposium; no individual.")


@sc("marketing")
def mk05():
    W = "2026-02-24 15:30"
    body = ["Public notice from Riverside Pharmacy",
            "The manufacturer has voluntarily recalled three lots of children's ibuprofen oral suspension 100 mg/5 mL (4 oz bottles), "
            "lot numbers 2K4417, 2K4418 and 2K4503, because some bottles may contain a higher concentration than labelled.",
            "If you bought this product at a Riverside outpatient pharmacy, you can return it for a refund. Other lots are not "
            "affected. Call (614) 555-0196 with questions.",
            "Riverside Outpatient Pharmacies"]
    return mail(W, "Recall: children's ibuprofen (3 lots)", BOX("Riverside Outpatient Pharmacies", "pharmacy.news"),
                [BOX("Community Subscribers", "community.list")], body, "b64", m365=False,
                note="Public drug recall notice naming the product and lots but no patient.")


@sc("marketing")
def mk06():
    W = "2026-03-03 10:50"
    pdf = pdf_att("Birthing_Center_Tours.pdf", [("h", "Welcome to the Riverside Birthing Center"), "",
                                                "Free tours every second and fourth Sunday at 2 pm. Meet our nurses and midwives, see the "
                                                "private birthing suites, the tub rooms and the Level II nursery.", "",
                                                "Classes: childbirth preparation, breastfeeding basics, newborn care and sibling class.", "",
                                                "Register at riversidehealth.example/birth or call (614) 555-0174."], flate=True)
    body = ["Hi Laura,", "The new tour brochure is attached for your sign-off before it goes to print.", "Jordan"]
    return mail(W, "Birthing center brochure proof", S("ellis"), [S("fitzgerald")], body, "html", [pdf],
                note="Marketing brochure (FlateDecode PDF) for birthing center tours; no individual.")


@sc("marketing")
def mk07():
    W = "2026-03-09 13:05"
    rows = [["Date", "Channel", "Topic", "Owner", "Status"], [mdY(W, 3), "Facebook", "Colorectal Cancer Awareness Month - screening at 45", "Ellis", "Scheduled"],
            [mdY(W, 5), "Instagram", "Meet our new urologist", "Ellis", "Draft"], [mdY(W, 8), "LinkedIn", "ICU nurse hiring event", "Talent", "Scheduled"],
            [mdY(W, 10), "Facebook", "Free BP checks at the farmers market", "Ellis", "Approved"],
            [mdY(W, 15), "Newsletter", "Spring allergy tips", "Ellis", "Draft"]]
    body = ["Team,", "Social content calendar for the rest of March is attached. Please send me photos for the urologist post by Thursday.",
            "Jordan"]
    return mail(W, "March social calendar", S("ellis"), [BOX("Marketing Team", "marketing.team")], body, "qp",
                [csv_att("social_calendar_march.csv", rows)], note="Social media content calendar (CSV); no individual.")


@sc("marketing")
def mk08():
    W = "2026-03-16 09:00"
    html = """<html><head><meta charset="utf-8"><title>Press release</title></head><body>
<p><b>FOR IMMEDIATE RELEASE</b></p>
<h2>Riverside Health expands robotic surgery program</h2>
<p>MILLBROOK, Ohio &ndash; Riverside Health today announced a second surgical robot at Riverside Medical Center, allowing
minimally invasive urologic, gynecologic and general surgery to be offered five days a week. Since the program began in 2023,
surgeons have completed more than 1,200 robotic procedures.</p>
<p>&ldquo;Smaller incisions mean shorter stays and faster recovery for our community,&rdquo; said Dr. Miguel Castro, urologist.</p>
<p>Media contact: Jordan Ellis, (614) 555-0120</p>
</body></html>
"""
    body = ["Media contacts,", "Please find attached our press release on the expanded robotic surgery program. Photos available on "
            "request.", "Jordan Ellis\nMarketing and Communications"]
    return mail(W, "Press release: robotic surgery expansion", S("ellis"), [BOX("Media List", "media.list")], body, "b64",
                [html_att("press_release_robotic.html", html)], note="Press release (HTML attachment) with program-level counts; no patient.")


@sc("marketing")
def mk09():
    W = "2026-03-20 07:30"
    obj = {"feed": "riverside-jobs", "generated": when(W).strftime("%Y-%m-%dT%H:%M:00"), "jobs": [
        {"id": "REQ-" + digits(5), "title": "Medical Laboratory Scientist - Nights", "location": "Millbrook, OH", "type": "Full time",
         "salaryRange": "$31-$42/hour"},
        {"id": "REQ-" + digits(5), "title": "Patient Access Representative", "location": "Westfield, OH", "type": "Part time"},
        {"id": "REQ-" + digits(5), "title": "Registered Dietitian", "location": "Millbrook, OH", "type": "Full time"}]}
    body = ["Hi JobBoard team,", "Our weekly job feed is attached. Please replace last week's postings.", "Talent Acquisition"]
    return mail(W, "Weekly job feed", BOX("Talent Acquisition", "careers"), [X("JobBoard Feeds", "feeds@jobboard.example.org")], body,
                "plain7", [json_att("jobs_feed.json", obj)], note="Job posting feed (JSON) sent to a job board; no individual.")


@sc("marketing")
def mk10():
    W = "2026-03-26 10:30"
    inn = inner("2026-03-25 14:00", "Sponsorship invitation - Millbrook River Run 5K", X("Millbrook River Run", "sponsors@millbrookriverrun.example.org"),
                [S("beaumont")],
                ["Dear Riverside Health Foundation,",
                 "We invite Riverside Health to be the presenting sponsor of the 12th Millbrook River Run 5K on June 6. Presenting "
                 "sponsors receive logo placement on race shirts, a booth at the finish line and recognition in all media.",
                 "Sponsorship levels start at $2,500. Please reply by April 15.", "Millbrook River Run Committee"], "plain7", m365=False)
    body = ["Jordan - forwarding for your thoughts; a booth at the finish line could be good for the sports medicine clinic.", "Claire"]
    return mail(W, "FW: Sponsorship invitation - Millbrook River Run 5K", S("beaumont"), [S("ellis")], body, "alt",
                [fwd_att("Sponsorship invitation.eml", inn)], note="Forwarded (rfc822) 5K sponsorship invitation; no individual.")


# ---------------------------------------------------------------------------------------------------------------
# name_only (10): names of people with no health information
# ---------------------------------------------------------------------------------------------------------------
@sc("name_only")
def no01():
    W = "2026-01-14 11:45"
    body = ["Pet therapy schedule for February:",
            "Mondays: Gloria Fenton with Biscuit (golden retriever)\nWednesdays: Raymond Osei-Bonsu with Luna (standard poodle)\n"
            "Fridays: Hannah Kraemer with Pepper (beagle mix)",
            "Teams visit the lobby, the cafeteria and staff break rooms from 10 to 11:30.",
            "Linda Harper\nVolunteer Services"]
    return mail(W, "Pet therapy - February", S("harper"), [BOX("Volunteers", "volunteers")], body, "plain7",
                note="Pet therapy volunteer schedule with names; no health information.")


@sc("name_only")
def no02():
    W = "2026-01-27 10:00"
    body = ["Security,", "Please issue temporary contractor parking permits (Lot D) for the lobby renovation crew, Feb 2 - Mar 27:",
            "Dale Henning - Henning Construction\nMarisa Quinlan - Henning Construction\nBrent Vos - Vos Electric\n"
            "Tatiana Greer - Greer Flooring",
            "Permits can be picked up at the security desk with photo ID.", "Gary Kowalski\nFacilities",
            Q(BOX("Security Services", "security"), "2026-01-26 15:40", [S("kowalski")], "Contractor parking permits",
              ["Gary, please send us the names for the renovation crew's temporary permits so we can print them this week.",
               "Security Services"])]
    return mail(W, "RE: Contractor parking permits", S("kowalski"), [BOX("Security Services", "security")], body, "qp", depth=1,
                note="Contractor parking permit list with names; no health information.")


@sc("name_only")
def no03():
    W = "2026-02-09 14:15"
    body = ["Jordan,", "Donor honor roll for the annual report - Founders' Circle ($10,000 and above):",
            T(["Donor", "Gift designation"], [["Evelyn and Richard Hargrove", "Nursing scholarships"], ["The Nnaji Family Foundation", "Community health vans"],
                                              ["Thomas and Ilse Brandvold", "Unrestricted"], ["Millbrook Tool & Die", "Children's Clinic playground"],
                                              ["Anonymous (2)", "Unrestricted"]]),
            "Please double-check spellings with me before layout.", "Claire Beaumont\nRiverside Health Foundation"]
    return mail(W, "Honor roll - Founders' Circle", S("beaumont"), [S("ellis")], body, "html",
                note="Donor honor roll with names and gift designations; no health information.")


@sc("name_only")
def no04():
    W = "2026-02-17 12:20"
    body = ["Hi singers!", "Final line-up for the spring concert in the atrium on March 6 at noon:",
            "Sopranos: Aisha Bello, Greta Nilsson, Paola Fuentes\nAltos: Keisha Brown, Ruth Abendroth\nTenors: Jaylen Brooks, "
            "Dev Malhotra\nBasses: Carlos Ybarra, Oren Feld",
            "Last rehersal Tuesday 5:30 pm in the chapel.", "Melissa Grant\nRiverside Staff Choir"]
    return mail(W, "Spring concert line-up", S("grant"), [BOX("Staff Choir", "choir")], body, "b64",
                note="Staff choir line-up with names; no health information.")


@sc("name_only")
def no05():
    W = "2026-02-27 16:30"
    body = ["Congratulations to our raffle winners from the Foundation's winter gala!",
            "Grand prize (weekend at Lake Erie): Jerome Diaz-Mercer\nSecond prize (restaurant gift cards): Wendy Pak\n"
            "Third prize (signed Buckeyes football): Franklin Ude",
            "Prizes can be picked up at the Foundation office on the 2nd floor. Thank you to everyone who bought tickets - we "
            "raised $18,400.",
            "Claire Beaumont"]
    return mail(W, "Raffle winners", S("beaumont"), [BOX("All Staff", "allstaff")], body, "alt",
                note="Raffle winners' names; no health information.")


@sc("name_only")
def no06():
    W = "2026-03-05 09:50"
    rows = [["Name", "Organization", "Term ends", "E-mail"], ["Rev. Alfred Mensah", "Millbrook AME Church", "2027", "amensah@millbrookame.example.org"],
            ["Lucia Paredes", "Westfield Latino Council", "2026", "lparedes@wlcouncil.example.org"],
            ["Douglas Farnsworth", "Millbrook School District", "2028", "dfarnsworth@millbrookschools.example.org"],
            ["Hamida Yusufzai", "Refugee Resettlement Services", "2027", "hyusufzai@rrs.example.org"]]
    body = ["Hi Naomi,", "Current Community Advisory Board roster attached for the meeting invite.",
            T(["Meeting", "Date"], [["Spring meeting", "April 21, 6 pm, Community Room"]]), "Jordan"]
    return mail(W, "CAB roster", S("ellis"), [S("feldman")], body, "html", [csv_att("cab_roster.csv", rows)],
                note="Community advisory board roster (CSV) with names and organizations; no health information.")


@sc("name_only")
def no07():
    W = "2026-03-12 13:25"
    txt = """RIVERSIDE HEALTH TEAM - MILLBROOK RIVER RUN 5K (JUNE 6)
REGISTERED SO FAR

Ashford, Colleen       T-shirt M
Bautista, Ramon          T-shirt L
Greer, Tatiana           T-shirt S
Kowalski, Gary           T-shirt XL
Ybarra, Carlos           T-shirt L
Zhou, Lan                T-shirt S
"""
    body = ["Team Riverside,", "Registrant list attached - six so far. Team shirts will be ordered May 1.", "Melissa"]
    return mail(W, "5K team list", S("grant"), [BOX("Wellness Champions", "wellness.champions")], body, "b64",
                [txt_att("5k_team.txt", txt)], note="5K fun-run staff team list (TXT) with names and shirt sizes; no health information.")


@sc("name_only")
def no08():
    W = "2026-03-17 10:40"
    pdf = pdf_att("Golf_outing_pairings.pdf", [("h", "Foundation Golf Outing - Pairings"), "Shotgun start 8:00 am, Millbrook Country Club", "",
                                               ("m", "HOLE  PLAYERS"), ("m", "1     E. Hargrove, R. Hargrove, T. Brandvold, I. Brandvold"),
                                               ("m", "2     M. Quinlan, D. Henning, B. Vos, K. Adjei"), ("m", "3     S. Achterberg, P. Natarajan, A. Nnaji, F. Ude"),
                                               ("m", "4     R. Chen, V. Nguyen, G. Kowalski, C. Walsh")])
    body = ["Golfers,", "Pairings for Friday's outing are attached. Breakfast at 7 am.", "Claire"]
    return mail(W, "Golf outing pairings", S("beaumont"), [BOX("Golf Outing Players", "golf.outing")], body, "alt", [pdf],
                note="Golf outing pairings (PDF) with names; no health information.")


@sc("name_only")
def no09():
    W = "2026-03-23 15:10"
    obj = {"program": "Riverside Health Careers Scholarship", "year": 2026, "recipients": [
        {"name": "Amara Sissoko", "school": "Millbrook High School", "plannedStudy": "Nursing", "award": 2500},
        {"name": "Ethan Brightman", "school": "Westfield High School", "plannedStudy": "Respiratory therapy", "award": 2500},
        {"name": "Sofia Mendes", "school": "Lakeview Academy", "plannedStudy": "Pharmacy", "award": 2000}]}
    body = ["Jordan,", "Scholarship recipients for the website are attached in the format your CMS wants. Families have approved names "
            "being published.", "Claire"]
    return mail(W, "Scholarship recipients", S("beaumont"), [S("ellis")], body, "plain7", [json_att("scholarship_2026.json", obj)],
                note="Scholarship recipients (JSON) with names and schools; no health information.")


@sc("name_only")
def no10():
    W = "2026-03-30 09:20"
    inn = inner("2026-03-27 17:30", "Attendee list - Thursday lecture", ("Event Registration", f"events@{DOM}"), [S("mcallister")],
                ["Registered attendees for 'Leadership for charge nurses' (Thursday 3 pm):",
                 "Ashford, Colleen; Bautista, Ramon; Chen, Wei; Diaz, Marisol; Evans, Tyler; Fischer, Lena; Gupta, Anika",
                 "Room: Auditorium A"], "plain7", m365=False)
    body = ["Tomasz - forwarding the attendee list for Thursday so you can plan coverage.", "Sarah"]
    return mail(W, "FW: Attendee list - Thursday lecture", S("mcallister"), [S("wozniak")], body, "qp",
                [fwd_att("Attendee list.eml", inn)], note="Forwarded (rfc822) lecture attendee list of staff names; no health information.")


# ---------------------------------------------------------------------------------------------------------------
# other_label (10): General or Internal label, no PHI
# ---------------------------------------------------------------------------------------------------------------
@sc("other_label")
def ol01():
    W = "2026-01-08 16:00"
    body = ["IS&T maintenance window: Sunday 01:00-05:00",
            "The EHR will be in read-only mode while the database servers are patched. Downtime reports will print to the unit "
            "printers at 00:30. The badge-tap login will be unavailable; use username and password.",
            "Service Desk: ext. 4357", "IS&T Change Management"]
    return mail(W, "Maintenance window Sunday", BOX("IS&T Change Management", "change.mgmt"), [BOX("All Staff", "allstaff")], body,
                "plain7", label=INTERNAL, note="IT maintenance notice with the Internal sensitivity label; no PHI.")


@sc("other_label")
def ol02():
    W = "2026-01-19 11:30"
    rows = [["Cost center", "Department", "FY26 budget", "YTD actual", "Variance"], ["4100", "Core Laboratory", "6,820,000", "3,612,400", "-2.1%"],
            ["4150", "Microbiology", "2,140,000", "1,187,300", "+3.4%"], ["4200", "Blood Bank", "1,960,000", "1,002,900", "-0.8%"]]
    body = ["Lab managers,", "Notes from today's budget meeting: microbiology is over on reagents because of the respiratory season; "
            "no action needed yet. Cost center summary attached.", "Yvonne"]
    return mail(W, "Budget meeting notes", S("pham"), [BOX("Lab Managers", "lab.managers")], body, "qp", [csv_att("lab_budget.csv", rows)],
                label=INTERNAL, note="Budget notes with a cost-center CSV and the Internal label; no PHI.")


@sc("other_label")
def ol03():
    W = "2026-01-29 09:40"
    body = ["Main lobby wayfinding changes",
            "Starting Monday the main lobby information desk moves next to the elevators, and new color-coded signs will guide "
            "visitors: blue to Imaging, green to the Heart & Vascular Institute, orange to the Cancer Center.",
            "Volunteers at the desk will have printed maps.", "Facilities Planning"]
    return mail(W, "Lobby wayfinding changes", BOX("Facilities Planning", "facilities.planning"), [BOX("All Staff", "allstaff")], body,
                "html", label=GENERAL, note="Facilities wayfinding notice with the General label; no PHI.")


@sc("other_label")
def ol04():
    W = "2026-02-06 13:10"
    pdf = pdf_att("Org_chart_Nursing.pdf", [("h", "Nursing Division - Organization Chart"), "", "Chief Nursing Officer: Dr. Pamela Osterhout",
                                            "  Director, Medical-Surgical: Joan Whitley", "    Nurse Manager, 4 East: Natasha Ivanova",
                                            "    Nurse Manager, 5 West: Claudia Brenner", "  Director, Critical Care: Samir Haddad",
                                            "    Nurse Manager, MICU: Leonard Ashe", "  Director, Women and Children: Rosa Gutierrez"])
    body = ["All nursing staff,", "The updated organization chart is attached.", "Office of the CNO"]
    return mail(W, "Nursing org chart", BOX("Office of the CNO", "cno.office"), [BOX("All Nursing", "nursing.all")], body, "b64", [pdf],
                label=GENERAL, note="Organization chart (PDF) with the General label; no PHI.")


@sc("other_label")
def ol05():
    W = "2026-02-17 17:20"
    pdf = pdf_att("Strategic_plan_draft_v3.pdf", [("h", "Riverside Health Strategic Plan 2026-2030 - DRAFT v3"), "",
                                                  ("b", "Pillar 1: Access"), "Open two urgent care sites; same-week primary care for 90% of requests.", "",
                                                  ("b", "Pillar 2: Quality"), "Top-decile sepsis mortality; reduce hospital-acquired infections by 25%.", "",
                                                  ("b", "Pillar 3: People"), "Reduce RN turnover below 12%; expand the nurse residency.", "",
                                                  ("b", "Pillar 4: Financial strength"), "Operating margin of 3% by FY28."], flate=True)
    body = ["Executive team,", "Draft v3 of the strategic plan is attached for Thursday. Changes since v2 are in pillars 2 and 4.",
            "Office of Strategy"]
    return mail(W, "Strategic plan draft v3", BOX("Office of Strategy", "strategy"), [BOX("Executive Team", "exec.team")], body, "alt", [pdf],
                label=INTERNAL, note="Strategic plan draft (FlateDecode PDF) with the Internal label; no PHI.")


@sc("other_label")
def ol06():
    W = "2026-02-25 10:35"
    body = ["Victor,", "Yes - I'll model 3% and 2.5% and send it by Friday. Agree on the RFP.", "Robert",
            Q(S("vnguyen"), "2026-02-25 08:50", [S("chen")], "Linen contract renewal",
              ["Robert,",
               "The linen service contract renews on June 30. The vendor proposes a 4.5% increase; the market benchmark is 2-3%. I'd "
               "like to issue an RFP to two other vendors before we sign. Can finance model the savings at 3%?",
               "Victor Nguyen\nSupply Chain"])]
    return mail(W, "RE: Linen contract renewal", S("chen"), [S("vnguyen")], body, "html", label=INTERNAL, depth=1,
                note="Vendor contract renewal discussion with the Internal label; no PHI.")


@sc("other_label")
def ol07():
    W = "2026-03-04 08:20"
    body = ["Policy owners,",
            "The following policies are due for their three-year review by April 30: Dress Code (HR-12), Use of Personal Devices "
            "(IT-07), Visitor Management (SEC-03). Please send redlines to the policy office.",
            "Policy Office"]
    return mail(W, "Policies due for review", BOX("Policy Office", "policy.office"), [BOX("Policy Owners", "policy.owners")], body, "qp",
                label=GENERAL, note="Policy review reminder with the General label; no PHI.")


@sc("other_label")
def ol08():
    W = "2026-03-11 12:00"
    body = ["Construction update - North Tower",
            "Steel erection for floors 3-5 finishes this month. Crane lifts will take place 6-9 am on weekdays; the north "
            "sidewalk will be closed during lifts. Expect some noise on the 4th floor of the main building.",
            "Questions: facilities.planning mailbox.", "Facilities Planning"]
    return mail(W, "North Tower construction update", BOX("Facilities Planning", "facilities.planning"), [BOX("All Staff", "allstaff")],
                body, "b64", label=GENERAL, note="Construction update with the General label; no PHI.")


@sc("other_label")
def ol09():
    W = "2026-03-18 14:50"
    txt = """VALUE ANALYSIS COMMITTEE - CHARTER (DRAFT)

Purpose: evaluate new products and technologies for clinical value, safety and cost.
Membership: supply chain (chair), nursing, pharmacy, infection prevention, biomedical engineering, finance.
Meetings: monthly, second Tuesday.
Decisions: by majority vote; products over $50,000 per year go to the CFO for approval.
"""
    body = ["Committee members,", "Draft charter attached for comment before the April meeting.", "Victor"]
    return mail(W, "VAC charter draft", S("vnguyen"), [BOX("Value Analysis Committee", "vac")], body, "alt",
                [txt_att("vac_charter_draft.txt", txt)], label=INTERNAL, note="Committee charter draft (TXT) with the Internal label; no PHI.")


@sc("other_label")
def ol10():
    W = "2026-03-26 15:35"
    segs = [msh(W, "MFN^M01^MFN_M01", "LOC" + digits(8), sending="EPIC", recv="PHARMCAB"), "MFI|LOC^Location master^HL70175||UPD|||NE",
            "MFE|MAD|||4E-MEDROOM^4 East Med Room^L", "LOC|4E-MEDROOM^^^RMC|4 East medication room|N",
            "MFE|MAD|||5W-MEDROOM2^5 West Med Room 2^L", "LOC|5W-MEDROOM2^^^RMC|5 West medication room 2|N"]
    body = ["Pharmacy automation team,", "Attached is the location master update that adds the two new medication rooms for the cabinet "
            "interface. Please load it in your test system first.", "Nikhil Bose\nIS&T"]
    return mail(W, "Location master - new med rooms", S("bose"), [BOX("Pharmacy Automation", "pharmacy.automation")], body, "plain7",
                [hl7_att("MFN_M01_locations.hl7", segs, "text/plain")], label=INTERNAL,
                note="HL7 location master update (no PID) for medication rooms, with the Internal label; no PHI.")


# ---------------------------------------------------------------------------------------------------------------
# general (10): IT, vendor, shipping, finance
# ---------------------------------------------------------------------------------------------------------------
@sc("general")
def g01():
    W = "2026-01-12 06:00"
    body = ["Your Riverside Health network password expires in 5 days.",
            "Change it from any workstation with Ctrl+Alt+Del > Change a password, or at the self-service password portal. "
            "Passwords must be at least 14 characters and cannot reuse your last 12 passwords.",
            "IS&T never asks for your password by e-mail.", "IS&T Service Desk"]
    return mail(W, "Password expires in 5 days", BOX("IS&T Service Desk", "servicedesk"), [S("kim")], body, "plain7", m365=False,
                note="Automated password-expiry notice; no PHI.")


@sc("general")
def g02():
    W = "2026-01-23 14:30"
    pdf = pdf_att("Quote_Q-26-0117.pdf", [("h", "Vitalis Monitoring Systems - Quotation Q-26-0117"), "Prepared for: Riverside Health, Biomedical Engineering", "",
                                          ("m", "ITEM                                   QTY   UNIT PRICE    EXTENDED"),
                                          ("m", "Bedside monitor VM-12, 15-inch         24    11,400.00   273,600.00"),
                                          ("m", "Central station license                 1    18,500.00    18,500.00"),
                                          ("m", "Installation and training               1     9,800.00     9,800.00"),
                                          ("m", "                                              TOTAL      301,900.00"), "",
                                          "Valid 60 days. Delivery 8-10 weeks after PO."])
    body = ["Hello Gary,", "As discussed, our quotation for the 4 East monitor replacement is attached.",
            "Best regards,\nAndrea Kessel\nAccount Executive, Vitalis Monitoring Systems"]
    return mail(W, "Quotation Q-26-0117", X("Andrea Kessel", "akessel@vitalismonitoring.example.org"), [S("kowalski")], body, "qp", [pdf],
                inbound=True, note="Inbound vendor quotation (PDF) for bedside monitors; no PHI.")


@sc("general")
def g03():
    W = "2026-02-04 15:05"
    body = ["Clinical leaders,",
            "Our glove distributor has told us nitrile exam gloves in size M will be short for about three weeks because of a port "
            "delay. We have 11 days of stock on hand. Please ask units not to stockpile; size S and L are unaffected.",
            "Victor Nguyen\nSupply Chain"]
    return mail(W, "Glove supply - size M", S("vnguyen"), [BOX("Nurse Managers", "nurse.managers")], body, "b64",
                note="Supply chain notice about a glove shortage; no PHI.")


@sc("general")
def g04():
    W = "2026-02-13 09:20"
    body = ["Finance team,", "February month-end close calendar:",
            T(["Task", "Due"], [["Accruals submitted", "Feb 26"], ["Payroll journal entries", "Feb 27"], ["Revenue and contractual allowances", "Mar 3"],
                                ["Flash report to CFO", "Mar 5"], ["Final close", "Mar 9"]]),
            "Robert Chen\nFinance"]
    return mail(W, "February close calendar", S("chen"), [BOX("Finance Team", "finance.team")], body, "html", label=INTERNAL,
                note="Finance month-end close calendar with the Internal label; no PHI.")


@sc("general")
def g05():
    W = "2026-02-20 10:55"
    body = ["IS&T incident update",
            "The badge-release printers on the 3rd floor of the Specialty Center are offline because of a print-server fault. "
            "Please print to the 2nd floor printers (SC-2-PRT-01 or SC-2-PRT-02) until further notice. Next update at 1 pm.",
            "IS&T Service Desk"]
    return mail(W, "Printer outage - Specialty Center 3rd floor", BOX("IS&T Service Desk", "servicedesk"),
                [BOX("Specialty Center Staff", "sc.staff")], body, "alt", note="Printer outage notice; no PHI.")


@sc("general")
def g06():
    W = "2026-03-02 05:45"
    obj = {"product": "Scheduling Suite", "version": "24.3.2", "released": when(W).strftime("%Y-%m-%d"),
           "changes": [{"type": "fix", "id": "SS-" + digits(5), "summary": "Waitlist offers no longer time out after 10 minutes"},
                       {"type": "feature", "id": "SS-" + digits(5), "summary": "Bulk reschedule for provider absences"},
                       {"type": "security", "id": "SS-" + digits(5), "summary": "Updated TLS libraries"}],
           "downtimeRequired": False}
    body = ["Release 24.3.2 of Scheduling Suite is available. Release notes are attached in JSON for your change-management system.",
            "Scheduling Suite Customer Success"]
    return mail(W, "Release 24.3.2 available", X("Scheduling Suite Releases", "releases@schedulingsuite.example.org"), [S("bose")], body,
                "plain7", [json_att("release_notes_24.3.2.json", obj)], inbound=True, note="Inbound vendor release notes (JSON); no PHI.")


@sc("general")
def g07():
    W = "2026-03-09 14:20"
    txt = """WI-FI UPGRADE SCHEDULE (access point replacement)

DATE        AREA                          TIME          IMPACT
03/16       Main lobby, cafeteria         22:00-02:00   Guest Wi-Fi down
03/18       4 East, 5 West                22:00-02:00   Short drops on clinical Wi-Fi; use wired carts
03/20       MICU                          23:00-01:00   Staged, one corridor at a time
03/23       Specialty Center floors 1-3   18:00-22:00   Guest and staff Wi-Fi down
"""
    body = ["Managers,", "The Wi-Fi upgrade schedule is attached. Vocera badges and wireless phones may drop briefly during the work.",
            "Sergei Volkov\nNetwork Engineering"]
    return mail(W, "Wi-Fi upgrade schedule", S("volkov"), [BOX("All Managers", "managers")], body, "qp", [txt_att("wifi_schedule.txt", txt)],
                note="Wi-Fi upgrade schedule (TXT); no PHI.")


@sc("general")
def g08():
    W = "2026-03-13 03:10"
    segs = [msh(W, "ACK^A01^ACK", "HB" + digits(8), sending="RHAPSODY", recv="CARELINK", rfac="CARELINKHIE"), "MSA|AA|HEARTBEAT"]
    body = ["Heartbeat check failed 3 times for route CARELINK_ADT_OUT (no ACK within 30 s). The last heartbeat message sent is "
            "attached. The route has been paused; messages are queuing (current depth 214).",
            "Rhapsody Monitoring - automated alert"]
    return mail(W, "ALERT: heartbeat failed CARELINK_ADT_OUT", ("Rhapsody Alerts", f"rhapsody-alerts@{DOM}"), [BOX("Integration Team", "integration.team")],
                body, "html", [hl7_att("heartbeat.hl7", segs, "x-application/hl7-v2+er7")], m365=False, importance="High",
                note="Interface-engine heartbeat alert with an HL7 ACK attachment (no PID); no PHI.")


@sc("general")
def g09():
    W = "2026-03-19 07:25"
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<CatalogUpdate supplier="Allied Medical Supply" contract="GPO-4471" effective="2026-04-01">
  <Item sku="AMS-10244" description="Nitrile exam glove, M, 100/box" uom="CS" pack="10" price="72.40" change="+2.5%"/>
  <Item sku="AMS-20981" description="IV start kit with CHG" uom="CS" pack="50" price="187.50" change="0%"/>
  <Item sku="AMS-31177" description="Suction canister 1,200 mL" uom="CS" pack="48" price="182.40" change="-1.0%"/>
</CatalogUpdate>"""
    body = ["Dear customer,", "Attached is the April 1 price file for your contract. Please load it into your materials system.",
            "Allied Medical Supply - Contract Pricing"]
    return mail(W, "Catalog update - April 1", X("Allied Contract Pricing", "pricing@alliedmedsupply.example.org"), [S("vnguyen")], body,
                "alt", [xml_att("catalog_update.xml", xml)], inbound=True, note="Inbound supplier catalog price update (XML); no PHI.")


@sc("general")
def g10():
    W = "2026-03-27 13:55"
    inn = inner("2026-03-26 10:00", "Webinar: Getting the most from your PACS storage", X("ImageVault Events", "events@imagevault.example.org"),
                [S("reyes")],
                ["Join our 45-minute webinar on April 8 at 1 pm ET: tiered storage, lifecycle policies and disaster recovery testing for "
                 "PACS administrators.", "Register at imagevault.example.org/webinars.", "ImageVault"], "plain7", m365=False)
    body = ["Might be useful for the storage project - forwarding the vendor webinar.", "Gabriel"]
    return mail(W, "FW: Webinar: Getting the most from your PACS storage", S("reyes"), [BOX("PACS Administrators", "pacs.admin")], body,
                "b64", [fwd_att("PACS storage webinar.eml", inn)], note="Forwarded (rfc822) vendor webinar invitation; no PHI.")


# ================================================================================================================
# main
# ================================================================================================================
def main():
    results = []
    for kind, fn in SCEN:
        m = fn()
        m["kind"] = kind
        m["phi"] = kind in POS
        m["src"] = fn.__name__
        results.append(m)
    ORDER.shuffle(results)
    os.makedirs(OUT, exist_ok=True)
    for old in sorted(os.listdir(OUT)):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    labels = []
    for i, m in enumerate(results, 1):
        fn = f"t{i:04d}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(m["bytes"].encode("ascii"))
        labels.append({"file": fn, "phi": m["phi"], "kind": m["kind"], "form": m["form"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=True)
        fh.write("\n")
    counts = {}
    for m in results:
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    for k in POS + NEG:
        print(f"{k:<20} {str(k in POS).lower():<6} {counts.get(k, 0)}")
    print(f"total {len(results)}")


if __name__ == "__main__":
    main()
