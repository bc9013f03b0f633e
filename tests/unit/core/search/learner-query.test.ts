import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseLearnerQuery } from '../../../../src/core/search/learner-query';

describe('parseLearnerQuery', () => {
  it('lower-cases and splits on spaces and hyphens, as lunr tokenizes the lessons', () => {
    expect(parseLearnerQuery('Co-Facilitation  Skills').words).toEqual(['co', 'facilitation', 'skills']);
  });

  it('drops lunr query syntax and punctuation around words, keeping apostrophes inside them', () => {
    expect(parseLearnerQuery('care: ~ +trust -hope* "safety" title:grounding^2 don’t').words).toEqual([
      'care', 'trust', 'hope', 'safety', 'title:grounding^2', 'don’t',
    ]);
  });

  it('removes wildcards inside words, which lunr would expand', () => {
    expect(parseLearnerQuery('gro*up **').words).toEqual(['group']);
  });

  it('keeps letters of any script and digits', () => {
    expect(parseLearnerQuery('Støtte håb 112').words).toEqual(['støtte', 'håb', '112']);
  });

  it('treats the last word as still being typed until a space follows it', () => {
    expect(parseLearnerQuery('grounding exer').lastWordIsPartial).toBe(true);
    expect(parseLearnerQuery('grounding exercise ').lastWordIsPartial).toBe(false);
    expect(parseLearnerQuery('grounding ?').lastWordIsPartial).toBe(false);
  });

  it('drops repeated words and caps length and count', () => {
    const query = parseLearnerQuery(`hope hope ${'x'.repeat(100)} ${Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')}`);
    expect(query.words.filter((word) => word === 'hope')).toHaveLength(1);
    expect(query.words[1]).toHaveLength(40);
    expect(query.words).toHaveLength(12);
  });

  it('is empty for blank or punctuation-only input', () => {
    expect(isEmptyQuery(parseLearnerQuery('   '))).toBe(true);
    expect(isEmptyQuery(parseLearnerQuery(': ~ * ^ -'))).toBe(true);
    expect(parseLearnerQuery('').lastWordIsPartial).toBe(false);
  });

  it('never throws and only yields non-empty words without spaces or wildcards', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (raw) => {
        const { words } = parseLearnerQuery(raw);
        for (const word of words) expect(word).toMatch(/^[^\s*]+$/u);
      }),
    );
  });
});
