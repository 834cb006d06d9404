/** A source date (`2019-07-05`) written out for readers of one locale (`5 июля 2019 г.`). */
export function formatDate(isoDate: string, tag: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/**
 * The text that follows a date in a sentence, without the sentence's own period when the
 * formatted date already ends with one (ru `5 июля 2019 г.` + `.` would read `г..`).
 */
export function textAfterDate(formattedDate: string, after: string): string {
  return formattedDate.endsWith(".") && after.startsWith(".") ? after.slice(1) : after;
}

/** A translated sentence with a formatted date filled in, without a doubled period after the date. */
export function sentenceWithDate(fill: (date: string) => string, formattedDate: string): string {
  const sentence = fill(formattedDate);
  return formattedDate.endsWith(".") ? sentence.replace(`${formattedDate}.`, formattedDate) : sentence;
}
