import type { PhrasingContent, RootContent } from "mdast";
import type { SiteLocale } from "../i18n/locales.ts";
import type { Diagnostic, ParsedError, ParsedSource } from "../parser/types.ts";
import { IdAllocator } from "../render/id-allocator.ts";
import { renderFragment } from "../render/render.ts";
import { bestMatch } from "./codes.ts";
import { addUnique, type Entity, type EntityKind, kindPath, type Occurrence } from "./entities.ts";
import { headingGroups } from "./heading-groups.ts";
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
}

const lower = (s: string): string => s.toLowerCase();

interface Located {
  source: ParsedSource;
  locale: SiteLocale;
  current: boolean;
}

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

  // Locate sources: locale, current revision or older one.
  const located: Located[] = [];
  for (const source of parsed) {
    if (!source.meta.contentLocale) continue;
    const locale = options.localeOf(source.meta.contentLocale);
    if (!locale) {
      report({
        file: source.file,
        line: 1,
        column: 1,
        severity: "error",
        code: "locale-unknown",
        message: `Unknown locale \`${source.meta.contentLocale}\` in \`ms.contentlocale\`; add it to src/i18n/locales.json or fix the front matter.`,
      });
      continue;
    }
    located.push({ source, locale, current: false });
  }
  for (const item of located) {
    const newest = located
      .filter((o) => o.locale.code === item.locale.code && o.source.slug === item.source.slug)
      .sort((a, b) => b.source.meta.date.localeCompare(a.source.meta.date))[0];
    item.current = newest === item;
  }
  // Canonical first, then current revisions before older ones: ids and kinds come from the first source that has them.
  located.sort(
    (a, b) => rank(a) - rank(b) || a.locale.code.localeCompare(b.locale.code) || b.source.meta.date.localeCompare(a.source.meta.date),
  );
  function rank(l: Located): number {
    return (l.locale.code === options.canonical ? 0 : 2) + (l.current ? 0 : 1);
  }

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
  for (const entity of entities) {
    for (const localeCode of entity.byLocale.keys()) {
      const occurrence = pick(entity, localeCode);
      if (!occurrence) continue;
      const { source } = occurrence;
      const base = { id: entity.id, locale: localeCode, anchors: [...entity.anchors], locales: localesOf(entity) };
      if (occurrence.kind === "error") {
        const node = occurrence.node;
        const causes = resolveLines(source, node.causes);
        const steps = resolveLines(source, node.steps);
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
      id: current ? `${locale.code}/${source.slug}` : `${locale.code}/${source.slug}@${source.meta.date}`,
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
