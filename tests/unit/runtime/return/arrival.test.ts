// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RETURN_NAVIGATION, classifyNavigation, classifyPageLoad } from '../../../../src/runtime/return/arrival';

const lesson = new URL('https://site.example/courses/peer-basics/listening.html');

function linkWith(attributes: string): Element {
  document.body.innerHTML = `<p ${attributes}><a href="${lesson.href}">go</a></p>`;
  return document.querySelector('a') as Element;
}

describe('how a lesson was reached', () => {
  it('is a way back for Continue, Back to where I was and the course resuming in an LMS', () => {
    expect(classifyNavigation({ navigationType: 'push', sourceElement: linkWith('data-return-link'), to: lesson })).toBe('return');
    expect(classifyNavigation({ navigationType: 'push', info: RETURN_NAVIGATION, to: lesson })).toBe('return');
    expect(classifyPageLoad('reload', '')).toBe('return');
  });

  it('is a move to the top for Next, Previous and menu links', () => {
    expect(classifyNavigation({ navigationType: 'push', sourceElement: linkWith('class="pager"'), to: lesson })).toBe('top');
  });

  it('is the browser\'s to place for Back / Forward and links to a heading', () => {
    expect(classifyNavigation({ navigationType: 'traverse', sourceElement: linkWith('data-return-link'), to: lesson })).toBe('history');
    expect(classifyNavigation({ navigationType: 'push', to: new URL('#why', lesson) })).toBe('history');
    expect(classifyPageLoad('back_forward', '')).toBe('history');
    expect(classifyPageLoad('navigate', '#why')).toBe('history');
  });

  it('is fresh for the first page of a visit', () => {
    expect(classifyPageLoad('navigate', '')).toBe('fresh');
    expect(classifyPageLoad(undefined, '')).toBe('fresh');
  });
});
