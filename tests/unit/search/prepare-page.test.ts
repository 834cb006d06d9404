import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString as text } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { preparePageForIndex } from "../../../src/search/prepare-page.ts";

const page = `<!doctype html><html lang="pt-PT"><head><title>t</title></head><body>
<header><form role="search"></form></header>
<main id="ea-main" data-pagefind-body><h1>Limite</h1><p>Texto</p><h2 id="ea-explanation">O que significa</h2><p>Explicação</p>
<h2 id="ea-causes">Causas e soluções</h2>
<section class="ea-block" id="the-vm-has-no-internet-access"><h3>A VM não tem acesso</h3><h4 id="solution">Solução</h4></section>
</main></body></html>`;

const info = {
  kind: "error" as const,
  codes: ["UserErrorRpCollectionLimitReached"],
  message: "Atingiu o limite",
  terms: ["usererrorrpcollectionlimitreached", "rpcollectionlimitreached"],
  sectionIds: ["the-vm-has-no-internet-access"],
  locales: ["en", "pt-PT"],
};

describe("preparePageForIndex", () => {
  const tree = fromHtml(preparePageForIndex(page, info));

  it("adds result metadata and a kind filter that are not indexed as text", () => {
    expect(text(select('[data-pagefind-meta="code"]', tree) ?? tree)).toBe("UserErrorRpCollectionLimitReached");
    expect(text(select('[data-pagefind-meta="message"]', tree) ?? tree)).toBe("Atingiu o limite");
    expect(text(select('[data-pagefind-filter="kind"]', tree) ?? tree)).toBe("error");
    expect(text(select('[data-pagefind-meta="locales"]', tree) ?? tree)).toBe("en pt-PT");
    for (const el of selectAll("[data-pagefind-meta], [data-pagefind-filter]", tree)) {
      expect(el.properties.dataPagefindIgnore).toBeDefined();
    }
  });

  it("puts the code terms first in the indexed body at top weight", () => {
    const body = select("[data-pagefind-body]", tree);
    const terms = select("[data-pagefind-weight]", tree);
    expect(terms?.properties.dataPagefindWeight).toBe("10");
    expect(text(terms ?? tree)).toBe("usererrorrpcollectionlimitreached rpcollectionlimitreached");
    const children = body?.children.filter((c) => c.type === "element") ?? [];
    expect(children.indexOf(terms as never)).toBeLessThan(children.indexOf(select("h1", tree) as never));
  });

  it("gives a cause's heading its wrapper's id so Pagefind makes it a sub-result", () => {
    expect(select("h3", tree)?.properties.id).toBe("the-vm-has-no-internet-access");
    expect(select("section", tree)?.properties.id).toBeUndefined();
    expect(select("h4", tree)?.properties.id).toBe("solution");
  });

  it("takes the ids off chrome headings (ea-…) so they are not sub-results, keeping their text", () => {
    const ids = selectAll("h1, h2, h3, h4", tree).map((h) => h.properties.id ?? null);
    expect(ids).toEqual([null, null, null, "the-vm-has-no-internet-access", "solution"]);
    expect(text(select("main", tree) ?? tree)).toContain("O que significa");
    expect(select("main", tree)?.properties.id).toBe("ea-main");
  });

  it("marks <main> for indexing when the page has no data-pagefind-body", () => {
    const bare = fromHtml(preparePageForIndex(page.replace(" data-pagefind-body", ""), info));
    expect(select("main", bare)?.properties.dataPagefindBody).toBeDefined();
  });
});
