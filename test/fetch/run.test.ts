/**
 * A fetch against the service played from the real recordings (./service.ts): what comes into the
 * folder, what is skipped, what a second run does, and how the run resumes and repeats nothing.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { windowQuery } from "../../src/fetch/sru.ts";
import { expectDocuments, filesUnder } from "./folder.ts";
import { ANSWER, fileRequests, onDay, PDFS, publishAnswer, publishArchive, RECORDED, recordedRecord, recordsOf, sruPage } from "./service.ts";
import { USER_AGENT, useWorld } from "./world.ts";

const world = useWorld();

describe("a fetch", () => {
  it("puts each answer of the windows in a folder of its own, byte-identical to the publisher's files, and skips the rest", async () => {
    const expected = publishArchive(world.service);
    const report = await world.fetch();
    const provenance = await expectDocuments(world.out, expected);
    expect(report.fetched).toEqual([ANSWER.id, ...PDFS.map((p) => p.id)].sort());
    expect(report).toMatchObject({ replaced: [], unchanged: 0, failed: [], stopped: null, skipped: { unrelated: { Kamerstuk: 2, Bijlage: 1 }, kinds: {} } });
    expect(report.windows).toEqual({ total: 4, searched: 4, completed: 4 });
    // The XML and metadata.xml of the answer; no PDF, HTML or OWMS metadata where those are there.
    expect(fileRequests(world.service).filter((path) => path.includes(ANSWER.id))).toEqual([
      `${ANSWER.base}/xml/${ANSWER.id}.xml`,
      `${ANSWER.base}/metadata/metadata.xml`,
    ]);
    expect(provenance[ANSWER.id]).toEqual({
      id: ANSWER.id,
      officialUrl: `https://zoek.officielebekendmakingen.nl/${ANSWER.id}.html`,
      kind: "ah-tk",
      version: "1",
      modified: "2021-07-22",
      modifiedAt: "2021-07-22T13:03:34.3574627+02:00",
      etag: world.service.files.get(`${ANSWER.base}/xml/${ANSWER.id}.xml`)!.etag,
      itemUrls: {
        xml: `https://repository.overheid.nl${ANSWER.base}/xml/${ANSWER.id}.xml`,
        metadata: `https://repository.overheid.nl${ANSWER.base}/metadata/metadata.xml`,
      },
      files: {
        [`${ANSWER.id}.xml`]: expect.objectContaining({ manifestation: "xml", bytes: ANSWER.xml.length }),
        "metadata.xml": expect.objectContaining({ manifestation: "metadata", bytes: ANSWER.metadata.length }),
      },
      fetchedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/u),
    });
    expect(provenance["ah-tk-20232024-1076"]).toMatchObject({
      version: "1",
      modified: "2021-07-20",
      itemUrls: { pdf: expect.stringMatching(/^https:\/\/repository\.overheid\.nl\/frbr\//u) },
    });
  });

  it("asks the service in CQL, one day of modifications at a time, page by page, with a User-Agent naming the project", async () => {
    publishArchive(world.service);
    await world.fetch({ kinds: ["ah-tk", "ah-ek"] });
    const searches = world.service.requests.filter((r) => r.path === "/sru");
    expect(searches.map((r) => [r.query.get("query"), r.query.get("startRecord"), r.query.get("maximumRecords")])).toEqual([
      [windowQuery("2021-07-19", ["ah-tk"]), "1", "2"],
      [windowQuery("2021-07-20", ["ah-tk"]), "1", "2"],
      [windowQuery("2021-07-21", ["ah-tk"]), "1", "2"],
      [windowQuery("2021-07-22", ["ah-tk"]), "1", "2"],
      [windowQuery("2021-07-22", ["ah-tk"]), "3", "2"],
    ]);
    expect(searches[0]!.query.get("query")).toBe(
      'c.product-area=="officielepublicaties" and w.publicatienaam=="Kamervragen (Aanhangsel)" and dt.modified=="2021-07-19"',
    );
    expect(searches.every((r) => r.query.get("operation") === "searchRetrieve" && r.query.get("version") === "2.0")).toBe(true);
    expect(new Set(world.service.requests.map((r) => r.headers["user-agent"]))).toEqual(new Set([USER_AGENT]));
  });

  it("reads the recorded responses as the service gave them, and fetches the one answer among their records", async () => {
    publishAnswer(world.service);
    world.service.pages.set(`${ANSWER.day} 1`, RECORDED.mixed);
    world.service.pages.set("2021-10-13 1", RECORDED.day);
    // The recording is the first page of 76; the fetcher asks for the next, which has no more records.
    world.service.pages.set("2021-10-13 11", sruPage([], { total: 76, start: 11, next: null, query: "", max: 10 }));
    const report = await world.fetch({ since: ANSWER.day, until: ANSWER.day, pageSize: 10 });
    await expectDocuments(world.out, { [`${ANSWER.id}/${ANSWER.id}.xml`]: ANSWER.xml, [`${ANSWER.id}/metadata.xml`]: ANSWER.metadata });
    expect(report).toMatchObject({ fetched: [ANSWER.id], failed: [], skipped: { unrelated: { Kamerstuk: 2, Bijlage: 2 } } });
    const day = await world.fetch({ since: "2021-10-13", until: "2021-10-13", pageSize: 10 });
    expect(day).toMatchObject({ fetched: [], failed: [], pages: 2, skipped: { unrelated: { Bijlage: 5, Handeling: 4, Kamerstuk: 1 } } });
    expect(fileRequests(world.service)).toEqual([`${ANSWER.base}/xml/${ANSWER.id}.xml`, `${ANSWER.base}/metadata/metadata.xml`]);
  });

  it("run again, asks nothing of complete windows, and searches again only the days that may still change", async () => {
    const expected = publishArchive(world.service);
    await world.fetch();
    const before = world.service.requests.length;
    const again = await world.fetch();
    expect(world.service.requests.length).toBe(before);
    expect(again).toMatchObject({ windows: { total: 0, searched: 0 }, fetched: [], unchanged: 0 });
    // On the 23rd, the 22nd is yesterday, and its window is not complete: searched each time, nothing fetched.
    const files = fileRequests(world.service).length;
    const fresh = join(world.work, "state-2.json");
    await world.fetch({ statePath: fresh, today: "2021-07-23", until: "2021-07-23" });
    const recent = await world.fetch({ statePath: fresh, today: "2021-07-23", until: "2021-07-23" });
    expect(recent).toMatchObject({ windows: { total: 2, searched: 2, completed: 0 }, fetched: [], unchanged: 2 });
    expect(fileRequests(world.service).length).toBe(files);
    await expectDocuments(world.out, expected);
  });

  it("fetches only the kinds asked for, and skips questions otherwise", async () => {
    publishAnswer(world.service);
    const question = recordedRecord("kv-2989900822");
    onDay(world.service, ANSWER.day, ANSWER.record, question);
    const answers = await world.fetch({ kinds: ["ah-tk"] });
    expect(answers).toMatchObject({ fetched: [ANSWER.id], skipped: { kinds: { "kv-tk": 1 } }, failed: [] });
    expect(fileRequests(world.service).some((path) => path.includes("kv-2989900822"))).toBe(false);
    // Asked for, the question is fetched from the publisher's address at the base; the recordings hold
    // none of its files, so this service answers 404: a broken itemUrl, reported, nothing written.
    const questions = await world.fetch({ kinds: ["kv-tk"], statePath: join(world.work, "questions.json") });
    expect(questions.failed).toEqual([
      {
        id: "kv-2989900822",
        reason: "its xml (https://repository.overheid.nl/frbr/officielepublicaties/kv/onopgemaakt/kv-2989900822/1/xml/kv-2989900822.xml): HTTP 404 Not Found",
      },
    ]);
    expect(fileRequests(world.service)).toContain("/frbr/officielepublicaties/kv/onopgemaakt/kv-2989900822/1/xml/kv-2989900822.xml");
    expect(Object.keys(await filesUnder(world.out)).some((path) => path.startsWith("kv-"))).toBe(false);
  });

  it("handles a record once when a page repeats records of the page before", async () => {
    const expected = publishArchive(world.service);
    const day = world.service.days.get(ANSWER.day)!;
    // The second page repeats the answer of the first: the service's result moved under the fetcher.
    world.service.pages.set(`${ANSWER.day} 3`, sruPage([day[0]!, day[2]!], { total: 3, start: 3, next: null, query: "", max: 2 }));
    const report = await world.fetch();
    await expectDocuments(world.out, expected);
    expect(report.repeated).toBe(1);
    const paths = fileRequests(world.service);
    expect(paths.length).toBe(new Set(paths).size);
  });

  it("pages a window again from its start when its result changed size while it was paged, so that no record slipped between pages", async () => {
    const expected = publishArchive(world.service);
    const day = world.service.days.get(ANSWER.day)!;
    // A record of the day was modified again between the two pages: the second page says 2, not 3.
    world.service.pages.set(`${ANSWER.day} 3`, sruPage([day[2]!], { total: 2, start: 3, next: null, query: "", max: 2 }));
    const first = await world.fetch();
    await expectDocuments(world.out, expected);
    const searches = world.service.requests
      .filter((r) => r.path === "/sru" && r.query.get("query")!.includes(ANSWER.day))
      .map((r) => r.query.get("startRecord"));
    // Paged again (the second pass still sees 3, then 2), and at the third pass left for the next run.
    expect(searches).toEqual(["1", "3", "1", "3", "1", "3"]);
    expect(first.windows).toEqual({ total: 4, searched: 4, completed: 3 });
    world.service.pages.clear();
    const second = await world.fetch();
    expect(second).toMatchObject({ windows: { total: 1, searched: 1, completed: 1 }, fetched: [], unchanged: 2 });
  });

  it("replaces a document the publisher changed, keeping no file of the old version", async () => {
    const { [`${ANSWER.id}/metadata.xml`]: _old, ...expected } = publishArchive(world.service);
    await world.fetch();
    // Version 2 of the answer, on a later day: a corrected XML, and now only the OWMS form of its metadata.
    const corrected = Buffer.from(ANSWER.xml.toString("utf8").replace("Tozo", "Tozo-regeling"));
    expect(corrected.equals(ANSWER.xml)).toBe(false);
    const version2 = ANSWER.record
      .replaceAll(`${ANSWER.id}/1/`, `${ANSWER.id}/2/`)
      .replace("<dcterms:modified>2021-07-22<", "<dcterms:modified>2021-07-23<")
      .replace(/^\s*<gzd:itemUrl manifestation="metadata">[^<]*<\/gzd:itemUrl>\n/mu, "");
    const base2 = ANSWER.base.replace(/\/1$/u, "/2");
    world.service.serve(`${base2}/xml/${ANSWER.id}.xml`, corrected);
    world.service.serve(`${base2}/metadataowms/metadata_owms.xml`, ANSWER.metadataOwms);
    world.service.days.set(
      ANSWER.day,
      world.service.days.get(ANSWER.day)!.filter((r) => r !== ANSWER.record),
    );
    onDay(world.service, "2021-07-23", version2);
    const report = await world.fetch({ until: "2021-07-23" });
    expect(report).toMatchObject({ fetched: [], replaced: [ANSWER.id], failed: [] });
    const provenance = await expectDocuments(world.out, {
      ...expected,
      [`${ANSWER.id}/${ANSWER.id}.xml`]: corrected,
      [`${ANSWER.id}/metadata_owms.xml`]: ANSWER.metadataOwms,
    });
    expect(provenance[ANSWER.id]).toMatchObject({ version: "2", modified: "2021-07-23", etag: world.service.files.get(`${base2}/xml/${ANSWER.id}.xml`)!.etag });
  });

  it("asks again with If-None-Match when a record changed, and rewrites only the file whose ETag changed", async () => {
    const expected = publishArchive(world.service);
    await world.fetch();
    // The same addresses, a new modification: the XML was corrected, the metadata was not.
    const corrected = Buffer.from(ANSWER.xml.toString("utf8").replace("Tozo", "Tozo-regeling"));
    const xmlPath = `${ANSWER.base}/xml/${ANSWER.id}.xml`;
    const metadataPath = `${ANSWER.base}/metadata/metadata.xml`;
    const fetchedEtag = world.service.files.get(xmlPath)!.etag;
    world.service.serve(xmlPath, corrected);
    const changed = ANSWER.record
      .replace("<dcterms:modified>2021-07-22<", "<dcterms:modified>2021-07-23<")
      .replace(/2021-07-22T13:03:34/gu, "2021-07-23T09:00:00");
    world.service.days.set(
      ANSWER.day,
      world.service.days.get(ANSWER.day)!.filter((r) => r !== ANSWER.record),
    );
    onDay(world.service, "2021-07-23", changed);
    const from = world.service.requests.length;
    const report = await world.fetch({ until: "2021-07-23" });
    expect(report).toMatchObject({ replaced: [ANSWER.id], fetched: [], failed: [] });
    const asked = world.service.requests.slice(from).filter((r) => r.path !== "/sru");
    expect(asked.map((r) => [r.path, r.headers["if-none-match"]])).toEqual([
      [xmlPath, fetchedEtag],
      [metadataPath, world.service.files.get(metadataPath)!.etag],
    ]);
    expect(world.service.bodiesServed.filter((path) => path === metadataPath)).toHaveLength(1);
    await expectDocuments(world.out, { ...expected, [`${ANSWER.id}/${ANSWER.id}.xml`]: corrected });
  });

  it("resumes an interrupted fetch wherever it was stopped, and gives the folder an uninterrupted fetch gives", async () => {
    const expected = publishArchive(world.service);
    const files = Object.keys(expected).length;
    for (let stopAfter = 1; stopAfter <= files; stopAfter++) {
      await rm(world.out, { recursive: true, force: true });
      await rm(world.statePath, { force: true });
      const controller = new AbortController();
      let served = 0;
      world.service.onFileServed = () => {
        if (++served === stopAfter) controller.abort();
      };
      const first = await world.fetch({ signal: controller.signal });
      world.service.onFileServed = null;
      expect(first.stopped).toBe("interrupted");
      const complete = (await readdir(world.out).catch(() => [] as string[])).filter((id) => first.fetched.includes(id));
      const from = world.service.requests.length;
      const second = await world.fetch();
      expect(second.stopped).toBeNull();
      await expectDocuments(world.out, expected);
      // What the first run finished is not fetched again.
      expect(world.service.requests.slice(from).filter((r) => complete.some((id) => r.path.includes(`/${id}/`)))).toEqual([]);
      expect([...first.fetched, ...second.fetched].sort()).toEqual([ANSWER.id, ...PDFS.map((p) => p.id)].sort());
    }
  });

  it("without its state, takes what the folder's provenance says is there, and fetches none of it again", async () => {
    const expected = publishArchive(world.service);
    await world.fetch();
    await rm(world.statePath);
    const before = fileRequests(world.service).length;
    const again = await world.fetch();
    expect(again).toMatchObject({ fetched: [], unchanged: 4, failed: [] });
    expect(fileRequests(world.service).length).toBe(before);
    await expectDocuments(world.out, expected);
    // A file removed by hand is fetched again.
    await rm(join(world.out, ANSWER.id, "metadata.xml"));
    await rm(world.statePath);
    const restored = await world.fetch();
    expect(restored.fetched).toEqual([ANSWER.id]);
    await expectDocuments(world.out, expected);
  });

  it("removes the temporary files a killed run left, and the folder it had only begun", async () => {
    const expected = publishArchive(world.service);
    await world.fetch();
    await writeFile(join(world.out, ANSWER.id, `.${ANSWER.id}.xml.fetch-123-0a1b2c3d.tmp`), "half");
    await rm(join(world.out, "ah-tk-20232024-1076"), { recursive: true });
    await rm(world.statePath);
    await mkdir(join(world.out, "ah-tk-20232024-1076"));
    await writeFile(join(world.out, "ah-tk-20232024-1076", ".ah-tk-20232024-1076.pdf.fetch-123-0a1b2c3d.tmp"), "half");
    const report = await world.fetch();
    expect(report.removedTemporary).toBe(2);
    expect(report.fetched).toEqual(["ah-tk-20232024-1076"]);
    await expectDocuments(world.out, expected);
    expect(await readFile(join(world.out, ANSWER.id, `${ANSWER.id}.xml`))).toEqual(ANSWER.xml);
  });

  it("reports a document it cannot write, goes on with the others, and leaves its day for the next run", async () => {
    const expected = publishArchive(world.service);
    await mkdir(world.out, { recursive: true });
    await writeFile(join(world.out, "ah-tk-20232024-1076"), "a file where the document's folder belongs");
    const report = await world.fetch();
    expect(report.failed).toEqual([
      { id: "ah-tk-20232024-1076", reason: expect.stringMatching(/^cannot be written to the folder: .+ is there but is not a folder$/u) },
    ]);
    expect(report.fetched).toEqual([ANSWER.id, "ah-tk-20232024-1178", "ah-tk-20232024-1292"]);
    expect(report.windows.completed).toBe(3);
    await rm(join(world.out, "ah-tk-20232024-1076"));
    expect(await world.fetch()).toMatchObject({ fetched: ["ah-tk-20232024-1076"], failed: [] });
    await expectDocuments(world.out, expected);
  });

  it("keeps one state per folder, and refuses another folder's", async () => {
    publishArchive(world.service);
    await world.fetch();
    await expect(world.fetch({ out: join(world.work, "elsewhere") })).rejects.toThrow(
      /belongs to the folder .*documents, not .*elsewhere: give this folder a state of its own/u,
    );
    await writeFile(world.statePath, "{ not json");
    await expect(world.fetch()).rejects.toThrow(/is not JSON; remove it to start again/u);
  });

  it("says on the terminal how far it got, with the documents so far", async () => {
    publishArchive(world.service);
    const lines: string[] = [];
    await world.fetch({ progress: (line) => lines.push(line) });
    expect(lines.at(-1)).toMatch(
      /^\[kamervragen\] fetch: days searched 4\/4 done in \d+\.\d s; 5 page\(s\), 4 document\(s\): 4 fetched, 0 replaced, 0 unchanged, 0 failed$/u,
    );
  });

  it("takes the records of a recorded response in order, whatever positions they claim", () => {
    // The recordings number their records 1, 2, 3, 1, 1: positions are the service's, not to be trusted.
    expect(recordsOf(RECORDED.mixed).map((r) => /<sru:recordPosition>(\d+)/u.exec(r)?.[1])).toEqual(["1", "2", "3", "1", "1"]);
  });
});
