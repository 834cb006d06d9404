/** Builds the results DOM (text only, never HTML from the index). Class names are styled in components/search/search.css. */
import { codeBreakParts } from "../../page-text/code-breaks.ts";
import type { CodeMap, CodeMapError } from "../code-map.ts";
import type { Answer, SearchHit, SearchOutcome } from "./engine.ts";

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

/** A code that wraps at its camel-case boundaries only (`<wbr>` between the parts), never mid-word. */
function codeNodes(code: string): (Node | string)[] {
  return codeBreakParts(code).flatMap((part, i) => (i > 0 ? [document.createElement("wbr"), part] : [part]));
}

function kindLabel(strings: Strings, kind: string): HTMLElement {
  return h("span", { class: "ea-search-kind", "data-kind": kind }, strings[`kind.${kind}`] ?? kind);
}

/**
 * `text` with each case-insensitive occurrence of a query word (3+ letters) wrapped in `<mark>`, as text nodes:
 * never HTML from the index.
 */
export function highlight(text: string, query: string): (Node | string)[] {
  const words = [...new Set(query.split(/[^\p{L}\p{N}_]+/u).filter((w) => w.length >= 3))].sort((a, b) => b.length - a.length);
  if (!words.length || !text) return [text];
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu");
  return text.split(pattern).map((part, i) => (i % 2 ? h("mark", {}, part) : part));
}

/** A pasted docs address that leads to a cause, a procedure or an article section (not an error). */
function renderLinkAnswer(strings: Strings, answer: Answer): HTMLElement {
  const link = h(
    "a",
    { href: answer.url, class: "ea-search-link", "data-ea-direct": "" },
    kindLabel(strings, answer.url.includes("/solutions/") ? "solution" : "cause"),
    h("span", { class: "ea-search-title" }, answer.label),
    h("span", { class: "ea-search-direct-hint" }, answer.url),
  );
  return h("p", { class: "ea-search-direct" }, link);
}

/** The direct answer: the page the query names (a code, a pasted line or address, a near-miss), opened by Enter. */
export function renderDirect(strings: Strings, answer: Answer, map: CodeMap): HTMLElement {
  const direct: CodeMapError | undefined = answer.error;
  if (!direct) return renderLinkAnswer(strings, answer);
  const code = direct.codes.join(" / ");
  const lang = map.locales.find((l) => l.code === direct.locale);
  const hint = answer.kind === "typo" ? "search.didYouMean" : "search.direct";
  const link = h(
    "a",
    { href: answer.url, class: "ea-search-link", "data-ea-direct": answer.kind },
    kindLabel(strings, "error"),
    h(
      "code",
      { class: "ea-search-code", translate: "no" },
      ...direct.codes.flatMap((c, i) => (i > 0 ? [" / ", ...codeNodes(c)] : codeNodes(c))),
    ),
    h("span", { class: "ea-search-message" }, direct.message),
    h(
      "span",
      { class: answer.kind === "typo" ? "ea-search-direct-hint ea-search-suggest" : "ea-search-direct-hint" },
      // The code inside the sentence wraps like the code above it.
      ...fill(strings[hint], { code: "\u0000" })
        .split("\u0000")
        .flatMap((text, i) => (i > 0 ? [...codeNodes(direct.codes[0] ?? code), text] : [text])),
    ),
  );
  if (lang && direct.locale !== map.locale) {
    link.setAttribute("hreflang", lang.tag);
    link.append(h("span", { class: "ea-search-lang", lang: lang.tag, "data-ea-lang": lang.code }, lang.name));
  }
  return h("p", { class: "ea-search-direct" }, link);
}

function renderHit(strings: Strings, hit: SearchHit, map: CodeMap, labelLanguage: boolean, query: string): HTMLElement {
  const lang = map.locales.find((l) => l.path === hit.localePath);
  const link = h("a", { href: hit.url, class: "ea-search-link" }, kindLabel(strings, hit.kind));
  if (hit.codes) link.append(h("code", { class: "ea-search-code" }, ...highlight(hit.codes, query)));
  else link.append(h("span", { class: "ea-search-title" }, ...highlight(hit.title, query)));
  const foreign = labelLanguage && lang ? { lang: lang.tag } : {};
  link.append(h("span", { class: "ea-search-message", ...foreign }, ...highlight(hit.message || hit.excerpt, query)));
  const item = h("li", { class: "ea-search-hit" }, link);
  if (labelLanguage && lang) {
    // Each result from another language says which one, in that language.
    link.append(h("span", { class: "ea-search-lang", lang: lang.tag, "data-ea-lang": lang.code }, lang.name));
    // The link opens the reader's own page or the English fallback: hreflang names that page's language.
    const target = map.locales.find((l) => l.path === hit.url.split("/")[1]);
    if (target && target.code !== map.locale) link.setAttribute("hreflang", target.tag);
  }
  if (hit.kind === "error" && hit.sections.length) {
    // Named sub-results, indented under their page: "↳ cause title" (the label names what they are part of).
    const sections = hit.sections.slice(0, 3).map((s) => h("li", {}, h("a", { href: s.url }, ...highlight(s.title, query))));
    item.append(h("ul", { class: "ea-search-sections", "aria-label": hit.codes || hit.title }, ...sections));
  }
  return item;
}

/** The whole outcome: direct answer, results in this language, or labelled results from other languages, and the index link. */
export function renderOutcome(map: CodeMap, outcome: SearchOutcome, indexUrl: string): HTMLElement[] {
  const s = map.strings;
  const out: HTMLElement[] = [];
  if (outcome.answer) out.push(renderDirect(s, outcome.answer, map));
  const current = map.locales.find((l) => l.code === map.locale);
  if (outcome.hits.length) {
    out.push(
      h(
        "ol",
        { class: "ea-search-list", "aria-label": s["search.results"] ?? "", "data-ea-hits": "" },
        ...outcome.hits.map((hit) => renderHit(s, hit, map, false, outcome.query)),
      ),
    );
  } else if (outcome.elsewhere.length) {
    out.push(h("p", { class: "ea-search-note" }, fill(s["search.otherLanguages"], { language: current?.nameInText ?? map.locale })));
    out.push(
      h(
        "ol",
        { class: "ea-search-list", "aria-label": s["search.results"] ?? "", "data-ea-elsewhere": "" },
        ...outcome.elsewhere.map((hit) => renderHit(s, hit, map, true, outcome.query)),
      ),
    );
  } else if (!outcome.answer) {
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
  if (outcome.answer?.kind === "typo") return fill(s["search.didYouMean"], { code: outcome.answer.label });
  if (outcome.answer) return fill(s["search.direct"], { code: outcome.answer.label });
  return outcome.codeLike
    ? fill(s["search.noCode"], { code: outcome.code ?? outcome.query.trim() })
    : fill(s["search.none"], { query: outcome.query.trim() });
}
