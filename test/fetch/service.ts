/**
 * The publisher's service, played by a real HTTP server on 127.0.0.1 (a random port) from the real
 * recorded data: the search responses of test/fixtures/official/sru/ and the documents of
 * test/fixtures/official/ (and the official PDFs of content/documents/). The search answers a query for
 * `dt.modified=="YYYY-MM-DD"` with the records a test put on that day, in pages composed the way the
 * service composes them (the envelope of a real response, the real records, `nextRecordPosition` while
 * more follow), and with their addresses pointing at this server: `http://__MOCK_SERVICE__/repository.overheid.nl`
 * (the recording's stand-in for the repository) becomes this server's origin, while
 * `https://repository.overheid.nl` is left for the fetcher to map with `--base-url`.
 *
 * Faults are injected per request: a handler that answers instead of the service, a given number of times.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const SRU = "test/fixtures/official/sru";
const DOCUMENT = "test/fixtures/official/ah-tk-20202021-3235";

/** The real recorded responses, as they are on disk. */
export const RECORDED = {
  mixed: readFileSync(`${SRU}/search-mixed-types.xml`, "utf8"),
  day: readFileSync(`${SRU}/sru.xml`, "utf8"),
  question: readFileSync(`${SRU}/sru_record_kv_onopgemaakt.xml`, "utf8"),
};

/** The recording's stand-in for the publisher's repository, which the server replaces by itself. */
export const MOCK_HOST = "http://__MOCK_SERVICE__/repository.overheid.nl";

/** The `<sru:record>`s of a recorded response, each as its text. */
export function recordsOf(response: string): string[] {
  return [...response.matchAll(/<sru:record>[\s\S]*?<\/sru:record>/gu)].map((m) => m[0]);
}

/** The record of `id` in the recorded responses. */
export function recordedRecord(id: string): string {
  const all = [...recordsOf(RECORDED.mixed), ...recordsOf(RECORDED.day), RECORDED.question.replace(/^[\s\S]*?(?=<sru:record\b)/u, "")];
  const found = all.find((record) => record.includes(`<dcterms:identifier>${id}</dcterms:identifier>`));
  if (!found) throw new Error(`no recorded record of ${id}`);
  // The stand-alone record declares its namespaces itself; inside a page they are the envelope's.
  return found.replace(/^<sru:record\b[^>]*>/u, "<sru:record>");
}

/** The real answer in the publisher's layout: its record and the files its itemUrls name. */
export const ANSWER = {
  id: "ah-tk-20202021-3235",
  day: "2021-07-22",
  record: recordedRecord("ah-tk-20202021-3235"),
  base: "/frbr/officielepublicaties/ah-tk/20202021/ah-tk-20202021-3235/1",
  xml: readFileSync(`${DOCUMENT}/ah-tk-20202021-3235.xml`),
  metadata: readFileSync(`${DOCUMENT}/metadata.xml`),
  metadataOwms: readFileSync(`${DOCUMENT}/metadata_owms.xml`),
  html: readFileSync(`${DOCUMENT}/ah-tk-20202021-3235.html`),
};

/**
 * A record of one of the official PDFs of content/documents/, made from the real answer's record: the
 * same record with the PDF's id, day and session year, and only a PDF among its itemUrls (as the
 * records of documents without XML have), named at the publisher's own address
 * (https://repository.overheid.nl), which the fetcher maps to `--base-url`. The recordings hold no
 * record of a PDF-only answer; the PDF itself is the publisher's file, served as it is.
 */
export function pdfRecord(id: string, day: string): { record: string; path: string; body: Buffer } {
  const session = /^ah-tk-(\d{8})-\d+$/u.exec(id)?.[1];
  if (!session) throw new Error(`${id} is not an answer's id`);
  const record = ANSWER.record
    .replaceAll(ANSWER.id, id)
    .replaceAll(MOCK_HOST, "https://repository.overheid.nl")
    .replaceAll("officielepublicaties/ah-tk/20202021", `officielepublicaties/ah-tk/${session}`)
    .replace(/<dcterms:modified>[^<]*</u, `<dcterms:modified>${day}<`)
    .replace(/(<cd:datumTijdstipWijziging(?:Work|Expression)>)[^<]*</gu, `$1${day}T10:00:00+02:00<`)
    .replace(/^\s*<gzd:itemUrl manifestation="(?!pdf")[^"]*">[^<]*<\/gzd:itemUrl>\n/gmu, "");
  return { record, path: `/frbr/officielepublicaties/ah-tk/${session}/${id}/1/pdf/${id}.pdf`, body: readFileSync(`content/documents/${id}.pdf`) };
}

