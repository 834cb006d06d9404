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
 * Rewrites links: to this article → the entity page of the URL contract in
 * the same locale; relative `.md` and root-relative docs paths → Microsoft
 * Learn in the page's locale;
 * targets no section carries → plain text with a warning.
 */
export function rehypeLinks(ctx: RenderContext) {
  return (tree: Root): void => {
    visit(tree, "element", (el: Element, index, parent) => {
      if (el.tagName !== "a" || typeof el.properties.href !== "string") return undefined;
      const href = el.properties.href;
      const anchor = sameArticleAnchor(href, ctx.slug);
      if (anchor !== null) {
        const target = ctx.resolveAnchor(anchor);
        if (target) {
          el.properties.href = target;
          return undefined;
        }
        const start = el.position?.start ?? parent?.position?.start;
        ctx.report({
          file: ctx.file,
          line: start?.line ?? 1,
          column: start?.column ?? 1,
          severity: "warning",
          code: "link-broken",
          message: `Unexpected link to \`#${anchor}\`, which no section of any locale carries; rendered as plain text.`,
        });
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
