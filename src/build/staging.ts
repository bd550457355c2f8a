/**
 * A site is built in a folder beside it (`_site.building`) and renamed into its place only when the
 * whole build succeeded (./build.ts), so a failed build never leaves a half-built site.
 */

const SUFFIX = ".building";

/** The folder the site `output` is built in. */
export function stagingFolder(output: string): string {
  return `${output.replace(/\/+$/u, "")}${SUFFIX}`;
}

/** The site a staging folder is to replace; null for a folder that is not one (`npm start` builds in place). */
export function siteOfStagingFolder(folder: string): string | null {
  const trimmed = folder.replace(/\/+$/u, "");
  return trimmed.endsWith(SUFFIX) ? trimmed.slice(0, -SUFFIX.length) : null;
}
