import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openState, scopeKey, StateError } from "../../src/fetch/state.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "kamervragen-state-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("the fetch state", () => {
  it("starts empty, and is written whole, with no temporary file left", async () => {
    const path = join(dir, "fetch", "state.json");
    const file = await openState(path, "/documents", 0);
    expect(file.state).toEqual({ format: 1, out: "/documents", scopes: {}, documents: {} });
    file.state.scopes[scopeKey("https://repository.overheid.nl", ["kv-tk", "ah-tk"])] = {
      since: "2024-09-01",
      completed: [["2024-09-01", "2024-09-03"]],
      current: null,
    };
    await file.save();
    expect(await readdir(join(dir, "fetch"))).toEqual(["state.json"]);
    const again = await openState(path, "/documents");
    expect(again.state.scopes).toEqual({
      "https://repository.overheid.nl ah-tk,kv-tk": { since: "2024-09-01", completed: [["2024-09-01", "2024-09-03"]], current: null },
    });
  });

  it("is written at most once a while, unless forced", async () => {
    const path = join(dir, "state.json");
    const file = await openState(path, "/documents", 60_000);
    await file.save();
    file.state.scopes["x"] = { since: "2024-09-01", completed: [], current: null };
    await file.save();
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ scopes: {} });
    await file.save({ force: true });
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ scopes: { x: { since: "2024-09-01" } } });
  });

  it("refuses a state of another folder, one that is no JSON, and one of another shape", async () => {
    const path = join(dir, "state.json");
    await (await openState(path, "/documents", 0)).save();
    await expect(openState(path, "/elsewhere")).rejects.toThrow(StateError);
    await writeFile(path, "{");
    await expect(openState(path, "/documents")).rejects.toThrow(/is not JSON/u);
    await writeFile(path, JSON.stringify({ format: 1, out: "/documents", scopes: { x: { since: "yesterday", completed: [], current: null } }, documents: {} }));
    await expect(openState(path, "/documents")).rejects.toThrow(/is not a fetch state \(scopes\.x\.since: a day written YYYY-MM-DD\)/u);
  });
});
