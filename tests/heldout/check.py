#!/usr/bin/env python3
"""Structural check of the held-out PHI set.  Standard library only.

    python3 check.py      # exits 0 when every rule holds, prints a count table

Checks: every message parses with Python's email package without defects; CRLF line
ends only; no line over 998 octets; base64 and quoted-printable lines at most 76
characters; 7bit parts are ASCII; every PDF starts with %PDF-, has an xref table whose
offsets point at the right objects, a startxref that points at it, ends with %%EOF and
draws text with a Type1 Helvetica font through BT/Tf/Td/Tj; labels.json names every
file exactly once with a valid kind; every kind has at least 8 messages; every form is
used by both positives and negatives; the PHI sensitivity-label GUID appears only on
positives; identifiers quoted next to NPI/DEA/MBI/SSN keep their check rules.
"""

import base64
import collections
import email
import email.policy
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.json")

POSITIVE_KINDS = ["lab_result", "referral", "clinical_note", "discharge", "appointment", "medication",
                  "registration", "billing_claim", "hl7", "ccda", "imaging", "label", "mbi"]
NEGATIVE_KINDS = ["provider_directory", "prescriber_notice", "newsletter", "education", "aggregate",
                  "template", "birth_year", "id_shaped", "staff_admin", "marketing", "name_only",
                  "other_label", "general"]
PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GENERAL_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INTERNAL_GUID = "0a1b2c3d-0000-4000-8000-000000000002"

FEATURES = ["body:text/plain 7bit", "body:text/plain qp", "body:text/plain base64", "body:text/html",
            "html:<span>-split value", "multipart/alternative", "att:csv", "att:txt", "att:html", "att:json",
            "att:xml", "att:xml C-CDA", "att:pdf", "att:pdf flate", "att:pdf uncompressed", "att:hl7",
            "message/rfc822"]

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


# ---- identifier rules ---------------------------------------------------------------

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def dea_ok(dea):
    d = [int(c) for c in dea[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


MBI_A = set("ACDEFGHJKMNPQRTUVWXY")
MBI_N = set("0123456789")


def mbi_ok(m):
    m = m.replace("-", "")
    rules = [set("123456789"), MBI_A, MBI_A | MBI_N, MBI_N, MBI_A, MBI_A | MBI_N, MBI_N, MBI_A, MBI_A, MBI_N, MBI_N]
    return len(m) == 11 and all(c in r for c, r in zip(m, rules))


def ssn_ok(s):
    a, g, n = s.split("-")
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000" and s not in (
        "078-05-1120", "219-09-9999", "123-45-6789")


def check_identifiers(fname, text):
    text = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")
    for m in re.finditer(r"\bNPI\)?[:#]?\s*(\d{10})\b", text):
        if not (m.group(1)[0] in "12" and luhn_ok("80840" + m.group(1))):
            err(fname, f"NPI {m.group(1)} fails the Luhn check")
    for m in re.finditer(r"\bDEA(?: registration| number)?[:#]?\s*([A-Z]{2}\d{7})\b", text):
        if not dea_ok(m.group(1)):
            err(fname, f"DEA {m.group(1)} fails its check digit")
    for m in re.finditer(r"\bMBI\)?[:#]?\s*([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b", text):
        if not mbi_ok(m.group(1)):
            err(fname, f"MBI {m.group(1)} breaks the CMS character rules")
    for m in re.finditer(r"\bSSN[:#]?\s*(\d{3}-\d{2}-\d{4})\b", text):
        if not ssn_ok(m.group(1)):
            err(fname, f"SSN {m.group(1)} has an invalid structure")
    for m in re.finditer(r"\b555[-.](\d{4})\b", text):
        if not m.group(1).startswith("01"):
            err(fname, f"phone 555-{m.group(1)} is outside 555-01xx")


# ---- PDF ----------------------------------------------------------------------------

def check_pdf(fname, data):
    """Returns 'flate' or 'plain' (how its content streams are stored)."""
    if not data.startswith(b"%PDF-1.4"):
        err(fname, "PDF does not start with %PDF-1.4")
    if not data.rstrip().endswith(b"%%EOF"):
        err(fname, "PDF does not end with %%EOF")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        err(fname, "PDF has no startxref")
        return "?"
    xref_at = int(m.group(1))
    if data[xref_at:xref_at + 4] != b"xref":
        err(fname, "startxref does not point at the xref table")
        return "?"
    head = re.match(rb"xref\s+0 (\d+)\s+", data[xref_at:])
    if not head:
        err(fname, "malformed xref header")
        return "?"
    n = int(head.group(1))
    table = data[xref_at + head.end(): xref_at + head.end() + 20 * n]
    for i in range(n):
        entry = table[20 * i: 20 * i + 20]
        if not re.fullmatch(rb"\d{10} \d{5} [nf](?: \n| \r|\r\n)", entry):
            err(fname, f"xref entry {i} is not 20 bytes in the standard format")
            return "?"
        if i == 0:
            continue
        off = int(entry[:10])
        if not data[off:].startswith(f"{i} 0 obj".encode()):
            err(fname, f"xref offset for object {i} is wrong")
    if b"/BaseFont /Helvetica" not in data or b"/Subtype /Type1" not in data:
        err(fname, "PDF lacks a Type1 Helvetica font")
    kinds, drawn = set(), b""
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*)>>\nstream\n", data):
        length = int(sm.group(2))
        raw = data[sm.end(): sm.end() + length]
        if not data[sm.end() + length:].lstrip(b"\r\n").startswith(b"endstream"):
            err(fname, "stream /Length does not match")
        if b"/FlateDecode" in sm.group(0):
            kinds.add("flate")
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                err(fname, "FlateDecode stream does not inflate")
                continue
        else:
            kinds.add("plain")
        drawn += raw
    for op in (b"BT", b" Tf", b" Td", b" Tj", b"ET"):
        if op not in drawn:
            err(fname, f"PDF content has no {op.decode().strip()} operator")
    return kinds.pop() if len(kinds) == 1 else "mixed"


