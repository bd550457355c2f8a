/**
 * The one file in which a publisher sets what they set once: the site's name, its address, where
 * readers report problems, the language, and the authority and date of the feeds' ids
 * (`kamervragen.config.json`; `kamervragen.config.example.json` shows every field). The build reads it
 * through scripts/build.ts; a command-line option or the environment overrides a field of it.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";

/** The file scripts/build.ts reads when it is there and no other is named. */
export const SITE_CONFIG_FILE = "kamervragen.config.json";

/** The languages the site's texts exist in: its interface text (src/labels.ts) is Dutch. */
const LANGUAGES = ["nl"] as const;

const siteConfigSchema = z
  .object({
    /** The site's name, in the header, titles and feeds. */
    siteName: z.string().trim().min(1).optional(),
    /** Where the site is published: `https://example.nl` or `https://example.nl/kamervragen/`. */
    url: z.url({ protocol: /^https?$/u }).optional(),
    /** The sub-path the site is published under (`/kamervragen/`), when not in `url`. */
    pathPrefix: z.string().optional(),
    /** Where readers report problems: an e-mail address or a web address. */
    contact: z.string().trim().min(1).optional(),
    language: z.enum(LANGUAGES).optional(),
    /** The feeds' `tag:` ids (RFC 4151): a domain the publisher held on the date. Set once, never changed. */
    feedIds: z
      .object({
        authority: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/u, "a domain name, e.g. kamervragen.example.nl"),
        date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, "a date the domain was held: 2024, 2024-09 or 2024-09-01"),
      })
      .strict()
      .optional(),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/**
 * The configuration in `path`, or {} when `required` is false and there is no such file. Every problem
 * is named with the file (and the field), in one error.
 */
export async function readSiteConfig(path: string, required: boolean): Promise<SiteConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new Error(`${path}: cannot read the site configuration (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = siteConfigSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(the file)"}: ${issue.message}`);
    throw new Error(`${path}: the site configuration has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/**
 * Whether `url` is an address for publishing: given at all, and not this machine. A build for
 * publishing (`--production`) without one would write feeds, a sitemap and canonical links that point
 * at localhost.
 */
export function isPublicSiteUrl(url: string | undefined): boolean {
  if (url === undefined || url.trim() === "") return false;
  try {
    const host = new URL(url).hostname;
    return !(host === "localhost" || host.endsWith(".localhost") || host === "127.0.0.1" || host === "[::1]" || host === "0.0.0.0");
  } catch {
    return false;
  }
}
