import { describe, expect, it } from "vitest";
import { absoluteUrl, contactRoute, normalizePathPrefix, siteData, tagUri, withPathPrefix } from "../../src/site/config.ts";

describe("siteData", () => {
  it("serves from localhost:8080 at the root unless told otherwise", () => {
    expect(siteData()).toMatchObject({ url: "http://localhost:8080/", pathPrefix: "/", home: "http://localhost:8080/" });
  });

  it("takes the site URL and the path prefix, with or without slashes", () => {
    expect(siteData({ siteUrl: "https://example.nl", pathPrefix: "kamervragen" })).toMatchObject({
      url: "https://example.nl/",
      pathPrefix: "/kamervragen/",
      home: "https://example.nl/kamervragen/",
    });
    expect(siteData({ siteUrl: "https://example.nl/kamervragen/", pathPrefix: "/kamervragen/" }).home).toBe("https://example.nl/kamervragen/");
    expect(siteData({ siteUrl: "https://example.nl/kamervragen", pathPrefix: "/kamervragen/" }).url).toBe("https://example.nl/");
  });

  it("refuses a URL that is not a web address, or whose path disagrees with the prefix", () => {
    expect(() => siteData({ siteUrl: "example.nl" })).toThrow(/not an absolute URL/);
    expect(() => siteData({ siteUrl: "ftp://example.nl" })).toThrow(/https:\/\/ or http:\/\//);
    expect(() => siteData({ siteUrl: "https://example.nl/?a=1" })).toThrow(/query/);
    expect(() => siteData({ siteUrl: "https://example.nl/kamervragen/" })).toThrow(/--pathprefix=\/kamervragen\//);
  });
});

describe("the contact for the accessibility statement", () => {
  it("takes an e-mail address, with or without mailto:, or a web address", () => {
    expect(contactRoute("toegankelijkheid@example.nl")).toEqual({ href: "mailto:toegankelijkheid@example.nl", text: "toegankelijkheid@example.nl" });
    expect(contactRoute(" mailto:web@example.nl ")).toEqual({ href: "mailto:web@example.nl", text: "web@example.nl" });
    expect(contactRoute("https://example.nl/contact")).toEqual({ href: "https://example.nl/contact", text: "https://example.nl/contact" });
    expect(siteData({ contact: "web@example.nl" }).contact?.href).toBe("mailto:web@example.nl");
  });

  it("is none when nothing is given", () => {
    expect(contactRoute(undefined)).toBeNull();
    expect(contactRoute("  ")).toBeNull();
    expect(siteData().contact).toBeNull();
  });

  it("refuses what is neither an e-mail address nor a web address", () => {
    for (const bad of ["toegankelijkheid", "example.nl/contact", "javascript:alert(1)", "ftp://example.nl", "https://user:pw@example.nl/"]) {
      expect(() => contactRoute(bad), bad).toThrow(/neither an e-mail address nor a web address/);
    }
  });
});

describe("URLs", () => {
  it("normalizes a path prefix", () => {
    expect(normalizePathPrefix(undefined)).toBe("/");
    expect(normalizePathPrefix("/")).toBe("/");
    expect(normalizePathPrefix("/a/b")).toBe("/a/b/");
  });

  it("makes a site URL absolute, path prefix included", () => {
    const site = siteData({ siteUrl: "https://example.nl", pathPrefix: "/kamervragen/" });
    expect(absoluteUrl(site, "/ah-tk-20232024-1771/")).toBe("https://example.nl/kamervragen/ah-tk-20232024-1771/");
    expect(absoluteUrl(site, "/")).toBe("https://example.nl/kamervragen/");
    expect(() => absoluteUrl(site, "ah/")).toThrow();
  });

  it("prefixes a root-relative URL outside HTML", () => {
    expect(withPathPrefix("/kamervragen/", "/assets/feed.xsl")).toBe("/kamervragen/assets/feed.xsl");
    expect(withPathPrefix(undefined, "/assets/feed.xsl")).toBe("/assets/feed.xsl");
  });

  it("mints tag: URIs under the configured authority", () => {
    expect(tagUri("ah-tk-20232024-1771")).toBe("tag:kamervragen.example,2024:ah-tk-20232024-1771");
  });
});
