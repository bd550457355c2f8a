/**
 * Reader for plain text extracted from the PDFs (`pdftotext`, with or without `-layout`, pypdf and
 * similar): one source line per physical line, pages split at form feeds. Layout-preserving extractions
 * put separate page regions on one line (`’s-Gravenhage 2024      Tweede Kamer, …      1`): a run of four
 * or more spaces splits them into separate lines, and each line keeps its indentation relative to the
 * page, which tells list continuations and footnote texts apart. Accents that the print drew over a
 * letter and the extraction wrote beside it as a character of their own (`Kostic ´`) are composed.
 */
import { type SourceDocument, type SourceLine } from "./source.ts";

const CELL_GAP = / {4,}/u;

/** Spacing accents, as extractions write an accent drawn over a letter, and the combining mark each stands for. */
const SPACING_ACCENTS: Record<string, string> = {
  "\u00B4": "\u0301", // ´ acute
  "\u0060": "\u0300", // ` grave
  "\u00A8": "\u0308", // ¨ diaeresis
  "\u02C6": "\u0302", // ˆ circumflex
  "\u02C7": "\u030C", // ˇ caron
  "\u02DC": "\u0303", // ˜ tilde
  "\u02DA": "\u030A", // ˚ ring
  "\u00B8": "\u0327", // ¸ cedilla
  "\u02DB": "\u0328", // ˛ ogonek
  "\u02D8": "\u0306", // ˘ breve
  "\u02DD": "\u030B", // ˝ double acute
};
const ACCENT = "[\u00B4\u0060\u00A8\u02C6\u02C7\u02DC\u02DA\u00B8\u02DB\u02D8\u02DD]";
/** The same without the backtick, which plain text also uses as a quote (`` `woord' ``). */
const ACCENT_NOT_QUOTE = ACCENT.replace("\u0060", "");
/**
 * The accent after its letter, with the space the extraction puts before it: at a word's end (`Kostic
 * ´`), or inside a word after a vowel (`Pe ´rez`). Glued to a letter it is the text's own (`auto´s`
 * typed with an acute for an apostrophe).
 */
const ACCENT_AFTER = new RegExp(`(\\p{L})(?: (${ACCENT})(?![\\p{L}\\p{N}])|(?<=[aeiouyAEIOUY]) (${ACCENT_NOT_QUOTE})(?=\\p{Ll}))`, "gu");
/** The accent before its letter, at a word's start (`´Emile`). */
const ACCENT_BEFORE = new RegExp(`(^|[\\s(«“"])(${ACCENT_NOT_QUOTE})(\\p{L})`, "gu");

/**
 * The letter with the accent composed, or null when they make no letter of the Latin alphabets in use
 * (à … ž): a backtick before a word is a quote, not a grave accent.
 */
function composed(letter: string, accent: string): string | null {
  const one = (letter + SPACING_ACCENTS[accent]!).normalize("NFC");
  return one.length === 1 && one >= "\u00C0" && one <= "\u017F" ? one : null;
}

/** Composes the accents that stand beside their letters. */
export function composeSpacingAccents(text: string): string {
  if (!new RegExp(ACCENT, "u").test(text)) return text;
  return text
    .replace(ACCENT_AFTER, (whole, letter: string, atEnd: string | undefined, inWord: string | undefined) => composed(letter, atEnd ?? inWord!) ?? whole)
    .replace(ACCENT_BEFORE, (whole, before: string, accent: string, letter: string) => {
      const one = composed(letter, accent);
      return one ? before + one : whole;
    });
}

/** Reads extracted plain text; a form feed (`\f`) starts a new page. */
export function readText(text: string, path: string): SourceDocument {
  const pages = text.split("\f");
  const lines: SourceLine[] = [];
  let lineNumber = 1;
  pages.forEach((pageText, pageIndex) => {
    const raw = pageText.split("\n");
    const indents = raw.filter((l) => l.trim() !== "").map((l) => /^ */u.exec(l)![0].length);
    const margin = indents.length > 0 ? Math.min(...indents) : 0;
    let gap = pageIndex > 0;
    raw.forEach((l, i) => {
      const number = lineNumber + i;
      if (l.trim() === "") {
        gap = true;
        return;
      }
      const indent = /^ */u.exec(l)![0].length - margin;
      const cells = composeSpacingAccents(l.trim()).split(CELL_GAP);
      cells.forEach((cell, c) => {
        lines.push({
          text: cell.trim(),
          line: number,
          page: pageIndex + 1,
          ...(c === 0 && indent > 0 ? { indent } : {}),
          ...(gap || c > 0 ? { gapBefore: true } : {}),
        });
        gap = false;
      });
    });
    lineNumber += raw.length - 1;
  });
  return { path, format: "text", lines, inlineMarkdown: false };
}
