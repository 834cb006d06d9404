import { parse as parseYaml } from "yaml";
import type { DiagnosticSink } from "./diagnostics.ts";
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
 * Splits YAML front matter from the Markdown body. Missing or unparseable
 * front matter and a missing `ms.contentlocale` are errors: without them the
 * article has no locale.
 */
export function splitFrontMatter(source: string, sink: DiagnosticSink): SplitSource {
  const text = source.replace(/^\uFEFF/, "");
  const match = FENCE.exec(text);
  if (!match) {
    sink.error("front-matter-missing", "Expected YAML front matter between `---` lines at the top of the file; the file was skipped.", {
      line: 1,
      column: 1,
    });
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
    sink.error("front-matter-invalid", `Unparseable front matter: ${(error as Error).message.split("\n")[0]}; the file was skipped.`, {
      line: (place?.line ?? 0) + 1,
      column: place?.col ?? 1,
    });
    return { meta: null, body };
  }
  const lineOf = (key: string): { line: number; column: number } => {
    const index = (match[1] ?? "").split("\n").findIndex((l) => l.startsWith(`${key}:`));
    return { line: index + 2, column: 1 };
  };
  const contentLocale = String(data["ms.contentlocale"] ?? "").trim();
  if (!contentLocale) {
    sink.error("locale-missing", "Expected `ms.contentlocale` in the front matter (e.g. `it-IT`); the file was skipped.", {
      line: 1,
      column: 1,
    });
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
      contentLocale,
      date: date ?? "",
      translation: translationKind(data["ms.translationtype"]),
      meta: data,
    },
  };
}
