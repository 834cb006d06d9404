import type { ContentOptions } from "../loaders/content-root.ts";

/** Options of the Error Atlas integration, as `astro.config.mjs` gives them. */
export interface AtlasOptions extends ContentOptions {}

// The integration runs in Astro's process and the loader in a module Vite loads
// into that same process: a global symbol is the one place both see.
const KEY = Symbol.for("error-atlas.options");
type Holder = { [KEY]?: AtlasOptions };

/** Called by the integration when Astro sets up: what the content loader will read. */
export function setAtlasOptions(options: AtlasOptions): void {
  (globalThis as Holder)[KEY] = { ...options };
}

/** The integration's options (empty when the loader runs without it, as in unit tests). */
export function atlasOptions(): AtlasOptions {
  return (globalThis as Holder)[KEY] ?? {};
}
