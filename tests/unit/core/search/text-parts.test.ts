import { describe, expect, it } from 'vitest';
import { buildSnippet, markWords } from '../../../../src/core/search/text-parts';

const isHope = (word: string) => word.toLowerCase().startsWith('hope');

describe('markWords', () => {
  it('marks matching words and keeps everything else as plain text', () => {
    expect(markWords('Hope, and more hopeful days.', isHope)).toEqual([
      { text: 'Hope', marked: true },
      { text: ', and more ', marked: false },
      { text: 'hopeful', marked: true },
      { text: ' days.', marked: false },
    ]);
  });

  it('keeps neighbouring marked words apart and gives back the text unchanged when nothing matches', () => {
    expect(markWords('hope hope', isHope)).toEqual([
      { text: 'hope', marked: true },
      { text: ' ', marked: false },
      { text: 'hope', marked: true },
    ]);
    expect(markWords('No match here.', isHope)).toEqual([{ text: 'No match here.', marked: false }]);
    expect(markWords('', isHope)).toEqual([]);
  });

  it('treats letters of any script and inner apostrophes as part of a word', () => {
    const seen: string[] = [];
    markWords('Håb — don’t give-up', (word) => (seen.push(word), false));
    expect(seen).toEqual(['Håb', 'don’t', 'give', 'up']);
  });
});

describe('buildSnippet', () => {
  const filler = 'Some calm words come first in this section of the lesson text, and they go on';
  const text = `${filler} for a while before the word hope appears, followed by more text after it that runs on and on.`;
  const joined = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

  it('starts near the first match, cut between words, with an ellipsis', () => {
    const snippet = buildSnippet(text, isHope, 80);
    expect(joined(snippet)).toMatch(/^…\S/);
    expect(joined(snippet)).toContain('hope appears');
    expect(snippet.some((part) => part.marked && part.text === 'hope')).toBe(true);
    expect(joined(snippet).length).toBeLessThanOrEqual(82);
    expect(joined(snippet)).toMatch(/…$/);
  });

  it('starts at the beginning when the match is early or missing', () => {
    expect(joined(buildSnippet('hope at the start', isHope, 80))).toBe('hope at the start');
    expect(joined(buildSnippet(text, () => false, 30))).toBe('Some calm words come first in…');
  });
});
