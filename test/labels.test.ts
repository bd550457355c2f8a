import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinDutch } from "../src/labels.ts";

describe("joinDutch", () => {
  it("joins the Dutch way", () => {
    expect(joinDutch([])).toBe("");
    expect(joinDutch([4])).toBe("4");
    expect(joinDutch([4, 5])).toBe("4 en 5");
    expect(joinDutch(["Van Nispen", "Kuiken", "Omtzigt"])).toBe("Van Nispen, Kuiken en Omtzigt");
  });

  it("says what Intl.ListFormat says in Dutch, for any list of names or numbers", () => {
    const intl = new Intl.ListFormat("nl", { style: "long", type: "conjunction" });
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "grapheme" }), fc.nat()), { maxLength: 8 }), (items) => {
        expect(joinDutch(items)).toBe(intl.format(items.map(String)));
      }),
      { numRuns: 2_000 },
    );
  });
});
