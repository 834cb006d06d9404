#!/usr/bin/env bash
# The whole test suite: lint/format, types, unit tests, build, then the browser tests over that build.
# Run through `npm test` so node_modules/.bin (Node 24) is first on PATH.
# Ends with one line, `N passed, N failed` (Vitest + Playwright), and a non-zero exit if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

# Each runner writes a JSON report here; the closing line sums them.
reports=test-results/reports
rm -rf "$reports"
mkdir -p "$reports"
failed_stages=()

# Sums passed/failed tests over the JSON reports present (Vitest: numPassedTests/numFailedTests;
# Playwright, main and fixture sites: stats.expected + stats.flaky / stats.unexpected). Prints "passed failed".
count_tests() {
  node --input-type=module -e '
    import { existsSync, readFileSync } from "node:fs";
    const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : undefined);
    const [dir] = process.argv.slice(1);
    const vitest = read(`${dir}/vitest.json`);
    const pws = ["playwright.json", "playwright-fixtures.json"].map((f) => read(`${dir}/${f}`)?.stats).filter(Boolean);
    const passed = (vitest?.numPassedTests ?? 0) + pws.reduce((n, pw) => n + pw.expected + pw.flaky, 0);
    const failed = (vitest?.numFailedTests ?? 0) + pws.reduce((n, pw) => n + pw.unexpected, 0);
    console.log(passed, failed);
  ' "$reports"
}

# Always close with the counts, whichever stage stopped the run.
finish() {
  local status=$?
  local passed=0 failed=0
  read -r passed failed < <(count_tests || echo "0 0")
  if ((${#failed_stages[@]} > 0)); then
    printf '\nFailed stages: %s\n' "${failed_stages[*]}"
    status=1
  fi
  ((failed == 0)) || status=1
  echo "$passed passed, $failed failed"
  exit "$status"
}
trap finish EXIT

step "lint and format (biome)"
biome check .

step "types (astro check)"
astro check

# Test stages record their failure and go on, so one run reports every failing test.
step "unit tests (vitest)"
vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json" || failed_stages+=("unit")

step "build (content warnings are listed; content errors fail the build)"
# The build as shipped (`npm run build`: astro build, then the search index), into dist/: the tests below
# read and serve exactly this build. ATLAS_DIST (another build folder) is for `npm run test:e2e` only.
unset ATLAS_DIST
npm run -s build

# The browser tests serve builds on ATLAS_PORT and the three ports after it (fixture sites). Unless told
# otherwise, take the first four free ones from 4329: another checkout's server on a busy port would
# otherwise answer these tests with its own build.
if [[ -z "${ATLAS_PORT:-}" ]]; then
  ATLAS_PORT="$(node --input-type=module -e '
    import { createServer } from "node:net";
    const free = (port) => new Promise((done) => {
      const server = createServer().once("error", () => done(false));
      server.listen(port, "127.0.0.1", () => server.close(() => done(true)));
    });
    for (let base = 4329; base < 4329 + 400; base += 4) {
      if ((await Promise.all([0, 1, 2, 3].map((i) => free(base + i)))).every(Boolean)) { console.log(base); break; }
    }
  ')"
  export ATLAS_PORT
fi

step "browser (chromium)"
CHROMIUM_PATH="$(bash scripts/ensure-browser.sh)"
export CHROMIUM_PATH
echo "using $CHROMIUM_PATH; serving builds on ports $ATLAS_PORT to $((ATLAS_PORT + 3))"

step "end-to-end tests (playwright, over the build above)"
playwright test || failed_stages+=("e2e")

step "end-to-end tests over fixture sites (a language the project does not ship; a DocFX docs tree)"
# Each fixture is built with ATLAS_CONTENT into its own dist-* folder and served on its own port.
playwright test -c playwright.fixtures.config.ts || failed_stages+=("e2e-fixtures")
