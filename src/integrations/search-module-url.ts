import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** The module the search loader imports to learn where the search code was written. */
export const searchModuleUrlId = "virtual:error-atlas/search-module-url";
const resolvedId = `\0${searchModuleUrlId}`;
const controller = fileURLToPath(new URL("../search/client/controller.ts", import.meta.url));

/**
 * Builds the search code as its own entry chunk and gives the loader its URL.
 * A plain `import("./controller.ts")` makes Vite wrap the call in its
 * module-preload helper, 1 KB that every page would load before any search
 * (`build.modulePreload: false` does not remove it); importing a URL does not.
 */
export function searchModuleUrl(): Plugin {
  let reference: string | undefined;
  return {
    name: "error-atlas:search-module-url",
    applyToEnvironment: (environment) => environment.name === "client",
    buildStart() {
      if (this.meta.watchMode) return;
      reference = this.emitFile({ type: "chunk", id: controller, name: "controller" });
    },
    resolveId: (id) => (id === searchModuleUrlId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return;
      // In dev there is no bundle: the source module's own URL works.
      return reference
        ? `export default import.meta.ROLLUP_FILE_URL_${reference};`
        : `export default ${JSON.stringify(`/@fs${controller}`)};`;
    },
  };
}
