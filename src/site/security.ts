/**
 * The HTTP headers the site is published with, above all its Content-Security-Policy: only the site's
 * own scripts (the search page's) and styles, WebAssembly for Pagefind's search (`'wasm-unsafe-eval'`,
 * never `'unsafe-eval'`), its worker from `blob:`, and no inline script or style anywhere. One place:
 * the `_headers` file for static hosts is generated from it, and a test holds deploy/nginx.conf to it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * The open data may be read by a browser application on another site (a researcher's notebook, a
 * newsroom's tool): its JSON is sent with `Access-Control-Allow-Origin: *`. It is public and holds no
 * credentials, so no other cross-origin permission is needed.
 */
export const OPEN_DATA_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
};

/** The open data's files as `_headers` paths (Netlify's and Cloudflare Pages' splats and placeholders). */
export const OPEN_DATA_PATHS = ["/records.json", "/records.schema.json", "/records/*", "/:document/record.json"] as const;
