/**
 * The one markdown-it configuration of the site. Record texts come from outside, so raw HTML in them is
 * escaped (`html: false`), never passed through; bare URLs become links (`linkify`), since footnotes
 * print them that way; quotes stay as printed (no `typographer`).
 */
import markdownIt, { type MarkdownIt } from "markdown-it";
import { labels } from "../labels.ts";
import accessibleFootnotes, { type FootnoteMode } from "./footnotes.ts";
import safeLinks from "./links.ts";

export { createFootnoteScope, FootnoteError, footnoteIds } from "./footnotes.ts";
export type { FootnoteEnv, FootnoteMode, FootnoteProblem, FootnoteScope } from "./footnotes.ts";

export interface MarkdownOptions {
  /**
   * Where the HTML is read: on the site's pages (`page`, the default) or in a feed reader, without the
   * site's stylesheet (`feed`: footnotes without visually hidden text; ./footnotes.ts).
   */
  mode?: FootnoteMode;
}

/** Returns a configured markdown-it instance; each rendering change is a plugin of its own. */
export function createMarkdown(options: MarkdownOptions = {}): MarkdownIt {
  return markdownIt("default", { html: false, linkify: true, typographer: false })
    .use(safeLinks)
    .use(accessibleFootnotes, labels.footnotes, options.mode ?? "page");
}
