/** Page furniture, page by page; the footer's official id and running head are read on the way. */
import { pageFurniture, readOfficialId, readRunningHead } from "../furniture.ts";
import type { WorkDocument } from "../work.ts";

/** What the furniture says about the document's identity: the first official id and running head. */
export interface Footer {
  officialId: ReturnType<typeof readOfficialId>;
  runningHead: ReturnType<typeof readRunningHead>;
}

export function markFurniture(work: WorkDocument): Footer {
  const { lines, roles } = work;
  const footer: Footer = { officialId: null, runningHead: null };
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    const page = byPage.get(l.page);
    if (page) page.push(i);
    else byPage.set(l.page, [i]);
  });
  for (const indexes of byPage.values()) {
    const furniture = pageFurniture(indexes.map((i) => lines[i]!.text));
    for (const k of furniture) {
      const i = indexes[k]!;
      roles[i] = "furniture";
      footer.officialId ??= readOfficialId(lines[i]!.text);
      footer.runningHead ??= readRunningHead(lines[i]!.text);
    }
  }
  return footer;
}
