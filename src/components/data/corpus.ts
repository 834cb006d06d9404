import { type CollectionEntry, getCollection } from "astro:content";

/** Record shapes as the collections' schemas give them (see `src/corpus/records.ts`). */
export type ErrorRecord = CollectionEntry<"errors">["data"];
export type CauseRecord = CollectionEntry<"causes">["data"];
export type SolutionRecord = CollectionEntry<"solutions">["data"];
export type ArticleRecord = CollectionEntry<"articles">["data"];
export type Diagnostic = CollectionEntry<"diagnostics">["data"];

/** Every record of every locale, read once per build. */
export interface Corpus {
  errors: ErrorRecord[];
  causes: CauseRecord[];
  solutions: SolutionRecord[];
  /** Current revisions and older ones (`revision` ≠ the newest of `revisions`). */
  articles: ArticleRecord[];
  diagnostics: Diagnostic[];
  /** Newest source date of any locale: older translations may be out of date. */
  newestDate: string;
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
  const articleData = articles.map((a) => a.data);
  return {
    errors: errors.map((e) => e.data),
    causes: causes.map((e) => e.data),
    solutions: solutions.map((e) => e.data),
    articles: articleData,
    diagnostics: diagnostics.map((d) => d.data),
    newestDate:
      articleData
        .map((a) => a.date)
        .sort()
        .at(-1) ?? "",
  };
}

/** The corpus, shared by every page of the build. */
export function loadCorpus(): Promise<Corpus> {
  pending ??= read();
  return pending;
}

/** True when an article record is an older revision kept for its anchors (`older: true`). */
export const isOlderRevision = (a: ArticleRecord): boolean => a.older;

/** Records of one locale, sorted for display. */
export function inLocale<T extends { locale: string }>(records: readonly T[], code: string): T[] {
  return records.filter((r) => r.locale === code);
}

/** Errors of a locale whose cause or step lines point at `id`. */
export function errorsReferencing(corpus: Corpus, code: string, id: string): ErrorRecord[] {
  return inLocale(corpus.errors, code).filter((e) => [...e.causes, ...e.steps].some((c) => c.ref === id));
}
