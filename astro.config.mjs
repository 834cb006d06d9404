// @ts-check
import { defineConfig } from "astro/config";
import errorAtlas from "./src/integrations/error-atlas.ts";

// Static site; URLs end with a slash (`/en/errors/{id}/`), one folder per page.
export default defineConfig({
  site: "https://error-atlas.example",
  trailingSlash: "always",
  // One small stylesheet, inlined: an error page needs no request before it can render (budget: 15 KB gzipped).
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  // Sources: `content/` (`<locale>/<slug>.md`) or a DocFX docs tree (`<locale>/articles/<area>/<slug>.md`);
  // `ATLAS_CONTENT=<dir>` overrides `contentDir`. `include`/`exclude` take globs relative to it.
  integrations: [errorAtlas({ contentDir: "content" })],
});
