import type { Classified } from "./classify-sections.ts";
import type { DiagnosticSink } from "./diagnostics.ts";
import type { ErrorSections } from "./error-sections.ts";
import { type TargetKind, toReferences } from "./references.ts";
import { sameArticleAnchor } from "./same-article.ts";
import type { Section } from "./sections.ts";
import type { CauseLine } from "./types.ts";

const lower = (s: string): string => s.toLowerCase();

/** Fills each error's cause and step lines (the corpus's views) and its ordered references. */
export function attachReferences(found: ErrorSections, classified: Classified, slug: string, sink: DiagnosticSink): void {
  const targets = new Map<string, TargetKind>();
  const mark = (anchors: readonly string[], kind: TargetKind): void => {
    for (const a of anchors) if (!targets.has(lower(a))) targets.set(lower(a), kind);
  };
  for (const e of found.errors) mark(e.heading.anchors, "error");
  for (const c of classified.causes) mark(c.heading.anchors, "cause");
  for (const s of classified.solutions) mark([...s.heading.anchors, ...s.subAnchors], "solution");
  for (const s of classified.sections) if (s.heading) mark(s.heading.anchors, "other");
  const kindOf = (anchor: string): "cause" | "solution" | null => {
    const t = targets.get(lower(anchor));
    return t === "cause" || t === "solution" ? t : null;
  };

  const lineOf = new Map<(typeof found.refLines)[number], CauseLine>();
  for (const raw of found.refLines) {
    const anchor = raw.ref.href === null ? null : sameArticleAnchor(raw.ref.href, slug);
    if (raw.ref.href !== null && anchor === null) {
      sink.warn("cause-link-external", `Cause line links outside the article (${raw.ref.href}); kept as a plain-text cause.`, raw.line);
    }
    const kind = anchor ? kindOf(anchor) : null;
    const line: CauseLine = {
      anchor,
      ref: null,
      kind: kind ?? (anchor ? "cause" : "text"),
      text: raw.ref.text,
      title: raw.ref.title,
      line: raw.line.line,
      column: raw.line.column,
    };
    lineOf.set(raw, line);
    (classified.causeRuns.has(raw.run) ? raw.error.causes : raw.error.steps).push(line);
  }

  for (const error of found.errors) {
    const section = found.sectionOf.get(error);
    const own = new Set((section ? ownAnchors(section, (s) => s !== section && [...found.sectionOf.values()].includes(s)) : []).map(lower));
    const items = (found.pending.get(error) ?? []).map((p) =>
      p.type === "bold" ? { type: "bold" as const, line: lineOf.get(p.raw) as CauseLine, asCause: classified.causeRuns.has(p.raw.run) } : p,
    );
    error.references = toReferences(items, slug, (a) => targets.get(lower(a)) ?? null, own);
  }
}

/** Anchors of a section and its sub-sections, leaving out nested error sections. */
function ownAnchors(section: Section, isOtherError: (s: Section) => boolean): string[] {
  return [...section.heading.anchors, ...section.children.filter((c) => !isOtherError(c)).flatMap((c) => ownAnchors(c, isOtherError))];
}
