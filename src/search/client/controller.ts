/**
 * The search box behaviour, loaded on first focus (or at once on the search
 * page): direct answer on Enter, results as you type, arrow-key navigation.
 */
import type { CodeMap } from "../code-map.ts";
import { directAnswer, loadCodeMap, search } from "./engine.ts";
import { panelStyles } from "./panel-styles.ts";
import { renderDirect, renderOutcome, statusText } from "./render.ts";

const TYPING_DELAY_MS = 120;

/** Wires one `form[data-ea-search]` (header box or the search page's form). */
export function attach(form: HTMLFormElement): void {
  if (form.dataset.eaReady) return;
  form.dataset.eaReady = "1";
  const onPage = form.dataset.eaSearch === "page";
  // The search page inlines the panel's styles; the header's popup needs them before it opens.
  const styled = onPage ? Promise.resolve() : panelStyles();
  // Without its locale the box stays a plain form (submits to the search page).
  const localePath = form.dataset.localePath;
  if (!localePath) return;
  const indexUrl = `/${localePath}/`;
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  const panel = form.querySelector<HTMLElement>("[data-ea-search-panel]");
  const results = form.querySelector<HTMLElement>("[data-ea-search-results]");
  const status = form.querySelector<HTMLElement>("[data-ea-search-status]");
  if (!input || !panel || !results || !status) return;

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>("a[href]")];
  const show = (open: boolean) => {
    if (!onPage) panel.hidden = !open;
  };
  // `data-ea-state` (loading / done / failed) lets tests and styles follow a search.
  const state = (value: string) => {
    panel.dataset.eaState = value;
  };
  const fail = () => {
    status.textContent = form.dataset.failed ?? "";
    state("failed");
  };

  const update = async (raw: string): Promise<void> => {
    const id = ++seq;
    const query = raw.trim();
    if (onPage) history.replaceState(null, "", query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) {
      results.replaceChildren();
      status.textContent = "";
      delete panel.dataset.eaState;
      show(false);
      return;
    }
    state("loading");
    let map: CodeMap;
    try {
      map = await loadCodeMap(localePath);
    } catch {
      return fail();
    }
    if (id !== seq) return;
    // The direct answer shows at once; Pagefind results follow.
    const direct = await directAnswer(localePath, query);
    if (id !== seq) return;
    results.replaceChildren(...(direct ? [renderDirect(map.strings, direct, map)] : []));
    status.textContent = map.strings["search.loading"] ?? "";
    await styled;
    if (id !== seq) return;
    show(true);
    try {
      const outcome = await search(localePath, query);
      if (id !== seq) return;
      results.replaceChildren(...renderOutcome(map, outcome, indexUrl));
      status.textContent = statusText(map, outcome);
      state("done");
    } catch {
      if (id === seq) fail();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(input.value), TYPING_DELAY_MS);
  });
  input.addEventListener("focus", () => {
    if (results.childElementCount) show(true);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    const direct = await directAnswer(localePath, query).catch(() => undefined);
    if (direct) return location.assign(direct.url);
    // A single result is the answer too: Enter opens it.
    const outcome = await search(localePath, query).catch(() => undefined);
    const only = outcome && [...outcome.hits, ...outcome.elsewhere];
    if (only?.length === 1 && only[0]) return location.assign(only[0].url);
    if (onPage) {
      clearTimeout(timer);
      await update(query);
      links()[0]?.focus();
    } else {
      location.assign(`${form.action}?q=${encodeURIComponent(query)}`);
    }
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      show(true);
      links()[0]?.focus();
    } else if (event.key === "Escape" && !onPage) {
      show(false);
    }
  });

  panel.addEventListener("keydown", (event) => {
    const list = links();
    const at = list.indexOf(document.activeElement as HTMLAnchorElement);
    const move: Record<string, () => HTMLElement | undefined> = {
      ArrowDown: () => list[Math.min(at + 1, list.length - 1)],
      ArrowUp: () => (at <= 0 ? input : list[at - 1]),
      Home: () => list[0],
      End: () => list[list.length - 1],
      Escape: () => input,
    };
    const target = move[event.key]?.();
    if (!target) return;
    event.preventDefault();
    target.focus();
    if (event.key === "Escape" && !onPage) show(false);
  });

  // The popup closes when focus leaves the search box and its results.
  form.addEventListener("focusout", (event) => {
    if (!onPage && !form.contains(event.relatedTarget as Node | null)) show(false);
  });

  const initial = onPage ? new URLSearchParams(location.search).get("q") : null;
  if (initial) {
    input.value = initial;
    void update(initial);
  } else if (input.value.trim()) {
    void update(input.value);
  }
}
