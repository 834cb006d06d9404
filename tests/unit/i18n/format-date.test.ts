import { describe, expect, it } from "vitest";
import { formatDate, sentenceWithDate, textAfterDate } from "../../../src/i18n/format-date.ts";
import { useTranslations } from "../../../src/i18n/i18n.ts";

describe("dates inside sentences", () => {
  const ruDate = formatDate("2019-07-05", "ru-RU");

  it("Russian long dates end with their own period", () => {
    expect(ruDate).toBe("5 июля 2019 г.");
  });

  it("drops the sentence's period after a date that already ends with one", () => {
    const t = useTranslations("ru-RU");
    expect(sentenceWithDate((date) => t("notice.sourceDate", { date }), ruDate)).toBe("Дата источника: 5 июля 2019 г.");
    expect(sentenceWithDate((date) => t("article.older", { date }), ruDate)).not.toContain("г..");
    expect(textAfterDate(ruDate, ".")).toBe("");
  });

  it("keeps the period after dates without one", () => {
    const date = formatDate("2019-07-05", "en");
    expect(textAfterDate(date, ".")).toBe(".");
    expect(sentenceWithDate((d) => useTranslations("en")("notice.sourceDate", { date: d }), date)).toBe("Source dated July 5, 2019.");
  });
});
