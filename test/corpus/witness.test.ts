/**
 * The publisher's metadata as a second witness of a document (src/corpus/witness.ts, applied by
 * loadCorpus): which metadata file describes which document, what it fills in, every disagreement
 * with the body as a warning naming both files, and a changed metadata file seen through the record
 * cache, in worker threads as in one thread.
 */
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/corpus/load.ts";
import { assignMetadata, isMetadataFile, readableName, surnameKey } from "../../src/corpus/witness.ts";
import { recordSchema, type Diagnostic } from "../../src/model.ts";

const ID = "ah-tk-20202021-3235";
const REAL = `test/fixtures/official/${ID}`;
const DOCUMENT = `${REAL}/${ID}.xml`;
const METADATA = `${REAL}/metadata.xml`;
/**
 * A doctored copy of the real metadata.xml of 3235 (not a file of the publisher; its own comment says
 * so): another OVERHEIDop.datumOntvangst (2021-06-22), another third OVERHEIDop.indiener (A.H. Kuiken
 * for H. Kat), and DC.type Mededeling for Antwoord.
 */
const CONTRADICTING = "test/fixtures/official/witness/contradicting.metadata.xml";

const TOPICS = ["Economie | Ondernemen", "Sociale zekerheid | Organisatie en beleid"];

/** Paths as loadCorpus gives them: relative to the working folder. */
const shown = (path: string) => relative(process.cwd(), path) || path;
const disagreements = (corpus: Corpus): Diagnostic[] => corpus.diagnostics.filter((d) => d.code === "metadata-disagrees");

