/** The inline code a whole site carries, as CSP hash sources ('sha256-…'). */
export interface InlineCodeHashes {
  scripts: Iterable<string>;
  styles: Iterable<string>;
  styleAttributes: Iterable<string>;
}

/**
 * The one policy every built page carries. Nothing from another origin, no inline script or style except by
 * hash, no eval. One policy for the whole site, not one per page: the ClientRouter swaps pages in without
 * reloading, so the first page's policy stays in force and must allow the scripts of every page after it.
 *
 * It is delivered as <meta http-equiv>, the only way that works for static files and inside an LMS's
 * frame. A <meta> policy cannot carry frame-ancestors (nor report-uri or sandbox): which sites may frame
 * the course is for the server or the LMS to say with a header. Files are all served from the site's or
 * the LMS's own origin, so 'self' is wherever the course is.
 */
export function createContentSecurityPolicy(hashes: InlineCodeHashes): string {
  const sorted = (sources: Iterable<string>) => [...new Set(sources)].sort();
  const styleAttributes = sorted(hashes.styleAttributes);
  const directives: string[][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...sorted(hashes.scripts)],
    ['style-src', "'self'", ...sorted(hashes.styles)],
    // Built markup's style="…" values (a trainer diagram's width, an author's style): only those exact values.
    ['style-src-attr', ...(styleAttributes.length > 0 ? ["'unsafe-hashes'", ...styleAttributes] : ["'none'"])],
    // data: only for the empty icon every page names so that browsers do not request /favicon.ico.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['media-src', "'self'"],
    // course-data.json, the ClientRouter's page fetches and the search indexes.
    ['connect-src', "'self'"],
    // The search runs in a module worker from the site's own bundles.
    ['worker-src', "'self'"],
    ['form-action', "'self'"],
    ['base-uri', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
