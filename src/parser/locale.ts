/**
 * Front matter keys the DocFX localisation pipeline adds to a translated file.
 * A file with none of them is an original, written in the source language.
 */
const LOCALISATION_KEYS = ["ms.contentlocale", "ms.translationtype", "ms.openlocfilehash", "ms.lasthandoff", "ms.locfileid"];

/** The language DocFX originals are written in. */
export const SOURCE_LANGUAGE = "en";

/** `ja-jp` → `ja-JP`, `ZH-HANT-tw` → `zh-Hant-TW`; null when the tag is not BCP 47. */
export function normaliseLocale(tag: string): string | null {
  const text = tag.trim().replace(/_/g, "-");
  if (!text) return null;
  try {
    return Intl.getCanonicalLocales(text)[0] ?? null;
  } catch {
    return null;
  }
}

export interface ResolvedLocale {
  locale: string;
  from: "front-matter" | "source-language" | "option";
}

export type LocaleProblem = { problem: "invalid"; value: string } | { problem: "missing" };

/**
 * The locale of a source: `ms.contentlocale` (any case), else the source
 * language for a file with no localisation keys at all (DocFX originals),
 * else the caller's `locale` option (the CLI's `--locale`).
 */
export function resolveLocale(data: Record<string, unknown>, option?: string): ResolvedLocale | LocaleProblem {
  const written = data["ms.contentlocale"];
  if (written !== undefined && written !== null && String(written).trim()) {
    const locale = normaliseLocale(String(written));
    return locale ? { locale, from: "front-matter" } : { problem: "invalid", value: String(written) };
  }
  if (!LOCALISATION_KEYS.some((k) => k in data)) return { locale: SOURCE_LANGUAGE, from: "source-language" };
  if (option) {
    const locale = normaliseLocale(option);
    return locale ? { locale, from: "option" } : { problem: "invalid", value: option };
  }
  return { problem: "missing" };
}
