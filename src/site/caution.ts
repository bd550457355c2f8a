/**
 * What a document's page tells its reader about the record's own reliability: which fields its source
 * does not state (a ministry's answer letter does not repeat who asked, whom, about what and when) and
 * what may be wrong in it (its doubts: the warnings of its source, of the publisher's metadata and of
 * the comparison of its forms). The diagnostics speak to a publisher, in English and with line
 * numbers; a reader gets one Dutch sentence per kind of doubt, and the official publication to check.
 */
import { joinDutch, labels } from "../labels.ts";
import type { Doubt, KamervraagRecord, UnstatedField } from "../model.ts";

export interface Caution {
  /** The sentence naming what the source does not say, or null when it says everything. */
  unstated: string | null;
  /** One sentence per kind of doubt, in the order the doubts were found. */
  doubts: string[];
}

type Kind = keyof typeof labels.caution.kinds;

/**
 * The kinds of doubt a reader is told of, by diagnostic code (a prefix ends in `-`); null for what
 * the page says otherwise (the letter form: the unstated fields) or what changes nothing a reader
 * sees (control characters removed). Codes not listed here fall to the general sentence: a new kind
 * of warning is never hidden from the page.
 */
const KINDS: ReadonlyArray<[code: string, kind: Kind | null]> = [
  ["footnote-", "footnotes"],
  ["answer-missing", "unanswered"],
  ["answer-without-question", "numbering"],
  ["question-duplicate", "numbering"],
  ["answer-duplicate", "numbering"],
  ["question-order", "numbering"],
  ["number-skipped", "numbering"],
  ["heading-", "numbering"],
  ["questions-missing", "numbering"],
  ["toelichting-kept", "closing"],
  ["letter-id-disagrees", "sources"],
  ["house-assumed", "sources"],
  ["parenthesis-unclosed", null],
  ["question-empty", "empty"],
  ["answer-empty", "empty"],
  ["unknown-text", "unplaced"],
  ["unplaced-text", "unplaced"],
  ["answer-sentence-leftover", "unplaced"],
  ["name-corrected", "nameCorrected"],
  ["names-disagree", "sources"],
  ["dates-disagree", "sources"],
  ["metadata-", "sources"],
  ["forms-disagree", "sources"],
  ["party-unknown", "spelling"],
  ["ministry-unknown", "spelling"],
  ["words-", "words"],
  ["letter-form", null],
  ["control-characters", null],
];

function kindOf(code: string): Kind | null {
  const found = KINDS.find(([prefix]) => (prefix.endsWith("-") ? code.startsWith(prefix) : code === prefix));
  return found ? found[1] : "other";
}

export function caution(record: Pick<KamervraagRecord, "unstated" | "doubts">): Caution | null {
  const unstated = record.unstated?.length ? labels.caution.unstated(joinDutch(record.unstated.map((f: UnstatedField) => labels.caution.fields[f]))) : null;
  const kinds = new Set((record.doubts ?? []).map((d: Doubt) => kindOf(d.code)).filter((kind) => kind !== null));
  const doubts = [...kinds].map((kind) => labels.caution.kinds[kind]);
  return unstated === null && doubts.length === 0 ? null : { unstated, doubts };
}
