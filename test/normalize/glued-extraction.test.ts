/**
 * The rules for text extracted the way PyPDF2 extracts the typeset PDFs: page furniture glued into
 * lines, pages known only from the running heads, footnote numbers glued to their texts, markers at line
 * starts and on lines of their own, printed lines glued into runs. Synthetic lines, each rule apart, and
 * one small document through the whole normalizer.
 */
import { describe, expect, it } from "vitest";
import { readText } from "../../src/ingest/text.ts";
import { findBareMarkers, findDefinitions, type FootnoteDefinition, type WorkLine } from "../../src/normalize/footnotes.ts";
import { splitGluedFurniture } from "../../src/normalize/glued-furniture.ts";
import { normalizeDocument } from "../../src/normalize/index.ts";
import { lineStartMarker } from "../../src/normalize/line-start-markers.ts";
import { pagesFromRunningHeads } from "../../src/normalize/pages.ts";
import { cutGluedListStarts, runWidth, splitParagraphs } from "../../src/normalize/paragraphs.ts";
import { repairUnitDigits } from "../../src/normalize/unit-digits.ts";

const line = (text: string, page = 1): WorkLine => ({ text, line: 1, page, gapBefore: false, indent: 0, heading: false });
const lines = (texts: string[], page = 1) => texts.map((t, i) => ({ ...line(t, page), line: i + 1 }));

describe("furniture glued into a line", () => {
  it("cuts page 1's footer into ISSN, place and running head", () => {
    expect(splitGluedFurniture("ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1", 1)).toEqual([
      { text: "ISSN 0921 - 7398", furniture: true },
      { text: "’s-Gravenhage 2024", furniture: true },
      { text: "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1", furniture: true },
    ]);
  });

  it("keeps the words glued on either side of a running head, telling the page number from the digits after it", () => {
    expect(splitGluedFurniture("dat er plannenTweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2waren om", 2)).toEqual([
      { text: "dat er plannen", furniture: false },
      { text: "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2", furniture: true },
      { text: "waren om", furniture: false },
    ]);
    expect(splitGluedFurniture("Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 22023 was het jaar", 2)?.map((p) => p.text)).toEqual([
      "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2",
      "2023 was het jaar",
    ]);
  });

  it("leaves citations of the series alone", () => {
    expect(splitGluedFurniture("4Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen 2386.", 2)).toBeNull();
    expect(splitGluedFurniture("3Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2386", 2)).toBeNull();
    expect(splitGluedFurniture("3Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2", 2, "2024-2025")).toBeNull();
    expect(splitGluedFurniture("zie (Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2) hierover", 2)).toBeNull();
    expect(splitGluedFurniture("het tijdschrift (ISSN 0921 - 7398) verschijnt", 1)).toBeNull();
    expect(splitGluedFurniture("ah-tk-20242025-546", 1)).toBeNull();
  });
});

describe("pages from the running heads", () => {
  it("puts every line on the page whose head comes next, and a final page count on the last page", () => {
    const texts = ["a", "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1", "b", "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2", "2"];
    expect(pagesFromRunningHeads(lines(texts))).toEqual([1, 1, 2, 2, 2]);
  });

  it("leaves pages the reader gave, and text without numbered heads", () => {
    expect(pagesFromRunningHeads([line("a"), line("b", 2)])).toBeNull();
    expect(pagesFromRunningHeads(lines(["a", "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel"]))).toBeNull();
  });
});

