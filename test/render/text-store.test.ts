import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTextStore } from "../../src/render/text-store.ts";

describe("createTextStore", () => {
  let parent: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), "kamervragen-text-store-"));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it("gives back every text by its key, before and after its block is written, in any order", () => {
    const store = createTextStore(parent);
    // Texts of some 100 KB each: the store writes a block every MB, so most are read from the file.
    const texts = Array.from({ length: 40 }, (_, i) => `«Antwoord ${i}» ${"vraag € ".repeat(12_000 + i)}`);
    texts.forEach((text, i) => store.put(`ah-${i}`, text));
    for (const i of [39, 0, 17, 38, 1]) expect(store.get(`ah-${i}`)).toBe(texts[i]);
    store.put("ah-late", "één tekst na het lezen");
    expect(store.get("ah-late")).toBe("één tekst na het lezen");
    expect(store.get("ah-5")).toBe(texts[5]);
    store.close();
  });

  it("keeps the second text of a key given twice, and an empty text", () => {
    const store = createTextStore(parent);
    store.put("a", "eerste");
    store.put("a", "tweede");
    store.put("leeg", "");
    expect(store.get("a")).toBe("tweede");
    expect(store.get("leeg")).toBe("");
    store.close();
  });

  it("refuses a key it does not hold, naming it", () => {
    const store = createTextStore(parent);
    expect(() => store.get("ah-tk-20232024-1")).toThrow(/ah-tk-20232024-1/);
    store.close();
  });

  it("makes its parent folder when there is none yet", () => {
    const store = createTextStore(join(parent, "cache", "nested"));
    store.put("a", "tekst");
    expect(store.get("a")).toBe("tekst");
    store.close();
    expect(readdirSync(join(parent, "cache", "nested"))).toEqual([]);
  });

  it("removes the folders of stores never closed once they are a day old, and no other", () => {
    const old = createTextStore(parent);
    const recent = createTextStore(parent);
    old.put("a", "tekst");
    mkdirSync(join(parent, "records"));
    const [oldFolder] = readdirSync(parent).filter((name) => name.startsWith("text-store-"));
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(join(parent, oldFolder!), twoDaysAgo, twoDaysAgo);
    utimesSync(join(parent, "records"), twoDaysAgo, twoDaysAgo);
    const store = createTextStore(parent);
    const left = readdirSync(parent);
    expect(left).not.toContain(oldFolder);
    expect(left).toContain("records");
    expect(left.filter((name) => name.startsWith("text-store-"))).toHaveLength(2);
    store.close();
    recent.close();
    expect(() => old.close()).not.toThrow();
  });

  it("leaves nothing behind when closed", () => {
    const store = createTextStore(parent);
    store.put("a", "x".repeat(3 << 20));
    expect(readdirSync(parent)).toHaveLength(1);
    store.close();
    expect(readdirSync(parent)).toEqual([]);
  });
});
