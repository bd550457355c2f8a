import { describe, expect, it } from "vitest";
import { fetchOptions, formatReport, parseKinds, userAgent } from "../../src/fetch/options.ts";
import type { FetchReport } from "../../src/fetch/run.ts";

const DEFAULTS = { out: "content/documents", statePath: ".cache/fetch/state.json", userAgent: "ua" };

describe("the fetch's command line", () => {
  it("gives the run its options, the publisher's address and every kind by default", () => {
    expect(fetchOptions({ since: "2024-09-01" }, DEFAULTS)).toEqual({
      ok: true,
      options: {
        since: "2024-09-01",
        until: undefined,
        kinds: ["ah-tk", "kv-tk", "ah-ek", "kv-ek"],
        out: "content/documents",
        statePath: ".cache/fetch/state.json",
        baseUrl: "https://repository.overheid.nl",
        userAgent: "ua",
      },
    });
    const given = fetchOptions(
      {
        since: "2024-09-01",
        until: "2024-09-30",
        kinds: "kv-ek,ah-tk",
        out: "x",
        state: "s.json",
        "base-url": "http://127.0.0.1:8399/",
        concurrency: "2",
        rate: "0.5",
        "page-size": "50",
        timeout: "10",
        retries: "0",
      },
      DEFAULTS,
    );
    expect(given).toMatchObject({
      ok: true,
      options: {
        kinds: ["ah-tk", "kv-ek"],
        out: "x",
        statePath: "s.json",
        baseUrl: "http://127.0.0.1:8399",
        concurrency: 2,
        requestsPerSecond: 0.5,
        pageSize: 50,
        timeoutMs: 10_000,
        retries: 0,
      },
    });
  });

  it("says what is wrong with it", () => {
    const message = (values: Record<string, string>) => {
      const parsed = fetchOptions(values, DEFAULTS);
      return parsed.ok ? null : parsed.message;
    };
    expect(message({})).toBe("--since YYYY-MM-DD is required: the first day of modification to fetch");
    expect(message({ since: "1-9-2024" })).toBe("--since 1-9-2024 is not a day written YYYY-MM-DD");
    expect(message({ since: "2024-09-02", until: "2024-09-01" })).toBe("--until 2024-09-01 is before --since 2024-09-02");
    expect(message({ since: "2024-09-01", kinds: "ah-tk,kamerstuk" })).toBe("--kinds: kamerstuk is no kind; the kinds are ah-tk, kv-tk, ah-ek, kv-ek");
    expect(message({ since: "2024-09-01", "base-url": "ftp://example.nl" })).toMatch(/must be a plain http or https address/u);
    expect(message({ since: "2024-09-01", concurrency: "100" })).toBe("--concurrency 100 must be a number from 1 to 16");
    expect(parseKinds(",")).toEqual({ ok: false, message: "--kinds names no kind; the kinds are ah-tk, kv-tk, ah-ek, kv-ek" });
  });

  it("names the project in its User-Agent", async () => {
    expect(await userAgent("package.json")).toMatch(/^kamervragen\/\d+\.\d+\.\d+ \(fetcher of the Aanhangsel van de Handelingen(; \+\S+)?\)$/u);
  });
});

describe("the report", () => {
  it("says what came in, what was skipped, and each failure by document", () => {
    const report: FetchReport = {
      since: "2024-09-01",
      until: "2024-09-03",
      windows: { total: 3, searched: 2, completed: 1 },
      pages: 4,
      fetched: ["ah-tk-20242025-1", "ah-tk-20242025-2"],
      replaced: ["ah-tk-20242025-3"],
      unchanged: 5,
      repeated: 1,
      skipped: { unrelated: { Kamerstuk: 2, Bijlage: 1 }, kinds: { "kv-tk": 3 } },
      failed: [{ id: "ah-tk-20242025-4", reason: "its xml (https://repository.overheid.nl/x.xml): HTTP 404 Not Found" }],
      stopped: "the search for 2024-09-03 (from record 1) failed: HTTP 500",
      requests: 20,
      retries: 3,
      bytes: 3 * 1024 * 1024,
      removedTemporary: 0,
    };
    expect(formatReport(report)).toEqual([
      "[kamervragen] fetch 2024-09-01 to 2024-09-03: 2 of 3 day(s) searched (1 complete), 4 page(s), 20 request(s) (3 retried), 3.0 MB",
      "[kamervragen] 2 fetched, 1 replaced by a newer version, 5 unchanged, 6 skipped (not Kamervragen: Bijlage 1, Kamerstuk 2) (kinds not asked for: kv-tk 3), 1 failed; 1 record(s) repeated by the service, handled once",
      "[kamervragen] replaced: ah-tk-20242025-3",
      "ah-tk-20242025-4: failed: its xml (https://repository.overheid.nl/x.xml): HTTP 404 Not Found",
      "[kamervragen] stopped early: the search for 2024-09-03 (from record 1) failed: HTTP 500; the next run goes on from there",
    ]);
  });
});
