/**
 * Recognizes links to the article itself, in the three forms the sources use:
 * `#anchor`, `<slug>.md#anchor`, and the public docs/learn URL of the slug.
 * Returns the anchor (possibly empty) or null for any other link.
 */
export function sameArticleAnchor(href: string, slug: string): string | null {
  const url = href.trim();
  if (url.startsWith("#")) return safeDecode(url.slice(1));
  const hash = url.indexOf("#");
  const path = (hash === -1 ? url : url.slice(0, hash)).replace(/\?.*$/, "");
  const anchor = hash === -1 ? "" : safeDecode(url.slice(hash + 1));
  const last = path.replace(/\/+$/, "").split("/").pop() ?? "";
  const name = last.replace(/\.md$/i, "");
  if (name !== slug) return null;
  const isRelativeMd = !/^[a-z][a-z0-9+.-]*:/i.test(path) && /\.md$/i.test(last);
  const isDocsUrl = /^https?:\/\/(docs|learn)\.microsoft\.com\//i.test(path);
  return isRelativeMd || isDocsUrl ? anchor : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
