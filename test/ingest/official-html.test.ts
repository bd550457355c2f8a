/**
 * The publisher's HTML page read into its parts (src/ingest/official-html.ts): the real page of
 * ah-tk-20202021-3235, synthetic pages for what it does not show (footnotes, unknown parts), and the
 * file-level checks (encoding, size, nesting, not a Kamervragen page).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES, readSourceFile, SOURCE_EXTENSIONS } from "../../src/ingest/index.ts";
import { MAX_HTML_BYTES, MAX_HTML_DEPTH, readOfficialHtml } from "../../src/ingest/official-html.ts";
import type { Block, Inline, StructuredSource } from "../../src/ingest/structured.ts";
import { normalizeStructured } from "../../src/normalize/structured.ts";

const SAMPLE = "test/fixtures/official/ah-tk-20202021-3235/ah-tk-20202021-3235.html";
const bytes = (text: string) => new TextEncoder().encode(text);

function read(text: string | Uint8Array, path = "test.html"): StructuredSource {
  const result = readOfficialHtml(typeof text === "string" ? bytes(text) : text, path);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("; "));
  return result.source;
}

function refusal(text: string | Uint8Array): { code: string; message: string; line?: number } {
  const result = readOfficialHtml(typeof text === "string" ? bytes(text) : text, "refused.html");
  if (result.ok) throw new Error("the file was read");
  const [first] = result.diagnostics;
  return { code: first?.code ?? "", message: first?.message ?? "", ...(first?.line ? { line: first.line } : {}) };
}

/** The text of inline runs, footnote references as `[^1]`. */
function textOf(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      if (run.type === "text") return run.text;
      if (run.type === "note") return `[^${run.label}]`;
      if (run.type === "break") return "\n";
      return textOf(run.children);
    })
    .join("")
    .replace(/[ \t\r\n]+/gu, " ")
    .trim();
}

const paragraphs = (blocks: readonly Block[] | undefined) =>
  (blocks ?? []).map((block) => (block.type === "paragraph" ? textOf(block.content) : `(${block.type})`));

/**
 * A synthetic page, built like the publisher's (the sample's head, `#kopregel`, `#inhoudsopgave`,
 * `#broodtekst` with the header sentences and the parts), with `body` in `#broodtekst` and `after` after it.
 */
function page(body: string, after = ""): string {
  return `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html
  PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="nl">
   <head>
      <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
      <meta name="DC.identifier" scheme="OVERHEIDop.ParlID" content="ah-tk-20232024-1" />
      <meta name="OVERHEIDop.aanhangselNummer" scheme="" content="1" />
      <meta name="OVERHEIDop.vergaderjaar" scheme="" content="2023-2024" />
      <meta name="DC.creator" scheme="OVERHEID.StatenGeneraal" content="Tweede Kamer der Staten-Generaal" />
      <script src="./popup.js" type="text/javascript"></script><link href="./op.css" rel="stylesheet" type="text/css" />
      <title></title>
   </head>
   <body onload="enablePopup()">
      <div id="kopregel">Kopregel van de pagina<!--EINDE kopregel--></div>
      <div id="inhoudsopgave"><a href="#d1e1">Vraag 1</a></div>
      <div id="broodtekst">
         <h1 class="kamervraagomschrijving_kop no-toc"><a id="d1e1" name="d1e1"></a>Vragen van het lid Jansen (VVD) aan de Minister van Financiën over
            belastingen (ingezonden 1 september 2023).
         </h1>
         <h1 class="kamervraagomschrijving_kop no-toc"><a id="d1e2" name="d1e2"></a>Antwoord van Minister De Vries (Financiën) (ontvangen 1 oktober 2023).</h1>
${body}
      </div>
${after}
      <div id="voetregel"></div>
   </body>
</html>`;
}

