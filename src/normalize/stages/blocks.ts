/**
 * Blocks: Vraag/Antwoord/Mededeling headings split the rest; in the older layout the questions stand
 * between the two header sentences and bare item numbers split both zones; in a ministry's letter the
 * item numbers start its questions. A heading without a number belongs to the question before it
 * (`Antwoord`) or to the next one (`Vraag`).
 */
import { readBlockHeading } from "../headings.ts";
import { itemText, type OlderLayout } from "../layout.ts";
import { plainText, type WorkDocument } from "../work.ts";
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
  // The letter stage leaves the continuations of the lines it joined empty.
  const rest = [...(older?.questionZone ?? []), ...header.following].filter((i) => roles[i] !== "header" && lines[i]!.text !== "");
  const unnumbered = older?.form === "older" && older.items.size === 0;
  const blocks: Block[] = [];
  let currentBlock: Block = { type: "preamble", numbers: [], headingIndex: null, lines: [] };
  blocks.push(currentBlock);
  const start = (block: Block) => {
    currentBlock = block;
    blocks.push(block);
  };
  for (const i of rest) {
    const item = older?.items.get(i);
    if (item !== undefined) {
      const type = older!.form === "letter" || questionZone.has(i) ? "vraag" : "antwoord";
      const text = itemText(lines[i]!.text);
      if (text === "") roles[i] = "heading";
      else lines[i] = { ...lines[i]!, text };
      start({ type, numbers: [item], headingIndex: text === "" ? i : null, lines: text === "" ? [] : [i] });
      continue;
    }
    const heading = readBlockHeading(plainText(work, i).replace(/^#+\s*/u, ""));
    if (!heading) {
      // An older document of one question may number neither the question nor its answer.
      if (unnumbered && currentBlock.type === "preamble" && questionZone.has(i)) start({ type: "vraag", numbers: [1], headingIndex: null, lines: [] });
      else if (unnumbered && currentBlock.type === "vraag" && currentBlock.headingIndex === null && !questionZone.has(i)) {
        start({ type: "antwoord", numbers: [1], headingIndex: null, lines: [] });
      }
      currentBlock.lines.push(i);
      continue;
    }
    roles[i] = "heading";
    const numbers = heading.bare ? numbersOfBare(work, heading.type, blocks, i) : heading.numbers;
    if (repeats(currentBlock, heading.type, numbers)) {
      work.report(
        "warning",
        "heading-repeated",
        `«${plainText(work, i)}» is printed twice in a row (lines ${lines[currentBlock.headingIndex!]!.line} and ${lines[i]!.line}); read as one heading`,
        lines[i],
      );
      continue;
    }
    start({ type: heading.type, numbers, headingIndex: i, lines: [] });
  }
  return { blocks, bodyLines: rest.filter((i) => roles[i] === "body") };
}

/** A heading that repeats the one before it, with nothing printed between them. */
function repeats(block: Block, type: Block["type"], numbers: readonly number[]): boolean {
  return block.type === type && block.headingIndex !== null && block.lines.length === 0 && block.numbers.join() === numbers.join();
}

/**
 * The numbers of a heading printed without one: `Vraag` is the question after the highest so far;
 * `Antwoord` answers the question just before it, or, after another answer, the next question (reported).
 */
function numbersOfBare(work: WorkDocument, type: Block["type"], blocks: readonly Block[], i: number): number[] {
  const highest = Math.max(0, ...blocks.filter((b) => b.type === "vraag" || b.type === "antwoord").flatMap((b) => b.numbers));
  if (type === "vraag") return [highest + 1];
  if (type !== "antwoord") return [];
  const previous = blocks.at(-1)!;
  if (previous.type === "vraag") return previous.numbers;
  work.report(
    "warning",
    "answer-without-question",
    `«${plainText(work, i)}» without a number does not follow a question; read as the answer to question ${highest + 1}`,
    work.lines[i],
  );
  return [highest + 1];
}
