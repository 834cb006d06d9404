/** Builds the results DOM (text only, never HTML from the index). Class names are styled in components/search/search.css. */
import type { CodeMap, CodeMapError } from "../code-map.ts";
import type { SearchHit, SearchOutcome } from "./engine.ts";

type Strings = CodeMap["strings"];

/** Fills `{{name}}` placeholders (the strings come from i18next with interpolation left to the browser). */
export function fill(template: string | undefined, vars: Record<string, string | number> = {}): string {
  return (template ?? "").replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ""));
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function kindLabel(strings: Strings, kind: string): HTMLElement {
  return h("span", { class: "ea-search-kind", "data-kind": kind }, strings[`kind.${kind}`] ?? kind);
}

/** The direct answer: a known code's page, opened by Enter before Pagefind has loaded. */
export function renderDirect(strings: Strings, direct: CodeMapError, map: CodeMap): HTMLElement {
  const code = direct.codes.join(" / ");
  const lang = map.locales.find((l) => l.code === direct.locale);
  const link = h(
    "a",
    { href: direct.url, class: "ea-search-link", "data-ea-direct": "" },
    kindLabel(strings, "error"),
    h("code", { class: "ea-search-code" }, code),
    h("span", { class: "ea-search-message" }, direct.message),
    h("span", { class: "ea-search-direct-hint" }, fill(strings["search.direct"], { code: direct.codes[0] ?? code })),
  );
  if (lang && direct.locale !== map.locale) {
    link.setAttribute("hreflang", lang.tag);
    link.append(h("span", { class: "ea-search-lang", lang: lang.tag, "data-ea-lang": lang.code }, lang.name));
  }
  return h("p", { class: "ea-search-direct" }, link);
}

function renderHit(strings: Strings, hit: SearchHit, map: CodeMap, labelLanguage: boolean): HTMLElement {
  const lang = map.locales.find((l) => l.path === hit.localePath);
  const link = h("a", { href: hit.url, class: "ea-search-link" }, kindLabel(strings, hit.kind));
  if (hit.codes) link.append(h("code", { class: "ea-search-code" }, hit.codes));
  else link.append(h("span", { class: "ea-search-title" }, hit.title));
  const foreign = labelLanguage && lang ? { lang: lang.tag } : {};
  link.append(h("span", { class: "ea-search-message", ...foreign }, hit.message || hit.excerpt));
  const item = h("li", { class: "ea-search-hit" }, link);
  if (labelLanguage && lang) {
    // Each result from another language says which one, in that language.
    link.append(h("span", { class: "ea-search-lang", lang: lang.tag, "data-ea-lang": lang.code }, lang.name));
    // The link opens the reader's own page or the English fallback: hreflang names that page's language.
    const target = map.locales.find((l) => l.path === hit.url.split("/")[1]);
    if (target && target.code !== map.locale) link.setAttribute("hreflang", target.tag);
  }
  if (hit.kind === "error" && hit.sections.length) {
    const sections = hit.sections.slice(0, 3).map((s) => h("li", {}, h("a", { href: s.url }, s.title)));
    item.append(h("ul", { class: "ea-search-sections" }, ...sections));
  }
  return item;
}

/** The whole outcome: direct answer, results in this language, or labelled results from other languages, and the index link. */
export function renderOutcome(map: CodeMap, outcome: SearchOutcome, indexUrl: string): HTMLElement[] {
  const s = map.strings;
  const out: HTMLElement[] = [];
  if (outcome.direct) out.push(renderDirect(s, outcome.direct, map));
  const current = map.locales.find((l) => l.code === map.locale);
  if (outcome.hits.length) {
    out.push(
      h(
        "ol",
        { class: "ea-search-list", "aria-label": s["search.results"] ?? "", "data-ea-hits": "" },
        ...outcome.hits.map((hit) => renderHit(s, hit, map, false)),
      ),
    );
  } else if (outcome.elsewhere.length) {
    out.push(h("p", { class: "ea-search-note" }, fill(s["search.otherLanguages"], { language: current?.nameInText ?? map.locale })));
    out.push(
      h(
        "ol",
        { class: "ea-search-list", "aria-label": s["search.results"] ?? "", "data-ea-elsewhere": "" },
        ...outcome.elsewhere.map((hit) => renderHit(s, hit, map, true)),
      ),
    );
  } else if (!outcome.direct) {
    out.push(h("p", { class: "ea-search-note", "data-ea-none": "" }, statusText(map, outcome)));
  }
  if (!outcome.hits.length) out.push(h("p", { class: "ea-search-browse" }, h("a", { href: indexUrl }, s["search.browse"] ?? "")));
  return out;
}

/** What the live region announces for an outcome. */
export function statusText(map: CodeMap, outcome: SearchOutcome): string {
  const s = map.strings;
  const count = outcome.hits.length || outcome.elsewhere.length;
  if (count) return fill(s["search.count"], { count });
  if (outcome.direct) return fill(s["search.direct"], { code: outcome.direct.codes[0] ?? "" });
  return outcome.codeLike
    ? fill(s["search.noCode"], { code: outcome.query.trim() })
    : fill(s["search.none"], { query: outcome.query.trim() });
}
