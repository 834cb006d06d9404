import type { ParsedError, ParsedSource } from "../parser/types.ts";
import { type CodeSites, isCodeElsewhere, siteCodes, type WrittenCode, writtenCodes } from "./code-sites.ts";
import { bestMatch, isCodeShaped, isMisspelling, similarity } from "./codes.ts";
import { addUnique, type Entity } from "./entities.ts";
import type { EntityTable } from "./match-entities.ts";
import { sectionAnchors } from "./section-anchors.ts";
import { entityAtSamePosition } from "./section-position.ts";

const lower = (s: string): string => s.toLowerCase();

export interface ErrorSection {
  source: ParsedSource;
  locale: string;
  node: ParsedError;
  sites: CodeSites;
  /** Every source, canonical first: the other locales a position is compared with. */
  sources: readonly ParsedSource[];
}

/** What one written token turned out to be. */
type Resolution =
  | { kind: "known"; entity: Entity; code: string }
  | { kind: "repaired"; entity: Entity; code: string; token: string; via: "anchors" | "position" | "heading" }
  | { kind: "new"; code: string; alias?: string; like: string | null; reason: "code" | "unconfirmed" | "unlike" };

const VIA = {
  anchors: "the section's anchors",
  position: "its position among the other locales' error sections",
  heading: "the code its heading or anchors write",
} as const;

/** Below this, a corrupted token is not taken for a code even when anchors or position point at it. */
const REPAIR_THRESHOLD = 0.5;

/**
 * Gives an error section its entity. A code written exactly in some code
 * line is a code: it finds its error, or starts one, and is never repaired
 * into another code. Only a token that is not a known code is repaired, and
 * only into a code of the error its section's anchors, or its position among
 * the error sections of another locale, confirm; otherwise the token stays a
 * code of its own, with a warning.
 */
export function matchErrorSection(table: EntityTable, section: ErrorSection): void {
  const { source, locale, node } = section;
  const anchors = sectionAnchors(source, node.heading);
  const place = { file: source.file, line: node.codeLine.line, column: node.codeLine.column };
  const byAnchors = table.findByAnchors(anchors, ["error"]);
  const positioned = (): Entity[] => entityAtSamePosition(source, node, section.sources, (n) => table.entityOfError.get(n));
  const written = writtenCodes(node);
  const resolutions = written.map((w) => resolveToken(table, section, w, anchors, byAnchors, positioned));

  // The section's entity: the error its exact codes name, else the one its anchors name, else the one repairs point to.
  const named = resolutions.flatMap((r) => (r.kind === "known" ? [r.entity] : []));
  const repaired = resolutions.flatMap((r) => (r.kind === "repaired" ? [r.entity] : []));
  let entity = named[0] ?? (byAnchors && repaired.includes(byAnchors) ? byAnchors : null) ?? repaired[0] ?? null;
  const others = [...new Set([...named, ...repaired])].filter((e) => e !== entity);
  if (entity && others.length) {
    table.report({
      ...place,
      severity: "warning",
      code: "section-merges-errors",
      message: `Unexpected section naming the codes of ${[entity, ...others].map((e) => e.id).join(" and ")}, which other sections describe apart; it is shown as ${entity.id}.`,
    });
  }
  if (!entity && node.unresolved) entity = recoverUnresolved(table, section, byAnchors);
  const fresh = resolutions.filter((r) => r.kind === "new");
  if (!entity) {
    const unresolved = node.unresolved ? (node.codes.find((c) => c.origin === "unresolved")?.code ?? node.unresolved.token) : null;
    const first = fresh[0]?.code ?? anchors[0] ?? "error";
    entity = table.create("error", lower(first), fresh.length ? undefined : place);
    if (unresolved) table.addCode(entity, unresolved);
    // An error always has a code to be found by; with nothing readable, its id (from its anchor) stands in.
    if (!entity.codes.length && !fresh.length) table.addCode(entity, entity.id);
  }
  if (byAnchors && byAnchors !== entity) {
    table.report({
      ...place,
      severity: "warning",
      code: "anchor-conflict",
      message: `Unexpected anchors of ${byAnchors.id} on a section whose code line writes \`${written.map((w) => w.token).join(" / ")}\`; a code written exactly wins, so the section is ${entity.id} and the anchors stay ${byAnchors.id}'s.`,
    });
  }
  if (duplicateSection(table, section, entity)) return;

  for (const r of resolutions) {
    if (r.kind === "new") {
      table.addCode(entity, r.code);
      if (r.alias) table.addAlias(entity, r.alias);
      reportNew(table, place, r, entity);
    } else if (r.kind === "repaired" && r.entity === entity) {
      table.addAlias(entity, r.token);
      table.report({
        ...place,
        severity: "warning",
        code: "code-repaired",
        message: `Unexpected code \`${r.token}\`, expected \`${r.code}\` (matched through ${VIA[r.via]}); repaired.`,
      });
    }
  }
  repairHeadingTokens(table, section, entity);
  if (!byAnchors || byAnchors === entity) {
    addUnique(entity.anchors, anchors);
    table.indexAnchors(entity, anchors);
  }
  table.occur(entity, locale, { kind: "error", source, node });
  table.entityOfError.set(node, entity);
}

