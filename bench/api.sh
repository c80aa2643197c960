#!/usr/bin/env bash
# api.sh - HTTP API submissions per second beside the SMTP figure, on the same
# relay in the same run (docs/performance.md#http-api).
#
#   bench/api.sh [--messages N] [--warmup N] [--clients N] [--size BYTES] [--bin PATH]
#
# One phirelay (SQLite, the release binary, relaying everything to smtp-sink on
# 127.0.0.1:2626) with [api] on 127.0.0.1:8444 and SMTP on 127.0.0.1:2525:
#  1. API: `oha` POSTs N JSON submissions (a 10 KiB text body, one recipient)
#     from C concurrent clients over HTTPS keep-alive connections, after a
#     warm-up; msg/s = N / wall time, and oha's latency percentiles;
#  2. SMTP: smtp-source sends N 10 KiB messages over C sessions (one connection
#     per message, as bench/accept.sh) to the same relay; msg/s likewise;
#  3. checks: every API answer was 202, and the store holds exactly
#     2 x warm-up + 2 x N messages with their `received` events; `audit verify`.
# Needs: oha (cargo install oha), smtp-source and smtp-sink (Debian: postfix),
# openssl. Loopback only; the ports must be free.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
N=20000 WARMUP=500 CLIENTS=20 SIZE=10240
BIN=$REPO/target/release/phirelay
while [[ $# -gt 0 ]]; do
  case "$1" in
    --messages) N=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --size) SIZE=$2; shift 2 ;;
    --bin) BIN=$2; shift 2 ;;
    *) echo "api.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
OHA=$(command -v oha || echo "$HOME/.cargo/bin/oha")
for t in "$OHA" smtp-source smtp-sink openssl "$BIN"; do
  [[ -x $t ]] || command -v "$t" >/dev/null || { echo "api.sh: missing $t" >&2; exit 1; }
done
WORK=$(mktemp -d /var/tmp/phirelay-api-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj "/CN=api.bench.test" -addext "subjectAltName=DNS:api.bench.test,IP:127.0.0.1" \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
cat >"$WORK/phirelay.toml" <<EOF
[server]
hostname = "relay.bench.test"
data_dir = "$WORK/data"

[log]
level = "warn"

[[listener]]
address = "127.0.0.1:2525"

[relay]
allowed_networks = ["127.0.0.0/8"]

[limits]
min_free_disk_mb = 1

[store]
backend = "sqlite"

[api]
enabled = true
listen = "127.0.0.1:8444"
cert = "$WORK/cert.pem"
key = "$WORK/key.pem"

[[transport.route]]
domain = "*"
host = "[127.0.0.1]:2626"
EOF
smtp-sink -u nobody 127.0.0.1:2626 1024 &
PIDS+=("$!")
"$BIN" migrate --config "$WORK/phirelay.toml" >/dev/null
KEY=$("$BIN" api-key create --name bench --scopes send --sender-domains example.test \
  --rate 100000/s --config "$WORK/phirelay.toml" | grep '^phr_')
"$BIN" serve --config "$WORK/phirelay.toml" >"$WORK/serve.out" 2>"$WORK/serve.log" &
PIDS+=("$!")
for _ in $(seq 100); do grep -q "phirelay ready" "$WORK/serve.out" && break; sleep 0.2; done

python3 - "$SIZE" >"$WORK/body.json" <<'PY'
import json, sys
size = int(sys.argv[1])
line = "The quick brown fox jumps over the lazy dog, and the benchmark goes on.\n"
text = (line * (size // len(line) + 1))[:size]
print(json.dumps({"from": "bench@example.test", "to": ["rcpt@dest.test"],
                  "subject": "relay benchmark", "text": text}))
PY

oha_run() {
  "$OHA" -n "$1" -c "$CLIENTS" --no-tui --output-format json --insecure \
    -m POST -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
    -D "$WORK/body.json" https://127.0.0.1:8444/v1/messages
}
oha_run "$WARMUP" >/dev/null
oha_run "$N" >"$WORK/oha.json"
smtp_run() {
  local t0 t1
  t0=$(date +%s.%N)
  smtp-source -s "$CLIENTS" -l "$SIZE" -r 1 -N -M client.example.test -f bench@example.test \
    -t rcpt@dest.test -S "relay benchmark" -m "$1" 127.0.0.1:2525
  t1=$(date +%s.%N)
  echo "$t0 $t1"
}
smtp_run "$WARMUP" >/dev/null
read -r S0 S1 < <(smtp_run "$N")

python3 - "$WORK/oha.json" "$N" "$S0" "$S1" <<'PY'
import json, sys
o = json.load(open(sys.argv[1]))
n, s0, s1 = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
codes = o.get("statusCodeDistribution", {})
lat = o.get("latencyPercentiles", {})
print(f"api:  {n / o['summary']['total']:.0f} msg/s  (status codes {codes}; "
      f"p50 {lat.get('p50', 0) * 1000:.1f} ms, p99 {lat.get('p99', 0) * 1000:.1f} ms)")
print(f"smtp: {n / (s1 - s0):.0f} msg/s")
if set(codes) != {"202"}:
    sys.exit("api.sh: not every API answer was 202")
PY
"$BIN" audit verify --config "$WORK/phirelay.toml" | head -1
want=$(( 2 * WARMUP + 2 * N ))
got=$(sqlite3 "$WORK/data/phirelay.db" "SELECT count(*) FROM messages")
events=$(sqlite3 "$WORK/data/phirelay.db" "SELECT count(*) FROM audit_events WHERE event = 'received'")
echo "stored: $got messages, $events received events (want $want)"
[[ $got == "$want" && $events == "$want" ]] || { echo "api.sh: FAILED: counts" >&2; exit 1; }
