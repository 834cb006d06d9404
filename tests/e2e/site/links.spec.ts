import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { siteLocales } from "../../../src/i18n/locales.ts";
import { builtPages, distDir } from "../support/dist.ts";
import { brokenLinks, formatBrokenLinks, sitemapUrls, whyBroken } from "../support/link-check.ts";
import { siteOrigin } from "../support/site.ts";

test("every internal href, src and #fragment in the built site resolves", () => {
  const pages = builtPages();
  const broken = brokenLinks(pages);
  expect(broken.length, `${broken.length} broken link(s) in ${pages.length} pages:\n${formatBrokenLinks(broken)}`).toBe(0);
});

test("every URL in sitemap.xml (pages and hreflang alternates) is a built page", () => {
  const file = join(distDir, "sitemap.xml");
  expect(existsSync(file), `${file} exists`).toBe(true);
  const sitemap = { file: "sitemap.xml", path: "/sitemap.xml" };
  const broken = [...new Set(sitemapUrls(readFileSync(file, "utf8")))].flatMap((url) => {
    const reason = URL.canParse(url) && new URL(url).origin === siteOrigin ? whyBroken(sitemap, url) : `not on ${siteOrigin}`;
    return reason ? [`${url}: ${reason}`] : [];
  });
  expect(broken.length, `broken sitemap entries:\n${broken.join("\n")}`).toBe(0);
});

test("sitemap.xml lists the error, cause, procedure and article index of every locale", () => {
  const listed = new Set(sitemapUrls(readFileSync(join(distDir, "sitemap.xml"), "utf8")).map((url) => new URL(url).pathname));
  const missing = siteLocales
    .flatMap((l) => ["", "causes/", "solutions/", "articles/"].map((s) => `/${l.path}/${s}`))
    .filter((p) => !listed.has(p));
  expect(missing, "index pages missing from sitemap.xml").toEqual([]);
});