describe("footnote numbers glued to their texts", () => {
  const FOOTER = "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1";
  /** The body and notes of one page, and its footer, which is furniture and so no candidate. */
  const footed = (texts: string[]) => {
    const ls = lines([...texts, FOOTER]);
    return { ls, candidates: new Set(texts.map((_, i) => i)) };
  };

  it("reads the notes at the foot of a page, each continued on the lines after it", () => {
    const { ls, candidates } = footed([
      "Bent u bekend met het bericht?1 Wat vindt u?",
      "1NOS, 22 oktober 2024, «Wachttijden» (https://",
      "nos.nl/artikel/1)",
      "2Kamerstuk 25 242, nr. 686",
    ]);
    const defs = findDefinitions(ls, candidates);
    expect(defs.map((d) => [d.number, d.lines, d.firstText, d.glued])).toEqual([
      [1, [1, 2], "NOS, 22 oktober 2024, «Wachttijden» (https://", true],
      [2, [3], "Kamerstuk 25 242, nr. 686", true],
    ]);
  });

  it("reads no notes that run to the end of the text without a footer", () => {
    const ls = lines(["Bent u bekend met het bericht?1", "1NOS, 22 oktober 2024", "11. Op welke manier gaat u"]);
    expect(findDefinitions(ls, new Set([0, 1, 2]))).toEqual([]);
  });

  it("tells note 2 from a text that starts with digits by the marker in the body", () => {
    const withFirst = footed(["Zie het bericht?1 En het jaarverslag.2", "1NOS, 22 oktober 2024", "22023 Annual report"]);
    expect(findDefinitions(withFirst.ls, withFirst.candidates).map((d) => [d.number, d.firstText])).toEqual([
      [1, "NOS, 22 oktober 2024"],
      [2, "2023 Annual report"],
    ]);
    const uncited = footed(["Zie het bericht?1", "1NOS, 22 oktober 2024", "22023 Annual report"]);
    expect(findDefinitions(uncited.ls, uncited.candidates).map((d) => [d.number, d.lines])).toEqual([[1, [1, 2]]]);
  });

  it("takes no amount, year, ordinal or word with a digit for a note", () => {
    for (const text of ["1.500 cliënten", "1,5 graden", "2024). Zie ook", "1e Kamer", "5G-netwerk", "1 januari", "15 minuten"]) {
      const { ls, candidates } = footed(["Tekst?1", text]);
      expect(findDefinitions(ls, candidates), text).toEqual([]);
    }
  });

  it("stops at the page's footer and at a heading", () => {
    const ls = [...lines(["Vraag 1", "Waarom?1", "1Kamerstuk 1"]), line("Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1"), line("verder op pagina 2", 2)];
    const defs = findDefinitions(ls, new Set([0, 1, 2, 4]));
    expect(defs.map((d) => d.lines)).toEqual([[2]]);
    const heading = footed(["Waarom?1", "1Kamerstuk 1", "Antwoord 1", "Daarom."]);
    expect(findDefinitions(heading.ls, heading.candidates)).toEqual([]);
  });
});

