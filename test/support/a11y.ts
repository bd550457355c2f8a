/// <reference lib="dom" />
/**
 * Accessibility checks that need a browser (docs/accessibility.md, "Automated"): axe-core, reflow, text
 * that is clipped or overlaps, the keyboard walk, and the WCAG 1.4.12 text spacing. Each returns its
 * findings as strings, so a test over many pages can report them all at once.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * The functions below that run in the page are compiled with the test code. esbuild as tsx runs it
 * keeps function names by wrapping nested functions in a `__name()` helper that the page does not
 * have; this gives the page one that does nothing, so the helpers also work from tsx scripts.
 */
async function allowNamedFunctions(page: Page): Promise<void> {
  await page.evaluate("globalThis.__name ??= (fn) => fn");
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the tags of the axe rules that test them. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Results axe cannot decide ("incomplete") that are known and checked elsewhere, by rule and the
 * element they are in: the back link's arrow (↩︎) is a symbol without text, so axe cannot measure its
 * contrast; it has the link colour, whose contrast test/assets/style.test.ts checks in both schemes.
 */
const REVIEWED_INCOMPLETE: ReadonlyArray<{ rule: string; within: string }> = [{ rule: "color-contrast", within: ".kv-footnote-backref" }];

/**
 * axe-core over the page as it is now (colour scheme, viewport): every violation of the WCAG A and AA
 * rules, `target-size` (WCAG 2.5.8, off by default) included, and every result axe could not decide
 * that is not among the reviewed ones above. `axeInPage`: an earlier run on the same document left axe
 * in the page, so it is not injected again.
 */
export async function axeProblems(page: Page, options: { axeInPage?: boolean } = {}): Promise<string[]> {
  const results = await new AxeBuilder(options.axeInPage ? { page, axeSource: ";" } : { page })
    // The site has no frames: legacy mode runs axe.run() in the page itself instead of opening a blank
    // page per run to merge the results of frames, which makes a run over every page about twice as fast.
    .setLegacyMode(true)
    // options() replaces the whole options object, so it comes before withTags(), which adds runOnly.
    .options({ resultTypes: ["violations", "incomplete"], rules: { "target-size": { enabled: true } } })
    .withTags(WCAG_TAGS)
    .analyze();
  const problems: string[] = [];
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      problems.push(`${violation.id}: ${node.target.join(" ")}: ${(node.failureSummary ?? violation.help).replace(/\s+/g, " ")}`);
    }
  }
  for (const incomplete of results.incomplete) {
    for (const node of incomplete.nodes) {
      const target = node.target.join(" ");
      const reviewed = REVIEWED_INCOMPLETE.filter((r) => r.rule === incomplete.id).map((r) => r.within);
      const known = await page.evaluate(([selector, within]) => within.some((w) => document.querySelector(selector)?.closest(w)), [target, reviewed] as const);
      if (known) continue;
      const why = node.any[0]?.message ?? incomplete.help;
      problems.push(`${incomplete.id} (undecided, needs a look): ${target}: ${why}`);
    }
  }
  return problems;
}

/**
 * WCAG 1.4.10 (reflow): the page does not scroll sideways (`scrollWidth <= clientWidth`). When it does,
 * names the elements that stick out.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  await allowNamedFunctions(page);
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const width = root.clientWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
    const offenders = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      // The innermost ones: an element whose child sticks out sticks out because of that child.
      .filter((el, _i, all) => !all.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map(describe);
    return [`scrollWidth ${root.scrollWidth} > clientWidth ${width}: ${offenders.join(", ")}`];
  });
}

/**
 * Text that a reader cannot read whole (WCAG 1.4.4, 1.4.10, 1.4.12): text cut off by an ancestor that
 * hides its overflow, text outside the viewport to the left or right, and text that overlaps other
 * text. Measured on the line boxes of every visible text node. Visually hidden text (the 1-pixel clip
 * of `.kv-visually-hidden`) and the skip link while it waits above the page are not shown text.
 */
