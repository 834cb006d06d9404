/**
 * The text blocks of a source as a reader sees them (paragraphs, headings,
 * table cells): what the no-loss checks require on the article page. Shared
 * by the fuzz check and the seed tests, so both state "nothing is lost" alike.
 */
import type { Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { checkInput } from "../../src/parser/guard-input.ts";

export interface TextBlock {
  text: string;
  line: number;
  endLine: number;
}

const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

/**
 * Each block's text, whitespace collapsed, without markup: raw HTML (`<a name>`, `<br>`) is not text; an
 * include line is not the article's text; an alert's `[!NOTE]` marker and a quote's `> ` (an alert
 * continuation indented by four spaces keeps a literal one) are not either. Front matter is left out but
 * its lines are kept, so line numbers are the file's.
 */
export function textBlocks(text: string): TextBlock[] {
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, (m) => m.replace(/[^\r\n]/g, ""));
  if (checkInput(text)) {
    // Over the input limits: the article shows the body as plain text; then the body is one block.
    return [{ text: norm(body), line: 1, endLine: body.split("\n").length }];
  }
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const out: TextBlock[] = [];
  visit(tree, (node) => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      const parts: string[] = [];
      visit(node as Nodes, (n) => {
        if (n.type === "text" || n.type === "inlineCode") parts.push(n.value);
        if (n.type === "image") parts.push(n.alt ?? "");
        if (n.type === "break" || (n.type === "html" && /^<br/i.test(n.value))) parts.push(" ");
      });
      const t = norm(
        norm(parts.join(""))
          .replace(/^\[!INCLUDE.*$/, "")
          .replace(/^\[!(NOTE|WARNING|TIP|IMPORTANT|CAUTION)\]\s*/i, "")
          .replace(/^>\s?/, ""),
      );
      if (t) out.push({ text: t, line: node.position?.start.line ?? 1, endLine: node.position?.end.line ?? 1 });
      return "skip";
    }
    return undefined;
  });
  return out;
}
