import type { HeadingInfo, ParsedSource } from "../parser/types.ts";

/**
 * The anchors that identify a section across locales: its `<a name>`
 * anchors; for a heading without any, its DocFX auto-id, but only in a
 * source-language original (English), whose auto-ids translations carry as
 * `<a name>`. A translated heading's auto-id comes from translated text and
 * never identifies anything.
 */
export function sectionAnchors(source: ParsedSource, heading: HeadingInfo): string[] {
  if (heading.anchors.length || !heading.autoId) return heading.anchors;
  const original = source.meta.translation === "source" || source.meta.localeFrom === "source-language";
  return original ? [heading.autoId] : [];
}
