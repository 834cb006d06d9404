import { localeByCode } from "../../i18n/locales.ts";
import { entityUrl } from "../../i18n/urls.ts";
import type { CauseRecord, Corpus, ErrorRecord, SolutionRecord } from "./corpus.ts";

/**
 * Errors and causes of the solution's locale that point at it: by a cause or
 * step line, or by a link to its page anywhere in their HTML.
 */
export function linkingToSolution(corpus: Corpus, solution: SolutionRecord): { errors: ErrorRecord[]; causes: CauseRecord[] } {
  const path = localeByCode(solution.locale)?.path ?? solution.locale.toLowerCase();
  const href = `href="${entityUrl("solutions", path, solution.id)}`;
  const errors = corpus.errors.filter(
    (e) =>
      e.locale === solution.locale &&
      ([...e.causes, ...e.steps].some((c) => c.ref === solution.id) ||
        e.bodyHtml.includes(href) ||
        e.blocks.some((b) => b.html.includes(href))),
  );
  const causes = corpus.causes.filter(
    (c) => c.locale === solution.locale && (c.bodyHtml.includes(href) || (c.solution?.html.includes(href) ?? false)),
  );
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { errors: errors.sort(byId), causes: causes.sort(byId) };
}
