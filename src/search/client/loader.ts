/**
 * Eager and tiny (every page ships it): `/` and Ctrl/Cmd+K focus the search
 * box, and the search module is imported only on the first focus or submit
 * (or at once on the search page, which runs `?q=` on load).
 */
import searchModuleUrl from "virtual:error-atlas/search-module-url";

const forms = [...document.querySelectorAll<HTMLFormElement>("form[data-ea-search]")];
let loading: Promise<void> | undefined;

function load(): Promise<void> {
  loading ??= (import(/* @vite-ignore */ searchModuleUrl) as Promise<typeof import("./controller.ts")>).then((m) =>
    forms.forEach(m.attach),
  );
  return loading;
}

// The `/` shortcut exists only here, and only helps with a keyboard: no hint on touch screens.
if (matchMedia("(hover: hover) and (pointer: fine)").matches) {
  for (const hint of document.querySelectorAll<HTMLElement>(".ea-search-hint")) hint.hidden = false;
}

for (const form of forms) {
  form.addEventListener("focusin", load, { once: true });
  form.addEventListener("submit", (event) => {
    // Until the module has taken over, hold the submit so Enter can still use the direct answer.
    if (form.dataset.eaReady) return;
    event.preventDefault();
    void load().then(() => form.requestSubmit());
  });
}

document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? "");
  const slash = event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
  if (!slash && !ctrlK) return;
  const form = forms.find((f) => f.dataset.eaSearch === "page") ?? forms[0];
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  if (!input) return;
  event.preventDefault();
  // The header stays in view on wide screens: focusing it must not scroll the page.
  input.focus({ preventScroll: true });
  input.select();
});

if (forms.some((f) => f.dataset.eaSearch === "page")) void load();
