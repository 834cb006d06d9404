import { beforeAll, describe, expect, it } from "vitest";
import { random } from "../../../scripts/fuzz/mutate.ts";
import { randomWord, randomWords } from "../../../scripts/fuzz/random-words.ts";
import { codeShape, knownCodes, looksLikeCode, pastedToken } from "../../../src/search/code-lookup.ts";
import { buildCodeMap } from "../../../src/search/code-map.ts";
import { loadLatin } from "../../../src/search/latin.ts";

// Search loads the transliteration table before reading a query outside Latin; so do these tests.
beforeAll(() => loadLatin("ы"));

// Two codes as the seeds publish them; the map knows nothing of any language.
const map = buildCodeMap("xx", [
  {
    id: "usererrorbackupoperationinprogress",
    url: "/a/",
    codes: ["UserErrorBackupOperationInProgress"],
    aliases: ["усереррорбаккупоператионинпрогресс"],
    message: "",
    locale: "xx",
  },
  {
    id: "usererrorrpcollectionlimitreached",
    url: "/b/",
    codes: ["UserErrorRpCollectionLimitReached"],
    aliases: [],
    message: "",
    locale: "xx",
  },
]);
const codes = knownCodes(map);

describe("run-together codes, told from words by the site's known codes (no word list)", () => {
  it("a lowercase or uppercase token sharing a stem of two camel-case parts with a known code is code-like", () => {
    expect(looksLikeCode("usererrornosuchthing", codes)).toBe(true);
    expect(looksLikeCode("USERERRORFOOBAR", codes)).toBe(true);
    // A prefix of a camel-case suffix: Pagefind indexes `rpcollectionlimitreached`.
    expect(looksLikeCode("rpcollectionlimit", codes)).toBe(true);
    // The same in another script, read through its Latin transliteration.
    expect(looksLikeCode("усереррорфообар", codes)).toBe(true);
  });
  it("ordinary words stay words, even ones a code contains", () => {
    for (const word of ["autorizzazioni", "collection", "backups", "блокировки", "usernames", "restore point"]) {
      expect(looksLikeCode(word, codes), word).toBe(false);
    }
  });
  it("a known code or alias is the strongest shape, then camel case or digits, then a known stem", () => {
    expect(codeShape("усереррорбаккупоператионинпрогресс", codes)).toBe(3);
    expect(codeShape("UserErrorNoSuchThing", codes)).toBe(2);
    expect(codeShape("usererrornosuchthing", codes)).toBe(1);
    expect(codeShape("0x80070005", codes)).toBe(0);
  });
});

describe("pastedToken: the code of a pasted line, by shape and position", () => {
  it.each([
    ["Error code: UserErrorNoSuchThing", "UserErrorNoSuchThing"],
    ["Código de erro: UserErrorNoSuchThing <br>", "UserErrorNoSuchThing"],
    ["Код ошибки: UserErrorNoSuchThing", "UserErrorNoSuchThing"],
    ["**Код ошибки**. usererrornosuchthing", "usererrornosuchthing"],
    ["UserErrorNoSuchThing - The restore point collection could not be read.", "UserErrorNoSuchThing"],
    ['"UserErrorNoSuchThing"', "UserErrorNoSuchThing"],
    ["UserErrorNoSuchThing.", "UserErrorNoSuchThing"],
    ["UserErrorNoSuchThing 0x80070005", "UserErrorNoSuchThing"],
    ["0x80070005 usererrorrpcollectionlimitreached", "usererrorrpcollectionlimitreached"],
    // A known code wins over a camel-case word before it.
    ["McAfee blocked UserErrorRpCollectionLimitReached", "UserErrorRpCollectionLimitReached"],
  ])("%s → %s", (line, code) => expect(pastedToken(line, codes)).toBe(code));

  // Labels in many scripts: the label is found by nothing but being a word before the code.
  const labels = [
    "Error code",
    "Código de erro",
    "Felkod",
    "Код ошибки",
    "Κωδικός σφάλματος",
    "错误代码",
    "エラーコード",
    "رمز الخطأ",
    "오류 코드",
    "קוד שגיאה",
    "รหัสข้อผิดพลาด",
  ];
  it.each(labels)("label %s: the code is extracted, known or not", (label) => {
    for (const code of ["UserErrorRpCollectionLimitReached", "UserErrorNoSuchThing", "usererrorfoobar"]) {
      for (const line of [`${label}: ${code}`, `**${label}**: ${code} <br>`, `${label}： "${code}"`, `${label}. ${code}.`]) {
        expect(pastedToken(line, codes), line).toBe(code);
      }
    }
  });

  it("labels rewritten into random words of random scripts never hide the code", () => {
    const rnd = random(7);
    for (let n = 0; n < 200; n++) {
      const label = randomWords(rnd);
      const message = Array.from({ length: 5 }, () => randomWord(rnd, 1, 12)).join(" ");
      expect(pastedToken(`${label}: UserErrorNoSuchThing - ${message}`, codes), label).toBe("UserErrorNoSuchThing");
      expect(pastedToken(`${label}: усереррорбаккупоператионинпрогресс <br>`, codes), label).toBe("усереррорбаккупоператионинпрогресс");
    }
  });

  it("a line of words only names no code", () => {
    expect(pastedToken("punti di ripristino", codes)).toBeUndefined();
    expect(pastedToken("точек восстановления", codes)).toBeUndefined();
    expect(pastedToken("복원 지점 컬렉션", codes)).toBeUndefined();
  });
});
