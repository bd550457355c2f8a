/**
 * The benchmark's corpus generator (bench/corpus/): the same seed gives the same bytes, every document
 * normalizes without a problem through the product's normalizer, the corpus has the variety of the
 * real documents (docs/record.md), and its XML form gives the record its markdown form gives.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/corpus/load.ts";
import type { KamervraagRecord } from "../../src/model.ts";
import {
  ELECTIONS,
  memberRoster,
  apportion,
  documentId,
  dutchDate,
  generateCorpus,
  generateDocument,
  hardWrap,
  planCorpus,
  prinsjesdag,
  sessionSizes,
  type GeneratedDocument,
} from "../../bench/corpus/generator.ts";
import { markName, printNames, renderNames } from "../../bench/corpus/parts.ts";
import { Random } from "../../bench/corpus/random.ts";
import { writeCorpus } from "../../bench/corpus/write.ts";
import { escapeXml } from "../../bench/corpus/xml.ts";

const SAMPLE = 300;
let sample: GeneratedDocument[];
let dir: string;

beforeAll(async () => {
  sample = [...generateCorpus({ count: SAMPLE, seed: "test" })];
  dir = await mkdtemp(join(tmpdir(), "kv-corpus-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function hashFolder(folder: string): Promise<string> {
  const hash = createHash("sha256");
  const entries = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of entries)
    hash
      .update(file.slice(folder.length))
      .update("\0")
      .update(await readFile(file));
  return hash.digest("hex");
}

describe("the seeded random generator", () => {
  it("repeats its stream for a seed and differs between seeds", () => {
    const a = new Random("x");
    const b = new Random("x");
    const c = new Random("y");
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe("determinism", () => {
  it("writes byte-identical corpora for the same seed, and different ones for another seed", async () => {
    const one = join(dir, "one");
    const two = join(dir, "two");
    const other = join(dir, "other");
    const s1 = await writeCorpus({ count: 120, seed: "det", out: one });
    const s2 = await writeCorpus({ count: 120, seed: "det", out: two });
    await writeCorpus({ count: 120, seed: "det2", out: other });
    expect(s2).toEqual(s1);
    expect(await hashFolder(two)).toBe(await hashFolder(one));
    expect(await hashFolder(other)).not.toBe(await hashFolder(one));
  });

  it("generates a document from its seed and id alone", () => {
    const plan = planCorpus({ count: SAMPLE, seed: "test" });
    expect(generateDocument(plan[17]!, "test")).toEqual(sample[17]);
  });

  it("writes the markdown form byte for byte as before the XML form was (fb8fb89), the manifest included", async () => {
    // A hash of `writeCorpus({ count: 120, seed: "det" })` by the generator of fb8fb89. A deliberate
    // change to the markdown form changes it: then write the new hash here, and say so.
    const out = join(dir, "pinned");
    await writeCorpus({ count: 120, seed: "det", out });
    expect(await hashFolder(out)).toBe("7fd3bbc8affde2e29de22aeda513e7e372c39b49881f48ec1b724f7f19c1f355");
  });

  it("writes the XML form byte-identically for a seed, as `<vergaderjaar>/<id>.xml`, and says so in its summary", async () => {
    const one = join(dir, "xml-one");
    const two = join(dir, "xml-two");
    const s1 = await writeCorpus({ count: 60, seed: "det", form: "xml", out: one });
    const s2 = await writeCorpus({ count: 60, seed: "det", form: "xml", out: two });
    expect(s2).toEqual(s1);
    expect(s1.form).toBe("xml");
    expect(s1.medianDocument.path).toMatch(/^\d{4}-\d{4}\/ah-(?:tk|ek)-\d{8}-\d+\.xml$/u);
    expect(await hashFolder(two)).toBe(await hashFolder(one));
    const markdown = await writeCorpus({ count: 60, seed: "det", out: join(dir, "md-60") });
    expect("form" in markdown).toBe(false);
    // The same documents: the same ids, vergaderjaren and kinds.
    expect({ ...s1, form: undefined, bytes: 0, medianDocument: null }).toEqual({ ...markdown, form: undefined, bytes: 0, medianDocument: null });
  });
});

describe("the plan", () => {
  it("has unique ids, the count asked for, every vergaderjaar from 1995–1996 to 2024–2025", () => {
    const plan = planCorpus({ count: 5000, seed: "plan" });
    expect(plan).toHaveLength(5000);
    const ids = new Set(plan.map(documentId));
    expect(ids.size).toBe(5000);
    const sessions = new Set(plan.map((p) => p.session));
    expect(Math.min(...sessions)).toBe(1995);
    expect(Math.max(...sessions)).toBe(2024);
    expect(sessions.size).toBe(30);
    // A few Eerste Kamer items.
    expect(plan.filter((p) => p.house === "ek").length).toBeGreaterThan(5);
  });

  it("follows 2,500–4,000 items a year", () => {
    const sizes = sessionSizes("plan");
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(82_000);
    expect(total).toBeLessThan(95_000);
    for (const size of sizes.values()) {
      expect(size).toBeGreaterThanOrEqual(2500);
      expect(size).toBeLessThanOrEqual(4000);
    }
    const plan = planCorpus({ count: 87_000, seed: "plan" });
    const perSession = new Map<number, number>();
    for (const p of plan) perSession.set(p.session, (perSession.get(p.session) ?? 0) + 1);
    for (const n of perSession.values()) {
      expect(n).toBeGreaterThanOrEqual(2400);
      expect(n).toBeLessThanOrEqual(4000);
    }
    expect(new Set(plan.map(documentId)).size).toBe(87_000);
  });

  it("apportions exactly", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [2500, 4000]).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it("dates as the Aanhangsel prints them", () => {
    expect(prinsjesdag(2023)).toBe("2023-09-19");
    expect(prinsjesdag(2020)).toBe("2020-09-15");
    expect(dutchDate("2024-01-03")).toBe("3 januari 2024");
  });
});

describe("validity through the product's normalizer", () => {
  it("normalizes 200 generated documents without errors or warnings, each to its planned id", async () => {
    const { writeFile, mkdir } = await import("node:fs/promises");
    const problems: string[] = [];
    for (const doc of sample.slice(0, 200)) {
      const file = join(dir, "valid", doc.path);
      await mkdir(join(file, ".."), { recursive: true });
      await writeFile(file, doc.content);
      const { record, diagnostics } = await normalizeFile(file);
      for (const d of diagnostics) problems.push(`${doc.id}:${d.line ?? ""} ${d.severity} ${d.code}: ${d.message}`);
      if (!record) problems.push(`${doc.id}: no record`);
      else {
        if (record.id !== doc.id) problems.push(`${doc.id}: read as ${record.id}`);
        if (doc.variant.kind === "antwoord") {
          expect(record.kind).toBe("antwoord");
          const numbers = record.questions.flatMap((q) => q.covers ?? [q.number]);
          expect(numbers).toEqual(Array.from({ length: doc.variant.questions }, (_, i) => i + 1));
          expect(record.answers.length).toBe(doc.variant.answers);
          expect(record.askers.length).toBe(doc.variant.askers);
          expect(record.footnotes.length).toBe(doc.variant.footnotes);
        } else {
          expect(record.kind).toBe("mededeling");
          expect(record.notice).not.toBeNull();
        }
        expect(record.seeAlso.length).toBe(doc.variant.seeAlso ? 1 : 0);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the XML form", () => {
  const XML_SAMPLE = 200;
  let pairs: Array<{ markdown: GeneratedDocument; xml: GeneratedDocument }>;

  beforeAll(() => {
    const plan = planCorpus({ count: SAMPLE, seed: "test" });
    pairs = plan.slice(0, XML_SAMPLE).map((p, i) => ({ markdown: sample[i]!, xml: generateDocument(p, "test", "xml") }));
  });

  /** Writes a generated document where its path says, and normalizes it through the product. */
  async function normalized(doc: GeneratedDocument, folder: string) {
    const file = join(dir, folder, doc.path);
    await mkdir(join(file, ".."), { recursive: true });
    await writeFile(file, doc.content);
    return normalizeFile(file);
  }

  /**
   * A text as both forms' records can be compared: white space folded, and what differs by design made
   * one. A URL the markdown form writes as `<https://…>` the XML form's record writes as the link
   * `[https://…](https://…)` (its `<extref>`); a table's rule row the markdown form writes `|---|---|`, the
   * product writes the XML's table `| --- | --- |`; a quotation (`> «…», aldus …`) is a paragraph of its
   * own in the XML form, which as the product reads it has no quotation element (bench/corpus/xml.ts);
   * the markdown normalizer keeps the subject's italics (`*…*`), the XML's `<kamervraagonderwerp>` gives
   * the subject's text.
   */
  function fold(text: string): string {
    return text
      .replace(/\[(https?:\/\/[^\]\s]+)\]\(\1\)/gu, "<$1>")
      .replace(/^\|(?:\s*-{3,}\s*\|)+$/gmu, (rule) => rule.replace(/\s+/gu, ""))
      .replace(/^> /gmu, "")
      .replace(/\s+/gu, " ")
      .trim();
  }

  /**
   * Every field both forms carry, comparable: all of the record but `source` (the file and its format,
   * which differ by design). `zaak` and `topics` are the publisher's metadata, which neither form carries
   * here: null and empty in both, and compared as such.
   */
  function comparable(record: KamervraagRecord) {
    const { source: _source, ...fields } = record;
    return {
      ...fields,
      subject: record.subject === null ? null : fold(record.subject).replace(/^\*(.*)\*$/u, "$1"),
      questions: record.questions.map((q) => ({ ...q, text: fold(q.text) })),
      answers: record.answers.map((a) => ({ ...a, text: fold(a.text) })),
      notice: record.notice === null ? null : fold(record.notice),
      footnotes: record.footnotes.map((f) => ({ ...f, text: fold(f.text) })),
    };
  }

  it("is well-formed XML in the publisher's schema, every text escaped", () => {
    for (const { xml } of pairs) {
      expect(XMLValidator.validate(xml.content), xml.id).toBe(true);
      expect(xml.path).toBe(xml.path.replace(/\.md$/u, ".xml"));
      expect(xml.content).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<officiele-publicatie /u);
      for (const element of [
        "<kamervragen>",
        "<kamervraagkop>",
        '<tekstregel inhoud="vergaderjaar">',
        "<kamervraagnummer>",
        '<kamervraagomschrijving type="vraag">',
      ])
        expect(xml.content).toContain(element);
    }
    const all = pairs.map((p) => p.xml.content).join("\n");
    for (const element of [
      '<tekstregel inhoud="kameraanduiding">Eerste Kamer',
      "<naam><achternaam>",
      "<kamervraagonderwerp>",
      '<datum isodatum="',
      '<nadruk type="cur">',
    ])
      expect(all).toContain(element);
    for (const element of [
      '<vraag>\n      <nr status="officieel">Vraag 1</nr>',
      "<antwoord>",
      "<kamervraagmededeling>",
      '<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>',
    ])
      expect(all).toContain(element);
    for (const element of [
      '<extref soort="URL" doc="https://',
      '<lijst type="ongemarkeerd">',
      '<lijst type="expliciet">',
      "<li><li.nr>",
      '<tabel><tgroup cols="3">',
    ])
      expect(all).toContain(element);
    // «Autoriteit Consument & Markt» and the like: escaped, never raw.
    expect(all).toContain("&amp;");
    expect(all.replace(/&(?:amp|lt|gt|quot|apos);/gu, "")).not.toContain("&");
    expect(escapeXml(`a & b < c > "d" 'e'`)).toBe("a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;");
  });

  it("marks the names of the header sentences, which the markdown form prints in bold or plain", () => {
    const marked = `de leden ${markName("Van den Berg")} en ${markName("Kostić & Co")} (beiden CDA)`;
    expect(printNames(marked, true)).toBe("de leden **Van den Berg** en **Kostić & Co** (beiden CDA)");
    expect(printNames(marked, false)).toBe("de leden Van den Berg en Kostić & Co (beiden CDA)");
    expect(renderNames(marked, escapeXml, (n) => `<naam>${escapeXml(n)}</naam>`)).toBe(
      "de leden <naam>Van den Berg</naam> en <naam>Kostić &amp; Co</naam> (beiden CDA)",
    );
  });

  it(`normalizes ${XML_SAMPLE} generated documents without a diagnostic, to the record of their markdown form`, async () => {
    const problems: string[] = [];
    for (const { markdown, xml } of pairs) {
      const fromXml = await normalized(xml, "xml-form");
      const fromMarkdown = await normalized(markdown, "markdown-form");
      for (const d of fromXml.diagnostics) problems.push(`${xml.id}:${d.line ?? ""} ${d.severity} ${d.code}: ${d.message}`);
      if (!fromXml.record || !fromMarkdown.record) {
        problems.push(`${xml.id}: no record (${fromXml.record ? "markdown" : "XML"})`);
        continue;
      }
      expect(fromXml.record.source.format).toBe("xml");
      expect(comparable(fromXml.record), xml.id).toEqual(comparable(fromMarkdown.record));
    }
    expect(problems).toEqual([]);
    // The sample has every kind, the postponement notices (no question sentence in markdown) included.
    expect(new Set(pairs.map((p) => p.xml.variant.kind))).toEqual(new Set(["antwoord", "mededeling", "uitstel"]));
  });
});

