#!/usr/bin/env python3
"""Generate the phi10 corpus: prototypical Riverside Health e-mail for the PHI classifier.

Standard library only, deterministic (fixed seeds, no clock, no set iteration). Writes
messages/x0001.eml ... and labels.json next to this file. Run: python3 generate.py
"""
import base64
import datetime
import json
import os
import random
import textwrap
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
R = random.Random(1010101)          # content
ORDER = random.Random(20251010)     # file order

PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GENERAL_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INTERNAL_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
TENANT = "b3c9d2e1-7a44-4f1b-8e2d-5c6a7f8e9d10"
ORG = "riversidehealth.example"

# ----------------------------------------------------------------------------- people and numbers
FIRST = """Maria James Aisha Daniel Mei Carlos Priya Robert Fatima Kevin Linh Jose Grace Ahmed Olivia Hiroshi Emily
Tunde Sofia Michael Nadia David Keisha Wei Laura Rahul Ana Thomas Yasmin Brian Chen Gabriela William Amara Steven Hana
Luis Rebecca Omar Jennifer Dmitri Patricia Kwame Sarah Raj Elena Marcus Ngozi Christopher Leticia Anthony Soo-jin Mark
Fernanda Joseph Zainab Paul Ines Andrew Mariam Jorge Angela Tariq Rosa Eric Lakshmi Samuel Beatriz Richard Chloe Arjun
Teresa Malik Yuki Denise Hector Irina Darnell Camila Vikram Monica Rashid Ewa Terrence Alejandra Gregory Farah Jamal
Nicole Bao Ruth Sergio Adaeze Philip Dolores Kenji Tamika Ravi Lucia Jerome Anjali Francisco Helen Mohammed Esther
Victor Lena Andre Sunita Ricardo Joanna Ibrahim Carmen Douglas Noor Stanley Yolanda Pavel Shanice Manuel Kathleen
Thanh Alicia Kofi Margaret Diego Rania Henry Veronica Sanjay Bridget Abdul Marisol Gerald Chiamaka Oscar Janet Tomasz
Adriana Curtis Mai Leonard Shirin Roberto Gloria Emeka Diane Javier Harpreet Lorraine Rafael Min-jun Wanda Emmanuel""".split()
LAST = """Lopez Carter Rahman Okafor Nguyen Patel Kim Johnson Garcia Chen Williams Hassan Rodriguez Singh Brown Tanaka
Martinez Adeyemi Murphy Kowalski Davis Ali Wilson Hernandez Park Thompson Gonzalez Osei Reyes Anderson Khan Sullivan
Ramirez Mensah Flores Robinson Yamamoto Castillo Jackson Cohen Morales Baptiste Sharma Walker Ortiz Mahmoud Bennett
Ivanova Torres Coleman Nwosu Gupta Rivera Fischer Diaz Mitchell Chaudhry Ruiz Sanders Haddad Vargas Price Abubakar
Jimenez Foster Tran Medina Hughes Nakamura Castro Greene Owusu Romero Barnes Iyer Alvarez Russell Le Soto Hayes
Kaplan Guerrero Bryant Eze Delgado Palmer Mehta Herrera Wallace Pham Mendoza Brooks Obi Aguilar Ross Sato Vasquez
Henderson Farouk Salazar Jenkins Do Rojas Perry Nowak Silva Powell Banerjee Cruz Long Asante Estrada Butler Hoang
Navarro Simmons Kariuki Acosta Graham Rao Figueroa Stewart Moreno Dubois Campbell Lindqvist Okonkwo Ferreira Murray
Quinn Abdi Santos Whitfield Yilmaz Cabrera Holloway Petrov Dang Caldwell Mwangi Espinoza Harrington Shapiro Lam""".split()
USED_NAMES = []
CITIES = [("Riverside Falls", "OH", "43"), ("Millbrook", "OH", "44"), ("Cedar Bend", "OH", "45"), ("Lakeview", "OH", "43"),
          ("North Haven", "OH", "44"), ("Greenfield", "OH", "45"), ("Oak Ridge", "OH", "43"), ("Fairmont", "OH", "44")]
STREETS = ["Maple", "Oak", "Elm", "Willow", "Birch", "Cedar", "River", "Lakeshore", "Hillcrest", "Sycamore", "Walnut",
           "Chestnut", "Park", "Meadow", "Orchard", "Sunset", "Highland", "Spring", "Laurel", "Magnolia"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way"]
AREAS = ["614", "740", "937", "330", "216", "419", "513", "380"]


def name():
    while True:
        f, l = R.choice(FIRST), R.choice(LAST)
        if (f, l) not in USED_NAMES:
            USED_NAMES.append((f, l))
            return f, l


def full():
    f, l = name()
    return f + " " + l


def phone():
    return "(%s) 555-01%02d" % (R.choice(AREAS), R.randint(0, 99))


def ext():
    return "x%d" % R.randint(2000, 7999)


def address():
    c = R.choice(CITIES)
    return "%d %s %s" % (R.randint(12, 9880), R.choice(STREETS), R.choice(SUFFIX)), "%s, %s %s%03d" % (c[0], c[1], c[2], R.randint(100, 999))


def dob(lo=1935, hi=2004):
    y = R.randint(lo, hi)
    return "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), y)


def age_of(d):
    return 2025 - int(d[-4:]) - (1 if int(d[:2]) > 3 else 0)


def mrn():
    return "RH%07d" % R.randint(1000000, 9999999)


def member():
    return "RHP%09d" % R.randint(100000000, 999999999)


FAMOUS = {"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"}


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if s not in FAMOUS:
            return s


def ssn_shaped():
    """A 3-2-4 number used as an order/invoice/case id (valid-looking, never a famous sample)."""
    return ssn()


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    b = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return b + luhn_digit("80840" + b)


def dea(last, kind=None):
    first = kind or R.choice("ABF")
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last[0].upper() + "".join(map(str, d)) + str(c)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(sep=""):
    an = MBI_A + "0123456789"
    s = (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789"),
         R.choice(MBI_A) + R.choice(an) + R.choice("0123456789"),
         R.choice(MBI_A) + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))
    return sep.join(s)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uid():
    h = "%032x" % R.getrandbits(128)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def email_of(f, l, dom=ORG):
    return "%s.%s@%s" % (f.lower().replace("-", ""), l.lower(), dom)


class Staff:
    def __init__(self, title, cred="", dept="", dom=ORG):
        self.first, self.last = name()
        self.cred = cred
        self.title = title
        self.dept = dept
        self.dom = dom
        self.phone = phone()

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def dname(self):
        return self.name + (", " + self.cred if self.cred else "")

    @property
    def email(self):
        return email_of(self.first, self.last, self.dom)

    @property
    def addr(self):
        return '"%s %s" <%s>' % (self.last + ",", self.first, self.email) if self.dom == ORG and R.random() < 0.3 \
            else '"%s" <%s>' % (self.name, self.email)

    def sig(self):
        org = "Riverside Health" if self.dom == ORG else ORGNAMES[self.dom.split(".")[0]]
        lines = [self.dname, self.title]
        if self.dept:
            lines.append(self.dept)
        lines += [org, self.phone]
        return "\n".join(lines)


ORGNAMES = {'brightonpediatrics': 'Brighton Pediatrics', 'brightvision': 'BrightVision Eye Network', 'buckeyeplan': 'Buckeye Health Plan', 'centrifugeworks': 'CentrifugeWorks Laboratory Equipment', 'cleanlinen': 'CleanLinen Services', 'clearinghouse': 'Summit Claims Clearinghouse', 'contrastsupply': 'Contrast Supply Partners', 'copyfleet': 'CopyFleet Managed Print', 'cryogas': 'CryoGas Logistics', 'dicomviewer': 'ClearView Imaging Software', 'fastfreight': 'FastFreight Logistics', 'homecareconnect': 'HomeCare Connect', 'imagingservice': 'Imaging Service Partners', 'infusiontech': 'Infusion Technologies', 'labreagents': 'Lab Reagents Co', 'labsys': 'OutreachLab Systems', 'lakeshorehealthplan': 'Lakeshore Health Plan', 'lakesidefamilypractice': 'Lakeside Family Practice', 'mammoletters': 'MammoLetters Inc', 'maplegroverehab': 'Maple Grove Rehabilitation', 'medsupplyco': 'MedSupply Co', 'nursingsummit': 'Regional Critical Care Nursing Summit', 'oakridgeprimarycare': 'Oak Ridge Primary Care', 'ohiohie': 'Ohio Health Information Exchange', 'ohpharmacyboard': 'State Board of Pharmacy', 'oxygenpartners': 'Oxygen Partners', 'pressvoice': 'PressVoice Surveys', 'pumpmaker': 'Infusion Technologies - Quality & Regulatory', 'quest-style-labs': 'Keystone Reference Laboratories', 'riversidehealthplan': 'Riverside Health Plan', 'rxwholesale': 'Rx Wholesale Inc', 'stmarksregional': "St. Mark's Regional Medical Center", 'surgicalinstruments': 'Precision Surgical Instruments', 'telestroke': 'TeleStroke Partners', 'textreach': 'TextReach Messaging', 'urgentcareplus': 'UrgentCare Plus', 'valleygi': 'Valley GI Associates', 'vaxdistrib': 'VaxDistrib Biologics'}


def box(local, display):
    return '"%s" <%s@%s>' % (display, local, ORG)


# ----------------------------------------------------------------------------- MIME
def wrap(text, width=76):
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) == 1 and len(para) > width and not para.startswith(" "):
            out.append("\n".join(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)))
        else:
            out.append(para)
    return "\n\n".join(out)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def qp_encode(data):
    out = []
    for line in data.split(b"\n"):
        line = line.rstrip(b"\r")
        enc = []
        for i, b in enumerate(line):
            c = bytes([b])
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i != len(line) - 1):
                enc.append(c.decode())
            else:
                enc.append("=%02X" % b)
        cur = ""
        pieces = []
        for tok in enc:
            if len(cur) + len(tok) > 75:
                pieces.append(cur + "=")
                cur = ""
            cur += tok
        pieces.append(cur)
        out.append("\r\n".join(pieces))
    return "\r\n".join(out)


def b64(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


class Leaf:
    def __init__(self, ctype, data, enc="7bit", filename=None, charset=None, inline=False):
        self.ctype, self.enc, self.filename = ctype, enc, filename
        self.data = data if isinstance(data, bytes) else data.encode("utf-8")
        self.charset = charset
        self.flate = False

    def form(self):
        f = "%s;%s" % (self.ctype, self.enc)
        if self.ctype == "application/pdf":
            f += ";" + ("flate" if self.flate else "uncompressed")
        if self.filename:
            f += ";name=" + self.filename
        return f

    def render(self, bnd):
        ct = self.ctype
        if self.ctype.startswith("text/"):
            cs = self.charset or ("us-ascii" if all(b < 128 for b in self.data) else "utf-8")
            ct += '; charset="%s"' % cs
        if self.filename:
            ct += '; name="%s"' % self.filename
        h = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + self.enc]
        if self.filename:
            h.insert(1, "Content-Description: " + self.filename)
            h.append('Content-Disposition: attachment; filename="%s"; size=%d' % (self.filename, len(self.data)))
        if self.enc == "base64":
            body = b64(self.data)
        elif self.enc == "quoted-printable":
            body = qp_encode(self.data)
        else:
            t = self.data.decode("ascii")
            body = crlf(t)
        return h, body


class Multi:
    def __init__(self, sub, parts):
        self.sub, self.parts = sub, parts

    def form(self):
        return "multipart/%s[%s]" % (self.sub, ",".join(p.form() for p in self.parts))

    def render(self, bnd):
        b = "_%03d_%s%s_" % (bnd[0], "%016X" % R.getrandbits(64), ORG.split(".")[0].upper()[:4])
        bnd[0] += 1
        h = ['Content-Type: multipart/%s;\r\n\tboundary="%s"' % (self.sub, b)]
        chunks = []
        for p in self.parts:
            ph, pb = p.render(bnd)
            chunks.append("--%s\r\n%s\r\n\r\n%s" % (b, "\r\n".join(ph), pb))
        body = "\r\n".join(chunks) + "\r\n--%s--" % b
        return h, body


