import { siteLocales } from "../i18n/locales.ts";

/** `getStaticPaths` for a page every locale has: `{ lang }` params with the locale as a prop. */
export function localePaths() {
  return siteLocales.map((locale) => ({ params: { lang: locale.path }, props: { locale } }));
}
