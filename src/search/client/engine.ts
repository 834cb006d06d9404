/**
 * Search without DOM: the direct answer from the locale's code map, then
 * Pagefind in the page's language (chosen by Pagefind from `<html lang>`),
 * then, only when that finds nothing, the other languages' indexes.
 */

import type { EntityKind } from "../../corpus/entities.ts";
import { type KnownCodes, knownCodes, lookupCode, pastedToken } from "../code-lookup.ts";
import type { CodeMap, CodeMapError } from "../code-map.ts";
import { type MatchStrength, matchStrength, rankByStrength } from "../confidence.ts";
import { loadLatin } from "../latin.ts";
import { readerHref, type SearchReader } from "../reader-href.ts";
import type { PagefindApi, PagefindModule, PagefindRanking, PagefindResultData } from "./pagefind-types.ts";
import { anchorCode, closestCode, pastedCode, pastedUrl } from "./query-intent.ts";

/** One result as the UI shows it. */
export interface SearchHit {
  url: string;
  kind: EntityKind;
  title: string;
  codes: string;
  message: string;
  excerpt: string;
  /** Site locale path of the page (`pt-pt`), read from its URL. */
  localePath: string;
  /** Sections of an error page that matched (causes, procedures). */
  sections: { title: string; url: string }[];
  /** Site locale codes where the entity exists (`locales` meta). */
  locales: string[];
  /** How well the page matched the query words (see confidence.ts). */
  strength: MatchStrength;
}

/**
 * The page a query names outright, opened by Enter: `code` a complete code or alias, `pasted` a code found in a
 * pasted line, `typo` the one code a few edits away ("did you mean"), `link` a pasted docs address.
 */
export interface Answer {
  kind: "code" | "pasted" | "typo" | "link";
  url: string;
  /** The error, when the answer is one (always, except a `link` to a cause, procedure or article section). */
  error: CodeMapError | undefined;
  /** What a `link` answer without an error points at: its anchor, else the article slug. */
  label: string;
}

export interface SearchOutcome {
  query: string;
  answer: Answer | undefined;
  direct: CodeMapError | undefined;
  hits: SearchHit[];
  /** Results from other languages, only when `hits` is empty. */
  elsewhere: SearchHit[];
  codeLike: boolean;
  /** The code-shaped token of the query (the code of a pasted line), when it has one. */
  code: string | undefined;
}

/**
 * Ranking: a higher term similarity makes an exact code beat a longer code that
 * starts with it (`BackUpOperationFailed` vs `…FailedV2`); page length matters
 * little because error pages with many causes are long but still the answer.
 */
export const RANKING: PagefindRanking = { termSimilarity: 3, pageLength: 0.2 };

const MAX_HITS = 8;
const PAGEFIND_URL = "/pagefind/pagefind.js";

let codeMap: Promise<CodeMap> | undefined;
let primary: Promise<PagefindModule> | undefined;
let others: Promise<PagefindApi> | undefined;

/** The locale's code map and UI strings (a few KB), fetched once. */
export function loadCodeMap(localePath: string): Promise<CodeMap> {
  codeMap ??= fetch(`/search/codes-${localePath}.json`).then((r) => {
    if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
    return r.json() as Promise<CodeMap>;
  });
  return codeMap;
}

