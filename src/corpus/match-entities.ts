import { headingInfo } from "../parser/anchors.ts";
import type { Diagnostic, ParsedError, ParsedSource } from "../parser/types.ts";
import { collectCodeSites, writtenCodes } from "./code-sites.ts";
import { addUnique, type Entity, type EntityKind, type Occurrence } from "./entities.ts";
import type { Located } from "./locate-sources.ts";
import { matchErrorSection } from "./match-errors.ts";
import { sectionAnchors } from "./section-anchors.ts";

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

type Place = { file: string; line: number; column: number };

/** The growing set of entities and the indexes that find them, shared by the matching steps. */
export class EntityTable {
  readonly entities: Entity[] = [];
  readonly byAnchor: AnchorIndex = new Map();
  readonly byCode = new Map<string, Entity>();
  readonly entityOfError = new Map<ParsedError, Entity>();
  /** `kind id` of every entity, so a new id is checked in constant time, not by a scan of the table. */
  readonly #taken = new Set<string>();
  readonly report: (d: Diagnostic) => void;
  constructor(report: (d: Diagnostic) => void) {
    this.report = report;
  }

  indexAnchors(entity: Entity, anchors: readonly string[], sub = false): void {
    for (const a of anchors) if (!this.byAnchor.has(lower(a))) this.byAnchor.set(lower(a), { entity, sub: sub ? a : null });
  }

  findByAnchors(anchors: readonly string[], kinds: readonly EntityKind[]): Entity | null {
    for (const a of anchors) {
      const hit = this.byAnchor.get(lower(a));
      if (hit && !hit.sub && kinds.includes(hit.entity.kind)) return hit.entity;
    }
    return null;
  }

  /** A new entity; ids become URL path segments, so they keep to letters, digits, `_`, `.` and `-`. */
  create(kind: EntityKind, wanted: string, place?: Place): Entity {
    let id = wanted.replace(/[^\p{L}\p{N}_.-]+/gu, "-").replace(/^[.-]+|-+$/g, "") || kind;
    if (id !== wanted && place) {
      this.report({
        ...place,
        severity: "warning",
        code: "anchor-unsafe",
        message: `Unexpected characters in \`${wanted}\`, expected letters, digits, _ . -; the id is \`${id}\`.`,
      });
    }
    // Two entities of one kind never share an id (two articles may reuse an anchor).
    const base = id;
    for (let n = 2; this.#taken.has(`${kind} ${id}`); n++) id = `${base}-${n}`;
    const entity: Entity = { kind, id, anchors: [], codes: [], aliases: [], subAnchors: [], byLocale: new Map() };
    this.#taken.add(`${kind} ${id}`);
    this.entities.push(entity);
    return entity;
  }

  addCode(entity: Entity, code: string): void {
    addUnique(entity.codes, [code]);
    if (!this.byCode.has(lower(code))) this.byCode.set(lower(code), entity);
  }

  addAlias(entity: Entity, alias: string): void {
    addUnique(entity.aliases, [alias]);
    if (!this.byCode.has(lower(alias))) this.byCode.set(lower(alias), entity);
  }

  occur(entity: Entity, locale: string, occurrence: Occurrence): void {
    const list = entity.byLocale.get(locale) ?? [];
    list.push(occurrence);
    entity.byLocale.set(locale, list);
  }
}

/**
 * Matches every error, cause and procedure section of every source to one
 * entity: errors through their codes and anchors (see `matchErrorSection`),
 * causes and procedures through shared anchors (case-insensitive); the first
 * source that has an entity (the canonical article) gives its id. Records
 * every anchor and alias, and reports each repair.
 */
export function matchEntities(located: readonly Located[], report: (d: Diagnostic) => void): Identity {
  const table = new EntityTable(report);
  const sites = collectCodeSites(located);
  const sources = located.map((l) => l.source);
  const articleAnchors = new Map<string, Set<string>>();

  // Sections whose code line the parser could not read wait until every other section is matched,
  // so that their position among the other locales' error sections can name them.
  const deferred: Parameters<typeof matchErrorSection>[1][] = [];
  for (const { source, locale } of located) {
    for (const node of source.errors) {
      const section = { source, locale: locale.code, node, sites, sources };
      if (node.unresolved && !writtenCodes(node).length) deferred.push(section);
      else matchErrorSection(table, section);
    }
    matchCausesAndProcedures(table, source, locale.code);
    // `<a name>` anchors, and the DocFX auto-ids of headings without one, which the article page carries too.
    const carried = [
      ...source.anchors.map((a) => a.name),
      ...source.tree.nodes.flatMap((node) => (node.type === "heading" ? headingInfo(node).anchors : [])),
    ];
    for (const name of carried) {
      const set = articleAnchors.get(lower(name)) ?? new Set();
      set.add(locale.code);
      articleAnchors.set(lower(name), set);
    }
  }
  for (const section of deferred) matchErrorSection(table, section);
  return { entities: table.entities, byAnchor: table.byAnchor, articleAnchors, entityOfError: table.entityOfError };
}

/** Causes and standalone procedures: one entity per shared anchor; a section is a cause or a procedure as the first source says. */
function matchCausesAndProcedures(table: EntityTable, source: ParsedSource, locale: string): void {
  const at = (h: { line: number; column: number }): Place => ({ file: source.file, line: h.line, column: h.column });
  for (const node of source.causes) {
    const anchors = sectionAnchors(source, node.heading);
    const entity = table.findByAnchors(anchors, ["cause", "solution"]) ?? table.create("cause", anchors[0] ?? "cause", at(node.heading));
    addUnique(entity.anchors, anchors);
    table.indexAnchors(entity, anchors);
    table.occur(
      entity,
      locale,
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
    const anchors = sectionAnchors(source, node.heading);
    const entity =
      table.findByAnchors(anchors, ["cause", "solution"]) ?? table.create("solution", anchors[0] ?? "solution", at(node.heading));
    addUnique(entity.anchors, anchors);
    addUnique(entity.subAnchors, node.subAnchors);
    table.indexAnchors(entity, anchors);
    table.indexAnchors(entity, node.subAnchors, true);
    table.occur(
      entity,
      locale,
      entity.kind === "solution"
        ? { kind: "solution", source, node }
        : { kind: "cause", source, node: { heading: node.heading, body: node.body, solution: null } },
    );
  }
}
