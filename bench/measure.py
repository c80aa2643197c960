#!/usr/bin/python3
"""measure.py - measurement and reporting core of bench/accept.sh (stdlib only).

  measure.py measure --pids "P.." [--db-pids "P.."] --messages N [--stdout FILE]
                     [--interval 0.25] -- CMD ARGS...
      Runs CMD (the load generator) and prints one JSON object:
        accept_s / accept_msgs_per_s   N / CMD's wall time
        relay_cpu_s, relay_cpu_ms_per_msg
                  utime+stime (+ reaped children) of the process trees rooted at
                  --pids, from /proc/PID/stat, after minus before
        db_cpu_s, db_cpu_ms_per_msg     the same for --db-pids (PostgreSQL server)
        relay_peak_rss_mb / relay_peak_pss_mb
                  peak over samples of the summed VmRSS / Pss of the relay trees
        relay_hwm_mb      largest VmHWM (kernel high-water mark, whole life) of a
                          process in the relay trees
        db_peak_rss_mb / db_peak_pss_mb  same for the database trees
        loadgen_cpu_s, machine_busy_pct, source_rc, source_stderr
        aux_cpu_s         CPU of --aux-pids trees (smtp-sink)
        other_cpu_s / other_cores_avg   busy CPU of the whole machine not
                          accounted for above: other work disturbing the run
      CMD's stdout goes to --stdout (default: discarded).

  measure.py wait-idle [--max 300] [--busy-pct 10] [--for 3]
      Returns once the machine has been below --busy-pct busy (all CPUs) for
      --for consecutive seconds; exit 1 if that did not happen within --max s.

  measure.py sqlite-store DBFILE [--expect N]
      Counts rows in a phirelay SQLite store (read-only) and sizes the files;
      prints JSON; exit 1 when a count differs from N.

  measure.py summarize RESULTS_DIR
      Reads RESULTS_DIR/*/rep-*/ and */latency/ and writes summary.json and
      summary.txt (the table accept.sh prints).
"""
import argparse
import glob
import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time

CLK = os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------ /proc
def read_stat(pid):
    """-> (ppid, self_ticks, reaped_children_ticks) or None"""
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read()
    except OSError:
        return None
    rest = s[s.rindex(")") + 2:].split()
    ppid = int(rest[1])
    utime, stime, cutime, cstime = (int(x) for x in rest[11:15])
    return ppid, utime + stime, cutime + cstime


def all_procs():
    out = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            st = read_stat(int(d))
            if st:
                out[int(d)] = st
    return out


def tree(roots, procs):
    kids = {}
    for pid, (ppid, _, _) in procs.items():
        kids.setdefault(ppid, []).append(pid)
    member = set()
    for r in roots:
        if r not in procs:
            continue
        stack = [r]
        while stack:
            p = stack.pop()
            if p not in member:
                member.add(p)
                stack.extend(kids.get(p, ()))
    return member


def tree_cpu_s(roots):
    """CPU seconds of the trees: own + reaped children of every live member"""
    if not roots:
        return 0.0
    procs = all_procs()
    return sum(procs[p][1] + procs[p][2] for p in tree(roots, procs)) / CLK


def mem_kb(pid):
    rss = hwm = pss = 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                    break
    except OSError:
        pass
    return rss, pss, hwm


class Peak:
    def __init__(self):
        self.rss = self.pss = self.hwm = self.nproc = 0

    def sample(self, roots, procs):
        members = tree(roots, procs)
        rs = ps = 0
        for p in members:
            rss, pss, hwm = mem_kb(p)
            rs += rss
            ps += pss
            self.hwm = max(self.hwm, hwm)
        self.rss, self.pss = max(self.rss, rs), max(self.pss, ps)
        self.nproc = max(self.nproc, len(members))