/**
 * A code line of words that the parser could not read a code from: the
 * error the other locales have under the same anchors, else at the same
 * position among the error sections; each recovery is reported.
 */
function recoverUnresolved(table: EntityTable, section: ErrorSection, byAnchors: Entity | null): Entity | null {
  const { node, source } = section;
  const place = { file: source.file, line: node.codeLine.line, column: node.codeLine.column };
  const token = node.unresolved?.token ?? "";
  const strict = entityAtSamePosition(source, node, section.sources, (n) => table.entityOfError.get(n), true);
  const target = byAnchors ?? strict[0] ?? null;
  // A section with no code line at all (2017–2018 revisions) has no words to quote.
  const what = token ? `Unexpected words \`${token}\` in the code line` : "No code line in the section";
  const kept = token ? "under the words as written" : "under its anchors";
  table.report(
    target
      ? {
          ...place,
          severity: "warning",
          code: "code-recovered",
          message: `${what}; the code \`${target.codes[0]}\` was recovered from the other locales through ${byAnchors ? "the section's anchors" : "its position among their error sections"}.`,
        }
      : {
          ...place,
          severity: "warning",
          code: "code-unrecovered",
          message: `${what}, and no other locale has this section (by anchors or position); the error is kept ${kept}.`,
        },
  );
  return target;
}

function resolveToken(
  table: EntityTable,
  section: ErrorSection,
  { token, hint }: WrittenCode,
  anchors: readonly string[],
  byAnchors: Entity | null,
  positioned: () => Entity[],
): Resolution {
  // A token not in code form that the parser read from the heading or an anchor: that code, the token an alias.
  if (hint) {
    const known = table.byCode.get(lower(hint));
    const code = known?.codes.find((c) => lower(c) === lower(hint));
    // A translated word the parser took for the code (`Перезапустите`) names the error but is no spelling of it.
    if (known && code && similarity(token, code) < REPAIR_THRESHOLD) return { kind: "known", entity: known, code };
    if (known && code) return { kind: "repaired", entity: known, code, token, via: "heading" };
  }
  const exact = table.byCode.get(lower(token));
  if (exact) {
    const code = exact.codes.find((c) => lower(c) === lower(token));
    // An alias seen before (the same misspelling in another revision) is still a repair.
    if (!code)
      return { kind: "repaired", entity: exact, code: bestMatch(token, exact.codes, 0) ?? exact.codes[0] ?? token, via: "anchors", token };
    return { kind: "known", entity: exact, code };
  }
  const shaped = isCodeShaped(token);
  // A corrupted token is repaired into a confirmed code only when no other known code is closer to it.
  const known = [...new Set([...table.entities.flatMap((e) => e.codes.filter(isCodeShaped)), ...siteCodes(section.sites)])];
  const closestIn = (codes: readonly string[]): string | null => {
    const target = bestMatch(token, codes, REPAIR_THRESHOLD);
    const overall = bestMatch(token, known, REPAIR_THRESHOLD);
    return target && (!overall || lower(overall) === lower(target) || similarity(token, target) >= similarity(token, overall))
      ? target
      : null;
  };
  if (shaped && isCodeElsewhere(section.sites, token, anchors)) {
    return { kind: "new", code: token, like: null, reason: "code" };
  }
  if (byAnchors) {
    // A code-shaped token is repaired only when it is that code misspelled, never another code's suffix or word.
    const target = shaped ? (byAnchors.codes.find((c) => isMisspelling(token, c)) ?? null) : closestIn(byAnchors.codes);
    if (target) return { kind: "repaired", entity: byAnchors, code: target, via: "anchors", token };
  }
  if (!shaped) {
    for (const candidate of positioned()) {
      const target = closestIn(candidate.codes);
      if (target) return { kind: "repaired", entity: candidate, code: target, via: "position", token };
    }
  }
  // The parser's reading, unconfirmed by any other source, is still better than a token in another script.
  if (hint && !shaped) return { kind: "new", code: hint, alias: token, like: null, reason: "code" };
  // A code-shaped token written in a code line is a code in its own right: nothing to warn about.
  if (shaped && !byAnchors) return { kind: "new", code: token, like: null, reason: "code" };
  const like = bestMatch(token, known, REPAIR_THRESHOLD);
  return { kind: "new", code: token, like, reason: byAnchors ? "unlike" : "unconfirmed" };
}

