/**
 * Turns one record into what its page shows: title, metadata rows, the questions and answers in reading
 * order with their headings and anchors, and one footnote list. Markdown is rendered here, once per
 * page, so that every block shares one footnote list; the template only lays the view out.
 */
import type { MarkdownIt } from "markdown-it";
import { answerDays, withinDeadline } from "./answer-time.ts";
import { labels } from "../labels.ts";
import { createFootnoteScope } from "../markdown/index.ts";
import type { Answer, KamervraagRecord, Question } from "../model.ts";
import { askerName, askerNames, documentHeading, dutchDate, respondentName, sessionYear } from "./format.ts";
import { caution, type Caution } from "./caution.ts";
import type { DocumentContext, RelatedRow } from "./document-context.ts";
import type { NavigationItem } from "./navigation.ts";
import { documentJsonUrl, officialUrl, seeAlsoUrl } from "./urls.ts";

/** One value of a metadata row: plain text, a link, or a date. */
export interface MetadataValue {
  text: string;
  href: string | null;
  /** ISO date for `<time datetime>`. */
  datetime: string | null;
}

/** One `<dt>` with its `<dd>`s. */
export interface MetadataRow {
  term: string;
  values: MetadataValue[];
}

/** A question, an answer or the notice, as a heading with an anchor and rendered HTML. */
export interface DocumentItem {
  type: "question" | "answer" | "notice";
  /** Page-local anchor: `vraag-1`, `antwoord-4`, `mededeling`. */
  id: string;
  heading: string;
  html: string;
  /** For a question answered by a grouped answer: a link to that answer. */
  answeredIn: { href: string; text: string } | null;
}

export interface DocumentView {
  id: string;
  title: string;
  description: string;
  heading: string;
  metadata: MetadataRow[];
  /** What the page tells the reader about the record's reliability, or null when there is nothing to tell. */
  caution: (Caution & { officialUrl: string; officialText: string }) | null;
  /** How long the answer took, as a sentence; null when a date is missing. */
  answerTime: string | null;
  /** The listings the document is in (askers, parties, ministries, topics, vergaderjaar, kind). */
  related: RelatedRow[];
  /** The site's main navigation (./navigation.ts). */
  navigation: NavigationItem[];
  /** The record as JSON. */
  jsonUrl: string;
  items: DocumentItem[];
  /** The footnote list (heading included), or "" when the document has none. */
  footnotes: string;
}

export type ReadingItem = { type: "question"; question: Question } | { type: "answer"; answer: Answer };

/** The question numbers a question entry stands for: `covers` for a grouped heading. */
export function questionNumbers(question: Question): number[] {
  return question.covers ?? [question.number];
}

/**
 * Interleaves questions and answers as the documents print them: each answer right after the last
 * question it answers (`Vraag 4`, `Vraag 5`, `Antwoord 4 en 5`). Answers naming a question the record
 * lacks come last rather than disappear.
 */
export function readingOrder(record: Pick<KamervraagRecord, "questions" | "answers">): ReadingItem[] {
  const items: ReadingItem[] = [];
  const asked = new Set<number>();
  let pending = [...record.answers];
  for (const question of record.questions) {
    items.push({ type: "question", question });
    for (const n of questionNumbers(question)) asked.add(n);
    const ready = pending.filter((answer) => answer.questions.every((n) => asked.has(n)));
    pending = pending.filter((answer) => !ready.includes(answer));
    for (const answer of ready) items.push({ type: "answer", answer });
  }
  for (const answer of pending) items.push({ type: "answer", answer });
  return items;
}

/** Text and target of a date value. */
function dateValue(isoDate: string): MetadataValue {
  return { text: dutchDate(isoDate), href: null, datetime: isoDate };
}

function textValue(text: string, href: string | null = null): MetadataValue {
  return { text, href, datetime: null };
}

export interface DocumentViewOptions {
  md: MarkdownIt;
  /** What the page takes from the rest of the site. */
  context: DocumentContext;
}

/** The answer time of a record as a sentence, or null. */
export function answerTimeText(record: Pick<KamervraagRecord, "submitted" | "answered" | "kind">): string | null {
  const days = answerDays(record);
  return days === null ? null : labels.answerTime(days, record.kind, withinDeadline(days));
}

