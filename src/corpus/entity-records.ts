import type { PhrasingContent, RootContent } from "mdast";
import type { ParsedError, ParsedSource } from "../parser/types.ts";
import type { RenderContext } from "../render/context.ts";
import { renderFragment } from "../render/render.ts";
import { canonicalArticle, conflictingDescriptions, describingOccurrences } from "./article-descriptions.ts";
import { bestMatch } from "./codes.ts";
import type { Entity, EntityKind, Occurrence } from "./entities.ts";
import { fallbackLocale, missingCanonicalNote } from "./fallback.ts";
import type { Located } from "./locate-sources.ts";
import type { AnchorIndex } from "./match-entities.ts";
import type { CauseRecord, CauseRef, EntityRecord, ErrorRecord, InlineBlock, SolutionRecord, SourceRef } from "./records.ts";
import type { ArticleLink, LinkTarget, PageContexts } from "./render-context.ts";
import { resolveReferences } from "./resolve-references.ts";

const lower = (s: string): string => s.toLowerCase();

/** Everything the record builders share. */
export interface RecordInputs {
  located: readonly Located[];
  entities: readonly Entity[];
  byAnchor: AnchorIndex;
  pages: PageContexts;
  canonical: string;
  /** Locales in order of preference for an entity the canonical locale lacks. */
  fallbackOrder: readonly string[];
  report: RenderContext["report"];
  /** `ms.date` of each article's current English (canonical) source, "" when there is none. */
  newestDate: (slug: string) => string;
}

/** A record, and the entities its page links to (for backlinks). */
export interface Built<T> {
  record: T;
  links: LinkTarget[];
}

