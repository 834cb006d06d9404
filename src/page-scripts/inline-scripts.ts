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

/** Theme picker (hidden without JS): show it with the current choice; apply and keep a new one ("auto" forgets it). */
export const themeScript = `(function(){var b=document.querySelector("[data-ea-theme]"),s=b&&b.querySelector("select"),r=document.documentElement;if(!s)return;s.value=r.dataset.theme||"auto";b.hidden=false;s.addEventListener("change",function(){var v=s.value;if(v==="auto")delete r.dataset.theme;else r.dataset.theme=v;try{v==="auto"?localStorage.removeItem("ea-theme"):localStorage.setItem("ea-theme",v)}catch(e){}})})()`;

/** Copy buttons (hidden without JS): copy `data-ea-copy` and say so in the button. */
export const copyScript = `if(navigator.clipboard)document.querySelectorAll("button[data-ea-copy]").forEach(function(b){var l=b.querySelector("[data-ea-label]");b.hidden=false;b.addEventListener("click",function(){navigator.clipboard.writeText(b.getAttribute("data-ea-copy")).then(function(){l.textContent=b.getAttribute("data-ea-done")})})})`;

/** A stub page for an entity missing in its locale: go to the English fallback, keeping the `#hash`. */
export function redirectScript(target: string): string {
  return `location.replace(${JSON.stringify(target).replace(/</g, "\\u003c")}+location.hash)`;
}

/**
 * Error index filter (the table works without it): show the box, and on typing keep the rows and English-only
 * entries whose text contains every typed word (any case; spaces inside a code ignored), saying when none does.
 */
export const indexFilterScript = `(function(){var d=document,b=d.querySelector("[data-ea-filter]"),i=b&&b.querySelector("input"),n=b&&b.querySelector("[data-ea-filter-none]");if(!i)return;var rows=[].slice.call(d.querySelectorAll("[data-ea-error-index] tbody tr, #ea-english-only ~ ul > li")),k=function(s){return s.toLowerCase().replace(/\\s+/g," ")};rows.forEach(function(r){r.dataset.eaText=k(r.textContent)+" "+k(r.textContent).replace(/ /g,"")});b.hidden=false;i.addEventListener("input",function(){var w=k(i.value).trim().split(" ").filter(Boolean),m=0;rows.forEach(function(r){var ok=w.every(function(x){return r.dataset.eaText.indexOf(x)>=0});r.hidden=!ok;if(ok)m++});n.hidden=m>0})})()`;
