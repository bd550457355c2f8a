import { describe, expect, it } from "vitest";
import { labels } from "../../src/labels.ts";
import { caution } from "../../src/site/caution.ts";

describe("caution", () => {
  it("says nothing of a record without doubts whose source states every field", () => {
    expect(caution({ doubts: [] })).toBeNull();
    expect(caution({})).toBeNull();
  });

  it("names what a ministry's letter does not state, in the reader's words", () => {
    const found = caution({ unstated: ["subject", "askers", "addressees", "submitted"], doubts: [{ code: "letter-form", message: "…" }] });
    expect(found).toEqual({
      unstated:
        "De bron van dit document is de antwoordbrief van het ministerie. Die vermeldt niet het onderwerp, wie de vragen stelde, " +
        "aan wie de vragen gericht waren en wanneer de vragen werden ingezonden; die gegevens ontbreken daarom hier.",
      doubts: [],
    });
  });

  it("tells each kind of doubt once, in the order found, and an unknown kind in general words", () => {
    const found = caution({
      doubts: [
        { code: "footnote-unused", message: "footnote 9 is defined but never referenced", line: 57 },
        { code: "answer-missing", message: "question 2 has no answer" },
        { code: "footnote-undefined", message: "footnote 3 is referenced but never defined" },
        { code: "something-new", message: "a warning the page has no words for yet" },
        { code: "control-characters", message: "2 control character(s) removed" },
      ],
    });
    expect(found?.doubts).toEqual([labels.caution.kinds.footnotes, labels.caution.kinds.unanswered, labels.caution.kinds.other]);
    expect(found?.unstated).toBeNull();
  });
});
