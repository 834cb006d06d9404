// @ts-check
import { defineConfig } from "astro/config";

// Static site; URLs end with a slash (`/en/errors/{id}/`), one folder per page.
export default defineConfig({
  site: "https://error-atlas.example",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
