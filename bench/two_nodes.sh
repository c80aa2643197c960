#!/usr/bin/env bash
# two_nodes.sh - one node against two nodes on one PostgreSQL, in one sitting.
#
#   bench/two_nodes.sh [--messages 10000] [--no-build] [--bin PATH]
#
# The load of bench/e2e.sh (10 KiB messages, 20 SMTP sessions, one recipient,
# DKIM RSA-2048, a private PostgreSQL with fsync and synchronous_commit on),
# timed the way ../shared/bench/postfix/run.sh times it (its bench.py: from the
# first connection until smtp-sink has counted every message; CPU of the relay
# process trees, PostgreSQL included). Two rounds, each on a fresh cluster:
#   1 node:  20 sessions to node A;
#   2 nodes: 10 sessions to node A and 10 to node B, at the same time; both
#            nodes share the database, the queue and the master key.
# Prints msg/s for both and the ratio. Both nodes run on this machine: on a box
# whose cores one node already fills, the ratio shows the cost of sharing, not
# the gain of a second server (docs/scaling.md).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
BENCHPY=$SHARED/bench/postfix/bench.py
MESSAGES=10000
BUILD=1
BIN=$REPO/target/release/phirelay
PORT_A=2525 PORT_B=2527 SINK_PORT=2626
while [[ $# -gt 0 ]]; do
  case "$1" in
    --messages) MESSAGES=$2; shift ;;
    --no-build) BUILD=0 ;;
    --bin) BIN=$2; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "two_nodes.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -f $BENCHPY ]] || { echo "two_nodes.sh: $BENCHPY not found (../shared beside the repository)" >&2; exit 1; }
if [[ $BUILD == 1 ]]; then (cd "$REPO" && cargo build --release); fi
OUT=$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)-two-nodes
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/phirelay-2n.XXXXXX)
chmod 755 "$WORK"
SINK_PID="" B_PID=""
log() { echo "[two_nodes] $*" >&2; }
listening() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q "127.0.0.1:$1"; }
wait_listen() { for _ in $(seq 1 200); do listening "$1" && return 0; sleep 0.05; done; return 1; }

stop_all() {
  [[ -n $B_PID ]] && { kill -TERM "$B_PID" 2>/dev/null || true; wait "$B_PID" 2>/dev/null || true; B_PID=""; }
  "$HERE/phirelay-relay.sh" stop --state "$WORK/a" >/dev/null 2>&1 || true
  [[ -n $SINK_PID ]] && { kill "$SINK_PID" 2>/dev/null || true; wait "$SINK_PID" 2>/dev/null || true; SINK_PID=""; }
}
trap 'stop_all; rm -rf "$WORK"' EXIT

# Node B: node A's config with its own node id, port and data dir; the same
# database and master key file.
start_b() {
  local conf=$WORK/b.toml
  mkdir -p "$WORK/b"
  sed -e "s#^data_dir = .*#data_dir = \"$WORK/b/data\"\nnode_id = \"node-b\"#" \
      -e "s#127.0.0.1:$PORT_A#127.0.0.1:$PORT_B#" "$WORK/a/relay.toml" >"$conf"
  (cd "$WORK/b" && exec "$BIN" serve --config "$conf" >"$WORK/b/relay.out" 2>"$WORK/b/relay.log" </dev/null) &
  B_PID=$!
  for _ in $(seq 1 300); do grep -q '^phirelay ready' "$WORK/b/relay.out" 2>/dev/null && return 0; sleep 0.1; done
  log "node B did not become ready:"; tail -20 "$WORK/b/relay.log" >&2; exit 1
}

# round LABEL NODES
round() {
  local label=$1 nodes=$2 count=$WORK/count-$1 pids half
  SRC=(-l 10240 -r 1 -N -M client.example.test -f bench@example.test -t rcpt@dest.test -S "relay benchmark")
  /usr/sbin/smtp-sink -u nobody -c "127.0.0.1:$SINK_PORT" 1024 >"$count" 2>"$OUT/sink-$label.err" &
  SINK_PID=$!
  wait_listen "$SINK_PORT" || { log "smtp-sink did not start"; exit 1; }
  pids=$(TARGET_PORT=$PORT_A SINK_PORT=$SINK_PORT "$HERE/phirelay-relay.sh" start --state "$WORK/a" \
    --backend postgres --dkim rsa --log-level warn --bin "$BIN" | grep '^PIDS ' | cut -d' ' -f2-)
  if [[ $nodes == 2 ]]; then start_b; pids="$pids $B_PID"; fi
  # warm-up, not measured
  /usr/sbin/smtp-source "${SRC[@]}" -s 10 -m 200 "127.0.0.1:$PORT_A" >/dev/null
  local n=0
  for _ in $(seq 1 600); do
    n=$(tr '\r' '\n' <"$count" | tail -1 | sed -n 's/.*mesg=\([0-9]*\).*/\1/p')
    [[ ${n:-0} -ge 200 ]] && break; sleep 0.1
  done
  [[ ${n:-0} -ge 200 ]] || { log "warm-up did not arrive at the sink (${n:-0})"; exit 1; }
  half=$((MESSAGES / 2))
  local cmd="/usr/sbin/smtp-source ${SRC[*]@Q} -s 20 -m $MESSAGES 127.0.0.1:$PORT_A"
  if [[ $nodes == 2 ]]; then
    cmd="/usr/sbin/smtp-source ${SRC[*]@Q} -s 10 -m $half 127.0.0.1:$PORT_A & /usr/sbin/smtp-source ${SRC[*]@Q} -s 10 -m $((MESSAGES - half)) 127.0.0.1:$PORT_B; wait"
  fi
  log "$label: $MESSAGES messages, pids $pids"
  python3 "$BENCHPY" measure --pids "$pids" --sink-pid "$SINK_PID" --sink-count-file "$count" \
    --expect "$MESSAGES" --timeout 900 -- bash -c "$cmd" >"$OUT/$label.json"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%-8s e2e %6.0f msg/s  relay+pg cpu %.3f ms/msg  delivered %d" % (sys.argv[2], r["e2e_msgs_per_s"], r["relay_cpu_ms_per_msg"], r["delivered"]))' \
    "$OUT/$label.json" "$label" | tee -a "$OUT/summary.txt"
  stop_all
}

round one-node 1
round two-nodes 2
python3 - "$OUT" <<'EOF' | tee -a "$OUT/summary.txt"
import json, sys
one = json.load(open(f"{sys.argv[1]}/one-node.json"))["e2e_msgs_per_s"]
two = json.load(open(f"{sys.argv[1]}/two-nodes.json"))["e2e_msgs_per_s"]
print(f"ratio two nodes / one node = {two / one:.2f}x")
EOF