class Fwd:
    def __init__(self, inner_headers, inner_node, filename):
        self.ih, self.node, self.filename = inner_headers, inner_node, filename

    def form(self):
        return "message/rfc822[%s];name=%s" % (self.node.form(), self.filename)

    def render(self, bnd):
        ph, pb = self.node.render(bnd)
        inner = "\r\n".join(self.ih + ["MIME-Version: 1.0"] + ph) + "\r\n\r\n" + pb
        h = ["Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="%s"' % self.filename]
        return h, inner


def text(s, enc="7bit", do_wrap=True):
    if enc == "7bit" and do_wrap:
        s = wrap(s)
    if not s.endswith("\n"):
        s += "\n"
    return Leaf("text/plain", s, enc)


def html(s, enc="quoted-printable"):
    return Leaf("text/html", s, enc)


def alt(t, h, tenc="quoted-printable", henc="quoted-printable"):
    return Multi("alternative", [text(t, tenc, tenc == "7bit"), html(h, henc)])


def mixed(*parts):
    return Multi("mixed", list(parts))


def att(ctype, fname, data, enc="base64"):
    return Leaf(ctype, data, enc, filename=fname)


def csv_att(fname, rows, enc="base64"):
    def q(v):
        v = str(v)
        return '"%s"' % v.replace('"', '""') if ("," in v or '"' in v) else v
    data = "\r\n".join(",".join(q(c) for c in r) for r in rows) + "\r\n"
    return att("text/csv", fname, data, enc)


def txt_att(fname, s, enc="quoted-printable"):
    return att("text/plain", fname, s if s.endswith("\n") else s + "\n", enc)


def json_att(fname, obj, ctype="application/json"):
    return att(ctype, fname, json.dumps(obj, indent=2) + "\n")


def xml_att(fname, s, ctype="application/xml"):
    return att(ctype, fname, s)


def html_att(fname, s):
    return att("text/html", fname, s)


def hl7_att(fname, segs, ctype="x-application/hl7-v2+er7"):
    return att(ctype, fname, "\r".join(segs) + "\r")


def ics(summary, start, end, loc, desc, org, attendees):
    uidv = uid()
    lines = ["BEGIN:VCALENDAR", "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % (org.name, org.email)]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (a.name, a.email))
    lines += ["DESCRIPTION;LANGUAGE=en-US:" + desc.replace("\n", "\\n").replace(",", "\\,"),
              "UID:" + uidv, "SUMMARY;LANGUAGE=en-US:" + summary.replace(",", "\\,"),
              "DTSTART;TZID=Eastern Standard Time:" + start, "DTEND;TZID=Eastern Standard Time:" + end,
              "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20250301T120000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:" + loc.replace(",", "\\,"), "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        while len(ln) > 74:
            folded.append(ln[:74])
            ln = " " + ln[74:]
        folded.append(ln)
    return Leaf("text/calendar", "\r\n".join(folded) + "\r\n", "base64")


# ----------------------------------------------------------------------------- PDF
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False, title="Document", author="Riverside Health"):
    """lines: list of strings; a line starting with '# ' is drawn bold. ~52 lines per page."""
    pages = [lines[i:i + 52] for i in range(0, max(1, len(lines)), 52)]
    objs = {}
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = ("<< /Title (%s) /Author (%s) /Producer (Riverside Forms Server 4.2) /CreationDate (D:20250301090000-05'00') >>"
               % (pdf_escape(title), pdf_escape(author))).encode("latin-1")
    kids = []
    n = 6
    for pg in pages:
        cs = ["BT", "/F1 10 Tf", "13 TL", "56 750 Td"]
        for ln in pg:
            if ln.startswith("# "):
                cs += ["/F2 12 Tf", "(%s) Tj" % pdf_escape(ln[2:]), "0 -16 Td", "/F1 10 Tf"]
            else:
                cs += ["(%s) Tj" % pdf_escape(ln), "0 -13 Td"]
        cs.append("ET")
        raw = ("\n".join(cs) + "\n").encode("latin-1")
        if flate:
            raw = zlib.compress(raw, 9)
            objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw) + raw + b"\nendstream"
        else:
            objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                   b"/Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids).encode(), len(kids))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in range(1, n):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, x)
    return out


def pdf_att(fname, lines, flate=False, title="Document"):
    a = att("application/pdf", fname, pdf(lines, flate, title))
    a.flate = flate
    return a


# ----------------------------------------------------------------------------- message assembly
BASE = datetime.datetime(2025, 3, 3, 8, 0, 0)
CLOCK = [0]


def next_date():
    CLOCK[0] += R.randint(600, 11000)
    d = BASE + datetime.timedelta(seconds=CLOCK[0])
    if d.weekday() >= 5 and R.random() < 0.8:
        CLOCK[0] += 2 * 86400
        d = BASE + datetime.timedelta(seconds=CLOCK[0])
    return d


def fmt_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S -0500")


def thread_index():
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode()


def label_header(kind, spelling=None):
    guid, nm = {"phi": (PHI_GUID, "Confidential PHI"), "general": (GENERAL_GUID, "General"),
                "internal": (INTERNAL_GUID, "Internal")}[kind]
    if spelling is not None:
        nm = spelling
    p = "MSIP_Label_" + guid
    parts = ["%s_Enabled=true" % p, "%s_SetDate=2025-03-%02dT%02d:%02d:%02dZ" % (p, R.randint(3, 28), R.randint(12, 22), R.randint(0, 59), R.randint(0, 59)),
             "%s_Method=%s" % (p, R.choice(["Standard", "Privileged"]))]
    if nm:
        parts.append("%s_Name=%s" % (p, nm))
    parts += ["%s_SiteId=%s" % (p, TENANT), "%s_ActionId=%s" % (p, uid()), "%s_ContentBits=0" % p]
    return "msip_labels: " + ";\r\n\t".join(parts) + ";"


BANNER = ("CAUTION: This email originated from outside of Riverside Health. Do not click links or open attachments "
          "unless you recognize the sender and know the content is safe.")


class M:
    def __init__(self, kind, note, subject, frm, to, body, cc=None, inbound=False, label=None, label_name=None,
                 lang="en-US", thread=None, importance=None):
        self.kind, self.note, self.subject, self.frm, self.to = kind, note, subject, frm, to
        self.body, self.cc, self.inbound, self.label, self.label_name = body, cc, inbound, label, label_name
        self.lang, self.thread, self.importance = lang, thread, importance


def addr(x):
    return x.addr if isinstance(x, Staff) else x


def add_banner(node):
    """Exchange transport rule for external mail: prepend the caution banner to the first text and HTML body parts
    (not to attachments or forwarded messages)."""
    done = set()
    stack = [node]
    while stack:
        n = stack.pop(0)
        if isinstance(n, Multi):
            stack[:0] = n.parts
        elif isinstance(n, Leaf) and not n.filename and n.ctype not in done:
            if n.ctype == "text/plain":
                lines = textwrap.wrap(BANNER, 76) if n.enc == "7bit" else [BANNER]
                n.data = ("\n".join(lines) + "\n\n").encode() + n.data
                done.add(n.ctype)
            elif n.ctype == "text/html" and b"<body" in n.data:
                i = n.data.index(b">", n.data.index(b"<body")) + 1
                n.data = n.data[:i] + ('\n<div style="background:#fff3cd;border:1px solid #e0a800;padding:4px">%s</div>' % BANNER).encode() + n.data[i:]
                done.add(n.ctype)


def render(m):
    if m.inbound:
        add_banner(m.body)
    d = next_date()
    bnd = [0]
    hid = "%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)), digits(3))
    h = []
    if m.inbound:
        dom = addr(m.frm).split("@")[1].rstrip(">")
        h += ["Received: from mx%d.%s (203.0.113.%d) by BN8PR04MB%s.namprd04.prod.%s" % (R.randint(1, 4), dom, R.randint(2, 250), digits(4), ORG),
              "\t(2603:10b6:408:d4::%x) with Microsoft SMTP Server id 15.20.%d.%d; %s" % (R.randint(16, 4000), R.randint(7000, 8900), R.randint(10, 60), fmt_date(d)),
              "Authentication-Results: spf=pass (sender IP is 203.0.113.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)" % (R.randint(2, 250), dom),
              "\theader.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (dom, dom)]
    thread = m.thread or m.subject.split(": ", 1)[-1]
    h += ["From: " + addr(m.frm), "To: " + ", ".join(addr(t) for t in (m.to if isinstance(m.to, list) else [m.to]))]
    if m.cc:
        h.append("CC: " + ", ".join(addr(t) for t in m.cc))
    h += ["Subject: " + m.subject, "Thread-Topic: " + thread, "Thread-Index: " + thread_index(), "Date: " + fmt_date(d),
          "Message-ID: <%s%s@%sPR04MB%s.namprd04.prod.%s>" % (hid, "%08X" % R.getrandbits(32), R.choice(["CY4", "BN8", "MN2", "SA1", "DM6"]), digits(4), ORG),
          "Accept-Language: en-US", "Content-Language: " + m.lang]
    if m.importance:
        h.append("Importance: " + m.importance)
    has_att = isinstance(m.body, Multi) and m.body.sub == "mixed"
    h += ["X-MS-Has-Attach: " + ("yes" if has_att else ""), "X-MS-TNEF-Correlator: ",
          "X-MS-Exchange-Organization-SCL: " + ("1" if m.inbound else "-1"),
          "X-MS-Exchange-Organization-AuthAs: " + ("Anonymous" if m.inbound else "Internal"),
          "X-MS-Exchange-Organization-AuthSource: %sPR04MB%s.namprd04.prod.%s" % (R.choice(["CY4", "BN8", "MN2"]), digits(4), ORG),
          "X-MS-Exchange-Organization-Network-Message-Id: " + uid(),
          "X-MS-Exchange-Organization-RecordReviewCfmType: 0"]
    if m.label:
        h.append(label_header(m.label, m.label_name))
    h.append("MIME-Version: 1.0")
    ph, pb = m.body.render(bnd)
    raw = "\r\n".join(h + ph) + "\r\n\r\n" + pb
    if not raw.endswith("\r\n"):
        raw += "\r\n"
    return raw.encode("ascii"), m.body.form()


def fwd_headers(frm, to, subject, when):
    return ["From: " + addr(frm), "To: " + addr(to), "Subject: " + subject, "Date: " + when,
            "Message-ID: <%s@%s>" % ("%016X" % R.getrandbits(64), addr(frm).split("@")[1].rstrip(">"))]


def when_str(day, hh, mm):
    d = datetime.datetime(2025, 2, day, hh, mm, 0)
    return fmt_date(d)


def outlook_quote(frm, sent, to, subject, body):
    return "\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subject, body)


def sent_str(day, hh, mm):
    d = datetime.datetime(2025, 2, day, hh, mm)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %I:%M %p").replace(" 0", " ")


REG = []


def reg(kind):
    def deco(fn):
        REG.append((kind, fn))
        return fn
    return deco


def H(s):
    """Minimal HTML document wrapper in Outlook style."""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} td{font-family:Calibri,sans-serif;font-size:10pt;padding:2px 6px;}</style>\n'
            '</head>\n<body lang="EN-US">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % s)


def P(s):
    return '<p class="MsoNormal">%s</p>' % s


def table(rows, border=1):
    out = ['<table border="%d" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, c, tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_from_text(t):
    """Turn a plain text body into Outlook-ish HTML paragraphs (escaping & < >)."""
    paras = []
    for para in t.split("\n\n"):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras.append(P(esc.replace("\n", "<br>\n")))
        paras.append(P("&nbsp;"))
    return H("\n".join(paras))


# ============================================================================= NEGATIVES: template (40)
S = Staff
TN = "template"


def blank_form_lines(title, sections):
    out = ["# Riverside Health", "# " + title, ""]
    for sec, fields in sections:
        out.append("# " + sec)
        out += fields
        out.append("")
    return out


@reg(TN)
def t01():
    a, b = S("Patient Access Manager", "", "Patient Access Services"), S("Director, Ambulatory Operations", "MBA")
    body = ("Hi %s,\n\nHere is the new wording for the automated appointment reminder e-mail. The merge fields are "
            "filled in by the scheduling system when the reminder is sent, so please only comment on the wording.\n\n"
            "----- template start -----\n"
            "Subject: Your upcoming appointment at Riverside Health\n\n"
            "Hi {{patient_first_name}},\n\n"
            "This is a reminder of your appointment with {{provider_name}} at {{department_name}} on {{appt_date}} "
            "at {{appt_time}}.\n\n"
            "Location: {{department_address}}\n"
            "Please arrive 15 minutes early and bring your insurance card and a photo ID.\n\n"
            "To confirm, reply C. To cancel, reply X or call {{department_phone}}.\n"
            "----- template end -----\n\n"
            "If this looks right I will send it to IT for the March build.\n\nThanks,\n%s") % (b.first, a.sig())
    return M(TN, "Appointment-reminder e-mail template with {{patient_first_name}}/{{appt_date}} merge fields; no values filled in.",
             "Reminder wording - draft 3", a, b, text(body))


@reg(TN)
def t02():
    a, b = S("Lab Outreach Supervisor", "MLS(ASCP)", "Laboratory Services"), S("Medical Director, Laboratory", "MD")
    body = ("Dr. %s,\n\nPer our discussion, this is the normal-result letter we would mail when a clinician marks a result "
            "\"normal - send letter\". The bracketed fields are replaced by the letter job.\n\n"
            "[DATE]\n\n[PATIENT NAME]\n[ADDRESS LINE 1]\n[CITY], [STATE] [ZIP]\n\n"
            "Dear [Patient Name],\n\n"
            "Your [TEST] result from [COLLECTION DATE] is within the normal range. No further action is needed at this time. "
            "If you have questions, please call your care team at [CLINIC PHONE].\n\n"
            "Sincerely,\n[ORDERING PROVIDER], [CREDENTIALS]\n\n"
            "Can you approve the wording before Friday?\n\n%s") % (b.last, a.sig())
    return M(TN, "Normal lab-result letter template: 'Dear [Patient Name], your [TEST] result from [COLLECTION DATE]'; no patient.",
             "Letter wording for approval", a, b, text(body, "quoted-printable"))


@reg(TN)
def t03():
    a, b = S("Clinical Informatics Analyst", "RN", "Clinical Informatics"), S("Nurse Manager, Internal Medicine Clinic", "RN, BSN")
    letter = ("RIVERSIDE HEALTH - ABNORMAL RESULT LETTER (TEMPLATE LTR-LAB-07)\n\n"
              "Patient: [NAME]\nDOB: __/__/____\nMRN: ________\n\n"
              "Dear [Patient Name],\n\n"
              "We recently received the results of your [TEST] collected on [DATE]. Your result was [RESULT] [UNITS], "
              "which is outside the reference range of [REFERENCE RANGE].\n\n"
              "[PROVIDER COMMENT]\n\n"
              "Please call [CLINIC NAME] at [CLINIC PHONE] to schedule a follow-up visit within [NUMBER] days.\n\n"
              "Sincerely,\n[PROVIDER NAME], [CREDENTIALS]\n")
    body = ("Hi %s,\n\nAttached is the abnormal-result letter template as it will appear in the letter queue. "
            "Nothing in it is filled in yet - the fields in brackets pull from the result when a nurse generates the letter. "
            "Let me know if the follow-up sentence should be different for your clinic.\n\n%s") % (b.first, a.sig())
    return M(TN, "Abnormal-result letter template as a TXT attachment: Patient [NAME], DOB __/__/____, MRN ________.",
             "LTR-LAB-07", a, b, mixed(text(body), txt_att("LTR-LAB-07_abnormal_result_template.txt", letter)))


@reg(TN)
def t04():
    a, b = S("Patient Education Coordinator", "RN, CDCES", "Nursing Education"), S("Manager, 4 West Medical-Surgical", "RN")
    lines = blank_form_lines("DISCHARGE INSTRUCTIONS", [
        ("Patient information", ["Patient: ______________________________   MRN: ____________", "DOB: __/__/____   Discharge date: __/__/____",
                                 "Attending physician: ______________________________"]),
        ("Reason for your hospital stay", ["______________________________________________________________",
                                           "______________________________________________________________"]),
        ("Your medications", ["Medication                 Dose          How often        Next dose due",
                              "_________________________  ____________  _______________  _____________",
                              "_________________________  ____________  _______________  _____________",
                              "_________________________  ____________  _______________  _____________"]),
        ("Follow-up appointments", ["With: ________________________  Date: __/__/____  Time: ______",
                                    "With: ________________________  Date: __/__/____  Time: ______"]),
        ("When to call your doctor", ["[ ] Fever above 101 F     [ ] Increasing pain     [ ] Shortness of breath",
                                      "[ ] Redness or drainage at the incision   [ ] Other: ____________________"]),
        ("Signatures", ["Patient/representative: __________________________  Date: __/__/____",
                        "Nurse: __________________________  Date: __/__/____"])])
    body = ("%s,\n\nThe updated blank discharge instruction sheet is attached (form NE-212, rev. 02/2025). Please replace the "
            "old stock in the 4 West forms cabinet with this version; print shop copies arrive Thursday.\n\n%s") % (b.first, a.sig())
    return M(TN, "Blank discharge-instruction sheet (uncompressed PDF) with Patient ____ / MRN ____ / DOB __/__/____ lines.",
             "NE-212 new revision", a, b, mixed(text(body), pdf_att("NE-212_Discharge_Instructions_blank.pdf", lines, False, "NE-212")))


@reg(TN)
def t05():
    a, b = S("Practice Manager", "", "Riverside Family Medicine - Millbrook"), S("Front Desk Lead", "", "Riverside Family Medicine - Millbrook")
    lines = blank_form_lines("NEW PATIENT INTAKE FORM", [
        ("About you", ["Last name: ____________________  First name: ____________________  MI: ___",
                       "Date of birth: __/__/____   Sex: [ ] F  [ ] M  [ ] X   Preferred language: ____________",
                       "Address: ____________________________________  City: ______________  State: ___  ZIP: _____",
                       "Home phone: (___) ___-____   Cell phone: (___) ___-____   E-mail: ____________________"]),
        ("Insurance", ["Primary insurance: ____________________  Member ID: ____________________",
                       "Subscriber name: ____________________  Subscriber DOB: __/__/____"]),
        ("Health history (check all that apply)", ["[ ] Diabetes  [ ] High blood pressure  [ ] Heart disease  [ ] Asthma/COPD",
                                                  "[ ] Cancer  [ ] Depression/anxiety  [ ] Thyroid disease  [ ] Other: ____________",
                                                  "Current medications: ____________________________________________",
                                                  "Allergies: ____________________________________________"]),
        ("Emergency contact", ["Name: ____________________  Relationship: ____________  Phone: (___) ___-____"])])
    body = ("Hi %s,\n\nPlease print 200 copies of the attached blank intake form for the new-patient clipboards. This version "
            "moved the insurance section up and added the preferred-language box. Recycle the old ones.\n\nThanks!\n%s") % (b.first, a.sig())
    return M(TN, "Blank new-patient intake form (FlateDecode PDF) with empty name, DOB, member ID and history tick boxes.",
             "Intake forms - print run", a, b, mixed(text(body, "quoted-printable"), pdf_att("New_Patient_Intake_2025.pdf", lines, True, "New Patient Intake")))


@reg(TN)
def t06():
    a, b = S("Perioperative Services Educator", "RN, CNOR", "Surgical Services"), S("Director, Surgical Services", "RN, MSN")
    lines = blank_form_lines("INFORMED CONSENT FOR SURGERY OR PROCEDURE", [
        ("", ["Patient name: ______________________________   DOB: __/__/____   MRN: ____________",
              "", "I authorize Dr. ______________________________ and assistants to perform the following procedure:",
              "______________________________________________________________",
              "", "The nature of the procedure, its risks, benefits and alternatives, including the risk of bleeding,",
              "infection and anesthesia complications, have been explained to me. I have had the opportunity to ask questions.",
              "", "[ ] I consent to the administration of blood products if needed.   [ ] I refuse blood products.",
              "", "Signature of patient or legal representative: ____________________________  Date: __/__/____  Time: ______",
              "Relationship if not patient: ____________________",
              "Interpreter (if used): ____________________  ID #: ________",
              "Witness: ____________________________  Date: __/__/____"])])
    body = ("%s,\n\nAttached is the revised surgical consent (SS-101) that Legal approved on Tuesday. It is blank - once you sign off, "
            "I will send it to Forms Management to load into the e-consent tablets and replace the paper stock.\n\n%s") % (b.first, a.sig())
    return M(TN, "Blank surgical informed-consent form (FlateDecode PDF) with Patient name ____ / DOB __/__/____.",
             "SS-101 consent rev", a, b, mixed(text(body), pdf_att("SS-101_Surgical_Consent_rev2025.pdf", lines, True, "SS-101")))


@reg(TN)
def t07():
    a, b = S("Prior Authorization Specialist", "CPC", "Revenue Cycle - Utilization Management"), S("Prior Authorization Team", "")
    lines = blank_form_lines("PRIOR AUTHORIZATION REQUEST - OUTPATIENT IMAGING", [
        ("Member information", ["Member name: ______________________________  Member ID: ____________________",
                                "Date of birth: __/__/____   Health plan: ____________________"]),
        ("Ordering provider", ["Name: ______________________________  NPI: __________  Phone: (___) ___-____  Fax: (___) ___-____"]),
        ("Service requested", ["CPT code(s): ________  ________  ________", "ICD-10-CM diagnosis code(s): ________  ________",
                               "Requested date of service: __/__/____   Site of service: ____________________",
                               "Clinical rationale: ____________________________________________________",
                               "____________________________________________________"]),
        ("For health plan use only", ["Auth #: ____________  [ ] Approved  [ ] Denied  [ ] Pended   Reviewer: ____________"])])
    body = ("Team,\n\nThe blank imaging prior-auth fax form has been updated with the plan's new fax number on page 1. Please save "
            "the attached copy over the one in the shared drive (UM > Forms > Imaging) and discard printed copies of the old one.\n\n%s") % a.sig()
    return M(TN, "Blank imaging prior-authorization request form (uncompressed PDF): Member name ____, Member ID ____, CPT/ICD blanks.",
             "Updated PA fax form", a, box("um.priorauth", "Prior Authorization Team"),
             mixed(text(body), pdf_att("PA_Imaging_Request_Form.pdf", lines, False, "PA Imaging")))


@reg(TN)
def t08():
    a, b = S("Registration Systems Analyst", "", "Patient Access Services"), S("Web Content Manager", "", "Marketing & Communications")
    form = H(P("<b>Riverside Health - Patient Registration</b>") + P("&nbsp;") + table([
        ["Field", "Entry"], ["Legal name (last, first, MI)", "____________________________"],
        ["Date of birth", "__/__/____"], ["Social Security number", "___-__-____"],
        ["Street address", "____________________________"], ["City / State / ZIP", "______________ / ___ / _____"],
        ["Phone", "(___) ___-____"], ["Primary insurance / Member ID", "______________ / ______________"],
        ["Guarantor (if not patient)", "____________________________"], ["Emergency contact", "____________________________"]]) +
        P("&nbsp;") + P("Signature: ______________________ &nbsp;&nbsp; Date: __/__/____"))
    body = ("Hi %s,\n\nFor the Patient Forms page on the website, here is the printable registration form as HTML. All the fields "
            "are blank; patients print it and bring it to their first visit. Can you replace the 2023 version on the page?\n\n%s") % (b.first, a.sig())
    return M(TN, "Blank registration form as an HTML attachment with 'Social Security number ___-__-____' and DOB __/__/____.",
             "Patient Forms page", a, b, mixed(text(body, "quoted-printable"), html_att("patient_registration_form.html", form)))


@reg(TN)
def t09():
    a, b = S("HIM Correspondence Lead", "RHIT", "Health Information Management"), S("Release of Information Team", "")
    body = ("All,\n\nBelow is the mail-merge version of the records-request acknowledgement letter. The <<...>> fields come from the "
            "ROI log when the letter is merged. Please use this from Monday on.\n\n"
            "<<LetterDate>>\n\n<<FirstName>> <<LastName>>\n<<Address1>>\n<<City>>, <<State>> <<Zip>>\n\n"
            "Dear <<FirstName>> <<LastName>>,\n\n"
            "We received your request for copies of medical records on <<RequestDate>>. Your request number is <<RequestNumber>>. "
            "Requests are usually completed within 15 business days. If a fee applies, you will receive an invoice before the records are sent.\n\n"
            "Sincerely,\nRelease of Information\nHealth Information Management\n\n%s") % a.sig()
    return M(TN, "Mail-merge letter with <<FirstName>> <<LastName>> <<RequestNumber>> fields (base64 text body); no values.",
             "ROI acknowledgement letter - merge version", a, box("him.roi", "Release of Information Team"), text(body, "base64"))


@reg(TN)
def t10():
    a, b = S("GI Nurse Navigator", "RN", "Digestive Health Center"), S("Patient Education Committee", "")
    h = H(P("Hello committee,") + P("&nbsp;") + P("Below is the proposed colonoscopy prep letter template for the split-dose regimen. "
          "Bracketed fields are completed by the scheduler.") + P("&nbsp;") +
          '<div style="border:1px solid #999;padding:8px">' +
          P("<b>Preparing for your colonoscopy</b>") + P("Dear [PATIENT NAME],") +
          P("Your colonoscopy is scheduled on <b>[PROCEDURE DATE]</b> at <b>[ARRIVAL TIME]</b> with Dr. [PHYSICIAN] at [LOCATION].") +
          P("<b>5 days before:</b> stop iron pills and fiber supplements.&nbsp; <b>1 day before:</b> clear liquids only.") +
          P("<b>Evening before:</b> drink the first half of the prep at 6:00&nbsp;PM. <b>Morning of:</b> drink the second half 5 hours before [ARRIVAL TIME].") +
          P("You must have a driver. Questions? Call [CLINIC PHONE].") + "</div>" + P("&nbsp;") +
          P("Comments welcome by 3/14.") + P("&nbsp;") + P(a.sig().replace("\n", "<br>")))
    return M(TN, "Colonoscopy prep letter template in an HTML body with [PATIENT NAME]/[PROCEDURE DATE] fields.",
             "Prep letter for review", a, box("pt.ed.committee", "Patient Education Committee"), html(h))


@reg(TN)
def t11():
    a, b = S("Application Analyst, Patient Portal", "", "Information Services"), S("Ambulatory Nursing Informatics", "RN")
    lib = {"library": "portal-message-templates", "version": "2025.1", "templates": [
        {"id": "PM-001", "title": "Test results available", "body": "Hello {{patient_name}}, a new test result from {{result_date}} is available in MyRiverside. Your care team will contact you if anything needs follow-up."},
        {"id": "PM-002", "title": "Appointment reminder", "body": "Hi {{patient_first_name}}, you have an appointment with {{provider_name}} on {{appt_date}} at {{appt_time}}."},
        {"id": "PM-003", "title": "Refill request received", "body": "Hello {{patient_name}}, we received your refill request for {{medication_name}}. Please allow 2 business days."},
        {"id": "PM-004", "title": "Questionnaire due", "body": "Hi {{patient_first_name}}, please complete the {{questionnaire_name}} before your visit on {{appt_date}}."}],
        "placeholders": ["patient_name", "patient_first_name", "provider_name", "appt_date", "appt_time", "result_date", "medication_name", "questionnaire_name"]}
    body = ("Hi %s,\n\nAttached is the JSON export of the portal message template library for the 2025.1 upgrade. These are the "
            "templates only - the {{...}} tokens are resolved by the portal at send time. Please review PM-001 and PM-003.\n\n%s") % (b.first, a.sig())
    return M(TN, "Portal message template library (JSON) with {{patient_name}} {{medication_name}} tokens; no patient data.",
             "Template library export", a, b, mixed(text(body), json_att("portal_templates_2025.1.json", lib)))


@reg(TN)
def t12():
    a, b = S("Manager, Access Center", "", "Central Scheduling"), S("Vendor Implementation Lead", "", "", "textreach.example.org")
    rows = [["template_id", "channel", "language", "max_chars", "text"],
            ["APPT_REM_48H", "SMS", "en", "160", "Riverside Health: {FirstName}, reminder of your visit {ApptDate} at {ApptTime} with {DeptName}. Reply C to confirm, X to cancel."],
            ["APPT_REM_48H", "SMS", "es", "160", "Riverside Health: {FirstName}, le recordamos su cita el {ApptDate} a las {ApptTime} en {DeptName}. Responda C o X."],
            ["APPT_CONFIRMED", "SMS", "en", "160", "Thanks {FirstName}, your visit on {ApptDate} is confirmed."],
            ["APPT_CANCELLED", "SMS", "en", "160", "{FirstName}, your visit on {ApptDate} was cancelled. Call {DeptPhone} to reschedule."],
            ["WAITLIST_OFFER", "SMS", "en", "160", "{FirstName}, an earlier time is open: {ApptDate} {ApptTime}. Reply Y within 1 hour to take it."]]
    body = ("Hi %s,\n\nAs requested, attached are our SMS reminder templates for the text-reminder go-live. The {Field} tokens match "
            "the field names in your interface spec (section 4.2). We have not sent any test messages yet.\n\nBest,\n%s") % (b.first, a.sig())
    return M(TN, "SMS reminder template list (CSV) with {FirstName} {ApptDate} tokens sent to a vendor; no recipients.",
             "SMS templates for go-live", a, b, mixed(text(body), csv_att("sms_templates.csv", rows)))


@reg(TN)
def t13():
    a, b = S("Physician Builder", "MD", "Clinical Informatics"), S("Hospitalist Group", "")
    txt = ("SmartText: RH IP PROGRESS NOTE - HOSPITALIST (template)\n\n"
           "@NAME@ is a @AGE@ @SEX@ admitted on @ADMITDATE@ for ***.\n\n"
           "Subjective:\n***\n\nObjective:\nVitals: @VS@\nLabs: @LASTLAB(24h)@\n\n"
           "Assessment and Plan:\n1. *** \n   - ***\n2. ***\n   - ***\n\n"
           "Diet: ***   DVT ppx: {DVT PPX:304412}   Code status: @CODESTATUS@\n"
           "Dispo: {DISPO:304418}\n\n@ME@\n")
    body = ("Hospitalists,\n\nThe new progress-note SmartText is attached for your review before it goes live on 3/24. "
            "The @ tokens pull data when the note is opened, *** are free-text blanks, and the {} lists are pick lists. "
            "Reply with changes by Friday.\n\n%s") % a.sig()
    return M(TN, "Progress-note SmartText template (TXT attachment) with @NAME@ @AGE@ tokens and *** blanks; not a note.",
             "New progress note SmartText", a, box("hospitalists", "Hospitalist Group"),
             mixed(text(body, "quoted-printable"), txt_att("RH_IP_PROGRESS_NOTE_template.txt", txt)))


@reg(TN)
def t14():
    a, b = S("Referral Coordinator Supervisor", "", "Heart & Vascular Institute"), S("Cardiology Practice Manager", "")
    t = ("Hi %s,\n\nHere is the referral thank-you letter template for the cardiology clinic. Fields in square brackets are filled by "
         "the referral work queue.\n\n"
         "Dear Dr. [Referring Provider],\n\n"
         "Thank you for referring [Patient Name] (DOB [DOB]) to the Riverside Heart & Vascular Institute. [He/She/They] has been "
         "scheduled with Dr. [Cardiologist] on [Appointment Date]. We will send our consultation note after the visit.\n\n"
         "Sincerely,\n[Cardiologist], MD\n\n"
         "Let me know if you want the appointment date removed for privacy.\n\n%s") % (b.first, a.sig())
    return M(TN, "Referral thank-you letter template 'Thank you for referring [Patient Name] (DOB [DOB])' in multipart/alternative.",
             "Referral letter template", a, b, alt(t, html_from_text(t)))


@reg(TN)
def t15():
    a, b = S("Unit Secretary", "", "Oncology Infusion Center"), S("Oncology Infusion Center Staff", "")
    lines = ["# Riverside Health - Oncology Infusion Center", "# FAX COVER SHEET", "",
             "Date: __/__/____          Number of pages (including cover): ____", "",
             "To: ______________________________   Fax: (___) ___-____   Phone: (___) ___-____",
             "From: ______________________________  Fax: (___) ___-____   Phone: (___) ___-____", "",
             "Re: ______________________________", "", "[ ] Urgent  [ ] For review  [ ] Please reply  [ ] Please comment", "",
             "Comments:", "____________________________________________________________",
             "____________________________________________________________", "",
             "CONFIDENTIALITY NOTICE: The documents accompanying this fax may contain health information that is",
             "confidential and protected by law. If you received this fax in error, notify the sender and destroy it."]
    body = ("Hi all,\n\nNew blank fax cover sheet attached with our updated fax line. Please use this one from now on and shred "
            "the old pads at the nurses' station.\n\n%s") % a.sig()
    return M(TN, "Blank fax cover sheet (uncompressed PDF) with To/From/Re blanks and a confidentiality notice.",
             "New fax cover", a, box("infusion.staff", "Oncology Infusion Center Staff"),
             mixed(text(body), pdf_att("Infusion_Fax_Cover.pdf", lines, False, "Fax Cover")))


@reg(TN)
def t16():
    a = S("Privacy Specialist", "CHPC", "Compliance & Privacy Office")
    lines = blank_form_lines("AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", [
        ("Patient", ["Name: ______________________________  Date of birth: __/__/____  MRN (if known): __________",
                     "Address: ____________________________________  Phone: (___) ___-____"]),
        ("Release from / to", ["From: [ ] Riverside Health  [ ] Other: ____________________",
                               "To: ______________________________  Address/Fax: ______________________________"]),
        ("Information to be released", ["[ ] Entire record  [ ] Discharge summary  [ ] Lab results  [ ] Imaging reports",
                                        "[ ] Other: ____________  Dates of service: __/__/____ to __/__/____",
                                        "Specific consent required for: [ ] HIV  [ ] Substance use disorder  [ ] Mental health"]),
        ("Purpose", ["[ ] Continuing care  [ ] Legal  [ ] Insurance  [ ] Personal  [ ] Other: ____________"]),
        ("Signature", ["This authorization expires on __/__/____ or upon the following event: ____________________",
                       "Signature: ______________________________  Date: __/__/____",
                       "If signed by a representative, relationship and authority: ____________________"])])
    body = ("Colleagues,\n\nThe Privacy Office has updated the blank authorization form to add the substance use disorder "
            "consent line required under the revised Part 2 rule. Please download the attached blank form and replace the "
            "copies at each registration desk by March 31.\n\n%s") % a.sig()
    return M(TN, "Blank release-of-information authorization form (FlateDecode PDF) from the Privacy Office; all fields empty.",
             "Updated ROI authorization form", a, box("registration.leads", "Registration Leads"),
             mixed(text(body, "quoted-printable"), pdf_att("ROI_Authorization_Form_2025.pdf", lines, True, "ROI Authorization")))


@reg(TN)
def t17():
    a = S("Compliance Coordinator", "", "Compliance & Privacy Office")
    h = H(P("Registration staff,") + P("&nbsp;") +
          P("Please make sure each new patient signs the Notice of Privacy Practices acknowledgement below. The blank form prints from the forms library (code NPP-ACK).") +
          P("&nbsp;") + '<div style="border:1px solid #333;padding:10px;width:520px">' +
          P("<b>ACKNOWLEDGEMENT OF RECEIPT OF NOTICE OF PRIVACY PRACTICES</b>") +
          P("I, ______________________________ (print name), acknowledge that I received a copy of the Riverside Health Notice of Privacy Practices.") +
          P("Patient date of birth: __/__/____") +
          P("Signature: ______________________ &nbsp;&nbsp;&nbsp; Date: __/__/____") +
          P("<i>For office use:</i> &#9744; Patient refused to sign &nbsp; &#9744; Unable to obtain &mdash; reason: ____________") + "</div>" +
          P("&nbsp;") + P("Thank you,<br>" + a.name + "<br>" + a.title))
    return M(TN, "Blank Notice of Privacy Practices acknowledgement form in an HTML body; name, DOB and signature blanks.",
             "NPP acknowledgement reminder", a, box("registration.all", "Registration Staff"), html(h, "base64"))


@reg(TN)
def t18():
    a, b = S("Language Services Coordinator", "CHI", "Language Services"), S("Patient Access Manager", "")
    body = ("Hola %s,\n\nAqui esta la plantilla en espanol de la carta de confirmacion de cita. Los campos entre corchetes se llenan "
            "automaticamente. / Here is the Spanish appointment-confirmation letter template; bracketed fields are filled automatically.\n\n"
            "Estimado/a [NOMBRE DEL PACIENTE]:\n\n"
            "Le confirmamos su cita con [NOMBRE DEL MEDICO] el [FECHA] a las [HORA] en [CLINICA], [DIRECCION].\n"
            "Por favor llegue 15 minutos antes y traiga su tarjeta de seguro y una identificacion con foto.\n"
            "Si necesita un interprete, llame al [TELEFONO DE LA CLINICA].\n\n"
            "Atentamente,\n[CLINICA]\n\nSaludos,\n%s") % (b.first, a.sig())
    return M(TN, "Spanish appointment-confirmation letter template with [NOMBRE DEL PACIENTE] [FECHA] placeholders (QP, es-US).",
             "Plantilla - carta de confirmacion", a, b, text(body, "quoted-printable"), lang="es-US")


@reg(TN)
def t19():
    a, b = S("Pre-Admission Testing Nurse Lead", "RN", "Pre-Admission Testing"), S("Pre-Admission Testing Nurses", "")
    body = ("PAT team,\n\nHere is the revised script for the pre-op phone call. Read the prompts and fill in the blanks in the "
            "call documentation, not in this e-mail.\n\n"
            "1. \"Hello, may I speak with ____________? This is ____________, a nurse from Riverside Pre-Admission Testing.\"\n"
            "2. Verify two identifiers: full name and date of birth __/__/____.\n"
            "3. \"Your procedure, ____________, is scheduled for __/__/____. Please arrive at ______.\"\n"
            "4. Nothing to eat after midnight; clear liquids until ______ (2 hours before arrival).\n"
            "5. Medications to hold: ____________  Medications to take with a sip of water: ____________\n"
            "6. Bring a list of medications, a photo ID and the name of your driver: ____________\n"
            "7. \"Do you have any questions?\"\n\n"
            "Thanks,\n%s") % a.sig()
    return M(TN, "Pre-op phone-call script with blank name/DOB/procedure/date lines (plain 7bit).",
             "Revised call script", a, box("pat.nurses", "Pre-Admission Testing Nurses"), text(body))


@reg(TN)
def t20():
    a, b = S("Clinic Operations Manager", "", "Riverside Pediatrics - Cedar Bend"), S("Medical Director", "MD", "Riverside Pediatrics - Cedar Bend")
    body = ("Dr. %s,\n\nOur draft missed-appointment letter is below. The scheduling system inserts the fields in braces. "
            "It has not been sent to anyone yet - I'd like your OK on the tone first.\n\n"
            "{LETTER_DATE}\n\nTo the parent or guardian of {PATIENT_FIRST} {PATIENT_LAST}:\n\n"
            "We missed you at your child's appointment on {APPT_DATE} at {APPT_TIME}. Regular well-child visits are important "
            "for vaccines and growth checks. Please call us at {CLINIC_PHONE} to reschedule.\n\n"
            "After three missed appointments in 12 months, we may ask you to schedule only same-day visits.\n\n"
            "Sincerely,\nRiverside Pediatrics - Cedar Bend\n\n%s") % (b.last, a.sig())
    return M(TN, "Missed-appointment letter template with {PATIENT_FIRST} {PATIENT_LAST} {APPT_DATE} fields (QP); unsent.",
             "No-show letter draft", a, b, text(body, "quoted-printable"))


@reg(TN)
def t21():
    a = S("Pharmacy Operations Manager", "PharmD", "Ambulatory Pharmacy")
    lines = blank_form_lines("PRESCRIPTION REFILL REQUEST", [
        ("Patient", ["Name: ______________________________   DOB: __/__/____   Phone: (___) ___-____",
                     "Preferred pharmacy: ______________________________  Pharmacy phone: (___) ___-____"]),
        ("Medications to refill", ["1. Medication: ____________________ Strength: ________ Directions: ____________________",
                                   "2. Medication: ____________________ Strength: ________ Directions: ____________________",
                                   "3. Medication: ____________________ Strength: ________ Directions: ____________________"]),
        ("Prescriber", ["Provider: ______________________________  Last office visit: __/__/____"]),
        ("Office use", ["[ ] Approved  [ ] Denied  [ ] Needs appointment   Reviewed by: ____________  Date: __/__/____"])])
    body = ("Hello clinic managers,\n\nAttached is the blank paper refill request form for patients who do not use the portal. "
            "It is also in the forms library under AMB-RX-04. Please print as needed.\n\n%s") % a.sig()
    return M(TN, "Blank prescription refill request form (uncompressed PDF): medication/strength/directions blanks only.",
             "AMB-RX-04 refill form", a, box("amb.clinic.managers", "Ambulatory Clinic Managers"),
             mixed(text(body), pdf_att("AMB-RX-04_Refill_Request.pdf", lines, False, "Refill Request")))


@reg(TN)
def t22():
    a, b = S("School Health Liaison", "RN", "Community Health"), S("Pediatric Clinic Managers", "")
    rows = "".join("<tr><td>%s</td><td>__/__/____</td><td>__/__/____</td><td>__/__/____</td><td>__/__/____</td></tr>\n" % v for v in
                   ["DTaP", "IPV (polio)", "MMR", "Varicella", "Hepatitis B", "Hib", "PCV", "Tdap", "MenACWY", "HPV", "Influenza"])
    doc = ("<!DOCTYPE html>\n<html><head><title>Immunization Record</title></head><body>\n<h2>Riverside Health - Certificate of Immunization</h2>\n"
           "<p>Child's name: ______________________ &nbsp; Date of birth: __/__/____ &nbsp; Parent/guardian: ______________________</p>\n"
           "<table border=\"1\" cellpadding=\"4\"><tr><th>Vaccine</th><th>Dose 1</th><th>Dose 2</th><th>Dose 3</th><th>Dose 4</th></tr>\n"
           + rows + "</table>\n<p>Clinician signature: ______________________ &nbsp; Date: __/__/____</p>\n</body></html>\n")
    body = ("Hi everyone,\n\nSchools are asking for the state-format record again this fall. A blank printable immunization "
            "record is attached (HTML, prints on one page). Fill it from the registry printout only when a parent asks.\n\n%s") % a.sig()
    return M(TN, "Blank certificate-of-immunization form as an HTML attachment; vaccine rows with __/__/____ dose dates.",
             "School immunization form", a, box("peds.managers", "Pediatric Clinic Managers"),
             mixed(text(body, "quoted-printable"), html_att("immunization_record_blank.html", doc)))


@reg(TN)
def t23():
    a, b = S("Patient Experience Manager", "", "Patient Experience"), S("Survey Vendor Account Manager", "", "", "pressvoice.example.org")
    t = ("Hi %s,\n\nPlease update the e-mail survey invitation text to the version below for all Riverside outpatient sites. "
         "Your platform fills the {{...}} fields.\n\n"
         "Subject: How was your visit, {{first_name}}?\n\n"
         "Dear {{first_name}},\n\nThank you for choosing {{facility_name}} for your visit on {{visit_date}}. Would you take three "
         "minutes to tell us about your experience with {{provider_display_name}}?\n\n[Start survey]\n\n"
         "Your answers are confidential.\n\nThank you,\n%s") % (b.first, a.sig())
    return M(TN, "Survey invitation template with {{first_name}} {{visit_date}} fields sent to the survey vendor (alternative).",
             "Invitation text update", a, b, alt(t, html_from_text(t)))


@reg(TN)
def t24():
    a, b = S("Interoperability Engineer", "", "Integration Services"), S("HIE Onboarding Analyst", "", "", "ohiohie.example.org")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<!-- Riverside Health CCD skeleton - TEMPLATE ONLY. {{...}} values are substituted by the document builder. -->\n'
           '<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <realmCode code="US"/>\n'
           '  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>\n'
           '  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>\n'
           '  <title>Continuity of Care Document</title>\n  <effectiveTime value="{{document_datetime}}"/>\n'
           '  <recordTarget>\n    <patientRole>\n      <id root="2.16.840.1.113883.3.9921.1" extension="{{mrn}}"/>\n'
           '      <addr use="HP"><streetAddressLine>{{street}}</streetAddressLine><city>{{city}}</city><state>{{state}}</state><postalCode>{{zip}}</postalCode></addr>\n'
           '      <patient>\n        <name use="L"><given>{{given_name}}</given><family>{{family_name}}</family></name>\n'
           '        <administrativeGenderCode code="{{sex}}" codeSystem="2.16.840.1.113883.5.1"/>\n'
           '        <birthTime value="{{birth_date}}"/>\n      </patient>\n    </patientRole>\n  </recordTarget>\n'
           '  <component><structuredBody>\n    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.5.1"/><title>Problems</title><text>{{problem_list_narrative}}</text></section></component>\n'
           '    <component><section><templateId root="2.16.840.1.113883.10.20.22.2.1.1"/><title>Medications</title><text>{{medication_narrative}}</text></section></component>\n'
           '  </structuredBody></component>\n</ClinicalDocument>\n')
    body = ("Hi %s,\n\nAs part of onboarding, attached is our CCD skeleton showing which templateIds and sections we populate. "
            "It is a template only: every value is a {{placeholder}}. Test documents will come later through the test gateway, "
            "not by e-mail.\n\nRegards,\n%s") % (b.first, a.sig())
    return M(TN, "C-CDA skeleton (XML) with <given>{{given_name}}</given> and <birthTime value=\"{{birth_date}}\"/>; template only.",
             "CCD skeleton for onboarding", a, b, mixed(text(body), xml_att("riverside_ccd_skeleton.xml", xml)))


@reg(TN)
def t25():
    a, b = S("Integration Analyst", "", "Integration Services"), S("Interface Developer", "", "", "labsys.example.org")
    segs = ["MSH|^~\\&|RH_ADT|RIVERSIDE|{{RECEIVING_APP}}|{{RECEIVING_FAC}}|{{MSG_DATETIME}}||ADT^A04^ADT_A01|{{CONTROL_ID}}|P|2.5.1",
            "EVN|A04|{{EVENT_DATETIME}}",
            "PID|1||{{MRN}}^^^RIVERSIDE^MR||{{LAST_NAME}}^{{FIRST_NAME}}^{{MIDDLE}}||{{DOB_YYYYMMDD}}|{{SEX}}|||{{STREET}}^^{{CITY}}^{{STATE}}^{{ZIP}}||{{HOME_PHONE}}",
            "PV1|1|O|{{LOCATION}}||||{{ATTENDING_ID}}^{{ATTENDING_LAST}}^{{ATTENDING_FIRST}}",
            "IN1|1|{{PLAN_ID}}|{{PAYER_ID}}|{{PAYER_NAME}}|||||||||||||||||||||||||||||||||{{MEMBER_ID}}"]
    body = ("Hi %s,\n\nAttached is the A04 message template that shows field positions for the new outreach lab interface. "
            "Each value is a {{TOKEN}}; there is no real or test patient in it. Please map against this and we will exchange test "
            "messages over the VPN.\n\nThanks,\n%s") % (b.first, a.sig())
    return M(TN, "HL7 ADT^A04 field-layout template (.hl7) whose PID fields are {{MRN}} {{LAST_NAME}} {{DOB_YYYYMMDD}} tokens.",
             "A04 layout", a, b, mixed(text(body), hl7_att("ADT_A04_template.hl7", segs)))


@reg(TN)
def t26():
    a = S("Patient Financial Services Supervisor", "CRCR", "Patient Financial Services")
    lines = ["# Riverside Health - Patient Statement (TEMPLATE)", "",
             "Statement date: [STATEMENT DATE]            Account number: [ACCOUNT NUMBER]",
             "Guarantor: [GUARANTOR NAME]                  Patient: [PATIENT NAME]",
             "[GUARANTOR ADDRESS LINE 1]", "[GUARANTOR CITY], [STATE] [ZIP]", "",
             "# Summary of charges", "Date of service    Description                         Charges     Insurance paid    You owe",
             "[DOS]              [SERVICE DESCRIPTION]               [CHARGE]    [INS PAID]        [PATIENT BALANCE]",
             "", "Amount due: [AMOUNT DUE]          Please pay by: [DUE DATE]", "",
             "Questions about your bill? Call Patient Financial Services, Monday-Friday 8-5.",
             "Financial assistance is available. Ask for an application or visit the billing page."]
    body = ("Hi team,\n\nThe print vendor sent the attached proof of the redesigned statement template. All fields are still the "
            "bracketed merge names. Please check the layout (especially the financial-assistance line) and reply with edits by Wednesday.\n\n%s") % a.sig()
    return M(TN, "Patient statement template proof (FlateDecode PDF) with [PATIENT NAME] [ACCOUNT NUMBER] [AMOUNT DUE] fields.",
             "Statement redesign proof", a, box("pfs.team", "Patient Financial Services Team"),
             mixed(text(body), pdf_att("Statement_Template_Proof_v2.pdf", lines, True, "Statement Template")))


@reg(TN)
def t27():
    a = S("Breast Imaging Manager", "RT(R)(M)", "Breast Imaging Center")
    vend = S("Client Services", "", "", "mammoletters.example.org")
    inner = ("Hello,\n\nYour screening recall letter template has been set up as requested. Please review the text below and "
             "confirm. Merge fields are shown in angle brackets.\n\n"
             "Dear <<PatientName>>,\n\nThank you for having your screening mammogram at <<FacilityName>> on <<ExamDate>>. "
             "Additional images are needed to complete your exam. This is common and most additional views are normal. "
             "Please call <<SchedulingPhone>> to schedule.\n\n"
             "Sincerely,\n<<RadiologistName>>, MD\n\n-- \n%s\n") % vend.sig()
    fw = Fwd(fwd_headers(vend, a, "Recall letter template ready for review", when_str(26, 15, 2)), text(inner), "Recall letter template ready for review.eml")
    body = ("FYI - the vendor's version of the recall letter template is attached. Same as ours except the phone line. "
            "I'll confirm with them unless anyone objects.\n\n%s") % a.sig()
    return M(TN, "Forwarded (rfc822) vendor e-mail containing a mammogram recall letter template with <<PatientName>> <<ExamDate>>.",
             "FW: Recall letter template ready for review", a, box("breast.imaging.leads", "Breast Imaging Leads"), mixed(text(body), fw))


@reg(TN)
def t28():
    a = S("Outreach Lab Client Services Manager", "", "Laboratory Outreach")
    lines = blank_form_lines("LABORATORY REQUISITION", [
        ("Patient", ["Last: ____________________ First: ____________________ DOB: __/__/____ Sex: [ ] F [ ] M",
                     "Address: ______________________________  Phone: (___) ___-____",
                     "Insurance: ____________________  Member ID: ____________________"]),
        ("Ordering provider", ["Name: ____________________  NPI: __________  Signature: ____________________"]),
        ("Diagnosis (ICD-10-CM)", ["1. ________  2. ________  3. ________  4. ________"]),
        ("Tests", ["[ ] CBC w/ diff (85025)   [ ] CMP (80053)   [ ] Lipid panel (80061)   [ ] HbA1c (83036)",
                   "[ ] TSH (84443)   [ ] Urinalysis (81003)   [ ] PSA (84153)   [ ] Vitamin D (82306)",
                   "[ ] Other: ______________________"]),
        ("Collection", ["Date: __/__/____  Time: ______  Fasting: [ ] Y [ ] N  Collected by: ________"])])
    body = ("Dear client offices,\n\nA new blank requisition is attached with updated test codes. Please discard requisitions "
            "printed before January. Supplies can be ordered through your courier.\n\n%s") % a.sig()
    return M(TN, "Blank outreach laboratory requisition (uncompressed PDF) with test tick boxes and empty patient/diagnosis blanks.",
             "New requisition form", a, box("outreach.clients", "Outreach Lab Clients"),
             mixed(text(body, "quoted-printable"), pdf_att("Lab_Requisition_2025.pdf", lines, False, "Lab Requisition")))


@reg(TN)
def t29():
    a = S("Pharmacist, Transitions of Care", "PharmD, BCPS", "Pharmacy")
    rows = [["Medication name", "Dose", "How do I take it?", "What is it for?", "Morning", "Noon", "Evening", "Bedtime"]] + \
           [["&nbsp;"] * 8 for _ in range(6)]
    h = H(P("Hi care managers,") + P("&nbsp;") +
          P("Several of you asked for a blank &quot;My Medication List&quot; handout for patients to fill in at home. Here is the layout; "
            "the print-ready version will be in the forms library next week.") + P("&nbsp;") +
          P("<b>My Medication List</b> &nbsp; Name: ______________________ &nbsp; Date: __/__/____") + table(rows) +
          P("&nbsp;") + P("Allergies: ______________________") + P("&nbsp;") + P(a.sig().replace("\n", "<br>")))
    return M(TN, "Blank 'My Medication List' handout table in an HTML body with empty rows; no patient.",
             "Medication list handout", a, box("care.managers", "Care Management"), html(h))


@reg(TN)
def t30():
    a = S("Transitions of Care Program Manager", "RN, CCM", "Care Management")
    rows = [["call_date", "patient_name", "mrn", "discharge_date", "reached_y_n", "meds_reviewed_y_n", "follow_up_scheduled_y_n", "red_flags", "nurse_initials"],
            ["<call date>", "<patient name>", "<MRN>", "<discharge date>", "<Y/N>", "<Y/N>", "<Y/N>", "<free text>", "<initials>"]]
    body = ("Hello,\n\nFor the 48-hour post-discharge call pilot, please use the attached call-log template. Row 2 only shows "
            "what goes in each column - delete it before you start. Save the working copy in the secure TOC folder, never in "
            "e-mail.\n\n%s") % a.sig()
    return M(TN, "Post-discharge call-log template (CSV) whose only row is <patient name>/<MRN> placeholders.",
             "Call log template", a, box("toc.nurses", "TOC Call Nurses"), mixed(text(body), csv_att("toc_call_log_TEMPLATE.csv", rows)))


@reg(TN)
def t31():
    a = S("Advance Care Planning Coordinator", "LSW", "Palliative Care")
    lines = blank_form_lines("HEALTH CARE POWER OF ATTORNEY AND LIVING WILL (BLANK)", [
        ("Part 1 - Principal", ["My name: ______________________________  Date of birth: __/__/____",
                                "Address: ______________________________________________"]),
        ("Part 2 - Health care agent", ["I appoint ______________________________ (phone (___) ___-____) as my agent.",
                                         "Alternate agent: ______________________________"]),
        ("Part 3 - My wishes", ["If I have a terminal condition or am permanently unconscious:",
                                "[ ] I do not want life-sustaining treatment   [ ] I want all treatment",
                                "Artificial nutrition and hydration: [ ] Yes  [ ] No  [ ] Agent decides",
                                "Other instructions: ______________________________________________"]),
        ("Part 4 - Signatures", ["Signature: ____________________  Date: __/__/____",
                                 "Witness 1: ____________________   Witness 2: ____________________  or Notary: ____________"])])
    body = ("Hi all,\n\nFor Healthcare Decisions Day, attached is the blank advance directive packet we hand out at the information "
            "tables. Please print single-sided. No completed forms should be e-mailed - patients bring them to HIM.\n\n%s") % a.sig()
    return M(TN, "Blank advance-directive / health care POA form (FlateDecode PDF); every field empty.",
             "Healthcare Decisions Day handouts", a, box("palliative.team", "Palliative Care Team"),
             mixed(text(body, "quoted-printable"), pdf_att("Advance_Directive_Blank.pdf", lines, True, "Advance Directive")))


@reg(TN)
def t32():
    a = S("Marketing Specialist", "", "Marketing & Communications")
    b = S("Breast Imaging Manager", "RT(R)(M)", "Breast Imaging Center")
    h = H(P("Hi %s," % b.first) + P("&nbsp;") + P("Here is the HTML version of the annual screening reminder e-mail for your review. "
          "The fields in &lt;&lt; &gt;&gt; are merged by the e-mail platform.") + P("&nbsp;") +
          '<table width="560" style="border:1px solid #ccc"><tr><td>' +
          P("<b>It's time for your annual mammogram</b>") + P("Dear &lt;&lt;PatientName&gt;&gt;,") +
          P("Our records show your last screening mammogram was on &lt;&lt;LastExamDate&gt;&gt;. Annual screening is recommended for women 40 and older.") +
          P("Schedule online or call &lt;&lt;SchedulingPhone&gt;&gt;. Walk-ins welcome at &lt;&lt;NearestSite&gt;&gt;.") +
          "</td></tr></table>" + P("&nbsp;") + P("Thanks,<br>" + a.name))
    return M(TN, "Annual mammogram reminder e-mail template (HTML, base64) with &lt;&lt;PatientName&gt;&gt; &lt;&lt;LastExamDate&gt;&gt;.",
             "Screening reminder e-mail - review", a, b, html(h, "base64"))


@reg(TN)
def t33():
    a = S("Sleep Center Coordinator", "RPSGT", "Sleep Disorders Center")
    txt = ("RIVERSIDE SLEEP DISORDERS CENTER - PRE-VISIT QUESTIONNAIRE (BLANK)\n\n"
           "Name: ______________________  Date of birth: __/__/____  Date: __/__/____\n\n"
           "EPWORTH SLEEPINESS SCALE\nHow likely are you to doze off in these situations? 0 = never, 1 = slight, 2 = moderate, 3 = high\n"
           "  Sitting and reading ........................................ ___\n"
           "  Watching TV ................................................ ___\n"
           "  Sitting inactive in a public place ......................... ___\n"
           "  As a passenger in a car for an hour ........................ ___\n"
           "  Lying down to rest in the afternoon ........................ ___\n"
           "  Sitting and talking to someone ............................. ___\n"
           "  Sitting quietly after lunch without alcohol ................ ___\n"
           "  In a car, stopped for a few minutes in traffic ............. ___\n"
           "                                                   TOTAL ..... ___\n\n"
           "STOP-BANG: Snoring [ ] Tired [ ] Observed apnea [ ] Pressure (high BP) [ ] BMI > 35 [ ] Age > 50 [ ] Neck > 40 cm [ ] Male [ ]\n")
    body = ("Hi front desk,\n\nPlease mail the attached blank questionnaire with every new-patient packet starting next week. "
            "It replaces the two-page version.\n\n%s") % a.sig()
    return M(TN, "Blank Epworth/STOP-BANG sleep questionnaire (TXT attachment) with empty score lines.",
             "New questionnaire for packets", a, box("sleep.frontdesk", "Sleep Center Front Desk"),
             mixed(text(body), txt_att("Sleep_PreVisit_Questionnaire_blank.txt", txt)))


@reg(TN)
def t34():
    a = S("Financial Counselor Lead", "CRCR", "Patient Financial Services")
    lines = blank_form_lines("FINANCIAL ASSISTANCE APPLICATION", [
        ("Applicant", ["Patient name: ______________________________   Date of birth: __/__/____",
                       "Responsible party (if different): ______________________________",
                       "Address: ______________________________________  Phone: (___) ___-____"]),
        ("Household", ["Number in household: ____   Name / Age / Relationship:",
                       "____________________ / ___ / ____________", "____________________ / ___ / ____________"]),
        ("Income (monthly)", ["Wages: $________  Social Security: $________  Unemployment: $________  Other: $________",
                              "Attach: last 2 pay stubs, most recent tax return, or a letter of support."]),
        ("Certification", ["I certify the information above is true.  Signature: ____________________  Date: __/__/____"])])
    body = ("Team,\n\nAttached is the blank 2025 financial assistance application with the updated income table reference "
            "(200%%/400%% of FPL). Please load it on the kiosks and stock the registration desks.\n\n%s") % a.sig()
    return M(TN, "Blank financial assistance application (uncompressed PDF): applicant, household and income blanks.",
             "2025 FAP application", a, box("pfs.counselors", "Financial Counselors"),
             mixed(text(body, "quoted-printable"), pdf_att("FAP_Application_2025.pdf", lines, False, "FAP Application")))


@reg(TN)
def t35():
    a = S("Transfer Center Manager", "RN", "Patient Transfer Center")
    body = ("House supervisors,\n\nWhile the transfer system is down for the upgrade on Sunday 0200-0600, use this paper intake. "
            "Copy it into the system when it comes back up.\n\n"
            "RIVERSIDE TRANSFER CENTER - DOWNTIME INTAKE\n"
            "Call received: __/__/____ ____:____   Taken by: ____________\n"
            "Referring facility: ____________________  Unit: ________  Callback: (___) ___-____\n"
            "Referring physician: ____________________\n"
            "Patient name: ____________________  DOB: __/__/____  Weight: _____ kg\n"
            "Diagnosis / reason for transfer: ________________________________________\n"
            "Accepting service: ____________  Accepting physician: ____________________\n"
            "Level of care: [ ] ICU  [ ] Step-down  [ ] Med-surg  [ ] Telemetry   Isolation: [ ] Y [ ] N\n"
            "Transport: [ ] ALS  [ ] BLS  [ ] Air   ETA: ____:____\n\n%s") % a.sig()
    return M(TN, "Downtime transfer intake form with blank patient/DOB/diagnosis lines (QP body).",
             "Downtime Sunday 0200-0600", a, box("house.supervisors", "House Supervisors"), text(body, "quoted-printable"))


@reg(TN)
def t36():
    a = S("Radiology Scheduling Supervisor", "", "Imaging Services")
    t = ("Hi schedulers,\n\nWhen a plan needs a faxed request for MRI/CT, use this wording on the fax cover. Fill the brackets from the "
         "order; do not reply-all with filled copies.\n\n"
         "To: [HEALTH PLAN] Utilization Management  Fax: [PLAN FAX]\n"
         "Re: Prior authorization request - [EXAM NAME] (CPT [CPT CODE])\n"
         "Member: [MEMBER NAME]   Member ID: [MEMBER ID]   DOB: [DOB]\n"
         "Diagnosis: [ICD-10-CM CODE] - [DESCRIPTION]\n"
         "Ordering physician: [ORDERING PHYSICIAN], NPI [ORDERING NPI]\n"
         "Clinical notes and prior imaging are attached ([NUMBER] pages).\n\n%s") % a.sig()
    return M(TN, "Imaging prior-auth fax wording template with [MEMBER NAME] [MEMBER ID] [DOB] placeholders (alternative).",
             "PA fax wording", a, box("rad.schedulers", "Radiology Schedulers"), alt(t, html_from_text(t)))


@reg(TN)
def t37():
    a = S("Virtual Care Program Manager", "", "Virtual Care")
    h = H(P("Hi all,") + P("&nbsp;") + P("The updated video-visit invitation e-mail goes live Monday. The template is below for reference:") +
          P("&nbsp;") + '<blockquote style="border-left:3px solid #2a6;padding-left:8px">' +
          P("Hello {{FirstName}},") +
          P("Your video visit with Dr. {{ProviderLastName}} is on <b>{{VisitDate}}</b> at <b>{{VisitTime}}</b>.") +
          P("Join from your phone or computer: <a href=\"https://visit.riversidehealth.example/join/{{VisitToken}}\">Join video visit</a>") +
          P("Test your camera 10 minutes early. Need help? Call {{HelpDeskPhone}}.") + "</blockquote>" +
          P("&nbsp;") + P("No action needed unless you see an error in the wording.") + P(a.sig().replace("\n", "<br>")))
    return M(TN, "Video-visit invitation e-mail template in an HTML body with {{FirstName}} {{ProviderLastName}} {{VisitDate}}.",
             "Video visit invite - new text", a, box("virtual.care.staff", "Virtual Care Staff"), html(h))


@reg(TN)
def t38():
    a = S("Laboratory Informatics Specialist", "MLS(ASCP)", "Laboratory Information Systems")
    obj = {"letter_set": "lab-result-letters", "owner": "Laboratory Services", "status": "draft", "letters": [
        {"code": "A1C_NORMAL", "text": "Dear {patient_name}, your hemoglobin A1c on {result_date} was {result_value}%, which is in the normal range (below 5.7%)."},
        {"code": "A1C_PREDIABETES", "text": "Dear {patient_name}, your hemoglobin A1c on {result_date} was {result_value}%, in the prediabetes range (5.7-6.4%). Please schedule a visit with {provider_name}."},
        {"code": "LIPID_HIGH_LDL", "text": "Dear {patient_name}, your LDL cholesterol on {result_date} was {result_value} mg/dL. Your provider recommends a follow-up visit."},
        {"code": "VITD_LOW", "text": "Dear {patient_name}, your vitamin D level on {result_date} was {result_value} ng/mL (normal 30-100). {provider_comment}"}],
        "fields": {"patient_name": "string", "result_date": "date", "result_value": "number", "provider_name": "string", "provider_comment": "string"}}
    body = ("Hi %s,\n\nAttached are the draft result-letter templates in the JSON format the letter engine imports. They contain "
            "only the wording and field names. Could the lab medical director review the A1c ranges?\n\n%s") % (R.choice(FIRST), a.sig())
    return M(TN, "Lab result letter wording set (JSON) with {patient_name} {result_value} fields and reference ranges; no patient.",
             "Result letters - draft set", a, box("lab.leadership", "Laboratory Leadership"), mixed(text(body, "quoted-printable"), json_att("lab_result_letters_draft.json", obj)))


@reg(TN)
def t39():
    a = S("Pediatric Clinic Informatics Nurse", "RN", "Riverside Pediatrics")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<form id="PEDS-INTAKE-03" version="3" status="blank">\n'
           '  <title>Pediatric New Patient Intake</title>\n'
           '  <section name="Child">\n    <field name="ChildLastName" type="text" value=""/>\n    <field name="ChildFirstName" type="text" value=""/>\n'
           '    <field name="ChildDOB" type="date" format="MM/DD/YYYY" value=""/>\n    <field name="Sex" type="choice" options="F|M|X" value=""/>\n  </section>\n'
           '  <section name="Parent">\n    <field name="ParentName" type="text" value=""/>\n    <field name="ParentPhone" type="phone" value=""/>\n'
           '    <field name="Address" type="text" value=""/>\n  </section>\n'
           '  <section name="History">\n    <field name="BirthWeight" type="text" value=""/>\n    <field name="PrematureBirth" type="checkbox" value="Off"/>\n'
           '    <field name="Allergies" type="text" value=""/>\n    <field name="CurrentMedications" type="text" value=""/>\n'
           '    <field name="ImmunizationsUpToDate" type="choice" options="Yes|No|Unsure" value=""/>\n  </section>\n</form>\n')
    body = ("Hi team,\n\nThe tablet intake form definition is attached (version 3). All values are empty; this is the file IT loads "
            "onto the check-in tablets. Please check the field order before Thursday.\n\n%s") % a.sig()
    return M(TN, "Pediatric intake form definition (XML) with every field value=\"\"; blank form.",
             "Tablet form v3", a, box("peds.intake.workgroup", "Peds Intake Workgroup"), mixed(text(body), xml_att("PEDS-INTAKE-03.xml", xml)))


