import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import type { EntityKind } from "../corpus/entities.ts";

/** What the index should know about a page beyond its text. */
export interface PageSearchInfo {
  kind: EntityKind;
  /** Canonical codes (errors only), shown in results. */
  codes: readonly string[];
  /** Localized message (errors only), shown in results. */
  message: string;
  /** Extra words the page is found by (code parts, aliases), indexed at top weight. */
  terms: readonly string[];
  /** Ids of cause/procedure wrappers on an error page: their headings become sub-results. */
  sectionIds: readonly string[];
  /** Site locale codes where the entity exists: a result from another language links to the reader's page when there is one. */
  locales: readonly string[];
}

/** Pagefind's maximum weight: code terms must beat the same code mentioned in another page's text. */
export const CODE_TERM_WEIGHT = "10";

const HEADING = "h1, h2, h3, h4, h5, h6";

function el(tagName: string, properties: Element["properties"], text: string): Element {
  return { type: "element", tagName, properties, children: text ? [{ type: "text", value: text }] : [] };
}

/** The element Pagefind indexes: `[data-pagefind-body]`, else `main` (marked), else `body`. */
function indexedRoot(tree: Root): Element | undefined {
  const marked = select("[data-pagefind-body]", tree);
  if (marked) return marked;
  const main = select("main", tree) ?? select("body", tree);
  if (main) main.properties.dataPagefindBody = "";
  return main ?? undefined;
}

/**
 * Pagefind makes sub-results only from headings that carry an id. A cause on
 * an error page is a wrapper with the cause id around its heading; give that
 * heading the wrapper's id (in the indexed copy only) so a result links to
 * `#cause-id`, which exists on the served page.
 */
function promoteSectionIds(tree: Root, ids: readonly string[]): void {
  for (const id of ids) {
    const wrapper = selectAll("[id]", tree).find((e) => e.properties.id === id);
    if (!wrapper || /^h[1-6]$/.test(wrapper.tagName)) continue;
    const heading = select(HEADING, wrapper);
    if (!heading || heading.properties.id) continue;
    delete wrapper.properties.id;
    heading.properties.id = id;
  }
}

/**
 * Page chrome headings (`#ea-explanation` "What it means", `#ea-causes`,
 * `#ea-steps`…) are the same on every page, so as sub-results they are noise:
 * in the indexed copy they lose their id, and their text joins the section
 * above. Cause and solution headings keep theirs.
 */
function dropChromeHeadingIds(tree: Root): void {
  for (const heading of selectAll(HEADING, tree)) {
    if (String(heading.properties.id ?? "").startsWith("ea-")) delete heading.properties.id;
  }
}

/**
 * Returns the HTML Pagefind should index for an entity page: the served HTML
 * plus hidden metadata (kind, codes, message), the code terms at top weight at
 * the start of the body (so code matches land on the page, not a sub-result),
 * and cause headings carrying their section ids. The served file is untouched.
 */
export function preparePageForIndex(html: string, info: PageSearchInfo): string {
  const tree = fromHtml(html);
  const root = indexedRoot(tree);
  if (!root) return html;
  promoteSectionIds(tree, info.sectionIds);
  dropChromeHeadingIds(tree);

  const meta: Record<string, string> = { kind: info.kind };
  if (info.codes.length) meta.code = info.codes.join(" / ");
  if (info.message) meta.message = info.message;
  if (info.locales.length) meta.locales = info.locales.join(" ");
  const added: ElementContent[] = Object.entries(meta).map(([key, value]) =>
    el("span", { dataPagefindMeta: key, dataPagefindIgnore: "" }, value),
  );
  added.push(el("span", { dataPagefindFilter: "kind", dataPagefindIgnore: "" }, info.kind));
  if (info.terms.length) added.push(el("p", { dataPagefindWeight: CODE_TERM_WEIGHT }, info.terms.join(" ")));
  root.children.unshift(...added);
  return unified().use(rehypeStringify).stringify(tree);
}
