/**
 * The compact form in which a person wrote down what each sample document says (see
 * test/fixtures/expected/README.md): first and last words of each text, footnote starts and URLs, and
 * where each footnote is cited. Computed here from a record, to compare with what was read.
 */
import type { KamervraagRecord } from "../../src/model.ts";

/** Markdown to the words a reader sees: footnote references, emphasis, escapes and list markers removed. */
export function plainWords(markdown: string): string[] {
  const text = markdown
    .replace(/\[\^\d+\]/gu, "")
    .replace(/^\s*(?:[-*+]|\d{1,2}\.)\s+/gmu, (m) => (/\d/u.test(m) ? m : ""))
    .replace(/<((?:https?:\/\/|mailto:|www\.)[^>]+)>/gu, "$1")
    .replace(/(\*\*|__)(.+?)\1/gu, "$2")
    .replace(/(?<![\w*\\])([*_])(?!\s)(.+?)(?<![\s\\])\1(?![\w*])/gu, "$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>&|=])/gu, "$1");
  return text.split(/\s+/u).filter((w) => w !== "");
}

function firstLast(markdown: string, n: number): { first: string; last: string } {
  const words = plainWords(markdown);
  if (words.length < n) return { first: words.join(" "), last: words.join(" ") };
  return { first: words.slice(0, n).join(" "), last: words.slice(-2).join(" ") };
}

/** The first web address in a text, rejoined already by the normalizer, trailing punctuation removed. */
export function firstUrl(markdown: string): string | null {
  const m = /(?:https?:\/\/|www\.)[^\s<>»«"]+/u.exec(plainWords(markdown).join(" "));
  if (!m) return null;
  return m[0].replace(/[).,;:]+$/u, "").replace(/\($/u, "");
}

export function fingerprint(record: KamervraagRecord) {
  const refs: { footnote: number; in: "question" | "answer"; item: number }[] = [];
  const collect = (text: string, where: "question" | "answer", item: number) => {
    for (const m of text.matchAll(/\[\^(\d+)\]/gu)) refs.push({ footnote: Number(m[1]), in: where, item });
  };
  record.questions.forEach((q) => collect(q.text, "question", q.number));
  record.answers.forEach((a) => collect(a.text, "answer", a.questions[0]!));
  refs.sort((a, b) => a.footnote - b.footnote);
  return {
    id: record.id,
    house: record.house,
    sessionYear: record.sessionYear,
    number: record.number,
    kind: record.kind,
    subject: record.subject,
    // As printed: what a person reads (the canonical party is the normalizer's own, tested apart).
    askers: record.askers.map(({ name, party }) => ({ name, party })),
    addressees: record.addressees,
    submitted: record.submitted,
    answered: record.answered,
    respondents: record.respondents,
    onBehalfOf: record.onBehalfOf,
    questions: record.questions.map((q) => ({
      number: q.number,
      ...firstLast(q.text, 4),
      ...(q.covers ? { covers: q.covers } : {}),
    })),
    answers: record.answers.map((a) => ({ questions: a.questions, ...firstLast(a.text, 4) })),
    ...(record.kind === "mededeling" ? { notice: record.notice ? firstLast(record.notice, 4) : null } : {}),
    footnotes: record.footnotes.map((f) => ({
      number: f.number,
      first: plainWords(f.text).slice(0, 3).join(" "),
      url: firstUrl(f.text),
    })),
    footnoteRefs: refs,
  };
}

/**
 * Drops from both sides what the expected form marks as lost by the input (`null`), except `url` and
 * `notice`, where null means "there is none" and must match.
 */
export function withoutLost<T>(expected: T, actual: T): [T, T] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const items: unknown[] = actual;
    const pairs = (expected as unknown[]).map((e, i) => withoutLost(e, items[i]));
    return [pairs.map((p) => p[0]) as T, [...pairs.map((p) => p[1]), ...items.slice(expected.length)] as T];
  }
  if (expected && typeof expected === "object" && actual && typeof actual === "object") {
    const e = { ...expected } as Record<string, unknown>;
    const a = { ...actual } as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (e[key] === null && key !== "url" && key !== "notice") {
        delete e[key];
        delete a[key];
      } else {
        [e[key], a[key]] = withoutLost(e[key], a[key]);
      }
    }
    return [e as T, a as T];
  }
  return [expected, actual];
}
