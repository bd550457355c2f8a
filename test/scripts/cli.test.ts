/**
 * The command-line edges: what a user sees from `npm run normalize`, `npm run check` and
 * `npm run build`, exit codes included, and never a stack trace.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { recordSchema } from "../../src/model.ts";

const run = promisify(execFile);

async function tsx(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", script, ...args], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("normalize", () => {
  it("prints the record of a file as JSON", async () => {
    const { code, stdout, stderr } = await tsx("scripts/normalize.ts", "content/documents/ah-tk-20202021-2290.md");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const record = recordSchema.parse(JSON.parse(stdout));
    expect(record.id).toBe("ah-tk-20202021-2290");
  });

  it("explains its usage", async () => {
    const { code, stderr } = await tsx("scripts/normalize.ts");
    expect(code).toBe(2);
    expect(stderr).toBe("usage: npm run normalize -- <file>\n");
  });

  it("names the file and line of a problem, and exits 1 without a record", async () => {
    const { code, stdout, stderr } = await tsx("scripts/normalize.ts", "test/fixtures/bad/empty.md");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("test/fixtures/bad/empty.md: error empty: the file is empty\n");
  });
});

describe("check", () => {
  it("passes on the sample content", async () => {
    const { code, stdout } = await tsx("scripts/check.ts");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^17 file\(s\) checked: 16 record\(s\), 0 error\(s\) in 0 file\(s\), \d+ warning\(s\)$/mu);
  });

  it("lists every problem of every file with file and line, in one run", async () => {
    const { code, stdout, stderr } = await tsx("scripts/check.ts", "test/fixtures/bad");
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout).not.toMatch(/^\s+at /mu);
    expect(stdout.split("\n").filter((l) => /: (error|warning) /u.test(l))).toEqual([
      "test/fixtures/bad/empty.md: error empty: the file is empty",
      "test/fixtures/bad/garbage.md: error binary: the file is not text (it holds binary data) although its name ends in .md",
      "test/fixtures/bad/impossible-date.md:3: error date-unreadable: submission date: «31 februari 2024» is not a date in the calendar",
      "test/fixtures/bad/missing-answer.md:11: warning answer-missing: question 2 has no answer; the question is kept",
      "test/fixtures/bad/undefined-footnote.md:9: warning footnote-undefined: footnote 2 is referenced but never defined; its number is kept in the text",
    ]);
  });

  it("writes the fidelity report with --report: per file its problems by kind, largest doubt first", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kv-report-"));
    try {
      const path = join(dir, "fidelity.json");
      const { code, stdout } = await tsx("scripts/check.ts", "--report", path, "test/fixtures/bad");
      expect(code).toBe(1);
      expect(stdout).toContain(`fidelity report: ${path}`);
      const report = JSON.parse(readFileSync(path, "utf8")) as {
        files: number;
        documents: Array<{ file: string; errors: number; byCode: Record<string, number> }>;
      };
      expect(report.files).toBeGreaterThan(0);
      const empty = report.documents.find((d) => d.file === "test/fixtures/bad/empty.md");
      expect(empty).toMatchObject({ errors: 1, byCode: { empty: 1 } });
      // Errors first: no file with errors after one without.
      const errors = report.documents.map((d) => d.errors > 0);
      expect(errors).toEqual([...errors].sort((a, b) => Number(b) - Number(a)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("explains --report without a file name", async () => {
    const { code, stderr } = await tsx("scripts/check.ts", "--report");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--report needs a file name\nusage: npm run check/u);
  });

  it("fails on warnings too with --strict", async () => {
    const { code } = await tsx("scripts/check.ts", "--strict", "content/documents/ah-tk-20232024-302.md");
    expect(code).toBe(1);
  });
});

describe("build", () => {
  it("refuses a contact that is no address before it builds anything", async () => {
    const work = await mkdtemp(join(tmpdir(), "kamervragen-cli-"));
    try {
      const output = join(work, "site");
      const { code, stderr } = await tsx("scripts/build.ts", `--output=${output}`, "--contact=de redactie");
      expect(code).toBe(1);
      expect(stderr).toContain('the contact "de redactie" is neither an e-mail address nor a web address');
      expect(stderr).not.toMatch(/^\s+at /mu);
      expect(existsSync(output)).toBe(false);
      expect(existsSync(`${output}.building`)).toBe(false);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it("says when the accessibility statement names no contact, and names the one it is given", async () => {
    const work = await mkdtemp(join(tmpdir(), "kamervragen-cli-"));
    try {
      const without = await tsx("scripts/build.ts", `--output=${join(work, "without")}`);
      expect(without.code).toBe(0);
      expect(without.stderr).toContain("no contact for the accessibility statement (--contact or SITE_CONTACT)");
      const withContact = await tsx("scripts/build.ts", `--output=${join(work, "with")}`, "--contact=https://example.nl/contact");
      expect(withContact.code).toBe(0);
      expect(withContact.stderr).not.toContain("no contact");
      expect(readFileSync(join(work, "with", "toegankelijkheid", "index.html"), "utf8")).toContain(
        '<a href="https://example.nl/contact">https://example.nl/contact</a>',
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);

  it("refuses a build for publishing without the site's public address, before it builds anything", async () => {
    const work = await mkdtemp(join(tmpdir(), "kamervragen-cli-"));
    try {
      const output = join(work, "site");
      const { code, stderr } = await tsx("scripts/build.ts", "--production", `--output=${output}`, "--siteurl=http://localhost:8080");
      expect(code).toBe(1);
      expect(stderr).toContain("--production: the site's public address is http://localhost:8080, this machine");
      expect(stderr).not.toMatch(/^\s+at /mu);
      expect(existsSync(output)).toBe(false);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it("reads what a publisher sets once from the site configuration, and an option overrides it", async () => {
    const work = await mkdtemp(join(tmpdir(), "kamervragen-cli-"));
    try {
      const config = join(work, "site.json");
      await writeFile(
        config,
        JSON.stringify({
          siteName: "Vragen aan de regering",
          url: "https://vragen.example.nl",
          contact: "meld@vragen.example.nl",
          feedIds: { authority: "vragen.example.nl", date: "2026-12" },
        }),
      );
      const output = join(work, "site");
      const { code, stderr } = await tsx(
        "scripts/build.ts",
        "--production",
        `--site-config=${config}`,
        `--output=${output}`,
        "--contact=https://vragen.example.nl/melden",
      );
      expect(code, stderr).toBe(0);
      const home = readFileSync(join(output, "index.html"), "utf8");
      expect(home).toContain('<p class="kv-header__name"><a href="/">Vragen aan de regering</a></p>');
      expect(home).toContain('<link rel="canonical" href="https://vragen.example.nl/">');
      expect(readFileSync(join(output, "toegankelijkheid", "index.html"), "utf8")).toContain('<a href="https://vragen.example.nl/melden">');
      const feed = readFileSync(join(output, "feed.xml"), "utf8");
      expect(feed).toContain("<id>tag:vragen.example.nl,2026-12:feed</id>");
      expect(feed).toMatch(/<entry>\s*<id>tag:vragen\.example\.nl,2026-12:ah-tk-/u);
      const wrong = join(work, "wrong.json");
      await writeFile(wrong, JSON.stringify({ language: "en" }));
      const refused = await tsx("scripts/build.ts", `--site-config=${wrong}`, `--output=${join(work, "other")}`);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${wrong}: the site configuration has a problem:`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);
});
