#!/usr/bin/python3
"""latency_probe.py - per-message accept latency of an SMTP server (stdlib only).

    bench/latency_probe.py [--host 127.0.0.1] [--port 2525] [--sessions 20]
                           [--messages 5000] [--size 10240] [--reuse]
                           [--from bench@example.test] [--to rcpt@dest.test]
                           [--helo client.example.test] [--timeout 120]

SESSIONS concurrent SMTP clients send MESSAGES messages in all (closed loop: each
client sends its next message as soon as the previous one is answered). Like
`smtp-source` without -d, each message gets its own connection (EHLO, MAIL, RCPT,
DATA, QUIT); --reuse keeps one connection per client (RSET-free MAIL after 250).

For every message the probe times the end of DATA: from just before the final
".\\r\\n" is written to the socket until the reply line arrives. That is the
server's accept latency (parse, store, durable commit) as a client sees it.
Messages are SIZE bytes including headers, 78-octet lines, CRLF line ends.

Prints one JSON object on stdout:
    count, errors, first_errors, sessions, size, reuse, wall_s, msgs_per_s,
    latency_ms: {p50, p90, p99, p999, max, mean, min}
Exit status 1 when any message was not answered 250 (or the server went away).
"""
import argparse
import asyncio
import json
import statistics
import sys
import time


def make_message(size, sender, rcpt, seq):
    head = (
        f"From: <{sender}>\r\n"
        f"To: <{rcpt}>\r\n"
        f"Subject: relay benchmark\r\n"
        f"Date: Thu, 01 Jan 2026 00:00:00 +0000\r\n"
        f"Message-ID: <probe.{seq}@example.test>\r\n"
        f"\r\n"
    ).encode()
    line = b"La de da de da 1. La de da de da 2. La de da de da 3. La de da de da 4. La\r\n"
    need = max(0, size - len(head))
    body = (line * (need // len(line) + 1))[:need]
    # end on a line boundary: the DATA terminator must follow a CRLF
    if need:
        body = body[:-2] + b"\r\n" if len(body) >= 2 else b"\r\n"
    return head + body


class Stats:
    def __init__(self, total):
        self.remaining = total
        self.lat = []
        self.errors = 0
        self.first_errors = []

    def take(self):
        if self.remaining <= 0:
            return False
        self.remaining -= 1
        return True

    def error(self, what):
        self.errors += 1
        if len(self.first_errors) < 10:
            self.first_errors.append(what)


async def reply(reader, timeout):
    """Read one (possibly multi-line) SMTP reply -> (code, last line)."""
    while True:
        line = await asyncio.wait_for(reader.readline(), timeout)
        if not line:
            raise ConnectionError("connection closed by server")
        if len(line) < 4 or line[3:4] != b"-":
            return int(line[:3]), line.decode(errors="replace").rstrip()


async def command(reader, writer, cmd, timeout, want):
    writer.write(cmd)
    await writer.drain()
    code, text = await reply(reader, timeout)
    if code // 100 != want:
        raise RuntimeError(f"{cmd.split(b' ')[0].decode().strip()}: {text}")


async def open_session(a):
    reader, writer = await asyncio.wait_for(asyncio.open_connection(a.host, a.port), a.timeout)
    code, text = await reply(reader, a.timeout)
    if code != 220:
        raise RuntimeError(f"greeting: {text}")
    await command(reader, writer, f"EHLO {a.helo}\r\n".encode(), a.timeout, 2)
    return reader, writer


async def close_session(reader, writer, timeout):
    try:
        writer.write(b"QUIT\r\n")
        await writer.drain()
        await asyncio.wait_for(reply(reader, timeout), timeout)
    except (OSError, ConnectionError, asyncio.TimeoutError, ValueError):
        pass
    writer.close()
    try:
        await writer.wait_closed()
    except OSError:
        pass


async def send_one(reader, writer, a, body):
    await command(reader, writer, f"MAIL FROM:<{a.sender}>\r\n".encode(), a.timeout, 2)
    await command(reader, writer, f"RCPT TO:<{a.rcpt}>\r\n".encode(), a.timeout, 2)
    await command(reader, writer, b"DATA\r\n", a.timeout, 3)
    writer.write(body)
    await writer.drain()
    t0 = time.perf_counter()
    writer.write(b".\r\n")
    code, text = await reply(reader, a.timeout)
    t1 = time.perf_counter()
    if code != 250:
        raise RuntimeError(f"end of data: {text}")
    return t1 - t0


async def client(a, stats, body):
    conn = None
    while stats.take():
        try:
            if conn is None:
                conn = await open_session(a)
            stats.lat.append(await send_one(*conn, a, body))
            if not a.reuse:
                await close_session(*conn, a.timeout)
                conn = None
        except (OSError, ConnectionError, asyncio.TimeoutError, RuntimeError, ValueError) as e:
            stats.error(f"{type(e).__name__}: {e}")
            if conn is not None:
                conn[1].close()
                conn = None
            await asyncio.sleep(0.05)
    if conn is not None:
        await close_session(*conn, a.timeout)


def pct(sorted_vals, p):
    """nearest-rank percentile"""
    if not sorted_vals:
        return None
    k = max(0, min(len(sorted_vals) - 1, int(-(-p * len(sorted_vals) // 100)) - 1))
    return sorted_vals[k]


async def main_async(a):
    body = make_message(a.size, a.sender, a.rcpt, 0)
    stats = Stats(a.messages)
    t0 = time.perf_counter()
    await asyncio.gather(*(client(a, stats, body) for _ in range(a.sessions)))
    wall = time.perf_counter() - t0
    ms = sorted(x * 1000 for x in stats.lat)
    r3 = lambda v: None if v is None else round(v, 3)  # noqa: E731
    return {
        "count": len(ms),
        "errors": stats.errors,
        "first_errors": stats.first_errors,
        "sessions": a.sessions,
        "size": len(body),
        "reuse": a.reuse,
        "wall_s": round(wall, 3),
        "msgs_per_s": round(len(ms) / wall, 1) if wall > 0 else None,
        "latency_ms": {
            "p50": r3(pct(ms, 50)),
            "p90": r3(pct(ms, 90)),
            "p99": r3(pct(ms, 99)),
            "p999": r3(pct(ms, 99.9)),
            "max": r3(ms[-1] if ms else None),
            "min": r3(ms[0] if ms else None),
            "mean": r3(statistics.fmean(ms) if ms else None),
        },
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=2525)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--size", type=int, default=10240, help="message size in bytes (with headers)")
    ap.add_argument("--reuse", action="store_true", help="keep one connection per client")
    ap.add_argument("--from", dest="sender", default="bench@example.test")
    ap.add_argument("--to", dest="rcpt", default="rcpt@dest.test")
    ap.add_argument("--helo", default="client.example.test")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per reply")
    a = ap.parse_args()
    if a.sessions < 1 or a.messages < 1:
        ap.error("--sessions and --messages must be at least 1")
    res = asyncio.run(main_async(a))
    print(json.dumps(res))
    return 0 if res["errors"] == 0 and res["count"] == a.messages else 1


if __name__ == "__main__":
    sys.exit(main())
