import { describe, expect, it } from "vitest";
import { corpusOf, idsOf, parseFixture } from "../helpers.ts";

describe("headings", () => {
  it("reads one or two <a name> anchors before the text, and never uses the text as an id", () => {
    const parsed = parseFixture("heading-anchors");
    const [error] = parsed.errors;
    expect(error?.heading.anchors).toEqual(["usererrorfoobar---it-failed", "UserErrorFooBar-it-failed"]);
    expect(error?.heading.title).toBe("UserErrorFooBar - Non riuscito");
  });

  it("reads an <a name> that wraps the heading text", () => {
    const parsed = parseFixture("heading-anchors");
    const guide = parsed.sections.find((s) => s.kind === "guide");
    expect(guide?.heading?.anchors).toEqual(["wrapped-anchor"]);
    expect(guide?.heading?.title).toBe("Testo avvolto");
    const html = corpusOf([parsed]).articles[0]?.html ?? "";
    expect(html).toContain('<h2 id="wrapped-anchor">Testo avvolto</h2>');
    expect(html).toContain('id="UserErrorFooBar-it-failed"');
  });
});

describe("code lines", () => {
  it("detects the code line by structure whatever the label language, with `.` or `:` and trailing periods", () => {
    const parsed = parseFixture("code-line-variants");
    expect(parsed.errors.map((e) => e.rawCodes)).toEqual([["UserErrorOne"], ["UserErrorTwo"]]);
    expect(parsed.errors.map((e) => e.message)).toEqual(["Первое сообщение", "Andra meddelandet"]);
  });

  it("does not take a bold label followed by prose for a code line", () => {
    const parsed = parseFixture("code-line-variants");
    expect(parsed.sections.find((s) => s.heading?.anchors[0] === "not-an-error")?.kind).toBe("guide");
  });

  it("reads two codes in one section, joined by / or a conjunction in any language", () => {
    const parsed = parseFixture("two-codes");
    expect(parsed.errors.map((e) => e.rawCodes)).toEqual([
      ["BackUpOperationFailed", "BackUpOperationFailedV2"],
      ["UserErrorAlpha", "UserErrorAlphaV2"],
    ]);
    const doc = corpusOf([parsed]);
    expect(doc.errors[0]?.id).toBe("backupoperationfailed");
    expect(doc.errors[0]?.codes).toEqual(["BackUpOperationFailed", "BackUpOperationFailedV2"]);
  });
});

describe("cause and step lines", () => {
  const parsed = parseFixture("cause-lines");
  const doc = corpusOf([parsed]);
  const causes = doc.errors.find((e) => e.id === "usererrorcauses")?.causes ?? [];

  it("reads bold cause lines with localized, garbled or missing labels, in order", () => {
    expect(causes.map((c) => [c.ref, c.kind])).toEqual([
      ["first-cause", "cause"],
      ["second-cause", "cause"],
      ["first-cause", "cause"],
      ["second-cause", "cause"],
      ["first-cause", "cause"],
      [null, "text"],
      ["the_procedure", "solution"],
    ]);
    expect(causes[1]?.text).toBe("Fazer com que 2: Seconda causa");
    expect(causes[5]?.title).toBe("una causa in testo semplice senza collegamento");
  });

  it("keeps cause lines out of the explanation", () => {
    const body = doc.errors.find((e) => e.id === "usererrorcauses")?.bodyHtml ?? "";
    expect(body).toContain("Spiegazione dell'errore.");
    expect(body).not.toContain("Prima causa");
  });

  it("reads step lines as references to standalone procedures", () => {
    const error = doc.errors.find((e) => e.id === "usererrorsteps");
    expect(error?.causes).toEqual([]);
    expect(error?.steps.map((s) => [s.ref, s.kind])).toEqual([
      ["the_procedure", "solution"],
      ["other_procedure", "solution"],
    ]);
  });

  it("tells causes (with a solution subsection) from procedures (with none)", () => {
    expect(doc.causes.map((c) => c.id)).toEqual(["first-cause", "second-cause"]);
    expect(doc.causes[0]?.solution?.html).toContain("Fare A.");
    expect(doc.solutions.map((s) => [s.id, s.subAnchors])).toEqual([
      ["the_procedure", []],
      ["other_procedure", ["sub-one", "sub-two"]],
    ]);
  });

  it("keeps ids unique on a page while the first repeated `solution` keeps its published name", () => {
    const html = doc.articles[0]?.html ?? "";
    const ids = idsOf(html);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("solution"))).toEqual(["solution", "solution-1"]);
    for (const error of doc.errors) {
      const page = [error.bodyHtml, ...error.blocks.map((b) => b.html)].join("");
      const pageIds = [...idsOf(page), ...error.blocks.map((b) => b.ref)];
      expect(new Set(pageIds).size).toBe(pageIds.length);
    }
  });
});

describe("sections that are not errors", () => {
  it("keeps the step-by-step guide as article text, not as errors", () => {
    const parsed = parseFixture("guide-sections");
    expect(parsed.sections.map((s) => s.kind)).toEqual(["intro", "guide", "error"]);
    expect(parsed.errors).toHaveLength(1);
    const html = corpusOf([parsed]).articles[0]?.html ?? "";
    expect(html).toContain("Introduzione.");
    expect(html).toContain('id="step-1-check"');
    expect(html).toContain('href="/it/errors/usererrorreal/"');
  });
});