function loadPagefind(): Promise<PagefindModule> {
  primary ??= (async () => {
    // A runtime URL, not a module Vite should bundle: Pagefind writes it after the Astro build.
    const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
    await pf.options({ ranking: RANKING, excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return primary;
}

/** An instance over every other language's index (Pagefind 1.6 ignores a `language` option for the primary index). */
function loadOthers(map: CodeMap, currentPath: string): Promise<PagefindApi> {
  others ??= (async () => {
    const pf = await loadPagefind();
    const instance = pf.createInstance({ ranking: RANKING, excerptLength: 24 });
    await instance.init();
    // Absolute URL: mergeIndex skips a path the primary bundle path starts with.
    const base = new URL("/pagefind/", location.href).href;
    for (const locale of map.locales.filter((l) => l.path !== currentPath)) {
      await instance.mergeIndex(base, { language: locale.tag.toLowerCase() });
    }
    return instance;
  })();
  return others;
}

/** A site path (`/it/errors/x/#cause`): merged indexes report absolute URLs when searched in the worker. */
function sitePath(url: string): string {
  const u = new URL(url, location.href);
  return u.pathname + u.hash;
}

function toHit(d: PagefindResultData, strength: MatchStrength): SearchHit {
  const kind = (d.meta.kind ?? "error") as EntityKind;
  const url = sitePath(d.url);
  const page = url.split("#")[0] ?? url;
  return {
    url,
    kind,
    title: d.meta.title ?? "",
    codes: d.meta.code ?? "",
    message: d.meta.message ?? "",
    excerpt: d.plain_excerpt,
    localePath: url.split("/")[1] ?? "",
    sections: d.sub_results
      .map((s) => ({ title: s.title, url: sitePath(s.url), anchored: Boolean(s.anchor) }))
      .filter((s) => s.anchored && s.url.startsWith(`${page}#`))
      .map(({ title, url }) => ({ title, url })),
    locales: (d.meta.locales ?? "").split(" ").filter(Boolean),
    strength,
  };
}

async function run(api: PagefindApi, query: string, codes: KnownCodes, keep: (hit: SearchHit) => boolean): Promise<SearchHit[]> {
  const found = await api.search(query);
  const hits: SearchHit[] = [];
  for (const result of found?.results ?? []) {
    if (hits.length >= MAX_HITS) break;
    const data = await result.data();
    const hit = toHit(data, matchStrength(query, data.content, data.locations, codes));
    if (hit.strength > 0 && keep(hit)) hits.push(hit);
  }
  return rankByStrength(hits);
}

/** `/pt-pt/errors/x/#cause` → `errors/x/`: the same entity in any language. */
const entityOf = (url: string): string => (url.split("#")[0] ?? url).split("/").slice(2).join("/");

/**
 * Orders results from other languages: the language that matched the query
 * word itself before stem matches (an Italian word finds the Italian page
 * first), the default locale (English) first among equals (the canonical, complete language),
 * then one result per entity.
 */
export function orderElsewhere(hits: readonly SearchHit[], defaultPath: string): SearchHit[] {
  const ordered = [...hits]
    .filter((h) => h.strength > 0)
    .sort((a, b) => b.strength - a.strength || Number(b.localePath === defaultPath) - Number(a.localePath === defaultPath));
  const byEntity = new Map<string, SearchHit>();
  for (const hit of ordered) if (!byEntity.has(entityOf(hit.url))) byEntity.set(entityOf(hit.url), hit);
  return [...byEntity.values()];
}

/** A result from another language, linked to the page the reader can read (their own, or the entity's fallback page). */
export function forReader(hit: SearchHit, reader: SearchReader): SearchHit {
  return {
    ...hit,
    url: readerHref(hit.url, hit.locales, reader),
    sections: hit.sections.map((s) => ({ ...s, url: readerHref(s.url, hit.locales, reader) })),
  };
}

/** Results without the page the direct answer already shows. */
export function withoutDirect(hits: readonly SearchHit[], direct: CodeMapError | undefined): SearchHit[] {
  return direct ? hits.filter((h) => (h.url.split("#")[0] ?? h.url) !== direct.url) : [...hits];
}

/** Whether the site has a page at `url` (a cheap HEAD request; false when offline). */
async function exists(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { method: "HEAD" })).ok;
  } catch {
    return false;
  }
}

/** Where a pasted docs address leads in the reader's language: the error its anchor names, the cause or procedure page, else that anchor on the article. */
async function linkAnswer(map: CodeMap, localePath: string, query: string): Promise<Answer | undefined> {
  const pasted = pastedUrl(query);
  if (!pasted) return undefined;
  const error = anchorCode(map, pasted.anchor) ?? (pasted.anchor ? undefined : pastedCode(map, pasted.slug));
  if (error) return { kind: "link", url: error.url, error, label: error.codes[0] ?? error.id };
  const id = encodeURIComponent(pasted.anchor.toLowerCase());
  if (id) {
    for (const kind of ["causes", "solutions"]) {
      const url = `/${localePath}/${kind}/${id}/`;
      if (await exists(url)) return { kind: "link", url, error: undefined, label: pasted.anchor };
    }
  }
  const article = `/${localePath}/articles/${encodeURIComponent(pasted.slug)}/`;
  if (!(await exists(article))) return undefined;
  return {
    kind: "link",
    url: `${article}${pasted.anchor ? `#${encodeURIComponent(pasted.anchor)}` : ""}`,
    error: undefined,
    label: pasted.anchor || pasted.slug,
  };
}

/** The page the query names outright, if any (see `Answer`): instant for codes once the code map is in. */
export async function directAnswer(localePath: string, query: string): Promise<Answer | undefined> {
  const [map] = await Promise.all([loadCodeMap(localePath), loadLatin(query)]);
  const answer = (kind: Answer["kind"], error: CodeMapError | undefined): Answer | undefined =>
    error ? { kind, url: error.url, error, label: error.codes[0] ?? error.id } : undefined;
  return (
    answer("code", lookupCode(map, query)) ??
    (await linkAnswer(map, localePath, query)) ??
    answer("pasted", pastedCode(map, query)) ??
    answer("typo", closestCode(map, query))
  );
}

/** The full search for a query in the locale at `localePath`. */
export async function search(localePath: string, query: string): Promise<SearchOutcome> {
  const [map] = await Promise.all([loadCodeMap(localePath), loadLatin(query)]);
  const codes = knownCodes(map);
  const answer = await directAnswer(localePath, query);
  const direct = answer?.error;
  // The code a query or pasted line names by shape, known or not (`Error code: UserErrorNoSuchThing <br>`).
  const code = pastedToken(query, codes);
  // A pasted line or address is searched for what it names, not for its labels, message words and punctuation.
  const terms =
    answer && answer.kind !== "code" ? (direct?.codes[0] ?? answer.label.replace(/[-_]+/g, " ")) : answer ? query : (code ?? query);
  const found = (await run(await loadPagefind(), terms, codes, () => true)).filter(
    (hit) => !answer || hit.url.split("#")[0] !== answer.url.split("#")[0],
  );
  // The code map lists the site locales, the default (fallback) one first.
  const reader = { code: map.locale, path: localePath, locales: map.locales };
  const elsewhere = found.length
    ? []
    : orderElsewhere(
        await run(await loadOthers(map, localePath), terms, codes, (hit) => hit.localePath !== localePath),
        map.locales[0]?.path ?? localePath,
      ).map((hit) => forReader(hit, reader));
  return {
    query,
    answer,
    direct,
    hits: withoutDirect(found, direct),
    elsewhere: withoutDirect(elsewhere, direct),
    codeLike: code !== undefined,
    code,
  };
}
