import type { PhrasingContent, RootContent } from "mdast";
import type { SiteLocale } from "../i18n/locales.ts";
import type { Diagnostic, ParsedSource } from "../parser/types.ts";
import { IdAllocator } from "../render/id-allocator.ts";
import { renderFragment } from "../render/render.ts";
import { bestMatch } from "./codes.ts";
import { type Entity, type EntityKind, kindPath, type Occurrence } from "./entities.ts";
import { fallbackLocale, missingCanonicalNote } from "./fallback.ts";
import { headingGroups } from "./heading-groups.ts";
import { locateSources } from "./locate-sources.ts";
import { matchEntities } from "./match-entities.ts";
import type {
  ArticleRecord,
  CauseRecord,
  CauseRef,
  CorpusDocument,
  ErrorRecord,
  InlineBlock,
  SolutionRecord,
  SourceRef,
} from "./records.ts";
import { repairCodesInArticle } from "./repair-codes.ts";
import { resolveReferences } from "./resolve-references.ts";

export interface CorpusOptions {
  /** Site locale of a source's `ms.contentlocale`; null means unknown (an error). */
  localeOf: (contentLocale: string) => SiteLocale | null;
  /** Locale whose article is canonical for ids and code spellings, and the fallback. */
  canonical: string;
  /** Markdown of a project include in a locale, or null. */
  include: (name: string, locale: string) => RootContent[] | null;
  alertLabel: (kind: string, locale: string) => string;
  /** Ids the page chrome uses; bodies never take them. */
  reservedIds?: readonly string[];
  /** Locales in order of preference for an entity the canonical locale lacks (default: the order sources are located in). */
  fallbackOrder?: readonly string[];
}

const lower = (s: string): string => s.toLowerCase();