function reportNew(
  table: EntityTable,
  place: { file: string; line: number; column: number },
  r: Extract<Resolution, { kind: "new" }>,
  entity: Entity,
): void {
  if (r.reason === "unlike") {
    table.report({
      ...place,
      severity: "warning",
      code: "code-unrecognized",
      message: `Unexpected code \`${r.code}\` in a section whose anchors belong to another error; it resembles none of that error's codes, so it is kept as its own code (${entity.id}).`,
    });
  } else if (r.reason === "unconfirmed") {
    table.report({
      ...place,
      severity: "warning",
      code: "code-unconfirmed",
      message: r.like
        ? `Unexpected code \`${r.code}\`, which resembles \`${r.like}\`, but neither the section's anchors nor its position confirm it is that code; it is kept as its own code (${entity.id}).`
        : `Unexpected code \`${r.code}\`, not written like a code (Latin letters and digits) and like no known code; it is kept as its own code (${entity.id}).`,
    });
  }
}

/**
 * The same section twice in one source. Same anchors (or the numbered
 * auto-id of a repeated heading): a duplicate, reported and kept on the
 * article page (the error page shows the first). Other anchors: two errors
 * claim one code, which fails the build.
 */
function duplicateSection(table: EntityTable, section: ErrorSection, entity: Entity): boolean {
  const { source, node } = section;
  const first = entity.byLocale.get(section.locale)?.find((o) => o.source === source);
  if (first?.kind !== "error") return false;
  const heading = { file: source.file, line: node.heading.line, column: node.heading.column };
  const codeLine = { file: source.file, line: node.codeLine.line, column: node.codeLine.column };
  const theirs = sectionAnchors(first.source, first.node.heading).map(lower);
  // A repeated heading's DocFX auto-id is numbered (`x-1` after `x`): the same section again, not another error.
  const repeatOf = (a: string, t: string): boolean => a.startsWith(`${t}-`) && /^\d+$/.test(a.slice(t.length + 1));
  const sameAnchors = sectionAnchors(source, node.heading)
    .map(lower)
    .some((a) => theirs.some((t) => a === t || (node.heading.autoId === a && repeatOf(a, t))));
  if (sameAnchors) {
    // The repeat's own anchor (`x-1`) is published too: it leads to this error.
    const own = sectionAnchors(source, node.heading);
    addUnique(entity.anchors, own);
    table.indexAnchors(entity, own);
  }
  table.report(
    sameAnchors
      ? {
          ...heading,
          severity: "warning",
          code: "section-duplicate",
          message: `Unexpected second section for ${entity.id} (same code as line ${first.node.heading.line}, and the same anchor or heading); the error page shows the first, the article page shows both.`,
        }
      : {
          ...codeLine,
          severity: "error",
          code: "code-conflict",
          message: `Code \`${writtenCodes(node)
            .map((w) => w.token)
            .join(
              " / ",
            )}\` is claimed by two different errors (sections at lines ${first.node.heading.line} and ${node.heading.line}); give each error its own code. The second section is shown on the article page only.`,
        },
  );
  return true;
}

/** Machine translation also corrupts codes in heading text: remember those spellings as aliases. */
function repairHeadingTokens(table: EntityTable, section: ErrorSection, entity: Entity): void {
  const { node, source } = section;
  for (const token of node.heading.title.split(/[^\p{L}\p{N}]+/u)) {
    if (token.length < 12 || entity.codes.includes(token)) continue;
    const owner = table.byCode.get(lower(token));
    if ((owner && owner !== entity) || isCodeElsewhere(section.sites, token, sectionAnchors(source, node.heading))) continue;
    const match = bestMatch(token, entity.codes, 0.8);
    if (match && !entity.aliases.includes(token) && lower(token) !== lower(match)) {
      table.addAlias(entity, token);
      table.report({
        file: source.file,
        line: node.heading.line,
        column: node.heading.column,
        severity: "warning",
        code: "title-repaired",
        message: `Unexpected code \`${token}\` in the heading, expected \`${match}\`; repaired in the title.`,
      });
    }
  }
}
