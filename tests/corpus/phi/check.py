#!/usr/bin/env python3
"""Check the Riverside Health PHI development corpus (standard library only).

Does not import generate.py.  For every message it checks:
  * CRLF line ends only, no line over 998 octets, 7-bit clean bytes;
  * the message parses as MIME without defects and has the basic headers;
  * base64 and quoted-printable lines are at most 76 characters and decode;
  * every PDF part starts with %PDF-, has an xref table whose offsets point at
    the right objects, a startxref that points at the table, ends with %%EOF,
    uses Helvetica and draws text with BT/Tf/Td/Tj (FlateDecode streams are
    inflated first);
  * JSON parts load, XML parts are well-formed, HL7 parts start with MSH;
  * NPIs, DEA numbers, SSNs and MBIs written next to their names are valid
    (Luhn over 80840, DEA check digit, SSA ranges, CMS MBI character rules);
  * the msip_labels header agrees with the label (the PHI GUID only on phi: true);
  * the "form" in labels.json matches the MIME structure that was parsed.
It also checks that labels.json covers every message file exactly once, that
every kind of the brief has at least 12 messages and that every form is used by
both PHI and non-PHI messages.  Prints the count tables; exits 0 when clean.
"""
import base64
import binascii
import collections
import csv
import email
import email.policy
import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
OTHER_GUIDS = {"0a1b2c3d-0000-4000-8000-000000000001", "0a1b2c3d-0000-4000-8000-000000000002"}
POS_KINDS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration",
             "billing_claim", "hl7", "ccda", "imaging", "label", "mbi"]
NEG_KINDS = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year",
             "id_shaped", "staff_admin", "marketing", "name_only", "other_label", "general"]
FORMS = ["7bit", "qp", "b64", "html", "alt", "csv", "txt", "htmlatt", "json", "xml", "pdf", "hl7", "fwd"]

errors = []


def err(fname, msg):
    errors.append("%s: %s" % (fname, msg))


# ---------------------------------------------------------------------------
def check_bytes(fname, data):
    if any(b > 127 for b in data):
        err(fname, "non-ASCII byte in message")
    if b"\r\n" not in data:
        err(fname, "no CRLF at all")
    stripped = data.replace(b"\r\n", b"")
    if b"\n" in stripped:
        err(fname, "bare LF")
    if b"\r" in stripped:
        err(fname, "bare CR")
    if not data.endswith(b"\r\n"):
        err(fname, "does not end with CRLF")
    for i, line in enumerate(data.split(b"\r\n")):
        if len(line) > 998:
            err(fname, "line %d is %d octets" % (i + 1, len(line)))


def check_pdf(fname, data):
    """Returns True when the content streams use FlateDecode."""
    if not data.startswith(b"%PDF-1.4"):
        err(fname, "PDF does not start with %PDF-1.4")
    if not data.rstrip(b"\r\n").endswith(b"%%EOF"):
        err(fname, "PDF does not end with %%EOF")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        err(fname, "PDF has no startxref")
        return False
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        err(fname, "startxref does not point at the xref table")
        return False
    head = re.match(rb"xref\s+(\d+)\s+(\d+)\s*\n", data[xref:])
    if not head:
        err(fname, "bad xref header")
        return False
    first, count = int(head.group(1)), int(head.group(2))
    pos = xref + head.end()
    for k in range(count):
        entry = data[pos + 20 * k: pos + 20 * (k + 1)]
        if len(entry) != 20 or not re.match(rb"\d{10} \d{5} [nf][ \r][\r\n]", entry):
            err(fname, "bad xref entry %d: %r" % (k, entry))
            return False
        off, gen, kind = int(entry[:10]), int(entry[11:16]), entry[17:18]
        num = first + k
        if kind == b"n" and not data[off:].startswith(b"%d %d obj" % (num, gen)):
            err(fname, "xref offset for object %d is wrong" % num)
    trailer = data[pos + 20 * count:]
    if not trailer.lstrip().startswith(b"trailer") or b"/Root" not in trailer:
        err(fname, "PDF trailer missing /Root")
    if b"/BaseFont /Helvetica" not in data:
        err(fname, "PDF does not use Helvetica")
    flate = False
    text_ops = b""
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*?)>>\nstream\n", data):
        start = sm.end()
        length = int(sm.group(2))
        raw = data[start:start + length]
        if data[start + length:start + length + 10] != b"\nendstream":
            err(fname, "stream /Length does not match")
        if b"/FlateDecode" in sm.group(0):
            flate = True
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                err(fname, "FlateDecode stream does not inflate")
                continue
        text_ops += raw
    for op in (b"BT", b" Tf", b" Td", b" Tj", b"ET"):
        if op not in text_ops:
            err(fname, "PDF content lacks %r" % op)
    return flate


