#!/usr/bin/env python3
"""Generate the phi11 corpus: messages/y0001.eml ... and labels.json (standard library only).

Deterministic: fixed seeds, no clock reads, no network, no iteration over sets. Run from anywhere:
    python3 generate.py
The angle of phi11: hard negatives that *look filled in* (examples, sample rows, demo records, test
messages, training cases, mock-ups) and staff/providers named beside health words and identifier-shaped
numbers; positives that look like those negatives on the surface but concern a real patient.
"""
import base64
import datetime
import email.quoprimime
import hashlib
import json
import os
import random
import shutil
import textwrap
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
R = random.Random(1111011)          # identifiers and names
ORDER = random.Random(20251111)     # file order

PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GEN_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INT_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
TENANT = "3c9d5e71-8a2f-4b60-9d14-7e0a2b6c4f18"
DOM = "riversidehealth.example"

# ----------------------------------------------------------------------------------------------
# identifiers
FAMOUS = {"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"}
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
_used = []


def _uniq(v):
    if v in _used:
        return None
    _used.append(v)
    return v


def npi():
    while True:
        base = str(R.choice((1, 2))) + "".join(str(R.randint(0, 9)) for _ in range(8))
        s = "80840" + base
        total = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        v = base + str((10 - total % 10) % 10)
        if _uniq(v):
            return v


def dea(last, kind="A"):
    while True:
        d = [R.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        v = kind + last[0].upper() + "".join(map(str, d)) + str(chk)
        if _uniq(v):
            return v


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if v not in FAMOUS and _uniq(v):
            return v


id324 = ssn  # order/ticket/invoice numbers shaped like SSNs use the same structure


def mbi(dash=False):
    while True:
        a = MBI_ALPHA
        an = MBI_ALPHA + "0123456789"
        c = [R.choice("123456789"), R.choice(a), R.choice(an), R.choice("0123456789"), R.choice(a), R.choice(an),
             R.choice("0123456789"), R.choice(a), R.choice(a), R.choice("0123456789"), R.choice("0123456789")]
        v = "".join(c)
        if _uniq(v):
            return f"{v[:4]}-{v[4:7]}-{v[7:]}" if dash else v


def mrn():
    while True:
        v = "RH" + str(R.randint(1000000, 9999999))
        if _uniq(v):
            return v


def member():
    while True:
        v = "RHP" + str(R.randint(100000000, 999999999))
        if _uniq(v):
            return v


def digits(n, first="123456789"):
    while True:
        v = R.choice(first) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
        if _uniq(v):
            return v


def ph(area="614"):
    return f"({area}) 555-01{R.randint(0, 99):02d}"


def ext():
    return f"x{R.randint(2000, 7999)}"


# ----------------------------------------------------------------------------------------------
# people: every (first, last) pair used once
FEM = ["Maria", "Aisha", "Priya", "Keisha", "Mei", "Grace", "Sofia", "Rachel", "Fatima", "Lucia", "Hannah",
       "Yolanda", "Anita", "Emily", "Chloe", "Leticia", "Ngozi", "Rosa", "Mariam", "Ling", "Shanice", "Ana", "Camila",
       "Jasmine", "Tanya", "Bridget", "Irene", "Monique", "Esperanza", "Heather", "Lakshmi", "Beatriz", "Ebony",
       "Dolores", "Megan", "Naomi", "Thuy", "Yasmin", "Gloria", "Renee", "Imani", "Deepa", "Marisol", "Joanne"]
MAS = ["James", "Wei", "Carlos", "Daniel", "Tomasz", "Olumide", "Hector", "Minh", "Samuel", "Brian", "Darnell",
       "Raj", "Kevin", "Jorge", "Ibrahim", "Marcus", "Andrew", "Patrick", "Tyrone", "Gregory", "Victor", "Dmitri",
       "Howard", "Eugene", "Roberto", "Arjun", "Malik", "Diego", "Stephen", "Kwame", "Pavel", "Terrence", "Colin",
       "Hiroshi", "Ahmed", "Luis", "Frank", "Reginald", "Alan", "Sung", "Oscar", "Walter", "Curtis", "Elijah"]
FIRST = FEM + MAS
LAST = ["Okafor", "Nguyen", "Hernandez", "Kowalski", "Patel", "Johnson", "Chen", "Williams", "Garcia", "Robinson",
        "Haddad", "Sullivan", "Kim", "Abernathy", "Mensah", "Castillo", "Novak", "Brooks", "Tanaka", "Rahman",
        "Fitzgerald", "Delgado", "Osei", "Lindqvist", "Washington", "Morales", "Petrov", "Iyer", "Coleman", "Reyes",
        "Schmidt", "Adeyemi", "Gallagher", "Vasquez", "Pham", "Harrington", "Bello", "Ortiz", "Yamamoto", "Foster",
        "Chaudhry", "Marsh", "Dubois", "Mbeki", "Carver", "Santos", "Holloway", "Ivanova", "Lopez", "Bradshaw",
        "Nakamura", "Ferreira", "Ahmed", "Whitaker", "Jimenez", "Boateng", "Kaplan", "Greene", "Rossi", "Dang",
        "Mitchell", "Alvarez", "Kaur", "Pruitt", "Lindgren", "Owusu", "Becker", "Salazar", "Chowdhury", "Tran",
        "McAllister", "Soto", "Hughes", "Anand", "Weiss", "Ramos", "Friedman", "Ogunleye", "Beaumont", "Cruz"]
_pairs = [("Walter", "Pruitt")]  # reserved: the fictional persona of a training scenario


def person(sex=None):
    pool = {"F": FEM, "M": MAS}.get(sex, FIRST)
    while True:
        p = (R.choice(pool), R.choice(LAST))
        if p not in _pairs:
            _pairs.append(p)
            return p


def nm(sex=None):
    f, l = person(sex)
    return f"{f} {l}"


def addr_of(name, dom=DOM):
    f, l = name.split(" ", 1)[0], name.split(" ")[-1]
    return f"{f.lower()}.{l.lower()}@{dom}"


def mailbox(name, dom=DOM):
    return f'"{name}" <{addr_of(name, dom)}>'


STREETS = ["Maple Ave", "Cedar Ridge Rd", "Harbor St", "Willow Ln", "Oak Park Dr", "Sycamore Ct", "Lincoln Way",
           "Riverbend Blvd", "Elm St", "Prospect Hill Rd", "Quarry Ln", "Juniper Ct", "Hawthorne St", "Birch Hollow Dr"]
TOWNS = [("Columbus", "OH", "43215"), ("Dublin", "OH", "43017"), ("Grove City", "OH", "43123"),
         ("Westerville", "OH", "43081"), ("Hilliard", "OH", "43026"), ("Reynoldsburg", "OH", "43068"),
         ("Gahanna", "OH", "43230"), ("Delaware", "OH", "43015"), ("Lancaster", "OH", "43130")]


def street():
    return f"{R.randint(12, 9800)} {R.choice(STREETS)}"


def town():
    t = R.choice(TOWNS)
    return f"{t[0]}, {t[1]} {t[2]}"


def dob(y0=1935, y1=2012):
    return f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(y0, y1)}"


def sig(name, title, dept, cred=""):
    c = f", {cred}" if cred else ""
    return f"\n\n{name}{c}\n{title}\n{dept} | Riverside Health\n{ph()}"


CAUTION = ("CAUTION: This email originated from outside of Riverside Health. Do not click links or open "
           "attachments unless you recognize the sender and know the content is safe.")

# ----------------------------------------------------------------------------------------------
# PDF (hand written, 1.4, Helvetica, text as text)


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False, title="Document"):
    pages = []
    cur = []
    for ln in lines:
        cur.append(ln)
        if len(cur) == 48:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    objs = {}
    npages = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(npages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {npages} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, pg in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "14 TL", "54 750 Td"]
        for ln in pg:
            if isinstance(ln, tuple):
                ops.append("/F2 11 Tf")
                ops.append(f"({_pdf_esc(ln[0])}) Tj T*")
                ops.append("/F1 10 Tf")
            else:
                ops.append(f"({_pdf_esc(ln)}) Tj T*")
        ops.append("ET")
        raw = ("\n".join(ops) + "\n").encode("latin-1")
        if flate:
            data = zlib.compress(raw, 9)
            stream = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
        else:
            stream = f"<< /Length {len(raw)} >>\nstream\n".encode() + raw + b"\nendstream"
        objs[5 + 2 * i] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
                           f"/F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>").encode()
        objs[6 + 2 * i] = stream
    info = 5 + 2 * npages
    objs[info] = f"<< /Title ({_pdf_esc(title)}) /Producer (Riverside Health document services) >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    x = len(out)
    n = info + 1
    out += f"xref\n0 {n}\n".encode()
    out += b"0000000000 65535 f \n"
    for k in range(1, n):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {n} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


# ----------------------------------------------------------------------------------------------
# MIME
_bcount = [0]


def boundary():
    _bcount[0] += 1
    h = hashlib.sha1(f"b{_bcount[0]}".encode()).hexdigest()[:24]
    return f"_{_bcount[0]:03d}_{h}_"


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def _is_prose(par):
    if len(par) < 2 or any(ln.startswith((" ", "-", "*", "|")) or "  " in ln for ln in par):
        return False
    return all(len(ln) >= 55 for ln in par[:-1])


def wrap7(text):
    """Wrap plain text at 76 columns. Hand-wrapped prose paragraphs are reflowed (names substituted into them
    change line lengths); lists, tables and indented blocks are only broken where a line is too long."""
    out = []
    for par in text.split("\n\n"):
        lines = par.split("\n")
        if _is_prose(lines):
            out.append("\n".join(textwrap.wrap(" ".join(lines), 76, break_long_words=False, break_on_hyphens=False)))
            continue
        block = []
        for ln in lines:
            if len(ln) <= 76:
                block.append(ln)
            else:
                ind = len(ln) - len(ln.lstrip(" "))
                block.extend(textwrap.wrap(ln, 76, subsequent_indent=" " * ind, break_long_words=False,
                                           break_on_hyphens=False) or [""])
        out.append("\n".join(block))
    return "\n\n".join(out)


def enc_body(text, enc, wrap=True):
    """Return (cte, encoded str with CRLF)."""
    if enc == "7bit":
        t = wrap7(text) if wrap else text
        t.encode("ascii")
        return "7bit", crlf(t)
    if enc == "qp":
        s = text.replace("\r\n", "\n").encode("utf-8").decode("latin-1")
        q = email.quoprimime.body_encode(s, maxlinelen=76, eol="\n")
        return "quoted-printable", crlf(q)
    if enc == "b64":
        return "base64", crlf(base64.encodebytes(text.encode("utf-8")).decode("ascii"))
    raise ValueError(enc)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return crlf(base64.encodebytes(data).decode("ascii"))


def leaf(ctype, text, enc, extra=""):
    cte, body = enc_body(text, enc, wrap=ctype == "text/plain")
    if not body.endswith("\r\n"):
        body += "\r\n"
    cs = "" if ctype.startswith("text/calendar") else '; charset="utf-8"'
    h = f"Content-Type: {ctype}{cs}{extra}\r\nContent-Transfer-Encoding: {cte}\r\n"
    return h + "\r\n" + body, f"{ctype.split(';')[0]};{ {'7bit': '7bit', 'quoted-printable': 'qp', 'base64': 'b64'}[cte]}"


def multipart(sub, parts):
    b = boundary()
    out = f"Content-Type: multipart/{sub};\r\n\tboundary=\"{b}\"\r\n\r\n"
    for p, _ in parts:
        out += f"--{b}\r\n" + p
        if not out.endswith("\r\n"):
            out += "\r\n"
    out += f"--{b}--\r\n"
    return out, f"multipart/{sub}[" + ", ".join(d for _, d in parts) + "]"


ATT_TYPES = {"csv": "text/csv", "txt": "text/plain", "html": "text/html", "json": "application/json",
             "xml": "application/xml"}


def attachment(a):
    """a = (filename, content) or (filename, content, ctype) ; content str/bytes; pdf/eml special."""
    fn, content = a[0], a[1]
    ext_ = fn.rsplit(".", 1)[-1].lower()
    if ext_ == "eml":
        inner, idesc = content
        h = (f'Content-Type: message/rfc822; name="{fn}"\r\nContent-Disposition: attachment; filename="{fn}"\r\n'
             f"Content-Transfer-Encoding: 7bit\r\n\r\n")
        return h + inner, f"message/rfc822 {fn}({idesc})"
    if ext_ == "pdf":
        data = content
        desc = "application/pdf(" + ("flate" if b"/FlateDecode" in data else "uncompressed") + f") {fn}"
        ctype = "application/pdf"
    else:
        ctype = a[2] if len(a) > 2 else ATT_TYPES.get(ext_, "application/octet-stream")
        data = content.encode("utf-8") if isinstance(content, str) else content
        desc = f"{ctype} {fn}"
    cs = '; charset="utf-8"' if ctype.startswith("text/") else ""
    h = (f'Content-Type: {ctype}{cs}; name="{fn}"\r\nContent-Description: {fn}\r\n'
         f'Content-Disposition: attachment; filename="{fn}"; size={len(data)}\r\n'
         f"Content-Transfer-Encoding: base64\r\n\r\n")
    return h + b64(data), desc


def hl7(segs):
    return "\r".join(segs) + "\r"


def body_part(body, enc, html, henc):
    if html is not None and body is not None:
        return multipart("alternative", [leaf("text/plain", body, enc), leaf("text/html", html, henc)])
    if html is not None:
        return leaf("text/html", html, henc)
    return leaf("text/plain", body, enc)


# ----------------------------------------------------------------------------------------------
# messages
MSGS = []
_mid = [0]
BASE = datetime.datetime(2025, 3, 3, 7, 12, 0)


def label_header(which):
    g = {"phi": PHI_GUID, "general": GEN_GUID, "internal": INT_GUID}[which[0]]
    name = which[1]
    parts = [f"MSIP_Label_{g}_Enabled=true", f"MSIP_Label_{g}_SetDate=2025-03-0{1 + _mid[0] % 8}T1{_mid[0] % 10}:0{_mid[0] % 6}:11Z",
             f"MSIP_Label_{g}_Method=Standard"]
    if name:
        parts.append(f"MSIP_Label_{g}_Name={name}")
    parts += [f"MSIP_Label_{g}_SiteId={TENANT}", f"MSIP_Label_{g}_ActionId={hashlib.md5(str(_mid[0]).encode()).hexdigest()[:8]}-"
              f"4c1e-4d2a-9b7f-{hashlib.md5(str(_mid[0] + 7).encode()).hexdigest()[:12]}",
              f"MSIP_Label_{g}_ContentBits=0"]
    return "msip_labels: " + ";\r\n ".join(parts) + ";\r\n"


def build(frm, to, subject, body=None, enc="7bit", html=None, henc="qp", atts=(), inbound=False, cc=None,
          lang="en-US", label=None, top=True, date_i=None, extra_parts=()):
    _mid[0] += 1
    i = _mid[0] if date_i is None else date_i
    dt = BASE + datetime.timedelta(minutes=173 * i + (i * 37) % 59)
    tz = "-0500" if dt.month < 3 or (dt.month == 3 and dt.day < 9) else "-0400"
    date = dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz
    if inbound:
        body = (CAUTION + "\n\n" + body) if body is not None else None
        if html is not None:
            html = html.replace("<body>", '<body>\n<p style="background:#fff3cd;border:1px solid #e0a800;padding:6px">'
                                + CAUTION + "</p>", 1)
    bp = body_part(body, enc, html, henc)
    parts = [bp] + [attachment(a) for a in atts] + list(extra_parts)
    if len(parts) > 1:
        mime, desc = multipart("mixed", parts)
    else:
        mime, desc = bp
    h = hashlib.sha1(f"m{i}{subject}".encode()).hexdigest()
    hdr = []
    frm_dom = frm.split("@")[-1].rstrip(">")
    if top and inbound:
        hdr.append(f"Received: from mail.{frm_dom} (203.0.113.{10 + i % 200}) by CY8PR11MB7{i % 900:03d}.namprd11.prod."
                   f"outlook.example\r\n with Microsoft SMTP Server id 15.20.8{i % 1000:03d}.20; {date}")
        hdr.append(f"Authentication-Results: spf=pass (sender IP is 203.0.113.{10 + i % 200})\r\n smtp.mailfrom={frm_dom}; "
                   f"dkim=pass (signature was verified) header.d={frm_dom};dmarc=pass action=none header.from={frm_dom};")
    hdr.append(f"From: {frm}")
    hdr.append(f"To: {to}")
    if cc:
        hdr.append(f"CC: {cc}")
    hdr.append(f"Subject: {subject}")
    if top:
        topic = subject
        for p in ("RE: ", "FW: ", "Re: ", "Fwd: ", "FWD: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        hdr.append(f"Thread-Topic: {topic}")
        hdr.append("Thread-Index: " + base64.b64encode(hashlib.sha256(topic.encode()).digest()[:22]).decode())
    hdr.append(f"Date: {date}")
    hdr.append(f"Message-ID: <{h[:8].upper()}{h[8:16].upper()}@{'CY8PR11MB7' if not inbound else 'mail.'}"
               f"{i:04d}.{'namprd11.prod.outlook.example' if not inbound else frm_dom}>")
    if top:
        hdr.append(f"Accept-Language: {lang}, en-US" if lang != "en-US" else "Accept-Language: en-US")
        hdr.append(f"Content-Language: {lang}")
        hdr.append(f"X-MS-Has-Attach: {'yes' if atts or extra_parts else ''}")
        hdr.append("X-MS-TNEF-Correlator:")
        hdr.append("X-MS-Exchange-Organization-SCL: " + ("1" if inbound else "-1"))
        hdr.append("X-MS-Exchange-Organization-AuthAs: " + ("Anonymous" if inbound else "Internal"))
        hdr.append("X-MS-Exchange-Organization-AuthSource: CY8PR11MB7" + f"{i % 900:03d}.namprd11.prod.outlook.example")
        hdr.append("X-MS-Exchange-Organization-Network-Message-Id: " + f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}")
        hdr.append("X-MS-Exchange-Organization-MessageDirectionality: " + ("Incoming" if inbound else "Originating"))
    hdrs = "\r\n".join(hdr) + "\r\n"
    if label:
        hdrs += label_header(label)
    raw = hdrs + "MIME-Version: 1.0\r\n" + mime
    raw.encode("ascii")
    return raw, desc


def fwd(frm, to, subject, body, date_str, atts=(), enc="7bit", html=None, henc="qp"):
    """An inner message for a message/rfc822 attachment."""
    bp = body_part(body, enc, html, henc)
    parts = [bp] + [attachment(a) for a in atts]
    mime, desc = multipart("mixed", parts) if len(parts) > 1 else bp
    h = hashlib.sha1((subject + date_str).encode()).hexdigest()
    raw = (f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date_str}\r\n"
           f"Message-ID: <{h[:20]}@{frm.split('@')[-1].rstrip('>')}>\r\nMIME-Version: 1.0\r\n" + mime)
    return raw, desc


def add(kind, phi, note, frm, to, subject, **kw):
    raw, desc = build(frm, to, subject, **kw)
    if kw.get("label"):
        desc += f";msip_label={kw['label'][0]}"
    if kw.get("inbound"):
        desc += ";inbound"
    MSGS.append({"raw": raw, "phi": phi, "kind": kind, "form": desc, "note": note})


def NEG(kind, note, *a, **kw):
    add(kind, False, note, *a, **kw)


def POS(kind, note, *a, **kw):
    add(kind, True, note, *a, **kw)


def me(name, dom=DOM):
    return mailbox(name, dom)


def table(headers, rows, style=' border="1" cellpadding="4" cellspacing="0"'):
    h = "<tr>" + "".join(f"<th>{x}</th>" for x in headers) + "</tr>\n"
    b = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>\n" for r in rows)
    return f"<table{style}>\n{h}{b}</table>"


def html_doc(inner, title=""):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f"<title>{title}</title></head>\n<body>\n{inner}\n</body></html>\n")


def csv_text(rows):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"


def P(text):
    """HTML paragraphs from plain text blocks."""
    return "\n".join("<p>" + b.replace("\n", "<br>\n") + "</p>" for b in text.strip().split("\n\n"))


# ==============================================================================================
# NEGATIVE: template (40) - forms, letters, specs and demos with example values marked as examples


