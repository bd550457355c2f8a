/**
 * Page furniture that an extraction glued into one line, or onto the text around it: PyPDF2 writes
 * page 1's footer as `ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025,
 * Aanhangsel 1`, with the page number glued to the running head and, where the page's text runs on,
 * the next words glued to the number. The line is cut into its parts, so that the furniture is dropped
 * and the words around it are kept.
 */

export interface LinePiece {
  text: string;
  furniture: boolean;
}

interface Match {
  start: number;
  end: number;
  kind: "issn" | "place" | "id" | "running-head";
}

const ISSN = /ISSN\s*\d{4}\s*-\s*\d{3}[\dX]/giu;
const PLACE = /[’'‘`]?s[-\s]?Gravenhage,?\s+\d{4}/giu;
const OFFICIAL_ID = /ah-(?:tk|ek)-\d{8}-\d+/giu;
const RUNNING_HEAD = /(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s+(?:Aanhangsel|Vragen)/giu;
const ANY = /ISSN|Gravenhage|vergaderjaar|ah-(?:tk|ek)-/iu;

/**
 * Where a running head that stands inside a line ends, its page number included, or -1 when it is no
 * running head but a citation (`Aanhangsel van de Handelingen`, `Aanhangsel 2386 (Antwoord …)`). Its
 * number must be the page that is due. A page number glued to digits after it is told from them by
 * that page (`Aanhangsel 22023` on page 2 is page 2 and `2023`), but only where the head opens the line
 * or follows the rest of the footer: after other text it is a cited number (`3Tweede Kamer, …,
 * Aanhangsel 2386`).
 */
function runningHeadEnd(text: string, at: number, expectedPage: number, opensFooter: boolean): number {
  const rest = text.slice(at);
  if (rest.trim() === "") return text.length;
  const number = /^\s+(\d+)/u.exec(rest);
  if (!number) return /^\s/u.test(rest) ? -1 : at;
  const digits = number[1]!;
  const expected = String(expectedPage);
  const numberStart = at + number[0].length - digits.length;
  if (digits === expected) return numberStart + digits.length;
  if (opensFooter && digits.startsWith(expected) && digits[expected.length] !== "0") return numberStart + expected.length;
  return -1;
}

const FOOTER_BEFORE = /(?:^|ISSN\s*\d{4}\s*-\s*\d{3}[\dX]|Gravenhage,?\s+\d{4}|ah-(?:tk|ek)-\d{8}-\d+)\s*$/iu;
const SESSION = /(\d{4})\s*[–-]\s*(\d{4})/u;

/**
 * Cuts a line into furniture and text when furniture is glued into it; null when it holds none, or is
 * nothing but one piece of furniture (read as a whole line elsewhere). `expectedPage` is the page whose
 * running head is due, to tell a glued page number from the words after it; `sessionYear` (`2024-2025`),
 * when known, the vergaderjaar its running heads print: a head of another year is a citation.
 */
export function splitGluedFurniture(text: string, expectedPage: number, sessionYear: string | null = null): LinePiece[] | null {
  if (!ANY.test(text)) return null;
  const matches: Match[] = [];
  for (const [pattern, kind] of [
    [ISSN, "issn"],
    [PLACE, "place"],
    [OFFICIAL_ID, "id"],
  ] as const) {
    for (const m of text.matchAll(pattern)) matches.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  for (const m of text.matchAll(RUNNING_HEAD)) {
    const years = SESSION.exec(m[0])!;
    if (sessionYear !== null && `${years[1]}-${years[2]}` !== sessionYear) continue;
    const end = runningHeadEnd(text, m.index + m[0].length, expectedPage, FOOTER_BEFORE.test(text.slice(0, m.index)));
    // In brackets it is a citation of the series, not the page's head.
    const quoted = /[(«“]\s*$/u.test(text.slice(0, m.index)) || /^\s*[)»”]/u.test(text.slice(end));
    if (end >= 0 && !quoted) matches.push({ start: m.index, end, kind: "running-head" });
  }
  matches.sort((a, b) => a.start - b.start);
  const kept = matches.filter((m, k) => k === 0 || m.start >= matches[k - 1]!.end);
  const accepted = kept.filter((m, k) => {
    if (m.kind === "running-head") return true;
    // ISSN, place and id are taken inside a line only beside other furniture, or glued to a line edge's
    // text: `(ISSN 0921-7398)` in a sentence is a citation.
    const before = text.slice(k === 0 ? 0 : kept[k - 1]!.end, m.start);
    const after = text.slice(m.end, k + 1 < kept.length ? kept[k + 1]!.start : text.length);
    const besideFurniture = (k > 0 && before.trim() === "") || (k + 1 < kept.length && after.trim() === "");
    const gluedAtEdge = (m.start === 0 && after !== "" && !/^\s/u.test(after)) || (m.end === text.length && before !== "" && !/\s$/u.test(before));
    return besideFurniture || gluedAtEdge;
  });
  if (accepted.length === 0) return null;
  if (accepted.length === 1 && accepted[0]!.start === 0 && accepted[0]!.end === text.length) return null;
  const pieces: LinePiece[] = [];
  let at = 0;
  for (const m of accepted) {
    const between = text.slice(at, m.start).trim();
    if (between !== "") pieces.push({ text: between, furniture: false });
    pieces.push({ text: text.slice(m.start, m.end).trim(), furniture: true });
    at = m.end;
  }
  const tail = text.slice(at).trim();
  if (tail !== "") pieces.push({ text: tail, furniture: false });
  return pieces.length > 1 ? pieces : null;
}
