import type { ArticleRecord } from "../corpus/records.ts";
import { siteLocales } from "../i18n/locales.ts";
import { articleUrl, mustLocale, type SwitcherLink } from "../i18n/urls.ts";

/**
 * `getStaticPaths` entries for article pages (current revisions, or older
 * ones), each with the locales that have the article's current revision.
 */
export function articlePagePaths(articles: readonly ArticleRecord[], older: boolean) {
  const localesOf = new Map<string, string[]>();
  for (const a of articles) if (!a.older) localesOf.set(a.slug, [...(localesOf.get(a.slug) ?? []), a.locale]);
  return articles
    .filter((a) => a.older === older)
    .map((article) => {
      const locale = mustLocale(article.locale);
      const params = older ? { lang: locale.path, slug: article.slug, date: article.date } : { lang: locale.path, slug: article.slug };
      return { params, props: { locale, article, locales: localesOf.get(article.slug) ?? [] } };
    });
}

/** Switcher for an article that exists in `have` (locale codes): its page in each locale that has it, else the English one. */
export function articleSwitcher(have: readonly string[], slug: string): SwitcherLink[] {
  return siteLocales.map((locale) => {
    const available = have.includes(locale.code);
    return { locale, available, href: articleUrl(available ? locale.path : "en", slug) };
  });
}
