import { describe, expect, it } from "vitest";
import { buildBrowse } from "../../src/site/facets.ts";
import { documentContext } from "../../src/site/document-context.ts";
import { answerTimeText, buildDocumentView, readingOrder } from "../../src/site/document-view.ts";
import { createMarkdown, FootnoteError } from "../../src/markdown/index.ts";
import type { KamervraagRecord } from "../../src/model.ts";
import { fixtureRecord } from "../fixtures/records.ts";

const md = createMarkdown();
const noSite = new Map<string, KamervraagRecord>();

/** The view of a record on a site of itself and the documents given. */
function viewOf(record: KamervraagRecord, siteDocuments: ReadonlyMap<string, KamervraagRecord> = noSite) {
  return buildDocumentView(record, { md, context: documentContext(record, { siteDocuments, browse: buildBrowse([record]) }) });
}

/** A record with only what the reading order needs. */
function qa(questions: KamervraagRecord["questions"], answers: KamervraagRecord["answers"]) {
  return { questions, answers };
}

/** The reading order as `V1 A1 …` (`A4+5` for a grouped answer). */
function order(record: Pick<KamervraagRecord, "questions" | "answers">): string {
  return readingOrder(record)
    .map((item) => (item.type === "question" ? `V${(item.question.covers ?? [item.question.number]).join("+")}` : `A${item.answer.questions.join("+")}`))
    .join(" ");
}

describe("readingOrder", () => {
  it("interleaves each answer after its question", () => {
    const record = qa(
      [1, 2, 3].map((number) => ({ number, text: "" })),
      [1, 2, 3].map((n) => ({ questions: [n], text: "" })),
    );
    expect(order(record)).toBe("V1 A1 V2 A2 V3 A3");
  });

  it("puts a grouped answer after the last question it answers", () => {
    const record = qa(
      [3, 4, 5, 6].map((number) => ({ number, text: "" })),
      [
        { questions: [3], text: "" },
        { questions: [4, 5], text: "" },
        { questions: [6], text: "" },
      ],
    );
    expect(order(record)).toBe("V3 A3 V4 V5 A4+5 V6 A6");
  });

  it("puts a grouped answer right after a grouped question", () => {
    const record = qa(
      [
        { number: 4, covers: [4, 5], text: "" },
        { number: 6, text: "" },
      ],
      [
        { questions: [4, 5], text: "" },
        { questions: [6], text: "" },
      ],
    );
    expect(order(record)).toBe("V4+5 A4+5 V6 A6");
  });

  it("keeps an answer to a question the record lacks, at the end", () => {
    const record = qa(
      [{ number: 1, text: "" }],
      [
        { questions: [1], text: "" },
        { questions: [2], text: "" },
      ],
    );
    expect(order(record)).toBe("V1 A1 A2");
  });

  it("lists questions only when there are no answers", () => {
    expect(
      order(
        qa(
          [1, 2].map((number) => ({ number, text: "" })),
          [],
        ),
      ),
    ).toBe("V1 V2");
  });
});

