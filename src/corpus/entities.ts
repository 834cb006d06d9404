import type { ParsedCause, ParsedError, ParsedSolution, ParsedSource } from "../parser/types.ts";

export type EntityKind = "error" | "cause" | "solution";

/** One occurrence of an entity in one source. */
export type Occurrence =
  | { kind: "error"; source: ParsedSource; node: ParsedError }
  | { kind: "cause"; source: ParsedSource; node: ParsedCause }
  | { kind: "solution"; source: ParsedSource; node: ParsedSolution };

/** An error, cause or solution across every locale and revision. */
export interface Entity {
  kind: EntityKind;
  id: string;
  /** Every anchor ever published, canonical first, exact spellings. */
  anchors: string[];
  /** Canonical codes (errors only). */
  codes: string[];
  aliases: string[];
  subAnchors: string[];
  /** Occurrences by site locale code, newest revision first. */
  byLocale: Map<string, Occurrence[]>;
}

export function addUnique(list: string[], values: Iterable<string>): void {
  for (const v of values) if (v && !list.includes(v)) list.push(v);
}

/** URL segment of an entity kind in the URL contract. */
export const kindPath = { error: "errors", cause: "causes", solution: "solutions" } as const satisfies Record<EntityKind, string>;

/** The URL segment of a kind (`errors`, `causes`, `solutions`). */
export type EntityFolder = (typeof kindPath)[EntityKind];
