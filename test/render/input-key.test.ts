import { describe, expect, it } from "vitest";
import { inputKey } from "../../src/render/input-key.ts";

describe("inputKey", () => {
  it("is the same for the same inputs and differs when any changes, or where one ends", () => {
    expect(inputKey("a", "b")).toBe(inputKey("a", "b"));
    expect(inputKey("a", "b")).not.toBe(inputKey("a", "c"));
    expect(inputKey("ab", "c")).not.toBe(inputKey("a", "bc"));
    expect(inputKey("a", "b")).not.toBe(inputKey("b", "a"));
    expect(inputKey("a")).toMatch(/^[\w-]{27}$/u);
  });
});
