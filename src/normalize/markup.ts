/**
 * Markdown sources may carry markup that will not be published as written: raw HTML (shown as text,
 * never executed), links to refused schemes (shown as text), and nesting deeper than the renderer keeps
 * (markdown-it stops parsing at its nesting limit, which would silently lose text). Each is reported;
 * nesting is flattened so that no word is lost.
 */
import { isAllowedLink } from "../safety.ts";

export interface MarkupFinding {
  code: "raw-html" | "link-refused" | "nesting-too-deep";
  message: string;
}

/** Opening, closing or self-closing tags, comments and processing instructions. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/gu;
/** `[text](url)` and `<scheme:…>` autolinks. */
const LINK_TARGETS = /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)|<([a-z][a-z0-9+.-]*:[^<>\s]*)>/giu;
const MAX_DEPTH = 3;
/** Nested quote and list markers at the start of a line: `> > >`, `- - -`, `> - > -`. */
const NESTING = /^((?:(?:>|[-*+]|\d{1,9}[.)])[ \t]+|>)+)/u;

/** Checks one line of markdown; returns the line to use (flattened when needed) and what was found. */
export function checkMarkup(text: string): { text: string; findings: MarkupFinding[] } {
  const findings: MarkupFinding[] = [];
  const tags = text.match(HTML_TAG);
  if (tags) {
    findings.push({
      code: "raw-html",
      message: `raw HTML is published as text, not as markup: ${tags
        .slice(0, 3)
        .map((t) => `«${t.slice(0, 40)}»`)
        .join(", ")}`,
    });
  }
  for (const m of text.matchAll(LINK_TARGETS)) {
    const url = m[1] ?? m[2] ?? "";
    if (!isAllowedLink(url)) {
      findings.push({ code: "link-refused", message: `a link to «${url.slice(0, 60)}» is not published as a link (only http, https and mailto are)` });
    }
  }
  let out = text;
  const nesting = NESTING.exec(text);
  if (nesting) {
    const markers = nesting[1]!.match(/>|[-*+]|\d{1,9}[.)]/gu) ?? [];
    if (markers.length > MAX_DEPTH) {
      findings.push({ code: "nesting-too-deep", message: `${markers.length} levels of nested lists or quotes; flattened to one` });
      out = `${markers[0]} ${text.slice(nesting[1]!.length)}`;
    }
  }
  return { text: out, findings };
}
