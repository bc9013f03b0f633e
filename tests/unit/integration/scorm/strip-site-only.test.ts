import { describe, expect, it } from 'vitest';
import { stripSiteOnly } from '../../../../src/integration/scorm/strip-site-only';

describe('stripSiteOnly', () => {
  it('removes marked links and paragraphs with their content', () => {
    const html =
      '<header><a class="brand" href="../../index.html" data-astro-reload data-site-only>peerpath</a>' +
      '<a href="index.html">Course</a></header><p data-site-only><a href="../../search.html">All</a></p><p>Keep</p>';
    expect(stripSiteOnly(html)).toBe('<header><a href="index.html">Course</a></header><p>Keep</p>');
  });

  it('leaves pages without marked elements untouched', () => {
    const html = '<p data-site-onlyish="x">stay</p><a href="a.html">a</a>';
    expect(stripSiteOnly(html)).toBe(html);
  });
});
