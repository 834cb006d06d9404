import type { Diagnostic, ParsedError } from "../parser/types.ts";
import { bestMatch } from "./codes.ts";
import { addUnique, type Entity, type EntityKind, type Occurrence } from "./entities.ts";
import type { Located } from "./locate-sources.ts";

const lower = (s: string): string => s.toLowerCase();

/** Where each anchor (lowercase) leads: an entity, or a sub-section of one. */
export type AnchorIndex = Map<string, { entity: Entity; sub: string | null }>;

export interface Identity {
  entities: Entity[];
  byAnchor: AnchorIndex;
  /** Lowercase anchor → locales whose article carries it. */
  articleAnchors: Map<string, Set<string>>;
  entityOfError: Map<ParsedError, Entity>;
}

/**
 * Matches every error, cause and procedure section of every source to one
 * entity: through shared anchors (case-insensitive), then codes, then a
 * repair of a corrupted code; the first source that has an entity (the
 * canonical article) gives its id. Records every anchor and alias, and
 * reports each repair.
 */
export function matchEntities(located: readonly Located[], report: (d: Diagnostic) => void): Identity {
  const entities: Entity[] = [];
  const byAnchor = new Map<string, { entity: Entity; sub: string | null }>();
  const byCode = new Map<string, Entity>();
  const articleAnchors = new Map<string, Set<string>>(); // lower anchor → locales whose article carries it
  const codeOwner = new Map<string, { entity: Entity; where: string }>();
  const entityOfError = new Map<ParsedError, Entity>();

  const indexAnchors = (entity: Entity, anchors: string[], sub = false): void => {
    for (const a of anchors) if (!byAnchor.has(lower(a))) byAnchor.set(lower(a), { entity, sub: sub ? a : null });
  };
  const findByAnchors = (anchors: string[], kinds: EntityKind[]): Entity | null => {
    for (const a of anchors) {
      const hit = byAnchor.get(lower(a));
      if (hit && !hit.sub && kinds.includes(hit.entity.kind)) return hit.entity;
    }
    return null;
  };
  const newEntity = (kind: EntityKind, wanted: string, place?: { file: string; line: number; column: number }): Entity => {
    // Ids become URL path segments: keep them to letters, digits, `_`, `.` and `-`.
    const id = wanted.replace(/[^\p{L}\p{N}_.-]+/gu, "-").replace(/^[.-]+|-+$/g, "") || kind;
    if (id !== wanted && place) {
      report({
        ...place,
        severity: "warning",
        code: "anchor-unsafe",
        message: `Unexpected characters in anchor \`${wanted}\`, expected letters, digits, _ . -; the id is \`${id}\`.`,
      });
    }
    const entity: Entity = { kind, id, anchors: [], codes: [], aliases: [], subAnchors: [], byLocale: new Map() };
    entities.push(entity);
    return entity;
  };
  const occur = (entity: Entity, locale: string, occurrence: Occurrence): void => {
    const list = entity.byLocale.get(locale) ?? [];
    list.push(occurrence);
    entity.byLocale.set(locale, list);
  };

  for (const { source, locale } of located) {
    const at = (line: number, column: number) => ({ file: source.file, line, column });
    for (const node of source.errors) {
      let entity = findByAnchors(node.heading.anchors, ["error"]);
      if (!entity) {
        entity = node.rawCodes.map((c) => byCode.get(lower(c))).find(Boolean) ?? null;
        const claimed = entity?.byLocale.get(locale.code)?.find((o) => o.source === source);
        if (entity && claimed) {
          report({
            ...at(node.codeLine.line, node.codeLine.column),
            severity: "error",
            code: "code-conflict",
            message: `Code \`${node.rawCodes.join(" / ")}\` is claimed by two different errors (sections at lines ${claimed.node.heading.line} and ${node.heading.line}); give each error its own code. The second section was skipped.`,
          });
          continue;
        }
      }
      if (!entity) {
        const allCodes = entities.flatMap((e) => e.codes);
        const repaired = node.rawCodes.map((c) => bestMatch(c, allCodes)).find(Boolean);
        entity = repaired ? (byCode.get(lower(repaired)) ?? null) : null;
      }
      if (!entity) {
        entity = newEntity("error", lower(node.rawCodes[0] ?? node.heading.anchors[0] ?? "error"));
        addUnique(entity.codes, node.rawCodes);
        for (const c of node.rawCodes) byCode.set(lower(c), entity);
      }
      for (const written of node.rawCodes) {
        const exact = entity.codes.find((c) => c === written);
        const canonical = exact ?? entity.codes.find((c) => lower(c) === lower(written)) ?? bestMatch(written, entity.codes, 0.5);
        if (!canonical) {
          // Matched by anchor, but the code looks nothing like this error's codes: not a repair.
          report({
            ...at(node.codeLine.line, node.codeLine.column),
            severity: "warning",
            code: "code-unrecognized",
            message: `Unexpected code \`${written}\` in a section whose anchors belong to ${entity.id} (${entity.codes.join(" / ")}); it resembles none of its codes, so it was ignored.`,
          });
          continue;
        }
        if (!exact) {
          addUnique(entity.aliases, [written]);
          byCode.set(lower(written), entity);
          report({
            ...at(node.codeLine.line, node.codeLine.column),
            severity: "warning",
            code: "code-repaired",
            message: `Unexpected code \`${written}\`, expected \`${canonical}\` (matched through ${findByAnchors(node.heading.anchors, ["error"]) === entity ? "the section's anchors" : "the other locales' codes"}); repaired.`,
          });
        }
        const owner = codeOwner.get(`${source.file}|${lower(canonical)}`);
        if (owner && owner.entity !== entity) {
          report({
            ...at(node.codeLine.line, node.codeLine.column),
            severity: "error",
            code: "code-conflict",
            message: `Code \`${canonical}\` is claimed by two different errors (${owner.entity.id} at ${owner.where} and ${entity.id}); give each error its own code.`,
          });
        }
        codeOwner.set(`${source.file}|${lower(canonical)}`, { entity, where: `${source.file}:${node.codeLine.line}` });
      }
      // Machine translation also corrupts codes in heading text.
      for (const token of node.heading.title.split(/[^\p{L}\p{N}]+/u)) {
        if (token.length < 12 || entity.codes.includes(token)) continue;
        const match = bestMatch(token, entity.codes, 0.8);
        if (match && !entity.aliases.includes(token) && lower(token) !== lower(match)) {
          addUnique(entity.aliases, [token]);
          report({
            ...at(node.heading.line, node.heading.column),
            severity: "warning",
            code: "title-repaired",
            message: `Unexpected code \`${token}\` in the heading, expected \`${match}\`; repaired in the title.`,
          });
        }
      }
      addUnique(entity.anchors, node.heading.anchors);
      indexAnchors(entity, node.heading.anchors);
      occur(entity, locale.code, { kind: "error", source, node });
      entityOfError.set(node, entity);
    }
    for (const node of source.causes) {
      const entity =
        findByAnchors(node.heading.anchors, ["cause", "solution"]) ??
        newEntity("cause", node.heading.anchors[0] ?? "cause", at(node.heading.line, node.heading.column));
      addUnique(entity.anchors, node.heading.anchors);
      indexAnchors(entity, node.heading.anchors);
      occur(
        entity,
        locale.code,
        entity.kind === "cause"
          ? { kind: "cause", source, node }
          : {
              kind: "solution",
              source,
              node: { heading: node.heading, body: { nodes: [...node.body.nodes, ...(node.solution?.body.nodes ?? [])] }, subAnchors: [] },
            },
      );
    }
    for (const node of source.solutions) {
      const entity =
        findByAnchors(node.heading.anchors, ["cause", "solution"]) ??
        newEntity("solution", node.heading.anchors[0] ?? "solution", at(node.heading.line, node.heading.column));
      addUnique(entity.anchors, node.heading.anchors);
      addUnique(entity.subAnchors, node.subAnchors);
      indexAnchors(entity, node.heading.anchors);
      indexAnchors(entity, node.subAnchors, true);
      occur(
        entity,
        locale.code,
        entity.kind === "solution"
          ? { kind: "solution", source, node }
          : { kind: "cause", source, node: { heading: node.heading, body: node.body, solution: null } },
      );
    }
    for (const a of source.anchors) {
      const set = articleAnchors.get(lower(a.name)) ?? new Set();
      set.add(locale.code);
      articleAnchors.set(lower(a.name), set);
    }
  }

  return { entities, byAnchor, articleAnchors, entityOfError };
}
