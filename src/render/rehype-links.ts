import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { sameArticleAnchor } from "../parser/same-article.ts";
import type { RenderContext } from "./context.ts";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Public address of another Microsoft Learn article, from a relative `.md` link of this article. */
export function learnUrl(href: string, learnLocale: string): string {
  const base = `https://learn.microsoft.com/${learnLocale}/azure/backup/`;
  const url = new URL(href, base);
  url.pathname = url.pathname.replace(/\.md$/i, "");
  return url.href;
}

/**
 * The article a link names, by its file or page name, and the anchor (possibly empty): relative
 * `.md` paths (`./x.md#a`, `../area/x.md`), root-relative docs paths and docs/learn URLs, any
 * locale segment. Null for any other link (another site, an image, a mail address).
 */
export function linkedArticle(href: string): { slug: string; anchor: string } | null {
  const url = href.trim();
  const hash = url.indexOf("#");
  const path = (hash === -1 ? url : url.slice(0, hash)).replace(/\?.*$/, "");
  const last = path.replace(/\/+$/, "").split("/").pop() ?? "";
  const isRelativeMd = !SCHEME.test(path) && !path.startsWith("//") && /\.md$/i.test(last);
  const isDocsPath = path.startsWith("/") && !path.startsWith("//");
  const isDocsUrl = /^https?:\/\/(docs|learn)\.microsoft\.com\//i.test(path);
  if (!last || !(isRelativeMd || isDocsPath || isDocsUrl)) return null;
  const raw = hash === -1 ? "" : url.slice(hash + 1);
  let anchor = raw;
  try {
    anchor = decodeURIComponent(raw);
  } catch {
    // Keep a malformed escape as written.
  }
  return { slug: last.replace(/\.md$/i, ""), anchor };
}

/**
 * Rewrites links: to this article → the entity page of the URL contract in
 * the same locale; to another article of the corpus → the entity page its
 * anchor belongs to, else that article's page, in the page's locale (an
 * anchor the article lacks: a warning); relative `.md` and root-relative docs
 * paths to other articles → Microsoft Learn in the page's locale; targets no
 * section carries → plain text with a warning.
 */
export function rehypeLinks(ctx: RenderContext) {
  return (tree: Root): void => {
    visit(tree, "element", (el: Element, index, parent) => {
      if (el.tagName !== "a" || typeof el.properties.href !== "string") return undefined;
      const href = el.properties.href;
      const warn = (code: string, message: string): void => {
        const start = el.position?.start ?? parent?.position?.start;
        ctx.report({ file: ctx.file, line: start?.line ?? 1, column: start?.column ?? 1, severity: "warning", code, message });
      };
      const anchor = sameArticleAnchor(href, ctx.slug);
      if (anchor !== null) {
        const target = ctx.resolveAnchor(anchor);
        if (target) {
          el.properties.href = target;
          return undefined;
        }
        warn("link-broken", `Unexpected link to \`#${anchor}\`, which no section of any locale carries; rendered as plain text.`);
        if (parent && index !== undefined) {
          parent.children.splice(index, 1, {
            type: "element",
            tagName: "span",
            properties: { className: ["broken-link"] },
            children: el.children,
          });
        }
        return undefined;
      }
      const other = linkedArticle(href);
      const inCorpus = other && ctx.resolveArticleLink ? ctx.resolveArticleLink(other.slug, other.anchor) : null;
      if (other && inCorpus) {
        el.properties.href = inCorpus.href;
        if (!inCorpus.known)
          warn(
            "link-anchor-unknown",
            `Unexpected link to \`#${other.anchor}\` of the article \`${other.slug}\`, which no section of that article carries in any locale or revision; linked to the article page.`,
          );
        return undefined;
      }
      if (!SCHEME.test(href) && !href.startsWith("/") && /\.md(#|$)/i.test(href)) {
        el.properties.href = learnUrl(href, ctx.learnLocale);
      } else if (href.startsWith("/") && !href.startsWith("//")) {
        // Root-relative links in the sources are docs-site paths (`/powershell/module/…`), never this site's.
        el.properties.href = `https://learn.microsoft.com/${ctx.learnLocale}${href}`;
      } else if (/^https?:\/\/docs\.microsoft\.com\//i.test(href)) {
        el.properties.href = href.replace(/^https?:\/\/docs\.microsoft\.com\//i, "https://learn.microsoft.com/");
      }
      return undefined;
    });
  };
}
