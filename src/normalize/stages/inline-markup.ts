/** Markup a markdown source carries that would not be published as written; see ../markup.ts. */
import { checkMarkup } from "../markup.ts";
import type { WorkDocument } from "../work.ts";

/** Reports each line's markup findings and keeps the line as flattened. Plain-text sources have no markup. */
export function checkInlineMarkup(work: WorkDocument): void {
  if (!work.source.inlineMarkdown) return;
  const { lines } = work;
  lines.forEach((l, i) => {
    const { text, findings } = checkMarkup(l.text);
    for (const f of findings) work.report("warning", f.code, f.message, l);
    lines[i] = { ...l, text };
  });
}
