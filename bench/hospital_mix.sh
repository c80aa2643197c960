#!/usr/bin/env bash
# hospital_mix.sh - the hospital mix beside the 10 KiB load, in one sitting.
#
#   bench/hospital_mix.sh [--messages 10000] [--backend sqlite|postgres] [--no-build]
#
# Two runs of the same relay setup (bench/phirelay-relay.sh: DKIM RSA-2048,
# classification on, a fresh store each):
#   10k:  smtp-source's 10 KiB messages (the load of bench/e2e.sh), timed by
#         ../shared/bench/postfix/run.sh;
#   mix:  200 synthetic hospital messages (bench/hospital_mix.py: plain and HTML
#         bodies, PDF, DOCX, CSV and HTML attachments, about a third PHI, mean
#         ~10 KiB, a long tail to a few hundred KiB) sent in turn over 20 sessions
#         by an asyncio client, timed the same way (run.sh's bench.py).
# Both runs carry a [[policy.rule]] that delivers PHI to the sink's domain: the
# sink has no TLS, and a PHI message's usual `tls-required` would hold it for the
# portal. Classification runs in full either way; only the decision differs.
# Prints msg/s, MB/s and relay CPU per message for both.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
RUN=$SHARED/bench/postfix/run.sh
BENCHPY=$SHARED/bench/postfix/bench.py
MESSAGES=10000
BACKEND=sqlite
BUILD=1
PORT=2525 SINK_PORT=2626
while [[ $# -gt 0 ]]; do
  case "$1" in
    --messages) MESSAGES=$2; shift ;;
    --backend) BACKEND=$2; shift ;;
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "hospital_mix.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -x $RUN && -f $BENCHPY ]] || { echo "hospital_mix.sh: ../shared/bench/postfix not found" >&2; exit 1; }
if [[ $BUILD == 1 ]]; then (cd "$REPO" && cargo build --release); fi
OUT=$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)-hospital-mix
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/phirelay-mix.XXXXXX)
chmod 755 "$WORK"
SINK_PID=""
log() { echo "[hospital_mix] $*" >&2; }
listening() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q "127.0.0.1:$1"; }
wait_listen() { for _ in $(seq 1 200); do listening "$1" && return 0; sleep 0.05; done; return 1; }
stop_all() {
  "$HERE/phirelay-relay.sh" stop --state "$WORK/relay" >/dev/null 2>&1 || true
  [[ -n $SINK_PID ]] && { kill "$SINK_PID" 2>/dev/null || true; wait "$SINK_PID" 2>/dev/null || true; SINK_PID=""; }
}
trap 'stop_all; rm -rf "$WORK"' EXIT

cat >"$WORK/policy.toml" <<'EOF'
[[policy.rule]]
id = "bench-sink"
recipient_domains = ["dest.test"]
phi = "deliver"
nonphi = "deliver"
EOF
python3 "$HERE/hospital_mix.py" make "$WORK/mix" --count 200 | tee "$OUT/mix.txt"
START="$HERE/phirelay-relay.sh start --state $WORK/relay --backend $BACKEND --dkim rsa --log-level warn --append $WORK/policy.toml"

log "10 KiB messages ($BACKEND)"
"$RUN" --messages "$MESSAGES" --repeat 1 --sessions 20 --size 10240 --rcpts 1 \
  --relay-start "$START" --relay-stop "$HERE/phirelay-relay.sh stop --state $WORK/relay" \
  --label phirelay-10k --results "$OUT/10k" >"$OUT/10k.txt" 2>&1
python3 -c 'import json,glob,sys; r=json.load(open(sorted(glob.glob(sys.argv[1]+"/run-*.json"))[-1])); print("10k  e2e %6.0f msg/s  %5.1f MB/s  relay cpu %.3f ms/msg  delivered %d" % (r["e2e_msgs_per_s"], r["e2e_msgs_per_s"]*10240/1e6, r["relay_cpu_ms_per_msg"], r["delivered"]))' \
  "$OUT/10k" | tee -a "$OUT/summary.txt"

log "hospital mix ($BACKEND)"
/usr/sbin/smtp-sink -u nobody -c "127.0.0.1:$SINK_PORT" 1024 >"$WORK/count" 2>"$OUT/sink.err" &
SINK_PID=$!
wait_listen "$SINK_PORT" || { log "smtp-sink did not start"; exit 1; }
pids=$(TARGET_PORT=$PORT SINK_PORT=$SINK_PORT bash -c "$START" | grep '^PIDS ' | cut -d' ' -f2-)
python3 "$HERE/hospital_mix.py" send "$WORK/mix" --port "$PORT" --messages 200 --sessions 10
n=0
for _ in $(seq 1 600); do
  n=$(tr '\r' '\n' <"$WORK/count" | tail -1 | sed -n 's/.*mesg=\([0-9]*\).*/\1/p')
  [[ ${n:-0} -ge 200 ]] && break; sleep 0.1
done
[[ ${n:-0} -ge 200 ]] || { log "warm-up did not arrive at the sink (${n:-0})"; exit 1; }
python3 "$BENCHPY" measure --pids "$pids" --sink-pid "$SINK_PID" --sink-count-file "$WORK/count" \
  --expect "$MESSAGES" --timeout 900 -- \
  python3 "$HERE/hospital_mix.py" send "$WORK/mix" --port "$PORT" --messages "$MESSAGES" --sessions 20 \
  >"$OUT/mix.json"
MEAN=$(du -cb "$WORK"/mix/*.eml | tail -1 | awk '{print $1 / 200}')
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); m=float(sys.argv[2]); print("mix  e2e %6.0f msg/s  %5.1f MB/s  relay cpu %.3f ms/msg  delivered %d" % (r["e2e_msgs_per_s"], r["e2e_msgs_per_s"]*m/1e6, r["relay_cpu_ms_per_msg"], r["delivered"]))' \
  "$OUT/mix.json" "$MEAN" | tee -a "$OUT/summary.txt"
