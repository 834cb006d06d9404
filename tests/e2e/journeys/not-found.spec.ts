import { expect, test } from "@playwright/test";
import { alsoWithoutJs } from "../support/atlas.ts";

// A mistyped URL answers 404 with a way back to the error index; with JavaScript, in the URL's language.
test("an unknown page under /it/ is a 404 that offers the Italian error index", { tag: alsoWithoutJs }, async ({
  page,
  javaScriptEnabled,
}) => {
  const response = await page.goto("/it/errors/no-such-error/");
  expect(response?.status()).toBe(404);
  await expect(page.locator('a[href="/it/"]:visible').first()).toBeVisible();
  if (javaScriptEnabled) await expect(page.locator('[data-ea-404="it"]'), "the Italian message is shown").toBeVisible();
});
