import type { AstroIntegration } from "astro";
import { type AtlasOptions, setAtlasOptions } from "./options.ts";

/**
 * The Error Atlas integration: where the sources are (`contentDir`, overridden
 * by `ATLAS_CONTENT`; include/exclude globs relative to it).
 */
export default function errorAtlas(options: AtlasOptions = {}): AstroIntegration {
  return {
    name: "error-atlas",
    hooks: {
      "astro:config:setup": () => {
        setAtlasOptions(options);
      },
    },
  };
}
