import { describe, expect, it } from 'vitest';
import { parseLessonMdx } from '../../../../src/content/mdx-elements/parse-lesson-mdx';

describe('parseLessonMdx', () => {
  it('gives the tree, with lines counted from the first line of the source', () => {
    const parsed = parseLessonMdx('---\nid: x\n---\n\n<Scenario id="s" />\n', 'lessons/x.mdx', 'scenarios');
    expect('tree' in parsed && parsed.tree.children?.at(-1)?.position?.start.line).toBe(5);
  });

  it('turns a syntax error into a problem naming the elements that cannot be read', () => {
    const parsed = parseLessonMdx('<Scenario id="s">\n', 'lessons/x.mdx', 'scenarios');
    expect('problem' in parsed && parsed.problem).toMatchObject({ file: 'lessons/x.mdx', hint: 'Fix the MDX syntax first.' });
    expect('problem' in parsed && parsed.problem.message).toMatch(/^The MDX cannot be read, so its scenarios cannot be either: ./);
  });
});
