import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { findUrlsInHtml } from '../../../src/integration/find-urls';
import { toRelativeUrl } from '../../../src/integration/relativize-urls';
import { relativizeSiteUrls } from './relativize-site';
import { coursePage, createBuiltSite, readBuilt } from './scorm/built-site';

describe('toRelativeUrl', () => {
  it.each([
    ['courses/x', '/_astro/p.js', '../../_astro/p.js'],
    ['courses/x', '/courses/x/b.html#h', 'b.html#h'],
    ['courses/x', '/index.html', '../../index.html'],
    ['courses/x', '/courses/y/index.html?scorm=12', '../y/index.html?scorm=12'],
    ['courses/x', '/courses/x/a.html?q=1#top', 'a.html?q=1#top'],
    ['courses/x', '/', '../../'],
    ['courses/x', '/courses/x/', './'],
    ['courses/x', '/courses/x', '../x'],
    ['courses/x', '/#main', '../../#main'],
    ['', '/', './'],
    ['', '/index.html', 'index.html'],
    ['', '/_astro/p.js', '_astro/p.js'],
    ['', '/courses/x/', 'courses/x/'],
    ['', '/a:b.html', './a:b.html'],
  ])('from %j, %s becomes %s', (fromDir, url, expected) => {
    expect(toRelativeUrl(fromDir, url)).toBe(expected);
  });
});

describe('findUrlsInHtml', () => {
  const values = (html: string) => findUrlsInHtml(html).urls.map((url) => url.value);

  it('splits srcset into its candidate URLs, keeping commas inside data: URLs', () => {
    expect(values('<img srcset="/a.png 1x, /b.png 2x,/c.png" src="/d.png">')).toEqual(['/a.png', '/b.png', '/c.png', '/d.png']);
    expect(values('<img srcset="data:image/png;base64,AA== 1x, /b.png 2x">')).toEqual(['data:image/png;base64,AA==', '/b.png']);
  });

  it('reads url() in style elements and style attributes, quoted, unquoted and entity-quoted', () => {
    expect(values(`<style>a{b:url(/x.svg)} c{d:url( "/y.png" )}</style><p style="e:url(&quot;/z.png&quot;)">`)).toEqual([
      '/x.svg', '/y.png', '/z.png',
    ]);
  });

  it('leaves text-bearing attributes, event handlers and island props out', () => {
    expect(values('<img alt="/r/ forum" title="/x" aria-label="/y" onclick="go(\'/z\')" src="/ok.png">')).toEqual(['/ok.png']);
    expect(findUrlsInHtml('<astro-island props="{&quot;u&quot;:[0,&quot;/_astro/x.js&quot;]}"></astro-island>').islandProps).toHaveLength(1);
  });

  it('hands back inline script bodies without reading URLs in them', () => {
    const found = findUrlsInHtml('<script>fetch("/data.json")</script><a href="/b.html">b</a>');
    expect(found.urls.map((url) => url.value)).toEqual(['/b.html']);
    expect(found.inlineScripts).toEqual(['fetch("/data.json")']);
  });
});

