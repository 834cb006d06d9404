import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// Seeded PRNG (mulberry32), shared with the fuzz command: a failure is reproducible from its seed.
import { random } from "../../../scripts/fuzz/mutate.ts";
import { randomWord as word, randomWords as words } from "../../../scripts/fuzz/random-words.ts";
import { parseSource } from "../../../src/parser/parse-source.ts";
import type { ParsedSource } from "../../../src/parser/types.ts";

/**
 * Property: labels, conjunctions and cause words are recognised by position
 * and shape, never by their words. Rewriting every one of them into random
 * words of random scripts (the same word for the same label within a file,
 * as a new language would) must give identical records.
 */

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURES = join(import.meta.dirname, "fixtures");
const SLUG = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";

const CODE = String.raw`["“«„「]?[A-Za-z][A-Za-z0-9]{5,}["”»“」]?`;
/** A code in camel case (`UserErrorFoo`), so prose words are never taken for codes. */
const CAMEL_CODE = String.raw`["“«„「]?[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*["”»“」]?`;

/** Rewrites labels, conjunctions and cause words; the same original gets the same replacement. */
function rewrite(text: string, seed: number): string {
  const rnd = random(seed);
  const map = new Map<string, string>();
  const as = (original: string, make: () => string): string => {
    const key = original.trim().toLowerCase();
    if (!map.has(key)) map.set(key, make());
    return map.get(key) as string;
  };
  const label = (original: string): string => as(original, () => words(rnd));
  const [front, body] = ((m) => (m ? [m[0], text.slice(m[0].length)] : ["", text]))(/^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text));
  const out = body.split("\n").map((line) =>
    line
      // Bold label before a colon or period: `**Label**:`, `**Label:**:`, `**Label** :`.
      .replace(/^\*\*([^*[\]\d:：︰.]+?)([:：︰.]?)\*\*(?=\s*[:：︰.]?\s*\S)/u, (_, l: string, c: string) => `**${label(l)}${c}**`)
      // Cause/step word before its number: `**Cause 1: [..](#..)**`.
      .replace(/^\*\*([^*[\]\d:：︰]+?)(\s*\d+\s*[:.：])/u, (_, l: string, n: string) => `**${label(l)}${n}`)
      // Number before the label: `**1. label: …**`, `1. lépés:`, `1단계:`.
      .replace(
        /^(\*\*)?(\d+\.?\s*)([^\d:：\s[*][^\d:：[*]{0,20}?)([:：])/u,
        (_, b = "", n: string, l: string, c: string) => `${b}${n}${label(l)}${c}`,
      )
      // Plain label before a code or quoted value: `Error code: "CODE"`, `Код ошибки: X`.
      .replace(
        new RegExp(String.raw`^([^\d\s:：︰*#>|\-[\x60][^\d:：︰\n*[\]\x60]{0,40}?)(\s*[:：︰]\s*)(?=${CODE}|["“«„「]|\d{3,},)`, "u"),
        (_, l: string, c: string) => `${label(l)}${c}`,
      )
      // Conjunction between two codes of a code line: `A eller B`, `A または B`.
      .replace(
        /^(\*\*|[^\s#>|*-][^:：︰\n]{0,40}[:：︰])(.*)$/u,
        (_, head: string, rest: string) =>
          // Only between camel-case codes, so prose is left alone.
          head +
          rest.replace(
            new RegExp(String.raw`(${CAMEL_CODE})(\s+)([^\s/,"“«„「]{1,6})(\s+)(?=${CAMEL_CODE})`, "gu"),
            (_m, a: string, s1: string, c: string, s2: string) => `${a}${s1}${as(`conj:${c}`, () => word(rnd, 1, 4))}${s2}`,
          ),
      ),
  );
  // Message labels of plain code/message pairs: the line after (or before) a rewritten plain code label.
  for (let i = 0; i < out.length; i++) {
    const m = /^([^\d\s:：︰*#>|\-[`][^\d:：︰\n*[\]`]{0,40}?)(\s*[:：︰]\s*)(\S.*)$/u.exec(out[i] ?? "");
    const near = [out[i - 1], out[i + 1]].some(
      (l) => l !== undefined && /<br\s*\/?>\s*$/i.test(l) && [...map.values()].some((v) => l.startsWith(v)),
    );
    const done = [...map.values()].includes((m?.[1] ?? "").trim());
    if (m && near && !done) out[i] = `${label(m[1] ?? "")}${m[2]}${m[3]}`;
  }
  // The same labels written with no separator (`Код ошибки 320001, X <br/> Сообщение об ошибке Текст`).
  const literal = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const [original, replacement] of map) {
    if (original.startsWith("conj:")) continue;
    const bare = new RegExp(String.raw`(^|<br\s*/?>\s*)${literal(original)}(?=\s*[:：︰]?\s+\S)`, "giu");
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? "").replace(bare, (_, before: string) => `${before}${replacement}`);
  }
  return front + out.join("\n");
}

/** What a reader states about a file's records (nothing that repeats a label word). */
function facts(p: ParsedSource) {
  return {
    locale: p.meta.contentLocale,
    errors: p.errors.map((e) => ({
      anchors: e.heading.anchors,
      codes: e.codes.map((c) => [c.code, c.numeric, c.origin, c.message]),
      rawCodes: e.rawCodes,
      unresolved: e.unresolved?.token ?? null,
      references: e.references.map((r) => [r.kind, r.anchor, r.line]),
      causes: e.causes.map((c) => [c.anchor, c.kind, c.line]),
      steps: e.steps.map((c) => [c.anchor, c.kind, c.line]),
    })),
    causes: p.causes.map((c) => [c.heading.anchors, c.solution?.heading.anchors ?? null]),
    solutions: p.solutions.map((s) => [s.heading.anchors, s.subAnchors]),
    sections: p.sections.map((s) => [s.kind, s.key]),
    diagnostics: p.diagnostics.map((d) => [d.code, d.line, d.column]),
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".md") ? [path] : [];
  });
}

const sources = [join(ROOT, "content/en", `${SLUG}.md`), ...files(FIXTURES).filter((f) => !/hostile|bad-front-matter/.test(f))];
const parse = (text: string, file: string) => parseSource(text, { file, slug: SLUG, knownIncludes: ["support-disclaimer"] });

describe("records do not depend on label, conjunction or cause words", { timeout: 60_000 }, () => {
  it.each(sources.map((f) => [f.slice(ROOT.length + 1), f]))("%s", (_, file) => {
    const text = readFileSync(file as string, "utf8");
    const expected = facts(parse(text, "f.md"));
    for (const seed of [1, 2, 3, 4, 5]) {
      const changed = rewrite(text, seed * 7919);
      expect(facts(parse(changed, "f.md")), `seed ${seed * 7919}`).toEqual(expected);
    }
  });

  it("really rewrites the labels it claims to", () => {
    const text = readFileSync(join(ROOT, "content/en", `${SLUG}.md`), "utf8");
    const changed = rewrite(text, 42);
    for (const w of ["**Error code**", "**Error message**", "**Cause 1:", "**Step 1:"]) {
      expect(text).toContain(w);
      expect(changed).not.toContain(w);
    }
    const plain = readFileSync(join(FIXTURES, "second-family/en.md"), "utf8");
    expect(rewrite(plain, 42)).not.toContain("Error code:");
    expect(rewrite(plain, 42)).not.toContain("Error message:");
    const joined = rewrite(readFileSync(join(FIXTURES, "joined-codes/input.md"), "utf8"), 42);
    for (const w of [" eller ", " または ", " 或 ", " nebo ", " или "]) expect(joined).not.toContain(w);
    const spaced = rewrite(readFileSync(join(FIXTURES, "spaced-labels/ru.md"), "utf8"), 42);
    for (const w of ["Код ошибки", "Сообщение об ошибке"]) expect(spaced).not.toContain(w);
  });
});
