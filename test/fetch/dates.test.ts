import { describe, expect, it } from "vitest";
import { addDays, addToRanges, daysBetween, dutchDay, inRanges, isDay } from "../../src/fetch/dates.ts";

describe("days", () => {
  it("are real calendar days written YYYY-MM-DD", () => {
    expect(["2024-02-29", "1995-01-01", "2025-12-31"].every(isDay)).toBe(true);
    expect(["2023-02-29", "2024-13-01", "2024-9-1", "20240901", "2024-09-01T00:00"].some(isDay)).toBe(false);
  });

  it("follow each other across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-12-30", "2025-01-02")).toEqual(["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"]);
    expect(daysBetween("2025-01-02", "2025-01-01")).toEqual([]);
  });

  it("are the Dutch day, whatever the machine's zone", () => {
    expect(dutchDay(new Date("2024-07-01T22:30:00Z"))).toBe("2024-07-02"); // 00:30 summer time
    expect(dutchDay(new Date("2024-12-31T22:30:00Z"))).toBe("2024-12-31"); // 23:30 winter time
  });

  it("are kept as ranges, neighbours merged", () => {
    let ranges = addToRanges([], "2024-09-02");
    ranges = addToRanges(ranges, "2024-09-04");
    expect(ranges).toEqual([
      ["2024-09-02", "2024-09-02"],
      ["2024-09-04", "2024-09-04"],
    ]);
    ranges = addToRanges(ranges, "2024-09-03");
    expect(ranges).toEqual([["2024-09-02", "2024-09-04"]]);
    expect(addToRanges(ranges, "2024-09-01")).toEqual([["2024-09-01", "2024-09-04"]]);
    expect(inRanges(ranges, "2024-09-03")).toBe(true);
    expect(inRanges(ranges, "2024-09-05")).toBe(false);
  });
});
