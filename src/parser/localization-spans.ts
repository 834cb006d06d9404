import type { DiagnosticSink } from "./diagnostics.ts";

/** `<span data-ttu-id="…">text</span>`: a translated segment, wrapped by the localization pipeline. */
const SEGMENT = /<span data-ttu-id="[^"<>]*">((?:(?!<\/?span\b)[\s\S])*)<\/span>/g;
/** `<span class="sxs-lookup"><span data-stu-id="…">source text</span></span>`: the hidden copy of the source segment. */
const LOOKUP = /<span class="sxs-lookup"><span data-stu-id="[^"<>]*">(?:(?!<\/?span\b)[\s\S])*<\/span><\/span>/g;

/**
 * Files taken from a localization pipeline before publishing wrap each translated
 * segment in `<span data-ttu-id>` and follow it with a hidden `sxs-lookup` copy of the
 * source text (2017–2018 test repositories). Told by that markup alone: each hidden
 * copy is dropped and each segment unwrapped, line by line, so lines still match the
 * file; columns on those lines count from the unwrapped text. Reported once.
 */
export function unwrapLocalizationSpans(body: string, sink: DiagnosticSink): string {
  if (!body.includes('<span data-ttu-id="')) return body;
  let first: { line: number; column: number } | null = null;
  let changed = 0;
  const lines = body.split("\n").map((text, i) => {
    if (!text.includes('<span data-ttu-id="')) return text;
    const out = text.replace(LOOKUP, "").replace(SEGMENT, "$1");
    if (out !== text) {
      changed++;
      first ??= { line: i + 1, column: text.indexOf('<span data-ttu-id="') + 1 };
    }
    return out;
  });
  if (!first) return body;
  sink.warn(
    "localization-spans",
    `Unexpected localization-pipeline markup on ${changed} line(s) (\`<span data-ttu-id>\` segments, each followed by a hidden \`sxs-lookup\` copy of the source text): the hidden copies were dropped and the segments unwrapped; columns on those lines count from the unwrapped text.`,
    first,
  );
  return lines.join("\n");
}