class Sampler(threading.Thread):
    def __init__(self, groups, interval):
        super().__init__(daemon=True)
        self.groups = groups  # name -> roots
        self.peaks = {k: Peak() for k in groups}
        self.interval = interval
        self.ev = threading.Event()
        self.samples = 0

    def sample(self):
        procs = all_procs()
        for k, roots in self.groups.items():
            if roots:
                self.peaks[k].sample(roots, procs)
        self.samples += 1

    def run(self):
        while not self.ev.wait(self.interval):
            self.sample()

    def stop(self):
        self.ev.set()
        self.join()
        self.sample()


def machine_busy():
    """-> (busy ticks, all ticks, task ticks = user+nice+system, irq+softirq+steal ticks)"""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    v = (v + [0] * 10)[:10]
    total = sum(v[:8])          # guest time is already inside user
    idle = v[3] + v[4]
    return total - idle, total, v[0] + v[1] + v[2], v[5] + v[6] + v[7]


def pids(s):
    return [int(p) for p in (s or "").split()]


def other_consumers(snap0, snap1, roots):
    """The processes outside our trees that used the most CPU between two snapshots
    (kernel threads included: e.g. jbd2 committing the journal for fsync)."""
    ours = tree(roots, snap1) | tree(roots, snap0)
    use = []
    for pid, (_, t1, c1) in snap1.items():
        if pid in ours:
            continue
        t0, c0 = (snap0[pid][1], snap0[pid][2]) if pid in snap0 else (0, 0)
        d = (t1 - t0) + (c1 - c0)
        if d > 0:
            use.append((d, pid))
    use.sort(reverse=True)
    return [{"pid": p, "comm": proc_name(p), "cpu_s": round(d / CLK, 2)} for d, p in use[:6]]