describe("footnote markers at a line start", () => {
  const always = () => true;

  it("reads a marker that starts a line or stands alone, and several at one place", () => {
    expect(lineStartMarker("2 Dit is in 2022 door de Minister", "in ruil voor een handeling.", 2, always)).toEqual({ numbers: [2], end: 1 });
    expect(lineStartMarker("1", "bent u bekend met het bericht?", 1, always)).toEqual({ numbers: [1], end: 1 });
    expect(lineStartMarker("2 3", "de motie Bikker-Van den Hil.", 2, always)).toEqual({ numbers: [2, 3], end: 3 });
    expect(lineStartMarker("2, 3 en 4 Zo ja", "het bericht?", 2, always)).toEqual({ numbers: [2, 3, 4], end: 9 });
    expect(lineStartMarker("3. Hiermee wordt", "onbeheersbare natuurbranden", 3, always)).toEqual({ numbers: [3], end: 1 });
    expect(lineStartMarker("3 met de Kamer gedeeld.", "het rapport is op 25 maart 2024", 3, always)).toEqual({ numbers: [3], end: 1 });
  });

  it("leaves numbers that are text: dates, amounts, numbered words, list items, subscripts", () => {
    expect(lineStartMarker("17 oktober jl. sprak hij", "President Zelensky sprak op", 17, always)).toBeNull();
    expect(lineStartMarker("2 miljard euro", "een bedrag van", 2, always)).toBeNull();
    expect(lineStartMarker("2 van de Wet", "zoals bepaald in artikel", 2, always)).toBeNull();
    expect(lineStartMarker("2. Meerjarige afspraken.", "1. Bekostiging op basis van een vast budget.", 2, always)).toBeNull();
    expect(lineStartMarker("2 is gestegen", "de uitstoot van CO", 2, always)).toBeNull();
    expect(lineStartMarker("2-heffing", "een internationale CO", 2, always)).toBeNull();
    expect(lineStartMarker("4 30 procent", "het bericht", 4, always)).toBeNull();
    expect(lineStartMarker("2 3", "de motie.", 2, (n) => n !== 3)).toBeNull();
  });

  it("are found in reading order on the page of their note, for notes whose numbers are glued", () => {
    const body = lines(
      ["De plannen zijn in ruil voor een handeling.", "2 Dit is in 2022 door de Minister onderstreept.3 Een uitwerking", "volgt in juni.", "4 In deze brief"],
      2,
    );
    const note = (number: number, at: number): FootnoteDefinition => ({ number, lines: [at], page: 2, firstText: "Kamerstuk", glued: true });
    const markers = findBareMarkers(body, [0, 1, 2, 3], [note(2, 4), note(3, 5), note(4, 6)]);
    expect(markers.map((m) => [m.lineIndex, m.numbers, m.atLineStart ?? false])).toEqual([
      [1, [2], true],
      [1, [3], false],
      [3, [4], true],
    ]);
  });

  it("are looked for at line starts only for notes whose numbers are glued", () => {
    const body = lines(["in ruil voor een handeling.", "2 Dit is in 2022 gezegd."], 1);
    const note: FootnoteDefinition = { number: 2, lines: [5], page: 1, firstText: "Kamerstuk" };
    expect(findBareMarkers(body, [0, 1], [note])).toEqual([]);
  });
});

describe("printed lines glued into runs", () => {
  const run = "a".repeat(60) + " " + "b".repeat(60) + " " + "c".repeat(60);
  const text = (t: string) => line(t);

  it("is recognised only when most lines are long and the others have a column", () => {
    expect(runWidth([text(run + "."), text("x".repeat(70)), text("y".repeat(72)), text("z".repeat(75)), text(run)])).toBe(75);
    expect(runWidth([text("x".repeat(70)), text("y".repeat(72)), text("z".repeat(75))])).toBeNull();
  });

  it("ends a paragraph where a run ends a sentence outside brackets, and joins where it does not", () => {
    const split = (texts: string[]) => splitParagraphs(texts.map(text), 75, false, true).map((p) => p.lines.map((l) => l.text.slice(0, 3)));
    expect(split([run + ".", "Nieuw begin"])).toEqual([["aaa"], ["Nie"]]);
    expect(split([run, "verder"])).toEqual([["aaa", "ver"]]);
    expect(split([run + " (UN doc.", "A/77/328)."])).toEqual([["aaa", "A/7"]]);
    expect(split(["Ja, het bericht is bekend.", "Ik snap dat"])).toEqual([["Ja,"], ["Ik "]]);
  });

  it("keeps a flattened table's rows together, apart from the text", () => {
    const paragraphs = splitParagraphs(["Het aantal meldingen:", "2022 10 12", "2023 14 16", "Dat is een stijging"].map(text), 75, false, true);
    expect(paragraphs.map((p) => p.lines.map((l) => l.text))).toEqual([["Het aantal meldingen:"], ["2022 10 12", "2023 14 16"], ["Dat is een stijging"]]);
  });

  it("cuts a run where a list starts glued to the sentence before it", () => {
    const cut = cutGluedListStarts([text(`${run} waaronder:– de afspraak tijdens COP28`)]);
    expect(cut.map((l) => l.text)).toEqual([`${run} waaronder:`, "– de afspraak tijdens COP28"]);
  });
});

