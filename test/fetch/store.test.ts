import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { documentFolder, PROVENANCE_FILE, readProvenance, sha256, sweepTemporary, writeDocument } from "../../src/fetch/store.ts";
import type { DocumentVersion } from "../../src/fetch/state.ts";
import { ANSWER } from "./service.ts";

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), "kamervragen-store-"));
});
afterEach(() => rm(out, { recursive: true, force: true }));

const version = (files: Record<string, Buffer>): DocumentVersion => ({
  kind: "ah-tk",
  version: "1",
  modified: "2021-07-22",
  modifiedAt: null,
  itemUrls: { xml: "https://repository.overheid.nl/x.xml" },
  files: Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [
      name,
      { manifestation: name.endsWith(".xml") && name !== "metadata.xml" ? "xml" : "metadata", bytes: bytes.length, sha256: sha256(bytes), etag: '"e"' },
    ]),
  ),
  fetchedAt: "2025-01-01T00:00:00.000Z",
});

describe("the documents folder", () => {
  it("has one folder per document, inside it", () => {
    expect(documentFolder(out, ANSWER.id)).toBe(join(out, ANSWER.id));
    for (const id of ["..", "../x", "a/b", "/etc", ""]) expect(() => documentFolder(out, id)).toThrow(/names no folder inside/u);
  });

  it("gets a document's files and its provenance, and loses the files the next version no longer has", async () => {
    const first = { [`${ANSWER.id}.xml`]: ANSWER.xml, "metadata.xml": ANSWER.metadata };
    await writeDocument(out, ANSWER.id, { write: Object.entries(first).map(([name, bytes]) => ({ name, bytes })), remove: [], version: version(first) });
    expect((await readdir(join(out, ANSWER.id))).sort()).toEqual([`${ANSWER.id}.xml`, "metadata.xml", PROVENANCE_FILE]);
    expect(await readProvenance(out, ANSWER.id)).toMatchObject({
      id: ANSWER.id,
      officialUrl: `https://zoek.officielebekendmakingen.nl/${ANSWER.id}.html`,
      etag: '"e"',
      version: "1",
    });
    const second = { [`${ANSWER.id}.xml`]: ANSWER.xml, "metadata_owms.xml": ANSWER.metadataOwms };
    await writeDocument(out, ANSWER.id, {
      write: [{ name: "metadata_owms.xml", bytes: ANSWER.metadataOwms }],
      remove: ["metadata.xml", "../escape", PROVENANCE_FILE],
      version: version(second),
    });
    expect((await readdir(join(out, ANSWER.id))).sort()).toEqual([`${ANSWER.id}.xml`, "metadata_owms.xml", PROVENANCE_FILE]);
    expect(await readFile(join(out, ANSWER.id, `${ANSWER.id}.xml`))).toEqual(ANSWER.xml);
  });

  it("writes nothing of a document when one of its files cannot be written", async () => {
    await expect(
      writeDocument(out, ANSWER.id, {
        write: [
          { name: `${ANSWER.id}.xml`, bytes: ANSWER.xml },
          { name: "../metadata.xml", bytes: ANSWER.metadata },
        ],
        remove: [],
        version: version({}),
      }),
    ).rejects.toThrow(/is not a plain file name/u);
    expect(await readdir(out)).toEqual([]);
  });

  it("is swept of the temporary files a killed run left, and of folders they leave empty", async () => {
    await mkdir(join(out, "a"));
    await mkdir(join(out, "b"));
    await writeFile(join(out, "a", "a.xml"), "<a/>");
    await writeFile(join(out, "a", ".a.xml.fetch-42-0123abcd.tmp"), "<");
    await writeFile(join(out, "b", ".b.pdf.fetch-42-89abcdef.tmp"), "%");
    await writeFile(join(out, "a", ".keep"), "not ours");
    expect(await sweepTemporary(out)).toBe(2);
    expect((await readdir(out, { recursive: true })).sort()).toEqual(["a", "a/.keep", "a/a.xml"]);
    expect(await sweepTemporary(join(out, "missing"))).toBe(0);
  });
});
