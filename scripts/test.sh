#!/usr/bin/env bash
# README command 2: the whole test suite on a fresh Debian 12 machine with Rust 1.95.
# Tests start real peers on loopback: a private PostgreSQL 15 cluster (tests/it/common/pg.rs:
# initdb, pg_ctl, psql), swaks as an SMTP client, python3 for the README test. Signals go
# through rustix (no `kill` program needed). As root, installs what is missing; otherwise
# says what to install. Extra arguments go to `cargo test`. Every wait inside the tests is
# bounded; the whole run is bounded too (PHIRELAY_TEST_TIMEOUT, default 45m), so a hang
# fails instead of stalling CI.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[[ -x /usr/lib/postgresql/15/bin/initdb && -x /usr/lib/postgresql/15/bin/pg_ctl ]] || missing+=(postgresql-15)
command -v psql >/dev/null || [[ -x /usr/lib/postgresql/15/bin/psql ]] || missing+=(postgresql-client-15)
command -v python3 >/dev/null || missing+=(python3)
command -v swaks >/dev/null || missing+=(swaks)

if ((${#missing[@]})); then
    if ((EUID != 0)); then
        echo "missing test dependencies; install them with:" >&2
        echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
fi

exec timeout --kill-after=60 "${PHIRELAY_TEST_TIMEOUT:-45m}" cargo test --locked --all-targets "$@"
