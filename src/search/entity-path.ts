/** The kinds of page the search index holds. */
export type EntityKind = "error" | "cause" | "solution";

/** An entity page found in the built site. */
export interface EntityPage {
  /** URL segment of the locale (`pt-pt`). */
  localePath: string;
  kind: EntityKind;
  id: string;
  /** Site URL (`/pt-pt/errors/usererrorrpcollectionlimitreached/`). */
  url: string;
}

const FOLDERS: Record<string, EntityKind> = { errors: "error", causes: "cause", solutions: "solution" };

/**
 * Reads an entity page from a built file path relative to the output dir
 * (`it/errors/{id}/index.html`, URL contract); anything else (indexes, articles,
 * `/go/`, search, status, 404) is not an entity page.
 */
export function entityPageFromPath(relativePath: string): EntityPage | undefined {
  const m = /^([a-z]{2}(?:-[a-z]{2,4})?)\/(errors|causes|solutions)\/([^/]+)\/index\.html$/.exec(relativePath.split("\\").join("/"));
  if (!m) return undefined;
  const [, localePath = "", folder = "", id = ""] = m;
  const kind = FOLDERS[folder];
  return kind ? { localePath, kind, id: decodeURIComponent(id), url: `/${localePath}/${folder}/${id}/` } : undefined;
}
