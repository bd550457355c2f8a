import { describe, expect, it } from "vitest";
import { mapLimited } from "../../src/common/limited.ts";

describe("mapLimited", () => {
  it("gives the results in the items' order, with never more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([30, 10, 20, 0, 5], 2, async (ms, index) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return `${index}:${ms}`;
    });
    expect(results).toEqual(["0:30", "1:10", "2:20", "3:0", "4:5"]);
    expect(most).toBe(2);
  });

  it("runs one at a time for a limit below one, and nothing for no items", async () => {
    expect(await mapLimited([1, 2], 0, (n) => Promise.resolve(n * 2))).toEqual([2, 4]);
    expect(await mapLimited([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});
