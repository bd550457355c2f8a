/**
 * The site's configuration: where it is published (one option, `SITE_URL` or `--siteurl`), the path
 * prefix, and the settings every page and feed shares. Templates read it as the global `site`.
 */

import { labels } from "../labels.ts";

/** Where the site is served when nothing else is said: `npm start`. */
export const DEFAULT_SITE_URL = "http://localhost:8080";

export const siteSettings = {
  /** Documents per listing page. */
  pageSize: 50,
  /** Documents on the home page. */
  homeLatest: 20,
  /** Entries per feed: the newest ones. */
  feedEntries: 50,
  /**
   * Feed and entry ids are `tag:` URIs (RFC 4151) minted under this authority and date, so they never
   * change when the site moves: `tag:kamervragen.example,2024:ah-tk-20232024-1771`. Set the
   * authority once, before the first publication, to a domain the publisher held on that date; never
   * change it afterwards, or every reader sees every entry again.
   */
  tagAuthority: "kamervragen.example",
  tagDate: "2024",
} as const;

/** The authority and date of the feeds' `tag:` ids (RFC 4151): set once, before the first publication. */
export interface FeedIds {
  authority: string;
  date: string;
}

/** The ids' authority and date when the site configuration names none. */
export const DEFAULT_FEED_IDS: FeedIds = { authority: siteSettings.tagAuthority, date: siteSettings.tagDate };

/** Where readers report a problem with the site: an e-mail address or a web page (a form). */
export interface ContactRoute {
  href: string;
  /** What the link says: the address, or the page's URL. */
  text: string;
}

export interface SiteData {
  /** The site's name, in its header, titles and the open data (src/build/site-config.ts). */
  name: string;
  /** The origin the site is served from, with a final slash: `https://example.nl/`. */
  url: string;
  /** `/` or the sub-path, with slashes on both ends: `/kamervragen/`. */
  pathPrefix: string;
  /** The absolute URL of the home page: `https://example.nl/kamervragen/`. */
  home: string;
  /**
   * Where readers report accessibility problems, named in the accessibility statement: `--contact`,
   * else the `SITE_CONTACT` environment variable; null when neither is given.
   */
  contact: ContactRoute | null;
  /** The feeds' ids' authority and date (src/build/site-config.ts `feedIds`, else {@link DEFAULT_FEED_IDS}). */
  feedIds: FeedIds;
  settings: typeof siteSettings;
}

/** `kamervragen`, `/kamervragen`, `/kamervragen/` → `/kamervragen/`; nothing → `/`. */
export function normalizePathPrefix(prefix: string | undefined | null): string {
  const trimmed = (prefix ?? "").replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** An e-mail address: a local part without separators of URLs, and a domain of two labels or more. */
const EMAIL = /^[^\s@<>"/:?#]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/**
 * The contact route for `value`: an e-mail address (`toegankelijkheid@example.nl`, also as a `mailto:`
 * link) or the address of a web page (`https://example.nl/contact`); nothing gives null.
 */
export function contactRoute(value: string | undefined | null): ContactRoute | null {
  const given = value?.trim() ?? "";
  if (given === "") return null;
  const address = given.replace(/^mailto:/iu, "");
  if (EMAIL.test(address)) return { href: `mailto:${address}`, text: address };
  let url: URL | null = null;
  try {
    url = new URL(given);
  } catch {
    // reported below
  }
  if (url && (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password) return { href: url.href, text: url.href };
  throw new Error(
    `the contact ${JSON.stringify(given)} is neither an e-mail address nor a web address (e.g. toegankelijkheid@example.nl or https://example.nl/contact)`,
  );
}

/**
 * The site's settings for a base URL and path prefix. The URL's path must be `/` or the prefix itself
 * (`https://example.nl/kamervragen/` with `--pathprefix=/kamervragen/`), so that a URL meant for a
 * sub-path is never combined with a build for the root by mistake.
 */
export function siteData(
  options: {
    siteUrl?: string | undefined;
    pathPrefix?: string | undefined;
    contact?: string | undefined;
    siteName?: string | undefined;
    feedIds?: FeedIds | undefined;
  } = {},
): SiteData {
  const given = options.siteUrl?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`the site URL ${JSON.stringify(given)} is not an absolute URL (e.g. https://example.nl)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`the site URL ${given} must start with https:// or http://`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`the site URL ${given} must not have a query, fragment or credentials`);
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  const path = normalizePathPrefix(url.pathname);
  if (path !== "/" && path !== pathPrefix) {
    throw new Error(
      `the site URL ${given} has the path ${path}, but the site is built for ${pathPrefix}: build with --pathprefix=${path} or give only the host`,
    );
  }
  return {
    name: options.siteName?.trim() || labels.siteName,
    url: `${url.origin}/`,
    pathPrefix,
    home: `${url.origin}${pathPrefix}`,
    contact: contactRoute(options.contact),
    feedIds: options.feedIds ?? DEFAULT_FEED_IDS,
    settings: siteSettings,
  };
}

/** An absolute URL for a root-relative site URL (`/ah-…/`), path prefix included. */
export function absoluteUrl(site: Pick<SiteData, "url" | "pathPrefix">, url: string): string {
  if (!url.startsWith("/")) throw new Error(`absoluteUrl expects a root-relative URL, got ${url}`);
  return new URL(`${site.pathPrefix}${url.slice(1)}`, site.url).href;
}

/** A `tag:` URI for something on the site that must keep its identity: a document id, a feed's path. */
export function tagUri(specific: string, ids: FeedIds = DEFAULT_FEED_IDS): string {
  return `tag:${ids.authority},${ids.date}:${specific}`;
}

/** A root-relative site URL with the path prefix: `/assets/style.css` → `/kamervragen/assets/style.css`. */
export function withPathPrefix(pathPrefix: string | undefined, url: string): string {
  if (!url.startsWith("/")) throw new Error(`withPathPrefix expects a root-relative URL, got ${url}`);
  return `${normalizePathPrefix(pathPrefix)}${url.slice(1)}`;
}

/**
 * The filters for URLs outside HTML, which the path prefix of HTML pages (src/render/path-prefix.ts) does
 * not reach: they take `site` as an argument.
 */
export const siteFilters = {
  absoluteSiteUrl: (url: string, site: SiteData) => absoluteUrl(site, url),
  withPathPrefix: (url: string, site: SiteData) => withPathPrefix(site.pathPrefix, url),
};
