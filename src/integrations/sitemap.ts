import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { kindPath } from "../corpus/entities.ts";
import { localeByCode } from "../i18n/locales.ts";
import {
  type Alternate,
  allLocaleCodes,
  alternatesFor,
  articlesIndexUrl,
  articleUrl,
  causesIndexUrl,
  entityUrl,
  indexUrl,
  revisionUrl,
  solutionsIndexUrl,
  statusUrl,
} from "../i18n/urls.ts";
import type { BuildManifest } from "./build-manifest.ts";

/** One `<url>` of the sitemap: a canonical page and its language alternates. */
export interface SitemapEntry {
  path: string;
  alternates: Alternate[];
}

/** Pages present in every locale, one entry per locale sharing the same alternates. */
function everyLocale(build: (path: string) => string): SitemapEntry[] {
  const alternates = alternatesFor(allLocaleCodes, build);
  return allLocaleCodes.flatMap((code) => {
    const locale = localeByCode(code);
    return locale ? [{ path: build(locale.path), alternates }] : [];
  });
}

/**
 * Every canonical page: indexes, status, articles and their older revisions,
 * and each entity in each locale that has it. Not listed: `/`, `/go/…`, 404,
 * the English fallback variants and the stubs that point at them.
 */
export function sitemapEntries(manifest: BuildManifest): SitemapEntry[] {
  const entries = [indexUrl, causesIndexUrl, solutionsIndexUrl, articlesIndexUrl, statusUrl].flatMap(everyLocale);
  const articleLocales = new Map<string, string[]>();
  for (const a of manifest.articles) if (!a.older) articleLocales.set(a.slug, [...(articleLocales.get(a.slug) ?? []), a.locale]);
  for (const article of manifest.articles) {
    const locale = localeByCode(article.locale);
    if (!locale) continue;
    if (article.older) {
      entries.push({ path: revisionUrl(locale.path, article.slug, article.date), alternates: [] });
    } else {
      const build = (p: string) => articleUrl(p, article.slug);
      entries.push({ path: build(locale.path), alternates: alternatesFor(articleLocales.get(article.slug) ?? [], build) });
    }
  }
  for (const entity of manifest.entities) {
    const locale = localeByCode(entity.locale);
    if (!locale) continue;
    const build = (p: string) => entityUrl(kindPath[entity.kind], p, entity.id);
    entries.push({ path: build(locale.path), alternates: alternatesFor(entity.locales, build) });
  }
  return entries;
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The sitemap document: every canonical page with `xhtml:link` hreflang alternates, `x-default` included. */
export function sitemapXml(entries: readonly SitemapEntry[], site: URL): string {
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const urls = entries.map(
    (entry) =>
      `<url><loc>${abs(entry.path)}</loc>${entry.alternates
        .map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${abs(a.href)}"/>`)
        .join("")}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** Writes `/sitemap.xml` into the built site. */
export function writeSitemap(dist: string, manifest: BuildManifest, site: URL): void {
  writeFileSync(join(dist, "sitemap.xml"), sitemapXml(sitemapEntries(manifest), site));
}