describe("variety", () => {
  const count = <K extends keyof GeneratedDocument["variant"]>(key: K, value: GeneratedDocument["variant"][K]) =>
    sample.filter((d) => d.variant[key] === value).length;

  it("has every kind and style", () => {
    for (const kind of ["antwoord", "mededeling", "uitstel"] as const) expect(count("kind", kind)).toBeGreaterThan(0);
    for (const style of ["authored", "converted", "inline"] as const) expect(count("style", style)).toBeGreaterThan(0);
    expect(count("masthead", true)).toBeGreaterThan(0);
    expect(count("frontMatter", true)).toBeGreaterThan(0);
    expect(count("hardWrapped", true)).toBeGreaterThan(0);
    expect(count("kind", "antwoord") / SAMPLE).toBeGreaterThan(0.75);
  });

  it("has one to three askers in every party form, and shared-title addressees", () => {
    for (const n of [1, 2, 3]) expect(count("askers", n)).toBeGreaterThan(0);
    for (const form of ["single", "each", "beiden", "allen", "mixed"] as const) expect(count("askerForm", form)).toBeGreaterThan(0);
    expect(count("missingSpace", true)).toBeGreaterThan(0);
    for (const n of [1, 2, 3]) expect(count("addressees", n)).toBeGreaterThan(0);
    expect(count("sharedTitle", true)).toBeGreaterThan(0);
    expect(count("medeNamens", true)).toBeGreaterThan(0);
    expect(count("respondents", 2)).toBeGreaterThan(0);
    expect(count("seeAlso", true)).toBeGreaterThan(0);
    expect(count("guillemets", true)).toBeGreaterThan(0);
    expect(sample.some((d) => /\(beiden /u.test(d.content))).toBe(true);
  });

  it("has 2–15 questions, grouped answers and questions, footnotes with URLs, lists, tables and quotes", () => {
    const answered = sample.filter((d) => d.variant.kind !== "uitstel");
    const questions = answered.map((d) => d.variant.questions);
    expect(Math.min(...questions)).toBe(2);
    expect(Math.max(...questions)).toBeGreaterThanOrEqual(13);
    expect(Math.max(...questions)).toBeLessThanOrEqual(15);
    expect(sample.filter((d) => d.variant.groupedAnswers > 0).length).toBeGreaterThan(10);
    expect(sample.filter((d) => d.variant.groupedQuestions > 0).length).toBeGreaterThan(0);
    expect(sample.some((d) => /Antwoord \d+, \d+ en \d+/u.test(d.content) || /Antwoord \d+ t\/m \d+/u.test(d.content))).toBe(true);
    expect(sample.filter((d) => d.variant.footnotes > 0).length).toBeGreaterThan(SAMPLE / 2);
    expect(sample.reduce((s, d) => s + d.variant.urls, 0)).toBeGreaterThan(SAMPLE / 2);
    expect(sample.some((d) => /^\[\^1\]: .*<https:\/\//mu.test(d.content))).toBe(true);
    expect(sample.filter((d) => d.variant.lists > 0).length).toBeGreaterThan(0);
    expect(sample.filter((d) => d.variant.tables > 0).length).toBeGreaterThan(0);
    expect(sample.filter((d) => d.variant.quotes > 0).length).toBeGreaterThan(0);
    const forms = new Set(sample.flatMap((d) => d.variant.headingForms));
    for (const form of ["##", "###", "####", "**", "inline", "plain"]) expect(forms).toContain(form);
  });

  it("writes Dutch with names, compound words and guillemets, about 12 KB a document", () => {
    const text = sample.map((d) => d.content).join("\n");
    expect(text).toMatch(/\b(?:Van den|Van der|De) [A-Z]/u);
    expect(text).toMatch(/[A-Z][a-z]+-(?:van|de|[A-Z])/u);
    expect(text).toMatch(/[ćöüçğş]/u);
    expect(text).toMatch(/«[^»]+»/u);
    expect(text).toMatch(/\b(?:jeugdzorg|woning|stikstof|belasting)\w{4,}/u);
    expect(text).toMatch(/mede namens/u);
    expect(text).toMatch(/Zie ook Aanhangsel Handelingen, vergaderjaar \d{4}–\d{4}, nr\. \d+/u);
    const average = sample.reduce((s, d) => s + Buffer.byteLength(d.content), 0) / SAMPLE;
    expect(average).toBeGreaterThan(10_000);
    expect(average).toBeLessThan(14_500);
  });
});

describe("hard wraps", () => {
  it("never starts a line with what the normalizer reads as structure", () => {
    const rng = new Random("wrap");
    const text =
      "Zie het antwoord op vraag 3. Vraag 2 en Antwoord 4 staan hier, met 12 maart en - streepjes en * sterren en > pijlen, en een heel lang woningbouwuitvoeringsprogramma.";
    for (let width = 10; width < 60; width++) {
      for (const line of hardWrap(text, width, rng, true).split("\n").slice(1)) {
        expect(line).not.toMatch(/^(?:\d|[-*+>#|]|vraag|antwoord)/iu);
      }
    }
  });
});

describe("the Kamer the askers come from", () => {
  const roster = memberRoster("1");

  it("has 150 seats per election period, shared by the parties sitting then", () => {
    expect(roster).toHaveLength(ELECTIONS.length);
    roster.forEach((period, i) => {
      expect(period).toHaveLength(150);
      for (const member of period) expect(member.party.from <= ELECTIONS[i]! && member.party.until > ELECTIONS[i]!).toBe(true);
      expect(new Set(period.map((m) => m.name)).size).toBe(150);
    });
  });

  it("keeps members over elections: about a thousand over 30 years, each for one party", () => {
    const all = new Set(roster.flat());
    expect(all.size).toBeGreaterThan(600);
    expect(all.size).toBeLessThan(1500);
    expect(new Set([...all].map((m) => m.name)).size).toBe(all.size);
    const returning = roster[1]!.filter((m) => roster[0]!.includes(m)).length;
    expect(returning).toBeGreaterThan(50);
  });

  it("is the same for the same seed", () => {
    expect(memberRoster("1")).toBe(roster);
    const again = memberRoster("another seed");
    expect(again.flat().map((m) => m.name)).not.toEqual(roster.flat().map((m) => m.name));
  });
});
