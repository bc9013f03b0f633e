import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { findUrlsInCss, isRootAbsolute } from '../find-urls';
import { createContentSecurityPolicy } from './content-security-policy';
import { findInlineCode } from './find-inline-code';
import { toPolicyHash } from './policy-hash';

export interface AppliedPolicy {
  policy: string;
  pages: number;
  scriptHashes: number;
  styleHashes: number;
}

// Persisted by the ClientRouter across page swaps, so each move does not add another copy of the same policy.
const toPolicyMeta = (policy: string) =>
  `<meta http-equiv="content-security-policy" content="${policy}" data-astro-transition-persist="content-security-policy">`;

const hasRootUrl = (css: string) => findUrlsInCss(css).some((url) => isRootAbsolute(url.value));

/**
 * Gives every built page (`htmlFiles`, relative to `distDir`) the site's one Content-Security-Policy, with
 * the hash of every inline script and style any page carries. Runs before URLs are made relative and pages
 * are packaged, so the SCORM packages carry the same policy. Stops the build on inline code no hash can allow.
 */
export function applyContentSecurityPolicy(distDir: string, htmlFiles: readonly string[]): AppliedPolicy {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  const offsets = new Map<string, number>();
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const found = findInlineCode(readFileSync(path.join(distDir, file), 'utf8'));
    for (const script of found.scripts) scripts.add(toPolicyHash(script));
    for (const style of found.styles) styles.add(toPolicyHash(style));
    for (const style of found.styleAttributes) styleAttributes.add(toPolicyHash(style));
    for (const code of found.forbidden) problems.push(`${file}: ${code}`);
    // Making URLs relative later would change the text, and with it the hash.
    if ([...found.styles, ...found.styleAttributes].some(hasRootUrl)) problems.push(`${file}: an inline style with a url() from the site root`);
    if (found.policyOffset < 0) problems.push(`${file}: no <head> to carry the policy`);
    offsets.set(file, found.policyOffset);
  }
  if (problems.length > 0) {
    throw new AstroError(
      `Built pages hold inline code the Content-Security-Policy cannot allow:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
      'Move event handlers and javascript: links into a <script> (addEventListener), and styles with url() into a style sheet.',
    );
  }

  const policy = createContentSecurityPolicy({ scripts, styles, styleAttributes });
  const meta = toPolicyMeta(policy);
  for (const [file, offset] of offsets) {
    const fullPath = path.join(distDir, file);
    const html = readFileSync(fullPath, 'utf8');
    writeFileSync(fullPath, html.slice(0, offset) + meta + html.slice(offset));
  }
  return { policy, pages: offsets.size, scriptHashes: scripts.size, styleHashes: styles.size + styleAttributes.size };
}