function metadataRows(record: KamervraagRecord, context: DocumentContext): MetadataRow[] {
  const onSite = new Set(context.seeAlso.filter((other) => other.title !== null).map((other) => other.id));
  const rows: MetadataRow[] = [
    { term: labels.number, values: [textValue(String(record.number))] },
    { term: labels.sessionYear, values: [textValue(sessionYear(record.sessionYear))] },
    {
      term: record.askers.length === 1 ? labels.asker : labels.askers,
      values: record.askers.map((asker, i) => textValue(askerName(asker), context.askerUrls[i] ?? null)),
    },
    // The parties and ministries as links to their listings, beside what the document prints.
    ...context.related
      .filter((row) => ([labels.parties.one, labels.parties.many, labels.ministries.one, labels.ministries.many] as string[]).includes(row.term))
      .map((row) => ({ term: row.term, values: row.links.map((link) => textValue(link.text, link.href)) })),
    { term: labels.addressees, values: record.addressees.map((addressee) => textValue(addressee)) },
    {
      term: labels.respondents[record.kind],
      values: record.respondents.map((respondent) => textValue(respondentName(respondent))),
    },
    { term: labels.onBehalfOf, values: record.onBehalfOf.map((name) => textValue(name)) },
    { term: labels.submitted, values: record.submitted ? [dateValue(record.submitted)] : [] },
    { term: labels.answered[record.kind], values: record.answered ? [dateValue(record.answered)] : [] },
    {
      term: labels.officialPublication,
      values: [textValue(labels.officialPublicationLink(record.id), record.provenance?.officialUrl ?? officialUrl(record.id))],
    },
    // Where a fetched document came from: the publisher's version of it, and when this site took it.
    {
      term: labels.provenance.term,
      values: record.provenance ? [textValue(provenanceText(record.provenance))] : [],
    },
    {
      term: labels.seeAlso,
      values: context.seeAlso.map(({ id, title }) => textValue(title !== null ? `${title} (${id})` : id, seeAlsoUrl(id, onSite))),
    },
  ];
  return rows.filter((row) => row.values.length > 0);
}

/** Builds the view of one record's page. Throws a FootnoteError when its footnotes do not resolve. */
export function buildDocumentView(record: KamervraagRecord, options: DocumentViewOptions): DocumentView {
  const scope = createFootnoteScope(options.md, {
    docId: record.id,
    source: record.source.path,
    footnotes: record.footnotes.map((footnote) => ({ label: String(footnote.number), text: footnote.text })),
  });

  const order = readingOrder(record);
  const usedIds = new Set<string>();
  /** Anchors must be unique even when a damaged record repeats a number. */
  const uniqueId = (id: string) => {
    let unique = id;
    for (let n = 2; usedIds.has(unique); n++) unique = `${id}-${n}`;
    usedIds.add(unique);
    return unique;
  };

  // Ids first, so a question can link to the grouped answer that comes after it.
  const ids = order.map((item) => uniqueId(item.type === "question" ? `vraag-${item.question.number}` : `antwoord-${item.answer.questions[0]}`));
  const groupedAnswerOf = (question: Question) => {
    const numbers = questionNumbers(question);
    const index = order.findIndex(
      (item) => item.type === "answer" && item.answer.questions.length > 1 && item.answer.questions.some((n) => numbers.includes(n)),
    );
    const item = order[index];
    return item?.type === "answer" ? { href: `#${ids[index]}`, text: labels.answer(item.answer.questions) } : null;
  };

  // Rendered in reading order, so footnote references are numbered as they are read.
  const items: DocumentItem[] = order.map((item, index) => {
    const id = ids[index] ?? "";
    if (item.type === "question") {
      const heading = labels.question(questionNumbers(item.question));
      return { type: "question", id, heading, html: scope.render(item.question.text, heading), answeredIn: groupedAnswerOf(item.question) };
    }
    const heading = labels.answer(item.answer.questions);
    return { type: "answer", id, heading, html: scope.render(item.answer.text, heading), answeredIn: null };
  });
  if (record.notice !== null) {
    items.push({
      type: "notice",
      id: uniqueId("mededeling"),
      heading: labels.notice,
      html: scope.render(record.notice, labels.notice),
      answeredIn: null,
    });
  }

  const heading = documentHeading(record);
  return {
    id: record.id,
    title: labels.documentTitle(heading, record.id),
    description: labels.documentDescription({
      askers: askerNames(record.askers),
      subject: record.subject,
      kind: record.kind,
      respondents: record.respondents.map(respondentName),
      answered: record.answered ? dutchDate(record.answered) : null,
    }),
    heading,
    caution: cautionOf(record),
    metadata: metadataRows(record, options.context),
    answerTime: answerTimeText(record),
    related: options.context.related,
    navigation: options.context.navigation,
    jsonUrl: documentJsonUrl(record.id),
    items,
    footnotes: scope.renderFootnotes(),
  };
}

function cautionOf(record: KamervraagRecord): DocumentView["caution"] {
  const found = caution(record);
  return found && { ...found, officialUrl: officialUrl(record.id), officialText: labels.officialPublicationLink(record.id) };
}

/** `versie 2, gewijzigd op 22 juni 2021, opgehaald op 8 december 2026`, leaving out what the repository did not say. */
function provenanceText(provenance: NonNullable<KamervraagRecord["provenance"]>): string {
  const day = (value: string | null) => (value !== null && /^\d{4}-\d{2}-\d{2}/u.test(value) ? dutchDate(value.slice(0, 10)) : null);
  return labels.provenance.value(provenance.version, day(provenance.modified), day(provenance.fetchedAt));
}
