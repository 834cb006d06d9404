/**
 * The 404 page's script: show the message of the locale in the URL's first
 * segment (and set `<html lang>`), and send a `/go/` link written in another
 * case to its lowercase page when that page exists (`slugs`).
 */
export function notFoundScript(paths: readonly string[], slugs: readonly string[]): string {
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");
  return `(function(p,g){var s=location.pathname.split("/"),l=(s[1]||"").toLowerCase(),c;if(l==="go"&&s[2]){try{c=decodeURIComponent(s[2]).toLowerCase()}catch(e){}if(c&&g.indexOf(c)>=0&&c!==s[2]){location.replace("/go/"+encodeURIComponent(c)+"/"+location.hash);return}}if(p.indexOf(l)<0)return;document.addEventListener("DOMContentLoaded",function(){document.querySelectorAll("[data-ea-404]").forEach(function(e){e.hidden=e.getAttribute("data-ea-404")!==l});document.documentElement.lang=document.querySelector("[data-ea-404='"+l+"']").getAttribute("lang")})})(${json(paths)},${json(slugs)})`;
}