describe("DocFX directives", () => {
  const parsed = parseFixture("alerts-and-includes");
  const html = corpusOf([parsed]).articles[0]?.html ?? "";

  it("renders the support-disclaimer include from the project's own include, and warns on unknown includes", () => {
    expect(html).toContain("Disclaimer text.");
    expect(html).not.toContain("[!INCLUDE");
    const unknown = parsed.diagnostics.filter((d) => d.code === "include-unknown");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ line: 11, column: 1, severity: "warning" });
    expect(html).toContain("mystery");
  });

  it("renders > [!NOTE] alerts as labelled callouts, including the four-space continuation variant and alerts in lists", () => {
    const notes = html.match(/<div class="callout callout-note" role="note">/g) ?? [];
    expect(notes).toHaveLength(2);
    expect(html).toContain("Una nota normale.");
    expect(html).toContain("Continuazione rientrata di quattro spazi.");
    expect(html).not.toContain("&#x3E; Continuazione");
    expect(html).not.toContain("[!NOTE]");
    expect(html).toMatch(/<li>[\s\S]*callout-warning[\s\S]*Avviso dentro un elenco/);
    expect(html).toContain('<p class="callout-title">Label:note</p>');
  });
});

describe("links and images", () => {
  const parsed = parseFixture("links-and-images");
  const doc = corpusOf([parsed]);
  const body = doc.errors[0]?.bodyHtml ?? "";

  it("rewrites #anchor, <article>.md#anchor and docs URLs of this article to the entity page in the same locale", () => {
    expect(body.match(/href="\/it\/causes\/the-cause\/"/g)).toHaveLength(3);
  });

  it("rewrites other relative .md links and root-relative docs paths to Microsoft Learn in the page's locale", () => {
    expect(body).toContain(
      'href="https://learn.microsoft.com/it-it/azure/backup/backup-support-matrix-iaas#operating-system-support-windows"',
    );
    expect(body).toContain('href="https://learn.microsoft.com/it-it/azure/virtual-machines/states-lifecycle#provisioning-states"');
    expect(body).toContain('href="https://go.microsoft.com/fwlink/?LinkID=394789"');
    expect(body).toContain(
      'href="https://learn.microsoft.com/it-it/powershell/module/az.recoveryservices/stop-azrecoveryservicesbackupjob"',
    );
  });

  it("renders links to targets no section carries as plain text, with a warning", () => {
    expect(body).toContain('<span class="broken-link">rotto</span>');
    const broken = doc.diagnostics.filter((d) => d.code === "link-broken");
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ file: "links-and-images/input.md", line: 18, severity: "warning" });
  });

  it("shows the alt text of missing images instead of a broken <img>, with a warning", () => {
    expect(body).not.toContain("<img");
    expect(body).toContain('<span class="missing-image">Un\'immagine assente</span>');
    expect(parsed.diagnostics.find((d) => d.code === "image-missing")).toMatchObject({ line: 21, column: 1 });
  });
});

describe("hostile input", () => {
  const parsed = parseFixture("hostile");
  const doc = corpusOf([parsed]);
  const body = doc.errors[0]?.bodyHtml ?? "";
  const removed = doc.diagnostics.filter((d) => d.code === "html-removed");

  it("removes scripts, iframes, event handlers and javascript: URLs", () => {
    expect(body).not.toMatch(/<script|<iframe|onerror|onclick|onmouseover|javascript:/i);
    // A raw <img> whose file does not exist is not emitted either.
    expect(body).not.toContain("<img");
    expect(body).toContain("Testo del div");
    expect(body).toContain("malevolo");
  });

  it("never lets a source anchor take a page-chrome id (`ea-…`)", () => {
    const ids = [...(doc.articles[0]?.html ?? "").matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toContain("content-ea-main");
    expect(ids).not.toContain("ea-main");
  });

  it("keeps raw HTML out of cause titles", () => {
    const cause = doc.errors[0]?.causes[0];
    expect(cause).toMatchObject({ kind: "text", title: "Titolo causa" });
    expect(cause?.text).not.toContain("<");
  });

  it("reports each removal with file, line and column", () => {
    const messages = removed.map((d) => `${d.line}:${d.message}`);
    expect(messages.some((m) => m.startsWith("14:") && m.includes("<script>"))).toBe(true);
    expect(messages.some((m) => m.startsWith("16:") && m.includes("onerror"))).toBe(true);
    expect(messages.some((m) => m.startsWith("16:") && m.includes("javascript:"))).toBe(true);
    expect(messages.some((m) => m.startsWith("18:") && m.includes("<iframe>"))).toBe(true);
    expect(messages.some((m) => m.startsWith("20:") && m.includes("onclick"))).toBe(true);
    expect(messages.some((m) => m.startsWith("20:") && m.toLowerCase().includes("javascript:"))).toBe(true);
    expect(messages.some((m) => m.startsWith("22:") && m.includes("onmouseover"))).toBe(true);
    for (const d of removed) expect(d.file).toBe("hostile/input.md");
  });
});

describe("front matter", () => {
  it.each([
    ["no-front-matter", "front-matter-missing"],
    ["bad-front-matter", "front-matter-invalid"],
    ["no-locale", "locale-missing"],
  ])("%s is an error with a place, and yields no records", (name, code) => {
    const parsed = parseFixture(name);
    expect(parsed.errors).toEqual([]);
    expect(parsed.diagnostics).toContainEqual(expect.objectContaining({ code, severity: "error", file: `${name}/input.md` }));
  });
});

describe("a language the project has never seen", () => {
  it("parses with no code change", () => {
    const parsed = parseFixture("new-language");
    expect(parsed.meta.contentLocale).toBe("de-DE");
    expect(parsed.errors.map((e) => e.rawCodes)).toEqual([["UserErrorRpCollectionLimitReached"]]);
    expect(parsed.errors[0]?.causes.map((c) => c.anchor)).toEqual(["the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms"]);
    expect(parsed.causes.map((c) => c.heading.anchors[0])).toEqual(["the-agent-installed-in-the-vm-but-unresponsive-for-windows-vms"]);
  });
});
