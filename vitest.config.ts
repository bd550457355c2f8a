import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Eleventy imports eleventy.config.ts and _data/*.ts with Node's own import(), outside vitest's
    // transform: tsx must be loaded in the workers for that.
    execArgv: ["--import", "tsx"],
    // A test that builds the site takes a few seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
