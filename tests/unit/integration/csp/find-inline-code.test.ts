import { describe, expect, it } from 'vitest';
import { findInlineCode } from '../../../../src/integration/csp/find-inline-code';

describe('findInlineCode', () => {
  it('finds inline script and style bodies as raw text, style attributes with entities decoded, and skips scripts with src', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>if (a &amp;&amp; b < c) go();</script>
<script type="module" src="./x.js"></script><style>p{content:"&amp;"}</style></head>
<body><p style="color: red; font-family: &quot;Atkinson&quot;">t</p><noscript><style>.js-only{display:none}</style></noscript>
<svg><text style="--w: 3px">x</text></svg></body></html>`;
    expect(findInlineCode(html)).toMatchObject({
      scripts: ['if (a &amp;&amp; b < c) go();'],
      styles: ['p{content:"&amp;"}', '.js-only{display:none}'],
      styleAttributes: ['color: red; font-family: "Atkinson"', '--w: 3px'],
      forbidden: [],
    });
  });

  it('keeps an empty inline script (it still needs a hash) apart from one that only has a src', () => {
    expect(findInlineCode('<html><head><script></script><script src="a.js"></script></head></html>').scripts).toEqual(['']);
  });

  it('reports inline event handlers and javascript: URLs, which no hash allows', () => {
    const html = '<html><head></head><body><button onclick="go()">Go</button><a href=" javascript:go()">Go</a><form action="JavaScript:x"></form></body></html>';
    expect(findInlineCode(html).forbidden).toEqual(['<button onclick="…">', '<a href="javascript:…">', '<form action="javascript:…">']);
  });

  it('puts the policy after a leading <meta charset>, else right after <head>, and nowhere without a head', () => {
    const withCharset = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head></html>';
    expect(withCharset.slice(0, findInlineCode(withCharset).policyOffset)).toBe('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">');
    const charsetLater = '<html><head data-x="1"><title>T</title><meta charset="utf-8"></head></html>';
    expect(charsetLater.slice(0, findInlineCode(charsetLater).policyOffset)).toBe('<html><head data-x="1">');
    expect(findInlineCode('<p>fragment</p>').policyOffset).toBe(-1);
  });
});
