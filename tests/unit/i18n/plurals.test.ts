import { describe, expect, it } from "vitest";
import { useTranslations } from "../../../src/i18n/i18n.ts";

describe("plural forms", () => {
  it("Russian uses one, few and many", () => {
    const t = useTranslations("ru-RU");
    expect(t("count.causes", { count: 1 })).toBe("1 причина");
    expect(t("count.causes", { count: 2 })).toBe("2 причины");
    expect(t("count.causes", { count: 5 })).toBe("5 причин");
    expect(t("count.causes", { count: 21 })).toBe("21 причина");
    expect(t("count.causes", { count: 12 })).toBe("12 причин");
    expect(t("count.errors", { count: 3 })).toBe("3 ошибки");
  });

  it("Italian uses one and other", () => {
    const t = useTranslations("it");
    expect(t("count.causes", { count: 1 })).toBe("1 causa");
    expect(t("count.causes", { count: 4 })).toBe("4 cause");
    expect(t("count.causes", { count: 0 })).toBe("0 cause");
  });

  it("European Portuguese and English pick their own forms", () => {
    expect(useTranslations("pt-PT")("count.causes", { count: 1 })).toBe("1 causa");
    expect(useTranslations("pt-PT")("count.causes", { count: 3 })).toBe("3 causas");
    expect(useTranslations("en")("count.causes", { count: 1 })).toBe("1 cause");
    expect(useTranslations("en")("count.causes", { count: 6 })).toBe("6 causes");
  });

  it("every locale counts steps (the error index shows them for errors without causes)", () => {
    expect(useTranslations("en")("count.steps", { count: 2 })).toBe("2 steps");
    expect(useTranslations("it")("count.steps", { count: 2 })).toBe("2 passaggi");
    expect(useTranslations("pt-PT")("count.steps", { count: 1 })).toBe("1 passo");
    expect(useTranslations("sv-SE")("count.steps", { count: 2 })).toBe("2 steg");
    expect(useTranslations("ru-RU")("count.steps", { count: 2 })).toBe("2 шага");
    expect(useTranslations("ru-RU")("count.steps", { count: 5 })).toBe("5 шагов");
  });

  it("interpolates without HTML escaping (Astro escapes on output)", () => {
    expect(useTranslations("en")("anchor.label", { title: "A & B" })).toBe("Link to this section: A & B");
  });
});
