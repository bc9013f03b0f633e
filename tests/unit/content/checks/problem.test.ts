import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems, formatWarnings, type Problem } from '../../../../src/content/checks/problem';

const problem = (file: string, line?: number): Problem => ({ file, line, message: 'Something is wrong here.', hint: 'Change it.' });

describe('formatProblem', () => {
  it('puts where first, then what happened, what the author wrote, and the fix', () => {
    expect(
      formatProblem({ ...problem('courses/a/course.yaml', 4), entry: 'course "a"', excerpt: 'language: english' }),
    ).toMatchInlineSnapshot(`
      "courses/a/course.yaml:4:1 (course "a")
        Something is wrong here.
          4 | language: english
        Fix: Change it."
    `);
  });

  it('leaves out the line, the entry and the excerpt when they are not known', () => {
    expect(formatProblem({ ...problem('courses/a/'), excerpt: 'ignored without a line' })).toMatchInlineSnapshot(`
      "courses/a/
        Something is wrong here.
        Fix: Change it."
    `);
  });
});

describe('formatProblems', () => {
  it('counts the problems and sorts them by file, then line, with whole-file problems first', () => {
    const message = formatProblems([problem('b.mdx', 3), problem('a.mdx', 9), problem('b.mdx'), problem('a.mdx', 2)]);
    expect(message.split('\n').filter((line) => !line.startsWith(' '))).toEqual([
      'The courses have 4 problems to fix before they can be built.',
      '',
      'a.mdx:2:1',
      '',
      'a.mdx:9:1',
      '',
      'b.mdx',
      '',
      'b.mdx:3:1',
    ]);
  });

  it('says "1 problem" for one', () => {
    expect(formatProblems([problem('a.mdx', 1)])).toMatch(/^The courses have 1 problem to fix/);
  });
});

describe('formatWarnings', () => {
  it('says the courses still build and lists each warning in the problem format', () => {
    const text = formatWarnings([problem('courses/a/course.yaml'), problem('courses/b/course.yaml')]);
    expect(text.split('\n')[0]).toBe('The courses build, but 2 things may need attention.');
    expect(text).toContain(formatProblem(problem('courses/b/course.yaml')));
    expect(formatWarnings([problem('x')]).split('\n')[0]).toBe('The courses build, but one thing may need attention.');
  });
});
