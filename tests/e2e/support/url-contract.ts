import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtPages } from "./dist.ts";
import { idsOf, parseBuilt } from "./html.ts";

/**
 * Every URL the site has published, and the anchors published on pages: removing any of them
 * breaks links in the wild. Only ever grows (tests/e2e/support/generate-url-contract.ts).
 */
export interface UrlContract {
  /** URL paths, e.g. `/it/errors/usererrorrpcollectionlimitreached/`, `/go/UserErrorRpCollectionLimitReached/`. */
  urls: string[];
  /** Page path → ids a link may name after `#` (article, cause and procedure sections; causes and procedures on error pages). */
  anchors: Record<string, string[]>;
}

export const contractFile = join(import.meta.dirname, "..", "url-contract.json");

export function readContract(): UrlContract {
  return JSON.parse(readFileSync(contractFile, "utf8")) as UrlContract;
}

const articlePage = /^\/[^/]+\/articles\/[^/]+\/(revisions\/[^/]+\/)?$/;
const errorPage = /^\/[^/]+\/errors\/[^/]+\/$/;
/** Cause and procedure ids: the last segment of their page URLs. */
const entityPage = /^\/[^/]+\/(causes|solutions)\/([^/]+)\/$/;

/**
 * The contract of the current build: every page URL; on article, cause and procedure pages every content
 * id (page chrome uses `ea-` ids, which are not published anchors; the cause pages' solution aliases are
 * published ones); on error pages the ids of cause and procedure blocks.
 */
export function contractOfBuild(): UrlContract {
  const pages = builtPages();
  const entityIds = new Set(pages.flatMap((p) => entityPage.exec(p.path)?.[2] ?? []));
  const anchors: Record<string, string[]> = {};
  for (const page of pages) {
    const ids = [...idsOf(parseBuilt(page.file))];
    if (articlePage.test(page.path) || entityPage.test(page.path)) anchors[page.path] = ids.filter((id) => !id.startsWith("ea-"));
    else if (errorPage.test(page.path)) anchors[page.path] = ids.filter((id) => entityIds.has(id));
  }
  return { urls: pages.map((p) => p.path), anchors };
}

/** Union of two contracts, sorted (a published URL or anchor is never dropped). */
export function mergeContracts(a: UrlContract, b: UrlContract): UrlContract {
  const anchors: Record<string, string[]> = {};
  for (const path of new Set([...Object.keys(a.anchors), ...Object.keys(b.anchors)])) {
    const ids = [...(a.anchors[path] ?? []), ...(b.anchors[path] ?? [])];
    if (ids.length > 0) anchors[path] = [...new Set(ids)].sort();
  }
  const sortedAnchors = Object.fromEntries(Object.entries(anchors).sort(([x], [y]) => x.localeCompare(y)));
  return { urls: [...new Set([...a.urls, ...b.urls])].sort(), anchors: sortedAnchors };
}
