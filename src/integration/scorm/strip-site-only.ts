// Elements marked data-site-only (links to the catalogue or the site-wide search) point outside the
// course's folder; a package holds one course, so they would be dead links there. The marked
// elements are simple (no nested element of the same tag), which keeps this non-greedy match exact.
const SITE_ONLY_ELEMENT = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-site-only(?=[\s=>/])[^>]*>[\s\S]*?<\/\1\s*>/gi;

const MARKER = /data-site-only/gi;

/** The page as a package carries it: without the parts that only make sense on the full website. */
export function stripSiteOnly(html: string): string {
  if (!html.includes('data-site-only')) return html;
  // Same as html.replace(SITE_ONLY_ELEMENT, ''), but stops once no marker is left ahead: every match holds
  // one, and the marked elements sit near the top of a page whose remaining tags the pattern would try.
  const parts: string[] = [];
  let last = 0;
  const pattern = new RegExp(SITE_ONLY_ELEMENT);
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    parts.push(html.slice(last, match.index));
    last = pattern.lastIndex;
    MARKER.lastIndex = last;
    if (!MARKER.test(html)) break;
  }
  parts.push(html.slice(last));
  return parts.join('');
}
