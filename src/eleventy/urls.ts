/**
 * Every URL pattern of the site, in one place. Site URLs are root-relative (`/ah-…/`): Eleventy's
 * HtmlBasePlugin adds the path prefix when the site is published under a sub-path.
 */

/** The permanent URL of a document page, derived from its id: `/ah-tk-20202021-2290/`. */
export function documentUrl(id: string): string {
  return `/${id}/`;
}

/** The official publication of a document: `https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2290.html`. */
export function officialUrl(id: string): string {
  return `https://zoek.officielebekendmakingen.nl/${id}.html`;
}

/** Where a link to another document goes: its page when the site has it, else the official publication. */
export function seeAlsoUrl(id: string, siteIds: ReadonlySet<string>): string {
  return siteIds.has(id) ? documentUrl(id) : officialUrl(id);
}
