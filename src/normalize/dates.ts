/**
 * Dutch calendar dates as printed (`15 januari 2021`) and the vergaderjaar they fall in. Dates are
 * calendar dates: they are never turned into instants, so no time zone can shift them.
 */

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"] as const;

/** Matches a printed Dutch date; the month name in any case, the day with or without leading zero. */
export const DUTCH_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join("|")})\\s+(\\d{4})\\b`, "iu");

export type DateParse = { ok: true; iso: string } | { ok: false; reason: string };

/** Parses `15 januari 2021` to `2021-01-15`; an impossible date (`31 februari 2024`) is a failure. */
export function parseDutchDate(text: string): DateParse {
  const m = DUTCH_DATE.exec(text.replace(/\s+/gu, " "));
  if (!m) return { ok: false, reason: `no date in «${text.trim()}»` };
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1;
  const year = Number(m[3]);
  if (!isCalendarDate(year, month, day)) return { ok: false, reason: `«${m[0]}» is not a date in the calendar` };
  return { ok: true, iso: toIso(year, month, day) };
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Prinsjesdag, the opening of the parliamentary year: the third Tuesday of September. */
export function prinsjesdag(year: number): string {
  const firstWeekday = new Date(Date.UTC(year, 8, 1)).getUTCDay(); // 0 = Sunday
  const firstTuesday = 1 + ((2 - firstWeekday + 7) % 7);
  return toIso(year, 9, firstTuesday + 14);
}

/** The vergaderjaar (`2020-2021`) an ISO date falls in: from Prinsjesdag to the day before the next one. */
export function sessionYearOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  return iso >= prinsjesdag(year) ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/** Days from one ISO date to another, counting calendar days. */
export function daysBetween(fromIso: string, toIsoDate: string): number {
  const parse = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((parse(toIsoDate) - parse(fromIso)) / 86_400_000);
}
