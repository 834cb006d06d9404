import { siteLocales } from "../../i18n/locales.ts";
import { articleUrl, type SwitcherLink } from "../../i18n/urls.ts";
import type { ArticleRecord } from "./corpus.ts";
import { isOlderRevision } from "./corpus.ts";

/** Locale codes that have the current revision of an article. */
export function articleLocales(articles: readonly ArticleRecord[], slug: string): string[] {
  return articles.filter((a) => a.slug === slug && !isOlderRevision(a)).map((a) => a.locale);
}

/** Switcher for an article: its page in each locale that has it, else the English one. */
export function articleSwitcher(articles: readonly ArticleRecord[], slug: string): SwitcherLink[] {
  const have = articleLocales(articles, slug);
  return siteLocales.map((locale) => {
    const available = have.includes(locale.code);
    return { locale, available, href: articleUrl(available ? locale.path : "en", slug) };
  });
}
