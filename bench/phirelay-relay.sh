#!/usr/bin/env bash
# phirelay-relay.sh - start/stop phirelay (and its private PostgreSQL) for benchmarks.
#
#   bench/phirelay-relay.sh start  [--state DIR] [--port 2525] [--sink-port 2626]
#                                  [--backend sqlite|postgres] [--bin PATH]
#                                  [--log-level info] [--pg-port 5433]
#                                  [--pg-shared-buffers 128MB] [--max-batch N]
#                                  [--dkim off|rsa] [--append FILE]
#   bench/phirelay-relay.sh verify [--state DIR] --expect N [--out DIR] [--bin PATH]
#   bench/phirelay-relay.sh stop   [--state DIR] [--purge]
#
# "start" stops whatever a previous start left in the state dir, begins from an
# empty store (sqlite: a new database file; postgres: a new cluster made with
# initdb, Unix socket only, listen_addresses='', fsync=on, synchronous_commit=on),
# writes DIR/relay.toml, starts `phirelay serve`, waits for its "phirelay ready"
# line and prints one line
#     PIDS <phirelay-pid> [<postmaster-pid>]
# on stdout: the process trees to measure. This is the --relay-start contract of
# /work/shared/bench/postfix/run.sh (TARGET_PORT / SINK_PORT from the environment
# are the defaults of --port / --sink-port). The config routes every domain to
# [127.0.0.1]:SINK_PORT ([[transport.route]]); --dkim rsa adds an RSA-2048 key
# for example.test, as the Postfix + OpenDKIM relay signs. --append FILE adds
# FILE's TOML at the end of the config (e.g. a [[policy.rule]] for a load).
# "verify" (default --bin: the one "start" used) counts messages, content rows,
# recipients and `received` audit events in the store (each must equal N; also
# recipients by state and events by type), runs `phirelay audit verify` (must
# exit 0) and writes store.json / audit.json / audit-verify.txt to --out
# (default: DIR).
# "stop" sends SIGTERM to phirelay (SIGKILL after 40 s) and stops PostgreSQL
# (pg_ctl -m fast); --purge also removes the state dir.
# Default state dir: $PHIRELAY_BENCH_STATE or /tmp/phirelay-bench. Needs root for
# postgres (the server runs as the `postgres` user via runuser).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
PY=/usr/bin/python3
PGBIN=/usr/lib/postgresql/15/bin

CMD=${1:-}; shift || true
STATE=${PHIRELAY_BENCH_STATE:-/tmp/phirelay-bench}
PORT=${TARGET_PORT:-2525}
SINK_PORT=${SINK_PORT:-2626}
BACKEND=sqlite
BIN=$REPO/target/release/phirelay
BIN_SET=0
LOG_LEVEL=info
PG_PORT=5433
PG_SHARED_BUFFERS=128MB
MAX_BATCH=""
DKIM=off
EXPECT=""
OUT=""
PURGE=0
APPEND=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --state) STATE=$2; shift ;;
    --port) PORT=$2; shift ;;
    --sink-port) SINK_PORT=$2; shift ;;
    --backend) BACKEND=$2; shift ;;
    --bin) BIN=$2; BIN_SET=1; shift ;;
    --log-level) LOG_LEVEL=$2; shift ;;
    --pg-port) PG_PORT=$2; shift ;;
    --pg-shared-buffers) PG_SHARED_BUFFERS=$2; shift ;;
    --max-batch) MAX_BATCH=$2; shift ;;
    --dkim) DKIM=$2; shift ;;
    --expect) EXPECT=$2; shift ;;
    --out) OUT=$2; shift ;;
    --purge) PURGE=1 ;;
    --append) APPEND=$2; shift ;;
    -h|--help) sed -n '2,33p' "$0"; exit 0 ;;
    *) echo "phirelay-relay.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$BACKEND" in sqlite|postgres) ;; *) echo "phirelay-relay.sh: --backend sqlite|postgres" >&2; exit 2 ;; esac

CONF=$STATE/relay.toml
PGDIR=$STATE/pg
log() { echo "[phirelay-relay] $*" >&2; }
alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }
listening() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

