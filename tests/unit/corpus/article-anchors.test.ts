import { describe, expect, it } from "vitest";
import { parseSource } from "../../../src/parser/parse-source.ts";
import { anchorStubs } from "../../../src/routes/article-stubs.ts";
import { corpusOf, idsOf } from "../helpers.ts";

// Issue 10: the corpus knows every anchor an article page publishes; the stubs are computed from it.

/** An English original: two errors, each with a `#### <a name="solution">` (the DocFX sources repeat it). */
const EN = `---
title: Fixture
ms.date: 07/05/2019
---
# <a name="top-of-article"></a>Troubleshoot things

## <a name="usererrorfoo---it-failed"></a><a name="UserErrorFoo-it-failed"></a>UserErrorFoo - It failed

**Error code**: UserErrorFoo <br>
**Error message**: It failed <br>

#### <a name="solution"></a>Solution

Do this.

## <a name="usererrorbar---it-broke"></a>UserErrorBar - It broke

**Error code**: UserErrorBar <br>
**Error message**: It broke <br>

#### <a name="solution"></a><a name="solution-for-this-error"></a>Solution

Do that.

## Next steps

See <a name="inline-mark"></a>more.
`;

/** Its Italian machine translation, without UserErrorBar and the inline mark. */
const IT = `---
title: Fixture
ms.date: 07/05/2019
ms.translationtype: MT
ms.contentlocale: it-IT
---
# <a name="top-of-article"></a>Risolvere i problemi

## <a name="usererrorfoo---it-failed"></a>UserErrorFoo - Non riuscito

**Codice errore**: UserErrorFoo <br>
**Messaggio di errore**: Non riuscito <br>

#### <a name="solution"></a>Soluzione

Fai questo.

## <a name="next-steps"></a>Passaggi successivi

Altro.
`;

const doc = corpusOf([parseSource(EN, { file: "en/x.md", slug: "x" }), parseSource(IT, { file: "it/x.md", slug: "x" })]);
const article = (locale: string) => doc.articles.find((a) => a.locale === locale && a.slug === "x" && !a.older);

describe("the anchors of an article record", () => {
  it("are the anchors its source's <a name> tags declare and the English heading's DocFX id, in page order, a repeated `solution` once", () => {
    expect(article("en")?.anchors).toEqual([
      "top-of-article",
      "usererrorfoo---it-failed",
      "UserErrorFoo-it-failed",
      "solution",
      // The other spelling of the solution sub-section goes to its first occurrence too.
      "solution-for-this-error",
      "usererrorbar---it-broke",
      "next-steps",
      "inline-mark",
    ]);
    // The page still holds the second `solution`, under an id of its own that no link names.
    expect(idsOf(article("en")?.html ?? "")).toContain("solution-1");
  });

  it("include the spellings another language publishes for a section the translation has", () => {
    expect(article("it")?.anchors).toEqual([
      "top-of-article",
      "usererrorfoo---it-failed",
      "UserErrorFoo-it-failed",
      "solution",
      "solution-for-this-error",
      "next-steps",
    ]);
  });

  it("give a language's article page a stub for each anchor it lacks, linking to the section of a page that has it", () => {
    const stubs = anchorStubs(doc.articles, "x");
    expect(stubs.get("en")).toEqual([]);
    expect(stubs.get("it")).toEqual([
      {
        anchors: ["usererrorbar---it-broke"],
        title: "UserErrorBar - It broke",
        lang: "en",
        href: "/en/articles/x/#usererrorbar---it-broke",
      },
      { anchors: ["inline-mark"], title: "Next steps", lang: "en", href: "/en/articles/x/#inline-mark" },
    ]);
  });
});
