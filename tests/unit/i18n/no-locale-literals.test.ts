import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 7: which languages the site has, and which is the default, is data (i18n/locales.json). Pages,
 * components, layouts, routes and the search client take it from there; none names a locale. (The
 * behaviour is proven by the default-italian fixture site; this keeps new literals out.)
 */
const root = join(import.meta.dirname, "../../..");
const dirs = ["src/components", "src/layouts", "src/pages", "src/routes", "src/search/client"];
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
/** A quoted locale code or tag, e.g. "en" or "pt-PT" (doc comments may name them in backticks). */
const literal = /(["'])(en|it|pt-PT|pt-pt|sv-SE|sv-se|ru-RU|ru-ru|de-DE)\1/;

describe("locale literals", () => {
  it("no page, component, layout, route or search client file names a locale", () => {
    const found = dirs
      .flatMap((dir) => files(join(root, dir)))
      .filter((file) => /\.(ts|astro)$/.test(file))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, i) => (literal.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
