import type { APIRoute } from "astro";
import { loadCorpus } from "../components/data/corpus.ts";
import { sitemapEntries } from "../components/data/sitemap-entries.ts";

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** `/sitemap.xml`: every canonical page with `xhtml:link` hreflang alternates, `x-default` included. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL("http://localhost/");
  const abs = (path: string) => escapeXml(new URL(path, base).href);
  const urls = sitemapEntries(await loadCorpus()).map(
    (entry) =>
      `<url><loc>${abs(entry.path)}</loc>${entry.alternates
        .map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${abs(a.href)}"/>`)
        .join("")}</url>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
