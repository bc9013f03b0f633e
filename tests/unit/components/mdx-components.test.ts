import { describe, expect, it, vi } from 'vitest';
import { createLessonComponents } from '../../../src/components/mdx/index';
import { MDX_COMPONENT_NAMES } from '../../../src/core/mdx-component-names';

// Vitest runs without Astro's compiler: each component stands in as a named stub, so the test can
// tell which one a lesson element gets.
vi.mock('../../../src/components/mdx/ContentNote.astro', () => ({ default: { stub: 'ContentNote' } }));
vi.mock('../../../src/components/mdx/Quiz.astro', () => ({ default: { stub: 'Quiz' } }));
vi.mock('../../../src/components/mdx/QuizPart.astro', () => ({ default: { stub: 'QuizPart' } }));
vi.mock('../../../src/components/mdx/Scenario.astro', () => ({ default: { stub: 'Scenario' } }));
vi.mock('../../../src/components/mdx/ScenarioPart.astro', () => ({ default: { stub: 'ScenarioPart' } }));
vi.mock('../../../src/components/mdx/SupportContacts.astro', () => ({ default: { stub: 'SupportContacts' } }));

const components = createLessonComponents({ courseId: 'sample', courseSlug: 'sample', language: 'en', quizzes: [], scenarios: [] }, []);

// The author check allows exactly MDX_COMPONENT_NAMES; the lesson page provides the map in
// components/mdx/index.ts. If the two drift, a lesson passes the check and fails to render.
describe('MDX components available to lessons', () => {
  it('provides exactly the components the author check allows', () => {
    expect(Object.keys(components).sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });

  it('provides every quiz element, each rendering nothing on the page, so a lesson with a quiz renders', () => {
    const quizParts = ['SingleChoice', 'MultipleResponse', 'TrueFalse', 'FillIn', 'Matching', 'Sequencing', 'Likert', 'Numeric',
      'Option', 'Accept', 'Pair', 'Step', 'Level', 'Bank', 'ScoreBand'] as const;
    expect(Object.fromEntries(Object.entries(components).filter(([name]) => (quizParts as readonly string[]).includes(name))))
      .toEqual(Object.fromEntries(quizParts.map((name) => [name, { stub: 'QuizPart' }])));
  });
});
