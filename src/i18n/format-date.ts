/** A source date (`2019-07-05`) written out for readers of one locale (`5 июля 2019 г.`). */
export function formatDate(isoDate: string, tag: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
