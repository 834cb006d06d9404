import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { corpusOf, SLUG } from "../helpers.ts";

/**
 * Issue 9's second format family: an English original has no `<a name>` at all, so a link from an error to
 * a group heading (`[…](#common-issues)`) names that heading's DocFX auto-id, which the article page carries.
 * Such a link is a link, not a broken one. Translations carry the English ids as `<a name>`, except here
 * the agent heading, which these translations left without one: their link opens the English section.
 */
const original = [
  "---",
  "title: Original",
  "ms.date: 01/01/2023",
  "---",
  "# Troubleshooting",
  "",
  "## Common issues",
  "",
  "### UserErrorAlpha - Alpha failed",
  "",
  "Error code: UserErrorAlpha <br/>",
  "Error message: Alpha failed",
  "",
  "See [the agent section](#vm-agent) and [the list above](#common-issues).",
  "",
  "## VM Agent",
  "",
  "Text about the agent.",
  "",
].join("\n");

const translation = (locale: string, w: Record<string, string>) =>
  [
    "---",
    `ms.contentlocale: ${locale}`,
    "ms.date: 01/01/2023",
    "---",
    `# ${w.title}`,
    "",
    `## <a name="common-issues"></a>${w.common}`,
    "",
    `### <a name="usererroralpha---alpha-failed"></a>UserErrorAlpha - ${w.failed}`,
    "",
    `${w.code}: UserErrorAlpha <br/>`,
    `${w.message}: ${w.failed}`,
    "",
    `${w.see} [${w.agent}](#vm-agent), [${w.list}](#common-issues).`,
    "",
    `## ${w.agent}`,
    "",
    `${w.text}.`,
    "",
  ].join("\n");

const sources = [
  parseSource(original, { file: "en.md", slug: SLUG }),
  parseSource(
    translation("ru-RU", {
      title: "Устранение неполадок",
      common: "Распространенные проблемы",
      failed: "Сбой альфы",
      code: "Код ошибки",
      message: "Сообщение об ошибке",
      see: "См.",
      agent: "Агент ВМ",
      list: "список выше",
      text: "Текст об агенте",
    }),
    { file: "ru-RU.md", slug: SLUG },
  ),
  parseSource(
    translation("ja-JP", {
      title: "トラブルシューティング",
      common: "一般的な問題",
      failed: "アルファが失敗しました",
      code: "エラー コード",
      message: "エラー メッセージ",
      see: "参照:",
      agent: "VM エージェント",
      list: "上の一覧",
      text: "エージェントについて",
    }),
    { file: "ja-JP.md", slug: SLUG },
  ),
];

describe("links to headings known by their DocFX auto-id", () => {
  const doc = corpusOf(sources);

  it("are not reported as broken in the original or in a translation", () => {
    expect(doc.diagnostics.filter((d) => d.code === "link-broken")).toEqual([]);
  });

  it("open the article section in the page's own language, or in English where only English carries it", () => {
    for (const [locale, path] of [
      ["en", "en"],
      ["ru-RU", "ru-ru"],
      ["ja-JP", "ja-jp"],
    ]) {
      const error = doc.errors.find((e) => e.id === "usererroralpha" && e.locale === locale);
      expect(error?.bodyHtml, locale).toContain(`href="/${path}/articles/${SLUG}/#common-issues"`);
      expect(error?.bodyHtml, locale).toContain(`href="/en/articles/${SLUG}/#vm-agent"`);
    }
  });
});
