/**
 * The site built from the real content/documents (through the normalizer): every page passes the
 * structural checks, and every document page shows the questions, answers and footnotes that a person
 * read in the source (test/fixtures/expected).
 */
import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageProblems, text } from "../support/html.ts";
import { buildTestSite, type BuiltSite } from "../support/site.ts";

interface Expected {
  id: string;
  questions: { number: number }[];
  answers: { questions: number[] }[];
  footnotes: { number: number }[];
}

const EXPECTED_DIR = new URL("../fixtures/expected/", import.meta.url);
const expected: Expected[] = readdirSync(EXPECTED_DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(new URL(name, EXPECTED_DIR), "utf8")) as Expected);

let site: BuiltSite;

beforeAll(async () => {
  site = await buildTestSite({ configPath: "eleventy.config.ts" });
});

afterAll(async () => {
  await site?.remove();
});

describe("the site built from content/documents", () => {
  it("passes the structural checks on every page", () => {
    const pages = site.files.filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(1);
    const problems = pages.flatMap((file) => pageProblems(site.page(`/${file.replace(/index\.html$/, "")}`), site).map((p) => `${file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it.each(expected.map((e) => [e.id, e] as const))("shows every question, answer and footnote of %s", (id, doc) => {
    const page = site.page(`/${id}/`);
    const anchors = new Set(page.querySelectorAll("main h2[id]").map((h) => h.id));
    const wanted = [...doc.questions.map((q) => `vraag-${q.number}`), ...doc.answers.map((a) => `antwoord-${a.questions[0]}`)];
    expect(wanted.filter((anchor) => !anchors.has(anchor))).toEqual([]);
    expect(page.querySelectorAll(".kv-footnotes li").map((li) => li.id)).toEqual(doc.footnotes.map((f) => `${id}-voetnoot-${f.number}`));
    const references = page.querySelectorAll(".kv-footnote-ref a").map((a) => text(a));
    expect(new Set(references)).toEqual(new Set(doc.footnotes.map((f) => `Voetnoot ${f.number}`)));
  });

  it("tells the reader what may be wrong on the page of a document with doubts, and says nothing on the others", () => {
    // 878: the text layer glues «Inge vanDijk»; the PDF's own Subject puts the space back, a doubt.
    const page = site.page("/ah-tk-20232024-878/");
    const caution = page.querySelector("aside.kv-caution");
    expect(caution?.getAttribute("aria-labelledby")).toBe("over-deze-tekst");
    expect(text(caution?.querySelector("h2"))).toBe("Over deze tekst");
    expect(caution?.querySelectorAll("li").map((li) => text(li))).toEqual([
      "Een naam die in de bron aaneengeschreven stond, is verbeterd met een tweede bron.",
    ]);
    expect(caution?.querySelector("a")?.getAttribute("href")).toBe("https://zoek.officielebekendmakingen.nl/ah-tk-20232024-878.html");
    expect(text(page.querySelector("dl.kv-meta"))).toContain("Inge van Dijk (CDA)");
    const record = JSON.parse(site.read("ah-tk-20232024-878/record.json")) as { askers: { name: string }[]; doubts: { code: string }[] };
    expect(record.askers.map((a) => a.name)).toEqual(["Inge van Dijk"]);
    expect(record.doubts.map((d) => d.code)).toEqual(["name-corrected"]);
    expect(site.fileFor("/lid/inge-van-dijk-cda/")).not.toBeNull();
    expect(site.page("/ah-tk-20232024-387/").querySelector("aside.kv-caution")).toBeNull();
  });

  it("publishes a JSON Schema that every record of the site meets, in its own file and in its vergaderjaar's", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    // ajv-formats is CommonJS: its function is the module's default export at run time, and typed as `.default`.
    (formats as unknown as typeof formats.default)(ajv);
    const validate = ajv.compile(JSON.parse(site.read("records.schema.json")) as object);
    const index = JSON.parse(site.read("records.json")) as { schema: string; vergaderjaren: { url: string }[] };
    expect(index.schema).toBe("records.schema.json");
    const records = index.vergaderjaren.flatMap((year) => (JSON.parse(site.read(year.url)) as { records: Array<{ id: string }> }).records);
    expect(records.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
    for (const record of records) {
      expect(validate(record) ? [] : validate.errors, record.id).toEqual([]);
      const own: unknown = JSON.parse(site.read(`${record.id}/record.json`));
      expect(validate(own) ? [] : validate.errors, `${record.id}/record.json`).toEqual([]);
    }
    // The schema says no: a record without its id, or with an impossible kind, fails.
    const [first] = records;
    const { id: _id, ...withoutId } = first!;
    expect(validate(withoutId)).toBe(false);
    expect(validate({ ...first, kind: "vraag" })).toBe(false);
  });

  it("shows a member by the fullest name a source gives, filed under the surname, at the address of the printed name", () => {
    const index = site.page("/lid/");
    const link = index.querySelectorAll("main a").find((a) => text(a).startsWith("S.P.R.A. van Weyenberg"));
    expect(link?.getAttribute("href")).toBe("/lid/van-weyenberg-d66/");
    expect(text(site.page("/ah-tk-20202021-3235/").querySelector("dl.kv-meta"))).toContain("S.P.R.A. van Weyenberg (D66)");
  });

  it("lists every document on the home page", () => {
    const links = site
      .page("/")
      .querySelectorAll("main li h2 a")
      .map((a) => a.getAttribute("href"));
    expect(new Set(links)).toEqual(new Set(expected.map((e) => `/${e.id}/`)));
  });
});
