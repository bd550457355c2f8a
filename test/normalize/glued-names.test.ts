import { describe, expect, it } from "vitest";
import { textNames, ungluedName } from "../../src/normalize/glued-names.ts";

describe("ungluedName", () => {
  it.each([
    ["Inge vanDijk", "Inge van Dijk"],
    ["vanDijk", "van Dijk"],
    ["VanDijk", "Van Dijk"],
    ["Van derMeer", "Van der Meer"],
    ["vanderMeer", "van der Meer"],
    ["Romke deJong-Smit", "Romke de Jong-Smit"],
  ])("puts the space back after the glued particles of %s", (printed, spaced) => {
    expect(ungluedName(printed)).toBe(spaced);
  });

  it.each(["Inge van Dijk", "Van Dijk", "Dijkstra", "McDonald", "Vandenberg", "Omtzigt", "El Abassi", "Bikker"])(
    "leaves %s alone: no run of particles glued to a capitalized rest",
    (name) => expect(ungluedName(name)).toBeNull(),
  );

  it("offers a name that may be written so (DeVries) only as a candidate, for a witness to confirm", () => {
    expect(ungluedName("DeVries")).toBe("De Vries");
  });
});

describe("textNames", () => {
  const subject = "Antwoord op vragen van het lid Inge van Dijk over het bericht 'Ombudsman: Overheid dwingt burgers tot fraude' ";
  it("finds a name as whole words in a PDF's Subject", () => {
    expect(textNames(subject, "Inge van Dijk")).toBe(true);
    expect(textNames(subject, "van Dijk")).toBe(true);
    expect(textNames(subject, "Inge van Dij")).toBe(false);
    expect(textNames(subject, "Inge vanDijk")).toBe(false);
  });

  it("reads white space and apostrophes alike", () => {
    expect(textNames("vragen van het lid Van\u00A0 ’t Wout", "Van 't Wout")).toBe(true);
  });
});
