import type { Diagnostic, ParsedSource } from "../parser/types.ts";
import type { Entity, Occurrence } from "./entities.ts";

/**
 * The article canonical for an entity: the one of its first occurrence in
 * the canonical locale (sources are located canonical first), else of its
 * first occurrence anywhere.
 */
export function canonicalArticle(entity: Entity, canonical: string): string | null {
  const first = entity.byLocale.get(canonical)?.[0] ?? [...entity.byLocale.values()][0]?.[0];
  return first?.source.slug ?? null;
}

/**
 * One occurrence per article that describes the entity in a locale (its
 * current revision when it has one), the article canonical for the entity
 * first, the others in the order they were found.
 */
export function describingOccurrences(
  entity: Entity,
  locale: string,
  canonicalSlug: string | null,
  isCurrent: (source: ParsedSource) => boolean,
): Occurrence[] {
  const bySlug = new Map<string, Occurrence>();
  for (const o of entity.byLocale.get(locale) ?? []) {
    const seen = bySlug.get(o.source.slug);
    if (!seen || (!isCurrent(seen.source) && isCurrent(o.source))) bySlug.set(o.source.slug, o);
  }
  const list = [...bySlug.values()];
  return [...list.filter((o) => o.source.slug === canonicalSlug), ...list.filter((o) => o.source.slug !== canonicalSlug)];
}

/** Two articles of one locale giving one code different messages: both are shown, with a warning. */
export function conflictingDescriptions(entity: Entity, described: readonly Occurrence[]): Diagnostic | null {
  const errors = described.flatMap((o) => (o.kind === "error" ? [o] : []));
  const [first, ...rest] = errors;
  // Case and punctuation are machine translation's noise, not another message.
  const words = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[\p{P}\s]+/gu, " ")
      .trim();
  const other = rest.find((o) => words(o.node.message) !== words(first?.node.message ?? ""));
  if (!first || !other) return null;
  return {
    file: other.source.file,
    line: other.node.codeLine.line,
    column: other.node.codeLine.column,
    severity: "warning",
    code: "code-described-twice",
    message: `Unexpected second description of ${entity.id} with another message (articles ${first.source.slug} and ${other.source.slug}); its page shows both, ${first.source.slug} first.`,
  };
}