FAMOUS_SSNS = {"078-05-1120", "219-09-9999", "457-55-5462", "123-45-6789", "111-11-1111", "987-65-4320"}
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mbi_ok(v):
    v = v.replace("-", "")
    for ch, p in zip(v, "CAXNAXNAANN"):
        ok = {"C": "123456789", "N": "0123456789", "A": MBI_ALPHA, "X": MBI_ALPHA + "0123456789"}[p]
        if ch not in ok:
            return False
    return len(v) == 11


def check_identifiers(fname, text):
    """Every identifier written next to its name must have a valid structure."""
    for m in re.finditer(r"NPI[:\s]*(?:is\s+)?(\d{10})\b", text):
        if not luhn_ok("80840" + m.group(1)):
            err(fname, "NPI %s fails the Luhn check" % m.group(1))
    for m in re.finditer(r"DEA(?: registration)?[:\s]+([A-Z]{2}\d{7})\b", text):
        d = [int(x) for x in m.group(1)[2:]]
        if (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 != d[6]:
            err(fname, "DEA %s has a bad check digit" % m.group(1))
    for m in re.finditer(r"(?:SSN|Social Security)[^\n\d]{0,24}(\d{3})[- ]?(\d{2})[- ]?(\d{4})\b", text):
        a, g, sn = int(m.group(1)), int(m.group(2)), int(m.group(3))
        v = "%s-%s-%s" % m.groups()
        if not (0 < a < 900 and a != 666 and g > 0 and sn > 0) or v in FAMOUS_SSNS:
            err(fname, "SSN %s has an invalid structure" % v)
    for m in re.finditer(r"(?:MBI|Medicare Number|Medicare number is)[:\s]+([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b", text):
        if not mbi_ok(m.group(1)):
            err(fname, "MBI %s breaks the CMS character rules" % m.group(1))


def raw_lines(part):
    payload = part.get_payload(decode=False)
    if not isinstance(payload, str):
        return []
    return payload.replace("\r\n", "\n").split("\n")


def structure(msg):
    """Form tokens from the MIME tree: one body token plus one per attachment."""
    ctype = msg.get_content_type()
    if ctype in ("multipart/mixed", "multipart/report"):
        parts = msg.get_payload()
        body, atts = parts[0], [p for p in parts[1:] if p.get_content_type() != "message/delivery-status"]
    else:
        body, atts = msg, []
    toks = set()
    bt = body.get_content_type()
    cte = (body.get("Content-Transfer-Encoding") or "7bit").lower()
    if bt == "multipart/alternative":
        toks.add("alt")
    elif bt == "text/html":
        toks.add("html")
    elif bt == "text/plain":
        toks.add({"7bit": "7bit", "quoted-printable": "qp", "base64": "b64"}.get(cte, "?" + cte))
    else:
        toks.add("?" + bt)
    for a in atts:
        t = a.get_content_type()
        fn = (a.get_filename() or "").lower()
        if t == "message/rfc822":
            toks.add("fwd")
        elif t == "application/pdf":
            toks.add("pdf")
        elif t == "text/csv":
            toks.add("csv")
        elif t == "application/json":
            toks.add("json")
        elif t in ("application/xml", "text/xml"):
            toks.add("xml")
        elif t == "x-application/hl7-v2+er7" or fn.endswith(".hl7"):
            toks.add("hl7")
        elif t == "text/html":
            toks.add("htmlatt")
        elif t == "text/plain":
            toks.add("txt")
        else:
            toks.add("?" + t)
    return toks


def label_tokens(form):
    if form.startswith("report("):
        form = form[len("report("):-1]
    out, depth, cur = [], 0, ""
    for ch in form:
        if ch == "(":
            depth += 1
            continue
        if ch == ")":
            depth -= 1
            continue
        if ch == "+" and depth == 0:
            out.append(cur)
            cur = ""
            continue
        if depth == 0:
            cur += ch
    out.append(cur)
    return set(out)


def msip_guids(msg):
    out = set()
    for v in msg.get_all("msip_labels") or []:
        v = re.sub(r"\s+", " ", str(v))
        for m in re.finditer(r"MSIP_Label_([0-9a-fA-F-]{36})_Enabled=true", v):
            out.add(m.group(1).lower())
    return out


def check_message(fname, data, label):
    check_bytes(fname, data)
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
        if msg.get(h) is None:
            err(fname, "missing header %s" % h)
    pdfs = flates = 0
    for part in msg.walk():
        for d in part.defects:
            err(fname, "MIME defect %s in %s" % (type(d).__name__, part.get_content_type()))
        if part.is_multipart():
            if part.get_content_maintype() == "multipart" and not part.get_boundary():
                err(fname, "multipart without boundary")
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        lines = raw_lines(part)
        if cte in ("base64", "quoted-printable"):
            for ln in lines:
                if len(ln) > 76:
                    err(fname, "%s line of %d chars" % (cte, len(ln)))
                    break
        if cte == "base64":
            try:
                payload = base64.b64decode("".join(lines), validate=True)
            except (binascii.Error, ValueError):
                err(fname, "bad base64 in %s" % part.get_content_type())
                continue
        else:
            payload = part.get_payload(decode=True) or b""
        ctype = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ctype == "application/pdf":
            text = " ".join(x.decode("latin-1") for x in re.findall(rb"\((.*?)\) Tj", b"".join(
                zlib.decompress(mm.group(2)) if b"Flate" in mm.group(1) else mm.group(2)
                for mm in re.finditer(rb"<<([^>]*?/Length \d+[^>]*?)>>\nstream\n(.*?)\nendstream", payload, re.S))))
        else:
            text = payload.decode("utf-8", "replace")
        check_identifiers(fname, text)
        if part.get_content_maintype() == "text" and ctype != "text/csv" or ctype == "text/csv":
            cs = part.get_content_charset() or "us-ascii"
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError):
                err(fname, "%s part does not decode as %s" % (ctype, cs))
        if ctype == "application/pdf":
            pdfs += 1
            flates += 1 if check_pdf(fname, payload) else 0
        elif ctype == "application/json":
            try:
                json.loads(payload.decode("utf-8"))
            except ValueError:
                err(fname, "JSON attachment does not parse")
        elif ctype in ("application/xml", "text/xml"):
            try:
                ET.fromstring(payload)
            except ET.ParseError as e:
                err(fname, "XML attachment not well-formed: %s" % e)
        elif ctype == "text/csv":
            rows = list(csv.reader(io.StringIO(payload.decode(part.get_content_charset() or "us-ascii"))))
            if len(rows) < 2:
                err(fname, "CSV has no data rows")
        if ctype == "x-application/hl7-v2+er7" or fn.endswith(".hl7"):
            if not payload.startswith(b"MSH|^~\\&|"):
                err(fname, "HL7 part does not start with MSH")
    guids = msip_guids(msg)
    if PHI_GUID in guids and not label["phi"]:
        err(fname, "carries the PHI label GUID but is labelled phi: false")
    if label["kind"] == "label" and PHI_GUID not in guids:
        err(fname, "kind 'label' without the PHI label GUID")
    if label["kind"] == "other_label" and not (guids & OTHER_GUIDS):
        err(fname, "kind 'other_label' without a General/Internal label")
    st = structure(msg)
    lt = label_tokens(label["form"])
    if st != lt:
        err(fname, "form %r in labels.json but MIME structure is %s" % (label["form"], sorted(st)))
    return st, pdfs, flates, guids