@reg(TN)
def t40():
    a = S("Biomedical/Printer Support Analyst", "", "Information Services")
    txt = ("^XA\n^FX Riverside inpatient wristband - layout WB-ADULT-02 (TEMPLATE)\n"
           "^FO40,30^A0N,34,34^FD[LAST NAME], [FIRST NAME]^FS\n"
           "^FO40,70^A0N,26,26^FDMRN: [MRN]   DOB: [DOB]   [SEX]^FS\n"
           "^FO40,100^A0N,24,24^FDAdm: [ADMIT DATE]  Rm: [ROOM-BED]^FS\n"
           "^FO40,128^A0N,24,24^FDAttending: [ATTENDING]^FS\n"
           "^FO520,30^BQN,2,4^FDQA,[BARCODE PAYLOAD]^FS\n^XZ\n")
    body = ("Hi %s,\n\nHere is the ZPL layout for the new adult wristband. Bracketed fields are filled by the ADT print service. "
            "Please load it on the ED and Admitting Zebra printers in test mode only.\n\n%s") % (R.choice(FIRST), a.sig())
    return M(TN, "Wristband printer layout (ZPL in a TXT attachment) with [LAST NAME], [FIRST NAME], MRN: [MRN], DOB: [DOB].",
             "Wristband layout WB-ADULT-02", a, box("is.printers", "IS Printer Support"), mixed(text(body), txt_att("WB-ADULT-02.zpl.txt", txt, "7bit")))


# ============================================================================= NEGATIVES: id_shaped (40)
IK = "id_shaped"


def vendor(title, dom):
    return S(title, "", "", dom)


@reg(IK)
def i01():
    v = vendor("Customer Service", "medsupplyco.example.org")
    b = S("Pharmacy Buyer", "CPhT", "Inpatient Pharmacy")
    on = ssn_shaped()
    body = ("Hello %s,\n\nThank you for your order. Order number: %s\nCustomer account: %s\nShip to: Riverside Medical Center - "
            "Inpatient Pharmacy, Dock 3\n\nItem               Description                              Qty   Unit\n"
            "BD-305270          Syringe 3 mL Luer-Lok, 23G x 1 in         20    CS\n"
            "PDI-B339           Alcohol prep pads, medium                 12    CS\n"
            "MCK-16-5009        Sharps container 5 qt, red                24    EA\n"
            "AMS-2210-14        Oral syringe 10 mL amber, tip cap         10    CS\n\n"
            "Estimated delivery: 03/06/2025. You will receive tracking information when the order ships.\n\n"
            "Questions? Reference order %s when you call.\n\n%s") % (b.first, on, digits(7), on, v.sig())
    return M(IK, "Pharmacy supply order confirmation; order number %s is SSN-shaped but identifies an order." % on,
             "Order confirmation %s" % on, v, b, text(body), inbound=True)


@reg(IK)
def i02():
    v = vendor("Shipping Notifications", "labreagents.example.org")
    b = S("Lab Supply Coordinator", "", "Laboratory Services")
    trk = "1Z%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRTVWXY0123456789") for _ in range(6)), digits(10))
    po = "PO-25-%06d" % R.randint(1000, 999999)
    h = H(P("Your shipment is on its way.") + P("&nbsp;") + table([
        ["Field", "Value"], ["Purchase order", po], ["Sales order", ssn_shaped()], ["Carrier", "UPS Next Day Air (refrigerated)"],
        ["Tracking number", trk], ["Ship date", "03/04/2025"], ["Deliver to", "Riverside Core Laboratory, Receiving B-012"]]) +
        P("&nbsp;") + table([["Catalog #", "Description", "Lot", "Exp", "Qty"],
                             ["CH-4411-22", "Hemoglobin A1c reagent kit, 500 tests", "L2%06d" % R.randint(0, 999999), "2026-01-31", "4"],
                             ["CH-3020-05", "Troponin I calibrator set", "L2%06d" % R.randint(0, 999999), "2025-11-30", "2"],
                             ["CH-1188-40", "Comprehensive metabolic QC, level 1/2", "L2%06d" % R.randint(0, 999999), "2025-09-30", "6"]]) +
        P("&nbsp;") + P("Keep refrigerated at 2-8&nbsp;&deg;C on receipt.") + P(v.sig().replace("\n", "<br>")))
    return M(IK, "Lab reagent shipping notice (HTML) with tracking, PO, SSN-shaped sales order, catalog/lot numbers; no patient.",
             "Shipment notification", v, b, html(h), inbound=True)


@reg(IK)
def i03():
    v = vendor("Accounts Receivable", "centrifugeworks.example.org")
    b = S("Accounts Payable Specialist", "", "Finance")
    inv = ssn_shaped()
    lines = ["# CENTRIFUGEWORKS LABORATORY EQUIPMENT", "# INVOICE", "", "Invoice no.: %s        Invoice date: 02/27/2025" % inv,
             "Customer no.: %s          Terms: Net 45" % digits(7), "PO no.: 4500%06d" % R.randint(0, 999999), "",
             "Bill to: Riverside Health - Accounts Payable, PO Box 4410, Riverside Falls OH", "Ship to: Riverside Core Laboratory",
             "", "Line  Part number      Description                              Serial        Qty    Amount",
             "1     CW-5810R-HS      Refrigerated benchtop centrifuge         CW%08d    1   $11,480.00" % R.randint(0, 99999999),
             "2     CW-RTR-4x750     Swing-bucket rotor 4 x 750 mL            CW%08d    1    $2,915.00" % R.randint(0, 99999999),
             "3     CW-INST-01       Installation and operational qualification  -             1      $650.00",
             "", "Subtotal $15,045.00    Freight $210.00    Total due $15,255.00", "",
             "Remit to: CentrifugeWorks, Lockbox 77120. Please reference invoice %s on your remittance." % inv]
    body = ("Please find attached invoice %s for the laboratory centrifuge delivered to your core lab.\n\nRegards,\n%s") % (inv, v.sig())
    return M(IK, "Lab-equipment invoice (FlateDecode PDF); invoice %s is SSN-shaped, plus part and serial numbers." % inv,
             "Invoice %s" % inv, v, b, mixed(text(body), pdf_att("Invoice_%s.pdf" % inv.replace("-", ""), lines, True, "Invoice")), inbound=True)


@reg(IK)
def i04():
    a = S("IT Service Desk", "")
    t = S("Radiology PACS Administrator", "", "Imaging Services")
    inc = "INC%07d" % R.randint(0, 9999999)
    body = ("Incident %s has been updated.\n\nShort description: PACS reading workstation RAD-RR3-WS04 slow to load studies\n"
            "Caller: %s   Location: Radiology Reading Room 3   Phone: %s %s\n"
            "Asset tag: %s   Serial: 7Q%s   Configuration item: PACS-VIEWER-PROD\n"
            "Assignment group: Imaging Systems   Priority: 3 - Moderate\n\n"
            "Work notes (%s):\nCleared local image cache (38 GB) and updated the GPU driver to 551.86. Load time for a 2,000-image "
            "CT went from 40 s to 6 s. Please test during your next shift and reply to this e-mail if the problem returns.\n\n"
            "Reference %s in any reply.\n\nRiverside IT Service Desk\n%s") % (inc, t.name, t.phone, ext(), digits(7), digits(7), R.choice(FIRST) + " " + R.choice(LAST), inc, phone())
    return M(IK, "IT incident ticket for a radiology workstation: INC number, 7-digit asset tag, serial, phone extension; no patient.",
             "Incident %s updated" % inc, box("servicedesk", "IT Service Desk"), t, text(body))


@reg(IK)
def i05():
    a = S("Facilities Work Control Center", "", "Facilities Management")
    t = S("Radiology Department Manager", "RT(R)", "Imaging Services")
    wo = "WO-%d-%06d" % (2025, R.randint(0, 999999))
    pn = ssn_shaped()
    body = ("Work order %s has been completed.\n\nRequest: Replace leaking ceiling tile and check HVAC condensate line above "
            "MRI control room B-214\nDepartment: Radiology / Diagnostic Imaging   Cost center: 7%04d\n"
            "Requested by: %s   Ext. %s\nTechnician: %s\n\nParts used:\n  Ceiling tile 2x4 fine fissure, part %s - qty 3\n"
            "  Condensate pump, part CP-%s - qty 1\n\nLabor: 2.5 h   Completed: 03/05/2025 14:20\n\n"
            "If the issue is not resolved, reply within 5 days and reference %s.\n\nFacilities Work Control\n%s") % (
        wo, R.randint(0, 9999), t.name, R.randint(2000, 7999), full(), pn, digits(6), wo, phone())
    return M(IK, "Facilities work order for the radiology MRI control room; part number %s is SSN-shaped." % pn,
             "Completed: " + wo, box("workcontrol", "Facilities Work Control"), t, text(body, "quoted-printable"))


@reg(IK)
def i06():
    v = vendor("Technical Support Engineer", "infusiontech.example.org")
    t = S("Clinical Engineering Supervisor", "CBET", "Clinical Engineering")
    case = ssn_shaped()
    tx = ("Hello %s,\n\nThank you for contacting Infusion Technologies support. Your case number is %s.\n\n"
          "Summary: Large-volume pump module model LVP-8100 shows error E-231 (air-in-line sensor) during self-test.\n"
          "Devices: serial numbers LV%s and LV%s, software 12.1.4.\n\n"
          "Please replace the air-in-line sensor assembly (part 8100-AIL-02) and run the PM procedure, section 7. "
          "A loaner module has been shipped under RMA %s.\n\nPlease keep the case number in the subject line of any reply.\n\n%s") % (
        t.first, case, digits(8), digits(8), "RMA" + digits(7), v.sig())
    return M(IK, "Infusion-pump vendor support case; case number %s is SSN-shaped, plus device serials and RMA." % case,
             "Case %s - pump error E-231" % case, v, t, alt(tx, html_from_text(tx)), inbound=True)


@reg(IK)
def i07():
    a = S("Treasury Analyst", "", "Finance - Treasury")
    t = S("Controller", "CPA", "Finance")
    ref = ssn_shaped()
    doc = ("OUTGOING WIRE CONFIRMATION\n\nReference number: %s\nValue date: 03/05/2025\nAmount: USD 184,250.00\n"
           "Beneficiary: Northside Surgical Supply LLC\nBeneficiary bank: First Example Bank, ABA 0%08d\n"
           "Beneficiary account: %s\nPurpose: Payment of invoices for orthopedic implants consignment, Feb 2025\n"
           "Originator: Riverside Health Operating Account ****%s\nApproved by: %s, %s\n") % (
        ref, R.randint(0, 99999999), digits(12), digits(4), t.name, a.name)
    body = ("%s,\n\nAttached is the bank confirmation for this morning's wire to the implant vendor. Bank reference %s.\n\n%s") % (t.first, ref, a.sig())
    return M(IK, "Wire confirmation (TXT) for an implant vendor payment; bank reference %s is SSN-shaped." % ref,
             "Wire confirmation", a, t, mixed(text(body), txt_att("wire_confirmation.txt", doc)))


@reg(IK)
def i08():
    a = S("Pharmacy Purchasing Agent", "CPhT", "Pharmacy")
    t = S("Director of Pharmacy", "PharmD, MBA", "Pharmacy")
    rows = [["po_line_id", "ndc", "description", "qty", "unit_cost", "vendor_item"]]
    for d, c in [("Heparin 5,000 units/mL 1 mL vial 25s", "18.40"), ("Ondansetron 4 mg/2 mL vial 25s", "6.95"),
                 ("Ceftriaxone 1 g vial 25s", "31.20"), ("Enoxaparin 40 mg/0.4 mL syringe 10s", "42.75"),
                 ("Pantoprazole 40 mg vial 10s", "14.10"), ("Sodium chloride 0.9% 1000 mL bag 12s", "19.85")]:
        rows.append([ssn_shaped(), "%05d-%04d-%02d" % (R.randint(0, 99999), R.randint(0, 9999), R.randint(0, 99)), d, R.randint(2, 40), c, digits(6)])
    body = ("Hi %s,\n\nThe weekly wholesaler PO is attached for approval. The PO line ids from the wholesaler's system look like "
            "xxx-xx-xxxx; they are their internal line numbers.\n\nTotal: $4,812.35\n\n%s") % (t.first, a.sig())
    return M(IK, "Pharmacy wholesaler PO (CSV) whose line ids are SSN-shaped; NDCs and costs only.",
             "Weekly PO for approval", a, t, mixed(text(body), csv_att("weekly_po.csv", rows)))


@reg(IK)
def i09():
    v = vendor("Account Representative", "rxwholesale.example.org")
    t = S("Pharmacy Operations Manager", "PharmD", "Retail Pharmacy")
    acct = digits(9)
    body = ("Hi %s,\n\nYour new wholesaler account for the Riverside Outpatient Pharmacy (Cedar Bend) is active.\n\n"
            "Customer account number: %s\nShip-to number: %s\nBill-to number: %s\nOrdering portal user id: rhcedarbend01\n"
            "Delivery days: Monday-Friday, cutoff 5:00 PM\nControlled substance ordering: CSOS enrollment pending\n\n"
            "Please use account %s on all orders and credit requests.\n\n%s") % (t.first, acct, digits(9), digits(9), acct, v.sig())
    return M(IK, "Pharmacy wholesaler account setup with 9-digit account/ship-to/bill-to numbers (member-id-like digits, no RHP).",
             "Account setup complete", v, t, text(body), inbound=True)


@reg(IK)
def i10():
    a = S("Clinical Engineering Technician", "BMET", "Clinical Engineering")
    t = S("Cardiology Nurse Manager", "RN", "Cardiovascular Unit")
    rows = [["asset_tag", "device", "model", "serial", "location", "last_pm", "next_pm", "status"]]
    for dev, mdl in [("12-lead ECG cart", "MAC 5500"), ("12-lead ECG cart", "MAC 5500"), ("Telemetry central station", "CIC Pro"),
                     ("Defibrillator", "R Series"), ("Defibrillator", "R Series"), ("Vital signs monitor", "VSM 6000"),
                     ("Bladder scanner", "BVI 9400"), ("Infusion pump channel", "8100")]:
        rows.append([digits(7), dev, mdl, "SN" + digits(8), "CVU 3E-%02d" % R.randint(1, 30), "2024-%02d-%02d" % (R.randint(3, 12), R.randint(1, 28)),
                     "2025-%02d-%02d" % (R.randint(3, 12), R.randint(1, 28)), R.choice(["In service", "In service", "Due"])])
    body = ("Hi %s,\n\nAttached is the preventive maintenance list for 3 East. The 7-digit numbers are our asset tags (the yellow "
            "stickers). Two defibrillators are due this month; we will swap them on Thursday night shift.\n\n%s") % (t.first, a.sig())
    return M(IK, "Cardiology-unit equipment PM list (CSV) with 7-digit asset tags (MRN-like length), serials and dates.",
             "3 East PM list", a, t, mixed(text(body), csv_att("3E_PM_due.csv", rows)))


@reg(IK)
def i11():
    a = S("Laboratory Administrative Assistant", "", "Laboratory Services")
    rows = [["Area", "Contact", "Extension", "Pager"]]
    for area in ["Chemistry", "Hematology", "Microbiology", "Blood Bank", "Specimen Processing", "Point of Care", "Histology", "Lab Client Services"]:
        rows.append([area, full(), ext(), "%d-%04d" % (R.randint(2, 9), R.randint(1000, 9999))])
    h = H(P("Hi all,") + P("&nbsp;") + P("Updated lab phone list after the move to the new building. Please post by the phones.") +
          table(rows) + P("&nbsp;") + P("Main lab line: " + phone()) + P("Thanks,<br>" + a.name))
    return M(IK, "Lab department phone list (HTML) with extensions and pager numbers; staff only.",
             "Lab phone list", a, box("lab.all", "Laboratory All Staff"), html(h))


@reg(IK)
def i12():
    a = S("Biomedical Engineering Coordinator", "", "Clinical Engineering")
    obj = {"report": "calibration-due", "department": "Respiratory Therapy", "generated": "2025-03-04", "items": []}
    for dev in ["Ventilator", "Ventilator", "BiPAP unit", "Blood gas analyzer", "Oxygen analyzer", "Spirometer", "Flowmeter tester"]:
        obj["items"].append({"asset": digits(7), "device": dev, "serial": "V" + digits(9), "calibrated_on": "%02d/%02d/2024" % (R.randint(1, 12), R.randint(1, 28)),
                             "due_on": "%02d/%02d/2025" % (R.randint(3, 12), R.randint(1, 28)), "cert_no": ssn_shaped()})
    body = ("Hi RT leads,\n\nAttached is the calibration-due export. The dates are calibration dates and the cert numbers are "
            "the calibration lab's certificate ids. Please have the devices at the biomed cage by their due date.\n\n%s") % a.sig()
    return M(IK, "Respiratory-therapy calibration export (JSON) with dates, asset tags and SSN-shaped certificate numbers.",
             "Calibration due - RT", a, box("rt.leads", "Respiratory Therapy Leads"), mixed(text(body, "quoted-printable"), json_att("rt_calibration_due.json", obj)))


@reg(IK)
def i13():
    v = vendor("EDI Notifications", "vaxdistrib.example.org")
    t = S("Immunization Program Coordinator", "RN", "Employee Health")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<AdvanceShipNotice>\n  <ASNNumber>%s</ASNNumber>\n  <ShipDate>2025-03-04</ShipDate>\n'
           '  <ShipTo>Riverside Employee Health - Vaccine Refrigerator 2</ShipTo>\n  <PurchaseOrder>%s</PurchaseOrder>\n'
           '  <Carton id="%s" temperatureLogger="TL%s">\n'
           '    <Item ndc="%05d-%04d-%02d" description="Influenza vaccine quadrivalent, 0.5 mL PFS 10s" lot="%s" expiry="2025-06-30" qty="20"/>\n'
           '    <Item ndc="%05d-%04d-%02d" description="Tdap vaccine 0.5 mL PFS 10s" lot="%s" expiry="2026-09-30" qty="5"/>\n'
           '    <Item ndc="%05d-%04d-%02d" description="Hepatitis B vaccine (recombinant) 1 mL vial 10s" lot="%s" expiry="2026-12-31" qty="5"/>\n'
           '  </Carton>\n</AdvanceShipNotice>\n') % (ssn_shaped(), "PO" + digits(8), "00" + digits(16), digits(8),
                                                       R.randint(0, 99999), R.randint(0, 9999), R.randint(0, 99), "U" + digits(6),
                                                       R.randint(0, 99999), R.randint(0, 9999), R.randint(0, 99), "AC" + digits(6) + "AA",
                                                       R.randint(0, 99999), R.randint(0, 9999), R.randint(0, 99), "W" + digits(5))
    body = ("Attached is the advance ship notice for your vaccine order. Cold-chain shipment; log temperatures on receipt.\n\n%s") % v.sig()
    return M(IK, "Vaccine advance ship notice (XML) with ASN number, NDCs, lots and carton SSCC; no administrations or patients.",
             "ASN - vaccine order", v, t, mixed(text(body), xml_att("ASN_vaccines.xml", xml)), inbound=True)


@reg(IK)
def i14():
    a = S("Supply Chain Analyst", "", "Supply Chain")
    t = S("Director, Surgical Services", "RN, MSN", "Surgical Services")
    rows = [["item_no", "description", "bin", "system_qty", "counted_qty", "variance", "count_id"]]
    for d in ["Suture 3-0 Vicryl SH", "Surgical gown XL", "Laparotomy sponge 18x18", "Foley catheter 16 Fr", "Skin stapler 35W",
              "Electrosurgical pencil", "Surgical mask fluid resistant", "Nitrile exam glove M"]:
        sq = R.randint(10, 400)
        cq = sq + R.choice([-6, -3, -1, 0, 0, 2, 5])
        rows.append([digits(6), d, "OR-%s%02d" % (R.choice("ABCD"), R.randint(1, 40)), sq, cq, cq - sq, ssn_shaped()])
    body = ("%s,\n\nCycle count results for the OR core are attached. Net variance is small; the gown bin is the only one "
            "we need to recount. The count_id column is the warehouse system's count document number.\n\n%s") % (t.first, a.sig())
    return M(IK, "OR supply cycle-count variances (CSV) with item numbers, bins and SSN-shaped count document ids.",
             "Cycle count - OR core", a, t, mixed(text(body, "quoted-printable"), csv_att("or_cycle_count.csv", rows)))


@reg(IK)
def i15():
    v = vendor("Delivery Exceptions", "fastfreight.example.org")
    t = S("Receiving Supervisor", "", "Materials Management")
    trk = digits(12)
    body = ("Delivery exception for tracking number %s\n\nShipper: Northgate Medical Distribution\nReference: PO %s / %s\n"
            "Contents: 2 pallets - IV solution (lactated Ringer's 1000 mL), exam table paper\n"
            "Status: Delivery attempted 03/05/2025 10:42 - receiving dock closed for construction\n\n"
            "Please schedule redelivery online or call %s and give the tracking number.\n\n%s") % (trk, digits(8), ssn_shaped(), phone(), v.sig())
    return M(IK, "Freight delivery exception (base64 body) with tracking, PO and SSN-shaped shipper reference for IV fluids.",
             "Delivery exception - %s" % trk, v, t, text(body, "base64"), inbound=True)


@reg(IK)
def i16():
    v = vendor("Credit Department", "contrastsupply.example.org")
    t = S("Accounts Payable Specialist", "", "Finance")
    cm = ssn_shaped()
    lines = ["# CONTRAST SUPPLY PARTNERS", "# CREDIT MEMO", "", "Credit memo: %s       Date: 03/03/2025" % cm,
             "Original invoice: %s   Customer: Riverside Health - Imaging Services (acct %s)" % (ssn_shaped(), digits(7)), "",
             "Item            Description                                   Lot         Qty   Credit",
             "IOH-350-100     Iohexol 350 mgI/mL 100 mL bottle             %s    24   $1,296.00" % ("B" + digits(7)),
             "GAD-05-15       Gadoterate 0.5 mmol/mL 15 mL vial            %s    10     $740.00" % ("G" + digits(7)),
             "", "Reason: short-dated product returned (RGA %s)" % ("RGA" + digits(6)), "Total credit: $2,036.00",
             "This credit will be applied to your next statement."]
    body = ("Attached is credit memo %s for the returned contrast media.\n\n%s") % (cm, v.sig())
    return M(IK, "Radiology contrast credit memo (uncompressed PDF); credit memo and invoice numbers are SSN-shaped.",
             "Credit memo %s" % cm, v, t, mixed(text(body), pdf_att("CreditMemo_%s.pdf" % cm.replace("-", ""), lines, False, "Credit Memo")), inbound=True)


@reg(IK)
def i17():
    a = S("IT Service Desk Analyst", "", "Information Services")
    t = S("Medical Technologist", "MLS(ASCP)", "Laboratory Services")
    req = "REQ%07d" % R.randint(0, 9999999)
    emp = digits(7)
    body = ("Hi %s,\n\nYour request %s (password reset - Laboratory Information System) is complete.\n\n"
            "User id: %s%s\nEmployee id: %s\nTemporary password: sent by text message to the mobile number in Workday\n\n"
            "You must change the temporary password at first login. If you did not request this reset, call the Service Desk "
            "at %s right away.\n\nRiverside IT Service Desk") % (t.first, req, t.first[0].lower(), t.last.lower(), emp, phone())
    return M(IK, "LIS password-reset ticket with REQ number and a 7-digit employee id (MRN-length); lab staff only.",
             "Request %s complete" % req, box("servicedesk", "IT Service Desk"), t, text(body))


@reg(IK)
def i18():
    a = S("Security Access Coordinator", "", "Protection Services")
    t = S("Sterile Compounding Supervisor", "PharmD", "Pharmacy")
    badges = "\n".join("  %s  -  badge %s  -  access level IVR-CLEAN-2" % (full(), digits(9)) for _ in range(4))
    body = ("Hi %s,\n\nBadge access to the pharmacy IV clean room (anteroom doors P-118 and P-119) has been added for:\n\n%s\n\n"
            "Access request number: %s. Access is reviewed every 90 days; the next review is 06/02/2025.\n\nThanks,\n%s") % (
        t.first, badges, ssn_shaped(), a.sig())
    return M(IK, "Clean-room badge access confirmation (QP) with 9-digit badge numbers and an SSN-shaped request number; staff only.",
             "Clean room access added", a, t, text(body, "quoted-printable"))


@reg(IK)
def i19():
    v = vendor("Field Safety Notices", "pumpmaker.example.org")
    t = S("Clinical Engineering Manager", "CCE", "Clinical Engineering")
    rows = "".join("<tr><td>LVP-8100</td><td>%s</td><td>%s</td><td>12.1.%d</td></tr>\n" % ("LV" + digits(8), "2023-%02d" % R.randint(1, 12), R.randint(1, 3)) for _ in range(8))
    doc = ("<!DOCTYPE html>\n<html><head><title>Field Safety Notice FSN-2025-014</title></head><body>\n"
           "<h2>Urgent Field Safety Notice FSN-2025-014 - LVP-8100 infusion pump door latch</h2>\n"
           "<p>Customer: Riverside Health (account %s). Affected serial numbers at your facility:</p>\n"
           "<table border=\"1\"><tr><th>Model</th><th>Serial</th><th>Mfg date</th><th>Software</th></tr>\n%s</table>\n"
           "<p>Action: inspect the door latch before each use until the replacement latch kit (part 8100-LCH-K) is installed. "
           "Return the acknowledgement form within 10 days.</p>\n</body></html>\n") % (digits(7), rows)
    body = ("Dear customer,\n\nPlease see the attached field safety notice listing affected pump serial numbers at your site.\n\n%s") % v.sig()
    return M(IK, "Infusion-pump field safety notice (HTML attachment) listing device serial numbers; devices, not patients.",
             "Urgent Field Safety Notice FSN-2025-014", v, t, mixed(text(body), html_att("FSN-2025-014.html", doc)), inbound=True)


