import { expect, test } from "@playwright/test";
import { builtPages } from "../support/dist.ts";
import { readBuilt } from "../support/html.ts";
import { htmlValidateConfig, relaxationReasons, validatePage } from "../support/html-validation.ts";

test("every built page is valid HTML (html-validate:recommended)", async () => {
  const problems: string[] = [];
  for (const page of builtPages()) problems.push(...(await validatePage(page.path, readBuilt(page.file))));
  expect(problems.length, `${problems.length} HTML problem(s):\n${problems.join("\n")}`).toBe(0);
});

test("every rule relaxed in .htmlvalidate.json has a documented reason", () => {
  const relaxed = Object.keys(htmlValidateConfig.rules ?? {}).sort();
  expect(relaxed, "list each relaxed rule with its reason in tests/e2e/support/html-validation.ts").toEqual(
    Object.keys(relaxationReasons).sort(),
  );
});
