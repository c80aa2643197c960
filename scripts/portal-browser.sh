#!/usr/bin/env bash
# The portal in a real browser: installs Debian's chromium and chromium-driver
# when missing, then runs the ignored browser test, which walks the portal as a
# person would at desktop and phone widths, checks that hostile HTML neither
# runs nor fetches anything, and saves a screenshot of each page to docs/portal/.
# Not part of .ci/run (it takes a few minutes); run it after changing the portal.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium chromium-driver
fi

cargo test --test it portal_browser -- --ignored --nocapture
echo "screenshots: $(ls docs/portal/*.png | wc -l) in docs/portal/"
