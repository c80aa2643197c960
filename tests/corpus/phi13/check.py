#!/usr/bin/env python3
"""Structural checks for the phi13 corpus (standard library only). Exits 0 when every check passes.

Copied from phi12's check.py and adapted. Unchanged from phi12: the structural checks (CRLF, line length,
ASCII, base64/QP line length, MIME defects, PDF 1.4 structure and text, FlateDecode, JSON/XML/CSV/HL7
attachments parse, labels cover every file, kind/phi agree, PHI label GUID only on positives and on every
`label` message, General/Internal GUID on every `other_label` message, form coverage by both positives and
negatives), the synthetic-data checks (negatives never carry the configured MRN (RH + 7 digits) or member id
(RHP + 9 digits) shapes; every NPI is Luhn-valid with the 80840 prefix; every MBI-shaped string obeys the CMS
character rules; phone numbers use 555-01xx; e-mail domains end in .example / .example.org / .example.net;
values labelled SSN have a valid structure and are never the well-known sample SSNs; DEA-shaped numbers in a
message that mentions DEA carry a valid check digit), the placeholder rule for `template` messages, and no two
messages with the same decoded text.

Changes for phi13 ("a fresh, plain sample of the brief"):
- message files are named t0001.eml, t0002.eml, ... (prefix `t`, contiguous); the set has exactly 270 messages:
  exactly 10 of every kind the brief lists, except lab_result with exactly 20 (phi=true share 51.9 %);
- at least 14 lab_result messages carry no MRN shape and no SSN-shaped number;
- the body form of every message (the first part of a multipart/mixed, or the message itself) is counted as
  plain7 / qp / b64 / html / alt whatever its nesting; every kind must use each of the five body forms at least
  twice (lab_result four times); every body and attachment form the brief lists must be used by at least 5
  positives and 5 negatives (text/calendar, which the brief does not list, is no longer required);
- the `form` field of labels.json must agree with the message: the top-level content type, `;inbound` exactly
  when Exchange marks the message AuthAs Anonymous, `;msip_label=` exactly when an msip_labels header is present;
- phi13 features replace phi12's Outlook features: M365-shaped headers (Thread-Index and
  X-MS-Exchange-Organization-*) on at least 85 % of messages; at least 10 inbound messages on each side; the PHI
  label on at least 10 positives; General/Internal labels on at least 10 negatives; values split across <span>s
  in HTML on at least 2 messages on each side; the number of distinct senders is reported."""
import base64
import collections
import csv
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zlib
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration", "billing_claim",
       "hl7", "ccda", "imaging", "label", "mbi"]
NEG = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year", "id_shaped",
       "staff_admin", "marketing", "name_only", "other_label", "general"]
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
EXACT_KIND = {k: 10 for k in POS + NEG}
EXACT_KIND["lab_result"] = 20
MIN_LAB_NO_ID = 14
PREFIX = "t"
SHARE = (0.515, 0.52)
TOTAL = (270, 270)
BODY_FORMS = ["plain7", "qp", "b64", "html", "alt"]
MIN_FORM_SIDE = 5
MIN_M365_SHARE = 0.85
OTHER_GUIDS = ("0a1b2c3d-0000-4000-8000-000000000001", "0a1b2c3d-0000-4000-8000-000000000002")
errors = []
PLACEHOLDER = re.compile(r"\[[A-Z][A-Za-z _/#.-]*\]|\{\{ *\w+(\.\w+)* *\}\}|<<[^<>\n]{2,40}>>|&lt;&lt;|\u00ab|MERGEFIELD|_{5,}"
                         r"|XX/XX/XXXX|\*\*\*|@[A-Z][A-Z0-9]+@|\(enter\)|\$\{[^}]+\}|\{[A-Za-z ]+:\d+\}")
