/**
 * The search service's side: the query of a window, the address of a page, and the recorded responses
 * read into records.
 */
import { describe, expect, it } from "vitest";
import { KINDS, readSruPage, searchUrl, windowQuery } from "../../src/fetch/sru.ts";
import { ANSWER, publishArchive, RECORDED } from "./service.ts";
import { useWorld } from "./world.ts";

describe("windowQuery", () => {
  it("asks for one day of modifications of the publications of the kinds asked for", () => {
    expect(windowQuery("2024-09-01", KINDS)).toBe(
      'c.product-area=="officielepublicaties" and (w.publicatienaam=="Kamervragen (Aanhangsel)" or w.publicatienaam=="Kamervragen zonder antwoord") and dt.modified=="2024-09-01"',
    );
    expect(windowQuery("2024-09-01", ["kv-ek"])).toBe(
      'c.product-area=="officielepublicaties" and w.publicatienaam=="Kamervragen zonder antwoord" and dt.modified=="2024-09-01"',
    );
  });

  it("uses the publication names the recorded records carry", () => {
    expect(RECORDED.mixed).toContain("<overheidwetgeving:publicatienaam>Kamervragen (Aanhangsel)</overheidwetgeving:publicatienaam>");
    expect(RECORDED.question).toContain("<overheidwetgeving:publicatienaam>Kamervragen zonder antwoord</overheidwetgeving:publicatienaam>");
    // And the index names of the recorded queries the service echoed.
    for (const index of ["c.product-area==", "dt.modified=="]) expect(RECORDED.day).toContain(index);
    expect(RECORDED.mixed).toContain("w.publicatienaam==");
  });
});

describe("searchUrl", () => {
  it("is <base>/sru with the SRU 2.0 parameters, percent-encoded", () => {
    const url = searchUrl(new URL("https://repository.overheid.nl"), 'dt.modified=="2024-09-01"', 101, 100);
    expect(url.href).toBe(
      "https://repository.overheid.nl/sru?operation=searchRetrieve&version=2.0&query=dt.modified%3D%3D%222024-09-01%22&startRecord=101&maximumRecords=100",
    );
    expect(searchUrl(new URL("https://mirror.example.nl/koop/"), "x", 1, 10).pathname).toBe("/koop/sru");
  });
});

describe("readSruPage", () => {
  it("reads the recorded page of a day: its count, where the next page starts, and each record", () => {
    const read = readSruPage(Buffer.from(RECORDED.day));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.page).toMatchObject({ total: 76, next: 11, diagnostics: [] });
    expect(read.page.records).toHaveLength(10);
    expect(read.page.records[0]).toEqual({
      position: 1,
      id: "blg-998035",
      types: ["Bijlage"],
      publication: "Kamerstuk",
      creator: "Tweede Kamer der Staten-Generaal",
      modified: "2021-10-13",
      modifiedAt: "2021-10-13T14:34:49.3152212+02:00",
      items: [
        { manifestation: "metadata", url: "https://repository.overheid.nl/frbr/officielepublicaties/blg/onopgemaakt/blg-998035/1/metadata/metadata.xml" },
        {
          manifestation: "metadataowms",
          url: "https://repository.overheid.nl/frbr/officielepublicaties/blg/onopgemaakt/blg-998035/1/metadataowms/metadata_owms.xml",
        },
        { manifestation: "pdf", url: "https://repository.overheid.nl/frbr/officielepublicaties/blg/onopgemaakt/blg-998035/1/pdf/blg-998035.pdf" },
      ],
    });
  });

  it("reads the recorded mixed response, the answer among Kamerstukken and Bijlagen, as it is", () => {
    const read = readSruPage(Buffer.from(RECORDED.mixed));
    if (!read.ok) throw new Error(read.message);
    expect(read.page).toMatchObject({ total: 3, next: null });
    expect(read.page.records.map((r) => [r.id, r.types])).toEqual([
      ["kst-32545-143", ["Kamerstuk"]],
      [ANSWER.id, ["Aanhangsel van de Handelingen"]],
      ["blg-1007826", ["Bijlage"]],
      ["blg-1025203", ["Bijlage"]],
      ["kst-32545-144", ["Kamerstuk"]],
    ]);
    const answer = read.page.records[1]!;
    expect(answer).toMatchObject({ publication: "Kamervragen (Aanhangsel)", modified: ANSWER.day, modifiedAt: "2021-07-22T13:03:34.3574627+02:00" });
    expect(answer.items.map((i) => i.manifestation)).toEqual(["html", "metadata", "metadataowms", "odt", "pdf", "xml"]);
  });

  it("reads the service's diagnostics, and refuses what is no search response", () => {
    // The form of SRU 2.0's diagnostics (docs.oasis-open.org/search-ws), as the service sends them for a query it cannot run.
    const refused = `<?xml version="1.0" encoding="UTF-8"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse" xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic">
  <sru:version>2.0</sru:version><sru:numberOfRecords>0</sru:numberOfRecords>
  <sru:diagnostics><diag:diagnostic><diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:details>dt.modifed</diag:details><diag:message>Query syntax error</diag:message></diag:diagnostic></sru:diagnostics>
</sru:searchRetrieveResponse>`;
    expect(readSruPage(Buffer.from(refused))).toEqual({
      ok: true,
      page: { total: 0, next: null, records: [], diagnostics: ["Query syntax error: dt.modifed"] },
    });
    expect(readSruPage(Buffer.from("<html><body>Storing</body></html>"))).toEqual({
      ok: false,
      message: "the search response's root is <html>, not an SRU <searchRetrieveResponse>",
    });
    expect(readSruPage(Buffer.from(RECORDED.day.slice(0, 5000)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^the search response is not well-formed XML/u),
    });
  });
});

describe("a fetch whose search is refused", () => {
  const world = useWorld();

  it("stops with the service's diagnostic, and with what is not a search response", async () => {
    publishArchive(world.service);
    world.service.pages.set(
      "2021-07-19 1",
      '<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"><sru:diagnostics><sru:diagnostic><sru:message>Unsupported index</sru:message></sru:diagnostic></sru:diagnostics></sru:searchRetrieveResponse>',
    );
    expect((await world.fetch()).stopped).toBe("the service did not search 2021-07-19: Unsupported index");
    world.service.pages.set("2021-07-19 1", "<!DOCTYPE html><html><body>Onderhoud</body></html>");
    expect((await world.fetch()).stopped).toBe("the search for 2021-07-19 (from record 1) gave an HTML page, not a search response");
  });
});
