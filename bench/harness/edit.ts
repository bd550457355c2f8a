/**
 * The one change the benchmark makes to a corpus between two builds.
 */

/** Appends a sentence to the last paragraph line of an answer: a small edit as an editor makes one. */
export function changeOneDocument(text: string): string {
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (/^\p{Lu}.*[.?]$/u.test(line) && !/^\[\^\d+\]:/u.test(line) && !/^(?:Vraag|Antwoord|Mededeling|Zie ook)\b/u.test(line)) {
      lines[i] = `${line} Dit antwoord is na publicatie aangevuld.`;
      return lines.join("\n");
    }
  }
  return `${text}\n`;
}
