/**
 * Checks every built page must pass (docs/accessibility.md, "Automated"),
 * as a list of problems so a test over many pages reports them all at once.
 */
import { NodeType, type HTMLElement } from "node-html-parser";
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
  for (const element of page.querySelectorAll("[aria-describedby], [aria-labelledby], [aria-controls]")) {
    const targets = ["aria-describedby", "aria-labelledby", "aria-controls"].map((name) => element.getAttribute(name) ?? "").join(" ");
    for (const target of targets.split(/\s+/).filter(Boolean)) {
      if (!known.has(target)) problems.push(`aria reference to missing ${target}`);
    }
  }
  // The one script of the site is the search page's, from a file (the policy forbids inline ones).
  const scripts = page.querySelectorAll("script").filter((script) => !/\/assets\/search\.js$/u.test(script.getAttribute("src") ?? ""));
  if (scripts.length > 0 || page.querySelectorAll("style, [style]").length > 0) problems.push("script or inline style");
  return problems;
}

/**
 * The accessible name of a link or button, as far as markup decides it (accname 1.2, simplified):
 * aria-labelledby, else aria-label, else its text with `aria-hidden` parts left out and image `alt`s
 * read, else its title.
 */
export function accessibleName(element: HTMLElement, page: HTMLElement): string {
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy) {
    const byId = new Map(page.querySelectorAll("[id]").map((e) => [e.id, e] as const));
    return labelledBy
      .split(/\s+/)
      .map((id) => text(byId.get(id)))
      .join(" ")
      .trim();
  }
  const label = element.getAttribute("aria-label")?.trim();
  if (label) return label;
  const own = (node: HTMLElement): string =>
    node.childNodes
      .map((child) => {
        if (child.nodeType === NodeType.TEXT_NODE) return child.textContent;
        const el = child as HTMLElement;
        if (el.nodeType !== NodeType.ELEMENT_NODE || el.getAttribute("aria-hidden") === "true") return "";
        if (el.tagName === "IMG") return ` ${el.getAttribute("alt") ?? ""} `;
        return own(el);
      })
      .join("");
  const name = own(element).replace(/\s+/g, " ").trim();
  return name || (element.getAttribute("title") ?? "").trim();
}

/** Link texts that say nothing out of context (WCAG 2.4.4, 2.4.9), in Dutch and English. */
const VAGUE_LINK_TEXT =
  /^(?:klik(?: hier)?|hier|lees (?:hier )?meer|meer(?: lezen| informatie| info)?|verder(?: lezen)?|link|deze link|pagina|click(?: here)?|here|read more|more)[.:!…]*$/iu;

/** Where the source's own text is shown; its links are the document's, not the site's. */
const SOURCE_TEXT = ".kv-prose";

/**
 * Problems with a page's link texts (WCAG 2.4.4): a link without a name, a name that says nothing out
 * of context ("klik hier", "lees meer"), a bare URL as the only text of a link the site itself writes
 * (the documents' own footnotes cite bare URLs, as printed), and two links with the same name that go
 * to different places.
 */
export function linkTextProblems(page: HTMLElement): string[] {
  const problems: string[] = [];
  const targets = new Map<string, Set<string>>();
  for (const a of page.querySelectorAll("a[href]")) {
    const name = accessibleName(a, page);
    const href = a.getAttribute("href") ?? "";
    if (name === "") {
      problems.push(`link without a name to ${href}`);
      continue;
    }
    if (VAGUE_LINK_TEXT.test(name)) problems.push(`link text says nothing out of context: "${name}" (${href})`);
    if (/^(?:https?:\/\/|www\.)\S+$/iu.test(name) && !a.closest(SOURCE_TEXT)) problems.push(`bare URL as link text: ${name}`);
    const key = name.toLocaleLowerCase("nl");
    targets.set(key, (targets.get(key) ?? new Set()).add(href.replace(/index\.html$/u, "")));
  }
  for (const [name, hrefs] of targets) {
    if (hrefs.size > 1) problems.push(`links named "${name}" go to different places: ${[...hrefs].join(", ")}`);
  }
  return problems;
}
