/** The slice of Pagefind's browser API (`/pagefind/pagefind.js`, 1.6) this site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { element: string; id: string };
}

export interface PagefindResultData {
  url: string;
  content: string;
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindRanking {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
}

export interface PagefindOptions {
  ranking?: PagefindRanking;
  excerptLength?: number;
  indexWeight?: number;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(path: string, options: PagefindOptions & { language: string }): Promise<void>;
}

export interface PagefindModule extends PagefindApi {
  createInstance(options: PagefindOptions): PagefindApi;
}
