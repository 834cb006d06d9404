/**
 * The 404 page at `/go/{code}/` for a code no static page answers: in the reader's language (saved choice, then
 * the browser's languages, then the default), say so, prefill that language's search box with the code, and list
 * the closest known codes ("did you mean"), read from the locale's code map. Without JavaScript the page stays the
 * plain "not found" page with its links.
 */
import { savedLocaleKey } from "../../i18n/negotiate.ts";
import type { CodeMap } from "../code-map.ts";
import { loadLatin } from "../latin.ts";
import { nearCodes } from "./query-intent.ts";

/** The reader's locale path among `paths` (the first one is the default). */
function readerPath(paths: string[]): string {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(savedLocaleKey);
  } catch {
    // Storage may be off: the browser's languages decide.
  }
  if (saved && paths.includes(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lower = tag.toLowerCase();
    const found = paths.find((p) => p === lower) ?? paths.find((p) => p.split("-")[0] === lower.split("-")[0]);
    if (found) return found;
  }
  // The page lists the default locale first.
  return paths[0] ?? "";
}

async function answer(): Promise<void> {
  const [, first, raw] = location.pathname.split("/");
  if (first?.toLowerCase() !== "go" || !raw) return;
  let code = raw;
  try {
    code = decodeURIComponent(raw);
  } catch {
    // A malformed escape: show the code as written.
  }
  const sections = [...document.querySelectorAll<HTMLElement>("[data-ea-404]")];
  const pathOf = (s: HTMLElement): string => s.getAttribute("data-ea-404") ?? "";
  const path = readerPath(sections.map(pathOf));
  const section = sections.find((s) => pathOf(s) === path);
  const box = section?.querySelector<HTMLElement>("[data-ea-404-go]");
  if (!section || !box) return;
  for (const s of sections) s.hidden = s !== section;
  document.documentElement.lang = section.lang;
  const message = box.querySelector<HTMLElement>("[data-ea-404-unknown]");
  if (message) message.textContent = (message.dataset.template ?? "").replace("{{code}}", code);
  const input = box.querySelector<HTMLInputElement>("input[name=q]");
  if (input) input.value = code;
  box.hidden = false;
  const response = await fetch(`/search/codes-${path}.json`);
  if (!response.ok) return;
  const [map] = await Promise.all([response.json() as Promise<CodeMap>, loadLatin(code)]);
  const near = nearCodes(map, code);
  const list = box.querySelector<HTMLElement>("[data-ea-404-near]");
  if (!list || near.length === 0) return;
  const items = list.querySelector("ul");
  for (const error of near) {
    const link = document.createElement("a");
    link.href = error.url;
    link.translate = false;
    link.textContent = error.codes.join(" / ");
    const li = document.createElement("li");
    li.append(link);
    if (error.message) li.append(` — ${error.message}`);
    items?.append(li);
  }
  list.hidden = false;
}

void answer();