describe("the publisher's metadata as a second witness", () => {
  let work: string;
  let count = 0;
  /** A new folder in the publisher's layout, one folder per document: `<root>/<id>/{<id>.xml, metadata.xml}`. */
  const layout = async (metadata: string | null = METADATA) => {
    const root = join(work, `corpus-${++count}`);
    await mkdir(join(root, ID), { recursive: true });
    await copyFile(DOCUMENT, join(root, ID, `${ID}.xml`));
    if (metadata) await copyFile(metadata, join(root, ID, "metadata.xml"));
    return root;
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "kamervragen-witness-"));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("fills the Zaak number and the topics from metadata.xml in the document's folder, and finds nothing to disagree with", async () => {
    const alone = await loadCorpus(await layout(null));
    expect(alone.records[0]).toMatchObject({ zaak: null, topics: [] });

    const root = await layout();
    const corpus = await loadCorpus(root);
    expect(corpus.records).toHaveLength(1);
    const [record] = corpus.records;
    expect(record).toMatchObject({ id: ID, zaak: "2021Z09739", topics: TOPICS });
    // Everything but the filled fields is the body's.
    expect({ ...record, zaak: null, topics: [], askers: alone.records[0]!.askers, source: alone.records[0]!.source }).toEqual(alone.records[0]);
    // The askers too, but for the fuller names the metadata adds.
    expect(record!.askers.map(({ fullName: _full, ...asker }) => asker)).toEqual(alone.records[0]!.askers);
    expect(recordSchema.parse(record)).toEqual(record);
    expect(corpus.diagnostics).toEqual([]);
    expect(corpus.stats.files).toBe(1);
  });

  it("warns once per contradicted field, naming both values and both files, and still publishes the body's record", async () => {
    const root = await layout(CONTRADICTING);
    const corpus = await loadCorpus(root);
    expect(corpus.rejected).toEqual([]);
    expect(corpus.records).toHaveLength(1);
    const [record] = corpus.records;
    expect(record).toMatchObject({ kind: "antwoord", answered: "2021-06-21", zaak: "2021Z09739", topics: TOPICS });
    expect(record!.askers.map((a) => a.name)).toEqual(["Van Weyenberg", "Romke de Jong", "Kat"]);

    const document = shown(join(root, ID, `${ID}.xml`));
    const metadata = shown(join(root, ID, "metadata.xml"));
    const warnings = disagreements(corpus);
    expect(warnings.map((d) => d.message.split(":")[0])).toEqual(["askers", "answered", "kind"]);
    for (const d of warnings) {
      expect(d).toMatchObject({ file: document, severity: "warning" });
      expect(d.message).toContain(`in ${metadata} `);
      expect(d.message).toContain("in this document");
    }
    expect(warnings[0]!.message).toContain("«Van Weyenberg, Romke de Jong, Kat» in this document");
    expect(warnings[0]!.message).toContain("«S.P.R.A. van Weyenberg, R.H. (Romke) de Jong, A.H. Kuiken»");
    expect(warnings[1]!.message).toContain("«2021-06-21» in this document, «2021-06-22»");
    expect(warnings[2]!.message).toContain("«antwoord» in this document, «Mededeling»");
    expect(corpus.diagnostics).toEqual(warnings);
  });

  it("gives the new result after the metadata changed and the document did not, from the same cache", async () => {
    const root = await layout();
    const cacheDir = join(work, "cache");
    const first = await loadCorpus(root, { cacheDir });
    expect(first.stats).toEqual({ files: 1, cached: 0 });
    expect(disagreements(first)).toEqual([]);

    await copyFile(CONTRADICTING, join(root, ID, "metadata.xml"));
    const second = await loadCorpus(root, { cacheDir });
    expect(second.stats).toEqual({ files: 1, cached: 1 });
    expect(disagreements(second).map((d) => d.message.split(":")[0])).toEqual(["askers", "answered", "kind"]);

    // Another Zaak number and other topics: the filled fields follow the metadata, too.
    const real = await readFile(METADATA, "utf8");
    await writeFile(
      join(root, ID, "metadata.xml"),
      real.replace("2021Z09739", "2021Z01234").replace(/<metadata name="OVERHEID\.category"[^\n]*Economie[^\n]*\n/u, ""),
    );
    const third = await loadCorpus(root, { cacheDir });
    expect(third.stats).toEqual({ files: 1, cached: 1 });
    expect(third.records[0]).toMatchObject({ zaak: "2021Z01234", topics: ["Sociale zekerheid | Organisatie en beleid"] });
    expect(third.diagnostics).toEqual([]);

    await rm(join(root, ID, "metadata.xml"));
    const fourth = await loadCorpus(root, { cacheDir });
    expect(fourth.stats).toEqual({ files: 1, cached: 1 });
    expect(fourth.records[0]).toMatchObject({ zaak: null, topics: [] });
  });

  it("reads <id>.metadata.xml beside the document, and never as a document of its own", async () => {
    const root = join(work, "flat");
    await mkdir(root, { recursive: true });
    await copyFile(DOCUMENT, join(root, `${ID}.xml`));
    await copyFile(METADATA, join(root, `${ID}.metadata.xml`));
    await cp("content/documents/ah-tk-20232024-302.md", join(root, "ah-tk-20232024-302.md"));
    const corpus = await loadCorpus(root);
    expect(corpus.stats.files).toBe(2);
    expect(corpus.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(corpus.records.find((r) => r.id === ID)).toMatchObject({ zaak: "2021Z09739", topics: TOPICS });
    expect(corpus.records.find((r) => r.id === "ah-tk-20232024-302")).toMatchObject({ topics: [] });
    expect(disagreements(corpus)).toEqual([]);

    await copyFile(CONTRADICTING, join(root, `${ID}.metadata.xml`));
    const contradicted = await loadCorpus(root);
    expect(disagreements(contradicted)).toHaveLength(3);
    for (const d of disagreements(contradicted)) expect(d.message).toContain(shown(join(root, `${ID}.metadata.xml`)));
  });

  it("uses no metadata.xml beside documents of two ids, with a warning on it", async () => {
    const root = await layout();
    await cp("content/documents/ah-tk-20232024-302.md", join(root, ID, "ah-tk-20232024-302.md"));
    const corpus = await loadCorpus(root);
    expect(corpus.records).toHaveLength(2);
    for (const record of corpus.records) expect(record).toMatchObject({ zaak: null, topics: [] });
    expect(corpus.diagnostics.filter((d) => d.code.startsWith("metadata-"))).toEqual([
      expect.objectContaining({
        file: shown(join(root, ID, "metadata.xml")),
        severity: "warning",
        code: "metadata-ambiguous",
        message: expect.stringContaining(`${ID}, ah-tk-20232024-302`) as unknown,
      }),
    ]);
  });

  it("uses no metadata whose DC.identifier names another document, with one warning naming both", async () => {
    const root = await layout();
    const real = await readFile(METADATA, "utf8");
    await writeFile(join(root, ID, "metadata.xml"), real.replace(`content="${ID}"`, 'content="ah-tk-20202021-3236"').replace("H. Kat", "A.H. Kuiken"));
    const corpus = await loadCorpus(root);
    expect(corpus.records[0]).toMatchObject({ zaak: null, topics: [] });
    expect(corpus.diagnostics).toHaveLength(1);
    expect(corpus.diagnostics[0]).toMatchObject({ file: shown(join(root, ID, `${ID}.xml`)), code: "metadata-disagrees", severity: "warning" });
    expect(corpus.diagnostics[0]!.message).toMatch(/^id: «ah-tk-20202021-3235» in this document, «ah-tk-20202021-3236» in .*metadata\.xml .*not used$/u);
  });

  it("reads a name whose particle the print glued as the metadata spells it, with a warning and as a doubt of the record", async () => {
    const root = join(work, "glued");
    await mkdir(root, { recursive: true });
    // The text layer of the official PDF of 878 glues «Inge vanDijk»; a text extraction keeps that.
    const glued = "ah-tk-20232024-878";
    await copyFile(`test/fixtures/pdftotext-layout/${glued}.txt`, join(root, `${glued}.txt`));
    const metadata = (await readFile(METADATA, "utf8"))
      .replace(/(name="DC\.identifier"[^>]*content=")[^"]*/u, `$1${glued}`)
      .replace(/<metadata name="OVERHEIDop\.indiener"[^>]*\/>\s*/gu, "")
      .replace(/(<metadata name="OVERHEIDop\.vergaderjaar")/u, '<metadata name="OVERHEIDop.indiener" scheme="" content="I. van Dijk"/>\n$1');
    await writeFile(join(root, `${glued}.metadata.xml`), metadata);
    const corpus = await loadCorpus(root);
    const record = corpus.records.find((r) => r.id === glued)!;
    expect(record.askers.map((a) => a.name)).toEqual(["Inge van Dijk"]);
    const corrected = corpus.diagnostics.filter((d) => d.code === "name-corrected");
    expect(corrected).toHaveLength(1);
    expect(corrected[0]!.message).toBe(
      `asker «Inge vanDijk» read as «Inge van Dijk»: the print glues the particle to the surname, ${shown(join(root, `${glued}.metadata.xml`))} (OVERHEIDop.indiener) has the space`,
    );
    expect(disagreements(corpus).filter((d) => d.message.startsWith("askers"))).toEqual([]);
    expect(record.doubts?.map((d) => d.code)).toContain("name-corrected");
  });

  it("keeps the metadata's fuller names beside the printed ones", async () => {
    const root = join(work, "full-names");
    await mkdir(root, { recursive: true });
    await copyFile(DOCUMENT, join(root, `${ID}.xml`));
    await copyFile(METADATA, join(root, `${ID}.metadata.xml`));
    const record = (await loadCorpus(root)).records[0]!;
    // The print names «Van Weyenberg», «Romke de Jong» and «Kat»; the metadata «S.P.R.A. van Weyenberg», «R.H. (Romke) de Jong», «H. Kat».
    expect(record.askers.map((a) => [a.name, a.fullName ?? null])).toEqual([
      ["Van Weyenberg", "S.P.R.A. van Weyenberg"],
      ["Romke de Jong", null],
      ["Kat", "H. Kat"],
    ]);
  });

  it("reads metadata_owms.xml when the folder has no metadata.xml, and only metadata.xml when it has both", async () => {
    const owms = await layout(null);
    await copyFile(`${REAL}/metadata_owms.xml`, join(owms, ID, "metadata_owms.xml"));
    const corpus = await loadCorpus(owms);
    expect(corpus.records[0]).toMatchObject({ zaak: "2021Z09739", topics: TOPICS });
    expect(corpus.diagnostics).toEqual([]);

    const both = await layout(CONTRADICTING);
    await copyFile(`${REAL}/metadata_owms.xml`, join(both, ID, "metadata_owms.xml"));
    expect(disagreements(await loadCorpus(both))).toHaveLength(3);
  });

  it("reports metadata it cannot read as an error of that file, and publishes the document", async () => {
    const root = await layout();
    await writeFile(join(root, ID, "metadata.xml"), '<?xml version="1.0"?>\n<metadata_gegevens>\n<metadata name=DC.identifier/>\n</metadata_gegevens>\n');
    const corpus = await loadCorpus(root);
    expect(corpus.records).toHaveLength(1);
    expect(corpus.records[0]).toMatchObject({ zaak: null });
    expect(corpus.diagnostics).toEqual([
      expect.objectContaining({ file: shown(join(root, ID, "metadata.xml")), line: 3, severity: "error", code: "metadata-malformed" }),
    ]);
  });

  it("gives the same result in worker threads as in one thread, from the cache or not", async () => {
    const root = await layout(CONTRADICTING);
    // Enough documents for the worker pool (src/corpus/load.ts starts it from 64 files to parse).
    for (let n = 1; n <= 70; n++) {
      await writeFile(
        join(root, `gen-${n}.md`),
        `## ${n}\n\nVragen van het lid Jansen (SP) aan de Minister van Financiën over onderwerp ${n} (ingezonden 3 januari 2024).\n\n` +
          `Antwoord van Minister Van Rij (Financiën) (ontvangen 5 februari 2024).\n\n## Vraag 1\n\nWaarom ${n}?\n\n## Antwoord 1\n\nDaarom.\n`,
      );
    }
    const serial = await loadCorpus(root, { workers: 1 });
    const parallel = await loadCorpus(root, { workers: 2 });
    expect(parallel).toEqual(serial);
    expect(serial.records.find((r) => r.id === ID)).toMatchObject({ zaak: "2021Z09739", topics: TOPICS });
    expect(disagreements(serial)).toHaveLength(3);

    const cacheDir = join(work, "pool-cache");
    const cold = await loadCorpus(root, { workers: 2, cacheDir });
    await copyFile(METADATA, join(root, ID, "metadata.xml"));
    const warm = await loadCorpus(root, { workers: 2, cacheDir });
    expect(cold.records).toEqual(serial.records);
    expect(cold.diagnostics).toEqual(serial.diagnostics);
    expect(warm.stats).toEqual({ files: 71, cached: 71 });
    expect(disagreements(warm)).toEqual([]);
  });
});