@reg(IK)
def i20():
    a = S("Conference Services", "")
    t = S("Cardiology Administrative Assistant", "", "Heart & Vascular Institute")
    conf = ssn_shaped()
    tx = ("Hello %s,\n\nYour room reservation is confirmed.\n\nConfirmation number: %s\nEvent: Cardiology section meeting\n"
          "Room: Education Center 2B (capacity 40)\nDate: Thursday 03/13/2025, 12:00-1:00 PM\nSetup: classroom, projector, "
          "speakerphone ext. %s\nCatering order: %s\n\nTo change or cancel, reply with the confirmation number.\n\nConference Services") % (
        t.first, conf, R.randint(2000, 7999), "CAT-" + digits(5))
    return M(IK, "Room booking confirmation (alternative) for a cardiology meeting; confirmation number %s is SSN-shaped." % conf,
             "Reservation confirmed", box("conference.services", "Conference Services"), t, alt(tx, html_from_text(tx)))


@reg(IK)
def i21():
    v = vendor("Billing", "cleanlinen.example.org")
    t = S("Accounts Payable Specialist", "", "Finance")
    obj = {"document": "invoice", "invoice_number": digits(8), "customer_reference": ssn_shaped(), "customer": "Riverside Medical Center",
           "department": "Surgical Services / Perioperative", "period": "2025-02", "lines": [
               {"item": "Surgical towel pack", "code": "ST-10", "qty": 1840, "unit_price": 0.62},
               {"item": "Scrub set, ceil blue, M", "code": "SCR-M", "qty": 2210, "unit_price": 0.95},
               {"item": "Patient gown, snap sleeve", "code": "PG-SS", "qty": 3100, "unit_price": 0.48},
               {"item": "OR table sheet", "code": "ORT-1", "qty": 960, "unit_price": 0.71}], "total": 6742.58, "currency": "USD"}
    body = ("Attached is your February linen invoice in the EDI JSON format you asked for. The customer_reference is your "
            "internal agreement number.\n\n%s") % v.sig()
    return M(IK, "Linen-service invoice (JSON) for surgical services with an SSN-shaped customer reference.",
             "February invoice - linen", v, t, mixed(text(body), json_att("linen_invoice_2025-02.json", obj)), inbound=True)


@reg(IK)
def i22():
    a = S("Accounts Payable Supervisor", "", "Finance")
    t = S("Director, Accounts Payable", "CPA", "Finance")
    rows = [["check_no", "check_date", "vendor", "vendor_no", "invoice", "amount"]]
    for vnd in ["Northgate Medical Distribution", "Contrast Supply Partners", "CleanLinen Services", "Infusion Technologies",
                "Rx Wholesale Inc", "Oxygen Partners", "Lab Reagents Co"]:
        rows.append([digits(6), "03/%02d/2025" % R.randint(3, 7), vnd, "V%05d" % R.randint(0, 99999), ssn_shaped(), "%d.%02d" % (R.randint(300, 90000), R.randint(0, 99))])
    body = ("%s,\n\nThis week's check register is attached for review. Invoice numbers are as printed by each vendor.\n\n%s") % (t.first, a.sig())
    return M(IK, "AP check register (CSV) for medical-supply vendors; SSN-shaped invoice numbers.",
             "Check register week 10", a, t, mixed(text(body), csv_att("check_register_wk10.csv", rows)))


@reg(IK)
def i23():
    v = vendor("Contracts Administrator", "imagingservice.example.org")
    t = S("Director, Imaging Services", "MBA, RT(R)", "Imaging Services")
    cn = ssn_shaped()
    lines = ["# IMAGING SERVICE PARTNERS", "# SERVICE AGREEMENT RENEWAL", "", "Contract no.: %s" % cn,
             "Customer: Riverside Health - Department of Radiology", "Term: 04/01/2025 - 03/31/2028", "",
             "Covered equipment                  System ID       Serial",
             "1.5T MRI, Main campus              %s      %s" % ("SYS" + digits(6), "MR" + digits(7)),
             "CT 128-slice, ED                   %s      %s" % ("SYS" + digits(6), "CT" + digits(7)),
             "Digital mammography unit 2         %s      %s" % ("SYS" + digits(6), "MG" + digits(7)), "",
             "Coverage: parts, labor, 97% uptime guarantee, 4-hour on-site response.",
             "Annual fee: $412,800.00 billed quarterly.", "", "Signature: ______________________  Date: __/__/____"]
    body = ("Dear %s,\n\nAttached is the renewal agreement %s for your imaging equipment. Please sign and return by 03/20.\n\n%s") % (t.first, cn, v.sig())
    return M(IK, "Radiology equipment service contract (FlateDecode PDF); contract number %s is SSN-shaped; system serials." % cn,
             "Service agreement renewal", v, t, mixed(text(body, "quoted-printable"), pdf_att("Renewal_%s.pdf" % cn.replace("-", ""), lines, True, "Service Agreement")), inbound=True)


@reg(IK)
def i24():
    a = S("Fleet Coordinator", "", "Support Services")
    t = S("Laboratory Courier Supervisor", "", "Laboratory Outreach")
    txt = ("FLEET WORK ORDER SUMMARY\n\nVehicle: 2022 Ford Transit (lab courier route 4)\nUnit no.: LC-%03d   VIN: 1FT%sK%s\n"
           "Plate: RHC %s   Odometer: %s mi\nWork order: FWO-%s\n\nWork performed:\n- Oil and filter change\n"
           "- Rear refrigerated specimen compartment: replaced thermostat (part TS-%s)\n- Tire rotation\n\nNext service due: 03/2025 + 5,000 mi\n") % (
        R.randint(1, 40), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)), digits(8), digits(4), "{:,}".format(R.randint(20000, 90000)), digits(6), digits(5))
    body = ("Hi %s,\n\nRoute 4's van is back in service. Work order summary attached.\n\n%s") % (t.first, a.sig())
    return M(IK, "Lab courier van work order (TXT) with VIN, plate, unit and work-order numbers.",
             "Route 4 van back", a, t, mixed(text(body), txt_att("FWO_route4.txt", txt)))


@reg(IK)
def i25():
    v = vendor("EDI Operations", "rxwholesale.example.org")
    t = S("Pharmacy Purchasing Agent", "CPhT", "Pharmacy")
    items = "".join('    <LineItem line="%d"><NDC>%05d-%04d-%02d</NDC><Description>%s</Description><Lot>%s</Lot><Expiry>%s</Expiry><QtyShipped>%d</QtyShipped></LineItem>\n' % (
        k + 1, R.randint(0, 99999), R.randint(0, 9999), R.randint(0, 99), d, "L" + digits(6), "2026-%02d-28" % R.randint(1, 12), R.randint(1, 24))
        for k, d in enumerate(["Metoprolol tartrate 25 mg tab 100s", "Atorvastatin 40 mg tab 90s", "Amoxicillin 500 mg cap 500s",
                               "Albuterol HFA 90 mcg inhaler", "Insulin lispro 100 units/mL vial"]))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<ShipNotice856>\n  <BSN shipmentId="%s" date="2025-03-05"/>\n'
           '  <Order po="%s" invoice="%s"/>\n  <Tote id="%s">\n%s  </Tote>\n</ShipNotice856>\n') % (digits(10), digits(8), ssn_shaped(), "T" + digits(9), items)
    body = ("Ship notice for tonight's delivery attached (856 XML). Please reconcile against PO on receipt.\n\n%s") % v.sig()
    return M(IK, "Pharmacy wholesaler 856 ship notice (XML) with NDCs, lots, tote ids and an SSN-shaped invoice number.",
             "856 ship notice", v, t, mixed(text(body), xml_att("ASN856_%s.xml" % digits(6), xml)), inbound=True)


@reg(IK)
def i26():
    a = S("Sterile Processing Manager", "CRCST", "Sterile Processing")
    v = vendor("Order Management", "surgicalinstruments.example.org")
    trk = digits(12)
    so = ssn_shaped()
    inner = ("Your order has shipped.\n\nSales order: %s\nCustomer PO: %s\nCarrier: Ground, tracking %s\n\n"
             "Items:\n  Kerrison rongeur 40 deg 3 mm, cat. KR-4003 - qty 2\n  Needle holder Mayo-Hegar 7 in, cat. NH-7000 - qty 6\n"
             "  Instrument tray 10x20 in, cat. TR-1020 - qty 4\n\n%s") % (so, digits(8), trk, v.sig())
    fw = Fwd(fwd_headers(v, a, "Your order %s has shipped" % so, when_str(27, 9, 18)), text(inner), "Your order has shipped.eml")
    body = ("FYI - the replacement instruments for the spine trays ship today. Tracking is in the attached notice.\n\n%s") % a.sig()
    return M(IK, "Forwarded (rfc822) surgical instrument shipping notice; sales order %s is SSN-shaped; tracking number." % so,
             "FW: Your order has shipped", a, box("spd.leads", "SPD Leads"), mixed(text(body), fw))


@reg(IK)
def i27():
    a = S("Revenue Integrity Analyst", "CPC", "Revenue Integrity")
    segs = ["MSH|^~\\&|CDM|RIVERSIDE|BILLING|RIVERSIDE|20250305083000||MFN^M04^MFN_M04|CDM%s|P|2.5.1" % digits(6),
            "MFI|CDM^Charge Description Master^HL70175||UPD|||AL"]
    for code, desc, cpt, price in [("3001%04d" % R.randint(0, 9999), "CBC W/AUTO DIFF", "85025", "48.00"),
                                   ("3001%04d" % R.randint(0, 9999), "HEMOGLOBIN A1C", "83036", "62.00"),
                                   ("4002%04d" % R.randint(0, 9999), "XR CHEST 2 VIEWS", "71046", "210.00"),
                                   ("4002%04d" % R.randint(0, 9999), "CT HEAD WO CONTRAST", "70450", "1380.00")]:
        segs += ["MFE|MUP|%s||%s^%s" % (digits(6), code, desc), "CDM|%s^%s|||%s|||%s" % (code, desc, cpt, price)]
    body = ("Hi interface team,\n\nAttached is the CDM update (MFN^M04) with this month's four price changes for the test "
            "system. It only changes charge codes and prices.\n\n%s") % a.sig()
    return M(IK, "HL7 MFN^M04 charge-master update (.hl7) with charge codes, CPT and prices; no PID segment.",
             "CDM update for test", a, box("interfaces", "Interface Team"), mixed(text(body), hl7_att("CDM_update_MFN_M04.hl7", segs, "text/plain")))


@reg(IK)
def i28():
    a = S("Biomedical Equipment Technician", "BMET II", "Clinical Engineering")
    t = S("Ultrasound Supervisor", "RDMS", "Imaging Services")
    wo = "CE%07d" % R.randint(0, 9999999)
    lines = ["# Riverside Clinical Engineering - Service Report", "", "Work order: %s      Date: 03/04/2025" % wo,
             "Department: Imaging Services - Ultrasound, Room US-3", "Device: Ultrasound system   Model: EPIQ-style 7G   Asset: %s" % digits(7),
             "Serial: US%s" % digits(8), "Probe: C5-1 curved array   Probe serial: P%s" % digits(8), "",
             "Problem reported: dropout lines in the image on the C5-1 probe.",
             "Findings: element failure on probe (probe test 12/192 elements weak).",
             "Action: loaner probe installed (serial P%s); failed probe returned under RMA %s." % (digits(8), ssn_shaped()),
             "Electrical safety test: pass.   Time: 1.5 h", "", "Technician: " + a.name]
    body = ("Hi %s,\n\nService report for the US-3 probe attached. The loaner is installed and tested.\n\n%s") % (t.first, a.sig())
    return M(IK, "Ultrasound equipment service report (uncompressed PDF) with work order, asset, serial and RMA numbers.",
             "US-3 probe service report", a, t, mixed(text(body), pdf_att("ServiceReport_%s.pdf" % wo, lines, False, "Service Report")))


@reg(IK)
def i29():
    a = S("Telecommunications Analyst", "", "Information Services")
    t = S("Practice Manager", "", "Riverside Cardiology - Lakeview")
    nums = "\n".join("  %-28s %s   ext %d" % (r, phone(), R.randint(4000, 4999)) for r in ["Front desk", "Check-out", "Nurse line", "Device clinic", "Fax", "Practice manager"])
    body = ("Hi %s,\n\nThe phone numbers for the new Lakeview cardiology office are reserved. Go-live is 03/17 at 7:00 AM.\n\n%s\n\n"
            "Telecom order: TEL-%s. Circuit id: %s. Please do not publish the fax number on the website until go-live.\n\n%s") % (
        t.first, nums, digits(6), "48/KQGN/%s/LC" % digits(6), a.sig())
    return M(IK, "New cardiology office DIDs and extensions (555-01xx), telecom order and circuit ids; no patients.",
             "Lakeview phone numbers", a, t, text(body))


@reg(IK)
def i30():
    v = vendor("License Fulfillment", "dicomviewer.example.org")
    t = S("Imaging Informatics Manager", "CIIP", "Imaging Services")
    keys = "\n".join("  Seat %d: %s-%s-%s-%s" % (k + 1, *("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(4))) for k in range(4))
    body = ("Hello %s,\n\nThank you for renewing your advanced visualization licenses for the Radiology department.\n\n"
            "Order number: %s\nCustomer number: %s\nLicense term: 04/01/2025 - 03/31/2026\n\nLicense keys:\n%s\n\n"
            "Activate each key on the reading workstation within 30 days.\n\n%s") % (t.first, ssn_shaped(), digits(9), keys, v.sig())
    return M(IK, "Radiology software license keys e-mail (base64 body) with order and customer numbers.",
             "License keys - renewal", v, t, text(body, "base64"), inbound=True)


@reg(IK)
def i31():
    v = vendor("Logistics Coordinator", "cryogas.example.org")
    t = S("MRI Lead Technologist", "RT(R)(MR)", "Imaging Services")
    bol = digits(10)
    lines = ["# CRYOGAS LOGISTICS - BILL OF LADING", "", "BOL no.: %s       Ship date: 03/06/2025" % bol,
             "Shipper: CryoGas Supply, Plant 12", "Consignee: Riverside Medical Center - MRI Suite, loading dock B",
             "Reference: %s   Customer PO: %s" % (ssn_shaped(), digits(8)), "",
             "Pcs  Description                                  Dewar serial     Weight",
             "1    Liquid helium, UN1963, 2.2, 500 L dewar        DW%s       640 lb" % digits(6),
             "1    Liquid helium, UN1963, 2.2, 250 L dewar        DW%s       340 lb" % digits(6), "",
             "Emergency contact (24 h): %s" % phone(), "Received by: ____________________  Date/time: ______________"]
    body = ("%s,\n\nBOL for Thursday's helium fill attached. Driver arrives 6:00 AM; please have the MRI quench pipe area clear.\n\n%s") % (t.first, v.sig())
    return M(IK, "Bill of lading for MRI liquid helium (FlateDecode PDF) with BOL, dewar serials and an SSN-shaped reference.",
             "Helium delivery Thursday", v, t, mixed(text(body), pdf_att("BOL_%s.pdf" % bol, lines, True, "Bill of Lading")), inbound=True)


@reg(IK)
def i32():
    a = S("Vendor Master Specialist", "", "Supply Chain")
    t = S("Dental Clinic Manager", "", "Riverside Community Dental")
    body = ("Hi %s,\n\nThe new dental supply vendor is set up in the system and can receive POs.\n\n"
            "Vendor: Bright Smile Dental Supply\nVendor number: V%05d\nEIN: %02d-%07d (from their W-9)\n"
            "Remit-to id: %s\nPayment terms: Net 30, ACH\nCategory: dental consumables (impression material, prophy paste, "
            "disposable bibs)\n\nPlease use vendor number V%05d on requisitions.\n\n%s") % (
        t.first, R.randint(10000, 99999), R.randint(10, 99), R.randint(0, 9999999), ssn_shaped(), R.randint(10000, 99999), a.sig())
    return M(IK, "Vendor master setup for a dental supplier (QP) with an EIN, vendor number and SSN-shaped remit-to id.",
             "Vendor set up", a, t, text(body, "quoted-printable"))


@reg(IK)
def i33():
    v = vendor("Board Licensing Unit", "ohpharmacyboard.example.org")
    t = S("Director of Pharmacy", "PharmD, MBA", "Pharmacy")
    case = ssn_shaped()
    tx = ("Dear %s,\n\nThe Board has received the terminal distributor license renewal for Riverside Outpatient Pharmacy - Cedar Bend.\n\n"
          "License number: 02-%07d\nRenewal case number: %s\nCategory: III (dangerous drugs incl. controlled substances)\n"
          "Inspection reference: INSP-%s\n\nNo further action is needed. Please keep the case number for your records.\n\n%s") % (
        t.last, R.randint(0, 9999999), case, digits(6), v.sig())
    return M(IK, "State pharmacy-facility license renewal acknowledgement (alternative); case number %s is SSN-shaped." % case,
             "License renewal received", v, t, alt(tx, html_from_text(tx)), inbound=True)


@reg(IK)
def i34():
    v = vendor("Registration", "nursingsummit.example.org")
    t = S("Clinical Nurse Educator", "RN, MSN", "Nursing Education")
    reg_no = ssn_shaped()
    h = H(P("Dear %s," % t.first) + P("&nbsp;") + P("Your group registration is confirmed.") + table([
        ["Item", "Detail"], ["Registration number", reg_no], ["Event", "Regional Critical Care Nursing Summit"], ["Dates", "April 24-25, 2025"],
        ["Attendees", "6"], ["Invoice", "INV-" + digits(6)], ["Hotel block code", "RCCN25"]]) + P("&nbsp;") +
        P("Bring the registration number to the check-in desk.") + P(v.sig().replace("\n", "<br>")))
    return M(IK, "Nursing conference group registration confirmation (HTML) with an SSN-shaped registration number.",
             "Registration confirmed", v, t, html(h, "base64"), inbound=True)


@reg(IK)
def i35():
    a = S("Nurse Manager", "RN", "Neonatal Intensive Care Unit")
    t = S("Purchasing Agent", "", "Supply Chain")
    h = H(P("Hi %s," % t.first) + P("&nbsp;") + P("Please place this order for the NICU family lounge (donor fund cost center):") + table([
        ["Qty", "Item", "Vendor item #", "Price"], ["1", "Single-serve coffee maker", "B0%s" % digits(8), "$89.99"],
        ["2", "Recliner chair, wipeable vinyl", "FUR-%s" % digits(6), "$612.00"], ["1", "Mini refrigerator 3.1 cu ft", "APL-%s" % digits(6), "$179.00"]]) +
        P("&nbsp;") + P("Requisition: %s &nbsp; Fund: %s" % ("RQ" + digits(7), ssn_shaped())) + P("Thanks,<br>" + a.name))
    return M(IK, "NICU family-lounge purchase request (HTML) with vendor item numbers and an SSN-shaped fund number.",
             "Order for family lounge", a, t, html(h))


@reg(IK)
def i36():
    a = S("Change Manager", "ITIL", "Information Services")
    chg = "CHG%07d" % R.randint(0, 9999999)
    body = ("Change %s - Laboratory interface engine patching\n\nWindow: Sunday 03/09/2025 01:00-03:00\n"
            "Systems: LIS-IFACE-PRD01, LIS-IFACE-PRD02 (cluster), IP 10.42.%d.%d\n"
            "Impact: Lab results interface queued for up to 20 minutes; messages replay automatically after the window.\n"
            "Backout: snapshot %s\nImplementer: %s   Approver: %s\nCAB reference: CAB-2025-%03d\n\n"
            "Downtime procedures for the lab are not needed. Questions to the Service Desk at %s.") % (
        chg, R.randint(0, 255), R.randint(1, 254), "SNAP-" + digits(8), full(), full(), R.randint(1, 200), phone())
    return M(IK, "IT change notice for the lab interface engine with CHG, CAB, snapshot ids and IPs; no patient data.",
             "Change %s scheduled" % chg, a, box("is.change.notify", "IS Change Notifications"), text(body))


@reg(IK)
def i37():
    a = S("Environmental Services Supervisor", "", "Environmental Services")
    txt = ("SHARPS CONTAINER EXCHANGE SCHEDULE - WEEK OF 03/10/2025\n\n"
           "Container id     Unit                 Size    Exchange day\n" +
           "".join("%-16s %-20s %-7s %s\n" % ("SC-" + digits(7), u, s, d) for u, s, d in [
               ("ED Pod A", "8 gal", "Mon/Thu"), ("ED Pod B", "8 gal", "Mon/Thu"), ("Dialysis", "17 gal", "Tue/Fri"),
               ("Lab phlebotomy", "2 gal", "Daily"), ("4 West", "5 qt x 12", "Wed"), ("OR core", "17 gal", "Daily")]) +
           "\nManifest numbers are issued by the hauler at pickup.\n")
    body = ("Hi unit managers,\n\nAttached is next week's sharps container exchange schedule. Call EVS at ext. %d if a container "
            "is full before its exchange day.\n\n%s") % (R.randint(2000, 7999), a.sig())
    return M(IK, "Sharps container exchange schedule (TXT) with container ids and units; no patients.",
             "Sharps exchange schedule", a, box("unit.managers", "Unit Managers"), mixed(text(body, "quoted-printable"), txt_att("sharps_schedule.txt", txt)))


@reg(IK)
def i38():
    v = vendor("Refunds", "oxygenpartners.example.org")
    t = S("Respiratory Therapy Manager", "RRT", "Respiratory Therapy")
    obj = {"refund_id": ssn_shaped(), "customer": "Riverside Health - Respiratory Therapy", "reason": "Cylinder rental overbilled Jan 2025",
           "cylinders": [{"type": "E oxygen", "serial": "OX" + digits(7)} for _ in range(5)], "amount": 418.50, "check_number": digits(6)}
    body = ("Hi %s,\n\nWe found the January rental overbilling for five E cylinders. Refund details attached.\n\n%s") % (t.first, v.sig())
    return M(IK, "Oxygen-cylinder rental refund (JSON) with cylinder serials, check and SSN-shaped refund id.",
             "Refund for January", v, t, mixed(text(body), json_att("refund.json", obj)), inbound=True)


@reg(IK)
def i39():
    a = S("Telemetry Technician Lead", "CCT", "Cardiovascular Unit")
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % ("TX" + digits(6), "%d.%d MHz" % (R.randint(608, 613), R.randint(0, 9)),
                                                                               R.choice(["Charging", "Available", "Available", "Lost - search", "Repair"]), "3E cart %d" % R.randint(1, 3)) for _ in range(8))
    doc = ("<html><body><h3>Telemetry transmitter inventory - 3 East</h3>\n<table border=\"1\"><tr><th>Transmitter</th><th>Frequency</th><th>Status</th><th>Location</th></tr>\n"
           + rows + "</table>\n<p>Counts are of devices only. Transmitter ids are engraved on the back.</p></body></html>\n")
    body = ("Team,\n\nWe are short on transmitters again. Inventory attached; please check rooms and the soiled utility room for "
            "the one marked lost.\n\n%s") % a.sig()
    return M(IK, "Telemetry transmitter inventory (HTML attachment) with device ids and frequencies; no patient assignments.",
             "Transmitter inventory", a, box("3e.staff", "3 East Staff"), mixed(text(body), html_att("transmitters_3E.html", doc)))


@reg(IK)
def i40():
    a = S("Accounts Payable Specialist", "", "Finance")
    t = S("Lab Manager", "MLS(ASCP)", "Laboratory Services")
    inv = ssn_shaped()
    body = ("Hi %s,\n\nWe received invoice %s from Lab Reagents Co for $3,912.40 (PO %s) but the receiving record shows only 3 of "
            "4 HbA1c reagent kits delivered on 02/26. Can you confirm the quantity received so we can short-pay or request a "
            "credit? The packing slip number is %s.\n\nThanks,\n%s") % (t.first, inv, digits(8), digits(7), a.sig())
    return M(IK, "AP query about a lab-reagent invoice; invoice %s is SSN-shaped; packing slip and PO numbers." % inv,
             "Invoice question", a, t, text(body))

# ============================================================================= NEGATIVES: provider_directory (40)
PD = "provider_directory"
SPECS = [("Cardiology", "MD"), ("Internal Medicine", "MD"), ("Family Medicine", "DO"), ("Pediatrics", "MD"), ("Orthopaedic Surgery", "MD"),
         ("Obstetrics & Gynecology", "MD"), ("Neurology", "MD"), ("Gastroenterology", "MD"), ("Endocrinology", "MD"), ("Pulmonology", "MD"),
         ("Nephrology", "MD"), ("Dermatology", "MD"), ("Psychiatry", "MD"), ("Urology", "MD"), ("Oncology", "MD"), ("Rheumatology", "MD"),
         ("Emergency Medicine", "DO"), ("General Surgery", "MD"), ("Family Medicine", "NP"), ("Orthopaedic Surgery", "PA-C"),
         ("Cardiology", "NP"), ("Infectious Disease", "MD"), ("Radiology", "MD"), ("Anesthesiology", "MD"), ("Hospital Medicine", "MD")]
SITES = ["Main Campus, 1200 River Rd", "Millbrook Medical Office Building", "Cedar Bend Health Center", "Lakeview Specialty Clinic",
         "North Haven Family Practice", "Greenfield Outpatient Center", "Oak Ridge Medical Pavilion"]


class Prov:
    def __init__(self, spec=None):
        self.first, self.last = name()
        self.spec, self.cred = spec or R.choice(SPECS)
        self.npi = npi()
        self.dea = dea(self.last, "M" if self.cred in ("NP", "PA-C") else None)
        self.lic = ("%s.%06d" % ({"MD": "35", "DO": "34", "NP": "RN.NP", "PA-C": "50"}[self.cred], R.randint(100000, 999999)))
        self.site = R.choice(SITES)
        self.phone = phone()

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def dname(self):
        return "%s %s, %s" % (self.first, self.last, self.cred)


def provs(n, spec=None):
    return [Prov(spec) for _ in range(n)]


@reg(PD)
def p01():
    a = S("Provider Data Specialist", "", "Medical Staff Services")
    ps = provs(8)
    h = H(P("Hello,") + P("&nbsp;") + P("Here is the Q2 provider directory update for the referral line. New names are marked with *.") +
          table([["Provider", "Specialty", "NPI", "Location", "Phone", "Accepting new patients"]] +
                [[("*" if k < 2 else "") + p.dname, p.spec, p.npi, p.site, p.phone, R.choice(["Yes", "Yes", "No"])] for k, p in enumerate(ps)]) +
          P("&nbsp;") + P(a.sig().replace("\n", "<br>")))
    return M(PD, "Provider directory table (HTML body) with names, specialties, NPIs, sites and phones; no patients.",
             "Q2 directory update", a, box("referral.line", "Referral Line"), html(h))


@reg(PD)
def p02():
    a = S("Provider Enrollment Analyst", "CPCS", "Provider Enrollment")
    ps = provs(12)
    rows = [["last_name", "first_name", "credential", "specialty", "npi", "practice_location", "phone", "languages"]] + \
           [[p.last, p.first, p.cred, p.spec, p.npi, p.site, p.phone, R.choice(["English", "English; Spanish", "English; Hindi", "English; Vietnamese", "English; Arabic"])] for p in ps]
    body = ("Hi team,\n\nThe monthly provider directory export is attached (CSV) for the website vendor. 12 rows changed since "
            "February. Please upload by the 15th.\n\n%s") % a.sig()
    return M(PD, "Provider directory export (CSV) with NPIs, specialties, locations and languages.",
             "Directory export - March", a, box("web.team", "Web Team"), mixed(text(body), csv_att("provider_directory_2025-03.csv", rows)))


@reg(PD)
def p03():
    a = S("Medical Staff Coordinator", "CPMSM", "Medical Staff Services")
    ps = provs(14)
    lines = ["# Riverside Health Physician & Advanced Practice Directory", "# Spring 2025", "",
             "Name                               Specialty                  NPI           Office phone"]
    for p in sorted(ps, key=lambda x: x.last):
        lines.append("%-34s %-26s %-13s %s" % (p.last + ", " + p.first + " " + p.cred, p.spec, p.npi, p.phone))
    lines += ["", "For referrals call the Riverside Referral Line. Directory current as of 03/01/2025."]
    body = ("All,\n\nThe printable spring directory is attached as a PDF. Print copies will be in the physician lounges next week.\n\n%s") % a.sig()
    return M(PD, "Printable physician directory (FlateDecode PDF) with NPIs and office phones.",
             "Spring directory (PDF)", a, box("medstaff.all", "Medical Staff"), mixed(text(body, "quoted-printable"), pdf_att("Physician_Directory_Spring2025.pdf", lines, True, "Directory")))


@reg(PD)
def p04():
    a = S("Provider Data Management", "", "Revenue Cycle")
    p = Prov()
    body = ("Dear Dr. %s,\n\nOur records show that the NPI on your provider profile in the Riverside billing portal (%s) does not "
            "match the taxonomy on file with NPPES. Please log in to the portal, open My Profile > Identifiers, and update your "
            "NPI and primary taxonomy by March 31 so that claims for your services are not held.\n\n"
            "If your NPI is correct, reply to this message and we will update the taxonomy for you.\n\nThank you,\nProvider Data Management\n%s") % (
        p.last, p.npi, phone())
    return M(PD, "'Update your NPI in the portal' reminder to one physician; only the provider's own NPI.",
             "Action needed: update your profile", box("provider.data", "Provider Data Management"), '"%s" <%s>' % (p.name, email_of(p.first, p.last)), text(body))


@reg(PD)
def p05():
    a = S("Credentialing Specialist", "CPCS", "Medical Staff Services")
    p = Prov()
    body = ("Dear Dr. %s,\n\nYour reappointment to the Riverside Health medical staff is due on 06/30/2025. Please complete the "
            "re-credentialing application in the credentialing portal by 04/15/2025.\n\nWe have on file:\n"
            "  NPI: %s\n  State license: %s (exp. 01/31/2026)\n  DEA: %s (exp. 09/30/2026)\n  Board certification: %s\n\n"
            "Please upload your current malpractice face sheet, CME summary for the last 2 years and signed attestation. "
            "Your clinical privileges list will be reviewed by the department chair.\n\n%s") % (p.last, p.npi, p.lic, p.dea, p.spec, a.sig())
    return M(PD, "Re-credentialing request to a physician with their NPI, license and DEA numbers.",
             "Reappointment 2025", a, '"%s" <%s>' % (p.name, email_of(p.first, p.last)), text(body, "quoted-printable"))


@reg(PD)
def p06():
    a = S("Medical Staff Office Manager", "CPMSM", "Medical Staff Services")
    ps = provs(9)
    lines = ["# Credentials Committee - Approved Initial Appointments", "# Meeting of 03/04/2025", "",
             "Name                              Dept / specialty             NPI           Status"]
    for p in ps:
        lines.append("%-33s %-28s %-13s %s" % (p.dname, p.spec, p.npi, R.choice(["Provisional - active", "Provisional - courtesy", "Provisional - telemedicine"])))
    lines += ["", "Recommended to the Medical Executive Committee on 03/11/2025.", "Focused professional practice evaluation (FPPE) assigned per policy MS-12."]
    body = ("Attached is the list of initial appointments approved at last night's credentials committee, for the MEC packet.\n\n%s") % a.sig()
    return M(PD, "Credentials committee approved-appointments list (uncompressed PDF) with NPIs.",
             "Credentials committee approvals", a, box("mec.support", "MEC Support"), mixed(text(body), pdf_att("CredComm_Approvals_0304.pdf", lines, False, "Credentials")))


@reg(PD)
def p07():
    a = S("Pharmacy Compliance Coordinator", "CPhT", "Pharmacy")
    p = Prov()
    body = ("Dr. %s,\n\nThis is a reminder that your DEA registration %s expires on %02d/30/2025. DEA sends the renewal notice to "
            "the registered address about 60 days before expiration. Once you renew, please send a copy of the new "
            "certificate to Pharmacy Compliance so we can update your prescriber profile (NPI %s) and your EPCS token.\n\n"
            "If your registration lapses you will not be able to sign controlled substance orders in the EHR.\n\n%s") % (
        p.last, p.dea, R.randint(4, 9), p.npi, a.sig())
    return M(PD, "DEA registration renewal reminder to a physician with their DEA and NPI numbers.",
             "Registration expiring", a, '"%s" <%s>' % (p.name, email_of(p.first, p.last)), text(body))


@reg(PD)
def p08():
    a = S("Physician Relations Manager", "", "Marketing & Communications")
    p = Prov(("Gastroenterology", "MD"))
    t = ("Please welcome Dr. %s %s, %s, who joins Riverside Gastroenterology at %s on April 1.\n\n"
         "Dr. %s completed medical school at the University of Cincinnati and fellowship in gastroenterology and hepatology "
         "at the Cleveland Clinic. Clinical interests: inflammatory bowel disease, advanced endoscopy and colorectal cancer screening.\n\n"
         "NPI: %s\nOffice: %s\nReferrals: Riverside Referral Line\n\nDr. %s is accepting new patients.\n\n%s") % (
        p.first, p.last, p.cred, p.site, p.last, p.npi, p.phone, p.last, a.sig())
    return M(PD, "New-physician announcement with specialty, clinical interests and NPI (alternative).",
             "Please welcome Dr. %s" % p.last, a, box("all.providers", "All Providers"), alt(t, html_from_text(t)))


@reg(PD)
def p09():
    a = S("Department Administrator", "", "Department of Surgery")
    days = ["Sat 3/15", "Sun 3/16", "Mon 3/17", "Tue 3/18", "Wed 3/19", "Thu 3/20", "Fri 3/21"]
    gs, os_, us = provs(3, ("General Surgery", "MD")), provs(3, ("Orthopaedic Surgery", "MD")), provs(2, ("Urology", "MD"))
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (d, R.choice(gs).dname, R.choice(os_).dname, R.choice(us).dname) for d in days)
    doc = ("<html><body><h3>Surgical on-call schedule 3/15 - 3/21</h3>\n<table border=\"1\"><tr><th>Day (7a-7a)</th><th>General surgery</th><th>Orthopaedics</th><th>Urology</th></tr>\n"
           + rows + "</table>\n<p>Page through the operator. Backup: department chair.</p>\n<p>Contact numbers: " +
           "; ".join("%s %s" % (p.dname, p.phone) for p in gs + os_ + us) + "</p></body></html>\n")
    body = ("Attached is next week's surgical on-call schedule. Please send swaps to me by Thursday noon.\n\n%s") % a.sig()
    return M(PD, "Surgical on-call schedule (HTML attachment) with surgeons and phone numbers.",
             "On-call 3/15-3/21", a, box("surgery.oncall", "Surgery On-Call"), mixed(text(body), html_att("surgery_oncall_0315.html", doc)))


@reg(PD)
def p10():
    a = S("Referral Management Supervisor", "", "Heart & Vascular Institute")
    ps = provs(6, ("Cardiology", "MD"))
    items = "".join("<li><b>%s</b> &ndash; %s; NPI %s; %s; %s</li>\n" % (p.dname, R.choice(["General cardiology", "Electrophysiology", "Interventional", "Heart failure", "Imaging"]), p.npi, p.site, p.phone) for p in ps)
    doc = ("<!DOCTYPE html><html><head><title>Cardiology Referral Directory</title></head><body>\n<h1>Riverside Heart &amp; Vascular - Referral Directory</h1>\n"
           "<p>How to refer: send the order through the EHR or fax the referral form. Include the reason for referral and recent ECG.</p>\n<ul>\n"
           + items + "</ul>\n<p>Urgent (same week): call the cardiology access nurse.</p></body></html>\n")
    body = ("Hi practice managers,\n\nThe updated cardiology referral directory page is attached for your front desks.\n\n%s") % a.sig()
    return M(PD, "Cardiology referral-directory page (HTML attachment) listing cardiologists, subspecialty and NPI.",
             "Referral directory page", a, box("pcp.managers", "Primary Care Practice Managers"), mixed(text(body, "quoted-printable"), html_att("cardiology_referral_directory.html", doc)))


@reg(PD)
def p11():
    v = vendor("Provider Network Management", "buckeyeplan.example.org")
    t = S("Managed Care Contract Manager", "", "Managed Care")
    ps = provs(10)
    rows = [["action", "npi", "provider_name", "specialty", "tin", "location", "effective_date"]] + \
           [[R.choice(["ADD", "ADD", "TERM", "CHANGE"]), p.npi, p.name, p.spec, "31-%07d" % 4417290, p.site, "04/01/2025"] for p in ps]
    body = ("Hello %s,\n\nAttached is the provider roster update we loaded for Riverside Health Physicians (TIN 31-4417290). "
            "Please confirm the adds and terms by 03/21.\n\n%s") % (t.first, v.sig())
    return M(PD, "Payer provider-roster update (CSV) with NPIs, TIN and add/term actions.",
             "Roster update confirmation", v, t, mixed(text(body), csv_att("roster_update_0401.csv", rows)), inbound=True)


@reg(PD)
def p12():
    a = S("Provider Enrollment Analyst", "CPCS", "Provider Enrollment")
    v = vendor("Network Data Analyst", "lakeshorehealthplan.example.org")
    ps = provs(6)
    items = "".join('  <Practitioner npi="%s">\n    <Name><First>%s</First><Last>%s</Last><Degree>%s</Degree></Name>\n    <Specialty>%s</Specialty>\n'
                    '    <Location>%s</Location>\n    <Phone>%s</Phone>\n    <AcceptingNewPatients>%s</AcceptingNewPatients>\n  </Practitioner>\n' % (
                        p.npi, p.first, p.last, p.cred, p.spec.replace("&", "&amp;"), p.site, p.phone, R.choice(["Y", "N"])) for p in ps)
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<ProviderRoster group="Riverside Health Physicians" tin="31-4417290" asOf="2025-03-01">\n' + items + "</ProviderRoster>\n"
    body = ("Hi %s,\n\nAs requested, our March roster in your XML format is attached.\n\n%s") % (v.first, a.sig())
    return M(PD, "Provider roster to a payer (XML) with practitioner NPIs and specialties.",
             "March roster", a, v, mixed(text(body), xml_att("riverside_roster_2025-03.xml", xml)))


@reg(PD)
def p13():
    a = S("Integration Engineer", "", "Integration Services")
    ps = provs(4)
    bundle = {"resourceType": "Bundle", "type": "searchset", "total": len(ps), "entry": [
        {"resource": {"resourceType": "Practitioner", "id": "prac-%s" % digits(5),
                      "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": p.npi}],
                      "name": [{"family": p.last, "given": [p.first], "suffix": [p.cred]}],
                      "telecom": [{"system": "phone", "value": p.phone, "use": "work"}],
                      "qualification": [{"code": {"text": p.spec}}]}} for p in ps]}
    body = ("Hi directory team,\n\nSample response from the new provider directory API (Practitioner search) is attached so you "
            "can check the field mapping. These are our published clinicians only.\n\n%s") % a.sig()
    return M(PD, "FHIR Practitioner search bundle (JSON) from the provider directory API with NPIs.",
             "Directory API sample", a, box("directory.team", "Provider Directory Team"), mixed(text(body), json_att("practitioner_search.json", bundle, "application/fhir+json")))