/** Builds the error, cause and procedure records of every locale in which each entity exists. */
export function entityRecords(inputs: RecordInputs) {
  const { located, entities, byAnchor, pages, canonical } = inputs;
  const current = new Set(located.filter((l) => l.current).map((l) => l.source));
  const byKey = new Map(entities.map((e) => [`${e.kind}:${e.id}`, e]));
  const localesOf = (e: Entity): string[] => [...e.byLocale.keys()];

  /** The occurrence a locale's page shows: its current revision, else the newest older one. */
  const pick = (entity: Entity, locale: string): Occurrence | undefined => {
    const list = entity.byLocale.get(locale) ?? [];
    return list.find((o) => current.has(o.source)) ?? list[0];
  };
  const sourceRef = (source: ParsedSource, line: number, column: number): SourceRef => ({
    file: source.file,
    line,
    column,
    date: source.meta.date,
    translation: source.meta.translation,
    newestDate: inputs.newestDate(source.slug),
  });

  const resolveLines = (source: ParsedSource, lines: ParsedSource["errors"][number]["causes"]): CauseRef[] =>
    lines.map((l) => {
      const text = { ref: null, kind: "text" as const, text: l.text, title: l.title, locales: [] };
      if (!l.anchor) return text;
      const hit = byAnchor.get(lower(l.anchor));
      if (!hit || hit.entity.kind === "error") {
        inputs.report({
          file: source.file,
          line: l.line,
          column: l.column,
          severity: "warning",
          code: "link-broken",
          message: `Unexpected link to \`#${l.anchor}\`, which no cause or procedure of any locale carries; the cause is shown as plain text.`,
        });
        return text;
      }
      return { ref: hit.entity.id, kind: hit.entity.kind, text: l.text, title: l.title, locales: localesOf(hit.entity) };
    });

  function errorRecord(
    entity: Entity,
    locale: string,
    o: Extract<Occurrence, { kind: "error" }>,
    links: LinkTarget[],
    described: readonly Occurrence[] = [o],
  ): ErrorRecord {
    const articleLinks: ArticleLink[] = [];
    const { source, node } = o;
    const causes = resolveLines(source, node.causes);
    const steps = resolveLines(source, node.steps);
    const refs = [...causes, ...steps].filter(
      (c): c is CauseRef & { ref: string; kind: "cause" | "solution" } => c.ref !== null && c.kind !== "text",
    );
    for (const r of refs) links.push({ kind: r.kind, id: r.ref, via: "ref" });
    const references = resolveReferences(node.references, byAnchor);
    for (const r of references) if (r.ref && r.target === "error") links.push({ kind: "error", id: r.ref, via: "ref" });
    const ids = pages.page(refs.map((b) => b.ref));
    // Several articles' descriptions each sit under the article's title (an `h3`).
    const baseDepth = described.length > 1 ? 4 : 3;
    const bodyHtml = renderFragment(node.body.nodes, pages.contextFor(source, ids, { baseDepth, links, articleLinks }));
    const blocks: InlineBlock[] = [];
    for (const ref of refs) {
      if (blocks.some((b) => b.ref === ref.ref)) continue;
      const target = byKey.get(`${ref.kind}:${ref.ref}`);
      const inner = target ? (pick(target, locale) ?? pick(target, canonical)) : undefined;
      if (!target || !inner || inner.kind === "error") continue;
      const innerLocale = pages.localeOf(inner.source);
      blocks.push({
        ref: ref.ref,
        kind: ref.kind,
        title: inner.node.heading.title,
        html: inlineHtml(inner, ref.ref, pages.contextFor(inner.source, ids, { links })),
        locales: localesOf(target),
        ...(innerLocale.code === locale ? {} : { lang: innerLocale.tag }),
      });
    }
    // Every article of the locale that describes the error, this (canonical) one first.
    const descriptions = described.flatMap((d): ErrorRecord["descriptions"] =>
      d.kind === "error"
        ? [
            {
              slug: d.source.slug,
              articleTitle: d.source.heading?.title || d.source.meta.title,
              title: repairTitle(d.node.heading.title, entity),
              message: d.node.message,
              references: d === o ? references : resolveReferences(d.node.references, byAnchor),
              bodyHtml:
                d === o ? bodyHtml : renderFragment(d.node.body.nodes, pages.contextFor(d.source, ids, { baseDepth, links, articleLinks })),
              source: sourceRef(d.source, d.node.heading.line, d.node.heading.column),
            },
          ]
        : [],
    );
    return {
      ...base(entity, locale, source, node.heading, "error"),
      codes: [...entity.codes],
      aliases: [...entity.aliases],
      title: repairTitle(node.heading.title, entity),
      message: node.message,
      codeMessages: codeMessages(entity, node),
      causes,
      steps,
      references,
      descriptions,
      bodyHtml,
      blocks,
      articleLinks,
    };
  }

  /** Causes and procedures: a body and, for a cause, its solution. */
  function pageRecord(
    entity: Entity,
    locale: string,
    o: Exclude<Occurrence, { kind: "error" }>,
    links: LinkTarget[],
  ): CauseRecord | SolutionRecord {
    const ids = pages.page();
    const articleLinks: ArticleLink[] = [];
    const ctx = (baseDepth: number) => pages.contextFor(o.source, ids, { baseDepth, links, articleLinks });
    const bodyHtml = renderFragment(o.node.body.nodes, ctx(2));
    if (o.kind === "solution") {
      return { ...base(entity, locale, o.source, o.node.heading, "solution"), bodyHtml, subAnchors: [...entity.subAnchors], articleLinks };
    }
    const solution = o.node.solution;
    const html = solution ? renderFragment(solution.body.nodes, ctx(3)) : "";
    return {
      ...base(entity, locale, o.source, o.node.heading, "cause"),
      bodyHtml,
      articleLinks,
      solution: solution
        ? {
            title: solution.heading.title,
            anchors: solution.heading.anchors,
            // The page's solution heading carries the published anchors the content does not already have.
            aliases: solution.heading.anchors.filter((a) => a !== "ea-solution" && !ids.has(a)),
            html,
          }
        : null,
    };
  }

  const fallbackOf = new Map<Entity, string>();
  function base<K extends EntityKind>(
    entity: Entity,
    locale: string,
    source: ParsedSource,
    heading: { title: string; line: number; column: number },
    kind: K,
  ) {
    return {
      kind,
      id: entity.id,
      locale,
      anchors: [...entity.anchors],
      locales: localesOf(entity),
      fallbackLocale: fallbackOf.get(entity) ?? canonical,
      title: heading.title,
      source: sourceRef(source, heading.line, heading.column),
      backlinks: [],
    };
  }

  const built: Built<EntityRecord>[] = [];
  for (const entity of entities) {
    const fallback = fallbackLocale(entity, canonical, inputs.fallbackOrder);
    fallbackOf.set(entity, fallback);
    const note = missingCanonicalNote(entity, canonical, fallback);
    if (note) inputs.report(note);
    const canonicalSlug = canonicalArticle(entity, canonical);
    for (const locale of entity.byLocale.keys()) {
      // An error several articles of the locale describe: the canonical article's description leads.
      const described = entity.kind === "error" ? describingOccurrences(entity, locale, canonicalSlug, (s) => current.has(s)) : [];
      const conflict = conflictingDescriptions(entity, described);
      if (conflict) inputs.report(conflict);
      const o = described[0] ?? pick(entity, locale);
      if (!o) continue;
      const links: LinkTarget[] = [];
      const record = o.kind === "error" ? errorRecord(entity, locale, o, links, described) : pageRecord(entity, locale, o, links);
      built.push({ record, links });
    }
  }
  return built;
}

