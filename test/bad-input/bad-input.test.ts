/**
 * The bad-input corpus (see README.md beside this file): every case gives exactly its expected
 * diagnostic through `npm run check` and through the build, the other documents still publish, and
 * what is published from hostile content is inert text.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { formatDiagnostic } from "../../src/model.ts";
import { buildFromSources } from "../support/site.ts";

const CASES = "test/bad-input/cases";
const expected = readFileSync("test/bad-input/expected.txt", "utf8").trimEnd();
const expectedLines = expected.split("\n").filter((l) => !l.startsWith("    "));

describe("npm run check over the bad-input corpus", () => {
  it("prints exactly the expected diagnostics, every file in one run, and exits 1", async () => {
    const run = promisify(execFile);
    const result = await run("npx", ["tsx", "scripts/check.ts", CASES], { encoding: "utf8" }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect("code" in result ? result.code : 0).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.slice(0, -1).join("\n")).toBe(expected);
    expect(lines.at(-1)).toBe("49 file(s) checked: 31 record(s), 23 error(s) in 23 file(s), 24 warning(s)");
  });

  it("counts at least thirty cases", async () => {
    expect((await readdir(CASES)).length).toBeGreaterThanOrEqual(30);
  });

  it("refuses a file of more than 5 MB", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kamervragen-large-"));
    try {
      await writeFile(join(dir, "huge.txt"), "Vraag 1\n".repeat(1_400_000));
      const { diagnostics } = await loadCorpus(dir);
      expect(diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual(["error too-large: the file is 10.7 MB; the limit is 5 MB"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the build over the sample documents and the bad-input corpus", () => {
  let output: string;
  let printed: string[];

  beforeAll(async () => {
    output = await mkdtemp(join(tmpdir(), "kamervragen-bad-"));
    printed = await buildFromSources({ output, sources: `content/documents,${CASES}` });
  });
  afterAll(() => rm(output, { recursive: true, force: true }));

  it("reports every expected diagnostic", () => {
    const reported = printed.flatMap((p) => p.split("\n")).filter((l) => !l.startsWith("    "));
    for (const line of expectedLines) expect(reported).toContain(line);
  });

  it("still publishes every sound document, and the documents with warnings only", async () => {
    const { records } = await loadCorpus(["content/documents", CASES]);
    // The 16 samples and 15 sound cases, the official XML with an unknown element and the one its
    // metadata contradicts, the three whose footnotes do not match, and the six whose questions and
    // answers do not pair, repeat, are empty or stand before the first heading (warnings only).
    expect(records).toHaveLength(42);
    for (const record of records) expect(existsSync(join(output, record.id, "index.html")), record.id).toBe(true);
    expect(records.map((r) => r.id)).toEqual(expect.arrayContaining(["ah-tk-20232024-902", "ah-tk-20232024-906"]));
  });

  it("publishes a document whose footnotes do not match, keeping what was printed", () => {
    const text = (id: string) => parse(readFileSync(join(output, `ah-tk-20232024-${id}`, "index.html"), "utf8")).querySelector("main")!.text;
    expect(text("205")).toContain("Waarom?2"); // an undefined marker stays its number
    expect(text("206")).toContain("Een bron die niemand noemt."); // an unused footnote is still listed
    expect(text("207")).not.toContain("Tweede bron."); // a second definition of a number is left out
  });

  it("leaves out the documents with errors", () => {
    expect(existsSync(join(output, "ah-tk-20232024-208"))).toBe(false); // impossible date
    for (const xml of ["901", "903", "904", "905"]) expect(existsSync(join(output, `ah-tk-20232024-${xml}`)), xml).toBe(false); // malformed, hostile, wrong encoding
  });

  it("publishes raw HTML and refused links as text: no element, attribute or link comes from content", () => {
    for (const id of ["212", "213", "214", "215", "216"]) {
      const html = readFileSync(join(output, `ah-tk-20232024-${id}`, "index.html"), "utf8");
      const page = parse(html);
      expect(page.querySelectorAll("script, iframe, img, b")).toHaveLength(0);
      expect(page.querySelectorAll("[onerror]")).toHaveLength(0);
      for (const a of page.querySelectorAll("a")) expect(a.getAttribute("href") ?? "").not.toMatch(/^\s*(?:javascript|data):/iu);
    }
    const script = parse(readFileSync(join(output, "ah-tk-20232024-213", "index.html"), "utf8"));
    expect(script.querySelector("main")!.text).toContain("<script>alert('x')</script>");
  });

  it("loses no word of a deeply nested list or a very long line", () => {
    const nested = parse(readFileSync(join(output, "ah-tk-20232024-217", "index.html"), "utf8"));
    expect(nested.querySelector("main")!.text).toContain("het diepste punt");
    const long = parse(readFileSync(join(output, "ah-tk-20232024-219", "index.html"), "utf8"));
    expect(long.querySelector("main")!.text.match(/lang/gu)).toHaveLength(20000);
  });
});

describe("--strict", () => {
  it("fails the build on any problem and leaves the previous site as it was", async () => {
    const output = await mkdtemp(join(tmpdir(), "kamervragen-strict-"));
    try {
      await writeFile(join(output, "index.html"), "previous site");
      await expect(buildFromSources({ output, sources: `content/documents,${CASES}`, strict: true })).rejects.toThrow();
      expect(readFileSync(join(output, "index.html"), "utf8")).toBe("previous site");
      expect(await readdir(output)).toEqual(["index.html"]);
    } finally {
      await rm(output, { recursive: true, force: true });
    }
  });
});

describe("diagnostics", () => {
  it("are formatted with file and line", () => {
    expect(formatDiagnostic({ file: "a.md", line: 3, severity: "error", code: "x", message: "y", hint: "z" })).toBe("a.md:3: error x: y\n    hint: z");
    expect(formatDiagnostic({ file: "a.pdf", page: 2, severity: "warning", code: "x", message: "y" })).toBe("a.pdf (page 2): warning x: y");
    expect(formatDiagnostic({ file: "a.pdf", page: 2, line: 40, severity: "error", code: "x", message: "y" })).toBe("a.pdf:40 (page 2): error x: y");
  });
});
