import { describe, expect, it } from "vitest";
import { looksLikeCode, lookupCode } from "../../../src/search/code-lookup.ts";
import { buildCodeMap, type CodeMapInput } from "../../../src/search/code-map.ts";

const errors: CodeMapInput[] = [
  {
    id: "backupoperationfailed",
    url: "/it/errors/backupoperationfailed/",
    codes: ["BackUpOperationFailed", "BackUpOperationFailedV2"],
    aliases: [],
    message: "Backup non riuscito",
    locale: "it",
  },
  {
    id: "usererrorbackupoperationinprogress",
    url: "/it/errors/usererrorbackupoperationinprogress/",
    codes: ["UserErrorBackupOperationInProgress"],
    aliases: ["усереррорбаккупоператионинпрогресс"],
    message: "Operazione in corso",
    locale: "it",
  },
  {
    id: "usererrorstandardssdnotsupported",
    url: "/en/errors/usererrorstandardssdnotsupported/from/it/",
    codes: ["UserErrorStandardSSDNotSupported"],
    aliases: [],
    message: "Standard SSD is not supported",
    locale: "en",
  },
];
const map = buildCodeMap("it", errors);

describe("lookupCode", () => {
  it("finds a complete code in any case", () => {
    expect(lookupCode(map, "BackUpOperationFailedV2")?.url).toBe("/it/errors/backupoperationfailed/");
    expect(lookupCode(map, "backupoperationfailed")?.id).toBe("backupoperationfailed");
    expect(lookupCode(map, "USERERRORBACKUPOPERATIONINPROGRESS")?.id).toBe("usererrorbackupoperationinprogress");
  });
  it("finds an alias, Cyrillic corrupted forms in any case included", () => {
    expect(lookupCode(map, "Усереррорбаккупоператионинпрогресс")?.id).toBe("usererrorbackupoperationinprogress");
  });
  it("sends errors the locale lacks to the page the map was built with (English fallback)", () => {
    const hit = lookupCode(map, "userErrorStandardSSDNotSupported");
    expect(hit?.url).toBe("/en/errors/usererrorstandardssdnotsupported/from/it/");
    expect(hit?.locale).toBe("en");
  });
  it("never answers a partial or unknown code", () => {
    expect(lookupCode(map, "BackUpOperation")).toBeUndefined();
    expect(lookupCode(map, "UserErrorNoSuchThing")).toBeUndefined();
  });
});

describe("buildCodeMap", () => {
  it("keys every code and alias once, normalized", () => {
    expect(Object.keys(map.keys).sort()).toEqual([
      "backupoperationfailed",
      "backupoperationfailedv2",
      "usererrorbackupoperationinprogress",
      "usererrorstandardssdnotsupported",
      "усереррорбаккупоператионинпрогресс",
    ]);
    expect(map.errors[0]).not.toHaveProperty("aliases");
  });
});

describe("prototype-named codes", () => {
  const odd = buildCodeMap("en", [
    { id: "constructor", url: "/en/errors/constructor/", codes: ["Constructor"], aliases: ["toString"], message: "", locale: "en" },
  ]);
  it("stores a code or alias named like an Object.prototype key", () => {
    expect(Object.keys(odd.keys).sort()).toEqual(["constructor", "tostring"]);
    expect(lookupCode(odd, "constructor")?.id).toBe("constructor");
  });
  it("never answers a prototype key that is not a code, also after the JSON round trip the browser does", () => {
    const parsed = JSON.parse(JSON.stringify(map)) as typeof map;
    for (const m of [map, parsed]) {
      expect(lookupCode(m, "constructor")).toBeUndefined();
      expect(lookupCode(m, "hasOwnProperty")).toBeUndefined();
      expect(lookupCode(m, "__proto__")).toBeUndefined();
    }
  });
});

describe("looksLikeCode", () => {
  it("recognizes camel-case and digit codes by shape alone, not words of any language", () => {
    expect(looksLikeCode("RpCollectionLimit")).toBe(true);
    expect(looksLikeCode("BACKUPOPERATIONFAILEDV2")).toBe(true);
    for (const word of ["autorizzazioni", "restore point", "ошибка", "σφάλμα", "خطأ", "오류", "错误代码", "0x80070005"]) {
      expect(looksLikeCode(word), word).toBe(false);
    }
  });
});
