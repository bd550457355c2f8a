/**
 * Which link targets markdown may produce: http, https and mailto, plus links without a scheme (paths
 * and fragments on this site). markdown-it's default only refuses `javascript:`, `vbscript:`, `file:`
 * and non-image `data:`; an allow-list also refuses schemes nobody has thought of yet. A refused link is
 * written as plain text by markdown-it. See https://github.com/markdown-it/markdown-it/blob/master/docs/security.md
 */
import type { MarkdownIt } from "markdown-it";

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/** A URL scheme as RFC 3986 defines it, at the start of the (already normalized) URL. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** True when markdown may link to `url`. */
export function isAllowedLink(url: string): boolean {
  const scheme = SCHEME.exec(url.trim())?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

/** The markdown-it plugin. */
export default function safeLinks(md: MarkdownIt): void {
  md.validateLink = isAllowedLink;
}