describe('relativizeSiteUrls', () => {
  it('rewrites a nested page: bundles, styles, island URLs, data attributes, links with hashes', () => {
    const dist = createBuiltSite({ 'courses/x/a.html': coursePage('x') });
    relativizeSiteUrls(dist);
    const html = readBuilt(dist, 'courses/x/a.html');
    expect(html).toContain('href="../../_astro/index.A1.css"');
    expect(html).toContain('src="../../_astro/page.B2.js"');
    expect(html).toContain('component-url="../../_astro/Quiz.C3.js"');
    expect(html).toContain('renderer-url="../../_astro/client.D4.js"');
    expect(html).toContain('data-index-url="search-index.json"');
    expect(html).toContain('href="second.html#top"');
    expect(html).toContain('href="../../index.html"');
    expect(html).toContain('props="{&quot;id&quot;:[0,&quot;q1&quot;]}"');
    expect(html).not.toMatch(/="\/[^/]/);
  });

  it('rewrites pages at the root relative to the root', () => {
    const dist = createBuiltSite({ 'index.html': '<a href="/courses/x/index.html">x</a><img src="/favicon.svg">' });
    relativizeSiteUrls(dist);
    expect(readBuilt(dist, 'index.html')).toBe('<a href="courses/x/index.html">x</a><img src="favicon.svg">');
  });

  it('keeps query strings, entities, unquoted values, before-hydration and action attributes right', () => {
    const dist = createBuiltSite({
      'courses/x/a.html':
        '<a href="/courses/x/b.html?a=1&amp;b=2#h">b</a><a href=/index.html>i</a>' +
        '<astro-island before-hydration-url="/_astro/bh.js"></astro-island><form action="/search.html"></form>',
    });
    relativizeSiteUrls(dist);
    expect(readBuilt(dist, 'courses/x/a.html')).toBe(
      '<a href="b.html?a=1&amp;b=2#h">b</a><a href=../../index.html>i</a>' +
        '<astro-island before-hydration-url="../../_astro/bh.js"></astro-island><form action="../../search.html"></form>',
    );
  });

  it('leaves protocol-relative, absolute, relative and fragment URLs, text, comments and scripts alone', () => {
    const untouched =
      '<a href="//cdn.example.org/x.js">cdn</a><a href="https://example.org/">e</a><a href="b.html">b</a>' +
      '<a href="#top">top</a><p>Type /help or see /index.html</p><!-- <a href="/old.html"> -->' +
      '<script>const u = "/courses/x/b.html";</script><textarea>/notes</textarea><img alt="/" src="x.png">';
    const dist = createBuiltSite({ 'courses/x/a.html': untouched });
    relativizeSiteUrls(dist);
    expect(readBuilt(dist, 'courses/x/a.html')).toBe(untouched);
  });

  it('rewrites srcset candidates and url() in style elements and CSS files', () => {
    const dist = createBuiltSite({
      'courses/x/a.html': '<img srcset="/_astro/a.webp 1x, /_astro/b.webp 2x"><style>p{background:url(/_astro/bg.svg)}</style>',
      '_astro/index.css': '@font-face{src:url(/_astro/f.woff2) format("woff2")}a{b:url("/img/x.png")}c{d:url(//cdn.example.org/y.png)}',
      'styles/site.css': '@import "/styles/base.css";',
    });
    const result = relativizeSiteUrls(dist);
    expect(readBuilt(dist, 'courses/x/a.html')).toBe(
      '<img srcset="../../_astro/a.webp 1x, ../../_astro/b.webp 2x"><style>p{background:url(../../_astro/bg.svg)}</style>',
    );
    expect(readBuilt(dist, '_astro/index.css')).toBe(
      '@font-face{src:url(f.woff2) format("woff2")}a{b:url("../img/x.png")}c{d:url(//cdn.example.org/y.png)}',
    );
    expect(readBuilt(dist, 'styles/site.css')).toBe('@import "base.css";');
    expect(result).toEqual({ htmlFiles: 1, cssFiles: 2, absoluteInJs: [] });
  });

  it('reports built code that still points at /_astro/, so the build can fail loudly', () => {
    const dist = createBuiltSite({
      '_astro/ok.js': 'import{a}from"./chunk.js";const u=new URL("./x.svg",import.meta.url);',
      '_astro/bad.js': 'const deps=["/_astro/chunk.js"];',
      'courses/x/a.html': '<script type="module">import "/_astro/page.js";</script>',
      'courses/x/b.html': '<astro-island props="{&quot;url&quot;:[0,&quot;/courses/x/search-index.json&quot;]}"></astro-island>',
    });
    expect(relativizeSiteUrls(dist).absoluteInJs.sort()).toEqual([
      '_astro/bad.js',
      'courses/x/a.html (inline script)',
      'courses/x/b.html (island props)',
    ]);
  });

  it('is idempotent: a second run changes nothing', () => {
    const dist = createBuiltSite({ 'courses/x/a.html': coursePage('x') });
    relativizeSiteUrls(dist);
    const once = readBuilt(dist, 'courses/x/a.html');
    relativizeSiteUrls(dist);
    expect(readBuilt(dist, 'courses/x/a.html')).toBe(once);
  });
});

function scanWithOurs(html: string) {
  const found = findUrlsInHtml(html);
  return { attributes: found.urls.map((url) => url.value), scripts: found.inlineScripts };
}

// htmlparser2's Parser is the reference: the raw spans findUrlsInHtml keeps must hold exactly the URL attribute
// values and script bodies the parser sees.
function scanWithHtmlparser2(html: string) {
  const attributes: string[] = [];
  const scripts: string[] = [];
  let script: string | undefined;
  const parser = new Parser(
    {
      onattribute: (name, value) => { if (value !== '' && name !== 'alt') attributes.push(value); },
      onopentag: (name) => { script = name === 'script' ? '' : undefined; },
      ontext: (text) => { if (script !== undefined) script += text; },
      onclosetag: () => {
        if (script !== undefined) scripts.push(script);
        script = undefined;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { attributes, scripts };
}

const text = fc.stringMatching(/^[a-z /.&;="'>-]{0,12}$/);
const name = fc.constantFrom('href', 'src', 'data-index-url', 'component-url', 'class', 'ALT', 'x');
const value = fc.stringMatching(/^[a-z/.#?&;= <>-]{0,10}$/);
const attribute = fc.oneof(
  fc.tuple(name, value).map(([n, v]) => ` ${n}="${v.replaceAll('"', '')}"`),
  fc.tuple(name, value).map(([n, v]) => `\n${n} = '${v.replaceAll("'", '')}'`),
  fc.tuple(name, value).map(([n, v]) => ` ${n}=${v.replace(/[\s>"'=<`]/g, '') || 'v'}`),
  name.map((n) => ` ${n}`),
);
const tagName = fc.constantFrom('a', 'img', 'link', 'astro-island', 'DIV', 'p');
const rawTag = fc.constantFrom('script', 'textarea', 'title');
const token = fc.oneof(
  text,
  fc.tuple(tagName, fc.array(attribute, { maxLength: 4 }), fc.boolean()).map(([t, attrs, selfClosing]) => `<${t}${attrs.join('')}${selfClosing ? ' /' : ''}>`),
  tagName.map((t) => `</${t}>`),
  fc.tuple(rawTag, fc.array(attribute, { maxLength: 2 }), text).map(([t, attrs, body]) => `<${t}${attrs.join('')}>${body}<a href="/in-raw">${body}</${t}>`),
  text.map((t) => `<!-- ${t.replaceAll('-', '')} <a href="/in-comment"> -->`),
  fc.constant('<!DOCTYPE html>'),
  fc.constant('a < b'),
);

describe('findUrlsInHtml', () => {
  it('keeps the same URL attribute values and script bodies htmlparser2 sees', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 25 }), (tokens) => {
        const html = tokens.join('');
        expect(scanWithOurs(html)).toEqual(scanWithHtmlparser2(html));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['<!--> <a href="/x">', ['/x']],
    ['<!---> <a href="/x">', ['/x']],
    ['<!-- a --!> <a href="/x">', ['/x']],
    ['<![CDATA[ <a href="/no"> ]]><a href="/x">', ['/x']],
    ['<?php <a href="/no"> ?><a href="/x">', ['/x']],
    ['<a href="/x"\n\tdata-u=/y/z.html>', ['/x', '/y/z.html']],
    ['<SCRIPT>"<a href=/no>"</SCRIPT ><a href="/x">', ['/x']],
    ['<a href="/x&amp;y">', ['/x&amp;y']],
  ])('handles %j', (html, expected) => {
    expect(scanWithOurs(html).attributes).toEqual(expected);
  });
});