export async function textProblems(page: Page): Promise<string[]> {
  await allowNamedFunctions(page);
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const snippet = (node: Node) => JSON.stringify((node.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40));
    /** Ancestors that cut off what overflows them, nearest first (until a clip of ≤ 1 px: hidden text). */
    const clippers = new Map<Element, Element[] | null>();
    const clippersOf = (el: Element): Element[] | null => {
      const known = clippers.get(el);
      if (known !== undefined) return known;
      let result: Element[] | null = [];
      const parent = el.parentElement;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || style.opacity === "0") result = null;
      else {
        const rect = el.getBoundingClientRect();
        const clips =
          el !== document.documentElement &&
          el !== document.body &&
          (style.overflowX !== "visible" || style.overflowY !== "visible" || style.clipPath !== "none");
        if (clips && (rect.width <= 1 || rect.height <= 1)) result = null;
        else {
          const above = parent ? clippersOf(parent) : [];
          result = above === null ? null : clips ? [el, ...above] : above;
        }
      }
      clippers.set(el, result);
      return result;
    };

    const boxes: Array<{ rect: DOMRect; node: Text }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.textContent?.trim() || !node.parentElement) continue;
      const parent = node.parentElement;
      if (parent.closest(".kv-skip-link") && document.activeElement !== parent.closest(".kv-skip-link")) continue;
      const cut = clippersOf(parent);
      if (cut === null) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        for (const clipper of cut) {
          const box = clipper.getBoundingClientRect();
          if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) {
            problems.push(`text cut off by ${clipper.tagName.toLowerCase()}.${[...clipper.classList].join(".")}: ${snippet(node)}`);
            break;
          }
        }
        if (rect.left < -1 || rect.right > viewport + 1) problems.push(`text outside the viewport: ${snippet(node)}`);
        boxes.push({ rect, node });
      }
    }
    // Line boxes of different text nodes that share more than a pixel each way overlap.
    boxes.sort((a, b) => a.rect.top - b.rect.top);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        if (b.rect.top >= a.rect.bottom - 1) break;
        if (a.node === b.node) continue;
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > 1 && y > 1) problems.push(`text overlaps text: ${snippet(a.node)} and ${snippet(b.node)}`);
      }
    }
    return [...new Set(problems)];
  });
}

/**
 * The text spacing of WCAG 1.4.12, applied by the user: line height 1.5, paragraph spacing 2em,
 * letter spacing 0.12em and word spacing 0.16em, over everything (as the well-known bookmarklet does).
 * Added as a constructed style sheet, which the site's Content-Security-Policy lets through (it forbids
 * only inline `<style>` and `style` attributes written into the page).
 */
export async function applyTextSpacing(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }",
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/** Text at 200 % (WCAG 1.4.4), as a browser's text-size setting does it: the root font size doubled. */
export async function doubleTextSize(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
}

/** One element that had focus during a keyboard walk. */
export interface FocusStop {
  /** Where it is in the document: `body>main>ol>li:nth-child(2)>h2>a`. */
  path: string;
  /** Tag and text, for messages: `a "Naar de inhoud"`. */
  label: string;
  href: string | null;
  inMain: boolean;
  /** Its first line box, where it was when it had focus. */
  rect: { top: number; bottom: number; left: number; right: number };
  /** Why the focus is not visible, or null when it is. */
  invisible: string | null;
}

/** What a keyboard walk found: every stop in order, and the problems. */
export interface KeyboardWalk {
  stops: FocusStop[];
  problems: string[];
}

/**
 * Describes the element that has focus, or null when nothing in the page has it. Runs in the page.
 * `outlineOnly`: in forced colours the browser drops box shadows, so only an outline counts there.
 */
function describeFocus(outlineOnly: boolean): FocusStop | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const path = (node: Element): string => {
    const parent = node.parentElement;
    if (!parent) return node.tagName.toLowerCase();
    const index = [...parent.children].indexOf(node) + 1;
    return `${path(parent)}>${node.tagName.toLowerCase()}:nth-child(${index})`;
  };
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = !outlineOnly && style.boxShadow !== "none";
  const first = el.getClientRects()[0] ?? el.getBoundingClientRect();
  let invisible: string | null = null;
  if (!outline && !shadow) invisible = `no focus indicator (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`;
  else if (first.width < 1 || first.height < 1) invisible = "has no size";
  else if (first.bottom <= 0 || first.top >= innerHeight || first.right <= 0 || first.left >= innerWidth) invisible = "is outside the viewport";
  else {
    // Not hidden under something else (WCAG 2.4.11): what is at its centre is the element or inside it.
    const x = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) invisible = `is covered by ${hit.tagName.toLowerCase()}`;
  }
  return {
    path: path(el),
    label: `${el.tagName.toLowerCase()} ${JSON.stringify((el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50))}`,
    href: el.getAttribute("href"),
    inMain: el.closest("main") !== null,
    rect: { top: first.top + scrollY, bottom: first.bottom + scrollY, left: first.left, right: first.right },
    invisible,
  };
}

