/**
 * The network failing in the ways a real one does, injected into the service one request at a time: a
 * fetch retries what may pass, refuses what must not be written, and afterwards the folder holds exactly
 * the documents the responses promise, byte-identical, and nothing else.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { createHttpClient, FetchFailure, parseRetryAfter } from "../../src/fetch/http.ts";
import { expectDocuments, filesUnder } from "./folder.ts";
import { ANSWER, fileRequests, publishArchive, startService, type Fault, type ServedFile } from "./service.ts";
import { useWorld } from "./world.ts";

const world = useWorld();

const XML = `${ANSWER.base}/xml/${ANSWER.id}.xml`;
const PDF = "/frbr/officielepublicaties/ah-tk/20232024/ah-tk-20232024-1076/1/pdf/ah-tk-20232024-1076.pdf";

/** A fault on the requests for `path`, `times` times. */
function on(path: string, times: number, answer: Fault["answer"]): Fault {
  return { match: (request) => request.path === path, times, answer };
}

/** Headers and half the body, then `end` (close, reset or stall). */
function halfBody(end: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse, served: ServedFile | null) => {
    res.writeHead(200, { "content-type": served!.contentType, "content-length": served!.body.length });
    res.write(served!.body.subarray(0, served!.body.length >> 1), () => end(req, res));
  };
}

/** Answers after `ms`, unless the fetcher has hung up by then. */
function after(ms: number) {
  return (_req: IncomingMessage, res: ServerResponse, served: ServedFile | null) => {
    const timer = setTimeout(() => res.writeHead(200, { "content-type": served!.contentType }).end(served!.body), ms);
    res.on("close", () => clearTimeout(timer));
  };
}

function status(code: number, headers: Record<string, string> = {}) {
  return (_req: IncomingMessage, res: ServerResponse) =>
    res.writeHead(code, { "content-type": "text/html", ...headers }).end(`<html><body>${code}</body></html>`);
}

