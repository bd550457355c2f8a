/**
 * Checks every built page must pass (ACCESSIBILITY.md, "ids and fragments", "language", "keyboard"),
 * as a list of problems so a test over many pages reports them all at once.
 */
import type { HTMLElement } from "node-html-parser";
import type { BuiltSite } from "./site.ts";

const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";

/** Whitespace-collapsed text of an element. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Problems with a page's structure: language, skip link, headings, ids, fragments, links, scripts. */
export function pageProblems(page: HTMLElement, site: BuiltSite): string[] {
  const problems: string[] = [];
  if (page.querySelector("html")?.getAttribute("lang") !== "nl") problems.push('<html> lacks lang="nl"');

  const first = page.querySelector(FOCUSABLE);
  if (text(first) !== "Naar de inhoud" || first?.getAttribute("href") !== "#inhoud") {
    problems.push(`the first focusable element is not the skip link: ${first?.outerHTML.slice(0, 80)}`);
  }
  if (page.querySelectorAll("main").length !== 1) problems.push("not exactly one <main>");

  const levels = page.querySelectorAll("h1, h2, h3, h4, h5, h6").map((h) => Number(h.tagName.slice(1)));
  if (levels.filter((level) => level === 1).length !== 1 || levels[0] !== 1) problems.push(`headings do not start with one h1: ${levels.join(",")}`);
  levels.forEach((level, i) => {
    if (i > 0 && level > (levels[i - 1] ?? 1) + 1) problems.push(`heading level skips from h${levels[i - 1]} to h${level}`);
  });

  const ids = page.querySelectorAll("[id]").map((element) => element.id);
  const known = new Set(ids);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`duplicate id ${id}`);

  for (const a of page.querySelectorAll("a[href]")) {
    const href = a.getAttribute("href") ?? "";
    if (href.startsWith("#") && !known.has(decodeURIComponent(href.slice(1)))) problems.push(`link to missing #${href.slice(1)}`);
    if (href.startsWith("/") && site.fileFor(href) === null) problems.push(`link to unbuilt ${href}`);
    if (!/^(#|\/|https?:|mailto:)/.test(href)) problems.push(`link with an unexpected URL ${href}`);
  }
  for (const element of page.querySelectorAll("[aria-describedby], [aria-labelledby]")) {
    const targets = `${element.getAttribute("aria-describedby") ?? ""} ${element.getAttribute("aria-labelledby") ?? ""}`;
    for (const target of targets.split(/\s+/).filter(Boolean)) {
      if (!known.has(target)) problems.push(`aria reference to missing ${target}`);
    }
  }
  if (page.querySelectorAll("script, style, [style]").length > 0) problems.push("script or inline style");
  return problems;
}
