import { describe, expect, it } from "vitest";
import { createFootnoteScope, createMarkdown, FootnoteError, footnoteIds } from "../../src/markdown/index.ts";

const md = createMarkdown();

/** The markup of reference `label` (its `n`th occurrence) in document `doc`. */
function reference(doc: string, label: string, n = 1): string {
  const id = n > 1 ? `${doc}-verwijzing-${label}-${n}` : `${doc}-verwijzing-${label}`;
  return (
    `<sup class="kv-footnote-ref"><a href="#${doc}-voetnoot-${label}" id="${id}" aria-describedby="${doc}-voetnoten">` +
    `<span class="kv-visually-hidden">Voetnoot </span>${label}</a></sup>`
  );
}

/** The markup of the back link to reference `label` (its `n`th occurrence). */
function backLink(doc: string, label: string, n = 1): string {
  const suffix = n > 1 ? `-${n}` : "";
  return (
    ` <a href="#${doc}-verwijzing-${label}${suffix}" class="kv-footnote-backref">` +
    `<span aria-hidden="true">\u21a9\ufe0e</span><span class="kv-visually-hidden">Terug naar verwijzing ${label}${suffix}</span></a>`
  );
}

function errorOf(action: () => unknown): FootnoteError {
  try {
    action();
  } catch (error) {
    if (error instanceof FootnoteError) return error;
    throw error;
  }
  throw new Error("expected a FootnoteError");
}

describe("footnotes in one markdown text", () => {
  it("writes a reference named Voetnoot 1 that shows 1 and is described by the Voetnoten heading", () => {
    const html = md.render("Heeft u kennisgenomen van het bericht?[^1]\n\n[^1]: Volkskrant, 14 januari 2021.", { docId: "ah-tk-20202021-2290" });
    expect(html).toBe(
      `<p>Heeft u kennisgenomen van het bericht?${reference("ah-tk-20202021-2290", "1")}</p>\n` +
        `<section class="kv-footnotes">\n` +
        `<h2 id="ah-tk-20202021-2290-voetnoten">Voetnoten</h2>\n` +
        `<ol class="kv-footnotes__list">\n` +
        `<li id="ah-tk-20202021-2290-voetnoot-1"><p>Volkskrant, 14 januari 2021.${backLink("ah-tk-20202021-2290", "1")}</p>\n` +
        `</li>\n` +
        `</ol>\n` +
        `</section>\n`,
    );
  });

  it("gives a second reference to the same note its own id and back link, 1-2", () => {
    const html = md.render("Eerst[^1] en weer[^1].\n\n[^1]: Noot.", { docId: "d" });
    expect(html).toBe(
      `<p>Eerst${reference("d", "1")} en weer${reference("d", "1", 2)}.</p>\n` +
        `<section class="kv-footnotes">\n<h2 id="d-voetnoten">Voetnoten</h2>\n<ol class="kv-footnotes__list">\n` +
        `<li id="d-voetnoot-1"><p>Noot.${backLink("d", "1")}${backLink("d", "1", 2)}</p>\n</li>\n` +
        `</ol>\n</section>\n`,
    );
  });

  it("shows the printed number as label, and numbers the list item by it when they differ", () => {
    const html = md.render("Tekst[^3].\n\n[^3]: Derde noot.", { docId: "d" });
    expect(html).toContain(`<li id="d-voetnoot-3" value="3">`);
    expect(html).toContain(reference("d", "3"));
  });

  it("writes ids without a prefix when the env names no document", () => {
    const html = md.render("Tekst[^1].\n\n[^1]: Noot.");
    expect(html).toContain(`<a href="#voetnoot-1" id="verwijzing-1" aria-describedby="voetnoten">`);
    expect(html).toContain(`<h2 id="voetnoten">Voetnoten</h2>`);
  });

  it("links a bare URL in a footnote and keeps raw HTML escaped", () => {
    const html = md.render("Zie[^1].\n\n[^1]: <https://www.volkskrant.nl/a?b=1&c=2> en https://example.nl/x <b>vet</b>", { docId: "d" });
    expect(html).toContain(
      `<p><a href="https://www.volkskrant.nl/a?b=1&amp;c=2">https://www.volkskrant.nl/a?b=1&amp;c=2</a> en ` +
        `<a href="https://example.nl/x">https://example.nl/x</a> &lt;b&gt;vet&lt;/b&gt;${backLink("d", "1")}</p>`,
    );
  });

  it("writes nothing extra for text without footnotes", () => {
    expect(md.render("Ja.", { docId: "d" })).toBe("<p>Ja.</p>\n");
  });

  it("reports an undefined reference instead of printing [^2]", () => {
    const error = errorOf(() => md.render("Tekst[^1] en[^2].\n\n[^1]: Noot.", { docId: "ah-tk-20202021-2290", source: "content/documents/x.md" }));
    expect(error.problems).toEqual([{ code: "footnote-undefined", label: "2", message: "footnote [^2] is referenced but never defined" }]);
    expect(error.message).toBe("footnote problems in ah-tk-20202021-2290 (content/documents/x.md):\n  footnote [^2] is referenced but never defined");
  });

  it("lists a definition that nothing references, without a back link, and reports nothing", () => {
    const html = md.render("Tekst[^1].\n\n[^1]: Een.\n\n[^2]: Twee.", { docId: "d" });
    expect(html).toContain('id="d-voetnoot-2"');
    expect(html).toMatch(/<li id="d-voetnoot-2"[^>]*>\s*<p>Twee\.<\/p>\s*<\/li>/u);
  });

  it("reports a label defined twice", () => {
    const error = errorOf(() => md.render("Tekst[^1].\n\n[^1]: Een.\n\n[^1]: Nog een.", { docId: "d" }));
    expect(error.problems.map((p) => [p.code, p.label])).toEqual([["footnote-duplicate", "1"]]);
  });

  it("renders twice with one env as two separate documents", () => {
    const env = { docId: "d" };
    const first = md.render("Tekst[^1].\n\n[^1]: Noot.", env);
    expect(md.render("Tekst[^1].\n\n[^1]: Noot.", env)).toBe(first);
  });

  it("leaves inline footnotes (^[…]) as text: they have no printed number", () => {
    expect(md.render("Tekst^[inline].")).toBe("<p>Tekst^[inline].</p>\n");
  });
});

