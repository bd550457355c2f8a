/**
 * What the fetcher makes of a search record, from the real recorded ones and from hostile ones: which
 * files of which kind under which names, and what it refuses to touch, so that nothing a response says
 * can write outside the folder or send a request to another host.
 */
import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { atBase, isSafeId, planRecord } from "../../src/fetch/plan.ts";
import { KINDS, readSruPage, type SruRecord } from "../../src/fetch/sru.ts";
import { expectDocuments } from "./folder.ts";
import { ANSWER, onDay, publishArchive, RECORDED } from "./service.ts";
import { useWorld } from "./world.ts";

const BASE = new URL("http://127.0.0.1:8399");

/** The recorded responses with the publisher's own address where the recording has its stand-in. */
const PUBLISHED = RECORDED.mixed.replaceAll("http://__MOCK_SERVICE__/repository.overheid.nl", "https://repository.overheid.nl");

function recorded(response: string, id: string): SruRecord {
  const read = readSruPage(Buffer.from(response));
  if (!read.ok) throw new Error(read.message);
  const record = read.page.records.find((r) => r.id === id);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

describe("planRecord", () => {
  it("fetches an answer's XML and metadata.xml, under the publisher's layout, from the base", () => {
    const record = recorded(PUBLISHED, ANSWER.id);
    expect(planRecord(record, KINDS, BASE)).toEqual({
      action: "fetch",
      plan: {
        id: ANSWER.id,
        kind: "ah-tk",
        modified: "2021-07-22",
        modifiedAt: "2021-07-22T13:03:34.3574627+02:00",
        version: "1",
        files: [
          {
            name: `${ANSWER.id}.xml`,
            manifestation: "xml",
            content: "xml",
            url: `http://127.0.0.1:8399${ANSWER.base}/xml/${ANSWER.id}.xml`,
            publisherUrl: `https://repository.overheid.nl${ANSWER.base}/xml/${ANSWER.id}.xml`,
          },
          {
            name: "metadata.xml",
            manifestation: "metadata",
            content: "metadata",
            url: `http://127.0.0.1:8399${ANSWER.base}/metadata/metadata.xml`,
            publisherUrl: `https://repository.overheid.nl${ANSWER.base}/metadata/metadata.xml`,
          },
        ],
      },
    });
  });

  it("tells an old question's chamber by its creator", () => {
    const question = readSruPage(
      Buffer.from(
        RECORDED.question
          .replace(/<sru:record\b/u, "<sru:searchRetrieveResponse><sru:records><sru:record")
          .replace(/<\/sru:record>\s*$/u, "</sru:record></sru:records></sru:searchRetrieveResponse>"),
      ),
    );
    if (!question.ok) throw new Error(question.message);
    const planned = planRecord(question.page.records[0]!, KINDS, BASE);
    expect(planned).toMatchObject({ action: "fetch", plan: { id: "kv-2989900822", kind: "kv-tk", version: "1" } });
    expect(planRecord(question.page.records[0]!, ["ah-tk", "ah-ek"], BASE)).toEqual({ action: "skip", because: "kind", kind: "kv-tk" });
  });

  it("skips what is no Kamervraag, by its type", () => {
    const read = readSruPage(Buffer.from(RECORDED.day));
    if (!read.ok) throw new Error(read.message);
    expect(read.page.records.map((r) => planRecord(r, KINDS, BASE))).toEqual(
      read.page.records.map((r) => ({ action: "skip", because: "unrelated", type: r.types[0] })),
    );
    expect(new Set(read.page.records.map((r) => r.types[0]))).toEqual(new Set(["Bijlage", "Handeling", "Kamerstuk"]));
  });

  it("refuses a record that names neither XML nor PDF, a file at another host, or a file name that is no plain name", () => {
    const record = recorded(PUBLISHED, ANSWER.id);
    expect(planRecord({ ...record, items: record.items.filter((i) => i.manifestation.startsWith("metadata")) }, KINDS, BASE)).toEqual({
      action: "refuse",
      id: ANSWER.id,
      reason: "the record names neither an XML nor a PDF of the document",
    });
    const elsewhere = { ...record, items: [{ manifestation: "xml", url: "https://files.example.org/frbr/x.xml" }] };
    expect(planRecord(elsewhere, KINDS, BASE)).toMatchObject({ action: "refuse", reason: expect.stringContaining("is on another host (files.example.org)") });
    for (const name of ["..%2F..%2Fescape.xml", "..", "a%5Cb.xml", "%00.xml"]) {
      const named = { ...record, items: [{ manifestation: "xml", url: `https://repository.overheid.nl/frbr/x/1/xml/${name}` }] };
      expect(planRecord(named, KINDS, BASE), name).toMatchObject({ action: "refuse", reason: expect.stringContaining("names no plain file") });
    }
  });
});

describe("isSafeId", () => {
  it("takes the publisher's ids, and no name that leads anywhere else", () => {
    for (const id of ["ah-tk-20202021-3235", "ah-ek-20192020-10", "kv-2989900822", "kv-tk-2020Z13248", "kv-ek-215160000"]) expect(isSafeId(id)).toBe(true);
    for (const id of ["", ".", "..", "../x", "a/../b", "a/b", "a\\b", "..\\x", "/etc/passwd", "C:\\x", ".hidden", "a..b", "x\0y", "a b", "ah-tk-1-"])
      expect(isSafeId(id)).toBe(false);
  });
});

describe("atBase", () => {
  it("moves the publisher's addresses to the base, keeps the base's, and refuses any other", () => {
    const file = "/frbr/officielepublicaties/ah-tk/20202021/x/1/xml/x.xml";
    expect(atBase(`https://repository.overheid.nl${file}`, BASE)).toEqual({
      ok: true,
      url: new URL(`${BASE.origin}${file}`),
      publisherUrl: `https://repository.overheid.nl${file}`,
    });
    expect(atBase(`http://repository.overheid.nl${file}`, BASE)).toMatchObject({ ok: true, url: new URL(`${BASE.origin}${file}`) });
    expect(atBase(`${BASE.origin}${file}`, BASE)).toEqual({
      ok: true,
      url: new URL(`${BASE.origin}${file}`),
      publisherUrl: `https://repository.overheid.nl${file}`,
    });
    const mirror = new URL("https://mirror.example.nl/koop/");
    expect(atBase(`https://repository.overheid.nl${file}`, mirror)).toMatchObject({ ok: true, url: new URL(`https://mirror.example.nl/koop${file}`) });
    expect(atBase(`https://mirror.example.nl/other${file}`, mirror)).toMatchObject({ ok: false });
    expect(atBase(`https://repository.overheid.nl:8443${file}`, BASE)).toMatchObject({ ok: false });
    expect(atBase(`https://user:secret@repository.overheid.nl${file}`, BASE)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("user name or password"),
    });
    expect(atBase(`httbroken://repository.overheid.nl${file}`, BASE)).toMatchObject({ ok: false, reason: expect.stringContaining("is not a web address") });
    expect(atBase("file:///etc/passwd", BASE)).toMatchObject({ ok: false });
    expect(atBase("not a url", BASE)).toMatchObject({ ok: false });
  });
});

