#!/bin/sh
# Compares `linimasa times` with Python dateparser's search_dates on the same
# Indonesian and English sentences (see benches/times_vs_dateparser.py).
# Installs dateparser into a virtual environment (default target/bench-venv),
# builds linimasa in release mode, and runs the comparison.
set -eu
cd "$(dirname "$0")/.."
VENV="${VENV:-target/bench-venv}"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import dateparser" 2>/dev/null || "$VENV/bin/pip" install --quiet dateparser
cargo build --release --quiet
exec "$VENV/bin/python" benches/times_vs_dateparser.py --linimasa target/release/linimasa "$@"
