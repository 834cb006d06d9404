import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { localeByCode } from "../../../src/i18n/locales.ts";
import { repoRoot } from "../support/dist.ts";
import { directUrl, elsewhereUrls, hitUrls, pageForm, searchDone } from "./search-page.ts";

/** One entry of tests/search/queries.json (see its `$comment`). */
interface Query {
  locale: string;
  q: string;
  type: string;
  first?: string;
  top3?: string;
  none?: boolean;
  elsewhere?: string;
}

const { queries } = JSON.parse(readFileSync(`${repoRoot}/tests/search/queries.json`, "utf8")) as { queries: Query[] };
/** Query types whose complete code or alias the direct answer must recognize. */
const DIRECT = new Set(["exact", "lowercase", "alias", "corrupted", "typo", "pasted", "url", "translit"]);

for (const query of queries) {
  test(`[${query.locale}] ${query.type}: ${query.q}`, async ({ page }) => {
    const locale = localeByCode(query.locale);
    if (!locale) throw new Error(`queries.json: unknown locale ${query.locale}`);
    await page.goto(`/${locale.path}/search/?q=${encodeURIComponent(query.q)}`);
    const form = pageForm(page);
    await searchDone(form);
    const hits = await hitUrls(form);
    const direct = await directUrl(form);
    const elsewhere = await elsewhereUrls(form);
    // What the reader sees, in order: the direct answer, then the results.
    const shown = [...(direct ? [direct] : []), ...hits];
    const all = [...shown, ...elsewhere];
    expect(all, "no page listed twice").toEqual([...new Set(all)]);
    const sections = await form.locator(".ea-search-sections a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(
      sections.filter((href) => href.includes("#ea-")),
      "no page-chrome heading as a sub-result",
    ).toEqual([]);
    if (query.first) expect(shown[0], `first result for "${query.q}" (all: ${shown.join(", ")})`).toBe(query.first);
    if (query.top3) expect(shown.slice(0, 3), `top 3 for "${query.q}"`).toContain(query.top3);
    if (query.first && DIRECT.has(query.type)) expect(direct, "direct answer").toBe(query.first);
    if (query.none) {
      expect(all, "no result in this or other languages, no direct answer").toEqual([]);
      await expect(form.locator("[data-ea-none]")).toContainText(query.q);
      await expect(form.locator(".ea-search-browse a")).toHaveAttribute("href", `/${locale.path}/`);
    }
    if (query.elsewhere) {
      expect(hits, "nothing in this language").toEqual([]);
      expect(
        [...(direct ? [direct] : []), ...elsewhere][0],
        `first result for "${query.q}" (other languages: ${elsewhere.join(", ")})`,
      ).toBe(query.elsewhere);
    }
  });
}
