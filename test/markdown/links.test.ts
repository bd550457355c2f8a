import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/index.ts";
import { isAllowedLink } from "../../src/markdown/links.ts";

const md = createMarkdown();

describe("links in markdown", () => {
  it.each([
    ["https://www.rijksoverheid.nl/", true],
    ["http://example.nl/a", true],
    ["mailto:info@example.nl", true],
    ["/ah-tk-20202021-2290/", true],
    ["#vraag-1", true],
    ["../pagina", true],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(1)", false],
    ["data:text/html;base64,PHNjcmlwdD4=", false],
    ["data:image/png;base64,iVBORw0KGgo=", false],
    ["vbscript:msgbox", false],
    ["file:///etc/passwd", false],
    ["ftp://example.nl/", false],
  ])("allows %s: %s", (url, allowed) => {
    expect(isAllowedLink(url)).toBe(allowed);
  });

  it("writes an allowed link as a link", () => {
    expect(md.renderInline("[brief](https://www.tweedekamer.nl/x) en [mail](mailto:a@b.nl)")).toBe(
      '<a href="https://www.tweedekamer.nl/x">brief</a> en <a href="mailto:a@b.nl">mail</a>',
    );
  });

  it("writes a link with a refused scheme as plain text", () => {
    expect(md.renderInline("[klik](javascript:alert(1)) [x](data:text/html,x) [y](vbscript:a) [z](file:///c)")).toBe(
      "[klik](javascript:alert(1)) [x](data:text/html,x) [y](vbscript:a) [z](file:///c)",
    );
  });

  it("refuses an image from a data: URL", () => {
    expect(md.renderInline("![x](data:image/png;base64,iVBORw0KGgo=)")).toBe("![x](data:image/png;base64,iVBORw0KGgo=)");
  });

  it("escapes HTML in the source instead of passing it through", () => {
    expect(md.render('<script>alert(1)</script>\n\nTekst <img src=x onerror="alert(1)">')).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Tekst &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>\n",
    );
  });

  it("links bare http and https URLs but leaves bare domain names as text", () => {
    expect(md.renderInline("Zie https://www.rijksfinancien.nl/x en rijksfinancien.nl.")).toBe(
      'Zie <a href="https://www.rijksfinancien.nl/x">https://www.rijksfinancien.nl/x</a> en rijksfinancien.nl.',
    );
  });

  it("keeps quotes as printed", () => {
    expect(md.renderInline('de term „ras» en "iets"')).toBe("de term „ras» en &quot;iets&quot;");
  });
});
