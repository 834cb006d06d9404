/**
 * The results panel's stylesheet, which pages do not carry (only the search
 * page inlines it): the search module adds it when it starts, and a panel
 * opens once it has loaded (or failed to, so results are never held back).
 */
import panelStylesUrl from "../../components/search/search-panel.css?url";

let loaded: Promise<void> | undefined;

export function panelStyles(): Promise<void> {
  loaded ??= new Promise<void>((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = panelStylesUrl;
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => resolve());
    document.head.append(link);
  });
  return loaded;
}
