/**
 * Blocks: Vraag/Antwoord/Mededeling headings split the rest; in the older layout the questions
 * stand between the two header sentences and bare item numbers split both zones.
 */
import { BLOCK_HEADING } from "../footnotes.ts";
import { parseNumberList } from "../headings.ts";
import { itemText, type OlderLayout } from "../layout.ts";
import { isBlockHeading, plainText, type WorkDocument } from "../work.ts";
import type { HeaderSentences } from "./header-sentences.ts";

export interface Block {
  type: "vraag" | "antwoord" | "mededeling" | "preamble";
  numbers: number[];
  headingIndex: number | null;
  lines: number[];
}

export interface Blocks {
  /** The text before the first heading comes first, as the preamble (often empty). */
  blocks: Block[];
  /** The lines of the blocks that are body text, not headings, in order. */
  bodyLines: number[];
}

/** Marks the headings and splits the lines after the header sentences into blocks. */
export function splitBlocks(work: WorkDocument, header: HeaderSentences, older: OlderLayout | null): Blocks {
  const { lines, roles } = work;
  const questionZone = new Set(older?.questionZone ?? []);
  const rest = [...(older?.questionZone ?? []), ...header.following].filter((i) => roles[i] !== "header");
  const blocks: Block[] = [];
  let currentBlock: Block = { type: "preamble", numbers: [], headingIndex: null, lines: [] };
  blocks.push(currentBlock);
  for (const i of rest) {
    const item = older?.items.get(i);
    if (item !== undefined) {
      const type = questionZone.has(i) ? "vraag" : "antwoord";
      const text = itemText(lines[i]!.text);
      if (text === "") roles[i] = "heading";
      else lines[i] = { ...lines[i]!, text };
      currentBlock = { type, numbers: [item], headingIndex: text === "" ? i : null, lines: text === "" ? [] : [i] };
      blocks.push(currentBlock);
      continue;
    }
    const m = isBlockHeading(work, i) ? BLOCK_HEADING.exec(plainText(work, i).replace(/^#+\s*/u, "")) : null;
    if (m) {
      roles[i] = "heading";
      const type = m[3] ? "mededeling" : /^vra/iu.test(m[1]!) ? "vraag" : "antwoord";
      currentBlock = { type, numbers: m[2] ? parseNumberList(m[2]) : [], headingIndex: i, lines: [] };
      blocks.push(currentBlock);
    } else {
      currentBlock.lines.push(i);
    }
  }
  return { blocks, bodyLines: rest.filter((i) => roles[i] === "body") };
}
