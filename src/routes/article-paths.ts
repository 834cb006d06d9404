import type { ArticleEntry } from "../corpus/records.ts";
import { defaultLocale, siteLocales } from "../i18n/locales.ts";
import { articleUrl, mustLocale, type SwitcherLink } from "../i18n/urls.ts";
import { type AnchorStub, anchorStubs } from "./article-stubs.ts";

/**
 * `getStaticPaths` entries for article pages (current revisions, or older
 * ones), each with the locales that have the article's current revision and, on current pages, the stubs
 * of the anchors published elsewhere that the page lacks.
 */
export function articlePagePaths(articles: readonly ArticleEntry[], older: boolean) {
  const localesOf = new Map<string, string[]>();
  for (const a of articles) if (!a.older) localesOf.set(a.slug, [...(localesOf.get(a.slug) ?? []), a.locale]);
  const stubsOf = new Map<string, Map<string, AnchorStub[]>>();
  if (!older) for (const slug of localesOf.keys()) stubsOf.set(slug, anchorStubs(articles, slug));
  return articles
    .filter((a) => a.older === older)
    .map((article) => {
      const locale = mustLocale(article.locale);
      const params = older ? { lang: locale.path, slug: article.slug, date: article.date } : { lang: locale.path, slug: article.slug };
      const stubs = stubsOf.get(article.slug)?.get(article.locale) ?? [];
      return { params, props: { locale, article, locales: localesOf.get(article.slug) ?? [], stubs } };
    });
}

/** Switcher for an article that exists in `have` (locale codes): its page in each locale that has it, else the English one. */
export function articleSwitcher(have: readonly string[], slug: string): SwitcherLink[] {
  return siteLocales.map((locale) => {
    const available = have.includes(locale.code);
    return {
      locale,
      available,
      href: articleUrl(available ? locale.path : defaultLocale.path, slug),
      opens: available ? locale : defaultLocale,
    };
  });
}
