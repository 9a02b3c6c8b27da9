#!/usr/bin/env bash
# Installs Debian's clamav-daemon when clamd is missing. The malware-scan tests start a
# clamd of their own with the small signature file in tests/fixtures/clamav/ (there is
# no network for freshclam here); nothing is started or configured system-wide.
set -euo pipefail
if command -v clamd >/dev/null 2>&1 || [ -x /usr/sbin/clamd ]; then
  exit 0
fi
echo "tests: installing clamav-daemon from Debian" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends clamav-daemon >/dev/null
