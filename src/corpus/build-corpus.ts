import type { SiteLocale } from "../i18n/locales.ts";
import type { Diagnostic, ParsedSource } from "../parser/types.ts";
import { articleAnchorIndex } from "./article-anchors.ts";
import { articleRecords } from "./article-records.ts";
import { entityRecords } from "./entity-records.ts";
import { headingGroups } from "./heading-groups.ts";
import { locateSources } from "./locate-sources.ts";
import { matchEntities } from "./match-entities.ts";
import type { CauseRecord, CorpusDocument, ErrorRecord, SolutionRecord } from "./records.ts";
import { linkBacklinks } from "./relations.ts";
import { type PageSettings, pageContexts } from "./render-context.ts";
import { reportShortLinkConflicts } from "./short-links.ts";
import { reportUnreadErrorSections } from "./unread-sections.ts";

export interface CorpusOptions extends PageSettings {
  /** Site locale of a source's `ms.contentlocale`; null means unknown (an error). */
  localeOf: (contentLocale: string) => SiteLocale | null;
  /** Locales in order of preference for an entity the canonical locale lacks (default: the order sources are located in). */
  fallbackOrder?: readonly string[];
}

/**
 * Gives every error, cause and solution one id across locales (from the
 * canonical article: lowercase code, or canonical anchor), matching other
 * sources through shared anchors and codes; repairs corrupted codes; records
 * every anchor ever published; renders each entity's page fragments; and
 * links every record to the pages that refer to it.
 */
export function buildCorpus(parsed: readonly ParsedSource[], options: CorpusOptions): CorpusDocument {
  const diagnostics: Diagnostic[] = parsed.flatMap((p) => p.diagnostics);
  const seen = new Set(diagnostics.map(key));
  const report = (d: Diagnostic): void => {
    if (seen.has(key(d))) return;
    seen.add(key(d));
    diagnostics.push(d);
  };

  const located = locateSources(parsed, options, report);
  const identity = matchEntities(located, report);
  reportUnreadErrorSections(located, identity.byAnchor, report);
  const groups = headingGroups(
    located.map((l) => l.source),
    identity.byAnchor,
  );
  const pages = pageContexts(located, identity, groups, options, report, articleAnchorIndex(located, identity.entities));
  // A translation is out of date against its own article's English source only (never another article, nor another translation).
  const sourceDates = new Map<string, string>();
  for (const { source, locale, current } of located)
    if (current && locale.code === options.canonical) sourceDates.set(source.slug, source.meta.date);
  const newestDate = (slug: string): string => sourceDates.get(slug) ?? "";

  const fallbackOrder = options.fallbackOrder ?? [...new Set(located.map((l) => l.locale.code))];
  const built = entityRecords({ ...identity, located, pages, canonical: options.canonical, fallbackOrder, report, newestDate });
  linkBacklinks(built);
  const records = built.map((b) => b.record);
  const errors = records.filter((r): r is ErrorRecord => r.kind === "error");
  reportShortLinkConflicts(errors, report);
  return {
    articles: articleRecords(located, identity, pages, newestDate),
    errors,
    causes: records.filter((r): r is CauseRecord => r.kind === "cause"),
    solutions: records.filter((r): r is SolutionRecord => r.kind === "solution"),
    diagnostics,
  };
}

function key(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
}