describe("a fetch when the service falters", () => {
  it("tries again after a response slower than the timeout", async () => {
    const expected = publishArchive(world.service);
    world.service.inject(on(XML, 1, after(5000)));
    const report = await world.fetch({ timeoutMs: 500 });
    await expectDocuments(world.out, expected);
    expect(report.failed).toEqual([]);
    expect(report.retries).toBeGreaterThanOrEqual(1);
    expect(fileRequests(world.service).filter((p) => p === XML).length).toBeGreaterThanOrEqual(2);
  });

  it("tries again after a body that stalls past the timeout", async () => {
    const expected = publishArchive(world.service);
    world.service.inject(
      on(
        PDF,
        1,
        halfBody(() => undefined),
      ),
    );
    const report = await world.fetch({ timeoutMs: 500 });
    await expectDocuments(world.out, expected);
    expect(report.failed).toEqual([]);
    expect(fileRequests(world.service).filter((p) => p === PDF).length).toBeGreaterThanOrEqual(2);
  });

  it("tries again after the connection is reset in the middle of the body", async () => {
    const expected = publishArchive(world.service);
    world.service.inject(
      on(
        XML,
        1,
        halfBody((req) => req.socket.resetAndDestroy()),
      ),
    );
    const report = await world.fetch();
    await expectDocuments(world.out, expected);
    expect(report.failed).toEqual([]);
    expect(fileRequests(world.service).filter((p) => p === XML)).toHaveLength(2);
  });

  it("tries again after a 500, for a file and for a page of the search", async () => {
    const expected = publishArchive(world.service);
    world.service.inject(on(PDF, 1, status(500)));
    world.service.inject({ match: (r) => r.path === "/sru" && r.query.get("query")!.includes("2021-07-20"), times: 1, answer: status(502) });
    const report = await world.fetch();
    await expectDocuments(world.out, expected);
    expect(report).toMatchObject({ failed: [], stopped: null, retries: 2 });
  });

  it("waits as long as a 429 says in Retry-After before it asks again", async () => {
    const expected = publishArchive(world.service);
    world.service.inject(on(PDF, 1, status(429, { "retry-after": "1" })));
    const report = await world.fetch();
    await expectDocuments(world.out, expected);
    expect(report.failed).toEqual([]);
    const [refused, retried] = world.service.requests.filter((r) => r.path === PDF);
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(950);
  });

  it("reports a document whose file keeps failing, writes nothing of it, and leaves its day for the next run", async () => {
    const expected = publishArchive(world.service);
    const failing = on(PDF, 100, status(500));
    world.service.inject(failing);
    const report = await world.fetch({ retries: 2 });
    expect(report.failed).toEqual([
      {
        id: "ah-tk-20232024-1076",
        reason: expect.stringMatching(/^its pdf \(https:\/\/repository\.overheid\.nl\/frbr\/.+\.pdf\): HTTP 500 Internal Server Error$/u),
      },
    ]);
    expect(fileRequests(world.service).filter((p) => p === PDF)).toHaveLength(3);
    const { "ah-tk-20232024-1076/ah-tk-20232024-1076.pdf": _failed, ...rest } = expected;
    await expectDocuments(world.out, rest);
    // The failure may pass: the 20th is not complete, and the next run fetches the document.
    expect(report.windows).toEqual({ total: 4, searched: 4, completed: 3 });
    failing.times = 0; // the service is well again
    const next = await world.fetch({ retries: 2 });
    expect(next).toMatchObject({ windows: { total: 1 }, fetched: ["ah-tk-20232024-1076"], failed: [] });
    await expectDocuments(world.out, expected);
  });

  it("fails a request whose Retry-After is longer than it waits", async () => {
    publishArchive(world.service);
    world.service.inject(on(PDF, 1, status(503, { "retry-after": "3600" })));
    const report = await world.fetch({ maxRetryAfterMs: 1000 });
    expect(report.failed).toEqual([
      {
        id: "ah-tk-20232024-1076",
        reason: expect.stringMatching(/HTTP 503 Service Unavailable; the service asks to wait 3600 s, longer than the 1 s this fetcher waits$/u),
      },
    ]);
  });

  it("stops at a search that keeps failing, keeps what came in, and goes on from that day the next time", async () => {
    const expected = publishArchive(world.service);
    const search20 = {
      match: (r: { path: string; query: URLSearchParams }) => r.path === "/sru" && r.query.get("query")!.includes("2021-07-20"),
      times: 100,
      answer: status(500),
    };
    world.service.inject(search20);
    const report = await world.fetch({ retries: 1 });
    expect(report.stopped).toMatch(/^the search for 2021-07-20 \(from record 1\) failed: HTTP 500/u);
    expect(report.windows).toEqual({ total: 4, searched: 1, completed: 1 });
    expect(await filesUnder(world.out)).toEqual({});
    search20.times = 0;
    const next = await world.fetch();
    expect(next).toMatchObject({ windows: { total: 3, searched: 3 }, stopped: null });
    await expectDocuments(world.out, expected);
  });

  it("reports a body shorter than its Content-Length as truncated, and writes nothing of it", async () => {
    const expected = publishArchive(world.service);
    world.service.inject(
      on(
        XML,
        100,
        halfBody((_req, res) => res.socket!.end()),
      ),
    );
    const report = await world.fetch({ retries: 1 });
    expect(report.failed).toEqual([
      {
        id: ANSWER.id,
        reason: expect.stringMatching(
          new RegExp(`^its xml .*: the body broke off after ${ANSWER.xml.length >> 1} of ${ANSWER.xml.length} bytes .*truncated$`, "u"),
        ),
      },
    ]);
    const { [`${ANSWER.id}/${ANSWER.id}.xml`]: _x, [`${ANSWER.id}/metadata.xml`]: _m, ...rest } = expected;
    await expectDocuments(world.out, rest);
  });
});