describe("readOfficialHtml on a real answer", () => {
  const source = read(readFileSync(SAMPLE), SAMPLE);

  it("reads every <meta name content> of the head, in order", () => {
    expect(source.format).toBe("html");
    expect(source.meta["DC.identifier"]).toEqual(["ah-tk-20202021-3235"]);
    expect(source.meta["OVERHEIDop.vraagnummer"]).toEqual(["2021Z09739"]);
    expect(source.meta["OVERHEIDop.indiener"]).toEqual(["H. Kat", "R.H. (Romke) de Jong", "S.P.R.A. van Weyenberg"]);
    expect(source.meta["DC.type"]).toEqual(["Antwoord", "Aanhangsel van de Handelingen", "officiële publicatie"]);
    expect(source.meta["OVERHEID.category"]).toEqual(["Economie | Ondernemen", "Sociale zekerheid | Organisatie en beleid"]);
    expect(source.meta["DCTERMS.alternative"]).toEqual([""]);
    // `<meta http-equiv>` names no metadata.
    expect(Object.keys(source.meta)).not.toContain("Content-Type");
  });

  it("makes the masthead from the metadata, and takes the number from it", () => {
    expect(source.masthead).toEqual(["Vergaderjaar 2020-2021", "Tweede Kamer der Staten-Generaal"]);
    expect(source.number).toBe("3235");
  });

  it("reads both header sentences, white space tidied, marking no names, dates or subject", () => {
    expect(source.question).toEqual({
      text: "Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan de Minister van Sociale Zaken en Werkgelegenheid over de TOZO (ingezonden 3 juni 2021).",
      names: null,
      dates: [],
      subject: null,
      line: 49,
    });
    expect(source.answer).toMatchObject({
      text: "Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid) (ontvangen 21 juni 2021).",
      names: null,
      dates: [],
      subject: null,
    });
  });

  it("reads the nine questions and nine answers with their headings, and the two paragraphs of answer 9", () => {
    expect(source.sections.map((s) => `${s.kind} ${s.heading}`)).toEqual(
      Array.from({ length: 9 }, (_, i) => [`question Vraag ${i + 1}`, `answer Antwoord ${i + 1}`]).flat(),
    );
    expect(paragraphs(source.sections[0]?.blocks)).toEqual([
      "Klopt het dat de Tijdelijke overbruggingsregeling zelfstandig ondernemers (TOZO) en het Besluit bijstandverlening zelfstandigen (BBZ)-krediet beide voor zelfstandige ondernemers bedoeld zijn, beide een lening zijn uitgevoerd door gemeenten, maar beide wel een ander rentepercentage kennen?",
    ]);
    const answer9 = paragraphs(source.sections.at(-1)?.blocks);
    expect(answer9).toHaveLength(2);
    expect(answer9[0]).toMatch(/^Ik hecht eraan dat .* kan leiden tot concurrentievervalsing\.$/u);
    expect(answer9[1]).toMatch(/^Bovendien kent het Bbz, .* als bijstand om niet\.$/u);
    expect(source.footnotes).toEqual([]);
    expect(source.diagnostics).toEqual([]);
  });

  it("keeps the page's link to Staatsblad 2020, 118 (relative to the publisher's site) as a link to it", () => {
    const answer2 = source.sections[3]?.blocks[0];
    expect(answer2?.type === "paragraph" && answer2.content.find((run) => run.type === "link")).toEqual({
      type: "link",
      href: "https://zoek.officielebekendmakingen.nl/stb-2020-118.html",
      children: [{ type: "text", text: "Staatsblad 2020, 118" }],
    });
  });

  it("is read by readSourceFile as the format html", async () => {
    expect(SOURCE_EXTENSIONS[".html"]).toBe("html");
    expect(MAX_SOURCE_BYTES.html).toBe(MAX_HTML_BYTES);
    const result = await readSourceFile(SAMPLE);
    expect(result.ok && "sections" in result.source && result.source.format).toBe("html");
  });
});

