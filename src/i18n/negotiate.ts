/** localStorage key holding the reader's chosen locale path (`pt-pt`). */
export const savedLocaleKey = "ea-lang";

/**
 * The inline script of `/` and `/go/{code}/`: picks a locale path (the saved
 * choice, then the first of `navigator.languages` matching a path exactly,
 * then by primary subtag, then the first path, English) and replaces the
 * location with that locale's target, keeping the `#hash`. It can only go to
 * one of `targets`, which the build fills with this site's own pages.
 */
export function negotiationScript(targets: Readonly<Record<string, string>>): string {
  // JSON in a <script>: `<` escaped so no value can close the element.
  const json = JSON.stringify(targets).replace(/</g, "\\u003c");
  return `(function(t){var s,p=Object.keys(t),l=navigator.languages||[navigator.language],i,j,c;try{s=localStorage.getItem(${JSON.stringify(savedLocaleKey)})}catch(e){}if(!Object.prototype.hasOwnProperty.call(t,s)){s=p[0];a:for(i=0;i<l.length;i++){c=String(l[i]).toLowerCase();for(j=0;j<p.length;j++)if(p[j]===c){s=c;break a}c=c.split("-")[0];for(j=0;j<p.length;j++)if(p[j].split("-")[0]===c){s=p[j];break a}}}location.replace(t[s]+location.hash)})(${json})`;
}
