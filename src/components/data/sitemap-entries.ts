import { siteLocales } from "../../i18n/locales.ts";
import {
  type Alternate,
  allLocaleCodes,
  alternatesFor,
  articleUrl,
  causesIndexUrl,
  type EntityKind,
  entityUrl,
  indexUrl,
  revisionUrl,
  solutionsIndexUrl,
  statusUrl,
} from "../../i18n/urls.ts";
import { articleLocales } from "./article-paths.ts";
import { type Corpus, isOlderRevision } from "./corpus.ts";

/** One `<url>` of the sitemap: a canonical page and its language alternates. */
export interface SitemapEntry {
  path: string;
  alternates: Alternate[];
}

/** Pages present in every locale, one entry per locale sharing the same alternates. */
function everyLocale(build: (path: string) => string): SitemapEntry[] {
  const alternates = alternatesFor(allLocaleCodes, build);
  return siteLocales.map((l) => ({ path: build(l.path), alternates }));
}

/**
 * Every canonical page: indexes, status, articles and their older revisions,
 * and each entity in each locale that has it. Not listed: `/`, `/go/…`, 404,
 * the English fallback variants and the stubs that point at them.
 */
export function sitemapEntries(corpus: Corpus): SitemapEntry[] {
  const entries = [indexUrl, causesIndexUrl, solutionsIndexUrl, statusUrl].flatMap(everyLocale);
  for (const article of corpus.articles) {
    const locale = siteLocales.find((l) => l.code === article.locale);
    if (!locale) continue;
    if (isOlderRevision(article)) {
      const path = revisionUrl(locale.path, article.slug, article.date);
      entries.push({ path, alternates: [] });
    } else {
      const build = (p: string) => articleUrl(p, article.slug);
      entries.push({ path: build(locale.path), alternates: alternatesFor(articleLocales(corpus.articles, article.slug), build) });
    }
  }
  for (const kind of ["errors", "causes", "solutions"] as const satisfies readonly EntityKind[]) {
    for (const record of corpus[kind]) {
      const locale = siteLocales.find((l) => l.code === record.locale);
      if (!locale) continue;
      const build = (p: string) => entityUrl(kind, p, record.id);
      entries.push({ path: build(locale.path), alternates: alternatesFor(record.locales, build) });
    }
  }
  return entries;
}
