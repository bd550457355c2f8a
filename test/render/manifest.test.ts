import { describe, expect, it } from "vitest";
import { createPageManifest } from "../../src/render/manifest.ts";

const digest = (text: string) => Buffer.from(text);

describe("createPageManifest", () => {
  it("lets each waiter go once all its pages are on disk, and at once if they are", async () => {
    const manifest = createPageManifest();
    const order: string[] = [];
    const waiting = [manifest.whenWritten(["/a/", "/c/"]).then(() => order.push("a+c")), manifest.whenWritten(["/a/"]).then(() => order.push("a"))];
    manifest.add("/a/", digest("a"));
    manifest.add("/b/", digest("b"));
    await Promise.resolve();
    // Added is not yet on disk: only a commit says so.
    expect(order).toEqual([]);
    manifest.commit();
    await Promise.resolve();
    expect(order).toEqual(["a"]);
    manifest.add("/c/", digest("c"));
    manifest.commit();
    await Promise.all(waiting);
    expect(order).toEqual(["a", "a+c"]);
    await expect(manifest.whenWritten(["/b/"])).resolves.toBeUndefined();
    expect(manifest.size).toBe(3);
    expect(manifest.digestOf("/b/")).toEqual(digest("b"));
    expect(manifest.digestOf("/d/")).toBeUndefined();
  });

  it("fails every waiter, now and later, when nothing more will come", async () => {
    const manifest = createPageManifest();
    const early = manifest.whenWritten(["/a/"]);
    manifest.fail(new Error("disk full"));
    await expect(early).rejects.toThrow("disk full");
    await expect(manifest.whenWritten(["/b/"])).rejects.toThrow("disk full");
  });
});
