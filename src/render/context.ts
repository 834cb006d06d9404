import type { RootContent } from "mdast";
import type { Diagnostic } from "../parser/types.ts";
import type { IdAllocator } from "./id-allocator.ts";

/** Everything the renderer needs to know about the page a fragment lands on. */
export interface RenderContext {
  /** File the fragment came from, for diagnostics. */
  file: string;
  /** The article's slug, to recognize links to the article itself. */
  slug: string;
  /** learn.microsoft.com locale segment, e.g. `pt-pt`. */
  learnLocale: string;
  /** Site URL for an anchor of this article, or null when no section carries it. */
  resolveAnchor: (anchor: string) => string | null;
  /**
   * Site URL of a link to another article of the corpus (`anchor` may be empty), and whether
   * that article carries the anchor; null when the article is not in the corpus.
   */
  resolveArticleLink?: (slug: string, anchor: string) => { href: string; known: boolean } | null;
  /** All anchors to publish for a heading, given the anchors its source carries. */
  headingAnchors?: (anchors: string[], line?: number) => string[];
  /** Accessible name of a heading's "#" link, from the heading's text; without it headings get no link. */
  headingLinkLabel?: (title: string) => string;
  /** Ids already used on the page; the fragment's ids are made unique against them. */
  ids: IdAllocator;
  /** Markdown of a project include (`support-disclaimer`) in this locale, or null. */
  include: (name: string) => RootContent[] | null;
  /** Localized label of an alert kind (`note`, `warning`…). */
  alertLabel: (kind: string) => string;
  /** Shift headings so the shallowest one gets this depth (keeps the page outline valid). */
  baseDepth?: number;
  /** Whether an image exists; by default none do (the sources ship no media). */
  assetExists?: (src: string) => boolean;
  /** Receives diagnostics (broken links, removed HTML). */
  report: (diagnostic: Diagnostic) => void;
}
