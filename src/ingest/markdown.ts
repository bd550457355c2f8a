/**
 * Reader for markdown: conversions of the official PDFs (with their damage) and clean hand-authored
 * markdown with front matter. It keeps inline markdown, turns the superscript spellings that converters
 * produce into one marker, and treats horizontal rules as page breaks.
 */
import { MARK, type SourceDocument, type SourceLine } from "./source.ts";

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u;
const BOLD_LINE = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/u;
const RULE = /^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/u;
/** `<sup>1</sup>`, `<sup>1, 2</sup>` */
const SUP_TAG = /<sup>\s*([^<]{1,20}?)\s*<\/sup>/giu;
/** `[^1]` (markdown-it-footnote syntax, from hand-authored markdown) */
const FOOTNOTE_REF = /\[\^(\d{1,3})\](?!:)/gu;
/** `[^1]:` at the start of a line: a footnote definition in hand-authored markdown */
const FOOTNOTE_DEF = /^\[\^(\d{1,3})\]:\s*/u;
/**
 * `[1 ]`, `[4 5 ]`, `[e ]`: how some converters print raised text. Only right after a non-space
 * character and not as a link (`[x](…)`), so bracketed words such as `[is]` in a quote stay text.
 */
const BRACKET_SUP = /(?<=\S)\[((?:\d{1,3}|[a-z]{1,3})(?:[ ,]+\d{1,3})*) ?\](?![(:[])/gu;

/** Reads a markdown file into source lines; `---` front matter becomes key/value pairs. */
export function readMarkdown(text: string, path: string): SourceDocument {
  const rawLines = text.split("\n");
  let start = 0;
  let frontMatter: Record<string, string> | undefined;
  if (rawLines[0]?.trim() === "---") {
    const end = rawLines.findIndex((l, i) => i > 0 && l.trim() === "---");
    if (end > 0) {
      frontMatter = parseFrontMatter(rawLines.slice(1, end));
      start = end + 1;
    }
  }
  const lines: SourceLine[] = [];
  let page = 1;
  let gap = false;
  for (let i = start; i < rawLines.length; i++) {
    // HTML comments are converters' notes (`<!-- page 2 -->`, `<!-- image -->`), not the document's text.
    const raw = (rawLines[i] ?? "").replace(/\f/g, "").replace(/<!--.*?-->/gu, "");
    if (raw.trim() === "") {
      gap = true;
      continue;
    }
    if (RULE.test(raw)) {
      // Converters mark the PDF's page breaks with horizontal rules.
      if (lines.length > 0) page++;
      gap = true;
      continue;
    }
    let value = raw.trim();
    let heading = false;
    const h = HEADING.exec(value);
    if (h) {
      value = h[1] ?? "";
      heading = true;
    }
    const b = BOLD_LINE.exec(value);
    if (b && !/\*\*|__/.test(b[1] ?? "")) {
      value = b[1] ?? "";
      heading = true;
    }
    value = value
      .replace(FOOTNOTE_DEF, (_m, n: string) => `${MARK.supOpen}${n}${MARK.supClose} `)
      .replace(SUP_TAG, (_m, inner: string) => `${MARK.supOpen}${inner}${MARK.supClose}`)
      .replace(FOOTNOTE_REF, (_m, n: string) => `${MARK.supOpen}${n}${MARK.supClose}`)
      .replace(BRACKET_SUP, (_m, inner: string) => `${MARK.supOpen}${inner}${MARK.supClose}`)
      // A markdown hard break (two trailing spaces or a backslash) means nothing here.
      .replace(/\\$/u, "");
    if (value === "") {
      gap = true;
      continue;
    }
    lines.push({ text: value, line: i + 1, page, ...(heading ? { heading } : {}), ...(gap ? { gapBefore: true } : {}) });
    gap = false;
  }
  return { path, format: "markdown", lines, inlineMarkdown: true, ...(frontMatter ? { frontMatter } : {}) };
}

/** Flat `key: value` front matter; quotes around a value are removed. Nested YAML is not needed. */
function parseFrontMatter(lines: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of lines) {
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (!m) continue;
    result[m[1]!] = (m[2] ?? "").trim().replace(/^(["'])(.*)\1$/u, "$2");
  }
  return result;
}
