/**
 * Which link targets markdown may produce: http, https and mailto, plus links without a scheme (paths
 * and fragments on this site). markdown-it's default only refuses `javascript:`, `vbscript:`, `file:`
 * and non-image `data:`; an allow-list also refuses schemes nobody has thought of yet. A refused link is
 * written as plain text by markdown-it. See https://github.com/markdown-it/markdown-it/blob/master/docs/security.md
 */
import type { MarkdownIt } from "markdown-it";
import { isAllowedLink } from "../safety.ts";

export { isAllowedLink };

/** The markdown-it plugin. */
export default function safeLinks(md: MarkdownIt): void {
  md.validateLink = isAllowedLink;
}
