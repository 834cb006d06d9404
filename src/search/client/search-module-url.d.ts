/** The built search module's URL, given by the `error-atlas:search-module-url` Vite plugin. */
declare module "virtual:error-atlas/search-module-url" {
  const url: string;
  export default url;
}
