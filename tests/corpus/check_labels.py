#!/usr/bin/env python3
"""Self-test of the PHI evaluation corpus (python3 stdlib only).

    python3 tests/corpus/check_labels.py

It does NOT import generate.py.  It re-implements the labelling rules of
README.md from scratch (a reference "oracle"), runs them over the decoded
messages, and checks that:

  * every message is well-formed: CRLF line ends only, lines <= 998 octets,
    7-bit clean, base64/QP lines <= 76, no MIME parser defects;
  * every labelled positive identifier passes its checksum / format rule
    again (SSN ranges, MBI positions, NPI Luhn with 80840, DEA checksum, ...);
  * every labelled instance (positive or negative) occurs in the decoded text;
  * per message and detector, the oracle's count and values equal the labels;
  * the corpus keeps a margin around the 40-character context window
    (positives <= 20 characters from a context word; shape-valid values with
    no context word within 40 have none within 120 either), and it holds no
    value that an engine with a looser rule (NPI/DEA without context, NPI
    without the 1/2 first-digit check) would score differently;
  * triggers computed from the headers equal the labelled triggers.

Prints a per-detector table and exits 1 on any problem.
"""

import collections
import email
import email.policy
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DETECTORS = ["ssn", "mbi", "npi", "dea", "mrn", "dob", "icd10", "member_id", "hl7", "lexicon"]
TRIGGERS = ["subject_tag", "x_phi_header", "msip_label", "sender_rule", "recipient_rule"]

WINDOW = 40          # the rule
POS_MARGIN = 20      # positives are at most this far from a context word
NEG_MARGIN = 120     # shape-valid, context-less values have no context word this close

# Configuration the engine needs to reproduce the labels (also in README.md).
MSIP_PHI_GUIDS = {"3f5b1c2a-9d4e-4b7a-8c61-2e0f9a7d4b15", "a7c2e9d1-5b3f-4e8a-9f20-6d1c4b8e7a03"}
SENDERS = {"billing@clinic.example"}
CONSUMER_DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com"}
SCANNED_TYPES = {"text/plain", "text/html", "text/csv", "application/json", "application/xml",
                 "x-application/hl7-v2+er7"}

problems = []


def problem(msg):
    problems.append(msg)


# ---------------------------------------------------------------------------
# Independent validators
# ---------------------------------------------------------------------------

def ssn_ok(d):
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def npi_luhn(d10):
    # Luhn over the 10 digits, then add 24 for the implied 80840 prefix.
    total = 0
    for i, ch in enumerate(reversed(d10)):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return (total + 24) % 10 == 0


def npi_ok(d10):
    return d10[0] in "12" and npi_luhn(d10)


def dea_sum_ok(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea_ok(s):
    return s[0] in "ABFGM" and dea_sum_ok(s)


MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                    r"[AC-HJKMNP-RT-Y]{2}\d{2}")


def mbi_ok(s):
    if re.fullmatch(r"\w{4}-\w{3}-\w{4}", s):
        s = s.replace("-", "")
    return MBI_RE.fullmatch(s) is not None


# ---------------------------------------------------------------------------
# Oracle
# ---------------------------------------------------------------------------
B = r"(?<![A-Za-z0-9])"
E = r"(?![A-Za-z0-9])"
SEP = r"[\s_-]+"
CONTEXT = {
    "ssn": re.compile(B + r"(?:ssn|ss#|social" + SEP + r"security)" + E, re.I),
    "mbi": re.compile(B + r"(?:medicare" + SEP + r"beneficiary" + SEP + r"identifier|mbi|medicare)" + E, re.I),
    "npi": re.compile(B + r"(?:npi|national" + SEP + r"provider" + SEP + r"identifier)" + E, re.I),
    "dea": re.compile(B + r"dea" + E, re.I),
    "mrn": re.compile(B + r"(?:mrn|medical" + SEP + r"record)" + E, re.I),
    "dob": re.compile(B + r"(?:dob|d\.o\.b\.?|born|date" + SEP + r"of" + SEP + r"birth|birth[\s_-]*date)" + E, re.I),
    "icd10": re.compile(B + r"(?:diagnosis|diagnoses|diagnosed|dx|icd[\s_-]?10(?:[\s_-]?cm)?)" + E, re.I),
    "member_id": re.compile(B + r"(?:member|subscriber)[\s_-]*(?:id|#|no\.?|number)" + E, re.I),
}
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE_RE = re.compile(
    B + r"(?:(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)\d\d"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"|" + MONTH + r"\.? \d{1,2}, (?:19|20)\d\d"
    r"|\d{1,2} " + MONTH + r" (?:19|20)\d\d)" + E)