@reg(PD)
def p14():
    a = S("Credentialing Coordinator", "", "Medical Staff Services")
    p = Prov()
    body = ("Hi Dr. %s,\n\nCAQH shows your re-attestation is due in 14 days. Please log in to CAQH ProView, review your profile "
            "(NPI %s, license %s, practice locations, hospital affiliations) and click Attest. Our payer enrollments use this profile, "
            "so an expired attestation can delay network participation.\n\nThanks,\n%s") % (p.last, p.npi, p.lic, a.sig())
    return M(PD, "CAQH re-attestation reminder (base64 body) to a physician with NPI and license.",
             "Re-attestation due", a, '"%s" <%s>' % (p.name, email_of(p.first, p.last)), text(body, "base64"))


@reg(PD)
def p15():
    a = S("Provider Enrollment Specialist", "", "Provider Enrollment")
    p = Prov()
    inner = ("This confirms that the changes to the NPI record for %s (NPI %s) were processed on 02/25/2025.\n\n"
             "Updated fields: practice location address; primary taxonomy 207R00000X (Internal Medicine).\n\n"
             "No further action is needed.\n\nNPI Enumerator\n") % (p.name.upper(), p.npi)
    v = '"NPI Enumerator" <enumerator@npi-registry.example.org>'
    fw = Fwd(fwd_headers(v, '"%s" <%s>' % (p.name, email_of(p.first, p.last)), "NPI record update confirmation", when_str(25, 16, 40)), text(inner), "NPI record update confirmation.eml")
    body = ("Hi enrollment,\n\nDr. %s forwarded the NPI update confirmation below. Please update the practice address in our "
            "payer enrollments.\n\n%s") % (p.last, a.sig())
    return M(PD, "Forwarded (rfc822) NPI-registry update confirmation for a physician's own record.",
             "FW: NPI record update confirmation", a, box("enrollment", "Provider Enrollment"), mixed(text(body), fw))


@reg(PD)
def p16():
    a = S("Medical Staff Coordinator", "", "Medical Staff Services")
    p = Prov(("Orthopaedic Surgery", "MD"))
    txt = ("DELINEATION OF PRIVILEGES - RENEWAL\n\nPractitioner: %s\nDepartment: Surgery / Orthopaedics\nNPI: %s\nLicense: %s\nDEA: %s\n\n"
           "Core privileges requested: evaluation and management; closed and open fracture care; arthroscopy (knee, shoulder);\n"
           "total joint arthroplasty (hip, knee); spine - not requested.\n\nCase volume attested (24 months): 412\n"
           "Department chair recommendation: approve as requested.\n") % (p.dname, p.npi, p.lic, p.dea)
    body = ("Attached is Dr. %s's privilege renewal for the chair's signature.\n\n%s") % (p.last, a.sig())
    return M(PD, "Privileges renewal (TXT) for an orthopaedic surgeon with NPI, license, DEA and case volume count.",
             "Privileges renewal for signature", a, box("ortho.chair", "Orthopaedics Chair Office"), mixed(text(body), txt_att("privileges_renewal.txt", txt)))


@reg(PD)
def p17():
    a = S("Locum Tenens Coordinator", "", "Medical Staff Services")
    p = Prov(("Anesthesiology", "MD"))
    t = ("Team,\n\nDr. %s %s (anesthesiology, locum tenens via Summit Locums) starts 03/24 for four weeks.\n\n"
         "NPI: %s\nDEA: %s\nOhio license: %s\nTemporary privileges: approved 03/10\nEHR access, badge and Pyxis: requested\n\n"
         "Please add Dr. %s to the OR anesthesia schedule from 03/24.\n\n%s") % (p.first, p.last, p.npi, p.dea, p.lic, p.last, a.sig())
    return M(PD, "Locum anesthesiologist onboarding (alternative) with NPI, DEA and license.",
             "Locum starting 3/24", a, box("anesthesia.admin", "Anesthesia Administration"), alt(t, html_from_text(t)))


@reg(PD)
def p18():
    a = S("Director, Advanced Practice", "DNP, APRN", "Advanced Practice Providers")
    ps = provs(3, ("Family Medicine", "NP")) + provs(2, ("Orthopaedic Surgery", "PA-C"))
    lst = "\n".join("- %s, %s, %s - NPI %s" % (p.dname, p.spec, p.site, p.npi) for p in ps)
    body = ("Colleagues,\n\nPlease join me in welcoming our newest advanced practice providers, who start this month:\n\n%s\n\n"
            "Each has completed orientation and will work with a collaborating physician in their department.\n\n%s") % (lst, a.sig())
    return M(PD, "Welcome announcement for NPs and PAs with their NPIs (QP).", "Welcome new APPs", a, box("all.staff", "All Staff"), text(body, "quoted-printable"))


@reg(PD)
def p19():
    a = S("Hospitalist Scheduler", "", "Hospital Medicine")
    ps = provs(7, ("Hospital Medicine", "MD"))
    rows = [["date", "shift", "physician", "npi", "pager"]]
    for d in ["2025-03-15", "2025-03-16"]:
        for sh in ["Day 1", "Day 2", "Swing", "Nocturnist"]:
            p = R.choice(ps)
            rows.append([d, sh, p.dname, p.npi, "%d-%04d" % (R.randint(2, 9), R.randint(1000, 9999))])
    body = ("Weekend hospitalist schedule attached (with NPIs for the admitting-physician field in ADT).\n\n%s") % a.sig()
    return M(PD, "Weekend hospitalist schedule (CSV) with physician NPIs and pagers.", "Weekend schedule", a, box("bed.mgmt", "Bed Management"),
             mixed(text(body, "quoted-printable"), csv_att("hospitalist_weekend.csv", rows)))


@reg(PD)
def p20():
    a = S("Practice Administrator", "", "Riverside Hospitalist Group")
    ps = provs(10, ("Hospital Medicine", "MD"))
    lines = ["# Riverside Hospitalist Group - Physician Roster", ""] + \
            ["%-32s NPI %s   Cell %s" % (p.dname, p.npi, p.phone) for p in ps] + ["", "Medical director: " + ps[0].dname]
    body = ("Updated group roster attached for the answering service.\n\n%s") % a.sig()
    return M(PD, "Hospitalist group roster (uncompressed PDF) with NPIs and cell phones.", "Roster for answering service", a,
             '"Answering Service" <dispatch@answerline.example.org>', mixed(text(body), pdf_att("Hospitalist_Roster.pdf", lines, False, "Roster")))


@reg(PD)
def p21():
    a = S("Integration Analyst", "", "Integration Services")
    ps = provs(3)
    segs = ["MSH|^~\\&|MSO|RIVERSIDE|EHR|RIVERSIDE|20250304101500||MFN^M02^MFN_M02|MSO%s|P|2.5.1" % digits(6),
            "MFI|PRA^Practitioner Master File^HL70175||UPD|||AL"]
    for p in ps:
        segs += ["MFE|MAD|%s||%s^%s^%s" % (digits(6), p.npi, p.last.upper(), p.first.upper()),
                 "STF|%s|%s^NPI|%s^%s^^^^%s|MD|||A|%s" % (p.npi, p.npi, p.last.upper(), p.first.upper(), p.cred, p.spec.upper()),
                 "PRA|%s|RIVERSIDE|||%s^NPI~%s^DEA" % (p.npi, p.npi, p.dea)]
    body = ("Attached is the MFN^M02 practitioner update for three new physicians, for loading into the test EHR.\n\n%s") % a.sig()
    return M(PD, "HL7 MFN^M02 practitioner master-file update (.hl7) with STF/PRA segments, NPIs and DEA; no PID.",
             "Practitioner master update", a, box("interfaces", "Interface Team"), mixed(text(body), hl7_att("MFN_M02_practitioners.hl7", segs)))


@reg(PD)
def p22():
    a = S("Provider Enrollment Analyst", "CPCS", "Provider Enrollment")
    p = Prov()
    lines = ["# PROVIDER CHANGE FORM - HEALTH PLAN NETWORK", "", "Group: Riverside Health Physicians     TIN: 31-4417290",
             "Provider name: %s" % p.dname, "Individual NPI: %s" % p.npi, "Specialty: %s" % p.spec,
             "Change type: [X] Add location  [ ] Terminate  [ ] Name change", "New location: %s" % p.site,
             "Phone: %s" % p.phone, "Effective: 04/01/2025", "", "Submitted by: %s, Provider Enrollment" % a.name]
    body = ("Attached is the completed provider change form for Dr. %s's new location. Please confirm receipt.\n\n%s") % (p.last, a.sig())
    return M(PD, "Payer provider change form (FlateDecode PDF) for one physician's new office; NPI and TIN.",
             "Provider change form", a, '"Network Services" <networkservices@buckeyeplan.example.org>',
             mixed(text(body), pdf_att("Provider_Change_%s.pdf" % p.last, lines, True, "Provider Change")))


@reg(PD)
def p23():
    a = S("Web Content Manager", "", "Marketing & Communications")
    ps = provs(3)
    h = H(P("Hi Physician Relations,") + P("&nbsp;") + P("These three Find-a-Doctor profiles are ready to publish. Please check the bios:") +
          "".join(P("<b>%s</b> &ndash; %s<br>NPI %s &middot; %s &middot; %s<br><i>Treats:</i> %s" % (
              p.dname, p.spec, p.npi, p.site, p.phone, R.choice(["high blood pressure, heart failure, atrial fibrillation",
                                                                  "diabetes, thyroid disorders, osteoporosis",
                                                                  "asthma, COPD, sleep apnea", "arthritis, lupus, gout",
                                                                  "kidney stones, prostate conditions"]))) + P("&nbsp;") for p in ps) +
          P(a.sig().replace("\n", "<br>")))
    return M(PD, "Find-a-Doctor bios (HTML body) with specialties, conditions treated and NPIs; no patient.",
             "Profiles ready to publish", a, box("physician.relations", "Physician Relations"), html(h, "base64"))


@reg(PD)
def p24():
    a = S("Pharmacy Compliance Coordinator", "CPhT", "Pharmacy")
    p = Prov(("Family Medicine", "NP"))
    body = ("Hi %s,\n\nYour mid-level practitioner DEA registration %s is up for renewal on 05/31/2025. When you renew online, "
            "confirm the state schedules (2, 2N, 3, 3N, 4, 5) match your Ohio prescriptive authority. Send the new certificate to "
            "us and we will update your EHR prescriber record (NPI %s).\n\nThanks,\n%s") % (p.first, p.dea, p.npi, a.sig())
    return M(PD, "DEA renewal reminder to a nurse practitioner with an M-prefixed DEA number and NPI (QP).",
             "DEA renewal", a, '"%s" <%s>' % (p.name, email_of(p.first, p.last)), text(body, "quoted-printable"))


@reg(PD)
def p25():
    a = S("Medical Staff Coordinator", "", "Medical Staff Services")
    ps = provs(10)
    rows = [["name", "credential", "npi", "state_license", "license_expires", "reminder_sent"]] + \
           [[p.name, p.cred, p.npi, p.lic, "%02d/%02d/2025" % (R.randint(4, 8), R.randint(1, 28)), R.choice(["Y", "N"])] for p in ps]
    body = ("Here are the state licenses expiring in the next 6 months. Reminder letters go out Friday.\n\n%s") % a.sig()
    return M(PD, "State license expiration list (CSV) with NPIs and license numbers.", "Licenses expiring", a, box("mso.team", "Medical Staff Office"),
             mixed(text(body), csv_att("license_expirations.csv", rows)))


@reg(PD)
def p26():
    v = vendor("Partnerships Manager", "telestroke.example.org")
    t = S("Director, Neuroscience Service Line", "MSN, RN")
    ps = provs(5, ("Neurology", "MD"))
    obj = {"partner": "TeleStroke Partners", "facility": "Riverside Medical Center", "coverage": "24/7 telestroke", "roster": [
        {"name": p.dname, "npi": p.npi, "specialty": "Vascular Neurology", "ohio_license": p.lic, "privileges_status": "pending"} for p in ps]}
    body = ("Hi %s,\n\nAttached is our neurologist roster for credentialing by proxy. These physicians will cover your telestroke "
            "consults starting in May.\n\n%s") % (t.first, v.sig())
    return M(PD, "Telestroke partner roster (JSON) for credentialing by proxy; NPIs and licenses.", "Roster for credentialing by proxy", v, t,
             mixed(text(body, "quoted-printable"), json_att("telestroke_roster.json", obj)), inbound=True)


@reg(PD)
def p27():
    a = S("Credentialing Specialist", "CPCS", "Medical Staff Services")
    p = Prov()
    txt = ("PRIMARY SOURCE VERIFICATION SUMMARY\n\nApplicant: %s\nNPI: %s   (NPPES: active, verified 03/03/2025)\n"
           "License: %s   (state board: active, no actions)\nDEA: %s   (verified, schedules 2-5)\n"
           "Board certification: %s (verified)\nMedical school: verified\nResidency: verified\nNPDB query: no reports\n"
           "OIG/SAM exclusion: none\n") % (p.dname, p.npi, p.lic, p.dea, p.spec)
    body = ("The PSV for Dr. %s is complete and attached for the file.\n\n%s") % (p.last, a.sig())
    return M(PD, "Credentialing primary-source verification summary (TXT) with NPI, license, DEA; provider only.",
             "PSV complete", a, box("credentialing", "Credentialing"), mixed(text(body), txt_att("PSV_summary.txt", txt, "7bit")))


@reg(PD)
def p28():
    a = S("GME Coordinator", "", "Graduate Medical Education")
    ps = provs(6, ("Internal Medicine", "MD"))
    items = "".join('  <resident pgy="%d">\n    <name>%s</name>\n    <npi>%s</npi>\n    <trainingLicense>%s</trainingLicense>\n  </resident>\n' % (
        R.randint(1, 3), p.name, p.npi, "57.%06d" % R.randint(0, 999999)) for p in ps)
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<eprescribingSetup program="Internal Medicine Residency" academicYear="2024-2025">\n' + items + "</eprescribingSetup>\n"
    body = ("Hi pharmacy informatics,\n\nNPIs and training licenses for the residents who still need e-prescribing set up are "
            "attached.\n\n%s") % a.sig()
    return M(PD, "Residents' NPIs and training licenses for e-prescribing setup (XML).", "Resident e-Rx setup", a, box("rx.informatics", "Pharmacy Informatics"),
             mixed(text(body), xml_att("resident_erx_setup.xml", xml)))


@reg(PD)
def p29():
    a = S("Provider Enrollment Specialist", "", "Provider Enrollment")
    ps = provs(8)
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (p.dname, p.npi, "%07d" % R.randint(0, 9999999), "%02d/%02d/2025" % (R.randint(5, 12), R.randint(1, 28))) for p in ps)
    doc = ("<html><body><h3>Ohio Medicaid revalidation due - Riverside Health Physicians</h3>\n<table border=\"1\"><tr><th>Provider</th><th>NPI</th><th>Medicaid ID</th><th>Revalidation due</th></tr>\n"
           + rows + "</table></body></html>\n")
    body = ("Medicaid revalidation list attached. I will start with the May dates.\n\n%s") % a.sig()
    return M(PD, "Medicaid provider revalidation list (HTML attachment) with NPIs and provider Medicaid ids.", "Medicaid revalidations", a,
             box("enrollment", "Provider Enrollment"), mixed(text(body, "quoted-printable"), html_att("medicaid_revalidation.html", doc)))


@reg(PD)
def p30():
    a = S("Referral Coordinator Lead", "", "Primary Care")
    ps = [Prov(s) for s in [("Dermatology", "MD"), ("Rheumatology", "MD"), ("Endocrinology", "MD"), ("Urology", "MD"), ("Neurology", "MD")]]
    lst = "\n".join("%s: %s (NPI %s), %s, %s - %s" % (p.spec, p.dname, p.npi, p.site, p.phone, R.choice(
        ["needs office notes and labs", "accepts e-referral only", "new patients within 3 weeks", "needs prior imaging report"])) for p in ps)
    body = ("Hi coordinators,\n\nQuick reference for where to send specialty referrals this quarter:\n\n%s\n\n"
            "Put the NPI in the 'referred to' field so the referral matches the plan's directory.\n\n%s") % (lst, a.sig())
    return M(PD, "Referral coordinator cheat sheet of specialists with NPIs and referral requirements (plain).",
             "Referral quick reference", a, box("referral.coordinators", "Referral Coordinators"), text(body))


@reg(PD)
def p31():
    a = S("Practice Manager", "", "Riverside Internal Medicine - North Haven")
    p, q = Prov(("Internal Medicine", "MD")), Prov(("Internal Medicine", "MD"))
    t = ("Dear colleagues,\n\nDr. %s (NPI %s) will leave Riverside Internal Medicine - North Haven on 04/30/2025 to relocate "
         "out of state. Dr. %s (NPI %s) will assume the panel. Please update your referral address books; referrals addressed "
         "to Dr. %s after April 30 will be routed to Dr. %s.\n\n%s") % (p.dname, p.npi, q.dname, q.npi, p.last, q.last, a.sig())
    return M(PD, "Physician departure notice to referring offices (alternative) with two physicians' NPIs; no patients named.",
             "Practice change at North Haven", a, box("community.practices", "Community Practices"), alt(t, html_from_text(t)))


@reg(PD)
def p32():
    a = S("Pharmacy Informatics Pharmacist", "PharmD", "Pharmacy Informatics")
    ps = provs(5)
    lst = "\n".join("%-28s NPI %s  DEA %s  %s" % (p.dname, p.npi, p.dea, p.spec) for p in ps)
    body = ("Outpatient pharmacy team,\n\nThe following prescribers were added to the pharmacy system's prescriber master "
            "today. Verify the DEA on the first controlled prescription as usual.\n\n%s\n\n%s") % (lst, a.sig())
    return M(PD, "Prescriber master additions for the outpatient pharmacy (base64 body) with NPI and DEA numbers.",
             "Prescriber master additions", a, box("op.pharmacy", "Outpatient Pharmacy"), text(body, "base64"))


@reg(PD)
def p33():
    a = S("Medical Staff Quality Coordinator", "", "Medical Staff Services")
    ps = provs(9)
    lines = ["# Board Certification Expirations 2025", ""] + \
            ["%-30s %-26s NPI %s  expires %02d/%d" % (p.dname, p.spec, p.npi, R.randint(1, 12), R.choice([2025, 2026])) for p in ps]
    body = ("Department chairs,\n\nBoard certification expirations for your physicians are attached.\n\n%s") % a.sig()
    return M(PD, "Board certification expiration list (uncompressed PDF) with NPIs.", "Board certification expirations", a,
             box("dept.chairs", "Department Chairs"), mixed(text(body), pdf_att("BoardCert_Expirations_2025.pdf", lines, False, "Board Certification")))


@reg(PD)
def p34():
    v = vendor("Directory Accuracy Team", "buckeyeplan.example.org")
    t = S("Provider Enrollment Manager", "CPCS", "Provider Enrollment")
    ps = provs(5)
    h = H(P("Dear %s," % t.first) + P("&nbsp;") + P("Federal rules require us to verify our provider directory every 90 days. Please confirm or correct the listings below:") +
          table([["NPI", "Provider", "Specialty", "Address", "Phone", "Accepting new patients"]] +
                [[p.npi, p.dname, p.spec, p.site, p.phone, R.choice(["Yes", "No"])] for p in ps]) + P("&nbsp;") +
          P("Reply by 03/31/2025. Listings not confirmed may be suppressed from our online directory.") + P(v.sig().replace("\n", "<br>")))
    return M(PD, "Payer directory-accuracy attestation request (HTML) with provider NPIs and addresses.", "Quarterly directory verification", v, t, html(h), inbound=True)


@reg(PD)
def p35():
    a = S("Clinic Administrative Assistant", "", "Riverside Women's Health")
    ps = provs(6, ("Obstetrics & Gynecology", "MD"))
    txt = "RIVERSIDE WOMEN'S HEALTH - PROVIDER AND PHONE DIRECTORY\n\n" + "".join(
        "%-32s NPI %s   Office %s\n" % (p.dname, p.npi, p.phone) for p in ps) + "\nLabor & Delivery: " + phone() + "\nTriage nurse: " + phone() + "\n"
    body = ("Updated directory attached for the new float staff.\n\n%s") % a.sig()
    return M(PD, "Women's health clinic provider/phone directory (TXT) with NPIs.", "Clinic directory", a, box("womens.health.staff", "Women's Health Staff"),
             mixed(text(body), txt_att("WH_directory.txt", txt)))


@reg(PD)
def p36():
    p, q = Prov(("Pulmonology", "MD")), Prov(("Pulmonology", "MD"))
    body = ("Hi %s,\n\nCould you swap call with me? I have the weekend of 4/12-4/13 and you have 4/26-4/27. If yes, I will let the "
            "operators know and update the call schedule in the paging system.\n\nThanks,\n%s %s, %s\nPulmonary & Critical Care\n%s") % (
        q.first, p.first, p.last, p.cred, p.phone)
    return M(PD, "Call-swap request between two pulmonologists; schedule only.", "Call swap April?", '"%s" <%s>' % (p.name, email_of(p.first, p.last)),
             '"%s" <%s>' % (q.name, email_of(q.first, q.last)), text(body))


@reg(PD)
def p37():
    v = vendor("Network Operations", "brightvision.example.org")
    t = S("Managed Care Analyst", "", "Managed Care")
    ps = provs(5, ("Internal Medicine", "MD"))
    items = "".join('  <Provider npi="%s" type="%s"><Name>%s</Name><Office>%s</Office><Phone>%s</Phone></Provider>\n' % (
        p.npi, R.choice(["Optometrist", "Ophthalmologist"]), p.name, p.site, p.phone) for p in ps)
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<VisionNetwork plan="BrightVision" region="Central Ohio" asOf="2025-03-01">\n' + items + "</VisionNetwork>\n"
    body = ("Hello,\n\nAttached is our current vision network list for your members' routine eye exams.\n\n%s") % v.sig()
    return M(PD, "Vision network provider list (XML) with NPIs from a partner.", "Vision network list", v, t, mixed(text(body), xml_att("vision_network.xml", xml)), inbound=True)


@reg(PD)
def p38():
    a = S("Credentialing Specialist", "CPCS", "Medical Staff Services")
    p = Prov()
    v = vendor("Credentialing Department", "lakeshorehealthplan.example.org")
    inner = ("Dear Dr. %s,\n\nWe are pleased to inform you that your credentialing with Lakeshore Health Plan is approved.\n\n"
             "NPI: %s\nSpecialty: %s\nEffective date: 03/01/2025\nRecredentialing due: 03/01/2028\n\nWelcome to our network.\n\n%s") % (p.last, p.npi, p.spec, v.sig())
    fw = Fwd(fwd_headers(v, '"%s" <%s>' % (p.name, email_of(p.first, p.last)), "Credentialing approval", when_str(28, 11, 5)), text(inner), "Credentialing approval.eml")
    body = ("Forwarding Dr. %s's approval letter for the file; Lakeshore is now effective 3/1.\n\n%s") % (p.last, a.sig())
    return M(PD, "Forwarded (rfc822) payer credentialing approval letter for a physician with NPI.", "FW: Credentialing approval", a, box("enrollment", "Provider Enrollment"),
             mixed(text(body, "quoted-printable"), fw))


@reg(PD)
def p39():
    a = S("Professional Billing Analyst", "CPC", "Professional Billing")
    p = Prov()
    wrong = npi()
    body = ("Hi %s,\n\nThe billing provider file for Dr. %s had a typo: the NPI was entered as %s; the correct NPI per NPPES is %s. "
            "I corrected it in the billing system today. Claims for Dr. %s's services that rejected last week for 'rendering NPI "
            "invalid' will be resubmitted automatically in tonight's batch.\n\n%s") % (R.choice(FIRST), p.last, wrong, p.npi, p.last, a.sig())
    return M(PD, "Billing-system NPI correction for one physician (QP); no patient or claim detail.", "NPI corrected", a, box("pb.leads", "Professional Billing Leads"),
             text(body, "quoted-printable"))


@reg(PD)
def p40():
    a = S("Fellowship Program Coordinator", "", "Graduate Medical Education")
    ps = provs(4, ("Cardiology", "MD"))
    obj = {"program": "Cardiovascular Disease Fellowship", "moonlighting_privileges": [
        {"fellow": p.name, "npi": p.npi, "ohio_license": p.lic, "dea": p.dea, "approved_sites": ["Riverside ED observation unit"],
         "approved_through": "2025-06-30"} for p in ps]}
    body = ("Hi staffing office,\n\nAttached is the list of cardiology fellows approved for internal moonlighting.\n\n%s") % a.sig()
    return M(PD, "Fellows approved for moonlighting (JSON) with NPI, license and DEA.", "Moonlighting approvals", a, box("staffing.office", "Staffing Office"),
             mixed(text(body), json_att("moonlighting.json", obj)))

# ============================================================================= NEGATIVES: ten other kinds (3 each)
@reg("prescriber_notice")
def n_pr1():
    a = S("Chair, Pharmacy & Therapeutics Committee", "PharmD, BCPS", "Pharmacy")
    body = ("All prescribers,\n\nStarting April 1, Ohio law requires a check of the state PDMP (OARRS) before prescribing an opioid "
            "or benzodiazepine for more than 7 days, and at least every 90 days while treatment continues. The EHR will show an "
            "OARRS button in the controlled-substance order; the check is logged automatically.\n\nExceptions: inpatient orders, "
            "hospice, and prescriptions for 7 days or fewer after a procedure.\n\nQuestions: Pharmacy Informatics, ext. %d.\n\n%s") % (R.randint(2000, 7999), a.sig())
    return M("prescriber_notice", "PDMP (OARRS) query requirement notice to all prescribers; no patient.", "Prescriber notice: PDMP check", a, box("all.prescribers", "All Prescribers"), text(body))


@reg("prescriber_notice")
def n_pr2():
    a = S("Formulary Pharmacist", "PharmD", "Pharmacy")
    t = ("Prescribers,\n\nThe P&T Committee approved an automatic therapeutic interchange effective 03/17/2025:\n\n"
         "- Rivaroxaban orders for non-valvular atrial fibrillation will be converted to apixaban 5 mg twice daily (2.5 mg twice daily "
         "if two of: age 80 or older, weight 60 kg or less, serum creatinine 1.5 mg/dL or more).\n"
         "- Esomeprazole 40 mg will be converted to pantoprazole 40 mg daily.\n\n"
         "Prescribers can opt out by selecting 'no substitution - clinical reason' in the order.\n\n%s") % a.sig()
    return M("prescriber_notice", "Formulary therapeutic-interchange notice with drug names and dosing criteria; no individual.",
             "Formulary change 3/17", a, box("all.prescribers", "All Prescribers"), alt(t, html_from_text(t)))


@reg("prescriber_notice")
def n_pr3():
    a = S("Medical Director, Pain Stewardship", "MD", "Pain Stewardship Program")
    body = ("Colleagues,\n\nReminder of the Riverside acute pain prescribing guideline: for opioid-naive adults after minor procedures, "
            "limit to 3 days (no more than 15 tablets of oxycodone 5 mg or equivalent), co-prescribe naloxone when the daily dose "
            "is 50 MME or more, and use electronic prescribing (EPCS) for all Schedule II prescriptions. The guideline is in the "
            "policy library (PH-44).\n\n%s") % a.sig()
    return M("prescriber_notice", "Opioid prescribing guideline reminder (QP) with doses and MME thresholds; no patient.", "Acute pain prescribing", a,
             box("surgery.providers", "Surgical Providers"), text(body, "quoted-printable"))


@reg("newsletter")
def n_nl1():
    a = S("Diabetes Education Program Manager", "RN, CDCES", "Endocrinology")
    h = H(P("<b>Riverside Clinical Bulletin &ndash; Diabetes Alert Month</b>") + P("&nbsp;") +
          P("<b>Screening reminders.</b> An HbA1c of 6.5% or higher indicates diabetes; 5.7&ndash;6.4% is prediabetes. A fasting plasma glucose of 126&nbsp;mg/dL or higher also meets criteria.") +
          P("<b>Coding corner.</b> Use E11.9 for type 2 diabetes without complications and E11.65 with hyperglycemia; R73.03 for prediabetes.") +
          P("<b>New on formulary.</b> Semaglutide and empagliflozin are now preferred agents when cardiovascular disease is present.") +
          P("<b>Class schedule.</b> Free diabetes self-management classes every Tuesday at the Millbrook MOB.") + P("&nbsp;") + P(a.name + ", " + a.title))
    return M("newsletter", "Diabetes newsletter (HTML) quoting HbA1c thresholds, ICD-10 E11.9/E11.65 and drug names; no individual.",
             "Clinical Bulletin - March", a, box("all.clinical", "All Clinical Staff"), html(h))


@reg("newsletter")
def n_nl2():
    a = S("Coding Education Specialist", "CCS, CPC", "HIM Coding")
    txt = ("CODING NEWSLETTER - MARCH 2025\n\n1. Heart failure specificity\n   Document type and acuity: I50.21 acute systolic, I50.23 acute "
           "on chronic systolic, I50.33 acute on chronic diastolic. I50.9 should be rare.\n\n2. Sepsis\n   A41.9 sepsis, unspecified "
           "organism; add R65.20 for severe sepsis without shock, R65.21 with septic shock.\n\n3. CKD staging\n   N18.30-N18.32 for stage 3a/3b; "
           "code E11.22 with N18.x when diabetes causes the CKD.\n\n4. Reminder\n   Query the provider when a lab value (for example sodium 128 "
           "mmol/L) suggests a diagnosis that is not documented. Do not code from lab values alone.\n")
    body = ("Hi all,\n\nThis month's coding newsletter is attached.\n\n%s") % a.sig()
    return M("newsletter", "Coding newsletter (TXT) with ICD-10-CM codes and an example lab value; no individual.", "Coding newsletter March", a,
             box("him.coding", "HIM Coding"), mixed(text(body), txt_att("coding_newsletter_2025-03.txt", txt)))


