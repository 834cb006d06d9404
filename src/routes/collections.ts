import { getCollection } from "astro:content";
import type { ArticleEntry, CauseEntry, CorpusDocument, ErrorEntry, SolutionEntry } from "../corpus/records.ts";

export type { ArticleEntry, Backlink, CauseEntry, ErrorEntry, SolutionEntry } from "../corpus/records.ts";
export type Diagnostic = CorpusDocument["diagnostics"][number];

/**
 * Every record of every locale, read once per build. For routes
 * (`getStaticPaths`) and the few index pages that list a whole locale; an
 * entity page gets only the record it shows. Rendered HTML is held by
 * reference: `recordHtml` (record-html.ts) reads it.
 */
export interface Corpus {
  errors: ErrorEntry[];
  causes: CauseEntry[];
  solutions: SolutionEntry[];
  /** Current revisions and older ones (`older`). */
  articles: ArticleEntry[];
  diagnostics: Diagnostic[];
}

let pending: Promise<Corpus> | null = null;

async function read(): Promise<Corpus> {
  const [errors, causes, solutions, articles, diagnostics] = await Promise.all([
    getCollection("errors"),
    getCollection("causes"),
    getCollection("solutions"),
    getCollection("articles"),
    getCollection("diagnostics"),
  ]);
  return {
    errors: errors.map((e) => e.data),
    causes: causes.map((e) => e.data),
    solutions: solutions.map((e) => e.data),
    articles: articles.map((a) => a.data),
    diagnostics: diagnostics.map((d) => d.data),
  };
}

/** The corpus, shared by every route of the build. */
export function loadCorpus(): Promise<Corpus> {
  pending ??= read();
  return pending;
}

let firstArticles: Promise<Map<string, string>> | null = null;

/** Slug of the first current article of a locale (else of any locale): the header's "article" link, computed once per build. */
export async function mainArticleSlug(locale: string): Promise<string> {
  firstArticles ??= loadCorpus().then(({ articles }) => {
    const map = new Map<string, string>();
    for (const a of articles) if (!a.older && !map.has(a.locale)) map.set(a.locale, a.slug);
    return map;
  });
  const map = await firstArticles;
  return map.get(locale) ?? [...map.values()][0] ?? "";
}

/** True when an article record is an older revision kept for its anchors. */
export const isOlderRevision = (a: ArticleEntry): boolean => a.older;

/** Records of one locale. */
export function inLocale<T extends { locale: string }>(records: readonly T[], code: string): T[] {
  return records.filter((r) => r.locale === code);
}
