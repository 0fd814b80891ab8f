#!/usr/bin/env bash
# `npm run package`: the jsii build (timed, with its peak RSS), the strict jsii-rosetta pass over the code
# samples (README.md and doc comments; its tablet .jsii.tabl.json gives the other languages translated
# samples), then jsii-pacmak --code-only into dist/:
#   dist/js/cdktf-isolated-aks@<version>.jsii.tgz   npm tarball (also what the jsii kernel loads)
#   dist/python  dist/java  dist/dotnet  dist/go    generated sources (their compilers are not needed here)
# then the CDK Terrain flavor from the same sources (scripts/flavor/build-cdktn.js, in build/cdktn/):
#   dist/js/cdktn-isolated-aks@<version>.jsii.tgz   dist/cdktn/{python,java,dotnet,go}
# Offline: pacmak packs the npm tarball from this directory and generates the other sources from .jsii.
# `--skip-build` reuses an up-to-date .jsii (test/jsii/packaged.ts uses it to regenerate the cdktf dist/ only).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--skip-build" ]; then
  node scripts/measure.js "jsii build" -- npm run --silent build
fi
[ -f .jsii ] || { echo "no .jsii: run npm run build" >&2; exit 1; }

node scripts/measure.js "jsii-rosetta" -- npm run --silent rosetta

# Only what this pacmak run writes: the cdktn flavor's outputs in dist/ stay (it has its own freshness check).
rm -rf dist/js/cdktf-isolated-aks@* dist/python dist/java dist/dotnet dist/go dist/.jsii-fingerprint
node scripts/measure.js "jsii-pacmak" -- npx --no-install jsii-pacmak \
  --code-only --no-npmignore --targets js python java dotnet go --outdir dist
# Records which assembly dist/ was generated from (test/jsii/packaged.ts compares it with .jsii).
node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(".jsii", "utf8")).fingerprint)' > dist/.jsii-fingerprint

if [ "${1:-}" != "--skip-build" ]; then
  node scripts/flavor/build-cdktn.js
fi
