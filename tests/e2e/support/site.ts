import astroConfig from "../../../astro.config.mjs";

/** The production origin (`site` in astro.config.mjs): absolute links to it are internal links. */
export const siteOrigin: string | undefined = astroConfig.site ? new URL(astroConfig.site).origin : undefined;

/** Origin pages are resolved against when no server is involved (file checks). */
export const localOrigin = "http://atlas.local";
