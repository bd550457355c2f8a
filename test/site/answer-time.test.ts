import { describe, expect, it } from "vitest";
import { ANSWER_DEADLINE_DAYS, answerDays, answerTimeStats, median, withinDeadline } from "../../src/site/answer-time.ts";

const dated = (submitted: string | null, answered: string | null) => ({ submitted, answered });

describe("answerDays", () => {
  it("counts calendar days from sending to the answer", () => {
    expect(answerDays(dated("2024-03-29", "2024-05-17"))).toBe(49);
    expect(answerDays(dated("2021-01-15", "2021-04-09"))).toBe(84);
    expect(answerDays(dated("2024-03-11", "2024-03-21"))).toBe(10);
  });

  it("counts an answer on the day itself as 0 days, and a leap day and a clock change as days", () => {
    expect(answerDays(dated("2024-05-01", "2024-05-01"))).toBe(0);
    expect(answerDays(dated("2024-02-28", "2024-03-01"))).toBe(2);
    expect(answerDays(dated("2024-03-30", "2024-04-01"))).toBe(2);
    expect(answerDays(dated("2023-12-31", "2024-01-01"))).toBe(1);
  });

  it("has no answer time without both dates, or with an answer before the questions", () => {
    expect(answerDays(dated(null, "2024-05-17"))).toBeNull();
    expect(answerDays(dated("2024-05-17", null))).toBeNull();
    expect(answerDays(dated("2024-05-17", "2024-05-16"))).toBeNull();
  });
});

describe("withinDeadline", () => {
  it("gives the three weeks of the Rules of Procedure: 21 days, the 21st day included", () => {
    expect(ANSWER_DEADLINE_DAYS).toBe(21);
    expect(withinDeadline(0)).toBe(true);
    expect(withinDeadline(21)).toBe(true);
    expect(withinDeadline(22)).toBe(false);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([49])).toBe(49);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 40, 20, 30])).toBe(25);
    expect(median([46, 49])).toBe(47.5);
  });

  it("has none for no values", () => {
    expect(median([])).toBeNull();
  });
});

describe("answerTimeStats", () => {
  it("gives the median and the share answered within three weeks of the documents with both dates", () => {
    const stats = answerTimeStats([
      dated("2024-01-01", "2024-01-11"), // 10
      dated("2024-01-01", "2024-01-22"), // 21
      dated("2024-01-01", "2024-01-23"), // 22
      dated("2024-01-01", "2024-03-01"), // 60
      dated(null, "2024-03-01"),
    ]);
    expect(stats).toEqual({ documents: 5, measured: 4, medianDays: 21.5, withinDeadline: 2, shareWithinDeadline: 0.5 });
  });

  it("has no figures for a group without dates, and zeros for an empty group", () => {
    expect(answerTimeStats([dated(null, null)])).toEqual({ documents: 1, measured: 0, medianDays: null, withinDeadline: 0, shareWithinDeadline: null });
    expect(answerTimeStats([])).toEqual({ documents: 0, measured: 0, medianDays: null, withinDeadline: 0, shareWithinDeadline: null });
  });
});
