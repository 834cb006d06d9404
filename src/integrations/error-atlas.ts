import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { readManifest } from "./build-manifest.ts";
import { type AtlasOptions, setAtlasOptions } from "./options.ts";
import { writeCodeMaps, writeSearchIndex } from "./search-index.ts";
import { searchModuleUrl } from "./search-module-url.ts";
import { writeSitemap } from "./sitemap.ts";

/**
 * The Error Atlas integration. Tells the content loader where the sources are
 * (`contentDir`, overridden by `ATLAS_CONTENT`; `include`/`exclude` globs
 * relative to it), and once the pages are built writes what is made from the
 * corpus the loader produced: the Pagefind index, the per-locale code maps
 * and the sitemap. Plain `astro build` gives the whole searchable site.
 */
export default function errorAtlas(options: AtlasOptions = {}): AstroIntegration {
  let cacheDir: URL | undefined;
  let site = new URL("http://localhost/");
  return {
    name: "error-atlas",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        setAtlasOptions(options);
        updateConfig({ vite: { plugins: [searchModuleUrl()] } });
      },
      "astro:config:done": ({ config }) => {
        cacheDir = config.cacheDir;
        if (config.site) site = new URL(config.site);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const manifest = cacheDir ? readManifest(cacheDir) : null;
        if (!manifest)
          throw new AstroError(
            "The content loader left no build manifest, so the search index and sitemap cannot be written.",
            "Run a full `astro build` (the content collections must load in the same build).",
          );
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const { counts } = await writeSearchIndex(dist, manifest);
        writeCodeMaps(dist, manifest);
        writeSitemap(dist, manifest, site);
        const summary = [...counts].map(([lang, n]) => `${lang} ${n}`).join(", ");
        logger.info(`search: indexed ${summary || "no pages"}; code maps, sitemap written (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
