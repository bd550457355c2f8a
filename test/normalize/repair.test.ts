import { describe, expect, it } from "vitest";
import {
  collectHyphenated,
  escapeMarkdown,
  joinLines,
  normalizeCharacters,
  repairGluedWords,
  stripEmphasis,
} from "../../src/normalize/repair.ts";

describe("joinLines", () => {
  it("joins hard-wrapped lines with one space", () => {
    expect(joinLines(["Het is belangrijk dat", "vuurwerk veilig opgeslagen wordt."])).toBe("Het is belangrijk dat vuurwerk veilig opgeslagen wordt.");
  });

  it("undoes end-of-line hyphenation", () => {
    expect(joinLines(["zijn opgeno-", "men in de Regeling"])).toBe("zijn opgenomen in de Regeling");
  });

  it("keeps a suspended hyphen before «en» and «of»", () => {
    expect(joinLines(["voldoet aan de kwaliteits-", "en transporteisen"])).toBe("voldoet aan de kwaliteits- en transporteisen");
  });

  it("keeps the hyphen before a capital, after an abbreviation and where the document prints the word hyphenated", () => {
    expect(joinLines(["in Noord-", "Holland"])).toBe("in Noord-Holland");
    expect(joinLines(["andere EU-", "lidstaten"])).toBe("andere EU-lidstaten");
    expect(joinLines(["de massa-", "explosies"], collectHyphenated(["risico op massa-explosies"]))).toBe("de massa-explosies");
  });

  it("rejoins a URL broken after a slash, a hyphen or the scheme", () => {
    expect(joinLines(["(https://", "www.utwente.nl/nieuws/2023)."])).toBe("(https://www.utwente.nl/nieuws/2023).");
    expect(joinLines(["https://eenvandaag.avrotros.nl/item/in-ruim-400-woonwijken-", "ligt-tot-10000-kilo/)."])).toBe(
      "https://eenvandaag.avrotros.nl/item/in-ruim-400-woonwijken-ligt-tot-10000-kilo/).",
    );
    expect(joinLines(["www.internetconsultatie.nl/huisvesting_", "evacuees/b1"])).toBe("www.internetconsultatie.nl/huisvesting_evacuees/b1");
  });

  it("does not glue the word after a complete URL", () => {
    expect(joinLines(["zie https://www.rijksoverheid.nl", "Daarnaast"])).toBe("zie https://www.rijksoverheid.nl Daarnaast");
  });
});

describe("repairGluedWords", () => {
  it("re-inserts a dropped hyphen where the document prints the word hyphenated", () => {
    const hyphenated = collectHyphenated(["de situatie in Nagorno-Karabach"]);
    expect(repairGluedWords("zuivering in NagornoKarabach?", hyphenated)).toBe("zuivering in Nagorno-Karabach?");
  });

  it("leaves glued words alone that the document never hyphenates", () => {
    expect(repairGluedWords("de ZuidKaukasus", collectHyphenated(["Nagorno-Karabach"]))).toBe("de ZuidKaukasus");
  });
});

describe("normalizeCharacters", () => {
  it("removes soft hyphens, splits ligatures and composes accents", () => {
    expect(normalizeCharacters("geï\u00ADmple\uFB01ceerd Kostic\u0301")).toBe("geïmplefiiceerd Kostić".replace("fii", "fi"));
  });
});

describe("stripEmphasis", () => {
  it("removes bold, italic and escapes", () => {
    expect(stripEmphasis("**Van den Nieuwenhuijzen** over *het bericht* en \\*niet\\*")).toBe("Van den Nieuwenhuijzen over het bericht en *niet*");
  });
});

describe("escapeMarkdown", () => {
  it("makes plain text render literally", () => {
    expect(escapeMarkdown("1. niet een lijst, *geen* nadruk, <script> en [link](x)")).toBe(
      "1\\. niet een lijst, \\*geen\\* nadruk, \\<script> en \\[link\\](x)",
    );
  });

  it("leaves underscores inside words and URLs alone", () => {
    expect(escapeMarkdown("www.internetconsultatie.nl/huisvesting_evacuees en _nadruk_")).toBe(
      "www.internetconsultatie.nl/huisvesting_evacuees en \\_nadruk\\_",
    );
  });
});
