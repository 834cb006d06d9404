import { type BuiltPage, fileForPath, missingTrailingSlash } from "./dist.ts";
import { idsOf, linksOf, parseBuilt } from "./html.ts";
import { localOrigin, siteOrigin } from "./site.ts";

/** One link that does not resolve. */
export interface BrokenLink {
  page: string;
  where: string;
  href: string;
  reason: string;
}

/** `#` and `#top` scroll to the top by the HTML standard; `:~:` starts a text fragment. */
function needsTarget(fragment: string): boolean {
  return fragment !== "" && fragment.toLowerCase() !== "top" && !fragment.startsWith(":~:");
}

/** Checks one URL found on `page`; returns why it is broken, or undefined when it resolves (or is external). */
export function whyBroken(page: BuiltPage, href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, localOrigin + page.path);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol === "javascript:") return "javascript: URL";
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined; // mailto:, data:, tel:
  if (url.origin !== localOrigin && url.origin !== siteOrigin) return undefined; // external
  if (missingTrailingSlash(url.pathname)) return `missing trailing slash (the page is ${url.pathname}/)`;
  const target = fileForPath(url.pathname);
  if (!target) return `no built file for ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (needsTarget(fragment) && target.endsWith(".html") && !idsOf(parseBuilt(target)).has(fragment)) {
    return `no element with id="${fragment}" on ${url.pathname}`;
  }
  return undefined;
}

/** Every broken internal link (href, src, srcset, form action) on the given pages. */
export function brokenLinks(pages: readonly BuiltPage[]): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const { where, value } of linksOf(parseBuilt(page.file))) {
      const reason = whyBroken(page, value);
      if (reason) broken.push({ page: page.path, where, href: value, reason });
    }
  }
  return broken;
}

/** Human-readable list, grouped by page. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const byPage = new Map<string, BrokenLink[]>();
  for (const b of broken) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
  return [...byPage].map(([page, list]) => `${page}\n${list.map((b) => `  ${b.where} "${b.href}": ${b.reason}`).join("\n")}`).join("\n");
}

/** URLs listed in a sitemap file (`<loc>` and `xhtml:link` alternates), entities decoded. */
export function sitemapUrls(xml: string): string[] {
  const decode = (s: string): string =>
    s
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? "");
  const alternates = [...xml.matchAll(/<xhtml:link\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1] ?? "");
  return [...locs, ...alternates].map(decode);
}
