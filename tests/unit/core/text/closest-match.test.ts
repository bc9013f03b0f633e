import { describe, expect, it } from 'vitest';
import { findClosestMatch } from '../../../../src/core/text/closest-match';

const fields = ['id', 'title', 'objectives', 'estimatedMinutes', 'contentNote', 'required'];

describe('findClosestMatch', () => {
  it.each([
    ['objective', 'objectives'],
    ['estimated_minutes', 'estimatedMinutes'],
    ['Title', 'title'],
    ['requred', 'required'],
    ['content-note', 'contentNote'],
    ['minutes', 'estimatedMinutes'],
  ])('matches "%s" to "%s"', (wanted, meant) => {
    expect(findClosestMatch(wanted, fields)).toBe(meant);
  });

  it.each([
    ['trsut', ['trust', 'truth'], 'trust'],
    ['frist', ['first', 'last'], 'first'],
    ['kym', ['kim', 'sam'], 'kim'],
    ['nextday', ['next-day', 'today'], 'next-day'],
  ])('counts swapped neighbours as one slip, for scenario names too: "%s"', (wanted, known, meant) => {
    expect(findClosestMatch(wanted, known)).toBe(meant);
  });

  it('prefers a near-spelling over a name that merely contains the other', () => {
    expect(findClosestMatch('intro', ['introduction', 'intra'])).toBe('intra');
  });

  it.each(['author', 'tags', 'ix', 'summary'])('suggests nothing for "%s"', (wanted) => {
    expect(findClosestMatch(wanted, fields)).toBeUndefined();
  });
});
