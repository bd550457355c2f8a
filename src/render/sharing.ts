/**
 * What a link to a page shows when it is shared elsewhere (OpenGraph): its title and description,
 * copied from the page's own `<title>` and description into `og:title` and `og:description` after
 * rendering. Written once in base.njk, they would have to be captured from the pages' blocks, and
 * Nunjucks knows a block inside a `{% set %}` only when the page overrides it: every page, a
 * publisher's own included, would then have to define both.
 */
const TITLE = /<title>([^<]*)<\/title>/u;
const DESCRIPTION = /<meta name="description" content="([^"]*)">/u;

/** `html` with `og:title` and `og:description` after its description, when it has a head with both. */
export function withSharingTags(html: string): string {
  const title = TITLE.exec(html);
  const description = DESCRIPTION.exec(html);
  if (!title || !description || html.includes('property="og:title"')) return html;
  const tags = `\n<meta property="og:title" content="${title[1]!.trim()}">\n<meta property="og:description" content="${description[1]!.trim()}">`;
  const at = description.index + description[0].length;
  return html.slice(0, at) + tags + html.slice(at);
}