TOKENS = {
    "ssn": re.compile(r"(?<![A-Za-z0-9-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![A-Za-z0-9]|-\d)"),
    "mbi": re.compile(r"(?<![A-Za-z0-9-])[1-9][A-Z][A-Z0-9]\d(-?)[A-Z][A-Z0-9]\d\1[A-Z]{2}\d{2}(?![A-Za-z0-9])"),
    "npi": re.compile(r"(?<![A-Za-z0-9-])\d{10}(?![A-Za-z0-9])"),
    "dea": re.compile(B + r"[A-Z]{2}\d{7}" + E),
    "mrn_a": re.compile(B + r"MRN-\d{7}" + E),
    "mrn_b": re.compile(r"(?<![A-Za-z0-9-])\d{8}(?![A-Za-z0-9])"),
    "icd10": re.compile(r"(?<![A-Za-z0-9.])[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?(?![A-Za-z0-9])"),
    "member_id": re.compile(B + r"[A-Z]{3}\d{9}" + E),
}


def load_lexicon():
    terms = []
    with open(os.path.join(HERE, "lexicon.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                terms.append(line)
    low = [t.lower() for t in terms]
    for a in low:  # no term may be a whole-word part of another
        for b in low:
            if a != b and re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", b):
                problem(f"lexicon: {a!r} occurs inside {b!r}")
    pat = "|".join(sorted((r"\s+".join(map(re.escape, t.split())) for t in terms), key=len, reverse=True))
    return terms, re.compile(B + "(?:" + pat + ")" + E, re.I)


LEX_TERMS, LEX_RE = load_lexicon()


def nearest_gap(det, text, start, end):
    best = None
    for m in CONTEXT[det].finditer(text):
        cs, ce = m.span()
        if ce <= start:
            gap = start - ce
        elif end <= cs:
            gap = cs - end
        else:
            gap = 0
        best = gap if best is None else min(best, gap)
    return best


def norm(v):
    return re.sub(r"\s+", " ", v).lower()


def oracle(text, where, fname):
    """Return {det: [positive values]} and record margin problems."""
    found = collections.defaultdict(list)
    cand = collections.defaultdict(list)  # shape-level candidates, for value checks of negatives

    def ctx_rule(det, m, shape_ok):
        gap = nearest_gap(det, text, *m.span())
        v = m.group(0)
        cand[det].append(v)
        if not shape_ok:
            return
        if gap is not None and gap <= WINDOW:
            if gap > POS_MARGIN:
                problem(f"{fname} {where}: {det} {v!r} context {gap} chars away (margin wants <= {POS_MARGIN})")
            found[det].append(v)
        elif gap is not None and gap < NEG_MARGIN:
            problem(f"{fname} {where}: {det} {v!r} context-less but a context word is {gap} chars away")

    for m in TOKENS["ssn"].finditer(text):
        ctx_rule("ssn", m, ssn_ok(m.group(1) + m.group(3) + m.group(4)))
    for m in TOKENS["mbi"].finditer(text):
        cand["mbi"].append(m.group(0))
        if mbi_ok(m.group(0)):
            found["mbi"].append(m.group(0))
            gap = nearest_gap("mbi", text, *m.span())
            if gap is None or gap > POS_MARGIN:
                problem(f"{fname} {where}: MBI {m.group(0)} without a context word (engines that need one would disagree)")
    for m in TOKENS["npi"].finditer(text):
        v = m.group(0)
        cand["npi"].append(v)
        if npi_ok(v):
            found["npi"].append(v)
            if nearest_gap("npi", text, *m.span()) is None or nearest_gap("npi", text, *m.span()) > POS_MARGIN:
                problem(f"{fname} {where}: NPI {v} without a context word (engines that need one would disagree)")
        elif npi_luhn(v):
            problem(f"{fname} {where}: {v} passes Luhn-80840 but starts with {v[0]} (ambiguous)")
    for m in TOKENS["dea"].finditer(text):
        v = m.group(0)
        cand["dea"].append(v)
        if dea_sum_ok(v):
            gap = nearest_gap("dea", text, *m.span())
            if dea_ok(v) and gap is not None and gap <= POS_MARGIN:
                found["dea"].append(v)
            else:
                problem(f"{fname} {where}: DEA-checksum-valid {v} without context/valid type letter (ambiguous)")
    for m in TOKENS["mrn_a"].finditer(text):
        cand["mrn"].append(m.group(0))
        found["mrn"].append(m.group(0))
    for m in TOKENS["mrn_b"].finditer(text):
        ctx_rule("mrn", m, True)
    for m in DATE_RE.finditer(text):
        ctx_rule("dob", m, True)
    for m in TOKENS["icd10"].finditer(text):
        ctx_rule("icd10", m, True)
    for m in TOKENS["member_id"].finditer(text):
        ctx_rule("member_id", m, True)
    lines = re.split(r"\r\n|\r|\n", text)
    for i, line in enumerate(lines):
        s = line.lstrip()
        if s.startswith("MSH|^~\\&|"):
            fields = s.split("|")
            found["hl7"].append(fields[9] if len(fields) > 9 else "")
            nxt = [x.lstrip()[:4] for x in lines[i + 1:i + 4]]
            if "PID|" not in nxt:
                problem(f"{fname} {where}: MSH without a PID segment within 3 lines")
        elif "MSH|" in s:
            problem(f"{fname} {where}: 'MSH|' that does not start an HL7 message (ambiguous)")
    for m in LEX_RE.finditer(text):
        found["lexicon"].append(m.group(0))
    return found, cand


def html_to_text(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<[^>]*>", " ", s)
    return html.unescape(s)


def text_units(msg):
    units = [("subject", str(msg.get("Subject", "")))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct not in SCANNED_TYPES:
            continue
        raw = part.get_payload(decode=True) or b""
        txt = raw.decode(part.get_content_charset() or "utf-8")
        if ct == "text/html":
            txt = html_to_text(txt)
        units.append((ct, txt))
    return units


def structural(fname, data):
    if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
        problem(f"{fname}: bare CR or LF")
    if any(b > 127 for b in data):
        problem(f"{fname}: 8-bit byte in message")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            problem(f"{fname}: line longer than 998")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            problem(f"{fname}: MIME defects {part.defects}")
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        if not part.is_multipart() and cte in ("base64", "quoted-printable"):
            for ln in part.get_payload(decode=False).splitlines():
                if len(ln) > 76:
                    problem(f"{fname}: {cte} line longer than 76")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg.get(h) is None:
            problem(f"{fname}: missing {h}")
    return msg


def triggers_of(msg):
    out = set()
    if re.search(r"\[(?:secure|encrypt|phi)\]", str(msg.get("Subject", "")), re.I):
        out.add("subject_tag")
    if any(str(v).strip().lower() == "yes" for v in (msg.get_all("X-PHI") or [])):
        out.add("x_phi_header")
    for v in msg.get_all("msip_labels") or []:
        v = re.sub(r"\s+", " ", str(v))
        for guid, val in re.findall(r"MSIP_Label_([0-9a-fA-F-]{36})_Enabled=(\w+)", v):
            if guid.lower() in MSIP_PHI_GUIDS and val.lower() == "true":
                out.add("msip_label")
    frm = msg["From"]
    if frm is not None and any(a.addr_spec.lower() in SENDERS for a in frm.addresses):
        out.add("sender_rule")
    for h in ("To", "Cc", "Bcc"):
        hv = msg[h]
        if hv is None:
            continue
        for a in hv.addresses:
            if a.domain.lower() in CONSUMER_DOMAINS:
                out.add("recipient_rule")
    return out


def main():
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(os.path.join(HERE, "messages")) if f.endswith(".eml"))
    if files != sorted(lab["file"] for lab in labels):
        problem("labels.json and messages/ list different files")

    pos = collections.Counter()
    neg = collections.Counter()
    msgs_pos = collections.Counter()
    msgs_neg = collections.Counter()
    revalidated = collections.Counter()
    trig_pos = collections.Counter()
    trig_neg = collections.Counter()
    where_c = collections.Counter()
    enc_c = collections.Counter()
    subject_phi = 0
    cov_where = collections.defaultdict(collections.Counter)
    cov_enc = collections.defaultdict(collections.Counter)

    for lab in labels:
        fname = lab["file"]
        with open(os.path.join(HERE, "messages", fname), "rb") as fh:
            data = fh.read()
        msg = structural(fname, data)
        units = text_units(msg)
        found = collections.defaultdict(list)
        cand = collections.defaultdict(list)
        for where, txt in units:
            f, c = oracle(txt, where, fname)
            for k, v in f.items():
                found[k].extend(v)
            for k, v in c.items():
                cand[k].extend(v)
        alltext = "\n".join(t for _w, t in units)

        if set(lab["detectors"]) != set(DETECTORS) or set(lab["negatives"]) != set(DETECTORS):
            problem(f"{fname}: detector keys")
        for det in DETECTORS:
            want = sorted(norm(i["value"]) for i in lab["instances"] if i["detector"] == det and i["positive"])
            got = sorted(norm(v) for v in found[det])
            if len(want) != lab["detectors"][det]:
                problem(f"{fname}: {det} count {lab['detectors'][det]} but {len(want)} positive instances listed")
            if want != got:
                problem(f"{fname}: {det} labelled {want} but the rules find {got}")
            pos[det] += lab["detectors"][det]
            neg[det] += lab["negatives"][det]
            msgs_pos[det] += lab["detectors"][det] > 0
            msgs_neg[det] += lab["negatives"][det] > 0

        for inst in lab["instances"]:
            det, v = inst["detector"], inst["value"]
            if inst["positive"]:
                w = inst["where"]
                kind = "attachment" if w.startswith("attachment:") else ("forwarded" if w.startswith("forwarded:") else w)
                cov_where[det][kind] += 1
                cov_enc[det][inst["encoding"]] += 1
            want_norm = {"ssn": lambda x: re.sub(r"[ -]", "", x), "mbi": lambda x: x.replace("-", ""),
                         "mrn": lambda x: x[4:] if x.startswith("MRN-") else x,
                         "lexicon": lambda x: re.sub(r"\s+", " ", x).lower()}.get(det, lambda x: x)(v)
            if det == "dob":
                want_norm = inst["normalized"] if re.fullmatch(r"\d{4}-\d\d-\d\d", inst["normalized"]) else None
            if inst["normalized"] != want_norm:
                problem(f"{fname}: normalized form {inst['normalized']!r} of {v!r}")
            if det == "hl7":
                if inst["positive"] and not re.search(r"MSH\|\^~\\&\|[^\r\n]*\|" + re.escape(v) + r"\|", alltext):
                    problem(f"{fname}: HL7 control id {v} not found in an MSH segment")
                if not inst["positive"] and v not in alltext:
                    problem(f"{fname}: HL7 negative {v!r} not found")
                revalidated[det] += inst["positive"]
                continue
            if det == "lexicon":
                if norm(v) not in norm(alltext):
                    problem(f"{fname}: lexicon value {v!r} not found")
                if inst["positive"]:
                    revalidated[det] += norm(v) in (t.lower() for t in LEX_TERMS)
                continue
            if v not in alltext:
                problem(f"{fname}: {det} value {v!r} not found in the decoded text")
            if not inst["positive"]:
                # a negative must not be among what the rules count, unless the same value is also a labelled positive
                if norm(v) in (norm(x) for x in found[det]) and not any(
                        j["positive"] and j["value"] == v for j in lab["instances"]):
                    problem(f"{fname}: negative {det} {v!r} is counted by the rules")
                continue
            ok = {
                "ssn": lambda x: ssn_ok(re.sub(r"\D", "", x)) and len(re.sub(r"\D", "", x)) == 9,
                "mbi": mbi_ok,
                "npi": lambda x: len(x) == 10 and x.isdigit() and npi_ok(x),
                "dea": lambda x: re.fullmatch(r"[A-Z]{2}\d{7}", x) is not None and dea_ok(x),
                "mrn": lambda x: re.fullmatch(r"MRN-\d{7}|\d{8}", x) is not None,
                "dob": lambda x: DATE_RE.fullmatch(x) is not None,
                "icd10": lambda x: TOKENS["icd10"].fullmatch(x) is not None,
                "member_id": lambda x: re.fullmatch(r"[A-Z]{3}\d{9}", x) is not None,
            }[det](v)
            if ok:
                revalidated[det] += 1
            else:
                problem(f"{fname}: positive {det} {v!r} fails re-validation")

        trig = triggers_of(msg)
        if trig != set(lab["triggers"]):
            problem(f"{fname}: triggers labelled {lab['triggers']} but headers give {sorted(trig)}")
        for t in lab["triggers"]:
            trig_pos[t] += 1
        for t in lab["trigger_negatives"]:
            trig_neg[t] += 1
            if t in trig:
                problem(f"{fname}: trigger negative {t} fires")
        for w in lab["where"].split("|"):
            where_c[w] += 1
        for e in lab["encoding"].split("|"):
            enc_c[e] += 1
        subject_phi += bool(lab.get("subject_phi"))

    print(f"messages: {len(labels)}   (subject_phi: {subject_phi})")
    print()
    print(f"{'detector':<10} {'positives':>9} {'negatives':>9} {'msgs+':>6} {'msgs-':>6} {'re-validated':>12}")
    for det in DETECTORS:
        print(f"{det:<10} {pos[det]:>9} {neg[det]:>9} {msgs_pos[det]:>6} {msgs_neg[det]:>6} {revalidated[det]:>12}")
    print(f"{'total':<10} {sum(pos.values()):>9} {sum(neg.values()):>9}")
    print()
    print(f"{'trigger':<15} {'messages':>8} {'near-miss msgs':>14}")
    for t in TRIGGERS:
        print(f"{t:<15} {trig_pos[t]:>8} {trig_neg[t]:>14}")
    print()
    print("placement (messages):", ", ".join(f"{k}={v}" for k, v in sorted(where_c.items())))
    print("encoding  (messages):", ", ".join(f"{k}={v}" for k, v in sorted(enc_c.items())))
    print()
    kinds = ["subject", "body", "html", "attachment", "forwarded"]
    encs = ["7bit", "qp", "base64", "rfc2047-b", "rfc2047-q"]
    print("positives by placement and by encoding")
    print(f"{'detector':<10} " + " ".join(f"{k:>10}" for k in kinds) + " | " + " ".join(f"{e:>9}" for e in encs))
    for det in DETECTORS:
        print(f"{det:<10} " + " ".join(f"{cov_where[det][k]:>10}" for k in kinds) + " | "
              + " ".join(f"{cov_enc[det][e]:>9}" for e in encs))
        for k in ("body", "html", "attachment"):
            if cov_where[det][k] == 0:
                problem(f"{det}: no positive in {k}")
        for e in ("7bit", "qp", "base64"):
            if cov_enc[det][e] == 0:
                problem(f"{det}: no positive in a {e} part")
    for det in DETECTORS:
        if pos[det] < 20 or neg[det] < 20:
            problem(f"{det}: fewer than 20 positives or 20 negatives")
    if len(labels) < 300:
        problem("fewer than 300 messages")
    print()
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems[:200]:
            print("  " + p)
        return 1
    print("OK: all labels agree with the rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
