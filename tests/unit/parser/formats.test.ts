import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toString as mdToString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { docfxAutoId } from "../../../src/parser/auto-id.ts";
import { normaliseLocale } from "../../../src/parser/locale.ts";
import { parseSource } from "../../../src/parser/parse-source.ts";
import type { ParsedSource } from "../../../src/parser/types.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const parse = (path: string, options: { locale?: string } = {}): ParsedSource =>
  parseSource(readFileSync(join(FIXTURES, path), "utf8"), { file: path, slug: "article", ...options });
const codesOf = (p: ParsedSource): string[][] => p.errors.map((e) => e.codes.map((c) => c.code));
const codesByAnchor = (p: ParsedSource, anchor: string) => p.errors.find((e) => e.heading.anchors.includes(anchor))?.codes ?? [];

describe("code line forms, in Latin, Cyrillic and Hangul", () => {
  describe.each(["pl", "uk", "ko"])("%s", (lang) => {
    const parsed = parse(`code-line-forms/${lang}.md`);

    it("reads the colon inside or after the bold label, a space before it, full-width colons and a period", () => {
      expect(codesOf(parsed).slice(0, 4)).toEqual([["UserErrorColonIn"], ["UserErrorSpace"], ["UserErrorWide"], ["UserErrorPeriod"]]);
      for (const e of parsed.errors.slice(0, 4)) expect(e.codes[0]?.message.length).toBeGreaterThan(3);
    });

    it("reads an English label left in a translated file, and keeps the English message", () => {
      expect(codesByAnchor(parsed, "usererrorenglish---five")[0]).toMatchObject({
        code: "UserErrorEnglish",
        message: "The fifth message, left in English",
        origin: "code-line",
      });
    });

    it("drops the quotes around a quoted code and message", () => {
      const [code] = codesByAnchor(parsed, "usererrorquoted---six");
      expect(code?.code).toBe("UserErrorQuoted");
      expect(code?.message).not.toMatch(/^["«「]/u);
    });

    it("keeps one anchor for a heading that carries the same anchor twice", () => {
      expect(parsed.errors.find((e) => e.codes[0]?.code === "UserErrorQuoted")?.heading.anchors).toEqual(["usererrorquoted---six"]);
    });

    it("folds a code in Turkish case to its ASCII spelling, and keeps an anchor with underscores", () => {
      const error = parsed.errors.find((e) => e.heading.anchors.includes("UserError_Turkish_case"));
      expect(error?.codes[0]).toMatchObject({
        code: "UserErrorGuestAgentStatusUnavailable",
        written: "UserErrorGuestAgentStatusUnavaılable",
      });
    });

    it("recovers a code that translation turned into words from the code embedded mid-heading, with a diagnostic", () => {
      const error = parsed.errors.find((e) => e.heading.anchors.includes("embedded-eight"));
      expect(error?.codes[0]).toMatchObject({ code: "UserErrorEmbedded", origin: "heading" });
      expect(parsed.diagnostics).toContainEqual(expect.objectContaining({ code: "code-recovered", line: 46, column: 1 }));
    });
  });
});

describe("two or more codes joined by any short token or punctuation", () => {
  const parsed = parse("joined-codes/input.md");
  it.each([
    ["swedish", "eller"],
    ["japanese", "または"],
    ["chinese", "或"],
    ["czech", '"A" nebo "B"'],
    ["slash-quoted", '"A"/ "B"'],
    ["russian", "или"],
  ])("section %s (%s) has two codes", (anchor) => {
    const codes = codesByAnchor(parsed, anchor).map((c) => c.code);
    expect(codes).toHaveLength(2);
    expect(codes[1]).toBe(`${codes[0]}V2`);
  });
  it("reads three codes joined by slashes, each with the section's message", () => {
    expect(codesByAnchor(parsed, "three").map((c) => [c.code, c.message])).toEqual([
      ["UserErrorLeft", "Left"],
      ["UserErrorLeftV2", "Left"],
      ["UserErrorLeftV3", "Left"],
    ]);
  });
});

describe("the 2018 plain family, in German, Greek and Chinese", () => {
  describe.each(["de", "el", "zh"])("%s", (lang) => {
    const parsed = parse(`plain-2018/${lang}.md`);
    it("reads the message line first and the quoted, unbolded code line after it", () => {
      expect(codesOf(parsed)).toEqual([["UserErrorGadgetAgentGone"], ["GadgetSnapshotFailed"]]);
      expect(parsed.errors[0]?.message).not.toMatch(/["“”]/u);
      expect(parsed.errors[0]?.message.length).toBeGreaterThan(3);
    });
    it("gives a heading with no anchor its DocFX auto-id, as an anchor of this file", () => {
      const heading = parsed.errors[1]?.heading;
      expect(heading?.autoId).toBe(docfxAutoId(heading?.title ?? ""));
      expect(heading?.anchors).toEqual([heading?.autoId]);
      expect(parsed.errors[0]?.heading.autoId).toBeNull();
    });
    it("links the errors to their causes, and keeps the ##### procedure inside the solution", () => {
      expect(parsed.errors[0]?.references.map((r) => [r.kind, r.anchor])).toEqual([
        ["cause", "the-vm-has-no-internet-access"],
        ["cause", "the-agent-is-unresponsive"],
      ]);
      expect(parsed.causes.map((c) => c.heading.anchors[0])).toEqual(["the-vm-has-no-internet-access", "the-agent-is-unresponsive"]);
      const solution = parsed.causes[0]?.solution?.body.nodes ?? [];
      expect(solution.some((n) => n.type === "heading" && n.depth === 5)).toBe(true);
    });
  });
});

describe("the second format family: errors as ### under ## groups", () => {
  const en = parse("second-family/en.md");
  const ru = parse("second-family/ru.md");
  const ja = parse("second-family/ja.md");

  it("takes an English original with no localisation keys as the source language", () => {
    expect(en.meta).toMatchObject({ contentLocale: "en", localeFrom: "source-language", translation: "source" });
    expect(ru.meta.contentLocale).toBe("ru-RU");
    expect(ja.meta.contentLocale).toBe("ja-JP");
  });

  it("gives the English headings their DocFX auto-ids, the same ids the translations carry", () => {
    const ids = (p: ParsedSource) => p.errors.map((e) => e.heading.anchors[0]);
    expect(ids(en)).toEqual([
      "widgetcopytimedout---copying-the-widget-or-its-parts-timed-out",
      "gadgetfailedcom--gadgetinstallfailedcom---gadget-installoperation-failed-due-to-a-com-error",
      "320001-resourcenotfound---the-resource-could-not-be-found",
    ]);
    expect(ids(ru)).toEqual(ids(en));
    expect(ids(ja)).toEqual(ids(en));
  });

  it("reads several codes in one section, each with its own message", () => {
    for (const p of [en, ru, ja]) {
      const codes = p.errors[1]?.codes ?? [];
      expect(codes.map((c) => c.code)).toEqual(["GadgetFailedCOM", "GadgetInstallFailedCOM"]);
      expect(codes[0]?.message).not.toBe(codes[1]?.message);
      expect(codes.every((c) => c.message.includes("COM+"))).toBe(true);
    }
  });

  it("keeps a numeric code written first with the code it belongs to", () => {
    for (const p of [en, ru, ja])
      expect(p.errors[2]?.codes).toEqual([expect.objectContaining({ code: "ResourceNotFound", numeric: "320001" })]);
  });

  it("reads a code and a message label merged on one line", () => {
    expect(ru.errors[0]?.codes[0]).toMatchObject({ written: "Виджеткопитимедаут", message: "истекло время копирования виджета" });
    expect(ja.errors[0]?.codes[0]).toMatchObject({ code: "WidgetCopyTimedOut", message: "ウィジェットのコピーがタイムアウトしました。" });
  });

  it("recovers a transliterated code from the anchor when the heading is transliterated too", () => {
    expect(ru.errors[0]?.codes[0]).toMatchObject({ code: "widgetcopytimedout", origin: "anchor" });
  });

  it("keeps inline solutions (step paragraphs, bullets, fenced code) as the error's body", () => {
    const types = en.errors[0]?.body.nodes.map((n) => n.type);
    expect(types).toEqual(["paragraph", "list"]);
    expect(en.errors[1]?.body.nodes.some((n) => n.type === "code")).toBe(true);
  });

  it("keeps the sections between errors as article text, and links to them as references", () => {
    expect(en.sections.filter((s) => s.kind === "guide").map((s) => s.heading?.title)).toEqual([
      "Basic troubleshooting",
      "Common issues",
      "Restore",
      "Disks appear offline after restore",
    ]);
    expect(en.errors[1]?.references).toEqual([
      expect.objectContaining({ kind: "see-also", anchor: "widgetcopytimedout---copying-the-widget-or-its-parts-timed-out" }),
    ]);
    expect(en.errors[2]?.references.map((r) => [r.kind, r.anchor])).toEqual([["step", "basic-troubleshooting"]]);
  });
});

describe("a message label glued to the code by a hyphen (`CODE-Fehlermeldung: …`), in German, Russian and Greek", () => {
  for (const lang of ["de", "ru", "el"]) {
    const parsed = parse(`glued-label/${lang}.md`);
    it(`reads one code per section, not the long label word, and the message after the label (${lang})`, () => {
      expect(codesOf(parsed)).toEqual([["WidgetSkuMissing"], ["GadgetStoreUnsupported"]]);
      const headingMessage = (i: number) => parsed.errors[i]?.heading.title.split(" - ")[1] ?? "";
      for (const i of [0, 1]) expect(parsed.errors[i]?.codes[0]?.message).toBe(headingMessage(i));
      expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    });
  }
});

describe("errors written as table rows (2019 revisions), in French, Russian and Chinese", () => {
  for (const lang of ["fr", "ru", "zh"]) {
    const parsed = parse(`table-rows/${lang}.md`);
    it(`names every code of every row in a warning at the row, and nothing for a table without codes (${lang})`, () => {
      const rows = parsed.diagnostics.filter((d) => d.code === "error-row-unread");
      expect(rows.map((d) => [d.line, d.severity])).toEqual([
        [13, "warning"],
        [14, "warning"],
      ]);
      expect(rows[0]?.message).toContain("`WidgetGoneError`");
      expect(rows[1]?.message).toContain("`320001, GatewayOffline`, `400094, GatewayMissingV2`");
    });
  }
});

describe("references: every in-page link of an error, in source order, in Hungarian and Korean", () => {
  describe.each(["hu", "ko"])("%s", (lang) => {
    const parsed = parse(`references/${lang}.md`);
    const [first, second] = parsed.errors;
    it("reads cause lines with the number first, text before the link, no label, and a plain-text cause", () => {
      expect(first?.references.slice(0, 4).map((r) => [r.kind, r.anchor])).toEqual([
        ["cause", "the-agent-is-unresponsive"],
        ["cause", "the-extension-is-broken"],
        ["cause", "no-internet"],
        ["cause", null],
      ]);
      expect(first?.references[3]?.title).not.toMatch(/^\p{N}/u);
    });
    it("reads a bullet that links to a procedure step, and paragraph links to another error and to a procedure", () => {
      expect(first?.references.slice(4).map((r) => [r.kind, r.anchor])).toEqual([
        ["step", "restart-the-agent"],
        ["see-also", "usererrorsecond---second"],
        ["step", "remove-the-lock"],
      ]);
    });
    it("reads a numbered step written as `1. label:` with its link", () => {
      expect(second?.references.map((r) => [r.kind, r.anchor])).toEqual([["step", "remove-the-lock"]]);
    });
    it("gives each reference the place of its link in the file", () => {
      const lines = readFileSync(join(FIXTURES, `references/${lang}.md`), "utf8").split("\n");
      for (const r of first?.references ?? []) if (r.anchor) expect(lines[r.line - 1]).toContain(`(#${r.anchor})`);
    });
  });
});

describe("codes machine translation turned into words", () => {
  const parsed = parse("unresolved-code/input.md");
  const diag = (code: string) => parsed.diagnostics.filter((d) => d.code === code).map((d) => d.line);
  it("recovers the code from the heading's code token", () => {
    expect(codesByAnchor(parsed, "GadgetOperationFailed-vmsnapshot-gadget-failed")[0]).toMatchObject({
      code: "GadgetOperationFailedForManagedDisks",
      origin: "heading",
      written: "Operação De gadgetFalhaforManagedDisks",
    });
  });
  it("else from the section's anchor", () => {
    expect(codesByAnchor(parsed, "usererrorwidgetlost---the-widget-is-lost")[0]).toMatchObject({
      code: "usererrorwidgetlost",
      origin: "anchor",
    });
  });
  it("else keeps the error, marked unresolved with the token and the anchors", () => {
    const error = parsed.errors.find((e) => e.heading.anchors.includes("the-thing-went-wrong"));
    expect(error?.unresolved).toEqual({ token: "Coisa errada aqui", anchors: ["the-thing-went-wrong"] });
    expect(error?.codes[0]?.origin).toBe("unresolved");
    expect(error?.message).toBe("Correu mal");
  });
  it("reports each recovery, and warns about a label pair that holds no code", () => {
    expect(diag("code-recovered")).toEqual([16, 21]);
    expect(diag("code-unresolved")).toEqual([26]);
    expect(diag("error-code-missing")).toEqual([29]);
  });
});

describe("2017 revisions: error sections with no code line, cause lines written as headings (French, Japanese)", () => {
  describe.each(["fr", "ja"])("%s", (lang) => {
    const parsed = parse(`codeless/${lang}.md`);
    it("keeps a section that lists causes as an error without codes, identified by its anchors, with a warning", () => {
      expect(parsed.errors.map((e) => e.heading.anchors)).toEqual([["agent-unable-to-talk"]]);
      expect(parsed.errors[0]?.codes).toEqual([]);
      expect(parsed.errors[0]?.unresolved).toEqual({ token: "", anchors: ["agent-unable-to-talk"] });
      expect(parsed.diagnostics).toContainEqual(expect.objectContaining({ code: "error-code-missing", line: 9, severity: "warning" }));
    });
    it("reads `##### Cause N: [title](#anchor)` headings as its causes", () => {
      expect(parsed.errors[0]?.references.map((r) => [r.kind, r.anchor])).toEqual([
        ["cause", "no-internet"],
        ["cause", "agent-stuck"],
      ]);
      expect(parsed.errors[0]?.causes.map((c) => c.anchor)).toEqual(["no-internet", "agent-stuck"]);
    });
    it("leaves a section with neither code nor causes as article text, with a warning at its heading", () => {
      expect(parsed.sections.find((s) => s.key === "disk-too-large")?.kind).toBe("guide");
      expect(parsed.diagnostics).toContainEqual(
        expect.objectContaining({ code: "error-section-unread", line: 14, column: 1, severity: "warning" }),
      );
    });
  });
});

const H = "---\nms.contentlocale: it-IT\nms.date: 01/01/2020\n---\n# T\n";
const inline = (text: string, options: { locale?: string } = {}): ParsedSource =>
  parseSource(text, { file: "inline.md", slug: "article", ...options });

describe("bad input never loses an error silently", () => {
  it("reads a code line with trailing words, and reports the words", () => {
    const p = inline(
      `${H}\n## <a name="a"></a>A\n\n**Codice di errore**: FooBarError (vedi sotto)<br>\n**Messaggio di errore**: Qualcosa<br>\n`,
    );
    expect(codesOf(p)).toEqual([["FooBarError"]]);
    expect(p.diagnostics).toContainEqual(expect.objectContaining({ code: "code-line-trailing-text", line: 9, column: 1 }));
  });
  it("reads a code with a NUL inside, and reports it", () => {
    const p = inline(`${H}\n## <a name="a"></a>A\n\n**Codice di errore**: FooBar\u0000Error<br>\n**Messaggio di errore**: Qualcosa<br>\n`);
    expect(codesOf(p)).toEqual([["FooBarError"]]);
    expect(p.diagnostics).toContainEqual(expect.objectContaining({ code: "code-line-control-character", line: 9 }));
  });
  it("accepts CR-only line ends, and says so", () => {
    const p = inline(`${H}\n## <a name="a"></a>A\n\n**Codice**: FooBarError<br>\n**Messaggio**: Qualcosa<br>\n`.replace(/\n/g, "\r"));
    expect(codesOf(p)).toEqual([["FooBarError"]]);
    expect(p.errors[0]?.heading.line).toBe(7);
    expect(p.diagnostics.map((d) => d.code)).toEqual(["line-ends-cr"]);
  });
  it("accepts CRLF in the front matter only, no final newline and tabs", () => {
    const p = inline(
      `${H.replace(/\n(?=[^#])/g, "\r\n")}\n## <a name="a"></a>A\n\n**Codice**: FooBarError<br>\n**Messaggio**: Qualcosa\n\n\tcode line`,
    );
    expect(p.meta.contentLocale).toBe("it-IT");
    expect(codesOf(p)).toEqual([["FooBarError"]]);
    expect(p.errors[0]?.body.nodes.map((n) => n.type)).toEqual(["code"]);
  });
  it("says an unterminated front matter is unterminated", () => {
    const p = inline("---\nms.contentlocale: it-IT\n# T\n");
    expect(p.diagnostics).toEqual([expect.objectContaining({ code: "front-matter-unterminated", severity: "error" })]);
    expect(p.diagnostics[0]?.message).toContain("unterminated");
  });
  it("counts the invalid-YAML line from the file in the message and the position", () => {
    const p = inline("---\nms.contentlocale: it-IT\nms.date: [oops\n---\n# T\n");
    const [d] = p.diagnostics;
    expect(d?.code).toBe("front-matter-invalid");
    expect(d?.message).toContain(`line ${d?.line}`);
    expect(d?.line).toBeGreaterThanOrEqual(3);
    expect(d?.message).not.toMatch(/at line \d+, column/);
  });
});

describe("locale", () => {
  it("normalises ms.contentlocale in any case to BCP 47", () => {
    expect(inline("---\nms.contentlocale: ja-jp\n---\n# T\n").meta.contentLocale).toBe("ja-JP");
    expect(normaliseLocale("zh-hant-tw")).toBe("zh-Hant-TW");
  });
  it("takes a file with no localisation keys as English, the source language", () => {
    expect(inline("---\ntitle: T\nms.date: 01/01/2020\n---\n# T\n").meta).toMatchObject({ contentLocale: "en", translation: "source" });
  });
  it("uses the locale option for a translated file without ms.contentlocale, and refuses it without one", () => {
    const text = "---\nms.translationtype: MT\n---\n# T\n";
    expect(inline(text, { locale: "nb-no" }).meta).toMatchObject({ contentLocale: "nb-NO", localeFrom: "option" });
    expect(inline(text).diagnostics).toEqual([expect.objectContaining({ code: "locale-missing", severity: "error" })]);
  });
});

describe("DocFX auto-ids", () => {
  it.each([
    [
      "CopyingVHDsFromBackUpVaultTakingLongTime - Copying backed up data from vault timed out",
      "copyingvhdsfrombackupvaulttakinglongtime---copying-backed-up-data-from-vault-timed-out",
    ],
    ["A / B - Install/operation failed (COM+ error)", "a--b---installoperation-failed-com-error"],
    ["It's 1.5 times, isn't it", "its-15-times-isnt-it"],
    ["Диски отображаются в автономном режиме", "диски-отображаются-в-автономном-режиме"],
  ])("%s → %s", (title, id) => {
    expect(docfxAutoId(title)).toBe(id);
  });
});

describe("a section placed like an error that yields none is reported, never silent (Greek, Arabic, Korean)", () => {
  describe.each(["el", "ar", "ko"])("%s", (lang) => {
    const parsed = parse(`silent-section/${lang}.md`);
    const lines = readFileSync(join(FIXTURES, `silent-section/${lang}.md`), "utf8").split("\n");
    const lineOf = (n: number) =>
      lines.findIndex((l, i) => l.startsWith("## ") && lines.slice(0, i).filter((x) => x.startsWith("## ")).length === n) + 1;
    it("warns at the heading of a section between two errors and of one between the last error and the causes", () => {
      const unread = parsed.diagnostics.filter((d) => d.code === "error-section-unread");
      // The 3rd and 5th `##` headings of the file (0-based 2 and 4): no code line, no cause link.
      expect(unread.map((d) => [d.line, d.column, d.severity])).toEqual([
        [lineOf(2), 1, "warning"],
        [lineOf(4), 1, "warning"],
      ]);
      expect(unread.every((d) => d.file === `silent-section/${lang}.md`)).toBe(true);
    });
    it("leaves the guide before the errors and the section after the causes alone", () => {
      expect(parsed.diagnostics.filter((d) => d.severity !== "info").map((d) => d.line)).toEqual([lineOf(2), lineOf(4)]);
    });
    it("keeps the errors and their cause, and keeps the unread sections' text on the article", () => {
      expect(codesOf(parsed)).toEqual([["UserErrorAlpha"], ["UserErrorBeta"]]);
      expect(parsed.errors[1]?.references.map((r) => r.anchor)).toEqual(["no-network"]);
      const guides = parsed.sections.filter((s) => s.kind === "guide").map((s) => s.heading?.line);
      expect(guides).toEqual(expect.arrayContaining([lineOf(2), lineOf(4)]));
      // Their paragraphs, note and list are in the article tree, in place.
      const after = (line: number) => parsed.tree.nodes.filter((n) => (n.position?.start.line ?? 0) > line).map((n) => n.type);
      expect(after(lineOf(4)).slice(0, 4)).toEqual(["blockquote", "paragraph", "list", "heading"]);
    });
  });
});

describe("an error-shaped section after the last error is reported even with no causes after it (Russian, Japanese, Hebrew)", () => {
  describe.each(["ru", "ja", "he"])("%s", (lang) => {
    const parsed = parse(`silent-section/group-${lang}.md`);
    it("warns at the section whose anchor names a code but which has no code line, not at the plain section after it", () => {
      expect(codesOf(parsed)).toEqual([["UserErrorAlpha"]]);
      expect(parsed.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.code, d.line, d.column])).toEqual([
        ["error-section-unread", 18, 1],
      ]);
    });
  });
});

describe("a bold step label followed by a sentence is not a code line (Russian, Greek, German)", () => {
  describe.each(["ru", "el", "de"])("%s", (lang) => {
    const parsed = parse(`step-labels/${lang}.md`);
    const lines = readFileSync(join(FIXTURES, `step-labels/${lang}.md`), "utf8").split("\n");
    const step2 = lines.findIndex((l) => /^\*\*\S+ 2\*\*\./u.test(l)) + 1;
    it("reads only the real code line, with no false warning", () => {
      expect(codesOf(parsed)[0]).toEqual(["WidgetWriterTimeout"]);
      expect(parsed.errors[0]?.rawCodes).toEqual(["WidgetWriterTimeout"]);
      expect(parsed.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    });
    it("keeps every step line in the error's body", () => {
      const body = parsed.errors[0]?.body.nodes ?? [];
      const starts = body.filter((n) => n.type === "paragraph").map((n) => n.position?.start.line);
      expect(starts).toEqual(expect.arrayContaining([step2, step2 + 2]));
    });
  });

  describe.each(["ru", "el"])("%s: a product name in a transliterated heading is not the code", (lang) => {
    const parsed = parse(`step-labels/${lang}.md`);
    it("recovers the code from the anchor, not from `VMSnapshot` in the heading", () => {
      expect(codesByAnchor(parsed, "WidgetOperationFailed-vmsnapshot-widget-failed")[0]).toMatchObject({
        code: "WidgetOperationFailed",
        origin: "anchor",
      });
    });
  });
});

describe("DocFX auto-ids keep every space of the heading, in Latin, Cyrillic, CJK and Greek", () => {
  const expected: Record<string, [string, string]> = {
    en: ["410007-lampoffline---failed-to-light-the-lamp-as-the-lamp--is-unplugged", "lampbulbmissing----no-bulb-or-socket-found"],
    ru: ["410007-lampoffline--лампа--не-включена-в-сеть", "lampbulbmissing----нет-лампочки-или-патрона"],
    ja: ["410007-lampoffline---ランプ--の電源が入っていません", "lampbulbmissing----電球-またはソケット-がありません"],
    el: ["410007-lampoffline---η-λάμπα--δεν-είναι-συνδεδεμένη", "lampbulbmissing----δεν-βρέθηκε-λαμπτήρας-ή-υποδοχή"],
  };
  it.each(Object.keys(expected))("%s: two spaces in a row give two dashes", (lang) => {
    const parsed = parse(`auto-id-spaces/${lang}.md`);
    expect(parsed.errors.map((e) => e.heading.anchors)).toEqual((expected[lang] ?? []).map((a) => [a]));
  });
});

describe("code and message lines with no separator after the label, in Cyrillic, Greek, Latin and Hangul", () => {
  const messages: Record<string, [string, string, string]> = {
    ru: ["Гизмо больше не существует.", "Гизмо исчез", "гизмо спит."],
    el: ["Το gizmo δεν υπάρχει πλέον.", "Το gizmo εξαφανίστηκε", "το gizmo κοιμάται."],
    pl: ["Gizmo już nie istnieje.", "Gizmo zniknęło", "gizmo śpi."],
    ko: ["Gizmo가 더 이상 존재하지 않습니다.", "", "기즈모가 잠자고 있습니다."],
  };
  const bodyText = (p: ParsedSource, i: number): string => mdToString({ type: "root", children: p.errors[i]?.body.nodes ?? [] });

  describe.each(Object.keys(messages))("%s", (lang) => {
    const parsed = parse(`spaced-labels/${lang}.md`);

    it("reads every code of the section, each numeric code with the code written after it", () => {
      expect(parsed.errors.map((e) => e.codes.map((c) => [c.code, c.numeric]))).toEqual([
        [["GizmoLocked", null]],
        [
          ["GizmoNotFound", "410001"],
          ["GizmoVanished", "410002"],
        ],
        [["GizmoAsleep", null]],
      ]);
    });

    it("takes each message from the words after its label, where the message starts with a capital letter", () => {
      const [notFound, vanished] = parsed.errors[1]?.codes ?? [];
      const expected = messages[lang] ?? ["", "", ""];
      expect([notFound?.message, vanished?.message, parsed.errors[2]?.codes[0]?.message]).toEqual(expected);
    });

    it("keeps the line after the pairs in the body, and a sentence ending in a code is no error", () => {
      expect(bodyText(parsed, 1)).toContain(lang === "ko" ? "노드에서" : ({ ru: "на узле", el: "στον κόμβο", pl: "w węźle" }[lang] ?? "?"));
      expect(parsed.errors.map((e) => e.heading.anchors[0])).not.toContain("restart-the-agent");
    });
  });

  it("leaves a message line it cannot split (no capital letter after the label) in the body, and says so", () => {
    const ko = parse("spaced-labels/ko.md");
    expect(bodyText(ko, 1)).toContain("기즈모가 사라졌습니다");
    expect(ko.diagnostics).toContainEqual(expect.objectContaining({ code: "message-missing", line: 23, column: 1 }));
  });
});

describe("a code that translation split into words, in Hangul, Hebrew, Cyrillic and Latin", () => {
  describe.each(["ko", "he", "uk", "de"])("%s", (lang) => {
    const parsed = parse(`split-code/${lang}.md`);

    it("reads the code the heading and anchor name, keeping the words as written", () => {
      expect(parsed.errors[0]?.codes.map((c) => [c.code, c.written, c.origin])).toEqual([
        ["GizmoFailedVssServiceInBadState", "Gizmofailedstateful Serviceinbadstate", "heading"],
      ]);
      expect(parsed.errors[1]?.codes.map((c) => c.code)).toEqual(["GizmoTimedOut"]);
    });

    it("says what it repaired, at the code line, instead of dropping the words", () => {
      const at = parsed.diagnostics.filter((d) => d.line === 15).map((d) => d.code);
      expect(at).toEqual(["code-recovered"]);
    });
  });
});

describe("codes a translation spelled with Turkish letters, in Turkish, Greek and Hangul files", () => {
  describe.each(["tr", "el", "ko"])("%s", (lang) => {
    const parsed = parse(`folded-codes/${lang}.md`);

    it("reads a token that folds to another spelling as the code the heading or anchors name, and one that folds to that code as itself", () => {
      expect(parsed.errors[0]?.codes.map((c) => [c.code, c.written, c.origin])).toEqual([
        ["GizmoNotInDesirableState", "Gizmonotındesıralaması", "heading"],
      ]);
      expect(parsed.errors[2]?.codes.map((c) => [c.code, c.origin])).toEqual([["Gizmounavailable", "code-line"]]);
    });

    it("gives each code line of a section its own code from the anchor, never one an earlier line read", () => {
      expect(parsed.errors[1]?.codes.map((c) => [c.code, c.origin])).toEqual([
        ["GizmoSnapFailedCOM", "code-line"],
        ["gizmoinstallationfailedcom", "anchor"],
        ["gizmoinstallationfailedmdtc", "anchor"],
      ]);
    });
  });
});

describe("a bold label line inside a cause's solution is the cause's text, never an error (Hungarian, Russian, Japanese)", () => {
  describe.each(["hu", "ru", "ja"])("%s", (lang) => {
    const parsed = parse(`solution-labels/${lang}.md`);
    it("reads only the two error sections: the one with a code line and the codeless one that lists causes", () => {
      expect(parsed.errors.map((e) => e.heading.anchors[0])).toEqual(["gadget-snapshot-failed", "gadget-agent-silent"]);
      expect(codesOf(parsed)).toEqual([["GadgetSnapshotFailed"], []]);
      expect(parsed.diagnostics.map((d) => d.code)).not.toContain("code-line-trailing-text");
    });
    it("keeps the label lines and the ##### procedure in the cause's solution", () => {
      expect(parsed.causes.map((c) => c.heading.anchors[0])).toEqual(["the-extension-does-not-load"]);
      const solution = mdToString({ type: "root", children: parsed.causes[0]?.solution?.body.nodes ?? [] });
      expect(solution).toContain("GadgetSnapshot");
      expect(solution).toContain("GadgetProvider");
      expect((parsed.causes[0]?.solution?.body.nodes ?? []).some((n) => n.type === "heading" && n.depth === 5)).toBe(true);
    });
    it("links both errors to the cause", () => {
      for (const e of parsed.errors)
        expect(e.references.map((r) => [r.kind, r.anchor])).toEqual([["cause", "the-extension-does-not-load"]]);
    });
  });
});

describe("localization-pipeline spans with hidden source copies are unwrapped (Hungarian, Russian, Japanese)", () => {
  describe.each(["hu", "ru", "ja"])("%s", (lang) => {
    const parsed = parse(`localization-spans/${lang}.md`);
    const lines = readFileSync(join(FIXTURES, `localization-spans/${lang}.md`), "utf8").split("\n");
    it("reads the code line, the translated message and title, never the hidden English copy", () => {
      expect(codesOf(parsed)).toEqual([["GadgetSnapshotFailed"], []]);
      const [error] = parsed.errors;
      expect(error?.message).not.toMatch(/snapshot could not|<span/u);
      expect(error?.message.length).toBeGreaterThan(3);
      expect(error?.heading.title).not.toMatch(/The snapshot|span/u);
    });
    it("reads the bold cause line and the `#####` cause heading of both errors", () => {
      for (const e of parsed.errors)
        expect(e.references.map((r) => [r.kind, r.anchor])).toEqual([["cause", "the-extension-does-not-load"]]);
      expect(parsed.causes.map((c) => c.heading.anchors[0])).toEqual(["the-extension-does-not-load"]);
    });
    it("reports the markup once, at the first span, and keeps line numbers", () => {
      const spans = parsed.diagnostics.filter((d) => d.code === "localization-spans");
      expect(spans.map((d) => [d.line, d.severity])).toEqual([[lines.findIndex((l) => l.includes("data-ttu-id")) + 1, "warning"]]);
      expect(parsed.errors[1]?.heading.line).toBe(lines.findIndex((l) => l.includes('name="gadget-agent-silent"')) + 1);
    });
  });
});

describe("a section listing cause lines whose links name no section of the article is reported (Polish, Russian, Korean)", () => {
  describe.each(["pl", "ru", "ko"])("%s", (lang) => {
    const parsed = parse(`unlinked-causes/${lang}.md`);
    it("keeps it as article text, with a warning at its heading that names the missing anchor", () => {
      expect(parsed.errors).toEqual([]);
      const warned = parsed.diagnostics.filter((d) => d.code === "error-causes-unlinked");
      expect(warned.map((d) => [d.line, d.column, d.severity])).toEqual([[9, 1, "warning"]]);
      expect(warned[0]?.message).toContain("#the-machine-is-offline");
    });
  });
});