describe("which metadata file describes which document", () => {
  it("knows the metadata files by name, and no other file", () => {
    for (const name of ["a/metadata.xml", "a/metadata_owms.xml", `${ID}.metadata.xml`, `a/${ID}.METADATA.XML`])
      expect([name, isMetadataFile(name)]).toEqual([name, true]);
    for (const name of [`${ID}.xml`, "metadata.json", `${ID}.metadata.json`, "a/metadataxml.xml"]) expect([name, isMetadataFile(name)]).toEqual([name, false]);
  });

  it("gives a folder's metadata.xml to the one document of the folder, whatever forms of it are there", () => {
    const documents = [
      { path: `a/${ID}/${ID}.xml`, id: ID },
      { path: `a/${ID}/${ID}.pdf`, id: ID },
      { path: "a/ah-tk-20202021-1/x.md", id: "ah-tk-20202021-1" },
      { path: "a/ah-tk-20202021-1/y.md", id: "ah-tk-20202021-2" },
      { path: "a/failed/z.pdf", id: null },
    ];
    const { assigned, diagnostics } = assignMetadata(
      [`a/${ID}/metadata.xml`, "a/ah-tk-20202021-1/metadata.xml", "a/failed/metadata.xml", "a/empty/metadata.xml"],
      documents,
    );
    expect(assigned).toEqual([{ path: `a/${ID}/metadata.xml`, id: ID }]);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([
      ["a/ah-tk-20202021-1/metadata.xml", "metadata-ambiguous"],
      ["a/empty/metadata.xml", "metadata-unused"],
    ]);
  });

  it("gives <id>.metadata.xml to the document of that id or file name beside it, and no other", () => {
    const documents = [
      { path: `flat/${ID}.xml`, id: ID },
      { path: "flat/vraag.pdf", id: "ah-tk-20202021-7" },
      { path: "other/ah-tk-20202021-8.md", id: "ah-tk-20202021-8" },
    ];
    const { assigned, diagnostics } = assignMetadata(
      [`flat/${ID}.metadata.xml`, "flat/vraag.metadata.xml", "flat/ah-tk-20202021-8.metadata.xml", `flat/${ID}.metadata_owms.xml`],
      documents,
    );
    expect(assigned).toEqual([
      { path: `flat/${ID}.metadata.xml`, id: ID },
      { path: "flat/vraag.metadata.xml", id: "ah-tk-20202021-7" },
    ]);
    expect(diagnostics.map((d) => [d.file, d.code])).toEqual([["flat/ah-tk-20202021-8.metadata.xml", "metadata-unused"]]);
  });
});

