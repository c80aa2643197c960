#!/usr/bin/env bash
# The compliance report in a real browser: installs Debian's chromium and
# chromium-driver when missing, then runs the ignored test that makes a scripted
# day of traffic, renders `phirelay report` for it in headless Chromium (four
# charts, no script, no request) and saves docs/compliance/report.png.
# Not part of .ci/run (it needs a browser); run it after changing the report.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium chromium-driver
fi

cargo test --test it the_report_renders_in_chromium -- --ignored --nocapture
echo "screenshot: docs/compliance/report.png"
