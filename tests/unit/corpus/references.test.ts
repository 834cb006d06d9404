import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, SLUG } from "../helpers.ts";

/** One article in a language: an error whose body links a cause, a procedure, another error, a plain section and nowhere. */
const article = (locale: string, w: Record<string, string>) =>
  parseSource(
    [
      "---",
      `ms.contentlocale: ${locale}`,
      "ms.date: 01/01/2021",
      "---",
      `# ${w.title}`,
      "",
      `## <a name="before-you-start"></a>${w.start}`,
      "",
      `${w.text}.`,
      "",
      `## <a name="usererroralpha---alpha"></a>UserErrorAlpha - ${w.alpha}`,
      "",
      `**${w.code}**: UserErrorAlpha <br>`,
      `**${w.message}**: ${w.alpha} <br>`,
      "",
      `**${w.cause} 1: [${w.down}](#agent-down)**`,
      "",
      `- ${w.text} [${w.steps}](#restart-the-agent) ${w.text}.`,
      `- ${w.text} [UserErrorBeta](#usererrorbeta---beta), [${w.start}](#before-you-start).`,
      `- ${w.text} [${w.broken}](#no-such-anchor).`,
      "",
      `## <a name="usererrorbeta---beta"></a>UserErrorBeta - ${w.beta}`,
      "",
      `**${w.code}**: UserErrorBeta <br>`,
      `**${w.message}**: ${w.beta} <br>`,
      "",
      `## <a name="causes-and-solutions"></a>${w.causes}`,
      "",
      `### <a name="agent-down"></a>${w.down}`,
      "",
      `${w.text}.`,
      "",
      `#### <a name="solution"></a>${w.solution}`,
      "",
      `${w.text}.`,
      "",
      `### <a name="restart-the-agent"></a>${w.steps}`,
      "",
      `1. ${w.text}.`,
    ].join("\n"),
    { file: `${locale}.md`, slug: SLUG },
  );

const en = article("en", {
  title: "Troubleshooting",
  start: "Before you start",
  text: "Some text",
  alpha: "Alpha failed",
  beta: "Beta failed",
  code: "Error code",
  message: "Error message",
  cause: "Cause",
  down: "The agent is down",
  steps: "Restart the agent",
  broken: "nowhere",
  causes: "Causes and solutions",
  solution: "Solution",
});
const ru = article("ru-RU", {
  title: "Устранение неполадок",
  start: "Перед началом",
  text: "Немного текста",
  alpha: "Сбой альфы",
  beta: "Сбой беты",
  code: "Код ошибки",
  message: "Сообщение об ошибке",
  cause: "Причина",
  down: "Агент не работает",
  steps: "Перезапустите агент",
  broken: "никуда",
  causes: "Причины и решения",
  solution: "Решение",
});

describe("references of an error", () => {
  it.each([
    ["en", en],
    ["ru-RU", ru],
  ])("resolves every in-page link of the error, in source order, with its kind (%s)", (locale, source) => {
    const doc = corpusOf([en, source]);
    const alpha = doc.errors.find((e) => e.id === "usererroralpha" && e.locale === locale);
    expect(alpha?.references.map((r) => [r.kind, r.ref, r.target])).toEqual([
      ["cause", "agent-down", "cause"],
      ["step", "restart-the-agent", "solution"],
      ["see-also", "usererrorbeta", "error"],
      [expect.any(String), null, null],
      [expect.any(String), null, null],
    ]);
    expect(alpha?.references.map((r) => r.anchor)).toEqual([
      "agent-down",
      "restart-the-agent",
      "usererrorbeta---beta",
      "before-you-start",
      "no-such-anchor",
    ]);
  });

  it("reports the link to an anchor nothing carries with its place, once", () => {
    const doc = corpusOf([en, ru]);
    const broken = doc.diagnostics.filter((d) => d.code === "link-broken");
    expect(broken.map((d) => `${d.file}:${d.line}`)).toEqual(["en.md:20", "ru-RU.md:20"]);
    expect(broken[0]?.message).toContain("#no-such-anchor");
  });
});
