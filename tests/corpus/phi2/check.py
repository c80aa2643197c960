#!/usr/bin/env python3
"""Structural checks for the phi2 corpus (standard library only).

    python3 check.py [DIR]     # DIR defaults to the folder holding this script

Checks: labels.json covers every messages/*.eml exactly once with valid fields; every file
is ASCII with CRLF line ends only, lines <= 998 octets; MIME parses without defects; base64
bodies decode strictly with lines <= 76 chars; QP lines <= 76; 7bit parts are ASCII;
JSON/XML attachments parse; forwarded message/rfc822 parts parse; PDFs are PDF-1.4 with a
correct xref table and startxref, Helvetica text drawn with BT/Tf/Td/Tj.
Prints counts per kind / phi / form and exits 0 when everything passes (1 otherwise).
"""
import base64
import binascii
import collections
import email
import email.policy
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
import zlib

POS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication", "registration",
       "billing_claim", "hl7", "ccda", "imaging", "label", "mbi"]
NEG = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate", "template", "birth_year",
       "id_shaped", "staff_admin", "marketing", "name_only", "other_label", "general"]
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"

errors = []
stats = collections.Counter()


def err(f, m):
    errors.append("%s: %s" % (f, m))


def check_pdf(f, data):
    if not data.startswith(b"%PDF-1.4"):
        return err(f, "pdf header")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        return err(f, "pdf startxref/EOF")
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        return err(f, "pdf startxref does not point at xref")
    mm = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    if not mm:
        return err(f, "pdf xref header")
    n = int(mm.group(1))
    pos = xref + mm.end()
    entries = [data[pos + 20 * k: pos + 20 * (k + 1)] for k in range(n)]
    if entries[0] != b"0000000000 65535 f \n":
        err(f, "pdf xref entry 0")
    for k in range(1, n):
        e = entries[k]
        if len(e) != 20 or not re.match(rb"\d{10} 00000 n \n", e):
            return err(f, "pdf xref entry %d malformed" % k)
        off = int(e[:10])
        if not data[off:].startswith(b"%d 0 obj" % k):
            err(f, "pdf xref offset of object %d wrong" % k)
    if b"/Size %d" % n not in data[pos + 20 * n:]:
        err(f, "pdf trailer /Size")
    if b"/BaseFont /Helvetica" not in data:
        err(f, "pdf no Helvetica")
    texts = 0
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        body = data[sm.end():sm.end() + ln]
        if data[sm.end() + ln:sm.end() + ln + 10] != b"\nendstream":
            err(f, "pdf stream /Length wrong")
            continue
        if sm.group(2):
            stats["pdf_flate"] += 1
            try:
                body = zlib.decompress(body)
            except zlib.error:
                err(f, "pdf flate stream does not inflate")
                continue
        else:
            stats["pdf_plain"] += 1
        if all(op in body for op in (b"BT", b" Tf", b" Td", b" Tj", b"ET")):
            texts += 1
    if not texts:
        err(f, "pdf has no BT/Tf/Td/Tj text")


