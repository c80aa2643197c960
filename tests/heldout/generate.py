#!/usr/bin/env python3
"""Generate the held-out PHI evaluation set (messages/h0001.eml ... and labels.json).

Written from BRIEF.md only, by a writer who never read the classifier's code or
its other test data.  Standard library only; every random choice comes from one
random.Random seeded with SEED and nothing reads the clock, so two runs give
byte-identical output.

    python3 generate.py            # writes ./messages/*.eml and ./labels.json
"""

import base64
import csv
import datetime
import html
import io
import json
import os
import random
import re
import textwrap
import unicodedata
import zlib
from email import quoprimime
from email.header import Header
from email.utils import formataddr, format_datetime

SEED = 4410276
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.json")

PHI_GUID = "6f1e2a4c-3b7d-4e0f-9a55-2c8d1b7e9f03"
GENERAL_GUID = "0a1b2c3d-0000-4000-8000-000000000001"
INTERNAL_GUID = "0a1b2c3d-0000-4000-8000-000000000002"
TENANT_GUID = "3c9e7b52-8d41-4a6f-b2e0-71c5d9a8f416"
ORG = "riversidehealth.example"

POSITIVE_KINDS = ["lab_result", "referral", "clinical_note", "discharge", "appointment",
                  "medication", "registration", "billing_claim", "hl7", "ccda", "imaging",
                  "label", "mbi"]
NEGATIVE_KINDS = ["provider_directory", "prescriber_notice", "newsletter", "education",
                  "aggregate", "template", "birth_year", "id_shaped", "staff_admin",
                  "marketing", "name_only", "other_label", "general"]

# Form plan: for each kind, the ten forms its messages use.  Form codes:
#   7bit qp b64 html alt          -> body only (text/plain 7bit, QP, base64; text/html; m/alternative)
#   csv txt htmlatt json xml pdf hl7 -> a cover body plus an attachment of that type
#   fwd                            -> a cover body plus the real content as a message/rfc822 attachment
FORM_PLAN = {
    "lab_result":    ["7bit", "html", "alt", "qp", "pdf", "csv", "hl7", "fwd", "b64", "json"],
    "referral":      ["7bit", "qp", "html", "alt", "pdf", "txt", "fwd", "b64", "htmlatt", "alt"],
    "clinical_note": ["7bit", "qp", "b64", "html", "alt", "txt", "pdf", "fwd", "htmlatt", "json"],
    "discharge":     ["7bit", "html", "alt", "pdf", "txt", "hl7", "fwd", "qp", "b64", "xml"],
    "appointment":   ["7bit", "html", "alt", "csv", "qp", "hl7", "fwd", "b64", "pdf", "json"],
    "medication":    ["7bit", "qp", "html", "alt", "csv", "json", "pdf", "fwd", "b64", "txt"],
    "registration":  ["7bit", "html", "alt", "csv", "pdf", "json", "xml", "fwd", "qp", "b64"],
    "billing_claim": ["7bit", "html", "alt", "csv", "json", "xml", "pdf", "fwd", "qp", "b64"],
    "hl7":           ["hl7", "hl7", "hl7", "hl7", "hl7", "7bit", "b64", "fwd", "txt", "alt"],
    "ccda":          ["xml", "xml", "xml", "xml", "xml", "xml", "xml", "fwd", "htmlatt", "fwd"],
    "imaging":       ["7bit", "html", "alt", "pdf", "hl7", "fwd", "qp", "b64", "txt", "csv"],
    "label":         ["7bit", "html", "alt", "qp", "b64", "pdf", "csv", "fwd", "txt", "json"],
    "mbi":           ["7bit", "html", "alt", "csv", "pdf", "qp", "b64", "fwd", "json", "xml"],
    "provider_directory": ["html", "csv", "alt", "7bit", "pdf", "hl7", "xml", "json", "qp", "fwd"],
    "prescriber_notice":  ["7bit", "html", "alt", "qp", "b64", "pdf", "fwd", "txt", "htmlatt", "csv"],
    "newsletter":    ["html", "alt", "alt", "pdf", "qp", "b64", "7bit", "htmlatt", "txt", "fwd"],
    "education":     ["7bit", "alt", "html", "pdf", "qp", "b64", "txt", "fwd", "htmlatt", "json"],
    "aggregate":     ["csv", "json", "xml", "pdf", "html", "alt", "7bit", "qp", "b64", "fwd"],
    "template":      ["7bit", "html", "alt", "txt", "pdf", "hl7", "xml", "json", "csv", "fwd"],
    "birth_year":    ["7bit", "html", "alt", "qp", "b64", "pdf", "fwd", "txt", "htmlatt", "7bit"],
    "id_shaped":     ["7bit", "html", "alt", "csv", "pdf", "qp", "b64", "json", "xml", "fwd"],
    "staff_admin":   ["7bit", "html", "alt", "csv", "qp", "b64", "pdf", "fwd", "txt", "htmlatt"],
    "marketing":     ["html", "alt", "alt", "7bit", "qp", "b64", "pdf", "htmlatt", "fwd", "html"],
    "name_only":     ["7bit", "html", "alt", "csv", "qp", "b64", "pdf", "txt", "fwd", "json"],
    "other_label":   ["7bit", "html", "alt", "qp", "b64", "pdf", "csv", "fwd", "txt", "json"],
    "general":       ["7bit", "html", "alt", "hl7", "json", "xml", "csv", "qp", "b64", "fwd"],
}