/** The elements that Tab should reach, in document order: links, controls and positive or zero tabindex. */
function tabbableInDocumentOrder(): string[] {
  const path = (node: Element): string => {
    const parent = node.parentElement;
    if (!parent) return node.tagName.toLowerCase();
    const index = [...parent.children].indexOf(node) + 1;
    return `${path(parent)}>${node.tagName.toLowerCase()}:nth-child(${index})`;
  };
  const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  return [...document.querySelectorAll(selector)]
    .filter((el) => {
      if ((el as HTMLButtonElement).disabled || el.getAttribute("tabindex") === "-1") return false;
      if (el.closest("[inert]")) return false;
      const style = getComputedStyle(el);
      return style.visibility !== "hidden" && el.getClientRects().length > 0;
    })
    .map(path);
}

/**
 * Walks a page with the Tab key from the top, as a keyboard user does (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3,
 * 2.4.7, 2.4.11): the skip link comes first and moves the next Tab into `<main>`; focus is visible on
 * every stop; every element Tab should reach is reached once, in document order; focus never moves
 * back up the page; and after the last element Tab leaves the page and comes back to the first (no
 * trap). Loads `url` twice (once for the skip link).
 */
export async function keyboardWalk(
  page: Page,
  url: string,
  options: { outlineOnly?: boolean; maxStops?: number; waitUntil?: "load" | "networkidle" } = {},
): Promise<KeyboardWalk> {
  const outlineOnly = options.outlineOnly ?? false;
  // A page whose script adds controls after loading (the search page) is walked once it is idle.
  const waitUntil = options.waitUntil ?? "load";
  const max = options.maxStops ?? 400;
  const problems: string[] = [];

  // The skip link: first, visible, and it works.
  await page.goto(url, { waitUntil });
  await allowNamedFunctions(page);
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(describeFocus, outlineOnly);
  if (!skip || skip.href !== "#inhoud") problems.push(`the first Tab does not reach the skip link but ${skip?.label ?? "nothing"}`);
  else {
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const next = await page.evaluate(describeFocus, outlineOnly);
    if (!next?.inMain) problems.push(`after the skip link, Tab goes to ${next?.label ?? "nothing"} instead of into <main>`);
  }

  await page.goto(url, { waitUntil });
  await allowNamedFunctions(page);
  const stops: FocusStop[] = [];
  let cycled = false;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(describeFocus, outlineOnly);
    if (stop === null) {
      // Focus left the page (to the browser); the next Tab must bring it back to the first element.
      await page.keyboard.press("Tab");
      const again = await page.evaluate(describeFocus, outlineOnly);
      cycled = again !== null && again.path === stops[0]?.path;
      if (!cycled) problems.push(`after leaving the page, Tab comes back to ${again?.label ?? "nothing"}, not to the first element`);
      break;
    }
    if (stops.length > 0 && stop.path === stops[0]?.path) {
      cycled = true;
      break;
    }
    if (stop.path === stops.at(-1)?.path) {
      problems.push(`focus is trapped on ${stop.label}: Tab does not move it`);
      break;
    }
    stops.push(stop);
  }
  if (!cycled && !problems.some((p) => p.startsWith("focus is trapped"))) problems.push(`Tab did not get through the page in ${max} stops`);

  for (const stop of stops) if (stop.invisible) problems.push(`focus on ${stop.label} (${stop.path}) is not visible: ${stop.invisible}`);

  // What Tab should have reached, from the page as it is now (a script may have added controls).
  const expected = await page.evaluate(tabbableInDocumentOrder);
  const reached = stops.map((s) => s.path);
  if (reached.join("\n") !== expected.join("\n")) {
    const index = reached.findIndex((path, i) => path !== expected[i]);
    const at = index === -1 ? reached.length : index;
    problems.push(
      `the Tab order is not the document order from stop ${at + 1}: reached ${stops[at]?.label ?? "the end"} (${reached[at] ?? "-"}), expected ${expected[at] ?? "the end"}`,
    );
  }
  for (let i = 1; i < stops.length; i++) {
    const [before, after] = [stops[i - 1]!, stops[i]!];
    // The next stop may be on the same line (to the right) or below, never wholly above the previous one.
    if (after.rect.bottom <= before.rect.top) problems.push(`focus jumps up the page from ${before.label} to ${after.label}`);
  }
  return { stops, problems };
}