def check_part(f, part, depth=0):
    for d in part.defects:
        err(f, "MIME defect %s" % type(d).__name__)
    ctype = part.get_content_type()
    if part.is_multipart():
        if ctype == "message/rfc822":
            stats["rfc822_parts"] += 1
            inner = part.get_payload()
            if not inner or not inner[0].get("From") or not inner[0].get("Subject"):
                err(f, "forwarded message lacks headers")
        for sub in part.get_payload():
            check_part(f, sub, depth + 1)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    raw = part.get_payload(decode=False)
    if cte == "base64":
        lines = raw.replace("\r\n", "\n").strip("\n").split("\n")
        if any(len(x) > 76 for x in lines):
            err(f, "base64 line > 76")
        try:
            payload = base64.b64decode("".join(lines), validate=True)
        except (binascii.Error, ValueError):
            err(f, "bad base64")
            return
    elif cte == "quoted-printable":
        if any(len(x) > 76 for x in raw.replace("\r\n", "\n").split("\n")):
            err(f, "QP line > 76")
        payload = part.get_payload(decode=True)
    elif cte in ("7bit", "8bit"):
        if any(ord(c) > 127 for c in raw):
            err(f, "non-ascii in 7bit part")
        payload = raw.encode("ascii", "replace")
    else:
        err(f, "unexpected CTE %s" % cte)
        return
    stats["ct:" + ctype] += 1
    fn = part.get_filename() or ""
    if ctype == "application/pdf":
        check_pdf(f, payload)
    elif ctype == "application/json":
        try:
            json.loads(payload.decode("utf-8"))
        except ValueError:
            err(f, "bad JSON attachment")
    elif ctype in ("application/xml", "text/xml"):
        try:
            ET.fromstring(payload)
        except ET.ParseError as e:
            err(f, "bad XML attachment: %s" % e)
    elif fn.endswith(".hl7") or "hl7" in ctype:
        if not payload.startswith(b"MSH|^~\\&|"):
            err(f, "HL7 attachment does not start with MSH")
    if ctype.startswith("text/"):
        try:
            payload.decode(part.get_content_charset() or "us-ascii")
        except (UnicodeDecodeError, LookupError):
            err(f, "text part does not decode in its charset")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    mdir = os.path.join(root, "messages")
    with open(os.path.join(root, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(x for x in os.listdir(mdir) if x.endswith(".eml"))
    seen = collections.Counter(x["file"] for x in labels)
    for f, c in seen.items():
        if c != 1:
            err(f, "listed %d times in labels.json" % c)
    if set(seen) != set(files):
        err("labels.json", "files mismatch: missing labels %s, missing files %s" % (sorted(set(files) - set(seen))[:5], sorted(set(seen) - set(files))[:5]))
    by_kind = collections.Counter()
    by_kind_form = collections.defaultdict(set)
    for x in labels:
        f = x.get("file")
        if set(x) != {"file", "phi", "kind", "form", "note"}:
            err(f, "label keys %s" % sorted(x))
        if x["kind"] in POS:
            if x["phi"] is not True:
                err(f, "positive kind labelled phi=false")
        elif x["kind"] in NEG:
            if x["phi"] is not False:
                err(f, "negative kind labelled phi=true")
        else:
            err(f, "unknown kind %s" % x["kind"])
        if not x["note"] or "\n" in x["note"]:
            err(f, "note must be one line")
        by_kind[(x["kind"], x["phi"])] += 1
        by_kind_form[x["phi"]].add(x["form"])
    lab = {x["file"]: x for x in labels}
    for f in files:
        data = open(os.path.join(mdir, f), "rb").read()
        try:
            data.decode("ascii")
        except UnicodeDecodeError:
            err(f, "non-ASCII octets in message")
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            err(f, "bare CR or LF")
        if any(len(x) > 998 for x in data.split(b"\r\n")):
            err(f, "line > 998 octets")
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg.get(h):
                err(f, "missing header %s" % h)
        labhdr = " ".join((msg.get_all("msip_labels") or []))
        if f in lab and PHI_GUID in labhdr and not lab[f]["phi"]:
            err(f, "PHI sensitivity label on a negative")
        if f in lab and lab[f]["kind"] == "label" and PHI_GUID not in labhdr:
            err(f, "label kind without PHI label")
        if f in lab and lab[f]["kind"] == "other_label" and not ("0a1b2c3d-0000-4000-8000-00000000000" in labhdr and PHI_GUID not in labhdr):
            err(f, "other_label kind without General/Internal label")
        if msg.get("Thread-Index"):
            stats["m365_headers"] += 1
        if labhdr:
            stats["msip_labels"] += 1
        check_part(f, msg)
    print("messages: %d   phi=true: %d   phi=false: %d" % (len(files), sum(1 for x in labels if x["phi"]), sum(1 for x in labels if not x["phi"])))
    print()
    print("%-20s %-6s %s" % ("kind", "phi", "count"))
    for k in POS + NEG:
        for phi in (True, False):
            if by_kind[(k, phi)]:
                print("%-20s %-6s %d" % (k, str(phi).lower(), by_kind[(k, phi)]))
    print()
    forms_all = sorted(by_kind_form[True] | by_kind_form[False])
    print("%-42s %5s %5s" % ("form", "pos", "neg"))
    fc = collections.Counter((x["form"], x["phi"]) for x in labels)
    for fm in forms_all:
        print("%-42s %5d %5d" % (fm, fc[(fm, True)], fc[(fm, False)]))
        if not fc[(fm, True)] or not fc[(fm, False)]:
            err("forms", "%s not used by both positives and negatives" % fm)
    for k in POS + NEG:
        if sum(v for (kk, _), v in by_kind.items() if kk == k) < 10:
            err("kinds", "%s has fewer than 10 messages" % k)
    print()
    print("m365 headers: %d, msip_labels: %d, forwarded rfc822 parts: %d, PDF streams flate/plain: %d/%d" % (
        stats["m365_headers"], stats["msip_labels"], stats["rfc822_parts"], stats["pdf_flate"], stats["pdf_plain"]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
