#!/usr/bin/env bash
# The compliance verbs at scale: `audit verify` (whole chain, and incremental
# from the last checkpoint), `audit export` (JSON lines and CSV) on a log of
# --rows audit rows (four per message: received, classified, attempt,
# delivered, shaped like the relay's own), on SQLite and on a private
# PostgreSQL 15 cluster. Prints rows/s, peak RSS and the storage the rows take.
#
#   bench/audit.sh [--rows 1000000] [--bin target/release/phirelay] [--backends sqlite,postgres]
#
# Loopback/Unix sockets only. PostgreSQL runs as user postgres (needs root).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=1000000
BIN=target/release/phirelay
BACKENDS=sqlite,postgres
while (($#)); do
  case $1 in
    --rows) ROWS=$2; shift ;;
    --bin) BIN=$2; shift ;;
    --backends) BACKENDS=$2; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "audit.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -x $BIN ]] || { echo "audit.sh: build first: cargo build --release" >&2; exit 2; }
BIN=$(realpath "$BIN")
PGBIN=/usr/lib/postgresql/15/bin
WORK=$(mktemp -d /tmp/phirelay-audit-bench.XXXX)
chmod 755 "$WORK"
PGDIR=$WORK/pg
trap 'if [[ -d $PGDIR/data ]]; then runuser -u postgres -- $PGBIN/pg_ctl stop -m immediate -D $PGDIR/data >/dev/null 2>&1 || true; fi; rm -rf "$WORK"' EXIT

# time_cmd LABEL ROWS CMD...: run under /usr/bin/time, print seconds, rows/s, peak RSS.
time_cmd() {
  local label=$1 rows=$2; shift 2
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >"$WORK/out" 2>&1 || { cat "$WORK/out" >&2; exit 1; }
  read -r secs kb <"$WORK/time"
  local rate=-
  ((rows > 0)) && rate=$(python3 -c "print(round($rows / max($secs, 0.001)))")
  printf '  %-38s %8.2f s  %10s rows/s  peak RSS %6d MiB\n' "$label" "$secs" "$rate" $((kb / 1024))
}

config() {  # config STORE_TOML
  mkdir -p "$WORK/data"
  cat >"$WORK/relay.toml" <<EOF
[server]
data_dir = "$WORK/data"
[store]
$1
EOF
}

run_backend() {
  local b=$1 first_day=2025-11-24 last_day=2025-12-31
  echo "$b: $ROWS audit rows"
  case $b in
    sqlite)
      rm -rf "$WORK/data"; config "backend = \"sqlite\"
path = \"$WORK/data/phirelay.db\""
      "$BIN" migrate --config "$WORK/relay.toml" >/dev/null
      time_cmd "write rows (python, not phirelay)" "$ROWS" python3 bench/audit_rows.py sqlite "$WORK/data/phirelay.db" "$ROWS"
      echo "  storage: $(du -m "$WORK/data/phirelay.db" | cut -f1) MiB database file"
      ;;
    postgres)
      local port=$((20000 + RANDOM % 20000))
      mkdir -p "$PGDIR"; chown postgres:postgres "$PGDIR"
      runuser -u postgres -- $PGBIN/initdb -A trust -U postgres --no-instructions -E UTF8 --locale=C -D "$PGDIR/data" >/dev/null
      printf "listen_addresses = ''\nunix_socket_directories = '%s'\nport = %d\nfsync = on\nsynchronous_commit = on\ntimezone = 'UTC'\n" "$PGDIR" "$port" \
        | runuser -u postgres -- tee -a "$PGDIR/data/postgresql.conf" >/dev/null
      runuser -u postgres -- $PGBIN/pg_ctl start -w -D "$PGDIR/data" -l "$PGDIR/server.log" >/dev/null
      psql -X -q -h "$PGDIR" -p "$port" -U postgres -d postgres -c "CREATE DATABASE phirelay"
      rm -rf "$WORK/data"; config "backend = \"postgres\"
url = \"postgres://postgres@localhost/phirelay?host=$PGDIR&port=$port&sslmode=disable\"
create_master_key = true"
      "$BIN" migrate --config "$WORK/relay.toml" >/dev/null
      # The generated rows start 2025-11-24: their months get partitions, as
      # serve makes them for live months.
      psql -X -q -At -h "$PGDIR" -p "$port" -U postgres -d phirelay -c "SELECT audit_partitions_ensure(3, 1764000000000000)" >/dev/null
      python3 bench/audit_rows.py copy "$ROWS" 2>"$WORK/head" \
        | psql -X -q -h "$PGDIR" -p "$port" -U postgres -d phirelay -c "COPY audit_events (seq, at_us, node, event, message_id, recipient, actor, details, prev_hash, hash) FROM STDIN"
      read -r seq hash <"$WORK/head"
      psql -X -q -h "$PGDIR" -p "$port" -U postgres -d phirelay \
        -c "UPDATE audit_head SET seq = $seq, hash = decode('$hash', 'hex') WHERE id = 1" -c "VACUUM ANALYZE audit_events"
      echo "  storage: $(psql -X -At -h "$PGDIR" -p "$port" -U postgres -d phirelay \
        -c "SELECT (sum(pg_total_relation_size(inhrelid)) / 1048576)::bigint FROM pg_inherits WHERE inhparent = 'audit_events'::regclass") MiB audit_events partitions with indexes, $(psql -X -At -h "$PGDIR" -p "$port" -U postgres -d phirelay \
        -c "SELECT count(*) FROM audit_events_default") rows in the default partition"
      ;;
  esac
  time_cmd "audit verify (whole chain)" "$ROWS" "$BIN" audit verify --config "$WORK/relay.toml"
  grep -q "audit chain ok: $ROWS events" "$WORK/out" || { cat "$WORK/out" >&2; exit 1; }
  time_cmd "audit checkpoint (verify + sign)" "$ROWS" "$BIN" audit checkpoint --config "$WORK/relay.toml"
  time_cmd "audit verify --from last-checkpoint" 0 "$BIN" audit verify --config "$WORK/relay.toml" --from last-checkpoint
  for f in jsonl csv; do
    time_cmd "audit export --format $f" "$ROWS" "$BIN" audit export --config "$WORK/relay.toml" \
      --from $first_day --to $last_day --format $f --out "$WORK/export.$f"
    echo "    $(du -m "$WORK/export.$f" | cut -f1) MiB, $(wc -l <"$WORK/export.$f") lines"
  done
  if [[ $b == postgres ]]; then runuser -u postgres -- $PGBIN/pg_ctl stop -m fast -D "$PGDIR/data" >/dev/null; fi
}

echo "phirelay $("$BIN" --version | cut -d' ' -f2), $(nproc) cores, $(date -u +%FT%TZ)"
IFS=, read -ra list <<<"$BACKENDS"
for b in "${list[@]}"; do run_backend "$b"; done
