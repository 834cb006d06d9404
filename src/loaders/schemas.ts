import { z } from "astro/zod";

const sourceRef = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  date: z.string(),
  translation: z.enum(["machine", "human", "source"]),
});

const entityBase = {
  id: z.string().min(1),
  locale: z.string().min(2),
  anchors: z.array(z.string()),
  title: z.string(),
  locales: z.array(z.string()).min(1),
  fallbackLocale: z.string().min(2),
  source: sourceRef,
};

const causeRef = z.object({
  ref: z.string().nullable(),
  kind: z.enum(["cause", "solution", "text"]),
  text: z.string(),
  title: z.string(),
});

export const errorSchema = z.object({
  ...entityBase,
  kind: z.literal("error"),
  codes: z.array(z.string()).min(1),
  aliases: z.array(z.string()),
  message: z.string(),
  causes: z.array(causeRef),
  steps: z.array(causeRef),
  references: z.array(
    z.object({
      kind: z.enum(["cause", "step", "see-also"]),
      ref: z.string().nullable(),
      target: z.enum(["error", "cause", "solution"]).nullable(),
      anchor: z.string().nullable(),
      sub: z.string().nullable(),
      text: z.string(),
      title: z.string(),
    }),
  ),
  bodyHtml: z.string(),
  blocks: z.array(
    z.object({ ref: z.string(), kind: z.enum(["cause", "solution"]), title: z.string(), html: z.string(), lang: z.string().optional() }),
  ),
});

export const causeSchema = z.object({
  ...entityBase,
  kind: z.literal("cause"),
  bodyHtml: z.string(),
  solution: z.object({ title: z.string(), anchors: z.array(z.string()), html: z.string() }).nullable(),
});

export const solutionSchema = z.object({
  ...entityBase,
  kind: z.literal("solution"),
  bodyHtml: z.string(),
  subAnchors: z.array(z.string()),
});

export const articleSchema = z.object({
  id: z.string(),
  older: z.boolean(),
  slug: z.string(),
  locale: z.string(),
  title: z.string(),
  description: z.string(),
  date: z.string(),
  translation: z.enum(["machine", "human", "source"]),
  revision: z.string(),
  revisions: z.array(z.string()),
  file: z.string(),
  sections: z.array(z.object({ kind: z.string(), id: z.string().nullable(), anchors: z.array(z.string()), title: z.string() })),
  html: z.string(),
});

export const diagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  message: z.string(),
});
