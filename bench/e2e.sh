#!/usr/bin/env bash
# e2e.sh - end-to-end benchmark: smtp-source -> relay -> smtp-sink, phirelay and the
# Postfix + OpenDKIM relay of ../shared/bench/postfix measured in ONE run, on the
# issue's load: 10 KiB messages, 20 sessions, 1 recipient, DKIM RSA-2048 on,
# durable acceptance on (phirelay: SQLite WAL synchronous=FULL, sealed content,
# hash-chained audit; Postfix: queue files fsynced on disk).
#
#   bench/e2e.sh [--messages 20000] [--repeat 3] [--backend sqlite|postgres] [--no-build]
#                [--bin PATH] [--compare-bin PATH]
#
# --bin measures that phirelay binary (default target/release/phirelay);
# --compare-bin measures a second one (say, a build of the previous commit) in
# the same sitting, after the first, under the label "phirelay-before".
#
# Uses run.sh's relay contract (--relay-start/--relay-stop) with bench/phirelay-relay.sh.
# Writes bench/results/<UTC>-e2e/{postfix,phirelay}/ and prints the medians and the ratio.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
RUN=$SHARED/bench/postfix/run.sh
MESSAGES=20000
REPEAT=3
BACKEND=sqlite
BUILD=1
BIN=""
COMPARE_BIN=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bin) BIN=$2; shift ;;
    --compare-bin) COMPARE_BIN=$2; shift ;;
    --messages) MESSAGES=$2; shift ;;
    --repeat) REPEAT=$2; shift ;;
    --backend) BACKEND=$2; shift ;;
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "e2e.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -x $RUN ]] || { echo "e2e.sh: $RUN not found (../shared beside the repository)" >&2; exit 1; }
if [[ $BUILD == 1 ]]; then (cd "$REPO" && cargo build --release); fi
OUT=$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)-e2e
mkdir -p "$OUT"
STATE=$(mktemp -d /tmp/phirelay-e2e.XXXXXX)
trap 'rm -rf "$STATE"' EXIT
common=(--messages "$MESSAGES" --repeat "$REPEAT" --sessions 20 --size 10240 --rcpts 1)

echo "== Postfix + OpenDKIM" >&2
"$RUN" "${common[@]}" --dkim on --queue disk --label postfix --results "$OUT/postfix" | tee "$OUT/postfix.txt"

run_phirelay() { # label binary
  local label=$1 bin=$2 state
  state=$(mktemp -d /tmp/phirelay-e2e.XXXXXX)
  local start="$HERE/phirelay-relay.sh start --state $state --backend $BACKEND --dkim rsa --log-level warn"
  [[ -n $bin ]] && start+=" --bin $bin"
  local stop="$HERE/phirelay-relay.sh stop --state $state"
  echo "== $label ($BACKEND, DKIM RSA-2048${bin:+, $bin})" >&2
  "$RUN" "${common[@]}" --relay-start "$start" --relay-stop "$stop" --label "$label" \
    --results "$OUT/$label" | tee "$OUT/$label.txt"
  rm -rf "$state"
}
run_phirelay phirelay "$BIN"
[[ -n $COMPARE_BIN ]] && run_phirelay phirelay-before "$COMPARE_BIN"

python3 - "$OUT" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
labels = [k for k in ("postfix", "phirelay", "phirelay-before") if (out / k / "summary.json").exists()]
s = {k: json.load(open(out / k / "summary.json")) for k in labels}
m = lambda d, k: d.get(k, {}).get("median", 0.0)
lines = []
for k in labels:
    d = s[k]
    lines.append(f"{k:15} accept {m(d,'accept_msgs_per_s'):7.0f} msg/s  e2e {m(d,'e2e_msgs_per_s'):7.0f} msg/s  "
                 f"relay cpu {m(d,'relay_cpu_ms_per_msg'):.3f} ms/msg ({m(d,'relay_cpu_cores_avg'):.2f} cores)  "
                 f"peak rss {m(d,'peak_rss_sum_mb'):.0f} MB  complete={d['all_complete']}")
ratio = m(s["phirelay"], "e2e_msgs_per_s") / max(m(s["postfix"], "e2e_msgs_per_s"), 1e-9)
lines.append(f"ratio phirelay/postfix end-to-end = {ratio:.2f}x")
if "phirelay-before" in s:
    before = m(s["phirelay-before"], "e2e_msgs_per_s") / max(m(s["postfix"], "e2e_msgs_per_s"), 1e-9)
    lines.append(f"ratio phirelay-before/postfix end-to-end = {before:.2f}x")
text = "\n".join(lines)
print(text)
(out / "summary.txt").write_text(text + "\n")
PY
