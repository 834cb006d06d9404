import { parse as parseYaml } from "yaml";
import type { DiagnosticSink } from "./diagnostics.ts";
import { resolveLocale } from "./locale.ts";
import type { ArticleMeta } from "./types.ts";

export interface SplitSource {
  meta: ArticleMeta | null;
  /** The body with the front matter replaced by blank lines, so positions match the file. */
  body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** DocFX writes `ms.date` as MM/DD/YYYY; we store ISO dates. */
function isoDate(value: unknown): string | null {
  const text = String(value ?? "").trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return `${us[3]}-${us[1]?.padStart(2, "0")}-${us[2]?.padStart(2, "0")}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return null;
}

function translationKind(value: unknown): ArticleMeta["translation"] {
  const text = String(value ?? "").toLowerCase();
  if (text === "mt") return "machine";
  if (text === "source") return "source";
  return "human";
}

/**
 * Splits YAML front matter from the Markdown body and resolves the locale
 * (see `resolveLocale`). Missing, unterminated or unparseable front matter
 * and an unresolvable locale are errors: without them the article has no locale.
 */
export function splitFrontMatter(source: string, sink: DiagnosticSink, options: { locale?: string | undefined } = {}): SplitSource {
  const text = source.replace(/^\uFEFF/, "");
  const match = FENCE.exec(text);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(text)) {
      sink.error(
        "front-matter-unterminated",
        "The front matter opened by `---` on line 1 is unterminated (no closing `---` line); the file was skipped.",
        { line: 1, column: 1 },
      );
    } else {
      sink.error("front-matter-missing", "Expected YAML front matter between `---` lines at the top of the file; the file was skipped.", {
        line: 1,
        column: 1,
      });
    }
    return { meta: null, body: text };
  }
  const blank = "\n".repeat(match[0].split("\n").length - 1);
  const body = blank + text.slice(match[0].length);
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = parseYaml(match[1] ?? "");
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("front matter is not a mapping");
    data = parsed as Record<string, unknown>;
  } catch (error) {
    const place = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    // The YAML library counts lines inside the front matter; the file has the `---` line first.
    const line = (place?.line ?? 0) + 1;
    const reason = (error as Error).message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
    sink.error("front-matter-invalid", `Unparseable front matter at line ${line}: ${reason}; the file was skipped.`, {
      line,
      column: place?.col ?? 1,
    });
    return { meta: null, body };
  }
  const lineOf = (key: string): { line: number; column: number } => {
    const index = (match[1] ?? "").split("\n").findIndex((l) => l.startsWith(`${key}:`));
    return { line: index + 2, column: 1 };
  };
  const resolved = resolveLocale(data, options.locale);
  if ("problem" in resolved) {
    if (resolved.problem === "invalid")
      sink.error(
        "locale-invalid",
        `\`${resolved.value}\` is not a BCP 47 language tag (e.g. \`it-IT\`); the file was skipped.`,
        lineOf("ms.contentlocale"),
      );
    else
      sink.error(
        "locale-missing",
        "This translated file has no `ms.contentlocale` (e.g. `it-IT`); give one, or pass a locale (`--locale xx-YY`). The file was skipped.",
        { line: 1, column: 1 },
      );
    return { meta: null, body };
  }
  const date = isoDate(data["ms.date"]);
  if (!date)
    sink.warn(
      "date-invalid",
      `Unexpected \`ms.date\` ${JSON.stringify(data["ms.date"])}, expected MM/DD/YYYY; the date is left empty.`,
      lineOf("ms.date"),
    );
  return {
    body,
    meta: {
      title: String(data.title ?? "").trim(),
      description: String(data.description ?? "").trim(),
      contentLocale: resolved.locale,
      localeFrom: resolved.from,
      date: date ?? "",
      translation: resolved.from === "source-language" ? "source" : translationKind(data["ms.translationtype"]),
      meta: data,
    },
  };
}
