/**
 * How the site writes dates, names and titles: pure functions, the templates' filters under their own
 * names (src/render/nunjucks.ts), tested without Eleventy.
 */
import { joinDutch, labels } from "../labels.ts";
import type { KamervraagRecord, PrintedAsker, Respondent } from "../model.ts";
import { documentUrl, officialUrl } from "./urls.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_LONG_DATE = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

/**
 * Formats a calendar date (`2021-04-09`) the Dutch way (`9 april 2021`). The date is taken at noon UTC,
 * which is the same day in Amsterdam in summer and winter time, so it never shifts.
 */
export function dutchDate(isoDate: string): string {
  const known = formattedDates.get(isoDate);
  if (known !== undefined) return known;
  const match = ISO_DATE.exec(isoDate);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : null;
  if (!date || date.toISOString().slice(0, 10) !== isoDate) {
    throw new TypeError(`dutchDate: expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  }
  const formatted = DUTCH_LONG_DATE.format(date);
  formattedDates.set(isoDate, formatted);
  return formatted;
}

/**
 * Dates formatted so far: every page shows several, an archive has a few thousand distinct ones, and
 * Intl formatting is among the costliest steps of rendering a page.
 */
const formattedDates = new Map<string, string>();

/** `2020-2021` → `2020–2021` (an en dash, as printed). */
export function sessionYear(value: string): string {
  return value.replace("-", "–");
}

/** `Buitenweg (GroenLinks)`; by the name in full where a witness gave it: `Romke de Jong (D66)`. */
export function askerName(asker: PrintedAsker): string {
  return `${asker.fullName ?? asker.name} (${asker.party})`;
}

/** `Van den Nieuwenhuijzen (GroenLinks) en Buitenweg (GroenLinks)`. */
export function askerNames(askers: readonly PrintedAsker[]): string {
  return joinDutch(askers.map(askerName));
}

/** `Minister Kaag (Buitenlandse Handel en Ontwikkelingssamenwerking)`. */
export function respondentName(respondent: Respondent): string {
  const name = `${respondent.role} ${respondent.name}`;
  return respondent.portfolio ? `${name} (${respondent.portfolio})` : name;
}

/**
 * Upper-cases the first letter for use as a title (subjects are printed after "over", in lower case);
 * the Dutch digraph `ij` becomes `IJ`.
 */
export function upperFirst(text: string): string {
  return text.replace(/^(?:ij|\p{Ll})/u, (start) => start.toLocaleUpperCase("nl"));
}

/**
 * A document's title: its subject, or, when its source does not say the subject (a ministry's answer
 * letter), what it is and its number, so that no page, link or feed entry is left without a name.
 */
export function documentHeading(record: Pick<KamervraagRecord, "subject" | "kind" | "number" | "sessionYear">): string {
  return record.subject !== null ? upperFirst(record.subject) : labels.untitledDocument(record.kind, record.number, sessionYear(record.sessionYear));
}

/**
 * The titles that more than one of `records` has. A list of documents names each link by its
 * title; where two share one, the link also needs the id, or a screen reader's list of links shows
 * two equal names for two different documents (WCAG 2.4.4).
 */
export function repeatedHeadings(records: ReadonlyArray<Pick<KamervraagRecord, "subject" | "kind" | "number" | "sessionYear">>): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const record of records) {
    const heading = documentHeading(record);
    (seen.has(heading) ? repeated : seen).add(heading);
  }
  return [...repeated];
}

/** The date of the newest answer or notice among `records`, or null when none has one. */
export function newestAnswered(records: ReadonlyArray<Pick<KamervraagRecord, "answered">>): string | null {
  let newest: string | null = null;
  for (const { answered } of records) if (answered !== null && (newest === null || answered > newest)) newest = answered;
  return newest;
}

export const filters = {
  dutchDate,
  sessionYear,
  askerName,
  askerNames,
  respondentName,
  upperFirst,
  documentHeading,
  repeatedHeadings,
  newestAnswered,
  documentUrl,
  officialUrl,
};
