#!/usr/bin/env bash
# test-deb.sh - the Debian package, installed as an admin would, in a clean
# Debian 12 root: build the .deb, make the root with debootstrap, install the
# package with apt (its dependencies come from the mirror), check the files,
# user and modes it made, start phirelay with the packaged config, send it a
# message, check it is queued, stop it, purge the package and check what is
# left. Run as root, by hand (a few minutes; not part of CI):
#
#   deploy/test-deb.sh [--no-build] [--keep-root]
#
# The root is made in $ROOT (default /var/tmp/phirelay-deb-root, reused when
# it exists). phirelay listens on 127.0.0.1:2525 (the chroot shares the host's
# network): nothing else may use that port.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
ROOT=${ROOT:-/var/tmp/phirelay-deb-root}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
BUILD=1 KEEP=0
for a in "$@"; do
  case "$a" in
    --no-build) BUILD=0 ;;
    --keep-root) KEEP=1 ;;
    *) echo "test-deb.sh: unknown option $a" >&2; exit 2 ;;
  esac
done
[[ $EUID == 0 ]] || { echo "test-deb.sh: run as root (debootstrap, chroot)" >&2; exit 1; }
step() { echo "== $*" >&2; }
fail() { echo "test-deb.sh: FAILED: $*" >&2; exit 1; }
in_root() { chroot "$ROOT" "$@"; }
RELAY=""
cleanup() {
  [[ -n $RELAY ]] && kill "$RELAY" 2>/dev/null || true
  umount "$ROOT/proc" 2>/dev/null || true
  [[ $KEEP == 1 ]] || rm -rf "$ROOT"
}
trap cleanup EXIT

if [[ $BUILD == 1 ]]; then
  step "build"
  (cd "$REPO" && cargo build --release --locked && deploy/build-deb.sh --no-build)
fi
DEB=$(ls -t "$REPO"/target/debian/phirelay_*_amd64.deb | head -1)
[[ -f $DEB ]] || fail "no package in target/debian"
step "package $DEB ($(du -h "$DEB" | cut -f1))"

if [[ ! -x $ROOT/usr/bin/apt-get ]]; then
  step "debootstrap bookworm into $ROOT"
  debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" >/dev/null
fi
mount -t proc proc "$ROOT/proc"
cp "$DEB" "$ROOT/tmp/phirelay.deb"

step "install"
in_root apt-get install -y -q /tmp/phirelay.deb >"$ROOT/tmp/install.log" 2>&1 \
  || { cat "$ROOT/tmp/install.log" >&2; fail "apt-get install"; }
grep -q "created /var/lib/phirelay/master.key" "$ROOT/tmp/install.log" || fail "postinst did not make the master key"
in_root getent passwd phirelay >/dev/null || fail "no phirelay user"
mode() { in_root stat -c '%a %U:%G' "$1"; }
[[ $(mode /var/lib/phirelay) == "700 phirelay:phirelay" ]] || fail "/var/lib/phirelay is $(mode /var/lib/phirelay)"
[[ $(mode /var/lib/phirelay/master.key) == "600 phirelay:phirelay" ]] || fail "master.key is $(mode /var/lib/phirelay/master.key)"
[[ $(mode /etc/phirelay/phirelay.toml) == "640 root:phirelay" ]] || fail "phirelay.toml is $(mode /etc/phirelay/phirelay.toml)"
[[ -f $ROOT/usr/lib/systemd/system/phirelay.service ]] || fail "no unit"
grep -q "^ExecStart=/usr/bin/phirelay serve" "$ROOT/usr/lib/systemd/system/phirelay.service" || fail "unit's ExecStart"
in_root runuser -u phirelay -- phirelay check-config --config /etc/phirelay/phirelay.toml >/dev/null \
  || fail "check-config on the packaged config"

step "start and send"
# chroot --userspec execs the relay itself (runuser would stay its parent), so
# $! is the relay and the TERM below reaches it.
chroot --userspec=phirelay:phirelay "$ROOT" sh -c 'cd /var/lib/phirelay && exec phirelay serve --config /etc/phirelay/phirelay.toml' \
  >"$ROOT/tmp/relay.out" 2>"$ROOT/tmp/relay.log" &
RELAY=$!
for _ in $(seq 1 100); do grep -q '^phirelay ready' "$ROOT/tmp/relay.out" && break; sleep 0.1; done
grep -q '^phirelay ready' "$ROOT/tmp/relay.out" || { cat "$ROOT/tmp/relay.log" >&2; fail "phirelay did not start"; }
python3 - <<'PY' || fail "SMTP"
import smtplib
with smtplib.SMTP("127.0.0.1", 2525, timeout=30) as s:
    code, text = s.sendmail("app@example.org", ["someone@example.net"],
        b"From: app@example.org\r\nTo: someone@example.net\r\nSubject: package test\r\n\r\nhello\r\n") or (250, b"")
print("sent")
PY
in_root runuser -u phirelay -- phirelay queue list --config /etc/phirelay/phirelay.toml | grep -q "someone@example.net" \
  || fail "the message is not in the queue"
kill -TERM "$RELAY"; wait "$RELAY" || true; RELAY=""
pgrep -f "phirelay serve --config /etc/phirelay/phirelay.toml" >/dev/null && fail "a phirelay process is still running"

step "purge"
in_root dpkg --purge phirelay >"$ROOT/tmp/purge.log" 2>&1 || { cat "$ROOT/tmp/purge.log" >&2; fail "dpkg --purge"; }
[[ ! -e $ROOT/usr/bin/phirelay ]] || fail "binary left"
[[ ! -e $ROOT/etc/phirelay ]] || fail "/etc/phirelay left"
in_root getent passwd phirelay >/dev/null && fail "user left"
# The audit log and the master key are kept on purge when a database exists.
[[ $(mode /var/lib/phirelay) == "700 root:root" ]] || fail "/var/lib/phirelay after purge: $(mode /var/lib/phirelay)"
grep -q "kept /var/lib/phirelay" "$ROOT/tmp/purge.log" || fail "purge did not say it kept the data"
step "ok: installed, started, accepted a message, purged (data kept, as documented)"
