// @ts-check
import { defineConfig } from "astro/config";

// Static site; URLs end with a slash (`/en/errors/{id}/`), one folder per page.
export default defineConfig({
  site: "https://error-atlas.example",
  trailingSlash: "always",
  // One small stylesheet, inlined: an error page needs no request before it can render (budget: 15 KB gzipped).
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
});
