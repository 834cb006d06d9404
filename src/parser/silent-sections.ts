import type { DiagnosticSink } from "./diagnostics.ts";
import { anchorCode, headingCodeWords } from "./error-codes.ts";
import { hasSolution } from "./error-sections.ts";
import type { Section } from "./sections.ts";

const lower = (s: string): string => s.toLowerCase();

/** A heading or anchor shaped like an error's: a code word in the title, or an anchor `code---title` / `CodeName-title`. */
const namesCode = (s: Section): boolean =>
  headingCodeWords(s.heading.title).length > 0 || s.heading.anchors.some((a) => anchorCode(a) !== null || a.includes("---"));

/**
 * Warns about sections placed like errors that yield no error: a sibling of
 * error sections, at their level, that sits between two of them, or between
 * the last of them and the causes that follow, or anywhere after the first
 * error with a heading or anchor that names a code, and has neither a code line
 * nor cause links (the English 01/2018 revision's "The specified Disk
 * configuration is not supported"). Position decides, never words; the
 * section stays article text. Sections before the first error (guides), after
 * the causes, cause and procedure sections (with a solution, or linked from
 * the article) and groups of errors are not suspects.
 */
export function reportSilentSections(
  top: Section[],
  isError: (s: Section) => boolean,
  linked: ReadonlySet<string>,
  sink: DiagnosticSink,
): void {
  const isLinked = (s: Section): boolean => s.heading.anchors.some((a) => linked.has(lower(a)));
  const hasError = (s: Section): boolean => isError(s) || s.children.some(hasError);
  const holdsCauses = (s: Section): boolean => s.children.some((c) => !hasError(c) && (hasSolution(c) || isLinked(c)));
  const visit = (siblings: Section[]): void => {
    const errors = siblings.flatMap((s, i) => (isError(s) ? [i] : []));
    const first = errors[0];
    const last = errors.at(-1);
    for (const [i, section] of siblings.entries()) {
      if (isError(section)) continue;
      if (hasError(section)) {
        visit(section.children);
        continue;
      }
      if (first === undefined || last === undefined || i < first) continue;
      if (hasSolution(section) || holdsCauses(section) || isLinked(section)) continue;
      const between = i < last;
      const beforeCauses = !between && siblings.slice(i + 1).some(holdsCauses) && !siblings.slice(last + 1, i).some(holdsCauses);
      const named = namesCode(section);
      if (!between && !beforeCauses && !named) continue;
      // sectionCodes already warned about a section whose label lines hold no code.
      if (sink.list.some((d) => d.code === "error-code-missing" && d.line === section.heading.line)) continue;
      sink.warn(
        "error-section-unread",
        `Section "${section.heading.title}" sits among the error sections (at their level, ${between ? "between two errors" : named ? "its heading or anchor naming a code" : "between the last error and the causes"}) but has neither a code line the parser can read nor cause links; it is kept as article text, not as an error.`,
        section.heading,
      );
    }
  };
  visit(top);
}
