/**
 * Identity: the footer's official id, else the masthead, else derived from the dates. A ministry's
 * letter prints only its Aanhangsel number (`AH 604`): the house and the vergaderjaar come from the
 * official id in its file's name, else the vergaderjaar from the date it was received and the house
 * from the letter's own words.
 */
import { sessionYearOf } from "../dates.ts";
import type { WorkLine } from "../footnotes.ts";
import { officialIdOfPath } from "../letter.ts";
import type { WorkDocument } from "../work.ts";
import type { Footer } from "./furniture.ts";
import type { HeaderSentences } from "./header-sentences.ts";
import type { DocumentMasthead } from "./masthead.ts";

export interface Identity {
  /** The house; null (reported) when a letter does not say it. */
  house: "tk" | "ek" | null;
  /** The Aanhangsel number; null (reported) when none was found. */
  number: number | null;
  /** The vergaderjaar (`2023-2024`); null (reported) when none was printed or derivable. */
  sessionYear: string | null;
  /** The Zaak number printed before the document proper, or null. */
  zaak: string | null;
  /** Whether the document is a ministry's answer letter, and where its opening stands. */
  letter: { at: WorkLine | null } | null;
}

export function readIdentity(work: WorkDocument, footer: Footer, masthead: DocumentMasthead, header: HeaderSentences): Identity {
  if (masthead.letter) return readLetterIdentity(work, masthead, header);
  const { officialId, runningHead } = footer;
  const house = officialId?.house ?? masthead.house ?? runningHead?.house ?? "tk";
  const number = masthead.number ?? officialId?.number ?? null;
  if (masthead.number !== null && officialId && officialId.number !== masthead.number) {
    work.report("error", "number-mismatch", `the masthead says number ${masthead.number} but the footer says ${officialId.number}`);
  }
  const derivedFrom = header.answer?.answered ?? header.question?.submitted ?? null;
  const sessionYear =
    work.source.frontMatter?.["sessionYear"] ??
    masthead.sessionYear ??
    officialId?.sessionYear ??
    runningHead?.sessionYear ??
    (derivedFrom ? sessionYearOf(derivedFrom) : null);
  if (number === null)
    work.report(
      "error",
      "number-missing",
      "no Aanhangsel number found (a number on its own line before the question sentence, or an official id like ah-tk-20232024-1234)",
    );
  if (sessionYear === null) work.report("error", "session-year-missing", "no vergaderjaar printed and no date to derive it from");
  return { house, number, sessionYear, zaak: masthead.zaak, letter: null };
}

function readLetterIdentity(work: WorkDocument, masthead: DocumentMasthead, header: HeaderSentences): Identity {
  const at = masthead.letterLine !== null ? work.lines[masthead.letterLine]! : null;
  const fileId = officialIdOfPath(work.source.path);
  const fileName = work.source.path.split(/[\\/]/u).at(-1);
  const printed = masthead.letter!.number;
  const number = printed ?? fileId?.number ?? null;
  if (printed !== null && fileId && fileId.number !== printed) {
    work.report(
      "warning",
      "letter-id-disagrees",
      `the letter says AH ${printed}, its file name ${fileName} says number ${fileId.number}; AH ${printed} is kept`,
      at,
    );
  }
  const answered = header.answer?.answered ?? null;
  const derived = answered ? sessionYearOf(answered) : null;
  const sessionYear = fileId?.sessionYear ?? masthead.sessionYear ?? derived;
  if (fileId && derived && derived !== fileId.sessionYear) {
    work.report(
      "warning",
      "letter-id-disagrees",
      `the letter was received on ${answered}, in vergaderjaar ${derived}, but its file name ${fileName} says ${fileId.sessionYear}; ${fileId.sessionYear} is kept`,
      at,
    );
  }
  const named = (fileId?.house ?? masthead.house) ? null : tweedeKamerNamed(work);
  const house = fileId?.house ?? masthead.house ?? (named ? "tk" : null);
  if (named) {
    work.report(
      "warning",
      "house-assumed",
      `the letter's file name has no official id; the house is taken to be the Tweede Kamer because line ${named.line} names it`,
      named,
    );
  }
  if (number === null) {
    work.report("error", "number-missing", "the letter has no «AH <number>» line and its file name no official id like ah-tk-20242025-604", at);
  }
  if (sessionYear === null) {
    work.report(
      "error",
      "session-year-missing",
      "the letter's file name has no official id like ah-tk-20242025-604 and its answer sentence no «(ontvangen <date>)» to derive the vergaderjaar from",
      at,
    );
  }
  if (house === null) {
    work.report(
      "error",
      "house-missing",
      "the letter does not say which house it answers: its file name has no official id like ah-tk-20242025-604 and its text never names the Tweede Kamer",
      at,
      "name the file by its official id",
    );
  }
  return { house, number, sessionYear, zaak: masthead.zaak, letter: { at } };
}

/** The first line of the document that names the Tweede Kamer (`aan de Tweede Kamer gestuurd`), or null. */
function tweedeKamerNamed(work: WorkDocument): WorkLine | null {
  return work.lines.find((l, i) => work.roles[i] !== "furniture" && /\bTweede\s+Kamer\b/u.test(l.text)) ?? null;
}
