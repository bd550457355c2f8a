/** Identity: the footer's official id, else the masthead, else derived from the dates. */
import { sessionYearOf } from "../dates.ts";
import type { Masthead } from "../furniture.ts";
import type { WorkDocument } from "../work.ts";
import type { Footer } from "./furniture.ts";
import type { HeaderSentences } from "./header-sentences.ts";

export interface Identity {
  house: "tk" | "ek";
  /** The Aanhangsel number; null (reported) when none was found. */
  number: number | null;
  /** The vergaderjaar (`2023-2024`); null (reported) when none was printed or derivable. */
  sessionYear: string | null;
}

export function readIdentity(work: WorkDocument, footer: Footer, masthead: Masthead, header: HeaderSentences): Identity {
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
  return { house, number, sessionYear };
}
