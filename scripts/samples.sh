#!/usr/bin/env bash
# The main job on the samples: builds linimasa, extracts one timeline from
# every article in samples/ (JSON and DOT, and SVG/PNG where Graphviz is
# installed) into out/, one timeline per article into out/each/, and scores
# those against samples/gold/ with the shared scorer's figures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --quiet
bin=target/release/linimasa
mkdir -p out/each
$bin extract samples --format json -o out/samples.json --force
$bin extract samples --format dot -o out/samples.dot --force
# Each article with its publication date from its gold file, as the scorer expects.
for gold in samples/gold/*.json; do
  name=$(basename "$gold" .json)
  date=$(sed -n 's/.*"published": *"\([0-9-]*\)".*/\1/p' "$gold" | head -n 1)
  $bin extract "samples/$name.txt" --date "$date" -o "out/each/$name.json" --force
done
if command -v dot >/dev/null; then
  $bin render out/samples.json -o out/samples.svg --force
  $bin render out/samples.json -o out/samples.png --force
  echo "wrote out/samples.json, out/samples.dot, out/samples.svg, out/samples.png, out/each/"
else
  echo "wrote out/samples.json, out/samples.dot, out/each/ (install graphviz for SVG/PNG)"
fi
$bin eval --gold samples/gold out/each --quiet
