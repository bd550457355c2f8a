import { describe, expect, it } from "vitest";
import { withSharingTags } from "../../src/render/sharing.ts";

describe("withSharingTags", () => {
  it("copies the page's title and description into og:title and og:description, after the description", () => {
    const html =
      '<head>\n<title>Het bericht &amp; meer — Kamervragen</title>\n<meta name="description" content="Vragen &quot;over&quot; iets.">\n<link rel="stylesheet">';
    expect(withSharingTags(html)).toBe(
      '<head>\n<title>Het bericht &amp; meer — Kamervragen</title>\n<meta name="description" content="Vragen &quot;over&quot; iets.">\n' +
        '<meta property="og:title" content="Het bericht &amp; meer — Kamervragen">\n<meta property="og:description" content="Vragen &quot;over&quot; iets.">\n<link rel="stylesheet">',
    );
  });

  it("leaves a page without a title or description, or with the tags already, as it is", () => {
    expect(withSharingTags("<p>geen kop</p>")).toBe("<p>geen kop</p>");
    const done = '<title>T</title><meta name="description" content="D"><meta property="og:title" content="T">';
    expect(withSharingTags(done)).toBe(done);
  });
});