describe("readOfficialHtml on footnotes (synthetic pages)", () => {
  // Synthetic: the sample has no footnotes. Built as the publisher renders them: a reference is
  // `<a class="nootnum supernote-click-…" href="#ID-…">1</a>`, the notes stand in `<div id="noten">` after
  // the text, each a `<div class="voet noot …">` with the popup's close button (`<h5 class="note-close">`),
  // its number (`<sup><span class="nootnum"><a id="ID-…"></a>1</span></sup>`) and its paragraphs.
  const note = (id: string, label: string, text: string) =>
    `<div class="voet noot snp-mouseoffset snb-pinned notedefault" id="supernote-note-ID-${id}">
               <h5 class="note-close"><a class="note-close" href="#close-ID-${id}">X</a> Noot
               </h5><sup><span class="nootnum"><a id="ID-${id}" name="ID-${id}"></a>${label}</span></sup>${text}
            </div>`;
  const html = page(
    `<div class="vraag"><h2 class="stuktitel no-toc"><a id="d1e3" name="d1e3"></a>Vraag 1</h2>
            <p>Kent u het bericht «Belastingen stijgen»?<a class="nootnum supernote-click-ID-d1e10" href="#ID-d1e10">1</a></p>
         </div>
         <div class="antwoord"><h2 class="stuktitel no-toc"><a id="d1e4" name="d1e4"></a>Antwoord 1</h2>
            <p>Ja, <i>dat</i> bericht<sup><a class="nootnum supernote-click-ID-d1e12" href="#ID-d1e12">2</a></sup> ken ik, <b>ook</b> uit het eerdere<a class="nootnum" href="#ID-d1e10">1</a>.<br />Zie
               <a href="https://www.rijksoverheid.nl/" class="externe_link">de site</a>, <a href="mailto:info@example.org">de post</a> en <a href="javascript:alert(1)">dit</a>.</p>
            <ul><li><p>een punt</p></li><li>een tweede</li></ul>
            <table><thead><tr><th>Jaar</th><th>Bedrag</th></tr></thead><tbody><tr><td>2023</td><td><p>€ 1</p><p>€ 2</p></td></tr></tbody></table>
         </div>`,
    `<div id="noten">
            <hr />
            ${note("d1e10", "1", '<p><a href="http://nos.nl/l/2077649" title="link naar http://nos.nl/l/2077649" class="externe_link">http://nos.nl/l/2077649</a></p>')}
            ${note("d1e12", "2", "<p>VOG: verklaring omtrent gedrag.</p><p>Een tweede alinea.</p>")}
            ${note("d1e14", "3", "<p>Een noot waarnaar niets verwijst.</p>")}
         </div>`,
  );
  const source = read(html);

  it("puts each reference in the section it stands in, by the reference's label", () => {
    expect(paragraphs(source.sections[0]?.blocks)).toEqual(["Kent u het bericht «Belastingen stijgen»?[^1]"]);
    expect(paragraphs(source.sections[1]?.blocks)[0]).toBe("Ja, dat bericht[^2] ken ik, ook uit het eerdere[^1]. Zie de site, de post en dit.");
  });

  it("reads each note once, with its label, its paragraphs and its links, without its number or close button", () => {
    expect(source.footnotes.map((f) => [f.label, paragraphs(f.content)])).toEqual([
      ["1", ["http://nos.nl/l/2077649"]],
      ["2", ["VOG: verklaring omtrent gedrag.", "Een tweede alinea."]],
      ["3", ["Een noot waarnaar niets verwijst."]],
    ]);
    const [first] = source.footnotes[0]?.content ?? [];
    expect(first?.type === "paragraph" && first.content).toEqual([
      { type: "link", href: "http://nos.nl/l/2077649", children: [{ type: "text", text: "http://nos.nl/l/2077649" }] },
    ]);
    expect(source.diagnostics).toEqual([]);
  });

  it("reads emphasis, breaks, links (absolute http(s) only), lists and tables", () => {
    const [paragraph, list, table] = source.sections[1]?.blocks ?? [];
    const content = paragraph?.type === "paragraph" ? paragraph.content : [];
    expect(content).toContainEqual({ type: "emphasis", strong: false, children: [{ type: "text", text: "dat" }] });
    expect(content).toContainEqual({ type: "emphasis", strong: true, children: [{ type: "text", text: "ook" }] });
    expect(content).toContainEqual({ type: "break" });
    expect(content.filter((run) => run.type === "link").map((run) => run.type === "link" && run.href)).toEqual(["https://www.rijksoverheid.nl/"]);
    expect(list?.type === "list" && list.items.map((item) => [item.label, paragraphs(item.blocks)])).toEqual([
      [null, ["een punt"]],
      [null, ["een tweede"]],
    ]);
    expect(table?.type === "table" && { header: table.header, rows: table.rows.map((row) => row.map(textOf)) }).toEqual({
      header: true,
      rows: [
        ["Jaar", "Bedrag"],
        ["2023", "€ 1 € 2"],
      ],
    });
  });

  it("gives the record its footnotes, numbered as printed, and says which one nothing refers to", () => {
    const { record, diagnostics } = normalizeStructured(source);
    expect(record?.questions[0]?.text).toBe("Kent u het bericht «Belastingen stijgen»?[^1]");
    expect(record?.answers[0]?.text).toMatch(
      /^Ja, \*dat\* bericht\[\^2\] ken ik, \*\*ook\*\* uit het eerdere\[\^1\]\. Zie \[de site\]\(https:\/\/www\.rijksoverheid\.nl\/\)/u,
    );
    expect(record?.footnotes).toEqual([
      { number: 1, text: "[http://nos.nl/l/2077649](http://nos.nl/l/2077649)" },
      { number: 2, text: "VOG: verklaring omtrent gedrag.\n\nEen tweede alinea." },
      { number: 3, text: "Een noot waarnaar niets verwijst." },
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(["footnote-unused"]);
  });

  it("finds a note by where its reference points, whatever the notes' markup", () => {
    // Synthetic: notes as a list, the reference's target the note itself.
    const source = read(
      page(
        `<div class="vraag"><h2 class="stuktitel">Vraag 1</h2><p>Klopt het?<a href="#fn1"><sup>1</sup></a> En dit?<a href="#fn2">2</a></p></div>
         <div class="antwoord"><h2 class="stuktitel">Antwoord 1</h2><p>Ja.</p></div>`,
        `<div class="noten"><h2>Noten</h2><ol><li id="fn1">Eerste bron.</li><li><a name="fn2"></a><p>Tweede bron.</p></li></ol></div>`,
      ),
    );
    expect(paragraphs(source.sections[0]?.blocks)).toEqual(["Klopt het?[^1] En dit?[^2]"]);
    expect(source.footnotes.map((f) => [f.label, paragraphs(f.content)])).toEqual([
      ["1", ["Eerste bron."]],
      ["2", ["Tweede bron."]],
    ]);
  });

  it("warns of a footnote reference that points at no note, and keeps its text", () => {
    const source = read(
      page(`<div class="vraag"><h2 class="stuktitel">Vraag 1</h2><p>Klopt het?<a class="nootnum" href="#ID-weg">4</a></p></div>
         <div class="antwoord"><h2 class="stuktitel">Antwoord 1</h2><p>Ja.</p></div>`),
    );
    expect(source.diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "html-note-unknown", line: 21 })]);
    expect(paragraphs(source.sections[0]?.blocks)).toEqual(["Klopt het?4"]);
  });
});

