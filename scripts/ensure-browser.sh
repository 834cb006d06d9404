#!/usr/bin/env bash
# Finds a Chromium for Playwright and prints its path on stdout (progress goes to stderr).
# Order: $CHROMIUM_PATH, /usr/bin/chromium, Debian's chromium package (installed when
# running as root with apt-get), Playwright's own downloaded browser. scripts/test.sh
# exports the printed path as CHROMIUM_PATH; playwright.config.ts hands it to Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'ensure-browser: %s\n' "$*" >&2; }

usable() { [[ -n "$1" && -x "$1" && ! -d "$1" ]]; }

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if usable "$CHROMIUM_PATH"; then
    echo "$CHROMIUM_PATH"
    exit 0
  fi
  say "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file."
  exit 1
fi

if usable /usr/bin/chromium; then
  echo /usr/bin/chromium
  exit 0
fi

if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  say "installing Debian's chromium package (apt-get, a few minutes)…"
  export DEBIAN_FRONTEND=noninteractive
  # Quiet, but keep apt's errors visible: they say why the install failed.
  if apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends chromium >&2 && usable /usr/bin/chromium; then
    echo /usr/bin/chromium
    exit 0
  fi
  say "apt-get could not install chromium; trying Playwright's own browser."
fi

# Playwright's downloaded browser (npx playwright install chromium), if any.
# Runs under the pinned Node (node_modules/.bin/node) because the system node may be too old.
node_bin=node_modules/.bin/node
[[ -x "$node_bin" ]] || node_bin=node
bundled="$("$node_bin" -e 'try { process.stdout.write(require("playwright-core").chromium.executablePath()); } catch {}' 2>/dev/null || true)"
if usable "$bundled"; then
  echo "$bundled"
  exit 0
fi

say "no Chromium found. Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable."
exit 1
