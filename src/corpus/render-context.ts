import type { RootContent } from "mdast";
import type { SiteLocale } from "../i18n/locales.ts";
import type { Diagnostic, ParsedSource } from "../parser/types.ts";
import type { RenderContext } from "../render/context.ts";
import { IdAllocator } from "../render/id-allocator.ts";
import type { ArticleAnchorIndex } from "./article-anchors.ts";
import { type EntityKind, kindPath } from "./entities.ts";
import type { Located } from "./locate-sources.ts";
import type { Identity } from "./match-entities.ts";

const lower = (s: string): string => s.toLowerCase();

/** What the corpus tells the renderer, beyond one fragment. */
export interface PageSettings {
  /** Locale whose article is canonical, and the fallback of links. */
  canonical: string;
  include: (name: string, locale: string) => RootContent[] | null;
  alertLabel: (kind: string, locale: string) => string;
  /** Accessible name of a heading's "#" link in a locale. */
  headingLinkLabel?: ((title: string, locale: string) => string) | undefined;
  reservedIds?: readonly string[] | undefined;
}

/** An entity a page links to: by a cause or step line (`ref`), or by a link in its text. */
export interface LinkTarget {
  kind: EntityKind;
  id: string;
  via: "ref" | "text";
}

/** A link from a page's text to another article of the corpus (see `articleLinks` on records). */
export interface ArticleLink {
  slug: string;
  anchor: string;
  href: string;
  target: { kind: EntityKind; id: string } | null;
}

/** Render contexts for the pages of a corpus, and the links each fragment makes (for backlinks). */
export function pageContexts(
  located: readonly Located[],
  identity: Pick<Identity, "byAnchor" | "articleAnchors">,
  groups: { anchorsFor: (source: ParsedSource, own: string[], line?: number) => string[] },
  settings: PageSettings,
  report: (d: Diagnostic) => void,
  articles: ArticleAnchorIndex = new Map(),
) {
  const localeFor = new Map(located.map((l) => [l.source, l.locale]));
  const canonicalPath = located.find((l) => l.locale.code === settings.canonical)?.locale.path ?? settings.canonical;
  const pathOf = new Map(located.map((l) => [l.locale.code, l.locale.path]));
  /** The reader's locale path when `have` includes it, else the canonical locale's, else the first that has it. */
  const pathFor = (locale: SiteLocale, have: { has: (code: string) => boolean; keys: () => Iterable<string> }): string => {
    if (have.has(locale.code)) return locale.path;
    if (have.has(settings.canonical)) return canonicalPath;
    const [first] = have.keys();
    return (first && pathOf.get(first)) ?? canonicalPath;
  };

  /** The site URL of a link to another article of the corpus, for a page in `locale`; null when the article is not in the corpus. */
  const articleResolver =
    (locale: SiteLocale, links: LinkTarget[], articleLinks: ArticleLink[]) =>
    (slug: string, anchor: string): { href: string; known: boolean } | null => {
      const article = articles.get(slug);
      if (!article || article.locales.size === 0) return null;
      const page = `/${pathFor(locale, article.locales)}/articles/${slug}/`;
      const hit = anchor ? article.entities.get(lower(anchor)) : undefined;
      const resolved = hit
        ? {
            href: `/${pathFor(locale, hit.entity.byLocale)}/${kindPath[hit.entity.kind]}/${hit.entity.id}/${hit.sub ? `#${hit.sub}` : ""}`,
            known: true,
          }
        : { href: anchor ? `${page}#${anchor}` : page, known: !anchor || article.anchors.has(lower(anchor)) };
      if (hit) links.push({ kind: hit.entity.kind, id: hit.entity.id, via: "text" });
      const target = hit ? { kind: hit.entity.kind, id: hit.entity.id } : null;
      // Every link, known anchor or not (an unknown one opens the article page, with a warning); a link into the
      // page's own article never comes here: the renderer resolves it as an in-page anchor.
      if (!articleLinks.some((l) => l.slug === slug && l.anchor === anchor))
        articleLinks.push({ slug, anchor, href: resolved.href, target });
      return resolved;
    };

  /** The site URL of an anchor for a page in `locale`; English when the target is missing there. Entity targets are recorded in `links`. */
  const resolver =
    (locale: SiteLocale, slug: string, links: LinkTarget[]) =>
    (anchor: string): string | null => {
      if (!anchor) return `/${locale.path}/articles/${slug}/`;
      const hit = identity.byAnchor.get(lower(anchor));
      if (hit) {
        links.push({ kind: hit.entity.kind, id: hit.entity.id, via: "text" });
        const path = hit.entity.byLocale.has(locale.code) ? locale.path : canonicalPath;
        return `/${path}/${kindPath[hit.entity.kind]}/${hit.entity.id}/${hit.sub ? `#${hit.sub}` : ""}`;
      }
      const carriers = identity.articleAnchors.get(lower(anchor));
      if (!carriers) return null;
      const path = carriers.has(locale.code) ? locale.path : canonicalPath;
      return `/${path}/articles/${slug}/#${anchor}`;
    };

  return {
    localeOf: (source: ParsedSource): SiteLocale => localeFor.get(source) as SiteLocale,
    /** A fresh set of page ids (chrome ids reserved, plus `extra`). */
    page: (extra: Iterable<string> = []): IdAllocator => new IdAllocator([...(settings.reservedIds ?? []), ...extra]),
    /** The context to render a fragment of `source` on a page whose ids are `ids`; links it makes go to `links`. */
    contextFor(
      source: ParsedSource,
      ids: IdAllocator,
      options: { baseDepth?: number; links?: LinkTarget[]; articleLinks?: ArticleLink[] } = {},
    ): RenderContext {
      const locale = localeFor.get(source) as SiteLocale;
      const label = settings.headingLinkLabel;
      return {
        file: source.file,
        slug: source.slug,
        learnLocale: locale.learn,
        resolveAnchor: resolver(locale, source.slug, options.links ?? []),
        resolveArticleLink: articleResolver(locale, options.links ?? [], options.articleLinks ?? []),
        ids,
        include: (name: string) => settings.include(name, locale.code),
        alertLabel: (kind: string) => settings.alertLabel(kind, locale.code),
        report,
        // Sub-sections carry every spelling any locale published (ad-hoc / on-demand backup…).
        headingAnchors: (own: string[], line?: number) => groups.anchorsFor(source, own, line),
        ...(label ? { headingLinkLabel: (title: string) => label(title, locale.code) } : {}),
        ...(options.baseDepth ? { baseDepth: options.baseDepth } : {}),
      };
    },
  };
}

export type PageContexts = ReturnType<typeof pageContexts>;
