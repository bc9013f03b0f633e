import { describe, expect, it } from 'vitest';
import { StableIdSchema, toStableId } from '../../../../src/content/schemas/stable-id';

describe('StableIdSchema', () => {
  it.each(['welcome', 'what-peer-support-is', 'module-2', '2024'])('accepts %s', (id) => {
    expect(StableIdSchema.safeParse(id).success).toBe(true);
  });

  it.each(['Welcome', 'what_peer', 'a--b', '-a', 'a-', 'a b', ''])('rejects "%s"', (id) => {
    expect(StableIdSchema.safeParse(id).success).toBe(false);
  });
});

describe('toStableId', () => {
  it.each([
    ['Welcome Lesson', 'welcome-lesson'],
    ['Listening_Well', 'listening-well'],
    ['  Peer support: the basics! ', 'peer-support-the-basics'],
    ['already-fine', 'already-fine'],
  ])('turns "%s" into "%s"', (text, id) => {
    expect(toStableId(text)).toBe(id);
    expect(StableIdSchema.safeParse(id).success).toBe(true);
  });
});
