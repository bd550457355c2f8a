/**
 * A site is built in a folder beside it (`_site.building`) and renamed into its place only when the
 * whole build succeeded (./pipeline.ts), so a failed build never leaves a half-built site.
 */
import { rename, rm } from "node:fs/promises";

const SUFFIX = ".building";

/** The folder the site `output` is built in. */
export function stagingFolder(output: string): string {
  return `${output.replace(/\/+$/u, "")}${SUFFIX}`;
}

/**
 * Puts the built `staging` folder in place of `output` by renames, so that the old site is replaced in
 * one step rather than emptied first.
 */
export async function publish(staging: string, output: string): Promise<void> {
  const previous = `${output.replace(/\/+$/u, "")}.previous`;
  await rm(previous, { recursive: true, force: true });
  await rename(output, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
}
