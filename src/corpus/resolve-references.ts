import type { ErrorReference, ReferenceKind } from "../parser/types.ts";
import type { EntityKind } from "./entities.ts";
import type { AnchorIndex } from "./match-entities.ts";

/** One reference of an error, resolved: the entity it names (or the article section), in source order. */
export interface ResolvedReference {
  /** `cause` (a cause section), `step` (a procedure) or `see-also` (another error), from what the target is. */
  kind: ReferenceKind;
  /** Id of the entity the link leads to; null for plain text, a section that is no entity, or a broken link. */
  ref: string | null;
  /** Kind of that entity (`error`, `cause`, `solution`), null when `ref` is. */
  target: EntityKind | null;
  /** The anchor as written (null for plain text), and the sub-section of the entity it names, if any. */
  anchor: string | null;
  sub: string | null;
  text: string;
  title: string;
}

const KIND_OF: Record<EntityKind, ReferenceKind> = { cause: "cause", solution: "step", error: "see-also" };

/**
 * Resolves every reference of an error to an entity id, its kind coming from
 * what the target is (a cause, a procedure, another error). A link to an
 * anchor some article section carries but no entity stays a link to that
 * section (null `ref`). A link to an anchor nothing carries is reported once,
 * as `link-broken` with its place, where the article page renders it.
 */
export function resolveReferences(references: readonly ErrorReference[], byAnchor: AnchorIndex): ResolvedReference[] {
  return references.map((r) => {
    const base = { anchor: r.anchor, text: r.text, title: r.title };
    const hit = r.anchor ? byAnchor.get(r.anchor.toLowerCase()) : undefined;
    if (hit) return { ...base, kind: KIND_OF[hit.entity.kind], ref: hit.entity.id, target: hit.entity.kind, sub: hit.sub };
    return { ...base, kind: r.kind, ref: null, target: null, sub: null };
  });
}
