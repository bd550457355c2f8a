/**
 * The one markdown-it configuration of the site. Record texts come from outside, so raw HTML in them is
 * escaped (`html: false`), never passed through; bare URLs become links (`linkify`), since footnotes
 * print them that way; quotes stay as printed (no `typographer`).
 */
import markdownIt, { type MarkdownIt } from "markdown-it";
import { labels } from "../labels.ts";
import accessibleFootnotes from "./footnotes.ts";
import safeLinks from "./links.ts";

export { createFootnoteScope, FootnoteError, footnoteIds } from "./footnotes.ts";
export type { FootnoteEnv, FootnoteProblem, FootnoteScope } from "./footnotes.ts";

/** Returns a configured markdown-it instance; each rendering change is a plugin of its own. */
export function createMarkdown(): MarkdownIt {
  return markdownIt("default", { html: false, linkify: true, typographer: false }).use(safeLinks).use(accessibleFootnotes, labels.footnotes);
}