describe("raised and lowered digits set on the line", () => {
  it("writes m³ after a number and rejoins a formula's subscript", () => {
    const ls = lines(["een opslag van 1.000 m3 water en een internationale CO", "2-heffing (naast een nationale), en 40 m", "3 per uur"]);
    repairUnitDigits(ls, [0, 1, 2]);
    expect(ls.map((l) => l.text)).toEqual(["een opslag van 1.000 m³ water en een internationale CO2-heffing", "(naast een nationale), en 40 m³", "per uur"]);
  });
});

describe("accents drawn over a letter", () => {
  it("are composed with the letter the extraction wrote them beside", () => {
    expect(readText("Vragen van het lid Kostic ´ (SP) en Pe ´rez, auto´s\n", "x.txt").lines[0]!.text).toBe("Vragen van het lid Kostić (SP) en Pérez, auto´s");
  });
});

describe("a document as PyPDF2 extracts it", () => {
  const document = [
    "Tweede Kamer der Staten-Generaal2",
    "Vergaderjaar 2023–2024 Aanhangsel van de Handelingen",
    "Vragen gesteld door de leden der Kamer, met de daarop door de",
    "regering gegeven antwoorden",
    "900",
    "Vragen van het lid Jansen (SP) aan de Minister van Financiën over de toeslagen (ingezonden",
    "3 januari 2024).",
    "Antwoord van Minister Van Rij (Financiën) (ontvangen 20 januari 2024).",
    "Vraag 1",
    "Bent u bekend met het bericht «Toeslagen te laat» over de achterstanden bij de Dienst Toeslagen in 2023?",
    "1",
    "Antwoord 1",
    "Ja. Het bericht beschrijft de achterstanden die de Dienst in het afgelopen jaar opliep en die zijn toegelicht in de brief",
    "2 van december. Die achterstanden zijn inmiddels voor een groot deel ingelopen, maar nog niet",
    "1NOS, 2 januari 2024, «Toeslagen te laat»",
    "2Kamerstuk 31 066, nr. 1",
    " ",
    "ah-tk-20232024-900",
    "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
    "helemaal: het duurt nog tot de zomer.",
    "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
    "2",
  ].join("\n");
  const { record, diagnostics, roles, lines: read } = normalizeDocument(readText(document, "x.txt"));

  it("reads it without a problem", () => {
    expect(diagnostics).toEqual([]);
    expect(record!.id).toBe("ah-tk-20232024-900");
  });

  it("places the markers where they were printed and joins the answer across the page break", () => {
    expect(record!.questions[0]!.text).toBe("Bent u bekend met het bericht «Toeslagen te laat» over de achterstanden bij de Dienst Toeslagen in 2023?[^1]");
    expect(record!.answers[0]!.text).toBe(
      "Ja. Het bericht beschrijft de achterstanden die de Dienst in het afgelopen jaar opliep en die zijn toegelicht in de brief[^2] van december. " +
        "Die achterstanden zijn inmiddels voor een groot deel ingelopen, maar nog niet helemaal: het duurt nog tot de zomer.",
    );
    expect(record!.footnotes).toEqual([
      { number: 1, text: "NOS, 2 januari 2024, «Toeslagen te laat»" },
      { number: 2, text: "Kamerstuk 31 066, nr. 1" },
    ]);
  });

  it("drops the masthead and the furniture, the final page count too, and nothing else", () => {
    const dropped = read.filter((_, i) => roles[i] === "furniture" || roles[i] === "masthead").map((l) => l.text);
    expect(dropped).toEqual([
      "Tweede Kamer der Staten-Generaal2",
      "Vergaderjaar 2023–2024 Aanhangsel van de Handelingen",
      "Vragen gesteld door de leden der Kamer, met de daarop door de",
      "regering gegeven antwoorden",
      "900",
      "ah-tk-20232024-900",
      "ISSN 0921 - 7398",
      "’s-Gravenhage 2024",
      "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
      "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
      "2",
    ]);
  });
});