BODY_FORMS = ("7bit", "qp", "b64", "html", "alt")
ATT_FORMS = ("csv", "txt", "htmlatt", "json", "xml", "pdf", "hl7")
PROSE_FORMS = {"7bit", "qp", "b64", "html", "alt", "txt", "pdf", "htmlatt", "fwd"}
DATA_FORMS = PROSE_FORMS | {"csv", "json", "xml"}


# --------------------------------------------------------------------------------------
# Identifier generators (with validators, asserted at generation time)
# --------------------------------------------------------------------------------------

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


def npi_ok(npi):
    return len(npi) == 10 and npi.isdigit() and npi[0] in "12" and luhn_ok("80840" + npi)


def make_npi(rng):
    base = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            return base + c
    raise AssertionError


def dea_ok(dea):
    if not re.fullmatch(r"[A-Z]{2}\d{7}", dea):
        return False
    d = [int(c) for c in dea[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def make_dea(rng, last):
    first = rng.choice("ABFGM")
    second = last[0].upper() if last[0].isalpha() else "X"
    d = [rng.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    dea = first + second + "".join(map(str, d)) + str(chk)
    assert dea_ok(dea)
    return dea


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # A-Z less S, L, O, I, B, Z
MBI_NUM = "0123456789"


def mbi_ok(m):
    m = m.replace("-", "")
    if len(m) != 11:
        return False
    a, n, an = set(MBI_ALPHA), set(MBI_NUM), set(MBI_ALPHA + MBI_NUM)
    rules = [set("123456789"), a, an, n, a, an, n, a, a, n, n]
    return all(c in r for c, r in zip(m, rules))


def make_mbi(rng):
    rules = ["123456789", MBI_ALPHA, MBI_ALPHA + MBI_NUM, MBI_NUM, MBI_ALPHA,
             MBI_ALPHA + MBI_NUM, MBI_NUM, MBI_ALPHA, MBI_ALPHA, MBI_NUM, MBI_NUM]
    m = "".join(rng.choice(r) for r in rules)
    assert mbi_ok(m)
    return m


def fmt_mbi(m, dashed):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}" if dashed else m


FAMOUS_SSNS = {"078-05-1120", "219-09-9999", "123-45-6789", "111-11-1111", "457-55-5462"}


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    area, group, serial = m.groups()
    return (area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000" and s not in FAMOUS_SSNS)


def make_ssn(rng):
    while True:
        s = f"{rng.randrange(1, 900):03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        if ssn_ok(s):
            return s


def make_mrn(rng):
    return "RH" + "".join(rng.choice("0123456789") for _ in range(7))


def make_member(rng):
    return "RHP" + "".join(rng.choice("0123456789") for _ in range(9))


AREA_CODES = ["614", "937", "513", "330", "216", "419", "740", "380", "567"]


def make_phone(rng, style=0):
    a = rng.choice(AREA_CODES)
    n = rng.randrange(0, 100)
    if style == 1:
        return f"{a}-555-01{n:02d}"
    if style == 2:
        return f"{a}.555.01{n:02d}"
    return f"({a}) 555-01{n:02d}"


def clinic_phone(rng):
    return f"({rng.choice(AREA_CODES[:3])}) 555-01{rng.randrange(0, 100):02d}"


# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------

ASCII_MAP = {
    "\u2014": "--", "\u2013": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2022": "*", "\u2026": "...", "\u00b5": "u", "\u2265": ">=", "\u2264": "<=", "\u00b0": " deg",
    "\u00a0": " ", "\u2192": "->", "\u00d7": "x", "\u00b1": "+/-", "\u00ae": "(R)", "\u2122": "(TM)",
    "\u00bd": "1/2", "\u2248": "~", "\u00b7": "-",
}


def asciify(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ch in ASCII_MAP:
            out.append(ASCII_MAP[ch])
        else:
            d = unicodedata.normalize("NFKD", ch)
            d = "".join(c for c in d if ord(c) < 128)
            out.append(d if d else "?")
    return "".join(out)


def slug(s):
    s = asciify(s).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def wrap(s, width=72):
    return textwrap.wrap(s, width=width, break_long_words=False, break_on_hyphens=False) or [""]


def fmt_date(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "wd":
        return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def fmt_time(h, m):
    ampm = "AM" if h < 12 else "PM"
    hh = h % 12 or 12
    return f"{hh}:{m:02d} {ampm}"


def money(x):
    return f"${x:,.2f}"
