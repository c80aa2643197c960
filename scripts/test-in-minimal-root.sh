#!/usr/bin/env bash
# Runs the README's test command (scripts/test.sh) in a fresh Debian 12 minimal root:
# debootstrap --variant=minbase, then git, build-essential and ca-certificates, and the
# host's Rust toolchain copied in (nothing else). Shows that the suite installs or checks
# every program it needs and never hangs (no `kill`, no `ps` in such a root). As root:
#
#   scripts/test-in-minimal-root.sh [ROOT_DIR]      # default /var/tmp/phirelay-minroot
#
# Takes about 10 minutes on 2 cores after debootstrap (which takes a few more). The root
# is kept for a second run; remove it with `umount -R ROOT/{proc,sys,dev}; rm -rf ROOT`.
# Where the network re-signs TLS (a corporate proxy), the host's extra CA certificates in
# /usr/local/share/ca-certificates are copied in: they belong to the network, not the test.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
R=${1:-/var/tmp/phirelay-minroot}
TOOLCHAIN=${TOOLCHAIN:-$(rustup toolchain list | awk '/default/{print $1}')}
if [[ ! -x $R/bin/bash ]]; then
    command -v debootstrap >/dev/null || apt-get install -y debootstrap
    debootstrap --variant=minbase bookworm "$R" http://deb.debian.org/debian
fi
cp /etc/resolv.conf "$R/etc/resolv.conf"
for d in proc sys dev dev/pts dev/shm; do
    mkdir -p "$R/$d"
    mountpoint -q "$R/$d" || mount --bind "/$d" "$R/$d"
done
chroot "$R" apt-get update
chroot "$R" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    git build-essential ca-certificates
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$R/usr/local/share/ca-certificates/"
    chroot "$R" update-ca-certificates
fi
mkdir -p "$R/root/.rustup/toolchains" "$R/root/.cargo/bin"
cp -a "$HOME/.rustup/toolchains/$TOOLCHAIN" "$R/root/.rustup/toolchains/"
cp -a "$HOME/.cargo/bin/rustup" "$R/root/.cargo/bin/"
chroot "$R" /root/.cargo/bin/rustup default "$TOOLCHAIN" >/dev/null
for b in cargo rustc rustdoc cargo-fmt cargo-clippy clippy-driver rustfmt; do
    ln -sf rustup "$R/root/.cargo/bin/$b"
done
rm -rf "$R/root/phirelay"
git clone -q "$REPO" "$R/root/phirelay"
chroot "$R" bash -lc 'export PATH=/root/.cargo/bin:$PATH
    rustc --version
    for p in kill ps pkill; do command -v $p >/dev/null && echo "note: $p is present" || echo "$p: absent"; done
    cd /root/phirelay && time scripts/test.sh'
