import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { negotiationScript } from "../../../src/i18n/negotiate.ts";

const targets = { en: "/en/", it: "/it/", "pt-pt": "/pt-pt/", "sv-se": "/sv-se/", "ru-ru": "/ru-ru/" };

/** Runs the inline script as a browser would and returns where it sent the reader. */
function destination(opts: { saved?: string | null; languages?: string[]; hash?: string; storageThrows?: boolean }, t = targets): string {
  let went = "";
  runInNewContext(negotiationScript(t), {
    navigator: { languages: opts.languages ?? [], language: opts.languages?.[0] ?? "en" },
    localStorage: {
      getItem: () => {
        if (opts.storageThrows) throw new Error("blocked");
        return opts.saved ?? null;
      },
    },
    location: { hash: opts.hash ?? "", replace: (url: string) => (went = url) },
  });
  return went;
}

describe("language negotiation script (/ and /go/)", () => {
  it("prefers the saved choice", () => {
    expect(destination({ saved: "sv-se", languages: ["ru-RU"] })).toBe("/sv-se/");
  });

  it("then the browser's languages, by exact tag, then primary subtag", () => {
    expect(destination({ languages: ["pt-PT", "en"] })).toBe("/pt-pt/");
    expect(destination({ languages: ["de-DE", "ru"] })).toBe("/ru-ru/");
    expect(destination({ languages: ["it-CH"] })).toBe("/it/");
  });

  it("falls back to English, also when storage is blocked or holds junk", () => {
    expect(destination({ languages: ["de", "fr"] })).toBe("/en/");
    expect(destination({ storageThrows: true, languages: [] })).toBe("/en/");
    expect(destination({ saved: "https://evil.example/", languages: [] })).toBe("/en/");
    expect(destination({ saved: "constructor", languages: [] })).toBe("/en/");
  });

  it("keeps the #hash", () => {
    expect(destination({ languages: ["it"], hash: "#the-vm-has-no-internet-access" })).toBe("/it/#the-vm-has-no-internet-access");
  });

  it("cannot be broken out of by a target value", () => {
    const script = negotiationScript({ en: "</script><script>alert(1)</script>" });
    expect(script).not.toContain("</script>");
  });
});
