#!/usr/bin/env python3
"""Write N chained audit rows for bench/audit.sh, in the relay's own format.

Rows follow a message's usual path (received, classified, attempt, delivered:
four events a message), with details shaped like the relay's (docs/audit.md),
hashed with the canonical row encoding of docs/audit.md#checking-without-phirelay.

  audit_rows.py sqlite DB_FILE N      insert into audit_events, move audit_head
  audit_rows.py copy N                 PostgreSQL COPY text on stdout (then
                                       the caller moves audit_head)
"""
import hashlib
import json
import sqlite3
import struct
import sys

T0 = 1_764_000_000_000_000  # 2025-11-24, µs


def field(b):
    return struct.pack(">I", 0xFFFFFFFF) if b is None else struct.pack(">I", len(b)) + b


def text(s):
    return None if s is None else s.encode()


def details(kind, i, mid):
    rcpt = f"patient{i % 9973}@hospital{i % 97}.example"
    if kind == "received":
        d = {"auth_user": None, "body_type": "8bitmime", "client_ip": "10.1.2.3",
             "helo": "exch01.clinic.example", "key_id": "k1", "listener": "0.0.0.0:25",
             "mail_from": "scheduling@clinic.example", "rcpt_to": [rcpt], "recipients": 1,
             "requiretls": False, "sha256": hashlib.sha256(mid.encode()).hexdigest(),
             "size": 10240 + i % 4096, "smtputf8": False,
             "tls": {"cipher": "TLS13_AES_256_GCM_SHA384", "version": "TLSv1.3"}}
    elif kind == "classified":
        d = {"decisions": [{"decision": "tls-required", "rcpt": rcpt, "rule": "default-phi"}],
             "evidence": {"basis": "identity_and_health", "health": ["lab_result"],
                          "identity": ["patient_name"], "why": "a patient name and a lab result in one part"},
             "labels": [{"count": 1, "detector": "lexicon", "score": 0.9}], "phi": True,
             "policy_version": "ab" * 32, "subject_phi": False, "triggers": [],
             "truncated": False, "unscanned": []}
    elif kind == "attempt":
        d = {"domain": f"hospital{i % 97}.example", "duration_ms": 41, "ip": "192.0.2.25",
             "mx": f"mx.hospital{i % 97}.example", "port": 25,
             "results": [{"code": 250, "enhanced": "2.0.0", "local": False, "rcpt": rcpt}],
             "security": {"mta_sts": None, "required_level": "verified", "source": "dane",
                          "tls_required": True, "tlsa_records": 1, "tolerated_tls_failure": None},
             "tls": {"cipher": "TLS13_AES_256_GCM_SHA384", "peer_cert_sha256": "cd" * 32,
                     "verified": "dane", "version": "TLSv1.3"}}
    else:
        d = {"attempts": 1, "code": 250, "enhanced": "2.0.0", "ip": "192.0.2.25", "local": False,
             "mx": f"mx.hospital{i % 97}.example", "policy_source": "dane", "required_level": "verified",
             "tls": {"cipher": "TLS13_AES_256_GCM_SHA384", "peer_cert_sha256": "cd" * 32,
                     "verified": "dane", "version": "TLSv1.3"}}
    return json.dumps(d, sort_keys=True, separators=(",", ":")), (rcpt if kind == "delivered" else None)


KINDS = ["received", "classified", "attempt", "delivered"]


def rows(n):
    head = bytes(32)
    for seq in range(1, n + 1):
        msg = (seq - 1) // 4
        kind = KINDS[(seq - 1) % 4]
        mid = f"01JBENCH{msg:018d}"
        at = T0 + seq * 1000
        actor = "smtp:10.1.2.3" if kind in ("received", "classified") else "queue:bench"
        det, rcpt = details(kind, msg, mid)
        body = b"".join([field(struct.pack(">q", seq)), field(struct.pack(">q", at)),
                         field(b"bench"), field(kind.encode()), field(text(mid)),
                         field(text(rcpt)), field(actor.encode()), field(det.encode())])
        h = hashlib.sha256(head + body).digest()
        yield (seq, at, "bench", kind, mid, rcpt, actor, det, head, h)
        head = h


def main():
    if sys.argv[1] == "sqlite":
        db = sqlite3.connect(sys.argv[2])
        n = int(sys.argv[3])
        last = None
        with db:
            for r in rows(n):
                db.execute("INSERT INTO audit_events (seq, at_us, node, event, message_id, recipient, "
                           "actor, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", r)
                last = r
            db.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", (last[0], last[9]))
        print(f"{n} rows, head {last[9].hex()}")
    elif sys.argv[1] == "copy":
        n = int(sys.argv[2])
        out = sys.stdout
        esc = lambda s: "\\N" if s is None else s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        last = None
        for r in rows(n):
            out.write("\t".join([str(r[0]), str(r[1]), r[2], r[3], esc(r[4]), esc(r[5]), r[6], esc(r[7]),
                                 "\\\\x" + r[8].hex(), "\\\\x" + r[9].hex()]) + "\n")
            last = r
        sys.stderr.write(f"{last[0]} {last[9].hex()}\n")


if __name__ == "__main__":
    main()
