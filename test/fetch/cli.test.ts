/**
 * The commands as a publisher runs them (scripts/fetch.ts, scripts/update.ts), in processes of their
 * own against the local service: usage and exit codes, the report, and a fetch killed outright (SIGKILL,
 * with a request in flight, and right after a file came in) and run again, which must give the folder an
 * uninterrupted fetch gives. `npm run update` fetching and building: ./end-to-end.test.ts.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectDocuments } from "./folder.ts";
import { ANSWER, publishArchive, startService, type Service } from "./service.ts";
import { start } from "./world.ts";

let service: Service;
let work: string;
let out: string;
let state: string;
const fetchArgs = () => [
  "--since",
  "2021-07-19",
  "--until",
  "2021-07-22",
  "--base-url",
  service.origin,
  "--out",
  out,
  "--state",
  state,
  "--rate",
  "0",
  "--page-size",
  "2",
  "--timeout",
  "5",
];

beforeEach(async () => {
  service = await startService();
  work = await mkdtemp(join(tmpdir(), "kamervragen-fetch-cli-"));
  out = join(work, "documents");
  state = join(work, "state.json");
});
afterEach(async () => {
  await service.stop();
  await rm(work, { recursive: true, force: true });
});

describe("npm run fetch", () => {
  it("explains its usage, and exits 2", async () => {
    const none = await start("scripts/fetch.ts", ["--until", "2024-09-01"]).done;
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^--since YYYY-MM-DD is required: the first day of modification to fetch\nusage: npm run fetch -- --since YYYY-MM-DD/u);
  });

  it("reports each document that failed by its id, and exits 1", async () => {
    const expected = publishArchive(service);
    service.files.delete(`${ANSWER.base}/metadata/metadata.xml`);
    const run = await start("scripts/fetch.ts", fetchArgs()).done;
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").slice(1)).toEqual([
      "[kamervragen] 3 fetched, 0 replaced by a newer version, 0 unchanged, 3 skipped (not Kamervragen: Bijlage 1, Kamerstuk 2), 1 failed",
      `${ANSWER.id}: failed: its metadata (https://repository.overheid.nl${ANSWER.base}/metadata/metadata.xml): HTTP 404 Not Found`,
      "",
    ]);
    const { [`${ANSWER.id}/${ANSWER.id}.xml`]: _x, [`${ANSWER.id}/metadata.xml`]: _m, ...rest } = expected;
    await expectDocuments(out, rest);
    expect(
      service.requests.every((r) => /^kamervragen\/\d+\.\d+\.\d+ \(fetcher of the Aanhangsel van de Handelingen/u.test(r.headers["user-agent"] ?? "")),
    ).toBe(true);
  });

  it("killed at any moment and run again, gives the folder an uninterrupted fetch gives, and exits 0", async () => {
    const expected = publishArchive(service);
    const moments: Array<{ name: string; arm: (kill: () => void) => void }> = [
      {
        name: "while the second file is asked for",
        arm: (kill) => {
          let asked = 0;
          service.inject({ match: (r) => r.path !== "/sru" && ++asked === 2, times: 1, answer: () => kill() });
        },
      },
      {
        name: "right after the third file came in",
        arm: (kill) => {
          let served = 0;
          service.onFileServed = () => {
            if (++served === 3) kill();
          };
        },
      },
    ];
    for (const moment of moments) {
      await rm(out, { recursive: true, force: true });
      await rm(state, { force: true });
      const first = start("scripts/fetch.ts", fetchArgs());
      moment.arm(() => first.child.kill("SIGKILL"));
      const killed = await first.done;
      service.onFileServed = null;
      expect(killed.signal, moment.name).toBe("SIGKILL");
      const again = await start("scripts/fetch.ts", fetchArgs()).done;
      expect(again.code, `${moment.name}: ${again.stdout}${again.stderr}`).toBe(0);
      expect(again.stderr).toBe("");
      expect(again.stdout).toMatch(/^\[kamervragen\] fetch 2021-07-19 to 2021-07-22: \d of \d day\(s\) searched/u);
      await expectDocuments(out, expected);
    }
  });
});

describe("npm run update", () => {
  it("needs an earlier fetch, or --since", async () => {
    const run = await start("scripts/update.ts", ["--state", state, "--out", out]).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${state} has no earlier fetch of these kinds from this address: start with npm run fetch -- --since YYYY-MM-DD, or give --since`,
    );
  });
});