FEATURES = [
    ("m365", "M365 headers (Thread-Index + X-MS-Exchange-Organization-*)", 0),
    ("inbound", "inbound (AuthAs Anonymous)", 10),
    ("phi_label", "msip_labels with the PHI GUID", 0),
    ("other_label", "msip_labels with General/Internal GUID", 0),
    ("span_split", "value split across <span>s in HTML", 2),
    ("reply", "quoted reply history (From:/Sent: block)", 3),
    ("rfc822_fwd", "forwarded message/rfc822", 0),
    ("nbsp", "&nbsp; or other HTML entities", 0),
]
MIN_PHI_LABEL_POS = 10
MIN_OTHER_LABEL_NEG = 10


def features(head, text, forms):
    f = set()
    if re.search(r"(?m)^Thread-Index: ", head) and re.search(r"(?m)^X-MS-Exchange-Organization-", head):
        f.add("m365")
    if re.search(r"(?m)^X-MS-Exchange-Organization-AuthAs: Anonymous", head):
        f.add("inbound")
    if PHI_GUID in head:
        f.add("phi_label")
    if any(g in head for g in OTHER_GUIDS):
        f.add("other_label")
    if re.search(r"</span><span", text):
        f.add("span_split")
    if re.search(r"(?m)^\s*From: .+\n\s*Sent: |<b>Sent:</b>", text):
        f.add("reply")
    if "rfc822" in forms:
        f.add("rfc822_fwd")
    if re.search(r"&(nbsp|amp|lt|gt|quot|#\d+|ndash|mdash);", text):
        f.add("nbsp")
    return f


def body_form(msg):
    p = msg
    if p.get_content_type() == "multipart/mixed":
        p = p.get_payload()[0]
    ct = p.get_content_type()
    if ct == "multipart/alternative":
        return "alt"
    if ct == "text/html":
        return "html"
    if ct == "text/plain":
        cte = (p.get("Content-Transfer-Encoding") or "7bit").lower()
        return {"7bit": "plain7", "quoted-printable": "qp", "base64": "b64"}.get(cte, cte)
    return "other:" + ct


EXAMPLE_MARK = re.compile(r"(?i)\b(example|e\.g\.|sample|dummy|test|fake|mock-?up|demo|training|train|fictitious|fictional|illustrat\w*|synthetic|placeholder|persona|simulation|lorem|ejemplo)\b")


def err(f, m):
    errors.append(f"{f}: {m}")


def check_pdf(f, data):
    if not data.startswith(b"%PDF-1.4"):
        return err(f, "PDF header not 1.4")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        return err(f, "PDF startxref/%%EOF missing")
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        return err(f, "startxref does not point at xref")
    hm = re.match(rb"xref\n0 (\d+)\n", data[x:])
    n = int(hm.group(1))
    pos = x + hm.end()
    for k in range(n):
        ent = data[pos + 20 * k: pos + 20 * (k + 1)]
        if len(ent) != 20:
            return err(f, "short xref entry")
        if k == 0:
            continue
        off = int(ent[:10])
        if not data[off:].startswith(f"{k} 0 obj".encode()):
            return err(f, f"xref entry {k} points to wrong offset")
    if b"/BaseFont /Helvetica" not in data:
        err(f, "no Helvetica font")
    text_ops = 0
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        if not data[sm.end() + ln:].lstrip(b"\n").startswith(b"endstream"):
            err(f, "stream /Length mismatch")
        if sm.group(2):
            raw = zlib.decompress(raw)
        if all(op in raw for op in (b"BT", b"Tf", b"Td", b"Tj", b"ET")):
            text_ops += 1
    if not text_ops:
        err(f, "no BT/Tf/Td/Tj text in PDF")
    return b"/FlateDecode" in data


