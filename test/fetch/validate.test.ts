/**
 * What a fetched body must be before it is written: the publisher's real files pass; an HTML error page,
 * XML that is not well-formed or declares a DTD, and a PDF that is none are refused, reported by the
 * document's id, and nothing of that document is written.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/fetch/validate.ts";
import { expectDocuments } from "./folder.ts";
import { ANSWER, PDFS, pdfRecord, publishArchive, RECORDED } from "./service.ts";
import { useWorld } from "./world.ts";

const ERROR_PAGE = '<!DOCTYPE html>\n<html lang="nl"><head><title>Storing</title></head><body><h1>Er is een storing</h1></body></html>\n';
const XXE =
  '<?xml version="1.0"?>\n<!DOCTYPE officiele-publicatie [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<officiele-publicatie>&x;</officiele-publicatie>\n';

describe("checkContent", () => {
  it("passes the publisher's files", () => {
    expect(checkContent("xml", ANSWER.xml, "application/xml")).toBeNull();
    expect(checkContent("metadata", ANSWER.metadata, "application/xml")).toBeNull();
    expect(checkContent("metadata", ANSWER.metadataOwms, null)).toBeNull();
    expect(checkContent("pdf", pdfRecord(PDFS[0].id, PDFS[0].day).body, "application/pdf")).toBeNull();
  });

  it("refuses an HTML page, whatever its media type says, where XML or a PDF was promised", () => {
    expect(checkContent("xml", Buffer.from(ERROR_PAGE), "text/html; charset=utf-8")).toBe("an HTML page where XML was promised");
    expect(checkContent("xml", Buffer.from(ERROR_PAGE), "application/xml")).toBe("an HTML page where XML was promised");
    expect(checkContent("xml", Buffer.from('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), "application/xml")).toBe(
      "an HTML page where XML was promised",
    );
    expect(checkContent("pdf", Buffer.from(ERROR_PAGE), "text/html")).toBe("an HTML page where a PDF was promised");
    expect(checkContent("metadata", ANSWER.html, null)).toBe("an HTML page where XML was promised");
  });

  it("refuses XML that is not well-formed, declares a DTD, or is not metadata where metadata was promised, and an empty body", () => {
    expect(checkContent("xml", ANSWER.xml.subarray(0, 4000), "application/xml")).toMatch(/^not well-formed XML: /u);
    expect(checkContent("xml", Buffer.from(XXE), "application/xml")).toMatch(/^not well-formed XML: the file declares a DTD/u);
    expect(checkContent("metadata", Buffer.from(RECORDED.day), "application/xml")).toBe(
      "the root element is <sru:searchRetrieveResponse>, not the publisher's metadata",
    );
    expect(checkContent("pdf", Buffer.from("PK\u0003\u0004"), "application/pdf")).toBe("not a PDF (it does not start with %PDF-)");
    expect(checkContent("xml", Buffer.alloc(0), "application/xml")).toBe("the body is empty");
  });
});

describe("a fetch given something else than was promised", () => {
  const world = useWorld();
  const XML = `${ANSWER.base}/xml/${ANSWER.id}.xml`;
  const METADATA = `${ANSWER.base}/metadata/metadata.xml`;

  /** Answers the requests for `path` with `body` as `type`, with a proper Content-Length. */
  const answer = (path: string, body: string | Buffer, type: string) => ({
    match: (request: { path: string }) => request.path === path,
    times: 100,
    answer: (_req: IncomingMessage, res: ServerResponse) => res.writeHead(200, { "content-type": type, "content-length": Buffer.byteLength(body) }).end(body),
  });

  it.each([
    ["an HTML error page for the XML", XML, ERROR_PAGE, "text/html", /^its xml \(.+\): an HTML page where XML was promised$/u],
    ["XML cut off in the middle", XML, ANSWER.xml.subarray(0, 5000), "application/xml", /^its xml \(.+\): not well-formed XML: .+/u],
    ["XML with a DTD and an external entity", XML, XXE, "application/xml", /^its xml \(.+\): not well-formed XML: the file declares a DTD/u],
    [
      "a search response for the metadata",
      METADATA,
      RECORDED.mixed,
      "application/xml",
      /^its metadata \(.+\): the root element is <sru:searchRetrieveResponse>, not the publisher's metadata$/u,
    ],
  ])("refuses %s, reported by id, and writes nothing of the document", async (_what, path, body, type, reason) => {
    const expected = publishArchive(world.service);
    world.service.inject(answer(path, body, type));
    const report = await world.fetch();
    expect(report.failed).toEqual([{ id: ANSWER.id, reason: expect.stringMatching(reason) }]);
    const { [`${ANSWER.id}/${ANSWER.id}.xml`]: _x, [`${ANSWER.id}/metadata.xml`]: _m, ...rest } = expected;
    await expectDocuments(world.out, rest);
  });

  it("keeps the version it has when a newer one comes as an error page", async () => {
    const expected = publishArchive(world.service);
    await world.fetch();
    const changed = ANSWER.record.replace(/2021-07-22T13:03:34/gu, "2021-07-22T15:00:00");
    world.service.days.set(
      ANSWER.day,
      world.service.days.get(ANSWER.day)!.map((r) => (r === ANSWER.record ? changed : r)),
    );
    world.service.serve(XML, Buffer.from("<changed/>"));
    world.service.inject(answer(XML, ERROR_PAGE, "text/html"));
    const report = await world.fetch({ statePath: `${world.statePath}.2` });
    expect(report.failed).toEqual([{ id: ANSWER.id, reason: expect.stringMatching(/an HTML page where XML was promised$/u) }]);
    const provenance = await expectDocuments(world.out, expected);
    expect(provenance[ANSWER.id]!.modifiedAt).toBe("2021-07-22T13:03:34.3574627+02:00");
  });
});
