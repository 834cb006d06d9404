import { describe, expect, it } from "vitest";
import { isLatin, loadLatin, toLatin } from "../../../src/search/latin.ts";

// One module state per test file: the order of these cases is the order a page lives through.
describe("transliteration for search, loaded only for queries outside Latin", () => {
  it("reads Latin text, numbers and punctuation as Latin", () => {
    expect(isLatin("Error code: UserErrorFoo 0x80070005 — «x»")).toBe(true);
    expect(["усереррорфообар", "エラー", "Κωδικός", "错误"].map(isLatin)).toEqual([false, false, false, false]);
  });

  it("leaves other scripts as written until the table is loaded, and a Latin query does not load it", async () => {
    expect(toLatin("усереррорфообар")).toBe("усереррорфообар");
    await loadLatin("Error code: UserErrorFoo");
    expect(toLatin("усереррорфообар")).toBe("усереррорфообар");
  });

  it("folds any script to Latin letters once a query needed it", async () => {
    await loadLatin("усереррорфообар");
    expect(toLatin("усереррорфообар")).toBe("usererrorfoobar");
    expect(toLatin("Κωδικός").toLowerCase()).toBe("kodikos");
    expect(toLatin("UserErrorFoo")).toBe("UserErrorFoo");
  });
});
