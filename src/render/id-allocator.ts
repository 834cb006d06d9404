/** Page chrome owns every id with this prefix; content never takes one. */
export const CHROME_ID_PREFIX = "ea-";

/**
 * Hands out element ids that are unique within one page. The first claim of
 * a name keeps it (published anchors stay valid); later ones get `-1`, `-2`…
 * Content ids that look like chrome ids (`ea-…`) are moved out of the way.
 */
export class IdAllocator {
  readonly #used = new Set<string>();
  readonly #published: string[] = [];

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.#used.add(id);
  }

  claim(wanted: string): string {
    const id = wanted.startsWith(CHROME_ID_PREFIX) ? `content-${wanted}` : wanted;
    let candidate = id;
    for (let n = 1; this.#used.has(candidate); n++) candidate = `${id}-${n}`;
    this.#used.add(candidate);
    if (candidate === id) this.#published.push(id);
    return candidate;
  }

  /**
   * The ids handed out under the name asked for, in claim order (document order): the anchors the page
   * publishes. A repeat's `-1`, `-2` is left out: it exists on this page only, and no link names it.
   */
  published(): readonly string[] {
    return this.#published;
  }

  has(id: string): boolean {
    return this.#used.has(id);
  }
}
