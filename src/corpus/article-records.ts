import type { ParsedError } from "../parser/types.ts";
import { renderFragment } from "../render/render.ts";
import type { Entity } from "./entities.ts";
import type { Located } from "./locate-sources.ts";
import type { AnchorIndex } from "./match-entities.ts";
import type { ArticleRecord } from "./records.ts";
import type { PageContexts } from "./render-context.ts";
import { repairCodesInArticle } from "./repair-codes.ts";

const lower = (s: string): string => s.toLowerCase();

/** One record per source: the whole article in source order, current revisions and older ones. */
export function articleRecords(
  located: readonly Located[],
  identity: { byAnchor: AnchorIndex; entityOfError: Map<ParsedError, Entity> },
  pages: PageContexts,
  newestDate: (slug: string) => string,
): ArticleRecord[] {
  const revisionsOf = new Map<string, string[]>();
  for (const l of located) {
    const key = `${l.locale.code}/${l.source.slug}`;
    revisionsOf.set(key, [...(revisionsOf.get(key) ?? []), l.source.meta.date]);
  }
  return located.map(({ source, locale, current }) => {
    const own = new Map([...identity.entityOfError].filter(([e]) => source.errors.includes(e)));
    const ids = pages.page();
    const html = renderFragment(repairCodesInArticle(source.tree.nodes, own), pages.contextFor(source, ids));
    return {
      id: current ? `${locale.code}/${source.slug}` : `${locale.code}/${source.slug}/revisions/${source.meta.date}`,
      older: !current,
      slug: source.slug,
      locale: locale.code,
      title: source.heading?.title || source.meta.title,
      description: source.meta.description,
      date: source.meta.date,
      translation: source.meta.translation,
      revision: source.meta.date,
      revisions: [...(revisionsOf.get(`${locale.code}/${source.slug}`) ?? [])].sort().reverse(),
      newestDate: newestDate(source.slug),
      file: source.file,
      sections: source.sections.map((s) => {
        const hit = s.heading ? identity.byAnchor.get(lower(s.heading.anchors[0] ?? "")) : undefined;
        return {
          kind: s.kind,
          id: hit && !hit.sub ? hit.entity.id : null,
          anchors: s.heading?.anchors ?? [],
          title: s.heading?.title ?? "",
        };
      }),
      html,
      anchors: [...ids.published()],
    };
  });
}