def templates():
    K = "template"
    # t01 SMS reminder spec with a worked example
    a, b = nm(), nm()
    NEG(K, "SMS reminder wording spec; the filled-in text is a labelled example with an invented name", me(a), me(b),
        "Reminder text - final wording",
        body=f"""Hi {b.split()[0]},

Here is the final wording for the 72-hour appointment reminder text. The merge
fields are in braces. Below it is an example of how it renders, using a made-up
patient so the vendor can check character counts.

Template:
  Riverside Health: Hi {{first_name}}, you have an appointment with
  {{provider_short}} at {{location_short}} on {{appt_date}} at {{appt_time}}.
  Reply C to confirm, R to reschedule. Reply STOP to opt out.

Example (not a real patient):
  Riverside Health: Hi Jordan, you have an appointment with Dr. Ellison at
  Westerville Family Medicine on 4/17 at 9:40 AM. Reply C to confirm, R to
  reschedule. Reply STOP to opt out.

The example is 158 characters, so we stay inside one SMS segment as long as
the clinic short names stay under 30 characters.{sig(a, 'Patient Access Systems Analyst', 'Revenue Cycle IT')}""")

    # t02 result-letter style guide (QP)
    a = nm()
    NEG(K, "style guide for normal-result letters; the example letter is addressed to an obviously invented 'Jane Sample'",
        me(a), '"Ambulatory Nursing Leaders" <amb-nursing-leaders@riversidehealth.example>', "Result letters - writing guide v3",
        enc="qp", body=f"""Good morning,

Attached below is version 3 of the writing guide for normal-result letters. Please share with your MAs and RNs who release results.

1. Lead with the answer: say the result is normal before giving numbers.
2. Give the value and the reference range in plain words.
3. Say what happens next (nothing, a repeat test, a visit).
4. Sign with the clinician's name, not the department.

Here is an example written to the guide. The patient is fictitious; do not copy the name or numbers into real letters.

-----------------------------------------------------------------
EXAMPLE LETTER - FOR TRAINING ONLY
Dear Jane Sample,
Your hemoglobin A1c test from March 3 is in the normal range. Your result was 5.4% (normal is below 5.7%). This means your blood sugar has been well controlled over the last three months. No change is needed, and we will check it again at your yearly visit.
Sincerely,
Dr. Example Provider
-----------------------------------------------------------------

Common mistakes we saw in the February audit: using "unremarkable", giving the range without the value, and leaving the lab's abbreviation (HGBA1C) in the text.{sig(a, 'Nurse Educator', 'Ambulatory Clinical Practice', 'MSN, RN')}""")

    # t03 ORU interface spec with TEST^PATIENT sample (HL7 attachment)
    a, b = nm(), nm()
    oru = hl7(["MSH|^~\\&|BEAKER|RHLAB|CLARIFYLINK|CLARIFY|20250304101500||ORU^R01|TST0001|T|2.5.1",
               "PID|1||ZZ0000117^^^RHTEST^MR||TEST^PATIENT^A||19800101|F|||123 TEST ST^^TESTVILLE^OH^43000",
               "PV1|1|O|TESTCLINIC^^^RH||||1234^TEST^PROVIDER",
               "ORC|RE|ORD000001|FIL000001",
               "OBR|1|ORD000001|FIL000001|4548-4^Hemoglobin A1c^LN|||20250304090000",
               "OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total^LN||6.9|%|4.0-5.6|H|||F",
               "OBX|2|NM|2345-7^Glucose^LN||142|mg/dL|70-99|H|||F"])
    NEG(K, "interface spec for an outbound ORU feed; sample HL7 uses the processing-id T and TEST^PATIENT", me(a),
        me(b, "clarifylink.example.org"), "ORU outbound spec - sample message attached",
        body=f"""{b.split()[0]},

As promised, the sample ORU^R01 for the A1c/glucose feed is attached. It was
generated in our TST environment (MSH-11 = T) against the standard test
patient TEST^PATIENT^A, MRN ZZ0000117 in the RHTEST assigning authority. No
production data is in it.

Field notes:
- PID-3 will carry our MRN with assigning authority RH in production.
- OBX-5 is numeric; OBX-8 carries H/L/HH/LL.
- We send preliminary (P) and final (F) results; corrections come as C.

Let me know when your side is ready for the end-to-end test.{sig(a, 'Integration Engineer', 'Interfaces Team')}""",
        atts=[("sample_ORU_R01_TEST.hl7", oru, "x-application/hl7-v2+er7")])

    # t04 FHIR sample JSON
    a, b = nm(), nm()
    fhir = {"resourceType": "Bundle", "type": "collection", "meta": {"tag": [{"code": "SAMPLE", "display": "Sample data - not a real patient"}]},
            "entry": [{"resource": {"resourceType": "Patient", "id": "example-zztest", "name": [{"family": "ZZTEST", "given": ["Donotuse"]}],
                                    "birthDate": "1970-01-01", "gender": "unknown",
                                    "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99999", "value": "TEST-000042"}]}},
                      {"resource": {"resourceType": "Condition", "id": "example-cond", "subject": {"reference": "Patient/example-zztest"},
                                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I10", "display": "Essential (primary) hypertension"}]}}},
                      {"resource": {"resourceType": "MedicationRequest", "id": "example-med", "subject": {"reference": "Patient/example-zztest"},
                                    "medicationCodeableConcept": {"text": "lisinopril 10 mg tablet"}, "dosageInstruction": [{"text": "1 tab by mouth daily"}]}}]}
    NEG(K, "API onboarding: sample FHIR bundle tagged SAMPLE for patient ZZTEST/Donotuse", me(a, "apiconnect.example.org"), me(b),
        "Sandbox credentials and sample bundle", inbound=True, enc="qp",
        body=f"""Hello {b.split()[0]},

Your sandbox client is provisioned. Attached is the sample bundle our validator expects, so your developers can see the shape of a Patient with one Condition and one MedicationRequest.

Everything in the sandbox is synthetic. The sample patient ZZTEST, Donotuse (identifier TEST-000042) exists only in the sandbox and is reset every night.

Production onboarding needs the signed BAA and a security review; we will schedule that once your sandbox tests pass.

Regards,
{a}
Developer Relations, APIConnect
{ph('312')}""", atts=[("sample_bundle.json", json.dumps(fhir, indent=2))])

    # t05 sample C-CDA from vendor
    a, b = nm(), nm()
    ccda = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- SAMPLE DOCUMENT: fictitious patient generated for interface certification. Not a real person. -->
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="SAMPLE-CCD-0007"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>SAMPLE Continuity of Care Document</title>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="SAMPLE-998877"/>
      <addr use="HP"><streetAddressLine>1 Sample Way</streetAddressLine><city>Anytown</city><state>OH</state><postalCode>43000</postalCode></addr>
      <patient>
        <name use="L"><given>Nora</given><family>Zztest</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19750101"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text>Type 2 diabetes mellitus without complications (E11.9) - sample entry</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    NEG(K, "certification sample CCD; recordTarget is the vendor's fictitious Nora Zztest, marked SAMPLE in the XML", me(a, "meridianehr.example.org"),
        me(b), "Certification packet - sample CCD", inbound=True,
        body=f"""{b},

For the ONC certification test step on Thursday, please import the attached
sample CCD in your TEST environment and confirm the problem list reconciles.
The record is a fictitious certification patient (Nora Zztest, 1 Sample Way,
Anytown) that we ship to every customer; it does not correspond to anyone.

Thanks,
{a}
Implementation Consultant, Meridian EHR""", atts=[("SAMPLE_CCD_certification.xml", ccda)])

    # t06 training environment screenshot described
    a = nm()
    NEG(K, "tip sheet describing a TRAIN-environment screenshot with a training patient and a flagged A1c", me(a),
        '"Epic Super Users - Primary Care" <su-primarycare@riversidehealth.example>', "Tip sheet: result routing (screenshots)",
        enc="qp", body=f"""Super users,

The new result-routing tip sheet is on the SharePoint. Because the screenshots will not render in Outlook for everyone, here is what each one shows. All screenshots were taken in the TRAIN environment.

Screenshot 1 - In Basket, Results folder. The training patient TRAIN, ALPHA (MRN TRN000412, a 55-year-old training persona) has a hemoglobin A1c of 7.2% flagged high in red.
Screenshot 2 - The Result Note activity open on the same training patient, with the SmartPhrase .RESULTNORMAL inserted.
Screenshot 3 - The "Route to PCP pool" button circled in yellow.
Screenshot 4 - The patient's MyChart preview pane showing "Your result is available".

Please don't search for TRAIN, ALPHA in PRD - he only exists in TRAIN and PLY.{sig(a, 'Clinical Informatics Educator', 'Clinical Informatics', 'BSN, RN')}""")

    # t07 vendor demo report PDF (flate)
    a, b = nm(), nm()
    lines = [("Population Health Insights - DEMO REPORT",), "All patient names and values below are fictitious demo data.",
             "Generated by CareMetrics demo tenant 'DEMO-HOSPITAL'.", "",
             ("Diabetes registry: patients with last HbA1c > 9.0%",),
             "Demo Patient   Age  Last HbA1c  Date        PCP (demo)",
             "Avery Demo01    62   9.8 %      01/14/2025  Dr. Demo Smith",
             "Blake Demo02    47   10.4 %     12/02/2024  Dr. Demo Jones",
             "Casey Demo03    71   9.3 %      02/20/2025  Dr. Demo Smith",
             "Devon Demo04    55   11.1 %     11/30/2024  Dr. Demo Lee", "",
             ("Hypertension registry: last BP >= 140/90",),
             "Emery Demo05    66   152/94     02/11/2025  Dr. Demo Lee",
             "Finley Demo06   59   148/92     01/28/2025  Dr. Demo Jones", "",
             "This demo illustrates the registry view. In your tenant the same report is built from your own data.",
             "CareMetrics, Inc. - Demo materials - do not distribute"]
    NEG(K, "vendor demo registry report; every row is a 'DemoNN' fictitious patient in a demo tenant", me(a, "caremetrics.example.org"),
        me(b), "Demo report from today's session", inbound=True,
        body=f"""Hi {b.split()[0]},

Thanks for the time today. As requested, attached is the PDF of the registry
report we walked through. It comes from our demo tenant, so the patients are
the Demo01-Demo06 personas, not anyone real.

Happy to set up a pilot with your own data once legal signs the BAA.

Best,
{a}
Solutions Engineer, CareMetrics
{ph('617')}""", atts=[("CareMetrics_demo_registry.pdf", pdf(lines, flate=True, title="Demo registry report"))])

    # t08 portal letter mock-up (HTML body)
    a, b = nm(), nm()
    inner = P(f"""Hi {b.split()[0]},

Below is a mock-up of the new MyChart letter for colonoscopy results, so the committee can see layout and tone before Friday. The name, date and findings are placeholders I typed in; this is what it will look like once the SmartLinks fill in.""") + """
<div style="border:2px dashed #999;padding:12px;margin:12px 0">
<p style="color:#b00"><b>MOCK-UP - NOT A REAL PATIENT</b></p>
<p>Dear Alex Example,</p>
<p>Thank you for completing your colonoscopy on <span>April&nbsp;2,&nbsp;2025</span>. We removed <b>two small polyps</b>. The pathology shows they were <i>tubular adenomas</i>, which are not cancer.</p>
<p>Because of these results, we recommend your next colonoscopy in <b>7 years</b>.</p>
<p>Dr. Placeholder Gastro, MD</p>
</div>""" + P(f"""Feedback by Thursday please.

{a}
Patient Experience Writer, Digital Health""")
    NEG(K, "HTML mock-up of a colonoscopy result letter, boxed and marked MOCK-UP - NOT A REAL PATIENT", me(a), me(b),
        "Letter mock-up for Friday", html=html_doc(inner), henc="qp")

    # t09 nursing skills-lab training scenario (TXT)
    a = nm()
    scen = """SKILLS LAB SCENARIO 4 - CHEST PAIN ON A MED-SURG UNIT
(Fictional case for simulation training. Any resemblance to a real person is coincidental.)

Persona: "Walter Pruitt", 72-year-old man, day 2 after elective right hip replacement.
Background: hypertension, hyperlipidemia, former smoker (40 pack-years).
Home meds (scripted): amlodipine 5 mg daily, atorvastatin 40 mg nightly.

Prompt at 0800: patient reports pressure-like chest pain 7/10 radiating to the left arm.
Scripted vitals: BP 168/96, HR 104, RR 22, SpO2 93% on room air.
Expected learner actions: stop activity, 12-lead ECG within 10 minutes, notify provider,
aspirin per protocol, troponin, SBAR handoff.
Scripted troponin I (high-sensitivity): 48 ng/L at 0830.

Debrief questions are on page 2 of the facilitator guide.
"""
    NEG(K, "simulation scenario with a persona name, vitals and troponin, stated to be a fictional training case", me(a),
        '"Med-Surg Educators" <medsurg-educators@riversidehealth.example>', "Skills lab - scenario 4 final",
        body=f"""Team,

Scenario 4 for next week's skills lab is attached. The persona is invented
and the manikin plays him; the name was picked from our persona list so
learners practise two-identifier checks.

Please print 12 copies for each session.{sig(a, 'Clinical Nurse Educator', 'Nursing Professional Development', 'MSN, RN, CNE')}""",
        atts=[("Scenario4_chest_pain_FICTIONAL.txt", scen)])

    # t10 import file with a dummy example row (CSV)
    a, b = nm(), nm()
    rows = [["record_type", "last_name", "first_name", "dob", "mrn", "test_code", "result", "units", "note"],
            ["EXAMPLE", "Dummy", "Example", "01/01/1900", "ZZ9999999", "LDL", "101", "mg/dL", "DELETE THIS ROW BEFORE UPLOAD"],
            ["", "", "", "", "", "", "", "", ""]]
    NEG(K, "outreach upload template whose only filled row is a dummy EXAMPLE row (Dummy/Example, 1900 DOB, ZZ MRN)", me(a), me(b),
        "Lipid outreach upload template",
        body=f"""{b.split()[0]},

Here's the upload template for the lipid outreach list. Row 2 is a dummy
example so your team can see the date and units format - it must be deleted
before the file goes into the tool or the import will reject the batch.

MRNs in the real file use our RH format; the example uses ZZ so it can never
match a chart.{sig(a, 'Data Analyst', 'Population Health')}""",
        atts=[("lipid_outreach_upload_TEMPLATE.csv", csv_text(rows))])

    # t11 sample AVS mock-up (HTML attachment)
    a, b = nm(), nm()
    avs = html_doc("""<h2 style="color:#c00">SAMPLE AFTER VISIT SUMMARY - NOT A REAL PATIENT</h2>
<p><b>Patient:</b> Sample, Terry &nbsp;&nbsp; <b>Visit:</b> 03/10/2025 &nbsp;&nbsp; <b>Provider:</b> Sample Provider, MD</p>
<h3>Today's diagnoses</h3><ul><li>Acute otitis media, right ear (H66.91)</li></ul>
<h3>Your medications</h3>
<table border="1" cellpadding="4"><tr><th>Medication</th><th>How to take</th></tr>
<tr><td>amoxicillin 500 mg capsule</td><td>1 capsule by mouth 3 times a day for 10 days</td></tr>
<tr><td>ibuprofen 400 mg tablet</td><td>1 tablet every 6 hours as needed for pain</td></tr></table>
<h3>Follow-up</h3><p>Return in 2 weeks if ear pain continues.</p>
<p style="font-size:9pt;color:#777">Layout proof v2 - watermark will be removed in production.</p>""", "AVS proof")
    NEG(K, "layout proof of an after-visit summary for 'Sample, Terry', watermarked SAMPLE - NOT A REAL PATIENT", me(a), me(b),
        "AVS layout proof v2", body=f"""Hi {b.split()[0]},

Attached is proof v2 of the redesigned after-visit summary. It is populated
with sample content so you can judge spacing; the ear infection and the meds
were typed in by the print vendor, there is no chart behind it.

Changes from v1: medication table moved above follow-up, larger font.{sig(a, 'Project Manager', 'Patient Experience')}""",
        atts=[("AVS_proof_v2_SAMPLE.html", avs)])

    # t12 integration engine XML sample (test patient)
    a, b = nm(), nm()
    x = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Example payload for channel ADT_TO_DIETARY. Test data only (MSH-11 = T). -->
<ADT_A01 environment="TEST">
  <MSH><SendingApplication>EPIC</SendingApplication><ProcessingID>T</ProcessingID><MessageType>ADT^A01</MessageType></MSH>
  <PID><PatientID>ZZTEST00019</PatientID><PatientName><Family>MOUSE</Family><Given>MICKEY</Given></PatientName>
       <DateOfBirth>19281118</DateOfBirth><Sex>M</Sex></PID>
  <PV1><PatientClass>I</PatientClass><Location>TEST^T101^A</Location></PV1>
  <AL1><Allergen>PEANUT</Allergen><Severity>SV</Severity></AL1>
  <ODS><DietOrder>CARB CONTROLLED 60G</DietOrder></ODS>
</ADT_A01>
"""
    NEG(K, "integration engine example payload: test patient MOUSE^MICKEY, environment TEST, processing id T", me(a), me(b),
        "Dietary channel - example payload", enc="b64",
        body=f"""{b.split()[0]},

For the CBORD dietary channel, this is the XML our engine will hand them after
transformation. Example generated in TEST with our cartoon test patient, so
the peanut allergy and carb-controlled diet are just there to exercise the
AL1 and ODS mapping:

{x}
If the dietary vendor wants additional fields (height/weight), tell me by
Monday.{sig(a, 'Interface Analyst', 'Integration Services')}""")

    # t13 registration form completed with example values (uncompressed PDF)
    a, b = nm(), nm()
    lines = [("HOW TO COMPLETE THE PATIENT REGISTRATION FORM - EXAMPLE",), "Every value on this page is an example. Do not enter these values.", "",
             "1. Legal name (last, first, middle):   EXAMPLE, PAT Q", "2. Date of birth:                      01/01/1980  (MM/DD/YYYY)",
             "3. Address:                            100 Example Street, Anytown, OH 43000",
             "4. Phone:                              (614) 555-0100",
             "5. Social Security number:            leave blank if the patient declines; never write a made-up number",
             "6. Insurance plan / member ID:         Example Health Plan / EXM000000001",
             "7. Emergency contact:                  Sam Example (spouse)", "",
             "Common errors: swapping day and month; nicknames in the legal-name box; missing middle initial.",
             "Revised 02/2025 - Patient Access Training"]
    NEG(K, "registration job aid PDF with EXAMPLE, PAT Q and example values, each marked 'example'", me(a),
        '"Patient Access - Registrars" <pa-registrars@riversidehealth.example>', "Job aid: completing the paper registration form",
        body=f"""All,

For downtime and for walk-ins at the outreach sites we still use the paper
registration form. The attached job aid shows a completed form with example
values (Pat Q. Example) and explains each box.{sig(a, 'Patient Access Trainer', 'Patient Access')}""",
        atts=[("Registration_form_job_aid_EXAMPLE.pdf", pdf(lines, title="Registration job aid"))])

    # t14 forwarded test message from TST interface (rfc822)
    a, b, c = nm(), nm(), nm()
    inner = fwd(me(c, "rxrelay.example.org"), me(a), "[TST] Order confirmation ZZTEST, DONALD",
                f"""*** TEST ENVIRONMENT - TEST DATA ONLY ***

Order confirmation from RxRelay TST
Patient: ZZTEST, DONALD   DOB: 01/01/1950   Test MRN: TST-55501
Order: atorvastatin 20 mg tablet, #30, 1 tab PO nightly
Prescriber: Test Prescriber, MD
Pharmacy: RXRELAY TEST PHARMACY 9999

This message was generated by a test transaction. No prescription was filled.""",
                "Tue, 04 Mar 2025 10:02:11 -0500")
    NEG(K, "forwarded [TST] order confirmation for test patient ZZTEST, DONALD from a vendor's test environment", me(a), me(b),
        "FW: [TST] Order confirmation ZZTEST, DONALD",
        body=f"""{b.split()[0]} - FYI, the TST e-prescribing round trip worked. The
confirmation below is for our standard test patient, so nothing to chart.
We can schedule the PRD cutover.

{a}""", atts=[("TST order confirmation.eml", inner)])

    # t15 base64 plain: MyChart TEST message
    a, b = nm(), nm()
    NEG(K, "copy of a MyChart TEST-environment notification addressed to 'Test, Mychart' (the standard test account)", me(a), me(b),
        "Copy of the notification text", enc="b64",
        body=f"""{b.split()[0]},

Here is the exact text of the notification that went to the test inbox when I released the result in the TEST environment this morning. The recipient is our shared test account (Test, Mychart / mychart.test.account), not a patient.

---
Dear Test Mychart,
A new test result is available in MyChart: LIPID PANEL. Log in to view it. Please do not reply to this message.
---

The subject line rendered as "New test result" in Gmail and Outlook. The footer still shows the old phone number, so the template needs one more fix before we move it to PRD.{sig(a, 'MyChart Analyst', 'Digital Health')}""")

    # t16 alt: mock-up of appointment reminder email
    a, b = nm(), nm()
    txt = f"""{b.split()[0]},

Mock-up of the reminder e-mail for the new Dublin imaging center is below.
I used a fake patient (Jordan Example) and a fake time; the real e-mail pulls
them from the schedule.

--- mock-up ---
Hello Jordan Example,
This is a reminder of your MRI at Riverside Imaging - Dublin on Tuesday,
May 6 at 7:30 AM. Please arrive 30 minutes early and remove all metal.
--- end ---

{a}"""
    htm = html_doc(P(f"{b.split()[0]},") + P("Mock-up of the reminder e-mail for the new Dublin imaging center is below. I used a fake patient (Jordan Example) and a fake time; the real e-mail pulls them from the schedule.") +
                   '<div style="border:1px solid #0a5;padding:10px"><p><i>mock-up</i></p><p>Hello <b>Jordan Example</b>,</p><p>This is a reminder of your <b>MRI</b> at Riverside Imaging - Dublin on <b>Tuesday, May&nbsp;6 at 7:30&nbsp;AM</b>. Please arrive 30 minutes early and remove all metal.</p></div>' +
                   P(a))
    NEG(K, "alt mock-up of an MRI reminder e-mail with fake patient 'Jordan Example'", me(a), me(b), "Imaging reminder - mock-up",
        body=txt, html=htm)

    # t17 documentation style guide with example sentences (QP)
    a = nm()
    NEG(K, "documentation style guide; example HPI sentences have no name or identifier and are labelled e.g.", me(a),
        '"Hospital Medicine Group" <hospitalmedicine@riversidehealth.example>', "CDI tip of the month: specificity",
        enc="qp", body=f"""Colleagues,

This month's CDI tip is about specificity in the assessment.

Instead of "CHF", write the type and acuity, e.g. "Acute on chronic diastolic (HFpEF) heart failure (I50.33), EF 60%, volume overloaded, diuresing with IV furosemide 40 mg BID."

Instead of "AKI", link cause and baseline, e.g. "Acute kidney injury (N17.9), creatinine 2.1 from baseline 1.0, likely prerenal from poor intake."

Instead of "low sodium", e.g. "Hypo-osmolar hyponatremia (E87.1), Na 126, likely SIADH, fluid restrict 1.2 L."

These are illustrative sentences, not excerpts from charts. The full tip sheet is on the CDI page.{sig(a, 'Clinical Documentation Specialist', 'CDI Program', 'RN, CCDS')}""")

    # t18 coding quiz (TXT)
    a = nm()
    quiz = """CODING CLINIC QUIZ - MARCH (training cases are invented)

Case 1. A 67-year-old woman is admitted with acute on chronic systolic heart failure and
stage 3b chronic kidney disease. Code the principal and secondary diagnoses.
Answer: I13.0, I50.23, N18.32

Case 2. A 45-year-old man with type 2 diabetes has diabetic peripheral neuropathy and
long-term insulin use.
Answer: E11.42, Z79.4

Case 3. A 30-year-old woman at 32 weeks' gestation presents with gestational diabetes,
diet controlled.
Answer: O24.410, Z3A.32

Case 4. A 58-year-old man is seen for sepsis due to E. coli urinary tract infection
without septic shock.
Answer: A41.51, N39.0
"""
    NEG(K, "coding quiz with invented age/sex training cases and ICD-10-CM answers, no names", me(a),
        '"HIM Coding Staff" <him-coding@riversidehealth.example>', "March quiz",
        body=f"""Coders,

March quiz attached. Please send answers to me by the 21st. The cases are
made up for the quiz; they are written like real ones on purpose.{sig(a, 'Coding Educator', 'Health Information Management', 'CCS, CPC')}""",
        atts=[("coding_quiz_march.txt", quiz)])

    # t19 HL7 ADT^A08 go-live test script message (HL7, text/plain)
    a, b = nm(), nm()
    adt = hl7(["MSH|^~\\&|EPIC|RH|LAB|RH|20250305143000||ADT^A08|GOLIVE-TS-017|T|2.3",
               "EVN|A08|20250305143000",
               "PID|1||ZZZ40017^^^TEST^MR||ZZZTEST^MINNIE^R||19450707|F|||9 TEST LANE^^NOWHERE^OH^43999||(614)555-0100",
               "PV1|1|I|TEST4W^401^A||||9999^DOCTOR^TEST",
               "DG1|1||J18.9^Pneumonia, unspecified organism^I10"])
    NEG(K, "go-live test script step: ADT^A08 for test patient ZZZTEST^MINNIE, processing id T", me(a), me(b),
        "Test script 17 - expected A08",
        body=f"""{b.split()[0]},

For test script 17 (demographic update on an inpatient), the expected A08 is
attached. The patient is ZZZTEST, MINNIE, one of the twenty go-live test
patients built in the TST environment; the pneumonia DG1 was added only to
check that diagnoses pass through.

Pass criteria: the lab system shows the new phone number within 60 seconds.{sig(a, 'Go-Live Test Coordinator', 'EHR Program Office')}""",
        atts=[("script17_expected_A08.hl7", adt, "text/plain")])

    # t20 developer docs JSON sample
    a, b = nm(), nm()
    sample = {"_comment": "Example response from GET /api/v2/results?patient=TEST-000123 in the dev sandbox. Values are dummies.",
              "patient": {"name": "Test Patient", "mrn": "TEST-000123", "dob": "1990-01-01"},
              "results": [{"code": "2160-0", "name": "Creatinine", "value": 0.9, "unit": "mg/dL", "range": "0.6-1.2", "flag": ""},
                          {"code": "33914-3", "name": "eGFR", "value": 98, "unit": "mL/min/1.73m2", "range": ">59", "flag": ""}]}
    NEG(K, "developer documentation: example JSON response for 'Test Patient' TEST-000123 with dummy creatinine/eGFR", me(a), me(b),
        "results API - example response",
        body=f"""{b.split()[0]},

Attached is the example response for the results endpoint, for the README.
It is the dev sandbox's canned patient (Test Patient, TEST-000123); the
creatinine and eGFR values are hard-coded dummies.{sig(a, 'Software Engineer', 'Digital Health Engineering')}""",
        atts=[("example_results_response.json", json.dumps(sample, indent=2))])

    # t21 training video storyboard (plain 7bit)
    a, b = nm(), nm()
    NEG(K, "e-learning storyboard: narrated screens of a training-environment chart for persona 'Zztrain, Betty'", me(a), me(b),
        "Storyboard review - Med Rec module",
        body=f"""{b.split()[0]},

Storyboard for the medication reconciliation e-learning, screens 3-6. All
footage is captured in the TRAIN environment using the persona Zztrain, Betty
(81-year-old training patient). Narration in quotes.

Screen 3: Storyboard banner shows "Zztrain, Betty - 81 y.o. F - Allergies:
penicillin". Narration: "Always confirm allergies before you start."
Screen 4: Prior-to-admission med list - metoprolol tartrate 25 mg BID,
apixaban 5 mg BID, furosemide 20 mg daily. Narration: "Mark each one as
taking, not taking, or unable to assess."
Screen 5: the apixaban row is highlighted. Narration: "Anticoagulants need a
last-dose time."
Screen 6: Sign the reconciliation.

Please review narration by Wednesday.{sig(a, 'Instructional Designer', 'Learning & Development')}""")

    # t22 discharge instructions example PDF (flate)
    a = nm()
    lines = [("Discharge Instructions - Heart Failure (EXAMPLE COPY)",), "This sample shows the new layout. Patient and values are made up.", "",
             "Patient: Pat Example          Discharge date: 01/01/2025", "Diagnosis: Heart failure with reduced ejection fraction", "",
             "Weigh yourself every morning. Call if you gain 3 pounds in a day or 5 pounds in a week.",
             "Limit salt to 2,000 mg a day. Limit fluids to 2 liters a day.",
             "Medicines: sacubitril-valsartan 24-26 mg twice a day; carvedilol 6.25 mg twice a day;",
             "furosemide 40 mg every morning.", "", "Follow-up: Heart Failure Clinic within 7 days.",
             "Sample printed from the PLY (playground) environment."]
    NEG(K, "heart-failure discharge instruction sample PDF for 'Pat Example', printed from the playground environment", me(a),
        '"Cardiology Nursing" <cardiology-nursing@riversidehealth.example>', "New HF discharge instructions - sample copy",
        body=f"""Hi all,

The new heart failure discharge instructions go live April 1. Attached is a
sample copy printed from PLY so you can see how it looks. The "patient" is
our placeholder Pat Example.{sig(a, 'Heart Failure Nurse Navigator', 'Cardiology', 'RN')}""",
        atts=[("HF_discharge_EXAMPLE.pdf", pdf(lines, flate=True, title="HF discharge sample"))])

    # t23 billing statement mock-up (HTML, base64)
    a, b = nm(), nm()
    inner = P(f"""{b.split()[0]},

