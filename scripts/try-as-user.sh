#!/usr/bin/env bash
# Tries the package as a new user would: builds and packs it, installs the tarball with its peers from the
# npm registry into a fresh temp project, writes the README's first stack (the first ```ts block of
# README.md), compiles it with this repository's TypeScript, synthesizes it with node, runs the check CLI
# on cdktf.out and loads every synthesized stack in the real terraform binary, offline (terraform init
# with a provider mirror that does not exist: the only Error allowed is "Failed to query available
# provider packages"). Prints the time of each step. Not part of `npm test` (network, ~1 minute).
#
# Usage: scripts/try-as-user.sh [--keep]   (--keep leaves the temp project for inspection)
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
KEEP="${1:-}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/try-as-user-XXXXXX")"
trap '[ "$KEEP" = "--keep" ] && echo "kept $WORK" || rm -rf "$WORK"' EXIT
TERRAFORM="${TERRAFORM_BINARY:-terraform}"
command -v "$TERRAFORM" >/dev/null || { echo "terraform not found on PATH (https://developer.hashicorp.com/terraform/install)" >&2; exit 1; }

now() { date +%s.%N; }
step() { STEP_NAME="$1"; STEP_START="$(now)"; echo "==> $1"; }
done_step() { printf '    %s: %.1f s\n' "$STEP_NAME" "$(echo "$(now) - $STEP_START" | bc)"; }
TOTAL_START="$(now)"

step "npm run build"
(cd "$REPO" && npm run build >"$WORK/build.log" 2>&1) || { cat "$WORK/build.log"; exit 1; }
done_step

step "npm pack"
TARBALL="$(cd "$REPO" && npm pack --silent --pack-destination "$WORK")"
echo "    $TARBALL ($(du -h "$WORK/$TARBALL" | cut -f1))"
done_step

step "install the tarball and its peers into a fresh project"
mkdir "$WORK/app"
cd "$WORK/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$WORK/$TARBALL" cdktf@0.21.0 constructs@10.6.0 @cdktf/provider-azurerm@14.23.1
done_step

step "write the README's first stack (first \`\`\`ts block of README.md)"
awk '/^```ts$/ && !found { inside = 1; found = 1; next } inside && /^```$/ { inside = 0; exit } inside { print }' "$REPO/README.md" >main.ts
[ -s main.ts ] || { echo "no \`\`\`ts block found in README.md" >&2; exit 1; }
sed 's/^/    | /' main.ts
done_step

step "compile main.ts with the repository's TypeScript (type-checks against the installed package)"
node "$REPO/node_modules/typescript/bin/tsc" main.ts --module commonjs --target es2022 --moduleResolution node \
  --strict --skipLibCheck --outDir .
done_step

step "synthesize: node main.js"
node main.js
ls cdktf.out/stacks
done_step

step "npx cdktf-isolated-aks check cdktf.out"
npx --no-install cdktf-isolated-aks check cdktf.out
done_step

step "terraform init (offline) on every synthesized stack"
cat >"$WORK/cli.tfrc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$WORK/no-such-mirror"
    include = ["*/*/*"]
  }
}
EOF
failed=0
for dir in cdktf.out/stacks/*/; do
  set +e
  out="$(cd "$dir" && TF_CLI_CONFIG_FILE="$WORK/cli.tfrc" CHECKPOINT_DISABLE=1 "$TERRAFORM" init -backend=false -input=false -no-color 2>&1)"
  set -e
  unexpected="$(printf '%s\n' "$out" | grep '^Error: ' | grep -v '^Error: Failed to query available provider packages$' || true)"
  if [ -n "$unexpected" ] || ! printf '%s\n' "$out" | grep -q '^Error: Failed to query available provider packages$'; then
    echo "    FAIL $dir"
    printf '%s\n' "$out" | sed 's/^/    | /'
    failed=1
  else
    echo "    ok   $dir (terraform loaded it; stopped at provider installation as expected)"
  fi
done
done_step

printf '==> total: %.1f s\n' "$(echo "$(now) - $TOTAL_START" | bc)"
if [ "$failed" = 1 ]; then
  echo "RESULT: terraform rejects the README's first stack" >&2
  exit 1
fi
echo "RESULT: the README's first stack installs, synthesizes, passes the checks and loads in terraform"