describe("readOfficialHtml on what it does not know", () => {
  it("warns of an unknown part by name and path, and keeps its text with the part before it", () => {
    const source = read(
      page(`<div class="vraag"><h2 class="stuktitel">Vraag 1</h2><p>Klopt het?</p></div>
         <div class="antwoord"><h2 class="stuktitel">Antwoord 1</h2><p>Ja.</p></div>
         <div class="bijlage"><p>Een bijlage.</p></div>`),
    );
    expect(source.diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "html-element-unknown",
        line: 23,
        message: 'the element <div class="bijlage"> (html/body/div#broodtekst/div.bijlage) is not known; its text is kept with the part before it',
      }),
    ]);
    expect(paragraphs(source.sections[1]?.blocks)).toEqual(["Ja.", "Een bijlage."]);
  });

  it("warns of an unknown inline element and keeps its text in place", () => {
    const source = read(page(`<div class="vraag"><h2 class="stuktitel">Vraag 1</h2><p>Klopt <blink>dit</blink>?</p></div>`));
    expect(source.diagnostics).toEqual([
      expect.objectContaining({
        code: "html-element-unknown",
        message: "the element <blink> (html/body/div#broodtekst/div.vraag/p/blink) is not known; its text is kept",
      }),
    ]);
    expect(paragraphs(source.sections[0]?.blocks)).toEqual(["Klopt dit?"]);
  });

  it("warns of text that belongs to no part, quoting it", () => {
    const source = read(page(`Losse tekst\n<div class="vraag"><h2 class="stuktitel">Vraag 1</h2><p>Klopt het?</p></div>`));
    expect(source.diagnostics).toEqual([
      expect.objectContaining({
        code: "html-text-outside",
        message: 'text directly in <div id="broodtekst"> (html/body/div#broodtekst) belongs to no part of the document: «Losse tekst»',
      }),
    ]);
  });

  it("reads a notice, and leaves out script, style, navigation, the header line and the table of contents", () => {
    const source = read(
      page(
        `<script>var geheim = "script";</script><style>.x { color: red }</style><nav>Menu</nav>
         <div class="mededeling"><p>De vragen kunnen niet binnen de termijn worden beantwoord.</p></div>`,
      ),
    );
    expect(source.sections).toEqual([expect.objectContaining({ kind: "notice", heading: null, blocks: [expect.objectContaining({ type: "paragraph" })] })]);
    const all = JSON.stringify(source);
    for (const left of ["geheim", "color", "Menu", "Kopregel", "#d1e1"]) expect(all).not.toContain(left);
    expect(source.diagnostics).toEqual([]);
  });
});

