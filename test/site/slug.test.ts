import { describe, expect, it } from "vitest";
import { assignSlugs, slugify } from "../../src/site/slug.ts";

describe("slugify", () => {
  it.each([
    ["GroenLinks-PvdA", "groenlinks-pvda"],
    ["VVD", "vvd"],
    ["D66", "d66"],
    ["Groep Krol/Van Kooten-Arissen", "groep-krol-van-kooten-arissen"],
    ["Van den Nieuwenhuijzen", "van-den-nieuwenhuijzen"],
    ["Kostić", "kostic"],
    ["Gräper-van Koolwijk", "graper-van-koolwijk"],
    ["Gündoğan", "gundogan"],
    ["Financiën", "financien"],
    ["  'Inge vanDijk'  ", "inge-vandijk"],
    ["J&V", "j-en-v"],
    ["2023–2024", "2023-2024"],
  ])("makes %j into %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("gives only lower-case ASCII letters, digits and single inner hyphens", () => {
    for (const text of ["Ærø Œuvre", "«Dat is 400 keer heel gevaarlijk»", "a -- b", "ß", "Ø"]) {
      expect(slugify(text)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    }
  });
});

describe("assignSlugs", () => {
  it("keeps each preferred slug when no other key wants it", () => {
    const slugs = assignSlugs([
      { key: "a", slug: "vvd" },
      { key: "b", slug: "sp" },
    ]);
    expect([...slugs]).toEqual([
      ["a", "vvd"],
      ["b", "sp"],
    ]);
  });

  it("numbers the later of two keys that want the same slug, in the order given", () => {
    const slugs = assignSlugs([
      { key: "Van Dijk", slug: "van-dijk" },
      { key: "Van-Dijk", slug: "van-dijk" },
      { key: "van dijk", slug: "van-dijk" },
    ]);
    expect([...slugs.values()]).toEqual(["van-dijk", "van-dijk-2", "van-dijk-3"]);
  });

  it("never gives a numbered slug that another key wants as its own", () => {
    const slugs = assignSlugs([
      { key: "a", slug: "x" },
      { key: "b", slug: "x" },
      { key: "c", slug: "x-2" },
    ]);
    expect(slugs.get("c")).toBe("x-2");
    expect(slugs.get("b")).toBe("x-3");
  });

  it("names a key whose slug is empty", () => {
    expect(assignSlugs([{ key: "…", slug: "" }]).get("…")).toBe("naamloos");
  });
});
