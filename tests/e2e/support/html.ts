import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { distDir } from "./dist.ts";

const trees = new Map<string, Root>();

/** The HTML source of a built file (path relative to distDir). */
export function readBuilt(file: string): string {
  return readFileSync(join(distDir, file), "utf8");
}

/** A built page parsed to hast (cached per worker). */
export function parseBuilt(file: string): Root {
  let tree = trees.get(file);
  if (!tree) {
    tree = fromHtml(readBuilt(file));
    trees.set(file, tree);
  }
  return tree;
}

/** Every `id` on a page (the targets a `#fragment` may name). */
export function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  for (const el of selectAll("[id]", tree)) {
    const id = el.properties.id;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}

/** A URL-valued attribute found on a page. */
export interface PageLink {
  /** `a[href]`, `img[src]`… for messages. */
  where: string;
  value: string;
}

/** hast property names of the URL attributes the link check follows. */
const urlProps: [selector: string, prop: string, attr: string][] = [
  ["[href]", "href", "href"],
  ["[src]", "src", "src"],
  ["form[action]", "action", "action"],
];

function describeElement(el: Element, attr: string): string {
  const rel = el.properties.rel;
  const relText = Array.isArray(rel) && rel.length > 0 ? `[rel=${rel.join(" ")}]` : "";
  return `<${el.tagName}${relText} ${attr}>`;
}

/** Every href/src/action value on a page, and each URL of every `srcset`. */
export function linksOf(tree: Root): PageLink[] {
  const out: PageLink[] = [];
  for (const [selector, prop, attr] of urlProps) {
    for (const el of selectAll(selector, tree)) {
      const value = el.properties[prop];
      if (typeof value === "string") out.push({ where: describeElement(el, attr), value });
    }
  }
  for (const el of selectAll("[srcset]", tree)) {
    const srcset = el.properties.srcSet;
    const list = Array.isArray(srcset) ? srcset.map(String) : typeof srcset === "string" ? srcset.split(",") : [];
    for (const candidate of list) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) out.push({ where: describeElement(el, "srcset"), value: url });
    }
  }
  return out;
}
