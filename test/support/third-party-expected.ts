/**
 * What a person read from the third-party documents (test/fixtures/third-party/expected, see its
 * README): the fingerprint of ./fingerprint.ts, the exact phrases each text must hold, and the record's
 * fields the fingerprint leaves out (a ministry's letter's Zaak number, «Zie ook» ids, unstated fields
 * and ministries).
 */
import { readFileSync } from "node:fs";
import type { KamervraagRecord } from "../../src/model.ts";

export const EXPECTED_DIR = "test/fixtures/third-party/expected";

/** A phrase of the record's markdown that must stand in one text. */
export interface Phrase {
  in: "question" | "answer" | "footnote" | "notice";
  /** The question's number, the first question an answer answers, or the footnote's number. */
  item: number;
  text: string;
}

/** The record's fields beside the fingerprint, each given only where the file states it. */
export interface OtherFields {
  zaak?: string | null;
  seeAlso?: string[];
  unstated?: string[];
  /** The ministries' ids, in the record's order. */
  ministries?: string[];
}

/**
 * Words a person reads apart that the record still prints glued, as the extraction glued them: the
 * known limits of ungluing (two plain words that could be a compound, glued inside a printed line).
 * The record is read with each undone before it is compared, and each must still be glued in it, so
 * that an entry is removed as soon as the product reads the words apart.
 */
export interface StillGlued {
  read: string;
  printed: string;
}

export interface ThirdPartyExpected {
  /** Compared with `fingerprint(record)` (after `withoutLost`). */
  fingerprint: Record<string, unknown>;
  stillGlued: StillGlued[];
  contains: Phrase[];
  other: OtherFields;
}

const OTHER_FIELDS = ["zaak", "seeAlso", "unstated", "ministries"] as const;

/** Reads `<id>.json`, without its `notes`. */
export function readThirdPartyExpected(id: string): ThirdPartyExpected {
  const {
    notes: _notes,
    contains = [],
    stillGlued = [],
    ...rest
  } = JSON.parse(readFileSync(`${EXPECTED_DIR}/${id}.json`, "utf8")) as Record<string, unknown> & {
    contains?: Phrase[];
    stillGlued?: StillGlued[];
  };
  const other: Record<string, unknown> = {};
  for (const key of OTHER_FIELDS) {
    if (key in rest) {
      other[key] = rest[key];
      delete rest[key];
    }
  }
  return { fingerprint: rest, contains, stillGlued, other };
}

/** The same fields of a record, for comparing with `other`. */
export function otherFieldsOf(record: KamervraagRecord, wanted: OtherFields): OtherFields {
  const all: OtherFields = {
    zaak: record.zaak,
    seeAlso: record.seeAlso,
    unstated: record.unstated ?? [],
    ministries: record.ministries.map((m) => m.id),
  };
  return Object.fromEntries(Object.keys(wanted).map((key) => [key, all[key as keyof OtherFields]]));
}

/** The text a phrase is looked for in, or undefined when the record has no such text. */
export function textOf(record: KamervraagRecord, phrase: Phrase): string | undefined {
  if (phrase.in === "question") return record.questions.find((q) => q.number === phrase.item)?.text;
  if (phrase.in === "answer") return record.answers.find((a) => a.questions[0] === phrase.item)?.text;
  if (phrase.in === "footnote") return record.footnotes.find((f) => f.number === phrase.item)?.text;
  return record.notice ?? undefined;
}