Proof of the redesigned patient statement is below, populated with the print vendor's fake data. Please check the aging boxes.""") + \
        '<div style="border:1px solid #333;padding:10px;width:560px"><p style="color:#c00"><b>FAKE DATA - PROOF ONLY</b></p>' + \
        "<p><b>Statement for:</b> Sam Sample<br>100 Fake Street, Anytown OH 43000<br><b>Account:</b> SAMPLE-00012</p>" + \
        table(["Date", "Description", "Charges", "Insurance paid", "You owe"],
              [["01/02/2025", "Office visit, established (99214)", "$210.00", "$168.00", "$42.00"],
               ["01/02/2025", "Lipid panel (80061)", "$58.00", "$58.00", "$0.00"]]) + "<p><b>Amount due: $42.00</b></p></div>" + P(a)
    NEG(K, "statement proof with the vendor's fake data (Sam Sample, SAMPLE account) and CPT lines", me(a), me(b),
        "Statement proof", html=html_doc(inner), henc="b64")

    # t24 prior auth how-to (alt)
    a = nm()
    txt = f"""Team,

Reminder on the imaging prior-auth request: the payer portal rejects
requests where the member ID has spaces. Example of a correctly completed
block (illustrative values, not a real member):

  Member name:   Example, Chris
  Member ID:     XYZ123456789 (no spaces, no dashes)
  Requested:     MRI lumbar spine w/o contrast (72148)
  Diagnosis:     M54.16 lumbar radiculopathy
  Clinical:      6 weeks of PT and NSAIDs documented

{a}"""
    htm = html_doc(P("Team,") + P("Reminder on the imaging prior-auth request: the payer portal rejects requests where the member ID has spaces. Example of a correctly completed block (illustrative values, not a real member):") +
                   table(["Field", "Example"], [["Member name", "Example, Chris"], ["Member ID", "XYZ123456789 (no spaces, no dashes)"],
                                               ["Requested", "MRI lumbar spine w/o contrast (72148)"], ["Diagnosis", "M54.16 lumbar radiculopathy"],
                                               ["Clinical", "6 weeks of PT and NSAIDs documented"]]) + P(a))
    NEG(K, "prior-auth how-to with an illustrative member 'Example, Chris' and a non-RHP sample member id", me(a),
        '"Central Authorization Team" <central-auth@riversidehealth.example>', "Prior auth - member ID format", body=txt, html=htm)

    # t25 EOB illustration (uncompressed PDF)
    a = nm()
    lines = [("Riverside Health Plan - How to read your Explanation of Benefits",), "ILLUSTRATION ONLY. The member and claim below are made up.", "",
             "Member: Jane Q. Member        Claim number: ILLUSTRATION-001", "Provider: Anytown Family Doctor", "",
             "Service       Billed    Allowed   Plan paid   You owe", "99213 visit   $150.00   $98.00    $78.40      $19.60",
             "", "A - Billed: what the provider charged.", "B - Allowed: the contracted amount.",
             "C - You owe: copay, coinsurance or deductible.", "This is not a bill."]
    NEG(K, "member-education EOB guide with an invented 'Jane Q. Member' marked ILLUSTRATION ONLY", me(a),
        '"Health Plan Member Services" <hp-memberservices@riversidehealth.example>', "EOB guide for the welcome kit",
        enc="qp", body=f"""Hi team,

Final EOB guide for the 2025 welcome kit attached. Everything on it is illustrative; legal approved the wording on 2/27.{sig(a, 'Member Communications Lead', 'Riverside Health Plan')}""",
        atts=[("EOB_guide_illustration.pdf", pdf(lines, title="EOB guide"))])

    # t26 test patient showing in production worklist (QP)
    a, b = nm(), nm()
    NEG(K, "complaint that a test patient (ZZTEST, ROBERT) appears on a production worklist; no real patient", me(a), me(b),
        "Test patient on the ED worklist again", enc="qp", body=f"""Hi {b.split()[0]},

The test patient ZZTEST, ROBERT (test MRN ZZ0000993) is showing on the ED tracking board in production again, in room 14 with a chief complaint of "TEST - chest pain". Charge nurses keep asking who he is. He was created for the monitor-integration test last week and was never discharged.

Can you discharge him in PRD and hide the ZZ test patients from the ED board filter? This is the third time this quarter.{sig(a, 'ED Nurse Manager', 'Emergency Department', 'BSN, RN')}""")

    # t27 discharge summary template mock-up (HTML attachment)
    a, b = nm(), nm()
    mock = html_doc("""<h2>Discharge Summary - new template (mock-up filled with fake data)</h2>
<p style="color:#a00">Fake data for layout review. No real patient.</p>
<p><b>Patient:</b> Lorem Ipsum &nbsp; <b>Admit:</b> 01/01/2025 &nbsp; <b>Discharge:</b> 01/04/2025</p>
<p><b>Principal diagnosis:</b> Community-acquired pneumonia (J18.9)</p>
<p><b>Hospital course:</b> Dolor sit amet. Treated with ceftriaxone and azithromycin, transitioned to oral amoxicillin-clavulanate.</p>
<p><b>Discharge medications:</b> amoxicillin-clavulanate 875-125 mg BID x 3 days</p>
<p><b>Follow-up:</b> PCP in 1 week; chest x-ray in 6 weeks.</p>""", "DC summary mock-up")
    NEG(K, "discharge-summary template mock-up filled with fake data ('Lorem Ipsum') for layout review", me(a), me(b),
        "DC summary template - mock-up for review", enc="qp",
        body=f"""{b.split()[0]},

Mock-up of the new discharge summary template attached. I filled it with fake data (Lorem Ipsum) so the sections have realistic lengths. Please review the section order.{sig(a, 'Physician Informaticist', 'Clinical Informatics', 'MD')}""",
        atts=[("DC_summary_template_mockup.html", mock)])

    # t28 834 spec with TEST SUBSCRIBER (TXT)
    a, b = nm(), nm()
    spec = """834 BENEFIT ENROLLMENT - COMPANION GUIDE EXCERPT, SECTION 6 (SAMPLE TRANSACTION)
The sample below uses test data published in the companion guide. It is not a member.

ISA*00*          *00*          *ZZ*RIVERSIDEHP    *ZZ*TESTSENDER     *250301*1200*^*00501*000000901*0*T*:~
GS*BE*RIVERSIDEHP*TESTSENDER*20250301*1200*901*X*005010X220A1~
ST*834*0001*005010X220A1~
BGN*00*TEST0001*20250301*1200****2~
INS*Y*18*021*28*A***FT~
REF*0F*TESTSUB0001~
NM1*IL*1*SUBSCRIBER*TEST****34*000000000~
DMG*D8*19800101*F~
HD*021**HLT*GOLD PPO TEST~
SE*9*0001~
"""
    NEG(K, "834 companion-guide excerpt with TEST SUBSCRIBER and usage indicator T", me(a, "benefitsgateway.example.org"), me(b),
        "Companion guide section 6", inbound=True,
        body=f"""{b},

Section 6 of the companion guide is attached as text, with the sample
transaction. Note ISA15 is T and the subscriber is the guide's TEST
SUBSCRIBER with all-zero id. Send your first test file when ready.

{a}
EDI Onboarding, Benefits Gateway""", atts=[("834_companion_section6.txt", spec)])

    # t29 patient-education example schedule (HTML body, 7bit)
    a = nm()
    inner = P("Pharmacy team,") + P("Draft handout for new warfarin starts. The sample calendar shows how a mixed-dose week is written; it uses an example patient and doses, not anyone's prescription.") + \
        "<p><b>Example: Mr. Example takes 5 mg most days and 7.5 mg on Mondays and Fridays.</b></p>" + \
        table(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], [["7.5 mg", "5 mg", "5 mg", "5 mg", "7.5 mg", "5 mg", "5 mg"]]) + \
        P("Tell the clinic before starting antibiotics. Keep vitamin K foods steady.") + P(f"{a}<br>Anticoagulation Pharmacist")
    NEG(K, "warfarin education handout draft with an example dosing calendar for 'Mr. Example'", me(a),
        '"Anticoagulation Pharmacists" <anticoag-rph@riversidehealth.example>', "Handout draft - mixed-dose calendar",
        html=html_doc(inner), henc="7bit")

    # t30 consent wording sample (flate PDF)
    a = nm()
    lines = [("Consent for Blood Transfusion - completed SAMPLE for staff training",), "The name and signatures below are samples.", "",
             "I, Chris Sample, agree to receive blood or blood products as my doctor recommends.",
             "Risks explained: fever, allergic reaction, infection (rare), fluid overload.",
             "Alternatives explained: medicines to raise hemoglobin, no transfusion.",
             "Signature: (sample signature)      Date: 01/01/2025", "Witness: Training RN", "",
             "Tip: the consent must be signed before the first unit is spiked."]
    NEG(K, "training sample of a completed transfusion consent (Chris Sample, sample signature)", me(a),
        '"Transfusion Safety Officers" <transfusion-safety@riversidehealth.example>', "Completed consent sample for huddles",
        enc="b64", body=f"""Hi all,

For huddles this week: attached is a completed consent sample so staff can see where the risks and alternatives are initialed. The signer is a sample name.{sig(a, 'Transfusion Safety Officer', 'Blood Bank', 'MLS(ASCP)')}""",
        atts=[("transfusion_consent_SAMPLE.pdf", pdf(lines, flate=True, title="Consent sample"))])

    # t31 SmartPhrase rendering in PLY (plain)
    a, b = nm(), nm()
    NEG(K, "SmartPhrase build note showing how .TSHLETTER renders on the PLY environment's 'Testing Patient'", me(a), me(b),
        "SmartPhrase .TSHLETTER built",
        body=f"""{b.split()[0]},

.TSHLETTER is built and shared with the endocrine pool. This is how it
renders on our PLY test patient "Testing Patient" with the dummy TSH I
resulted there:

  Dear Testing Patient,
  Your TSH was 2.1 mIU/L (normal 0.4-4.0). Your thyroid dose is right.
  Keep taking levothyroxine 75 mcg every morning on an empty stomach.

The dose line comes from the active med list, so it will be blank when the
patient is not on levothyroxine.{sig(a, 'Ambulatory Analyst', 'Clinical Applications')}""")

    # t32 radiology report sample findings (TXT)
    a = nm()
    rpt = """STRUCTURED REPORT TEMPLATE: CT ABDOMEN/PELVIS, APPENDICITIS PROTOCOL
Sample report (fictional findings to illustrate the template; no patient):

TECHNIQUE: Axial CT of the abdomen and pelvis with IV contrast.
FINDINGS:
  Appendix: dilated to 11 mm with periappendiceal fat stranding. No abscess.
  Liver, spleen, pancreas: normal.
  Free fluid: small amount in the right lower quadrant.
IMPRESSION:
  1. Acute uncomplicated appendicitis.
"""
    NEG(K, "structured CT report template with fictional sample findings, no patient fields", me(a),
        '"Body Imaging Radiologists" <body-imaging@riversidehealth.example>', "Appendicitis template - sample report",
        body=f"""Colleagues,

Attached is the proposed structured template with a sample report filled in
with fictional findings. Comments by the next section meeting please.{sig(a, 'Section Chief, Body Imaging', 'Radiology', 'MD')}""",
        atts=[("appendicitis_template_sample.txt", rpt)])

    # t33 simulation scenario file (JSON)
    a = nm()
    sim = {"scenario": "Sepsis recognition - adult", "simulator": "high-fidelity manikin", "note": "fictional persona for simulation",
           "persona": {"name": "Harold Sim", "age": 68, "history": ["COPD (J44.9)", "type 2 diabetes (E11.9)"]},
           "states": [{"t": 0, "HR": 118, "BP": "88/50", "RR": 26, "SpO2": 90, "temp_C": 38.9},
                      {"t": 10, "lactate_mmol_L": 4.2, "WBC_K_uL": 18.6}],
           "expected_actions": ["blood cultures x2", "30 mL/kg crystalloid", "broad-spectrum antibiotics within 1 hour"]}
    NEG(K, "simulation-lab scenario file for the manikin persona 'Harold Sim' with scripted vitals and labs", me(a),
        '"Simulation Center Staff" <simcenter@riversidehealth.example>', "Scenario file for Thursday", enc="qp",
        body=f"""Sim techs,

Scenario file for Thursday's sepsis session attached (JSON for the manikin software). Harold Sim is our standard adult persona; vitals change at t=10.{sig(a, 'Simulation Educator', 'Simulation Center', 'RN, CHSE')}""",
        atts=[("sepsis_scenario.json", json.dumps(sim, indent=2))])

    # t34 synthetic demo dataset (CSV) - realistic names but synthetic
    a, b = nm(), nm()
    rows = [["synthetic_id", "name", "birth_date", "condition", "icd10", "last_a1c", "note"]]
    for k in range(6):
        f, l = person()
        rows.append([f"SYN-{1000 + k}", f"{f} {l}", f"19{R.randint(40, 95)}-0{R.randint(1, 9)}-1{R.randint(0, 9)}",
                     R.choice(["Type 2 diabetes", "Hypertension", "Asthma", "CKD stage 3a"]),
                     R.choice(["E11.9", "I10", "J45.909", "N18.31"]), f"{R.randint(55, 110) / 10:.1f}", "SYNTHETIC - generated"])
    NEG(K, "Synthea-style synthetic dataset: realistic-looking names but every row generated and labelled SYNTHETIC", me(a), me(b),
        "Synthetic dataset for the dashboard demo",
        body=f"""{b.split()[0]},

For the dashboard demo to the board, here is the synthetic patient file. It
was generated with Synthea using our county's age mix; the names come from
the generator's name lists and none of these people exist. Each row is
tagged SYNTHETIC so nobody mistakes it for an extract.

Please keep using it instead of PRD data for any demo outside the
analytics team.{sig(a, 'Analytics Engineer', 'Enterprise Analytics')}""", atts=[("synthetic_patients_demo.csv", csv_text(rows))])

    # t35 kiosk screen mock-up text (plain base64)
    a, b = nm(), nm()
    NEG(K, "check-in kiosk screen copy with a placeholder persona 'Taylor Test' and example DOB", me(a), me(b),
        "Kiosk screen copy - round 2", enc="b64",
        body=f"""{b.split()[0]},

Round 2 of the kiosk screen copy. The name and dates are what the vendor's demo kiosk shows; they are not from our system.

Screen 1: "Welcome! Please tap to check in."
Screen 2: "Hi Taylor Test! Please confirm your date of birth: 01/01/1980."
Screen 3: "Is your insurance still DEMO HEALTH PLAN? Yes / No"
Screen 4: "You are checked in for your 10:15 AM visit with Dr. Demo. Please have a seat."

We want "Hi" changed to "Welcome" and the DOB masked to the year only.{sig(a, 'Access Center Manager', 'Patient Access')}""")

    # t36 sample 271 in XML from clearinghouse onboarding
    a, b = nm(), nm()
    x = """<?xml version="1.0" encoding="UTF-8"?>
<EligibilityResponse sample="true" usage="T">
  <!-- Onboarding sample. TEST SUBSCRIBER is the clearinghouse's fixed test identity. -->
  <Payer name="TEST PAYER" id="00000"/>
  <Subscriber><Name last="SUBSCRIBER" first="TEST"/><MemberID>TST000000001</MemberID><DOB>19700101</DOB></Subscriber>
  <Benefit serviceType="30" coverage="Active Coverage" plan="TEST PPO"/>
  <Benefit serviceType="98" copay="25.00"/>
</EligibilityResponse>
"""
    NEG(K, "clearinghouse onboarding sample 271 (XML) for TEST SUBSCRIBER, usage T", me(a, "clearpathclaims.example.org"), me(b),
        "Onboarding: sample eligibility response", inbound=True, enc="qp",
        body=f"""Hi {b.split()[0]},

Attached is the sample eligibility response your developers asked for. It is the fixed test identity we give every customer (TEST SUBSCRIBER), returned by our certification endpoint.

{a}
Customer Onboarding, ClearPath""", atts=[("sample_271.xml", x)])

    # t37 pharmacy label printer test (alt)
    a, b = nm(), nm()
    txt = f"""{b.split()[0]},

Test print from the new label printer in the 3 North med room came out
clipped. This is what the test label contains (test patient, test drug,
printed from the pharmacy system's printer-test function):

  TEST, PATIENT          RM TEST-01
  amoxicillin 500 mg cap   1 cap PO TID
  ** PRINTER TEST - NOT FOR DISPENSING **

The last line is cut off at the right margin. Can biomed or IT check the
label stock setting?

{a}"""
    htm = html_doc(P(f"{b.split()[0]},") + P("Test print from the new label printer in the 3 North med room came out clipped. This is what the test label contains (test patient, test drug, printed from the pharmacy system's printer-test function):") +
                   "<pre>TEST, PATIENT          RM TEST-01\namoxicillin 500 mg cap   1 cap PO TID\n** PRINTER TEST - NOT FOR DISPENSING **</pre>" +
                   P("The last line is cut off at the right margin. Can biomed or IT check the label stock setting?") + P(a))
    NEG(K, "label-printer test print: TEST, PATIENT with a test drug line marked NOT FOR DISPENSING", me(a), me(b),
        "3N label printer", body=txt, html=htm)

    # t38 forwarded vendor demo e-mail "what your patients will see" (rfc822)
    a, b, c = nm(), nm(), nm()
    inner = fwd(me(c, "visitready.example.org"), me(a), "Here's what your patients will see",
                """Hi there,

Below is a demo of the pre-visit message your patients would receive. We
filled it in with our demo persona.

  Hi Olivia, your visit with Dr. Rivera for your annual physical is
  tomorrow at 2:00 PM. Please complete your health questionnaire and
  confirm your medications: lisinopril 10 mg, metformin 500 mg.

Olivia is a demo persona; the questionnaire link goes to our demo site.

The VisitReady team""", "Mon, 03 Mar 2025 16:40:00 -0500")
    NEG(K, "forwarded vendor marketing demo of a pre-visit message with a demo persona 'Olivia' and demo meds", me(a), me(b),
        "FW: Here's what your patients will see",
        body=f"""{b.split()[0]} - this is the vendor I mentioned. Their demo is below;
worth a look before the digital front door meeting.

{a}""", atts=[("Here's what your patients will see.eml", inner)])

    # t39 training patients list (HTML body QP)
    a = nm()
    inner = P("Class participants,") + P("Use only these training patients in the TRN environment during Tuesday's class. They are fake records built for the class and reset every night.") + \
        table(["Training patient", "Training MRN", "Scenario"], [["Trainone, Ann", "TRN100201", "New-onset atrial fibrillation"],
                                                               ["Traintwo, Ben", "TRN100202", "COPD exacerbation"],
                                                               ["Trainthree, Cam", "TRN100203", "Post-op day 1, knee replacement"],
                                                               ["Trainfour, Dee", "TRN100204", "DKA on insulin drip"]]) + \
        P("Do not log into PRD during class.") + P(f"{a}<br>Epic Credentialed Trainer")
    NEG(K, "class handout listing TRN-environment training patients (Trainone, Ann ...) with scenarios", me(a),
        '"Inpatient RN Class - March 11" <rn-class-0311@riversidehealth.example>', "Tuesday class - your training patients",
        html=html_doc(inner), henc="qp")

    # t40 Spanish template with sample name (QP, es-US)
    a, b = nm(), nm()
    NEG(K, "Spanish reminder letter draft with an obviously sample name 'Juan Ejemplo', marked ejemplo", me(a), me(b),
        "Carta de recordatorio - borrador", enc="qp", lang="es-US",
        body=f"""Hola {b.split()[0]},

Aquí está el borrador de la carta de recordatorio en español. El nombre y la fecha son solo un ejemplo para ver el formato.

--- EJEMPLO ---
Estimado/a Juan Ejemplo:
Le recordamos su cita de control de presión arterial el martes 6 de mayo a las 9:00 a. m. en la Clínica Familiar de Riverside. Traiga todos sus medicamentos.
--- FIN DEL EJEMPLO ---

Por favor, revise la traducción antes del viernes.{sig(a, 'Coordinadora de Servicios de Idiomas', 'Language Services')}""")

# ==============================================================================================
# NEGATIVE: id_shaped (40) - staff named beside health words and identifier-shaped numbers, no patient


def ndc():
    return f"{R.randint(1, 99999):05d}-{R.randint(1, 9999):04d}-{R.randint(1, 99):02d}"


def lot():
    return R.choice("ABCDEFGHKLMNPRSTW") + R.choice("ABCDEFGHKLMNPRSTW") + str(R.randint(10000, 99999))


def serial():
    return R.choice(["SN", "S/N "]) + str(R.randint(10, 99)) + R.choice("ABCDEFGHJK") + str(R.randint(100000, 999999))


