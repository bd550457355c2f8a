/** How the search index is cut into parts, by year and part size. */
import { describe, expect, it } from "vitest";
import { PART_SIZE, partSize, partSizeFor, searchParts } from "../../src/site/search-parts.ts";

describe("searchParts", () => {
  const page = (id: string, date: string) => ({ url: `/${id}/`, sortKey: `${date} 2020-2021 000001` });

  it("keeps a small archive in one part, the main bundle", () => {
    const parts = searchParts([page("b", "2021-03-01"), page("a", "2020-01-01")]);
    expect(parts).toEqual([{ bundleUrl: "/pagefind/", years: ["2020", "2021"], pages: [page("a", "2020-01-01"), page("b", "2021-03-01")] }]);
  });

  it("splits a large one into parts of whole years, oldest years first, newest part as the main bundle", () => {
    const pages = [
      page("a", "1996-05-01"),
      page("b", "1996-06-01"),
      page("c", "1997-01-01"),
      page("d", "1998-01-01"),
      page("e", "1999-01-01"),
      page("f", "1999-02-01"),
    ];
    const parts = searchParts(pages, 2);
    expect(parts.map((p) => [p.bundleUrl, p.years, p.pages.map((q) => q.url)])).toEqual([
      ["/pagefind/", ["1999", "1999"], ["/e/", "/f/"]],
      ["/pagefind/1997-1998/", ["1997", "1998"], ["/c/", "/d/"]],
      ["/pagefind/1996-1996/", ["1996", "1996"], ["/a/", "/b/"]],
    ]);
  });

  it("changes only the newest part when documents of the newest year are added", () => {
    const old = [page("a", "1996-05-01"), page("b", "1996-06-01"), page("c", "1997-01-01"), page("d", "1998-01-01")];
    const before = searchParts(old, 2);
    const after = searchParts([...old, page("e", "1998-03-01")], 2);
    expect(after.slice(1)).toEqual(before.slice(1));
  });
});

describe("partSizeFor", () => {
  const page = (id: string, date: string) => ({ url: `/${id}/`, sortKey: `${date} 2020-2021 000001` });
  /** A site of `count` pages spread evenly over the years 1995 to 2024. */
  const site = (count: number) => Array.from({ length: count }, (_, i) => page(`d${i}`, `${1995 + Math.floor((i * 30) / count)}-06-01`));

  it("keeps 2,500 a part from 10,000 pages up", () => {
    expect(partSizeFor(10_000)).toBe(PART_SIZE);
    expect(partSizeFor(87_000)).toBe(PART_SIZE);
  });

  it("gives a smaller site the smallest fixed step that makes no more than four parts", () => {
    expect([0, 20, 999, 1_000].map(partSizeFor)).toEqual([250, 250, 250, 250]);
    expect([1_001, 2_000].map(partSizeFor)).toEqual([500, 500]);
    expect([2_001, 4_000].map(partSizeFor)).toEqual([1_000, 1_000]);
    expect([4_001, 9_999].map(partSizeFor)).toEqual([PART_SIZE, PART_SIZE]);
  });

  it("makes four parts, never more, of a site below 10,000 pages spread over years", () => {
    expect(searchParts(site(20)).length).toBe(1);
    expect(searchParts(site(1_000)).length).toBe(4);
    for (const count of [1_001, 1_500, 2_000, 3_000, 4_000, 4_001, 7_000, 9_999]) expect(searchParts(site(count)).length).toBeLessThanOrEqual(4);
  });

  it("leaves the older parts as they were when a document of the newest year is added", () => {
    const before = site(1_200);
    const after = [...before, page("new", "2024-12-01")];
    expect(searchParts(after).slice(1)).toEqual(searchParts(before).slice(1));
  });

  it("yields to --search-part-size", () => {
    expect(partSize(87_000, 7)).toBe(7);
    expect(partSize(87_000)).toBe(PART_SIZE);
  });
});