def main():
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    if not isinstance(labels, list):
        print("labels.json is not a list")
        return 1
    files = sorted(n for n in os.listdir(MSG_DIR) if n.endswith(".eml"))
    seen = collections.Counter(l.get("file") for l in labels)
    for name, n in seen.items():
        if n > 1:
            err(name, "labelled %d times" % n)
    for name in files:
        if name not in seen:
            err(name, "has no label")
    for name in seen:
        if name not in files:
            err(name, "labelled but missing from messages/")
    by_file = {}
    for l in labels:
        if set(l) != {"file", "phi", "kind", "form", "note"}:
            err(l.get("file", "?"), "label keys are %s" % sorted(l))
        if not isinstance(l.get("phi"), bool):
            err(l.get("file", "?"), "phi is not a boolean")
        if l.get("kind") in POS_KINDS and l.get("phi") is not True:
            err(l["file"], "positive kind labelled phi: false")
        elif l.get("kind") in NEG_KINDS and l.get("phi") is not False:
            err(l["file"], "negative kind labelled phi: true")
        elif l.get("kind") not in POS_KINDS + NEG_KINDS:
            err(l.get("file", "?"), "unknown kind %r" % l.get("kind"))
        if not l.get("note") or "\n" in l.get("note", ""):
            err(l.get("file", "?"), "note must be one non-empty line")
        by_file[l["file"]] = l

    kind_count = collections.Counter()
    form_count = {True: collections.Counter(), False: collections.Counter()}
    pdf_total = flate_total = 0
    labelled = collections.Counter()
    for name in files:
        if name not in by_file:
            continue
        with open(os.path.join(MSG_DIR, name), "rb") as f:
            data = f.read()
        lab = by_file[name]
        st, pdfs, flates, guids = check_message(name, data, lab)
        kind_count[lab["kind"]] += 1
        for t in st:
            form_count[lab["phi"]][t] += 1
        pdf_total += pdfs
        flate_total += flates
        if PHI_GUID in guids:
            labelled["PHI label"] += 1
        if guids & OTHER_GUIDS:
            labelled["General/Internal label (%s)" % ("phi" if lab["phi"] else "not phi")] += 1

    for k in POS_KINDS + NEG_KINDS:
        if kind_count[k] < 12:
            err(k, "only %d messages (need 12)" % kind_count[k])
    for t in FORMS:
        for phi in (True, False):
            if form_count[phi][t] == 0:
                err(t, "form not used by any %s message" % ("PHI" if phi else "non-PHI"))
    if len(files) < 360:
        err("corpus", "only %d messages" % len(files))

    npos = sum(1 for l in labels if l["phi"])
    print("messages: %d   phi: %d   not phi: %d" % (len(labels), npos, len(labels) - npos))
    print()
    print("%-20s %5s   %-20s %5s" % ("PHI kind", "n", "non-PHI kind", "n"))
    for a, b in zip(POS_KINDS, NEG_KINDS):
        print("%-20s %5d   %-20s %5d" % (a, kind_count[a], b, kind_count[b]))
    print("%-20s %5d   %-20s %5d" % ("total", npos, "total", len(labels) - npos))
    print()
    print("%-10s %6s %8s" % ("form", "phi", "not phi"))
    for t in FORMS:
        print("%-10s %6d %8d" % (t, form_count[True][t], form_count[False][t]))
    print()
    print("PDF attachments: %d (%d FlateDecode)" % (pdf_total, flate_total))
    for k, v in sorted(labelled.items()):
        print("%s: %d" % (k, v))
    if errors:
        print()
        print("%d problem(s):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    print()
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
