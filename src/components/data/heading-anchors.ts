const headingWithId = /<(h[2-6])\b([^>]*?\bid="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g;

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Visible text of a fragment of sanitized HTML: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
      if (ref[0] !== "#") return named[ref.toLowerCase()] ?? all;
      const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Adds a "link to this section" anchor at the end of every h2–h6 that has an id
 * in pre-rendered, sanitized body HTML. `label(title)` gives its accessible name.
 * The anchor is left out of the search index.
 */
export function withHeadingAnchors(html: string, label: (title: string) => string): string {
  return html.replace(headingWithId, (_all, tag: string, attrs: string, id: string, inner: string) => {
    const link = `<a class="ea-anchor" href="#${escapeAttr(id)}" aria-label="${escapeAttr(label(textOf(inner)))}" data-pagefind-ignore>#</a>`;
    return `<${tag}${attrs}>${inner} ${link}</${tag}>`;
  });
}
