import { describe, expect, it } from "vitest";
import { pageWindow, paginate } from "../../src/site/pagination.ts";

describe("paginate", () => {
  it("cuts a list into pages and says which items each shows", () => {
    const pages = paginate(
      Array.from({ length: 120 }, (_, i) => i + 1),
      50,
    );
    expect(pages.map((p) => [p.number, p.count, p.first, p.last, p.total, p.items.length])).toEqual([
      [1, 3, 1, 50, 120, 50],
      [2, 3, 51, 100, 120, 50],
      [3, 3, 101, 120, 120, 20],
    ]);
    expect(pages[2]?.items[0]).toBe(101);
  });

  it("gives exactly full pages when the count divides", () => {
    expect(paginate(Array.from({ length: 100 }), 50)).toHaveLength(2);
  });

  it("gives one empty page for an empty list, so the listing still exists", () => {
    expect(paginate([], 50)).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
  });

  it("refuses a page size that is not a positive whole number", () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 2.5)).toThrow(RangeError);
  });
});

describe("pageWindow", () => {
  it("shows every page of a short listing", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows first, last and the neighbours of the current page, with gaps between", () => {
    expect(pageWindow(7, 20)).toEqual([1, "gap", 5, 6, 7, 8, 9, "gap", 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, "gap", 20]);
    expect(pageWindow(20, 20)).toEqual([1, "gap", 18, 19, 20]);
  });

  it("shows a single left-out number rather than a gap", () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, "gap", 10]);
  });
});
