/**
 * The publisher's XML read into its parts (src/ingest/official-xml.ts), and hostile XML kept inert
 * (src/ingest/xml-tree.ts): no DTD or external entity is ever read, no entity expanded, a huge or deeply
 * nested file refused by name.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readOfficialXml } from "../../src/ingest/official-xml.ts";
import type { StructuredSource } from "../../src/ingest/structured.ts";
import { MAX_XML_BYTES, MAX_XML_DEPTH, parseXml } from "../../src/ingest/xml-tree.ts";

const SAMPLE = "test/fixtures/official/ah-tk-20202021-3235/ah-tk-20202021-3235.xml";
const bytes = (text: string) => new TextEncoder().encode(text);

function read(text: string | Uint8Array, path = "test.xml"): StructuredSource {
  const result = readOfficialXml(typeof text === "string" ? bytes(text) : text, path);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("; "));
  return result.source;
}

function refusal(text: string | Uint8Array): { code: string; message: string; line?: number } {
  const result = readOfficialXml(typeof text === "string" ? bytes(text) : text, "hostile.xml");
  if (result.ok) throw new Error("the file was read");
  const [first] = result.diagnostics;
  return { code: first?.code ?? "", message: first?.message ?? "", ...(first?.line ? { line: first.line } : {}) };
}

const document = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><kamervragen><kamervraagnummer>1</kamervraagnummer>${body}</kamervragen></officiele-publicatie>`;

describe("readOfficialXml on a real answer", () => {
  const source = read(readFileSync(SAMPLE), SAMPLE);

  it("reads the masthead, the number and both header sentences with what they mark", () => {
    expect(source.masthead.slice(0, 2)).toEqual(["Vergaderjaar 2020-2021", "Tweede Kamer der Staten-Generaal"]);
    expect(source.number).toBe("3235");
    expect(source.question?.names).toEqual(["Van Weyenberg", "Romke de Jong", "Kat"]);
    expect(source.question?.dates).toEqual(["2021-06-03"]);
    expect(source.question?.subject).toBe("de TOZO");
    expect(source.question?.text).toMatch(/^Vragen van de leden Van Weyenberg, Romke de Jong en Kat \(allen D66\) aan de Minister/u);
    expect(source.answer?.names).toEqual(["Koolmees"]);
    expect(source.answer?.dates).toEqual(["2021-06-21"]);
  });

  it("reads every question and answer with its number as printed, and an answer of two paragraphs", () => {
    expect(source.sections.map((s) => `${s.kind} ${s.heading}`)).toEqual(
      Array.from({ length: 9 }, (_, i) => [`question Vraag ${i + 1}`, `answer Antwoord ${i + 1}`]).flat(),
    );
    expect(source.sections.at(-1)?.blocks).toHaveLength(2);
    expect(source.diagnostics).toEqual([]);
  });

  it("keeps a link to another publication as a link to it", () => {
    const answer2 = source.sections[3];
    expect(JSON.stringify(answer2?.blocks)).toContain('"href":"https://zoek.officielebekendmakingen.nl/stb-2020-118.html"');
  });
});

describe("readOfficialXml on what it does not know", () => {
  it("warns of an unknown element by name and path, with its line, and keeps its text in place", () => {
    const source = read(
      document(
        '<vraag><nr>Vraag 1</nr><al>Klopt het <onbekend soort="x">dat dit blijft</onbekend>?</al></vraag>\n<antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord>',
      ),
    );
    expect(source.diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "xml-element-unknown",
        line: 1,
        message: "the element <onbekend> (officiele-publicatie/kamervragen/vraag/al/onbekend) is not known; its text is kept",
      }),
    ]);
    expect(JSON.stringify(source.sections[0]?.blocks)).toContain("dat dit blijft");
  });

  it("keeps the text of an unknown part with the part before it", () => {
    const source = read(document("<vraag><nr>Vraag 1</nr><al>Vraag?</al></vraag>\n<bijlage><al>Een bijlage.</al></bijlage>"));
    expect(source.diagnostics.map((d) => d.code)).toEqual(["xml-element-unknown"]);
    expect(JSON.stringify(source.sections[0]?.blocks)).toContain("Een bijlage.");
  });

  it("reads the older form's names: vraagdoc, vragen, reactie, nummer, omschr, nootref, kamervraagopmerking (a synthetic sample)", () => {
    // Synthetic: no real document of the older form is at hand; this follows its described structure.
    const source = read(
      `<?xml version="1.0"?><vraagdoc><nummer>12</nummer><omschr type="vraag">Vragen van het lid Jansen (VVD) aan de Minister van Financiën over belastingen (ingezonden 1 maart 2005).</omschr>` +
        `<omschr type="antwoord">Antwoord van Minister Zalm (Financiën) (ontvangen 20 maart 2005).</omschr><vragen><vraag><nummer>Vraag 1</nummer><al>Klopt het?<nootref refid="n1"/></al></vraag>` +
        `<reactie><nummer>Antwoord 1</nummer><al>Ja.</al></reactie></vragen><kamervraagopmerking><al>Een opmerking.</al></kamervraagopmerking><noot id="n1"><noot.nr>1</noot.nr><noot.al>Een bron.</noot.al></noot></vraagdoc>`,
    );
    expect(source.number).toBe("12");
    expect(source.question?.text).toMatch(/^Vragen van het lid Jansen/u);
    expect(source.answer?.text).toMatch(/^Antwoord van Minister Zalm/u);
    expect(source.sections.map((s) => [s.kind, s.heading])).toEqual([
      ["question", "Vraag 1"],
      ["answer", "Antwoord 1"],
      ["notice", null],
    ]);
    expect(source.footnotes.map((f) => f.label)).toEqual(["1"]);
    expect(JSON.stringify(source.sections[0]?.blocks)).toContain('{"type":"note","label":"1"}');
  });
});

describe("readOfficialXml on broken and hostile input", () => {
  it("names the line of malformed XML", () => {
    expect(refusal('<?xml version="1.0"?>\n<officiele-publicatie>\n<kamervragen>\n<vraag></kamervragen>')).toMatchObject({ code: "xml-malformed", line: 4 });
  });

  it("refuses a file that is not valid in its encoding, naming the line", () => {
    const latin1 = Uint8Array.from([
      ...bytes('<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie>\n<kamervragen>Financi'),
      0xeb,
      ...bytes("n</kamervragen></officiele-publicatie>"),
    ]);
    expect(refusal(latin1)).toMatchObject({ code: "xml-malformed", line: 3, message: expect.stringContaining("not valid utf-8") });
  });

  it("reads a file in the encoding it declares", () => {
    const latin1 = Uint8Array.from([
      ...bytes(
        '<?xml version="1.0" encoding="ISO-8859-1"?><officiele-publicatie><kamervragen><kamervraagnummer>1</kamervraagnummer><vraag><nr>Vraag 1</nr><al>Financi',
      ),
      0xeb,
      ...bytes("n?</al></vraag></kamervragen></officiele-publicatie>"),
    ]);
    expect(JSON.stringify(read(latin1).sections[0]?.blocks)).toContain("Financiën?");
  });

  it("never reads an external entity (XXE): a DTD is refused before anything of it is used", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE officiele-publicatie [<!ENTITY secret SYSTEM "file:///etc/passwd">]><officiele-publicatie><kamervragen><vraag><nr>Vraag 1</nr><al>&secret;</al></vraag></kamervragen></officiele-publicatie>`;
    const refused = refusal(xxe);
    expect(refused).toMatchObject({ code: "xml-malformed", message: expect.stringContaining("DTD") });
    expect(refused.message).not.toContain("root:");
  });

  it("refuses a billion laughs at once, expanding nothing", () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]><officiele-publicatie>&lol10;</officiele-publicatie>`;
    const before = process.memoryUsage().heapUsed;
    expect(refusal(bomb)).toMatchObject({ code: "xml-malformed", message: expect.stringContaining("DTD") });
    // Expanded, the entity would be 10^10 characters; nothing of the sort was made.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it("expands no entity but XML's own, even without a DTD", () => {
    expect(refusal(document("<vraag><nr>Vraag 1</nr><al>&lol;</al></vraag>"))).toMatchObject({
      code: "xml-malformed",
      message: expect.stringContaining("lol"),
    });
    expect(JSON.stringify(read(document("<vraag><nr>Vraag 1</nr><al>a &amp; b &#233;</al></vraag>")).sections[0]?.blocks)).toContain("a & b é");
  });

  it("refuses a huge file and a deeply nested one by name", () => {
    const huge = new Uint8Array(MAX_XML_BYTES + 1).fill(0x20);
    expect(parseXml(huge)).toMatchObject({ ok: false, message: expect.stringContaining("larger than 20 MB is refused") });
    const deep = `<officiele-publicatie>${"<al>".repeat(MAX_XML_DEPTH + 5)}x${"</al>".repeat(MAX_XML_DEPTH + 5)}</officiele-publicatie>`;
    expect(refusal(deep)).toMatchObject({ code: "xml-malformed", message: `elements nest deeper than ${MAX_XML_DEPTH} levels` });
  });

  it("refuses XML that is not the publisher's Kamervragen form, naming its root", () => {
    expect(refusal("<html><body/></html>")).toMatchObject({ code: "xml-not-kamervragen", message: expect.stringContaining("<html>") });
  });
});
