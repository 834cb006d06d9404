import type { Link, Paragraph, PhrasingContent, Strong } from "mdast";
import { plainText } from "./anchors.ts";

/** One visual line of a paragraph: DocFX separates lines with `<br>`, hard breaks or newlines. */
export interface ParagraphLine {
  nodes: PhrasingContent[];
  line: number;
  column: number;
}

const BR = /^<br\s*\/?>$/i;

/** Splits a paragraph into its visual lines, keeping each line's nodes. */
export function splitLines(paragraph: Paragraph): ParagraphLine[] {
  const lines: ParagraphLine[] = [];
  let current: PhrasingContent[] = [];
  const flush = (): void => {
    const first = current.find((n) => !(n.type === "text" && !n.value.trim()));
    if (first) {
      const start = first.position?.start ?? paragraph.position?.start;
      lines.push({ nodes: current, line: start?.line ?? 1, column: start?.column ?? 1 });
    }
    current = [];
  };
  for (const node of paragraph.children) {
    if (node.type === "break" || (node.type === "html" && BR.test(node.value.trim()))) {
      flush();
    } else if (node.type === "text" && node.value.includes("\n")) {
      const parts = node.value.split("\n");
      parts.forEach((part, i) => {
        if (i > 0) flush();
        if (part) {
          const line = (node.position?.start.line ?? 1) + i;
          const column = i === 0 ? (node.position?.start.column ?? 1) : 1;
          current.push({
            type: "text",
            value: part,
            position: { start: { line, column }, end: { line, column: column + part.length } },
          });
        }
      });
    } else {
      current.push(node);
    }
  }
  flush();
  return lines;
}

/** Meaningful nodes of a line: drops whitespace-only text and `<br>`. */
export function meaningful(line: ParagraphLine): PhrasingContent[] {
  return line.nodes.filter((n) => !(n.type === "text" && !n.value.trim()) && !(n.type === "html" && BR.test(n.value.trim())));
}

/** A bold cause/step line: `**Label 1: [title](#anchor)**` or plain `**Label 1: text**`. */
export interface BoldRefLine {
  href: string | null;
  text: string;
  title: string;
  line: number;
  column: number;
}

const NUMBERED = /^(.{0,40}?)\s*\d+\s*[:.)]\s*(.+)$/su;

function findLink(node: Strong): Link | null {
  for (const child of node.children) {
    if (child.type === "link") return child;
    if ("children" in child) {
      const nested = findLink(child as Strong);
      if (nested) return nested;
    }
  }
  return null;
}

/**
 * Reads a cause or step line: a line that is one bold span (trailing
 * punctuation allowed) which either contains a link, or is numbered text.
 */
export function boldRefLine(line: ParagraphLine): BoldRefLine | null {
  const nodes = meaningful(line);
  const [first, ...rest] = nodes;
  if (first?.type !== "strong") return null;
  if (rest.some((n) => n.type !== "text" || /[\p{L}\p{N}]/u.test(n.value))) return null;
  // Plain text only: raw HTML inside a cause line is markup, never part of its title.
  const text = plainText(first.children);
  const link = findLink(first);
  if (link) {
    return { href: link.url, text, title: plainText(link.children), line: line.line, column: line.column };
  }
  const numbered = NUMBERED.exec(text);
  if (!numbered) return null;
  let title = (numbered[2] ?? "").trim();
  // Number before the label (`3. label: text`): the label is not part of the title.
  const label = numbered[1] ? null : /^[^\s:：]+(?:\s[^\s:：]+){0,2}\s*[:：]\s*(.+)$/su.exec(title);
  if (label) title = (label[1] ?? "").trim();
  return { href: null, text, title, line: line.line, column: line.column };
}
