import { savedLocaleKey } from "../i18n/negotiate.ts";

/**
 * The few client scripts the site has, kept as source text so pages inline
 * them (`is:inline`): no bundle, nothing to download, pages work without them.
 */

/**
 * Language switcher: remember the choice, and keep the current `#hash` on the target page;
 * on search pages also keep the `?q=` query, which the server-rendered link cannot know.
 */
export const switcherScript = `document.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("a[data-ea-lang]");if(!a)return;try{localStorage.setItem(${JSON.stringify(savedLocaleKey)},a.getAttribute("data-ea-lang"))}catch(x){}if(location.search&&!a.search&&/\\/search\\/$/.test(a.pathname))a.search=location.search;if(location.hash&&!a.hash)a.hash=location.hash})`;

/** Copy buttons (hidden without JS): copy `data-ea-copy` and say so in the button. */
export const copyScript = `if(navigator.clipboard)document.querySelectorAll("button[data-ea-copy]").forEach(function(b){var l=b.querySelector("[data-ea-label]");b.hidden=false;b.addEventListener("click",function(){navigator.clipboard.writeText(b.getAttribute("data-ea-copy")).then(function(){l.textContent=b.getAttribute("data-ea-done")})})})`;

/** A stub page for an entity missing in its locale: go to the English fallback, keeping the `#hash`. */
export function redirectScript(target: string): string {
  return `location.replace(${JSON.stringify(target).replace(/</g, "\\u003c")}+location.hash)`;
}