/** A page of search results in the envelope of the real response: its namespaces, version and echo. */
export function sruPage(records: readonly string[], page: { total: number; start: number; next: number | null; query: string; max: number }): string {
  const head = RECORDED.mixed.slice(0, RECORDED.mixed.indexOf("<sru:numberOfRecords>"));
  const tail = RECORDED.mixed.slice(RECORDED.mixed.indexOf("<sru:echoedSearchRetrieveRequest>"));
  const numbered = records.map((record, i) =>
    record.replace(/<sru:recordPosition>\d*<\/sru:recordPosition>/u, `<sru:recordPosition>${page.start + i}</sru:recordPosition>`),
  );
  const echo = tail
    .replace(/<sru:query>[\s\S]*?<\/sru:query>/u, `<sru:query>${escapeXml(page.query)}</sru:query>`)
    .replace(/<sru:startRecord>\d+</u, `<sru:startRecord>${page.start}<`)
    .replace(/<sru:maximumRecords>\d+</u, `<sru:maximumRecords>${page.max}<`);
  return (
    `${head}<sru:numberOfRecords>${page.total}</sru:numberOfRecords>\n    <sru:records>\n        ${numbered.join("\n        ")}\n    </sru:records>\n` +
    `${page.next !== null ? `    <sru:nextRecordPosition>${page.next}</sru:nextRecordPosition>\n` : ""}    ${echo}`
  );
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

export interface ServedFile {
  body: Buffer;
  contentType: string;
  etag: string;
}

export interface Request {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  at: number;
}

/** Answers a request instead of the service; `times` times, then the service answers again. */
export interface Fault {
  match: (request: Request) => boolean;
  times: number;
  answer: (request: IncomingMessage, response: ServerResponse, served: ServedFile | null) => void;
}

export interface Service {
  /** `http://127.0.0.1:<port>`, the fetcher's `--base-url`. */
  origin: string;
  /** The records of each day, as the search answers them (records as in a response, addresses not yet rewritten). */
  days: Map<string, string[]>;
  /** The files, by path. */
  files: Map<string, ServedFile>;
  /** A whole search response for a day and start, in place of the composed page (a recording served as it is). */
  pages: Map<string, string>;
  /** Every request, in order. */
  requests: Request[];
  inject(fault: Fault): void;
  /** Puts a file at `path`, with an ETag of its bytes. */
  serve(path: string, body: Buffer, contentType?: string): void;
  /** Called as each file's body has been sent. */
  onFileServed: ((path: string) => void) | null;
  /** The paths whose whole body was sent (not a 304, not a fault), in order. */
  bodiesServed: string[];
  stop(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = { xml: "application/xml", pdf: "application/pdf", html: "text/html; charset=utf-8" };

export async function startService(): Promise<Service> {
  const faults: Fault[] = [];
  const service: Omit<Service, "origin" | "stop"> = {
    days: new Map(),
    files: new Map(),
    pages: new Map(),
    requests: [],
    inject: (fault) => faults.push(fault),
    serve: (path, body, contentType) => {
      const type = contentType ?? CONTENT_TYPES[path.split(".").at(-1) ?? ""] ?? "application/octet-stream";
      service.files.set(path, { body, contentType: type, etag: `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"` });
    },
    onFileServed: null,
    bodiesServed: [],
  };
  let origin = "";
  const rewrite = (text: string) => text.replaceAll(MOCK_HOST, origin);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", origin);
    const request: Request = { path: url.pathname, query: url.searchParams, headers: req.headers, at: Date.now() };
    service.requests.push(request);
    const served = service.files.get(url.pathname) ?? null;
    const fault = faults.find((f) => f.times > 0 && f.match(request));
    if (fault) {
      fault.times--;
      fault.answer(req, res, served);
      return;
    }
    if (url.pathname === "/sru") return answerSearch(url.searchParams, res);
    if (!served) {
      res.writeHead(404, { "content-type": "text/html" }).end("<!DOCTYPE html><html><body>Niet gevonden</body></html>");
      return;
    }
    if (req.headers["if-none-match"] === served.etag) {
      res.writeHead(304, { etag: served.etag }).end();
      return;
    }
    res.writeHead(200, { "content-type": served.contentType, "content-length": served.body.length, etag: served.etag });
    res.end(served.body, () => {
      service.bodiesServed.push(url.pathname);
      service.onFileServed?.(url.pathname);
    });
  });

  const answerSearch = (params: URLSearchParams, res: ServerResponse) => {
    const query = params.get("query") ?? "";
    const day = /dt\.modified=="(\d{4}-\d{2}-\d{2})"/u.exec(query)?.[1];
    const start = Number(params.get("startRecord") ?? "1");
    const max = Number(params.get("maximumRecords") ?? "10");
    const recorded = day ? service.pages.get(`${day} ${start}`) : undefined;
    let body: string;
    if (recorded !== undefined) body = recorded;
    else {
      const records = (day ? service.days.get(day) : undefined) ?? [];
      const slice = records.slice(start - 1, start - 1 + max);
      const next = start - 1 + max < records.length ? start + max : null;
      body = sruPage(slice, { total: records.length, start, next, query, max });
    }
    const bytes = Buffer.from(rewrite(body));
    res.writeHead(200, { "content-type": "text/xml; charset=utf-8", "content-length": bytes.length }).end(bytes);
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(service, {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The service with the real answer (XML and metadata) and the PDFs named, each record on its day. */
export function publishAnswer(service: Service): void {
  service.serve(`${ANSWER.base}/xml/${ANSWER.id}.xml`, ANSWER.xml);
  service.serve(`${ANSWER.base}/metadata/metadata.xml`, ANSWER.metadata);
  service.serve(`${ANSWER.base}/metadataowms/metadata_owms.xml`, ANSWER.metadataOwms);
  service.serve(`${ANSWER.base}/html/${ANSWER.id}.html`, ANSWER.html);
}

/** Puts `record` on `day` (after the records already there). */
export function onDay(service: Service, day: string, ...records: string[]): void {
  service.days.set(day, [...(service.days.get(day) ?? []), ...records]);
}

/** The requests for files (not searches), by path. */
export function fileRequests(service: Service): string[] {
  return service.requests.filter((r) => r.path !== "/sru").map((r) => r.path);
}

/** The official PDFs of content/documents/ that the archive below holds, and the day each was modified. */
export const PDFS = [
  { id: "ah-tk-20232024-1076", day: "2021-07-20" },
  { id: "ah-tk-20232024-1178", day: "2021-07-20" },
  { id: "ah-tk-20232024-1292", day: "2021-07-22" },
] as const;

/**
 * A small archive over four days, 2021-07-19 to 2021-07-22: two Kamerstukken (recorded), two answers
 * as PDF, nothing on the 21st, and on the 22nd the recorded answer (XML and metadata), a recorded
 * Bijlage and a third PDF. Returns what the folder must hold after a fetch of it: path → bytes.
 */
export function publishArchive(service: Service): Record<string, Buffer> {
  publishAnswer(service);
  const pdfs = PDFS.map(({ id, day }) => ({ id, day, ...pdfRecord(id, day) }));
  for (const pdf of pdfs) service.serve(pdf.path, pdf.body);
  onDay(service, "2021-07-19", recordedRecord("kst-32545-143"), recordedRecord("kst-32545-144"));
  onDay(service, "2021-07-20", pdfs[0]!.record, pdfs[1]!.record);
  onDay(service, "2021-07-22", ANSWER.record, recordedRecord("blg-1007826"), pdfs[2]!.record);
  return {
    [`${ANSWER.id}/${ANSWER.id}.xml`]: ANSWER.xml,
    [`${ANSWER.id}/metadata.xml`]: ANSWER.metadata,
    ...Object.fromEntries(pdfs.map((pdf) => [`${pdf.id}/${pdf.id}.pdf`, pdf.body])),
  };
}
