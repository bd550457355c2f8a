/**
 * Footnote markers at the start of a line. PyPDF2 ends a line where the raised marker starts, so that
 * the marker of `handeling.2 Dit is in 2022 …` stands at the start of the next line (`2 Dit is in 2022
 * …`), or on a line of its own (`1` after a question's last line), and belongs to the end of the line
 * before. The same shape is also a number of the text (`17 oktober`, `2 miljard`, `artikel` / `2 van
 * de wet`, a list item `2. Meerjarige …`); this module tells them apart by the words on both sides.
 * Which note a marker may be is the caller's: the next one due, printed on the same page.
 */

/** Words after which a number at the next line's start belongs to the text: a marker follows a word that ends a phrase. */
const TAKES_A_NUMBER = new Set(
  (
    "artikel art. artikelen nr. nrs. nummer nummers vraag vragen antwoord antwoorden paragraaf paragrafen lid leden bijlage bijlagen " +
    "pagina p. pp. blz. hoofdstuk punt punten stap fase lijn categorie niveau groep tabel figuur versie ronde week dag jaar " +
    "en of van met tot dan op om in aan voor na bij door over per de het een te ruim circa ca. bijna ongeveer maximaal minimaal " +
    "minstens slechts nog tussen vanaf sinds uit naar dat die deze dit zijn is was eur € $ £ nr no. no"
  ).split(" "),
);

/** Words right after a number that make it a quantity, a date or a range: `17 oktober`, `2 miljard`, `3 °C`, `2 tot 4`. */
const QUANTITY =
  /^\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|procent|procentpunt|procentpunten|%|‰|miljoen|miljard|duizend|honderd|euro|uur|minuten|seconden|dagen|dag|weken|week|maanden|maand|jaar|jaren|keer|maal|km|m|cm|mm|kg|ton|liter|graden|°|personen|mensen|x|×|t\/m|tot|à|of|en|[-–/:])(?![\p{L}])/iu;

/** A chemical formula's letters before a subscript the extraction moved to the next line: `CO` / `2-heffing`. */
const FORMULA_END = /(?:^|[\s(«])(?:CO|NO|SO|NH|CH|N|H|O|PM)$/u;

export interface LineStartMarker {
  /** The note numbers cited (`2 3` and `2, 3 en 4` cite several). */
  numbers: number[];
  /** Where the marker ends in the line: the rest is the text after it. */
  end: number;
}

/**
 * Reads a marker of note `k` at the start of `text`, the line after `previous`, with the notes after
 * `k` that `followsOn(n)` allows cited at the same place; null when the number is the text's own.
 */
export function lineStartMarker(text: string, previous: string, k: number, followsOn: (n: number) => boolean): LineStartMarker | null {
  const first = new RegExp(`^${k}(?=$|[\\s.,;:?!)»”’"])`, "u").exec(text);
  if (!first) return null;
  const numbers = [k];
  let end = first[0].length;
  for (;;) {
    const next = /^(?:\s*,\s*|\s+en\s+|\s+)(\d{1,3})(?=$|[\s.,;:?!)])/u.exec(text.slice(end));
    if (!next || Number(next[1]) !== numbers.at(-1)! + 1 || !followsOn(Number(next[1]))) break;
    numbers.push(Number(next[1]));
    end += next[0].length;
  }
  const rest = text.slice(end);
  const lastWord = (/(\S+)$/u.exec(previous.trim())?.[1] ?? "").toLowerCase();
  // After a number the digits continue it (`1.500` / `2`), but a year ends a date that a note may cite.
  const afterNumber = /[\d€$£]$/u.test(lastWord) && !/^(?:19|20)\d\d$/u.test(lastWord);
  if (previous.trim() === "" || TAKES_A_NUMBER.has(lastWord) || afterNumber || FORMULA_END.test(previous.trim())) return null;
  if (QUANTITY.test(rest) || /^\s*\d/u.test(rest)) return null;
  // `2. Meerjarige afspraken` after a finished sentence is a list item; after a word it is a marker
  // before the sentence's full stop (`natuurbranden` / `3. Hiermee`).
  if (/^[.)]\s+\p{Lu}/u.test(rest) && /[.:;?!»”)]$/u.test(previous.trim())) return null;
  return { numbers, end };
}
