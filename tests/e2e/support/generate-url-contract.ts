// Adds every URL and anchor of the current build to tests/e2e/url-contract.json (never removes one).
// Run after `npm run build`:  node tests/e2e/support/generate-url-contract.ts   (ATLAS_DIST picks another build)
// Review the diff before committing: the contract is what the site promises to keep forever.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { repoRoot } from "./dist.ts";
import { contractFile, contractOfBuild, mergeContracts, readContract, type UrlContract } from "./url-contract.ts";

const empty: UrlContract = { urls: [], anchors: {} };
const before = existsSync(contractFile) ? readContract() : empty;
const after = mergeContracts(before, contractOfBuild());
const anchorCount = (c: UrlContract): number => Object.values(c.anchors).reduce((n, ids) => n + ids.length, 0);

writeFileSync(contractFile, `${JSON.stringify(after, null, 2)}\n`);
// Biome's layout, so `npm run lint` stays clean.
execFileSync(`${repoRoot}/node_modules/.bin/biome`, ["format", "--write", contractFile], { stdio: "ignore" });
console.log(
  `${contractFile}: ${after.urls.length} URLs (+${after.urls.length - before.urls.length}), ` +
    `${anchorCount(after)} anchors (+${anchorCount(after) - anchorCount(before)})`,
);
