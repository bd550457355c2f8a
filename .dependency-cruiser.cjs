/**
 * dependency-cruiser's configuration (`npm run deps`): the direction of imports between the folders of
 * src/ and the programs around it, and no cycles. Each folder may import itself, the folders named in
 * its rule's `pathNot`, and packages, unless its rule says otherwise. Type-only imports count: a layer
 * that knows another's types depends on it. https://github.com/sverweij/dependency-cruiser
 */

/** Everything of ours, outside node_modules. */
const OURS = "^(src|scripts|bench|test|_data|content)/|^[^/]+\\.(ts|js|mjs|cjs)$";

/** A folder or module of src/ as a path pattern: `src("site")` is src/site/, `src("model")` src/model.ts. */
const LEAVES = new Set(["model", "safety", "labels"]);
const src = (...names) => `^src/(${names.map((n) => (LEAVES.has(n) ? `${n}\\.ts$` : `${n}/`)).join("|")})`;

/** A rule that `from` imports of ours only what `allowed` matches. */
const only = (name, comment, from, ...allowed) => ({
  name,
  comment,
  severity: "error",
  from: { path: src(from) },
  to: { path: OURS, pathNot: src(from, ...allowed) },
});

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "A cycle makes the modules in it one unit: none can be read, tested or loaded without the others, and which of them runs first " +
        "depends on where the program enters it.",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "no-circular-types",
      comment:
        "A cycle closed by a type-only import (`import type`) costs nothing at run time but still ties the modules together: move the " +
        "shared types to the module both sides build on.",
      severity: "error",
      from: {},
      to: { circular: true, via: { dependencyTypes: ["type-only"] } },
    },
    {
      name: "leaf-modules",
      comment:
        "src/model.ts (the record's types), src/safety.ts (what a page may link to), src/labels.ts (the site's texts) and src/common/ " +
        "are what every layer builds on: they import nothing of ours, so that any of them can be used without the rest.",
      severity: "error",
      from: { path: "^src/(model|safety|labels)\\.ts$" },
      to: { path: OURS },
    },
    {
      name: "common-imports-nothing",
      comment: "src/common/ holds helpers that every layer shares (digests, folders, progress, workers): it imports nothing of ours but itself.",
      severity: "error",
      from: { path: "^src/common/" },
      to: { path: OURS, pathNot: "^src/common/" },
    },
    only(
      "ingest-layer",
      "src/ingest/ reads a source file into text: it knows the record's types and the shared helpers, nothing of what comes after.",
      "ingest",
      "model",
      "common",
    ),
    only(
      "normalize-layer",
      "src/normalize/ turns an ingested text into a record: it builds on ingest, the model, safety and the shared helpers, never on the site or the build.",
      "normalize",
      "model",
      "ingest",
      "common",
      "safety",
    ),
    only(
      "markdown-layer",
      "src/markdown/ is the site's one markdown-it configuration: texts, link safety, the model and the shared helpers only, so that every page renders markdown alike.",
      "markdown",
      "labels",
      "safety",
      "common",
      "model",
    ),
    only(
      "corpus-layer",
      "src/corpus/ loads a folder of sources into records (ingest, then normalize, in workers): it knows nothing of the pages made from them.",
      "corpus",
      "model",
      "ingest",
      "normalize",
      "common",
    ),
    {
      name: "fetch-layer",
      comment:
        "src/fetch/ brings the publisher's files into a documents folder: it reads their XML with the one safe parser (src/ingest/xml-tree.ts) and uses the shared helpers, " +
        "and knows nothing of records, pages or the build, which read what it wrote like any other folder.",
      severity: "error",
      from: { path: src("fetch") },
      to: { path: OURS, pathNot: [src("fetch", "common"), "^src/ingest/xml-tree\\.ts$"] },
    },
    only(
      "site-layer",
      "src/site/ is the pure page model: what every page holds, from records alone. It must not know how records are made (normalize, corpus), " +
        "how pages are written (render, search, build) or Eleventy, so that it can be tested and reused without any of them.",
      "site",
      "model",
      "labels",
      "markdown",
      "common",
    ),
    {
      name: "site-without-eleventy",
      comment: "src/site/ is the pure page model: Eleventy is one way of publishing it (src/eleventy/), not part of it.",
      severity: "error",
      from: { path: "^src/site/" },
      to: { path: ["^node_modules/@11ty/", "^@11ty/"] },
    },
    only(
      "render-layer",
      "src/render/ writes the page model's pages: it must not reach into the search index, the build that drives it, Eleventy, or how records are made.",
      "render",
      "site",
      "model",
      "labels",
      "markdown",
      "common",
    ),
    only(
      "search-layer",
      "src/search/ indexes the written pages with Pagefind: it knows the page model, not how pages are rendered or the build that calls it.",
      "search",
      "site",
      "model",
      "common",
    ),
    only(
      "eleventy-layer",
      "src/eleventy/ holds the Eleventy plugins of the site's own pages: they render the page model and never drive the build, load the corpus or index.",
      "eleventy",
      "site",
      "render",
      "model",
      "labels",
      "markdown",
      "common",
    ),
    {
      name: "src-stays-in-src",
      comment:
        "src/ is the library the programs are made of: it never imports the command-line programs (scripts/), the benchmark (bench/), " +
        "the tests (test/) or the site's inputs (_data/, content/), which all import it.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(scripts|bench|test|_data|content)/" },
    },
    {
      name: "scripts-not-bench-or-test",
      comment: "The command-line programs (scripts/) are built from src/ alone: the benchmark and the tests are not part of what is shipped.",
      severity: "error",
      from: { path: "^scripts/" },
      to: { path: "^(bench|test)/" },
    },
    {
      name: "bench-public-modules",
      comment:
        "The benchmark (bench/) measures the build from outside, as a publisher runs it: of src/ it may use only the public modules " +
        "src/labels.ts and src/model.ts, so that it keeps measuring the same thing while the inside changes.",
      severity: "error",
      from: { path: "^bench/" },
      to: { path: "^src/", pathNot: "^src/(labels|model)\\.ts$" },
    },
    {
      name: "bench-not-test",
      comment: "The benchmark is a program of its own: the tests import it, never the other way round.",
      severity: "error",
      from: { path: "^bench/" },
      to: { path: "^test/" },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules"] },
    // Type-only imports (`import type`) are dependencies too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    moduleSystems: ["es6", "cjs"],
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