describe("footnotes shared by the blocks of one page", () => {
  const footnotes = [
    { label: "1", text: "<https://www.volkskrant.nl/artikel>" },
    { label: "2", text: "Kamerstuk 21 501-02, nr. 2733" },
  ];

  it("resolves references in every block to one list written once at the end", () => {
    const scope = createFootnoteScope(md, { docId: "ah-tk-20232024-387", footnotes });
    const question = scope.render("Bent u bekend met het bericht?[^1]", "Vraag 1");
    const answer = scope.render("Ja.[^2] Zie ook[^1].", "Antwoord 1");
    const list = scope.renderFootnotes();

    const doc = "ah-tk-20232024-387";
    expect(question).toBe(`<p>Bent u bekend met het bericht?${reference(doc, "1")}</p>\n`);
    expect(answer).toBe(`<p>Ja.${reference(doc, "2")} Zie ook${reference(doc, "1", 2)}.</p>\n`);
    expect(list).toBe(
      `<section class="kv-footnotes">\n<h2 id="${doc}-voetnoten">Voetnoten</h2>\n<ol class="kv-footnotes__list">\n` +
        `<li id="${doc}-voetnoot-1"><p><a href="https://www.volkskrant.nl/artikel">https://www.volkskrant.nl/artikel</a>` +
        `${backLink(doc, "1")}${backLink(doc, "1", 2)}</p>\n</li>\n` +
        `<li id="${doc}-voetnoot-2"><p>Kamerstuk 21 501-02, nr. 2733${backLink(doc, "2")}</p>\n</li>\n` +
        `</ol>\n</section>\n`,
    );
  });

  it("keeps the ids of two documents apart", () => {
    const first = createFootnoteScope(md, { docId: "ah-tk-1", footnotes: [{ label: "1", text: "Een." }] });
    const second = createFootnoteScope(md, { docId: "ah-tk-2", footnotes: [{ label: "1", text: "Een." }] });
    expect(first.render("A[^1]", "Vraag 1")).toContain(`id="ah-tk-1-verwijzing-1"`);
    expect(second.render("B[^1]", "Vraag 1")).toContain(`id="ah-tk-2-verwijzing-1"`);
    expect(first.renderFootnotes()).toContain(`id="ah-tk-1-voetnoot-1"`);
    expect(second.renderFootnotes()).toContain(`id="ah-tk-2-voetnoot-1"`);
  });

  it("writes no list for a document without footnotes", () => {
    const scope = createFootnoteScope(md, { docId: "d", footnotes: [] });
    expect(scope.render("Ja.", "Antwoord 1")).toBe("<p>Ja.</p>\n");
    expect(scope.renderFootnotes()).toBe("");
  });

  it("lists every problem of the document, naming the block it is in", () => {
    const scope = createFootnoteScope(md, {
      docId: "ah-tk-20232024-387",
      source: "content/documents/ah-tk-20232024-387.md",
      footnotes: [...footnotes, { label: "2", text: "Dubbel." }, { label: "3", text: "Nergens genoemd." }],
    });
    scope.render("Vraag?[^1]", "Vraag 1");
    scope.render("Antwoord.[^2] En[^7].", "Antwoord 1");
    const error = errorOf(() => scope.renderFootnotes());
    expect(error.message).toBe(
      [
        "footnote problems in ah-tk-20232024-387 (content/documents/ah-tk-20232024-387.md):",
        "  [^2]: footnote [^2] is defined more than once",
        "  Antwoord 1: footnote [^7] is referenced but never defined",
      ].join("\n"),
    );
  });

  it("exposes the ids it writes", () => {
    expect(footnoteIds.heading("d")).toBe("d-voetnoten");
    expect(footnoteIds.note("d", "4")).toBe("d-voetnoot-4");
    expect(footnoteIds.reference("d", "4")).toBe("d-verwijzing-4");
    expect(footnoteIds.reference("d", "4", 2)).toBe("d-verwijzing-4-2");
  });
});

