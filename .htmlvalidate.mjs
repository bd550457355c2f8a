/**
 * html-validate's configuration for the built site (test/a11y/static.test.ts runs it on every page;
 * `npx html-validate _site` uses it too). The `recommended` and `a11y` presets, plus two rules of the
 * `document` preset that check what the a11y preset leaves out. https://html-validate.org/rules/
 */
export default {
  extends: ["html-validate:recommended", "html-validate:a11y"],
  rules: {
    // Headings start at h1 and never skip a level (WCAG 1.3.1, 2.4.6): not in the presets.
    "heading-level": "error",
    // Every id named by aria-labelledby, aria-describedby, aria-controls and `for` exists.
    "no-missing-references": "error",
    // The templates write `<!doctype html>`, as the HTML standard itself does; both spellings are valid
    // HTML, and the rule only enforces one house style, so it enforces ours.
    "doctype-style": ["error", { style: "lowercase" }],
    // Turned off: a document page's title is its subject as printed plus its id (WCAG 2.4.2 asks for a
    // title that describes the page, not a short one), and many subjects are longer than the rule's
    // 70 characters, a search-engine display limit. Cutting them would make the titles of documents
    // about similar subjects identical up to the cut.
    "long-title": "off",
  },
};
