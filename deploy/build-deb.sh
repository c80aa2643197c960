#!/usr/bin/env bash
# build-deb.sh - build the Debian package: target/debian/phirelay_<version>_amd64.deb
# (and its -dbgsym package with the debug symbols).
#
#   deploy/build-deb.sh [--no-build]
#
# Needs cargo-deb (`cargo install cargo-deb --locked`). The package's unit and
# config are made here from deploy/phirelay.service and config/phirelay.toml,
# with the packaged paths (/usr/bin/phirelay, /var/lib/phirelay), so that the
# files in the repository stay the single source.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
command -v cargo-deb >/dev/null || { echo "build-deb.sh: cargo-deb not found; fix: cargo install cargo-deb --locked" >&2; exit 1; }
ASSETS=target/deb-assets
mkdir -p "$ASSETS"
sed -e 's#/usr/local/bin/phirelay#/usr/bin/phirelay#g' \
    -e 's#file:///usr/local/share/doc/phirelay/README.md#file:///usr/share/doc/phirelay/README.md#' \
    deploy/phirelay.service >"$ASSETS/phirelay.service"
sed -e 's#^data_dir = "./var"#data_dir = "/var/lib/phirelay"#' \
    -e 's#"./var/#"/var/lib/phirelay/#g' -e 's#under ./var#under /var/lib/phirelay#' \
    config/phirelay.toml >"$ASSETS/phirelay.toml"
grep -q '"./var' "$ASSETS/phirelay.toml" && { echo "build-deb.sh: a ./var path is left in the packaged config" >&2; exit 1; }
args=(--dbgsym)
[[ ${1:-} == --no-build ]] && args+=(--no-build)
cargo deb "${args[@]}"
