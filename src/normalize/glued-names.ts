/**
 * Names whose print glued a particle to the surname (`Inge vanDijk`, `VanDer Meer`): the text layer of
 * some PDFs drops the space where the bold name meets its particle. Such a name is read as the person
 * is named only when a second witness spells it with the space (the PDF's own document information,
 * the publisher's metadata, the same name elsewhere in the corpus); without one it stays as printed,
 * since a name in the member's own spelling may really be written so.
 */
import { SURNAME_PARTICLES } from "./vocabulary.ts";

/** The longest run of particles a surname starts with in practice (`van de`, `van der`, `in 't`). */
const MAX_PARTICLES = 3;

/**
 * The name with the space put back after each glued run of particles, or null when it has none: a
 * word made of one to three particles and then a capitalized rest (`vanDijk`, `vanderMeer`, `VanDijk`).
 */
export function ungluedName(name: string): string | null {
  let changed = false;
  const words = name.split(/(\s+)/u).map((word) => {
    const m = /^(\p{L}[\p{Ll}'’]*?)(\p{Lu}[\p{L}'’-]*)$/u.exec(word);
    if (!m) return word;
    const particles = splitParticles(m[1]!);
    if (particles === null) return word;
    changed = true;
    return `${particles.join(" ")} ${m[2]!}`;
  });
  return changed ? words.join("") : null;
}

/** `vander` → [`van`, `der`]; `Van` → [`Van`]; null when `text` is not made of particles alone. */
function splitParticles(text: string, depth = 0): string[] | null {
  if (depth >= MAX_PARTICLES) return null;
  for (let end = text.length; end > 0; end--) {
    const head = text.slice(0, end);
    if (!SURNAME_PARTICLES.has(head.toLowerCase().replace(/’/gu, "'"))) continue;
    if (end === text.length) return [head];
    const rest = splitParticles(text.slice(end), depth + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/** Text compared for a name: white space as one space, typographic apostrophes plain. */
function comparable(text: string): string {
  return text.normalize("NFC").replace(/[’‘`]/gu, "'").replace(/\s+/gu, " ");
}

/**
 * Whether `text` (a PDF's Subject or Title: `Antwoord op vragen van het lid Inge van Dijk over …`)
 * names the person `spaced`, as whole words.
 */
export function textNames(text: string, spaced: string): boolean {
  const haystack = comparable(text);
  const needle = comparable(spaced);
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    const before = haystack[at - 1] ?? " ";
    const after = haystack[at + needle.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}
