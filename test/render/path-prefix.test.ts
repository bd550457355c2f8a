import { describe, expect, it } from "vitest";
import { prefixRootUrls } from "../../src/render/path-prefix.ts";

describe("prefixRootUrls", () => {
  const html =
    '<link rel="stylesheet" href="/assets/style.css"><a href="/lid/">l</a> <form action="/zoeken/"></form> <img src="/x.svg" alt="">' +
    ' <a href="https://x.nl/">x</a> <a href="//cdn.example/">c</a> <a href="#voetnoot-1">1</a> <a href="../ah-b/">b</a> <p>href="/tekst"</p>';

  it("puts the prefix before every root-relative link, and nowhere else", () => {
    expect(prefixRootUrls(html, "/kamervragen/")).toBe(
      '<link rel="stylesheet" href="/kamervragen/assets/style.css"><a href="/kamervragen/lid/">l</a> <form action="/kamervragen/zoeken/"></form> <img src="/kamervragen/x.svg" alt="">' +
        ' <a href="https://x.nl/">x</a> <a href="//cdn.example/">c</a> <a href="#voetnoot-1">1</a> <a href="../ah-b/">b</a> <p>href="/tekst"</p>',
    );
  });

  it("leaves a site at the root as it is", () => {
    expect(prefixRootUrls(html, "/")).toBe(html);
  });
});