@reg("newsletter")
def n_nl3():
    a = S("Infection Prevention Manager", "MPH, CIC", "Infection Prevention")
    body = ("Infection Prevention News\n\nHand hygiene: compliance was 91%% in February; our goal is 95%%.\n\n"
            "Respiratory season: influenza A and RSV are still circulating. Droplet precautions for suspected influenza; "
            "oseltamivir 75 mg twice daily for 5 days is the usual adult treatment dose with normal renal function.\n\n"
            "C. difficile: send stool only for 3 or more unformed stools in 24 hours and no laxatives in 48 hours.\n\n"
            "Measles: review the signs (fever, cough, coryza, conjunctivitis, rash) and airborne isolation steps in policy IP-07.\n\n%s") % a.sig()
    return M("newsletter", "Infection prevention newsletter (base64) with rates, drug dose and testing criteria; no individual.",
             "IP News", a, box("all.staff", "All Staff"), text(body, "base64"))


@reg("education")
def n_ed1():
    a = S("Sepsis Coordinator", "RN, MSN", "Quality & Patient Safety")
    lines = ["# Sepsis Recognition - Annual Self-Study", "", "Learning objectives:", "1. Recognize SIRS criteria and signs of organ dysfunction.",
             "2. Complete the 3-hour bundle: lactate, blood cultures before antibiotics, broad-spectrum antibiotics,",
             "   30 mL/kg crystalloid for hypotension or lactate >= 4 mmol/L.", "3. Repeat lactate within 6 hours if the initial lactate is > 2 mmol/L.", "",
             "Key values: temperature > 38.3 C or < 36 C; heart rate > 90; respiratory rate > 20; WBC > 12,000 or < 4,000.",
             "", "Post-test: 10 questions, passing score 80%. Due 04/30/2025."]
    body = ("Nursing staff,\n\nThe annual sepsis self-study is attached. Complete the post-test in the learning system by April 30.\n\n%s") % a.sig()
    return M("education", "Sepsis education self-study (FlateDecode PDF) with lactate thresholds and bundle steps; no patient.", "Annual sepsis self-study", a,
             box("nursing.all", "Nursing"), mixed(text(body), pdf_att("Sepsis_SelfStudy_2025.pdf", lines, True, "Sepsis Self-Study")))


@reg("education")
def n_ed2():
    a = S("Clinical Nurse Specialist", "RN, CNS", "Nursing Education")
    body = ("Hi 5 West,\n\nFor Thursday's 10-minute huddle education: insulin correction scales.\n\n"
            "- Check point-of-care glucose before meals and at bedtime.\n- Sensitive scale for glucose 150-199 mg/dL: 1 unit lispro; "
            "200-249: 2 units; 250-299: 3 units; 300-349: 4 units; 350 or more: 5 units and call the provider.\n"
            "- Hypoglycemia: glucose under 70 mg/dL - give 15 g fast carbohydrate, recheck in 15 minutes.\n"
            "- Never give correction insulin at bedtime from the standard scale.\n\nQuiz cards will be in the break room.\n\n%s") % a.sig()
    return M("education", "Huddle education on insulin correction scales with glucose ranges; no patient.", "Huddle topic Thursday", a, box("5w.staff", "5 West Staff"), text(body))


@reg("education")
def n_ed3():
    a = S("Stroke Program Coordinator", "RN, SCRN", "Neuroscience")
    h = H(P("<b>Stroke Education Module 3: Thrombolysis</b>") + P("Alteplase 0.9&nbsp;mg/kg (max 90&nbsp;mg): 10% as a bolus over 1 minute, the rest over 60 minutes. Tenecteplase 0.25&nbsp;mg/kg (max 25&nbsp;mg) single bolus.") +
          P("Blood pressure must be below 185/110 before and 180/105 after treatment. Neuro checks every 15 minutes for 2 hours.") +
          P("Code: I63.9 cerebral infarction, unspecified; Z92.82 status post tPA at another facility.") +
          P("Module test opens March 17 in the learning system.") + P(a.name))
    return M("education", "Stroke thrombolysis education module (HTML, QP) with dosing, BP targets and ICD codes; no patient.", "Stroke module 3", a,
             box("ed.icu.nurses", "ED and ICU Nurses"), html(h))


@reg("aggregate")
def n_ag1():
    a = S("Quality Data Analyst", "", "Quality & Patient Safety")
    rows = [["quarter", "unit", "sepsis_cases", "bundle_compliance_pct", "mortality_pct"], ["2024Q3", "ED", "42", "71", "9.5"], ["2024Q3", "MICU", "18", "83", "22.2"],
            ["2024Q4", "ED", "51", "76", "7.8"], ["2024Q4", "MICU", "21", "86", "19.0"], ["2024Q4", "4 West", "9", "67", "11.1"]]
    body = ("Hi sepsis committee,\n\n42 patients had sepsis in the ED in Q3 and 51 in Q4; bundle compliance rose from 71%% to 76%%. "
            "Unit-level counts are attached. No patient-level data is included.\n\n%s") % a.sig()
    return M("aggregate", "Sepsis counts and compliance rates by unit and quarter (CSV); aggregate only.", "Sepsis data Q3-Q4", a, box("sepsis.committee", "Sepsis Committee"),
             mixed(text(body), csv_att("sepsis_by_unit.csv", rows)))


@reg("aggregate")
def n_ag2():
    a = S("Director, Care Management", "RN, MSN", "Care Management")
    h = H(P("Leaders,") + P("30-day readmission rates for February:") + table([["Condition", "Discharges", "Readmits", "Rate"], ["Heart failure", "88", "17", "19.3%"],
          ["COPD", "61", "11", "18.0%"], ["Pneumonia", "104", "14", "13.5%"], ["AMI", "37", "5", "13.5%"], ["All-cause", "2,410", "301", "12.5%"]]) +
          P("&nbsp;") + P("Heart failure is above the national benchmark; the TOC call pilot starts on 4 West in March.") + P(a.name))
    return M("aggregate", "Readmission counts and rates by condition (HTML table); aggregate only.", "February readmissions", a, box("ops.leaders", "Operations Leaders"), html(h, "base64"))


@reg("aggregate")
def n_ag3():
    a = S("Employee Health Manager", "RN, COHN", "Employee Health")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<InfluenzaVaccinationSummary season="2024-2025" facility="Riverside Medical Center">\n'
           '  <Category name="Employees" total="4812" vaccinated="4390" medicalExemption="61" declined="361"/>\n'
           '  <Category name="Licensed independent practitioners" total="702" vaccinated="668" medicalExemption="4" declined="30"/>\n'
           '  <Category name="Students and volunteers" total="540" vaccinated="471" medicalExemption="3" declined="66"/>\n'
           '</InfluenzaVaccinationSummary>\n')
    body = ("Attached is the season summary for the NHSN healthcare personnel influenza vaccination report. Counts only.\n\n%s") % a.sig()
    return M("aggregate", "Staff influenza vaccination counts by category (XML); aggregate only.", "HCP flu vaccination summary", a,
             box("infection.prevention", "Infection Prevention"), mixed(text(body, "quoted-printable"), xml_att("hcp_flu_summary.xml", xml)))


@reg("birth_year")
def n_by1():
    a = S("Foundation Communications Manager", "", "Riverside Health Foundation")
    body = ("Hi all,\n\nFor the 75th anniversary booklet, here is the founder paragraph for fact-checking:\n\n"
            "Dr. Eleanor Whitcombe, born in 1950 in Cedar Bend, opened the first Riverside clinic above a hardware store in 1978 with "
            "two nurses and a borrowed X-ray machine. She served as chief of staff until 2012 and still chairs the foundation board.\n\n"
            "Please send corrections by Friday.\n\n%s") % a.sig()
    return M("birth_year", "Anniversary booklet paragraph about the founder 'born in 1950'; no health information.", "Founder paragraph", a, box("foundation.team", "Foundation Team"), text(body))


@reg("birth_year")
def n_by2():
    a = S("Unit Secretary", "", "Labor & Delivery")
    ppl = [(full(), "%02d/%02d" % (4, R.randint(1, 30))) for _ in range(5)]
    t = ("Hi L&D family,\n\nApril birthdays! Cake in the break room on April 10 at 2 PM.\n\n" + "\n".join("%s - %s" % p for p in ppl) +
         "\n\nAnd a special happy 40th to our charge nurse, born April 1985!\n\n" + a.name)
    return M("birth_year", "Staff birthday list with birthdays and a birth year; no health content.", "April birthdays!", a, box("ld.staff", "L&D Staff"), alt(t, html_from_text(t)))


@reg("birth_year")
def n_by3():
    a = S("Retiree Relations Coordinator", "", "Human Resources")
    body = ("Dear retirees,\n\nJoin us for the spring retiree luncheon on May 8 at noon in the Education Center. We will honor our most "
            "senior retiree, former pharmacy director Harold Benton, born in 1931, who joined Riverside in 1956.\n\nRSVP to %s by April 25.\n\n%s") % (phone(), a.sig())
    return M("birth_year", "Retiree luncheon invitation honoring a retiree 'born in 1931'; no health information.", "Spring retiree luncheon", a,
             box("retirees", "Riverside Retirees"), text(body, "quoted-printable"))


@reg("staff_admin")
def n_sa1():
    a = S("Nurse Manager", "RN", "4 West Medical-Surgical")
    ppl = [full() for _ in range(8)]
    rows = [["Date", "Day RN", "Day RN", "Night RN", "Night RN"]] + [["3/%d" % d] + R.sample(ppl, 4) for d in range(16, 23)]
    body = ("Team,\n\nThe schedule for 3/16-3/22 is posted and attached. Trades must be approved by me by Friday.\n\n%s") % a.sig()
    return M("staff_admin", "Nursing shift schedule (CSV) with staff names; nothing about anyone's health.", "Schedule 3/16-3/22", a, box("4w.staff", "4 West Staff"),
             mixed(text(body), csv_att("4W_schedule_0316.csv", rows)))


@reg("staff_admin")
def n_sa2():
    a = S("HR Business Partner", "SHRM-CP", "Human Resources")
    body = ("Leaders,\n\nAnnual compliance training (HIPAA privacy, fire safety, workplace violence prevention) is due March 31. As of today "
            "74%% of staff in your areas have completed it. Managers can see the list of incomplete employees in the learning "
            "dashboard. Staff who are incomplete on April 1 will be removed from the schedule until they finish.\n\n%s") % a.sig()
    return M("staff_admin", "Mandatory training reminder to leaders; staff completion rate only.", "Compliance training due 3/31", a, box("people.leaders", "People Leaders"), text(body, "quoted-printable"))


@reg("staff_admin")
def n_sa3():
    a = S("Payroll Manager", "", "Payroll")
    h = H(P("All employees,") + P("Because of the system upgrade, paychecks dated March 21 will be deposited on March 20. Time cards must be approved by 10 AM Monday.") +
          P("Payroll questions: %s." % phone()) + P(a.name))
    return M("staff_admin", "Payroll date change notice; no health content.", "Payroll timing change", a, box("all.employees", "All Employees"), html(h))


@reg("marketing")
def n_mk1():
    a = S("Community Outreach Coordinator", "", "Marketing & Communications")
    t = ("Free flu shot clinic!\n\nSaturday, October 18, 9 AM - 1 PM\nRiverside Cedar Bend Health Center\n\nNo appointment needed. "
         "Ages 6 months and older. Bring your insurance card if you have one - no one will be turned away.\n\nQuestions? Call %s.") % phone()
    return M("marketing", "Public flu-shot clinic promotion; no individual.", "Free flu shot clinic", a, box("community.list", "Riverside Community Newsletter"), alt(t, html_from_text(t)))


@reg("marketing")
def n_mk2():
    a = S("Talent Acquisition Partner", "", "Human Resources")
    body = ("Now hiring: Registered Nurse - Cardiac Step-Down (full time, nights)\n\nRiverside Medical Center is hiring experienced RNs for "
            "our 24-bed cardiac step-down unit. Requirements: Ohio RN license, BLS and ACLS, 1 year acute care experience. Telemetry "
            "experience preferred. $10,000 sign-on bonus.\n\nApply at careers.riversidehealth.example, requisition R-%s.\n\n%s") % (digits(5), a.sig())
    return M("marketing", "RN job posting; no individual's health.", "Now hiring - cardiac step-down RNs", a, box("recruitment.list", "Career Alerts"), text(body))


@reg("marketing")
def n_mk3():
    a = S("Marketing Manager", "", "Marketing & Communications")
    h = H(P("<b>October is Breast Cancer Awareness Month</b>") + P("Screening mammograms are available at five Riverside locations, with evening and Saturday hours. Women 40 and older should talk to their doctor about yearly screening.") +
          P("Book online or call " + phone() + ".") + P("<small>To unsubscribe, reply STOP.</small>"))
    return M("marketing", "Mammography awareness promotion to the public (HTML base64).", "Screening saves lives", a, box("community.list", "Riverside Community Newsletter"), html(h, "base64"))


@reg("name_only")
def n_no1():
    a = S("Volunteer Services Coordinator", "", "Volunteer Services")
    rows = [["Name", "Post", "Day", "Shift"]] + [[full(), R.choice(["Information desk", "Gift shop", "Surgery waiting room", "Wayfinding"]),
                                                  R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.choice(["8-12", "12-4"])] for _ in range(10)]
    body = ("Hi desk leads,\n\nThe spring volunteer roster is attached.\n\n%s") % a.sig()
    return M("name_only", "Volunteer roster (CSV) with names and posts; no health information.", "Spring volunteer roster", a, box("desk.leads", "Desk Leads"),
             mixed(text(body), csv_att("volunteers_spring.csv", rows)))


@reg("name_only")
def n_no2():
    a = S("Parking Services Coordinator", "", "Protection Services")
    lst = "\n".join("%s - permit P-%s - Garage B level %d" % (full(), digits(5), R.randint(1, 4)) for _ in range(6))
    body = ("Hello,\n\nThe following monthly parking permits were issued for March:\n\n%s\n\nPermits must hang from the mirror.\n\n%s") % (lst, a.sig())
    return M("name_only", "Monthly parking permit list with names; no health information.", "March permits", a, box("garage.attendants", "Garage Attendants"), text(body))


@reg("name_only")
def n_no3():
    a = S("Events Manager", "", "Riverside Health Foundation")
    lst = "<br>".join(full() for _ in range(8))
    h = H(P("Hi table captains,") + P("Here are the guests seated at the foundation gala Table 12 and 14:") + P(lst) + P("Please greet them at the door.") + P(a.name))
    return M("name_only", "Foundation gala seating list with guest names; no health information.", "Gala seating", a, box("gala.captains", "Gala Table Captains"), html(h))


@reg("other_label")
def n_ol1():
    a = S("Executive Assistant", "", "Office of the CFO")
    body = ("Attached are the minutes of the March capital committee. Approved: replacement of two chillers ($1.2M) and the ED "
            "waiting-room renovation ($640K). Deferred: parking garage resurfacing.\n\n%s") % a.sig()
    return M("other_label", "Capital committee minutes with the Internal sensitivity label; no patient.", "Capital committee minutes", a, box("capital.committee", "Capital Committee"),
             text(body), label="internal")


@reg("other_label")
def n_ol2():
    a = S("Food & Nutrition Services Manager", "RDN", "Food & Nutrition Services")
    t = ("This week in the cafeteria: Monday chili, Tuesday tacos, Wednesday stir-fry, Thursday roast chicken, Friday fish. "
         "Salad bar every day. The grill closes at 7 PM on Saturday for maintenance.\n\n" + a.name)
    return M("other_label", "Cafeteria menu with the General sensitivity label.", "Cafeteria this week", a, box("all.staff", "All Staff"), alt(t, html_from_text(t)), label="general")


@reg("other_label")
def n_ol3():
    a = S("Infrastructure Manager", "", "Information Services")
    body = ("Heads up: the file servers in data center A will be patched Saturday 11 PM - 2 AM. Shared drives will be read-only during "
            "the window. Clinical systems are not affected.\n\n%s") % a.sig()
    return M("other_label", "IT maintenance note with the Internal label ('Internal' name spelling omitted).", "Saturday patching", a, box("it.all", "IT Staff"),
             text(body, "quoted-printable"), label="internal", label_name="")


@reg("general")
def n_ge1():
    a = S("IT Service Desk", "")
    body = ("Outage notice: the Wi-Fi network 'RH-Guest' is down in the Millbrook Medical Office Building. Staff network 'RH-Secure' "
            "is working. Estimated repair time: 2 hours. Ticket INC%s.\n\nRiverside IT") % digits(7)
    return M("general", "IT Wi-Fi outage notice.", "Guest Wi-Fi outage - Millbrook", box("servicedesk", "IT Service Desk"), box("millbrook.staff", "Millbrook MOB Staff"), text(body))


@reg("general")
def n_ge2():
    v = vendor("Account Executive", "copyfleet.example.org")
    t = S("Director, Procurement", "", "Supply Chain")
    lines = ["# CopyFleet - Managed Print Proposal", "", "Prepared for: Riverside Health", "Devices: 212 multifunction printers",
             "Monthly base: $18,400   Cost per page (mono): $0.006   Color: $0.045", "Term: 60 months", "Includes toner, service, secure print release"]
    body = ("Dear %s,\n\nAttached is our managed print proposal as discussed.\n\n%s") % (t.first, v.sig())
    return M("general", "Vendor managed-print proposal (uncompressed PDF); no health content.", "Managed print proposal", v, t,
             mixed(text(body), pdf_att("CopyFleet_Proposal.pdf", lines, False, "Proposal")), inbound=True)


@reg("general")
def n_ge3():
    a = S("Budget Analyst", "", "Finance")
    t = S("Director, Rehabilitation Services", "PT, DPT")
    body = ("Hi %s,\n\nYour FY26 operating budget template is due April 11. Please enter salary and supply changes only; the "
            "volumes were pre-loaded from the FY25 forecast. Budget review meeting: April 22, 2 PM.\n\n%s") % (t.first, a.sig())
    return M("general", "Finance budget-season e-mail to a department director.", "FY26 budget due 4/11", a, t, text(body, "base64"))

# ============================================================================= POSITIVES
class Pt:
    def __init__(self, lo=1935, hi=2004, sex=None):
        self.first, self.last = name()
        self.dob = dob(lo, hi)
        self.age = age_of(self.dob)
        self.sex = sex or R.choice("FM")
        self.mrn = mrn()
        self.member = member()
        self.ssn = ssn()
        self.street, self.cityline = address()
        self.phone = phone()

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    @property
    def title(self):
        return ("Ms. " if self.sex == "F" else "Mr. ") + self.last

    @property
    def hl7dob(self):
        m, d, y = self.dob.split("/")
        return y + m + d

    @property
    def pemail(self):
        return '"%s" <%s%s%d@mail.example.net>' % (self.name, self.first.lower()[0], self.last.lower(), R.randint(1, 99))

    @property
    def he(self):
        return "she" if self.sex == "F" else "he"

    @property
    def his(self):
        return "her" if self.sex == "F" else "his"


def clin(title, cred, dept):
    return S(title, cred, dept)


LB = "lab_result"


@reg(LB)
def l01():
    p = Pt()
    d = clin("Primary Care Physician", "MD", "Riverside Family Medicine - Millbrook")
    n = clin("Clinical Nurse", "RN", "Riverside Family Medicine - Millbrook")
    a1c = R.choice(["8.2", "8.6", "9.1", "7.9"])
    body = ("%s,\n\nResults for your patient from this morning:\n\nPatient: %s, DOB %s\nHbA1c %s%% (was 7.1%% in September)\n"
            "Fasting glucose 168 mg/dL\nLDL cholesterol 121 mg/dL\nUrine albumin/creatinine ratio 48 mg/g\n\n"
            "%s is due for a visit anyway. Do you want to increase the metformin or add something? I can call %s today.\n\n%s") % (
        d.first, p.name, p.dob, a1c, p.first, p.first, n.sig())
    return M(LB, "Nurse to physician: named patient with DOB and HbA1c %s%%, glucose, LDL; no MRN." % a1c, "Results", n, d, text(body))


@reg(LB)
def l02():
    p = Pt()
    d = clin("Cardiologist", "MD", "Heart & Vascular Institute")
    a = clin("Medical Assistant", "CMA", "Heart & Vascular Institute")
    h = H(P("Dr. %s," % d.last) + P("&nbsp;") + P("Lipid panel for your 2:40 follow-up today:") +
          table([["Patient", "MRN", "DOB", "Collected"], [p.name, p.mrn, p.dob, "03/04/2025"]]) + P("&nbsp;") +
          table([["Test", "Result", "Units", "Reference"], ["Total cholesterol", "246", "mg/dL", "&lt;200"], ["LDL (calc)", "162", "mg/dL", "&lt;100"],
                 ["HDL", "38", "mg/dL", "&gt;40"], ["Triglycerides", "231", "mg/dL", "&lt;150"], ["ALT", "29", "U/L", "7&ndash;56"]]) +
          P("&nbsp;") + P(a.sig().replace("\n", "<br>")))
    return M(LB, "Lipid panel table for a named patient with MRN and DOB (HTML body).", "Follow-up today", a, d, html(h))


@reg(LB)
def l03():
    a = clin("Charge Nurse", "RN", "Emergency Department")
    t = clin("ED Physician", "DO", "Emergency Department")
    rows = [["patient", "mrn", "dob", "test", "result", "flag", "called_to", "time"]]
    for test, res in [("Potassium", "6.4 mmol/L"), ("Troponin I hs", "212 ng/L"), ("Lactate", "4.8 mmol/L"), ("Hemoglobin", "6.1 g/dL"), ("Blood culture", "Gram-positive cocci in clusters")]:
        p = Pt()
        rows.append([p.last + ", " + p.first, p.mrn, p.dob, test, res, "CRIT", t.name, "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))])
    body = ("Dr. %s,\n\nCritical values called overnight are attached for your sign-off.\n\n%s") % (t.last, a.sig())
    return M(LB, "Critical lab values list (CSV) with patient names, MRNs, DOBs and results.", "Overnight criticals", a, t, mixed(text(body), csv_att("criticals_overnight.csv", rows)))


@reg(LB)
def l04():
    p = Pt()
    a = clin("Laboratory Client Services", "", "Laboratory Outreach")
    t = S("Office Manager", "", "", "lakesidefamilypractice.example.org")
    lines = ["# Riverside Health Laboratory - Final Report", "", "Patient: %s      DOB: %s      Sex: %s" % (p.last.upper() + ", " + p.first.upper(), p.dob, p.sex),
             "MRN: %s     Collected: 03/03/2025 08:14     Reported: 03/03/2025 11:52" % p.mrn, "Ordering provider: Lakeside Family Practice", "",
             "# Complete blood count with differential", "Test                      Result    Flag   Units        Reference",
             "WBC                       14.8      H      x10^3/uL     4.0-11.0", "Hemoglobin                9.6       L      g/dL         12.0-15.5",
             "Hematocrit                29.4      L      %            36-46", "Platelets                 512       H      x10^3/uL     150-400",
             "Neutrophils               82        H      %            40-75", "MCV                       74        L      fL           80-100", "",
             "Comment: microcytic anemia with leukocytosis. Verified by: MLS(ASCP)."]
    body = ("Attached is the final CBC report for your patient %s.\n\n%s") % (p.name, a.sig())
    return M(LB, "CBC lab report (FlateDecode PDF) to an outside office: name, DOB, MRN, abnormal results.", "Lab report", a, t,
             mixed(text(body), pdf_att("LabReport_%s.pdf" % digits(6), lines, True, "Lab Report")))


@reg(LB)
def l05():
    p = Pt(sex="F")
    d = clin("Internist", "MD", "Riverside Internal Medicine - North Haven")
    lines = ["# Riverside Internal Medicine - North Haven", "", "March 5, 2025", "", p.name, p.street, p.cityline, "",
             "Dear %s %s," % ("Ms.", p.last), "", "Your thyroid blood test from February 28 is back:",
             "   TSH 9.8 mIU/L (normal 0.4-4.5)      Free T4 0.7 ng/dL (normal 0.8-1.8)", "",
             "This shows an underactive thyroid (hypothyroidism). I have sent a prescription for levothyroxine 50 mcg",
             "daily to your pharmacy. Please take it on an empty stomach and repeat the TSH in 6 weeks.", "", "Sincerely,", d.dname]
    body = ("Please mail the attached letter today.\n\n%s") % d.sig()
    return M(LB, "Result letter (uncompressed PDF) to a named patient with address: TSH 9.8, free T4 low; no MRN.", "Letter to mail", d, box("nh.frontdesk", "North Haven Front Desk"),
             mixed(text(body), pdf_att("Letter_%s.pdf" % p.last, lines, False, "Result Letter")))


@reg(LB)
def l06():
    p = Pt(1940, 1970, "M")
    n = clin("Registered Nurse", "RN", "5 West Medical")
    d = clin("Hospitalist", "MD", "Hospital Medicine")
    body = ("Dr. %s,\n\n%s in 5W-14 (Mr. %s) - AM labs: potassium 6.1, creatinine 2.4 (1.3 on admission), BUN 48. He is on "
            "lisinopril 20 mg and spironolactone. ECG shows peaked T waves. Can you come see him or put in orders?\n\n%s") % (d.last, p.name, p.last, n.sig())
    return M(LB, "Nurse page e-mail: named inpatient with potassium 6.1 and rising creatinine (QP); no identifiers.", "5W-14 labs", n, d, text(body, "quoted-printable"), importance="High")


@reg(LB)
def l07():
    p = Pt(1938, 1965)
    n = clin("Anticoagulation Clinic Pharmacist", "PharmD", "Anticoagulation Clinic")
    d = clin("Primary Care Physician", "MD", "Riverside Family Medicine - Cedar Bend")
    body = ("Dr. %s,\n\nFYI: %s (DOB %s) had an INR of 4.6 today on warfarin 5 mg daily (goal 2.0-3.0, atrial fibrillation). "
            "No bleeding. %s started ciprofloxacin 3 days ago for a UTI. I held tonight's dose, reduced to 2.5 mg on Tuesdays "
            "and Fridays, and will recheck INR on Monday.\n\n%s") % (d.last, p.name, p.dob, p.he.capitalize(), n.sig())
    return M(LB, "Anticoagulation clinic note: named patient with DOB, INR 4.6 on warfarin (base64 body); no MRN.", "INR today", n, d, text(body, "base64"))


@reg(LB)
def l08():
    p = Pt()
    d = clin("Family Physician", "DO", "Riverside Family Medicine - Greenfield")
    t = ("Dear %s,\n\nYour blood tests from your physical on March 3 are back.\n\nVitamin D, 25-hydroxy: 14 ng/mL (normal 30-100) - low\n"
         "Hemoglobin: 13.2 g/dL - normal\nComprehensive metabolic panel: normal\n\nPlease start vitamin D3 2,000 units daily. We will "
         "recheck in 3 months.\n\nDr. %s") % (p.first, d.last)
    return M(LB, "Portal-style result letter to a named patient: vitamin D 14 ng/mL (alternative); no identifiers.", "Your results", box("myriverside.noreply", "MyRiverside"),
             p.pemail, alt(t, html_from_text(t)))


@reg(LB)
def l09():
    p = Pt()
    a = clin("Integration Analyst", "", "Integration Services")
    obs = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pt1", "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": p.mrn, "type": {"text": "MRN"}}],
                      "name": [{"family": p.last, "given": [p.first]}], "birthDate": "%s-%s-%s" % (p.dob[-4:], p.dob[:2], p.dob[3:5]), "gender": "female" if p.sex == "F" else "male"}},
        {"resource": {"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0", "display": "Creatinine"}]},
                      "subject": {"reference": "Patient/pt1", "display": p.name}, "valueQuantity": {"value": 2.9, "unit": "mg/dL"}, "interpretation": [{"text": "H"}]}},
        {"resource": {"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "33914-3", "display": "eGFR"}]},
                      "subject": {"reference": "Patient/pt1", "display": p.name}, "valueQuantity": {"value": 22, "unit": "mL/min/1.73m2"}}}]}
    body = ("Hi team,\n\nThis is the result bundle that failed to post to the nephrology registry last night (error: missing "
            "performer). Attached so you can see the payload. Please reprocess after the fix.\n\n%s") % a.sig()
    return M(LB, "FHIR result bundle (JSON) with a patient's name, MRN, DOB and creatinine/eGFR.", "Failed result post", a, box("interfaces", "Interface Team"),
             mixed(text(body), json_att("failed_result_bundle.json", obs, "application/fhir+json")))


@reg(LB)
def l10():
    p = Pt()
    a = clin("Laboratory Information Systems Analyst", "", "Laboratory Information Systems")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<LabReport accession="%s">\n  <Patient>\n    <Name>%s, %s</Name>\n    <MRN>%s</MRN>\n    <DOB>%s</DOB>\n  </Patient>\n'
           '  <Panel name="Hepatic function panel" collected="2025-03-04T07:30">\n    <Result test="AST" value="188" units="U/L" ref="10-40" flag="H"/>\n'
           '    <Result test="ALT" value="236" units="U/L" ref="7-56" flag="H"/>\n    <Result test="Bilirubin, total" value="3.4" units="mg/dL" ref="0.1-1.2" flag="H"/>\n'
           '    <Result test="Alkaline phosphatase" value="142" units="U/L" ref="44-147"/>\n  </Panel>\n</LabReport>\n') % ("A" + digits(9), p.last, p.first, p.mrn, p.dob)
    body = ("Hepatology asked for the XML of this report for the transplant referral packet. Attached.\n\n%s") % a.sig()
    return M(LB, "Hepatic panel lab report (XML) with patient name, MRN, DOB and elevated AST/ALT/bilirubin.", "Report XML", a, box("hepatology", "Hepatology Clinic"),
             mixed(text(body, "quoted-printable"), xml_att("lab_report.xml", xml)))


@reg(LB)
def l11():
    p = Pt()
    v = S("Client Services", "", "", "quest-style-labs.example.org")
    d = clin("Endocrinologist", "MD", "Endocrinology")
    inner = ("Results for patient %s (DOB %s), collected 02/26/2025:\n\nCortisol, AM: 2.1 ug/dL (L)\nACTH: 96 pg/mL (H)\n"
             "Sodium: 131 mmol/L (L)\nPotassium: 5.4 mmol/L (H)\n\nOrdering physician: Dr. %s\n\n%s") % (p.name, p.dob, d.last, v.sig())
    fw = Fwd(fwd_headers(v, d, "Results available - %s" % p.last.upper(), when_str(27, 14, 3)), text(inner), "Results available.eml")
    body = ("Please scan this outside lab result into %s's chart and schedule a visit this week - low cortisol with high ACTH.\n\n%s") % (p.first + " " + p.last, d.sig())
    return M(LB, "Forwarded (rfc822) outside lab result: named patient with DOB, low AM cortisol and high ACTH; no MRN.", "FW: Results available", d,
             box("endo.nurses", "Endocrinology Nurses"), mixed(text(body), fw))


@reg(LB)
def l12():
    p = Pt(sex="F")
    n = clin("Nurse Practitioner", "APRN-CNP", "Riverside Urgent Care - Oak Ridge")
    t = clin("Clinical Pharmacist", "PharmD", "Riverside Urgent Care - Oak Ridge")
    txt = ("MICROBIOLOGY - URINE CULTURE\nPatient: %s   DOB: %s\nCollected: 03/02/2025   Final: 03/05/2025\n\n"
           "Organism: Escherichia coli  >100,000 CFU/mL\n\nSusceptibility     MIC     Interp\nAmpicillin         >=32    R\n"
           "Nitrofurantoin     <=16    S\nCiprofloxacin      >=4     R\nCeftriaxone        <=1     S\nTMP-SMX            >=320   R\n") % (p.name, p.dob)
    body = ("Hi %s,\n\nCulture for the patient I saw Sunday is back (attached). She was sent home on ciprofloxacin, which is resistant. "
            "Can you call in nitrofurantoin 100 mg BID x 5 days and let her know?\n\n%s") % (t.first, n.sig())
    return M(LB, "Urine culture with susceptibilities for a named patient with DOB (TXT attachment); no MRN.", "Culture back", n, t,
             mixed(text(body), txt_att("urine_culture.txt", txt)))


@reg(LB)
def l13():
    p = Pt()
    a = clin("Oncology Nurse Navigator", "RN, OCN", "Cancer Center")
    d = clin("Medical Oncologist", "MD", "Cancer Center")
    doc = ("<html><body><h3>Riverside Laboratory - Pre-chemotherapy labs</h3>\n<p>Patient: %s &nbsp; MRN: %s &nbsp; DOB: %s</p>\n"
           "<table border=\"1\"><tr><th>Test</th><th>Result</th><th>Ref</th></tr>\n<tr><td>ANC</td><td>0.9 x10^3/uL (L)</td><td>1.5-8.0</td></tr>\n"
           "<tr><td>Platelets</td><td>88 x10^3/uL (L)</td><td>150-400</td></tr>\n<tr><td>Creatinine</td><td>1.0 mg/dL</td><td>0.6-1.2</td></tr>\n"
           "<tr><td>CEA</td><td>14.2 ng/mL (H)</td><td>&lt;3.0</td></tr></table></body></html>\n") % (p.name, p.mrn, p.dob)
    body = ("Dr. %s,\n\nPre-chemo labs for tomorrow's FOLFOX cycle 4 are attached - ANC is 0.9. Hold or dose-reduce?\n\n%s") % (d.last, a.sig())
    return M(LB, "Pre-chemotherapy labs (HTML attachment) with name, MRN, DOB, ANC 0.9 and CEA.", "Labs for tomorrow", a, d, mixed(text(body), html_att("prechemo_labs.html", doc)))


@reg(LB)
def l14():
    p = Pt()
    n = clin("Dialysis Nurse", "RN, CNN", "Outpatient Dialysis")
    d = clin("Nephrologist", "MD", "Nephrology")
    m, dd, y = p.dob.split("/")
    h = H(P("Dr. %s," % d.last) + P("&nbsp;") + P("Monthly labs for <span>%s</span> <span>%s</span>, DOB <span>%s/%s/</span><span>%s</span>:" % (p.first, p.last, m, dd, y)) +
          table([["Test", "Result"], ["Hemoglobin", "9.2&nbsp;g/dL"], ["Phosphorus", "7.1&nbsp;mg/dL"], ["Calcium", "8.4&nbsp;mg/dL"], ["PTH, intact", "612&nbsp;pg/mL"],
                 ["Albumin", "3.2&nbsp;g/dL"], ["Kt/V", "1.1"]]) + P("&nbsp;") + P("Phosphorus is up again; binder adherence has been poor.") + P(n.sig().replace("\n", "<br>")))
    return M(LB, "Dialysis monthly labs (HTML) with a span-split DOB and name; phosphorus, PTH, Kt/V; no MRN.", "Monthly labs", n, d, html(h, "base64"))


@reg(LB)
def l15():
    p = Pt(1945, 1965, "M")
    d = clin("Urologist", "MD", "Riverside Urology")
    body = ("Dear Mr. %s,\n\nYour PSA blood test from February 27 was 9.6 ng/mL. Last year it was 4.1 ng/mL. Because of this rise, I "
            "recommend a prostate MRI and a follow-up visit to discuss whether a biopsy is needed. My office will call you to "
            "schedule both.\n\nSincerely,\n%s") % (p.last, d.sig())
    return M(LB, "PSA result letter to a named patient: 9.6 ng/mL (QP); no identifiers.", "Your PSA result", d, p.pemail, text(body, "quoted-printable"))


