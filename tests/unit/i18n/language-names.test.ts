import { describe, expect, it } from "vitest";
import { useTranslations } from "../../../src/i18n/i18n.ts";
import { localeByCode } from "../../../src/i18n/locales.ts";

/** The notice each reader sees on an English fallback page, naming the reader's own language. */
function fallbackNotice(code: string): string {
  const locale = localeByCode(code);
  if (!locale) throw new Error(code);
  return useTranslations(code)("notice.fallback", { language: locale.nameInText });
}

describe("language names inside sentences", () => {
  it("use each language's in-sentence form, not the capitalised list name", () => {
    expect(fallbackNotice("en")).toContain("not available in English;");
    expect(fallbackNotice("it")).toContain("non è disponibile in italiano;");
    expect(fallbackNotice("pt-PT")).toContain("não está disponível em português (Portugal);");
    expect(fallbackNotice("sv-SE")).toContain("finns inte på svenska;");
    expect(fallbackNotice("ru-RU")).toContain("недоступна на русском языке;");
  });

  it("leave the switcher's list names capitalised", () => {
    expect(localeByCode("sv-SE")?.name).toBe("Svenska");
  });
});
