import type { ArticleRecord } from "../corpus/records.ts";
import { defaultLocale, siteLocales } from "../i18n/locales.ts";
import { articleUrl, mustLocale, revisionUrl } from "../i18n/urls.ts";

/** What stubs need of an article, in the corpus or in the collection (whose HTML is a reference). */
type StubSource = Pick<ArticleRecord, "slug" | "older" | "locale" | "title" | "date" | "sections" | "anchors">;

/** A section this locale's article lacks: its published anchors, the title it has elsewhere, and where it is. */
export interface AnchorStub {
  /** Anchors to carry on this page (the first is the stub's own id). */
  anchors: string[];
  /** Title of the section in the locale it links to. */
  title: string;
  /** BCP 47 tag of the title's language. */
  lang: string;
  /** The section on the article page of a locale that has it. */
  href: string;
}

/**
 * For each current article page of `slug`, the stubs of every anchor that any revision in any locale published
 * for this article and the page does not carry, grouped by the section of the reference article they belong to
 * (the default locale's, else the first locale with the article) and in its order.
 */
export function anchorStubs(articles: readonly StubSource[], slug: string): Map<string, AnchorStub[]> {
  const records = articles.filter((a) => a.slug === slug);
  const current = records.filter((a) => !a.older);
  const order = siteLocales.map((l) => l.code);
  const byPreference = [...current].sort(
    (a, b) =>
      Number(b.locale === defaultLocale.code) - Number(a.locale === defaultLocale.code) ||
      order.indexOf(a.locale) - order.indexOf(b.locale),
  );
  const carried = new Map(current.map((a) => [a.locale, new Set(a.anchors)]));
  // Every published anchor, in the order of the preferred article, then of the others (older revisions too).
  const published = [...new Set([...byPreference, ...records].flatMap((a) => a.anchors))];

  const stubsFor = new Map<string, AnchorStub[]>();
  for (const page of current) {
    const own = carried.get(page.locale) ?? new Set();
    const stubs: AnchorStub[] = [];
    let group: { key: string; stub: AnchorStub } | undefined;
    for (const anchor of published) {
      if (own.has(anchor)) continue;
      // A current article of another locale that has it, else the older revision that published it.
      const home = [...byPreference, ...records.filter((a) => a.older)].find(
        (a) => a !== page && (a.older ? a.anchors.includes(anchor) : carried.get(a.locale)?.has(anchor)),
      );
      if (!home) continue;
      const section = sectionOf(home, anchor);
      const key = `${home.locale} ${section?.anchors[0] ?? anchor}`;
      if (group?.key === key) {
        group.stub.anchors.push(anchor);
        continue;
      }
      const locale = mustLocale(home.locale);
      group = {
        key,
        stub: {
          anchors: [anchor],
          title: section?.title || home.title,
          lang: locale.tag,
          href: `${home.older ? revisionUrl(locale.path, slug, home.date) : articleUrl(locale.path, slug)}#${anchor}`,
        },
      };
      stubs.push(group.stub);
    }
    stubsFor.set(page.locale, stubs);
  }
  return stubsFor;
}

/** The top-level section of `article` an anchor belongs to: the last section that starts at or before it. */
function sectionOf(article: StubSource, anchor: string): StubSource["sections"][number] | undefined {
  const ids = article.anchors;
  const at = ids.indexOf(anchor);
  let found: { start: number; section: StubSource["sections"][number] } | undefined;
  for (const section of article.sections) {
    const starts = section.anchors.map((a) => ids.indexOf(a)).filter((i) => i >= 0);
    const start = starts.length ? Math.min(...starts) : -1;
    if (start >= 0 && start <= at && (!found || start >= found.start)) found = { start, section };
  }
  return found?.section;
}