@reg(LB)
def l16():
    p = Pt()
    d = clin("Primary Care Physician", "MD", "Riverside Internal Medicine - Lakeview")
    t = clin("Nephrologist", "MD", "Nephrology")
    body = ("Hi %s,\n\nCurbside question about %s, 67, with type 2 diabetes: creatinine trend 1.2 (June) -> 1.6 (Nov) -> 1.9 (last week), "
            "eGFR now 36, urine albumin/creatinine 410 mg/g, potassium 5.2. On losartan 100 mg and empagliflozin 10 mg. "
            "Should I refer now or can it wait for the April visit?\n\nThanks,\n%s") % (t.first, p.name, d.sig())
    return M(LB, "Curbside to nephrology: named patient with creatinine/eGFR trend and albuminuria; no identifiers.", "Curbside question", d, t, text(body))


@reg(LB)
def l17():
    p = Pt()
    a = clin("Cardiac Rehab Coordinator", "RN", "Cardiac Rehabilitation")
    d = clin("Preventive Cardiologist", "MD", "Heart & Vascular Institute")
    body = ("Dr. %s,\n\nEntry labs for %s (MRN %s): LDL 98 mg/dL on atorvastatin 80 mg, HbA1c 6.9%%, hs-CRP 3.4 mg/L. "
            "Starts phase II rehab on Monday.\n\n%s") % (d.last, p.name, p.mrn, a.sig())
    return M(LB, "Cardiac rehab entry labs for a named patient with MRN; also carries the PHI sensitivity label.", "Rehab entry labs", a, d, text(body), label="phi")


@reg(LB)
def l18():
    p = Pt()
    d = clin("Family Physician", "MD", "Riverside Family Medicine - Fairmont")
    body = ("Hi Dr. %s,\n\nI saw on the portal that my cholesterol came back at 278 and my LDL is 190. That seems really high - my "
            "dad had a heart attack at 52. Should I be starting a statin? I'd rather talk before the pharmacy calls.\n\nThanks,\n%s\n%s") % (
        d.last, p.name, p.phone)
    return M(LB, "Patient e-mail about own cholesterol 278 / LDL 190 and family history; no identifiers (inbound).", "Question about my results", p.pemail, d,
             text(body), inbound=True)

RF = "referral"


@reg(RF)
def r01():
    p = Pt(1945, 1975)
    d = clin("Family Physician", "MD", "Riverside Family Medicine - Millbrook")
    t = clin("Cardiologist", "MD", "Heart & Vascular Institute")
    body = ("Dear Dr. %s,\n\nI am referring %s, a %d-year-old with exertional chest pressure for 6 weeks, relieved by rest. "
            "History of hypertension and hyperlipidemia; former smoker. ECG in the office showed nonspecific ST changes. "
            "I started aspirin 81 mg and metoprolol 25 mg twice daily. Could you see %s for a stress test and evaluation in the "
            "next 1-2 weeks?\n\nThank you,\n%s") % (t.last, p.name, p.age, "her" if p.sex == "F" else "him", d.sig())
    return M(RF, "Referral letter to cardiology: named patient with exertional angina and meds; no identifiers.", "New referral", d, t, text(body))


@reg(RF)
def r02():
    p = Pt(1960, 2000)
    d = clin("Orthopaedic Surgeon", "MD", "Riverside Orthopaedics")
    t = clin("Physical Therapy Scheduler", "", "Rehabilitation Services")
    body = ("Hi %s,\n\nPlease schedule %s for outpatient PT: right rotator cuff repair on 02/20/2025. Phase 1 protocol, sling for "
            "4 more weeks, passive ROM only until 6 weeks post-op. 2x/week for 12 weeks. %s phone is %s.\n\nThanks,\n%s") % (
        t.first, p.name, p.his.capitalize(), p.phone, d.sig())
    return M(RF, "Ortho to PT referral: named patient, phone, rotator cuff repair protocol (QP).", "PT referral", d, t, text(body, "quoted-printable"))


@reg(RF)
def r03():
    p = Pt()
    d = clin("Internist", "MD", "Riverside Internal Medicine - North Haven")
    t = S("Referral Intake", "", "", "valleygi.example.org")
    h = H(P("Valley GI referral intake,") + P("&nbsp;") + P("Please accept this referral:") +
          table([["Patient", p.name], ["DOB", p.dob], ["Phone", p.phone], ["Reason", "Iron-deficiency anemia (D50.9), positive FIT test (R19.5)"],
                 ["Requested", "Colonoscopy and upper endoscopy"], ["Labs", "Hgb 10.1 g/dL, ferritin 6 ng/mL"]]) + P("&nbsp;") + P(d.sig().replace("\n", "<br>")))
    return M(RF, "GI referral (HTML) with name, DOB, phone, anemia, positive FIT and ICD codes.", "Referral - Valley GI", d, t, html(h))


@reg(RF)
def r04():
    p = Pt()
    v = S("Front Office", "", "", "brightonpediatrics.example.org")
    t = clin("Referral Coordinator", "", "Riverside Pediatrics")
    p2 = Pt(2012, 2020)
    lines = ["# BRIGHTON PEDIATRICS - REFERRAL FORM", "", "Date: 03/03/2025", "Referred to: Riverside Pediatric Endocrinology",
             "Patient: %s     DOB: %s" % (p2.name, p2.dob), "Parent/guardian: %s     Phone: %s" % (p.name, p.phone),
             "Insurance: Buckeye Health Plan", "", "Reason for referral: short stature, height below 3rd percentile, growth velocity 3.1 cm/yr.",
             "Bone age x-ray: delayed by 2 years.  TSH normal.  IGF-1 low for age.", "Urgency: routine", "", "Referring provider: Brighton Pediatrics"]
    body = ("Please see the attached referral for pediatric endocrinology.\n\n%s") % v.sig()
    return M(RF, "Faxed-style pediatric endocrinology referral form (FlateDecode PDF) for a named child with DOB and growth findings.", "Referral", v, t,
             mixed(text(body), pdf_att("Referral_%s.pdf" % digits(5), lines, True, "Referral")), inbound=True)


@reg(RF)
def r05():
    p = Pt()
    v = S("Physician Assistant", "PA-C", "", "urgentcareplus.example.org")
    a = clin("Dermatology Scheduler", "", "Riverside Dermatology")
    inner = ("Hello,\n\nWe saw %s today (DOB %s) for a 9 mm irregular pigmented lesion on the left upper back that has changed over "
             "3 months. Concern for melanoma. Requesting dermatology evaluation and biopsy within 2 weeks.\n\n%s") % (p.name, p.dob, v.sig())
    fw = Fwd(fwd_headers(v, '"Riverside Dermatology" <dermatology@riversidehealth.example>', "Referral - suspicious lesion", when_str(28, 17, 12)), text(inner), "Referral - suspicious lesion.eml")
    body = ("Forwarding to the urgent slot list - please call %s to schedule.\n\n%s") % (p.first, a.sig())
    return M(RF, "Forwarded (rfc822) urgent-care dermatology referral: named patient, DOB, suspected melanoma.", "FW: Referral - suspicious lesion", a,
             box("derm.urgent", "Dermatology Urgent Slots"), mixed(text(body), fw))


@reg(RF)
def r06():
    p = Pt()
    a = clin("Care Coordinator", "LSW", "Behavioral Health Integration")
    obj = {"referral_id": "REF-%s" % digits(7), "created": "2025-03-05T10:22:00-05:00", "from": "Riverside Family Medicine - Oak Ridge",
           "to": "Riverside Behavioral Health - Outpatient", "patient": {"name": p.name, "dob": p.dob, "phone": p.phone, "member_id": p.member},
           "reason": "Major depressive disorder, recurrent, moderate (F33.1); PHQ-9 score 17", "urgency": "within 2 weeks",
           "notes": "Prefers telehealth. Started sertraline 50 mg on 02/20."}
    body = ("Hi intake team,\n\nThe e-referral below did not cross to your queue because of the interface outage. JSON attached - please "
            "enter it manually.\n\n%s") % a.sig()
    return M(RF, "Behavioral-health e-referral (JSON): name, DOB, member id, F33.1 and PHQ-9.", "Referral did not cross", a, box("bh.intake", "Behavioral Health Intake"),
             mixed(text(body), json_att("referral.json", obj)))


CN = "clinical_note"


@reg(CN)
def c01():
    p = Pt()
    d = clin("Internist", "MD", "Riverside Internal Medicine - Lakeview")
    txt = ("PROGRESS NOTE\nPatient: %s   DOB: %s   Visit: 03/04/2025\n\nS: Follow-up of diabetes and hypertension. Home BPs 140s/90s. "
           "Occasional numbness in feet.\nO: BP 148/92, HR 78, BMI 33.1. Monofilament decreased bilaterally.\n"
           "A/P:\n1. Type 2 diabetes with diabetic polyneuropathy (E11.42) - A1c 8.4%%. Add semaglutide 0.25 mg weekly.\n"
           "2. Essential hypertension (I10) - increase lisinopril to 20 mg.\n3. Obesity, BMI 33 (E66.9, Z68.33) - diet referral.\n"
           "Return in 3 months.\n") % (p.name, p.dob)
    body = ("Hi %s,\n\nHere is my note from this morning for the coding review you asked for.\n\n%s") % (R.choice(FIRST), d.sig())
    return M(CN, "Progress note (TXT) for a named patient with DOB and ICD-10-CM codes E11.42, I10, E66.9.", "Note for review", d, box("coding.review", "Coding Review"),
             mixed(text(body), txt_att("progress_note.txt", txt)))


@reg(CN)
def c02():
    p = Pt(1930, 1950)
    n = clin("Night Charge Nurse", "RN", "4 West Medical-Surgical")
    d = clin("Nurse Manager", "RN", "4 West Medical-Surgical")
    body = ("%s,\n\nFor the morning huddle: Mrs. %s %s in 4W-22 was found on the floor at 0310 next to her bed. She is on "
            "apixaban. Small hematoma left forehead, neuro checks normal, CT head negative. The hospitalist saw her; bed alarm "
            "on and sitter requested. Family (daughter) notified.\n\n%s") % (d.first, p.first, p.last, n.sig())
    return M(CN, "Nursing event note: named inpatient fall on apixaban, CT head negative; no codes or identifiers.", "Overnight event 4W-22", n, d, text(body))


@reg(CN)
def c03():
    p = Pt()
    d = clin("Infectious Disease Physician", "MD", "Infectious Disease")
    t = clin("Hospitalist", "MD", "Hospital Medicine")
    h = H(P("<b>ID Consult Note</b>") + P("Patient: %s &nbsp;&nbsp; MRN: %s" % (p.name, p.mrn)) +
          P("Reason: MRSA bacteremia, day 3. TTE without vegetation. Blood cultures from 3/2 still positive.") +
          P("Recommendations:<br>1. Continue vancomycin, goal AUC 400&ndash;600.<br>2. TEE to exclude endocarditis.<br>3. Repeat blood cultures daily until negative.<br>4. Remove the right arm PICC.") +
          P("&nbsp;") + P(d.sig().replace("\n", "<br>")))
    return M(CN, "Infectious disease consult note (HTML) with name, MRN and MRSA bacteremia plan.", "ID consult", d, t, html(h))


@reg(CN)
def c04():
    p = Pt()
    d = clin("Hospitalist", "DO", "Hospital Medicine")
    lines = ["# HISTORY AND PHYSICAL", "", "Patient: %s   DOB: %s   MRN: %s" % (p.name, p.dob, p.mrn), "Admitted: 03/05/2025",
             "", "Chief complaint: shortness of breath and leg swelling for 1 week.",
             "HPI: %d-year-old with heart failure with reduced EF (35%%), CKD stage 3, gained 5 kg." % p.age,
             "Exam: JVP 12 cm, bibasilar crackles, 2+ pitting edema.", "BNP 1,840 pg/mL; creatinine 1.7; chest x-ray with pulmonary edema.", "",
             "Assessment: acute on chronic systolic heart failure (I50.23).", "Plan: IV furosemide 40 mg BID, daily weights, strict I/O,",
             "hold metoprolol succinate today, echo, cardiology consult."]
    body = ("H&P attached for the transfer packet.\n\n%s") % d.sig()
    return M(CN, "H&P (uncompressed PDF) with name, DOB, MRN, acute on chronic HF (I50.23).", "H&P", d, box("transfer.center", "Transfer Center"),
             mixed(text(body), pdf_att("HP_%s.pdf" % p.last, lines, False, "H&P")))


@reg(CN)
def c05():
    p = Pt(1990, 2005)
    d = clin("Emergency Physician", "MD", "Emergency Department")
    t = clin("OB/GYN", "MD", "Riverside Women's Health")
    body = ("Dr. %s,\n\nED note summary for your patient %s, seen last night: 8 weeks pregnant by dates, vaginal bleeding and cramping. "
            "hCG 2,840; transvaginal ultrasound shows no intrauterine pregnancy and a 2 cm left adnexal mass. Stable vitals. "
            "Rh negative - RhoGAM given. Concern for ectopic pregnancy; %s declined admission and will follow up in your clinic "
            "at 9 AM with repeat hCG.\n\n%s") % (t.last, p.name, "she", d.sig())
    return M(CN, "ED note summary (base64 body): named patient with possible ectopic pregnancy, hCG, ultrasound; no identifiers.", "ED visit last night", d, t, text(body, "base64"))


@reg(CN)
def c06():
    p = Pt()
    d = clin("Psychiatrist", "MD", "Behavioral Health")
    t = clin("Primary Care Physician", "MD", "Riverside Family Medicine - Cedar Bend")
    tx = ("Dr. %s,\n\nThank you for referring %s. Summary of today's psychiatric evaluation:\n\n"
          "Diagnoses: generalized anxiety disorder (F41.1); insomnia (G47.00).\n"
          "History: 2 years of worry, muscle tension and poor sleep; no suicidal ideation. GAD-7 score 16.\n"
          "Plan: start escitalopram 5 mg daily for 1 week, then 10 mg; CBT referral; avoid benzodiazepines. Follow-up in 4 weeks.\n\n%s") % (t.last, p.name, d.sig())
    return M(CN, "Psychiatry consult summary (alternative) for a named patient with F41.1, G47.00, GAD-7 and plan.", "Consult summary", d, t, alt(tx, html_from_text(tx)))


DC = "discharge"


@reg(DC)
def d01():
    p = Pt()
    d = clin("Hospitalist", "MD", "Hospital Medicine")
    t = S("Office Manager", "", "", "oakridgeprimarycare.example.org")
    lines = ["# DISCHARGE SUMMARY", "", "Patient: %s      DOB: %s      MRN: %s" % (p.name, p.dob, p.mrn), "Admitted: 02/28/2025     Discharged: 03/04/2025",
             "Attending: " + d.dname, "", "Principal diagnosis: community-acquired pneumonia, right lower lobe (J18.1)",
             "Secondary: COPD (J44.9), type 2 diabetes (E11.9)", "", "Hospital course: treated with ceftriaxone and azithromycin, transitioned",
             "to oral cefpodoxime. Oxygen weaned to room air on day 3.", "", "Discharge medications: cefpodoxime 200 mg BID x 3 more days; home inhalers;",
             "metformin 1000 mg BID.", "Follow-up: PCP within 7 days; repeat chest x-ray in 6 weeks."]
    body = ("Attached is the discharge summary for your patient %s, discharged today.\n\n%s") % (p.name, d.sig())
    return M(DC, "Discharge summary (FlateDecode PDF) with name, DOB, MRN, pneumonia J18.1 and discharge meds.", "Discharge summary", d, t,
             mixed(text(body), pdf_att("DischargeSummary.pdf", lines, True, "Discharge Summary")))


@reg(DC)
def d02():
    p = Pt()
    n = clin("Discharge Nurse", "RN", "Orthopaedic Unit")
    doc = ("<html><body><h2>Your Discharge Instructions</h2>\n<p>Name: %s &nbsp; Date of birth: %s &nbsp; Discharge date: 03/05/2025</p>\n"
           "<p>You had a <b>right total knee replacement</b> on 03/03/2025.</p>\n<ul><li>Take apixaban 2.5 mg twice daily for 12 days to prevent blood clots.</li>\n"
           "<li>Oxycodone 5 mg every 6 hours as needed for severe pain; acetaminophen 1,000 mg every 8 hours.</li>\n"
           "<li>Keep the dressing dry. Physical therapy 3 times a week.</li></ul>\n<p>Follow-up with Dr. %s in 2 weeks.</p></body></html>\n") % (p.name, p.dob, R.choice(LAST))
    body = ("Hi %s,\n\nAttached is a copy of your discharge instructions as you asked, so your daughter can read them.\n\n%s") % (p.first, n.sig())
    return M(DC, "Completed discharge instructions (HTML attachment) for a named patient after knee replacement.", "Your instructions", n, p.pemail,
             mixed(text(body), html_att("discharge_instructions.html", doc)))


@reg(DC)
def d03():
    p = Pt()
    d = clin("Hospitalist", "MD", "Hospital Medicine")
    t = clin("Primary Care Physician", "MD", "Riverside Internal Medicine - Lakeview")
    body = ("Dr. %s,\n\nYour patient %s (DOB %s) was discharged today after 4 days for diabetic ketoacidosis (E10.10), triggered "
            "by a missed insulin pump infusion set change. Discharged on insulin glargine 22 units nightly and lispro with meals "
            "per scale until the pump is restarted with diabetes education. Please see %s within 1 week.\n\n%s") % (
        t.last, p.name, p.dob, "her" if p.sex == "F" else "him", d.sig())
    return M(DC, "Discharge notice to PCP (QP, Internal label): named patient with DOB, DKA E10.10 and insulin regimen.", "Discharged today", d, t,
             text(body, "quoted-printable"), label="internal")


@reg(DC)
def d04():
    p = Pt(1930, 1950)
    a = clin("Case Manager", "RN, CCM", "Care Management")
    t = S("Intake Coordinator", "", "", "homecareconnect.example.org")
    body = ("Hi %s,\n\n%s (DOB %s, %s, %s) is being discharged home tomorrow after a left hip fracture repair (ORIF on 02/27). "
            "Home health orders: PT and OT evaluation, skilled nursing for enoxaparin teaching and wound checks. Weight bearing as "
            "tolerated with walker. Daughter will be at home. Phone %s.\n\n%s") % (t.first, p.name, p.dob, p.street, p.cityline, p.phone, a.sig())
    return M(DC, "Discharge-to-home-health handoff: named patient, DOB, address, hip fracture, orders.", "Discharge tomorrow - home health", a, t, text(body))


@reg(DC)
def d05():
    p = Pt()
    a = clin("Integration Analyst", "", "Integration Services")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<DischargeNotification>\n  <Patient name="%s" dob="%s" mrn="%s"/>\n'
           '  <Encounter admit="2025-02-26" discharge="2025-03-03" disposition="Skilled nursing facility"/>\n'
           '  <Diagnoses><Dx code="I63.9" description="Cerebral infarction, unspecified"/><Dx code="I48.91" description="Atrial fibrillation"/></Diagnoses>\n'
           '  <Medications><Med>apixaban 5 mg twice daily</Med><Med>atorvastatin 80 mg daily</Med></Medications>\n'
           '  <Destination>Maple Grove Rehabilitation</Destination>\n</DischargeNotification>\n') % (p.name, p.dob, p.mrn)
    body = ("The SNF discharge notification for this patient bounced from the partner's endpoint. Attaching the XML so the transition "
            "team can fax it.\n\n%s") % a.sig()
    return M(DC, "Discharge notification (XML) with name, DOB, MRN, stroke I63.9 and meds to SNF.", "Bounced discharge notification", a, box("transitions", "Transitions Team"),
             mixed(text(body, "quoted-printable"), xml_att("discharge_notification.xml", xml)))


@reg(DC)
def d06():
    p = Pt()
    v = S("Health Information Management", "", "", "stmarksregional.example.org")
    a = clin("Care Coordinator", "RN", "Riverside Family Medicine - Fairmont")
    inner = ("DISCHARGE SUMMARY - St. Mark's Regional\nPatient: %s   DOB: %s\nAdmit 02/24/2025  Discharge 02/27/2025\n"
             "Diagnosis: acute pancreatitis (K85.90), alcohol use disorder.\nDischarged on pancrelipase, thiamine 100 mg daily, "
             "folic acid. Advised alcohol cessation; referral to outpatient program given.\nFollow-up with PCP in 1 week.\n\n%s") % (p.name, p.dob, v.sig())
    fw = Fwd(fwd_headers(v, a, "Discharge summary", when_str(27, 16, 30)), text(inner), "Discharge summary.eml")
    body = ("Dr. %s - outside hospital discharge summary for %s below. I scheduled a follow-up on Monday.\n\n%s") % (R.choice(LAST), p.name, a.sig())
    return M(DC, "Forwarded (rfc822) outside-hospital discharge summary: named patient with DOB, pancreatitis K85.90.", "FW: Discharge summary", a,
             box("fairmont.providers", "Fairmont Providers"), mixed(text(body), fw))

AP = "appointment"


@reg(AP)
def a01():
    p = Pt()
    body = ("Hello %s,\n\nYour MRI of the lumbar spine is scheduled:\n\nDate: Friday, March 14, 2025\nTime: 7:30 AM (please arrive at 7:00)\n"
            "Location: Riverside Imaging Center, Main Campus, 1st floor\n\nRemove all metal. If you have a pacemaker or other implant, call "
            "us before the exam at %s.\n\nRiverside Imaging Scheduling") % (p.name, phone())
    return M(AP, "Appointment confirmation to a named patient for a lumbar MRI with date and place.", "Your appointment", box("imaging.scheduling", "Riverside Imaging Scheduling"), p.pemail, text(body))


@reg(AP)
def a02():
    p = Pt()
    h = H(P("Dear %s," % p.name) + P("This confirms your appointment:") + table([["Clinic", "Riverside Sleep Disorders Center"], ["Test", "Overnight sleep study (polysomnography)"],
          ["Date", "Tuesday, March 18, 2025, 8:30&nbsp;PM"], ["Provider", "Dr. %s" % R.choice(LAST)], ["Bring", "Your CPAP mask if you have one; bedtime medications"]]) +
          P("&nbsp;") + P("Reply or call %s to reschedule." % phone()))
    return M(AP, "Sleep study appointment confirmation (HTML, QP) to a named patient.", "Appointment confirmation", box("sleep.center", "Riverside Sleep Center"), p.pemail, html(h))


@reg(AP)
def a03():
    a = clin("Clinic Coordinator", "", "Riverside Cardiology - Lakeview")
    rows = [["time", "patient", "dob", "visit_type", "reason", "provider"]]
    for tm, vt, rs in [("08:00", "New", "Atrial fibrillation, new diagnosis"), ("08:40", "Follow-up", "Heart failure, post-discharge"),
                       ("09:20", "Procedure", "Cardioversion pre-visit"), ("10:00", "Follow-up", "Hypertension"), ("10:40", "Device check", "Pacemaker interrogation"),
                       ("11:20", "New", "Syncope")]:
        p = Pt()
        rows.append([tm, p.name, p.dob, vt, rs, "Dr. " + R.choice(LAST)])
    body = ("Hi team,\n\nTomorrow's clinic schedule is attached so you can prep the charts.\n\n%s") % a.sig()
    return M(AP, "Next-day cardiology clinic schedule (CSV) with patient names, DOBs and visit reasons.", "Tomorrow's schedule", a, box("lakeview.cardio", "Lakeview Cardiology Staff"),
             mixed(text(body, "quoted-printable"), csv_att("schedule_tomorrow.csv", rows)))


@reg(AP)
def a04():
    p = Pt()
    a = clin("GI Scheduler", "", "Digestive Health Center")
    d = clin("Gastroenterologist", "MD", "Digestive Health Center")
    n = clin("GI Nurse", "RN", "Digestive Health Center")
    desc = "Colonoscopy - %s (DOB %s). Screening, family history of colon cancer. Split-dose prep; driver confirmed." % (p.name, p.dob)
    cal = ics("Colonoscopy - %s" % p.name, "20250320T073000", "20250320T083000", "Endoscopy Suite Room 2", desc, a, [d, n])
    tx = "%s\n\nEndoscopy Suite Room 2, Thursday 03/20 7:30 AM.\n\n%s" % (desc, a.sig())
    return M(AP, "Calendar invitation for a named patient's colonoscopy with DOB and indication.", "Colonoscopy - %s" % p.name, a, [d, n],
             Multi("alternative", [text(tx), cal]))


@reg(AP)
def a05():
    p = Pt()
    body = ("Hola %s:\n\nLe recordamos su cita de control prenatal con la Dra. %s el martes 25 de marzo a las 10:15 AM en Riverside "
            "Women's Health, Cedar Bend. Tendra su ultrasonido de las 20 semanas el mismo dia. Traiga sus vitaminas prenatales.\n\n"
            "Para cambiar la cita llame al %s.\n\nRiverside Women's Health") % (p.first + " " + p.last, R.choice(LAST), phone())
    return M(AP, "Spanish prenatal appointment reminder (QP, es-US) for a named patient with 20-week ultrasound.", "Recordatorio de cita", box("womens.health", "Riverside Women's Health"),
             p.pemail, text(body, "quoted-printable"), lang="es-US")


@reg(AP)
def a06():
    p = Pt()
    a = clin("Infusion Scheduler", "", "Oncology Infusion Center")
    t = clin("Oncology Nurse Navigator", "RN, OCN", "Cancer Center")
    tx = ("Hi %s,\n\n%s's cycle 3 of pembrolizumab is moved from 3/12 to 3/14 at 9:00 AM, chair 6, because of the pump recall. Labs at 8:15. "
          "I called %s and %s confirmed.\n\n%s") % (t.first, p.name, "her" if p.sex == "F" else "him", p.he, a.sig())
    return M(AP, "Infusion appointment change (alternative): named patient, pembrolizumab cycle 3, new date.", "Reschedule cycle 3", a, t, alt(tx, html_from_text(tx)))


MD = "medication"


@reg(MD)
def m01():
    p = Pt()
    d = clin("Family Physician", "MD", "Riverside Family Medicine - Greenfield")
    n = clin("Clinical Nurse", "RN", "Riverside Family Medicine - Greenfield")
    body = ("%s,\n\nPlease call %s and let %s know I sent metformin 500 mg twice daily with meals to the pharmacy. Start with one "
            "tablet at dinner for a week, then twice daily. Recheck A1c in 3 months.\n\n%s") % (n.first, p.name, "her" if p.sex == "F" else "him", d.sig())
    return M(MD, "Physician asks nurse to call a named patient about starting metformin 500 mg twice daily.", "Please call", d, n, text(body))


@reg(MD)
def m02():
    p = Pt()
    body = ("Hi,\n\nThis is %s, date of birth %s. I need a refill of my levothyroxine 100 mcg and amlodipine 10 mg. I have 3 days "
            "left. Please send to the Riverside Outpatient Pharmacy.\n\nThank you,\n%s\n%s") % (p.name, p.dob, p.name, p.phone)
    return M(MD, "Patient refill request (QP, inbound): name, DOB, levothyroxine 100 mcg and amlodipine 10 mg.", "Refill request", p.pemail,
             box("refills.greenfield", "Greenfield Refill Line"), text(body, "quoted-printable"), inbound=True)


@reg(MD)
def m03():
    p = Pt()
    a = clin("Clinical Pharmacist", "PharmD, BCACP", "Ambulatory Pharmacy")
    d = clin("Cardiologist", "MD", "Heart & Vascular Institute")
    h = H(P("Dr. %s," % d.last) + P("Medication reconciliation for %s before Thursday's visit:" % p.name) +
          table([["Medication", "Dose", "Directions", "Note"], ["Sacubitril/valsartan", "49/51 mg", "Twice daily", "Started 1/15"],
                 ["Carvedilol", "12.5 mg", "Twice daily", ""], ["Spironolactone", "25 mg", "Daily", "K 4.9 last week"],
                 ["Dapagliflozin", "10 mg", "Daily", ""], ["Furosemide", "40 mg", "Daily", "Takes extra dose on weekends"]]) +
          P("Patient reports dizziness on standing. Consider reducing furosemide.") + P(a.sig().replace("\n", "<br>")))
    return M(MD, "Medication reconciliation table (HTML) for a named heart-failure patient with doses.", "Med rec for Thursday", a, d, html(h))


@reg(MD)
def m04():
    a = clin("Anticoagulation Clinic Pharmacist", "PharmD", "Anticoagulation Clinic")
    rows = [["patient", "dob", "drug", "dose", "indication", "last_inr", "next_check"]]
    for ind in ["Atrial fibrillation", "Mechanical mitral valve", "DVT", "Pulmonary embolism", "Atrial fibrillation"]:
        p = Pt()
        rows.append([p.name, p.dob, "warfarin", "%s mg daily" % R.choice(["2.5", "5", "7.5", "5 mg Mon-Fri, 2.5"]), ind, "%.1f" % R.uniform(1.6, 3.8), "03/%02d/2025" % R.randint(10, 28)])
    body = ("Covering pharmacist: this week's warfarin roster is attached.\n\n%s") % a.sig()
    return M(MD, "Warfarin clinic roster (CSV) with patient names, DOBs, doses, indications and INRs.", "Coverage roster", a, box("anticoag.team", "Anticoagulation Team"),
             mixed(text(body), csv_att("warfarin_roster.csv", rows)))


@reg(MD)
def m05():
    p = Pt()
    a = clin("Transitions of Care Pharmacist", "PharmD", "Pharmacy")
    lines = ["# MEDICATION LIST AT DISCHARGE", "", "Patient: %s     DOB: %s" % (p.name, p.dob), "",
             "NEW:      apixaban 5 mg by mouth twice daily", "NEW:      diltiazem ER 120 mg by mouth daily",
             "CHANGED:  metoprolol tartrate 25 mg twice daily -> STOPPED (replaced by diltiazem)",
             "CONTINUE: atorvastatin 40 mg daily", "CONTINUE: omeprazole 20 mg daily", "STOP:     aspirin 81 mg (on apixaban)", "",
             "Reviewed with patient and spouse on 03/05/2025."]
    body = ("Attached is the discharge medication list we reviewed, for your records.\n\n%s") % a.sig()
    return M(MD, "Discharge medication list (uncompressed PDF) for a named patient: apixaban, diltiazem; no MRN.", "Your medication list", a, p.pemail,
             mixed(text(body), pdf_att("Medication_List.pdf", lines, False, "Medication List")))


@reg(MD)
def m06():
    p = Pt(1940, 1970)
    a = clin("Diabetes Educator", "RN, CDCES", "Endocrinology")
    d = clin("Endocrinologist", "MD", "Endocrinology")
    body = ("Dr. %s,\n\n%s's fasting sugars are 180-220 on insulin glargine 30 units. Per your protocol I increased to 34 units tonight "
            "and told %s to add 2 units every 3 days until fasting is under 130. Lispro stays at 6 units with meals.\n\n%s") % (
        d.last, p.name, "her" if p.sex == "F" else "him", a.sig())
    return M(MD, "Insulin titration update (base64 body) for a named patient: glargine 30 -> 34 units.", "Insulin titration", a, d, text(body, "base64"))


RG = "registration"


@reg(RG)
def g01():
    p = Pt()
    a = clin("Patient Access Representative", "", "Patient Access Services")
    doc = ("<html><body><h3>Riverside Health - Patient Registration</h3>\n<table border=\"1\">\n<tr><td>Legal name</td><td>%s, %s</td></tr>\n"
           "<tr><td>Date of birth</td><td>%s</td></tr>\n<tr><td>SSN</td><td>%s</td></tr>\n<tr><td>Address</td><td>%s, %s</td></tr>\n"
           "<tr><td>Phone</td><td>%s</td></tr>\n<tr><td>Primary insurance</td><td>Riverside Health Plan, member ID %s</td></tr>\n"
           "<tr><td>Reason for visit</td><td>New patient - knee pain</td></tr>\n</table></body></html>\n") % (p.last, p.first, p.dob, p.ssn, p.street, p.cityline, p.phone, p.member)
    body = ("Hi, the online pre-registration for tomorrow's 9:00 new patient did not file into the system. Form attached - can you "
            "enter it manually?\n\n%s") % a.sig()
    return M(RG, "Completed registration form (HTML attachment) with SSN, DOB, address and member id.", "Pre-registration did not file", a,
             box("patient.access", "Patient Access"), mixed(text(body), html_att("preregistration.html", doc)))


@reg(RG)
def g02():
    p = Pt()
    a = clin("Registration Supervisor", "", "Patient Access Services")
    lines = ["# PATIENT REGISTRATION FORM", "", "Last name: %s     First name: %s" % (p.last, p.first), "Date of birth: %s     Sex: %s" % (p.dob, p.sex),
             "SSN: %s" % p.ssn, "Address: %s, %s" % (p.street, p.cityline), "Phone: %s" % p.phone, "",
             "Insurance: Buckeye Health Plan   Subscriber: self", "Emergency contact: %s (spouse) %s" % (full(), phone()), "",
             "Signature on file: 03/04/2025"]
    body = ("Scanned registration for the ED registration audit is attached.\n\n%s") % a.sig()
    return M(RG, "Filled registration form (FlateDecode PDF) with name, DOB, SSN and address.", "Registration audit", a, box("pa.audit", "Patient Access Audit"),
             mixed(text(body), pdf_att("Registration_Scan.pdf", lines, True, "Registration")))


@reg(RG)
def g03():
    p = Pt()
    a = clin("Integration Analyst", "", "Integration Services")
    obj = {"source": "kiosk-checkin", "submitted": "2025-03-05T08:12:44-05:00", "patient": {"first_name": p.first, "last_name": p.last, "dob": p.dob,
           "ssn": p.ssn, "address": {"line1": p.street, "city_state_zip": p.cityline}, "phone": p.phone},
           "insurance": {"plan": "Riverside Health Plan", "member_id": p.member}, "visit": {"department": "Riverside Family Medicine - Millbrook", "reason": "Annual physical"}}
    body = ("This kiosk check-in payload failed validation (SSN field had dashes). Attached for the registration team to fix.\n\n%s") % a.sig()
    return M(RG, "Kiosk check-in payload (JSON) with name, DOB, SSN, address and member id.", "Kiosk payload failed", a, box("patient.access", "Patient Access"),
             mixed(text(body, "quoted-printable"), json_att("kiosk_checkin.json", obj)))


@reg(RG)
def g04():
    p = Pt()
    a = clin("Patient Access Representative", "", "Patient Access Services")
    t = clin("HIM Data Integrity Analyst", "RHIT", "Health Information Management")
    wrong = ssn()
    body = ("Hi %s,\n\nPlease correct the SSN on the account for %s, DOB %s. It was registered as %s; the correct SSN from the card "
            "is %s. The patient had a CT on 03/03 so the claim is on hold.\n\n%s") % (t.first, p.name, p.dob, wrong, p.ssn, a.sig())
    return M(RG, "SSN correction request (QP) for a named patient with DOB and a CT visit.", "Correction needed", a, t, text(body, "quoted-printable"))


