import { describe, expect, it } from 'vitest';
import { createScenarioLabels } from '../../../src/components/mdx/scenario-labels';
import { createTranslator } from '../../../src/i18n/strings';
import { describeDimension, dimensionName, overallRanges } from '../../../src/islands/scenario/dimension-results';

const labels = createScenarioLabels(createTranslator('en'));

describe('the scenario labels', () => {
  it('are every scenario string, placeholders left for the island', () => {
    expect(labels['scenario.continue']).toBe('Continue');
    expect(labels['scenario.endingsFound']).toBe('You have found {found} of {total} endings.');
    expect(Object.keys(labels).every((key) => key.startsWith('scenario.'))).toBe(true);
  });

  it('never judge a path, in any language', () => {
    for (const language of ['en', 'da'] as const) {
      const texts = Object.values(createScenarioLabels(createTranslator(language))).join('\n');
      expect(texts).not.toMatch(/wrong|incorrect|fail|mistake|forkert|dumpet|fejl/i);
    }
  });
});

describe('a debrief dimension in words', () => {
  const ranges = overallRanges(
    { open: { safety: { min: 1, max: 4 }, choice: { min: -2, max: 1 } }, closed: { safety: { min: 0, max: 2 }, choice: { min: 0, max: 3 } } },
    ['safety', 'choice', 'mutuality'],
  );

  it('puts the points on the scale of every ending together', () => {
    expect(ranges).toEqual(new Map([['safety', { min: 0, max: 4 }], ['choice', { min: -2, max: 3 }]]));
    expect(describeDimension({ dimension: 'safety', points: 3, range: ranges.get('safety') }, labels, 'en')).toBe('Safety: 3 of a possible 4');
    expect(describeDimension({ dimension: 'choice', points: -1, range: ranges.get('choice') }, labels, 'en')).toBe('Choice: -1, on a scale from -2 to 3');
  });

  it('gives just the points when no scale is known or the play went beyond it', () => {
    expect(describeDimension({ dimension: 'mutuality', points: 2, range: undefined }, labels, 'en')).toBe('Mutuality: 2');
    expect(describeDimension({ dimension: 'safety', points: 6, range: ranges.get('safety') }, labels, 'en')).toBe('Safety: 6');
  });

  it('speaks Danish too', () => {
    const da = createScenarioLabels(createTranslator('da'));
    expect(describeDimension({ dimension: 'tryghed', points: 3, range: { min: 0, max: 4 } }, da, 'da')).toBe('Tryghed: 3 ud af 4 mulige');
  });

  it('names dimensions from their ids', () => {
    expect(dimensionName('self-disclosure', 'en')).toBe('Self disclosure');
  });

  it('uses the name the author gave a dimension, in the course language', () => {
    const da = createScenarioLabels(createTranslator('da'));
    const names = { transparency: 'Åbenhed' };
    expect(dimensionName('transparency', 'da', names)).toBe('Åbenhed');
    expect(dimensionName('safety', 'da', names)).toBe('Safety');
    expect(describeDimension({ dimension: 'transparency', points: 2, range: { min: 0, max: 4 }, names }, da, 'da')).toBe('Åbenhed: 2 ud af 4 mulige');
  });
});
