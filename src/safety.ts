/**
 * What published pages may link to: http, https and mailto, plus links without a scheme (paths and
 * fragments on this site). An allow-list, so that schemes nobody has thought of yet are refused too
 * (`javascript:`, `data:`, `vbscript:`, `file:`, …). Used by the renderer, which writes a refused link
 * as text, and by the normalizer, which says so in a diagnostic.
 */
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/** A URL scheme as RFC 3986 defines it, at the start of the URL. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/iu;

/** True when a page may link to `url`. Control characters and spaces that browsers ignore are ignored. */
export function isAllowedLink(url: string): boolean {
  // Browsers drop tabs and newlines inside a scheme (`java\tscript:`), so the check must too.
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020]/gu, ""))?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}
