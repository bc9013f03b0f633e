import { describe, expect, it } from 'vitest';
import { createQuizLabels } from '../../../src/components/mdx/quiz-labels';
import { createTranslator } from '../../../src/i18n/strings';
import { fillLabel } from '../../../src/islands/quiz/quiz-labels';

describe('the quiz labels', () => {
  it('are every quiz string, placeholders left for the island', () => {
    const labels = createQuizLabels(createTranslator('en'));
    expect(labels['quiz.check']).toBe('Check my answer');
    expect(labels['quiz.score']).toBe('You have {points} of {max} points ({percent}%).');
    expect(Object.keys(labels).every((key) => key.startsWith('quiz.'))).toBe(true);
  });

  it('never call an answer wrong, in any language', () => {
    for (const language of ['en', 'da'] as const) {
      const texts = Object.values(createQuizLabels(createTranslator(language))).join('\n');
      expect(texts).not.toMatch(/wrong|incorrect|fail|forkert|dumpet/i);
    }
  });

  it('fill placeholders with the learner’s text taken literally', () => {
    expect(fillLabel('About ‘{choice}’:', { choice: 'costs $& more' })).toBe('About ‘costs $& more’:');
    expect(fillLabel('{count} of {total}', { count: 1 })).toBe('1 of {total}');
  });
});
