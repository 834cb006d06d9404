import { defineConfig } from "@playwright/test";
import { distDir } from "./tests/e2e/support/dist.ts";
import { chromiumLaunchOptions } from "./tests/support/chromium.ts";

/** Port of the preview server that serves the build under test (`$ATLAS_DIST`, default dist/). */
const port = Number(process.env.ATLAS_PORT ?? 4329);
const baseURL = `http://127.0.0.1:${port}`;

/** Folder of machine-readable reports that scripts/test.sh sums up (outside outputDir, which Playwright empties). */
const reportsDir = "test-results/reports";

// Browser tests run in `js`; those tagged @no-js also run with JavaScript disabled, @no-js-only only there.
const browserTests = ["journeys/**/*.spec.ts", "a11y/**/*.spec.ts", "search/**/*.spec.ts"];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/playwright",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI absorbs a slow machine; the report still counts such a test as flaky.
  retries: process.env.CI ? 1 : 0,
  workers: 2, // 2-core machine: one preview server plus two browsers
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: `${reportsDir}/playwright.json` }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    // Serves the existing build; tests never rebuild. --ignore-lock: a colleague's preview may hold astro's lock.
    command: `npm run -s preview -- --port ${port} --outDir "${distDir}" --ignore-lock`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
  projects: [
    // Checks over the files in dist/: no browser launched.
    { name: "site", testMatch: "site/**/*.spec.ts" },
    { name: "js", testMatch: browserTests, grepInvert: /@no-js-only/ },
    { name: "no-js", testMatch: browserTests, grep: /@no-js/, use: { javaScriptEnabled: false } },
  ],
});