/**
 * A cause (body, then its solution under an `h4`) or a procedure, for inline
 * use on an error page, where the page gives the block's own title an `h3`.
 */
function inlineHtml(o: Exclude<Occurrence, { kind: "error" }>, ref: string, ctx: RenderContext): string {
  const body = renderFragment(o.node.body.nodes, { ...ctx, baseDepth: 4 });
  if (o.kind === "solution" || !o.node.solution) return body;
  const solution = o.node.solution;
  // `{cause}-solution`: the same id in every locale, unlike the sources' repeated `solution` (never from translated text).
  const anchor: PhrasingContent = { type: "html", value: `<a name="${ref}-solution"></a>` };
  const heading: RootContent = { type: "heading", depth: 4, children: [anchor, { type: "text", value: solution.heading.title }] };
  return body + renderFragment([heading], ctx) + renderFragment(solution.body.nodes, { ...ctx, baseDepth: 5 });
}

/**
 * The codes of an error grouped by the message the section gives each (a numeric code with the
 * named code it is written with), in the entity's code order. A code as written here (possibly
 * corrupted) counts for the entity's code it is closest to; a code this section lacks has no message.
 */
export function codeMessages(entity: Entity, node: ParsedError): ErrorRecord["codeMessages"] {
  const messageOf = new Map<string, string>();
  const named = entity.codes.filter((c) => !/^\d+$/.test(c));
  for (const written of node.codes) {
    const code = named.find((c) => lower(c) === lower(written.code)) ?? bestMatch(written.code, named, 0);
    if (!code || messageOf.has(code)) continue;
    messageOf.set(code, written.message);
    if (written.numeric && entity.codes.includes(written.numeric)) messageOf.set(written.numeric, written.message);
  }
  const groups: ErrorRecord["codeMessages"] = [];
  for (const code of entity.codes) {
    const message = messageOf.get(code) ?? "";
    const same = groups.find((g) => g.message === message && message !== "");
    if (same) same.codes.push(code);
    else groups.push({ codes: [code], message });
  }
  return groups;
}

/** Heading text with corrupted codes replaced by the canonical spelling. */
function repairTitle(title: string, entity: Entity): string {
  let out = title;
  for (const alias of entity.aliases) {
    const canonical = bestMatch(alias, entity.codes, 0) ?? entity.codes[0] ?? alias;
    out = out.replace(new RegExp(alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu"), canonical);
  }
  return out;
}
