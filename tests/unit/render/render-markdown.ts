import { fromHtml } from "hast-util-from-html";
import type { RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { RenderContext } from "../../../src/render/context.ts";
import { IdAllocator } from "../../../src/render/id-allocator.ts";
import { renderFragment } from "../../../src/render/render.ts";

/** A render context for one page of a fixture article, with heading links named `Link to: {title}`. */
export const context = (over: Partial<RenderContext> = {}): RenderContext => ({
  file: "x.md",
  slug: "x",
  learnLocale: "en-us",
  resolveAnchor: () => null,
  ids: new IdAllocator(),
  include: () => null,
  alertLabel: (kind) => kind,
  report: () => {},
  headingLinkLabel: (title) => `Link to: ${title}`,
  ...over,
});

/** Markdown through the page renderer, read back as a hast fragment. */
export const render = (markdown: string, ctx = context()) =>
  fromHtml(renderFragment(unified().use(remarkParse).parse(markdown).children as RootContent[], ctx), { fragment: true });
