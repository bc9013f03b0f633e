import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyContentSecurityPolicy } from '../../../../src/integration/csp/apply-content-security-policy';
import { createBuiltSite, readBuilt } from '../scorm/built-site';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const policyIn = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];

describe('applyContentSecurityPolicy', () => {
  it('gives every page the same policy, right after <meta charset>, with the hashes of every page’s inline code', () => {
    const dist = createBuiltSite({
      'index.html': page('<script>boot()</script>'),
      'courses/x/a.html': page('<script>boot()</script><style>a{}</style>', '<astro-island></astro-island><script>island()</script>'),
      'trainers/x/s.html': page('', '<svg style="--w: 10px"></svg>'),
    });
    const files = ['index.html', 'courses/x/a.html', 'trainers/x/s.html'];
    const applied = applyContentSecurityPolicy(dist, files);

    expect(applied).toMatchObject({ pages: 3, scriptHashes: 2, styleHashes: 2 });
    const scriptSources = [hashOf('boot()'), hashOf('island()')].sort().join(' ');
    expect(applied.policy).toContain(`script-src 'self' ${scriptSources};`);
    expect(applied.policy).toContain(`style-src 'self' ${hashOf('a{}')};`);
    expect(applied.policy).toContain(`style-src-attr 'unsafe-hashes' ${hashOf('--w: 10px')};`);
    for (const file of files) {
      const html = readBuilt(dist, file);
      expect(policyIn(html)).toBe(applied.policy);
      expect(html.indexOf('<meta http-equiv')).toBe(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
    }
  });

  it('allows no style attribute at all when no page has one, and never inline code without a hash, eval or another origin', () => {
    const dist = createBuiltSite({ 'index.html': page('<script>boot()</script>') });
    const { policy } = applyContentSecurityPolicy(dist, ['index.html']);
    expect(policy).toBe(
      `default-src 'none'; script-src 'self' ${hashOf('boot()')}; style-src 'self'; style-src-attr 'none'; img-src 'self' data:; ` +
        "font-src 'self'; media-src 'self'; connect-src 'self'; worker-src 'self'; form-action 'self'; base-uri 'none'",
    );
  });

  it('stops the build, naming every page, on inline code no hash can allow and on a head-less page', () => {
    const dist = createBuiltSite({
      'a.html': page('', '<button onclick="go()">Go</button>'),
      'b.html': page('<style>body{background:url(/_astro/bg.png)}</style>'),
      'c.html': '<p>no head</p>',
    });
    expect(() => applyContentSecurityPolicy(dist, ['a.html', 'b.html', 'c.html'])).toThrow(
      /a\.html: <button onclick="…">\n {2}b\.html: an inline style with a url\(\) from the site root\n {2}c\.html: no <head> to carry the policy/,
    );
    expect(readBuilt(dist, 'a.html')).not.toContain('content-security-policy');
  });
});
