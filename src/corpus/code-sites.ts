import type { ParsedError } from "../parser/types.ts";
import { isCodeShaped } from "./codes.ts";
import type { Located } from "./locate-sources.ts";

const lower = (s: string): string => s.toLowerCase();

/** The code tokens an error section's code line writes, in order. */
export function writtenCodes(node: ParsedError): string[] {
  return node.rawCodes;
}

/** Every section whose code line writes a code-shaped token, by lowercase code. */
export type CodeSites = Map<string, { spelling: string; anchors: Set<string> }[]>;

/**
 * Where each code-shaped token is written in a code line, across every
 * source: a token written so is a code, never repaired into another one,
 * unless every section that writes it is the same section (by anchors) as
 * the target error (an older revision's misspelling of that very code).
 */
export function collectCodeSites(located: readonly Located[]): CodeSites {
  const sites: CodeSites = new Map();
  for (const { source } of located) {
    for (const node of source.errors) {
      for (const token of writtenCodes(node)) {
        if (!isCodeShaped(token)) continue;
        const list = sites.get(lower(token)) ?? [];
        list.push({ spelling: token, anchors: new Set(node.heading.anchors.map(lower)) });
        sites.set(lower(token), list);
      }
    }
  }
  return sites;
}

/** Whether `token` is written in a code line of some section that is not one of `anchors`' sections. */
export function isCodeElsewhere(sites: CodeSites, token: string, anchors: readonly string[]): boolean {
  const own = anchors.map(lower);
  return (sites.get(lower(token)) ?? []).some((site) => !own.some((a) => site.anchors.has(a)));
}

/** One spelling of every code written in a code line of any source. */
export function siteCodes(sites: CodeSites): string[] {
  return [...sites.values()].flatMap((list) => (list[0] ? [list[0].spelling] : []));
}