@reg(RG)
def g05():
    m = Pt(1985, 2002, "F")
    a = clin("Newborn Registration Clerk", "", "Patient Access - Women's Services")
    body = ("Newborn registration:\n\nBaby girl %s, born 03/05/2025 at 04:12, 3.41 kg\nMother: %s, DOB %s, MRN %s\n"
            "Guarantor: %s, SSN %s\nAddress: %s, %s\nInsurance: Riverside Health Plan, mother's member ID %s - add newborn within 30 days.\n\n%s") % (
        m.last, m.name, m.dob, m.mrn, m.name, m.ssn, m.street, m.cityline, m.member, a.sig())
    return M(RG, "Newborn registration with mother's name, DOB, MRN, SSN and member id.", "Newborn registration", a, box("pa.womens", "Patient Access Women's Services"), text(body))


@reg(RG)
def g06():
    a = clin("Patient Access Manager", "", "Patient Access Services")
    rows = [["account", "last_name", "first_name", "dob", "ssn", "issue"]]
    for iss in ["SSN missing digit", "DOB mismatch with insurance", "Duplicate account", "Address returned mail"]:
        p = Pt()
        rows.append([digits(9), p.last, p.first, p.dob, p.ssn, iss])
    body = ("Registration quality errors from last week are attached. Please fix by Friday.\n\n%s") % a.sig()
    return M(RG, "Registration error worklist (CSV) with names, DOBs and SSNs.", "Registration errors", a, box("pa.leads", "Patient Access Leads"),
             mixed(text(body), csv_att("registration_errors.csv", rows)))


BC = "billing_claim"


@reg(BC)
def b01():
    a = clin("Claims Follow-up Specialist", "CRCR", "Patient Financial Services")
    rows = [["claim_id", "patient", "member_id", "dos", "cpt", "icd10", "billed", "status"]]
    for cpt, icd in [("99214", "E11.9"), ("71046", "J18.9"), ("93000", "I48.91"), ("45378", "Z12.11"), ("27447", "M17.11")]:
        p = Pt()
        rows.append(["C" + digits(10), p.name, p.member, "02/%02d/2025" % R.randint(1, 28), cpt, icd, "%d.00" % R.randint(120, 28000), R.choice(["Denied CO-197", "Pending", "Paid"])])
    body = ("Claims status from the Riverside Health Plan portal is attached for follow-up.\n\n%s") % a.sig()
    return M(BC, "Claims status list (CSV) with patient names, member ids, CPT and ICD-10 codes.", "Claims follow-up", a, box("pfs.followup", "PFS Follow-up"),
             mixed(text(body), csv_att("claims_status.csv", rows)))


@reg(BC)
def b02():
    p = Pt()
    v = S("Member Services", "", "", "riversidehealthplan.example.org")
    lines = ["# RIVERSIDE HEALTH PLAN - EXPLANATION OF BENEFITS", "", "Member: %s     Member ID: %s" % (p.name, p.member), "Claim: %s" % ("EOB" + digits(9)),
             "Provider: Riverside Medical Center", "", "Date      Service                       CPT     Billed      Allowed    Plan paid   You owe",
             "02/18     Emergency visit, level 4       99284   $1,240.00   $612.00    $512.00     $100.00",
             "02/18     CT abdomen/pelvis w/ contrast  74177   $2,980.00   $841.00    $673.00     $168.00", "",
             "Diagnosis: acute appendicitis (K35.80)", "This is not a bill."]
    body = ("Dear %s,\n\nYour explanation of benefits is attached.\n\n%s") % (p.first, v.sig())
    return M(BC, "Explanation of benefits (uncompressed PDF) with member name, member id, CPT and K35.80.", "Your explanation of benefits", v, p.pemail,
             mixed(text(body), pdf_att("EOB.pdf", lines, False, "EOB")))


@reg(BC)
def b03():
    p = Pt()
    a = clin("Billing Analyst", "CPC", "Professional Billing")
    x12 = ("ISA*00*          *00*          *ZZ*RIVERSIDE      *ZZ*RHPLAN         *250305*1022*^*00501*%s*0*P*:~\n"
           "GS*HC*RIVERSIDE*RHPLAN*20250305*1022*1*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
           "NM1*IL*1*%s*%s****MI*%s~\nN3*%s~\nDMG*D8*%s*%s~\n"
           "CLM*%s*245***11:B:1*Y*A*Y*Y~\nHI*ABK:J45.41*ABF:R06.2~\nSV1*HC:99214*245*UN*1***1~\nDTP*472*D8*20250303~\nSE*10*0001~\n") % (
        digits(9), p.last.upper(), p.first.upper(), p.member, p.street.upper(), p.hl7dob, p.sex, "PB" + digits(8))
    body = ("This 837P claim was rejected by the clearinghouse (invalid subscriber address). Text attached; please correct and resubmit.\n\n%s") % a.sig()
    return M(BC, "837P claim text (TXT) with subscriber name, member id, DOB, address, J45.41 and CPT 99214.", "837 rejected", a, box("pb.edi", "PB EDI Team"),
             mixed(text(body), txt_att("claim_837P.txt", x12, "7bit")))


@reg(BC)
def b04():
    p = Pt()
    v = S("Utilization Management", "", "", "riversidehealthplan.example.org")
    t = clin("Prior Authorization Specialist", "CPC", "Utilization Management")
    tx = ("Prior authorization APPROVED\n\nMember: %s\nMember ID: %s\nDOB: %s\nService: MRI brain with and without contrast (CPT 70553)\n"
          "Diagnosis: G43.909 migraine, R51.9 headache\nAuth number: PA%s\nValid: 03/05/2025 - 04/04/2025\n\n%s") % (p.name, p.member, p.dob, digits(8), v.sig())
    return M(BC, "Prior authorization approval (alternative) with member name, member id, DOB, CPT 70553 and ICD codes.", "Prior authorization decision", v, t,
             alt(tx, html_from_text(tx)), inbound=True)


@reg(BC)
def b05():
    p = Pt()
    body = ("To Billing,\n\nI received a bill for $1,860 for my emergency room visit on January 19 for my kidney stone. My insurance "
            "(Riverside Health Plan, member ID %s) says it was in network and I should owe only my $250 copay. Please fix this "
            "and send a corrected bill.\n\n%s\n%s\n%s, %s") % (p.member, p.name, p.phone, p.street, p.cityline)
    return M(BC, "Patient billing dispute (QP, inbound): ER visit for kidney stone, member id, address.", "Wrong bill", p.pemail, box("billing", "Patient Billing"),
             text(body, "quoted-printable"), inbound=True)


@reg(BC)
def b06():
    p = Pt()
    a = clin("Revenue Cycle Analyst", "", "Revenue Cycle")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<Claim id="%s" type="institutional">\n  <Patient>\n    <Name>%s</Name>\n    <MRN>%s</MRN>\n    <DOB>%s</DOB>\n'
           '    <MemberId>%s</MemberId>\n  </Patient>\n  <Admission from="2025-02-20" to="2025-02-24" drg="291"/>\n'
           '  <Diagnosis principal="I50.23"/><Diagnosis code="N18.31"/>\n  <TotalCharges>48210.00</TotalCharges>\n</Claim>\n') % (
        "H" + digits(9), p.name, p.mrn, p.dob, p.member)
    body = ("Claim XML for the DRG 291 audit sample #4 attached.\n\n%s") % a.sig()
    return M(BC, "Inpatient claim (XML) with name, MRN, DOB, member id, DRG and ICD-10 codes.", "Audit sample 4", a, box("drg.audit", "DRG Audit"),
             mixed(text(body, "quoted-printable"), xml_att("claim_sample4.xml", xml)))

HK = "hl7"


def msh(typ, ts):
    return "MSH|^~\\&|RH_EHR|RIVERSIDE|%s|%s|%s||%s|%s|P|2.5.1" % (R.choice(["HIE", "LAB", "BILLING", "PACS"]), R.choice(["OHIE", "RIVERSIDE"]), ts, typ, digits(10))


def pid(p):
    return "PID|1||%s^^^RIVERSIDE^MR||%s^%s||%s|%s|||%s^^%s^%s^%s||%s" % (
        p.mrn, p.last.upper(), p.first.upper(), p.hl7dob, p.sex, p.street, p.cityline.split(",")[0], "OH", p.cityline[-5:], p.phone)


@reg(HK)
def h01():
    p = Pt()
    a = clin("Integration Analyst", "", "Integration Services")
    segs = [msh("ADT^A01^ADT_A01", "20250304221500"), "EVN|A01|20250304221500", pid(p),
            "PV1|1|I|4W^4W-18^A||||%s^%s^%s|||MED||||1|||%s^%s^%s|IN||||||||||||||||||||||||20250304221000" % (digits(6), R.choice(LAST).upper(), R.choice(FIRST).upper(), digits(6), R.choice(LAST).upper(), R.choice(FIRST).upper()),
            "DG1|1||J18.9^Pneumonia, unspecified organism^I10||20250304|A", "IN1|1|RHP01|RHPLAN|Riverside Health Plan|||||||||||||||||||||||||||||||||%s" % p.member]
    body = ("Attaching the A01 that the HIE rejected (DG1 coding system). Please review.\n\n%s") % a.sig()
    return M(HK, "HL7 ADT^A01 (x-application/hl7-v2+er7) with PID name, MRN, DOB, address, DG1 J18.9 and member id; PHI label.", "Rejected A01", a,
             box("interfaces", "Interface Team"), mixed(text(body), hl7_att("ADT_A01_rejected.hl7", segs)), label="phi", label_name="confidential-phi")


@reg(HK)
def h02():
    p = Pt()
    a = clin("LIS Analyst", "MLS(ASCP)", "Laboratory Information Systems")
    segs = [msh("ORU^R01^ORU_R01", "20250305064000"), pid(p), "ORC|RE|%s|%s" % (digits(8), digits(8)),
            "OBR|1|%s|%s|24323-8^Comprehensive metabolic panel^LN|||20250305053000" % (digits(8), digits(8)),
            "OBX|1|NM|2951-2^Sodium^LN||128|mmol/L|136-145|L|||F", "OBX|2|NM|2823-3^Potassium^LN||3.1|mmol/L|3.5-5.1|L|||F",
            "OBX|3|NM|2160-0^Creatinine^LN||1.1|mg/dL|0.6-1.2|N|||F", "OBX|4|NM|2345-7^Glucose^LN||212|mg/dL|70-99|H|||F"]
    body = ("ORU from this morning that did not file to the chart (OBX units mismatch). Attached.\n\n%s") % a.sig()
    return M(HK, "HL7 ORU^R01 CMP results with PID name, MRN, DOB (application/hl7-v2 attachment).", "ORU not filed", a, box("interfaces", "Interface Team"),
             mixed(text(body, "quoted-printable"), hl7_att("ORU_R01.hl7", segs, "application/hl7-v2")))


@reg(HK)
def h03():
    p = Pt()
    a = clin("Integration Engineer", "", "Integration Services")
    segs = [msh("ADT^A03^ADT_A03", "20250303153000"), "EVN|A03|20250303153000", pid(p),
            "PV1|1|I|5W^5W-07^B||||||||||||||||%s|||||||||||||||||||01|||||||20250227110000|20250303152500" % digits(8),
            "DG1|1||I21.4^Non-ST elevation myocardial infarction^I10||20250227|F"]
    body = ("A03 discharge message sample for the partner's testing (production message, send via secure channel only).\n\n%s") % a.sig()
    return M(HK, "HL7 ADT^A03 discharge with PID and DG1 I21.4 NSTEMI (text/plain .hl7).", "A03 sample", a, box("interfaces", "Interface Team"),
             mixed(text(body), hl7_att("ADT_A03.hl7", segs, "text/plain")))


@reg(HK)
def h04():
    p = Pt()
    a = clin("Patient Access Systems Analyst", "", "Patient Access Services")
    segs = [msh("ADT^A08^ADT_A01", "20250305101000"), "EVN|A08|20250305101000", pid(p) + "|||||||%s" % p.ssn,
            "PV1|1|O|CARD^LAKEVIEW||||||||||||||||%s" % digits(8), "IN1|1|RHP01|RHPLAN|Riverside Health Plan|||||||||||||||||||||||||||||||||%s" % p.member]
    body = ("This A08 update overwrote the patient's address with the guarantor's. Message attached for the vendor ticket.\n\n%s") % a.sig()
    return M(HK, "HL7 ADT^A08 update with PID name, MRN, DOB, SSN and member id.", "A08 overwrote address", a, box("interfaces", "Interface Team"),
             mixed(text(body, "quoted-printable"), hl7_att("ADT_A08.hl7", segs)))


@reg(HK)
def h05():
    p = Pt()
    a = clin("Scheduling Systems Analyst", "", "Central Scheduling")
    segs = [msh("SIU^S12^SIU_S12", "20250304090000"), "SCH|%s|%s|||||ROUTINE^Routine|OFFICE|30|MIN|^^30^20250318093000^20250318100000" % (digits(7), digits(7)),
            pid(p), "AIS|1||45378^Colonoscopy^CPT", "AIL|1||ENDO^ROOM2^^DIGESTIVE HEALTH", "AIP|1||%s^%s^%s" % (digits(6), R.choice(LAST).upper(), R.choice(FIRST).upper())]
    body = ("SIU^S12 for the endoscopy booking that did not reach the vendor reminder system.\n\n%s") % a.sig()
    return M(HK, "HL7 SIU^S12 scheduling message with PID and a colonoscopy appointment.", "SIU not delivered", a, box("interfaces", "Interface Team"),
             mixed(text(body), hl7_att("SIU_S12.hl7", segs)))


@reg(HK)
def h06():
    p = Pt()
    v = S("Interface Support", "", "", "ohiohie.example.org")
    a = clin("Integration Analyst", "", "Integration Services")
    segs = [msh("ADT^A04^ADT_A01", "20250302183000"), "EVN|A04|20250302183000", pid(p), "PV1|1|E|ED^^^RIVERSIDE||||||||||||||||%s" % digits(8),
            "DG1|1||R07.9^Chest pain, unspecified^I10||20250302|W"]
    inner_body = mixed(text("Hi,\n\nThe attached A04 failed our PID-3 assigning-authority check. Please advise.\n\n" + v.sig()), hl7_att("A04_failed.hl7", segs))
    fw = Fwd(fwd_headers(v, a, "Failed A04 message", when_str(28, 8, 45)), inner_body, "Failed A04 message.eml")
    body = ("Forwarding the HIE's failed message for the Tuesday triage call.\n\n%s") % a.sig()
    return M(HK, "Forwarded (rfc822) HIE e-mail carrying an ADT^A04 with PID and ED chest-pain DG1.", "FW: Failed A04 message", a, box("interfaces", "Interface Team"), mixed(text(body), fw))


CC = "ccda"


def ccda(p, title, loinc, sections, author="Riverside Medical Center"):
    secs = "".join('    <component><section><code code="%s" codeSystem="2.16.840.1.113883.6.1"/><title>%s</title><text>%s</text></section></component>\n' % (c, t, x) for c, t, x in sections)
    y, m, d = p.hl7dob[:4], p.hl7dob[4:6], p.hl7dob[6:]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <realmCode code="US"/>\n'
            '  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>\n  <id root="%s"/>\n'
            '  <code code="%s" codeSystem="2.16.840.1.113883.6.1"/>\n  <title>%s</title>\n  <effectiveTime value="20250304120000-0500"/>\n'
            '  <recordTarget>\n    <patientRole>\n      <id root="2.16.840.1.113883.3.9921.1" extension="%s"/>\n'
            '      <addr use="HP"><streetAddressLine>%s</streetAddressLine><city>%s</city><state>OH</state><postalCode>%s</postalCode></addr>\n'
            '      <telecom value="tel:%s"/>\n      <patient>\n        <name><given>%s</given><family>%s</family></name>\n'
            '        <administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/>\n        <birthTime value="%s%s%s"/>\n'
            '      </patient>\n    </patientRole>\n  </recordTarget>\n  <author><assignedAuthor><representedOrganization><name>%s</name></representedOrganization></assignedAuthor></author>\n'
            '  <component><structuredBody>\n%s  </structuredBody></component>\n</ClinicalDocument>\n') % (
        uid(), loinc, title, p.mrn, p.street, p.cityline.split(",")[0], p.cityline[-5:], p.phone.replace(" ", ""), p.first, p.last, p.sex, y, m, d, author, secs)


@reg(CC)
def k01():
    p = Pt()
    a = clin("HIM Release Specialist", "RHIT", "Health Information Management")
    t = S("Records", "", "", "lakesidefamilypractice.example.org")
    x = ccda(p, "Continuity of Care Document", "34133-9", [("11450-4", "Problems", "Type 2 diabetes mellitus (E11.9); Hypertension (I10)"),
                                                       ("10160-0", "Medications", "metformin 1000 mg BID; lisinopril 20 mg daily"),
                                                       ("48765-2", "Allergies", "Penicillin - hives")])
    body = ("CCD for the patient transferring care to your practice, per the signed authorization.\n\n%s") % a.sig()
    return M(CC, "C-CDA CCD (XML) with patient name, MRN, DOB, address, problems and meds; PHI label.", "Records transfer", a, t,
             mixed(text(body), xml_att("CCD_%s.xml" % p.last, x)), label="phi", label_name="Confidential - PHI")


@reg(CC)
def k02():
    p = Pt()
    a = clin("Transitions Coordinator", "RN", "Care Management")
    t = S("Admissions", "", "", "maplegroverehab.example.org")
    x = ccda(p, "Discharge Summary", "18842-5", [("46241-6", "Admission Diagnosis", "Left hip fracture (S72.002A)"),
                                               ("8648-8", "Hospital Course", "ORIF 02/27; uncomplicated post-op course"),
                                               ("10183-2", "Discharge Medications", "enoxaparin 40 mg SC daily x 28 days; acetaminophen 650 mg q6h")])
    body = ("Discharge summary CDA attached for tomorrow's admission to your facility.\n\n%s") % a.sig()
    return M(CC, "C-CDA discharge summary (XML) for a named patient with hip fracture S72.002A.", "Tomorrow's admission", a, t,
             mixed(text(body, "quoted-printable"), xml_att("DischargeSummary.xml", x)))


@reg(CC)
def k03():
    p = Pt()
    a = clin("Referral Coordinator", "", "Riverside Family Medicine - Oak Ridge")
    t = S("Intake", "", "", "valleygi.example.org")
    x = ccda(p, "Referral Note", "57133-1", [("42349-1", "Reason for Referral", "Chronic diarrhea and weight loss; celiac serology positive (tTG-IgA 142 U/mL)"),
                                           ("11450-4", "Problems", "Iron deficiency anemia (D50.9)")])
    body = ("Referral note CDA attached.\n\n%s") % a.sig()
    return M(CC, "C-CDA referral note (XML) with a positive celiac serology for a named patient.", "Referral note", a, t, mixed(text(body), xml_att("ReferralNote.xml", x)))


@reg(CC)
def k04():
    p = Pt()
    v = S("HIE Notifications", "", "", "ohiohie.example.org")
    a = clin("Care Manager", "RN, CCM", "Care Management")
    x = ccda(p, "Encounter Summary", "34133-9", [("46240-8", "Encounters", "ED visit 03/01/2025, Greenfield Community Hospital"),
                                                ("11450-4", "Problems", "Asthma exacerbation (J45.901)"), ("10160-0", "Medications", "prednisone 40 mg daily x 5 days")], "Greenfield Community Hospital")
    body = ("An encounter summary is available for a patient attributed to your organization. Document attached.\n\n%s") % v.sig()
    return M(CC, "Inbound HIE encounter summary (C-CDA XML) for a named patient with an asthma ED visit.", "Encounter notification", v, a,
             mixed(text(body), xml_att("EncounterSummary.xml", x)), inbound=True)


@reg(CC)
def k05():
    p = Pt()
    a = clin("HIM Specialist", "RHIT", "Health Information Management")
    x = ccda(p, "Progress Note", "11506-3", [("10164-2", "History of Present Illness", "Follow-up of rheumatoid arthritis; morning stiffness 2 hours"),
                                           ("51848-0", "Assessment", "Rheumatoid arthritis (M06.9), active; methotrexate increased to 20 mg weekly")])
    inner = mixed(text("Progress note CDA from the rheumatology visit, as requested.\n\n" + a.sig()), xml_att("ProgressNote.xml", x))
    fw = Fwd(fwd_headers(a, '"Rheumatology Clinic" <rheumatology@riversidehealth.example>', "Progress note CDA", when_str(26, 13, 10)), inner, "Progress note CDA.eml")
    body = ("Forwarding the earlier e-mail with the CDA attached - the clinic never received it.\n\n%s") % a.sig()
    return M(CC, "Forwarded (rfc822) message carrying a C-CDA progress note (rheumatoid arthritis, methotrexate).", "FW: Progress note CDA", a,
             box("rheum.staff", "Rheumatology Staff"), mixed(text(body), fw))


@reg(CC)
def k06():
    p = Pt()
    a = clin("Interoperability Engineer", "", "Integration Services")
    x = ccda(p, "Consultation Note", "11488-4", [("11450-4", "Problems", "Obstructive sleep apnea (G47.33), AHI 34"),
                                               ("18776-5", "Plan of Care", "Start CPAP 10 cm H2O; follow-up in 6 weeks")])
    body = ("This consult note CDA failed schema validation at the HIE (missing section templateIds). Attached for the fix.\n\n%s") % a.sig()
    return M(CC, "C-CDA consultation note (XML) for a named patient with sleep apnea, AHI and CPAP plan.", "CDA validation failure", a, box("interfaces", "Interface Team"),
             mixed(text(body, "quoted-printable"), xml_att("ConsultNote.xml", x)))


IM = "imaging"


@reg(IM)
def im01():
    p = Pt()
    d = clin("Radiologist", "MD", "Imaging Services")
    t = clin("Emergency Physician", "DO", "Emergency Department")
    body = ("Dr. %s,\n\nPreliminary CT read for %s in ED bed 9:\n\nCT abdomen and pelvis with contrast: acute appendicitis with a "
            "12 mm dilated appendix and periappendiceal fat stranding. No abscess or free air.\n\nSurgery has been paged.\n\n%s") % (t.last, p.name, d.sig())
    return M(IM, "Preliminary CT report for a named ED patient: acute appendicitis.", "CT prelim bed 9", d, t, text(body))


@reg(IM)
def im02():
    p = Pt()
    d = clin("Neuroradiologist", "MD", "Imaging Services")
    t = clin("Neurologist", "MD", "Neurology")
    lines = ["# RIVERSIDE IMAGING - MRI REPORT", "", "Patient: %s     DOB: %s     MRN: %s" % (p.name, p.dob, p.mrn), "Exam: MRI brain with and without contrast   Date: 03/04/2025", "",
             "Indication: numbness and visual blurring.", "Findings: multiple periventricular and juxtacortical T2/FLAIR hyperintensities,",
             "two of which enhance. No mass effect.", "Impression: findings are typical of demyelinating disease (multiple sclerosis)", "with active lesions.", "", d.dname]
    body = ("Dr. %s, final MRI report for your patient is attached.\n\n%s") % (t.last, d.sig())
    return M(IM, "MRI brain report (FlateDecode PDF) with name, DOB, MRN and findings of MS.", "MRI report", d, t, mixed(text(body), pdf_att("MRI_Report.pdf", lines, True, "MRI Report")))


@reg(IM)
def im03():
    p = Pt(sex="F")
    h = H(P("Dear %s," % p.name) + P("Thank you for your screening mammogram on March 3, 2025.") +
          P("<b>Result:</b> Your mammogram showed an area that needs more imaging (BI-RADS 0). This is common and most additional exams are normal.") +
          P("Please call %s to schedule a diagnostic mammogram and ultrasound." % phone()) + P("Riverside Breast Imaging Center"))
    return M(IM, "Mammogram result letter (HTML) to a named patient: BI-RADS 0, recall.", "Your mammogram result", box("breast.imaging", "Riverside Breast Imaging Center"), p.pemail, html(h, "base64"))


@reg(IM)
def im04():
    p = Pt()
    d = clin("Radiologist", "MD", "Imaging Services")
    t = clin("Orthopaedic Surgeon", "MD", "Riverside Orthopaedics")
    body = ("Dr. %s,\n\nX-ray left wrist, 3 views, for %s (DOB %s): nondisplaced fracture of the distal radius with no intra-articular "
            "extension. Scaphoid is intact. Splint in place.\n\n%s") % (t.last, p.name, p.dob, d.sig())
    return M(IM, "Wrist x-ray result (QP) for a named patient with DOB: distal radius fracture.", "Wrist films", d, t, text(body, "quoted-printable"))


@reg(IM)
def im05():
    p = Pt()
    d = clin("Sonographer", "RDMS", "Imaging Services")
    t = clin("Radiologist", "MD", "Imaging Services")
    txt = ("ULTRASOUND RIGHT UPPER QUADRANT - PRELIMINARY WORKSHEET\nPatient: %s   DOB: %s\nDate: 03/05/2025\n\n"
           "Gallbladder: multiple mobile stones, largest 1.8 cm; wall 5 mm; positive sonographic Murphy sign.\n"
           "CBD: 4 mm.  Liver: normal echotexture.  Pancreas: partly obscured.\n") % (p.name, p.dob)
    body = ("Dr. %s, technologist worksheet attached - looks like acute cholecystitis.\n\n%s") % (t.last, d.sig())
    return M(IM, "Ultrasound worksheet (TXT) for a named patient with DOB: gallstones and acute cholecystitis findings.", "RUQ worksheet", d, t,
             mixed(text(body), txt_att("RUQ_worksheet.txt", txt)))


@reg(IM)
def im06():
    p = Pt()
    d = clin("Cardiologist", "MD", "Heart & Vascular Institute")
    t = clin("Cardiothoracic Surgeon", "MD", "Cardiothoracic Surgery")
    body = ("Dr. %s,\n\nEcho for %s today: severe aortic stenosis, mean gradient 48 mmHg, AVA 0.7 cm2, LVEF 55%%. %s is symptomatic "
            "with exertional syncope. Could you see %s for TAVR vs SAVR evaluation?\n\n%s") % (t.last, p.name, p.he.capitalize(), "her" if p.sex == "F" else "him", d.sig())
    return M(IM, "Echo result (base64 body) for a named patient: severe aortic stenosis.", "Echo today", d, t, text(body, "base64"))


LK = "label"


@reg(LK)
def lb01():
    a, b = S("Case Manager", "RN"), S("Social Worker", "LSW")
    return M(LK, "One-line body with the PHI sensitivity label ('Confidential PHI').", "RE: Follow-up", a, b, text("Thanks, will do.\n\n" + a.name), label="phi")


@reg(LK)
def lb02():
    a, b = S("Nurse Manager", "RN"), S("Hospitalist", "MD")
    return M(LK, "Innocuous body with the PHI label spelled 'confidential-phi'.", "Quick question", a, b, text("Can you call me when you get a chance?\n\n" + a.name, "quoted-printable"),
             label="phi", label_name="confidential-phi")


@reg(LK)
def lb03():
    a, b = S("Unit Secretary", ""), S("HIM Specialist", "RHIT")
    lines = ["Scanned document", "Page 1 of 1"]
    return M(LK, "'Please see attached' with a two-line scan cover PDF; PHI label 'Confidential - PHI'.", "Scan", a, b,
             mixed(text("Please see attached.\n\n" + a.name), pdf_att("scan_0001.pdf", lines, False, "Scan")), label="phi", label_name="Confidential - PHI")


@reg(LK)
def lb04():
    a, b = S("Utilization Review Nurse", "RN"), S("Physician Advisor", "MD")
    return M(LK, "'Approved.' body with the PHI label, name omitted from the header (GUID only).", "RE: Review", b, a, text("Approved.\n\n" + b.name, "base64"),
             label="phi", label_name="")


@reg(LK)
def lb05():
    a, b = S("Clinic Coordinator", ""), S("Physical Therapist", "PT, DPT")
    t = "Moved to 3:30. Same room.\n\n" + a.name
    return M(LK, "Schedule-change one-liner (alternative) with the PHI label 'CONFIDENTIAL PHI'.", "Update", a, b, alt(t, html_from_text(t)), label="phi", label_name="CONFIDENTIAL PHI")


@reg(LK)
def lb06():
    a, b = S("Care Coordinator", "RN"), S("Pharmacist", "PharmD")
    h = H(P("FYI &ndash; see below.") + P("&nbsp;") + P(a.name))
    return M(LK, "'FYI - see below' HTML body with the PHI label 'Confidential PHI'.", "FW: update", a, b, html(h), label="phi")


MB = "mbi"


@reg(MB)
def mb01():
    p = Pt(1940, 1958)
    a = clin("Eligibility Specialist", "", "Patient Access Services")
    b = clin("Financial Counselor", "CRCR", "Patient Financial Services")
    body = ("Hi %s,\n\nEligibility check for %s, DOB %s, scheduled for knee replacement on 03/20: Medicare Part A and B active, MBI %s. "
            "No Medicare Advantage plan on file. Secondary is AARP supplement.\n\n%s") % (b.first, p.name, p.dob, mbi("-"), a.sig())
    return M(MB, "Eligibility result with a dashed MBI, name, DOB and a scheduled knee replacement.", "Eligibility", a, b, text(body))


@reg(MB)
def mb02():
    a = clin("Patient Access Lead", "", "Patient Access Services")
    rows = [["patient", "dob", "mbi", "service_date", "department"]]
    for dep in ["Cardiology", "Oncology Infusion", "Imaging", "Orthopaedics", "Endocrinology"]:
        p = Pt(1935, 1958)
        rows.append([p.name, p.dob, mbi(), "03/%02d/2025" % R.randint(6, 28), dep])
    body = ("MBI worklist for next week's Medicare patients is attached - please verify each MBI before the visit.\n\n%s") % a.sig()
    return M(MB, "MBI verification worklist (CSV) with names, DOBs, MBIs and departments; PHI label.", "MBI worklist", a, box("pa.team", "Patient Access Team"),
             mixed(text(body), csv_att("mbi_worklist.csv", rows)), label="phi")


@reg(MB)
def mb03():
    p = Pt(1938, 1955, "M")
    w = Pt(1940, 1958, "F")
    w.last = p.last
    body = ("Hello,\n\nMy husband %s (date of birth %s) got his new Medicare card. The new number is %s. He has his cardiology "
            "appointment on March 19 - please update his file before then.\n\nThank you,\n%s") % (p.name, p.dob, mbi(), w.name)
    return M(MB, "Wife e-mails husband's new MBI with DOB and upcoming cardiology appointment (QP, inbound).", "New Medicare card", w.pemail,
             box("registration", "Registration"), text(body, "quoted-printable"), inbound=True)


@reg(MB)
def mb04():
    p = Pt(1940, 1958)
    v = S("Eligibility Services", "", "", "clearinghouse.example.org")
    a = clin("Eligibility Specialist", "", "Patient Access Services")
    h = H(P("Eligibility response (271)") + table([["Field", "Value"], ["Beneficiary", p.name], ["DOB", p.dob], ["MBI", mbi()], ["Part A", "Active 01/01/2020"],
          ["Part B", "Active 01/01/2020"], ["Hospice", "None"], ["Inquiry for", "Outpatient chemotherapy, Riverside Cancer Center"]]) + P(v.sig().replace("\n", "<br>")))
    return M(MB, "Clearinghouse 271 eligibility response (HTML) with beneficiary name, DOB, MBI and chemotherapy inquiry.", "Eligibility response", v, a, html(h), inbound=True)


@reg(MB)
def mb05():
    p = Pt(1935, 1955)
    a = clin("Home Health Intake Coordinator", "RN", "Riverside Home Health")
    lines = ["# HOME HEALTH START OF CARE", "", "Patient: %s     DOB: %s" % (p.name, p.dob), "Medicare MBI: %s" % mbi(), "Address: %s, %s" % (p.street, p.cityline),
             "Start of care: 03/06/2025", "Primary diagnosis: heart failure (I50.32)", "Services: skilled nursing 2x/week, PT 2x/week", "Certifying physician: Dr. " + R.choice(LAST)]
    body = ("Start of care summary attached for billing.\n\n%s") % a.sig()
    return M(MB, "Home health start-of-care (uncompressed PDF) with name, DOB, MBI, address and I50.32.", "Start of care", a, box("hh.billing", "Home Health Billing"),
             mixed(text(body), pdf_att("SOC.pdf", lines, False, "Start of Care")))


@reg(MB)
def mb06():
    p = Pt(1940, 1958)
    a = clin("Revenue Cycle Analyst", "", "Revenue Cycle")
    obj = {"request": "270", "subscriber": {"first": p.first, "last": p.last, "dob": p.dob, "mbi": mbi()}, "service_type": "30",
           "provider": "Riverside Medical Center", "date_of_service": "2025-03-12", "reason": "Cardiac catheterization"}
    body = ("The eligibility request below timed out three times. JSON attached for the clearinghouse ticket.\n\n%s") % a.sig()
    return M(MB, "Eligibility request (JSON) with name, DOB, MBI and a cardiac catheterization date.", "Eligibility timeout", a, box("rc.systems", "Revenue Cycle Systems"),
             mixed(text(body, "quoted-printable"), json_att("eligibility_270.json", obj)))

# ============================================================================= main
def main():
    msgs = []
    for kind, fn in REG:
        m = fn()
        assert m.kind == kind, fn.__name__
        msgs.append((fn.__name__, m))
    ORDER.shuffle(msgs)
    os.makedirs(MSGDIR, exist_ok=True)
    for f in sorted(os.listdir(MSGDIR)):
        if f.endswith(".eml"):
            os.remove(os.path.join(MSGDIR, f))
    labels = []
    counts = {}
    for i, (fname, m) in enumerate(msgs, 1):
        raw, form = render(m)
        fn = "x%04d.eml" % i
        with open(os.path.join(MSGDIR, fn), "wb") as fh:
            fh.write(raw)
        phi = m.kind in POS
        if m.label:
            form += ";msip_label=" + {"phi": "Confidential-PHI", "general": "General", "internal": "Internal"}[m.label]
        if m.inbound:
            form += ";inbound"
        labels.append({"file": fn, "phi": phi, "kind": m.kind, "form": form, "note": m.note})
        counts[m.kind] = counts.get(m.kind, 0) + 1
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1)
        fh.write("\n")
    for k in POS + NEG:
        print("%-20s %d" % (k, counts.get(k, 0)))
    print("total", len(labels), "phi", sum(1 for l in labels if l["phi"]))


POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration", "billing_claim",
       "hl7", "ccda", "imaging", "label", "mbi"]
NEG = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year", "id_shaped",
       "staff_admin", "marketing", "name_only", "other_label", "general"]


if __name__ == "__main__":
    main()
