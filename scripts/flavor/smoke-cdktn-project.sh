#!/usr/bin/env bash
# The cdktn flavor as a user gets it (not part of npm test: it installs from the npm registry): a fresh project with
# cdktn 0.24, @cdktn/provider-azurerm 16.1 (plus the README's `overrides` entry) and the cdktn-isolated-aks tarball from
# dist/js, installed WITHOUT --legacy-peer-deps on Node 24; then `cdktn synth` of the README's first stack (imports
# swapped to cdktn), the azurerm pin, the checks, and an offline `terraform init` that may only fail at provider
# installation. Run `npm run package` first. Usage: bash scripts/flavor/smoke-cdktn-project.sh [workdir]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${1:-$(mktemp -d -t cdktn-smoke.XXXXXX)}"
NODE24="$(node "$ROOT/scripts/fetch-node.js")"
export PATH="$(dirname "$NODE24"):$PATH" CHECKPOINT_DISABLE=1 CI=1
VERSION="$(node -p 'require(process.argv[1]).version' "$ROOT/package.json")"
TARBALL="$ROOT/dist/js/cdktn-isolated-aks@${VERSION}.jsii.tgz"
[ -f "$TARBALL" ] || { echo "no $TARBALL: run npm run package" >&2; exit 1; }

mkdir -p "$WORK" && cd "$WORK"
cp "$TARBALL" .
cat > package.json <<JSON
{
  "name": "cdktn-smoke",
  "private": true,
  "dependencies": {
    "@cdktn/provider-azurerm": "16.1.0",
    "cdktn": "0.24.0",
    "cdktn-isolated-aks": "file:cdktn-isolated-aks@${VERSION}.jsii.tgz",
    "constructs": "10.7.2"
  },
  "devDependencies": { "@types/node": "^24", "cdktn-cli": "0.24.0", "typescript": "~5.9.3" },
  "overrides": { "@cdktn/provider-azurerm": { "cdktn": "\$cdktn" } }
}
JSON
# The README's first stack with its imports swapped to cdktn.
sed -n '/^## A first stack/,/^app.synth();/p' "$ROOT/README.md" | sed '1,/^```ts$/d' \
  | sed "s#'@cdktf/provider-azurerm/#'@cdktn/provider-azurerm/#; s#from 'cdktf'#from 'cdktn'#; s#'cdktf-isolated-aks'#'cdktn-isolated-aks'#" > main.ts
echo '{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "strict": true, "skipLibCheck": true, "types": ["node"] }, "files": ["main.ts"] }' > tsconfig.json
echo '{ "language": "typescript", "app": "node main.js", "projectId": "cdktn-smoke", "sendCrashReports": "false" }' > cdktf.json

echo "== node $(node --version): npm install (no --legacy-peer-deps)"
npm install --no-audit --no-fund
npx tsc
echo "== cdktn synth"
time npx cdktn synth
STACK=cdktf.out/stacks/isolated-aks
node -e 'const v = require(process.argv[1]).terraform.required_providers.azurerm.version; if (v !== "4.73.0") { console.error(`azurerm pinned to ${v}`); process.exit(1); } console.log(`azurerm ${v}`);' "$PWD/$STACK/cdk.tf.json"
echo "== checks"
npx cdktn-isolated-aks check cdktf.out
echo "== terraform init (offline)"
printf 'provider_installation {\n  filesystem_mirror {\n    path = "%s/no-such-mirror"\n  }\n}\n' "$WORK" > offline.tfrc
out="$(cd "$STACK" && TF_CLI_CONFIG_FILE="$WORK/offline.tfrc" terraform init -backend=false -input=false -no-color 2>&1 || true)"
others="$(printf '%s\n' "$out" | grep 'Error: ' | grep -v 'Failed to query available provider packages' || true)"
if [ -n "$others" ] || ! printf '%s\n' "$out" | grep -q 'Failed to query available provider packages'; then
  printf '%s\n' "$out"; echo "terraform did not load the configuration" >&2; exit 1
fi
echo "terraform loaded the configuration (stopped at provider installation, as expected offline)"
echo "cdktn smoke test passed in $WORK"
