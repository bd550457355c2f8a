import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { collectHyphenated, escapeMarkdown, joinLines, normalizeCharacters, repairGluedWords, stripEmphasis } from "../../src/normalize/repair.ts";

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

/**
 * The repairs look only at the end of a line, skip lines without the characters a pattern needs, and
 * start patterns at word starts: the results must be exactly those of the plain definitions below.
 */
describe("the repairs' shortcuts change no result", () => {
  const piece = fc.constantFrom(
    "opgeno-",
    "men",
    "kwaliteits-",
    "en",
    "EU-",
    "Noord-",
    "Holland",
    "Nagorno-Karabach",
    "NagornoKarabach",
    "https://www.rijksoverheid.nl/",
    "documenten/kamerstukken",
    "www.tweedekamer.nl/",
    "-",
    " - ",
    "**vet**",
    "*schuin*",
    "_x_",
    "\\*",
    "GroenLinks",
    "NoordHolland",
    "éNagornoKarabach",
    "NagornoKarabach_",
    "İNagornoKarabach",
    "1.",
    "ex-",
    "minister",
    "\u00a0",
    "\t",
  );
  // Pieces mostly apart, sometimes glued together or to punctuation.
  const line = fc
    .array(fc.tuple(fc.oneof(piece, fc.string({ maxLength: 6 })), fc.constantFrom(" ", " ", " ", "", "/", "-")), { maxLength: 8 })
    .map((parts) => parts.map(([part, gap]) => part + gap).join(""));
  const lines = fc.array(line, { maxLength: 8 });

  const SUSPENDED = new Set(["en", "of", "tot", "als", "noch", "dan", "en/of"]);
  const plainUrlContinues = (left: string, right: string): boolean => {
    const m = /(?:https?:\/\/|www\.)\S*$/iu.exec(left);
    if (!m) return false;
    const next = right.split(/\s/u)[0] ?? "";
    if (next === "") return false;
    if (/[/\-_=?&.%#~:]$/u.test(m[0])) return /^[\w%~#/?=&.-]/u.test(next);
    return /^[\w.-]*[/?#=&][\w%~#/?=&.()-]*/u.test(next) && !/^[A-Z][a-z]+$/u.test(next);
  };
  const plainJoinLines = (input: readonly string[], hyphenated: ReadonlySet<string>): string => {
    let out = "";
    for (const raw of input) {
      const right = raw.trim();
      if (right === "") continue;
      if (out === "") {
        out = right;
        continue;
      }
      const left = out;
      if (plainUrlContinues(left, right)) {
        out = left + right;
        continue;
      }
      const hy = /(\p{L}+)-$/u.exec(left);
      if (hy && !/\s-$/u.test(left)) {
        const before = hy[1]!;
        const nextWord = /^[\p{L}\p{N}'’]+/u.exec(right)?.[0] ?? "";
        if (nextWord === "" || (SUSPENDED.has(nextWord.toLowerCase()) && /^\p{Ll}/u.test(nextWord))) {
          out = `${left} ${right}`;
          continue;
        }
        const keep = /^[\p{Lu}\p{N}]/u.test(nextWord) || /[\p{Lu}\p{N}]$/u.test(before) || hyphenated.has(`${before}-${nextWord}`.toLowerCase());
        out = keep ? left + right : left.slice(0, -1) + right;
        continue;
      }
      out = `${left} ${right}`;
    }
    return out;
  };
  const plainCollectHyphenated = (input: readonly string[]): Set<string> => {
    const set = new Set<string>();
    for (const text of input) {
      for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) {
        const parts = m[0].split("-");
        for (let i = 0; i + 1 < parts.length; i++) set.add(`${parts[i]}-${parts[i + 1]}`.toLowerCase());
      }
    }
    return set;
  };
  const plainStripEmphasis = (text: string): string =>
    text
      .replace(/(\*\*|__)(.+?)\1/gu, "$2")
      .replace(/(?<![\w*\\])([*_])(?!\s)(.+?)(?<![\s\\])\1(?![\w*])/gu, "$2")
      .replace(/(?<!\\)(?:\*\*|__)/gu, "")
      .replace(/\\([\\`*_{}[\]()#+\-.!<>&|])/gu, "$1");
  const plainRepairGluedWords = (text: string, hyphenated: ReadonlySet<string>): string =>
    hyphenated.size === 0
      ? text
      : text.replace(/\b(\p{Lu}?\p{Ll}+)(\p{Lu}\p{Ll}+)\b/gu, (whole, a: string, b: string) =>
          hyphenated.has(`${a}-${b}`.toLowerCase()) ? `${a}-${b}` : whole,
        );

  it("joinLines and collectHyphenated", () => {
    fc.assert(
      fc.property(lines, (input) => {
        const hyphenated = collectHyphenated(input);
        expect([...hyphenated].sort()).toEqual([...plainCollectHyphenated(input)].sort());
        expect(joinLines(input, hyphenated)).toBe(plainJoinLines(input, hyphenated));
        expect(joinLines(input)).toBe(plainJoinLines(input, new Set()));
      }),
      { numRuns: 2000 },
    );
  });

  it("stripEmphasis and repairGluedWords", () => {
    fc.assert(
      fc.property(line, lines, (text, context) => {
        const hyphenated = collectHyphenated([...context, text]);
        expect(stripEmphasis(text)).toBe(plainStripEmphasis(text));
        expect(repairGluedWords(text, hyphenated)).toBe(plainRepairGluedWords(text, hyphenated));
      }),
      { numRuns: 2000 },
    );
  });
});