describe("surnameKey", () => {
  it("reads a catalogue's name as a reader writes it", () => {
    expect(readableName("R.H. (Romke) de Jong")).toBe("Romke de Jong");
    expect(readableName("S.P.R.A. van Weyenberg")).toBe("S.P.R.A. van Weyenberg");
    expect(readableName("Dijk, I. van")).toBe("I. van Dijk");
    expect(readableName("  ")).toBeNull();
  });

  it("compares askers by surname: initials, first names, case and the catalogue's order do not count", () => {
    expect(surnameKey("S.P.R.A. van Weyenberg")).toBe(surnameKey("Van Weyenberg"));
    expect(surnameKey("R.H. (Romke) de Jong")).toBe(surnameKey("Romke de Jong"));
    expect(surnameKey("H. Kat")).toBe(surnameKey("Kat"));
    expect(surnameKey("Dijk, D.J.H. van")).toBe(surnameKey("Van Dijk"));
    expect(surnameKey("Ten Hoeve")).toBe("ten hoeve");
    expect(surnameKey("Özütok")).toBe(surnameKey("N. Ozutok"));
    expect(surnameKey("H. Kat")).not.toBe(surnameKey("A.H. Kuiken"));
    expect(surnameKey("De Jong")).not.toBe(surnameKey("Jong"));
  });
});
