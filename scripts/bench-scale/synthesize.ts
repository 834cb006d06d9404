import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { CorpusDocument } from "../../src/corpus/records.ts";

/**
 * Every name that makes an entity distinct: codes and their misspelled or
 * corrupted forms, every published anchor, and the article slugs.
 */
function namesOf(corpus: CorpusDocument): { codes: string[]; anchors: string[] } {
  const codes = new Set<string>();
  const anchors = new Set<string>();
  for (const e of corpus.errors) for (const c of [...e.codes, ...e.aliases]) codes.add(c);
  for (const r of [...corpus.errors, ...corpus.causes, ...corpus.solutions]) for (const a of r.anchors) anchors.add(a);
  for (const a of corpus.articles) {
    anchors.add(a.slug);
    for (const s of a.sections) for (const x of s.anchors) anchors.add(x);
  }
  return { codes: [...codes], anchors: [...anchors] };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Writes `scale` copies of the content root under `out`: copy k renames every
 * code (`Code` → `Code007`, digits survive any transliteration, so corrupted
 * forms stay linked to their code), every anchor and slug (`-s7`), so each
 * copy is a new, distinct set of articles, errors, causes and procedures,
 * linked among themselves exactly like the original.
 */
export function synthesize(contentDir: string, corpus: CorpusDocument, scale: number, out: string): void {
  const { codes, anchors } = namesOf(corpus);
  const kinds = new Map<string, "code" | "anchor">();
  for (const a of anchors) kinds.set(a.toLowerCase(), "anchor");
  for (const c of codes) kinds.set(c.toLowerCase(), "code");
  const names = [...kinds.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "giu");
  mkdirSync(out, { recursive: true });
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    const from = join(contentDir, entry.name);
    if (entry.name === "includes" || !entry.isDirectory()) {
      cpSync(from, join(out, entry.name), { recursive: true });
      continue;
    }
    mkdirSync(join(out, entry.name), { recursive: true });
    for (const file of readdirSync(from).filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(join(from, file), "utf8");
      for (let k = 0; k < scale; k++) {
        const suffix = String(k).padStart(3, "0");
        const renamed = text.replace(pattern, (m) => (kinds.get(m.toLowerCase()) === "code" ? `${m}${suffix}` : `${m}-s${k}`));
        const slug = basename(file).replace(/(\.\d{4}-\d{2}-\d{2})?\.md$/, "");
        writeFileSync(join(out, entry.name, file.replace(slug, `${slug}-s${k}`)), renamed);
      }
    }
  }
}
