#!/usr/bin/env bash
# Regenerates data/kb/states.tsv from CLDR and checks every data/kb file.
#
# Installs the CLDR JSON packages (pinned below) from the npm registry into a
# temporary folder, then runs generate.py with the system python3 (standard
# library only). Usage, from anywhere:  bash tools/kb/generate.sh [--check]
# With --check nothing is written: the KB files are only validated and
# states.tsv is compared with what CLDR gives.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CLDR_VERSION="${CLDR_VERSION:-48.2.0}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(
  cd "$tmp"
  npm init -y >/dev/null
  npm install --silent --no-audit --no-fund \
    "cldr-localenames-full@$CLDR_VERSION" "cldr-core@$CLDR_VERSION" >/dev/null
)
python3 "$here/generate.py" --cldr "${CLDR_NODE_MODULES:-$tmp/node_modules}" --root "$root" "$@"
