import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/common/progress.ts";

describe("createProgress", () => {
  it("reports count, rate and time left at most every two seconds, and the total at the end", () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress(
      "documents read",
      1000,
      (l) => lines.push(l),
      () => clock,
    );
    clock = 1000;
    progress.tick(100);
    clock = 2500;
    progress.tick(250);
    clock = 3000;
    progress.tick(300);
    clock = 10_000;
    progress.tick(1000);
    progress.finish();
    expect(lines).toEqual(["[kamervragen] documents read 250/1000 (100/s, 8 s left)", "[kamervragen] documents read 1000/1000 done in 10.0 s"]);
  });
});
