import type { Diagnostic } from "../parser/types.ts";
import type { Entity } from "./entities.ts";

/**
 * The language an entity is read in where the reader's language lacks it:
 * the canonical one (English) when the entity has it, else the first of the
 * configured order that has it, else the first locale it was found in.
 */
export function fallbackLocale(entity: Entity, canonical: string, order: readonly string[]): string {
  return bestLocale([...entity.byLocale.keys()], canonical, order);
}

/** The rule of {@link fallbackLocale} over the locale codes an entity exists in (for routes that know only those). */
export function bestLocale(present: readonly string[], canonical: string, order: readonly string[]): string {
  if (present.includes(canonical)) return canonical;
  return order.find((code) => present.includes(code)) ?? present[0] ?? canonical;
}

/** An info note for the content status: an entity the canonical language lacks, and where its readers are sent. */
export function missingCanonicalNote(entity: Entity, canonical: string, fallback: string): Diagnostic | null {
  if (entity.byLocale.has(canonical)) return null;
  const first = [...entity.byLocale.values()][0]?.[0];
  if (!first) return null;
  const heading = first.node.heading;
  return {
    file: first.source.file,
    line: heading.line,
    column: heading.column,
    severity: "info",
    code: "canonical-missing",
    message: `The ${entity.kind} ${entity.id} exists only in ${[...entity.byLocale.keys()].join(", ")}, not in ${canonical}; readers of other languages get the ${fallback} page.`,
  };
}
