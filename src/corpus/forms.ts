/**
 * One record per document, whatever forms of it the sources hold: the official XML, the official
 * HTML, the PDF, text or markdown converted from it. The record comes from the most authoritative form;
 * the others are normalized too and compared field by field, and every difference is a warning naming
 * the two files, so that a damaged conversion shows where it went wrong.
 */
import type { Diagnostic, KamervraagRecord, SourceFormat } from "../model.ts";

/** Most authoritative first: the publisher's marked-up forms, then what its PDF shows, then conversions. */
const AUTHORITY: readonly SourceFormat[] = ["xml", "html", "pdf", "markdown", "text"];

/** Of several records of one document, the one to publish. */
export function mostAuthoritative(records: readonly KamervraagRecord[]): KamervraagRecord {
  return [...records].sort((a, b) => AUTHORITY.indexOf(a.source.format) - AUTHORITY.indexOf(b.source.format))[0] as KamervraagRecord;
}

/** The fields a reader would notice, as comparable text. */
function fieldsOf(record: KamervraagRecord): Record<string, string> {
  const fields: Record<string, string> = {
    kind: record.kind,
    subject: record.subject === null ? "—" : loose(record.subject),
    askers: record.askers.map((a) => `${a.name} (${a.canonicalParty})`).join(", "),
    addressees: record.addressees.join(", "),
    submitted: record.submitted ?? "—",
    answered: record.answered ?? "—",
    respondents: record.respondents.map((r) => `${r.role} ${r.name}`).join(", "),
    questions: record.questions.map((q) => (q.covers ?? [q.number]).join("+")).join(", "),
    answers: record.answers.map((a) => a.questions.join("+")).join(", "),
    notice: record.notice === null ? "—" : loose(record.notice),
    footnotes: String(record.footnotes.length),
  };
  for (const question of record.questions) fields[`question ${question.number}`] = loose(question.text);
  for (const answer of record.answers) fields[`answer ${answer.questions.join("+")}`] = loose(answer.text);
  return fields;
}

/** Text without markdown's markup, escapes and footnote references, white space folded. */
function loose(text: string): string {
  return text
    .replace(/\[\^\d+\]/gu, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/\\(.)/gu, "$1")
    .replace(/[*_`]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Every field in which `other` differs from the `chosen` record, as one warning on the other's file. */
export function compareForms(chosen: KamervraagRecord, other: KamervraagRecord): Diagnostic[] {
  const a = fieldsOf(chosen);
  const b = fieldsOf(other);
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const differing = names.filter((name) => a[name] !== b[name]);
  return differing.map((name) => ({
    file: other.source.path,
    severity: "warning" as const,
    code: "forms-disagree",
    message: `${name}: «${short(b[name])}» here, «${short(a[name])}» in ${chosen.source.path}, the ${chosen.source.format} form, which is published`,
  }));
}

function short(text: string | undefined): string {
  if (text === undefined) return "(none)";
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
