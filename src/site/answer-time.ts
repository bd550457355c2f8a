/**
 * How long the government took to answer. The Rules of Procedure of the Tweede Kamer (Reglement van
 * Orde, on written questions) ask for an answer within three weeks of the questions being sent; a Mededeling
 * (a notice that the answer is late or comes elsewhere) counts as answered on its own date.
 */
import type { KamervraagRecord } from "../model.ts";

/** The three weeks the Rules of Procedure give, in days. */
export const ANSWER_DEADLINE_DAYS = 21;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a calendar date, as a whole number (no time zone involved). */
function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * Calendar days from `ingezonden` to `ontvangen` (the answer, or the Mededeling): 0 when both fall on
 * the same day; null when a date is missing or the answer would precede the questions.
 */
export function answerDays(record: Pick<KamervraagRecord, "submitted" | "answered">): number | null {
  if (!record.submitted || !record.answered) return null;
  const days = dayNumber(record.answered) - dayNumber(record.submitted);
  return days >= 0 ? days : null;
}

/** True when an answer took no longer than the three weeks. */
export function withinDeadline(days: number): boolean {
  return days <= ANSWER_DEADLINE_DAYS;
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface AnswerTimeStats {
  /** Documents in the group. */
  documents: number;
  /** Documents with both dates, which the figures below are about. */
  measured: number;
  /** Median answer time in days; null when nothing could be measured. */
  medianDays: number | null;
  /** Documents answered within the three weeks. */
  withinDeadline: number;
  /** `withinDeadline / measured`, from 0 to 1; null when nothing could be measured. */
  shareWithinDeadline: number | null;
}

/** The answer-time figures of a group of documents. */
export function answerTimeStats(records: ReadonlyArray<Pick<KamervraagRecord, "submitted" | "answered">>): AnswerTimeStats {
  const days = records.map(answerDays).filter((d): d is number => d !== null);
  const within = days.filter(withinDeadline).length;
  return {
    documents: records.length,
    measured: days.length,
    medianDays: median(days),
    withinDeadline: within,
    shareWithinDeadline: days.length > 0 ? within / days.length : null,
  };
}
