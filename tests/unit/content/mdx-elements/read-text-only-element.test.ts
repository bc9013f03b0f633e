import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isJsxElement, type JsxElementNode, type MdastNode } from '../../../../src/content/mdx-elements/mdast-node';
import { readTextOnlyElement } from '../../../../src/content/mdx-elements/read-text-only-element';

const WHAT_TEXT_IS = { Line: 'what the character says' };

function firstElement(mdx: string): JsxElementNode {
  const find = (node: MdastNode): JsxElementNode | undefined =>
    isJsxElement(node) ? node : (node.children ?? []).map(find).find((found) => found !== undefined);
  const element = find(mdxToMdast(mdx) as MdastNode);
  if (!element) throw new Error('no element');
  return element;
}

describe('readTextOnlyElement', () => {
  it('reads the plain text, inline marks dropped', () => {
    expect(readTextOnlyElement(firstElement('<Line>So **what** now?</Line>'), 'scenario', WHAT_TEXT_IS)).toEqual({ text: 'So what now?', advice: [] });
  });

  it('reports code in the text, in the family\'s words, and gives no text', () => {
    const read = readTextOnlyElement(firstElement('<Line>Hi {name}</Line>'), 'scenario', WHAT_TEXT_IS);
    expect(read.text).toBeUndefined();
    expect(read.advice.map((advice) => advice.message)).toEqual([
      'The text of `<Line>` holds `{name}`, which peerpath cannot read: scenario text is plain text.',
    ]);
  });

  it('says what to write in an empty element', () => {
    expect(readTextOnlyElement(firstElement('<Line></Line>'), 'scenario', WHAT_TEXT_IS).advice).toEqual([
      { message: '`<Line>` has no text.', hint: 'Write what the character says between `<Line>` and `</Line>`.' },
    ]);
    expect(readTextOnlyElement(firstElement('<Step />'), 'quiz', WHAT_TEXT_IS).advice[0]?.hint).toBe('Write its text between `<Step>` and `</Step>`.');
  });
});
