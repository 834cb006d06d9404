import { execFileSync } from "node:child_process";
import type { LaunchOptions } from "@playwright/test";

/**
 * Launch options shared by both Playwright configs: Debian's Chromium (found or installed by
 * scripts/ensure-browser.sh, which scripts/test.sh already ran and exported), headless in a
 * root container, with the background services that only add noise to a test run turned off.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  process.env.CHROMIUM_PATH ||= execFileSync("bash", ["scripts/ensure-browser.sh"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  return {
    executablePath: process.env.CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}
