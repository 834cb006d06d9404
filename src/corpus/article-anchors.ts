import { headingInfo } from "../parser/anchors.ts";
import type { Entity } from "./entities.ts";
import type { Located } from "./locate-sources.ts";
import { sectionAnchors } from "./section-anchors.ts";

const lower = (s: string): string => s.toLowerCase();

/** What one article of the corpus publishes, over every locale and revision. */
export interface ArticleAnchors {
  /** Locales with a page of the article (a current revision). */
  locales: Set<string>;
  /** Lowercase anchor → the entity whose section (or sub-section) carries it in this article. */
  entities: Map<string, { entity: Entity; sub: string | null }>;
  /** Every lowercase anchor some revision of the article carries (its page carries them all). */
  anchors: Set<string>;
}

/** Slug → what that article publishes: how links from other articles find their target. */
export type ArticleAnchorIndex = Map<string, ArticleAnchors>;

/**
 * The anchors of each article, computed once from the matched entities: a
 * link from another article (`./other.md#anchor`, a docs/learn URL) names an
 * article and one of its anchors, and two articles may publish the same
 * anchor for different things, so the global anchor index cannot answer it.
 */
export function articleAnchorIndex(located: readonly Located[], entities: readonly Entity[]): ArticleAnchorIndex {
  const index: ArticleAnchorIndex = new Map();
  const of = (slug: string): ArticleAnchors => {
    let article = index.get(slug);
    if (!article) {
      article = { locales: new Set(), entities: new Map(), anchors: new Set() };
      index.set(slug, article);
    }
    return article;
  };
  for (const { source, locale, current } of located) {
    const article = of(source.slug);
    if (current) article.locales.add(locale.code);
    for (const a of source.anchors) article.anchors.add(lower(a.name));
    // Headings without `<a name>` are reached by their DocFX auto-id, which the article page carries.
    for (const node of source.tree.nodes)
      if (node.type === "heading") for (const a of headingInfo(node).anchors) article.anchors.add(lower(a));
  }
  for (const entity of entities) {
    for (const occurrences of entity.byLocale.values()) {
      for (const o of occurrences) {
        const article = of(o.source.slug);
        const put = (anchor: string, sub: string | null): void => {
          if (!article.entities.has(lower(anchor))) article.entities.set(lower(anchor), { entity, sub });
        };
        for (const a of sectionAnchors(o.source, o.node.heading)) put(a, null);
        if (o.kind === "solution") for (const a of o.node.subAnchors) put(a, a);
      }
    }
  }
  return index;
}