/**
 * Gives every error, cause and solution one id across locales (from the
 * canonical article: lowercase code, or canonical anchor), matching other
 * sources through shared anchors and codes; repairs corrupted codes; records
 * every anchor ever published; and renders each entity's page fragments.
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
  const { entities, byAnchor, articleAnchors, entityOfError } = matchEntities(located, report);

  const groups = headingGroups(
    located.map((l) => l.source),
    byAnchor,
  );
  const localesOf = (e: Entity): string[] => [...e.byLocale.keys()];
  const localeFor = new Map(located.map((l) => [l.source, l.locale]));
  const canonicalPath = located.find((l) => l.locale.code === options.canonical)?.locale.path ?? options.canonical;

  /** The site URL of an anchor for a page in `locale`; English when the target is missing there. */
  const resolver =
    (locale: SiteLocale, slug: string) =>
    (anchor: string): string | null => {
      if (!anchor) return `/${locale.path}/articles/${slug}/`;
      const hit = byAnchor.get(lower(anchor));
      if (hit) {
        const path = hit.entity.byLocale.has(locale.code) ? locale.path : canonicalPath;
        return `/${path}/${kindPath[hit.entity.kind]}/${hit.entity.id}/${hit.sub ? `#${hit.sub}` : ""}`;
      }
      const carriers = articleAnchors.get(lower(anchor));
      if (!carriers) return null;
      const path = carriers.has(locale.code) ? locale.path : canonicalPath;
      return `/${path}/articles/${slug}/#${anchor}`;
    };

  const contextFor = (source: ParsedSource, ids: IdAllocator, baseDepth?: number) => {
    const locale = localeFor.get(source) as SiteLocale;
    return {
      file: source.file,
      slug: source.slug,
      learnLocale: locale.learn,
      resolveAnchor: resolver(locale, source.slug),
      ids,
      include: (name: string) => options.include(name, locale.code),
      alertLabel: (kind: string) => options.alertLabel(kind, locale.code),
      report,
      // Sub-sections carry every spelling any locale published (ad-hoc / on-demand backup…).
      headingAnchors: (own: string[], line?: number) => groups.anchorsFor(source, own, line),
      ...(baseDepth ? { baseDepth } : {}),
    };
  };
  const page = (extra: Iterable<string> = []): IdAllocator => new IdAllocator([...(options.reservedIds ?? []), ...extra]);
  const sourceRef = (source: ParsedSource, line: number, column: number): SourceRef => ({
    file: source.file,
    line,
    column,
    date: source.meta.date,
    translation: source.meta.translation,
  });

  const resolveLines = (source: ParsedSource, lines: ParsedSource["errors"][number]["causes"]): CauseRef[] =>
    lines.map((l) => {
      if (!l.anchor) return { ref: null, kind: "text", text: l.text, title: l.title };
      const hit = byAnchor.get(lower(l.anchor));
      if (!hit || hit.entity.kind === "error") {
        report({
          file: source.file,
          line: l.line,
          column: l.column,
          severity: "warning",
          code: "link-broken",
          message: `Unexpected link to \`#${l.anchor}\`, which no cause or procedure of any locale carries; the cause is shown as plain text.`,
        });
        return { ref: null, kind: "text", text: l.text, title: l.title };
      }
      return { ref: hit.entity.id, kind: hit.entity.kind, text: l.text, title: l.title };
    });

  const pick = (entity: Entity, locale: string): Occurrence | undefined => {
    const list = entity.byLocale.get(locale) ?? [];
    return list.find((o) => located.find((l) => l.source === o.source)?.current) ?? list[0];
  };
  const entityById = (kind: EntityKind, id: string): Entity | undefined => entities.find((e) => e.kind === kind && e.id === id);

  const doc: CorpusDocument = { articles: [], errors: [], causes: [], solutions: [], diagnostics };
  const order = options.fallbackOrder ?? [...new Set(located.map((l) => l.locale.code))];
  for (const entity of entities) {
    const fallback = fallbackLocale(entity, options.canonical, order);
    const note = missingCanonicalNote(entity, options.canonical, fallback);
    if (note) report(note);
    for (const localeCode of entity.byLocale.keys()) {
      const occurrence = pick(entity, localeCode);
      if (!occurrence) continue;
      const { source } = occurrence;
      const base = {
        id: entity.id,
        locale: localeCode,
        anchors: [...entity.anchors],
        locales: localesOf(entity),
        fallbackLocale: fallback,
      };
      if (occurrence.kind === "error") {
        const node = occurrence.node;
        const causes = resolveLines(source, node.causes);
        const steps = resolveLines(source, node.steps);
        const references = resolveReferences(node.references, byAnchor);
        const blockRefs = [...causes, ...steps].filter(
          (c): c is CauseRef & { ref: string; kind: "cause" | "solution" } => c.ref !== null && c.kind !== "text",
        );
        const ids = page(blockRefs.map((b) => b.ref));
        const bodyHtml = renderFragment(node.body.nodes, contextFor(source, ids, 3));
        const blocks: InlineBlock[] = [];
        for (const ref of blockRefs) {
          if (blocks.some((b) => b.ref === ref.ref)) continue;
          const target = entityById(ref.kind, ref.ref);
          const inner = target ? (pick(target, localeCode) ?? pick(target, options.canonical)) : undefined;
          if (!inner) continue;
          blocks.push({
            ref: ref.ref,
            kind: ref.kind,
            title: inner.node.heading.title,
            html: renderOccurrence(inner, ref.ref, contextFor(inner.source, ids, 4)),
            ...(inner.source === source || localeFor.get(inner.source)?.code === localeCode
              ? {}
              : { lang: localeFor.get(inner.source)?.tag }),
          } as InlineBlock);
        }
        doc.errors.push({
          ...base,
          kind: "error",
          codes: [...entity.codes],
          aliases: [...entity.aliases],
          title: repairTitle(node.heading.title, entity),
          message: node.message,
          causes,
          steps,
          references,
          bodyHtml,
          blocks,
          source: sourceRef(source, node.heading.line, node.heading.column),
        } satisfies ErrorRecord);
      } else if (occurrence.kind === "cause") {
        const node = occurrence.node;
        const ids = page();
        doc.causes.push({
          ...base,
          kind: "cause",
          title: node.heading.title,
          bodyHtml: renderFragment(node.body.nodes, contextFor(source, ids, 2)),
          solution: node.solution
            ? {
                title: node.solution.heading.title,
                anchors: node.solution.heading.anchors,
                html: renderFragment(node.solution.body.nodes, contextFor(source, ids, 3)),
              }
            : null,
          source: sourceRef(source, node.heading.line, node.heading.column),
        } satisfies CauseRecord);
      } else {
        const node = occurrence.node;
        doc.solutions.push({
          ...base,
          kind: "solution",
          title: node.heading.title,
          bodyHtml: renderFragment(node.body.nodes, contextFor(source, page(), 2)),
          subAnchors: [...entity.subAnchors],
          source: sourceRef(source, node.heading.line, node.heading.column),
        } satisfies SolutionRecord);
      }
    }
  }

  for (const { source, locale, current } of located) {
    const revisions = located.filter((l) => l.locale.code === locale.code && l.source.slug === source.slug).map((l) => l.source.meta.date);
    const ctx = contextFor(source, page());
    doc.articles.push({
      id: current ? `${locale.code}/${source.slug}` : `${locale.code}/${source.slug}/revisions/${source.meta.date}`,
      older: !current,
      slug: source.slug,
      locale: locale.code,
      title: source.heading?.title || source.meta.title,
      description: source.meta.description,
      date: source.meta.date,
      translation: source.meta.translation,
      revision: source.meta.date,
      revisions: revisions.sort().reverse(),
      file: source.file,
      sections: source.sections.map((s) => {
        const hit = s.heading ? byAnchor.get(lower(s.heading.anchors[0] ?? "")) : undefined;
        return {
          kind: s.kind,
          id: hit && !hit.sub ? hit.entity.id : null,
          anchors: s.heading?.anchors ?? [],
          title: s.heading?.title ?? "",
        };
      }),
      html: renderFragment(
        repairCodesInArticle(source.tree.nodes, new Map([...entityOfError].filter(([e]) => source.errors.includes(e)))),
        ctx,
      ),
    } satisfies ArticleRecord);
  }
  return doc;
}

/**
 * A cause (body, then its solution under an `h4`) or a procedure, for inline
 * use on an error page, where the page gives the block's own title an `h3`.
 */
function renderOccurrence(o: Occurrence, ref: string, ctx: Parameters<typeof renderFragment>[1]): string {
  if (o.kind === "solution") return renderFragment(o.node.body.nodes, { ...ctx, baseDepth: 4 });
  if (o.kind !== "cause") return "";
  const body = renderFragment(o.node.body.nodes, { ...ctx, baseDepth: 4 });
  const solution = o.node.solution;
  if (!solution) return body;
  // `{cause}-solution`: the same id in every locale, unlike the sources' repeated `solution` (never from translated text).
  const anchor: PhrasingContent = { type: "html", value: `<a name="${ref}-solution"></a>` };
  const heading: RootContent = { type: "heading", depth: 4, children: [anchor, { type: "text", value: solution.heading.title }] };
  return body + renderFragment([heading], ctx) + renderFragment(solution.body.nodes, { ...ctx, baseDepth: 5 });
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

function key(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
}
