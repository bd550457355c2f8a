/**
 * The path prefix on root-relative links of generated HTML: `href="/lid/"` → `href="/kamervragen/lid/"`.
 * The pages are made by this project's templates, which write every site link root-relative and
 * escape every quote in text, so an attribute is recognised by its name and opening quote. External
 * (`https:`), protocol-relative (`//`), fragment and relative links are left alone.
 */
const ROOT_RELATIVE = /(\s(?:href|src|action|poster)=")\/(?!\/)/g;

export function prefixRootUrls(html: string, pathPrefix: string): string {
  if (pathPrefix === "/") return html;
  return html.replace(ROOT_RELATIVE, `$1${pathPrefix}`);
}
