#!/usr/bin/env python3
"""hospital_mix.py - the hospital-mix load for bench/hospital_mix.sh.

  hospital_mix.py make DIR [--count 200] [--seed 7]
      Write DIR/NNNN.eml: synthetic hospital mail in the shape of tests/corpus/
      (plain and HTML bodies, forwarded threads) with attachments drawn from the
      kinds the classifier opens: PDF, DOCX, CSV, HTML. Sizes from under 1 KiB
      to a few hundred KiB (200 templates: mean ~10 KiB, p90 ~26 KiB); about a
      third carry a patient plus their health (PHI),
      so every detector and the extraction of every attachment kind runs.
      Every name, number and date is made up.
  hospital_mix.py send --port P --messages N [--sessions 20] DIR
      Send N messages (the templates in turn) over S concurrent SMTP sessions,
      one recipient each, to 127.0.0.1:P; exit 1 if any is refused.
"""
import argparse
import asyncio
import base64
import io
import os
import random
import sys
import zipfile

FIRST = ["Maria", "James", "Aiko", "Samuel", "Fatima", "Olga", "Luis", "Grace", "Tomasz", "Nia"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Haddad", "Petrov", "Castillo", "Nakamura", "Brennan"]
CONDITIONS = ["type 2 diabetes", "atrial fibrillation", "COPD exacerbation", "major depressive disorder",
              "stage 3 chronic kidney disease", "post-operative wound infection", "hypertension"]
MEDS = ["metformin 500 mg twice daily", "apixaban 5 mg", "sertraline 50 mg", "lisinopril 10 mg",
        "insulin glargine 20 units at bedtime"]
OPS = ["The third-floor printer is out of toner again.", "Parking lot B is closed on Friday.",
       "Please complete the annual fire-safety module by the 30th.",
       "The cafeteria menu for next week is attached.", "Badge readers will be updated overnight."]


def patient(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def mrn(r):
    return f"MRN {r.randint(10_000_000, 99_999_999)}"


def clinical_text(r, lines):
    out = []
    for _ in range(lines):
        out.append(f"Patient {patient(r)} ({mrn(r)}), DOB {r.randint(1,12):02d}/{r.randint(1,28):02d}/"
                   f"{r.randint(1940, 2010)}, seen for {r.choice(CONDITIONS)}; continue {r.choice(MEDS)}.")
    return out


def office_text(r, lines):
    return [r.choice(OPS) for _ in range(lines)]


def pdf(text_lines):
    """A one-page PDF whose content stream draws the lines (pdf-extract reads it)."""
    body = "BT /F1 9 Tf 36 800 Td 11 TL\n" + "".join(
        "(" + t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*\n" for t in text_lines
    ) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx(text_lines):
    paras = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in text_lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{paras}</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


def csv(text_lines, r):
    rows = ["name,mrn,dob,diagnosis,medication"]
    for _ in text_lines:
        rows.append(f"{patient(r)},{r.randint(10_000_000, 99_999_999)},19{r.randint(40, 99)}-0{r.randint(1, 9)}-1{r.randint(0, 9)},"
                    f"{r.choice(CONDITIONS)},{r.choice(MEDS)}")
    return ("\r\n".join(rows) + "\r\n").encode()


def html(text_lines):
    return ("<html><body>" + "".join(f"<p>{t}</p>" for t in text_lines) + "</body></html>").encode()


def b64(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def message(r, i):
    phi = r.random() < 0.35
    lines = (lambda n: clinical_text(r, n)) if phi else (lambda n: office_text(r, n))
    kind = r.choices(["none", "html", "csv", "pdf", "docx"], weights=[40, 15, 15, 18, 12])[0]
    # Attachment size: mostly small, a long tail up to ~600 KiB.
    n_lines = int(min(6000, r.paretovariate(1.2) * 40))
    subject = "Follow-up" if phi else "Announcement"
    body = "\r\n".join(lines(r.randint(2, 12)))
    head = (f"From: Clinic Staff <staff@example.test>\r\nTo: partner@dest.test\r\n"
            f"Subject: {subject} {i}\r\nMessage-ID: <mix{i}@example.test>\r\nMIME-Version: 1.0\r\n")
    if kind == "none":
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n").encode()
    data, ctype, name = {
        "html": lambda: (html(lines(n_lines)), "text/html", "summary.html"),
        "csv": lambda: (csv(range(n_lines), r), "text/csv", "census.csv"),
        "pdf": lambda: (pdf(lines(n_lines)), "application/pdf", "discharge.pdf"),
        "docx": lambda: (docx(lines(n_lines)),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "letter.docx"),
    }[kind]()
    boundary = f"=_mix{i}"
    return (head + f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
            f'--{boundary}\r\nContent-Type: {ctype}; name="{name}"\r\nContent-Transfer-Encoding: base64\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n{b64(data)}\r\n'
            f"--{boundary}--\r\n").encode()


def make(args):
    r = random.Random(args.seed)
    os.makedirs(args.dir, exist_ok=True)
    sizes = []
    for i in range(args.count):
        m = message(r, i)
        sizes.append(len(m))
        with open(os.path.join(args.dir, f"{i:04d}.eml"), "wb") as f:
            f.write(m)
    sizes.sort()
    print(f"{args.count} messages, median {sizes[len(sizes) // 2]} B, "
          f"p90 {sizes[int(len(sizes) * 0.9)]} B, max {sizes[-1]} B, mean {sum(sizes) // len(sizes)} B")


async def reply(reader):
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("closed")
        if line[3:4] != b"-":
            return int(line[:3])


async def session(port, templates, todo, failures):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await reply(reader)
    writer.write(b"EHLO mix.example.test\r\n")
    await reply(reader)
    while todo:
        i = todo.pop()
        data = templates[i % len(templates)]
        for cmd, want in ((b"MAIL FROM:<bench@example.test>\r\n", 250),
                          (b"RCPT TO:<rcpt@dest.test>\r\n", 250), (b"DATA\r\n", 354)):
            writer.write(cmd)
            if await reply(reader) != want:
                failures.append(i)
                break
        else:
            writer.write(data + b".\r\n")
            if await reply(reader) != 250:
                failures.append(i)
    writer.write(b"QUIT\r\n")
    await writer.drain()
    writer.close()


def dot_stuff(raw):
    lines = raw.split(b"\r\n")
    body = b"\r\n".join(b"." + l if l.startswith(b".") else l for l in lines)
    return body if body.endswith(b"\r\n") else body + b"\r\n"


async def send_all(args):
    names = sorted(f for f in os.listdir(args.dir) if f.endswith(".eml"))
    templates = [dot_stuff(open(os.path.join(args.dir, n), "rb").read()) for n in names]
    todo = list(range(args.messages))
    failures = []
    await asyncio.gather(*(session(args.port, templates, todo, failures) for _ in range(args.sessions)))
    if failures:
        print(f"{len(failures)} messages refused", file=sys.stderr)
        sys.exit(1)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("dir")
    m.add_argument("--count", type=int, default=200)
    m.add_argument("--seed", type=int, default=7)
    s = sub.add_parser("send")
    s.add_argument("dir")
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--messages", type=int, required=True)
    s.add_argument("--sessions", type=int, default=20)
    a = p.parse_args()
    if a.cmd == "make":
        make(a)
    else:
        asyncio.run(send_all(a))


if __name__ == "__main__":
    main()
