/**
 * Pairing checks: every answer answers a question of the document, and every question is answered.
 * What does not pair is kept as printed and reported as a warning: a real document is published with
 * its doubts rather than left out.
 */
import type { WorkDocument } from "../work.ts";
import type { HeaderSentences } from "./header-sentences.ts";
import type { QuestionsAndAnswers } from "./questions-answers.ts";

export function checkPairing(work: WorkDocument, header: HeaderSentences, content: QuestionsAndAnswers): void {
  const { questions, answers, notice, questionNumbers, questionHeading, answerHeading } = content;
  const { kind } = header;
  const answeredBy = new Map<number, number>();
  answers.forEach((a, index) => {
    const at = answerHeading[index] ?? null;
    for (const n of a.questions) {
      if (!questionNumbers.has(n))
        work.report(
          "warning",
          "answer-without-question",
          `answer ${a.questions.join(" en ")} answers question ${n}, which is not in the document; the answer is kept`,
          at,
        );
      if (answeredBy.has(n)) work.report("warning", "answer-duplicate", `question ${n} is answered twice; both answers are kept`, at);
      answeredBy.set(n, index);
    }
  });
  if (kind === "antwoord") {
    for (const n of [...questionNumbers].sort((a, b) => a - b)) {
      if (!answeredBy.has(n))
        work.report(
          "warning",
          "answer-missing",
          `question ${n} has no answer; the question is kept`,
          questionHeading.get(n) ?? null,
          `expected a heading «Antwoord ${n}» after the question`,
        );
    }
  } else if (notice === null) {
    work.report("error", "notice-missing", "a Mededeling without the text of the notice");
  }
  if (questions.length === 0 && kind === "antwoord") {
    // Answers without any question are still the document's answers; without either there is nothing to publish.
    if (answers.length > 0) work.report("warning", "questions-missing", "no «Vraag 1» heading found; the answers are kept without their questions");
    else work.report("error", "questions-missing", "no «Vraag 1» heading found");
  }
}