# Run a PostgreSQL server tool as the cluster owner (postgres refuses to run as root).
as_pg() {
  if [[ $EUID == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
pg_port() { cat "$PGDIR/port" 2>/dev/null || echo "$PG_PORT"; }
psql_q() {  # psql_q DB SQL -> unaligned tuples
  /usr/bin/psql --no-psqlrc -X -q -At -v ON_ERROR_STOP=1 -h "$PGDIR" -p "$(pg_port)" -U postgres -d "$1" -c "$2"
}
postmaster_pid() { [[ -s $PGDIR/data/postmaster.pid ]] && head -1 "$PGDIR/data/postmaster.pid" || true; }

pg_start() {
  mkdir -p "$PGDIR"
  if [[ $EUID == 0 ]]; then chown postgres:postgres "$PGDIR"; fi
  chmod 700 "$PGDIR"
  echo "$PG_PORT" >"$PGDIR/port.tmp"; mv "$PGDIR/port.tmp" "$PGDIR/port"
  as_pg "$PGBIN/initdb" -A trust -U postgres --no-instructions -E UTF8 --locale=C \
    -D "$PGDIR/data" >"$STATE/initdb.log" 2>&1 || { log "initdb failed"; cat "$STATE/initdb.log" >&2; exit 1; }
  as_pg tee -a "$PGDIR/data/postgresql.conf" >/dev/null <<EOF
# bench/phirelay-relay.sh: private cluster, Unix socket only; durability as in production
listen_addresses = ''
unix_socket_directories = '$PGDIR'
port = $PG_PORT
fsync = on
synchronous_commit = on
full_page_writes = on
wal_sync_method = fdatasync
shared_buffers = $PG_SHARED_BUFFERS
max_connections = 100
timezone = 'UTC'
log_checkpoints = on
EOF
  as_pg "$PGBIN/pg_ctl" start -w -t 60 -D "$PGDIR/data" -l "$PGDIR/server.log" >/dev/null \
    || { log "pg_ctl start failed"; cat "$PGDIR/server.log" >&2; exit 1; }
  psql_q postgres "CREATE DATABASE phirelay" >/dev/null
}

pg_stop() {
  local pp; pp=$(postmaster_pid)
  if alive "$pp"; then
    as_pg "$PGBIN/pg_ctl" stop -m fast -w -t 60 -D "$PGDIR/data" >/dev/null 2>&1 \
      || { log "pg_ctl stop failed; SIGQUIT $pp"; kill -QUIT "$pp" 2>/dev/null || true; }
  fi
}

relay_stop() {
  local pid comm
  pid=$(cat "$STATE/relay.pid" 2>/dev/null || true)
  # the process name is the binary's file name, cut to 15 characters by the kernel
  comm=$(basename "$(cat "$STATE/bin" 2>/dev/null || echo phirelay)" | cut -c1-15)
  if alive "$pid" && [[ $(cat /proc/"$pid"/comm 2>/dev/null) == "$comm" ]]; then
    kill -TERM "$pid"
    for _ in $(seq 1 400); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then log "phirelay $pid still alive after 40 s, SIGKILL"; kill -9 "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$STATE/relay.pid"
}

write_config() {
  local store
  if [[ $BACKEND == sqlite ]]; then
    store="backend = \"sqlite\"
path = \"$STATE/data/phirelay.db\"
master_key_file = \"$STATE/data/master.key\""
  else
    store="backend = \"postgres\"
url = \"postgres://postgres@localhost/phirelay?host=$PGDIR&port=$PG_PORT&sslmode=disable\"
master_key_file = \"$STATE/data/master.key\"
create_master_key = true"
  fi
  [[ -n $MAX_BATCH ]] && store+=$'\n'"max_batch = $MAX_BATCH"
  cat >"$CONF" <<EOF
# written by bench/phirelay-relay.sh (backend $BACKEND, dkim $DKIM)
[server]
hostname = "relay.example.test"
data_dir = "$STATE/data"
shutdown_grace_secs = 10

[log]
format = "text"
level = "$LOG_LEVEL"

[[listener]]
address = "127.0.0.1:$PORT"
mode = "smtp"

[relay]
allowed_networks = ["127.0.0.0/8"]

# Everything to the benchmark's sink on loopback: never the machine's DNS.
[[transport.route]]
domain = "*"
host = "[127.0.0.1]:$SINK_PORT"

[store]
$store
EOF
  if [[ $DKIM == rsa || $DKIM == on ]]; then
    # RSA-2048 for the sender's domain, as the Postfix + OpenDKIM relay signs.
    [[ -f $STATE/dkim-rsa.pem ]] || "$BIN" dkim keygen --domain example.test --selector bench \
      --algo rsa --out "$STATE/dkim-rsa.pem" >/dev/null
    printf '\n[[dkim.key]]\ndomain = "example.test"\nselector = "bench"\nalgorithm = "rsa"\nprivate_key = "%s"\n' \
      "$STATE/dkim-rsa.pem" >>"$CONF"
  fi
  [[ -n $APPEND ]] && { printf '\n'; cat "$APPEND"; } >>"$CONF"
  # Every stage on, the metrics too (a build from before [metrics] existed
  # refuses the section: then it runs without).
  cp "$CONF" "$CONF.nometrics"
  printf '\n[metrics]\nenabled = true\nlisten = "127.0.0.1:0"\n' >>"$CONF"
  if ! "$BIN" check-config --config "$CONF" >/dev/null 2>&1; then
    mv "$CONF.nometrics" "$CONF"
  fi
}

do_stop() {
  relay_stop
  [[ -d $PGDIR ]] && pg_stop
  return 0
}

do_start() {
  [[ -x $BIN ]] || { log "$BIN not found: run cargo build --release"; exit 1; }
  do_stop
  if listening "$PORT"; then log "port $PORT is already in use"; exit 1; fi
  mkdir -p "$STATE"; chmod 755 "$STATE"     # the postgres user must reach $STATE/pg
  rm -rf "$STATE/data" "$PGDIR"
  echo "$BACKEND" >"$STATE/backend"
  echo "$BIN" >"$STATE/bin"
  local pp=""
  if [[ $BACKEND == postgres ]]; then pg_start; pp=$(postmaster_pid); fi
  write_config

  : >"$STATE/relay.out"
  (cd "$STATE" && exec "$BIN" serve --config "$CONF" >"$STATE/relay.out" 2>"$STATE/relay.log" </dev/null) &
  local pid=$!
  echo "$pid" >"$STATE/relay.pid"
  for _ in $(seq 1 300); do
    grep -q '^phirelay ready' "$STATE/relay.out" && break
    alive "$pid" || break
    sleep 0.1
  done
  if ! grep -q '^phirelay ready' "$STATE/relay.out"; then
    log "phirelay did not become ready:"; tail -20 "$STATE/relay.log" >&2; do_stop; exit 1
  fi
  log "phirelay pid=$pid backend=$BACKEND listening 127.0.0.1:$PORT${pp:+ postmaster=$pp} state=$STATE"
  echo "PIDS $pid${pp:+ $pp}"
}

do_verify() {
  [[ -n $EXPECT ]] || { log "verify needs --expect N"; exit 2; }
  local out=${OUT:-$STATE} rc=0 arc=0 backend
  backend=$(cat "$STATE/backend")
  [[ $BIN_SET == 1 ]] || BIN=$(cat "$STATE/bin" 2>/dev/null || echo "$BIN")
  mkdir -p "$out"
  if [[ $backend == sqlite ]]; then
    $PY "$HERE/measure.py" sqlite-store "$STATE/data/phirelay.db" --expect "$EXPECT" >"$out/store.json" || rc=$?
  else
    local j
    j=$(psql_q phirelay "SELECT json_build_object(
        'messages', (SELECT count(*) FROM messages),
        'message_content', (SELECT count(*) FROM message_content),
        'recipients', (SELECT count(*) FROM recipients),
        'recipients_queued', (SELECT count(*) FROM recipients WHERE state = 'queued'),
        'recipients_by_state', (SELECT coalesce(json_object_agg(state, n), '{}')
                                FROM (SELECT state, count(*) AS n FROM recipients GROUP BY state) x),
        'events_by_type', (SELECT coalesce(json_object_agg(event, n), '{}')
                           FROM (SELECT event, count(*) AS n FROM audit_events GROUP BY event) x),
        'received_events', (SELECT count(*) FROM audit_events WHERE event = 'received'),
        'audit_events', (SELECT count(*) FROM audit_events),
        'audit_head_seq', (SELECT seq FROM audit_head WHERE id = 1),
        'ciphertext_bytes', (SELECT coalesce(sum(length(ciphertext)), 0) FROM message_content),
        'plaintext_bytes', (SELECT coalesce(sum(size), 0) FROM messages),
        'table_bytes', (SELECT json_object_agg(t, pg_total_relation_size(t::regclass))
                        FROM unnest(ARRAY['messages','message_content','recipients','audit_events']) t),
        'disk_bytes', (SELECT sum(pg_total_relation_size(t::regclass))
                       FROM unnest(ARRAY['messages','message_content','recipients','audit_events']) t),
        'database_bytes', pg_database_size('phirelay'),
        'xact_commit', (SELECT xact_commit FROM pg_stat_database WHERE datname = 'phirelay'),
        'wal', (SELECT json_build_object('records', wal_records, 'fpi', wal_fpi, 'bytes', wal_bytes,
                                         'writes', wal_write, 'syncs', wal_sync) FROM pg_stat_wal))") || rc=$?
    local wal; wal=$(du -sb "$PGDIR/data/pg_wal" 2>/dev/null | cut -f1)
    $PY - "$EXPECT" "${wal:-0}" "$j" >"$out/store.json" <<'EOF' || rc=$?
import json, sys
expect, wal, res = int(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3])
res["pg_wal_dir_bytes"] = wal
res["disk_bytes_per_msg"] = round(res["disk_bytes"] / max(1, res["messages"]))
res["expected"] = expect
res["ok"] = all(res[k] == expect for k in ("messages", "message_content", "recipients", "received_events"))
print(json.dumps(res))
sys.exit(0 if res["ok"] else 1)
EOF
  fi
  "$BIN" audit verify --config "$CONF" >"$out/audit-verify.txt" 2>&1 || arc=$?
  $PY -c 'import json,sys; print(json.dumps({"ok": sys.argv[1] == "0", "rc": int(sys.argv[1]), "output": open(sys.argv[2]).read().strip()}))' \
    "$arc" "$out/audit-verify.txt" >"$out/audit.json"
  [[ $rc == 0 ]] || log "store check FAILED (expected $EXPECT): $(cat "$out/store.json" 2>/dev/null)"
  [[ $arc == 0 ]] || log "audit verify FAILED (exit $arc): $(cat "$out/audit-verify.txt")"
  [[ $rc == 0 && $arc == 0 ]]
}

case "$CMD" in
  start) do_start ;;
  stop) do_stop; [[ $PURGE == 1 ]] && rm -rf "$STATE"; exit 0 ;;
  verify) do_verify ;;
  *) sed -n '2,31p' "$0"; exit 2 ;;
esac