describe("buildDocumentView", () => {
  it("gives every question and answer a heading and an anchor, in reading order", async () => {
    const view = viewOf(await fixtureRecord("ah-tk-20232024-387"));
    expect(view.items.slice(4, 10).map(({ type, id, heading }) => [type, id, heading])).toEqual([
      ["question", "vraag-3", "Vraag 3"],
      ["answer", "antwoord-3", "Antwoord 3"],
      ["question", "vraag-4", "Vraag 4 en 5"],
      ["answer", "antwoord-4", "Antwoord 4 en 5"],
      ["question", "vraag-6", "Vraag 6"],
      ["answer", "antwoord-6", "Antwoord 6"],
    ]);
  });

  it("links every question a grouped answer answers to that answer", async () => {
    const record = await fixtureRecord("ah-tk-20202021-2290");
    const grouped: KamervraagRecord = {
      ...record,
      answers: [...record.answers.filter((a) => a.questions[0] !== 4 && a.questions[0] !== 5), { questions: [4, 5], text: "Samen beantwoord.[^3]" }],
    };
    const view = viewOf(grouped);
    const byId = new Map(view.items.map((item) => [item.id, item]));
    expect(byId.get("vraag-4")?.answeredIn).toEqual({ href: "#antwoord-4", text: "Antwoord 4 en 5" });
    expect(byId.get("vraag-5")?.answeredIn).toEqual({ href: "#antwoord-4", text: "Antwoord 4 en 5" });
    expect(byId.get("vraag-3")?.answeredIn).toBeNull();
    expect(view.items.map((item) => item.id).slice(6, 10)).toEqual(["vraag-4", "vraag-5", "antwoord-4", "vraag-6"]);
  });

  it("describes the document in metadata rows", async () => {
    const view = viewOf(await fixtureRecord("ah-tk-20202021-2290"));
    expect(view.title).toBe("Het bericht dat Huawei in technologie investeert voor de etnische profilering van Oeigoeren — Kamervragen ah-tk-20202021-2290");
    expect(view.metadata.map((row) => [row.term, row.values.map((v) => v.text)])).toEqual([
      ["Nummer", ["2290"]],
      ["Vergaderjaar", ["2020–2021"]],
      ["Vragenstellers", ["Van den Nieuwenhuijzen (GroenLinks)", "Buitenweg (GroenLinks)"]],
      ["Partij", ["GroenLinks"]],
      ["Ministeries", ["Ministerie van Buitenlandse Zaken", "Ministerie van Justitie en Veiligheid", "Ministerie van Economische Zaken en Klimaat"]],
      [
        "Gericht aan",
        [
          "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
          "Minister van Justitie en Veiligheid",
          "Staatssecretaris van Economische Zaken en Klimaat",
        ],
      ],
      ["Beantwoord door", ["Minister Kaag (Buitenlandse Handel en Ontwikkelingssamenwerking)"]],
      ["Mede namens", ["Minister van Justitie en Veiligheid", "Staatssecretaris van Economische Zaken en Klimaat"]],
      ["Ingezonden", ["15 januari 2021"]],
      ["Antwoord ontvangen", ["9 april 2021"]],
      ["Officiële publicatie", ["ah-tk-20202021-2290 op officielebekendmakingen.nl"]],
    ]);
    const dates = view.metadata.flatMap((row) => row.values).filter((v) => v.datetime);
    expect(dates.map((v) => v.datetime)).toEqual(["2021-01-15", "2021-04-09"]);
  });

  it("ends a Mededeling with the notice and links Zie ook to pages the site has", async () => {
    const record = await fixtureRecord("ah-tk-20232024-2431");
    const site = new Map([["ah-tk-20232024-387", await fixtureRecord("ah-tk-20232024-387")]]);
    const view = viewOf(record, site);
    expect(view.items.map((item) => item.id)).toEqual(["vraag-1", "vraag-2", "vraag-3", "mededeling"]);
    expect(view.metadata.find((row) => row.term === "Mededeling van")?.values[0]?.text).toBe("Minister Jetten (Klimaat en Energie)");
    expect(view.metadata.find((row) => row.term === "Zie ook")?.values).toEqual([
      { text: "De situatie in de Zuidelijke Kaukasus (ah-tk-20232024-387)", href: "/ah-tk-20232024-387/", datetime: null },
      { text: "ah-tk-20232024-2100", href: "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-2100.html", datetime: null },
    ]);
    expect(view.footnotes).toContain('id="ah-tk-20232024-2431-voetnoot-1"');
  });

  it("fails with the document named when a footnote does not resolve", async () => {
    const record = await fixtureRecord("ah-tk-20202021-2290");
    const broken = { ...record, footnotes: record.footnotes.filter((f) => f.number !== 3) };
    expect(() => viewOf(broken)).toThrow(FootnoteError);
    expect(() => viewOf(broken)).toThrow(
      "footnote problems in ah-tk-20202021-2290 (content/documents/ah-tk-20202021-2290.md):\n  Antwoord 5: footnote [^3] is referenced but never defined",
    );
  });
});

describe("answerTimeText", () => {
  it("says how many days the answer took and whether that was within the three weeks", () => {
    expect(answerTimeText({ submitted: "2021-01-15", answered: "2021-04-09", kind: "antwoord" })).toBe(
      "Beantwoord na 84 dagen: later dan de drie weken die het Reglement van Orde van de Tweede Kamer voor een antwoord geeft.",
    );
    expect(answerTimeText({ submitted: "2024-03-11", answered: "2024-03-12", kind: "antwoord" })).toBe(
      "Beantwoord na 1 dag: binnen de drie weken die het Reglement van Orde van de Tweede Kamer voor een antwoord geeft.",
    );
  });

  it("counts a Mededeling as answered on its date, and says nothing without both dates", () => {
    expect(answerTimeText({ submitted: "2024-05-21", answered: "2024-06-11", kind: "mededeling" })).toMatch(/^Mededeling na 21 dagen: binnen /);
    expect(answerTimeText({ submitted: null, answered: "2024-06-11", kind: "antwoord" })).toBeNull();
  });
});
