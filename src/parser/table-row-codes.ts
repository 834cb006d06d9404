import type { Paragraph, RootContent, Table } from "mdast";
import { codeValue, isCamelCode, labelLine } from "./code-line.ts";
import type { DiagnosticSink } from "./diagnostics.ts";
import { splitLines } from "./lines.ts";
import type { Section } from "./sections.ts";

/**
 * Older revisions list some errors as table rows (`| **Error code**: X <br/>
 * **Error message**: … | workaround |`) under a heading that is not an error.
 * The parser reads errors from sections only, so such a row stays article
 * text: say so for every row whose first cell starts with a label line of
 * codes, naming them, so no error is lost without a word. Shape decides (a
 * bold or `label:` line whose value is nothing but camel-case or numeric codes), never words.
 */
export function reportTableRowCodes(top: readonly Section[], isError: (s: Section) => boolean, sink: DiagnosticSink): void {
  const visit = (sections: readonly Section[]): void => {
    for (const section of sections) {
      if (!isError(section)) for (const table of tables(section.content)) reportRows(table, sink);
      visit(section.children);
    }
  };
  visit(top);
}

function tables(content: readonly RootContent[]): Table[] {
  return content.flatMap((node): Table[] => {
    if (node.type === "table") return [node];
    return "children" in node && Array.isArray(node.children) ? tables(node.children as RootContent[]) : [];
  });
}

function reportRows(table: Table, sink: DiagnosticSink): void {
  for (const row of table.children.slice(1)) {
    const cell = row.children[0];
    if (!cell) continue;
    const paragraph: Paragraph = { type: "paragraph", children: cell.children, ...(cell.position ? { position: cell.position } : {}) };
    const codes = splitLines(paragraph).flatMap((line) => {
      const label = labelLine(line);
      const value = label ? codeValue(label.value) : null;
      const strong = value?.codes.every((c) => isCamelCode(c.code) || /^\p{N}+$/u.test(c.code));
      return value && strong && !value.trailing && !value.merged
        ? value.codes.map((c) => (c.numeric ? `${c.numeric}, ${c.code}` : c.code))
        : [];
    });
    if (!codes.length) continue;
    const start = cell.position?.start ?? row.position?.start;
    sink.warn(
      "error-row-unread",
      `Table row names error ${codes.length > 1 ? "codes" : "code"} ${codes.map((c) => `\`${c}\``).join(", ")}; errors written as table rows are kept as article text, not as errors with their own page.`,
      { line: start?.line ?? 1, column: start?.column ?? 1 },
    );
  }
}
