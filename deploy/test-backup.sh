#!/usr/bin/env bash
# test-backup.sh - rehearse a backup and a restore the way docs/install.md and
# docs/operations.md#backups describe them, on SQLite and on PostgreSQL:
#
#  1. a relay accepts three messages it cannot deliver yet (they wait, sealed);
#  2. backup while it runs: the database (sqlite3 .backup, or pg_dump as the
#     owner) and the key files, kept apart;
#  3. a fourth message arrives after the backup; then the server is "lost"
#     (the relay stops, its data directory or database is destroyed);
#  4. restore into a new place: the database and the keys (mode 0600);
#     check-config, audit verify (the chain holds, up to the backup's head),
#     queue list (the three are there, the fourth is not: docs say so);
#  5. start the restored relay with its destination up: the three are
#     delivered, so their content opened with the restored master key;
#  6. the same database without its master key: check-config refuses it,
#     naming the key file (without the key the content is gone, by design).
#
# Run by hand (about a minute; not part of CI), as any user; as root the
# PostgreSQL server runs as the `postgres` user (initdb refuses root):
#
#   deploy/test-backup.sh [sqlite|postgres|both]      (default: both)
#
# KEEP=1 keeps the work directory (configs, logs, the sink's messages).
#
# Needs: sqlite3, pg_dump/pg_restore and /usr/lib/postgresql/15/bin (for
# postgres), smtp-sink (Debian package postfix), python3. Uses the release
# binary ($PHIRELAY, default target/release/phirelay; built when missing).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
BIN=${PHIRELAY:-$REPO/target/release/phirelay}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
WHICH=${1:-both}
case "$WHICH" in sqlite|postgres|both) ;; *) echo "usage: $0 [sqlite|postgres|both]" >&2; exit 2 ;; esac

step() { echo "== $*" >&2; }
fail() { echo "test-backup.sh: FAILED: $*" >&2; exit 1; }
for tool in sqlite3 smtp-sink python3; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt install sqlite3 postfix python3)"
done
if [[ ! -x $BIN ]]; then
  step "build $BIN"
  (cd "$REPO" && cargo build --release --locked)
fi

