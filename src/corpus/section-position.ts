import type { ParsedError, ParsedSource } from "../parser/types.ts";
import type { Entity } from "./entities.ts";

/**
 * Targets confirmed by position: the error sections at the same place among
 * the error sections of another source of the same article (the canonical
 * one first): same count and index, or both first, or the previous section
 * the same error as ours. `strict` (nothing written to compare with) asks
 * for the same count and index, or both neighbours the same errors.
 * Positions come from structure, never from translated text.
 */
export function entityAtSamePosition(
  source: ParsedSource,
  node: ParsedError,
  others: readonly ParsedSource[],
  entityOf: (node: ParsedError) => Entity | undefined,
  strict = false,
): Entity[] {
  const index = source.errors.indexOf(node);
  if (index < 0) return [];
  const found: Entity[] = [];
  const previous = index > 0 ? entityOf(source.errors[index - 1] as ParsedError) : undefined;
  const next = index + 1 < source.errors.length ? entityOf(source.errors[index + 1] as ParsedError) : undefined;
  for (const other of others) {
    if (other === source || other.slug !== source.slug) continue;
    const same = other.errors.length === source.errors.length;
    for (let j = 0; j < other.errors.length; j++) {
      const before = previous !== undefined && j > 0 && entityOf(other.errors[j - 1] as ParsedError) === previous;
      const after = next !== undefined && entityOf(other.errors[j + 1] as ParsedError) === next;
      // Without a written token to compare, only the same structure or both neighbours confirm a position.
      const confirmed = strict
        ? (same && j === index) || (before && after) || (index === 0 && j === 0 && after)
        : (same && j === index) || (index === 0 && j === 0) || before;
      if (!confirmed) continue;
      const target = entityOf(other.errors[j] as ParsedError);
      if (target && !found.includes(target)) found.push(target);
    }
  }
  return found;
}