describe("footnotes for a feed reader (mode feed)", () => {
  const feedMd = createMarkdown({ mode: "feed" });

  /** The text a reader shows without the site's stylesheet: the markup's text, tags left out. */
  const shown = (html: string) => html.replace(/<[^>]+>/g, "");

  it("writes a reference as a plain superscript number linking to its note, and the notes as a numbered list", () => {
    const html = feedMd.render("Heeft u kennisgenomen van het bericht?[^1] Wat is uw reactie?\n\n[^1]: Volkskrant, 14 januari 2021.", {
      docId: "ah-tk-20202021-2290",
    });
    expect(html).toBe(
      `<p>Heeft u kennisgenomen van het bericht?<sup><a href="#ah-tk-20202021-2290-voetnoot-1">1</a></sup> Wat is uw reactie?</p>\n` +
        `<h2>Voetnoten</h2>\n` +
        `<ol>\n` +
        `<li id="ah-tk-20202021-2290-voetnoot-1"><p>Volkskrant, 14 januari 2021.</p>\n` +
        `</li>\n` +
        `</ol>\n`,
    );
    expect(shown(html)).toContain("het bericht?1 Wat is uw reactie?");
  });

  it("hides no text and writes no back links, also for a second reference to a note", () => {
    const html = feedMd.render("Eerst[^1] en weer[^1].\n\n[^1]: Noot.", { docId: "d" });
    expect(html).toBe(
      `<p>Eerst<sup><a href="#d-voetnoot-1">1</a></sup> en weer<sup><a href="#d-voetnoot-1">1</a></sup>.</p>\n<h2>Voetnoten</h2>\n<ol>\n<li id="d-voetnoot-1"><p>Noot.</p>\n</li>\n</ol>\n`,
    );
    expect(html).not.toMatch(/kv-visually-hidden|aria-|Voetnoot |Terug naar verwijzing|\u21a9/);
  });

  it("numbers the list item by the printed number when they differ, as the page does", () => {
    const html = feedMd.render("Tekst[^3].\n\n[^3]: Derde noot.", { docId: "d" });
    expect(html).toContain('<sup><a href="#d-voetnoot-3">3</a></sup>');
    expect(html).toContain('<li id="d-voetnoot-3" value="3">');
  });

  it("links every reference of a page's blocks to a note in the same list", () => {
    const scope = createFootnoteScope(feedMd, {
      docId: "d",
      footnotes: [
        { label: "1", text: "Een." },
        { label: "2", text: "Twee." },
      ],
    });
    const html = [scope.render("Vraag?[^1]", "Vraag 1"), scope.render("Antwoord.[^2]", "Antwoord 1"), scope.renderFootnotes()].join("");
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(["d-voetnoot-1", "d-voetnoot-2"]);
    expect(ids).toEqual(targets);
  });

  it("leaves the page's markup as it was", () => {
    expect(md.render("A[^1]\n\n[^1]: B.", { docId: "d" })).toContain(reference("d", "1"));
  });
});