WORK=$(mktemp -d /var/tmp/phirelay-backup.XXXXXX)
chmod 755 "$WORK"
PIDS=()
PG_DATA=""
as_pg() { if [[ $EUID == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -n $PG_DATA ]] && as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true
  if [[ ${KEEP:-0} == 1 ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SMTP=$(free_port)
SINK=$(free_port)

# The config: SQLite or PostgreSQL store in $2, data dir $3; mail for
# restore.test goes to the sink port (nothing listens there until step 5).
write_config() {
  local file=$1 store=$2 data=$3
  cat >"$file" <<EOF
[server]
hostname = "relay.backup.test"
data_dir = "$data"
shutdown_grace_secs = 5

[[listener]]
address = "127.0.0.1:$SMTP"

[relay]
allowed_networks = ["127.0.0.0/8"]

[limits]
min_free_disk_mb = 1

[store]
$store

[queue]
poll_interval_ms = 200
retry_schedule_secs = [1]

[[transport.route]]
domain = "restore.test"
host = "[127.0.0.1]:$SINK"
EOF
}

RELAY=""
start_relay() {
  local cfg=$1 out=$2
  "$BIN" serve --config "$cfg" >"$out" 2>"$out.log" &
  RELAY=$!
  PIDS+=("$RELAY")
  for _ in $(seq 100); do
    grep -q "phirelay ready" "$out" 2>/dev/null && return 0
    kill -0 "$RELAY" 2>/dev/null || { cat "$out.log" >&2; fail "the relay did not start"; }
    sleep 0.2
  done
  cat "$out.log" >&2
  fail "the relay did not become ready"
}
stop_relay() {
  kill -TERM "$RELAY"
  wait "$RELAY" 2>/dev/null || true
}

send() {
  python3 - "$SMTP" "$1" <<'EOF'
import smtplib, sys
port, marker = int(sys.argv[1]), sys.argv[2]
msg = f"From: clinic@backup.test\r\nTo: patient@restore.test\r\nSubject: {marker}\r\n\r\nbody {marker}\r\n"
with smtplib.SMTP("127.0.0.1", port, timeout=30) as s:
    s.sendmail("clinic@backup.test", ["patient@restore.test"], msg)
EOF
}

# Recipients `queue list --json` shows (pending ones).
pending() { "$BIN" queue list --json --config "$1" | grep -c '"queue_id"' || true; }
wait_pending() {
  local cfg=$1 want=$2
  for _ in $(seq 100); do
    [[ $(pending "$cfg") == "$want" ]] && return 0
    sleep 0.2
  done
  fail "expected $want pending recipient(s), found $(pending "$cfg")"
}

# Steps 4 to 6, on a restored store. $1: the restored config; $2: the head
# seq the backup holds.
check_restored() {
  local cfg=$1 head=$2 label=$3
  step "$label: check-config, audit verify, queue list on the restored store"
  "$BIN" check-config --config "$cfg" >/dev/null || fail "check-config of the restored config"
  local verify
  verify=$("$BIN" audit verify --json --config "$cfg") || { echo "$verify" >&2; fail "audit verify after restore"; }
  python3 - "$verify" "$head" <<'EOF' || fail "audit verify does not end at the backup's head"
import json, sys
v, head = json.loads(sys.argv[1]), int(sys.argv[2])
assert v["ok"] and v["chain"]["head_seq"] == head, (v, head)
EOF
  local listed
  listed=$("$BIN" queue list --json --config "$cfg")
  [[ $(grep -c '"queue_id"' <<<"$listed") == 3 ]] || { echo "$listed" >&2; fail "the restored queue does not hold the three messages"; }

  step "$label: start the restored relay with its destination up; the three are delivered"
  mkdir -p "$WORK/sink-$label"
  [[ $EUID == 0 ]] && chown nobody "$WORK/sink-$label"
  local sink_user=()
  [[ $EUID == 0 ]] && sink_user=(-u nobody)
  smtp-sink "${sink_user[@]}" -d "$WORK/sink-$label/%M." "127.0.0.1:$SINK" 64 &
  PIDS+=("$!")
  start_relay "$cfg" "$WORK/restored-$label.out"
  "$BIN" queue flush --config "$cfg" >/dev/null
  for _ in $(seq 150); do
    [[ $(pending "$cfg") == 0 ]] && break
    sleep 0.2
  done
  [[ $(pending "$cfg") == 0 ]] || fail "the restored mail was not delivered"
  stop_relay
  for m in one two three; do
    grep -rqs "body $label-$m" "$WORK/sink-$label" || fail "message $label-$m did not arrive whole"
  done
  grep -rqs "body $label-after" "$WORK/sink-$label" && fail "mail accepted after the backup came back from it"
  pkill -f "smtp-sink.*:$SINK" 2>/dev/null || true
  return 0
}

rehearse_sqlite() {
  local live=$WORK/sqlite-live restored=$WORK/sqlite-restored backup=$WORK/sqlite-backup
  mkdir -p "$live" "$backup"
  local store="backend = \"sqlite\""
  write_config "$WORK/live.toml" "$store" "$live"
  step "sqlite: three messages wait in the queue"
  start_relay "$WORK/live.toml" "$WORK/live.out"
  for m in one two three; do send "sqlite-$m"; done
  wait_pending "$WORK/live.toml" 3

  step "sqlite: online backup (sqlite3 .backup) and the key files"
  sqlite3 "$live/phirelay.db" ".backup '$backup/phirelay.db'"
  cp -p "$live"/master.key* "$backup/"
  if [[ -f $live/audit-checkpoint.key ]]; then cp -p "$live/audit-checkpoint.key" "$backup/"; fi
  local head
  head=$(sqlite3 "$backup/phirelay.db" "SELECT seq FROM audit_head")

  step "sqlite: a message after the backup; then the server is lost"
  send "sqlite-after"
  wait_pending "$WORK/live.toml" 4
  stop_relay
  rm -rf "$live"

  step "sqlite: restore into $restored"
  install -d -m 700 "$restored"
  cp "$backup/phirelay.db" "$restored/"
  install -m 600 "$backup"/master.key* "$restored/"
  if [[ -f $backup/audit-checkpoint.key ]]; then install -m 600 "$backup/audit-checkpoint.key" "$restored/"; fi
  write_config "$WORK/restored.toml" "$store" "$restored"
  check_restored "$WORK/restored.toml" "$head" sqlite

  step "sqlite: the same database without its master key is refused"
  local nokey=$WORK/sqlite-nokey
  install -d -m 700 "$nokey"
  cp "$backup/phirelay.db" "$nokey/"
  write_config "$WORK/nokey.toml" "$store
create_master_key = false" "$nokey"
  local out
  if out=$("$BIN" check-config --config "$WORK/nokey.toml" 2>&1); then
    fail "check-config accepted a store without its master key"
  fi
  grep -q "store.master_key_file" <<<"$out" || { echo "$out" >&2; fail "the error does not name store.master_key_file"; }
}

rehearse_postgres() {
  [[ -x $PGBIN/initdb ]] || fail "no $PGBIN/initdb (apt install postgresql-15)"
  command -v pg_dump >/dev/null || fail "pg_dump is missing"
  PG_DATA=$WORK/pg/data
  local sock=$WORK/pg/sock
  mkdir -p "$PG_DATA" "$sock"
  [[ $EUID == 0 ]] && chown -R postgres "$WORK/pg"
  local pg_port
  pg_port=$(free_port)
  step "postgres: a private cluster on $sock, port $pg_port"
  as_pg "$PGBIN/initdb" -D "$PG_DATA" -U phirelay_owner --auth=trust >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$WORK/pg/log" -w \
    -o "-k $sock -p $pg_port -c listen_addresses=''" start >/dev/null
  local psql=(psql -h "$sock" -p "$pg_port" -U phirelay_owner -X -q)
  "${psql[@]}" -d postgres -c "CREATE DATABASE phirelay"
  local url="postgres://phirelay_owner@localhost/phirelay?host=$sock&port=$pg_port&sslmode=disable"
  local live=$WORK/pg-live restored=$WORK/pg-restored backup=$WORK/pg-backup
  mkdir -p "$live" "$backup"
  local store="backend = \"postgres\"
url = \"$url\""
  # The first node makes the key; every other node (and a restore) is given it.
  write_config "$WORK/pg-live.toml" "$store
create_master_key = true" "$live"
  "$BIN" migrate --config "$WORK/pg-live.toml" >/dev/null

  step "postgres: three messages wait in the queue"
  start_relay "$WORK/pg-live.toml" "$WORK/pg-live.out"
  for m in one two three; do send "postgres-$m"; done
  wait_pending "$WORK/pg-live.toml" 3

  step "postgres: pg_dump as the owner while the relay runs, and the key files"
  pg_dump -h "$sock" -p "$pg_port" -U phirelay_owner -Fc -f "$backup/phirelay.dump" phirelay
  cp -p "$live"/master.key* "$backup/"
  local head
  head=$(pg_restore -f - -a -t audit_head "$backup/phirelay.dump" | awk '/^COPY/{getline; print $2; exit}')
  [[ $head =~ ^[0-9]+$ ]] || fail "cannot read the dump's audit head ($head)"

  step "postgres: a message after the backup; then the database is lost"
  send "postgres-after"
  wait_pending "$WORK/pg-live.toml" 4
  stop_relay
  "${psql[@]}" -d postgres -c "DROP DATABASE phirelay"
  rm -rf "$live"

  step "postgres: restore with pg_restore into a new database"
  "${psql[@]}" -d postgres -c "CREATE DATABASE phirelay"
  pg_restore -h "$sock" -p "$pg_port" -U phirelay_owner -d phirelay --exit-on-error "$backup/phirelay.dump"
  install -d -m 700 "$restored"
  install -m 600 "$backup"/master.key* "$restored/"
  write_config "$WORK/pg-restored.toml" "$store" "$restored"
  check_restored "$WORK/pg-restored.toml" "$head" postgres
}

[[ $WHICH == sqlite || $WHICH == both ]] && rehearse_sqlite
[[ $WHICH == postgres || $WHICH == both ]] && rehearse_postgres
echo "test-backup.sh: ok ($WHICH): backup, loss, restore, verify and delivery after restore" >&2