describe("a fetch refuses", () => {
  it("a redirect to another host, and never asks that host", async () => {
    const other = await startService();
    try {
      const expected = publishArchive(world.service);
      world.service.inject(on(XML, 1, status(302, { location: `${other.origin}${XML}` })));
      const report = await world.fetch();
      expect(report.failed).toEqual([
        { id: ANSWER.id, reason: expect.stringMatching(/: redirected to another host \(http:\/\/127\.0\.0\.1:\d+\), not followed/u) },
      ]);
      expect(other.requests).toEqual([]);
      const { [`${ANSWER.id}/${ANSWER.id}.xml`]: _x, [`${ANSWER.id}/metadata.xml`]: _m, ...rest } = expected;
      await expectDocuments(world.out, rest);
    } finally {
      await other.stop();
    }
  });

  it("nothing of a redirect within the service, which it follows", async () => {
    const expected = publishArchive(world.service);
    world.service.serve(`/moved${XML}`, ANSWER.xml);
    world.service.inject(on(XML, 1, status(301, { location: `/moved${XML}` })));
    const report = await world.fetch();
    expect(report.failed).toEqual([]);
    await expectDocuments(world.out, expected);
  });

  it("a body larger than its limit, while it streams in, and one that says so beforehand", async () => {
    const expected = publishArchive(world.service);
    let sent = 0;
    world.service.inject(
      on(XML, 1, (_req, res) => {
        // No Content-Length, and no end: only the fetcher's limit stops it.
        res.writeHead(200, { "content-type": "application/xml" });
        const chunk = Buffer.alloc(16 * 1024, "<");
        const more = () => {
          if (res.destroyed) return;
          sent += chunk.length;
          res.write(chunk, () => setImmediate(more));
        };
        more();
      }),
    );
    world.service.inject(
      on(PDF, 1, (_req, res) => res.writeHead(200, { "content-type": "application/pdf", "content-length": 10 * 1024 * 1024 }).write("%PDF-")),
    );
    const report = await world.fetch({ maxBytes: { xml: 64 * 1024, pdf: 1024 * 1024 } });
    expect(report.failed).toEqual([
      { id: ANSWER.id, reason: expect.stringMatching(/: the body is more than the 65536 bytes accepted; it was refused while it came in$/u) },
      { id: "ah-tk-20232024-1076", reason: expect.stringMatching(/: the body is 10485760 bytes, more than the 1048576 accepted$/u) },
    ]);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
    const { [`${ANSWER.id}/${ANSWER.id}.xml`]: _x, [`${ANSWER.id}/metadata.xml`]: _m, "ah-tk-20232024-1076/ah-tk-20232024-1076.pdf": _p, ...rest } = expected;
    await expectDocuments(world.out, rest);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates, and nothing else", () => {
    const now = Date.parse("2025-01-01T12:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe("the HTTP client", () => {
  it("asks only its own origin, starts no more requests at once than it may, and spaces them by its rate", async () => {
    const service = await startService();
    try {
      for (let i = 0; i < 6; i++) service.serve(`/f${i}.xml`, Buffer.from(`<a>${i}</a>`));
      let inFlight = 0;
      let most = 0;
      for (let i = 0; i < 6; i++) {
        service.inject(
          on(`/f${i}.xml`, 1, (_req, res, served) => {
            most = Math.max(most, ++inFlight);
            setTimeout(() => {
              inFlight--;
              res.writeHead(200).end(served!.body);
            }, 200);
          }),
        );
      }
      const client = createHttpClient({
        origin: service.origin,
        userAgent: "test",
        concurrency: 2,
        requestsPerSecond: 20,
        timeoutMs: 1000,
        retries: 0,
        backoffMs: 1,
        maxBackoffMs: 1,
        maxRetryAfterMs: 1,
      });
      await expect(client.get("https://example.org/x", { maxBytes: 10 })).rejects.toThrow(FetchFailure);
      const started = Date.now();
      const results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => client.get(`${service.origin}/f${i}.xml`, { maxBytes: 100 })));
      expect(results.map((r) => (r.status === "ok" ? r.bytes.toString() : r.status))).toEqual([0, 1, 2, 3, 4, 5].map((i) => `<a>${i}</a>`));
      expect(most).toBe(2);
      // Six requests at 20 a second: the sixth starts no sooner than 250 ms after the first.
      expect(Math.max(...service.requests.map((r) => r.at)) - started).toBeGreaterThanOrEqual(245);
      expect(client.stats).toMatchObject({ requests: 6, retries: 0 });
    } finally {
      await service.stop();
    }
  });
});
