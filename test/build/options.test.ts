import { describe, expect, it } from "vitest";
import { DEFAULT_SOURCES, sourceList } from "../../src/build/options.ts";

describe("sourceList", () => {
  it("takes the comma-separated folders of --sources", () => {
    expect(sourceList("a,b/c")).toEqual(["a", "b/c"]);
    expect(sourceList("a,,b,")).toEqual(["a", "b"]);
  });

  it("falls back to the site's own documents when none are given", () => {
    expect(sourceList(undefined)).toEqual([...DEFAULT_SOURCES]);
    expect(sourceList("")).toEqual([...DEFAULT_SOURCES]);
    expect(sourceList(",")).toEqual([...DEFAULT_SOURCES]);
  });
});
