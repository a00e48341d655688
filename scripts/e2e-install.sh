#!/usr/bin/env bash
# Installs the real VS Code that test/editors/vscode.test.ts drives: code-server (VS Code 1.100 for
# the browser) and playwright-core (drives Debian's Chromium). Both go into .cache/e2e/, outside the
# project's node_modules, so they never mix with the extension's own dependencies or its .vsix.
#
# Safe to run again: it does nothing when the pinned versions are already installed.
# Needs (Debian): nodejs 20 with its headers, g++, make, python3, libkrb5-dev, ripgrep, chromium.
#
# code-server 4.100.3 is the last release that runs on Node 20. Its install builds native modules
# (node-gyp, against the local Node headers) and runs @vscode/ripgrep's installer, which would
# download rg from GitHub. The machine has no business fetching binaries from the internet, so the
# installer's download cache is pre-seeded with Debian's own rg, packed the way the installer expects.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${ITEM1C_E2E_DIR:-$ROOT/.cache/e2e}"

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1
# Pinned by code-server 4.100.3's npm-shrinkwrap.json, and the ripgrep build tag that version fetches.
VSCODE_RIPGREP_VERSION=1.15.11
RIPGREP_TAG=v13.0.0-10

STAMP="$DIR/installed"
WANT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
APP="$DIR/app"
CODE_SERVER_BIN="$APP/node_modules/code-server/out/node/entry.js"
RG_BIN="$APP/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" && -f "$CODE_SERVER_BIN" && -x "$RG_BIN" \
      && -f "$APP/node_modules/playwright-core/package.json" ]]; then
  echo "e2e: $WANT already installed in $DIR"
  exit 0
fi

fail() {
  echo "e2e-install: $*" >&2
  exit 1
}

# --- prerequisites -------------------------------------------------------------------------------
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$node_major" == 20 ]] || fail "code-server $CODE_SERVER_VERSION needs Node 20, found $(node --version)"
for tool in g++ make python3 krb5-config rg tar gzip; do
  command -v "$tool" >/dev/null 2>&1 ||
    fail "'$tool' is missing (Debian: apt-get install -y g++ make python3 libkrb5-dev ripgrep)"
done
[[ -x /usr/bin/chromium ]] || fail "/usr/bin/chromium is missing (Debian: apt-get install -y chromium)"

# Node headers for node-gyp from the local install, not downloaded: /usr/bin/node -> /usr/include/node.
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
[[ -f "$NODE_PREFIX/include/node/node_version.h" ]] ||
  fail "Node headers not found under $NODE_PREFIX/include/node (Debian: apt-get install -y libnode-dev or nodejs with headers)"
export npm_config_nodedir="$NODE_PREFIX"
# code-server's postinstall runs `npm install` twice more; never stop for a prompt.
export npm_config_yes=true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) rg_target=aarch64-unknown-linux-musl ;;
  *) fail "no ripgrep target known for $(uname -m)" ;;
esac

# --- scratch temp dir with the pre-seeded ripgrep "download" -------------------------------------
rm -rf "$APP" "$DIR/tmp" "$STAMP"
mkdir -p "$APP" "$DIR/tmp"
export TMPDIR="$DIR/tmp"
seed="$TMPDIR/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION"
mkdir -p "$seed/pack"
cp "$(command -v rg)" "$seed/pack/rg"
tar -czf "$seed/ripgrep-$RIPGREP_TAG-$rg_target.tar.gz" -C "$seed/pack" rg
rm -rf "$seed/pack"

# --- install ---------------------------------------------------------------------------------------
cat >"$APP/package.json" <<JSON
{
  "name": "item1c-e2e-tools",
  "private": true,
  "description": "Real VS Code (code-server) and a browser driver for item1c's end-to-end test. Not shipped.",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_VERSION"
  }
}
JSON

unsafe=()
# As root, code-server's postinstall refuses to run without it.
[[ "$(id -u)" == 0 ]] && unsafe=(--unsafe-perm)

echo "e2e: installing $WANT into $APP (builds native modules; takes a few minutes the first time)"
started=$SECONDS
(cd "$APP" && npm install --no-package-lock --omit=dev "${unsafe[@]}")

[[ -f "$CODE_SERVER_BIN" ]] || fail "code-server was not installed ($CODE_SERVER_BIN missing)"
[[ -x "$RG_BIN" ]] || fail "ripgrep was not installed for code-server ($RG_BIN missing)"
"$RG_BIN" --version >/dev/null || fail "$RG_BIN does not run"
node "$CODE_SERVER_BIN" --version >/dev/null || fail "code-server does not start"

rm -rf "$DIR/tmp"
echo "$WANT" >"$STAMP"
echo "e2e: installed $WANT in $((SECONDS - started)) s"