describe("readOfficialHtml on broken and hostile input", () => {
  it("refuses a file that is not valid UTF-8, naming the line", () => {
    const latin1 = Uint8Array.from([...bytes('<!DOCTYPE html>\n<html><body>\n<div class="vraag"><p>Financi'), 0xeb, ...bytes("n</p></div></body></html>")]);
    expect(refusal(latin1)).toMatchObject({ code: "html-encoding", line: 3, message: expect.stringContaining("not valid UTF-8") });
  });

  it("refuses an empty file, a huge one and a deeply nested one by name", () => {
    expect(refusal("")).toMatchObject({ code: "empty" });
    expect(refusal(new Uint8Array(MAX_HTML_BYTES + 1).fill(0x20))).toMatchObject({ code: "too-large", message: expect.stringContaining("20 MB is refused") });
    const deep = page(`${"<div>".repeat(MAX_HTML_DEPTH + 5)}x${"</div>".repeat(MAX_HTML_DEPTH + 5)}`);
    expect(refusal(deep)).toMatchObject({ code: "html-too-deep", message: `elements nest deeper than ${MAX_HTML_DEPTH} levels` });
  });

  it("refuses a page that is not a Kamervragen page of the publisher", () => {
    expect(refusal("<!DOCTYPE html><html><body><p>Hallo</p></body></html>")).toMatchObject({ code: "html-not-kamervragen" });
  });

  it("reads HTML's own entities and never an entity a DOCTYPE declares", () => {
    const source = read(
      `<!DOCTYPE html [<!ENTITY geheim SYSTEM "file:///etc/passwd">]><html><body><div class="vraag"><h2 class="stuktitel">Vraag 1</h2><p>a &amp; b&nbsp;&eacute; &geheim;</p></div></body></html>`,
    );
    expect(paragraphs(source.sections[0]?.blocks)).toEqual(["a & b\u00a0é &geheim;"]);
    expect(JSON.stringify(source)).not.toContain("root:");
  });
});