describe("a fetch of hostile records", () => {
  const world = useWorld();

  /** The answer's record, changed by `change`, on the answer's day beside the archive. */
  async function fetchWith(change: (record: string) => string) {
    const expected = publishArchive(world.service);
    onDay(world.service, ANSWER.day, change(ANSWER.record));
    const report = await world.fetch();
    return { expected, report };
  }

  it.each([
    ["../../outside", "../../outside"],
    ["..\\..\\outside", "..\\..\\outside"],
    ["/tmp/absolute", "/tmp/absolute"],
    ["ah-tk-20202021-3235/../../x", "ah-tk-20202021-3235/../../x"],
  ])("refuses the id «%s», and writes nothing outside the folder", async (id, shown) => {
    const { expected, report } = await fetchWith((record) => record.replace(`<dcterms:identifier>${ANSWER.id}<`, `<dcterms:identifier>${id}<`));
    expect(report.failed).toEqual([{ id: shown, reason: expect.stringMatching(/^refused: the id «.+» is not a plain name/u) }]);
    await expectDocuments(world.out, expected);
    expect((await readdir(world.work)).sort()).toEqual(["documents", "state.json"]);
  });

  it("refuses an itemUrl on another host without asking it", async () => {
    const { expected, report } = await fetchWith((record) =>
      record
        .replace("ah-tk-20202021-3235</dcterms:identifier>", "ah-tk-20202021-9999</dcterms:identifier>")
        .replace(/(<gzd:itemUrl manifestation="xml">)[^<]*/u, "$1https://files.example.org/ah-tk-20202021-9999.xml"),
    );
    expect(report.failed).toEqual([
      {
        id: "ah-tk-20202021-9999",
        reason:
          "refused: its xml itemUrl «https://files.example.org/ah-tk-20202021-9999.xml» is on another host (files.example.org) than the publisher's or the base's (127.0.0.1:" +
          new URL(world.service.origin).port +
          ")",
      },
    ]);
    await expectDocuments(world.out, expected);
  });

  it("refuses a Kamervraag whose itemUrl is no web address", async () => {
    // As the recording's Bijlage blg-1025203 has it: `httbroken://`.
    const { expected, report } = await fetchWith((record) =>
      record
        .replace("ah-tk-20202021-3235</dcterms:identifier>", "ah-tk-20202021-9998</dcterms:identifier>")
        .replace(/(<gzd:itemUrl manifestation="xml">)http/u, "$1httbroken"),
    );
    expect(report.failed).toEqual([
      { id: "ah-tk-20202021-9998", reason: expect.stringMatching(/^refused: its xml itemUrl «httbroken:\/\/.+» is not a web address/u) },
    ]);
    await expectDocuments(world.out, expected);
  });
});
