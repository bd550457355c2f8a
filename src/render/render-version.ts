/**
 * What every page of the corpus depends on besides its own inputs: the code that renders it (every
 * module under src/: filters, labels, URLs, markdown), the layouts, the installed packages and the
 * site's settings (URL, path prefix). A rebuild keeps a page of the build before it only when this
 * version is the same, so a change to any of them renders every page again.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashFolder } from "../common/folders.ts";
import type { SiteData } from "../site/config.ts";

const SOURCE_ROOT = fileURLToPath(new URL("../", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export async function renderVersion(options: { includes: string; site: SiteData }): Promise<string> {
  const hash = createHash("sha256");
  for (const folder of [SOURCE_ROOT, options.includes]) {
    hash.update("\0folder\0");
    await hashFolder(hash, folder);
  }
  // The packages that render (markdown-it, nunjucks, …) as installed: the lock file pins every one.
  const lock = await readFile(join(PROJECT_ROOT, "package-lock.json")).catch(() => readFile(join(PROJECT_ROOT, "package.json")));
  hash.update("\0packages\0").update(lock);
  hash.update("\0site\0").update(JSON.stringify(options.site));
  return hash.digest("hex");
}
