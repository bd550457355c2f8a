import { describe, expect, it } from "vitest";
import { daysBetween, parseDutchDate, prinsjesdag, sessionYearOf } from "../../src/normalize/dates.ts";

describe("parseDutchDate", () => {
  it("reads a printed Dutch date", () => {
    expect(parseDutchDate("15 januari 2021")).toEqual({ ok: true, iso: "2021-01-15" });
    expect(parseDutchDate("1 Oktober\n2023")).toEqual({ ok: true, iso: "2023-10-01" });
  });

  it("refuses an impossible date", () => {
    expect(parseDutchDate("31 februari 2024")).toEqual({ ok: false, reason: "«31 februari 2024» is not a date in the calendar" });
    expect(parseDutchDate("29 februari 2024")).toEqual({ ok: true, iso: "2024-02-29" });
  });

  it("says when there is no date at all", () => {
    expect(parseDutchDate("binnenkort")).toEqual({ ok: false, reason: "no date in «binnenkort»" });
  });
});

describe("vergaderjaar", () => {
  it("starts on Prinsjesdag, the third Tuesday of September", () => {
    expect(prinsjesdag(2020)).toBe("2020-09-15");
    expect(prinsjesdag(2021)).toBe("2021-09-21");
    expect(prinsjesdag(2023)).toBe("2023-09-19");
  });

  it("places dates on either side of Prinsjesdag", () => {
    expect(sessionYearOf("2021-04-09")).toBe("2020-2021");
    expect(sessionYearOf("2021-09-20")).toBe("2020-2021");
    expect(sessionYearOf("2021-09-21")).toBe("2021-2022");
  });

  it("counts calendar days", () => {
    expect(daysBetween("2021-01-15", "2021-04-09")).toBe(84);
  });
});
