import { defaultSchema } from "rehype-sanitize";

type Schema = typeof defaultSchema;

/**
 * The allowlist for rendered bodies: GitHub's schema, without the
 * `user-content-` id prefix (anchors are a public contract), plus the
 * few classes our own plugins emit.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: "",
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ["className", /^callout(-[a-z]+)?$/], ["role", "note"]],
    p: [["className", "callout-title"]],
    span: [["className", "missing-image", "anchor-alias", "broken-link"]],
    a: [...(defaultSchema.attributes?.a ?? []), ["className", "heading-link"], "ariaLabel"],
  },
};
