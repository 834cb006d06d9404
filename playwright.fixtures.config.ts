import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/support/chromium.ts";

/**
 * Browser tests over sites built from fixture content roots (`ATLAS_CONTENT`), each into its own dist
 * folder and served on its own port: a language the project does not ship (tests/fixtures/new-locale,
 * issue 7) and a DocFX docs tree (tests/fixtures/docs-tree, issue 9). Unlike playwright.config.ts, the
 * web servers build their site first (a few seconds each: the fixtures are small).
 *
 *   npx playwright test -c playwright.fixtures.config.ts      (ports $ATLAS_PORT, +1, +2, +3)
 */
const base = Number(process.env.ATLAS_PORT ?? 4339);

/** One fixture site: content root, build folder, port. */
export const fixtureSites = {
  "new-locale": { content: "tests/fixtures/new-locale", dist: "dist-new-locale", port: base },
  "docs-tree": { content: "tests/fixtures/docs-tree", dist: "dist-docs-tree", port: base + 1 },
  "italian-only": { content: "tests/fixtures/italian-only", dist: "dist-italian-only", port: base + 2 },
  "default-italian": { content: "tests/fixtures/default-italian", dist: "dist-default-italian", port: base + 3 },
} as const;

const server = (name: keyof typeof fixtureSites) => {
  const { content, dist, port } = fixtureSites[name];
  return {
    // Build into the fixture's own folder (search index and code maps included), then serve it.
    command: `ATLAS_CONTENT=${content} npx astro build --outDir ${dist} && npm run -s preview -- --port ${port} --outDir ${dist} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
};

export default defineConfig({
  testDir: "tests/e2e-fixtures",
  outputDir: "test-results/playwright-fixtures",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  // Generous: the journeys loop over many pages, and the machine may be shared.
  timeout: 90_000,
  reporter: [["list"], ["json", { outputFile: "test-results/reports/playwright-fixtures.json" }]],
  use: {
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  // Built one after the other: two builds at once would share .astro/ and both cores.
  webServer: [server("new-locale"), server("docs-tree"), server("italian-only"), server("default-italian")],
  projects: [
    { name: "new-locale", testMatch: "new-locale.spec.ts", use: { baseURL: `http://127.0.0.1:${fixtureSites["new-locale"].port}` } },
    { name: "docs-tree", testMatch: "docs-tree.spec.ts", use: { baseURL: `http://127.0.0.1:${fixtureSites["docs-tree"].port}` } },
    { name: "italian-only", testMatch: "italian-only.spec.ts", use: { baseURL: `http://127.0.0.1:${fixtureSites["italian-only"].port}` } },
    {
      name: "default-italian",
      testMatch: "default-italian.spec.ts",
      use: { baseURL: `http://127.0.0.1:${fixtureSites["default-italian"].port}` },
    },
  ],
});
