import type { Blockquote, Image, Paragraph, Root, Text } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { DiagnosticSink } from "./diagnostics.ts";

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i;
const INCLUDE = /^\[!INCLUDE\s*\[([^\]]*)\]\(([^)]*)\)\s*\]$/i;

/** Name of an include from its path: `../../includes/support-disclaimer.md` → `support-disclaimer`. */
function includeName(path: string): string {
  return (path.split("/").pop() ?? "").replace(/\.md$/i, "");
}

export interface DirectiveOptions {
  /** Include names the project can render; others are reported. */
  knownIncludes: readonly string[];
  /** Whether an image URL points at an asset the project has. */
  assetExists: (url: string) => boolean;
}

/**
 * Turns DocFX directives into marked nodes the renderer understands:
 * `> [!NOTE]` alerts (also the variant whose continuation line is indented
 * four spaces, which CommonMark reads as a lazy `> ` inside the paragraph),
 * `[!INCLUDE …]` paragraphs, and images whose files do not exist.
 */
export function markDirectives(tree: Root, sink: DiagnosticSink, options: DirectiveOptions): void {
  visit(tree, "blockquote", (node: Blockquote) => {
    const first = node.children[0];
    if (first?.type !== "paragraph") return;
    const lead = first.children[0];
    if (lead?.type !== "text") return;
    const match = ALERT.exec(lead.value);
    if (!match) return;
    const kind = (match[1] ?? "note").toLowerCase();
    lead.value = lead.value.slice(match[0].length).replace(/^\s*/, "");
    // Lazy continuation lines keep their literal "> ": strip it.
    for (const child of first.children) {
      if (child.type === "text") child.value = child.value.replace(/(^|\n)[ \t]*>[ \t]?/g, "$1");
    }
    if (!first.children.some((c) => mdToString(c).trim() || c.type !== "text")) node.children.shift();
    node.data = { hName: "div", hProperties: { className: ["callout", `callout-${kind}`], dataAlert: kind } };
  });

  visit(tree, "paragraph", (node: Paragraph, index, parent) => {
    const start = node.position?.start.offset;
    const text = mdToString(node).trim();
    if (!text.startsWith("[!INCLUDE") || start === undefined) return;
    const link = node.children.find((c) => c.type === "link");
    const source = `[!INCLUDE [${link ? mdToString(link) : ""}](${link?.url ?? ""})]`;
    const match = INCLUDE.exec(link ? source : text);
    if (!match || !parent || index === undefined) return;
    const name = includeName(match[2] ?? "");
    if (!options.knownIncludes.includes(name)) {
      sink.warn(
        "include-unknown",
        `Unexpected include \`${match[2]}\`, expected one of: ${options.knownIncludes.join(", ") || "(none)"}; rendered as a plain-text notice.`,
        node,
      );
    }
    node.data = { hName: "atlas-include", hProperties: { dataInclude: name } };
    node.children = [{ type: "text", value: name }];
  });

  visit(tree, "image", (node: Image, index, parent) => {
    if (options.assetExists(node.url) || !parent || index === undefined) return;
    sink.warn("image-missing", `Image \`${node.url}\` does not exist; its alt text is shown instead.`, node);
    const alt: Text = { type: "text", value: node.alt || node.url };
    parent.children.splice(index, 1, {
      type: "emphasis",
      children: [alt],
      data: { hName: "span", hProperties: { className: ["missing-image"] } },
    });
  });
}