# ---- MIME walk ------------------------------------------------------------------------

def check_lines(fname, raw):
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        err(fname, "bare LF or CR (line ends must be CRLF)")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            err(fname, f"line of {len(ln)} octets")
            break
    if any(b > 127 for b in raw):
        err(fname, "8-bit octets in a message that declares no 8bit part")


def walk(fname, msg, feats, texts):
    for d in msg.defects:
        err(fname, f"parser defect {type(d).__name__}")
    for part in msg.walk():
        for d in part.defects:
            err(fname, f"parser defect {type(d).__name__} in {part.get_content_type()}")
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            # msg.walk() descends into the forwarded message by itself
            feats.add("message/rfc822")
            inner = part.get_payload()[0]
            for h in ("From", "Date", "Subject", "MIME-Version"):
                if inner[h] is None:
                    err(fname, f"forwarded message lacks {h}")
            continue
        if part.is_multipart():
            if ctype == "multipart/alternative":
                feats.add("multipart/alternative")
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        raw = part.get_payload(decode=False)
        if isinstance(raw, list):
            continue
        if cte in ("base64", "quoted-printable"):
            for ln in raw.split("\n"):
                if len(ln.rstrip("\r")) > 76:
                    err(fname, f"{cte} line longer than 76 in {ctype}")
                    break
        if cte == "base64":
            try:
                base64.b64decode("".join(raw.split()), validate=True)
            except Exception:
                err(fname, f"invalid base64 in {ctype}")
        if cte == "7bit" and any(ord(c) > 127 for c in raw):
            err(fname, f"non-ASCII in a 7bit {ctype} part")
        data = part.get_payload(decode=True) or b""
        fn = (part.get_filename() or "").lower()
        is_att = part.get_content_disposition() == "attachment" or bool(fn)
        if not is_att:
            if ctype == "text/plain":
                feats.add({"7bit": "body:text/plain 7bit", "quoted-printable": "body:text/plain qp",
                           "base64": "body:text/plain base64"}.get(cte, "body:text/plain 7bit"))
            elif ctype == "text/html":
                feats.add("body:text/html")
        if ctype == "text/html" and re.search(r"</span>\s*<span[^>]*>", data.decode("utf-8", "replace")):
            feats.add("html:<span>-split value")
        if is_att:
            ext = fn.rsplit(".", 1)[-1]
            if ext == "pdf" or ctype == "application/pdf":
                feats.add("att:pdf")
                k = check_pdf(fname, data)
                feats.add("att:pdf flate" if k == "flate" else "att:pdf uncompressed")
            elif ext == "hl7" or "hl7" in ctype:
                feats.add("att:hl7")
                if not data.startswith(b"MSH|"):
                    err(fname, "HL7 attachment does not start with MSH|")
            elif ext == "xml":
                feats.add("att:xml")
                if b"<ClinicalDocument" in data and b"2.16.840.1.113883.10.20.22.1." in data:
                    feats.add("att:xml C-CDA")
            elif ext in ("csv", "txt", "json", "html"):
                feats.add(f"att:{ext}")
                if ext == "json":
                    try:
                        json.loads(data.decode("utf-8"))
                    except ValueError:
                        err(fname, "attachment JSON does not parse")
            else:
                err(fname, f"unexpected attachment {fn!r} ({ctype})")
        if ctype.startswith("text/") or ext_is_text(fn):
            texts.append(data.decode("utf-8", "replace"))


