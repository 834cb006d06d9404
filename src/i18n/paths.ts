/**
 * The URL contract as pure functions of their parts: no locale data, so the
 * lazy search client can use them (the locale list is read from files at build
 * time; see locale-data.ts).
 */

import type { EntityFolder } from "../corpus/entities.ts";

/** URL segment of the three entity kinds that have their own pages (one definition: corpus/entities.ts). */
export type EntityKind = EntityFolder;

/** `/{path}/`: the error index of a locale. */
export const indexUrl = (path: string): string => `/${path}/`;
export const causesIndexUrl = (path: string): string => `/${path}/causes/`;
export const solutionsIndexUrl = (path: string): string => `/${path}/solutions/`;
export const statusUrl = (path: string): string => `/${path}/status/`;
export const searchUrl = (path: string): string => `/${path}/search/`;
/** `/{path}/articles/`: every article of a locale. */
export const articlesIndexUrl = (path: string): string => `/${path}/articles/`;
export const articleUrl = (path: string, slug: string): string => `/${path}/articles/${slug}/`;
export const revisionUrl = (path: string, slug: string, date: string): string => `/${path}/articles/${slug}/revisions/${date}/`;

/** `/{path}/{kind}/{id}/`: an entity in a locale (the URL contract). */
export const entityUrl = (kind: EntityKind, path: string, id: string): string => `/${path}/${kind}/${id}/`;

/**
 * `/{fallback}/{kind}/{id}/from/{path}/`: the page of an entity in the locale at
 * `underPath` (its fallback locale: the default one, English, when it has the
 * entity), with chrome and a notice in the reader's language, for locales that lack the entity.
 */
export const fallbackUrlUnder = (underPath: string, kind: EntityKind, id: string, fromPath: string): string =>
  `/${underPath}/${kind}/${id}/from/${fromPath}/`;
