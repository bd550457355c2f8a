/**
 * The days the fetcher's windows are made of, as `YYYY-MM-DD`: the publisher dates a modification by
 * the day in the Netherlands, so "today" is the day in Europe/Amsterdam, whatever the machine's zone.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included, in order; none when `from` is later. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The day it is in the Netherlands at `now`. */
export function dutchDay(now: Date = new Date()): string {
  // en-CA writes a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Closed ranges of days, sorted and apart: `[["2024-09-01", "2024-09-30"], …]`. */
export type DayRanges = Array<[string, string]>;

export function inRanges(ranges: DayRanges, day: string): boolean {
  return ranges.some(([from, to]) => from <= day && day <= to);
}

/** `ranges` with `day` added, neighbours merged into one range. */
export function addToRanges(ranges: DayRanges, day: string): DayRanges {
  if (inRanges(ranges, day)) return ranges;
  const all = [...ranges, [day, day] as [string, string]].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: DayRanges = [];
  for (const range of all) {
    const last = merged.at(-1);
    if (last && addDays(last[1], 1) >= range[0]) {
      if (range[1] > last[1]) last[1] = range[1];
    } else merged.push([range[0], range[1]]);
  }
  return merged;
}