def ext_is_text(fn):
    return fn.endswith((".json", ".xml", ".hl7"))


def main():
    labels = json.load(open(LABELS, encoding="utf-8"))
    files = sorted(f for f in os.listdir(MSG_DIR) if f.endswith(".eml"))
    seen = collections.Counter(x.get("file") for x in labels)
    for f, n in seen.items():
        if n != 1:
            err("labels.json", f"{f} listed {n} times")
    for f in files:
        if f not in seen:
            err("labels.json", f"{f} has no label")
    for f in seen:
        if f not in files:
            err("labels.json", f"label for missing file {f}")
    by_file = {x["file"]: x for x in labels}

    counts = collections.OrderedDict((k, [0, 0]) for k in POSITIVE_KINDS + NEGATIVE_KINDS)
    feat_pos, feat_neg = collections.Counter(), collections.Counter()
    m365 = 0
    for f in files:
        lab = by_file.get(f)
        if lab is None:
            continue
        for key, typ in (("file", str), ("phi", bool), ("kind", str), ("form", str), ("note", str)):
            if not isinstance(lab.get(key), typ) or (typ is str and not lab[key]):
                err(f, f"label field {key!r} missing or wrong type")
        kind = lab.get("kind")
        if kind not in counts:
            err(f, f"unknown kind {kind!r}")
            continue
        if lab["phi"] != (kind in POSITIVE_KINDS):
            err(f, f"phi={lab['phi']} disagrees with kind {kind}")
        counts[kind][0 if lab["phi"] else 1] += 1
        raw = open(os.path.join(MSG_DIR, f), "rb").read()
        check_lines(f, raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                err(f, f"missing {h} header")
        if msg["Thread-Index"] and any(k.startswith("X-MS-Exchange-Organization-") for k in msg.keys()):
            m365 += 1
        labels_hdr = str(msg.get("msip_labels") or "")
        if PHI_GUID in labels_hdr.lower() and not lab["phi"]:
            err(f, "carries the PHI sensitivity label but is labelled phi=false")
        if kind == "label" and PHI_GUID not in labels_hdr:
            err(f, "kind 'label' without the PHI label GUID")
        if kind == "other_label" and not (GENERAL_GUID in labels_hdr or INTERNAL_GUID in labels_hdr):
            err(f, "kind 'other_label' without a General/Internal label")
        feats, texts = set(), []
        walk(f, msg, feats, texts)
        for t in texts:
            check_identifiers(f, t)
        (feat_pos if lab["phi"] else feat_neg).update(feats)

    total = sum(a + b for a, b in counts.values())
    pos = sum(a for a, _ in counts.values())
    for k, (a, b) in counts.items():
        if a + b < 8:
            err("counts", f"kind {k} has only {a + b} messages")
    if total < 240:
        err("counts", f"only {total} messages")
    if not (0.4 <= pos / max(total, 1) <= 0.6):
        err("counts", f"positives are {pos}/{total}, not about half")
    for ft in FEATURES:
        if feat_pos[ft] == 0 or feat_neg[ft] == 0:
            err("forms", f"{ft!r} is not used by both positives ({feat_pos[ft]}) and negatives ({feat_neg[ft]})")
    if m365 < 0.7 * total:
        err("headers", f"only {m365}/{total} messages carry M365-shaped headers")

    print(f"{'kind':<20}{'phi':>6}{'non-phi':>9}{'total':>7}")
    print("-" * 42)
    for k, (a, b) in counts.items():
        print(f"{k:<20}{a:>6}{b:>9}{a + b:>7}")
    print("-" * 42)
    print(f"{'all':<20}{pos:>6}{total - pos:>9}{total:>7}")
    print()
    print(f"{'form feature (messages using it)':<34}{'phi':>6}{'non-phi':>9}")
    print("-" * 49)
    for ft in FEATURES:
        print(f"{ft:<34}{feat_pos[ft]:>6}{feat_neg[ft]:>9}")
    print(f"\nM365-shaped headers: {m365}/{total}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
