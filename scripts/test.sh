#!/usr/bin/env bash
# Sets up a fresh machine for linimasa's tests and runs them:
# the real clients every export is checked in (Graphviz, xmllint, Chromium,
# Python and npm packages), then the whole test suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash .ci/install-clients.sh
cargo test "$@"
