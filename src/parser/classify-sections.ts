import type { DiagnosticSink } from "./diagnostics.ts";
import type { RefLine } from "./error-sections.ts";
import { sameArticleAnchor } from "./same-article.ts";
import { flatten, type Section } from "./sections.ts";
import type { ArticleSection, HeadingInfo, ParsedCause, ParsedError, ParsedSolution } from "./types.ts";

const lower = (s: string): string => s.toLowerCase();

export interface Classified {
  sections: ArticleSection[];
  causes: ParsedCause[];
  solutions: ParsedSolution[];
  /** Runs of bold lines that are cause lists (the rest are step lists). */
  causeRuns: Set<number>;
}

const entry = (kind: ArticleSection["kind"], heading: HeadingInfo): ArticleSection => ({ kind, heading, key: heading.anchors[0] ?? null });

/**
 * Sorts the non-error sections: a `##` whose `###` sections have a
 * `solution…` subsection or are linked from cause/step lines holds causes and
 * procedures; a `##` group that holds error sections keeps its other `###`
 * sections as procedures (when linked) or article text; any other `##` is a guide.
 */
export function classifySections(
  top: Section[],
  h1: HeadingInfo | null,
  errorOf: (s: Section) => ParsedError | undefined,
  refLines: RefLine[],
  slug: string,
  sink: DiagnosticSink,
): Classified {
  const targetRuns = new Map<string, Set<number>>();
  for (const raw of refLines) {
    const anchor = raw.ref.href === null ? null : sameArticleAnchor(raw.ref.href, slug);
    if (anchor) {
      const set = targetRuns.get(lower(anchor)) ?? new Set();
      set.add(raw.run);
      targetRuns.set(lower(anchor), set);
    }
  }
  const isSolutionHeading = (s: Section): boolean => s.heading.anchors.some((a) => /^solution/i.test(a));
  const hasSolution = (s: Section): boolean => s.children.some(isSolutionHeading);
  const isTarget = (s: Section): boolean => s.heading.anchors.some((a) => targetRuns.has(lower(a)));
  const hasError = (s: Section): boolean => Boolean(errorOf(s)) || s.children.some(hasError);

  const causeRuns = new Set<number>();
  for (const raw of refLines) if (raw.ref.href === null) causeRuns.add(raw.run);
  const visitForCauses = (section: Section): void => {
    if (errorOf(section)) return;
    for (const sub of section.children) {
      if (hasSolution(sub)) for (const a of sub.heading.anchors) for (const r of targetRuns.get(lower(a)) ?? []) causeRuns.add(r);
      visitForCauses(sub);
    }
  };
  for (const section of top) visitForCauses(section);

  const result: Classified = { sections: [{ kind: "intro", heading: h1, key: null }], causes: [], solutions: [], causeRuns };

  const addCauseOrSolution = (sub: Section): void => {
    const runs = sub.heading.anchors.flatMap((a) => [...(targetRuns.get(lower(a)) ?? [])]);
    const solutionSection = sub.children.find(isSolutionHeading);
    const linkedOnlyAsCause = runs.length > 0 && runs.every((r) => causeRuns.has(r));
    if (solutionSection || linkedOnlyAsCause) {
      result.causes.push({
        heading: sub.heading,
        body: { nodes: [...sub.content, ...sub.children.filter((c) => c !== solutionSection).flatMap((c) => flatten(c))] },
        solution: solutionSection ? { heading: solutionSection.heading, body: { nodes: flatten(solutionSection, false) } } : null,
      });
      result.sections.push(entry("cause", sub.heading));
    } else {
      const subAnchors = sub.children.flatMap(collectAnchors);
      result.solutions.push({ heading: sub.heading, body: { nodes: flatten(sub, false) }, subAnchors });
      result.sections.push(entry("solution", sub.heading));
    }
  };

  const visitErrors = (section: Section): void => {
    result.sections.push(entry("error", section.heading));
    for (const child of section.children) if (errorOf(child)) visitErrors(child);
  };

  for (const section of top) {
    if (errorOf(section)) {
      visitErrors(section);
      continue;
    }
    const container = section.children.some((c) => !hasError(c) && (hasSolution(c) || isTarget(c)));
    const group = section.children.some(hasError);
    result.sections.push(entry(container ? "causes" : "guide", section.heading));
    if (!container && !group) continue;
    for (const sub of section.children) {
      if (errorOf(sub)) {
        visitErrors(sub);
        continue;
      }
      if (hasError(sub)) {
        // A deeper group (`###` holding `####` errors).
        result.sections.push(entry("guide", sub.heading));
        for (const inner of sub.children) if (errorOf(inner)) visitErrors(inner);
        continue;
      }
      if (!sub.heading.anchors.length) {
        sink.warn(
          "anchor-missing",
          `Section "${sub.heading.title}" has no <a name> anchor; it is shown on the article page only.`,
          sub.heading,
        );
        continue;
      }
      // In a group of errors, only linked sections are procedures; the rest is article text.
      if (container || isTarget(sub)) addCauseOrSolution(sub);
      else result.sections.push(entry("guide", sub.heading));
    }
  }
  return result;
}

export function collectAnchors(section: Section): string[] {
  return [...section.heading.anchors, ...section.children.flatMap(collectAnchors)];
}
