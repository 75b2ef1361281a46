#!/usr/bin/env bash
# Installs the real clients that tests/it/export_*.rs and render*.rs load
# linimasa's exports in: Graphviz, xmllint, headless Chromium, Python
# (networkx, rdflib, kuzu) and the npm packages under tools/clients/.
# Idempotent: each step is skipped when what it installs is already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need_apt=()
command -v dot >/dev/null || need_apt+=(graphviz)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fonts-dejavu-core
fi

python3 - <<'PY' || python3 -m pip install --quiet --disable-pip-version-check \
  'networkx>=3,<4' 'rdflib>=7,<8' 'kuzu==0.11.3'
import networkx, rdflib, kuzu  # noqa: F401
PY

cd "$here/tools/clients"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
