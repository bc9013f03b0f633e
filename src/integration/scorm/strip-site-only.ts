// Elements marked data-site-only (links to the catalogue or the site-wide search) point outside the
// course's folder; a package holds one course, so they would be dead links there. The marked
// elements are simple (no nested element of the same tag), which keeps this non-greedy match exact.
const SITE_ONLY_ELEMENT = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-site-only(?=[\s=>/])[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** The page as a package carries it: without the parts that only make sense on the full website. */
export function stripSiteOnly(html: string): string {
  return html.includes('data-site-only') ? html.replace(SITE_ONLY_ELEMENT, '') : html;
}
