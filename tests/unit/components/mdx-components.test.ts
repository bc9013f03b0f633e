import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../../src/core/mdx-component-names';

// The author check allows exactly MDX_COMPONENT_NAMES; the lesson page provides the map in
// components/mdx/index.ts. If the two drift, a lesson passes the check and fails to render.
function providedNames(): string[] | undefined {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../../src/components/mdx/index.ts'), 'utf8');
  const body = /createLessonComponents[\s\S]*?return \{\n([\s\S]*?)\n {2}\};/.exec(source)?.[1];
  // One component a line, `SingleChoice: QuizPart,`: the name lessons write is before the colon.
  return body?.split('\n').map((line) => /^ {4}(\w+)[:,]/.exec(line)?.[1]).filter((name): name is string => !!name);
}

describe('MDX components available to lessons', () => {
  it('provides exactly the components the author check allows', () => {
    expect(providedNames()?.sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });

  it('provides every quiz element, so a lesson with a quiz renders', () => {
    expect(providedNames()).toEqual(expect.arrayContaining([
      'Quiz', 'SingleChoice', 'MultipleResponse', 'TrueFalse', 'FillIn', 'Matching', 'Sequencing', 'Likert',
      'Option', 'Accept', 'Pair', 'Step', 'Level', 'Bank', 'ScoreBand',
    ]));
  });
});