def pdf_text(data):
    out = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        raw = data[sm.end():sm.end() + int(sm.group(1))]
        if sm.group(2):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for t in re.finditer(rb"\((.*?)(?<!\\)\) Tj", raw):
            out.append(t.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").decode("latin-1"))
    return "\n".join(out)


MRN_RE = re.compile(r"(?<![A-Za-z0-9])RH\d{7}(?!\d)")
MEMBER_RE = re.compile(r"(?<![A-Za-z0-9])RHP\d{9}(?!\d)")
NPI_RE = re.compile(r"(?i)npi\W{0,12}(\d{10})(?!\d)")
MBI_RE = re.compile(r"(?<![A-Za-z0-9])([1-9][A-Za-z][A-Za-z0-9]\d)([ -]?)([A-Za-z][A-Za-z0-9]\d)\2([A-Za-z]{2}\d{2})(?![A-Za-z0-9])")
PHONE_RE = re.compile(r"(?<![\d-])\(?(\d{3})\)?[ .-](\d{3})[ .-](\d{4})(?![\d-])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+)")
SSN_LABEL_RE = re.compile(r"(?i)\bssn\W{0,4}(\d{3})-?(\d{2})-?(\d{4})(?!\d)")
SSN_ANY_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
FAMOUS_SSN = {"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"}
MBI_ALPHA = set("ACDEFGHJKMNPQRTUVWXY")
DEA_RE = re.compile(r"(?<![A-Za-z0-9])([ABFGM][A-Z])(\d{7})(?![A-Za-z0-9])")


def dea_ok(d7):
    d = [int(x) for x in d7]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


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


def mbi_ok(s):
    s = s.upper()
    if len(s) != 11 or s[0] not in "123456789":
        return False
    for pos in (1, 4, 7, 8):
        if s[pos] not in MBI_ALPHA:
            return False
    for pos in (3, 6, 9, 10):
        if not s[pos].isdigit():
            return False
    for pos in (2, 5):
        if not (s[pos].isdigit() or s[pos] in MBI_ALPHA):
            return False
    return True


def check_synthetic(f, phi, head, text):
    if not phi:
        for rx, what in ((MRN_RE, "MRN"), (MEMBER_RE, "member id")):
            m = rx.search(text)
            if m:
                err(f, f"negative contains a configured {what} shape {m.group(0)}")
    for m in NPI_RE.finditer(text):
        if not luhn_ok(m.group(1)):
            err(f, f"NPI {m.group(1)} fails the Luhn check")
    for m in MBI_RE.finditer(text):
        v = m.group(1) + m.group(3) + m.group(4)
        if not mbi_ok(v):
            err(f, f"MBI-shaped {m.group(0)} breaks the CMS character rules")
    for m in PHONE_RE.finditer(text):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            err(f, f"phone {m.group(0)} is not a 555-01xx number")
    for m in EMAIL_RE.finditer(head + "\n" + text):
        d = m.group(1).lower()
        if not (d.endswith(".example") or d.endswith(".example.org") or d.endswith(".example.net")):
            err(f, f"e-mail domain {d} is not a reserved example domain")
    for m in SSN_LABEL_RE.finditer(text):
        a, g, s_ = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a == 0 or a == 666 or a >= 900 or g == 0 or s_ == 0:
            err(f, f"SSN {m.group(0)} has an invalid structure")
    for m in SSN_ANY_RE.finditer(text):
        if m.group(0) in FAMOUS_SSN:
            err(f, f"well-known sample SSN {m.group(0)}")
    if re.search(r"\bDEA\b", text):
        for m in DEA_RE.finditer(text):
            if not dea_ok(m.group(2)):
                err(f, f"DEA-shaped {m.group(0)} fails the DEA check digit")


def walk(f, raw, part, forms, depth=0, texts=None):
    ct = part.get_content_type()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    if ct == "message/rfc822":
        forms.add("rfc822")
        inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
        for h in ("From", "Date", "Subject", "MIME-Version"):
            if inner.get(h) is None:
                err(f, f"forwarded message lacks {h}")
        if texts is not None:
            texts.append("\n".join(f"{k}: {v}" for k, v in inner.items() if k in ("From", "To", "Cc", "Subject")))
        walk(f, raw, inner, forms, depth + 1, texts)
        return
    if part.is_multipart():
        if not part.get_boundary():
            err(f, "multipart without boundary")
        for sp in part.get_payload():
            walk(f, raw, sp, forms, depth + 1, texts)
        return
    payload = part.get_payload()
    if cte == "base64":
        for ln in payload.splitlines():
            if len(ln) > 76:
                err(f, "base64 line > 76")
                break
        try:
            data = base64.b64decode(payload.encode(), validate=False)
        except Exception as e:  # noqa
            return err(f, f"bad base64: {e}")
    elif cte == "quoted-printable":
        for ln in payload.splitlines():
            if len(ln) > 76:
                err(f, "QP line > 76")
                break
        data = part.get_payload(decode=True)
    else:
        data = payload.encode("utf-8", "replace")
    if texts is not None:
        if ct == "application/pdf":
            texts.append(pdf_text(data))
        else:
            t = data.decode("utf-8", "replace")
            if ct == "text/calendar":
                t = re.sub(r"\r?\n[ \t]", "", t)  # RFC 5545 unfolding
            texts.append(t.replace("\r", "\n"))
    fn = (part.get_filename() or "").lower()
    if part.get_content_disposition() == "attachment" or fn:
        if ct == "application/pdf":
            forms.add("pdf-flate" if check_pdf(f, data) else "pdf")
        elif fn.endswith(".csv"):
            forms.add("csv")
            rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
            if len(rows) < 2:
                err(f, "csv too short")
        elif fn.endswith(".json"):
            forms.add("json")
            json.loads(data.decode("utf-8"))
        elif fn.endswith(".xml"):
            forms.add("xml")
            ET.fromstring(data)
        elif fn.endswith(".hl7"):
            forms.add("hl7")
            if not (data.startswith(b"MSH|") or (data.startswith((b"FHS|", b"BHS|")) and b"\rMSH|" in data)):
                err(f, "hl7 attachment does not start with MSH (or an FHS/BHS batch header followed by MSH)")
        elif fn.endswith((".html", ".htm")):
            forms.add("html-att")
        elif fn.endswith(".txt"):
            forms.add("txt")
        else:
            forms.add("att:" + ct)
    else:
        if ct == "text/html":
            forms.add("html")
        elif ct == "text/calendar":
            forms.add("calendar")
            if b"BEGIN:VCALENDAR" not in data:
                err(f, "calendar part without VCALENDAR")


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(x for x in os.listdir(MSGDIR) if x.endswith(".eml"))
    expected = [f"{PREFIX}{i:04d}.eml" for i in range(1, len(files) + 1)]
    if files != expected:
        bad = sorted(set(files) - set(expected))[:5]
        errors.append(f"message files are not named {PREFIX}0001.eml ... contiguously (unexpected: {bad})")
    stray = sorted(x for x in os.listdir(MSGDIR) if not x.endswith(".eml"))
    if stray:
        errors.append(f"non-.eml files in messages/: {stray[:5]}")
    names = [l["file"] for l in labels]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    if dup:
        errors.append(f"duplicate labels: {dup}")
    if set(names) != set(files):
        errors.append(f"labels/files mismatch: missing labels {sorted(set(files) - set(names))[:5]}, missing files {sorted(set(names) - set(files))[:5]}")
    form_cov = {True: collections.Counter(), False: collections.Counter()}
    feat_cov = {True: collections.Counter(), False: collections.Counter()}
    body_cov = {True: collections.Counter(), False: collections.Counter()}
    kind_body = collections.defaultdict(collections.Counter)
    senders = set()
    seen_text = {}
    lab_no_id = [0]
    for l in labels:
        f = l["file"]
        if set(l) != {"file", "phi", "kind", "form", "note"}:
            err(f, f"label keys {sorted(l)}")
        if not isinstance(l["phi"], bool):
            err(f, "phi not bool")
        if l["kind"] not in POS + NEG:
            err(f, f"unknown kind {l['kind']}")
        if (l["kind"] in POS) != l["phi"]:
            err(f, "kind and phi disagree")
        if not l["note"] or "\n" in l["note"]:
            err(f, "note must be one line")
        path = os.path.join(MSGDIR, f)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(f, "bare CR or LF")
        if not raw.endswith(b"\r\n"):
            err(f, "does not end with CRLF")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                err(f, "line > 998 octets")
                break
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            err(f, "non-ASCII octets in message")
        head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
        if "MIME-Version: 1.0" not in head:
            err(f, "no MIME-Version")
        for h in ("Message-ID:", "Date:", "From:", "To:", "Subject:"):
            if not re.search(r"(?m)^" + h, head):
                err(f, f"missing {h}")
        unfolded = re.sub(r"\r\n[ \t]", " ", head)
        if PHI_GUID in unfolded and not l["phi"]:
            err(f, "PHI label GUID on a negative")
        if l["kind"] == "label" and PHI_GUID not in unfolded:
            err(f, "label kind without PHI GUID")
        if l["kind"] == "other_label" and not any(g in unfolded for g in OTHER_GUIDS):
            err(f, "other_label kind without the General or Internal GUID")
        msg = BytesParser(policy=policy.compat32).parsebytes(raw)
        if msg.defects:
            err(f, f"MIME defects {msg.defects}")
        for p in msg.walk():
            if p.defects:
                err(f, f"part defects {p.defects}")
        forms = set()
        texts = [msg.get("Subject", "")]
        try:
            walk(f, raw, msg, forms, 0, texts)
        except Exception as e:  # noqa
            err(f, f"walk failed: {e!r}")
        bf = body_form(msg)
        if bf not in BODY_FORMS:
            err(f, f"body form {bf} is not one the brief lists")
        body_cov[l["phi"]][bf] += 1
        kind_body[l["kind"]][bf] += 1
        forms.add(bf)
        senders.add((msg.get("From") or "").lower())
        fs = features(unfolded, "\n".join(texts), forms)
        for x in fs:
            feat_cov[l["phi"]][x] += 1
        top = msg.get_content_type()
        if not l["form"].startswith(top):
            err(f, f"label form does not start with the top-level type {top}")
        if ("inbound" in fs) != l["form"].endswith(";inbound"):
            err(f, "label form ';inbound' disagrees with X-MS-Exchange-Organization-AuthAs")
        if (";msip_label=" in l["form"]) != bool(re.search(r"(?mi)^msip_labels:", unfolded)):
            err(f, "label form ';msip_label=' disagrees with the msip_labels header")
        check_synthetic(f, l["phi"], unfolded, "\n".join(texts))
        if l["kind"] == "template" and not (PLACEHOLDER.search("\n".join(texts)) or EXAMPLE_MARK.search("\n".join(texts))):
            err(f, "template message without a placeholder or an explicit example marker")
        if l["kind"] == "lab_result":
            alltext = "\n".join(texts)
            if not MRN_RE.search(alltext) and not SSN_ANY_RE.search(alltext):
                lab_no_id[0] += 1
        key = re.sub(r"\s+", " ", "\n".join(texts[1:])).strip()
        if key in seen_text:
            err(f, f"same decoded text as {seen_text[key]}")
        seen_text.setdefault(key, f)
        for x in forms:
            form_cov[l["phi"]][x] += 1
    kinds = collections.Counter(l["kind"] for l in labels)
    print(f"{'kind':<20} {'phi':<6} count")
    for k in POS + NEG:
        print(f"{k:<20} {str(k in POS).lower():<6} {kinds[k]}")
        if kinds[k] != EXACT_KIND[k]:
            errors.append(f"kind {k} has {kinds[k]} messages (need exactly {EXACT_KIND[k]})")
    print(f"\n{'kind':<20} " + " ".join(f"{b:>6}" for b in BODY_FORMS))
    for k in POS + NEG:
        print(f"{k:<20} " + " ".join(f"{kind_body[k][b]:>6}" for b in BODY_FORMS))
        need = EXACT_KIND[k] // 5
        for b in BODY_FORMS:
            if kind_body[k][b] < need:
                errors.append(f"kind {k} uses body form {b} {kind_body[k][b]} times (need {need})")
    print(f"\nlab_result messages with no MRN and no SSN-shaped number: {lab_no_id[0]} (need {MIN_LAB_NO_ID})")
    if lab_no_id[0] < MIN_LAB_NO_ID:
        errors.append(f"only {lab_no_id[0]} lab_result messages without MRN/SSN (need {MIN_LAB_NO_ID})")
    npos = sum(l["phi"] for l in labels)
    print(f"\ntotal {len(labels)}  phi=true {npos}  phi=false {len(labels) - npos}")
    if not TOTAL[0] <= len(labels) <= TOTAL[1]:
        errors.append(f"{len(labels)} messages, expected {TOTAL[0]}-{TOTAL[1]}")
    share = npos / max(1, len(labels))
    print(f"phi=true share {share:.1%} (required {SHARE[0]:.1%}-{SHARE[1]:.1%})")
    if not SHARE[0] <= share <= SHARE[1]:
        errors.append(f"phi=true share {share:.1%} is outside {SHARE[0]:.1%}-{SHARE[1]:.1%}")
    print(f"distinct senders (From:) {len(senders)}")
    print(f"\n{'body form':<12} {'pos':>5} {'neg':>5}")
    for x in BODY_FORMS:
        print(f"{x:<12} {body_cov[True][x]:>5} {body_cov[False][x]:>5}")
        if body_cov[True][x] < MIN_FORM_SIDE or body_cov[False][x] < MIN_FORM_SIDE:
            errors.append(f"body form {x} needs >= {MIN_FORM_SIDE} positives and negatives")
    print(f"\n{'form':<12} {'pos':>5} {'neg':>5}")
    needed = ["plain7", "qp", "b64", "html", "csv", "txt", "html-att", "json", "xml", "pdf", "pdf-flate", "hl7", "rfc822"]
    for x in sorted(set(form_cov[True]) | set(form_cov[False]) | set(needed)):
        print(f"{x:<12} {form_cov[True][x]:>5} {form_cov[False][x]:>5}")
        if x in needed and (form_cov[True][x] < MIN_FORM_SIDE or form_cov[False][x] < MIN_FORM_SIDE):
            errors.append(f"form {x} needs >= {MIN_FORM_SIDE} positives and negatives")
    print(f"\n{'phi13 feature':<60} {'pos':>5} {'neg':>5}")
    for key, desc, need in FEATURES:
        print(f"{desc:<60} {feat_cov[True][key]:>5} {feat_cov[False][key]:>5}")
        if feat_cov[True][key] < need or feat_cov[False][key] < need:
            errors.append(f"feature '{desc}' needs >= {need} positives and negatives")
    m365 = (feat_cov[True]["m365"] + feat_cov[False]["m365"]) / max(1, len(labels))
    print(f"M365-shaped headers on {m365:.1%} of messages (need {MIN_M365_SHARE:.0%})")
    if m365 < MIN_M365_SHARE:
        errors.append(f"M365-shaped headers on only {m365:.1%} of messages")
    if feat_cov[True]["phi_label"] < MIN_PHI_LABEL_POS:
        errors.append(f"PHI label on only {feat_cov[True]['phi_label']} positives (need {MIN_PHI_LABEL_POS})")
    if feat_cov[False]["other_label"] < MIN_OTHER_LABEL_NEG:
        errors.append(f"General/Internal label on only {feat_cov[False]['other_label']} negatives (need {MIN_OTHER_LABEL_NEG})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")
    sys.exit(0)


if __name__ == "__main__":
    main()