def proc_name(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return str(pid)


def cmd_measure(a):
    relay, db, aux = pids(a.pids), pids(a.db_pids), pids(a.aux_pids)
    for r in relay + db + aux:
        if not os.path.exists(f"/proc/{r}"):
            sys.exit(f"measure.py: pid {r} is not running")
    sampler = Sampler({"relay": relay, "db": db}, a.interval)
    sampler.sample()
    cpu0, dbcpu0, aux0, busy0 = tree_cpu_s(relay), tree_cpu_s(db), tree_cpu_s(aux), machine_busy()
    snap0 = all_procs()
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    own0 = r0.ru_utime + r0.ru_stime
    sampler.start()
    out = open(a.stdout, "wb") if a.stdout else subprocess.DEVNULL
    t0 = time.monotonic()
    p = subprocess.Popen(a.cmd, stdout=out, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    t1 = time.monotonic()
    cpu1, dbcpu1, aux1, busy1 = tree_cpu_s(relay), tree_cpu_s(db), tree_cpu_s(aux), machine_busy()
    snap1 = all_procs()
    top_other = other_consumers(snap0, snap1, relay + db + aux + [os.getpid()])
    sampler.stop()
    if a.stdout:
        out.close()
    err = p.stderr.read().decode(errors="replace")
    rc = os.waitstatus_to_exitcode(status)
    n, secs = a.messages, t1 - t0
    self_ru = resource.getrusage(resource.RUSAGE_SELF)
    own = self_ru.ru_utime + self_ru.ru_stime - own0
    loadgen = ru.ru_utime + ru.ru_stime
    task_s = (busy1[2] - busy0[2]) / CLK
    irq_s = (busy1[3] - busy0[3]) / CLK
    # CPU burnt by anything else on the machine meanwhile (another build, tests...)
    other = task_s - (cpu1 - cpu0) - (dbcpu1 - dbcpu0) - (aux1 - aux0) - loadgen - own
    rp, dp = sampler.peaks["relay"], sampler.peaks["db"]
    res = {
        "messages": n,
        "source_rc": rc,
        "source_stderr": err[-2000:].strip(),
        "source_stderr_lines": len(err.splitlines()),
        "accept_s": round(secs, 3),
        "accept_msgs_per_s": round(n / secs, 1),
        "relay_cpu_s": round(cpu1 - cpu0, 3),
        "relay_cpu_ms_per_msg": round(1000 * (cpu1 - cpu0) / n, 4),
        "relay_cpu_cores_avg": round((cpu1 - cpu0) / secs, 2),
        "relay_peak_rss_mb": round(rp.rss / 1024, 1),
        "relay_peak_pss_mb": round(rp.pss / 1024, 1),
        "relay_hwm_mb": round(rp.hwm / 1024, 1),
        "relay_peak_nprocs": rp.nproc,
        "loadgen_cpu_s": round(loadgen, 2),
        "harness_cpu_s": round(own, 2),
        "aux_cpu_s": round(aux1 - aux0, 2),
        "other_cpu_s": round(other, 2),
        "other_cores_avg": round(other / secs, 2),
        "other_top": top_other,
        "irq_softirq_steal_s": round(irq_s, 2),
        "machine_busy_pct": round(100 * (busy1[0] - busy0[0]) / max(1, busy1[1] - busy0[1]), 1),
        "machine_cores": os.cpu_count(),
        "mem_samples": sampler.samples,
    }
    if db:
        res.update({
            "db_cpu_s": round(dbcpu1 - dbcpu0, 3),
            "db_cpu_ms_per_msg": round(1000 * (dbcpu1 - dbcpu0) / n, 4),
            "db_peak_rss_mb": round(dp.rss / 1024, 1),
            "db_peak_pss_mb": round(dp.pss / 1024, 1),
            "db_peak_nprocs": dp.nproc,
        })
    print(json.dumps(res))
    return 0 if rc == 0 else 1


def cmd_wait_idle(a):
    """Wait until the whole machine has been nearly idle for a few seconds."""
    t_end, quiet, pct = time.monotonic() + a.max, 0, 100.0
    prev = machine_busy()
    while time.monotonic() < t_end:
        time.sleep(1)
        cur = machine_busy()
        pct = 100 * (cur[0] - prev[0]) / max(1, cur[1] - prev[1])
        prev = cur
        quiet = quiet + 1 if pct < a.busy_pct else 0
        if quiet >= a.quiet_s:
            return 0
    print(f"machine still {pct:.0f}% busy after {a.max:.0f} s", file=sys.stderr)
    return 1


# ------------------------------------------------------------------ sqlite store
def cmd_sqlite_store(a):
    import sqlite3
    con = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    q = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    res = {
        "messages": q("SELECT count(*) FROM messages"),
        "message_content": q("SELECT count(*) FROM message_content"),
        "recipients": q("SELECT count(*) FROM recipients"),
        "recipients_queued": q("SELECT count(*) FROM recipients WHERE state = 'queued'"),
        "received_events": q("SELECT count(*) FROM audit_events WHERE event = 'received'"),
        "audit_events": q("SELECT count(*) FROM audit_events"),
        "audit_head_seq": q("SELECT seq FROM audit_head WHERE id = 1"),
        "ciphertext_bytes": q("SELECT coalesce(sum(length(ciphertext)), 0) FROM message_content"),
        "plaintext_bytes": q("SELECT coalesce(sum(size), 0) FROM messages"),
        "recipients_by_state": dict(con.execute(
            "SELECT state, count(*) FROM recipients GROUP BY state ORDER BY state").fetchall()),
        "events_by_type": dict(con.execute(
            "SELECT event, count(*) FROM audit_events GROUP BY event ORDER BY event").fetchall()),
    }
    con.close()
    files = {}
    for suffix in ("", "-wal", "-shm"):
        try:
            files["db" + suffix] = os.path.getsize(a.db + suffix)
        except OSError:
            pass
    res["file_bytes"] = files
    res["disk_bytes"] = sum(files.values())
    res["disk_bytes_per_msg"] = round(res["disk_bytes"] / max(1, res["messages"]))
    return finish_store(res, a.expect)


def finish_store(res, expect):
    if expect is not None:
        res["expected"] = expect
        keys = ("messages", "message_content", "recipients", "received_events")
        res["ok"] = all(res[k] == expect for k in keys)
    print(json.dumps(res))
    return 0 if res.get("ok", True) else 1


# ------------------------------------------------------------------ summary
def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def med(vals):
    vals = [v for v in vals if v is not None]
    return statistics.median(vals) if vals else None


def fmt(v, nd=0):
    if v is None:
        return "-"
    return f"{v:,.{nd}f}"


def cmd_summarize(a):
    rows = []
    for d in sorted(glob.glob(os.path.join(a.dir, "*", ""))):
        name = os.path.basename(os.path.dirname(d))
        reps = [load(p) for p in sorted(glob.glob(os.path.join(d, "rep-*", "measure.json")))]
        reps = [r for r in reps if r]
        if not reps:
            continue
        stores = [load(p) for p in sorted(glob.glob(os.path.join(d, "rep-*", "store.json")))]
        audits = [load(p) for p in sorted(glob.glob(os.path.join(d, "rep-*", "audit.json")))]
        lat = load(os.path.join(d, "latency", "probe.json"))
        latm = load(os.path.join(d, "latency", "measure.json"))
        lat_store = load(os.path.join(d, "latency", "store.json"))
        lat_audit = load(os.path.join(d, "latency", "audit.json"))
        rates = [r["accept_msgs_per_s"] for r in reps]
        row = {
            "relay": name,
            "reps": len(reps),
            "accept_msgs_per_s": med(rates),
            "accept_msgs_per_s_runs": rates,
            "relay_cpu_ms_per_msg": med([r["relay_cpu_ms_per_msg"] for r in reps]),
            "db_cpu_ms_per_msg": med([r.get("db_cpu_ms_per_msg") for r in reps]),
            "relay_peak_rss_mb": max(r["relay_peak_rss_mb"] for r in reps),
            "relay_peak_pss_mb": max(r["relay_peak_pss_mb"] for r in reps),
            "relay_hwm_mb": max(r["relay_hwm_mb"] for r in reps),
            "db_peak_pss_mb": med([r.get("db_peak_pss_mb") for r in reps]),
            "machine_busy_pct": med([r["machine_busy_pct"] for r in reps]),
            "loadgen_cpu_s": med([r["loadgen_cpu_s"] for r in reps]),
            "other_cores_avg_max": max(r.get("other_cores_avg", 0) for r in reps),
            "source_ok": all(r["source_rc"] == 0 for r in reps),
            "store_ok": all(s and s.get("ok") for s in stores + ([lat_store] if lat else []))
            if stores else None,
            "audit_ok": all(x and x.get("ok") for x in audits + ([lat_audit] if lat else []))
            if audits else None,
            "disk_bytes_per_msg": med([s.get("disk_bytes_per_msg") for s in stores if s]),
            "latency": lat,
            "latency_relay_cpu_ms_per_msg": latm and latm.get("relay_cpu_ms_per_msg"),
        }
        rows.append(row)
    ref = {r["relay"]: r["accept_msgs_per_s"] for r in rows if r["relay"].startswith("postfix")}
    lines = []
    hdr = (f"{'relay':18s} {'accept msg/s':>12s} {'(min-max)':>15s} {'cpu ms/msg':>11s} "
           f"{'+db ms/msg':>10s} {'peak MB':>8s} {'p50 ms':>7s} {'p99 ms':>7s} "
           f"{'probe/s':>8s} {'B/msg':>7s} {'store':>5s} {'audit':>5s}")
    lines.append(hdr)
    lines.append("-" * len(hdr))
    for r in rows:
        lat = r["latency"] or {}
        lms = lat.get("latency_ms", {})
        rates = r["accept_msgs_per_s_runs"]
        # single process (phirelay): kernel high-water mark; process trees (postfix): peak PSS sum
        peak = r["relay_hwm_mb"] if r["relay"].startswith("phirelay") else r["relay_peak_pss_mb"]
        ok = lambda v: "-" if v is None else ("ok" if v else "FAIL")  # noqa: E731
        lines.append(
            f"{r['relay']:18s} {fmt(r['accept_msgs_per_s']):>12s} "
            f"{fmt(min(rates)) + '-' + fmt(max(rates)):>15s} {fmt(r['relay_cpu_ms_per_msg'], 3):>11s} "
            f"{fmt(r['db_cpu_ms_per_msg'], 3):>10s} {fmt(peak, 1):>8s} "
            f"{fmt(lms.get('p50'), 2):>7s} {fmt(lms.get('p99'), 2):>7s} {fmt(lat.get('msgs_per_s')):>8s} "
            f"{fmt(r['disk_bytes_per_msg']):>7s} {ok(r['store_ok']):>5s} {ok(r['audit_ok']):>5s}")
    if ref:
        lines.append("")
        lines.append("ratio of accept msg/s (median), phirelay / postfix:")
        for r in rows:
            if r["relay"].startswith("phirelay") and r["accept_msgs_per_s"]:
                parts = [f"{r['accept_msgs_per_s'] / v:.2f}x vs {k}" for k, v in ref.items() if v]
                lines.append(f"  {r['relay']:16s} " + ", ".join(parts))
                r["ratio_vs"] = {k: round(r["accept_msgs_per_s"] / v, 3) for k, v in ref.items() if v}
    lines.append("")
    lines.append("cpu ms/msg: the relay's process tree (phirelay: one process; postfix: master and"
                 " children, incl. opendkim when on);")
    lines.append("+db: the PostgreSQL server's processes. peak MB: phirelay VmHWM; postfix peak"
                 " summed PSS. p50/p99: latency_probe.py")
    lines.append("(end of DATA -> 250). B/msg: store bytes on disk per message.")
    floor = load(os.path.join(a.dir, "probe-floor.json"))
    if floor:
        fl = floor["latency_ms"]
        lines.append(f"probe floor (same probe against smtp-sink, which does no work): "
                     f"p50 {fl['p50']:.2f} ms, p99 {fl['p99']:.2f} ms, {floor['msgs_per_s']:.0f} msg/s")
    noisy = [f"{r['relay']} ({r['other_cores_avg_max']:.2f} cores)" for r in rows
             if r["other_cores_avg_max"] > 0.15]
    if noisy:
        lines.append("NOTE: other processes used CPU during: " + ", ".join(noisy)
                     + " -- figures may be low; rerun on a quiet machine")
    failed = [r["relay"] for r in rows
              if not r["source_ok"] or r["store_ok"] is False or r["audit_ok"] is False]
    if failed:
        lines.append(f"WARNING: failures in {', '.join(failed)} (see the per-run files)")
    text = "\n".join(lines)
    with open(os.path.join(a.dir, "summary.txt"), "w") as f:
        f.write(text + "\n")
    with open(os.path.join(a.dir, "summary.json"), "w") as f:
        json.dump({"relays": rows, "probe_floor": floor}, f, indent=1)
    print(text)
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="verb", required=True)
    m = sub.add_parser("measure")
    m.add_argument("--pids", required=True)
    m.add_argument("--db-pids", default="")
    m.add_argument("--aux-pids", default="", help="e.g. smtp-sink: CPU reported apart, not as other")
    w = sub.add_parser("wait-idle")
    w.add_argument("--max", type=float, default=300, help="give up after this many seconds")
    w.add_argument("--busy-pct", type=float, default=10, help="idle = machine busy below this")
    w.add_argument("--for", dest="quiet_s", type=int, default=3, help="consecutive idle seconds")
    m.add_argument("--messages", type=int, required=True)
    m.add_argument("--stdout")
    m.add_argument("--interval", type=float, default=0.25)
    m.add_argument("cmd", nargs=argparse.REMAINDER)
    s = sub.add_parser("sqlite-store")
    s.add_argument("db")
    s.add_argument("--expect", type=int)
    r = sub.add_parser("summarize")
    r.add_argument("dir")
    a = ap.parse_args()
    if a.verb == "measure":
        if a.cmd and a.cmd[0] == "--":
            a.cmd = a.cmd[1:]
        if not a.cmd:
            ap.error("measure needs a command after --")
        return cmd_measure(a)
    if a.verb == "wait-idle":
        return cmd_wait_idle(a)
    if a.verb == "sqlite-store":
        return cmd_sqlite_store(a)
    return cmd_summarize(a)


if __name__ == "__main__":
    sys.exit(main())
