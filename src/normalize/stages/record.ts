/** Record and schema: the checks on the record's fields, then the record, validated by the schema. */
import { recordSchema, type Footnote, type KamervraagRecord } from "../../model.ts";
import { withCanonicalIds } from "../canonical.ts";
import { parseSeeAlso, type QuestionSentence } from "../header.ts";
import { describeFields, LETTER_UNSTATED } from "../letter.ts";
import { isKnownParty } from "../vocabulary.ts";
import type { WorkDocument } from "../work.ts";
import type { Footer } from "./furniture.ts";
import type { HeaderSentences } from "./header-sentences.ts";
import type { Identity } from "./identity.ts";
import type { QuestionsAndAnswers } from "./questions-answers.ts";

/** Warns about party spellings that may be typos, and reports an answer dated before its questions. */
export function checkAskersAndDates(work: WorkDocument, header: HeaderSentences, question: QuestionSentence | null): void {
  const { answer, firstLine } = header;
  for (const a of question?.askers ?? []) {
    if (!isKnownParty(a.party)) {
      work.report("warning", "party-unknown", `party «${a.party}» of ${a.name} is not a known party spelling`, firstLine, "kept as printed; check for a typo");
    }
  }
  if (question?.submitted && answer?.answered && answer.answered < question.submitted) {
    work.report("error", "dates-order", `answered (${answer.answered}) before submitted (${question.submitted})`, firstLine);
  }
}

export interface RecordParts {
  footer: Footer;
  identity: Identity;
  header: HeaderSentences;
  /** The question sentence: the header's, or the one a notice names. */
  question: QuestionSentence | null;
  content: QuestionsAndAnswers;
  footnotes: Footnote[];
}

/**
 * The record, or null when it has no id or fails the schema. A ministry's letter without the question
 * sentence leaves its fields empty and lists them as unstated, rather than guess them.
 */
export function buildRecord(work: WorkDocument, parts: RecordParts): KamervraagRecord | null {
  const {
    footer: { officialId },
    identity: { house, number, sessionYear, zaak, letter },
    header,
    question,
    content,
    footnotes,
  } = parts;
  const { answer } = header;
  const unstated = letter && !question ? LETTER_UNSTATED : [];
  if (letter) {
    const fields = unstated.length > 0 ? `; it does not state ${describeFields(unstated)}, which are left empty` : "";
    work.report("warning", "letter-form", `the document is the ministry's answer letter, not the typeset Aanhangsel${fields}`, letter.at);
  }
  if (number === null || sessionYear === null || house === null) return null;
  const [y1, y2] = sessionYear.split("-");
  const candidate = {
    id: `ah-${house}-${y1}${y2}-${number}`,
    house,
    sessionYear,
    number,
    kind: header.kind,
    zaak,
    subject: question?.subject ?? (letter ? null : ""),
    askers: question?.askers ?? [],
    addressees: question?.addressees ?? [],
    submitted: question?.submitted ?? null,
    answered: answer?.answered ?? null,
    respondents: answer?.respondents ?? [],
    onBehalfOf: answer?.onBehalfOf ?? [],
    questions: content.questions,
    answers: content.answers,
    notice: content.notice,
    footnotes,
    seeAlso: header.seeAlsoText ? parseSeeAlso(header.seeAlsoText, house) : [],
    ...(unstated.length > 0 ? { unstated: [...unstated] } : {}),
    source: { path: work.source.path, format: work.source.format },
  };
  if (officialId && candidate.id !== `ah-${officialId.house}-${officialId.sessionYear.replace("-", "")}-${officialId.number}`) {
    work.report("error", "id-mismatch", `the footer's id does not agree with the masthead (${candidate.id})`);
  }
  const parsed = recordSchema.safeParse(withCanonicalIds(candidate));
  if (parsed.success) return parsed.data;
  // An error reported above already explains an incomplete record; the schema speaks when none did.
  const explained = work.diagnostics.some((d) => d.severity === "error");
  for (const issue of explained ? [] : parsed.error.issues) {
    work.report("error", "schema", `${issue.path.join(".") || "record"}: ${issue.message}`);
  }
  return null;
}
