import type { ParsedError } from "../parser/types.ts";
import { isCodeShaped } from "./codes.ts";
import type { Located } from "./locate-sources.ts";
import { sectionAnchors } from "./section-anchors.ts";

const lower = (s: string): string => s.toLowerCase();

/** A code token of a section: as written, with the parser's reading of it when it was not written in code form. */
export interface WrittenCode {
  token: string;
  /** The code the parser read from the heading or an anchor for a token not in code form. */
  hint: string | null;
}

/**
 * The code tokens of an error section, in order: those of its code line (a
 * foreign-script token with the parser's heading or anchor reading as a
 * hint), a code the parser recovered for a code line of words, and the
 * numeric codes, which are codes too. An unresolved code line yields none.
 */
export function writtenCodes(node: ParsedError): WrittenCode[] {
  const out: WrittenCode[] = [];
  for (const c of node.codes) {
    // A token the parser folded to ASCII (`Vmnotındesıralaması` → `Vmnotindesiralamasi`): its folded reading is the hint.
    if (c.origin === "code-line") out.push({ token: c.written || c.code, hint: c.written && c.written !== c.code ? c.code : null });
    else if (c.origin !== "unresolved") {
      const single = c.written && !/\s/u.test(c.written) && c.written !== c.code;
      out.push(single ? { token: c.written, hint: c.code } : { token: c.code, hint: null });
    }
    if (c.numeric) out.push({ token: c.numeric, hint: null });
  }
  return out;
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
      for (const { token } of writtenCodes(node)) {
        if (!isCodeShaped(token)) continue;
        const list = sites.get(lower(token)) ?? [];
        list.push({ spelling: token, anchors: new Set(sectionAnchors(source, node.heading).map(lower)) });
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
