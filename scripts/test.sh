#!/usr/bin/env bash
# The whole test suite: lint/format, types, unit tests, build.
# Run through `npm test` so node_modules/.bin (Node 24) is first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "lint and format (biome)"
biome check .

step "types (astro check)"
astro check

step "unit tests (vitest)"
vitest run

step "build (strict: content warnings are listed, errors fail)"
astro build
