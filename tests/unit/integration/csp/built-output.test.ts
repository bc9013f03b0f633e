import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';

// Checks the real build (`npm run build` first; `npm test` does), site and SCORM packages alike, with its own
// reading of the pages rather than the build's.
const distDir = path.resolve(import.meta.dirname, '../../../..', process.env.E2E_DIST_DIR ?? 'dist');

interface BuiltPage {
  /** Site path, or zip name and path inside it. */
  name: string;
  html: string;
}

function readBuiltPages(): BuiltPage[] {
  if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`No built site in ${distDir}: run npm run build first.`);
  const pages: BuiltPage[] = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ name: file, html: readFileSync(path.join(distDir, file), 'utf8') }));
  const scormDir = path.join(distDir, 'scorm');
  for (const zipName of readdirSync(scormDir).filter((file) => file.endsWith('.zip'))) {
    const entries = unzipSync(readFileSync(path.join(scormDir, zipName)), { filter: (file) => file.name.endsWith('.html') });
    for (const [file, bytes] of Object.entries(entries)) pages.push({ name: `${zipName}:${file}`, html: new TextDecoder().decode(bytes) });
  }
  return pages;
}

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy's directives, by name. */
function readDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** Why the page's inline code would be refused by its own policy, and where the policy sits. */
function checkPage({ html }: BuiltPage) {
  const document = parseDocument(html);
  const head = DomUtils.findOne((element) => element.name === 'head', document.children);
  const metas = DomUtils.findAll(
    (element) => element.name === 'meta' && element.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
    document.children,
  );
  const [meta] = metas;
  const policy = meta?.attribs.content ?? '';
  const directives = readDirectives(policy);
  const allowed = (directive: string, text: string) => directives.get(directive)?.includes(hashSource(text)) ?? false;
  const elements = DomUtils.findAll(() => true, document.children);
  const firstLoading = elements.findIndex((element) => ['script', 'style', 'link'].includes(element.name));
  const unlisted = [
    ...DomUtils.findAll((element) => element.name === 'script' && element.attribs.src === undefined, document.children)
      .map((script) => DomUtils.textContent(script))
      .filter((text) => !allowed('script-src', text))
      .map((text) => `script: ${text.slice(0, 60)}`),
    ...DomUtils.findAll((element) => element.name === 'style', document.children)
      .map((style) => DomUtils.textContent(style))
      .filter((text) => !allowed('style-src', text))
      .map((text) => `style: ${text.slice(0, 60)}`),
    ...elements
      .map((element) => element.attribs.style)
      .filter((style): style is string => style !== undefined && !allowed('style-src-attr', style))
      .map((style) => `style="${style}"`),
    ...elements.flatMap((element) => Object.keys(element.attribs).filter((name) => /^on/i.test(name)).map((name) => `${element.name} ${name}`)),
  ];
  return {
    metaCount: metas.length,
    metaInHead: meta !== undefined && meta.parent === head,
    metaBeforeScriptsAndStyles: meta !== undefined && elements.indexOf(meta) < firstLoading,
    policy,
    directives,
    unlisted,
  };
}

// What a source may be: the site's (or LMS's) own origin, a hash, or a keyword that allows nothing more.
const SAFE_SOURCE = /^(?:'self'|'none'|'sha256-[A-Za-z0-9+/]+={0,2}')$/;

describe('the Content-Security-Policy of the built site and its SCORM packages', () => {
  const pages = readBuiltPages();
  const checked = pages.map((page) => ({ page, ...checkPage(page) }));

  it('is one <meta> in every page’s <head>, before any script, style or style sheet, and the same everywhere', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.some((page) => page.name.includes('scorm12.zip:'))).toBe(true);
    expect(pages.some((page) => page.name.includes('scorm2004.zip:'))).toBe(true);
    const misplaced = checked.filter((page) => page.metaCount !== 1 || !page.metaInHead || !page.metaBeforeScriptsAndStyles);
    expect(misplaced.map(({ page }) => page.name)).toEqual([]);
    expect(new Set(checked.map((page) => page.policy)).size).toBe(1);
  });

  it('lists the hash of every inline script, style and style attribute of every page, and no page has an inline event handler', () => {
    expect(checked.filter((page) => page.unlisted.length > 0).map(({ page, unlisted }) => ({ page: page.name, unlisted }))).toEqual([]);
  });

  it('allows nothing from another origin, no eval, and inline code only by hash', () => {
    const directives = checked.find((page) => page.metaCount === 1)?.directives ?? new Map<string, string[]>();
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')?.[0]).toBe("'self'");
    expect(directives.get('script-src')?.length).toBeGreaterThan(1);
    const unsafe = [...directives].flatMap(([name, sources]) =>
      sources
        .filter((source) => !SAFE_SOURCE.test(source))
        // The empty icon every page names is data:, and style attributes are hashed (which needs 'unsafe-hashes').
        .filter((source) => !(name === 'img-src' && source === 'data:') && !(name === 'style-src-attr' && source === "'unsafe-hashes'"))
        .map((source) => `${name} ${source}`),
    );
    expect(unsafe).toEqual([]);
    expect([...directives.keys()]).not.toContain('frame-ancestors');
  });
});