def id_shaped():
    K = "id_shaped"
    # i01 supply order for a unit manager
    a, b = nm(), nm()
    o = id324()
    NEG(K, f"supply order confirmation for a named telemetry unit manager; order number {o} is SSN-shaped", me(a, "apexmedsupply.example.org"),
        me(b), f"Order {o} confirmed", inbound=True,
        body=f"""Hello {b},

Your order {o} for 4 West Cardiac Telemetry has been confirmed and will ship
from our Groveport distribution center on Thursday.

  Item 118-2204  ECG electrodes, foam, adult (case of 600)   qty 4
  Item 330-1187  Telemetry pouch, disposable (box of 50)     qty 6
  Item 402-0915  SpO2 sensor, adult, single-use (box of 24)  qty 3

Ship-to account 410582297, dock 3. Questions: {ph('800')}.

{a}
Customer Care, Apex Medical Supply""")

    # i02 analyzer service ticket with lab supervisor (QP)
    a, b = nm(), nm()
    t = id324()
    s = serial()
    NEG(K, f"chemistry analyzer service ticket {t} (3-2-4) for a named lab supervisor, analyzer serial, no patient", me(a, "diagnostix.example.org"),
        me(b), f"Service ticket {t} - cobas module", inbound=True, enc="qp",
        body=f"""Dear {b},

We have opened service ticket {t} for the c503 chemistry module ({s}) at the Riverside Main core lab, reported by you at 06:40 for repeated sample short-aspiration alarms.

Field engineer {nm()} is scheduled for today between 13:00 and 15:00. Please have the last 48 hours of alarm logs and the most recent QC report (levels 1 and 2) available. Until the repair, run creatinine and BUN on the backup module as per your downtime procedure.

Regards,
{a}
Technical Support Center, Diagnostix""")

    # i03 pharmacy recall with lots and NDCs (HTML)
    a = nm()
    rows = []
    for drug in ["Heparin sodium 5,000 units/mL, 1 mL vial", "Heparin sodium 1,000 units/mL, 10 mL vial", "Heparin sodium 5,000 units/0.5 mL PFS"]:
        rows.append([drug, ndc(), lot(), f"0{R.randint(1, 9)}/2026", R.choice(["Main pharmacy", "OR satellite", "5 North ADC"])])
    inner = P("Nursing and pharmacy staff,") + P("The manufacturer has issued a voluntary Class II recall of the heparin lots below because of particulate matter. Please pull any remaining stock today and return it to the main pharmacy. No patient action is needed; the recall is at the user level only.") + \
        table(["Product", "NDC", "Lot", "Exp", "Location stocked"], rows) + \
        P(f"Questions to the pharmacy buyer, {nm()}, {ext()}.") + P(f"{a}, PharmD<br>Medication Safety Officer<br>Department of Pharmacy")
    NEG(K, "heparin recall notice from a named pharmacist with NDCs and lot numbers; no patient", me(a),
        '"All Nursing Units" <all-nursing@riversidehealth.example>', "Recall - heparin lots, pull today", html=html_doc(inner), henc="qp")

    # i04 billing batch ids (CSV)
    a, b = nm(), nm()
    rows = [["batch_id", "payer_group", "claim_count", "total_charges", "status", "analyst"]]
    for k in range(8):
        rows.append([f"B{20250303 + k // 4}-{R.randint(1000, 9999)}", R.choice(["Medicare", "Medicaid MCO", "Commercial", "Workers comp"]),
                     R.randint(80, 1400), f"{R.randint(40000, 900000)}.{R.randint(10, 99)}", R.choice(["Accepted", "Accepted", "Rejected - envelope"]), a])
    NEG(K, "837 batch-level report with batch ids, claim counts and totals; no claim or patient detail", me(a), me(b),
        "Batch status this week", body=f"""{b.split()[0]},

Weekly batch status attached. The two envelope rejections were the ISA08
typo; both batches were rebuilt and accepted on resubmission.{sig(a, 'EDI Analyst', 'Revenue Cycle')}""",
        atts=[("batch_status_wk10.csv", csv_text(rows))])

    # i05 payroll/HR id for named nurse (base64)
    a, b = nm(), nm()
    NEG(K, "payroll direct-deposit confirmation for a named RN with a 7-digit employee id; nothing about health", me(a), me(b),
        "Direct deposit change processed", enc="b64",
        body=f"""Hi {b.split()[0]},

Your direct deposit change has been processed. Starting with the 3/21 pay date, 100% of your net pay will go to the new account ending 4417.

Employee ID: {digits(7)}
Department: 6200 - Neonatal Intensive Care
Job: Registered Nurse III, night shift differential

If you did not request this change, call the Payroll line right away.{sig(a, 'Payroll Specialist', 'Human Resources')}""")

    # i06 parking permit (plain)
    a, b = nm(), nm()
    pp = id324()
    NEG(K, f"parking permit renewal for an ICU nurse; permit number {pp} is SSN-shaped", me(a), me(b), "Garage C permit",
        body=f"""Hi {b.split()[0]},

Your Garage C permit has been renewed through June 30. Permit number
{pp}. Hang tag is blue this year. Night-shift ICU staff may park on level 2
after 18:00.

Parking & Transportation Services
{ph()}""")

    # i07 badge replacement (QP)
    a, b = nm(), nm()
    NEG(K, "badge replacement notice with a 9-digit badge number for a respiratory therapist; no health information", me(a), me(b),
        "Replacement badge ready", enc="qp",
        body=f"""{b.split()[0]},

Your replacement badge is ready for pickup at Security, ground floor of the Heart & Vascular Tower. The old badge ({digits(9)}) has been deactivated; the new badge number is {digits(9)}.

Access groups carried over: Respiratory Therapy, ICU 3, ED, Pulmonary Function Lab.

Security Operations
{ph()}""")

    # i08 locker assignment (TXT)
    a = nm()
    rows = "\n".join(f"{nm():<24} Locker {R.randint(100, 480):>4}   Combo {R.randint(10, 39)}-{R.randint(10, 39)}-{R.randint(10, 39)}   Exp 12/31/2025" for _ in range(8))
    NEG(K, "OR locker assignments for named staff with combination numbers and dates; no patient", me(a),
        '"Perioperative Services Staff" <periop-staff@riversidehealth.example>', "Locker room reassignment",
        body=f"""All,

The women's and men's OR locker rooms were re-keyed. New assignments are
attached. Scrubs machine credits are unchanged.{sig(a, 'Perioperative Business Manager', 'Surgical Services')}""",
        atts=[("OR_locker_assignments.txt", "OR LOCKER ASSIGNMENTS - MAIN CAMPUS\n\n" + rows + "\n")])

    # i09 QC results (CSV)
    a, b = nm(), nm()
    s1 = serial()
    rows = [["date", "analyzer", "serial", "analyte", "qc_level", "qc_lot", "value", "units", "mean", "sd", "status", "tech"]]
    for d in range(3, 7):
        for an, u, m, sd in [("Glucose", "mg/dL", 98, 2.1), ("Potassium", "mmol/L", 4.1, 0.06), ("Creatinine", "mg/dL", 1.02, 0.03)]:
            for lv in (1, 2):
                mm = m if lv == 1 else round(m * 2.6, 2)
                v = round(mm + R.uniform(-1.5, 1.5) * sd, 2)
                rows.append([f"2025-03-0{d}", "CHEM-A", s1, an, lv, f"QC{R.randint(40000, 40002)}", v, u, mm, sd, "Accept", b.split()[0][0] + b.split()[-1][0]])
    NEG(K, "chemistry QC export (levels 1/2, analyzer serial, QC lots) sent by a lab supervisor; no patient samples", me(a),
        '"Lab Medical Director" <lab-director@riversidehealth.example>', "Weekly QC - CHEM-A",
        body=f"""Dr. {nm().split()[-1]},

Weekly QC summary for CHEM-A attached. All runs accepted; glucose level 2
trended up 1 SD on Thursday after the new reagent pack, within limits.
Reviewed by {b}, MLS.{sig(a, 'Core Lab Supervisor', 'Laboratory Services', 'MLS(ASCP)')}""",
        atts=[("QC_CHEM-A_wk10.csv", csv_text(rows))])

    # i10 blood bank refrigerator temperature log (uncompressed PDF)
    a = nm()
    lines = [("Blood Bank Refrigerator Temperature Log - March 2025",), f"Unit: BB-REF-2  Serial: {serial()}  Asset tag: {digits(7)}", ""]
    for d in range(1, 11):
        lines.append(f"03/{d:02d}/2025   08:00  {R.uniform(2.5, 5.0):.1f} C   20:00  {R.uniform(2.5, 5.0):.1f} C   Initials: {a.split()[0][0]}{a.split()[-1][0]}")
    lines += ["", "Acceptable range 1-6 C. No excursions this period.", f"Reviewed: {a}, MLS(ASCP)"]
    NEG(K, "blood bank refrigerator temperature log with serial and asset tag; no units issued, no patient", me(a),
        '"Transfusion Service" <transfusion-service@riversidehealth.example>', "Temp log for the AABB file",
        enc="qp", body=f"""Attached is the first ten days of the BB-REF-2 temperature log for the AABB binder.{sig(a, 'Blood Bank Lead Technologist', 'Transfusion Service')}""",
        atts=[("BB-REF-2_temp_log_March.pdf", pdf(lines, title="Temp log"))])

    # i11 drug shortage notice with NDCs (alt)
    a = nm()
    n1, n2, n3 = ndc(), ndc(), ndc()
    txt = f"""Prescribers and nurses,

Because of a national shortage, cefazolin 2 g premixed bags (NDC {n1}) are
unavailable until at least May. Pharmacy will compound 2 g in 100 mL NS from
vials (NDC {n2}); expect 30 minutes longer turnaround for first doses.
Surgical prophylaxis is protected: OR satellites keep cefazolin 2 g vials
(NDC {n3}).

No order changes are needed.

{a}, PharmD, BCPS
Pharmacy Purchasing & Drug Shortages"""
    htm = html_doc(P("Prescribers and nurses,") + P(f"Because of a national shortage, <b>cefazolin 2 g premixed bags</b> (NDC {n1}) are unavailable until at least May. Pharmacy will compound 2 g in 100 mL NS from vials (NDC {n2}); expect 30 minutes longer turnaround for first doses. Surgical prophylaxis is protected: OR satellites keep cefazolin 2 g vials (NDC {n3}).") +
                   P("No order changes are needed.") + P(f"{a}, PharmD, BCPS<br>Pharmacy Purchasing &amp; Drug Shortages"))
    NEG(K, "drug-shortage notice from a named pharmacist with NDCs; no patient", me(a), '"Medical Staff" <medstaff@riversidehealth.example>',
        "Cefazolin premix shortage", body=txt, html=htm)

    # i12 dialysis supply invoice (flate PDF)
    a, b = nm(), nm()
    inv = id324()
    lines = [("INVOICE",), "Renal Supply Partners, 400 Commerce Pkwy, Columbus OH 43219", f"Invoice number: {inv}    Invoice date: 03/04/2025",
             f"Bill to: Riverside Health - Outpatient Dialysis, Attn: {b}", f"Customer account: {digits(8)}   PO: 4500{digits(6)}", "",
             "Line  Item                                   Qty   Unit      Amount",
             "1     Dialyzer, high-flux 1.8 m2 (cs/24)      40    $212.00   $8,480.00",
             "2     Bloodline set, AV (cs/24)               40    $96.50    $3,860.00",
             "3     Bicarbonate cartridge 650 g (cs/20)     25    $118.00   $2,950.00",
             "4     Fistula needle 15G (bx/100)             12    $84.00    $1,008.00", "", "Total due: $16,298.00   Terms: Net 45",
             f"Remit questions: {ph('614')}"]
    NEG(K, f"dialysis supply invoice {inv} (SSN-shaped) addressed to a named dialysis manager", me(a, "renalsupply.example.org"), me(b),
        f"Invoice {inv}", inbound=True, body=f"""Good afternoon,

Please find invoice {inv} attached for the March standing order.

{a}
Accounts Receivable, Renal Supply Partners""", atts=[(f"INV_{inv}.pdf", pdf(lines, flate=True, title=f"Invoice {inv}"))])

    # i13 IT ticket PACS (plain)
    a, b = nm(), nm()
    NEG(K, "IT incident for a radiology reading-room workstation with INC number and 7-digit asset tag", me(a), me(b),
        "INC0458821 - reading room 3 workstation",
        body=f"""{b.split()[0]},

INC0458821 is resolved. The PACS diagnostic workstation in neuroradiology
reading room 3 (asset tag {digits(7)}, host RAD-NR3-WS02) had a failed
display calibration after the GPU driver update. We rolled the driver back
and re-ran the DICOM GSDF calibration; both monitors pass.

Dr. {nm().split()[-1]} confirmed she can read again.

{a}
Imaging IT, Service Desk {ext()}""")

    # i14 reagent lot change (JSON)
    a, b = nm(), nm()
    j = {"notice": "Reagent lot change", "site": "Riverside Main Core Lab", "owner": a,
         "changes": [{"assay": "Troponin I (hs)", "old_lot": lot(), "new_lot": lot(), "effective": "2025-03-10", "crossover_n": 20, "bias_pct": 1.8},
                     {"assay": "TSH", "old_lot": lot(), "new_lot": lot(), "effective": "2025-03-11", "crossover_n": 20, "bias_pct": -2.4},
                     {"assay": "Ferritin", "old_lot": lot(), "new_lot": lot(), "effective": "2025-03-12", "crossover_n": 20, "bias_pct": 3.1}],
         "approved_by": b}
    NEG(K, "reagent lot crossover summary (JSON) with lot numbers and bias; no patient samples named", me(a), me(b),
        "Lot changes next week", enc="qp", body=f"""{b.split()[0]},

Lot crossover results for next week's changes are in the attached JSON for the LIS import. All biases are within our 5% limit.{sig(a, 'Lead Technologist, Immunochemistry', 'Laboratory Services')}""",
        atts=[("lot_changes_2025-03-10.json", json.dumps(j, indent=2))])

    # i15 MBI-shaped software license keys (TXT)
    a, b = nm(), nm()
    keys = "\n".join(f"Seat {k + 1:02d}  {R.choice(['Echo Lab', 'Cath Lab', 'Vascular Lab', 'Nuclear Cardiology'])}  key {mbi(dash=True)}  assigned: {nm()}" for k in range(5))
    NEG(K, "cardiology imaging software license keys (shaped like dashed MBIs) assigned to named sonographers", me(a, "cardiovue.example.org"),
        me(b), "License keys - CardioVue 7", inbound=True,
        body=f"""{b},

Your five concurrent-seat license keys for CardioVue 7 are listed in the
attached file. Each key activates one workstation; keys are not tied to
any patient or study.

{a}
Licensing Desk, CardioVue""", atts=[("CardioVue7_license_keys.txt", "CARDIOVUE 7 - LICENSE KEYS\n\n" + keys + "\n")])

    # i16 hire dates (DOB-like) for nurses (CSV)
    a = nm()
    rows = [["employee", "employee_id", "unit", "hire_date", "service_award"]]
    for _ in range(7):
        y = R.randint(1985, 2015)
        rows.append([nm(), digits(7), R.choice(["Oncology 7W", "L&D", "PACU", "Cardiac ICU", "Dialysis"]), f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{y}", f"{(2025 - y) // 5 * 5} years"])
    NEG(K, "service-award list of named nurses with hire dates (DOB-like) and employee ids; no health", me(a),
        '"Nurse Managers" <nurse-managers@riversidehealth.example>', "Service awards - please verify",
        body=f"""Managers,

Please verify the hire dates for your staff on the attached list before we
order the service-award pins. The luncheon is May 8.{sig(a, 'HR Business Partner', 'Human Resources')}""",
        atts=[("service_awards_2025.csv", csv_text(rows))])

    # i17 DEA Form 222 order (plain)
    a, b = nm(), nm()
    d = dea("Riverside", "A")
    NEG(K, "CSOS/DEA 222 controlled-substance order for the hospital pharmacy; hospital DEA registration, order number, NDCs", me(a), me(b),
        "CSOS order signed",
        body=f"""{b.split()[0]},

I signed CSOS order 250{digits(6)} this morning under the hospital's DEA
registration {d} (Riverside Main Pharmacy):

  fentanyl citrate 50 mcg/mL 2 mL vial   NDC {ndc()}   qty 25 x 10
  hydromorphone 1 mg/mL 1 mL carpuject   NDC {ndc()}   qty 20 x 10
  oxycodone 5 mg tablet UD               NDC {ndc()}   qty 10 x 100

Please receive into the vault and reconcile against the invoice.

{a}, PharmD
Pharmacy Operations Manager""")

    # i18 courier specimen bag tracking (QP)
    a, b = nm(), nm()
    NEG(K, "lab courier delivery log with bag barcodes, tracking and counts; no patient names or specimen owners", me(a, "swiftlabcourier.example.org"), me(b),
        "Pickup confirmation - Hilliard draw site", inbound=True, enc="qp",
        body=f"""Hello {b.split()[0]},

Pickup confirmed from the Hilliard draw site at 16:05.
  Cooler seal: {digits(8)}
  Bags: 3 ambient, 2 refrigerated, 1 frozen (bag barcodes SB{digits(7)}, SB{digits(7)}, SB{digits(7)}, SB{digits(7)}, SB{digits(7)}, SB{digits(7)})
  Tracking: 1Z{digits(6)}{R.randint(10, 99)}{digits(8)}
Delivered to the core lab receiving bench at 16:52, signed by {nm()}.

{a}
Dispatch, Swift Lab Courier""")

    # i19 infusion pump calibration certificate (flate PDF)
    a, b = nm(), nm()
    cert = id324()
    lines = [("Certificate of Calibration",), f"Certificate no. {cert}", "Customer: Riverside Health Biomedical Engineering", f"Technician: {a}", ""]
    for _ in range(8):
        lines.append(f"Infusion pump  {serial()}   Flow accuracy +/- {R.uniform(0.5, 3.5):.1f}%   Occlusion PASS   Date 03/0{R.randint(1, 7)}/2025")
    lines += ["", "Standards traceable to NIST. Next due: 03/2026."]
    NEG(K, f"infusion pump calibration certificate {cert} (SSN-shaped) with pump serials and a named technician", me(a, "calibrix.example.org"), me(b),
        "Calibration certificates - March", inbound=True, body=f"""{b.split()[0]},

Certificates for the eight pumps calibrated this week are attached.

{a}
Calibrix Field Services""", atts=[(f"cert_{cert}.pdf", pdf(lines, flate=True, title="Calibration"))])

    # i20 ECG machine service ticket (HTML attachment)
    a, b = nm(), nm()
    t = id324()
    rep = html_doc(f"""<h3>Field Service Report {t}</h3>
<table border="1" cellpadding="4"><tr><td>Equipment</td><td>12-lead ECG cart, model MAC-7</td></tr>
<tr><td>Serial</td><td>{serial()}</td></tr><tr><td>Location</td><td>Emergency Department, bay 6</td></tr>
<tr><td>Biomed tech</td><td>{a}</td></tr><tr><td>Problem</td><td>Lead II noise; failed self-test</td></tr>
<tr><td>Action</td><td>Replaced acquisition module cable, ran simulator at 60 and 120 bpm, PASS</td></tr></table>""", "FSR")
    NEG(K, f"ECG cart field service report {t} (3-2-4) with serial and a named biomed tech", me(a), me(b),
        f"ECG cart bay 6 back in service ({t})", enc="qp",
        body=f"""{b.split()[0]}, the bay 6 ECG cart is back in service. Report {t} attached.{sig(a, 'Biomedical Technician II', 'Clinical Engineering')}""",
        atts=[(f"FSR_{t}.html", rep)])

    # i21 HL7 MFN^M01 supply item master (HL7)
    a, b = nm(), nm()
    segs = ["MSH|^~\\&|LAWSON|RH|OMNICELL|RH|20250305020000||MFN^M01|MF{0}|P|2.4".format(digits(6)), "MFI|ITM^Item master|LAWSON|UPD|||AL"]
    for item, desc in [("100233", "Ondansetron 4 mg ODT"), ("100871", "Acetaminophen 325 mg tab"), ("101455", "Enoxaparin 40 mg/0.4 mL syringe")]:
        segs.append(f"MFE|MUP|{digits(6)}|20250305|{item}^{desc}")
        segs.append(f"ZIT|{item}|{desc}|{ndc()}|EA")
    NEG(K, "HL7 MFN^M01 item-master update for dispensing cabinets (NDCs, item numbers); no PID segment", me(a), me(b),
        "Item master load failed overnight",
        body=f"""{b.split()[0]},

The overnight item-master load to the cabinets failed on the three items in
the attached message (ZIT segment has an extra field). Can you re-map and
resend? No patient messages were affected.{sig(a, 'Pharmacy Informatics Analyst', 'Pharmacy')}""",
        atts=[("MFN_M01_failed.hl7", hl7(segs), "x-application/hl7-v2+er7")])

    # i22 nursing supervisor pager list (HTML body)
    a = nm()
    rows = [[nm(), R.choice(["Days", "Evenings", "Nights"]), f"Pager {R.randint(4000, 4999)}", ext(), f"Ascom {R.randint(70000, 79999)}"] for _ in range(6)]
    inner = P("All units,") + P("Updated house supervisor contact list for March. Call the supervisor for bed placement, staffing and rapid-response escalation.") + \
        table(["House supervisor", "Shift", "Pager", "Office", "Wireless"], rows) + P(f"{a}<br>Director, Nursing Operations")
    NEG(K, "house-supervisor pager/extension list: staff names, shifts, pager and phone-like numbers", me(a),
        '"All Nursing Units" <all-nursing@riversidehealth.example>', "House supervisor contacts - March", html=html_doc(inner), henc="7bit")

    # i23 sterile processing tray ids (CSV)
    a, b = nm(), nm()
    rows = [["tray_id", "tray_name", "service", "load_no", "sterilizer", "cycle", "bi_result", "tech"]]
    for _ in range(8):
        rows.append([f"TR-{digits(6)}", R.choice(["Major ortho", "Lap chole", "Cysto", "Total knee", "C-section", "Craniotomy basic"]),
                     R.choice(["Ortho", "General", "Urology", "OB", "Neuro"]), f"L{digits(5)}", f"STZ-0{R.randint(1, 4)}", "Prevac 270F", "Negative", nm()])
    NEG(K, "sterile processing load record with tray ids, load numbers and techs; no case or patient", me(a), me(b),
        "Load records for the audit",
        body=f"""{b.split()[0]},

Load records for the sample the surveyor asked for are attached. All BIs
negative.{sig(a, 'SPD Supervisor', 'Sterile Processing')}""", atts=[("SPD_loads_sample.csv", csv_text(rows))])

    # i24 forwarded manufacturer recall (rfc822)
    a, b, c = nm(), nm(), nm()
    inner = fwd(me(c, "zenithpharma.example.org"), '"Pharmacy Directors" <pharmacy@riversidehealth.example>', "URGENT: Drug recall - levetiracetam injection",
                f"""URGENT DRUG RECALL - HOSPITAL / USER LEVEL

Product: Levetiracetam injection 500 mg/5 mL single-dose vial
NDC: {ndc()}   Lots: {lot()}, {lot()}   Expiry: 11/2025
Reason: out-of-specification assay result at 18-month stability.

Quarantine affected stock and complete the enclosed response form.
To date, no adverse events have been reported.

Zenith Pharmaceuticals Quality Assurance""", "Wed, 05 Mar 2025 08:15:00 -0500")
    NEG(K, "forwarded manufacturer recall (NDC, lots) from a named pharmacy buyer to the med-safety lead", me(a), me(b),
        "FW: URGENT: Drug recall - levetiracetam injection",
        body=f"""{b.split()[0]}, we have 14 vials of one lot in the main pharmacy and none
on the units. Quarantined. Forwarding the notice for your recall log.

{a}
Pharmacy Buyer""", atts=[("URGENT Drug recall - levetiracetam injection.eml", inner)])

    # i25 ADC restock count discrepancy (JSON)
    a, b = nm(), nm()
    j = {"report": "Cabinet restock discrepancy", "cabinet": "5N-MAIN", "pocket": "D3-P4", "item": "HYDROmorphone 2 mg/mL 1 mL carpuject",
         "ndc": ndc(), "expected": 12, "counted": 10, "restocked_by": a, "witness": b, "occurred": "2025-03-05T03:12:00",
         "type": "restock count (no patient transaction)", "resolution": "pending pharmacy review"}
    NEG(K, "controlled-substance cabinet restock discrepancy: staff names, NDC, pocket; explicitly no patient transaction", me(a), me(b),
        "Discrepancy 5N - restock count", enc="b64",
        body=f"""{b.split()[0]},

The overnight restock count on 5N came up 2 short for hydromorphone 2 mg/mL. This is a restock count (cabinet to pharmacy), not a removal for a patient. JSON from the cabinet report attached; we need to resolve it before the end of shift.{sig(a, 'Pharmacy Technician III', 'Pharmacy')}""",
        atts=[("discrepancy_5N.json", json.dumps(j, indent=2))])

    # i26 payroll reference SSN-shaped for NP (plain)
    a, b = nm(), nm()
    r = id324()
    NEG(K, f"payroll correction for a named nurse practitioner with reference {r} (3-2-4); no health content", me(a), me(b),
        "Retro pay correction",
        body=f"""{b.split()[0]},

Your retro pay for the February call shifts will be on the 3/21 check.
Payroll adjustment reference {r}. Gross amount $1,240.00 (8 x 12-hour
backup call at the Urgent Care rate).

Payroll Services
{ph()}""")

    # i27 IRB protocol number with staff (plain)
    a, b = nm(), nm()
    NEG(K, "IRB continuing-review reminder: protocol number, PI name, study on heart failure; no participant", me(a), me(b),
        "Continuing review due - 2023-0417",
        body=f"""Dr. {b.split()[-1]},

Continuing review for protocol 2023-0417 ("Remote monitoring of pulmonary
artery pressure in heart failure with preserved ejection fraction") is due
April 30. Current approval expires May 14. Please submit the enrollment
summary (aggregate counts only), any deviations, and the updated CV for
the new sub-investigator.

{a}
IRB Coordinator, Office of Research""")

    # i28 blood drive room booking (QP)
    a, b = nm(), nm()
    c = id324()
    NEG(K, f"blood drive room booking with confirmation {c} (3-2-4) for a named organiser; no donors named", me(a), me(b),
        "Blood drive - room confirmed", enc="qp",
        body=f"""Hi {b.split()[0]},

Conference rooms A and B are booked for the community blood drive on April 9, 07:00-15:00. Confirmation {c}. The blood center will bring 8 donor beds and needs two 20-amp circuits; facilities has been notified.

Event Services
{ph()}""")

    # i29 capital quote for ultrasound (uncompressed PDF)
    a, b = nm(), nm()
    q = id324()
    lines = [("Quotation",), f"Quote number: {q}   Valid until: 04/30/2025", f"Prepared for: {b}, Director of Imaging", "",
             "1  Ultrasound system, general imaging, with 3 transducers   $142,500.00",
             "2  Cardiac package and phased-array probe                    $18,900.00",
             "3  5-year service agreement                                   $41,250.00", "", "Total: $202,650.00"]
    NEG(K, f"ultrasound capital quote {q} (SSN-shaped) for a named imaging director", me(a, "sonavance.example.org"), me(b),
        "Quote for the women's imaging ultrasound", inbound=True, enc="qp",
        body=f"""{b.split()[0]},

Quote attached as discussed. The cardiac package can be dropped if the unit stays in women's imaging.

{a}
Account Executive, Sonavance""", atts=[(f"Quote_{q}.pdf", pdf(lines, title="Quote"))])

    # i30 vaccine fridge ASN (XML)
    a, b = nm(), nm()
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<AdvanceShipNotice number="{id324()}" shipDate="2025-03-06">
  <ShipTo account="{digits(9)}">Riverside Pediatrics - Gahanna, Attn: {b}</ShipTo>
  <Carrier>UPS</Carrier><Tracking>1Z{digits(6)}{digits(10)}</Tracking>
  <Line ndc="{ndc()}" product="DTaP-IPV-Hib vaccine, 10 x 1 dose vials" lot="{lot()}" expiry="2026-08-31" qty="5"/>
  <Line ndc="{ndc()}" product="Pneumococcal conjugate vaccine, 10 x 0.5 mL syringes" lot="{lot()}" expiry="2026-05-31" qty="4"/>
  <ColdChain logger="{serial()}" range="2-8C"/>
</AdvanceShipNotice>
"""
    NEG(K, "vaccine advance ship notice (XML) with lots, NDCs, 9-digit ship-to account for a named clinic manager", me(a, "vaxdistrib.example.org"), me(b),
        "ASN - vaccine shipment", inbound=True, body=f"""Advance ship notice attached. Please check the cold-chain logger on arrival.

{a}
VaxDistrib Order Management""", atts=[("ASN.xml", x)])

    # i31 claims job log (TXT)
    a, b = nm(), nm()
    log = "\n".join(f"2025-03-0{d} 02:{R.randint(10, 59)}  JOB CLM837-OUT  run {digits(6)}  files {R.randint(3, 9)}  claims {R.randint(900, 3000)}  status OK" for d in range(1, 8))
    NEG(K, "nightly 837 job log: run numbers, file and claim counts; no claim detail", me(a), me(b), "Job log for the week",
        body=f"""{b.split()[0]},

Job log for the outbound claims run attached for the SOC 1 evidence folder.
No failures this week.{sig(a, 'Systems Analyst', 'Revenue Cycle IT')}""", atts=[("CLM837_joblog.txt", log + "\n")])

    # i32 CAP proficiency testing (HTML attachment)
    a, b = nm(), nm()
    rows = "".join(f"<tr><td>CHM-0{k}</td><td>{an}</td><td>{v}</td><td>{u}</td><td>Acceptable</td></tr>" for k, (an, v, u) in
                   enumerate([("Sodium", "139", "mmol/L"), ("Potassium", "5.2", "mmol/L"), ("Glucose", "211", "mg/dL"), ("Creatinine", "2.31", "mg/dL")], 1))
    rep = html_doc(f"<h3>Proficiency Testing - Chemistry Survey C-A 2025</h3><p>Kit {digits(7)}. Survey specimens only (no patient material).</p><table border='1' cellpadding='4'><tr><th>Specimen</th><th>Analyte</th><th>Our result</th><th>Units</th><th>Grade</th></tr>{rows}</table><p>Reviewed by {b}, Technical Supervisor.</p>")
    NEG(K, "proficiency-testing survey results for survey specimens CHM-01..04 with a kit number and a named supervisor", me(a), me(b),
        "PT results - C-A survey", body=f"""{b.split()[0]},

PT results for the first chemistry survey are back, all acceptable. Report
attached for your signature.{sig(a, 'Quality Coordinator', 'Laboratory Services')}""", atts=[("PT_CA_2025.html", rep)])

    # i33 oxygen cylinder delivery (alt)
    a, b = nm(), nm()
    cyl = [f"E-{digits(6)}" for _ in range(4)]
    txt = f"""{b.split()[0]},

Delivered 24 E-cylinders of medical oxygen USP to the respiratory therapy
storage room, and picked up 19 empties. Cylinder serials for the ones with
torn tags: {', '.join(cyl)}. Delivery ticket {id324()}.

{a}
Route Driver, Midwest Medical Gases"""
    htm = html_doc(P(txt.replace("\n", " ")))
    NEG(K, "medical oxygen delivery to respiratory therapy with cylinder serials and an SSN-shaped delivery ticket", me(a, "mwmedgas.example.org"), me(b),
        "Delivery - RT storage", body=txt, html=htm, inbound=True)

    # i34 wholesaler account (plain)
    a, b = nm(), nm()
    NEG(K, "wholesaler account set-up for a new infusion center pharmacy: 9-digit account and ship-to numbers, named pharmacist", me(a, "cardinalrx.example.org"), me(b),
        "New account - Riverside Infusion Center Westerville", inbound=True,
        body=f"""Dear {b},

Your new wholesaler account for Riverside Infusion Center - Westerville is
active.

  Sold-to account:   {digits(9)}
  Ship-to account:   {digits(9)}
  Pharmacy DEA on file, state TDDD licence on file.
  Delivery days: Monday-Friday, before 10:00.

Oncology and biologic items ship cold in validated totes.

{a}
Account Setup Team""")

    # i35 dietitian formula order (QP)
    a, b = nm(), nm()
    NEG(K, "enteral-formula stock order by a named dietitian with item numbers and case counts; no patient", me(a), me(b),
        "Formula par levels - NICU and PICU", enc="qp",
        body=f"""{b.split()[0]},

Please raise the par levels for the following formula items (stock only - this is not for an individual patient order):

Item 55-{digits(5)} Preterm 24 kcal/oz liquid, 2 oz nurser: par 18 cases
Item 55-{digits(5)} Human milk fortifier, 5 mL packets: par 6 cases
Item 55-{digits(5)} Pediatric peptide 1.0, 8 oz: par 10 cases

Thanks,{sig(a, 'Clinical Dietitian', 'Nutrition Services', 'RDN, CSP')}""")

    # i36 dosimeter badge distribution (HTML)
    a = nm()
    rows = [[nm(), R.choice(["Cath Lab", "IR", "Nuclear Medicine", "OR"]), f"D{digits(7)}", "Collar + waist"] for _ in range(6)]
    inner = P("Radiation workers,") + P("New-quarter dosimeter badges are in the department mailboxes. Please swap badges by April 3 and return the old ones in the envelope. This message lists badge serials only; dose reports are sent separately and confidentially.") + \
        table(["Staff member", "Area", "Badge serial", "Type"], rows) + P(f"{a}<br>Radiation Safety Officer")
    NEG(K, "dosimeter badge distribution list: staff names, areas and badge serials; no dose readings", me(a),
        '"Radiation Workers" <radiation-workers@riversidehealth.example>', "Q2 dosimeter badges", html=html_doc(inner), henc="qp")

    # i37 courier route with VIN (JSON)
    a, b = nm(), nm()
    j = {"route": "LAB-EAST-2", "driver": a, "vehicle_vin": "1FTBR1C8" + digits(9), "stops": [
        {"site": "Reynoldsburg Family Medicine", "window": "10:30-11:00", "totes": 2},
        {"site": "Gahanna Pediatrics", "window": "11:20-11:45", "totes": 1},
        {"site": "East Dialysis", "window": "12:10-12:30", "totes": 3}], "dispatcher": b}
    NEG(K, "lab courier route (JSON) with driver name, VIN and tote counts per clinic", me(a), me(b), "Route change LAB-EAST-2",
        body=f"""{b.split()[0]},

New LAB-EAST-2 route starting Monday attached, with East Dialysis added.{sig(a, 'Courier Lead', 'Laboratory Logistics')}""",
        atts=[("route_LAB-EAST-2.json", json.dumps(j, indent=2))])

    # i38 CME certificates (flate PDF)
    a, b = nm(), nm()
    lines = [("Riverside Health CME - Certificate of Attendance",), f"This certifies that {b}, MD", "attended Diabetes Technology Update 2025:",
             "Continuous Glucose Monitoring and Automated Insulin Delivery", f"Certificate no. {id324()}   Activity ID 25-{digits(4)}",
             "AMA PRA Category 1 Credits: 3.0", "Date: 02/28/2025"]
    NEG(K, "CME certificate for a named physician with SSN-shaped certificate number and a diabetes-technology course title", me(a), me(b),
        "Your CME certificate", enc="b64",
        body=f"""Dr. {b.split()[-1]},

Your certificate for Diabetes Technology Update 2025 is attached. Credits have been posted to your transcript.{sig(a, 'CME Coordinator', 'Medical Education')}""",
        atts=[("CME_certificate.pdf", pdf(lines, flate=True, title="CME certificate"))])

    # i39 clean-room HEPA certification (TXT)
    a, b = nm(), nm()
    rpt = f"""CLEANROOM CERTIFICATION REPORT {id324()}
Facility: Riverside Main Pharmacy - sterile compounding suite (USP 797/800)
Certifier: {a}
Date: 03/04/2025

Room            ISO class  Particle count (0.5 um/m3)  Pressure   Result
Buffer room     7          1,842                        +0.031 in  PASS
Ante room       8          9,610                        +0.022 in  PASS
Hazardous room  7          2,115                        -0.028 in  PASS
PEC 1 (BSC)     5          0                            n/a        PASS   S/N {serial()}
PEC 2 (CACI)    5          0                            n/a        PASS   S/N {serial()}
"""
    NEG(K, "USP 797 cleanroom certification report with report number and PEC serials", me(a, "cleanaircert.example.org"), me(b),
        "Certification report - main pharmacy", inbound=True, body=f"""{b.split()[0]},

The six-month certification report is attached. All rooms and hoods passed.

{a}
CleanAir Certification""", atts=[("cert_report.txt", rpt)])

    # i40 telehealth cart ticket for a clinician who runs neurology clinic (alt)
    a, b = nm(), nm()
    c = id324()
    txt = f"""Dr. {b.split()[-1]},

Thank you for contacting TeleCart support. Case {c} has been opened for the
telestroke cart assigned to your Neurology Clinic at Riverside Dublin
(asset {digits(7)}, camera {serial()}). Reported issue: pan-tilt-zoom camera
drifts left during consults.

A replacement camera will ship tomorrow. No action is needed until then.

{a}
TeleCart Support"""
    htm = html_doc(P(txt))
    NEG(K, f"vendor support case {c} (3-2-4) for a neurologist's clinic telestroke cart; nothing about any patient", me(a, "telecart.example.org"), me(b),
        f"Case {c} opened", body=txt, html=htm, inbound=True)

# ==============================================================================================
# NEGATIVE: provider_directory (40) - providers' own identifiers beside conditions treated; no patient

SPECS = {
    "Endocrinology": "diabetes, thyroid nodules, Graves disease, osteoporosis, adrenal disorders",
    "Cardiology": "heart failure, atrial fibrillation, coronary artery disease, hypertension",
    "Nephrology": "chronic kidney disease, dialysis planning, kidney stones, resistant hypertension",
    "Pulmonology": "COPD, asthma, interstitial lung disease, sleep apnea",
    "Rheumatology": "rheumatoid arthritis, lupus, gout, psoriatic arthritis",
    "Gastroenterology": "colonoscopy, EGD, Crohn's disease, ulcerative colitis, GERD",
    "Behavioral Health": "depression, anxiety, PTSD, bipolar disorder",
    "Dermatology": "psoriasis, eczema, skin cancer screening, acne, Mohs surgery",
    "Neurology": "epilepsy, multiple sclerosis, migraine, Parkinson's disease",
    "Orthopedics": "knee and hip replacement, sports injuries, rotator cuff repair",
    "Infectious Disease": "HIV care and PrEP, hepatitis C, osteomyelitis, travel medicine",
    "Urology": "kidney stones, BPH, prostate cancer, incontinence",
    "Obstetrics & Gynecology": "prenatal care, high-risk pregnancy, endometriosis, menopause",
    "Pediatrics": "well-child care, asthma, ADHD, newborn care",
    "Hematology/Oncology": "breast cancer, lymphoma, anemia, sickle cell disease",
    "Addiction Medicine": "opioid use disorder (buprenorphine), alcohol use disorder",
    "Geriatrics": "memory loss, falls, polypharmacy review",
    "Podiatry": "diabetic foot care, plantar fasciitis, bunions",
    "Allergy & Immunology": "food allergy, allergic rhinitis, immunotherapy",
    "Sleep Medicine": "sleep apnea, insomnia, narcolepsy",
}
CLINICS = ["Riverside Main Campus", "Riverside Dublin", "Riverside Westerville", "Riverside Grove City", "Riverside Gahanna",
           "Riverside Hilliard", "Riverside Lancaster"]


def prov(spec=None, cred="MD", sex=None):
    sex = sex or R.choice("FM")
    n = nm(sex)
    s = spec or R.choice(sorted(SPECS))
    return {"sex": sex, "name": n, "cred": cred, "spec": s, "treats": SPECS[s], "npi": npi(), "clinic": R.choice(CLINICS), "phone": ph(),
            "dea": dea(n.split()[-1], "M" if cred in ("NP", "PA-C", "CNM") else R.choice("ABF")), "lic": f"{R.choice(['35', '34', 'RN', 'NP'])}.{digits(6)}"}


def provider_directory():
    K = "provider_directory"
    # p01 find-a-doctor page (HTML body)
    ps = [prov("Endocrinology"), prov("Endocrinology", "DO"), prov("Endocrinology", "NP")]
    inner = "<h2>Find a Doctor: Endocrinology</h2>" + "".join(
        f"<div style='margin:10px 0'><b>{p['name']}, {p['cred']}</b> &ndash; {p['clinic']}<br>Treats: {p['treats']}<br>"
        f"<span style='color:green'>Accepting new patients</span> &middot; NPI {p['npi']} &middot; {p['phone']}</div>" for p in ps)
    a = nm()
    NEG(K, "Find-a-Doctor page proof: endocrinologists with conditions treated, accepting new patients, NPIs, phones", me(a),
        '"Web Content Team" <webcontent@riversidehealth.example>', "Endocrinology page - final proof",
        html=html_doc(P("Please publish the proof below.") + inner + P(f"{a}<br>Physician Marketing")), henc="qp")

    # p02 new cardiologist announcement (alt)
    p = prov("Cardiology", sex="F")
    a = nm()
    txt = f"""Please welcome {p['name']}, {p['cred']}, FACC, to Riverside Heart & Vascular at
{p['clinic']}. Dr. {p['name'].split()[-1]} completed fellowship in advanced heart failure
and transplant cardiology and treats heart failure, cardiomyopathy, atrial
fibrillation and pulmonary hypertension. She is accepting new patients and
referrals for LVAD evaluation.

NPI {p['npi']}. Scheduling: {p['phone']}.

{a}
Physician Relations"""
    NEG(K, "new cardiologist announcement: conditions treated, NPI, phone, accepting referrals; no patient", me(a),
        '"Primary Care Providers" <pcp-all@riversidehealth.example>', "Welcome to our newest cardiologist", body=txt,
        html=html_doc(P(txt)))

    # p03 referral guide (flate PDF)
    a = nm()
    lines = [("Specialty Referral Guide - Spring 2025",), "For referring offices. Call the number listed; fax referrals to the central referral line.", ""]
    for s in ["Nephrology", "Rheumatology", "Pulmonology", "Urology", "Neurology", "Gastroenterology"]:
        p = prov(s)
        lines += [(f"{s}",), f"  {p['name']}, {p['cred']}   NPI {p['npi']}   {p['clinic']}   {p['phone']}", f"  Treats: {p['treats']}",
                  "  Referral needs: last office note, relevant labs, insurance card copy", ""]
    NEG(K, "specialty referral guide PDF: providers, NPIs, phones, conditions treated, what to send", me(a),
        '"Community Practice Liaisons" <liaisons@riversidehealth.example>', "Spring referral guide",
        enc="qp", body=f"""Liaisons,

The spring referral guide is attached for your office visits. Please leave two copies at each practice.{sig(a, 'Physician Liaison Manager', 'Strategic Growth')}""",
        atts=[("Referral_Guide_Spring2025.pdf", pdf(lines, flate=True, title="Referral guide"))])

    # p04 call schedule CSV
    a = nm()
    rows = [["date", "service", "first_call", "npi", "pager", "backup", "backup_npi"]]
    for d in range(1, 8):
        p1, p2 = prov("Orthopedics"), prov("Orthopedics")
        rows.append([f"2025-04-0{d}", "Orthopedic trauma", f"{p1['name']}, MD", p1["npi"], f"{R.randint(4000, 4999)}", f"{p2['name']}, MD", p2["npi"]])
    NEG(K, "orthopedic trauma call schedule (CSV) with surgeon names, NPIs and pagers", me(a),
        '"ED Charge Nurses" <ed-charge@riversidehealth.example>', "April ortho call",
        body=f"""April orthopedic trauma call schedule attached. Page first call for all
fractures needing reduction; backup for the OR.{sig(a, 'Medical Staff Coordinator', 'Orthopedics')}""",
        atts=[("ortho_call_April.csv", csv_text(rows))])

    # p05 credentialing mail (QP)
    p = prov("Dermatology")
    a = nm()
    NEG(K, "re-credentialing request to a dermatologist listing her own NPI, DEA and licence", me(a), me(p["name"]),
        "Reappointment packet due", enc="qp",
        body=f"""Dr. {p['name'].split()[-1]},

Your reappointment to the medical staff is due on May 31. We have the following on file; please confirm or correct:

NPI: {p['npi']}
DEA: {p['dea']} (expires 09/30/2025)
Ohio medical licence: {p['lic']}
Board certification: Dermatology (ABD), Mohs micrographic surgery
Privileges requested: dermatology core, Mohs surgery, laser procedures

Please also complete the OPPE attestation.{sig(a, 'Credentialing Specialist', 'Medical Staff Services', 'CPCS')}""")

    # p06 directory CSV export
    a, b = nm(), nm()
    rows = [["provider", "credential", "specialty", "conditions_treated", "npi", "location", "phone", "accepting_new"]]
    for s in ["Behavioral Health", "Behavioral Health", "Addiction Medicine", "Geriatrics", "Sleep Medicine"]:
        p = prov(s, R.choice(["MD", "DO", "NP", "PsyD"]))
        rows.append([p["name"], p["cred"], s, p["treats"], p["npi"], p["clinic"], p["phone"], R.choice(["Y", "N"])])
    NEG(K, "directory export (CSV) for behavioral health and others: conditions treated, NPIs, phones", me(a), me(b),
        "Directory export for the payer file",
        body=f"""{b.split()[0]},

Export of the directory rows for the quarterly payer directory file.{sig(a, 'Provider Data Analyst', 'Provider Enrollment')}""",
        atts=[("directory_export_Q2.csv", csv_text(rows))])

    # p07 FHIR PractitionerRole JSON
    a, b = nm(), nm()
    ents = []
    for s in ["Infectious Disease", "Allergy & Immunology", "Podiatry"]:
        p = prov(s)
        ents.append({"resource": {"resourceType": "PractitionerRole", "practitioner": {"display": f"{p['name']}, {p['cred']}",
                                  "identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": p["npi"]}},
                                  "specialty": [{"text": s}], "location": [{"display": p["clinic"]}],
                                  "telecom": [{"system": "phone", "value": p["phone"]}],
                                  "extension": [{"url": "conditions-treated", "valueString": p["treats"]},
                                                {"url": "accepting-new-patients", "valueBoolean": True}]}})
    NEG(K, "FHIR PractitionerRole bundle for the directory API: NPIs, specialties, conditions treated", me(a),
        me(b, "healthdirectory.example.org"), "Directory API - PractitionerRole feed",
        body=f"""{b.split()[0]},

Our first PractitionerRole feed is attached for your validation.{sig(a, 'Interface Analyst', 'Integration Services')}""",
        atts=[("practitionerrole_bundle.json", json.dumps({"resourceType": "Bundle", "type": "collection", "entry": ents}, indent=2))])

    # p08 payer roster XML
    a, b = nm(), nm()
    items = ""
    for s in ["Pediatrics", "Pediatrics", "Obstetrics & Gynecology", "Urology"]:
        p = prov(s)
        items += f'  <Provider npi="{p["npi"]}" name="{p["name"]}" degree="{p["cred"]}" specialty="{s.replace("&", "&amp;")}" location="{p["clinic"]}" phone="{p["phone"]}" panel="open"/>\n'
    NEG(K, "outbound payer roster (XML) with provider NPIs, specialties, open panels", me(a), me(b, "bluestemhealthplan.example.org"),
        "Roster update - April adds",
        body=f"""{b.split()[0]},

April adds attached. Please load effective 4/1.{sig(a, 'Provider Enrollment Specialist', 'Revenue Cycle')}""",
        atts=[("roster_april_adds.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<Roster group="Riverside Health Physicians" tin="31-{digits(7)}">\n{items}</Roster>\n')])

    # p09 HL7 MFN^M02 (HL7)
    a, b = nm(), nm()
    segs = ["MSH|^~\\&|MSOW|RH|EPIC|RH|20250306080000||MFN^M02|MFN{0}|P|2.5".format(digits(5)), "MFI|PRA|MSOW|UPD|||NE"]
    for s in ["Hematology/Oncology", "Neurology"]:
        p = prov(s)
        last, first = p["name"].split()[-1], p["name"].split()[0]
        segs += [f"MFE|MAD|{digits(6)}|20250306|{p['npi']}^{last}^{first}", f"STF|{p['npi']}||{last}^{first}^^^^{p['cred']}|P|||A|{s}||{p['phone']}",
                 f"PRA|{p['npi']}||{s}|||{p['npi']}^NPI~{p['dea']}^DEA"]
    NEG(K, "HL7 MFN^M02 practitioner master file with STF/PRA (NPI and DEA); no PID", me(a), me(b), "MFN from MSOW - two new practitioners",
        body=f"""{b.split()[0]},

Two new practitioner records from the credentialing system, attached. Please
confirm they filed to SER.{sig(a, 'Interface Analyst', 'Integration Services')}""",
        atts=[("MFN_M02_new_practitioners.hl7", hl7(segs), "application/hl7-v2")])

    # p10 forwarded payer credentialing approval (rfc822)
    a, b, c = nm(), nm(), nm()
    p = prov("Nephrology", sex="F")
    inner = fwd(me(c, "bluestemhealthplan.example.org"), me(a), "Credentialing approved",
                f"""Provider: {p['name']}, {p['cred']}   NPI {p['npi']}
Specialty: Nephrology (CKD, dialysis, transplant follow-up)
Effective date: 04/01/2025
Status: APPROVED - in network for all commercial and Medicare Advantage products.

Bluestem Health Plan Provider Network Management""", "Thu, 06 Mar 2025 11:20:00 -0500")
    NEG(K, "forwarded payer credentialing approval for a nephrologist with NPI", me(a), me(b), "FW: Credentialing approved",
        body=f"""{b.split()[0]} - Bluestem approved Dr. {p['name'].split()[-1]}, so the dialysis unit
can start scheduling her rounds with Bluestem members from 4/1.

{a}""", atts=[("Credentialing approved.eml", inner)])

    # p11 DEA renewal reminder (base64)
    p = prov("Addiction Medicine", "NP")
    a = nm()
    NEG(K, "DEA renewal reminder to an NP (M-prefix DEA) who prescribes buprenorphine; provider's own ids only", me(a), me(p["name"]),
        "DEA registration renewal", enc="b64",
        body=f"""{p['name'].split()[0]},

Your DEA registration {p['dea']} expires on 04/30/2025. Please renew at least 45 days early so buprenorphine prescribing at the Bridge Clinic is not interrupted. Once renewed, send the certificate to Medical Staff Services so we can update your record (NPI {p['npi']}).{sig(a, 'Medical Staff Coordinator', 'Medical Staff Services')}""")

    # p12 clinic directory TXT with procedures
    a = nm()
    out = "RIVERSIDE DIGESTIVE HEALTH - PROVIDER DIRECTORY\n\n"
    for cr in ["MD", "MD", "DO", "NP"]:
        p = prov("Gastroenterology", cr)
        out += f"{p['name']}, {cr}\n  Procedures: colonoscopy, EGD{', ERCP, EUS' if cr == 'MD' else ''}\n  Conditions: IBD, GERD, celiac disease, liver disease\n  NPI {p['npi']}  {p['clinic']}  {p['phone']}\n\n"
    NEG(K, "GI clinic directory (TXT): procedures performed, conditions, NPIs", me(a),
        '"Digestive Health Schedulers" <gi-schedulers@riversidehealth.example>', "Updated GI directory",
        body="Updated directory attached - Dr. Alvarez's ERCP block moved to Thursdays." + sig(a, "Practice Manager", "Digestive Health"),
        atts=[("GI_directory.txt", out)])

    # p13 oncology referral page (HTML attachment)
    a, b = nm(), nm()
    rows = "".join(f"<tr><td>{p['name']}, {p['cred']}</td><td>{p['treats']}</td><td>{p['npi']}</td><td>{p['phone']}</td></tr>"
                   for p in [prov("Hematology/Oncology") for _ in range(4)])
    page = html_doc(f"<h2>Riverside Cancer Institute - How to refer</h2><p>New cancer diagnoses are seen within 5 business days.</p>"
                    f"<table border='1' cellpadding='4'><tr><th>Physician</th><th>Focus</th><th>NPI</th><th>New patient line</th></tr>{rows}</table>")
    NEG(K, "oncology referral page (HTML attachment): physicians, disease focus, NPIs, phones", me(a), me(b),
        "Cancer Institute referral page", enc="qp",
        body=f"""{b.split()[0]}, the referral page content is attached for the web team.{sig(a, 'Oncology Service Line Manager', 'Cancer Institute')}""",
        atts=[("cancer_referral_page.html", page)])

    # p14 new APPs roster (uncompressed PDF)
    a = nm()
    lines = [("New Advanced Practice Providers - April 2025",), ""]
    for s in ["Cardiology", "Orthopedics", "Pediatrics", "Behavioral Health", "Urology"]:
        p = prov(s, R.choice(["NP", "PA-C"]))
        lines += [f"{p['name']}, {p['cred']} - {s} - {p['clinic']}", f"   NPI {p['npi']}   DEA {p['dea']}   Collaborating physician: Dr. {nm().split()[-1]}"]
    NEG(K, "new APP roster PDF with NPIs and M-prefix DEA numbers; no patient", me(a), '"Department Chairs" <chairs@riversidehealth.example>',
        "New APPs starting in April", body="Roster of APPs starting in April attached for your orientation planning." + sig(a, "APP Program Director", "Advanced Practice", "DNP, APRN"),
        atts=[("new_APPs_April.pdf", pdf(lines, title="New APPs"))])

    # p15 update your NPI in the portal (plain)
    a = nm()
    NEG(K, "reminder to providers to update NPI and taxonomy in the portal", me(a), '"All Employed Providers" <providers@riversidehealth.example>',
        "Action needed: check your NPI and taxonomy",
        body=f"""Providers,

CMS now rejects claims when the rendering NPI's taxonomy does not match the
billing group. Please log into the Provider Portal by March 31 and confirm:
  - your 10-digit NPI,
  - your primary taxonomy code (e.g. 207R00000X Internal Medicine),
  - your practice locations.

If your NPPES record is out of date, update it first at the NPPES site.{sig(a, 'Manager, Provider Enrollment', 'Revenue Cycle')}""")

    # p16 OB call swap (plain)
    a, b = nm(), nm()
    NEG(K, "call-swap request between two OB/GYNs with dates and pager; no patient", me(a), me(b), "Swap 4/12 for 4/19?",
        body=f"""{b.split()[0]},

Would you swap L&D call with me - I take your Saturday 4/19 and you take my
Saturday 4/12? If yes I'll send it to {nm()} to update the call schedule.
I'm on pager 4{R.randint(100, 999)} that weekend otherwise.

{a}, MD
Obstetrics & Gynecology""")

    # p17 locum onboarding (QP)
    p = prov("Hematology/Oncology", sex="F")
    a = nm()
    NEG(K, "locum oncologist onboarding with NPI, DEA and licence", me(a), '"Cancer Institute Leadership" <cancer-leaders@riversidehealth.example>',
        "Locum coverage April-June", enc="qp",
        body=f"""All,

{p['name']}, {p['cred']} will cover the Lancaster infusion clinic as a locum from April 7 through June 27, treating breast, lung and GI cancers.

NPI {p['npi']} - DEA {p['dea']} - temporary privileges approved 3/5.

Please route new consults to her pool.{sig(a, 'Physician Services Coordinator', 'Medical Staff Services')}""")

    # p18 departure notice (alt)
    p = prov("Rheumatology", sex="F")
    a = nm()
    txt = f"""Colleagues,

{p['name']}, {p['cred']} will leave Riverside Rheumatology on May 30 to join an
academic practice out of state. Her patients with rheumatoid arthritis,
lupus and vasculitis will receive a letter 30 days in advance and will
transfer to Dr. {nm().split()[-1]} unless they choose another rheumatologist.

Her NPI ({p['npi']}) will be end-dated with payers on May 31.

{a}
Practice Administrator, Rheumatology"""
    NEG(K, "physician departure notice: conditions she treats, panel transfer in general terms, NPI; no patient named", me(a),
        '"Rheumatology Staff" <rheum-staff@riversidehealth.example>', "Dr. departure - May 30", body=txt, html=html_doc(P(txt)))

    # p19 bariatric program (HTML)
    a = nm()
    ps = [prov(None) for _ in range(3)]
    inner = "<h3>Bariatric Surgery Program team</h3><ul>" + "".join(f"<li>{p['name']}, MD - sleeve gastrectomy, Roux-en-Y gastric bypass, revision surgery - NPI {p['npi']} - {p['phone']}</li>" for p in ps) + "</ul>" + \
        P("Candidates generally have a BMI of 40 or more, or 35 or more with obesity-related conditions such as type 2 diabetes or sleep apnea. Free information sessions every second Tuesday.")
    NEG(K, "bariatric program team listing with procedures, general eligibility criteria, NPIs", me(a), '"Weight Management" <weight-mgmt@riversidehealth.example>',
        "Team page text", html=html_doc(inner + P(a)), henc="7bit")

    # p20 telehealth availability CSV
    a = nm()
    rows = [["provider", "specialty", "video_visits_for", "npi", "days"]]
    for s in ["Dermatology", "Behavioral Health", "Endocrinology", "Sleep Medicine", "Neurology", "Allergy & Immunology"]:
        p = prov(s)
        rows.append([p["name"], s, p["treats"], p["npi"], R.choice(["Mon/Wed", "Tue/Thu", "Fri", "Mon-Fri"])])
    NEG(K, "telehealth availability list (CSV): providers, conditions suitable for video visits, NPIs", me(a),
        '"Access Center" <access-center@riversidehealth.example>', "Who does video visits",
        enc="qp", body="Updated list of providers offering video visits is attached; please use it when booking." + sig(a, "Telehealth Program Manager", "Digital Health"),
        atts=[("video_visit_providers.csv", csv_text(rows))])

    # p21 primary-source verification (TXT)
    p = prov("Pulmonology")
    a = nm()
    rep = f"""PRIMARY SOURCE VERIFICATION SUMMARY
Practitioner: {p['name']}, {p['cred']}
NPI: {p['npi']} (NPPES verified 03/06/2025)
DEA: {p['dea']} (verified, schedules 2-5, exp 06/30/2026)
State licence: {p['lic']} (active, no actions)
Board: Pulmonary Disease and Critical Care Medicine, ABIM (verified)
NPDB query: no reports
Sanctions (OIG/SAM): none
"""
    NEG(K, "primary-source verification summary for a pulmonologist: NPI, DEA, licence, NPDB", me(a, "cvo-partners.example.org"), me(nm()),
        f"PSV complete - {p['name']}", inbound=True, body="Verification is complete; summary attached.\n\n" + a + "\nCVO Partners",
        atts=[("PSV_summary.txt", rep)])

    # p22 credentials committee approvals (flate PDF)
    a = nm()
    lines = [("Credentials Committee - Approved Appointments, March 2025",), ""]
    for s in ["Urology", "Neurology", "Podiatry", "Pediatrics", "Cardiology", "Geriatrics"]:
        p = prov(s, R.choice(["MD", "DO", "DPM"]) if s == "Podiatry" else R.choice(["MD", "DO"]))
        lines.append(f"{p['name']}, {p['cred']}  {s}  NPI {p['npi']}  Initial appointment, 2 years")
    NEG(K, "credentials committee approvals PDF: names, specialties, NPIs", me(a), '"Medical Executive Committee" <mec@riversidehealth.example>',
        "Credentials Committee report", enc="b64", body="Report for MEC approval attached." + sig(a, "Director, Medical Staff Services", "Medical Staff Services"),
        atts=[("CC_approvals_March.pdf", pdf(lines, flate=True, title="CC approvals"))])

    # p23 payer directory accuracy attestation (HTML, inbound)
    a, b = nm(), nm()
    rows = []
    for s in ["Obstetrics & Gynecology", "Pediatrics", "Behavioral Health"]:
        p = prov(s)
        rows.append([p["name"], s, p["npi"], p["clinic"], p["phone"], "Yes"])
    inner = P(f"Dear {b},") + P("Federal rules require us to verify our provider directory every 90 days. Please confirm the listings below, including whether each provider is accepting new patients, by April 15.") + \
        table(["Provider", "Specialty", "NPI", "Address", "Phone", "Accepting new patients"], rows) + P(f"{a}<br>Provider Data Quality, Bluestem Health Plan")
    NEG(K, "payer directory-accuracy attestation (HTML): provider listings, NPIs, accepting new patients", me(a, "bluestemhealthplan.example.org"), me(b),
        "Directory verification - action required", inbound=True, html=html_doc(inner), henc="qp")

    # p24 vision/ophthalmology network list (XML)
    a, b = nm(), nm()
    items = "".join(f'  <Practitioner npi="{npi()}" name="{nm()}" degree="{d}" services="{sv}" phone="{ph()}"/>\n' for d, sv in
                    [("OD", "routine eye exams, contact lenses, diabetic eye exams"), ("MD", "cataract surgery, glaucoma, macular degeneration"),
                     ("MD", "diabetic retinopathy laser, retinal detachment")])
    NEG(K, "ophthalmology/optometry network list (XML) with NPIs and services", me(a), me(b, "clearsightvision.example.org"),
        "Eye care network file", body="Eye care network file for the vision plan attached." + sig(a, "Provider Enrollment Specialist", "Revenue Cycle"),
        atts=[("eyecare_network.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<Network name="Riverside Eye Care">\n{items}</Network>\n')])

    # p25 telestroke partner roster (JSON)
    a, b = nm(), nm()
    docs = [{"name": (p := prov("Neurology"))["name"], "npi": p["npi"], "board": "Vascular Neurology", "states_licensed": ["OH", "IN", "KY"], "pager": f"7{R.randint(100, 999)}"} for _ in range(4)]
    NEG(K, "telestroke partner roster (JSON): vascular neurologists, NPIs, licensure states", me(a, "neurolink.example.org"), me(b),
        "Telestroke roster - Q2", inbound=True, enc="qp",
        body=f"""{b.split()[0]},

Q2 roster for the telestroke service attached for privileging by proxy. Each neurologist treats acute ischemic stroke and TIA and is licensed in Ohio.

{a}
NeuroLink Telestroke Credentialing""", atts=[("telestroke_roster_Q2.json", json.dumps({"service": "telestroke", "physicians": docs}, indent=2))])

    # p26 residents e-prescribing (XML)
    a = nm()
    items = "".join(f'  <Resident name="{(p := prov("Pediatrics"))["name"]}" pgy="{R.randint(1, 3)}" npi="{p["npi"]}" eprescribe="enabled" epcs="institutional"/>\n' for _ in range(5))
    NEG(K, "pediatric residents e-prescribing enablement file (XML) with NPIs", me(a), me(nm()), "Resident e-prescribing file",
        enc="b64", body="Incoming pediatric residents for e-prescribing enablement; they prescribe controlled substances under the hospital's institutional registration." + sig(a, "GME Coordinator", "Graduate Medical Education"),
        atts=[("residents_eprescribe.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<Residents program="Pediatrics">\n{items}</Residents>\n')])

    # p27 Medicaid revalidation list (HTML attachment)
    a = nm()
    rows = "".join(f"<tr><td>{p['name']}</td><td>{p['spec']}</td><td>{p['npi']}</td><td>0{R.randint(4, 9)}/30/2025</td></tr>" for p in [prov() for _ in range(6)])
    NEG(K, "Medicaid revalidation due list (HTML attachment): names, specialties, NPIs, due dates", me(a),
        '"Department Administrators" <dept-admins@riversidehealth.example>', "Medicaid revalidation due",
        body="Providers due for Ohio Medicaid revalidation are in the attached list. Please have each sign the disclosure form." + sig(a, "Enrollment Analyst", "Provider Enrollment"),
        atts=[("medicaid_revalidation.html", html_doc(f"<table border='1'><tr><th>Provider</th><th>Specialty</th><th>NPI</th><th>Due</th></tr>{rows}</table>"))])

    # p28 Find-a-Doctor bios (HTML, base64)
    a = nm()
    ps = [prov("Sleep Medicine"), prov("Allergy & Immunology")]
    inner = "".join(f"<h3>{p['name']}, {p['cred']}</h3><p>Dr. {p['name'].split()[-1]} treats {p['treats']}. {'She' if p['sex'] == 'F' else 'He'} sees adults and teens at {p['clinic']} and is accepting new patients. NPI {p['npi']}. Call {p['phone']}.</p>" for p in ps)
    NEG(K, "Find-a-Doctor bios (HTML, base64) for sleep and allergy physicians", me(a), '"Web Content Team" <webcontent@riversidehealth.example>',
        "Bios for upload", html=html_doc(inner + P(a)), henc="b64")

    # p29 billing NPI correction (QP)
    p = prov("Urology")
    a = nm()
    NEG(K, "billing correction of a urologist's rendering NPI and taxonomy; claims mentioned only in aggregate", me(a), me(p["name"]),
        "Your rendering NPI in the billing system", enc="qp",
        body=f"""Dr. {p['name'].split()[-1]},

Your rendering NPI in the billing system had two digits transposed. It is now corrected to {p['npi']} with taxonomy 208800000X (Urology). About 40 claims for February that rejected on this edit will be resubmitted this week; you don't need to do anything.{sig(a, 'Charge Integrity Analyst', 'Revenue Cycle')}""")

    # p30 moonlighting fellows (JSON)
    a = nm()
    fel = [{"name": (p := prov("Cardiology"))["name"], "fellowship": "Cardiovascular Disease PGY-5", "npi": p["npi"], "moonlighting_site": "Riverside Lancaster ICU", "approved_through": "2025-06-30"} for _ in range(3)]
    NEG(K, "moonlighting approvals for cardiology fellows (JSON) with NPIs", me(a), me(nm()), "Moonlighting approvals",
        body="Moonlighting approvals for the ICU nights are attached for the scheduling system." + sig(a, "Fellowship Coordinator", "Cardiology"),
        atts=[("moonlighting.json", json.dumps(fel, indent=2))])

    # p31 board certification expirations (uncompressed PDF)
    a = nm()
    lines = [("Board Certification Expirations - next 6 months",), ""] + [
        f"{(p := prov())['name']}, {p['cred']}  {p['spec']}  NPI {p['npi']}  expires {R.randint(4, 9):02d}/30/2025" for _ in range(7)]
    NEG(K, "board-certification expiration report (PDF) with provider names, specialties, NPIs", me(a), '"Department Chairs" <chairs@riversidehealth.example>',
        "Board certification expirations", enc="qp", body="Expiring board certifications are listed in the attached report." + sig(a, "Credentialing Specialist", "Medical Staff Services"),
        atts=[("board_expirations.pdf", pdf(lines, title="Board expirations"))])

    # p32 licence expirations (CSV)
    a = nm()
    rows = [["provider", "type", "licence", "expires", "npi"]] + [[(p := prov(None, R.choice(["MD", "NP", "PA-C", "CNM"])))["name"], p["cred"], p["lic"], f"2025-0{R.randint(4, 9)}-01", p["npi"]] for _ in range(6)]
    NEG(K, "licence-expiration list (CSV) of providers with licence numbers and NPIs", me(a), '"Practice Managers" <practice-managers@riversidehealth.example>',
        "Licences expiring this spring", body="Licences expiring this spring are listed in the attached CSV; please remind your providers." + sig(a, "Credentialing Assistant", "Medical Staff Services"),
        atts=[("licence_expirations.csv", csv_text(rows))])

    # p33 hospitalist weekend schedule (HTML body)
    a = nm()
    rows = [[d, (p := prov(None))["name"] + ", MD", p["npi"], f"Ascom {R.randint(70000, 79999)}", R.choice(["Teaching A", "Non-teaching 1", "Non-teaching 2", "Nocturnist"])] for d in ["Sat 3/15", "Sat 3/15", "Sun 3/16", "Sun 3/16"]]
    NEG(K, "weekend hospitalist schedule (HTML) with NPIs and phones", me(a), '"Nursing House Supervisors" <house-sup@riversidehealth.example>',
        "Weekend hospitalists", html=html_doc(P("Weekend hospitalist coverage:") + table(["Day", "Hospitalist", "NPI", "Phone", "Team"], rows) + P(a)), henc="qp")

    # p34 referral coordinator quick reference (plain)
    a = nm()
    lines_ = "\n".join(f"  {s:<20} {(p := prov(s))['name']}, MD   NPI {p['npi']}   {p['phone']}   sees: {p['treats']}" for s in ["Nephrology", "Endocrinology", "Rheumatology"])
    NEG(K, "referral coordinator quick reference: which specialist to send for which condition, with NPIs", me(a),
        '"Referral Coordinators" <referral-coordinators@riversidehealth.example>', "Quick reference - who takes what",
        body=f"""Coordinators,

Quick reference for the three specialties with the longest waits. When the
referral is urgent, call the number instead of faxing.

{lines_}

{a}
Referral Center Supervisor""")

    # p35 welcome new midwives (QP)
    a = nm()
    ps = [prov("Obstetrics & Gynecology", "CNM") for _ in range(2)]
    NEG(K, "welcome of two certified nurse-midwives with services offered, NPIs and DEA (M prefix)", me(a), '"Women\'s Health" <womens-health@riversidehealth.example>',
        "Welcome our new midwives", enc="qp",
        body=f"""Please welcome {ps[0]['name']}, CNM (NPI {ps[0]['npi']}, DEA {ps[0]['dea']}) and {ps[1]['name']}, CNM (NPI {ps[1]['npi']}, DEA {ps[1]['dea']}) to the Riverside Birth Center. They offer prenatal care, water birth, VBAC counselling and well-woman visits, and are accepting new patients.{sig(a, 'Nurse Manager', "Women's Health", 'MSN, RN')}""")

    # p36 CAQH re-attestation (plain)
    p = prov("Podiatry", "DPM")
    a = nm()
    NEG(K, "CAQH re-attestation reminder to a podiatrist with own NPI and CAQH id", me(a), me(p["name"]), "CAQH re-attestation due",
        body=f"""Dr. {p['name'].split()[-1]},

Your CAQH ProView profile (ID {digits(8)}) is due for re-attestation on
April 2. Please confirm your practice locations (diabetic foot and wound
clinic, Grove City) and upload your current malpractice face sheet.
NPI on file: {p['npi']}.

{a}
Provider Enrollment""")

    # p37 forwarded NPPES update confirmation (rfc822)
    a, b = nm(), nm()
    p = prov("Allergy & Immunology")
    inner = fwd('"NPPES Notifications" <no-reply@nppes.example.org>', me(p["name"]), "NPPES record updated",
                f"""Your NPI record has been updated.
NPI: {p['npi']}
Name: {p['name']}
Practice location: Riverside Allergy & Asthma, {street()}, {town()}
Taxonomy: 207K00000X Allergy & Immunology
If you did not make this change, contact the NPI Enumerator.""", "Fri, 07 Mar 2025 09:01:00 -0500")
    NEG(K, "forwarded NPPES update confirmation for an allergist's own NPI", me(p["name"]), me(a), "FW: NPPES record updated",
        body="Updated my practice location in NPPES as you asked - confirmation below.\n\n" + p["name"] + ", MD", atts=[("NPPES record updated.eml", inner)])

    # p38 pharmacy prescriber master (base64 plain)
    a = nm()
    lst = "\n".join(f"{(p := prov(None, R.choice(['MD', 'DO', 'NP'])))['name']}, {p['cred']}  NPI {p['npi']}  DEA {p['dea']}  {p['spec']}" for _ in range(4))
    NEG(K, "pharmacy prescriber-master additions (base64 body) with NPIs and DEA numbers", me(a), '"Outpatient Pharmacy" <outpatient-rx@riversidehealth.example>',
        "Prescriber master adds", enc="b64", body=f"""Please add these prescribers to the retail pharmacy prescriber file:

{lst}
{sig(a, 'Pharmacy Informatics Pharmacist', 'Pharmacy', 'PharmD')}""")

    # p39 on-call surgery schedule (HTML attachment)
    a = nm()
    rows = "".join(f"<tr><td>3/{d}</td><td>{(p := prov(None))['name']}, MD</td><td>{R.choice(['General surgery', 'Vascular', 'Urology', 'ENT'])}</td><td>{p['npi']}</td><td>{p['phone']}</td></tr>" for d in range(10, 16))
    NEG(K, "surgical on-call schedule (HTML attachment) with surgeons, services, NPIs, phones", me(a), '"Perioperative Leaders" <periop-leaders@riversidehealth.example>',
        "Surgery call next week", enc="qp", body="Next week's surgical call is attached." + sig(a, "OR Scheduling Supervisor", "Surgical Services"),
        atts=[("surgery_call.html", html_doc(f"<table border='1'><tr><th>Date</th><th>Surgeon</th><th>Service</th><th>NPI</th><th>Phone</th></tr>{rows}</table>"))])

    # p40 payer provider change form (flate PDF, inbound)
    a, b = nm(), nm()
    p = prov("Behavioral Health", "PsyD")
    lines = [("Provider Change Form",), f"Provider: {p['name']}, PsyD    NPI {p['npi']}", "Change: add location Riverside Behavioral Health - Hilliard",
             "Services at location: individual therapy for depression, anxiety, PTSD; CBT-I", f"Phone at location: {p['phone']}", "Effective: 04/01/2025"]
    NEG(K, "payer provider change form (flate PDF) adding a location for a psychologist; NPI and services", me(a, "bluestemhealthplan.example.org"), me(b),
        "Change form received", inbound=True, body=f"""{b.split()[0]},

We received the attached provider change form and will process it within 30 days.

{a}
Bluestem Provider Services""", atts=[("provider_change_form.pdf", pdf(lines, flate=True, title="Provider change"))])

# ==============================================================================================
# NEGATIVE: the other ten kinds (2 each)


def other_negatives():
    # prescriber_notice
    a = nm()
    NEG("prescriber_notice", "formulary change notice for prescribers with an example order sentence; no patient", me(a),
        '"Medical Staff" <medstaff@riversidehealth.example>', "Formulary: insulin glargine product change", enc="qp",
        body=f"""Prescribers,

Effective April 1 the formulary insulin glargine product changes to the biosimilar insulin glargine-yfgn (100 units/mL pen). Orders for the reference product will be automatically interchanged unit-for-unit.

Example order as it will appear after interchange: "insulin glargine-yfgn 100 units/mL pen, 20 units subcut nightly". No new order is needed.{sig(a, 'Chair, P&T Committee', 'Pharmacy & Therapeutics', 'PharmD')}""")
    a = nm()
    txt = f"""Prescribers,

Starting March 17, Ohio requires a PDMP (OARRS) check before the first
prescription of an opioid or benzodiazepine and every 90 days thereafter.
The check is embedded in the order: e.g. when you sign oxycodone 5 mg every 6
hours as needed, a yellow banner prompts you to review the OARRS report.

{a}, MD
Chief Medical Officer"""
    NEG("prescriber_notice", "PDMP/OARRS requirement notice with an illustrative order; no patient", me(a),
        '"All Prescribers" <prescribers@riversidehealth.example>', "PDMP check now hard-stop", body=txt, html=html_doc(P(txt)))

    # newsletter
    a = nm()
    inner = "<h2>Lab Matters - March</h2>" + P("<b>New eGFR equation.</b> We report eGFR using the 2021 race-free CKD-EPI equation. For example, a 60-year-old with a creatinine of 1.2 mg/dL now gets an eGFR of about 68 rather than a race-adjusted value.") + \
        P("<b>hs-troponin.</b> Our 99th percentile upper reference limit is 14 ng/L for women and 22 ng/L for men. A change of 5 ng/L or more at 1 hour is significant.") + P(f"Editor: {a}, MD, Clinical Pathology")
    NEG("newsletter", "lab newsletter with illustrative values ('a 60-year-old with creatinine 1.2') and reference limits; no individual", me(a),
        '"All Clinicians" <clinicians@riversidehealth.example>', "Lab Matters - March", html=html_doc(inner), henc="qp")
    a = nm()
    NEG("newsletter", "coding newsletter with an illustrative documentation example and ICD-10-CM codes", me(a),
        '"Coding & CDI" <coding-cdi@riversidehealth.example>', "Coding Corner #41",
        body=f"""CODING CORNER #41

Malnutrition (E43, E44.0) needs the dietitian's assessment AND the
provider's diagnosis. Example of good documentation (illustrative only):
"Severe protein-calorie malnutrition, weight loss 12% in 3 months, intake
under 50% for 2 weeks, muscle wasting at temples - dietitian consulted."

Sepsis reminder: code the underlying infection second, e.g. A41.9 then
J18.9.

{a}, CCS
Coding Education""", atts=[("coding_corner_41.txt", "Coding Corner #41 - printable copy\n\nMalnutrition E43/E44.0 - documentation requirements.\nSepsis sequencing A41.9 then the source, e.g. J18.9.\n")])

    # education
    a = nm()
    lines = [("Insulin Safety Self-Study",), "Worked example (not a real patient): a 70 kg adult on basal-bolus insulin,",
             "glucose 285 mg/dL before lunch, moderate correction scale -> 4 units rapid-acting.", "",
             "Hypoglycemia: treat glucose below 70 mg/dL with 15 g fast carbohydrate; recheck in 15 minutes.",
             "Post-test: 10 questions; passing score 80%."]
    NEG("education", "insulin self-study PDF with a worked example 'not a real patient'", me(a), '"New Graduate RNs" <newgrad-rn@riversidehealth.example>',
        "Insulin self-study due Friday", enc="b64", body="Please complete the attached self-study before Friday's class." + sig(a, "Nurse Educator", "Nursing Professional Development", "MSN, RN"),
        atts=[("insulin_self_study.pdf", pdf(lines, flate=True, title="Insulin self-study"))])
    a = nm()
    NEG("education", "grand rounds announcement with an anonymised teaching case ('a 34-year-old woman'); no identifiers", me(a),
        '"Department of Medicine" <medicine@riversidehealth.example>', "Grand Rounds Thursday",
        body=f"""Medicine Grand Rounds, Thursday 12:00, Auditorium B and Teams.

"Hyponatremia: a case-based approach." The speaker will walk through a
teaching case: a 34-year-old woman with sodium 118 mmol/L after a marathon.
Details are altered for teaching.

{a}
Grand Rounds Coordinator""")

    # aggregate
    a = nm()
    rows = [["unit", "month", "CLABSI", "central_line_days", "rate_per_1000"]] + [[u, "2025-02", R.randint(0, 2), R.randint(300, 900), ""] for u in ["MICU", "SICU", "CVICU", "5 North", "Oncology 7W"]]
    for r in rows[1:]:
        r[4] = f"{1000 * r[2] / r[3]:.2f}"
    NEG("aggregate", "CLABSI counts and rates per unit (CSV); no individual", me(a), '"Quality Council" <quality-council@riversidehealth.example>',
        "February CLABSI data", body="February CLABSI counts by unit are attached. Two events on MICU; RCA scheduled." + sig(a, "Infection Preventionist", "Infection Prevention", "RN, CIC"),
        atts=[("clabsi_feb.csv", csv_text(rows))])
    a = nm()
    NEG("aggregate", "ED throughput statistics with counts and medians, example of a small-cell suppression rule", me(a),
        '"ED Leadership" <ed-leaders@riversidehealth.example>', "ED metrics - February", enc="qp",
        body=f"""February: 7,412 ED visits, median door-to-provider 14 minutes, LWBS 1.9%. 318 patients boarded more than 4 hours. Sepsis bundle compliance 71% (n=214). Cells under 11 are suppressed in the external version, e.g. the 6 pediatric transfers.{sig(a, 'Quality Analyst', 'Emergency Department')}""")

    # birth_year
    a = nm()
    NEG("birth_year", "retirement tribute: a staff member born in 1959; no health context", me(a), '"Pharmacy Department" <pharmacy@riversidehealth.example>',
        "Celebrating Gloria's retirement",
        body=f"""Friends,

Please join us Friday at 3 in the pharmacy break room to celebrate Gloria
Whitfield's retirement after 38 years. Born in 1959 in Zanesville, Gloria
started as a pharmacy technician in 1987 and built our IV room from scratch.

{a}
Director of Pharmacy""")
    a = nm()
    txt = f"""Happy birthday to our March babies on 6 West! 3/4 Renee, 3/11 Tomasz,
3/19 Keisha (the big 4-0 - born March 19, 1985!). Cake in the break room on
Thursday.

{a}, Unit Secretary"""
    NEG("birth_year", "unit staff birthday list with one full birth date; no health", me(a), '"6 West Staff" <6west@riversidehealth.example>',
        "March birthdays!", body=txt, html=html_doc(P(txt)))

    # staff_admin
    a = nm()
    rows = [["name", "role", "Mon", "Tue", "Wed", "Thu", "Fri"]] + [[nm(), R.choice(["RN", "PCT", "Charge RN"]), *[R.choice(["D", "N", "off", "D"]) for _ in range(5)]] for _ in range(6)]
    NEG("staff_admin", "nursing shift schedule (CSV) with staff names; no health", me(a), '"PACU Staff" <pacu@riversidehealth.example>',
        "Schedule week of 3/17", body="Schedule for the week of 3/17 attached. Trade requests to me by Wednesday." + sig(a, "Nurse Manager", "PACU", "BSN, RN"),
        atts=[("schedule_0317.csv", csv_text(rows))])
    a = nm()
    NEG("staff_admin", "annual competency reminder naming staff who are overdue; no health", me(a), '"Imaging Technologists" <imaging-techs@riversidehealth.example>',
        "Competencies overdue", enc="qp",
        body=f"""Hi team,

The following staff still need the annual MRI safety competency before March 31: {nm()}, {nm()}, {nm()}. It takes about 25 minutes in the learning system.{sig(a, 'Imaging Manager', 'Radiology')}""")

    # marketing
    a = nm()
    inner = "<h2>Free heart screening - Saturday, April 12</h2>" + P("Blood pressure, cholesterol and blood sugar checks for adults 40 and over, at Riverside Westerville, 8 AM to noon. Here's an example of what you'll take home: a wallet card with your numbers and what they mean (e.g. blood pressure under 120/80 is normal).") + P("Call (614) 555-0150 to reserve a spot.")
    NEG("marketing", "public heart-screening event advertisement with an example wallet card; no individual", me(a), '"Community Newsletter List" <community@riversidehealth.example>',
        "Free heart screening April 12", html=html_doc(inner), henc="b64")
    a = nm()
    NEG("marketing", "job posting for an oncology infusion RN", me(a), '"Nursing Recruitment List" <recruit@riversidehealth.example>',
        "Now hiring: Infusion RN", body=f"""Riverside Cancer Institute is hiring infusion RNs for our new Lancaster
center. Chemo/biotherapy certification preferred; sign-on bonus $10,000.
Apply online or call {ph()}.

{a}
Talent Acquisition""")

    # name_only
    a = nm()
    rows = [["volunteer", "shift", "area"]] + [[nm(), R.choice(["Mon AM", "Wed PM", "Sat AM"]), R.choice(["Gift shop", "Information desk", "Wayfinding"])] for _ in range(6)]
    NEG("name_only", "volunteer roster (CSV) with names and desks; no health", me(a), '"Volunteer Services" <volunteers@riversidehealth.example>',
        "April volunteer roster", body="April volunteer roster attached." + sig(a, "Volunteer Coordinator", "Volunteer Services"),
        atts=[("volunteers_april.csv", csv_text(rows))])
    a = nm()
    NEG("name_only", "gala guest list with names and tables only", me(a), '"Foundation Staff" <foundation@riversidehealth.example>',
        "Gala seating", enc="qp", body=f"""Table 4: {nm()}, {nm()}, {nm()}, {nm()}
Table 5: {nm()}, {nm()}, {nm()}
Place cards go to the printer Thursday.{sig(a, 'Events Manager', 'Riverside Health Foundation')}""")

    # other_label
    a = nm()
    NEG("other_label", "Internal-labelled budget note, no health content", me(a), '"Finance Committee" <finance-committee@riversidehealth.example>',
        "Q3 capital requests", label=("internal", "Internal"),
        body=f"""Committee,

Q3 capital requests total $4.2M against a $3.1M envelope. Proposed cuts are
in the shared workbook. Please review before Tuesday.

{a}
VP Finance""")
    a = nm()
    txt = "Cafeteria specials this week: Monday chili, Tuesday tacos, Wednesday pho, Thursday jerk chicken, Friday fish fry.\n\n" + a + "\nFood & Nutrition Services"
    NEG("other_label", "General-labelled cafeteria menu", me(a), '"All Staff" <allstaff@riversidehealth.example>', "This week in the cafe",
        label=("general", "General"), body=txt, html=html_doc(P(txt)))

    # general
    a = nm()
    NEG("general", "IT maintenance window notice; no health content", me(a), '"All Staff" <allstaff@riversidehealth.example>',
        "Saturday maintenance window", body=f"""The e-mail and file-share systems will be unavailable Saturday 23:00 to
Sunday 03:00 for patching. Clinical systems are not affected.

{a}
IT Change Management""")
    a = nm()
    lines = [("Proposal: managed print services",), "Prepared for Riverside Health Supply Chain", "", "Fleet: 1,140 devices", "Estimated annual savings: 18%"]
    NEG("general", "vendor managed-print proposal (PDF), inbound", me(a, "printwise.example.org"), me(nm()), "Managed print proposal",
        inbound=True, enc="qp", body="Our proposal is attached.\n\n" + a + "\nPrintWise", atts=[("proposal.pdf", pdf(lines, title="Proposal"))])

# ==============================================================================================
# POSITIVES - real patients, written to resemble the negatives on the surface


def pt(sex=None, born=(1935, 2004)):
    sex = sex or R.choice("FM")
    f, l = person(sex)
    return {"sex": sex, "first": f, "last": l, "name": f"{f} {l}", "dob": dob(*born), "mrn": mrn(), "addr": street(), "town": town(), "phone": ph()}


def lab_results():
    K = "lab_result"
    # L1 template thread with a real patient's letter pasted
    a, b = nm(), nm()
    p = pt("F")
    POS(K, "thread about the result-letter template, but it quotes the real letter sent to a named patient with her A1c", me(a), me(b),
        "RE: Result letters - writing guide v3",
        body=f"""{b.split()[0]},

Agree with the guide. One real example of why we need it - this is the
letter that actually went out yesterday to {p['name']} (DOB {p['dob']}) from
the Grove City office, unedited:

  "Dear {p['first']}, your HGBA1C was 9.1 (H). Unremarkable otherwise.
   Continue current regimen."

She called the office confused because her A1c went from 7.4% to 9.1% and
nobody told her what to do. Dr. {nm().split()[-1]} is calling her today to
increase her metformin and add a GLP-1. Can we use a de-identified version
of this in the training, not the original?{sig(a, 'Practice Manager', 'Riverside Family Medicine - Grove City')}""")

    # L2 QC failure + real patient rerun (QP)
    a, b = nm(), nm()
    p = pt()
    POS(K, "lab supervisor's QC-failure note that names a real ED patient whose troponin was repeated, with values", me(a), me(b),
        "QC failure 0300 - one result corrected", enc="qp",
        body=f"""Dr. {b.split()[-1]},

Troponin QC level 2 failed at 03:00 on CHEM-B (serial on the service ticket). We reran every troponin resulted between 01:40 and 03:00. One result changed enough to matter:

Patient: {p['name']}, DOB {p['dob']}, ED bed 12
Original hs-troponin I: 9 ng/L (reported 02:31)
Corrected on rerun: 61 ng/L (reported 04:15)

The ED attending was called at 04:18 and the correction was read back. A corrected report has been issued.{sig(a, 'Core Lab Supervisor', 'Laboratory Services', 'MLS(ASCP)')}""")

    # L3 HTML table of real critical potassiums (with MRN)
    a, b = nm(), nm()
    rows = [[(q := pt())["name"], q["mrn"], R.choice(["5N 512", "4W 418", "MICU 6", "ED 21"]), f"{R.choice([6.2, 6.4, 2.6, 6.8, 2.8])}", "mmol/L", f"0{R.randint(1, 5)}:{R.randint(10, 59)}", nm()] for _ in range(4)]
    inner = P(f"{b.split()[0]},") + P("Yesterday I sent you the sample layout with the dummy row. Below is the real list from last night for the critical-call audit - these are actual patients, so please keep it inside the quality folder.") + \
        table(["Patient", "MRN", "Location", "Potassium", "Units", "Called", "Called to"], rows) + P(f"{a}<br>Lab Quality Coordinator")
    POS(K, "critical potassium call audit table with real patient names and MRNs, explicitly not the sample", me(a), me(b),
        "Critical calls - last night (real list)", html=html_doc(inner), henc="qp")

    # L4 CSV "sample rows" that is a real extract
    a, b = nm(), nm()
    rows = [["last_name", "first_name", "dob", "mrn", "test_code", "result", "units", "result_date"]]
    for _ in range(5):
        q = pt()
        rows.append([q["last"], q["first"], q["dob"], q["mrn"], "LDL", R.randint(160, 240), "mg/dL", "2025-03-04"])
    POS(K, "'sample rows' CSV that the sender says are real patients pulled from production, with MRNs and LDL values", me(a), me(b),
        "Sample rows for the outreach tool",
        body=f"""{b.split()[0]},

You asked for a few sample rows to test the upload. I didn't have time to
make dummies, so these five are real patients from last week's LDL
outreach list pulled from PRD. Please use them only in the secure test
folder and delete after the test.{sig(a, 'Data Analyst', 'Population Health')}""", atts=[("sample_rows.csv", csv_text(rows))])

    # L5 CBC report (flate PDF) to outside office
    a, b = nm(), nm()
    p = pt()
    lines = [("Riverside Health Laboratory - Final Report",), f"Patient: {p['last']}, {p['first']}    DOB: {p['dob']}", f"Ordering: Dr. {b.split()[-1]}, Lakeview Family Practice", "Collected: 03/05/2025 08:12", "",
             "Test            Result    Flag   Reference", "WBC             2.1       L      4.0-11.0 K/uL", "Hemoglobin      8.7       L      12.0-16.0 g/dL",
             "Platelets       64        L      150-400 K/uL", "ANC             0.9       L      1.8-7.7 K/uL", "", "Pancytopenia; smear reviewed by pathologist."]
    POS(K, "CBC report PDF (flate) for a named patient with DOB sent to an outside office", me(a), me(b, "lakeviewfp.example.org"),
        "Results", body=f"""Dr. {b.split()[-1]},

Per your request, the attached report for your patient {p['first']} {p['last']}. The
pathologist recommends hematology referral.{sig(a, 'Client Services', 'Laboratory Outreach')}""",
        atts=[("report.pdf", pdf(lines, flate=True, title="Lab report"))])

    # L6 TSH letter to home address (uncompressed PDF)
    a = nm()
    p = pt()
    lines = [("Riverside Endocrinology",), "", f"{p['name']}", f"{p['addr']}", f"{p['town']}", "", f"Dear {p['first']},",
             "Your thyroid test (TSH) from March 3 was 11.8 mIU/L, which is high (normal 0.4-4.0).",
             "This means your thyroid is underactive. Please increase your levothyroxine from 50 mcg to 75 mcg",
             "each morning and repeat the test in 6 weeks.", "", f"Dr. {nm().split()[-1]}"]
    POS(K, "TSH result letter PDF to a named patient's home address with value and dose change", me(a), '"Endocrine Mailroom" <endo-mail@riversidehealth.example>',
        "Letter to mail today", enc="qp", body="Please mail the attached letter today; the patient has no portal account." + sig(a, "RN Care Coordinator", "Endocrinology"),
        atts=[("letter.pdf", pdf(lines, title="Letter"))])

    # L7 FHIR Observation from PRD (JSON)
    a, b = nm(), nm()
    p = pt()
    obs = {"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "2160-0", "display": "Creatinine"}]},
           "subject": {"display": f"{p['last']}, {p['first']}", "identifier": {"value": p["mrn"]}}, "effectiveDateTime": "2025-03-05T06:10:00-05:00",
           "valueQuantity": {"value": 3.4, "unit": "mg/dL"}, "interpretation": [{"text": "High"}], "referenceRange": [{"text": "0.6-1.2"}]}
    POS(K, "production (not sandbox) FHIR Observation for a named patient with MRN and creatinine 3.4, sent for a failed-filing ticket", me(a), me(b),
        "Results API - PRD message that failed to file",
        body=f"""{b.split()[0]},

Unlike the sandbox example I sent earlier, this one is from PRD: a real
creatinine for an inpatient that did not file to the nephrology dashboard.
Raw payload attached - please handle as PHI.{sig(a, 'Software Engineer', 'Digital Health Engineering')}""",
        atts=[("prd_observation.json", json.dumps(obs, indent=2))])

    # L8 hepatic panel XML (no MRN)
    a, b = nm(), nm()
    p = pt("F")
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<LabReport>
  <Patient><Name>{p['first']} {p['last']}</Name><DOB>{p['dob']}</DOB></Patient>
  <Order test="Hepatic function panel" collected="2025-03-04T07:40"/>
  <Result analyte="ALT" value="412" unit="U/L" range="7-56" flag="H"/>
  <Result analyte="AST" value="388" unit="U/L" range="10-40" flag="H"/>
  <Result analyte="Total bilirubin" value="3.9" unit="mg/dL" range="0.1-1.2" flag="H"/>
  <Result analyte="Alkaline phosphatase" value="160" unit="U/L" range="44-147" flag="H"/>
</LabReport>
"""
    POS(K, "hepatic panel XML for a named patient with DOB sent to the hepatology clinic", me(a), me(b), "Labs for tomorrow's add-on",
        body=f"""{b.split()[0]},

{p['first']} {p['last']} is the add-on for tomorrow; her outside-ordered liver
panel came back very high and Dr. {nm().split()[-1]} wants her seen. XML from
the reference lab attached.{sig(a, 'Hepatology Nurse', 'Digestive Health', 'RN')}""", atts=[("hepatic_panel.xml", x)])

    # L9 forwarded outside lab (rfc822, no MRN)
    a, b, c = nm(), nm(), nm()
    p = pt("F")
    inner = fwd(me(c, "northstarlab.example.org"), me(a), f"Result notification: {p['last']}, {p['first']}",
                f"""NORTHSTAR REFERENCE LAB - RESULT NOTIFICATION
Patient: {p['last']}, {p['first']}   DOB {p['dob']}
Test: Cortisol, AM serum    Result: 1.8 ug/dL  (L)  ref 6.2-19.4
Test: ACTH, plasma          Result: 212 pg/mL  (H)  ref 7.2-63.3
Ordering provider: Riverside Endocrinology""", "Wed, 05 Mar 2025 13:22:00 -0500")
    POS(K, "forwarded outside-lab cortisol/ACTH notification for a named patient", me(a), me(b), f"FW: Result notification: {p['last']}, {p['first']}",
        body=f"""Dr. {b.split()[-1]} - this looks like primary adrenal insufficiency. Can we
get her in this week?

{a}, RN""", atts=[("Result notification.eml", inner)])

    # L10 INR nurse message (base64)
    a, b = nm(), nm()
    p = pt("M")
    POS(K, "anticoagulation nurse message with a named patient's INR 4.6 and warfarin hold", me(a), me(b),
        "INR today", enc="b64",
        body=f"""{b.split()[0]},

{p['name']} (DOB {p['dob']}) came in for his fingerstick this morning - INR 4.6, no bleeding. Per protocol I told him to hold warfarin tonight and take 2.5 mg tomorrow instead of 5 mg, recheck Monday. Please co-sign the encounter.{sig(a, 'Anticoagulation Clinic RN', 'Riverside Heart & Vascular', 'RN')}""")

    # L11 portal message (alt, no MRN)
    a = nm()
    p = pt()
    txt = f"""Hello {p['first']},

Your vitamin D level from March 4 was 11 ng/mL, which is low (goal 30-100).
Dr. {a.split()[-1]} recommends vitamin D3 50,000 units once a week for 8 weeks,
then 2,000 units daily. We sent the prescription to your pharmacy.

Riverside Family Medicine - Westerville"""
    POS(K, "patient-facing vitamin D result message (alt) to a real patient's e-mail", me(a), f'"{p["name"]}" <{p["first"].lower()}{p["last"].lower()[0]}{R.randint(10, 99)}@mailbox.example.net>',
        "Your recent test result", body=txt, html=html_doc(P(txt)))

    # L12 TXT culture result in a test-environment thread
    a, b = nm(), nm()
    p = pt("F")
    rep = f"""MICROBIOLOGY - FINAL
Patient: {p['last']}, {p['first']}   DOB: {p['dob']}
Source: urine, clean catch    Collected 03/03/2025
Culture: >100,000 CFU/mL Escherichia coli (ESBL-producing)
Susceptibilities: ampicillin R, ceftriaxone R, ciprofloxacin R, nitrofurantoin S,
ertapenem S, fosfomycin S
"""
    POS(K, "interface thread: the TEST patient worked, but the attachment is a real patient's ESBL urine culture that failed in PRD", me(a), me(b),
        "RE: Test script 22 - micro results",
        body=f"""{b.split()[0]},

Script 22 passed in TST with the test patient. But the same mapping failed in
PRD overnight for a real patient - the susceptibilities did not reach the
ambulatory chart, and her PCP still has her on ciprofloxacin. The printed
result is attached so the clinic can act today; Dr. {nm().split()[-1]} has
been notified.{sig(a, 'Interface Analyst', 'Integration Services')}""", atts=[("micro_result.txt", rep)])


def referrals():
    K = "referral"
    a, b = nm(), nm()
    p = pt("M", born=(1953, 1953))
    dr = prov("Nephrology", sex="F")
    POS(K, "reply in a directory-update thread that also refers a named patient with CKD stage 4 to the new nephrologist", me(a), me(b),
        "RE: Directory update - new nephrologist",
        body=f"""{b.split()[0]},

Thanks, directory looks right. While I have you: I just faxed a referral to
Dr. {dr['name'].split()[-1]} for my patient {p['name']}, 71, CKD stage 4 (eGFR 22,
down from 31 in the fall), diabetic, needs dialysis planning and access
evaluation. Could you ask her scheduler to get him in within 3 weeks?{sig(a, 'Internal Medicine', 'Riverside Internal Medicine - Dublin', 'MD')}""")

    a, b = nm(), nm()
    p = pt("M", born=(2009, 2009))
    letter = html_doc(f"""<p>Dear Dr. {b.split()[-1]},</p><p>Thank you for seeing <b>{p['name']}</b> (DOB <span>{p['dob'][:6]}</span><span>{p['dob'][6:]}</span>), a 15-year-old with
new-onset type 1 diabetes diagnosed at our urgent care on 3/2 (glucose 486, positive GAD65 antibodies). He is on insulin glargine 14 units and
lispro per carb ratio. Please see him for ongoing diabetes management.</p><p>{a}, MD<br>Cedar Pediatrics</p>""")
    POS(K, "pediatric endocrinology referral letter (HTML attachment) naming a teen with new type 1 diabetes", me(a, "cedarpediatrics.example.org"), me(b),
        "Referral", inbound=True, enc="qp", body="Referral letter attached. His mother has the appointment line number.\n\n" + a, atts=[("referral_letter.html", letter)])

    a, b = nm(), nm()
    p = pt()
    lines = [("Referral Request - Orthopedics",), f"Patient: {p['name']}   DOB {p['dob']}   Phone {p['phone']}", f"Address: {p['addr']}, {p['town']}",
             "Reason: right knee pain 8 months, MRI shows complex medial meniscus tear (M23.221)", "Requested: surgical consultation", "Insurance: Medicaid MCO"]
    POS(K, "orthopedic referral form PDF (flate) with patient name, DOB, phone, diagnosis", me(a, "eastsidehealth.example.org"), me(b),
        "Referral request", inbound=True, body="Please see the attached referral.\n\n" + a + "\nEastside Community Health", atts=[("referral.pdf", pdf(lines, flate=True, title="Referral"))])

    a, b, c = nm(), nm(), nm()
    p = pt()
    inner = fwd(me(c, "quickcare.example.org"), me(a), "Derm referral", f"""Referring {p['name']} (DOB {p['dob']}) to dermatology for a 9 mm irregular
pigmented lesion on the left upper back that has changed over 3 months.
Rule out melanoma (D48.5). Photo in chart.""", "Thu, 06 Mar 2025 17:40:00 -0500")
    POS(K, "forwarded urgent-care dermatology referral for a named patient with DOB", me(a), me(b), "FW: Derm referral",
        body="Please schedule in the next 2 weeks - possible melanoma.\n\n" + a, atts=[("Derm referral.eml", inner)])

    a = nm()
    p = pt("F")
    dr = prov("Behavioral Health")
    POS(K, "referral naming a patient and a psychiatrist with the psychiatrist's NPI (looks like a directory entry)", me(a), me(dr["name"]),
        "Referral - next available", enc="qp",
        body=f"""Dr. {dr['name'].split()[-1]} (NPI {dr['npi']}),

Referring {p['name']}, DOB {p['dob']}, for medication management of treatment-resistant major depression (F33.2). Failed sertraline and bupropion trials; PHQ-9 today 21. No current suicidal ideation. She can be reached at {p['phone']}.{sig(a, 'Primary Care', 'Riverside Family Medicine - Hilliard', 'DO')}""")


def clinical_notes():
    K = "clinical_note"
    a, b = nm(), nm()
    p = pt(born=(1966, 1966))
    note = f"""PROGRESS NOTE - {p['name']} - MRN {p['mrn']}
S: 58 y/o with T2DM, HTN, obesity. Reports numbness both feet.
O: BP 152/94, BMI 36.1, monofilament absent bilaterally.
A/P: Type 2 diabetes with diabetic polyneuropathy (E11.42); essential hypertension (I10);
obesity (E66.9). Start gabapentin 100 mg TID; increase lisinopril to 20 mg.
"""
    POS(K, "real progress note (name, MRN, codes) sent for a teaching conference before de-identification", me(a), me(b),
        "Case for Thursday's conference",
        body=f"""{b.split()[0]},

Here is the note for Thursday's case. This is the real note, not yet
de-identified - please strip the name and MRN before it goes on a slide.{sig(a, 'Chief Resident', 'Internal Medicine', 'MD')}""", atts=[("progress_note.txt", note)])

    a, b = nm(), nm()
    p = pt()
    inner = P(f"<b>ID consult</b> - {p['name']}, DOB {p['dob']}, 4 West room 411") + P("Reason: MRSA bacteremia, 2 of 2 bottles. TTE without vegetation. Recommend vancomycin AUC-guided, TEE, repeat cultures q48h until clear, 4 weeks minimum if TEE negative.") + P(f"{a}, MD, Infectious Disease")
    POS(K, "infectious disease consult note (HTML) for a named inpatient with DOB", me(a), me(b), "Consult", html=html_doc(inner), henc="7bit")

    a, b = nm(), nm()
    p = pt()
    lines = [("History and Physical",), f"Patient: {p['name']}   MRN {p['mrn']}   DOB {p['dob']}", "CC: shortness of breath, 10-lb weight gain",
             "HPI: known HFrEF (EF 25%), ran out of furosemide 1 week ago.", "Exam: JVP 12 cm, bibasilar crackles, 2+ edema.",
             "Assessment: acute on chronic systolic heart failure (I50.23).", "Plan: IV furosemide 40 mg BID, daily weights, strict I/O."]
    POS(K, "H&P PDF (flate) with name, MRN and heart failure diagnosis", me(a), me(b), "H&P for the transfer packet",
        enc="qp", body="H&P attached for the transfer packet." + sig(a, "Hospitalist", "Hospital Medicine", "MD"), atts=[("HP.pdf", pdf(lines, flate=True, title="H&P"))])

    a, b = nm(), nm()
    p = pt("F", born=(1995, 1995))
    POS(K, "ED note (base64) about a named patient with a suspected ectopic pregnancy", me(a), me(b), "ED note - please review", enc="b64",
        body=f"""{b.split()[0]},

ED note for {p['name']} (DOB {p['dob']}) for your review before OB sees her:

29 y/o G2P1 at ~6 weeks by LMP with left lower quadrant pain and spotting. Quantitative hCG 2,140 mIU/mL. Transvaginal US: no intrauterine pregnancy, 2.1 cm left adnexal mass, small free fluid. Hemodynamically stable. Suspected ectopic pregnancy (O00.90). OB paged.{sig(a, 'Emergency Medicine', 'Emergency Department', 'MD')}""")

    a, b = nm(), nm()
    p = pt()
    j = {"source": "PRD note extract", "patient": {"name": p["name"], "mrn": p["mrn"]}, "note_type": "Psychiatry consult",
         "text": "Generalized anxiety disorder (F41.1) and insomnia (G47.00). Start sertraline 25 mg daily, CBT-I referral."}
    POS(K, "NLP pipeline extract (JSON) of a real psychiatry consult with name and MRN", me(a), me(b), "Pipeline output - one record",
        body=f"""{b.split()[0]},

Here is one record from last night's production NLP run where the diagnosis
extraction missed the insomnia code. Real patient - restricted folder only.{sig(a, 'Data Scientist', 'Enterprise Analytics')}""", atts=[("nlp_record.json", json.dumps(j, indent=2))])


def discharges():
    K = "discharge"
    a, b = nm(), nm()
    p = pt()
    lines = [("Discharge Summary",), f"Patient: {p['name']}   MRN {p['mrn']}", "Admitted 03/01/2025  Discharged 03/05/2025",
             "Diagnosis: community-acquired pneumonia, right lower lobe (J18.1)", "Course: ceftriaxone/azithromycin, O2 weaned day 3.",
             "Discharge meds: amoxicillin-clavulanate 875-125 mg BID x 3 days", "Follow-up: PCP 1 week; CXR 6 weeks."]
    POS(K, "real discharge summary PDF (uncompressed) - looks like the fake-data template but has a real name and MRN", me(a), me(b, "lakeviewfp.example.org"),
        "Discharge summary", body=f"""Dr. {b.split()[-1]},

Your patient {p['first']} {p['last']} went home today; summary attached.{sig(a, 'Transitions of Care RN', 'Care Management')}""",
        atts=[("discharge_summary.pdf", pdf(lines, title="Discharge summary"))])

    a = nm()
    p = pt()
    page = html_doc(f"<h2>Your discharge instructions</h2><p><b>{p['name']}</b>, you had a right total knee replacement on 3/3.</p><ul><li>Take apixaban 2.5 mg twice daily for 12 days to prevent blood clots.</li><li>Oxycodone 5 mg every 6 hours as needed for severe pain.</li><li>Physical therapy at home starts 3/7.</li></ul>")
    POS(K, "TKA discharge instructions (HTML attachment) to the named patient", me(a), f'"{p["name"]}" <{p["last"].lower()}.{p["first"].lower()[0]}@mailbox.example.net>',
        "Your instructions from Riverside", enc="qp", body="As requested, a copy of your discharge instructions is attached." + sig(a, "Orthopedic Nurse", "Joint Center", "RN"),
        atts=[("instructions.html", page)])

    a, b = nm(), nm()
    p = pt("F")
    txt = f"""Dr. {b.split()[-1]},

{p['name']} (DOB {p['dob']}) was discharged today after 3 days for diabetic
ketoacidosis (E10.10). Home insulin: glargine 22 units nightly, lispro
1 unit/10 g carbs. Please see her within 7 days.

{a}, MD"""
    POS(K, "DKA discharge handoff to the PCP (alt), carrying the Internal label", me(a), me(b), "Discharge today", body=txt, html=html_doc(P(txt)),
        label=("internal", "Internal"))

    a, b = nm(), nm()
    p = pt()
    POS(K, "handoff to home health: named patient, address, discharge diagnosis and wound care", me(a), me(b, "lakeshorehomehealth.example.org"),
        "Start of care tomorrow", enc="qp",
        body=f"""Hi {b.split()[0]},

{p['name']}, {p['addr']}, {p['town']}, is discharging today after a below-knee amputation (left) for diabetic foot infection. Needs wound checks 3x/week, PT/OT, and IV ertapenem 1 g daily through 3/20 via PICC.{sig(a, 'Case Manager', 'Care Management', 'RN')}""")

    a, b = nm(), nm()
    p = pt()
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<DischargeNotification>
  <Patient name="{p['name']}" dob="{p['dob']}" mrn="{p['mrn']}"/>
  <Discharge date="2025-03-06" disposition="Skilled nursing facility" facility="Maple Grove Rehabilitation"/>
  <Diagnosis code="S72.001A">Fracture of right femoral neck, initial encounter</Diagnosis>
</DischargeNotification>
"""
    POS(K, "SNF discharge notification XML with name, DOB, MRN and hip fracture", me(a), me(b, "maplegroverehab.example.org"), "Discharge notification",
        body="Notification attached." + sig(a, "Discharge Planner", "Care Management"), atts=[("discharge.xml", x)])


def appointments():
    K = "appointment"
    a, b = nm(), nm()
    rows = [["time", "patient", "dob", "visit_type", "reason"]]
    for t in ["08:00", "08:20", "08:40", "09:00", "09:20"]:
        q = pt()
        rows.append([t, q["name"], q["dob"], R.choice(["New", "Follow-up"]), R.choice(["Afib follow-up", "Chest pain eval", "Post-stent check", "Heart failure titration"])])
    POS(K, "tomorrow's real clinic schedule (CSV) with names, DOBs and reasons; sender stresses it is not the sample", me(a), me(b),
        "Tomorrow - real schedule",
        body=f"""{b.split()[0]},

Not the sample file this time - this is Dr. {nm().split()[-1]}'s actual schedule for
tomorrow in cardiology, so you can pre-chart.{sig(a, 'Medical Assistant', 'Riverside Heart & Vascular')}""", atts=[("schedule.csv", csv_text(rows))])

    a = nm()
    p = pt()
    POS(K, "MRI appointment confirmation for a named patient (plain 7bit)", me(a), f'"{p["name"]}" <{p["first"].lower()}.{p["last"].lower()}@mailbox.example.net>',
        "Your appointment",
        body=f"""Dear {p['first']} {p['last']},

This confirms your MRI of the lumbar spine on Tuesday, March 18 at 7:30 AM at
Riverside Imaging - Dublin. Please arrive 30 minutes early.

{a}
Imaging Scheduling""")

    a, b = nm(), nm()
    p = pt()
    page = html_doc(f"<p>Sleep study booked: <b>{p['name']}</b>, DOB {p['dob']}, overnight polysomnography 3/21 at 20:00, Riverside Sleep Center, for suspected obstructive sleep apnea.</p>")
    POS(K, "sleep study booking (HTML attachment) for a named patient", me(a), me(b), "Booked", body="Booking confirmation attached." + sig(a, "Scheduler", "Sleep Center"),
        atts=[("booking.html", page)])

    a, b = nm(), nm()
    p = pt("F")
    txt = f"""{b.split()[0]},

{p['name']}'s pembrolizumab infusion is moved from 3/12 to 3/14 at 10:00,
chair 6, because her TSH came back low. Please let her know: {p['phone']}.

{a}"""
    POS(K, "rescheduled infusion for a named patient (alt)", me(a), me(b), "Chair change", body=txt, html=html_doc(P(txt)))

    a = nm()
    p = pt("F", born=(1990, 1999))
    POS(K, "Spanish prenatal appointment reminder to a named patient (QP, es-US)", me(a), f'"{p["name"]}" <{p["first"].lower()}{R.randint(1, 99)}@mailbox.example.net>',
        "Recordatorio de cita", enc="qp", lang="es-US",
        body=f"""Estimada {p['first']} {p['last']}:

Le recordamos su cita prenatal de las 28 semanas el jueves 20 de marzo a las 9:30 a. m. con la partera en la Clínica de la Mujer de Riverside. Ese día le haremos la prueba de glucosa; no necesita estar en ayunas.

{a}
Clínica de la Mujer""")


def medications():
    K = "medication"
    a, b = nm(), nm()
    rows = [["patient", "mrn", "unit", "drug", "dose", "lot_given"]]
    L = lot()
    for _ in range(3):
        q = pt()
        rows.append([q["name"], q["mrn"], R.choice(["ICU 3", "5N", "7W"]), "levetiracetam injection", "500 mg IV q12h", L])
    POS(K, "pharmacist's recall follow-up listing named patients who received the recalled lot (CSV)", me(a), me(b), "Recall follow-up - who got the lot",
        body=f"""{b.split()[0]},

Unlike the general recall notice, this one needs clinical follow-up: three
inpatients received doses from lot {L}. List attached; their
neurologists have been told.{sig(a, 'Medication Safety Officer', 'Pharmacy', 'PharmD')}""", atts=[("recall_patients.csv", csv_text(rows))])

    a, b = nm(), nm()
    p = pt()
    POS(K, "start metformin for a named patient (plain)", me(a), me(b), "New start",
        body=f"""{b.split()[0]},

Please call {p['name']} (DOB {p['dob']}) - starting metformin 500 mg once
daily with dinner, increase to twice daily in 2 weeks. Prescription sent.

{a}, MD""")

    a, b = nm(), nm()
    p = pt()
    inner = P(f"Med rec for <b>{p['name']}</b> (MRN {p['mrn']}):") + table(["Drug", "Dose", "Change"], [["carvedilol", "12.5 mg BID", "increased"], ["sacubitril-valsartan", "49-51 mg BID", "new"], ["spironolactone", "25 mg daily", "continue"]])
    POS(K, "heart-failure med rec table (HTML) for a named patient with MRN", me(a), me(b), "Med rec", html=html_doc(inner), henc="b64")

    a, b = nm(), nm()
    p = pt("F")
    POS(K, "insulin titration message (base64) for a named patient", me(a), me(b), "Insulin", enc="b64",
        body=f"""{b.split()[0]}, {p['name']}'s fasting sugars are 180-210 this week. Increase glargine from 18 to 22 units nightly and call her Friday.{sig(a, 'Diabetes Educator', 'Endocrinology', 'RN, CDCES')}""")

    a, b = nm(), nm()
    p = pt()
    lines = [("Medication List at Discharge",), f"{p['name']}  DOB {p['dob']}", "apixaban 5 mg twice daily", "metoprolol succinate 50 mg daily",
             "atorvastatin 80 mg nightly", "STOP: warfarin"]
    POS(K, "discharge medication list PDF (flate) for a named patient", me(a), me(b), "Med list", enc="qp",
        body="Medication list for the pharmacy attached." + sig(a, "Pharmacist", "Transitions of Care", "PharmD"),
        atts=[("medlist.pdf", pdf(lines, flate=True, title="Med list"))])


def registrations():
    K = "registration"
    a, b = nm(), nm()
    p = pt("F")
    POS(K, "'test registration' complaint that turns out to be a real patient's record with SSN and DOB", me(a), me(b),
        "RE: Test patient on the ED worklist again", enc="qp",
        body=f"""{b.split()[0]},

Correction to my earlier note: the second one is NOT a test patient. {p['name']} is a real patient who was registered under the ZZ test prefix by mistake at 02:10. Her real details, for the merge:

Name: {p['name']}
DOB: {p['dob']}
SSN: {ssn()}
Address: {p['addr']}, {p['town']}
Seen in ED for: syncope

Please merge into her existing chart {p['mrn']}.{sig(a, 'ED Registration Lead', 'Patient Access')}""")

    a, b = nm(), nm()
    p = pt()
    page = html_doc(f"<h3>Online pre-registration</h3><table border='1'><tr><td>Name</td><td>{p['name']}</td></tr><tr><td>DOB</td><td>{p['dob']}</td></tr><tr><td>SSN</td><td>{ssn()}</td></tr><tr><td>Member ID</td><td>{member()}</td></tr><tr><td>Visit</td><td>Outpatient surgery 3/19 - laparoscopic cholecystectomy</td></tr></table>")
    POS(K, "online pre-registration (HTML attachment) with SSN, member id and surgery", me(a), me(b), "Pre-reg for 3/19",
        body="Pre-registration submission attached for verification." + sig(a, "Pre-Access Specialist", "Patient Access"), atts=[("prereg.html", page)])

    a, b = nm(), nm()
    p = pt("F", born=(1991, 2000))
    lines = [("Patient Registration",), f"Name: {p['last']}, {p['first']}", f"DOB: {p['dob']}", f"SSN: {ssn()}", f"Address: {p['addr']}, {p['town']}",
             f"Phone: {p['phone']}", "Reason for visit: new patient, prenatal care"]
    POS(K, "scanned registration form PDF (flate) with SSN, DOB, address", me(a), me(b), "Scan from the front desk", enc="b64",
        body="Scanned registration from this morning attached for indexing." + sig(a, "Front Desk", "Women's Health"), atts=[("scan.pdf", pdf(lines, flate=True, title="Registration"))])

    a, b = nm(), nm()
    p = pt()
    j = {"environment": "PRD", "kiosk": "GC-LOBBY-2", "patient": {"name": p["name"], "dob": p["dob"], "ssn_last4": ssn()[-4:], "mrn": p["mrn"],
                                                                   "address": f"{p['addr']}, {p['town']}"}, "checkin_for": "Rheumatology follow-up"}
    POS(K, "production kiosk payload (JSON) - explicitly PRD, unlike the mock-up - with name, DOB, MRN, visit", me(a), me(b), "Kiosk payload that errored",
        body=f"""{b.split()[0]},

This is a real PRD check-in that errored, not the vendor demo. Payload
attached.{sig(a, 'Kiosk Support Analyst', 'Patient Access IT')}""", atts=[("payload.json", json.dumps(j, indent=2))])

    a, b = nm(), nm()
    rows = [["name", "dob", "ssn", "error"]] + [[(q := pt())["name"], q["dob"], ssn(), R.choice(["SSN mismatch", "Duplicate chart", "Missing guarantor"])] for _ in range(3)]
    POS(K, "registration error worklist (CSV) with names, DOBs and SSNs", me(a), me(b), "Worklist", body="Today's registration errors attached." + sig(a, "Patient Access QA", "Patient Access"),
        atts=[("reg_errors.csv", csv_text(rows))])


def billing_claims():
    K = "billing_claim"
    a, b = nm(), nm()
    rows = [["patient", "member_id", "dos", "cpt", "icd10", "billed", "status"]] + [[(q := pt())["name"], member(), "2025-02-14", R.choice(["99214", "93306", "45380"]), R.choice(["I48.91", "K63.5", "I10"]), f"{R.randint(150, 2400)}.00", "Denied - CO-197"] for _ in range(4)]
    POS(K, "claim denial worklist (CSV) with names, member ids, CPT and ICD codes - batch-looking but claim level", me(a), me(b), "Denials from batch B20250303",
        body="Claim-level detail for the denials in that batch is attached." + sig(a, "Denials Specialist", "Revenue Cycle"), atts=[("denials.csv", csv_text(rows))])

    a, b = nm(), nm()
    p = pt()
    lines = [("Explanation of Benefits",), f"Member: {p['name']}   Member ID: {member()}", "Provider: Riverside Orthopedics", "Service 02/20/2025: MRI knee (73721)  Billed $1,850.00  Paid $612.00  You owe $150.00"]
    POS(K, "real EOB PDF for a named member (compare the illustration-only guide)", me(a, "bluestemhealthplan.example.org"), me(b), "EOB copy", inbound=True,
        body="EOB copy attached as requested by the billing office.\n\n" + a, atts=[("eob.pdf", pdf(lines, title="EOB"))])

    a, b = nm(), nm()
    p = pt("F")
    x837 = f"""NM1*IL*1*{p['last'].upper()}*{p['first'].upper()}****MI*{member()}~
DMG*D8*{p['dob'][6:]}{p['dob'][:2]}{p['dob'][3:5]}*F~
CLM*{digits(8)}*325***11:B:1*Y*A*Y*Y~
HI*ABK:J45.41~
SV1*HC:94640*45*UN*1~
SV1*HC:99214*280*UN*1~
REJECTION: 2010BA NM109 member id not found
"""
    POS(K, "rejected 837P excerpt (TXT) for a named member with asthma codes - production, not companion-guide test data", me(a), me(b), "Rejected claim",
        body=f"""{b.split()[0]},

Production rejection (ISA15 = P) for one of yesterday's claims. Member id
looks mistyped at registration. Segment excerpt attached.{sig(a, 'EDI Analyst', 'Revenue Cycle')}""", atts=[("rejected_837.txt", x837)])

    a, b = nm(), nm()
    p = pt()
    txt = f"""Prior authorization APPROVED
Member: {p['name']}   DOB {p['dob']}
Service: MRI lumbar spine without contrast (72148), dx M54.16
Auth number: PA{digits(8)}   Valid 03/10/2025-04/09/2025

{a}
Utilization Management, Bluestem Health Plan"""
    POS(K, "prior-auth approval (alt, inbound) for a named member", me(a, "bluestemhealthplan.example.org"), me(b), "Authorization decision", inbound=True,
        body=txt, html=html_doc(P(txt)))

    a, b = nm(), nm()
    p = pt()
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClaimAudit>
  <Claim id="{digits(10)}" drg="291" drgDesc="Heart failure and shock with MCC">
    <Patient name="{p['name']}" mrn="{p['mrn']}" memberId="{member()}"/>
    <Diagnosis seq="1" code="I50.23"/><Diagnosis seq="2" code="N17.9"/>
    <Finding>Secondary diagnosis N17.9 not supported by creatinine trend</Finding>
  </Claim>
</ClaimAudit>
"""
    POS(K, "DRG audit XML for a named patient's claim with MRN and member id", me(a), me(b), "Audit finding", enc="qp",
        body="Audit finding attached for your response." + sig(a, "Clinical Auditor", "Revenue Integrity", "RN, CCDS"), atts=[("audit.xml", x)])


def hl7_msgs():
    K = "hl7"

    def pid(p, extra=""):
        d = p["dob"]
        return f"PID|1||{p['mrn']}^^^RH^MR||{p['last'].upper()}^{p['first'].upper()}||{d[6:]}{d[:2]}{d[3:5]}|{p['sex']}|||{p['addr'].upper()}^^{p['town'].split(',')[0].upper()}^OH^{p['town'][-5:]}{extra}"

    a, b = nm(), nm()
    p = pt()
    msg = hl7(["MSH|^~\\&|EPIC|RH|TSTENGINE|RH|20250306101500||ADT^A01|PRD{0}|P|2.5".format(digits(6)), "EVN|A01|20250306101500", pid(p),
               "PV1|1|I|4W^412^A||||1234^ATTENDING^DR", "DG1|1||I21.4^NSTEMI^I10"])
    POS(K, "ADT^A01 with a real PID (processing id P) that leaked into the TEST engine; PHI label", me(a), me(b), "PRD message in TEST engine",
        body=f"""{b.split()[0]},

The TEST engine received this overnight - MSH-11 is P, it is a real
admission, not one of our ZZ test patients. Please purge it from the TEST
logs. Copy attached for the incident ticket.{sig(a, 'Integration Engineer', 'Interfaces Team')}""",
        atts=[("leaked_A01.hl7", msg, "x-application/hl7-v2+er7")], label=("phi", "Confidential PHI"))

    a, b = nm(), nm()
    p = pt()
    msg = hl7(["MSH|^~\\&|BEAKER|RHLAB|EPIC|RH|20250306083000||ORU^R01|{0}|P|2.5.1".format(digits(7)), pid(p),
               "OBR|1|||2823-3^Potassium^LN", "OBX|1|NM|2823-3^Potassium^LN||6.7|mmol/L|3.5-5.1|HH|||F"])
    POS(K, "ORU^R01 for a real patient with critical potassium", me(a), me(b), "ORU that did not file", enc="qp",
        body="This ORU did not file to the chart - it is a critical value. Message attached." + sig(a, "LIS Analyst", "Laboratory Services"),
        atts=[("oru.hl7", msg, "application/hl7-v2")])

    a, b = nm(), nm()
    p = pt()
    msg = hl7(["MSH|^~\\&|EPIC|RH|HIE|RH|20250305170000||ADT^A03|{0}|P|2.3".format(digits(7)), pid(p), "PV1|1|I|5N^520^B|||||||||||||||||||||||||||||||||||||||20250305170000"])
    POS(K, "ADT^A03 discharge for a real patient (text/plain .hl7)", me(a), me(b), "A03", body="Discharge message for the HIE reconciliation attached." + sig(a, "Interface Analyst", "Integration Services"),
        atts=[("A03.hl7", msg, "text/plain")])

    a, b = nm(), nm()
    p = pt()
    msg = hl7(["MSH|^~\\&|CADENCE|RH|RADIANT|RH|20250306090000||SIU^S12|{0}|P|2.3".format(digits(7)), "SCH|1||||||Colonoscopy screening|||30|MIN", pid(p),
               "AIS|1||45378^COLONOSCOPY|20250320080000"])
    POS(K, "SIU^S12 scheduling message for a real patient's colonoscopy", me(a), me(b), "SIU", enc="b64",
        body="SIU attached; the appointment did not appear on the GI schedule." + sig(a, "Interface Analyst", "Integration Services"),
        atts=[("siu.hl7", msg, "x-application/hl7-v2+er7")])

    a, b, c = nm(), nm(), nm()
    p = pt()
    msg = hl7(["MSH|^~\\&|HIE|OHIE|EPIC|RH|20250304120000||ADT^A04|{0}|P|2.5".format(digits(7)), pid(p), "PV1|1|E|OUTSIDE ED", "DG1|1||R07.9^Chest pain^I10"])
    inner = fwd(me(c, "ohie.example.org"), me(a), "HIE encounter alert", "An encounter alert for one of your patients is attached.",
                "Tue, 04 Mar 2025 12:05:00 -0500", atts=[("alert.hl7", msg, "text/plain")])
    POS(K, "forwarded HIE alert containing an ADT^A04 with a real PID and chest pain", me(a), me(b), "FW: HIE encounter alert",
        body="Your patient was seen in an outside ED - see the forwarded alert.\n\n" + a, atts=[("HIE encounter alert.eml", inner)])


def ccdas():
    K = "ccda"

    def doc(p, title, section, text):
        d = p["dob"]
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
  <title>{title}</title>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.9999.1" extension="{p['mrn']}"/>
    <addr><streetAddressLine>{p['addr']}</streetAddressLine><city>{p['town'].split(',')[0]}</city><state>OH</state></addr>
    <patient><name><given>{p['first']}</given><family>{p['last']}</family></name>
      <birthTime value="{d[6:]}{d[:2]}{d[3:5]}"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>{section}</title><text>{text}</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""
    a, b = nm(), nm()
    p = pt()
    POS(K, "CCD for a real patient (PHI label)", me(a), me(b), "Records", label=("phi", "confidential-phi"),
        body="CCD attached for the new-patient visit." + sig(a, "HIM Specialist", "Health Information Management"),
        atts=[("ccd.xml", doc(p, "Continuity of Care Document", "Problems", "Chronic obstructive pulmonary disease (J44.9); atrial fibrillation (I48.91)"))])
    a, b = nm(), nm()
    p = pt()
    POS(K, "discharge summary C-CDA for a real patient - resembles the certification sample but is from production", me(a), me(b, "lakeviewfp.example.org"),
        "Discharge C-CDA", enc="qp", body="Production discharge C-CDA for your patient attached (not the certification sample)." + sig(a, "HIM Specialist", "Health Information Management"),
        atts=[("dc_summary_ccda.xml", doc(p, "Discharge Summary", "Hospital Course", "Admitted with sepsis from pyelonephritis (A41.51, N10); treated with ceftriaxone."))])
    a, b = nm(), nm()
    p = pt()
    POS(K, "referral note C-CDA for a real patient", me(a), me(b), "Referral note", enc="b64",
        body="Referral note document attached." + sig(a, "Referral Coordinator", "Referral Center"),
        atts=[("referral_note.xml", doc(p, "Referral Note", "Reason for Referral", "Evaluation of thyroid nodule 2.3 cm, TI-RADS 4"))])
    a, b = nm(), nm()
    p = pt()
    POS(K, "inbound HIE encounter summary C-CDA for a real patient", me(a, "ohie.example.org"), me(b), "Encounter summary", inbound=True,
        body="Encounter summary attached.\n\n" + a, atts=[("encounter.xml", doc(p, "Encounter Summary", "Assessment", "Acute gout flare, right first MTP (M10.071); started colchicine."))])
    a, b, c = nm(), nm(), nm()
    p = pt("F")
    inner = fwd(me(c, "eastsidehealth.example.org"), me(a), "Progress note", "Progress note attached.", "Mon, 03 Mar 2025 15:00:00 -0500",
                atts=[("note.xml", doc(p, "Progress Note", "Plan", "Major depressive disorder, recurrent, moderate (F33.1); continue escitalopram 20 mg."))])
    POS(K, "forwarded message carrying a progress-note C-CDA for a real patient", me(a), me(b), "FW: Progress note", body="For her intake on Monday.\n\n" + a,
        atts=[("Progress note.eml", inner)])


def imagings():
    K = "imaging"
    a, b = nm(), nm()
    p = pt()
    lines = [("MRI Brain With and Without Contrast",), f"Patient: {p['name']}   MRN {p['mrn']}", "Findings: 2.8 cm enhancing mass, left frontal lobe, with surrounding edema.",
             "Impression: suspicious for high-grade glioma. Neurosurgery consult recommended."]
    POS(K, "MRI brain report PDF (flate) for a named patient", me(a), me(b), "Report", body="Final report attached." + sig(a, "Neuroradiologist", "Radiology", "MD"),
        atts=[("mri.pdf", pdf(lines, flate=True, title="MRI report"))])
    a, b = nm(), nm()
    p = pt()
    POS(K, "wrist x-ray result for a named patient (QP) - written like the sample report but real", me(a), me(b), "X-ray read", enc="qp",
        body=f"""{b.split()[0]}, not a template - the actual read for {p['name']} (DOB {p['dob']}) from urgent care: nondisplaced fracture of the right distal radius (S52.501A). Splint and ortho follow-up in 1 week.{sig(a, 'Radiologist', 'Radiology', 'MD')}""")
    a = nm()
    p = pt("F", born=(1950, 1984))
    inner = P(f"Dear {p['first']} {p['last']},") + P("Your screening mammogram on March 3 needs more pictures (BI-RADS 0). This is common. Please call (614) 555-0162 to schedule a diagnostic mammogram and ultrasound of the left breast.") + P(a)
    POS(K, "BI-RADS 0 letter (HTML, base64) to a named patient", me(a), f'"{p["name"]}" <{p["first"].lower()}.{p["last"].lower()}{R.randint(1, 9)}@mailbox.example.net>',
        "About your mammogram", html=html_doc(inner), henc="b64")
    a, b = nm(), nm()
    p = pt()
    ws = f"""RUQ ULTRASOUND WORKSHEET
Patient: {p['name']}  DOB {p['dob']}
Gallbladder: multiple stones, wall 5 mm, positive sonographic Murphy sign.
CBD 4 mm. Impression: acute calculous cholecystitis.
Sonographer: {a}
"""
    POS(K, "ultrasound worksheet (TXT) for a named patient showing acute cholecystitis", me(a), me(b), "Worksheet", body="Worksheet attached for the prelim." + sig(a, "Sonographer", "Radiology", "RDMS"),
        atts=[("ruq_worksheet.txt", ws)])
    a, b = nm(), nm()
    p = pt()
    POS(K, "echo result (base64) for a named patient with severe aortic stenosis", me(a), me(b), "Echo", enc="b64",
        body=f"""{b.split()[0]}, {p['name']}'s echo today shows severe aortic stenosis - AVA 0.7 cm2, mean gradient 48 mmHg, EF 55%. Please refer to the structural heart clinic for TAVR evaluation.{sig(a, 'Cardiologist', 'Riverside Heart & Vascular', 'MD')}""")


def labels_():
    K = "label"
    a, b = nm(), nm()
    POS(K, "PHI label, innocuous body", me(a), me(b), "RE: Follow-up", body="Thanks, will do.\n\n" + a, label=("phi", "Confidential PHI"))
    a, b = nm(), nm()
    POS(K, "PHI label (name spelled 'Confidential - PHI'), body asks for a call", me(a), me(b), "Quick question", enc="qp",
        body="Can you call me when you get a chance?\n\n" + a, label=("phi", "Confidential - PHI"))
    a, b = nm(), nm()
    POS(K, "PHI label on a message whose body says a template draft is attached (the PDF is a blank template)", me(a), me(b), "Draft",
        body="Draft template attached, no changes from last week.\n\n" + a, label=("phi", "CONFIDENTIAL PHI"),
        atts=[("draft.pdf", pdf([("Letter template",), "Dear [Patient Name],", "[Body]"], title="Draft"))])
    a, b = nm(), nm()
    txt = "Moved to 3:30. Same room.\n\n" + a
    POS(K, "PHI label (Name field omitted), alt body", me(a), me(b), "Update", body=txt, html=html_doc(P(txt)), label=("phi", None))
    a, b = nm(), nm()
    POS(K, "PHI label, HTML body 'FYI - see below'", me(a), me(b), "FW: update", html=html_doc(P("FYI - see below.") + P(a)), henc="7bit",
        label=("phi", "confidential-phi"))


def mbis():
    K = "mbi"
    a, b = nm(), nm()
    p = pt("F")
    POS(K, "eligibility note with a named patient's dashed MBI", me(a), me(b), "Medicare info updated",
        body=f"""{b.split()[0]},

Updated {p['name']}'s Medicare coverage before her cataract surgery on 3/24:
MBI {mbi(dash=True)}, Part A and B active. DOB {p['dob']}.

{a}
Financial Counselor""")
    a, b = nm(), nm()
    rows = [["patient", "dob", "mbi", "service"]] + [[(q := pt())["name"], q["dob"], mbi(), R.choice(["Home health", "Cardiac rehab", "Dialysis"])] for _ in range(4)]
    POS(K, "MBI worklist (CSV) with names, DOBs, services", me(a), me(b), "Worklist", body="MBI verification worklist attached." + sig(a, "Eligibility Specialist", "Patient Access"),
        atts=[("mbi_worklist.csv", csv_text(rows))])
    a, b = nm(), nm()
    POS(K, "family member e-mails her husband's new MBI before his appointment (QP, inbound)", f'"{a}" <{a.split()[0].lower()}{R.randint(10, 99)}@mailbox.example.net>', me(b),
        "New Medicare card", inbound=True, enc="qp",
        body=f"""Hello,

My husband {nm("M")} got his new Medicare card. His number is {mbi()}. Please update it before his cardiology appointment on Thursday.

Thank you,
{a}""")
    a, b = nm(), nm()
    p = pt()
    inner = P(f"Eligibility response for <b>{p['name']}</b>, DOB <span>{p['dob'][:6]}</span><span>{p['dob'][6:]}</span>, MBI {mbi(dash=True)}: Medicare Part B active; home health episode open with another agency.")
    POS(K, "clearinghouse 271 (HTML, inbound) with a named beneficiary's MBI", me(a, "clearpathclaims.example.org"), me(b), "271 response", inbound=True,
        html=html_doc(inner), henc="qp")
    a, b = nm(), nm()
    p = pt()
    lines = [("Home Health Start of Care",), f"Patient: {p['name']}   MBI: {mbi()}", "Primary diagnosis: I50.32 chronic diastolic heart failure", "SOC date: 03/07/2025"]
    POS(K, "home health start-of-care PDF with MBI and diagnosis", me(a, "lakeshorehomehealth.example.org"), me(b), "SOC", inbound=True,
        body="Start of care form attached.\n\n" + a, atts=[("soc.pdf", pdf(lines, title="SOC"))])


# ==============================================================================================


def main():
    templates()
    id_shaped()
    provider_directory()
    other_negatives()
    lab_results()
    referrals()
    clinical_notes()
    discharges()
    appointments()
    medications()
    registrations()
    billing_claims()
    hl7_msgs()
    ccdas()
    imagings()
    labels_()
    mbis()
    idx = list(range(len(MSGS)))
    ORDER.shuffle(idx)
    if os.path.isdir(MSGDIR):
        shutil.rmtree(MSGDIR)
    os.makedirs(MSGDIR)
    labels = []
    for n, k in enumerate(idx, 1):
        m = MSGS[k]
        fn = f"y{n:04d}.eml"
        with open(os.path.join(MSGDIR, fn), "wb") as fh:
            fh.write(m["raw"].encode("ascii"))
        labels.append({"file": fn, "phi": m["phi"], "kind": m["kind"], "form": m["form"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=1)
        fh.write("\n")
    counts = {}
    for m in MSGS:
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    for k in sorted(counts):
        print(f"{k:<20} {counts[k]}")
    print("total", len(MSGS), "positive", sum(m["phi"] for m in MSGS))


if __name__ == "__main__":
    main()
