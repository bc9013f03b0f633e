import { describe, expect, it } from 'vitest';
import { checkMdxComponents } from '../../../../src/content/checks/check-mdx-components';

const known = ['ContentNote', 'Quiz'] as const;

describe('checkMdxComponents', () => {
  it('allows the components peerpath provides and every HTML element', () => {
    const uses = [{ name: 'ContentNote', line: 3 }, { name: 'Quiz' }, { name: 'details', line: 5 }, { name: 'em' }];
    expect(checkMdxComponents('c/a/l.mdx', 'lesson "l"', uses, known)).toEqual([]);
  });

  it('suggests the component a misspelt name most likely means', () => {
    const [problem] = checkMdxComponents('c/a/l.mdx', 'lesson "l"', [{ name: 'Contentnote', line: 7 }], known);
    expect(problem).toEqual({
      file: 'c/a/l.mdx',
      line: 7,
      entry: 'lesson "l"',
      message: 'The lesson uses the component `<Contentnote>`, which peerpath does not provide.',
      hint: 'Did you mean `<ContentNote>`? Component names are case-sensitive.',
    });
  });

  it('lists what peerpath provides when nothing is close, one problem per use', () => {
    const problems = checkMdxComponents('c/a/l.mdx', undefined, [{ name: 'Tabs', line: 4 }, { name: 'Tabs', line: 9 }], known);
    expect(problems.map((problem) => [problem.line, problem.hint])).toEqual([
      [4, 'Use one of the components peerpath provides (`<ContentNote>`, `<Quiz>`), or remove the tag and its closing tag.'],
      [9, 'Use one of the components peerpath provides (`<ContentNote>`, `<Quiz>`), or remove the tag and its closing tag.'],
    ]);
  });

  it('names only the outer components when the rest belong inside them', () => {
    const [problem] = checkMdxComponents('c/a/l.mdx', undefined, [{ name: 'Tabs', line: 2 }], [...known, 'Option'], known);
    expect(problem?.hint).toBe(
      'Use one of the components peerpath provides (`<ContentNote>`, `<Quiz>` and the elements that go inside them, listed in the README), or remove the tag and its closing tag.',
    );
  });
});
