/**
 * ESLint's configuration (`npm run lint`): JavaScript's and typescript-eslint's recommended rules, with
 * the type-checked ones for the code that TypeScript checks (tsconfig.json), and eslint-config-prettier
 * last so that no rule argues with Prettier about layout. The import direction between folders is
 * dependency-cruiser's (.dependency-cruiser.cjs). https://typescript-eslint.io/rules/
 */
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "node_modules/",
      "_site/",
      "_site.*/",
      ".cache/",
      ".bench/",
      "screenshots/",
      // Data and the inputs of the benchmark's baselines: plain Eleventy and Hugo, not this project's code.
      "bench/results/",
      "bench/eleventy/",
      "bench/hugo/",
      "content/documents/",
      "test/bad-input/cases/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: "error",
    },
    rules: {
      // The regular expressions that match control characters do so on purpose: src/ingest/decode.ts
      // removes stray ones from a document's text, src/safety.ts ignores them in a link's scheme as
      // browsers do.
      "no-control-regex": "off",
      // Errors are passed on as they were caught or received from a worker (`unknown`, which a truthiness
      // check narrows to `{}`): the build's pools and writers rethrow or reject with the first failure
      // itself, and wrapping it in a new Error would change what the caller sees.
      "@typescript-eslint/only-throw-error": "off",
      "@typescript-eslint/prefer-promise-reject-errors": "off",
      // `_name` marks a parameter or binding kept on purpose (a callback's signature, a destructured rest).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["test/**"],
    rules: {
      // vitest's asymmetric matchers (`expect.objectContaining()`, `expect.any()`) are typed `any` so
      // that they fit in place of any value in an expected object.
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  {
    // The search page's scripts run in the browser, as they are served (no build step).
    files: ["content/assets/*.js"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // A JavaScript file gives a value its type with a JSDoc `@type` on the variable, and the rule sees
      // only the `any` of JSON.parse() and import() (the page's data, Pagefind's API) it is given.
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  {
    // Configuration files that tsconfig.json does not include, and plain JavaScript that TypeScript does
    // not check (no `// @ts-check`): without types the type-checked rules would only report `any`.
    files: ["*.js", "*.mjs", "*.cjs", "test/fixtures/pdf/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // dependency-cruiser reads its configuration as CommonJS.
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  prettier,
);
