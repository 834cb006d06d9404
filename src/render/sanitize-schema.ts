import { defaultSchema } from "rehype-sanitize";

type Schema = typeof defaultSchema;

/**
 * The allowlist for rendered bodies: GitHub's schema plus the few classes our
 * own plugins emit. Clobber protection (the `user-content-` id prefix) is off
 * because anchors are a public contract; collisions with page chrome are
 * prevented instead by IdAllocator, which keeps content out of `ea-…` ids.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    // `data-alert` is the parser's mark on an alert; rehype-callouts turns it into the callout's title.
    div: [...(defaultSchema.attributes?.div ?? []), ["className", /^callout(-[a-z]+)?$/], ["role", "note"], ["dataAlert", /^[a-z]+$/]],
    p: [["className", "callout-title"]],
    span: [["className", "missing-image", "anchor-alias", "broken-link"]],
    a: [...(defaultSchema.attributes?.a ?? []), ["className", "heading-link"], "ariaLabel"],
  },
};
